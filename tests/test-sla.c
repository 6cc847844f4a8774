/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-sla.c: the SLA engine and business-hours calendar, as tables of
 * inputs and the deadlines and states they must give.
 */

#include "config.h"

#include <locale.h>

#include "cordon-incident.h"
#include "cordon-sla.h"
#include "cordon-sla-calendar.h"
#include "cordon-sla-policy.h"
#include "cordon-time.h"

#define MINUTE (G_GINT64_CONSTANT (60) * G_USEC_PER_SEC)
#define HOUR (60 * MINUTE)

static gint64
at (const char *iso)
{
  gint64 usec = 0;

  g_assert_true (cordon_time_parse_iso8601 (iso, &usec));

  return usec;
}

static CordonSlaPolicy *
new_policy (gint64 response,
            gint64 resolution,
            gint64 first_update,
            gint64 update_interval)
{
  return g_object_new (CORDON_TYPE_SLA_POLICY,
                       "severity", "high",
                       "response", response,
                       "resolution", resolution,
                       "first-update", first_update,
                       "update-interval", update_interval,
                       "warning-percent", 75,
                       NULL);
}

static CordonIncident *
new_incident (gint64 detected)
{
  CordonIncident *incident = cordon_incident_new ();

  cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_DETECTED, detected);

  return incident;
}

static const CordonSlaDeadline *
find (GArray        *deadlines,
      CordonSlaKind  kind)
{
  for (guint i = 0; i < deadlines->len; i++)
    {
      if (g_array_index (deadlines, CordonSlaDeadline, i).kind == kind)
        return &g_array_index (deadlines, CordonSlaDeadline, i);
    }

  return NULL;
}

/* pending → warning at the threshold → breached at due, and the next
 * transition at each step */
static void
test_states (void)
{
  static const struct {
    gint64 offset;
    CordonSlaState state;
    gint64 remaining;
    gint64 next;
  } table[] = {
    { 0, CORDON_SLA_STATE_PENDING, HOUR, 45 * MINUTE },
    { 45 * MINUTE - 1, CORDON_SLA_STATE_PENDING, 15 * MINUTE + 1, 45 * MINUTE },
    { 45 * MINUTE, CORDON_SLA_STATE_WARNING, 15 * MINUTE, HOUR },
    { HOUR - 1, CORDON_SLA_STATE_WARNING, 1, HOUR },
    { HOUR, CORDON_SLA_STATE_BREACHED, 0, 3 * HOUR },
    { 2 * HOUR, CORDON_SLA_STATE_BREACHED, -HOUR, 3 * HOUR },
  };
  g_autoptr(CordonSlaPolicy) policy = new_policy (3600, 4 * 3600, 1800, 3600);
  gint64 t0 = at ("2026-03-02T10:00:00Z");
  g_autoptr(CordonIncident) incident = new_incident (t0);

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_autoptr(GArray) deadlines = cordon_sla_compute (incident, policy, NULL, NULL, t0 + table[i].offset);
      const CordonSlaDeadline *response = find (deadlines, CORDON_SLA_KIND_RESPONSE);

      g_test_message ("row %u", i);
      /* Not acknowledged, no update sent: response and resolution only */
      g_assert_cmpuint (deadlines->len, ==, 2);
      g_assert_nonnull (response);
      g_assert_cmpint (response->start_usec, ==, t0);
      g_assert_cmpint (response->warn_usec, ==, t0 + 45 * MINUTE);
      g_assert_cmpint (response->due_usec, ==, t0 + HOUR);
      g_assert_cmpint (response->met_usec, ==, 0);
      g_assert_cmpint (response->state, ==, table[i].state);
      g_assert_cmpint (response->remaining_usec, ==, table[i].remaining);
      g_assert_cmpint (cordon_sla_next_transition (deadlines, t0 + table[i].offset), ==, t0 + table[i].next);
    }
}

/* Met in time, met late (still breached), and nothing left to wait for */
static void
test_met (void)
{
  g_autoptr(CordonSlaPolicy) policy = new_policy (3600, 4 * 3600, 1800, 3600);
  gint64 t0 = at ("2026-03-02T10:00:00Z");
  g_autoptr(CordonIncident) incident = new_incident (t0);
  g_autoptr(GArray) in_time = NULL;
  g_autoptr(GArray) late = NULL;
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) resolved = NULL;
  const CordonSlaDeadline *d;

  cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED, t0 + 30 * MINUTE);
  in_time = cordon_sla_compute (incident, policy, NULL, NULL, t0 + 2 * HOUR);
  d = find (in_time, CORDON_SLA_KIND_RESPONSE);
  g_assert_cmpint (d->state, ==, CORDON_SLA_STATE_MET);
  g_assert_cmpint (d->met_usec, ==, t0 + 30 * MINUTE);
  g_assert_cmpint (d->remaining_usec, ==, 30 * MINUTE);

  /* An acknowledgement after @now is not seen */
  before = cordon_sla_compute (incident, policy, NULL, NULL, t0 + 20 * MINUTE);
  g_assert_cmpint (find (before, CORDON_SLA_KIND_RESPONSE)->state, ==, CORDON_SLA_STATE_PENDING);
  g_assert_null (find (before, CORDON_SLA_KIND_FIRST_UPDATE));

  cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED, t0 + 90 * MINUTE);
  late = cordon_sla_compute (incident, policy, NULL, NULL, t0 + 2 * HOUR);
  d = find (late, CORDON_SLA_KIND_RESPONSE);
  g_assert_cmpint (d->state, ==, CORDON_SLA_STATE_BREACHED);
  g_assert_cmpint (d->met_usec, ==, t0 + 90 * MINUTE);
  g_assert_cmpint (d->remaining_usec, ==, -30 * MINUTE);

  cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_RECOVERED, t0 + 3 * HOUR);
  resolved = cordon_sla_compute (incident, policy, NULL, NULL, t0 + 5 * HOUR);
  d = find (resolved, CORDON_SLA_KIND_RESOLUTION);
  g_assert_cmpint (d->state, ==, CORDON_SLA_STATE_MET);
  /* resolved before the first update was due: nothing more is owed */
  d = find (resolved, CORDON_SLA_KIND_FIRST_UPDATE);
  g_assert_cmpint (d->state, ==, CORDON_SLA_STATE_BREACHED);
  g_assert_cmpint (cordon_sla_next_transition (resolved, t0 + 5 * HOUR), ==, 0);
}

/* First update after acknowledgement, next one after the last update */
static void
test_update_cadence (void)
{
  g_autoptr(CordonSlaPolicy) policy = new_policy (3600, 24 * 3600, 1800, 3600);
  gint64 t0 = at ("2026-03-02T10:00:00Z");
  g_autoptr(CordonIncident) incident = new_incident (t0);
  g_autoptr(CordonSlaHistory) history = cordon_sla_history_new ();
  g_autoptr(GArray) waiting = NULL;
  g_autoptr(GArray) first_sent = NULL;
  g_autoptr(GArray) later = NULL;
  const CordonSlaDeadline *d;

  cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED, t0 + 10 * MINUTE);

  waiting = cordon_sla_compute (incident, policy, NULL, history, t0 + 35 * MINUTE);
  d = find (waiting, CORDON_SLA_KIND_FIRST_UPDATE);
  g_assert_cmpint (d->start_usec, ==, t0 + 10 * MINUTE);
  g_assert_cmpint (d->due_usec, ==, t0 + 40 * MINUTE);
  g_assert_cmpint (d->state, ==, CORDON_SLA_STATE_WARNING);
  g_assert_null (find (waiting, CORDON_SLA_KIND_NEXT_UPDATE));

  history->first_update_usec = history->last_update_usec = t0 + 20 * MINUTE;
  first_sent = cordon_sla_compute (incident, policy, NULL, history, t0 + 35 * MINUTE);
  d = find (first_sent, CORDON_SLA_KIND_FIRST_UPDATE);
  g_assert_cmpint (d->state, ==, CORDON_SLA_STATE_MET);
  g_assert_cmpint (d->met_usec, ==, t0 + 20 * MINUTE);
  d = find (first_sent, CORDON_SLA_KIND_NEXT_UPDATE);
  g_assert_cmpint (d->start_usec, ==, t0 + 20 * MINUTE);
  g_assert_cmpint (d->due_usec, ==, t0 + 80 * MINUTE);
  g_assert_cmpint (d->state, ==, CORDON_SLA_STATE_PENDING);

  /* Another update restarts the cadence; a missed one breaches */
  history->last_update_usec = t0 + 70 * MINUTE;
  later = cordon_sla_compute (incident, policy, NULL, history, t0 + 140 * MINUTE);
  d = find (later, CORDON_SLA_KIND_NEXT_UPDATE);
  g_assert_cmpint (d->start_usec, ==, t0 + 70 * MINUTE);
  g_assert_cmpint (d->due_usec, ==, t0 + 130 * MINUTE);
  g_assert_cmpint (d->state, ==, CORDON_SLA_STATE_BREACHED);
  g_assert_cmpint (d->remaining_usec, ==, -10 * MINUTE);
}

/* Paused time does not count; a running pause shows the state paused and
 * no transition ahead */
static void
test_pause_resume (void)
{
  g_autoptr(CordonSlaPolicy) policy = new_policy (3600, 4 * 3600, 1800, 3600);
  gint64 t0 = at ("2026-03-02T10:00:00Z");
  g_autoptr(CordonIncident) incident = new_incident (t0);
  g_autoptr(CordonSlaHistory) history = cordon_sla_history_new ();
  g_autoptr(GArray) paused = NULL;
  g_autoptr(GArray) resumed = NULL;
  g_autoptr(GArray) before_pause = NULL;
  CordonSlaPause pause = { t0 + 10 * MINUTE, 0 };
  const CordonSlaDeadline *d;

  g_array_append_val (history->pauses, pause);
  g_assert_true (cordon_sla_history_is_paused (history));

  paused = cordon_sla_compute (incident, policy, NULL, history, t0 + 50 * MINUTE);
  d = find (paused, CORDON_SLA_KIND_RESPONSE);
  g_assert_cmpint (d->state, ==, CORDON_SLA_STATE_PAUSED);
  g_assert_cmpint (d->remaining_usec, ==, 50 * MINUTE);
  /* due if resumed now */
  g_assert_cmpint (d->due_usec, ==, t0 + 100 * MINUTE);
  g_assert_cmpint (cordon_sla_next_transition (paused, t0 + 50 * MINUTE), ==, 0);

  /* A pause after now is not seen */
  before_pause = cordon_sla_compute (incident, policy, NULL, history, t0 + 5 * MINUTE);
  g_assert_cmpint (find (before_pause, CORDON_SLA_KIND_RESPONSE)->due_usec, ==, t0 + HOUR);

  g_array_index (history->pauses, CordonSlaPause, 0).end_usec = t0 + 40 * MINUTE;
  g_assert_false (cordon_sla_history_is_paused (history));
  resumed = cordon_sla_compute (incident, policy, NULL, history, t0 + 80 * MINUTE);
  d = find (resumed, CORDON_SLA_KIND_RESPONSE);
  g_assert_cmpint (d->due_usec, ==, t0 + 90 * MINUTE);
  g_assert_cmpint (d->warn_usec, ==, t0 + 75 * MINUTE);
  g_assert_cmpint (d->state, ==, CORDON_SLA_STATE_WARNING);
  g_assert_cmpint (d->remaining_usec, ==, 10 * MINUTE);
  d = find (resumed, CORDON_SLA_KIND_RESOLUTION);
  g_assert_cmpint (d->due_usec, ==, t0 + 4 * HOUR + 30 * MINUTE);
}

static CordonSlaCalendar *
berlin (const char *text)
{
  g_autoptr(GError) error = NULL;
  CordonSlaCalendar *calendar = cordon_sla_calendar_new (text, "Europe/Berlin", &error);

  g_assert_no_error (error);
  g_assert_nonnull (calendar);

  return calendar;
}

/* Business hours: what is left on Friday carries over to Monday */
static void
test_business_weekend (void)
{
  g_autoptr(CordonSlaCalendar) calendar = berlin ("mon-fri 09:00-17:00");
  g_autoptr(CordonSlaPolicy) policy = new_policy (4 * 3600, 16 * 3600, 3600, 3600);
  /* Friday 16:00 in Berlin (CET, UTC+1) */
  g_autoptr(CordonIncident) incident = new_incident (at ("2026-03-06T15:00:00Z"));
  g_autoptr(GArray) friday = NULL;
  g_autoptr(GArray) saturday = NULL;
  const CordonSlaDeadline *d;

  friday = cordon_sla_compute (incident, policy, calendar, NULL, at ("2026-03-06T15:30:00Z"));
  d = find (friday, CORDON_SLA_KIND_RESPONSE);
  /* 1 h on Friday, 3 h from Monday 09:00 */
  g_assert_cmpint (d->due_usec, ==, at ("2026-03-09T11:00:00Z"));
  /* 75 % of 4 h = 3 h: 1 h Friday, 2 h Monday */
  g_assert_cmpint (d->warn_usec, ==, at ("2026-03-09T10:00:00Z"));
  g_assert_cmpint (d->remaining_usec, ==, 3 * HOUR + 30 * MINUTE);
  d = find (friday, CORDON_SLA_KIND_RESOLUTION);
  /* 1 h Friday, 8 h Monday, 7 h Tuesday */
  g_assert_cmpint (d->due_usec, ==, at ("2026-03-10T15:00:00Z"));

  /* The weekend does not count */
  saturday = cordon_sla_compute (incident, policy, calendar, NULL, at ("2026-03-07T12:00:00Z"));
  d = find (saturday, CORDON_SLA_KIND_RESPONSE);
  g_assert_cmpint (d->state, ==, CORDON_SLA_STATE_PENDING);
  g_assert_cmpint (d->remaining_usec, ==, 3 * HOUR);
  g_assert_cmpint (cordon_sla_next_transition (saturday, at ("2026-03-07T12:00:00Z")), ==,
                   at ("2026-03-09T10:00:00Z"));

  g_assert_false (cordon_sla_calendar_is_open (calendar, at ("2026-03-07T12:00:00Z")));
  g_assert_true (cordon_sla_calendar_is_open (calendar, at ("2026-03-09T08:00:00Z")));
  g_assert_false (cordon_sla_calendar_is_open (calendar, at ("2026-03-09T07:59:59Z")));
}

/* Clocks go forward in Europe/Berlin on Sunday 2026-03-29 and back on
 * Sunday 2026-10-25: business hours stay at 09:00 local time on both
 * sides, and a day with the change is 23 or 25 hours long */
static void
test_business_dst (void)
{
  g_autoptr(CordonSlaCalendar) weekdays = berlin ("mon-fri 09:00-17:00");
  g_autoptr(CordonSlaCalendar) weekend = berlin ("sat-sun 00:00-24:00");
  g_autoptr(CordonSlaPolicy) policy = new_policy (2 * 3600, 100 * 3600, 3600, 3600);
  g_autoptr(CordonIncident) spring = new_incident (at ("2026-03-27T15:00:00Z"));  /* Fri 16:00 CET */
  g_autoptr(CordonIncident) autumn = new_incident (at ("2026-10-23T14:00:00Z"));  /* Fri 16:00 CEST */
  g_autoptr(GArray) spring_deadlines = NULL;
  g_autoptr(GArray) autumn_deadlines = NULL;
  gint64 saturday, monday;

  spring_deadlines = cordon_sla_compute (spring, policy, weekdays, NULL, at ("2026-03-27T15:00:00Z"));
  /* Monday 10:00 CEST = 08:00 UTC, not 09:00 UTC */
  g_assert_cmpint (find (spring_deadlines, CORDON_SLA_KIND_RESPONSE)->due_usec, ==, at ("2026-03-30T08:00:00Z"));

  autumn_deadlines = cordon_sla_compute (autumn, policy, weekdays, NULL, at ("2026-10-23T14:00:00Z"));
  /* Monday 10:00 CET = 09:00 UTC */
  g_assert_cmpint (find (autumn_deadlines, CORDON_SLA_KIND_RESPONSE)->due_usec, ==, at ("2026-10-26T09:00:00Z"));

  /* A weekend of 24 + 23 hours in spring, 24 + 25 in autumn */
  saturday = at ("2026-03-27T23:00:00Z");
  monday = at ("2026-03-29T22:00:00Z");
  g_assert_cmpint (cordon_sla_counted_between (weekend, NULL, saturday, monday), ==, 47 * HOUR);
  g_assert_cmpint (cordon_sla_add_counted (weekend, NULL, saturday, 47 * HOUR), ==, monday);
  g_assert_cmpint (cordon_sla_add_counted (weekend, NULL, saturday, 47 * HOUR + 1),
                   ==, at ("2026-04-03T22:00:00Z") + 1);
  saturday = at ("2026-10-23T22:00:00Z");
  monday = at ("2026-10-25T23:00:00Z");
  g_assert_cmpint (cordon_sla_counted_between (weekend, NULL, saturday, monday), ==, 49 * HOUR);
  g_assert_cmpint (cordon_sla_add_counted (weekend, NULL, saturday, 49 * HOUR), ==, monday);
}

/* A new severity re-times from the same start with the new durations */
static void
test_reclassification (void)
{
  g_autoptr(CordonSlaPolicy) medium = new_policy (4 * 3600, 72 * 3600, 4 * 3600, 8 * 3600);
  g_autoptr(CordonSlaPolicy) high = new_policy (3600, 24 * 3600, 3600, 2 * 3600);
  gint64 t0 = at ("2026-03-02T10:00:00Z");
  g_autoptr(CordonIncident) incident = new_incident (t0);
  g_autoptr(GArray) before = cordon_sla_compute (incident, medium, NULL, NULL, t0 + 50 * MINUTE);
  g_autoptr(GArray) after = cordon_sla_compute (incident, high, NULL, NULL, t0 + 50 * MINUTE);

  g_assert_cmpint (find (before, CORDON_SLA_KIND_RESPONSE)->due_usec, ==, t0 + 4 * HOUR);
  g_assert_cmpint (find (before, CORDON_SLA_KIND_RESPONSE)->state, ==, CORDON_SLA_STATE_PENDING);
  g_assert_cmpint (find (after, CORDON_SLA_KIND_RESPONSE)->start_usec, ==, t0);
  g_assert_cmpint (find (after, CORDON_SLA_KIND_RESPONSE)->due_usec, ==, t0 + HOUR);
  g_assert_cmpint (find (after, CORDON_SLA_KIND_RESPONSE)->state, ==, CORDON_SLA_STATE_WARNING);
  g_assert_cmpint (find (after, CORDON_SLA_KIND_RESOLUTION)->due_usec, ==, t0 + 24 * HOUR);
}

static void
test_calendar_text (void)
{
  static const char * const bad[] = {
    "mon-fri 9-17", "monday 09:00-17:00", "mon-fri 17:00-09:00", "mon-fri 09:00-24:30",
    "mon-fri", "mon-fri 09:00", "sun 25:00-26:00",
  };
  g_autoptr(CordonSlaCalendar) split = NULL;
  g_autoptr(CordonSlaCalendar) fallback = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start, end;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(CordonSlaCalendar) calendar = cordon_sla_calendar_new (bad[i], "UTC", &error);

      g_test_message ("%s", bad[i]);
      g_assert_null (calendar);
      g_assert_error (error, CORDON_SLA_CALENDAR_ERROR, CORDON_SLA_CALENDAR_ERROR_INVALID);
      g_clear_error (&error);
    }

  g_assert_null (cordon_sla_calendar_new (NULL, "Mars/Olympus_Mons", &error));
  g_assert_error (error, CORDON_SLA_CALENDAR_ERROR, CORDON_SLA_CALENDAR_ERROR_TIME_ZONE);
  g_clear_error (&error);

  split = cordon_sla_calendar_new ("Mon-Thu 08:00-12:00, 13:00-17:00; fri 08:00-14:00", "UTC", &error);
  g_assert_no_error (error);
  cordon_sla_calendar_next_open (split, at ("2026-03-02T12:30:00Z"), &start, &end);
  g_assert_cmpint (start, ==, at ("2026-03-02T13:00:00Z"));
  g_assert_cmpint (end, ==, at ("2026-03-02T17:00:00Z"));
  cordon_sla_calendar_next_open (split, at ("2026-03-06T15:00:00Z"), &start, &end);
  g_assert_cmpint (start, ==, at ("2026-03-09T08:00:00Z"));

  /* Empty means Monday to Friday, 09:00 to 17:00 */
  fallback = cordon_sla_calendar_new ("", "UTC", &error);
  g_assert_no_error (error);
  cordon_sla_calendar_next_open (fallback, at ("2026-03-07T10:00:00Z"), &start, &end);
  g_assert_cmpint (start, ==, at ("2026-03-09T09:00:00Z"));
  g_assert_cmpint (end, ==, at ("2026-03-09T17:00:00Z"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sla/states", test_states);
  g_test_add_func ("/sla/met", test_met);
  g_test_add_func ("/sla/update-cadence", test_update_cadence);
  g_test_add_func ("/sla/pause-resume", test_pause_resume);
  g_test_add_func ("/sla/business-hours/weekend", test_business_weekend);
  g_test_add_func ("/sla/business-hours/dst", test_business_dst);
  g_test_add_func ("/sla/reclassification", test_reclassification);
  g_test_add_func ("/sla/calendar-text", test_calendar_text);

  return g_test_run ();
}
