/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-preferences-window.c: Preferences. Appearance is bound straight
 * to GSettings; the workspace group tells where the data lives.
 */

#define G_LOG_DOMAIN "cordon-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-preferences-window.h"

struct _CordonPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  AdwComboRow          *style_row;
  AdwActionRow         *workspace_row;

  /* Owned references */
  GSettings            *settings;
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
cordon_preferences_window_dispose (GObject *object)
{
  CordonPreferencesWindow *self = CORDON_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cordon_preferences_window_parent_class)->dispose (object);
}

static void
cordon_preferences_window_class_init (CordonPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cordon_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/cordon-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CordonPreferencesWindow, style_row);
  gtk_widget_class_bind_template_child (widget_class, CordonPreferencesWindow, workspace_row);
}

static void
cordon_preferences_window_init (CordonPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

CordonPreferencesWindow *
cordon_preferences_window_new (CordonApplication *application)
{
  CordonPreferencesWindow *self;
  g_autofree char *workspace_path = NULL;

  g_return_val_if_fail (CORDON_IS_APPLICATION (application), NULL);

  self = g_object_new (CORDON_TYPE_PREFERENCES_WINDOW, NULL);
  self->settings = g_object_ref (cordon_application_get_settings (application));

  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                self->style_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                color_scheme_to_position,
                                position_to_color_scheme,
                                NULL, NULL);

  workspace_path = cordon_application_dup_workspace_path (application);
  adw_action_row_set_subtitle (self->workspace_row, workspace_path);

  return self;
}
