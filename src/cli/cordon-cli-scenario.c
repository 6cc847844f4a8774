/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-cli-scenario.c: `cordon scenario validate FILE`, which checks a
 * tabletop exercise scenario, and `cordon scenario from-veris FILE -o
 * OUT`, which makes a scenario skeleton from a VERIS incident record.
 * Neither needs a workspace.
 */

#define G_LOG_DOMAIN "cordon-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "cordon-cli-private.h"
#include "cordon-input.h"
#include "cordon-output.h"
#include "cordon-scenario.h"
#include "cordon-veris.h"

/* Prints a message of one or more lines, each with the command's name */
static int
report (const char   *subcommand,
        const GError *error)
{
  g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    g_printerr ("cordon scenario %s: %s\n", subcommand, lines[i]);

  return CORDON_EXIT_BAD_INPUT;
}

static int
scenario_validate (int    argc,
                   char **argv)
{
  g_autoptr(CordonScenario) scenario = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *duration = NULL;
  int exit_code = CORDON_EXIT_OK;

  if (!cordon_cli_parse_options ("scenario", NULL, &argc, &argv, 1, 1, &exit_code))
    return exit_code;

  file = g_file_new_for_commandline_arg (argv[1]);
  scenario = cordon_scenario_new_from_file (file, NULL, &error);
  if (scenario == NULL)
    return report ("validate", error);

  duration = cordon_scenario_format_offset (cordon_scenario_get_duration (scenario));
  /* TRANSLATORS: FILE: valid scenario “TITLE”: … */
  g_print (_("%s: valid scenario “%s”: %u roles, %u modules, %u starting incidents, %u injects over %s\n"),
           argv[1], cordon_scenario_get_title (scenario),
           cordon_scenario_get_roles (scenario)->len,
           cordon_scenario_get_modules (scenario)->len,
           cordon_scenario_get_incidents (scenario)->len,
           cordon_scenario_get_injects (scenario)->len,
           duration);

  return CORDON_EXIT_OK;
}

static int
scenario_from_veris (CordonCliContext  *ctx,
                     int                argc,
                     char             **argv)
{
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the scenario to OUT (- for standard output)"), N_("OUT") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) record = NULL;
  g_autoptr(GBytes) scenario = NULL;
  g_autofree char *name = NULL;
  int exit_code = CORDON_EXIT_OK;
  const char *data;
  gsize size;

  if (!cordon_cli_parse_options ("scenario", entries, &argc, &argv, 1, 1, &exit_code))
    return exit_code;

  if (output == NULL || output[0] == '\0')
    {
      g_printerr (_("cordon scenario from-veris: say where to write the scenario with -o OUT\n"));
      return CORDON_EXIT_USAGE;
    }
  if (!cordon_cli_check_output (ctx, "scenario from-veris", output, TRUE, &exit_code))
    return exit_code;

  file = g_file_new_for_commandline_arg (argv[1]);
  name = g_file_get_parse_name (file);
  record = cordon_input_read (argv[1], CORDON_INPUT_MAX_EXCHANGE_BYTES, _("a VERIS record"), &error);
  if (record == NULL)
    {
      g_printerr ("cordon scenario from-veris: %s\n", error->message);
      return CORDON_EXIT_BAD_INPUT;
    }

  scenario = cordon_veris_to_scenario (record, name, &error);
  if (scenario == NULL)
    return report ("from-veris", error);

  data = g_bytes_get_data (scenario, &size);
  if (g_str_equal (output, "-"))
    {
      fwrite (data, 1, size, stdout);
      return CORDON_EXIT_OK;
    }

  /* Written beside the target and renamed over it, so that a failure
   * never leaves half a file */
  if (!cordon_output_set_contents (output, data, size, &error))
    {
      g_printerr ("cordon scenario from-veris: %s\n", error->message);
      return CORDON_EXIT_BAD_INPUT;
    }

  return CORDON_EXIT_OK;
}

int
cordon_cli_scenario (CordonCliContext  *ctx,
                     int                argc,
                     char             **argv)
{
  const char *subcommand = argc > 1 ? argv[1] : NULL;

  if (subcommand != NULL && g_str_equal (subcommand, "validate"))
    return scenario_validate (argc - 1, argv + 1);

  if (subcommand != NULL && g_str_equal (subcommand, "from-veris"))
    return scenario_from_veris (ctx, argc - 1, argv + 1);

  if (subcommand != NULL && (g_str_equal (subcommand, "--help") || g_str_equal (subcommand, "-h")))
    {
      g_print ("%s\n  cordon scenario validate FILE\n  cordon scenario from-veris FILE -o OUT\n\n%s\n",
               _("Usage:"), _("Check a tabletop exercise scenario, or make one from a VERIS incident record."));
      return CORDON_EXIT_OK;
    }

  if (subcommand == NULL)
    g_printerr (_("cordon scenario: say what to do: validate FILE, or from-veris FILE -o OUT\n"));
  else
    g_printerr (_("cordon scenario: unknown action “%s”; use validate or from-veris\n"), subcommand);

  return CORDON_EXIT_USAGE;
}
