/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-veris-import.c: VERIS incident records in, as closed incidents.
 *
 * The category comes from the record's actions through the table shared
 * with the scenario converter (cordon-veris-map.c), refined by its
 * attributes: a denial of service against availability, or a confirmed
 * disclosure, say more than the action does. The severity follows the
 * impact rating, or the records disclosed. The timeline (incident date,
 * time to compromise, exfiltration, discovery and containment), the
 * discovery method, actions, actors, assets and attributes go into the
 * journal. Records in the wild are untidy: the import is tolerant, and
 * what is missing, empty, repeated or unrecognised is named as a defect
 * in the journal entry that records the import.
 */

#define G_LOG_DOMAIN "cordon-veris"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cordon-interchange-private.h"
#include "cordon-veris-map.h"

#include "cordon-fact.h"
#include "cordon-incident.h"
#include "cordon-journal-entry.h"
#include "cordon-time.h"

typedef struct
{
  GPtrArray *defects;
} Checker;

static void G_GNUC_PRINTF (2, 3)
defect (Checker    *checker,
        const char *format,
        ...)
{
  va_list args;

  if (checker->defects->len >= 50)
    return;

  va_start (args, format);
  g_ptr_array_add (checker->defects, g_strdup_vprintf (format, args));
  va_end (args);
}

/* Empty strings, arrays and objects, and repeated array elements,
 * anywhere in the record */
static void
check_node (Checker    *checker,
            JsonNode   *node,
            const char *path,
            guint       depth)
{
  if (depth > 16)
    return;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      /* action.Unknown = {} is how VERIS says "we don't know" */
      if (members == NULL && depth > 0 && !g_str_has_suffix (path, ".Unknown") && !g_str_has_suffix (path, ".unknown"))
        defect (checker, _("%s: empty"), path);
      for (GList *l = members; l != NULL; l = l->next)
        {
          g_autofree char *where = g_strdup_printf ("%s.%s", path, (const char *) l->data);

          /* plus is free for each organisation's own use */
          if (depth == 0 && g_str_equal (l->data, "plus"))
            continue;
          check_node (checker, json_object_get_member (object, l->data), where, depth + 1);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      if (json_array_get_length (array) == 0)
        defect (checker, _("%s: empty"), path);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          g_autofree char *where = g_strdup_printf ("%s[%u]", path, i);

          if (JSON_NODE_HOLDS_VALUE (element) && json_node_get_value_type (element) == G_TYPE_STRING)
            {
              const char *text = json_node_get_string (element);

              if (g_hash_table_contains (seen, text))
                defect (checker, _("%s: “%s” repeated"), where, text);
              else
                g_hash_table_add (seen, g_strdup (text));
            }
          check_node (checker, element, where, depth + 1);
        }
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
           json_node_get_string (node)[0] == '\0')
    {
      defect (checker, _("%s: empty"), path);
    }
}

static void
check_members (Checker            *checker,
               JsonObject         *object,
               const char         *path,
               const char * const *known)
{
  g_autoptr(GList) members = NULL;

  if (object == NULL)
    return;

  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      if (!g_strv_contains (known, l->data))
        defect (checker, _("%s.%s: not a VERIS member"), path, (const char *) l->data);
    }
}

static void
check_required (Checker    *checker,
                JsonObject *object,
                const char *path,
                const char *member)
{
  if (object != NULL && !json_object_has_member (object, member))
    defect (checker, _("%s.%s: missing"), path, member);
}

static void
check_record (Checker    *checker,
              JsonObject *record)
{
  static const char * const root_members[] = {
    "action", "actor", "asset", "attribute", "campaign_id", "confidence", "control_failure",
    "corrective_action", "cost_corrective_action", "discovery_method", "discovery_notes", "impact",
    "incident_id", "ioc", "notes", "plus", "reference", "related_incidents", "schema_name",
    "schema_version", "security_incident", "source_id", "summary", "targeted", "timeline", "victim",
    "value_chain", "pattern", "analysis_status", NULL,
  };
  static const char * const actor_members[] = { "external", "internal", "partner", "unknown", "Unknown", NULL };
  static const char * const attribute_members[] = { "confidentiality", "integrity", "availability", NULL };
  static const char * const timeline_members[] = {
    "incident", "compromise", "exfiltration", "discovery", "containment", "investigation", NULL,
  };
  static const char * const incident_time_members[] = { "year", "month", "day", "time", NULL };
  static const char * const duration_members[] = { "unit", "value", NULL };
  static const char * const duration_units[] = {
    "Seconds", "Minutes", "Hours", "Days", "Weeks", "Months", "Years", "Never", "NA", "Unknown", NULL,
  };
  g_autoptr(JsonNode) root = json_node_init_object (json_node_alloc (), record);
  g_autofree char *schema = cordon_veris_get_text (record, "schema_version");
  JsonObject *action = cordon_veris_get_object (record, "action");
  JsonObject *timeline = cordon_veris_get_object (record, "timeline");
  JsonObject *incident_time = cordon_veris_get_object (timeline, "incident");
  gdouble number;

  check_node (checker, root, "$", 0);
  check_members (checker, record, "$", root_members);

  for (guint i = 0; root_members[i] != NULL; i++)
    {
      static const char * const required[] = {
        "action", "actor", "asset", "discovery_method", "incident_id",
        "schema_version", "security_incident", "timeline", NULL,
      };

      if (g_strv_contains (required, root_members[i]))
        check_required (checker, record, "$", root_members[i]);
    }

  if (action != NULL)
    {
      g_autoptr(GList) members = json_object_get_members (action);

      for (GList *l = members; l != NULL; l = l->next)
        {
          gboolean known = FALSE;
          JsonObject *object = cordon_veris_get_object (action, l->data);
          g_autofree char *where = g_strdup_printf ("$.action.%s", (const char *) l->data);

          for (guint i = 0; i < CORDON_VERIS_N_ACTIONS; i++)
            known |= g_ascii_strcasecmp (cordon_veris_actions[i].veris, l->data) == 0;
          if (!known)
            defect (checker, _("$.action.%s: not a VERIS action"), (const char *) l->data);
          else if (object == NULL)
            defect (checker, _("%s: expected an object"), where);
          else if (g_ascii_strcasecmp (l->data, "unknown") != 0)
            check_required (checker, object, where, "variety");
        }
    }
  else if (json_object_has_member (record, "action"))
    defect (checker, _("$.action: expected an object"));

  check_members (checker, cordon_veris_get_object (record, "actor"), "$.actor", actor_members);
  check_members (checker, cordon_veris_get_object (record, "attribute"), "$.attribute", attribute_members);
  check_members (checker, timeline, "$.timeline", timeline_members);
  check_required (checker, timeline, "$.timeline", "incident");
  check_members (checker, incident_time, "$.timeline.incident", incident_time_members);
  check_required (checker, incident_time, "$.timeline.incident", "year");

  if (cordon_veris_get_number (incident_time, "year", &number) && (number < 1950 || number > 2100))
    defect (checker, _("$.timeline.incident.year: %.0f is out of range"), number);
  if (cordon_veris_get_number (incident_time, "month", &number) && (number < 1 || number > 12))
    defect (checker, _("$.timeline.incident.month: %.0f is out of range"), number);
  if (cordon_veris_get_number (incident_time, "day", &number) && (number < 1 || number > 31))
    defect (checker, _("$.timeline.incident.day: %.0f is out of range"), number);

  for (guint i = 1; timeline_members[i] != NULL; i++)
    {
      JsonObject *stage = cordon_veris_get_object (timeline, timeline_members[i]);
      g_autofree char *where = g_strdup_printf ("$.timeline.%s", timeline_members[i]);
      g_autofree char *unit = cordon_veris_get_text (stage, "unit");

      check_members (checker, stage, where, duration_members);
      if (unit != NULL && !g_strv_contains (duration_units, unit))
        defect (checker, _("%s.unit: “%s” is not a VERIS unit"), where, unit);
    }

  {
    JsonObject *confidentiality = cordon_veris_get_object (cordon_veris_get_object (record, "attribute"),
                                                           "confidentiality");

    check_required (checker, confidentiality, "$.attribute.confidentiality", "data_disclosure");
  }

  if (schema == NULL)
    defect (checker, _("$.schema_version: missing"));
}

/* Timeline durations ------------------------------------------------ */

static gint64
unit_usec (const char *unit)
{
  static const struct {
    const char *unit;
    gint64      usec;
  } units[] = {
    { "Seconds", G_USEC_PER_SEC },
    { "Minutes", 60 * G_USEC_PER_SEC },
    { "Hours", G_GINT64_CONSTANT (3600) * G_USEC_PER_SEC },
    { "Days", G_GINT64_CONSTANT (86400) * G_USEC_PER_SEC },
    { "Weeks", G_GINT64_CONSTANT (604800) * G_USEC_PER_SEC },
    { "Months", G_GINT64_CONSTANT (2629800) * G_USEC_PER_SEC },
    { "Years", G_GINT64_CONSTANT (31557600) * G_USEC_PER_SEC },
  };

  for (guint i = 0; unit != NULL && i < G_N_ELEMENTS (units); i++)
    {
      if (g_ascii_strcasecmp (units[i].unit, unit) == 0)
        return units[i].usec;
    }

  return 0;
}

/* "3 days", "days", or NULL when unknown; *out_usec the length when known */
static char *
describe_duration (JsonObject *timeline,
                   const char *stage,
                   gint64     *out_usec)
{
  JsonObject *object = cordon_veris_get_object (timeline, stage);
  g_autofree char *unit = cordon_veris_get_text (object, "unit");
  gdouble value = 0;

  *out_usec = 0;
  if (unit == NULL || cordon_veris_is_unknown (unit) || g_ascii_strcasecmp (unit, "NA") == 0)
    return NULL;

  if (cordon_veris_get_number (object, "value", &value) && value >= 0 && value < 1e6)
    {
      *out_usec = (gint64) (value * unit_usec (unit));
      return g_strdup_printf ("%g %s", value, unit);
    }

  return g_ascii_strdown (unit, -1);
}

/* The import -------------------------------------------------------- */

static const char *
refine_category (JsonObject *record,
                 const char *category)
{
  JsonObject *attribute = cordon_veris_get_object (record, "attribute");
  JsonObject *hacking = cordon_veris_get_object (cordon_veris_get_object (record, "action"), "hacking");
  g_autoptr(GPtrArray) hacking_varieties = cordon_veris_get_values (hacking, "variety");
  g_autofree char *disclosure = cordon_veris_get_text (cordon_veris_get_object (attribute, "confidentiality"),
                                                       "data_disclosure");

  for (guint i = 0; i < hacking_varieties->len; i++)
    {
      if (g_str_has_prefix (hacking_varieties->pdata[i], "DoS"))
        return "denial-of-service";
    }

  if (disclosure != NULL && g_ascii_strcasecmp (disclosure, "Yes") == 0 &&
      !g_str_equal (category, "malicious-code") && !g_str_equal (category, "phishing"))
    return "data-breach";

  return category;
}

/* What a record says of one of its actions beyond variety and vector:
 * "; result: Exfiltrate; target: …; notes: …", or "" */
static char *
describe_action_details (JsonObject *record,
                         guint       index)
{
  JsonObject *object = cordon_veris_get_object (cordon_veris_get_object (record, "action"),
                                                cordon_veris_actions[index].veris);
  g_autoptr(GPtrArray) results = cordon_veris_get_values (object, "result");
  g_autoptr(GPtrArray) targets = cordon_veris_get_values (object, "target");
  g_autofree char *notes = cordon_veris_get_text (object, "notes");
  g_autoptr(GString) out = g_string_new (NULL);

  if (results->len > 0)
    {
      g_autofree char *text = cordon_veris_join_values (results, NULL);
      g_string_append_printf (out, _("; result: %s"), text);
    }
  if (targets->len > 0)
    {
      g_autofree char *text = cordon_veris_join_values (targets, NULL);
      g_string_append_printf (out, _("; target: %s"), text);
    }
  if (notes != NULL)
    g_string_append_printf (out, _("; notes: %s"), notes);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* "Victim: Example Bank, industry 522110, 1001 to 10000 employees, US",
 * or NULL when the record names nothing of it */
static char *
describe_victim (JsonObject *record)
{
  JsonObject *victim = cordon_veris_get_object (record, "victim");
  g_autofree char *victim_id = cordon_veris_get_text (victim, "victim_id");
  g_autofree char *industry = cordon_veris_get_text (victim, "industry");
  g_autofree char *employees = cordon_veris_get_text (victim, "employee_count");
  g_autoptr(GPtrArray) countries = cordon_veris_get_values (victim, "country");
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  if (victim_id != NULL && !cordon_veris_is_unknown (victim_id))
    g_ptr_array_add (parts, g_strdup (victim_id));
  if (industry != NULL && !cordon_veris_is_unknown (industry))
    g_ptr_array_add (parts, g_strdup_printf (_("industry %s"), industry));
  if (employees != NULL && !cordon_veris_is_unknown (employees))
    g_ptr_array_add (parts, g_strdup_printf (_("%s employees"), employees));
  if (countries->len > 0)
    g_ptr_array_add (parts, cordon_veris_join_values (countries, NULL));

  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  joined = g_strjoinv (", ", (char **) parts->pdata);

  return g_strdup_printf (_("Victim: %s"), joined);
}

/* Varieties with their amounts from an array of {variety, amount}:
 * "Server - Database (2), Person - Customer" */
static void
append_amounts (GString    *out,
                JsonObject *object,
                const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;
  JsonArray *array;
  guint n = 0;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array) && i < 100; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *variety = NULL;
      gdouble amount = 0;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      variety = cordon_veris_get_text (json_node_get_object (element), "variety");
      if (variety == NULL)
        continue;
      g_string_append (out, n++ > 0 ? ", " : "");
      g_string_append (out, variety);
      if (cordon_veris_get_number (json_node_get_object (element), "amount", &amount) && amount > 0)
        g_string_append_printf (out, " (%.0f)", amount);
    }
}

/* "Assets: Server - Database (2), Person - Customer; 3 in all", or NULL */
static char *
describe_assets (JsonObject *record)
{
  JsonObject *asset = cordon_veris_get_object (record, "asset");
  g_autoptr(GString) list = g_string_new (NULL);
  gdouble total = 0;

  append_amounts (list, asset, "assets");
  if (list->len == 0)
    return NULL;
  if (cordon_veris_get_number (asset, "total_amount", &total) && total > 0)
    g_string_append_printf (list, _("; %.0f in all"), total);

  return g_strdup_printf (_("Assets: %s"), list->str);
}

/* What the record says of one attribute, or NULL when it says nothing:
 * "Confidentiality: data disclosed (Yes): Personal (1200), Bank; 1200
 * records in all" */
static char *
describe_attribute (JsonObject *attribute,
                    const char *name,
                    const char *label)
{
  JsonObject *object = cordon_veris_get_object (attribute, name);
  g_autoptr(GPtrArray) varieties = cordon_veris_get_values (object, "variety");
  g_autoptr(GPtrArray) states = cordon_veris_get_values (object, "state");
  g_autofree char *disclosure = cordon_veris_get_text (object, "data_disclosure");
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) data = g_string_new (NULL);
  gdouble total = 0;

  if (disclosure != NULL && !cordon_veris_is_unknown (disclosure))
    g_string_append_printf (out, _("data disclosed: %s"), disclosure);
  append_amounts (data, object, "data");
  if (data->len > 0)
    g_string_append_printf (out, "%s%s", out->len > 0 ? "; " : "", data->str);
  if (cordon_veris_get_number (object, "data_total", &total) && total > 0)
    g_string_append_printf (out, _("%s%.0f records in all"), out->len > 0 ? "; " : "", total);
  if (varieties->len > 0)
    {
      g_autofree char *text = cordon_veris_join_values (varieties, NULL);
      g_string_append_printf (out, "%s%s", out->len > 0 ? "; " : "", text);
    }
  if (states->len > 0)
    {
      g_autofree char *text = cordon_veris_join_values (states, NULL);
      g_string_append_printf (out, _("%sstate: %s"), out->len > 0 ? "; " : "", text);
    }

  if (out->len == 0)
    return NULL;

  return g_strdup_printf ("%s: %s", label, out->str);
}

static void
add_entry (CordonIncidentRecord *record,
           gint64                usec,
           const char           *text)
{
  g_ptr_array_add (record->journal,
                   _cordon_interchange_note (usec, CORDON_JOURNAL_KIND_NOTE, "VERIS", text, NULL));
}

gboolean
_cordon_veris_import (CordonInterchangeImport  *ctx,
                      JsonObject               *root,
                      GError                  **error)
{
  static const char * const veris_members[] = {
    "action", "actor", "asset", "attribute", "timeline", "schema_version", NULL,
  };
  static const char * const stages[] = { "compromise", "exfiltration", "discovery", "containment" };
  g_autoptr(CordonIncidentRecord) record = cordon_incident_record_new ();
  g_autoptr(GPtrArray) defects = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) present = NULL;
  g_autoptr(GString) provenance = g_string_new (NULL);
  g_autoptr(JsonBuilder) extras = json_builder_new ();
  g_autoptr(JsonNode) payload = NULL;
  g_autoptr(GDateTime) incident_date = NULL;
  g_autofree char *incident_id = NULL;
  g_autofree char *schema = NULL;
  g_autofree char *summary_text = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *title = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *disclosure_text = NULL;
  CordonIncident *incident = record->incident;
  JsonObject *record_object = root;
  JsonObject *timeline;
  JsonObject *incident_time;
  Checker checker = { defects };
  const char *category;
  gboolean found = FALSE;
  gboolean disclosure;
  gdouble year = 0;
  gdouble month = 1;
  gdouble day = 1;
  gint64 detected;
  gint64 at;
  guint primary;

  /* A test case of the VERIS validator holds its record in "incident" */
  if (json_object_has_member (root, "should") &&
      !_cordon_ix_object (ctx, root, "$", "incident", TRUE, &record_object, error))
    return FALSE;

  for (guint i = 0; veris_members[i] != NULL; i++)
    found |= json_object_has_member (record_object, veris_members[i]);
  if (!found)
    return _cordon_interchange_fail (error, CORDON_IO_ERROR_VERSION, ctx->name, "$",
                                     _("not a VERIS incident record: it has none of action, actor, asset, "
                                       "attribute, timeline or schema_version"));

  check_record (&checker, record_object);

  incident_id = cordon_veris_get_text (record_object, "incident_id");
  schema = cordon_veris_get_text (record_object, "schema_version");
  timeline = cordon_veris_get_object (record_object, "timeline");
  incident_time = cordon_veris_get_object (timeline, "incident");

  /* A year-only date is the first of January; an impossible one is refused */
  cordon_veris_get_number (incident_time, "year", &year);
  cordon_veris_get_number (incident_time, "month", &month);
  cordon_veris_get_number (incident_time, "day", &day);
  if (year >= 1970 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31)
    incident_date = g_date_time_new_utc ((int) year, (int) month, (int) day, 0, 0, 0);
  if (incident_date == NULL && year >= 1970 && year <= 2100)
    incident_date = g_date_time_new_utc ((int) year, 1, 1, 0, 0, 0);
  if (incident_date == NULL)
    {
      defect (&checker, _("$.timeline.incident: no usable date; the import date stands in"));
      detected = g_get_real_time () / G_USEC_PER_SEC * G_USEC_PER_SEC;
    }
  else
    detected = g_date_time_to_unix (incident_date) * G_USEC_PER_SEC;

  present = cordon_veris_present_actions (record_object);
  primary = present->len > 0 ? GPOINTER_TO_UINT (present->pdata[0]) : CORDON_VERIS_N_ACTIONS - 1;

  disclosure_text = cordon_veris_get_text (cordon_veris_get_object (cordon_veris_get_object (record_object, "attribute"),
                                                                    "confidentiality"), "data_disclosure");
  disclosure = disclosure_text != NULL && g_ascii_strcasecmp (disclosure_text, "Yes") == 0;

  category = refine_category (record_object, cordon_veris_actions[primary].category);
  summary_text = cordon_veris_get_text (record_object, "summary");
  summary = summary_text ? cordon_veris_clip (summary_text, 60000) : g_strdup ("");
  if (summary_text != NULL)
    title = cordon_veris_clip (summary_text, 120);
  else
    title = cordon_veris_describe_action (record_object, primary);

  cordon_incident_set_title (incident, title[0] != '\0' ? title : _("VERIS incident"));
  cordon_incident_set_summary (incident, summary);
  cordon_incident_set_category (incident, _cordon_interchange_category (ctx, category));
  {
    const char *severity = cordon_veris_final_severity (record_object, disclosure, &reason);
    guint rank = g_str_equal (severity, "low") ? 0 : g_str_equal (severity, "medium") ? 1
               : g_str_equal (severity, "high") ? 2 : 3;

    cordon_incident_set_severity (incident, _cordon_interchange_severity (ctx, rank));
  }
  /* History, not an incident handled here: when it was acknowledged no
   * record says, so it stays unset; it was found the time to compromise
   * and to discovery after its date, and contained the time to
   * containment after that, where the record gives those */
  {
    gint64 compromise = 0, discovery = 0, containment = 0;
    g_autofree char *compromise_text = describe_duration (timeline, "compromise", &compromise);
    g_autofree char *discovery_text = describe_duration (timeline, "discovery", &discovery);
    g_autofree char *containment_text = describe_duration (timeline, "containment", &containment);
    gint64 discovered = detected;
    const gint64 latest = G_GINT64_CONSTANT (253402300799) * G_USEC_PER_SEC;

    if (incident_date != NULL && discovery > 0 && discovered <= latest - compromise - discovery)
      discovered += compromise + discovery;
    cordon_incident_set_phase (incident, CORDON_PHASE_CLOSED);
    cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_DETECTED, discovered);
    if (incident_date != NULL && discovery > 0 && containment > 0 && discovered <= latest - containment)
      {
        cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_CONTAINED, discovered + containment);
        cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_CLOSED, discovered + containment);
      }
    else
      cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_CLOSED, discovered);
  }

  /* The journal: provenance first, then the record's story */
  g_string_printf (provenance, _("Imported from VERIS record %s, schema %s (%s)"),
                   incident_id ? incident_id : _("without an id"), schema ? schema : _("not given"), ctx->name);
  if (reason != NULL)
    g_string_append_printf (provenance, "\n%s", reason);
  if (defects->len > 0)
    {
      g_string_append_printf (provenance, "\n%s", _("The record has defects:"));
      for (guint i = 0; i < defects->len; i++)
        g_string_append_printf (provenance, "\n- %s", (const char *) defects->pdata[i]);
    }

  json_builder_begin_object (extras);
  json_builder_set_member_name (extras, CORDON_INTERCHANGE_PAYLOAD_MEMBER);
  json_builder_begin_object (extras);
  json_builder_set_member_name (extras, "format");
  json_builder_add_string_value (extras, "veris");
  if (incident_id != NULL)
    {
      json_builder_set_member_name (extras, "incident_id");
      json_builder_add_string_value (extras, incident_id);
    }
  json_builder_set_member_name (extras, "defects");
  json_builder_begin_array (extras);
  for (guint i = 0; i < defects->len; i++)
    json_builder_add_string_value (extras, defects->pdata[i]);
  json_builder_end_array (extras);
  /* The record's own structure, as it came: what the journal tells in
   * words, kept whole */
  {
    static const char * const kept[] = {
      "reference", "victim", "actor", "asset", "attribute", "discovery_method", "discovery_notes",
      "timeline", "confidence", "targeted", "impact", "plus",
    };

    for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
      {
        JsonNode *node = json_object_get_member (record_object, kept[i]);

        if (node == NULL || JSON_NODE_HOLDS_NULL (node))
          continue;
        json_builder_set_member_name (extras, kept[i]);
        json_builder_add_value (extras, json_node_copy (node));
      }
  }
  json_builder_end_object (extras);
  json_builder_end_object (extras);
  payload = json_builder_get_root (extras);
  g_ptr_array_add (record->journal,
                   _cordon_interchange_note (detected, CORDON_JOURNAL_KIND_NOTE, "VERIS", provenance->str, payload));

  for (guint i = 0; i < present->len; i++)
    {
      guint index = GPOINTER_TO_UINT (present->pdata[i]);
      JsonObject *action = cordon_veris_get_object (cordon_veris_get_object (record_object, "action"),
                                                    cordon_veris_actions[index].veris);
      g_autoptr(GPtrArray) varieties = cordon_veris_get_values (action, "variety");
      g_autoptr(GPtrArray) vectors = cordon_veris_get_values (action, "vector");
      /* Where the record names no variety, the line names none */
      g_autofree char *text = varieties->len > 0 || vectors->len > 0
                              ? cordon_veris_describe_action (record_object, index)
                              : g_strdup (_(cordon_veris_actions[index].label));
      g_autofree char *details = describe_action_details (record_object, index);
      g_autofree char *line = NULL;

      if (varieties->len == 0 && vectors->len > 0)
        {
          g_autofree char *vector = cordon_veris_join_values (vectors, NULL);

          g_free (text);
          text = g_strdup_printf (_("%s, via %s"), _(cordon_veris_actions[index].label), vector);
        }
      line = g_strconcat (text, details, NULL);

      add_entry (record, detected, line);
    }

  /* Who, against whom, what, and how sure the record is */
  {
    g_autofree char *actors = cordon_veris_describe_actors (record_object);
    g_autofree char *victim = describe_victim (record_object);
    g_autofree char *assets = describe_assets (record_object);
    g_autofree char *confidence = cordon_veris_get_text (record_object, "confidence");
    g_autofree char *targeted = cordon_veris_get_text (record_object, "targeted");

    if (actors != NULL)
      {
        g_autofree char *text = g_strdup_printf (_("Actors: %s"), actors);
        add_entry (record, detected, text);
      }
    if (victim != NULL)
      add_entry (record, detected, victim);
    if (assets != NULL)
      add_entry (record, detected, assets);
    if (targeted != NULL && !cordon_veris_is_unknown (targeted))
      {
        g_autofree char *text = g_strdup_printf (_("Targeted: %s"), targeted);
        add_entry (record, detected, text);
      }
    if (confidence != NULL && !cordon_veris_is_unknown (confidence))
      {
        g_autofree char *text = g_strdup_printf (_("Confidence of the record: %s"), confidence);
        add_entry (record, detected, text);
      }
  }

  {
    g_autofree char *discovery = cordon_veris_describe_discovery (record_object);
    g_autofree char *notes = cordon_veris_get_text (record_object, "discovery_notes");
    g_autofree char *text = NULL;

    if (discovery != NULL || notes != NULL)
      {
        text = g_strdup_printf (_("Discovery method: %s%s%s"), discovery ? discovery : _("not recorded"),
                                notes ? " — " : "", notes ? notes : "");
        add_entry (record, detected, text);
      }
  }

  if (incident_date != NULL)
    {
      g_autofree char *text = NULL;

      if (cordon_veris_get_number (incident_time, "day", &day))
        text = g_strdup_printf (_("Timeline, incident: %04d-%02d-%02d"), (int) year, (int) month, (int) day);
      else if (cordon_veris_get_number (incident_time, "month", &month))
        text = g_strdup_printf (_("Timeline, incident: %04d-%02d"), (int) year, (int) month);
      else
        text = g_strdup_printf (_("Timeline, incident: %04d"), (int) year);
      add_entry (record, detected, text);
    }

  /* Each stage is placed after the incident date by its duration where
   * the record gives one */
  at = detected;
  for (guint i = 0; i < G_N_ELEMENTS (stages); i++)
    {
      gint64 usec = 0;
      g_autofree char *duration = describe_duration (timeline, stages[i], &usec);
      g_autofree char *text = NULL;

      if (duration == NULL)
        continue;

      if (usec > 0 && at <= G_MAXINT64 / 2 - usec)
        at += usec;
      text = g_strdup_printf (_("Timeline, %s: %s"), stages[i], duration);
      add_entry (record, MIN (at, G_GINT64_CONSTANT (253402300799) * G_USEC_PER_SEC), text);
    }

  /* Only what the record says of each attribute */
  {
    JsonObject *attribute = cordon_veris_get_object (record_object, "attribute");
    const char *names[] = { "confidentiality", "integrity", "availability" };
    const char *labels[] = { N_("Confidentiality"), N_("Integrity"), N_("Availability") };

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *text = describe_attribute (attribute, names[i], _(labels[i]));

        if (text != NULL)
          add_entry (record, detected, text);
      }
  }

  /* The record's reference, where it was reported */
  {
    g_autofree char *reference = cordon_veris_get_text (record_object, "reference");

    if (reference != NULL)
      {
        g_auto(GStrv) parts = g_strsplit_set (reference, "; \n", -1);
        guint n_urls = 0;

        for (guint i = 0; parts[i] != NULL && n_urls < 20; i++)
          {
            CordonFact *fact;

            if (!g_str_has_prefix (parts[i], "http://") && !g_str_has_prefix (parts[i], "https://"))
              continue;
            fact = cordon_fact_new ();
            cordon_fact_set_kind (fact, CORDON_FACT_KIND_URL);
            cordon_fact_set_value (fact, parts[i]);
            cordon_fact_set_is_ioc (fact, FALSE);
            cordon_fact_set_comment (fact, _("Where the incident was reported (the VERIS record's reference)"));
            cordon_fact_set_tlp (fact, cordon_incident_get_tlp (incident));
            cordon_fact_set_source (fact, "VERIS");
            g_ptr_array_add (record->facts, fact);
            n_urls++;
          }
        if (n_urls == 0)
          {
            g_autofree char *text = g_strdup_printf (_("Reference: %s"), reference);
            add_entry (record, detected, text);
          }
      }
  }

  /* Indicators the record lists become facts */
  {
    JsonNode *ioc = json_object_get_member (record_object, "ioc");

    if (ioc != NULL && JSON_NODE_HOLDS_ARRAY (ioc))
      {
        JsonArray *array = json_node_get_array (ioc);

        for (guint i = 0; i < json_array_get_length (array) && i < 1000; i++)
          {
            JsonNode *element = json_array_get_element (array, i);
            g_autofree char *value = NULL;
            CordonFact *fact;

            if (!JSON_NODE_HOLDS_OBJECT (element))
              continue;
            value = cordon_veris_get_text (json_node_get_object (element), "indicator");
            if (value == NULL)
              continue;

            fact = cordon_fact_new ();
            cordon_fact_set_kind (fact, CORDON_FACT_KIND_OTHER);
            cordon_fact_set_value (fact, value);
            cordon_fact_set_is_ioc (fact, TRUE);
            cordon_fact_set_tlp (fact, cordon_incident_get_tlp (incident));
            cordon_fact_set_source (fact, "VERIS");
            g_ptr_array_add (record->facts, fact);
          }
      }
  }

  return _cordon_interchange_store (ctx, record, incident_id, "$", error);
}
