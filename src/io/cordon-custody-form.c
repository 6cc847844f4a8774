/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-custody-form.c: the chain-of-custody form of an evidence item,
 * laid out with Pango on a cairo PDF surface. Text is placed in boxes of
 * fixed width and whatever height it needs; a row that would run past
 * the bottom margin starts a new page.
 */

#define G_LOG_DOMAIN "cordon-custody-form"

#include "config.h"

#include <errno.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "cordon-custody-form.h"
#include "cordon-output.h"
#include "cordon-time.h"

/* A4 in points */
#define PAGE_WIDTH  595.28
#define PAGE_HEIGHT 841.89
#define MARGIN      48.0
#define BODY_WIDTH  (PAGE_WIDTH - 2 * MARGIN)
#define GAP         6.0

typedef struct
{
  cairo_t         *cr;
  PangoLayout     *layout;
  double           y;
  guint            page;
  const char      *footer;
} Form;

static void
set_font (Form       *form,
          const char *description)
{
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (description);

  pango_layout_set_font_description (form->layout, font);
}

/* Lays out @markup in @width; returns its height */
static double
measure (Form       *form,
         const char *markup,
         const char *font,
         double      width)
{
  int w, h;

  set_font (form, font);
  pango_layout_set_width (form->layout, pango_units_from_double (width));
  pango_layout_set_wrap (form->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (form->layout, markup, -1);
  pango_layout_get_size (form->layout, &w, &h);

  return pango_units_to_double (h);
}

static double
draw_text (Form       *form,
           double      x,
           double      y,
           double      width,
           const char *markup,
           const char *font)
{
  double height = measure (form, markup, font, width);

  cairo_move_to (form->cr, x, y);
  pango_cairo_show_layout (form->cr, form->layout);

  return height;
}

static void
draw_footer (Form *form)
{
  g_autofree char *page = g_strdup_printf (_("Page %u"), form->page);
  g_autofree char *markup = g_markup_printf_escaped ("%s · %s", form->footer, page);

  cairo_set_source_rgb (form->cr, 0.35, 0.35, 0.35);
  draw_text (form, MARGIN, PAGE_HEIGHT - MARGIN + 12, BODY_WIDTH, markup, "Sans 7");
  cairo_set_source_rgb (form->cr, 0, 0, 0);
}

static void
new_page (Form *form)
{
  draw_footer (form);
  cairo_show_page (form->cr);
  form->page++;
  form->y = MARGIN;
}

static void
ensure_room (Form   *form,
             double  height)
{
  if (form->y + height > PAGE_HEIGHT - MARGIN)
    new_page (form);
}

static void
heading (Form       *form,
         const char *text)
{
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", text);

  ensure_room (form, 60);
  form->y += 10;
  form->y += draw_text (form, MARGIN, form->y, BODY_WIDTH, markup, "Sans 11");
  cairo_set_line_width (form->cr, 1.0);
  cairo_move_to (form->cr, MARGIN, form->y + 2);
  cairo_line_to (form->cr, MARGIN + BODY_WIDTH, form->y + 2);
  cairo_stroke (form->cr);
  form->y += GAP + 2;
}

/* A label and its value side by side */
static void
field (Form       *form,
       const char *label,
       const char *value,
       gboolean    monospace)
{
  const double label_width = 130;
  g_autofree char *label_markup = g_markup_printf_escaped ("<b>%s</b>", label);
  g_autofree char *value_markup = g_markup_escape_text (value[0] != '\0' ? value : "—", -1);
  const char *font = monospace ? "Monospace 8.5" : "Sans 9";
  double height = measure (form, value_markup, font, BODY_WIDTH - label_width);

  ensure_room (form, height + 4);
  draw_text (form, MARGIN, form->y, label_width - GAP, label_markup, "Sans 9");
  draw_text (form, MARGIN + label_width, form->y, BODY_WIDTH - label_width, value_markup, font);
  form->y += MAX (height, 12) + 4;
}

typedef struct
{
  const char *title;
  double      width;   /* share of the body width */
} Column;

static void
table_row (Form               *form,
           const Column       *columns,
           guint               n_columns,
           const char * const *cells,
           gboolean            header,
           double              min_height)
{
  const char *font = header ? "Sans Bold 8" : "Sans 8";
  double height = min_height;
  double x = MARGIN;

  for (guint i = 0; i < n_columns; i++)
    {
      g_autofree char *markup = g_markup_escape_text (cells[i] != NULL ? cells[i] : "", -1);
      height = MAX (height, measure (form, markup, font, columns[i].width * BODY_WIDTH - 2 * 4) + 8);
    }

  ensure_room (form, height);

  if (header)
    {
      cairo_set_source_rgb (form->cr, 0.92, 0.92, 0.92);
      cairo_rectangle (form->cr, MARGIN, form->y, BODY_WIDTH, height);
      cairo_fill (form->cr);
      cairo_set_source_rgb (form->cr, 0, 0, 0);
    }

  cairo_set_line_width (form->cr, 0.6);
  for (guint i = 0; i < n_columns; i++)
    {
      double width = columns[i].width * BODY_WIDTH;
      g_autofree char *markup = g_markup_escape_text (cells[i] != NULL ? cells[i] : "", -1);

      cairo_rectangle (form->cr, x, form->y, width, height);
      cairo_stroke (form->cr);
      draw_text (form, x + 4, form->y + 4, width - 8, markup, font);
      x += width;
    }

  form->y += height;
}

static void
signature_lines (Form       *form,
                 const char *role)
{
  const double third = BODY_WIDTH / 3;
  const char *labels[] = { _("Name"), _("Signature"), _("Date and time") };
  g_autofree char *markup = g_markup_printf_escaped ("<b>%s</b>", role);

  ensure_room (form, 56);
  form->y += draw_text (form, MARGIN, form->y, BODY_WIDTH, markup, "Sans 9") + 22;
  cairo_set_line_width (form->cr, 0.6);
  for (guint i = 0; i < 3; i++)
    {
      double x = MARGIN + i * third;

      cairo_move_to (form->cr, x, form->y);
      cairo_line_to (form->cr, x + third - 12, form->y);
      cairo_stroke (form->cr);
      cairo_set_source_rgb (form->cr, 0.35, 0.35, 0.35);
      draw_text (form, x, form->y + 2, third - 12, labels[i], "Sans 7");
      cairo_set_source_rgb (form->cr, 0, 0, 0);
    }
  form->y += 22;
}

static char *
format_time (GDateTime *time)
{
  return time != NULL ? cordon_time_format_display (time) : g_strdup ("");
}

static gboolean
draw_form (cairo_t             *cr,
           CordonWorkspace     *workspace,
           CordonIncident      *incident,
           CordonEvidenceItem  *item,
           GListModel          *transfers,
           GListModel          *checks,
           const char          *footer)
{
  static const Column transfer_columns[] = {
    { N_("#"), 0.04 },
    { N_("Date and time"), 0.17 },
    { N_("Released by"), 0.13 },
    { N_("Received by"), 0.13 },
    { N_("Purpose"), 0.17 },
    { N_("Kept at"), 0.12 },
    /* Translators: the signature of the person who released the item */
    { N_("Signed out"), 0.12 },
    /* Translators: the signature of the person who received the item */
    { N_("Signed in"), 0.12 },
  };
  static const Column check_columns[] = {
    { N_("#"), 0.05 },
    { N_("Date and time"), 0.17 },
    { N_("Checked by"), 0.18 },
    { N_("Result"), 0.15 },
    { N_("SHA-256 computed"), 0.45 },
  };
  g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
  g_autofree char *collected = format_time (cordon_evidence_item_get_collected (item));
  g_autofree char *title = NULL;
  const char *header_cells[G_N_ELEMENTS (transfer_columns)];
  const char *check_header[G_N_ELEMENTS (check_columns)];
  Form form = { cr, layout, MARGIN, 1, footer };
  gboolean electronic = cordon_evidence_item_get_kind (item) == CORDON_EVIDENCE_KIND_ELECTRONIC;

  /* Title */
  title = g_markup_printf_escaped ("<span size='x-large'><b>%s</b></span>\n%s",
                                   _("Chain of Custody Form"),
                                   cordon_evidence_item_get_label (item));
  form.y += draw_text (&form, MARGIN, form.y, BODY_WIDTH, title, "Sans 12") + GAP;

  heading (&form, _("Incident"));
  field (&form, _("Incident"), cordon_incident_get_key (incident), FALSE);
  field (&form, _("Title"), cordon_incident_get_title (incident), FALSE);
  field (&form, _("Incident lead"), cordon_incident_get_lead (incident), FALSE);
  field (&form, _("Sharing"), cordon_tlp_to_label (cordon_incident_get_tlp (incident)), FALSE);

  heading (&form, _("Evidence item"));
  field (&form, _("Item"), cordon_evidence_item_get_label (item), FALSE);
  field (&form, _("Kind"), cordon_evidence_kind_to_label (cordon_evidence_item_get_kind (item)), FALSE);
  field (&form, _("Description"), cordon_evidence_item_get_description (item), FALSE);
  field (&form, _("Source host"), cordon_evidence_item_get_source_host (item), FALSE);
  field (&form, _("Source location"), cordon_evidence_item_get_source_location (item), FALSE);
  field (&form, _("Collected by"), cordon_evidence_item_get_collected_by (item), FALSE);
  field (&form, _("Collected at"), collected, FALSE);
  field (&form, _("Stored at"), cordon_evidence_item_get_storage (item), FALSE);
  if (electronic)
    {
      g_autofree char *size = g_format_size_full (cordon_evidence_item_get_size (item), G_FORMAT_SIZE_LONG_FORMAT);

      field (&form, _("File"), cordon_evidence_item_get_file_path (item), FALSE);
      field (&form, _("Size"), size, FALSE);
      field (&form, _("SHA-256"), cordon_evidence_item_get_sha256 (item), TRUE);
    }
  field (&form, _("Current holder"), cordon_evidence_item_get_holder (item), FALSE);

  heading (&form, _("Chain of custody"));
  for (guint i = 0; i < G_N_ELEMENTS (transfer_columns); i++)
    header_cells[i] = _(transfer_columns[i].title);
  table_row (&form, transfer_columns, G_N_ELEMENTS (transfer_columns), header_cells, TRUE, 0);

  {
    const char *cells[] = {
      "0", collected, "—", cordon_evidence_item_get_collected_by (item),
      _("Collected"), cordon_evidence_item_get_storage (item), "", "",
    };
    table_row (&form, transfer_columns, G_N_ELEMENTS (transfer_columns), cells, FALSE, 34);
  }

  for (guint i = 0; i < g_list_model_get_n_items (transfers); i++)
    {
      g_autoptr(CordonCustodyTransfer) transfer = g_list_model_get_item (transfers, i);
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, cordon_custody_transfer_get_number (transfer));
      g_autofree char *when = format_time (cordon_custody_transfer_get_time (transfer));
      const char *cells[] = {
        number, when, cordon_custody_transfer_get_from (transfer), cordon_custody_transfer_get_to (transfer),
        cordon_custody_transfer_get_purpose (transfer), cordon_custody_transfer_get_location (transfer), "", "",
      };

      table_row (&form, transfer_columns, G_N_ELEMENTS (transfer_columns), cells, FALSE, 34);
    }

  /* Blank rows for hand-overs still to come, written by hand */
  for (guint i = 0; i < 3; i++)
    {
      const char *cells[G_N_ELEMENTS (transfer_columns)] = { "" };
      table_row (&form, transfer_columns, G_N_ELEMENTS (transfer_columns), cells, FALSE, 34);
    }

  if (electronic)
    {
      heading (&form, _("Re-verifications of the file’s hash"));
      if (g_list_model_get_n_items (checks) == 0)
        field (&form, _("None"), _("The file has not been re-verified since it was collected."), FALSE);
      else
        {
          for (guint i = 0; i < G_N_ELEMENTS (check_columns); i++)
            check_header[i] = _(check_columns[i].title);
          table_row (&form, check_columns, G_N_ELEMENTS (check_columns), check_header, TRUE, 0);

          for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
            {
              g_autoptr(CordonEvidenceCheck) check = g_list_model_get_item (checks, i);
              g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, cordon_evidence_check_get_number (check));
              g_autofree char *when = format_time (cordon_evidence_check_get_time (check));
              const char *cells[] = {
                number, when, cordon_evidence_check_get_checked_by (check),
                cordon_evidence_check_result_to_label (cordon_evidence_check_get_result (check)),
                cordon_evidence_check_get_sha256 (check),
              };

              table_row (&form, check_columns, G_N_ELEMENTS (check_columns), cells, FALSE, 0);
            }
        }
    }

  heading (&form, _("Signatures"));
  signature_lines (&form, _("Evidence custodian"));
  signature_lines (&form, _("Incident lead"));

  draw_footer (&form);
  cairo_show_page (cr);

  return TRUE;
}

gboolean
cordon_custody_form_write (CordonWorkspace     *workspace,
                           CordonEvidenceItem  *item,
                           const char          *path,
                           GError             **error)
{
  g_autoptr(CordonEvidenceItem) stored = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GListModel) transfers = NULL;
  g_autoptr(GListModel) checks = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(CordonOutput) output = NULL;
  g_autofree char *footer = NULL;
  g_autofree char *now_text = NULL;
  g_autofree char *key = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (item), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Read back what is stored, not what the caller holds */
  if (!(stored = cordon_workspace_lookup_evidence (workspace, cordon_evidence_item_get_label (item), error)) ||
      !cordon_evidence_item_parse_label (cordon_evidence_item_get_label (stored), &key, NULL) ||
      !(incident = cordon_workspace_lookup_incident (workspace, key, error)) ||
      !(transfers = cordon_workspace_list_custody (workspace, stored, error)) ||
      !(checks = cordon_workspace_list_evidence_checks (workspace, stored, error)))
    return FALSE;

  now = cordon_clock_now (cordon_workspace_get_clock (workspace));
  now_text = cordon_time_format_display (now);
  /* Translators: the footer of every page: item, TLP marking, time */
  footer = g_strdup_printf (_("%s · %s · custody form printed %s by Cordon"),
                            cordon_evidence_item_get_label (stored),
                            cordon_tlp_to_label (cordon_incident_get_tlp (incident)),
                            now_text);

  /* Never over the workspace the form is read from; 0600, since the form
   * holds incident data */
  if (!cordon_output_check_target (path, cordon_workspace_get_path (workspace), error) ||
      !(output = cordon_output_new (path, error)))
    return FALSE;

  surface = cairo_pdf_surface_create_for_stream (cordon_output_cairo_write, output, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, footer);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Cordon");
  cr = cairo_create (surface);
  draw_form (cr, workspace, incident, stored, transfers, checks, footer);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  /* A failed write is reported by the commit, with its cause */
  if (status != CAIRO_STATUS_SUCCESS && status != CAIRO_STATUS_WRITE_ERROR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Cannot write the custody form to “%s”: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }

  if (!cordon_output_commit (output, error))
    return FALSE;

  return TRUE;
}
