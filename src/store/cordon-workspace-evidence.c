/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-workspace-evidence.c: the evidence register of each incident and
 * the chain of custody of each item: items, custody transfers and
 * re-verifications of evidence files.
 *
 * Every row is written together with a journal entry of its incident, in
 * the same transaction, whose payload holds the full record (see
 * record_to_payload()): the journal's hash chain then covers the register.
 * Each row keeps the number of that entry (journal_seq), and verify
 * rebuilds the record from the row and compares it with the entry, so an
 * edit of these tables is caught even though the rows themselves are not
 * hashed. Nothing here is ever updated or deleted.
 */

#define G_LOG_DOMAIN "cordon-workspace"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "cordon-time.h"
#include "cordon-workspace-private.h"

#define SHORT_TEXT 500
#define LONG_TEXT 4000

#define ITEM_COLUMNS \
  "incident_id, number, kind, description, source_host, source_location, collected_by," \
  " collected, storage, file_path, size, sha256, journal_seq"

/* The holder is the receiver of the last transfer, or the collector */
#define ITEM_SELECT \
  "SELECT id, " ITEM_COLUMNS "," \
  " coalesce ((SELECT to_holder FROM custody_transfers t WHERE t.item_id = evidence_items.id" \
  "            ORDER BY number DESC LIMIT 1), collected_by)" \
  " FROM evidence_items"

static const char sql_select_items[] =
  ITEM_SELECT " WHERE incident_id = ?1 ORDER BY number";
static const char sql_select_item_by_number[] =
  ITEM_SELECT " WHERE incident_id = ?1 AND number = ?2";
static const char sql_select_item[] =
  ITEM_SELECT " WHERE id = ?1";
static const char sql_insert_item[] =
  "INSERT INTO evidence_items (" ITEM_COLUMNS ")"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";
static const char sql_next_item_number[] =
  "SELECT coalesce (max (number), 0) + 1 FROM evidence_items WHERE incident_id = ?1";
static const char sql_count_items[] =
  "SELECT count(*) FROM evidence_items WHERE incident_id = ?1";

#define TRANSFER_COLUMNS \
  "item_id, number, from_holder, to_holder, time, purpose, location, author, journal_seq"

static const char sql_select_transfers[] =
  "SELECT id, " TRANSFER_COLUMNS " FROM custody_transfers WHERE item_id = ?1 ORDER BY number";
static const char sql_insert_transfer[] =
  "INSERT INTO custody_transfers (" TRANSFER_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
static const char sql_last_transfer[] =
  "SELECT coalesce (max (number), 0), max (time) FROM custody_transfers WHERE item_id = ?1";

#define CHECK_COLUMNS "item_id, number, time, checked_by, sha256, result, journal_seq"

static const char sql_select_checks[] =
  "SELECT id, " CHECK_COLUMNS " FROM evidence_checks WHERE item_id = ?1 ORDER BY number";
static const char sql_insert_check[] =
  "INSERT INTO evidence_checks (" CHECK_COLUMNS ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
static const char sql_next_check_number[] =
  "SELECT coalesce (max (number), 0) + 1 FROM evidence_checks WHERE item_id = ?1";

/* Verification: every row beside the journal entry that recorded it */
static const char sql_verify_items[] =
  "SELECT e.id, e.incident_id, e.number, e.kind, e.description, e.source_host, e.source_location,"
  " e.collected_by, e.collected, e.storage, e.file_path, e.size, e.sha256, e.journal_seq,"
  " i.key, j.kind, j.payload"
  " FROM evidence_items e JOIN incidents i ON i.id = e.incident_id"
  " LEFT JOIN journal j ON j.incident_id = e.incident_id AND j.seq = e.journal_seq"
  " ORDER BY e.id";
static const char sql_verify_transfers[] =
  "SELECT t.id, t.item_id, t.number, t.from_holder, t.to_holder, t.time, t.purpose, t.location,"
  " t.author, t.journal_seq, e.number, i.key, j.kind, j.payload"
  " FROM custody_transfers t JOIN evidence_items e ON e.id = t.item_id"
  " JOIN incidents i ON i.id = e.incident_id"
  " LEFT JOIN journal j ON j.incident_id = e.incident_id AND j.seq = t.journal_seq"
  " ORDER BY t.id";
static const char sql_verify_checks[] =
  "SELECT c.id, c.item_id, c.number, c.time, c.checked_by, c.sha256, c.result, c.journal_seq,"
  " e.number, i.key, j.kind, j.payload"
  " FROM evidence_checks c JOIN evidence_items e ON e.id = c.item_id"
  " JOIN incidents i ON i.id = e.incident_id"
  " LEFT JOIN journal j ON j.incident_id = e.incident_id AND j.seq = c.journal_seq"
  " ORDER BY c.id";
static const char sql_verify_orphans[] =
  "SELECT i.key, j.seq FROM journal j JOIN incidents i ON i.id = j.incident_id"
  " WHERE j.kind IN ('evidence', 'custody')"
  " AND NOT EXISTS (SELECT 1 FROM evidence_items e"
  "                 WHERE e.incident_id = j.incident_id AND e.journal_seq = j.seq)"
  " AND NOT EXISTS (SELECT 1 FROM custody_transfers t JOIN evidence_items e ON e.id = t.item_id"
  "                 WHERE e.incident_id = j.incident_id AND t.journal_seq = j.seq)"
  " AND NOT EXISTS (SELECT 1 FROM evidence_checks c JOIN evidence_items e ON e.id = c.item_id"
  "                 WHERE e.incident_id = j.incident_id AND c.journal_seq = j.seq)"
  " ORDER BY j.incident_id, j.seq LIMIT 1";

/* Which record a journal payload carries */
#define MEMBER_ITEM     "evidence-item"
#define MEMBER_TRANSFER "custody-transfer"
#define MEMBER_CHECK    "evidence-check"

/* Records ------------------------------------------------------------ */

static void
add_time (JsonBuilder *builder,
          const char  *name,
          gint64       usec)
{
  char text[CORDON_TIME_ISO8601_SIZE];

  cordon_time_format_iso8601 (usec, text);
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, text);
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value != NULL ? value : "");
}

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

/* The journal payload that records a row: {"<member>": {record}} in
 * compact form with members in a fixed order, so the text made when the
 * row was written and the text made from the row later compare equal. */
static char *
finish_payload (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_end_object (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

static JsonBuilder *
begin_payload (const char *member)
{
  JsonBuilder *builder = json_builder_new ();

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, member);
  json_builder_begin_object (builder);

  return builder;
}

static char *
item_payload (CordonEvidenceItem *item)
{
  g_autoptr(JsonBuilder) builder = begin_payload (MEMBER_ITEM);

  add_int (builder, "number", cordon_evidence_item_get_number (item));
  add_string (builder, "kind", cordon_evidence_kind_to_id (cordon_evidence_item_get_kind (item)));
  add_string (builder, "description", cordon_evidence_item_get_description (item));
  add_string (builder, "source-host", cordon_evidence_item_get_source_host (item));
  add_string (builder, "source-location", cordon_evidence_item_get_source_location (item));
  add_string (builder, "collected-by", cordon_evidence_item_get_collected_by (item));
  add_time (builder, "collected", cordon_time_from_date_time (cordon_evidence_item_get_collected (item)));
  add_string (builder, "storage", cordon_evidence_item_get_storage (item));
  add_string (builder, "file-path", cordon_evidence_item_get_file_path (item));
  add_int (builder, "size", cordon_evidence_item_get_size (item));
  add_string (builder, "sha256", cordon_evidence_item_get_sha256 (item));

  return finish_payload (builder);
}

static char *
transfer_payload (CordonCustodyTransfer *transfer,
                  gint64                 item_number)
{
  g_autoptr(JsonBuilder) builder = begin_payload (MEMBER_TRANSFER);

  add_int (builder, "item", item_number);
  add_int (builder, "number", cordon_custody_transfer_get_number (transfer));
  add_string (builder, "from", cordon_custody_transfer_get_from (transfer));
  add_string (builder, "to", cordon_custody_transfer_get_to (transfer));
  add_time (builder, "time", cordon_time_from_date_time (cordon_custody_transfer_get_time (transfer)));
  add_string (builder, "purpose", cordon_custody_transfer_get_purpose (transfer));
  add_string (builder, "location", cordon_custody_transfer_get_location (transfer));
  add_string (builder, "author", cordon_custody_transfer_get_author (transfer));

  return finish_payload (builder);
}

static char *
check_payload (CordonEvidenceCheck *check,
               gint64               item_number)
{
  g_autoptr(JsonBuilder) builder = begin_payload (MEMBER_CHECK);

  add_int (builder, "item", item_number);
  add_int (builder, "number", cordon_evidence_check_get_number (check));
  add_time (builder, "time", cordon_time_from_date_time (cordon_evidence_check_get_time (check)));
  add_string (builder, "checked-by", cordon_evidence_check_get_checked_by (check));
  add_string (builder, "sha256", cordon_evidence_check_get_sha256 (check));
  add_string (builder, "result", cordon_evidence_check_result_to_id (cordon_evidence_check_get_result (check)));

  return finish_payload (builder);
}

/* Rows --------------------------------------------------------------- */

static void
set_time_column (GObject    *object,
                 const char *property,
                 CordonStmt *stmt,
                 int         index)
{
  g_autoptr(GDateTime) time = cordon_time_to_date_time (sqlite3_column_int64 (stmt, index));

  g_object_set (object, property, time, NULL);
}

/* Columns from @first: ITEM_COLUMNS */
static CordonEvidenceItem *
item_from_row (CordonStmt *stmt,
               int         first,
               const char *incident_key)
{
  CordonEvidenceItem *item = cordon_evidence_item_new ();
  CordonEvidenceKind kind = CORDON_EVIDENCE_KIND_ELECTRONIC;
  g_autofree char *label = NULL;

  cordon_evidence_kind_from_id (cordon_column_text (stmt, first + 2), &kind);
  cordon_evidence_item_set_incident_id (item, sqlite3_column_int64 (stmt, first));
  cordon_evidence_item_set_number (item, sqlite3_column_int64 (stmt, first + 1));
  cordon_evidence_item_set_kind (item, kind);
  cordon_evidence_item_set_description (item, cordon_column_text (stmt, first + 3));
  cordon_evidence_item_set_source_host (item, cordon_column_text (stmt, first + 4));
  cordon_evidence_item_set_source_location (item, cordon_column_text (stmt, first + 5));
  cordon_evidence_item_set_collected_by (item, cordon_column_text (stmt, first + 6));
  set_time_column (G_OBJECT (item), "collected", stmt, first + 7);
  cordon_evidence_item_set_storage (item, cordon_column_text (stmt, first + 8));
  cordon_evidence_item_set_file_path (item, cordon_column_text (stmt, first + 9));
  cordon_evidence_item_set_size (item, MAX (sqlite3_column_int64 (stmt, first + 10), 0));
  cordon_evidence_item_set_sha256 (item, cordon_column_text (stmt, first + 11));
  cordon_evidence_item_set_journal_seq (item, MAX (sqlite3_column_int64 (stmt, first + 12), 0));

  if (incident_key != NULL)
    {
      label = cordon_evidence_item_format_label (incident_key, cordon_evidence_item_get_number (item));
      cordon_evidence_item_set_label (item, label);
    }

  return item;
}

static void
bind_item (CordonStmt         *stmt,
           CordonEvidenceItem *item)
{
  sqlite3_bind_int64 (stmt, 1, cordon_evidence_item_get_incident_id (item));
  sqlite3_bind_int64 (stmt, 2, cordon_evidence_item_get_number (item));
  cordon_bind_text (stmt, 3, cordon_evidence_kind_to_id (cordon_evidence_item_get_kind (item)));
  cordon_bind_text (stmt, 4, cordon_evidence_item_get_description (item));
  cordon_bind_text (stmt, 5, cordon_evidence_item_get_source_host (item));
  cordon_bind_text (stmt, 6, cordon_evidence_item_get_source_location (item));
  cordon_bind_text (stmt, 7, cordon_evidence_item_get_collected_by (item));
  sqlite3_bind_int64 (stmt, 8, cordon_time_from_date_time (cordon_evidence_item_get_collected (item)));
  cordon_bind_text (stmt, 9, cordon_evidence_item_get_storage (item));
  cordon_bind_text (stmt, 10, cordon_evidence_item_get_file_path (item));
  sqlite3_bind_int64 (stmt, 11, cordon_evidence_item_get_size (item));
  cordon_bind_text (stmt, 12, cordon_evidence_item_get_sha256 (item));
  sqlite3_bind_int64 (stmt, 13, cordon_evidence_item_get_journal_seq (item));
}

/* Columns from @first: TRANSFER_COLUMNS */
static CordonCustodyTransfer *
transfer_from_row (CordonStmt *stmt,
                   int         first)
{
  CordonCustodyTransfer *transfer = cordon_custody_transfer_new ();

  cordon_custody_transfer_set_item_id (transfer, sqlite3_column_int64 (stmt, first));
  cordon_custody_transfer_set_number (transfer, sqlite3_column_int64 (stmt, first + 1));
  cordon_custody_transfer_set_from (transfer, cordon_column_text (stmt, first + 2));
  cordon_custody_transfer_set_to (transfer, cordon_column_text (stmt, first + 3));
  set_time_column (G_OBJECT (transfer), "time", stmt, first + 4);
  cordon_custody_transfer_set_purpose (transfer, cordon_column_text (stmt, first + 5));
  cordon_custody_transfer_set_location (transfer, cordon_column_text (stmt, first + 6));
  cordon_custody_transfer_set_author (transfer, cordon_column_text (stmt, first + 7));
  cordon_custody_transfer_set_journal_seq (transfer, MAX (sqlite3_column_int64 (stmt, first + 8), 0));

  return transfer;
}

static void
bind_transfer (CordonStmt            *stmt,
               CordonCustodyTransfer *transfer)
{
  sqlite3_bind_int64 (stmt, 1, cordon_custody_transfer_get_item_id (transfer));
  sqlite3_bind_int64 (stmt, 2, cordon_custody_transfer_get_number (transfer));
  cordon_bind_text (stmt, 3, cordon_custody_transfer_get_from (transfer));
  cordon_bind_text (stmt, 4, cordon_custody_transfer_get_to (transfer));
  sqlite3_bind_int64 (stmt, 5, cordon_time_from_date_time (cordon_custody_transfer_get_time (transfer)));
  cordon_bind_text (stmt, 6, cordon_custody_transfer_get_purpose (transfer));
  cordon_bind_text (stmt, 7, cordon_custody_transfer_get_location (transfer));
  cordon_bind_text (stmt, 8, cordon_custody_transfer_get_author (transfer));
  sqlite3_bind_int64 (stmt, 9, cordon_custody_transfer_get_journal_seq (transfer));
}

/* Columns from @first: CHECK_COLUMNS */
static CordonEvidenceCheck *
check_from_row (CordonStmt *stmt,
                int         first)
{
  CordonEvidenceCheck *check = cordon_evidence_check_new ();
  CordonEvidenceCheckResult result = CORDON_EVIDENCE_CHECK_RESULT_MISMATCH;

  cordon_evidence_check_result_from_id (cordon_column_text (stmt, first + 5), &result);
  cordon_evidence_check_set_item_id (check, sqlite3_column_int64 (stmt, first));
  cordon_evidence_check_set_number (check, sqlite3_column_int64 (stmt, first + 1));
  set_time_column (G_OBJECT (check), "time", stmt, first + 2);
  cordon_evidence_check_set_checked_by (check, cordon_column_text (stmt, first + 3));
  cordon_evidence_check_set_sha256 (check, cordon_column_text (stmt, first + 4));
  cordon_evidence_check_set_result (check, result);
  cordon_evidence_check_set_journal_seq (check, MAX (sqlite3_column_int64 (stmt, first + 6), 0));

  return check;
}

/* The rows the list functions read: the id first, then the record, and
 * for an item its current holder after it */
static gpointer
listed_item (CordonStmt *stmt,
             gpointer    incident_key)
{
  CordonEvidenceItem *item = item_from_row (stmt, 1, incident_key);

  cordon_evidence_item_set_id (item, sqlite3_column_int64 (stmt, 0));
  cordon_evidence_item_set_holder (item, cordon_column_text (stmt, 14));

  return item;
}

static gpointer
listed_transfer (CordonStmt *stmt,
                 gpointer    user_data)
{
  CordonCustodyTransfer *transfer = transfer_from_row (stmt, 1);

  cordon_custody_transfer_set_id (transfer, sqlite3_column_int64 (stmt, 0));

  return transfer;
}

static gpointer
listed_check (CordonStmt *stmt,
              gpointer    user_data)
{
  CordonEvidenceCheck *check = check_from_row (stmt, 1);

  cordon_evidence_check_set_id (check, sqlite3_column_int64 (stmt, 0));

  return check;
}

static void
bind_check (CordonStmt          *stmt,
            CordonEvidenceCheck *check)
{
  sqlite3_bind_int64 (stmt, 1, cordon_evidence_check_get_item_id (check));
  sqlite3_bind_int64 (stmt, 2, cordon_evidence_check_get_number (check));
  sqlite3_bind_int64 (stmt, 3, cordon_time_from_date_time (cordon_evidence_check_get_time (check)));
  cordon_bind_text (stmt, 4, cordon_evidence_check_get_checked_by (check));
  cordon_bind_text (stmt, 5, cordon_evidence_check_get_sha256 (check));
  cordon_bind_text (stmt, 6, cordon_evidence_check_result_to_id (cordon_evidence_check_get_result (check)));
  sqlite3_bind_int64 (stmt, 7, cordon_evidence_check_get_journal_seq (check));
}

static gboolean
insert_row (CordonWorkspace  *self,
            const char       *sql,
            GObject          *record,
            GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  if (!(stmt = _cordon_workspace_prepare (self, sql, error)))
    return FALSE;

  if (CORDON_IS_EVIDENCE_ITEM (record))
    bind_item (stmt, CORDON_EVIDENCE_ITEM (record));
  else if (CORDON_IS_CUSTODY_TRANSFER (record))
    bind_transfer (stmt, CORDON_CUSTODY_TRANSFER (record));
  else
    bind_check (stmt, CORDON_EVIDENCE_CHECK (record));

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }

  g_object_set (record, "id", (gint64) sqlite3_last_insert_rowid (self->db), NULL);

  return TRUE;
}

static gint64
query_number (CordonWorkspace  *self,
              const char       *sql,
              gint64            id,
              GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  if (!(stmt = _cordon_workspace_prepare (self, sql, error)))
    return -1;

  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

static gboolean
is_sha256 (const char *text)
{
  if (text == NULL || strlen (text) != 64)
    return FALSE;

  for (guint i = 0; i < 64; i++)
    {
      if (!g_ascii_isxdigit (text[i]) || g_ascii_isupper (text[i]))
        return FALSE;
    }

  return TRUE;
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

/* Checks ------------------------------------------------------------- */

static gboolean
check_item (CordonEvidenceItem  *item,
            GError             **error)
{
  CordonEvidenceKind kind = cordon_evidence_item_get_kind (item);
  const char *sha256 = cordon_evidence_item_get_sha256 (item);

  if (!_cordon_workspace_check_text (_("description"), cordon_evidence_item_get_description (item),
                                     TRUE, LONG_TEXT, error) ||
      !_cordon_workspace_check_text (_("collector"), cordon_evidence_item_get_collected_by (item),
                                     TRUE, SHORT_TEXT, error) ||
      !_cordon_workspace_check_text (_("source host"), cordon_evidence_item_get_source_host (item),
                                     FALSE, SHORT_TEXT, error) ||
      !_cordon_workspace_check_text (_("source location"), cordon_evidence_item_get_source_location (item),
                                     FALSE, SHORT_TEXT, error) ||
      !_cordon_workspace_check_text (_("storage location"), cordon_evidence_item_get_storage (item),
                                     FALSE, SHORT_TEXT, error) ||
      !_cordon_workspace_check_text (_("file path"), cordon_evidence_item_get_file_path (item),
                                     FALSE, LONG_TEXT, error))
    return FALSE;

  if (kind == CORDON_EVIDENCE_KIND_ELECTRONIC && !is_sha256 (sha256))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("An electronic evidence item needs the SHA-256 of its file "
                     "(64 lower-case hex digits), not “%s”"), sha256);
      return FALSE;
    }

  if (kind == CORDON_EVIDENCE_KIND_PHYSICAL && sha256[0] != '\0')
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("A physical evidence item has no file hash"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_transfer (CordonCustodyTransfer  *transfer,
                GError                **error)
{
  return _cordon_workspace_check_text (_("receiver"), cordon_custody_transfer_get_to (transfer),
                                       TRUE, SHORT_TEXT, error) &&
         _cordon_workspace_check_text (_("giver"), cordon_custody_transfer_get_from (transfer),
                                       TRUE, SHORT_TEXT, error) &&
         _cordon_workspace_check_text (_("purpose"), cordon_custody_transfer_get_purpose (transfer),
                                       TRUE, LONG_TEXT, error) &&
         _cordon_workspace_check_text (_("location"), cordon_custody_transfer_get_location (transfer),
                                       FALSE, SHORT_TEXT, error) &&
         _cordon_workspace_check_text (_("author"), cordon_custody_transfer_get_author (transfer),
                                       FALSE, SHORT_TEXT, error);
}

/* Reading ------------------------------------------------------------- */

static CordonEvidenceItem *
read_item (CordonWorkspace  *self,
           const char       *sql,
           gint64            id,
           gint64            number,
           const char       *incident_key,
           GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  int rc;

  if (!(stmt = _cordon_workspace_prepare (self, sql, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, id);
  if (number > 0)
    sqlite3_bind_int64 (stmt, 2, number);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      CordonEvidenceItem *item = item_from_row (stmt, 1, incident_key);

      cordon_evidence_item_set_id (item, sqlite3_column_int64 (stmt, 0));
      cordon_evidence_item_set_holder (item, cordon_column_text (stmt, 14));
      return item;
    }

  if (rc != SQLITE_DONE)
    _cordon_workspace_set_sqlite_error (self, error);
  else
    g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                 _("No such evidence item"));

  return NULL;
}

static CordonIncident *
item_incident (CordonWorkspace     *self,
               CordonEvidenceItem  *item,
               GError             **error)
{
  CordonIncident *incident;

  if (!_cordon_workspace_ensure_incidents (self, error))
    return NULL;

  incident = g_hash_table_lookup (self->incidents_by_id,
                                  CORDON_ID_KEY (cordon_evidence_item_get_incident_id (item)));
  if (incident == NULL)
    g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                 _("The evidence item %s belongs to no incident of this workspace"),
                 cordon_evidence_item_get_label (item));

  return incident;
}

/* Re-reads a stored item, so that a caller's stale or edited copy cannot
 * slip into a transfer or check */
static CordonEvidenceItem *
reread_item (CordonWorkspace     *self,
             CordonEvidenceItem  *item,
             CordonIncident     **out_incident,
             GError             **error)
{
  g_autoptr(CordonEvidenceItem) stored = NULL;
  CordonIncident *incident;

  if (cordon_evidence_item_get_id (item) <= 0)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                   _("The evidence item is not stored in this workspace"));
      return NULL;
    }

  if (!(stored = read_item (self, sql_select_item, cordon_evidence_item_get_id (item), 0, NULL, error)) ||
      !(incident = item_incident (self, stored, error)))
    return NULL;

  {
    g_autofree char *label = cordon_evidence_item_format_label (cordon_incident_get_key (incident),
                                                                cordon_evidence_item_get_number (stored));
    cordon_evidence_item_set_label (stored, label);
  }

  *out_incident = incident;

  return g_steal_pointer (&stored);
}

GListModel *
cordon_workspace_list_evidence (CordonWorkspace  *self,
                                CordonIncident   *incident,
                                GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);

  if (!(stmt = _cordon_workspace_prepare (self, sql_select_items, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, cordon_incident_get_id (incident));

  return _cordon_workspace_collect_rows (self, stmt, CORDON_TYPE_EVIDENCE_ITEM, listed_item,
                                         (gpointer) cordon_incident_get_key (incident), error);
}

CordonEvidenceItem *
cordon_workspace_lookup_evidence (CordonWorkspace  *self,
                                  const char       *label,
                                  GError          **error)
{
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *key = NULL;
  CordonEvidenceItem *item;
  gint64 number;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!cordon_evidence_item_parse_label (label, &key, &number))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("“%s” is not an evidence item id (INC-YYYY-NNNN-E<number>)"), label != NULL ? label : "");
      return NULL;
    }

  if (!(incident = cordon_workspace_lookup_incident (self, key, &local_error)))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                   _("No evidence item %s: %s"), label, local_error->message);
      return NULL;
    }

  item = read_item (self, sql_select_item_by_number, cordon_incident_get_id (incident), number,
                    cordon_incident_get_key (incident), &local_error);
  if (item == NULL)
    {
      if (g_error_matches (local_error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND))
        g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                     _("No evidence item %s: %s has no item %" G_GINT64_FORMAT " in its register"),
                     label, key, number);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
    }

  return item;
}

gboolean
cordon_workspace_count_evidence (CordonWorkspace  *self,
                                 CordonIncident   *incident,
                                 guint            *out_count,
                                 GError          **error)
{
  gint64 n;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);

  if ((n = query_number (self, sql_count_items, cordon_incident_get_id (incident), error)) < 0)
    return FALSE;

  if (out_count != NULL)
    *out_count = (guint) n;

  return TRUE;
}

gboolean
cordon_workspace_incident_has_evidence (CordonWorkspace *self,
                                        CordonIncident  *incident)
{
  g_autoptr(GError) error = NULL;
  guint n = 0;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);

  if (!cordon_workspace_count_evidence (self, incident, &n, &error))
    {
      g_warning ("Cannot count the evidence of %s: %s", cordon_incident_get_key (incident), error->message);
      return FALSE;
    }

  return n > 0;
}

GListModel *
cordon_workspace_list_custody (CordonWorkspace     *self,
                               CordonEvidenceItem  *item,
                               GError             **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (item), NULL);

  if (!(stmt = _cordon_workspace_prepare (self, sql_select_transfers, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, cordon_evidence_item_get_id (item));

  return _cordon_workspace_collect_rows (self, stmt, CORDON_TYPE_CUSTODY_TRANSFER, listed_transfer, NULL, error);
}

GListModel *
cordon_workspace_list_evidence_checks (CordonWorkspace     *self,
                                       CordonEvidenceItem  *item,
                                       GError             **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (item), NULL);

  if (!(stmt = _cordon_workspace_prepare (self, sql_select_checks, error)))
    return NULL;

  sqlite3_bind_int64 (stmt, 1, cordon_evidence_item_get_id (item));

  return _cordon_workspace_collect_rows (self, stmt, CORDON_TYPE_EVIDENCE_CHECK, listed_check, NULL, error);
}

/* Writing ------------------------------------------------------------- */

gboolean
cordon_workspace_add_evidence (CordonWorkspace     *self,
                               CordonIncident      *incident,
                               CordonEvidenceItem  *item,
                               const char          *author,
                               GError             **error)
{
  g_autoptr(CordonEvidenceItem) work = NULL;
  g_autoptr(CordonIncident) incident_work = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autofree char *payload = NULL;
  g_autofree char *text = NULL;
  g_autofree char *label = NULL;
  gint64 number;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (item), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (cordon_incident_get_id (incident) <= 0)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                   _("The incident %s is not stored in this workspace"), cordon_incident_get_key (incident));
      return FALSE;
    }

  if (!check_item (item, error) ||
      !_cordon_workspace_check_text (_("author"), author, FALSE, SHORT_TEXT, error))
    return FALSE;

  /* The caller's object is only written back after the commit */
  work = cordon_evidence_item_new ();
  g_object_freeze_notify (G_OBJECT (work));
  {
    static const char * const copied[] = {
      "kind", "description", "source-host", "source-location", "collected-by", "collected",
      "storage", "file-path", "size", "sha256",
    };

    for (guint i = 0; i < G_N_ELEMENTS (copied); i++)
      {
        g_auto(GValue) value = G_VALUE_INIT;

        g_object_get_property (G_OBJECT (item), copied[i], &value);
        g_object_set_property (G_OBJECT (work), copied[i], &value);
      }
  }
  g_object_thaw_notify (G_OBJECT (work));

  if (cordon_evidence_item_get_collected (work) == NULL)
    {
      g_autoptr(GDateTime) now = cordon_time_to_date_time (_cordon_workspace_now (self));
      cordon_evidence_item_set_collected (work, now);
    }

  if (!_cordon_workspace_begin (self, error))
    return FALSE;

  if ((number = query_number (self, sql_next_item_number, cordon_incident_get_id (incident), error)) < 0)
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  cordon_evidence_item_set_incident_id (work, cordon_incident_get_id (incident));
  cordon_evidence_item_set_number (work, number);
  label = cordon_evidence_item_format_label (cordon_incident_get_key (incident), number);
  cordon_evidence_item_set_label (work, label);
  cordon_evidence_item_set_holder (work, cordon_evidence_item_get_collected_by (work));

  payload = item_payload (work);
  if (cordon_evidence_item_get_kind (work) == CORDON_EVIDENCE_KIND_ELECTRONIC)
    /* TRANSLATORS: a journal entry: the item's id, its description, its collector and its hash */
    text = g_strdup_printf (_("Evidence %s recorded: %s, collected by %s (SHA-256 %s)"),
                            label, cordon_evidence_item_get_description (work),
                            cordon_evidence_item_get_collected_by (work),
                            cordon_evidence_item_get_sha256 (work));
  else
    /* TRANSLATORS: a journal entry: the item's id, its description and its collector */
    text = g_strdup_printf (_("Evidence %s recorded: %s, collected by %s"),
                            label, cordon_evidence_item_get_description (work),
                            cordon_evidence_item_get_collected_by (work));

  if (!(entry = _cordon_workspace_chain_journal (self, incident, CORDON_JOURNAL_KIND_EVIDENCE,
                                                 author, text, payload, &incident_work, error)))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  cordon_evidence_item_set_journal_seq (work, cordon_journal_entry_get_seq (entry));
  if (!insert_row (self, sql_insert_item, G_OBJECT (work), error) ||
      !_cordon_workspace_commit (self, error))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (item));
  cordon_evidence_item_set_id (item, cordon_evidence_item_get_id (work));
  cordon_evidence_item_set_incident_id (item, cordon_evidence_item_get_incident_id (work));
  cordon_evidence_item_set_number (item, number);
  cordon_evidence_item_set_label (item, label);
  cordon_evidence_item_set_collected (item, cordon_evidence_item_get_collected (work));
  cordon_evidence_item_set_holder (item, cordon_evidence_item_get_holder (work));
  cordon_evidence_item_set_journal_seq (item, cordon_evidence_item_get_journal_seq (work));
  g_object_thaw_notify (G_OBJECT (item));

  _cordon_workspace_publish_journal (self, incident_work, entry);
  emit_records_changed (self, cordon_incident_get_id (incident));

  return TRUE;
}

gboolean
cordon_workspace_transfer_custody (CordonWorkspace        *self,
                                   CordonEvidenceItem     *item,
                                   CordonCustodyTransfer  *transfer,
                                   GError                **error)
{
  g_autoptr(CordonEvidenceItem) stored = NULL;
  g_autoptr(CordonCustodyTransfer) work = NULL;
  g_autoptr(CordonIncident) incident_work = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(CordonStmt) last = NULL;
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *payload = NULL;
  g_autofree char *text = NULL;
  CordonIncident *incident;
  const char *holder;
  const char *from;
  gint64 number;
  gint64 after;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (item), FALSE);
  g_return_val_if_fail (CORDON_IS_CUSTODY_TRANSFER (transfer), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(stored = reread_item (self, item, &incident, error)))
    return FALSE;

  holder = cordon_evidence_item_get_holder (stored);
  from = cordon_custody_transfer_get_from (transfer);
  if (from[0] != '\0' && !g_str_equal (from, holder))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("%s is held by %s, not by %s: only its holder can hand it over"),
                   cordon_evidence_item_get_label (stored), holder, from);
      return FALSE;
    }

  work = cordon_custody_transfer_new ();
  cordon_custody_transfer_set_item_id (work, cordon_evidence_item_get_id (stored));
  cordon_custody_transfer_set_from (work, holder);
  cordon_custody_transfer_set_to (work, cordon_custody_transfer_get_to (transfer));
  cordon_custody_transfer_set_purpose (work, cordon_custody_transfer_get_purpose (transfer));
  cordon_custody_transfer_set_location (work, cordon_custody_transfer_get_location (transfer));
  cordon_custody_transfer_set_author (work, cordon_custody_transfer_get_author (transfer));
  if (cordon_custody_transfer_get_time (transfer) != NULL)
    cordon_custody_transfer_set_time (work, cordon_custody_transfer_get_time (transfer));
  else
    {
      time = cordon_time_to_date_time (_cordon_workspace_now (self));
      cordon_custody_transfer_set_time (work, time);
    }

  if (!check_transfer (work, error))
    return FALSE;

  if (g_str_equal (cordon_custody_transfer_get_to (work), holder))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("%s already holds %s"), holder, cordon_evidence_item_get_label (stored));
      return FALSE;
    }

  if (!_cordon_workspace_begin (self, error))
    return FALSE;

  /* A hand-over cannot predate the collection or the hand-over before it */
  if (!(last = _cordon_workspace_prepare (self, sql_last_transfer, error)))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }
  sqlite3_bind_int64 (last, 1, cordon_evidence_item_get_id (stored));
  if (sqlite3_step (last) != SQLITE_ROW)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      g_clear_pointer (&last, cordon_stmt_release);
      _cordon_workspace_rollback (self);
      return FALSE;
    }
  number = sqlite3_column_int64 (last, 0) + 1;
  after = sqlite3_column_type (last, 1) == SQLITE_NULL
    ? cordon_time_from_date_time (cordon_evidence_item_get_collected (stored))
    : sqlite3_column_int64 (last, 1);
  g_clear_pointer (&last, cordon_stmt_release);

  if (cordon_time_from_date_time (cordon_custody_transfer_get_time (work)) < after)
    {
      g_autofree char *when = cordon_time_to_iso8601_compact (after);

      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("A transfer of %s cannot be dated before %s, its collection or previous transfer"),
                   cordon_evidence_item_get_label (stored), when);
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  cordon_custody_transfer_set_number (work, number);
  payload = transfer_payload (work, cordon_evidence_item_get_number (stored));
  /* TRANSLATORS: a journal entry: the item's id, giver, receiver and purpose */
  text = g_strdup_printf (_("Custody of %s handed from %s to %s: %s"),
                          cordon_evidence_item_get_label (stored), holder,
                          cordon_custody_transfer_get_to (work),
                          cordon_custody_transfer_get_purpose (work));

  if (!(entry = _cordon_workspace_chain_journal (self, incident, CORDON_JOURNAL_KIND_CUSTODY,
                                                 cordon_custody_transfer_get_author (work), text, payload,
                                                 &incident_work, error)))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  cordon_custody_transfer_set_journal_seq (work, cordon_journal_entry_get_seq (entry));
  if (!insert_row (self, sql_insert_transfer, G_OBJECT (work), error) ||
      !_cordon_workspace_commit (self, error))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (transfer));
  cordon_custody_transfer_set_id (transfer, cordon_custody_transfer_get_id (work));
  cordon_custody_transfer_set_item_id (transfer, cordon_custody_transfer_get_item_id (work));
  cordon_custody_transfer_set_number (transfer, number);
  cordon_custody_transfer_set_from (transfer, holder);
  cordon_custody_transfer_set_time (transfer, cordon_custody_transfer_get_time (work));
  cordon_custody_transfer_set_journal_seq (transfer, cordon_custody_transfer_get_journal_seq (work));
  g_object_thaw_notify (G_OBJECT (transfer));
  cordon_evidence_item_set_holder (item, cordon_custody_transfer_get_to (work));

  _cordon_workspace_publish_journal (self, incident_work, entry);
  emit_records_changed (self, cordon_incident_get_id (incident));

  return TRUE;
}

CordonEvidenceCheck *
cordon_workspace_record_evidence_check (CordonWorkspace     *self,
                                        CordonEvidenceItem  *item,
                                        const char          *sha256,
                                        const char          *checked_by,
                                        GError             **error)
{
  g_autoptr(CordonEvidenceItem) stored = NULL;
  g_autoptr(CordonEvidenceCheck) check = NULL;
  g_autoptr(CordonIncident) incident_work = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *payload = NULL;
  g_autofree char *text = NULL;
  CordonIncident *incident;
  CordonEvidenceCheckResult result;
  gint64 number;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (item), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(stored = reread_item (self, item, &incident, error)))
    return NULL;

  if (cordon_evidence_item_get_kind (stored) != CORDON_EVIDENCE_KIND_ELECTRONIC)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("%s is a physical item: it has no file to verify"), cordon_evidence_item_get_label (stored));
      return NULL;
    }

  if (!is_sha256 (sha256))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("“%s” is not a SHA-256 (64 lower-case hex digits)"), sha256 != NULL ? sha256 : "");
      return NULL;
    }

  if (!_cordon_workspace_check_text (_("checker"), checked_by, FALSE, SHORT_TEXT, error))
    return NULL;

  result = g_str_equal (sha256, cordon_evidence_item_get_sha256 (stored))
    ? CORDON_EVIDENCE_CHECK_RESULT_MATCH : CORDON_EVIDENCE_CHECK_RESULT_MISMATCH;
  now = cordon_time_to_date_time (_cordon_workspace_now (self));

  check = cordon_evidence_check_new ();
  cordon_evidence_check_set_item_id (check, cordon_evidence_item_get_id (stored));
  cordon_evidence_check_set_time (check, now);
  cordon_evidence_check_set_checked_by (check, checked_by);
  cordon_evidence_check_set_sha256 (check, sha256);
  cordon_evidence_check_set_result (check, result);

  if (!_cordon_workspace_begin (self, error))
    return NULL;

  if ((number = query_number (self, sql_next_check_number, cordon_evidence_item_get_id (stored), error)) < 0)
    {
      _cordon_workspace_rollback (self);
      return NULL;
    }
  cordon_evidence_check_set_number (check, number);

  payload = check_payload (check, cordon_evidence_item_get_number (stored));
  if (result == CORDON_EVIDENCE_CHECK_RESULT_MATCH)
    /* TRANSLATORS: a journal entry: the item's id */
    text = g_strdup_printf (_("Evidence %s re-verified: the file’s SHA-256 matches the one recorded"),
                            cordon_evidence_item_get_label (stored));
  else
    /* TRANSLATORS: a journal entry: the item's id, the recorded and the new hash */
    text = g_strdup_printf (_("Evidence %s FAILED re-verification: SHA-256 recorded %s, now %s"),
                            cordon_evidence_item_get_label (stored),
                            cordon_evidence_item_get_sha256 (stored), sha256);

  if (!(entry = _cordon_workspace_chain_journal (self, incident, CORDON_JOURNAL_KIND_EVIDENCE,
                                                 checked_by, text, payload, &incident_work, error)))
    {
      _cordon_workspace_rollback (self);
      return NULL;
    }

  cordon_evidence_check_set_journal_seq (check, cordon_journal_entry_get_seq (entry));
  if (!insert_row (self, sql_insert_check, G_OBJECT (check), error) ||
      !_cordon_workspace_commit (self, error))
    {
      _cordon_workspace_rollback (self);
      return NULL;
    }

  _cordon_workspace_publish_journal (self, incident_work, entry);
  emit_records_changed (self, cordon_incident_get_id (incident));

  return g_steal_pointer (&check);
}

/* Matching rows and journal entries ----------------------------------- */

/* Whether @payload (a stored journal payload) records exactly @expected
 * (made from the row by one of the *_payload() functions) */
static gboolean
payload_records (const char *kind,
                 const char *payload,
                 const char *expected_kind,
                 const char *expected)
{
  g_autofree char *normalized = NULL;

  if (kind == NULL || payload == NULL || !g_str_equal (kind, expected_kind))
    return FALSE;

  if (!_cordon_workspace_normalize_payload (expected, &normalized, NULL))
    return FALSE;

  return g_strcmp0 (normalized, payload) == 0;
}

static gboolean
row_error (GError     **error,
           const char  *label,
           gint64       seq,
           const char  *journal_kind,
           const char  *what)
{
  if (journal_kind == NULL)
    g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INTEGRITY,
                 _("%s: the %s has no journal entry %" G_GINT64_FORMAT " recording it "
                   "(the evidence tables were edited)"),
                 label, what, seq);
  else
    g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INTEGRITY,
                 _("%s: the %s differs from journal entry %" G_GINT64_FORMAT ", which recorded it "
                   "(the evidence tables were edited)"),
                 label, what, seq);
  return FALSE;
}

/* Checks one item row (columns as sql_verify_items from 1) against the
 * journal kind and payload at @kind_column */
static gboolean
verify_item_row (CordonStmt  *stmt,
                 int          key_column,
                 GError     **error)
{
  g_autoptr(CordonEvidenceItem) item = item_from_row (stmt, 1, cordon_column_text (stmt, key_column));
  g_autofree char *expected = item_payload (item);
  const char *label = cordon_evidence_item_get_label (item);

  if (!payload_records (cordon_column_nullable_text (stmt, key_column + 1),
                        cordon_column_nullable_text (stmt, key_column + 2),
                        "evidence", expected))
    return row_error (error, label, cordon_evidence_item_get_journal_seq (item),
                      cordon_column_nullable_text (stmt, key_column + 1), _("register entry"));

  return TRUE;
}

gboolean
_cordon_workspace_verify_evidence (CordonWorkspace  *self,
                                   guint64          *n_records,
                                   GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  guint64 n = 0;
  int rc;

  /* Items */
  if (!(stmt = _cordon_workspace_prepare (self, sql_verify_items, error)))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (!verify_item_row (stmt, 14, error))
        return FALSE;
      n++;
    }
  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }
  g_clear_pointer (&stmt, cordon_stmt_release);

  /* Custody transfers */
  if (!(stmt = _cordon_workspace_prepare (self, sql_verify_transfers, error)))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CordonCustodyTransfer) transfer = transfer_from_row (stmt, 1);
      g_autofree char *expected = transfer_payload (transfer, sqlite3_column_int64 (stmt, 10));
      g_autofree char *label = cordon_evidence_item_format_label (cordon_column_text (stmt, 11),
                                                                  sqlite3_column_int64 (stmt, 10));

      if (!payload_records (cordon_column_nullable_text (stmt, 12), cordon_column_nullable_text (stmt, 13),
                            "custody", expected))
        {
          g_autofree char *what = g_strdup_printf (_("custody transfer %" G_GINT64_FORMAT),
                                                   cordon_custody_transfer_get_number (transfer));
          return row_error (error, label, cordon_custody_transfer_get_journal_seq (transfer),
                            cordon_column_nullable_text (stmt, 12), what);
        }
      n++;
    }
  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }
  g_clear_pointer (&stmt, cordon_stmt_release);

  /* Re-verifications */
  if (!(stmt = _cordon_workspace_prepare (self, sql_verify_checks, error)))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(CordonEvidenceCheck) check = check_from_row (stmt, 1);
      g_autofree char *expected = check_payload (check, sqlite3_column_int64 (stmt, 8));
      g_autofree char *label = cordon_evidence_item_format_label (cordon_column_text (stmt, 9),
                                                                  sqlite3_column_int64 (stmt, 8));

      if (!payload_records (cordon_column_nullable_text (stmt, 10), cordon_column_nullable_text (stmt, 11),
                            "evidence", expected))
        {
          g_autofree char *what = g_strdup_printf (_("re-verification %" G_GINT64_FORMAT),
                                                   cordon_evidence_check_get_number (check));
          return row_error (error, label, cordon_evidence_check_get_journal_seq (check),
                            cordon_column_nullable_text (stmt, 10), what);
        }
      n++;
    }
  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }
  g_clear_pointer (&stmt, cordon_stmt_release);

  /* Entries whose row is gone */
  if (!(stmt = _cordon_workspace_prepare (self, sql_verify_orphans, error)))
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INTEGRITY,
                   _("%s journal entry %" G_GINT64_FORMAT ": the evidence or custody record it "
                     "recorded is missing (the evidence tables were edited)"),
                   cordon_column_text (stmt, 0), (gint64) sqlite3_column_int64 (stmt, 1));
      return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }

  if (n_records != NULL)
    *n_records = n;

  return TRUE;
}

/* Import ------------------------------------------------------------- */

/* The journal entry @seq of @incident, as imported earlier in the bulk */
static gboolean
check_against_journal (CordonWorkspace  *self,
                       CordonIncident   *incident,
                       gint64            seq,
                       const char       *kind,
                       const char       *expected,
                       const char       *what,
                       GError          **error)
{
  static const char sql[] = "SELECT kind, payload FROM journal WHERE incident_id = ?1 AND seq = ?2";
  g_autoptr(CordonStmt) stmt = NULL;
  int rc;

  if (!(stmt = _cordon_workspace_prepare (self, sql, error)))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, cordon_incident_get_id (incident));
  sqlite3_bind_int64 (stmt, 2, seq);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }

  if (rc == SQLITE_DONE ||
      !payload_records (cordon_column_nullable_text (stmt, 0), cordon_column_nullable_text (stmt, 1),
                        kind, expected))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INTEGRITY,
                   _("the %s does not match journal entry %" G_GINT64_FORMAT ", which should record it"),
                   what, seq);
      return FALSE;
    }

  return TRUE;
}

gboolean
cordon_workspace_import_evidence (CordonWorkspace     *self,
                                  CordonIncident      *incident,
                                  CordonEvidenceItem  *item,
                                  GError             **error)
{
  g_autofree char *expected = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (item), FALSE);
  g_return_val_if_fail (self->in_bulk, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (cordon_evidence_item_get_number (item) < 1 || cordon_evidence_item_get_collected (item) == NULL)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("an evidence item needs its number and collection time"));
      return FALSE;
    }

  cordon_evidence_item_set_incident_id (item, cordon_incident_get_id (incident));
  label = cordon_evidence_item_format_label (cordon_incident_get_key (incident),
                                             cordon_evidence_item_get_number (item));
  cordon_evidence_item_set_label (item, label);
  expected = item_payload (item);

  if (!check_item (item, error) ||
      !check_against_journal (self, incident, cordon_evidence_item_get_journal_seq (item),
                              "evidence", expected, _("evidence item"), error))
    return FALSE;

  if (!_cordon_workspace_begin (self, error))
    return FALSE;

  if (!insert_row (self, sql_insert_item, G_OBJECT (item), error) ||
      !_cordon_workspace_commit (self, error))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  return TRUE;
}

gboolean
cordon_workspace_import_custody_transfer (CordonWorkspace        *self,
                                          CordonIncident         *incident,
                                          CordonEvidenceItem     *item,
                                          CordonCustodyTransfer  *transfer,
                                          GError                **error)
{
  g_autofree char *expected = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (item), FALSE);
  g_return_val_if_fail (CORDON_IS_CUSTODY_TRANSFER (transfer), FALSE);
  g_return_val_if_fail (self->in_bulk, FALSE);
  g_return_val_if_fail (cordon_evidence_item_get_id (item) > 0, FALSE);

  if (cordon_custody_transfer_get_number (transfer) < 1 || cordon_custody_transfer_get_time (transfer) == NULL)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("a custody transfer needs its number and time"));
      return FALSE;
    }

  cordon_custody_transfer_set_item_id (transfer, cordon_evidence_item_get_id (item));
  expected = transfer_payload (transfer, cordon_evidence_item_get_number (item));

  if (!check_transfer (transfer, error) ||
      !check_against_journal (self, incident, cordon_custody_transfer_get_journal_seq (transfer),
                              "custody", expected, _("custody transfer"), error))
    return FALSE;

  if (!_cordon_workspace_begin (self, error))
    return FALSE;

  if (!insert_row (self, sql_insert_transfer, G_OBJECT (transfer), error) ||
      !_cordon_workspace_commit (self, error))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  cordon_evidence_item_set_holder (item, cordon_custody_transfer_get_to (transfer));

  return TRUE;
}

gboolean
cordon_workspace_import_evidence_check (CordonWorkspace      *self,
                                        CordonIncident       *incident,
                                        CordonEvidenceItem   *item,
                                        CordonEvidenceCheck  *check,
                                        GError              **error)
{
  g_autofree char *expected = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (item), FALSE);
  g_return_val_if_fail (CORDON_IS_EVIDENCE_CHECK (check), FALSE);
  g_return_val_if_fail (self->in_bulk, FALSE);
  g_return_val_if_fail (cordon_evidence_item_get_id (item) > 0, FALSE);

  if (cordon_evidence_check_get_number (check) < 1 || cordon_evidence_check_get_time (check) == NULL ||
      !is_sha256 (cordon_evidence_check_get_sha256 (check)))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("a re-verification needs its number, time and SHA-256"));
      return FALSE;
    }

  cordon_evidence_check_set_item_id (check, cordon_evidence_item_get_id (item));
  expected = check_payload (check, cordon_evidence_item_get_number (item));

  if (!check_against_journal (self, incident, cordon_evidence_check_get_journal_seq (check),
                              "evidence", expected, _("re-verification"), error))
    return FALSE;

  if (!_cordon_workspace_begin (self, error))
    return FALSE;

  if (!insert_row (self, sql_insert_check, G_OBJECT (check), error) ||
      !_cordon_workspace_commit (self, error))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  return TRUE;
}
