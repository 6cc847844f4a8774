/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-cli-evidence.c: `cordon evidence`, an incident's evidence
 * register (listing it, adding a file or a physical item, showing an
 * item with its chain of custody, re-verifying a file, writing the
 * custody form), and `cordon custody`, handing an item over.
 */

#define G_LOG_DOMAIN "cordon-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "cordon-cli-private.h"
#include "cordon-custody-form.h"
#include "cordon-file-hasher.h"
#include "cordon-json-object.h"
#include "cordon-time.h"

static char *
display_time (GDateTime *time)
{
  return time != NULL ? cordon_time_format_display (time) : g_strdup ("");
}

static void
append_item_json (GString            *out,
                  CordonEvidenceItem *item)
{
  g_string_append (out, "{\"id\": ");
  cordon_json_append_string (out, cordon_evidence_item_get_label (item));
  cordon_cli_json_member (out, "kind", cordon_evidence_kind_to_id (cordon_evidence_item_get_kind (item)));
  cordon_cli_json_member (out, "description", cordon_evidence_item_get_description (item));
  cordon_cli_json_member (out, "source-host", cordon_evidence_item_get_source_host (item));
  cordon_cli_json_member (out, "source-location", cordon_evidence_item_get_source_location (item));
  cordon_cli_json_member (out, "collected-by", cordon_evidence_item_get_collected_by (item));
  cordon_cli_json_time (out, "collected", cordon_evidence_item_get_collected (item));
  cordon_cli_json_member (out, "storage", cordon_evidence_item_get_storage (item));
  cordon_cli_json_member (out, "file", cordon_evidence_item_get_file_path (item));
  g_string_append_printf (out, ", \"size\": %" G_GINT64_FORMAT, cordon_evidence_item_get_size (item));
  cordon_cli_json_member (out, "sha256", cordon_evidence_item_get_sha256 (item));
  cordon_cli_json_member (out, "holder", cordon_evidence_item_get_holder (item));
}

static void
append_transfers_json (GString    *out,
                       GListModel *transfers)
{
  g_string_append (out, ", \"custody\": [");
  for (guint i = 0; i < g_list_model_get_n_items (transfers); i++)
    {
      g_autoptr(CordonCustodyTransfer) transfer = g_list_model_get_item (transfers, i);

      g_string_append_printf (out, "%s{\"number\": %" G_GINT64_FORMAT, i > 0 ? ", " : "",
                              cordon_custody_transfer_get_number (transfer));
      cordon_cli_json_member (out, "from", cordon_custody_transfer_get_from (transfer));
      cordon_cli_json_member (out, "to", cordon_custody_transfer_get_to (transfer));
      cordon_cli_json_time (out, "time", cordon_custody_transfer_get_time (transfer));
      cordon_cli_json_member (out, "purpose", cordon_custody_transfer_get_purpose (transfer));
      cordon_cli_json_member (out, "location", cordon_custody_transfer_get_location (transfer));
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');
}

static void
append_checks_json (GString    *out,
                    GListModel *checks)
{
  g_string_append (out, ", \"checks\": [");
  for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(CordonEvidenceCheck) check = g_list_model_get_item (checks, i);

      g_string_append_printf (out, "%s{\"number\": %" G_GINT64_FORMAT, i > 0 ? ", " : "",
                              cordon_evidence_check_get_number (check));
      cordon_cli_json_time (out, "time", cordon_evidence_check_get_time (check));
      cordon_cli_json_member (out, "checked-by", cordon_evidence_check_get_checked_by (check));
      cordon_cli_json_member (out, "sha256", cordon_evidence_check_get_sha256 (check));
      cordon_cli_json_member (out, "result", cordon_evidence_check_result_to_id (cordon_evidence_check_get_result (check)));
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');
}

static int
list_register (CordonWorkspace *workspace,
               CordonIncident  *incident,
               gboolean         json)
{
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GString) out = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  if (!(items = cordon_workspace_list_evidence (workspace, incident, &error)))
    return cordon_cli_report_error ("evidence", error);

  n = g_list_model_get_n_items (items);
  out = g_string_new (json ? "[" : NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonEvidenceItem) item = g_list_model_get_item (items, i);

      if (json)
        {
          g_autoptr(GListModel) transfers = cordon_workspace_list_custody (workspace, item, &error);

          if (transfers == NULL)
            return cordon_cli_report_error ("evidence", error);

          g_string_append (out, i == 0 ? "\n  " : ",\n  ");
          append_item_json (out, item);
          append_transfers_json (out, transfers);
          g_string_append_c (out, '}');
        }
      else
        {
          g_autofree char *when = display_time (cordon_evidence_item_get_collected (item));
          const char *sha256 = cordon_evidence_item_get_sha256 (item);

          g_string_append_printf (out, "%-20s %-10s %-64s %s\n  %s; %s %s; %s %s\n",
                                  cordon_evidence_item_get_label (item),
                                  cordon_evidence_kind_to_id (cordon_evidence_item_get_kind (item)),
                                  sha256[0] != '\0' ? sha256 : "-",
                                  when,
                                  cordon_evidence_item_get_description (item),
                                  _("collected by"), cordon_evidence_item_get_collected_by (item),
                                  _("held by"), cordon_evidence_item_get_holder (item));
        }
    }

  if (json)
    g_string_append (out, n > 0 ? "\n]\n" : "]\n");
  else if (n == 0)
    g_printerr (_("No evidence has been recorded for %s.\n"), cordon_incident_get_key (incident));

  cordon_cli_write (out, json);

  return CORDON_EXIT_OK;
}

static int
show_item (CordonWorkspace    *workspace,
           CordonEvidenceItem *item,
           gboolean            json)
{
  g_autoptr(GListModel) transfers = NULL;
  g_autoptr(GListModel) checks = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  if (!(transfers = cordon_workspace_list_custody (workspace, item, &error)) ||
      !(checks = cordon_workspace_list_evidence_checks (workspace, item, &error)))
    return cordon_cli_report_error ("evidence", error);

  if (json)
    {
      append_item_json (out, item);
      append_transfers_json (out, transfers);
      append_checks_json (out, checks);
      g_string_append (out, "}\n");
    }
  else
    {
      g_autofree char *when = display_time (cordon_evidence_item_get_collected (item));

      g_string_append_printf (out, "%s  %s\n", cordon_evidence_item_get_label (item),
                              cordon_evidence_item_get_description (item));
      g_string_append_printf (out, "  %-16s %s\n", _("Kind:"),
                              cordon_evidence_kind_to_label (cordon_evidence_item_get_kind (item)));
      g_string_append_printf (out, "  %-16s %s %s\n", _("Source:"),
                              cordon_evidence_item_get_source_host (item),
                              cordon_evidence_item_get_source_location (item));
      g_string_append_printf (out, "  %-16s %s, %s\n", _("Collected:"),
                              cordon_evidence_item_get_collected_by (item), when);
      g_string_append_printf (out, "  %-16s %s\n", _("Stored at:"), cordon_evidence_item_get_storage (item));
      if (cordon_evidence_item_get_kind (item) == CORDON_EVIDENCE_KIND_ELECTRONIC)
        {
          g_string_append_printf (out, "  %-16s %s\n", _("File:"), cordon_evidence_item_get_file_path (item));
          g_string_append_printf (out, "  %-16s %s\n", _("SHA-256:"), cordon_evidence_item_get_sha256 (item));
        }
      g_string_append_printf (out, "  %-16s %s\n", _("Held by:"), cordon_evidence_item_get_holder (item));

      g_string_append_printf (out, "%s\n", _("Chain of custody:"));
      for (guint i = 0; i < g_list_model_get_n_items (transfers); i++)
        {
          g_autoptr(CordonCustodyTransfer) transfer = g_list_model_get_item (transfers, i);
          g_autofree char *at = display_time (cordon_custody_transfer_get_time (transfer));

          g_string_append_printf (out, "  %" G_GINT64_FORMAT ". %s  %s → %s: %s\n",
                                  cordon_custody_transfer_get_number (transfer), at,
                                  cordon_custody_transfer_get_from (transfer),
                                  cordon_custody_transfer_get_to (transfer),
                                  cordon_custody_transfer_get_purpose (transfer));
        }
      for (guint i = 0; i < g_list_model_get_n_items (checks); i++)
        {
          g_autoptr(CordonEvidenceCheck) check = g_list_model_get_item (checks, i);
          g_autofree char *at = display_time (cordon_evidence_check_get_time (check));

          g_string_append_printf (out, "%s %s  %s (%s)\n", _("Re-verified"), at,
                                  cordon_evidence_check_result_to_label (cordon_evidence_check_get_result (check)),
                                  cordon_evidence_check_get_checked_by (check));
        }
    }

  cordon_cli_write (out, json);

  return CORDON_EXIT_OK;
}

static int
reverify (CordonWorkspace    *workspace,
          CordonEvidenceItem *item,
          const char         *file,
          const char         *author)
{
  g_autoptr(CordonEvidenceCheck) check = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *hash = NULL;

  if (cordon_evidence_item_get_kind (item) != CORDON_EVIDENCE_KIND_ELECTRONIC)
    {
      g_printerr (_("cordon evidence: %s is a physical item; there is no file to re-verify\n"),
                  cordon_evidence_item_get_label (item));
      return CORDON_EXIT_BAD_INPUT;
    }

  if (file == NULL)
    file = cordon_evidence_item_get_file_path (item);

  if (!(hash = cordon_sha256_file (file, NULL, NULL, &error)))
    {
      g_printerr (_("cordon evidence: cannot re-verify %s: %s\n"), cordon_evidence_item_get_label (item),
                  error->message);
      return CORDON_EXIT_BAD_INPUT;
    }

  if (!(check = cordon_workspace_record_evidence_check (workspace, item, hash, author, &error)))
    return cordon_cli_report_error ("evidence", error);

  if (cordon_evidence_check_get_result (check) == CORDON_EVIDENCE_CHECK_RESULT_MISMATCH)
    {
      g_printerr (_("cordon evidence: %s: MISMATCH: %s now has SHA-256 %s, recorded %s\n"),
                  cordon_evidence_item_get_label (item), file, hash, cordon_evidence_item_get_sha256 (item));
      return CORDON_EXIT_INTEGRITY;
    }

  g_print (_("%s: OK, %s matches its recorded SHA-256 %s\n"),
           cordon_evidence_item_get_label (item), file, hash);

  return CORDON_EXIT_OK;
}

int
cordon_cli_evidence (CordonCliContext  *ctx,
                     int                argc,
                     char             **argv)
{
  g_autofree char *add = NULL;
  g_autofree char *add_physical = NULL;
  g_autofree char *description = NULL;
  g_autofree char *collected_by = NULL;
  g_autofree char *host = NULL;
  g_autofree char *location = NULL;
  g_autofree char *storage = NULL;
  g_autofree char *show = NULL;
  g_autofree char *reverify_id = NULL;
  g_autofree char *file = NULL;
  g_autofree char *form = NULL;
  g_autofree char *output = NULL;
  g_autofree char *author = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "add", 0, 0, G_OPTION_ARG_FILENAME, &add, N_("Record a file as evidence, with its SHA-256"), N_("FILE") },
    { "add-physical", 0, 0, G_OPTION_ARG_STRING, &add_physical, N_("Record a physical item"), N_("DESCRIPTION") },
    { "description", 0, 0, G_OPTION_ARG_STRING, &description, N_("What the file is (default: its name)"), N_("TEXT") },
    { "collected-by", 0, 0, G_OPTION_ARG_STRING, &collected_by, N_("Who collected it (default: the user’s name)"), N_("NAME") },
    { "host", 0, 0, G_OPTION_ARG_STRING, &host, N_("The host it was taken from"), N_("HOST") },
    { "location", 0, 0, G_OPTION_ARG_STRING, &location, N_("Where it was found"), N_("PLACE") },
    { "storage", 0, 0, G_OPTION_ARG_STRING, &storage, N_("Where it is kept"), N_("PLACE") },
    { "show", 0, 0, G_OPTION_ARG_STRING, &show, N_("Show an item with its chain of custody"), N_("ITEM-ID") },
    { "reverify", 0, 0, G_OPTION_ARG_STRING, &reverify_id, N_("Hash an item’s file again and record the result (exit 3 on mismatch)"), N_("ITEM-ID") },
    { "file", 0, 0, G_OPTION_ARG_FILENAME, &file, N_("With --reverify: the file to hash, if it moved"), N_("FILE") },
    { "form", 0, 0, G_OPTION_ARG_STRING, &form, N_("Write an item’s custody form as PDF (with -o)"), N_("ITEM-ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("With --form: the PDF file to write"), N_("FILE") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, N_("Who records it (default: the user’s name)"), N_("NAME") },
    { NULL }
  };
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(CordonEvidenceItem) item = NULL;
  g_autoptr(GError) error = NULL;
  const char *item_id;
  int exit_code = CORDON_EXIT_OK;
  guint n_item_modes;

  if (!cordon_cli_parse_options ("evidence", entries, &argc, &argv, 0, 1, &exit_code))
    return exit_code;

  n_item_modes = (show != NULL) + (reverify_id != NULL) + (form != NULL);
  if (n_item_modes + (add != NULL) + (add_physical != NULL) > 1)
    {
      g_printerr (_("cordon evidence: use one of --add, --add-physical, --show, --reverify and --form at a time\n"));
      return CORDON_EXIT_USAGE;
    }
  if (n_item_modes > 0 && argc != 1)
    {
      g_printerr (_("cordon evidence: --show, --reverify and --form take an item id, not an incident key\n"));
      return CORDON_EXIT_USAGE;
    }
  if (n_item_modes == 0 && argc != 2)
    {
      g_printerr (_("cordon evidence: name the incident: cordon evidence KEY [--add FILE]\n"));
      return CORDON_EXIT_USAGE;
    }
  if ((form != NULL) != (output != NULL))
    {
      g_printerr (_("cordon evidence: --form ITEM-ID and -o FILE go together\n"));
      return CORDON_EXIT_USAGE;
    }
  if (file != NULL && reverify_id == NULL)
    {
      g_printerr (_("cordon evidence: --file goes with --reverify\n"));
      return CORDON_EXIT_USAGE;
    }
  if ((description != NULL || collected_by != NULL || host != NULL || location != NULL || storage != NULL) &&
      add == NULL && add_physical == NULL)
    {
      g_printerr (_("cordon evidence: --description, --collected-by, --host, --location and --storage go with --add or --add-physical\n"));
      return CORDON_EXIT_USAGE;
    }

  if (output != NULL && !cordon_cli_check_output (ctx, "evidence", output, FALSE, &exit_code))
    return exit_code;

  if (author == NULL)
    author = g_strdup (cordon_cli_default_author ());

  workspace = cordon_cli_open_workspace (ctx, add != NULL || add_physical != NULL || reverify_id != NULL
                                              ? CORDON_CLI_OPEN_WRITE : CORDON_CLI_OPEN_READ, &exit_code);
  if (workspace == NULL)
    return exit_code;

  item_id = show != NULL ? show : reverify_id != NULL ? reverify_id : form;
  if (item_id != NULL)
    {
      if (!(item = cordon_workspace_lookup_evidence (workspace, item_id, &error)))
        return cordon_cli_report_error ("evidence", error);

      if (show != NULL)
        return show_item (workspace, item, json);

      if (reverify_id != NULL)
        return reverify (workspace, item, file, author);

      if (!cordon_custody_form_write (workspace, item, output, &error))
        return cordon_cli_report_error ("evidence", error);

      g_printerr (_("Wrote the custody form of %s to %s\n"), cordon_evidence_item_get_label (item), output);
      return CORDON_EXIT_OK;
    }

  if (!(incident = cordon_workspace_lookup_incident (workspace, argv[1], &error)))
    return cordon_cli_report_error ("evidence", error);

  if (add == NULL && add_physical == NULL)
    return list_register (workspace, incident, json);

  item = cordon_evidence_item_new ();
  cordon_evidence_item_set_collected_by (item, collected_by != NULL ? collected_by : cordon_cli_default_author ());
  cordon_evidence_item_set_source_host (item, host);
  cordon_evidence_item_set_source_location (item, location);
  cordon_evidence_item_set_storage (item, storage);

  if (add != NULL)
    {
      g_autoptr(GFile) gfile = g_file_new_for_commandline_arg (add);
      g_autofree char *path = g_file_get_path (gfile);
      g_autofree char *basename = g_file_get_basename (gfile);
      g_autofree char *hash = NULL;
      guint64 size = 0;

      if (path == NULL || !(hash = cordon_sha256_file (path, &size, NULL, &error)))
        {
          g_printerr (_("cordon evidence: cannot add %s: %s\n"), add,
                      error != NULL ? error->message : _("not a local file"));
          return CORDON_EXIT_BAD_INPUT;
        }

      cordon_evidence_item_set_kind (item, CORDON_EVIDENCE_KIND_ELECTRONIC);
      cordon_evidence_item_set_description (item, description != NULL ? description : basename);
      cordon_evidence_item_set_file_path (item, path);
      cordon_evidence_item_set_size (item, (gint64) size);
      cordon_evidence_item_set_sha256 (item, hash);
    }
  else
    {
      cordon_evidence_item_set_kind (item, CORDON_EVIDENCE_KIND_PHYSICAL);
      cordon_evidence_item_set_description (item, add_physical);
    }

  if (!cordon_workspace_add_evidence (workspace, incident, item, author, &error))
    return cordon_cli_report_error ("evidence", error);

  if (add != NULL)
    g_print ("%s %s\n", cordon_evidence_item_get_label (item), cordon_evidence_item_get_sha256 (item));
  else
    g_print ("%s\n", cordon_evidence_item_get_label (item));

  return CORDON_EXIT_OK;
}

int
cordon_cli_custody (CordonCliContext  *ctx,
                    int                argc,
                    char             **argv)
{
  g_autofree char *to = NULL;
  g_autofree char *from = NULL;
  g_autofree char *purpose = NULL;
  g_autofree char *location = NULL;
  g_autofree char *author = NULL;
  const GOptionEntry entries[] = {
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Who receives the item"), N_("NAME") },
    { "purpose", 0, 0, G_OPTION_ARG_STRING, &purpose, N_("Why it is handed over"), N_("TEXT") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("Who hands it over (checked against the current holder)"), N_("NAME") },
    { "location", 0, 0, G_OPTION_ARG_STRING, &location, N_("Where it is kept from now on"), N_("PLACE") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, N_("Who records the transfer (default: the user’s name)"), N_("NAME") },
    { NULL }
  };
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(CordonEvidenceItem) item = NULL;
  g_autoptr(CordonCustodyTransfer) transfer = NULL;
  g_autoptr(GError) error = NULL;
  int exit_code = CORDON_EXIT_OK;

  if (!cordon_cli_parse_options ("custody", entries, &argc, &argv, 1, 1, &exit_code))
    return exit_code;

  if (to == NULL || purpose == NULL)
    {
      g_printerr (_("cordon custody: --to NAME and --purpose TEXT are required\n"));
      return CORDON_EXIT_USAGE;
    }

  workspace = cordon_cli_open_workspace (ctx, CORDON_CLI_OPEN_WRITE, &exit_code);
  if (workspace == NULL)
    return exit_code;

  if (!(item = cordon_workspace_lookup_evidence (workspace, argv[1], &error)))
    return cordon_cli_report_error ("custody", error);

  transfer = cordon_custody_transfer_new ();
  cordon_custody_transfer_set_to (transfer, to);
  cordon_custody_transfer_set_from (transfer, from);
  cordon_custody_transfer_set_purpose (transfer, purpose);
  cordon_custody_transfer_set_location (transfer, location);
  cordon_custody_transfer_set_author (transfer, author != NULL ? author : cordon_cli_default_author ());

  if (!cordon_workspace_transfer_custody (workspace, item, transfer, &error))
    {
      g_prefix_error (&error, "%s: ", argv[1]);
      return cordon_cli_report_error ("custody", error);
    }

  g_print (_("%s: transfer %" G_GINT64_FORMAT ", from %s to %s\n"), cordon_evidence_item_get_label (item),
           cordon_custody_transfer_get_number (transfer), cordon_custody_transfer_get_from (transfer),
           cordon_custody_transfer_get_to (transfer));

  return CORDON_EXIT_OK;
}
