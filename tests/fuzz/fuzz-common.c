/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fuzz-common.c: a scratch workspace for the importers' fuzz targets.
 * It lives in a private folder and is replaced after a few hundred
 * imports, so that it does not grow without end over millions of runs.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "fuzz-common.h"

static char *fuzz_dir;
static CordonWorkspace *workspace;
static guint n_imported;

static void
remove_dir (void)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (fuzz_dir == NULL)
    return;

  g_clear_object (&workspace);
  dir = g_dir_open (fuzz_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (fuzz_dir, name, NULL);
      g_remove (child);
    }
  g_rmdir (fuzz_dir);
  g_clear_pointer (&fuzz_dir, g_free);
}

CordonWorkspace *
fuzz_workspace (void)
{
  g_autoptr(GError) error = NULL;

  if (workspace != NULL && n_imported < 256)
    return workspace;

  remove_dir ();
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  if (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) && access ("/dev/shm", W_OK) == 0)
    fuzz_dir = g_build_filename ("/dev/shm", "cordon-fuzz-XXXXXX", NULL);
  else
    fuzz_dir = g_build_filename (g_get_tmp_dir (), "cordon-fuzz-XXXXXX", NULL);
  if (g_mkdtemp (fuzz_dir) == NULL)
    g_error ("cannot make a folder for the fuzz workspace");

  {
    g_autofree char *path = g_build_filename (fuzz_dir, "fuzz.cordon", NULL);

    workspace = cordon_workspace_new (path, NULL, NULL, &error);
  }
  if (workspace == NULL)
    g_error ("cannot open the fuzz workspace: %s", error->message);

  atexit (remove_dir);
  n_imported = 0;

  return workspace;
}

void
fuzz_import (CordonInterchangeFormat  format,
             const uint8_t           *data,
             size_t                   size)
{
  CordonWorkspace *ws = fuzz_workspace ();
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  guint before = g_list_model_get_n_items (cordon_workspace_get_incidents (ws));
  guint64 n = 0;

  if (cordon_interchange_import_bytes (ws, bytes, "fuzz.json", format, &n, &error))
    {
      n_imported += n + 1;
      return;
    }

  /* A refused file names itself and changes nothing */
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "fuzz.json") ||
                 g_str_has_prefix (error->message, "Cordon"));
  g_assert_cmpuint (g_list_model_get_n_items (cordon_workspace_get_incidents (ws)), ==, before);
  g_assert_cmpuint (n, ==, 0);
}
