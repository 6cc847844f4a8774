/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-ledger.c: the workspace's ledger and its anchor, on real SQLite
 * files: the upgrade of a version 9 workspace (tests/data/workspace-v9.cordon,
 * written by Cordon at schema version 9: two incidents, a reclassification,
 * an evidence item handed over once, then VACUUMed), every chained record
 * in it, and the tamperings only the ledger sees — a whole incident
 * deleted, a journal cut short together with its head, fields of an
 * incident edited in the file, a ledger rewritten from scratch, an older
 * copy put back — each caught by verify, with or without an anchor.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cordon-manual-clock.h"
#include "cordon-test-util.h"
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

  f->dir = g_dir_make_tmp ("cordon-ledger-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.cordon", NULL);
  f->clock = cordon_manual_clock_new_iso8601 ("2026-03-01T09:00:00Z");
  f->ws = cordon_workspace_new (f->path, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->ws);
  g_clear_object (&f->clock);
  cordon_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static CordonIncident *
new_incident (Fixture    *f,
              const char *title)
{
  g_autoptr(CordonIncident) draft = cordon_incident_new ();
  g_autoptr(GError) error = NULL;
  CordonIncident *incident;

  cordon_incident_set_title (draft, title);
  cordon_incident_set_category (draft, "malicious-code");
  cordon_incident_set_severity (draft, "medium");
  cordon_incident_set_lead (draft, "Ana Lead");
  incident = cordon_workspace_create_incident (f->ws, draft, "Ana Lead", &error);
  g_assert_no_error (error);

  return incident;
}

static void
note (Fixture        *f,
      CordonIncident *incident,
      const char     *text)
{
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  cordon_manual_clock_advance (f->clock, 60);
  entry = cordon_workspace_append_journal (f->ws, incident, CORDON_JOURNAL_KIND_NOTE, "Ana", text, NULL, &error);
  g_assert_no_error (error);
}

/* Two incidents, with a move, a reclassification, notes and an evidence
 * item handed over once, written in turns so that their rows interleave */
static void
make_history (Fixture *f)
{
  g_autoptr(CordonIncident) first = new_incident (f, "Phishing wave");
  g_autoptr(CordonIncident) second = new_incident (f, "Worm on the file server");
  g_autoptr(CordonEvidenceItem) item = cordon_evidence_item_new ();
  g_autoptr(CordonCustodyTransfer) transfer = cordon_custody_transfer_new ();
  g_autoptr(GError) error = NULL;

  note (f, first, "Mail gateway rule deployed");
  g_assert_true (cordon_workspace_move_incident (f->ws, second, CORDON_PHASE_CLASSIFIED, "Triage done", "Ana", &error));
  g_assert_no_error (error);
  g_assert_true (cordon_workspace_reclassify (f->ws, first, NULL, "high", "Finance data", "Ana", &error));
  g_assert_no_error (error);

  cordon_evidence_item_set_kind (item, CORDON_EVIDENCE_KIND_ELECTRONIC);
  cordon_evidence_item_set_description (item, "Disk image");
  cordon_evidence_item_set_collected_by (item, "Ben");
  cordon_evidence_item_set_sha256 (item, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
  g_assert_true (cordon_workspace_add_evidence (f->ws, second, item, "Ben", &error));
  g_assert_no_error (error);
  cordon_manual_clock_advance (f->clock, 60);
  cordon_custody_transfer_set_to (transfer, "Cleo");
  cordon_custody_transfer_set_purpose (transfer, "Analysis");
  g_assert_true (cordon_workspace_transfer_custody (f->ws, item, transfer, &error));
  g_assert_no_error (error);

  note (f, second, "Backups are clean");
  note (f, first, "Passwords reset");
}

static char *
anchor_of (CordonWorkspace *ws)
{
  g_autoptr(GError) error = NULL;
  char *anchor = cordon_workspace_get_anchor (ws, &error);

  g_assert_no_error (error);
  g_assert_nonnull (anchor);

  return anchor;
}

static GPtrArray *
findings_of (const char *path,
             const char *anchor)
{
  g_autoptr(CordonWorkspace) ws = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *findings;

  ws = cordon_workspace_new_full (path, NULL, CORDON_WORKSPACE_FLAGS_FOR_VERIFY | CORDON_WORKSPACE_FLAGS_READ_ONLY,
                                  NULL, &error);
  g_assert_no_error (error);
  findings = cordon_workspace_verify_findings_full (ws, anchor, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (findings);
  for (guint i = 0; i < findings->len; i++)
    g_test_message ("finding: %s", (const char *) g_ptr_array_index (findings, i));

  return findings;
}

static gboolean
has_finding (GPtrArray  *findings,
             const char *text)
{
  for (guint i = 0; i < findings->len; i++)
    {
      if (strstr (g_ptr_array_index (findings, i), text) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
assert_finding (GPtrArray  *findings,
                const char *text)
{
  if (!has_finding (findings, text))
    g_error ("no finding mentions “%s” (%u findings)", text, findings->len);
}

/* Drops the append-only triggers, runs @sql, and puts them back as they
 * were, so that the schema check at open finds nothing: someone covering
 * their tracks */
static void
tamper (const char *path,
        const char *sql)
{
  g_autofree char *script =
    g_strconcat ("DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete;"
                 "DROP TRIGGER evidence_items_no_delete; DROP TRIGGER custody_transfers_no_delete;",
                 sql,
                 "CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal"
                 "  BEGIN SELECT RAISE (ABORT, 'the journal is append-only'); END;"
                 "CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal"
                 "  BEGIN SELECT RAISE (ABORT, 'the journal is append-only'); END;"
                 "CREATE TRIGGER evidence_items_no_delete BEFORE DELETE ON evidence_items"
                 "  BEGIN SELECT RAISE (ABORT, 'the evidence register is append-only'); END;"
                 "CREATE TRIGGER custody_transfers_no_delete BEFORE DELETE ON custody_transfers"
                 "  BEGIN SELECT RAISE (ABORT, 'the chain of custody is append-only'); END;",
                 NULL);

  cordon_test_exec_sql (path, script);
}

/* Upgrade ------------------------------------------------------------------ */

static void
test_upgrade_v9 (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *fixture = g_build_filename (TEST_SRCDIR, "data", "workspace-v9.cordon", NULL);
  g_autofree char *path = g_build_filename (f->dir, "v9.cordon", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *anchor = NULL;
  g_autofree char *later = NULL;
  g_autoptr(CordonWorkspace) ws = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 row = 0;
  gsize length;
  guint n = 0;

  g_assert_true (g_file_get_contents (fixture, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  g_chmod (path, 0600);

  /* A read-only open does not upgrade it, so it has no anchor yet */
  ws = cordon_workspace_new_full (path, NULL, CORDON_WORKSPACE_FLAGS_READ_ONLY, NULL, &error);
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_TOO_OLD);
  g_clear_error (&error);

  ws = cordon_workspace_new (path, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cordon_workspace_get_schema_version (ws), ==, CORDON_WORKSPACE_SCHEMA_VERSION);
  g_assert_true (g_str_has_suffix (cordon_workspace_get_migration_backup (ws), "v9.cordon.v9.bak"));

  /* One row per journal entry, in the order they were written, each
   * naming its entry by kind, incident, number and hash */
  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db,
                                       "SELECT l.seq, l.kind = j.kind, l.incident = i.key, l.entry = j.seq,"
                                       " l.record_hash = j.hash, l.state IS NULL"
                                       " FROM ledger l, journal j JOIN incidents i ON i.id = j.incident_id"
                                       " WHERE l.seq = (SELECT count(*) FROM journal k WHERE k.id <= j.id)"
                                       " ORDER BY l.seq", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      n++;
      g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, n);
      for (int column = 1; column <= 4; column++)
        g_assert_cmpint (sqlite3_column_int (stmt, column), ==, 1);
    }
  sqlite3_finalize (stmt);
  g_assert_cmpuint (n, ==, 9);

  /* The last row of each incident holds its fields as the upgrade found them */
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT incident, entry, state FROM ledger WHERE state IS NOT NULL ORDER BY seq",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "INC-2025-0001");
  g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 5);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==,
                   "{\"title\":\"Phishing wave against the finance team\",\"lead\":\"\","
                   "\"category\":\"phishing\",\"severity\":\"high\",\"phase\":\"classified\"}");
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "INC-2025-0002");
  g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 4);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  findings = cordon_workspace_verify_findings (ws, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (findings->len, ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);

  anchor = anchor_of (ws);
  g_assert_true (cordon_workspace_parse_anchor (anchor, &row, NULL, &error));
  g_assert_cmpint (row, ==, 9);

  /* New entries go on the ledger from there */
  incident = cordon_workspace_lookup_incident (ws, "INC-2025-0002", &error);
  g_assert_no_error (error);
  entry = cordon_workspace_append_journal (ws, incident, CORDON_JOURNAL_KIND_NOTE, "Ana", "After the upgrade", NULL, &error);
  g_assert_no_error (error);
  later = anchor_of (ws);
  g_assert_true (g_str_has_prefix (later, "10:"));
  g_clear_object (&ws);

  /* The file extends both the anchor taken at the upgrade and the later one */
  findings = findings_of (path, anchor);
  g_assert_cmpuint (findings->len, ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = findings_of (path, later);
  g_assert_cmpuint (findings->len, ==, 0);
}

/* A new workspace: every chained record on the ledger -------------------- */

static void
test_every_record (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *anchor = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) kinds = g_string_new (NULL);

  anchor = anchor_of (f->ws);
  g_assert_cmpstr (anchor, ==, "0:" CORDON_JOURNAL_GENESIS_HASH);

  make_history (f);
  g_clear_object (&f->ws);

  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT kind, incident, entry FROM ledger ORDER BY seq", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (kinds, "%s %s#%d\n", sqlite3_column_text (stmt, 0),
                            sqlite3_column_text (stmt, 1), sqlite3_column_int (stmt, 2));
  sqlite3_finalize (stmt);

  /* The ledger is append-only in the file too */
  g_assert_cmpint (sqlite3_exec (db, "UPDATE ledger SET kind = 'note'", NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (db, "DELETE FROM ledger", NULL, NULL, NULL), ==, SQLITE_CONSTRAINT);
  sqlite3_close (db);

  g_assert_cmpstr (kinds->str, ==,
                   "phase-change INC-2026-0001#1\n"
                   "phase-change INC-2026-0002#1\n"
                   "note INC-2026-0001#2\n"
                   "phase-change INC-2026-0002#2\n"
                   "classification-change INC-2026-0001#3\n"
                   "sla-event INC-2026-0001#4\n"
                   "evidence INC-2026-0002#3\n"
                   "custody INC-2026-0002#4\n"
                   "note INC-2026-0002#5\n"
                   "note INC-2026-0001#5\n");

  findings = findings_of (f->path, anchor);
  g_assert_cmpuint (findings->len, ==, 0);
}

/* The hash of each row is the one docs/storage.md gives */
static void
test_row_hash (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = new_incident (f, "Phishing wave");
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *anchor = anchor_of (f->ws);
  const char *state =
    "{\"title\":\"Phishing wave\",\"lead\":\"Ana Lead\",\"category\":\"malicious-code\","
    "\"severity\":\"medium\",\"phase\":\"detected\"}";
  g_autofree char *text =
    g_strdup_printf ("cordon-ledger-1\nseq:1\nkind:phase-change\nincident:13:INC-2026-0001\nentry:1\n"
                     "record:%s\nstate:%zu:%s\n",
                     cordon_incident_get_journal_head (incident), strlen (state), state);
  g_autofree char *expected = NULL;

  g_checksum_update (checksum, (const guchar *) CORDON_JOURNAL_GENESIS_HASH "\n", 65);
  g_checksum_update (checksum, (const guchar *) text, -1);
  expected = g_strconcat ("1:", g_checksum_get_string (checksum), NULL);
  g_assert_cmpstr (anchor, ==, expected);
}

/* Title and lead ------------------------------------------------------------ */

static CordonJournalEntry *
last_entry (Fixture        *f,
            CordonIncident *incident)
{
  g_autoptr(GListModel) journal = cordon_workspace_list_journal (f->ws, incident, NULL);

  return g_list_model_get_item (journal, g_list_model_get_n_items (journal) - 1);
}

static void
test_details_change (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = new_incident (f, "Phishing");
  g_autoptr(CordonJournalEntry) opened = last_entry (f, incident);
  g_autoptr(CordonJournalEntry) changed = NULL;
  g_autoptr(CordonJournalEntry) summary = NULL;
  g_autoptr(CordonJournalEntry) refused = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;

  /* The opening entry names the title and lead it started with */
  g_assert_cmpstr (cordon_journal_entry_get_payload (opened), ==,
                   "{\"to\":\"detected\",\"category\":\"malicious-code\",\"severity\":\"medium\","
                   "\"title\":\"Phishing\",\"lead\":\"Ana Lead\"}");

  cordon_manual_clock_advance (f->clock, 60);
  cordon_incident_set_title (incident, "Phishing wave against finance");
  cordon_incident_set_lead (incident, "Ben Analyst");
  g_assert_true (cordon_workspace_save_incident_full (f->ws, incident, "Cleo", &error));
  g_assert_no_error (error);

  changed = last_entry (f, incident);
  g_assert_cmpint (cordon_journal_entry_get_seq (changed), ==, 2);
  g_assert_cmpint (cordon_journal_entry_get_kind (changed), ==, CORDON_JOURNAL_KIND_DETAILS_CHANGE);
  g_assert_cmpstr (cordon_journal_entry_get_author (changed), ==, "Cleo");
  g_assert_cmpstr (cordon_journal_entry_get_text (changed), ==,
                   "Title changed from “Phishing” to “Phishing wave against finance”; "
                   "Lead changed from Ana Lead to Ben Analyst");
  g_assert_cmpstr (cordon_journal_entry_get_payload (changed), ==,
                   "{\"title\":{\"from\":\"Phishing\",\"to\":\"Phishing wave against finance\"},"
                   "\"lead\":{\"from\":\"Ana Lead\",\"to\":\"Ben Analyst\"}}");

  /* Other fields are saved without an entry */
  cordon_incident_set_summary (incident, "Forty mailboxes");
  g_assert_true (cordon_workspace_save_incident (f->ws, incident, &error));
  g_assert_no_error (error);
  summary = last_entry (f, incident);
  g_assert_cmpint (cordon_journal_entry_get_seq (summary), ==, 2);

  /* Only saving writes them */
  refused = cordon_workspace_append_journal (f->ws, incident, CORDON_JOURNAL_KIND_DETAILS_CHANGE, "Eve",
                                             "Title changed", "{\"title\":{\"to\":\"x\"}}", &error);
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_assert_null (refused);
  g_clear_error (&error);

  g_clear_object (&f->ws);
  findings = findings_of (f->path, NULL);
  g_assert_cmpuint (findings->len, ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Behind Cordon's back: back to the old title */
  cordon_test_exec_sql (f->path, "UPDATE incidents SET title = 'Phishing' WHERE key = 'INC-2026-0001'");
  findings = findings_of (f->path, NULL);
  g_assert_cmpuint (findings->len, ==, 1);
  assert_finding (findings, "INC-2026-0001: the title was changed outside Cordon: the incident says "
                            "“Phishing”, its last chained change “Phishing wave against finance”");
}

/* Tampering only the ledger sees ------------------------------------------ */

static void
test_deleted_incident (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) findings = NULL;

  make_history (f);
  g_clear_object (&f->ws);

  /* Everything of the second incident, its journal included: every
   * journal left is whole */
  tamper (f->path,
          "DELETE FROM custody_transfers; DELETE FROM evidence_items;"
          "DELETE FROM journal WHERE incident_id = 2; DELETE FROM incidents WHERE id = 2;");

  findings = findings_of (f->path, NULL);
  g_assert_cmpuint (findings->len, ==, 1);
  assert_finding (findings, "ledger: INC-2026-0002 is not in the workspace, but the ledger records 5 journal "
                            "entries of it from row 2 on (the incident was deleted)");
}

static void
test_truncated_journal (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) findings = NULL;

  make_history (f);
  g_clear_object (&f->ws);

  /* The last entry gone and the incident's count and head moved back:
   * the journal alone is consistent */
  tamper (f->path,
          "DELETE FROM journal WHERE incident_id = 1 AND seq = 5;"
          "UPDATE incidents SET journal_count = 4,"
          " journal_head = (SELECT hash FROM journal WHERE incident_id = 1 AND seq = 4) WHERE id = 1;");

  findings = findings_of (f->path, NULL);
  g_assert_cmpuint (findings->len, ==, 1);
  assert_finding (findings, "INC-2026-0001 journal entry 5 is missing, but ledger row 10 records it");
}

static void
test_edited_fields (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) findings = NULL;

  make_history (f);
  g_clear_object (&f->ws);

  cordon_test_exec_sql (f->path, "UPDATE incidents SET title = 'Nothing happened', lead = 'Eve' WHERE key = 'INC-2026-0001';"
                     "UPDATE incidents SET phase = 'closed', category = 'other' WHERE key = 'INC-2026-0002'");

  findings = findings_of (f->path, NULL);
  g_assert_cmpuint (findings->len, ==, 4);
  assert_finding (findings, "INC-2026-0001: the title was changed outside Cordon: the incident says "
                            "“Nothing happened”, its last chained change “Phishing wave”");
  assert_finding (findings, "INC-2026-0001: the lead was changed outside Cordon: the incident says “Eve”");
  assert_finding (findings, "INC-2026-0002: the category was changed outside Cordon");
  assert_finding (findings, "INC-2026-0002: the phase was changed outside Cordon: the incident says "
                            "“closed”, its last chained change “classified”");
}

static void
test_inserted_entry (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(CordonJournalEntry) entry = cordon_journal_entry_new ();
  g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 ("2026-03-01T10:00:00Z", NULL);
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *sql = NULL;

  make_history (f);
  incident = cordon_workspace_lookup_incident (f->ws, "INC-2026-0001", &error);
  g_assert_no_error (error);

  /* An entry chained on properly by hand, the incident's head moved on:
   * every journal verifies */
  cordon_journal_entry_set_seq (entry, 6);
  cordon_journal_entry_set_kind (entry, CORDON_JOURNAL_KIND_NOTE);
  cordon_journal_entry_set_author (entry, "Eve");
  cordon_journal_entry_set_time (entry, time);
  cordon_journal_entry_set_text (entry, "Nothing was lost");
  hash = cordon_journal_entry_compute_hash (entry, "INC-2026-0001", cordon_incident_get_journal_head (incident));
  sql = g_strdup_printf ("INSERT INTO journal (incident_id, seq, kind, author, time, text, prev_hash, hash)"
                         " VALUES (1, 6, 'note', 'Eve', %" G_GINT64_FORMAT ", 'Nothing was lost', '%s', '%s');"
                         "UPDATE incidents SET journal_count = 6, journal_head = '%s' WHERE id = 1;",
                         cordon_time_from_date_time (time), cordon_incident_get_journal_head (incident), hash, hash);
  g_clear_object (&f->ws);
  cordon_test_exec_sql (f->path, sql);

  findings = findings_of (f->path, NULL);
  g_assert_cmpuint (findings->len, ==, 1);
  assert_finding (findings, "ledger: INC-2026-0001 journal entry 6 is not in the ledger (it was written outside Cordon)");
}

/* Rewritten from scratch, hashes and all: only an anchor kept elsewhere
 * tells */
static char *
ledger_hash (const char *prev,
             gint64      seq,
             const char *kind,
             const char *incident,
             gint64      entry,
             const char *record,
             const char *state)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *text = NULL;
  g_autofree char *state_line = state != NULL ? g_strdup_printf ("state:%zu:%s\n", strlen (state), state)
                                              : g_strdup ("state:-\n");

  text = g_strdup_printf ("cordon-ledger-1\nseq:%" G_GINT64_FORMAT "\nkind:%s\nincident:%zu:%s\n"
                          "entry:%" G_GINT64_FORMAT "\nrecord:%s\n%s",
                          seq, kind, strlen (incident), incident, entry, record, state_line);
  g_checksum_update (checksum, (const guchar *) prev, -1);
  g_checksum_update (checksum, (const guchar *) "\n", 1);
  g_checksum_update (checksum, (const guchar *) text, -1);

  return g_strdup (g_checksum_get_string (checksum));
}

/* Drops the last row of the ledger and the last journal entry of its
 * incident, then rehashes every row so that the ledger chains again */
static void
rewrite_without_last (const char *path)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *prev = g_strdup (CORDON_JOURNAL_GENESIS_HASH);

  tamper (path,
          "DROP TRIGGER ledger_no_update; DROP TRIGGER ledger_no_delete;"
          "DELETE FROM journal WHERE (incident_id, seq) ="
          " (SELECT i.id, l.entry FROM ledger l JOIN incidents i ON i.key = l.incident ORDER BY l.seq DESC LIMIT 1);"
          "UPDATE incidents SET journal_count = (SELECT count(*) FROM journal WHERE incident_id = incidents.id),"
          " journal_head = (SELECT hash FROM journal WHERE incident_id = incidents.id ORDER BY seq DESC LIMIT 1);"
          "DELETE FROM ledger WHERE seq = (SELECT max (seq) FROM ledger);");

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT seq, kind, incident, entry, record_hash, state FROM ledger ORDER BY seq",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *hash = ledger_hash (prev, sqlite3_column_int64 (stmt, 0),
                                           (const char *) sqlite3_column_text (stmt, 1),
                                           (const char *) sqlite3_column_text (stmt, 2),
                                           sqlite3_column_int64 (stmt, 3),
                                           (const char *) sqlite3_column_text (stmt, 4),
                                           (const char *) sqlite3_column_text (stmt, 5));
      g_autofree char *sql = g_strdup_printf ("UPDATE ledger SET prev_hash = '%s', hash = '%s' WHERE seq = %d",
                                              prev, hash, sqlite3_column_int (stmt, 0));

      g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
      g_free (prev);
      prev = g_steal_pointer (&hash);
    }
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger"
                                 "  BEGIN SELECT RAISE (ABORT, 'the ledger is append-only'); END;"
                                 "CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger"
                                 "  BEGIN SELECT RAISE (ABORT, 'the ledger is append-only'); END;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_rewritten_ledger (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *early = NULL;
  g_autofree char *anchor = NULL;

  make_history (f);
  anchor = anchor_of (f->ws);
  g_clear_object (&f->ws);

  rewrite_without_last (f->path);

  /* Consistent in itself */
  findings = findings_of (f->path, NULL);
  g_assert_cmpuint (findings->len, ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* The anchor names a row the file no longer has */
  findings = findings_of (f->path, anchor);
  g_assert_cmpuint (findings->len, ==, 1);
  assert_finding (findings, "is ahead of the ledger, which ends at row 9");
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* Row 9 of the rewritten ledger is not the row 9 that was anchored */
  early = g_strdup_printf ("9:%s", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
  findings = findings_of (f->path, early);
  g_assert_cmpuint (findings->len, ==, 1);
  assert_finding (findings, "the anchor 9:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef "
                            "does not match: row 9 now has hash");
}

static void
test_older_copy (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (f->dir, "copy.cordon", NULL);
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *anchor = NULL;

  make_history (f);
  g_assert_true (cordon_workspace_backup (f->ws, copy, &error));
  g_assert_no_error (error);

  incident = cordon_workspace_lookup_incident (f->ws, "INC-2026-0001", &error);
  g_assert_no_error (error);
  note (f, incident, "Contained");
  anchor = anchor_of (f->ws);
  g_assert_true (g_str_has_prefix (anchor, "11:"));

  findings = findings_of (f->path, anchor);
  g_assert_cmpuint (findings->len, ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* The copy is whole in itself: only the anchor shows it is older */
  findings = findings_of (copy, NULL);
  g_assert_cmpuint (findings->len, ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = findings_of (copy, anchor);
  g_assert_cmpuint (findings->len, ==, 1);
  assert_finding (findings, "ledger: the anchor 11:");
  assert_finding (findings, "is ahead of the ledger, which ends at row 10 (rows were removed, "
                            "or this is an older copy of the workspace)");
}

static void
test_bad_anchor (void)
{
  const char *bad[] = {
    "", "12", ":", "12:", ":" CORDON_JOURNAL_GENESIS_HASH, "-1:" CORDON_JOURNAL_GENESIS_HASH,
    "x:" CORDON_JOURNAL_GENESIS_HASH, "1:0000", "1:" CORDON_JOURNAL_GENESIS_HASH "0",
    "1:000000000000000000000000000000000000000000000000000000000000000g", "1 :" CORDON_JOURNAL_GENESIS_HASH,
    "99999999999999999999:" CORDON_JOURNAL_GENESIS_HASH,
  };
  g_autofree char *hash = NULL;
  gint64 row = 0;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (cordon_workspace_parse_anchor (bad[i], &row, NULL, &error));
      g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "is not an anchor"));
    }

  g_assert_true (cordon_workspace_parse_anchor ("42:ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789",
                                                &row, &hash, NULL));
  g_assert_cmpint (row, ==, 42);
  g_assert_cmpstr (hash, ==, "abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/ledger/upgrade-v9", test_upgrade_v9);
  ADD ("/ledger/every-record", test_every_record);
  ADD ("/ledger/row-hash", test_row_hash);
  ADD ("/ledger/details-change", test_details_change);
  ADD ("/ledger/tamper/deleted-incident", test_deleted_incident);
  ADD ("/ledger/tamper/truncated-journal", test_truncated_journal);
  ADD ("/ledger/tamper/edited-fields", test_edited_fields);
  ADD ("/ledger/tamper/inserted-entry", test_inserted_entry);
  ADD ("/ledger/tamper/rewritten", test_rewritten_ledger);
  ADD ("/ledger/tamper/older-copy", test_older_copy);
  g_test_add_func ("/ledger/bad-anchor", test_bad_anchor);
#undef ADD

  return g_test_run ();
}
