/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-file-hasher.c: SHA-256 of evidence files in 1 MiB blocks. The
 * worker thread never touches the object's properties: it publishes its
 * count under a lock, and the owning main context reads it on a timer,
 * so a fast disk cannot flood the main loop with updates.
 */

#define G_LOG_DOMAIN "cordon-file-hasher"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cordon-file-hasher.h"
#include "cordon-sha256.h"

#define BLOCK_SIZE (1024 * 1024)
#define PROGRESS_INTERVAL_MS 100

struct _CordonFileHasher
{
  GObject  parent_instance;

  GFile   *file;
  guint64  size;
  guint64  bytes_done;

  /* Written by the worker, read by the owner's timer, under the lock */
  GMutex   lock;
  guint64  shared_size;
  guint64  shared_done;
  guint    progress_source;
  gboolean running;
};

G_DEFINE_FINAL_TYPE (CordonFileHasher, cordon_file_hasher, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_SIZE,
  PROP_BYTES_DONE,
  PROP_FRACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cordon_file_hasher_dispose (GObject *object)
{
  CordonFileHasher *self = (CordonFileHasher *)object;

  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (cordon_file_hasher_parent_class)->dispose (object);
}

static void
cordon_file_hasher_finalize (GObject *object)
{
  CordonFileHasher *self = (CordonFileHasher *)object;

  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (cordon_file_hasher_parent_class)->finalize (object);
}

static void
share (CordonFileHasher *self,
       guint64          *field,
       guint64           value)
{
  g_mutex_lock (&self->lock);
  *field = value;
  g_mutex_unlock (&self->lock);
}

static void
cordon_file_hasher_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CordonFileHasher *self = CORDON_FILE_HASHER (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_SIZE:
      g_value_set_uint64 (value, self->size);
      break;

    case PROP_BYTES_DONE:
      g_value_set_uint64 (value, self->bytes_done);
      break;

    case PROP_FRACTION:
      g_value_set_double (value, cordon_file_hasher_get_fraction (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_file_hasher_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CordonFileHasher *self = CORDON_FILE_HASHER (object);

  switch (prop_id)
    {
    case PROP_FILE:
      self->file = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_file_hasher_class_init (CordonFileHasherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cordon_file_hasher_dispose;
  object_class->finalize = cordon_file_hasher_finalize;
  object_class->get_property = cordon_file_hasher_get_property;
  object_class->set_property = cordon_file_hasher_set_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SIZE] =
    g_param_spec_uint64 ("size", NULL, NULL, 0, G_MAXUINT64, 0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_BYTES_DONE] =
    g_param_spec_uint64 ("bytes-done", NULL, NULL, 0, G_MAXUINT64, 0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL, 0.0, 1.0, 0.0,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_file_hasher_init (CordonFileHasher *self)
{
  g_mutex_init (&self->lock);
}

/**
 * cordon_file_hasher_new:
 *
 * Returns: (transfer full): a hasher for @file
 */
CordonFileHasher *
cordon_file_hasher_new (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return g_object_new (CORDON_TYPE_FILE_HASHER, "file", file, NULL);
}

GFile *
cordon_file_hasher_get_file (CordonFileHasher *self)
{
  g_return_val_if_fail (CORDON_IS_FILE_HASHER (self), NULL);

  return self->file;
}

guint64
cordon_file_hasher_get_size (CordonFileHasher *self)
{
  g_return_val_if_fail (CORDON_IS_FILE_HASHER (self), 0);

  return self->size;
}

guint64
cordon_file_hasher_get_bytes_done (CordonFileHasher *self)
{
  g_return_val_if_fail (CORDON_IS_FILE_HASHER (self), 0);

  return self->bytes_done;
}

double
cordon_file_hasher_get_fraction (CordonFileHasher *self)
{
  g_return_val_if_fail (CORDON_IS_FILE_HASHER (self), 0.0);

  if (self->size == 0)
    return self->running ? 0.0 : (self->bytes_done > 0 ? 1.0 : 0.0);

  return CLAMP ((double) self->bytes_done / (double) self->size, 0.0, 1.0);
}

typedef enum { STEP_OPEN, STEP_STAT, STEP_READ } Step;

static void
set_io_error (GError     **error,
              GFile       *file,
              int          saved_errno,
              Step         step)
{
  g_autofree char *name = g_file_get_parse_name (file);
  GIOErrorEnum code = g_io_error_from_errno (saved_errno);
  const char *reason = g_strerror (saved_errno);

  if (step == STEP_OPEN)
    g_set_error (error, G_IO_ERROR, code, _("Cannot open “%s”: %s"), name, reason);
  else if (step == STEP_STAT)
    g_set_error (error, G_IO_ERROR, code, _("Cannot hash “%s”: %s"), name, reason);
  else
    g_set_error (error, G_IO_ERROR, code, _("Cannot read “%s”: %s"), name, reason);
}

/* Runs in any thread. Reads with plain read(2) on a descriptor: GIO's
 * stream layers add nothing here but copies. */
static char *
hash_file (CordonFileHasher  *self,
           GCancellable      *cancellable,
           GError           **error)
{
  char hex[CORDON_SHA256_HEX_SIZE];
  CordonSha256 sha;
  g_autofree char *path = g_file_get_path (self->file);
  g_autofree guchar *buffer = NULL;
  struct stat st = { 0 };
  guint64 done = 0;
  int fd;

  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Cannot hash “%s”: it is not a local file"), uri);
      return NULL;
    }

  /* O_NONBLOCK: opening a FIFO would wait for a writer; only a regular
   * file is hashed, and then reads go back to blocking */
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0);
  if (fd < 0)
    {
      set_io_error (error, self->file, errno, STEP_OPEN);
      return NULL;
    }

  if (fstat (fd, &st) != 0)
    {
      int saved = errno;

      close (fd);
      set_io_error (error, self->file, saved, STEP_STAT);
      return NULL;
    }

  if (!S_ISREG (st.st_mode))
    {
      g_autofree char *name = g_file_get_parse_name (self->file);

      close (fd);
      g_set_error (error, G_IO_ERROR, S_ISDIR (st.st_mode) ? G_IO_ERROR_IS_DIRECTORY : G_IO_ERROR_NOT_REGULAR_FILE,
                   _("Cannot hash “%s”: it is %s, not a regular file"), name,
                   S_ISDIR (st.st_mode) ? _("a folder") : S_ISFIFO (st.st_mode) ? _("a FIFO")
                   : S_ISCHR (st.st_mode) || S_ISBLK (st.st_mode) ? _("a device") : _("not a regular file"));
      return NULL;
    }

  fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);

#ifdef POSIX_FADV_SEQUENTIAL
  posix_fadvise (fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif

  share (self, &self->shared_size, (guint64) st.st_size);
  cordon_sha256_init (&sha);
  buffer = g_malloc (BLOCK_SIZE);

  for (;;)
    {
      gssize n = read (fd, buffer, BLOCK_SIZE);

      if (n < 0)
        {
          int saved = errno;

          if (saved == EINTR)
            continue;

          close (fd);
          set_io_error (error, self->file, saved, STEP_READ);
          return NULL;
        }

      if (n == 0)
        break;

      cordon_sha256_update (&sha, buffer, n);
      done += n;
      share (self, &self->shared_done, done);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          close (fd);
          return NULL;
        }
    }

  close (fd);
  cordon_sha256_finish_hex (&sha, hex);

  return g_strdup (hex);
}

static void
publish_progress (CordonFileHasher *self)
{
  guint64 size;
  guint64 done;

  g_mutex_lock (&self->lock);
  size = self->shared_size;
  done = self->shared_done;
  g_mutex_unlock (&self->lock);

  g_object_freeze_notify (G_OBJECT (self));
  if (size != self->size)
    {
      self->size = size;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIZE]);
    }
  if (done != self->bytes_done)
    {
      self->bytes_done = done;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BYTES_DONE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean
on_progress_timeout (gpointer user_data)
{
  publish_progress (CORDON_FILE_HASHER (user_data));

  return G_SOURCE_CONTINUE;
}

char *
cordon_file_hasher_hash (CordonFileHasher  *self,
                         GCancellable      *cancellable,
                         GError           **error)
{
  char *hash;

  g_return_val_if_fail (CORDON_IS_FILE_HASHER (self), NULL);
  g_return_val_if_fail (!self->running, NULL);

  hash = hash_file (self, cancellable, error);
  g_mutex_lock (&self->lock);
  self->size = self->shared_size;
  self->bytes_done = self->shared_done;
  g_mutex_unlock (&self->lock);

  return hash;
}

static void
hash_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  char *hash = hash_file (CORDON_FILE_HASHER (source_object), cancellable, &error);

  if (hash == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, hash, g_free);
}

static void
on_hash_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  CordonFileHasher *self = CORDON_FILE_HASHER (source);
  g_autoptr(GTask) outer = user_data;
  GError *error = NULL;
  char *hash;

  g_clear_handle_id (&self->progress_source, g_source_remove);
  self->running = FALSE;
  publish_progress (self);

  hash = g_task_propagate_pointer (G_TASK (result), &error);
  if (hash == NULL)
    g_task_return_error (outer, error);
  else
    g_task_return_pointer (outer, hash, g_free);
}

void
cordon_file_hasher_hash_async (CordonFileHasher    *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) outer = NULL;
  g_autoptr(GTask) inner = NULL;

  g_return_if_fail (CORDON_IS_FILE_HASHER (self));
  g_return_if_fail (!self->running);

  /* The outer task answers the caller after the inner one (the thread)
   * has finished and the last progress has been published */
  outer = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (outer, cordon_file_hasher_hash_async);

  self->running = TRUE;
  share (self, &self->shared_size, 0);
  share (self, &self->shared_done, 0);
  publish_progress (self);

  self->progress_source = g_timeout_add (PROGRESS_INTERVAL_MS, on_progress_timeout, self);
  g_source_set_name_by_id (self->progress_source, "[cordon] hash progress");

  inner = g_task_new (self, cancellable, on_hash_done, g_steal_pointer (&outer));
  g_task_set_name (inner, "[cordon] hash file");
  g_task_run_in_thread (inner, hash_thread);
}

char *
cordon_file_hasher_hash_finish (CordonFileHasher  *self,
                                GAsyncResult      *result,
                                GError           **error)
{
  g_return_val_if_fail (CORDON_IS_FILE_HASHER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

char *
cordon_sha256_file (const char    *path,
                    guint64       *out_size,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(CordonFileHasher) hasher = cordon_file_hasher_new (file);
  char *hash = cordon_file_hasher_hash (hasher, cancellable, error);

  if (out_size != NULL)
    *out_size = hash != NULL ? hasher->size : 0;

  return hash;
}
