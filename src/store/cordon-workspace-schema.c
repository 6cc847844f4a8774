/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-workspace-schema.c: the database schema as an ordered list of
 * forward migrations, and the settings a new workspace starts with.
 *
 * Migration N takes a database from user_version N-1 to N. Never edit a
 * migration that has shipped: add the next one, and keep a fixture of the
 * previous version under tests/data so the upgrade stays tested.
 * docs/storage.md describes the tables.
 */

#define G_LOG_DOMAIN "cordon-workspace"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-workspace-private.h"

/* Times are INTEGER microseconds since the Unix epoch, UTC; NULL = unset.
 * Enumerations are stored as their stable text ids. */
static const char migration_1[] =
  "CREATE TABLE taxonomy ("
  "  kind TEXT NOT NULL CHECK (kind IN ('category', 'severity', 'impact')),"
  "  id TEXT NOT NULL,"
  "  label TEXT,"
  "  rank INTEGER NOT NULL DEFAULT 0,"
  "  requires_management INTEGER NOT NULL DEFAULT 0,"
  "  PRIMARY KEY (kind, id)"
  ") WITHOUT ROWID;"

  "CREATE TABLE sla_policies ("
  "  severity TEXT PRIMARY KEY,"
  "  response INTEGER NOT NULL CHECK (response >= 0),"
  "  resolution INTEGER NOT NULL CHECK (resolution >= 0),"
  "  first_update INTEGER NOT NULL CHECK (first_update >= 0),"
  "  update_interval INTEGER NOT NULL CHECK (update_interval >= 0),"
  "  warning_percent INTEGER NOT NULL CHECK (warning_percent BETWEEN 1 AND 99),"
  "  business_hours INTEGER NOT NULL DEFAULT 0"
  ") WITHOUT ROWID;"

  "CREATE TABLE contact_groups ("
  "  id INTEGER PRIMARY KEY,"
  "  slug TEXT NOT NULL UNIQUE,"
  "  kind TEXT NOT NULL,"
  "  name TEXT NOT NULL,"
  "  description TEXT NOT NULL DEFAULT ''"
  ");"

  "CREATE TABLE members ("
  "  id INTEGER PRIMARY KEY,"
  "  group_id INTEGER NOT NULL REFERENCES contact_groups (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL,"
  "  role TEXT NOT NULL DEFAULT '',"
  "  email TEXT NOT NULL DEFAULT '',"
  "  phone TEXT NOT NULL DEFAULT '',"
  "  hours TEXT NOT NULL DEFAULT '',"
  "  priority TEXT NOT NULL DEFAULT 'none'"
  ");"
  "CREATE INDEX members_group ON members (group_id);"

  "CREATE TABLE incident_keys ("
  "  year INTEGER PRIMARY KEY,"
  "  last_number INTEGER NOT NULL"
  ");"

  "CREATE TABLE incidents ("
  "  id INTEGER PRIMARY KEY,"
  "  key TEXT NOT NULL UNIQUE,"
  "  title TEXT NOT NULL,"
  "  summary TEXT NOT NULL DEFAULT '',"
  "  category TEXT NOT NULL,"
  "  severity TEXT NOT NULL,"
  "  impact TEXT NOT NULL DEFAULT '',"
  "  tlp TEXT NOT NULL,"
  "  lead TEXT NOT NULL DEFAULT '',"
  "  phase TEXT NOT NULL,"
  "  groups_engaged TEXT NOT NULL DEFAULT '',"
  "  exercise INTEGER NOT NULL DEFAULT 0,"
  "  journal_count INTEGER NOT NULL DEFAULT 0,"
  "  journal_head TEXT,"
  "  detected INTEGER,"
  "  reported INTEGER,"
  "  acknowledged INTEGER,"
  "  classified INTEGER,"
  "  analysis INTEGER,"
  "  containment INTEGER,"
  "  contained INTEGER,"
  "  recovered INTEGER,"
  "  closed INTEGER,"
  "  management_activated INTEGER,"
  "  created INTEGER NOT NULL,"
  "  updated INTEGER NOT NULL"
  ");"

  /* Append-only: the triggers are a second guard; verify() does not rely
   * on them and catches edits made with them dropped. */
  "CREATE TABLE journal ("
  "  id INTEGER PRIMARY KEY,"
  "  incident_id INTEGER NOT NULL REFERENCES incidents (id),"
  "  seq INTEGER NOT NULL CHECK (seq >= 1),"
  "  kind TEXT NOT NULL,"
  "  author TEXT NOT NULL,"
  "  time INTEGER NOT NULL,"
  "  text TEXT NOT NULL,"
  "  payload TEXT,"
  "  prev_hash TEXT NOT NULL,"
  "  hash TEXT NOT NULL,"
  "  UNIQUE (incident_id, seq)"
  ");"
  "CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal"
  "  BEGIN SELECT RAISE (ABORT, 'the journal is append-only'); END;"
  "CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal"
  "  BEGIN SELECT RAISE (ABORT, 'the journal is append-only'); END;"

  "CREATE TABLE facts ("
  "  id INTEGER PRIMARY KEY,"
  "  incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL,"
  "  value TEXT NOT NULL,"
  "  source TEXT NOT NULL DEFAULT '',"
  "  tlp TEXT NOT NULL,"
  "  is_ioc INTEGER NOT NULL DEFAULT 0,"
  "  added INTEGER"
  ");"
  "CREATE INDEX facts_incident ON facts (incident_id);"

  "CREATE TABLE questions ("
  "  id INTEGER PRIMARY KEY,"
  "  incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,"
  "  text TEXT NOT NULL,"
  "  owner TEXT NOT NULL DEFAULT '',"
  "  status TEXT NOT NULL,"
  "  answer TEXT NOT NULL DEFAULT '',"
  "  created INTEGER"
  ");"
  "CREATE INDEX questions_incident ON questions (incident_id);"

  "CREATE TABLE tasks ("
  "  id INTEGER PRIMARY KEY,"
  "  incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,"
  "  title TEXT NOT NULL,"
  "  owner TEXT NOT NULL DEFAULT '',"
  "  due INTEGER,"
  "  status TEXT NOT NULL,"
  "  created INTEGER"
  ");"
  "CREATE INDEX tasks_incident ON tasks (incident_id);";

/* Version 2: communication protocols per group, and an index for
 * listing incidents by phase (the board's and the CLI's filter). */
static const char migration_2[] =
  "CREATE TABLE protocols ("
  "  id INTEGER PRIMARY KEY,"
  "  group_id INTEGER NOT NULL REFERENCES contact_groups (id) ON DELETE CASCADE,"
  "  channel TEXT NOT NULL,"
  "  \"when\" TEXT NOT NULL DEFAULT '',"
  "  contact TEXT NOT NULL DEFAULT '',"
  "  address TEXT NOT NULL DEFAULT '',"
  "  template TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX protocols_group ON protocols (group_id);"
  "CREATE INDEX incidents_phase ON incidents (phase, severity);";

/* Version 3: SLA pauses, the business hours of each policy, and an index
 * of the journal entries the SLA clock reads (updates sent and SLA
 * events), so that starting the scheduler does not scan every journal. */
static const char migration_3[] =
  "CREATE TABLE sla_pauses ("
  "  id INTEGER PRIMARY KEY,"
  "  incident_id INTEGER NOT NULL REFERENCES incidents (id),"
  "  started INTEGER NOT NULL,"
  "  ended INTEGER,"
  "  reason TEXT NOT NULL DEFAULT '',"
  "  author TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX sla_pauses_incident ON sla_pauses (incident_id, started);"
  "ALTER TABLE sla_policies ADD COLUMN calendar TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE sla_policies ADD COLUMN time_zone TEXT NOT NULL DEFAULT '';"
  "CREATE INDEX journal_sla ON journal (incident_id, time)"
  "  WHERE kind IN ('communication', 'status-update', 'sla-event');";

/* Version 4: containment — the strategy library and its validation
 * records, the plan of each incident and the monitoring checks of its
 * actions. String lists are JSON arrays of strings; focus areas their
 * ids joined by commas. A plan action names its strategy by slug and
 * keeps its own copy of the title, so removing a strategy from the
 * library leaves plans intact. The default library is inserted by the
 * migration itself (see cordon-workspace.c). */
static const char migration_4[] =
  "CREATE TABLE strategies ("
  "  id INTEGER PRIMARY KEY,"
  "  slug TEXT NOT NULL UNIQUE,"
  "  name TEXT NOT NULL,"
  "  focus_areas TEXT NOT NULL DEFAULT '',"
  "  term TEXT NOT NULL CHECK (term IN ('short-term', 'long-term')),"
  "  categories TEXT NOT NULL DEFAULT '[]',"
  "  description TEXT NOT NULL DEFAULT '',"
  "  steps TEXT NOT NULL DEFAULT '[]',"
  "  group_slug TEXT NOT NULL DEFAULT '',"
  "  rollback_steps TEXT NOT NULL DEFAULT '[]',"
  "  evidence_risk INTEGER NOT NULL DEFAULT 0,"
  "  d3fend TEXT NOT NULL DEFAULT '[]',"
  "  mitigations TEXT NOT NULL DEFAULT '[]'"
  ");"

  "CREATE TABLE validations ("
  "  id INTEGER PRIMARY KEY,"
  "  strategy_id INTEGER NOT NULL REFERENCES strategies (id) ON DELETE CASCADE,"
  "  date INTEGER,"
  "  method TEXT NOT NULL,"
  "  who TEXT NOT NULL DEFAULT '',"
  "  duration INTEGER NOT NULL DEFAULT 0 CHECK (duration >= 0),"
  "  result TEXT NOT NULL,"
  "  pitfalls TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX validations_strategy ON validations (strategy_id, date);"

  "CREATE TABLE plan_actions ("
  "  id INTEGER PRIMARY KEY,"
  "  incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,"
  "  strategy TEXT,"
  "  title TEXT NOT NULL,"
  "  term TEXT NOT NULL CHECK (term IN ('short-term', 'long-term')),"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  owner TEXT NOT NULL DEFAULT '',"
  "  status TEXT NOT NULL,"
  "  waive_reason TEXT NOT NULL DEFAULT '',"
  "  started INTEGER,"
  "  finished INTEGER,"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  evidence_risk INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX plan_actions_incident ON plan_actions (incident_id, position);"

  "CREATE TABLE monitoring_checks ("
  "  id INTEGER PRIMARY KEY,"
  "  action_id INTEGER NOT NULL REFERENCES plan_actions (id) ON DELETE CASCADE,"
  "  target TEXT NOT NULL,"
  "  text TEXT NOT NULL DEFAULT '',"
  "  duration INTEGER NOT NULL DEFAULT 0 CHECK (duration >= 0),"
  "  interval INTEGER NOT NULL DEFAULT 0 CHECK (interval >= 0),"
  "  next_due INTEGER,"
  "  outcome TEXT NOT NULL,"
  "  outcome_notes TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX monitoring_checks_action ON monitoring_checks (action_id);"
  "CREATE INDEX monitoring_checks_due ON monitoring_checks (next_due) WHERE outcome = 'pending';";

/* Version 5: the end of a monitoring check's period, so that its
 * reminders stop there and ask for the outcome; NULL means no end (checks
 * stored before version 5 keep reminding until an outcome is recorded). */
static const char migration_5[] =
  "ALTER TABLE monitoring_checks ADD COLUMN ends INTEGER;";

/* Version 6: recovery and the lessons-learned review: the recovery fields of each
 * incident (compromise time, legal considerations, forensic scope, root
 * cause, restore decision), its checklist items made from a template, its
 * review and follow-up actions, and the templates when edited in the
 * preferences (one JSON document; absent means the built-in one). This
 * migration's number comes from its place in the list below only. */
static const char migration_recovery[] =
  "CREATE TABLE recovery ("
  "  incident_id INTEGER PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,"
  "  compromised INTEGER,"
  "  legal TEXT NOT NULL DEFAULT '',"
  "  forensic_scope TEXT NOT NULL DEFAULT '',"
  "  root_cause TEXT NOT NULL DEFAULT '',"
  "  decision TEXT NOT NULL DEFAULT 'undecided',"
  "  decision_reason TEXT NOT NULL DEFAULT '',"
  "  restore_point INTEGER,"
  "  decided INTEGER"
  ");"

  "CREATE TABLE recovery_items ("
  "  id INTEGER PRIMARY KEY,"
  "  incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,"
  "  slug TEXT NOT NULL,"
  "  stage TEXT NOT NULL CHECK (stage IN ('pre-recovery', 'backup', 'post-recovery')),"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  title TEXT NOT NULL,"
  "  description TEXT NOT NULL DEFAULT '',"
  "  owner TEXT NOT NULL DEFAULT '',"
  "  due INTEGER,"
  "  status TEXT NOT NULL CHECK (status IN ('open', 'done', 'not-applicable')),"
  "  done INTEGER,"
  "  reason TEXT NOT NULL DEFAULT '',"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  evidence TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (incident_id, slug)"
  ");"
  "CREATE INDEX recovery_items_incident ON recovery_items (incident_id, position);"

  "CREATE TABLE reviews ("
  "  incident_id INTEGER PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,"
  "  went_well TEXT NOT NULL DEFAULT '',"
  "  went_badly TEXT NOT NULL DEFAULT '',"
  "  completed INTEGER,"
  "  skip_reason TEXT NOT NULL DEFAULT ''"
  ");"

  "CREATE TABLE follow_ups ("
  "  id INTEGER PRIMARY KEY,"
  "  incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,"
  "  text TEXT NOT NULL,"
  "  owner TEXT NOT NULL DEFAULT '',"
  "  due INTEGER,"
  "  done INTEGER"
  ");"
  "CREATE INDEX follow_ups_incident ON follow_ups (incident_id);"

  "CREATE TABLE recovery_templates ("
  "  id INTEGER PRIMARY KEY CHECK (id = 1),"
  "  document TEXT NOT NULL"
  ");";

/* Version 7: the evidence register and chain of custody. Every row is recorded by a
 * journal entry of the same incident (journal_seq), whose payload holds
 * the full record: the hash chain covers the register, and verify()
 * compares each row with its entry. Rows are never changed or removed;
 * the triggers are a second guard, as for the journal. */
static const char migration_evidence[] =
  "CREATE TABLE evidence_items ("
  "  id INTEGER PRIMARY KEY,"
  "  incident_id INTEGER NOT NULL REFERENCES incidents (id),"
  "  number INTEGER NOT NULL CHECK (number >= 1),"
  "  kind TEXT NOT NULL CHECK (kind IN ('electronic', 'physical')),"
  "  description TEXT NOT NULL,"
  "  source_host TEXT NOT NULL DEFAULT '',"
  "  source_location TEXT NOT NULL DEFAULT '',"
  "  collected_by TEXT NOT NULL,"
  "  collected INTEGER NOT NULL,"
  "  storage TEXT NOT NULL DEFAULT '',"
  "  file_path TEXT NOT NULL DEFAULT '',"
  "  size INTEGER NOT NULL DEFAULT 0,"
  "  sha256 TEXT NOT NULL DEFAULT '',"
  "  journal_seq INTEGER NOT NULL,"
  "  UNIQUE (incident_id, number),"
  "  UNIQUE (incident_id, journal_seq)"
  ");"
  "CREATE TRIGGER evidence_items_no_update BEFORE UPDATE ON evidence_items"
  "  BEGIN SELECT RAISE (ABORT, 'the evidence register is append-only'); END;"
  "CREATE TRIGGER evidence_items_no_delete BEFORE DELETE ON evidence_items"
  "  BEGIN SELECT RAISE (ABORT, 'the evidence register is append-only'); END;"

  "CREATE TABLE custody_transfers ("
  "  id INTEGER PRIMARY KEY,"
  "  item_id INTEGER NOT NULL REFERENCES evidence_items (id),"
  "  number INTEGER NOT NULL CHECK (number >= 1),"
  "  from_holder TEXT NOT NULL,"
  "  to_holder TEXT NOT NULL,"
  "  time INTEGER NOT NULL,"
  "  purpose TEXT NOT NULL,"
  "  location TEXT NOT NULL DEFAULT '',"
  "  author TEXT NOT NULL DEFAULT '',"
  "  journal_seq INTEGER NOT NULL,"
  "  UNIQUE (item_id, number)"
  ");"
  "CREATE TRIGGER custody_transfers_no_update BEFORE UPDATE ON custody_transfers"
  "  BEGIN SELECT RAISE (ABORT, 'the chain of custody is append-only'); END;"
  "CREATE TRIGGER custody_transfers_no_delete BEFORE DELETE ON custody_transfers"
  "  BEGIN SELECT RAISE (ABORT, 'the chain of custody is append-only'); END;"

  "CREATE TABLE evidence_checks ("
  "  id INTEGER PRIMARY KEY,"
  "  item_id INTEGER NOT NULL REFERENCES evidence_items (id),"
  "  number INTEGER NOT NULL CHECK (number >= 1),"
  "  time INTEGER NOT NULL,"
  "  checked_by TEXT NOT NULL DEFAULT '',"
  "  sha256 TEXT NOT NULL,"
  "  result TEXT NOT NULL CHECK (result IN ('match', 'mismatch')),"
  "  journal_seq INTEGER NOT NULL,"
  "  UNIQUE (item_id, number)"
  ");"
  "CREATE TRIGGER evidence_checks_no_update BEFORE UPDATE ON evidence_checks"
  "  BEGIN SELECT RAISE (ABORT, 'evidence checks are append-only'); END;"
  "CREATE TRIGGER evidence_checks_no_delete BEFORE DELETE ON evidence_checks"
  "  BEGIN SELECT RAISE (ABORT, 'evidence checks are append-only'); END;";

/* Version 8: tabletop exercises. An exercise workspace keeps its
 * scenario and the facilitator's state beside its incidents: key/value
 * pairs (the scenario JSON, the start, the notes, which incident each
 * scenario id became) and the inject queue with each inject's status. A
 * workspace without an `exercise` row named `scenario` is a real one. */
static const char migration_exercise[] =
  "CREATE TABLE exercise ("
  "  key TEXT PRIMARY KEY,"
  "  value TEXT NOT NULL"
  ") WITHOUT ROWID;"

  "CREATE TABLE exercise_injects ("
  "  position INTEGER PRIMARY KEY CHECK (position >= 0),"
  "  scenario_index INTEGER,"
  "  at INTEGER NOT NULL CHECK (at >= 0),"
  "  kind TEXT NOT NULL,"
  "  incident TEXT NOT NULL DEFAULT '',"
  "  summary TEXT NOT NULL,"
  "  inject TEXT,"
  "  status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'skipped')),"
  "  delivered INTEGER"
  ");";

/* Version 9: what sharing formats say beyond Cordon's own fields, so that
 * it travels back out as it came in. For a fact: the source's own
 * identifier, type and category (MISP's uuid, `domain|ip` and `Network
 * activity`), its comment and tags (a JSON array of strings), when it was
 * first and last seen, and the group it belongs to (a MISP object: its
 * uuid, name and comment, and the fact's relation within it). For a task:
 * its description (TheHive's). Rows stored before version 9 have none of
 * these. */
static const char migration_interchange[] =
  "ALTER TABLE facts ADD COLUMN uuid TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE facts ADD COLUMN origin_type TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE facts ADD COLUMN origin_category TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE facts ADD COLUMN comment TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE facts ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';"
  "ALTER TABLE facts ADD COLUMN first_seen INTEGER;"
  "ALTER TABLE facts ADD COLUMN last_seen INTEGER;"
  "ALTER TABLE facts ADD COLUMN \"group\" TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE facts ADD COLUMN group_name TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE facts ADD COLUMN group_comment TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE facts ADD COLUMN relation TEXT NOT NULL DEFAULT '';"
  "ALTER TABLE tasks ADD COLUMN description TEXT NOT NULL DEFAULT '';";

/* Version 10: where imported incidents came from. Each row ties a
 * record of another tool (a MISP event's uuid, a TheHive case's id, a
 * STIX incident's id, a VERIS incident_id) to an incident made of it, so
 * that importing the same record again updates or skips that incident
 * instead of opening a second one; a record imported anew on purpose
 * ties to each of its incidents. And the case templates imported from
 * TheHive, which new incidents can be opened from. */
static const char migration_import_sources[] =
  "CREATE TABLE import_sources ("
  "  format TEXT NOT NULL,"
  "  source_id TEXT NOT NULL CHECK (length (source_id) BETWEEN 1 AND 1000),"
  "  incident_id INTEGER NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,"
  "  imported INTEGER NOT NULL,"
  "  PRIMARY KEY (format, source_id, incident_id)"
  ");"
  "CREATE INDEX import_sources_incident ON import_sources (incident_id);"
  /* Case templates (TheHive's): a playbook's name, what an incident
   * opened from it starts with, and its tasks in order */
  "CREATE TABLE case_templates ("
  "  id INTEGER PRIMARY KEY,"
  "  name TEXT NOT NULL UNIQUE CHECK (length (name) BETWEEN 1 AND 500),"
  "  title_prefix TEXT NOT NULL DEFAULT '',"
  "  description TEXT NOT NULL DEFAULT '',"
  "  severity TEXT NOT NULL DEFAULT '',"
  "  category TEXT NOT NULL DEFAULT '',"
  "  tlp TEXT NOT NULL DEFAULT 'amber',"
  "  source TEXT NOT NULL DEFAULT '',"
  "  imported INTEGER NOT NULL"
  ");"
  "CREATE TABLE case_template_tasks ("
  "  template_id INTEGER NOT NULL REFERENCES case_templates (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL,"
  "  title TEXT NOT NULL CHECK (length (title) BETWEEN 1 AND 500),"
  "  description TEXT NOT NULL DEFAULT '',"
  "  \"group\" TEXT NOT NULL DEFAULT '',"
  "  PRIMARY KEY (template_id, position)"
  ");";
/* Version 11: the ledger, one hash chain over every journal entry of the
 * workspace in the order they were written (see
 * cordon-workspace-ledger.c): `seq` numbers the rows from 1, `kind`,
 * `incident` (the key) and `entry` (its number) name the journal entry,
 * `record_hash` is its hash, `state` the incident's title, lead,
 * category, severity and phase after it (a JSON object; NULL for rows
 * built at the upgrade but the last of each incident). Append-only like
 * the journal. The rows of the entries already in a workspace are built
 * by the migration itself (see cordon-workspace.c). */
static const char migration_ledger[] =
  "CREATE TABLE ledger ("
  "  seq INTEGER PRIMARY KEY CHECK (seq >= 1),"
  "  kind TEXT NOT NULL,"
  "  incident TEXT NOT NULL,"
  "  entry INTEGER NOT NULL CHECK (entry >= 1),"
  "  record_hash TEXT NOT NULL,"
  "  state TEXT,"
  "  prev_hash TEXT NOT NULL,"
  "  hash TEXT NOT NULL,"
  "  UNIQUE (incident, entry)"
  ");"
  "CREATE TRIGGER ledger_no_update BEFORE UPDATE ON ledger"
  "  BEGIN SELECT RAISE (ABORT, 'the ledger is append-only'); END;"
  "CREATE TRIGGER ledger_no_delete BEFORE DELETE ON ledger"
  "  BEGIN SELECT RAISE (ABORT, 'the ledger is append-only'); END;";

const char * const _cordon_workspace_migrations[] = {
  migration_1,
  migration_2,
  migration_3,
  migration_4,
  migration_5,
  migration_recovery,
  migration_evidence,
  migration_exercise,
  migration_interchange,
  migration_import_sources,
  migration_ledger,
};

/* The version that brings the recovery tables: where its migration sits
 * in the list, so that renumbering the list is the only change needed */
int
_cordon_workspace_recovery_version (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (_cordon_workspace_migrations); i++)
    {
      if (_cordon_workspace_migrations[i] == migration_recovery)
        return i + 1;
    }

  g_assert_not_reached ();
}

/* The version that brings the ledger, found the same way */
int
_cordon_workspace_ledger_version (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (_cordon_workspace_migrations); i++)
    {
      if (_cordon_workspace_migrations[i] == migration_ledger)
        return i + 1;
    }

  g_assert_not_reached ();
}

G_STATIC_ASSERT (G_N_ELEMENTS (_cordon_workspace_migrations) == CORDON_WORKSPACE_SCHEMA_VERSION);

gboolean
_cordon_workspace_insert_defaults (CordonWorkspace  *self,
                                   GError          **error)
{
  static const struct {
    const char *slug;
    CordonGroupKind kind;
    const char *name;
    const char *description;
  } groups[] = {
    { "responders", CORDON_GROUP_KIND_RESPONDER, N_("Responders"),
      N_("Analysts, reverse engineers and forensic investigators who investigate the incident") },
    { "resolvers", CORDON_GROUP_KIND_RESOLVER, N_("Resolvers"),
      N_("Network, server and application teams who carry out the remediation") },
    { "management", CORDON_GROUP_KIND_MANAGEMENT, N_("Management"),
      N_("ISM, CISO, CIO and CTO, activated when the impact is enterprise-wide") },
    { "external-communication", CORDON_GROUP_KIND_EXTERNAL_COMMUNICATION, N_("External communication"),
      N_("Legal, HR, the crisis team, regulators, media and law enforcement") },
  };
  g_autoptr(CordonTaxonomy) taxonomy = cordon_taxonomy_new_default ();
  g_autoptr(GPtrArray) policies = cordon_sla_policy_new_defaults ();
  gboolean was_in_bulk = self->in_bulk;
  gboolean ret = TRUE;

  /* Run inside the creating transaction: the savepoints of bulk mode give
   * each insert the usual all-or-nothing behaviour */
  self->in_bulk = TRUE;

  for (guint kind = 0; ret && kind <= CORDON_TAXONOMY_KIND_IMPACT; kind++)
    {
      GListModel *entries = cordon_taxonomy_get_entries (taxonomy, kind);

      for (guint i = 0; ret && i < g_list_model_get_n_items (entries); i++)
        {
          g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (entries, i);
          ret = cordon_workspace_set_taxonomy_entry (self, entry, error);
        }
    }

  for (guint i = 0; ret && i < policies->len; i++)
    ret = cordon_workspace_set_sla_policy (self, g_ptr_array_index (policies, i), error);

  for (guint i = 0; ret && i < G_N_ELEMENTS (groups); i++)
    {
      g_autoptr(CordonGroup) group = cordon_group_new ();

      cordon_group_set_slug (group, groups[i].slug);
      cordon_group_set_kind (group, groups[i].kind);
      cordon_group_set_name (group, _(groups[i].name));
      cordon_group_set_description (group, _(groups[i].description));
      ret = cordon_workspace_create_group (self, group, error);
    }

  self->in_bulk = was_in_bulk;

  return ret;
}

/* Checking a file's schema ------------------------------------------ */

/* What sqlite_schema says of one object: the object's type and the SQL
 * that made it ("" for none) */
typedef struct
{
  char *type;
  char *sql;
} SchemaObject;

static void
schema_object_free (SchemaObject *object)
{
  g_free (object->type);
  g_free (object->sql);
  g_free (object);
}

/* name → SchemaObject, every object of @db but SQLite's own */
static GHashTable *
read_schema (sqlite3 *db)
{
  g_autoptr(GHashTable) objects =
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) schema_object_free);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db,
                          "SELECT type, name, sql FROM sqlite_schema"
                          " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
                          -1, &stmt, NULL) != SQLITE_OK)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SchemaObject *object = g_new0 (SchemaObject, 1);
      const char *sql = (const char *) sqlite3_column_text (stmt, 2);

      object->type = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      object->sql = g_strdup (sql != NULL ? sql : "");
      g_hash_table_replace (objects, g_strdup ((const char *) sqlite3_column_text (stmt, 1)), object);
    }
  sqlite3_finalize (stmt);

  return rc == SQLITE_DONE ? g_steal_pointer (&objects) : NULL;
}

/* The schema every workspace of @version has: the migrations up to it,
 * run on an empty database in memory. A migrated file and a new one were
 * made by the same statements, so SQLite keeps the same text for both. */
static GHashTable *
expected_schema (int version)
{
  static GHashTable *cache[CORDON_WORKSPACE_SCHEMA_VERSION + 1];
  static GMutex lock;
  GHashTable *objects;

  g_mutex_lock (&lock);
  objects = cache[version];
  if (objects == NULL)
    {
      sqlite3 *db = NULL;
      gboolean built = sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, NULL) == SQLITE_OK;

      for (int v = 1; built && v <= version; v++)
        built = sqlite3_exec (db, _cordon_workspace_migrations[v - 1], NULL, NULL, NULL) == SQLITE_OK;

      if (built)
        objects = cache[version] = read_schema (db);
      sqlite3_close (db);
    }
  g_mutex_unlock (&lock);

  /* Our own statements on an empty database in memory cannot fail */
  g_assert (objects != NULL);

  return objects;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/*
 * _cordon_workspace_check_schema:
 * @db: a connection to the file
 * @version: the file's schema version (1 up to the current one)
 *
 * Compares the tables, columns, indexes and triggers of @db with those
 * @version defines.
 *
 * Returns: (transfer full): what differs, one line each ("table journal
 *   is missing", "trigger journal_no_delete is missing", "table incidents
 *   differs from schema version 8", "unexpected view v"), sorted; empty
 *   when the schema is whole; %NULL if @db cannot be read
 */
GPtrArray *
_cordon_workspace_check_schema (sqlite3 *db,
                                int      version)
{
  g_autoptr(GHashTable) actual = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  GHashTable *expected;
  GHashTableIter iter;
  gpointer name, value;

  g_return_val_if_fail (version >= 1 && version <= CORDON_WORKSPACE_SCHEMA_VERSION, NULL);

  if (!(actual = read_schema (db)))
    return NULL;
  expected = expected_schema (version);

  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, &name, &value))
    {
      SchemaObject *want = value;
      SchemaObject *have = g_hash_table_lookup (actual, name);

      if (have == NULL)
        g_ptr_array_add (problems, g_strdup_printf (_("%s %s is missing"), want->type, (const char *) name));
      else if (g_strcmp0 (want->type, have->type) != 0 || g_strcmp0 (want->sql, have->sql) != 0)
        g_ptr_array_add (problems, g_strdup_printf (_("%s %s differs from schema version %d"),
                                                    want->type, (const char *) name, version));
    }

  g_hash_table_iter_init (&iter, actual);
  while (g_hash_table_iter_next (&iter, &name, &value))
    {
      SchemaObject *have = value;

      if (!g_hash_table_contains (expected, name))
        g_ptr_array_add (problems, g_strdup_printf (_("unexpected %s %s"), have->type, (const char *) name));
    }

  g_ptr_array_sort (problems, compare_strings);

  return g_steal_pointer (&problems);
}
