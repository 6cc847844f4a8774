/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-input.c: the one way Cordon opens a file it reads — imports of
 * every format, scenarios, VERIS records. Nothing blocks on a FIFO or
 * reads /dev/zero forever: the file is opened without blocking, refused
 * unless it is a regular file, and read only up to the limit of its kind.
 */

#define G_LOG_DOMAIN "cordon-input"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gunixinputstream.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cordon-input.h"
#include "cordon-io-error.h"

/* A stream that fails once more than a limit has passed through it */
#define CORDON_TYPE_BOUNDED_STREAM (cordon_bounded_stream_get_type ())
G_DECLARE_FINAL_TYPE (CordonBoundedStream, cordon_bounded_stream, CORDON, BOUNDED_STREAM, GFilterInputStream)

struct _CordonBoundedStream
{
  GFilterInputStream  parent_instance;
  char               *name;
  char               *what;
  goffset             max_bytes;
  goffset             n_read;
};

G_DEFINE_FINAL_TYPE (CordonBoundedStream, cordon_bounded_stream, G_TYPE_FILTER_INPUT_STREAM)

static void
set_limit_error (GError     **error,
                 const char  *name,
                 const char  *what,
                 goffset      max_bytes)
{
  g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_LIMIT,
               _("%s: too large for %s (more than %" G_GOFFSET_FORMAT " bytes)"),
               name, what, max_bytes);
}

static gssize
cordon_bounded_stream_read (GInputStream  *stream,
                            void          *buffer,
                            gsize          count,
                            GCancellable  *cancellable,
                            GError       **error)
{
  CordonBoundedStream *self = CORDON_BOUNDED_STREAM (stream);
  GInputStream *base = g_filter_input_stream_get_base_stream (G_FILTER_INPUT_STREAM (stream));
  gssize n;

  /* One byte past the limit tells a file of exactly the limit from a
   * longer one */
  if ((goffset) count > self->max_bytes - self->n_read + 1)
    count = self->max_bytes - self->n_read + 1;

  n = g_input_stream_read (base, buffer, count, cancellable, error);
  if (n < 0)
    return -1;

  self->n_read += n;
  if (self->n_read > self->max_bytes)
    {
      set_limit_error (error, self->name, self->what, self->max_bytes);
      return -1;
    }

  return n;
}

static void
cordon_bounded_stream_finalize (GObject *object)
{
  CordonBoundedStream *self = CORDON_BOUNDED_STREAM (object);

  g_free (self->name);
  g_free (self->what);

  G_OBJECT_CLASS (cordon_bounded_stream_parent_class)->finalize (object);
}

static void
cordon_bounded_stream_class_init (CordonBoundedStreamClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GInputStreamClass *stream_class = G_INPUT_STREAM_CLASS (klass);

  object_class->finalize = cordon_bounded_stream_finalize;
  stream_class->read_fn = cordon_bounded_stream_read;
}

static void
cordon_bounded_stream_init (CordonBoundedStream *self)
{
}

/**
 * cordon_input_describe_type:
 * @mode: a file's st_mode, not a regular file's
 *
 * Returns: what the file is, for a message ("a folder", "a FIFO" …)
 */
const char *
cordon_input_describe_type (mode_t mode)
{
  if (S_ISDIR (mode))
    return _("a folder");
  if (S_ISFIFO (mode))
    return _("a FIFO");
  if (S_ISCHR (mode) || S_ISBLK (mode))
    return _("a device");
  if (S_ISSOCK (mode))
    return _("a socket");

  return _("not a regular file");
}

GInputStream *
cordon_input_open (const char  *path,
                   goffset      max_bytes,
                   const char  *what,
                   GError     **error)
{
  g_autoptr(GInputStream) base = NULL;
  CordonBoundedStream *bounded;
  const char *name = path;
  struct stat st = { 0 };
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (max_bytes > 0, NULL);

  if (what == NULL)
    what = _("Cordon to read");

  if (g_str_equal (path, "-"))
    {
      name = _("standard input");
      base = g_unix_input_stream_new (STDIN_FILENO, FALSE);
    }
  else
    {
      /* O_NONBLOCK: opening a FIFO would wait for a writer */
      fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0);
      if (fd < 0)
        {
          int saved_errno = errno;

          g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_IO,
                       _("%s: cannot read: %s"), path, g_strerror (saved_errno));
          return NULL;
        }

      errno = 0;
      if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
        {
          int saved_errno = errno;

          if (S_ISREG (st.st_mode) || saved_errno != 0)
            g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_IO,
                         _("%s: cannot read: %s"), path, g_strerror (saved_errno));
          else
            g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_REFUSED,
                         _("%s: cannot read it: it is %s, not a regular file"), path, cordon_input_describe_type (st.st_mode));
          close (fd);
          return NULL;
        }

      if (st.st_size > max_bytes)
        {
          set_limit_error (error, path, what, max_bytes);
          close (fd);
          return NULL;
        }

      /* A regular file never blocks; reads go back to the plain way */
      fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);
      base = g_unix_input_stream_new (fd, TRUE);
    }

  bounded = g_object_new (CORDON_TYPE_BOUNDED_STREAM, "base-stream", base, NULL);
  bounded->name = g_strdup (name);
  bounded->what = g_strdup (what);
  bounded->max_bytes = max_bytes;

  return G_INPUT_STREAM (bounded);
}

GBytes *
cordon_input_read (const char  *path,
                   goffset      max_bytes,
                   const char  *what,
                   GError     **error)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) memory = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!(stream = cordon_input_open (path, max_bytes, what, error)))
    return NULL;

  memory = g_memory_output_stream_new_resizable ();
  if (g_output_stream_splice (memory, stream,
                              G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                              NULL, &local_error) < 0)
    {
      if (local_error->domain == CORDON_IO_ERROR)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_IO, _("%s: cannot read: %s"),
                     g_str_equal (path, "-") ? _("standard input") : path, local_error->message);
      return NULL;
    }

  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (memory));
}
