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
#include "cordon-workspace.h"

struct _CordonApplication
{
  AdwApplication   parent_instance;

  GSettings       *settings;
  gboolean         held;
  char            *workspace_path;
  CordonWorkspace *workspace;
  GError          *workspace_error;
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

/* With "Run in background", closing the last window leaves the
 * application running, so that SLA clocks and notifications go on;
 * Quit ends it all the same. */
static void
update_background (CordonApplication *self)
{
  gboolean background = g_settings_get_boolean (self->settings, "run-in-background");

  if (background && !self->held)
    g_application_hold (G_APPLICATION (self));
  else if (!background && self->held)
    g_application_release (G_APPLICATION (self));

  self->held = background;
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

  if (self->held)
    {
      self->held = FALSE;
      g_application_release (G_APPLICATION (self));
    }

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

/* Opens an incident by key: from notifications, and from scripts through
 * D-Bus activation (org.gtk.Actions). */
static void
cordon_application_show_incident_action (GSimpleAction *action,
                                         GVariant      *parameter,
                                         gpointer       user_data)
{
  CordonApplication *self = user_data;
  const char *key = g_variant_get_string (parameter, NULL);
  g_autoptr(CordonIncident) incident = NULL;
  GtkWindow *window;

  g_application_activate (G_APPLICATION (self));
  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (self->workspace == NULL || !CORDON_IS_WINDOW (window))
    return;

  incident = cordon_workspace_lookup_incident (self->workspace, key, NULL);
  if (incident != NULL)
    cordon_window_show_incident (CORDON_WINDOW (window), incident);
}

static const GActionEntry app_actions[] = {
  { "show-incident", cordon_application_show_incident_action, "s" },
  { "quit", cordon_application_quit_action },
  { "preferences", cordon_application_preferences_action },
  { "about", cordon_application_about_action },
};

/* The workspace opens on first activation; a refused one is reported in
 * the window and left untouched. */
static void
ensure_workspace (CordonApplication *self)
{
  g_autofree char *path = NULL;

  if (self->workspace != NULL || self->workspace_error != NULL)
    return;

  path = cordon_application_dup_workspace_path (self);
  self->workspace = cordon_workspace_new (path, NULL, NULL, &self->workspace_error);
}

static void
cordon_application_activate (GApplication *app)
{
  CordonApplication *self = CORDON_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    {
      ensure_workspace (self);
      window = GTK_WINDOW (cordon_window_new (self));
    }

  gtk_window_present (window);
}

static int
cordon_application_handle_local_options (GApplication *app,
                                         GVariantDict *options)
{
  CordonApplication *self = CORDON_APPLICATION (app);
  g_autofree char *path = NULL;

  if (g_variant_dict_lookup (options, "workspace", "^ay", &path))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

      g_free (self->workspace_path);
      self->workspace_path = g_file_get_path (file);
    }

  return -1;
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

  g_signal_connect_object (self->settings,
                           "changed::run-in-background",
                           G_CALLBACK (update_background),
                           self,
                           G_CONNECT_SWAPPED);
  update_background (self);
}

static void
cordon_application_shutdown (GApplication *app)
{
  CordonApplication *self = CORDON_APPLICATION (app);

  G_APPLICATION_CLASS (cordon_application_parent_class)->shutdown (app);

  g_clear_object (&self->workspace);
  g_clear_error (&self->workspace_error);
  g_clear_object (&self->settings);
  cordon_unregister_resource ();
}

static void
cordon_application_finalize (GObject *object)
{
  CordonApplication *self = CORDON_APPLICATION (object);

  g_clear_pointer (&self->workspace_path, g_free);
  g_clear_object (&self->workspace);
  g_clear_error (&self->workspace_error);

  G_OBJECT_CLASS (cordon_application_parent_class)->finalize (object);
}

static void
cordon_application_class_init (CordonApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = cordon_application_finalize;

  app_class->handle_local_options = cordon_application_handle_local_options;
  app_class->activate = cordon_application_activate;
  app_class->startup = cordon_application_startup;
  app_class->shutdown = cordon_application_shutdown;
}

static void
cordon_application_init (CordonApplication *self)
{
  static const GOptionEntry options[] = {
    { "workspace", 'w', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Open the workspace stored in PATH"), N_("PATH") },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), options);
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

/**
 * cordon_application_set_workspace_path:
 * @path: (nullable): the workspace to open; %NULL for the one in the
 *   settings, or the default
 *
 * For tests and --workspace: only before the first window opens.
 */
void
cordon_application_set_workspace_path (CordonApplication *self,
                                       const char        *path)
{
  g_return_if_fail (CORDON_IS_APPLICATION (self));

  g_free (self->workspace_path);
  self->workspace_path = g_strdup (path);
}

/**
 * cordon_application_dup_workspace_path:
 *
 * Returns: (transfer full): the path of the workspace the application
 *   opens: --workspace, else the workspace-path setting, else the default
 */
char *
cordon_application_dup_workspace_path (CordonApplication *self)
{
  g_autofree char *setting = NULL;

  g_return_val_if_fail (CORDON_IS_APPLICATION (self), NULL);

  if (self->workspace_path != NULL)
    return g_strdup (self->workspace_path);

  if (self->settings != NULL)
    setting = g_settings_get_string (self->settings, "workspace-path");
  if (setting != NULL && setting[0] != '\0')
    return g_steal_pointer (&setting);

  return cordon_workspace_get_default_path ();
}

/**
 * cordon_application_get_workspace:
 *
 * Returns: (transfer none) (nullable): the open workspace, or %NULL when
 *   it could not be opened (see cordon_application_get_workspace_error())
 */
CordonWorkspace *
cordon_application_get_workspace (CordonApplication *self)
{
  g_return_val_if_fail (CORDON_IS_APPLICATION (self), NULL);

  return self->workspace;
}

/**
 * cordon_application_get_workspace_error:
 *
 * Returns: (transfer none) (nullable): why the workspace was refused
 */
const GError *
cordon_application_get_workspace_error (CordonApplication *self)
{
  g_return_val_if_fail (CORDON_IS_APPLICATION (self), NULL);

  return self->workspace_error;
}
