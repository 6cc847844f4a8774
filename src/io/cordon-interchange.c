/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-interchange.c: one entry point for every format Cordon reads or
 * writes. A file of another tool's format is first read through the
 * strict JSON scanner (a syntax fault is named by line and column), then
 * mapped by its format module into incident records, which are stored
 * here inside one bulk transaction of the workspace: the first fault
 * names the file and the JSON path, and rolls everything back.
 */

#define G_LOG_DOMAIN "cordon-interchange"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gio/gunixinputstream.h>
#include <gio/gunixoutputstream.h>
#include <string.h>
#include <sys/stat.h>

#include "cordon-input.h"
#include "cordon-interchange-private.h"
#include "cordon-json-scanner.h"
#include "cordon-native-io.h"
#include "cordon-output.h"

#include "cordon-fact.h"
#include "cordon-incident.h"
#include "cordon-journal-entry.h"
#include "cordon-plan-action.h"
#include "cordon-task.h"
#include "cordon-time.h"
#include "cordon-taxonomy.h"
#include "cordon-taxonomy-entry.h"

static const char * const format_ids[] = {
  "native", "thehive", "misp", "stix", "veris", "auto",
};

const char *
cordon_interchange_format_to_id (CordonInterchangeFormat format)
{
  g_return_val_if_fail (format <= CORDON_INTERCHANGE_AUTO, NULL);

  return format_ids[format];
}

gboolean
cordon_interchange_format_from_id (const char              *id,
                                   CordonInterchangeFormat *out_format)
{
  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (format_ids); i++)
    {
      if (g_str_equal (format_ids[i], id))
        {
          *out_format = i;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
cordon_interchange_can_import (CordonInterchangeFormat format)
{
  return format <= CORDON_INTERCHANGE_AUTO;
}

gboolean
cordon_interchange_can_export (CordonInterchangeFormat format)
{
  return format == CORDON_INTERCHANGE_NATIVE ||
         format == CORDON_INTERCHANGE_THEHIVE ||
         format == CORDON_INTERCHANGE_MISP ||
         format == CORDON_INTERCHANGE_STIX;
}

/* Messages ------------------------------------------------------------ */

gboolean
_cordon_interchange_fail (GError        **error,
                          CordonIoError   code,
                          const char     *name,
                          const char     *path,
                          const char     *format,
                          ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, CORDON_IO_ERROR, code, "%s: %s: %s", name, path, message);

  return FALSE;
}

/* Reading the document --------------------------------------------- */

static gboolean
on_member (const char  *member,
           gint64       index,
           const char  *json,
           gsize        length,
           guint        line,
           guint        column,
           gpointer     user_data,
           GError     **error)
{
  JsonObject *root = user_data;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();

  /* The scanner checked the grammar, so this fails only on resources */
  if (!json_parser_load_from_data (parser, json, length, error))
    return FALSE;

  json_object_set_member (root, member, json_node_copy (json_parser_get_root (parser)));

  return TRUE;
}

/**
 * _cordon_interchange_parse_document:
 *
 * Reads a whole document, a JSON object or (as lists of MISP events are)
 * a JSON array, through the strict scanner: bad JSON, bad UTF-8,
 * duplicate members, nesting or strings beyond the limits are refused
 * with the file, line and column.
 */
JsonNode *
_cordon_interchange_parse_document (GBytes      *data,
                                    const char  *name,
                                    GError     **error)
{
  g_autoptr(JsonObject) root = json_object_new ();
  g_autoptr(CordonJsonScanner) scanner = NULL;
  const char *bytes;
  gsize size;
  gsize start = 0;
  gboolean array;

  bytes = g_bytes_get_data (data, &size);
  if (size > CORDON_INTERCHANGE_MAX_BYTES)
    {
      g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_LIMIT,
                   _("%s: too large to import (%" G_GSIZE_FORMAT " bytes; at most %d)"),
                   name, size, CORDON_INTERCHANGE_MAX_BYTES);
      return NULL;
    }

  /* The scanner reads objects; an array it reads as the one member of an
   * object around it */
  if (size >= 3 && memcmp (bytes, "\xef\xbb\xbf", 3) == 0)
    start = 3;
  while (start < size && g_ascii_isspace (bytes[start]))
    start++;
  array = start < size && bytes[start] == '[';

  scanner = cordon_json_scanner_new (name, NULL, on_member, root);
  if (array)
    cordon_json_scanner_set_array_root (scanner);
  if (!cordon_json_scanner_feed (scanner, bytes, size, error) ||
      !cordon_json_scanner_finish (scanner, error))
    return NULL;

  if (array)
    return json_node_copy (json_object_get_member (root, ""));

  return json_node_init_object (json_node_alloc (), root);
}

/**
 * _cordon_interchange_parse:
 *
 * Like _cordon_interchange_parse_document(), for a document that must be
 * a JSON object.
 */
JsonObject *
_cordon_interchange_parse (GBytes      *data,
                           const char  *name,
                           GError     **error)
{
  g_autoptr(JsonNode) root = _cordon_interchange_parse_document (data, name, error);

  if (root == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                   _("%s:1:1: the document must be a JSON object"), name);
      return NULL;
    }

  return json_object_ref (json_node_get_object (root));
}

static const char *
member_string (JsonObject *object,
               const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static gboolean
detect_root (JsonObject              *root,
             const char              *name,
             CordonInterchangeFormat *out_format,
             GError                 **error)
{
  const char *format = member_string (root, "format");
  const char *type = member_string (root, "type");
  JsonNode *cases = json_object_get_member (root, "cases");

  if (format != NULL && g_str_has_prefix (format, "cordon"))
    *out_format = CORDON_INTERCHANGE_NATIVE;
  else if (json_object_has_member (root, "Event") || json_object_has_member (root, "response") ||
           _cordon_misp_looks_like_event (root))
    *out_format = CORDON_INTERCHANGE_MISP;
  else if (type != NULL && (g_str_equal (type, "bundle") ||
                             (member_string (root, "id") != NULL &&
                              g_str_has_prefix (member_string (root, "id"), type) &&
                              g_str_has_prefix (member_string (root, "id") + strlen (type), "--"))))
    *out_format = CORDON_INTERCHANGE_STIX;
  else if (json_object_has_member (root, "_type") || json_object_has_member (root, "caseId") ||
           (cases != NULL && JSON_NODE_HOLDS_ARRAY (cases)) ||
           (json_object_has_member (root, "title") && json_object_has_member (root, "severity") &&
            (json_object_has_member (root, "tlp") || json_object_has_member (root, "pap"))) ||
           (json_object_has_member (root, "name") && json_object_has_member (root, "tasks") &&
            !json_object_has_member (root, "title")))
    *out_format = CORDON_INTERCHANGE_THEHIVE;
  else if (json_object_has_member (root, "schema_version") || json_object_has_member (root, "action") ||
           (json_object_has_member (root, "incident") && json_object_has_member (root, "should")))
    *out_format = CORDON_INTERCHANGE_VERIS;
  else
    {
      g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_VERSION,
                   _("%s: $: the format cannot be told from the content (not a Cordon file, TheHive case, "
                     "MISP event, STIX bundle or VERIS record); name it with --format"), name);
      return FALSE;
    }

  return TRUE;
}

/* A document that is an array is a list of MISP events */
static gboolean
detect_list (JsonArray               *list,
             const char              *name,
             CordonInterchangeFormat *out_format,
             GError                 **error)
{
  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonNode *node = json_array_get_element (list, i);
      JsonObject *element = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

      if (element == NULL ||
          (!json_object_has_member (element, "Event") && !_cordon_misp_looks_like_event (element)))
        {
          g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_VERSION,
                       _("%s: $[%u]: the format cannot be told: a list is read as MISP events, and this "
                         "element is not one"), name, i);
          return FALSE;
        }
    }

  *out_format = CORDON_INTERCHANGE_MISP;

  return TRUE;
}

/**
 * cordon_interchange_detect:
 *
 * Tells the format of @data by its content: `format: cordon…` is native,
 * an `Event` member, an event's own members or a list of events MISP,
 * `type: bundle` STIX, `_type`, `caseId` or a title with severity and TLP
 * or PAP TheHive, `schema_version` or `action` VERIS.
 */
gboolean
cordon_interchange_detect (GBytes                  *data,
                           const char              *name,
                           CordonInterchangeFormat *out_format,
                           GError                 **error)
{
  g_autoptr(JsonNode) root = _cordon_interchange_parse_document (data, name, error);

  if (root == NULL)
    return FALSE;

  if (JSON_NODE_HOLDS_ARRAY (root))
    return detect_list (json_node_get_array (root), name, out_format, error);

  return detect_root (json_node_get_object (root), name, out_format, error);
}

/* Readers -------------------------------------------------------------- */

static gboolean
wrong_type (CordonInterchangeImport  *ctx,
            const char               *path,
            const char               *member,
            JsonNode                 *node,
            const char               *expected,
            GError                  **error)
{
  return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path,
                                   _("%s: expected %s, found %s"), member, expected,
                                   cordon_json_node_type_name (node));
}

gboolean
_cordon_ix_string (CordonInterchangeImport  *ctx,
                   JsonObject               *object,
                   const char               *path,
                   const char               *member,
                   gboolean                  required,
                   const char              **out,
                   GError                  **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path,
                                         _("%s: missing"), member);
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return wrong_type (ctx, path, member, node, _("a string"), error);

  *out = json_node_get_string (node);
  if (required && (*out)[0] == '\0')
    return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path,
                                     _("%s: empty"), member);

  return TRUE;
}

gboolean
_cordon_ix_int (CordonInterchangeImport  *ctx,
                JsonObject               *object,
                const char               *path,
                const char               *member,
                gint64                    min,
                gint64                    max,
                gboolean                 *present,
                gint64                   *out,
                GError                  **error)
{
  JsonNode *node = json_object_get_member (object, member);
  gint64 value;

  if (present != NULL)
    *present = FALSE;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return wrong_type (ctx, path, member, node, _("a whole number"), error);

  if (json_node_get_value_type (node) == G_TYPE_INT64)
    value = json_node_get_int (node);
  else if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
    {
      gdouble d = json_node_get_double (node);

      /* 1e3 is a whole number; 1e300 and 0.5 are not ours */
      if (!(d >= (gdouble) min && d <= (gdouble) max) || d != (gdouble) (gint64) d)
        return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path,
                                         _("%s: %g is not a whole number from %" G_GINT64_FORMAT
                                           " to %" G_GINT64_FORMAT), member, d, min, max);
      value = (gint64) d;
    }
  else
    return wrong_type (ctx, path, member, node, _("a whole number"), error);

  if (value < min || value > max)
    return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path,
                                     _("%s: %" G_GINT64_FORMAT " is out of range (%" G_GINT64_FORMAT
                                       " to %" G_GINT64_FORMAT ")"), member, value, min, max);

  *out = value;
  if (present != NULL)
    *present = TRUE;

  return TRUE;
}

gboolean
_cordon_ix_bool (CordonInterchangeImport  *ctx,
                 JsonObject               *object,
                 const char               *path,
                 const char               *member,
                 gboolean                 *out,
                 GError                  **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return wrong_type (ctx, path, member, node, _("true or false"), error);

  *out = json_node_get_boolean (node);

  return TRUE;
}

gboolean
_cordon_ix_array (CordonInterchangeImport  *ctx,
                  JsonObject               *object,
                  const char               *path,
                  const char               *member,
                  gboolean                  required,
                  JsonArray               **out,
                  GError                  **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path,
                                         _("%s: missing"), member);
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return wrong_type (ctx, path, member, node, _("an array"), error);

  *out = json_node_get_array (node);

  return TRUE;
}

gboolean
_cordon_ix_object (CordonInterchangeImport  *ctx,
                   JsonObject               *object,
                   const char               *path,
                   const char               *member,
                   gboolean                  required,
                   JsonObject              **out,
                   GError                  **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path,
                                         _("%s: missing"), member);
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return wrong_type (ctx, path, member, node, _("an object"), error);

  *out = json_node_get_object (node);

  return TRUE;
}

gboolean
_cordon_ix_element_object (CordonInterchangeImport  *ctx,
                           JsonArray                *array,
                           guint                     index,
                           const char               *path,
                           JsonObject              **out,
                           GError                  **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path,
                                     _("expected an object, found %s"), cordon_json_node_type_name (node));

  *out = json_node_get_object (node);

  return TRUE;
}

gboolean
_cordon_ix_strings (CordonInterchangeImport  *ctx,
                    JsonObject               *object,
                    const char               *path,
                    const char               *member,
                    GPtrArray               **out,
                    GError                  **error)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  JsonArray *array;

  if (!_cordon_ix_array (ctx, object, path, member, FALSE, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path,
                                         _("%s[%u]: expected a string, found %s"), member, i,
                                         cordon_json_node_type_name (node));
      g_ptr_array_add (strings, g_strdup (json_node_get_string (node)));
    }

  *out = g_steal_pointer (&strings);

  return TRUE;
}

/* Up to the end of year 9999, as SQLite and GDateTime both handle */
#define MAX_EPOCH_MS G_GINT64_CONSTANT (253402300799999)

gboolean
_cordon_ix_epoch_ms (CordonInterchangeImport  *ctx,
                     JsonObject               *object,
                     const char               *path,
                     const char               *member,
                     gint64                   *out_usec,
                     GError                  **error)
{
  gboolean present = FALSE;
  gint64 ms = 0;

  *out_usec = 0;
  if (!_cordon_ix_int (ctx, object, path, member, 0, MAX_EPOCH_MS, &present, &ms, error))
    return FALSE;

  if (present)
    *out_usec = ms * 1000;

  return TRUE;
}

gboolean
_cordon_ix_timestamp (CordonInterchangeImport  *ctx,
                      JsonObject               *object,
                      const char               *path,
                      const char               *member,
                      gint64                   *out_usec,
                      GError                  **error)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) time = NULL;
  const char *text = NULL;

  *out_usec = 0;
  if (!_cordon_ix_string (ctx, object, path, member, FALSE, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;

  time = g_date_time_new_from_iso8601 (text, utc);
  if (time == NULL || g_date_time_get_year (time) < 1970)
    return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path,
                                     _("%s: “%s” is not a timestamp (ISO 8601, e.g. 2024-03-05T10:00:00Z)"),
                                     member, text);

  *out_usec = g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time);

  return TRUE;
}

char *
_cordon_interchange_format_iso (gint64 usec)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);

  if (time == NULL)
    return g_strdup ("1970-01-01T00:00:00.000Z");

  {
    g_autofree char *base = g_date_time_format (time, "%Y-%m-%dT%H:%M:%S");

    return g_strdup_printf ("%s.%03dZ", base, (int) ((usec % G_USEC_PER_SEC) / 1000));
  }
}

/* Cuts @text to @max characters, on a character boundary, marking the
 * cut; invalid UTF-8 is repaired. */
char *
_cordon_interchange_clip (const char *text,
                          glong       max)
{
  g_autofree char *valid = NULL;

  if (text == NULL)
    return g_strdup ("");

  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  if (g_utf8_strlen (text, -1) <= max)
    return g_strdup (text);

  {
    const char *end = g_utf8_offset_to_pointer (text, max - 1);
    g_autofree char *head = g_strndup (text, end - text);

    return g_strconcat (head, "…", NULL);
  }
}

/* A name-based (version 5) UUID in Cordon's own namespace, so that the
 * same incident and record always get the same STIX id. */
void
_cordon_interchange_uuid5 (const char *name,
                           char        out[37])
{
  /* 7c3f0c8e-9d8b-5a61-9a3c-3f2c9d1e0b47, fixed for good */
  static const guint8 ns[16] = {
    0x7c, 0x3f, 0x0c, 0x8e, 0x9d, 0x8b, 0x5a, 0x61,
    0x9a, 0x3c, 0x3f, 0x2c, 0x9d, 0x1e, 0x0b, 0x47,
  };
  g_autoptr(GChecksum) sha1 = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize len = sizeof digest;

  g_checksum_update (sha1, ns, sizeof ns);
  g_checksum_update (sha1, (const guchar *) name, strlen (name));
  g_checksum_get_digest (sha1, digest, &len);

  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;

  g_snprintf (out, 37,
              "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
              digest[0], digest[1], digest[2], digest[3], digest[4], digest[5], digest[6], digest[7],
              digest[8], digest[9], digest[10], digest[11], digest[12], digest[13], digest[14], digest[15]);
}

/* Storing -------------------------------------------------------------- */

CordonJournalEntry *
_cordon_interchange_note (gint64             usec,
                          CordonJournalKind  kind,
                          const char        *author,
                          const char        *text,
                          JsonNode          *payload)
{
  CordonJournalEntry *entry = cordon_journal_entry_new ();
  g_autoptr(GDateTime) time = cordon_time_to_date_time (usec);
  g_autofree char *clipped = _cordon_interchange_clip (text, 64 * 1024);

  cordon_journal_entry_set_time (entry, time);
  cordon_journal_entry_set_kind (entry, kind);
  cordon_journal_entry_set_author (entry, author);
  cordon_journal_entry_set_text (entry, clipped);

  if (payload != NULL)
    {
      g_autofree char *json = json_to_string (payload, FALSE);

      cordon_journal_entry_set_payload (entry, json);
    }

  return entry;
}

static gboolean
next_key (CordonInterchangeImport  *ctx,
          int                       year,
          char                    **out_key)
{
  gpointer stored = g_hash_table_lookup (ctx->next_number, GINT_TO_POINTER (year));
  gint64 number = stored ? GPOINTER_TO_SIZE (stored) : 1;

  /* The workspace's own numbering, and incidents it already has */
  for (;;)
    {
      g_autofree char *key = cordon_incident_format_key (year, number);
      g_autoptr(CordonIncident) existing = cordon_workspace_lookup_incident (ctx->workspace, key, NULL);

      if (existing == NULL)
        {
          g_hash_table_insert (ctx->next_number, GINT_TO_POINTER (year), GSIZE_TO_POINTER (number + 1));
          *out_key = g_steal_pointer (&key);
          return TRUE;
        }
      number++;
    }
}

static int
compare_entry_time (gconstpointer a,
                    gconstpointer b)
{
  CordonJournalEntry *x = *(CordonJournalEntry **) a;
  CordonJournalEntry *y = *(CordonJournalEntry **) b;
  gint64 tx = cordon_time_from_date_time (cordon_journal_entry_get_time (x));
  gint64 ty = cordon_time_from_date_time (cordon_journal_entry_get_time (y));

  return tx < ty ? -1 : tx > ty ? 1 : 0;
}

/* Within one record, facts of the same kind, value, uuid and group are
 * one fact. Against an incident imported before, facts of the same kind
 * and value in a group of the same name are: identifiers a record does
 * not carry itself are made from where the fact sits in the file, which
 * a new version of the record changes. */
static char *
fact_identity (CordonFact *fact,
               gboolean    by_value)
{
  if (by_value)
    return g_strdup_printf ("%s\x1f%s\x1f%s", cordon_fact_kind_to_id (cordon_fact_get_kind (fact)),
                            cordon_fact_get_value (fact), cordon_fact_get_group_name (fact));

  return g_strdup_printf ("%s\x1f%s\x1f%s\x1f%s", cordon_fact_kind_to_id (cordon_fact_get_kind (fact)),
                          cordon_fact_get_value (fact), cordon_fact_get_uuid (fact),
                          cordon_fact_get_group (fact));
}

/* Adds the facts of @facts that @seen (identity → stored fact) does not
 * hold yet; a copy that says IOC makes the stored one an IOC */
static gboolean
store_facts (CordonInterchangeImport  *ctx,
             CordonIncident           *incident,
             GPtrArray                *facts,
             GHashTable               *seen,
             gboolean                  by_value,
             const char               *path,
             guint64                  *out_n_added,
             GError                  **error)
{
  g_autoptr(GError) local_error = NULL;

  for (guint i = 0; i < facts->len; i++)
    {
      CordonFact *fact = facts->pdata[i];
      g_autofree char *source = _cordon_interchange_clip (cordon_fact_get_source (fact), 500);
      char *id = fact_identity (fact, by_value);
      CordonFact *first = g_hash_table_lookup (seen, id);

      if (first != NULL)
        {
          if (cordon_fact_get_is_ioc (fact) && !cordon_fact_get_is_ioc (first))
            {
              cordon_fact_set_is_ioc (first, TRUE);
              if (!cordon_workspace_update_fact (ctx->workspace, first, &local_error))
                {
                  g_free (id);
                  return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path,
                                                   "%s", local_error->message);
                }
            }
          g_free (id);
          continue;
        }

      cordon_fact_set_source (fact, source);
      if (!cordon_workspace_add_fact (ctx->workspace, incident, fact, &local_error))
        {
          g_free (id);
          return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path, "%s", local_error->message);
        }
      g_hash_table_insert (seen, id, g_object_ref (fact));
      (*out_n_added)++;
    }

  return TRUE;
}

/* Adds the tasks of @tasks whose title @titles does not hold yet */
static gboolean
store_tasks (CordonInterchangeImport  *ctx,
             CordonIncident           *incident,
             GPtrArray                *tasks,
             GHashTable               *titles,
             const char               *path,
             guint64                  *out_n_added,
             GError                  **error)
{
  g_autoptr(GError) local_error = NULL;

  for (guint i = 0; i < tasks->len; i++)
    {
      CordonTask *task = tasks->pdata[i];
      g_autofree char *task_title = _cordon_interchange_clip (cordon_task_get_title (task), 500);
      g_autofree char *owner = _cordon_interchange_clip (cordon_task_get_owner (task), 500);

      if (g_hash_table_contains (titles, task_title))
        continue;
      cordon_task_set_title (task, task_title);
      cordon_task_set_owner (task, owner);
      if (!cordon_workspace_add_task (ctx->workspace, incident, task, &local_error))
        return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path, "%s", local_error->message);
      g_hash_table_add (titles, g_strdup (task_title));
      (*out_n_added)++;
    }

  return TRUE;
}

static void
add_note (CordonInterchangeImport *ctx,
          const char              *format,
          ...) G_GNUC_PRINTF (2, 3);

static void
add_note (CordonInterchangeImport *ctx,
          const char              *format,
          ...)
{
  va_list args;

  if (ctx->summary == NULL)
    return;

  va_start (args, format);
  g_ptr_array_add (ctx->summary->notes, g_strdup_vprintf (format, args));
  va_end (args);
}

/* A record imported before, again, under --on-duplicate update: the
 * incident it became gets the facts and tasks it lacks, and a journal
 * entry that says what came from where. Its title, summary, times and
 * journal stay as the team left them. */
static gboolean
update_incident (CordonInterchangeImport  *ctx,
                 gint64                    incident_id,
                 CordonIncidentRecord     *record,
                 const char               *source_id,
                 const char               *path,
                 GError                  **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autoptr(GHashTable) titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GListModel) facts = NULL;
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(GError) local_error = NULL;
  guint64 n_facts = 0, n_tasks = 0;
  CordonIncident *in_run = g_hash_table_lookup (ctx->imported, &incident_id);

  incident = in_run != NULL ? g_object_ref (in_run)
                            : cordon_workspace_lookup_incident_by_id (ctx->workspace, incident_id, &local_error);
  if (incident == NULL ||
      !(facts = cordon_workspace_list_facts (ctx->workspace, incident, &local_error)) ||
      !(tasks = cordon_workspace_list_tasks (ctx->workspace, incident, &local_error)))
    return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path, "%s", local_error->message);

  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(CordonFact) fact = g_list_model_get_item (facts, i);

      g_hash_table_insert (seen, fact_identity (fact, TRUE), g_object_ref (fact));
    }
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(CordonTask) task = g_list_model_get_item (tasks, i);

      g_hash_table_add (titles, g_strdup (cordon_task_get_title (task)));
    }

  if (!store_facts (ctx, incident, record->facts, seen, TRUE, path, &n_facts, error) ||
      !store_tasks (ctx, incident, record->tasks, titles, path, &n_tasks, error))
    return FALSE;

  if (n_facts + n_tasks > 0)
    {
      g_autofree char *text = g_strdup_printf (_("Updated from %s record %s (%s): %" G_GUINT64_FORMAT
                                                 " new facts, %" G_GUINT64_FORMAT " new tasks"),
                                               ctx->format_id, source_id, ctx->name, n_facts, n_tasks);
      g_autoptr(CordonJournalEntry) entry = NULL;

      /* An incident opened earlier in this same import is still being
       * built: its chain grows the way the import adds entries */
      if (in_run != NULL)
        {
          entry = _cordon_interchange_note (g_get_real_time () / G_USEC_PER_SEC * G_USEC_PER_SEC, CORDON_JOURNAL_KIND_NOTE,
                                            "Cordon", text, NULL);
          if (!cordon_workspace_import_journal_entry (ctx->workspace, incident, entry, &local_error))
            return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path, "%s", local_error->message);
        }
      else if (!(entry = cordon_workspace_append_journal (ctx->workspace, incident, CORDON_JOURNAL_KIND_NOTE,
                                                          "Cordon", text, NULL, &local_error)))
        return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path, "%s", local_error->message);

      ctx->summary->n_updated++;
      ctx->summary->n_journal_entries++;
      ctx->summary->n_facts += n_facts;
      ctx->summary->n_tasks += n_tasks;
      add_note (ctx, _("%s: %s record %s was imported before as %s: added %" G_GUINT64_FORMAT
                       " facts and %" G_GUINT64_FORMAT " tasks it did not have"),
                ctx->name, ctx->format_id, source_id, cordon_incident_get_key (incident), n_facts, n_tasks);
    }
  else
    {
      ctx->summary->n_skipped++;
      add_note (ctx, _("%s: %s record %s was imported before as %s and has nothing new: left as it is"),
                ctx->name, ctx->format_id, source_id, cordon_incident_get_key (incident));
    }

  return TRUE;
}

/**
 * _cordon_interchange_store:
 * @record: a mapped incident: title, category, severity, TLP, phase and
 *   times set; key unset; its journal (any order), facts, tasks, plan
 * @source_id: (nullable): the record's own identifier in its format, by
 *   which an import of the same record again is recognised
 *
 * Gives the incident the next free key of its year of detection and
 * stores it with everything in @record inside the running bulk. The
 * journal is put in time order (entries of the same time keep theirs);
 * facts of the same kind, value, uuid and group are kept once, an IOC if
 * any copy says so. A record imported before is skipped, updated or
 * imported anew as the import was told. Errors name the file and @path.
 */
gboolean
_cordon_interchange_store (CordonInterchangeImport  *ctx,
                           CordonIncidentRecord     *record,
                           const char               *source_id,
                           const char               *path,
                           GError                  **error)
{
  CordonIncident *incident = record->incident;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  g_autoptr(GHashTable) titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GDateTime) detected = NULL;
  g_autofree char *key = NULL;
  g_autofree char *title = _cordon_interchange_clip (cordon_incident_get_title (incident),
                                                     CORDON_WORKSPACE_MAX_TITLE);
  g_autofree char *summary = _cordon_interchange_clip (cordon_incident_get_summary (incident), 60 * 1024);
  g_autofree char *lead = _cordon_interchange_clip (cordon_incident_get_lead (incident), 500);
  guint64 n_facts = 0, n_tasks = 0;
  guint position = 0;

  if (source_id != NULL && source_id[0] == '\0')
    source_id = NULL;

  if (source_id != NULL && ctx->on_duplicate != CORDON_IMPORT_DUPLICATE_NEW)
    {
      gint64 existing_id;

      if (cordon_workspace_find_import_source (ctx->workspace, ctx->format_id, source_id, &existing_id, &local_error))
        {
          if (ctx->on_duplicate == CORDON_IMPORT_DUPLICATE_UPDATE)
            return update_incident (ctx, existing_id, record, source_id, path, error);

          {
            CordonIncident *in_run = g_hash_table_lookup (ctx->imported, &existing_id);
            g_autoptr(CordonIncident) existing = in_run != NULL
                                                 ? g_object_ref (in_run)
                                                 : cordon_workspace_lookup_incident_by_id (ctx->workspace,
                                                                                           existing_id, NULL);

            ctx->summary->n_skipped++;
            add_note (ctx, _("%s: %s record %s was imported before as %s: skipped"),
                      ctx->name, ctx->format_id, source_id,
                      existing != NULL ? cordon_incident_get_key (existing) : "?");
          }
          return TRUE;
        }
      if (local_error != NULL)
        return _cordon_interchange_fail (error, CORDON_IO_ERROR_IO, ctx->name, path, "%s", local_error->message);
    }

  if (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_DETECTED) == 0)
    cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_DETECTED,
                                   g_get_real_time () / G_USEC_PER_SEC * G_USEC_PER_SEC);
  detected = cordon_incident_dup_time (incident, CORDON_INCIDENT_TIME_DETECTED);

  if (!next_key (ctx, g_date_time_get_year (detected), &key))
    return FALSE;

  cordon_incident_set_key (incident, key);
  cordon_incident_set_title (incident, title);
  cordon_incident_set_summary (incident, summary);
  cordon_incident_set_lead (incident, lead);

  if (!cordon_workspace_import_incident (ctx->workspace, incident, &local_error))
    return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path, "%s", local_error->message);

  /* A stable sort: g_ptr_array_sort is not, so sort with the index */
  for (guint i = 1; i < record->journal->len; i++)
    {
      for (guint j = i; j > 0 && compare_entry_time (&record->journal->pdata[j - 1], &record->journal->pdata[j]) > 0; j--)
        {
          gpointer swap = record->journal->pdata[j];

          record->journal->pdata[j] = record->journal->pdata[j - 1];
          record->journal->pdata[j - 1] = swap;
        }
    }

  for (guint i = 0; i < record->journal->len; i++)
    {
      if (!cordon_workspace_import_journal_entry (ctx->workspace, incident, record->journal->pdata[i], &local_error))
        return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path, "%s", local_error->message);
    }

  if (!store_facts (ctx, incident, record->facts, seen, FALSE, path, &n_facts, error) ||
      !store_tasks (ctx, incident, record->tasks, titles, path, &n_tasks, error))
    return FALSE;

  for (guint i = 0; i < record->plan->len; i++)
    {
      CordonPlanAction *action = record->plan->pdata[i];
      g_autofree char *action_title = _cordon_interchange_clip (cordon_plan_action_get_title (action), 500);

      cordon_plan_action_set_title (action, action_title);
      cordon_plan_action_set_position (action, position++);
      if (!cordon_workspace_import_plan_action (ctx->workspace, incident, action, &local_error))
        return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path, "%s", local_error->message);
    }

  if (source_id != NULL &&
      !cordon_workspace_add_import_source (ctx->workspace, incident, ctx->format_id, source_id, &local_error))
    return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path, "%s", local_error->message);

  {
    gint64 *id = g_new (gint64, 1);

    *id = cordon_incident_get_id (incident);
    g_hash_table_insert (ctx->imported, id, g_object_ref (incident));
  }

  ctx->n_incidents++;
  ctx->summary->n_incidents++;
  ctx->summary->n_facts += n_facts;
  ctx->summary->n_tasks += n_tasks;
  ctx->summary->n_journal_entries += record->journal->len;

  return TRUE;
}

/* Import --------------------------------------------------------------- */

static const char * const duplicate_ids[] = { "skip", "update", "new" };

gboolean
cordon_import_duplicate_from_id (const char            *id,
                                 CordonImportDuplicate *out_mode)
{
  for (guint i = 0; i < G_N_ELEMENTS (duplicate_ids); i++)
    {
      if (g_strcmp0 (id, duplicate_ids[i]) == 0)
        {
          *out_mode = i;
          return TRUE;
        }
    }

  return FALSE;
}

void
cordon_import_summary_clear (CordonImportSummary *summary)
{
  g_clear_pointer (&summary->files, g_ptr_array_unref);
  g_clear_pointer (&summary->notes, g_ptr_array_unref);
  memset (summary, 0, sizeof *summary);
}

static void
summary_init (CordonImportSummary *summary)
{
  memset (summary, 0, sizeof *summary);
  summary->files = g_ptr_array_new_with_free_func (g_free);
  summary->notes = g_ptr_array_new_with_free_func (g_free);
}

/* A native file joins the run's bulk; it streams */
static gboolean
import_native_stream (CordonInterchangeImport  *ctx,
                      GInputStream             *stream,
                      GError                  **error)
{
  CordonImportResult result = { 0 };

  if (!cordon_native_import_stream (ctx->workspace, stream, ctx->name, &result, NULL, error))
    return FALSE;

  ctx->n_incidents += result.n_incidents;
  ctx->summary->n_incidents += result.n_incidents;
  ctx->summary->n_journal_entries += result.n_journal_entries;
  ctx->summary->n_facts += result.n_facts;
  ctx->summary->n_tasks += result.n_tasks;

  return TRUE;
}

/* Imports one document, told by its content under
 * %CORDON_INTERCHANGE_AUTO, into the running bulk */
static gboolean
import_document (CordonInterchangeImport  *ctx,
                 GBytes                   *data,
                 CordonInterchangeFormat   format,
                 CordonInterchangeFormat  *out_format,
                 GError                  **error)
{
  g_autoptr(JsonNode) document = NULL;
  JsonObject *root = NULL;
  JsonArray *list = NULL;
  const char *name = ctx->name;

  if (format == CORDON_INTERCHANGE_NATIVE)
    {
      g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (data);

      *out_format = format;
      return import_native_stream (ctx, stream, error);
    }

  document = _cordon_interchange_parse_document (data, name, error);
  if (document == NULL)
    return FALSE;

  if (JSON_NODE_HOLDS_ARRAY (document))
    {
      list = json_node_get_array (document);
      if (format == CORDON_INTERCHANGE_AUTO && !detect_list (list, name, &format, error))
        return FALSE;
      if (format != CORDON_INTERCHANGE_MISP)
        {
          g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                       _("%s: $: expected a JSON object, found an array (only MISP reads a list of events)"), name);
          return FALSE;
        }
    }
  else
    root = json_node_get_object (document);

  if (format == CORDON_INTERCHANGE_AUTO)
    {
      if (!detect_root (root, name, &format, error))
        return FALSE;
      if (format == CORDON_INTERCHANGE_NATIVE)
        {
          g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (data);

          g_clear_pointer (&document, json_node_unref);
          *out_format = format;
          return import_native_stream (ctx, stream, error);
        }
    }

  *out_format = format;
  ctx->format_id = cordon_interchange_format_to_id (format);

  switch (format)
    {
    case CORDON_INTERCHANGE_THEHIVE:
      return _cordon_thehive_import (ctx, root, error);
    case CORDON_INTERCHANGE_MISP:
      return list != NULL ? _cordon_misp_import_list (ctx, list, error) : _cordon_misp_import (ctx, root, error);
    case CORDON_INTERCHANGE_STIX:
      return _cordon_stix_import (ctx, root, error);
    case CORDON_INTERCHANGE_VERIS:
      return _cordon_veris_import (ctx, root, error);
    case CORDON_INTERCHANGE_NATIVE:
    case CORDON_INTERCHANGE_AUTO:
    default:
      g_assert_not_reached ();
    }
}

/* Under --format native, a file of another format says which it seems */
static void
hint_format (const char  *path,
             GError     **error)
{
  g_autoptr(GBytes) data = NULL;
  CordonInterchangeFormat seems;
  const char *id;

  if (error == NULL || *error == NULL || !g_error_matches (*error, CORDON_IO_ERROR, CORDON_IO_ERROR_VERSION) ||
      g_str_equal (path, "-"))
    return;

  data = cordon_input_read (path, CORDON_INTERCHANGE_MAX_BYTES, _("an import"), NULL);
  if (data == NULL || !cordon_interchange_detect (data, path, &seems, NULL) || seems == CORDON_INTERCHANGE_NATIVE)
    return;

  id = cordon_interchange_format_to_id (seems);
  {
    g_autofree char *message = (*error)->message;

    (*error)->message = g_strdup_printf (_("%s (it looks like a %s file: import it with --format %s or --format auto)"),
                                         message, id, id);
  }
}

/* Imports the file (or standard input) @path into the running bulk */
static gboolean
import_path (CordonInterchangeImport  *ctx,
             const char               *path,
             CordonInterchangeFormat   format,
             CordonInterchangeFormat  *out_format,
             GError                  **error)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GBytes) data = NULL;
  gboolean is_stdin = g_str_equal (path, "-");
  GStatBuf st;

  /* The native format streams: a workspace export may be very large.
   * Other formats are read whole, and only up to their limit, so under
   * auto a larger file can only be a native one. */
  if (format == CORDON_INTERCHANGE_NATIVE ||
      (format == CORDON_INTERCHANGE_AUTO && !is_stdin && g_stat (path, &st) == 0 && S_ISREG (st.st_mode) &&
       st.st_size > CORDON_INTERCHANGE_MAX_BYTES))
    {
      gboolean ok;

      *out_format = CORDON_INTERCHANGE_NATIVE;
      if (!(stream = cordon_input_open (path, CORDON_INPUT_MAX_NATIVE_BYTES, _("a Cordon file"), error)))
        return FALSE;
      ok = import_native_stream (ctx, stream, error);
      if (!ok && format == CORDON_INTERCHANGE_NATIVE)
        hint_format (path, error);
      return ok;
    }

  /* Told by its content, standard input may be a native file */
  data = cordon_input_read (path,
                            format == CORDON_INTERCHANGE_AUTO && is_stdin ? CORDON_INPUT_MAX_NATIVE_BYTES
                                                                          : CORDON_INPUT_MAX_EXCHANGE_BYTES,
                            _("an import"), error);
  if (data == NULL)
    return FALSE;

  return import_document (ctx, data, format, out_format, error);
}

/* One line of the summary per file */
static char *
describe_file (const char                *name,
               CordonInterchangeFormat    format,
               const CordonImportSummary *before,
               const CordonImportSummary *after)
{
  g_autoptr(GString) line = g_string_new (NULL);
  guint64 n_incidents = after->n_incidents - before->n_incidents;
  guint64 n_facts = after->n_facts - before->n_facts;
  guint64 n_updated = after->n_updated - before->n_updated;
  guint64 n_skipped = after->n_skipped - before->n_skipped;
  guint64 n_templates = after->n_templates - before->n_templates;

  g_string_printf (line, "%s (%s): ", name, cordon_interchange_format_to_id (format));
  g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "%" G_GUINT64_FORMAT " incident",
                                             "%" G_GUINT64_FORMAT " incidents", n_incidents), n_incidents);
  g_string_append (line, ", ");
  g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "%" G_GUINT64_FORMAT " fact",
                                             "%" G_GUINT64_FORMAT " facts", n_facts), n_facts);
  if (n_templates > 0)
    {
      g_string_append (line, ", ");
      g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "%" G_GUINT64_FORMAT " case template",
                                                 "%" G_GUINT64_FORMAT " case templates", n_templates), n_templates);
    }
  if (n_updated > 0)
    {
      g_string_append (line, ", ");
      g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "%" G_GUINT64_FORMAT " updated",
                                                 "%" G_GUINT64_FORMAT " updated", n_updated), n_updated);
    }
  if (n_skipped > 0)
    {
      g_string_append (line, ", ");
      g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "%" G_GUINT64_FORMAT " already imported",
                                                 "%" G_GUINT64_FORMAT " already imported", n_skipped), n_skipped);
    }

  return g_string_free (g_steal_pointer (&line), FALSE);
}

/**
 * cordon_interchange_import_files:
 * @paths: files, or "-" for standard input, in the order to import them
 * @format: their format, or %CORDON_INTERCHANGE_AUTO to tell each by its
 *   content
 * @on_duplicate: what to do with a record an earlier import already made
 *   an incident of
 * @dry_run: only tell what would be imported: change nothing
 * @summary: (out caller-allocates): what was imported, per file and in
 *   all; clear it with cordon_import_summary_clear()
 *
 * Imports every file of @paths into @workspace in one transaction: a
 * fault in any file changes nothing, and its message names the file and
 * the place in it.
 */
gboolean
cordon_interchange_import_files (CordonWorkspace          *workspace,
                                 const char * const       *paths,
                                 CordonInterchangeFormat   format,
                                 CordonImportDuplicate     on_duplicate,
                                 gboolean                  dry_run,
                                 CordonImportSummary      *summary,
                                 GError                  **error)
{
  g_autoptr(GHashTable) next_number = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) imported = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  CordonInterchangeImport ctx = { 0 };

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (paths != NULL, FALSE);
  g_return_val_if_fail (format <= CORDON_INTERCHANGE_AUTO, FALSE);
  g_return_val_if_fail (summary != NULL, FALSE);

  summary_init (summary);
  ctx.workspace = workspace;
  ctx.next_number = next_number;
  ctx.imported = imported;
  ctx.on_duplicate = on_duplicate;
  ctx.summary = summary;

  if (!cordon_workspace_begin_bulk (workspace, error))
    return FALSE;

  for (guint i = 0; paths[i] != NULL; i++)
    {
      CordonImportSummary before = *summary;
      CordonInterchangeFormat file_format = format;

      ctx.name = g_str_equal (paths[i], "-") ? _("standard input") : paths[i];
      if (!import_path (&ctx, paths[i], format, &file_format, error))
        {
          cordon_workspace_rollback_bulk (workspace);
          cordon_import_summary_clear (summary);
          summary_init (summary);
          return FALSE;
        }
      summary->n_files++;
      g_ptr_array_add (summary->files, describe_file (ctx.name, file_format, &before, summary));
    }

  if (dry_run)
    {
      cordon_workspace_rollback_bulk (workspace);
      return TRUE;
    }

  if (!cordon_workspace_commit_bulk (workspace, error))
    {
      cordon_import_summary_clear (summary);
      summary_init (summary);
      return FALSE;
    }

  return TRUE;
}

/**
 * cordon_interchange_import_bytes:
 * @name: the file's name, for messages
 * @format: the format, or %CORDON_INTERCHANGE_AUTO to tell by the content
 * @out_n_incidents: (out) (optional): how many incidents were imported
 *
 * Imports @data into @workspace all-or-nothing: on any error nothing is
 * changed, and the message names @name and the JSON path (or line and
 * column for a syntax fault). Records imported before are skipped.
 */
gboolean
cordon_interchange_import_bytes (CordonWorkspace          *workspace,
                                 GBytes                   *data,
                                 const char               *name,
                                 CordonInterchangeFormat   format,
                                 guint64                  *out_n_incidents,
                                 GError                  **error)
{
  g_autoptr(GHashTable) next_number = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) imported = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  CordonImportSummary summary;
  CordonInterchangeImport ctx = { 0 };
  CordonInterchangeFormat used;
  gboolean ok;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (format <= CORDON_INTERCHANGE_AUTO, FALSE);

  if (out_n_incidents != NULL)
    *out_n_incidents = 0;

  summary_init (&summary);
  ctx.workspace = workspace;
  ctx.name = name;
  ctx.next_number = next_number;
  ctx.imported = imported;
  ctx.on_duplicate = CORDON_IMPORT_DUPLICATE_SKIP;
  ctx.summary = &summary;

  ok = cordon_workspace_begin_bulk (workspace, error);
  if (ok && !import_document (&ctx, data, format, &used, error))
    {
      cordon_workspace_rollback_bulk (workspace);
      ok = FALSE;
    }
  else if (ok)
    ok = cordon_workspace_commit_bulk (workspace, error);

  if (ok && out_n_incidents != NULL)
    *out_n_incidents = summary.n_incidents;
  cordon_import_summary_clear (&summary);

  return ok;
}

/**
 * cordon_interchange_import:
 * @path: a file, or "-" for standard input
 *
 * Like cordon_interchange_import_bytes(), from a file.
 */
gboolean
cordon_interchange_import (CordonWorkspace          *workspace,
                           const char               *path,
                           CordonInterchangeFormat   format,
                           guint64                  *out_n_incidents,
                           GError                  **error)
{
  const char * const paths[] = { path, NULL };
  CordonImportSummary summary;
  gboolean ok;

  if (out_n_incidents != NULL)
    *out_n_incidents = 0;
  ok = cordon_interchange_import_files (workspace, paths, format, CORDON_IMPORT_DUPLICATE_SKIP, FALSE,
                                        &summary, error);
  if (ok && out_n_incidents != NULL)
    *out_n_incidents = summary.n_incidents;
  cordon_import_summary_clear (&summary);

  return ok;
}

/* Export --------------------------------------------------------------- */

static GPtrArray *
load_records (CordonWorkspace     *workspace,
              const char * const  *keys,
              GError             **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) cordon_incident_record_free);

  if (keys == NULL)
    {
      GListModel *incidents = cordon_workspace_get_incidents (workspace);

      for (guint i = 0; i < g_list_model_get_n_items (incidents); i++)
        {
          g_autoptr(CordonIncident) incident = g_list_model_get_item (incidents, i);
          CordonIncidentRecord *record = cordon_native_load_record (workspace, incident, error);

          if (record == NULL)
            return NULL;
          g_ptr_array_add (records, record);
        }
    }
  else
    {
      for (guint i = 0; keys[i] != NULL; i++)
        {
          g_autoptr(CordonIncident) incident = cordon_workspace_lookup_incident (workspace, keys[i], error);
          CordonIncidentRecord *record;

          if (incident == NULL)
            return NULL;
          record = cordon_native_load_record (workspace, incident, error);
          if (record == NULL)
            return NULL;
          g_ptr_array_add (records, record);
        }
    }

  return g_steal_pointer (&records);
}

/**
 * _cordon_interchange_find_extras:
 *
 * Returns: (transfer none) (nullable): what the import from @format kept
 *   in @record's provenance entry, or %NULL
 */
JsonObject *
_cordon_interchange_find_extras (CordonIncidentRecord *record,
                                 const char           *format)
{
  for (guint i = 0; i < record->journal->len; i++)
    {
      CordonJournalEntry *entry = record->journal->pdata[i];
      const char *payload = cordon_journal_entry_get_payload (entry);
      g_autoptr(JsonNode) node = NULL;
      JsonObject *object;
      JsonNode *extras;

      if (payload == NULL || strstr (payload, CORDON_INTERCHANGE_PAYLOAD_MEMBER) == NULL)
        continue;

      node = json_from_string (payload, NULL);
      if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
        continue;

      object = json_node_get_object (node);
      extras = json_object_get_member (object, CORDON_INTERCHANGE_PAYLOAD_MEMBER);
      if (extras == NULL || !JSON_NODE_HOLDS_OBJECT (extras) ||
          g_strcmp0 (member_string (json_node_get_object (extras), "format"), format) != 0)
        continue;

      /* Kept alive by the entry's record: stash the parsed tree on it */
      g_object_set_data_full (G_OBJECT (entry), "cordon-interchange-extras",
                              json_object_ref (json_node_get_object (extras)),
                              (GDestroyNotify) json_object_unref);
      return json_node_get_object (extras);
    }

  return NULL;
}

/**
 * cordon_interchange_export_stream:
 * @keys: (nullable): the incidents to export; %NULL for all
 *
 * Writes the incidents in @format (native, thehive, misp or stix).
 */
gboolean
cordon_interchange_export_stream (CordonWorkspace          *workspace,
                                  const char * const       *keys,
                                  CordonInterchangeFormat   format,
                                  GOutputStream            *stream,
                                  GError                  **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autofree char *text = NULL;
  gsize length;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), FALSE);

  if (format == CORDON_INTERCHANGE_NATIVE)
    return cordon_native_export (workspace, keys, stream, NULL, error);

  if (!cordon_interchange_can_export (format))
    {
      g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_VERSION,
                   _("Cordon does not export the %s format"), cordon_interchange_format_to_id (format));
      return FALSE;
    }

  records = load_records (workspace, keys, error);
  if (records == NULL)
    return FALSE;

  switch (format)
    {
    case CORDON_INTERCHANGE_THEHIVE:
      root = _cordon_thehive_export (workspace, records);
      break;
    case CORDON_INTERCHANGE_MISP:
      root = _cordon_misp_export (workspace, records);
      break;
    case CORDON_INTERCHANGE_STIX:
      root = _cordon_stix_export (workspace, records);
      break;
    case CORDON_INTERCHANGE_NATIVE:
    case CORDON_INTERCHANGE_VERIS:
    case CORDON_INTERCHANGE_AUTO:
    default:
      g_assert_not_reached ();
    }

  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, &length);

  return g_output_stream_write_all (stream, text, length, NULL, NULL, error) &&
         g_output_stream_write_all (stream, "\n", 1, NULL, NULL, error);
}

/**
 * cordon_interchange_export:
 * @path: the file to write (replaced whole, or left as it was), or "-"
 *   for standard output
 */
gboolean
cordon_interchange_export (CordonWorkspace          *workspace,
                           const char * const       *keys,
                           const char               *path,
                           CordonInterchangeFormat   format,
                           GError                  **error)
{
  g_autoptr(GFile) file = NULL;

  if (g_str_equal (path, "-"))
    {
      g_autoptr(GOutputStream) out = g_unix_output_stream_new (1, FALSE);

      return cordon_interchange_export_stream (workspace, keys, format, out, error);
    }

  file = g_file_new_for_commandline_arg (path);
  if (format == CORDON_INTERCHANGE_NATIVE)
    return cordon_native_export_file (workspace, keys, file, NULL, error);

  {
    g_autofree char *local = g_file_get_path (file);
    g_autoptr(CordonOutput) output = NULL;

    if (local == NULL)
      {
        g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_IO, _("%s: not a local file"), path);
        return FALSE;
      }

    return cordon_output_check_target (local, cordon_workspace_get_path (workspace), error) &&
           (output = cordon_output_new (local, error)) != NULL &&
           cordon_interchange_export_stream (workspace, keys, format, cordon_output_get_stream (output), error) &&
           cordon_output_commit (output, error);
  }
}

/* Taxonomy ------------------------------------------------------------- */

/**
 * _cordon_interchange_category:
 *
 * Returns: @wanted when the workspace has that category, else `other`,
 *   else its first category
 */
const char *
_cordon_interchange_category (CordonInterchangeImport *ctx,
                              const char              *wanted)
{
  CordonTaxonomy *taxonomy = cordon_workspace_get_taxonomy (ctx->workspace);
  GListModel *entries;

  if (wanted != NULL && cordon_taxonomy_contains (taxonomy, CORDON_TAXONOMY_KIND_CATEGORY, wanted))
    return wanted;
  if (cordon_taxonomy_contains (taxonomy, CORDON_TAXONOMY_KIND_CATEGORY, "other"))
    return "other";

  entries = cordon_taxonomy_get_entries (taxonomy, CORDON_TAXONOMY_KIND_CATEGORY);
  if (g_list_model_get_n_items (entries) > 0)
    {
      g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (entries, 0);

      return g_intern_string (cordon_taxonomy_entry_get_id (entry));
    }

  return "other";
}

static const char * const default_severities[] = { "low", "medium", "high", "critical" };

/**
 * _cordon_interchange_severity:
 * @rank: 0 (low) to 3 (critical)
 *
 * Returns: the severity of that rank: the default id when the workspace
 *   has it, else the one at the same place on the workspace's own scale
 */
const char *
_cordon_interchange_severity (CordonInterchangeImport *ctx,
                              guint                    rank)
{
  CordonTaxonomy *taxonomy = cordon_workspace_get_taxonomy (ctx->workspace);
  GListModel *entries = cordon_taxonomy_get_entries (taxonomy, CORDON_TAXONOMY_KIND_SEVERITY);
  guint n = g_list_model_get_n_items (entries);

  rank = MIN (rank, 3);
  if (cordon_taxonomy_contains (taxonomy, CORDON_TAXONOMY_KIND_SEVERITY, default_severities[rank]) || n == 0)
    return default_severities[rank];

  {
    g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (entries, MIN (n - 1, rank * n / 4));

    return g_intern_string (cordon_taxonomy_entry_get_id (entry));
  }
}

/**
 * _cordon_interchange_severity_rank:
 *
 * Returns: 0 (low) to 3 (critical) for the severity @id
 */
guint
_cordon_interchange_severity_rank (CordonWorkspace *workspace,
                                   const char      *id)
{
  GListModel *entries;
  guint n;

  for (guint i = 0; i < G_N_ELEMENTS (default_severities); i++)
    {
      if (g_str_equal (default_severities[i], id))
        return i;
    }

  entries = cordon_taxonomy_get_entries (cordon_workspace_get_taxonomy (workspace), CORDON_TAXONOMY_KIND_SEVERITY);
  n = g_list_model_get_n_items (entries);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (entries, i);

      if (g_str_equal (cordon_taxonomy_entry_get_id (entry), id))
        return MIN (3, i * 4 / n);
    }

  return 1;
}

/* Lenient getters ------------------------------------------------------ */

const char *
_cordon_json_string (JsonObject *object,
                     const char *member)
{
  return object != NULL ? member_string (object, member) : NULL;
}

gint64
_cordon_json_int (JsonObject *object,
                  const char *member,
                  gint64      fallback)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return fallback;

  return json_node_get_int (node);
}

gboolean
_cordon_json_bool (JsonObject *object,
                   const char *member,
                   gboolean    fallback)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fallback;

  return json_node_get_boolean (node);
}

const char *
_cordon_json_element_string (JsonArray *array,
                             guint      index)
{
  JsonNode *node = json_array_get_element (array, index);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}
