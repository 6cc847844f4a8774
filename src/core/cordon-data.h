/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-data.h: the data files the program ships in its resources (the
 * default containment library, the D3FEND catalogue), for the layers
 * below the GUI.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * cordon_data_lookup:
 * @path: a path inside the resource bundle, e.g.
 *   `containment/strategies.json`
 * @error: return location for a #GResourceError
 *
 * Reads a file the program ships. Works whether or not the GUI has
 * registered the resource bundle yet; when it has not (the command line,
 * the tests), the bundle is registered once, here.
 *
 * Returns: (transfer full): the contents, or %NULL with @error set
 */
GBytes *cordon_data_lookup (const char  *path,
                            GError     **error);

/**
 * cordon_data_list:
 * @path: a folder inside the resource bundle, e.g. `scenarios`
 * @error: return location for a #GResourceError
 *
 * Lists a folder of the files the program ships; registers the bundle
 * like cordon_data_lookup().
 *
 * Returns: (transfer full) (nullable): the names of its files
 */
GStrv   cordon_data_list   (const char  *path,
                            GError     **error);

G_END_DECLS
