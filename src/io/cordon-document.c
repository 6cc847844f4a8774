/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-document.c: a document as plain data, and its two writers. The
 * PDF writer lays the blocks out with Pango on a cairo PDF surface, twice:
 * a first pass into nowhere counts the pages, so that every footer can
 * say "page N of M". Pagination keeps a heading with what follows it,
 * never cuts a field or a table row, repeats a table's header row on
 * each page, and splits a paragraph only between lines, never leaving
 * one line alone. The HTML writer makes one file with its styles inline
 * and the timeline as SVG, with nothing that runs.
 */

#define G_LOG_DOMAIN "cordon-document"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "cordon-document.h"
#include "cordon-output.h"

typedef enum
{
  BLOCK_TITLE,
  BLOCK_HEADING,
  BLOCK_PARAGRAPH,
  BLOCK_NOTE,
  BLOCK_FIELDS,
  BLOCK_TABLE,
  BLOCK_TIMELINE,
  BLOCK_PAGE_BREAK,
} BlockKind;

typedef struct
{
  char     *label;
  char     *value;
  gboolean  monospace;
} Field;

typedef struct
{
  char     *title;
  double    share;
  gboolean  monospace;
} Column;

typedef struct
{
  gint64 start;
  gint64 end;
} Span;

typedef struct
{
  char   *label;
  double  rgb[3];
  char   *colour;
  GArray *spans;     /* of Span */
} TimelineRow;

typedef struct
{
  gint64   time;
  gboolean alert;
} Mark;

typedef struct
{
  BlockKind  kind;
  int        level;
  char      *text;       /* heading, paragraph, note; title: the title */
  char      *overline;   /* title */
  char      *subtitle;   /* title */
  GPtrArray *fields;     /* of Field */
  GPtrArray *columns;    /* of Column */
  GPtrArray *rows;       /* of GStrv, one cell per column */
  gint64     start;      /* timeline */
  gint64     end;
  GPtrArray *lanes;      /* of TimelineRow */
  GArray    *marks;      /* of Mark */
  char      *mark_label;
  char      *caption;
} Block;

struct _CordonDocument
{
  char      *title;
  char      *reference;
  CordonTlp  tlp;
  GPtrArray *blocks;
};

/* Model ------------------------------------------------------------------ */

static void
field_free (gpointer data)
{
  Field *field = data;

  g_free (field->label);
  g_free (field->value);
  g_free (field);
}

static void
column_free (gpointer data)
{
  Column *column = data;

  g_free (column->title);
  g_free (column);
}

static void
lane_free (gpointer data)
{
  TimelineRow *lane = data;

  g_free (lane->label);
  g_free (lane->colour);
  g_array_unref (lane->spans);
  g_free (lane);
}

static void
block_free (gpointer data)
{
  Block *block = data;

  g_free (block->text);
  g_free (block->overline);
  g_free (block->subtitle);
  g_clear_pointer (&block->fields, g_ptr_array_unref);
  g_clear_pointer (&block->columns, g_ptr_array_unref);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_clear_pointer (&block->lanes, g_ptr_array_unref);
  g_clear_pointer (&block->marks, g_array_unref);
  g_free (block->mark_label);
  g_free (block->caption);
  g_free (block);
}

/**
 * cordon_document_new:
 * @title: the document's title, e.g. "Incident report"
 * @reference: what the document is about, e.g. the incident key; shown in
 *   every page's header and footer
 * @tlp: the sharing marking, shown on every page
 *
 * Returns: (transfer full): an empty document
 */
CordonDocument *
cordon_document_new (const char *title,
                     const char *reference,
                     CordonTlp   tlp)
{
  CordonDocument *self = g_new0 (CordonDocument, 1);

  self->title = g_strdup (title != NULL ? title : "");
  self->reference = g_strdup (reference != NULL ? reference : "");
  self->tlp = tlp;
  self->blocks = g_ptr_array_new_with_free_func (block_free);

  return self;
}

void
cordon_document_free (CordonDocument *self)
{
  if (self == NULL)
    return;

  g_free (self->title);
  g_free (self->reference);
  g_ptr_array_unref (self->blocks);
  g_free (self);
}

const char *
cordon_document_get_title (CordonDocument *self)
{
  return self->title;
}

const char *
cordon_document_get_reference (CordonDocument *self)
{
  return self->reference;
}

CordonTlp
cordon_document_get_tlp (CordonDocument *self)
{
  return self->tlp;
}

guint
cordon_document_get_n_blocks (CordonDocument *self)
{
  return self->blocks->len;
}

static Block *
add_block (CordonDocument *self,
           BlockKind       kind)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  g_ptr_array_add (self->blocks, block);

  return block;
}

static Block *
last_block (CordonDocument *self,
            BlockKind       kind)
{
  Block *block;

  if (self->blocks->len == 0)
    return NULL;

  block = g_ptr_array_index (self->blocks, self->blocks->len - 1);

  return block->kind == kind ? block : NULL;
}

void
cordon_document_add_title (CordonDocument *self,
                           const char     *overline,
                           const char     *title,
                           const char     *subtitle)
{
  Block *block;

  g_return_if_fail (self != NULL);

  block = add_block (self, BLOCK_TITLE);
  block->overline = g_strdup (overline != NULL ? overline : "");
  block->text = g_strdup (title != NULL ? title : "");
  block->subtitle = g_strdup (subtitle);
}

void
cordon_document_add_heading (CordonDocument *self,
                             int             level,
                             const char     *text)
{
  Block *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  block = add_block (self, BLOCK_HEADING);
  block->level = CLAMP (level, 1, 2);
  block->text = g_strdup (text);
}

void
cordon_document_add_paragraph (CordonDocument *self,
                               const char     *text)
{
  g_return_if_fail (self != NULL);

  add_block (self, BLOCK_PARAGRAPH)->text = g_strdup (text != NULL ? text : "");
}

void
cordon_document_add_note (CordonDocument *self,
                          const char     *text)
{
  g_return_if_fail (self != NULL);

  add_block (self, BLOCK_NOTE)->text = g_strdup (text != NULL ? text : "");
}

static void
add_field (CordonDocument *self,
           const char     *label,
           const char     *value,
           gboolean        monospace)
{
  Block *block = last_block (self, BLOCK_FIELDS);
  Field *field;

  if (block == NULL)
    {
      block = add_block (self, BLOCK_FIELDS);
      block->fields = g_ptr_array_new_with_free_func (field_free);
    }

  field = g_new0 (Field, 1);
  field->label = g_strdup (label);
  field->value = g_strdup (value != NULL && value[0] != '\0' ? value : "—");
  field->monospace = monospace && value != NULL && value[0] != '\0';
  g_ptr_array_add (block->fields, field);
}

void
cordon_document_add_field (CordonDocument *self,
                           const char     *label,
                           const char     *value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (label != NULL);

  add_field (self, label, value, FALSE);
}

void
cordon_document_add_field_mono (CordonDocument *self,
                                const char     *label,
                                const char     *value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (label != NULL);

  add_field (self, label, value, TRUE);
}

void
cordon_document_add_table (CordonDocument             *self,
                           const CordonDocumentColumn *columns,
                           guint                       n_columns)
{
  Block *block;

  g_return_if_fail (self != NULL);
  g_return_if_fail (columns != NULL && n_columns > 0);

  block = add_block (self, BLOCK_TABLE);
  block->columns = g_ptr_array_new_with_free_func (column_free);
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; i < n_columns; i++)
    {
      Column *column = g_new0 (Column, 1);

      column->title = g_strdup (columns[i].title);
      column->share = columns[i].share;
      column->monospace = columns[i].monospace;
      g_ptr_array_add (block->columns, column);
    }
}

void
cordon_document_add_row (CordonDocument     *self,
                         const char * const *cells)
{
  Block *block;
  char **row;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cells != NULL);

  block = last_block (self, BLOCK_TABLE);
  g_return_if_fail (block != NULL);

  row = g_new0 (char *, block->columns->len + 1);
  for (guint i = 0; i < block->columns->len; i++)
    row[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
  g_ptr_array_add (block->rows, row);
}

void
cordon_document_add_timeline (CordonDocument *self,
                              gint64          start_usec,
                              gint64          end_usec)
{
  Block *block;

  g_return_if_fail (self != NULL);

  block = add_block (self, BLOCK_TIMELINE);
  block->start = start_usec;
  block->end = MAX (end_usec, start_usec + G_TIME_SPAN_MINUTE);
  block->lanes = g_ptr_array_new_with_free_func (lane_free);
  block->marks = g_array_new (FALSE, FALSE, sizeof (Mark));
}

static void
parse_colour (const char *colour,
              double      rgb[3])
{
  guint value = 0x77767b;

  if (colour != NULL && colour[0] == '#' && strlen (colour) == 7)
    value = (guint) g_ascii_strtoull (colour + 1, NULL, 16);

  rgb[0] = ((value >> 16) & 0xff) / 255.0;
  rgb[1] = ((value >> 8) & 0xff) / 255.0;
  rgb[2] = (value & 0xff) / 255.0;
}

guint
cordon_document_timeline_add_row (CordonDocument *self,
                                  const char     *label,
                                  const char     *colour)
{
  Block *block;
  TimelineRow *lane;

  g_return_val_if_fail (self != NULL, 0);
  block = last_block (self, BLOCK_TIMELINE);
  g_return_val_if_fail (block != NULL, 0);

  lane = g_new0 (TimelineRow, 1);
  lane->label = g_strdup (label);
  lane->colour = g_strdup (colour);
  parse_colour (colour, lane->rgb);
  lane->spans = g_array_new (FALSE, FALSE, sizeof (Span));
  g_ptr_array_add (block->lanes, lane);

  return block->lanes->len - 1;
}

void
cordon_document_timeline_add_span (CordonDocument *self,
                                   guint           row,
                                   gint64          start_usec,
                                   gint64          end_usec)
{
  Block *block;
  TimelineRow *lane;
  Span span;

  g_return_if_fail (self != NULL);
  block = last_block (self, BLOCK_TIMELINE);
  g_return_if_fail (block != NULL && row < block->lanes->len);

  lane = g_ptr_array_index (block->lanes, row);
  span.start = start_usec;
  span.end = MAX (end_usec, start_usec);
  g_array_append_val (lane->spans, span);
}

void
cordon_document_timeline_add_mark (CordonDocument *self,
                                   gint64          time_usec,
                                   gboolean        alert)
{
  Block *block;
  Mark mark = { time_usec, alert };

  g_return_if_fail (self != NULL);
  block = last_block (self, BLOCK_TIMELINE);
  g_return_if_fail (block != NULL);

  g_array_append_val (block->marks, mark);
}

void
cordon_document_timeline_set_mark_label (CordonDocument *self,
                                         const char     *label)
{
  Block *block;

  g_return_if_fail (self != NULL);
  block = last_block (self, BLOCK_TIMELINE);
  g_return_if_fail (block != NULL);

  g_free (block->mark_label);
  block->mark_label = g_strdup (label);
}

void
cordon_document_timeline_set_caption (CordonDocument *self,
                                      const char     *caption)
{
  Block *block;

  g_return_if_fail (self != NULL);
  block = last_block (self, BLOCK_TIMELINE);
  g_return_if_fail (block != NULL);

  g_free (block->caption);
  block->caption = g_strdup (caption);
}

void
cordon_document_add_page_break (CordonDocument *self)
{
  g_return_if_fail (self != NULL);

  add_block (self, BLOCK_PAGE_BREAK);
}

gboolean
cordon_document_format_from_path (const char           *path,
                                  CordonDocumentFormat *out_format)
{
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  if (g_str_has_suffix (lower, ".pdf"))
    {
      *out_format = CORDON_DOCUMENT_FORMAT_PDF;
      return TRUE;
    }
  if (g_str_has_suffix (lower, ".html") || g_str_has_suffix (lower, ".htm"))
    {
      *out_format = CORDON_DOCUMENT_FORMAT_HTML;
      return TRUE;
    }

  return FALSE;
}

/* Shared by both writers ------------------------------------------------- */

/* TLP 2.0: the label in its colour on black */
static const char *
tlp_colour (CordonTlp tlp)
{
  switch (tlp)
    {
    case CORDON_TLP_RED:
      return "#ff2b2b";
    case CORDON_TLP_AMBER:
    case CORDON_TLP_AMBER_STRICT:
      return "#ffc000";
    case CORDON_TLP_GREEN:
      return "#33ff00";
    case CORDON_TLP_CLEAR:
    default:
      return "#ffffff";
    }
}

static char *
footer_text (CordonDocument *self,
             guint           page,
             guint           n_pages)
{
  /* Translators: the footer of every page of a report: incident key,
   * TLP marking, page number and count */
  return g_strdup_printf (_("%s · %s · page %u of %u"), self->reference,
                          cordon_tlp_to_label (self->tlp), page, n_pages);
}

/* The time axis of a timeline: ticks at a round step, some eight at most */
static gint64
axis_step (gint64 span)
{
  static const gint64 minutes[] = {
    15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080, 20160, 43200,
  };

  for (guint i = 0; i < G_N_ELEMENTS (minutes); i++)
    {
      if (span / (minutes[i] * 60 * G_USEC_PER_SEC) <= 8)
        return minutes[i] * 60 * G_USEC_PER_SEC;
    }

  return minutes[G_N_ELEMENTS (minutes) - 1] * 60 * G_USEC_PER_SEC;
}

static gint64
axis_first_tick (gint64 start,
                 gint64 step)
{
  gint64 tick = (start / step) * step;

  return tick < start ? tick + step : tick;
}

static char *
axis_label (gint64  tick,
            gint64  step,
            gint64 *previous_day)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (tick / G_USEC_PER_SEC);
  gint64 day = tick / (G_USEC_PER_SEC * 86400LL);
  gboolean new_day = day != *previous_day;

  *previous_day = day;
  if (step >= 86400LL * G_USEC_PER_SEC)
    return g_date_time_format (time, "%d %b");
  if (new_day)
    return g_date_time_format (time, "%d %b %H:%M");

  return g_date_time_format (time, "%H:%M");
}

static double
axis_x (Block  *block,
        gint64  time,
        double  x0,
        double  width)
{
  double f = (double) (time - block->start) / (double) (block->end - block->start);

  return x0 + CLAMP (f, 0.0, 1.0) * width;
}

/* PDF --------------------------------------------------------------------- */

#define PAGE_WIDTH   595.28
#define PAGE_HEIGHT  841.89
#define MARGIN_X     56.0
#define BODY_WIDTH   (PAGE_WIDTH - 2 * MARGIN_X)
#define BODY_TOP     76.0
#define BODY_BOTTOM  (PAGE_HEIGHT - 62.0)
#define BAND_HEIGHT  24.0

#define FONT_BODY    "Cantarell 10"
#define FONT_SMALL   "Cantarell 9"
#define FONT_MONO    "Monospace 8"
#define CELL_PAD_X   5.0
#define CELL_PAD_Y   4.0
#define FIELD_LABEL  132.0
#define LANE_LABEL   96.0
#define LANE_HEIGHT  18.0

typedef struct
{
  CordonDocument *doc;
  cairo_t        *cr;
  PangoLayout    *layout;
  double          y;
  guint           page;
  guint           n_pages;
  gboolean        page_started;
  gboolean        page_has_content;
} Pdf;

static void
set_rgb (cairo_t *cr,
         guint    rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0);
}

#define INK      0x241f31
#define MUTED    0x5e5c64
#define ACCENT   0x1a5fb4
#define RULE     0xdeddda
#define SHADE    0xf2f2f0
#define HEAD_BG  0xe4e3ea
#define ALERT    0xc01c28

/* Lays @text out in @width with @font; returns its height */
static double
layout_text (Pdf        *pdf,
             const char *text,
             const char *font,
             double      width)
{
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);
  int w, h;

  pango_layout_set_attributes (pdf->layout, NULL);
  pango_layout_set_font_description (pdf->layout, description);
  pango_layout_set_width (pdf->layout, width > 0 ? pango_units_from_double (width) : -1);
  pango_layout_set_wrap (pdf->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (pdf->layout, PANGO_ALIGN_LEFT);
  pango_layout_set_text (pdf->layout, text, -1);
  pango_layout_get_size (pdf->layout, &w, &h);

  return pango_units_to_double (h);
}

static double
draw_text (Pdf        *pdf,
           double      x,
           double      y,
           double      width,
           const char *text,
           const char *font,
           guint       rgb)
{
  double height = layout_text (pdf, text, font, width);

  set_rgb (pdf->cr, rgb);
  cairo_move_to (pdf->cr, x, y);
  pango_cairo_show_layout (pdf->cr, pdf->layout);

  return height;
}

static double
text_width (Pdf        *pdf,
            const char *text,
            const char *font)
{
  int w, h;

  layout_text (pdf, text, font, -1);
  pango_layout_get_size (pdf->layout, &w, &h);

  return pango_units_to_double (w);
}

static void
draw_band (Pdf *pdf)
{
  cairo_t *cr = pdf->cr;
  g_autofree char *left = g_strdup_printf ("%s  ·  %s", pdf->doc->reference, pdf->doc->title);
  const char *tlp = cordon_tlp_to_label (pdf->doc->tlp);
  double rgb[3];
  double width;

  /* A black band with the marking in its colour, as TLP 2.0 shows it */
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_rectangle (cr, 0, 0, PAGE_WIDTH, BAND_HEIGHT);
  cairo_fill (cr);

  draw_text (pdf, MARGIN_X, 7.5, BODY_WIDTH - 120, left, "Cantarell 8", 0xc0bfbc);

  width = text_width (pdf, tlp, "Cantarell Bold 11");
  parse_colour (tlp_colour (pdf->doc->tlp), rgb);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_move_to (cr, MARGIN_X + BODY_WIDTH - width, 5.5);
  pango_cairo_show_layout (cr, pdf->layout);
}

static void
draw_footer (Pdf *pdf)
{
  g_autofree char *text = footer_text (pdf->doc, pdf->page, MAX (pdf->n_pages, pdf->page));

  set_rgb (pdf->cr, RULE);
  cairo_set_line_width (pdf->cr, 0.6);
  cairo_move_to (pdf->cr, MARGIN_X, PAGE_HEIGHT - 44);
  cairo_line_to (pdf->cr, MARGIN_X + BODY_WIDTH, PAGE_HEIGHT - 44);
  cairo_stroke (pdf->cr);
  draw_text (pdf, MARGIN_X, PAGE_HEIGHT - 39, BODY_WIDTH, text, "Cantarell 8", MUTED);
}

static void
begin_page (Pdf *pdf)
{
  pdf->page++;
  pdf->y = BODY_TOP;
  pdf->page_started = TRUE;
  pdf->page_has_content = FALSE;
  draw_band (pdf);
}

static void
end_page (Pdf *pdf)
{
  if (!pdf->page_started)
    return;

  draw_footer (pdf);
  cairo_show_page (pdf->cr);
  pdf->page_started = FALSE;
}

static void
new_page (Pdf *pdf)
{
  end_page (pdf);
  begin_page (pdf);
}

/* Starts a new page unless @height fits below y, or the page is still
 * empty (then nothing would fit better on the next one) */
static void
ensure_room (Pdf    *pdf,
             double  height)
{
  if (pdf->y + height > BODY_BOTTOM && pdf->page_has_content)
    new_page (pdf);
}

static double
row_height (Pdf         *pdf,
            Block       *block,
            char       **cells,
            gboolean     header)
{
  double height = 0;

  for (guint i = 0; i < block->columns->len; i++)
    {
      Column *column = g_ptr_array_index (block->columns, i);
      const char *font = header ? "Cantarell Bold 8.5" : column->monospace ? FONT_MONO : FONT_SMALL;
      double width = column->share * BODY_WIDTH - 2 * CELL_PAD_X;

      height = MAX (height, layout_text (pdf, cells[i], font, width));
    }

  return height + 2 * CELL_PAD_Y;
}

static char **
header_cells (Block *block)
{
  char **cells = g_new0 (char *, block->columns->len + 1);

  for (guint i = 0; i < block->columns->len; i++)
    cells[i] = g_strdup (((Column *) g_ptr_array_index (block->columns, i))->title);

  return cells;
}

static void
draw_row (Pdf      *pdf,
          Block    *block,
          char    **cells,
          double    height,
          gboolean  header,
          gboolean  shaded)
{
  double x = MARGIN_X;

  if (header || shaded)
    {
      set_rgb (pdf->cr, header ? HEAD_BG : SHADE);
      cairo_rectangle (pdf->cr, MARGIN_X, pdf->y, BODY_WIDTH, height);
      cairo_fill (pdf->cr);
    }

  for (guint i = 0; i < block->columns->len; i++)
    {
      Column *column = g_ptr_array_index (block->columns, i);
      const char *font = header ? "Cantarell Bold 8.5" : column->monospace ? FONT_MONO : FONT_SMALL;
      double width = column->share * BODY_WIDTH;

      draw_text (pdf, x + CELL_PAD_X, pdf->y + CELL_PAD_Y, width - 2 * CELL_PAD_X, cells[i], font,
                 header ? 0x3d3846 : INK);
      x += width;
    }

  set_rgb (pdf->cr, header ? 0x9a9996 : RULE);
  cairo_set_line_width (pdf->cr, header ? 0.8 : 0.5);
  cairo_move_to (pdf->cr, MARGIN_X, pdf->y + height);
  cairo_line_to (pdf->cr, MARGIN_X + BODY_WIDTH, pdf->y + height);
  cairo_stroke (pdf->cr);

  pdf->y += height;
  pdf->page_has_content = TRUE;
}

static void
pdf_table (Pdf   *pdf,
           Block *block)
{
  g_auto(GStrv) header = header_cells (block);
  double header_height = row_height (pdf, block, header, TRUE);
  double first = block->rows->len > 0 ? row_height (pdf, block, g_ptr_array_index (block->rows, 0), FALSE) : 0;

  ensure_room (pdf, header_height + first);
  draw_row (pdf, block, header, header_height, TRUE, FALSE);

  for (guint i = 0; i < block->rows->len; i++)
    {
      char **cells = g_ptr_array_index (block->rows, i);
      double height = row_height (pdf, block, cells, FALSE);

      if (pdf->y + height > BODY_BOTTOM)
        {
          new_page (pdf);
          draw_row (pdf, block, header, header_height, TRUE, FALSE);
        }
      draw_row (pdf, block, cells, height, FALSE, i % 2 == 1);
    }

  pdf->y += 12;
}

static double
field_height (Pdf   *pdf,
              Field *field)
{
  double label = layout_text (pdf, field->label, "Cantarell Bold 9", FIELD_LABEL - 10);
  double value = layout_text (pdf, field->value, field->monospace ? FONT_MONO : FONT_BODY, BODY_WIDTH - FIELD_LABEL);

  return MAX (label, value) + 7;
}

static void
pdf_fields (Pdf   *pdf,
            Block *block)
{
  double total = 0;

  /* A short group of fields (an evidence item's) stays on one page */
  for (guint i = 0; i < block->fields->len; i++)
    total += field_height (pdf, g_ptr_array_index (block->fields, i));
  if (total < (BODY_BOTTOM - BODY_TOP) / 3)
    ensure_room (pdf, total);

  for (guint i = 0; i < block->fields->len; i++)
    {
      Field *field = g_ptr_array_index (block->fields, i);
      double height = field_height (pdf, field);

      ensure_room (pdf, height);
      draw_text (pdf, MARGIN_X, pdf->y + 4 + (field->monospace ? 0 : 1), FIELD_LABEL - 10, field->label,
                 "Cantarell Bold 9", MUTED);
      draw_text (pdf, MARGIN_X + FIELD_LABEL, pdf->y + 3.5 + (field->monospace ? 1.5 : 0),
                 BODY_WIDTH - FIELD_LABEL, field->value, field->monospace ? FONT_MONO : FONT_BODY, INK);
      pdf->y += height;

      set_rgb (pdf->cr, RULE);
      cairo_set_line_width (pdf->cr, 0.5);
      cairo_move_to (pdf->cr, MARGIN_X, pdf->y);
      cairo_line_to (pdf->cr, MARGIN_X + BODY_WIDTH, pdf->y);
      cairo_stroke (pdf->cr);
      pdf->page_has_content = TRUE;
    }

  pdf->y += 12;
}

/* Draws a paragraph line by line, breaking pages between lines so that
 * neither page holds a single line of it */
static void
pdf_paragraph (Pdf        *pdf,
               const char *text,
               const char *font,
               guint       rgb,
               double      after)
{
  g_autoptr(GArray) tops = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) bottoms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) baselines = g_array_new (FALSE, FALSE, sizeof (double));
  PangoLayoutIter *iter;
  guint n, start = 0;

  layout_text (pdf, text, font, BODY_WIDTH);
  pango_layout_set_spacing (pdf->layout, pango_units_from_double (1.5));
  iter = pango_layout_get_iter (pdf->layout);
  do
    {
      PangoRectangle logical;
      double top, bottom, baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = pango_units_to_double (logical.y);
      bottom = pango_units_to_double (logical.y + logical.height);
      baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));
      g_array_append_val (tops, top);
      g_array_append_val (bottoms, bottom);
      g_array_append_val (baselines, baseline);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  n = tops->len;
  set_rgb (pdf->cr, rgb);
  while (start < n)
    {
      double origin = g_array_index (tops, double, start);
      guint end = start;   /* one past the last line that fits */

      while (end < n && pdf->y + g_array_index (bottoms, double, end) - origin <= BODY_BOTTOM)
        end++;

      if (end < n)
        {
          /* Leave at least two lines for the next page, and at least
           * two on this one, or move the whole rest over */
          if (n - end < 2)
            end = n >= 2 ? n - 2 : start;
          if (end < start + 2 && pdf->page_has_content)
            end = start;
          if (end == start && !pdf->page_has_content)
            end = start + 1;
        }

      for (guint i = start; i < end; i++)
        {
          PangoLayoutLine *line = pango_layout_get_line_readonly (pdf->layout, i);

          set_rgb (pdf->cr, rgb);
          cairo_move_to (pdf->cr, MARGIN_X, pdf->y + g_array_index (baselines, double, i) - origin);
          pango_cairo_show_layout_line (pdf->cr, line);
        }

      if (end > start)
        {
          pdf->y += g_array_index (bottoms, double, end - 1) - origin;
          pdf->page_has_content = TRUE;
        }

      if (end < n)
        new_page (pdf);
      start = end;
    }

  pango_layout_set_spacing (pdf->layout, 0);
  pdf->y += after;
}

static double
heading_height (Pdf   *pdf,
                Block *block)
{
  return layout_text (pdf, block->text, block->level == 1 ? "Cantarell Bold 16" : "Cantarell Bold 11.5",
                      BODY_WIDTH) + (block->level == 1 ? 26 : 16);
}

static double
timeline_height (Pdf   *pdf,
                 Block *block)
{
  double height = 18 + block->lanes->len * LANE_HEIGHT + (block->marks->len > 0 ? LANE_HEIGHT : 0) + 6;

  if (block->caption != NULL)
    height += layout_text (pdf, block->caption, "Cantarell Italic 8.5", BODY_WIDTH) + 4;

  return height;
}

/* The height of what must stay with a heading: the first few lines,
 * field or row of the block that follows it */
static double
first_part_height (Pdf   *pdf,
                   Block *block)
{
  if (block == NULL)
    return 0;

  switch (block->kind)
    {
    case BLOCK_PARAGRAPH:
      return MIN (layout_text (pdf, block->text, FONT_BODY, BODY_WIDTH), 40);
    case BLOCK_NOTE:
      return layout_text (pdf, block->text, "Cantarell Italic 9.5", BODY_WIDTH);
    case BLOCK_FIELDS:
      return field_height (pdf, g_ptr_array_index (block->fields, 0));
    case BLOCK_TABLE:
      {
        g_auto(GStrv) header = header_cells (block);
        double height = row_height (pdf, block, header, TRUE);

        if (block->rows->len > 0)
          height += row_height (pdf, block, g_ptr_array_index (block->rows, 0), FALSE);
        return height;
      }
    case BLOCK_TIMELINE:
      return timeline_height (pdf, block);
    case BLOCK_HEADING:
      return heading_height (pdf, block) + 30;
    case BLOCK_TITLE:
    case BLOCK_PAGE_BREAK:
    default:
      return 0;
    }
}

static void
pdf_heading (Pdf   *pdf,
             Block *block,
             Block *next)
{
  gboolean section = block->level == 1;
  const char *font = section ? "Cantarell Bold 16" : "Cantarell Bold 11.5";
  double before = section ? 14 : 6;
  double height;

  if (!pdf->page_has_content)
    before = 0;

  ensure_room (pdf, before + heading_height (pdf, block) + first_part_height (pdf, next));
  if (pdf->page_has_content)
    pdf->y += before;

  height = draw_text (pdf, MARGIN_X, pdf->y, BODY_WIDTH, block->text, font, section ? ACCENT : INK);
  pdf->y += height;

  if (section)
    {
      set_rgb (pdf->cr, ACCENT);
      cairo_set_line_width (pdf->cr, 1.2);
      cairo_move_to (pdf->cr, MARGIN_X, pdf->y + 4);
      cairo_line_to (pdf->cr, MARGIN_X + BODY_WIDTH, pdf->y + 4);
      cairo_stroke (pdf->cr);
      pdf->y += 14;
    }
  else
    pdf->y += 5;

  pdf->page_has_content = TRUE;
}

static void
pdf_title (Pdf   *pdf,
           Block *block)
{
  g_autofree char *overline = g_utf8_strup (block->overline, -1);
  g_autofree char *markup = g_markup_printf_escaped ("<span letter_spacing='1600'>%s</span>", overline);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Cantarell Bold 11");

  if (pdf->page_has_content)
    new_page (pdf);

  pdf->y = BODY_TOP + 110;

  pango_layout_set_font_description (pdf->layout, font);
  pango_layout_set_width (pdf->layout, pango_units_from_double (BODY_WIDTH));
  pango_layout_set_markup (pdf->layout, markup, -1);
  set_rgb (pdf->cr, ACCENT);
  cairo_move_to (pdf->cr, MARGIN_X, pdf->y);
  pango_cairo_show_layout (pdf->cr, pdf->layout);
  pdf->y += 22;

  pdf->y += draw_text (pdf, MARGIN_X, pdf->y, BODY_WIDTH, block->text, "Cantarell Bold 28", INK) + 8;
  if (block->subtitle != NULL)
    pdf->y += draw_text (pdf, MARGIN_X, pdf->y, BODY_WIDTH, block->subtitle, "Cantarell 13", MUTED) + 4;

  set_rgb (pdf->cr, ACCENT);
  cairo_rectangle (pdf->cr, MARGIN_X, pdf->y + 12, 64, 3);
  cairo_fill (pdf->cr);
  pdf->y += 44;
  pdf->page_has_content = TRUE;
}

static void
pdf_timeline (Pdf   *pdf,
              Block *block)
{
  cairo_t *cr = pdf->cr;
  double x0 = MARGIN_X + LANE_LABEL;
  double width = BODY_WIDTH - LANE_LABEL - 6;
  double height = timeline_height (pdf, block);
  double top, chart_top, chart_bottom;
  gint64 step = axis_step (block->end - block->start);
  gint64 previous_day = -1;
  guint n_lanes = block->lanes->len + (block->marks->len > 0 ? 1 : 0);

  ensure_room (pdf, height);
  top = pdf->y;
  chart_top = top + 18;
  chart_bottom = chart_top + n_lanes * LANE_HEIGHT;

  /* Shaded lanes, then the grid and its labels over them */
  for (guint i = 0; i < n_lanes; i++)
    {
      if (i % 2 == 0)
        {
          set_rgb (cr, 0xf6f5f4);
          cairo_rectangle (cr, MARGIN_X, chart_top + i * LANE_HEIGHT, BODY_WIDTH, LANE_HEIGHT);
          cairo_fill (cr);
        }
    }

  cairo_set_line_width (cr, 0.5);
  for (gint64 tick = axis_first_tick (block->start, step); tick <= block->end; tick += step)
    {
      g_autofree char *label = axis_label (tick, step, &previous_day);
      double x = axis_x (block, tick, x0, width);
      double w = text_width (pdf, label, "Cantarell 7.5");

      set_rgb (cr, 0xc0bfbc);
      cairo_move_to (cr, x, chart_top - 2);
      cairo_line_to (cr, x, chart_bottom);
      cairo_stroke (cr);
      if (x - w / 2 >= x0 - 20 && x + w / 2 <= MARGIN_X + BODY_WIDTH)
        draw_text (pdf, x - w / 2, top + 3, -1, label, "Cantarell 7.5", MUTED);
    }

  for (guint i = 0; i < block->lanes->len; i++)
    {
      TimelineRow *lane = g_ptr_array_index (block->lanes, i);
      double y = chart_top + i * LANE_HEIGHT;

      draw_text (pdf, MARGIN_X + 4, y + 4.5, LANE_LABEL - 8, lane->label, "Cantarell 9", INK);
      for (guint j = 0; j < lane->spans->len; j++)
        {
          Span *span = &g_array_index (lane->spans, Span, j);
          double a = axis_x (block, span->start, x0, width);
          double b = MAX (axis_x (block, span->end, x0, width), a + 2.5);

          cairo_set_source_rgb (cr, lane->rgb[0], lane->rgb[1], lane->rgb[2]);
          cairo_new_sub_path (cr);
          cairo_arc (cr, a + 2, y + 6, 2, G_PI, 1.5 * G_PI);
          cairo_arc (cr, b - 2, y + 6, 2, 1.5 * G_PI, 2 * G_PI);
          cairo_arc (cr, b - 2, y + 12, 2, 0, 0.5 * G_PI);
          cairo_arc (cr, a + 2, y + 12, 2, 0.5 * G_PI, G_PI);
          cairo_close_path (cr);
          cairo_fill (cr);
        }
    }

  if (block->marks->len > 0)
    {
      double y = chart_top + block->lanes->len * LANE_HEIGHT + LANE_HEIGHT / 2;

      draw_text (pdf, MARGIN_X + 4, y - 4.5, LANE_LABEL - 8,
                 block->mark_label != NULL ? block->mark_label : "", "Cantarell 9", INK);
      for (guint i = 0; i < block->marks->len; i++)
        {
          Mark *mark = &g_array_index (block->marks, Mark, i);
          double x = axis_x (block, mark->time, x0, width);

          set_rgb (cr, mark->alert ? ALERT : 0x3d3846);
          cairo_move_to (cr, x, y - 4.5);
          cairo_line_to (cr, x + 3.5, y);
          cairo_line_to (cr, x, y + 4.5);
          cairo_line_to (cr, x - 3.5, y);
          cairo_close_path (cr);
          cairo_fill (cr);
        }
    }

  set_rgb (cr, 0x9a9996);
  cairo_set_line_width (cr, 0.8);
  cairo_move_to (cr, x0, chart_bottom);
  cairo_line_to (cr, MARGIN_X + BODY_WIDTH, chart_bottom);
  cairo_stroke (cr);

  pdf->y = chart_bottom + 6;
  if (block->caption != NULL)
    pdf->y += draw_text (pdf, MARGIN_X, pdf->y, BODY_WIDTH, block->caption, "Cantarell Italic 8.5", MUTED) + 4;

  pdf->y += 10;
  pdf->page_has_content = TRUE;
}

static cairo_status_t
write_to_fd (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  int fd = GPOINTER_TO_INT (closure);

  while (length > 0)
    {
      ssize_t written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        return CAIRO_STATUS_WRITE_ERROR;

      data += written;
      length -= written;
    }

  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
write_nowhere (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

/* One pass over the blocks into @surface; returns the pages it took */
static gboolean
render_pdf (CordonDocument             *self,
            cairo_surface_t            *surface,
            guint                       n_pages,
            guint                      *out_pages,
            GCancellable               *cancellable,
            CordonDocumentProgressFunc  progress,
            gpointer                    progress_data,
            double                      from,
            double                      to,
            GError                    **error)
{
  cairo_t *cr = cairo_create (surface);
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  cairo_font_options_t *options = cairo_font_options_create ();
  Pdf pdf = { self, cr, layout, BODY_TOP, 0, n_pages, FALSE, FALSE };
  gboolean ok = TRUE;

  /* The same metrics in both passes, whatever the surface would hint */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  /* Font sizes in points on a surface measured in points */
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  pango_layout_context_changed (layout);
  cairo_font_options_destroy (options);

  begin_page (&pdf);
  for (guint i = 0; i < self->blocks->len && ok; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      Block *next = i + 1 < self->blocks->len ? g_ptr_array_index (self->blocks, i + 1) : NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          ok = FALSE;
          break;
        }

      switch (block->kind)
        {
        case BLOCK_TITLE:
          pdf_title (&pdf, block);
          break;
        case BLOCK_HEADING:
          pdf_heading (&pdf, block, next);
          break;
        case BLOCK_PARAGRAPH:
          pdf_paragraph (&pdf, block->text, FONT_BODY, INK, 10);
          break;
        case BLOCK_NOTE:
          pdf_paragraph (&pdf, block->text, "Cantarell Italic 9.5", MUTED, 10);
          break;
        case BLOCK_FIELDS:
          pdf_fields (&pdf, block);
          break;
        case BLOCK_TABLE:
          pdf_table (&pdf, block);
          break;
        case BLOCK_TIMELINE:
          pdf_timeline (&pdf, block);
          break;
        case BLOCK_PAGE_BREAK:
          if (pdf.page_has_content)
            new_page (&pdf);
          break;
        default:
          g_assert_not_reached ();
        }

      if (progress != NULL)
        progress (from + (to - from) * (i + 1) / self->blocks->len, progress_data);
    }

  end_page (&pdf);
  g_clear_object (&layout);
  cairo_destroy (cr);
  *out_pages = pdf.page;

  return ok;
}

static gboolean
write_pdf (CordonDocument             *self,
           int                         fd,
           GCancellable               *cancellable,
           CordonDocumentProgressFunc  progress,
           gpointer                    progress_data,
           GError                    **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  g_autofree char *title = g_strdup_printf ("%s · %s", self->reference, self->title);
  guint n_pages = 0;
  gboolean ok;

  /* First count the pages */
  surface = cairo_pdf_surface_create_for_stream (write_nowhere, NULL, PAGE_WIDTH, PAGE_HEIGHT);
  ok = render_pdf (self, surface, 0, &n_pages, cancellable, progress, progress_data, 0.0, 0.4, error);
  cairo_surface_destroy (surface);
  if (!ok)
    return FALSE;

  surface = cairo_pdf_surface_create_for_stream (write_to_fd, GINT_TO_POINTER (fd), PAGE_WIDTH, PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, cordon_tlp_to_label (self->tlp));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Cordon");
  ok = render_pdf (self, surface, n_pages, &n_pages, cancellable, progress, progress_data, 0.4, 1.0, error);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (ok && status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", cairo_status_to_string (status));
      return FALSE;
    }

  return ok;
}

/* HTML -------------------------------------------------------------------- */

static const char html_style[] =
  ":root { --ink: #241f31; --muted: #5e5c64; --accent: #1a5fb4; --rule: #deddda; --shade: #f6f5f4; }\n"
  "* { box-sizing: border-box; }\n"
  "body { margin: 0; background: #fafafa; color: var(--ink); font: 15px/1.5 Cantarell, \"Segoe UI\", Roboto, sans-serif; }\n"
  "main { max-width: 56rem; margin: 0 auto; padding: 2rem 2.5rem 3rem; background: #fff; }\n"
  ".tlp { background: #000; color: var(--tlp); font-weight: bold; letter-spacing: 0.05em; padding: 0.35rem 2.5rem; text-align: right; }\n"
  ".tlp .ref { float: left; color: #c0bfbc; font-weight: normal; letter-spacing: 0; }\n"
  ".title { padding: 4rem 0 2rem; }\n"
  ".overline { color: var(--accent); font-weight: bold; letter-spacing: 0.16em; text-transform: uppercase; margin: 0; }\n"
  ".title h1 { font-size: 2rem; line-height: 1.2; margin: 0.4rem 0; }\n"
  ".subtitle { color: var(--muted); font-size: 1.1rem; margin: 0; }\n"
  ".title::after { content: \"\"; display: block; width: 4rem; height: 3px; margin-top: 1.2rem; background: var(--accent); }\n"
  "h2 { color: var(--accent); font-size: 1.35rem; border-bottom: 2px solid var(--accent); padding-bottom: 0.2rem; margin: 2.2rem 0 0.8rem; }\n"
  "h3 { font-size: 1.02rem; margin: 1.4rem 0 0.4rem; }\n"
  "p { margin: 0 0 0.8rem; white-space: pre-line; }\n"
  "p.note { color: var(--muted); font-style: italic; }\n"
  "dl.fields { margin: 0 0 1rem; }\n"
  "dl.fields div { display: grid; grid-template-columns: 11rem 1fr; gap: 1rem; border-bottom: 1px solid var(--rule); padding: 0.3rem 0; }\n"
  "dt { color: var(--muted); font-weight: bold; font-size: 0.9rem; }\n"
  "dd { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }\n"
  ".mono { font-family: \"DejaVu Sans Mono\", monospace; font-size: 0.8rem; overflow-wrap: anywhere; }\n"
  "table { width: 100%; border-collapse: collapse; margin: 0 0 1.2rem; font-size: 0.86rem; table-layout: fixed; }\n"
  "th { background: #e4e3ea; text-align: left; padding: 0.3rem 0.4rem; border-bottom: 1px solid #9a9996; }\n"
  "td { padding: 0.3rem 0.4rem; border-bottom: 1px solid var(--rule); vertical-align: top; white-space: pre-line; overflow-wrap: anywhere; }\n"
  "tbody tr:nth-child(even) td { background: var(--shade); }\n"
  "figure.timeline { margin: 0 0 1.2rem; }\n"
  "figure.timeline svg { width: 100%; height: auto; display: block; }\n"
  "figcaption { color: var(--muted); font-style: italic; font-size: 0.8rem; }\n"
  "footer { max-width: 56rem; margin: 0 auto; padding: 0.6rem 2.5rem; color: var(--muted); font-size: 0.8rem; }\n"
  "@media print {\n"
  "  @page { size: A4; margin: 22mm 16mm 18mm; }\n"
  "  body { background: #fff; font-size: 10pt; }\n"
  "  main { max-width: none; padding: 0; }\n"
  "  .tlp { padding: 0.2rem 0.6rem; -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
  "  th, tbody tr:nth-child(even) td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
  "  .page-break { break-after: page; }\n"
  "  h2, h3 { break-after: avoid; }\n"
  "  tr, dl.fields div, figure { break-inside: avoid; }\n"
  "  thead { display: table-header-group; }\n"
  "  footer { display: none; }\n"
  "}\n";

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  g_string_append (out, escaped);
}

/* @text as the inside of a CSS string in a style element */
static char *
css_string (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\' || *p == '<' || *p == '\n')
        g_string_append_printf (out, "\\%x ", (guint) (guchar) *p);
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static void
append_number (GString *out,
               double   value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buffer, sizeof buffer, "%.1f", value));
}

static void
html_timeline (GString *out,
               Block   *block)
{
  const double view_width = 720, label_width = 120, lane = 24;
  double x0 = label_width, width = view_width - label_width - 8;
  guint n_lanes = block->lanes->len + (block->marks->len > 0 ? 1 : 0);
  double chart_top = 22, chart_bottom = chart_top + n_lanes * lane;
  gint64 step = axis_step (block->end - block->start);
  gint64 previous_day = -1;

  g_string_append (out, "<figure class=\"timeline\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 720 ");
  append_number (out, chart_bottom + 4);
  g_string_append (out, "\" role=\"img\" aria-label=\"");
  append_escaped (out, block->caption);
  g_string_append (out, "\" font-family=\"Cantarell, sans-serif\">\n");

  for (guint i = 0; i < n_lanes; i += 2)
    {
      g_string_append (out, "<rect x=\"0\" y=\"");
      append_number (out, chart_top + i * lane);
      g_string_append (out, "\" width=\"720\" height=\"24\" fill=\"#f6f5f4\"/>\n");
    }

  for (gint64 tick = axis_first_tick (block->start, step); tick <= block->end; tick += step)
    {
      g_autofree char *label = axis_label (tick, step, &previous_day);
      double x = axis_x (block, tick, x0, width);

      g_string_append (out, "<line x1=\"");
      append_number (out, x);
      g_string_append (out, "\" x2=\"");
      append_number (out, x);
      g_string_append (out, "\" y1=\"");
      append_number (out, chart_top - 3);
      g_string_append (out, "\" y2=\"");
      append_number (out, chart_bottom);
      g_string_append (out, "\" stroke=\"#c0bfbc\" stroke-width=\"0.7\"/>\n<text x=\"");
      append_number (out, x);
      g_string_append (out, "\" y=\"13\" font-size=\"9\" fill=\"#5e5c64\" text-anchor=\"middle\">");
      append_escaped (out, label);
      g_string_append (out, "</text>\n");
    }

  for (guint i = 0; i < block->lanes->len; i++)
    {
      TimelineRow *row = g_ptr_array_index (block->lanes, i);
      double y = chart_top + i * lane;

      g_string_append (out, "<text x=\"6\" y=\"");
      append_number (out, y + 16);
      g_string_append (out, "\" font-size=\"11\" fill=\"#241f31\">");
      append_escaped (out, row->label);
      g_string_append (out, "</text>\n");

      for (guint j = 0; j < row->spans->len; j++)
        {
          Span *span = &g_array_index (row->spans, Span, j);
          double a = axis_x (block, span->start, x0, width);
          double b = MAX (axis_x (block, span->end, x0, width), a + 3);

          g_string_append (out, "<rect x=\"");
          append_number (out, a);
          g_string_append (out, "\" y=\"");
          append_number (out, y + 6);
          g_string_append (out, "\" width=\"");
          append_number (out, b - a);
          g_string_append (out, "\" height=\"12\" rx=\"2.5\" fill=\"");
          append_escaped (out, row->colour);
          g_string_append (out, "\"/>\n");
        }
    }

  if (block->marks->len > 0)
    {
      double y = chart_top + block->lanes->len * lane + lane / 2;

      g_string_append (out, "<text x=\"6\" y=\"");
      append_number (out, y + 4);
      g_string_append (out, "\" font-size=\"11\" fill=\"#241f31\">");
      append_escaped (out, block->mark_label);
      g_string_append (out, "</text>\n");

      for (guint i = 0; i < block->marks->len; i++)
        {
          Mark *mark = &g_array_index (block->marks, Mark, i);
          double x = axis_x (block, mark->time, x0, width);

          g_string_append (out, "<path d=\"M");
          append_number (out, x);
          g_string_append_c (out, ' ');
          append_number (out, y - 6);
          g_string_append (out, "l4.5 6-4.5 6-4.5-6z\" fill=\"");
          g_string_append (out, mark->alert ? "#c01c28" : "#3d3846");
          g_string_append (out, "\"/>\n");
        }
    }

  g_string_append (out, "<line x1=\"");
  append_number (out, x0);
  g_string_append (out, "\" x2=\"720\" y1=\"");
  append_number (out, chart_bottom);
  g_string_append (out, "\" y2=\"");
  append_number (out, chart_bottom);
  g_string_append (out, "\" stroke=\"#9a9996\"/>\n</svg>\n");

  if (block->caption != NULL)
    {
      g_string_append (out, "<figcaption>");
      append_escaped (out, block->caption);
      g_string_append (out, "</figcaption>\n");
    }
  g_string_append (out, "</figure>\n");
}

static void
html_table (GString *out,
            Block   *block)
{
  g_string_append (out, "<table>\n<colgroup>");
  for (guint i = 0; i < block->columns->len; i++)
    {
      Column *column = g_ptr_array_index (block->columns, i);

      g_string_append (out, "<col style=\"width: ");
      append_number (out, column->share * 100);
      g_string_append (out, "%\">");
    }
  g_string_append (out, "</colgroup>\n<thead><tr>");
  for (guint i = 0; i < block->columns->len; i++)
    {
      g_string_append (out, "<th>");
      append_escaped (out, ((Column *) g_ptr_array_index (block->columns, i))->title);
      g_string_append (out, "</th>");
    }
  g_string_append (out, "</tr></thead>\n<tbody>\n");

  for (guint r = 0; r < block->rows->len; r++)
    {
      char **cells = g_ptr_array_index (block->rows, r);

      g_string_append (out, "<tr>");
      for (guint i = 0; i < block->columns->len; i++)
        {
          Column *column = g_ptr_array_index (block->columns, i);

          g_string_append (out, column->monospace ? "<td class=\"mono\">" : "<td>");
          append_escaped (out, cells[i]);
          g_string_append (out, "</td>");
        }
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n");
}

char *
cordon_document_to_html (CordonDocument *self)
{
  GString *out = g_string_new (NULL);
  const char *tlp = cordon_tlp_to_label (self->tlp);
  g_autofree char *css_tlp = NULL;
  g_autofree char *footer = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  g_string_append (out, "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<meta name=\"generator\" content=\"Cordon\">\n<title>");
  append_escaped (out, self->reference);
  g_string_append (out, " · ");
  append_escaped (out, self->title);
  g_string_append (out, "</title>\n<style>\n:root { --tlp: ");
  g_string_append (out, tlp_colour (self->tlp));
  g_string_append (out, "; }\n");
  g_string_append (out, html_style);
  /* On paper, the marking in the margin of every page as well */
  css_tlp = css_string (tlp);
  g_string_append_printf (out, "@media print {\n"
                               "  @page { @top-right { content: \"%s\"; color: %s; background: #000; font: bold 10pt sans-serif; padding: 0 3mm; }\n"
                               "          @bottom-right { content: \"%s\"; color: %s; background: #000; font: bold 10pt sans-serif; padding: 0 3mm; } }\n"
                               "}\n",
                          css_tlp, tlp_colour (self->tlp), css_tlp, tlp_colour (self->tlp));
  g_string_append (out, "</style>\n</head>\n<body>\n");

  g_string_append (out, "<div class=\"tlp top\"><span class=\"ref\">");
  append_escaped (out, self->reference);
  g_string_append (out, " · ");
  append_escaped (out, self->title);
  g_string_append (out, "</span>");
  append_escaped (out, tlp);
  g_string_append (out, "</div>\n<main>\n");

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      switch (block->kind)
        {
        case BLOCK_TITLE:
          g_string_append (out, "<header class=\"title\">\n<p class=\"overline\">");
          append_escaped (out, block->overline);
          g_string_append (out, "</p>\n<h1>");
          append_escaped (out, block->text);
          g_string_append (out, "</h1>\n");
          if (block->subtitle != NULL)
            {
              g_string_append (out, "<p class=\"subtitle\">");
              append_escaped (out, block->subtitle);
              g_string_append (out, "</p>\n");
            }
          g_string_append (out, "</header>\n");
          break;

        case BLOCK_HEADING:
          g_string_append (out, block->level == 1 ? "<h2>" : "<h3>");
          append_escaped (out, block->text);
          g_string_append (out, block->level == 1 ? "</h2>\n" : "</h3>\n");
          break;

        case BLOCK_PARAGRAPH:
        case BLOCK_NOTE:
          g_string_append (out, block->kind == BLOCK_NOTE ? "<p class=\"note\">" : "<p>");
          append_escaped (out, block->text);
          g_string_append (out, "</p>\n");
          break;

        case BLOCK_FIELDS:
          g_string_append (out, "<dl class=\"fields\">\n");
          for (guint j = 0; j < block->fields->len; j++)
            {
              Field *field = g_ptr_array_index (block->fields, j);

              g_string_append (out, "<div><dt>");
              append_escaped (out, field->label);
              g_string_append (out, field->monospace ? "</dt><dd class=\"mono\">" : "</dt><dd>");
              append_escaped (out, field->value);
              g_string_append (out, "</dd></div>\n");
            }
          g_string_append (out, "</dl>\n");
          break;

        case BLOCK_TABLE:
          html_table (out, block);
          break;

        case BLOCK_TIMELINE:
          html_timeline (out, block);
          break;

        case BLOCK_PAGE_BREAK:
          g_string_append (out, "<div class=\"page-break\"></div>\n");
          break;

        default:
          g_assert_not_reached ();
        }
    }

  /* Translators: the line at the end of an HTML report: key, TLP marking */
  footer = g_strdup_printf (_("%s · %s · end of report"), self->reference, tlp);
  g_string_append (out, "</main>\n<footer>");
  append_escaped (out, footer);
  g_string_append (out, "</footer>\n<div class=\"tlp bottom\">");
  append_escaped (out, tlp);
  g_string_append (out, "</div>\n</body>\n</html>\n");

  return g_string_free (out, FALSE);
}

/* Writing the file --------------------------------------------------------- */

static gboolean
write_all (int          fd,
           const char  *data,
           gsize        length,
           GError     **error)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        {
          int saved = errno;

          g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
          return FALSE;
        }
      data += written;
      length -= written;
    }

  return TRUE;
}

gboolean
cordon_document_write (CordonDocument             *self,
                       CordonDocumentFormat        format,
                       const char                 *path,
                       GCancellable               *cancellable,
                       CordonDocumentProgressFunc  progress,
                       gpointer                    progress_data,
                       GError                    **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(CordonOutput) output = NULL;
  gboolean ok;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* A hidden file beside the target, mode 0600 (a report holds incident
   * data), renamed over it at the end: a crash leaves no file of the
   * report's name */
  if (!(output = cordon_output_new (path, error)))
    return FALSE;

  if (format == CORDON_DOCUMENT_FORMAT_PDF)
    ok = write_pdf (self, cordon_output_get_fd (output), cancellable, progress, progress_data, &local_error);
  else
    {
      g_autofree char *html = cordon_document_to_html (self);

      ok = write_all (cordon_output_get_fd (output), html, strlen (html), &local_error);
      if (ok && progress != NULL)
        progress (1.0, progress_data);
    }

  /* The last moment a cancel still counts */
  if (ok && g_cancellable_set_error_if_cancelled (cancellable, &local_error))
    ok = FALSE;

  /* Its message names the file already */
  if (ok)
    return cordon_output_commit (output, error);

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else
    g_set_error (error, local_error->domain, local_error->code,
                 _("Cannot write the report to “%s”: %s"), path, local_error->message);

  return FALSE;
}
