/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-workspace-exercise.c: what an exercise workspace keeps besides
 * its incidents — the scenario and the facilitator's state as key/value
 * pairs, and the inject queue with each inject's status.
 */

#define G_LOG_DOMAIN "cordon-workspace"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-workspace-private.h"

static const char sql_get_value[] =
  "SELECT value FROM exercise WHERE key = ?1";
static const char sql_set_value[] =
  "INSERT INTO exercise (key, value) VALUES (?1, ?2)"
  " ON CONFLICT (key) DO UPDATE SET value = excluded.value";
static const char sql_store_inject[] =
  "INSERT INTO exercise_injects (position, scenario_index, at, kind, incident, summary, inject, status, delivered)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
  " ON CONFLICT (position) DO UPDATE SET status = excluded.status, delivered = excluded.delivered";
static const char sql_list_injects[] =
  "SELECT position, scenario_index, at, kind, incident, summary, inject, status, delivered"
  " FROM exercise_injects ORDER BY position";

/**
 * cordon_workspace_get_exercise_value:
 * @key: the name of the value, e.g. `scenario`
 *
 * Returns: (transfer full) (nullable): the value, or %NULL when it is
 *   unset (without an error) or on error
 */
char *
cordon_workspace_get_exercise_value (CordonWorkspace  *self,
                                     const char       *key,
                                     GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  if (!(stmt = _cordon_workspace_prepare (self, sql_get_value, error)))
    return NULL;
  cordon_bind_text (stmt, 1, key);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_strdup (cordon_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    _cordon_workspace_set_sqlite_error (self, error);

  return NULL;
}

/**
 * cordon_workspace_set_exercise_value:
 *
 * Stores @value under @key, in one transaction.
 */
gboolean
cordon_workspace_set_exercise_value (CordonWorkspace  *self,
                                     const char       *key,
                                     const char       *value,
                                     GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (!_cordon_workspace_begin (self, error))
    return FALSE;

  if (!(stmt = _cordon_workspace_prepare (self, sql_set_value, error)))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }
  cordon_bind_text (stmt, 1, key);
  cordon_bind_text (stmt, 2, value);
  if (!_cordon_workspace_step_done (self, stmt, error))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  return _cordon_workspace_commit (self, error);
}

/**
 * cordon_workspace_is_exercise:
 *
 * Returns: whether @self is the workspace of an exercise (it holds a
 *   scenario)
 */
gboolean
cordon_workspace_is_exercise (CordonWorkspace *self)
{
  g_autofree char *scenario = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);

  scenario = cordon_workspace_get_exercise_value (self, "scenario", NULL);

  return scenario != NULL;
}

/**
 * cordon_workspace_store_exercise_inject:
 *
 * Adds @inject to the queue at its position, or, when that position is
 * taken, writes its status and delivery offset.
 */
gboolean
cordon_workspace_store_exercise_inject (CordonWorkspace       *self,
                                        CordonExerciseInject  *inject,
                                        GError               **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  int scenario_index;
  gint64 delivered;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_EXERCISE_INJECT (inject), FALSE);

  if (!_cordon_workspace_begin (self, error))
    return FALSE;

  if (!(stmt = _cordon_workspace_prepare (self, sql_store_inject, error)))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  scenario_index = cordon_exercise_inject_get_scenario_index (inject);
  delivered = cordon_exercise_inject_get_delivered (inject);
  sqlite3_bind_int64 (stmt, 1, cordon_exercise_inject_get_position (inject));
  if (scenario_index >= 0)
    sqlite3_bind_int (stmt, 2, scenario_index);
  else
    sqlite3_bind_null (stmt, 2);
  sqlite3_bind_int64 (stmt, 3, cordon_exercise_inject_get_at (inject));
  cordon_bind_text (stmt, 4, cordon_exercise_inject_get_kind (inject));
  cordon_bind_text (stmt, 5, cordon_exercise_inject_get_incident (inject));
  cordon_bind_text (stmt, 6, cordon_exercise_inject_get_summary (inject));
  cordon_bind_nullable_text (stmt, 7, cordon_exercise_inject_get_document (inject));
  cordon_bind_text (stmt, 8, cordon_inject_status_to_id (cordon_exercise_inject_get_status (inject)));
  if (delivered >= 0)
    sqlite3_bind_int64 (stmt, 9, delivered);
  else
    sqlite3_bind_null (stmt, 9);

  if (!_cordon_workspace_step_done (self, stmt, error))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  return _cordon_workspace_commit (self, error);
}

static gpointer
inject_from_row (CordonStmt *stmt,
                 gpointer    user_data)
{
  CordonExerciseInject *inject;
  CordonInjectStatus status = CORDON_INJECT_STATUS_PENDING;

  inject = cordon_exercise_inject_new (sqlite3_column_int64 (stmt, 0),
                                       sqlite3_column_type (stmt, 1) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, 1),
                                       sqlite3_column_int64 (stmt, 2),
                                       cordon_column_text (stmt, 3),
                                       cordon_column_text (stmt, 4),
                                       cordon_column_text (stmt, 5));
  cordon_exercise_inject_set_document (inject, cordon_column_nullable_text (stmt, 6));
  cordon_inject_status_from_id (cordon_column_text (stmt, 7), &status);
  cordon_exercise_inject_set_status (inject, status);
  if (sqlite3_column_type (stmt, 8) != SQLITE_NULL)
    cordon_exercise_inject_set_delivered (inject, sqlite3_column_int64 (stmt, 8));

  return inject;
}

/**
 * cordon_workspace_list_exercise_injects:
 *
 * Returns: (transfer full): a #GListModel of #CordonExerciseInject in
 *   queue order, or %NULL on error
 */
GListModel *
cordon_workspace_list_exercise_injects (CordonWorkspace  *self,
                                        GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);

  if (!(stmt = _cordon_workspace_prepare (self, sql_list_injects, error)))
    return NULL;

  return _cordon_workspace_collect_rows (self, stmt, CORDON_TYPE_EXERCISE_INJECT, inject_from_row, NULL, error);
}
