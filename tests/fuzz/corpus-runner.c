/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * corpus-runner.c: runs a fuzz target over files, for builds without
 * libFuzzer: every regular file in each folder given (or each file
 * given) goes once through LLVMFuzzerTestOneInput. The default test
 * suite runs each target over its seed corpus this way.
 */

#include "config.h"

#include <glib.h>

#include "fuzz-common.h"

static guint n_run;

static void
run_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize size;

  if (!g_file_get_contents (path, &contents, &size, &error))
    g_error ("%s", error->message);

  LLVMFuzzerTestOneInput ((const uint8_t *) contents, size);
  n_run++;
}

int
main (int   argc,
      char *argv[])
{
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GDir) dir = NULL;
      g_autoptr(GPtrArray) names = NULL;
      const char *name;

      if (!g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          run_file (argv[i]);
          continue;
        }

      dir = g_dir_open (argv[i], 0, NULL);
      names = g_ptr_array_new_with_free_func (g_free);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (names, g_build_filename (argv[i], name, NULL));
      g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);

      for (guint j = 0; j < names->len; j++)
        {
          if (g_file_test (names->pdata[j], G_FILE_TEST_IS_REGULAR))
            run_file (names->pdata[j]);
        }
    }

  g_print ("%u inputs run, no crash\n", n_run);

  return n_run > 0 ? 0 : 1;
}
