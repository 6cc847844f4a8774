/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-window.c: the main window. The board of the workspace's
 * incidents (or an empty state, or why the workspace was refused), and
 * one incident in depth on a page that slides over it. Window actions
 * (new incident, search, views, back) live here; their enabled state is
 * recomputed in one place.
 */

#define G_LOG_DOMAIN "cordon-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-board.h"
#include "cordon-exercise-console.h"
#include "cordon-incident-page.h"
#include "cordon-new-incident-dialog.h"
#include "cordon-interchange.h"
#include "cordon-notifier.h"
#include "cordon-toasts.h"
#include "cordon-window.h"

struct _CordonWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  AdwWindowTitle       *window_title;
  GtkToggleButton      *search_button;
  GtkWidget            *view_box;
  GtkStack             *main_stack;
  AdwStatusPage        *empty_page;
  AdwStatusPage        *error_page;
  CordonBoard          *board;
  CordonIncidentPage   *incident_page;
  GtkRevealer          *exercise_banner;
  GtkLabel             *exercise_label;

  /* Owned references */
  CordonWorkspace      *workspace;
  CordonExercise       *exercise;
  CordonNotifier       *notifier;
  CordonExerciseConsole *console;
};

G_DEFINE_FINAL_TYPE (CordonWindow, cordon_window, ADW_TYPE_APPLICATION_WINDOW)

static gboolean
showing_incident (CordonWindow *self)
{
  return g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "incident") == 0;
}

/* The one place that decides what is enabled and which page shows. */
static void
update_state (CordonWindow *self)
{
  gboolean has_workspace = self->workspace != NULL;
  gboolean has_incidents = has_workspace &&
                           g_list_model_get_n_items (cordon_workspace_get_incidents (self->workspace)) > 0;
  const char *page = !has_workspace ? "error" : has_incidents ? "board" : "empty";

  gtk_stack_set_visible_child_name (self->main_stack, page);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-incident", has_workspace);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", has_incidents && !showing_incident (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-board", showing_incident (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.facilitator-console", self->exercise != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->search_button), has_incidents);
  gtk_widget_set_sensitive (self->view_box, has_incidents);
}

static void
on_incidents_changed (CordonWindow *self)
{
  update_state (self);
}

/**
 * cordon_window_show_incident:
 *
 * Opens @incident on the incident page.
 */
void
cordon_window_show_incident (CordonWindow   *self,
                             CordonIncident *incident)
{
  g_return_if_fail (CORDON_IS_WINDOW (self));
  g_return_if_fail (CORDON_IS_INCIDENT (incident));

  cordon_incident_page_set_incident (self->incident_page, incident);
  adw_leaflet_set_visible_child_name (self->leaflet, "incident");
  update_state (self);
}

static void
on_incident_activated (CordonWindow   *self,
                       CordonIncident *incident)
{
  cordon_window_show_incident (self, incident);
}

static void
on_leaflet_child_changed (CordonWindow *self)
{
  if (!showing_incident (self) && !adw_leaflet_get_child_transition_running (self->leaflet))
    cordon_incident_page_set_incident (self->incident_page, NULL);
  update_state (self);
}

static void
show_board_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CordonWindow *self = CORDON_WINDOW (widget);

  adw_leaflet_set_visible_child_name (self->leaflet, "main");
  cordon_board_focus (self->board);
  update_state (self);
}

static void
on_incident_created (CordonWindow   *self,
                     CordonIncident *incident)
{
  g_autofree char *message = g_strdup_printf (_("Opened %s"), cordon_incident_get_key (incident));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
  cordon_window_show_incident (self, incident);
}

/* Import: Cordon's own files and those of TheHive, MISP, STIX and VERIS,
 * told apart by their content; all or nothing */
static void
import_path (CordonWindow *self,
             const char   *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_path_get_basename (path);
  guint64 n = 0;

  if (self->workspace == NULL)
    return;

  if (cordon_interchange_import (self->workspace, path, CORDON_INTERCHANGE_AUTO, &n, &error))
    {
      g_autofree char *text = NULL;

      /* Translators: a toast after an import: how many, and from which file */
      text = g_strdup_printf (ngettext ("Imported %u incident from %s", "Imported %u incidents from %s", (gulong) n),
                              (guint) n, name);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
    }
  else
    {
      GtkWidget *message = adw_message_dialog_new (GTK_WINDOW (self), _("Nothing Was Imported"), error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (message), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (message));
    }
}

static void
on_import_file_chosen (GtkNativeDialog *dialog,
                       int              response,
                       CordonWindow    *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    import_path (self, path);

  g_object_unref (dialog);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CordonWindow *self = CORDON_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  if (self->workspace == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Import Incidents"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (json, _("Cordon, TheHive, MISP, STIX or VERIS (JSON)"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), json);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_import_file_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * cordon_window_import_file:
 *
 * Imports @path as Import Incidents… does once a file is chosen (for
 * tests: the file chooser is the portal's).
 */
void
cordon_window_import_file (CordonWindow *self,
                           const char   *path)
{
  g_return_if_fail (CORDON_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  import_path (self, path);
}

static void
new_incident_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CordonWindow *self = CORDON_WINDOW (widget);
  CordonNewIncidentDialog *dialog;

  if (self->workspace == NULL)
    return;

  dialog = cordon_new_incident_dialog_new (GTK_WINDOW (self), self->workspace);
  g_signal_connect_object (dialog, "created", G_CALLBACK (on_incident_created), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CordonWindow *self = CORDON_WINDOW (widget);

  cordon_board_set_search_mode (self->board, TRUE);
}

static void
on_view_change_state (GSimpleAction *action,
                      GVariant      *state,
                      CordonWindow  *self)
{
  const char *view = g_variant_get_string (state, NULL);

  if (g_strcmp0 (view, "kanban") != 0 && g_strcmp0 (view, "table") != 0)
    return;

  cordon_board_set_view (self->board, view);
  g_simple_action_set_state (action, state);
}

/**
 * cordon_window_get_console:
 *
 * Returns: (transfer none) (nullable): the facilitator console of an
 *   exercise window, once shown
 */
CordonExerciseConsole *
cordon_window_get_console (CordonWindow *self)
{
  g_return_val_if_fail (CORDON_IS_WINDOW (self), NULL);

  if (self->exercise == NULL)
    return NULL;

  if (self->console == NULL)
    {
      self->console = g_object_ref_sink (cordon_exercise_console_new (self->exercise));
      gtk_window_set_transient_for (GTK_WINDOW (self->console), GTK_WINDOW (self));
      gtk_window_set_hide_on_close (GTK_WINDOW (self->console), TRUE);
      gtk_window_set_application (GTK_WINDOW (self->console), gtk_window_get_application (GTK_WINDOW (self)));
    }

  return self->console;
}

static void
facilitator_console_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  CordonWindow *self = CORDON_WINDOW (widget);
  CordonExerciseConsole *console = cordon_window_get_console (self);

  if (console != NULL)
    gtk_window_present (GTK_WINDOW (console));
}

static void
cordon_window_dispose (GObject *object)
{
  CordonWindow *self = CORDON_WINDOW (object);

  if (self->console != NULL)
    gtk_window_destroy (GTK_WINDOW (self->console));
  g_clear_object (&self->console);
  gtk_widget_dispose_template (GTK_WIDGET (self), CORDON_TYPE_WINDOW);
  g_clear_object (&self->workspace);
  g_clear_object (&self->notifier);
  g_clear_object (&self->exercise);

  G_OBJECT_CLASS (cordon_window_parent_class)->dispose (object);
}

static void
cordon_window_class_init (CordonWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cordon_window_dispose;

  g_type_ensure (CORDON_TYPE_BOARD);
  g_type_ensure (CORDON_TYPE_INCIDENT_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/cordon-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CordonWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CordonWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, CordonWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CordonWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, CordonWindow, view_box);
  gtk_widget_class_bind_template_child (widget_class, CordonWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CordonWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, CordonWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, CordonWindow, board);
  gtk_widget_class_bind_template_child (widget_class, CordonWindow, incident_page);
  gtk_widget_class_bind_template_child (widget_class, CordonWindow, exercise_banner);
  gtk_widget_class_bind_template_child (widget_class, CordonWindow, exercise_label);

  gtk_widget_class_install_action (widget_class, "win.new-incident", NULL, new_incident_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-board", NULL, show_board_action);
  gtk_widget_class_install_action (widget_class, "win.facilitator-console", NULL, facilitator_console_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-incident", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.show-board", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.show-board", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_CONTROL_MASK, "win.view", "s", "kanban");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_CONTROL_MASK, "win.view", "s", "table");
}

static void
cordon_window_init (CordonWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cordon_toast_overlay_name_controls (self->toast_overlay);

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  adw_status_page_set_icon_name (self->empty_page, APPLICATION_ID "-symbolic");

  {
    g_autoptr(GSimpleAction) view = g_simple_action_new_stateful ("view", G_VARIANT_TYPE_STRING,
                                                                   g_variant_new_string ("kanban"));

    g_signal_connect_object (view, "change-state", G_CALLBACK (on_view_change_state), self, 0);
    g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (view));
  }

  g_object_bind_property (self->search_button, "active", self->board, "search-mode",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->board, "incident-activated", G_CALLBACK (on_incident_activated),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::visible-child", G_CALLBACK (on_leaflet_child_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::child-transition-running", G_CALLBACK (on_leaflet_child_changed),
                           self, G_CONNECT_SWAPPED);
}

static void
set_workspace (CordonWindow    *self,
               CordonWorkspace *workspace,
               const GError    *error)
{
  g_set_object (&self->workspace, workspace);

  if (workspace != NULL)
    {
      g_autofree char *name = g_path_get_basename (cordon_workspace_get_path (workspace));

      adw_window_title_set_subtitle (self->window_title, name);
      cordon_board_set_workspace (self->board, workspace);
      cordon_incident_page_set_workspace (self->incident_page, workspace);
      g_signal_connect_object (cordon_workspace_get_incidents (workspace), "items-changed",
                               G_CALLBACK (on_incidents_changed), self, G_CONNECT_SWAPPED);
    }
  else
    {
      g_autofree char *description = NULL;

      description = g_strdup_printf ("%s\n\n%s", error ? error->message : _("Unknown error"),
                                     _("The file was left as it is. Open another workspace from the command line with --workspace, or move the file away."));
      adw_status_page_set_description (self->error_page, description);
    }

  update_state (self);
}

CordonWindow *
cordon_window_new (CordonApplication *application)
{
  CordonWindow *self;
  GSettings *settings;

  g_return_val_if_fail (CORDON_IS_APPLICATION (application), NULL);

  self = g_object_new (CORDON_TYPE_WINDOW,
                       "application", application,
                       NULL);

  /* The size is restored before the window is first shown, and saved
   * back whenever the user changes it. */
  settings = cordon_application_get_settings (application);
  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  set_workspace (self,
                 cordon_application_get_workspace (application),
                 cordon_application_get_workspace_error (application));
  cordon_board_set_scheduler (self->board, cordon_application_get_sla_scheduler (application));
  cordon_incident_page_set_scheduler (self->incident_page, cordon_application_get_sla_scheduler (application));

  return self;
}

/* A deadline of the exercise entered its warning window or was
 * breached: an exercise notification and a toast in this window */
static void
on_exercise_sla_transition (CordonWindow   *self,
                            CordonIncident *incident,
                            CordonSlaKind   kind,
                            CordonSlaState  state,
                            gint64          due_usec)
{
  gboolean breached = state == CORDON_SLA_STATE_BREACHED;
  g_autofree char *toast = NULL;

  if (state != CORDON_SLA_STATE_WARNING && !breached)
    return;

  cordon_notifier_deadline (self->notifier, cordon_incident_get_key (incident), cordon_incident_get_title (incident),
                            cordon_sla_kind_to_id (kind), cordon_sla_kind_to_label (kind), breached, due_usec,
                            cordon_clock_now_usec (CORDON_CLOCK (cordon_exercise_get_clock (self->exercise))));

  if (breached)
    /* Translators: a toast in an exercise: "Exercise: INC-2026-0001: response deadline breached" */
    toast = g_strdup_printf (_("Exercise: %s: %s deadline breached"), cordon_incident_get_key (incident),
                             cordon_sla_kind_to_label (kind));
  else
    toast = g_strdup_printf (_("Exercise: %s: %s due soon"), cordon_incident_get_key (incident),
                             cordon_sla_kind_to_label (kind));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (toast));
}

/* The buttons of an exercise's notifications act on the exercise, not on
 * the real workspace (whose keys may well be the same) */
static void
exercise_show_incident (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  CordonWindow *self = user_data;
  g_autoptr(CordonIncident) incident = NULL;

  gtk_window_present (GTK_WINDOW (self));
  incident = cordon_workspace_lookup_incident (cordon_exercise_get_workspace (self->exercise),
                                               g_variant_get_string (parameter, NULL), NULL);
  if (incident != NULL)
    cordon_window_show_incident (self, incident);
}

static void
exercise_acknowledge_incident (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  CordonWindow *self = user_data;
  const char *key = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *toast = NULL;

  if (!cordon_acknowledge_from_notification (cordon_exercise_get_workspace (self->exercise), key, &error))
    {
      g_warning ("Could not acknowledge %s in the exercise: %s", key, error->message);
      return;
    }

  cordon_notifier_withdraw (self->notifier, key);
  /* Translators: a toast in an exercise after acknowledging from a notification */
  toast = g_strdup_printf (_("Exercise: %s acknowledged"), key);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (toast));
}

static void
exercise_snooze_deadline (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  CordonWindow *self = user_data;
  g_autoptr(CordonIncident) incident = NULL;
  const char *key, *deadline_id;
  CordonSlaKind kind;

  g_variant_get (parameter, "(&s&s)", &key, &deadline_id);
  if (!cordon_sla_kind_from_id (deadline_id, &kind) ||
      !(incident = cordon_workspace_lookup_incident (cordon_exercise_get_workspace (self->exercise), key, NULL)))
    return;

  cordon_sla_scheduler_snooze (cordon_exercise_get_sla_scheduler (self->exercise), incident, kind, 15 * 60);
}

/**
 * cordon_window_new_for_exercise:
 * @exercise: the exercise to show
 *
 * A second window, on the exercise's own workspace, clock, SLA clocks
 * and notifier (marked as exercise), beside the real workspace's window.
 * Its title, a banner and the exercise colour say EXERCISE.
 *
 * Returns: (transfer none): the window
 */
CordonWindow *
cordon_window_new_for_exercise (CordonApplication *application,
                                CordonExercise    *exercise)
{
  CordonWindow *self;
  g_autofree char *title = NULL;
  g_autofree char *banner = NULL;
  const char *scenario_title;

  g_return_val_if_fail (CORDON_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (CORDON_IS_EXERCISE (exercise), NULL);

  self = g_object_new (CORDON_TYPE_WINDOW,
                       "application", application,
                       "default-width", 1100,
                       "default-height", 720,
                       NULL);
  self->exercise = g_object_ref (exercise);
  self->notifier = cordon_notifier_new (G_APPLICATION (application));
  cordon_notifier_set_exercise (self->notifier, TRUE);
  {
    static const GActionEntry entries[] = {
      { "show-incident", exercise_show_incident, "s" },
      { "acknowledge-incident", exercise_acknowledge_incident, "s" },
      { "snooze-deadline", exercise_snooze_deadline, "(ss)" },
    };

    g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
    cordon_notifier_set_action_group (self->notifier, G_ACTION_GROUP (self));
  }
  g_signal_connect_object (cordon_exercise_get_sla_scheduler (exercise), "transition",
                           G_CALLBACK (on_exercise_sla_transition), self, G_CONNECT_SWAPPED);

  scenario_title = cordon_scenario_get_title (cordon_exercise_get_scenario (exercise));
  /* Translators: the title of an exercise window: "EXERCISE — Ransomware on the file servers" */
  title = g_strdup_printf (_("EXERCISE — %s"), scenario_title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  /* Translators: the banner of an exercise window */
  banner = g_strdup_printf (_("EXERCISE — “%s”. Nothing in this window is a real incident."), scenario_title);
  gtk_label_set_label (self->exercise_label, banner);
  gtk_revealer_set_reveal_child (self->exercise_banner, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "exercise");

  set_workspace (self, cordon_exercise_get_workspace (exercise), NULL);
  cordon_board_set_scheduler (self->board, cordon_exercise_get_sla_scheduler (exercise));
  cordon_incident_page_set_scheduler (self->incident_page, cordon_exercise_get_sla_scheduler (exercise));

  return self;
}

/**
 * cordon_window_get_exercise:
 *
 * Returns: (transfer none) (nullable): the exercise an exercise window
 *   shows
 */
CordonExercise *
cordon_window_get_exercise (CordonWindow *self)
{
  g_return_val_if_fail (CORDON_IS_WINDOW (self), NULL);

  return self->exercise;
}

/**
 * cordon_window_get_visible_page:
 *
 * Returns: what the window shows: "empty", "error", "board" or "incident"
 */
const char *
cordon_window_get_visible_page (CordonWindow *self)
{
  g_return_val_if_fail (CORDON_IS_WINDOW (self), NULL);

  if (showing_incident (self))
    return "incident";

  return gtk_stack_get_visible_child_name (self->main_stack);
}

CordonBoard *
cordon_window_get_board (CordonWindow *self)
{
  g_return_val_if_fail (CORDON_IS_WINDOW (self), NULL);

  return self->board;
}

CordonIncidentPage *
cordon_window_get_incident_page (CordonWindow *self)
{
  g_return_val_if_fail (CORDON_IS_WINDOW (self), NULL);

  return self->incident_page;
}

AdwToastOverlay *
cordon_window_get_toast_overlay (CordonWindow *self)
{
  g_return_val_if_fail (CORDON_IS_WINDOW (self), NULL);

  return self->toast_overlay;
}
