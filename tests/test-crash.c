/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-crash.c: crash safety. A child process (this program run with
 * --child) appends journal entries in a loop and prints the number of
 * each entry only after its transaction committed; the parent kills it
 * with SIGKILL at seeded random moments, 30 times. After every kill the
 * workspace must open, pass integrity_check and the journal chain check,
 * and hold every entry the child printed. Then `cordon new` is killed
 * while it creates a workspace, 30 times: no half-made file is left.
 */

#include "config.h"

#include <string.h>

#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cordon-test-util.h"
#include "cordon-workspace.h"

#define N_KILLS 30
#define SEED 20260301

static char *self_exe;

static int
run_child (const char *path,
           const char *key)
{
  g_autoptr(CordonWorkspace) ws = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GError) error = NULL;

  ws = cordon_workspace_new_full (path, NULL, CORDON_WORKSPACE_FLAGS_NO_CREATE, NULL, &error);
  if (ws == NULL)
    g_error ("child: %s", error->message);

  incident = cordon_workspace_lookup_incident (ws, key, &error);
  if (incident == NULL)
    g_error ("child: %s", error->message);

  for (guint i = 0; ; i++)
    {
      g_autoptr(CordonJournalEntry) entry = NULL;
      g_autofree char *text = g_strdup_printf ("status update %u from the child", i);

      entry = cordon_workspace_append_journal (ws, incident, CORDON_JOURNAL_KIND_STATUS_UPDATE,
                                               "child", text, NULL, &error);
      if (entry == NULL)
        g_error ("child: %s", error->message);

      /* Committed: only now may the entry be reported */
      fprintf (stdout, "%" G_GINT64_FORMAT "\n", cordon_journal_entry_get_seq (entry));
      fflush (stdout);
    }

  return 0;
}

static void
test_kill_during_appends (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cordon-crash-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *key = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  guint64 total_reported = 0;

  g_assert_no_error (error);
  path = g_build_filename (dir, "crash.cordon", NULL);

  {
    g_autoptr(CordonWorkspace) ws = cordon_workspace_new (path, NULL, NULL, &error);
    g_autoptr(CordonIncident) draft = cordon_incident_new ();
    g_autoptr(CordonIncident) incident = NULL;

    g_assert_no_error (error);
    cordon_incident_set_title (draft, "Crash target");
    cordon_incident_set_category (draft, "other");
    cordon_incident_set_severity (draft, "low");
    incident = cordon_workspace_create_incident (ws, draft, "parent", &error);
    g_assert_no_error (error);
    key = g_strdup (cordon_incident_get_key (incident));
  }

  for (guint round = 0; round < N_KILLS; round++)
    {
      const char *argv[] = { self_exe, "--child", path, key, NULL };
      g_autoptr(CordonWorkspace) ws = NULL;
      g_autoptr(CordonIncident) incident = NULL;
      g_autoptr(GListModel) journal = NULL;
      g_autoptr(GString) output = NULL;
      g_auto(GStrv) lines = NULL;
      gint64 max_reported = 0;
      guint64 n_entries = 0;
      GPid pid;
      int out_fd;
      int status;
      guint delay_ms = g_rand_int_range (rand, 5, 80);

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                               NULL, NULL, &pid, NULL, &out_fd, NULL, &error));
      g_assert_no_error (error);

      /* The kill falls while the child appends, however slow the
       * machine: the delay counts from its first acknowledged write.
       * The pipe holds far more than the child can write in this time. */
      output = g_string_new (NULL);
      while (strchr (output->str, '\n') == NULL)
        {
          char c;
          gssize n = read (out_fd, &c, 1);

          if (n < 0 && errno == EINTR)
            continue;
          g_assert_cmpint (n, ==, 1);
          g_string_append_c (output, c);
        }
      g_usleep (delay_ms * 1000);
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);
      g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);

      cordon_test_read_all (out_fd, output);
      close (out_fd);

      /* Only complete lines were reported after a commit */
      lines = g_strsplit (output->str, "\n", -1);
      for (guint i = 0; lines[i] != NULL; i++)
        {
          if (lines[i][0] != '\0' && lines[i + 1] != NULL)
            max_reported = MAX (max_reported, g_ascii_strtoll (lines[i], NULL, 10));
          if (lines[i][0] != '\0' && lines[i + 1] != NULL)
            total_reported++;
        }

      ws = cordon_workspace_new (path, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (cordon_workspace_verify (ws, NULL, &n_entries, &error));
      g_assert_no_error (error);

      incident = cordon_workspace_lookup_incident (ws, key, &error);
      g_assert_no_error (error);
      journal = cordon_workspace_list_journal (ws, incident, &error);
      g_assert_no_error (error);

      g_test_message ("round %u: killed after %u ms, child reported up to %" G_GINT64_FORMAT
                      ", journal holds %u", round, delay_ms, max_reported, g_list_model_get_n_items (journal));

      /* Every reported entry is there, in order */
      g_assert_cmpint (cordon_incident_get_journal_count (incident), >=, max_reported);
      g_assert_cmpuint (g_list_model_get_n_items (journal), ==, cordon_incident_get_journal_count (incident));
      for (gint64 seq = 1; seq <= max_reported; seq++)
        {
          g_autoptr(CordonJournalEntry) entry = g_list_model_get_item (journal, seq - 1);
          g_assert_cmpint (cordon_journal_entry_get_seq (entry), ==, seq);
        }
    }

  /* Every round killed the writer after it had acknowledged a write */
  g_assert_cmpuint (total_reported, >=, N_KILLS);

  cordon_test_remove_workspace (path);
  g_rmdir (dir);
}

/* `cordon new` killed at seeded random moments while it creates a
 * workspace: afterwards there is either no workspace at that path or a
 * whole one that opens and verifies, never an empty or half-made file. */
static void
test_kill_during_create (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cordon-create-XXXXXX", &error);
  g_autoptr(GRand) rand = g_rand_new_with_seed (SEED);
  guint n_whole = 0, n_absent = 0;

  g_assert_no_error (error);

  for (guint round = 0; round < N_KILLS; round++)
    {
      g_autofree char *name = g_strdup_printf ("new-%u.cordon", round);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      const char *argv[] = { g_getenv ("CORDON_BINARY"), "--workspace", path, "new", "--title", "Killed while created",
                             "--category", "other", "--severity", "low", NULL };
      guint delay_us = g_rand_int_range (rand, 5000, 60000);
      GPid pid;
      int status;

      g_assert_true (g_spawn_async (NULL, (char **) argv, NULL,
                                    G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                    NULL, NULL, &pid, &error));
      g_assert_no_error (error);
      g_usleep (delay_us);
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          n_absent++;
          continue;
        }

      {
        g_autoptr(CordonWorkspace) ws = cordon_workspace_new_full (path, NULL, CORDON_WORKSPACE_FLAGS_NO_CREATE,
                                                                  NULL, &error);

        g_assert_no_error (error);
        g_assert_true (cordon_workspace_verify (ws, NULL, NULL, &error));
        g_assert_no_error (error);
        n_whole++;
      }
    }

  g_test_message ("%u rounds left no workspace, %u a whole one", n_absent, n_whole);

  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    const char *entry;

    while ((entry = g_dir_read_name (listing)) != NULL)
      {
        g_autofree char *file = g_build_filename (dir, entry, NULL);
        g_unlink (file);
      }
    g_rmdir (dir);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");

  if (argc == 4 && g_str_equal (argv[1], "--child"))
    return run_child (argv[2], argv[3]);

  self_exe = g_canonicalize_filename (argv[0], NULL);

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/crash/kill-during-appends", test_kill_during_appends);
  g_test_add_func ("/crash/kill-during-create", test_kill_during_create);

  return g_test_run ();
}
