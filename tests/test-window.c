/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-window.c: the application starts, presents its main window with
 * the empty state of a workspace without incidents, quits through
 * app.quit, and leaves nothing behind.
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include <glib/gstdio.h>

#include "cordon-application.h"
#include "cordon-new-incident-dialog.h"
#include "cordon-window.h"

typedef struct
{
  GtkWindow *window;
  gboolean   was_mapped;
  char      *visible_page;
  gboolean   had_help_overlay;
} PresentState;

static gboolean
check_and_quit (gpointer user_data)
{
  PresentState *state = user_data;
  GApplication *app = g_application_get_default ();

  state->was_mapped = gtk_widget_get_mapped (GTK_WIDGET (state->window));
  state->visible_page = g_strdup (cordon_window_get_visible_page (CORDON_WINDOW (state->window)));
  state->had_help_overlay =
    gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (state->window)) != NULL;

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);

  return G_SOURCE_REMOVE;
}

static void
on_window_mapped (GtkWidget    *widget,
                  PresentState *state)
{
  g_idle_add (check_and_quit, state);
}

static void
on_activate (GApplication *app,
             PresentState *state)
{
  state->window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_nonnull (state->window);
  g_assert_true (CORDON_IS_WINDOW (state->window));
  g_object_add_weak_pointer (G_OBJECT (state->window), (gpointer *) &state->window);

  if (gtk_widget_get_mapped (GTK_WIDGET (state->window)))
    g_idle_add (check_and_quit, state);
  else
    g_signal_connect (state->window, "map", G_CALLBACK (on_window_mapped), state);
}

static CordonApplication *
create_application (void)
{
  CordonApplication *app = cordon_application_new ();

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);

  return app;
}

/* The close button of the toast the window shows, if one is shown */
static GtkWidget *
find_toast_close_button (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY) != NULL
      && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "window-close-symbolic") == 0
      && g_strcmp0 (G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)), "AdwToastWidget") == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toast_close_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_window_presented_and_quit (void)
{
  CordonApplication *app = create_application ();
  PresentState state = { 0 };
  int status;

  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), &state);
  status = g_application_run (G_APPLICATION (app), 0, NULL);
  g_assert_cmpint (status, ==, 0);

  g_assert_true (state.was_mapped);
  /* A workspace without incidents shows its empty state. */
  g_assert_cmpstr (state.visible_page, ==, "empty");
  /* Ctrl+? opens the shortcuts window. */
  g_assert_true (state.had_help_overlay);

  /* app.quit closed the window, and nothing keeps it or the application alive. */
  g_assert_null (state.window);
  g_assert_finalize_object (app);

  g_free (state.visible_page);
}

static void
on_activate_accels (GApplication *app,
                    gpointer      user_data)
{
  g_auto(GStrv) quit = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  g_auto(GStrv) prefs = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.preferences");
  g_auto(GStrv) help = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay");

  g_assert_cmpstrv (quit, ((const char *[]) { "<Control>q", NULL }));
  g_assert_cmpstrv (prefs, ((const char *[]) { "<Control>comma", NULL }));
  g_assert_true (g_strv_contains ((const char * const *) help, "<Control>question"));

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static void
test_window_accels (void)
{
  CordonApplication *app = create_application ();

  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_accels), NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_finalize_object (app);
}

static void
on_activate_resize (GApplication *app,
                    gpointer      user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  GSettings *settings = cordon_application_get_settings (CORDON_APPLICATION (app));
  int width, height;

  /* The size saved last time is restored. */
  gtk_window_get_default_size (window, &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 700);

  /* A resize is written back to the settings. */
  gtk_window_set_default_size (window, 1000, 750);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 750);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static void
on_startup_set_size (GApplication *app,
                     gpointer      user_data)
{
  GSettings *settings = cordon_application_get_settings (CORDON_APPLICATION (app));

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 700);
}

static void
test_window_size_saved (void)
{
  CordonApplication *app = create_application ();

  g_signal_connect_after (app, "startup", G_CALLBACK (on_startup_set_size), NULL);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_resize), NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_finalize_object (app);
}

static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* A file that is not a workspace: the window says why, and the file is
 * left exactly as it was. */
static void
on_activate_refused (GApplication *app,
                     char        **page)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  drain ();
  *page = g_strdup (cordon_window_get_visible_page (CORDON_WINDOW (window)));
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static void
test_window_refused_workspace (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cordon-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "notes.cordon", NULL);
  g_autofree char *page = NULL;
  g_autofree char *after = NULL;
  const char *notes = "Call the CISO at 10.\n";
  CordonApplication *app = create_application ();

  g_assert_true (g_file_set_contents (path, notes, -1, NULL));
  cordon_application_set_workspace_path (app, path);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_refused), &page);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_finalize_object (app);

  g_assert_cmpstr (page, ==, "error");
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, notes);
  g_unlink (path);
  g_rmdir (dir);
}

/* The Shortcuts window shows every shortcut without a warning from GTK
 * (warnings are fatal here) */
static void
on_activate_shortcuts (GApplication *app,
                       gpointer      user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  GtkWindow *overlay;

  drain ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  overlay = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_nonnull (overlay);
  while (!gtk_widget_get_mapped (GTK_WIDGET (overlay)))
    g_main_context_iteration (NULL, TRUE);
  drain ();
  gtk_window_close (overlay);
  drain ();
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static void
test_window_shortcuts (void)
{
  CordonApplication *app = create_application ();

  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_shortcuts), NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_finalize_object (app);
}

/* New incident from the window, straight to its page, and back. */
static void
on_activate_flow (GApplication *app,
                  gpointer      user_data)
{
  CordonWindow *window = CORDON_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  CordonNewIncidentDialog *dialog = NULL;
  GtkWidget *title_row;
  GList *toplevels;

  drain ();
  g_assert_cmpstr (cordon_window_get_visible_page (window), ==, "empty");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-incident", NULL);
  drain ();
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      if (CORDON_IS_NEW_INCIDENT_DIALOG (l->data))
        dialog = l->data;
    }
  g_list_free (toplevels);
  g_assert_nonnull (dialog);

  title_row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), CORDON_TYPE_NEW_INCIDENT_DIALOG, "title_row"));
  gtk_editable_set_text (GTK_EDITABLE (title_row), "Suspicious PowerShell on a sales laptop");
  g_assert_true (cordon_new_incident_dialog_create (dialog, NULL));
  drain ();

  g_assert_cmpstr (cordon_window_get_visible_page (window), ==, "incident");
  g_assert_cmpstr (cordon_incident_get_title (cordon_incident_page_get_incident (cordon_window_get_incident_page (window))),
                   ==, "Suspicious PowerShell on a sales laptop");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-board", NULL);
  drain ();
  g_assert_cmpstr (cordon_window_get_visible_page (window), ==, "board");
  /* The toast that told of the new incident can be dismissed by a
   * screen reader's user: its close button has a name. */
  {
    GtkWidget *close = find_toast_close_button (GTK_WIDGET (window));

    g_assert_nonnull (close);
    gtk_test_accessible_assert_property (GTK_ACCESSIBLE (close), GTK_ACCESSIBLE_PROPERTY_LABEL, "Dismiss");
  }

  /* The view buttons switch the board between its two views. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("table"));
  g_assert_cmpstr (cordon_board_get_view (cordon_window_get_board (window)), ==, "table");

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static void
test_window_open_incident (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cordon-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "ws.cordon", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  CordonApplication *app = create_application ();

  cordon_application_set_workspace_path (app, path);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_flow), NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_finalize_object (app);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

/* Import Incidents…: a TheHive case arrives, a broken file brings nothing
 * and says why */
static void
on_activate_import (GApplication *app,
                    gpointer      user_data)
{
  CordonWindow *window = CORDON_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  CordonWorkspace *workspace = cordon_application_get_workspace (CORDON_APPLICATION (app));
  g_autofree char *good = g_test_build_filename (G_TEST_DIST, "data", "interchange", "thehive-case.json", NULL);
  g_autofree char *bad = g_build_filename (g_get_tmp_dir (), "cordon-window-bad-import.json", NULL);
  AdwMessageDialog *message = NULL;
  GList *toplevels;

  drain ();
  g_assert_cmpuint (g_list_model_get_n_items (cordon_workspace_get_incidents (workspace)), ==, 0);

  cordon_window_import_file (window, good);
  drain ();
  g_assert_cmpuint (g_list_model_get_n_items (cordon_workspace_get_incidents (workspace)), ==, 1);
  g_assert_cmpstr (cordon_window_get_visible_page (window), ==, "board");

  g_assert_true (g_file_set_contents (bad, "{\"_type\": \"Case\", \"title\": ", -1, NULL));
  cordon_window_import_file (window, bad);
  drain ();
  g_assert_cmpuint (g_list_model_get_n_items (cordon_workspace_get_incidents (workspace)), ==, 1);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      message = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (message);
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Nothing Was Imported");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "cordon-window-bad-import.json"));
  g_unlink (bad);

  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
}

static void
test_window_import (void)
{
  g_autofree char *dir = g_dir_make_tmp ("cordon-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "ws.cordon", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  CordonApplication *app = create_application ();

  cordon_application_set_workspace_path (app, path);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_import), NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_finalize_object (app);

  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (dir);
}

/* Run in background: closing the window leaves the application running;
 * Quit still ends it. */
typedef struct
{
  gboolean still_running;
} BackgroundState;

static gboolean
check_still_running (gpointer user_data)
{
  BackgroundState *state = user_data;
  GApplication *app = g_application_get_default ();

  state->still_running = gtk_application_get_windows (GTK_APPLICATION (app)) == NULL;
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);

  return G_SOURCE_REMOVE;
}

static void
on_startup_background (GApplication *app,
                       gpointer      user_data)
{
  g_settings_set_boolean (cordon_application_get_settings (CORDON_APPLICATION (app)), "run-in-background", TRUE);
}

static void
on_activate_background (GApplication    *app,
                        BackgroundState *state)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  drain ();
  gtk_window_destroy (window);
  g_timeout_add (100, check_still_running, state);
}

static void
test_window_run_in_background (void)
{
  CordonApplication *app = create_application ();
  BackgroundState state = { FALSE };

  g_signal_connect_after (app, "startup", G_CALLBACK (on_startup_background), NULL);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_background), &state);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);
  g_assert_true (state.still_running);
  g_assert_finalize_object (app);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/window/presented-and-quit", test_window_presented_and_quit);
  g_test_add_func ("/window/accels", test_window_accels);
  g_test_add_func ("/window/shortcuts", test_window_shortcuts);
  g_test_add_func ("/window/size-saved", test_window_size_saved);
  g_test_add_func ("/window/refused-workspace", test_window_refused_workspace);
  g_test_add_func ("/window/open-incident", test_window_open_incident);
  g_test_add_func ("/window/import", test_window_import);
  g_test_add_func ("/window/run-in-background", test_window_run_in_background);

  return g_test_run ();
}
