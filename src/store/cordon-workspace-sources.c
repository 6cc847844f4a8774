/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-workspace-sources.c: where imported incidents came from, so that
 * a record imported again is recognised.
 */

#define G_LOG_DOMAIN "cordon-workspace"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-workspace-private.h"

/**
 * cordon_workspace_find_import_source:
 * @format: the format's id (`misp`, `thehive`, `stix`, `veris`)
 * @source_id: the record's own identifier in that format
 * @out_incident_id: (out): the row id of the incident it became
 *
 * Looks up an incident an earlier import made from the record
 * @source_id of @format (including one made earlier in a running bulk).
 *
 * Returns: %TRUE and sets @out_incident_id when there is one; %FALSE
 *   with @error unset when there is none, or with @error set on a
 *   database fault
 */
gboolean
cordon_workspace_find_import_source (CordonWorkspace  *self,
                                     const char       *format,
                                     const char       *source_id,
                                     gint64           *out_incident_id,
                                     GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (format != NULL && source_id != NULL, FALSE);
  g_return_val_if_fail (out_incident_id != NULL, FALSE);

  stmt = _cordon_workspace_prepare (self,
                                    "SELECT incident_id FROM import_sources WHERE format = ?1 AND source_id = ?2 "
                                    "ORDER BY incident_id LIMIT 1",
                                    error);
  if (stmt == NULL)
    return FALSE;

  cordon_bind_text (stmt, 1, format);
  cordon_bind_text (stmt, 2, source_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *out_incident_id = sqlite3_column_int64 (stmt, 0);
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    _cordon_workspace_set_sqlite_error (self, error);

  return FALSE;
}

/**
 * cordon_workspace_add_import_source:
 * @incident: an incident stored in the running bulk
 *
 * Records that @incident was made from the record @source_id of
 * @format. A record imported anew ties to each incident made of it;
 * cordon_workspace_find_import_source() gives the first. Only inside a
 * bulk (an import).
 */
gboolean
cordon_workspace_add_import_source (CordonWorkspace  *self,
                                    CordonIncident   *incident,
                                    const char       *format,
                                    const char       *source_id,
                                    GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (format != NULL && source_id != NULL, FALSE);
  g_return_val_if_fail (cordon_workspace_in_bulk (self), FALSE);

  if (!_cordon_workspace_check_text (_("source identifier"), source_id, TRUE, 1000, error))
    return FALSE;

  stmt = _cordon_workspace_prepare (self,
                                    "INSERT INTO import_sources (format, source_id, incident_id, imported) "
                                    "VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
                                    error);
  if (stmt == NULL)
    return FALSE;

  cordon_bind_text (stmt, 1, format);
  cordon_bind_text (stmt, 2, source_id);
  sqlite3_bind_int64 (stmt, 3, cordon_incident_get_id (incident));
  sqlite3_bind_int64 (stmt, 4, _cordon_workspace_now (self));

  return _cordon_workspace_step_done (self, stmt, error);
}

/**
 * cordon_workspace_list_history_ids:
 *
 * The incidents imported from records that tell of an incident after
 * the fact (VERIS): history, not incidents the team handled here. Their
 * SLA deadlines were never the team's, so the metrics leave them out.
 *
 * Returns: (transfer full): a set of row ids (pointers to #gint64), or
 *   %NULL on a database fault
 */
GHashTable *
cordon_workspace_list_history_ids (CordonWorkspace  *self,
                                   GError          **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(CordonStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);

  stmt = _cordon_workspace_prepare (self, "SELECT DISTINCT incident_id FROM import_sources WHERE format = 'veris'",
                                    error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_add (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

/**
 * cordon_workspace_is_history:
 * @incident_id: an incident's row id
 *
 * Returns: whether the incident was imported as history (see
 *   cordon_workspace_list_history_ids()); %FALSE on a database fault
 */
gboolean
cordon_workspace_is_history (CordonWorkspace *self,
                             gint64           incident_id)
{
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);

  stmt = _cordon_workspace_prepare (self,
                                    "SELECT 1 FROM import_sources WHERE incident_id = ?1 AND format = 'veris'",
                                    NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, incident_id);

  return sqlite3_step (stmt) == SQLITE_ROW;
}
