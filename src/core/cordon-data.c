/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-data.c: reading the data files the program ships in its
 * resource bundle.
 */

#define G_LOG_DOMAIN "cordon-data"

#include "config.h"

#include "cordon-data.h"
#include "cordon-resources.h"


static void
ensure_registered (void)
{
  static gsize registered = 0;

  /* The bundle is built with manual registration, so that the GUI
   * registers it at startup; everything else registers it on first use.
   * Registering twice is harmless once the first registration is
   * processed, and a lookup processes it. */
  if (g_once_init_enter (&registered))
    {
      cordon_register_resource ();
      g_once_init_leave (&registered, 1);
    }
}

GBytes *
cordon_data_lookup (const char  *path,
                    GError     **error)
{
  g_autofree char *full = NULL;
  GBytes *bytes;

  g_return_val_if_fail (path != NULL, NULL);

  full = g_strconcat (RESOURCE_PREFIX, "/", path, NULL);

  if ((bytes = g_resources_lookup_data (full, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL)) != NULL)
    return bytes;

  /* Not registered yet */
  ensure_registered ();

  return g_resources_lookup_data (full, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

GStrv
cordon_data_list (const char  *path,
                  GError     **error)
{
  g_autofree char *full = NULL;
  GStrv children;

  g_return_val_if_fail (path != NULL, NULL);

  full = g_strconcat (RESOURCE_PREFIX, "/", path, "/", NULL);

  if ((children = g_resources_enumerate_children (full, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL)) != NULL)
    return children;

  ensure_registered ();

  return g_resources_enumerate_children (full, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}
