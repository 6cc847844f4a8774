/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <sys/types.h>

#include <gio/gio.h>

G_BEGIN_DECLS

/* The most Cordon reads of each kind of file (docs/storage.md, "Files
 * Cordon reads"). A native file streams into one transaction; every other
 * kind is read whole into memory. */
#define CORDON_INPUT_MAX_NATIVE_BYTES    ((goffset) 2 * 1024 * 1024 * 1024)
#define CORDON_INPUT_MAX_EXCHANGE_BYTES  ((goffset) 64 * 1024 * 1024)
#define CORDON_INPUT_MAX_SCENARIO_BYTES  ((goffset) 8 * 1024 * 1024)

/**
 * cordon_input_open:
 * @path: (type filename): the file to read, or `-` for standard input
 * @max_bytes: the most that may be read; a larger file is refused before
 *   it is read, and a stream that grows beyond it fails when it does
 * @what: (nullable): what the file is, for the size message ("a scenario")
 *
 * Opens @path without blocking and refuses, with a message naming it, a
 * file that is not a regular file (a FIFO, a device such as /dev/zero, a
 * folder: %CORDON_IO_ERROR_REFUSED), that cannot be read
 * (%CORDON_IO_ERROR_IO) or that is larger than @max_bytes
 * (%CORDON_IO_ERROR_LIMIT). Standard input may be a pipe; it is bounded
 * by @max_bytes as it is read.
 *
 * Returns: (transfer full): a stream that fails once @max_bytes are
 *   passed, or %NULL with @error set
 */
GInputStream *cordon_input_open (const char   *path,
                                 goffset       max_bytes,
                                 const char   *what,
                                 GError      **error);

/**
 * cordon_input_read:
 *
 * Like cordon_input_open(), and reads the whole file.
 *
 * Returns: (transfer full): the file's bytes, or %NULL with @error set
 */
GBytes       *cordon_input_read (const char   *path,
                                 goffset       max_bytes,
                                 const char   *what,
                                 GError      **error);

const char   *cordon_input_describe_type (mode_t mode);

G_END_DECLS
