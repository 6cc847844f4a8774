/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-cli-workspace.c: the commands that act on a whole workspace:
 * import, export, verify and backup.
 */

#define G_LOG_DOMAIN "cordon-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gio/gunixinputstream.h>
#include <gio/gunixoutputstream.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cordon-cli-private.h"
#include "cordon-input.h"
#include "cordon-json-object.h"
#include "cordon-interchange.h"
#include "cordon-native-io.h"

static gboolean
check_format (const char              *command,
              const char              *format,
              gboolean                 exporting,
              CordonInterchangeFormat *out_format,
              int                     *exit_code)
{
  *out_format = CORDON_INTERCHANGE_NATIVE;
  if (format == NULL)
    return TRUE;

  if (!cordon_interchange_format_from_id (format, out_format) ||
      (exporting && !cordon_interchange_can_export (*out_format)))
    {
      if (exporting)
        g_printerr (_("cordon %s: --format “%s” is unknown; this version writes: native, thehive, misp, stix\n"),
                    command, format);
      else
        g_printerr (_("cordon %s: --format “%s” is unknown; this version reads: native, thehive, misp, stix, veris, auto\n"),
                    command, format);
      *exit_code = CORDON_EXIT_USAGE;
      return FALSE;
    }

  return TRUE;
}

/* Imports @paths into @workspace; prints what was (or, in a dry run,
 * would be) imported */
static int
import_into (CordonWorkspace          *workspace,
             const char * const       *paths,
             CordonInterchangeFormat   file_format,
             CordonImportDuplicate     on_duplicate,
             gboolean                  dry_run)
{
  g_autoptr(GError) error = NULL;
  CordonImportSummary summary;

  if (!cordon_interchange_import_files (workspace, paths, file_format, on_duplicate, dry_run, &summary, &error))
    {
      g_printerr ("cordon import: %s\n", error->message);
      g_printerr (_("cordon import: nothing was imported\n"));
      return CORDON_EXIT_BAD_INPUT;
    }

  for (guint i = 0; i < summary.files->len; i++)
    g_printerr ("  %s\n", (const char *) summary.files->pdata[i]);
  for (guint i = 0; i < summary.notes->len; i++)
    g_printerr ("  %s\n", (const char *) summary.notes->pdata[i]);

  if (dry_run)
    g_printerr (g_dngettext (GETTEXT_PACKAGE,
                             "Would import %" G_GUINT64_FORMAT " incident",
                             "Would import %" G_GUINT64_FORMAT " incidents",
                             summary.n_incidents),
                summary.n_incidents);
  else
    g_printerr (g_dngettext (GETTEXT_PACKAGE,
                             "Imported %" G_GUINT64_FORMAT " incident",
                             "Imported %" G_GUINT64_FORMAT " incidents",
                             summary.n_incidents),
                summary.n_incidents);
  g_printerr (_(" (%" G_GUINT64_FORMAT " facts, %" G_GUINT64_FORMAT " tasks, %" G_GUINT64_FORMAT
                " journal entries)"),
              summary.n_facts, summary.n_tasks, summary.n_journal_entries);
  if (summary.n_templates > 0)
    g_printerr (g_dngettext (GETTEXT_PACKAGE, "; %" G_GUINT64_FORMAT " case template",
                             "; %" G_GUINT64_FORMAT " case templates", summary.n_templates),
                summary.n_templates);
  if (summary.n_updated > 0)
    g_printerr (g_dngettext (GETTEXT_PACKAGE, "; updated %" G_GUINT64_FORMAT " record imported before",
                             "; updated %" G_GUINT64_FORMAT " records imported before", summary.n_updated),
                summary.n_updated);
  if (summary.n_skipped > 0)
    g_printerr (g_dngettext (GETTEXT_PACKAGE, "; skipped %" G_GUINT64_FORMAT " record imported before",
                             "; skipped %" G_GUINT64_FORMAT " records imported before", summary.n_skipped),
                summary.n_skipped);
  g_printerr (dry_run ? _("; nothing was changed (dry run)\n") : "\n");
  if (summary.n_skipped > 0 && on_duplicate == CORDON_IMPORT_DUPLICATE_SKIP)
    g_printerr (_("cordon import: --on-duplicate update adds what a record imported before has new "
                  "(a case template is replaced); --on-duplicate new imports it anew\n"));

  cordon_import_summary_clear (&summary);

  return CORDON_EXIT_OK;
}

/* An import where there is no workspace yet makes one: in a private
 * folder beside the workspace's place, moved to its name only once the
 * import succeeded (and only if nothing is there by then), so that a
 * failed import leaves no empty workspace behind */
static int
import_into_new (CordonCliContext        *ctx,
                 const char * const      *paths,
                 CordonInterchangeFormat  file_format,
                 CordonImportDuplicate    on_duplicate,
                 gboolean                 dry_run)
{
  g_autofree char *workspace_path = cordon_cli_get_workspace_path (ctx);
  g_autofree char *dir = g_path_get_dirname (workspace_path);
  g_autofree char *base = g_path_get_basename (workspace_path);
  g_autofree char *tmp_dir = NULL;
  g_autofree char *tmp_path = NULL;
  CordonWorkspace *workspace;
  CordonCliContext tmp_ctx = { 0 };
  int exit_code = CORDON_EXIT_OK;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_printerr (_("cordon import: cannot create the folder %s: %s\n"), dir, g_strerror (saved_errno));
      return CORDON_EXIT_CANNOT_WRITE;
    }

  tmp_dir = g_strdup_printf ("%s%c.%s.import-XXXXXX", dir, G_DIR_SEPARATOR, base);
  if (g_mkdtemp_full (tmp_dir, 0700) == NULL)
    {
      int saved_errno = errno;

      g_printerr (_("cordon import: cannot create workspace %s: %s\n"), workspace_path, g_strerror (saved_errno));
      return CORDON_EXIT_CANNOT_WRITE;
    }
  tmp_path = g_build_filename (tmp_dir, base, NULL);
  tmp_ctx.workspace_path = tmp_path;

  workspace = cordon_cli_open_workspace (&tmp_ctx, CORDON_CLI_OPEN_CREATE, &exit_code);
  if (workspace != NULL)
    {
      exit_code = import_into (workspace, paths, file_format, on_duplicate, dry_run);
      /* Closed first: the last connection's close folds the log into the
       * file, which then stands alone */
      g_object_unref (workspace);
    }

  if (exit_code == CORDON_EXIT_OK && !dry_run && link (tmp_path, workspace_path) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == EEXIST)
        g_printerr (_("cordon import: a workspace appeared at %s meanwhile; nothing was imported, import again\n"),
                    workspace_path);
      else
        g_printerr (_("cordon import: cannot create workspace %s: %s; nothing was imported\n"),
                    workspace_path, g_strerror (saved_errno));
      exit_code = CORDON_EXIT_CANNOT_WRITE;
    }

  /* The private folder is this process's alone: nobody else knows it */
  {
    const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *file = g_strconcat (tmp_path, suffixes[i], NULL);
        g_unlink (file);
      }
    g_rmdir (tmp_dir);
  }

  return exit_code;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Adds the JSON files of the folder @dir to @paths, by name: regular
 * files named *.json, not hidden ones, not sub-folders (and so never a
 * workspace or its side files) */
static gboolean
add_folder (const char  *dir,
            GPtrArray   *paths)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) folder = g_dir_open (dir, 0, &error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (folder == NULL)
    {
      g_printerr (_("cordon import: %s: %s\n"), dir, error->message);
      return FALSE;
    }

  while ((name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_autofree char *folded = g_utf8_casefold (name, -1);

      if (name[0] == '.' || !g_str_has_suffix (folded, ".json") || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      g_ptr_array_add (names, g_steal_pointer (&path));
    }

  if (names->len == 0)
    {
      g_printerr (_("cordon import: %s: the folder has no .json files to import\n"), dir);
      return FALSE;
    }

  g_ptr_array_sort (names, compare_paths);
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (paths, g_strdup (names->pdata[i]));

  return TRUE;
}

int
cordon_cli_import (CordonCliContext  *ctx,
                   int                argc,
                   char             **argv)
{
  g_autofree char *format = NULL;
  g_autofree char *duplicate = NULL;
  gboolean dry_run = FALSE;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("The files’ format: auto (default: told by the content), native, thehive, misp, stix or veris"), N_("FORMAT") },
    { "on-duplicate", 0, 0, G_OPTION_ARG_STRING, &duplicate,
      N_("What to do with a record imported before: skip (default), update or new"), N_("MODE") },
    { "dry-run", 'n', 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Tell what would be imported; change nothing"), NULL },
    { NULL }
  };
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  CordonInterchangeFormat file_format;
  CordonImportDuplicate on_duplicate = CORDON_IMPORT_DUPLICATE_SKIP;
  int exit_code = CORDON_EXIT_OK;
  gboolean seen_stdin = FALSE;

  if (!cordon_cli_parse_options ("import", entries, &argc, &argv, 1, -1, &exit_code) ||
      !check_format ("import", format, FALSE, &file_format, &exit_code))
    return exit_code;
  if (format == NULL)
    file_format = CORDON_INTERCHANGE_AUTO;

  if (duplicate != NULL && !cordon_import_duplicate_from_id (duplicate, &on_duplicate))
    {
      g_printerr (_("cordon import: --on-duplicate “%s” is unknown: use skip, update or new\n"),
                  duplicate);
      return CORDON_EXIT_USAGE;
    }

  for (int i = 1; i < argc; i++)
    {
      const char *path = argv[i];

      if (g_str_equal (path, "-"))
        {
          if (seen_stdin)
            {
              g_printerr (_("cordon import: standard input (-) can be read only once\n"));
              return CORDON_EXIT_USAGE;
            }
          seen_stdin = TRUE;
          g_ptr_array_add (paths, g_strdup (path));
        }
      else if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          if (!add_folder (path, paths))
            return CORDON_EXIT_BAD_INPUT;
        }
      else if (!g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_printerr (_("cordon import: %s: no such file\n"), path);
          return CORDON_EXIT_BAD_INPUT;
        }
      else
        g_ptr_array_add (paths, g_strdup (path));
    }
  g_ptr_array_add (paths, NULL);

  if (!cordon_cli_workspace_exists (ctx))
    return import_into_new (ctx, (const char * const *) paths->pdata, file_format, on_duplicate, dry_run);

  workspace = cordon_cli_open_workspace (ctx, CORDON_CLI_OPEN_WRITE, &exit_code);
  if (workspace == NULL)
    return exit_code;

  return import_into (workspace, (const char * const *) paths->pdata, file_format, on_duplicate, dry_run);
}

int
cordon_cli_export (CordonCliContext  *ctx,
                   int                argc,
                   char             **argv)
{
  g_autofree char *format = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      N_("The file’s format: native (default), thehive, misp or stix"), N_("FORMAT") },
    { NULL }
  };
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  CordonInterchangeFormat file_format;
  int exit_code = CORDON_EXIT_OK;
  const char * const *keys = NULL;
  const char *path;
  gboolean ok;

  if (!cordon_cli_parse_options ("export", entries, &argc, &argv, 1, -1, &exit_code) ||
      !check_format ("export", format, TRUE, &file_format, &exit_code))
    return exit_code;

  path = argv[1];
  if (argc > 2)
    keys = (const char * const *) argv + 2;

  if (!cordon_cli_check_output (ctx, "export", path, TRUE, &exit_code))
    return exit_code;

  workspace = cordon_cli_open_workspace (ctx, CORDON_CLI_OPEN_READ, &exit_code);
  if (workspace == NULL)
    return exit_code;

  if (file_format != CORDON_INTERCHANGE_NATIVE)
    {
      ok = cordon_interchange_export (workspace, keys, path, file_format, &error);
    }
  else if (g_str_equal (path, "-"))
    {
      g_autoptr(GOutputStream) stream = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
      ok = cordon_native_export (workspace, keys, stream, NULL, &error);
    }
  else
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
      ok = cordon_native_export_file (workspace, keys, file, NULL, &error);
    }

  if (!ok)
    return cordon_cli_report_error ("export", error);

  return CORDON_EXIT_OK;
}

/* One finding a line on standard error; the exit code of an integrity failure */
static int
print_findings (const char *command,
                GPtrArray  *findings)
{
  for (guint i = 0; i < findings->len; i++)
    g_printerr ("cordon %s: %s\n", command, (const char *) g_ptr_array_index (findings, i));

  return CORDON_EXIT_INTEGRITY;
}

int
cordon_cli_verify (CordonCliContext  *ctx,
                   int                argc,
                   char             **argv)
{
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  int exit_code = CORDON_EXIT_OK;
  guint64 n_incidents = 0;
  guint64 n_entries = 0;
  gboolean json = FALSE;
  g_autofree char *anchor = NULL;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the findings as JSON"), NULL },
    { "anchor", 0, 0, G_OPTION_ARG_STRING, &anchor,
      N_("Check that the workspace still extends this anchor, as `cordon anchor` printed it"), N_("N:HASH") },
    { NULL }
  };

  if (!cordon_cli_parse_options ("verify", entries, &argc, &argv, 0, 0, &exit_code))
    return exit_code;

  /* A mistyped anchor is the caller's mistake, said before the file is opened */
  if (anchor != NULL && !cordon_workspace_parse_anchor (anchor, NULL, NULL, &error))
    {
      g_autoptr(GString) message = g_string_new (NULL);

      cordon_cli_escape_controls (message, error->message, -1);
      g_printerr ("cordon verify: --anchor: %s\n", message->str);
      return CORDON_EXIT_USAGE;
    }

  /* A workspace whose tables or triggers were changed is refused by every
   * other command; verify opens it to say what else was done */
  workspace = cordon_cli_open_workspace_full (ctx, CORDON_CLI_OPEN_READ, CORDON_WORKSPACE_FLAGS_FOR_VERIFY,
                                              &exit_code);
  if (workspace == NULL)
    return exit_code;

  findings = cordon_workspace_verify_findings_full (workspace, anchor, &n_incidents, &n_entries, &error);
  if (findings == NULL)
    return cordon_cli_report_error ("verify", error);

  if (json)
    {
      g_autoptr(GString) out = g_string_new ("{\n  \"workspace\": ");

      cordon_json_append_string (out, cordon_workspace_get_path (workspace));
      g_string_append_printf (out, ",\n  \"intact\": %s,\n  \"incidents\": %" G_GUINT64_FORMAT
                              ",\n  \"entries\": %" G_GUINT64_FORMAT ",\n  \"findings\": [",
                              findings->len == 0 ? "true" : "false", n_incidents, n_entries);
      for (guint i = 0; i < findings->len; i++)
        {
          g_string_append (out, i > 0 ? ",\n    " : "\n    ");
          cordon_json_append_string (out, g_ptr_array_index (findings, i));
        }
      g_string_append (out, findings->len > 0 ? "\n  ]\n}\n" : "]\n}\n");
      fwrite (out->str, 1, out->len, stdout);
    }

  if (findings->len > 0)
    return print_findings ("verify", findings);

  if (!json)
    g_print (_("%s: intact; %" G_GUINT64_FORMAT " incidents and %" G_GUINT64_FORMAT " journal entries verified\n"),
             cordon_workspace_get_path (workspace), n_incidents, n_entries);
  if (!json && anchor != NULL)
    g_print (_("%s extends the anchor %s\n"), cordon_workspace_get_path (workspace), anchor);

  return CORDON_EXIT_OK;
}

int
cordon_cli_anchor (CordonCliContext  *ctx,
                   int                argc,
                   char             **argv)
{
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *anchor = NULL;
  int exit_code = CORDON_EXIT_OK;

  if (!cordon_cli_parse_options ("anchor", NULL, &argc, &argv, 0, 0, &exit_code))
    return exit_code;

  workspace = cordon_cli_open_workspace (ctx, CORDON_CLI_OPEN_READ, &exit_code);
  if (workspace == NULL)
    return exit_code;

  /* An anchor vouches for what the file holds: only for one that verifies */
  findings = cordon_workspace_verify_findings (workspace, NULL, NULL, &error);
  if (findings == NULL)
    return cordon_cli_report_error ("anchor", error);
  if (findings->len > 0)
    {
      g_printerr (_("cordon anchor: no anchor for a workspace that does not verify\n"));
      return print_findings ("anchor", findings);
    }

  if (!(anchor = cordon_workspace_get_anchor (workspace, &error)))
    return cordon_cli_report_error ("anchor", error);

  g_print ("%s\n", anchor);

  return CORDON_EXIT_OK;
}

int
cordon_cli_backup (CordonCliContext  *ctx,
                   int                argc,
                   char             **argv)
{
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  int exit_code = CORDON_EXIT_OK;

  if (!cordon_cli_parse_options ("backup", NULL, &argc, &argv, 1, 1, &exit_code) ||
      !cordon_cli_check_output (ctx, "backup", argv[1], FALSE, &exit_code))
    return exit_code;

  workspace = cordon_cli_open_workspace (ctx, CORDON_CLI_OPEN_READ, &exit_code);
  if (workspace == NULL)
    return exit_code;

  if (!cordon_workspace_backup (workspace, argv[1], &error))
    return cordon_cli_report_error ("backup", error);

  g_printerr (_("Backed up %s to %s\n"), cordon_workspace_get_path (workspace), argv[1]);

  return CORDON_EXIT_OK;
}
