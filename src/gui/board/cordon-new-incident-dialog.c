/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-new-incident-dialog.c: opening an incident: title, lead, when it
 * was detected, category, severity, impact, TLP and a summary. Create is
 * offered only when the title is there and the time reads as a time.
 */

#define G_LOG_DOMAIN "cordon-new-incident"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "cordon-incident.h"
#include "cordon-identity.h"
#include "cordon-new-incident-dialog.h"
#include "cordon-taxonomy.h"
#include "cordon-taxonomy-entry.h"
#include "cordon-time.h"

struct _CordonNewIncidentDialog
{
  AdwWindow        parent_instance;

  /* Template widgets */
  GtkWidget       *create_button;
  AdwEntryRow     *title_row;
  AdwEntryRow     *lead_row;
  AdwEntryRow     *detected_row;
  AdwComboRow     *category_row;
  AdwComboRow     *severity_row;
  AdwComboRow     *impact_row;
  AdwComboRow     *tlp_row;
  GtkTextView     *summary_view;
  GtkLabel        *error_label;

  /* Owned references */
  CordonWorkspace *workspace;
  GPtrArray       *category_ids;
  GPtrArray       *severity_ids;
  GPtrArray       *impact_ids;
};

enum {
  CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (CordonNewIncidentDialog, cordon_new_incident_dialog, ADW_TYPE_WINDOW)

/**
 * cordon_parse_local_time:
 * @text: "2026-03-01 09:30", optionally with seconds, or ISO 8601 with
 *   a zone
 *
 * Reads a time as people type it, in the local time zone unless it says
 * otherwise.
 */
gboolean
cordon_parse_local_time (const char *text,
                         gint64     *out_usec)
{
  g_autoptr(GDateTime) time = NULL;
  int year, month, day, hour, minute, second = 0;
  char end;

  if (text == NULL)
    return FALSE;

  if (cordon_time_parse_iso8601 (text, out_usec))
    return TRUE;

  if (sscanf (text, " %d-%d-%d %d:%d:%d %c", &year, &month, &day, &hour, &minute, &second, &end) != 6 &&
      sscanf (text, " %d-%d-%d %d:%d %c", &year, &month, &day, &hour, &minute, &end) != 5 &&
      sscanf (text, " %d-%d-%dT%d:%d:%d %c", &year, &month, &day, &hour, &minute, &second, &end) != 6)
    return FALSE;

  time = g_date_time_new_local (year, month, day, hour, minute, second);
  if (time == NULL)
    return FALSE;

  *out_usec = cordon_time_from_date_time (time);

  return TRUE;
}

static GListModel *
taxonomy_model (CordonTaxonomy     *taxonomy,
                CordonTaxonomyKind  kind,
                GPtrArray          *ids,
                const char         *none_label)
{
  GtkStringList *strings = gtk_string_list_new (NULL);
  GListModel *entries = cordon_taxonomy_get_entries (taxonomy, kind);

  if (none_label != NULL)
    {
      gtk_string_list_append (strings, none_label);
      g_ptr_array_add (ids, g_strdup (""));
    }

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (entries, i);

      gtk_string_list_append (strings, cordon_taxonomy_entry_get_display_label (entry));
      g_ptr_array_add (ids, g_strdup (cordon_taxonomy_entry_get_id (entry)));
    }

  return G_LIST_MODEL (strings);
}

static void
validate (CordonNewIncidentDialog *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  const char *detected = gtk_editable_get_text (GTK_EDITABLE (self->detected_row));
  gint64 usec;
  gboolean time_ok = cordon_parse_local_time (detected, &usec);

  if (time_ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->detected_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->detected_row), "error");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.create", title[0] != '\0' && time_ok);
}

/**
 * cordon_new_incident_dialog_create:
 *
 * Opens the incident as filled in; on success emits ::created and
 * closes. On failure the dialog stays and says why.
 */
gboolean
cordon_new_incident_dialog_create (CordonNewIncidentDialog  *self,
                                   GError                  **error)
{
  g_autoptr(CordonIncident) draft = cordon_incident_new ();
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  gint64 usec;

  g_return_val_if_fail (CORDON_IS_NEW_INCIDENT_DIALOG (self), FALSE);

  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  buffer = gtk_text_view_get_buffer (self->summary_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  summary = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  cordon_incident_set_title (draft, title);
  cordon_incident_set_summary (draft, g_strstrip (summary));
  cordon_incident_set_lead (draft, g_strstrip ((char *) gtk_editable_get_text (GTK_EDITABLE (self->lead_row))));
  cordon_incident_set_category (draft, g_ptr_array_index (self->category_ids, adw_combo_row_get_selected (self->category_row)));
  cordon_incident_set_severity (draft, g_ptr_array_index (self->severity_ids, adw_combo_row_get_selected (self->severity_row)));
  cordon_incident_set_impact (draft, g_ptr_array_index (self->impact_ids, adw_combo_row_get_selected (self->impact_row)));
  cordon_incident_set_tlp (draft, adw_combo_row_get_selected (self->tlp_row));
  if (cordon_parse_local_time (gtk_editable_get_text (GTK_EDITABLE (self->detected_row)), &usec))
    cordon_incident_set_time_usec (draft, CORDON_INCIDENT_TIME_DETECTED, usec);

  incident = cordon_workspace_create_incident (self->workspace, draft, cordon_default_author (), &local_error);
  if (incident == NULL)
    {
      gtk_label_set_text (self->error_label, local_error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_signal_emit (self, signals[CREATED], 0, incident);
  gtk_window_destroy (GTK_WINDOW (self));

  return TRUE;
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  cordon_new_incident_dialog_create (CORDON_NEW_INCIDENT_DIALOG (widget), NULL);
}

static void
cordon_new_incident_dialog_dispose (GObject *object)
{
  CordonNewIncidentDialog *self = CORDON_NEW_INCIDENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CORDON_TYPE_NEW_INCIDENT_DIALOG);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->category_ids, g_ptr_array_unref);
  g_clear_pointer (&self->severity_ids, g_ptr_array_unref);
  g_clear_pointer (&self->impact_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (cordon_new_incident_dialog_parent_class)->dispose (object);
}

static void
cordon_new_incident_dialog_class_init (CordonNewIncidentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cordon_new_incident_dialog_dispose;

  /**
   * CordonNewIncidentDialog::created:
   * @incident: the incident just opened
   */
  signals[CREATED] =
    g_signal_new ("created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CORDON_TYPE_INCIDENT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/board/cordon-new-incident-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CordonNewIncidentDialog, create_button);
  gtk_widget_class_bind_template_child (widget_class, CordonNewIncidentDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, CordonNewIncidentDialog, lead_row);
  gtk_widget_class_bind_template_child (widget_class, CordonNewIncidentDialog, detected_row);
  gtk_widget_class_bind_template_child (widget_class, CordonNewIncidentDialog, category_row);
  gtk_widget_class_bind_template_child (widget_class, CordonNewIncidentDialog, severity_row);
  gtk_widget_class_bind_template_child (widget_class, CordonNewIncidentDialog, impact_row);
  gtk_widget_class_bind_template_child (widget_class, CordonNewIncidentDialog, tlp_row);
  gtk_widget_class_bind_template_child (widget_class, CordonNewIncidentDialog, summary_view);
  gtk_widget_class_bind_template_child (widget_class, CordonNewIncidentDialog, error_label);

  gtk_widget_class_install_action (widget_class, "dialog.create", NULL, create_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "dialog.create", NULL);
}

static void
cordon_new_incident_dialog_init (CordonNewIncidentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->category_ids = g_ptr_array_new_with_free_func (g_free);
  self->severity_ids = g_ptr_array_new_with_free_func (g_free);
  self->impact_ids = g_ptr_array_new_with_free_func (g_free);

  g_signal_connect_object (self->title_row, "changed", G_CALLBACK (validate), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->detected_row, "changed", G_CALLBACK (validate), self, G_CONNECT_SWAPPED);
}

/* New Incident is the one long form: Enter in a line goes on to the
 * next field, down to the classification, so that an incident is never
 * opened with a category and severity nobody looked at. Create (or
 * Ctrl+Enter) opens it. */
static void
on_entry_activated (GtkWidget *row)
{
  GtkWidget *next = gtk_widget_get_next_sibling (row);

  if (next == NULL)
    {
      CordonNewIncidentDialog *self = CORDON_NEW_INCIDENT_DIALOG (gtk_widget_get_root (row));
      next = GTK_WIDGET (self->category_row);
    }

  gtk_widget_grab_focus (next);
}

CordonNewIncidentDialog *
cordon_new_incident_dialog_new (GtkWindow       *parent,
                                CordonWorkspace *workspace)
{
  CordonNewIncidentDialog *self;
  CordonTaxonomy *taxonomy;
  g_autoptr(GListModel) categories = NULL;
  g_autoptr(GListModel) severities = NULL;
  g_autoptr(GListModel) impacts = NULL;
  g_autoptr(GtkStringList) tlps = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *now_text = g_date_time_format (now, "%Y-%m-%d %H:%M");
  const char *real_name = cordon_default_author ();

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (CORDON_TYPE_NEW_INCIDENT_DIALOG,
                       "transient-for", parent,
                       NULL);
  self->workspace = g_object_ref (workspace);
  taxonomy = cordon_workspace_get_taxonomy (workspace);

  categories = taxonomy_model (taxonomy, CORDON_TAXONOMY_KIND_CATEGORY, self->category_ids, NULL);
  severities = taxonomy_model (taxonomy, CORDON_TAXONOMY_KIND_SEVERITY, self->severity_ids, NULL);
  impacts = taxonomy_model (taxonomy, CORDON_TAXONOMY_KIND_IMPACT, self->impact_ids, _("Not Known Yet"));
  adw_combo_row_set_model (self->category_row, categories);
  adw_combo_row_set_model (self->severity_row, severities);
  adw_combo_row_set_model (self->impact_row, impacts);

  /* A new incident starts as medium until triage says otherwise. */
  for (guint i = 0; i < self->severity_ids->len; i++)
    {
      if (g_str_equal (self->severity_ids->pdata[i], "medium"))
        adw_combo_row_set_selected (self->severity_row, i);
    }

  for (guint i = CORDON_TLP_CLEAR; i <= CORDON_TLP_RED; i++)
    gtk_string_list_append (tlps, cordon_tlp_to_label (i));
  adw_combo_row_set_model (self->tlp_row, G_LIST_MODEL (tlps));
  adw_combo_row_set_selected (self->tlp_row, CORDON_TLP_AMBER);

  gtk_editable_set_text (GTK_EDITABLE (self->detected_row), now_text);
  if (real_name != NULL && !g_str_equal (real_name, "Unknown"))
    gtk_editable_set_text (GTK_EDITABLE (self->lead_row), real_name);

  g_signal_connect (self->title_row, "entry-activated", G_CALLBACK (on_entry_activated), NULL);
  g_signal_connect (self->lead_row, "entry-activated", G_CALLBACK (on_entry_activated), NULL);
  g_signal_connect (self->detected_row, "entry-activated", G_CALLBACK (on_entry_activated), NULL);

  validate (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));

  return self;
}
