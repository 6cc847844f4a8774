/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-many-writers.c: several processes share one workspace. Writers
 * (this program run with --writer) append journal entries in a loop and
 * print each entry's text only after its transaction committed; others
 * run the `cordon journal --add` command again and again. However many
 * run at once, on one incident or on several, and even when some are
 * killed with SIGKILL in the middle, every write that was acknowledged is
 * in the file exactly once afterwards, the chains verify, and no writer
 * was told the workspace is damaged or saw a constraint fail.
 */

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <sys/mount.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "cordon-test-util.h"
#include "cordon-workspace.h"

#define N_WRITES 300
#define N_CLI_WRITES 40
#define N_INCIDENTS 4

static char *self_exe;

/* --writer PATH KEYS TAG COUNT: appends COUNT entries, going round the
 * comma-separated KEYS, and prints "TAG-i" once entry i is committed. */
static int
run_writer (const char *path,
            const char *keys,
            const char *tag,
            guint       count)
{
  g_autoptr(CordonWorkspace) ws = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) key_list = g_strsplit (keys, ",", -1);
  g_autoptr(GPtrArray) incidents = g_ptr_array_new_with_free_func (g_object_unref);

  ws = cordon_workspace_new_full (path, NULL, CORDON_WORKSPACE_FLAGS_NO_CREATE, NULL, &error);
  if (ws == NULL)
    {
      fprintf (stderr, "writer %s: %s\n", tag, error->message);
      return 1;
    }

  for (guint i = 0; key_list[i] != NULL; i++)
    {
      CordonIncident *incident = cordon_workspace_lookup_incident (ws, key_list[i], &error);

      if (incident == NULL)
        {
          fprintf (stderr, "writer %s: %s\n", tag, error->message);
          return 1;
        }
      g_ptr_array_add (incidents, incident);
    }

  for (guint i = 0; i < count; i++)
    {
      g_autoptr(CordonJournalEntry) entry = NULL;
      g_autofree char *text = g_strdup_printf ("%s-%u", tag, i);

      entry = cordon_workspace_append_journal (ws, g_ptr_array_index (incidents, i % incidents->len),
                                               CORDON_JOURNAL_KIND_NOTE, "writer", text, NULL, &error);
      if (entry == NULL)
        {
          fprintf (stderr, "writer %s: entry %u: %s\n", tag, i, error->message);
          return 1;
        }

      /* Committed: only now may the entry be acknowledged */
      fprintf (stdout, "%s\n", text);
      fflush (stdout);
    }

  return 0;
}

/* --cli-writer PATH KEY TAG COUNT: runs `cordon journal KEY --add` COUNT
 * times, and prints "TAG-i" for each run that exited 0. */
static int
run_cli_writer (const char *path,
                const char *key,
                const char *tag,
                guint       count)
{
  const char *binary = g_getenv ("CORDON_BINARY");

  for (guint i = 0; i < count; i++)
    {
      g_autofree char *text = g_strdup_printf ("%s-%u", tag, i);
      const char *argv[] = { binary, "--workspace", path, "journal", key, "--add", text, NULL };
      g_autofree char *err = NULL;
      g_autoptr(GError) error = NULL;
      int status;

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                         NULL, &err, &status, &error))
        {
          fprintf (stderr, "cli writer %s: %s\n", tag, error->message);
          return 1;
        }
      if (!g_spawn_check_wait_status (status, NULL))
        {
          fprintf (stderr, "cli writer %s: run %u failed: %s", tag, i, err);
          return 1;
        }

      fprintf (stdout, "%s\n", text);
      fflush (stdout);
    }

  return 0;
}

typedef struct
{
  char  *dir;
  char  *path;
  char  *keys[N_INCIDENTS];
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CordonWorkspace) ws = NULL;

  f->dir = g_dir_make_tmp ("cordon-writers-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "shared.cordon", NULL);

  ws = cordon_workspace_new (f->path, NULL, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < N_INCIDENTS; i++)
    {
      g_autoptr(CordonIncident) draft = cordon_incident_new ();
      g_autoptr(CordonIncident) incident = NULL;
      g_autofree char *title = g_strdup_printf ("Shared incident %u", i);

      cordon_incident_set_title (draft, title);
      cordon_incident_set_category (draft, "other");
      cordon_incident_set_severity (draft, "low");
      incident = cordon_workspace_create_incident (ws, draft, "test", &error);
      g_assert_no_error (error);
      f->keys[i] = g_strdup (cordon_incident_get_key (incident));
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  cordon_test_remove_workspace (f->path);
  g_rmdir (f->dir);
  for (guint i = 0; i < N_INCIDENTS; i++)
    g_free (f->keys[i]);
  g_free (f->path);
  g_free (f->dir);
}

typedef struct
{
  GPid     pid;
  int      out_fd;
  int      err_fd;
  GString *out;
  GString *err;
  int      status;
} Writer;

static void
writer_start (Writer     *writer,
              const char *mode,
              const char *path,
              const char *keys,
              const char *tag,
              guint       count)
{
  g_autofree char *count_text = g_strdup_printf ("%u", count);
  const char *argv[] = { self_exe, mode, path, keys, tag, count_text, NULL };
  g_autoptr(GError) error = NULL;

  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                           NULL, NULL, &writer->pid, NULL, &writer->out_fd,
                                           &writer->err_fd, &error));
  g_assert_no_error (error);
  writer->out = g_string_new (NULL);
  writer->err = g_string_new (NULL);
}

/* Reads what @writer said until it ends. Its standard error is small: it
 * is read after standard output closes. */
static void
writer_finish (Writer *writer)
{
  cordon_test_read_all (writer->out_fd, writer->out);
  cordon_test_read_all (writer->err_fd, writer->err);
  close (writer->out_fd);
  close (writer->err_fd);
  g_assert_cmpint (waitpid (writer->pid, &writer->status, 0), ==, writer->pid);
  g_spawn_close_pid (writer->pid);
}

/* Every complete line @writer printed: a committed entry's text */
static void
writer_collect (Writer     *writer,
                GHashTable *acknowledged)
{
  g_auto(GStrv) lines = g_strsplit (writer->out->str, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0' && lines[i + 1] != NULL)
      g_hash_table_add (acknowledged, g_strdup (lines[i]));

  g_string_free (writer->out, TRUE);
  g_string_free (writer->err, TRUE);
}

/* The workspace verifies, and holds every acknowledged text exactly once */
static void
assert_all_present (Fixture    *f,
                    GHashTable *acknowledged)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CordonWorkspace) ws = cordon_workspace_new (f->path, NULL, NULL, &error);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer text;

  g_assert_no_error (error);
  g_assert_true (cordon_workspace_verify (ws, NULL, NULL, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < N_INCIDENTS; i++)
    {
      g_autoptr(CordonIncident) incident = cordon_workspace_lookup_incident (ws, f->keys[i], &error);
      g_autoptr(GListModel) journal = NULL;

      g_assert_no_error (error);
      journal = cordon_workspace_list_journal (ws, incident, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (journal), ==, cordon_incident_get_journal_count (incident));

      for (guint j = 0; j < g_list_model_get_n_items (journal); j++)
        {
          g_autoptr(CordonJournalEntry) entry = g_list_model_get_item (journal, j);
          const char *entry_text = cordon_journal_entry_get_text (entry);

          g_assert_cmpint (cordon_journal_entry_get_seq (entry), ==, j + 1);
          if (cordon_journal_entry_get_kind (entry) != CORDON_JOURNAL_KIND_NOTE)
            continue;
          /* No entry was written twice */
          g_assert_false (g_hash_table_contains (seen, entry_text));
          g_hash_table_add (seen, g_strdup (entry_text));
        }
    }

  g_hash_table_iter_init (&iter, acknowledged);
  while (g_hash_table_iter_next (&iter, &text, NULL))
    {
      if (!g_hash_table_contains (seen, text))
        g_error ("the acknowledged entry “%s” is missing from the workspace", (const char *) text);
    }
}

/* N writers × N_WRITES; @shared: all on the first incident, otherwise
 * each on its own */
static void
run_writers (Fixture  *f,
             guint     n,
             gboolean  shared)
{
  g_autoptr(GHashTable) acknowledged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Writer writers[8];
  guint expected = 0;

  g_assert_cmpuint (n, <=, G_N_ELEMENTS (writers));

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *tag = g_strdup_printf ("%s%u-w%u", shared ? "same" : "own", n, i);

      writer_start (&writers[i], "--writer", f->path, f->keys[shared ? 0 : i % N_INCIDENTS], tag, N_WRITES);
    }

  for (guint i = 0; i < n; i++)
    {
      writer_finish (&writers[i]);
      if (!WIFEXITED (writers[i].status) || WEXITSTATUS (writers[i].status) != 0)
        g_error ("writer %u failed: %s", i, writers[i].err->str);
      writer_collect (&writers[i], acknowledged);
      expected += N_WRITES;
    }

  g_assert_cmpuint (g_hash_table_size (acknowledged), ==, expected);
  assert_all_present (f, acknowledged);
}

static void
test_writers_2 (Fixture       *f,
                gconstpointer  data)
{
  run_writers (f, 2, TRUE);
  run_writers (f, 2, FALSE);
}

static void
test_writers_4 (Fixture       *f,
                gconstpointer  data)
{
  run_writers (f, 4, TRUE);
  run_writers (f, 4, FALSE);
}

static void
test_writers_8 (Fixture       *f,
                gconstpointer  data)
{
  run_writers (f, 8, TRUE);
  run_writers (f, 8, FALSE);
}

/* Command-line runs, each opening the workspace anew (the open-time
 * checks included), beside writers that keep it open */
static void
test_cli_and_writers (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GHashTable) acknowledged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Writer writers[4];

  writer_start (&writers[0], "--cli-writer", f->path, f->keys[0], "cli-a", N_CLI_WRITES);
  writer_start (&writers[1], "--cli-writer", f->path, f->keys[0], "cli-b", N_CLI_WRITES);
  writer_start (&writers[2], "--writer", f->path, f->keys[0], "api-a", N_WRITES);
  writer_start (&writers[3], "--writer", f->path, f->keys[1], "api-b", N_WRITES);

  for (guint i = 0; i < G_N_ELEMENTS (writers); i++)
    {
      writer_finish (&writers[i]);
      if (!WIFEXITED (writers[i].status) || WEXITSTATUS (writers[i].status) != 0)
        g_error ("writer %u failed: %s", i, writers[i].err->str);
      writer_collect (&writers[i], acknowledged);
    }

  g_assert_cmpuint (g_hash_table_size (acknowledged), ==, 2 * N_CLI_WRITES + 2 * N_WRITES);
  assert_all_present (f, acknowledged);
}

/* Four writers; two are killed with SIGKILL once they have written a
 * while. The others go on, and nothing any of them acknowledged is lost. */
static void
test_kill_writers (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GHashTable) acknowledged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  Writer writers[4];
  g_autofree char *all_keys = NULL;
  const char *keys[N_INCIDENTS + 1] = { NULL };

  for (guint i = 0; i < N_INCIDENTS; i++)
    keys[i] = f->keys[i];
  all_keys = g_strjoinv (",", (char **) keys);

  for (guint i = 0; i < G_N_ELEMENTS (writers); i++)
    {
      g_autofree char *tag = g_strdup_printf ("kill-w%u", i);

      /* The victims would write for far longer than the test runs */
      writer_start (&writers[i], "--writer", f->path, all_keys, tag, i < 2 ? 1000000 : N_WRITES);
    }

  /* Wait until the victims are writing: their first acknowledgements
   * arrive on the pipe. Then kill them mid-stream. */
  for (guint i = 0; i < 2; i++)
    {
      char buffer[256];
      gssize n;

      do
        n = read (writers[i].out_fd, buffer, sizeof buffer);
      while (n < 0 && errno == EINTR);
      g_assert_cmpint (n, >, 0);
      g_string_append_len (writers[i].out, buffer, n);
      g_assert_cmpint (kill (writers[i].pid, SIGKILL), ==, 0);
    }

  for (guint i = 0; i < G_N_ELEMENTS (writers); i++)
    {
      writer_finish (&writers[i]);
      if (i < 2)
        g_assert_true (WIFSIGNALED (writers[i].status) && WTERMSIG (writers[i].status) == SIGKILL);
      else if (!WIFEXITED (writers[i].status) || WEXITSTATUS (writers[i].status) != 0)
        g_error ("writer %u failed: %s", i, writers[i].err->str);
      writer_collect (&writers[i], acknowledged);
    }

  g_assert_cmpuint (g_hash_table_size (acknowledged), >=, 2 * N_WRITES);
  assert_all_present (f, acknowledged);
}

/* Runs `cordon --workspace PATH ARGS…`; returns its exit status and what
 * it printed on standard error */
static int
run_cordon (const char  *path,
            char       **err,
            ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;
  int status;

  g_ptr_array_add (argv, (gpointer) g_getenv ("CORDON_BINARY"));
  g_ptr_array_add (argv, (gpointer) "--workspace");
  g_ptr_array_add (argv, (gpointer) path);
  va_start (args, err);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, err, &status, &error));
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));

  return WEXITSTATUS (status);
}

static guint
journal_length (const char *path,
                const char *key)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CordonWorkspace) ws = cordon_workspace_new_full (path, NULL, CORDON_WORKSPACE_FLAGS_NO_CREATE,
                                                            NULL, &error);
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GListModel) journal = NULL;

  g_assert_no_error (error);
  incident = cordon_workspace_lookup_incident (ws, key, &error);
  g_assert_no_error (error);
  journal = cordon_workspace_list_journal (ws, incident, &error);
  g_assert_no_error (error);

  return g_list_model_get_n_items (journal);
}

/* Another program holds the write lock for longer than Cordon waits: the
 * command says the workspace is busy (exit 5), not that it is damaged,
 * and writes nothing. */
static void
test_busy (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *err = NULL;
  sqlite3 *db = NULL;
  guint before = journal_length (f->path, f->keys[0]);

  g_assert_cmpint (sqlite3_open_v2 (f->path, &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  g_assert_cmpint (run_cordon (f->path, &err, "journal", f->keys[0], "--add", "while locked", NULL), ==, 5);
  g_assert_nonnull (strstr (err, "busy"));
  g_assert_null (strstr (err, "damaged"));

  g_assert_cmpint (sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  g_assert_cmpuint (journal_length (f->path, f->keys[0]), ==, before);
  g_free (g_steal_pointer (&err));
  /* Once the lock is gone, the same command works */
  g_assert_cmpint (run_cordon (f->path, &err, "journal", f->keys[0], "--add", "after the lock", NULL), ==, 0);
  g_assert_cmpuint (journal_length (f->path, f->keys[0]), ==, before + 1);
}

static void
on_reloaded (CordonWorkspace *ws,
             guint           *n_reloads)
{
  (*n_reloads)++;
}

static gboolean
give_up (gpointer user_data)
{
  g_error ("the workspace never noticed the other process's write");
  return G_SOURCE_REMOVE;
}

/* A process that keeps the workspace open (a window) follows what a
 * command wrote: it reloads, and holds the command's entry. */
static void
test_follow_other_writers (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CordonWorkspace) ws = cordon_workspace_new (f->path, NULL, NULL, &error);
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(CordonJournalEntry) last = NULL;
  g_autofree char *err = NULL;
  guint n_reloads = 0;
  gint64 count;
  guint guard;

  g_assert_no_error (error);
  incident = cordon_workspace_lookup_incident (ws, f->keys[0], &error);
  g_assert_no_error (error);
  count = cordon_incident_get_journal_count (incident);
  cordon_workspace_follow_other_writers (ws);
  g_signal_connect (ws, "reloaded", G_CALLBACK (on_reloaded), &n_reloads);

  g_assert_cmpint (run_cordon (f->path, &err, "journal", f->keys[0], "--add", "written by a command", NULL), ==, 0);

  /* Woken by the file watch, not by a timer; the guard only ends a
   * broken run */
  guard = g_timeout_add_seconds (60, give_up, NULL);
  while (n_reloads == 0)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (guard);

  g_assert_cmpint (cordon_incident_get_journal_count (incident), ==, count + 1);
  journal = cordon_workspace_list_journal (ws, incident, &error);
  g_assert_no_error (error);
  last = g_list_model_get_item (journal, g_list_model_get_n_items (journal) - 1);
  g_assert_cmpstr (cordon_journal_entry_get_text (last), ==, "written by a command");

  /* And its own next write goes after the command's */
  g_clear_object (&last);
  last = cordon_workspace_append_journal (ws, incident, CORDON_JOURNAL_KIND_NOTE, "window", "after it", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cordon_journal_entry_get_seq (last), ==, count + 2);
}

/* A small file system of the test's own, mounted on a temporary folder
 * (root only); the test is skipped elsewhere. */
static char *
mount_small_tmpfs (const char *size)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cordon-mount-XXXXXX", &error);
  g_autofree char *options = g_strdup_printf ("size=%s,mode=0700", size);

  g_assert_no_error (error);
  if (geteuid () != 0 || mount ("cordon-test", dir, "tmpfs", 0, options) != 0)
    {
      g_rmdir (dir);
      return NULL;
    }

  return g_steal_pointer (&dir);
}

static void
unmount_tmpfs (char *dir)
{
  g_assert_cmpint (umount (dir), ==, 0);
  g_rmdir (dir);
  g_free (dir);
}

/* A workspace on a read-only file system: the command says it cannot
 * write there (exit 6), not that the file is damaged. */
static void
test_read_only (void)
{
  char *dir = mount_small_tmpfs ("4m");
  g_autofree char *path = NULL;
  g_autofree char *err = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize n_before, n_after;

  if (dir == NULL)
    {
      g_test_skip ("mounting a file system needs root");
      return;
    }

  path = g_build_filename (dir, "ro.cordon", NULL);
  g_assert_cmpint (run_cordon (path, &err, "new", "--title", "Read-only", "--category", "other",
                               "--severity", "low", NULL), ==, 0);
  g_assert_true (g_file_get_contents (path, &before, &n_before, NULL));
  g_assert_cmpint (mount (NULL, dir, NULL, MS_REMOUNT | MS_RDONLY, NULL), ==, 0);

  g_free (g_steal_pointer (&err));
  g_assert_cmpint (run_cordon (path, &err, "new", "--title", "Another", "--category", "other",
                               "--severity", "low", NULL), ==, 6);
  g_assert_nonnull (strstr (err, "read-only"));
  g_assert_null (strstr (err, "damaged"));

  g_assert_true (g_file_get_contents (path, &after, &n_after, NULL));
  g_assert_cmpmem (before, n_before, after, n_after);
  unmount_tmpfs (dir);
}

/* A full disk: the command says so (exit 6), and the workspace holds
 * everything it held before. */
static void
test_disk_full (void)
{
  char *dir = mount_small_tmpfs ("2m");
  g_autofree char *path = NULL;
  g_autofree char *filler = NULL;
  g_autofree char *err = NULL;
  g_autofree char *big = NULL;
  g_autofree char *list = NULL;
  const char *argv[] = { g_getenv ("CORDON_BINARY"), "--workspace", NULL, "list", NULL };
  FILE *fill;
  static char block[65536];

  if (dir == NULL)
    {
      g_test_skip ("mounting a file system needs root");
      return;
    }

  path = g_build_filename (dir, "full.cordon", NULL);
  g_assert_cmpint (run_cordon (path, &err, "new", "--title", "Before the disk filled", "--category", "other",
                               "--severity", "low", NULL), ==, 0);

  /* Fill what is left of the file system */
  filler = g_build_filename (dir, "filler", NULL);
  fill = fopen (filler, "w");
  g_assert_nonnull (fill);
  setvbuf (fill, NULL, _IONBF, 0);
  for (gsize chunk = sizeof block; chunk > 0; chunk /= 2)
    while (fwrite (block, 1, chunk, fill) == chunk)
      ;
  fclose (fill);

  big = g_strnfill (64 * 1024, 'x');
  g_free (g_steal_pointer (&err));
  g_assert_cmpint (run_cordon (path, &err, "new", "--title", "After the disk filled", "--category", "other",
                               "--severity", "low", "--summary", big, NULL), ==, 6);
  g_assert_nonnull (strstr (err, "disk is full"));
  g_assert_null (strstr (err, "damaged"));

  g_unlink (filler);
  argv[2] = path;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &list, NULL, NULL, NULL));
  g_assert_nonnull (strstr (list, "Before the disk filled"));
  g_assert_null (strstr (list, "After the disk filled"));
  g_free (g_steal_pointer (&err));
  g_assert_cmpint (run_cordon (path, &err, "verify", NULL), ==, 0);

  cordon_test_remove_workspace (path);
  unmount_tmpfs (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");

  if (argc == 6 && g_str_equal (argv[1], "--writer"))
    return run_writer (argv[2], argv[3], argv[4], (guint) g_ascii_strtoull (argv[5], NULL, 10));
  if (argc == 6 && g_str_equal (argv[1], "--cli-writer"))
    return run_cli_writer (argv[2], argv[3], argv[4], (guint) g_ascii_strtoull (argv[5], NULL, 10));

  self_exe = g_canonicalize_filename (argv[0], NULL);

  g_test_init (&argc, &argv, NULL);
  g_test_add ("/many-writers/2", Fixture, NULL, fixture_set_up, test_writers_2, fixture_tear_down);
  g_test_add ("/many-writers/4", Fixture, NULL, fixture_set_up, test_writers_4, fixture_tear_down);
  g_test_add ("/many-writers/8", Fixture, NULL, fixture_set_up, test_writers_8, fixture_tear_down);
  g_test_add ("/many-writers/cli-and-writers", Fixture, NULL, fixture_set_up, test_cli_and_writers, fixture_tear_down);
  g_test_add ("/many-writers/kill", Fixture, NULL, fixture_set_up, test_kill_writers, fixture_tear_down);
  g_test_add ("/many-writers/follow", Fixture, NULL, fixture_set_up, test_follow_other_writers, fixture_tear_down);
  g_test_add ("/many-writers/busy", Fixture, NULL, fixture_set_up, test_busy, fixture_tear_down);
  g_test_add_func ("/many-writers/read-only", test_read_only);
  g_test_add_func ("/many-writers/disk-full", test_disk_full);

  return g_test_run ();
}
