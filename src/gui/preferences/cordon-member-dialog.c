/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-member-dialog.c: adds a member to a group or edits one. Save
 * checks the fields first and marks each wrong one on its row: the name
 * is required, an email address needs an "@", and a group has at most one
 * primary contact. Only then is the member written to the workspace.
 */

#define G_LOG_DOMAIN "cordon-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-member-dialog.h"

#include "cordon-preferences-helpers.h"

struct _CordonMemberDialog
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwWindowTitle  *window_title;
  AdwEntryRow     *name_row;
  AdwEntryRow     *role_row;
  AdwEntryRow     *email_row;
  AdwEntryRow     *phone_row;
  AdwEntryRow     *hours_row;
  AdwComboRow     *priority_row;
  GtkLabel        *error_label;

  /* Owned references */
  CordonWorkspace *workspace;
  CordonGroup     *group;
  CordonMember    *member;    /* the stored member being edited, or NULL */
};

G_DEFINE_FINAL_TYPE (CordonMemberDialog, cordon_member_dialog, ADW_TYPE_WINDOW)

static char *
get_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* Returns: (transfer full) (nullable): the other member of the group who
 * is its primary contact */
static CordonMember *
find_other_primary (CordonMemberDialog  *self,
                    GError             **error)
{
  g_autoptr(GListModel) members = cordon_workspace_list_members (self->workspace, self->group, error);
  gint64 own_id = self->member != NULL ? cordon_member_get_id (self->member) : 0;

  if (members == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(CordonMember) other = g_list_model_get_item (members, i);

      if (cordon_member_get_id (other) != own_id &&
          cordon_member_get_priority (other) == CORDON_CONTACT_PRIORITY_PRIMARY)
        return g_steal_pointer (&other);
    }

  return NULL;
}

static void
show_error (CordonMemberDialog *self,
            const char         *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/**
 * cordon_member_dialog_save:
 *
 * Checks the fields and stores the member; closes the dialog when it was
 * stored.
 *
 * Returns: whether the member was stored
 */
gboolean
cordon_member_dialog_save (CordonMemberDialog *self)
{
  g_autofree char *name = get_text (self->name_row);
  g_autofree char *role = get_text (self->role_row);
  g_autofree char *email = get_text (self->email_row);
  g_autofree char *phone = get_text (self->phone_row);
  g_autofree char *hours = get_text (self->hours_row);
  CordonContactPriority priority = adw_combo_row_get_selected (self->priority_row);
  g_autoptr(CordonMember) member = NULL;
  g_autoptr(GError) error = NULL;
  gboolean valid = TRUE;

  g_return_val_if_fail (CORDON_IS_MEMBER_DIALOG (self), FALSE);

  show_error (self, NULL);

  if (*name == '\0')
    {
      cordon_row_set_error (ADW_PREFERENCES_ROW (self->name_row), _("The name must not be empty"));
      valid = FALSE;
    }

  if (*email != '\0' && strchr (email, '@') == NULL)
    {
      cordon_row_set_error (ADW_PREFERENCES_ROW (self->email_row), _("An email address needs an “@”"));
      valid = FALSE;
    }

  if (priority == CORDON_CONTACT_PRIORITY_PRIMARY)
    {
      g_autoptr(CordonMember) other = find_other_primary (self, &error);

      if (other != NULL)
        {
          g_autofree char *message = NULL;

          /* Translators: %s is a person's name */
          message = g_strdup_printf (_("%s is already the primary contact of this group; make them secondary first"),
                                     cordon_member_get_name (other));
          cordon_row_set_error (ADW_PREFERENCES_ROW (self->priority_row), message);
          valid = FALSE;
        }
      else if (error != NULL)
        {
          show_error (self, error->message);
          return FALSE;
        }
    }

  if (!valid)
    return FALSE;

  member = self->member != NULL ? cordon_member_copy (self->member) : cordon_member_new ();
  cordon_member_set_name (member, name);
  cordon_member_set_role (member, role);
  cordon_member_set_email (member, email);
  cordon_member_set_phone (member, phone);
  cordon_member_set_hours (member, hours);
  cordon_member_set_priority (member, priority);

  if (self->member != NULL ? !cordon_workspace_update_member (self->workspace, member, &error)
                           : !cordon_workspace_add_member (self->workspace, self->group, member, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  gtk_window_close (GTK_WINDOW (self));

  return TRUE;
}

static void
on_save_clicked (CordonMemberDialog *self)
{
  cordon_member_dialog_save (self);
}

static void
clear_row_error (AdwPreferencesRow *row)
{
  cordon_row_set_error (row, NULL);
}

static void
cordon_member_dialog_dispose (GObject *object)
{
  CordonMemberDialog *self = CORDON_MEMBER_DIALOG (object);

  g_clear_object (&self->workspace);
  g_clear_object (&self->group);
  g_clear_object (&self->member);

  G_OBJECT_CLASS (cordon_member_dialog_parent_class)->dispose (object);
}

static void
cordon_member_dialog_class_init (CordonMemberDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cordon_member_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/preferences/cordon-member-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CordonMemberDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CordonMemberDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, CordonMemberDialog, role_row);
  gtk_widget_class_bind_template_child (widget_class, CordonMemberDialog, email_row);
  gtk_widget_class_bind_template_child (widget_class, CordonMemberDialog, phone_row);
  gtk_widget_class_bind_template_child (widget_class, CordonMemberDialog, hours_row);
  gtk_widget_class_bind_template_child (widget_class, CordonMemberDialog, priority_row);
  gtk_widget_class_bind_template_child (widget_class, CordonMemberDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cordon_member_dialog_init (CordonMemberDialog *self)
{
  g_autoptr(GtkStringList) priorities = gtk_string_list_new (NULL);
  AdwEntryRow *rows[5];

  gtk_widget_init_template (GTK_WIDGET (self));

  /* In the order of CordonContactPriority */
  for (CordonContactPriority p = CORDON_CONTACT_PRIORITY_NONE; p <= CORDON_CONTACT_PRIORITY_SECONDARY; p++)
    gtk_string_list_append (priorities, cordon_contact_priority_to_label (p));
  adw_combo_row_set_model (self->priority_row, G_LIST_MODEL (priorities));

  rows[0] = self->name_row;
  rows[1] = self->role_row;
  rows[2] = self->email_row;
  rows[3] = self->phone_row;
  rows[4] = self->hours_row;
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_signal_connect (rows[i], "changed", G_CALLBACK (clear_row_error), NULL);
  g_signal_connect (self->priority_row, "notify::selected", G_CALLBACK (clear_row_error), NULL);
}

/**
 * cordon_member_dialog_new:
 * @group: the group the member belongs to
 * @member: (nullable): the stored member to edit, or %NULL to add one
 *
 * Returns: (transfer full): a new dialog
 */
CordonMemberDialog *
cordon_member_dialog_new (CordonWorkspace *workspace,
                          CordonGroup     *group,
                          CordonMember    *member)
{
  CordonMemberDialog *self;
  g_autofree char *subtitle = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (CORDON_IS_GROUP (group), NULL);
  g_return_val_if_fail (member == NULL || CORDON_IS_MEMBER (member), NULL);

  self = g_object_new (CORDON_TYPE_MEMBER_DIALOG, NULL);
  self->workspace = g_object_ref (workspace);
  self->group = g_object_ref (group);
  self->member = member != NULL ? g_object_ref (member) : NULL;

  adw_window_title_set_title (self->window_title, member != NULL ? _("Edit Member") : _("Add Member"));
  adw_window_title_set_subtitle (self->window_title, cordon_group_get_name (group));
  gtk_window_set_title (GTK_WINDOW (self), member != NULL ? _("Edit Member") : _("Add Member"));

  if (member != NULL)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->name_row), cordon_member_get_name (member));
      gtk_editable_set_text (GTK_EDITABLE (self->role_row), cordon_member_get_role (member));
      gtk_editable_set_text (GTK_EDITABLE (self->email_row), cordon_member_get_email (member));
      gtk_editable_set_text (GTK_EDITABLE (self->phone_row), cordon_member_get_phone (member));
      gtk_editable_set_text (GTK_EDITABLE (self->hours_row), cordon_member_get_hours (member));
      adw_combo_row_set_selected (self->priority_row, cordon_member_get_priority (member));
    }

  return self;
}
