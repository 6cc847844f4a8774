/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define CORDON_IO_ERROR (cordon_io_error_quark ())

/**
 * CordonIoError:
 * @CORDON_IO_ERROR_SYNTAX: the file is not well-formed JSON
 * @CORDON_IO_ERROR_ENCODING: the file is not valid UTF-8
 * @CORDON_IO_ERROR_LIMIT: a string, a nesting or a file exceeds what is accepted
 * @CORDON_IO_ERROR_DUPLICATE: a member or an incident key appears twice
 * @CORDON_IO_ERROR_SCHEMA: a member is missing, of the wrong type or out of range
 * @CORDON_IO_ERROR_VERSION: the file is of another format or an unknown version
 * @CORDON_IO_ERROR_IO: the file cannot be read or written
 * @CORDON_IO_ERROR_REFUSED: the file is not one Cordon reads or writes: not a
 *   regular file (a device, a FIFO, a folder), or a workspace's own file
 *
 * Errors of reading and writing files. Messages name the file, the line
 * and column where known, and the JSON path of the offending value.
 */
typedef enum
{
  CORDON_IO_ERROR_SYNTAX,
  CORDON_IO_ERROR_ENCODING,
  CORDON_IO_ERROR_LIMIT,
  CORDON_IO_ERROR_DUPLICATE,
  CORDON_IO_ERROR_SCHEMA,
  CORDON_IO_ERROR_VERSION,
  CORDON_IO_ERROR_IO,
  CORDON_IO_ERROR_REFUSED,
} CordonIoError;

GQuark cordon_io_error_quark (void);

G_END_DECLS
