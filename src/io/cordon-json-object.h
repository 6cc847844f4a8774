/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <json-glib/json-glib.h>

#include "cordon-io-error.h"

G_BEGIN_DECLS

/**
 * CordonJsonFieldType:
 * @CORDON_JSON_FIELD_STRING: a string property; a JSON string
 * @CORDON_JSON_FIELD_ENUM: an enum property; its value's stable id (nick)
 * @CORDON_JSON_FIELD_BOOLEAN: a boolean property; true or false
 * @CORDON_JSON_FIELD_INTEGER: an int or int64 property; a whole number
 * @CORDON_JSON_FIELD_TIME: a GDateTime property; ISO 8601 in UTC, or absent
 * @CORDON_JSON_FIELD_STRV: a string-array property; an array of strings
 * @CORDON_JSON_FIELD_OBJECT: a string property holding compact JSON; a
 *   JSON object, or absent
 */
typedef enum
{
  CORDON_JSON_FIELD_STRING,
  CORDON_JSON_FIELD_ENUM,
  CORDON_JSON_FIELD_BOOLEAN,
  CORDON_JSON_FIELD_INTEGER,
  CORDON_JSON_FIELD_TIME,
  CORDON_JSON_FIELD_STRV,
  CORDON_JSON_FIELD_OBJECT,
} CordonJsonFieldType;

/**
 * CordonJsonField:
 * @name: the member's name in files
 * @property: the GObject property it maps to
 * @type: how it is written
 * @required: whether a file must have it
 * @min: integers: the smallest value allowed; strings: the fewest characters
 * @max: integers: the largest value allowed; strings: the most characters
 *   (0: no limit beyond the reader's)
 * @omit_empty: strings and string arrays: written only when not empty, so
 *   that files of records without the member read and write as before
 *
 * One member of a file format, mapped to one property of a core object,
 * so that a format is described once and written and read alike.
 */
typedef struct
{
  const char          *name;
  const char          *property;
  CordonJsonFieldType  type;
  gboolean             required;
  gint64               min;
  gint64               max;
  gboolean             omit_empty;
} CordonJsonField;

void     cordon_json_object_write_fields (JsonObject            *object,
                                          GObject               *source,
                                          const CordonJsonField *fields,
                                          guint                  n_fields);
gboolean cordon_json_object_read_fields  (JsonObject            *object,
                                          GObject               *target,
                                          const CordonJsonField *fields,
                                          guint                  n_fields,
                                          const char * const    *other_members,
                                          const char            *where,
                                          GError               **error);
gboolean cordon_json_expect_object       (JsonNode              *node,
                                          const char            *where,
                                          JsonObject           **out_object,
                                          GError               **error);
gboolean cordon_json_expect_array        (JsonNode              *node,
                                          const char            *where,
                                          JsonArray            **out_array,
                                          GError               **error);
const char *cordon_json_node_type_name   (JsonNode              *node);
void     cordon_json_append_string       (GString               *out,
                                          const char            *text);

G_END_DECLS
