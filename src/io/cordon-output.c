/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-output.c: the one way Cordon writes a file a user names —
 * exports, backups' targets, reports, custody forms, after-action
 * reports, scenarios. The target is checked first (a regular file or
 * none, never the workspace itself), the data goes to a 0600 temporary
 * file in the same folder, and a rename puts it in place at the end.
 */

#define G_LOG_DOMAIN "cordon-output"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "cordon-io-error.h"
#include "cordon-input.h"
#include "cordon-output.h"

struct _CordonOutput
{
  char          *path;
  char          *tmp_path;
  int            fd;
  GOutputStream *stream;
  int            write_errno;  /* the first failed write of cairo's */
  gboolean       committed;
};

/* The workspace's own side files, which SQLite alone may write */
static const char * const side_suffixes[] = { "", "-wal", "-shm", "-journal" };

/* @path with its folder's symbolic links resolved, and the file's own if
 * it exists; the name a rename would replace or a write would reach */
static char *
resolve_path (const char *path)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  char *real;

  if ((real = realpath (path, NULL)) != NULL)
    {
      char *copy = g_strdup (real);

      free (real);
      return copy;
    }

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  if ((real = realpath (dir, NULL)) != NULL)
    {
      char *joined = g_build_filename (real, base, NULL);

      free (real);
      return joined;
    }

  return g_canonicalize_filename (path, NULL);
}

static gboolean
refuse_side_file (const char  *path,
                  const char  *workspace_path,
                  guint        which,
                  GError     **error)
{
  if (which == 0)
    g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_REFUSED,
                 _("%s: refusing to write there: it is the workspace itself; nothing was written"), path);
  else
    g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_REFUSED,
                 _("%s: refusing to write there: it is a side file (%s) of the workspace %s; nothing was written"),
                 path, side_suffixes[which], workspace_path);

  return FALSE;
}

gboolean
cordon_output_check_target (const char  *path,
                            const char  *workspace_path,
                            GError     **error)
{
  g_autofree char *target = NULL;
  GStatBuf st;
  gboolean exists;

  g_return_val_if_fail (path != NULL, FALSE);

  if (path[0] == '\0')
    {
      g_set_error_literal (error, CORDON_IO_ERROR, CORDON_IO_ERROR_REFUSED,
                           _("the name of the file to write is empty"));
      return FALSE;
    }

  /* g_stat follows a symbolic link: a link to /dev/full is a device */
  exists = g_stat (path, &st) == 0;
  if (exists && !S_ISREG (st.st_mode))
    {
      g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_REFUSED,
                   _("%s: refusing to write there: it is %s, not a regular file; nothing was written"),
                   path, cordon_input_describe_type (st.st_mode));
      return FALSE;
    }

  if (workspace_path == NULL)
    return TRUE;

  target = resolve_path (path);
  for (guint i = 0; i < G_N_ELEMENTS (side_suffixes); i++)
    {
      g_autofree char *side = g_strconcat (workspace_path, side_suffixes[i], NULL);
      g_autofree char *resolved = resolve_path (side);
      GStatBuf side_st;

      if (g_str_equal (resolved, target))
        return refuse_side_file (path, workspace_path, i, error);

      /* The same file under another name: a hard link */
      if (exists && g_stat (side, &side_st) == 0 &&
          side_st.st_dev == st.st_dev && side_st.st_ino == st.st_ino)
        return refuse_side_file (path, workspace_path, i, error);
    }

  return TRUE;
}

static void
set_errno_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("%s: cannot write: %s"), path, g_strerror (saved_errno));
}

CordonOutput *
cordon_output_new (const char  *path,
                   GError     **error)
{
  g_autoptr(CordonOutput) self = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (!cordon_output_check_target (path, NULL, error))
    return NULL;

  self = g_new0 (CordonOutput, 1);
  self->fd = -1;
  self->path = g_strdup (path);

  /* Hidden, beside the target: the rename stays within one file system */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  self->tmp_path = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  self->fd = g_mkstemp_full (self->tmp_path, O_WRONLY | O_CLOEXEC, 0600);
  if (self->fd < 0)
    {
      set_errno_error (error, path, errno);
      g_clear_pointer (&self->tmp_path, g_free);
      return NULL;
    }

  return g_steal_pointer (&self);
}

int
cordon_output_get_fd (CordonOutput *self)
{
  g_return_val_if_fail (self != NULL, -1);

  return self->fd;
}

GOutputStream *
cordon_output_get_stream (CordonOutput *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->stream == NULL)
    self->stream = g_unix_output_stream_new (self->fd, FALSE);

  return self->stream;
}

static int
write_all (int         fd,
           const char *data,
           gsize       length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        return written < 0 ? errno : EIO;
      data += written;
      length -= written;
    }

  return 0;
}

gboolean
cordon_output_write (CordonOutput  *self,
                     const void    *data,
                     gsize          length,
                     GError       **error)
{
  int saved_errno;

  g_return_val_if_fail (self != NULL && !self->committed, FALSE);

  if ((saved_errno = write_all (self->fd, data, length)) != 0)
    {
      set_errno_error (error, self->path, saved_errno);
      return FALSE;
    }

  return TRUE;
}

cairo_status_t
cordon_output_cairo_write (void                *closure,
                           const unsigned char *data,
                           unsigned int         length)
{
  CordonOutput *self = closure;
  int saved_errno;

  if (self->write_errno != 0)
    return CAIRO_STATUS_WRITE_ERROR;

  if ((saved_errno = write_all (self->fd, (const char *) data, length)) != 0)
    {
      self->write_errno = saved_errno;
      return CAIRO_STATUS_WRITE_ERROR;
    }

  return CAIRO_STATUS_SUCCESS;
}

gboolean
cordon_output_commit (CordonOutput  *self,
                      GError       **error)
{
  int saved_errno = self->write_errno;
  int fd;

  g_return_val_if_fail (self != NULL && !self->committed, FALSE);

  if (self->stream != NULL && saved_errno == 0)
    {
      g_autoptr(GError) local_error = NULL;

      if (!g_output_stream_flush (self->stream, NULL, &local_error))
        {
          g_set_error (error, local_error->domain, local_error->code,
                       _("%s: cannot write: %s"), self->path, local_error->message);
          return FALSE;
        }
    }

  if (saved_errno == 0 && fsync (self->fd) != 0)
    saved_errno = errno;

  fd = self->fd;
  self->fd = -1;
  if (close (fd) != 0 && saved_errno == 0)
    saved_errno = errno;

  /* Checked again: the target may have been replaced meanwhile */
  if (saved_errno == 0 && !cordon_output_check_target (self->path, NULL, error))
    return FALSE;

  if (saved_errno == 0 && g_rename (self->tmp_path, self->path) != 0)
    saved_errno = errno;

  if (saved_errno != 0)
    {
      set_errno_error (error, self->path, saved_errno);
      return FALSE;
    }

  self->committed = TRUE;

  return TRUE;
}

void
cordon_output_free (CordonOutput *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->stream);
  if (self->fd >= 0)
    close (self->fd);
  if (!self->committed && self->tmp_path != NULL)
    g_unlink (self->tmp_path);

  g_free (self->tmp_path);
  g_free (self->path);
  g_free (self);
}

gboolean
cordon_output_set_contents (const char  *path,
                            const char  *data,
                            gssize       length,
                            GError     **error)
{
  g_autoptr(CordonOutput) output = NULL;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (length < 0)
    length = strlen (data);

  return (output = cordon_output_new (path, error)) != NULL &&
         cordon_output_write (output, data, length, error) &&
         cordon_output_commit (output, error);
}
