/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fuzz-common.c: a scratch workspace for the importers' fuzz targets, in
 * a private folder: a fresh copy of a new workspace for every input.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "fuzz-common.h"

static char *fuzz_dir;
static CordonWorkspace *template;
static char *input_path;
static CordonWorkspace *current;   /* the copy the next input goes to */
static guint n_inputs;             /* inputs it has had */

static void
remove_dir (void)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (fuzz_dir == NULL)
    return;

  g_clear_object (&current);
  g_clear_object (&template);
  dir = g_dir_open (fuzz_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (fuzz_dir, name, NULL);
      g_remove (child);
    }
  g_rmdir (fuzz_dir);
  g_clear_pointer (&fuzz_dir, g_free);
  g_clear_pointer (&input_path, g_free);
}

/* A new workspace, made once: every input starts from a copy of it */
static CordonWorkspace *
template_workspace (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (template != NULL)
    return template;

  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  if (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) && access ("/dev/shm", W_OK) == 0)
    fuzz_dir = g_build_filename ("/dev/shm", "cordon-fuzz-XXXXXX", NULL);
  else
    fuzz_dir = g_build_filename (g_get_tmp_dir (), "cordon-fuzz-XXXXXX", NULL);
  if (g_mkdtemp (fuzz_dir) == NULL)
    g_error ("cannot make a folder for the fuzz workspace");

  path = g_build_filename (fuzz_dir, "template.cordon", NULL);
  input_path = g_build_filename (fuzz_dir, "input.cordon", NULL);
  template = cordon_workspace_new (path, NULL, NULL, &error);
  if (template == NULL)
    g_error ("cannot make the fuzz workspace: %s", error->message);

  atexit (remove_dir);

  return template;
}

/* Removes the copy an input was imported into, once it is closed */
static void
remove_input (void)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (input_path, suffixes[i], NULL);
      g_remove (path);
    }
}

/* Each input is imported into a copy of a new workspace (SQLite's backup
 * of the template). Under libFuzzer every input gets its own copy, closed
 * after it: a crash reproduces from that input alone, and a run frees
 * what it allocated, so libFuzzer has no reason to scan the whole heap
 * for leaks after every input (which, with one workspace filling up over
 * hundreds of imports, was most of the targets' time). The corpus runner,
 * which looks for leaks only at exit, under a slow unwinder that makes an
 * open and a close cost more than an import, uses a copy for 256 inputs. */
#ifdef CORDON_FUZZ_CORPUS_RUNNER
#define INPUTS_PER_COPY 256
#else
#define INPUTS_PER_COPY 1
#endif

static void
close_current (void)
{
  g_clear_object (&current);
  remove_input ();
}

CordonWorkspace *
fuzz_workspace (void)
{
  g_autoptr(GError) error = NULL;
  CordonWorkspace *source;

  if (current != NULL && n_inputs < INPUTS_PER_COPY)
    return current;

  close_current ();
  source = template_workspace ();
  if (!cordon_workspace_backup (source, input_path, &error))
    g_error ("cannot copy the fuzz workspace: %s", error->message);

  current = cordon_workspace_new_full (input_path, NULL, CORDON_WORKSPACE_FLAGS_NO_CREATE, NULL, &error);
  if (current == NULL)
    g_error ("cannot open the fuzz workspace: %s", error->message);
  n_inputs = 0;

  return current;
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

  n_inputs++;
  if (!cordon_interchange_import_bytes (ws, bytes, "fuzz.json", format, &n, &error))
    {
      /* A refused file names itself and changes nothing */
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, "fuzz.json") ||
                     g_str_has_prefix (error->message, "Cordon"));
      g_assert_cmpuint (g_list_model_get_n_items (cordon_workspace_get_incidents (ws)), ==, before);
      g_assert_cmpuint (n, ==, 0);
    }

  if (n_inputs >= INPUTS_PER_COPY)
    close_current ();
}
