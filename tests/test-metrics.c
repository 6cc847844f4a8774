/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-metrics.c: the figures of a period on a real workspace, on a
 * manual clock — percentiles by nearest rank, exercise incidents left
 * out, the period's bounds, severities in rank order with their SLA
 * compliance — then the same figures in the dashboard window (real
 * widgets under Xvfb) and from `cordon metrics`.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "cordon-bar-chart.h"
#include "cordon-manual-clock.h"
#include "cordon-metrics-window.h"
#include "cordon-resources.h"
#include "cordon-time.h"
#include "cordon-workspace.h"

#define MINUTE ((gint64) 60 * G_USEC_PER_SEC)
#define DAY    ((gint64) 24 * 60 * MINUTE)

typedef struct
{
  char              *dir;
  char              *path;
  CordonManualClock *clock;
  CordonWorkspace   *ws;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("cordon-metrics-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "ws.cordon", NULL);
  f->clock = cordon_manual_clock_new_iso8601 ("2026-06-01T09:00:00Z");
  f->ws = cordon_workspace_new (f->path, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->ws);
  g_clear_object (&f->clock);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* An incident detected now, acknowledged @ack_minutes later (or never
 * when negative); the clock is left at the acknowledgement */
static CordonIncident *
incident (Fixture    *f,
          const char *category,
          const char *severity,
          int         ack_minutes,
          gboolean    exercise)
{
  g_autoptr(CordonIncident) draft = cordon_incident_new ();
  g_autoptr(GError) error = NULL;
  CordonIncident *created;

  cordon_incident_set_title (draft, "Incident for the figures");
  cordon_incident_set_category (draft, category);
  cordon_incident_set_severity (draft, severity);
  cordon_incident_set_exercise (draft, exercise);
  created = cordon_workspace_create_incident (f->ws, draft, "Ana Lead", &error);
  g_assert_no_error (error);

  if (ack_minutes >= 0)
    {
      cordon_manual_clock_advance (f->clock, ack_minutes * 60);
      g_assert_true (cordon_workspace_move_incident (f->ws, created, CORDON_PHASE_CLASSIFIED, "Triaged", "Ana Lead", &error));
      g_assert_no_error (error);
    }

  return created;
}

static CordonCount *
count_of (GPtrArray  *counts,
          const char *id)
{
  for (guint i = 0; i < counts->len; i++)
    if (g_strcmp0 (((CordonCount *) counts->pdata[i])->id, id) == 0)
      return counts->pdata[i];

  return NULL;
}

static void
test_percentile (void)
{
  g_autoptr(GArray) values = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert_cmpint (cordon_metrics_percentile (values, 50), ==, -1);
  for (gint64 v = 1; v <= 10; v++)
    g_array_append_val (values, v);

  /* Nearest rank over 1…10 */
  g_assert_cmpint (cordon_metrics_percentile (values, 50), ==, 5);
  g_assert_cmpint (cordon_metrics_percentile (values, 90), ==, 9);
  g_assert_cmpint (cordon_metrics_percentile (values, 91), ==, 10);
  g_assert_cmpint (cordon_metrics_percentile (values, 100), ==, 10);
  g_assert_cmpint (cordon_metrics_percentile (values, 1), ==, 1);

  g_array_set_size (values, 1);
  g_assert_cmpint (cordon_metrics_percentile (values, 90), ==, 1);
}

static void
test_period (Fixture       *f,
             gconstpointer  data)
{
  static const int minutes[] = { 5, 10, 15, 20, 25, 30, 35, 40, 45, 120 };
  g_autoptr(CordonMetrics) all = NULL;
  g_autoptr(CordonMetrics) later = NULL;
  g_autoptr(CordonMetrics) none = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = cordon_clock_now_usec (CORDON_CLOCK (f->clock));
  CordonCount *count;

  /* Ten phishing incidents acknowledged after 5 to 120 minutes, one never */
  for (guint i = 0; i < G_N_ELEMENTS (minutes); i++)
    g_object_unref (incident (f, "phishing", "medium", minutes[i], FALSE));
  g_object_unref (incident (f, "phishing", "medium", -1, FALSE));

  /* An exercise never counts, whatever it did */
  g_object_unref (incident (f, "malicious-code", "critical", 1, TRUE));

  /* Two days later, a critical one */
  cordon_manual_clock_advance (f->clock, 2 * 24 * 3600);
  g_object_unref (incident (f, "malicious-code", "critical", 3, FALSE));

  all = cordon_workspace_compute_period_metrics (f->ws, -1, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->n_incidents, ==, 12);
  g_assert_cmpuint (all->acknowledge.n, ==, 11);
  g_assert_cmpint (all->acknowledge.median_usec, ==, 25 * MINUTE);
  g_assert_cmpint (all->acknowledge.p90_usec, ==, 45 * MINUTE);
  g_assert_cmpint (all->contain.n, ==, 0);
  g_assert_cmpint (all->contain.median_usec, ==, -1);

  count = count_of (all->by_category, "phishing");
  g_assert_nonnull (count);
  g_assert_cmpuint (count->n, ==, 11);
  g_assert_cmpstr (((CordonCount *) all->by_category->pdata[0])->id, ==, "phishing");
  g_assert_null (count_of (all->by_category, "insider-misuse"));
  g_assert_cmpuint (count_of (all->by_category, "malicious-code")->n, ==, 1);

  /* Every severity, most severe first */
  g_assert_cmpuint (all->by_severity->len, ==, 4);
  g_assert_cmpstr (((CordonCount *) all->by_severity->pdata[0])->id, ==, "critical");
  g_assert_cmpstr (((CordonCount *) all->by_severity->pdata[3])->id, ==, "low");
  g_assert_cmpuint (count_of (all->by_severity, "low")->n, ==, 0);

  /* Every phase, in order */
  g_assert_cmpuint (all->by_phase->len, ==, 7);
  g_assert_cmpstr (((CordonCount *) all->by_phase->pdata[0])->id, ==, "detected");
  g_assert_cmpuint (((CordonCount *) all->by_phase->pdata[0])->n, ==, 1);
  g_assert_cmpuint (((CordonCount *) all->by_phase->pdata[1])->n, ==, 11);

  /* The critical one was acknowledged in 3 minutes, within its 15: met */
  count = count_of (all->by_severity, "critical");
  g_assert_cmpuint (count->met, >=, 1);
  g_assert_cmpint (cordon_metrics_compliance (count), >, 0);

  /* The bounds: from a day after the start, only the critical one */
  later = cordon_workspace_compute_period_metrics (f->ws, start + DAY, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (later->n_incidents, ==, 1);
  g_assert_cmpint (later->acknowledge.median_usec, ==, 3 * MINUTE);

  none = cordon_workspace_compute_period_metrics (f->ws, start - 10 * DAY, start - DAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->n_incidents, ==, 0);
}

static void
test_compliance (void)
{
  CordonCount count = { (char *) "high", 3, 3, 1 };
  CordonCount empty = { (char *) "low", 0, 0, 0 };

  g_assert_cmpint (cordon_metrics_compliance (&count), ==, 75);
  g_assert_cmpint (cordon_metrics_compliance (&empty), ==, -1);
}

/* The dashboard shows the same figures, follows new incidents and says
 * when a period has none */
static void
test_window (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CordonMetricsWindow) window = NULL;
  CordonBarChart *severity;
  CordonBarChart *compliance;
  gint64 deadline;

  g_object_unref (incident (f, "phishing", "medium", 10, FALSE));
  g_object_unref (incident (f, "malicious-code", "critical", 5, FALSE));

  window = g_object_ref_sink (cordon_metrics_window_new (f->ws));
  gtk_window_present (GTK_WINDOW (window));

  g_assert_false (cordon_metrics_window_is_empty (window));
  g_assert_cmpuint (cordon_metrics_window_get_metrics (window)->n_incidents, ==, 2);

  severity = CORDON_BAR_CHART (cordon_metrics_window_get_chart (window, "severity"));
  g_assert_cmpuint (cordon_bar_chart_get_n_bars (severity), ==, 4);
  g_assert_cmpstr (cordon_bar_chart_get_label (severity, 0), ==, "Critical");
  g_assert_cmpstr (cordon_bar_chart_get_value_text (severity, 0), ==, "1");

  compliance = CORDON_BAR_CHART (cordon_metrics_window_get_chart (window, "compliance"));
  g_assert_cmpuint (cordon_bar_chart_get_n_bars (compliance), ==, 4);
  g_assert_cmpstr (cordon_bar_chart_get_value_text (compliance, 3), ==, "no deadlines");

  /* A new incident reaches the dashboard once the main loop is idle */
  g_object_unref (incident (f, "phishing", "low", 2, FALSE));
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (cordon_metrics_window_get_metrics (window)->n_incidents != 3 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (cordon_metrics_window_get_metrics (window)->n_incidents, ==, 3);

  /* A year on, the last 30 days hold nothing; all time holds them all */
  cordon_manual_clock_advance (f->clock, 365 * 24 * 3600);
  cordon_metrics_window_set_period (window, CORDON_METRICS_PERIOD_30_DAYS);
  g_assert_true (cordon_metrics_window_is_empty (window));
  cordon_metrics_window_set_period (window, CORDON_METRICS_PERIOD_ALL);
  g_assert_false (cordon_metrics_window_is_empty (window));
  g_assert_cmpuint (cordon_metrics_window_get_metrics (window)->n_incidents, ==, 3);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* `cordon metrics` prints the same figures, and refuses bad dates */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  const char *binary = g_getenv ("CORDON_BINARY");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_nonnull (binary);
  g_object_unref (incident (f, "phishing", "medium", 10, FALSE));
  g_object_unref (incident (f, "phishing", "medium", 30, FALSE));
  g_object_unref (incident (f, "phishing", "medium", 5, TRUE));
  g_clear_object (&f->ws);

  {
    const char *argv[] = { binary, "--workspace", f->path, "metrics", "--json", "--from", "2026-06-01", "--to", "2026-06-01", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (out, "\"incidents\": 2,"));
    g_assert_nonnull (strstr (out, "\"time-to-acknowledge\": {\"incidents\": 2, \"median-seconds\": 600, \"p90-seconds\": 1800}"));
    g_assert_nonnull (strstr (out, "\"to\": \"2026-06-02T00:00:00Z\""));
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  {
    const char *argv[] = { binary, "--workspace", f->path, "metrics", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (out, "2 incidents"));
    g_assert_nonnull (strstr (out, "SLA compliance by severity"));
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  {
    const char *argv[] = { binary, "--workspace", f->path, "metrics", "--from", "June", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
    g_assert_cmpint (WEXITSTATUS (status), ==, 1);
    g_assert_nonnull (strstr (err, "--from “June” is not a day"));
  }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  {
    const char *argv[] = { binary, "--workspace", f->path, "metrics", "--from", "2026-06-02", "--to", "2026-06-01", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error));
    g_assert_cmpint (WEXITSTATUS (status), ==, 1);
    g_assert_nonnull (strstr (err, "is empty"));
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("TZ", "UTC", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  cordon_register_resource ();

  g_test_add_func ("/metrics/percentile", test_percentile);
  g_test_add_func ("/metrics/compliance", test_compliance);
  g_test_add ("/metrics/period", Fixture, NULL, fixture_set_up, test_period, fixture_tear_down);
  g_test_add ("/metrics/window", Fixture, NULL, fixture_set_up, test_window, fixture_tear_down);
  g_test_add ("/metrics/cli", Fixture, NULL, fixture_set_up, test_cli, fixture_tear_down);

  return g_test_run ();
}
