/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-form.c: the one shape every form dialog of Cordon has. A form is
 * an AdwMessageDialog whose default response makes a change:
 *
 *  - Enter in any entry is the default response, exactly as a click on
 *    its button: the change is made once and the dialog closes once;
 *  - Escape, the close button and every other response cancel: nothing
 *    is changed;
 *  - a change that fails keeps the dialog open with everything typed and
 *    says why inside it, so that nothing the user entered is lost;
 *  - when the dialog goes, the keyboard focus goes back to the screen that
 *    opened it, so that its shortcuts answer again.
 *
 * libadwaita 1.2 closes a message dialog before it emits ::response; the
 * form holds that close back until it knows whether the change was made.
 */

#define G_LOG_DOMAIN "cordon-form"

#include "config.h"

#include "cordon-form.h"

#define FORM_KEY "cordon-form"

typedef struct
{
  CordonFormApplyFunc  apply;
  gpointer             user_data;
  GDestroyNotify       destroy;
  GtkLabel            *error_label;   /* borrowed: inside the dialog */
  GtkWidget           *return_focus;  /* weak */
  gboolean             closing;
} Form;

static void
form_free (Form *form)
{
  if (form->destroy != NULL)
    form->destroy (form->user_data);
  g_clear_weak_pointer (&form->return_focus);
  g_free (form);
}

static Form *
form_of (AdwMessageDialog *dialog)
{
  return g_object_get_data (G_OBJECT (dialog), FORM_KEY);
}

/**
 * cordon_form_restore_focus:
 * @widget: the screen a dialog was opened from
 *
 * Gives @widget's window its keyboard focus back inside @widget when the
 * widget that had it went away, as it does when a dialog's change
 * rebuilds the rows it was opened from.
 */
void
cordon_form_restore_focus (GtkWidget *widget)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  root = gtk_widget_get_root (widget);
  if (root == NULL || !gtk_widget_get_mapped (widget))
    return;

  focus = gtk_root_get_focus (root);
  if (focus != NULL && gtk_widget_get_mapped (focus) && gtk_widget_is_ancestor (focus, widget))
    return;

  if (!gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD))
    gtk_widget_grab_focus (widget);
}

static void
close_form (AdwMessageDialog *dialog,
            Form             *form)
{
  GtkWidget *return_focus = form->return_focus != NULL ? g_object_ref (form->return_focus) : NULL;

  form->closing = TRUE;
  /* Inside the close that Escape started this does nothing, and that
   * close goes on; after a button's click it closes the dialog. */
  gtk_window_close (GTK_WINDOW (dialog));

  if (return_focus != NULL)
    {
      cordon_form_restore_focus (return_focus);
      g_object_unref (return_focus);
    }
}

static void
on_response (AdwMessageDialog *dialog,
             const char       *response,
             Form             *form)
{
  g_autoptr(GError) error = NULL;

  if (form->closing)
    return;

  if (g_strcmp0 (response, adw_message_dialog_get_default_response (dialog)) == 0)
    {
      if (!adw_message_dialog_get_response_enabled (dialog, response))
        return;

      if (!form->apply (dialog, form->user_data, &error))
        {
          cordon_form_show_error (dialog, error);
          return;
        }
    }

  close_form (dialog, form);
}

static gboolean
on_close_request (AdwMessageDialog *dialog,
                  Form             *form)
{
  /* Only a response decides; a close with nothing decided is held */
  return !form->closing;
}

static void
activate_default_in (GtkWidget *widget)
{
  if (ADW_IS_ENTRY_ROW (widget))
    {
      /* An entry row with an apply button applies itself on Enter */
      if (!adw_entry_row_get_show_apply_button (ADW_ENTRY_ROW (widget)))
        adw_entry_row_set_activates_default (ADW_ENTRY_ROW (widget), TRUE);
      return;
    }

  if (GTK_IS_ENTRY (widget))
    {
      gtk_entry_set_activates_default (GTK_ENTRY (widget), TRUE);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    activate_default_in (child);
}

/**
 * cordon_form_attach:
 * @dialog: a message dialog with its responses, default response and
 *   extra child already set
 * @return_focus: (nullable): the screen the dialog was opened from
 * @apply: makes the change when the default response is chosen
 *
 * Gives @dialog the form's shape (see the top of this file). @user_data
 * lives as long as the dialog.
 */
void
cordon_form_attach (AdwMessageDialog    *dialog,
                    GtkWidget           *return_focus,
                    CordonFormApplyFunc  apply,
                    gpointer             user_data,
                    GDestroyNotify       destroy)
{
  Form *form;
  GtkWidget *box;
  GtkWidget *extra;

  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));
  g_return_if_fail (form_of (dialog) == NULL);
  g_return_if_fail (adw_message_dialog_get_default_response (dialog) != NULL);
  g_return_if_fail (apply != NULL);

  form = g_new0 (Form, 1);
  form->apply = apply;
  form->user_data = user_data;
  form->destroy = destroy;
  g_set_weak_pointer (&form->return_focus, return_focus);
  g_object_set_data_full (G_OBJECT (dialog), FORM_KEY, form, (GDestroyNotify) form_free);

  /* The error goes under the fields */
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  extra = adw_message_dialog_get_extra_child (dialog);
  if (extra != NULL)
    {
      g_object_ref (extra);
      adw_message_dialog_set_extra_child (dialog, NULL);
      gtk_box_append (GTK_BOX (box), extra);
      activate_default_in (extra);
      g_object_unref (extra);
    }

  form->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (form->error_label, TRUE);
  gtk_label_set_xalign (form->error_label, 0);
  gtk_widget_add_css_class (GTK_WIDGET (form->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (form->error_label), FALSE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->error_label));
  adw_message_dialog_set_extra_child (dialog, box);

  if (adw_message_dialog_get_close_response (dialog) == NULL ||
      g_strcmp0 (adw_message_dialog_get_close_response (dialog),
                 adw_message_dialog_get_default_response (dialog)) == 0)
    adw_message_dialog_set_close_response (dialog, "cancel");

  g_signal_connect (dialog, "response", G_CALLBACK (on_response), form);
  g_signal_connect_after (dialog, "close-request", G_CALLBACK (on_close_request), form);
}

/**
 * cordon_form_show_error:
 *
 * Says in the dialog why its change was not made.
 */
void
cordon_form_show_error (AdwMessageDialog *dialog,
                        const GError     *error)
{
  Form *form;

  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));
  g_return_if_fail (error != NULL);

  form = form_of (dialog);
  g_return_if_fail (form != NULL);

  gtk_label_set_text (form->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (form->error_label), TRUE);
}

/**
 * cordon_form_get_error:
 *
 * Returns: (nullable): the error the dialog shows, or %NULL
 */
const char *
cordon_form_get_error (AdwMessageDialog *dialog)
{
  Form *form;

  g_return_val_if_fail (ADW_IS_MESSAGE_DIALOG (dialog), NULL);

  form = form_of (dialog);
  g_return_val_if_fail (form != NULL, NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (form->error_label)))
    return NULL;

  return gtk_label_get_text (form->error_label);
}
