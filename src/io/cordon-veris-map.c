/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-veris-map.c: tolerant readers for VERIS incident records and the
 * mapping of their actions and impact onto Cordon's taxonomy. Records in
 * the wild are partial and untidy: absent, empty, "Unknown" or wrongly
 * typed members read as unknown, never as errors.
 */

#define G_LOG_DOMAIN "cordon-veris"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cordon-veris-map.h"

const CordonVerisAction cordon_veris_actions[CORDON_VERIS_N_ACTIONS] = {
  { "malware", "malicious-code", N_("Malware"), "stop-outbound-communication", "hips-lockdown" },
  { "social", "phishing", N_("Social engineering"), "disable-user-account", "null-route-dns" },
  { "hacking", "unauthorized-access", N_("Hacking"), "block-inbound-traffic", "waf-behavioural-policy" },
  { "misuse", "insider-misuse", N_("Misuse of privileges"), "disable-user-account", "network-acls" },
  { "physical", "other", N_("Physical action"), NULL, NULL },
  { "error", "policy-violation", N_("Error"), NULL, NULL },
  { "environmental", "other", N_("Environmental event"), NULL, NULL },
  { "unknown", "other", N_("Unknown action"), "network-acls", NULL },
};


JsonObject *
cordon_veris_get_object (JsonObject *object,
            const char *name)
{
  JsonNode *node;

  if (object == NULL || (node = json_object_get_member (object, name)) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  return json_node_get_object (node);
}

gboolean
cordon_veris_is_unknown (const char *text)
{
  static const char * const unknown[] = {
    "unknown", "na", "n/a", "not applicable", "none", "other", "unk", NULL,
  };
  g_autofree char *folded = NULL;

  if (text == NULL)
    return TRUE;

  folded = g_strstrip (g_ascii_strdown (text, -1));
  return folded[0] == '\0' || g_strv_contains (unknown, folded);
}

/* A string member, stripped; NULL when absent, empty or not a string */
char *
cordon_veris_get_text (JsonObject *object,
          const char *name)
{
  JsonNode *node;
  g_autofree char *text = NULL;

  if (object == NULL || (node = json_object_get_member (object, name)) == NULL ||
      !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  text = g_strstrip (g_strdup (json_node_get_string (node)));
  if (text[0] == '\0')
    return NULL;

  return g_steal_pointer (&text);
}

/* A number member, whole or not; FALSE when absent or not a number */
gboolean
cordon_veris_get_number (JsonObject *object,
            const char *name,
            gdouble    *out)
{
  JsonNode *node;
  GType type;

  if (object == NULL || (node = json_object_get_member (object, name)) == NULL ||
      !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    *out = json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE)
    *out = json_node_get_double (node);
  else
    return FALSE;

  return TRUE;
}

/* The known values of a member that is an array of strings (or, in old
 * records, a single string); "Unknown" and the like are left out. */
GPtrArray *
cordon_veris_get_values (JsonObject *object,
            const char *name)
{
  GPtrArray *values = g_ptr_array_new_with_free_func (g_free);
  JsonNode *node;

  if (object == NULL || (node = json_object_get_member (object, name)) == NULL)
    return values;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array) && values->len < 8; i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING &&
              !cordon_veris_is_unknown (json_node_get_string (element)))
            g_ptr_array_add (values, g_strstrip (g_strdup (json_node_get_string (element))));
        }
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
           !cordon_veris_is_unknown (json_node_get_string (node)))
    {
      g_ptr_array_add (values, g_strstrip (g_strdup (json_node_get_string (node))));
    }

  return values;
}

char *
cordon_veris_join_values (GPtrArray  *values,
             const char *fallback)
{
  g_autoptr(GString) out = g_string_new (NULL);

  if (values->len == 0)
    return g_strdup (fallback);

  for (guint i = 0; i < values->len; i++)
    {
      if (i > 0)
        g_string_append (out, i + 1 == values->len ? _(" and ") : ", ");
      g_string_append (out, values->pdata[i]);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Cuts @text to @max characters at a word where it can, replaces
 * control characters and collapses runs of white space. */
char *
cordon_veris_clip (const char *text,
      glong       max)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;
  glong n = 0;

  if (!g_utf8_validate (text, -1, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);

      return cordon_veris_clip (valid, max);
    }

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        {
          g_string_append_c (out, ' ');
          n++;
          space = FALSE;
        }
      g_string_append_unichar (out, c);
      n++;
    }

  if (n > max)
    {
      const char *end = g_utf8_offset_to_pointer (out->str, max - 1);
      const char *cut = end;

      /* Back to the last space, unless that loses too much */
      while (cut > out->str && *cut != ' ' && end - cut < 40)
        cut--;
      if (*cut != ' ')
        cut = end;
      g_string_truncate (out, cut - out->str);
      g_string_append (out, "…");
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The first action category of the record, and each one present */
GPtrArray *
cordon_veris_present_actions (JsonObject *record)
{
  JsonObject *action = cordon_veris_get_object (record, "action");
  GPtrArray *present = g_ptr_array_new ();

  for (guint i = 0; i < CORDON_VERIS_N_ACTIONS; i++)
    {
      /* "unknown" (last) only counts when nothing else is known */
      if (g_str_equal (cordon_veris_actions[i].veris, "unknown") && present->len > 0)
        break;
      if (action != NULL && json_object_has_member (action, cordon_veris_actions[i].veris))
        g_ptr_array_add (present, GUINT_TO_POINTER (i));
    }

  return present;
}

char *
cordon_veris_describe_discovery (JsonObject *record)
{
  JsonNode *node = json_object_get_member (record, "discovery_method");

  if (node == NULL)
    return NULL;

  /* Old records: "Ext - customer" */
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);
      const char *dash = strstr (text, " - ");

      if (dash != NULL && !cordon_veris_is_unknown (dash + 3))
        return g_strdup (dash + 3);
      return NULL;
    }

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      static const char * const sides[] = { "internal", "external", "partner", NULL };
      JsonObject *object = json_node_get_object (node);

      for (guint i = 0; sides[i] != NULL; i++)
        {
          g_autoptr(GPtrArray) varieties = cordon_veris_get_values (cordon_veris_get_object (object, sides[i]), "variety");

          if (varieties->len > 0)
            return cordon_veris_join_values (varieties, NULL);
        }
    }

  return NULL;
}

char *
cordon_veris_describe_action (JsonObject *record,
                              guint       index)
{
  JsonObject *object = cordon_veris_get_object (cordon_veris_get_object (record, "action"), cordon_veris_actions[index].veris);
  g_autoptr(GPtrArray) varieties = cordon_veris_get_values (object, "variety");
  g_autoptr(GPtrArray) vectors = cordon_veris_get_values (object, "vector");
  g_autofree char *variety = cordon_veris_join_values (varieties, _("variety not recorded"));

  if (vectors->len > 0)
    {
      g_autofree char *vector = cordon_veris_join_values (vectors, NULL);

      return g_strdup_printf (_("%s: %s, via %s"), _(cordon_veris_actions[index].label), variety, vector);
    }

  return g_strdup_printf ("%s: %s", _(cordon_veris_actions[index].label), variety);
}


/* "an external actor (organized crime), motive financial" */
char *
cordon_veris_describe_actors (JsonObject *record)
{
  static const struct {
    const char *veris;
    const char *label;
  } kinds[] = {
    { "external", N_("an external actor") },
    { "internal", N_("an insider") },
    { "partner", N_("a partner") },
    { "unknown", N_("an unknown actor") },
  };
  JsonObject *actor = cordon_veris_get_object (record, "actor");
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      JsonObject *object = cordon_veris_get_object (actor, kinds[i].veris);
      g_autoptr(GPtrArray) varieties = NULL;
      g_autoptr(GPtrArray) motives = NULL;
      g_autoptr(GPtrArray) countries = NULL;

      if (object == NULL && (actor == NULL || !json_object_has_member (actor, kinds[i].veris)))
        continue;

      varieties = cordon_veris_get_values (object, "variety");
      motives = cordon_veris_get_values (object, "motive");
      countries = cordon_veris_get_values (object, "country");

      if (out->len > 0)
        g_string_append (out, "; ");
      g_string_append (out, _(kinds[i].label));
      if (varieties->len > 0)
        {
          g_autofree char *text = cordon_veris_join_values (varieties, NULL);
          g_string_append_printf (out, " (%s)", text);
        }
      if (motives->len > 0)
        {
          g_autofree char *text = cordon_veris_join_values (motives, NULL);
          g_string_append_printf (out, _(", motive: %s"), text);
        }
      if (countries->len > 0)
        {
          g_autofree char *text = cordon_veris_join_values (countries, NULL);
          g_string_append_printf (out, _(", from %s"), text);
        }
    }

  if (out->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The severity a record implies: its overall impact rating, or else the
 * number of records disclosed, or else whether a disclosure is confirmed.
 * When the rating is missing, @out_reason says what the severity follows
 * from. */
const char *
cordon_veris_final_severity (JsonObject  *record,
                             gboolean     disclosure,
                             char       **out_reason)
{
  static const struct {
    const char *rating;
    const char *severity;
  } ratings[] = {
    { "Insignificant", "low" },
    { "Distracting", "medium" },
    { "Painful", "high" },
    { "Damaging", "high" },
    { "Catastrophic", "critical" },
  };
  g_autofree char *rating = cordon_veris_get_text (cordon_veris_get_object (record, "impact"), "overall_rating");
  JsonObject *confidentiality = cordon_veris_get_object (cordon_veris_get_object (record, "attribute"),
                                                         "confidentiality");
  gdouble total = 0;

  *out_reason = NULL;

  for (guint i = 0; rating != NULL && i < G_N_ELEMENTS (ratings); i++)
    {
      if (g_ascii_strcasecmp (rating, ratings[i].rating) == 0)
        return ratings[i].severity;
    }

  if (cordon_veris_get_number (confidentiality, "data_total", &total))
    {
      *out_reason = g_strdup_printf (_("The record has no overall impact rating; the severity follows from the %.0f records disclosed."),
                                     total);
      if (total >= 100000)
        return "critical";
      if (total >= 1000)
        return "high";
      return "medium";
    }

  if (disclosure)
    {
      *out_reason = g_strdup (_("The record has no overall impact rating; a confirmed disclosure makes it high."));
      return "high";
    }

  *out_reason = g_strdup (_("The record has no overall impact rating; the severity defaults to medium."));
  return "medium";
}
