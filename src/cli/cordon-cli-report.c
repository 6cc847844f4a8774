/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-cli-report.c: `cordon report KEY --output FILE`, the incident
 * report as PDF or HTML, its format told by the file's name or --format.
 */

#define G_LOG_DOMAIN "cordon-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-cli-private.h"
#include "cordon-incident-report.h"

int
cordon_cli_report (CordonCliContext  *ctx,
                   int                argc,
                   char             **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *format_name = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write, FILE.pdf or FILE.html"), N_("FILE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name, N_("pdf or html (default: from the file’s name)"), N_("FORMAT") },
    { NULL }
  };
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(CordonDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  CordonDocumentFormat format;
  int exit_code = CORDON_EXIT_OK;

  if (!cordon_cli_parse_options ("report", entries, &argc, &argv, 1, 1, &exit_code))
    return exit_code;

  if (output == NULL)
    {
      g_printerr (_("cordon report: name the file to write with --output FILE.pdf or FILE.html\n"));
      return CORDON_EXIT_USAGE;
    }

  if (format_name != NULL)
    {
      if (g_ascii_strcasecmp (format_name, "pdf") == 0)
        format = CORDON_DOCUMENT_FORMAT_PDF;
      else if (g_ascii_strcasecmp (format_name, "html") == 0)
        format = CORDON_DOCUMENT_FORMAT_HTML;
      else
        {
          g_printerr (_("cordon report: unknown format “%s”; use pdf or html\n"), format_name);
          return CORDON_EXIT_USAGE;
        }
    }
  else if (!cordon_document_format_from_path (output, &format))
    {
      g_printerr (_("cordon report: cannot tell the format from “%s”; name a .pdf or .html file, or use --format\n"),
                  output);
      return CORDON_EXIT_USAGE;
    }

  if (!cordon_cli_check_output (ctx, "report", output, FALSE, &exit_code))
    return exit_code;

  workspace = cordon_cli_open_workspace (ctx, CORDON_CLI_OPEN_READ, &exit_code);
  if (workspace == NULL)
    return exit_code;

  if (!(incident = cordon_workspace_lookup_incident (workspace, argv[1], &error)) ||
      !(document = cordon_incident_report_build (workspace, incident, &error)) ||
      !cordon_document_write (document, format, output, NULL, NULL, NULL, &error))
    return cordon_cli_report_error ("report", error);

  g_printerr (_("Wrote the report of %s to %s\n"), cordon_incident_get_key (incident), output);

  return CORDON_EXIT_OK;
}
