/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-test-util.c: what several test programs need: reading a child's
 * output to its end, removing a test's workspace with its side files,
 * running the cordon binary, and a digest of a workspace's rows that
 * tells whether a command changed anything; and for the widget tests,
 * keys pressed as a user presses them.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <sys/wait.h>

#include "cordon-test-util.h"

/* Appends everything @fd gives until its end to @into */
void
cordon_test_read_all (int      fd,
                      GString *into)
{
  char buffer[4096];
  gssize n;

  while ((n = read (fd, buffer, sizeof buffer)) != 0)
    {
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          g_error ("read: %s", g_strerror (errno));
        }
      g_string_append_len (into, buffer, n);
    }
}

/* Removes a workspace the test made, and its log and shared memory */
void
cordon_test_remove_workspace (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

/**
 * cordon_test_run_cordon:
 * @workspace: (nullable): passed as --workspace
 * @stdin_path: (nullable): a file for the child's standard input (else
 *   /dev/null)
 * @args: the command line after the global options, %NULL-terminated
 *
 * Runs `$CORDON_BINARY` and waits for it. A child killed by a signal
 * fails the test.
 *
 * Returns: the exit status
 */
int
cordon_test_run_cordon (const char          *workspace,
                        const char          *stdin_path,
                        char               **out,
                        char               **err,
                        const char * const  *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GString) stdout_text = g_string_new (NULL);
  g_autoptr(GString) stderr_text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  int in_fd = -1;
  int out_fd = -1;
  int err_fd = -1;
  int status = 0;
  GPid pid;

  g_ptr_array_add (argv, (gpointer) g_getenv ("CORDON_BINARY"));
  if (workspace != NULL)
    {
      g_ptr_array_add (argv, (gpointer) "--workspace");
      g_ptr_array_add (argv, (gpointer) workspace);
    }
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  if (stdin_path != NULL)
    {
      in_fd = g_open (stdin_path, O_RDONLY | O_CLOEXEC, 0);
      g_assert_cmpint (in_fd, >=, 0);
    }

  g_spawn_async_with_pipes_and_fds (NULL, (const char * const *) argv->pdata, NULL,
                                    G_SPAWN_DO_NOT_REAP_CHILD | (stdin_path == NULL ? G_SPAWN_STDIN_FROM_DEV_NULL : 0),
                                    NULL, NULL, in_fd, -1, -1, NULL, NULL, 0,
                                    &pid, NULL, &out_fd, &err_fd, &error);
  g_assert_no_error (error);
  if (in_fd >= 0)
    close (in_fd);

  /* One pipe after the other is enough: a command's messages are short */
  cordon_test_read_all (out_fd, stdout_text);
  cordon_test_read_all (err_fd, stderr_text);
  close (out_fd);
  close (err_fd);
  while (waitpid (pid, &status, 0) < 0)
    g_assert_cmpint (errno, ==, EINTR);
  g_spawn_close_pid (pid);

  if (WIFSIGNALED (status))
    g_error ("cordon %s was killed by signal %d; stderr: %s",
             args[0], WTERMSIG (status), stderr_text->str);
  g_assert_true (WIFEXITED (status));

  if (out != NULL)
    *out = g_string_free (g_steal_pointer (&stdout_text), FALSE);
  if (err != NULL)
    *err = g_string_free (g_steal_pointer (&stderr_text), FALSE);

  return WEXITSTATUS (status);
}

static gboolean
digest_rows (const char *path,
             GChecksum  *checksum)
{
  g_autofree char *uri = NULL;
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gboolean ok = TRUE;

  uri = g_strdup_printf ("file:%s?mode=ro", path);
  if (sqlite3_open_v2 (uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL) != SQLITE_OK)
    {
      sqlite3_close (db);
      return FALSE;
    }

  /* The schema itself, with the versions the header keeps */
  if (sqlite3_prepare_v2 (db, "SELECT type, name, sql FROM sqlite_schema ORDER BY type, name", -1, &stmt, NULL) != SQLITE_OK)
    ok = FALSE;
  while (ok && sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < 3; i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, i);

          g_checksum_update (checksum, (const guchar *) (text != NULL ? text : "\1"), -1);
          g_checksum_update (checksum, (const guchar *) "\0", 1);
        }
      if (g_str_equal ((const char *) sqlite3_column_text (stmt, 0), "table"))
        g_ptr_array_add (tables, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);
  stmt = NULL;

  for (guint i = 0; ok && i < 2; i++)
    {
      const char *pragma = i == 0 ? "PRAGMA user_version" : "PRAGMA application_id";

      if (sqlite3_prepare_v2 (db, pragma, -1, &stmt, NULL) != SQLITE_OK || sqlite3_step (stmt) != SQLITE_ROW)
        ok = FALSE;
      else
        {
          g_autofree char *value = g_strdup_printf ("%s=%lld;", pragma, sqlite3_column_int64 (stmt, 0));
          g_checksum_update (checksum, (const guchar *) value, -1);
        }
      sqlite3_finalize (stmt);
      stmt = NULL;
    }

  /* Every row of every table, each value with its type */
  for (guint t = 0; ok && t < tables->len; t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM \"%s\"", (const char *) tables->pdata[t]);
      int rc;

      if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
        {
          ok = FALSE;
          break;
        }
      g_checksum_update (checksum, (const guchar *) tables->pdata[t], -1);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              char type = '0' + sqlite3_column_type (stmt, c);
              const void *blob = sqlite3_column_blob (stmt, c);
              int length = sqlite3_column_bytes (stmt, c);

              g_checksum_update (checksum, (const guchar *) &type, 1);
              g_checksum_update (checksum, (const guchar *) &length, sizeof length);
              if (blob != NULL)
                g_checksum_update (checksum, blob, length);
            }
        }
      if (rc != SQLITE_DONE)
        ok = FALSE;
      sqlite3_finalize (stmt);
      stmt = NULL;
    }

  sqlite3_close (db);

  return ok;
}

/**
 * cordon_test_workspace_digest:
 *
 * Returns: (transfer full): a digest of every row of the workspace at
 *   @path (its schema, versions and each table's rows), or of the file's
 *   bytes when SQLite cannot read it, or "absent"; equal digests before
 *   and after a command mean the command changed nothing
 */
char *
cordon_test_workspace_digest (const char *path)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return g_strdup ("absent");

  if (g_file_test (path, G_FILE_TEST_IS_REGULAR) && digest_rows (path, checksum))
    return g_strconcat ("rows:", g_checksum_get_string (checksum), NULL);

  g_checksum_reset (checksum);
  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_strdup ("unreadable");
  g_checksum_update (checksum, (const guchar *) contents, length);

  return g_strconcat ("bytes:", g_checksum_get_string (checksum), NULL);
}

/* SHA-256 of a file's bytes, or "absent" */
char *
cordon_test_file_digest (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return g_strdup ("absent");

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* Removes @path and everything below it */
void
cordon_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        cordon_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

void
cordon_test_exec_sql (const char *path,
                      const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

/* Presses Enter in @editable (an entry or an entry row) as the keyboard
 * does: the text widget inside it that takes the focus is activated,
 * which activates the window's default widget when the entry says so. */
void
cordon_test_press_enter (GtkWidget *editable)
{
  GtkRoot *root = gtk_widget_get_root (editable);
  GtkWidget *focus;

  g_assert_nonnull (root);
  g_assert_true (gtk_widget_grab_focus (editable));
  focus = gtk_root_get_focus (root);
  g_assert_true (GTK_IS_TEXT (focus));
  g_assert_true (focus == editable || gtk_widget_is_ancestor (focus, editable));
  g_signal_emit_by_name (focus, "activate");
}
