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

#include <glib/gi18n.h>

#include "cordon-cli.h"

typedef struct
{
  const char *workspace_path;
} CordonCliContext;

typedef int (*CordonCliCommandFunc) (CordonCliContext  *ctx,
                                     int                argc,
                                     char             **argv);

typedef struct
{
  const char           *name;
  const char           *summary;
  CordonCliCommandFunc  func;
} CordonCliCommand;

static const CordonCliCommand commands[] = {
  { NULL, NULL, NULL },
};

static const CordonCliCommand *
find_command (const char *name)
{
  for (guint i = 0; commands[i].name != NULL; i++)
    {
      if (g_str_equal (commands[i].name, name))
        return &commands[i];
    }

  return NULL;
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
      if (option_takes_value (arg))
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
  g_string_append_printf (str, "  -h, --help            %s\n", _("Show this help"));
  g_string_append_printf (str, "  -v, --version         %s\n\n", _("Show the version"));

  if (commands[0].name != NULL)
    {
      g_string_append_printf (str, "%s\n", _("Commands:"));
      for (guint i = 0; commands[i].name != NULL; i++)
        g_string_append_printf (str, "  %-20s  %s\n", commands[i].name, _(commands[i].summary));
      g_string_append_c (str, '\n');
    }

  g_string_append (str, _("Without a command, the application window opens."));
  g_string_append_c (str, '\n');

  g_print ("%s", str->str);
}

int
cordon_cli_run (int    argc,
                char **argv)
{
  CordonCliContext ctx = { 0 };
  const CordonCliCommand *command;
  int i;

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
