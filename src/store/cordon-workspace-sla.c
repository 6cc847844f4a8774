/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-workspace-sla.c: what the SLA clock reads from a workspace — the
 * updates sent, the pauses and the SLA events already recorded — and the
 * pause table, which mirrors the pause and resume entries of the journals
 * (an import rebuilds it from them, so the native format needs no field
 * of its own for pauses).
 */

#define G_LOG_DOMAIN "cordon-workspace"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cordon-sla.h"
#include "cordon-time.h"
#include "cordon-workspace-private.h"

static const char sql_updates_all[] =
  "SELECT incident_id, min (time), max (time) FROM journal"
  " WHERE kind IN ('communication', 'status-update', 'sla-event') AND kind <> 'sla-event'"
  " GROUP BY incident_id";
static const char sql_updates_one[] =
  "SELECT incident_id, min (time), max (time) FROM journal"
  " WHERE incident_id = ?1 AND kind IN ('communication', 'status-update', 'sla-event')"
  " AND kind <> 'sla-event' GROUP BY incident_id";
static const char sql_pauses_all[] =
  "SELECT incident_id, started, ended FROM sla_pauses ORDER BY incident_id, started";
static const char sql_pauses_one[] =
  "SELECT incident_id, started, ended FROM sla_pauses WHERE incident_id = ?1 ORDER BY started";
static const char sql_sla_events[] =
  "SELECT incident_id, payload FROM journal"
  " WHERE kind IN ('communication', 'status-update', 'sla-event') AND kind = 'sla-event'"
  " AND payload LIKE '%\"state\":%' ORDER BY incident_id, seq";
static const char sql_insert_pause[] =
  "INSERT INTO sla_pauses (incident_id, started, reason, author) VALUES (?1, ?2, ?3, ?4)";
static const char sql_end_pause[] =
  "UPDATE sla_pauses SET ended = ?2 WHERE incident_id = ?1 AND ended IS NULL";
static const char sql_open_pause[] =
  "SELECT count(*) FROM sla_pauses WHERE incident_id = ?1 AND ended IS NULL";

static CordonSlaHistory *
ensure_history (GHashTable *histories,
                gint64      incident_id)
{
  CordonSlaHistory *history = g_hash_table_lookup (histories, CORDON_ID_KEY (incident_id));

  if (history == NULL)
    {
      history = cordon_sla_history_new ();
      g_hash_table_insert (histories, CORDON_ID_KEY (incident_id), history);
    }

  return history;
}

/**
 * cordon_workspace_load_sla_history:
 * @incident: (nullable): one incident, or %NULL for every incident
 *
 * Reads, in two queries, what the SLA engine needs from the journals and
 * pauses (see #CordonSlaHistory). Incidents with neither updates nor
 * pauses have no entry.
 *
 * Returns: (transfer full): incident id (GINT_TO_POINTER-style key, see
 *   cordon_workspace_sla_history_key()) → #CordonSlaHistory, or %NULL on
 *   error
 */
GHashTable *
cordon_workspace_load_sla_history (CordonWorkspace  *self,
                                   CordonIncident   *incident,
                                   GError          **error)
{
  g_autoptr(GHashTable) histories = NULL;
  g_autoptr(CordonStmt) updates = NULL;
  g_autoptr(CordonStmt) pauses = NULL;
  int rc;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (incident == NULL || CORDON_IS_INCIDENT (incident), NULL);

  histories = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) cordon_sla_history_free);

  if (!(updates = _cordon_workspace_prepare (self, incident != NULL ? sql_updates_one : sql_updates_all, error)))
    return NULL;
  if (incident != NULL)
    sqlite3_bind_int64 (updates, 1, cordon_incident_get_id (incident));

  while ((rc = sqlite3_step (updates)) == SQLITE_ROW)
    {
      CordonSlaHistory *history = ensure_history (histories, sqlite3_column_int64 (updates, 0));

      history->first_update_usec = sqlite3_column_int64 (updates, 1);
      history->last_update_usec = sqlite3_column_int64 (updates, 2);
    }
  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return NULL;
    }

  if (!(pauses = _cordon_workspace_prepare (self, incident != NULL ? sql_pauses_one : sql_pauses_all, error)))
    return NULL;
  if (incident != NULL)
    sqlite3_bind_int64 (pauses, 1, cordon_incident_get_id (incident));

  while ((rc = sqlite3_step (pauses)) == SQLITE_ROW)
    {
      CordonSlaHistory *history = ensure_history (histories, sqlite3_column_int64 (pauses, 0));
      CordonSlaPause pause = { sqlite3_column_int64 (pauses, 1), sqlite3_column_int64 (pauses, 2) };

      g_array_append_val (history->pauses, pause);
    }
  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&histories);
}

/**
 * cordon_workspace_foreach_sla_notice:
 * @func: called with each incident id and the payload of each SLA event
 *   that records a warning or a breach, oldest first per incident
 *
 * Returns: %TRUE on success
 */
gboolean
cordon_workspace_foreach_sla_notice (CordonWorkspace             *self,
                                     CordonWorkspaceSlaNoticeFunc func,
                                     gpointer                     user_data,
                                     GError                     **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (!(stmt = _cordon_workspace_prepare (self, sql_sla_events, error)))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    func (sqlite3_column_int64 (stmt, 0), cordon_column_text (stmt, 1), user_data);

  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }

  return TRUE;
}

/* Keeps the pause table in step with a journal entry just written: a
 * pause entry opens a pause, a resume entry ends it. */
gboolean
_cordon_workspace_apply_sla_entry (CordonWorkspace     *self,
                                   gint64               incident_id,
                                   CordonJournalEntry  *entry,
                                   GError             **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  const char *payload = cordon_journal_entry_get_payload (entry);
  gint64 time;

  if (cordon_journal_entry_get_kind (entry) != CORDON_JOURNAL_KIND_SLA_EVENT || payload == NULL)
    return TRUE;

  time = cordon_time_from_date_time (cordon_journal_entry_get_time (entry));

  if (strstr (payload, "\"action\":\"pause\"") != NULL)
    {
      if (!(stmt = _cordon_workspace_prepare (self, sql_insert_pause, error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, incident_id);
      sqlite3_bind_int64 (stmt, 2, time);
      cordon_bind_text (stmt, 3, cordon_journal_entry_get_text (entry));
      cordon_bind_text (stmt, 4, cordon_journal_entry_get_author (entry));
    }
  else if (strstr (payload, "\"action\":\"resume\"") != NULL)
    {
      if (!(stmt = _cordon_workspace_prepare (self, sql_end_pause, error)))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, incident_id);
      sqlite3_bind_int64 (stmt, 2, time);
    }
  else
    return TRUE;

  return _cordon_workspace_step_done (self, stmt, error);
}

/* Returns 1 when @incident_id has a pause without end, 0 when not, -1 on
 * error */
int
_cordon_workspace_sla_paused (CordonWorkspace  *self,
                              gint64            incident_id,
                              GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  if (!(stmt = _cordon_workspace_prepare (self, sql_open_pause, error)))
    return -1;

  sqlite3_bind_int64 (stmt, 1, incident_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0) > 0 ? 1 : 0;
}

/* The journal text and payload that say how a change of severity from
 * @from to @to re-timed @work's open deadlines, computed at @now */
void
_cordon_workspace_describe_retiming (CordonWorkspace  *self,
                                     CordonIncident   *work,
                                     const char       *from,
                                     const char       *to,
                                     gint64            now,
                                     char            **out_text,
                                     char            **out_payload)
{
  g_autoptr(CordonSlaPolicy) policy = cordon_workspace_lookup_sla_policy (self, to, NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) payload = g_string_new (NULL);
  g_autoptr(GHashTable) histories = NULL;
  g_autoptr(CordonSlaCalendar) calendar = NULL;
  g_autoptr(GArray) deadlines = NULL;
  guint n_open = 0;

  g_string_append_printf (payload, "{\"action\":\"retime\",\"severity\":{\"from\":\"%s\",\"to\":\"%s\"},\"deadlines\":{",
                          from, to);

  if (policy == NULL)
    {
      g_string_printf (text, _("SLA deadlines re-timed: severity %s has no SLA policy"), to);
      g_string_append (payload, "}}");
      *out_text = g_string_free (g_steal_pointer (&text), FALSE);
      *out_payload = g_string_free (g_steal_pointer (&payload), FALSE);
      return;
    }

  histories = cordon_workspace_load_sla_history (self, work, NULL);
  calendar = cordon_sla_calendar_new_for_policy (policy);
  deadlines = cordon_sla_compute (work, policy, calendar,
                                  histories != NULL ? g_hash_table_lookup (histories, CORDON_ID_KEY (cordon_incident_get_id (work))) : NULL,
                                  now);

  g_string_printf (text, _("SLA deadlines re-timed to the %s policy:"), to);
  for (guint i = 0; i < deadlines->len; i++)
    {
      const CordonSlaDeadline *deadline = &g_array_index (deadlines, CordonSlaDeadline, i);
      g_autofree char *due = NULL;

      if (deadline->state == CORDON_SLA_STATE_MET || deadline->due_usec == G_MAXINT64)
        continue;

      due = cordon_time_to_iso8601_compact (deadline->due_usec);
      g_string_append (text, n_open == 0 ? " " : ", ");
      /* TRANSLATORS: a deadline and when it is due, e.g. "Response due 2026-03-01T10:00:00Z" */
      g_string_append_printf (text, _("%s due %s"), cordon_sla_kind_to_label (deadline->kind), due);
      g_string_append_printf (payload, "%s\"%s\":\"%s\"", n_open == 0 ? "" : ",",
                              cordon_sla_kind_to_id (deadline->kind), due);
      n_open++;
    }
  if (n_open == 0)
    g_string_append_printf (text, " %s", _("no open deadline"));

  g_string_append (payload, "}}");
  *out_text = g_string_free (g_steal_pointer (&text), FALSE);
  *out_payload = g_string_free (g_steal_pointer (&payload), FALSE);
}
