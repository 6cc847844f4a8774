/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-workspace-locks.c: locks that no stray close() can drop.
 *
 * SQLite's Unix backend coordinates processes with POSIX advisory locks
 * (fcntl F_SETLK) on the database file and its -shm file. POSIX locks
 * belong to the process and the inode: closing *any* descriptor of the
 * file in the process (a file chooser looking at it, a thumbnailer, GIO
 * sniffing its type, our own header check) silently releases every lock
 * SQLite holds on it. Another process then believes it is alone: it may
 * checkpoint without regard for our readers, restart the log under our
 * writer, or delete the -wal and -shm files we still write to.
 *
 * Two measures make a workspace safe whatever else runs in the process:
 *
 * - Every lock SQLite takes becomes an open-file-description lock
 *   (F_OFD_SETLK, Linux 3.15 and later). Such a lock belongs to the
 *   descriptor SQLite opened and is released only when that descriptor
 *   closes, never by a close() of another one. OFD and POSIX locks
 *   conflict with each other, so other SQLite programs (the sqlite3
 *   shell) still see Cordon's locks and Cordon sees theirs.
 *
 * - No Cordon connection checkpoints on close or removes the log
 *   (SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, SQLITE_FCNTL_PERSIST_WAL): the
 *   "last connection" decision rests on a lock of the database file and
 *   runs its checkpoint without the shared-memory locks, so it must not
 *   be taken at all. Instead a workspace checkpoints before it closes,
 *   with every lock and without waiting, and empties the log when no one
 *   else uses it (see cordon_workspace_finalize()), so the main file is
 *   complete whenever nobody else is writing; the -wal and -shm files stay
 *   beside it, and only SQLite ever writes them.
 *
 * Where the kernel or the file system refuses OFD locks (EINVAL), the
 * POSIX lock is taken instead, as plain SQLite would.
 */

#define G_LOG_DOMAIN "cordon-workspace"

/* F_OFD_SETLK and friends */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>

#include "cordon-workspace-private.h"

typedef int (*FcntlFunc) (int fd, int cmd, ...);

static FcntlFunc real_fcntl;
static gboolean ofd_refused;

static int
translate_command (int cmd)
{
  switch (cmd)
    {
    case F_SETLK:
      return F_OFD_SETLK;
    case F_SETLKW:
      return F_OFD_SETLKW;
    case F_GETLK:
      return F_OFD_GETLK;
    default:
      return 0;
    }
}

/* Installed as the Unix backend's "fcntl" system call: SQLite alone calls
 * it, for locks and for descriptor flags. */
static int
guarded_fcntl (int fd,
               int cmd,
               ...)
{
  int ofd_cmd = translate_command (cmd);
  va_list args;

  if (ofd_cmd != 0)
    {
      struct flock *lock;

      va_start (args, cmd);
      lock = va_arg (args, struct flock *);
      va_end (args);

      if (!g_atomic_int_get (&ofd_refused))
        {
          struct flock ofd_lock = *lock;
          int rc;

          /* OFD locks have no owning process: l_pid must be 0 */
          ofd_lock.l_pid = 0;
          rc = real_fcntl (fd, ofd_cmd, &ofd_lock);
          if (rc == 0 || errno != EINVAL)
            {
              if (rc == 0 && cmd == F_GETLK)
                *lock = ofd_lock;
              return rc;
            }

          g_atomic_int_set (&ofd_refused, TRUE);
          g_message ("Open file description locks are not available; using POSIX locks");
        }

      return real_fcntl (fd, cmd, lock);
    }
  else
    {
      int value;

      /* Every other command SQLite uses takes an int, or nothing */
      va_start (args, cmd);
      value = va_arg (args, int);
      va_end (args);

      return real_fcntl (fd, cmd, value);
    }
}

/*
 * _cordon_workspace_guard_locks:
 *
 * Makes the locks of every SQLite connection in the process survive an
 * unrelated close(). Called before the first workspace connection opens;
 * later calls do nothing.
 */
void
_cordon_workspace_guard_locks (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      sqlite3_vfs *vfs = sqlite3_vfs_find ("unix");

      if (vfs != NULL && vfs->iVersion >= 3 && vfs->xGetSystemCall != NULL)
        {
          real_fcntl = (FcntlFunc) vfs->xGetSystemCall (vfs, "fcntl");
          if (real_fcntl != NULL &&
              vfs->xSetSystemCall (vfs, "fcntl", (sqlite3_syscall_ptr) guarded_fcntl) != SQLITE_OK)
            real_fcntl = NULL;
        }

      if (real_fcntl == NULL)
        g_warning ("Cannot guard the workspace's locks: SQLite's Unix backend is not available");

      g_once_init_leave (&installed, 1);
    }
}

/*
 * _cordon_workspace_guard_connection:
 * @db: a connection to a workspace, just opened
 *
 * Keeps @db from checkpointing on close and from removing the -wal and
 * -shm files: see the top of this file.
 */
void
_cordon_workspace_guard_connection (sqlite3 *db)
{
  int on = 1;

  sqlite3_db_config (db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, NULL);
  sqlite3_file_control (db, "main", SQLITE_FCNTL_PERSIST_WAL, &on);
}

/*
 * _cordon_workspace_guarded_locks:
 *
 * Whether the locks are open-file-description locks (for tests and
 * `cordon verify`'s report).
 */
gboolean
_cordon_workspace_guarded_locks (void)
{
  return real_fcntl != NULL && !g_atomic_int_get (&ofd_refused);
}
