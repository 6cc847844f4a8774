/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-misp.c: MISP events in and out.
 *
 * An event becomes an incident: its info the title, its threat level the
 * severity, its tlp:* tag the TLP, an rsit:* or category:* tag the
 * category, its date the detection time. Every attribute, whether loose
 * or inside an object, becomes a fact (an indicator of compromise when
 * to_ids is set) that keeps its uuid, type, category, comment, tags and
 * first and last seen; a composite attribute (`domain|ip`) becomes one
 * fact per half. An object's attributes are a group of facts with the
 * object's uuid, name and comment; each galaxy cluster a fact of kind
 * other in the group of its galaxy. The event's tags, and what an
 * object has beyond its name and comment, are kept in the provenance
 * entry, so that the export gives them back (docs/interchange.md).
 *
 * A file may hold one event, with or without the {"Event": …} wrapper
 * (PyMISP's to_json() writes the fields at the top level), a list of
 * events, or a search result ({"response": [{"Event": …}, …]}).
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
  { "ip", CORDON_FACT_KIND_IP },
  { "ip-src", CORDON_FACT_KIND_IP },
  { "ip-dst", CORDON_FACT_KIND_IP },
  { "domain", CORDON_FACT_KIND_DOMAIN },
  { "hostname", CORDON_FACT_KIND_HOST },
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
kind_for_type (const char *type)
{
  for (guint i = 0; i < G_N_ELEMENTS (attribute_types); i++)
    {
      const char *known = attribute_types[i].type;
      gsize len = strlen (known);
      gboolean prefix = known[len - 1] == '*';

      if (prefix ? strncmp (type, known, len - 1) == 0 : g_str_equal (type, known))
        return attribute_types[i].kind;
    }

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

/* The TLP of a tlp:* tag; FALSE for another tag or an unknown level */
static gboolean
tlp_of_tag (const char *name,
            gint       *tlp)
{
  if (g_ascii_strncasecmp (name, "tlp:", 4) != 0)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (tlp_tags); i++)
    {
      if (g_ascii_strcasecmp (tlp_tags[i].tag, name + 4) == 0)
        {
          *tlp = tlp_tags[i].tlp;
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
read_tlp_tag (CordonInterchangeImport  *ctx,
              const char               *name,
              const char               *path,
              gint                     *tlp,
              GError                  **error)
{
  if (g_ascii_strncasecmp (name, "tlp:", 4) != 0 || tlp_of_tag (name, tlp))
    return TRUE;

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

/* MISP's own times: "2024-03-04T10:00:00.000000+00:00" */
static gboolean
read_seen (CordonInterchangeImport  *ctx,
           JsonObject               *object,
           const char               *path,
           const char               *member,
           GDateTime               **out,
           GError                  **error)
{
  gint64 usec = 0;

  if (!_cordon_ix_timestamp (ctx, object, path, member, &usec, error))
    return FALSE;
  if (usec != 0)
    *out = cordon_time_to_date_time (usec);

  return TRUE;
}

/* What every fact made from one attribute shares */
typedef struct
{
  const char *source;
  const char *group;
  const char *group_name;
  const char *group_comment;
} FactGroup;

static CordonFact *
new_fact (CordonFactKind   kind,
          const char      *value)
{
  CordonFact *fact = cordon_fact_new ();

  cordon_fact_set_kind (fact, kind);
  cordon_fact_set_value (fact, value);

  return fact;
}

static gboolean
import_attribute (CordonInterchangeImport  *ctx,
                  CordonIncidentRecord     *record,
                  JsonObject               *object,
                  const char               *path,
                  const FactGroup          *group,
                  guint                    *n_kept,
                  GError                  **error)
{
  g_autoptr(GPtrArray) tag_names = g_ptr_array_new ();
  g_autoptr(GDateTime) first_seen = NULL;
  g_autoptr(GDateTime) last_seen = NULL;
  g_autoptr(GDateTime) added = NULL;
  g_auto(GStrv) types = NULL;
  g_auto(GStrv) values = NULL;
  char made_uuid[37];
  const char *type = NULL;
  const char *text = NULL;
  const char *category = NULL;
  const char *comment = NULL;
  const char *uuid = NULL;
  const char *relation = NULL;
  JsonArray *tags = NULL;
  gboolean to_ids = FALSE;
  gboolean deleted = FALSE;
  gboolean has_time = FALSE;
  gint64 timestamp = 0;
  gint tlp = cordon_incident_get_tlp (record->incident);

  if (!_cordon_ix_string (ctx, object, path, "type", TRUE, &type, error) ||
      !_cordon_ix_string (ctx, object, path, "value", TRUE, &text, error) ||
      !_cordon_ix_string (ctx, object, path, "category", FALSE, &category, error) ||
      !_cordon_ix_string (ctx, object, path, "comment", FALSE, &comment, error) ||
      !_cordon_ix_string (ctx, object, path, "uuid", FALSE, &uuid, error) ||
      !_cordon_ix_string (ctx, object, path, "object_relation", FALSE, &relation, error) ||
      !loose_bool (ctx, object, path, "to_ids", &to_ids, error) ||
      !loose_bool (ctx, object, path, "deleted", &deleted, error) ||
      !loose_int (ctx, object, path, "timestamp", 0, G_GINT64_CONSTANT (253402300799), &has_time, &timestamp, error) ||
      !read_seen (ctx, object, path, "first_seen", &first_seen, error) ||
      !read_seen (ctx, object, path, "last_seen", &last_seen, error) ||
      !_cordon_ix_array (ctx, object, path, "Tag", FALSE, &tags, error))
    return FALSE;

  for (guint i = 0; tags != NULL && i < json_array_get_length (tags); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.Tag[%u]", path, i);
      const char *name = NULL;

      if (!tag_name (ctx, tags, i, where, &name, error) ||
          !read_tlp_tag (ctx, name, where, &tlp, error))
        return FALSE;
      g_ptr_array_add (tag_names, (gpointer) name);
    }
  g_ptr_array_add (tag_names, NULL);

  if (deleted)
    return TRUE;

  /* An attribute without a uuid still needs one: it is what keeps two
   * attributes of the same value apart, and the halves of one together */
  if (uuid == NULL || uuid[0] == '\0')
    {
      g_autofree char *seed = g_strdup_printf ("%s\x1f%s\x1f%s", ctx->name, path, text);

      _cordon_interchange_uuid5 (seed, made_uuid);
      uuid = made_uuid;
    }

  if (has_time && timestamp > 0)
    added = cordon_time_to_date_time (timestamp * G_USEC_PER_SEC);

  /* A composite value, "198.51.100.7|443" of "ip-dst|port", is one fact
   * per half; a half left empty keeps the value whole */
  types = g_strsplit (type, "|", 2);
  values = g_strsplit (text, "|", 2);
  if (g_strv_length (types) != 2 || g_strv_length (values) != 2 ||
      values[0][0] == '\0' || values[1][0] == '\0')
    {
      g_clear_pointer (&values, g_strfreev);
      values = g_new0 (char *, 2);
      values[0] = g_strdup (text);
    }

  for (guint i = 0; values[i] != NULL; i++)
    {
      g_autoptr(CordonFact) fact = new_fact (kind_for_type (values[1] != NULL ? types[i] : types[0]), values[i]);

      cordon_fact_set_is_ioc (fact, to_ids);
      cordon_fact_set_tlp (fact, tlp);
      cordon_fact_set_source (fact, group->source);
      cordon_fact_set_uuid (fact, uuid);
      cordon_fact_set_origin_type (fact, type);
      cordon_fact_set_origin_category (fact, category);
      cordon_fact_set_comment (fact, comment);
      cordon_fact_set_tags (fact, (const char * const *) tag_names->pdata);
      cordon_fact_set_first_seen (fact, first_seen);
      cordon_fact_set_last_seen (fact, last_seen);
      cordon_fact_set_group (fact, group->group);
      cordon_fact_set_group_name (fact, group->group_name);
      cordon_fact_set_group_comment (fact, group->group_comment);
      cordon_fact_set_relation (fact, relation);
      cordon_fact_set_added (fact, added);
      g_ptr_array_add (record->facts, g_steal_pointer (&fact));
    }

  (*n_kept)++;

  return TRUE;
}

static gboolean
import_attributes (CordonInterchangeImport  *ctx,
                   CordonIncidentRecord     *record,
                   JsonObject               *object,
                   const char               *path,
                   const FactGroup          *group,
                   guint                    *n_kept,
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
          !import_attribute (ctx, record, attribute, where, group, n_kept, error))
        return FALSE;
    }

  return TRUE;
}

/* An object's attributes are a group of facts; what the group has beyond
 * its name and comment goes to @extras under its uuid. */
static gboolean
import_object (CordonInterchangeImport  *ctx,
               CordonIncidentRecord     *record,
               JsonObject               *object,
               const char               *path,
               const char               *source,
               JsonBuilder              *extras,
               guint                    *n_kept,
               GError                  **error)
{
  static const char * const kept[] = {
    "meta-category", "template_uuid", "template_version", "description", "distribution",
    "first_seen", "last_seen", "ObjectReference",
  };
  g_autofree char *object_source = NULL;
  char made_uuid[37];
  const char *name = NULL;
  const char *comment = NULL;
  const char *uuid = NULL;
  gboolean deleted = FALSE;
  FactGroup group;

  if (!_cordon_ix_string (ctx, object, path, "name", TRUE, &name, error) ||
      !_cordon_ix_string (ctx, object, path, "comment", FALSE, &comment, error) ||
      !_cordon_ix_string (ctx, object, path, "uuid", FALSE, &uuid, error) ||
      !loose_bool (ctx, object, path, "deleted", &deleted, error))
    return FALSE;

  if (deleted)
    return TRUE;

  if (uuid == NULL || uuid[0] == '\0')
    {
      g_autofree char *seed = g_strdup_printf ("%s\x1f%s\x1f%s", ctx->name, path, name);

      _cordon_interchange_uuid5 (seed, made_uuid);
      uuid = made_uuid;
    }

  object_source = g_strdup_printf ("%s, %s", source, name);
  group.source = object_source;
  group.group = uuid;
  group.group_name = name;
  group.group_comment = comment;

  json_builder_set_member_name (extras, uuid);
  json_builder_begin_object (extras);
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      JsonNode *node = json_object_get_member (object, kept[i]);

      if (node == NULL || JSON_NODE_HOLDS_NULL (node))
        continue;
      json_builder_set_member_name (extras, kept[i]);
      json_builder_add_value (extras, json_node_copy (node));
    }
  json_builder_end_object (extras);

  return import_attributes (ctx, record, object, path, &group, n_kept, error);
}

/* Each cluster of a galaxy is a fact of kind other, grouped by its galaxy,
 * of type "misp-galaxy:<the galaxy's type>": an ATT&CK technique, a
 * threat actor, a tool. */
static gboolean
import_galaxy (CordonInterchangeImport  *ctx,
               CordonIncidentRecord     *record,
               JsonObject               *galaxy,
               const char               *path,
               const char               *source,
               guint                    *n_clusters,
               GError                  **error)
{
  g_autofree char *type = NULL;
  const char *galaxy_type = NULL;
  const char *name = NULL;
  const char *uuid = NULL;
  const char *description = NULL;
  JsonArray *clusters = NULL;

  if (!_cordon_ix_string (ctx, galaxy, path, "type", TRUE, &galaxy_type, error) ||
      !_cordon_ix_string (ctx, galaxy, path, "name", FALSE, &name, error) ||
      !_cordon_ix_string (ctx, galaxy, path, "uuid", FALSE, &uuid, error) ||
      !_cordon_ix_string (ctx, galaxy, path, "description", FALSE, &description, error) ||
      !_cordon_ix_array (ctx, galaxy, path, "GalaxyCluster", FALSE, &clusters, error))
    return FALSE;

  type = g_strconcat (CORDON_MISP_GALAXY_PREFIX, galaxy_type, NULL);

  for (guint i = 0; clusters != NULL && i < json_array_get_length (clusters); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.GalaxyCluster[%u]", path, i);
      g_autofree char *made_tag = NULL;
      g_autoptr(CordonFact) fact = NULL;
      const char *value = NULL;
      const char *cluster_uuid = NULL;
      const char *tag = NULL;
      const char *cluster_description = NULL;
      const char *tags[2] = { NULL, NULL };
      JsonObject *cluster;

      if (!_cordon_ix_element_object (ctx, clusters, i, where, &cluster, error) ||
          !_cordon_ix_string (ctx, cluster, where, "value", TRUE, &value, error) ||
          !_cordon_ix_string (ctx, cluster, where, "uuid", FALSE, &cluster_uuid, error) ||
          !_cordon_ix_string (ctx, cluster, where, "tag_name", FALSE, &tag, error) ||
          !_cordon_ix_string (ctx, cluster, where, "description", FALSE, &cluster_description, error))
        return FALSE;

      if (tag == NULL || tag[0] == '\0')
        tag = made_tag = g_strdup_printf ("misp-galaxy:%s=\"%s\"", galaxy_type, value);
      tags[0] = tag;

      fact = new_fact (CORDON_FACT_KIND_OTHER, value);
      cordon_fact_set_tlp (fact, cordon_incident_get_tlp (record->incident));
      cordon_fact_set_source (fact, source);
      cordon_fact_set_uuid (fact, cluster_uuid);
      cordon_fact_set_origin_type (fact, type);
      cordon_fact_set_comment (fact, cluster_description);
      cordon_fact_set_tags (fact, tags);
      cordon_fact_set_group (fact, uuid != NULL && uuid[0] != '\0' ? uuid : type);
      cordon_fact_set_group_name (fact, name);
      cordon_fact_set_group_comment (fact, description);
      g_ptr_array_add (record->facts, g_steal_pointer (&fact));
      (*n_clusters)++;
    }

  return TRUE;
}

/* Whether @object has what a MISP event has, wrapper or not */
gboolean
_cordon_misp_looks_like_event (JsonObject *object)
{
  JsonNode *attributes = json_object_get_member (object, "Attribute");
  JsonNode *objects = json_object_get_member (object, "Object");

  if ((attributes != NULL && JSON_NODE_HOLDS_ARRAY (attributes)) ||
      (objects != NULL && JSON_NODE_HOLDS_ARRAY (objects)))
    return TRUE;

  return json_object_has_member (object, "info") &&
         (json_object_has_member (object, "threat_level_id") || json_object_has_member (object, "analysis") ||
          json_object_has_member (object, "Orgc") || json_object_has_member (object, "Galaxy") ||
          (json_object_has_member (object, "uuid") && json_object_has_member (object, "date")));
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
  g_autoptr(GPtrArray) tag_names = g_ptr_array_new ();
  g_autoptr(GString) provenance = g_string_new (NULL);
  g_autofree char *source = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *title = NULL;
  CordonIncident *incident = record->incident;
  FactGroup loose = { 0 };
  const char *info = NULL;
  const char *uuid = NULL;
  const char *date = NULL;
  const char *category = NULL;
  const char *org = NULL;
  const char *org_uuid = NULL;
  JsonObject *orgc = NULL;
  JsonArray *tags = NULL;
  JsonArray *objects = NULL;
  JsonArray *galaxies = NULL;
  JsonArray *attributes = NULL;
  gboolean has_level = FALSE;
  gboolean has_analysis = FALSE;
  gboolean has_distribution = FALSE;
  gboolean has_id = FALSE;
  gboolean has_time = FALSE;
  gboolean published = FALSE;
  gint64 level = 4;
  gint64 analysis = 0;
  gint64 distribution = 0;
  gint64 id = 0;
  gint64 timestamp = 0;
  gint64 detected = 0;
  guint n_attributes = 0;
  guint n_clusters = 0;
  guint n_objects = 0;
  gint tlp = CORDON_TLP_AMBER;

  if (!_cordon_ix_string (ctx, event, path, "info", FALSE, &info, error) ||
      !_cordon_ix_string (ctx, event, path, "uuid", FALSE, &uuid, error) ||
      !_cordon_ix_string (ctx, event, path, "date", FALSE, &date, error) ||
      !loose_int (ctx, event, path, "threat_level_id", 1, 4, &has_level, &level, error) ||
      !loose_int (ctx, event, path, "analysis", 0, 2, &has_analysis, &analysis, error) ||
      !loose_int (ctx, event, path, "distribution", 0, 5, &has_distribution, &distribution, error) ||
      !loose_int (ctx, event, path, "id", 0, G_MAXINT64, &has_id, &id, error) ||
      !loose_int (ctx, event, path, "timestamp", 0, G_GINT64_CONSTANT (253402300799), &has_time, &timestamp, error) ||
      !loose_bool (ctx, event, path, "published", &published, error) ||
      !_cordon_ix_object (ctx, event, path, "Orgc", FALSE, &orgc, error) ||
      !_cordon_ix_array (ctx, event, path, "Tag", FALSE, &tags, error) ||
      !_cordon_ix_array (ctx, event, path, "Attribute", FALSE, &attributes, error) ||
      !_cordon_ix_array (ctx, event, path, "Object", FALSE, &objects, error) ||
      !_cordon_ix_array (ctx, event, path, "Galaxy", FALSE, &galaxies, error))
    return FALSE;

  if (orgc != NULL &&
      (!_cordon_ix_string (ctx, orgc, path, "name", FALSE, &org, error) ||
       !_cordon_ix_string (ctx, orgc, path, "uuid", FALSE, &org_uuid, error)))
    return FALSE;

  /* Without info an event is still worth importing when it has something
   * to import; with nothing at all it is not an event */
  if (info == NULL || info[0] == '\0')
    {
      if ((attributes == NULL || json_array_get_length (attributes) == 0) &&
          (objects == NULL || json_array_get_length (objects) == 0) &&
          (galaxies == NULL || json_array_get_length (galaxies) == 0) &&
          uuid == NULL)
        return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path,
                                         _("not a MISP event: no info, uuid, Attribute, Object or Galaxy"));
      info = NULL;
    }

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
      g_ptr_array_add (tag_names, (gpointer) name);

      if (category == NULL && g_str_has_prefix (name, "category:"))
        category = name + strlen ("category:");
      for (guint j = 0; category == NULL && j < G_N_ELEMENTS (rsit_classes); j++)
        {
          if (g_str_has_prefix (name, "rsit:") && g_str_has_prefix (name + 5, rsit_classes[j].rsit) &&
              (name[5 + strlen (rsit_classes[j].rsit)] == '\0' || name[5 + strlen (rsit_classes[j].rsit)] == '='))
            category = rsit_classes[j].category;
        }
    }

  if (has_id)
    source = g_strdup_printf (_("MISP event %" G_GINT64_FORMAT), id);
  else
    source = g_strdup (_("MISP event"));

  if (info != NULL)
    title = g_strdup (info);
  else if (uuid != NULL)
    title = g_strdup_printf (_("MISP event %s"), uuid);
  else
    title = g_strdup (source);

  /* Threat level: 1 high, 2 medium, 3 low, 4 undefined */
  cordon_incident_set_title (incident, title);
  cordon_incident_set_severity (incident, _cordon_interchange_severity (ctx, level == 1 ? 2 : level == 3 ? 0 : 1));
  cordon_incident_set_category (incident, _cordon_interchange_category (ctx, category));
  cordon_incident_set_tlp (incident, tlp);
  cordon_incident_set_phase (incident, analysis > 0 ? CORDON_PHASE_ANALYSIS : CORDON_PHASE_DETECTED);
  if (detected == 0 && has_time)
    detected = timestamp * G_USEC_PER_SEC;
  cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_DETECTED, detected);
  if (analysis > 0)
    cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED, detected);

  summary = g_strdup_printf (_("MISP event %s%s%s."), uuid ? uuid : title,
                             org ? _(" shared by ") : "", org ? org : "");
  cordon_incident_set_summary (incident, summary);

  json_builder_begin_object (extras);
  json_builder_set_member_name (extras, CORDON_INTERCHANGE_PAYLOAD_MEMBER);
  json_builder_begin_object (extras);
  json_builder_set_member_name (extras, "format");
  json_builder_add_string_value (extras, "misp");

  loose.source = source;
  if (!import_attributes (ctx, record, event, path, &loose, &n_attributes, error))
    return FALSE;

  json_builder_set_member_name (extras, "objects");
  json_builder_begin_object (extras);
  for (guint i = 0; objects != NULL && i < json_array_get_length (objects); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.Object[%u]", path, i);
      JsonObject *object;

      if (!_cordon_ix_element_object (ctx, objects, i, where, &object, error) ||
          !import_object (ctx, record, object, where, source, extras, &n_attributes, error))
        return FALSE;
      n_objects++;
    }
  json_builder_end_object (extras);

  for (guint i = 0; galaxies != NULL && i < json_array_get_length (galaxies); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.Galaxy[%u]", path, i);
      JsonObject *galaxy;

      if (!_cordon_ix_element_object (ctx, galaxies, i, where, &galaxy, error) ||
          !import_galaxy (ctx, record, galaxy, where, source, &n_clusters, error))
        return FALSE;
    }

  if (uuid != NULL)
    {
      json_builder_set_member_name (extras, "uuid");
      json_builder_add_string_value (extras, uuid);
    }
  if (info != NULL)
    {
      json_builder_set_member_name (extras, "info");
      json_builder_add_string_value (extras, info);
    }
  if (has_level)
    {
      json_builder_set_member_name (extras, "threat_level_id");
      json_builder_add_int_value (extras, level);
    }
  if (has_analysis)
    {
      json_builder_set_member_name (extras, "analysis");
      json_builder_add_int_value (extras, analysis);
    }
  if (has_distribution)
    {
      json_builder_set_member_name (extras, "distribution");
      json_builder_add_int_value (extras, distribution);
    }
  json_builder_set_member_name (extras, "published");
  json_builder_add_boolean_value (extras, published);
  if (org != NULL || org_uuid != NULL)
    {
      json_builder_set_member_name (extras, "orgc");
      json_builder_begin_object (extras);
      if (org != NULL)
        {
          json_builder_set_member_name (extras, "name");
          json_builder_add_string_value (extras, org);
        }
      if (org_uuid != NULL)
        {
          json_builder_set_member_name (extras, "uuid");
          json_builder_add_string_value (extras, org_uuid);
        }
      json_builder_end_object (extras);
    }
  json_builder_set_member_name (extras, "tags");
  json_builder_begin_array (extras);
  for (guint i = 0; i < tag_names->len; i++)
    json_builder_add_string_value (extras, tag_names->pdata[i]);
  json_builder_end_array (extras);
  json_builder_end_object (extras);
  json_builder_end_object (extras);
  payload = json_builder_get_root (extras);

  g_string_printf (provenance, _("Imported from %s (%s): %u attributes, %u objects, %u galaxy clusters"),
                   source, ctx->name, n_attributes, n_objects, n_clusters);
  if (tag_names->len > 0)
    {
      g_string_append (provenance, _("; tags: "));
      for (guint i = 0; i < tag_names->len; i++)
        g_string_append_printf (provenance, "%s%s", i > 0 ? ", " : "", (const char *) tag_names->pdata[i]);
    }

  g_ptr_array_add (record->journal,
                   _cordon_interchange_note (has_time && timestamp > 0 ? timestamp * G_USEC_PER_SEC
                                                                       : cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_DETECTED),
                                             CORDON_JOURNAL_KIND_NOTE, org ? org : "MISP", provenance->str, payload));

  return _cordon_interchange_store (ctx, record, uuid, path, error);
}

/* An element of a list or of a search result: {"Event": …} or the event */
static gboolean
import_element (CordonInterchangeImport  *ctx,
                JsonArray                *array,
                guint                     index,
                const char               *path,
                GError                  **error)
{
  g_autofree char *where = g_strdup_printf ("%s[%u]", path, index);
  g_autofree char *event_path = g_strdup_printf ("%s[%u].Event", path, index);
  JsonObject *element;
  JsonObject *event;

  if (!_cordon_ix_element_object (ctx, array, index, where, &element, error))
    return FALSE;

  if (json_object_has_member (element, "Event"))
    return _cordon_ix_object (ctx, element, where, "Event", TRUE, &event, error) &&
           import_event (ctx, event, event_path, error);

  return import_event (ctx, element, where, error);
}

/* The events of a list (@where: its JSON path), each with or without its
 * wrapper; a list without any has nothing to import */
static gboolean
import_events (CordonInterchangeImport  *ctx,
               JsonArray                *events,
               const char               *where,
               const char               *empty,
               GError                  **error)
{
  if (json_array_get_length (events) == 0)
    return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, where, "%s", empty);

  for (guint i = 0; i < json_array_get_length (events); i++)
    {
      if (!import_element (ctx, events, i, where, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * _cordon_misp_import_list:
 *
 * Imports a JSON array of events, each with or without its wrapper.
 */
gboolean
_cordon_misp_import_list (CordonInterchangeImport  *ctx,
                          JsonArray                *events,
                          GError                  **error)
{
  return import_events (ctx, events, "$", _("nothing to import: the list holds no MISP events"), error);
}

gboolean
_cordon_misp_import (CordonInterchangeImport  *ctx,
                     JsonObject               *root,
                     GError                   **error)
{
  JsonArray *response = NULL;
  JsonObject *event = NULL;

  if (json_object_has_member (root, "Event"))
    return _cordon_ix_object (ctx, root, "$", "Event", TRUE, &event, error) &&
           import_event (ctx, event, "$.Event", error);

  if (json_object_has_member (root, "response"))
    {
      return _cordon_ix_array (ctx, root, "$", "response", TRUE, &response, error) &&
             import_events (ctx, response, "$.response",
                            _("nothing to import: the response holds no MISP events"), error);
    }

  if (!_cordon_misp_looks_like_event (root))
    return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, "$",
                                     _("not a MISP event: expected Event, response, or an event’s info with "
                                       "Attribute, Object, threat_level_id or Orgc"));

  return import_event (ctx, root, "$", error);
}

/* Export ----------------------------------------------------------------- */

/* A fact's MISP type when it has none of its own */
static const char *
type_for_fact (CordonFact *fact)
{
  const char *value = cordon_fact_get_value (fact);

  switch (cordon_fact_get_kind (fact))
    {
    case CORDON_FACT_KIND_IP:
      return "ip-dst";
    case CORDON_FACT_KIND_DOMAIN:
      return "domain";
    case CORDON_FACT_KIND_HOST:
      return "hostname";
    case CORDON_FACT_KIND_URL:
      return "url";
    case CORDON_FACT_KIND_HASH:
      switch (strlen (value))
        {
        case 32:
          return "md5";
        case 40:
          return "sha1";
        case 56:
          return "sha224";
        case 64:
          return "sha256";
        case 96:
          return "sha384";
        case 128:
          return "sha512";
        default:
          return "other";
        }
    case CORDON_FACT_KIND_EMAIL:
      return "email";
    case CORDON_FACT_KIND_FILE:
      return "filename";
    case CORDON_FACT_KIND_USER:
      return "target-user";
    case CORDON_FACT_KIND_SIGNATURE:
      return "other";
    case CORDON_FACT_KIND_LOG:
    case CORDON_FACT_KIND_OTHER:
    default:
      return "text";
    }
}

/* The category MISP files a type under by default */
static const char *
category_for_type (const char *type)
{
  static const struct {
    const char *type;
    const char *category;
  } categories[] = {
    { "ip-dst", "Network activity" },
    { "ip-src", "Network activity" },
    { "domain", "Network activity" },
    { "hostname", "Network activity" },
    { "url", "Network activity" },
    { "md5", "Payload delivery" },
    { "sha1", "Payload delivery" },
    { "sha224", "Payload delivery" },
    { "sha256", "Payload delivery" },
    { "sha384", "Payload delivery" },
    { "sha512", "Payload delivery" },
    { "email", "Payload delivery" },
    { "filename", "Payload delivery" },
    { "target-user", "Targeting data" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      if (g_str_equal (categories[i].type, type))
        return categories[i].category;
    }

  return "Other";
}

static char *
tlp_tag (CordonTlp tlp)
{
  return g_strconcat ("tlp:", cordon_tlp_to_id (tlp), NULL);
}

static gboolean
is_tlp_tag (const char *name)
{
  return g_ascii_strncasecmp (name, "tlp:", 4) == 0;
}

/* @tags without the TLP tags that say otherwise than @tlp; with the tag of
 * @tlp added when @tlp is not @inherited and no tag says it */
static GPtrArray *
tags_with_tlp (const char * const *tags,
               CordonTlp           tlp,
               gint                inherited)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  gboolean said = FALSE;

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      if (is_tlp_tag (tags[i]))
        {
          gint level = -1;

          if (!tlp_of_tag (tags[i], &level) || level != (gint) tlp)
            continue;
          said = TRUE;
        }
      g_ptr_array_add (out, g_strdup (tags[i]));
    }

  if (!said && (gint) tlp != inherited)
    g_ptr_array_add (out, tlp_tag (tlp));

  return out;
}

static void
add_member (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_tags (JsonBuilder *builder,
          GPtrArray   *tags)
{
  json_builder_set_member_name (builder, "Tag");
  json_builder_begin_array (builder);
  for (guint i = 0; i < tags->len; i++)
    {
      json_builder_begin_object (builder);
      add_member (builder, "name", tags->pdata[i]);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_time (JsonBuilder *builder,
          const char  *name,
          GDateTime   *time)
{
  g_autofree char *text = NULL;

  if (time == NULL)
    return;

  text = g_date_time_format (time, "%Y-%m-%dT%H:%M:%S.%f+00:00");
  add_member (builder, name, text);
}

static gboolean
is_galaxy_fact (CordonFact *fact)
{
  return g_str_has_prefix (cordon_fact_get_origin_type (fact), CORDON_MISP_GALAXY_PREFIX);
}

/* How many facts from @start make one attribute: the halves of a
 * composite share its uuid and type */
static guint
attribute_length (GPtrArray *facts,
                  guint      start)
{
  CordonFact *first = facts->pdata[start];
  const char *uuid = cordon_fact_get_uuid (first);
  const char *type = cordon_fact_get_origin_type (first);

  if (uuid[0] == '\0' || strchr (type, '|') == NULL || start + 1 >= facts->len)
    return 1;

  {
    CordonFact *next = facts->pdata[start + 1];

    if (g_str_equal (cordon_fact_get_uuid (next), uuid) && g_str_equal (cordon_fact_get_origin_type (next), type) &&
        g_str_equal (cordon_fact_get_group (next), cordon_fact_get_group (first)))
      return 2;
  }

  return 1;
}

static void
add_attribute (JsonBuilder          *builder,
               CordonIncidentRecord *record,
               GPtrArray            *facts,
               guint                 start,
               guint                 length,
               gboolean              in_object)
{
  CordonFact *fact = facts->pdata[start];
  CordonIncident *incident = record->incident;
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GString) value = g_string_new (NULL);
  g_autofree char *timestamp = NULL;
  g_autofree char *comment = NULL;
  const char *type = cordon_fact_get_origin_type (fact);
  const char *category = cordon_fact_get_origin_category (fact);
  const char *uuid = cordon_fact_get_uuid (fact);
  char made_uuid[37];
  gboolean to_ids = FALSE;

  if (type[0] == '\0')
    type = type_for_fact (fact);
  if (category[0] == '\0')
    category = category_for_type (type);
  if (uuid[0] == '\0')
    {
      g_autofree char *seed = g_strdup_printf ("%s/fact/%" G_GINT64_FORMAT, cordon_incident_get_key (incident),
                                               cordon_fact_get_id (fact));

      _cordon_interchange_uuid5 (seed, made_uuid);
      uuid = made_uuid;
    }

  for (guint i = start; i < start + length; i++)
    {
      if (i > start)
        g_string_append_c (value, '|');
      g_string_append (value, cordon_fact_get_value (facts->pdata[i]));
      to_ids |= cordon_fact_get_is_ioc (facts->pdata[i]);
    }

  /* A fact entered in Cordon says where it came from in the comment */
  if (cordon_fact_get_comment (fact)[0] != '\0' || cordon_fact_get_uuid (fact)[0] != '\0')
    comment = g_strdup (cordon_fact_get_comment (fact));
  else
    comment = g_strdup (cordon_fact_get_source (fact));

  json_builder_begin_object (builder);
  add_member (builder, "uuid", uuid);
  add_member (builder, "type", type);
  add_member (builder, "category", category);
  add_member (builder, "value", value->str);
  json_builder_set_member_name (builder, "to_ids");
  json_builder_add_boolean_value (builder, to_ids);
  add_member (builder, "comment", comment);
  if (in_object)
    add_member (builder, "object_relation",
                cordon_fact_get_relation (fact)[0] != '\0' ? cordon_fact_get_relation (fact) : type);
  add_member (builder, "distribution", "5");
  json_builder_set_member_name (builder, "disable_correlation");
  json_builder_add_boolean_value (builder, FALSE);
  if (cordon_fact_get_added (fact) != NULL)
    {
      timestamp = g_strdup_printf ("%" G_GINT64_FORMAT, g_date_time_to_unix (cordon_fact_get_added (fact)));
      add_member (builder, "timestamp", timestamp);
    }
  add_time (builder, "first_seen", cordon_fact_get_first_seen (fact));
  add_time (builder, "last_seen", cordon_fact_get_last_seen (fact));
  tags = tags_with_tlp (cordon_fact_get_tags (fact), cordon_fact_get_tlp (fact), cordon_incident_get_tlp (incident));
  add_tags (builder, tags);
  json_builder_end_object (builder);
}

/* The members in the order of their first fact */
static GPtrArray *
group_ids (GPtrArray *facts,
           gboolean   galaxies)
{
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < facts->len; i++)
    {
      const char *group = cordon_fact_get_group (facts->pdata[i]);

      if (group[0] == '\0' || is_galaxy_fact (facts->pdata[i]) != galaxies)
        continue;
      if (!g_ptr_array_find_with_equal_func (ids, group, g_str_equal, NULL))
        g_ptr_array_add (ids, (gpointer) group);
    }

  return ids;
}

static void
add_attributes_of (JsonBuilder          *builder,
                   CordonIncidentRecord *record,
                   GPtrArray            *facts,
                   const char           *group)
{
  gboolean in_object = group[0] != '\0';

  json_builder_set_member_name (builder, "Attribute");
  json_builder_begin_array (builder);
  for (guint i = 0; i < facts->len;)
    {
      CordonFact *fact = facts->pdata[i];
      guint length = attribute_length (facts, i);

      if (!is_galaxy_fact (fact) && g_str_equal (cordon_fact_get_group (fact), group))
        add_attribute (builder, record, facts, i, length, in_object);
      i += length;
    }
  json_builder_end_array (builder);
}

static void
add_objects (JsonBuilder          *builder,
             CordonIncidentRecord *record,
             GPtrArray            *facts,
             JsonObject           *extras)
{
  g_autoptr(GPtrArray) ids = group_ids (facts, FALSE);
  JsonObject *kept = extras != NULL && json_object_has_member (extras, "objects") &&
                     JSON_NODE_HOLDS_OBJECT (json_object_get_member (extras, "objects"))
                       ? json_object_get_object_member (extras, "objects") : NULL;

  json_builder_set_member_name (builder, "Object");
  json_builder_begin_array (builder);
  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = ids->pdata[i];
      JsonObject *object = kept != NULL && json_object_has_member (kept, id) &&
                           JSON_NODE_HOLDS_OBJECT (json_object_get_member (kept, id))
                             ? json_object_get_object_member (kept, id) : NULL;
      CordonFact *first = NULL;

      for (guint j = 0; first == NULL && j < facts->len; j++)
        {
          if (g_str_equal (cordon_fact_get_group (facts->pdata[j]), id))
            first = facts->pdata[j];
        }

      json_builder_begin_object (builder);
      add_member (builder, "uuid", id);
      add_member (builder, "name", cordon_fact_get_group_name (first)[0] != '\0' ? cordon_fact_get_group_name (first)
                                                                               : "misc");
      add_member (builder, "comment", cordon_fact_get_group_comment (first));
      if (object == NULL || !json_object_has_member (object, "meta-category"))
        add_member (builder, "meta-category", "misc");
      if (object == NULL || !json_object_has_member (object, "distribution"))
        add_member (builder, "distribution", "5");
      if (object != NULL)
        {
          g_autoptr(GList) members = json_object_get_members (object);

          for (GList *l = members; l != NULL; l = l->next)
            {
              json_builder_set_member_name (builder, l->data);
              json_builder_add_value (builder, json_node_copy (json_object_get_member (object, l->data)));
            }
        }
      add_attributes_of (builder, record, facts, id);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_galaxies (JsonBuilder *builder,
              GPtrArray   *facts)
{
  g_autoptr(GPtrArray) ids = group_ids (facts, TRUE);

  json_builder_set_member_name (builder, "Galaxy");
  json_builder_begin_array (builder);
  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = ids->pdata[i];
      gboolean begun = FALSE;

      for (guint j = 0; j < facts->len; j++)
        {
          CordonFact *fact = facts->pdata[j];
          const char *type = cordon_fact_get_origin_type (fact) + strlen (CORDON_MISP_GALAXY_PREFIX);
          const char * const *tags = cordon_fact_get_tags (fact);
          g_autofree char *made_tag = NULL;

          if (!is_galaxy_fact (fact) || !g_str_equal (cordon_fact_get_group (fact), id))
            continue;

          if (!begun)
            {
              json_builder_begin_object (builder);
              if (!g_str_equal (id, cordon_fact_get_origin_type (fact)))
                add_member (builder, "uuid", id);
              add_member (builder, "name", cordon_fact_get_group_name (fact));
              add_member (builder, "type", type);
              add_member (builder, "description", cordon_fact_get_group_comment (fact));
              json_builder_set_member_name (builder, "GalaxyCluster");
              json_builder_begin_array (builder);
              begun = TRUE;
            }

          if (tags[0] == NULL)
            made_tag = g_strdup_printf ("misp-galaxy:%s=\"%s\"", type, cordon_fact_get_value (fact));

          json_builder_begin_object (builder);
          if (cordon_fact_get_uuid (fact)[0] != '\0')
            add_member (builder, "uuid", cordon_fact_get_uuid (fact));
          add_member (builder, "type", type);
          add_member (builder, "value", cordon_fact_get_value (fact));
          add_member (builder, "tag_name", made_tag != NULL ? made_tag : tags[0]);
          add_member (builder, "description", cordon_fact_get_comment (fact));
          json_builder_end_object (builder);
        }

      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* Cordon's phases on MISP's analysis: 0 initial, 1 ongoing, 2 complete */
static gint64
analysis_for (CordonIncident *incident,
              JsonObject     *extras)
{
  CordonPhase phase = cordon_incident_get_phase (incident);
  gint64 analysis = phase == CORDON_PHASE_DETECTED ? 0 : phase >= CORDON_PHASE_LESSONS_LEARNED ? 2 : 1;
  gint64 kept = _cordon_json_int (extras, "analysis", -1);

  /* An import maps complete to the analysis phase: give back what it was */
  if (analysis == 1 && kept == 2 && phase == CORDON_PHASE_ANALYSIS)
    return kept;

  return analysis;
}

/* Severity ranks on MISP's threat levels: 1 high, 2 medium, 3 low, 4
 * undefined (which an import makes medium) */
static gint64
threat_level_for (CordonWorkspace *workspace,
                  CordonIncident  *incident,
                  JsonObject      *extras)
{
  guint rank = _cordon_interchange_severity_rank (workspace, cordon_incident_get_severity (incident));
  gint64 kept = _cordon_json_int (extras, "threat_level_id", -1);

  if (rank >= 2)
    return 1;
  if (rank == 0)
    return 3;

  return kept == 4 ? 4 : 2;
}

static void
add_event (JsonBuilder          *builder,
           CordonWorkspace      *workspace,
           CordonIncidentRecord *record)
{
  CordonIncident *incident = record->incident;
  JsonObject *extras = _cordon_interchange_find_extras (record, "misp");
  JsonNode *kept_tags = extras != NULL ? json_object_get_member (extras, "tags") : NULL;
  JsonNode *orgc = extras != NULL ? json_object_get_member (extras, "orgc") : NULL;
  g_auto(GStrv) event_tags = NULL;
  g_autoptr(GStrvBuilder) tags_builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GDateTime) detected = cordon_incident_dup_time (incident, CORDON_INCIDENT_TIME_DETECTED);
  g_autoptr(GDateTime) updated = cordon_incident_dup_time (incident, CORDON_INCIDENT_TIME_UPDATED);
  g_autofree char *date = NULL;
  g_autofree char *timestamp = NULL;
  g_autofree char *level = NULL;
  g_autofree char *analysis = NULL;
  g_autofree char *distribution = NULL;
  const char *uuid = _cordon_json_string (extras, "uuid");
  char made_uuid[37];

  if (uuid == NULL)
    {
      g_autofree char *seed = g_strdup_printf ("%s/misp-event", cordon_incident_get_key (incident));

      _cordon_interchange_uuid5 (seed, made_uuid);
      uuid = made_uuid;
    }

  for (guint i = 0; kept_tags != NULL && JSON_NODE_HOLDS_ARRAY (kept_tags) &&
                    i < json_array_get_length (json_node_get_array (kept_tags)); i++)
    {
      const char *name = _cordon_json_element_string (json_node_get_array (kept_tags), i);

      if (name != NULL)
        g_strv_builder_add (tags_builder, name);
    }
  event_tags = g_strv_builder_end (tags_builder);
  tags = tags_with_tlp ((const char * const *) event_tags, cordon_incident_get_tlp (incident), -1);

  date = detected != NULL ? g_date_time_format (detected, "%Y-%m-%d") : g_strdup ("1970-01-01");
  timestamp = g_strdup_printf ("%" G_GINT64_FORMAT, updated != NULL ? g_date_time_to_unix (updated) : 0);
  level = g_strdup_printf ("%" G_GINT64_FORMAT, threat_level_for (workspace, incident, extras));
  analysis = g_strdup_printf ("%" G_GINT64_FORMAT, analysis_for (incident, extras));
  distribution = g_strdup_printf ("%" G_GINT64_FORMAT, CLAMP (_cordon_json_int (extras, "distribution", 0), 0, 4));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "Event");
  json_builder_begin_object (builder);
  add_member (builder, "uuid", uuid);
  add_member (builder, "info", cordon_incident_get_title (incident));
  add_member (builder, "date", date);
  add_member (builder, "threat_level_id", level);
  add_member (builder, "analysis", analysis);
  add_member (builder, "distribution", distribution);
  json_builder_set_member_name (builder, "published");
  json_builder_add_boolean_value (builder, FALSE);
  add_member (builder, "timestamp", timestamp);
  if (orgc != NULL && JSON_NODE_HOLDS_OBJECT (orgc))
    {
      json_builder_set_member_name (builder, "Orgc");
      json_builder_add_value (builder, json_node_copy (orgc));
    }
  add_tags (builder, tags);
  add_attributes_of (builder, record, record->facts, "");
  add_objects (builder, record, record->facts, extras);
  add_galaxies (builder, record->facts);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

/**
 * _cordon_misp_export:
 *
 * Returns: one incident as {"Event": …}; several, or none, as a search
 *   result, {"response": [{"Event": …}, …]}
 */
JsonNode *
_cordon_misp_export (CordonWorkspace *workspace,
                     GPtrArray       *records)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  if (records->len == 1)
    {
      add_event (builder, workspace, records->pdata[0]);
      return json_builder_get_root (builder);
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "response");
  json_builder_begin_array (builder);
  for (guint i = 0; i < records->len; i++)
    add_event (builder, workspace, records->pdata[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
