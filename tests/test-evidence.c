/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-evidence.c: the evidence register and chain of custody: hashing
 * (checked against sha256sum), the store and its journal entries,
 * re-verification, verify catching edits made with sqlite3, the native
 * format's round trip, and the evidence and custody commands with their
 * bad input.
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cordon-file-hasher.h"
#include "cordon-manual-clock.h"
#include "cordon-native-io.h"
#include "cordon-workspace.h"

typedef struct
{
  char              *dir;
  char              *path;
  CordonManualClock *clock;
  CordonWorkspace   *ws;
  CordonIncident    *incident;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 3, 1, 9, 0, 0);
  GError *error = NULL;

  f->dir = g_dir_make_tmp ("cordon-evidence-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "ws.cordon", NULL);
  f->clock = cordon_manual_clock_new (start);
  f->ws = cordon_workspace_new (f->path, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);

  f->incident = cordon_incident_new ();
  cordon_incident_set_title (f->incident, "Ransomware on the finance share");
  cordon_incident_set_category (f->incident, "malicious-code");
  cordon_incident_set_severity (f->incident, "high");
  {
    /* The same object as f->incident, with a reference of its own */
    g_autoptr(CordonIncident) stored = cordon_workspace_create_incident (f->ws, f->incident, "Lead", &error);

    g_assert_no_error (error);
    g_assert_true (stored == f->incident);
  }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  g_clear_object (&f->incident);
  g_assert_finalize_object (f->ws);
  g_clear_object (&f->clock);

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (f->dir, name, NULL);
      g_unlink (child);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
advance (Fixture *f,
         int      seconds)
{
  cordon_manual_clock_advance (f->clock, seconds);
}

static char *
write_file (Fixture    *f,
            const char *name,
            gsize       size)
{
  g_autofree char *data = g_malloc (size);
  char *path = g_build_filename (f->dir, name, NULL);

  for (gsize i = 0; i < size; i++)
    data[i] = (char) ((i * 2654435761u) >> 13);
  g_assert_true (g_file_set_contents (path, data, size, NULL));

  return path;
}

/* sha256sum's answer for @path, from the real tool */
static char *
sha256sum (const char *path)
{
  const char *argv[] = { "sha256sum", "--", path, NULL };
  g_autofree char *out = NULL;
  GError *error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, &error))
    {
      g_clear_error (&error);
      return NULL;
    }

  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  g_assert_cmpuint (strlen (out), >, 64);

  return g_strndup (out, 64);
}

static CordonEvidenceItem *
add_file (Fixture    *f,
          const char *path,
          const char *collector)
{
  g_autoptr(CordonEvidenceItem) item = cordon_evidence_item_new ();
  g_autofree char *hash = NULL;
  GError *error = NULL;
  guint64 size = 0;

  hash = cordon_sha256_file (path, &size, NULL, &error);
  g_assert_no_error (error);
  cordon_evidence_item_set_kind (item, CORDON_EVIDENCE_KIND_ELECTRONIC);
  cordon_evidence_item_set_description (item, "Disk image of ws-fin-07");
  cordon_evidence_item_set_collected_by (item, collector);
  cordon_evidence_item_set_source_host (item, "ws-fin-07");
  cordon_evidence_item_set_file_path (item, path);
  cordon_evidence_item_set_size (item, (gint64) size);
  cordon_evidence_item_set_sha256 (item, hash);
  g_assert_true (cordon_workspace_add_evidence (f->ws, f->incident, item, collector, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&item);
}

static void
transfer (Fixture            *f,
          CordonEvidenceItem *item,
          const char         *to,
          const char         *purpose)
{
  g_autoptr(CordonCustodyTransfer) t = cordon_custody_transfer_new ();
  GError *error = NULL;

  cordon_custody_transfer_set_to (t, to);
  cordon_custody_transfer_set_purpose (t, purpose);
  g_assert_true (cordon_workspace_transfer_custody (f->ws, item, t, &error));
  g_assert_no_error (error);
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

/* Hashing ----------------------------------------------------------------- */

static void
test_hash_matches_sha256sum (Fixture       *f,
                             gconstpointer  data)
{
  /* Empty, smaller than a block, exactly a block, blocks and a bit */
  const gsize sizes[] = { 0, 1, 1000, 1024 * 1024, 3 * 1024 * 1024 + 12345 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *name = g_strdup_printf ("file-%u", i);
      g_autofree char *path = write_file (f, name, sizes[i]);
      g_autofree char *expected = sha256sum (path);
      g_autofree char *hash = NULL;
      GError *error = NULL;
      guint64 size = 0;

      if (expected == NULL)
        {
          g_test_skip ("sha256sum is not installed");
          return;
        }

      hash = cordon_sha256_file (path, &size, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (hash, ==, expected);
      g_assert_cmpuint (size, ==, sizes[i]);
    }
}

static void
on_hashed (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
on_fraction (CordonFileHasher *hasher,
             GParamSpec       *pspec,
             gpointer          user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (cordon_file_hasher_get_fraction (hasher), >=, *last);
  *last = cordon_file_hasher_get_fraction (hasher);
}

static void
test_hash_async (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = write_file (f, "async.bin", 8 * 1024 * 1024 + 3);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CordonFileHasher) hasher = cordon_file_hasher_new (file);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *hash = NULL;
  g_autofree char *expected = cordon_sha256_file (path, NULL, NULL, NULL);
  GError *error = NULL;
  double last = 0.0;

  g_signal_connect (hasher, "notify::fraction", G_CALLBACK (on_fraction), &last);
  cordon_file_hasher_hash_async (hasher, NULL, on_hashed, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  hash = cordon_file_hasher_hash_finish (hasher, result, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hash, ==, expected);
  g_assert_cmpfloat (cordon_file_hasher_get_fraction (hasher), ==, 1.0);
  g_assert_cmpuint (cordon_file_hasher_get_size (hasher), ==, 8 * 1024 * 1024 + 3);

  /* Cancelled before it starts: an error, no hash */
  g_clear_object (&result);
  g_clear_pointer (&hash, g_free);
  g_cancellable_cancel (cancellable);
  last = 0.0;
  cordon_file_hasher_hash_async (hasher, cancellable, on_hashed, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  hash = cordon_file_hasher_hash_finish (hasher, result, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (hash);
  g_clear_error (&error);
}

static void
test_hash_bad_files (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "missing.bin", NULL);
  g_autofree char *unreadable = write_file (f, "unreadable.bin", 10);
  GError *error = NULL;
  char *hash;

  hash = cordon_sha256_file (missing, NULL, NULL, &error);
  g_assert_null (hash);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "missing.bin"));
  g_clear_error (&error);

  hash = cordon_sha256_file (f->dir, NULL, NULL, &error);
  g_assert_null (hash);
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* root reads everything; the check only means something for others */
  if (geteuid () != 0)
    {
      g_chmod (unreadable, 0);
      hash = cordon_sha256_file (unreadable, NULL, NULL, &error);
      g_assert_null (hash);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
      g_assert_nonnull (strstr (error->message, "unreadable.bin"));
      g_clear_error (&error);
    }
}

/* Store ------------------------------------------------------------------- */

static void
test_register (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = write_file (f, "disk.img", 4096);
  g_autoptr(CordonEvidenceItem) item = NULL;
  g_autoptr(CordonEvidenceItem) physical = cordon_evidence_item_new ();
  g_autoptr(CordonEvidenceItem) found = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GListModel) transfers = NULL;
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(CordonCustodyTransfer) bad = cordon_custody_transfer_new ();
  g_autofree char *label = NULL;
  GError *error = NULL;
  guint n = 99;

  g_assert_false (cordon_workspace_incident_has_evidence (f->ws, f->incident));

  item = add_file (f, path, "Alice");
  label = g_strdup_printf ("%s-E1", cordon_incident_get_key (f->incident));
  g_assert_cmpstr (cordon_evidence_item_get_label (item), ==, label);
  g_assert_cmpstr (cordon_evidence_item_get_holder (item), ==, "Alice");
  g_assert_true (cordon_workspace_incident_has_evidence (f->ws, f->incident));

  /* The journal entry carries the full record */
  journal = cordon_workspace_list_journal (f->ws, f->incident, NULL);
  entry = g_list_model_get_item (journal, g_list_model_get_n_items (journal) - 1);
  g_assert_cmpint (cordon_journal_entry_get_kind (entry), ==, CORDON_JOURNAL_KIND_EVIDENCE);
  g_assert_nonnull (strstr (cordon_journal_entry_get_payload (entry), cordon_evidence_item_get_sha256 (item)));
  g_assert_nonnull (strstr (cordon_journal_entry_get_payload (entry), "\"evidence-item\""));
  g_assert_cmpint (cordon_evidence_item_get_journal_seq (item), ==, cordon_journal_entry_get_seq (entry));

  /* Physical: no hash; a hash is refused */
  cordon_evidence_item_set_kind (physical, CORDON_EVIDENCE_KIND_PHYSICAL);
  cordon_evidence_item_set_description (physical, "Laptop ws-fin-07");
  cordon_evidence_item_set_collected_by (physical, "Bob");
  cordon_evidence_item_set_sha256 (physical, cordon_evidence_item_get_sha256 (item));
  g_assert_false (cordon_workspace_add_evidence (f->ws, f->incident, physical, NULL, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  cordon_evidence_item_set_sha256 (physical, NULL);
  g_assert_true (cordon_workspace_add_evidence (f->ws, f->incident, physical, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cordon_evidence_item_get_number (physical), ==, 2);

  /* Transfers: the collector is the first holder; each one hands on */
  advance (f, 60);
  transfer (f, item, "Carol", "Memory analysis");
  advance (f, 60);
  transfer (f, item, "Evidence locker", "Storage");
  g_assert_cmpstr (cordon_evidence_item_get_holder (item), ==, "Evidence locker");
  transfers = cordon_workspace_list_custody (f->ws, item, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (transfers), ==, 2);
  {
    g_autoptr(CordonCustodyTransfer) first = g_list_model_get_item (transfers, 0);
    g_autoptr(CordonCustodyTransfer) second = g_list_model_get_item (transfers, 1);

    g_assert_cmpstr (cordon_custody_transfer_get_from (first), ==, "Alice");
    g_assert_cmpstr (cordon_custody_transfer_get_to (first), ==, "Carol");
    g_assert_cmpstr (cordon_custody_transfer_get_from (second), ==, "Carol");
    g_assert_cmpint (cordon_custody_transfer_get_number (second), ==, 2);
  }

  /* Bad transfers: empty receiver, someone other than the holder */
  cordon_custody_transfer_set_purpose (bad, "Analysis");
  g_assert_false (cordon_workspace_transfer_custody (f->ws, item, bad, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  cordon_custody_transfer_set_to (bad, "Mallory");
  cordon_custody_transfer_set_from (bad, "Alice");
  g_assert_false (cordon_workspace_transfer_custody (f->ws, item, bad, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Evidence locker"));
  g_clear_error (&error);

  /* Looking up by label */
  found = cordon_workspace_lookup_evidence (f->ws, label, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cordon_evidence_item_get_holder (found), ==, "Evidence locker");
  g_clear_object (&found);
  found = cordon_workspace_lookup_evidence (f->ws, "INC-2026-0001-E7", &error);
  g_assert_null (found);
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  found = cordon_workspace_lookup_evidence (f->ws, "E1", &error);
  g_assert_null (found);
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);

  items = cordon_workspace_list_evidence (f->ws, f->incident, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 2);
  g_assert_true (cordon_workspace_count_evidence (f->ws, f->incident, &n, NULL));
  g_assert_cmpuint (n, ==, 2);

  g_assert_true (cordon_workspace_verify (f->ws, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_reverify (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = write_file (f, "memory.raw", 200000);
  g_autoptr(CordonEvidenceItem) item = add_file (f, path, "Alice");
  g_autoptr(CordonEvidenceCheck) ok = NULL;
  g_autoptr(CordonEvidenceCheck) bad = NULL;
  g_autofree char *hash = NULL;
  FILE *file;

  hash = cordon_sha256_file (path, NULL, NULL, NULL);
  ok = cordon_workspace_record_evidence_check (f->ws, item, hash, "Carol", NULL);
  g_assert_cmpint (cordon_evidence_check_get_result (ok), ==, CORDON_EVIDENCE_CHECK_RESULT_MATCH);

  /* One byte changed at the end */
  file = fopen (path, "r+b");
  g_assert_nonnull (file);
  fseek (file, -1, SEEK_END);
  fputc ('X', file);
  fclose (file);

  g_free (hash);
  hash = cordon_sha256_file (path, NULL, NULL, NULL);
  bad = cordon_workspace_record_evidence_check (f->ws, item, hash, "Carol", NULL);
  g_assert_cmpint (cordon_evidence_check_get_result (bad), ==, CORDON_EVIDENCE_CHECK_RESULT_MISMATCH);
  g_assert_cmpint (cordon_evidence_check_get_number (bad), ==, 2);
  g_assert_true (cordon_workspace_verify (f->ws, NULL, NULL, NULL));
}

/* verify catches edits of the register made outside the program */
static void
test_verify_catches_edits (Fixture       *f,
                           gconstpointer  data)
{
  static const char * const edits[] = {
    "DROP TRIGGER custody_transfers_no_update; UPDATE custody_transfers SET to_holder = 'Mallory'",
    "DROP TRIGGER custody_transfers_no_update; UPDATE custody_transfers SET time = time + 1",
    "DROP TRIGGER custody_transfers_no_delete; DELETE FROM custody_transfers",
    "INSERT INTO custody_transfers (item_id, number, from_holder, to_holder, time, purpose, journal_seq)"
    " VALUES (1, 9, 'Carol', 'Mallory', 0, 'x', 3)",
    "DROP TRIGGER evidence_items_no_update; UPDATE evidence_items SET sha256 = replace (sha256, substr (sha256, 1, 1), 'f')",
    "DROP TRIGGER evidence_items_no_update; UPDATE evidence_items SET collected_by = 'Mallory'",
    "DROP TRIGGER evidence_checks_no_update; UPDATE evidence_checks SET result = 'match'",
    "DROP TRIGGER journal_no_update; UPDATE journal SET payload = replace (payload, 'Carol', 'Mallory') WHERE kind = 'custody'",
  };
  g_autofree char *path = write_file (f, "disk.img", 1000);
  g_autofree char *copy = g_build_filename (f->dir, "copy.cordon", NULL);
  g_autoptr(CordonEvidenceItem) item = add_file (f, path, "Alice");
  g_autoptr(CordonEvidenceCheck) check = NULL;
  GError *error = NULL;

  transfer (f, item, "Carol", "Analysis");
  check = cordon_workspace_record_evidence_check (f->ws, item, "0000000000000000000000000000000000000000000000000000000000000000",
                                                  "Carol", NULL);
  g_assert_cmpint (cordon_evidence_check_get_result (check), ==, CORDON_EVIDENCE_CHECK_RESULT_MISMATCH);
  g_assert_true (cordon_workspace_verify (f->ws, NULL, NULL, NULL));

  /* The triggers refuse a plain edit */
  {
    sqlite3 *db = NULL;
    g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "UPDATE custody_transfers SET to_holder = 'Mallory'", NULL, NULL, NULL), !=, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "DELETE FROM evidence_items", NULL, NULL, NULL), !=, SQLITE_OK);
    sqlite3_close (db);
  }

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autoptr(CordonWorkspace) ws = NULL;

      g_test_message ("edit: %s", edits[i]);
      g_assert_true (cordon_workspace_backup (f->ws, copy, NULL));
      raw_exec (copy, edits[i]);
      ws = cordon_workspace_new_full (copy, CORDON_CLOCK (f->clock), CORDON_WORKSPACE_FLAGS_FOR_VERIFY,
                                      NULL, &error);
      g_assert_no_error (error);
      g_assert_false (cordon_workspace_verify (ws, NULL, NULL, &error));
      g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INTEGRITY);
      g_assert_nonnull (strstr (error->message, "INC-"));
      g_clear_error (&error);
      g_clear_object (&ws);
      g_unlink (copy);
    }
}

static void
test_native_round_trip (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = write_file (f, "disk.img", 5000);
  g_autofree char *first = g_build_filename (f->dir, "first.json", NULL);
  g_autofree char *second = g_build_filename (f->dir, "second.json", NULL);
  g_autofree char *other = g_build_filename (f->dir, "other.cordon", NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autoptr(CordonEvidenceItem) item = add_file (f, path, "Alice");
  g_autoptr(CordonWorkspace) ws = NULL;
  g_autoptr(CordonEvidenceCheck) check = NULL;
  g_autoptr(GFile) first_file = g_file_new_for_path (first);
  g_autoptr(GFile) second_file = g_file_new_for_path (second);
  CordonImportResult result = { 0 };
  GError *error = NULL;

  advance (f, 30);
  transfer (f, item, "Carol", "Analysis");
  check = cordon_workspace_record_evidence_check (f->ws, item, cordon_evidence_item_get_sha256 (item), "Carol", NULL);
  g_assert_nonnull (check);

  g_assert_true (cordon_native_export_file (f->ws, NULL, first_file, NULL, &error));
  g_assert_no_error (error);

  ws = cordon_workspace_new (other, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);
  g_assert_true (cordon_native_import_file (ws, first_file, &result, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (cordon_workspace_verify (ws, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (cordon_native_export_file (ws, NULL, second_file, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_get_contents (first, &a, NULL, NULL));
  g_assert_true (g_file_get_contents (second, &b, NULL, NULL));
  g_assert_cmpstr (a, ==, b);
  g_assert_nonnull (strstr (a, "\"evidence\""));
}

/* Command line ------------------------------------------------------------ */

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
  g_test_message ("cordon %s: %s%s", args[0], stdout_text, stderr_text);

  if (out != NULL)
    *out = g_steal_pointer (&stdout_text);
  if (err != NULL)
    *err = g_steal_pointer (&stderr_text);

  g_assert_true (WIFEXITED (status));

  return WEXITSTATUS (status);
}

#define run_cordon(out, err, ...) \
  run_cordonv (f->path, out, err, (const char *[]) { __VA_ARGS__, NULL })

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = write_file (f, "image.dd", 2 * 1024 * 1024 + 5);
  g_autofree char *missing = g_build_filename (f->dir, "missing.dd", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "form.pdf", NULL);
  g_autofree char *expected = sha256sum (path);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *line = NULL;
  g_autofree char *id = NULL;
  g_autofree char *pdf_text = NULL;
  const char *key = cordon_incident_get_key (f->incident);
  g_autoptr(CordonWorkspace) ws = NULL;
  FILE *file;

  /* The command line opens its own connection */
  g_clear_object (&f->incident);
  g_clear_object (&f->ws);
  ws = cordon_workspace_new (f->path, NULL, NULL, NULL);
  f->incident = cordon_workspace_lookup_incident (ws, "INC-2026-0001", NULL);
  g_assert_nonnull (f->incident);
  key = cordon_incident_get_key (f->incident);
  id = g_strdup_printf ("%s-E1", key);

  g_assert_cmpint (run_cordon (&out, &err, "evidence", key, "--add", path, "--description", "Disk image",
                               "--collected-by", "Alice"), ==, 0);
  line = g_strdup_printf ("%s %s\n", id, expected != NULL ? expected : cordon_sha256_file (path, NULL, NULL, NULL));
  g_assert_cmpstr (out, ==, line);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cordon (&out, &err, "custody", id, "--to", "Bob", "--purpose", "Analysis"), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cordon (&out, &err, "evidence", key, "--json"), ==, 0);
  g_assert_nonnull (strstr (out, "\"holder\": \"Bob\""));
  g_assert_nonnull (strstr (out, "\"from\": \"Alice\""));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cordon (&out, &err, "evidence", "--reverify", id), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cordon (&out, &err, "evidence", "--form", id, "-o", pdf), ==, 0);
  g_assert_true (g_file_get_contents (pdf, &pdf_text, NULL, NULL));
  g_assert_true (g_str_has_prefix (pdf_text, "%PDF-"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cordon (&out, &err, "verify"), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A changed file: exit 3, and the mismatch is recorded */
  file = fopen (path, "ab");
  fputs ("appended", file);
  fclose (file);
  g_assert_cmpint (run_cordon (&out, &err, "evidence", "--reverify", id), ==, 3);
  g_assert_nonnull (strstr (err, "MISMATCH"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (&out, &err, "evidence", "--show", id, "--json"), ==, 0);
  g_assert_nonnull (strstr (out, "\"result\": \"mismatch\""));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* Bad input names what and where, and exits non-zero */
  g_assert_cmpint (run_cordon (&out, &err, "evidence", key, "--add", missing), ==, 2);
  g_assert_nonnull (strstr (err, "missing.dd"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  if (geteuid () != 0)
    {
      g_chmod (path, 0);
      g_assert_cmpint (run_cordon (&out, &err, "evidence", key, "--add", path), ==, 2);
      g_assert_nonnull (strstr (err, "image.dd"));
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);
      g_chmod (path, 0600);
    }

  g_assert_cmpint (run_cordon (&out, &err, "custody", "INC-2026-0001-E42", "--to", "Bob", "--purpose", "x"), ==, 2);
  g_assert_nonnull (strstr (err, "INC-2026-0001-E42"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cordon (&out, &err, "custody", id, "--to", "", "--purpose", "x"), ==, 2);
  g_assert_nonnull (strstr (err, "receiver"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cordon (&out, &err, "custody", id, "--purpose", "x"), ==, 1);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cordon (&out, &err, "evidence", "--reverify", "nonsense"), ==, 2);
  g_assert_nonnull (strstr (err, "nonsense"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cordon (&out, &err, "evidence", "--reverify", id, "--file", missing), ==, 2);
  g_assert_nonnull (strstr (err, "missing.dd"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* A custody edit made with sqlite3 is caught by verify */
  raw_exec (f->path, "DROP TRIGGER custody_transfers_no_update;"
                     " UPDATE custody_transfers SET to_holder = 'Mallory'");
  g_assert_cmpint (run_cordon (&out, &err, "verify"), ==, 3);
  g_assert_nonnull (strstr (err, id));

  f->ws = g_steal_pointer (&ws);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add ("/evidence/" path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("hash/sha256sum", test_hash_matches_sha256sum);
  ADD ("hash/async", test_hash_async);
  ADD ("hash/bad-files", test_hash_bad_files);
  ADD ("register", test_register);
  ADD ("reverify", test_reverify);
  ADD ("verify-catches-edits", test_verify_catches_edits);
  ADD ("native-round-trip", test_native_round_trip);
  ADD ("cli", test_cli);
#undef ADD

  return g_test_run ();
}
