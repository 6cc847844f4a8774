/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-workspace-metrics.c: the figures of the incidents detected in a
 * period, for the dashboard and `cordon metrics`. Everything is read in a
 * few passes — the incidents from memory, the SLA policies and the update
 * history of every incident in one query each — so that the figures of a
 * large workspace come quickly.
 */

#define G_LOG_DOMAIN "cordon-workspace"

#include "config.h"

#include "cordon-sla.h"
#include "cordon-sla-calendar.h"
#include "cordon-workspace-private.h"

typedef struct
{
  CordonSlaPolicy   *policy;
  CordonSlaCalendar *calendar;
} PolicyEntry;

static void
policy_entry_free (PolicyEntry *entry)
{
  g_clear_object (&entry->policy);
  g_clear_pointer (&entry->calendar, cordon_sla_calendar_unref);
  g_free (entry);
}

CordonMetrics *
cordon_workspace_compute_period_metrics (CordonWorkspace  *self,
                                         gint64            from_usec,
                                         gint64            to_usec,
                                         GError          **error)
{
  g_autoptr(CordonMetrics) metrics = NULL;
  g_autoptr(GListModel) policies = NULL;
  g_autoptr(GHashTable) by_severity = NULL;
  g_autoptr(GHashTable) histories = NULL;
  g_autoptr(GHashTable) history_ids = NULL;
  GListModel *incidents;
  gint64 now;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);

  if (!(policies = cordon_workspace_list_sla_policies (self, error)) ||
      !(histories = cordon_workspace_load_sla_history (self, NULL, error)) ||
      !(history_ids = cordon_workspace_list_history_ids (self, error)))
    return NULL;

  by_severity = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) policy_entry_free);
  for (guint i = 0; i < g_list_model_get_n_items (policies); i++)
    {
      PolicyEntry *entry = g_new0 (PolicyEntry, 1);

      entry->policy = g_list_model_get_item (policies, i);
      entry->calendar = cordon_sla_calendar_new_for_policy (entry->policy);
      g_hash_table_replace (by_severity, (gpointer) cordon_sla_policy_get_severity (entry->policy), entry);
    }

  if (!_cordon_workspace_ensure_incidents (self, error))
    return NULL;
  incidents = cordon_workspace_get_incidents (self);

  now = _cordon_workspace_now (self);
  metrics = cordon_metrics_new (from_usec, to_usec);

  for (guint i = 0; i < g_list_model_get_n_items (incidents); i++)
    {
      g_autoptr(CordonIncident) incident = g_list_model_get_item (incidents, i);
      g_autoptr(GArray) deadlines = NULL;
      CordonIncidentMetrics figures;
      PolicyEntry *entry;
      gint64 detected = cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_DETECTED);
      CordonClosure closure;

      if (detected == 0)
        detected = cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_CREATED);

      if ((from_usec >= 0 && detected < from_usec) ||
          (to_usec >= 0 && detected >= to_usec) ||
          cordon_incident_get_exercise (incident))
        continue;

      /* A false positive, a duplicate or what was not an incident tells
       * nothing about how fast incidents are handled */
      if (cordon_workspace_get_closure (self, incident, &closure, NULL, NULL) &&
          closure != CORDON_CLOSURE_RESOLVED)
        continue;

      /* Imported history counts by what its own record tells: its
       * times where the record gives them, and no SLA deadlines */
      {
        gint64 id = cordon_incident_get_id (incident);

        entry = g_hash_table_contains (history_ids, &id) ? NULL
              : g_hash_table_lookup (by_severity, cordon_incident_get_severity (incident));
      }
      if (entry != NULL)
        deadlines = cordon_sla_compute (incident, entry->policy, entry->calendar,
                                        g_hash_table_lookup (histories,
                                                             cordon_workspace_sla_history_key (cordon_incident_get_id (incident))),
                                        now);

      figures = cordon_incident_metrics_compute (incident, deadlines);
      cordon_metrics_add (metrics, incident, &figures);
    }

  cordon_metrics_finish (metrics, cordon_workspace_get_taxonomy (self));

  return g_steal_pointer (&metrics);
}
