/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-thehive.c: TheHive 5 cases in and out.
 *
 * A case maps onto an incident: title, description (summary), severity
 * 1–4, TLP 0–4 (clear, green, amber, amber+strict, red, in the order of
 * CordonTlp), status (phase), assignee (lead), start and end dates
 * (detected, closed), tasks (with their descriptions) and observables
 * (facts, which keep their data type, message and tags). What Cordon's
 * model has no place for — PAP, tags, the case number, task groups and
 * order, observable sightings — is kept in the payload of the journal
 * entry that records the import, and given back on export. An observable
 * exports with its own data type, or the one its fact's type or kind
 * names; its message is the fact's comment, or else its source.
 * docs/interchange.md has the tables.
 */

#define G_LOG_DOMAIN "cordon-thehive"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cordon-interchange-private.h"
#include "cordon-case-template.h"

#include "cordon-fact.h"
#include "cordon-incident.h"
#include "cordon-journal-entry.h"
#include "cordon-task.h"
#include "cordon-time.h"

#define FORMAT_ID "thehive"

static const struct {
  const char     *status;
  CordonPhase     phase;
} case_statuses[] = {
  /* The first of each phase is what an export writes */
  { "New", CORDON_PHASE_DETECTED },
  { "InProgress", CORDON_PHASE_ANALYSIS },
  { "Other", CORDON_PHASE_CLOSED },
  { "TruePositive", CORDON_PHASE_CLOSED },
  { "FalsePositive", CORDON_PHASE_CLOSED },
  { "Indeterminate", CORDON_PHASE_CLOSED },
  { "Duplicated", CORDON_PHASE_CLOSED },
  /* TheHive 4 */
  { "Open", CORDON_PHASE_ANALYSIS },
  { "Resolved", CORDON_PHASE_CLOSED },
};

static const struct {
  const char       *status;
  CordonTaskStatus  task_status;
} task_statuses[] = {
  { "Waiting", CORDON_TASK_STATUS_TODO },
  { "InProgress", CORDON_TASK_STATUS_IN_PROGRESS },
  { "Completed", CORDON_TASK_STATUS_DONE },
  { "Cancel", CORDON_TASK_STATUS_CANCELLED },
};

static const struct {
  const char     *data_type;
  CordonFactKind  kind;
} data_types[] = {
  /* The first of each kind is what an export writes */
  { "ip", CORDON_FACT_KIND_IP },
  { "domain", CORDON_FACT_KIND_DOMAIN },
  { "hostname", CORDON_FACT_KIND_HOST },
  { "fqdn", CORDON_FACT_KIND_HOST },
  { "url", CORDON_FACT_KIND_URL },
  { "uri_path", CORDON_FACT_KIND_URL },
  { "hash", CORDON_FACT_KIND_HASH },
  { "mail", CORDON_FACT_KIND_EMAIL },
  { "other", CORDON_FACT_KIND_OTHER },
  { "mail-subject", CORDON_FACT_KIND_OTHER },
  { "filename", CORDON_FACT_KIND_FILE },
  { "file", CORDON_FACT_KIND_FILE },
  { "user-account", CORDON_FACT_KIND_USER },
  { "regexp", CORDON_FACT_KIND_SIGNATURE },
  { "registry", CORDON_FACT_KIND_OTHER },
  { "user-agent", CORDON_FACT_KIND_OTHER },
  { "autonomous-system", CORDON_FACT_KIND_OTHER },
};

/* The data types of what other formats call a fact (MISP attribute types) */
static const struct {
  const char *type;
  const char *data_type;
} type_data_types[] = {
  { "AS", "autonomous-system" },
  { "email-subject", "mail-subject" },
  { "user-agent", "user-agent" },
  { "regkey", "registry" },
  { "regkey|value", "registry" },
  { "filename", "filename" },
  { "attachment", "file" },
  { "malware-sample", "file" },
  { "uri", "uri_path" },
};

#define KIND_TAG_PREFIX "cordon:kind="
#define CATEGORY_TAG_PREFIX "category:"

static char *
known_list (guint        n,
            const char *(*nth) (guint))
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, nth (i));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const char *nth_case_status (guint i) { return case_statuses[i].status; }
static const char *nth_task_status (guint i) { return task_statuses[i].status; }
static const char *nth_data_type (guint i) { return data_types[i].data_type; }

static char *
fact_id (CordonFactKind  kind,
         const char     *value)
{
  return g_strdup_printf ("%s:%s", cordon_fact_kind_to_id (kind), value);
}

/* Import --------------------------------------------------------------- */

static gboolean
import_task (CordonInterchangeImport  *ctx,
             CordonIncidentRecord     *record,
             JsonObject               *object,
             const char               *path,
             JsonBuilder              *extras,
             GError                  **error)
{
  g_autoptr(CordonTask) task = cordon_task_new ();
  const char *title = NULL;
  const char *description = NULL;
  const char *group = NULL;
  const char *status = NULL;
  const char *assignee = NULL;
  gint64 order = 0;
  gint64 due = 0;
  gboolean has_order = FALSE;
  gboolean found = FALSE;

  if (!_cordon_ix_string (ctx, object, path, "title", TRUE, &title, error) ||
      !_cordon_ix_string (ctx, object, path, "description", FALSE, &description, error) ||
      !_cordon_ix_string (ctx, object, path, "group", FALSE, &group, error) ||
      !_cordon_ix_string (ctx, object, path, "status", FALSE, &status, error) ||
      !_cordon_ix_string (ctx, object, path, "assignee", FALSE, &assignee, error) ||
      !_cordon_ix_int (ctx, object, path, "order", 0, G_MAXINT32, &has_order, &order, error) ||
      !_cordon_ix_epoch_ms (ctx, object, path, "dueDate", &due, error))
    return FALSE;

  if (assignee == NULL && !_cordon_ix_string (ctx, object, path, "owner", FALSE, &assignee, error))
    return FALSE;

  for (guint i = 0; status != NULL && i < G_N_ELEMENTS (task_statuses); i++)
    {
      if (g_str_equal (task_statuses[i].status, status))
        {
          cordon_task_set_status (task, task_statuses[i].task_status);
          found = TRUE;
        }
    }
  if (status != NULL && !found)
    {
      g_autofree char *known = known_list (G_N_ELEMENTS (task_statuses), nth_task_status);

      return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path,
                                       _("status: unknown task status “%s” (known: %s)"), status, known);
    }

  cordon_task_set_title (task, title);
  cordon_task_set_description (task, description);
  cordon_task_set_owner (task, assignee ? assignee : "");
  if (due != 0)
    {
      g_autoptr(GDateTime) time = cordon_time_to_date_time (due);

      cordon_task_set_due (task, time);
    }

  /* Order sorts the tasks; the group is kept for the way back */
  g_object_set_data (G_OBJECT (task), "thehive-order", GSIZE_TO_POINTER ((gsize) (has_order ? order : 0)));
  json_builder_begin_object (extras);
  json_builder_set_member_name (extras, "title");
  json_builder_add_string_value (extras, title);
  json_builder_set_member_name (extras, "group");
  json_builder_add_string_value (extras, group ? group : "default");
  json_builder_end_object (extras);

  g_ptr_array_add (record->tasks, g_steal_pointer (&task));

  return TRUE;
}

static int
compare_task_order (gconstpointer a,
                    gconstpointer b)
{
  gsize x = GPOINTER_TO_SIZE (g_object_get_data (*(GObject **) a, "thehive-order"));
  gsize y = GPOINTER_TO_SIZE (g_object_get_data (*(GObject **) b, "thehive-order"));

  return x < y ? -1 : x > y ? 1 : 0;
}

static gboolean
import_observable (CordonInterchangeImport  *ctx,
                   CordonIncidentRecord     *record,
                   JsonObject               *object,
                   const char               *path,
                   const char               *source,
                   JsonBuilder              *extras,
                   GHashTable               *seen,
                   GError                  **error)
{
  g_autoptr(CordonFact) fact = cordon_fact_new ();
  g_autoptr(GPtrArray) tags = NULL;
  g_autofree char *id = NULL;
  g_autoptr(GPtrArray) fact_tags = g_ptr_array_new ();
  const char *data_type = NULL;
  const char *data = NULL;
  const char *message = NULL;
  JsonObject *attachment = NULL;
  gboolean ioc = FALSE;
  gboolean sighted = FALSE;
  gboolean has_tlp = FALSE;
  gint64 tlp = CORDON_TLP_AMBER;
  gint64 start = 0;
  gint kind = -1;

  if (!_cordon_ix_string (ctx, object, path, "dataType", TRUE, &data_type, error) ||
      !_cordon_ix_string (ctx, object, path, "data", FALSE, &data, error) ||
      !_cordon_ix_string (ctx, object, path, "message", FALSE, &message, error) ||
      !_cordon_ix_object (ctx, object, path, "attachment", FALSE, &attachment, error) ||
      !_cordon_ix_bool (ctx, object, path, "ioc", &ioc, error) ||
      !_cordon_ix_bool (ctx, object, path, "sighted", &sighted, error) ||
      !_cordon_ix_int (ctx, object, path, "tlp", 0, 4, &has_tlp, &tlp, error) ||
      !_cordon_ix_strings (ctx, object, path, "tags", &tags, error) ||
      !_cordon_ix_epoch_ms (ctx, object, path, "startDate", &start, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (data_types); i++)
    {
      if (g_str_equal (data_types[i].data_type, data_type))
        {
          kind = data_types[i].kind;
          break;
        }
    }
  if (kind < 0)
    {
      g_autofree char *known = known_list (G_N_ELEMENTS (data_types), nth_data_type);

      return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path,
                                       _("dataType: unknown data type “%s” (known: %s)"), data_type, known);
    }

  /* Our own tag says which kind an ambiguous data type stood for */
  for (guint i = 0; i < tags->len; i++)
    {
      const char *tag = tags->pdata[i];
      CordonFactKind tagged;

      if (g_str_has_prefix (tag, KIND_TAG_PREFIX))
        {
          if (cordon_fact_kind_from_id (tag + strlen (KIND_TAG_PREFIX), &tagged))
            kind = tagged;
        }
      else
        g_ptr_array_add (fact_tags, (gpointer) tag);
    }
  g_ptr_array_add (fact_tags, NULL);

  if (data == NULL && attachment != NULL &&
      !_cordon_ix_string (ctx, attachment, path, "name", FALSE, &data, error))
    return FALSE;
  if (data == NULL || data[0] == '\0')
    return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path,
                                     _("data: missing"));

  cordon_fact_set_kind (fact, kind);
  cordon_fact_set_value (fact, data);
  cordon_fact_set_is_ioc (fact, ioc);
  cordon_fact_set_tlp (fact, has_tlp ? tlp : cordon_incident_get_tlp (record->incident));
  cordon_fact_set_source (fact, source);
  cordon_fact_set_origin_type (fact, data_type);
  cordon_fact_set_comment (fact, message);
  cordon_fact_set_tags (fact, (const char * const *) fact_tags->pdata);
  if (start != 0)
    {
      g_autoptr(GDateTime) time = cordon_time_to_date_time (start);

      cordon_fact_set_added (fact, time);
    }

  /* The first of repeated observables speaks for them */
  id = fact_id (kind, data);
  g_ptr_array_add (record->facts, g_steal_pointer (&fact));
  if (g_hash_table_contains (seen, id))
    return TRUE;
  g_hash_table_add (seen, g_strdup (id));
  json_builder_set_member_name (extras, id);
  json_builder_begin_object (extras);
  json_builder_set_member_name (extras, "dataType");
  json_builder_add_string_value (extras, data_type);
  json_builder_set_member_name (extras, "sighted");
  json_builder_add_boolean_value (extras, sighted);
  json_builder_set_member_name (extras, "tags");
  json_builder_begin_array (extras);
  for (guint i = 0; i < tags->len; i++)
    {
      if (!g_str_has_prefix (tags->pdata[i], KIND_TAG_PREFIX))
        json_builder_add_string_value (extras, tags->pdata[i]);
    }
  json_builder_end_array (extras);
  json_builder_end_object (extras);

  return TRUE;
}

static gboolean
import_case (CordonInterchangeImport  *ctx,
             JsonObject               *object,
             const char               *path,
             GError                  **error)
{
  g_autoptr(CordonIncidentRecord) record = cordon_incident_record_new ();
  g_autoptr(JsonBuilder) extras = json_builder_new ();
  g_autoptr(JsonBuilder) task_extras = json_builder_new ();
  g_autoptr(JsonBuilder) observable_extras = json_builder_new ();
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *source = NULL;
  g_autofree char *provenance = NULL;
  CordonIncident *incident;
  const char *title = NULL;
  const char *description = NULL;
  const char *status = NULL;
  const char *assignee = NULL;
  const char *summary = NULL;
  const char *case_id = NULL;
  const char *author = NULL;
  const char *category = NULL;
  JsonArray *tasks = NULL;
  JsonArray *observables = NULL;
  gint64 severity = 2;
  gint64 tlp = CORDON_TLP_AMBER;
  gint64 pap = 2;
  gint64 number = 0;
  gint64 start = 0;
  gint64 end = 0;
  gint64 created = 0;
  gboolean has_number = FALSE;
  gboolean found = FALSE;
  CordonPhase phase = CORDON_PHASE_DETECTED;

  if (!_cordon_ix_string (ctx, object, path, "title", TRUE, &title, error) ||
      !_cordon_ix_string (ctx, object, path, "description", FALSE, &description, error) ||
      !_cordon_ix_int (ctx, object, path, "severity", 1, 4, NULL, &severity, error) ||
      !_cordon_ix_int (ctx, object, path, "tlp", 0, 4, NULL, &tlp, error) ||
      !_cordon_ix_int (ctx, object, path, "pap", 0, 3, NULL, &pap, error) ||
      !_cordon_ix_strings (ctx, object, path, "tags", &tags, error) ||
      !_cordon_ix_string (ctx, object, path, "status", FALSE, &status, error) ||
      !_cordon_ix_string (ctx, object, path, "assignee", FALSE, &assignee, error) ||
      !_cordon_ix_string (ctx, object, path, "summary", FALSE, &summary, error) ||
      !_cordon_ix_string (ctx, object, path, "_id", FALSE, &case_id, error) ||
      !_cordon_ix_int (ctx, object, path, "number", 0, G_MAXINT64, &has_number, &number, error) ||
      !_cordon_ix_epoch_ms (ctx, object, path, "startDate", &start, error) ||
      !_cordon_ix_epoch_ms (ctx, object, path, "endDate", &end, error) ||
      !_cordon_ix_array (ctx, object, path, "tasks", FALSE, &tasks, error) ||
      !_cordon_ix_array (ctx, object, path, "observables", FALSE, &observables, error))
    return FALSE;

  /* TheHive 4 names a few of these differently */
  if (assignee == NULL && !_cordon_ix_string (ctx, object, path, "owner", FALSE, &assignee, error))
    return FALSE;
  if (!has_number && !_cordon_ix_int (ctx, object, path, "caseId", 0, G_MAXINT64, &has_number, &number, error))
    return FALSE;
  if (case_id == NULL && !_cordon_ix_string (ctx, object, path, "id", FALSE, &case_id, error))
    return FALSE;
  if (!_cordon_ix_epoch_ms (ctx, object, path, "_createdAt", &created, error) ||
      (created == 0 && !_cordon_ix_epoch_ms (ctx, object, path, "createdAt", &created, error)) ||
      !_cordon_ix_string (ctx, object, path, "_createdBy", FALSE, &author, error) ||
      (author == NULL && !_cordon_ix_string (ctx, object, path, "createdBy", FALSE, &author, error)))
    return FALSE;

  for (guint i = 0; status != NULL && i < G_N_ELEMENTS (case_statuses); i++)
    {
      if (g_str_equal (case_statuses[i].status, status))
        {
          phase = case_statuses[i].phase;
          found = TRUE;
          break;
        }
    }
  if (status != NULL && !found)
    {
      g_autofree char *known = known_list (G_N_ELEMENTS (case_statuses), nth_case_status);

      return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path,
                                       _("status: unknown case status “%s” (known: %s)"), status, known);
    }

  for (guint i = 0; i < tags->len && category == NULL; i++)
    {
      const char *tag = tags->pdata[i];

      if (g_str_has_prefix (tag, CATEGORY_TAG_PREFIX))
        category = tag + strlen (CATEGORY_TAG_PREFIX);
    }

  incident = record->incident;
  cordon_incident_set_title (incident, title);
  cordon_incident_set_summary (incident, description ? description : "");
  cordon_incident_set_severity (incident, _cordon_interchange_severity (ctx, severity - 1));
  cordon_incident_set_category (incident, _cordon_interchange_category (ctx, category));
  cordon_incident_set_tlp (incident, tlp);
  cordon_incident_set_phase (incident, phase);
  cordon_incident_set_lead (incident, assignee ? assignee : "");
  if (start == 0)
    start = created;
  cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_DETECTED, start);
  if (created != 0)
    cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_REPORTED, created);
  if (phase != CORDON_PHASE_DETECTED)
    cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED, MAX (start, created));
  if (phase == CORDON_PHASE_CLOSED)
    cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_CLOSED, end != 0 ? end : MAX (start, created));

  if (has_number)
    {
      source = g_strdup_printf (_("TheHive case #%" G_GINT64_FORMAT), number);
      provenance = g_strdup_printf (_("Imported from TheHive case #%" G_GINT64_FORMAT " (%s)"), number, ctx->name);
    }
  else
    {
      source = g_strdup (_("TheHive case"));
      provenance = g_strdup_printf (_("Imported from a TheHive case (%s)"), ctx->name);
    }

  json_builder_begin_array (task_extras);
  for (guint i = 0; tasks != NULL && i < json_array_get_length (tasks); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.tasks[%u]", path, i);
      JsonObject *task;

      if (!_cordon_ix_element_object (ctx, tasks, i, where, &task, error) ||
          !import_task (ctx, record, task, where, task_extras, error))
        return FALSE;
    }
  json_builder_end_array (task_extras);
  /* An insertion sort keeps tasks of the same order in file order */
  for (guint i = 1; i < record->tasks->len; i++)
    for (guint j = i; j > 0 && compare_task_order (&record->tasks->pdata[j - 1], &record->tasks->pdata[j]) > 0; j--)
      {
        gpointer swap = record->tasks->pdata[j];

        record->tasks->pdata[j] = record->tasks->pdata[j - 1];
        record->tasks->pdata[j - 1] = swap;
      }

  json_builder_begin_object (observable_extras);
  for (guint i = 0; observables != NULL && i < json_array_get_length (observables); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.observables[%u]", path, i);
      JsonObject *observable;

      if (!_cordon_ix_element_object (ctx, observables, i, where, &observable, error) ||
          !import_observable (ctx, record, observable, where, source, observable_extras, seen, error))
        return FALSE;
    }
  json_builder_end_object (observable_extras);

  /* The provenance entry, with what Cordon has no place for */
  json_builder_begin_object (extras);
  json_builder_set_member_name (extras, CORDON_INTERCHANGE_PAYLOAD_MEMBER);
  json_builder_begin_object (extras);
  json_builder_set_member_name (extras, "format");
  json_builder_add_string_value (extras, FORMAT_ID);
  if (case_id != NULL)
    {
      json_builder_set_member_name (extras, "id");
      json_builder_add_string_value (extras, case_id);
    }
  if (has_number)
    {
      json_builder_set_member_name (extras, "number");
      json_builder_add_int_value (extras, number);
    }
  if (status != NULL)
    {
      json_builder_set_member_name (extras, "status");
      json_builder_add_string_value (extras, status);
    }
  json_builder_set_member_name (extras, "pap");
  json_builder_add_int_value (extras, pap);
  json_builder_set_member_name (extras, "tags");
  json_builder_begin_array (extras);
  for (guint i = 0; i < tags->len; i++)
    json_builder_add_string_value (extras, tags->pdata[i]);
  json_builder_end_array (extras);
  json_builder_set_member_name (extras, "tasks");
  json_builder_add_value (extras, json_builder_get_root (task_extras));
  json_builder_set_member_name (extras, "observables");
  json_builder_add_value (extras, json_builder_get_root (observable_extras));
  json_builder_end_object (extras);
  json_builder_end_object (extras);

  {
    g_autoptr(JsonNode) payload = json_builder_get_root (extras);

    g_ptr_array_add (record->journal,
                     _cordon_interchange_note (created != 0 ? created : start, CORDON_JOURNAL_KIND_NOTE,
                                               author ? author : "TheHive", provenance, payload));
  }

  if (summary != NULL && summary[0] != '\0')
    g_ptr_array_add (record->journal,
                     _cordon_interchange_note (end != 0 ? end : start, CORDON_JOURNAL_KIND_DECISION,
                                               assignee ? assignee : "TheHive", summary, NULL));

  return _cordon_interchange_store (ctx, record, case_id, path, error);
}

/* A case template: TheHive's playbook. Its tasks keep their order
 * (`order`, then their place in the file), title, description and
 * group; severity, TLP and a `category:` tag are what an incident opened
 * from it starts with. */
static gboolean
import_template (CordonInterchangeImport  *ctx,
                 JsonObject               *object,
                 const char               *path,
                 GError                  **error)
{
  g_autoptr(CordonCaseTemplate) template = NULL;
  g_autoptr(CordonCaseTemplate) existing = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  const char *given_name = NULL;
  const char *display_name = NULL;
  const char *prefix = NULL;
  const char *description = NULL;
  const char *category = NULL;
  JsonArray *tasks = NULL;
  gint64 severity = 0;
  gint64 tlp = CORDON_TLP_AMBER;
  gboolean has_severity = FALSE;
  guint *sorted;
  guint n_tasks;

  if (!_cordon_ix_string (ctx, object, path, "name", TRUE, &given_name, error) ||
      !_cordon_ix_string (ctx, object, path, "displayName", FALSE, &display_name, error) ||
      !_cordon_ix_string (ctx, object, path, "titlePrefix", FALSE, &prefix, error) ||
      !_cordon_ix_string (ctx, object, path, "description", FALSE, &description, error) ||
      !_cordon_ix_int (ctx, object, path, "severity", 1, 4, &has_severity, &severity, error) ||
      !_cordon_ix_int (ctx, object, path, "tlp", 0, 4, NULL, &tlp, error) ||
      !_cordon_ix_strings (ctx, object, path, "tags", &tags, error) ||
      !_cordon_ix_array (ctx, object, path, "tasks", FALSE, &tasks, error))
    return FALSE;

  for (guint i = 0; i < tags->len && category == NULL; i++)
    {
      const char *tag = tags->pdata[i];

      if (g_str_has_prefix (tag, CATEGORY_TAG_PREFIX))
        category = tag + strlen (CATEGORY_TAG_PREFIX);
    }

  name = _cordon_interchange_clip (display_name != NULL && display_name[0] != '\0' ? display_name : given_name, 500);
  template = cordon_case_template_new (name);
  cordon_case_template_set_title_prefix (template, prefix);
  cordon_case_template_set_description (template, description);
  if (has_severity)
    cordon_case_template_set_severity (template, _cordon_interchange_severity (ctx, severity - 1));
  if (category != NULL)
    cordon_case_template_set_category (template, _cordon_interchange_category (ctx, category));
  cordon_case_template_set_tlp (template, tlp);
  cordon_case_template_set_source (template, ctx->name);

  /* Tasks by their order; ties keep the file's */
  n_tasks = tasks != NULL ? json_array_get_length (tasks) : 0;
  sorted = g_new (guint, MAX (n_tasks, 1));
  for (guint i = 0; i < n_tasks; i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.tasks[%u]", path, i);
      JsonObject *task;
      gint64 position = i;

      if (!_cordon_ix_element_object (ctx, tasks, i, where, &task, error) ||
          !_cordon_ix_int (ctx, task, where, "order", 0, G_MAXINT32, NULL, &position, error))
        {
          g_free (sorted);
          return FALSE;
        }
      g_array_append_val (order, position);
      sorted[i] = i;
    }
  for (guint i = 1; i < n_tasks; i++)
    for (guint j = i; j > 0 && g_array_index (order, gint64, sorted[j - 1]) > g_array_index (order, gint64, sorted[j]); j--)
      {
        guint swap = sorted[j];

        sorted[j] = sorted[j - 1];
        sorted[j - 1] = swap;
      }

  for (guint k = 0; k < n_tasks; k++)
    {
      guint i = sorted[k];
      g_autofree char *where = g_strdup_printf ("%s.tasks[%u]", path, i);
      g_autofree char *task_title = NULL;
      JsonObject *task = json_array_get_object_element (tasks, i);
      const char *title = NULL;
      const char *task_description = NULL;
      const char *group = NULL;

      if (!_cordon_ix_string (ctx, task, where, "title", TRUE, &title, error) ||
          !_cordon_ix_string (ctx, task, where, "description", FALSE, &task_description, error) ||
          !_cordon_ix_string (ctx, task, where, "group", FALSE, &group, error))
        {
          g_free (sorted);
          return FALSE;
        }
      task_title = _cordon_interchange_clip (title, 500);
      cordon_case_template_add_task (template, task_title, task_description, group);
    }
  g_free (sorted);

  existing = cordon_workspace_lookup_case_template (ctx->workspace, name, NULL);
  if (existing != NULL && ctx->on_duplicate == CORDON_IMPORT_DUPLICATE_SKIP)
    {
      ctx->summary->n_skipped++;
      g_ptr_array_add (ctx->summary->notes,
                       g_strdup_printf (_("%s: the case template “%s” is there already: skipped"), ctx->name, name));
      return TRUE;
    }
  if (existing != NULL && ctx->on_duplicate == CORDON_IMPORT_DUPLICATE_NEW)
    {
      for (guint n = 2;; n++)
        {
          g_autofree char *other = g_strdup_printf ("%s (%u)", name, n);
          g_autoptr(CordonCaseTemplate) taken = cordon_workspace_lookup_case_template (ctx->workspace, other, NULL);

          if (taken == NULL)
            {
              cordon_case_template_set_name (template, other);
              break;
            }
        }
    }
  else if (existing != NULL)
    {
      ctx->summary->n_updated++;
      g_ptr_array_add (ctx->summary->notes,
                       g_strdup_printf (_("%s: the case template “%s” was replaced by the file’s"), ctx->name, name));
    }

  if (!cordon_workspace_save_case_template (ctx->workspace, template, &local_error))
    return _cordon_interchange_fail (error, CORDON_IO_ERROR_SCHEMA, ctx->name, path, "%s", local_error->message);

  ctx->summary->n_templates++;

  return TRUE;
}

/* A case template, as opposed to a case: TheHive marks it, or it has a
 * name and no title */
static gboolean
is_template (JsonObject *object)
{
  JsonNode *type = json_object_get_member (object, "_type");

  if (type != NULL && JSON_NODE_HOLDS_VALUE (type) && json_node_get_value_type (type) == G_TYPE_STRING)
    return g_str_equal (json_node_get_string (type), "CaseTemplate");

  return json_object_has_member (object, "name") && !json_object_has_member (object, "title");
}

gboolean
_cordon_thehive_import (CordonInterchangeImport  *ctx,
                        JsonObject               *root,
                        GError                  **error)
{
  JsonArray *cases = NULL;

  if (is_template (root))
    return import_template (ctx, root, "$", error);
  if (!json_object_has_member (root, "cases"))
    return import_case (ctx, root, "$", error);

  /* Several cases, as Cordon writes them */
  if (!_cordon_ix_array (ctx, root, "$", "cases", TRUE, &cases, error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (cases); i++)
    {
      g_autofree char *where = g_strdup_printf ("$.cases[%u]", i);
      JsonObject *object;

      if (!_cordon_ix_element_object (ctx, cases, i, where, &object, error) ||
          !import_case (ctx, object, where, error))
        return FALSE;
    }

  return TRUE;
}

/* Export --------------------------------------------------------------- */

static JsonObject *
extras_member (JsonObject *extras,
               const char *member)
{
  JsonNode *node = extras ? json_object_get_member (extras, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static void
add_time_ms (JsonBuilder *builder,
             const char  *member,
             GDateTime   *time)
{
  if (time == NULL)
    return;

  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, cordon_time_from_date_time (time) / 1000);
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
add_int (JsonBuilder *builder,
         const char  *member,
         gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

static const char *
task_group (JsonObject *extras,
            const char *title)
{
  JsonNode *node = extras ? json_object_get_member (extras, "tasks") : NULL;
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return "default";

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *object;
      const char *group;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      object = json_node_get_object (element);
      group = _cordon_json_string (object, "group");
      if (group != NULL && g_strcmp0 (_cordon_json_string (object, "title"), title) == 0)
        return group;
    }

  return "default";
}

/* The data type of a fact of @type (as another format named it, or as
 * TheHive did), when that tells more than its kind */
static const char *
data_type_for_type (const char     *type,
                    CordonFactKind  kind)
{
  /* TheHive's one type of signature is a regular expression */
  if (kind == CORDON_FACT_KIND_SIGNATURE && !g_str_equal (type, "regexp"))
    return "other";

  for (guint i = 0; i < G_N_ELEMENTS (data_types); i++)
    {
      if (g_str_equal (data_types[i].data_type, type) && data_types[i].kind == kind)
        return data_types[i].data_type;
    }
  for (guint i = 0; i < G_N_ELEMENTS (type_data_types); i++)
    {
      if (g_str_equal (type_data_types[i].type, type))
        {
          for (guint j = 0; j < G_N_ELEMENTS (data_types); j++)
            {
              if (g_str_equal (data_types[j].data_type, type_data_types[i].data_type) && data_types[j].kind == kind)
                return type_data_types[i].data_type;
            }
        }
    }

  return NULL;
}

static void
add_case (JsonBuilder          *builder,
          CordonWorkspace      *workspace,
          CordonIncidentRecord *record)
{
  CordonIncident *incident = record->incident;
  JsonObject *extras = _cordon_interchange_find_extras (record, FORMAT_ID);
  JsonObject *observable_extras = extras_member (extras, "observables");
  g_autofree char *category_tag = g_strconcat (CATEGORY_TAG_PREFIX, cordon_incident_get_category (incident), NULL);
  g_autoptr(GDateTime) detected = cordon_incident_dup_time (incident, CORDON_INCIDENT_TIME_DETECTED);
  g_autoptr(GDateTime) closed = cordon_incident_dup_time (incident, CORDON_INCIDENT_TIME_CLOSED);
  CordonPhase phase = cordon_incident_get_phase (incident);
  const char *status = NULL;
  const char *kept_status = extras ? _cordon_json_string (extras, "status") : NULL;
  gboolean has_category_tag = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (case_statuses); i++)
    {
      /* The status the case came with, while it still fits the phase */
      if (kept_status != NULL && g_str_equal (case_statuses[i].status, kept_status) &&
          (case_statuses[i].phase == phase ||
           (case_statuses[i].phase == CORDON_PHASE_ANALYSIS && phase != CORDON_PHASE_DETECTED &&
            phase != CORDON_PHASE_CLOSED)))
        {
          status = kept_status;
          break;
        }
    }
  if (status == NULL)
    status = phase == CORDON_PHASE_DETECTED ? "New" : phase == CORDON_PHASE_CLOSED ? "Other" : "InProgress";

  json_builder_begin_object (builder);
  add_string (builder, "_type", "Case");
  if (extras != NULL && json_object_has_member (extras, "id"))
    add_string (builder, "_id", _cordon_json_string (extras, "id"));
  if (extras != NULL && json_object_has_member (extras, "number"))
    add_int (builder, "number", _cordon_json_int (extras, "number", 0));
  add_string (builder, "title", cordon_incident_get_title (incident));
  add_string (builder, "description", cordon_incident_get_summary (incident));
  add_int (builder, "severity", 1 + _cordon_interchange_severity_rank (workspace, cordon_incident_get_severity (incident)));
  add_int (builder, "tlp", cordon_incident_get_tlp (incident));
  add_int (builder, "pap", extras ? _cordon_json_int (extras, "pap", 2) : 2);
  add_string (builder, "status", status);
  add_time_ms (builder, "startDate", detected);
  if (phase == CORDON_PHASE_CLOSED)
    add_time_ms (builder, "endDate", closed);
  if (cordon_incident_get_lead (incident)[0] != '\0')
    add_string (builder, "assignee", cordon_incident_get_lead (incident));

  json_builder_set_member_name (builder, "tags");
  json_builder_begin_array (builder);
  if (extras != NULL && json_object_has_member (extras, "tags") &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (extras, "tags")))
    {
      JsonArray *tags = json_object_get_array_member (extras, "tags");

      for (guint i = 0; i < json_array_get_length (tags); i++)
        {
          const char *tag = _cordon_json_element_string (tags, i);

          if (tag == NULL)
            continue;
          /* A reclassified incident drops the old category tag */
          if (g_str_has_prefix (tag, CATEGORY_TAG_PREFIX))
            {
              if (!g_str_equal (tag, category_tag))
                continue;
              has_category_tag = TRUE;
            }
          json_builder_add_string_value (builder, tag);
        }
    }
  if (!has_category_tag)
    json_builder_add_string_value (builder, category_tag);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "tasks");
  json_builder_begin_array (builder);
  for (guint i = 0; i < record->tasks->len; i++)
    {
      CordonTask *task = record->tasks->pdata[i];
      const char *task_status = "Waiting";

      for (guint j = 0; j < G_N_ELEMENTS (task_statuses); j++)
        {
          if (task_statuses[j].task_status == cordon_task_get_status (task))
            task_status = task_statuses[j].status;
        }

      json_builder_begin_object (builder);
      add_string (builder, "title", cordon_task_get_title (task));
      if (cordon_task_get_description (task)[0] != '\0')
        add_string (builder, "description", cordon_task_get_description (task));
      add_string (builder, "group", task_group (extras, cordon_task_get_title (task)));
      add_int (builder, "order", i);
      add_string (builder, "status", task_status);
      if (cordon_task_get_owner (task)[0] != '\0')
        add_string (builder, "assignee", cordon_task_get_owner (task));
      add_time_ms (builder, "dueDate", cordon_task_get_due (task));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "observables");
  json_builder_begin_array (builder);
  for (guint i = 0; i < record->facts->len; i++)
    {
      CordonFact *fact = record->facts->pdata[i];
      CordonFactKind kind = cordon_fact_get_kind (fact);
      g_autofree char *id = fact_id (kind, cordon_fact_get_value (fact));
      JsonObject *kept = extras_member (observable_extras, id);
      const char *data_type = NULL;
      gboolean sighted = kept ? _cordon_json_bool (kept, "sighted", FALSE) : FALSE;
      gboolean ambiguous = TRUE;

      if (kept != NULL)
        data_type = _cordon_json_string (kept, "dataType");
      if (data_type == NULL)
        data_type = data_type_for_type (cordon_fact_get_origin_type (fact), kind);
      for (guint j = 0; j < G_N_ELEMENTS (data_types); j++)
        {
          if (data_type == NULL && data_types[j].kind == kind)
            data_type = data_types[j].data_type;
        }
      for (guint j = 0; j < G_N_ELEMENTS (data_types); j++)
        {
          if (g_strcmp0 (data_types[j].data_type, data_type) == 0)
            ambiguous = data_types[j].kind != kind;
        }

      json_builder_begin_object (builder);
      add_string (builder, "dataType", data_type ? data_type : "other");
      add_string (builder, "data", cordon_fact_get_value (fact));
      json_builder_set_member_name (builder, "ioc");
      json_builder_add_boolean_value (builder, cordon_fact_get_is_ioc (fact));
      json_builder_set_member_name (builder, "sighted");
      json_builder_add_boolean_value (builder, sighted);
      add_int (builder, "tlp", cordon_fact_get_tlp (fact));
      add_time_ms (builder, "startDate", cordon_fact_get_added (fact));
      /* What the observable said of itself, else where the fact came from */
      if (cordon_fact_get_comment (fact)[0] != '\0')
        add_string (builder, "message", cordon_fact_get_comment (fact));
      else if (cordon_fact_get_source (fact)[0] != '\0')
        add_string (builder, "message", cordon_fact_get_source (fact));
      json_builder_set_member_name (builder, "tags");
      json_builder_begin_array (builder);
      for (const char * const *tag = cordon_fact_get_tags (fact); *tag != NULL; tag++)
        json_builder_add_string_value (builder, *tag);
      if (cordon_fact_get_tags (fact)[0] == NULL &&
          kept != NULL && json_object_has_member (kept, "tags") &&
          JSON_NODE_HOLDS_ARRAY (json_object_get_member (kept, "tags")))
        {
          JsonArray *tags = json_object_get_array_member (kept, "tags");

          for (guint j = 0; j < json_array_get_length (tags); j++)
            {
              const char *tag = _cordon_json_element_string (tags, j);

              if (tag != NULL)
                json_builder_add_string_value (builder, tag);
            }
        }
      if (ambiguous)
        {
          g_autofree char *tag = g_strconcat (KIND_TAG_PREFIX, cordon_fact_kind_to_id (kind), NULL);

          json_builder_add_string_value (builder, tag);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}

/**
 * _cordon_thehive_export:
 *
 * Returns: (transfer full): one case object for one incident, else an
 *   object whose `cases` array holds one case per incident
 */
JsonNode *
_cordon_thehive_export (CordonWorkspace *workspace,
                        GPtrArray       *records)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  if (records->len == 1)
    {
      add_case (builder, workspace, records->pdata[0]);
      return json_builder_get_root (builder);
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "cases");
  json_builder_begin_array (builder);
  for (guint i = 0; i < records->len; i++)
    add_case (builder, workspace, records->pdata[i]);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
