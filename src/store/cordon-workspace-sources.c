/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-workspace-sources.c: where imported incidents came from, so that
 * a record imported again is recognised.
 */

#define G_LOG_DOMAIN "cordon-workspace"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-workspace-private.h"

#include "cordon-case-template.h"
#include "cordon-plan-action.h"
#include "cordon-task.h"

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

/* Case templates ------------------------------------------------------ */

/**
 * cordon_workspace_save_case_template:
 * @template: a template; its id is set
 *
 * Stores @template, replacing a template of the same name with its
 * tasks, in one transaction (or the running bulk's).
 */
gboolean
cordon_workspace_save_case_template (CordonWorkspace     *self,
                                     CordonCaseTemplate  *template,
                                     GError             **error)
{
  g_autoptr(CordonStmt) remove = NULL;
  g_autoptr(CordonStmt) insert = NULL;
  const char *name;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_CASE_TEMPLATE (template), FALSE);

  name = cordon_case_template_get_name (template);
  if (!_cordon_workspace_check_text (_("template name"), name, TRUE, 500, error) ||
      !_cordon_workspace_check_text (_("title prefix"), cordon_case_template_get_title_prefix (template),
                                     FALSE, 500, error) ||
      !_cordon_workspace_check_text (_("description"), cordon_case_template_get_description (template),
                                     FALSE, 60 * 1024, error))
    return FALSE;
  for (guint i = 0; i < cordon_case_template_get_n_tasks (template); i++)
    {
      const CordonCaseTemplateTask *task = cordon_case_template_get_task (template, i);

      if (!_cordon_workspace_check_text (_("task title"), task->title, TRUE, 500, error) ||
          !_cordon_workspace_check_text (_("task description"), task->description, FALSE, 60 * 1024, error) ||
          !_cordon_workspace_check_text (_("task group"), task->group, FALSE, 500, error))
        return FALSE;
    }

  if (!_cordon_workspace_begin (self, error))
    return FALSE;

  if (!(remove = _cordon_workspace_prepare (self, "DELETE FROM case_templates WHERE name = ?1", error)))
    goto fail;
  cordon_bind_text (remove, 1, name);
  if (!_cordon_workspace_step_done (self, remove, error))
    goto fail;

  if (!(insert = _cordon_workspace_prepare (self,
                                            "INSERT INTO case_templates (name, title_prefix, description, severity, "
                                            "category, tlp, source, imported) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                                            error)))
    goto fail;
  cordon_bind_text (insert, 1, name);
  cordon_bind_text (insert, 2, cordon_case_template_get_title_prefix (template));
  cordon_bind_text (insert, 3, cordon_case_template_get_description (template));
  cordon_bind_text (insert, 4, cordon_case_template_get_severity (template));
  cordon_bind_text (insert, 5, cordon_case_template_get_category (template));
  cordon_bind_text (insert, 6, cordon_tlp_to_id (cordon_case_template_get_tlp (template)));
  cordon_bind_text (insert, 7, cordon_case_template_get_source (template));
  sqlite3_bind_int64 (insert, 8, _cordon_workspace_now (self));
  if (!_cordon_workspace_step_done (self, insert, error))
    goto fail;
  cordon_case_template_set_id (template, sqlite3_last_insert_rowid (self->db));

  for (guint i = 0; i < cordon_case_template_get_n_tasks (template); i++)
    {
      const CordonCaseTemplateTask *task = cordon_case_template_get_task (template, i);
      g_autoptr(CordonStmt) stmt = _cordon_workspace_prepare (self,
                                                              "INSERT INTO case_template_tasks (template_id, position, "
                                                              "title, description, \"group\") VALUES (?1, ?2, ?3, ?4, ?5)",
                                                              error);

      if (stmt == NULL)
        goto fail;
      sqlite3_bind_int64 (stmt, 1, cordon_case_template_get_id (template));
      sqlite3_bind_int (stmt, 2, (int) i);
      cordon_bind_text (stmt, 3, task->title);
      cordon_bind_text (stmt, 4, task->description);
      cordon_bind_text (stmt, 5, task->group);
      if (!_cordon_workspace_step_done (self, stmt, error))
        goto fail;
    }

  return _cordon_workspace_commit (self, error);

fail:
  _cordon_workspace_rollback (self);
  return FALSE;
}

static CordonCaseTemplate *
read_template (CordonWorkspace  *self,
               CordonStmt       *stmt,
               GError          **error)
{
  g_autoptr(CordonCaseTemplate) template = cordon_case_template_new (cordon_column_text (stmt, 1));
  g_autoptr(CordonStmt) tasks = NULL;
  CordonTlp tlp = CORDON_TLP_AMBER;
  int rc;

  cordon_case_template_set_id (template, sqlite3_column_int64 (stmt, 0));
  cordon_case_template_set_title_prefix (template, cordon_column_text (stmt, 2));
  cordon_case_template_set_description (template, cordon_column_text (stmt, 3));
  cordon_case_template_set_severity (template, cordon_column_text (stmt, 4));
  cordon_case_template_set_category (template, cordon_column_text (stmt, 5));
  cordon_tlp_from_id (cordon_column_text (stmt, 6), &tlp);
  cordon_case_template_set_tlp (template, tlp);
  cordon_case_template_set_source (template, cordon_column_text (stmt, 7));

  if (!(tasks = _cordon_workspace_prepare (self,
                                           "SELECT title, description, \"group\" FROM case_template_tasks "
                                           "WHERE template_id = ?1 ORDER BY position",
                                           error)))
    return NULL;
  sqlite3_bind_int64 (tasks, 1, cordon_case_template_get_id (template));
  while ((rc = sqlite3_step (tasks)) == SQLITE_ROW)
    cordon_case_template_add_task (template, cordon_column_text (tasks, 0), cordon_column_text (tasks, 1),
                                   cordon_column_text (tasks, 2));
  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&template);
}

#define TEMPLATE_COLUMNS "id, name, title_prefix, description, severity, category, tlp, source"

/**
 * cordon_workspace_list_case_templates:
 *
 * Returns: (transfer full): the case templates by name, a snapshot
 *   #GListModel of #CordonCaseTemplate, or %NULL on error
 */
GListModel *
cordon_workspace_list_case_templates (CordonWorkspace  *self,
                                      GError          **error)
{
  g_autoptr(GListStore) store = g_list_store_new (CORDON_TYPE_CASE_TEMPLATE);
  g_autoptr(CordonStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);

  if (!(stmt = _cordon_workspace_prepare (self, "SELECT " TEMPLATE_COLUMNS " FROM case_templates ORDER BY name",
                                          error)))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CordonCaseTemplate) template = read_template (self, stmt, error);

      if (template == NULL)
        return NULL;
      g_list_store_append (store, template);
    }
  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

/**
 * cordon_workspace_lookup_case_template:
 *
 * Returns: (transfer full) (nullable): the template named @name, or
 *   %NULL with %CORDON_WORKSPACE_ERROR_NOT_FOUND
 */
CordonCaseTemplate *
cordon_workspace_lookup_case_template (CordonWorkspace  *self,
                                       const char       *name,
                                       GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (!(stmt = _cordon_workspace_prepare (self, "SELECT " TEMPLATE_COLUMNS " FROM case_templates WHERE name = ?1",
                                          error)))
    return NULL;
  cordon_bind_text (stmt, 1, name);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return read_template (self, stmt, error);
  if (rc != SQLITE_DONE)
    _cordon_workspace_set_sqlite_error (self, error);
  else
    g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                 _("There is no case template “%s” in this workspace"), name);

  return NULL;
}

/**
 * cordon_workspace_open_from_template:
 * @draft: a new incident as for cordon_workspace_create_incident(); its
 *   title gets the template's prefix, and an unset category, severity or
 *   summary the template's
 * @author: (nullable): who opens it
 *
 * Opens an incident from @template: the incident, then in one
 * transaction its tasks and the containment plan made of the template's
 * containment tasks, with a journal note naming the template. Should
 * that second transaction fail (a database fault), the error says the
 * incident was opened without them.
 *
 * Returns: (transfer full): the stored incident, or %NULL on error
 */
CordonIncident *
cordon_workspace_open_from_template (CordonWorkspace     *self,
                                     CordonIncident      *draft,
                                     CordonCaseTemplate  *template,
                                     const char          *author,
                                     GError             **error)
{
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(CordonJournalEntry) note = NULL;
  g_autofree char *text = NULL;
  const char *prefix;
  guint n_tasks = 0, n_actions = 0;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (draft), NULL);
  g_return_val_if_fail (CORDON_IS_CASE_TEMPLATE (template), NULL);
  g_return_val_if_fail (!cordon_workspace_in_bulk (self), NULL);

  prefix = cordon_case_template_get_title_prefix (template);
  if (prefix[0] != '\0' && !g_str_has_prefix (cordon_incident_get_title (draft), prefix))
    {
      g_autofree char *title = g_strdup_printf ("%s %s", prefix, cordon_incident_get_title (draft));

      cordon_incident_set_title (draft, title);
    }
  if (cordon_incident_get_category (draft)[0] == '\0')
    cordon_incident_set_category (draft, cordon_case_template_get_category (template));
  if (cordon_incident_get_severity (draft)[0] == '\0')
    cordon_incident_set_severity (draft, cordon_case_template_get_severity (template));
  if (cordon_incident_get_summary (draft)[0] == '\0')
    cordon_incident_set_summary (draft, cordon_case_template_get_description (template));

  /* The incident first, then everything the template gives it in one
   * transaction: what can be refused (the draft's values) is refused
   * before anything is written */
  if (!(incident = cordon_workspace_create_incident (self, draft, author, error)))
    return NULL;

  if (!cordon_workspace_begin_bulk (self, error))
    goto opened;

  for (guint i = 0; i < cordon_case_template_get_n_tasks (template); i++)
    {
      const CordonCaseTemplateTask *step = cordon_case_template_get_task (template, i);

      if (cordon_case_template_task_is_containment (step))
        {
          g_autoptr(CordonPlanAction) action = cordon_plan_action_new ();

          cordon_plan_action_set_title (action, step->title);
          cordon_plan_action_set_notes (action, step->description);
          if (!cordon_workspace_add_plan_action (self, incident, action, error))
            goto fail;
          n_actions++;
        }
      else
        {
          g_autoptr(CordonTask) task = cordon_task_new ();

          cordon_task_set_title (task, step->title);
          cordon_task_set_description (task, step->description);
          if (!cordon_workspace_add_task (self, incident, task, error))
            goto fail;
          n_tasks++;
        }
    }

  text = g_strdup_printf (_("Opened from the case template “%s”: %u tasks, %u containment actions"),
                          cordon_case_template_get_name (template), n_tasks, n_actions);
  if (!(note = cordon_workspace_append_journal (self, incident, CORDON_JOURNAL_KIND_NOTE,
                                                author != NULL ? author : cordon_incident_get_lead (incident),
                                                text, NULL, error)))
    goto fail;

  if (!cordon_workspace_commit_bulk (self, error))
    goto opened;

  /* The bulk's end read the incidents again: the stored instance */
  return cordon_workspace_lookup_incident (self, cordon_incident_get_key (incident), error);

fail:
  cordon_workspace_rollback_bulk (self);
opened:
  g_prefix_error (error, _("%s was opened, but the template’s tasks and plan were not added: "),
                  cordon_incident_get_key (incident));
  return NULL;
}
