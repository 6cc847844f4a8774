/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-group-row.c: one group, as an expander row. Collapsed, it shows
 * the group's name and its primary contact; expanded, the name and the
 * description (each saved when applied), the members, the communication
 * protocols, and a way to remove the group. Members and protocols are
 * edited in their own dialogs; removing one offers Undo.
 *
 * The member and protocol rows are built again from the workspace when
 * what they show has changed; the name and description rows stay, so an
 * edit in progress is not lost when something else changes.
 */

#define G_LOG_DOMAIN "cordon-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-group-row.h"

#include "cordon-member-dialog.h"
#include "cordon-preferences-helpers.h"
#include "cordon-preferences-window.h"
#include "cordon-protocol-dialog.h"

struct _CordonGroupRow
{
  AdwExpanderRow   parent_instance;

  /* Template widgets */
  AdwEntryRow     *name_row;
  AdwEntryRow     *description_row;

  /* Owned references */
  CordonWorkspace *workspace;
  CordonGroup     *group;
  GtkWidget       *add_member_row;
  GtkWidget       *add_protocol_row;
  GtkWidget       *remove_row;
  GPtrArray       *dynamic_rows;   /* rows after the description */
  char            *signature;
};

G_DEFINE_FINAL_TYPE (CordonGroupRow, cordon_group_row, ADW_TYPE_EXPANDER_ROW)

static const char *
channel_icon (CordonChannel channel)
{
  switch (channel)
    {
    case CORDON_CHANNEL_EMAIL:
      return "mail-unread-symbolic";
    case CORDON_CHANNEL_PHONE:
      return "call-start-symbolic";
    case CORDON_CHANNEL_SMS:
      return "chat-message-new-symbolic";
    case CORDON_CHANNEL_TICKET:
      return "view-list-bullet-symbolic";
    case CORDON_CHANNEL_REPORT:
      return "x-office-document-symbolic";
    case CORDON_CHANNEL_ENCRYPTED_LINE:
      return "channel-secure-symbolic";
    default:
      return "mail-send-symbolic";
    }
}

static void
present_dialog (CordonGroupRow *self,
                GtkWindow      *dialog)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (dialog, GTK_WINDOW (root));
  gtk_window_present (dialog);
}

/* Name and description ------------------------------------------------ */

static gboolean
save_group (CordonGroupRow *self,
            AdwEntryRow    *row,
            const char     *name,
            const char     *description)
{
  g_autoptr(CordonGroup) copy = cordon_group_copy (self->group);
  g_autoptr(GError) error = NULL;

  if (name != NULL)
    cordon_group_set_name (copy, name);
  if (description != NULL)
    cordon_group_set_description (copy, description);

  if (!cordon_workspace_update_group (self->workspace, copy, &error))
    {
      cordon_row_set_error (ADW_PREFERENCES_ROW (row), error->message);
      return FALSE;
    }

  cordon_row_set_error (ADW_PREFERENCES_ROW (row), NULL);
  return TRUE;
}

static void
on_name_apply (CordonGroupRow *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

  if (*name == '\0')
    {
      cordon_row_set_error (ADW_PREFERENCES_ROW (self->name_row), _("The name must not be empty"));
      return;
    }

  save_group (self, self->name_row, name, NULL);
}

static void
on_description_apply (CordonGroupRow *self)
{
  g_autofree char *description = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->description_row))));

  save_group (self, self->description_row, NULL, description);
}

static void
on_entry_changed (AdwEntryRow *row,
                  gpointer     user_data)
{
  cordon_row_set_error (ADW_PREFERENCES_ROW (row), NULL);
}

/* Members ------------------------------------------------------------- */

typedef struct
{
  CordonWorkspace *workspace;
  CordonGroup     *group;
  GObject         *object;   /* CordonMember or CordonProtocol */
} UndoData;

static void
undo_data_free (gpointer data)
{
  UndoData *undo = data;

  g_clear_object (&undo->workspace);
  g_clear_object (&undo->group);
  g_clear_object (&undo->object);
  g_free (undo);
}

static UndoData *
undo_data_new (CordonGroupRow *self,
               GObject        *object)
{
  UndoData *undo = g_new0 (UndoData, 1);

  undo->workspace = g_object_ref (self->workspace);
  undo->group = g_object_ref (self->group);
  undo->object = object;

  return undo;
}

static gboolean
undo_remove_member (gpointer   user_data,
                    GError   **error)
{
  UndoData *undo = user_data;
  g_autoptr(CordonMember) member = cordon_member_copy (CORDON_MEMBER (undo->object));

  cordon_member_set_id (member, 0);
  return cordon_workspace_add_member (undo->workspace, undo->group, member, error);
}

static gboolean
undo_remove_protocol (gpointer   user_data,
                      GError   **error)
{
  UndoData *undo = user_data;
  g_autoptr(CordonProtocol) protocol = cordon_protocol_copy (CORDON_PROTOCOL (undo->object));

  cordon_protocol_set_id (protocol, 0);
  return cordon_workspace_add_protocol (undo->workspace, undo->group, protocol, error);
}

static void
show_message (CordonGroupRow *self,
              const char     *message)
{
  CordonPreferencesWindow *window = cordon_preferences_window_from_widget (GTK_WIDGET (self));

  if (window != NULL)
    cordon_preferences_window_show_message (window, message);
  else
    g_warning ("%s", message);
}

static void
on_member_edit (GtkWidget      *button,
                CordonGroupRow *self)
{
  CordonMember *member = g_object_get_data (G_OBJECT (button), "cordon-member");

  present_dialog (self, GTK_WINDOW (cordon_member_dialog_new (self->workspace, self->group, member)));
}

static void
on_member_remove (GtkWidget      *button,
                  CordonGroupRow *self)
{
  g_autoptr(CordonGroupRow) hold = g_object_ref (self);
  g_autoptr(CordonMember) member = g_object_ref (g_object_get_data (G_OBJECT (button), "cordon-member"));
  CordonPreferencesWindow *window = cordon_preferences_window_from_widget (GTK_WIDGET (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (!cordon_workspace_remove_member (self->workspace, member, &error))
    {
      show_message (self, error->message);
      return;
    }

  if (window == NULL)
    return;

  /* Translators: %s is a person's name */
  title = g_strdup_printf (_("%s removed"), cordon_member_get_name (member));
  cordon_preferences_window_show_undo_toast (window, title, undo_remove_member,
                                             undo_data_new (self, G_OBJECT (g_steal_pointer (&member))),
                                             undo_data_free);
}

static void
on_add_member (CordonGroupRow *self)
{
  present_dialog (self, GTK_WINDOW (cordon_member_dialog_new (self->workspace, self->group, NULL)));
}

/* Protocols ----------------------------------------------------------- */

static void
on_protocol_edit (GtkWidget      *button,
                  CordonGroupRow *self)
{
  CordonProtocol *protocol = g_object_get_data (G_OBJECT (button), "cordon-protocol");

  present_dialog (self, GTK_WINDOW (cordon_protocol_dialog_new (self->workspace, self->group, protocol)));
}

static void
on_protocol_remove (GtkWidget      *button,
                    CordonGroupRow *self)
{
  g_autoptr(CordonGroupRow) hold = g_object_ref (self);
  g_autoptr(CordonProtocol) protocol = g_object_ref (g_object_get_data (G_OBJECT (button), "cordon-protocol"));
  CordonPreferencesWindow *window = cordon_preferences_window_from_widget (GTK_WIDGET (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (!cordon_workspace_remove_protocol (self->workspace, protocol, &error))
    {
      show_message (self, error->message);
      return;
    }

  if (window == NULL)
    return;

  /* Translators: %s is a channel, such as “Email” */
  title = g_strdup_printf (_("%s protocol removed"), cordon_channel_to_label (cordon_protocol_get_channel (protocol)));
  cordon_preferences_window_show_undo_toast (window, title, undo_remove_protocol,
                                             undo_data_new (self, G_OBJECT (g_steal_pointer (&protocol))),
                                             undo_data_free);
}

static void
on_add_protocol (CordonGroupRow *self)
{
  present_dialog (self, GTK_WINDOW (cordon_protocol_dialog_new (self->workspace, self->group, NULL)));
}

/* The group ----------------------------------------------------------- */

typedef struct
{
  CordonWorkspace *workspace;
  CordonGroup     *group;
  GListModel      *members;
  GListModel      *protocols;
} GroupUndo;

static void
group_undo_free (gpointer data)
{
  GroupUndo *undo = data;

  g_clear_object (&undo->workspace);
  g_clear_object (&undo->group);
  g_clear_object (&undo->members);
  g_clear_object (&undo->protocols);
  g_free (undo);
}

static gboolean
undo_remove_group (gpointer   user_data,
                   GError   **error)
{
  GroupUndo *undo = user_data;
  g_autoptr(CordonGroup) group = cordon_group_copy (undo->group);

  cordon_group_set_id (group, 0);
  if (!cordon_workspace_create_group (undo->workspace, group, error))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (undo->members); i++)
    {
      g_autoptr(CordonMember) stored = g_list_model_get_item (undo->members, i);
      g_autoptr(CordonMember) member = cordon_member_copy (stored);

      cordon_member_set_id (member, 0);
      if (!cordon_workspace_add_member (undo->workspace, group, member, error))
        return FALSE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (undo->protocols); i++)
    {
      g_autoptr(CordonProtocol) stored = g_list_model_get_item (undo->protocols, i);
      g_autoptr(CordonProtocol) protocol = cordon_protocol_copy (stored);

      cordon_protocol_set_id (protocol, 0);
      if (!cordon_workspace_add_protocol (undo->workspace, group, protocol, error))
        return FALSE;
    }

  return TRUE;
}

static void
on_remove_group (CordonGroupRow *self)
{
  g_autoptr(CordonGroupRow) hold = g_object_ref (self);
  CordonPreferencesWindow *window = cordon_preferences_window_from_widget (GTK_WIDGET (self));
  g_autoptr(CordonGroup) group = g_object_ref (self->group);
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GListModel) protocols = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  GroupUndo *undo;

  if (!(members = cordon_workspace_list_members (self->workspace, group, &error)) ||
      !(protocols = cordon_workspace_list_protocols (self->workspace, group, &error)) ||
      !cordon_workspace_remove_group (self->workspace, group, &error))
    {
      cordon_row_set_error (ADW_PREFERENCES_ROW (self->remove_row), error->message);
      return;
    }

  if (window == NULL)
    return;

  undo = g_new0 (GroupUndo, 1);
  undo->workspace = g_object_ref (self->workspace);
  undo->group = g_steal_pointer (&group);
  undo->members = g_steal_pointer (&members);
  undo->protocols = g_steal_pointer (&protocols);

  /* Translators: %s is the name of a group */
  title = g_strdup_printf (_("“%s” removed"), cordon_group_get_name (undo->group));
  cordon_preferences_window_show_undo_toast (window, title, undo_remove_group, undo, group_undo_free);
}

/* Building ------------------------------------------------------------ */

static GtkWidget *
icon_button (const char *icon_name,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);

  return button;
}

static GtkWidget *
new_item_row (CordonGroupRow *self,
              const char     *icon_name,
              const char     *title,
              const char     *subtitle,
              GObject        *object,
              const char     *key,
              const char     *edit_tooltip,
              const char     *remove_tooltip,
              GCallback       on_edit,
              GCallback       on_remove)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *edit = icon_button ("document-edit-symbolic", edit_tooltip);
  GtkWidget *remove = icon_button ("user-trash-symbolic", remove_tooltip);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  g_object_set_data_full (G_OBJECT (edit), key, g_object_ref (object), g_object_unref);
  g_object_set_data_full (G_OBJECT (remove), key, g_object_ref (object), g_object_unref);
  g_signal_connect_object (edit, "clicked", on_edit, self, 0);
  g_signal_connect_object (remove, "clicked", on_remove, self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), edit);

  return row;
}

static char *
join_parts (const char * const *parts)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; parts[i] != (const char *) -1; i++)
    {
      if (parts[i] == NULL || *parts[i] == '\0')
        continue;
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, parts[i]);
    }

  return g_string_free (text, FALSE);
}

static GtkWidget *
new_member_row (CordonGroupRow *self,
                CordonMember   *member)
{
  CordonContactPriority priority = cordon_member_get_priority (member);
  const char *parts[] = {
    priority != CORDON_CONTACT_PRIORITY_NONE ? cordon_contact_priority_to_label (priority) : NULL,
    cordon_member_get_role (member),
    cordon_member_get_phone (member),
    cordon_member_get_email (member),
    cordon_member_get_hours (member),
    (const char *) -1,
  };
  g_autofree char *subtitle = join_parts (parts);
  g_autofree char *edit_tooltip = NULL;
  g_autofree char *remove_tooltip = NULL;

  /* Translators: %s is a person's name */
  edit_tooltip = g_strdup_printf (_("Edit %s"), cordon_member_get_name (member));
  /* Translators: %s is a person's name */
  remove_tooltip = g_strdup_printf (_("Remove %s"), cordon_member_get_name (member));

  return new_item_row (self,
                       priority == CORDON_CONTACT_PRIORITY_PRIMARY ? "starred-symbolic" : "avatar-default-symbolic",
                       cordon_member_get_name (member), subtitle,
                       G_OBJECT (member), "cordon-member",
                       edit_tooltip, remove_tooltip,
                       G_CALLBACK (on_member_edit), G_CALLBACK (on_member_remove));
}

static GtkWidget *
new_protocol_row (CordonGroupRow *self,
                  CordonProtocol *protocol)
{
  CordonChannel channel = cordon_protocol_get_channel (protocol);
  const char *title_parts[] = {
    cordon_channel_to_label (channel),
    cordon_protocol_get_address (protocol),
    (const char *) -1,
  };
  const char *parts[] = {
    cordon_protocol_get_contact (protocol),
    cordon_protocol_get_when (protocol),
    (const char *) -1,
  };
  g_autofree char *title = join_parts (title_parts);
  g_autofree char *subtitle = join_parts (parts);

  return new_item_row (self, channel_icon (channel), title, subtitle,
                       G_OBJECT (protocol), "cordon-protocol",
                       _("Edit Communication Protocol"), _("Remove Communication Protocol"),
                       G_CALLBACK (on_protocol_edit), G_CALLBACK (on_protocol_remove));
}

static void
add_dynamic (CordonGroupRow *self,
             GtkWidget      *row)
{
  g_ptr_array_add (self->dynamic_rows, g_object_ref (row));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
}

static void
update_summary (CordonGroupRow *self,
                GListModel     *members)
{
  g_autoptr(GPtrArray) primaries = g_ptr_array_new ();
  g_autofree char *subtitle = NULL;
  guint n = g_list_model_get_n_items (members);
  guint n_primaries;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonMember) member = g_list_model_get_item (members, i);

      if (cordon_member_get_priority (member) == CORDON_CONTACT_PRIORITY_PRIMARY)
        g_ptr_array_add (primaries, g_strdup (cordon_member_get_name (member)));
    }

  n_primaries = primaries->len;
  if (n == 0)
    subtitle = g_strdup (_("No members yet"));
  else if (primaries->len == 0)
    subtitle = g_strdup (_("No primary contact"));
  else if (primaries->len == 1)
    /* Translators: %s is a person's name */
    subtitle = g_strdup_printf (_("Primary contact: %s"), (char *) primaries->pdata[0]);
  else
    {
      g_autofree char *names = NULL;

      g_ptr_array_add (primaries, NULL);
      names = g_strjoinv (", ", (char **) primaries->pdata);
      /* Translators: %s is a list of names */
      subtitle = g_strdup_printf (_("More than one primary contact (%s): keep one"), names);
    }

  g_ptr_array_foreach (primaries, (GFunc) g_free, NULL);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);

  if (n_primaries > 1)
    gtk_widget_add_css_class (GTK_WIDGET (self), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "warning");
}

static void
append_signature (GString *signature,
                  GObject *object)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      g_auto(GValue) text = G_VALUE_INIT;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (object, pspecs[i]->name, &value);
      g_value_init (&text, G_TYPE_STRING);
      if (g_value_transform (&value, &text))
        g_string_append_printf (signature, "%s\x1f", g_value_get_string (&text) ? g_value_get_string (&text) : "");
    }
  g_string_append_c (signature, '\x1e');
}

static void
refresh_items (CordonGroupRow *self)
{
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GListModel) protocols = NULL;
  g_autoptr(GError) error = NULL;
  GString *signature;

  if (!(members = cordon_workspace_list_members (self->workspace, self->group, &error)) ||
      !(protocols = cordon_workspace_list_protocols (self->workspace, self->group, &error)))
    {
      g_warning ("Could not read the group “%s”: %s", cordon_group_get_slug (self->group), error->message);
      return;
    }

  update_summary (self, members);

  signature = g_string_new (NULL);
  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (members, i);
      append_signature (signature, item);
    }
  g_string_append_c (signature, '\x1d');
  for (guint i = 0; i < g_list_model_get_n_items (protocols); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (protocols, i);
      append_signature (signature, item);
    }

  if (g_strcmp0 (signature->str, self->signature) == 0)
    {
      g_string_free (signature, TRUE);
      return;
    }

  g_free (self->signature);
  self->signature = g_string_free (signature, FALSE);

  for (guint i = 0; i < self->dynamic_rows->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self), g_ptr_array_index (self->dynamic_rows, i));
  g_ptr_array_set_size (self->dynamic_rows, 0);

  for (guint i = 0; i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(CordonMember) member = g_list_model_get_item (members, i);
      add_dynamic (self, new_member_row (self, member));
    }
  add_dynamic (self, self->add_member_row);

  for (guint i = 0; i < g_list_model_get_n_items (protocols); i++)
    {
      g_autoptr(CordonProtocol) protocol = g_list_model_get_item (protocols, i);
      add_dynamic (self, new_protocol_row (self, protocol));
    }
  add_dynamic (self, self->add_protocol_row);
  add_dynamic (self, self->remove_row);
}

static GtkWidget *
new_add_row (const char *title,
             GCallback   callback,
             gpointer    user_data)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("list-add-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect_object (row, "activated", callback, user_data, G_CONNECT_SWAPPED);

  return g_object_ref_sink (row);
}

static void
cordon_group_row_dispose (GObject *object)
{
  CordonGroupRow *self = CORDON_GROUP_ROW (object);

  g_clear_object (&self->workspace);
  g_clear_object (&self->group);

  G_OBJECT_CLASS (cordon_group_row_parent_class)->dispose (object);
}

static void
cordon_group_row_finalize (GObject *object)
{
  CordonGroupRow *self = CORDON_GROUP_ROW (object);

  g_clear_pointer (&self->dynamic_rows, g_ptr_array_unref);
  g_clear_object (&self->add_member_row);
  g_clear_object (&self->add_protocol_row);
  g_clear_object (&self->remove_row);
  g_clear_pointer (&self->signature, g_free);

  G_OBJECT_CLASS (cordon_group_row_parent_class)->finalize (object);
}

static void
cordon_group_row_class_init (CordonGroupRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cordon_group_row_dispose;
  object_class->finalize = cordon_group_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/preferences/cordon-group-row.ui");
  gtk_widget_class_bind_template_child (widget_class, CordonGroupRow, name_row);
  gtk_widget_class_bind_template_child (widget_class, CordonGroupRow, description_row);
  gtk_widget_class_bind_template_callback (widget_class, on_name_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_description_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_changed);
}

static void
cordon_group_row_init (CordonGroupRow *self)
{
  GtkWidget *button;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->dynamic_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->add_member_row = new_add_row (_("Add Member…"), G_CALLBACK (on_add_member), self);
  self->add_protocol_row = new_add_row (_("Add Communication Protocol…"), G_CALLBACK (on_add_protocol), self);

  self->remove_row = g_object_ref_sink (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->remove_row), _("Remove Group"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->remove_row), _("Its members and protocols are removed with it"));
  button = gtk_button_new_with_mnemonic (_("_Remove"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "destructive-action");
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_group), self, G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->remove_row), button);
}

GtkWidget *
cordon_group_row_new (CordonWorkspace *workspace,
                      CordonGroup     *group)
{
  CordonGroupRow *self;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (CORDON_IS_GROUP (group), NULL);

  self = g_object_new (CORDON_TYPE_GROUP_ROW, NULL);
  self->workspace = g_object_ref (workspace);
  cordon_group_row_set_group (self, group);

  return GTK_WIDGET (self);
}

CordonGroup *
cordon_group_row_get_group (CordonGroupRow *self)
{
  g_return_val_if_fail (CORDON_IS_GROUP_ROW (self), NULL);

  return self->group;
}

static void
sync_entry (AdwEntryRow *row,
            const char  *old_value,
            const char  *value)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  gboolean editing = (gtk_widget_get_state_flags (GTK_WIDGET (row)) & GTK_STATE_FLAG_FOCUS_WITHIN) != 0;

  if (cordon_row_get_error (ADW_PREFERENCES_ROW (row)) != NULL || g_str_equal (text, value))
    return;

  /* A change stored elsewhere wins; otherwise keep what is being typed */
  if (!editing || g_strcmp0 (old_value, value) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), value);
}

/* Shows the stored state of @group, which has the id of this row's group */
void
cordon_group_row_set_group (CordonGroupRow *self,
                            CordonGroup    *group)
{
  g_autoptr(CordonGroup) old = NULL;

  g_return_if_fail (CORDON_IS_GROUP_ROW (self));
  g_return_if_fail (CORDON_IS_GROUP (group));

  old = self->group != NULL ? g_object_ref (self->group) : NULL;
  g_set_object (&self->group, group);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), cordon_group_get_name (group));
  sync_entry (self->name_row, old != NULL ? cordon_group_get_name (old) : NULL, cordon_group_get_name (group));
  sync_entry (self->description_row, old != NULL ? cordon_group_get_description (old) : NULL,
              cordon_group_get_description (group));

  refresh_items (self);
}
