/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-workspace-records.c: storage of the simple records — taxonomy
 * entries, SLA policies, groups, members, protocols, and the facts,
 * questions and tasks of incidents. Each record type is described once
 * (table, columns = GObject properties), and the statements to insert,
 * update, delete and list it are derived from that description, so adding
 * a property to a record means adding its column name here and a
 * migration.
 */

#define G_LOG_DOMAIN "cordon-workspace"

#include "config.h"

#include <glib/gi18n.h>

#include <json-glib/json-glib.h>

#include "cordon-sla-calendar.h"
#include "cordon-time.h"
#include "cordon-workspace-private.h"

typedef enum
{
  SQL_INSERT,
  SQL_UPDATE,
  SQL_DELETE,
  SQL_SELECT_ALL,
  SQL_SELECT_BY_PARENT,
  SQL_SELECT_BY_KEY,
  N_SQL
} SqlKind;

typedef struct
{
  const char          *table;
  GType              (*get_type) (void);
  /* Property names; the column of each is its name with '-' → '_'. The
   * first n_key identify a row. With has_rowid the first is "id", an
   * INTEGER PRIMARY KEY the database assigns on insert. */
  const char * const  *props;
  guint                n_key;
  gboolean             has_rowid;
  /* Property naming the owner row (for listing by owner), or NULL */
  const char          *parent;
  const char          *order_by;
  /* Filled lazily: interned SQL for each SqlKind */
  const char          *sql[N_SQL];
} RecordType;

static const char * const fact_props[] = {
  "id", "incident-id", "kind", "value", "source", "tlp", "is-ioc", "added",
  "uuid", "origin-type", "origin-category", "comment", "tags", "first-seen", "last-seen",
  "group", "group-name", "group-comment", "relation", NULL
};
static const char * const question_props[] = {
  "id", "incident-id", "text", "owner", "status", "answer", "created", NULL
};
static const char * const task_props[] = {
  "id", "incident-id", "title", "owner", "due", "status", "created", "description", NULL
};
static const char * const group_props[] = {
  "id", "slug", "kind", "name", "description", NULL
};
static const char * const member_props[] = {
  "id", "group-id", "name", "role", "email", "phone", "hours", "priority", NULL
};
static const char * const protocol_props[] = {
  "id", "group-id", "channel", "when", "contact", "address", "template", NULL
};
static const char * const sla_props[] = {
  "severity", "response", "resolution", "first-update", "update-interval",
  "warning-percent", "business-hours", "calendar", "time-zone", NULL
};
static const char * const taxonomy_props[] = {
  "kind", "id", "label", "rank", "requires-management", NULL
};

static RecordType fact_type = {
  "facts", cordon_fact_get_type, fact_props, 1, TRUE, "incident-id", "id",
};
static RecordType question_type = {
  "questions", cordon_question_get_type, question_props, 1, TRUE, "incident-id", "id",
};
static RecordType task_type = {
  "tasks", cordon_task_get_type, task_props, 1, TRUE, "incident-id", "id",
};
static RecordType group_type = {
  "contact_groups", cordon_group_get_type, group_props, 1, TRUE, NULL, "id",
};
static RecordType member_type = {
  "members", cordon_member_get_type, member_props, 1, TRUE, "group-id", "group_id, id",
};
static RecordType protocol_type = {
  "protocols", cordon_protocol_get_type, protocol_props, 1, TRUE, "group-id", "group_id, id",
};
static RecordType sla_type = {
  "sla_policies", cordon_sla_policy_get_type, sla_props, 1, FALSE, NULL,
  "(SELECT rank FROM taxonomy WHERE kind = 'severity' AND taxonomy.id = severity), severity",
};
static RecordType taxonomy_type = {
  "taxonomy", cordon_taxonomy_entry_get_type, taxonomy_props, 2, FALSE, NULL, "kind, rank, id",
};

static void
append_column (GString    *sql,
               const char *prop)
{
  g_string_append_c (sql, '"');
  for (const char *p = prop; *p != '\0'; p++)
    g_string_append_c (sql, *p == '-' ? '_' : *p);
  g_string_append_c (sql, '"');
}

static void
append_columns (GString          *sql,
                const RecordType *type,
                guint             first,
                const char       *separator,
                const char       *suffix)
{
  for (guint i = first; type->props[i] != NULL; i++)
    {
      if (i > first)
        g_string_append (sql, separator);
      append_column (sql, type->props[i]);
      g_string_append (sql, suffix);
    }
}

static void
append_key_match (GString          *sql,
                  const RecordType *type)
{
  g_string_append (sql, " WHERE ");
  for (guint i = 0; i < type->n_key; i++)
    {
      if (i > 0)
        g_string_append (sql, " AND ");
      append_column (sql, type->props[i]);
      g_string_append (sql, " = ?");
    }
}

/* Builds the statement text from the description alone: no value ever
 * enters it, values are bound. */
static const char *
record_sql (RecordType *type,
            SqlKind     kind)
{
  GString *sql;
  guint first = type->has_rowid ? 1 : 0;

  if (type->sql[kind] != NULL)
    return type->sql[kind];

  sql = g_string_new (NULL);

  switch (kind)
    {
    case SQL_INSERT:
      g_string_append_printf (sql, "INSERT INTO %s (", type->table);
      append_columns (sql, type, first, ", ", "");
      g_string_append (sql, ") VALUES (");
      for (guint i = first; type->props[i] != NULL; i++)
        g_string_append (sql, i > first ? ", ?" : "?");
      g_string_append (sql, ")");
      if (!type->has_rowid)
        {
          g_string_append (sql, " ON CONFLICT DO UPDATE SET ");
          for (guint i = type->n_key; type->props[i] != NULL; i++)
            {
              if (i > type->n_key)
                g_string_append (sql, ", ");
              append_column (sql, type->props[i]);
              g_string_append (sql, " = excluded.");
              append_column (sql, type->props[i]);
            }
        }
      break;

    case SQL_UPDATE:
      g_string_append_printf (sql, "UPDATE %s SET ", type->table);
      append_columns (sql, type, type->n_key, ", ", " = ?");
      append_key_match (sql, type);
      break;

    case SQL_DELETE:
      g_string_append_printf (sql, "DELETE FROM %s", type->table);
      append_key_match (sql, type);
      break;

    case SQL_SELECT_ALL:
    case SQL_SELECT_BY_PARENT:
    case SQL_SELECT_BY_KEY:
      g_string_append (sql, "SELECT ");
      append_columns (sql, type, 0, ", ", "");
      g_string_append_printf (sql, " FROM %s", type->table);
      if (kind == SQL_SELECT_BY_PARENT)
        {
          g_string_append (sql, " WHERE ");
          append_column (sql, type->parent);
          g_string_append (sql, " = ?");
        }
      else if (kind == SQL_SELECT_BY_KEY)
        append_key_match (sql, type);
      g_string_append_printf (sql, " ORDER BY %s", type->order_by);
      break;

    case N_SQL:
    default:
      g_assert_not_reached ();
    }

  type->sql[kind] = g_intern_string (sql->str);
  g_string_free (sql, TRUE);

  return type->sql[kind];
}

static void
bind_value (CordonStmt   *stmt,
            int           index,
            const GValue *value)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRING)
    cordon_bind_nullable_text (stmt, index, g_value_get_string (value));
  else if (type == G_TYPE_INT64)
    sqlite3_bind_int64 (stmt, index, g_value_get_int64 (value));
  else if (type == G_TYPE_INT)
    sqlite3_bind_int64 (stmt, index, g_value_get_int (value));
  else if (type == G_TYPE_BOOLEAN)
    sqlite3_bind_int (stmt, index, g_value_get_boolean (value) ? 1 : 0);
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      GEnumValue *ev = g_enum_get_value (klass, g_value_get_enum (value));

      cordon_bind_text (stmt, index, ev != NULL ? ev->value_nick : "");
    }
  else if (type == G_TYPE_DATE_TIME)
    {
      GDateTime *time = g_value_get_boxed (value);

      cordon_bind_time (stmt, index, time != NULL ? cordon_time_from_date_time (time) : 0);
    }
  else if (type == G_TYPE_STRV)
    sqlite3_bind_text (stmt, index, _cordon_workspace_strv_to_json (g_value_get_boxed (value)), -1, g_free);
  else
    g_assert_not_reached ();
}

static void
read_value (CordonStmt *stmt,
            int         index,
            GValue     *value)
{
  GType type = G_VALUE_TYPE (value);

  if (type == G_TYPE_STRING)
    g_value_set_string (value, cordon_column_nullable_text (stmt, index));
  else if (type == G_TYPE_INT64)
    g_value_set_int64 (value, sqlite3_column_int64 (stmt, index));
  else if (type == G_TYPE_INT)
    g_value_set_int (value, sqlite3_column_int (stmt, index));
  else if (type == G_TYPE_BOOLEAN)
    g_value_set_boolean (value, sqlite3_column_int (stmt, index) != 0);
  else if (G_TYPE_IS_ENUM (type))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (type);
      GEnumValue *ev = g_enum_get_value_by_nick (klass, cordon_column_text (stmt, index));

      if (ev != NULL)
        g_value_set_enum (value, ev->value);
    }
  else if (type == G_TYPE_DATE_TIME)
    {
      if (sqlite3_column_type (stmt, index) != SQLITE_NULL)
        g_value_take_boxed (value, cordon_time_to_date_time (sqlite3_column_int64 (stmt, index)));
    }
  else if (type == G_TYPE_STRV)
    g_value_take_boxed (value, _cordon_workspace_strv_from_json (cordon_column_nullable_text (stmt, index)));
  else
    g_assert_not_reached ();
}

static void
get_prop_value (GObject    *object,
                const char *prop,
                GValue     *value)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), prop);

  g_assert (pspec != NULL);
  g_value_init (value, pspec->value_type);
  g_object_get_property (object, prop, value);
}

/* Binds the values of the props [first, last) of @object from index @at */
static int
bind_props (CordonStmt       *stmt,
            const RecordType *type,
            GObject          *object,
            guint             first,
            guint             last,
            int               at,
            GArray           *keep)
{
  for (guint i = first; i < last && type->props[i] != NULL; i++)
    {
      GValue *value;

      g_array_set_size (keep, keep->len + 1);
      value = &g_array_index (keep, GValue, keep->len - 1);
      get_prop_value (object, type->props[i], value);
      bind_value (stmt, at++, value);
    }

  return at;
}

static GArray *
new_value_array (void)
{
  GArray *values = g_array_sized_new (FALSE, TRUE, sizeof (GValue), 16);

  g_array_set_clear_func (values, (GDestroyNotify) g_value_unset);

  return values;
}

static GObject *
object_from_row (const RecordType *type,
                 CordonStmt       *stmt)
{
  GObject *object = g_object_new (type->get_type (), NULL);

  for (guint i = 0; type->props[i] != NULL; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      get_prop_value (object, type->props[i], &value);
      read_value (stmt, i, &value);
      g_object_set_property (object, type->props[i], &value);
    }

  return object;
}

static void
set_constraint_error (CordonWorkspace  *self,
                      GError          **error)
{
  int rc = sqlite3_extended_errcode (self->db);

  if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
    g_set_error_literal (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                         _("The record it belongs to does not exist"));
  else
    _cordon_workspace_set_sqlite_error (self, error);
}

/* Runs one statement on @object in its own transaction (a savepoint in a
 * bulk). Returns the number of rows changed, or -1 on error. */
static int
record_write (CordonWorkspace  *self,
              RecordType       *type,
              SqlKind           kind,
              GObject          *object,
              GError          **error)
{
  g_autoptr(GArray) keep = new_value_array ();
  g_autoptr(CordonStmt) stmt = NULL;
  guint n_props = g_strv_length ((char **) type->props);
  int changes;

  if (!_cordon_workspace_begin (self, error))
    return -1;

  if (!(stmt = _cordon_workspace_prepare (self, record_sql (type, kind), error)))
    {
      _cordon_workspace_rollback (self);
      return -1;
    }

  if (kind == SQL_INSERT)
    bind_props (stmt, type, object, type->has_rowid ? 1 : 0, n_props, 1, keep);
  else if (kind == SQL_UPDATE)
    {
      int at = bind_props (stmt, type, object, type->n_key, n_props, 1, keep);
      bind_props (stmt, type, object, 0, type->n_key, at, keep);
    }
  else
    bind_props (stmt, type, object, 0, type->n_key, 1, keep);

  if (sqlite3_step (stmt) != SQLITE_DONE)
    {
      set_constraint_error (self, error);
      g_clear_pointer (&stmt, cordon_stmt_release);
      _cordon_workspace_rollback (self);
      return -1;
    }

  changes = sqlite3_changes (self->db);
  if (kind == SQL_INSERT && type->has_rowid)
    g_object_set (object, "id", (gint64) sqlite3_last_insert_rowid (self->db), NULL);
  g_clear_pointer (&stmt, cordon_stmt_release);

  if (!_cordon_workspace_commit (self, error))
    {
      if (kind == SQL_INSERT && type->has_rowid)
        g_object_set (object, "id", (gint64) 0, NULL);
      return -1;
    }

  return changes;
}

static gboolean
record_write_one (CordonWorkspace  *self,
                  RecordType       *type,
                  SqlKind           kind,
                  GObject          *object,
                  const char       *what,
                  GError          **error)
{
  int changes = record_write (self, type, kind, object, error);

  if (changes < 0)
    return FALSE;

  if (changes == 0)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                   _("There is no such %s in the workspace"), what);
      return FALSE;
    }

  return TRUE;
}

/* @parent_id < 0: every row; otherwise the rows of that owner. @key: a
 * NULL-terminated list of key values (strings) to select one row. */
static GListStore *
record_list (CordonWorkspace    *self,
             RecordType         *type,
             gint64              parent_id,
             const char * const *key,
             GError            **error)
{
  g_autoptr(GListStore) store = g_list_store_new (type->get_type ());
  g_autoptr(CordonStmt) stmt = NULL;
  SqlKind kind = key != NULL ? SQL_SELECT_BY_KEY : parent_id >= 0 ? SQL_SELECT_BY_PARENT : SQL_SELECT_ALL;
  int rc;

  if (!(stmt = _cordon_workspace_prepare (self, record_sql (type, kind), error)))
    return NULL;

  if (kind == SQL_SELECT_BY_PARENT)
    sqlite3_bind_int64 (stmt, 1, parent_id);
  else if (kind == SQL_SELECT_BY_KEY)
    {
      for (guint i = 0; key[i] != NULL; i++)
        cordon_bind_text (stmt, i + 1, key[i]);
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GObject) object = object_from_row (type, stmt);
      g_list_store_append (store, object);
    }

  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&store);
}

static gpointer
record_lookup (CordonWorkspace    *self,
               RecordType         *type,
               const char * const *key,
               const char         *what,
               GError            **error)
{
  g_autoptr(GListStore) found = record_list (self, type, -1, key, error);

  if (found == NULL)
    return NULL;

  if (g_list_model_get_n_items (G_LIST_MODEL (found)) == 0)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                   _("There is no %s “%s” in the workspace"), what, key[0]);
      return NULL;
    }

  return g_list_model_get_item (G_LIST_MODEL (found), 0);
}

/* Counts rows with a bound text parameter; -1 on error */
static gint64
count_rows (CordonWorkspace  *self,
            const char       *sql,
            const char       *param,
            GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  if (!(stmt = _cordon_workspace_prepare (self, sql, error)))
    return -1;

  cordon_bind_text (stmt, 1, param);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return -1;
    }

  return sqlite3_column_int64 (stmt, 0);
}

static void
emit_settings_changed (CordonWorkspace *self)
{
  if (_cordon_workspace_emits (self))
    g_signal_emit (self, _cordon_workspace_signals[CORDON_WORKSPACE_SIGNAL_SETTINGS_CHANGED], 0);
}

/* Validation ---------------------------------------------------------- */

gboolean
_cordon_workspace_check_text (const char  *what,
                              const char  *text,
                              gboolean     required,
                              gsize        max_chars,
                              GError     **error)
{
  gboolean blank = TRUE;

  if (text == NULL)
    text = "";

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("The %s is not valid UTF-8 text"), what);
      return FALSE;
    }

  for (const char *p = text; *p != '\0' && blank; p++)
    blank = g_ascii_isspace (*p);

  if (required && blank)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("The %s must not be empty"), what);
      return FALSE;
    }

  /* Bytes bound characters from above: count characters only when needed */
  if (strlen (text) > max_chars && g_utf8_strlen (text, -1) > (glong) max_chars)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("The %s is too long (more than %" G_GSIZE_FORMAT " characters)"),
                   what, max_chars);
      return FALSE;
    }

  return TRUE;
}

#define SHORT_TEXT 500
#define LONG_TEXT (1024 * 1024)

static gboolean
check_id (const char  *what,
          const char  *id,
          GError     **error)
{
  if (!cordon_taxonomy_entry_is_valid_id (id))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("“%s” is not a valid %s id: use 1 to 64 lower-case letters, digits, “-” or “+”"),
                   id != NULL ? id : "", what);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_stored (gint64       id,
              const char  *what,
              GError     **error)
{
  if (id <= 0)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                   _("The %s is not stored in the workspace"), what);
      return FALSE;
    }

  return TRUE;
}

/* Taxonomy ------------------------------------------------------------ */

gboolean
_cordon_workspace_load_taxonomy (CordonWorkspace  *self,
                                 GError          **error)
{
  g_autoptr(GListStore) entries = record_list (self, &taxonomy_type, -1, NULL, error);

  if (entries == NULL)
    return FALSE;

  cordon_taxonomy_clear (self->taxonomy);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (entries)); i++)
    {
      g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (G_LIST_MODEL (entries), i);
      cordon_taxonomy_set_entry (self->taxonomy, entry);
    }

  return TRUE;
}

CordonTaxonomy *
cordon_workspace_get_taxonomy (CordonWorkspace *self)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);

  return self->taxonomy;
}

gboolean
cordon_workspace_set_taxonomy_entry (CordonWorkspace      *self,
                                     CordonTaxonomyEntry  *entry,
                                     GError              **error)
{
  g_autoptr(CordonTaxonomyEntry) copy = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_TAXONOMY_ENTRY (entry), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_id (cordon_taxonomy_kind_to_id (cordon_taxonomy_entry_get_kind (entry)),
                 cordon_taxonomy_entry_get_id (entry), error) ||
      !_cordon_workspace_check_text (_("label"), cordon_taxonomy_entry_get_label (entry),
                                     FALSE, SHORT_TEXT, error))
    return FALSE;

  if (record_write (self, &taxonomy_type, SQL_INSERT, G_OBJECT (entry), error) < 0)
    return FALSE;

  /* The workspace's taxonomy holds its own copy, so that later edits of
   * @entry by the caller do not bypass storage. It is updated even in a
   * bulk, whose end reloads it from the database. */
  copy = cordon_taxonomy_entry_new_full (cordon_taxonomy_entry_get_kind (entry),
                                         cordon_taxonomy_entry_get_id (entry),
                                         cordon_taxonomy_entry_get_label (entry),
                                         cordon_taxonomy_entry_get_rank (entry));
  cordon_taxonomy_entry_set_requires_management (copy, cordon_taxonomy_entry_get_requires_management (entry));
  cordon_taxonomy_set_entry (self->taxonomy, copy);
  emit_settings_changed (self);

  return TRUE;
}

gboolean
cordon_workspace_remove_taxonomy_entry (CordonWorkspace     *self,
                                        CordonTaxonomyKind   kind,
                                        const char          *id,
                                        GError             **error)
{
  static const char * const usage_sql[] = {
    "SELECT count(*) FROM incidents WHERE category = ?",
    "SELECT count(*) FROM incidents WHERE severity = ?",
    "SELECT count(*) FROM incidents WHERE impact = ?",
  };
  g_autoptr(CordonTaxonomyEntry) key = NULL;
  gint64 used;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail ((guint) kind <= CORDON_TAXONOMY_KIND_IMPACT, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if ((used = count_rows (self, usage_sql[kind], id, error)) < 0)
    return FALSE;

  if (used > 0)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The %s “%s” is used by %" G_GINT64_FORMAT " incident",
                                "The %s “%s” is used by %" G_GINT64_FORMAT " incidents",
                                used),
                   cordon_taxonomy_kind_to_id (kind), id, used);
      return FALSE;
    }

  if (kind == CORDON_TAXONOMY_KIND_SEVERITY)
    {
      if ((used = count_rows (self, "SELECT count(*) FROM sla_policies WHERE severity = ?", id, error)) < 0)
        return FALSE;

      if (used > 0)
        {
          g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED,
                       _("The severity “%s” has an SLA policy; remove the policy first"), id);
          return FALSE;
        }
    }

  key = cordon_taxonomy_entry_new_full (kind, id, NULL, 0);
  if (!record_write_one (self, &taxonomy_type, SQL_DELETE, G_OBJECT (key), _("taxonomy entry"), error))
    return FALSE;

  cordon_taxonomy_remove (self->taxonomy, kind, id);
  emit_settings_changed (self);

  return TRUE;
}

/* SLA policies -------------------------------------------------------- */

GListModel *
cordon_workspace_list_sla_policies (CordonWorkspace  *self,
                                    GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);

  return G_LIST_MODEL (record_list (self, &sla_type, -1, NULL, error));
}

CordonSlaPolicy *
cordon_workspace_lookup_sla_policy (CordonWorkspace  *self,
                                    const char       *severity,
                                    GError          **error)
{
  const char *key[] = { severity, NULL };

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (severity != NULL, NULL);

  return record_lookup (self, &sla_type, key, _("SLA policy for severity"), error);
}

gboolean
cordon_workspace_set_sla_policy (CordonWorkspace  *self,
                                 CordonSlaPolicy  *policy,
                                 GError          **error)
{
  g_autoptr(CordonSlaCalendar) calendar = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *severity;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_SLA_POLICY (policy), FALSE);

  severity = cordon_sla_policy_get_severity (policy);
  if (!cordon_taxonomy_contains (self->taxonomy, CORDON_TAXONOMY_KIND_SEVERITY, severity))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("Unknown severity “%s”"), severity);
      return FALSE;
    }

  /* Refuse business hours the engine could not count with, even while the
   * policy counts around the clock, so switching them on cannot fail */
  calendar = cordon_sla_calendar_new (cordon_sla_policy_get_calendar (policy),
                                      cordon_sla_policy_get_time_zone (policy),
                                      &local_error);
  if (calendar == NULL)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("SLA policy for %s: %s"), severity, local_error->message);
      return FALSE;
    }

  if (record_write (self, &sla_type, SQL_INSERT, G_OBJECT (policy), error) < 0)
    return FALSE;

  emit_settings_changed (self);

  return TRUE;
}

gboolean
cordon_workspace_remove_sla_policy (CordonWorkspace  *self,
                                    const char       *severity,
                                    GError          **error)
{
  g_autoptr(CordonSlaPolicy) key = cordon_sla_policy_new ();

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (severity != NULL, FALSE);

  cordon_sla_policy_set_severity (key, severity);
  if (!record_write_one (self, &sla_type, SQL_DELETE, G_OBJECT (key), _("SLA policy"), error))
    return FALSE;

  emit_settings_changed (self);

  return TRUE;
}

/* Groups, members, protocols ------------------------------------------ */

static gboolean
check_group (CordonGroup  *group,
             GError      **error)
{
  return check_id (_("group"), cordon_group_get_slug (group), error) &&
         _cordon_workspace_check_text (_("group name"), cordon_group_get_name (group), TRUE, SHORT_TEXT, error) &&
         _cordon_workspace_check_text (_("group description"), cordon_group_get_description (group),
                                       FALSE, LONG_TEXT, error);
}

GListModel *
cordon_workspace_list_groups (CordonWorkspace  *self,
                              GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);

  return G_LIST_MODEL (record_list (self, &group_type, -1, NULL, error));
}

CordonGroup *
cordon_workspace_lookup_group (CordonWorkspace  *self,
                               const char       *slug,
                               GError          **error)
{
  g_autoptr(GListModel) groups = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (slug != NULL, NULL);

  if (!(groups = cordon_workspace_list_groups (self, error)))
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(CordonGroup) group = g_list_model_get_item (groups, i);

      if (g_str_equal (cordon_group_get_slug (group), slug))
        return g_steal_pointer (&group);
    }

  g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
               _("There is no group “%s” in the workspace"), slug);

  return NULL;
}

gboolean
_cordon_workspace_group_exists (CordonWorkspace  *self,
                                const char       *slug,
                                GError          **error)
{
  gint64 n = count_rows (self, "SELECT count(*) FROM contact_groups WHERE slug = ?", slug, error);

  if (n < 0)
    return FALSE;

  if (n == 0)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("Unknown group “%s”"), slug);
      return FALSE;
    }

  return TRUE;
}

gboolean
cordon_workspace_create_group (CordonWorkspace  *self,
                               CordonGroup      *group,
                               GError          **error)
{
  gint64 existing;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_GROUP (group), FALSE);
  g_return_val_if_fail (cordon_group_get_id (group) == 0, FALSE);

  if (!check_group (group, error))
    return FALSE;

  existing = count_rows (self, "SELECT count(*) FROM contact_groups WHERE slug = ?",
                         cordon_group_get_slug (group), error);
  if (existing < 0)
    return FALSE;

  if (existing > 0)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("A group “%s” already exists"), cordon_group_get_slug (group));
      return FALSE;
    }

  if (record_write (self, &group_type, SQL_INSERT, G_OBJECT (group), error) < 0)
    return FALSE;

  emit_settings_changed (self);

  return TRUE;
}

gboolean
cordon_workspace_update_group (CordonWorkspace  *self,
                               CordonGroup      *group,
                               GError          **error)
{
  g_autoptr(GListStore) stored = NULL;
  g_autofree char *id_text = NULL;
  const char *key[2] = { NULL, NULL };

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_GROUP (group), FALSE);

  if (!check_stored (cordon_group_get_id (group), _("group"), error) || !check_group (group, error))
    return FALSE;

  /* Incidents name groups by slug: a slug in use must not change */
  id_text = g_strdup_printf ("%" G_GINT64_FORMAT, cordon_group_get_id (group));
  key[0] = id_text;
  if (!(stored = record_list (self, &group_type, -1, key, error)))
    return FALSE;

  if (g_list_model_get_n_items (G_LIST_MODEL (stored)) == 1)
    {
      g_autoptr(CordonGroup) old = g_list_model_get_item (G_LIST_MODEL (stored), 0);

      if (!g_str_equal (cordon_group_get_slug (old), cordon_group_get_slug (group)))
        {
          g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                       _("The id of group “%s” cannot change"), cordon_group_get_slug (old));
          return FALSE;
        }
    }

  if (!record_write_one (self, &group_type, SQL_UPDATE, G_OBJECT (group), _("group"), error))
    return FALSE;

  emit_settings_changed (self);

  return TRUE;
}

gboolean
cordon_workspace_remove_group (CordonWorkspace  *self,
                               CordonGroup      *group,
                               GError          **error)
{
  gint64 used;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_GROUP (group), FALSE);

  if (!check_stored (cordon_group_get_id (group), _("group"), error))
    return FALSE;

  used = count_rows (self,
                     "SELECT count(*) FROM incidents"
                     " WHERE ',' || groups_engaged || ',' LIKE '%,' || ? || ',%'",
                     cordon_group_get_slug (group), error);
  if (used < 0)
    return FALSE;

  if (used > 0)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The group “%s” is engaged in %" G_GINT64_FORMAT " incident",
                                "The group “%s” is engaged in %" G_GINT64_FORMAT " incidents",
                                used),
                   cordon_group_get_slug (group), used);
      return FALSE;
    }

  if (!record_write_one (self, &group_type, SQL_DELETE, G_OBJECT (group), _("group"), error))
    return FALSE;

  emit_settings_changed (self);

  return TRUE;
}

static gboolean
check_member (CordonMember  *member,
              GError       **error)
{
  return _cordon_workspace_check_text (_("member name"), cordon_member_get_name (member), TRUE, SHORT_TEXT, error) &&
         _cordon_workspace_check_text (_("role"), cordon_member_get_role (member), FALSE, SHORT_TEXT, error) &&
         _cordon_workspace_check_text (_("email address"), cordon_member_get_email (member), FALSE, SHORT_TEXT, error) &&
         _cordon_workspace_check_text (_("phone number"), cordon_member_get_phone (member), FALSE, SHORT_TEXT, error) &&
         _cordon_workspace_check_text (_("hours"), cordon_member_get_hours (member), FALSE, SHORT_TEXT, error);
}

GListModel *
cordon_workspace_list_members (CordonWorkspace  *self,
                               CordonGroup      *group,
                               GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (group == NULL || CORDON_IS_GROUP (group), NULL);

  return G_LIST_MODEL (record_list (self, &member_type,
                                    group != NULL ? cordon_group_get_id (group) : -1,
                                    NULL, error));
}

gboolean
cordon_workspace_add_member (CordonWorkspace  *self,
                             CordonGroup      *group,
                             CordonMember     *member,
                             GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_GROUP (group), FALSE);
  g_return_val_if_fail (CORDON_IS_MEMBER (member), FALSE);
  g_return_val_if_fail (cordon_member_get_id (member) == 0, FALSE);

  if (!check_stored (cordon_group_get_id (group), _("group"), error) || !check_member (member, error))
    return FALSE;

  cordon_member_set_group_id (member, cordon_group_get_id (group));
  if (record_write (self, &member_type, SQL_INSERT, G_OBJECT (member), error) < 0)
    return FALSE;

  emit_settings_changed (self);

  return TRUE;
}

gboolean
cordon_workspace_update_member (CordonWorkspace  *self,
                                CordonMember     *member,
                                GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_MEMBER (member), FALSE);

  if (!check_stored (cordon_member_get_id (member), _("member"), error) ||
      !check_member (member, error) ||
      !record_write_one (self, &member_type, SQL_UPDATE, G_OBJECT (member), _("member"), error))
    return FALSE;

  emit_settings_changed (self);

  return TRUE;
}

gboolean
cordon_workspace_remove_member (CordonWorkspace  *self,
                                CordonMember     *member,
                                GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_MEMBER (member), FALSE);

  if (!check_stored (cordon_member_get_id (member), _("member"), error) ||
      !record_write_one (self, &member_type, SQL_DELETE, G_OBJECT (member), _("member"), error))
    return FALSE;

  emit_settings_changed (self);

  return TRUE;
}

static gboolean
check_protocol (CordonProtocol  *protocol,
                GError         **error)
{
  return _cordon_workspace_check_text (_("protocol timing"), cordon_protocol_get_when (protocol), FALSE, SHORT_TEXT, error) &&
         _cordon_workspace_check_text (_("contact"), cordon_protocol_get_contact (protocol), FALSE, SHORT_TEXT, error) &&
         _cordon_workspace_check_text (_("address"), cordon_protocol_get_address (protocol), FALSE, SHORT_TEXT, error) &&
         _cordon_workspace_check_text (_("template"), cordon_protocol_get_template (protocol), FALSE, LONG_TEXT, error);
}

GListModel *
cordon_workspace_list_protocols (CordonWorkspace  *self,
                                 CordonGroup      *group,
                                 GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (group == NULL || CORDON_IS_GROUP (group), NULL);

  return G_LIST_MODEL (record_list (self, &protocol_type,
                                    group != NULL ? cordon_group_get_id (group) : -1,
                                    NULL, error));
}

gboolean
cordon_workspace_add_protocol (CordonWorkspace  *self,
                               CordonGroup      *group,
                               CordonProtocol   *protocol,
                               GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_GROUP (group), FALSE);
  g_return_val_if_fail (CORDON_IS_PROTOCOL (protocol), FALSE);
  g_return_val_if_fail (cordon_protocol_get_id (protocol) == 0, FALSE);

  if (!check_stored (cordon_group_get_id (group), _("group"), error) || !check_protocol (protocol, error))
    return FALSE;

  cordon_protocol_set_group_id (protocol, cordon_group_get_id (group));
  if (record_write (self, &protocol_type, SQL_INSERT, G_OBJECT (protocol), error) < 0)
    return FALSE;

  emit_settings_changed (self);

  return TRUE;
}

gboolean
cordon_workspace_update_protocol (CordonWorkspace  *self,
                                  CordonProtocol   *protocol,
                                  GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_PROTOCOL (protocol), FALSE);

  if (!check_stored (cordon_protocol_get_id (protocol), _("protocol"), error) ||
      !check_protocol (protocol, error) ||
      !record_write_one (self, &protocol_type, SQL_UPDATE, G_OBJECT (protocol), _("protocol"), error))
    return FALSE;

  emit_settings_changed (self);

  return TRUE;
}

gboolean
cordon_workspace_remove_protocol (CordonWorkspace  *self,
                                  CordonProtocol   *protocol,
                                  GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_PROTOCOL (protocol), FALSE);

  if (!check_stored (cordon_protocol_get_id (protocol), _("protocol"), error) ||
      !record_write_one (self, &protocol_type, SQL_DELETE, G_OBJECT (protocol), _("protocol"), error))
    return FALSE;

  emit_settings_changed (self);

  return TRUE;
}

/* Facts, questions, tasks --------------------------------------------- */

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

static gboolean
add_incident_record (CordonWorkspace  *self,
                     RecordType       *type,
                     CordonIncident   *incident,
                     GObject          *record,
                     const char       *time_prop,
                     GError          **error)
{
  g_autoptr(GDateTime) time = NULL;
  gint64 id = 0;

  g_object_get (record, "id", &id, time_prop, &time, NULL);
  g_return_val_if_fail (id == 0, FALSE);

  if (!check_stored (cordon_incident_get_id (incident), _("incident"), error))
    return FALSE;

  g_object_set (record, "incident-id", cordon_incident_get_id (incident), NULL);
  if (time == NULL)
    {
      g_autoptr(GDateTime) now = cordon_clock_now (self->clock);
      g_object_set (record, time_prop, now, NULL);
    }

  if (record_write (self, type, SQL_INSERT, record, error) < 0)
    return FALSE;

  emit_records_changed (self, cordon_incident_get_id (incident));

  return TRUE;
}

static gboolean
write_incident_record (CordonWorkspace  *self,
                       RecordType       *type,
                       SqlKind           kind,
                       GObject          *record,
                       const char       *what,
                       GError          **error)
{
  gint64 id = 0;
  gint64 incident_id = 0;

  g_object_get (record, "id", &id, "incident-id", &incident_id, NULL);

  if (!check_stored (id, what, error) ||
      !record_write_one (self, type, kind, record, what, error))
    return FALSE;

  emit_records_changed (self, incident_id);

  return TRUE;
}

static GListModel *
list_incident_records (CordonWorkspace  *self,
                       RecordType       *type,
                       CordonIncident   *incident,
                       GError          **error)
{
  return G_LIST_MODEL (record_list (self, type, cordon_incident_get_id (incident), NULL, error));
}

static gboolean
check_fact (CordonFact  *fact,
            GError     **error)
{
  const char * const *tags = cordon_fact_get_tags (fact);

  if (!_cordon_workspace_check_text (_("fact value"), cordon_fact_get_value (fact), TRUE, LONG_TEXT, error) ||
      !_cordon_workspace_check_text (_("fact source"), cordon_fact_get_source (fact), FALSE, SHORT_TEXT, error) ||
      !_cordon_workspace_check_text (_("fact uuid"), cordon_fact_get_uuid (fact), FALSE, SHORT_TEXT, error) ||
      !_cordon_workspace_check_text (_("fact type"), cordon_fact_get_origin_type (fact), FALSE, SHORT_TEXT, error) ||
      !_cordon_workspace_check_text (_("fact category"), cordon_fact_get_origin_category (fact), FALSE, SHORT_TEXT, error) ||
      !_cordon_workspace_check_text (_("fact comment"), cordon_fact_get_comment (fact), FALSE, LONG_TEXT, error) ||
      !_cordon_workspace_check_text (_("fact group"), cordon_fact_get_group (fact), FALSE, SHORT_TEXT, error) ||
      !_cordon_workspace_check_text (_("fact group name"), cordon_fact_get_group_name (fact), FALSE, SHORT_TEXT, error) ||
      !_cordon_workspace_check_text (_("fact group comment"), cordon_fact_get_group_comment (fact), FALSE, LONG_TEXT, error) ||
      !_cordon_workspace_check_text (_("fact relation"), cordon_fact_get_relation (fact), FALSE, SHORT_TEXT, error))
    return FALSE;

  for (guint i = 0; tags[i] != NULL; i++)
    {
      if (!_cordon_workspace_check_text (_("fact tag"), tags[i], TRUE, SHORT_TEXT, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
cordon_workspace_add_fact (CordonWorkspace  *self,
                           CordonIncident   *incident,
                           CordonFact       *fact,
                           GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (CORDON_IS_FACT (fact), FALSE);

  return check_fact (fact, error) &&
         add_incident_record (self, &fact_type, incident, G_OBJECT (fact), "added", error);
}

gboolean
cordon_workspace_update_fact (CordonWorkspace  *self,
                              CordonFact       *fact,
                              GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_FACT (fact), FALSE);

  return check_fact (fact, error) &&
         write_incident_record (self, &fact_type, SQL_UPDATE, G_OBJECT (fact), _("fact"), error);
}

gboolean
cordon_workspace_remove_fact (CordonWorkspace  *self,
                              CordonFact       *fact,
                              GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_FACT (fact), FALSE);

  return write_incident_record (self, &fact_type, SQL_DELETE, G_OBJECT (fact), _("fact"), error);
}

GListModel *
cordon_workspace_list_facts (CordonWorkspace  *self,
                             CordonIncident   *incident,
                             GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);

  return list_incident_records (self, &fact_type, incident, error);
}

static gboolean
check_question (CordonQuestion  *question,
                GError         **error)
{
  return _cordon_workspace_check_text (_("question"), cordon_question_get_text (question), TRUE, LONG_TEXT, error) &&
         _cordon_workspace_check_text (_("owner"), cordon_question_get_owner (question), FALSE, SHORT_TEXT, error) &&
         _cordon_workspace_check_text (_("answer"), cordon_question_get_answer (question), FALSE, LONG_TEXT, error);
}

gboolean
cordon_workspace_add_question (CordonWorkspace  *self,
                               CordonIncident   *incident,
                               CordonQuestion   *question,
                               GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (CORDON_IS_QUESTION (question), FALSE);

  return check_question (question, error) &&
         add_incident_record (self, &question_type, incident, G_OBJECT (question), "created", error);
}

gboolean
cordon_workspace_update_question (CordonWorkspace  *self,
                                  CordonQuestion   *question,
                                  GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_QUESTION (question), FALSE);

  return check_question (question, error) &&
         write_incident_record (self, &question_type, SQL_UPDATE, G_OBJECT (question), _("question"), error);
}

gboolean
cordon_workspace_remove_question (CordonWorkspace  *self,
                                  CordonQuestion   *question,
                                  GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_QUESTION (question), FALSE);

  return write_incident_record (self, &question_type, SQL_DELETE, G_OBJECT (question), _("question"), error);
}

GListModel *
cordon_workspace_list_questions (CordonWorkspace  *self,
                                 CordonIncident   *incident,
                                 GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);

  return list_incident_records (self, &question_type, incident, error);
}

static gboolean
check_task (CordonTask  *task,
            GError     **error)
{
  return _cordon_workspace_check_text (_("task title"), cordon_task_get_title (task), TRUE, SHORT_TEXT, error) &&
         _cordon_workspace_check_text (_("owner"), cordon_task_get_owner (task), FALSE, SHORT_TEXT, error) &&
         _cordon_workspace_check_text (_("task description"), cordon_task_get_description (task), FALSE, LONG_TEXT, error);
}

gboolean
cordon_workspace_add_task (CordonWorkspace  *self,
                           CordonIncident   *incident,
                           CordonTask       *task,
                           GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (CORDON_IS_TASK (task), FALSE);

  return check_task (task, error) &&
         add_incident_record (self, &task_type, incident, G_OBJECT (task), "created", error);
}

gboolean
cordon_workspace_update_task (CordonWorkspace  *self,
                              CordonTask       *task,
                              GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_TASK (task), FALSE);

  return check_task (task, error) &&
         write_incident_record (self, &task_type, SQL_UPDATE, G_OBJECT (task), _("task"), error);
}

gboolean
cordon_workspace_remove_task (CordonWorkspace  *self,
                              CordonTask       *task,
                              GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_TASK (task), FALSE);

  return write_incident_record (self, &task_type, SQL_DELETE, G_OBJECT (task), _("task"), error);
}

GListModel *
cordon_workspace_list_tasks (CordonWorkspace  *self,
                             CordonIncident   *incident,
                             GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);

  return list_incident_records (self, &task_type, incident, error);
}

/**
 * cordon_workspace_find_incidents_by_fact:
 * @text: what to look for, case-insensitive, in facts' values and sources
 *
 * The board's search covers facts too; this answers which incidents have
 * a fact that contains @text, in one query.
 *
 * Returns: (transfer full): a set of incident row ids (keys made with
 *   GSIZE_TO_POINTER), or %NULL with @error set
 */
GHashTable *
cordon_workspace_find_incidents_by_fact (CordonWorkspace  *self,
                                         const char       *text,
                                         GError          **error)
{
  static const char sql[] =
    "SELECT DISTINCT incident_id FROM facts "
    "WHERE instr (lower (value), lower (?1)) > 0 OR instr (lower (source), lower (?1)) > 0";
  g_autoptr(GHashTable) ids = g_hash_table_new (NULL, NULL);
  g_autoptr(CordonStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (!(stmt = _cordon_workspace_prepare (self, sql, error)))
    return NULL;

  cordon_bind_text (stmt, 1, text);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (ids, GSIZE_TO_POINTER ((gsize) sqlite3_column_int64 (stmt, 0)));

  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return NULL;
    }

  return g_steal_pointer (&ids);
}
