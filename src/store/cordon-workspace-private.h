/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-workspace-private.h: the state of a workspace and the SQLite
 * helpers its source files share. Nothing outside src/store includes it.
 */

#pragma once

#include <sqlite3.h>

#include "cordon-workspace.h"

G_BEGIN_DECLS

/* A statement borrowed from the workspace's cache; g_autoptr resets it on
 * scope exit, which also ends the read it may hold open. */
typedef sqlite3_stmt CordonStmt;

static inline void
cordon_stmt_release (CordonStmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CordonStmt, cordon_stmt_release)

struct _CordonWorkspace
{
  GObject         parent_instance;

  char           *path;
  CordonClock    *clock;
  sqlite3        *db;
  gint64          busy_start;   /* see wait_when_busy() */

  /* SQL text (static or interned, compared by address) → sqlite3_stmt */
  GHashTable     *statements;

  int             schema_version;
  int             target_version;
  gboolean        created;
  gboolean        no_create;
  gboolean        for_verify;
  GPtrArray      *schema_problems; /* with for_verify: what check_database() found */
  gboolean        read_only;
  char           *migration_backup;

  CordonTaxonomy *taxonomy;

  /* The board's model and its indexes; the hash tables borrow the
   * store's references. NULL until first needed. */
  GListStore     *incidents;
  GHashTable     *incidents_by_id;
  GHashTable     *incidents_by_key;

  /* Savepoint depth inside a bulk; bulk_dirty holds the incidents whose
   * journal count and head must be written before the bulk commits. */
  gboolean        in_bulk;
  GPtrArray      *bulk_dirty;

  /* Following other processes' writes: a watch on the write-ahead log,
   * PRAGMA data_version as last seen, and the idle that compares them */
  GFileMonitor   *log_monitor;
  gint64          data_version;
  guint           external_idle;
};

/* Keys of incidents_by_id */
#define CORDON_ID_KEY(id) GSIZE_TO_POINTER ((gsize) (id))

typedef enum
{
  CORDON_WORKSPACE_SIGNAL_INCIDENT_ADDED,
  CORDON_WORKSPACE_SIGNAL_INCIDENT_CHANGED,
  CORDON_WORKSPACE_SIGNAL_JOURNAL_APPENDED,
  CORDON_WORKSPACE_SIGNAL_RECORDS_CHANGED,
  CORDON_WORKSPACE_SIGNAL_SETTINGS_CHANGED,
  CORDON_WORKSPACE_SIGNAL_RELOADED,
  CORDON_WORKSPACE_N_SIGNALS
} CordonWorkspaceSignal;

extern guint _cordon_workspace_signals[CORDON_WORKSPACE_N_SIGNALS];

/* cordon-workspace.c */
/* Reading rows into objects: @read makes one object of the current row
 * of @stmt (prepared and bound by the caller, released by it too) */
typedef gpointer (*CordonRowReader) (CordonStmt *stmt,
                                     gpointer    user_data);

/* Every row, as a #GListModel of @type; %NULL on an SQLite error */
GListModel *_cordon_workspace_collect_rows     (CordonWorkspace  *self,
                                                CordonStmt       *stmt,
                                                GType             type,
                                                CordonRowReader   read,
                                                gpointer          user_data,
                                                GError          **error);
/* The first row's object; %NULL with %CORDON_WORKSPACE_ERROR_NOT_FOUND
 * and @not_found as its message when there is none */
gpointer    _cordon_workspace_read_row         (CordonWorkspace  *self,
                                                CordonStmt       *stmt,
                                                CordonRowReader   read,
                                                gpointer          user_data,
                                                const char       *not_found,
                                                GError          **error);
CordonStmt *_cordon_workspace_prepare          (CordonWorkspace  *self,
                                                const char       *sql,
                                                GError          **error);
gboolean    _cordon_workspace_exec             (CordonWorkspace  *self,
                                                const char       *sql,
                                                GError          **error);
gboolean    _cordon_workspace_step_done        (CordonWorkspace  *self,
                                                CordonStmt       *stmt,
                                                GError          **error);
void        _cordon_workspace_set_sqlite_error (CordonWorkspace  *self,
                                                GError          **error);
gboolean    _cordon_workspace_begin            (CordonWorkspace  *self,
                                                GError          **error);
gboolean    _cordon_workspace_commit           (CordonWorkspace  *self,
                                                GError          **error);
void        _cordon_workspace_rollback         (CordonWorkspace  *self);
gint64      _cordon_workspace_now              (CordonWorkspace  *self);
gboolean    _cordon_workspace_emits            (CordonWorkspace  *self);
CordonWorkspace *_cordon_workspace_new_at_version (const char    *path,
                                                   CordonClock   *clock,
                                                   int            version,
                                                   GError       **error);

/* cordon-workspace-schema.c */
extern const char * const _cordon_workspace_migrations[];
int         _cordon_workspace_recovery_version (void);
int         _cordon_workspace_ledger_version   (void);
gboolean    _cordon_workspace_insert_defaults  (CordonWorkspace  *self,
                                                GError          **error);
GPtrArray  *_cordon_workspace_check_schema     (sqlite3          *db,
                                                int               version);

/* cordon-workspace-incidents.c */
gboolean    _cordon_workspace_ensure_incidents (CordonWorkspace  *self,
                                                GError          **error);
gboolean    _cordon_workspace_sync_incidents   (CordonWorkspace  *self,
                                                GError          **error);
gboolean    _cordon_workspace_check_filter     (CordonWorkspace  *self,
                                                const char       *phase,
                                                const char       *severity,
                                                CordonPhase      *out_phase,
                                                GError          **error);
gboolean    _cordon_workspace_flush_bulk       (CordonWorkspace  *self,
                                                GError          **error);
gboolean    _cordon_workspace_verify_chains    (CordonWorkspace  *self,
                                                guint64          *n_incidents,
                                                guint64          *n_entries,
                                                GError          **error);
gboolean    _cordon_workspace_normalize_payload (const char      *payload,
                                                 char           **out_payload,
                                                 GError         **error);

/* cordon-workspace-incidents.c: a journal entry inside the caller's
 * transaction; publish it after the commit */
CordonJournalEntry *_cordon_workspace_chain_journal (CordonWorkspace    *self,
                                                     CordonIncident     *incident,
                                                     CordonJournalKind   kind,
                                                     const char         *author,
                                                     const char         *text,
                                                     const char         *payload,
                                                     CordonIncident    **out_work,
                                                     GError            **error);
void        _cordon_workspace_publish_journal  (CordonWorkspace    *self,
                                                CordonIncident     *work,
                                                CordonJournalEntry *entry);

/* cordon-workspace-containment.c */
gboolean    _cordon_workspace_insert_default_strategies (CordonWorkspace  *self,
                                                         GError          **error);
gboolean    _cordon_workspace_check_contained  (CordonWorkspace  *self,
                                                CordonIncident   *incident,
                                                GError          **error);

/* cordon-workspace-recovery.c */
gboolean    _cordon_workspace_check_reviewed   (CordonWorkspace  *self,
                                                CordonIncident   *incident,
                                                GError          **error);

/* cordon-workspace-ledger.c */
gboolean    _cordon_workspace_has_ledger       (CordonWorkspace     *self);
gboolean    _cordon_workspace_append_ledger    (CordonWorkspace     *self,
                                                CordonIncident      *incident,
                                                CordonJournalEntry  *entry,
                                                GError             **error);
gboolean    _cordon_workspace_build_ledger     (CordonWorkspace     *self,
                                                GError             **error);
gboolean    _cordon_workspace_verify_ledger    (CordonWorkspace     *self,
                                                gint64               anchor_row,
                                                const char          *anchor_hash,
                                                GPtrArray           *findings,
                                                GError             **error);

/* cordon-workspace-evidence.c */
gboolean    _cordon_workspace_verify_evidence  (CordonWorkspace  *self,
                                                guint64          *n_records,
                                                GError          **error);

/* cordon-workspace-records.c */
gboolean    _cordon_workspace_load_taxonomy    (CordonWorkspace  *self,
                                                GError          **error);
gboolean    _cordon_workspace_group_exists     (CordonWorkspace  *self,
                                                const char       *slug,
                                                GError          **error);
gboolean    _cordon_workspace_check_text       (const char       *what,
                                                const char       *text,
                                                gboolean          required,
                                                gsize             max_chars,
                                                GError          **error);

/* cordon-workspace-sla.c */
gboolean    _cordon_workspace_apply_sla_entry  (CordonWorkspace     *self,
                                                gint64               incident_id,
                                                CordonJournalEntry  *entry,
                                                GError             **error);
int         _cordon_workspace_sla_paused       (CordonWorkspace     *self,
                                                gint64               incident_id,
                                                GError             **error);
void        _cordon_workspace_describe_retiming (CordonWorkspace    *self,
                                                 CordonIncident     *work,
                                                 const char         *from,
                                                 const char         *to,
                                                 gint64              now,
                                                 char              **out_text,
                                                 char              **out_payload);

/* Binding and reading values: unset times are NULL in the database and 0
 * in memory, unset strings are stored as ''. */
static inline void
cordon_bind_text (CordonStmt *stmt,
                  int         index,
                  const char *text)
{
  sqlite3_bind_text (stmt, index, text != NULL ? text : "", -1, SQLITE_STATIC);
}

static inline void
cordon_bind_nullable_text (CordonStmt *stmt,
                           int         index,
                           const char *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
}

static inline void
cordon_bind_time (CordonStmt *stmt,
                  int         index,
                  gint64      usec)
{
  if (usec == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, usec);
}

static inline const char *
cordon_column_text (CordonStmt *stmt,
                    int         index)
{
  const char *text = (const char *) sqlite3_column_text (stmt, index);

  return text != NULL ? text : "";
}

static inline const char *
cordon_column_nullable_text (CordonStmt *stmt,
                             int         index)
{
  return (const char *) sqlite3_column_text (stmt, index);
}

char       *_cordon_workspace_strv_to_json     (const char * const *strv);
GStrv       _cordon_workspace_strv_from_json   (const char         *text);

/* cordon-workspace-locks.c */
void     _cordon_workspace_guard_locks      (void);
void     _cordon_workspace_guard_connection (sqlite3 *db);
gboolean _cordon_workspace_guarded_locks    (void);

G_END_DECLS
