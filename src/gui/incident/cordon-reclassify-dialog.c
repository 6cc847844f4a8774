/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-reclassify-dialog.c: changing an incident's category or severity
 * from its page. A reclassification re-times the SLAs, so it is never a
 * silent edit: the dialog asks for the reason, and the workspace writes it
 * to the journal with what changed.
 */

#define G_LOG_DOMAIN "cordon-reclassify-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-reclassify-dialog.h"
#include "cordon-identity.h"
#include "cordon-form.h"

struct _CordonReclassifyDialog
{
  AdwMessageDialog  parent_instance;

  AdwComboRow      *category_row;
  AdwComboRow      *severity_row;
  GtkEntry         *reason_entry;

  CordonWorkspace  *workspace;
  CordonIncident   *incident;
  /* Taxonomy ids, in the order of the combo rows' items */
  GPtrArray        *category_ids;
  GPtrArray        *severity_ids;
};

G_DEFINE_FINAL_TYPE (CordonReclassifyDialog, cordon_reclassify_dialog, ADW_TYPE_MESSAGE_DIALOG)

static const char *
selected_id (AdwComboRow *row,
             GPtrArray   *ids)
{
  guint selected = adw_combo_row_get_selected (row);

  if (selected == GTK_INVALID_LIST_POSITION || selected >= ids->len)
    return NULL;

  return g_ptr_array_index (ids, selected);
}

static void
update_response (CordonReclassifyDialog *self)
{
  const char *reason = gtk_editable_get_text (GTK_EDITABLE (self->reason_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (reason));
  const char *category = selected_id (self->category_row, self->category_ids);
  const char *severity = selected_id (self->severity_row, self->severity_ids);
  gboolean changes;

  if (self->incident == NULL || !adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (self), "reclassify"))
    return;

  changes = g_strcmp0 (category, cordon_incident_get_category (self->incident)) != 0 ||
            g_strcmp0 (severity, cordon_incident_get_severity (self->incident)) != 0;

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "reclassify",
                                           changes && stripped[0] != '\0');
}

/* Reclassifies the incident as selected, with the reason entered */
static gboolean
apply_reclassify (AdwMessageDialog  *dialog,
                  gpointer           user_data,
                  GError           **error)
{
  CordonReclassifyDialog *self = CORDON_RECLASSIFY_DIALOG (dialog);
  const char *category = selected_id (self->category_row, self->category_ids);
  const char *severity = selected_id (self->severity_row, self->severity_ids);

  return cordon_workspace_reclassify (self->workspace, self->incident,
                                      g_strcmp0 (category, cordon_incident_get_category (self->incident)) != 0 ? category : NULL,
                                      g_strcmp0 (severity, cordon_incident_get_severity (self->incident)) != 0 ? severity : NULL,
                                      gtk_editable_get_text (GTK_EDITABLE (self->reason_entry)),
                                      cordon_default_author (), error);
}

static void
cordon_reclassify_dialog_dispose (GObject *object)
{
  CordonReclassifyDialog *self = CORDON_RECLASSIFY_DIALOG (object);

  g_clear_object (&self->workspace);
  g_clear_object (&self->incident);
  g_clear_pointer (&self->category_ids, g_ptr_array_unref);
  g_clear_pointer (&self->severity_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (cordon_reclassify_dialog_parent_class)->dispose (object);
}

static void
cordon_reclassify_dialog_class_init (CordonReclassifyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cordon_reclassify_dialog_dispose;
}

static void
cordon_reclassify_dialog_init (CordonReclassifyDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();

  self->category_ids = g_ptr_array_new_with_free_func (g_free);
  self->severity_ids = g_ptr_array_new_with_free_func (g_free);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  self->category_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->category_row), _("Category"));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->category_row));
  self->severity_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->severity_row), _("Severity"));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->severity_row));
  gtk_box_append (GTK_BOX (box), list);

  self->reason_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->reason_entry, _("Reason, kept in the journal"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->reason_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"),
                                  -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->reason_entry));


  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);

  g_signal_connect_object (self->reason_entry, "changed", G_CALLBACK (update_response), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->category_row, "notify::selected", G_CALLBACK (update_response), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->severity_row, "notify::selected", G_CALLBACK (update_response), self, G_CONNECT_SWAPPED);
}

/* Fills @row with the entries of @kind and selects @current */
static void
fill_row (AdwComboRow        *row,
          GPtrArray          *ids,
          CordonTaxonomy     *taxonomy,
          CordonTaxonomyKind  kind,
          const char         *current)
{
  GListModel *entries = cordon_taxonomy_get_entries (taxonomy, kind);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (entries, i);

      gtk_string_list_append (labels, cordon_taxonomy_entry_get_display_label (entry));
      g_ptr_array_add (ids, g_strdup (cordon_taxonomy_entry_get_id (entry)));
      if (g_strcmp0 (cordon_taxonomy_entry_get_id (entry), current) == 0)
        selected = i;
    }

  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  if (selected != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (row, selected);
}

/**
 * cordon_reclassify_dialog_present:
 * @parent: a widget of the window to show the dialog over
 *
 * Returns: (transfer none): the dialog, already shown
 */
CordonReclassifyDialog *
cordon_reclassify_dialog_present (GtkWidget       *parent,
                                  CordonWorkspace *workspace,
                                  CordonIncident  *incident)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  CordonTaxonomy *taxonomy;
  CordonReclassifyDialog *self;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);

  /* Translators: "Reclassify INC-2026-0042?" */
  heading = g_strdup_printf (_("Reclassify %s?"), cordon_incident_get_key (incident));

  self = g_object_new (CORDON_TYPE_RECLASSIFY_DIALOG,
                       "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                       "modal", TRUE,
                       "heading", heading,
                       "body", _("A new category or severity re-times the SLAs. Say what was found; the journal keeps it."),
                       "default-response", "reclassify",
                       "close-response", "cancel",
                       NULL);
  self->workspace = g_object_ref (workspace);
  self->incident = g_object_ref (incident);

  taxonomy = cordon_workspace_get_taxonomy (workspace);
  fill_row (self->category_row, self->category_ids, taxonomy, CORDON_TAXONOMY_KIND_CATEGORY,
            cordon_incident_get_category (incident));
  fill_row (self->severity_row, self->severity_ids, taxonomy, CORDON_TAXONOMY_KIND_SEVERITY,
            cordon_incident_get_severity (incident));

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "reclassify", _("_Reclassify"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "reclassify", ADW_RESPONSE_SUGGESTED);
  update_response (self);
  cordon_form_attach (ADW_MESSAGE_DIALOG (self), parent, apply_reclassify, NULL, NULL);

  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->reason_entry));

  return self;
}

static void
select_id (AdwComboRow *row,
           GPtrArray   *ids,
           const char  *id)
{
  for (guint i = 0; id != NULL && i < ids->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (ids, i), id))
        {
          adw_combo_row_set_selected (row, i);
          return;
        }
    }
}

/**
 * cordon_reclassify_dialog_select:
 * @category: (nullable): a category id to select
 * @severity: (nullable): a severity id to select
 *
 * Selects the given entries, as the user would in the dropdowns.
 */
void
cordon_reclassify_dialog_select (CordonReclassifyDialog *self,
                                 const char             *category,
                                 const char             *severity)
{
  g_return_if_fail (CORDON_IS_RECLASSIFY_DIALOG (self));

  select_id (self->category_row, self->category_ids, category);
  select_id (self->severity_row, self->severity_ids, severity);
}

void
cordon_reclassify_dialog_set_reason (CordonReclassifyDialog *self,
                                     const char             *reason)
{
  g_return_if_fail (CORDON_IS_RECLASSIFY_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->reason_entry), reason);
}
