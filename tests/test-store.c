/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-store.c: the workspace on real SQLite files in a temporary folder:
 * creation and defaults, incidents and their journals, refusals that must
 * leave the file untouched, migration from the committed v1 fixture,
 * tampering caught by verify, backups, bulk import and the board's model.
 *
 * Run with --make-v1-fixture PATH to regenerate tests/data/workspace-v1.cordon.
 * tests/data/workspace-v8.cordon is what Cordon at schema version 8 wrote
 * for `cordon import --format misp tests/data/interchange/misp-event.json`
 * (then VACUUMed): an incident with five facts from before version 9.
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cordon-fact.h"
#include "cordon-task.h"
#include "cordon-lifecycle.h"
#include "cordon-manual-clock.h"
#include "cordon-metrics.h"
#include "cordon-time.h"
#include "cordon-workspace.h"
#include "cordon-workspace-private.h"

typedef struct
{
  char              *dir;
  char              *path;
  CordonManualClock *clock;
  CordonWorkspace   *ws;
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
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("cordon-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.cordon", NULL);
  f->clock = cordon_manual_clock_new_iso8601 ("2026-03-01T09:00:00Z");
  f->ws = cordon_workspace_new (f->path, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->ws);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->ws);
  g_clear_object (&f->clock);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
fixture_reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&f->ws);
  f->ws = cordon_workspace_new (f->path, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);
}

static CordonIncident *
new_incident (Fixture    *f,
              const char *title,
              const char *detected)
{
  g_autoptr(CordonIncident) draft = cordon_incident_new ();
  g_autoptr(GError) error = NULL;
  CordonIncident *incident;

  cordon_incident_set_title (draft, title);
  cordon_incident_set_category (draft, "malicious-code");
  cordon_incident_set_severity (draft, "medium");
  cordon_incident_set_lead (draft, "Ana Lead");
  if (detected != NULL)
    {
      gint64 usec;

      g_assert_true (cordon_time_parse_iso8601 (detected, &usec));
      cordon_incident_set_time_usec (draft, CORDON_INCIDENT_TIME_DETECTED, usec);
    }

  incident = cordon_workspace_create_incident (f->ws, draft, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (incident == draft);

  return incident;
}

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
raw_exec (const char *path,
          const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

static guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

/* Creation ------------------------------------------------------------ */

static void
test_create_defaults (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) policies = NULL;
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(CordonSlaPolicy) critical = NULL;
  g_autoptr(CordonGroup) management = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  CordonTaxonomy *taxonomy;
  GStatBuf st;

  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_cmpint (cordon_workspace_get_schema_version (f->ws), ==, CORDON_WORKSPACE_SCHEMA_VERSION);
  g_assert_null (cordon_workspace_get_migration_backup (f->ws));

  taxonomy = cordon_workspace_get_taxonomy (f->ws);
  g_assert_cmpuint (n_items (cordon_taxonomy_get_entries (taxonomy, CORDON_TAXONOMY_KIND_CATEGORY)), ==, 9);
  g_assert_cmpuint (n_items (cordon_taxonomy_get_entries (taxonomy, CORDON_TAXONOMY_KIND_SEVERITY)), ==, 4);
  g_assert_cmpuint (n_items (cordon_taxonomy_get_entries (taxonomy, CORDON_TAXONOMY_KIND_IMPACT)), ==, 4);
  g_assert_true (cordon_taxonomy_requires_management (taxonomy, "enterprise-wide"));

  policies = cordon_workspace_list_sla_policies (f->ws, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (policies), ==, 4);
  critical = g_list_model_get_item (policies, 3);
  g_assert_cmpstr (cordon_sla_policy_get_severity (critical), ==, "critical");
  g_assert_cmpint (cordon_sla_policy_get_response (critical), ==, 15 * 60);

  groups = cordon_workspace_list_groups (f->ws, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (groups), ==, 4);
  management = cordon_workspace_lookup_group (f->ws, "management", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cordon_group_get_kind (management), ==, CORDON_GROUP_KIND_MANAGEMENT);

  /* Opening without creating refuses a missing file and makes nothing */
  {
    g_autofree char *missing = g_build_filename (f->dir, "missing.cordon", NULL);
    g_autoptr(CordonWorkspace) none = NULL;

    none = cordon_workspace_new_full (missing, NULL, CORDON_WORKSPACE_FLAGS_NO_CREATE, NULL, &error);
    g_assert_null (none);
    g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND);
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
    g_clear_error (&error);
  }

  /* The defaults survive reopening, which runs the refusal checks */
  fixture_reopen (f);
  g_assert_cmpuint (n_items (cordon_taxonomy_get_entries (cordon_workspace_get_taxonomy (f->ws),
                                                          CORDON_TAXONOMY_KIND_CATEGORY)), ==, 9);
}

static void
test_create_default_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cordon-xdg-XXXXXX", &error);
  g_autofree char *old = g_strdup (g_getenv ("XDG_DATA_HOME"));
  g_autofree char *path = NULL;
  g_autofree char *parent = NULL;
  g_autoptr(CordonWorkspace) ws = NULL;
  GStatBuf st;

  g_assert_no_error (error);

  /* g_get_user_data_dir() is cached; run in a subprocess to set it */
  if (g_test_subprocess ())
    {
      g_setenv ("XDG_DATA_HOME", g_getenv ("CORDON_TEST_DIR"), TRUE);
      path = cordon_workspace_get_default_path ();
      g_assert_true (g_str_has_suffix (path, "/cordon/incidents.cordon"));
      ws = cordon_workspace_new (path, NULL, NULL, &error);
      g_assert_no_error (error);
      parent = g_path_get_dirname (path);
      g_assert_cmpint (g_stat (parent, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0700);
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
      return;
    }

  g_setenv ("CORDON_TEST_DIR", dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  remove_tree (dir);
}

/* Incidents ------------------------------------------------------------- */

static void
test_incident_create_lookup (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(CordonIncident) first = new_incident (f, "Phishing wave", NULL);
  g_autoptr(CordonIncident) older = new_incident (f, "Old malware", "2025-12-31T23:59:59Z");
  g_autoptr(CordonIncident) second = new_incident (f, "Second this year", "2026-02-01T00:00:00Z");
  g_autoptr(CordonIncident) found = NULL;
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(CordonJournalEntry) opened = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (cordon_incident_get_key (first), ==, "INC-2026-0001");
  g_assert_cmpstr (cordon_incident_get_key (older), ==, "INC-2025-0001");
  g_assert_cmpstr (cordon_incident_get_key (second), ==, "INC-2026-0002");
  g_assert_cmpint (cordon_incident_get_phase (first), ==, CORDON_PHASE_DETECTED);
  g_assert_cmpint (cordon_incident_get_time (first, CORDON_INCIDENT_TIME_DETECTED), ==,
                   cordon_clock_now_usec (CORDON_CLOCK (f->clock)));

  found = cordon_workspace_lookup_incident (f->ws, "INC-2026-0001", &error);
  g_assert_no_error (error);
  g_assert_true (found == first);
  g_assert_null (cordon_workspace_lookup_incident (f->ws, "INC-2026-0099", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  journal = cordon_workspace_list_journal (f->ws, first, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (journal), ==, 1);
  opened = g_list_model_get_item (journal, 0);
  g_assert_cmpint (cordon_journal_entry_get_kind (opened), ==, CORDON_JOURNAL_KIND_PHASE_CHANGE);
  g_assert_cmpstr (cordon_journal_entry_get_text (opened), ==, "Incident opened");
  g_assert_cmpstr (cordon_journal_entry_get_author (opened), ==, "Ana Lead");
  g_assert_cmpstr (cordon_journal_entry_get_prev_hash (opened), ==, CORDON_JOURNAL_GENESIS_HASH);
  g_assert_cmpstr (cordon_journal_entry_get_hash (opened), ==, cordon_incident_get_journal_head (first));
  g_assert_cmpint (cordon_incident_get_journal_count (first), ==, 1);

  /* Reopened, the same data comes back and numbering continues */
  g_clear_object (&found);
  fixture_reopen (f);
  found = cordon_workspace_lookup_incident (f->ws, "INC-2026-0002", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cordon_incident_get_title (found), ==, "Second this year");
  g_clear_object (&first);
  first = new_incident (f, "Third", NULL);
  g_assert_cmpstr (cordon_incident_get_key (first), ==, "INC-2026-0003");
}

static void
test_incident_invalid (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(CordonIncident) draft = cordon_incident_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *long_title = g_strnfill (CORDON_WORKSPACE_MAX_TITLE + 1, 'x');
  const char *groups[] = { "nobody", NULL };

  cordon_incident_set_category (draft, "malicious-code");
  cordon_incident_set_severity (draft, "medium");

  cordon_incident_set_title (draft, "   ");
  g_assert_null (cordon_workspace_create_incident (f->ws, draft, NULL, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "title"));
  g_clear_error (&error);

  cordon_incident_set_title (draft, long_title);
  g_assert_null (cordon_workspace_create_incident (f->ws, draft, NULL, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "too long"));
  g_clear_error (&error);

  cordon_incident_set_title (draft, "Fine");
  cordon_incident_set_category (draft, "aliens");
  g_assert_null (cordon_workspace_create_incident (f->ws, draft, NULL, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Unknown category “aliens”");
  g_clear_error (&error);

  cordon_incident_set_category (draft, "phishing");
  cordon_incident_set_groups (draft, groups);
  g_assert_null (cordon_workspace_create_incident (f->ws, draft, NULL, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);

  cordon_incident_set_groups (draft, NULL);
  cordon_incident_set_title (draft, "bad \xff utf-8");
  g_assert_null (cordon_workspace_create_incident (f->ws, draft, NULL, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);

  /* Nothing was written, and the draft was not touched */
  g_assert_cmpint (cordon_incident_get_id (draft), ==, 0);
  g_assert_cmpuint (n_items (cordon_workspace_get_incidents (f->ws)), ==, 0);
  fixture_reopen (f);
  g_assert_cmpuint (n_items (cordon_workspace_get_incidents (f->ws)), ==, 0);
}

static void
test_incident_move (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = new_incident (f, "Worm on the LAN", NULL);
  g_autoptr(CordonIncident) reloaded = NULL;
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *head = NULL;
  gint64 classified_at;

  cordon_manual_clock_advance (f->clock, 600);
  g_assert_true (cordon_workspace_move_incident (f->ws, incident, CORDON_PHASE_CLASSIFIED,
                                                 "Triage done", "Ana", &error));
  g_assert_no_error (error);
  classified_at = cordon_clock_now_usec (CORDON_CLOCK (f->clock));
  g_assert_cmpint (cordon_incident_get_phase (incident), ==, CORDON_PHASE_CLASSIFIED);
  g_assert_cmpint (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_CLASSIFIED), ==, classified_at);
  g_assert_cmpint (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED), ==, classified_at);

  /* A refused move names the missing step and changes nothing */
  head = g_strdup (cordon_incident_get_journal_head (incident));
  g_assert_false (cordon_workspace_move_incident (f->ws, incident, CORDON_PHASE_CONTAINMENT,
                                                  "Pull the plug", "Ana", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED);
  g_assert_cmpstr (error->message, ==,
                   "INC-2026-0001: Analyse the incident before deciding on containment or recovery");
  g_clear_error (&error);

  g_assert_false (cordon_workspace_move_incident (f->ws, incident, CORDON_PHASE_ANALYSIS, " ", "Ana", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (cordon_incident_get_phase (incident), ==, CORDON_PHASE_CLASSIFIED);
  g_assert_cmpint (cordon_incident_get_journal_count (incident), ==, 2);
  g_assert_cmpstr (cordon_incident_get_journal_head (incident), ==, head);

  /* The decision after analysis is recorded with its reason */
  g_assert_true (cordon_workspace_move_incident (f->ws, incident, CORDON_PHASE_ANALYSIS, "Start", "Ana", &error));
  g_assert_true (cordon_workspace_move_incident (f->ws, incident, CORDON_PHASE_RECOVERY,
                                                 "Single host, already isolated", "Ana", &error));
  g_assert_no_error (error);

  /* The move, then the recovery checklist it started */
  journal = cordon_workspace_list_journal (f->ws, incident, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (journal), ==, 5);
  {
    g_autoptr(CordonJournalEntry) started = g_list_model_get_item (journal, 4);

    g_assert_true (g_str_has_prefix (cordon_journal_entry_get_text (started), "Recovery checklist started"));
  }
  entry = g_list_model_get_item (journal, 3);
  g_assert_cmpint (cordon_journal_entry_get_seq (entry), ==, 4);
  g_assert_cmpint (cordon_journal_entry_get_kind (entry), ==, CORDON_JOURNAL_KIND_PHASE_CHANGE);
  g_assert_cmpstr (cordon_journal_entry_get_text (entry), ==, "Single host, already isolated");
  g_assert_cmpstr (cordon_journal_entry_get_payload (entry), ==,
                   "{\"from\":\"analysis\",\"to\":\"recovery\",\"decision\":\"recovery\"}");
  g_assert_cmpint (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_CONTAINED), ==, 0);

  /* What the instance says is what is stored */
  fixture_reopen (f);
  reloaded = cordon_workspace_lookup_incident (f->ws, "INC-2026-0001", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cordon_incident_get_phase (reloaded), ==, CORDON_PHASE_RECOVERY);
  g_assert_cmpint (cordon_incident_get_journal_count (reloaded), ==, 5);
  g_assert_cmpint (cordon_incident_get_time (reloaded, CORDON_INCIDENT_TIME_CLASSIFIED), ==, classified_at);
  g_assert_true (cordon_workspace_verify (f->ws, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_incident_reclassify (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = new_incident (f, "Back door", NULL);
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (cordon_workspace_reclassify (f->ws, incident, NULL, "high",
                                              "Forensics found the back door on more hosts", "Ana", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cordon_incident_get_severity (incident), ==, "high");

  journal = cordon_workspace_list_journal (f->ws, incident, &error);
  entry = g_list_model_get_item (journal, 1);
  g_assert_cmpint (cordon_journal_entry_get_kind (entry), ==, CORDON_JOURNAL_KIND_CLASSIFICATION_CHANGE);
  g_assert_cmpstr (cordon_journal_entry_get_text (entry), ==, "Forensics found the back door on more hosts");
  g_assert_cmpstr (cordon_journal_entry_get_payload (entry), ==, "{\"severity\":{\"from\":\"medium\",\"to\":\"high\"}}");

  g_assert_false (cordon_workspace_reclassify (f->ws, incident, NULL, "high", "again", "Ana", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cordon_workspace_reclassify (f->ws, incident, "phishing", NULL, "", "Ana", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cordon_workspace_reclassify (f->ws, incident, NULL, "apocalyptic", "why", "Ana", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);

  /* Saving cannot sneak a reclassification in */
  cordon_incident_set_severity (incident, "low");
  g_assert_false (cordon_workspace_save_incident (f->ws, incident, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_assert_cmpstr (cordon_incident_get_severity (incident), ==, "high");
  /* opened, reclassified, SLA re-timed */
  g_assert_cmpint (cordon_incident_get_journal_count (incident), ==, 3);
}

/* Acknowledging is one write: the time and the journal's status update
 * together; a second acknowledgement, here or by another process that
 * did it first, changes nothing. */
static void
test_incident_acknowledge (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = new_incident (f, "Beaconing", NULL);
  g_autoptr(CordonIncident) other_view = NULL;
  g_autoptr(CordonWorkspace) other = NULL;
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(GError) error = NULL;
  gint64 count = cordon_incident_get_journal_count (incident);

  /* A second connection to the same file, as another process has */
  other = cordon_workspace_new (cordon_workspace_get_path (f->ws), CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);
  other_view = cordon_workspace_lookup_incident (other, "INC-2026-0001", &error);
  g_assert_no_error (error);

  g_assert_true (cordon_workspace_acknowledge_incident (f->ws, incident, "Dana", "Acknowledged from a notification", &error));
  g_assert_no_error (error);
  g_assert_cmpint (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED), ==,
                   cordon_clock_now_usec (CORDON_CLOCK (f->clock)));
  g_assert_cmpint (cordon_incident_get_journal_count (incident), ==, count + 1);

  /* The other connection still has it unacknowledged in memory: the file
   * says otherwise, and nothing more is written */
  g_assert_cmpint (cordon_incident_get_time (other_view, CORDON_INCIDENT_TIME_ACKNOWLEDGED), ==, 0);
  g_assert_true (cordon_workspace_acknowledge_incident (other, other_view, "Lee", "Acknowledged from a notification", &error));
  g_assert_no_error (error);
  g_assert_cmpint (cordon_incident_get_time (other_view, CORDON_INCIDENT_TIME_ACKNOWLEDGED), ==,
                   cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED));

  journal = cordon_workspace_list_journal (other, other_view, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (journal), ==, count + 1);
  g_assert_true (cordon_workspace_verify (other, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_incident_save_management (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = new_incident (f, "Outage", NULL);
  g_autoptr(GError) error = NULL;

  cordon_incident_set_title (incident, "Enterprise outage");
  cordon_incident_set_impact (incident, "enterprise-wide");
  g_assert_true (cordon_workspace_save_incident (f->ws, incident, &error));
  g_assert_no_error (error);

  g_assert_true (cordon_incident_has_group (incident, "management"));
  g_assert_cmpint (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_MANAGEMENT_ACTIVATED), ==,
                   cordon_clock_now_usec (CORDON_CLOCK (f->clock)));
  /* Opened, the new title, management activated */
  g_assert_cmpint (cordon_incident_get_journal_count (incident), ==, 3);

  fixture_reopen (f);
  g_clear_object (&incident);
  incident = cordon_workspace_lookup_incident (f->ws, "INC-2026-0001", &error);
  g_assert_cmpstr (cordon_incident_get_title (incident), ==, "Enterprise outage");
  g_assert_true (cordon_incident_has_group (incident, "management"));
}

static void
test_journal_append (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = new_incident (f, "Notes", NULL);
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  entry = cordon_workspace_append_journal (f->ws, incident, CORDON_JOURNAL_KIND_COMMUNICATION, "Ana",
                                           "Told the CISO", "{ \"to\" : \"ciso\" }", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cordon_journal_entry_get_seq (entry), ==, 2);
  g_assert_cmpstr (cordon_journal_entry_get_payload (entry), ==, "{\"to\":\"ciso\"}");

  g_assert_null (cordon_workspace_append_journal (f->ws, incident, CORDON_JOURNAL_KIND_PHASE_CHANGE,
                                                  "Ana", "sneaky", NULL, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (cordon_workspace_append_journal (f->ws, incident, CORDON_JOURNAL_KIND_NOTE,
                                                  "Ana", "x", "[1]", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (cordon_workspace_append_journal (f->ws, incident, CORDON_JOURNAL_KIND_NOTE,
                                                  "Ana", "", NULL, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_cmpint (cordon_incident_get_journal_count (incident), ==, 2);
}

/* Records and settings ------------------------------------------------ */

static void
test_records (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = new_incident (f, "Records", NULL);
  g_autoptr(CordonFact) fact = cordon_fact_new ();
  g_autoptr(CordonQuestion) question = cordon_question_new ();
  g_autoptr(CordonTask) task = cordon_task_new ();
  g_autoptr(GDateTime) due = g_date_time_new_utc (2026, 3, 2, 12, 0, 0);
  g_autoptr(GListModel) facts = NULL;
  g_autoptr(GListModel) questions = NULL;
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(CordonFact) stored_fact = NULL;
  g_autoptr(CordonTask) stored_task = NULL;
  g_autoptr(GError) error = NULL;

  cordon_fact_set_kind (fact, CORDON_FACT_KIND_IP);
  cordon_fact_set_value (fact, "203.0.113.7");
  cordon_fact_set_source (fact, "IDS");
  cordon_fact_set_is_ioc (fact, TRUE);
  cordon_fact_set_tlp (fact, CORDON_TLP_AMBER_STRICT);
  g_assert_true (cordon_workspace_add_fact (f->ws, incident, fact, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cordon_fact_get_id (fact), >, 0);
  g_assert_nonnull (cordon_fact_get_added (fact));

  cordon_question_set_text (question, "Was data exfiltrated?");
  cordon_question_set_owner (question, "Forensics");
  g_assert_true (cordon_workspace_add_question (f->ws, incident, question, &error));
  cordon_question_set_status (question, CORDON_QUESTION_STATUS_ANSWERED);
  cordon_question_set_answer (question, "No");
  g_assert_true (cordon_workspace_update_question (f->ws, question, &error));
  g_assert_no_error (error);

  cordon_task_set_title (task, "Reset passwords");
  cordon_task_set_due (task, due);
  g_assert_true (cordon_workspace_add_task (f->ws, incident, task, &error));
  g_assert_no_error (error);

  facts = cordon_workspace_list_facts (f->ws, incident, &error);
  g_assert_cmpuint (n_items (facts), ==, 1);
  stored_fact = g_list_model_get_item (facts, 0);
  g_assert_cmpstr (cordon_fact_get_value (stored_fact), ==, "203.0.113.7");
  g_assert_cmpint (cordon_fact_get_kind (stored_fact), ==, CORDON_FACT_KIND_IP);
  g_assert_cmpint (cordon_fact_get_tlp (stored_fact), ==, CORDON_TLP_AMBER_STRICT);
  g_assert_true (cordon_fact_get_is_ioc (stored_fact));

  questions = cordon_workspace_list_questions (f->ws, incident, &error);
  g_assert_cmpuint (n_items (questions), ==, 1);
  {
    g_autoptr(CordonQuestion) q = g_list_model_get_item (questions, 0);
    g_assert_cmpint (cordon_question_get_status (q), ==, CORDON_QUESTION_STATUS_ANSWERED);
    g_assert_cmpstr (cordon_question_get_answer (q), ==, "No");
  }

  tasks = cordon_workspace_list_tasks (f->ws, incident, &error);
  stored_task = g_list_model_get_item (tasks, 0);
  g_assert_true (g_date_time_equal (cordon_task_get_due (stored_task), due));

  g_assert_true (cordon_workspace_remove_fact (f->ws, fact, &error));
  g_assert_false (cordon_workspace_remove_fact (f->ws, fact, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  cordon_fact_set_id (fact, 0);
  cordon_fact_set_value (fact, "");
  g_assert_false (cordon_workspace_add_fact (f->ws, incident, fact, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
}

static void
test_settings (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CordonGroup) group = cordon_group_new ();
  g_autoptr(CordonGroup) dup = cordon_group_new ();
  g_autoptr(CordonMember) member = cordon_member_new ();
  g_autoptr(CordonProtocol) protocol = cordon_protocol_new ();
  g_autoptr(CordonTaxonomyEntry) category = NULL;
  g_autoptr(CordonSlaPolicy) policy = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GListModel) protocols = NULL;
  g_autoptr(GError) error = NULL;

  cordon_group_set_slug (group, "legal");
  cordon_group_set_kind (group, CORDON_GROUP_KIND_EXTERNAL_COMMUNICATION);
  cordon_group_set_name (group, "Legal");
  g_assert_true (cordon_workspace_create_group (f->ws, group, &error));
  g_assert_no_error (error);

  cordon_group_set_slug (dup, "legal");
  cordon_group_set_name (dup, "Legal again");
  g_assert_false (cordon_workspace_create_group (f->ws, dup, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);

  cordon_member_set_name (member, "Lea Law");
  cordon_member_set_priority (member, CORDON_CONTACT_PRIORITY_PRIMARY);
  cordon_member_set_hours (member, "24/7");
  g_assert_true (cordon_workspace_add_member (f->ws, group, member, &error));
  members = cordon_workspace_list_members (f->ws, group, &error);
  g_assert_cmpuint (n_items (members), ==, 1);

  cordon_protocol_set_channel (protocol, CORDON_CHANNEL_ENCRYPTED_LINE);
  cordon_protocol_set_when (protocol, "data breach");
  cordon_protocol_set_template (protocol, "{key}: {title}");
  g_assert_true (cordon_workspace_add_protocol (f->ws, group, protocol, &error));
  g_assert_no_error (error);
  protocols = cordon_workspace_list_protocols (f->ws, NULL, &error);
  g_assert_cmpuint (n_items (protocols), ==, 1);
  {
    g_autoptr(CordonProtocol) stored = g_list_model_get_item (protocols, 0);
    g_assert_cmpint (cordon_protocol_get_channel (stored), ==, CORDON_CHANNEL_ENCRYPTED_LINE);
    g_assert_cmpstr (cordon_protocol_get_when (stored), ==, "data breach");
  }

  /* A new category, then in use by an incident: it cannot be removed */
  category = cordon_taxonomy_entry_new_full (CORDON_TAXONOMY_KIND_CATEGORY, "supply-chain", "Supply chain", 20);
  g_assert_true (cordon_workspace_set_taxonomy_entry (f->ws, category, &error));
  g_assert_no_error (error);
  incident = new_incident (f, "Vendor compromise", NULL);
  g_assert_true (cordon_workspace_reclassify (f->ws, incident, "supply-chain", NULL, "Vendor", "Ana", &error));
  g_assert_false (cordon_workspace_remove_taxonomy_entry (f->ws, CORDON_TAXONOMY_KIND_CATEGORY, "supply-chain", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_true (cordon_workspace_remove_taxonomy_entry (f->ws, CORDON_TAXONOMY_KIND_CATEGORY, "other", &error));
  g_assert_false (cordon_taxonomy_contains (cordon_workspace_get_taxonomy (f->ws), CORDON_TAXONOMY_KIND_CATEGORY, "other"));

  /* Severities with a policy stay until the policy goes */
  g_assert_false (cordon_workspace_remove_taxonomy_entry (f->ws, CORDON_TAXONOMY_KIND_SEVERITY, "low", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_true (cordon_workspace_remove_sla_policy (f->ws, "low", &error));
  g_assert_true (cordon_workspace_remove_taxonomy_entry (f->ws, CORDON_TAXONOMY_KIND_SEVERITY, "low", &error));
  g_assert_no_error (error);

  policy = cordon_workspace_lookup_sla_policy (f->ws, "high", &error);
  g_assert_no_error (error);
  cordon_sla_policy_set_warning_percent (policy, 90);
  g_assert_true (cordon_workspace_set_sla_policy (f->ws, policy, &error));
  g_clear_object (&policy);

  /* The group engaged by an incident stays */
  {
    const char *groups[] = { "legal", NULL };

    cordon_incident_set_groups (incident, groups);
    g_assert_true (cordon_workspace_save_incident (f->ws, incident, &error));
    g_assert_false (cordon_workspace_remove_group (f->ws, group, &error));
    g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED);
    g_clear_error (&error);
  }

  fixture_reopen (f);
  policy = cordon_workspace_lookup_sla_policy (f->ws, "high", &error);
  g_assert_cmpint (cordon_sla_policy_get_warning_percent (policy), ==, 90);
  g_assert_cmpstr (cordon_taxonomy_entry_get_display_label (
                     cordon_taxonomy_lookup (cordon_workspace_get_taxonomy (f->ws),
                                             CORDON_TAXONOMY_KIND_CATEGORY, "supply-chain")), ==, "Supply chain");
  g_assert_false (cordon_taxonomy_contains (cordon_workspace_get_taxonomy (f->ws), CORDON_TAXONOMY_KIND_SEVERITY, "low"));
}

/* Refusals --------------------------------------------------------------- */

static void
assert_refused_unchanged (const char *path,
                          int         code)
{
  g_autofree char *before = file_checksum (path);
  g_autofree char *after = NULL;
  g_autoptr(CordonWorkspace) ws = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  ws = cordon_workspace_new (path, NULL, NULL, &error);
  g_assert_null (ws);
  g_assert_error (error, CORDON_WORKSPACE_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));
  g_test_message ("refused: %s", error->message);

  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
}

static void
make_closed_workspace (Fixture *f)
{
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(CordonIncident) incident = new_incident (f, "Filler incident with some text", NULL);
    }

  /* The last connection to close checkpoints the log into the file */
  g_clear_object (&f->ws);
}

static void
test_refuse_text_file (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "notes.txt", NULL);
  g_autofree char *empty = g_build_filename (f->dir, "empty.cordon", NULL);

  g_assert_true (g_file_set_contents (path, "These are my notes, not a database.\n", -1, NULL));
  assert_refused_unchanged (path, CORDON_WORKSPACE_ERROR_NOT_SQLITE);

  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  assert_refused_unchanged (empty, CORDON_WORKSPACE_ERROR_NOT_SQLITE);
}

static void
test_refuse_truncated (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autofree char *cut = g_build_filename (f->dir, "cut.cordon", NULL);
  gsize length;

  make_closed_workspace (f);
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 8192);
  g_assert_true (g_file_set_contents (cut, contents, length / 2, NULL));

  assert_refused_unchanged (cut, CORDON_WORKSPACE_ERROR_CORRUPT);
}

static void
test_refuse_damaged (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autofree char *damaged = g_build_filename (f->dir, "damaged.cordon", NULL);
  gsize length;

  make_closed_workspace (f);
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));

  /* Scribble over every page but the first, keeping the size */
  for (gsize i = 4096; i < length; i++)
    contents[i] = (char) (i * 7);
  g_assert_true (g_file_set_contents (damaged, contents, length, NULL));

  assert_refused_unchanged (damaged, CORDON_WORKSPACE_ERROR_CORRUPT);
}

static void
test_refuse_too_new (Fixture       *f,
                     gconstpointer  data)
{
  make_closed_workspace (f);
  raw_exec (f->path, "PRAGMA user_version = 99");

  assert_refused_unchanged (f->path, CORDON_WORKSPACE_ERROR_TOO_NEW);
}

static void
test_refuse_foreign (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "places.sqlite", NULL);

  raw_exec (path, "CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('https://example.org')");
  assert_refused_unchanged (path, CORDON_WORKSPACE_ERROR_NOT_WORKSPACE);
}

/* Migration -------------------------------------------------------------- */

static void
test_migrate_v1 (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *fixture = g_build_filename (TEST_SRCDIR, "data", "workspace-v1.cordon", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *path = g_build_filename (f->dir, "old.cordon", NULL);
  g_autoptr(CordonWorkspace) ws = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(CordonGroup) group = NULL;
  g_autoptr(CordonProtocol) protocol = cordon_protocol_new ();
  g_autoptr(GError) error = NULL;
  const char *backup;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gsize length;
  guint64 n_incidents = 0;
  guint64 n_entries = 0;

  g_assert_true (g_file_get_contents (fixture, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  g_chmod (path, 0600);

  ws = cordon_workspace_new (path, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cordon_workspace_get_schema_version (ws), ==, CORDON_WORKSPACE_SCHEMA_VERSION);

  /* The backup is the untouched version 1 database */
  backup = cordon_workspace_get_migration_backup (ws);
  g_assert_nonnull (backup);
  g_assert_true (g_str_has_suffix (backup, "old.cordon.v1.bak"));
  g_assert_true (g_file_test (backup, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpint (sqlite3_open_v2 (backup, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  /* History came through intact, and version 2 works */
  g_assert_true (cordon_workspace_verify (ws, &n_incidents, &n_entries, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_incidents, ==, 2);
  g_assert_cmpuint (n_entries, >=, 4);
  incident = cordon_workspace_lookup_incident (ws, "INC-2025-0001", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cordon_incident_get_phase (incident), ==, CORDON_PHASE_ANALYSIS);

  group = cordon_workspace_lookup_group (ws, "responders", &error);
  g_assert_no_error (error);
  cordon_protocol_set_template (protocol, "{key}");
  g_assert_true (cordon_workspace_add_protocol (ws, group, protocol, &error));
  g_assert_no_error (error);
}

/* Version 9 gives facts what sharing formats say about them, and tasks a
 * description; rows of older workspaces read with none of it, and take it
 * from then on */
static void
test_migrate_v8_facts (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *fixture = g_build_filename (TEST_SRCDIR, "data", "workspace-v8.cordon", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *path = g_build_filename (f->dir, "v8.cordon", NULL);
  g_autoptr(CordonWorkspace) ws = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GListModel) facts = NULL;
  g_autoptr(CordonFact) fact = cordon_fact_new ();
  g_autoptr(CordonFact) read_back = NULL;
  g_autoptr(CordonTask) task = cordon_task_new ();
  g_autoptr(CordonTask) task_back = NULL;
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(GDateTime) seen = g_date_time_new_from_iso8601 ("2024-03-01T08:00:00Z", NULL);
  g_autoptr(GError) error = NULL;
  const char * const tags[] = { "tlp:amber", "kill-chain:Delivery", NULL };
  const char *backup;
  gsize length;
  guint64 n_incidents = 0;
  guint64 n_entries = 0;

  g_assert_true (g_file_get_contents (fixture, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  g_chmod (path, 0600);

  ws = cordon_workspace_new (path, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cordon_workspace_get_schema_version (ws), ==, CORDON_WORKSPACE_SCHEMA_VERSION);
  backup = cordon_workspace_get_migration_backup (ws);
  g_assert_nonnull (backup);
  g_assert_true (g_str_has_suffix (backup, "v8.cordon.v8.bak"));
  g_assert_true (cordon_workspace_verify (ws, &n_incidents, &n_entries, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_incidents, ==, 1);

  incident = cordon_workspace_lookup_incident (ws, "INC-2024-0001", &error);
  g_assert_no_error (error);
  facts = cordon_workspace_list_facts (ws, incident, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (facts), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(CordonFact) old = g_list_model_get_item (facts, i);

      g_assert_cmpstr (cordon_fact_get_value (old), !=, "");
      g_assert_cmpstr (cordon_fact_get_uuid (old), ==, "");
      g_assert_cmpstr (cordon_fact_get_origin_type (old), ==, "");
      g_assert_cmpstr (cordon_fact_get_comment (old), ==, "");
      g_assert_cmpstr (cordon_fact_get_group (old), ==, "");
      g_assert_cmpuint (g_strv_length ((char **) cordon_fact_get_tags (old)), ==, 0);
      g_assert_null (cordon_fact_get_first_seen (old));
    }

  cordon_fact_set_kind (fact, CORDON_FACT_KIND_HASH);
  cordon_fact_set_value (fact, "9e107d9d372bb6826bd81d3542a419d6");
  cordon_fact_set_uuid (fact, "6c1f0b2a-5e0d-4a7b-9c3e-000000000009");
  cordon_fact_set_origin_type (fact, "md5");
  cordon_fact_set_origin_category (fact, "Payload delivery");
  cordon_fact_set_comment (fact, "loader");
  cordon_fact_set_tags (fact, tags);
  cordon_fact_set_first_seen (fact, seen);
  cordon_fact_set_last_seen (fact, seen);
  cordon_fact_set_group (fact, "6c1f0b2a-5e0d-4a7b-9c3e-000000000901");
  cordon_fact_set_group_name (fact, "file");
  cordon_fact_set_group_comment (fact, "Emotet loader");
  cordon_fact_set_relation (fact, "md5");
  g_assert_true (cordon_workspace_add_fact (ws, incident, fact, &error));
  g_assert_no_error (error);
  cordon_task_set_title (task, "Capture memory");
  cordon_task_set_description (task, "Use the approved kit; hash every image.");
  g_assert_true (cordon_workspace_add_task (ws, incident, task, &error));
  g_assert_no_error (error);

  g_clear_object (&facts);
  g_clear_object (&ws);
  ws = cordon_workspace_new (path, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);
  facts = cordon_workspace_list_facts (ws, incident, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (facts), ==, 6);
  read_back = g_list_model_get_item (facts, 5);
  g_assert_cmpstr (cordon_fact_get_uuid (read_back), ==, "6c1f0b2a-5e0d-4a7b-9c3e-000000000009");
  g_assert_cmpstr (cordon_fact_get_origin_type (read_back), ==, "md5");
  g_assert_cmpstr (cordon_fact_get_origin_category (read_back), ==, "Payload delivery");
  g_assert_cmpstr (cordon_fact_get_comment (read_back), ==, "loader");
  g_assert_true (g_strv_equal (cordon_fact_get_tags (read_back), tags));
  g_assert_true (g_date_time_equal (cordon_fact_get_first_seen (read_back), seen));
  g_assert_true (g_date_time_equal (cordon_fact_get_last_seen (read_back), seen));
  g_assert_cmpstr (cordon_fact_get_group (read_back), ==, "6c1f0b2a-5e0d-4a7b-9c3e-000000000901");
  g_assert_cmpstr (cordon_fact_get_group_name (read_back), ==, "file");
  g_assert_cmpstr (cordon_fact_get_group_comment (read_back), ==, "Emotet loader");
  g_assert_cmpstr (cordon_fact_get_relation (read_back), ==, "md5");

  tasks = cordon_workspace_list_tasks (ws, incident, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 1);
  task_back = g_list_model_get_item (tasks, 0);
  g_assert_cmpstr (cordon_task_get_description (task_back), ==, "Use the approved kit; hash every image.");
}

static void
make_v1_fixture (const char *path)
{
  g_autoptr(CordonManualClock) clock = cordon_manual_clock_new_iso8601 ("2025-06-01T08:00:00Z");
  g_autoptr(CordonWorkspace) ws = NULL;
  g_autoptr(CordonIncident) first = cordon_incident_new ();
  g_autoptr(CordonIncident) second = cordon_incident_new ();
  g_autoptr(CordonIncident) stored = NULL;
  g_autoptr(CordonJournalEntry) note = NULL;
  g_autoptr(GError) error = NULL;

  ws = _cordon_workspace_new_at_version (path, CORDON_CLOCK (clock), 1, &error);
  g_assert_no_error (error);

  cordon_incident_set_title (first, "Credential phishing campaign");
  cordon_incident_set_category (first, "phishing");
  cordon_incident_set_severity (first, "high");
  cordon_incident_set_lead (first, "Ana Lead");
  stored = cordon_workspace_create_incident (ws, first, NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&stored);

  cordon_manual_clock_advance (clock, 900);
  g_assert_true (cordon_workspace_move_incident (ws, first, CORDON_PHASE_CLASSIFIED, "Confirmed phishing", "Ana Lead", &error));
  g_assert_true (cordon_workspace_move_incident (ws, first, CORDON_PHASE_ANALYSIS, "Collect mail logs", "Ana Lead", &error));
  note = cordon_workspace_append_journal (ws, first, CORDON_JOURNAL_KIND_NOTE, "Ben Analyst",
                                          "42 recipients clicked", "{\"clicks\":42}", &error);
  g_assert_no_error (error);

  cordon_incident_set_title (second, "Port scan from abroad");
  cordon_incident_set_category (second, "reconnaissance");
  cordon_incident_set_severity (second, "low");
  stored = cordon_workspace_create_incident (ws, second, "Ana Lead", &error);
  g_assert_no_error (error);
}

/* Tampering ---------------------------------------------------------------- */

static void
make_history (Fixture *f)
{
  g_autoptr(CordonIncident) incident = new_incident (f, "History", NULL);
  g_autoptr(CordonIncident) other = new_incident (f, "Other", NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(CordonJournalEntry) entry =
        cordon_workspace_append_journal (f->ws, incident, CORDON_JOURNAL_KIND_NOTE, "Ana", "note", NULL, &error);
      g_assert_no_error (error);
    }

  g_assert_true (cordon_workspace_verify (f->ws, NULL, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&f->ws);
}

static void
assert_verify_fails (Fixture    *f,
                     const char *expected)
{
  g_autoptr(GError) error = NULL;

  /* Its triggers were dropped: only a verifying open accepts it */
  g_clear_object (&f->ws);
  f->ws = cordon_workspace_new (f->path, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_CORRUPT);
  g_assert_nonnull (strstr (error->message, "is missing"));
  g_assert_null (f->ws);
  g_clear_error (&error);
  f->ws = cordon_workspace_new_full (f->path, CORDON_CLOCK (f->clock), CORDON_WORKSPACE_FLAGS_FOR_VERIFY,
                                     NULL, &error);
  g_assert_no_error (error);
  g_assert_false (cordon_workspace_verify (f->ws, NULL, NULL, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INTEGRITY);
  g_test_message ("verify: %s", error->message);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, expected);
}

static void
test_tamper_triggers (Fixture       *f,
                      gconstpointer  data)
{
  sqlite3 *db = NULL;

  make_history (f);

  /* With the triggers in place, history cannot be edited at all */
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE journal SET text = 'x'", NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM journal", NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  sqlite3_close (db);

  fixture_reopen (f);
  g_assert_true (cordon_workspace_verify (f->ws, NULL, NULL, NULL));
}

static void
test_tamper_edit (Fixture       *f,
                  gconstpointer  data)
{
  make_history (f);
  raw_exec (f->path,
            "DROP TRIGGER journal_no_update;"
            "UPDATE journal SET text = 'nothing happened'"
            " WHERE seq = 3 AND incident_id = (SELECT id FROM incidents WHERE key = 'INC-2026-0001')");

  assert_verify_fails (f, "INC-2026-0001 journal entry 3: hash mismatch");
}

static void
test_tamper_delete (Fixture       *f,
                    gconstpointer  data)
{
  make_history (f);
  raw_exec (f->path,
            "DROP TRIGGER journal_no_delete;"
            "DELETE FROM journal"
            " WHERE seq = 2 AND incident_id = (SELECT id FROM incidents WHERE key = 'INC-2026-0001')");

  assert_verify_fails (f, "INC-2026-0001 journal entry 2: the entry is missing");
}

static void
test_tamper_delete_last (Fixture       *f,
                         gconstpointer  data)
{
  make_history (f);
  raw_exec (f->path,
            "DROP TRIGGER journal_no_delete;"
            "DELETE FROM journal"
            " WHERE seq = 5 AND incident_id = (SELECT id FROM incidents WHERE key = 'INC-2026-0001')");

  assert_verify_fails (f, "INC-2026-0001 journal entry 5: count mismatch");
}

static void
test_tamper_rehash (Fixture       *f,
                    gconstpointer  data)
{
  /* Editing an entry and fixing its own hash still breaks the next link */
  make_history (f);
  raw_exec (f->path,
            "DROP TRIGGER journal_no_update;"
            "UPDATE journal SET hash = '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',"
            " text = 'edited'"
            " WHERE seq = 2 AND incident_id = (SELECT id FROM incidents WHERE key = 'INC-2026-0001')");

  assert_verify_fails (f, "INC-2026-0001 journal entry 2: hash mismatch");
}

/* Backup, bulk, model ---------------------------------------------------- */

static void
test_backup (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *dest = g_build_filename (f->dir, "copy.cordon", NULL);
  g_autoptr(CordonIncident) incident = new_incident (f, "Backed up", NULL);
  g_autoptr(CordonWorkspace) copy = NULL;
  g_autoptr(CordonIncident) found = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (cordon_workspace_backup (f->ws, dest, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (dest, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* A second backup replaces the first */
  g_assert_true (cordon_workspace_backup (f->ws, dest, &error));

  copy = cordon_workspace_new (dest, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (cordon_workspace_verify (copy, NULL, NULL, &error));
  found = cordon_workspace_lookup_incident (copy, "INC-2026-0001", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cordon_incident_get_title (found), ==, "Backed up");
}

static void
test_bulk_import (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = cordon_incident_new ();
  g_autoptr(CordonIncident) found = NULL;
  g_autoptr(CordonIncident) next = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first_hash = NULL;

  g_assert_true (cordon_workspace_begin_bulk (f->ws, &error));
  cordon_incident_set_key (incident, "INC-2024-0042");
  cordon_incident_set_title (incident, "Imported");
  cordon_incident_set_category (incident, "other");
  cordon_incident_set_severity (incident, "low");
  cordon_incident_set_phase (incident, CORDON_PHASE_CLOSED);
  g_assert_true (cordon_workspace_import_incident (f->ws, incident, &error));
  g_assert_no_error (error);

  for (guint i = 1; i <= 10; i++)
    {
      g_autoptr(CordonJournalEntry) entry = cordon_journal_entry_new ();
      g_autoptr(GDateTime) time = g_date_time_new_utc (2024, 5, 1, 10, i, 0);

      cordon_journal_entry_set_time (entry, time);
      cordon_journal_entry_set_text (entry, "imported entry");
      cordon_journal_entry_set_payload (entry, i == 1 ? "{\"n\": 1}" : NULL);
      g_assert_true (cordon_workspace_import_journal_entry (f->ws, incident, entry, &error));
      g_assert_no_error (error);
      if (i == 1)
        first_hash = g_strdup (cordon_journal_entry_get_hash (entry));
    }

  g_assert_true (cordon_workspace_commit_bulk (f->ws, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_items (cordon_workspace_get_incidents (f->ws)), ==, 1);

  found = cordon_workspace_lookup_incident (f->ws, "INC-2024-0042", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cordon_incident_get_journal_count (found), ==, 10);
  g_assert_cmpint (cordon_incident_get_phase (found), ==, CORDON_PHASE_CLOSED);
  g_assert_true (cordon_workspace_verify (f->ws, NULL, NULL, &error));
  g_assert_no_error (error);

  /* Numbering continues after the imported key */
  next = new_incident (f, "After import", "2024-07-01T00:00:00Z");
  g_assert_cmpstr (cordon_incident_get_key (next), ==, "INC-2024-0043");

  /* A duplicate key, and an entry whose hash does not match, each fail;
   * rolling back leaves nothing behind */
  g_assert_true (cordon_workspace_begin_bulk (f->ws, &error));
  {
    g_autoptr(CordonIncident) dup = cordon_incident_new ();
    g_autoptr(CordonIncident) other = cordon_incident_new ();
    g_autoptr(CordonJournalEntry) entry = cordon_journal_entry_new ();
    g_autoptr(GDateTime) time = g_date_time_new_utc (2024, 5, 1, 10, 1, 0);

    cordon_incident_set_key (dup, "INC-2024-0042");
    cordon_incident_set_title (dup, "Duplicate");
    cordon_incident_set_category (dup, "other");
    cordon_incident_set_severity (dup, "low");
    g_assert_false (cordon_workspace_import_incident (f->ws, dup, &error));
    g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "INC-2024-0042"));
    g_clear_error (&error);

    cordon_incident_set_key (other, "INC-2024-0100");
    cordon_incident_set_title (other, "Tampered");
    cordon_incident_set_category (other, "other");
    cordon_incident_set_severity (other, "low");
    g_assert_true (cordon_workspace_import_incident (f->ws, other, &error));
    cordon_journal_entry_set_time (entry, time);
    cordon_journal_entry_set_text (entry, "changed text");
    cordon_journal_entry_set_hash (entry, first_hash);
    g_assert_false (cordon_workspace_import_journal_entry (f->ws, other, entry, &error));
    g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INTEGRITY);
    g_assert_cmpstr (error->message, ==,
                     "INC-2024-0100 journal entry 1: hash mismatch, the entry was changed after it was written");
    g_clear_error (&error);
  }
  cordon_workspace_rollback_bulk (f->ws);

  g_clear_object (&found);
  g_assert_null (cordon_workspace_lookup_incident (f->ws, "INC-2024-0100", &error));
  g_clear_error (&error);
  g_assert_cmpuint (n_items (cordon_workspace_get_incidents (f->ws)), ==, 2);
  g_assert_true (cordon_workspace_verify (f->ws, NULL, NULL, &error));
}

typedef struct
{
  guint position;
  guint removed;
  guint added;
  guint count;
} ItemsChanged;

static void
on_items_changed (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *record)
{
  record->position = position;
  record->removed = removed;
  record->added = added;
  record->count++;
}

static void
on_incident_signal (CordonWorkspace *ws,
                    CordonIncident  *incident,
                    guint           *count)
{
  (*count)++;
}

static void
test_model_items_changed (Fixture       *f,
                          gconstpointer  data)
{
  GListModel *model = cordon_workspace_get_incidents (f->ws);
  g_autoptr(CordonIncident) first = NULL;
  g_autoptr(CordonIncident) second = NULL;
  g_autoptr(CordonIncident) item = NULL;
  g_autoptr(GError) error = NULL;
  ItemsChanged record = { 0, };
  guint added = 0;
  guint changed = 0;

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), &record);
  g_signal_connect (f->ws, "incident-added", G_CALLBACK (on_incident_signal), &added);
  g_signal_connect (f->ws, "incident-changed", G_CALLBACK (on_incident_signal), &changed);

  first = new_incident (f, "First", NULL);
  g_assert_cmpuint (record.count, ==, 1);
  g_assert_cmpuint (record.position, ==, 0);
  g_assert_cmpuint (record.added, ==, 1);
  g_assert_cmpuint (added, ==, 1);

  second = new_incident (f, "Second", NULL);
  g_assert_cmpuint (record.position, ==, 1);
  g_assert_cmpuint (n_items (model), ==, 2);

  g_assert_true (cordon_workspace_move_incident (f->ws, first, CORDON_PHASE_CLASSIFIED, "ok", "Ana", &error));
  g_assert_cmpuint (record.count, ==, 3);
  g_assert_cmpuint (record.position, ==, 0);
  g_assert_cmpuint (record.removed, ==, 1);
  g_assert_cmpuint (record.added, ==, 1);
  g_assert_cmpuint (changed, ==, 1);

  item = g_list_model_get_item (model, 0);
  g_assert_true (item == first);
  g_assert_cmpint (g_list_model_get_item_type (model), ==, CORDON_TYPE_INCIDENT);

  /* A refused move emits nothing */
  g_assert_false (cordon_workspace_move_incident (f->ws, first, CORDON_PHASE_CLOSED, "done", "Ana", &error));
  g_assert_cmpuint (record.count, ==, 3);
  g_assert_cmpuint (changed, ==, 1);
}

static void
test_list_filters (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(CordonIncident) a = new_incident (f, "A", NULL);
  g_autoptr(CordonIncident) b = new_incident (f, "B", NULL);
  g_autoptr(GListModel) detected = NULL;
  g_autoptr(GListModel) high = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (cordon_workspace_move_incident (f->ws, a, CORDON_PHASE_CLASSIFIED, "ok", "Ana", &error));
  g_assert_true (cordon_workspace_reclassify (f->ws, b, NULL, "high", "worse", "Ana", &error));

  detected = cordon_workspace_list_incidents (f->ws, "detected", NULL, &error);
  g_assert_cmpuint (n_items (detected), ==, 1);
  high = cordon_workspace_list_incidents (f->ws, "detected", "high", &error);
  g_assert_cmpuint (n_items (high), ==, 1);
  g_assert_null (cordon_workspace_list_incidents (f->ws, "sleeping", NULL, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
}

static void
add_test_fact (Fixture        *f,
               CordonIncident *incident,
               CordonFactKind  kind,
               const char     *value,
               const char     *source)
{
  g_autoptr(CordonFact) fact = cordon_fact_new ();
  g_autoptr(GError) error = NULL;

  cordon_fact_set_kind (fact, kind);
  cordon_fact_set_value (fact, value);
  cordon_fact_set_source (fact, source);
  g_assert_true (cordon_workspace_add_fact (f->ws, incident, fact, &error));
  g_assert_no_error (error);
}

/* A duplicate merges into the incident it repeats: the facts the target
 * lacks, a decision naming the duplicate and its journal, and the close,
 * all at once; the metrics count the target only */
static void
test_incident_merge (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CordonIncident) target = new_incident (f, "Phishing mail to finance", "2026-03-01T09:00:00Z");
  g_autoptr(CordonIncident) duplicate = new_incident (f, "Phishing mail to finance, again", "2026-03-01T09:20:00Z");
  g_autoptr(GListModel) facts = NULL;
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(CordonJournalEntry) last = NULL;
  g_autoptr(CordonFact) merged = NULL;
  g_autoptr(CordonMetrics) metrics = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *duplicate_of = NULL;
  CordonClosure closure;

  add_test_fact (f, target, CORDON_FACT_KIND_DOMAIN, "invoice-portal.example", "Proxy");
  add_test_fact (f, duplicate, CORDON_FACT_KIND_DOMAIN, "invoice-portal.example", "Mail gateway");
  add_test_fact (f, duplicate, CORDON_FACT_KIND_IP, "203.0.113.7", "Mail gateway");

  g_assert_false (cordon_workspace_merge_incident (f->ws, duplicate, duplicate, "Same", "Sam", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (cordon_workspace_merge_incident (f->ws, duplicate, target, "  ", "Sam", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (cordon_workspace_merge_incident (f->ws, duplicate, target, "The same mail, reported twice", "Sam", &error));
  g_assert_no_error (error);

  /* Only the address was new to the target */
  facts = cordon_workspace_list_facts (f->ws, target, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (facts), ==, 2);
  merged = g_list_model_get_item (facts, 1);
  g_assert_cmpstr (cordon_fact_get_value (merged), ==, "203.0.113.7");
  g_assert_nonnull (strstr (cordon_fact_get_source (merged), cordon_incident_get_key (duplicate)));

  journal = cordon_workspace_list_journal (f->ws, target, &error);
  g_assert_no_error (error);
  last = g_list_model_get_item (journal, g_list_model_get_n_items (journal) - 1);
  g_assert_cmpint (cordon_journal_entry_get_kind (last), ==, CORDON_JOURNAL_KIND_DECISION);
  g_assert_nonnull (strstr (cordon_journal_entry_get_payload (last), cordon_incident_get_key (duplicate)));
  g_assert_nonnull (strstr (cordon_journal_entry_get_text (last), "The same mail, reported twice"));

  g_clear_object (&duplicate);
  duplicate = cordon_workspace_lookup_incident (f->ws, "INC-2026-0002", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cordon_incident_get_phase (duplicate), ==, CORDON_PHASE_CLOSED);
  g_assert_true (cordon_workspace_get_closure (f->ws, duplicate, &closure, &duplicate_of, &error));
  g_assert_cmpint (closure, ==, CORDON_CLOSURE_DUPLICATE);
  g_assert_cmpstr (duplicate_of, ==, cordon_incident_get_key (target));
  g_assert_false (cordon_workspace_get_closure (f->ws, target, &closure, NULL, &error));

  /* Closed already: a second merge is refused */
  g_assert_false (cordon_workspace_merge_incident (f->ws, duplicate, target, "Again", "Sam", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED);
  g_clear_error (&error);

  metrics = cordon_workspace_compute_period_metrics (f->ws, -1, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (metrics->n_incidents, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("TZ", "UTC", TRUE);

  if (argc == 3 && g_str_equal (argv[1], "--make-v1-fixture"))
    {
      make_v1_fixture (argv[2]);
      return 0;
    }

  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/store/create/defaults", test_create_defaults);
  g_test_add_func ("/store/create/default-path", test_create_default_path);
  ADD ("/store/incident/create-lookup", test_incident_create_lookup);
  ADD ("/store/incident/invalid", test_incident_invalid);
  ADD ("/store/incident/move", test_incident_move);
  ADD ("/store/incident/merge", test_incident_merge);
  ADD ("/store/incident/reclassify", test_incident_reclassify);
  ADD ("/store/incident/save-management", test_incident_save_management);
  ADD ("/store/incident/acknowledge", test_incident_acknowledge);
  ADD ("/store/journal/append", test_journal_append);
  ADD ("/store/records/facts-questions-tasks", test_records);
  ADD ("/store/records/settings", test_settings);
  ADD ("/store/refuse/text-file", test_refuse_text_file);
  ADD ("/store/refuse/truncated", test_refuse_truncated);
  ADD ("/store/refuse/damaged", test_refuse_damaged);
  ADD ("/store/refuse/too-new", test_refuse_too_new);
  ADD ("/store/refuse/foreign", test_refuse_foreign);
  ADD ("/store/migrate/v1", test_migrate_v1);
  ADD ("/store/migrate/v8-facts", test_migrate_v8_facts);
  ADD ("/store/tamper/triggers", test_tamper_triggers);
  ADD ("/store/tamper/edit", test_tamper_edit);
  ADD ("/store/tamper/rehash", test_tamper_rehash);
  ADD ("/store/tamper/delete", test_tamper_delete);
  ADD ("/store/tamper/delete-last", test_tamper_delete_last);
  ADD ("/store/backup", test_backup);
  ADD ("/store/bulk/import", test_bulk_import);
  ADD ("/store/model/items-changed", test_model_items_changed);
  ADD ("/store/model/list-filters", test_list_filters);
#undef ADD

  return g_test_run ();
}
