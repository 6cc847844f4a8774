/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-exercise-console.c: a shipped scenario run in the application
 * beside the real workspace's window, with real widgets under Xvfb and a
 * manual clock: the exercise window says EXERCISE; the facilitator
 * starts the clock, sets the speed, the first inject is delivered on
 * time and shown as delivered in the queue, Next Inject delivers the
 * next, and End Exercise turns the console into the after-action
 * report, which is the headless run's when the team's scripted
 * responses play to the end.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "cordon-aar.h"
#include "cordon-application.h"
#include "cordon-exercise-console.h"
#include "cordon-manual-clock.h"
#include "cordon-window.h"

#define MIN_USEC (G_GINT64_CONSTANT (60) * G_USEC_PER_SEC)

typedef struct
{
  CordonManualClock *clock;
  char              *dir;
  char              *report;
  gboolean           done;
} State;

static void
settle (void)
{
  for (int i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;

  return FALSE;
}

static guint
count_labels (GtkWidget  *widget,
              const char *text)
{
  guint n = GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
            g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_labels (child, text);

  return n;
}

static gboolean
steps (gpointer user_data)
{
  State *state = user_data;
  CordonApplication *app = CORDON_APPLICATION (g_application_get_default ());
  GtkWindow *real_window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (state->dir, "gui.cordon", NULL);
  g_autoptr(CordonExerciseInject) first = NULL;
  g_autoptr(CordonExerciseInject) second = NULL;
  CordonWindow *window;
  CordonExerciseConsole *console;
  CordonExercise *exercise;
  GtkListView *queue;

  g_assert_true (CORDON_IS_WINDOW (real_window));
  g_assert_null (cordon_window_get_exercise (CORDON_WINDOW (real_window)));

  bytes = cordon_exercise_load_shipped ("ransomware-file-servers", &error);
  g_assert_no_error (error);
  window = cordon_application_open_exercise (app, bytes, "ransomware-file-servers", path, &error);
  g_assert_no_error (error);
  settle ();

  /* Two windows side by side; the exercise one says so */
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), >=, 3);
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "EXERCISE — "));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "exercise"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (real_window), "exercise"));
  g_assert_cmpstr (cordon_window_get_visible_page (window), ==, "board");
  g_assert_cmpuint (g_list_model_get_n_items (cordon_workspace_get_incidents (cordon_application_get_workspace (app))), ==, 0);

  console = cordon_window_get_console (window);
  exercise = cordon_window_get_exercise (window);
  queue = cordon_exercise_console_get_queue (console);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (console)));
  g_assert_cmpstr (cordon_exercise_console_get_visible_page (console), ==, "console");
  g_assert_cmpuint (count_labels (GTK_WIDGET (queue), "Pending"), >, 0);
  g_assert_false (has_label (GTK_WIDGET (queue), "Delivered"));

  /* Play the team's side, start, 60× */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (console), "console.start", NULL) || TRUE);
  cordon_exercise_set_play_responses (exercise, TRUE);
  settle ();
  g_assert_cmpint (cordon_exercise_get_state (exercise), ==, CORDON_EXERCISE_STATE_RUNNING);
  gtk_drop_down_set_selected (cordon_exercise_console_get_speed_dropdown (console), 4);
  g_assert_cmpuint (cordon_exercise_clock_get_speed (cordon_exercise_get_clock (exercise)), ==, 60);

  /* The first inject is at +00:10: ten real seconds at 60× */
  first = g_list_model_get_item (cordon_exercise_get_injects (exercise), 0);
  second = g_list_model_get_item (cordon_exercise_get_injects (exercise), 1);
  cordon_manual_clock_advance (state->clock, 9);
  settle ();
  g_assert_cmpint (cordon_exercise_inject_get_status (first), ==, CORDON_INJECT_STATUS_PENDING);
  cordon_manual_clock_advance (state->clock, 1);
  settle ();
  g_assert_cmpint (cordon_exercise_inject_get_status (first), ==, CORDON_INJECT_STATUS_DELIVERED);
  g_assert_cmpuint (count_labels (GTK_WIDGET (queue), "Delivered"), ==, 1);

  /* Next Inject: the scripted responses at +00:12…+00:20, then +00:15 */
  while (cordon_exercise_inject_get_status (second) == CORDON_INJECT_STATUS_PENDING)
    {
      gtk_widget_activate_action (GTK_WIDGET (console), "console.next", NULL);
      settle ();
    }
  g_assert_cmpint (cordon_exercise_inject_get_delivered (second), ==, 15 * MIN_USEC);
  g_assert_cmpuint (count_labels (GTK_WIDGET (queue), "Delivered"), ==, 2);

  /* To the end, then End Exercise */
  while (cordon_exercise_get_next_event (exercise, NULL))
    {
      gtk_widget_activate_action (GTK_WIDGET (console), "console.next", NULL);
      settle ();
    }
  gtk_widget_activate_action (GTK_WIDGET (console), "console.end", NULL);
  settle ();
  g_assert_cmpint (cordon_exercise_get_state (exercise), ==, CORDON_EXERCISE_STATE_ENDED);
  g_assert_cmpstr (cordon_exercise_console_get_visible_page (console), ==, "report");
  g_assert_nonnull (cordon_exercise_console_get_report (console));

  /* The same report as the headless run, given the same real library */
  {
    g_autofree char *html = cordon_aar_to_html (cordon_exercise_console_get_report (console));
    g_autofree char *headless = NULL;

    g_assert_true (g_file_get_contents (state->report, &headless, NULL, NULL));
    g_assert_cmpstr (html, ==, headless);
  }

  /* Closed and continued later: the ended exercise comes back in its own
   * window, still ended, with the same queue */
  {
    g_autoptr(GError) reopen_error = NULL;
    g_autofree char *exercise_path = g_strdup (cordon_workspace_get_path (cordon_exercise_get_workspace (exercise)));
    guint n_injects = g_list_model_get_n_items (cordon_exercise_get_injects (exercise));
    CordonWindow *again;

    gtk_window_destroy (GTK_WINDOW (console));
    gtk_window_destroy (GTK_WINDOW (window));
    settle ();

    again = cordon_application_reopen_exercise (app, exercise_path, &reopen_error);
    g_assert_no_error (reopen_error);
    g_assert_nonnull (again);
    settle ();
    g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (again)), "EXERCISE — "));
    g_assert_cmpint (cordon_exercise_get_state (cordon_window_get_exercise (again)), ==, CORDON_EXERCISE_STATE_ENDED);
    g_assert_cmpuint (g_list_model_get_n_items (cordon_exercise_get_injects (cordon_window_get_exercise (again))), ==, n_injects);

    /* A real workspace is refused, and says why */
    g_assert_null (cordon_application_reopen_exercise (app, cordon_workspace_get_path (cordon_application_get_workspace (app)), &reopen_error));
    g_assert_error (reopen_error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  }

  state->done = TRUE;
  g_application_quit (G_APPLICATION (app));

  return G_SOURCE_REMOVE;
}

static void
on_activate (GApplication *app,
             State        *state)
{
  g_idle_add (steps, state);
}

static void
test_console (void)
{
  State state = { 0 };
  g_autoptr(CordonApplication) app = NULL;
  g_autofree char *real = NULL;
  g_autofree char *scenario = g_build_filename (TEST_SRCDIR, "..", "data", "scenarios", "ransomware-file-servers.json", NULL);
  g_autoptr(GError) error = NULL;
  int status = 0;

  state.dir = g_dir_make_tmp ("cordon-console-XXXXXX", NULL);
  real = g_build_filename (state.dir, "real.cordon", NULL);
  state.report = g_build_filename (state.dir, "headless.html", NULL);

  /* The headless run, on an empty real workspace */
  {
    const char *argv[] = { g_getenv ("CORDON_BINARY"), "--workspace", real, "exercise", "run", scenario,
                           "--headless", "--report", state.report, NULL };
    g_autoptr(CordonWorkspace) workspace = cordon_workspace_new (real, NULL, NULL, NULL);

    g_assert_nonnull (workspace);
    g_assert_nonnull (argv[0]);
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                                 &status, &error));
    g_assert_no_error (error);
    g_assert_cmpint (status, ==, 0);
  }

  state.clock = cordon_manual_clock_new_iso8601 ("2026-06-01T12:00:00Z");
  app = cordon_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  cordon_application_set_workspace_path (app, real);
  cordon_application_set_clock (app, CORDON_CLOCK (state.clock));
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), &state);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_true (state.done);

  g_clear_object (&state.clock);
  g_free (state.report);
  g_free (state.dir);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("TZ", "UTC", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exercise-console/run", test_console);

  return g_test_run ();
}
