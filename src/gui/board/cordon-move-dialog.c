/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-move-dialog.c: moving an incident to another phase from the
 * window. Every move needs a reason, which the journal keeps; leaving
 * analysis is the decision between containment and recovery, and the
 * dialog says so. A move the lifecycle refuses is explained instead of
 * asked for.
 */

#define G_LOG_DOMAIN "cordon-move-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-lifecycle.h"
#include "cordon-identity.h"
#include "cordon-move-dialog.h"
#include "cordon-form.h"

struct _CordonMoveDialog
{
  AdwMessageDialog  parent_instance;

  GtkEntry         *reason_entry;

  CordonWorkspace  *workspace;
  CordonIncident   *incident;
  CordonPhase       target;
};

G_DEFINE_FINAL_TYPE (CordonMoveDialog, cordon_move_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
update_response (CordonMoveDialog *self)
{
  const char *reason = gtk_editable_get_text (GTK_EDITABLE (self->reason_entry));
  g_autofree char *stripped = g_strstrip (g_strdup (reason));

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "move", stripped[0] != '\0');
}

/* Moves the incident with the reason entered */
static gboolean
apply_move (AdwMessageDialog  *dialog,
            gpointer           user_data,
            GError           **error)
{
  CordonMoveDialog *self = CORDON_MOVE_DIALOG (dialog);
  const char *reason = gtk_editable_get_text (GTK_EDITABLE (self->reason_entry));

  return cordon_workspace_move_incident (self->workspace, self->incident, self->target, reason,
                                         cordon_default_author (), error);
}

static void
cordon_move_dialog_dispose (GObject *object)
{
  CordonMoveDialog *self = CORDON_MOVE_DIALOG (object);

  g_clear_object (&self->workspace);
  g_clear_object (&self->incident);

  G_OBJECT_CLASS (cordon_move_dialog_parent_class)->dispose (object);
}

static void
cordon_move_dialog_class_init (CordonMoveDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cordon_move_dialog_dispose;
}

static void
cordon_move_dialog_init (CordonMoveDialog *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  self->reason_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->reason_entry, _("Reason, kept in the journal"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->reason_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Reason"),
                                  -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->reason_entry));


  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), box);

  g_signal_connect_object (self->reason_entry, "changed", G_CALLBACK (update_response), self, G_CONNECT_SWAPPED);
}

static const char *
describe_move (CordonPhase from,
               CordonPhase to)
{
  if (from == CORDON_PHASE_ANALYSIS && to == CORDON_PHASE_CONTAINMENT)
    return _("This records the decision to contain the incident before recovery.");
  if (from == CORDON_PHASE_ANALYSIS && to == CORDON_PHASE_RECOVERY)
    return _("This records the decision to go straight to recovery, without containment.");
  if (!cordon_lifecycle_is_forward (from, to))
    return _("The incident goes back to an earlier phase; say what calls for it.");

  return _("Say why the incident moves on; the journal keeps the reason.");
}

/**
 * cordon_move_dialog_present:
 * @parent: a widget of the window to show the dialog over
 *
 * Asks for the reason of a move and makes it. A move the lifecycle does
 * not allow opens a dialog that explains why instead, and returns %NULL.
 *
 * Returns: (transfer none) (nullable): the dialog
 */
CordonMoveDialog *
cordon_move_dialog_present (GtkWidget       *parent,
                            CordonWorkspace *workspace,
                            CordonIncident  *incident,
                            CordonPhase      target)
{
  GtkRoot *root = gtk_widget_get_root (parent);
  CordonPhase from = cordon_incident_get_phase (incident);
  g_autoptr(GError) error = NULL;
  CordonMoveDialog *self;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);

  if (from == target)
    return NULL;

  if (!cordon_lifecycle_check (from, target, "-", &error))
    {
      GtkWidget *refusal;

      refusal = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        _("This Move Is Not Possible"), error->message);
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (refusal), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (refusal));
      return NULL;
    }

  /* Translators: "Move INC-2026-0042 to Containment?" */
  heading = g_strdup_printf (_("Move %s to %s?"), cordon_incident_get_key (incident), cordon_phase_to_label (target));

  self = g_object_new (CORDON_TYPE_MOVE_DIALOG,
                       "transient-for", GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                       "modal", TRUE,
                       "heading", heading,
                       "body", describe_move (from, target),
                       "default-response", "move",
                       "close-response", "cancel",
                       NULL);
  self->workspace = g_object_ref (workspace);
  self->incident = g_object_ref (incident);
  self->target = target;

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "move", _("_Move"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "move", ADW_RESPONSE_SUGGESTED);
  update_response (self);
  cordon_form_attach (ADW_MESSAGE_DIALOG (self), parent, apply_move, NULL, NULL);

  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->reason_entry));

  return self;
}

void
cordon_move_dialog_set_reason (CordonMoveDialog *self,
                               const char       *reason)
{
  g_return_if_fail (CORDON_IS_MOVE_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->reason_entry), reason);
}
