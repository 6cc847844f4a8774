/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-window-sharing.c: a window and command-line scripts share one
 * workspace. While two shell loops run `cordon journal --add` and one of
 * them opens a new incident, the window's own process keeps opening and
 * closing the workspace file, its -wal and its -shm with plain open() and
 * close(), as a file chooser, a thumbnailer or content sniffing does (a
 * close() of any descriptor drops every POSIX lock the process holds on
 * that file), and the window writes journal entries of its own. Every
 * write either side acknowledged is in the file after the window quits,
 * exactly once, the chains verify, and the board showed the incident the
 * command line opened without being told.
 */

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <adwaita.h>

#include <glib/gstdio.h>

#include "cordon-application.h"
#include "cordon-board.h"
#include "cordon-test-util.h"
#include "cordon-window.h"
#include "cordon-workspace.h"

#define N_WRITERS 2
#define N_CLI_WRITES 40
#define NEW_TITLE "Opened from a script"

typedef struct
{
  char              *dir;
  char              *path;
  char              *key;
  CordonApplication *app;
  CordonWorkspace   *workspace;
  CordonIncident    *incident;

  GHashTable        *acknowledged;
  guint              n_running;
  guint              n_cli_acknowledged;
  guint              n_window_writes;
  guint              n_ticks;
  guint              tick_id;
  guint              board_check_id;
  char              *new_key;
  gint64             new_acknowledged_at;
  gint64             new_shown_at;
} Sharing;

/* What a file chooser or a thumbnailer does to each file it looks at */
static void
touch_files (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      int fd = open (file, O_RDONLY | O_CLOEXEC);

      if (fd >= 0)
        {
          char byte;

          (void) !read (fd, &byte, 1);
          close (fd);
        }
    }
}

static gboolean
on_tick (gpointer user_data)
{
  Sharing *s = user_data;

  touch_files (s->path);

  /* Now and then, the lead writes in the window */
  if (s->n_ticks++ % 8 == 0)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CordonJournalEntry) entry = NULL;
      g_autofree char *text = g_strdup_printf ("window-%u", s->n_window_writes);

      entry = cordon_workspace_append_journal (s->workspace, s->incident, CORDON_JOURNAL_KIND_NOTE,
                                               "lead", text, NULL, &error);
      g_assert_no_error (error);
      g_hash_table_add (s->acknowledged, g_steal_pointer (&text));
      s->n_window_writes++;
    }

  return G_SOURCE_CONTINUE;
}

static gboolean
board_shows (CordonBoard *board,
             const char  *key)
{
  GListModel *visible = cordon_board_get_visible (board);

  for (guint i = 0; i < g_list_model_get_n_items (visible); i++)
    {
      g_autoptr(CordonIncident) incident = g_list_model_get_item (visible, i);

      if (g_strcmp0 (cordon_incident_get_key (incident), key) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
check_board (gpointer user_data)
{
  Sharing *s = user_data;
  CordonWindow *window = CORDON_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (s->app)));

  /* One of the loops may still run: wait for the new incident first */
  if (s->new_shown_at == 0 && s->new_key != NULL && board_shows (cordon_window_get_board (window), s->new_key))
    s->new_shown_at = g_get_monotonic_time ();

  if (s->n_running > 0 || s->new_shown_at == 0)
    return G_SOURCE_CONTINUE;

  s->board_check_id = 0;
  g_clear_handle_id (&s->tick_id, g_source_remove);
  g_action_group_activate_action (G_ACTION_GROUP (s->app), "quit", NULL);

  return G_SOURCE_REMOVE;
}

static void
on_writer_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Sharing *s = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, &out, &err, &error));
  g_assert_no_error (error);
  if (!g_subprocess_get_successful (G_SUBPROCESS (source)))
    g_error ("a command-line loop failed: %s", err);
  /* No run said the workspace is damaged, busy or could not write */
  g_assert_cmpstr (err, ==, "");

  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "new "))
        {
          s->new_key = g_strdup (lines[i] + strlen ("new "));
          s->new_acknowledged_at = g_get_monotonic_time ();
        }
      else if (lines[i][0] != '\0')
        {
          g_hash_table_add (s->acknowledged, g_strdup (lines[i]));
          s->n_cli_acknowledged++;
        }
    }

  s->n_running--;
}

/* A shell loop that runs `cordon journal KEY --add TAG-i` COUNT times and
 * prints each text whose command exited 0; with @open_incident, it then
 * opens an incident and prints "new KEY" */
static GSubprocess *
start_loop (Sharing    *s,
            const char *tag,
            gboolean    open_incident)
{
  static const char script[] =
    "i=0\n"
    "while [ \"$i\" -lt \"$5\" ]; do\n"
    "  \"$1\" --workspace \"$2\" journal \"$3\" --add \"$4-$i\" >/dev/null && echo \"$4-$i\"\n"
    "  i=$((i + 1))\n"
    "done\n"
    "if [ \"$6\" = yes ]; then\n"
    "  key=$(\"$1\" --workspace \"$2\" new --title '" NEW_TITLE "' --category other --severity low) &&\n"
    "    echo \"new $key\"\n"
    "fi\n";
  g_autofree char *count = g_strdup_printf ("%d", N_CLI_WRITES);
  g_autoptr(GError) error = NULL;
  GSubprocess *loop;

  loop = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                           "/bin/sh", "-c", script, "sh", g_getenv ("CORDON_BINARY"), s->path,
                           s->key, tag, count, open_incident ? "yes" : "no", NULL);
  g_assert_no_error (error);

  return loop;
}

static void
on_activate (GApplication *app,
             Sharing      *s)
{
  g_autoptr(GError) error = NULL;

  s->workspace = cordon_application_get_workspace (CORDON_APPLICATION (app));
  g_assert_nonnull (s->workspace);
  s->incident = cordon_workspace_lookup_incident (s->workspace, s->key, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < N_WRITERS; i++)
    {
      g_autofree char *tag = g_strdup_printf ("cli%u", i);
      g_autoptr(GSubprocess) loop = start_loop (s, tag, i == 0);

      g_subprocess_communicate_utf8_async (loop, NULL, NULL, on_writer_done, s);
      s->n_running++;
    }

  s->tick_id = g_timeout_add (5, on_tick, s);
  s->board_check_id = g_timeout_add (20, check_board, s);
}

static void
assert_everything_kept (Sharing *s)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CordonWorkspace) ws = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(CordonIncident) opened = NULL;
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer text;

  ws = cordon_workspace_new_full (s->path, NULL, CORDON_WORKSPACE_FLAGS_NO_CREATE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (cordon_workspace_verify (ws, NULL, NULL, &error));
  g_assert_no_error (error);

  opened = cordon_workspace_lookup_incident (ws, s->new_key, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cordon_incident_get_title (opened), ==, NEW_TITLE);

  incident = cordon_workspace_lookup_incident (ws, s->key, &error);
  g_assert_no_error (error);
  journal = cordon_workspace_list_journal (ws, incident, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (journal); i++)
    {
      g_autoptr(CordonJournalEntry) entry = g_list_model_get_item (journal, i);
      const char *entry_text = cordon_journal_entry_get_text (entry);

      g_assert_cmpint (cordon_journal_entry_get_seq (entry), ==, i + 1);
      if (cordon_journal_entry_get_kind (entry) != CORDON_JOURNAL_KIND_NOTE)
        continue;
      g_assert_false (g_hash_table_contains (seen, entry_text));
      g_hash_table_add (seen, (gpointer) entry_text);
    }

  g_hash_table_iter_init (&iter, s->acknowledged);
  while (g_hash_table_iter_next (&iter, &text, NULL))
    if (!g_hash_table_contains (seen, text))
      g_error ("the acknowledged entry “%s” is missing from the workspace", (const char *) text);
}

static void
test_window_and_scripts (void)
{
  g_autoptr(GError) error = NULL;
  Sharing s = { 0 };

  s.dir = g_dir_make_tmp ("cordon-sharing-XXXXXX", &error);
  g_assert_no_error (error);
  s.path = g_build_filename (s.dir, "shared.cordon", NULL);
  s.acknowledged = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* The incident everyone writes to, made before the window opens */
  {
    g_autoptr(CordonWorkspace) ws = cordon_workspace_new (s.path, NULL, NULL, &error);
    g_autoptr(CordonIncident) draft = cordon_incident_new ();
    g_autoptr(CordonIncident) incident = NULL;

    g_assert_no_error (error);
    cordon_incident_set_title (draft, "Shared by a window and scripts");
    cordon_incident_set_category (draft, "other");
    cordon_incident_set_severity (draft, "low");
    incident = cordon_workspace_create_incident (ws, draft, "test", &error);
    g_assert_no_error (error);
    s.key = g_strdup (cordon_incident_get_key (incident));
  }

  s.app = cordon_application_new ();
  g_application_set_flags (G_APPLICATION (s.app), G_APPLICATION_NON_UNIQUE);
  cordon_application_set_workspace_path (s.app, s.path);
  g_signal_connect_after (s.app, "activate", G_CALLBACK (on_activate), &s);
  g_assert_cmpint (g_application_run (G_APPLICATION (s.app), 0, NULL), ==, 0);
  g_clear_object (&s.incident);
  g_assert_finalize_object (s.app);

  g_assert_cmpuint (s.n_cli_acknowledged, ==, N_WRITERS * N_CLI_WRITES);
  g_assert_cmpuint (s.n_window_writes, >, 0);
  g_assert_nonnull (s.new_key);
  g_test_message ("%u entries from scripts, %u from the window, %u rounds of open/close; "
                  "the board showed the script's incident %.0f ms after it was opened",
                  s.n_cli_acknowledged, s.n_window_writes, s.n_ticks,
                  (s.new_shown_at - s.new_acknowledged_at) / 1000.0);

  assert_everything_kept (&s);

  cordon_test_remove_workspace (s.path);
  g_rmdir (s.dir);
  g_hash_table_unref (s.acknowledged);
  g_free (s.new_key);
  g_free (s.key);
  g_free (s.path);
  g_free (s.dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window-sharing/window-and-scripts", test_window_and_scripts);

  return g_test_run ();
}
