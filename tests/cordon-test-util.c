/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-test-util.c: what several test programs need: reading a child's
 * output to its end, and removing a test's workspace with its side files.
 */

#include "config.h"

#include <errno.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cordon-test-util.h"

/* Appends everything @fd gives until its end to @into */
void
cordon_test_read_all (int      fd,
                      GString *into)
{
  char buffer[4096];
  gssize n;

  while ((n = read (fd, buffer, sizeof buffer)) != 0)
    {
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          g_error ("read: %s", g_strerror (errno));
        }
      g_string_append_len (into, buffer, n);
    }
}

/* Removes a workspace the test made, and its log and shared memory */
void
cordon_test_remove_workspace (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}
