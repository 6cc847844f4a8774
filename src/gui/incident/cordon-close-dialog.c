/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-close-dialog.c: Close… in the incident page's menu. A false
 * alarm or what turned out not to be an incident ends here from any
 * phase; a duplicate names the incident it repeats and is merged into it
 * (its new facts and a note of its journal go there); resolved is the
 * lifecycle's end, after lessons learned. Each needs a reason.
 */

#define G_LOG_DOMAIN "cordon-close-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-close-dialog.h"
#include "cordon-form.h"

struct _CordonCloseDialog
{
  AdwMessageDialog  parent_instance;

  AdwComboRow      *closure_row;
  AdwEntryRow      *duplicate_row;
  AdwEntryRow      *reason_row;

  CordonWorkspace  *workspace;
  CordonIncident   *incident;
  char             *author;
};

G_DEFINE_FINAL_TYPE (CordonCloseDialog, cordon_close_dialog, ADW_TYPE_MESSAGE_DIALOG)

static char *
stripped (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
update_response (CordonCloseDialog *self)
{
  g_autofree char *reason = stripped (self->reason_row);
  g_autofree char *duplicate_of = stripped (self->duplicate_row);
  gboolean duplicate = adw_combo_row_get_selected (self->closure_row) == CORDON_CLOSURE_DUPLICATE;

  gtk_widget_set_visible (GTK_WIDGET (self->duplicate_row), duplicate);

  if (!adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (self), "close-incident"))
    return;

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "close-incident",
                                           reason[0] != '\0' && (!duplicate || duplicate_of[0] != '\0'));
}

static gboolean
apply_close (AdwMessageDialog  *dialog,
             gpointer           user_data,
             GError           **error)
{
  CordonCloseDialog *self = CORDON_CLOSE_DIALOG (dialog);
  CordonClosure closure = adw_combo_row_get_selected (self->closure_row);
  g_autofree char *reason = stripped (self->reason_row);
  g_autofree char *typed = NULL;
  g_autofree char *duplicate_of = NULL;
  g_autoptr(CordonIncident) into = NULL;

  if (closure != CORDON_CLOSURE_DUPLICATE)
    return cordon_workspace_close_incident (self->workspace, self->incident, closure, reason, self->author, error);

  typed = stripped (self->duplicate_row);
  duplicate_of = g_ascii_strup (typed, -1);
  if (!(into = cordon_workspace_lookup_incident (self->workspace, duplicate_of, error)))
    return FALSE;

  return cordon_workspace_merge_incident (self->workspace, self->incident, into, reason, self->author, error);
}

static void
cordon_close_dialog_dispose (GObject *object)
{
  CordonCloseDialog *self = CORDON_CLOSE_DIALOG (object);

  g_clear_object (&self->workspace);
  g_clear_object (&self->incident);
  g_clear_pointer (&self->author, g_free);

  G_OBJECT_CLASS (cordon_close_dialog_parent_class)->dispose (object);
}

static void
cordon_close_dialog_class_init (CordonCloseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cordon_close_dialog_dispose;
}

static AdwEntryRow *
entry_row (GtkWidget  *list,
           const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  return ADW_ENTRY_ROW (row);
}

static void
cordon_close_dialog_init (CordonCloseDialog *self)
{
  GtkWidget *list = gtk_list_box_new ();
  g_autoptr(GtkStringList) closures = gtk_string_list_new (NULL);

  for (CordonClosure c = CORDON_CLOSURE_RESOLVED; c <= CORDON_CLOSURE_NOT_AN_INCIDENT; c++)
    gtk_string_list_append (closures, cordon_closure_to_label (c));

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  self->closure_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->closure_row), _("Closed As"));
  adw_combo_row_set_model (self->closure_row, G_LIST_MODEL (closures));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->closure_row));
  self->duplicate_row = entry_row (list, _("Duplicate of (key, e.g. INC-2026-0042)"));
  self->reason_row = entry_row (list, _("Reason, kept in the journal"));

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), list);

  g_signal_connect_object (self->closure_row, "notify::selected", G_CALLBACK (update_response), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->duplicate_row, "changed", G_CALLBACK (update_response), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->reason_row, "changed", G_CALLBACK (update_response), self, G_CONNECT_SWAPPED);
}

/**
 * cordon_close_dialog_present:
 * @parent: a widget of the window to show the dialog over
 * @author: who closes, for the journal
 *
 * Returns: (transfer none): the dialog, already shown
 */
CordonCloseDialog *
cordon_close_dialog_present (GtkWidget       *parent,
                             CordonWorkspace *workspace,
                             CordonIncident  *incident,
                             const char      *author)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  CordonCloseDialog *self;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);

  /* Translators: "Close INC-2026-0042?" */
  heading = g_strdup_printf (_("Close %s?"), cordon_incident_get_key (incident));

  self = g_object_new (CORDON_TYPE_CLOSE_DIALOG,
                       "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                       "modal", TRUE,
                       "heading", heading,
                       "body", _("A false positive, a duplicate or what is not an incident is closed at once and left out of "
                                 "the response times; a duplicate's new facts go to the incident it repeats. "
                                 "Resolved is the end of lessons learned."),
                       "default-response", "close-incident",
                       "close-response", "cancel",
                       NULL);
  self->workspace = g_object_ref (workspace);
  self->incident = g_object_ref (incident);
  self->author = g_strdup (author);

  /* Most incidents closed early are false alarms */
  adw_combo_row_set_selected (self->closure_row,
                              cordon_incident_get_phase (incident) == CORDON_PHASE_LESSONS_LEARNED
                                ? CORDON_CLOSURE_RESOLVED : CORDON_CLOSURE_FALSE_POSITIVE);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "close-incident", _("C_lose Incident"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "close-incident", ADW_RESPONSE_DESTRUCTIVE);
  update_response (self);
  cordon_form_attach (ADW_MESSAGE_DIALOG (self), parent, apply_close, NULL, NULL);

  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->reason_row));

  return self;
}

/**
 * cordon_close_dialog_set_fields:
 * @duplicate_of: (nullable): the key of the incident a duplicate repeats
 *
 * Fills the form in, as the user would.
 */
void
cordon_close_dialog_set_fields (CordonCloseDialog *self,
                                CordonClosure      closure,
                                const char        *duplicate_of,
                                const char        *reason)
{
  g_return_if_fail (CORDON_IS_CLOSE_DIALOG (self));

  adw_combo_row_set_selected (self->closure_row, closure);
  gtk_editable_set_text (GTK_EDITABLE (self->duplicate_row), duplicate_of != NULL ? duplicate_of : "");
  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), reason != NULL ? reason : "");
}
