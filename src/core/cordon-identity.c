/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-identity.c: who the user is, so that the window and the command
 * line sign what they write with one name. The name comes from, in
 * order: the command line's --as (scripts that write for someone), the
 * name set in Preferences → You (the user-name setting), the account's
 * full name, and the login name.
 */

#define G_LOG_DOMAIN "cordon-identity"

#include "config.h"

#include "cordon-identity.h"

static char *author_override;

/**
 * cordon_identity_set_author:
 * @name: (nullable): the name to sign with, or %NULL to go back to the
 *   settings
 *
 * Signs everything this process writes with @name, as `--as` does.
 */
void
cordon_identity_set_author (const char *name)
{
  g_free (author_override);
  author_override = name != NULL && name[0] != '\0' ? g_strdup (name) : NULL;
}

/**
 * cordon_identity_settings:
 *
 * The application's settings, where the user's name, email and role
 * are kept, or %NULL when the schema is not installed (a command run from
 * a build tree without it).
 *
 * Returns: (transfer full) (nullable): the settings
 */
GSettings *
cordon_identity_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL ||
      !(schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE)) ||
      !g_settings_schema_has_key (schema, "user-name"))
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

/**
 * cordon_default_author:
 *
 * Returns: the name the user signs journal entries, moves and hand-overs
 *   with; never empty
 */
const char *
cordon_default_author (void)
{
  g_autoptr(GSettings) settings = NULL;
  const char *name;

  if (author_override != NULL)
    return author_override;

  if ((settings = cordon_identity_settings ()) != NULL)
    {
      g_autofree char *configured = g_settings_get_string (settings, "user-name");

      g_strstrip (configured);
      if (configured[0] != '\0')
        return g_intern_string (configured);
    }

  name = g_get_real_name ();
  if (name == NULL || name[0] == '\0' || g_str_equal (name, "Unknown"))
    name = g_get_user_name ();

  return name;
}
