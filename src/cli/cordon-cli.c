/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-cli.c: the command line, `cordon [--workspace PATH] COMMAND …`.
 *
 * The global options are parsed here; each command is an entry in the
 * table below with its own option parsing. Messages go to stderr, --json
 * output to stdout, and the exit codes are those of CordonExitCode.
 */

#define G_LOG_DOMAIN "cordon-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "cordon-cli-private.h"
#include "cordon-identity.h"
#include "cordon-io-error.h"
#include "cordon-json-object.h"
#include "cordon-lifecycle.h"
#include "cordon-output.h"
#include "cordon-time.h"

const CordonCliCommand cordon_cli_commands[] = {
  { "new", N_("--title T --category C --severity S"), N_("Open a new incident and print its key"), cordon_cli_new },
  { "list", "", N_("List the incidents"), cordon_cli_list },
  { "show", N_("KEY"), N_("Show an incident with its journal"), cordon_cli_show },
  { "journal", N_("KEY"), N_("Show an incident’s journal, or add to it with --add"), cordon_cli_journal },
  { "move", N_("KEY PHASE --reason R"), N_("Move an incident to another phase"), cordon_cli_move },
  { "close", N_("KEY --as CLOSURE --reason R"), N_("Close an incident as resolved, a false positive or not an incident"), cordon_cli_close },
  { "merge", N_("KEY INTO --reason R"), N_("Close a duplicate by merging it into the incident it repeats"), cordon_cli_merge },
  { "reclassify", N_("KEY --reason R"), N_("Change an incident’s category or severity"), cordon_cli_reclassify },
  { "edit", N_("KEY [--title T] [--lead L]"), N_("Change an incident’s title or lead"), cordon_cli_edit },
  { "import", N_("FILE|FOLDER…"), N_("Import incidents from files, all or nothing"), cordon_cli_import },
  { "export", N_("FILE [KEY…]"), N_("Export the workspace, or some incidents, to a file"), cordon_cli_export },
  { "sla", "", N_("Show every open incident’s SLA deadlines, or as at --at TIME"), cordon_cli_sla },
  { "verify", N_("[--anchor N:HASH]"), N_("Check the database, every journal’s hash chain and the ledger, and that it extends an anchor"), cordon_cli_verify },
  { "anchor", "", N_("Print the head of the workspace’s ledger, to keep elsewhere and verify against later"), cordon_cli_anchor },
  { "backup", N_("FILE"), N_("Copy the workspace to FILE while it is in use"), cordon_cli_backup },
  { "library", "", N_("List the containment strategy library"), cordon_cli_library },
  { "plan", N_("KEY"), N_("Show an incident’s containment plan, or edit it with --add, --custom or --set"), cordon_cli_plan },
  { "checklist", N_("KEY"), N_("Show an incident’s recovery checklist, or tick items with --done and record the restore decision"), cordon_cli_checklist },
  { "review", N_("KEY"), N_("Show an incident’s lessons-learned review and metrics, or fill it in"), cordon_cli_review },
  { "evidence", N_("KEY | --show/--reverify/--form ITEM-ID"), N_("Show an incident’s evidence register, add to it with --add FILE, re-verify or print an item"), cordon_cli_evidence },
  { "custody", N_("ITEM-ID --to NAME --purpose TEXT"), N_("Hand an evidence item over to someone, in its chain of custody"), cordon_cli_custody },
  { "report", N_("KEY --output FILE.pdf|FILE.html"), N_("Write an incident’s report as PDF or HTML"), cordon_cli_report },
  { "metrics", N_("[--from DATE] [--to DATE]"), N_("Show the figures of a period: response times, SLA compliance, counts"), cordon_cli_metrics },
  { "exercise", N_("run SCENARIO --headless --report OUT.html"), N_("Replay a tabletop exercise without a display and write its after-action report"), cordon_cli_exercise },
  { "scenario", N_("validate FILE | from-veris FILE -o OUT"), N_("Check a tabletop exercise scenario, or make one from a VERIS record"), cordon_cli_scenario },
  { NULL, NULL, NULL, NULL },
};

static const CordonCliCommand *
find_command (const char *name)
{
  for (guint i = 0; cordon_cli_commands[i].name != NULL; i++)
    {
      if (g_str_equal (cordon_cli_commands[i].name, name))
        return &cordon_cli_commands[i];
    }

  return NULL;
}

/* The window and the command line sign with one name: see
 * cordon-identity.c */
const char *
cordon_cli_default_author (void)
{
  return cordon_default_author ();
}

/**
 * cordon_cli_report_error:
 *
 * Prints @error for @command and picks the exit code the command-line
 * contract gives it.
 *
 * Returns: the exit code
 */
int
cordon_cli_report_error (const char   *command,
                         const GError *error)
{
  g_printerr ("cordon %s: %s\n", command, error->message);

  if (error->domain == CORDON_WORKSPACE_ERROR)
    {
      switch (error->code)
        {
        case CORDON_WORKSPACE_ERROR_NOT_SQLITE:
        case CORDON_WORKSPACE_ERROR_NOT_WORKSPACE:
        case CORDON_WORKSPACE_ERROR_CORRUPT:
        case CORDON_WORKSPACE_ERROR_TOO_NEW:
        case CORDON_WORKSPACE_ERROR_TOO_OLD:
          return CORDON_EXIT_REFUSED;
        case CORDON_WORKSPACE_ERROR_INTEGRITY:
          return CORDON_EXIT_INTEGRITY;
        case CORDON_WORKSPACE_ERROR_BUSY:
          return CORDON_EXIT_BUSY;
        case CORDON_WORKSPACE_ERROR_READ_ONLY:
        case CORDON_WORKSPACE_ERROR_NO_SPACE:
          return CORDON_EXIT_CANNOT_WRITE;
        default:
          return CORDON_EXIT_BAD_INPUT;
        }
    }

  return CORDON_EXIT_BAD_INPUT;
}

/**
 * cordon_cli_get_workspace_path:
 *
 * Returns: (transfer full): the workspace @ctx names, or the default one
 */
char *
cordon_cli_get_workspace_path (CordonCliContext *ctx)
{
  if (ctx->workspace_path != NULL)
    return g_strdup (ctx->workspace_path);

  return cordon_workspace_get_default_path ();
}

/**
 * cordon_cli_check_output:
 * @path: a file a command is about to write
 * @stdout_ok: whether the command writes to standard output for `-`
 *
 * Refuses (exit 2, with a message naming @path and why) to write over the
 * workspace or one of its side files, or over anything that is not a
 * regular file, before the command has done anything. Every command that
 * writes a file checks its target here.
 */
gboolean
cordon_cli_check_output (CordonCliContext *ctx,
                         const char       *command,
                         const char       *path,
                         gboolean          stdout_ok,
                         int              *exit_code)
{
  g_autofree char *workspace_path = cordon_cli_get_workspace_path (ctx);
  g_autoptr(GError) error = NULL;

  if (stdout_ok && g_str_equal (path, "-"))
    return TRUE;

  if (!cordon_output_check_target (path, workspace_path, &error))
    {
      g_printerr ("cordon %s: %s\n", command, error->message);
      *exit_code = CORDON_EXIT_BAD_INPUT;
      return FALSE;
    }

  return TRUE;
}

gboolean
cordon_cli_workspace_exists (CordonCliContext *ctx)
{
  g_autofree char *default_path = NULL;
  const char *path = ctx->workspace_path;

  if (path == NULL)
    path = default_path = cordon_workspace_get_default_path ();

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/**
 * cordon_cli_open_workspace:
 * @how: whether the command only reads (then nothing that opening would
 *   write is done: a missing file, an empty database or an older schema is
 *   refused untouched), changes an existing workspace, or may create one;
 *   commands that need an incident refuse a path where there is none, so
 *   that a mistyped path does not pass for an empty workspace
 */
CordonWorkspace *
cordon_cli_open_workspace (CordonCliContext *ctx,
                           CordonCliOpen     how,
                           int              *exit_code)
{
  return cordon_cli_open_workspace_full (ctx, how, CORDON_WORKSPACE_FLAGS_NONE, exit_code);
}

/**
 * cordon_cli_open_workspace_full:
 * @flags: more #CordonWorkspaceFlags (`verify` opens a damaged schema)
 *
 * Like cordon_cli_open_workspace().
 */
CordonWorkspace *
cordon_cli_open_workspace_full (CordonCliContext     *ctx,
                                CordonCliOpen         how,
                                CordonWorkspaceFlags  flags,
                                int                  *exit_code)
{
  g_autofree char *default_path = NULL;
  g_autoptr(GError) error = NULL;
  const char *path = ctx->workspace_path;
  CordonWorkspace *workspace;

  if (path == NULL)
    path = default_path = cordon_workspace_get_default_path ();

  if (how != CORDON_CLI_OPEN_CREATE && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_printerr (_("cordon: there is no workspace at %s\n"), path);
      *exit_code = CORDON_EXIT_REFUSED;
      return NULL;
    }

  if (how == CORDON_CLI_OPEN_READ)
    flags |= CORDON_WORKSPACE_FLAGS_READ_ONLY;
  else if (how == CORDON_CLI_OPEN_WRITE)
    flags |= CORDON_WORKSPACE_FLAGS_NO_CREATE;

  workspace = cordon_workspace_new_full (path, NULL, flags, NULL, &error);
  if (workspace == NULL)
    {
      g_printerr ("cordon: %s\n", error->message);
      if (error->domain != CORDON_WORKSPACE_ERROR)
        *exit_code = CORDON_EXIT_REFUSED;
      else if (error->code == CORDON_WORKSPACE_ERROR_IO)
        *exit_code = CORDON_EXIT_BAD_INPUT;
      else if (error->code == CORDON_WORKSPACE_ERROR_BUSY)
        *exit_code = CORDON_EXIT_BUSY;
      else if (error->code == CORDON_WORKSPACE_ERROR_READ_ONLY || error->code == CORDON_WORKSPACE_ERROR_NO_SPACE)
        *exit_code = CORDON_EXIT_CANNOT_WRITE;
      else
        *exit_code = CORDON_EXIT_REFUSED;
      return NULL;
    }

  return workspace;
}

/**
 * cordon_cli_parse_options:
 * @argc: (inout): the command's arguments, the command's name first
 * @argv: (inout): likewise; on return the arguments left after options
 *
 * Parses @command's options and checks the number of arguments left.
 */
gboolean
cordon_cli_parse_options (const char          *command,
                          const GOptionEntry  *entries,
                          int                 *argc,
                          char              ***argv,
                          int                  min_args,
                          int                  max_args,
                          int                 *exit_code)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const CordonCliCommand *info = find_command (command);
  g_autofree char *parameter_string = g_strdup_printf ("%s %s", command, info->parameters);

  context = g_option_context_new (parameter_string);
  g_option_context_set_summary (context, _(info->summary));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, TRUE);

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_printerr ("cordon %s: %s\n", command, error->message);
      *exit_code = CORDON_EXIT_USAGE;
      return FALSE;
    }

  /* argv[0] is the command itself. */
  if (*argc - 1 < min_args || (max_args >= 0 && *argc - 1 > max_args))
    {
      g_printerr (_("cordon %s: wrong number of arguments; usage: cordon %s %s\n"),
                  command, command, info->parameters);
      *exit_code = CORDON_EXIT_USAGE;
      return FALSE;
    }

  return TRUE;
}

/* Global options that take a value; the rest of a command line is left
 * alone when deciding whether it names a command. */
static gboolean
option_takes_value (const char *arg)
{
  return g_str_equal (arg, "--workspace") || g_str_equal (arg, "-w");
}

/**
 * cordon_cli_wants_command_line:
 *
 * Returns: %TRUE when @argv names a command, or asks for --help or
 *   --version; the application then never starts a window.
 */
gboolean
cordon_cli_wants_command_line (int    argc,
                               char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (g_str_equal (arg, "--"))
        return i + 1 < argc;
      if (g_str_equal (arg, "--help") || g_str_equal (arg, "-h") ||
          g_str_equal (arg, "--version") || g_str_equal (arg, "-v"))
        return TRUE;
      if (option_takes_value (arg) || g_str_equal (arg, "--as"))
        {
          i++;
          continue;
        }
      if (arg[0] != '-')
        return TRUE;
    }

  return FALSE;
}

static void
print_help (void)
{
  g_autoptr(GString) str = g_string_new (NULL);

  g_string_append_printf (str, "%s\n  cordon [--workspace PATH]\n  cordon [--workspace PATH] %s\n\n",
                          _("Usage:"), _("COMMAND [OPTION…]"));
  g_string_append_printf (str, "%s\n\n", _("Run incidents: handling, containment, recovery and SLA clocks."));
  g_string_append_printf (str, "%s\n", _("Global options:"));
  g_string_append_printf (str, "  -w, --workspace PATH  %s\n", _("Use the workspace stored in PATH"));
  g_string_append_printf (str, "  --as NAME             %s\n", _("Sign what the command writes as NAME (default: the name set in Preferences)"));
  g_string_append_printf (str, "                        %s\n", _("(default: $XDG_DATA_HOME/cordon/incidents.cordon)"));
  g_string_append_printf (str, "  -h, --help            %s\n", _("Show this help"));
  g_string_append_printf (str, "  -v, --version         %s\n\n", _("Show the version"));

  g_string_append_printf (str, "%s\n", _("Commands:"));
  for (guint i = 0; cordon_cli_commands[i].name != NULL; i++)
    g_string_append_printf (str, "  %-12s %s\n", cordon_cli_commands[i].name, _(cordon_cli_commands[i].summary));
  g_string_append_printf (str, "\n%s\n\n", _("Run cordon COMMAND --help for the options of a command."));

  g_string_append_printf (str, "%s\n", _("Exit status:"));
  g_string_append_printf (str, "  0  %s\n", _("success"));
  g_string_append_printf (str, "  1  %s\n", _("usage error"));
  g_string_append_printf (str, "  2  %s\n", _("bad input: the message names the file and where in it"));
  g_string_append_printf (str, "  3  %s\n", _("integrity failure found by verify"));
  g_string_append_printf (str, "  4  %s\n\n", _("workspace refused: not a workspace, damaged, or from a newer Cordon"));

  g_string_append (str, _("Without a command, the application window opens."));
  g_string_append_c (str, '\n');

  g_print ("%s", str->str);
}

/* What cordon_cli_escape_controls() and cordon_cli_escape_line() share */
static void
escape (GString    *out,
        const char *text,
        gssize      length,
        gboolean    one_line)
{
  const char *p = text;
  const char *end;

  if (length < 0)
    length = strlen (text);
  end = text + length;

  while (p < end)
    {
      const char *run = p;
      guchar c;
      gunichar ch;

      /* Printable ASCII goes out in runs */
      while (p < end && (guchar) *p >= 0x20 && (guchar) *p < 0x7f)
        p++;
      if (p > run)
        g_string_append_len (out, run, p - run);
      if (p == end)
        break;

      c = (guchar) *p;
      if (c < 0x80)
        {
          if (one_line && (c == '\n' || c == '\r' || c == '\t'))
            g_string_append (out, c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t");
          else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
            g_string_append_printf (out, "\\x%02x", c);
          else
            g_string_append_c (out, c);
          p++;
          continue;
        }

      ch = g_utf8_get_char_validated (p, end - p);
      if (ch == (gunichar) -1 || ch == (gunichar) -2)
        {
          g_string_append_printf (out, "\\x%02x", c);
          p++;
          continue;
        }

      if (ch >= 0x80 && ch <= 0x9f)
        g_string_append_printf (out, "\\u{%04x}", ch);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }
}

/**
 * cordon_cli_escape_controls:
 * @text: text from a workspace, a file or the command line
 *
 * Appends @text to @out with what a terminal would act on made visible:
 * C0 controls but newline and tab, DEL and bytes that are not UTF-8 as
 * `\xNN`, the C1 controls (U+0080 to U+009F, among them the one-character
 * CSI) as `\u{NNNN}`. So an ESC sequence in a title is printed, not run.
 */
void
cordon_cli_escape_controls (GString    *out,
                            const char *text,
                            gssize      length)
{
  escape (out, text, length, FALSE);
}

/**
 * cordon_cli_escape_line:
 *
 * Like cordon_cli_escape_controls(), for text printed as one field of a
 * row: a newline, carriage return or tab in it is shown as `\n`, `\r`
 * or `\t`, so that a title with a line break cannot split or fake a row.
 */
void
cordon_cli_escape_line (GString    *out,
                        const char *text)
{
  escape (out, text, -1, TRUE);
}

/**
 * cordon_cli_write:
 * @json: whether @out is JSON, which is written as it is (JSON escapes
 *   controls itself)
 *
 * Writes a command's output to standard output.
 */
void
cordon_cli_write (GString  *out,
                  gboolean  json)
{
  if (json)
    fwrite (out->str, 1, out->len, stdout);
  else
    g_print ("%s", out->str);
}

/* Everything g_print() and g_printerr() write goes through these: a
 * message that quotes input escapes it as the output for people does */
static void
print_escaped (FILE       *stream,
               const char *string)
{
  g_autoptr(GString) escaped = g_string_sized_new (strlen (string) + 16);

  cordon_cli_escape_controls (escaped, string, -1);
  fwrite (escaped->str, 1, escaped->len, stream);
  fflush (stream);
}

static void
print_to_stdout (const char *string)
{
  print_escaped (stdout, string);
}

static void
print_to_stderr (const char *string)
{
  print_escaped (stderr, string);
}

int
cordon_cli_run (int    argc,
                char **argv)
{
  CordonCliContext ctx = { 0 };
  const CordonCliCommand *command;
  int i;

  g_set_print_handler (print_to_stdout);
  g_set_printerr_handler (print_to_stderr);

  for (i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (g_str_equal (arg, "--"))
        {
          i++;
          break;
        }
      else if (g_str_equal (arg, "--help") || g_str_equal (arg, "-h"))
        {
          print_help ();
          return CORDON_EXIT_OK;
        }
      else if (g_str_equal (arg, "--version") || g_str_equal (arg, "-v"))
        {
          g_print ("cordon %s\n", PACKAGE_VERSION);
          return CORDON_EXIT_OK;
        }
      else if (option_takes_value (arg))
        {
          if (i + 1 >= argc || argv[i + 1][0] == '\0')
            {
              g_printerr (_("cordon: option %s needs a path\n"), arg);
              return CORDON_EXIT_USAGE;
            }
          ctx.workspace_path = argv[++i];
        }
      else if (g_str_has_prefix (arg, "--workspace="))
        {
          ctx.workspace_path = arg + strlen ("--workspace=");
        }
      else if (g_str_equal (arg, "--as") || g_str_has_prefix (arg, "--as="))
        {
          const char *name = arg[4] == '=' ? arg + 5 : (i + 1 < argc ? argv[++i] : NULL);
          g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));

          if (stripped[0] == '\0')
            {
              g_printerr (_("cordon: option --as needs a name\n"));
              return CORDON_EXIT_USAGE;
            }
          cordon_identity_set_author (stripped);
        }
      else if (arg[0] == '-')
        {
          g_printerr (_("cordon: unknown option %s (see cordon --help)\n"), arg);
          return CORDON_EXIT_USAGE;
        }
      else
        {
          break;
        }
    }

  if (i >= argc)
    {
      g_printerr (_("cordon: no command given (see cordon --help)\n"));
      return CORDON_EXIT_USAGE;
    }

  command = find_command (argv[i]);
  if (command == NULL)
    {
      g_printerr (_("cordon: unknown command “%s” (see cordon --help)\n"), argv[i]);
      return CORDON_EXIT_USAGE;
    }

  return command->func (&ctx, argc - i, argv + i);
}

void
cordon_cli_json_member (GString    *out,
                        const char *name,
                        const char *value)
{
  g_string_append_printf (out, ", \"%s\": ", name);
  cordon_json_append_string (out, value);
}

void
cordon_cli_json_time (GString    *out,
                      const char *name,
                      GDateTime  *time)
{
  g_string_append_printf (out, ", \"%s\": ", name);
  if (time == NULL)
    g_string_append (out, "null");
  else
    {
      g_autofree char *text = cordon_time_to_iso8601_compact (cordon_time_from_date_time (time));
      cordon_json_append_string (out, text);
    }
}
