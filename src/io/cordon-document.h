/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-document.h: a printable document as a list of blocks (title,
 * headings, paragraphs, fields, tables, a timeline chart, page breaks),
 * and the two ways it is written out: a paginated A4 PDF and one
 * self-contained HTML file. Reports are built into a document on the
 * thread that owns the workspace, and written out on any thread.
 */

#pragma once

#include <gio/gio.h>

#include "cordon-types.h"

G_BEGIN_DECLS

/**
 * CordonDocumentFormat:
 * @CORDON_DOCUMENT_FORMAT_PDF: paginated A4 PDF
 * @CORDON_DOCUMENT_FORMAT_HTML: one HTML file with inline styles
 */
typedef enum
{
  CORDON_DOCUMENT_FORMAT_PDF,
  CORDON_DOCUMENT_FORMAT_HTML,
} CordonDocumentFormat;

/**
 * CordonDocumentColumn:
 * @title: the header of the column
 * @share: its share of the table's width; the shares of a table add up
 *   to 1
 * @monospace: whether its cells are set in a fixed-width font (hashes)
 */
typedef struct
{
  const char *title;
  double      share;
  gboolean    monospace;
} CordonDocumentColumn;

/**
 * CordonDocumentProgressFunc:
 * @fraction: how much of the document is written, from 0 to 1
 *
 * Called from the thread that writes the document.
 */
typedef void (*CordonDocumentProgressFunc) (double   fraction,
                                            gpointer user_data);

typedef struct _CordonDocument CordonDocument;

CordonDocument *cordon_document_new              (const char     *title,
                                                  const char     *reference,
                                                  CordonTlp       tlp);
void            cordon_document_free             (CordonDocument *self);

const char     *cordon_document_get_title        (CordonDocument *self);
const char     *cordon_document_get_reference    (CordonDocument *self);
CordonTlp       cordon_document_get_tlp          (CordonDocument *self);
guint           cordon_document_get_n_blocks     (CordonDocument *self);

/**
 * cordon_document_add_title:
 * @overline: a short line above the title, e.g. "Incident report"
 * @title: the title, large
 * @subtitle: (nullable): a line below it
 *
 * The block that opens a title page.
 */
void            cordon_document_add_title        (CordonDocument *self,
                                                  const char     *overline,
                                                  const char     *title,
                                                  const char     *subtitle);

/**
 * cordon_document_add_heading:
 * @level: 1 for a section, 2 for a part of one
 *
 * A heading is never left alone at the bottom of a page.
 */
void            cordon_document_add_heading      (CordonDocument *self,
                                                  int             level,
                                                  const char     *text);

/**
 * cordon_document_add_paragraph:
 *
 * Plain text; newlines break lines. A paragraph may run over a page
 * break, but never leaves a single line on either page.
 */
void            cordon_document_add_paragraph    (CordonDocument *self,
                                                  const char     *text);

/**
 * cordon_document_add_note:
 *
 * A short, quieter paragraph, e.g. to say that a section is empty.
 */
void            cordon_document_add_note         (CordonDocument *self,
                                                  const char     *text);

/**
 * cordon_document_add_field:
 * @value: (nullable): the value; empty or %NULL shows a dash
 *
 * A label and its value side by side. Fields added one after the other
 * form one block; a field is never cut by a page break.
 */
void            cordon_document_add_field        (CordonDocument *self,
                                                  const char     *label,
                                                  const char     *value);
void            cordon_document_add_field_mono   (CordonDocument *self,
                                                  const char     *label,
                                                  const char     *value);

/**
 * cordon_document_add_table:
 * @columns: (array length=n_columns): the columns
 *
 * Starts a table; add its rows with cordon_document_add_row(). Its header
 * row repeats at the top of every page it runs onto, and a row is never
 * cut by a page break.
 */
void            cordon_document_add_table        (CordonDocument             *self,
                                                  const CordonDocumentColumn *columns,
                                                  guint                       n_columns);

/**
 * cordon_document_add_row:
 * @cells: one text per column of the last table; %NULL shows nothing
 */
void            cordon_document_add_row          (CordonDocument     *self,
                                                  const char * const *cells);

/**
 * cordon_document_add_timeline:
 * @start_usec: the left end of the time axis
 * @end_usec: its right end, after @start_usec
 *
 * Starts a chart of spans on a time axis, one row per label, with marks
 * in a row of their own below.
 */
void            cordon_document_add_timeline     (CordonDocument *self,
                                                  gint64          start_usec,
                                                  gint64          end_usec);

/**
 * cordon_document_timeline_add_row:
 * @colour: the colour of its spans, "#rrggbb"
 *
 * Returns: the index of the new row of the last timeline
 */
guint           cordon_document_timeline_add_row  (CordonDocument *self,
                                                   const char     *label,
                                                   const char     *colour);
void            cordon_document_timeline_add_span (CordonDocument *self,
                                                   guint           row,
                                                   gint64          start_usec,
                                                   gint64          end_usec);

/**
 * cordon_document_timeline_add_mark:
 * @alert: whether to show it in the alert colour (a breach)
 *
 * Adds a mark to the marks row of the last timeline; name that row with
 * cordon_document_timeline_set_mark_label().
 */
void            cordon_document_timeline_add_mark (CordonDocument *self,
                                                   gint64          time_usec,
                                                   gboolean        alert);
void            cordon_document_timeline_set_mark_label (CordonDocument *self,
                                                         const char     *label);

/**
 * cordon_document_timeline_set_caption:
 *
 * A line of explanation under the chart.
 */
void            cordon_document_timeline_set_caption (CordonDocument *self,
                                                      const char     *caption);

void            cordon_document_add_page_break   (CordonDocument *self);

/**
 * cordon_document_format_from_path:
 * @out_format: (out): the format the name ends in
 *
 * Returns: whether @path ends in `.pdf` or `.html`/`.htm` (in any case)
 */
gboolean        cordon_document_format_from_path (const char           *path,
                                                  CordonDocumentFormat *out_format);

/**
 * cordon_document_to_html:
 *
 * Returns: (transfer full): the document as one HTML file: inline CSS,
 *   the timeline as inline SVG, no script, every text escaped
 */
char           *cordon_document_to_html          (CordonDocument *self);

/**
 * cordon_document_write:
 * @path: (type filename): the file to write; replaced if it exists
 * @cancellable: (nullable): cancels the write up to the moment the file
 *   is put in place
 * @progress: (nullable) (scope call): told how far the write got, from
 *   the calling thread
 *
 * Writes @self in @format into a temporary file beside @path, then moves
 * it over @path: a failed or cancelled write leaves no file behind. May
 * run in any thread, one at a time per document.
 *
 * Returns: %TRUE on success
 */
gboolean        cordon_document_write            (CordonDocument             *self,
                                                  CordonDocumentFormat        format,
                                                  const char                 *path,
                                                  GCancellable               *cancellable,
                                                  CordonDocumentProgressFunc  progress,
                                                  gpointer                    progress_data,
                                                  GError                    **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CordonDocument, cordon_document_free)

G_END_DECLS
