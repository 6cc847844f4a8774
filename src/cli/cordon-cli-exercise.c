/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-cli-exercise.c: `cordon exercise run SCENARIO.json --headless
 * --report OUT.html`, which replays a scenario without a display: every
 * inject is delivered on the accelerated exercise clock, the scripted
 * responses play the team's side, and the after-action report is
 * written. The base clock is a manual one moved straight from one alarm
 * to the next, so a run takes no longer than its work.
 */

#define G_LOG_DOMAIN "cordon-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cordon-aar.h"
#include "cordon-cli-private.h"
#include "cordon-exercise.h"
#include "cordon-input.h"
#include "cordon-manual-clock.h"
#include "cordon-time.h"

static int
report_lines (const char   *what,
              const GError *error)
{
  g_auto(GStrv) lines = g_strsplit (error->message, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    g_printerr ("cordon exercise run: %s%s%s\n", what != NULL ? what : "", what != NULL ? ": " : "", lines[i]);

  return CORDON_EXIT_BAD_INPUT;
}

/* Runs every pending inject and response, moving the base clock on by
 * what the exercise clock needs at its speed */
static void
play_to_the_end (CordonExercise    *exercise,
                 CordonManualClock *base,
                 guint              speed)
{
  CordonClock *clock = CORDON_CLOCK (cordon_exercise_get_clock (exercise));
  gint64 next;

  while (cordon_exercise_get_next_event (exercise, &next))
    {
      gint64 wait = next - cordon_clock_now_usec (clock);

      if (wait > 0)
        cordon_manual_clock_advance_usec (base, (wait + speed - 1) / speed);
      else
        cordon_exercise_jump_to_next (exercise);

      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
}

static int
exercise_run (CordonCliContext  *ctx,
              int                argc,
              char             **argv)
{
  int speed = 60;
  gboolean headless = FALSE;
  gboolean record = FALSE;
  g_autofree char *report = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *workspace_out = NULL;
  const GOptionEntry entries[] = {
    { "speed", 0, 0, G_OPTION_ARG_INT, &speed, N_("Run the exercise clock N times as fast as real time: 1, 2, 5, 10 or 60"), N_("N") },
    { "headless", 0, 0, G_OPTION_ARG_NONE, &headless, N_("Run without a display, the scripted responses playing the team"), NULL },
    { "report", 0, 0, G_OPTION_ARG_FILENAME, &report, N_("Write the after-action report to OUT.html"), N_("OUT.html") },
    { "pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf, N_("Also write the report as PDF"), N_("OUT.pdf") },
    { "workspace-out", 0, 0, G_OPTION_ARG_FILENAME, &workspace_out, N_("Keep the exercise workspace in FILE (a new file)"), N_("FILE") },
    { "record-validations", 0, 0, G_OPTION_ARG_NONE, &record, N_("Record validations of the strategies used in the workspace’s library"), NULL },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CordonScenario) scenario = NULL;
  g_autoptr(CordonManualClock) base = NULL;
  g_autoptr(CordonExercise) exercise = NULL;
  g_autoptr(CordonWorkspace) real = NULL;
  g_autoptr(CordonAar) aar = NULL;
  g_autofree char *name = NULL;
  g_autofree char *tmp_dir = NULL;
  g_autofree char *path = NULL;
  int exit_code = CORDON_EXIT_OK;

  if (!cordon_cli_parse_options ("exercise", entries, &argc, &argv, 1, 1, &exit_code))
    return exit_code;

  if (!headless || report == NULL || report[0] == '\0')
    {
      g_printerr (_("cordon exercise run: a run from the command line needs --headless and --report OUT.html\n"));
      return CORDON_EXIT_USAGE;
    }
  if (speed < 0 || !cordon_exercise_clock_is_valid_speed (speed))
    {
      g_printerr (_("cordon exercise run: --speed is 1, 2, 5, 10 or 60\n"));
      return CORDON_EXIT_USAGE;
    }

  if (!cordon_cli_check_output (ctx, "exercise run", report, FALSE, &exit_code) ||
      (pdf != NULL && !cordon_cli_check_output (ctx, "exercise run", pdf, FALSE, &exit_code)) ||
      (workspace_out != NULL && !cordon_cli_check_output (ctx, "exercise run", workspace_out, FALSE, &exit_code)))
    return exit_code;

  file = g_file_new_for_commandline_arg (argv[1]);
  name = g_file_get_parse_name (file);
  bytes = cordon_input_read (argv[1], CORDON_INPUT_MAX_SCENARIO_BYTES, _("a scenario"), &error);
  if (bytes == NULL)
    {
      g_printerr ("cordon exercise run: %s\n", error->message);
      return CORDON_EXIT_BAD_INPUT;
    }

  /* Validated first, so that a bad scenario leaves no file behind */
  scenario = cordon_scenario_new_from_bytes (bytes, name, &error);
  if (scenario == NULL)
    return report_lines (NULL, error);

  /* The real workspace, for the library's validation status: the one
   * given with --workspace, or the default one if it exists */
  if (record || ctx->workspace_path != NULL || cordon_cli_workspace_exists (ctx))
    {
      real = cordon_cli_open_workspace (ctx, record ? CORDON_CLI_OPEN_WRITE : CORDON_CLI_OPEN_READ, &exit_code);
      if (real == NULL)
        return exit_code;
    }

  if (workspace_out != NULL)
    path = g_strdup (workspace_out);
  else
    {
      tmp_dir = g_dir_make_tmp ("cordon-exercise-XXXXXX", &error);
      if (tmp_dir == NULL)
        return report_lines (NULL, error);
      path = g_build_filename (tmp_dir, "exercise.cordon", NULL);
    }

  if (cordon_scenario_get_start (scenario) != NULL)
    base = cordon_manual_clock_new (cordon_scenario_get_start (scenario));
  else
    base = cordon_manual_clock_new (NULL);

  exercise = cordon_exercise_new (bytes, name, path, CORDON_CLOCK (base), &error);
  if (exercise == NULL)
    {
      exit_code = report_lines (NULL, error);
      goto out;
    }

  cordon_exercise_set_play_responses (exercise, TRUE);
  if (!cordon_exercise_start (exercise, &error))
    {
      exit_code = report_lines (NULL, error);
      goto out;
    }
  cordon_exercise_set_speed (exercise, speed);
  play_to_the_end (exercise, base, speed);

  if (!cordon_exercise_end (exercise, &error) ||
      !(aar = cordon_aar_new (exercise, real, &error)) ||
      !cordon_aar_write_html (aar, report, &error) ||
      (pdf != NULL && !cordon_aar_write_pdf (aar, pdf, &error)))
    {
      exit_code = report_lines (NULL, error);
      goto out;
    }

  if (record)
    {
      guint n = 0;

      if (!cordon_aar_record_validations (aar, real, &n, &error))
        {
          exit_code = cordon_cli_report_error ("exercise run", error);
          goto out;
        }
      /* Translators: after a headless exercise run */
      g_print (g_dngettext (GETTEXT_PACKAGE, "Recorded %u validation in %s\n", "Recorded %u validations in %s\n", n),
               n, cordon_workspace_get_path (real));
    }

  /* Translators: after a headless exercise run: "“Ransomware …”: 18 injects delivered, 4 SLA deadlines breached; report in out.html" */
  g_print (_("“%s”: %u injects delivered, %u SLA deadlines breached; report in %s\n"),
           cordon_scenario_get_title (scenario), g_list_model_get_n_items (cordon_exercise_get_injects (exercise)),
           cordon_aar_get_breached (aar), report);

out:
  g_clear_object (&aar);
  g_clear_object (&exercise);
  if (tmp_dir != NULL)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
      g_rmdir (tmp_dir);
    }

  return exit_code;
}

int
cordon_cli_exercise (CordonCliContext  *ctx,
                     int                argc,
                     char             **argv)
{
  const char *subcommand = argc > 1 ? argv[1] : NULL;

  if (subcommand != NULL && g_str_equal (subcommand, "run"))
    return exercise_run (ctx, argc - 1, argv + 1);

  if (subcommand != NULL && (g_str_equal (subcommand, "--help") || g_str_equal (subcommand, "-h")))
    {
      g_print ("%s\n  cordon exercise run SCENARIO.json [--speed N] --headless --report OUT.html [--pdf OUT.pdf]\n"
               "      [--workspace-out FILE] [--record-validations]\n\n%s\n",
               _("Usage:"), _("Replay a tabletop exercise scenario without a display and write its after-action report."));
      return CORDON_EXIT_OK;
    }

  g_printerr (_("cordon exercise: unknown subcommand; usage: cordon exercise run SCENARIO.json --headless --report OUT.html\n"));
  return CORDON_EXIT_USAGE;
}
