/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-application.c: the application object. It owns the settings,
 * the application-wide actions and their accelerators, and opens the
 * main window.
 */

#define G_LOG_DOMAIN "cordon-application"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cordon-application.h"
#include "cordon-identity.h"
#include "cordon-exercise.h"
#include "cordon-input.h"
#include "cordon-system-clock.h"
#include "cordon-preferences-window.h"
#include "cordon-resources.h"
#include "cordon-journal-entry.h"
#include "cordon-library-window.h"
#include "cordon-metrics-window.h"
#include "cordon-monitoring-scheduler.h"
#include "cordon-notifier.h"
#include "cordon-sla-scheduler.h"
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
  CordonSlaScheduler *scheduler;
  CordonMonitoringScheduler *monitoring;
  CordonNotifier  *notifier;
  CordonClock     *clock;
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
add_toast (CordonApplication *self,
           const char        *text)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (CORDON_IS_WINDOW (window))
    adw_toast_overlay_add_toast (cordon_window_get_toast_overlay (CORDON_WINDOW (window)), adw_toast_new (text));
}

/* A deadline entered its warning window or was breached: a desktop
 * notification, and a toast in the window when there is one. */
static void
on_sla_transition (CordonApplication *self,
                   CordonIncident    *incident,
                   CordonSlaKind      kind,
                   CordonSlaState     state,
                   gint64             due_usec)
{
  gboolean breached = state == CORDON_SLA_STATE_BREACHED;
  gint64 now = cordon_clock_now_usec (cordon_sla_scheduler_get_clock (self->scheduler));
  g_autofree char *toast = NULL;

  if (state != CORDON_SLA_STATE_WARNING && !breached)
    return;

  cordon_notifier_deadline (self->notifier,
                            cordon_incident_get_key (incident),
                            cordon_incident_get_title (incident),
                            cordon_sla_kind_to_id (kind),
                            cordon_sla_kind_to_label (kind),
                            breached, due_usec, now);

  if (breached)
    /* Translators: a toast: "INC-2026-0042: response deadline breached" */
    toast = g_strdup_printf (_("%s: %s deadline breached"), cordon_incident_get_key (incident),
                             cordon_sla_kind_to_label (kind));
  else
    /* Translators: a toast: "INC-2026-0042: response due soon" */
    toast = g_strdup_printf (_("%s: %s due soon"), cordon_incident_get_key (incident),
                             cordon_sla_kind_to_label (kind));
  add_toast (self, toast);
}

/* Deadlines that passed while Cordon was not running are told once, in
 * one notification when there are many. */
static void
on_sla_startup_overdue (CordonApplication *self,
                        GPtrArray         *events)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) cordon_notifier_item_free);

  for (guint i = 0; i < events->len; i++)
    {
      CordonSlaEvent *event = events->pdata[i];

      g_ptr_array_add (items, cordon_notifier_item_new (cordon_incident_get_key (event->incident),
                                                        cordon_incident_get_title (event->incident),
                                                        cordon_sla_kind_to_id (event->kind),
                                                        cordon_sla_kind_to_label (event->kind),
                                                        event->state == CORDON_SLA_STATE_BREACHED,
                                                        event->due_usec));
    }

  if (items->len > 0)
    cordon_notifier_summary (self->notifier, items,
                             cordon_clock_now_usec (cordon_sla_scheduler_get_clock (self->scheduler)));
}

/* A monitoring check of a containment action is due: a notification and
 * a toast. */
static void
on_monitoring_check_due (CordonApplication     *self,
                         CordonIncident        *incident,
                         CordonPlanAction      *action,
                         CordonMonitoringCheck *check,
                         gboolean               final)
{
  CordonMonitoringTarget target = cordon_monitoring_check_get_target (check);
  const char *watched = cordon_monitoring_check_get_text (check);
  g_autofree char *toast = NULL;

  if (target != CORDON_MONITORING_TARGET_CUSTOM || watched[0] == '\0')
    watched = cordon_monitoring_target_to_label (target);

  cordon_notifier_monitoring (self->notifier,
                              cordon_incident_get_key (incident),
                              cordon_incident_get_title (incident),
                              cordon_monitoring_check_get_id (check),
                              watched,
                              cordon_plan_action_get_title (action),
                              final);

  if (final)
    /* Translators: a toast: "INC-2026-0042: monitoring period over" */
    toast = g_strdup_printf (_("%s: monitoring period over"), cordon_incident_get_key (incident));
  else
    /* Translators: a toast: "INC-2026-0042: monitoring check due" */
    toast = g_strdup_printf (_("%s: monitoring check due"), cordon_incident_get_key (incident));
  add_toast (self, toast);
}

/* The workspace opens on first activation; a refused one is reported in
 * the window and left untouched. Its SLA clocks start with it. */
static void
ensure_workspace (CordonApplication *self)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (self->workspace != NULL || self->workspace_error != NULL)
    return;

  path = cordon_application_dup_workspace_path (self);
  self->workspace = cordon_workspace_new (path, self->clock, NULL, &self->workspace_error);
  if (self->workspace == NULL)
    return;

  /* Commands, scripts and other windows write to it too */
  cordon_workspace_follow_other_writers (self->workspace);

  self->notifier = cordon_notifier_new (G_APPLICATION (self));
  self->scheduler = cordon_sla_scheduler_new (self->workspace, self->clock);
  g_signal_connect_object (self->scheduler, "transition", G_CALLBACK (on_sla_transition), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->scheduler, "startup-overdue", G_CALLBACK (on_sla_startup_overdue), self, G_CONNECT_SWAPPED);
  if (!cordon_sla_scheduler_start (self->scheduler, &error))
    g_warning ("The SLA clocks could not start: %s", error->message);
  g_clear_error (&error);

  self->monitoring = cordon_monitoring_scheduler_new (self->workspace, self->clock);
  g_signal_connect_object (self->monitoring, "check-due", G_CALLBACK (on_monitoring_check_due), self, G_CONNECT_SWAPPED);
  if (!cordon_monitoring_scheduler_start (self->monitoring, &error))
    g_warning ("The monitoring reminders could not start: %s", error->message);
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

/* One library window per application: asking again brings it forward. */
static void
cordon_application_metrics_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  CordonApplication *self = user_data;
  CordonMetricsWindow *metrics = NULL;

  ensure_workspace (self);
  if (self->workspace == NULL)
    return;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (CORDON_IS_METRICS_WINDOW (l->data))
      metrics = l->data;

  if (metrics == NULL)
    {
      metrics = cordon_metrics_window_new (self->workspace);
      gtk_window_set_application (GTK_WINDOW (metrics), GTK_APPLICATION (self));
    }

  gtk_window_present (GTK_WINDOW (metrics));
}

static void
cordon_application_strategy_library_action (GSimpleAction *action,
                                            GVariant      *parameter,
                                            gpointer       user_data)
{
  CordonApplication *self = user_data;
  CordonLibraryWindow *library = NULL;

  ensure_workspace (self);
  if (self->workspace == NULL)
    return;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (CORDON_IS_LIBRARY_WINDOW (l->data))
      library = l->data;

  if (library == NULL)
    {
      library = cordon_library_window_new (self->workspace);
      gtk_window_set_application (GTK_WINDOW (library), GTK_APPLICATION (self));
    }

  gtk_window_present (GTK_WINDOW (library));
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

/* From a notification: the team has seen the incident. The response
 * deadline stops; the journal says who acknowledged it and how. */
/**
 * cordon_acknowledge_from_notification:
 *
 * Acknowledges the incident @key of @workspace, as the Acknowledge button
 * of a deadline notification does: the acknowledgement time and a status
 * update in the journal. An incident already acknowledged is left as it
 * is.
 *
 * Returns: %TRUE when the incident is acknowledged (now or before)
 */
gboolean
cordon_acknowledge_from_notification (CordonWorkspace  *workspace,
                                      const char       *key,
                                      GError          **error)
{
  g_autoptr(CordonIncident) incident = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (!(incident = cordon_workspace_lookup_incident (workspace, key, error)))
    return FALSE;

  return cordon_workspace_acknowledge_incident (workspace, incident, cordon_default_author (),
                                                _("Acknowledged from a notification"), error);
}

static void
cordon_application_acknowledge_action (GSimpleAction *action,
                                       GVariant      *parameter,
                                       gpointer       user_data)
{
  CordonApplication *self = user_data;
  const char *key = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *toast = NULL;

  ensure_workspace (self);
  if (self->workspace == NULL)
    return;

  if (!cordon_acknowledge_from_notification (self->workspace, key, &error))
    {
      g_warning ("Could not acknowledge %s: %s", key, error->message);
      return;
    }

  cordon_notifier_withdraw (self->notifier, key);
  /* Translators: a toast after acknowledging an incident from a notification */
  toast = g_strdup_printf (_("%s acknowledged"), key);
  add_toast (self, toast);
}

static void
cordon_application_snooze_action (GSimpleAction *action,
                                  GVariant      *parameter,
                                  gpointer       user_data)
{
  CordonApplication *self = user_data;
  const char *key, *deadline_id;
  g_autoptr(CordonIncident) incident = NULL;
  CordonSlaKind kind;

  g_variant_get (parameter, "(&s&s)", &key, &deadline_id);

  if (self->scheduler == NULL || !cordon_sla_kind_from_id (deadline_id, &kind) ||
      !(incident = cordon_workspace_lookup_incident (self->workspace, key, NULL)))
    return;

  cordon_sla_scheduler_snooze (self->scheduler, incident, kind, 15 * 60);
}

/**
 * cordon_application_open_exercise:
 * @scenario_json: a scenario file's contents
 * @name: its name, for messages
 * @path: (nullable) (type filename): the exercise workspace to create;
 *   %NULL for a new file under `$XDG_DATA_HOME/cordon/exercises/`
 *
 * Starts an exercise in a window of its own, beside the real workspace's
 * window: its own workspace, exercise clock (on the application's clock),
 * SLA clocks and notifications marked as exercise. Its facilitator
 * console opens with it.
 *
 * Returns: (transfer none): the exercise window, or %NULL with @error set
 */
CordonWindow *
cordon_application_open_exercise (CordonApplication  *self,
                                  GBytes             *scenario_json,
                                  const char         *name,
                                  const char         *path,
                                  GError            **error)
{
  g_autoptr(CordonClock) system = NULL;
  g_autoptr(CordonExercise) exercise = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(CordonScenario) scenario = NULL;
  g_autofree char *default_path = NULL;
  g_autofree char *folder = NULL;
  CordonClock *base = self->clock;
  CordonWindow *window;

  g_return_val_if_fail (CORDON_IS_APPLICATION (self), NULL);

  if (base == NULL)
    base = system = cordon_system_clock_new ();

  if (path == NULL)
    {
      scenario = cordon_scenario_new_from_bytes (scenario_json, name, error);
      if (scenario == NULL)
        return NULL;
      now = g_date_time_new_now_utc ();
      path = default_path = cordon_exercise_dup_default_path (cordon_scenario_get_title (scenario), now);
    }

  folder = g_path_get_dirname (path);
  g_mkdir_with_parents (folder, 0700);

  exercise = cordon_exercise_new (scenario_json, name, path, base, error);
  if (exercise == NULL)
    return NULL;

  window = cordon_window_new_for_exercise (self, exercise);
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (cordon_window_get_console (window)));

  return window;
}

/**
 * cordon_application_reopen_exercise:
 * @path: an exercise workspace
 *
 * Opens an exercise saved earlier in its own window, paused where it
 * stood, with its console.
 *
 * Returns: (transfer none) (nullable): the exercise window, or %NULL with
 *   @error set
 */
CordonWindow *
cordon_application_reopen_exercise (CordonApplication  *self,
                                    const char         *path,
                                    GError            **error)
{
  g_autoptr(CordonClock) system = NULL;
  g_autoptr(CordonExercise) exercise = NULL;
  CordonClock *base = self->clock;
  CordonWindow *window;

  g_return_val_if_fail (CORDON_IS_APPLICATION (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  if (base == NULL)
    base = system = cordon_system_clock_new ();

  if (!(exercise = cordon_exercise_open (path, base, error)))
    return NULL;

  window = cordon_window_new_for_exercise (self, exercise);
  gtk_window_present (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (cordon_window_get_console (window)));

  return window;
}

static void
report_exercise_error (CordonApplication *self,
                       const GError      *error)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Cannot Start the Exercise"), error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_scenario_file_chosen (GtkNativeDialog   *dialog,
                         int                response,
                         CordonApplication *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL)
    {
      g_autofree char *path = g_file_get_path (file);

      name = g_file_get_parse_name (file);
      if ((bytes = cordon_input_read (path != NULL ? path : name, CORDON_INPUT_MAX_SCENARIO_BYTES,
                                      _("a scenario"), &error)) == NULL ||
          cordon_application_open_exercise (self, bytes, name, NULL, &error) == NULL)
        report_exercise_error (self, error);
    }

  g_object_unref (dialog);
}

static void
on_saved_exercise_chosen (GtkNativeDialog   *dialog,
                          int                response,
                          CordonApplication *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL &&
      (path = g_file_get_path (file)) != NULL &&
      cordon_application_reopen_exercise (self, path, &error) == NULL)
    report_exercise_error (self, error);

  g_object_unref (dialog);
}

static void
on_new_exercise_response (AdwMessageDialog  *dialog,
                          const char        *response,
                          CordonApplication *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "file") == 0)
    {
      GtkFileChooserNative *chooser;
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      chooser = gtk_file_chooser_native_new (_("Open a Scenario"), gtk_window_get_transient_for (GTK_WINDOW (dialog)),
                                             GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
      gtk_file_filter_set_name (filter, _("Scenarios (JSON)"));
      gtk_file_filter_add_mime_type (filter, "application/json");
      gtk_file_filter_add_suffix (filter, "json");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
      g_signal_connect_object (chooser, "response", G_CALLBACK (on_scenario_file_chosen), self, 0);
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
    }
  else if (g_strcmp0 (response, "saved") == 0)
    {
      GtkFileChooserNative *chooser;
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
      g_autofree char *folder_path = g_build_filename (g_get_user_data_dir (), "cordon", "exercises", NULL);
      g_autoptr(GFile) folder = g_file_new_for_path (folder_path);

      chooser = gtk_file_chooser_native_new (_("Continue an Exercise"), gtk_window_get_transient_for (GTK_WINDOW (dialog)),
                                             GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
      gtk_file_filter_set_name (filter, _("Exercises"));
      gtk_file_filter_add_suffix (filter, "cordon");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
      if (g_file_query_exists (folder, NULL))
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
      g_signal_connect_object (chooser, "response", G_CALLBACK (on_saved_exercise_chosen), self, 0);
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
    }
  else if (g_str_has_prefix (response, "shipped:"))
    {
      const char *id = response + strlen ("shipped:");
      g_autoptr(GBytes) bytes = cordon_exercise_load_shipped (id, &error);

      if (bytes == NULL || cordon_application_open_exercise (self, bytes, id, NULL, &error) == NULL)
        report_exercise_error (self, error);
    }
}

/* "New Exercise…": one of the shipped scenarios, or a file */
static void
cordon_application_new_exercise_action (GSimpleAction *action,
                                        GVariant      *parameter,
                                        gpointer       user_data)
{
  CordonApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_auto(GStrv) shipped = cordon_scenario_list_shipped ();
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (parent, _("New Exercise"),
                                   _("Run a tabletop exercise in a workspace of its own, in a second window. Nothing it does reaches your incidents."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));

  /* Stacked, the last added is on top: the scenarios first, then a file,
   * a saved exercise, and Cancel at the bottom */
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "saved", _("C_ontinue a Saved Exercise…"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "file", _("Open a Scenario _File…"));
  for (guint i = 0; shipped[i] != NULL; i++)
    {
      g_autoptr(CordonScenario) scenario = cordon_scenario_new_shipped (shipped[i], NULL);
      g_autofree char *id = g_strconcat ("shipped:", shipped[i], NULL);

      if (scenario != NULL)
        adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), id, cordon_scenario_get_title (scenario));
    }

  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "file", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_new_exercise_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static const GActionEntry app_actions[] = {
  { "new-exercise", cordon_application_new_exercise_action },
  { "acknowledge-incident", cordon_application_acknowledge_action, "s" },
  { "snooze-deadline", cordon_application_snooze_action, "(ss)" },
  { "show-incident", cordon_application_show_incident_action, "s" },
  { "quit", cordon_application_quit_action },
  { "preferences", cordon_application_preferences_action },
  { "strategy-library", cordon_application_strategy_library_action },
  { "metrics", cordon_application_metrics_action },
  { "about", cordon_application_about_action },
};

static void
cordon_application_activate (GApplication *app)
{
  CordonApplication *self = CORDON_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  /* Activating brings back the real workspace's window, not an exercise */
  if (window != NULL && CORDON_IS_WINDOW (window) && cordon_window_get_exercise (CORDON_WINDOW (window)) != NULL)
    {
      window = NULL;
      for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
        if (CORDON_IS_WINDOW (l->data) && cordon_window_get_exercise (l->data) == NULL)
          window = l->data;
    }
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
  static const char *library_accels[] = { "<Control>l", NULL };
  static const char *metrics_accels[] = { "<Control>m", NULL };

  cordon_register_resource ();

  G_APPLICATION_CLASS (cordon_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions,
                                   G_N_ELEMENTS (app_actions),
                                   self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.strategy-library", library_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.metrics", metrics_accels);

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

  g_clear_object (&self->scheduler);
  g_clear_object (&self->monitoring);
  g_clear_object (&self->notifier);
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
  g_clear_object (&self->clock);
  g_clear_object (&self->scheduler);
  g_clear_object (&self->monitoring);
  g_clear_object (&self->notifier);
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

/**
 * cordon_application_get_sla_scheduler:
 *
 * Returns: (transfer none) (nullable): the SLA clocks of the workspace
 */
CordonSlaScheduler *
cordon_application_get_sla_scheduler (CordonApplication *self)
{
  g_return_val_if_fail (CORDON_IS_APPLICATION (self), NULL);

  return self->scheduler;
}

/**
 * cordon_application_set_clock:
 * @clock: (nullable): the clock of the workspace and its SLA timers; %NULL
 *   for the system clock
 *
 * For tests, and for exercises that run on their own clock: only before
 * the workspace opens (the first activation).
 */
void
cordon_application_set_clock (CordonApplication *self,
                              CordonClock       *clock)
{
  g_return_if_fail (CORDON_IS_APPLICATION (self));
  g_return_if_fail (self->workspace == NULL);

  g_set_object (&self->clock, clock);
}
