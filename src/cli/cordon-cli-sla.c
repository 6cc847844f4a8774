/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-cli-sla.c: `cordon sla`, every open incident's SLA deadlines with
 * their due time, state and time left, as now or as at a given time.
 */

#define G_LOG_DOMAIN "cordon-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "cordon-cli-private.h"
#include "cordon-json-object.h"
#include "cordon-sla.h"
#include "cordon-time.h"

static void
unref_policy (gpointer policy)
{
  if (policy != NULL)
    g_object_unref (policy);
}

/* "-1h 05m", "2d 03h", "12m" */
static char *
format_left (gint64 usec)
{
  gint64 minutes = (usec < 0 ? -usec : usec) / (60 * G_USEC_PER_SEC);
  const char *sign = usec < 0 ? "-" : "";

  if (minutes >= 24 * 60)
    return g_strdup_printf ("%s%" G_GINT64_FORMAT "d %02" G_GINT64_FORMAT "h", sign,
                            minutes / (24 * 60), (minutes / 60) % 24);
  if (minutes >= 60)
    return g_strdup_printf ("%s%" G_GINT64_FORMAT "h %02" G_GINT64_FORMAT "m", sign,
                            minutes / 60, minutes % 60);

  return g_strdup_printf ("%s%" G_GINT64_FORMAT "m", sign, minutes);
}

static void
append_time_member (GString    *out,
                    const char *name,
                    gint64      usec)
{
  g_string_append_printf (out, ", \"%s\": ", name);
  if (usec == 0 || usec == G_MAXINT64)
    g_string_append (out, "null");
  else
    {
      g_autofree char *text = cordon_time_to_iso8601_compact (usec);
      cordon_json_append_string (out, text);
    }
}

static void
append_json (GString        *out,
             CordonIncident *incident,
             gboolean        paused,
             GArray         *deadlines)
{
  g_string_append (out, "{\"key\": ");
  cordon_json_append_string (out, cordon_incident_get_key (incident));
  g_string_append (out, ", \"severity\": ");
  cordon_json_append_string (out, cordon_incident_get_severity (incident));
  g_string_append (out, ", \"phase\": ");
  cordon_json_append_string (out, cordon_phase_to_id (cordon_incident_get_phase (incident)));
  g_string_append_printf (out, ", \"paused\": %s, \"deadlines\": [", paused ? "true" : "false");

  for (guint i = 0; i < deadlines->len; i++)
    {
      const CordonSlaDeadline *deadline = &g_array_index (deadlines, CordonSlaDeadline, i);

      g_string_append (out, i == 0 ? "\n    {\"deadline\": " : ",\n    {\"deadline\": ");
      cordon_json_append_string (out, cordon_sla_kind_to_id (deadline->kind));
      g_string_append (out, ", \"state\": ");
      cordon_json_append_string (out, cordon_sla_state_to_id (deadline->state));
      append_time_member (out, "start", deadline->start_usec);
      append_time_member (out, "warn", deadline->warn_usec);
      append_time_member (out, "due", deadline->due_usec);
      append_time_member (out, "met", deadline->met_usec);
      g_string_append_printf (out, ", \"remaining-seconds\": %" G_GINT64_FORMAT "}",
                              deadline->remaining_usec / G_USEC_PER_SEC);
    }

  g_string_append (out, deadlines->len > 0 ? "\n  ]}" : "]}");
}

int
cordon_cli_sla (CordonCliContext  *ctx,
                int                argc,
                char             **argv)
{
  g_autofree char *at = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at, N_("Compute as if it were this time (ISO 8601, UTC when no zone is given)"), N_("TIME") },
    { NULL }
  };
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(GHashTable) histories = NULL;
  g_autoptr(GHashTable) policies = NULL;
  g_autoptr(GHashTable) calendars = NULL;
  g_autoptr(GString) out = NULL;
  g_autoptr(GError) error = NULL;
  int exit_code = CORDON_EXIT_OK;
  GListModel *incidents;
  guint n_listed = 0;
  gint64 now;

  if (!cordon_cli_parse_options ("sla", entries, &argc, &argv, 0, 0, &exit_code))
    return exit_code;

  if (at != NULL && !cordon_time_parse_iso8601 (at, &now))
    {
      g_printerr (_("cordon sla: --at “%s” is not an ISO 8601 date and time, "
                    "e.g. 2026-03-01T14:00:00Z\n"), at);
      return CORDON_EXIT_USAGE;
    }

  workspace = cordon_cli_open_workspace (ctx, CORDON_CLI_OPEN_READ, &exit_code);
  if (workspace == NULL)
    return exit_code;

  if (at == NULL)
    now = cordon_clock_now_usec (cordon_workspace_get_clock (workspace));

  if (!(histories = cordon_workspace_load_sla_history (workspace, NULL, &error)))
    return cordon_cli_report_error ("sla", error);

  policies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) unref_policy);
  calendars = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) cordon_sla_calendar_unref);
  incidents = cordon_workspace_get_incidents (workspace);
  out = g_string_sized_new (64 * 1024);
  if (json)
    g_string_append (out, "[");

  for (guint i = 0; i < g_list_model_get_n_items (incidents); i++)
    {
      g_autoptr(CordonIncident) incident = g_list_model_get_item (incidents, i);
      g_autoptr(GArray) deadlines = NULL;
      const char *severity = cordon_incident_get_severity (incident);
      const CordonSlaHistory *history;
      CordonSlaPolicy *policy;
      gboolean paused;

      if (!cordon_incident_is_open (incident) ||
          cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_DETECTED) > now)
        continue;

      if (!g_hash_table_contains (policies, severity))
        {
          CordonSlaPolicy *found = cordon_workspace_lookup_sla_policy (workspace, severity, NULL);

          /* A severity without policy is remembered as NULL */
          g_hash_table_insert (policies, g_strdup (severity), found);
          if (found != NULL)
            {
              CordonSlaCalendar *calendar = cordon_sla_calendar_new_for_policy (found);

              if (calendar != NULL)
                g_hash_table_insert (calendars, g_strdup (severity), calendar);
            }
        }

      policy = g_hash_table_lookup (policies, severity);
      if (policy == NULL)
        continue;

      history = g_hash_table_lookup (histories, cordon_workspace_sla_history_key (cordon_incident_get_id (incident)));
      deadlines = cordon_sla_compute (incident, policy, g_hash_table_lookup (calendars, severity), history, now);
      paused = FALSE;
      for (guint j = 0; j < deadlines->len; j++)
        paused |= g_array_index (deadlines, CordonSlaDeadline, j).state == CORDON_SLA_STATE_PAUSED;

      if (json)
        {
          g_string_append (out, n_listed == 0 ? "\n  " : ",\n  ");
          append_json (out, incident, paused, deadlines);
        }
      else
        {
          for (guint j = 0; j < deadlines->len; j++)
            {
              const CordonSlaDeadline *deadline = &g_array_index (deadlines, CordonSlaDeadline, j);
              g_autofree char *due = deadline->due_usec != G_MAXINT64 ? cordon_time_to_iso8601_compact (deadline->due_usec) : g_strdup ("-");
              g_autofree char *left = format_left (deadline->remaining_usec);

              g_string_append_printf (out, "%-14s %-9s %-13s %-9s %-21s %s\n",
                                      cordon_incident_get_key (incident), severity,
                                      cordon_sla_kind_to_id (deadline->kind),
                                      cordon_sla_state_to_id (deadline->state),
                                      due, left);
            }
        }
      n_listed++;

      if (out->len > 64 * 1024)
        {
          cordon_cli_write (out, json);
          g_string_truncate (out, 0);
        }
    }

  if (json)
    g_string_append (out, n_listed > 0 ? "\n]\n" : "]\n");
  else if (n_listed == 0)
    g_printerr (_("No open incidents.\n"));

  cordon_cli_write (out, json);

  return CORDON_EXIT_OK;
}
