/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-workspace.c: opening a workspace file safely (refusing what is
 * not ours, damaged or too new without writing to it), its pragmas,
 * forward migrations with a backup first, online backups, verification,
 * transactions and bulk mode. Incidents and the journal live in
 * cordon-workspace-incidents.c, the other records in
 * cordon-workspace-records.c, the schema in cordon-workspace-schema.c.
 */

#define G_LOG_DOMAIN "cordon-workspace"

/* renameat2() and RENAME_NOREPLACE */
#define _GNU_SOURCE

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "cordon-system-clock.h"
#include "cordon-workspace-private.h"

/* PRAGMA application_id of every workspace: "Cord" in ASCII */
#define CORDON_APPLICATION_ID 0x436f7264

#define SQLITE_HEADER_SIZE 100
#define BUSY_TIMEOUT_MS 5000

static void initable_iface_init (GInitableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CordonWorkspace, cordon_workspace, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_INITABLE, initable_iface_init))

G_DEFINE_QUARK (cordon-workspace-error-quark, cordon_workspace_error)

enum {
  PROP_0,
  PROP_PATH,
  PROP_CLOCK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

guint _cordon_workspace_signals[CORDON_WORKSPACE_N_SIGNALS];

static void seal_update (const char *path,
                         gboolean    checked);

static void
cordon_workspace_dispose (GObject *object)
{
  CordonWorkspace *self = (CordonWorkspace *)object;

  g_clear_handle_id (&self->external_idle, g_source_remove);
  if (self->log_monitor != NULL)
    g_file_monitor_cancel (self->log_monitor);
  g_clear_object (&self->log_monitor);
  g_clear_pointer (&self->bulk_dirty, g_ptr_array_unref);
  g_clear_pointer (&self->incidents_by_id, g_hash_table_unref);
  g_clear_pointer (&self->incidents_by_key, g_hash_table_unref);
  g_clear_object (&self->incidents);
  g_clear_object (&self->taxonomy);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (cordon_workspace_parent_class)->dispose (object);
}

static void
cordon_workspace_finalize (GObject *object)
{
  CordonWorkspace *self = (CordonWorkspace *)object;

  /* Statements must be finalized before the connection closes */
  g_clear_pointer (&self->statements, g_hash_table_unref);

  if (self->db != NULL)
    {
      gboolean closed;

      if (self->in_bulk)
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      /* No connection checkpoints on close (see cordon-workspace-locks.c):
       * copy what the log holds into the main file now and empty the log,
       * with every lock. Without waiting: if another connection is reading
       * or writing, it is not the last one, and the log stays as it is. An
       * emptied log is what lets the next process open without replaying
       * it (and copying it into the main file once more). */
      sqlite3_busy_handler (self->db, NULL, NULL);
      sqlite3_wal_checkpoint_v2 (self->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
      closed = sqlite3_close (self->db) == SQLITE_OK;
      self->db = NULL;

      if (self->path != NULL)
        seal_update (self->path, closed);
    }

  g_clear_pointer (&self->migration_backup, g_free);
  g_clear_pointer (&self->schema_problems, g_ptr_array_unref);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (cordon_workspace_parent_class)->finalize (object);
}

static void
cordon_workspace_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  CordonWorkspace *self = CORDON_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_CLOCK:
      g_value_set_object (value, self->clock);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_workspace_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  CordonWorkspace *self = CORDON_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      self->path = g_value_dup_string (value);
      break;

    case PROP_CLOCK:
      self->clock = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_workspace_class_init (CordonWorkspaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cordon_workspace_dispose;
  object_class->finalize = cordon_workspace_finalize;
  object_class->get_property = cordon_workspace_get_property;
  object_class->set_property = cordon_workspace_set_property;

  /**
   * CordonWorkspace:path:
   *
   * The workspace file.
   */
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonWorkspace:clock:
   *
   * The clock that stamps every write; the system clock when not given.
   */
  properties[PROP_CLOCK] =
    g_param_spec_object ("clock", NULL, NULL,
                         CORDON_TYPE_CLOCK,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  _cordon_workspace_signals[CORDON_WORKSPACE_SIGNAL_INCIDENT_ADDED] =
    g_signal_new ("incident-added",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CORDON_TYPE_INCIDENT);

  _cordon_workspace_signals[CORDON_WORKSPACE_SIGNAL_INCIDENT_CHANGED] =
    g_signal_new ("incident-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CORDON_TYPE_INCIDENT);

  _cordon_workspace_signals[CORDON_WORKSPACE_SIGNAL_JOURNAL_APPENDED] =
    g_signal_new ("journal-appended",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, CORDON_TYPE_INCIDENT, CORDON_TYPE_JOURNAL_ENTRY);

  _cordon_workspace_signals[CORDON_WORKSPACE_SIGNAL_RECORDS_CHANGED] =
    g_signal_new ("records-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CORDON_TYPE_INCIDENT);

  _cordon_workspace_signals[CORDON_WORKSPACE_SIGNAL_SETTINGS_CHANGED] =
    g_signal_new ("settings-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  _cordon_workspace_signals[CORDON_WORKSPACE_SIGNAL_RELOADED] =
    g_signal_new ("reloaded",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
cordon_workspace_init (CordonWorkspace *self)
{
  self->target_version = CORDON_WORKSPACE_SCHEMA_VERSION;
  self->statements = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) sqlite3_finalize);
  self->taxonomy = cordon_taxonomy_new ();
}

/* SQLite helpers --------------------------------------------------- */

/* String lists are stored as JSON arrays of strings */
char *
_cordon_workspace_strv_to_json (const char * const *strv)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    json_builder_add_string_value (builder, strv[i]);
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

/* Reads what _cordon_workspace_strv_to_json() wrote; anything else reads as an empty list */
GStrv
_cordon_workspace_strv_from_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonNode *root;

  if (text != NULL && json_parser_load_from_data (parser, text, -1, NULL) &&
      (root = json_parser_get_root (parser)) != NULL && JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
            g_strv_builder_add (builder, json_node_get_string (node));
        }
    }

  return g_strv_builder_end (builder);
}


static int
error_code_for_sqlite (sqlite3 *db,
                       int      rc)
{
  /* What the operating system said tells a full disk or a read-only
   * folder apart from damage, whichever SQLite code carries it */
  switch (db != NULL ? sqlite3_system_errno (db) : 0)
    {
    case ENOSPC:
    case EDQUOT:
      return CORDON_WORKSPACE_ERROR_NO_SPACE;

    case EROFS:
    case EACCES:
    case EPERM:
      return CORDON_WORKSPACE_ERROR_READ_ONLY;

    default:
      break;
    }

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      return CORDON_WORKSPACE_ERROR_NOT_SQLITE;

    case SQLITE_CORRUPT:
      return CORDON_WORKSPACE_ERROR_CORRUPT;

    case SQLITE_CONSTRAINT:
      return CORDON_WORKSPACE_ERROR_INVALID;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return CORDON_WORKSPACE_ERROR_BUSY;

    case SQLITE_READONLY:
    case SQLITE_PERM:
      return CORDON_WORKSPACE_ERROR_READ_ONLY;

    case SQLITE_FULL:
      return CORDON_WORKSPACE_ERROR_NO_SPACE;

    default:
      return CORDON_WORKSPACE_ERROR_IO;
    }
}

static void
set_sqlite_error_for (sqlite3     *db,
                      const char  *path,
                      GError     **error)
{
  int rc = sqlite3_errcode (db);
  int code = error_code_for_sqlite (db, rc);

  switch (code)
    {
    case CORDON_WORKSPACE_ERROR_BUSY:
      g_set_error (error, CORDON_WORKSPACE_ERROR, code,
                   _("Workspace “%s”: the workspace is busy (another program kept it locked for %d seconds); "
                     "nothing was written, try again"), path, BUSY_TIMEOUT_MS / 1000);
      break;

    case CORDON_WORKSPACE_ERROR_READ_ONLY:
      g_set_error (error, CORDON_WORKSPACE_ERROR, code,
                   _("Workspace “%s”: the workspace cannot be written here (the file or its folder is read-only); "
                     "nothing was written"), path);
      break;

    case CORDON_WORKSPACE_ERROR_NO_SPACE:
      g_set_error (error, CORDON_WORKSPACE_ERROR, code,
                   _("Workspace “%s”: the disk is full; nothing was written"), path);
      break;

    default:
      g_set_error (error, CORDON_WORKSPACE_ERROR, code,
                   _("Workspace “%s”: %s"), path, sqlite3_errmsg (db));
      break;
    }
}

GListModel *
_cordon_workspace_collect_rows (CordonWorkspace  *self,
                                CordonStmt       *stmt,
                                GType             type,
                                CordonRowReader   read,
                                gpointer          user_data,
                                GError          **error)
{
  g_autoptr(GListStore) store = g_list_store_new (type);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GObject) object = read (stmt, user_data);
      g_list_store_append (store, object);
    }

  if (rc != SQLITE_DONE)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return NULL;
    }

  return G_LIST_MODEL (g_steal_pointer (&store));
}

gpointer
_cordon_workspace_read_row (CordonWorkspace  *self,
                            CordonStmt       *stmt,
                            CordonRowReader   read,
                            gpointer          user_data,
                            const char       *not_found,
                            GError          **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    return read (stmt, user_data);

  if (rc == SQLITE_DONE)
    g_set_error_literal (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND, not_found);
  else
    _cordon_workspace_set_sqlite_error (self, error);

  return NULL;
}

void
_cordon_workspace_set_sqlite_error (CordonWorkspace  *self,
                                    GError          **error)
{
  set_sqlite_error_for (self->db, self->path, error);
}

CordonStmt *
_cordon_workspace_prepare (CordonWorkspace  *self,
                           const char       *sql,
                           GError          **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);

  if (stmt != NULL)
    return stmt;

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      sqlite3_finalize (stmt);
      return NULL;
    }

  g_hash_table_insert (self->statements, (gpointer) sql, stmt);

  return stmt;
}

gboolean
_cordon_workspace_exec (CordonWorkspace  *self,
                        const char       *sql,
                        GError          **error)
{
  if (sqlite3_exec (self->db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }

  return TRUE;
}

gboolean
_cordon_workspace_step_done (CordonWorkspace  *self,
                             CordonStmt       *stmt,
                             GError          **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }

  return TRUE;
}

gint64
_cordon_workspace_now (CordonWorkspace *self)
{
  return cordon_clock_now_usec (self->clock);
}

/* Signals and the in-memory model are left alone during a bulk; its end
 * reloads them. */
gboolean
_cordon_workspace_emits (CordonWorkspace *self)
{
  return !self->in_bulk;
}

/* Transactions ------------------------------------------------------ */

/* Outside a bulk every write is its own BEGIN IMMEDIATE … COMMIT: taking
 * the write lock up front means a busy database makes us wait (busy
 * timeout) instead of failing half way. Inside a bulk each write is a
 * savepoint, so that a failed write leaves the bulk as it was. */
gboolean
_cordon_workspace_begin (CordonWorkspace  *self,
                         GError          **error)
{
  return _cordon_workspace_exec (self, self->in_bulk ? "SAVEPOINT op" : "BEGIN IMMEDIATE", error);
}

gboolean
_cordon_workspace_commit (CordonWorkspace  *self,
                          GError          **error)
{
  if (!_cordon_workspace_exec (self, self->in_bulk ? "RELEASE op" : "COMMIT", error))
    {
      _cordon_workspace_rollback (self);
      return FALSE;
    }

  return TRUE;
}

void
_cordon_workspace_rollback (CordonWorkspace *self)
{
  if (self->in_bulk)
    sqlite3_exec (self->db, "ROLLBACK TO op; RELEASE op", NULL, NULL, NULL);
  else if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Opening ------------------------------------------------------------ */

static gboolean
refuse (GError     **error,
        int          code,
        const char  *path,
        const char  *why)
{
  g_set_error (error, CORDON_WORKSPACE_ERROR, code,
               _("Cannot open workspace “%s”: %s. The file was not changed."),
               path, why);
  return FALSE;
}

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* Looks at the file with plain reads before SQLite sees it: SQLite would
 * happily turn an empty file into a database, and a database cut short
 * is easier to explain from its header than from a failed query. */
static gboolean
check_file_header (const char  *path,
                   GError     **error)
{
  g_autofree char *wal_path = g_strconcat (path, "-wal", NULL);
  guint8 header[SQLITE_HEADER_SIZE];
  GStatBuf st, wal_st;
  guint32 page_size;
  guint32 page_count;
  gssize n_read;
  int fd;

  if (g_stat (path, &st) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_IO,
                   _("Cannot open workspace “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  if (!S_ISREG (st.st_mode))
    return refuse (error, CORDON_WORKSPACE_ERROR_IO, path, _("it is not a regular file"));

  if (st.st_size == 0)
    return refuse (error, CORDON_WORKSPACE_ERROR_NOT_SQLITE, path,
                   _("the file is empty; remove it to start a new workspace there"));

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_IO,
                   _("Cannot open workspace “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  n_read = read (fd, header, sizeof header);
  g_close (fd, NULL);

  if (n_read < 16 || memcmp (header, "SQLite format 3\0", 16) != 0)
    return refuse (error, CORDON_WORKSPACE_ERROR_NOT_SQLITE, path,
                   _("it is not a Cordon workspace (not an SQLite database)"));

  if (n_read < SQLITE_HEADER_SIZE)
    return refuse (error, CORDON_WORKSPACE_ERROR_CORRUPT, path,
                   _("the database is truncated (shorter than its header)"));

  page_size = ((guint32) header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  page_count = read_be32 (header + 28);

  /* The page count in the header is valid when the version-valid-for
   * number matches the change counter. With a non-empty write-ahead log
   * beside it the main file may legitimately lag behind (an interrupted
   * checkpoint), so only judge a file that stands alone. */
  if (read_be32 (header + 92) == read_be32 (header + 24) &&
      page_size >= 512 &&
      (g_stat (wal_path, &wal_st) != 0 || wal_st.st_size == 0) &&
      (guint64) st.st_size < (guint64) page_size * page_count)
    {
      g_autofree char *why =
        g_strdup_printf (_("the database is truncated (%" G_GUINT64_FORMAT " of %" G_GUINT64_FORMAT " bytes)"),
                         (guint64) st.st_size, (guint64) page_size * page_count);
      return refuse (error, CORDON_WORKSPACE_ERROR_CORRUPT, path, why);
    }

  return TRUE;
}

static gboolean
query_int (sqlite3     *db,
           const char  *sql,
           gint64      *out_value)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ret = FALSE;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    {
      *out_value = sqlite3_column_int64 (stmt, 0);
      ret = TRUE;
    }

  sqlite3_finalize (stmt);

  return ret;
}

/* quick_check reads every page: on a workspace of 100,000 incidents it is
 * most of the time it takes to open. The full check runs whenever the file
 * may have changed outside Cordon; after Cordon closes a workspace cleanly
 * it notes the identity of the file and of its write-ahead log (device,
 * inode, size, modification time to the nanosecond) in the user's cache,
 * and a later open that finds the same identities skips quick_check.
 * Anything else — another program's write, a copy, a crash that wrote to
 * the log, a damaged or
 * truncated file — changes the identity, and the check runs. `verify`
 * always runs the full integrity_check. */
static char *
seal_file_path (void)
{
  return g_build_filename (g_get_user_cache_dir (), "cordon", "checked-workspaces", NULL);
}

static char *
file_identity (const char *path)
{
  GStatBuf st;
  GStatBuf wal_st;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *main_identity = NULL;

  if (g_stat (path, &st) != 0)
    return NULL;

  main_identity = g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT ":%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ".%09ld",
                                   (guint64) st.st_dev, (guint64) st.st_ino, (gint64) st.st_size,
                                   (gint64) st.st_mtim.tv_sec, st.st_mtim.tv_nsec);

  /* The log stays beside the workspace (see cordon-workspace-locks.c): it
   * is part of what was checked, and any write to it changes this too */
  if (g_stat (wal, &wal_st) != 0)
    return g_steal_pointer (&main_identity);

  return g_strdup_printf ("%s+%" G_GUINT64_FORMAT ":%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ".%09ld",
                          main_identity, (guint64) wal_st.st_ino, (gint64) wal_st.st_size,
                          (gint64) wal_st.st_mtim.tv_sec, wal_st.st_mtim.tv_nsec);
}

static char *
seal_key (const char *path)
{
  /* Plain string work: making a GFile here would load every installed GIO
   * module the first time, which may happen in an exit handler. */
  g_autofree char *canonical = g_canonicalize_filename (path, NULL);

  /* A key file's key cannot hold '=', '[', ']', a newline or spaces at
   * its ends, all of which a path may: escaped as in a URI, a usual path
   * stays as it is */
  return g_uri_escape_string (canonical, "/", FALSE);
}

static gboolean
seal_matches (const char *path)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *seals = seal_file_path ();
  g_autofree char *identity = file_identity (path);
  g_autofree char *key = seal_key (path);
  g_autofree char *sealed = NULL;

  if (identity == NULL || !g_key_file_load_from_file (key_file, seals, G_KEY_FILE_NONE, NULL))
    return FALSE;

  sealed = g_key_file_get_string (key_file, "checked", key, NULL);

  return g_strcmp0 (sealed, identity) == 0;
}

/* @checked: whether the file is known good now; otherwise the seal is
 * dropped so that the next open checks it. */
static void
seal_update (const char *path,
             gboolean    checked)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *seals = seal_file_path ();
  g_autofree char *dir = g_path_get_dirname (seals);
  g_autofree char *identity = checked ? file_identity (path) : NULL;
  g_autofree char *key = seal_key (path);
  g_autofree char *sealed = NULL;

  g_key_file_load_from_file (key_file, seals, G_KEY_FILE_NONE, NULL);
  sealed = g_key_file_get_string (key_file, "checked", key, NULL);

  if (g_strcmp0 (sealed, identity) == 0)
    return;

  if (identity != NULL)
    g_key_file_set_string (key_file, "checked", key, identity);
  else if (sealed != NULL)
    g_key_file_remove_key (key_file, "checked", key, NULL);
  else
    return;

  if (g_mkdir_with_parents (dir, 0700) == 0)
    g_key_file_save_to_file (key_file, seals, NULL);
}

/* The probe's read-only connection may create the -wal and -shm files
 * beside a workspace in WAL mode. They are never removed again: another
 * process may have created them, or be writing to them, at any moment,
 * and removing a -wal that another connection uses loses what it wrote.
 * Only SQLite itself removes them, when its last connection closes. */

/* While another connection holds the lock: try again every one to two
 * milliseconds, at a random moment, for BUSY_TIMEOUT_MS in all. SQLite's
 * own busy timeout sleeps up to 100 ms between tries, so that among
 * several busy writers one that waits can lose every time to those that
 * keep writing; short random waits give each its turn. */
static int
busy_handler (void *user_data,
              int   n_tries)
{
  gint64 *start = user_data;
  gint64 now = g_get_monotonic_time ();

  if (n_tries == 0)
    *start = now;
  else if (now - *start > (gint64) BUSY_TIMEOUT_MS * 1000)
    return 0;

  g_usleep (1000 + g_random_int_range (0, 1000));

  return 1;
}

/* @start: where the first try's time is kept, as long as @db is open */
static void
wait_when_busy (sqlite3 *db,
                gint64  *start)
{
  sqlite3_busy_handler (db, busy_handler, start);
}

/* Reads the file through a read-only connection: application id, schema
 * version and quick_check. Nothing here can write to the database file. */
static gboolean
check_database (const char  *path,
                int         *out_version,
                GPtrArray  **out_schema_problems,
                GError     **error)
{
  g_autoptr(GPtrArray) schema_problems = NULL;
  g_autofree char *problem = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 application_id = 0;
  gint64 version = 0;
  gint64 n_tables = 0;
  gint64 busy_start = 0;
  int flags = SQLITE_OPEN_READONLY;
  gboolean sealed;
  int rc;

  /* Before the probe's connection, which may add an empty -wal file. */
  sealed = seal_matches (path);
  _cordon_workspace_guard_locks ();
retry:
  rc = sqlite3_open_v2 (path, &db, flags, NULL);
  if (rc != SQLITE_OK)
    {
      set_sqlite_error_for (db, path, error);
      sqlite3_close (db);
      return FALSE;
    }
  _cordon_workspace_guard_connection (db);
  /* Another process may be checkpointing or recovering the log: wait as
   * long as a writer would, rather than take a locked file for a damaged
   * one. */
  sqlite3_extended_result_codes (db, 1);
  wait_when_busy (db, &busy_start);

  if (!query_int (db, "PRAGMA application_id", &application_id) ||
      !query_int (db, "PRAGMA user_version", &version) ||
      !query_int (db, "SELECT count(*) FROM sqlite_schema", &n_tables))
    {
      int code;

      rc = sqlite3_errcode (db);
      if (((rc & 0xff) == SQLITE_CANTOPEN || (rc & 0xff) == SQLITE_READONLY) && flags == SQLITE_OPEN_READONLY)
        {
          /* A log left without its shared-memory file, as a process
           * killed at the wrong moment leaves it: only a connection that
           * may write can recover it (which writes nothing to the
           * database itself) */
          sqlite3_close (db);
          db = NULL;
          flags = SQLITE_OPEN_READWRITE;
          goto retry;
        }

      code = error_code_for_sqlite (db, rc);
      sqlite3_close (db);

      if (code == CORDON_WORKSPACE_ERROR_NO_SPACE)
        return refuse (error, code, path, _("the disk is full"));

      if ((rc & 0xff) == SQLITE_NOTADB)
        return refuse (error, CORDON_WORKSPACE_ERROR_NOT_SQLITE, path,
                       _("it is not a Cordon workspace (not an SQLite database)"));

      if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        return refuse (error, CORDON_WORKSPACE_ERROR_BUSY, path,
                       _("the workspace is busy (another program kept it locked); try again"));

      if ((rc & 0xff) == SQLITE_CANTOPEN || (rc & 0xff) == SQLITE_READONLY || (rc & 0xff) == SQLITE_PERM)
        return refuse (error, CORDON_WORKSPACE_ERROR_READ_ONLY, path,
                       _("it cannot be read here (no permission, or its folder is read-only)"));

      return refuse (error, CORDON_WORKSPACE_ERROR_CORRUPT, path,
                     _("the database is damaged and cannot be read"));
    }

  if (application_id != CORDON_APPLICATION_ID && !(application_id == 0 && n_tables == 0))
    {
      sqlite3_close (db);
      return refuse (error, CORDON_WORKSPACE_ERROR_NOT_WORKSPACE, path,
                     _("it is an SQLite database of another program, not a Cordon workspace"));
    }

  if (version > CORDON_WORKSPACE_SCHEMA_VERSION)
    {
      g_autofree char *why =
        g_strdup_printf (_("it was written by a newer version of Cordon (schema version %" G_GINT64_FORMAT
                           "; this version reads up to %d)"),
                         version, CORDON_WORKSPACE_SCHEMA_VERSION);
      sqlite3_close (db);
      return refuse (error, CORDON_WORKSPACE_ERROR_TOO_NEW, path, why);
    }

  /* Cordon writes only versions from 1 up, in the transaction that makes
   * the tables: a negative one, or none (0) beside tables, is damage, and
   * migrating from it would run the wrong migrations (or none) */
  if (version < 0 || (version == 0 && n_tables > 0))
    {
      g_autofree char *why =
        g_strdup_printf (_("the database is damaged: schema version %" G_GINT64_FORMAT " is not valid"),
                         version);
      sqlite3_close (db);
      return refuse (error, CORDON_WORKSPACE_ERROR_CORRUPT, path, why);
    }

  /* Tables, columns, indexes and triggers as this version made them: a
   * dropped append-only trigger or table is damage, whatever the rows say */
  if (version >= 1 && (schema_problems = _cordon_workspace_check_schema (db, (int) version)) == NULL)
    problem = g_strdup (sqlite3_errmsg (db));
  else if (schema_problems != NULL && schema_problems->len > 0 &&
           (out_schema_problems == NULL || version != CORDON_WORKSPACE_SCHEMA_VERSION))
    {
      g_autoptr(GString) why = g_string_new (_("the database is damaged: "));

      for (guint i = 0; i < schema_problems->len; i++)
        g_string_append_printf (why, "%s%s", i > 0 ? "; " : "", (const char *) g_ptr_array_index (schema_problems, i));
      sqlite3_close (db);
      return refuse (error, CORDON_WORKSPACE_ERROR_CORRUPT, path, why->str);
    }

  if (problem != NULL)
    {
      /* The schema could not be read */
    }
  else if (sealed)
    {
      /* Unchanged since Cordon last closed it cleanly: see seal_file_path(). */
    }
  else if (sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL) != SQLITE_OK)
    problem = g_strdup (sqlite3_errmsg (db));
  else
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          const char *result = (const char *) sqlite3_column_text (stmt, 0);

          if (g_strcmp0 (result, "ok") != 0)
            problem = g_strdup (result != NULL ? result : "?");
        }
      else
        problem = g_strdup (sqlite3_errmsg (db));
    }

  sqlite3_finalize (stmt);
  sqlite3_close (db);

  if (problem != NULL)
    {
      g_autofree char *why = g_strdup_printf (_("the database is damaged (%s)"), problem);
      return refuse (error, CORDON_WORKSPACE_ERROR_CORRUPT, path, why);
    }

  *out_version = (int) version;
  if (out_schema_problems != NULL)
    *out_schema_problems = g_steal_pointer (&schema_problems);

  return TRUE;
}

/* Durability. In WAL mode, synchronous=NORMAL syncs only at checkpoints:
 * a transaction that COMMIT reported may be lost if the machine loses
 * power before the next checkpoint (the database stays consistent, but
 * the last writes roll back). FULL syncs the log on every commit, so a
 * write that Cordon acknowledged to the lead survives power loss as well
 * as a crash. The cost is one fsync per transaction, which is why bulk
 * imports are one transaction. A killed process alone would not lose
 * committed data even with NORMAL, since the log is already in the
 * operating system's hands. */
static gboolean
configure_connection (CordonWorkspace  *self,
                      GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;

  sqlite3_extended_result_codes (self->db, 1);
  wait_when_busy (self->db, &self->busy_start);

  if (sqlite3_prepare_v2 (self->db, "PRAGMA journal_mode = WAL", -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW ||
      g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), "wal") != 0)
    {
      if (stmt != NULL)
        sqlite3_finalize (g_steal_pointer (&stmt));
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_IO,
                   _("Workspace “%s”: cannot switch to write-ahead logging: %s"),
                   self->path, sqlite3_errmsg (self->db));
      return FALSE;
    }
  sqlite3_finalize (g_steal_pointer (&stmt));

  return _cordon_workspace_exec (self,
                                 "PRAGMA synchronous = FULL;"
                                 "PRAGMA foreign_keys = ON;",
                                 error);
}

static char *
migration_backup_path (const char *path,
                       int         version)
{
  g_autofree char *candidate = g_strdup_printf ("%s.v%d.bak", path, version);

  for (guint i = 2; g_file_test (candidate, G_FILE_TEST_EXISTS); i++)
    {
      g_free (candidate);
      candidate = g_strdup_printf ("%s.v%d-%u.bak", path, version, i);
    }

  return g_steal_pointer (&candidate);
}

static gboolean
set_user_version (CordonWorkspace  *self,
                  int               version,
                  GError          **error)
{
  /* PRAGMA takes no parameters; the value is our own constant */
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d", version);

  return _cordon_workspace_exec (self, sql, error);
}

typedef gboolean (*TransactionBody) (CordonWorkspace  *self,
                                    int               version,
                                    GError          **error);

/* Runs @body in BEGIN IMMEDIATE … COMMIT, rolling back if anything fails */
static gboolean
in_transaction (CordonWorkspace  *self,
                TransactionBody   body,
                int               version,
                GError          **error)
{
  if (!_cordon_workspace_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  if (!body (self, version, error) || !_cordon_workspace_exec (self, "COMMIT", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

/* A new file: every migration up to @version, then the defaults */
static gboolean
create_schema (CordonWorkspace  *self,
               int               version,
               GError          **error)
{
  g_autofree char *app_id = g_strdup_printf ("PRAGMA application_id = %d", CORDON_APPLICATION_ID);

  for (int v = 1; v <= version; v++)
    {
      if (!_cordon_workspace_exec (self, _cordon_workspace_migrations[v - 1], error))
        return FALSE;
    }

  return _cordon_workspace_exec (self, app_id, error) &&
         _cordon_workspace_insert_defaults (self, error) &&
         (version < 4 || _cordon_workspace_insert_default_strategies (self, error)) &&
         set_user_version (self, version, error);
}

static gboolean
apply_migration (CordonWorkspace  *self,
                 int               version,
                 GError          **error)
{
  /* check_database() refuses any other version; never index past the
   * migrations, nor run whatever lies beside them as SQL */
  if (version < 1 || version > CORDON_WORKSPACE_SCHEMA_VERSION)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_CORRUPT,
                   _("Workspace “%s”: damaged: schema version %d is not valid"),
                   self->path, version - 1);
      return FALSE;
    }

  /* Version 4 brings the containment library: an upgraded workspace gets
   * the default strategies a new one starts with. The ledger's version
   * records the journal entries already there, in the order written. */
  return _cordon_workspace_exec (self, _cordon_workspace_migrations[version - 1], error) &&
         (version != 4 || _cordon_workspace_insert_default_strategies (self, error)) &&
         (version != _cordon_workspace_ledger_version () || _cordon_workspace_build_ledger (self, error)) &&
         set_user_version (self, version, error);
}

static gboolean
migrate (CordonWorkspace  *self,
         GError          **error)
{
  int from = self->schema_version;
  int to = self->target_version;

  if (from >= to)
    return TRUE;

  self->migration_backup = migration_backup_path (self->path, from);
  g_debug ("Backing up %s to %s before migrating from schema %d", self->path, self->migration_backup, from);
  if (!cordon_workspace_backup (self, self->migration_backup, error))
    {
      g_prefix_error (error, _("Not migrating, the backup failed: "));
      return FALSE;
    }

  for (int v = from + 1; v <= to; v++)
    {
      if (!in_transaction (self, apply_migration, v, error))
        return FALSE;

      self->schema_version = v;
    }

  return TRUE;
}

/* Moves @from to @to unless @to exists (then FALSE with EEXIST) */
static gboolean
rename_no_replace (const char *from,
                   const char *to)
{
  int saved_errno;

  if (renameat2 (AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE) == 0)
    return TRUE;

  if (errno != EINVAL && errno != ENOSYS)
    return FALSE;

  /* A file system without RENAME_NOREPLACE: a hard link is just as
   * atomic, and fails the same way when @to exists */
  if (link (from, to) != 0)
    return FALSE;

  saved_errno = errno;
  g_unlink (from);
  errno = saved_errno;

  return TRUE;
}

/* A new workspace is built whole under a temporary name beside @self's
 * path (schema and defaults, in one transaction, synced), then moved to
 * its name only if nothing is there yet. So no empty or half-made
 * workspace ever exists under the real name, whenever the process dies;
 * and if another process made one meanwhile, that one is used. */
static gboolean
create_file (CordonWorkspace  *self,
             GError          **error)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  g_autofree char *temp = g_strconcat (self->path, ".new-XXXXXX", NULL);
  g_autofree char *real_path = NULL;
  gboolean built;
  int fd;

  self->created = FALSE;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_IO,
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, CORDON_WORKSPACE_ERROR,
                   saved_errno == ENOSPC ? CORDON_WORKSPACE_ERROR_NO_SPACE :
                   saved_errno == EROFS || saved_errno == EACCES ? CORDON_WORKSPACE_ERROR_READ_ONLY :
                   CORDON_WORKSPACE_ERROR_IO,
                   _("Cannot create workspace “%s”: %s"), self->path, g_strerror (saved_errno));
      return FALSE;
    }
  g_close (fd, NULL);

  /* Build it through the workspace's own code, on the temporary file */
  real_path = g_steal_pointer (&self->path);
  self->path = g_strdup (temp);
  _cordon_workspace_guard_locks ();
  built = sqlite3_open_v2 (temp, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) == SQLITE_OK;
  if (!built)
    set_sqlite_error_for (self->db, real_path, error);
  else
    {
      sqlite3_extended_result_codes (self->db, 1);
      built = _cordon_workspace_exec (self, "PRAGMA synchronous = FULL", error) &&
              in_transaction (self, create_schema, self->target_version, error);
    }
  g_hash_table_remove_all (self->statements);
  sqlite3_close (self->db);
  self->db = NULL;
  g_free (self->path);
  self->path = g_steal_pointer (&real_path);

  if (!built)
    {
      g_unlink (temp);
      return FALSE;
    }

  if (!rename_no_replace (temp, self->path))
    {
      int saved_errno = errno;

      g_unlink (temp);
      if (saved_errno == EEXIST)
        return TRUE;

      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_IO,
                   _("Cannot create workspace “%s”: %s"), self->path, g_strerror (saved_errno));
      return FALSE;
    }

  self->created = TRUE;
  self->schema_version = self->target_version;

  return TRUE;
}

static gboolean
open_database (CordonWorkspace  *self,
               GError          **error)
{
  _cordon_workspace_guard_locks ();

  /* No SQLITE_OPEN_CREATE: the file exists, made by us or checked before */
  if (sqlite3_open_v2 (self->path, &self->db,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
    {
      set_sqlite_error_for (self->db, self->path, error);
      return FALSE;
    }
  _cordon_workspace_guard_connection (self->db);

  return configure_connection (self, error) &&
         migrate (self, error) &&
         _cordon_workspace_load_taxonomy (self, error);
}

static gboolean
cordon_workspace_initable_init (GInitable     *initable,
                                GCancellable  *cancellable,
                                GError       **error)
{
  CordonWorkspace *self = CORDON_WORKSPACE (initable);

  g_return_val_if_fail (self->path != NULL, FALSE);

  if (self->clock == NULL)
    self->clock = cordon_system_clock_new ();

  if (!g_file_test (self->path, G_FILE_TEST_EXISTS))
    {
      if (self->no_create)
        {
          g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                       _("There is no workspace “%s”"), self->path);
          return FALSE;
        }

      if (!create_file (self, error))
        return FALSE;
    }

  if (!self->created)
    {
      if (!check_file_header (self->path, error) ||
          !check_database (self->path, &self->schema_version,
                           self->for_verify ? &self->schema_problems : NULL, error))
        return FALSE;
    }

  /* Read-only open: nothing that opening would write. An empty database
   * would become a workspace, an older schema would be migrated. */
  if (self->read_only && self->schema_version == 0)
    return refuse (error, CORDON_WORKSPACE_ERROR_NOT_WORKSPACE, self->path,
                   _("it is an empty SQLite database, not a Cordon workspace"));
  if (self->read_only && self->schema_version < self->target_version)
    {
      g_autofree char *why =
        g_strdup_printf (_("it was written by an older version of Cordon (schema version %d); "
                           "a command that changes it, or the window, upgrades it first"),
                         self->schema_version);
      return refuse (error, CORDON_WORKSPACE_ERROR_TOO_OLD, self->path, why);
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  /* A workspace this call created is whole already: even if opening it
   * fails now, it stays (another process may be using it) */
  if (!open_database (self, error))
    return FALSE;

  return TRUE;
}

static void
initable_iface_init (GInitableIface *iface)
{
  iface->init = cordon_workspace_initable_init;
}

CordonWorkspace *
cordon_workspace_new (const char    *path,
                      CordonClock   *clock,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (clock == NULL || CORDON_IS_CLOCK (clock), NULL);

  return g_initable_new (CORDON_TYPE_WORKSPACE, cancellable, error,
                         "path", path,
                         "clock", clock,
                         NULL);
}

CordonWorkspace *
cordon_workspace_new_full (const char            *path,
                           CordonClock           *clock,
                           CordonWorkspaceFlags   flags,
                           GCancellable          *cancellable,
                           GError               **error)
{
  g_autoptr(CordonWorkspace) self = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (clock == NULL || CORDON_IS_CLOCK (clock), NULL);

  self = g_object_new (CORDON_TYPE_WORKSPACE, "path", path, "clock", clock, NULL);
  self->for_verify = (flags & CORDON_WORKSPACE_FLAGS_FOR_VERIFY) != 0;
  self->read_only = (flags & CORDON_WORKSPACE_FLAGS_READ_ONLY) != 0;
  self->no_create = self->read_only || (flags & CORDON_WORKSPACE_FLAGS_NO_CREATE) != 0;

  if (!g_initable_init (G_INITABLE (self), cancellable, error))
    return NULL;

  return g_steal_pointer (&self);
}

/* For tests, which keep fixtures of older schema versions */
CordonWorkspace *
_cordon_workspace_new_at_version (const char   *path,
                                  CordonClock  *clock,
                                  int           version,
                                  GError      **error)
{
  g_autoptr(CordonWorkspace) self = NULL;

  g_return_val_if_fail (version >= 1 && version <= CORDON_WORKSPACE_SCHEMA_VERSION, NULL);

  self = g_object_new (CORDON_TYPE_WORKSPACE, "path", path, "clock", clock, NULL);
  self->target_version = version;

  if (!g_initable_init (G_INITABLE (self), NULL, error))
    return NULL;

  return g_steal_pointer (&self);
}

char *
cordon_workspace_get_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "cordon", "incidents.cordon", NULL);
}

const char *
cordon_workspace_get_path (CordonWorkspace *self)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);

  return self->path;
}

CordonClock *
cordon_workspace_get_clock (CordonWorkspace *self)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);

  return self->clock;
}

int
cordon_workspace_get_schema_version (CordonWorkspace *self)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), 0);

  return self->schema_version;
}

const char *
cordon_workspace_get_migration_backup (CordonWorkspace *self)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);

  return self->migration_backup;
}

/* Backup and verification ------------------------------------------ */

/* Copies the live database into the empty file @tmp_path */
static gboolean
copy_database (CordonWorkspace  *self,
               const char       *tmp_path,
               const char       *dest_path,
               GError          **error)
{
  sqlite3 *dest = NULL;
  sqlite3_backup *backup;
  int rc = SQLITE_ERROR;

  if (sqlite3_open_v2 (tmp_path, &dest, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
      (backup = sqlite3_backup_init (dest, "main", self->db, "main")) != NULL)
    {
      do
        rc = sqlite3_backup_step (backup, -1);
      while (rc == SQLITE_BUSY || rc == SQLITE_LOCKED);

      sqlite3_backup_finish (backup);
    }

  if (rc != SQLITE_DONE || sqlite3_errcode (dest) != SQLITE_OK)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_IO,
                   _("Cannot write the backup “%s”: %s"), dest_path,
                   dest != NULL ? sqlite3_errmsg (dest) : sqlite3_errmsg (self->db));
      sqlite3_close (dest);
      return FALSE;
    }

  if (sqlite3_close (dest) != SQLITE_OK)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_IO,
                   _("Cannot write the backup “%s”"), dest_path);
      return FALSE;
    }

  return TRUE;
}

gboolean
cordon_workspace_backup (CordonWorkspace  *self,
                         const char       *dest_path,
                         GError          **error)
{
  g_autofree char *tmp_path = NULL;
  int fd;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (dest_path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  tmp_path = g_strconcat (dest_path, ".tmp-XXXXXX", NULL);
  fd = g_mkstemp_full (tmp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_IO,
                   _("Cannot write the backup “%s”: %s"), dest_path, g_strerror (saved_errno));
      return FALSE;
    }
  g_close (fd, NULL);

  if (!copy_database (self, tmp_path, dest_path, error))
    {
      g_unlink (tmp_path);
      return FALSE;
    }

  if (g_rename (tmp_path, dest_path) != 0)
    {
      int saved_errno = errno;

      g_unlink (tmp_path);
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_IO,
                   _("Cannot write the backup “%s”: %s"), dest_path, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

static gboolean
table_exists (CordonWorkspace *self,
              const char      *name)
{
  g_autoptr(CordonStmt) stmt =
    _cordon_workspace_prepare (self, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?1", NULL);

  if (stmt == NULL)
    return FALSE;

  cordon_bind_text (stmt, 1, name);

  return sqlite3_step (stmt) == SQLITE_ROW;
}

/* After a check: an integrity failure in @found_error becomes a line of
 * @findings; any other error means the checks cannot go on */
static gboolean
add_finding (GPtrArray  *findings,
             gboolean    passed,
             GError    **found_error,
             GError    **error)
{
  if (passed)
    return TRUE;

  if (!g_error_matches (*found_error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INTEGRITY))
    {
      g_propagate_error (error, g_steal_pointer (found_error));
      return FALSE;
    }

  g_ptr_array_add (findings, g_strdup ((*found_error)->message));
  g_clear_error (found_error);

  return TRUE;
}

/* Runs every check; each problem found is one line of @findings */
static gboolean
verify_into (CordonWorkspace  *self,
             gint64            anchor_row,
             const char       *anchor_hash,
             GPtrArray        *findings,
             guint64          *n_incidents,
             guint64          *n_entries,
             GError          **error)
{
  g_autoptr(CordonStmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *result;

  /* What the open found of the tables and triggers (only a workspace
   * opened for verification gets this far with any) */
  for (guint i = 0; self->schema_problems != NULL && i < self->schema_problems->len; i++)
    g_ptr_array_add (findings, g_strdup_printf (_("schema: %s"),
                                                (const char *) g_ptr_array_index (self->schema_problems, i)));

  if (!(stmt = _cordon_workspace_prepare (self, "PRAGMA integrity_check", error)))
    return FALSE;

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _cordon_workspace_set_sqlite_error (self, error);
      return FALSE;
    }

  result = (const char *) sqlite3_column_text (stmt, 0);
  if (g_strcmp0 (result, "ok") != 0)
    g_ptr_array_add (findings, g_strdup_printf (_("the SQLite integrity check fails: %s"),
                                                result != NULL ? result : "?"));
  g_clear_pointer (&stmt, cordon_stmt_release);

  /* The chains first: a register row is only as good as the entry that
   * recorded it */
  return add_finding (findings, _cordon_workspace_verify_chains (self, n_incidents, n_entries, &local_error),
                      &local_error, error) &&
         add_finding (findings, _cordon_workspace_verify_evidence (self, NULL, &local_error), &local_error, error) &&
         (!table_exists (self, "ledger") ||
          _cordon_workspace_verify_ledger (self, anchor_row, anchor_hash, findings, error));
}

GPtrArray *
cordon_workspace_verify_findings_full (CordonWorkspace  *self,
                                       const char       *anchor,
                                       guint64          *n_incidents,
                                       guint64          *n_entries,
                                       GError          **error)
{
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *anchor_hash = NULL;
  gint64 anchor_row = 0;
  gboolean ok;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (anchor != NULL && !cordon_workspace_parse_anchor (anchor, &anchor_row, &anchor_hash, error))
    return NULL;

  /* One read transaction: the checks compare tables with each other, and
   * another process's write between two of them is not a finding */
  if (!_cordon_workspace_exec (self, "BEGIN", error))
    return NULL;
  ok = verify_into (self, anchor_row, anchor_hash, findings, n_incidents, n_entries, error);
  sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);

  if (!ok)
    return NULL;

  return g_steal_pointer (&findings);
}

GPtrArray *
cordon_workspace_verify_findings (CordonWorkspace  *self,
                                  guint64          *n_incidents,
                                  guint64          *n_entries,
                                  GError          **error)
{
  return cordon_workspace_verify_findings_full (self, NULL, n_incidents, n_entries, error);
}

gboolean
cordon_workspace_verify (CordonWorkspace  *self,
                         guint64          *n_incidents,
                         guint64          *n_entries,
                         GError          **error)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GString) message = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(findings = cordon_workspace_verify_findings (self, n_incidents, n_entries, error)))
    return FALSE;

  if (findings->len == 0)
    return TRUE;

  message = g_string_new (NULL);
  for (guint i = 0; i < findings->len; i++)
    g_string_append_printf (message, "%s%s", i > 0 ? "\n" : "", (const char *) g_ptr_array_index (findings, i));
  g_set_error_literal (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INTEGRITY, message->str);

  return FALSE;
}

/* Bulk ---------------------------------------------------------------- */

gboolean
cordon_workspace_begin_read (CordonWorkspace  *self,
                             GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (sqlite3_get_autocommit (self->db), FALSE);

  /* A deferred transaction takes its snapshot at the first read; make
   * that now, so that the snapshot is the moment the caller asked for */
  if (!_cordon_workspace_exec (self, "BEGIN DEFERRED", error))
    return FALSE;

  if (!_cordon_workspace_exec (self, "SELECT 1 FROM sqlite_schema LIMIT 1", error))
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  return TRUE;
}

void
cordon_workspace_end_read (CordonWorkspace *self)
{
  g_return_if_fail (CORDON_IS_WORKSPACE (self));

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
}

gboolean
cordon_workspace_begin_bulk (CordonWorkspace  *self,
                             GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (!self->in_bulk, FALSE);

  if (!_cordon_workspace_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;

  self->in_bulk = TRUE;
  self->bulk_dirty = g_ptr_array_new_with_free_func (g_object_unref);

  return TRUE;
}

gboolean
cordon_workspace_in_bulk (CordonWorkspace *self)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);

  return self->in_bulk;
}

/* Reads again what @self holds of the file, and tells listeners */
static void
reload (CordonWorkspace *self)
{
  g_autoptr(GError) error = NULL;

  if (!_cordon_workspace_load_taxonomy (self, &error) ||
      !_cordon_workspace_sync_incidents (self, &error))
    g_warning ("Cannot reload workspace %s: %s", self->path, error->message);

  g_signal_emit (self, _cordon_workspace_signals[CORDON_WORKSPACE_SIGNAL_RELOADED], 0);
}

static void
end_bulk (CordonWorkspace *self)
{
  self->in_bulk = FALSE;
  g_clear_pointer (&self->bulk_dirty, g_ptr_array_unref);
  reload (self);
}

/* Other processes ---------------------------------------------------- */

static gboolean
query_data_version (CordonWorkspace *self,
                    gint64          *out_version)
{
  g_autoptr(CordonStmt) stmt = _cordon_workspace_prepare (self, "PRAGMA data_version", NULL);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;

  *out_version = sqlite3_column_int64 (stmt, 0);

  return TRUE;
}

/* Once the burst of file events is over: if another connection committed
 * since the last look, everything this process holds is read again and
 * listeners are told, as after a bulk. */
static gboolean
check_external_changes (gpointer user_data)
{
  CordonWorkspace *self = user_data;
  gint64 version = 0;

  self->external_idle = 0;

  if (self->in_bulk || !sqlite3_get_autocommit (self->db))
    return G_SOURCE_REMOVE;

  if (query_data_version (self, &version) && version != self->data_version)
    {
      self->data_version = version;
      reload (self);
    }

  return G_SOURCE_REMOVE;
}

static void
on_log_changed (GFileMonitor      *monitor,
                GFile             *file,
                GFile             *other_file,
                GFileMonitorEvent  event,
                CordonWorkspace   *self)
{
  if (self->external_idle == 0)
    self->external_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, check_external_changes, self, NULL);
}

/**
 * cordon_workspace_follow_other_writers:
 *
 * From now on, when another process (a command, a script, another
 * window) commits a change to the workspace, @self reads what it holds
 * again and emits #CordonWorkspace::reloaded, in the main context that
 * was the thread-default when this was called. Nothing is polled: a watch
 * on the write-ahead log (which never opens the file) wakes it, and
 * `PRAGMA data_version` tells whether another connection committed.
 */
void
cordon_workspace_follow_other_writers (CordonWorkspace *self)
{
  g_autofree char *log_path = NULL;
  g_autoptr(GFile) log_file = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (CORDON_IS_WORKSPACE (self));

  if (self->log_monitor != NULL)
    return;

  query_data_version (self, &self->data_version);
  log_path = g_strconcat (self->path, "-wal", NULL);
  log_file = g_file_new_for_path (log_path);
  self->log_monitor = g_file_monitor_file (log_file, G_FILE_MONITOR_NONE, NULL, &error);
  if (self->log_monitor == NULL)
    {
      g_warning ("Changes made to %s by other programs will not show: %s", self->path, error->message);
      return;
    }

  g_file_monitor_set_rate_limit (self->log_monitor, 100);
  g_signal_connect (self->log_monitor, "changed", G_CALLBACK (on_log_changed), self);
}

gboolean
cordon_workspace_commit_bulk (CordonWorkspace  *self,
                              GError          **error)
{
  g_return_val_if_fail (CORDON_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (self->in_bulk, FALSE);

  if (!_cordon_workspace_flush_bulk (self, error) ||
      !_cordon_workspace_exec (self, "COMMIT", error))
    {
      cordon_workspace_rollback_bulk (self);
      return FALSE;
    }

  end_bulk (self);

  return TRUE;
}

void
cordon_workspace_rollback_bulk (CordonWorkspace *self)
{
  g_return_if_fail (CORDON_IS_WORKSPACE (self));
  g_return_if_fail (self->in_bulk);

  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);

  end_bulk (self);
}
