/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "cordon-io-error.h"

G_BEGIN_DECLS

/* Limits applied to every file read; a file beyond them is refused with
 * CORDON_IO_ERROR_LIMIT naming the place. */
#define CORDON_JSON_MAX_DEPTH        64
#define CORDON_JSON_MAX_STRING_BYTES (1024 * 1024)

/**
 * CordonJsonChunkFunc:
 * @member: the top-level member the value belongs to
 * @index: the element's index in a split array, or -1 for a whole member
 * @json: the value's text, NUL-terminated, already checked to be strict JSON
 * @length: the length of @json in bytes
 * @line: the 1-based line in the file where the value starts
 * @column: the 1-based column (in characters) where the value starts
 * @user_data: closure
 * @error: return location for an error, which stops the scan
 *
 * Receives one value of the document: either a whole top-level member,
 * or one element of a top-level array named as split.
 */
typedef gboolean (*CordonJsonChunkFunc) (const char  *member,
                                         gint64       index,
                                         const char  *json,
                                         gsize        length,
                                         guint        line,
                                         guint        column,
                                         gpointer     user_data,
                                         GError     **error);

typedef struct _CordonJsonScanner CordonJsonScanner;

CordonJsonScanner *cordon_json_scanner_new       (const char           *filename,
                                                  const char * const   *split_members,
                                                  CordonJsonChunkFunc   func,
                                                  gpointer              user_data);
void               cordon_json_scanner_free      (CordonJsonScanner    *self);
gboolean           cordon_json_scanner_feed      (CordonJsonScanner    *self,
                                                  const char           *data,
                                                  gsize                 length,
                                                  GError              **error);
void               cordon_json_scanner_set_array_root (CordonJsonScanner *self);
gboolean           cordon_json_scanner_finish    (CordonJsonScanner    *self,
                                                  GError              **error);
gboolean           cordon_json_scanner_scan_stream (CordonJsonScanner  *self,
                                                  GInputStream         *stream,
                                                  GCancellable         *cancellable,
                                                  GError              **error);
char              *cordon_json_scanner_describe  (CordonJsonScanner    *self,
                                                  const char           *member,
                                                  gint64                index,
                                                  guint                 line,
                                                  guint                 column,
                                                  const char           *inner_path);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CordonJsonScanner, cordon_json_scanner_free)

G_END_DECLS
