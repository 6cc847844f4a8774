/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-exercise.c: tabletop exercises without a display — injects
 * delivered in order and on time on a manual base clock at several
 * speeds, pause, jump to the next inject, skip, manual injects, scripted
 * responses, an SLA breach at the right exercise time, the after-action
 * report (its content, byte-identical HTML run after run, a PDF), the
 * validation records it gives a real workspace, and the headless run of
 * `cordon exercise run`. Nothing reads the wall clock.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "cordon-aar.h"
#include "cordon-exercise.h"
#include "cordon-manual-clock.h"
#include "cordon-time.h"

#define MIN_USEC (G_GINT64_CONSTANT (60) * G_USEC_PER_SEC)

/* Three injects at +00:10 (fact), +00:10 (message) and +00:30
 * (question, answered 5 min later); a critical incident, whose response
 * deadline (15 min) nobody meets unless responses play */
static const char scenario_json[] =
  "{\"format\":\"cordon-scenario\",\"version\":1,\"title\":\"Drill\",\"start\":\"2026-03-02T08:00:00Z\","
  "\"narrative\":\"A drill.\",\"objectives\":[\"Respond\"],"
  "\"roles\":[{\"id\":\"lead\",\"name\":\"Incident lead\",\"role\":\"Leads\",\"group\":\"responder\"}],"
  "\"modules\":[{\"title\":\"First\",\"starts-at\":\"+00:00\",\"questions\":[\"Who is told?\"]},"
  "{\"title\":\"Second\",\"starts-at\":\"+00:20\",\"questions\":[\"What next?\"]}],"
  "\"incidents\":[{\"id\":\"ransom\",\"title\":\"Encrypted files\",\"category\":\"malicious-code\",\"severity\":\"critical\",\"summary\":\"Files are encrypted\"}],"
  "\"injects\":["
  "{\"at\":\"+00:10\",\"kind\":\"fact\",\"incident\":\"ransom\",\"fact\":{\"kind\":\"host\",\"value\":\"FS-02\"},"
  "  \"responses\":[{\"after\":\"+00:02\",\"kind\":\"acknowledge\",\"by\":\"lead\"},"
  "                {\"after\":\"+00:03\",\"kind\":\"plan\",\"by\":\"lead\",\"strategy\":\"disable-user-account\"}]},"
  "{\"at\":\"+00:10\",\"kind\":\"message\",\"incident\":\"ransom\",\"from\":\"Chief executive\",\"stakeholder\":\"executive\",\"text\":\"Restore now?\"},"
  "{\"at\":\"+00:30\",\"kind\":\"question\",\"incident\":\"ransom\",\"question\":\"Is it spreading?\","
  "  \"responses\":[{\"after\":\"+00:05\",\"kind\":\"answer\",\"by\":\"lead\",\"text\":\"No\"}]}]}";

typedef struct
{
  char              *dir;
  CordonManualClock *base;
  CordonExercise    *exercise;
  GPtrArray         *delivered;   /* gint64 offsets, as pointers */
} Fixture;

static void
on_delivered (CordonExercise       *exercise,
              CordonExerciseInject *inject,
              Fixture              *f)
{
  g_ptr_array_add (f->delivered, GINT_TO_POINTER (cordon_exercise_inject_get_position (inject)));
  g_ptr_array_add (f->delivered, GSIZE_TO_POINTER ((gsize) (cordon_exercise_get_offset (exercise) / MIN_USEC)));
}

static CordonExercise *
new_exercise (Fixture    *f,
              const char *json,
              const char *file)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autofree char *path = g_build_filename (f->dir, file, NULL);
  g_autoptr(GError) error = NULL;
  CordonExercise *exercise = cordon_exercise_new (bytes, "drill.json", path, CORDON_CLOCK (f->base), &error);

  g_assert_no_error (error);
  g_signal_connect (exercise, "inject-delivered", G_CALLBACK (on_delivered), f);

  return exercise;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("cordon-exercise-XXXXXX", NULL);
  f->base = cordon_manual_clock_new_iso8601 ("2026-06-01T12:00:00Z");
  f->delivered = g_ptr_array_new ();
  f->exercise = new_exercise (f, scenario_json, "drill.cordon");
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->exercise);
  g_clear_object (&f->base);
  g_ptr_array_unref (f->delivered);
  remove_tree (f->dir);
  g_free (f->dir);
}

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static CordonExerciseInject *
inject_at (Fixture *f,
           guint    position)
{
  return g_list_model_get_item (cordon_exercise_get_injects (f->exercise), position);
}

static CordonIncident *
ransom (Fixture *f)
{
  return cordon_exercise_lookup_incident (f->exercise, "ransom");
}

static void
test_created (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = ransom (f);
  CordonWorkspace *workspace = cordon_exercise_get_workspace (f->exercise);
  g_autofree char *stored = cordon_workspace_get_exercise_value (workspace, "scenario", NULL);

  g_assert_nonnull (incident);
  g_assert_true (cordon_incident_get_exercise (incident));
  g_assert_true (cordon_workspace_is_exercise (workspace));
  g_assert_cmpstr (stored, ==, scenario_json);
  g_assert_cmpint (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_DETECTED), ==,
                   cordon_exercise_get_start_usec (f->exercise));
  g_assert_cmpuint (g_list_model_get_n_items (cordon_exercise_get_injects (f->exercise)), ==, 3);
  g_assert_cmpint (cordon_exercise_get_state (f->exercise), ==, CORDON_EXERCISE_STATE_READY);
}

/* Offsets 10, 10, 30 minutes, in scenario order, at every speed */
static void
test_order_and_timing (Fixture       *f,
                       gconstpointer  data)
{
  static const guint speeds[] = { 1, 5, 60 };

  for (guint s = 0; s < G_N_ELEMENTS (speeds); s++)
    {
      g_autofree char *file = g_strdup_printf ("speed-%u.cordon", speeds[s]);
      g_autoptr(CordonExercise) exercise = NULL;
      gint64 step = MIN_USEC / speeds[s];

      g_ptr_array_set_size (f->delivered, 0);
      exercise = new_exercise (f, scenario_json, file);
      g_assert_true (cordon_exercise_start (exercise, NULL));
      cordon_exercise_set_speed (exercise, speeds[s]);

      /* Just short of +00:10: nothing */
      cordon_manual_clock_advance_usec (f->base, 10 * step - 1);
      drain ();
      g_assert_cmpuint (f->delivered->len, ==, 0);

      cordon_manual_clock_advance_usec (f->base, 1);
      drain ();
      g_assert_cmpuint (f->delivered->len, ==, 4);
      g_assert_cmpint (GPOINTER_TO_INT (f->delivered->pdata[0]), ==, 0);
      g_assert_cmpint (GPOINTER_TO_INT (f->delivered->pdata[1]), ==, 10);
      g_assert_cmpint (GPOINTER_TO_INT (f->delivered->pdata[2]), ==, 1);
      g_assert_cmpint (GPOINTER_TO_INT (f->delivered->pdata[3]), ==, 10);

      cordon_manual_clock_advance_usec (f->base, 20 * step);
      drain ();
      g_assert_cmpuint (f->delivered->len, ==, 6);
      g_assert_cmpint (GPOINTER_TO_INT (f->delivered->pdata[4]), ==, 2);
      g_assert_cmpint (GPOINTER_TO_INT (f->delivered->pdata[5]), ==, 30);
      g_assert_false (cordon_exercise_get_next_event (exercise, NULL));
    }
}

static void
test_pause_and_jump (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CordonExerciseInject) first = inject_at (f, 0);
  g_autoptr(CordonExerciseInject) last = inject_at (f, 2);
  gint64 next = 0;

  g_assert_true (cordon_exercise_start (f->exercise, NULL));
  cordon_manual_clock_advance (f->base, 5 * 60);
  cordon_exercise_pause (f->exercise);
  g_assert_cmpint (cordon_exercise_get_state (f->exercise), ==, CORDON_EXERCISE_STATE_PAUSED);

  /* Paused: real time passes, exercise time does not */
  cordon_manual_clock_advance (f->base, 60 * 60);
  drain ();
  g_assert_cmpuint (f->delivered->len, ==, 0);
  g_assert_cmpint (cordon_exercise_get_offset (f->exercise), ==, 5 * MIN_USEC);
  g_assert_cmpstr (cordon_exercise_get_current_module (f->exercise)->title, ==, "First");

  /* Jump to the next inject, still paused: both at +00:10 arrive */
  g_assert_true (cordon_exercise_get_next_event (f->exercise, &next));
  g_assert_cmpint (next - cordon_exercise_get_start_usec (f->exercise), ==, 10 * MIN_USEC);
  g_assert_true (cordon_exercise_jump_to_next (f->exercise));
  g_assert_cmpint (cordon_exercise_inject_get_status (first), ==, CORDON_INJECT_STATUS_DELIVERED);
  g_assert_cmpint (cordon_exercise_inject_get_delivered (first), ==, 10 * MIN_USEC);
  g_assert_cmpuint (f->delivered->len, ==, 4);

  g_assert_true (cordon_exercise_jump_to_next (f->exercise));
  g_assert_cmpint (cordon_exercise_inject_get_status (last), ==, CORDON_INJECT_STATUS_DELIVERED);
  g_assert_cmpstr (cordon_exercise_get_current_module (f->exercise)->title, ==, "Second");
  g_assert_false (cordon_exercise_jump_to_next (f->exercise));

  cordon_exercise_resume (f->exercise);
  g_assert_cmpint (cordon_exercise_get_state (f->exercise), ==, CORDON_EXERCISE_STATE_RUNNING);
}

/* Closed half-way and opened again: paused where it stood, what was
 * delivered stays delivered, the notes are kept, and the rest arrives on
 * time once resumed */
static void
test_reopen (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "drill.cordon", NULL);
  g_autoptr(CordonExercise) reopened = NULL;
  g_autoptr(CordonExerciseInject) first = NULL;
  g_autoptr(CordonExerciseInject) last = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = NULL;

  g_assert_true (cordon_exercise_start (f->exercise, NULL));
  cordon_manual_clock_advance (f->base, 12 * 60);
  drain ();
  g_assert_cmpuint (f->delivered->len, ==, 4);
  g_assert_true (cordon_exercise_set_notes (f->exercise, "The lead asked for legal at +00:11", NULL));
  cordon_exercise_pause (f->exercise);
  g_clear_object (&f->exercise);

  /* Hours later */
  cordon_manual_clock_advance (f->base, 3 * 60 * 60);
  g_ptr_array_set_size (f->delivered, 0);
  reopened = cordon_exercise_open (path, CORDON_CLOCK (f->base), &error);
  g_assert_no_error (error);
  g_signal_connect (reopened, "inject-delivered", G_CALLBACK (on_delivered), f);

  g_assert_cmpint (cordon_exercise_get_state (reopened), ==, CORDON_EXERCISE_STATE_PAUSED);
  g_assert_cmpint (cordon_exercise_get_offset (reopened), ==, 12 * MIN_USEC);
  notes = cordon_exercise_get_notes (reopened);
  g_assert_cmpstr (notes, ==, "The lead asked for legal at +00:11");
  first = g_list_model_get_item (cordon_exercise_get_injects (reopened), 0);
  last = g_list_model_get_item (cordon_exercise_get_injects (reopened), 2);
  g_assert_cmpint (cordon_exercise_inject_get_status (first), ==, CORDON_INJECT_STATUS_DELIVERED);
  g_assert_cmpint (cordon_exercise_inject_get_status (last), ==, CORDON_INJECT_STATUS_PENDING);
  g_assert_nonnull (cordon_exercise_lookup_incident (reopened, "ransom"));

  /* Paused: nothing more arrives, however long */
  cordon_manual_clock_advance (f->base, 60 * 60);
  drain ();
  g_assert_cmpuint (f->delivered->len, ==, 0);

  /* Resumed: the +00:30 inject 18 minutes later */
  cordon_exercise_resume (reopened);
  cordon_manual_clock_advance (f->base, 18 * 60 - 1);
  drain ();
  g_assert_cmpuint (f->delivered->len, ==, 0);
  cordon_manual_clock_advance (f->base, 1);
  drain ();
  g_assert_cmpuint (f->delivered->len, ==, 2);
  g_assert_cmpint (GPOINTER_TO_INT (f->delivered->pdata[0]), ==, 2);
  g_assert_cmpint (GPOINTER_TO_INT (f->delivered->pdata[1]), ==, 30);
}

/* A real workspace is not an exercise to reopen */
static void
test_reopen_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "real.cordon", NULL);
  g_autoptr(CordonExercise) exercise = NULL;
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(CordonWorkspace) real = cordon_workspace_new (path, CORDON_CLOCK (f->base), NULL, &error);
    g_assert_no_error (error);
  }

  exercise = cordon_exercise_open (path, CORDON_CLOCK (f->base), &error);
  g_assert_null (exercise);
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "is not a Cordon exercise"));
}

static void
test_skip_and_manual (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CordonExerciseInject) message = inject_at (f, 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) stored = NULL;
  g_autoptr(GListModel) facts = NULL;
  g_autoptr(CordonIncident) incident = ransom (f);
  CordonExerciseInject *manual;

  g_assert_true (cordon_exercise_start (f->exercise, NULL));
  g_assert_true (cordon_exercise_skip (f->exercise, message, &error));
  g_assert_no_error (error);
  g_assert_false (cordon_exercise_skip (f->exercise, message, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED);
  g_clear_error (&error);

  cordon_manual_clock_advance (f->base, 12 * 60);
  drain ();
  g_assert_cmpint (cordon_exercise_inject_get_status (message), ==, CORDON_INJECT_STATUS_SKIPPED);
  g_assert_cmpuint (f->delivered->len, ==, 2);

  manual = cordon_exercise_add_manual_inject (f->exercise, CORDON_INJECT_FACT, "ransom", NULL, "10.0.0.9 beacons", &error);
  g_assert_no_error (error);
  g_assert_true (cordon_exercise_inject_is_manual (manual));
  g_assert_cmpint (cordon_exercise_inject_get_status (manual), ==, CORDON_INJECT_STATUS_DELIVERED);
  g_assert_cmpint (cordon_exercise_inject_get_at (manual), ==, 12 * MIN_USEC);
  g_assert_null (cordon_exercise_add_manual_inject (f->exercise, CORDON_INJECT_MESSAGE, "ransom", "", "Hi", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);

  facts = cordon_workspace_list_facts (cordon_exercise_get_workspace (f->exercise), incident, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (facts), ==, 2);

  /* The queue and its statuses are in the exercise workspace */
  stored = cordon_workspace_list_exercise_injects (cordon_exercise_get_workspace (f->exercise), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (stored), ==, 4);
  {
    g_autoptr(CordonExerciseInject) skipped = g_list_model_get_item (stored, 1);
    g_autoptr(CordonExerciseInject) added = g_list_model_get_item (stored, 3);

    g_assert_cmpint (cordon_exercise_inject_get_status (skipped), ==, CORDON_INJECT_STATUS_SKIPPED);
    g_assert_cmpint (cordon_exercise_inject_get_scenario_index (added), ==, -1);
    g_assert_nonnull (strstr (cordon_exercise_inject_get_document (added), "10.0.0.9 beacons"));
  }

  g_assert_true (cordon_exercise_set_notes (f->exercise, "The CEO called twice", NULL));
  {
    g_autofree char *notes = cordon_exercise_get_notes (f->exercise);
    g_assert_cmpstr (notes, ==, "The CEO called twice");
  }
}

static guint
count_kind (CordonWorkspace   *workspace,
            CordonIncident    *incident,
            CordonJournalKind  kind,
            const char        *needle)
{
  g_autoptr(GListModel) journal = cordon_workspace_list_journal (workspace, incident, NULL);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (journal); i++)
    {
      g_autoptr(CordonJournalEntry) entry = g_list_model_get_item (journal, i);

      if (cordon_journal_entry_get_kind (entry) == kind &&
          (needle == NULL || strstr (cordon_journal_entry_get_payload (entry) ? cordon_journal_entry_get_payload (entry) : "", needle)))
        n++;
    }

  return n;
}

/* Without responses the response deadline (15 min) is breached at
 * +00:15 exercise time, whatever the speed */
static void
test_sla_breach (Fixture       *f,
                 gconstpointer  data)
{
  CordonWorkspace *workspace = cordon_exercise_get_workspace (f->exercise);
  g_autoptr(CordonIncident) incident = ransom (f);
  g_autoptr(GListModel) journal = NULL;
  gint64 breach = 0;

  g_assert_true (cordon_exercise_start (f->exercise, NULL));
  cordon_exercise_set_speed (f->exercise, 10);

  cordon_manual_clock_advance_usec (f->base, 15 * MIN_USEC / 10 - 1);
  drain ();
  g_assert_cmpuint (count_kind (workspace, incident, CORDON_JOURNAL_KIND_SLA_EVENT, "\"breached\""), ==, 0);

  cordon_manual_clock_advance_usec (f->base, 1);
  drain ();
  g_assert_cmpuint (count_kind (workspace, incident, CORDON_JOURNAL_KIND_SLA_EVENT, "\"breached\""), ==, 1);

  journal = cordon_workspace_list_journal (workspace, incident, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (journal); i++)
    {
      g_autoptr(CordonJournalEntry) entry = g_list_model_get_item (journal, i);
      const char *payload = cordon_journal_entry_get_payload (entry);

      if (payload != NULL && strstr (payload, "\"breached\"") != NULL)
        breach = cordon_time_from_date_time (cordon_journal_entry_get_time (entry));
    }
  g_assert_cmpint (breach - cordon_exercise_get_start_usec (f->exercise), ==, 15 * MIN_USEC);
}

static void
play_all (Fixture        *f,
          CordonExercise *exercise)
{
  while (cordon_exercise_jump_to_next (exercise))
    drain ();
  g_assert_true (cordon_exercise_end (exercise, NULL));
}

static void
test_responses_and_report (Fixture       *f,
                           gconstpointer  data)
{
  CordonWorkspace *workspace = cordon_exercise_get_workspace (f->exercise);
  g_autoptr(CordonIncident) incident = ransom (f);
  g_autoptr(CordonAar) aar = NULL;
  g_autoptr(GListModel) plan = NULL;
  g_autoptr(GListModel) questions = NULL;
  g_autoptr(CordonQuestion) question = NULL;
  g_autofree char *html = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  cordon_exercise_set_play_responses (f->exercise, TRUE);
  g_assert_true (cordon_exercise_start (f->exercise, NULL));
  play_all (f, f->exercise);
  g_assert_cmpint (cordon_exercise_get_offset (f->exercise), ==, 35 * MIN_USEC);

  g_clear_object (&incident);
  incident = ransom (f);
  g_assert_cmpint (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED) -
                   cordon_exercise_get_start_usec (f->exercise), ==, 12 * MIN_USEC);
  plan = cordon_workspace_list_plan (workspace, incident, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (plan), ==, 1);
  questions = cordon_workspace_list_questions (workspace, incident, NULL);
  question = g_list_model_get_item (questions, 0);
  g_assert_cmpint (cordon_question_get_status (question), ==, CORDON_QUESTION_STATUS_ANSWERED);
  g_assert_cmpstr (cordon_question_get_answer (question), ==, "No");

  aar = cordon_aar_new (f->exercise, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cordon_aar_get_strategies (aar)->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (cordon_aar_get_strategies (aar), 0), ==, "disable-user-account");
  g_assert_cmpuint (cordon_aar_get_breached (aar), ==, 0);

  html = cordon_aar_to_html (aar);
  g_assert_nonnull (strstr (html, "EXERCISE"));
  g_assert_nonnull (strstr (html, "<h2>Timeline</h2>"));
  g_assert_nonnull (strstr (html, "<h2>Decisions</h2>"));
  g_assert_nonnull (strstr (html, "<h2>SLA Deadlines</h2>"));
  g_assert_nonnull (strstr (html, "<h2>Strategies Used</h2>"));
  g_assert_nonnull (strstr (html, "<h2>Gaps Found</h2>"));
  g_assert_nonnull (strstr (html, "<h2>Improvement Items</h2>"));
  g_assert_nonnull (strstr (html, "<td>+00:10</td>"));
  g_assert_nonnull (strstr (html, "Answer: No"));
  g_assert_nonnull (strstr (html, "Added to the containment plan: Disable the user account"));
  g_assert_null (strstr (html, "<script"));

  g_assert_true (cordon_aar_write_pdf (aar, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
}

/* Without responses the question stays open and the deadline is
 * breached: both are gaps */
static void
test_report_gaps (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(CordonAar) aar = NULL;
  GPtrArray *gaps;
  gboolean question = FALSE, breach = FALSE;

  g_assert_true (cordon_exercise_start (f->exercise, NULL));
  play_all (f, f->exercise);
  aar = cordon_aar_new (f->exercise, NULL, NULL);
  gaps = cordon_aar_get_gaps (aar);
  for (guint i = 0; i < gaps->len; i++)
    {
      question |= g_str_has_prefix (gaps->pdata[i], "Question not answered");
      breach |= strstr (gaps->pdata[i], "deadline breached") != NULL;
    }
  g_assert_true (question);
  g_assert_true (breach);
  g_assert_cmpuint (cordon_aar_get_breached (aar), >=, 1);
}

static char *
run_to_html (Fixture    *f,
             const char *file,
             guint       speed)
{
  g_autoptr(CordonExercise) exercise = new_exercise (f, scenario_json, file);
  g_autoptr(CordonAar) aar = NULL;
  gint64 next;

  cordon_exercise_set_play_responses (exercise, TRUE);
  g_assert_true (cordon_exercise_start (exercise, NULL));
  cordon_exercise_set_speed (exercise, speed);
  while (cordon_exercise_get_next_event (exercise, &next))
    {
      gint64 wait = next - cordon_clock_now_usec (CORDON_CLOCK (cordon_exercise_get_clock (exercise)));
      cordon_manual_clock_advance_usec (f->base, MAX (1, (wait + speed - 1) / speed));
      drain ();
    }
  g_assert_true (cordon_exercise_end (exercise, NULL));
  aar = cordon_aar_new (exercise, NULL, NULL);

  return cordon_aar_to_html (aar);
}

static void
test_deterministic (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *first = run_to_html (f, "a.cordon", 60);
  g_autofree char *second = run_to_html (f, "b.cordon", 1);

  g_assert_cmpstr (first, ==, second);
}

static void
test_record_validations (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *real_path = g_build_filename (f->dir, "real.cordon", NULL);
  g_autoptr(CordonManualClock) real_clock = cordon_manual_clock_new_iso8601 ("2026-06-01T12:00:00Z");
  g_autoptr(CordonWorkspace) real = cordon_workspace_new (real_path, CORDON_CLOCK (real_clock), NULL, NULL);
  g_autoptr(CordonStrategy) strategy = cordon_workspace_lookup_strategy (real, "disable-user-account", NULL);
  g_autoptr(CordonAar) aar = NULL;
  g_autoptr(GListModel) validations = NULL;
  g_autoptr(CordonValidation) validation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;
  guint n = 0;

  g_assert_nonnull (strategy);
  cordon_exercise_set_play_responses (f->exercise, TRUE);
  g_assert_true (cordon_exercise_start (f->exercise, NULL));
  play_all (f, f->exercise);

  aar = cordon_aar_new (f->exercise, real, &error);
  g_assert_no_error (error);
  html = cordon_aar_to_html (aar);
  g_assert_nonnull (strstr (html, "Never validated"));

  /* Nothing crosses over until asked */
  validations = cordon_workspace_list_validations (real, strategy, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (validations), ==, 0);
  g_clear_object (&validations);

  g_assert_false (cordon_aar_record_validations (aar, cordon_exercise_get_workspace (f->exercise), NULL, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED);
  g_clear_error (&error);

  g_assert_true (cordon_aar_record_validations (aar, real, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  validations = cordon_workspace_list_validations (real, strategy, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (validations), ==, 1);
  validation = g_list_model_get_item (validations, 0);
  g_assert_cmpint (cordon_validation_get_method (validation), ==, CORDON_VALIDATION_METHOD_TABLETOP);
  g_assert_cmpint (cordon_validation_get_result (validation), ==, CORDON_VALIDATION_RESULT_EFFECTIVE);
  g_assert_cmpstr (cordon_validation_get_who (validation), ==, "Incident lead");

  /* Once only */
  g_assert_false (cordon_aar_record_validations (aar, real, NULL, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED);

  /* The real workspace holds no exercise data */
  g_assert_false (cordon_workspace_is_exercise (real));
  g_assert_cmpuint (g_list_model_get_n_items (cordon_workspace_get_incidents (real)), ==, 0);
}

static void
test_invalid_scenario (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{\"format\":\"cordon-scenario\"}", 28);
  g_autofree char *path = g_build_filename (f->dir, "bad.cordon", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CordonExercise) exercise = cordon_exercise_new (bytes, "bad.json", path, CORDON_CLOCK (f->base), &error);

  g_assert_null (exercise);
  g_assert_true (error != NULL && error->domain == CORDON_IO_ERROR);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* The command line -------------------------------------------------- */

static int
run_cli (const char * const *args,
         char              **out_stderr)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("CORDON_BINARY"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                               out_stderr, &status, &error));
  g_assert_no_error (error);

  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_cli_run (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *scenario = g_build_filename (TEST_SRCDIR, "..", "data", "scenarios", "ransomware-file-servers.json", NULL);
  g_autofree char *report = g_build_filename (f->dir, "r.html", NULL);
  g_autofree char *again = g_build_filename (f->dir, "r2.html", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "r.pdf", NULL);
  g_autofree char *kept = g_build_filename (f->dir, "kept.cordon", NULL);
  g_autofree char *real = g_build_filename (f->dir, "real.cordon", NULL);
  g_autofree char *first = NULL, *second = NULL, *err = NULL;
  const char *args[] = { "--workspace", real, "exercise", "run", scenario, "--speed", "60", "--headless",
                         "--report", report, "--pdf", pdf, "--workspace-out", kept, NULL };
  const char *args2[] = { "--workspace", real, "exercise", "run", scenario, "--speed", "10", "--headless",
                          "--report", again, NULL };

  if (g_getenv ("CORDON_BINARY") == NULL)
    {
      g_test_skip ("CORDON_BINARY is not set");
      return;
    }

  /* A real workspace to read the library from */
  {
    g_autoptr(CordonWorkspace) workspace = cordon_workspace_new (real, NULL, NULL, NULL);
    g_assert_nonnull (workspace);
  }

  g_assert_cmpint (run_cli (args, &err), ==, 0);
  g_assert_true (g_file_get_contents (report, &first, NULL, NULL));
  g_assert_nonnull (strstr (first, "Ransomware on the file servers"));
  g_assert_nonnull (strstr (first, "<h2>Timeline</h2>"));
  g_assert_nonnull (strstr (first, "<h2>Strategies Used</h2>"));
  g_assert_nonnull (strstr (first, "switch-vlan-isolation"));
  g_assert_nonnull (strstr (first, "Never validated"));
  g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (kept, G_FILE_TEST_EXISTS));

  /* Same scenario, other speed: byte-identical report */
  g_assert_cmpint (run_cli (args2, NULL), ==, 0);
  g_assert_true (g_file_get_contents (again, &second, NULL, NULL));
  g_assert_cmpstr (first, ==, second);
}

static void
test_cli_invalid (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *scenario = g_build_filename (f->dir, "bad.json", NULL);
  g_autofree char *report = g_build_filename (f->dir, "bad.html", NULL);
  g_autofree char *err = NULL;
  const char *args[] = { "exercise", "run", scenario, "--headless", "--report", report, NULL };
  const char *usage[] = { "exercise", "run", scenario, "--report", report, NULL };

  if (g_getenv ("CORDON_BINARY") == NULL)
    {
      g_test_skip ("CORDON_BINARY is not set");
      return;
    }

  g_assert_true (g_file_set_contents (scenario, "{\"format\":\"cordon-scenario\",\"version\":1}", -1, NULL));
  g_assert_cmpint (run_cli (args, &err), ==, 2);
  g_assert_nonnull (strstr (err, "bad.json"));
  g_assert_nonnull (strstr (err, "$.title"));
  g_assert_false (g_file_test (report, G_FILE_TEST_EXISTS));

  g_assert_cmpint (run_cli (usage, NULL), ==, 1);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/exercise/reopen", test_reopen);
  ADD ("/exercise/reopen-refused", test_reopen_refused);
  ADD ("/exercise/created", test_created);
  ADD ("/exercise/order-and-timing", test_order_and_timing);
  ADD ("/exercise/pause-and-jump", test_pause_and_jump);
  ADD ("/exercise/skip-and-manual", test_skip_and_manual);
  ADD ("/exercise/sla-breach", test_sla_breach);
  ADD ("/exercise/responses-and-report", test_responses_and_report);
  ADD ("/exercise/report-gaps", test_report_gaps);
  ADD ("/exercise/deterministic", test_deterministic);
  ADD ("/exercise/record-validations", test_record_validations);
  ADD ("/exercise/invalid-scenario", test_invalid_scenario);
  ADD ("/exercise/cli/run", test_cli_run);
  ADD ("/exercise/cli/invalid", test_cli_invalid);
#undef ADD

  return g_test_run ();
}
