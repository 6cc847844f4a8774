/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-workspace-incidents.c: incidents and their hash-chained journals:
 * creating, moving, reclassifying and saving incidents, appending to and
 * verifying journals, the bulk import path, and the board's model.
 *
 * Every change is computed on a copy of the incident, written in one
 * transaction together with its journal entry, and only copied onto the
 * instance the board shows once the transaction committed; a failed write
 * leaves both the database and the instance as they were.
 */

#define G_LOG_DOMAIN "cordon-workspace"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "cordon-lifecycle.h"
#include "cordon-time.h"
#include "cordon-workspace-private.h"

#define SHORT_TEXT 500
#define SUMMARY_TEXT (64 * 1024)
#define JOURNAL_TEXT (1024 * 1024)
#define PAYLOAD_BYTES (1024 * 1024)

/* Column order shared by every statement below; the time columns follow
 * in CordonIncidentTime order from COL_TIMES. */
#define INCIDENT_COLUMNS \
  "key, title, summary, category, severity, impact, tlp, lead, phase," \
  " groups_engaged, exercise, journal_count, journal_head," \
  " detected, reported, acknowledged, classified, analysis, containment," \
  " contained, recovered, closed, management_activated, created, updated"
#define INCIDENT_PARAMS \
  "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16," \
  " ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25"
#define COL_TIMES 13
#define N_INCIDENT_COLUMNS (COL_TIMES + CORDON_N_INCIDENT_TIMES)

static const char sql_insert_incident[] =
  "INSERT INTO incidents (" INCIDENT_COLUMNS ") VALUES (" INCIDENT_PARAMS ")";
static const char sql_update_incident[] =
  "UPDATE incidents SET (" INCIDENT_COLUMNS ") = (" INCIDENT_PARAMS ") WHERE id = ?26";
static const char sql_select_incidents[] =
  "SELECT id, " INCIDENT_COLUMNS " FROM incidents ORDER BY id";
static const char sql_select_incident[] =
  "SELECT id, " INCIDENT_COLUMNS " FROM incidents WHERE id = ?1";
static const char sql_insert_entry[] =
  "INSERT INTO journal (incident_id, seq, kind, author, time, text, payload, prev_hash, hash)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
static const char sql_select_journal[] =
  "SELECT id, incident_id, seq, kind, author, time, text, payload, prev_hash, hash"
  " FROM journal WHERE incident_id = ?1 ORDER BY seq";
static const char sql_select_all_journal[] =
  "SELECT id, incident_id, seq, kind, author, time, text, payload, prev_hash, hash"
  " FROM journal ORDER BY incident_id, seq";
static const char sql_chain_end[] =
  "SELECT seq, hash FROM journal WHERE incident_id = ?1 ORDER BY seq DESC LIMIT 1";
static const char sql_select_chain_heads[] =
  "SELECT id, key, journal_count, journal_head FROM incidents ORDER BY id";
static const char sql_next_key[] =
  "SELECT last_number FROM incident_keys WHERE year = ?1";
static const char sql_raise_key[] =
  "INSERT INTO incident_keys (year, last_number) VALUES (?1, ?2)"
  " ON CONFLICT (year) DO UPDATE SET last_number = max (last_number, excluded.last_number)";
static const char sql_update_chain_head[] =
  "UPDATE incidents SET journal_count = ?1, journal_head = ?2 WHERE id = ?3";
static const char sql_management_group[] =
  "SELECT slug FROM contact_groups WHERE kind = 'management' ORDER BY id LIMIT 1";

/* Copying ------------------------------------------------------------- */

/* Copies every field through the setters, so @dest notifies exactly the
 * properties that changed. */
static void
assign_incident (CordonIncident *dest,
                 CordonIncident *src)
{
  if (dest == src)
    return;

  g_object_freeze_notify (G_OBJECT (dest));
  cordon_incident_set_id (dest, cordon_incident_get_id (src));
  cordon_incident_set_key (dest, cordon_incident_get_key (src));
  cordon_incident_set_title (dest, cordon_incident_get_title (src));
  cordon_incident_set_summary (dest, cordon_incident_get_summary (src));
  cordon_incident_set_category (dest, cordon_incident_get_category (src));
  cordon_incident_set_severity (dest, cordon_incident_get_severity (src));
  cordon_incident_set_impact (dest, cordon_incident_get_impact (src));
  cordon_incident_set_tlp (dest, cordon_incident_get_tlp (src));
  cordon_incident_set_lead (dest, cordon_incident_get_lead (src));
  cordon_incident_set_phase (dest, cordon_incident_get_phase (src));
  cordon_incident_set_groups (dest, cordon_incident_get_groups (src));
  cordon_incident_set_exercise (dest, cordon_incident_get_exercise (src));
  cordon_incident_set_journal_count (dest, cordon_incident_get_journal_count (src));
  cordon_incident_set_journal_head (dest, cordon_incident_get_journal_head (src));
  for (guint i = 0; i < CORDON_N_INCIDENT_TIMES; i++)
    cordon_incident_set_time_usec (dest, i, cordon_incident_get_time (src, i));
  g_object_thaw_notify (G_OBJECT (dest));
}

static CordonIncident *
copy_incident (CordonIncident *incident)
{
  CordonIncident *copy = cordon_incident_new ();

  assign_incident (copy, incident);

  return copy;
}

/* Rows ---------------------------------------------------------------- */

static char *
join_groups (CordonIncident *incident)
{
  return g_strjoinv (",", (char **) cordon_incident_get_groups (incident));
}

/* Binds ?1..?25 in INCIDENT_COLUMNS order. @groups must outlive the step. */
static void
bind_incident (CordonStmt     *stmt,
               CordonIncident *incident,
               const char     *groups)
{
  cordon_bind_text (stmt, 1, cordon_incident_get_key (incident));
  cordon_bind_text (stmt, 2, cordon_incident_get_title (incident));
  cordon_bind_text (stmt, 3, cordon_incident_get_summary (incident));
  cordon_bind_text (stmt, 4, cordon_incident_get_category (incident));
  cordon_bind_text (stmt, 5, cordon_incident_get_severity (incident));
  cordon_bind_text (stmt, 6, cordon_incident_get_impact (incident));
  cordon_bind_text (stmt, 7, cordon_tlp_to_id (cordon_incident_get_tlp (incident)));
  cordon_bind_text (stmt, 8, cordon_incident_get_lead (incident));
  cordon_bind_text (stmt, 9, cordon_phase_to_id (cordon_incident_get_phase (incident)));
  cordon_bind_text (stmt, 10, groups);
  sqlite3_bind_int (stmt, 11, cordon_incident_get_exercise (incident) ? 1 : 0);
  sqlite3_bind_int64 (stmt, 12, cordon_incident_get_journal_count (incident));
  cordon_bind_nullable_text (stmt, 13, cordon_incident_get_journal_head (incident));
  for (guint i = 0; i < CORDON_N_INCIDENT_TIMES; i++)
    cordon_bind_time (stmt, COL_TIMES + 1 + i, cordon_incident_get_time (incident, i));
}

/* Reads a row of "SELECT id, INCIDENT_COLUMNS" into @incident */
static void
read_incident (CordonStmt     *stmt,
               CordonIncident *incident)
{
  const char *groups_text = cordon_column_text (stmt, 10);
  CordonTlp tlp = CORDON_TLP_AMBER;
  CordonPhase phase = CORDON_PHASE_DETECTED;

  cordon_tlp_from_id (cordon_column_text (stmt, 7), &tlp);
  cordon_phase_from_id (cordon_column_text (stmt, 9), &phase);

  cordon_incident_set_id (incident, sqlite3_column_int64 (stmt, 0));
  cordon_incident_set_key (incident, cordon_column_text (stmt, 1));
  cordon_incident_set_title (incident, cordon_column_text (stmt, 2));
  cordon_incident_set_summary (incident, cordon_column_text (stmt, 3));
  cordon_incident_set_category (incident, cordon_column_text (stmt, 4));
  cordon_incident_set_severity (incident, cordon_column_text (stmt, 5));
  cordon_incident_set_impact (incident, cordon_column_text (stmt, 6));
  cordon_incident_set_tlp (incident, tlp);
  cordon_incident_set_lead (incident, cordon_column_text (stmt, 8));
  cordon_incident_set_phase (incident, phase);
  if (groups_text[0] == '\0')
    cordon_incident_set_groups (incident, NULL);
  else
    {
      g_auto(GStrv) groups = g_strsplit (groups_text, ",", -1);
      cordon_incident_set_groups (incident, (const char * const *) groups);
    }
  cordon_incident_set_exercise (incident, sqlite3_column_int (stmt, 11) != 0);
  cordon_incident_set_journal_count (incident, sqlite3_column_int64 (stmt, 12));
  cordon_incident_set_journal_head (incident, cordon_column_nullable_text (stmt, 13));
  for (guint i = 0; i < CORDON_N_INCIDENT_TIMES; i++)
    cordon_incident_set_time_usec (incident, i, sqlite3_column_int64 (stmt, COL_TIMES + 1 + i));
}

static gboolean
write_incident (CordonWorkspace  *self,
                CordonIncident   *incident,
                GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  g_autofree char *groups = join_groups (incident);

  if (!(stmt = _cordon_workspace_prepare (self, sql_update_incident, error)))
    return FALSE;

  bind_incident (stmt, incident, groups);
  sqlite3_bind_int64 (stmt, 26, cordon_incident_get_id (incident));

  return _cordon_workspace_step_done (self, stmt, error);
}

static gboolean
insert_incident (CordonWorkspace  *self,
                 CordonIncident   *incident,
                 GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  g_autofree char *groups = join_groups (incident);

  if (!(stmt = _cordon_workspace_prepare (self, sql_insert_incident, error)))
    return FALSE;

  bind_incident (stmt, incident, groups);

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      if (sqlite3_extended_errcode (self->db) == SQLITE_CONSTRAINT_UNIQUE)
        g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                     _("An incident with key %s already exists"), cordon_incident_get_key (incident));
      else
        _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }

  cordon_incident_set_id (incident, sqlite3_last_insert_rowid (self->db));

  return TRUE;
}

static CordonIncident *
read_stored_incident (CordonWorkspace  *self,
                      gint64            id,
                      GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  int rc;

  if (!(stmt = _cordon_workspace_prepare (self, sql_select_incident, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                   _("The incident is not stored in the workspace"));
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return NULL;
    }

  incident = cordon_incident_new ();
  read_incident (stmt, incident);

  return g_steal_pointer (&incident);
}

/* The board's model ------------------------------------------------- */

static void
index_incident (CordonWorkspace *self,
                CordonIncident  *incident)
{
  g_hash_table_insert (self->incidents_by_id, CORDON_ID_KEY (cordon_incident_get_id (incident)), incident);
  g_hash_table_insert (self->incidents_by_key, g_strdup (cordon_incident_get_key (incident)), incident);
}

/* Loads every row in one pass; rows already in the model update their
 * instance in place (notifying what changed), new rows are appended in
 * one splice. */
gboolean
_cordon_workspace_sync_incidents (CordonWorkspace  *self,
                                  GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  g_autoptr(GPtrArray) added = NULL;
  int rc;

  if (self->incidents == NULL)
    return TRUE;

  if (!(stmt = _cordon_workspace_prepare (self, sql_select_incidents, error)))
    return FALSE;

  added = g_ptr_array_new_with_free_func (g_object_unref);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CordonIncident *incident;

      incident = g_hash_table_lookup (self->incidents_by_id,
                                      CORDON_ID_KEY (sqlite3_column_int64 (stmt, 0)));
      if (incident != NULL)
        {
          read_incident (stmt, incident);
          continue;
        }

      incident = cordon_incident_new ();
      read_incident (stmt, incident);
      index_incident (self, incident);
      g_ptr_array_add (added, incident);
    }

  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }

  if (added->len > 0)
    g_list_store_splice (self->incidents,
                         g_list_model_get_n_items (G_LIST_MODEL (self->incidents)),
                         0, added->pdata, added->len);

  return TRUE;
}

gboolean
_cordon_workspace_ensure_incidents (CordonWorkspace  *self,
                                    GError          **error)
{
  if (self->incidents != NULL)
    return TRUE;

  self->incidents = g_list_store_new (CORDON_TYPE_INCIDENT);
  self->incidents_by_id = g_hash_table_new (NULL, NULL);
  self->incidents_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (!_cordon_workspace_sync_incidents (self, error))
    {
      g_clear_object (&self->incidents);
      g_clear_pointer (&self->incidents_by_id, g_hash_table_unref);
      g_clear_pointer (&self->incidents_by_key, g_hash_table_unref);
      return FALSE;
    }

  return TRUE;
}

/* The model is ordered by id, which only grows */
static void
emit_item_changed (CordonWorkspace *self,
                   CordonIncident  *incident)
{
  GListModel *model = G_LIST_MODEL (self->incidents);
  gint64 id = cordon_incident_get_id (incident);
  guint lo = 0;
  guint hi = g_list_model_get_n_items (model);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr(CordonIncident) item = g_list_model_get_item (model, mid);
      gint64 item_id = cordon_incident_get_id (item);

      if (item_id == id)
        {
          g_list_store_splice (self->incidents, mid, 1, (gpointer *) &item, 1);
          return;
        }

      if (item_id < id)
        lo = mid + 1;
      else
        hi = mid;
    }
}

GListModel *
cordon_workspace_get_incidents (CordonWorkspace *self)
{
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);

  if (!_cordon_workspace_ensure_incidents (self, &error))
    {
      g_warning ("Cannot load the incidents of %s: %s", self->path, error->message);
      self->incidents = g_list_store_new (CORDON_TYPE_INCIDENT);
      self->incidents_by_id = g_hash_table_new (NULL, NULL);
      self->incidents_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    }

  return G_LIST_MODEL (self->incidents);
}

/* The phase and severity a listing is filtered by, checked; the phase
 * as its value in @out_phase */
gboolean
_cordon_workspace_check_filter (CordonWorkspace  *self,
                                const char       *phase,
                                const char       *severity,
                                CordonPhase      *out_phase,
                                GError          **error)
{
  if (phase != NULL && !cordon_phase_from_id (phase, out_phase))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("Unknown phase “%s”"), phase);
      return FALSE;
    }

  if (severity != NULL &&
      !cordon_taxonomy_contains (self->taxonomy, CORDON_TAXONOMY_KIND_SEVERITY, severity))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("Unknown severity “%s”"), severity);
      return FALSE;
    }

  return TRUE;
}

GListModel *
cordon_workspace_list_incidents (CordonWorkspace  *self,
                                 const char       *phase,
                                 const char       *severity,
                                 GError          **error)
{
  g_autoptr(GListStore) result = NULL;
  g_autoptr(GPtrArray) matches = NULL;
  CordonPhase phase_value = CORDON_PHASE_DETECTED;
  GListModel *all;
  guint n;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);

  if (!_cordon_workspace_check_filter (self, phase, severity, &phase_value, error))
    return NULL;

  if (!_cordon_workspace_ensure_incidents (self, error))
    return NULL;

  all = G_LIST_MODEL (self->incidents);
  n = g_list_model_get_n_items (all);
  matches = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      CordonIncident *incident = g_list_model_get_item (all, i);

      if ((phase == NULL || cordon_incident_get_phase (incident) == phase_value) &&
          (severity == NULL || g_str_equal (cordon_incident_get_severity (incident), severity)))
        g_ptr_array_add (matches, incident);
      else
        g_object_unref (incident);
    }

  result = g_list_store_new (CORDON_TYPE_INCIDENT);
  g_list_store_splice (result, 0, 0, matches->pdata, matches->len);

  return G_LIST_MODEL (g_steal_pointer (&result));
}

CordonIncident *
cordon_workspace_lookup_incident (CordonWorkspace  *self,
                                  const char       *key,
                                  GError          **error)
{
  CordonIncident *incident;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  if (!_cordon_workspace_ensure_incidents (self, error))
    return NULL;

  incident = g_hash_table_lookup (self->incidents_by_key, key);
  if (incident == NULL)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                   _("There is no incident %s in this workspace"), key);
      return NULL;
    }

  return g_object_ref (incident);
}

CordonIncident *
cordon_workspace_lookup_incident_by_id (CordonWorkspace  *self,
                                        gint64            id,
                                        GError          **error)
{
  CordonIncident *incident;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);

  if (!_cordon_workspace_ensure_incidents (self, error))
    return NULL;

  incident = g_hash_table_lookup (self->incidents_by_id, CORDON_ID_KEY (id));
  if (incident == NULL)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                   _("There is no incident #%" G_GINT64_FORMAT " in this workspace"), id);
      return NULL;
    }

  return g_object_ref (incident);
}

/* The instance of the model that @incident stands for */
static CordonIncident *
resolve_incident (CordonWorkspace  *self,
                  CordonIncident   *incident,
                  GError          **error)
{
  CordonIncident *instance;

  if (!_cordon_workspace_ensure_incidents (self, error))
    return NULL;

  instance = g_hash_table_lookup (self->incidents_by_id, CORDON_ID_KEY (cordon_incident_get_id (incident)));
  if (instance == NULL)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                   _("The incident %s is not stored in this workspace"),
                   cordon_incident_get_key (incident));
      return NULL;
    }

  return instance;
}

/* Applies a committed @copy to the instance, and to the caller's object
 * when that is another one, then tells listeners. */
static void
publish_change (CordonWorkspace    *self,
                CordonIncident     *instance,
                CordonIncident     *caller,
                CordonIncident     *copy,
                CordonJournalEntry *entry,
                gboolean            item_changed)
{
  assign_incident (instance, copy);
  assign_incident (caller, copy);

  if (!_cordon_workspace_emits (self))
    return;

  if (item_changed)
    emit_item_changed (self, instance);
  g_signal_emit (self, _cordon_workspace_signals[CORDON_WORKSPACE_SIGNAL_INCIDENT_CHANGED], 0, instance);
  if (entry != NULL)
    g_signal_emit (self, _cordon_workspace_signals[CORDON_WORKSPACE_SIGNAL_JOURNAL_APPENDED], 0,
                   instance, entry);
}

/* Journal ------------------------------------------------------------- */

gboolean
_cordon_workspace_normalize_payload (const char  *payload,
                                     char       **out_payload,
                                     GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  *out_payload = NULL;

  if (payload == NULL)
    return TRUE;

  if (strlen (payload) > PAYLOAD_BYTES)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("The journal payload is too large (more than %d bytes)"), PAYLOAD_BYTES);
      return FALSE;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, payload, -1, &local_error))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("The journal payload is not valid JSON: %s"), local_error->message);
      return FALSE;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("The journal payload must be a JSON object"));
      return FALSE;
    }

  generator = json_generator_new ();
  json_generator_set_root (generator, root);
  *out_payload = json_generator_to_data (generator, NULL);

  return TRUE;
}

static char *
payload_to_string (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);

  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

/* `"name": {"from": …, "to": …}` */
static void
add_change (JsonBuilder *builder,
            const char  *name,
            const char  *from,
            const char  *to)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "from");
  json_builder_add_string_value (builder, from);
  json_builder_set_member_name (builder, "to");
  json_builder_add_string_value (builder, to);
  json_builder_end_object (builder);
}

static gboolean
insert_entry (CordonWorkspace     *self,
              CordonIncident      *incident,
              CordonJournalEntry  *entry,
              GError             **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  if (!(stmt = _cordon_workspace_prepare (self, sql_insert_entry, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, cordon_incident_get_id (incident));
  sqlite3_bind_int64 (stmt, 2, cordon_journal_entry_get_seq (entry));
  cordon_bind_text (stmt, 3, cordon_journal_kind_to_id (cordon_journal_entry_get_kind (entry)));
  cordon_bind_text (stmt, 4, cordon_journal_entry_get_author (entry));
  sqlite3_bind_int64 (stmt, 5, cordon_time_from_date_time (cordon_journal_entry_get_time (entry)));
  cordon_bind_text (stmt, 6, cordon_journal_entry_get_text (entry));
  cordon_bind_nullable_text (stmt, 7, cordon_journal_entry_get_payload (entry));
  cordon_bind_text (stmt, 8, cordon_journal_entry_get_prev_hash (entry));
  cordon_bind_text (stmt, 9, cordon_journal_entry_get_hash (entry));

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }

  cordon_journal_entry_set_id (entry, sqlite3_last_insert_rowid (self->db));
  cordon_journal_entry_set_incident_id (entry, cordon_incident_get_id (incident));

  return TRUE;
}

/* Chains a new entry onto @work (a copy being written): sets the entry's
 * seq and hashes, inserts it, and advances @work's count and head. The
 * caller writes @work's row in the same transaction. */
static CordonJournalEntry *
chain_entry (CordonWorkspace    *self,
             CordonIncident     *work,
             CordonJournalKind   kind,
             const char         *author,
             const char         *text,
             const char         *payload,
             gint64              now,
             GError            **error)
{
  g_autoptr(CordonJournalEntry) entry = cordon_journal_entry_new ();
  g_autoptr(GDateTime) time = cordon_time_to_date_time (now);
  g_autoptr(CordonStmt) last = NULL;
  g_autofree char *stored_head = NULL;
  const char *prev;
  gint64 count = 0;
  g_autofree char *hash = NULL;
  int rc;

  /* The end of the chain as the file has it now, inside this write's
   * transaction: another process may have appended since this one read
   * the incident, and entries this transaction chained are counted. */
  if (!(last = _cordon_workspace_prepare (self, sql_chain_end, error)))
    return NULL;
  sqlite3_bind_int64 (last, 1, cordon_incident_get_id (work));
  rc = sqlite3_step (last);
  if (rc == SQLITE_ROW)
    {
      count = sqlite3_column_int64 (last, 0);
      stored_head = g_strdup ((const char *) sqlite3_column_text (last, 1));
    }
  else if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return NULL;
    }
  sqlite3_reset (last);
  cordon_incident_set_journal_count (work, count);
  cordon_incident_set_journal_head (work, stored_head);

  prev = stored_head != NULL ? stored_head : CORDON_JOURNAL_GENESIS_HASH;

  cordon_journal_entry_set_seq (entry, count + 1);
  cordon_journal_entry_set_kind (entry, kind);
  cordon_journal_entry_set_author (entry, author);
  cordon_journal_entry_set_time (entry, time);
  cordon_journal_entry_set_text (entry, text);
  cordon_journal_entry_set_payload (entry, payload);
  cordon_journal_entry_set_prev_hash (entry, prev);
  hash = cordon_journal_entry_compute_hash (entry, cordon_incident_get_key (work), prev);
  cordon_journal_entry_set_hash (entry, hash);

  if (!insert_entry (self, work, entry, error) ||
      !_cordon_workspace_append_ledger (self, work, entry, error))
    return NULL;

  cordon_incident_set_journal_count (work, cordon_journal_entry_get_seq (entry));
  cordon_incident_set_journal_head (work, hash);
  cordon_incident_set_time_usec (work, CORDON_INCIDENT_TIME_UPDATED, now);

  return g_steal_pointer (&entry);
}

/* What is wrong with the journal row at @stmt (the columns of
 * sql_select_journal), or %NULL: a column the schema declares NOT NULL
 * that holds NULL, or a time that is no time GDateTime can hold. Such a
 * row can only come from a file edited or damaged outside Cordon. It
 * looks at the column types before anything reads (and converts) them. */
static char *
journal_row_problem (CordonStmt *stmt)
{
  static const struct
  {
    int column;
    const char *name;
  } required[] = {
    { 3, N_("kind") },
    { 4, N_("author") },
    { 5, N_("time") },
    { 6, N_("text") },
    { 8, N_("previous hash") },
    { 9, N_("hash") },
  };
  g_autoptr(GDateTime) time = NULL;
  gint64 usec;

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    {
      if (sqlite3_column_type (stmt, required[i].column) == SQLITE_NULL)
        return g_strdup_printf (_("its %s is missing (NULL)"), _(required[i].name));
    }

  if (sqlite3_column_type (stmt, 5) != SQLITE_INTEGER)
    return g_strdup (_("its time is not a whole number of microseconds"));

  /* Well inside GDateTime's years 1 to 9999 there is nothing to check;
   * near their ends, GDateTime says */
  usec = sqlite3_column_int64 (stmt, 5);
  if (usec > G_GINT64_CONSTANT (-62135596800 + 86400) * G_USEC_PER_SEC &&
      usec < G_GINT64_CONSTANT (253402300799 - 86400) * G_USEC_PER_SEC)
    return NULL;

  time = cordon_time_to_date_time (usec);
  if (time == NULL)
    return g_strdup_printf (_("its time %" G_GINT64_FORMAT " is out of range"), usec);

  return NULL;
}

static CordonJournalEntry *
entry_from_row (CordonStmt *stmt)
{
  CordonJournalEntry *entry = cordon_journal_entry_new ();
  g_autoptr(GDateTime) time = cordon_time_to_date_time (sqlite3_column_int64 (stmt, 5));
  CordonJournalKind kind = CORDON_JOURNAL_KIND_NOTE;

  cordon_journal_kind_from_id (cordon_column_text (stmt, 3), &kind);

  cordon_journal_entry_set_id (entry, sqlite3_column_int64 (stmt, 0));
  cordon_journal_entry_set_incident_id (entry, sqlite3_column_int64 (stmt, 1));
  cordon_journal_entry_set_seq (entry, sqlite3_column_int64 (stmt, 2));
  cordon_journal_entry_set_kind (entry, kind);
  cordon_journal_entry_set_author (entry, cordon_column_text (stmt, 4));
  cordon_journal_entry_set_time (entry, time);
  cordon_journal_entry_set_text (entry, cordon_column_text (stmt, 6));
  cordon_journal_entry_set_payload (entry, cordon_column_nullable_text (stmt, 7));
  cordon_journal_entry_set_prev_hash (entry, cordon_column_nullable_text (stmt, 8));
  cordon_journal_entry_set_hash (entry, cordon_column_nullable_text (stmt, 9));

  return entry;
}

GListModel *
cordon_workspace_list_journal (CordonWorkspace  *self,
                               CordonIncident   *incident,
                               GError          **error)
{
  g_autoptr(GListStore) store = NULL;
  g_autoptr(CordonStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);

  if (!(stmt = _cordon_workspace_prepare (self, sql_select_journal, error)))
    return NULL;

  store = g_list_store_new (CORDON_TYPE_JOURNAL_ENTRY);
  sqlite3_bind_int64 (stmt, 1, cordon_incident_get_id (incident));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *problem = journal_row_problem (stmt);
      g_autoptr(CordonJournalEntry) entry = NULL;

      if (problem != NULL)
        {
          g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_CORRUPT,
                       _("Workspace “%s” is damaged: %s journal entry %" G_GINT64_FORMAT ": %s"),
                       self->path, cordon_incident_get_key (incident),
                       (gint64) sqlite3_column_int64 (stmt, 2), problem);
          return NULL;
        }

      entry = entry_from_row (stmt);
      g_list_store_append (store, entry);
    }

  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

gboolean
cordon_workspace_foreach_journal_fields (CordonWorkspace          *self,
                                         CordonIncident           *incident,
                                         CordonJournalFieldsFunc   func,
                                         gpointer                  user_data,
                                         GError                  **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (!(stmt = _cordon_workspace_prepare (self, sql_select_journal, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, cordon_incident_get_id (incident));

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *problem = journal_row_problem (stmt);
      CordonJournalFields fields = {
        .incident_key = cordon_incident_get_key (incident),
        .seq = sqlite3_column_int64 (stmt, 2),
        .kind = CORDON_JOURNAL_KIND_NOTE,
        .author = cordon_column_text (stmt, 4),
        .time_usec = sqlite3_column_int64 (stmt, 5),
        .text = cordon_column_text (stmt, 6),
        .payload = cordon_column_nullable_text (stmt, 7),
      };

      /* The same refusal as cordon_workspace_list_journal() */
      if (problem != NULL)
        {
          g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_CORRUPT,
                       _("Workspace “%s” is damaged: %s journal entry %" G_GINT64_FORMAT ": %s"),
                       self->path, cordon_incident_get_key (incident), fields.seq, problem);
          return FALSE;
        }

      cordon_journal_kind_from_id (cordon_column_text (stmt, 3), &fields.kind);

      if (!func (&fields, user_data, error))
        return FALSE;
    }

  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }

  return TRUE;
}

CordonJournalEntry *
cordon_workspace_append_journal (CordonWorkspace    *self,
                                 CordonIncident     *incident,
                                 CordonJournalKind   kind,
                                 const char         *author,
                                 const char         *text,
                                 const char         *payload,
                                 GError            **error)
{
  g_autoptr(CordonIncident) work = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autofree char *normalized = NULL;
  CordonIncident *instance;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (kind == CORDON_JOURNAL_KIND_PHASE_CHANGE || kind == CORDON_JOURNAL_KIND_CLASSIFICATION_CHANGE ||
      kind == CORDON_JOURNAL_KIND_DETAILS_CHANGE)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("Phase, classification and details changes are recorded by moving, reclassifying or "
                     "saving the incident"));
      return NULL;
    }

  if (!_cordon_workspace_check_text (_("journal text"), text, TRUE, JOURNAL_TEXT, error) ||
      !_cordon_workspace_check_text (_("author"), author, FALSE, SHORT_TEXT, error) ||
      !_cordon_workspace_normalize_payload (payload, &normalized, error) ||
      !(instance = resolve_incident (self, incident, error)))
    return NULL;

  work = copy_incident (instance);

  if (!_cordon_workspace_begin (self, error))
    return NULL;

  if (!(entry = chain_entry (self, work, kind, author, text, normalized, _cordon_workspace_now (self), error)) ||
      !write_incident (self, work, error))
    {
      _cordon_workspace_rollback (self);
      return NULL;
    }

  if (!_cordon_workspace_commit (self, error))
    return NULL;

  publish_change (self, instance, incident, work, entry, FALSE);

  return g_steal_pointer (&entry);
}

gboolean
cordon_workspace_acknowledge_incident (CordonWorkspace  *self,
                                       CordonIncident   *incident,
                                       const char       *author,
                                       const char       *text,
                                       GError          **error)
{
  g_autoptr(CordonIncident) stored = NULL;
  g_autoptr(CordonIncident) work = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  CordonIncident *instance;
  gint64 now;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_cordon_workspace_check_text (_("journal text"), text, TRUE, JOURNAL_TEXT, error) ||
      !_cordon_workspace_check_text (_("author"), author, FALSE, SHORT_TEXT, error) ||
      !(instance = resolve_incident (self, incident, error)))
    return FALSE;

  if (!_cordon_workspace_begin (self, error))
    return FALSE;

  /* What the file holds now: another desk may have acknowledged it */
  if (!(stored = read_stored_incident (self, cordon_incident_get_id (instance), error)))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  if (cordon_incident_get_time (stored, CORDON_INCIDENT_TIME_ACKNOWLEDGED) != 0)
    {
      _cordon_workspace_rollback (self);
      publish_change (self, instance, incident, stored, NULL, TRUE);
      return TRUE;
    }

  now = _cordon_workspace_now (self);
  work = copy_incident (stored);
  cordon_incident_set_time_usec (work, CORDON_INCIDENT_TIME_ACKNOWLEDGED, now);

  if (!(entry = chain_entry (self, work, CORDON_JOURNAL_KIND_STATUS_UPDATE, author, text, NULL, now, error)) ||
      !write_incident (self, work, error))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  if (!_cordon_workspace_commit (self, error))
    return FALSE;

  publish_change (self, instance, incident, work, entry, TRUE);

  return TRUE;
}

CordonJournalEntry *
_cordon_workspace_chain_journal (CordonWorkspace    *self,
                                 CordonIncident     *incident,
                                 CordonJournalKind   kind,
                                 const char         *author,
                                 const char         *text,
                                 const char         *payload,
                                 CordonIncident    **out_work,
                                 GError            **error)
{
  g_autoptr(CordonIncident) work = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autofree char *normalized = NULL;
  CordonIncident *instance;

  if (!_cordon_workspace_check_text (_("journal text"), text, TRUE, JOURNAL_TEXT, error) ||
      !_cordon_workspace_normalize_payload (payload, &normalized, error) ||
      !(instance = resolve_incident (self, incident, error)))
    return NULL;

  work = copy_incident (instance);
  if (!(entry = chain_entry (self, work, kind, author, text, normalized, _cordon_workspace_now (self), error)) ||
      !write_incident (self, work, error))
    return NULL;

  *out_work = g_steal_pointer (&work);

  return g_steal_pointer (&entry);
}

void
_cordon_workspace_publish_journal (CordonWorkspace    *self,
                                   CordonIncident     *work,
                                   CordonJournalEntry *entry)
{
  CordonIncident *instance = g_hash_table_lookup (self->incidents_by_id,
                                                  CORDON_ID_KEY (cordon_incident_get_id (work)));

  if (instance != NULL)
    publish_change (self, instance, instance, work, entry, FALSE);
}

/* Creating and changing incidents ----------------------------------- */

static gboolean
check_taxonomy_id (CordonWorkspace     *self,
                   CordonTaxonomyKind   kind,
                   const char          *id,
                   gboolean             required,
                   GError             **error)
{
  if (!required && (id == NULL || id[0] == '\0'))
    return TRUE;

  if (id == NULL || id[0] == '\0')
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("The incident needs a %s"), cordon_taxonomy_kind_to_label (kind));
      return FALSE;
    }

  if (!cordon_taxonomy_contains (self->taxonomy, kind, id))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("Unknown %s “%s”"), cordon_taxonomy_kind_to_id (kind), id);
      return FALSE;
    }

  return TRUE;
}

/* Checks the fields a lead edits */
static gboolean
check_incident (CordonWorkspace  *self,
                CordonIncident   *incident,
                GError          **error)
{
  const char * const *groups = cordon_incident_get_groups (incident);

  if (!_cordon_workspace_check_text (_("title"), cordon_incident_get_title (incident),
                                     TRUE, CORDON_WORKSPACE_MAX_TITLE, error) ||
      !_cordon_workspace_check_text (_("summary"), cordon_incident_get_summary (incident),
                                     FALSE, SUMMARY_TEXT, error) ||
      !_cordon_workspace_check_text (_("lead"), cordon_incident_get_lead (incident),
                                     FALSE, SHORT_TEXT, error) ||
      !check_taxonomy_id (self, CORDON_TAXONOMY_KIND_CATEGORY, cordon_incident_get_category (incident), TRUE, error) ||
      !check_taxonomy_id (self, CORDON_TAXONOMY_KIND_SEVERITY, cordon_incident_get_severity (incident), TRUE, error) ||
      !check_taxonomy_id (self, CORDON_TAXONOMY_KIND_IMPACT, cordon_incident_get_impact (incident), FALSE, error))
    return FALSE;

  for (guint i = 0; groups[i] != NULL; i++)
    {
      if (!_cordon_workspace_group_exists (self, groups[i], error))
        return FALSE;
    }

  return TRUE;
}

/* When the impact calls for management and it is not yet engaged: engage
 * the first management group and stamp the time. Returns whether it did. */
static gboolean
engage_management (CordonWorkspace  *self,
                   CordonIncident   *work,
                   gint64            now,
                   GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) groups = NULL;
  gboolean engaged = FALSE;

  if (!cordon_taxonomy_requires_management (self->taxonomy, cordon_incident_get_impact (work)))
    return FALSE;

  if (cordon_incident_get_time (work, CORDON_INCIDENT_TIME_MANAGEMENT_ACTIVATED) == 0)
    {
      cordon_incident_set_time_usec (work, CORDON_INCIDENT_TIME_MANAGEMENT_ACTIVATED, now);
      engaged = TRUE;
    }

  if (!(stmt = _cordon_workspace_prepare (self, sql_management_group, error)))
    return engaged;

  if (sqlite3_step (stmt) == SQLITE_ROW &&
      !cordon_incident_has_group (work, cordon_column_text (stmt, 0)))
    {
      builder = g_strv_builder_new ();
      g_strv_builder_addv (builder, (const char **) cordon_incident_get_groups (work));
      g_strv_builder_add (builder, cordon_column_text (stmt, 0));
      groups = g_strv_builder_end (builder);
      cordon_incident_set_groups (work, (const char * const *) groups);
      engaged = TRUE;
    }

  return engaged;
}

static CordonJournalEntry *
chain_management_entry (CordonWorkspace  *self,
                        CordonIncident   *work,
                        const char       *author,
                        gint64            now,
                        GError          **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *payload = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "management-activated");
  json_builder_add_boolean_value (builder, TRUE);
  json_builder_set_member_name (builder, "impact");
  json_builder_add_string_value (builder, cordon_incident_get_impact (work));
  json_builder_end_object (builder);
  payload = payload_to_string (builder);

  return chain_entry (self, work, CORDON_JOURNAL_KIND_DECISION, author,
                      _("Management activated: the impact is enterprise-wide"),
                      payload, now, error);
}

static gboolean
assign_key (CordonWorkspace  *self,
            CordonIncident   *work,
            GError          **error)
{
  g_autoptr(GDateTime) detected = cordon_incident_dup_time (work, CORDON_INCIDENT_TIME_DETECTED);
  g_autoptr(CordonStmt) next = NULL;
  g_autoptr(CordonStmt) raise = NULL;
  g_autofree char *key = NULL;
  int year = g_date_time_get_year (detected);
  gint64 number = 1;

  if (!(next = _cordon_workspace_prepare (self, sql_next_key, error)))
    return FALSE;

  sqlite3_bind_int (next, 1, year);
  if (sqlite3_step (next) == SQLITE_ROW)
    number = sqlite3_column_int64 (next, 0) + 1;
  g_clear_pointer (&next, cordon_stmt_release);

  if (!(raise = _cordon_workspace_prepare (self, sql_raise_key, error)))
    return FALSE;

  sqlite3_bind_int (raise, 1, year);
  sqlite3_bind_int64 (raise, 2, number);
  if (!_cordon_workspace_step_done (self, raise, error))
    return FALSE;

  key = cordon_incident_format_key (year, number);
  cordon_incident_set_key (work, key);

  return TRUE;
}

CordonIncident *
cordon_workspace_create_incident (CordonWorkspace  *self,
                                  CordonIncident   *draft,
                                  const char       *author,
                                  GError          **error)
{
  g_autoptr(CordonIncident) work = NULL;
  g_autoptr(CordonJournalEntry) opened = NULL;
  g_autoptr(CordonJournalEntry) management = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autofree char *payload = NULL;
  gboolean engaged;
  gint64 now;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (draft), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (cordon_incident_get_id (draft) != 0)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("The incident %s is already stored"), cordon_incident_get_key (draft));
      return NULL;
    }

  if (cordon_incident_get_phase (draft) != CORDON_PHASE_DETECTED)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("A new incident starts in the detected phase"));
      return NULL;
    }

  if (author == NULL)
    author = cordon_incident_get_lead (draft);

  if (!check_incident (self, draft, error) ||
      !_cordon_workspace_check_text (_("author"), author, FALSE, SHORT_TEXT, error) ||
      !_cordon_workspace_ensure_incidents (self, error))
    return NULL;

  now = _cordon_workspace_now (self);
  work = copy_incident (draft);
  cordon_incident_set_journal_count (work, 0);
  cordon_incident_set_journal_head (work, NULL);
  if (cordon_incident_get_time (work, CORDON_INCIDENT_TIME_DETECTED) == 0)
    cordon_incident_set_time_usec (work, CORDON_INCIDENT_TIME_DETECTED, now);
  cordon_incident_set_time_usec (work, CORDON_INCIDENT_TIME_CREATED, now);
  cordon_incident_set_time_usec (work, CORDON_INCIDENT_TIME_UPDATED, now);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "to");
  json_builder_add_string_value (builder, cordon_phase_to_id (CORDON_PHASE_DETECTED));
  json_builder_set_member_name (builder, "category");
  json_builder_add_string_value (builder, cordon_incident_get_category (work));
  json_builder_set_member_name (builder, "severity");
  json_builder_add_string_value (builder, cordon_incident_get_severity (work));
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, cordon_incident_get_title (work));
  json_builder_set_member_name (builder, "lead");
  json_builder_add_string_value (builder, cordon_incident_get_lead (work));
  json_builder_end_object (builder);
  payload = payload_to_string (builder);

  if (!_cordon_workspace_begin (self, error))
    return NULL;

  engaged = engage_management (self, work, now, error);

  if (!assign_key (self, work, error) ||
      !insert_incident (self, work, error) ||
      !(opened = chain_entry (self, work, CORDON_JOURNAL_KIND_PHASE_CHANGE, author,
                              _("Incident opened"), payload, now, error)) ||
      (engaged && !(management = chain_management_entry (self, work, author, now, error))) ||
      !write_incident (self, work, error))
    {
      _cordon_workspace_rollback (self);
      return NULL;
    }

  if (!_cordon_workspace_commit (self, error))
    return NULL;

  assign_incident (draft, work);

  if (_cordon_workspace_emits (self))
    {
      index_incident (self, draft);
      g_list_store_append (self->incidents, draft);
      g_signal_emit (self, _cordon_workspace_signals[CORDON_WORKSPACE_SIGNAL_INCIDENT_ADDED], 0, draft);
      g_signal_emit (self, _cordon_workspace_signals[CORDON_WORKSPACE_SIGNAL_JOURNAL_APPENDED], 0,
                     draft, opened);
      if (management != NULL)
        g_signal_emit (self, _cordon_workspace_signals[CORDON_WORKSPACE_SIGNAL_JOURNAL_APPENDED], 0,
                       draft, management);
    }

  return g_object_ref (draft);
}

/* The journal entry of a change of title or lead: its text and payload
 * name each field with its old and new value */
static CordonJournalEntry *
chain_details_entry (CordonWorkspace  *self,
                     CordonIncident   *stored,
                     CordonIncident   *work,
                     const char       *author,
                     gint64            now,
                     GError          **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *payload = NULL;
  const struct {
    const char *name;
    const char *from;
    const char *to;
  } fields[] = {
    { "title", cordon_incident_get_title (stored), cordon_incident_get_title (work) },
    { "lead", cordon_incident_get_lead (stored), cordon_incident_get_lead (work) },
  };

  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (g_str_equal (fields[i].from, fields[i].to))
        continue;

      add_change (builder, fields[i].name, fields[i].from, fields[i].to);
      if (text->len > 0)
        g_string_append (text, "; ");
      if (i == 0)
        /* Translators: a journal entry; the old and the new title */
        g_string_append_printf (text, _("Title changed from “%s” to “%s”"), fields[i].from, fields[i].to);
      else if (fields[i].from[0] == '\0')
        /* Translators: a journal entry; who leads the response now */
        g_string_append_printf (text, _("Lead set to %s"), fields[i].to);
      else if (fields[i].to[0] == '\0')
        /* Translators: a journal entry; who led the response until now */
        g_string_append_printf (text, _("Lead removed (was %s)"), fields[i].from);
      else
        /* Translators: a journal entry; the old and the new lead */
        g_string_append_printf (text, _("Lead changed from %s to %s"), fields[i].from, fields[i].to);
    }
  json_builder_end_object (builder);

  if (text->len == 0)
    return NULL;

  payload = payload_to_string (builder);

  return chain_entry (self, work, CORDON_JOURNAL_KIND_DETAILS_CHANGE, author, text->str, payload, now, error);
}

gboolean
cordon_workspace_save_incident (CordonWorkspace  *self,
                                CordonIncident   *incident,
                                GError          **error)
{
  return cordon_workspace_save_incident_full (self, incident, NULL, error);
}

gboolean
cordon_workspace_save_incident_full (CordonWorkspace  *self,
                                     CordonIncident   *incident,
                                     const char       *author,
                                     GError          **error)
{
  g_autoptr(CordonIncident) stored = NULL;
  g_autoptr(CordonIncident) work = NULL;
  g_autoptr(CordonJournalEntry) management = NULL;
  g_autoptr(CordonJournalEntry) details = NULL;
  g_autoptr(GError) local_error = NULL;
  CordonIncident *instance;
  gboolean details_change;
  gboolean engaged;
  gint64 now;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(instance = resolve_incident (self, incident, error)) ||
      !(stored = read_stored_incident (self, cordon_incident_get_id (incident), error)))
    return FALSE;

  if (g_strcmp0 (cordon_incident_get_category (incident), cordon_incident_get_category (stored)) != 0 ||
      g_strcmp0 (cordon_incident_get_severity (incident), cordon_incident_get_severity (stored)) != 0)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("Change the category or severity of %s by reclassifying it, with a reason"),
                   cordon_incident_get_key (stored));
      assign_incident (incident, stored);
      return FALSE;
    }

  if (cordon_incident_get_phase (incident) != cordon_incident_get_phase (stored))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("Change the phase of %s by moving it, with a reason"),
                   cordon_incident_get_key (stored));
      assign_incident (incident, stored);
      return FALSE;
    }

  if (author == NULL)
    author = cordon_incident_get_lead (incident);

  if (!check_incident (self, incident, error) ||
      !_cordon_workspace_check_text (_("author"), author, FALSE, SHORT_TEXT, error))
    {
      assign_incident (incident, stored);
      return FALSE;
    }

  /* Start from what is stored and take over the editable fields only */
  now = _cordon_workspace_now (self);
  work = copy_incident (stored);
  cordon_incident_set_title (work, cordon_incident_get_title (incident));
  cordon_incident_set_summary (work, cordon_incident_get_summary (incident));
  cordon_incident_set_impact (work, cordon_incident_get_impact (incident));
  cordon_incident_set_tlp (work, cordon_incident_get_tlp (incident));
  cordon_incident_set_lead (work, cordon_incident_get_lead (incident));
  cordon_incident_set_groups (work, cordon_incident_get_groups (incident));
  cordon_incident_set_exercise (work, cordon_incident_get_exercise (incident));
  cordon_incident_set_time_usec (work, CORDON_INCIDENT_TIME_DETECTED,
                                 cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_DETECTED));
  cordon_incident_set_time_usec (work, CORDON_INCIDENT_TIME_REPORTED,
                                 cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_REPORTED));
  cordon_incident_set_time_usec (work, CORDON_INCIDENT_TIME_ACKNOWLEDGED,
                                 cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED));
  if (cordon_incident_get_time (work, CORDON_INCIDENT_TIME_DETECTED) == 0)
    cordon_incident_set_time_usec (work, CORDON_INCIDENT_TIME_DETECTED,
                                   cordon_incident_get_time (stored, CORDON_INCIDENT_TIME_DETECTED));
  cordon_incident_set_time_usec (work, CORDON_INCIDENT_TIME_UPDATED, now);

  if (!_cordon_workspace_begin (self, error))
    {
      assign_incident (incident, stored);
      return FALSE;
    }

  /* The title and the lead are chained, as the phase and classification
   * are: each change is a journal entry with the old and new values. What
   * the file holds now counts: another process may have saved since. */
  g_clear_object (&stored);
  if (!(stored = read_stored_incident (self, cordon_incident_get_id (incident), &local_error)))
    {
      _cordon_workspace_rollback (self);
      g_propagate_error (error, g_steal_pointer (&local_error));
      assign_incident (incident, instance);
      return FALSE;
    }
  details_change = !g_str_equal (cordon_incident_get_title (stored), cordon_incident_get_title (work)) ||
                   !g_str_equal (cordon_incident_get_lead (stored), cordon_incident_get_lead (work));

  engaged = engage_management (self, work, now, &local_error);

  if (local_error != NULL ||
      (details_change && !(details = chain_details_entry (self, stored, work, author, now, &local_error))) ||
      (engaged && !(management = chain_management_entry (self, work, cordon_incident_get_lead (work), now, &local_error))) ||
      !write_incident (self, work, &local_error))
    {
      _cordon_workspace_rollback (self);
      g_propagate_error (error, g_steal_pointer (&local_error));
      assign_incident (incident, stored);
      return FALSE;
    }

  if (!_cordon_workspace_commit (self, error))
    {
      assign_incident (incident, stored);
      return FALSE;
    }

  publish_change (self, instance, incident, work, details != NULL ? details : management, TRUE);
  if (details != NULL && management != NULL && _cordon_workspace_emits (self))
    g_signal_emit (self, _cordon_workspace_signals[CORDON_WORKSPACE_SIGNAL_JOURNAL_APPENDED], 0,
                   instance, management);

  return TRUE;
}

/* Sets the timestamps a move stamps; see CordonIncidentTime */
static void
stamp_move (CordonIncident *work,
            CordonPhase     from,
            CordonPhase     to,
            gint64          now)
{
  static const struct {
    CordonPhase phase;
    CordonIncidentTime time;
  } first_entered[] = {
    { CORDON_PHASE_CLASSIFIED, CORDON_INCIDENT_TIME_CLASSIFIED },
    { CORDON_PHASE_ANALYSIS, CORDON_INCIDENT_TIME_ANALYSIS },
    { CORDON_PHASE_CONTAINMENT, CORDON_INCIDENT_TIME_CONTAINMENT },
  };

  if (from == CORDON_PHASE_DETECTED &&
      cordon_incident_get_time (work, CORDON_INCIDENT_TIME_ACKNOWLEDGED) == 0)
    cordon_incident_set_time_usec (work, CORDON_INCIDENT_TIME_ACKNOWLEDGED, now);

  for (guint i = 0; i < G_N_ELEMENTS (first_entered); i++)
    {
      if (to == first_entered[i].phase && cordon_incident_get_time (work, first_entered[i].time) == 0)
        cordon_incident_set_time_usec (work, first_entered[i].time, now);
    }

  if (from == CORDON_PHASE_CONTAINMENT && to == CORDON_PHASE_RECOVERY)
    cordon_incident_set_time_usec (work, CORDON_INCIDENT_TIME_CONTAINED, now);

  if (from == CORDON_PHASE_RECOVERY && to == CORDON_PHASE_LESSONS_LEARNED)
    cordon_incident_set_time_usec (work, CORDON_INCIDENT_TIME_RECOVERED, now);

  if (to == CORDON_PHASE_CLOSED)
    cordon_incident_set_time_usec (work, CORDON_INCIDENT_TIME_CLOSED, now);
  else if (from == CORDON_PHASE_CLOSED)
    cordon_incident_set_time_usec (work, CORDON_INCIDENT_TIME_CLOSED, 0);

  cordon_incident_set_phase (work, to);
  cordon_incident_set_time_usec (work, CORDON_INCIDENT_TIME_UPDATED, now);
}

static gboolean
is_blank_text (const char *text)
{
  for (; text != NULL && *text != '\0'; text = g_utf8_next_char (text))
    {
      if (!g_unichar_isspace (g_utf8_get_char (text)))
        return FALSE;
    }

  return TRUE;
}

/* Moves @incident to @phase. @closure (or -1) says how a close ends the
 * incident; a closure other than resolved ends it from any phase, without
 * the lifecycle's steps. @duplicate_of names the incident it was merged
 * into. */
static gboolean
move_incident (CordonWorkspace  *self,
               CordonIncident   *incident,
               CordonPhase       phase,
               int               closure,
               CordonIncident   *duplicate_of,
               const char       *reason,
               const char       *author,
               GError          **error)
{
  g_autoptr(CordonIncident) work = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *payload = NULL;
  CordonIncident *instance;
  CordonPhase from;
  gint64 now;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(instance = resolve_incident (self, incident, error)))
    return FALSE;

  from = cordon_incident_get_phase (instance);
  if (closure > CORDON_CLOSURE_RESOLVED && from == CORDON_PHASE_CLOSED)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED,
                   _("%s: the incident is closed already"), cordon_incident_get_key (instance));
      return FALSE;
    }
  if (closure > CORDON_CLOSURE_RESOLVED && is_blank_text (reason))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("%s: give a reason for closing the incident as %s"), cordon_incident_get_key (instance),
                   cordon_closure_to_label (closure));
      return FALSE;
    }
  if (closure <= CORDON_CLOSURE_RESOLVED && !cordon_lifecycle_check (from, phase, reason, &local_error))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR,
                   g_error_matches (local_error, CORDON_LIFECYCLE_ERROR, CORDON_LIFECYCLE_ERROR_NO_REASON)
                     ? CORDON_WORKSPACE_ERROR_INVALID : CORDON_WORKSPACE_ERROR_REFUSED,
                   "%s: %s", cordon_incident_get_key (instance), local_error->message);
      return FALSE;
    }

  if (!_cordon_workspace_check_text (_("reason"), reason, TRUE, JOURNAL_TEXT, error) ||
      !_cordon_workspace_check_text (_("author"), author, FALSE, SHORT_TEXT, error))
    return FALSE;

  /* Leaving containment forward means the incident is contained */
  if (closure <= CORDON_CLOSURE_RESOLVED &&
      from == CORDON_PHASE_CONTAINMENT && cordon_lifecycle_is_forward (from, phase) &&
      !_cordon_workspace_check_contained (self, instance, error))
    return FALSE;

  /* Closing needs the lessons-learned review, or a reason to skip it */
  if (closure <= CORDON_CLOSURE_RESOLVED &&
      phase == CORDON_PHASE_CLOSED && !_cordon_workspace_check_reviewed (self, instance, error))
    return FALSE;

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "from");
  json_builder_add_string_value (builder, cordon_phase_to_id (from));
  json_builder_set_member_name (builder, "to");
  json_builder_add_string_value (builder, cordon_phase_to_id (phase));
  if (from == CORDON_PHASE_ANALYSIS && cordon_lifecycle_is_forward (from, phase))
    {
      /* Leaving analysis is the containment-or-recovery decision */
      json_builder_set_member_name (builder, "decision");
      json_builder_add_string_value (builder, cordon_phase_to_id (phase));
    }
  if (closure >= 0)
    {
      json_builder_set_member_name (builder, "closed-as");
      json_builder_add_string_value (builder, cordon_closure_to_id (closure));
    }
  if (duplicate_of != NULL)
    {
      json_builder_set_member_name (builder, "duplicate-of");
      json_builder_add_string_value (builder, cordon_incident_get_key (duplicate_of));
    }
  json_builder_end_object (builder);
  payload = payload_to_string (builder);

  now = _cordon_workspace_now (self);
  work = copy_incident (instance);
  stamp_move (work, from, phase, now);

  if (!_cordon_workspace_begin (self, error))
    return FALSE;

  if (!(entry = chain_entry (self, work, CORDON_JOURNAL_KIND_PHASE_CHANGE, author, reason, payload, now, error)) ||
      !write_incident (self, work, error))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  if (!_cordon_workspace_commit (self, error))
    return FALSE;

  publish_change (self, instance, incident, work, entry, TRUE);

  /* Recovery starts from its checklist: made from the templates when the
   * incident first enters recovery, in its own transaction after the move
   * is safe (a recurrence that reopened containment keeps the one it has) */
  if (phase == CORDON_PHASE_RECOVERY)
    {
      g_autoptr(GListModel) items = cordon_workspace_list_recovery_items (self, instance, NULL);

      if (items != NULL && g_list_model_get_n_items (items) == 0)
        {
          g_autoptr(GListModel) started = NULL;
          g_autoptr(GError) start_error = NULL;

          if (!(started = cordon_workspace_start_checklist (self, instance, author, &start_error)))
            g_warning ("Could not start the recovery checklist of %s: %s",
                       cordon_incident_get_key (instance), start_error->message);
        }
    }

  return TRUE;
}

gboolean
cordon_workspace_move_incident (CordonWorkspace  *self,
                                CordonIncident   *incident,
                                CordonPhase       phase,
                                const char       *reason,
                                const char       *author,
                                GError          **error)
{
  return move_incident (self, incident, phase, -1, NULL, reason, author, error);
}

gboolean
cordon_workspace_close_incident (CordonWorkspace  *self,
                                 CordonIncident   *incident,
                                 CordonClosure     closure,
                                 const char       *reason,
                                 const char       *author,
                                 GError          **error)
{
  g_return_val_if_fail ((guint) closure <= CORDON_CLOSURE_NOT_AN_INCIDENT, FALSE);

  if (closure == CORDON_CLOSURE_DUPLICATE)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("A duplicate is closed by merging it into the incident it repeats"));
      return FALSE;
    }

  return move_incident (self, incident, CORDON_PHASE_CLOSED, closure, NULL, reason, author, error);
}

/* The facts of @from that @into does not know yet, as new facts of @into */
static gboolean
merge_facts (CordonWorkspace  *self,
             CordonIncident   *from,
             CordonIncident   *into,
             guint            *n_merged,
             GError          **error)
{
  g_autoptr(GListModel) theirs = cordon_workspace_list_facts (self, from, error);
  g_autoptr(GListModel) ours = NULL;
  g_autoptr(GHashTable) known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (theirs == NULL || !(ours = cordon_workspace_list_facts (self, into, error)))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (ours); i++)
    {
      g_autoptr(CordonFact) fact = g_list_model_get_item (ours, i);

      g_hash_table_add (known, g_strdup_printf ("%s\x1f%s", cordon_fact_kind_to_id (cordon_fact_get_kind (fact)),
                                                cordon_fact_get_value (fact)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (theirs); i++)
    {
      g_autoptr(CordonFact) fact = g_list_model_get_item (theirs, i);
      g_autofree char *key = g_strdup_printf ("%s\x1f%s", cordon_fact_kind_to_id (cordon_fact_get_kind (fact)),
                                              cordon_fact_get_value (fact));
      g_autoptr(CordonFact) copy = NULL;
      g_autofree char *source = NULL;

      if (g_hash_table_contains (known, key))
        continue;

      copy = cordon_fact_new ();
      cordon_fact_set_kind (copy, cordon_fact_get_kind (fact));
      cordon_fact_set_value (copy, cordon_fact_get_value (fact));
      /* Translators: the source of a fact merged from a duplicate: its source, then the duplicate's key */
      source = cordon_fact_get_source (fact)[0] != '\0'
                 ? g_strdup_printf (_("%s (from %s)"), cordon_fact_get_source (fact), cordon_incident_get_key (from))
                 : g_strdup_printf (_("From %s"), cordon_incident_get_key (from));
      cordon_fact_set_source (copy, source);
      cordon_fact_set_tlp (copy, cordon_fact_get_tlp (fact));
      cordon_fact_set_is_ioc (copy, cordon_fact_get_is_ioc (fact));
      cordon_fact_set_added (copy, cordon_fact_get_added (fact));
      if (!cordon_workspace_add_fact (self, into, copy, error))
        return FALSE;
      g_hash_table_add (known, g_steal_pointer (&key));
      (*n_merged)++;
    }

  return TRUE;
}

/* What the target's journal keeps of a merged duplicate: its key, title,
 * the range of its journal, and its evidence items (which stay in its own
 * register, so that their chain of custody is not rewritten) */
static char *
merge_payload (CordonWorkspace *self,
               CordonIncident  *from,
               guint            n_facts)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GListModel) evidence = cordon_workspace_list_evidence (self, from, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "merged");
  json_builder_add_string_value (builder, cordon_incident_get_key (from));
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, cordon_incident_get_title (from));
  json_builder_set_member_name (builder, "journal-entries");
  json_builder_add_int_value (builder, cordon_incident_get_journal_count (from));
  json_builder_set_member_name (builder, "journal-head");
  json_builder_add_string_value (builder, cordon_incident_get_journal_head (from));
  json_builder_set_member_name (builder, "facts");
  json_builder_add_int_value (builder, n_facts);
  json_builder_set_member_name (builder, "evidence");
  json_builder_begin_array (builder);
  for (guint i = 0; evidence != NULL && i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(CordonEvidenceItem) item = g_list_model_get_item (evidence, i);

      json_builder_add_string_value (builder, cordon_evidence_item_get_label (item));
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return payload_to_string (builder);
}

gboolean
cordon_workspace_merge_incident (CordonWorkspace  *self,
                                 CordonIncident   *duplicate,
                                 CordonIncident   *into,
                                 const char       *reason,
                                 const char       *author,
                                 GError          **error)
{
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autofree char *payload = NULL;
  g_autofree char *text = NULL;
  CordonIncident *from;
  CordonIncident *target;
  guint n_facts = 0;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (duplicate), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (into), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(from = resolve_incident (self, duplicate, error)) ||
      !(target = resolve_incident (self, into, error)))
    return FALSE;

  if (cordon_incident_get_id (from) == cordon_incident_get_id (target))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("%s cannot be merged into itself"), cordon_incident_get_key (from));
      return FALSE;
    }
  if (cordon_incident_get_exercise (from) != cordon_incident_get_exercise (target))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED,
                   _("%s and %s are not both exercises or both real incidents"),
                   cordon_incident_get_key (from), cordon_incident_get_key (target));
      return FALSE;
    }
  if (is_blank_text (reason))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("%s: give a reason for merging it into %s"),
                   cordon_incident_get_key (from), cordon_incident_get_key (target));
      return FALSE;
    }
  if (!_cordon_workspace_check_text (_("reason"), reason, TRUE, JOURNAL_TEXT, error) ||
      !_cordon_workspace_check_text (_("author"), author, FALSE, SHORT_TEXT, error))
    return FALSE;

  /* One transaction: the facts copied, the target's note, the close */
  if (!cordon_workspace_begin_bulk (self, error))
    return FALSE;

  if (!merge_facts (self, from, target, &n_facts, error))
    {
      cordon_workspace_rollback_bulk (self);
      return FALSE;
    }

  payload = merge_payload (self, from, n_facts);
  /* Translators: a journal note of the incident a duplicate was merged into */
  text = g_strdup_printf (_("Merged %s “%s” into this incident: %s"),
                          cordon_incident_get_key (from), cordon_incident_get_title (from), reason);
  if (!(entry = cordon_workspace_append_journal (self, target, CORDON_JOURNAL_KIND_DECISION, author, text, payload, error)) ||
      !move_incident (self, from, CORDON_PHASE_CLOSED, CORDON_CLOSURE_DUPLICATE, target, reason, author, error))
    {
      cordon_workspace_rollback_bulk (self);
      return FALSE;
    }

  return cordon_workspace_commit_bulk (self, error);
}

/* How the last close of an incident ended: the newest phase change */
static const char sql_select_closure[] =
  "SELECT json_extract (payload, '$.closed-as'), json_extract (payload, '$.duplicate-of')"
  "  FROM journal WHERE incident_id = ?1 AND kind = 'phase-change'"
  "  ORDER BY seq DESC LIMIT 1";

gboolean
cordon_workspace_get_closure (CordonWorkspace  *self,
                              CordonIncident   *incident,
                              CordonClosure    *out_closure,
                              char            **out_duplicate_of,
                              GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  CordonClosure closure = CORDON_CLOSURE_RESOLVED;
  const char *duplicate_of = NULL;
  int rc;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);

  if (out_duplicate_of != NULL)
    *out_duplicate_of = NULL;

  if (cordon_incident_get_phase (incident) != CORDON_PHASE_CLOSED)
    return FALSE;

  if (!(stmt = _cordon_workspace_prepare (self, sql_select_closure, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, cordon_incident_get_id (incident));
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }
  if (rc == SQLITE_ROW)
    {
      /* An unknown closure (from a newer Cordon) reads as resolved */
      cordon_closure_from_id ((const char *) sqlite3_column_text (stmt, 0), &closure);
      duplicate_of = (const char *) sqlite3_column_text (stmt, 1);
    }

  if (out_closure != NULL)
    *out_closure = closure;
  if (out_duplicate_of != NULL)
    *out_duplicate_of = g_strdup (duplicate_of);

  return TRUE;
}

gboolean
cordon_workspace_reclassify (CordonWorkspace  *self,
                             CordonIncident   *incident,
                             const char       *category,
                             const char       *severity,
                             const char       *reason,
                             const char       *author,
                             GError          **error)
{
  g_autoptr(CordonIncident) work = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(CordonJournalEntry) retime = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autofree char *payload = NULL;
  CordonIncident *instance;
  gboolean category_changes;
  gboolean severity_changes;
  gint64 now;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(instance = resolve_incident (self, incident, error)))
    return FALSE;

  if ((category != NULL && !check_taxonomy_id (self, CORDON_TAXONOMY_KIND_CATEGORY, category, TRUE, error)) ||
      (severity != NULL && !check_taxonomy_id (self, CORDON_TAXONOMY_KIND_SEVERITY, severity, TRUE, error)))
    return FALSE;

  category_changes = category != NULL && !g_str_equal (category, cordon_incident_get_category (instance));
  severity_changes = severity != NULL && !g_str_equal (severity, cordon_incident_get_severity (instance));

  if (!category_changes && !severity_changes)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("%s already has that category and severity"), cordon_incident_get_key (instance));
      return FALSE;
    }

  if (!_cordon_workspace_check_text (_("reason"), reason, TRUE, JOURNAL_TEXT, error) ||
      !_cordon_workspace_check_text (_("author"), author, FALSE, SHORT_TEXT, error))
    return FALSE;

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  if (category_changes)
    add_change (builder, "category", cordon_incident_get_category (instance), category);
  if (severity_changes)
    add_change (builder, "severity", cordon_incident_get_severity (instance), severity);
  json_builder_end_object (builder);
  payload = payload_to_string (builder);

  now = _cordon_workspace_now (self);
  work = copy_incident (instance);
  if (category_changes)
    cordon_incident_set_category (work, category);
  if (severity_changes)
    cordon_incident_set_severity (work, severity);
  cordon_incident_set_time_usec (work, CORDON_INCIDENT_TIME_UPDATED, now);

  if (!_cordon_workspace_begin (self, error))
    return FALSE;

  if (!(entry = chain_entry (self, work, CORDON_JOURNAL_KIND_CLASSIFICATION_CHANGE, author,
                             reason, payload, now, error)))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  /* A new severity brings its own SLA policy: say in the same transaction
   * how the open deadlines were re-timed */
  if (severity_changes && cordon_incident_is_open (work))
    {
      g_autofree char *retime_text = NULL;
      g_autofree char *retime_payload = NULL;
      g_autofree char *normalized = NULL;

      _cordon_workspace_describe_retiming (self, work, cordon_incident_get_severity (instance),
                                           severity, now, &retime_text, &retime_payload);
      if (!_cordon_workspace_normalize_payload (retime_payload, &normalized, error) ||
          !(retime = chain_entry (self, work, CORDON_JOURNAL_KIND_SLA_EVENT, author,
                                  retime_text, normalized, now, error)))
        {
          _cordon_workspace_rollback (self);
          return FALSE;
        }
    }

  if (!write_incident (self, work, error))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  if (!_cordon_workspace_commit (self, error))
    return FALSE;

  publish_change (self, instance, incident, work, entry, TRUE);
  if (retime != NULL && _cordon_workspace_emits (self))
    g_signal_emit (self, _cordon_workspace_signals[CORDON_WORKSPACE_SIGNAL_JOURNAL_APPENDED], 0,
                   instance, retime);

  return TRUE;
}

/* SLA pauses ----------------------------------------------------------- */

static gboolean
change_sla_pause (CordonWorkspace  *self,
                  CordonIncident   *incident,
                  gboolean          pause,
                  const char       *reason,
                  const char       *author,
                  GError          **error)
{
  g_autoptr(CordonIncident) work = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autofree char *text = NULL;
  CordonIncident *instance;
  int paused;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(instance = resolve_incident (self, incident, error)) ||
      !_cordon_workspace_check_text (_("reason"), reason, pause, JOURNAL_TEXT, error) ||
      !_cordon_workspace_check_text (_("author"), author, FALSE, SHORT_TEXT, error))
    return FALSE;

  if (!cordon_incident_is_open (instance))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED,
                   _("%s is closed; its SLA no longer runs"), cordon_incident_get_key (instance));
      return FALSE;
    }

  if ((paused = _cordon_workspace_sla_paused (self, cordon_incident_get_id (instance), error)) < 0)
    return FALSE;

  if (pause && paused)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED,
                   _("The SLA of %s is already paused"), cordon_incident_get_key (instance));
      return FALSE;
    }
  if (!pause && !paused)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED,
                   _("The SLA of %s is not paused"), cordon_incident_get_key (instance));
      return FALSE;
    }

  if (pause)
    text = g_strdup_printf (_("SLA paused: %s"), reason);
  else if (reason != NULL && reason[0] != '\0')
    text = g_strdup_printf (_("SLA resumed: %s"), reason);
  else
    text = g_strdup (_("SLA resumed"));

  work = copy_incident (instance);

  if (!_cordon_workspace_begin (self, error))
    return FALSE;

  if (!(entry = chain_entry (self, work, CORDON_JOURNAL_KIND_SLA_EVENT, author, text,
                             pause ? "{\"action\":\"pause\"}" : "{\"action\":\"resume\"}",
                             _cordon_workspace_now (self), error)) ||
      !_cordon_workspace_apply_sla_entry (self, cordon_incident_get_id (work), entry, error) ||
      !write_incident (self, work, error))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  if (!_cordon_workspace_commit (self, error))
    return FALSE;

  publish_change (self, instance, incident, work, entry, FALSE);

  return TRUE;
}

gboolean
cordon_workspace_pause_sla (CordonWorkspace  *self,
                            CordonIncident   *incident,
                            const char       *reason,
                            const char       *author,
                            GError          **error)
{
  return change_sla_pause (self, incident, TRUE, reason, author, error);
}

gboolean
cordon_workspace_resume_sla (CordonWorkspace  *self,
                             CordonIncident   *incident,
                             const char       *reason,
                             const char       *author,
                             GError          **error)
{
  return change_sla_pause (self, incident, FALSE, reason, author, error);
}

/* Engages the first management group when one exists and is not yet
 * engaged; returns whether @work's groups changed. */
static gboolean
engage_management_group (CordonWorkspace  *self,
                         CordonIncident   *work,
                         GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) groups = NULL;

  if (!(stmt = _cordon_workspace_prepare (self, sql_management_group, error)))
    return FALSE;

  if (sqlite3_step (stmt) != SQLITE_ROW ||
      cordon_incident_has_group (work, cordon_column_text (stmt, 0)))
    return FALSE;

  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) cordon_incident_get_groups (work));
  g_strv_builder_add (builder, cordon_column_text (stmt, 0));
  groups = g_strv_builder_end (builder);
  cordon_incident_set_groups (work, (const char * const *) groups);

  return TRUE;
}

gboolean
cordon_workspace_activate_management (CordonWorkspace  *self,
                                      CordonIncident   *incident,
                                      const char       *author,
                                      GError          **error)
{
  g_autoptr(CordonIncident) work = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *payload = NULL;
  CordonIncident *instance;
  gint64 now;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(instance = resolve_incident (self, incident, error)))
    return FALSE;

  if (cordon_incident_get_time (instance, CORDON_INCIDENT_TIME_MANAGEMENT_ACTIVATED) != 0)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED,
                   _("Management is already activated for %s"), cordon_incident_get_key (instance));
      return FALSE;
    }

  if (!_cordon_workspace_check_text (_("author"), author, FALSE, SHORT_TEXT, error))
    return FALSE;

  now = _cordon_workspace_now (self);
  work = copy_incident (instance);
  cordon_incident_set_time_usec (work, CORDON_INCIDENT_TIME_MANAGEMENT_ACTIVATED, now);
  cordon_incident_set_time_usec (work, CORDON_INCIDENT_TIME_UPDATED, now);

  builder = json_builder_new ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "management-activated");
  json_builder_add_boolean_value (builder, TRUE);
  json_builder_set_member_name (builder, "impact");
  json_builder_add_string_value (builder, cordon_incident_get_impact (work));
  json_builder_end_object (builder);
  payload = payload_to_string (builder);

  if (!_cordon_workspace_begin (self, error))
    return FALSE;

  engage_management_group (self, work, &local_error);

  if (local_error != NULL ||
      !(entry = chain_entry (self, work, CORDON_JOURNAL_KIND_DECISION, author,
                             _("Management activated"), payload, now, &local_error)) ||
      !write_incident (self, work, &local_error))
    {
      _cordon_workspace_rollback (self);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!_cordon_workspace_commit (self, error))
    return FALSE;

  publish_change (self, instance, incident, work, entry, TRUE);

  return TRUE;
}

/* Bulk import ----------------------------------------------------------- */

gboolean
cordon_workspace_import_incident (CordonWorkspace  *self,
                                  CordonIncident   *incident,
                                  GError          **error)
{
  g_autoptr(CordonStmt) raise = NULL;
  const char *key;
  gint64 number;
  gint64 now;
  int year;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (self->in_bulk, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  key = cordon_incident_get_key (incident);
  if (!cordon_incident_is_valid_key (key, &year, &number))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("“%s” is not a valid incident key (INC-YYYY-NNNN)"), key);
      return FALSE;
    }

  if (!_cordon_workspace_check_text (_("title"), cordon_incident_get_title (incident),
                                     TRUE, CORDON_WORKSPACE_MAX_TITLE, error) ||
      !_cordon_workspace_check_text (_("summary"), cordon_incident_get_summary (incident),
                                     FALSE, SUMMARY_TEXT, error) ||
      !_cordon_workspace_check_text (_("lead"), cordon_incident_get_lead (incident),
                                     FALSE, SHORT_TEXT, error) ||
      !check_taxonomy_id (self, CORDON_TAXONOMY_KIND_CATEGORY, cordon_incident_get_category (incident), TRUE, error) ||
      !check_taxonomy_id (self, CORDON_TAXONOMY_KIND_SEVERITY, cordon_incident_get_severity (incident), TRUE, error) ||
      !check_taxonomy_id (self, CORDON_TAXONOMY_KIND_IMPACT, cordon_incident_get_impact (incident), FALSE, error))
    {
      g_prefix_error (error, "%s: ", key);
      return FALSE;
    }

  now = _cordon_workspace_now (self);
  if (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_CREATED) == 0)
    cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_CREATED, now);
  if (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_UPDATED) == 0)
    cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_UPDATED, now);
  if (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_DETECTED) == 0)
    cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_DETECTED,
                                   cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_CREATED));

  /* The journal entries rebuild these */
  cordon_incident_set_id (incident, 0);
  cordon_incident_set_journal_count (incident, 0);
  cordon_incident_set_journal_head (incident, NULL);

  if (!insert_incident (self, incident, error))
    return FALSE;

  if (!(raise = _cordon_workspace_prepare (self, sql_raise_key, error)))
    return FALSE;

  sqlite3_bind_int (raise, 1, year);
  sqlite3_bind_int64 (raise, 2, number);
  if (!_cordon_workspace_step_done (self, raise, error))
    return FALSE;

  g_ptr_array_add (self->bulk_dirty, g_object_ref (incident));

  return TRUE;
}

gboolean
cordon_workspace_import_journal_entry (CordonWorkspace     *self,
                                       CordonIncident      *incident,
                                       CordonJournalEntry  *entry,
                                       GError             **error)
{
  g_autofree char *normalized = NULL;
  g_autofree char *hash = NULL;
  const char *key;
  const char *prev;
  const char *given;
  gint64 seq;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (CORDON_IS_JOURNAL_ENTRY (entry), FALSE);
  g_return_val_if_fail (self->in_bulk, FALSE);
  g_return_val_if_fail (cordon_incident_get_id (incident) > 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  key = cordon_incident_get_key (incident);
  seq = cordon_incident_get_journal_count (incident) + 1;
  prev = cordon_incident_get_journal_head (incident);
  if (prev == NULL)
    prev = CORDON_JOURNAL_GENESIS_HASH;

  if (cordon_journal_entry_get_seq (entry) != 0 && cordon_journal_entry_get_seq (entry) != seq)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INTEGRITY,
                   _("%s journal entry %" G_GINT64_FORMAT ": expected entry %" G_GINT64_FORMAT
                     " here, an entry is missing or out of order"),
                   key, cordon_journal_entry_get_seq (entry), seq);
      return FALSE;
    }

  if (cordon_journal_entry_get_time (entry) == NULL)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("%s journal entry %" G_GINT64_FORMAT ": the time is missing"), key, seq);
      return FALSE;
    }

  if (!_cordon_workspace_check_text (_("journal text"), cordon_journal_entry_get_text (entry),
                                     FALSE, JOURNAL_TEXT, error) ||
      !_cordon_workspace_check_text (_("author"), cordon_journal_entry_get_author (entry),
                                     FALSE, SHORT_TEXT, error) ||
      !_cordon_workspace_normalize_payload (cordon_journal_entry_get_payload (entry), &normalized, error))
    {
      g_prefix_error (error, _("%s journal entry %" G_GINT64_FORMAT ": "), key, seq);
      return FALSE;
    }

  given = cordon_journal_entry_get_prev_hash (entry);
  if (given != NULL && !g_str_equal (given, prev))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INTEGRITY,
                   _("%s journal entry %" G_GINT64_FORMAT ": its previous hash does not match the entry before it"),
                   key, seq);
      return FALSE;
    }

  cordon_journal_entry_set_seq (entry, seq);
  cordon_journal_entry_set_payload (entry, normalized);
  hash = cordon_journal_entry_compute_hash (entry, key, prev);

  given = cordon_journal_entry_get_hash (entry);
  if (given != NULL && !g_str_equal (given, hash))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INTEGRITY,
                   _("%s journal entry %" G_GINT64_FORMAT ": hash mismatch, the entry was changed after it was written"),
                   key, seq);
      return FALSE;
    }

  cordon_journal_entry_set_prev_hash (entry, prev);
  cordon_journal_entry_set_hash (entry, hash);

  if (!insert_entry (self, incident, entry, error) ||
      !_cordon_workspace_append_ledger (self, incident, entry, error) ||
      !_cordon_workspace_apply_sla_entry (self, cordon_incident_get_id (incident), entry, error))
    return FALSE;

  cordon_incident_set_journal_count (incident, seq);
  cordon_incident_set_journal_head (incident, hash);

  return TRUE;
}

gboolean
_cordon_workspace_flush_bulk (CordonWorkspace  *self,
                              GError          **error)
{
  for (guint i = 0; i < self->bulk_dirty->len; i++)
    {
      CordonIncident *incident = g_ptr_array_index (self->bulk_dirty, i);
      g_autoptr(CordonStmt) stmt = NULL;

      if (!(stmt = _cordon_workspace_prepare (self, sql_update_chain_head, error)))
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, cordon_incident_get_journal_count (incident));
      cordon_bind_nullable_text (stmt, 2, cordon_incident_get_journal_head (incident));
      sqlite3_bind_int64 (stmt, 3, cordon_incident_get_id (incident));

      if (!_cordon_workspace_step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Verification ---------------------------------------------------------- */

static gboolean
integrity_error (GError     **error,
                 const char  *key,
                 gint64       seq,
                 const char  *what)
{
  g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INTEGRITY,
               _("%s journal entry %" G_GINT64_FORMAT ": %s"), key, seq, what);
  return FALSE;
}

/* Walks the incidents and the journal side by side, both ordered by
 * incident, recomputing each chain. */
gboolean
_cordon_workspace_verify_chains (CordonWorkspace  *self,
                                 guint64          *n_incidents,
                                 guint64          *n_entries,
                                 GError          **error)
{
  g_autoptr(CordonStmt) heads = NULL;
  g_autoptr(CordonStmt) rows = NULL;
  g_autoptr(CordonJournalEntry) entry = cordon_journal_entry_new ();
  guint64 incidents_checked = 0;
  guint64 entries_checked = 0;
  gboolean have_row;
  int rc;

  if (!(heads = _cordon_workspace_prepare (self, sql_select_chain_heads, error)) ||
      !(rows = _cordon_workspace_prepare (self, sql_select_all_journal, error)))
    return FALSE;

  have_row = sqlite3_step (rows) == SQLITE_ROW;

  while ((rc = sqlite3_step (heads)) == SQLITE_ROW)
    {
      gint64 incident_id = sqlite3_column_int64 (heads, 0);
      g_autofree char *key = g_strdup (cordon_column_text (heads, 1));
      gint64 recorded_count = sqlite3_column_int64 (heads, 2);
      const char *recorded_head = cordon_column_nullable_text (heads, 3);
      g_autofree char *prev = g_strdup (CORDON_JOURNAL_GENESIS_HASH);
      gint64 expected = 1;

      if (have_row && sqlite3_column_int64 (rows, 1) < incident_id)
        return integrity_error (error, "?", sqlite3_column_int64 (rows, 2),
                                _("the entry belongs to no incident"));

      while (have_row && sqlite3_column_int64 (rows, 1) == incident_id)
        {
          g_autofree char *problem = journal_row_problem (rows);
          g_autoptr(GDateTime) time = NULL;
          CordonJournalKind kind = CORDON_JOURNAL_KIND_NOTE;
          gint64 seq = sqlite3_column_int64 (rows, 2);
          g_autofree char *hash = NULL;

          if (seq != expected)
            return integrity_error (error, key, expected, _("the entry is missing"));

          if (problem != NULL)
            return integrity_error (error, key, seq, problem);

          time = cordon_time_to_date_time (sqlite3_column_int64 (rows, 5));

          if (!cordon_journal_kind_from_id (cordon_column_text (rows, 3), &kind))
            return integrity_error (error, key, seq, _("the entry has an unknown kind"));

          cordon_journal_entry_set_seq (entry, seq);
          cordon_journal_entry_set_kind (entry, kind);
          cordon_journal_entry_set_author (entry, cordon_column_text (rows, 4));
          cordon_journal_entry_set_time (entry, time);
          cordon_journal_entry_set_text (entry, cordon_column_text (rows, 6));
          cordon_journal_entry_set_payload (entry, cordon_column_nullable_text (rows, 7));

          if (g_strcmp0 (cordon_column_nullable_text (rows, 8), prev) != 0)
            return integrity_error (error, key, seq,
                                    _("its previous hash does not match the entry before it "
                                      "(an earlier entry was changed or removed)"));

          hash = cordon_journal_entry_compute_hash (entry, key, prev);
          if (g_strcmp0 (cordon_column_nullable_text (rows, 9), hash) != 0)
            return integrity_error (error, key, seq,
                                    _("hash mismatch, the entry was changed after it was written"));

          g_free (prev);
          prev = g_steal_pointer (&hash);
          expected++;
          entries_checked++;
          have_row = sqlite3_step (rows) == SQLITE_ROW;
        }

      if (expected - 1 != recorded_count)
        {
          g_autofree char *what =
            g_strdup_printf (_("count mismatch, the incident records %" G_GINT64_FORMAT
                               " entries but its journal holds %" G_GINT64_FORMAT
                               " (entries were removed)"),
                             recorded_count, expected - 1);
          return integrity_error (error, key, MAX (expected, 1), what);
        }

      if (recorded_count > 0 && g_strcmp0 (recorded_head, prev) != 0)
        return integrity_error (error, key, recorded_count,
                                _("the incident's head hash does not match its last entry"));

      incidents_checked++;
    }

  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }

  if (have_row)
    return integrity_error (error, "?", sqlite3_column_int64 (rows, 2),
                            _("the entry belongs to no incident"));

  if (n_incidents != NULL)
    *n_incidents = incidents_checked;
  if (n_entries != NULL)
    *n_entries = entries_checked;

  return TRUE;
}
