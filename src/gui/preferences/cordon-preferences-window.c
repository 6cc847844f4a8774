/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-preferences-window.c: Preferences. Appearance is bound straight
 * to GSettings; the workspace group tells where the data lives. When a
 * workspace is open, its groups, SLA policies and taxonomy get a page
 * each. The window owns the one pending "Undo" of the last removal, which
 * its toast's button triggers through the preferences.undo action.
 */

#define G_LOG_DOMAIN "cordon-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-preferences-window.h"

#include "cordon-groups-page.h"
#include "cordon-recovery-page.h"
#include "cordon-sla-page.h"
#include "cordon-taxonomy-page.h"

struct _CordonPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwComboRow          *style_row;
  AdwActionRow         *workspace_row;
  GtkSwitch            *background_switch;
  GtkSpinButton        *validation_age_spin;
  AdwEntryRow          *user_name_row;
  AdwEntryRow          *user_email_row;
  AdwEntryRow          *user_role_row;

  /* Owned references */
  GSettings            *settings;
  CordonWorkspace      *workspace;

  /* The removal that "Undo" puts back, and the toast offering it */
  CordonUndo           *undo;
};

G_DEFINE_FINAL_TYPE (CordonPreferencesWindow, cordon_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The order of the style row's items, as stored in the settings. */
static const char *color_schemes[] = { "default", "light", "dark" };

static gboolean
color_scheme_to_position (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  const char *scheme = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (color_schemes); i++)
    {
      if (g_str_equal (scheme, color_schemes[i]))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  g_value_set_uint (value, 0);
  return TRUE;
}

static GVariant *
position_to_color_scheme (const GValue       *value,
                          const GVariantType *expected_type,
                          gpointer            user_data)
{
  guint position = g_value_get_uint (value);

  if (position >= G_N_ELEMENTS (color_schemes))
    position = 0;

  return g_variant_new_string (color_schemes[position]);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CordonPreferencesWindow *self = CORDON_PREFERENCES_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!cordon_undo_run (self->undo, &error))
    cordon_preferences_window_show_message (self, error->message);
}

/**
 * cordon_preferences_window_show_undo_toast:
 * @title: what was removed, for the toast
 * @undo: puts it back
 * @user_data: (transfer full): what @undo needs
 * @destroy: frees @user_data
 *
 * Shows a toast with an Undo button. Only the last removal can be undone:
 * a new one dismisses the previous toast.
 */
void
cordon_preferences_window_show_undo_toast (CordonPreferencesWindow *self,
                                           const char              *title,
                                           CordonUndoFunc           undo,
                                           gpointer                 user_data,
                                           GDestroyNotify           destroy)
{
  g_return_if_fail (CORDON_IS_PREFERENCES_WINDOW (self));
  g_return_if_fail (undo != NULL);

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                    cordon_undo_offer (self->undo, title, undo, user_data, destroy));
}

/* For refusals that are not tied to one field, such as a failed undo. */
void
cordon_preferences_window_show_message (CordonPreferencesWindow *self,
                                        const char              *message)
{
  g_return_if_fail (CORDON_IS_PREFERENCES_WINDOW (self));

  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (message));
}

/**
 * cordon_preferences_window_from_widget:
 * @widget: a widget of the window, or of a dialog it opened
 *
 * Returns: (transfer none) (nullable): the preferences window
 */
CordonPreferencesWindow *
cordon_preferences_window_from_widget (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  while (root != NULL && !CORDON_IS_PREFERENCES_WINDOW (root) && GTK_IS_WINDOW (root))
    root = (GtkRoot *) gtk_window_get_transient_for (GTK_WINDOW (root));

  return root != NULL && CORDON_IS_PREFERENCES_WINDOW (root) ? CORDON_PREFERENCES_WINDOW (root) : NULL;
}

CordonWorkspace *
cordon_preferences_window_get_workspace (CordonPreferencesWindow *self)
{
  g_return_val_if_fail (CORDON_IS_PREFERENCES_WINDOW (self), NULL);

  return self->workspace;
}

static void
cordon_preferences_window_dispose (GObject *object)
{
  CordonPreferencesWindow *self = CORDON_PREFERENCES_WINDOW (object);

  g_clear_object (&self->undo);
  g_clear_object (&self->settings);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (cordon_preferences_window_parent_class)->dispose (object);
}

static void
cordon_preferences_window_class_init (CordonPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cordon_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/preferences/cordon-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CordonPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, CordonPreferencesWindow, workspace_row);
  gtk_widget_class_bind_template_child (widget_class, CordonPreferencesWindow, background_switch);
  gtk_widget_class_bind_template_child (widget_class, CordonPreferencesWindow, validation_age_spin);
  gtk_widget_class_bind_template_child (widget_class, CordonPreferencesWindow, user_name_row);
  gtk_widget_class_bind_template_child (widget_class, CordonPreferencesWindow, user_email_row);
  gtk_widget_class_bind_template_child (widget_class, CordonPreferencesWindow, user_role_row);

  gtk_widget_class_install_action (widget_class, "preferences.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "preferences.undo", NULL);
}

static void
cordon_preferences_window_init (CordonPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->undo = cordon_undo_new ("preferences.undo");
}

/**
 * cordon_preferences_window_new_for_workspace:
 * @settings: the application's settings
 * @workspace_path: (type filename): the workspace file, shown to the user
 * @workspace: (nullable): the open workspace, or %NULL when it was refused:
 *   then only the General page is shown
 *
 * Returns: (transfer full): a new window
 */
CordonPreferencesWindow *
cordon_preferences_window_new_for_workspace (GSettings       *settings,
                                             const char      *workspace_path,
                                             CordonWorkspace *workspace)
{
  CordonPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (workspace == NULL || CORDON_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (CORDON_TYPE_PREFERENCES_WINDOW, NULL);
  self->settings = g_object_ref (settings);

  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                color_scheme_to_position,
                                position_to_color_scheme,
                                NULL, NULL);

  g_settings_bind (self->settings, "run-in-background",
                   self->background_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);

  g_settings_bind (self->settings, "validation-max-age",
                   self->validation_age_spin, "value",
                   G_SETTINGS_BIND_DEFAULT);

  /* Who you are: what cordon_default_author() signs with */
  g_settings_bind (self->settings, "user-name", self->user_name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "user-email", self->user_email_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "user-role", self->user_role_row, "text", G_SETTINGS_BIND_DEFAULT);

  adw_action_row_set_subtitle (self->workspace_row, workspace_path);

  if (workspace != NULL)
    {
      self->workspace = g_object_ref (workspace);
      adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                                  ADW_PREFERENCES_PAGE (cordon_groups_page_new (workspace)));
      adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                                  ADW_PREFERENCES_PAGE (cordon_sla_page_new (workspace)));
      adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                                  ADW_PREFERENCES_PAGE (cordon_taxonomy_page_new (workspace)));
      adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                                  ADW_PREFERENCES_PAGE (cordon_recovery_page_new (workspace)));
    }

  return self;
}

CordonPreferencesWindow *
cordon_preferences_window_new (CordonApplication *application)
{
  g_autofree char *workspace_path = NULL;

  g_return_val_if_fail (CORDON_IS_APPLICATION (application), NULL);

  workspace_path = cordon_application_dup_workspace_path (application);

  return cordon_preferences_window_new_for_workspace (cordon_application_get_settings (application),
                                                      workspace_path,
                                                      cordon_application_get_workspace (application));
}
