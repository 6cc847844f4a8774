/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-preferences-helpers.c: small pieces the preference pages share.
 * Settings objects handed out by the workspace are copied before they are
 * edited, so that a refused edit never leaves a page showing a value that
 * was not stored.
 */

#define G_LOG_DOMAIN "cordon-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-preferences-helpers.h"

#define NORMAL_TEXT_KEY "cordon-row-normal-text"
#define ERROR_KEY "cordon-row-error"

/* An action row says what is wrong in its subtitle; an entry row, which
 * has no subtitle, in its title, the small label right above the text. */
void
cordon_row_set_error (AdwPreferencesRow *row,
                      const char        *message)
{
  g_autofree char *shown = NULL;
  gboolean is_action_row;
  const char *current;

  g_return_if_fail (ADW_IS_PREFERENCES_ROW (row));

  is_action_row = ADW_IS_ACTION_ROW (row);
  current = is_action_row ? adw_action_row_get_subtitle (ADW_ACTION_ROW (row))
                          : adw_preferences_row_get_title (row);

  if (message != NULL)
    {
      if (g_object_get_data (G_OBJECT (row), ERROR_KEY) == NULL)
        g_object_set_data_full (G_OBJECT (row), NORMAL_TEXT_KEY,
                                g_strdup (current != NULL ? current : ""), g_free);
      g_object_set_data_full (G_OBJECT (row), ERROR_KEY, g_strdup (message), g_free);

      /* Messages may quote names, which are text, not markup */
      shown = adw_preferences_row_get_use_markup (row) ? g_markup_escape_text (message, -1)
                                                       : g_strdup (message);
      if (is_action_row)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), shown);
      else
        adw_preferences_row_set_title (row, shown);

      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
    }
  else if (g_object_get_data (G_OBJECT (row), ERROR_KEY) != NULL)
    {
      const char *normal = g_object_get_data (G_OBJECT (row), NORMAL_TEXT_KEY);

      if (is_action_row)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), normal);
      else
        adw_preferences_row_set_title (row, normal);

      g_object_set_data (G_OBJECT (row), ERROR_KEY, NULL);
      g_object_set_data (G_OBJECT (row), NORMAL_TEXT_KEY, NULL);
      gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

/* Returns: (nullable): the message shown on @row, or %NULL when it is fine */
const char *
cordon_row_get_error (AdwPreferencesRow *row)
{
  g_return_val_if_fail (ADW_IS_PREFERENCES_ROW (row), NULL);

  return g_object_get_data (G_OBJECT (row), ERROR_KEY);
}

/* "Supply-chain Compromise" → "supply-chain-compromise"; letters outside
 * ASCII are transliterated. Returns the empty string when nothing is left,
 * which cordon_taxonomy_entry_is_valid_id() refuses. */
char *
cordon_id_from_label (const char *label)
{
  g_autofree char *ascii = NULL;
  GString *id = g_string_new (NULL);
  gboolean pending_dash = FALSE;

  ascii = g_str_to_ascii (label != NULL ? label : "", NULL);

  for (const char *p = ascii; *p != '\0' && id->len < 64; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (pending_dash && id->len > 0 && id->len < 63)
            g_string_append_c (id, '-');
          pending_dash = FALSE;
          g_string_append_c (id, g_ascii_tolower (*p));
        }
      else
        pending_dash = TRUE;
    }

  return g_string_free (id, FALSE);
}

/* "2 days 4 hours", "1 hour 30 minutes", "15 minutes" */
char *
cordon_format_duration (gint64 seconds)
{
  gint64 days = seconds / 86400;
  gint64 hours = (seconds % 86400) / 3600;
  gint64 minutes = (seconds % 3600) / 60;
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) strv = NULL;

  if (days > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", days), (int) days));
  if (hours > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour", "%d hours", hours), (int) hours));
  if (minutes > 0 || parts->len == 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", minutes), (int) minutes));
  g_ptr_array_add (parts, NULL);

  strv = (GStrv) g_ptr_array_free (parts, FALSE);

  return g_strjoinv (" ", strv);
}

/* Copies every property that can be both read and written. */
static gpointer
copy_object (gpointer object)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (object);
  g_autofree GParamSpec **pspecs = NULL;
  GObject *copy = g_object_new (G_OBJECT_TYPE (object), NULL);
  guint n_pspecs;

  pspecs = g_object_class_list_properties (klass, &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY) != 0)
        continue;

      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (object, pspecs[i]->name, &value);
      g_object_set_property (copy, pspecs[i]->name, &value);
    }

  return copy;
}

CordonTaxonomyEntry *
cordon_taxonomy_entry_copy (CordonTaxonomyEntry *entry)
{
  g_return_val_if_fail (CORDON_IS_TAXONOMY_ENTRY (entry), NULL);
  return copy_object (entry);
}

CordonSlaPolicy *
cordon_sla_policy_copy (CordonSlaPolicy *policy)
{
  g_return_val_if_fail (CORDON_IS_SLA_POLICY (policy), NULL);
  return copy_object (policy);
}

CordonMember *
cordon_member_copy (CordonMember *member)
{
  g_return_val_if_fail (CORDON_IS_MEMBER (member), NULL);
  return copy_object (member);
}

CordonProtocol *
cordon_protocol_copy (CordonProtocol *protocol)
{
  g_return_val_if_fail (CORDON_IS_PROTOCOL (protocol), NULL);
  return copy_object (protocol);
}

CordonGroup *
cordon_group_copy (CordonGroup *group)
{
  g_return_val_if_fail (CORDON_IS_GROUP (group), NULL);
  return copy_object (group);
}
