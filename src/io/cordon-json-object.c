/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-json-object.c: writes core objects to JSON objects and reads
 * them back, driven by a table of fields, with messages that name the
 * place of every fault.
 */

#define G_LOG_DOMAIN "cordon-json"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-json-object.h"
#include "cordon-time.h"

const char *
cordon_json_node_type_name (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return _("null");
  if (JSON_NODE_HOLDS_OBJECT (node))
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return _("an array");

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    case G_TYPE_INT64:
      return _("a whole number");
    case G_TYPE_DOUBLE:
      return _("a number with a fraction");
    default:
      return _("a value");
    }
}

gboolean
cordon_json_expect_object (JsonNode     *node,
                           const char   *where,
                           JsonObject  **out_object,
                           GError      **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                   _("%s: expected an object, found %s"), where, cordon_json_node_type_name (node));
      return FALSE;
    }

  *out_object = json_node_get_object (node);
  return TRUE;
}

gboolean
cordon_json_expect_array (JsonNode    *node,
                          const char  *where,
                          JsonArray  **out_array,
                          GError     **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                   _("%s: expected an array, found %s"), where, cordon_json_node_type_name (node));
      return FALSE;
    }

  *out_array = json_node_get_array (node);
  return TRUE;
}

static GParamSpec *
find_property (GObject    *object,
               const char *name)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), name);

  g_assert (pspec != NULL);

  return pspec;
}

/**
 * cordon_json_object_write_fields:
 *
 * Sets a member of @object for each field, in the table's order, from
 * @source's properties. Unset times and objects are left out.
 */
void
cordon_json_object_write_fields (JsonObject            *object,
                                 GObject               *source,
                                 const CordonJsonField *fields,
                                 guint                  n_fields)
{
  for (guint i = 0; i < n_fields; i++)
    {
      const CordonJsonField *field = &fields[i];
      GParamSpec *pspec = find_property (source, field->property);
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (source, field->property, &value);

      switch (field->type)
        {
        case CORDON_JSON_FIELD_STRING:
          if (field->omit_empty && (g_value_get_string (&value) == NULL || g_value_get_string (&value)[0] == '\0'))
            break;
          json_object_set_string_member (object, field->name,
                                         g_value_get_string (&value) ? g_value_get_string (&value) : "");
          break;

        case CORDON_JSON_FIELD_ENUM:
          {
            g_autoptr(GEnumClass) klass = g_type_class_ref (pspec->value_type);
            GEnumValue *enum_value = g_enum_get_value (klass, g_value_get_enum (&value));

            g_assert (enum_value != NULL);
            json_object_set_string_member (object, field->name, enum_value->value_nick);
          }
          break;

        case CORDON_JSON_FIELD_BOOLEAN:
          json_object_set_boolean_member (object, field->name, g_value_get_boolean (&value));
          break;

        case CORDON_JSON_FIELD_INTEGER:
          if (G_VALUE_HOLDS_INT64 (&value))
            json_object_set_int_member (object, field->name, g_value_get_int64 (&value));
          else
            json_object_set_int_member (object, field->name, g_value_get_int (&value));
          break;

        case CORDON_JSON_FIELD_TIME:
          {
            GDateTime *time = g_value_get_boxed (&value);

            if (time != NULL)
              {
                g_autofree char *text = cordon_time_to_iso8601_compact (cordon_time_from_date_time (time));
                json_object_set_string_member (object, field->name, text);
              }
          }
          break;

        case CORDON_JSON_FIELD_STRV:
          {
            const char * const *strv = g_value_get_boxed (&value);
            JsonArray *array;

            if (field->omit_empty && (strv == NULL || strv[0] == NULL))
              break;

            array = json_array_new ();
            for (guint j = 0; strv != NULL && strv[j] != NULL; j++)
              json_array_add_string_element (array, strv[j]);
            json_object_set_array_member (object, field->name, array);
          }
          break;

        case CORDON_JSON_FIELD_OBJECT:
          {
            const char *text = g_value_get_string (&value);

            if (text != NULL && text[0] != '\0')
              {
                g_autoptr(JsonNode) node = json_from_string (text, NULL);

                if (node != NULL)
                  json_object_set_member (object, field->name, g_steal_pointer (&node));
              }
          }
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

static const CordonJsonField *
find_field (const CordonJsonField *fields,
            guint                  n_fields,
            const char            *name)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (g_str_equal (fields[i].name, name))
        return &fields[i];
    }

  return NULL;
}

static gboolean
wrong_type (const char  *where,
            const char  *name,
            const char  *expected,
            JsonNode    *node,
            GError     **error)
{
  g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
               _("%s.%s: expected %s, found %s"),
               where, name, expected, cordon_json_node_type_name (node));
  return FALSE;
}

static gboolean
holds_value_of_type (JsonNode *node,
                     GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static gboolean
read_field (const CordonJsonField  *field,
            JsonNode               *node,
            GObject                *target,
            const char             *where,
            GError                **error)
{
  GParamSpec *pspec = find_property (target, field->property);
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, pspec->value_type);

  switch (field->type)
    {
    case CORDON_JSON_FIELD_STRING:
      {
        const char *text;
        glong length;

        if (!holds_value_of_type (node, G_TYPE_STRING))
          return wrong_type (where, field->name, _("a string"), node, error);

        text = json_node_get_string (node);
        length = g_utf8_strlen (text, -1);
        if (field->min > 0 && length < field->min)
          {
            g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                         _("%s.%s: must not be empty"), where, field->name);
            return FALSE;
          }
        if (field->max > 0 && length > field->max)
          {
            g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_LIMIT,
                         _("%s.%s: %ld characters, more than the %" G_GINT64_FORMAT " allowed"),
                         where, field->name, length, field->max);
            return FALSE;
          }
        g_value_set_string (&value, text);
      }
      break;

    case CORDON_JSON_FIELD_ENUM:
      {
        g_autoptr(GEnumClass) klass = g_type_class_ref (pspec->value_type);
        GEnumValue *enum_value;

        if (!holds_value_of_type (node, G_TYPE_STRING))
          return wrong_type (where, field->name, _("a string"), node, error);

        enum_value = g_enum_get_value_by_nick (klass, json_node_get_string (node));
        if (enum_value == NULL)
          {
            g_autoptr(GString) known = g_string_new (NULL);

            for (guint i = 0; i < klass->n_values; i++)
              g_string_append_printf (known, "%s%s", i ? ", " : "", klass->values[i].value_nick);
            g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                         _("%s.%s: unknown value “%s” (known: %s)"),
                         where, field->name, json_node_get_string (node), known->str);
            return FALSE;
          }
        g_value_set_enum (&value, enum_value->value);
      }
      break;

    case CORDON_JSON_FIELD_BOOLEAN:
      if (!holds_value_of_type (node, G_TYPE_BOOLEAN))
        return wrong_type (where, field->name, _("true or false"), node, error);
      g_value_set_boolean (&value, json_node_get_boolean (node));
      break;

    case CORDON_JSON_FIELD_INTEGER:
      {
        gint64 number;
        gint64 min = field->min;
        gint64 max = field->max;

        if (!holds_value_of_type (node, G_TYPE_INT64))
          return wrong_type (where, field->name, _("a whole number"), node, error);

        number = json_node_get_int (node);
        if (G_VALUE_HOLDS_INT (&value))
          {
            min = MAX (min, G_MININT);
            max = max ? MIN (max, G_MAXINT) : G_MAXINT;
          }
        if (number < min || (max != 0 && number > max))
          {
            g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                         _("%s.%s: %" G_GINT64_FORMAT " is out of range (%" G_GINT64_FORMAT " to %" G_GINT64_FORMAT ")"),
                         where, field->name, number, min, max);
            return FALSE;
          }
        if (G_VALUE_HOLDS_INT64 (&value))
          g_value_set_int64 (&value, number);
        else
          g_value_set_int (&value, (int) number);
      }
      break;

    case CORDON_JSON_FIELD_TIME:
      {
        gint64 usec;

        if (JSON_NODE_HOLDS_NULL (node))
          break;
        if (!holds_value_of_type (node, G_TYPE_STRING))
          return wrong_type (where, field->name, _("a time such as 2026-03-01T09:30:00Z"), node, error);
        if (!cordon_time_parse_iso8601 (json_node_get_string (node), &usec))
          {
            g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                         _("%s.%s: “%s” is not a time such as 2026-03-01T09:30:00Z"),
                         where, field->name, json_node_get_string (node));
            return FALSE;
          }
        g_value_take_boxed (&value, cordon_time_to_date_time (usec));
      }
      break;

    case CORDON_JSON_FIELD_STRV:
      {
        JsonArray *array;
        g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

        if (!JSON_NODE_HOLDS_ARRAY (node))
          return wrong_type (where, field->name, _("an array of strings"), node, error);

        array = json_node_get_array (node);
        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            JsonNode *element = json_array_get_element (array, i);

            if (!holds_value_of_type (element, G_TYPE_STRING))
              {
                g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                             _("%s.%s[%u]: expected a string, found %s"),
                             where, field->name, i, cordon_json_node_type_name (element));
                return FALSE;
              }
            g_strv_builder_add (builder, json_node_get_string (element));
          }
        g_value_take_boxed (&value, g_strv_builder_end (builder));
      }
      break;

    case CORDON_JSON_FIELD_OBJECT:
      if (JSON_NODE_HOLDS_NULL (node))
        break;
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return wrong_type (where, field->name, _("an object"), node, error);
      g_value_take_string (&value, json_to_string (node, FALSE));
      break;

    default:
      g_assert_not_reached ();
    }

  g_object_set_property (target, field->property, &value);

  return TRUE;
}

/**
 * cordon_json_object_read_fields:
 * @other_members: (nullable): members the caller reads itself
 * @where: the path of @object, used in messages
 *
 * Sets @target's properties from @object. A required member that is
 * missing, a member of the wrong type or out of range, and a member that
 * is neither a field nor in @other_members are faults.
 */
gboolean
cordon_json_object_read_fields (JsonObject             *object,
                                GObject                *target,
                                const CordonJsonField  *fields,
                                guint                   n_fields,
                                const char * const     *other_members,
                                const char             *where,
                                GError                **error)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  for (guint i = 0; i < n_fields; i++)
    {
      if (fields[i].required && !json_object_has_member (object, fields[i].name))
        {
          g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                       _("%s: the member “%s” is missing"), where, fields[i].name);
          return FALSE;
        }
    }

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &node))
    {
      const CordonJsonField *field = find_field (fields, n_fields, name);

      if (field == NULL)
        {
          if (other_members != NULL && g_strv_contains (other_members, name))
            continue;

          g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                       _("%s: unknown member “%s”"), where, name);
          return FALSE;
        }

      if (!read_field (field, node, target, where, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * cordon_json_append_string:
 * @text: valid UTF-8
 *
 * Appends @text to @out as a JSON string, escaping what JSON requires
 * and leaving other characters as they are. For listings written a row
 * at a time, where building a tree for each row would cost more than
 * the row itself.
 */
void
cordon_json_append_string (GString    *out,
                           const char *text)
{
  g_string_append_c (out, '"');

  for (const char *p = text; *p != '\0'; p++)
    {
      const char *run = p;
      guchar c;

      /* What needs no escape goes out in runs */
      while ((guchar) *p >= 0x20 && *p != '"' && *p != '\\' && (guchar) *p != 0x7f && (guchar) *p != 0xc2)
        p++;
      if (p > run)
        g_string_append_len (out, run, p - run);
      if (*p == '\0')
        break;

      c = (guchar) *p;
      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (c < 0x20 || c == 0x7f)
            g_string_append_printf (out, "\\u%04x", c);
          else if (c == 0xc2 && (guchar) p[1] >= 0x80 && (guchar) p[1] <= 0x9f)
            {
              /* A C1 control (a terminal takes U+009B for CSI): the same
               * string to a JSON reader, harmless on a terminal */
              g_string_append_printf (out, "\\u%04x", (guchar) p[1]);
              p++;
            }
          else
            g_string_append_c (out, (char) c);
        }
    }

  g_string_append_c (out, '"');
}
