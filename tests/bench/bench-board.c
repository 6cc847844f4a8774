/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-board.c: opens a workspace and fills the board's model, the way
 * the window does at start, and prints the time it took and the peak
 * memory of the process.
 *
 *   bench-board WORKSPACE
 */

#include "config.h"

#include <sys/resource.h>

#include "cordon-incident.h"
#include "cordon-workspace.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  GListModel *incidents;
  gint64 start, opened, end;
  guint n_items;
  guint n_open = 0;

  if (argc != 2)
    {
      g_printerr ("usage: %s WORKSPACE\n", argv[0]);
      return 1;
    }

  start = g_get_monotonic_time ();
  workspace = cordon_workspace_new (argv[1], NULL, NULL, &error);
  if (workspace == NULL)
    g_error ("%s", error->message);

  opened = g_get_monotonic_time ();
  incidents = cordon_workspace_get_incidents (workspace);
  n_items = g_list_model_get_n_items (incidents);

  /* Touch every item as a list view scrolled end to end would. */
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(CordonIncident) incident = g_list_model_get_item (incidents, i);

      if (cordon_incident_is_open (incident))
        n_open++;
    }
  end = g_get_monotonic_time ();

  getrusage (RUSAGE_SELF, &usage);
  /* items, open items, seconds in all, KiB peak, seconds to open, seconds to fill */
  g_print ("%u %u %.3f %ld %.3f %.3f\n", n_items, n_open, (end - start) / 1e6, usage.ru_maxrss,
           (opened - start) / 1e6, (end - opened) / 1e6);

  return 0;
}
