/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-cli-containment.c: `cordon library`, the containment strategy
 * library, and `cordon plan`, an incident's containment plan: showing it,
 * adding an action from the library or a custom one, and changing an
 * action's status.
 */

#define G_LOG_DOMAIN "cordon-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "cordon-cli-private.h"
#include "cordon-json-object.h"
#include "cordon-time.h"

static void
append_strv (GString            *out,
             const char * const *strv)
{
  g_string_append_c (out, '[');
  for (guint i = 0; strv[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      cordon_json_append_string (out, strv[i]);
    }
  g_string_append_c (out, ']');
}

int
cordon_cli_library (CordonCliContext  *ctx,
                    int                argc,
                    char             **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(GListModel) strategies = NULL;
  g_autoptr(GString) out = NULL;
  g_autoptr(GError) error = NULL;
  int exit_code = CORDON_EXIT_OK;
  guint n;

  if (!cordon_cli_parse_options ("library", entries, &argc, &argv, 0, 0, &exit_code))
    return exit_code;

  workspace = cordon_cli_open_workspace (ctx, CORDON_CLI_OPEN_READ, &exit_code);
  if (workspace == NULL)
    return exit_code;

  if (!(strategies = cordon_workspace_list_strategies (workspace, &error)))
    return cordon_cli_report_error ("library", error);

  n = g_list_model_get_n_items (strategies);
  out = g_string_new (json ? "[" : NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonStrategy) strategy = g_list_model_get_item (strategies, i);
      g_autoptr(GDateTime) last = NULL;
      g_autofree char *areas = cordon_focus_area_to_string (cordon_strategy_get_focus_areas (strategy));

      if (!cordon_workspace_get_last_validated (workspace, strategy, &last, &error))
        return cordon_cli_report_error ("library", error);

      if (json)
        {
          g_string_append (out, i == 0 ? "\n  {\"id\": " : ",\n  {\"id\": ");
          cordon_json_append_string (out, cordon_strategy_get_slug (strategy));
          cordon_cli_json_member (out, "name", cordon_strategy_get_name (strategy));
          g_string_append (out, ", \"focus-areas\": ");
          {
            g_auto(GStrv) ids = g_strsplit (areas, ",", -1);
            append_strv (out, areas[0] != '\0' ? (const char * const *) ids : (const char * const []) { NULL });
          }
          cordon_cli_json_member (out, "term", cordon_containment_term_to_id (cordon_strategy_get_term (strategy)));
          g_string_append (out, ", \"categories\": ");
          append_strv (out, cordon_strategy_get_categories (strategy));
          cordon_cli_json_member (out, "group", cordon_strategy_get_group (strategy));
          g_string_append_printf (out, ", \"evidence-risk\": %s",
                                  cordon_strategy_get_evidence_risk (strategy) ? "true" : "false");
          g_string_append (out, ", \"d3fend\": ");
          append_strv (out, cordon_strategy_get_d3fend (strategy));
          g_string_append (out, ", \"mitigations\": ");
          append_strv (out, cordon_strategy_get_mitigations (strategy));
          cordon_cli_json_time (out, "last-validated", last);
          g_string_append_c (out, '}');
        }
      else
        {
          g_autofree char *validated = last != NULL
            ? cordon_time_to_iso8601_compact (cordon_time_from_date_time (last))
            : g_strdup (_("never validated"));

          g_string_append_printf (out, "%-30s %-10s %-38s %s%s\n  %s\n",
                                  cordon_strategy_get_slug (strategy),
                                  cordon_containment_term_to_id (cordon_strategy_get_term (strategy)),
                                  areas,
                                  validated,
                                  cordon_strategy_get_evidence_risk (strategy) ? _(", may destroy evidence") : "",
                                  cordon_strategy_get_name (strategy));
        }
    }

  if (json)
    g_string_append (out, n > 0 ? "\n]\n" : "]\n");
  else if (n == 0)
    g_printerr (_("The strategy library is empty.\n"));

  cordon_cli_write (out, json);

  return CORDON_EXIT_OK;
}

static void
append_checks_json (GString    *out,
                    GListModel *checks)
{
  g_string_append (out, ", \"checks\": [");
  for (guint i = 0; checks != NULL && i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(CordonMonitoringCheck) check = g_list_model_get_item (checks, i);

      g_string_append_printf (out, "%s{\"id\": %" G_GINT64_FORMAT, i == 0 ? "" : ", ",
                              cordon_monitoring_check_get_id (check));
      cordon_cli_json_member (out, "target", cordon_monitoring_target_to_id (cordon_monitoring_check_get_target (check)));
      cordon_cli_json_member (out, "text", cordon_monitoring_check_get_text (check));
      g_string_append_printf (out, ", \"duration-seconds\": %" G_GINT64_FORMAT
                              ", \"interval-seconds\": %" G_GINT64_FORMAT,
                              cordon_monitoring_check_get_duration (check),
                              cordon_monitoring_check_get_interval (check));
      cordon_cli_json_time (out, "next-due", cordon_monitoring_check_get_next_due (check));
      cordon_cli_json_time (out, "ends", cordon_monitoring_check_get_ends (check));
      cordon_cli_json_member (out, "outcome", cordon_monitoring_outcome_to_id (cordon_monitoring_check_get_outcome (check)));
      cordon_cli_json_member (out, "outcome-notes", cordon_monitoring_check_get_outcome_notes (check));
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');
}

static void
append_checks_text (GString    *out,
                    GListModel *checks)
{
  for (guint i = 0; checks != NULL && i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(CordonMonitoringCheck) check = g_list_model_get_item (checks, i);
      const char *text = cordon_monitoring_check_get_text (check);
      GDateTime *next_due = cordon_monitoring_check_get_next_due (check);

      g_string_append_printf (out, "      %s %s%s%s",
                              /* Translators: a monitoring check in "cordon plan": watch <what> */
                              _("watch"),
                              cordon_monitoring_target_to_id (cordon_monitoring_check_get_target (check)),
                              text[0] != '\0' ? ": " : "", text);
      if (cordon_monitoring_check_get_outcome (check) != CORDON_MONITORING_OUTCOME_PENDING)
        g_string_append_printf (out, " · %s", cordon_monitoring_outcome_to_id (cordon_monitoring_check_get_outcome (check)));
      else if (next_due != NULL)
        {
          g_autofree char *due = cordon_time_to_iso8601_compact (cordon_time_from_date_time (next_due));

          /* Translators: when a monitoring check is next due, in "cordon plan" */
          g_string_append_printf (out, " · %s %s", _("next due"), due);
        }
      else
        /* Translators: a monitoring check whose period is over, in "cordon plan" */
        g_string_append_printf (out, " · %s", _("period over, outcome wanted"));
      g_string_append_c (out, '\n');
    }
}

static void
print_plan (CordonWorkspace *workspace,
            GListModel      *plan,
            gboolean         json)
{
  g_autoptr(GString) out = g_string_new (json ? "[" : NULL);
  guint n = g_list_model_get_n_items (plan);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonPlanAction) action = g_list_model_get_item (plan, i);
      g_autoptr(GListModel) checks = cordon_workspace_list_monitoring_checks (workspace, action, NULL);
      const char *strategy = cordon_plan_action_get_strategy (action);

      if (json)
        {
          g_string_append_printf (out, "%s{\"id\": %" G_GINT64_FORMAT,
                                  i == 0 ? "\n  " : ",\n  ", cordon_plan_action_get_id (action));
          g_string_append_printf (out, ", \"position\": %" G_GINT64_FORMAT, cordon_plan_action_get_position (action));
          g_string_append (out, ", \"strategy\": ");
          if (strategy != NULL)
            cordon_json_append_string (out, strategy);
          else
            g_string_append (out, "null");
          cordon_cli_json_member (out, "title", cordon_plan_action_get_title (action));
          cordon_cli_json_member (out, "term", cordon_containment_term_to_id (cordon_plan_action_get_term (action)));
          cordon_cli_json_member (out, "owner", cordon_plan_action_get_owner (action));
          cordon_cli_json_member (out, "status", cordon_action_status_to_id (cordon_plan_action_get_status (action)));
          cordon_cli_json_member (out, "waive-reason", cordon_plan_action_get_waive_reason (action));
          cordon_cli_json_time (out, "started", cordon_plan_action_get_started (action));
          cordon_cli_json_time (out, "finished", cordon_plan_action_get_finished (action));
          cordon_cli_json_member (out, "notes", cordon_plan_action_get_notes (action));
          g_string_append_printf (out, ", \"evidence-risk\": %s",
                                  cordon_plan_action_get_evidence_risk (action) ? "true" : "false");
          append_checks_json (out, checks);
          g_string_append_c (out, '}');
        }
      else
        {
          g_string_append_printf (out, "%-5" G_GINT64_FORMAT " %-10s %-11s %s%s\n",
                                  cordon_plan_action_get_id (action),
                                  cordon_containment_term_to_id (cordon_plan_action_get_term (action)),
                                  cordon_action_status_to_id (cordon_plan_action_get_status (action)),
                                  cordon_plan_action_get_title (action),
                                  cordon_plan_action_get_evidence_risk (action) ? _(" (may destroy evidence)") : "");
          append_checks_text (out, checks);
        }
    }

  if (json)
    g_string_append (out, n > 0 ? "\n]\n" : "]\n");
  else if (n == 0)
    g_printerr (_("The containment plan is empty.\n"));

  cordon_cli_write (out, json);
}

int
cordon_cli_plan (CordonCliContext  *ctx,
                 int                argc,
                 char             **argv)
{
  g_autofree char *add = NULL;
  g_autofree char *custom = NULL;
  g_autofree char *status_id = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *author = NULL;
  gint64 action_id = 0;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "add", 0, 0, G_OPTION_ARG_STRING, &add, N_("Add an action from the strategy library"), N_("STRATEGY-ID") },
    { "custom", 0, 0, G_OPTION_ARG_STRING, &custom, N_("Add a custom short-term action"), N_("TEXT") },
    { "set", 0, 0, G_OPTION_ARG_INT64, &action_id, N_("Change the status of an action (with --status)"), N_("ACTION-ID") },
    { "status", 0, 0, G_OPTION_ARG_STRING, &status_id, N_("The new status: planned, in-progress, done, failed, rolled-back or waived"), N_("S") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why (required to waive)"), N_("R") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, N_("Who makes the change (default: the user’s name)"), N_("NAME") },
    { NULL }
  };
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GListModel) plan = NULL;
  g_autoptr(GError) error = NULL;
  CordonActionStatus status = CORDON_ACTION_STATUS_PLANNED;
  int exit_code = CORDON_EXIT_OK;
  guint n_edits;

  if (!cordon_cli_parse_options ("plan", entries, &argc, &argv, 1, 1, &exit_code))
    return exit_code;

  n_edits = (add != NULL) + (custom != NULL) + (action_id != 0);
  if (n_edits > 1)
    {
      g_printerr (_("cordon plan: use one of --add, --custom and --set at a time\n"));
      return CORDON_EXIT_USAGE;
    }
  if ((action_id != 0) != (status_id != NULL))
    {
      g_printerr (_("cordon plan: --set ACTION-ID and --status S go together\n"));
      return CORDON_EXIT_USAGE;
    }
  if (status_id != NULL && !cordon_action_status_from_id (status_id, &status))
    {
      g_printerr (_("cordon plan: unknown status “%s”; use planned, in-progress, done, failed, rolled-back or waived\n"),
                  status_id);
      return CORDON_EXIT_USAGE;
    }
  if (reason != NULL && action_id == 0)
    {
      g_printerr (_("cordon plan: --reason goes with --set\n"));
      return CORDON_EXIT_USAGE;
    }

  workspace = cordon_cli_open_workspace (ctx, n_edits > 0 ? CORDON_CLI_OPEN_WRITE : CORDON_CLI_OPEN_READ, &exit_code);
  if (workspace == NULL)
    return exit_code;

  if (!(incident = cordon_workspace_lookup_incident (workspace, argv[1], &error)))
    return cordon_cli_report_error ("plan", error);

  if (author == NULL)
    author = g_strdup (cordon_cli_default_author ());

  if (add != NULL || custom != NULL)
    {
      g_autoptr(CordonPlanAction) action = cordon_plan_action_new ();

      if (add != NULL)
        cordon_plan_action_set_strategy (action, add);
      else
        cordon_plan_action_set_title (action, custom);

      if (!cordon_workspace_add_plan_action (workspace, incident, action, &error))
        return cordon_cli_report_error ("plan", error);

      g_print ("%" G_GINT64_FORMAT "\n", cordon_plan_action_get_id (action));
      return CORDON_EXIT_OK;
    }

  if (action_id != 0)
    {
      g_autoptr(CordonPlanAction) action = cordon_workspace_lookup_plan_action (workspace, action_id, &error);

      if (action == NULL)
        return cordon_cli_report_error ("plan", error);

      if (cordon_plan_action_get_incident_id (action) != cordon_incident_get_id (incident))
        {
          g_printerr (_("cordon plan: action #%" G_GINT64_FORMAT " is not in the plan of %s\n"),
                      action_id, cordon_incident_get_key (incident));
          return CORDON_EXIT_BAD_INPUT;
        }

      if (!cordon_workspace_set_plan_action_status (workspace, action, status, reason, author, &error))
        return cordon_cli_report_error ("plan", error);

      return CORDON_EXIT_OK;
    }

  if (!(plan = cordon_workspace_list_plan (workspace, incident, &error)))
    return cordon_cli_report_error ("plan", error);

  print_plan (workspace, plan, json);

  return CORDON_EXIT_OK;
}
