/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-application.c: the application object. It owns the settings,
 * the application-wide actions and their accelerators, and opens the
 * main window.
 */

#define G_LOG_DOMAIN "cordon-application"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-application.h"
#include "cordon-preferences-window.h"
#include "cordon-resources.h"
#include "cordon-window.h"

struct _CordonApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (CordonApplication, cordon_application, ADW_TYPE_APPLICATION)

static void
update_color_scheme (CordonApplication *self)
{
  g_autofree char *scheme = g_settings_get_string (self->settings, "color-scheme");
  AdwStyleManager *style_manager = adw_style_manager_get_default ();
  AdwColorScheme color_scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_strcmp0 (scheme, "light") == 0)
    color_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (scheme, "dark") == 0)
    color_scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (style_manager, color_scheme);
}

static void
cordon_application_quit_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  CordonApplication *self = user_data;
  GList *windows;

  /* Closing every window first lets each one save its state. */
  while ((windows = gtk_application_get_windows (GTK_APPLICATION (self))) != NULL)
    gtk_window_destroy (windows->data);

  g_application_quit (G_APPLICATION (self));
}

static void
cordon_application_preferences_action (GSimpleAction *action,
                                       GVariant      *parameter,
                                       gpointer       user_data)
{
  CordonApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  CordonPreferencesWindow *preferences;

  preferences = cordon_preferences_window_new (self);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
cordon_application_about_action (GSimpleAction *action,
                                 GVariant      *parameter,
                                 gpointer       user_data)
{
  CordonApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  static const char *developers[] = { "The Cordon developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "application-name", _("Cordon"),
                        "application-icon", APPLICATION_ID,
                        "developer-name", _("The Cordon developers"),
                        "developers", developers,
                        "version", PACKAGE_VERSION,
                        "website", PACKAGE_WEBSITE,
                        "issue-url", PACKAGE_BUGREPORT,
                        "comments", _("Run security incidents from your desk: handling, containment, recovery, SLA clocks and tabletop exercises."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Cordon developers",
                        /* Translators: Replace "translator-credits" with your names, one name per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", cordon_application_quit_action },
  { "preferences", cordon_application_preferences_action },
  { "about", cordon_application_about_action },
};

static void
cordon_application_activate (GApplication *app)
{
  CordonApplication *self = CORDON_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    window = GTK_WINDOW (cordon_window_new (self));

  gtk_window_present (window);
}

static void
cordon_application_startup (GApplication *app)
{
  CordonApplication *self = CORDON_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };

  cordon_register_resource ();

  G_APPLICATION_CLASS (cordon_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings,
                           "changed::color-scheme",
                           G_CALLBACK (update_color_scheme),
                           self,
                           G_CONNECT_SWAPPED);
  update_color_scheme (self);
}

static void
cordon_application_shutdown (GApplication *app)
{
  CordonApplication *self = CORDON_APPLICATION (app);

  G_APPLICATION_CLASS (cordon_application_parent_class)->shutdown (app);

  g_clear_object (&self->settings);
  cordon_unregister_resource ();
}

static void
cordon_application_class_init (CordonApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = cordon_application_activate;
  app_class->startup = cordon_application_startup;
  app_class->shutdown = cordon_application_shutdown;
}

static void
cordon_application_init (CordonApplication *self)
{
}

CordonApplication *
cordon_application_new (void)
{
  return g_object_new (CORDON_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "resource-base-path", RESOURCE_PREFIX,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

/**
 * cordon_application_get_settings:
 *
 * Returns: (transfer none): the application's settings; valid after startup.
 */
GSettings *
cordon_application_get_settings (CordonApplication *self)
{
  g_return_val_if_fail (CORDON_IS_APPLICATION (self), NULL);

  return self->settings;
}
