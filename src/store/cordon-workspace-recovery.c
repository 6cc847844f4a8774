/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-workspace-recovery.c: storage of recovery and of the
 * lessons-learned review — the recovery fields of each incident, its
 * checklist made from a template (data/recovery/templates.json in the
 * resources, or the workspace's edited copy), its review and follow-up
 * actions — and the per-incident metrics the review shows.
 *
 * Every status change of a checklist item, the restore decision, a change
 * of the compromise time and the end (or skip) of the review is a journal
 * entry written in the same transaction as the change.
 */

#define G_LOG_DOMAIN "cordon-workspace"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "cordon-checklist.h"
#include "cordon-data.h"
#include "cordon-lifecycle.h"
#include "cordon-sla.h"
#include "cordon-taxonomy-entry.h"
#include "cordon-time.h"
#include "cordon-workspace-private.h"

#define SHORT_TEXT 500
#define LONG_TEXT (1024 * 1024)

#define DEFAULT_TEMPLATES "recovery/templates.json"

#define RECOVERY_COLUMNS \
  "compromised, legal, forensic_scope, root_cause, decision, decision_reason, restore_point, decided"

static const char sql_select_recovery[] =
  "SELECT incident_id, " RECOVERY_COLUMNS " FROM recovery WHERE incident_id = ?1";
static const char sql_upsert_recovery[] =
  "INSERT INTO recovery (incident_id, " RECOVERY_COLUMNS ")"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
  " ON CONFLICT (incident_id) DO UPDATE SET (" RECOVERY_COLUMNS ")"
  " = (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

#define ITEM_COLUMNS \
  "incident_id, slug, stage, position, title, description, owner, due, status, done," \
  " reason, notes, evidence"

static const char sql_select_items[] =
  "SELECT id, " ITEM_COLUMNS " FROM recovery_items WHERE incident_id = ?1 ORDER BY position, id";
static const char sql_select_item[] =
  "SELECT id, " ITEM_COLUMNS " FROM recovery_items WHERE id = ?1";
static const char sql_select_item_by_slug[] =
  "SELECT id, " ITEM_COLUMNS " FROM recovery_items WHERE incident_id = ?1 AND slug = ?2";
static const char sql_insert_item[] =
  "INSERT INTO recovery_items (" ITEM_COLUMNS ")"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";
static const char sql_update_item[] =
  "UPDATE recovery_items SET (" ITEM_COLUMNS ")"
  " = (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) WHERE id = ?14";
static const char sql_count_items[] =
  "SELECT count(*) FROM recovery_items WHERE incident_id = ?1";

static const char sql_select_review[] =
  "SELECT incident_id, went_well, went_badly, completed, skip_reason FROM reviews WHERE incident_id = ?1";
static const char sql_upsert_review[] =
  "INSERT INTO reviews (incident_id, went_well, went_badly, completed, skip_reason)"
  " VALUES (?1, ?2, ?3, ?4, ?5)"
  " ON CONFLICT (incident_id) DO UPDATE SET (went_well, went_badly, completed, skip_reason)"
  " = (?2, ?3, ?4, ?5)";

#define FOLLOW_UP_COLUMNS "incident_id, text, owner, due, done"

static const char sql_select_follow_ups[] =
  "SELECT id, " FOLLOW_UP_COLUMNS " FROM follow_ups WHERE incident_id = ?1 ORDER BY id";
static const char sql_select_follow_up[] =
  "SELECT id, " FOLLOW_UP_COLUMNS " FROM follow_ups WHERE id = ?1";
static const char sql_insert_follow_up[] =
  "INSERT INTO follow_ups (" FOLLOW_UP_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5)";
static const char sql_update_follow_up[] =
  "UPDATE follow_ups SET (" FOLLOW_UP_COLUMNS ") = (?1, ?2, ?3, ?4, ?5) WHERE id = ?6";
static const char sql_delete_follow_up[] =
  "DELETE FROM follow_ups WHERE id = ?1";

static const char sql_select_templates[] =
  "SELECT document FROM recovery_templates WHERE id = 1";
static const char sql_upsert_templates[] =
  "INSERT INTO recovery_templates (id, document) VALUES (1, ?1)"
  " ON CONFLICT (id) DO UPDATE SET document = ?1";
static const char sql_delete_templates[] =
  "DELETE FROM recovery_templates";

/* Helpers ------------------------------------------------------------ */

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

static char *
format_time (GDateTime *time)
{
  return cordon_time_to_iso8601_compact (cordon_time_from_date_time (time));
}

static gboolean
has_recovery_tables (CordonWorkspace  *self,
                     GError          **error)
{
  if (self->schema_version >= _cordon_workspace_recovery_version ())
    return TRUE;

  g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED,
               _("This workspace’s schema has no recovery checklist"));
  return FALSE;
}

static CordonIncident *
resolve (CordonWorkspace  *self,
         gint64            incident_id,
         GError          **error)
{
  CordonIncident *incident;

  if (!_cordon_workspace_ensure_incidents (self, error))
    return NULL;

  incident = g_hash_table_lookup (self->incidents_by_id, CORDON_ID_KEY (incident_id));
  if (incident == NULL)
    g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                 _("There is no incident #%" G_GINT64_FORMAT " in this workspace"), incident_id);

  return incident;
}

static CordonIncident *
resolve_stored (CordonWorkspace  *self,
                CordonIncident   *incident,
                GError          **error)
{
  if (cordon_incident_get_id (incident) <= 0)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                   _("The incident %s is not stored in this workspace"),
                   cordon_incident_get_key (incident));
      return NULL;
    }

  return resolve (self, cordon_incident_get_id (incident), error);
}

static void
emit_records_changed (CordonWorkspace *self,
                      gint64           incident_id)
{
  CordonIncident *incident;

  if (!_cordon_workspace_emits (self) || self->incidents_by_id == NULL)
    return;

  incident = g_hash_table_lookup (self->incidents_by_id, CORDON_ID_KEY (incident_id));
  if (incident != NULL)
    g_signal_emit (self, _cordon_workspace_signals[CORDON_WORKSPACE_SIGNAL_RECORDS_CHANGED], 0, incident);
}

static void
emit_settings_changed (CordonWorkspace *self)
{
  if (_cordon_workspace_emits (self))
    g_signal_emit (self, _cordon_workspace_signals[CORDON_WORKSPACE_SIGNAL_SETTINGS_CHANGED], 0);
}

/* Steps a prepared write inside the caller's transaction */
static gboolean
step_write (CordonWorkspace  *self,
            CordonStmt       *stmt,
            GError          **error)
{
  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }

  return TRUE;
}

/* Runs one prepared write in its own transaction (a savepoint in a bulk) */
static gboolean
write_one (CordonWorkspace  *self,
           CordonStmt       *stmt,
           GError          **error)
{
  gboolean ok;

  if (!_cordon_workspace_begin (self, error))
    {
      cordon_stmt_release (stmt);
      return FALSE;
    }

  ok = step_write (self, stmt, error);
  cordon_stmt_release (stmt);
  if (!ok)
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  return _cordon_workspace_commit (self, error);
}

static char *
builder_to_string (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);

  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

/* Writes @stmt and a journal entry on @incident in one transaction, then
 * publishes the entry */
static gboolean
write_with_journal (CordonWorkspace    *self,
                    CordonStmt         *stmt,
                    CordonIncident     *incident,
                    CordonJournalKind   kind,
                    const char         *author,
                    const char         *text,
                    const char         *payload,
                    GError            **error)
{
  g_autoptr(CordonIncident) work = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  gboolean ok;

  if (!_cordon_workspace_begin (self, error))
    {
      cordon_stmt_release (stmt);
      return FALSE;
    }

  ok = step_write (self, stmt, error);
  cordon_stmt_release (stmt);

  if (!ok ||
      !(entry = _cordon_workspace_chain_journal (self, incident, kind, author, text, payload, &work, error)))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  if (!_cordon_workspace_commit (self, error))
    return FALSE;

  _cordon_workspace_publish_journal (self, work, entry);
  emit_records_changed (self, cordon_incident_get_id (incident));

  return TRUE;
}

/* Templates ----------------------------------------------------------- */

static gboolean
template_error (GError     **error,
                const char  *where,
                const char  *message)
{
  g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
               /* TRANSLATORS: a place in the recovery templates, then what is wrong there */
               _("Recovery templates, %s: %s"), where, message);
  return FALSE;
}

static gboolean
check_template_items (JsonNode     *node,
                      const char   *where,
                      GHashTable   *seen,
                      GError      **error)
{
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return template_error (error, where, _("expected an array of items"));

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_where = g_strdup_printf ("%s[%u]", where, i);
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *object;
      const char *id;
      const char *stage;
      const char *title;
      CordonRecoveryStage value;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return template_error (error, item_where, _("expected an object with id, stage and title"));

      object = json_node_get_object (element);
      id = json_object_get_string_member_with_default (object, "id", NULL);
      stage = json_object_get_string_member_with_default (object, "stage", NULL);
      title = json_object_get_string_member_with_default (object, "title", NULL);

      if (id == NULL || !cordon_taxonomy_entry_is_valid_id (id))
        return template_error (error, item_where,
                               _("“id” must be lower-case letters, digits and dashes, such as validate-users"));
      if (g_hash_table_contains (seen, id))
        {
          g_autofree char *message = g_strdup_printf (_("the item id “%s” is used twice"), id);
          return template_error (error, item_where, message);
        }
      if (stage == NULL || !cordon_recovery_stage_from_id (stage, &value))
        return template_error (error, item_where,
                               _("“stage” must be pre-recovery, backup or post-recovery"));
      if (title == NULL || !_cordon_workspace_check_text (_("title"), title, TRUE, SHORT_TEXT, NULL))
        return template_error (error, item_where, _("“title” must be a text of one line"));

      g_hash_table_add (seen, (gpointer) id);
    }

  return TRUE;
}

static gboolean
check_strv_member (JsonObject  *object,
                   const char  *member,
                   const char  *where,
                   GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autofree char *member_where = g_strdup_printf ("%s.%s", where, member);

  if (node == NULL)
    return TRUE;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      guint i;

      for (i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
            break;
        }
      if (i == json_array_get_length (array))
        return TRUE;
    }

  return template_error (error, member_where, _("expected an array of taxonomy ids"));
}

/* Parses and checks a templates document; returns its root object */
static JsonParser *
parse_templates (const char  *document,
                 GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;
  JsonNode *node;

  if (!json_parser_load_from_data (parser, document, -1, &local_error))
    {
      template_error (error, "$", local_error->message);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      template_error (error, "$", _("expected an object with “default” and “categories”"));
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));

  if ((node = json_object_get_member (root, "default")) == NULL)
    {
      template_error (error, "$", _("the “default” list of items is missing"));
      return NULL;
    }
  if (!check_template_items (node, "$.default", seen, error))
    return NULL;

  if ((node = json_object_get_member (root, "categories")) != NULL)
    {
      JsonObjectIter iter;
      const char *category;
      JsonNode *items;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          template_error (error, "$.categories", _("expected an object of category ids"));
          return NULL;
        }

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &category, &items))
        {
          g_autofree char *where = g_strdup_printf ("$.categories.%s", category);
          g_autoptr(GHashTable) category_seen = g_hash_table_new (g_str_hash, g_str_equal);
          GHashTableIter default_iter;
          gpointer id;

          /* A category's items join the default ones: ids must differ */
          g_hash_table_iter_init (&default_iter, seen);
          while (g_hash_table_iter_next (&default_iter, &id, NULL))
            g_hash_table_add (category_seen, id);

          if (!check_template_items (items, where, category_seen, error))
            return NULL;
        }
    }

  if ((node = json_object_get_member (root, "backup-offered")) != NULL)
    {
      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          template_error (error, "$.backup-offered", _("expected an object with “severities” and “impacts”"));
          return NULL;
        }
      if (!check_strv_member (json_node_get_object (node), "severities", "$.backup-offered", error) ||
          !check_strv_member (json_node_get_object (node), "impacts", "$.backup-offered", error))
        return NULL;
    }

  return g_steal_pointer (&parser);
}

char *
cordon_workspace_get_recovery_templates (CordonWorkspace  *self,
                                         gboolean         *out_edited,
                                         GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);

  if (out_edited != NULL)
    *out_edited = FALSE;

  if (self->schema_version >= _cordon_workspace_recovery_version ())
    {
      g_autoptr(CordonStmt) stmt = NULL;
      int rc;

      if (!(stmt = _cordon_workspace_prepare (self, sql_select_templates, error)))
        return NULL;

      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          if (out_edited != NULL)
            *out_edited = TRUE;
          return g_strdup (cordon_column_text (stmt, 0));
        }
      if (rc != SQLITE_DONE)
        {
          _cordon_workspace_set_sqlite_error (self, error);
          return NULL;
        }
    }

  if (!(bytes = cordon_data_lookup (DEFAULT_TEMPLATES, error)))
    return NULL;

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

gboolean
cordon_workspace_set_recovery_templates (CordonWorkspace  *self,
                                         const char       *document,
                                         GError          **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);

  if (!has_recovery_tables (self, error))
    return FALSE;

  if (document != NULL &&
      (!_cordon_workspace_check_text (_("recovery templates"), document, TRUE, LONG_TEXT, error) ||
       !(parser = parse_templates (document, error))))
    return FALSE;

  if (!(stmt = _cordon_workspace_prepare (self, document != NULL ? sql_upsert_templates : sql_delete_templates, error)))
    return FALSE;

  if (document != NULL)
    cordon_bind_text (stmt, 1, document);

  if (!write_one (self, g_steal_pointer (&stmt), error))
    return FALSE;

  emit_settings_changed (self);

  return TRUE;
}

static JsonParser *
load_templates (CordonWorkspace  *self,
                GError          **error)
{
  g_autofree char *document = cordon_workspace_get_recovery_templates (self, NULL, error);

  if (document == NULL)
    return NULL;

  return parse_templates (document, error);
}

static GStrv
strv_member (JsonObject *object,
             const char *member)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  if (object != NULL && json_object_has_member (object, member) &&
      (array = json_object_get_array_member (object, member)) != NULL)
    {
      for (guint i = 0; i < json_array_get_length (array); i++)
        g_strv_builder_add (builder, json_array_get_string_element (array, i));
    }

  return g_strv_builder_end (builder);
}

gboolean
cordon_workspace_is_backup_offered (CordonWorkspace  *self,
                                    CordonIncident   *incident,
                                    gboolean         *out_offered,
                                    GError          **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_auto(GStrv) severities = NULL;
  g_auto(GStrv) impacts = NULL;
  JsonObject *root;
  JsonObject *offered = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (out_offered != NULL, FALSE);

  if (!(parser = load_templates (self, error)))
    return FALSE;

  root = json_node_get_object (json_parser_get_root (parser));
  if (json_object_has_member (root, "backup-offered"))
    offered = json_object_get_object_member (root, "backup-offered");

  if (offered == NULL)
    {
      /* The handbook's rule when the templates do not say */
      severities = g_strdupv ((char **) (const char * const []) { "high", "critical", NULL });
      impacts = g_strdupv ((char **) (const char * const []) { "multiple-departments", "enterprise-wide", NULL });
    }
  else
    {
      severities = strv_member (offered, "severities");
      impacts = strv_member (offered, "impacts");
    }

  *out_offered = cordon_checklist_is_backup_offered (incident,
                                                     (const char * const *) severities,
                                                     (const char * const *) impacts);

  return TRUE;
}

static gboolean
refuse_unless_offered (CordonWorkspace  *self,
                       CordonIncident   *incident,
                       GError          **error)
{
  gboolean offered = FALSE;
  const char *impact;

  if (!cordon_workspace_is_backup_offered (self, incident, &offered, error))
    return FALSE;

  if (offered)
    return TRUE;

  impact = cordon_incident_get_impact (incident);
  g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED,
               _("%s: recovery from backup is offered only for high or critical severity or high impact; "
                 "this incident is of %s severity and %s impact"),
               cordon_incident_get_key (incident),
               cordon_incident_get_severity (incident),
               impact[0] != '\0' ? impact : _("unset"));
  return FALSE;
}

/* Recovery fields ------------------------------------------------------ */

static CordonRecovery *
recovery_from_row (CordonStmt *stmt)
{
  CordonRecovery *recovery = cordon_recovery_new ();
  g_autoptr(GDateTime) compromised = column_date_time (stmt, 1);
  g_autoptr(GDateTime) restore_point = column_date_time (stmt, 7);
  g_autoptr(GDateTime) decided = column_date_time (stmt, 8);
  CordonRestoreDecision decision = CORDON_RESTORE_DECISION_UNDECIDED;

  cordon_restore_decision_from_id (cordon_column_text (stmt, 5), &decision);

  cordon_recovery_set_incident_id (recovery, sqlite3_column_int64 (stmt, 0));
  cordon_recovery_set_compromised (recovery, compromised);
  cordon_recovery_set_legal (recovery, cordon_column_text (stmt, 2));
  cordon_recovery_set_forensic_scope (recovery, cordon_column_text (stmt, 3));
  cordon_recovery_set_root_cause (recovery, cordon_column_text (stmt, 4));
  cordon_recovery_set_decision (recovery, decision);
  cordon_recovery_set_decision_reason (recovery, cordon_column_text (stmt, 6));
  cordon_recovery_set_restore_point (recovery, restore_point);
  cordon_recovery_set_decided (recovery, decided);

  return recovery;
}

static void
bind_recovery (CordonStmt     *stmt,
               CordonRecovery *recovery)
{
  sqlite3_bind_int64 (stmt, 1, cordon_recovery_get_incident_id (recovery));
  bind_date_time (stmt, 2, cordon_recovery_get_compromised (recovery));
  cordon_bind_text (stmt, 3, cordon_recovery_get_legal (recovery));
  cordon_bind_text (stmt, 4, cordon_recovery_get_forensic_scope (recovery));
  cordon_bind_text (stmt, 5, cordon_recovery_get_root_cause (recovery));
  cordon_bind_text (stmt, 6, cordon_restore_decision_to_id (cordon_recovery_get_decision (recovery)));
  cordon_bind_text (stmt, 7, cordon_recovery_get_decision_reason (recovery));
  bind_date_time (stmt, 8, cordon_recovery_get_restore_point (recovery));
  bind_date_time (stmt, 9, cordon_recovery_get_decided (recovery));
}

static gboolean
check_recovery (CordonRecovery  *recovery,
                GError         **error)
{
  return _cordon_workspace_check_text (_("legal considerations"), cordon_recovery_get_legal (recovery), FALSE, LONG_TEXT, error) &&
         _cordon_workspace_check_text (_("forensic scope"), cordon_recovery_get_forensic_scope (recovery), FALSE, LONG_TEXT, error) &&
         _cordon_workspace_check_text (_("root cause"), cordon_recovery_get_root_cause (recovery), FALSE, LONG_TEXT, error) &&
         _cordon_workspace_check_text (_("reason for the restore decision"), cordon_recovery_get_decision_reason (recovery), FALSE, LONG_TEXT, error);
}

/* The stored recovery of @incident_id, or a fresh one when none is
 * stored yet (@out_stored says which) */
static CordonRecovery *
read_recovery (CordonWorkspace  *self,
               gint64            incident_id,
               gboolean         *out_stored,
               GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  CordonRecovery *recovery;
  int rc;

  if (out_stored != NULL)
    *out_stored = FALSE;

  if (!(stmt = _cordon_workspace_prepare (self, sql_select_recovery, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, incident_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (out_stored != NULL)
        *out_stored = TRUE;
      return recovery_from_row (stmt);
    }
  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return NULL;
    }

  recovery = cordon_recovery_new ();
  cordon_recovery_set_incident_id (recovery, incident_id);

  return recovery;
}

CordonRecovery *
cordon_workspace_get_recovery (CordonWorkspace  *self,
                               CordonIncident   *incident,
                               GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);

  if (!has_recovery_tables (self, error) || !resolve_stored (self, incident, error))
    return NULL;

  return read_recovery (self, cordon_incident_get_id (incident), NULL, error);
}

gboolean
cordon_workspace_save_recovery (CordonWorkspace  *self,
                                CordonRecovery   *recovery,
                                const char       *author,
                                GError          **error)
{
  g_autoptr(CordonRecovery) stored = NULL;
  g_autoptr(CordonStmt) stmt = NULL;
  GDateTime *old_time;
  GDateTime *new_time;
  CordonIncident *incident;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_RECOVERY (recovery), FALSE);

  if (!has_recovery_tables (self, error) ||
      !(incident = resolve (self, cordon_recovery_get_incident_id (recovery), error)) ||
      !(stored = read_recovery (self, cordon_recovery_get_incident_id (recovery), NULL, error)) ||
      !_cordon_workspace_check_text (_("author"), author, FALSE, SHORT_TEXT, error))
    return FALSE;

  old_time = cordon_recovery_get_compromised (stored);
  new_time = cordon_recovery_get_compromised (recovery);

  cordon_recovery_set_compromised (stored, new_time);
  cordon_recovery_set_legal (stored, cordon_recovery_get_legal (recovery));
  cordon_recovery_set_forensic_scope (stored, cordon_recovery_get_forensic_scope (recovery));
  cordon_recovery_set_root_cause (stored, cordon_recovery_get_root_cause (recovery));

  if (!check_recovery (stored, error) ||
      !(stmt = _cordon_workspace_prepare (self, sql_upsert_recovery, error)))
    return FALSE;

  bind_recovery (stmt, stored);

  /* The compromise time bounds the restore point: the team sees its
   * changes in the journal */
  if ((old_time == NULL) != (new_time == NULL) ||
      (old_time != NULL && !g_date_time_equal (old_time, new_time)))
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autofree char *payload = NULL;
      g_autofree char *text = NULL;
      g_autofree char *when = new_time != NULL ? format_time (new_time) : NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "compromised");
      if (when != NULL)
        json_builder_add_string_value (builder, when);
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
      payload = builder_to_string (builder);

      if (when != NULL)
        /* TRANSLATORS: a journal entry; %s is a date and time */
        text = g_strdup_printf (_("Compromise time set to %s"), when);
      else
        text = g_strdup (_("Compromise time cleared"));

      return write_with_journal (self, g_steal_pointer (&stmt), incident, CORDON_JOURNAL_KIND_NOTE,
                                 author, text, payload, error);
    }

  if (!write_one (self, g_steal_pointer (&stmt), error))
    return FALSE;

  emit_records_changed (self, cordon_incident_get_id (incident));

  return TRUE;
}

gboolean
cordon_workspace_set_restore_decision (CordonWorkspace        *self,
                                       CordonIncident         *incident,
                                       CordonRestoreDecision   decision,
                                       const char             *reason,
                                       GDateTime              *restore_point,
                                       const char             *author,
                                       GError                **error)
{
  g_autoptr(CordonRecovery) stored = NULL;
  g_autoptr(CordonStmt) stmt = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *payload = NULL;
  g_autofree char *point_text = NULL;
  g_autoptr(GString) text = NULL;
  CordonIncident *instance;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail ((guint) decision <= CORDON_RESTORE_DECISION_RESTORE, FALSE);

  if (!has_recovery_tables (self, error) ||
      !(instance = resolve_stored (self, incident, error)) ||
      !refuse_unless_offered (self, instance, error) ||
      !(stored = read_recovery (self, cordon_incident_get_id (instance), NULL, error)) ||
      !_cordon_workspace_check_text (_("author"), author, FALSE, SHORT_TEXT, error))
    return FALSE;

  if (decision != CORDON_RESTORE_DECISION_UNDECIDED &&
      !_cordon_workspace_check_text (_("reason for the restore decision"), reason, TRUE, LONG_TEXT, error))
    return FALSE;

  if (decision == CORDON_RESTORE_DECISION_RESTORE && restore_point == NULL)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("%s: a restore from backup needs its restore point"),
                   cordon_incident_get_key (instance));
      return FALSE;
    }

  if (restore_point != NULL &&
      !cordon_checklist_check_restore_point (instance, stored, restore_point, &local_error))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   "%s: %s", cordon_incident_get_key (instance), local_error->message);
      return FALSE;
    }

  cordon_recovery_set_decision (stored, decision);
  cordon_recovery_set_decision_reason (stored, reason);
  cordon_recovery_set_restore_point (stored, restore_point);
  {
    g_autoptr(GDateTime) now = cordon_time_to_date_time (_cordon_workspace_now (self));
    cordon_recovery_set_decided (stored, decision != CORDON_RESTORE_DECISION_UNDECIDED ? now : NULL);
  }

  if (!check_recovery (stored, error) ||
      !(stmt = _cordon_workspace_prepare (self, sql_upsert_recovery, error)))
    return FALSE;
  bind_recovery (stmt, stored);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "restore-decision");
  json_builder_add_string_value (builder, cordon_restore_decision_to_id (decision));
  if (reason != NULL && reason[0] != '\0')
    {
      json_builder_set_member_name (builder, "reason");
      json_builder_add_string_value (builder, reason);
    }
  if (restore_point != NULL)
    {
      point_text = format_time (restore_point);
      json_builder_set_member_name (builder, "restore-point");
      json_builder_add_string_value (builder, point_text);
    }
  json_builder_end_object (builder);
  payload = builder_to_string (builder);

  /* TRANSLATORS: a journal entry; %s is a decision such as “Restore from backup” */
  text = g_string_new (NULL);
  g_string_printf (text, _("Recovery decision: %s"), cordon_restore_decision_to_label (decision));
  if (point_text != NULL)
    /* TRANSLATORS: appended to the recovery decision; %s is a date and time */
    g_string_append_printf (text, _(", restore point %s"), point_text);
  if (reason != NULL && reason[0] != '\0')
    g_string_append_printf (text, " (%s)", reason);

  return write_with_journal (self, g_steal_pointer (&stmt), instance, CORDON_JOURNAL_KIND_DECISION,
                             author, text->str, payload, error);
}

/* Checklist items ------------------------------------------------------ */

static CordonRecoveryItem *
item_from_row (CordonStmt *stmt)
{
  CordonRecoveryItem *item = cordon_recovery_item_new ();
  g_autoptr(GDateTime) due = column_date_time (stmt, 8);
  g_autoptr(GDateTime) done = column_date_time (stmt, 10);
  CordonRecoveryStage stage = CORDON_RECOVERY_STAGE_PRE_RECOVERY;
  CordonItemStatus status = CORDON_ITEM_STATUS_OPEN;

  cordon_recovery_stage_from_id (cordon_column_text (stmt, 3), &stage);
  cordon_item_status_from_id (cordon_column_text (stmt, 9), &status);

  cordon_recovery_item_set_id (item, sqlite3_column_int64 (stmt, 0));
  cordon_recovery_item_set_incident_id (item, sqlite3_column_int64 (stmt, 1));
  cordon_recovery_item_set_slug (item, cordon_column_text (stmt, 2));
  cordon_recovery_item_set_stage (item, stage);
  cordon_recovery_item_set_position (item, MAX (0, sqlite3_column_int64 (stmt, 4)));
  cordon_recovery_item_set_title (item, cordon_column_text (stmt, 5));
  cordon_recovery_item_set_description (item, cordon_column_text (stmt, 6));
  cordon_recovery_item_set_owner (item, cordon_column_text (stmt, 7));
  cordon_recovery_item_set_due (item, due);
  cordon_recovery_item_set_status (item, status);
  cordon_recovery_item_set_done (item, done);
  cordon_recovery_item_set_reason (item, cordon_column_text (stmt, 11));
  cordon_recovery_item_set_notes (item, cordon_column_text (stmt, 12));
  cordon_recovery_item_set_evidence (item, cordon_column_text (stmt, 13));

  return item;
}

static void
bind_item (CordonStmt         *stmt,
           CordonRecoveryItem *item)
{
  sqlite3_bind_int64 (stmt, 1, cordon_recovery_item_get_incident_id (item));
  cordon_bind_text (stmt, 2, cordon_recovery_item_get_slug (item));
  cordon_bind_text (stmt, 3, cordon_recovery_stage_to_id (cordon_recovery_item_get_stage (item)));
  sqlite3_bind_int64 (stmt, 4, cordon_recovery_item_get_position (item));
  cordon_bind_text (stmt, 5, cordon_recovery_item_get_title (item));
  cordon_bind_text (stmt, 6, cordon_recovery_item_get_description (item));
  cordon_bind_text (stmt, 7, cordon_recovery_item_get_owner (item));
  bind_date_time (stmt, 8, cordon_recovery_item_get_due (item));
  cordon_bind_text (stmt, 9, cordon_item_status_to_id (cordon_recovery_item_get_status (item)));
  bind_date_time (stmt, 10, cordon_recovery_item_get_done (item));
  cordon_bind_text (stmt, 11, cordon_recovery_item_get_reason (item));
  cordon_bind_text (stmt, 12, cordon_recovery_item_get_notes (item));
  cordon_bind_text (stmt, 13, cordon_recovery_item_get_evidence (item));
}

static gboolean
check_item (CordonRecoveryItem  *item,
            GError             **error)
{
  if (!cordon_taxonomy_entry_is_valid_id (cordon_recovery_item_get_slug (item)))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("The checklist item id “%s” must be lower-case letters, digits and dashes"),
                   cordon_recovery_item_get_slug (item));
      return FALSE;
    }

  if (!_cordon_workspace_check_text (_("item title"), cordon_recovery_item_get_title (item), TRUE, SHORT_TEXT, error) ||
      !_cordon_workspace_check_text (_("item description"), cordon_recovery_item_get_description (item), FALSE, LONG_TEXT, error) ||
      !_cordon_workspace_check_text (_("owner"), cordon_recovery_item_get_owner (item), FALSE, SHORT_TEXT, error) ||
      !_cordon_workspace_check_text (_("notes"), cordon_recovery_item_get_notes (item), FALSE, LONG_TEXT, error) ||
      !_cordon_workspace_check_text (_("evidence of completion"), cordon_recovery_item_get_evidence (item), FALSE, LONG_TEXT, error) ||
      !_cordon_workspace_check_text (_("reason"), cordon_recovery_item_get_reason (item), FALSE, LONG_TEXT, error))
    return FALSE;

  if (cordon_recovery_item_get_status (item) == CORDON_ITEM_STATUS_NOT_APPLICABLE &&
      !_cordon_workspace_check_text (_("reason why the item does not apply"),
                                     cordon_recovery_item_get_reason (item), TRUE, LONG_TEXT, error))
    return FALSE;

  return TRUE;
}

static CordonRecoveryItem *
read_item (CordonWorkspace  *self,
           gint64            id,
           GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  g_autofree char *missing = NULL;

  if (!(stmt = _cordon_workspace_prepare (self, sql_select_item, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  missing = g_strdup_printf (_("There is no checklist item #%" G_GINT64_FORMAT), id);

  return _cordon_workspace_read_row (self, stmt, (CordonRowReader) (GCallback) item_from_row, NULL, missing, error);
}

static GListModel *
collect_items (CordonWorkspace  *self,
               gint64            incident_id,
               GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  if (!(stmt = _cordon_workspace_prepare (self, sql_select_items, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, incident_id);

  return _cordon_workspace_collect_rows (self, stmt, CORDON_TYPE_RECOVERY_ITEM,
                                         (CordonRowReader) (GCallback) item_from_row, NULL, error);
}

GListModel *
cordon_workspace_list_recovery_items (CordonWorkspace  *self,
                                      CordonIncident   *incident,
                                      GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);

  if (!has_recovery_tables (self, error))
    return NULL;

  return collect_items (self, cordon_incident_get_id (incident), error);
}

/* Appends the items of @node (a template list) to @items, copying them
 * into checklist items of @incident_id */
static void
add_template_items (JsonNode   *node,
                    gint64      incident_id,
                    GPtrArray  *items)
{
  JsonArray *array = json_node_get_array (node);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      CordonRecoveryItem *item = cordon_recovery_item_new ();
      CordonRecoveryStage stage = CORDON_RECOVERY_STAGE_PRE_RECOVERY;

      cordon_recovery_stage_from_id (json_object_get_string_member (object, "stage"), &stage);
      cordon_recovery_item_set_incident_id (item, incident_id);
      cordon_recovery_item_set_slug (item, json_object_get_string_member (object, "id"));
      cordon_recovery_item_set_stage (item, stage);
      cordon_recovery_item_set_title (item, json_object_get_string_member (object, "title"));
      cordon_recovery_item_set_description (item, json_object_get_string_member_with_default (object, "description", ""));
      g_ptr_array_add (items, item);
    }
}

static int
compare_stage (gconstpointer a,
               gconstpointer b)
{
  CordonRecoveryItem *item_a = *(CordonRecoveryItem **) a;
  CordonRecoveryItem *item_b = *(CordonRecoveryItem **) b;

  return (int) cordon_recovery_item_get_stage (item_a) - (int) cordon_recovery_item_get_stage (item_b);
}

/* The items the templates make for @instance (the default ones, then
 * those of its category, in stage order), not stored */
static GPtrArray *
template_items (CordonWorkspace  *self,
                CordonIncident   *instance,
                gboolean         *out_specific,
                GError          **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GPtrArray) items = NULL;
  JsonObject *root;
  JsonObject *categories = NULL;
  const char *category;

  if (!(parser = load_templates (self, error)))
    return NULL;

  root = json_node_get_object (json_parser_get_root (parser));
  category = cordon_incident_get_category (instance);
  items = g_ptr_array_new_with_free_func (g_object_unref);
  *out_specific = FALSE;
  add_template_items (json_object_get_member (root, "default"), cordon_incident_get_id (instance), items);
  if (json_object_has_member (root, "categories"))
    categories = json_object_get_object_member (root, "categories");
  if (categories != NULL && json_object_has_member (categories, category))
    {
      add_template_items (json_object_get_member (categories, category), cordon_incident_get_id (instance), items);
      *out_specific = TRUE;
    }

  /* A category's additions join their stage; the stable sort keeps the
   * template's order within each stage */
  g_ptr_array_sort (items, compare_stage);
  for (guint i = 0; i < items->len; i++)
    cordon_recovery_item_set_position (items->pdata[i], i);

  return g_steal_pointer (&items);
}

GListModel *
cordon_workspace_preview_checklist (CordonWorkspace  *self,
                                    CordonIncident   *incident,
                                    GError          **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GListStore) store = NULL;
  CordonIncident *instance;
  gboolean specific;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);

  if (!has_recovery_tables (self, error) ||
      !(instance = resolve_stored (self, incident, error)) ||
      !(items = template_items (self, instance, &specific, error)))
    return NULL;

  store = g_list_store_new (CORDON_TYPE_RECOVERY_ITEM);
  g_list_store_splice (store, 0, 0, items->pdata, items->len);

  return G_LIST_MODEL (g_steal_pointer (&store));
}

GListModel *
cordon_workspace_start_checklist (CordonWorkspace  *self,
                                  CordonIncident   *incident,
                                  const char       *author,
                                  GError          **error)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(CordonIncident) work = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GListStore) store = NULL;
  g_autofree char *payload = NULL;
  g_autofree char *text = NULL;
  CordonIncident *instance;
  const char *category;
  gboolean specific = FALSE;
  gint64 id;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);

  if (!has_recovery_tables (self, error) ||
      !(instance = resolve_stored (self, incident, error)) ||
      !_cordon_workspace_check_text (_("author"), author, FALSE, SHORT_TEXT, error))
    return NULL;

  id = cordon_incident_get_id (instance);
  {
    g_autoptr(CordonStmt) stmt = _cordon_workspace_prepare (self, sql_count_items, error);

    if (stmt == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, 1, id);
    if (sqlite3_step (stmt) != SQLITE_ROW)
      {
        _cordon_workspace_set_sqlite_error (self, error);
        return NULL;
      }
    if (sqlite3_column_int64 (stmt, 0) > 0)
      {
        g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED,
                     _("%s already has a recovery checklist"), cordon_incident_get_key (instance));
        return NULL;
      }
  }

  if (!(items = template_items (self, instance, &specific, error)))
    return NULL;
  category = cordon_incident_get_category (instance);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "recovery-checklist");
  json_builder_add_string_value (builder, specific ? category : "default");
  json_builder_set_member_name (builder, "items");
  json_builder_add_int_value (builder, items->len);
  json_builder_end_object (builder);
  payload = builder_to_string (builder);

  if (specific)
    /* TRANSLATORS: a journal entry; %u is a number of items, %s a category */
    text = g_strdup_printf (_("Recovery checklist started: %u items from the template for %s"),
                            items->len, category);
  else
    /* TRANSLATORS: a journal entry; %u is a number of items */
    text = g_strdup_printf (_("Recovery checklist started: %u items from the default template"), items->len);

  if (!_cordon_workspace_begin (self, error))
    return NULL;

  for (guint i = 0; i < items->len; i++)
    {
      g_autoptr(CordonStmt) stmt = _cordon_workspace_prepare (self, sql_insert_item, error);

      if (stmt == NULL)
        {
          _cordon_workspace_rollback (self);
          return NULL;
        }

      bind_item (stmt, items->pdata[i]);
      if (!step_write (self, stmt, error))
        {
          g_clear_pointer (&stmt, cordon_stmt_release);
          _cordon_workspace_rollback (self);
          return NULL;
        }
      cordon_recovery_item_set_id (items->pdata[i], sqlite3_last_insert_rowid (self->db));
    }

  if (!(entry = _cordon_workspace_chain_journal (self, instance, CORDON_JOURNAL_KIND_NOTE,
                                                 author, text, payload, &work, error)))
    {
      _cordon_workspace_rollback (self);
      return NULL;
    }

  if (!_cordon_workspace_commit (self, error))
    return NULL;

  _cordon_workspace_publish_journal (self, work, entry);
  emit_records_changed (self, id);

  store = g_list_store_new (CORDON_TYPE_RECOVERY_ITEM);
  g_list_store_splice (store, 0, 0, items->pdata, items->len);

  return G_LIST_MODEL (g_steal_pointer (&store));
}

CordonRecoveryItem *
cordon_workspace_lookup_recovery_item (CordonWorkspace  *self,
                                       CordonIncident   *incident,
                                       const char       *slug,
                                       GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GString) known = NULL;
  int rc;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);
  g_return_val_if_fail (slug != NULL, NULL);

  if (!has_recovery_tables (self, error) ||
      !(stmt = _cordon_workspace_prepare (self, sql_select_item_by_slug, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, cordon_incident_get_id (incident));
  cordon_bind_text (stmt, 2, slug);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return item_from_row (stmt);
  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return NULL;
    }
  g_clear_pointer (&stmt, cordon_stmt_release);

  /* Name the ids there are, so a typo is easy to fix */
  if (!(items = collect_items (self, cordon_incident_get_id (incident), error)))
    return NULL;

  if (g_list_model_get_n_items (items) == 0)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                   _("%s has no recovery checklist yet, so there is no item “%s”"),
                   cordon_incident_get_key (incident), slug);
      return NULL;
    }

  known = g_string_new (NULL);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CordonRecoveryItem) item = g_list_model_get_item (items, i);

      if (i > 0)
        g_string_append (known, ", ");
      g_string_append (known, cordon_recovery_item_get_slug (item));
    }

  g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
               _("%s has no checklist item “%s”; its items are: %s"),
               cordon_incident_get_key (incident), slug, known->str);
  return NULL;
}

gboolean
cordon_workspace_update_recovery_item (CordonWorkspace     *self,
                                       CordonRecoveryItem  *item,
                                       GError             **error)
{
  g_autoptr(CordonRecoveryItem) stored = NULL;
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_RECOVERY_ITEM (item), FALSE);

  if (!has_recovery_tables (self, error) ||
      !(stored = read_item (self, cordon_recovery_item_get_id (item), error)))
    return FALSE;

  cordon_recovery_item_set_owner (stored, cordon_recovery_item_get_owner (item));
  cordon_recovery_item_set_due (stored, cordon_recovery_item_get_due (item));
  cordon_recovery_item_set_notes (stored, cordon_recovery_item_get_notes (item));
  cordon_recovery_item_set_evidence (stored, cordon_recovery_item_get_evidence (item));

  if (!check_item (stored, error) ||
      !(stmt = _cordon_workspace_prepare (self, sql_update_item, error)))
    return FALSE;

  bind_item (stmt, stored);
  sqlite3_bind_int64 (stmt, 14, cordon_recovery_item_get_id (stored));
  if (!write_one (self, g_steal_pointer (&stmt), error))
    return FALSE;

  emit_records_changed (self, cordon_recovery_item_get_incident_id (stored));

  return TRUE;
}

gboolean
cordon_workspace_set_recovery_item_status (CordonWorkspace     *self,
                                           CordonRecoveryItem  *item,
                                           CordonItemStatus     status,
                                           const char          *reason,
                                           const char          *author,
                                           GError             **error)
{
  g_autoptr(CordonRecoveryItem) stored = NULL;
  g_autoptr(CordonStmt) stmt = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *payload = NULL;
  g_autofree char *text = NULL;
  CordonIncident *incident;
  CordonItemStatus from;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_RECOVERY_ITEM (item), FALSE);
  g_return_val_if_fail ((guint) status <= CORDON_ITEM_STATUS_NOT_APPLICABLE, FALSE);

  if (!has_recovery_tables (self, error) ||
      !(stored = read_item (self, cordon_recovery_item_get_id (item), error)) ||
      !(incident = resolve (self, cordon_recovery_item_get_incident_id (stored), error)) ||
      !_cordon_workspace_check_text (_("author"), author, FALSE, SHORT_TEXT, error))
    return FALSE;

  from = cordon_recovery_item_get_status (stored);
  if (from == status)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("%s: the checklist item “%s” is already %s"),
                   cordon_incident_get_key (incident), cordon_recovery_item_get_slug (stored),
                   cordon_item_status_to_label (status));
      return FALSE;
    }

  if (cordon_recovery_item_get_stage (stored) == CORDON_RECOVERY_STAGE_BACKUP &&
      status != CORDON_ITEM_STATUS_OPEN && !refuse_unless_offered (self, incident, error))
    return FALSE;

  now = cordon_time_to_date_time (_cordon_workspace_now (self));
  cordon_recovery_item_set_status (stored, status);
  cordon_recovery_item_set_reason (stored, status == CORDON_ITEM_STATUS_NOT_APPLICABLE ? reason : "");
  cordon_recovery_item_set_done (stored, status == CORDON_ITEM_STATUS_OPEN ? NULL : now);

  if (!check_item (stored, error))
    {
      if (status == CORDON_ITEM_STATUS_NOT_APPLICABLE)
        {
          g_clear_error (error);
          g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                       _("%s: marking the checklist item “%s” not applicable needs a reason"),
                       cordon_incident_get_key (incident), cordon_recovery_item_get_slug (stored));
        }
      return FALSE;
    }

  if (!(stmt = _cordon_workspace_prepare (self, sql_update_item, error)))
    return FALSE;
  bind_item (stmt, stored);
  sqlite3_bind_int64 (stmt, 14, cordon_recovery_item_get_id (stored));

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "recovery-item");
  json_builder_add_string_value (builder, cordon_recovery_item_get_slug (stored));
  json_builder_set_member_name (builder, "from");
  json_builder_add_string_value (builder, cordon_item_status_to_id (from));
  json_builder_set_member_name (builder, "to");
  json_builder_add_string_value (builder, cordon_item_status_to_id (status));
  if (status == CORDON_ITEM_STATUS_NOT_APPLICABLE)
    {
      json_builder_set_member_name (builder, "reason");
      json_builder_add_string_value (builder, reason);
    }
  json_builder_end_object (builder);
  payload = builder_to_string (builder);

  /* TRANSLATORS: a journal entry: the item's title, old and new status */
  text = g_strdup_printf (_("Recovery item “%s”: %s → %s"),
                          cordon_recovery_item_get_title (stored),
                          cordon_item_status_to_label (from),
                          cordon_item_status_to_label (status));
  if (status == CORDON_ITEM_STATUS_NOT_APPLICABLE)
    {
      g_autofree char *with_reason = g_strdup_printf ("%s (%s)", text, reason);
      g_free (text);
      text = g_steal_pointer (&with_reason);
    }

  if (!write_with_journal (self, g_steal_pointer (&stmt), incident, CORDON_JOURNAL_KIND_NOTE,
                           author, text, payload, error))
    return FALSE;

  cordon_recovery_item_set_status (item, status);
  cordon_recovery_item_set_reason (item, cordon_recovery_item_get_reason (stored));
  cordon_recovery_item_set_done (item, cordon_recovery_item_get_done (stored));

  return TRUE;
}

/* Review ---------------------------------------------------------------- */

static CordonReview *
read_review (CordonWorkspace  *self,
             gint64            incident_id,
             gboolean         *out_stored,
             GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  CordonReview *review;
  int rc;

  if (out_stored != NULL)
    *out_stored = FALSE;

  if (!(stmt = _cordon_workspace_prepare (self, sql_select_review, error)))
    return NULL;

  review = cordon_review_new ();
  cordon_review_set_incident_id (review, incident_id);

  sqlite3_bind_int64 (stmt, 1, incident_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_autoptr(GDateTime) completed = column_date_time (stmt, 3);

      cordon_review_set_went_well (review, cordon_column_text (stmt, 1));
      cordon_review_set_went_badly (review, cordon_column_text (stmt, 2));
      cordon_review_set_completed (review, completed);
      cordon_review_set_skip_reason (review, cordon_column_text (stmt, 4));
      if (out_stored != NULL)
        *out_stored = TRUE;
    }
  else if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      g_object_unref (review);
      return NULL;
    }

  return review;
}

static void
bind_review (CordonStmt   *stmt,
             CordonReview *review)
{
  sqlite3_bind_int64 (stmt, 1, cordon_review_get_incident_id (review));
  cordon_bind_text (stmt, 2, cordon_review_get_went_well (review));
  cordon_bind_text (stmt, 3, cordon_review_get_went_badly (review));
  bind_date_time (stmt, 4, cordon_review_get_completed (review));
  cordon_bind_text (stmt, 5, cordon_review_get_skip_reason (review));
}

CordonReview *
cordon_workspace_get_review (CordonWorkspace  *self,
                             CordonIncident   *incident,
                             GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);

  if (!has_recovery_tables (self, error) || !resolve_stored (self, incident, error))
    return NULL;

  return read_review (self, cordon_incident_get_id (incident), NULL, error);
}

gboolean
cordon_workspace_save_review (CordonWorkspace  *self,
                              CordonReview     *review,
                              GError          **error)
{
  g_autoptr(CordonReview) stored = NULL;
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_REVIEW (review), FALSE);

  if (!has_recovery_tables (self, error) ||
      !resolve (self, cordon_review_get_incident_id (review), error) ||
      !(stored = read_review (self, cordon_review_get_incident_id (review), NULL, error)))
    return FALSE;

  cordon_review_set_went_well (stored, cordon_review_get_went_well (review));
  cordon_review_set_went_badly (stored, cordon_review_get_went_badly (review));

  if (!_cordon_workspace_check_text (_("what went well"), cordon_review_get_went_well (stored), FALSE, LONG_TEXT, error) ||
      !_cordon_workspace_check_text (_("what did not go well"), cordon_review_get_went_badly (stored), FALSE, LONG_TEXT, error) ||
      !(stmt = _cordon_workspace_prepare (self, sql_upsert_review, error)))
    return FALSE;

  bind_review (stmt, stored);
  if (!write_one (self, g_steal_pointer (&stmt), error))
    return FALSE;

  emit_records_changed (self, cordon_review_get_incident_id (stored));

  return TRUE;
}

static gboolean
end_review (CordonWorkspace  *self,
            CordonIncident   *incident,
            const char       *skip_reason,
            const char       *author,
            GError          **error)
{
  g_autoptr(CordonReview) stored = NULL;
  g_autoptr(CordonStmt) stmt = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *payload = NULL;
  g_autofree char *text = NULL;
  CordonIncident *instance;

  if (!has_recovery_tables (self, error) ||
      !(instance = resolve_stored (self, incident, error)) ||
      !(stored = read_review (self, cordon_incident_get_id (instance), NULL, error)) ||
      !_cordon_workspace_check_text (_("author"), author, FALSE, SHORT_TEXT, error))
    return FALSE;

  if (cordon_incident_get_phase (instance) != CORDON_PHASE_LESSONS_LEARNED)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED,
                   _("%s: the lessons-learned review starts when the incident moves to lessons learned; it is in %s"),
                   cordon_incident_get_key (instance),
                   cordon_phase_to_label (cordon_incident_get_phase (instance)));
      return FALSE;
    }

  if (cordon_review_get_completed (stored) != NULL)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED,
                   _("%s: the lessons-learned review is already complete"),
                   cordon_incident_get_key (instance));
      return FALSE;
    }

  if (skip_reason != NULL)
    {
      if (!_cordon_workspace_check_text (_("reason for skipping the review"), skip_reason, TRUE, LONG_TEXT, error))
        return FALSE;
      cordon_review_set_skip_reason (stored, skip_reason);
    }
  else
    {
      now = cordon_time_to_date_time (_cordon_workspace_now (self));
      cordon_review_set_completed (stored, now);
      cordon_review_set_skip_reason (stored, "");
    }

  if (!(stmt = _cordon_workspace_prepare (self, sql_upsert_review, error)))
    return FALSE;
  bind_review (stmt, stored);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "review");
  json_builder_add_string_value (builder, skip_reason != NULL ? "skipped" : "completed");
  if (skip_reason != NULL)
    {
      json_builder_set_member_name (builder, "reason");
      json_builder_add_string_value (builder, skip_reason);
    }
  json_builder_end_object (builder);
  payload = builder_to_string (builder);

  if (skip_reason != NULL)
    /* TRANSLATORS: a journal entry; %s is the reason */
    text = g_strdup_printf (_("Lessons-learned review skipped: %s"), skip_reason);
  else
    text = g_strdup (_("Lessons-learned review completed"));

  return write_with_journal (self, g_steal_pointer (&stmt), instance, CORDON_JOURNAL_KIND_DECISION,
                             author, text, payload, error);
}

gboolean
cordon_workspace_complete_review (CordonWorkspace  *self,
                                  CordonIncident   *incident,
                                  const char       *author,
                                  GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);

  return end_review (self, incident, NULL, author, error);
}

gboolean
cordon_workspace_skip_review (CordonWorkspace  *self,
                              CordonIncident   *incident,
                              const char       *reason,
                              const char       *author,
                              GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);

  return end_review (self, incident, reason != NULL ? reason : "", author, error);
}

gboolean
_cordon_workspace_check_reviewed (CordonWorkspace  *self,
                                  CordonIncident   *incident,
                                  GError          **error)
{
  g_autoptr(CordonReview) review = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean stored = FALSE;

  /* Older schemas, kept by tests, have no reviews */
  if (self->schema_version < _cordon_workspace_recovery_version ())
    return TRUE;

  if (!(review = read_review (self, cordon_incident_get_id (incident), &stored, error)))
    return FALSE;

  if (!cordon_lifecycle_check_reviewed (stored ? review : NULL, &local_error))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED,
                   "%s: %s", cordon_incident_get_key (incident), local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* Follow-up actions ------------------------------------------------------ */

static CordonFollowUp *
follow_up_from_row (CordonStmt *stmt)
{
  CordonFollowUp *follow_up = cordon_follow_up_new ();
  g_autoptr(GDateTime) due = column_date_time (stmt, 4);
  g_autoptr(GDateTime) done = column_date_time (stmt, 5);

  cordon_follow_up_set_id (follow_up, sqlite3_column_int64 (stmt, 0));
  cordon_follow_up_set_incident_id (follow_up, sqlite3_column_int64 (stmt, 1));
  cordon_follow_up_set_text (follow_up, cordon_column_text (stmt, 2));
  cordon_follow_up_set_owner (follow_up, cordon_column_text (stmt, 3));
  cordon_follow_up_set_due (follow_up, due);
  cordon_follow_up_set_done (follow_up, done);

  return follow_up;
}

static void
bind_follow_up (CordonStmt     *stmt,
                CordonFollowUp *follow_up)
{
  sqlite3_bind_int64 (stmt, 1, cordon_follow_up_get_incident_id (follow_up));
  cordon_bind_text (stmt, 2, cordon_follow_up_get_text (follow_up));
  cordon_bind_text (stmt, 3, cordon_follow_up_get_owner (follow_up));
  bind_date_time (stmt, 4, cordon_follow_up_get_due (follow_up));
  bind_date_time (stmt, 5, cordon_follow_up_get_done (follow_up));
}

static gboolean
check_follow_up (CordonFollowUp  *follow_up,
                 GError         **error)
{
  return _cordon_workspace_check_text (_("follow-up action"), cordon_follow_up_get_text (follow_up), TRUE, LONG_TEXT, error) &&
         _cordon_workspace_check_text (_("owner"), cordon_follow_up_get_owner (follow_up), FALSE, SHORT_TEXT, error);
}

static gboolean
insert_follow_up (CordonWorkspace  *self,
                  gint64            incident_id,
                  CordonFollowUp   *follow_up,
                  GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  cordon_follow_up_set_incident_id (follow_up, incident_id);
  if (!check_follow_up (follow_up, error) ||
      !(stmt = _cordon_workspace_prepare (self, sql_insert_follow_up, error)))
    return FALSE;

  bind_follow_up (stmt, follow_up);
  if (!write_one (self, g_steal_pointer (&stmt), error))
    return FALSE;

  cordon_follow_up_set_id (follow_up, sqlite3_last_insert_rowid (self->db));

  return TRUE;
}

gboolean
cordon_workspace_add_follow_up (CordonWorkspace  *self,
                                CordonIncident   *incident,
                                CordonFollowUp   *follow_up,
                                GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (CORDON_IS_FOLLOW_UP (follow_up), FALSE);
  g_return_val_if_fail (cordon_follow_up_get_id (follow_up) == 0, FALSE);

  if (!has_recovery_tables (self, error) ||
      !resolve_stored (self, incident, error) ||
      !insert_follow_up (self, cordon_incident_get_id (incident), follow_up, error))
    return FALSE;

  emit_records_changed (self, cordon_incident_get_id (incident));

  return TRUE;
}

static CordonFollowUp *
read_follow_up (CordonWorkspace  *self,
                gint64            id,
                GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  g_autofree char *missing = NULL;

  if (!(stmt = _cordon_workspace_prepare (self, sql_select_follow_up, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  missing = g_strdup_printf (_("There is no follow-up action #%" G_GINT64_FORMAT), id);

  return _cordon_workspace_read_row (self, stmt, (CordonRowReader) (GCallback) follow_up_from_row, NULL, missing, error);
}

gboolean
cordon_workspace_update_follow_up (CordonWorkspace  *self,
                                   CordonFollowUp   *follow_up,
                                   GError          **error)
{
  g_autoptr(CordonFollowUp) stored = NULL;
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_FOLLOW_UP (follow_up), FALSE);

  if (!has_recovery_tables (self, error) ||
      !(stored = read_follow_up (self, cordon_follow_up_get_id (follow_up), error)))
    return FALSE;

  cordon_follow_up_set_text (stored, cordon_follow_up_get_text (follow_up));
  cordon_follow_up_set_owner (stored, cordon_follow_up_get_owner (follow_up));
  cordon_follow_up_set_due (stored, cordon_follow_up_get_due (follow_up));
  cordon_follow_up_set_done (stored, cordon_follow_up_get_done (follow_up));

  if (!check_follow_up (stored, error) ||
      !(stmt = _cordon_workspace_prepare (self, sql_update_follow_up, error)))
    return FALSE;

  bind_follow_up (stmt, stored);
  sqlite3_bind_int64 (stmt, 6, cordon_follow_up_get_id (stored));
  if (!write_one (self, g_steal_pointer (&stmt), error))
    return FALSE;

  emit_records_changed (self, cordon_follow_up_get_incident_id (stored));

  return TRUE;
}

gboolean
cordon_workspace_remove_follow_up (CordonWorkspace  *self,
                                   CordonFollowUp   *follow_up,
                                   GError          **error)
{
  g_autoptr(CordonFollowUp) stored = NULL;
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_FOLLOW_UP (follow_up), FALSE);

  if (!has_recovery_tables (self, error) ||
      !(stored = read_follow_up (self, cordon_follow_up_get_id (follow_up), error)) ||
      !(stmt = _cordon_workspace_prepare (self, sql_delete_follow_up, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, cordon_follow_up_get_id (stored));
  if (!write_one (self, g_steal_pointer (&stmt), error))
    return FALSE;

  cordon_follow_up_set_id (follow_up, 0);
  emit_records_changed (self, cordon_follow_up_get_incident_id (stored));

  return TRUE;
}

GListModel *
cordon_workspace_list_follow_ups (CordonWorkspace  *self,
                                  CordonIncident   *incident,
                                  GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);

  if (!has_recovery_tables (self, error) ||
      !(stmt = _cordon_workspace_prepare (self, sql_select_follow_ups, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, cordon_incident_get_id (incident));

  return _cordon_workspace_collect_rows (self, stmt, CORDON_TYPE_FOLLOW_UP,
                                         (CordonRowReader) (GCallback) follow_up_from_row, NULL, error);
}

/* Metrics --------------------------------------------------------------- */

gboolean
cordon_workspace_compute_metrics (CordonWorkspace        *self,
                                  CordonIncident         *incident,
                                  CordonIncidentMetrics  *out_metrics,
                                  GArray                **out_deadlines,
                                  GError                **error)
{
  g_autoptr(CordonSlaPolicy) policy = NULL;
  g_autoptr(GHashTable) histories = NULL;
  g_autoptr(GArray) deadlines = NULL;
  g_autoptr(GError) local_error = NULL;
  CordonSlaCalendar *calendar = NULL;
  CordonIncident *instance;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (out_metrics != NULL, FALSE);

  if (!(instance = resolve_stored (self, incident, error)))
    return FALSE;

  /* Imported history had no SLA deadlines here */
  if (!cordon_workspace_is_history (self, cordon_incident_get_id (instance)))
    policy = cordon_workspace_lookup_sla_policy (self, cordon_incident_get_severity (instance), &local_error);
  if (policy == NULL && local_error != NULL &&
      !g_error_matches (local_error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (policy != NULL)
    {
      if (!(histories = cordon_workspace_load_sla_history (self, instance, error)))
        return FALSE;

      calendar = cordon_sla_calendar_new_for_policy (policy);
      deadlines = cordon_sla_compute (instance, policy, calendar,
                                      g_hash_table_lookup (histories,
                                                           cordon_workspace_sla_history_key (cordon_incident_get_id (instance))),
                                      _cordon_workspace_now (self));
      g_clear_pointer (&calendar, cordon_sla_calendar_unref);
    }

  *out_metrics = cordon_incident_metrics_compute (instance, deadlines);
  if (out_deadlines != NULL)
    *out_deadlines = deadlines != NULL ? g_steal_pointer (&deadlines) : g_array_new (FALSE, FALSE, sizeof (CordonSlaDeadline));

  return TRUE;
}

/* Import ---------------------------------------------------------------- */

gboolean
cordon_workspace_import_recovery (CordonWorkspace  *self,
                                  CordonIncident   *incident,
                                  CordonRecovery   *recovery,
                                  CordonReview     *review,
                                  GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (recovery == NULL || CORDON_IS_RECOVERY (recovery), FALSE);
  g_return_val_if_fail (review == NULL || CORDON_IS_REVIEW (review), FALSE);
  g_return_val_if_fail (self->in_bulk, FALSE);

  if (!has_recovery_tables (self, error))
    return FALSE;

  if (recovery != NULL)
    {
      g_autoptr(CordonStmt) stmt = NULL;

      cordon_recovery_set_incident_id (recovery, cordon_incident_get_id (incident));
      if (!check_recovery (recovery, error) ||
          !(stmt = _cordon_workspace_prepare (self, sql_upsert_recovery, error)))
        return FALSE;
      bind_recovery (stmt, recovery);
      if (!write_one (self, g_steal_pointer (&stmt), error))
        return FALSE;
    }

  if (review != NULL)
    {
      g_autoptr(CordonStmt) stmt = NULL;

      cordon_review_set_incident_id (review, cordon_incident_get_id (incident));
      if (!(stmt = _cordon_workspace_prepare (self, sql_upsert_review, error)))
        return FALSE;
      bind_review (stmt, review);
      if (!write_one (self, g_steal_pointer (&stmt), error))
        return FALSE;
    }

  return TRUE;
}

gboolean
cordon_workspace_import_recovery_item (CordonWorkspace     *self,
                                       CordonIncident      *incident,
                                       CordonRecoveryItem  *item,
                                       GError             **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (CORDON_IS_RECOVERY_ITEM (item), FALSE);
  g_return_val_if_fail (self->in_bulk, FALSE);

  cordon_recovery_item_set_incident_id (item, cordon_incident_get_id (incident));
  if (!has_recovery_tables (self, error) ||
      !check_item (item, error) ||
      !(stmt = _cordon_workspace_prepare (self, sql_insert_item, error)))
    return FALSE;

  bind_item (stmt, item);
  if (!write_one (self, g_steal_pointer (&stmt), error))
    {
      if (sqlite3_extended_errcode (self->db) == SQLITE_CONSTRAINT_UNIQUE)
        {
          g_clear_error (error);
          g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                       _("%s: the checklist item id “%s” is used twice"),
                       cordon_incident_get_key (incident), cordon_recovery_item_get_slug (item));
        }
      return FALSE;
    }

  cordon_recovery_item_set_id (item, sqlite3_last_insert_rowid (self->db));

  return TRUE;
}

gboolean
cordon_workspace_import_follow_up (CordonWorkspace  *self,
                                   CordonIncident   *incident,
                                   CordonFollowUp   *follow_up,
                                   GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (CORDON_IS_FOLLOW_UP (follow_up), FALSE);
  g_return_val_if_fail (self->in_bulk, FALSE);

  return has_recovery_tables (self, error) &&
         insert_follow_up (self, cordon_incident_get_id (incident), follow_up, error);
}
