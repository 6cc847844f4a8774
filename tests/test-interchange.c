/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-interchange.c: TheHive, MISP, STIX and VERIS import and export:
 * golden files, round trips, every VCDB record and VERIS validator case,
 * and bad input that must name the file and the JSON path and leave the
 * workspace as it was. Built twice: plainly, and with AddressSanitizer
 * and UndefinedBehaviorSanitizer (test-interchange-sanitized).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "cordon-interchange.h"
#include "cordon-manual-clock.h"
#include "cordon-native-io.h"
#include "cordon-fact.h"
#include "cordon-incident.h"
#include "cordon-journal-entry.h"
#include "cordon-plan-action.h"
#include "cordon-task.h"

typedef struct
{
  char              *dir;
  char              *path;
  CordonManualClock *clock;
  CordonWorkspace   *ws;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("cordon-interchange-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.cordon", NULL);
  f->clock = cordon_manual_clock_new_iso8601 ("2026-03-01T09:00:00Z");
  f->ws = cordon_workspace_new (f->path, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->ws);
  g_clear_object (&f->clock);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (f->dir, name, NULL);
      g_remove (child);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static char *
data_path (const char *first,
           ...)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *part;
  va_list args;

  g_ptr_array_add (parts, (gpointer) TEST_SRCDIR);
  g_ptr_array_add (parts, (gpointer) "data");
  va_start (args, first);
  for (part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

static guint
n_incidents (Fixture *f)
{
  return g_list_model_get_n_items (cordon_workspace_get_incidents (f->ws));
}

static CordonIncident *
nth_incident (Fixture *f,
              guint    i)
{
  return g_list_model_get_item (cordon_workspace_get_incidents (f->ws), i);
}

static char *
export_text (Fixture                 *f,
             const char * const      *keys,
             CordonInterchangeFormat  format)
{
  g_autoptr(GOutputStream) out = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;

  g_assert_true (cordon_interchange_export_stream (f->ws, keys, format, out, &error));
  g_assert_no_error (error);
  g_output_stream_write_all (out, "", 1, NULL, NULL, NULL);
  g_output_stream_close (out, NULL, NULL);

  return g_memory_output_stream_steal_data (G_MEMORY_OUTPUT_STREAM (out));
}

static void
import_ok (Fixture                 *f,
           const char              *path,
           CordonInterchangeFormat  format,
           guint64                  expected)
{
  g_autoptr(GError) error = NULL;
  guint64 n = 0;

  g_assert_true (cordon_interchange_import (f->ws, path, format, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, expected);
}

/* Imports the export of something imported before into the same
 * workspace: as another incident, not skipped as the same record */
static gboolean
import_as_new (Fixture                 *f,
               const char              *path,
               CordonInterchangeFormat  format,
               guint64                 *out_n,
               GError                 **error)
{
  const char * const paths[] = { path, NULL };
  CordonImportSummary summary;
  gboolean ok;

  ok = cordon_interchange_import_files (f->ws, paths, format, CORDON_IMPORT_DUPLICATE_NEW, FALSE, &summary, error);
  *out_n = summary.n_incidents;
  g_assert_cmpuint (summary.n_skipped, ==, 0);
  cordon_import_summary_clear (&summary);

  return ok;
}

static void
import_again (Fixture                 *f,
              const char              *path,
              CordonInterchangeFormat  format,
              guint64                  expected)
{
  g_autoptr(GError) error = NULL;
  guint64 n = 0;

  g_assert_true (import_as_new (f, path, format, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, expected);
}

/* Compares @text with the golden file, or writes it when asked to */
static void
assert_golden (const char *text,
               const char *name)
{
  g_autofree char *path = data_path ("interchange", name, NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  if (g_getenv ("CORDON_UPDATE_GOLDEN") != NULL)
    {
      g_file_set_contents (path, text, -1, &error);
      g_assert_no_error (error);
      return;
    }

  g_file_get_contents (path, &expected, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, expected);
}

static GListModel *
facts_of (Fixture        *f,
          CordonIncident *incident)
{
  g_autoptr(GError) error = NULL;
  GListModel *facts = cordon_workspace_list_facts (f->ws, incident, &error);

  g_assert_no_error (error);
  return facts;
}

static char *
first_journal_text (Fixture        *f,
                    CordonIncident *incident,
                    char          **out_payload)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) journal = cordon_workspace_list_journal (f->ws, incident, &error);
  g_autoptr(CordonJournalEntry) entry = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (journal), >, 0);
  entry = g_list_model_get_item (journal, 0);
  if (out_payload != NULL)
    *out_payload = g_strdup (cordon_journal_entry_get_payload (entry));

  return g_strdup (cordon_journal_entry_get_text (entry));
}

/* TheHive ----------------------------------------------------------------- */

static void
test_thehive_import (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = data_path ("interchange", "thehive-case.json", NULL);
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GListModel) facts = NULL;
  g_autoptr(GListModel) tasks = NULL;
  g_autofree char *text = NULL;

  import_ok (f, path, CORDON_INTERCHANGE_THEHIVE, 1);
  incident = nth_incident (f, 0);
  g_assert_cmpstr (cordon_incident_get_title (incident), ==, "Credential phishing against the finance team");
  g_assert_cmpstr (cordon_incident_get_severity (incident), ==, "high");
  g_assert_cmpstr (cordon_incident_get_category (incident), ==, "phishing");
  g_assert_cmpint (cordon_incident_get_tlp (incident), ==, CORDON_TLP_AMBER);
  g_assert_cmpint (cordon_incident_get_phase (incident), ==, CORDON_PHASE_ANALYSIS);
  g_assert_cmpstr (cordon_incident_get_lead (incident), ==, "dana@example.org");

  /* Five observables, one repeated: four facts, the domain an IOC */
  facts = facts_of (f, incident);
  g_assert_cmpuint (g_list_model_get_n_items (facts), ==, 4);

  tasks = cordon_workspace_list_tasks (f->ws, incident, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 3);
  {
    g_autoptr(CordonTask) first = g_list_model_get_item (tasks, 0);

    g_assert_cmpstr (cordon_task_get_title (first), ==, "Collect the email headers");
    g_assert_cmpint (cordon_task_get_status (first), ==, CORDON_TASK_STATUS_IN_PROGRESS);
  }

  text = first_journal_text (f, incident, NULL);
  g_assert_nonnull (strstr (text, "Imported from TheHive case #42"));
}

static void
test_thehive_golden (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = data_path ("interchange", "thehive-case.json", NULL);
  g_autofree char *exported = NULL;

  import_ok (f, path, CORDON_INTERCHANGE_AUTO, 1);
  exported = export_text (f, NULL, CORDON_INTERCHANGE_THEHIVE);
  assert_golden (exported, "thehive-case.expected.json");
}

/* Export, import the export, export again: the same case */
static void
test_thehive_round_trip (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *path = data_path ("interchange", "thehive-case.json", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *copy = g_build_filename (f->dir, "case.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  const char *keys[2] = { NULL, NULL };

  import_ok (f, path, CORDON_INTERCHANGE_THEHIVE, 1);
  first = export_text (f, NULL, CORDON_INTERCHANGE_THEHIVE);
  g_file_set_contents (copy, first, -1, &error);
  g_assert_no_error (error);

  import_again (f, copy, CORDON_INTERCHANGE_AUTO, 1);
  incident = nth_incident (f, 1);
  keys[0] = cordon_incident_get_key (incident);
  second = export_text (f, keys, CORDON_INTERCHANGE_THEHIVE);
  g_assert_cmpstr (first, ==, second);
}

/* MISP -------------------------------------------------------------------- */

static void
test_misp_import (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = data_path ("interchange", "misp-event.json", NULL);
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GListModel) facts = NULL;
  guint n_ioc = 0;
  gboolean found_hash = FALSE;

  import_ok (f, path, CORDON_INTERCHANGE_AUTO, 1);
  incident = nth_incident (f, 0);
  g_assert_cmpstr (cordon_incident_get_title (incident), ==, "Emotet distribution wave, March");
  g_assert_cmpstr (cordon_incident_get_severity (incident), ==, "high");
  g_assert_cmpstr (cordon_incident_get_category (incident), ==, "malicious-code");
  g_assert_cmpint (cordon_incident_get_tlp (incident), ==, CORDON_TLP_GREEN);
  g_assert_cmpstr (cordon_incident_get_key (incident), ==, "INC-2024-0001");

  /* Six attributes, one deleted; the port is a fact of its own */
  facts = facts_of (f, incident);
  g_assert_cmpuint (g_list_model_get_n_items (facts), ==, 6);
  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(CordonFact) fact = g_list_model_get_item (facts, i);

      n_ioc += cordon_fact_get_is_ioc (fact);
      if (cordon_fact_get_kind (fact) == CORDON_FACT_KIND_IP)
        g_assert_cmpstr (cordon_fact_get_value (fact), ==, "198.51.100.23");
      if (g_str_equal (cordon_fact_get_value (fact), "8080"))
        g_assert_cmpstr (cordon_fact_get_origin_type (fact), ==, "ip-dst|port");
      if (cordon_fact_get_kind (fact) == CORDON_FACT_KIND_HASH)
        {
          found_hash = TRUE;
          g_assert_cmpint (cordon_fact_get_tlp (fact), ==, CORDON_TLP_AMBER);
        }
    }
  g_assert_cmpuint (n_ioc, ==, 4);
  g_assert_true (found_hash);
}

static JsonObject *
load_json_object (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static const char *
member_or_empty (JsonObject *object,
                 const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : "";
}

/* The facts with @uuid, in the order they were stored */
static GPtrArray *
facts_with_uuid (GListModel *facts,
                 const char *uuid)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(CordonFact) fact = g_list_model_get_item (facts, i);

      if (g_str_equal (cordon_fact_get_uuid (fact), uuid))
        g_ptr_array_add (found, g_steal_pointer (&fact));
    }

  return found;
}

static void
assert_time_member (JsonObject *attribute,
                    const char *member,
                    GDateTime  *time)
{
  const char *text = member_or_empty (attribute, member);

  if (text[0] == '\0')
    g_assert_null (time);
  else
    {
      g_autoptr(GDateTime) expected = g_date_time_new_from_iso8601 (text, NULL);

      g_assert_nonnull (time);
      g_assert_true (g_date_time_equal (expected, time));
    }
}

/* Every attribute of @attributes that is not deleted is in @facts: one
 * fact per half of a composite, each with the attribute's type,
 * category, comment, to_ids, tags, first and last seen, relation and
 * group. Returns how many attributes were checked. */
static guint
assert_attributes_kept (GListModel *facts,
                        JsonArray  *attributes,
                        const char *group,
                        const char *group_name,
                        const char *group_comment)
{
  guint n = 0;

  for (guint i = 0; i < json_array_get_length (attributes); i++)
    {
      JsonObject *attribute = json_array_get_object_element (attributes, i);
      const char *type = member_or_empty (attribute, "type");
      const char *value = member_or_empty (attribute, "value");
      g_autoptr(GPtrArray) found = facts_with_uuid (facts, member_or_empty (attribute, "uuid"));
      g_auto(GStrv) halves = NULL;
      JsonArray *tags;

      if (json_object_get_boolean_member_with_default (attribute, "deleted", FALSE))
        {
          g_assert_cmpuint (found->len, ==, 0);
          continue;
        }

      halves = strchr (type, '|') != NULL ? g_strsplit (value, "|", 2) : g_strsplit (value, "\x1f", 1);
      g_assert_cmpuint (found->len, ==, g_strv_length (halves));
      for (guint j = 0; j < found->len; j++)
        {
          CordonFact *fact = found->pdata[j];
          const char * const *fact_tags = cordon_fact_get_tags (fact);

          g_assert_cmpstr (cordon_fact_get_value (fact), ==, halves[j]);
          g_assert_cmpstr (cordon_fact_get_origin_type (fact), ==, type);
          g_assert_cmpstr (cordon_fact_get_origin_category (fact), ==, member_or_empty (attribute, "category"));
          g_assert_cmpstr (cordon_fact_get_comment (fact), ==, member_or_empty (attribute, "comment"));
          g_assert_cmpstr (cordon_fact_get_relation (fact), ==, member_or_empty (attribute, "object_relation"));
          g_assert_cmpstr (cordon_fact_get_group (fact), ==, group);
          g_assert_cmpstr (cordon_fact_get_group_name (fact), ==, group_name);
          g_assert_cmpstr (cordon_fact_get_group_comment (fact), ==, group_comment);
          g_assert_cmpint (cordon_fact_get_is_ioc (fact), ==, json_object_get_boolean_member (attribute, "to_ids"));
          assert_time_member (attribute, "first_seen", cordon_fact_get_first_seen (fact));
          assert_time_member (attribute, "last_seen", cordon_fact_get_last_seen (fact));

          tags = json_object_has_member (attribute, "Tag") ? json_object_get_array_member (attribute, "Tag") : NULL;
          g_assert_cmpuint (g_strv_length ((char **) fact_tags), ==, tags ? json_array_get_length (tags) : 0);
          for (guint k = 0; tags != NULL && k < json_array_get_length (tags); k++)
            g_assert_cmpstr (fact_tags[k], ==,
                             json_object_get_string_member (json_array_get_object_element (tags, k), "name"));
          if (tags != NULL && json_array_get_length (tags) > 0 && g_str_equal (fact_tags[0], "tlp:amber"))
            g_assert_cmpint (cordon_fact_get_tlp (fact), ==, CORDON_TLP_AMBER);
        }
      n++;
    }

  return n;
}

/* Every kind of MISP attribute Cordon knows, composites, objects,
 * galaxies, event and attribute tags: nothing is dropped or merged */
static void
test_misp_import_full (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *path = data_path ("interchange", "misp-event-full.json", NULL);
  g_autoptr(JsonObject) root = load_json_object (path);
  JsonObject *event = json_object_get_object_member (root, "Event");
  JsonArray *objects = json_object_get_array_member (event, "Object");
  JsonArray *galaxies = json_object_get_array_member (event, "Galaxy");
  JsonArray *tags = json_object_get_array_member (event, "Tag");
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GListModel) facts = NULL;
  g_autoptr(JsonNode) payload_node = NULL;
  g_autofree char *payload = NULL;
  g_autofree char *text = NULL;
  JsonArray *kept_tags;
  guint n_attributes;
  guint n_clusters = 0;
  guint n_kind[CORDON_FACT_KIND_OTHER + 1] = { 0 };

  import_ok (f, path, CORDON_INTERCHANGE_AUTO, 1);
  incident = nth_incident (f, 0);
  g_assert_cmpstr (cordon_incident_get_title (incident), ==, "Emotet distribution wave, March (full sample)");
  g_assert_cmpint (cordon_incident_get_tlp (incident), ==, CORDON_TLP_GREEN);
  g_assert_cmpstr (cordon_incident_get_category (incident), ==, "malicious-code");
  facts = facts_of (f, incident);

  /* 48 loose attributes (one deleted), 6 in two objects, 8 composites */
  n_attributes = assert_attributes_kept (facts, json_object_get_array_member (event, "Attribute"), "", "", "");
  g_assert_cmpuint (n_attributes, ==, 47);
  for (guint i = 0; i < json_array_get_length (objects); i++)
    {
      JsonObject *object = json_array_get_object_element (objects, i);

      n_attributes += assert_attributes_kept (facts, json_object_get_array_member (object, "Attribute"),
                                              member_or_empty (object, "uuid"), member_or_empty (object, "name"),
                                              member_or_empty (object, "comment"));
    }
  g_assert_cmpuint (n_attributes, ==, 53);

  /* Galaxy clusters: facts of kind other, grouped by galaxy */
  for (guint i = 0; i < json_array_get_length (galaxies); i++)
    {
      JsonObject *galaxy = json_array_get_object_element (galaxies, i);
      JsonArray *clusters = json_object_get_array_member (galaxy, "GalaxyCluster");
      g_autofree char *type = g_strconcat ("misp-galaxy:", member_or_empty (galaxy, "type"), NULL);

      for (guint j = 0; j < json_array_get_length (clusters); j++)
        {
          JsonObject *cluster = json_array_get_object_element (clusters, j);
          g_autoptr(GPtrArray) found = facts_with_uuid (facts, member_or_empty (cluster, "uuid"));
          CordonFact *fact;

          g_assert_cmpuint (found->len, ==, 1);
          fact = found->pdata[0];
          g_assert_cmpint (cordon_fact_get_kind (fact), ==, CORDON_FACT_KIND_OTHER);
          g_assert_cmpstr (cordon_fact_get_value (fact), ==, member_or_empty (cluster, "value"));
          g_assert_cmpstr (cordon_fact_get_origin_type (fact), ==, type);
          g_assert_cmpstr (cordon_fact_get_comment (fact), ==, member_or_empty (cluster, "description"));
          g_assert_cmpstr (cordon_fact_get_group (fact), ==, member_or_empty (galaxy, "uuid"));
          g_assert_cmpstr (cordon_fact_get_group_name (fact), ==, member_or_empty (galaxy, "name"));
          g_assert_cmpstr (cordon_fact_get_tags (fact)[0], ==, member_or_empty (cluster, "tag_name"));
          n_clusters++;
        }
    }
  g_assert_cmpuint (n_clusters, ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (facts), ==, 53 + 8 + 4);

  /* The halves of a composite have the kinds of their types */
  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(CordonFact) fact = g_list_model_get_item (facts, i);

      n_kind[cordon_fact_get_kind (fact)]++;
    }
  g_assert_cmpuint (n_kind[CORDON_FACT_KIND_IP], ==, 6);
  g_assert_cmpuint (n_kind[CORDON_FACT_KIND_DOMAIN], ==, 4);
  g_assert_cmpuint (n_kind[CORDON_FACT_KIND_HASH], ==, 15);
  g_assert_cmpuint (n_kind[CORDON_FACT_KIND_FILE], ==, 7);

  /* Every event tag, the TLP and PAP ones and the galaxies' too, is in
   * the provenance entry: named in its text, kept in its payload */
  text = first_journal_text (f, incident, &payload);
  g_assert_nonnull (strstr (text, "53 attributes, 2 objects, 4 galaxy clusters"));
  g_assert_nonnull (strstr (text, "PAP:AMBER"));
  payload_node = json_from_string (payload, NULL);
  kept_tags = json_object_get_array_member (json_object_get_object_member (json_node_get_object (payload_node),
                                                                           "interchange"), "tags");
  g_assert_cmpuint (json_array_get_length (kept_tags), ==, json_array_get_length (tags));
  for (guint i = 0; i < json_array_get_length (tags); i++)
    g_assert_cmpstr (json_array_get_string_element (kept_tags, i), ==,
                     json_object_get_string_member (json_array_get_object_element (tags, i), "name"));
}

static void
assert_facts_equal (GListModel *expected,
                    GListModel *actual)
{
  static const char * const props[] = {
    "kind", "value", "source", "tlp", "is-ioc", "added", "uuid", "origin-type", "origin-category", "comment",
    "tags", "first-seen", "last-seen", "group", "group-name", "group-comment", "relation",
  };

  g_assert_cmpuint (g_list_model_get_n_items (actual), ==, g_list_model_get_n_items (expected));
  for (guint i = 0; i < g_list_model_get_n_items (expected); i++)
    {
      g_autoptr(GObject) a = g_list_model_get_item (expected, i);
      g_autoptr(GObject) b = g_list_model_get_item (actual, i);

      for (guint j = 0; j < G_N_ELEMENTS (props); j++)
        {
          GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (a), props[j]);
          g_auto(GValue) va = G_VALUE_INIT;
          g_auto(GValue) vb = G_VALUE_INIT;

          g_assert_nonnull (pspec);
          g_value_init (&va, pspec->value_type);
          g_value_init (&vb, pspec->value_type);
          g_object_get_property (a, props[j], &va);
          g_object_get_property (b, props[j], &vb);
          if (pspec->value_type == G_TYPE_STRV)
            g_assert_true (g_strv_equal (g_value_get_boxed (&va), g_value_get_boxed (&vb)));
          else if (pspec->value_type == G_TYPE_DATE_TIME)
            g_assert_true ((g_value_get_boxed (&va) == NULL && g_value_get_boxed (&vb) == NULL) ||
                           g_date_time_equal (g_value_get_boxed (&va), g_value_get_boxed (&vb)));
          else
            g_assert_cmpint (g_param_values_cmp (pspec, &va, &vb), ==, 0);
        }
    }
}

/* Cordon's own format carries everything MISP gave a fact */
static void
test_misp_native_round_trip (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *path = data_path ("interchange", "misp-event-full.json", NULL);
  g_autofree char *second_path = g_build_filename (f->dir, "second.cordon", NULL);
  g_autofree char *native = NULL;
  g_autoptr(CordonWorkspace) second = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(CordonIncident) copy = NULL;
  g_autoptr(GListModel) facts = NULL;
  g_autoptr(GListModel) copied = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  import_ok (f, path, CORDON_INTERCHANGE_MISP, 1);
  native = export_text (f, NULL, CORDON_INTERCHANGE_NATIVE);
  g_assert_nonnull (strstr (native, "\"group_comment\" : \"Emotet loader\""));

  second = cordon_workspace_new (second_path, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new (native, strlen (native));
  g_assert_true (cordon_interchange_import_bytes (second, bytes, "native.json", CORDON_INTERCHANGE_NATIVE, NULL, &error));
  g_assert_no_error (error);

  incident = nth_incident (f, 0);
  copy = g_list_model_get_item (cordon_workspace_get_incidents (second), 0);
  facts = facts_of (f, incident);
  copied = cordon_workspace_list_facts (second, copy, &error);
  g_assert_no_error (error);
  assert_facts_equal (facts, copied);
}

/* The shapes a MISP event comes in: wrapped, as PyMISP writes it, in a
 * list, in a search result, without info */
static void
test_misp_import_shapes (Fixture       *f,
                         gconstpointer  data)
{
#define EVENT_FIELDS "\"info\": \"Phishing wave\", \"threat_level_id\": \"2\", \"date\": \"2024-05-02\", " \
                     "\"Attribute\": [{\"type\": \"domain|ip\", \"category\": \"Network activity\", " \
                     "\"value\": \"login.example.com|192.0.2.80\", \"to_ids\": true}]"
  static const struct {
    const char              *name;
    CordonInterchangeFormat  format;
    const char              *content;
    guint64                  n_incidents;
  } cases[] = {
    { "wrapped.json", CORDON_INTERCHANGE_AUTO, "{\"Event\": {" EVENT_FIELDS "}}", 1 },
    { "pymisp.json", CORDON_INTERCHANGE_AUTO, "{" EVENT_FIELDS "}", 1 },
    { "pymisp-named.json", CORDON_INTERCHANGE_MISP, "{" EVENT_FIELDS "}", 1 },
    { "list.json", CORDON_INTERCHANGE_AUTO, "\xef\xbb\xbf [{\"Event\": {" EVENT_FIELDS "}}, {" EVENT_FIELDS "}]", 2 },
    { "list-named.json", CORDON_INTERCHANGE_MISP, "[{" EVENT_FIELDS "}]", 1 },
    { "response.json", CORDON_INTERCHANGE_AUTO, "{\"response\": [{\"Event\": {" EVENT_FIELDS "}}, {" EVENT_FIELDS "}]}", 2 },
    { "no-info.json", CORDON_INTERCHANGE_AUTO,
      "{\"Event\": {\"uuid\": \"0b0c7e16-8d7e-4b8e-9a52-7f3e5c1d2a10\", \"Attribute\": "
      "[{\"type\": \"url\", \"value\": \"http://login.example.com/\"}]}}", 1 },
  };
#undef EVENT_FIELDS

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, cases[i].name, NULL);
      g_autoptr(GError) error = NULL;
      guint before = n_incidents (f);
      guint64 n = 0;

      g_file_set_contents (path, cases[i].content, -1, &error);
      g_assert_no_error (error);
      g_assert_true (cordon_interchange_import (f->ws, path, cases[i].format, &n, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (n, ==, cases[i].n_incidents);
      g_assert_cmpuint (n_incidents (f), ==, before + cases[i].n_incidents);
    }

  /* A list with no events has nothing to import: refused, like an empty
   * STIX bundle */
  {
    g_autofree char *path = g_build_filename (f->dir, "empty-list.json", NULL);
    g_autoptr(GError) error = NULL;
    guint before = n_incidents (f);

    g_assert_true (g_file_set_contents (path, "[]", -1, NULL));
    g_assert_false (cordon_interchange_import (f->ws, path, CORDON_INTERCHANGE_MISP, NULL, &error));
    g_assert_nonnull (error);
    g_assert_nonnull (strstr (error->message, "no MISP events"));
    g_assert_cmpuint (n_incidents (f), ==, before);
  }

  /* Each event has both halves of its domain|ip; the one without info is
   * named by its uuid */
  for (guint i = 0; i < n_incidents (f); i++)
    {
      g_autoptr(CordonIncident) incident = nth_incident (f, i);
      g_autoptr(GListModel) facts = facts_of (f, incident);

      if (g_str_equal (cordon_incident_get_title (incident), "Phishing wave"))
        {
          g_autoptr(CordonFact) domain = NULL;
          g_autoptr(CordonFact) ip = NULL;

          g_assert_cmpuint (g_list_model_get_n_items (facts), ==, 2);
          domain = g_list_model_get_item (facts, 0);
          ip = g_list_model_get_item (facts, 1);
          g_assert_cmpint (cordon_fact_get_kind (domain), ==, CORDON_FACT_KIND_DOMAIN);
          g_assert_cmpstr (cordon_fact_get_value (domain), ==, "login.example.com");
          g_assert_cmpint (cordon_fact_get_kind (ip), ==, CORDON_FACT_KIND_IP);
          g_assert_cmpstr (cordon_fact_get_value (ip), ==, "192.0.2.80");
          g_assert_cmpstr (cordon_fact_get_uuid (domain), ==, cordon_fact_get_uuid (ip));
          g_assert_true (cordon_fact_get_is_ioc (ip));
        }
      else
        {
          g_assert_cmpstr (cordon_incident_get_title (incident), ==, "MISP event 0b0c7e16-8d7e-4b8e-9a52-7f3e5c1d2a10");
          g_assert_cmpuint (g_list_model_get_n_items (facts), ==, 1);
        }
    }
  g_assert_cmpuint (n_incidents (f), ==, 9);
}

static JsonObject *
parse_object (const char *text)
{
  g_autoptr(JsonNode) node = json_from_string (text, NULL);

  g_assert_nonnull (node);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));

  return json_object_ref (json_node_get_object (node));
}

static GPtrArray *
tag_names (JsonObject *object)
{
  GPtrArray *names = g_ptr_array_new ();
  JsonArray *tags = json_object_has_member (object, "Tag") ? json_object_get_array_member (object, "Tag") : NULL;

  for (guint i = 0; tags != NULL && i < json_array_get_length (tags); i++)
    g_ptr_array_add (names, (gpointer) json_object_get_string_member (json_array_get_object_element (tags, i), "name"));
  g_ptr_array_add (names, NULL);

  return names;
}

static JsonObject *
find_by_uuid (JsonArray  *array,
              const char *uuid)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (member_or_empty (object, "uuid"), uuid) == 0)
        return object;
    }

  return NULL;
}

static void
assert_same_member (JsonObject *expected,
                    JsonObject *actual,
                    const char *member)
{
  g_assert_cmpstr (member_or_empty (actual, member), ==, member_or_empty (expected, member));
}

/* Every attribute of @expected that is not deleted is in @actual, with
 * its type, category, value, to_ids, comment, tags, times and relation;
 * returns how many */
static guint
assert_attributes_exported (JsonArray *expected,
                            JsonArray *actual)
{
  guint n = 0;

  for (guint i = 0; i < json_array_get_length (expected); i++)
    {
      JsonObject *a = json_array_get_object_element (expected, i);
      JsonObject *b = find_by_uuid (actual, member_or_empty (a, "uuid"));
      g_autoptr(GPtrArray) tags_a = NULL;
      g_autoptr(GPtrArray) tags_b = NULL;

      if (json_object_get_boolean_member_with_default (a, "deleted", FALSE))
        {
          g_assert_null (b);
          continue;
        }

      g_assert_nonnull (b);
      assert_same_member (a, b, "type");
      assert_same_member (a, b, "category");
      assert_same_member (a, b, "value");
      assert_same_member (a, b, "comment");
      assert_same_member (a, b, "object_relation");
      g_assert_cmpint (json_object_get_boolean_member (a, "to_ids"), ==, json_object_get_boolean_member (b, "to_ids"));
      for (guint j = 0; j < 2; j++)
        {
          const char *member = j == 0 ? "first_seen" : "last_seen";
          g_autoptr(GDateTime) ta = NULL;
          g_autoptr(GDateTime) tb = NULL;

          if (!json_object_has_member (a, member))
            {
              g_assert_false (json_object_has_member (b, member));
              continue;
            }
          ta = g_date_time_new_from_iso8601 (member_or_empty (a, member), NULL);
          tb = g_date_time_new_from_iso8601 (member_or_empty (b, member), NULL);
          g_assert_nonnull (tb);
          g_assert_true (g_date_time_equal (ta, tb));
        }
      tags_a = tag_names (a);
      tags_b = tag_names (b);
      g_assert_true (g_strv_equal ((const char * const *) tags_a->pdata, (const char * const *) tags_b->pdata));
      n++;
    }

  g_assert_cmpuint (n, ==, json_array_get_length (actual));

  return n;
}

/* Validates @documents against @schema (under tests/data/schemas) */
static void
assert_schema_valid (const char *schema,
                     GPtrArray  *documents)
{
  g_autofree char *script = g_build_filename (TEST_SRCDIR, "check-json-schema.py", NULL);
  g_autofree char *schema_path = data_path ("schemas", schema, NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_cmpuint (documents->len, >, 0);
  g_ptr_array_add (argv, (gpointer) TEST_PYTHON);
  g_ptr_array_add (argv, script);
  g_ptr_array_add (argv, schema_path);
  for (guint i = 0; i < documents->len; i++)
    g_ptr_array_add (argv, documents->pdata[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s: not valid:\n%s%s", schema, out, err);
}

/* Writes the export of each incident of the workspace to a file of its own */
static void
export_each (Fixture                 *f,
             CordonInterchangeFormat  format,
             const char              *prefix,
             GPtrArray               *paths)
{
  GListModel *incidents = cordon_workspace_get_incidents (f->ws);

  for (guint i = 0; i < g_list_model_get_n_items (incidents); i++)
    {
      g_autoptr(CordonIncident) incident = g_list_model_get_item (incidents, i);
      const char *keys[] = { cordon_incident_get_key (incident), NULL };
      g_autofree char *text = export_text (f, keys, format);
      g_autofree char *name = g_strdup_printf ("%s-%s.json", prefix, keys[0]);
      char *path = g_build_filename (f->dir, name, NULL);
      g_autoptr(GError) error = NULL;

      g_file_set_contents (path, text, -1, &error);
      g_assert_no_error (error);
      g_ptr_array_add (paths, path);
    }
}

static GPtrArray *
list_json (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (name, -1);

      if (g_str_has_suffix (lower, ".json"))
        g_ptr_array_add (files, g_build_filename (dir_path, name, NULL));
    }
  g_ptr_array_sort (files, (GCompareFunc) g_strcmp0);

  return files;
}

/* The test data of every format and the demo workspace, in one workspace */
static void
import_all_samples (Fixture *f)
{
  static const char * const samples[] = {
    "misp-event.json", "misp-event-full.json", "thehive-case.json",
    "stix-indicators-for-C2-with-COA.json", "stix-attack-subset.json",
  };
  g_autofree char *vcdb_dir = data_path ("vcdb", NULL);
  g_autoptr(GPtrArray) vcdb = list_json (vcdb_dir);

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *path = data_path ("interchange", samples[i], NULL);

      import_ok (f, path, CORDON_INTERCHANGE_AUTO, 1);
    }

  for (guint i = 0; i < vcdb->len; i++)
    import_ok (f, vcdb->pdata[i], CORDON_INTERCHANGE_VERIS, 1);

  {
    g_autoptr(GError) error = NULL;

    g_assert_true (cordon_interchange_import (f->ws, TEST_DEMO_WORKSPACE, CORDON_INTERCHANGE_NATIVE, NULL, &error));
    g_assert_no_error (error);
  }
}

/* MISP → Cordon → MISP keeps every attribute, object, galaxy and tag */
static void
test_misp_round_trip (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = data_path ("interchange", "misp-event-full.json", NULL);
  g_autofree char *again_path = g_build_filename (f->dir, "again.json", NULL);
  g_autoptr(JsonObject) root = load_json_object (path);
  g_autoptr(JsonObject) exported_root = NULL;
  g_autoptr(GPtrArray) tags_a = NULL;
  g_autoptr(GPtrArray) tags_b = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GListModel) facts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  g_autofree char *changed = NULL;
  JsonObject *event = json_object_get_object_member (root, "Event");
  JsonObject *exported;
  JsonArray *objects;
  JsonArray *galaxies;
  guint n;

  import_ok (f, path, CORDON_INTERCHANGE_MISP, 1);
  text = export_text (f, NULL, CORDON_INTERCHANGE_MISP);
  assert_golden (text, "misp-event-full.expected.json");

  exported_root = parse_object (text);
  exported = json_object_get_object_member (exported_root, "Event");
  assert_same_member (event, exported, "uuid");
  assert_same_member (event, exported, "info");
  assert_same_member (event, exported, "date");
  assert_same_member (event, exported, "threat_level_id");
  assert_same_member (event, exported, "analysis");
  assert_same_member (event, exported, "distribution");
  assert_same_member (json_object_get_object_member (event, "Orgc"),
                      json_object_get_object_member (exported, "Orgc"), "name");
  tags_a = tag_names (event);
  tags_b = tag_names (exported);
  g_assert_true (g_strv_equal ((const char * const *) tags_a->pdata, (const char * const *) tags_b->pdata));

  n = assert_attributes_exported (json_object_get_array_member (event, "Attribute"),
                                  json_object_get_array_member (exported, "Attribute"));
  g_assert_cmpuint (n, ==, 47);

  objects = json_object_get_array_member (event, "Object");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (exported, "Object")), ==,
                    json_array_get_length (objects));
  for (guint i = 0; i < json_array_get_length (objects); i++)
    {
      JsonObject *a = json_array_get_object_element (objects, i);
      JsonObject *b = find_by_uuid (json_object_get_array_member (exported, "Object"), member_or_empty (a, "uuid"));

      g_assert_nonnull (b);
      assert_same_member (a, b, "name");
      assert_same_member (a, b, "comment");
      assert_same_member (a, b, "meta-category");
      assert_same_member (a, b, "template_uuid");
      assert_same_member (a, b, "template_version");
      g_assert_cmpint (json_object_has_member (a, "ObjectReference"), ==, json_object_has_member (b, "ObjectReference"));
      n += assert_attributes_exported (json_object_get_array_member (a, "Attribute"),
                                       json_object_get_array_member (b, "Attribute"));
    }
  g_assert_cmpuint (n, ==, 53);

  galaxies = json_object_get_array_member (event, "Galaxy");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (exported, "Galaxy")), ==,
                    json_array_get_length (galaxies));
  for (guint i = 0; i < json_array_get_length (galaxies); i++)
    {
      JsonObject *a = json_array_get_object_element (galaxies, i);
      JsonObject *b = find_by_uuid (json_object_get_array_member (exported, "Galaxy"), member_or_empty (a, "uuid"));
      JsonArray *clusters = json_object_get_array_member (a, "GalaxyCluster");

      g_assert_nonnull (b);
      assert_same_member (a, b, "name");
      assert_same_member (a, b, "type");
      assert_same_member (a, b, "description");
      g_assert_cmpuint (json_array_get_length (json_object_get_array_member (b, "GalaxyCluster")), ==,
                        json_array_get_length (clusters));
      for (guint j = 0; j < json_array_get_length (clusters); j++)
        {
          JsonObject *ca = json_array_get_object_element (clusters, j);
          JsonObject *cb = find_by_uuid (json_object_get_array_member (b, "GalaxyCluster"), member_or_empty (ca, "uuid"));

          g_assert_nonnull (cb);
          assert_same_member (ca, cb, "value");
          assert_same_member (ca, cb, "tag_name");
          assert_same_member (ca, cb, "description");
        }
    }

  /* What Cordon writes it reads back as it was */
  g_file_set_contents (again_path, text, -1, &error);
  g_assert_no_error (error);
  {
    g_autoptr(CordonIncident) first = nth_incident (f, 0);
    const char *keys[] = { NULL, NULL };
    g_autoptr(CordonIncident) second = NULL;

    import_again (f, again_path, CORDON_INTERCHANGE_AUTO, 1);
    second = nth_incident (f, 0);
    if (g_str_equal (cordon_incident_get_key (second), cordon_incident_get_key (first)))
      {
        g_clear_object (&second);
        second = nth_incident (f, 1);
      }
    keys[0] = cordon_incident_get_key (second);
    again = export_text (f, keys, CORDON_INTERCHANGE_MISP);
    g_assert_cmpstr (again, ==, text);
  }

  /* A fact's TLP changed in Cordon is the attribute's TLP tag */
  incident = nth_incident (f, 0);
  facts = facts_of (f, incident);
  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(CordonFact) fact = g_list_model_get_item (facts, i);

      if (g_str_equal (cordon_fact_get_value (fact), "http://downloads.example.com/inv_0304.doc"))
        {
          cordon_fact_set_tlp (fact, CORDON_TLP_RED);
          g_assert_true (cordon_workspace_update_fact (f->ws, fact, &error));
          g_assert_no_error (error);
        }
    }
  {
    const char *keys[] = { cordon_incident_get_key (incident), NULL };

    changed = export_text (f, keys, CORDON_INTERCHANGE_MISP);
  }
  g_assert_nonnull (strstr (changed, "\"name\" : \"tlp:red\""));
  {
    g_auto(GStrv) before = g_strsplit (text, "tlp:amber", -1);
    g_auto(GStrv) after = g_strsplit (changed, "tlp:amber", -1);

    g_assert_cmpuint (g_strv_length (after), ==, g_strv_length (before) - 1);
  }
}

/* Every incident of the test data and of the demo workspace exports as a
 * MISP event that PyMISP's schema accepts */
static void
test_misp_schema (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *all = NULL;
  g_autoptr(JsonObject) response = NULL;

  import_all_samples (f);
  export_each (f, CORDON_INTERCHANGE_MISP, "misp", paths);
  g_assert_cmpuint (paths->len, ==, n_incidents (f));
  assert_schema_valid ("misp/schema-lax.json", paths);

  /* Several incidents are a search result, which reads back */
  all = export_text (f, NULL, CORDON_INTERCHANGE_MISP);
  response = parse_object (all);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (response, "response")), ==, n_incidents (f));
}

/* TheHive, again ---------------------------------------------------------- */

static JsonObject *
find_by_member (JsonArray  *array,
                const char *member,
                const char *value)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (member_or_empty (object, member), value) == 0)
        return object;
    }

  return NULL;
}

/* Tasks keep their descriptions and observables their data types,
 * messages and tags, into Cordon and back out */
static void
test_thehive_tasks_observables (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *path = data_path ("interchange", "thehive-case-tasks.json", NULL);
  g_autofree char *copy = g_build_filename (f->dir, "case.json", NULL);
  g_autoptr(JsonObject) source = load_json_object (path);
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(JsonObject) exported = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  JsonArray *source_tasks = json_object_get_array_member (source, "tasks");
  JsonArray *source_observables = json_object_get_array_member (source, "observables");
  JsonArray *exported_tasks;
  JsonArray *exported_observables;

  import_ok (f, path, CORDON_INTERCHANGE_THEHIVE, 1);
  incident = nth_incident (f, 0);
  tasks = cordon_workspace_list_tasks (f->ws, incident, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(CordonTask) task = g_list_model_get_item (tasks, i);
      JsonObject *expected = json_array_get_object_element (source_tasks, i);

      g_assert_cmpstr (cordon_task_get_title (task), ==, member_or_empty (expected, "title"));
      g_assert_cmpstr (cordon_task_get_description (task), ==, member_or_empty (expected, "description"));
    }

  text = export_text (f, NULL, CORDON_INTERCHANGE_THEHIVE);
  exported = parse_object (text);
  exported_tasks = json_object_get_array_member (exported, "tasks");
  exported_observables = json_object_get_array_member (exported, "observables");
  for (guint i = 0; i < json_array_get_length (source_tasks); i++)
    {
      JsonObject *a = json_array_get_object_element (source_tasks, i);
      JsonObject *b = find_by_member (exported_tasks, "title", member_or_empty (a, "title"));

      g_assert_nonnull (b);
      assert_same_member (a, b, "description");
      assert_same_member (a, b, "group");
      assert_same_member (a, b, "status");
    }
  g_assert_cmpuint (json_array_get_length (exported_observables), ==, json_array_get_length (source_observables));
  for (guint i = 0; i < json_array_get_length (source_observables); i++)
    {
      JsonObject *a = json_array_get_object_element (source_observables, i);
      JsonObject *b = find_by_member (exported_observables, "data", member_or_empty (a, "data"));
      g_autoptr(GPtrArray) tags_a = g_ptr_array_new ();
      g_autoptr(GPtrArray) tags_b = g_ptr_array_new ();
      JsonArray *ta = json_object_has_member (a, "tags") ? json_object_get_array_member (a, "tags") : NULL;
      JsonArray *tb = json_object_get_array_member (b, "tags");

      g_assert_nonnull (b);
      assert_same_member (a, b, "dataType");
      g_assert_cmpint (json_object_get_boolean_member (a, "ioc"), ==, json_object_get_boolean_member (b, "ioc"));
      if (json_object_has_member (a, "message"))
        assert_same_member (a, b, "message");
      else
        g_assert_cmpstr (member_or_empty (b, "message"), ==, "TheHive case #57");
      for (guint j = 0; ta != NULL && j < json_array_get_length (ta); j++)
        g_ptr_array_add (tags_a, (gpointer) json_array_get_string_element (ta, j));
      for (guint j = 0; j < json_array_get_length (tb); j++)
        g_ptr_array_add (tags_b, (gpointer) json_array_get_string_element (tb, j));
      g_ptr_array_add (tags_a, NULL);
      g_ptr_array_add (tags_b, NULL);
      g_assert_true (g_strv_equal ((const char * const *) tags_a->pdata, (const char * const *) tags_b->pdata));
    }

  /* And what went out comes back the same */
  g_file_set_contents (copy, text, -1, &error);
  g_assert_no_error (error);
  import_again (f, copy, CORDON_INTERCHANGE_THEHIVE, 1);
  {
    g_autoptr(CordonIncident) second = nth_incident (f, 1);
    const char *keys[] = { cordon_incident_get_key (second), NULL };

    again = export_text (f, keys, CORDON_INTERCHANGE_THEHIVE);
  }
  g_assert_cmpstr (again, ==, text);
}

/* Facts from elsewhere export with the TheHive data type their own type or
 * kind names, never one data type for everything */
static void
test_thehive_data_types (Fixture       *f,
                         gconstpointer  data)
{
  static const struct {
    const char *value;
    const char *data_type;
    const char *message;
  } expected[] = {
    { "198.51.100.23", "ip", "C2" },
    { "invoice-portal.example.com", "domain", "landing page" },
    { "mail.invoice-portal.example.com", "hostname", "MISP event 1311" },
    { "http://downloads.example.com/inv_0304.doc", "url", "MISP event 1311" },
    { "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "hash", "MISP event 1311" },
    { "inv_0304.doc", "filename", "MISP event 1311" },
    { "accounts@invoice-portal.example.com", "mail", "sender of the lure" },
    { "AS64500", "autonomous-system", "MISP event 1311" },
    { "CVE-2017-11882", "other", "MISP event 1311" },
    { "Second wave expected after the 15th", "other", "MISP event 1311" },
    { "Invoice 0304 overdue", "mail-subject", "MISP event 1311" },
    { "j.doe", "user-account", "MISP event 1311" },
    { "Spearphishing Attachment - T1566.001", "other", "Adversaries may send spearphishing emails with a malicious attachment." },
  };
  g_autofree char *path = data_path ("interchange", "misp-event-full.json", NULL);
  g_autoptr(JsonObject) exported = NULL;
  g_autofree char *text = NULL;
  JsonArray *observables;
  guint n_subjects = 0;

  import_ok (f, path, CORDON_INTERCHANGE_MISP, 1);
  text = export_text (f, NULL, CORDON_INTERCHANGE_THEHIVE);
  exported = parse_object (text);
  observables = json_object_get_array_member (exported, "observables");
  g_assert_cmpuint (json_array_get_length (observables), ==, 65);

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      JsonObject *observable = find_by_member (observables, "data", expected[i].value);

      g_assert_nonnull (observable);
      g_assert_cmpstr (member_or_empty (observable, "dataType"), ==, expected[i].data_type);
      g_assert_cmpstr (member_or_empty (observable, "message"), ==, expected[i].message);
    }
  for (guint i = 0; i < json_array_get_length (observables); i++)
    n_subjects += g_str_equal (member_or_empty (json_array_get_object_element (observables, i), "dataType"), "mail-subject");
  g_assert_cmpuint (n_subjects, ==, 1);

  /* A YARA rule is no regular expression: other, with its kind kept */
  {
    JsonObject *yara = find_by_member (observables, "data",
                                       "rule emotet_loader { strings: $a = \"inv_0304\" condition: $a }");
    JsonArray *tags = json_object_get_array_member (yara, "tags");

    g_assert_cmpstr (member_or_empty (yara, "dataType"), ==, "other");
    g_assert_cmpstr (json_array_get_string_element (tags, json_array_get_length (tags) - 1), ==, "cordon:kind=signature");
  }
}

/* STIX -------------------------------------------------------------------- */

static void
test_stix_golden (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = data_path ("interchange", "thehive-case.json", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(CordonPlanAction) action = cordon_plan_action_new ();
  g_autoptr(GError) error = NULL;

  import_ok (f, path, CORDON_INTERCHANGE_THEHIVE, 1);
  incident = nth_incident (f, 0);
  cordon_plan_action_set_title (action, "Block invoices-example.net at the resolver");
  cordon_plan_action_set_owner (action, "sam@example.org");
  g_assert_true (cordon_workspace_add_plan_action (f->ws, incident, action, &error));
  g_assert_no_error (error);

  first = export_text (f, NULL, CORDON_INTERCHANGE_STIX);
  assert_golden (first, "stix-bundle.expected.json");
  g_assert_nonnull (strstr (first, "\"relationship_type\" : \"mitigates\""));
  g_assert_nonnull (strstr (first, "extension-definition--ef765651-680c-498d-9894-99799f2fa126"));

  /* Ids are stable: a later export gives the same bundle */
  cordon_manual_clock_advance_usec (f->clock, G_GINT64_CONSTANT (3600) * G_USEC_PER_SEC);
  second = export_text (f, NULL, CORDON_INTERCHANGE_STIX);
  g_assert_cmpstr (first, ==, second);
}

static void
test_stix_round_trip (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = data_path ("interchange", "thehive-case.json", NULL);
  g_autofree char *copy = g_build_filename (f->dir, "bundle.json", NULL);
  g_autofree char *bundle = NULL;
  g_autoptr(CordonIncident) original = NULL;
  g_autoptr(CordonIncident) imported = NULL;
  g_autoptr(GListModel) facts = NULL;
  g_autoptr(GError) error = NULL;

  import_ok (f, path, CORDON_INTERCHANGE_THEHIVE, 1);
  bundle = export_text (f, NULL, CORDON_INTERCHANGE_STIX);
  g_file_set_contents (copy, bundle, -1, &error);
  g_assert_no_error (error);

  import_again (f, copy, CORDON_INTERCHANGE_AUTO, 1);
  original = nth_incident (f, 0);
  imported = nth_incident (f, 1);
  g_assert_cmpstr (cordon_incident_get_title (imported), ==, cordon_incident_get_title (original));
  g_assert_cmpstr (cordon_incident_get_severity (imported), ==, "high");
  g_assert_cmpint (cordon_incident_get_tlp (imported), ==, CORDON_TLP_AMBER);
  g_assert_cmpint (cordon_incident_get_phase (imported), ==, CORDON_PHASE_ANALYSIS);
  facts = facts_of (f, imported);
  g_assert_cmpuint (g_list_model_get_n_items (facts), ==, 4);
}

/* Every bundle Cordon writes, for every incident of the test data and of
 * the demo workspace, and for all of them at once, is valid against the
 * OASIS STIX 2.1 schemas */
static void
test_stix_schema (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *all = NULL;
  char *all_path = g_build_filename (f->dir, "stix-all.json", NULL);
  g_autoptr(GError) error = NULL;

  import_all_samples (f);
  export_each (f, CORDON_INTERCHANGE_STIX, "stix", paths);
  all = export_text (f, NULL, CORDON_INTERCHANGE_STIX);
  g_file_set_contents (all_path, all, -1, &error);
  g_assert_no_error (error);
  g_ptr_array_add (paths, all_path);
  assert_schema_valid ("stix/schemas/common/bundle.json", paths);
}

static gboolean
array_has_string (JsonArray  *array,
                  const char *value)
{
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      if (g_strcmp0 (json_array_get_string_element (array, i), value) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Every fact is in the bundle, as an observable or, when STIX has none
 * for it, as a note; every marking and extension the objects name is
 * defined in the bundle; the incident-core extension has its required
 * determination */
static void
test_stix_complete (Fixture       *f,
                    gconstpointer  data)
{
  static const char * const observables[] = {
    "ipv4-addr", "ipv6-addr", "domain-name", "url", "email-addr", "user-account", "file",
  };
  g_autofree char *path = data_path ("interchange", "misp-event-full.json", NULL);
  g_autofree char *copy = g_build_filename (f->dir, "bundle.json", NULL);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(CordonIncident) imported = NULL;
  g_autoptr(GListModel) facts = NULL;
  g_autoptr(GListModel) imported_facts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  JsonArray *objects;
  guint n_facts = 0;
  guint n_notes = 0;
  guint n_other = 0;
  gboolean found_as = FALSE;

  import_ok (f, path, CORDON_INTERCHANGE_MISP, 1);
  incident = nth_incident (f, 0);
  facts = facts_of (f, incident);
  text = export_text (f, NULL, CORDON_INTERCHANGE_STIX);
  root = parse_object (text);
  objects = json_object_get_array_member (root, "objects");

  for (guint i = 0; i < json_array_get_length (objects); i++)
    g_hash_table_add (ids, (gpointer) member_or_empty (json_array_get_object_element (objects, i), "id"));

  for (guint i = 0; i < json_array_get_length (objects); i++)
    {
      JsonObject *object = json_array_get_object_element (objects, i);
      const char *type = member_or_empty (object, "type");
      JsonArray *markings = json_object_has_member (object, "object_marking_refs")
                              ? json_object_get_array_member (object, "object_marking_refs") : NULL;
      JsonObject *extensions = json_object_has_member (object, "extensions")
                                 ? json_object_get_object_member (object, "extensions") : NULL;

      for (guint j = 0; markings != NULL && j < json_array_get_length (markings); j++)
        g_assert_true (g_hash_table_contains (ids, json_array_get_string_element (markings, j)));
      if (extensions != NULL)
        {
          g_autoptr(GList) names = json_object_get_members (extensions);

          for (GList *l = names; l != NULL; l = l->next)
            g_assert_true (g_hash_table_contains (ids, l->data));
        }

      if (g_str_equal (type, "incident"))
        {
          JsonObject *core = json_object_get_object_member (extensions, "extension-definition--ef765651-680c-498d-9894-99799f2fa126");

          g_assert_cmpstr (member_or_empty (core, "determination"), ==, "confirmed");
        }
      if (g_str_equal (type, "note"))
        {
          n_notes++;
          g_assert_true (array_has_string (json_object_get_array_member (object, "object_refs"),
                                           member_or_empty (json_array_get_object_element (objects, 0), "id")) ||
                         json_array_get_length (json_object_get_array_member (object, "object_refs")) == 1);
          found_as |= g_str_equal (member_or_empty (object, "content"), "AS64500") &&
                      g_str_equal (member_or_empty (object, "x_cordon_kind"), "other");
        }
      for (guint j = 0; j < G_N_ELEMENTS (observables); j++)
        n_facts += g_str_equal (type, observables[j]);
    }

  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(CordonFact) fact = g_list_model_get_item (facts, i);

      n_other += cordon_fact_get_kind (fact) == CORDON_FACT_KIND_OTHER;
    }
  g_assert_cmpuint (n_facts + n_notes, ==, g_list_model_get_n_items (facts));
  g_assert_cmpuint (n_notes, >=, n_other);
  g_assert_true (found_as);

  /* The notes come back as facts of their kind */
  g_file_set_contents (copy, text, -1, &error);
  g_assert_no_error (error);
  import_ok (f, copy, CORDON_INTERCHANGE_STIX, 1);
  imported = nth_incident (f, 0);
  if (g_str_equal (cordon_incident_get_key (imported), cordon_incident_get_key (incident)))
    {
      g_clear_object (&imported);
      imported = nth_incident (f, 1);
    }
  imported_facts = facts_of (f, imported);
  {
    guint n_imported_other = 0;

    for (guint i = 0; i < g_list_model_get_n_items (imported_facts); i++)
      {
        g_autoptr(CordonFact) fact = g_list_model_get_item (imported_facts, i);

        n_imported_other += cordon_fact_get_kind (fact) == CORDON_FACT_KIND_OTHER;
      }
    g_assert_cmpuint (n_imported_other, ==, n_other);
  }
}

/* One STIX object on its own is a bundle of one */
static void
test_stix_single_object (Fixture       *f,
                         gconstpointer  data)
{
  static const char text[] =
    "{\"type\": \"indicator\", \"spec_version\": \"2.1\", \"id\": \"indicator--0b0c7e16-8d7e-4b8e-9a52-7f3e5c1d2a20\","
    " \"created\": \"2024-05-02T08:00:00.000Z\", \"modified\": \"2024-05-02T08:00:00.000Z\", \"name\": \"C2\","
    " \"pattern\": \"[ipv4-addr:value = '192.0.2.9']\", \"pattern_type\": \"stix\", \"valid_from\": \"2024-05-02T08:00:00Z\"}";
  g_autofree char *path = g_build_filename (f->dir, "indicator.json", NULL);
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GListModel) facts = NULL;
  g_autoptr(CordonFact) fact = NULL;
  g_autoptr(GError) error = NULL;
  CordonInterchangeFormat format = CORDON_INTERCHANGE_AUTO;

  g_assert_true (cordon_interchange_detect (bytes, "indicator.json", &format, &error));
  g_assert_no_error (error);
  g_assert_cmpint (format, ==, CORDON_INTERCHANGE_STIX);

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  import_ok (f, path, CORDON_INTERCHANGE_AUTO, 1);
  incident = nth_incident (f, 0);
  {
    g_autoptr(GDateTime) detected = cordon_incident_dup_time (incident, CORDON_INCIDENT_TIME_DETECTED);

    g_assert_cmpint (g_date_time_get_year (detected), ==, 2024);
  }
  facts = facts_of (f, incident);
  g_assert_cmpuint (g_list_model_get_n_items (facts), ==, 1);
  fact = g_list_model_get_item (facts, 0);
  g_assert_cmpstr (cordon_fact_get_value (fact), ==, "192.0.2.9");
  g_assert_true (cordon_fact_get_is_ioc (fact));
}

/* STIX 2.0 with a reference to an object the bundle lacks */
static void
test_stix_import_dangling (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *path = data_path ("interchange", "stix-indicators-for-C2-with-COA.json", NULL);
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GListModel) facts = NULL;
  g_autoptr(GListModel) plan = NULL;
  g_autofree char *text = NULL;

  import_ok (f, path, CORDON_INTERCHANGE_AUTO, 1);
  incident = nth_incident (f, 0);
  facts = facts_of (f, incident);
  g_assert_cmpuint (g_list_model_get_n_items (facts), >, 0);
  plan = cordon_workspace_list_plan (f->ws, incident, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (plan), ==, 1);
  text = first_journal_text (f, incident, NULL);
  g_assert_nonnull (strstr (text, "version 2.0"));
  g_assert_nonnull (strstr (text, "not in the bundle"));
}

/* ATT&CK: the deprecated course of action is skipped */
static void
test_stix_import_deprecated (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *path = data_path ("interchange", "stix-attack-subset.json", NULL);
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GListModel) plan = NULL;

  import_ok (f, path, CORDON_INTERCHANGE_STIX, 1);
  incident = nth_incident (f, 0);
  plan = cordon_workspace_list_plan (f->ws, incident, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (plan), ==, 0);
}

/* VERIS ------------------------------------------------------------------- */

static void
test_veris_vcdb (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *dir = data_path ("vcdb", NULL);
  g_autoptr(GPtrArray) files = list_json (dir);
  guint n_references = 0, expected_references = 0;
  guint n_victims = 0, expected_victims = 0;
  guint n_actors = 0, n_assets = 0;

  g_assert_cmpuint (files->len, ==, 38);
  for (guint i = 0; i < files->len; i++)
    import_ok (f, files->pdata[i], CORDON_INTERCHANGE_AUTO, 1);
  g_assert_cmpuint (n_incidents (f), ==, files->len);

  /* Timeline and discovery are in the journal */
  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr(CordonIncident) incident = nth_incident (f, i);
      g_autoptr(GListModel) journal = cordon_workspace_list_journal (f->ws, incident, NULL);
      g_autoptr(GListModel) facts = NULL;
      CordonIncidentMetrics figures;
      gboolean timeline = FALSE;

      g_assert_cmpint (cordon_incident_get_phase (incident), ==, CORDON_PHASE_CLOSED);
      for (guint j = 0; j < g_list_model_get_n_items (journal); j++)
        {
          g_autoptr(CordonJournalEntry) entry = g_list_model_get_item (journal, j);

          timeline |= g_str_has_prefix (cordon_journal_entry_get_text (entry), "Timeline") ||
                      g_str_has_prefix (cordon_journal_entry_get_text (entry), "Discovery");
          /* The journal tells only what the record says */
          g_assert_null (strstr (cordon_journal_entry_get_text (entry), "variety not recorded"));
          n_victims += g_str_has_prefix (cordon_journal_entry_get_text (entry), "Victim: ");
          n_actors += g_str_has_prefix (cordon_journal_entry_get_text (entry), "Actors: ");
          n_assets += g_str_has_prefix (cordon_journal_entry_get_text (entry), "Assets: ");
        }
      g_assert_true (timeline);

      /* History: nobody acknowledged it here, and no SLA ran */
      g_assert_cmpint (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED), ==, 0);
      g_assert_true (cordon_workspace_compute_metrics (f->ws, incident, &figures, NULL, NULL));
      g_assert_cmpint (figures.acknowledge_usec, <, 0);
      g_assert_cmpuint (figures.n_met + figures.n_breached + figures.n_running, ==, 0);

      facts = facts_of (f, incident);
      for (guint j = 0; j < g_list_model_get_n_items (facts); j++)
        {
          g_autoptr(CordonFact) fact = g_list_model_get_item (facts, j);

          if (cordon_fact_get_kind (fact) == CORDON_FACT_KIND_URL && !cordon_fact_get_is_ioc (fact))
            n_references++;
        }
    }

  /* Counted from the records themselves */
  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *record;
      JsonObject *victim;

      g_assert_true (json_parser_load_from_file (parser, files->pdata[i], NULL));
      record = json_node_get_object (json_parser_get_root (parser));
      victim = json_object_has_member (record, "victim") ? json_object_get_object_member (record, "victim") : NULL;
      if (json_object_has_member (record, "reference") &&
          g_str_has_prefix (json_object_get_string_member (record, "reference"), "http"))
        expected_references++;
      if (victim != NULL && json_object_has_member (victim, "industry"))
        expected_victims++;
    }
  g_test_message ("VCDB: %u references, %u victims, %u actor lines, %u asset lines",
                  n_references, n_victims, n_actors, n_assets);
  g_assert_cmpuint (n_references, >=, expected_references);
  g_assert_cmpuint (expected_references, >, 0);
  g_assert_cmpuint (n_victims, ==, expected_victims);
  g_assert_cmpuint (n_actors, >, 0);
  g_assert_cmpuint (n_assets, >, 0);

  /* The period's metrics leave imported history out of SLA compliance */
  {
    g_autoptr(CordonMetrics) metrics = cordon_workspace_compute_period_metrics (f->ws, -1, -1, NULL);

    g_assert_nonnull (metrics);
    g_assert_cmpuint (metrics->n_incidents, ==, files->len);
    g_assert_cmpuint (metrics->acknowledge.n, ==, 0);
    for (guint i = 0; i < metrics->by_severity->len; i++)
      {
        const CordonCount *count = metrics->by_severity->pdata[i];

        g_assert_cmpuint (count->met + count->breached, ==, 0);
      }
  }
}

static void
test_veris_validator (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *dir = data_path ("veris", "validator", NULL);
  g_autoptr(GPtrArray) files = list_json (dir);
  guint refused = 0;
  guint named = 0;

  g_assert_cmpuint (files->len, ==, 222);
  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      g_autofree char *payload = NULL;
      const char *should;
      guint before = n_incidents (f);
      guint64 n = 0;

      g_assert_true (json_parser_load_from_file (parser, files->pdata[i], NULL));
      should = json_object_get_string_member (json_node_get_object (json_parser_get_root (parser)), "should");

      /* The validator's records share their incident_id: each is its own */
      if (!import_as_new (f, files->pdata[i], CORDON_INTERCHANGE_VERIS, &n, &error))
        {
          g_assert_cmpstr (should, ==, "fail");
          g_assert_nonnull (strstr (error->message, files->pdata[i]));
          g_assert_cmpuint (n_incidents (f), ==, before);
          refused++;
          continue;
        }

      g_assert_cmpuint (n_incidents (f), ==, before + 1);
      {
        g_autoptr(CordonIncident) incident = nth_incident (f, before);

        text = first_journal_text (f, incident, &payload);
      }

      if (g_str_equal (should, "fail"))
        {
          if (strstr (text, "defects") == NULL)
            g_test_message ("%s: should fail, imported without a defect named", (const char *) files->pdata[i]);
          else
            named++;
        }
      else if (strstr (text, "defects") != NULL)
        g_error ("%s: valid, yet defects named: %s", (const char *) files->pdata[i], strstr (text, "defects"));
    }

  g_test_message ("validator cases that should fail: %u refused, %u imported with defects named", refused, named);
  /* The structural checks catch these; the rest need the VERIS
   * enumerations (docs/interchange.md). A guard against losing any. */
  g_assert_cmpuint (refused + named, >=, 130);
}

/* Bad input ------------------------------------------------------------- */

typedef struct
{
  const char              *name;
  CordonInterchangeFormat  format;
  const char              *content;
  const char              *expected;  /* in the message, after the file name */
} BadCase;

static const BadCase bad_cases[] = {
  { "template-task-untitled.json", CORDON_INTERCHANGE_AUTO,
    "{\"_type\": \"CaseTemplate\", \"name\": \"x\", \"tasks\": [{\"title\": \"a\"}, {\"group\": \"g\"}]}",
    "$.tasks[1]: title: missing" },
  { "template-bad-order.json", CORDON_INTERCHANGE_THEHIVE,
    "{\"name\": \"x\", \"tasks\": [{\"title\": \"a\", \"order\": \"first\"}]}",
    "$.tasks[0]: order: expected a whole number" },
  { "template-empty-name.json", CORDON_INTERCHANGE_THEHIVE,
    "{\"_type\": \"CaseTemplate\", \"name\": \"\", \"tasks\": []}", "$: name: empty" },
  { "truncated.json", CORDON_INTERCHANGE_THEHIVE, "{\"title\": \"x\", \"severity\": 2, \"tasks\": [", ":1:" },
  { "wrong-type.json", CORDON_INTERCHANGE_THEHIVE,
    "{\"title\": \"x\", \"severity\": \"high\", \"tlp\": 2}", "$: severity: expected a whole number" },
  { "unknown-datatype.json", CORDON_INTERCHANGE_THEHIVE,
    "{\"title\": \"x\", \"severity\": 2, \"tlp\": 2, \"observables\": [{\"dataType\": \"ip\", \"data\": \"192.0.2.1\"},"
    "{\"dataType\": \"ip\", \"data\": \"192.0.2.2\"}, {\"dataType\": \"ip\", \"data\": \"192.0.2.3\"},"
    "{\"dataType\": \"carrier-pigeon\", \"data\": \"x\"}]}",
    "$.observables[3]: dataType: unknown data type" },
  { "unknown-status.json", CORDON_INTERCHANGE_THEHIVE,
    "{\"title\": \"x\", \"severity\": 2, \"tlp\": 2, \"status\": \"Sleeping\"}", "$: status: unknown case status" },
  { "unknown-task-status.json", CORDON_INTERCHANGE_THEHIVE,
    "{\"title\": \"x\", \"severity\": 2, \"tlp\": 2, \"tasks\": [{\"title\": \"t\", \"status\": \"Maybe\"}]}",
    "$.tasks[0]: status: unknown task status" },
  { "huge-severity.json", CORDON_INTERCHANGE_THEHIVE,
    "{\"title\": \"x\", \"severity\": 99999999999999999999999, \"tlp\": 2}", "$: severity:" },
  { "huge-date.json", CORDON_INTERCHANGE_THEHIVE,
    "{\"title\": \"x\", \"severity\": 2, \"tlp\": 2, \"startDate\": 9223372036854775807}", "$: startDate:" },
  { "tlp-range.json", CORDON_INTERCHANGE_THEHIVE, "{\"title\": \"x\", \"severity\": 2, \"tlp\": 7}", "$: tlp: 7 is out of range" },
  { "duplicate-member.json", CORDON_INTERCHANGE_THEHIVE,
    "{\"title\": \"x\", \"title\": \"y\", \"severity\": 2}", "$.title" },
  { "second-case-bad.json", CORDON_INTERCHANGE_THEHIVE,
    "{\"cases\": [{\"title\": \"good\", \"severity\": 2}, {\"title\": \"\", \"severity\": 2}]}", "$.cases[1]: title: empty" },
  { "misp-threat.json", CORDON_INTERCHANGE_MISP,
    "{\"Event\": {\"info\": \"x\", \"threat_level_id\": \"9\"}}", "$.Event: threat_level_id" },
  { "misp-tlp.json", CORDON_INTERCHANGE_MISP,
    "{\"Event\": {\"info\": \"x\", \"Tag\": [{\"name\": \"tlp:ultraviolet\"}]}}", "$.Event.Tag[0]: unknown TLP tag" },
  { "misp-attribute.json", CORDON_INTERCHANGE_MISP,
    "{\"Event\": {\"info\": \"x\", \"Attribute\": [{\"type\": \"ip-dst\", \"value\": \"192.0.2.1\"}, {\"type\": \"ip-dst\", \"value\": 5}]}}",
    "$.Event.Attribute[1]: value: expected a string" },
  { "stix-duplicate.json", CORDON_INTERCHANGE_STIX,
    "{\"type\": \"bundle\", \"id\": \"bundle--1\", \"objects\": ["
    "{\"type\": \"indicator\", \"id\": \"indicator--1\", \"modified\": \"2024-01-01T00:00:00Z\", \"pattern\": \"[ipv4-addr:value = '192.0.2.1']\"},"
    "{\"type\": \"indicator\", \"id\": \"indicator--1\", \"modified\": \"2024-01-01T00:00:00Z\", \"pattern\": \"[ipv4-addr:value = '192.0.2.1']\"}]}",
    "$.objects[1]: id: indicator--1 appears twice" },
  { "stix-type.json", CORDON_INTERCHANGE_STIX,
    "{\"type\": \"bundle\", \"objects\": [{\"type\": \"indicator\", \"id\": \"malware--1\"}]}", "$.objects[0]: id:" },
  { "veris-not.json", CORDON_INTERCHANGE_VERIS, "{\"hello\": \"world\"}", "$: not a VERIS incident record" },
  { "stix-not.json", CORDON_INTERCHANGE_STIX, "{\"foo\": 1}", "$: not STIX: no type" },
  { "stix-misp.json", CORDON_INTERCHANGE_STIX, "{\"Event\": {\"info\": \"x\"}}", "$: not STIX: no type" },
  { "stix-veris.json", CORDON_INTERCHANGE_STIX, "{\"schema_version\": \"1.3.7\", \"action\": {}}", "$: not STIX: no type" },
  { "stix-no-id.json", CORDON_INTERCHANGE_STIX, "{\"type\": \"incident\", \"name\": \"x\"}",
    "$: not STIX: the type is “incident”, not “bundle”, and there is no STIX id" },
  { "stix-wrong-id.json", CORDON_INTERCHANGE_STIX, "{\"type\": \"incident\", \"id\": \"indicator--1\"}",
    "$: not STIX: the type is “incident”" },
  { "stix-type-number.json", CORDON_INTERCHANGE_STIX, "{\"type\": 7, \"id\": \"x\"}", "$: not STIX: no type" },
  { "stix-empty.json", CORDON_INTERCHANGE_STIX, "{\"type\": \"bundle\", \"id\": \"bundle--1\", \"objects\": []}",
    "$: nothing to import: the STIX bundle has no objects" },
  { "stix-no-objects.json", CORDON_INTERCHANGE_STIX, "{\"type\": \"bundle\", \"id\": \"bundle--1\"}",
    "$: nothing to import: the STIX bundle has no objects" },
  { "stix-list.json", CORDON_INTERCHANGE_STIX, "[{\"type\": \"bundle\"}]", "$: expected a JSON object, found an array" },
  { "unknown-format.json", CORDON_INTERCHANGE_AUTO, "{\"hello\": \"world\"}", "$: the format cannot be told" },
  { "not-object.json", CORDON_INTERCHANGE_AUTO, "[1, 2, 3]", "$[0]: the format cannot be told" },
  { "list-not-misp.json", CORDON_INTERCHANGE_THEHIVE, "[{\"title\": \"x\"}]", "$: expected a JSON object, found an array" },
  { "list-truncated.json", CORDON_INTERCHANGE_MISP, "[{\"info\": \"x\"},\n {\"info\": ", ":2:" },
  { "list-bad-element.json", CORDON_INTERCHANGE_MISP, "[{\"info\": \"x\", \"Attribute\": []}, 7]", "$[1]: expected an object" },
  { "misp-nothing.json", CORDON_INTERCHANGE_MISP, "{\"Event\": {\"date\": \"2024-01-01\"}}", "$.Event: not a MISP event" },
  { "misp-not-event.json", CORDON_INTERCHANGE_MISP, "{\"hello\": \"world\"}", "$: not a MISP event" },
  { "misp-composite-empty.json", CORDON_INTERCHANGE_MISP,
    "{\"Event\": {\"info\": \"x\", \"Attribute\": [{\"type\": \"domain|ip\", \"value\": \"\"}]}}",
    "$.Event.Attribute[0]: value: empty" },
  { "misp-seen.json", CORDON_INTERCHANGE_MISP,
    "{\"Event\": {\"info\": \"x\", \"Attribute\": [{\"type\": \"url\", \"value\": \"http://a.example/\", \"first_seen\": \"soon\"}]}}",
    "$.Event.Attribute[0]: first_seen:" },
  { "misp-galaxy.json", CORDON_INTERCHANGE_MISP,
    "{\"Event\": {\"info\": \"x\", \"Galaxy\": [{\"type\": \"tool\", \"GalaxyCluster\": [{\"uuid\": \"u\"}]}]}}",
    "$.Event.Galaxy[0].GalaxyCluster[0]: value: missing" },
  { "misp-object.json", CORDON_INTERCHANGE_MISP,
    "{\"Event\": {\"info\": \"x\", \"Object\": [{\"comment\": \"no name\"}]}}", "$.Event.Object[0]: name: missing" },
};

static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *good = data_path ("interchange", "thehive-case.json", NULL);

  /* Something there already, which must stay as it is */
  import_ok (f, good, CORDON_INTERCHANGE_THEHIVE, 1);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, bad_cases[i].name, NULL);
      g_autoptr(GError) error = NULL;
      guint64 n = 7;

      g_file_set_contents (path, bad_cases[i].content, -1, &error);
      g_assert_no_error (error);

      g_assert_false (cordon_interchange_import (f->ws, path, bad_cases[i].format, &n, &error));
      g_assert_nonnull (error);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, path));
      if (strstr (error->message, bad_cases[i].expected) == NULL)
        g_error ("%s: “%s” lacks “%s”", bad_cases[i].name, error->message, bad_cases[i].expected);
      g_assert_cmpuint (n, ==, 0);
      g_assert_cmpuint (n_incidents (f), ==, 1);
    }
}

static void
test_deep_nesting (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "deep.json", NULL);
  g_autoptr(GString) text = g_string_new ("{\"title\": \"x\", \"severity\": 2, \"tags\": ");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 10000; i++)
    g_string_append_c (text, '[');
  g_file_set_contents (path, text->str, text->len, &error);
  g_assert_no_error (error);

  for (guint format = CORDON_INTERCHANGE_THEHIVE; format <= CORDON_INTERCHANGE_AUTO; format++)
    {
      g_clear_error (&error);
      g_assert_false (cordon_interchange_import (f->ws, path, format, NULL, &error));
      g_assert_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_LIMIT);
      g_assert_true (g_str_has_prefix (error->message, path));
      g_assert_nonnull (strstr (error->message, "$.tags"));
    }
  g_assert_cmpuint (n_incidents (f), ==, 0);
}

static void
test_detect (void)
{
  static const struct {
    const char              *file;
    CordonInterchangeFormat  format;
  } cases[] = {
    { "interchange/thehive-case.json", CORDON_INTERCHANGE_THEHIVE },
    { "interchange/misp-event.json", CORDON_INTERCHANGE_MISP },
    { "interchange/misp-event-full.json", CORDON_INTERCHANGE_MISP },
    { "interchange/stix-indicators-for-C2-with-COA.json", CORDON_INTERCHANGE_STIX },
    { "vcdb/0001AA7F-C601-424A-B2B8-BE6C9F5164E7.json", CORDON_INTERCHANGE_VERIS },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (TEST_SRCDIR, "data", cases[i].file, NULL);
      g_autoptr(GError) error = NULL;
      g_autofree char *text = NULL;
      g_autoptr(GBytes) bytes = NULL;
      gsize size;
      CordonInterchangeFormat format = CORDON_INTERCHANGE_AUTO;

      g_file_get_contents (path, &text, &size, &error);
      g_assert_no_error (error);
      bytes = g_bytes_new (text, size);
      g_assert_true (cordon_interchange_detect (bytes, path, &format, &error));
      g_assert_no_error (error);
      g_assert_cmpint (format, ==, cases[i].format);
    }

  {
    static const char text[] = "{\"format\": \"cordon\", \"version\": 1, \"incidents\": []}";
    g_autoptr(GBytes) native = g_bytes_new_static (text, strlen (text));
    CordonInterchangeFormat format = CORDON_INTERCHANGE_AUTO;

    g_assert_true (cordon_interchange_detect (native, "native.json", &format, NULL));
    g_assert_cmpint (format, ==, CORDON_INTERCHANGE_NATIVE);
  }
}

/* An export writes each journal as text straight from the rows; the file
 * is byte for byte what writing each incident's record as a JSON tree
 * gives: payloads nested and empty (json-glib indents an empty object by
 * its depth), texts that need escapes, non-ASCII, an empty journal. */
static void
test_native_journal_as_written (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *misp = data_path ("interchange", "misp-event.json", NULL);
  g_autofree char *thehive = data_path ("interchange", "thehive-case.json", NULL);
  static const char empty[] =
    "{\"format\": \"cordon\", \"version\": 1, \"incidents\": [{\"key\": \"INC-2025-0042\","
    " \"title\": \"Nothing in its journal\", \"category\": \"other\", \"severity\": \"low\","
    " \"times\": {\"detected\": \"2025-12-01T08:00:00Z\"}}]}";
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(CordonIncident) draft = cordon_incident_new ();
  g_autoptr(CordonIncident) stored = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(CordonJournalEntry) other = NULL;
  g_autoptr(GOutputStream) fast = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) tree = g_memory_output_stream_new_resizable ();
  g_autoptr(CordonNativeWriter) writer = NULL;
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  GListModel *incidents;

  import_ok (f, misp, CORDON_INTERCHANGE_MISP, 1);
  import_ok (f, thehive, CORDON_INTERCHANGE_THEHIVE, 1);
  bytes = g_bytes_new_static (empty, strlen (empty));
  g_assert_true (cordon_interchange_import_bytes (f->ws, bytes, "empty.json", CORDON_INTERCHANGE_NATIVE, NULL, &error));
  g_assert_no_error (error);

  cordon_incident_set_title (draft, "Écrans noirs \"partout\"");
  cordon_incident_set_category (draft, "malicious-code");
  cordon_incident_set_severity (draft, "high");
  stored = cordon_workspace_create_incident (f->ws, draft, "Zoë", &error);
  g_assert_no_error (error);
  entry = cordon_workspace_append_journal (f->ws, stored, CORDON_JOURNAL_KIND_DECISION, "Zoë",
                                           "tab\tquote\" backslash\\ bell\a del\x7f C1 \xc2\x9b ünï",
                                           "{\"a\":{},\"b\":[],\"c\":{\"d\":[1,2.5,true,null,{}]}}", &error);
  g_assert_no_error (error);
  other = cordon_workspace_append_journal (f->ws, stored, CORDON_JOURNAL_KIND_NOTE, "", "plain", NULL, &error);
  g_assert_no_error (error);

  g_clear_object (&draft);
  draft = cordon_incident_new ();
  cordon_incident_set_title (draft, "Only opened");
  cordon_incident_set_category (draft, "other");
  cordon_incident_set_severity (draft, "low");
  g_clear_object (&stored);
  stored = cordon_workspace_create_incident (f->ws, draft, NULL, &error);
  g_assert_no_error (error);

  incidents = cordon_workspace_get_incidents (f->ws);
  g_assert_cmpuint (g_list_model_get_n_items (incidents), ==, 5);
  writer = cordon_native_writer_new (tree, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (incidents); i++)
    {
      g_autoptr(CordonIncident) incident = g_list_model_get_item (incidents, i);
      g_autoptr(CordonIncidentRecord) record = cordon_native_load_record (f->ws, incident, &error);

      g_assert_no_error (error);
      g_assert_true (cordon_native_writer_add_incident (writer, record, &error));
      g_ptr_array_add (keys, (gpointer) cordon_incident_get_key (incident));
    }
  g_assert_true (cordon_native_writer_finish (writer, &error));
  g_ptr_array_add (keys, NULL);

  g_assert_true (cordon_native_export (f->ws, (const char * const *) keys->pdata, fast, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (fast, NULL, NULL) && g_output_stream_close (tree, NULL, NULL));

  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (fast)), ==,
                    g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (tree)));
  g_assert_cmpmem (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (fast)),
                   g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (fast)),
                   g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (tree)),
                   g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (tree)));
  /* The payloads are there, and the texts escaped */
  g_assert_nonnull (g_strstr_len (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (fast)),
                                  g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (fast)),
                                  "\"text\" : \"tab\\tquote\\\" backslash\\\\ bell\\u0007"));
  g_assert_nonnull (g_strstr_len (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (fast)),
                                  g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (fast)),
                                  "\"journal\" : [],"));
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/interchange/detect", test_detect);
#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/interchange/thehive/import", test_thehive_import);
  ADD ("/interchange/thehive/golden", test_thehive_golden);
  ADD ("/interchange/thehive/round-trip", test_thehive_round_trip);
  ADD ("/interchange/thehive/tasks-observables", test_thehive_tasks_observables);
  ADD ("/interchange/thehive/data-types", test_thehive_data_types);
  ADD ("/interchange/misp/import", test_misp_import);
  ADD ("/interchange/misp/import-full", test_misp_import_full);
  ADD ("/interchange/misp/import-shapes", test_misp_import_shapes);
  ADD ("/interchange/misp/native-round-trip", test_misp_native_round_trip);
  ADD ("/interchange/native/journal-as-written", test_native_journal_as_written);
  ADD ("/interchange/misp/round-trip", test_misp_round_trip);
  ADD ("/interchange/misp/schema", test_misp_schema);
  ADD ("/interchange/stix/golden", test_stix_golden);
  ADD ("/interchange/stix/round-trip", test_stix_round_trip);
  ADD ("/interchange/stix/dangling", test_stix_import_dangling);
  ADD ("/interchange/stix/schema", test_stix_schema);
  ADD ("/interchange/stix/complete", test_stix_complete);
  ADD ("/interchange/stix/single-object", test_stix_single_object);
  ADD ("/interchange/stix/deprecated", test_stix_import_deprecated);
  ADD ("/interchange/veris/vcdb", test_veris_vcdb);
  ADD ("/interchange/veris/validator", test_veris_validator);
  ADD ("/interchange/bad-input", test_bad_input);
  ADD ("/interchange/deep-nesting", test_deep_nesting);
#undef ADD

  return g_test_run ();
}
