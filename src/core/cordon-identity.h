/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

const char *cordon_default_author      (void);
void        cordon_identity_set_author (const char *name);
GSettings  *cordon_identity_settings   (void);

G_END_DECLS
