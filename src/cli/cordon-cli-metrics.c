/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-cli-metrics.c: `cordon metrics`, the figures of a period — the
 * same the dashboard draws.
 */

#define G_LOG_DOMAIN "cordon-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "cordon-cli-private.h"
#include "cordon-json-object.h"
#include "cordon-time.h"

/* A day (YYYY-MM-DD, UTC; @end_of_day for the day after it, so that
 * --to names the last day counted) or an ISO 8601 time */
static gboolean
parse_bound (const char *text,
             gboolean    end_of_day,
             gint64     *out_usec)
{
  int year, month, day;
  char tail;

  if (sscanf (text, "%4d-%2d-%2d%c", &year, &month, &day, &tail) == 3 &&
      strlen (text) == 10)
    {
      g_autoptr(GDateTime) date = g_date_time_new_utc (year, month, day, 0, 0, 0);

      if (date == NULL)
        return FALSE;
      *out_usec = cordon_time_from_date_time (date) + (end_of_day ? G_TIME_SPAN_DAY : 0);
      return TRUE;
    }

  return cordon_time_parse_iso8601 (text, out_usec);
}

static void
append_duration_json (GString              *out,
                      const char           *name,
                      const CordonDuration *duration)
{
  g_string_append_printf (out, ",\n  \"%s\": {\"incidents\": %u, \"median-seconds\": ", name, duration->n);
  if (duration->median_usec >= 0)
    g_string_append_printf (out, "%" G_GINT64_FORMAT ", \"p90-seconds\": %" G_GINT64_FORMAT "}",
                            duration->median_usec / G_USEC_PER_SEC, duration->p90_usec / G_USEC_PER_SEC);
  else
    g_string_append (out, "null, \"p90-seconds\": null}");
}

static void
append_counts_json (GString    *out,
                    const char *name,
                    GPtrArray  *counts,
                    gboolean    sla)
{
  g_string_append_printf (out, ",\n  \"%s\": [", name);
  for (guint i = 0; i < counts->len; i++)
    {
      CordonCount *count = counts->pdata[i];

      g_string_append (out, i == 0 ? "{\"id\": " : ", {\"id\": ");
      cordon_json_append_string (out, count->id);
      g_string_append_printf (out, ", \"incidents\": %u", count->n);
      if (sla)
        {
          int compliance = cordon_metrics_compliance (count);

          g_string_append_printf (out, ", \"sla-met\": %u, \"sla-breached\": %u, \"compliance-percent\": ",
                                  count->met, count->breached);
          if (compliance >= 0)
            g_string_append_printf (out, "%d", compliance);
          else
            g_string_append (out, "null");
        }
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');
}

static void
append_duration_text (GString              *out,
                      const char           *label,
                      const CordonDuration *duration)
{
  g_autofree char *median = cordon_checklist_format_elapsed (duration->median_usec);
  g_autofree char *p90 = cordon_checklist_format_elapsed (duration->p90_usec);
  g_autofree char *n = g_strdup_printf (ngettext ("%u incident", "%u incidents", duration->n), duration->n);

  /* Translators: "Time to acknowledge   median 45 min   90th percentile 2 h (12 incidents)" */
  g_string_append_printf (out, _("%-20s median %-10s 90th percentile %-10s (%s)\n"),
                          label, median, p90, n);
}

int
cordon_cli_metrics (CordonCliContext  *ctx,
                    int                argc,
                    char             **argv)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("Count incidents detected on or after this day (YYYY-MM-DD) or time"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Count incidents detected up to this day, included, or before this time"), N_("DATE") },
    { NULL }
  };
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(CordonMetrics) metrics = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  int exit_code = CORDON_EXIT_OK;
  gint64 from_usec = -1, to_usec = -1;

  if (!cordon_cli_parse_options ("metrics", entries, &argc, &argv, 0, 0, &exit_code))
    return exit_code;

  if (from != NULL && !parse_bound (from, FALSE, &from_usec))
    {
      g_printerr (_("cordon metrics: --from “%s” is not a day (YYYY-MM-DD) or an ISO 8601 time\n"), from);
      return CORDON_EXIT_USAGE;
    }
  if (to != NULL && !parse_bound (to, TRUE, &to_usec))
    {
      g_printerr (_("cordon metrics: --to “%s” is not a day (YYYY-MM-DD) or an ISO 8601 time\n"), to);
      return CORDON_EXIT_USAGE;
    }
  if (from_usec >= 0 && to_usec >= 0 && to_usec <= from_usec)
    {
      g_printerr (_("cordon metrics: the period from %s to %s is empty\n"), from, to);
      return CORDON_EXIT_USAGE;
    }

  workspace = cordon_cli_open_workspace (ctx, CORDON_CLI_OPEN_READ, &exit_code);
  if (workspace == NULL)
    return exit_code;

  if (!(metrics = cordon_workspace_compute_period_metrics (workspace, from_usec, to_usec, &error)))
    return cordon_cli_report_error ("metrics", error);

  if (json)
    {
      g_string_append (out, "{\n  \"from\": ");
      if (from_usec >= 0)
        {
          g_autofree char *text = cordon_time_to_iso8601_compact (from_usec);
          cordon_json_append_string (out, text);
        }
      else
        g_string_append (out, "null");
      g_string_append (out, ",\n  \"to\": ");
      if (to_usec >= 0)
        {
          g_autofree char *text = cordon_time_to_iso8601_compact (to_usec);
          cordon_json_append_string (out, text);
        }
      else
        g_string_append (out, "null");
      g_string_append_printf (out, ",\n  \"incidents\": %u", metrics->n_incidents);
      append_duration_json (out, "time-to-acknowledge", &metrics->acknowledge);
      append_duration_json (out, "time-to-contain", &metrics->contain);
      append_duration_json (out, "time-to-recover", &metrics->recover);
      append_counts_json (out, "by-severity", metrics->by_severity, TRUE);
      append_counts_json (out, "by-category", metrics->by_category, FALSE);
      append_counts_json (out, "by-phase", metrics->by_phase, FALSE);
      g_string_append (out, "\n}\n");
    }
  else
    {
      g_string_append_printf (out, ngettext ("%u incident\n", "%u incidents\n", metrics->n_incidents),
                              metrics->n_incidents);
      g_string_append_c (out, '\n');
      append_duration_text (out, _("Time to acknowledge"), &metrics->acknowledge);
      append_duration_text (out, _("Time to contain"), &metrics->contain);
      append_duration_text (out, _("Time to recover"), &metrics->recover);

      g_string_append_printf (out, "\n%s\n", _("SLA compliance by severity"));
      for (guint i = 0; i < metrics->by_severity->len; i++)
        {
          CordonCount *count = metrics->by_severity->pdata[i];
          int compliance = cordon_metrics_compliance (count);
          g_autofree char *percent = compliance >= 0 ? g_strdup_printf ("%d %%", compliance) : g_strdup ("—");

          /* Translators: severity, incidents, deadlines met, breached, compliance */
          g_string_append_printf (out, _("  %-14s %5u incidents  %5u met  %5u breached  %6s\n"),
                                  count->id, count->n, count->met, count->breached, percent);
        }

      g_string_append_printf (out, "\n%s\n", _("By category"));
      for (guint i = 0; i < metrics->by_category->len; i++)
        {
          CordonCount *count = metrics->by_category->pdata[i];
          g_string_append_printf (out, "  %-24s %5u\n", count->id, count->n);
        }

      g_string_append_printf (out, "\n%s\n", _("By phase"));
      for (guint i = 0; i < metrics->by_phase->len; i++)
        {
          CordonCount *count = metrics->by_phase->pdata[i];
          g_string_append_printf (out, "  %-24s %5u\n", count->id, count->n);
        }
    }

  cordon_cli_write (out, json);

  return CORDON_EXIT_OK;
}
