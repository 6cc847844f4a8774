/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-workspace-containment.c: storage of containment — the strategy
 * library with its validation records, the plan of each incident and the
 * monitoring checks of its actions — and the default library a workspace
 * starts with (data/containment/strategies.json in the resources).
 *
 * String lists (steps, categories, technique ids) are stored as JSON
 * arrays of strings; focus areas as their ids joined by commas. Every
 * status change of a plan action, and every recurrence a monitoring check
 * sees, is a journal entry written in the same transaction as the change.
 */

#define G_LOG_DOMAIN "cordon-workspace"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "cordon-lifecycle.h"
#include "cordon-data.h"
#include "cordon-taxonomy-entry.h"
#include "cordon-time.h"
#include "cordon-workspace-private.h"

#define SHORT_TEXT 500
#define LONG_TEXT (1024 * 1024)

#define DEFAULT_STRATEGIES "containment/strategies.json"

#define STRATEGY_COLUMNS \
  "slug, name, focus_areas, term, categories, description, steps, group_slug," \
  " rollback_steps, evidence_risk, d3fend, mitigations"

static const char sql_select_strategies[] =
  "SELECT id, " STRATEGY_COLUMNS " FROM strategies ORDER BY id";
static const char sql_select_strategy[] =
  "SELECT id, " STRATEGY_COLUMNS " FROM strategies WHERE slug = ?1";
static const char sql_insert_strategy[] =
  "INSERT INTO strategies (" STRATEGY_COLUMNS ")"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
static const char sql_update_strategy[] =
  "UPDATE strategies SET (" STRATEGY_COLUMNS ")"
  " = (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) WHERE id = ?13";
static const char sql_delete_strategy[] =
  "DELETE FROM strategies WHERE id = ?1";
static const char sql_count_slug[] =
  "SELECT count(*) FROM strategies WHERE slug = ?1 AND id <> ?2";

#define VALIDATION_COLUMNS "strategy_id, date, method, who, duration, result, pitfalls"

static const char sql_select_validations[] =
  "SELECT id, " VALIDATION_COLUMNS " FROM validations WHERE strategy_id = ?1"
  " ORDER BY date IS NULL, date, id";
static const char sql_insert_validation[] =
  "INSERT INTO validations (" VALIDATION_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
static const char sql_last_validated[] =
  "SELECT max (date) FROM validations WHERE strategy_id = ?1";

#define ACTION_COLUMNS \
  "incident_id, strategy, title, term, position, owner, status, waive_reason," \
  " started, finished, notes, evidence_risk"

static const char sql_select_plan[] =
  "SELECT id, " ACTION_COLUMNS " FROM plan_actions WHERE incident_id = ?1 ORDER BY position, id";
static const char sql_select_action[] =
  "SELECT id, " ACTION_COLUMNS " FROM plan_actions WHERE id = ?1";
static const char sql_insert_action[] =
  "INSERT INTO plan_actions (" ACTION_COLUMNS ")"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
static const char sql_update_action[] =
  "UPDATE plan_actions SET (" ACTION_COLUMNS ")"
  " = (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) WHERE id = ?13";
static const char sql_delete_action[] =
  "DELETE FROM plan_actions WHERE id = ?1";
static const char sql_plan_length[] =
  "SELECT count(*) FROM plan_actions WHERE incident_id = ?1";
static const char sql_set_position[] =
  "UPDATE plan_actions SET position = ?2 WHERE id = ?1";

#define CHECK_COLUMNS "action_id, target, text, duration, interval, next_due, outcome, outcome_notes, ends"

static const char sql_select_checks[] =
  "SELECT id, " CHECK_COLUMNS " FROM monitoring_checks WHERE action_id = ?1 ORDER BY id";
/* Reminders stop with the incident: a closed incident's checks are
 * not due */
#define OPEN_ACTIONS \
  "SELECT a.id FROM plan_actions a JOIN incidents i ON i.id = a.incident_id WHERE i.phase != 'closed'"
static const char sql_select_due_checks[] =
  "SELECT id, " CHECK_COLUMNS " FROM monitoring_checks"
  " WHERE outcome = 'pending' AND next_due IS NOT NULL AND next_due <= ?1"
  " AND action_id IN (" OPEN_ACTIONS ") ORDER BY next_due, id";
static const char sql_next_check_due[] =
  "SELECT min(next_due) FROM monitoring_checks"
  " WHERE outcome = 'pending' AND next_due IS NOT NULL AND action_id IN (" OPEN_ACTIONS ")";
static const char sql_insert_check[] =
  "INSERT INTO monitoring_checks (" CHECK_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
static const char sql_update_check[] =
  "UPDATE monitoring_checks SET (" CHECK_COLUMNS ") = (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) WHERE id = ?10";
static const char sql_select_check[] =
  "SELECT id, " CHECK_COLUMNS " FROM monitoring_checks WHERE id = ?1";

/* Helpers ------------------------------------------------------------ */

static void
bind_strv (CordonStmt         *stmt,
           int                 index,
           const char * const *strv)
{
  sqlite3_bind_text (stmt, index, _cordon_workspace_strv_to_json (strv), -1, g_free);
}

static void
bind_date_time (CordonStmt *stmt,
                int         index,
                GDateTime  *time)
{
  cordon_bind_time (stmt, index, time != NULL ? cordon_time_from_date_time (time) : 0);
}

static GDateTime *
column_date_time (CordonStmt *stmt,
                  int         index)
{
  if (sqlite3_column_type (stmt, index) == SQLITE_NULL)
    return NULL;

  return cordon_time_to_date_time (sqlite3_column_int64 (stmt, index));
}

static gint64
count (CordonWorkspace  *self,
       const char       *sql,
       gint64            id,
       const char       *text,
       GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  if (!(stmt = _cordon_workspace_prepare (self, sql, error)))
    return -1;

  if (text != NULL)
    {
      cordon_bind_text (stmt, 1, text);
      sqlite3_bind_int64 (stmt, 2, id);
    }
  else
    sqlite3_bind_int64 (stmt, 1, id);

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

static gboolean
check_strv (const char          *what,
            const char * const  *strv,
            GError             **error)
{
  for (guint i = 0; strv[i] != NULL; i++)
    {
      if (!_cordon_workspace_check_text (what, strv[i], TRUE, SHORT_TEXT * 4, error))
        return FALSE;
    }

  return TRUE;
}

static void
emit_settings_changed (CordonWorkspace *self)
{
  if (_cordon_workspace_emits (self))
    g_signal_emit (self, _cordon_workspace_signals[CORDON_WORKSPACE_SIGNAL_SETTINGS_CHANGED], 0);
}

static void
emit_records_changed (CordonWorkspace *self,
                      gint64           incident_id)
{
  g_autoptr(GListModel) incidents = NULL;
  CordonIncident *incident = NULL;

  if (!_cordon_workspace_emits (self) || self->incidents_by_id == NULL)
    return;

  incident = g_hash_table_lookup (self->incidents_by_id, CORDON_ID_KEY (incident_id));
  if (incident != NULL)
    g_signal_emit (self, _cordon_workspace_signals[CORDON_WORKSPACE_SIGNAL_RECORDS_CHANGED], 0, incident);
}

/* Runs one prepared write in its own transaction (a savepoint in a bulk) */
static gboolean
write_one (CordonWorkspace  *self,
           CordonStmt       *stmt,
           GError          **error)
{
  if (!_cordon_workspace_begin (self, error))
    return FALSE;

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      cordon_stmt_release (stmt);
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  cordon_stmt_release (stmt);

  return _cordon_workspace_commit (self, error);
}

/* Runs one prepared and bound write and, when @text is set, appends an
 * entry to @incident's journal, in one transaction. On success the entry
 * (to publish after the commit) is in @out_entry and the incident's
 * updated copy in @out_work. */
static gboolean
write_with_journal (CordonWorkspace     *self,
                    CordonStmt          *stmt,
                    CordonIncident      *incident,
                    const char          *author,
                    const char          *text,
                    const char          *payload,
                    CordonIncident     **out_work,
                    CordonJournalEntry **out_entry,
                    GError             **error)
{
  if (!_cordon_workspace_begin (self, error))
    {
      cordon_stmt_release (stmt);
      return FALSE;
    }

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      cordon_stmt_release (stmt);
      _cordon_workspace_rollback (self);
      return FALSE;
    }
  cordon_stmt_release (stmt);

  if (text != NULL &&
      !(*out_entry = _cordon_workspace_chain_journal (self, incident, CORDON_JOURNAL_KIND_NOTE,
                                                      author, text, payload, out_work, error)))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  if (!_cordon_workspace_commit (self, error))
    {
      g_clear_object (out_entry);
      g_clear_object (out_work);
      return FALSE;
    }

  return TRUE;
}

/* Strategies ---------------------------------------------------------- */


static CordonStrategy *
strategy_from_row (CordonStmt *stmt)
{
  CordonStrategy *strategy = cordon_strategy_new ();
  CordonFocusArea areas = 0;
  CordonContainmentTerm term = CORDON_CONTAINMENT_TERM_SHORT;
  g_auto(GStrv) categories = _cordon_workspace_strv_from_json (cordon_column_text (stmt, 5));
  g_auto(GStrv) steps = _cordon_workspace_strv_from_json (cordon_column_text (stmt, 7));
  g_auto(GStrv) rollback = _cordon_workspace_strv_from_json (cordon_column_text (stmt, 9));
  g_auto(GStrv) d3fend = _cordon_workspace_strv_from_json (cordon_column_text (stmt, 11));
  g_auto(GStrv) mitigations = _cordon_workspace_strv_from_json (cordon_column_text (stmt, 12));

  cordon_focus_area_from_string (cordon_column_text (stmt, 3), &areas);
  cordon_containment_term_from_id (cordon_column_text (stmt, 4), &term);

  cordon_strategy_set_id (strategy, sqlite3_column_int64 (stmt, 0));
  cordon_strategy_set_slug (strategy, cordon_column_text (stmt, 1));
  cordon_strategy_set_name (strategy, cordon_column_text (stmt, 2));
  cordon_strategy_set_focus_areas (strategy, areas);
  cordon_strategy_set_term (strategy, term);
  cordon_strategy_set_categories (strategy, (const char * const *) categories);
  cordon_strategy_set_description (strategy, cordon_column_text (stmt, 6));
  cordon_strategy_set_steps (strategy, (const char * const *) steps);
  cordon_strategy_set_group (strategy, cordon_column_text (stmt, 8));
  cordon_strategy_set_rollback_steps (strategy, (const char * const *) rollback);
  cordon_strategy_set_evidence_risk (strategy, sqlite3_column_int (stmt, 10) != 0);
  cordon_strategy_set_d3fend (strategy, (const char * const *) d3fend);
  cordon_strategy_set_mitigations (strategy, (const char * const *) mitigations);

  return strategy;
}

static void
bind_strategy (CordonStmt     *stmt,
               CordonStrategy *strategy)
{
  cordon_bind_text (stmt, 1, cordon_strategy_get_slug (strategy));
  cordon_bind_text (stmt, 2, cordon_strategy_get_name (strategy));
  sqlite3_bind_text (stmt, 3, cordon_focus_area_to_string (cordon_strategy_get_focus_areas (strategy)), -1, g_free);
  cordon_bind_text (stmt, 4, cordon_containment_term_to_id (cordon_strategy_get_term (strategy)));
  bind_strv (stmt, 5, cordon_strategy_get_categories (strategy));
  cordon_bind_text (stmt, 6, cordon_strategy_get_description (strategy));
  bind_strv (stmt, 7, cordon_strategy_get_steps (strategy));
  cordon_bind_text (stmt, 8, cordon_strategy_get_group (strategy));
  bind_strv (stmt, 9, cordon_strategy_get_rollback_steps (strategy));
  sqlite3_bind_int (stmt, 10, cordon_strategy_get_evidence_risk (strategy) ? 1 : 0);
  bind_strv (stmt, 11, cordon_strategy_get_d3fend (strategy));
  bind_strv (stmt, 12, cordon_strategy_get_mitigations (strategy));
}

static gboolean
check_strategy (CordonWorkspace  *self,
                CordonStrategy   *strategy,
                GError          **error)
{
  const char *slug = cordon_strategy_get_slug (strategy);
  gint64 n;

  if (!cordon_taxonomy_entry_is_valid_id (slug))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("“%s” is not a valid strategy id: use 1 to 64 lower-case letters, digits, “-” or “+”"),
                   slug);
      return FALSE;
    }

  if (!_cordon_workspace_check_text (_("strategy name"), cordon_strategy_get_name (strategy), TRUE, SHORT_TEXT, error) ||
      !_cordon_workspace_check_text (_("description"), cordon_strategy_get_description (strategy), FALSE, LONG_TEXT, error) ||
      !_cordon_workspace_check_text (_("group"), cordon_strategy_get_group (strategy), FALSE, SHORT_TEXT, error) ||
      !check_strv (_("step"), cordon_strategy_get_steps (strategy), error) ||
      !check_strv (_("rollback step"), cordon_strategy_get_rollback_steps (strategy), error) ||
      !check_strv (_("category"), cordon_strategy_get_categories (strategy), error) ||
      !check_strv (_("D3FEND technique"), cordon_strategy_get_d3fend (strategy), error) ||
      !check_strv (_("ATT&CK mitigation"), cordon_strategy_get_mitigations (strategy), error))
    return FALSE;

  if ((n = count (self, sql_count_slug, cordon_strategy_get_id (strategy), slug, error)) < 0)
    return FALSE;

  if (n > 0)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("A strategy “%s” already exists"), slug);
      return FALSE;
    }

  return TRUE;
}

GListModel *
cordon_workspace_list_strategies (CordonWorkspace  *self,
                                  GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);

  if (!(stmt = _cordon_workspace_prepare (self, sql_select_strategies, error)))
    return NULL;

  return _cordon_workspace_collect_rows (self, stmt, CORDON_TYPE_STRATEGY, (CordonRowReader) (GCallback) strategy_from_row, NULL, error);
}

CordonStrategy *
cordon_workspace_lookup_strategy (CordonWorkspace  *self,
                                  const char       *slug,
                                  GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  g_autofree char *missing = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (slug != NULL, NULL);

  if (!(stmt = _cordon_workspace_prepare (self, sql_select_strategy, error)))
    return NULL;

  cordon_bind_text (stmt, 1, slug);
  missing = g_strdup_printf (_("There is no strategy “%s” in the library"), slug);

  return _cordon_workspace_read_row (self, stmt, (CordonRowReader) (GCallback) strategy_from_row, NULL, missing, error);
}

gboolean
cordon_workspace_create_strategy (CordonWorkspace  *self,
                                  CordonStrategy   *strategy,
                                  GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_STRATEGY (strategy), FALSE);
  g_return_val_if_fail (cordon_strategy_get_id (strategy) == 0, FALSE);

  if (!check_strategy (self, strategy, error) ||
      !(stmt = _cordon_workspace_prepare (self, sql_insert_strategy, error)))
    return FALSE;

  bind_strategy (stmt, strategy);
  if (!write_one (self, g_steal_pointer (&stmt), error))
    return FALSE;

  cordon_strategy_set_id (strategy, sqlite3_last_insert_rowid (self->db));
  emit_settings_changed (self);

  return TRUE;
}

static gboolean
check_stored_strategy (CordonStrategy  *strategy,
                       GError         **error)
{
  if (cordon_strategy_get_id (strategy) <= 0)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                   _("The strategy “%s” is not stored in the workspace"),
                   cordon_strategy_get_slug (strategy));
      return FALSE;
    }

  return TRUE;
}

gboolean
cordon_workspace_update_strategy (CordonWorkspace  *self,
                                  CordonStrategy   *strategy,
                                  GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_STRATEGY (strategy), FALSE);

  if (!check_stored_strategy (strategy, error) ||
      !check_strategy (self, strategy, error) ||
      !(stmt = _cordon_workspace_prepare (self, sql_update_strategy, error)))
    return FALSE;

  bind_strategy (stmt, strategy);
  sqlite3_bind_int64 (stmt, 13, cordon_strategy_get_id (strategy));
  if (!write_one (self, g_steal_pointer (&stmt), error))
    return FALSE;

  emit_settings_changed (self);

  return TRUE;
}

gboolean
cordon_workspace_remove_strategy (CordonWorkspace  *self,
                                  CordonStrategy   *strategy,
                                  GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_STRATEGY (strategy), FALSE);

  if (!check_stored_strategy (strategy, error) ||
      !(stmt = _cordon_workspace_prepare (self, sql_delete_strategy, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, cordon_strategy_get_id (strategy));
  if (!write_one (self, g_steal_pointer (&stmt), error))
    return FALSE;

  emit_settings_changed (self);

  return TRUE;
}

CordonStrategy *
cordon_workspace_duplicate_strategy (CordonWorkspace  *self,
                                     CordonStrategy   *strategy,
                                     const char       *slug,
                                     GError          **error)
{
  g_autoptr(CordonStrategy) copy = NULL;
  g_autofree char *new_slug = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (CORDON_IS_STRATEGY (strategy), NULL);

  if (slug != NULL)
    new_slug = g_strdup (slug);
  else
    {
      /* The first free “<slug>-copy”, “<slug>-copy-2”, … */
      for (guint n = 1; new_slug == NULL; n++)
        {
          g_autofree char *candidate = n == 1
            ? g_strdup_printf ("%.59s-copy", cordon_strategy_get_slug (strategy))
            : g_strdup_printf ("%.50s-copy-%u", cordon_strategy_get_slug (strategy), n);
          gint64 used = count (self, sql_count_slug, 0, candidate, error);

          if (used < 0)
            return NULL;
          if (used == 0)
            new_slug = g_steal_pointer (&candidate);
        }
    }

  copy = g_object_new (CORDON_TYPE_STRATEGY,
                       "name", cordon_strategy_get_name (strategy),
                       "focus-areas", cordon_strategy_get_focus_areas (strategy),
                       "term", cordon_strategy_get_term (strategy),
                       "categories", cordon_strategy_get_categories (strategy),
                       "description", cordon_strategy_get_description (strategy),
                       "steps", cordon_strategy_get_steps (strategy),
                       "group", cordon_strategy_get_group (strategy),
                       "rollback-steps", cordon_strategy_get_rollback_steps (strategy),
                       "evidence-risk", cordon_strategy_get_evidence_risk (strategy),
                       "d3fend", cordon_strategy_get_d3fend (strategy),
                       "mitigations", cordon_strategy_get_mitigations (strategy),
                       NULL);
  cordon_strategy_set_slug (copy, new_slug);
  /* TRANSLATORS: the name of a duplicated strategy */
  name = g_strdup_printf (_("%s (copy)"), cordon_strategy_get_name (strategy));
  cordon_strategy_set_name (copy, name);

  if (!cordon_workspace_create_strategy (self, copy, error))
    return NULL;

  return g_steal_pointer (&copy);
}

/* Validations --------------------------------------------------------- */

static CordonValidation *
validation_from_row (CordonStmt *stmt)
{
  CordonValidation *validation = cordon_validation_new ();
  g_autoptr(GDateTime) date = column_date_time (stmt, 2);
  CordonValidationMethod method = CORDON_VALIDATION_METHOD_TABLETOP;
  CordonValidationResult result = CORDON_VALIDATION_RESULT_EFFECTIVE;

  cordon_validation_method_from_id (cordon_column_text (stmt, 3), &method);
  cordon_validation_result_from_id (cordon_column_text (stmt, 6), &result);

  cordon_validation_set_id (validation, sqlite3_column_int64 (stmt, 0));
  cordon_validation_set_strategy_id (validation, sqlite3_column_int64 (stmt, 1));
  cordon_validation_set_date (validation, date);
  cordon_validation_set_method (validation, method);
  cordon_validation_set_who (validation, cordon_column_text (stmt, 4));
  cordon_validation_set_duration (validation, MAX (0, sqlite3_column_int64 (stmt, 5)));
  cordon_validation_set_result (validation, result);
  cordon_validation_set_pitfalls (validation, cordon_column_text (stmt, 7));

  return validation;
}

gboolean
cordon_workspace_add_validation (CordonWorkspace   *self,
                                 CordonStrategy    *strategy,
                                 CordonValidation  *validation,
                                 GError           **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_STRATEGY (strategy), FALSE);
  g_return_val_if_fail (CORDON_IS_VALIDATION (validation), FALSE);

  if (!check_stored_strategy (strategy, error) ||
      !_cordon_workspace_check_text (_("who"), cordon_validation_get_who (validation), FALSE, SHORT_TEXT, error) ||
      !_cordon_workspace_check_text (_("pitfalls"), cordon_validation_get_pitfalls (validation), FALSE, LONG_TEXT, error) ||
      !(stmt = _cordon_workspace_prepare (self, sql_insert_validation, error)))
    return FALSE;

  if (cordon_validation_get_date (validation) == NULL)
    {
      g_autoptr(GDateTime) now = cordon_time_to_date_time (_cordon_workspace_now (self));
      cordon_validation_set_date (validation, now);
    }

  sqlite3_bind_int64 (stmt, 1, cordon_strategy_get_id (strategy));
  bind_date_time (stmt, 2, cordon_validation_get_date (validation));
  cordon_bind_text (stmt, 3, cordon_validation_method_to_id (cordon_validation_get_method (validation)));
  cordon_bind_text (stmt, 4, cordon_validation_get_who (validation));
  sqlite3_bind_int64 (stmt, 5, cordon_validation_get_duration (validation));
  cordon_bind_text (stmt, 6, cordon_validation_result_to_id (cordon_validation_get_result (validation)));
  cordon_bind_text (stmt, 7, cordon_validation_get_pitfalls (validation));

  if (!write_one (self, g_steal_pointer (&stmt), error))
    return FALSE;

  cordon_validation_set_id (validation, sqlite3_last_insert_rowid (self->db));
  cordon_validation_set_strategy_id (validation, cordon_strategy_get_id (strategy));
  emit_settings_changed (self);

  return TRUE;
}

GListModel *
cordon_workspace_list_validations (CordonWorkspace  *self,
                                   CordonStrategy   *strategy,
                                   GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (CORDON_IS_STRATEGY (strategy), NULL);

  if (!(stmt = _cordon_workspace_prepare (self, sql_select_validations, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, cordon_strategy_get_id (strategy));
  return _cordon_workspace_collect_rows (self, stmt, CORDON_TYPE_VALIDATION, (CordonRowReader) (GCallback) validation_from_row, NULL, error);
}

gboolean
cordon_workspace_get_last_validated (CordonWorkspace  *self,
                                     CordonStrategy   *strategy,
                                     GDateTime       **out_date,
                                     GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_STRATEGY (strategy), FALSE);
  g_return_val_if_fail (out_date != NULL, FALSE);

  *out_date = NULL;

  if (!(stmt = _cordon_workspace_prepare (self, sql_last_validated, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, cordon_strategy_get_id (strategy));
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }

  *out_date = column_date_time (stmt, 0);

  return TRUE;
}

GListModel *
cordon_workspace_list_unvalidated_strategies (CordonWorkspace  *self,
                                              GTimeSpan         max_age,
                                              GError          **error)
{
  g_autoptr(GListModel) strategies = NULL;
  g_autoptr(GListStore) store = NULL;
  gint64 limit;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (max_age >= 0, NULL);

  if (!(strategies = cordon_workspace_list_strategies (self, error)))
    return NULL;

  limit = _cordon_workspace_now (self) - max_age;
  store = g_list_store_new (CORDON_TYPE_STRATEGY);

  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      g_autoptr(CordonStrategy) strategy = g_list_model_get_item (strategies, i);
      g_autoptr(GDateTime) last = NULL;

      if (!cordon_workspace_get_last_validated (self, strategy, &last, error))
        return NULL;

      if (last == NULL || cordon_time_from_date_time (last) < limit)
        g_list_store_append (store, strategy);
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/* Plan actions -------------------------------------------------------- */

static CordonPlanAction *
action_from_row (CordonStmt *stmt)
{
  CordonPlanAction *action = cordon_plan_action_new ();
  g_autoptr(GDateTime) started = column_date_time (stmt, 9);
  g_autoptr(GDateTime) finished = column_date_time (stmt, 10);
  CordonContainmentTerm term = CORDON_CONTAINMENT_TERM_SHORT;
  CordonActionStatus status = CORDON_ACTION_STATUS_PLANNED;

  cordon_containment_term_from_id (cordon_column_text (stmt, 4), &term);
  cordon_action_status_from_id (cordon_column_text (stmt, 7), &status);

  cordon_plan_action_set_id (action, sqlite3_column_int64 (stmt, 0));
  cordon_plan_action_set_incident_id (action, sqlite3_column_int64 (stmt, 1));
  cordon_plan_action_set_strategy (action, cordon_column_nullable_text (stmt, 2));
  cordon_plan_action_set_title (action, cordon_column_text (stmt, 3));
  cordon_plan_action_set_term (action, term);
  cordon_plan_action_set_position (action, MAX (0, sqlite3_column_int64 (stmt, 5)));
  cordon_plan_action_set_owner (action, cordon_column_text (stmt, 6));
  cordon_plan_action_set_status (action, status);
  cordon_plan_action_set_waive_reason (action, cordon_column_text (stmt, 8));
  cordon_plan_action_set_started (action, started);
  cordon_plan_action_set_finished (action, finished);
  cordon_plan_action_set_notes (action, cordon_column_text (stmt, 11));
  cordon_plan_action_set_evidence_risk (action, sqlite3_column_int (stmt, 12) != 0);

  return action;
}

static void
bind_action (CordonStmt       *stmt,
             CordonPlanAction *action)
{
  sqlite3_bind_int64 (stmt, 1, cordon_plan_action_get_incident_id (action));
  cordon_bind_nullable_text (stmt, 2, cordon_plan_action_get_strategy (action));
  cordon_bind_text (stmt, 3, cordon_plan_action_get_title (action));
  cordon_bind_text (stmt, 4, cordon_containment_term_to_id (cordon_plan_action_get_term (action)));
  sqlite3_bind_int64 (stmt, 5, cordon_plan_action_get_position (action));
  cordon_bind_text (stmt, 6, cordon_plan_action_get_owner (action));
  cordon_bind_text (stmt, 7, cordon_action_status_to_id (cordon_plan_action_get_status (action)));
  cordon_bind_text (stmt, 8, cordon_plan_action_get_waive_reason (action));
  bind_date_time (stmt, 9, cordon_plan_action_get_started (action));
  bind_date_time (stmt, 10, cordon_plan_action_get_finished (action));
  cordon_bind_text (stmt, 11, cordon_plan_action_get_notes (action));
  sqlite3_bind_int (stmt, 12, cordon_plan_action_get_evidence_risk (action) ? 1 : 0);
}

static gboolean
check_action (CordonPlanAction  *action,
              GError           **error)
{
  if (!_cordon_workspace_check_text (_("action title"), cordon_plan_action_get_title (action), TRUE, SHORT_TEXT, error) ||
      !_cordon_workspace_check_text (_("owner"), cordon_plan_action_get_owner (action), FALSE, SHORT_TEXT, error) ||
      !_cordon_workspace_check_text (_("notes"), cordon_plan_action_get_notes (action), FALSE, LONG_TEXT, error) ||
      !_cordon_workspace_check_text (_("reason"), cordon_plan_action_get_waive_reason (action), FALSE, LONG_TEXT, error))
    return FALSE;

  if (cordon_plan_action_get_status (action) == CORDON_ACTION_STATUS_WAIVED &&
      !_cordon_workspace_check_text (_("reason for waiving the action"),
                                     cordon_plan_action_get_waive_reason (action), TRUE, LONG_TEXT, error))
    return FALSE;

  return TRUE;
}

static CordonPlanAction *
read_action (CordonWorkspace  *self,
             gint64            id,
             GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  g_autofree char *missing = NULL;

  if (!(stmt = _cordon_workspace_prepare (self, sql_select_action, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  missing = g_strdup_printf (_("There is no containment action #%" G_GINT64_FORMAT), id);

  return _cordon_workspace_read_row (self, stmt, (CordonRowReader) (GCallback) action_from_row, NULL, missing, error);
}

CordonPlanAction *
cordon_workspace_lookup_plan_action (CordonWorkspace  *self,
                                     gint64            id,
                                     GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);

  return read_action (self, id, error);
}

gboolean
cordon_workspace_add_plan_action (CordonWorkspace   *self,
                                  CordonIncident    *incident,
                                  CordonPlanAction  *action,
                                  GError           **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  const char *slug;
  gint64 length;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (action), FALSE);
  g_return_val_if_fail (cordon_plan_action_get_id (action) == 0, FALSE);

  if (cordon_incident_get_id (incident) <= 0)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                   _("The incident %s is not stored in this workspace"),
                   cordon_incident_get_key (incident));
      return FALSE;
    }

  slug = cordon_plan_action_get_strategy (action);
  if (slug != NULL && cordon_plan_action_get_title (action)[0] == '\0')
    {
      g_autoptr(CordonStrategy) strategy = cordon_workspace_lookup_strategy (self, slug, error);

      if (strategy == NULL)
        return FALSE;

      cordon_plan_action_set_title (action, cordon_strategy_get_name (strategy));
      cordon_plan_action_set_term (action, cordon_strategy_get_term (strategy));
      cordon_plan_action_set_evidence_risk (action, cordon_strategy_get_evidence_risk (strategy));
    }

  if (!check_action (action, error) ||
      (length = count (self, sql_plan_length, cordon_incident_get_id (incident), NULL, error)) < 0 ||
      !(stmt = _cordon_workspace_prepare (self, sql_insert_action, error)))
    return FALSE;

  cordon_plan_action_set_incident_id (action, cordon_incident_get_id (incident));
  cordon_plan_action_set_position (action, length);
  bind_action (stmt, action);

  if (!write_one (self, g_steal_pointer (&stmt), error))
    {
      if (sqlite3_extended_errcode (self->db) == SQLITE_CONSTRAINT_FOREIGNKEY)
        {
          g_clear_error (error);
          g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                       _("The incident %s is not stored in this workspace"),
                       cordon_incident_get_key (incident));
        }
      return FALSE;
    }

  cordon_plan_action_set_id (action, sqlite3_last_insert_rowid (self->db));
  emit_records_changed (self, cordon_incident_get_id (incident));

  return TRUE;
}

GListModel *
cordon_workspace_list_plan (CordonWorkspace  *self,
                            CordonIncident   *incident,
                            GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);

  if (!(stmt = _cordon_workspace_prepare (self, sql_select_plan, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, cordon_incident_get_id (incident));
  return _cordon_workspace_collect_rows (self, stmt, CORDON_TYPE_PLAN_ACTION, (CordonRowReader) (GCallback) action_from_row, NULL, error);
}

/* Writes every field but the status and its times, which change only
 * through cordon_workspace_set_plan_action_status() */
gboolean
cordon_workspace_update_plan_action (CordonWorkspace   *self,
                                     CordonPlanAction  *action,
                                     GError           **error)
{
  g_autoptr(CordonPlanAction) stored = NULL;
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (action), FALSE);

  if (!(stored = read_action (self, cordon_plan_action_get_id (action), error)))
    return FALSE;

  cordon_plan_action_set_title (stored, cordon_plan_action_get_title (action));
  cordon_plan_action_set_term (stored, cordon_plan_action_get_term (action));
  cordon_plan_action_set_owner (stored, cordon_plan_action_get_owner (action));
  cordon_plan_action_set_notes (stored, cordon_plan_action_get_notes (action));
  cordon_plan_action_set_evidence_risk (stored, cordon_plan_action_get_evidence_risk (action));

  if (!check_action (stored, error) ||
      !(stmt = _cordon_workspace_prepare (self, sql_update_action, error)))
    return FALSE;

  bind_action (stmt, stored);
  sqlite3_bind_int64 (stmt, 13, cordon_plan_action_get_id (stored));
  if (!write_one (self, g_steal_pointer (&stmt), error))
    return FALSE;

  emit_records_changed (self, cordon_plan_action_get_incident_id (stored));

  return TRUE;
}

/* Rewrites the positions of @incident_id's plan to 0..n-1 in the order
 * of @ids, inside the caller's transaction */
static gboolean
write_positions (CordonWorkspace  *self,
                 GArray           *ids,
                 GError          **error)
{
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(CordonStmt) stmt = _cordon_workspace_prepare (self, sql_set_position, error);

      if (stmt == NULL)
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, g_array_index (ids, gint64, i));
      sqlite3_bind_int64 (stmt, 2, i);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        {
          _cordon_workspace_set_sqlite_error (self, error);
          return FALSE;
        }
    }

  return TRUE;
}

static GArray *
plan_ids (CordonWorkspace  *self,
          gint64            incident_id,
          gint64            without,
          GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (!(stmt = _cordon_workspace_prepare (self, sql_select_plan, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, incident_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (id != without)
        g_array_append_val (ids, id);
    }

  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
}

gboolean
cordon_workspace_move_plan_action (CordonWorkspace   *self,
                                   CordonPlanAction  *action,
                                   guint              position,
                                   GError           **error)
{
  g_autoptr(CordonPlanAction) stored = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 id;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (action), FALSE);

  id = cordon_plan_action_get_id (action);
  if (!(stored = read_action (self, id, error)) ||
      !(ids = plan_ids (self, cordon_plan_action_get_incident_id (stored), id, error)))
    return FALSE;

  position = MIN (position, ids->len);
  g_array_insert_val (ids, position, id);

  if (!_cordon_workspace_begin (self, error))
    return FALSE;

  if (!write_positions (self, ids, error))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  if (!_cordon_workspace_commit (self, error))
    return FALSE;

  cordon_plan_action_set_position (action, position);
  emit_records_changed (self, cordon_plan_action_get_incident_id (stored));

  return TRUE;
}

gboolean
cordon_workspace_remove_plan_action (CordonWorkspace   *self,
                                     CordonPlanAction  *action,
                                     GError           **error)
{
  g_autoptr(CordonPlanAction) stored = NULL;
  g_autoptr(CordonStmt) stmt = NULL;
  g_autoptr(GArray) ids = NULL;
  gint64 id;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (action), FALSE);

  id = cordon_plan_action_get_id (action);
  if (!(stored = read_action (self, id, error)) ||
      !(ids = plan_ids (self, cordon_plan_action_get_incident_id (stored), id, error)))
    return FALSE;

  if (!_cordon_workspace_begin (self, error))
    return FALSE;

  if (!(stmt = _cordon_workspace_prepare (self, sql_delete_action, error)))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      g_clear_pointer (&stmt, cordon_stmt_release);
      _cordon_workspace_rollback (self);
      return FALSE;
    }
  g_clear_pointer (&stmt, cordon_stmt_release);

  if (!write_positions (self, ids, error))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  if (!_cordon_workspace_commit (self, error))
    return FALSE;

  cordon_plan_action_set_id (action, 0);
  emit_records_changed (self, cordon_plan_action_get_incident_id (stored));

  return TRUE;
}

/* The journal payload a builder holds, compact */
static char *
payload_from_builder (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);

  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

static char *
status_payload (CordonPlanAction   *action,
                CordonActionStatus  from,
                CordonActionStatus  to,
                const char         *reason)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "containment-action");
  json_builder_add_int_value (builder, cordon_plan_action_get_id (action));
  json_builder_set_member_name (builder, "from");
  json_builder_add_string_value (builder, cordon_action_status_to_id (from));
  json_builder_set_member_name (builder, "to");
  json_builder_add_string_value (builder, cordon_action_status_to_id (to));
  if (reason != NULL && reason[0] != '\0')
    {
      json_builder_set_member_name (builder, "reason");
      json_builder_add_string_value (builder, reason);
    }
  json_builder_end_object (builder);

  return payload_from_builder (builder);
}

gboolean
cordon_workspace_set_plan_action_status (CordonWorkspace     *self,
                                         CordonPlanAction    *action,
                                         CordonActionStatus   status,
                                         const char          *reason,
                                         const char          *author,
                                         GError             **error)
{
  g_autoptr(CordonPlanAction) stored = NULL;
  g_autoptr(CordonIncident) work = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(CordonStmt) stmt = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *payload = NULL;
  g_autofree char *text = NULL;
  CordonIncident *incident;
  CordonActionStatus from;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (action), FALSE);
  g_return_val_if_fail ((guint) status <= CORDON_ACTION_STATUS_WAIVED, FALSE);

  if (!(stored = read_action (self, cordon_plan_action_get_id (action), error)) ||
      !_cordon_workspace_check_text (_("author"), author, FALSE, SHORT_TEXT, error))
    return FALSE;

  from = cordon_plan_action_get_status (stored);
  if (from == status)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("The action is already %s"), cordon_action_status_to_label (status));
      return FALSE;
    }

  now = cordon_time_to_date_time (_cordon_workspace_now (self));
  cordon_plan_action_set_status (stored, status);
  cordon_plan_action_set_waive_reason (stored, status == CORDON_ACTION_STATUS_WAIVED ? reason : "");
  if (status == CORDON_ACTION_STATUS_PLANNED)
    {
      cordon_plan_action_set_started (stored, NULL);
      cordon_plan_action_set_finished (stored, NULL);
    }
  else if (status == CORDON_ACTION_STATUS_IN_PROGRESS)
    {
      if (cordon_plan_action_get_started (stored) == NULL)
        cordon_plan_action_set_started (stored, now);
      cordon_plan_action_set_finished (stored, NULL);
    }
  else
    cordon_plan_action_set_finished (stored, now);

  if (!check_action (stored, error))
    return FALSE;

  if (!_cordon_workspace_ensure_incidents (self, error))
    return FALSE;
  incident = g_hash_table_lookup (self->incidents_by_id,
                                  CORDON_ID_KEY (cordon_plan_action_get_incident_id (stored)));
  g_assert (incident != NULL);

  /* TRANSLATORS: a journal entry: the action's number, title, old and new status */
  text = g_strdup_printf (_("Containment action #%" G_GINT64_FORMAT " “%s”: %s → %s"),
                          cordon_plan_action_get_id (stored),
                          cordon_plan_action_get_title (stored),
                          cordon_action_status_to_label (from),
                          cordon_action_status_to_label (status));
  if (status == CORDON_ACTION_STATUS_WAIVED)
    {
      g_autofree char *with_reason = g_strdup_printf ("%s (%s)", text, reason);
      g_free (text);
      text = g_steal_pointer (&with_reason);
    }
  payload = status_payload (stored, from, status, reason);

  if (!(stmt = _cordon_workspace_prepare (self, sql_update_action, error)))
    return FALSE;
  bind_action (stmt, stored);
  sqlite3_bind_int64 (stmt, 13, cordon_plan_action_get_id (stored));
  if (!write_with_journal (self, g_steal_pointer (&stmt), incident, author, text, payload, &work, &entry, error))
    return FALSE;

  cordon_plan_action_set_status (action, status);
  cordon_plan_action_set_waive_reason (action, cordon_plan_action_get_waive_reason (stored));
  cordon_plan_action_set_started (action, cordon_plan_action_get_started (stored));
  cordon_plan_action_set_finished (action, cordon_plan_action_get_finished (stored));

  _cordon_workspace_publish_journal (self, work, entry);
  emit_records_changed (self, cordon_plan_action_get_incident_id (stored));

  return TRUE;
}

/* In a bulk only: stores @action as given (status, times and position
 * included), for an import */
gboolean
cordon_workspace_import_plan_action (CordonWorkspace   *self,
                                     CordonIncident    *incident,
                                     CordonPlanAction  *action,
                                     GError           **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (action), FALSE);
  g_return_val_if_fail (self->in_bulk, FALSE);

  if (!check_action (action, error) ||
      !(stmt = _cordon_workspace_prepare (self, sql_insert_action, error)))
    return FALSE;

  cordon_plan_action_set_incident_id (action, cordon_incident_get_id (incident));
  bind_action (stmt, action);
  if (!write_one (self, g_steal_pointer (&stmt), error))
    return FALSE;

  cordon_plan_action_set_id (action, sqlite3_last_insert_rowid (self->db));

  return TRUE;
}

gboolean
_cordon_workspace_check_contained (CordonWorkspace  *self,
                                   CordonIncident   *incident,
                                   GError          **error)
{
  g_autoptr(GListModel) plan = NULL;
  g_autoptr(GError) local_error = NULL;

  /* Older schemas, kept by tests, have no plans */
  if (self->schema_version < 4)
    return TRUE;

  if (!(plan = cordon_workspace_list_plan (self, incident, error)))
    return FALSE;

  if (!cordon_lifecycle_check_contained (plan, &local_error))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED,
                   "%s: %s", cordon_incident_get_key (incident), local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* Monitoring checks --------------------------------------------------- */

/* The next check after @from (usec), wanted at @wanted: then, or at the
 * end of the period if that comes first; %NULL when @from is at or past
 * the end (the check at the end is the last one) */
static GDateTime *
next_check_time (CordonMonitoringCheck *check,
                 gint64                 from,
                 gint64                 wanted)
{
  GDateTime *ends = cordon_monitoring_check_get_ends (check);

  if (ends != NULL)
    {
      gint64 end = cordon_time_from_date_time (ends);

      if (from >= end)
        return NULL;
      if (wanted > end)
        wanted = end;
    }

  return cordon_time_to_date_time (wanted);
}

static CordonMonitoringCheck *
check_from_row (CordonStmt *stmt)
{
  CordonMonitoringCheck *check = cordon_monitoring_check_new ();
  g_autoptr(GDateTime) next_due = column_date_time (stmt, 6);
  g_autoptr(GDateTime) ends = column_date_time (stmt, 9);
  CordonMonitoringTarget target = CORDON_MONITORING_TARGET_CUSTOM;
  CordonMonitoringOutcome outcome = CORDON_MONITORING_OUTCOME_PENDING;

  cordon_monitoring_target_from_id (cordon_column_text (stmt, 2), &target);
  cordon_monitoring_outcome_from_id (cordon_column_text (stmt, 7), &outcome);

  cordon_monitoring_check_set_id (check, sqlite3_column_int64 (stmt, 0));
  cordon_monitoring_check_set_action_id (check, sqlite3_column_int64 (stmt, 1));
  cordon_monitoring_check_set_target (check, target);
  cordon_monitoring_check_set_text (check, cordon_column_text (stmt, 3));
  cordon_monitoring_check_set_duration (check, MAX (0, sqlite3_column_int64 (stmt, 4)));
  cordon_monitoring_check_set_interval (check, MAX (0, sqlite3_column_int64 (stmt, 5)));
  cordon_monitoring_check_set_next_due (check, next_due);
  cordon_monitoring_check_set_outcome (check, outcome);
  cordon_monitoring_check_set_outcome_notes (check, cordon_column_text (stmt, 8));
  cordon_monitoring_check_set_ends (check, ends);

  return check;
}

static CordonMonitoringCheck *
read_check (CordonWorkspace  *self,
            gint64            id,
            GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  g_autofree char *missing = NULL;

  if (!(stmt = _cordon_workspace_prepare (self, sql_select_check, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  missing = g_strdup_printf (_("There is no monitoring check #%" G_GINT64_FORMAT), id);

  return _cordon_workspace_read_row (self, stmt, (CordonRowReader) (GCallback) check_from_row, NULL, missing, error);
}

static void
bind_check (CordonStmt            *stmt,
            CordonMonitoringCheck *check)
{
  sqlite3_bind_int64 (stmt, 1, cordon_monitoring_check_get_action_id (check));
  cordon_bind_text (stmt, 2, cordon_monitoring_target_to_id (cordon_monitoring_check_get_target (check)));
  cordon_bind_text (stmt, 3, cordon_monitoring_check_get_text (check));
  sqlite3_bind_int64 (stmt, 4, cordon_monitoring_check_get_duration (check));
  sqlite3_bind_int64 (stmt, 5, cordon_monitoring_check_get_interval (check));
  bind_date_time (stmt, 6, cordon_monitoring_check_get_next_due (check));
  cordon_bind_text (stmt, 7, cordon_monitoring_outcome_to_id (cordon_monitoring_check_get_outcome (check)));
  cordon_bind_text (stmt, 8, cordon_monitoring_check_get_outcome_notes (check));
  bind_date_time (stmt, 9, cordon_monitoring_check_get_ends (check));
}

static gboolean
check_check (CordonMonitoringCheck  *check,
             GError                **error)
{
  return _cordon_workspace_check_text (_("what is watched"), cordon_monitoring_check_get_text (check),
                                       cordon_monitoring_check_get_target (check) == CORDON_MONITORING_TARGET_CUSTOM,
                                       SHORT_TEXT, error) &&
         _cordon_workspace_check_text (_("outcome notes"), cordon_monitoring_check_get_outcome_notes (check),
                                       FALSE, LONG_TEXT, error);
}

static gboolean
insert_check (CordonWorkspace        *self,
              gint64                  action_id,
              CordonMonitoringCheck  *check,
              GError                **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  if (!check_check (check, error) ||
      !(stmt = _cordon_workspace_prepare (self, sql_insert_check, error)))
    return FALSE;

  cordon_monitoring_check_set_action_id (check, action_id);
  bind_check (stmt, check);
  if (!write_one (self, g_steal_pointer (&stmt), error))
    return FALSE;

  cordon_monitoring_check_set_id (check, sqlite3_last_insert_rowid (self->db));

  return TRUE;
}

gboolean
cordon_workspace_add_monitoring_check (CordonWorkspace        *self,
                                       CordonPlanAction       *action,
                                       CordonMonitoringCheck  *check,
                                       GError                **error)
{
  g_autoptr(CordonPlanAction) stored = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (action), FALSE);
  g_return_val_if_fail (CORDON_IS_MONITORING_CHECK (check), FALSE);
  g_return_val_if_fail (cordon_monitoring_check_get_id (check) == 0, FALSE);

  if (!(stored = read_action (self, cordon_plan_action_get_id (action), error)))
    return FALSE;

  /* The period starts now and lasts its duration; the first check is due
   * one interval from now, or when the period ends if that is sooner */
  if (cordon_monitoring_check_get_outcome (check) == CORDON_MONITORING_OUTCOME_PENDING)
    {
      gint64 now = _cordon_workspace_now (self);

      if (cordon_monitoring_check_get_ends (check) == NULL &&
          cordon_monitoring_check_get_duration (check) > 0)
        {
          g_autoptr(GDateTime) ends =
            cordon_time_to_date_time (now + cordon_monitoring_check_get_duration (check) * G_USEC_PER_SEC);
          cordon_monitoring_check_set_ends (check, ends);
        }

      if (cordon_monitoring_check_get_next_due (check) == NULL &&
          cordon_monitoring_check_get_interval (check) > 0)
        {
          g_autoptr(GDateTime) due =
            next_check_time (check, now, now + cordon_monitoring_check_get_interval (check) * G_USEC_PER_SEC);
          cordon_monitoring_check_set_next_due (check, due);
        }
    }

  if (!insert_check (self, cordon_plan_action_get_id (stored), check, error))
    return FALSE;

  emit_records_changed (self, cordon_plan_action_get_incident_id (stored));

  return TRUE;
}

gboolean
cordon_workspace_import_monitoring_check (CordonWorkspace        *self,
                                          CordonPlanAction       *action,
                                          CordonMonitoringCheck  *check,
                                          GError                **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (action), FALSE);
  g_return_val_if_fail (CORDON_IS_MONITORING_CHECK (check), FALSE);
  g_return_val_if_fail (self->in_bulk, FALSE);

  return insert_check (self, cordon_plan_action_get_id (action), check, error);
}

static GListModel *
list_checks (CordonWorkspace  *self,
             const char       *sql,
             gint64            arg,
             GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  if (!(stmt = _cordon_workspace_prepare (self, sql, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, arg);
  return _cordon_workspace_collect_rows (self, stmt, CORDON_TYPE_MONITORING_CHECK, (CordonRowReader) (GCallback) check_from_row, NULL, error);
}

GListModel *
cordon_workspace_list_monitoring_checks (CordonWorkspace   *self,
                                         CordonPlanAction  *action,
                                         GError           **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (action), NULL);

  return list_checks (self, sql_select_checks, cordon_plan_action_get_id (action), error);
}

GListModel *
cordon_workspace_list_due_monitoring_checks (CordonWorkspace  *self,
                                             GDateTime        *until,
                                             GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (until != NULL, NULL);

  return list_checks (self, sql_select_due_checks, cordon_time_from_date_time (until), error);
}

gboolean
cordon_workspace_get_next_monitoring_due (CordonWorkspace  *self,
                                          gint64           *out_due_usec,
                                          GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (out_due_usec != NULL, FALSE);

  if (!(stmt = _cordon_workspace_prepare (self, sql_next_check_due, error)))
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }

  *out_due_usec = sqlite3_column_type (stmt, 0) == SQLITE_NULL ? -1 : sqlite3_column_int64 (stmt, 0);

  return TRUE;
}

static char *
reminder_payload (CordonPlanAction      *action,
                  CordonMonitoringCheck *check,
                  GDateTime             *due,
                  gboolean               final)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *due_text = g_date_time_format_iso8601 (due);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "containment-action");
  json_builder_add_int_value (builder, cordon_plan_action_get_id (action));
  json_builder_set_member_name (builder, "monitoring-check");
  json_builder_add_int_value (builder, cordon_monitoring_check_get_id (check));
  json_builder_set_member_name (builder, "due");
  json_builder_add_string_value (builder, due_text);
  json_builder_set_member_name (builder, "final");
  json_builder_add_boolean_value (builder, final);
  json_builder_end_object (builder);

  return payload_from_builder (builder);
}

gboolean
cordon_workspace_remind_monitoring_check (CordonWorkspace        *self,
                                          CordonMonitoringCheck  *check,
                                          gint64                  now_usec,
                                          gboolean               *out_final,
                                          GError                **error)
{
  g_autoptr(CordonMonitoringCheck) stored = NULL;
  g_autoptr(CordonPlanAction) action = NULL;
  g_autoptr(CordonIncident) work = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(CordonStmt) stmt = NULL;
  g_autoptr(GDateTime) next_due = NULL;
  g_autofree char *payload = NULL;
  g_autofree char *text = NULL;
  CordonIncident *incident;
  GDateTime *due;
  gint64 due_usec, interval, next;
  gboolean final;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_MONITORING_CHECK (check), FALSE);

  if (!(stored = read_check (self, cordon_monitoring_check_get_id (check), error)))
    return FALSE;

  due = cordon_monitoring_check_get_next_due (stored);
  if (cordon_monitoring_check_get_outcome (stored) != CORDON_MONITORING_OUTCOME_PENDING ||
      due == NULL || cordon_time_from_date_time (due) > now_usec)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("Monitoring check #%" G_GINT64_FORMAT " is not due"),
                   cordon_monitoring_check_get_id (stored));
      return FALSE;
    }

  if (!(action = read_action (self, cordon_monitoring_check_get_action_id (stored), error)) ||
      !_cordon_workspace_ensure_incidents (self, error))
    return FALSE;
  incident = g_hash_table_lookup (self->incidents_by_id,
                                  CORDON_ID_KEY (cordon_plan_action_get_incident_id (action)));
  g_assert (incident != NULL);

  /* The next check comes whole intervals later, past @now_usec: checks
   * missed while nothing ran are told once, not one by one */
  due_usec = cordon_time_from_date_time (due);
  interval = cordon_monitoring_check_get_interval (stored) * G_USEC_PER_SEC;
  if (interval > 0)
    {
      next = due_usec + interval;
      if (next <= now_usec)
        next += ((now_usec - next) / interval + 1) * interval;
      next_due = next_check_time (stored, due_usec, next);
      /* Capped at the end of a period that is already over: this
       * reminder is the last one */
      if (next_due != NULL && cordon_time_from_date_time (next_due) <= now_usec)
        g_clear_pointer (&next_due, g_date_time_unref);
    }
  final = next_due == NULL;

  if (final)
    /* TRANSLATORS: a journal entry: what is watched, the action's number and title */
    text = g_strdup_printf (_("Monitoring of %s after containment action #%" G_GINT64_FORMAT " “%s” has ended: record whether containment held"),
                            cordon_monitoring_target_to_label (cordon_monitoring_check_get_target (stored)),
                            cordon_plan_action_get_id (action),
                            cordon_plan_action_get_title (action));
  else
    /* TRANSLATORS: a journal entry: what is watched, the action's number and title */
    text = g_strdup_printf (_("Monitoring check due: %s after containment action #%" G_GINT64_FORMAT " “%s”"),
                            cordon_monitoring_target_to_label (cordon_monitoring_check_get_target (stored)),
                            cordon_plan_action_get_id (action),
                            cordon_plan_action_get_title (action));
  payload = reminder_payload (action, stored, due, final);
  cordon_monitoring_check_set_next_due (stored, next_due);

  if (!(stmt = _cordon_workspace_prepare (self, sql_update_check, error)))
    return FALSE;
  bind_check (stmt, stored);
  sqlite3_bind_int64 (stmt, 10, cordon_monitoring_check_get_id (stored));
  if (!write_with_journal (self, g_steal_pointer (&stmt), incident, "cordon", text, payload, &work, &entry, error))
    return FALSE;

  cordon_monitoring_check_set_next_due (check, next_due);
  if (out_final != NULL)
    *out_final = final;

  _cordon_workspace_publish_journal (self, work, entry);
  emit_records_changed (self, cordon_plan_action_get_incident_id (action));

  return TRUE;
}

gboolean
cordon_workspace_record_monitoring_outcome (CordonWorkspace          *self,
                                            CordonMonitoringCheck    *check,
                                            CordonMonitoringOutcome   outcome,
                                            const char               *notes,
                                            const char               *author,
                                            GError                  **error)
{
  g_autoptr(CordonMonitoringCheck) stored = NULL;
  g_autoptr(CordonPlanAction) action = NULL;
  g_autoptr(CordonIncident) work = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(CordonStmt) stmt = NULL;
  g_autoptr(GDateTime) next_due = NULL;
  CordonIncident *recurred = NULL;
  g_autofree char *payload = NULL;
  g_autofree char *text = NULL;
  gint64 now;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_MONITORING_CHECK (check), FALSE);
  g_return_val_if_fail ((guint) outcome <= CORDON_MONITORING_OUTCOME_RECURRENCE_SEEN, FALSE);

  if (!(stored = read_check (self, cordon_monitoring_check_get_id (check), error)))
    return FALSE;

  if (!(action = read_action (self, cordon_monitoring_check_get_action_id (stored), error)) ||
      !_cordon_workspace_check_text (_("author"), author, FALSE, SHORT_TEXT, error))
    return FALSE;

  /* Still pending: the next check is due one interval later; an outcome
   * ends the reminders */
  now = _cordon_workspace_now (self);
  if (outcome == CORDON_MONITORING_OUTCOME_PENDING && cordon_monitoring_check_get_interval (stored) > 0)
    next_due = next_check_time (stored, now, now + cordon_monitoring_check_get_interval (stored) * G_USEC_PER_SEC);

  cordon_monitoring_check_set_outcome (stored, outcome);
  cordon_monitoring_check_set_outcome_notes (stored, notes);
  cordon_monitoring_check_set_next_due (stored, next_due);
  if (!check_check (stored, error))
    return FALSE;

  /* A recurrence is news for the whole team: it goes in the journal, and
   * containment is no longer effective */
  if (outcome == CORDON_MONITORING_OUTCOME_RECURRENCE_SEEN)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      if (!_cordon_workspace_ensure_incidents (self, error))
        return FALSE;
      recurred = g_hash_table_lookup (self->incidents_by_id,
                                      CORDON_ID_KEY (cordon_plan_action_get_incident_id (action)));
      g_assert (recurred != NULL);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "containment-action");
      json_builder_add_int_value (builder, cordon_plan_action_get_id (action));
      json_builder_set_member_name (builder, "monitoring-check");
      json_builder_add_int_value (builder, cordon_monitoring_check_get_id (stored));
      json_builder_set_member_name (builder, "outcome");
      json_builder_add_string_value (builder, cordon_monitoring_outcome_to_id (outcome));
      json_builder_end_object (builder);
      payload = payload_from_builder (builder);

      /* TRANSLATORS: a journal entry: what was watched, the action's number and title, notes */
      text = g_strdup_printf (_("Recurrence seen while monitoring %s after containment action #%" G_GINT64_FORMAT " “%s”%s%s"),
                              cordon_monitoring_target_to_label (cordon_monitoring_check_get_target (stored)),
                              cordon_plan_action_get_id (action),
                              cordon_plan_action_get_title (action),
                              notes != NULL && notes[0] != '\0' ? ": " : "",
                              notes != NULL ? notes : "");
    }

  if (!(stmt = _cordon_workspace_prepare (self, sql_update_check, error)))
    return FALSE;
  bind_check (stmt, stored);
  sqlite3_bind_int64 (stmt, 10, cordon_monitoring_check_get_id (stored));
  if (!write_with_journal (self, g_steal_pointer (&stmt), recurred, author, text, payload, &work, &entry, error))
    return FALSE;

  cordon_monitoring_check_set_outcome (check, outcome);
  cordon_monitoring_check_set_outcome_notes (check, cordon_monitoring_check_get_outcome_notes (stored));
  cordon_monitoring_check_set_next_due (check, next_due);

  if (entry != NULL)
    _cordon_workspace_publish_journal (self, work, entry);
  emit_records_changed (self, cordon_plan_action_get_incident_id (action));

  /* Containment did not hold: an incident already in recovery goes back
   * to containment, with the recurrence as the reason. In its own
   * transaction, after the outcome is safe: a refused move must not
   * lose what the check saw. */
  if (recurred != NULL && cordon_incident_get_phase (recurred) == CORDON_PHASE_RECOVERY)
    {
      g_autoptr(GError) move_error = NULL;
      g_autofree char *reason = NULL;

      /* TRANSLATORS: the reason of a move back to containment */
      reason = g_strdup_printf (_("Recurrence seen while monitoring containment action “%s”"),
                                cordon_plan_action_get_title (action));
      if (!cordon_workspace_move_incident (self, recurred, CORDON_PHASE_CONTAINMENT, reason, author, &move_error))
        g_warning ("Could not reopen containment of %s: %s",
                   cordon_incident_get_key (recurred), move_error->message);
    }

  return TRUE;
}

/* The default library ------------------------------------------------- */

static GStrv
json_strv (JsonObject *object,
           const char *member)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  if (json_object_has_member (object, member) &&
      (array = json_object_get_array_member (object, member)) != NULL)
    {
      for (guint i = 0; i < json_array_get_length (array); i++)
        g_strv_builder_add (builder, json_array_get_string_element (array, i));
    }

  return g_strv_builder_end (builder);
}

gboolean
_cordon_workspace_insert_default_strategies (CordonWorkspace  *self,
                                             GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonArray *strategies;
  gboolean was_in_bulk = self->in_bulk;
  gboolean ret = TRUE;

  if (!(bytes = cordon_data_lookup (DEFAULT_STRATEGIES, error)) ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error))
    return FALSE;

  strategies = json_node_get_array (json_parser_get_root (parser));

  /* Run inside the creating or migrating transaction, each insert a
   * savepoint */
  self->in_bulk = TRUE;

  for (guint i = 0; ret && i < json_array_get_length (strategies); i++)
    {
      JsonObject *object = json_array_get_object_element (strategies, i);
      g_autoptr(CordonStrategy) strategy = cordon_strategy_new ();
      g_auto(GStrv) areas = json_strv (object, "focus-areas");
      g_auto(GStrv) categories = json_strv (object, "categories");
      g_auto(GStrv) steps = json_strv (object, "steps");
      g_auto(GStrv) rollback = json_strv (object, "rollback-steps");
      g_auto(GStrv) d3fend = json_strv (object, "d3fend");
      g_auto(GStrv) mitigations = json_strv (object, "mitigations");
      CordonContainmentTerm term = CORDON_CONTAINMENT_TERM_SHORT;
      CordonFocusArea focus = 0;

      for (guint j = 0; areas[j] != NULL; j++)
        {
          CordonFocusArea flag;

          if (cordon_focus_area_from_id (areas[j], &flag))
            focus |= flag;
        }
      cordon_containment_term_from_id (json_object_get_string_member (object, "term"), &term);

      cordon_strategy_set_slug (strategy, json_object_get_string_member (object, "id"));
      cordon_strategy_set_name (strategy, json_object_get_string_member (object, "name"));
      cordon_strategy_set_focus_areas (strategy, focus);
      cordon_strategy_set_term (strategy, term);
      cordon_strategy_set_categories (strategy, (const char * const *) categories);
      cordon_strategy_set_description (strategy, json_object_get_string_member_with_default (object, "description", ""));
      cordon_strategy_set_steps (strategy, (const char * const *) steps);
      cordon_strategy_set_group (strategy, json_object_get_string_member_with_default (object, "group", ""));
      cordon_strategy_set_rollback_steps (strategy, (const char * const *) rollback);
      cordon_strategy_set_evidence_risk (strategy, json_object_get_boolean_member_with_default (object, "evidence-risk", FALSE));
      cordon_strategy_set_d3fend (strategy, (const char * const *) d3fend);
      cordon_strategy_set_mitigations (strategy, (const char * const *) mitigations);

      ret = cordon_workspace_create_strategy (self, strategy, error);
    }

  self->in_bulk = was_in_bulk;

  return ret;
}
