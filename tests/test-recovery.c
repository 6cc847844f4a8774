/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-recovery.c: the recovery checklist and the lessons-learned review
 * in the core rules, the store and the command line: templates made into
 * checklists per category, not applicable needs a reason, progress, the
 * restore point rule, recovery from backup offered only for high
 * severity or impact, closing refused without the review, the metrics,
 * and `cordon checklist` / `cordon review` with their exit codes.
 */

#include "config.h"

#include <sys/wait.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cordon-checklist.h"
#include "cordon-lifecycle.h"
#include "cordon-manual-clock.h"
#include "cordon-time.h"
#include "cordon-workspace.h"

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

  f->dir = g_dir_make_tmp ("cordon-recovery-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.cordon", NULL);
  f->clock = cordon_manual_clock_new_iso8601 ("2026-03-02T09:00:00Z");
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
      g_autofree char *file = g_build_filename (f->dir, name, NULL);
      g_unlink (file);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static CordonIncident *
create (Fixture    *f,
        const char *category,
        const char *severity,
        const char *impact)
{
  g_autoptr(CordonIncident) draft = cordon_incident_new ();
  g_autoptr(GError) error = NULL;
  CordonIncident *incident;

  cordon_incident_set_title (draft, "Recovery test");
  cordon_incident_set_category (draft, category);
  cordon_incident_set_severity (draft, severity);
  cordon_incident_set_impact (draft, impact);
  /* create_incident() returns a reference of its own */
  incident = cordon_workspace_create_incident (f->ws, draft, "Test", &error);
  g_assert_no_error (error);

  return incident;
}

static CordonRecoveryItem *
item (Fixture        *f,
      CordonIncident *incident,
      const char     *slug)
{
  g_autoptr(GError) error = NULL;
  CordonRecoveryItem *found = cordon_workspace_lookup_recovery_item (f->ws, incident, slug, &error);

  g_assert_no_error (error);

  return found;
}

static gboolean
has_item (GListModel *items,
          const char *slug)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CordonRecoveryItem) it = g_list_model_get_item (items, i);

      if (g_str_equal (cordon_recovery_item_get_slug (it), slug))
        return TRUE;
    }

  return FALSE;
}

static CordonJournalEntry *
last_entry (Fixture        *f,
            CordonIncident *incident)
{
  g_autoptr(GListModel) journal = cordon_workspace_list_journal (f->ws, incident, NULL);

  return g_list_model_get_item (journal, g_list_model_get_n_items (journal) - 1);
}

static void
move (Fixture        *f,
      CordonIncident *incident,
      CordonPhase     phase)
{
  g_autoptr(GError) error = NULL;

  cordon_workspace_move_incident (f->ws, incident, phase, "next", "Test", &error);
  g_assert_no_error (error);
}

/* Templates and checklists ---------------------------------------------- */

static void
test_templates_per_category (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(CordonIncident) malware = create (f, "malicious-code", "high", "");
  g_autoptr(CordonIncident) phishing = create (f, "phishing", "low", "");
  g_autoptr(CordonIncident) other = create (f, "other", "low", "");
  g_autoptr(GListModel) malware_items = NULL;
  g_autoptr(GListModel) phishing_items = NULL;
  g_autoptr(GListModel) other_items = NULL;
  g_autoptr(GListModel) again = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  CordonRecoveryStage last = CORDON_RECOVERY_STAGE_PRE_RECOVERY;

  malware_items = cordon_workspace_start_checklist (f->ws, malware, "Test", &error);
  g_assert_no_error (error);
  phishing_items = cordon_workspace_start_checklist (f->ws, phishing, "Test", &error);
  g_assert_no_error (error);
  other_items = cordon_workspace_start_checklist (f->ws, other, "Test", &error);
  g_assert_no_error (error);

  /* Every checklist has the default items, plus its category's */
  g_assert_cmpuint (g_list_model_get_n_items (other_items), ==, 14);
  g_assert_cmpuint (g_list_model_get_n_items (malware_items), ==, 16);
  g_assert_cmpuint (g_list_model_get_n_items (phishing_items), ==, 16);
  g_assert_true (has_item (malware_items, "malware-samples"));
  g_assert_false (has_item (phishing_items, "malware-samples"));
  g_assert_true (has_item (phishing_items, "reset-credentials"));
  g_assert_true (has_item (other_items, "validate-profile"));
  g_assert_true (has_item (other_items, "root-cause"));

  /* In stage order */
  for (guint i = 0; i < g_list_model_get_n_items (malware_items); i++)
    {
      g_autoptr(CordonRecoveryItem) it = g_list_model_get_item (malware_items, i);

      g_assert_cmpint (cordon_recovery_item_get_stage (it), >=, last);
      last = cordon_recovery_item_get_stage (it);
      g_assert_cmpint (cordon_recovery_item_get_position (it), ==, i);
    }

  /* Journalled, and only once */
  entry = last_entry (f, malware);
  g_assert_nonnull (strstr (cordon_journal_entry_get_payload (entry), "\"recovery-checklist\":\"malicious-code\""));
  again = cordon_workspace_start_checklist (f->ws, malware, "Test", &error);
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED);
  g_assert_null (again);
}

static void
test_edited_templates (Fixture       *f,
                       gconstpointer  data)
{
  static const char edited[] =
    "{\"default\": [{\"id\": \"only-step\", \"stage\": \"post-recovery\", \"title\": \"The only step\"}],"
    " \"categories\": {\"phishing\": [{\"id\": \"extra\", \"stage\": \"pre-recovery\", \"title\": \"Extra\"}]},"
    " \"backup-offered\": {\"severities\": [\"critical\"], \"impacts\": []}}";
  g_autoptr(CordonIncident) incident = create (f, "phishing", "high", "");
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *document = NULL;
  gboolean edited_flag = FALSE;
  gboolean offered = TRUE;

  /* A bad document names where it is wrong */
  g_assert_false (cordon_workspace_set_recovery_templates (f->ws, "{\"default\": [{\"id\": \"x\", \"stage\": \"later\", \"title\": \"X\"}]}", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "$.default[0]"));
  g_clear_error (&error);
  g_assert_false (cordon_workspace_set_recovery_templates (f->ws, "{\"default\": [], \"categories\": {\"phishing\": [{\"id\": \"a\", \"stage\": \"backup\", \"title\": \"A\"}, {\"id\": \"a\", \"stage\": \"backup\", \"title\": \"B\"}]}}", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "$.categories.phishing[1]"));
  g_clear_error (&error);

  g_assert_true (cordon_workspace_set_recovery_templates (f->ws, edited, &error));
  g_assert_no_error (error);
  document = cordon_workspace_get_recovery_templates (f->ws, &edited_flag, &error);
  g_assert_true (edited_flag);
  g_assert_cmpstr (document, ==, edited);

  /* The backup setting travels in the templates */
  g_assert_true (cordon_workspace_is_backup_offered (f->ws, incident, &offered, &error));
  g_assert_false (offered);

  items = cordon_workspace_start_checklist (f->ws, incident, "Test", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 2);
  g_assert_true (has_item (items, "extra"));

  /* Back to the built-in ones */
  g_assert_true (cordon_workspace_set_recovery_templates (f->ws, NULL, &error));
  g_clear_pointer (&document, g_free);
  document = cordon_workspace_get_recovery_templates (f->ws, &edited_flag, &error);
  g_assert_false (edited_flag);
  g_assert_nonnull (strstr (document, "validate-users"));
}

/* Items ------------------------------------------------------------------ */

static void
test_item_status (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = create (f, "malicious-code", "high", "");
  g_autoptr(GListModel) items = cordon_workspace_start_checklist (f->ws, incident, "Test", NULL);
  g_autoptr(CordonRecoveryItem) legal = item (f, incident, "legal-issues");
  g_autoptr(CordonRecoveryItem) samples = item (f, incident, "malware-samples");
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(GListModel) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 count;
  CordonChecklistProgress progress;

  /* Done sets the done time and writes a journal note in the same go */
  count = cordon_incident_get_journal_count (incident);
  g_assert_true (cordon_workspace_set_recovery_item_status (f->ws, legal, CORDON_ITEM_STATUS_DONE, NULL, "Ana", &error));
  g_assert_no_error (error);
  g_assert_nonnull (cordon_recovery_item_get_done (legal));
  g_assert_cmpint (cordon_incident_get_journal_count (incident), ==, count + 1);
  entry = last_entry (f, incident);
  g_assert_cmpstr (cordon_journal_entry_get_payload (entry), ==,
                   "{\"recovery-item\":\"legal-issues\",\"from\":\"open\",\"to\":\"done\"}");
  g_assert_cmpstr (cordon_journal_entry_get_author (entry), ==, "Ana");

  /* The same status again is refused */
  g_assert_false (cordon_workspace_set_recovery_item_status (f->ws, legal, CORDON_ITEM_STATUS_DONE, NULL, "Ana", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);

  /* Not applicable needs a reason, and nothing is written without one */
  count = cordon_incident_get_journal_count (incident);
  g_assert_false (cordon_workspace_set_recovery_item_status (f->ws, samples, CORDON_ITEM_STATUS_NOT_APPLICABLE, "  ", "Ana", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "malware-samples"));
  g_assert_nonnull (strstr (error->message, "needs a reason"));
  g_clear_error (&error);
  g_assert_cmpint (cordon_incident_get_journal_count (incident), ==, count);
  g_assert_true (cordon_workspace_set_recovery_item_status (f->ws, samples, CORDON_ITEM_STATUS_NOT_APPLICABLE,
                                                            "No sample left", "Ana", &error));
  g_assert_cmpstr (cordon_recovery_item_get_reason (samples), ==, "No sample left");

  /* Progress: settled items per stage and overall */
  stored = cordon_workspace_list_recovery_items (f->ws, incident, &error);
  progress = cordon_checklist_get_progress (stored, CORDON_RECOVERY_STAGE_PRE_RECOVERY, TRUE);
  g_assert_cmpuint (progress.settled, ==, 2);
  g_assert_cmpuint (progress.total, ==, 6);
  progress = cordon_checklist_get_progress (stored, -1, TRUE);
  g_assert_cmpuint (progress.settled, ==, 2);
  g_assert_cmpuint (progress.total, ==, 16);
  progress = cordon_checklist_get_progress (stored, -1, FALSE);
  g_assert_cmpuint (progress.total, ==, 10);

  /* Reopening clears the time and the reason */
  g_assert_true (cordon_workspace_set_recovery_item_status (f->ws, samples, CORDON_ITEM_STATUS_OPEN, NULL, "Ana", &error));
  g_assert_null (cordon_recovery_item_get_done (samples));
  g_assert_cmpstr (cordon_recovery_item_get_reason (samples), ==, "");

  /* Owner, due, notes and evidence */
  cordon_recovery_item_set_owner (samples, "Ana");
  cordon_recovery_item_set_evidence (samples, "Hashes in the evidence register");
  g_assert_true (cordon_workspace_update_recovery_item (f->ws, samples, &error));
  g_clear_object (&samples);
  samples = item (f, incident, "malware-samples");
  g_assert_cmpstr (cordon_recovery_item_get_owner (samples), ==, "Ana");
  g_assert_cmpstr (cordon_recovery_item_get_evidence (samples), ==, "Hashes in the evidence register");

  /* An unknown id names the ids there are */
  g_assert_null (cordon_workspace_lookup_recovery_item (f->ws, incident, "nope", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“nope”"));
  g_assert_nonnull (strstr (error->message, "validate-users"));
}

/* Recovery from backup ---------------------------------------------------- */

static void
test_backup_offered (Fixture       *f,
                     gconstpointer  data)
{
  static const struct {
    const char *severity;
    const char *impact;
    gboolean offered;
  } cases[] = {
    { "low", "", FALSE },
    { "medium", "department", FALSE },
    { "high", "", TRUE },
    { "critical", "individual", TRUE },
    { "medium", "multiple-departments", TRUE },
    { "low", "enterprise-wide", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CordonIncident) incident = create (f, "other", cases[i].severity, cases[i].impact);
      g_autoptr(GError) error = NULL;
      gboolean offered = !cases[i].offered;

      g_assert_true (cordon_workspace_is_backup_offered (f->ws, incident, &offered, &error));
      g_assert_cmpint (offered, ==, cases[i].offered);
    }

  {
    g_autoptr(CordonIncident) medium = create (f, "malicious-code", "medium", "department");
    g_autoptr(GListModel) items = cordon_workspace_start_checklist (f->ws, medium, "Test", NULL);
    g_autoptr(CordonRecoveryItem) validate = item (f, medium, "validate-users");
    g_autoptr(GError) error = NULL;

    /* Neither the decision nor the backup items are open to it */
    g_assert_false (cordon_workspace_set_restore_decision (f->ws, medium, CORDON_RESTORE_DECISION_NONE,
                                                           "no need", NULL, "Test", &error));
    g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED);
    g_assert_nonnull (strstr (error->message, "high or critical severity or high impact"));
    g_clear_error (&error);
    g_assert_false (cordon_workspace_set_recovery_item_status (f->ws, validate, CORDON_ITEM_STATUS_DONE, NULL, "Test", &error));
    g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED);
    g_clear_error (&error);

    /* Reclassified to high after forensic findings, it is */
    g_assert_true (cordon_workspace_reclassify (f->ws, medium, NULL, "high",
                                                "Back doors found on more systems", "Test", &error));
    g_assert_true (cordon_workspace_set_recovery_item_status (f->ws, validate, CORDON_ITEM_STATUS_DONE, NULL, "Test", &error));
    g_assert_no_error (error);
  }
}

static void
test_restore_point (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = create (f, "malicious-code", "critical", "");
  g_autoptr(CordonRecovery) recovery = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(GDateTime) after_detection = cordon_time_to_date_time (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_DETECTED) + G_USEC_PER_SEC);
  g_autoptr(GDateTime) compromised = g_date_time_new_utc (2026, 2, 20, 8, 0, 0);
  g_autoptr(GDateTime) before = g_date_time_new_utc (2026, 2, 19, 2, 0, 0);
  g_autoptr(GDateTime) later = g_date_time_new_utc (2026, 2, 21, 2, 0, 0);
  g_autoptr(GError) error = NULL;

  /* Without a compromise time, detection stands in, and the refusal says so */
  g_assert_false (cordon_workspace_set_restore_decision (f->ws, incident, CORDON_RESTORE_DECISION_RESTORE,
                                                         "clean backup", after_detection, "Test", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "compromise time is not set"));
  g_clear_error (&error);

  /* The compromise time from the timeline, journalled */
  recovery = cordon_workspace_get_recovery (f->ws, incident, &error);
  cordon_recovery_set_compromised (recovery, compromised);
  g_assert_true (cordon_workspace_save_recovery (f->ws, recovery, "Test", &error));
  entry = last_entry (f, incident);
  g_assert_cmpstr (cordon_journal_entry_get_payload (entry), ==, "{\"compromised\":\"2026-02-20T08:00:00Z\"}");
  g_clear_object (&entry);

  /* A later restore point is refused with the reason */
  g_assert_false (cordon_workspace_set_restore_decision (f->ws, incident, CORDON_RESTORE_DECISION_RESTORE,
                                                         "clean backup", later, "Test", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2026-02-21T02:00:00Z does not predate the compromise at 2026-02-20T08:00:00Z"));
  g_clear_error (&error);
  g_assert_false (cordon_workspace_set_restore_decision (f->ws, incident, CORDON_RESTORE_DECISION_RESTORE,
                                                         "clean backup", compromised, "Test", &error));
  g_clear_error (&error);

  /* A restore needs its point and a reason */
  g_assert_false (cordon_workspace_set_restore_decision (f->ws, incident, CORDON_RESTORE_DECISION_RESTORE,
                                                         "clean backup", NULL, "Test", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cordon_workspace_set_restore_decision (f->ws, incident, CORDON_RESTORE_DECISION_RESTORE,
                                                         "", before, "Test", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (cordon_workspace_set_restore_decision (f->ws, incident, CORDON_RESTORE_DECISION_RESTORE,
                                                        "last clean backup", before, "Test", &error));
  g_assert_no_error (error);
  entry = last_entry (f, incident);
  g_assert_cmpint (cordon_journal_entry_get_kind (entry), ==, CORDON_JOURNAL_KIND_DECISION);
  g_assert_cmpstr (cordon_journal_entry_get_payload (entry), ==,
                   "{\"restore-decision\":\"restore\",\"reason\":\"last clean backup\",\"restore-point\":\"2026-02-19T02:00:00Z\"}");
  g_clear_object (&recovery);
  recovery = cordon_workspace_get_recovery (f->ws, incident, &error);
  g_assert_cmpint (cordon_recovery_get_decision (recovery), ==, CORDON_RESTORE_DECISION_RESTORE);
  g_assert_true (g_date_time_equal (cordon_recovery_get_restore_point (recovery), before));
  g_assert_nonnull (cordon_recovery_get_decided (recovery));
}

/* Review and closing --------------------------------------------------------- */

static void
test_close_needs_review (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = create (f, "phishing", "low", "");
  g_autoptr(CordonIncident) other = create (f, "phishing", "low", "");
  g_autoptr(CordonReview) review = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  /* The core rule */
  g_assert_false (cordon_lifecycle_check_reviewed (NULL, &error));
  g_assert_error (error, CORDON_LIFECYCLE_ERROR, CORDON_LIFECYCLE_ERROR_NOT_REVIEWED);
  g_clear_error (&error);

  move (f, incident, CORDON_PHASE_CLASSIFIED);
  move (f, incident, CORDON_PHASE_ANALYSIS);
  /* The review waits for lessons learned */
  g_assert_false (cordon_workspace_complete_review (f->ws, incident, "Test", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED);
  g_clear_error (&error);
  move (f, incident, CORDON_PHASE_RECOVERY);
  move (f, incident, CORDON_PHASE_LESSONS_LEARNED);

  g_assert_false (cordon_workspace_move_incident (f->ws, incident, CORDON_PHASE_CLOSED, "done", "Test", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "Closing needs the lessons-learned review"));
  g_clear_error (&error);
  g_assert_cmpint (cordon_incident_get_phase (incident), ==, CORDON_PHASE_LESSONS_LEARNED);

  /* Writing it is not enough: it must be completed */
  review = cordon_workspace_get_review (f->ws, incident, &error);
  cordon_review_set_went_well (review, "Quick reporting");
  g_assert_true (cordon_workspace_save_review (f->ws, review, &error));
  g_assert_false (cordon_workspace_move_incident (f->ws, incident, CORDON_PHASE_CLOSED, "done", "Test", &error));
  g_clear_error (&error);

  g_assert_true (cordon_workspace_complete_review (f->ws, incident, "Test", &error));
  g_assert_no_error (error);
  entry = last_entry (f, incident);
  g_assert_cmpstr (cordon_journal_entry_get_payload (entry), ==, "{\"review\":\"completed\"}");
  move (f, incident, CORDON_PHASE_CLOSED);

  /* Or skipped with a reason */
  move (f, other, CORDON_PHASE_CLASSIFIED);
  move (f, other, CORDON_PHASE_ANALYSIS);
  move (f, other, CORDON_PHASE_RECOVERY);
  move (f, other, CORDON_PHASE_LESSONS_LEARNED);
  g_assert_false (cordon_workspace_skip_review (f->ws, other, " ", "Test", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (cordon_workspace_skip_review (f->ws, other, "False positive", "Test", &error));
  move (f, other, CORDON_PHASE_CLOSED);
}

static void
test_follow_ups_and_metrics (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = create (f, "phishing", "high", "");
  g_autoptr(CordonFollowUp) follow_up = cordon_follow_up_new ();
  g_autoptr(GListModel) follow_ups = NULL;
  g_autoptr(GArray) deadlines = NULL;
  g_autoptr(GError) error = NULL;
  CordonIncidentMetrics metrics;

  g_assert_false (cordon_workspace_add_follow_up (f->ws, incident, follow_up, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  cordon_follow_up_set_text (follow_up, "Train the help desk");
  cordon_follow_up_set_owner (follow_up, "Ana");
  g_assert_true (cordon_workspace_add_follow_up (f->ws, incident, follow_up, &error));
  follow_ups = cordon_workspace_list_follow_ups (f->ws, incident, &error);
  g_assert_cmpuint (g_list_model_get_n_items (follow_ups), ==, 1);

  cordon_manual_clock_advance (f->clock, 30 * 60);
  move (f, incident, CORDON_PHASE_CLASSIFIED);
  move (f, incident, CORDON_PHASE_ANALYSIS);
  move (f, incident, CORDON_PHASE_CONTAINMENT);
  cordon_manual_clock_advance (f->clock, 2 * 3600);
  move (f, incident, CORDON_PHASE_RECOVERY);
  cordon_manual_clock_advance (f->clock, 100 * 3600);
  move (f, incident, CORDON_PHASE_LESSONS_LEARNED);

  g_assert_true (cordon_workspace_compute_metrics (f->ws, incident, &metrics, &deadlines, &error));
  g_assert_no_error (error);
  g_assert_cmpint (metrics.acknowledge_usec, ==, (gint64) 30 * 60 * G_USEC_PER_SEC);
  g_assert_cmpint (metrics.contain_usec, ==, (gint64) (30 * 60 + 2 * 3600) * G_USEC_PER_SEC);
  g_assert_cmpint (metrics.recover_usec, ==, (gint64) (30 * 60 + 102 * 3600) * G_USEC_PER_SEC);
  g_assert_cmpuint (metrics.n_met + metrics.n_breached + metrics.n_running, ==, deadlines->len);
  /* 102 hours to resolve a high severity incident breaches its deadline */
  g_assert_cmpuint (metrics.n_breached, >=, 1);

  {
    g_autofree char *text = cordon_checklist_format_elapsed (metrics.contain_usec);
    g_assert_cmpstr (text, ==, "2 h 30 min");
  }
}

/* Command line --------------------------------------------------------------- */

static int
run_cordonv (const char   *workspace,
             char        **out,
             char        **err,
             const char  **args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  GError *error = NULL;
  int status;

  g_ptr_array_add (argv, (gpointer) g_getenv ("CORDON_BINARY"));
  g_ptr_array_add (argv, (gpointer) "--workspace");
  g_ptr_array_add (argv, (gpointer) workspace);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &stdout_text, &stderr_text, &status, &error);
  g_assert_no_error (error);

  if (out != NULL)
    *out = g_steal_pointer (&stdout_text);
  if (err != NULL)
    *err = g_steal_pointer (&stderr_text);

  g_assert_true (WIFEXITED (status));

  return WEXITSTATUS (status);
}

#define run_cordon(workspace, out, err, ...) \
  run_cordonv (workspace, out, err, (const char *[]) { __VA_ARGS__, NULL })

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = create (f, "malicious-code", "high", "");
  const char *key = cordon_incident_get_key (incident);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  g_clear_object (&f->ws);

  /* The first look shows the checklist the templates make, and writes
   * nothing; the first change starts it */
  g_assert_cmpint (run_cordon (f->path, &out, &err, "checklist", key), ==, 0);
  g_assert_nonnull (strstr (err, "not started yet"));
  g_assert_nonnull (strstr (out, "0 of 16 items settled"));
  g_assert_nonnull (strstr (out, "[ ] validate-users"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cordon (f->path, NULL, NULL, "checklist", key, "--done", "legal-issues"), ==, 0);
  g_assert_cmpint (run_cordon (f->path, NULL, NULL, "checklist", key, "--not-applicable", "malware-samples",
                               "--reason", "No sample left"), ==, 0);

  /* Bad input: unknown item, missing reason, malformed time, late restore point */
  g_assert_cmpint (run_cordon (f->path, NULL, &err, "checklist", key, "--done", "no-such-item"), ==, 2);
  g_assert_nonnull (strstr (err, "no checklist item “no-such-item”"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (f->path, NULL, &err, "checklist", key, "--not-applicable", "forensic-scope"), ==, 2);
  g_assert_nonnull (strstr (err, "needs a reason"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (f->path, NULL, &err, "checklist", key, "--compromised", "yesterday"), ==, 1);
  g_assert_nonnull (strstr (err, "--compromised “yesterday” is not an ISO 8601"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (f->path, NULL, NULL, "checklist", key, "--compromised", "2026-02-20T08:00:00Z"), ==, 0);
  g_assert_cmpint (run_cordon (f->path, NULL, &err, "checklist", key, "--restore-point", "2026-02-21T00:00:00Z",
                               "--reason", "latest"), ==, 2);
  g_assert_nonnull (strstr (err, "does not predate the compromise at 2026-02-20T08:00:00Z"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (f->path, NULL, &err, "checklist", key, "--decision", "maybe", "--reason", "x"), ==, 1);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (f->path, NULL, NULL, "checklist", key, "--restore-point", "2026-02-19T02:00:00Z",
                               "--reason", "last clean backup", "--root-cause", "Macro in an invoice"), ==, 0);

  g_assert_cmpint (run_cordon (f->path, &out, NULL, "checklist", key, "--json"), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "decision"), ==, "restore");
  g_assert_cmpstr (json_object_get_string_member (root, "restore-point"), ==, "2026-02-19T02:00:00Z");
  g_assert_cmpstr (json_object_get_string_member (root, "compromised"), ==, "2026-02-20T08:00:00Z");
  g_assert_cmpstr (json_object_get_string_member (root, "root-cause"), ==, "Macro in an invoice");
  g_assert_true (json_object_get_boolean_member (root, "backup-offered"));
  g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (json_object_get_object_member (root, "progress"), "overall"), 0), ==, 2);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "items")), ==, 16);
  g_clear_pointer (&out, g_free);

  /* Closing needs the review: refused by cordon move, naming the step */
  g_assert_cmpint (run_cordon (f->path, NULL, NULL, "move", key, "classified", "--reason", "x"), ==, 0);
  g_assert_cmpint (run_cordon (f->path, NULL, NULL, "move", key, "analysis", "--reason", "x"), ==, 0);
  g_assert_cmpint (run_cordon (f->path, NULL, NULL, "move", key, "recovery", "--reason", "x"), ==, 0);
  g_assert_cmpint (run_cordon (f->path, NULL, NULL, "move", key, "lessons-learned", "--reason", "x"), ==, 0);
  g_assert_cmpint (run_cordon (f->path, NULL, &err, "move", key, "closed", "--reason", "done"), ==, 2);
  g_assert_nonnull (strstr (err, "Closing needs the lessons-learned review"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cordon (f->path, &out, NULL, "review", key, "--follow-up", "Test restores", "--owner", "Ana",
                               "--due", "2026-06-01T00:00:00Z"), ==, 0);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cordon (f->path, NULL, &err, "review", key, "--follow-up", "x", "--due", "soon"), ==, 1);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (f->path, NULL, &err, "review", key, "--skip"), ==, 2);
  g_assert_nonnull (strstr (err, "reason for skipping the review"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (f->path, NULL, NULL, "review", key, "--went-well", "Fast isolation",
                               "--went-badly", "Untested backups", "--complete"), ==, 0);

  g_assert_cmpint (run_cordon (f->path, &out, NULL, "review", key), ==, 0);
  g_assert_nonnull (strstr (out, "lessons-learned review: completed"));
  g_assert_nonnull (strstr (out, "Time to contain: —"));
  g_assert_nonnull (strstr (out, "Fast isolation"));
  g_assert_nonnull (strstr (out, "Test restores (Ana, 2026-06-01T00:00:00Z)"));
  g_assert_nonnull (strstr (out, "Recovery decision: Restore from backup"));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_cordon (f->path, &out, NULL, "review", key, "--json"), ==, 0);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "state"), ==, "completed");
  g_assert_true (json_object_has_member (json_object_get_object_member (root, "metrics"), "sla-breached"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "follow-ups")), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "timeline")), >, 5);

  g_assert_cmpint (run_cordon (f->path, NULL, NULL, "move", key, "closed", "--reason", "done"), ==, 0);
}

/* Export, import into a fresh workspace, export again: the same bytes */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = create (f, "malicious-code", "high", "");
  g_autoptr(CordonIncident) plain = create (f, "phishing", "low", "");
  g_autofree char *first = g_build_filename (f->dir, "first.json", NULL);
  g_autofree char *second = g_build_filename (f->dir, "second.json", NULL);
  g_autofree char *copy = g_build_filename (f->dir, "copy.cordon", NULL);
  g_autofree char *first_text = NULL;
  g_autofree char *second_text = NULL;
  g_autofree char *err = NULL;
  const char *key = cordon_incident_get_key (incident);

  g_clear_object (&f->ws);
  g_assert_cmpint (run_cordon (f->path, NULL, NULL, "checklist", key, "--done", "legal-issues"), ==, 0);
  g_assert_cmpint (run_cordon (f->path, NULL, NULL, "checklist", key, "--not-applicable", "malware-samples",
                               "--reason", "None left"), ==, 0);
  g_assert_cmpint (run_cordon (f->path, NULL, NULL, "checklist", key, "--compromised", "2026-02-20T08:00:00Z",
                               "--legal", "None", "--restore-point", "2026-02-19T02:00:00Z", "--reason", "clean"), ==, 0);
  g_assert_cmpint (run_cordon (f->path, NULL, NULL, "review", key, "--went-well", "Fast", "--follow-up", "Patch",
                               "--owner", "Ana"), ==, 0);

  g_assert_cmpint (run_cordon (f->path, NULL, NULL, "export", first), ==, 0);
  g_assert_true (g_file_get_contents (first, &first_text, NULL, NULL));
  g_assert_nonnull (strstr (first_text, "\"recovery\""));
  g_assert_nonnull (strstr (first_text, "\"restore-point\" : \"2026-02-19T02:00:00Z\""));

  g_assert_cmpint (run_cordon (copy, NULL, &err, "import", first), ==, 0);
  g_assert_cmpint (run_cordon (copy, NULL, NULL, "export", second), ==, 0);
  g_assert_true (g_file_get_contents (second, &second_text, NULL, NULL));
  g_assert_cmpstr (first_text, ==, second_text);

  /* An incident without recovery has no recovery member */
  {
    const char *plain_at = strstr (first_text, cordon_incident_get_key (plain));
    g_assert_nonnull (plain_at);
    g_assert_null (strstr (plain_at, "\"recovery\""));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add ("/recovery/" path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("templates-per-category", test_templates_per_category);
  ADD ("edited-templates", test_edited_templates);
  ADD ("item-status", test_item_status);
  ADD ("backup-offered", test_backup_offered);
  ADD ("restore-point", test_restore_point);
  ADD ("close-needs-review", test_close_needs_review);
  ADD ("follow-ups-and-metrics", test_follow_ups_and_metrics);
  ADD ("cli", test_cli);
  ADD ("round-trip", test_round_trip);
#undef ADD

  return g_test_run ();
}
