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
                                    "SELECT incident_id FROM import_sources WHERE format = ?1 AND source_id = ?2",
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
 * @format. A record already tied to an incident keeps its first one.
 * Only inside a bulk (an import).
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
