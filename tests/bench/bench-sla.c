/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-sla.c: the SLA clock with many open incidents. Generates N open
 * incidents (default 100,000) into a new workspace with the bulk API, then
 * measures computing every deadline (around the clock and in business
 * hours), starting the scheduler, and — the figure that matters while the
 * application runs — the time to re-compute one changed incident, find the
 * next transition of all and re-arm the one timer (median and worst of
 * 1,000 changes). Prints one line:
 *
 *   incidents compute-24x7-s compute-business-s start-s rearm-median-ms rearm-max-ms next-lookup-us start-overdue-s
 *
 * where start-overdue-s is starting again eleven days later, when every
 * response and resolution deadline has passed and is recorded at once.
 *
 *   bench-sla DIR [INCIDENTS] [SEED]
 */

#include "config.h"

#include <stdlib.h>

#include "cordon-manual-clock.h"
#include "cordon-sla.h"
#include "cordon-sla-calendar.h"
#include "cordon-sla-scheduler.h"
#include "cordon-workspace.h"

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

int
main (int   argc,
      char *argv[])
{
  static const char * const severities[] = { "low", "medium", "high", "critical" };
  g_autoptr(CordonManualClock) clock = cordon_manual_clock_new_iso8601 ("2026-03-02T09:00:00Z");
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(CordonSlaScheduler) scheduler = NULL;
  g_autoptr(CordonSlaCalendar) calendar = NULL;
  g_autoptr(GPtrArray) policies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) rearm = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GRand) rand = NULL;
  GListModel *incidents;
  guint n = 100000, n_changes = 1000;
  gint64 now, t, compute_24x7, compute_business, start_time, start_overdue, lookup = 0;
  guint64 n_deadlines = 0;

  if (argc < 2)
    {
      g_printerr ("usage: %s DIR [INCIDENTS] [SEED]\n", argv[0]);
      return 1;
    }
  if (argc > 2)
    n = (guint) g_ascii_strtoull (argv[2], NULL, 10);
  rand = g_rand_new_with_seed (argc > 3 ? (guint32) g_ascii_strtoull (argv[3], NULL, 10) : 42);

  path = g_build_filename (argv[1], "bench-sla.cordon", NULL);
  workspace = cordon_workspace_new (path, CORDON_CLOCK (clock), NULL, &error);
  if (workspace == NULL)
    g_error ("%s", error->message);
  now = cordon_clock_now_usec (CORDON_CLOCK (clock));

  /* Open incidents detected in the last ten minutes: nothing due yet */
  if (!cordon_workspace_begin_bulk (workspace, &error))
    g_error ("%s", error->message);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonIncident) incident = cordon_incident_new ();
      g_autofree char *key = cordon_incident_format_key (2026, i + 1);

      cordon_incident_set_key (incident, key);
      cordon_incident_set_title (incident, "Generated incident");
      cordon_incident_set_category (incident, "malicious-code");
      cordon_incident_set_severity (incident, severities[g_rand_int_range (rand, 0, 4)]);
      cordon_incident_set_phase (incident, CORDON_PHASE_DETECTED);
      cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_DETECTED,
                                     now - g_rand_int_range (rand, 0, 600) * G_USEC_PER_SEC);
      if (!cordon_workspace_import_incident (workspace, incident, &error))
        g_error ("%s", error->message);
    }
  if (!cordon_workspace_commit_bulk (workspace, &error))
    g_error ("%s", error->message);

  incidents = cordon_workspace_get_incidents (workspace);
  for (guint i = 0; i < G_N_ELEMENTS (severities); i++)
    g_ptr_array_add (policies, cordon_workspace_lookup_sla_policy (workspace, severities[i], NULL));
  calendar = cordon_sla_calendar_new ("mon-fri 09:00-17:00", "Europe/Berlin", NULL);

  /* Every deadline of every incident, 24×7 and in business hours */
  t = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonIncident) incident = g_list_model_get_item (incidents, i);
      g_autoptr(GArray) deadlines = cordon_sla_compute (incident, g_ptr_array_index (policies, i % 4), NULL, NULL, now);

      n_deadlines += deadlines->len;
    }
  compute_24x7 = g_get_monotonic_time () - t;

  t = g_get_monotonic_time ();
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonIncident) incident = g_list_model_get_item (incidents, i);
      g_autoptr(GArray) deadlines = cordon_sla_compute (incident, g_ptr_array_index (policies, i % 4), calendar, NULL, now);

      n_deadlines += deadlines->len;
    }
  compute_business = g_get_monotonic_time () - t;

  t = g_get_monotonic_time ();
  scheduler = cordon_sla_scheduler_new (workspace, NULL);
  if (!cordon_sla_scheduler_start (scheduler, &error))
    g_error ("%s", error->message);
  start_time = g_get_monotonic_time () - t;
  g_assert (cordon_sla_scheduler_get_n_tracked (scheduler) == n);

  /* One incident changes (as after an acknowledgement): the scheduler
   * re-computes it, finds the next transition of all and re-arms */
  for (guint i = 0; i < n_changes; i++)
    {
      g_autoptr(CordonIncident) incident = g_list_model_get_item (incidents, g_rand_int_range (rand, 0, n));
      gint64 elapsed, wake;

      cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED,
                                     cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED) == 0 ? now : 0);
      t = g_get_monotonic_time ();
      g_signal_emit_by_name (workspace, "incident-changed", incident);
      elapsed = g_get_monotonic_time () - t;
      g_array_append_val (rearm, elapsed);

      t = g_get_monotonic_time ();
      wake = cordon_sla_scheduler_get_next_wakeup (scheduler);
      lookup += g_get_monotonic_time () - t;
      g_assert (wake > now);
    }
  g_array_sort (rearm, compare_gint64);

  g_clear_object (&scheduler);
  cordon_manual_clock_advance (clock, 11 * 24 * 3600);
  t = g_get_monotonic_time ();
  scheduler = cordon_sla_scheduler_new (workspace, NULL);
  if (!cordon_sla_scheduler_start (scheduler, &error))
    g_error ("%s", error->message);
  start_overdue = g_get_monotonic_time () - t;

  g_print ("%u %.3f %.3f %.3f %.4f %.4f %.3f %.3f\n", n,
           compute_24x7 / 1e6, compute_business / 1e6, start_time / 1e6,
           g_array_index (rearm, gint64, rearm->len / 2) / 1e3,
           g_array_index (rearm, gint64, rearm->len - 1) / 1e3,
           (double) lookup / n_changes, start_overdue / 1e6);
  (void) n_deadlines;

  return 0;
}
