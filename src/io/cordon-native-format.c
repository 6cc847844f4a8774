/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-native-format.c: the members of Cordon's own JSON format, one
 * table per kind of object, and the conversions between those objects and
 * JSON. docs/format.md describes the format for people; keep the two in
 * step.
 */

#define G_LOG_DOMAIN "cordon-native"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-native-format.h"
#include "cordon-json-object.h"

#include "cordon-custody-transfer.h"
#include "cordon-evidence-check.h"
#include "cordon-evidence-item.h"
#include "cordon-fact.h"
#include "cordon-group.h"
#include "cordon-incident.h"
#include "cordon-journal-entry.h"
#include "cordon-member.h"
#include "cordon-monitoring-check.h"
#include "cordon-plan-action.h"
#include "cordon-follow-up.h"
#include "cordon-recovery-item.h"
#include "cordon-protocol.h"
#include "cordon-question.h"
#include "cordon-sla-policy.h"
#include "cordon-strategy.h"
#include "cordon-task.h"
#include "cordon-time.h"
#include "cordon-taxonomy.h"
#include "cordon-taxonomy-entry.h"
#include "cordon-validation.h"

/* Longest texts accepted, in characters: a title is one line, a text is
 * a few pages. */
#define MAX_LINE  500
#define MAX_NAME  200
#define MAX_TEXT  100000

static const CordonJsonField incident_fields[] = {
  { "key", "key", CORDON_JSON_FIELD_STRING, TRUE, 1, 32 },
  { "title", "title", CORDON_JSON_FIELD_STRING, TRUE, 1, MAX_LINE },
  { "summary", "summary", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT },
  { "category", "category", CORDON_JSON_FIELD_STRING, TRUE, 1, 64 },
  { "severity", "severity", CORDON_JSON_FIELD_STRING, TRUE, 1, 64 },
  { "impact", "impact", CORDON_JSON_FIELD_STRING, FALSE, 0, 64 },
  { "tlp", "tlp", CORDON_JSON_FIELD_ENUM, FALSE },
  { "lead", "lead", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_NAME },
  { "phase", "phase", CORDON_JSON_FIELD_ENUM, FALSE },
  { "groups", "groups", CORDON_JSON_FIELD_STRV, FALSE },
  { "exercise", "exercise", CORDON_JSON_FIELD_BOOLEAN, FALSE },
};

static const CordonJsonField journal_fields[] = {
  { "kind", "kind", CORDON_JSON_FIELD_ENUM, TRUE },
  { "time", "time", CORDON_JSON_FIELD_TIME, TRUE },
  { "author", "author", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_NAME },
  { "text", "text", CORDON_JSON_FIELD_STRING, TRUE, 0, MAX_TEXT },
  { "payload", "payload", CORDON_JSON_FIELD_OBJECT, FALSE },
};

static const CordonJsonField fact_fields[] = {
  { "kind", "kind", CORDON_JSON_FIELD_ENUM, TRUE },
  { "value", "value", CORDON_JSON_FIELD_STRING, TRUE, 1, MAX_TEXT },
  { "source", "source", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_LINE },
  { "tlp", "tlp", CORDON_JSON_FIELD_ENUM, FALSE },
  { "ioc", "is-ioc", CORDON_JSON_FIELD_BOOLEAN, FALSE },
  { "added", "added", CORDON_JSON_FIELD_TIME, FALSE },
  /* What a sharing format said about it (docs/interchange.md) */
  { "uuid", "uuid", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_LINE, TRUE },
  { "origin_type", "origin-type", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_LINE, TRUE },
  { "origin_category", "origin-category", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_LINE, TRUE },
  { "comment", "comment", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT, TRUE },
  { "tags", "tags", CORDON_JSON_FIELD_STRV, FALSE, 0, MAX_LINE, TRUE },
  { "first_seen", "first-seen", CORDON_JSON_FIELD_TIME, FALSE },
  { "last_seen", "last-seen", CORDON_JSON_FIELD_TIME, FALSE },
  { "group", "group", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_LINE, TRUE },
  { "group_name", "group-name", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_LINE, TRUE },
  { "group_comment", "group-comment", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT, TRUE },
  { "relation", "relation", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_LINE, TRUE },
};

static const CordonJsonField question_fields[] = {
  { "text", "text", CORDON_JSON_FIELD_STRING, TRUE, 1, MAX_TEXT },
  { "owner", "owner", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_NAME },
  { "status", "status", CORDON_JSON_FIELD_ENUM, FALSE },
  { "answer", "answer", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT },
  { "created", "created", CORDON_JSON_FIELD_TIME, FALSE },
};

static const CordonJsonField task_fields[] = {
  { "title", "title", CORDON_JSON_FIELD_STRING, TRUE, 1, MAX_LINE },
  { "owner", "owner", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_NAME },
  { "due", "due", CORDON_JSON_FIELD_TIME, FALSE },
  { "status", "status", CORDON_JSON_FIELD_ENUM, FALSE },
  { "created", "created", CORDON_JSON_FIELD_TIME, FALSE },
  { "description", "description", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT, TRUE },
};

/* "strategy" (a slug or null) and "checks" are written by hand */
static const CordonJsonField plan_action_fields[] = {
  { "title", "title", CORDON_JSON_FIELD_STRING, TRUE, 1, MAX_LINE },
  { "term", "term", CORDON_JSON_FIELD_ENUM, FALSE },
  { "owner", "owner", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_NAME },
  { "status", "status", CORDON_JSON_FIELD_ENUM, FALSE },
  { "waive-reason", "waive-reason", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT },
  { "started", "started", CORDON_JSON_FIELD_TIME, FALSE },
  { "finished", "finished", CORDON_JSON_FIELD_TIME, FALSE },
  { "notes", "notes", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT },
  { "evidence-risk", "evidence-risk", CORDON_JSON_FIELD_BOOLEAN, FALSE },
};

static const CordonJsonField recovery_fields[] = {
  { "compromised", "compromised", CORDON_JSON_FIELD_TIME, FALSE },
  { "legal", "legal", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT },
  { "forensic-scope", "forensic-scope", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT },
  { "root-cause", "root-cause", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT },
  { "decision", "decision", CORDON_JSON_FIELD_ENUM, FALSE },
  { "decision-reason", "decision-reason", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT },
  { "restore-point", "restore-point", CORDON_JSON_FIELD_TIME, FALSE },
  { "decided", "decided", CORDON_JSON_FIELD_TIME, FALSE },
};

static const CordonJsonField recovery_item_fields[] = {
  { "id", "slug", CORDON_JSON_FIELD_STRING, TRUE, 1, 64 },
  { "stage", "stage", CORDON_JSON_FIELD_ENUM, TRUE },
  { "title", "title", CORDON_JSON_FIELD_STRING, TRUE, 1, MAX_LINE },
  { "description", "description", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT },
  { "owner", "owner", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_NAME },
  { "due", "due", CORDON_JSON_FIELD_TIME, FALSE },
  { "status", "status", CORDON_JSON_FIELD_ENUM, FALSE },
  { "done", "done", CORDON_JSON_FIELD_TIME, FALSE },
  { "reason", "reason", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT },
  { "notes", "notes", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT },
  { "evidence", "evidence", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT },
};

static const CordonJsonField review_fields[] = {
  { "went-well", "went-well", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT },
  { "went-badly", "went-badly", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT },
  { "completed", "completed", CORDON_JSON_FIELD_TIME, FALSE },
  { "skip-reason", "skip-reason", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT },
};

static const CordonJsonField follow_up_fields[] = {
  { "text", "text", CORDON_JSON_FIELD_STRING, TRUE, 1, MAX_TEXT },
  { "owner", "owner", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_NAME },
  { "due", "due", CORDON_JSON_FIELD_TIME, FALSE },
  { "done", "done", CORDON_JSON_FIELD_TIME, FALSE },
};

static const CordonJsonField check_fields[] = {
  { "target", "target", CORDON_JSON_FIELD_ENUM, TRUE },
  { "text", "text", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_LINE },
  { "duration-seconds", "duration", CORDON_JSON_FIELD_INTEGER, FALSE, 0, 3660 * 86400 },
  { "interval-seconds", "interval", CORDON_JSON_FIELD_INTEGER, FALSE, 0, 366 * 86400 },
  { "next-due", "next-due", CORDON_JSON_FIELD_TIME, FALSE },
  { "ends", "ends", CORDON_JSON_FIELD_TIME, FALSE },
  { "outcome", "outcome", CORDON_JSON_FIELD_ENUM, FALSE },
  { "outcome-notes", "outcome-notes", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT },
};

/* "custody" and "checks" are written by hand. The journal entry named by
 * journal-seq records the same item; the importer checks that it does. */
static const CordonJsonField evidence_fields[] = {
  { "number", "number", CORDON_JSON_FIELD_INTEGER, TRUE, 1, G_MAXINT32 },
  { "kind", "kind", CORDON_JSON_FIELD_ENUM, TRUE },
  { "description", "description", CORDON_JSON_FIELD_STRING, TRUE, 1, MAX_TEXT },
  { "source-host", "source-host", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_LINE },
  { "source-location", "source-location", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_LINE },
  { "collected-by", "collected-by", CORDON_JSON_FIELD_STRING, TRUE, 1, MAX_LINE },
  { "collected", "collected", CORDON_JSON_FIELD_TIME, TRUE },
  { "storage", "storage", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_LINE },
  { "file", "file-path", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT },
  { "size", "size", CORDON_JSON_FIELD_INTEGER, FALSE, 0, G_MAXINT64 },
  { "sha256", "sha256", CORDON_JSON_FIELD_STRING, FALSE, 0, 64 },
  { "journal-seq", "journal-seq", CORDON_JSON_FIELD_INTEGER, TRUE, 1, G_MAXINT64 },
};

static const CordonJsonField custody_fields[] = {
  { "number", "number", CORDON_JSON_FIELD_INTEGER, TRUE, 1, G_MAXINT32 },
  { "from", "from", CORDON_JSON_FIELD_STRING, TRUE, 1, MAX_LINE },
  { "to", "to", CORDON_JSON_FIELD_STRING, TRUE, 1, MAX_LINE },
  { "time", "time", CORDON_JSON_FIELD_TIME, TRUE },
  { "purpose", "purpose", CORDON_JSON_FIELD_STRING, TRUE, 1, MAX_TEXT },
  { "location", "location", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_LINE },
  { "author", "author", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_NAME },
  { "journal-seq", "journal-seq", CORDON_JSON_FIELD_INTEGER, TRUE, 1, G_MAXINT64 },
};

static const CordonJsonField evidence_check_fields[] = {
  { "number", "number", CORDON_JSON_FIELD_INTEGER, TRUE, 1, G_MAXINT32 },
  { "time", "time", CORDON_JSON_FIELD_TIME, TRUE },
  { "checked-by", "checked-by", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_NAME },
  { "sha256", "sha256", CORDON_JSON_FIELD_STRING, TRUE, 64, 64 },
  { "result", "result", CORDON_JSON_FIELD_ENUM, TRUE },
  { "journal-seq", "journal-seq", CORDON_JSON_FIELD_INTEGER, TRUE, 1, G_MAXINT64 },
};

/* "focus-areas" (an array of ids) and "validations" are written by hand */
static const CordonJsonField strategy_fields[] = {
  { "id", "slug", CORDON_JSON_FIELD_STRING, TRUE, 1, 64 },
  { "name", "name", CORDON_JSON_FIELD_STRING, TRUE, 1, MAX_LINE },
  { "term", "term", CORDON_JSON_FIELD_ENUM, FALSE },
  { "categories", "categories", CORDON_JSON_FIELD_STRV, FALSE },
  { "description", "description", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT },
  { "steps", "steps", CORDON_JSON_FIELD_STRV, FALSE },
  { "group", "group", CORDON_JSON_FIELD_STRING, FALSE, 0, 64 },
  { "rollback-steps", "rollback-steps", CORDON_JSON_FIELD_STRV, FALSE },
  { "evidence-risk", "evidence-risk", CORDON_JSON_FIELD_BOOLEAN, FALSE },
  { "d3fend", "d3fend", CORDON_JSON_FIELD_STRV, FALSE },
  { "mitigations", "mitigations", CORDON_JSON_FIELD_STRV, FALSE },
};

static const CordonJsonField validation_fields[] = {
  { "date", "date", CORDON_JSON_FIELD_TIME, FALSE },
  { "method", "method", CORDON_JSON_FIELD_ENUM, TRUE },
  { "who", "who", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_LINE },
  { "duration-seconds", "duration", CORDON_JSON_FIELD_INTEGER, FALSE, 0, 366 * 86400 },
  { "result", "result", CORDON_JSON_FIELD_ENUM, TRUE },
  { "pitfalls", "pitfalls", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT },
};

static const CordonJsonField group_fields[] = {
  { "slug", "slug", CORDON_JSON_FIELD_STRING, TRUE, 1, 64 },
  { "kind", "kind", CORDON_JSON_FIELD_ENUM, TRUE },
  { "name", "name", CORDON_JSON_FIELD_STRING, TRUE, 1, MAX_NAME },
  { "description", "description", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT },
};

static const CordonJsonField member_fields[] = {
  { "name", "name", CORDON_JSON_FIELD_STRING, TRUE, 1, MAX_NAME },
  { "role", "role", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_NAME },
  { "email", "email", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_NAME },
  { "phone", "phone", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_NAME },
  { "hours", "hours", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_NAME },
  { "priority", "priority", CORDON_JSON_FIELD_ENUM, FALSE },
};

static const CordonJsonField protocol_fields[] = {
  { "channel", "channel", CORDON_JSON_FIELD_ENUM, TRUE },
  { "when", "when", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_LINE },
  { "contact", "contact", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_NAME },
  { "address", "address", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_NAME },
  { "template", "template", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_TEXT },
};

static const CordonJsonField policy_fields[] = {
  { "severity", "severity", CORDON_JSON_FIELD_STRING, TRUE, 1, 64 },
  { "response-seconds", "response", CORDON_JSON_FIELD_INTEGER, TRUE, 1, 366 * 86400 },
  { "resolution-seconds", "resolution", CORDON_JSON_FIELD_INTEGER, TRUE, 1, 3660 * 86400 },
  { "first-update-seconds", "first-update", CORDON_JSON_FIELD_INTEGER, TRUE, 1, 366 * 86400 },
  { "update-interval-seconds", "update-interval", CORDON_JSON_FIELD_INTEGER, TRUE, 1, 366 * 86400 },
  { "warning-percent", "warning-percent", CORDON_JSON_FIELD_INTEGER, FALSE, 1, 99 },
  { "business-hours", "business-hours", CORDON_JSON_FIELD_BOOLEAN, FALSE },
  { "calendar", "calendar", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_LINE },
  { "time-zone", "time-zone", CORDON_JSON_FIELD_STRING, FALSE, 0, 64 },
};

static const CordonJsonField taxonomy_entry_fields[] = {
  { "id", "id", CORDON_JSON_FIELD_STRING, TRUE, 1, 64 },
  { "label", "label", CORDON_JSON_FIELD_STRING, FALSE, 0, MAX_NAME },
  { "rank", "rank", CORDON_JSON_FIELD_INTEGER, FALSE, 0, 1000 },
  { "requires-management", "requires-management", CORDON_JSON_FIELD_BOOLEAN, FALSE },
};

CordonIncidentRecord *
cordon_incident_record_new (void)
{
  CordonIncidentRecord *record = g_new0 (CordonIncidentRecord, 1);

  record->incident = cordon_incident_new ();
  record->journal = g_ptr_array_new_with_free_func (g_object_unref);
  record->facts = g_ptr_array_new_with_free_func (g_object_unref);
  record->questions = g_ptr_array_new_with_free_func (g_object_unref);
  record->tasks = g_ptr_array_new_with_free_func (g_object_unref);
  record->plan = g_ptr_array_new_with_free_func (g_object_unref);
  record->checks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  record->recovery_items = g_ptr_array_new_with_free_func (g_object_unref);
  record->follow_ups = g_ptr_array_new_with_free_func (g_object_unref);
  record->evidence = g_ptr_array_new_with_free_func (g_object_unref);
  record->custody = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  record->evidence_checks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);

  return record;
}

void
cordon_incident_record_free (CordonIncidentRecord *record)
{
  if (record == NULL)
    return;

  g_clear_object (&record->incident);
  g_clear_pointer (&record->journal, g_ptr_array_unref);
  g_clear_pointer (&record->facts, g_ptr_array_unref);
  g_clear_pointer (&record->questions, g_ptr_array_unref);
  g_clear_pointer (&record->tasks, g_ptr_array_unref);
  g_clear_pointer (&record->plan, g_ptr_array_unref);
  g_clear_pointer (&record->checks, g_ptr_array_unref);
  g_clear_object (&record->recovery);
  g_clear_pointer (&record->recovery_items, g_ptr_array_unref);
  g_clear_object (&record->review);
  g_clear_pointer (&record->follow_ups, g_ptr_array_unref);
  g_clear_pointer (&record->evidence, g_ptr_array_unref);
  g_clear_pointer (&record->custody, g_ptr_array_unref);
  g_clear_pointer (&record->evidence_checks, g_ptr_array_unref);
  g_free (record);
}

static JsonNode *
objects_to_json (GPtrArray             *objects,
                 const CordonJsonField *fields,
                 guint                  n_fields)
{
  JsonArray *array = json_array_sized_new (objects ? objects->len : 0);
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; objects != NULL && i < objects->len; i++)
    {
      JsonObject *object = json_object_new ();

      cordon_json_object_write_fields (object, objects->pdata[i], fields, n_fields);
      json_array_add_object_element (array, object);
    }

  json_node_take_array (node, array);

  return node;
}

typedef GObject *(*NewObjectFunc) (void);

static GPtrArray *
objects_from_json (JsonNode              *node,
                   const char            *where,
                   const char            *member,
                   NewObjectFunc          new_object,
                   const CordonJsonField *fields,
                   guint                  n_fields,
                   GError               **error)
{
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *array_where = g_strdup_printf ("%s.%s", where, member);
  JsonArray *array;

  if (!cordon_json_expect_array (node, array_where, &array, error))
    return NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *element_where = g_strdup_printf ("%s[%u]", array_where, i);
      g_autoptr(GObject) object = new_object ();
      JsonObject *json_object;

      if (!cordon_json_expect_object (json_array_get_element (array, i), element_where, &json_object, error) ||
          !cordon_json_object_read_fields (json_object, object, fields, n_fields, NULL, element_where, error))
        return NULL;

      g_ptr_array_add (objects, g_steal_pointer (&object));
    }

  return g_steal_pointer (&objects);
}

static JsonNode *
incident_times_to_json (CordonIncident *incident)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  for (guint i = 0; i < CORDON_N_INCIDENT_TIMES; i++)
    {
      gint64 usec = cordon_incident_get_time (incident, i);

      if (usec != 0)
        {
          g_autofree char *text = cordon_time_to_iso8601_compact (usec);
          json_object_set_string_member (object, cordon_incident_time_to_id (i), text);
        }
    }

  json_node_take_object (node, object);

  return node;
}

static gboolean
incident_times_from_json (JsonNode        *node,
                          CordonIncident  *incident,
                          const char      *where,
                          GError         **error)
{
  g_autofree char *times_where = g_strdup_printf ("%s.times", where);
  JsonObject *object;
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (!cordon_json_expect_object (node, times_where, &object, error))
    return FALSE;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &value))
    {
      CordonIncidentTime which;
      gint64 usec;

      if (!cordon_incident_time_from_id (name, &which))
        {
          g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                       _("%s: unknown time “%s”"), times_where, name);
          return FALSE;
        }
      if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_STRING ||
          !cordon_time_parse_iso8601 (json_node_get_string (value), &usec))
        {
          g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                       _("%s.%s: expected a time such as 2026-03-01T09:30:00Z"), times_where, name);
          return FALSE;
        }
      cordon_incident_set_time_usec (incident, which, usec);
    }

  return TRUE;
}

static JsonNode *
plan_to_json (CordonIncidentRecord *record)
{
  JsonArray *array = json_array_sized_new (record->plan->len);
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; i < record->plan->len; i++)
    {
      CordonPlanAction *action = record->plan->pdata[i];
      GPtrArray *checks = i < record->checks->len ? record->checks->pdata[i] : NULL;
      const char *strategy = cordon_plan_action_get_strategy (action);
      JsonObject *object = json_object_new ();

      if (strategy != NULL)
        json_object_set_string_member (object, "strategy", strategy);
      else
        json_object_set_null_member (object, "strategy");
      cordon_json_object_write_fields (object, G_OBJECT (action), plan_action_fields,
                                       G_N_ELEMENTS (plan_action_fields));
      json_object_set_member (object, "checks",
                              objects_to_json (checks, check_fields, G_N_ELEMENTS (check_fields)));
      json_array_add_object_element (array, object);
    }

  json_node_take_array (node, array);

  return node;
}

/* Reads the plan of an incident: actions in order, each with its checks */
static gboolean
plan_from_json (JsonNode              *node,
                const char            *where,
                CordonIncidentRecord  *record,
                GError               **error)
{
  static const char * const children[] = { "strategy", "checks", NULL };
  g_autofree char *plan_where = g_strdup_printf ("%s.plan", where);
  JsonArray *array;

  if (!cordon_json_expect_array (node, plan_where, &array, error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *element_where = g_strdup_printf ("%s[%u]", plan_where, i);
      g_autoptr(CordonPlanAction) action = cordon_plan_action_new ();
      g_autoptr(GPtrArray) checks = NULL;
      JsonObject *object;
      JsonNode *child;

      if (!cordon_json_expect_object (json_array_get_element (array, i), element_where, &object, error) ||
          !cordon_json_object_read_fields (object, G_OBJECT (action), plan_action_fields,
                                           G_N_ELEMENTS (plan_action_fields), children, element_where, error))
        return FALSE;

      if ((child = json_object_get_member (object, "strategy")) != NULL && !JSON_NODE_HOLDS_NULL (child))
        {
          if (!JSON_NODE_HOLDS_VALUE (child) || json_node_get_value_type (child) != G_TYPE_STRING ||
              !cordon_taxonomy_entry_is_valid_id (json_node_get_string (child)))
            {
              g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                           _("%s.strategy: expected a strategy id or null"), element_where);
              return FALSE;
            }
          cordon_plan_action_set_strategy (action, json_node_get_string (child));
        }

      if ((child = json_object_get_member (object, "checks")) != NULL)
        {
          if (!(checks = objects_from_json (child, element_where, "checks", (NewObjectFunc) cordon_monitoring_check_new,
                                            check_fields, G_N_ELEMENTS (check_fields), error)))
            return FALSE;
        }
      else
        checks = g_ptr_array_new_with_free_func (g_object_unref);

      g_ptr_array_add (record->plan, g_steal_pointer (&action));
      g_ptr_array_add (record->checks, g_steal_pointer (&checks));
    }

  return TRUE;
}

/* The recovery of an incident, written only when there is one, so that
 * files of incidents without it stay as they were */
static JsonNode *
recovery_to_json (CordonIncidentRecord *record)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  if (record->recovery != NULL)
    cordon_json_object_write_fields (object, G_OBJECT (record->recovery), recovery_fields,
                                     G_N_ELEMENTS (recovery_fields));
  json_object_set_member (object, "items",
                          objects_to_json (record->recovery_items, recovery_item_fields,
                                           G_N_ELEMENTS (recovery_item_fields)));
  if (record->review != NULL)
    {
      JsonObject *review = json_object_new ();

      cordon_json_object_write_fields (review, G_OBJECT (record->review), review_fields,
                                       G_N_ELEMENTS (review_fields));
      json_object_set_object_member (object, "review", review);
    }
  json_object_set_member (object, "follow-ups",
                          objects_to_json (record->follow_ups, follow_up_fields, G_N_ELEMENTS (follow_up_fields)));

  json_node_take_object (node, object);

  return node;
}

static gboolean
recovery_from_json (JsonNode              *node,
                    const char            *where,
                    CordonIncidentRecord  *record,
                    GError               **error)
{
  static const char * const children[] = { "items", "review", "follow-ups", NULL };
  g_autofree char *recovery_where = g_strdup_printf ("%s.recovery", where);
  g_autoptr(CordonRecovery) recovery = cordon_recovery_new ();
  JsonObject *object;
  JsonNode *child;

  if (!cordon_json_expect_object (node, recovery_where, &object, error) ||
      !cordon_json_object_read_fields (object, G_OBJECT (recovery), recovery_fields,
                                       G_N_ELEMENTS (recovery_fields), children, recovery_where, error))
    return FALSE;

  g_set_object (&record->recovery, recovery);

  if ((child = json_object_get_member (object, "items")) != NULL)
    {
      GPtrArray *items = objects_from_json (child, recovery_where, "items", (NewObjectFunc) cordon_recovery_item_new,
                                            recovery_item_fields, G_N_ELEMENTS (recovery_item_fields), error);

      if (items == NULL)
        return FALSE;
      g_ptr_array_unref (record->recovery_items);
      record->recovery_items = items;
    }

  if ((child = json_object_get_member (object, "review")) != NULL)
    {
      g_autofree char *review_where = g_strdup_printf ("%s.review", recovery_where);
      g_autoptr(CordonReview) review = cordon_review_new ();
      JsonObject *review_object;

      if (!cordon_json_expect_object (child, review_where, &review_object, error) ||
          !cordon_json_object_read_fields (review_object, G_OBJECT (review), review_fields,
                                           G_N_ELEMENTS (review_fields), NULL, review_where, error))
        return FALSE;
      g_set_object (&record->review, review);
    }

  if ((child = json_object_get_member (object, "follow-ups")) != NULL)
    {
      GPtrArray *follow_ups = objects_from_json (child, recovery_where, "follow-ups", (NewObjectFunc) cordon_follow_up_new,
                                                 follow_up_fields, G_N_ELEMENTS (follow_up_fields), error);

      if (follow_ups == NULL)
        return FALSE;
      g_ptr_array_unref (record->follow_ups);
      record->follow_ups = follow_ups;
    }

  return TRUE;
}

static JsonNode *
evidence_to_json (CordonIncidentRecord *record)
{
  JsonArray *array = json_array_sized_new (record->evidence->len);
  JsonNode *node = json_node_new (JSON_NODE_ARRAY);

  for (guint i = 0; i < record->evidence->len; i++)
    {
      JsonObject *object = json_object_new ();

      cordon_json_object_write_fields (object, record->evidence->pdata[i], evidence_fields,
                                       G_N_ELEMENTS (evidence_fields));
      json_object_set_member (object, "custody",
                              objects_to_json (record->custody->pdata[i], custody_fields,
                                               G_N_ELEMENTS (custody_fields)));
      json_object_set_member (object, "checks",
                              objects_to_json (record->evidence_checks->pdata[i], evidence_check_fields,
                                               G_N_ELEMENTS (evidence_check_fields)));
      json_array_add_object_element (array, object);
    }

  json_node_take_array (node, array);

  return node;
}

/* Reads the evidence register of an incident: items in order, each with
 * its custody transfers and re-verifications */
static gboolean
evidence_from_json (JsonNode              *node,
                    const char            *where,
                    CordonIncidentRecord  *record,
                    GError               **error)
{
  static const char * const children[] = { "custody", "checks", NULL };
  g_autofree char *evidence_where = g_strdup_printf ("%s.evidence", where);
  JsonArray *array;

  if (!cordon_json_expect_array (node, evidence_where, &array, error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *element_where = g_strdup_printf ("%s[%u]", evidence_where, i);
      g_autoptr(CordonEvidenceItem) item = cordon_evidence_item_new ();
      g_autoptr(GPtrArray) transfers = NULL;
      g_autoptr(GPtrArray) checks = NULL;
      JsonObject *object;
      JsonNode *child;

      if (!cordon_json_expect_object (json_array_get_element (array, i), element_where, &object, error) ||
          !cordon_json_object_read_fields (object, G_OBJECT (item), evidence_fields,
                                           G_N_ELEMENTS (evidence_fields), children, element_where, error))
        return FALSE;

      if ((child = json_object_get_member (object, "custody")) != NULL)
        {
          if (!(transfers = objects_from_json (child, element_where, "custody",
                                               (NewObjectFunc) cordon_custody_transfer_new,
                                               custody_fields, G_N_ELEMENTS (custody_fields), error)))
            return FALSE;
        }
      else
        transfers = g_ptr_array_new_with_free_func (g_object_unref);

      if ((child = json_object_get_member (object, "checks")) != NULL)
        {
          if (!(checks = objects_from_json (child, element_where, "checks",
                                            (NewObjectFunc) cordon_evidence_check_new,
                                            evidence_check_fields, G_N_ELEMENTS (evidence_check_fields), error)))
            return FALSE;
        }
      else
        checks = g_ptr_array_new_with_free_func (g_object_unref);

      g_ptr_array_add (record->evidence, g_steal_pointer (&item));
      g_ptr_array_add (record->custody, g_steal_pointer (&transfers));
      g_ptr_array_add (record->evidence_checks, g_steal_pointer (&checks));
    }

  return TRUE;
}

/**
 * cordon_native_incident_to_json:
 *
 * Returns: (transfer full): the incident and everything recorded about
 *   it, as one JSON object
 */
JsonNode *
cordon_native_incident_to_json (CordonIncidentRecord *record)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  cordon_json_object_write_fields (object, G_OBJECT (record->incident),
                                   incident_fields, G_N_ELEMENTS (incident_fields));
  json_object_set_member (object, "times", incident_times_to_json (record->incident));
  json_object_set_member (object, "journal",
                          objects_to_json (record->journal, journal_fields, G_N_ELEMENTS (journal_fields)));
  json_object_set_member (object, "facts",
                          objects_to_json (record->facts, fact_fields, G_N_ELEMENTS (fact_fields)));
  json_object_set_member (object, "questions",
                          objects_to_json (record->questions, question_fields, G_N_ELEMENTS (question_fields)));
  json_object_set_member (object, "tasks",
                          objects_to_json (record->tasks, task_fields, G_N_ELEMENTS (task_fields)));
  json_object_set_member (object, "plan", plan_to_json (record));
  if (record->recovery != NULL || record->recovery_items->len > 0 ||
      record->review != NULL || record->follow_ups->len > 0)
    json_object_set_member (object, "recovery", recovery_to_json (record));
  /* Only incidents with evidence have the member, so files of incidents
   * without any read and write as they did before the register */
  if (record->evidence->len > 0)
    json_object_set_member (object, "evidence", evidence_to_json (record));

  json_node_take_object (node, object);

  return node;
}

/**
 * cordon_native_incident_from_json:
 * @where: the path of @node, for messages
 *
 * Reads an incident and everything recorded about it. Keys, taxonomy ids
 * and the journal's order are checked by the importer, which knows the
 * workspace.
 *
 * Returns: (transfer full): the record, or %NULL with @error set
 */
CordonIncidentRecord *
cordon_native_incident_from_json (JsonNode    *node,
                                  const char  *where,
                                  GError     **error)
{
  static const char * const children[] = { "times", "journal", "facts", "questions", "tasks", "plan", "recovery", "evidence", NULL };
  g_autoptr(CordonIncidentRecord) record = cordon_incident_record_new ();
  JsonObject *object;
  JsonNode *child;

  if (!cordon_json_expect_object (node, where, &object, error) ||
      !cordon_json_object_read_fields (object, G_OBJECT (record->incident),
                                       incident_fields, G_N_ELEMENTS (incident_fields),
                                       children, where, error))
    return NULL;

  if (!cordon_incident_is_valid_key (cordon_incident_get_key (record->incident), NULL, NULL))
    {
      g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                   _("%s.key: “%s” is not a key such as INC-2026-0042"),
                   where, cordon_incident_get_key (record->incident));
      return NULL;
    }

  if ((child = json_object_get_member (object, "times")) != NULL &&
      !incident_times_from_json (child, record->incident, where, error))
    return NULL;

#define READ_LIST(member, list, new_func, fields)                                           \
  if ((child = json_object_get_member (object, member)) != NULL)                            \
    {                                                                                       \
      GPtrArray *objects = objects_from_json (child, where, member, (NewObjectFunc) new_func, \
                                              fields, G_N_ELEMENTS (fields), error);        \
      if (objects == NULL)                                                                  \
        return NULL;                                                                        \
      g_ptr_array_unref (record->list);                                                     \
      record->list = objects;                                                               \
    }

  READ_LIST ("journal", journal, cordon_journal_entry_new, journal_fields);
  READ_LIST ("facts", facts, cordon_fact_new, fact_fields);
  READ_LIST ("questions", questions, cordon_question_new, question_fields);
  READ_LIST ("tasks", tasks, cordon_task_new, task_fields);

#undef READ_LIST

  if ((child = json_object_get_member (object, "plan")) != NULL &&
      !plan_from_json (child, where, record, error))
    return NULL;

  if ((child = json_object_get_member (object, "recovery")) != NULL &&
      !recovery_from_json (child, where, record, error))
    return NULL;

  if ((child = json_object_get_member (object, "evidence")) != NULL &&
      !evidence_from_json (child, where, record, error))
    return NULL;

  return g_steal_pointer (&record);
}

static const char * const taxonomy_lists[] = { "categories", "severities", "impacts" };
static const CordonTaxonomyKind taxonomy_kinds[] = {
  CORDON_TAXONOMY_KIND_CATEGORY,
  CORDON_TAXONOMY_KIND_SEVERITY,
  CORDON_TAXONOMY_KIND_IMPACT,
};

JsonNode *
cordon_native_taxonomy_to_json (CordonTaxonomy *taxonomy)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  for (guint i = 0; i < G_N_ELEMENTS (taxonomy_lists); i++)
    {
      GListModel *entries = cordon_taxonomy_get_entries (taxonomy, taxonomy_kinds[i]);
      JsonArray *array = json_array_new ();

      for (guint j = 0; j < g_list_model_get_n_items (entries); j++)
        {
          g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (entries, j);
          JsonObject *entry_object = json_object_new ();

          cordon_json_object_write_fields (entry_object, G_OBJECT (entry),
                                           taxonomy_entry_fields, G_N_ELEMENTS (taxonomy_entry_fields));
          /* An entry without a label of the lead's own uses the built-in,
           * translated one; the file says so with null. */
          if (cordon_taxonomy_entry_get_label (entry) == NULL)
            json_object_set_null_member (entry_object, "label");
          json_array_add_object_element (array, entry_object);
        }

      json_object_set_array_member (object, taxonomy_lists[i], array);
    }

  json_node_take_object (node, object);

  return node;
}

CordonTaxonomy *
cordon_native_taxonomy_from_json (JsonNode    *node,
                                  const char  *where,
                                  GError     **error)
{
  g_autoptr(CordonTaxonomy) taxonomy = cordon_taxonomy_new ();
  JsonObject *object;
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (!cordon_json_expect_object (node, where, &object, error))
    return NULL;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &value))
    {
      g_autofree char *list_where = g_strdup_printf ("%s.%s", where, name);
      JsonArray *array;
      guint k;

      for (k = 0; k < G_N_ELEMENTS (taxonomy_lists); k++)
        {
          if (g_str_equal (name, taxonomy_lists[k]))
            break;
        }
      if (k == G_N_ELEMENTS (taxonomy_lists))
        {
          g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                       _("%s: unknown member “%s”"), where, name);
          return NULL;
        }

      if (!cordon_json_expect_array (value, list_where, &array, error))
        return NULL;

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *entry_where = g_strdup_printf ("%s[%u]", list_where, i);
          g_autoptr(CordonTaxonomyEntry) entry = cordon_taxonomy_entry_new ();
          JsonObject *entry_object;
          JsonNode *label;

          if (!cordon_json_expect_object (json_array_get_element (array, i), entry_where, &entry_object, error))
            return NULL;

          /* null labels are read as "no label of the lead's own" */
          label = json_object_get_member (entry_object, "label");
          if (label != NULL && JSON_NODE_HOLDS_NULL (label))
            {
              g_autoptr(JsonObject) copy = json_object_new ();
              JsonObjectIter member_iter;
              const char *member_name;
              JsonNode *member_value;

              json_object_iter_init (&member_iter, entry_object);
              while (json_object_iter_next (&member_iter, &member_name, &member_value))
                {
                  if (!g_str_equal (member_name, "label"))
                    json_object_set_member (copy, member_name, json_node_copy (member_value));
                }
              if (!cordon_json_object_read_fields (copy, G_OBJECT (entry), taxonomy_entry_fields,
                                                   G_N_ELEMENTS (taxonomy_entry_fields), NULL, entry_where, error))
                return NULL;
              cordon_taxonomy_entry_set_label (entry, NULL);
            }
          else if (!cordon_json_object_read_fields (entry_object, G_OBJECT (entry), taxonomy_entry_fields,
                                                    G_N_ELEMENTS (taxonomy_entry_fields), NULL, entry_where, error))
            {
              return NULL;
            }

          if (!cordon_taxonomy_entry_is_valid_id (cordon_taxonomy_entry_get_id (entry)))
            {
              g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                           _("%s.id: “%s” is not an id of lower-case letters, digits and dashes"),
                           entry_where, cordon_taxonomy_entry_get_id (entry));
              return NULL;
            }
          if (cordon_taxonomy_contains (taxonomy, taxonomy_kinds[k], cordon_taxonomy_entry_get_id (entry)))
            {
              g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_DUPLICATE,
                           _("%s.id: “%s” appears twice"), entry_where, cordon_taxonomy_entry_get_id (entry));
              return NULL;
            }

          cordon_taxonomy_entry_set_kind (entry, taxonomy_kinds[k]);
          cordon_taxonomy_set_entry (taxonomy, entry);
        }
    }

  return g_steal_pointer (&taxonomy);
}

JsonNode *
cordon_native_policies_to_json (GPtrArray *policies)
{
  return objects_to_json (policies, policy_fields, G_N_ELEMENTS (policy_fields));
}

GPtrArray *
cordon_native_policies_from_json (JsonNode    *node,
                                  const char  *where,
                                  GError     **error)
{
  g_autoptr(GPtrArray) policies = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array;

  if (!cordon_json_expect_array (node, where, &array, error))
    return NULL;

  policies = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *element_where = g_strdup_printf ("%s[%u]", where, i);
      g_autoptr(CordonSlaPolicy) policy = cordon_sla_policy_new ();
      JsonObject *object;

      if (!cordon_json_expect_object (json_array_get_element (array, i), element_where, &object, error) ||
          !cordon_json_object_read_fields (object, G_OBJECT (policy), policy_fields,
                                           G_N_ELEMENTS (policy_fields), NULL, element_where, error))
        return NULL;

      if (!g_hash_table_add (seen, (gpointer) cordon_sla_policy_get_severity (policy)))
        {
          g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_DUPLICATE,
                       _("%s.severity: a second policy for “%s”"),
                       element_where, cordon_sla_policy_get_severity (policy));
          return NULL;
        }

      g_ptr_array_add (policies, g_steal_pointer (&policy));
    }

  return g_steal_pointer (&policies);
}

JsonNode *
cordon_native_group_to_json (CordonGroup *group,
                             GPtrArray   *members,
                             GPtrArray   *protocols)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);

  cordon_json_object_write_fields (object, G_OBJECT (group), group_fields, G_N_ELEMENTS (group_fields));
  json_object_set_member (object, "members",
                          objects_to_json (members, member_fields, G_N_ELEMENTS (member_fields)));
  json_object_set_member (object, "protocols",
                          objects_to_json (protocols, protocol_fields, G_N_ELEMENTS (protocol_fields)));
  json_node_take_object (node, object);

  return node;
}

gboolean
cordon_native_group_from_json (JsonNode      *node,
                               const char    *where,
                               CordonGroup  **out_group,
                               GPtrArray    **out_members,
                               GPtrArray    **out_protocols,
                               GError       **error)
{
  static const char * const children[] = { "members", "protocols", NULL };
  g_autoptr(CordonGroup) group = cordon_group_new ();
  g_autoptr(GPtrArray) members = NULL;
  g_autoptr(GPtrArray) protocols = NULL;
  JsonObject *object;
  JsonNode *child;

  if (!cordon_json_expect_object (node, where, &object, error) ||
      !cordon_json_object_read_fields (object, G_OBJECT (group), group_fields,
                                       G_N_ELEMENTS (group_fields), children, where, error))
    return FALSE;

  if ((child = json_object_get_member (object, "members")) != NULL)
    {
      members = objects_from_json (child, where, "members", (NewObjectFunc) cordon_member_new,
                                   member_fields, G_N_ELEMENTS (member_fields), error);
      if (members == NULL)
        return FALSE;
    }
  else
    {
      members = g_ptr_array_new_with_free_func (g_object_unref);
    }

  if ((child = json_object_get_member (object, "protocols")) != NULL)
    {
      protocols = objects_from_json (child, where, "protocols", (NewObjectFunc) cordon_protocol_new,
                                     protocol_fields, G_N_ELEMENTS (protocol_fields), error);
      if (protocols == NULL)
        return FALSE;
    }
  else
    {
      protocols = g_ptr_array_new_with_free_func (g_object_unref);
    }

  *out_group = g_steal_pointer (&group);
  *out_members = g_steal_pointer (&members);
  *out_protocols = g_steal_pointer (&protocols);

  return TRUE;
}

/**
 * cordon_native_strategy_to_json:
 * @validations: (element-type CordonValidation): its validation records
 *
 * Returns: (transfer full): a library strategy with its validations
 */
JsonNode *
cordon_native_strategy_to_json (CordonStrategy *strategy,
                                GPtrArray      *validations)
{
  JsonObject *object = json_object_new ();
  JsonNode *node = json_node_new (JSON_NODE_OBJECT);
  JsonArray *areas = json_array_new ();
  CordonFocusArea focus = cordon_strategy_get_focus_areas (strategy);

  cordon_json_object_write_fields (object, G_OBJECT (strategy), strategy_fields, 2);
  for (guint bit = 0; bit < 32; bit++)
    {
      CordonFocusArea flag = 1u << bit;

      if ((focus & flag) != 0 && (flag & CORDON_FOCUS_AREA_ALL) != 0)
        json_array_add_string_element (areas, cordon_focus_area_to_id (flag));
    }
  json_object_set_array_member (object, "focus-areas", areas);
  cordon_json_object_write_fields (object, G_OBJECT (strategy), strategy_fields + 2,
                                   G_N_ELEMENTS (strategy_fields) - 2);
  json_object_set_member (object, "validations",
                          objects_to_json (validations, validation_fields, G_N_ELEMENTS (validation_fields)));
  json_node_take_object (node, object);

  return node;
}

/**
 * cordon_native_strategy_from_json:
 * @out_strategy: (out) (transfer full): the strategy, not stored
 * @out_validations: (out) (transfer full) (element-type CordonValidation):
 *   its validations, not stored
 *
 * Returns: %TRUE on success
 */
gboolean
cordon_native_strategy_from_json (JsonNode         *node,
                                  const char       *where,
                                  CordonStrategy  **out_strategy,
                                  GPtrArray       **out_validations,
                                  GError          **error)
{
  static const char * const children[] = { "focus-areas", "validations", NULL };
  g_autoptr(CordonStrategy) strategy = cordon_strategy_new ();
  g_autoptr(GPtrArray) validations = NULL;
  CordonFocusArea focus = 0;
  JsonObject *object;
  JsonNode *child;

  if (!cordon_json_expect_object (node, where, &object, error) ||
      !cordon_json_object_read_fields (object, G_OBJECT (strategy), strategy_fields,
                                       G_N_ELEMENTS (strategy_fields), children, where, error))
    return FALSE;

  if (!cordon_taxonomy_entry_is_valid_id (cordon_strategy_get_slug (strategy)))
    {
      g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                   _("%s.id: “%s” is not an id of lower-case letters, digits and dashes"),
                   where, cordon_strategy_get_slug (strategy));
      return FALSE;
    }

  if ((child = json_object_get_member (object, "focus-areas")) != NULL)
    {
      g_autofree char *areas_where = g_strdup_printf ("%s[\"focus-areas\"]", where);
      JsonArray *array;

      if (!cordon_json_expect_array (child, areas_where, &array, error))
        return FALSE;

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);
          CordonFocusArea flag;

          if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING ||
              !cordon_focus_area_from_id (json_node_get_string (element), &flag))
            {
              g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                           _("%s[%u]: expected perimeter, extended-perimeter, internal-network or endpoint"),
                           areas_where, i);
              return FALSE;
            }
          focus |= flag;
        }
    }
  cordon_strategy_set_focus_areas (strategy, focus);

  if ((child = json_object_get_member (object, "validations")) != NULL)
    {
      if (!(validations = objects_from_json (child, where, "validations", (NewObjectFunc) cordon_validation_new,
                                             validation_fields, G_N_ELEMENTS (validation_fields), error)))
        return FALSE;
    }
  else
    validations = g_ptr_array_new_with_free_func (g_object_unref);

  *out_strategy = g_steal_pointer (&strategy);
  *out_validations = g_steal_pointer (&validations);

  return TRUE;
}
