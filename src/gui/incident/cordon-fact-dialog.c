/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-fact-dialog.c: the form for one fact of "what we know": its
 * kind, the value itself, where it comes from, its TLP marking and
 * whether it is an indicator of compromise. The same dialog adds a new
 * fact and edits an existing one.
 */

#define G_LOG_DOMAIN "cordon-fact-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-fact-dialog.h"
#include "cordon-form.h"

struct _CordonFactDialog
{
  AdwMessageDialog  parent_instance;

  AdwComboRow      *kind_row;
  AdwEntryRow      *value_row;
  AdwEntryRow      *source_row;
  AdwComboRow      *tlp_row;
  GtkSwitch        *ioc_switch;

  CordonWorkspace  *workspace;
  CordonIncident   *incident;
  /* The fact being edited, or NULL when adding one */
  CordonFact       *fact;
};

G_DEFINE_FINAL_TYPE (CordonFactDialog, cordon_fact_dialog, ADW_TYPE_MESSAGE_DIALOG)

static GListModel *
fact_kind_labels (void)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (CordonFactKind kind = CORDON_FACT_KIND_USER; kind <= CORDON_FACT_KIND_OTHER; kind++)
    gtk_string_list_append (labels, cordon_fact_kind_to_label (kind));

  return G_LIST_MODEL (labels);
}

static GListModel *
tlp_labels (void)
{
  GtkStringList *labels = gtk_string_list_new (NULL);

  for (CordonTlp tlp = CORDON_TLP_CLEAR; tlp <= CORDON_TLP_RED; tlp++)
    gtk_string_list_append (labels, cordon_tlp_to_label (tlp));

  return G_LIST_MODEL (labels);
}

static void
update_response (CordonFactDialog *self)
{
  g_autofree char *value = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->value_row))));

  /* Filling the form in happens before the responses exist */
  if (!adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (self), "save"))
    return;

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", value[0] != '\0');
}

/* Adds or updates the fact as entered */
static gboolean
apply_fact (AdwMessageDialog  *dialog,
            gpointer           user_data,
            GError           **error)
{
  CordonFactDialog *self = CORDON_FACT_DIALOG (dialog);
  g_autoptr(CordonFact) fact = cordon_fact_new ();
  g_autofree char *value = NULL;
  g_autofree char *source = NULL;

  value = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->value_row))));
  source = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->source_row))));

  /* Work on a copy, so that a refused edit leaves the listed fact as it is */
  if (self->fact != NULL)
    {
      cordon_fact_set_id (fact, cordon_fact_get_id (self->fact));
      cordon_fact_set_incident_id (fact, cordon_fact_get_incident_id (self->fact));
      cordon_fact_set_added (fact, cordon_fact_get_added (self->fact));
    }
  cordon_fact_set_kind (fact, adw_combo_row_get_selected (self->kind_row));
  cordon_fact_set_value (fact, value);
  cordon_fact_set_source (fact, source);
  cordon_fact_set_tlp (fact, adw_combo_row_get_selected (self->tlp_row));
  cordon_fact_set_is_ioc (fact, gtk_switch_get_active (self->ioc_switch));

  if (self->fact != NULL)
    return cordon_workspace_update_fact (self->workspace, fact, error);

  return cordon_workspace_add_fact (self->workspace, self->incident, fact, error);
}

static void
cordon_fact_dialog_dispose (GObject *object)
{
  CordonFactDialog *self = CORDON_FACT_DIALOG (object);

  g_clear_object (&self->workspace);
  g_clear_object (&self->incident);
  g_clear_object (&self->fact);

  G_OBJECT_CLASS (cordon_fact_dialog_parent_class)->dispose (object);
}

static void
cordon_fact_dialog_class_init (CordonFactDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cordon_fact_dialog_dispose;
}

static void
cordon_fact_dialog_init (CordonFactDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *list = gtk_list_box_new ();
  g_autoptr(GListModel) kinds = fact_kind_labels ();
  g_autoptr(GListModel) tlps = tlp_labels ();
  GtkWidget *ioc_row;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  self->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _("Kind"));
  adw_combo_row_set_model (self->kind_row, kinds);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->kind_row));

  self->value_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->value_row), _("Value"));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->value_row));

  self->source_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->source_row), _("Source"));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->source_row));

  self->tlp_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->tlp_row), _("TLP"));
  adw_combo_row_set_model (self->tlp_row, tlps);
  adw_combo_row_set_selected (self->tlp_row, CORDON_TLP_AMBER);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->tlp_row));

  ioc_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (ioc_row), _("Indicator of Compromise"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (ioc_row), _("Shared with partners when indicators are exported"));
  self->ioc_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->ioc_switch), GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (ioc_row), GTK_WIDGET (self->ioc_switch));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (ioc_row), GTK_WIDGET (self->ioc_switch));
  gtk_list_box_append (GTK_LIST_BOX (list), ioc_row);

  gtk_box_append (GTK_BOX (box), list);


  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);

  g_signal_connect_object (self->value_row, "changed", G_CALLBACK (update_response), self, G_CONNECT_SWAPPED);
}

/**
 * cordon_fact_dialog_present:
 * @parent: a widget of the window to show the dialog over
 * @fact: (nullable): the fact to edit, or %NULL to add one to @incident
 *
 * Returns: (transfer none): the dialog, already shown
 */
CordonFactDialog *
cordon_fact_dialog_present (GtkWidget       *parent,
                            CordonWorkspace *workspace,
                            CordonIncident  *incident,
                            CordonFact      *fact)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  CordonFactDialog *self;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);
  g_return_val_if_fail (fact == NULL || CORDON_IS_FACT (fact), NULL);

  self = g_object_new (CORDON_TYPE_FACT_DIALOG,
                       "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                       "modal", TRUE,
                       "heading", fact != NULL ? _("Edit Fact") : _("Add Fact"),
                       "body", _("Something the team knows: a victim, a host, an address, a log line, a hash."),
                       "default-response", "save",
                       "close-response", "cancel",
                       NULL);
  self->workspace = g_object_ref (workspace);
  self->incident = g_object_ref (incident);

  if (fact != NULL)
    {
      self->fact = g_object_ref (fact);
      cordon_fact_dialog_set_fields (self, cordon_fact_get_kind (fact), cordon_fact_get_value (fact),
                                     cordon_fact_get_source (fact), cordon_fact_get_tlp (fact),
                                     cordon_fact_get_is_ioc (fact));
    }
  else
    {
      adw_combo_row_set_selected (self->tlp_row, cordon_incident_get_tlp (incident));
    }

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "save", fact != NULL ? _("_Save") : _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "save", ADW_RESPONSE_SUGGESTED);
  update_response (self);
  cordon_form_attach (ADW_MESSAGE_DIALOG (self), parent, apply_fact, NULL, NULL);

  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->value_row));

  return self;
}

/**
 * cordon_fact_dialog_set_fields:
 *
 * Fills the form in, as the user would.
 */
void
cordon_fact_dialog_set_fields (CordonFactDialog *self,
                               CordonFactKind    kind,
                               const char       *value,
                               const char       *source,
                               CordonTlp         tlp,
                               gboolean          is_ioc)
{
  g_return_if_fail (CORDON_IS_FACT_DIALOG (self));

  adw_combo_row_set_selected (self->kind_row, kind);
  gtk_editable_set_text (GTK_EDITABLE (self->value_row), value != NULL ? value : "");
  gtk_editable_set_text (GTK_EDITABLE (self->source_row), source != NULL ? source : "");
  adw_combo_row_set_selected (self->tlp_row, tlp);
  gtk_switch_set_active (self->ioc_switch, is_ioc);
}
