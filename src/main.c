/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * main.c: the entry point. A subcommand (or --help/--version) runs the
 * command line, which never needs a display; otherwise the application
 * starts.
 */

#define G_LOG_DOMAIN "cordon"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "cordon-application.h"
#include "cordon-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(CordonApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (cordon_cli_wants_command_line (argc, argv))
    return cordon_cli_run (argc, argv);

  app = cordon_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
