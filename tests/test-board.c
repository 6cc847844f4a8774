/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-board.c: the board and the window as a lead uses them, with real
 * widgets under Xvfb on a real workspace file: open an incident through
 * the dialog, find it in both views, filter it out and back, move it with
 * a reason, and see a refused move explained.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "cordon-application.h"
#include "cordon-board.h"
#include "cordon-fact.h"
#include "cordon-incident.h"
#include "cordon-journal-entry.h"
#include "cordon-manual-clock.h"
#include "cordon-move-dialog.h"
#include "cordon-new-incident-dialog.h"
#include "cordon-resources.h"
#include "cordon-test-util.h"
#include "cordon-window.h"
#include "cordon-workspace.h"

typedef struct
{
  char              *dir;
  char              *path;
  CordonManualClock *clock;
  CordonWorkspace   *workspace;
  GtkWindow         *window;
  CordonBoard       *board;
} Fixture;

static void
iterate_until_idle (CordonBoard *board)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_main_context_iteration (NULL, FALSE))
    ;
  while (board != NULL && cordon_board_is_filtering (board) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 3, 1, 9, 0, 0);
  GError *error = NULL;

  fixture->dir = g_dir_make_tmp ("cordon-board-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "ws.cordon", NULL);
  fixture->clock = cordon_manual_clock_new (start);
  fixture->workspace = cordon_workspace_new (fixture->path, CORDON_CLOCK (fixture->clock), NULL, &error);
  g_assert_no_error (error);

  fixture->board = cordon_board_new ();
  cordon_board_set_workspace (fixture->board, fixture->workspace);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1400, 800);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->board));
  gtk_window_present (fixture->window);
  iterate_until_idle (fixture->board);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);
  CordonBoard *board = fixture->board;

  g_object_add_weak_pointer (G_OBJECT (board), (gpointer *) &board);
  gtk_window_destroy (fixture->window);
  iterate_until_idle (NULL);
  g_assert_null (board);

  g_assert_finalize_object (fixture->workspace);
  g_clear_object (&fixture->clock);
  g_unlink (fixture->path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static CordonIncident *
open_through_dialog (Fixture    *fixture,
                     const char *title,
                     const char *detected,
                     guint       severity_index)
{
  CordonNewIncidentDialog *dialog = cordon_new_incident_dialog_new (fixture->window, fixture->workspace);
  GtkWidget *title_row, *lead_row, *detected_row, *severity_row, *category_row, *create_button;
  g_autoptr(CordonIncident) created = NULL;
  GError *error = NULL;
  guint n_before = g_list_model_get_n_items (cordon_board_get_column (fixture->board, CORDON_PHASE_DETECTED));

  gtk_window_present (GTK_WINDOW (dialog));
  iterate_until_idle (NULL);

  title_row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), CORDON_TYPE_NEW_INCIDENT_DIALOG, "title_row"));
  detected_row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), CORDON_TYPE_NEW_INCIDENT_DIALOG, "detected_row"));
  severity_row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), CORDON_TYPE_NEW_INCIDENT_DIALOG, "severity_row"));
  lead_row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), CORDON_TYPE_NEW_INCIDENT_DIALOG, "lead_row"));
  category_row = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), CORDON_TYPE_NEW_INCIDENT_DIALOG, "category_row"));
  create_button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog), CORDON_TYPE_NEW_INCIDENT_DIALOG, "create_button"));

  /* Without a title, Create is not offered. */
  g_assert_false (gtk_widget_get_sensitive (create_button));

  /* Enter in a line goes on to the next field, down to the
   * classification: nothing is opened with a category and severity
   * nobody looked at */
  gtk_editable_set_text (GTK_EDITABLE (title_row), title);
  g_assert_true (gtk_widget_get_sensitive (create_button));
  cordon_test_press_enter (title_row);
  iterate_until_idle (NULL);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)), lead_row));
  cordon_test_press_enter (detected_row);
  iterate_until_idle (NULL);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (dialog)) == category_row ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (dialog)), category_row));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpuint (g_list_model_get_n_items (cordon_board_get_column (fixture->board, CORDON_PHASE_DETECTED)), ==,
                    n_before);

  gtk_editable_set_text (GTK_EDITABLE (detected_row), "yesterday-ish");
  g_assert_true (gtk_widget_has_css_class (detected_row, "error"));
  gtk_editable_set_text (GTK_EDITABLE (detected_row), detected);
  g_assert_false (gtk_widget_has_css_class (detected_row, "error"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (severity_row), severity_index);

  g_signal_connect_swapped (dialog, "created", G_CALLBACK (g_set_object), &created);
  g_assert_true (cordon_new_incident_dialog_create (dialog, &error));
  g_assert_no_error (error);
  g_assert_nonnull (created);
  iterate_until_idle (fixture->board);

  return g_object_ref (created);
}

static void
test_board_open_and_find (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(CordonIncident) a = open_through_dialog (fixture, "Ransomware on the file servers", "2026-03-01 08:15", 2);
  g_autoptr(CordonIncident) b = open_through_dialog (fixture, "Phishing wave against finance", "2026-03-01 08:40", 0);

  g_assert_cmpstr (cordon_incident_get_key (a), ==, "INC-2026-0001");
  g_assert_cmpstr (cordon_incident_get_severity (a), ==, "high");
  g_assert_cmpstr (cordon_incident_get_severity (b), ==, "low");

  /* Both on the Kanban's first column and in the table. */
  g_assert_cmpuint (g_list_model_get_n_items (cordon_board_get_column (fixture->board, CORDON_PHASE_DETECTED)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (cordon_board_get_visible (fixture->board)), ==, 2);
  cordon_board_set_view (fixture->board, "table");
  iterate_until_idle (fixture->board);
  g_assert_cmpstr (cordon_board_get_view (fixture->board), ==, "table");
}

static void
test_board_filter (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CordonIncident) a = open_through_dialog (fixture, "Ransomware on the file servers", "2026-03-01 08:15", 2);
  g_autoptr(CordonIncident) b = open_through_dialog (fixture, "Phishing wave against finance", "2026-03-01 08:40", 0);
  g_autoptr(CordonFact) fact = cordon_fact_new ();
  GtkDropDown *severity_dropdown;
  GtkStack *stack;
  GError *error = NULL;

  stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (fixture->board), CORDON_TYPE_BOARD, "stack"));
  severity_dropdown = GTK_DROP_DOWN (gtk_widget_get_template_child (GTK_WIDGET (fixture->board), CORDON_TYPE_BOARD, "severity_dropdown"));

  /* Text over titles, case-insensitive */
  cordon_board_set_search_mode (fixture->board, TRUE);
  cordon_board_set_search_text (fixture->board, "RANSOM");
  iterate_until_idle (fixture->board);
  g_assert_cmpuint (g_list_model_get_n_items (cordon_board_get_visible (fixture->board)), ==, 1);

  /* Over facts */
  cordon_fact_set_kind (fact, CORDON_FACT_KIND_IP);
  cordon_fact_set_value (fact, "203.0.113.77");
  g_assert_true (cordon_workspace_add_fact (fixture->workspace, b, fact, &error));
  g_assert_no_error (error);
  cordon_board_set_search_text (fixture->board, "203.0.113");
  iterate_until_idle (fixture->board);
  g_assert_cmpuint (g_list_model_get_n_items (cordon_board_get_visible (fixture->board)), ==, 1);
  {
    g_autoptr(CordonIncident) found = g_list_model_get_item (cordon_board_get_visible (fixture->board), 0);
    g_assert_true (found == b);
  }

  /* Nothing matches: the board says so. */
  cordon_board_set_search_text (fixture->board, "no such thing");
  iterate_until_idle (fixture->board);
  g_assert_cmpuint (g_list_model_get_n_items (cordon_board_get_visible (fixture->board)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "no-results");

  /* And back. */
  cordon_board_set_search_text (fixture->board, "");
  iterate_until_idle (fixture->board);
  g_assert_cmpuint (g_list_model_get_n_items (cordon_board_get_visible (fixture->board)), ==, 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "kanban");

  /* Severity: the dropdown lists "All" then the severities in order. */
  gtk_drop_down_set_selected (severity_dropdown, 3); /* high */
  iterate_until_idle (fixture->board);
  g_assert_cmpuint (g_list_model_get_n_items (cordon_board_get_visible (fixture->board)), ==, 1);
  gtk_drop_down_set_selected (severity_dropdown, 0);
  iterate_until_idle (fixture->board);
  g_assert_cmpuint (g_list_model_get_n_items (cordon_board_get_visible (fixture->board)), ==, 2);
}

static void
test_board_move_with_reason (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(CordonIncident) a = open_through_dialog (fixture, "Ransomware on the file servers", "2026-03-01 08:15", 2);
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(CordonJournalEntry) last = NULL;
  CordonMoveDialog *dialog;
  GError *error = NULL;

  /* Skipping classification is explained, not asked for. */
  g_assert_null (cordon_move_dialog_present (GTK_WIDGET (fixture->board), fixture->workspace, a, CORDON_PHASE_ANALYSIS));
  iterate_until_idle (fixture->board);
  g_assert_cmpint (cordon_incident_get_phase (a), ==, CORDON_PHASE_DETECTED);

  dialog = cordon_move_dialog_present (GTK_WIDGET (fixture->board), fixture->workspace, a, CORDON_PHASE_CLASSIFIED);
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "move"));
  cordon_move_dialog_set_reason (dialog, "Triaged: confirmed encryption on two shares");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "move"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "move");
  iterate_until_idle (fixture->board);

  g_assert_cmpint (cordon_incident_get_phase (a), ==, CORDON_PHASE_CLASSIFIED);
  g_assert_cmpuint (g_list_model_get_n_items (cordon_board_get_column (fixture->board, CORDON_PHASE_DETECTED)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (cordon_board_get_column (fixture->board, CORDON_PHASE_CLASSIFIED)), ==, 1);

  journal = cordon_workspace_list_journal (fixture->workspace, a, &error);
  g_assert_no_error (error);
  last = g_list_model_get_item (journal, g_list_model_get_n_items (journal) - 1);
  g_assert_cmpint (cordon_journal_entry_get_kind (last), ==, CORDON_JOURNAL_KIND_PHASE_CHANGE);
  g_assert_cmpstr (cordon_journal_entry_get_text (last), ==, "Triaged: confirmed encryption on two shares");
}

static CordonIncident *
create_direct (Fixture    *fixture,
               const char *title,
               const char *severity)
{
  g_autoptr(CordonIncident) draft = cordon_incident_new ();
  GError *error = NULL;
  CordonIncident *incident;

  cordon_incident_set_title (draft, title);
  cordon_incident_set_category (draft, "malicious-code");
  cordon_incident_set_severity (draft, severity);
  incident = cordon_workspace_create_incident (fixture->workspace, draft, "Dana Reyes", &error);
  g_assert_no_error (error);

  return incident;
}

/* A column puts the most severe first, then the oldest; a change of
 * severity moves the card. */
static void
test_board_column_order (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(CordonIncident) low = create_direct (fixture, "Port scan", "low");
  g_autoptr(CordonIncident) critical = create_direct (fixture, "Ransomware", "critical");
  g_autoptr(CordonIncident) medium = create_direct (fixture, "Phishing", "medium");
  g_autoptr(CordonIncident) medium2 = create_direct (fixture, "Phishing again", "medium");
  GListModel *column;
  GError *error = NULL;
  CordonIncident *expected[4];

  iterate_until_idle (fixture->board);
  column = cordon_board_get_column (fixture->board, CORDON_PHASE_DETECTED);
  expected[0] = critical;
  expected[1] = medium;
  expected[2] = medium2;
  expected[3] = low;
  g_assert_cmpuint (g_list_model_get_n_items (column), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(CordonIncident) item = g_list_model_get_item (column, i);
      g_assert_true (item == expected[i]);
    }

  g_assert_true (cordon_workspace_reclassify (fixture->workspace, low, NULL, "high", "Worm spreading", "Sam", &error));
  g_assert_no_error (error);
  iterate_until_idle (fixture->board);
  {
    g_autoptr(CordonIncident) second = g_list_model_get_item (column, 1);
    g_assert_true (second == low);
    g_assert_cmpuint (g_list_model_get_n_items (column), ==, 4);
  }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  cordon_register_resource ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/board/open-and-find", test_board_open_and_find);
  ADD ("/board/filter", test_board_filter);
  ADD ("/board/move-with-reason", test_board_move_with_reason);
  ADD ("/board/column-order", test_board_column_order);
#undef ADD

  return g_test_run ();
}
