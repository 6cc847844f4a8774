/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-board-gui.c: the board on a large workspace, in a real window
 * (run it under Xvfb). Prints, in seconds: the time to open the workspace
 * and show the board until every column is filled; then, for a search and
 * a severity filter, the time until the filtered result is complete; and
 * for each, the longest the main loop went without running (a stall the
 * user would feel as a frozen window).
 *
 *   bench-board-gui WORKSPACE
 */

#include "config.h"

#include <adwaita.h>

#include "cordon-board.h"
#include "cordon-resources.h"
#include "cordon-workspace.h"

static gint64 last_tick;
static gint64 longest_stall;

/* A timeout at the highest priority measures how long the loop was away. */
static gboolean
tick (gpointer user_data)
{
  gint64 now = g_get_monotonic_time ();

  if (last_tick != 0 && now - last_tick > longest_stall)
    longest_stall = now - last_tick;
  last_tick = now;

  return G_SOURCE_CONTINUE;
}

static double
run_until_settled (CordonBoard *board)
{
  gint64 start = g_get_monotonic_time ();

  last_tick = 0;
  longest_stall = 0;
  do
    g_main_context_iteration (NULL, TRUE);
  while (cordon_board_is_filtering (board));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  return (g_get_monotonic_time () - start) / 1e6;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  CordonBoard *board;
  GtkWindow *window;
  gint64 start;
  double open_s, open_stall, search_s, search_stall, severity_s, severity_stall, frame_stall;
  guint visible;

  if (argc != 2)
    {
      g_printerr ("usage: %s WORKSPACE\n", argv[0]);
      return 1;
    }

  gtk_init ();
  adw_init ();
  cordon_register_resource ();
  g_timeout_add_full (G_PRIORITY_HIGH, 1, tick, NULL, NULL);

  start = g_get_monotonic_time ();
  workspace = cordon_workspace_new (argv[1], NULL, NULL, &error);
  if (workspace == NULL)
    g_error ("%s", error->message);

  board = cordon_board_new ();
  cordon_board_set_workspace (board, workspace);
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 1400, 900);
  gtk_window_set_child (window, GTK_WIDGET (board));
  gtk_window_present (window);
  run_until_settled (board);
  open_s = (g_get_monotonic_time () - start) / 1e6;
  open_stall = longest_stall / 1e6;

  /* What one frame of this window costs here, for comparison: software
   * rendering under Xvfb is far slower than a desktop's GPU. */
  last_tick = 0;
  longest_stall = 0;
  for (guint i = 0; i < 5; i++)
    {
      gint64 until = g_get_monotonic_time () + 50000;

      gtk_widget_queue_draw (GTK_WIDGET (window));
      gtk_widget_queue_resize (GTK_WIDGET (board));
      while (g_get_monotonic_time () < until)
        g_main_context_iteration (NULL, FALSE);
    }
  frame_stall = longest_stall / 1e6;

  cordon_board_set_search_text (board, "ransomware");
  search_s = run_until_settled (board);
  search_stall = longest_stall / 1e6;
  visible = g_list_model_get_n_items (cordon_board_get_visible (board));

  cordon_board_set_search_text (board, "");
  run_until_settled (board);
  cordon_board_filter_set_severity (cordon_board_get_filter (board), "critical");
  severity_s = run_until_settled (board);
  severity_stall = longest_stall / 1e6;

  /* items open-s open-stall-s search-s search-stall-s matches severity-s severity-stall-s frame-s */
  g_print ("%u %.3f %.3f %.3f %.3f %u %.3f %.3f %.3f\n",
           g_list_model_get_n_items (cordon_workspace_get_incidents (workspace)),
           open_s, open_stall, search_s, search_stall, visible, severity_s, severity_stall, frame_stall);

  gtk_window_destroy (window);

  return 0;
}
