/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-generate.c: N incidents with ten journal entries each, the same
 * data for the same N and seed, for the benchmarks; either as a native
 * file (what `cordon import` reads), or straight into a workspace:
 *
 *   bench-generate N SEED OUTPUT.json
 *   bench-generate --workspace N SEED OUTPUT.cordon
 *
 * The workspace is created by the store, so that its schema and defaults
 * are Cordon's own; the rows are then written through SQLite in one
 * transaction, each journal entry chained with the hash Cordon computes
 * (cordon_journal_fields_hash), so that `cordon verify` passes and the
 * workspace holds what importing the native file of the same N and seed
 * would give. A million incidents take well under a minute this way,
 * where building an object of each would take many.
 */

#include "config.h"

#include <sqlite3.h>
#include <stdlib.h>

#include "cordon-incident.h"
#include "cordon-journal-entry.h"
#include "cordon-native-io.h"
#include "cordon-sha256.h"
#include "cordon-time.h"
#include "cordon-workspace.h"

#define N_ENTRIES 10

static const char * const categories[] = {
  "malicious-code", "phishing", "unauthorized-access", "denial-of-service",
  "data-breach", "insider-misuse", "policy-violation", "reconnaissance", "other",
};
static const char * const severities[] = { "low", "medium", "high", "critical" };
static const char * const leads[] = { "Dana Reyes", "Sam Okafor", "Lee Chen", "Ari Novak", "Mo Haddad" };
static const char * const subjects[] = {
  "Ransomware on file server", "Phishing wave against finance", "Brute force on VPN gateway",
  "DDoS on the public website", "Customer records on a paste site", "Admin account misuse",
  "Unapproved cloud storage", "Port scan from partner network", "Suspicious PowerShell on laptop",
};
static const char * const notes[] = {
  "Isolated the host from the network and captured memory.",
  "Asked the mail team for the message trace of the last 48 hours.",
  "Blocked the attacker address on the perimeter firewall.",
  "Informed the data protection officer; assessing notification duty.",
  "EDR shows the same hash on two more endpoints in the branch office.",
  "Reset the credentials of the affected accounts and revoked sessions.",
  "Status update sent to management: contained, analysis continues.",
  "Restored the share from the snapshot taken before the compromise.",
};
static const char summary[] = "Detected by the SIEM correlation rule; details in the journal.";

/* One generated incident, as plain values; the strings are static or in
 * the fixed buffers */
typedef struct
{
  char        key[32];
  char        title[96];
  const char *category;
  const char *severity;
  const char *lead;
  CordonPhase phase;
  gint64      detected;
  gint64      updated;
  struct
  {
    CordonJournalKind  kind;
    gint64             time;
    const char        *author;
    const char        *text;
  } journal[N_ENTRIES];
} Generated;

#define PICK(rand, table) (table)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (table))]

/* Draws incident @i; the order of the draws is the data's definition */
static void
generate (GRand     *rand,
          guint64    i,
          Generated *out)
{
  const gint64 base = 1767225600LL * G_USEC_PER_SEC; /* 2026-01-01T00:00:00Z */
  g_autofree char *key = cordon_incident_format_key (2026, (gint64) i + 1);
  gint64 time;

  out->detected = base + (gint64) i * 300 * G_USEC_PER_SEC;
  time = out->detected;
  out->phase = g_rand_int_range (rand, CORDON_PHASE_DETECTED, CORDON_PHASE_CLOSED + 1);
  g_strlcpy (out->key, key, sizeof out->key);
  g_snprintf (out->title, sizeof out->title, "%s #%" G_GUINT64_FORMAT, PICK (rand, subjects), i + 1);
  out->category = PICK (rand, categories);
  out->severity = PICK (rand, severities);
  out->lead = PICK (rand, leads);

  for (guint j = 0; j < N_ENTRIES; j++)
    {
      time += (gint64) g_rand_int_range (rand, 60, 3600) * G_USEC_PER_SEC;
      out->journal[j].time = time;
      out->journal[j].kind = j == 0 ? CORDON_JOURNAL_KIND_NOTE
                                    : g_rand_int_range (rand, CORDON_JOURNAL_KIND_NOTE,
                                                        CORDON_JOURNAL_KIND_COMMUNICATION + 1);
      out->journal[j].author = PICK (rand, leads);
      out->journal[j].text = j == 0 ? "Incident opened" : PICK (rand, notes);
    }
  out->updated = time;
}

static CordonIncidentRecord *
to_record (const Generated *generated)
{
  g_autoptr(CordonIncidentRecord) record = cordon_incident_record_new ();
  CordonIncident *incident = record->incident;

  cordon_incident_set_key (incident, generated->key);
  cordon_incident_set_title (incident, generated->title);
  cordon_incident_set_summary (incident, summary);
  cordon_incident_set_category (incident, generated->category);
  cordon_incident_set_severity (incident, generated->severity);
  cordon_incident_set_lead (incident, generated->lead);
  cordon_incident_set_phase (incident, generated->phase);
  cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_DETECTED, generated->detected);
  cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_CREATED, generated->detected);
  cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_UPDATED, generated->updated);

  for (guint j = 0; j < N_ENTRIES; j++)
    {
      g_autoptr(CordonJournalEntry) entry = cordon_journal_entry_new ();
      g_autoptr(GDateTime) when = cordon_time_to_date_time (generated->journal[j].time);

      cordon_journal_entry_set_kind (entry, generated->journal[j].kind);
      cordon_journal_entry_set_time (entry, when);
      cordon_journal_entry_set_author (entry, generated->journal[j].author);
      cordon_journal_entry_set_text (entry, generated->journal[j].text);
      g_ptr_array_add (record->journal, g_steal_pointer (&entry));
    }

  return g_steal_pointer (&record);
}

static int
write_file (guint64     n,
            GRand      *rand,
            const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GOutputStream) buffered = NULL;
  g_autoptr(CordonNativeWriter) writer = NULL;
  g_autoptr(GError) error = NULL;

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  if (stream == NULL)
    g_error ("%s", error->message);
  buffered = g_buffered_output_stream_new_sized (G_OUTPUT_STREAM (stream), 1 << 20);
  writer = cordon_native_writer_new (buffered, NULL);

  for (guint64 i = 0; i < n; i++)
    {
      g_autoptr(CordonIncidentRecord) record = NULL;
      Generated generated;

      generate (rand, i, &generated);
      record = to_record (&generated);
      if (!cordon_native_writer_add_incident (writer, record, &error))
        g_error ("%s", error->message);
    }

  if (!cordon_native_writer_finish (writer, &error) ||
      !g_output_stream_close (buffered, NULL, &error))
    g_error ("%s", error->message);

  return 0;
}

static sqlite3_stmt *
prepare (sqlite3    *db,
         const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v3 (db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));

  return stmt;
}

static void
step (sqlite3      *db,
      sqlite3_stmt *stmt)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    g_error ("%s", sqlite3_errmsg (db));
  sqlite3_reset (stmt);
}

static void
exec (sqlite3    *db,
      const char *sql)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    g_error ("%s: %s", sql, sqlite3_errmsg (db));
}

/* The name and the SQL of each index of the tables written here that
 * SQLite did not make itself, in pairs */
static GPtrArray *
saved_indexes (sqlite3 *db)
{
  GPtrArray *indexes = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = prepare (db,
    "SELECT name, sql FROM sqlite_schema"
    " WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('incidents', 'journal')");

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_ptr_array_add (indexes, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (indexes, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);

  return indexes;
}

static int
write_workspace (guint64     n,
                 GRand      *rand,
                 const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) indexes = NULL;
  CordonWorkspace *workspace;
  sqlite3_stmt *incident_stmt;
  sqlite3_stmt *entry_stmt;
  sqlite3_stmt *key_stmt;
  sqlite3 *db = NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    g_error ("%s exists already", path);

  /* The schema, the taxonomy and the policies, as Cordon makes them */
  workspace = cordon_workspace_new (path, NULL, NULL, &error);
  if (workspace == NULL)
    g_error ("%s", error->message);
  g_object_unref (workspace);

  if (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    g_error ("%s: %s", path, sqlite3_errmsg (db));

  /* A scratch workspace, which nothing else has open and which is thrown
   * away if this is cut off: written without a journal, straight into the
   * file, and its secondary indexes built once at the end (sorting is
   * faster than inserting into them row by row). They are made again
   * from the very text Cordon's schema gave them. */
  exec (db, "PRAGMA locking_mode = EXCLUSIVE");
  exec (db, "PRAGMA journal_mode = OFF");
  exec (db, "PRAGMA synchronous = OFF");
  exec (db, "PRAGMA cache_size = -262144");
  indexes = saved_indexes (db);
  exec (db, "BEGIN IMMEDIATE");
  for (guint i = 0; i < indexes->len; i += 2)
    {
      g_autofree char *drop = g_strdup_printf ("DROP INDEX \"%s\"", (char *) indexes->pdata[i]);

      exec (db, drop);
    }

  incident_stmt = prepare (db,
    "INSERT INTO incidents (id, key, title, summary, category, severity, impact, tlp, lead, phase,"
    " groups_engaged, exercise, journal_count, journal_head, detected, created, updated)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, '', 'amber', ?7, ?8, '', 0, ?9, ?10, ?11, ?11, ?12)");
  entry_stmt = prepare (db,
    "INSERT INTO journal (incident_id, seq, kind, author, time, text, payload, prev_hash, hash)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, NULL, ?7, ?8)");
  key_stmt = prepare (db,
    "INSERT INTO incident_keys (year, last_number) VALUES (2026, ?1)"
    " ON CONFLICT (year) DO UPDATE SET last_number = max (last_number, excluded.last_number)");

  for (guint64 i = 0; i < n; i++)
    {
      char hashes[N_ENTRIES + 1][CORDON_SHA256_HEX_SIZE];
      Generated generated;
      gint64 id = (gint64) i + 1;

      generate (rand, i, &generated);

      g_strlcpy (hashes[0], CORDON_JOURNAL_GENESIS_HASH, sizeof hashes[0]);
      for (guint j = 0; j < N_ENTRIES; j++)
        {
          CordonJournalFields fields = {
            .incident_key = generated.key,
            .seq = j + 1,
            .kind = generated.journal[j].kind,
            .author = generated.journal[j].author,
            .time_usec = generated.journal[j].time,
            .text = generated.journal[j].text,
            .payload = NULL,
          };

          cordon_journal_fields_hash (&fields, hashes[j], hashes[j + 1]);
        }

      sqlite3_bind_int64 (incident_stmt, 1, id);
      sqlite3_bind_text (incident_stmt, 2, generated.key, -1, SQLITE_STATIC);
      sqlite3_bind_text (incident_stmt, 3, generated.title, -1, SQLITE_STATIC);
      sqlite3_bind_text (incident_stmt, 4, summary, -1, SQLITE_STATIC);
      sqlite3_bind_text (incident_stmt, 5, generated.category, -1, SQLITE_STATIC);
      sqlite3_bind_text (incident_stmt, 6, generated.severity, -1, SQLITE_STATIC);
      sqlite3_bind_text (incident_stmt, 7, generated.lead, -1, SQLITE_STATIC);
      sqlite3_bind_text (incident_stmt, 8, cordon_phase_to_id (generated.phase), -1, SQLITE_STATIC);
      sqlite3_bind_int (incident_stmt, 9, N_ENTRIES);
      sqlite3_bind_text (incident_stmt, 10, hashes[N_ENTRIES], -1, SQLITE_STATIC);
      sqlite3_bind_int64 (incident_stmt, 11, generated.detected);
      sqlite3_bind_int64 (incident_stmt, 12, generated.updated);
      step (db, incident_stmt);

      for (guint j = 0; j < N_ENTRIES; j++)
        {
          sqlite3_bind_int64 (entry_stmt, 1, id);
          sqlite3_bind_int (entry_stmt, 2, j + 1);
          sqlite3_bind_text (entry_stmt, 3, cordon_journal_kind_to_id (generated.journal[j].kind), -1, SQLITE_STATIC);
          sqlite3_bind_text (entry_stmt, 4, generated.journal[j].author, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (entry_stmt, 5, generated.journal[j].time);
          sqlite3_bind_text (entry_stmt, 6, generated.journal[j].text, -1, SQLITE_STATIC);
          sqlite3_bind_text (entry_stmt, 7, hashes[j], -1, SQLITE_STATIC);
          sqlite3_bind_text (entry_stmt, 8, hashes[j + 1], -1, SQLITE_STATIC);
          step (db, entry_stmt);
        }
    }

  sqlite3_bind_int64 (key_stmt, 1, (gint64) n);
  step (db, key_stmt);

  sqlite3_finalize (incident_stmt);
  sqlite3_finalize (entry_stmt);
  sqlite3_finalize (key_stmt);
  for (guint i = 1; i < indexes->len; i += 2)
    exec (db, indexes->pdata[i]);
  exec (db, "COMMIT");
  exec (db, "PRAGMA journal_mode = WAL");
  if (sqlite3_close (db) != SQLITE_OK)
    g_error ("%s: cannot close", path);

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GRand) rand = NULL;
  gboolean workspace = argc == 5 && g_str_equal (argv[1], "--workspace");
  char **args = workspace ? argv + 1 : argv;

  if (argc != 4 && !workspace)
    {
      g_printerr ("usage: %s [--workspace] N SEED OUTPUT\n", argv[0]);
      return 1;
    }

  rand = g_rand_new_with_seed ((guint32) g_ascii_strtoull (args[2], NULL, 10));

  if (workspace)
    return write_workspace (g_ascii_strtoull (args[1], NULL, 10), rand, args[3]);

  return write_file (g_ascii_strtoull (args[1], NULL, 10), rand, args[3]);
}
