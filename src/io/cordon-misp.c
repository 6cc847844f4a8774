/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-misp.c: MISP events in.
 *
 * An event becomes an incident: its info the title, its threat level the
 * severity, its tlp:* tag the TLP, an rsit:* or category:* tag the
 * category, its date the detection time. Every attribute, whether loose
 * or inside an object, becomes a fact, an indicator of compromise when
 * to_ids is set. A file may hold one event ({"Event": …}) or a search
 * result ({"response": [{"Event": …}, …]}).
 */

#define G_LOG_DOMAIN "cordon-misp"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cordon-interchange-private.h"

#include "cordon-fact.h"
#include "cordon-incident.h"
#include "cordon-journal-entry.h"
#include "cordon-time.h"

static const struct {
  const char *tag;
  CordonTlp   tlp;
} tlp_tags[] = {
  { "clear", CORDON_TLP_CLEAR },
  { "white", CORDON_TLP_CLEAR },
  { "green", CORDON_TLP_GREEN },
  { "amber", CORDON_TLP_AMBER },
  { "amber+strict", CORDON_TLP_AMBER_STRICT },
  { "red", CORDON_TLP_RED },
};

/* The Reference Security Incident Taxonomy's classes */
static const struct {
  const char *rsit;
  const char *category;
} rsit_classes[] = {
  { "malicious-code", "malicious-code" },
  { "fraud", "phishing" },
  { "intrusions", "unauthorized-access" },
  { "intrusion-attempts", "unauthorized-access" },
  { "availability", "denial-of-service" },
  { "information-content-security", "data-breach" },
  { "information-gathering", "reconnaissance" },
  { "abusive-content", "policy-violation" },
};

/* Attribute types, by exact name or by prefix (those ending in '*') */
static const struct {
  const char     *type;
  CordonFactKind  kind;
} attribute_types[] = {
  { "ip-src", CORDON_FACT_KIND_IP },
  { "ip-dst", CORDON_FACT_KIND_IP },
  { "ip-src|port", CORDON_FACT_KIND_IP },
  { "ip-dst|port", CORDON_FACT_KIND_IP },
  { "domain", CORDON_FACT_KIND_DOMAIN },
  { "domain|ip", CORDON_FACT_KIND_DOMAIN },
  { "hostname", CORDON_FACT_KIND_HOST },
  { "hostname|port", CORDON_FACT_KIND_HOST },
  { "url", CORDON_FACT_KIND_URL },
  { "uri", CORDON_FACT_KIND_URL },
  { "link", CORDON_FACT_KIND_URL },
  { "md5", CORDON_FACT_KIND_HASH },
  { "sha1", CORDON_FACT_KIND_HASH },
  { "sha224", CORDON_FACT_KIND_HASH },
  { "sha256", CORDON_FACT_KIND_HASH },
  { "sha384", CORDON_FACT_KIND_HASH },
  { "sha512", CORDON_FACT_KIND_HASH },
  { "ssdeep", CORDON_FACT_KIND_HASH },
  { "imphash", CORDON_FACT_KIND_HASH },
  { "tlsh", CORDON_FACT_KIND_HASH },
  { "authentihash", CORDON_FACT_KIND_HASH },
  { "filename|*", CORDON_FACT_KIND_HASH },
  { "email", CORDON_FACT_KIND_EMAIL },
  { "email-src", CORDON_FACT_KIND_EMAIL },
  { "email-dst", CORDON_FACT_KIND_EMAIL },
  { "email-reply-to", CORDON_FACT_KIND_EMAIL },
  { "filename", CORDON_FACT_KIND_FILE },
  { "attachment", CORDON_FACT_KIND_FILE },
  { "malware-sample", CORDON_FACT_KIND_FILE },
  { "target-user", CORDON_FACT_KIND_USER },
  { "target-email", CORDON_FACT_KIND_EMAIL },
  { "target-machine", CORDON_FACT_KIND_HOST },
  { "github-username", CORDON_FACT_KIND_USER },
  { "snort", CORDON_FACT_KIND_SIGNATURE },
  { "yara", CORDON_FACT_KIND_SIGNATURE },
  { "sigma", CORDON_FACT_KIND_SIGNATURE },
  { "pattern-in-file", CORDON_FACT_KIND_SIGNATURE },
  { "pattern-in-traffic", CORDON_FACT_KIND_SIGNATURE },
};

static CordonFactKind
kind_for_type (const char  *type,
               const char  *value,
               char       **out_value)
{
  for (guint i = 0; i < G_N_ELEMENTS (attribute_types); i++)
    {
      const char *known = attribute_types[i].type;
      gsize len = strlen (known);
      gboolean prefix = known[len - 1] == '*';

      if (prefix ? strncmp (type, known, len - 1) == 0 : g_str_equal (type, known))
        {
          const char *bar = strchr (value, '|');

          /* Composite values: "1.2.3.4|443", "evil.exe|<md5>" */
          if (bar != NULL && strchr (type, '|') != NULL)
            *out_value = prefix ? g_strdup (bar + 1) : g_strndup (value, bar - value);
          else
            *out_value = g_strdup (value);
          return attribute_types[i].kind;
        }
    }

  *out_value = g_strdup (value);
  return CORDON_FACT_KIND_OTHER;
}

/* A tag is {"name": "tlp:amber"} or, in some exports, a plain string */
static gboolean
tag_name (CordonInterchangeImport  *ctx,
          JsonArray                *tags,
          guint                     index,
          const char               *path,
          const char              **out,
          GError                  **error)
{
  JsonNode *node = json_array_get_element (tags, index);

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      *out = json_node_get_string (node);
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path,
                                     _("expected a tag object, found %s"), cordon_json_node_type_name (node));

  return _cordon_ix_string (ctx, json_node_get_object (node), path, "name", TRUE, out, error);
}

static gboolean
read_tlp_tag (CordonInterchangeImport  *ctx,
              const char               *name,
              const char               *path,
              gint                     *tlp,
              GError                  **error)
{
  const char *level;

  if (g_ascii_strncasecmp (name, "tlp:", 4) != 0)
    return TRUE;

  level = name + 4;
  for (guint i = 0; i < G_N_ELEMENTS (tlp_tags); i++)
    {
      if (g_ascii_strcasecmp (tlp_tags[i].tag, level) == 0)
        {
          *tlp = tlp_tags[i].tlp;
          return TRUE;
        }
    }

  return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path,
                                   _("unknown TLP tag “%s” (known: tlp:clear, tlp:white, tlp:green, "
                                     "tlp:amber, tlp:amber+strict, tlp:red)"), name);
}

/* MISP writes numbers and flags as strings as often as not */
static gboolean
loose_int (CordonInterchangeImport  *ctx,
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

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);
      guint64 value;

      if (!g_ascii_string_to_unsigned (text, 10, min < 0 ? 0 : min, max, &value, NULL))
        return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path,
                                         _("%s: “%s” is not a number from %" G_GINT64_FORMAT " to %"
                                           G_GINT64_FORMAT), member, text, min, max);
      *out = value;
      *present = TRUE;
      return TRUE;
    }

  return _cordon_ix_int (ctx, object, path, member, min, max, present, out, error);
}

static gboolean
loose_bool (CordonInterchangeImport  *ctx,
            JsonObject               *object,
            const char               *path,
            const char               *member,
            gboolean                 *out,
            GError                  **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      const char *text = json_node_get_string (node);

      if (g_str_equal (text, "1") || g_str_equal (text, "true"))
        *out = TRUE;
      else if (g_str_equal (text, "0") || g_str_equal (text, "false"))
        *out = FALSE;
      else
        return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path,
                                         _("%s: “%s” is not true or false"), member, text);
      return TRUE;
    }

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64)
    {
      *out = json_node_get_int (node) != 0;
      return TRUE;
    }

  return _cordon_ix_bool (ctx, object, path, member, out, error);
}

static gboolean
import_attribute (CordonInterchangeImport  *ctx,
                  CordonIncidentRecord     *record,
                  JsonObject               *object,
                  const char               *path,
                  const char               *source,
                  GError                  **error)
{
  g_autoptr(CordonFact) fact = NULL;
  g_autofree char *value = NULL;
  g_autofree char *fact_source = NULL;
  const char *type = NULL;
  const char *text = NULL;
  const char *category = NULL;
  const char *comment = NULL;
  JsonArray *tags = NULL;
  gboolean to_ids = FALSE;
  gboolean deleted = FALSE;
  gboolean has_time = FALSE;
  gint64 timestamp = 0;
  gint tlp = cordon_incident_get_tlp (record->incident);
  CordonFactKind kind;

  if (!_cordon_ix_string (ctx, object, path, "type", TRUE, &type, error) ||
      !_cordon_ix_string (ctx, object, path, "value", TRUE, &text, error) ||
      !_cordon_ix_string (ctx, object, path, "category", FALSE, &category, error) ||
      !_cordon_ix_string (ctx, object, path, "comment", FALSE, &comment, error) ||
      !loose_bool (ctx, object, path, "to_ids", &to_ids, error) ||
      !loose_bool (ctx, object, path, "deleted", &deleted, error) ||
      !loose_int (ctx, object, path, "timestamp", 0, G_GINT64_CONSTANT (253402300799), &has_time, &timestamp, error) ||
      !_cordon_ix_array (ctx, object, path, "Tag", FALSE, &tags, error))
    return FALSE;

  for (guint i = 0; tags != NULL && i < json_array_get_length (tags); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.Tag[%u]", path, i);
      const char *name = NULL;

      if (!tag_name (ctx, tags, i, where, &name, error) ||
          !read_tlp_tag (ctx, name, where, &tlp, error))
        return FALSE;
    }

  if (deleted)
    return TRUE;

  kind = kind_for_type (type, text, &value);
  if (value[0] == '\0')
    return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path, _("value: empty"));

  fact_source = g_strdup_printf ("%s, %s%s%s", source, category ? category : type,
                                 comment && comment[0] ? ": " : "", comment && comment[0] ? comment : "");

  fact = cordon_fact_new ();
  cordon_fact_set_kind (fact, kind);
  cordon_fact_set_value (fact, value);
  cordon_fact_set_is_ioc (fact, to_ids);
  cordon_fact_set_tlp (fact, tlp);
  cordon_fact_set_source (fact, fact_source);
  if (has_time && timestamp > 0)
    {
      g_autoptr(GDateTime) time = cordon_time_to_date_time (timestamp * G_USEC_PER_SEC);

      cordon_fact_set_added (fact, time);
    }

  g_ptr_array_add (record->facts, g_steal_pointer (&fact));

  return TRUE;
}

static gboolean
import_attributes (CordonInterchangeImport  *ctx,
                   CordonIncidentRecord     *record,
                   JsonObject               *object,
                   const char               *path,
                   const char               *source,
                   GError                  **error)
{
  JsonArray *attributes = NULL;

  if (!_cordon_ix_array (ctx, object, path, "Attribute", FALSE, &attributes, error))
    return FALSE;

  for (guint i = 0; attributes != NULL && i < json_array_get_length (attributes); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.Attribute[%u]", path, i);
      JsonObject *attribute;

      if (!_cordon_ix_element_object (ctx, attributes, i, where, &attribute, error) ||
          !import_attribute (ctx, record, attribute, where, source, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
import_event (CordonInterchangeImport  *ctx,
              JsonObject               *event,
              const char               *path,
              GError                  **error)
{
  g_autoptr(CordonIncidentRecord) record = cordon_incident_record_new ();
  g_autoptr(JsonBuilder) extras = json_builder_new ();
  g_autoptr(JsonNode) payload = NULL;
  g_autofree char *source = NULL;
  g_autofree char *provenance = NULL;
  g_autofree char *summary = NULL;
  CordonIncident *incident = record->incident;
  const char *info = NULL;
  const char *uuid = NULL;
  const char *date = NULL;
  const char *category = NULL;
  const char *org = NULL;
  JsonObject *orgc = NULL;
  JsonArray *tags = NULL;
  JsonArray *objects = NULL;
  gboolean has_level = FALSE;
  gboolean has_analysis = FALSE;
  gboolean has_id = FALSE;
  gboolean has_time = FALSE;
  gint64 level = 4;
  gint64 analysis = 0;
  gint64 id = 0;
  gint64 timestamp = 0;
  gint64 detected = 0;
  gint tlp = CORDON_TLP_AMBER;

  if (!_cordon_ix_string (ctx, event, path, "info", TRUE, &info, error) ||
      !_cordon_ix_string (ctx, event, path, "uuid", FALSE, &uuid, error) ||
      !_cordon_ix_string (ctx, event, path, "date", FALSE, &date, error) ||
      !loose_int (ctx, event, path, "threat_level_id", 1, 4, &has_level, &level, error) ||
      !loose_int (ctx, event, path, "analysis", 0, 2, &has_analysis, &analysis, error) ||
      !loose_int (ctx, event, path, "id", 0, G_MAXINT64, &has_id, &id, error) ||
      !loose_int (ctx, event, path, "timestamp", 0, G_GINT64_CONSTANT (253402300799), &has_time, &timestamp, error) ||
      !_cordon_ix_object (ctx, event, path, "Orgc", FALSE, &orgc, error) ||
      !_cordon_ix_array (ctx, event, path, "Tag", FALSE, &tags, error) ||
      !_cordon_ix_array (ctx, event, path, "Object", FALSE, &objects, error))
    return FALSE;

  if (orgc != NULL && !_cordon_ix_string (ctx, orgc, path, "name", FALSE, &org, error))
    return FALSE;

  if (date != NULL)
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      g_autofree char *iso = g_strconcat (date, "T00:00:00Z", NULL);
      g_autoptr(GDateTime) time = g_date_time_new_from_iso8601 (iso, utc);

      if (time == NULL || g_date_time_get_year (time) < 1970)
        return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path,
                                         _("date: “%s” is not a date (YYYY-MM-DD)"), date);
      detected = g_date_time_to_unix (time) * G_USEC_PER_SEC;
    }

  for (guint i = 0; tags != NULL && i < json_array_get_length (tags); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.Tag[%u]", path, i);
      const char *name = NULL;

      if (!tag_name (ctx, tags, i, where, &name, error) ||
          !read_tlp_tag (ctx, name, where, &tlp, error))
        return FALSE;

      if (category == NULL && g_str_has_prefix (name, "category:"))
        category = name + strlen ("category:");
      for (guint j = 0; category == NULL && j < G_N_ELEMENTS (rsit_classes); j++)
        {
          if (g_str_has_prefix (name, "rsit:") && g_str_has_prefix (name + 5, rsit_classes[j].rsit) &&
              (name[5 + strlen (rsit_classes[j].rsit)] == '\0' || name[5 + strlen (rsit_classes[j].rsit)] == '='))
            category = rsit_classes[j].category;
        }
    }

  /* Threat level: 1 high, 2 medium, 3 low, 4 undefined */
  cordon_incident_set_title (incident, info);
  cordon_incident_set_severity (incident, _cordon_interchange_severity (ctx, level == 1 ? 2 : level == 3 ? 0 : 1));
  cordon_incident_set_category (incident, _cordon_interchange_category (ctx, category));
  cordon_incident_set_tlp (incident, tlp);
  cordon_incident_set_phase (incident, analysis > 0 ? CORDON_PHASE_ANALYSIS : CORDON_PHASE_DETECTED);
  if (detected == 0 && has_time)
    detected = timestamp * G_USEC_PER_SEC;
  cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_DETECTED, detected);
  if (analysis > 0)
    cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED, detected);

  if (has_id)
    source = g_strdup_printf (_("MISP event %" G_GINT64_FORMAT), id);
  else
    source = g_strdup (_("MISP event"));
  summary = g_strdup_printf (_("MISP event %s%s%s."), uuid ? uuid : info,
                             org ? _(" shared by ") : "", org ? org : "");
  cordon_incident_set_summary (incident, summary);

  if (!import_attributes (ctx, record, event, path, source, error))
    return FALSE;

  for (guint i = 0; objects != NULL && i < json_array_get_length (objects); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.Object[%u]", path, i);
      g_autofree char *object_source = NULL;
      const char *name = NULL;
      JsonObject *object;

      if (!_cordon_ix_element_object (ctx, objects, i, where, &object, error) ||
          !_cordon_ix_string (ctx, object, where, "name", FALSE, &name, error))
        return FALSE;

      object_source = g_strdup_printf ("%s, %s", source, name ? name : _("object"));
      if (!import_attributes (ctx, record, object, where, object_source, error))
        return FALSE;
    }

  provenance = g_strdup_printf (_("Imported from %s (%s): %u attributes"), source, ctx->name, record->facts->len);
  json_builder_begin_object (extras);
  json_builder_set_member_name (extras, CORDON_INTERCHANGE_PAYLOAD_MEMBER);
  json_builder_begin_object (extras);
  json_builder_set_member_name (extras, "format");
  json_builder_add_string_value (extras, "misp");
  if (uuid != NULL)
    {
      json_builder_set_member_name (extras, "uuid");
      json_builder_add_string_value (extras, uuid);
    }
  if (has_level)
    {
      json_builder_set_member_name (extras, "threat_level_id");
      json_builder_add_int_value (extras, level);
    }
  json_builder_end_object (extras);
  json_builder_end_object (extras);
  payload = json_builder_get_root (extras);

  g_ptr_array_add (record->journal,
                   _cordon_interchange_note (has_time && timestamp > 0 ? timestamp * G_USEC_PER_SEC
                                                                       : cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_DETECTED),
                                             CORDON_JOURNAL_KIND_NOTE, org ? org : "MISP", provenance, payload));

  return _cordon_interchange_store (ctx, record, path, error);
}

gboolean
_cordon_misp_import (CordonInterchangeImport  *ctx,
                     JsonObject               *root,
                     GError                  **error)
{
  JsonArray *response = NULL;
  JsonObject *event = NULL;

  if (json_object_has_member (root, "Event"))
    return _cordon_ix_object (ctx, root, "$", "Event", TRUE, &event, error) &&
           import_event (ctx, event, "$.Event", error);

  if (!_cordon_ix_array (ctx, root, "$", "response", TRUE, &response, error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (response); i++)
    {
      g_autofree char *where = g_strdup_printf ("$.response[%u]", i);
      g_autofree char *event_path = g_strdup_printf ("$.response[%u].Event", i);
      JsonObject *element;

      if (!_cordon_ix_element_object (ctx, response, i, where, &element, error) ||
          !_cordon_ix_object (ctx, element, where, "Event", TRUE, &event, error) ||
          !import_event (ctx, event, event_path, error))
        return FALSE;
    }

  return TRUE;
}
