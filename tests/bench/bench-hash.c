/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-hash FILE: hashes FILE twice, as Cordon does for evidence.
 * First in the calling thread (what `cordon evidence --add` does), then in
 * a window: the worker-thread hash with a progress bar, as the Evidence
 * tab runs it, while a timeout at the highest priority measures the
 * longest the main loop went without running. Prints one line:
 *
 *   <sync seconds> <window seconds> <longest stall seconds> <sha256>
 *   <longest stall seconds with a bare thread hashing, the baseline>
 *   <sync seconds of CPU, user and system>
 */

#include "config.h"

#include <adwaita.h>
#include <sys/resource.h>

#include "cordon-file-hasher.h"

static double
cpu_seconds (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);

  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec
         + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

static gint64 last_tick;
static gint64 longest_stall;

static gboolean
tick (gpointer data)
{
  gint64 now = g_get_monotonic_time ();

  if (last_tick != 0 && now - last_tick > longest_stall)
    longest_stall = now - last_tick;
  last_tick = now;

  return G_SOURCE_CONTINUE;
}

static int baseline_done;

static gpointer
baseline_thread (gpointer data)
{
  char *hash = cordon_sha256_file (data, NULL, NULL, NULL);

  g_atomic_int_set (&baseline_done, TRUE);
  g_main_context_wakeup (NULL);

  return hash;
}

static void
on_progress (CordonFileHasher *hasher,
             GParamSpec       *pspec,
             GtkProgressBar   *bar)
{
  gtk_progress_bar_set_fraction (bar, cordon_file_hasher_get_fraction (hasher));
}

static void
on_hashed (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(CordonFileHasher) hasher = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *sync_hash = NULL;
  g_autofree char *async_hash = NULL;
  GtkWidget *window;
  GtkWidget *bar;
  gint64 start;
  double sync_s, async_s, sync_cpu;

  if (argc != 2)
    {
      g_printerr ("usage: bench-hash FILE\n");
      return 1;
    }

  sync_cpu = cpu_seconds ();
  start = g_get_monotonic_time ();
  sync_hash = cordon_sha256_file (argv[1], NULL, NULL, &error);
  sync_s = (g_get_monotonic_time () - start) / 1e6;
  sync_cpu = cpu_seconds () - sync_cpu;
  if (sync_hash == NULL)
    {
      g_printerr ("bench-hash: %s\n", error->message);
      return 1;
    }

  adw_init ();
  window = gtk_window_new ();
  bar = gtk_progress_bar_new ();
  gtk_window_set_child (GTK_WINDOW (window), bar);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 100);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);

  file = g_file_new_for_commandline_arg (argv[1]);
  hasher = cordon_file_hasher_new (file);
  g_signal_connect (hasher, "notify::fraction", G_CALLBACK (on_progress), bar);
  g_timeout_add_full (G_PRIORITY_HIGH, 1, tick, NULL, NULL);

  start = g_get_monotonic_time ();
  last_tick = 0;
  longest_stall = 0;
  cordon_file_hasher_hash_async (hasher, NULL, on_hashed, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  async_s = (g_get_monotonic_time () - start) / 1e6;

  async_hash = cordon_file_hasher_hash_finish (hasher, result, &error);
  if (async_hash == NULL || !g_str_equal (async_hash, sync_hash))
    {
      g_printerr ("bench-hash: the two hashes differ\n");
      return 1;
    }

  /* The baseline, in the same run: the same hash in a bare thread, with
   * no progress reports and no GTask, while the window ticks. What the
   * machine's scheduler costs the main loop under this load shows here;
   * the difference with the stall above is what Cordon adds. */
  {
    gint64 hashing_stall = longest_stall;
    GThread *thread;
    char *baseline_hash;

    last_tick = 0;
    longest_stall = 0;
    baseline_done = FALSE;
    thread = g_thread_new ("baseline-hash", baseline_thread, argv[1]);
    while (!g_atomic_int_get (&baseline_done))
      g_main_context_iteration (NULL, TRUE);
    baseline_hash = g_thread_join (thread);
    if (g_strcmp0 (baseline_hash, sync_hash) != 0)
      {
        g_printerr ("bench-hash: the baseline hash differs\n");
        return 1;
      }
    g_free (baseline_hash);

    g_print ("%.3f %.3f %.4f %s %.4f %.3f\n", sync_s, async_s, hashing_stall / 1e6, sync_hash,
             longest_stall / 1e6, sync_cpu);
  }
  gtk_window_destroy (GTK_WINDOW (window));

  return 0;
}
