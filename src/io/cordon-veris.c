/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-veris.c: turning a VERIS incident record into a tabletop
 * scenario skeleton.
 *
 * A VERIS record describes an incident after the fact: who acted (actor),
 * how (action: malware, hacking, social, misuse, physical, error,
 * environmental), against what (asset), with what effect on
 * confidentiality, integrity and availability (attribute), how bad it was
 * (impact) and how long each stage took (timeline). The scenario replays
 * it from the defender's side: the exercise starts when the organisation
 * learns of the incident, and what the record knows arrives as injects,
 * in the order an investigation would find it. Real durations of days or
 * months become offsets on a three-hour exercise: the longer a stage
 * took in reality, the later it comes up, and its real duration is
 * quoted in the inject.
 *
 * Records in the wild are partial and untidy; everything is read
 * tolerantly, and each default taken is written to the scenario's notes.
 */

#define G_LOG_DOMAIN "cordon-veris"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "cordon-veris.h"
#include "cordon-veris-map.h"
#include "cordon-json-scanner.h"
#include "cordon-scenario.h"

#define INCIDENT_ID "veris-incident"
#define RELATED_ID  "related-incident"

static const char * const severities[] = { "low", "medium", "high", "critical" };

typedef struct
{
  const char   *name;
  JsonObject   *record;
  GPtrArray    *inject_nodes;  /* PendingInject, sorted at the end */
  GPtrArray    *notes;
} Converter;

typedef struct
{
  gint64    at;    /* minutes */
  guint     order; /* keeps the sort stable */
  JsonNode *node;
} PendingInject;

static void
pending_inject_free (PendingInject *inject)
{
  json_node_unref (inject->node);
  g_free (inject);
}

/* Reading the record, tolerantly -------------------------------------- */

static void G_GNUC_PRINTF (2, 3)
add_note (Converter  *self,
          const char *format,
          ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (self->notes, g_strdup_vprintf (format, args));
  va_end (args);
}

static int
severity_index (const char *severity)
{
  for (guint i = 0; i < G_N_ELEMENTS (severities); i++)
    {
      if (g_str_equal (severities[i], severity))
        return i;
    }

  return 1;
}

/* Timeline durations: units in VERIS order, and how far into the
 * exercise each comes up. */
static int
unit_rank (const char *unit)
{
  static const char * const units[] = {
    "Seconds", "Minutes", "Hours", "Days", "Weeks", "Months", "Years", NULL,
  };

  for (int i = 0; unit != NULL && units[i] != NULL; i++)
    {
      if (g_ascii_strcasecmp (units[i], unit) == 0)
        return i;
    }

  return -1;
}

/* Describes a timeline stage ("3 weeks", "weeks", or NULL when unknown)
 * and gives its unit's rank. */
static char *
describe_stage (Converter  *self,
                const char *stage,
                const char *consequence,
                int        *out_rank)
{
  JsonObject *object = cordon_veris_get_object (cordon_veris_get_object (self->record, "timeline"), stage);
  g_autofree char *unit = cordon_veris_get_text (object, "unit");
  gdouble value;

  *out_rank = unit_rank (unit);
  if (*out_rank < 0)
    {
      if (unit != NULL)
        add_note (self, _("timeline.%s is “%s”: %s"), stage, unit, consequence);
      else if (object != NULL || cordon_veris_get_object (self->record, "timeline") != NULL)
        add_note (self, _("timeline.%s is missing: %s"), stage, consequence);
      return NULL;
    }

  if (cordon_veris_get_number (object, "value", &value) && value > 0)
    {
      g_autofree char *lower = g_ascii_strdown (unit, -1);

      /* "1 days" reads badly; VERIS units are plural */
      if (value == 1 && g_str_has_suffix (lower, "s"))
        lower[strlen (lower) - 1] = '\0';
      return g_strdup_printf ("%g %s", value, lower);
    }

  add_note (self, _("timeline.%s gives the unit (%s) but no value; the inject says “%s” without a number."),
            stage, unit, unit);
  return g_ascii_strdown (unit, -1);
}

/* Building the scenario ----------------------------------------------- */

static void
add_member_string (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_fact_object (JsonBuilder *builder,
                 const char  *kind,
                 const char  *value,
                 const char  *note)
{
  g_autofree char *clipped = cordon_veris_clip (value, 500);
  g_autofree char *clipped_note = note != NULL ? cordon_veris_clip (note, 4000) : NULL;

  json_builder_begin_object (builder);
  add_member_string (builder, "kind", kind);
  add_member_string (builder, "value", clipped);
  add_member_string (builder, "note", clipped_note);
  json_builder_end_object (builder);
}

/* Starts an inject object at @at minutes; end it with end_inject() */
static JsonBuilder *
begin_inject (gint64      at,
              const char *kind,
              const char *incident)
{
  JsonBuilder *builder = json_builder_new ();
  g_autofree char *offset = cordon_scenario_format_offset (at * CORDON_SCENARIO_MINUTE);

  json_builder_begin_object (builder);
  add_member_string (builder, "at", offset);
  add_member_string (builder, "kind", kind);
  add_member_string (builder, "incident", incident);

  return builder;
}

/* Adds a response; @pairs are member name, value, … NULL */
static void G_GNUC_NULL_TERMINATED
add_response (JsonBuilder *builder,
              gint64       after,
              const char  *kind,
              ...)
{
  g_autofree char *offset = cordon_scenario_format_offset (after * CORDON_SCENARIO_MINUTE);
  const char *name;
  va_list args;

  json_builder_begin_object (builder);
  add_member_string (builder, "after", offset);
  add_member_string (builder, "kind", kind);

  va_start (args, kind);
  while ((name = va_arg (args, const char *)) != NULL)
    {
      const char *value = va_arg (args, const char *);
      g_autofree char *clipped = cordon_veris_clip (value, 4000);

      add_member_string (builder, name, clipped);
    }
  va_end (args);

  json_builder_end_object (builder);
}

static void
end_inject (Converter   *self,
            JsonBuilder *builder,
            gint64       at)
{
  PendingInject *inject = g_new0 (PendingInject, 1);

  json_builder_end_object (builder);
  inject->at = at;
  inject->order = self->inject_nodes->len;
  inject->node = json_builder_get_root (builder);
  g_ptr_array_add (self->inject_nodes, inject);
  g_object_unref (builder);
}

static int
compare_injects (gconstpointer a,
                 gconstpointer b)
{
  const PendingInject *x = *(PendingInject **) a;
  const PendingInject *y = *(PendingInject **) b;

  if (x->at != y->at)
    return x->at < y->at ? -1 : 1;
  return x->order < y->order ? -1 : x->order > y->order;
}

/* "S - Database" → kind host, "Database (server)" */
static void
describe_asset (const char  *variety,
                const char **out_kind,
                char       **out_value)
{
  static const struct {
    char        prefix;
    const char *kind;
    const char *label;
  } classes[] = {
    { 'S', "host", N_("server") },
    { 'U', "host", N_("user device") },
    { 'N', "host", N_("network device") },
    { 'T', "host", N_("terminal or kiosk") },
    { 'E', "host", N_("embedded device") },
    { 'M', "other", N_("media") },
    { 'P', "user", N_("person") },
  };

  *out_kind = "other";
  *out_value = g_strdup (variety);

  if (strlen (variety) < 5 || variety[1] != ' ' || variety[2] != '-' || variety[3] != ' ')
    return;

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    {
      if (classes[i].prefix == variety[0])
        {
          *out_kind = classes[i].kind;
          g_free (*out_value);
          *out_value = g_strdup_printf ("%s (%s)", variety + 4, _(classes[i].label));
          return;
        }
    }
}

static GPtrArray *
asset_varieties (Converter *self)
{
  JsonObject *asset = cordon_veris_get_object (self->record, "asset");
  GPtrArray *varieties = g_ptr_array_new_with_free_func (g_free);
  JsonNode *node;

  if (asset == NULL || (node = json_object_get_member (asset, "assets")) == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return varieties;

  for (guint i = 0; i < json_array_get_length (json_node_get_array (node)) && varieties->len < 8; i++)
    {
      JsonNode *element = json_array_get_element (json_node_get_array (node), i);
      g_autofree char *variety = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      variety = cordon_veris_get_text (json_node_get_object (element), "variety");
      if (variety != NULL && !cordon_veris_is_unknown (variety) && !g_str_has_suffix (variety, " - Unknown") &&
          !g_ptr_array_find_with_equal_func (varieties, variety, g_str_equal, NULL))
        g_ptr_array_add (varieties, g_steal_pointer (&variety));
    }

  return varieties;
}

/* The severity the record implies, from impact or attributes */
static const char *
final_severity (Converter *self,
                gboolean   disclosure)
{
  g_autofree char *reason = NULL;
  const char *severity = cordon_veris_final_severity (self->record, disclosure, &reason);

  if (reason != NULL)
    add_note (self, "%s", reason);

  return severity;
}

static void
add_objectives (JsonBuilder *builder,
                gboolean     disclosure,
                gboolean     availability)
{
  json_builder_set_member_name (builder, "objectives");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, _("Classify the incident from what is known at the start, and revisit category and severity as facts arrive."));
  json_builder_add_string_value (builder, _("Choose a short-term containment that stops the damage without destroying forensic evidence, and a long-term one that stops recurrence elsewhere."));
  json_builder_add_string_value (builder, _("Decide who must be told — management, legal, regulators, customers — by when, and who approves the wording."));
  if (disclosure)
    json_builder_add_string_value (builder, _("Establish which data left the organisation and whether notification duties apply."));
  if (availability)
    json_builder_add_string_value (builder, _("Decide whether to restore from backup, with a restore point that predates the compromise."));
  json_builder_end_array (builder);
}

static void
add_roles (JsonBuilder *builder)
{
  static const struct {
    const char *id;
    const char *name;
    const char *role;
    const char *group;
  } roles[] = {
    { "lead", N_("Incident lead"), N_("Runs the response: classifies, decides on containment and recovery, keeps the journal and the SLA clock."), "responder" },
    { "analyst", N_("Security analyst"), N_("Investigates: collects facts and evidence, answers the open questions, keeps the chain of custody."), "responder" },
    { "it-operations", N_("IT operations"), N_("Carries out containment and recovery on servers, network and endpoints."), "resolver" },
    { "management", N_("CISO"), N_("Decides on business impact, budget and external notification; briefs the executive board."), "management" },
    { "communications", N_("Legal and communications"), N_("Handles regulators, customers and the press; approves every external statement."), "external-communication" },
  };

  json_builder_set_member_name (builder, "roles");
  json_builder_begin_array (builder);
  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    {
      json_builder_begin_object (builder);
      add_member_string (builder, "id", roles[i].id);
      add_member_string (builder, "name", _(roles[i].name));
      add_member_string (builder, "role", _(roles[i].role));
      add_member_string (builder, "group", roles[i].group);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_module (JsonBuilder        *builder,
            const char         *title,
            const char         *starts_at,
            const char * const *questions)
{
  json_builder_begin_object (builder);
  add_member_string (builder, "title", title);
  add_member_string (builder, "starts-at", starts_at);
  json_builder_set_member_name (builder, "questions");
  json_builder_begin_array (builder);
  for (guint i = 0; questions[i] != NULL; i++)
    {
      g_autofree char *clipped = cordon_veris_clip (questions[i], 500);
      json_builder_add_string_value (builder, clipped);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

static void
add_modules (JsonBuilder *builder,
             const char  *discovery,
             const char  *asset,
             const char  *action)
{
  g_autofree char *seen = discovery != NULL
    ? g_strdup_printf (_("In the record the incident came to light through: %s. Would our own monitoring have seen it first?"), discovery)
    : g_strdup (_("The record does not say how the incident was found. How would it reach our CSIRT, and who would be called first?"));
  g_autofree char *short_term = g_strdup_printf (_("Which short-term containment would we apply to the %s without destroying evidence?"), asset);
  g_autofree char *long_term = g_strdup_printf (_("Which long-term containment stops the same %s elsewhere until the root cause is fixed?"), action);
  const char * const detection[] = {
    seen,
    _("What do we know, and what don’t we know yet? Who owns each open question?"),
    _("Which category and severity do we give it now, and what would make us change them?"),
    NULL,
  };
  const char * const containment[] = {
    short_term,
    long_term,
    _("Has that strategy ever been validated — when, how, by whom — and what pitfalls did it show?"),
    NULL,
  };
  const char * const recovery[] = {
    _("What must be true before the affected systems go back into production, and how do we watch for back doors?"),
    _("Who must be notified, by when, and who approves the wording?"),
    _("What would have shortened the time from compromise to discovery?"),
    NULL,
  };

  json_builder_set_member_name (builder, "modules");
  json_builder_begin_array (builder);
  add_module (builder, _("Detection and analysis"), "+00:00", detection);
  add_module (builder, _("Containment"), "+01:00", containment);
  add_module (builder, _("Recovery and communication"), "+02:00", recovery);
  json_builder_end_array (builder);
}

static char *
make_title (Converter  *self,
            const char *summary,
            const char *action_label,
            const char *victim)
{
  if (summary != NULL)
    {
      g_autofree char *flat = cordon_veris_clip (summary, 4000);
      const char *end = strstr (flat, ". ");

      g_autofree char *title = NULL;

      if (end != NULL && end - flat >= 20)
        flat[end - flat] = '\0';
      title = cordon_veris_clip (flat, 120);

      /* Scraped summaries often start in lower case */
      if (g_unichar_islower (g_utf8_get_char (title)))
        {
          gunichar upper = g_unichar_toupper (g_utf8_get_char (title));
          char buffer[8] = { 0 };

          g_unichar_to_utf8 (upper, buffer);
          return g_strconcat (buffer, g_utf8_next_char (title), NULL);
        }
      return g_steal_pointer (&title);
    }

  add_note (self, _("The record has no summary; the title is made from its action and victim."));
  if (victim != NULL)
    return g_strdup_printf (_("%s at %s"), action_label, victim);
  return g_strdup_printf (_("%s (VERIS record)"), action_label);
}

static GBytes *
build (Converter  *self,
       GError    **error)
{
  JsonObject *record = self->record;
  JsonObject *attribute = cordon_veris_get_object (record, "attribute");
  JsonObject *confidentiality = cordon_veris_get_object (attribute, "confidentiality");
  JsonObject *availability = cordon_veris_get_object (attribute, "availability");
  JsonObject *integrity = cordon_veris_get_object (attribute, "integrity");
  JsonObject *victim = cordon_veris_get_object (record, "victim");
  JsonObject *incident_time = cordon_veris_get_object (cordon_veris_get_object (record, "timeline"), "incident");
  g_autoptr(GPtrArray) present = cordon_veris_present_actions (self->record);
  g_autoptr(GPtrArray) assets = asset_varieties (self);
  g_autoptr(GPtrArray) data_varieties = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *incident_id = cordon_veris_get_text (record, "incident_id");
  g_autofree char *reference = cordon_veris_get_text (record, "reference");
  g_autofree char *victim_id = cordon_veris_get_text (victim, "victim_id");
  g_autofree char *disclosure_text = cordon_veris_get_text (confidentiality, "data_disclosure");
  g_autofree char *actors = cordon_veris_describe_actors (self->record);
  g_autofree char *discovery = cordon_veris_describe_discovery (self->record);
  g_autofree char *title = NULL;
  g_autofree char *asset_label = NULL;
  g_autofree char *action_label = NULL;
  g_autofree char *text = NULL;
  g_autoptr(CordonScenario) check = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *final;
  const char *initial;
  const char *category;
  gboolean disclosure;
  gboolean potential;
  guint primary;
  gdouble data_total = 0;
  gdouble year = 0;
  int rank;
  char *json;
  gsize length;

  if (victim_id != NULL && cordon_veris_is_unknown (victim_id))
    g_clear_pointer (&victim_id, g_free);

  if (cordon_veris_get_object (record, "timeline") == NULL)
    add_note (self, _("The record has no timeline; the injects use default offsets."));

  /* Scraped summaries carry control characters and odd spacing */
  {
    g_autofree char *raw = cordon_veris_get_text (record, "summary");

    if (raw != NULL)
      summary = cordon_veris_clip (raw, 12000);
    if (summary != NULL && summary[0] == '\0')
      g_clear_pointer (&summary, g_free);
  }

  /* Data disclosed */
  if (confidentiality != NULL)
    {
      JsonNode *data = json_object_get_member (confidentiality, "data");

      if (data != NULL && JSON_NODE_HOLDS_ARRAY (data))
        {
          for (guint i = 0; i < json_array_get_length (json_node_get_array (data)); i++)
            {
              JsonNode *element = json_array_get_element (json_node_get_array (data), i);
              g_autofree char *variety = NULL;

              if (JSON_NODE_HOLDS_OBJECT (element) &&
                  (variety = cordon_veris_get_text (json_node_get_object (element), "variety")) != NULL &&
                  !cordon_veris_is_unknown (variety) && data_varieties->len < 8)
                g_ptr_array_add (data_varieties, g_ascii_strdown (variety, -1));
            }
        }
      cordon_veris_get_number (confidentiality, "data_total", &data_total);
    }
  disclosure = disclosure_text != NULL && g_ascii_strcasecmp (disclosure_text, "Yes") == 0;
  potential = disclosure_text != NULL && g_ascii_strcasecmp (disclosure_text, "Potentially") == 0;

  /* The starting incident */
  if (present->len == 0)
    {
      add_note (self, _("The record names no action; the incident is of category “other”."));
      primary = CORDON_VERIS_N_ACTIONS - 1;
    }
  else
    {
      primary = GPOINTER_TO_UINT (present->pdata[0]);
    }
  category = cordon_veris_actions[primary].category;
  action_label = g_ascii_strdown (_(cordon_veris_actions[primary].label), -1);

  final = final_severity (self, disclosure);
  initial = final;
  if ((disclosure || potential) && severity_index (final) > 0)
    initial = severities[severity_index (final) - 1];

  if (assets->len > 0)
    {
      const char *kind;

      g_autofree char *label = NULL;

      /* Lower case, as it is used within sentences */
      describe_asset (assets->pdata[0], &kind, &label);
      asset_label = g_utf8_strdown (label, -1);
    }
  else
    {
      add_note (self, _("The record names no asset; the injects speak of “the affected systems”."));
      asset_label = g_strdup (_("affected systems"));
    }

  title = make_title (self, summary, _(cordon_veris_actions[primary].label), victim_id);

  json_builder_begin_object (builder);
  add_member_string (builder, "format", CORDON_SCENARIO_FORMAT_ID);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, CORDON_SCENARIO_FORMAT_VERSION);
  add_member_string (builder, "title", title);

  {
    g_autofree char *source = g_strdup_printf (_("VERIS record %s%s%s"),
                                               incident_id ? incident_id : _("without an id"),
                                               reference ? " — " : "", reference ? reference : "");
    g_autofree char *clipped = cordon_veris_clip (source, 500);

    add_member_string (builder, "source", clipped);
  }

  /* Start: the incident date at 09:00 UTC */
  if (cordon_veris_get_number (incident_time, "year", &year) && year >= 1970 && year <= 2100)
    {
      gdouble month = 0, day = 0;
      g_autoptr(GDateTime) start = NULL;

      if (!cordon_veris_get_number (incident_time, "month", &month) || month < 1 || month > 12)
        {
          add_note (self, _("timeline.incident gives no month; the exercise is dated 1 January."));
          month = 1;
          day = 1;
        }
      else if (!cordon_veris_get_number (incident_time, "day", &day) || day < 1 || day > 31)
        {
          add_note (self, _("timeline.incident gives no day; the exercise is dated the first of the month."));
          day = 1;
        }
      start = g_date_time_new_utc ((int) year, (int) month, (int) day, 9, 0, 0);
      if (start == NULL)
        start = g_date_time_new_utc ((int) year, (int) month, 1, 9, 0, 0);
      if (start != NULL)
        {
          g_autofree char *iso = g_date_time_format (start, "%Y-%m-%dT%H:%M:%SZ");
          add_member_string (builder, "start", iso);
        }
    }
  else
    {
      add_note (self, _("The record gives no incident date; the scenario has no start time, so the exercise starts whenever it is run."));
    }

  /* Narrative */
  {
    g_autoptr(GString) narrative = g_string_new (NULL);
    g_autofree char *industry = cordon_veris_get_text (victim, "industry");
    g_autofree char *employees = cordon_veris_get_text (victim, "employee_count");
    g_autoptr(GPtrArray) countries = cordon_veris_get_values (victim, "country");
    g_autofree char *clipped = NULL;

    if (summary != NULL)
      {
        g_autofree char *flat = cordon_veris_clip (summary, 12000);
        g_string_append_printf (narrative, "%s\n\n", flat);
      }
    else
      {
        g_string_append_printf (narrative, _("A %s incident taken from a VERIS record that has no summary.\n\n"), action_label);
      }

    if (victim_id != NULL || industry != NULL || countries->len > 0)
      {
        g_autofree char *where = cordon_veris_join_values (countries, NULL);

        g_string_append (narrative, _("Victim:"));
        if (victim_id != NULL)
          g_string_append_printf (narrative, " %s", victim_id);
        if (industry != NULL && !cordon_veris_is_unknown (industry))
          g_string_append_printf (narrative, _(", industry code %s"), industry);
        if (employees != NULL && !cordon_veris_is_unknown (employees))
          g_string_append_printf (narrative, _(", %s employees"), employees);
        if (where != NULL)
          g_string_append_printf (narrative, _(", %s"), where);
        g_string_append (narrative, ".\n");
      }
    if (actors != NULL)
      g_string_append_printf (narrative, _("Actors: %s.\n"), actors);
    if (discovery != NULL)
      g_string_append_printf (narrative, _("Discovered through: %s.\n"), discovery);

    g_string_append (narrative,
                     _("\nThe exercise starts when the organisation learns of the incident. What the record tells "
                       "about the attack arrives as injects, in the order an investigation would find it; real "
                       "durations are quoted in the injects and compressed onto the exercise clock."));
    clipped = cordon_veris_clip (narrative->str, 20000);

    /* clip() flattens line breaks; keep the paragraphs instead when short enough */
    add_member_string (builder, "narrative", narrative->len < 20000 ? narrative->str : clipped);
  }

  add_objectives (builder, disclosure || potential, availability != NULL);
  add_roles (builder);
  add_modules (builder, discovery, asset_label, action_label);

  /* The starting incident, with the assets as facts */
  json_builder_set_member_name (builder, "incidents");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  add_member_string (builder, "id", INCIDENT_ID);
  add_member_string (builder, "title", title);
  add_member_string (builder, "category", category);
  add_member_string (builder, "severity", initial);
  {
    g_autofree char *incident_summary = summary != NULL
      ? cordon_veris_clip (summary, 4000)
      : g_strdup_printf (_("A %s incident involving the %s."), action_label, asset_label);

    add_member_string (builder, "summary", incident_summary);
  }
  json_builder_set_member_name (builder, "facts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < assets->len; i++)
    {
      const char *kind;
      g_autofree char *value = NULL;
      g_autofree char *note = g_strdup_printf (_("VERIS asset “%s”"), (char *) assets->pdata[i]);

      describe_asset (assets->pdata[i], &kind, &value);
      add_fact_object (builder, kind, value, note);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);

  /* Injects: the actions, one fact each */
  for (guint i = 0; i < present->len; i++)
    {
      guint index = GPOINTER_TO_UINT (present->pdata[i]);
      gint64 at = 10 + 10 * i;
      JsonBuilder *inject = begin_inject (at, "fact", INCIDENT_ID);
      g_autofree char *value = cordon_veris_describe_action (self->record, index);
      g_autofree char *note = g_strdup_printf (_("From action.%s in the record."), cordon_veris_actions[index].veris);

      json_builder_set_member_name (inject, "fact");
      add_fact_object (inject, "signature", value, NULL);
      add_member_string (inject, "note", note);
      json_builder_set_member_name (inject, "responses");
      json_builder_begin_array (inject);
      if (i == 0)
        {
          add_response (inject, 2, "acknowledge", "by", "lead", NULL);
          add_response (inject, 5, "move", "phase", "classified", "reason",
                        _("Category and severity set from the first facts."), NULL);
          add_response (inject, 10, "move", "phase", "analysis", "reason",
                        _("Investigation under way."), NULL);
        }
      else
        {
          add_response (inject, 5, "note", "by", "analyst", "text",
                        _("Second attack pattern logged; checking whether the same hosts show both."), NULL);
        }
      json_builder_end_array (inject);
      end_inject (self, inject, at);
    }

  /* A second action category opens a related incident */
  if (present->len > 1)
    {
      guint index = GPOINTER_TO_UINT (present->pdata[1]);
      JsonBuilder *inject = begin_inject (35, "incident", NULL);
      g_autofree char *related_title = g_strdup_printf (_("Related: %s linked to the first incident"),
                                                        _(cordon_veris_actions[index].label));
      g_autofree char *related_summary = cordon_veris_describe_action (self->record, index);

      json_builder_set_member_name (inject, "new-incident");
      json_builder_begin_object (inject);
      add_member_string (inject, "id", RELATED_ID);
      add_member_string (inject, "title", related_title);
      add_member_string (inject, "category", cordon_veris_actions[index].category);
      add_member_string (inject, "severity", "medium");
      add_member_string (inject, "summary", related_summary);
      json_builder_end_object (inject);
      add_member_string (inject, "note", _("The record has more than one kind of action; the second is run as its own incident so the team must decide whether to merge them."));
      json_builder_set_member_name (inject, "responses");
      json_builder_begin_array (inject);
      add_response (inject, 5, "acknowledge", "by", "lead", NULL);
      add_response (inject, 10, "note", "by", "lead", "text",
                    _("Handled together with the first incident; one lead, one containment plan."), NULL);
      json_builder_end_array (inject);
      end_inject (self, inject, 35);
    }

  /* Actors */
  if (actors != NULL)
    {
      JsonBuilder *inject = begin_inject (25, "fact", INCIDENT_ID);
      g_autofree char *value = g_strdup_printf (_("Attribution: %s"), actors);

      json_builder_set_member_name (inject, "fact");
      add_fact_object (inject, "other", value, _("From actor in the record."));
      json_builder_set_member_name (inject, "responses");
      json_builder_begin_array (inject);
      add_response (inject, 5, "note", "by", "analyst", "text",
                    _("Attribution noted as an assessment, not a fact; it does not change containment."), NULL);
      json_builder_end_array (inject);
      end_inject (self, inject, 25);
    }
  else
    {
      add_note (self, _("The record names no actor; there is no attribution inject."));
    }

  /* Assets: where else? */
  {
    JsonBuilder *inject = begin_inject (30, "question", INCIDENT_ID);
    g_autofree char *question = g_strdup_printf (_("Which other systems like the %s hold the same data or run the same software?"),
                                                 asset_label);

    add_member_string (inject, "question", question);
    add_member_string (inject, "owner", "analyst");
    json_builder_set_member_name (inject, "responses");
    json_builder_begin_array (inject);
    add_response (inject, 20, "answer", "by", "analyst", "text",
                  _("Inventory checked; the owners of the matching systems are asked to confirm they are clean."), NULL);
    json_builder_end_array (inject);
    end_inject (self, inject, 30);
  }

  /* Timeline: compromise, exfiltration, discovery, containment */
  {
    g_autofree char *compromise = describe_stage (self, "compromise", _("there is no inject about the time to compromise."), &rank);

    if (compromise != NULL)
      {
        gint64 at = 40 + 5 * rank;
        JsonBuilder *inject = begin_inject (at, "fact", INCIDENT_ID);
        g_autofree char *value = g_strdup_printf (_("Forensics: from the first action to the compromise took %s."), compromise);

        json_builder_set_member_name (inject, "fact");
        add_fact_object (inject, "log", value, _("From timeline.compromise in the record."));
        end_inject (self, inject, at);
      }
  }
  {
    g_autofree char *exfiltration = describe_stage (self, "exfiltration", _("there is no inject about the time to exfiltration."), &rank);

    if (exfiltration != NULL)
      {
        gint64 at = 60 + 5 * rank;
        JsonBuilder *inject = begin_inject (at, "fact", INCIDENT_ID);
        g_autofree char *value = g_strdup_printf (_("Forensics: data left the network %s after the compromise."), exfiltration);

        json_builder_set_member_name (inject, "fact");
        add_fact_object (inject, "log", value, _("From timeline.exfiltration in the record."));
        json_builder_set_member_name (inject, "responses");
        json_builder_begin_array (inject);
        add_response (inject, 5, "plan", "by", "it-operations", "strategy", "stop-outbound-communication",
                      "text", _("Cut outbound traffic from the affected hosts while memory images are taken."), NULL);
        json_builder_end_array (inject);
        end_inject (self, inject, at);
      }
  }
  {
    g_autofree char *discovered = describe_stage (self, "discovery", _("the discovery question does not give a duration."), &rank);
    JsonBuilder *inject = begin_inject (45, "question", INCIDENT_ID);
    g_autofree char *question = discovered != NULL
      ? g_strdup_printf (_("The attack went unnoticed for %s. What did we miss, and what else happened in that time?"), discovered)
      : g_strdup (_("How long was the attacker inside before we noticed, and what happened in that time?"));

    add_member_string (inject, "question", question);
    add_member_string (inject, "owner", "analyst");
    json_builder_set_member_name (inject, "responses");
    json_builder_begin_array (inject);
    add_response (inject, 30, "answer", "by", "analyst", "text",
                  _("Log retention covers only part of that window; the rest is reconstructed from backups and endpoint history."), NULL);
    json_builder_end_array (inject);
    end_inject (self, inject, 45);
  }

  /* Integrity */
  if (integrity != NULL)
    {
      g_autoptr(GPtrArray) varieties = cordon_veris_get_values (integrity, "variety");
      g_autofree char *joined = cordon_veris_join_values (varieties, _("altered in a way not recorded"));
      g_autofree char *value = g_strdup_printf (_("Integrity: %s"), joined);
      JsonBuilder *inject = begin_inject (50, "fact", INCIDENT_ID);

      json_builder_set_member_name (inject, "fact");
      add_fact_object (inject, "other", value, _("From attribute.integrity in the record."));
      end_inject (self, inject, 50);
    }

  /* Availability: the business asks */
  if (availability != NULL)
    {
      g_autoptr(GPtrArray) varieties = cordon_veris_get_values (availability, "variety");
      g_autofree char *joined = cordon_veris_join_values (varieties, _("an outage"));
      g_autofree char *message = g_strdup_printf (_("I hear we have an outage on the %s (%s). Customers are calling. When will it be back, and what do I tell the board?"),
                                                  asset_label, joined);
      JsonBuilder *inject = begin_inject (40, "message", INCIDENT_ID);

      add_member_string (inject, "from", _("Chief executive"));
      add_member_string (inject, "stakeholder", "executive");
      add_member_string (inject, "channel", "phone");
      add_member_string (inject, "text", message);
      json_builder_set_member_name (inject, "responses");
      json_builder_begin_array (inject);
      add_response (inject, 10, "communicate", "by", "lead", "group", "management", "text",
                    _("Status: containment before restoration; no restore time promised until the restore point is known to be clean."), NULL);
      json_builder_end_array (inject);
      end_inject (self, inject, 40);
    }

  /* Confidentiality: reclassify, then the regulator */
  if (disclosure || potential)
    {
      g_autofree char *joined = cordon_veris_join_values (data_varieties, NULL);
      g_autofree char *kinds = joined != NULL ? g_strdup_printf (_("%s data"), joined) : g_strdup (_("data"));
      g_autofree char *count = data_total > 0 ? g_strdup_printf (_("%.0f records"), data_total) : g_strdup (_("an unknown number of records"));
      g_autofree char *reason = g_strdup_printf (disclosure ? _("Forensics confirms disclosure of %s (%s).")
                                                            : _("Forensics cannot rule out disclosure of %s (%s)."),
                                                 kinds, count);
      JsonBuilder *inject = begin_inject (70, "reclassify", INCIDENT_ID);

      if (!g_str_equal (category, "data-breach"))
        add_member_string (inject, "category", "data-breach");
      if (!g_str_equal (initial, final))
        add_member_string (inject, "severity", final);
      add_member_string (inject, "reason", reason);
      json_builder_set_member_name (inject, "responses");
      json_builder_begin_array (inject);
      add_response (inject, 10, "communicate", "by", "lead", "group", "management", "text",
                    _("The incident is now a data breach; management is activated and legal is assessing notification duties."), NULL);
      json_builder_end_array (inject);
      end_inject (self, inject, 70);

      inject = begin_inject (90, "message", INCIDENT_ID);
      text = g_strdup_printf (_("We have been told that %s held by your organisation may have been exposed. "
                                "Please confirm whether you will file a breach notification, which categories of data "
                                "and how many people are concerned, and what you have done to contain it."), kinds);
      add_member_string (inject, "from", _("Data protection authority, case officer"));
      add_member_string (inject, "stakeholder", "regulator");
      add_member_string (inject, "channel", "email");
      add_member_string (inject, "text", text);
      json_builder_set_member_name (inject, "responses");
      json_builder_begin_array (inject);
      add_response (inject, 20, "decision", "by", "management", "text",
                    _("File an initial notification within the legal deadline with what is confirmed; follow up as the investigation completes."), NULL);
      add_response (inject, 30, "communicate", "by", "communications", "group", "external-communication", "text",
                    _("Initial notification sent to the authority; a further update is promised once the scope is confirmed."), NULL);
      json_builder_end_array (inject);
      end_inject (self, inject, 90);
    }

  /* The press, when the incident was public */
  if (reference != NULL)
    {
      JsonBuilder *inject = begin_inject (105, "message", INCIDENT_ID);
      g_autofree char *message = g_strdup_printf (_("We are running a story about a security incident at your organisation: “%s”. "
                                                    "Can you confirm it, and do you have a statement?"), title);

      add_member_string (inject, "from", _("Reporter, regional news desk"));
      add_member_string (inject, "stakeholder", "journalist");
      add_member_string (inject, "channel", "phone");
      add_member_string (inject, "text", message);
      add_member_string (inject, "note", _("The record cites a public source, so the incident was reported on."));
      json_builder_set_member_name (inject, "responses");
      json_builder_begin_array (inject);
      add_response (inject, 15, "decision", "by", "communications", "text",
                    _("Holding statement approved by legal: confirm an incident is being handled, no details beyond confirmed facts."), NULL);
      json_builder_end_array (inject);
      end_inject (self, inject, 105);
    }

  /* Containment: the first attempt does not hold */
  {
    g_autofree char *contained = describe_stage (self, "containment", _("the failed containment comes at +01:40."), &rank);
    const char *strategy = cordon_veris_actions[primary].strategy;
    const char *long_term = cordon_veris_actions[primary].long_term;
    gint64 at = rank >= 0 ? 80 + 10 * rank : 100;
    JsonBuilder *inject = begin_inject (at, "action-failed", INCIDENT_ID);
    g_autofree char *what = contained != NULL
      ? g_strdup_printf (_("The first short-term containment did not hold: activity resumed from another host. "
                           "In the record, containment took %s after discovery."), contained)
      : g_strdup (_("The first short-term containment did not hold: activity resumed from another host."));


    if (strategy != NULL)
      add_member_string (inject, "strategy", strategy);
    else
      add_member_string (inject, "action", _("Secure the affected assets and revoke the access they gave"));
    add_member_string (inject, "what-happened", what);
    json_builder_set_member_name (inject, "responses");
    json_builder_begin_array (inject);
    if (long_term != NULL)
      add_response (inject, 10, "plan", "by", "lead", "strategy", long_term,
                    "text", _("Long-term containment across the estate until the root cause is fixed."), NULL);
    else
      add_response (inject, 10, "plan", "by", "lead", "action", _("Review access and handling procedures for the affected assets"), NULL);
    add_response (inject, 15, "move", "phase", "containment", "reason",
                  _("Containment plan agreed after the first action failed."), NULL);
    json_builder_end_array (inject);
    end_inject (self, inject, at);
  }

  /* Impact */
  {
    JsonObject *impact = cordon_veris_get_object (record, "impact");
    gdouble amount = 0;
    g_autofree char *currency = cordon_veris_get_text (impact, "iso_currency_code");
    JsonBuilder *inject = begin_inject (150, "question", INCIDENT_ID);
    g_autofree char *note = cordon_veris_get_number (impact, "overall_amount", &amount) && amount > 0
      ? g_strdup_printf (_("The record puts the overall loss at %.0f %s."), amount, currency ? currency : "")
      : NULL;

    add_member_string (inject, "question", _("What has the incident cost so far — downtime, recovery work, notification, legal — and who signs off the estimate?"));
    add_member_string (inject, "owner", "management");
    add_member_string (inject, "note", note);
    json_builder_set_member_name (inject, "responses");
    json_builder_begin_array (inject);
    add_response (inject, 15, "answer", "by", "management", "text",
                  _("First estimate recorded; finance will confirm it for the lessons-learned review."), NULL);
    json_builder_end_array (inject);
    end_inject (self, inject, 150);
  }

  /* The injects, in order of offset */
  g_ptr_array_sort (self->inject_nodes, compare_injects);
  json_builder_set_member_name (builder, "injects");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->inject_nodes->len; i++)
    {
      PendingInject *inject = self->inject_nodes->pdata[i];

      json_builder_add_value (builder, json_node_ref (inject->node));
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "notes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->notes->len && i < 50; i++)
    {
      g_autofree char *clipped = cordon_veris_clip (self->notes->pdata[i], 4000);
      json_builder_add_string_value (builder, clipped);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json = json_generator_to_data (generator, &length);
  bytes = g_bytes_new_take (g_strconcat (json, "\n", NULL), length + 1);
  g_free (json);

  /* Never hand out a scenario the loader would refuse */
  check = cordon_scenario_new_from_bytes (bytes, self->name, &local_error);
  if (check == NULL)
    {
      g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                   _("%s: the scenario made from this record does not validate: %s"),
                   self->name, local_error->message);
      return NULL;
    }

  return g_steal_pointer (&bytes);
}

/* Reading the file ----------------------------------------------------- */

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
  JsonObject *record = user_data;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();

  if (!json_parser_load_from_data (parser, json, length, error))
    return FALSE;

  json_object_set_member (record, member, json_node_copy (json_parser_get_root (parser)));
  return TRUE;
}

GBytes *
cordon_veris_to_scenario (GBytes      *record_bytes,
                          const char  *name,
                          GError     **error)
{
  static const char * const veris_members[] = {
    "action", "actor", "asset", "attribute", "timeline", "schema_version", NULL,
  };
  g_autoptr(JsonObject) record = json_object_new ();
  g_autoptr(CordonJsonScanner) scanner = NULL;
  g_autoptr(GPtrArray) inject_nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_inject_free);
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *incident_id = NULL;
  g_autofree char *schema = NULL;
  Converter self = { 0 };
  gboolean found = FALSE;
  const char *data;
  gsize size;

  g_return_val_if_fail (record_bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  data = g_bytes_get_data (record_bytes, &size);
  if (size > 16 * 1024 * 1024)
    {
      g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_LIMIT,
                   _("%s: too large for a VERIS record (%" G_GSIZE_FORMAT " bytes)"), name, size);
      return NULL;
    }

  /* The strict checker names the place of a syntax fault */
  scanner = cordon_json_scanner_new (name, NULL, on_member, record);
  if (!cordon_json_scanner_feed (scanner, data, size, error) ||
      !cordon_json_scanner_finish (scanner, error))
    return NULL;

  for (guint i = 0; veris_members[i] != NULL; i++)
    found |= json_object_has_member (record, veris_members[i]);

  if (!found)
    {
      g_autofree char *format = cordon_veris_get_text (record, "format");

      if (format != NULL && g_str_has_prefix (format, "cordon"))
        g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_VERSION,
                     _("%s: this is a Cordon file (format “%s”), not a VERIS incident record"), name, format);
      else if (json_object_has_member (record, "incident") && json_object_has_member (record, "should"))
        g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_VERSION,
                     _("%s: this is a VERIS validator test case; the record is its “incident” member"), name);
      else
        g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_VERSION,
                     _("%s: not a VERIS incident record: it has none of action, actor, asset, attribute, "
                       "timeline or schema_version"), name);
      return NULL;
    }

  self.name = name;
  self.record = record;
  self.inject_nodes = inject_nodes;
  self.notes = notes;

  incident_id = cordon_veris_get_text (record, "incident_id");
  schema = cordon_veris_get_text (record, "schema_version");
  add_note (&self, _("Made from the VERIS record %s (schema %s). Check the injects against the source before running it."),
            incident_id ? incident_id : _("without an id"), schema ? schema : _("not given"));

  return build (&self, error);
}
