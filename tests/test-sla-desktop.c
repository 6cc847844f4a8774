/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-sla-desktop.c: the whole chain in the application, on a real
 * notification server (python3-dbusmock) and a real window under Xvfb,
 * driven by a manual clock: an incident's response deadline passes and
 * the lead gets exactly one warning and one breach notification at the
 * right times, sees the countdown on its card, and acknowledges from the
 * notification; then a monitoring check of its containment plan falls
 * due once, and once more when its period ends.
 *
 * Run it inside dbus-run-session under Xvfb; it skips (exit 77) without a
 * session bus or python3-dbusmock, or when a notification server already
 * runs on the bus.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "cordon-application.h"
#include "cordon-journal-entry.h"
#include "cordon-manual-clock.h"
#include "cordon-window.h"
#include "notification-mock.h"

/* The steps run once the window is up. */

typedef struct
{
  CordonManualClock *clock;
  char              *key;
  gboolean           done;
} EndToEnd;

static CordonIncident *
lookup_in_app (CordonApplication *application,
               const char        *key)
{
  return cordon_workspace_lookup_incident (cordon_application_get_workspace (application), key, NULL);
}

static guint
count_sla_events (CordonApplication *application,
                  CordonIncident    *incident)
{
  g_autoptr(GListModel) journal = cordon_workspace_list_journal (cordon_application_get_workspace (application),
                                                                 incident, NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (journal); i++)
    {
      g_autoptr(CordonJournalEntry) entry = g_list_model_get_item (journal, i);

      if (cordon_journal_entry_get_kind (entry) == CORDON_JOURNAL_KIND_SLA_EVENT)
        n++;
    }

  return n;
}

/* How many notifications so far had a summary "KEY<suffix>…" */
static guint
count_notifies_with (const char *key,
                     const char *suffix)
{
  g_autoptr(GPtrArray) notifies = method_calls ("Notify");
  g_autofree char *prefix = g_strconcat (key, suffix, NULL);
  guint n = 0;

  for (guint i = 0; i < notifies->len; i++)
    {
      g_autofree char *summary = call_string (notifies, i, 3);

      if (g_str_has_prefix (summary, prefix))
        n++;
    }

  return n;
}

static void
settle (CordonWindow *window)
{
  CordonBoard *board = cordon_window_get_board (window);
  gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

  while (g_main_context_iteration (NULL, FALSE))
    ;
  while (cordon_board_is_filtering (board) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
end_to_end_steps (gpointer user_data)
{
  EndToEnd *state = user_data;
  CordonApplication *application = CORDON_APPLICATION (g_application_get_default ());
  CordonWindow *window = CORDON_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (application)));
  g_autoptr(CordonIncident) incident = lookup_in_app (application, state->key);
  g_autoptr(GPtrArray) notifies = NULL;
  g_autofree char *summary = NULL;
  const char *countdown;
  guint breach_id;

  settle (window);
  countdown = cordon_board_get_countdown (cordon_window_get_board (window), incident);
  g_assert_cmpstr (countdown, ==, "Response in 15 min");

  /* Critical: respond within 15 min, warned at 75 %. */
  cordon_manual_clock_advance (state->clock, 11 * 60);
  settle (window);
  notifies = method_calls ("Notify");
  g_assert_cmpuint (notifies->len, ==, 0);

  cordon_manual_clock_advance (state->clock, 60);
  settle (window);
  notifies = method_calls ("Notify");
  g_assert_cmpuint (notifies->len, ==, 1);
  g_assert_cmpuint (call_urgency (notifies, 0), ==, 1);
  summary = call_string (notifies, 0, 3);
  g_assert_true (g_str_has_prefix (summary, state->key));
  g_assert_nonnull (strstr (summary, "Response due in"));
  g_clear_pointer (&notifies, g_ptr_array_unref);

  cordon_manual_clock_advance (state->clock, 5 * 60);
  settle (window);
  notifies = method_calls ("Notify");
  g_assert_cmpuint (notifies->len, ==, 2);
  g_assert_cmpuint (call_urgency (notifies, 1), ==, 2);
  countdown = cordon_board_get_countdown (cordon_window_get_board (window), incident);
  g_assert_cmpstr (countdown, ==, "Response 2 min late");
  breach_id = last_id ();
  g_clear_pointer (&notifies, g_ptr_array_unref);

  /* Time goes on: nothing more, ever, for that deadline. */
  cordon_manual_clock_advance (state->clock, 30 * 60);
  settle (window);
  notifies = method_calls ("Notify");
  g_assert_cmpuint (notifies->len, ==, 2);
  g_assert_cmpuint (count_sla_events (application, incident), ==, 2);

  /* Acknowledge, from the notification. */
  emit_server_signal ("ActionInvoked", g_variant_new ("(us)", breach_id, "acknowledge"));
  flush ();
  {
    gint64 deadline = g_get_monotonic_time () + WAIT_SECONDS * G_USEC_PER_SEC;

    while (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED) == 0 &&
           g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_cmpint (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED), !=, 0);

  /* The monitoring check is due an hour after it was set: one reminder */
  cordon_manual_clock_advance (state->clock, 15 * 60);
  settle (window);
  g_assert_cmpuint (count_notifies_with (state->key, ": monitoring check due"), ==, 1);
  g_assert_cmpuint (count_notifies_with (state->key, ": monitoring period over"), ==, 0);

  /* Its period ends an hour later: the last reminder asks for the outcome */
  cordon_manual_clock_advance (state->clock, 60 * 60);
  settle (window);
  g_assert_cmpuint (count_notifies_with (state->key, ": monitoring check due"), ==, 1);
  g_assert_cmpuint (count_notifies_with (state->key, ": monitoring period over"), ==, 1);

  cordon_manual_clock_advance (state->clock, 6 * 60 * 60);
  settle (window);
  g_assert_cmpuint (count_notifies_with (state->key, ": monitoring"), ==, 2);

  state->done = TRUE;
  g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);

  return G_SOURCE_REMOVE;
}

static void
on_end_to_end_activate (GApplication *application,
                        EndToEnd     *state)
{
  g_idle_add (end_to_end_steps, state);
}

static void
test_sla_end_to_end (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cordon-sla-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "ws.cordon", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  EndToEnd state = { 0 };
  CordonApplication *application;
  GError *error = NULL;

  state.clock = cordon_manual_clock_new_iso8601 ("2026-03-02T10:00:00Z");

  {
    g_autoptr(CordonWorkspace) workspace = cordon_workspace_new (path, CORDON_CLOCK (state.clock), NULL, &error);
    g_autoptr(CordonIncident) draft = cordon_incident_new ();
    g_autoptr(CordonIncident) incident = NULL;

    g_assert_no_error (error);
    cordon_incident_set_title (draft, "Ransomware on the file servers");
    cordon_incident_set_category (draft, "malicious-code");
    cordon_incident_set_severity (draft, "critical");
    incident = cordon_workspace_create_incident (workspace, draft, "Dana Reyes", &error);
    g_assert_no_error (error);
    state.key = g_strdup (cordon_incident_get_key (incident));

    /* Outbound traffic watched for two hours, every hour */
    {
      g_autoptr(CordonPlanAction) action = cordon_plan_action_new ();
      g_autoptr(CordonMonitoringCheck) check = cordon_monitoring_check_new ();

      cordon_plan_action_set_strategy (action, "stop-outbound-communication");
      g_assert_true (cordon_workspace_add_plan_action (workspace, incident, action, &error));
      g_assert_no_error (error);
      cordon_monitoring_check_set_target (check, CORDON_MONITORING_TARGET_OUTBOUND_TRAFFIC);
      cordon_monitoring_check_set_duration (check, 2 * 3600);
      cordon_monitoring_check_set_interval (check, 3600);
      g_assert_true (cordon_workspace_add_monitoring_check (workspace, action, check, &error));
      g_assert_no_error (error);
    }
  }

  clear_calls ();
  application = cordon_application_new ();
  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_NON_UNIQUE);
  cordon_application_set_workspace_path (application, path);
  cordon_application_set_clock (application, CORDON_CLOCK (state.clock));
  g_signal_connect_after (application, "activate", G_CALLBACK (on_end_to_end_activate), &state);
  g_assert_cmpint (g_application_run (G_APPLICATION (application), 0, NULL), ==, 0);
  g_assert_true (state.done);
  g_assert_finalize_object (application);

  g_clear_object (&state.clock);
  g_free (state.key);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GSubprocess) mock = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_printerr ("SKIP: no session bus; run inside dbus-run-session\n");
      return 77;
    }
  if (!dbusmock_available ())
    {
      g_printerr ("SKIP: python3-dbusmock is not installed\n");
      return 77;
    }

  mock_bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);
  if (name_has_owner ())
    {
      g_printerr ("SKIP: a notification server already runs on this bus\n");
      g_clear_object (&mock_bus);
      return 77;
    }

  mock = start_mock ();

  g_test_add_func ("/sla-desktop/response-deadline", test_sla_end_to_end);

  status = g_test_run ();

  g_subprocess_force_exit (mock);
  g_subprocess_wait (mock, NULL, NULL);
  g_clear_object (&mock_bus);

  return status;
}
