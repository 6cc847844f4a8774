/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * CordonOutput:
 *
 * A file being written: a hidden temporary file in the target's folder,
 * mode 0600, that replaces the target only when it is committed. So a
 * failed or cancelled write leaves whatever was there before, and a
 * crash never leaves half a file under the target's name.
 */
typedef struct _CordonOutput CordonOutput;

/**
 * cordon_output_check_target:
 * @path: (type filename): the file about to be written
 * @workspace_path: (nullable) (type filename): the open workspace, whose
 *   file and side files (`-wal`, `-shm`, `-journal`) are never written over
 *
 * Refuses, with %CORDON_IO_ERROR_REFUSED and a message naming @path and
 * why, a target that exists and is not a regular file (a device such as
 * /dev/full, a FIFO, a folder), and a target that is the workspace or one
 * of its side files, by name or as the same file under another name.
 *
 * Returns: %TRUE when @path may be written
 */
gboolean        cordon_output_check_target (const char    *path,
                                            const char    *workspace_path,
                                            GError       **error);

/**
 * cordon_output_new:
 * @path: (type filename): the file to write
 *
 * Checks @path (cordon_output_check_target() without a workspace) and
 * creates the temporary file beside it.
 *
 * Returns: (transfer full): the output, or %NULL with @error set
 */
CordonOutput   *cordon_output_new          (const char    *path,
                                            GError       **error);

/**
 * cordon_output_get_fd:
 *
 * Returns: the temporary file's descriptor, owned by @self
 */
int             cordon_output_get_fd       (CordonOutput  *self);

/**
 * cordon_output_get_stream:
 *
 * Returns: (transfer none): an output stream on the temporary file, owned
 *   by @self
 */
GOutputStream  *cordon_output_get_stream   (CordonOutput  *self);

gboolean        cordon_output_write        (CordonOutput  *self,
                                            const void    *data,
                                            gsize          length,
                                            GError       **error);

/**
 * cordon_output_cairo_write:
 * @closure: a #CordonOutput
 *
 * A #cairo_write_func_t for cairo_pdf_surface_create_for_stream(). The
 * first failure is kept and reported by cordon_output_commit().
 */
cairo_status_t  cordon_output_cairo_write  (void                *closure,
                                            const unsigned char *data,
                                            unsigned int         length);

/**
 * cordon_output_commit:
 *
 * Flushes the temporary file to disk and renames it over the target.
 * On failure the temporary file is removed and the target left as it
 * was. @self can only be freed afterwards. Failures of the system are
 * reported in the %G_IO_ERROR domain, with a message naming the target.
 *
 * Returns: %TRUE on success
 */
gboolean        cordon_output_commit       (CordonOutput  *self,
                                            GError       **error);

/**
 * cordon_output_free:
 *
 * Frees @self; if it was not committed, removes the temporary file.
 */
void            cordon_output_free         (CordonOutput  *self);

/**
 * cordon_output_set_contents:
 * @length: the length of @data, or -1 if it is a string
 *
 * Writes @data to @path through a #CordonOutput.
 *
 * Returns: %TRUE on success
 */
gboolean        cordon_output_set_contents (const char    *path,
                                            const char    *data,
                                            gssize         length,
                                            GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CordonOutput, cordon_output_free)

G_END_DECLS
