/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-stix.c: STIX 2.1 bundles out, and STIX 2.0 or 2.1 bundles in.
 *
 * An export holds the TLP 2.0 marking definitions its objects name and
 * the extension definitions those and the incidents use, then per
 * incident: an incident object (with the OASIS incident-core extension's
 * determination, investigation status and criticality), a
 * cyber-observable object per fact that has one and an observed-data
 * object grouping them, an indicator per IOC fact, a note per fact STIX
 * has no observable for (logs, signatures, free text), and a
 * course-of-action per containment action with `mitigates` relationships
 * to the indicators. Every id is a version 5 UUID of the incident key and
 * the record's id in Cordon's namespace, so exporting twice gives the
 * same ids. An import takes a bundle or a single STIX object, and refuses
 * anything else; it reads incidents, indicators (their patterns' values
 * become IOC facts), observed data (2.1 references and 2.0 embedded
 * objects), the notes Cordon writes and courses of action; revoked and
 * deprecated objects are skipped, and references to objects the bundle
 * lacks are counted, not refused.
 */

#define G_LOG_DOMAIN "cordon-stix"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cordon-interchange-private.h"

#include "cordon-fact.h"
#include "cordon-incident.h"
#include "cordon-journal-entry.h"
#include "cordon-plan-action.h"
#include "cordon-time.h"

#define INCIDENT_CORE_EXTENSION "extension-definition--ef765651-680c-498d-9894-99799f2fa126"
#define TLP2_EXTENSION "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"

/* The TLP 2.0 marking definitions are fixed objects: their ids, names and
 * creation time are those published with the TLP 2.0 extension */
#define TLP2_CREATED "2022-10-01T00:00:00.000Z"

/* The TLP 2.0 marking definitions, in the order of CordonTlp */
static const char * const tlp_markings[] = {
  "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
  "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
  "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
  "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
  "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1",
};

/* TLP 1.0, as STIX 2.0 and 2.1 define them */
static const struct {
  const char *id;
  CordonTlp   tlp;
} tlp1_markings[] = {
  { "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9", CORDON_TLP_CLEAR },
  { "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da", CORDON_TLP_GREEN },
  { "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82", CORDON_TLP_AMBER },
  { "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed", CORDON_TLP_RED },
};

static const char *
string_member (JsonObject *object,
               const char *member)
{
  JsonNode *node = object ? json_object_get_member (object, member) : NULL;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/* Export --------------------------------------------------------------- */

static char *
stix_id (const char *type,
         const char *key,
         const char *what,
         gint64      id)
{
  g_autofree char *name = g_strdup_printf ("%s/%s/%" G_GINT64_FORMAT, key, what, id);
  char uuid[37];

  _cordon_interchange_uuid5 (name, uuid);

  return g_strdup_printf ("%s--%s", type, uuid);
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

static void
add_time (JsonBuilder *builder,
          const char  *member,
          gint64       usec)
{
  g_autofree char *text = _cordon_interchange_format_iso (usec);

  add_string (builder, member, text);
}

static void
begin_object (JsonBuilder *builder,
              const char  *type,
              const char  *id)
{
  json_builder_begin_object (builder);
  add_string (builder, "type", type);
  add_string (builder, "spec_version", "2.1");
  add_string (builder, "id", id);
}

static void
add_markings (JsonBuilder *builder,
              CordonTlp    tlp)
{
  json_builder_set_member_name (builder, "object_marking_refs");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, tlp_markings[tlp]);
  json_builder_end_array (builder);
}

static gboolean
is_hex (const char *value,
        gsize       length)
{
  if (strlen (value) != length)
    return FALSE;
  for (const char *p = value; *p != '\0'; p++)
    {
      if (!g_ascii_isxdigit (*p))
        return FALSE;
    }

  return TRUE;
}

static gboolean
all_in (const char *value,
        const char *allowed,
        gsize       min,
        gsize       max)
{
  gsize length = strlen (value);

  return length >= min && length <= max && strspn (value, allowed) == length;
}

#define ALNUM "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

/* The value a hashes entry holds: a TLSH digest as STIX writes it, without
 * the version prefix "T1" that newer TLSH tools put in front */
static const char *
hash_value (CordonFact *fact)
{
  const char *value = cordon_fact_get_value (fact);

  if (g_str_equal (cordon_fact_get_origin_type (fact), "tlsh") && strlen (value) == 72 &&
      g_str_has_prefix (value, "T1"))
    return value + 2;

  return value;
}

/* The hashes key of a hash fact: by the type it came with, else by its
 * length; NULL when neither tells, or the value is not what STIX allows
 * for the algorithm */
static const char *
hash_algorithm (CordonFact *fact)
{
  static const struct {
    const char *type;
    const char *key;
    gsize       hex;   /* the length in hex digits, or 0 */
  } known[] = {
    { "md5", "MD5", 32 }, { "sha1", "SHA-1", 40 }, { "sha224", "SHA-224", 56 }, { "sha256", "SHA-256", 64 },
    { "sha384", "SHA-384", 96 }, { "sha512", "SHA-512", 128 }, { "ssdeep", "SSDEEP", 0 }, { "tlsh", "TLSH", 0 },
    { "imphash", "IMPHASH", 32 }, { "authentihash", "AUTHENTIHASH", 64 },
  };
  const char *type = cordon_fact_get_origin_type (fact);
  const char *value = hash_value (fact);

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    {
      if (!g_str_equal (type, known[i].type))
        continue;
      if (known[i].hex > 0)
        return is_hex (value, known[i].hex) ? known[i].key : NULL;
      if (g_str_equal (type, "ssdeep"))
        return all_in (value, ALNUM "/+:.", 1, 128) ? known[i].key : NULL;
      return all_in (value, ALNUM, 70, 70) ? known[i].key : NULL;
    }

  if (is_hex (value, 32))
    return "MD5";
  if (is_hex (value, 40))
    return "SHA-1";
  if (is_hex (value, 64))
    return "SHA-256";
  if (is_hex (value, 128))
    return "SHA-512";

  return NULL;
}

/* The cyber-observable type and property for a fact, or FALSE for facts
 * (logs, signatures, free text) STIX has no observable for */
static gboolean
observable_for (CordonFact  *fact,
                const char **out_type,
                char       **out_property)
{
  const char *value = cordon_fact_get_value (fact);

  switch (cordon_fact_get_kind (fact))
    {
    case CORDON_FACT_KIND_IP:
      *out_type = strchr (value, ':') ? "ipv6-addr" : "ipv4-addr";
      *out_property = g_strdup ("value");
      return TRUE;
    case CORDON_FACT_KIND_DOMAIN:
    case CORDON_FACT_KIND_HOST:
      *out_type = "domain-name";
      *out_property = g_strdup ("value");
      return TRUE;
    case CORDON_FACT_KIND_URL:
      *out_type = "url";
      *out_property = g_strdup ("value");
      return TRUE;
    case CORDON_FACT_KIND_EMAIL:
      *out_type = "email-addr";
      *out_property = g_strdup ("value");
      return TRUE;
    case CORDON_FACT_KIND_USER:
      *out_type = "user-account";
      *out_property = g_strdup ("user_id");
      return TRUE;
    case CORDON_FACT_KIND_FILE:
      *out_type = "file";
      *out_property = g_strdup ("name");
      return TRUE;
    case CORDON_FACT_KIND_HASH:
      if (hash_algorithm (fact) == NULL)
        return FALSE;
      *out_type = "file";
      *out_property = g_strdup_printf ("hashes.'%s'", hash_algorithm (fact));
      return TRUE;
    case CORDON_FACT_KIND_LOG:
    case CORDON_FACT_KIND_SIGNATURE:
    case CORDON_FACT_KIND_OTHER:
    default:
      return FALSE;
    }
}

static char *
pattern_escape (const char *value)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
add_incident (JsonBuilder          *builder,
              CordonWorkspace      *workspace,
              CordonIncidentRecord *record)
{
  static const int criticality[] = { 25, 50, 75, 100 };
  CordonIncident *incident = record->incident;
  const char *key = cordon_incident_get_key (incident);
  g_autofree char *incident_id = stix_id ("incident", key, "incident", 0);
  g_autoptr(GPtrArray) indicator_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) observable_ids = g_ptr_array_new_with_free_func (g_free);
  gint64 created = cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_CREATED);
  gint64 updated = cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_UPDATED);
  gint64 first_seen = G_MAXINT64;
  gint64 last_seen = 0;
  CordonPhase phase = cordon_incident_get_phase (incident);
  CordonTlp tlp = cordon_incident_get_tlp (incident);

  if (updated < created)
    updated = created;

  begin_object (builder, "incident", incident_id);
  add_time (builder, "created", created);
  add_time (builder, "modified", updated);
  add_string (builder, "name", cordon_incident_get_title (incident));
  if (cordon_incident_get_summary (incident)[0] != '\0')
    add_string (builder, "description", cordon_incident_get_summary (incident));
  add_time (builder, "x_cordon_detected", cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_DETECTED));
  json_builder_set_member_name (builder, "labels");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, cordon_incident_get_category (incident));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "external_references");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  add_string (builder, "source_name", "cordon");
  add_string (builder, "external_id", key);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  add_markings (builder, tlp);
  json_builder_set_member_name (builder, "extensions");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, INCIDENT_CORE_EXTENSION);
  json_builder_begin_object (builder);
  add_string (builder, "extension_type", "property-extension");
  /* Detected is what someone reported; from classification on, the team
   * holds it for an incident */
  add_string (builder, "determination", phase == CORDON_PHASE_DETECTED ? "suspected" : "confirmed");
  add_string (builder, "investigation_status",
              phase == CORDON_PHASE_DETECTED ? "new" : phase == CORDON_PHASE_CLOSED ? "closed" : "open");
  json_builder_set_member_name (builder, "criticality");
  json_builder_add_int_value (builder,
                              criticality[_cordon_interchange_severity_rank (workspace,
                                                                             cordon_incident_get_severity (incident))]);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  for (guint i = 0; i < record->facts->len; i++)
    {
      CordonFact *fact = record->facts->pdata[i];
      gint64 fact_id = cordon_fact_get_id (fact);
      gint64 added = cordon_fact_get_added (fact) ? cordon_time_from_date_time (cordon_fact_get_added (fact)) : created;
      g_autofree char *property = NULL;
      const char *type = NULL;

      if (!observable_for (fact, &type, &property))
        {
          g_autofree char *id = stix_id ("note", key, "fact", fact_id);
          g_autofree char *abstract = NULL;
          const char *origin = cordon_fact_get_origin_type (fact);

          abstract = origin[0] != '\0'
                       ? g_strdup_printf ("%s (%s)", cordon_fact_kind_to_id (cordon_fact_get_kind (fact)), origin)
                       : g_strdup (cordon_fact_kind_to_id (cordon_fact_get_kind (fact)));
          begin_object (builder, "note", id);
          add_time (builder, "created", added);
          add_time (builder, "modified", added);
          add_string (builder, "abstract", abstract);
          add_string (builder, "content", cordon_fact_get_value (fact));
          json_builder_set_member_name (builder, "object_refs");
          json_builder_begin_array (builder);
          json_builder_add_string_value (builder, incident_id);
          json_builder_end_array (builder);
          add_string (builder, "x_cordon_kind", cordon_fact_kind_to_id (cordon_fact_get_kind (fact)));
          json_builder_set_member_name (builder, "x_cordon_ioc");
          json_builder_add_boolean_value (builder, cordon_fact_get_is_ioc (fact));
          if (cordon_fact_get_source (fact)[0] != '\0')
            add_string (builder, "x_cordon_source", cordon_fact_get_source (fact));
          add_markings (builder, cordon_fact_get_tlp (fact));
          json_builder_end_object (builder);
          continue;
        }

      first_seen = MIN (first_seen, added);
      last_seen = MAX (last_seen, added);

      {
        g_autofree char *id = stix_id (type, key, "fact", fact_id);

        json_builder_begin_object (builder);
        add_string (builder, "type", type);
        add_string (builder, "spec_version", "2.1");
        add_string (builder, "id", id);
        if (g_str_has_prefix (property, "hashes."))
          {
            json_builder_set_member_name (builder, "hashes");
            json_builder_begin_object (builder);
            add_string (builder, hash_algorithm (fact), hash_value (fact));
            json_builder_end_object (builder);
          }
        else
          add_string (builder, property, cordon_fact_get_value (fact));
        add_markings (builder, cordon_fact_get_tlp (fact));
        json_builder_end_object (builder);
        g_ptr_array_add (observable_ids, g_steal_pointer (&id));
      }

      if (cordon_fact_get_is_ioc (fact))
        {
          g_autofree char *id = stix_id ("indicator", key, "fact", fact_id);
          g_autofree char *escaped = pattern_escape (g_str_has_prefix (property, "hashes.") ? hash_value (fact)
                                                                                          : cordon_fact_get_value (fact));
          g_autofree char *pattern = g_strdup_printf ("[%s:%s = '%s']", type, property, escaped);
          g_autofree char *name = g_strdup_printf ("%s %s", cordon_fact_kind_to_id (cordon_fact_get_kind (fact)),
                                                   cordon_fact_get_value (fact));

          begin_object (builder, "indicator", id);
          add_time (builder, "created", added);
          add_time (builder, "modified", added);
          add_string (builder, "name", name);
          if (cordon_fact_get_source (fact)[0] != '\0')
            add_string (builder, "description", cordon_fact_get_source (fact));
          json_builder_set_member_name (builder, "indicator_types");
          json_builder_begin_array (builder);
          json_builder_add_string_value (builder, "malicious-activity");
          json_builder_end_array (builder);
          add_string (builder, "pattern", pattern);
          add_string (builder, "pattern_type", "stix");
          add_time (builder, "valid_from", added);
          add_markings (builder, cordon_fact_get_tlp (fact));
          json_builder_end_object (builder);
          g_ptr_array_add (indicator_ids, g_steal_pointer (&id));
        }
    }

  if (observable_ids->len > 0)
    {
      g_autofree char *id = stix_id ("observed-data", key, "observed", 0);

      begin_object (builder, "observed-data", id);
      add_time (builder, "created", created);
      add_time (builder, "modified", created);
      add_time (builder, "first_observed", first_seen);
      add_time (builder, "last_observed", last_seen);
      json_builder_set_member_name (builder, "number_observed");
      json_builder_add_int_value (builder, 1);
      json_builder_set_member_name (builder, "object_refs");
      json_builder_begin_array (builder);
      for (guint i = 0; i < observable_ids->len; i++)
        json_builder_add_string_value (builder, observable_ids->pdata[i]);
      json_builder_end_array (builder);
      add_markings (builder, tlp);
      json_builder_end_object (builder);

      {
        g_autofree char *relationship = stix_id ("relationship", key, "observed-relationship", 0);

        begin_object (builder, "relationship", relationship);
        add_time (builder, "created", created);
        add_time (builder, "modified", created);
        add_string (builder, "relationship_type", "related-to");
        add_string (builder, "source_ref", incident_id);
        add_string (builder, "target_ref", id);
        json_builder_end_object (builder);
      }
    }

  for (guint i = 0; i < indicator_ids->len; i++)
    {
      g_autofree char *relationship = stix_id ("relationship", key, "indicator-relationship", i);

      begin_object (builder, "relationship", relationship);
      add_time (builder, "created", created);
      add_time (builder, "modified", created);
      add_string (builder, "relationship_type", "related-to");
      add_string (builder, "source_ref", indicator_ids->pdata[i]);
      add_string (builder, "target_ref", incident_id);
      json_builder_end_object (builder);
    }

  for (guint i = 0; i < record->plan->len; i++)
    {
      CordonPlanAction *action = record->plan->pdata[i];
      gint64 action_id = cordon_plan_action_get_id (action);
      g_autofree char *id = stix_id ("course-of-action", key, "plan", action_id);
      const char *notes = cordon_plan_action_get_notes (action);

      begin_object (builder, "course-of-action", id);
      add_time (builder, "created", created);
      add_time (builder, "modified", created);
      add_string (builder, "name", cordon_plan_action_get_title (action));
      if (notes != NULL && notes[0] != '\0')
        add_string (builder, "description", notes);
      add_markings (builder, tlp);
      json_builder_end_object (builder);

      /* A containment action mitigates what the indicators detect; with
       * none, it is at least tied to the incident */
      for (guint j = 0; j < MAX (indicator_ids->len, 1); j++)
        {
          g_autofree char *what = g_strdup_printf ("plan-%" G_GINT64_FORMAT "-relationship", action_id);
          g_autofree char *relationship = stix_id ("relationship", key, what, j);

          begin_object (builder, "relationship", relationship);
          add_time (builder, "created", created);
          add_time (builder, "modified", created);
          add_string (builder, "relationship_type", indicator_ids->len > 0 ? "mitigates" : "related-to");
          add_string (builder, "source_ref", id);
          add_string (builder, "target_ref", indicator_ids->len > 0 ? indicator_ids->pdata[j] : incident_id);
          json_builder_end_object (builder);
        }
    }
}

static void
add_extension_definition (JsonBuilder *builder,
                          const char  *id,
                          const char  *name,
                          const char  *description,
                          const char  *schema,
                          const char  *version,
                          const char  *created)
{
  json_builder_begin_object (builder);
  add_string (builder, "type", "extension-definition");
  add_string (builder, "spec_version", "2.1");
  add_string (builder, "id", id);
  add_string (builder, "created", created);
  add_string (builder, "modified", created);
  add_string (builder, "name", name);
  add_string (builder, "description", description);
  add_string (builder, "schema", schema);
  add_string (builder, "version", version);
  json_builder_set_member_name (builder, "extension_types");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, "property-extension");
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* The definitions the objects of @records refer to: the TLP 2.0 marking
 * of every level they use, and the extensions those markings and the
 * incidents are written with */
static void
add_definitions (JsonBuilder *builder,
                 GPtrArray   *records)
{
  static const char * const names[] = { "TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED" };
  gboolean used[G_N_ELEMENTS (tlp_markings)] = { FALSE };
  gboolean any = FALSE;

  G_STATIC_ASSERT (G_N_ELEMENTS (names) == G_N_ELEMENTS (tlp_markings));

  for (guint i = 0; i < records->len; i++)
    {
      CordonIncidentRecord *record = records->pdata[i];

      used[cordon_incident_get_tlp (record->incident)] = TRUE;
      for (guint j = 0; j < record->facts->len; j++)
        used[cordon_fact_get_tlp (record->facts->pdata[j])] = TRUE;
    }

  for (guint tlp = 0; tlp < G_N_ELEMENTS (tlp_markings); tlp++)
    {
      if (!used[tlp])
        continue;

      json_builder_begin_object (builder);
      add_string (builder, "type", "marking-definition");
      add_string (builder, "spec_version", "2.1");
      add_string (builder, "id", tlp_markings[tlp]);
      add_string (builder, "created", TLP2_CREATED);
      add_string (builder, "name", names[tlp]);
      json_builder_set_member_name (builder, "extensions");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, TLP2_EXTENSION);
      json_builder_begin_object (builder);
      add_string (builder, "extension_type", "property-extension");
      add_string (builder, "tlp_2_0", cordon_tlp_to_id (tlp));
      json_builder_end_object (builder);
      json_builder_end_object (builder);
      json_builder_end_object (builder);
      any = TRUE;
    }

  if (any)
    add_extension_definition (builder, TLP2_EXTENSION, "TLP 2.0",
                              "Traffic Light Protocol 2.0 marking definitions",
                              "https://www.first.org/tlp/", "1.0.0", TLP2_CREATED);
  if (records->len > 0)
    add_extension_definition (builder, INCIDENT_CORE_EXTENSION, "Incident Core Extension",
                              "The core properties of an incident: determination, investigation status, criticality",
                              "https://github.com/oasis-open/cti-stix-common-objects/tree/main/extension-definition-specifications/incident-core",
                              "1.0.0", "2022-08-01T00:00:00.000Z");
}

JsonNode *
_cordon_stix_export (CordonWorkspace *workspace,
                     GPtrArray       *records)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(GString) keys = g_string_new ("bundle");
  char uuid[37];

  for (guint i = 0; i < records->len; i++)
    {
      CordonIncidentRecord *record = records->pdata[i];

      g_string_append_printf (keys, "/%s", cordon_incident_get_key (record->incident));
    }
  _cordon_interchange_uuid5 (keys->str, uuid);

  json_builder_begin_object (builder);
  add_string (builder, "type", "bundle");
  json_builder_set_member_name (builder, "id");
  {
    g_autofree char *id = g_strconcat ("bundle--", uuid, NULL);

    json_builder_add_string_value (builder, id);
  }
  json_builder_set_member_name (builder, "objects");
  json_builder_begin_array (builder);
  add_definitions (builder, records);
  for (guint i = 0; i < records->len; i++)
    add_incident (builder, workspace, records->pdata[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* Import --------------------------------------------------------------- */

typedef struct
{
  CordonInterchangeImport *ctx;
  GHashTable              *objects;   /* id → JsonObject */
  GHashTable              *paths;     /* id → "$.objects[N]" */
  GPtrArray               *order;     /* ids in file order */
  guint                    n_dangling;
} Bundle;

static CordonFactKind
kind_for_observable (const char *type,
                     const char *property)
{
  if (g_str_equal (type, "ipv4-addr") || g_str_equal (type, "ipv6-addr"))
    return CORDON_FACT_KIND_IP;
  if (g_str_equal (type, "domain-name"))
    return CORDON_FACT_KIND_DOMAIN;
  if (g_str_equal (type, "url"))
    return CORDON_FACT_KIND_URL;
  if (g_str_equal (type, "email-addr") || g_str_has_prefix (type, "email-message"))
    return CORDON_FACT_KIND_EMAIL;
  if (g_str_equal (type, "user-account"))
    return CORDON_FACT_KIND_USER;
  if (g_str_equal (type, "file"))
    return property != NULL && g_str_has_prefix (property, "hashes") ? CORDON_FACT_KIND_HASH : CORDON_FACT_KIND_FILE;
  return CORDON_FACT_KIND_OTHER;
}

static void
add_fact (CordonIncidentRecord *record,
          CordonFactKind        kind,
          const char           *value,
          gboolean              ioc,
          const char           *source)
{
  CordonFact *fact;

  if (value == NULL || value[0] == '\0')
    return;

  fact = cordon_fact_new ();
  cordon_fact_set_kind (fact, kind);
  cordon_fact_set_value (fact, value);
  cordon_fact_set_is_ioc (fact, ioc);
  cordon_fact_set_tlp (fact, cordon_incident_get_tlp (record->incident));
  cordon_fact_set_source (fact, source);
  g_ptr_array_add (record->facts, fact);
}

/* The values of the comparisons in a STIX pattern: each
 * "object-type:property = 'value'" gives one fact. */
static void
facts_from_pattern (CordonIncidentRecord *record,
                    const char           *pattern,
                    const char           *source)
{
  const char *p = pattern;
  guint found = 0;

  while ((p = strchr (p, '\'')) != NULL)
    {
      g_autoptr(GString) value = g_string_new (NULL);
      g_autofree char *type = NULL;
      g_autofree char *property = NULL;
      const char *end = p;
      const char *start;
      const char *colon;
      gboolean is_value;

      /* A value follows an operator; a quoted part of a path such as
       * hashes.'SHA-256' does not */
      while (end > pattern && end[-1] == ' ')
        end--;
      is_value = end > pattern && end[-1] == '=';
      while (end > pattern && (end[-1] == ' ' || end[-1] == '=' || end[-1] == '!'))
        end--;
      start = end;
      while (start > pattern && start[-1] != '[' && start[-1] != ' ' && start[-1] != '(')
        start--;
      colon = memchr (start, ':', end - start);

      p++;
      while (*p != '\0' && *p != '\'')
        {
          if (*p == '\\' && p[1] != '\0')
            p++;
          g_string_append_c (value, *p++);
        }
      if (*p == '\0')
        break;
      p++;

      if (!is_value || colon == NULL)
        continue;

      type = g_strndup (start, colon - start);
      property = g_strndup (colon + 1, end - colon - 1);
      add_fact (record, kind_for_observable (type, property), value->str, TRUE, source);
      found++;
    }

  if (found == 0)
    add_fact (record, CORDON_FACT_KIND_SIGNATURE, pattern, TRUE, source);
}

static void
facts_from_observable (CordonIncidentRecord *record,
                       JsonObject           *object,
                       const char           *source)
{
  const char *type = string_member (object, "type");
  JsonNode *hashes;

  if (type == NULL)
    return;

  hashes = json_object_get_member (object, "hashes");
  if (hashes != NULL && JSON_NODE_HOLDS_OBJECT (hashes))
    {
      g_autoptr(GList) members = json_object_get_members (json_node_get_object (hashes));

      for (GList *l = members; l != NULL; l = l->next)
        add_fact (record, CORDON_FACT_KIND_HASH, string_member (json_node_get_object (hashes), l->data), FALSE, source);
    }

  add_fact (record, kind_for_observable (type, NULL),
            string_member (object, "value") ? string_member (object, "value")
            : string_member (object, "name") ? string_member (object, "name")
            : string_member (object, "user_id"),
            FALSE, source);
}

static gboolean
skipped (JsonObject *object)
{
  JsonNode *revoked = json_object_get_member (object, "revoked");
  JsonNode *deprecated = json_object_get_member (object, "x_mitre_deprecated");

  return (revoked != NULL && JSON_NODE_HOLDS_VALUE (revoked) &&
          json_node_get_value_type (revoked) == G_TYPE_BOOLEAN && json_node_get_boolean (revoked)) ||
         (deprecated != NULL && JSON_NODE_HOLDS_VALUE (deprecated) &&
          json_node_get_value_type (deprecated) == G_TYPE_BOOLEAN && json_node_get_boolean (deprecated));
}

/* Adds what @object tells to @record */
static gboolean
apply_object (Bundle                *bundle,
              CordonIncidentRecord  *record,
              JsonObject            *object,
              const char            *path,
              GError               **error)
{
  CordonInterchangeImport *ctx = bundle->ctx;
  const char *type = string_member (object, "type");
  const char *name = string_member (object, "name");
  g_autofree char *source = g_strdup_printf (_("STIX %s %s"), type, name ? name : string_member (object, "id"));

  if (g_str_equal (type, "indicator"))
    {
      const char *pattern = NULL;

      if (!_cordon_ix_string (ctx, object, path, "pattern", TRUE, &pattern, error))
        return FALSE;
      facts_from_pattern (record, pattern, source);
    }
  else if (g_str_equal (type, "observed-data"))
    {
      JsonArray *refs = NULL;
      JsonObject *embedded = NULL;

      if (!_cordon_ix_array (ctx, object, path, "object_refs", FALSE, &refs, error) ||
          !_cordon_ix_object (ctx, object, path, "objects", FALSE, &embedded, error))
        return FALSE;

      for (guint i = 0; refs != NULL && i < json_array_get_length (refs); i++)
        {
          JsonNode *ref = json_array_get_element (refs, i);
          JsonObject *target;

          if (!JSON_NODE_HOLDS_VALUE (ref) || json_node_get_value_type (ref) != G_TYPE_STRING)
            return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path,
                                             _("object_refs[%u]: expected an id, found %s"), i,
                                             cordon_json_node_type_name (ref));
          target = g_hash_table_lookup (bundle->objects, json_node_get_string (ref));
          if (target == NULL)
            bundle->n_dangling++;
          else
            facts_from_observable (record, target, source);
        }

      /* STIX 2.0: the observables are inside, keyed "0", "1", … */
      if (embedded != NULL)
        {
          g_autoptr(GList) members = json_object_get_members (embedded);

          for (GList *l = members; l != NULL; l = l->next)
            {
              JsonNode *node = json_object_get_member (embedded, l->data);

              if (JSON_NODE_HOLDS_OBJECT (node))
                facts_from_observable (record, json_node_get_object (node), source);
            }
        }
    }
  else if (g_str_equal (type, "note") && string_member (object, "x_cordon_kind") != NULL)
    {
      CordonFactKind kind = CORDON_FACT_KIND_OTHER;
      const char *content = NULL;
      gboolean ioc = FALSE;

      if (!_cordon_ix_string (ctx, object, path, "content", TRUE, &content, error) ||
          !_cordon_ix_bool (ctx, object, path, "x_cordon_ioc", &ioc, error))
        return FALSE;
      cordon_fact_kind_from_id (string_member (object, "x_cordon_kind"), &kind);
      add_fact (record, kind, content, ioc,
                string_member (object, "x_cordon_source") ? string_member (object, "x_cordon_source") : source);
    }
  else if (g_str_equal (type, "course-of-action"))
    {
      g_autoptr(CordonPlanAction) action = cordon_plan_action_new ();
      const char *description = string_member (object, "description");
      g_autofree char *notes = _cordon_interchange_clip (description ? description : "", 64 * 1024);

      cordon_plan_action_set_title (action, name ? name : string_member (object, "id"));
      cordon_plan_action_set_notes (action, notes);
      g_ptr_array_add (record->plan, g_steal_pointer (&action));
      g_ptr_array_add (record->checks, g_ptr_array_new_with_free_func (g_object_unref));
    }

  return TRUE;
}

static void
read_incident (Bundle               *bundle,
               CordonIncidentRecord *record,
               JsonObject           *object)
{
  CordonInterchangeImport *ctx = bundle->ctx;
  CordonIncident *incident = record->incident;
  const char *name = string_member (object, "name");
  const char *description = string_member (object, "description");
  JsonNode *markings = json_object_get_member (object, "object_marking_refs");
  JsonNode *extensions = json_object_get_member (object, "extensions");
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  const char *created = string_member (object, "x_cordon_detected") ? string_member (object, "x_cordon_detected")
                                                                     : string_member (object, "created");
  JsonNode *labels = json_object_get_member (object, "labels");
  g_autoptr(GDateTime) time = created ? g_date_time_new_from_iso8601 (created, utc) : NULL;

  cordon_incident_set_title (incident, name ? name : string_member (object, "id"));
  cordon_incident_set_summary (incident, description ? description : "");
  if (time != NULL && g_date_time_get_year (time) >= 1970)
    cordon_incident_set_time (incident, CORDON_INCIDENT_TIME_DETECTED, time);

  /* Cordon writes the category as the first label */
  if (labels != NULL && JSON_NODE_HOLDS_ARRAY (labels))
    {
      JsonArray *array = json_node_get_array (labels);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          const char *label = _cordon_json_element_string (array, i);

          if (label != NULL && g_str_equal (_cordon_interchange_category (ctx, label), label))
            {
              cordon_incident_set_category (incident, label);
              break;
            }
        }
    }

  if (markings != NULL && JSON_NODE_HOLDS_ARRAY (markings))
    {
      JsonArray *array = json_node_get_array (markings);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          const char *ref = _cordon_json_element_string (array, i);

          for (guint j = 0; ref != NULL && j < G_N_ELEMENTS (tlp_markings); j++)
            if (g_str_equal (ref, tlp_markings[j]))
              cordon_incident_set_tlp (incident, j);
          for (guint j = 0; ref != NULL && j < G_N_ELEMENTS (tlp1_markings); j++)
            if (g_str_equal (ref, tlp1_markings[j].id))
              cordon_incident_set_tlp (incident, tlp1_markings[j].tlp);
        }
    }

  if (extensions != NULL && JSON_NODE_HOLDS_OBJECT (extensions))
    {
      JsonNode *core = json_object_get_member (json_node_get_object (extensions), INCIDENT_CORE_EXTENSION);

      if (core != NULL && JSON_NODE_HOLDS_OBJECT (core))
        {
          JsonObject *extension = json_node_get_object (core);
          const char *status = string_member (extension, "investigation_status");
          JsonNode *criticality = json_object_get_member (extension, "criticality");

          if (g_strcmp0 (status, "open") == 0)
            cordon_incident_set_phase (incident, CORDON_PHASE_ANALYSIS);
          else if (g_strcmp0 (status, "closed") == 0)
            cordon_incident_set_phase (incident, CORDON_PHASE_CLOSED);

          if (criticality != NULL && JSON_NODE_HOLDS_VALUE (criticality) &&
              json_node_get_value_type (criticality) == G_TYPE_INT64)
            {
              gint64 value = CLAMP (json_node_get_int (criticality), 0, 100);

              cordon_incident_set_severity (incident, _cordon_interchange_severity (ctx, value <= 25 ? 0 : value <= 50 ? 1 : value <= 75 ? 2 : 3));
            }
        }
    }

  if (cordon_incident_get_phase (incident) != CORDON_PHASE_DETECTED)
    cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED,
                                   cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_DETECTED));
  if (cordon_incident_get_phase (incident) == CORDON_PHASE_CLOSED)
    cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_CLOSED,
                                   cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_DETECTED));
}

static CordonIncidentRecord *
new_record (CordonInterchangeImport *ctx,
            gint64                   earliest)
{
  CordonIncidentRecord *record = cordon_incident_record_new ();

  cordon_incident_set_category (record->incident, _cordon_interchange_category (ctx, NULL));
  cordon_incident_set_severity (record->incident, _cordon_interchange_severity (ctx, 1));
  cordon_incident_set_time_usec (record->incident, CORDON_INCIDENT_TIME_DETECTED, earliest);

  return record;
}

gboolean
_cordon_stix_import (CordonInterchangeImport  *ctx,
                     JsonObject               *root,
                     GError                  **error)
{
  g_autoptr(GHashTable) objects = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) paths = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) owner = g_hash_table_new (g_str_hash, g_str_equal);   /* id → record */
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) cordon_incident_record_free);
  g_autoptr(GPtrArray) incident_ids = g_ptr_array_new ();
  Bundle bundle = { ctx, objects, paths, order, 0 };
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  const char *bundle_id = NULL;
  const char *spec = NULL;
  JsonArray *array = NULL;
  gint64 earliest = 0;

  const char *root_type = string_member (root, "type");
  g_autoptr(JsonArray) single = NULL;

  /* A bundle, or one STIX object on its own; anything else is not STIX,
   * and importing it would only make an empty incident */
  if (root_type == NULL)
    return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, "$",
                                     _("not STIX: no type (a STIX bundle has the type “bundle”, a STIX "
                                       "object its own type and an id “<type>--<uuid>”)"));

  if (!g_str_equal (root_type, "bundle"))
    {
      const char *id = string_member (root, "id");

      if (id == NULL || !g_str_has_prefix (id, root_type) || !g_str_has_prefix (id + strlen (root_type), "--"))
        return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, "$",
                                         _("not STIX: the type is “%s”, not “bundle”, and there is no STIX id "
                                           "“%s--<uuid>”"), root_type, root_type);
      single = json_array_new ();
      json_array_add_object_element (single, json_object_ref (root));
      array = single;
    }
  else if (!_cordon_ix_string (ctx, root, "$", "id", FALSE, &bundle_id, error) ||
           !_cordon_ix_string (ctx, root, "$", "spec_version", FALSE, &spec, error) ||
           !_cordon_ix_array (ctx, root, "$", "objects", FALSE, &array, error))
    return FALSE;

  if (array == NULL || json_array_get_length (array) == 0)
    return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, "$",
                                     _("nothing to import: the STIX bundle has no objects"));

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = single != NULL ? g_strdup ("$") : g_strdup_printf ("$.objects[%u]", i);
      JsonObject *object;
      JsonObject *previous;
      const char *type = NULL;
      const char *id = NULL;
      const char *modified = NULL;

      if (!_cordon_ix_element_object (ctx, array, i, where, &object, error) ||
          !_cordon_ix_string (ctx, object, where, "type", TRUE, &type, error) ||
          !_cordon_ix_string (ctx, object, where, "id", TRUE, &id, error) ||
          !_cordon_ix_string (ctx, object, where, "modified", FALSE, &modified, error))
        return FALSE;

      if (spec == NULL)
        spec = string_member (object, "spec_version");

      /* The bundle's earliest object dates an incident that has no date */
      if (string_member (object, "created") != NULL)
        {
          g_autoptr(GDateTime) created = g_date_time_new_from_iso8601 (string_member (object, "created"), utc);

          if (created != NULL && g_date_time_get_year (created) >= 1970 &&
              (earliest == 0 || g_date_time_to_unix (created) * G_USEC_PER_SEC < earliest))
            earliest = g_date_time_to_unix (created) * G_USEC_PER_SEC;
        }

      if (!g_str_has_prefix (id, type) || id[strlen (type)] != '-' || id[strlen (type) + 1] != '-')
        return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, where,
                                         _("id: “%s” is not an id of a %s object"), id, type);

      /* Versions of one object share the id; the same version twice is a fault */
      previous = g_hash_table_lookup (objects, id);
      if (previous != NULL)
        {
          const char *previous_modified = string_member (previous, "modified");

          if (g_strcmp0 (previous_modified, modified) == 0)
            return _cordon_interchange_fail (error, CORDON_IO_ERROR_DUPLICATE, ctx->name, where,
                                             _("id: %s appears twice (first at %s)"), id,
                                             (const char *) g_hash_table_lookup (paths, id));
          if (g_strcmp0 (previous_modified, modified) > 0)
            continue;
        }
      else
        g_ptr_array_add (order, (gpointer) id);

      g_hash_table_insert (objects, (gpointer) id, object);
      g_hash_table_insert (paths, (gpointer) id, g_steal_pointer (&where));
    }

  /* One Cordon incident per incident object; with none, the bundle is one */
  for (guint i = 0; i < order->len; i++)
    {
      JsonObject *object = g_hash_table_lookup (objects, order->pdata[i]);

      if (g_str_equal (string_member (object, "type"), "incident") && !skipped (object))
        {
          CordonIncidentRecord *record = new_record (ctx, earliest);

          read_incident (&bundle, record, object);
          g_ptr_array_add (records, record);
          g_ptr_array_add (incident_ids, order->pdata[i]);
          g_hash_table_insert (owner, order->pdata[i], record);
        }
    }
  if (records->len == 0)
    {
      CordonIncidentRecord *record = new_record (ctx, earliest);
      g_autofree char *title = g_strdup_printf (_("STIX bundle %s"), bundle_id ? bundle_id : ctx->name);

      cordon_incident_set_title (record->incident, title);
      g_ptr_array_add (records, record);
    }

  /* Relationships tie objects to incidents; dangling ones are counted */
  for (guint i = 0; i < order->len; i++)
    {
      JsonObject *object = g_hash_table_lookup (objects, order->pdata[i]);
      const char *source_ref = string_member (object, "source_ref");
      const char *target_ref = string_member (object, "target_ref");

      if (!g_str_equal (string_member (object, "type"), "relationship"))
        continue;
      if (source_ref == NULL || target_ref == NULL)
        return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name,
                                         (const char *) g_hash_table_lookup (paths, order->pdata[i]),
                                         _("a relationship needs source_ref and target_ref strings"));
      if (!g_hash_table_contains (objects, source_ref))
        bundle.n_dangling++;
      if (!g_hash_table_contains (objects, target_ref))
        bundle.n_dangling++;

      if (g_hash_table_contains (owner, target_ref) && g_hash_table_contains (objects, source_ref) &&
          !g_hash_table_contains (owner, source_ref))
        g_hash_table_insert (owner, (gpointer) source_ref, g_hash_table_lookup (owner, target_ref));
      else if (g_hash_table_contains (owner, source_ref) && g_hash_table_contains (objects, target_ref) &&
               !g_hash_table_contains (owner, target_ref))
        g_hash_table_insert (owner, (gpointer) target_ref, g_hash_table_lookup (owner, source_ref));
    }

  for (guint i = 0; i < order->len; i++)
    {
      JsonObject *object = g_hash_table_lookup (objects, order->pdata[i]);
      CordonIncidentRecord *record = g_hash_table_lookup (owner, order->pdata[i]);

      if (skipped (object))
        continue;
      if (record == NULL)
        record = records->pdata[0];
      if (!apply_object (&bundle, record, object, g_hash_table_lookup (paths, order->pdata[i]), error))
        return FALSE;
    }

  for (guint i = 0; i < records->len; i++)
    {
      CordonIncidentRecord *record = records->pdata[i];
      g_autoptr(JsonBuilder) extras = json_builder_new ();
      g_autoptr(JsonNode) payload = NULL;
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *where = NULL;

      g_string_printf (text, _("Imported from STIX bundle %s, version %s (%s)"),
                       bundle_id ? bundle_id : _("without an id"), spec ? spec : "2.0", ctx->name);
      if (bundle.n_dangling > 0)
        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                   "; %u reference points at an object not in the bundle",
                                                   "; %u references point at objects not in the bundle",
                                                   bundle.n_dangling), bundle.n_dangling);

      json_builder_begin_object (extras);
      json_builder_set_member_name (extras, CORDON_INTERCHANGE_PAYLOAD_MEMBER);
      json_builder_begin_object (extras);
      json_builder_set_member_name (extras, "format");
      json_builder_add_string_value (extras, "stix");
      if (i < incident_ids->len)
        {
          json_builder_set_member_name (extras, "id");
          json_builder_add_string_value (extras, incident_ids->pdata[i]);
        }
      json_builder_set_member_name (extras, "dangling_references");
      json_builder_add_int_value (extras, bundle.n_dangling);
      json_builder_end_object (extras);
      json_builder_end_object (extras);
      payload = json_builder_get_root (extras);

      g_ptr_array_add (record->journal,
                       _cordon_interchange_note (cordon_incident_get_time (record->incident, CORDON_INCIDENT_TIME_DETECTED),
                                                 CORDON_JOURNAL_KIND_NOTE, "STIX", text->str, payload));

      where = i < incident_ids->len ? g_strdup (g_hash_table_lookup (paths, incident_ids->pdata[i])) : g_strdup ("$");
      if (!_cordon_interchange_store (ctx, record, i < incident_ids->len ? incident_ids->pdata[i] : bundle_id, where, error))
        return FALSE;
    }

  return TRUE;
}
