/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-sla-scheduler.c: the SLA scheduler on a real workspace file and a
 * manual clock: which transitions it raises, when, how often, and the one
 * timer it keeps armed.
 */

#include "config.h"

#include <locale.h>

#include <string.h>

#include <glib/gstdio.h>

#include "cordon-manual-clock.h"
#include "cordon-sla-scheduler.h"
#include "cordon-time.h"
#include "cordon-workspace.h"

#define MINUTE (G_GINT64_CONSTANT (60) * G_USEC_PER_SEC)
#define HOUR (60 * MINUTE)

typedef struct
{
  char           kind[16];
  char           state[16];
  char           key[32];
  gint64         due;
} Seen;

typedef struct
{
  char               *dir;
  char               *path;
  CordonManualClock  *clock;
  CordonWorkspace    *ws;
  CordonSlaScheduler *scheduler;
  GArray             *seen;       /* Seen */
  GPtrArray          *overdue;    /* CordonSlaEvent, of the last start */
  guint               n_startups;
} Fixture;

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
    }

  g_remove (path);
}

static void
on_transition (CordonSlaScheduler *scheduler,
               CordonIncident     *incident,
               CordonSlaKind       kind,
               CordonSlaState      state,
               gint64              due,
               Fixture            *f)
{
  Seen seen = { { 0 }, { 0 }, { 0 }, due };

  g_strlcpy (seen.kind, cordon_sla_kind_to_id (kind), sizeof seen.kind);
  g_strlcpy (seen.state, cordon_sla_state_to_id (state), sizeof seen.state);
  g_strlcpy (seen.key, cordon_incident_get_key (incident), sizeof seen.key);
  g_array_append_val (f->seen, seen);
}

static void
on_startup_overdue (CordonSlaScheduler *scheduler,
                    GPtrArray          *events,
                    Fixture            *f)
{
  g_clear_pointer (&f->overdue, g_ptr_array_unref);
  f->overdue = g_ptr_array_ref (events);
  f->n_startups++;
}

static void
start_scheduler (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->scheduler);
  f->scheduler = cordon_sla_scheduler_new (f->ws, NULL);
  g_signal_connect (f->scheduler, "transition", G_CALLBACK (on_transition), f);
  g_signal_connect (f->scheduler, "startup-overdue", G_CALLBACK (on_startup_overdue), f);
  g_assert_true (cordon_sla_scheduler_start (f->scheduler, &error));
  g_assert_no_error (error);
}

static void
open_workspace (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->scheduler);
  g_clear_object (&f->ws);
  f->ws = cordon_workspace_new (f->path, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("cordon-sla-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "ws.cordon", NULL);
  /* Monday 2026-03-02 09:00 UTC */
  f->clock = cordon_manual_clock_new_iso8601 ("2026-03-02T09:00:00Z");
  f->seen = g_array_new (FALSE, TRUE, sizeof (Seen));
  open_workspace (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->scheduler);
  g_clear_object (&f->ws);
  g_clear_object (&f->clock);
  g_clear_pointer (&f->seen, g_array_unref);
  g_clear_pointer (&f->overdue, g_ptr_array_unref);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static gint64
now (Fixture *f)
{
  return cordon_clock_now_usec (CORDON_CLOCK (f->clock));
}

static CordonIncident *
new_incident (Fixture    *f,
              const char *severity)
{
  g_autoptr(CordonIncident) draft = cordon_incident_new ();
  g_autoptr(GError) error = NULL;
  CordonIncident *incident;

  cordon_incident_set_title (draft, "Beaconing host");
  cordon_incident_set_category (draft, "malicious-code");
  cordon_incident_set_severity (draft, severity);
  incident = cordon_workspace_create_incident (f->ws, draft, "Ana", &error);
  g_assert_no_error (error);

  return g_object_ref (incident);
}

static void
advance (Fixture *f,
         gint64   usec)
{
  cordon_manual_clock_advance_usec (f->clock, usec);
}

static void
assert_seen (Fixture    *f,
             guint       index,
             const char *key,
             const char *kind,
             const char *state,
             gint64      due)
{
  Seen *seen;

  g_assert_cmpuint (index, <, f->seen->len);
  seen = &g_array_index (f->seen, Seen, index);
  g_assert_cmpstr (seen->key, ==, key);
  g_assert_cmpstr (seen->kind, ==, kind);
  g_assert_cmpstr (seen->state, ==, state);
  g_assert_cmpint (seen->due, ==, due);
}

static guint
count_notices (Fixture        *f,
               CordonIncident *incident)
{
  g_autoptr(GListModel) journal = cordon_workspace_list_journal (f->ws, incident, NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (journal); i++)
    {
      g_autoptr(CordonJournalEntry) entry = g_list_model_get_item (journal, i);
      const char *payload = cordon_journal_entry_get_payload (entry);

      if (cordon_journal_entry_get_kind (entry) == CORDON_JOURNAL_KIND_SLA_EVENT &&
          payload != NULL && strstr (payload, "\"state\"") != NULL)
        n++;
    }

  return n;
}

/* A high incident: response warns at 45 min and breaches at 1 h, once
 * each, and is written to the journal */
static void
test_warning_then_breach (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = new_incident (f, "high");
  gint64 t0 = now (f);
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(CordonJournalEntry) last = NULL;
  g_autofree char *due = cordon_time_to_iso8601 (t0 + HOUR);
  g_autofree char *expected = NULL;

  start_scheduler (f);
  g_assert_cmpuint (f->n_startups, ==, 1);
  g_assert_cmpuint (f->overdue->len, ==, 0);
  g_assert_cmpuint (cordon_sla_scheduler_get_n_tracked (f->scheduler), ==, 1);
  g_assert_cmpint (cordon_sla_scheduler_get_next_wakeup (f->scheduler), ==, t0 + 45 * MINUTE);

  advance (f, 45 * MINUTE - 1);
  g_assert_cmpuint (f->seen->len, ==, 0);
  advance (f, 1);
  g_assert_cmpuint (f->seen->len, ==, 1);
  assert_seen (f, 0, "INC-2026-0001", "response", "warning", t0 + HOUR);
  g_assert_cmpint (cordon_sla_scheduler_get_next_wakeup (f->scheduler), ==, t0 + HOUR);

  advance (f, 10 * MINUTE);
  g_assert_cmpuint (f->seen->len, ==, 1);
  advance (f, 5 * MINUTE);
  g_assert_cmpuint (f->seen->len, ==, 2);
  assert_seen (f, 1, "INC-2026-0001", "response", "breached", t0 + HOUR);
  /* next: the resolution warning at 75 % of 24 h */
  g_assert_cmpint (cordon_sla_scheduler_get_next_wakeup (f->scheduler), ==, t0 + 18 * HOUR);

  advance (f, HOUR);
  g_assert_cmpuint (f->seen->len, ==, 2);

  g_assert_cmpuint (count_notices (f, incident), ==, 2);
  journal = cordon_workspace_list_journal (f->ws, incident, NULL);
  last = g_list_model_get_item (journal, g_list_model_get_n_items (journal) - 1);
  expected = g_strdup_printf ("{\"deadline\":\"response\",\"state\":\"breached\",\"due\":\"%s\",\"start\":\"%s\"}",
                              due, "2026-03-02T09:00:00.000000Z");
  g_assert_cmpstr (cordon_journal_entry_get_payload (last), ==, expected);
  g_assert_cmpstr (cordon_journal_entry_get_author (last), ==, "cordon");

  g_assert_true (cordon_workspace_verify (f->ws, NULL, NULL, NULL));
}

/* One alarm, at the earliest transition of all incidents, moved by every
 * change */
static void
test_rearm (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(CordonIncident) medium = new_incident (f, "medium");
  g_autoptr(CordonIncident) critical = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) deadlines = NULL;
  gint64 t0 = now (f);

  start_scheduler (f);
  /* medium: response 4 h, warning at 3 h */
  g_assert_cmpint (cordon_sla_scheduler_get_next_wakeup (f->scheduler), ==, t0 + 3 * HOUR);

  /* A new critical incident warns first: 75 % of 15 min */
  advance (f, 10 * MINUTE);
  critical = new_incident (f, "critical");
  g_assert_cmpint (cordon_sla_scheduler_get_next_wakeup (f->scheduler), ==, t0 + 10 * MINUTE + 675 * G_USEC_PER_SEC);

  /* Acknowledging it moves the alarm to its first-update warning (75 % of 30 min) */
  g_assert_true (cordon_workspace_move_incident (f->ws, critical, CORDON_PHASE_CLASSIFIED, "Triaged", "Ana", &error));
  g_assert_no_error (error);
  g_assert_cmpint (cordon_sla_scheduler_get_next_wakeup (f->scheduler), ==,
                   t0 + 10 * MINUTE + 1350 * G_USEC_PER_SEC);

  /* An update sent meets it; the next is due 60 min later, warns at 45 */
  advance (f, 5 * MINUTE);
  {
    g_autoptr(CordonJournalEntry) sent = cordon_workspace_append_journal (f->ws, critical, CORDON_JOURNAL_KIND_COMMUNICATION,
                                                                          "Ana", "Told the CISO", NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (sent);
  }
  deadlines = cordon_sla_scheduler_get_deadlines (f->scheduler, critical);
  g_assert_cmpuint (deadlines->len, ==, 4);
  g_assert_cmpint (g_array_index (deadlines, CordonSlaDeadline, 2).state, ==, CORDON_SLA_STATE_MET);
  g_assert_cmpint (g_array_index (deadlines, CordonSlaDeadline, 3).kind, ==, CORDON_SLA_KIND_NEXT_UPDATE);
  g_assert_cmpint (g_array_index (deadlines, CordonSlaDeadline, 3).due_usec, ==, t0 + 75 * MINUTE);
  /* the critical resolution warns at 3 h after t0 + 10 min; the update at t0 + 60 min */
  g_assert_cmpint (cordon_sla_scheduler_get_next_wakeup (f->scheduler), ==, t0 + 60 * MINUTE);

  /* Reclassifying the medium one to critical re-times it: already past
   * its response deadline, told at once as breached */
  g_assert_true (cordon_workspace_reclassify (f->ws, medium, NULL, "critical", "Worm", "Ana", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->seen->len, ==, 1);
  assert_seen (f, 0, "INC-2026-0001", "response", "breached", t0 + 15 * MINUTE);
  g_assert_cmpint (cordon_sla_scheduler_get_next_wakeup (f->scheduler), ==, t0 + 60 * MINUTE);

  /* Closing paths: a pause stops the clock, a resume restarts it */
  g_assert_true (cordon_workspace_pause_sla (f->ws, critical, "Waiting for the provider", "Ana", &error));
  g_assert_no_error (error);
  deadlines = (g_array_unref (deadlines), cordon_sla_scheduler_get_deadlines (f->scheduler, critical));
  g_assert_cmpint (g_array_index (deadlines, CordonSlaDeadline, 1).state, ==, CORDON_SLA_STATE_PAUSED);
  g_assert_false (cordon_workspace_pause_sla (f->ws, critical, "again", "Ana", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED);
  g_clear_error (&error);
  advance (f, HOUR);
  g_assert_true (cordon_workspace_resume_sla (f->ws, critical, NULL, "Ana", &error));
  g_assert_no_error (error);
  deadlines = (g_array_unref (deadlines), cordon_sla_scheduler_get_deadlines (f->scheduler, critical));
  /* the paused hour does not count */
  g_assert_cmpint (g_array_index (deadlines, CordonSlaDeadline, 3).due_usec, ==, t0 + 135 * MINUTE);
}

/* A jump past several deadlines tells each once, breached only */
static void
test_clock_jump (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CordonIncident) a = new_incident (f, "high");
  g_autoptr(CordonIncident) b = new_incident (f, "critical");
  gint64 t0 = now (f);

  start_scheduler (f);
  advance (f, 30 * HOUR);

  g_assert_cmpuint (f->seen->len, ==, 4);
  for (guint i = 0; i < f->seen->len; i++)
    g_assert_cmpstr (g_array_index (f->seen, Seen, i).state, ==, "breached");
  g_assert_cmpuint (count_notices (f, a), ==, 2);
  g_assert_cmpuint (count_notices (f, b), ==, 2);
  g_assert_cmpint (cordon_sla_scheduler_get_next_wakeup (f->scheduler), ==, 0);

  advance (f, HOUR);
  g_assert_cmpuint (f->seen->len, ==, 4);
  (void) t0;
}

/* A restart neither repeats what was told nor skips what fell due while
 * nothing ran */
static void
test_restart (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = new_incident (f, "high");
  gint64 t0 = now (f);

  start_scheduler (f);
  advance (f, 50 * MINUTE);
  g_assert_cmpuint (f->seen->len, ==, 1);

  /* Quit; the response and the resolution fall due while nothing runs */
  g_clear_object (&f->scheduler);
  advance (f, 25 * HOUR);
  open_workspace (f);
  start_scheduler (f);
  g_assert_cmpuint (f->seen->len, ==, 1);
  g_assert_cmpuint (f->overdue->len, ==, 2);
  g_assert_cmpint (((CordonSlaEvent *) g_ptr_array_index (f->overdue, 0))->state, ==, CORDON_SLA_STATE_BREACHED);
  g_assert_cmpint (((CordonSlaEvent *) g_ptr_array_index (f->overdue, 0))->kind, ==, CORDON_SLA_KIND_RESPONSE);
  g_assert_cmpint (((CordonSlaEvent *) g_ptr_array_index (f->overdue, 0))->due_usec, ==, t0 + HOUR);
  g_assert_cmpint (((CordonSlaEvent *) g_ptr_array_index (f->overdue, 1))->kind, ==, CORDON_SLA_KIND_RESOLUTION);

  /* And again: nothing more */
  open_workspace (f);
  start_scheduler (f);
  g_assert_cmpuint (f->overdue->len, ==, 0);
  g_assert_cmpuint (f->seen->len, ==, 1);
  /* the warning, then the two breaches, written at start in one bulk */
  g_assert_cmpuint (count_notices (f, incident), ==, 3);
  g_assert_true (cordon_workspace_verify (f->ws, NULL, NULL, NULL));
}

/* A snoozed warning comes back after the delay, without a second
 * journal entry */
static void
test_snooze (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = new_incident (f, "high");
  gint64 t0 = now (f);

  start_scheduler (f);
  advance (f, 45 * MINUTE);
  g_assert_cmpuint (f->seen->len, ==, 1);

  cordon_sla_scheduler_snooze (f->scheduler, incident, CORDON_SLA_KIND_RESPONSE, 5 * 60);
  g_assert_cmpint (cordon_sla_scheduler_get_next_wakeup (f->scheduler), ==, t0 + 50 * MINUTE);
  advance (f, 5 * MINUTE);
  g_assert_cmpuint (f->seen->len, ==, 2);
  assert_seen (f, 1, "INC-2026-0001", "response", "warning", t0 + HOUR);
  g_assert_cmpuint (count_notices (f, incident), ==, 1);
  g_assert_cmpint (cordon_sla_scheduler_get_next_wakeup (f->scheduler), ==, t0 + HOUR);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) \
  g_test_add ("/sla-scheduler/" path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)

  ADD ("warning-then-breach", test_warning_then_breach);
  ADD ("rearm", test_rearm);
  ADD ("clock-jump", test_clock_jump);
  ADD ("restart", test_restart);
  ADD ("snooze", test_snooze);

  return g_test_run ();
}
