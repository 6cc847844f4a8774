/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-workspace-listing.c: the incidents a listing prints, read in
 * one query of only the columns it shows, straight from the rows: no
 * incident objects are made, so `cordon list` on a large workspace costs
 * little more than the query itself; and which incidents have records
 * besides their journal, so that an export asks only about those.
 */

#define G_LOG_DOMAIN "cordon-workspace"

#include "config.h"

#include "cordon-workspace-private.h"

/* Both in the column order of the summary; the brief one reads only
 * the columns a listing for people shows */
static const char sql_select_summaries[] =
  "SELECT key, title, category, severity, impact, phase, tlp, lead, exercise,"
  " detected, updated, journal_count"
  " FROM incidents"
  " WHERE ?1 IS NULL OR severity = ?1"
  " ORDER BY id";
static const char sql_select_brief_summaries[] =
  "SELECT key, title, category, severity, '', phase"
  " FROM incidents"
  " WHERE ?1 IS NULL OR severity = ?1"
  " ORDER BY id";

gboolean
cordon_workspace_foreach_incident_summary (CordonWorkspace             *self,
                                           const char                  *phase,
                                           const char                  *severity,
                                           CordonIncidentSummaryFlags   flags,
                                           CordonIncidentSummaryFunc    func,
                                           gpointer                     user_data,
                                           GError                     **error)
{
  gboolean brief = (flags & CORDON_INCIDENT_SUMMARY_BRIEF) != 0;
  g_autoptr(CordonStmt) stmt = NULL;
  CordonPhase phase_value = CORDON_PHASE_DETECTED;
  int rc;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (!_cordon_workspace_check_filter (self, phase, severity, &phase_value, error))
    return FALSE;

  if (!(stmt = _cordon_workspace_prepare (self, brief ? sql_select_brief_summaries : sql_select_summaries,
                                          error)))
    return FALSE;

  if (severity != NULL)
    cordon_bind_text (stmt, 1, severity);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CordonIncidentSummary summary = {
        .key = cordon_column_text (stmt, 0),
        .title = cordon_column_text (stmt, 1),
        .category = cordon_column_text (stmt, 2),
        .severity = cordon_column_text (stmt, 3),
        .impact = cordon_column_text (stmt, 4),
        .phase = CORDON_PHASE_DETECTED,
        .tlp = CORDON_TLP_AMBER,
        .lead = "",
      };

      /* As an incident read from the row would have them */
      cordon_phase_from_id (cordon_column_text (stmt, 5), &summary.phase);
      if (!brief)
        {
          cordon_tlp_from_id (cordon_column_text (stmt, 6), &summary.tlp);
          summary.lead = cordon_column_text (stmt, 7);
          summary.exercise = sqlite3_column_int (stmt, 8) != 0;
          summary.detected = sqlite3_column_int64 (stmt, 9);
          summary.updated = sqlite3_column_int64 (stmt, 10);
          summary.journal_count = sqlite3_column_int64 (stmt, 11);
        }
      /* The phase is compared as the incident would read it, not as text */
      if (phase != NULL && summary.phase != phase_value)
        continue;

      if (!func (&summary, user_data, error))
        return FALSE;
    }

  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }

  return TRUE;
}

/* Every table of records about an incident but the journal */
static const char sql_incidents_with_records[] =
  "SELECT incident_id FROM facts UNION SELECT incident_id FROM questions"
  " UNION SELECT incident_id FROM tasks UNION SELECT incident_id FROM plan_actions"
  " UNION SELECT incident_id FROM recovery UNION SELECT incident_id FROM reviews"
  " UNION SELECT incident_id FROM recovery_items UNION SELECT incident_id FROM follow_ups"
  " UNION SELECT incident_id FROM evidence_items"
  " ORDER BY 1";

GArray *
cordon_workspace_list_incidents_with_records (CordonWorkspace  *self,
                                              GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  g_autoptr(GArray) ids = NULL;
  int rc;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);

  if (!(stmt = _cordon_workspace_prepare (self, sql_incidents_with_records, error)))
    return NULL;

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }

  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
}
