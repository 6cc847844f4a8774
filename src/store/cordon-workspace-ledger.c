/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-workspace-ledger.c: the workspace's ledger, one hash chain over
 * every chained record of every incident, in the order they were written.
 *
 * Each incident's journal is a chain of its own, so removing a whole
 * incident with its journal, cutting the end off a journal together with
 * the head its incident keeps, or putting back an older copy of the file
 * leaves every journal whole. The ledger sees all three: each journal
 * entry is also a ledger row (kind, incident key, entry number, the
 * entry's hash, and the incident's title, lead, category, severity and
 * phase after it), written in the same transaction and chained on the
 * row before it. Its head, printed by `cordon anchor` as "N:HASH", can be
 * kept away from the file; `cordon verify --anchor N:HASH` then proves
 * that the file still extends it.
 */

#define G_LOG_DOMAIN "cordon-workspace"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "cordon-workspace-private.h"

static const char sql_ledger_head[] =
  "SELECT seq, hash FROM ledger ORDER BY seq DESC LIMIT 1";
static const char sql_insert_ledger[] =
  "INSERT INTO ledger (seq, kind, incident, entry, record_hash, state, prev_hash, hash)"
  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
static const char sql_select_ledger[] =
  "SELECT seq, kind, incident, entry, record_hash, state, prev_hash, hash FROM ledger ORDER BY seq";
/* Every journal entry in the order it was written, for building the
 * ledger of a workspace that had none; the last entry of each incident
 * carries the incident's fields as they stand */
static const char sql_ledger_sources[] =
  "SELECT j.kind, i.key, j.seq, j.hash,"
  " j.seq = (SELECT max (seq) FROM journal WHERE incident_id = j.incident_id),"
  " i.title, i.lead, i.category, i.severity, i.phase"
  " FROM journal j JOIN incidents i ON i.id = j.incident_id ORDER BY j.id";
/* Ledger rows whose journal entry is gone or is not the one recorded */
static const char sql_ledger_unmatched[] =
  "SELECT l.seq, l.incident, l.entry, i.id IS NULL, j.id IS NULL"
  " FROM ledger l"
  " LEFT JOIN incidents i ON i.key = l.incident"
  " LEFT JOIN journal j ON j.incident_id = i.id AND j.seq = l.entry"
  " WHERE i.id IS NULL OR j.id IS NULL OR j.hash IS NOT l.record_hash OR j.kind IS NOT l.kind"
  " ORDER BY l.seq";
/* Journal entries that no ledger row records */
static const char sql_journal_unledgered[] =
  "SELECT i.key, j.seq FROM journal j JOIN incidents i ON i.id = j.incident_id"
  " WHERE NOT EXISTS (SELECT 1 FROM ledger l WHERE l.incident = i.key AND l.entry = j.seq)"
  " ORDER BY j.incident_id, j.seq";
static const char sql_incident_fields[] =
  "SELECT key, title, lead, category, severity, phase FROM incidents ORDER BY id";

/* The fields a ledger row's state holds, in this order */
static const char * const state_fields[] = { "title", "lead", "category", "severity", "phase" };

gboolean
_cordon_workspace_has_ledger (CordonWorkspace *self)
{
  return self->schema_version >= _cordon_workspace_ledger_version ();
}

/* The state as a compact JSON object, members in state_fields order */
static char *
format_state (const char *title,
              const char *lead,
              const char *category,
              const char *severity,
              const char *phase)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  const char *values[] = { title, lead, category, severity, phase };

  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (state_fields); i++)
    {
      json_builder_set_member_name (builder, state_fields[i]);
      json_builder_add_string_value (builder, values[i] != NULL ? values[i] : "");
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

static char *
incident_state (CordonIncident *incident)
{
  return format_state (cordon_incident_get_title (incident),
                       cordon_incident_get_lead (incident),
                       cordon_incident_get_category (incident),
                       cordon_incident_get_severity (incident),
                       cordon_phase_to_id (cordon_incident_get_phase (incident)));
}

static void
append_sized (GString    *out,
              const char *name,
              const char *value)
{
  g_string_append_printf (out, "%s:%" G_GSIZE_FORMAT ":%s\n", name, strlen (value), value);
}

/*
 * The hash of ledger row @seq: SHA-256 of the previous row's hash, "\n"
 * and this text, every line ending with one "\n" (<n> is the byte length
 * of the value after it):
 *
 *   cordon-ledger-1
 *   seq:<seq>
 *   kind:<journal kind id>
 *   incident:<n>:<incident key>
 *   entry:<entry number>
 *   record:<the entry's hash>
 *   state:<n>:<state JSON>       or   state:-
 */
static char *
ledger_hash (const char *prev_hash,
             gint64      seq,
             const char *kind,
             const char *incident,
             gint64      entry,
             const char *record_hash,
             const char *state)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GString) text = g_string_new ("cordon-ledger-1\n");

  g_string_append_printf (text, "seq:%" G_GINT64_FORMAT "\n", seq);
  g_string_append_printf (text, "kind:%s\n", kind);
  append_sized (text, "incident", incident);
  g_string_append_printf (text, "entry:%" G_GINT64_FORMAT "\n", entry);
  g_string_append_printf (text, "record:%s\n", record_hash);
  if (state != NULL)
    append_sized (text, "state", state);
  else
    g_string_append (text, "state:-\n");

  g_checksum_update (checksum, (const guchar *) prev_hash, strlen (prev_hash));
  g_checksum_update (checksum, (const guchar *) "\n", 1);
  g_checksum_update (checksum, (const guchar *) text->str, text->len);

  return g_strdup (g_checksum_get_string (checksum));
}

/* Reads the ledger's last row inside the caller's transaction: another
 * process may have appended since, and this transaction's own rows count */
static gboolean
read_head (CordonWorkspace  *self,
           gint64           *out_seq,
           char            **out_hash,
           GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  int rc;

  if (!(stmt = _cordon_workspace_prepare (self, sql_ledger_head, error)))
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *out_seq = sqlite3_column_int64 (stmt, 0);
      *out_hash = g_strdup (cordon_column_text (stmt, 1));
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }

  *out_seq = 0;
  *out_hash = g_strdup (CORDON_JOURNAL_GENESIS_HASH);

  return TRUE;
}

static gboolean
append_row (CordonWorkspace  *self,
            const char       *kind,
            const char       *incident,
            gint64            entry,
            const char       *record_hash,
            const char       *state,
            GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  g_autofree char *prev = NULL;
  g_autofree char *hash = NULL;
  gint64 seq = 0;

  if (!read_head (self, &seq, &prev, error) ||
      !(stmt = _cordon_workspace_prepare (self, sql_insert_ledger, error)))
    return FALSE;

  seq++;
  hash = ledger_hash (prev, seq, kind, incident, entry, record_hash, state);

  sqlite3_bind_int64 (stmt, 1, seq);
  cordon_bind_text (stmt, 2, kind);
  cordon_bind_text (stmt, 3, incident);
  sqlite3_bind_int64 (stmt, 4, entry);
  cordon_bind_text (stmt, 5, record_hash);
  cordon_bind_nullable_text (stmt, 6, state);
  cordon_bind_text (stmt, 7, prev);
  cordon_bind_text (stmt, 8, hash);

  return _cordon_workspace_step_done (self, stmt, error);
}

/*
 * _cordon_workspace_append_ledger:
 * @incident: the incident as it stands after @entry
 * @entry: a journal entry just inserted in this transaction
 *
 * Appends the ledger row of @entry, inside the caller's transaction.
 * A workspace older than the ledger has none to append to.
 */
gboolean
_cordon_workspace_append_ledger (CordonWorkspace     *self,
                                 CordonIncident      *incident,
                                 CordonJournalEntry  *entry,
                                 GError             **error)
{
  g_autofree char *state = NULL;

  if (!_cordon_workspace_has_ledger (self))
    return TRUE;

  state = incident_state (incident);

  return append_row (self,
                     cordon_journal_kind_to_id (cordon_journal_entry_get_kind (entry)),
                     cordon_incident_get_key (incident),
                     cordon_journal_entry_get_seq (entry),
                     cordon_journal_entry_get_hash (entry),
                     state, error);
}

/*
 * _cordon_workspace_build_ledger:
 *
 * For the migration that brings the ledger: one row per journal entry
 * already in the file, in the order the entries were written. Only the
 * last row of each incident has a state: the incident's fields as the
 * file holds them when it is upgraded (what they were before is not
 * known).
 */
gboolean
_cordon_workspace_build_ledger (CordonWorkspace  *self,
                                GError          **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *prev = g_strdup (CORDON_JOURNAL_GENESIS_HASH);
  g_autoptr(CordonStmt) insert = NULL;
  gint64 seq = 0;
  int rc;

  if (!(insert = _cordon_workspace_prepare (self, sql_insert_ledger, error)))
    return FALSE;

  /* Not cached: it runs once in the life of a workspace */
  if (sqlite3_prepare_v2 (self->db, sql_ledger_sources, -1, &stmt, NULL) != SQLITE_OK)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *state = NULL;
      g_autofree char *hash = NULL;
      const char *kind = cordon_column_text (stmt, 0);
      const char *key = cordon_column_text (stmt, 1);
      gint64 entry = sqlite3_column_int64 (stmt, 2);
      const char *record = cordon_column_text (stmt, 3);

      if (sqlite3_column_int (stmt, 4) != 0)
        state = format_state (cordon_column_text (stmt, 5), cordon_column_text (stmt, 6),
                              cordon_column_text (stmt, 7), cordon_column_text (stmt, 8),
                              cordon_column_text (stmt, 9));

      seq++;
      hash = ledger_hash (prev, seq, kind, key, entry, record, state);

      sqlite3_bind_int64 (insert, 1, seq);
      cordon_bind_text (insert, 2, kind);
      cordon_bind_text (insert, 3, key);
      sqlite3_bind_int64 (insert, 4, entry);
      cordon_bind_text (insert, 5, record);
      cordon_bind_nullable_text (insert, 6, state);
      cordon_bind_text (insert, 7, prev);
      cordon_bind_text (insert, 8, hash);
      if (!_cordon_workspace_step_done (self, insert, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
      cordon_stmt_release (insert);

      g_free (prev);
      prev = g_steal_pointer (&hash);
    }

  if (rc != SQLITE_DONE)
    _cordon_workspace_set_sqlite_error (self, error);
  sqlite3_finalize (stmt);

  return rc == SQLITE_DONE;
}

/* Anchors --------------------------------------------------------------- */

gboolean
cordon_workspace_parse_anchor (const char  *text,
                               gint64      *out_row,
                               char       **out_hash,
                               GError     **error)
{
  g_autofree char *number = NULL;
  const char *colon;
  const char *hash;
  guint64 row = 0;

  g_return_val_if_fail (text != NULL, FALSE);

  colon = strchr (text, ':');
  hash = colon != NULL ? colon + 1 : NULL;
  if (colon != NULL)
    number = g_strndup (text, colon - text);

  if (colon == NULL || colon == text ||
      !g_ascii_string_to_unsigned (number, 10, 0, G_MAXINT64, &row, NULL) ||
      strlen (hash) != 64 || strspn (hash, "0123456789abcdefABCDEF") != 64)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("“%s” is not an anchor: an anchor is a ledger row number, a colon and "
                     "64 hexadecimal digits (N:HASH), as `cordon anchor` prints it"),
                   text);
      return FALSE;
    }

  if (out_row != NULL)
    *out_row = (gint64) row;
  if (out_hash != NULL)
    *out_hash = g_ascii_strdown (hash, -1);

  return TRUE;
}

char *
cordon_workspace_get_anchor (CordonWorkspace  *self,
                             GError          **error)
{
  g_autofree char *hash = NULL;
  gint64 seq = 0;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!_cordon_workspace_has_ledger (self))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_TOO_OLD,
                   _("Workspace “%s” has no ledger yet (schema version %d); "
                     "a command that changes it, or the window, upgrades it first"),
                   self->path, self->schema_version);
      return NULL;
    }

  if (!read_head (self, &seq, &hash, error))
    return NULL;

  return g_strdup_printf ("%" G_GINT64_FORMAT ":%s", seq, hash);
}

/* Verification ------------------------------------------------------------ */

/* What the walk of the ledger keeps for the checks after it */
typedef struct
{
  GHashTable *last_entry;   /* incident key → gint64 *, its last entry number */
  GHashTable *last_state;   /* incident key → the state of its last row with one */
  GHashTable *reported;     /* incident keys a finding already names */
} LedgerWalk;

static void
ledger_walk_clear (LedgerWalk *walk)
{
  g_clear_pointer (&walk->last_entry, g_hash_table_unref);
  g_clear_pointer (&walk->last_state, g_hash_table_unref);
  g_clear_pointer (&walk->reported, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LedgerWalk, ledger_walk_clear)

static void
add (GPtrArray  *findings,
     char       *finding)
{
  g_ptr_array_add (findings, g_strdup_printf (_("ledger: %s"), finding));
  g_free (finding);
}

/* Walks the ledger in order, recomputing the chain; checks the anchor
 * @anchor_row:@anchor_hash when @anchor_hash is set */
static gboolean
walk_ledger (CordonWorkspace  *self,
             LedgerWalk       *walk,
             gint64            anchor_row,
             const char       *anchor_hash,
             GPtrArray        *findings,
             GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  g_autofree char *prev = g_strdup (CORDON_JOURNAL_GENESIS_HASH);
  gboolean chain_broken = FALSE;
  gboolean anchor_seen = anchor_hash == NULL || anchor_row == 0;
  gint64 expected = 1;
  int rc;

  if (!(stmt = _cordon_workspace_prepare (self, sql_select_ledger, error)))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 seq = sqlite3_column_int64 (stmt, 0);
      const char *kind = cordon_column_text (stmt, 1);
      const char *key = cordon_column_text (stmt, 2);
      gint64 entry = sqlite3_column_int64 (stmt, 3);
      const char *record = cordon_column_text (stmt, 4);
      const char *state = cordon_column_nullable_text (stmt, 5);
      const char *stored_prev = cordon_column_text (stmt, 6);
      const char *stored_hash = cordon_column_text (stmt, 7);
      g_autofree char *hash = ledger_hash (stored_prev, seq, kind, key, entry, record, state);
      gint64 *last = g_hash_table_lookup (walk->last_entry, key);

      if (!chain_broken)
        {
          if (seq != expected)
            {
              add (findings, g_strdup_printf (_("row %" G_GINT64_FORMAT " is missing "
                                                "(rows were removed from the ledger)"), expected));
              chain_broken = TRUE;
            }
          else if (!g_str_equal (stored_prev, prev))
            {
              add (findings, g_strdup_printf (_("row %" G_GINT64_FORMAT ": its previous hash does not "
                                                "match row %" G_GINT64_FORMAT " (rows were changed, "
                                                "removed or reordered)"), seq, seq - 1));
              chain_broken = TRUE;
            }
          else if (!g_str_equal (stored_hash, hash))
            {
              add (findings, g_strdup_printf (_("row %" G_GINT64_FORMAT ": hash mismatch, the row "
                                                "was changed after it was written"), seq));
              chain_broken = TRUE;
            }
        }

      if (seq == anchor_row && anchor_hash != NULL)
        {
          anchor_seen = TRUE;
          if (!g_str_equal (stored_hash, anchor_hash))
            add (findings, g_strdup_printf (_("the anchor %" G_GINT64_FORMAT ":%s does not match: "
                                              "row %" G_GINT64_FORMAT " now has hash %s (the ledger "
                                              "was rewritten since the anchor was taken, or this "
                                              "is another workspace)"),
                                            anchor_row, anchor_hash, seq, stored_hash));
        }

      /* Each incident's rows name its entries 1, 2, 3, … in order */
      if (!g_hash_table_contains (walk->reported, key) &&
          entry != (last != NULL ? *last : 0) + 1)
        {
          add (findings, g_strdup_printf (_("row %" G_GINT64_FORMAT ": %s journal entry %" G_GINT64_FORMAT
                                            " is out of order (expected entry %" G_GINT64_FORMAT ")"),
                                          seq, key, entry, (last != NULL ? *last : 0) + 1));
          g_hash_table_add (walk->reported, g_strdup (key));
        }

      if (last == NULL)
        {
          last = g_new (gint64, 1);
          g_hash_table_insert (walk->last_entry, g_strdup (key), last);
        }
      *last = entry;
      if (state != NULL)
        g_hash_table_insert (walk->last_state, g_strdup (key), g_strdup (state));

      g_free (prev);
      prev = g_strdup (stored_hash);
      expected = seq + 1;
    }

  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }

  if (!anchor_seen)
    add (findings, g_strdup_printf (_("the anchor %" G_GINT64_FORMAT ":%s is ahead of the ledger, "
                                      "which ends at row %" G_GINT64_FORMAT " (rows were removed, "
                                      "or this is an older copy of the workspace)"),
                                    anchor_row, anchor_hash, expected - 1));

  return TRUE;
}

/* Every ledger row still has its journal entry, and every entry its row */
static gboolean
match_journal (CordonWorkspace  *self,
               LedgerWalk       *walk,
               GPtrArray        *findings,
               GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  g_autoptr(GHashTable) gone = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  int rc;

  if (!(stmt = _cordon_workspace_prepare (self, sql_ledger_unmatched, error)))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 seq = sqlite3_column_int64 (stmt, 0);
      const char *key = cordon_column_text (stmt, 1);
      gint64 entry = sqlite3_column_int64 (stmt, 2);

      if (sqlite3_column_int (stmt, 3) != 0)
        {
          /* Named once, with how much of it the ledger knew */
          if (!g_hash_table_contains (gone, key))
            {
              gint64 *last = g_hash_table_lookup (walk->last_entry, key);

              add (findings, g_strdup_printf (_("%s is not in the workspace, but the ledger records "
                                                "%" G_GINT64_FORMAT " journal entries of it from row "
                                                "%" G_GINT64_FORMAT " on (the incident was deleted)"),
                                              key, last != NULL ? *last : 0, seq));
              g_hash_table_add (gone, g_strdup (key));
              g_hash_table_add (walk->reported, g_strdup (key));
            }
          continue;
        }

      if (g_hash_table_contains (walk->reported, key))
        continue;
      g_hash_table_add (walk->reported, g_strdup (key));

      if (sqlite3_column_int (stmt, 4) != 0)
        add (findings, g_strdup_printf (_("%s journal entry %" G_GINT64_FORMAT " is missing, but "
                                          "ledger row %" G_GINT64_FORMAT " records it (entries were "
                                          "removed)"), key, entry, seq));
      else
        add (findings, g_strdup_printf (_("%s journal entry %" G_GINT64_FORMAT " is not the entry "
                                          "ledger row %" G_GINT64_FORMAT " records (the journal was "
                                          "changed or rewritten)"), key, entry, seq));
    }

  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }
  g_clear_pointer (&stmt, cordon_stmt_release);

  if (!(stmt = _cordon_workspace_prepare (self, sql_journal_unledgered, error)))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *key = cordon_column_text (stmt, 0);

      if (g_hash_table_contains (walk->reported, key))
        continue;
      g_hash_table_add (walk->reported, g_strdup (key));

      add (findings, g_strdup_printf (_("%s journal entry %" G_GINT64_FORMAT " is not in the ledger "
                                        "(it was written outside Cordon)"),
                                      key, (gint64) sqlite3_column_int64 (stmt, 1)));
    }

  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }

  return TRUE;
}

/* The incident's title, lead, category, severity and phase are what its
 * last chained change left them */
static gboolean
match_fields (CordonWorkspace  *self,
              LedgerWalk       *walk,
              GPtrArray        *findings,
              GError          **error)
{
  static const char * const labels[] = { N_("title"), N_("lead"), N_("category"), N_("severity"), N_("phase") };
  g_autoptr(CordonStmt) stmt = NULL;
  int rc;

  G_STATIC_ASSERT (G_N_ELEMENTS (labels) == G_N_ELEMENTS (state_fields));

  if (!(stmt = _cordon_workspace_prepare (self, sql_incident_fields, error)))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *key = cordon_column_text (stmt, 0);
      const char *chained = g_hash_table_lookup (walk->last_state, key);
      g_autofree char *current = NULL;
      g_autoptr(JsonParser) parser = NULL;
      JsonObject *object = NULL;

      if (chained == NULL)
        continue;

      current = format_state (cordon_column_text (stmt, 1), cordon_column_text (stmt, 2),
                              cordon_column_text (stmt, 3), cordon_column_text (stmt, 4),
                              cordon_column_text (stmt, 5));
      if (g_str_equal (current, chained))
        continue;

      parser = json_parser_new_immutable ();
      if (json_parser_load_from_data (parser, chained, -1, NULL) &&
          JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        object = json_node_get_object (json_parser_get_root (parser));

      for (guint i = 0; i < G_N_ELEMENTS (state_fields); i++)
        {
          const char *have = cordon_column_text (stmt, i + 1);
          const char *want = object != NULL ? json_object_get_string_member_with_default (object, state_fields[i], NULL) : NULL;

          if (want == NULL || !g_str_equal (have, want))
            add (findings, g_strdup_printf (_("%s: the %s was changed outside Cordon: the incident "
                                              "says “%s”, its last chained change “%s”"),
                                            key, _(labels[i]), have, want != NULL ? want : "?"));
        }
    }

  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }

  return TRUE;
}

/*
 * _cordon_workspace_verify_ledger:
 * @anchor_hash: (nullable): with @anchor_row, an anchor to check
 *
 * Adds a line to @findings for each problem of the ledger: its chain, the
 * anchor, journal entries it records that are gone or changed (a deleted
 * incident is named once), entries it does not record, and incident
 * fields that differ from the last chained change.
 */
gboolean
_cordon_workspace_verify_ledger (CordonWorkspace  *self,
                                 gint64            anchor_row,
                                 const char       *anchor_hash,
                                 GPtrArray        *findings,
                                 GError          **error)
{
  g_auto(LedgerWalk) walk = { 0, };

  if (!_cordon_workspace_has_ledger (self))
    {
      if (anchor_hash != NULL)
        add (findings, g_strdup_printf (_("the workspace has no ledger (schema version %d), "
                                          "so it cannot extend the anchor %" G_GINT64_FORMAT ":%s"),
                                        self->schema_version, anchor_row, anchor_hash));
      return TRUE;
    }

  walk.last_entry = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  walk.last_state = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  walk.reported = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  return walk_ledger (self, &walk, anchor_row, anchor_hash, findings, error) &&
         match_journal (self, &walk, findings, error) &&
         match_fields (self, &walk, findings, error);
}
