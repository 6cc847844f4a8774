/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-native-io.c: exports a workspace, or some of its incidents, in
 * the native format, and imports such a file all-or-nothing.
 *
 * Both directions stream: the exporter writes one incident at a time and
 * the importer reads one incident at a time through CordonJsonScanner,
 * inside a single bulk transaction of the workspace, so a workspace of
 * 100,000 incidents moves without being held in memory.
 */

#define G_LOG_DOMAIN "cordon-native"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gio/gunixoutputstream.h>
#include <string.h>
#include <unistd.h>

#include "cordon-input.h"
#include "cordon-native-io.h"
#include "cordon-output.h"
#include "cordon-json-object.h"
#include "cordon-json-scanner.h"

#include "cordon-fact.h"
#include "cordon-group.h"
#include "cordon-incident.h"
#include "cordon-journal-entry.h"
#include "cordon-member.h"
#include "cordon-protocol.h"
#include "cordon-question.h"
#include "cordon-sla-policy.h"
#include "cordon-task.h"
#include "cordon-time.h"
#include "cordon-taxonomy.h"
#include "cordon-taxonomy-entry.h"

/* Export ------------------------------------------------------------ */

struct _CordonNativeWriter
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  JsonGenerator *generator;
  JsonNode      *string_node;   /* for strings that need json-glib's escapes */
  GString       *buffer;
  guint64        n_incidents;
  gboolean       in_incidents;
};

/**
 * cordon_native_writer_new:
 *
 * Starts a native file on @stream: the settings members, if any, then
 * the incidents one at a time, then cordon_native_writer_finish().
 */
CordonNativeWriter *
cordon_native_writer_new (GOutputStream *stream,
                          GCancellable  *cancellable)
{
  CordonNativeWriter *writer = g_new0 (CordonNativeWriter, 1);

  writer->stream = g_object_ref (stream);
  writer->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  writer->generator = json_generator_new ();
  json_generator_set_pretty (writer->generator, TRUE);
  json_generator_set_indent (writer->generator, 2);
  writer->string_node = json_node_new (JSON_NODE_VALUE);
  writer->buffer = g_string_sized_new (512 * 1024);
  g_string_append_printf (writer->buffer, "{\n  \"format\": \"%s\",\n  \"version\": %d",
                          CORDON_NATIVE_FORMAT_ID, CORDON_NATIVE_FORMAT_VERSION);

  return writer;
}

void
cordon_native_writer_free (CordonNativeWriter *writer)
{
  if (writer == NULL)
    return;

  g_object_unref (writer->stream);
  g_clear_object (&writer->cancellable);
  g_object_unref (writer->generator);
  json_node_unref (writer->string_node);
  g_string_free (writer->buffer, TRUE);
  g_free (writer);
}

static gboolean
writer_flush (CordonNativeWriter  *writer,
              GError             **error)
{
  if (writer->buffer->len == 0)
    return TRUE;

  if (!g_output_stream_write_all (writer->stream, writer->buffer->str, writer->buffer->len,
                                  NULL, writer->cancellable, error))
    return FALSE;

  g_string_truncate (writer->buffer, 0);
  return TRUE;
}

/* Appends the text from @p to @end to @out, each line after the first
 * indented by @indent more spaces */
static void
append_indented (GString    *out,
                 const char *p,
                 const char *end,
                 guint       indent)
{
  static const char spaces[] = "                ";

  g_assert (indent < sizeof spaces);

  while (p < end)
    {
      const char *newline = memchr (p, '\n', end - p);

      if (newline == NULL)
        {
          g_string_append_len (out, p, end - p);
          break;
        }

      g_string_append_len (out, p, newline + 1 - p);
      g_string_append_len (out, spaces, indent);
      p = newline + 1;
    }
}

/* Appends @node to @out, pretty-printed and indented by @indent spaces. */
static void
append_node (CordonNativeWriter *writer,
             GString            *out,
             JsonNode           *node,
             guint               indent)
{
  g_autoptr(GString) text = g_string_new (NULL);

  json_generator_set_root (writer->generator, node);
  json_generator_to_gstring (writer->generator, text);
  append_indented (out, text->str, text->str + text->len, indent);
}

static void
writer_append_node (CordonNativeWriter *writer,
                    JsonNode           *node,
                    guint               indent)
{
  append_node (writer, writer->buffer, node, indent);
}

/* Appends @text as a JSON string, as json-glib writes it: printable ASCII
 * as it is, anything else through json-glib itself */
static void
append_string (CordonNativeWriter *writer,
               GString            *out,
               const char         *text)
{
  const char *p = text;

  while ((guchar) *p >= 0x20 && (guchar) *p < 0x7f && *p != '"' && *p != '\\')
    p++;

  if (*p == '\0')
    {
      g_string_append_c (out, '"');
      g_string_append_len (out, text, p - text);
      g_string_append_c (out, '"');
      return;
    }

  json_node_set_string (writer->string_node, text);
  json_generator_set_root (writer->generator, writer->string_node);
  json_generator_to_gstring (writer->generator, out);
}

/**
 * cordon_native_writer_add_member:
 *
 * Writes a top-level member such as "taxonomy"; all of them come before
 * the first incident.
 */
void
cordon_native_writer_add_member (CordonNativeWriter *writer,
                                 const char         *name,
                                 JsonNode           *node)
{
  g_return_if_fail (!writer->in_incidents);

  g_string_append_printf (writer->buffer, ",\n  \"%s\": ", name);
  writer_append_node (writer, node, 2);
}

static gboolean
writer_begin_incident (CordonNativeWriter  *writer,
                       GError             **error)
{
  if (g_cancellable_set_error_if_cancelled (writer->cancellable, error))
    return FALSE;

  if (!writer->in_incidents)
    {
      g_string_append (writer->buffer, ",\n  \"incidents\": [");
      writer->in_incidents = TRUE;
    }

  g_string_append (writer->buffer, writer->n_incidents == 0 ? "\n    " : ",\n    ");

  return TRUE;
}

static gboolean
writer_end_incident (CordonNativeWriter  *writer,
                     GError             **error)
{
  writer->n_incidents++;

  if (writer->buffer->len > 256 * 1024)
    return writer_flush (writer, error);

  return TRUE;
}

gboolean
cordon_native_writer_add_incident (CordonNativeWriter    *writer,
                                   CordonIncidentRecord  *record,
                                   GError               **error)
{
  g_autoptr(JsonNode) node = cordon_native_incident_to_json (record);

  if (!writer_begin_incident (writer, error))
    return FALSE;

  writer_append_node (writer, node, 4);

  return writer_end_incident (writer, error);
}

/* The journal of an exported incident, written as it is read: an
 * entry of a large journal is never an object or a JSON tree, only text,
 * laid out exactly as json-glib lays out the rest of the file */
typedef struct
{
  CordonNativeWriter *writer;
  guint64             n;
} JournalText;

/* Appends @payload (taking it) as it is written inside a whole incident.
 * json-glib indents the inside of an empty object or array by its depth
 * in the document, so the payload is generated at the depth it has
 * there (incident, journal, entry, payload) and cut out. */
static void
append_payload (CordonNativeWriter *writer,
                GString            *out,
                JsonNode           *payload)
{
  static const char before[] = "\"p\" : ";
  static const char after[] = "\n    }\n  ]\n}";
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(GString) text = g_string_new (NULL);
  JsonObject *incident = json_object_new ();
  JsonArray *journal = json_array_new ();
  JsonObject *entry = json_object_new ();
  const char *start;

  json_object_set_member (entry, "p", payload);
  json_array_add_object_element (journal, entry);
  json_object_set_array_member (incident, "j", journal);
  json_node_take_object (root, incident);

  json_generator_set_root (writer->generator, root);
  json_generator_to_gstring (writer->generator, text);
  start = strstr (text->str, before);
  g_assert (start != NULL && g_str_has_suffix (text->str, after));
  start += strlen (before);

  /* The incident itself is indented by 4 in the file */
  append_indented (out, start, text->str + text->len - strlen (after), 4);
}

static gboolean
append_journal_entry (const CordonJournalFields  *fields,
                      gpointer                    user_data,
                      GError                    **error)
{
  JournalText *journal = user_data;
  GString *out = journal->writer->buffer;
  char time_text[CORDON_TIME_ISO8601_SIZE];

  cordon_time_format_iso8601_compact (fields->time_usec, time_text);

  g_string_append (out, journal->n == 0 ? "\n        {" : ",\n        {");
  g_string_append (out, "\n          \"kind\" : \"");
  g_string_append (out, cordon_journal_kind_to_id (fields->kind));
  g_string_append (out, "\",\n          \"time\" : \"");
  g_string_append (out, time_text);
  g_string_append (out, "\",\n          \"author\" : ");
  append_string (journal->writer, out, fields->author);
  g_string_append (out, ",\n          \"text\" : ");
  append_string (journal->writer, out, fields->text);

  /* As the object fields write a payload: left out when it is not JSON */
  if (fields->payload != NULL && fields->payload[0] != '\0')
    {
      JsonNode *payload = json_from_string (fields->payload, NULL);

      if (payload != NULL)
        {
          g_string_append (out, ",\n          \"payload\" : ");
          append_payload (journal->writer, out, payload);
        }
    }

  g_string_append (out, "\n        }");
  journal->n++;

  return TRUE;
}

/* @record holds everything of the incident but its journal, which is
 * read from @workspace into the place json-glib left for it */
static gboolean
writer_add_stored_incident (CordonNativeWriter    *writer,
                            CordonWorkspace       *workspace,
                            CordonIncidentRecord  *record,
                            GError               **error)
{
  /* The empty journal as a member of an incident at the indentation of
   * the incidents array: no string can hold it (its quotes and newline
   * would be escaped), and nested members are indented further */
  static const char empty_journal[] = "\n      \"journal\" : []";
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  JournalText journal = { writer, 0 };
  const char *at;
  gsize head;

  g_assert (record->journal->len == 0);

  if (!writer_begin_incident (writer, error))
    return FALSE;

  node = cordon_native_incident_to_json (record);
  append_node (writer, text, node, 4);
  at = strstr (text->str, empty_journal);
  g_assert (at != NULL);

  /* Up to the journal's "[", then its entries, then its "]" and the rest */
  head = at - text->str + strlen (empty_journal) - 1;
  g_string_append_len (writer->buffer, text->str, head);
  if (!cordon_workspace_foreach_journal_fields (workspace, record->incident, append_journal_entry, &journal, error))
    return FALSE;
  if (journal.n > 0)
    g_string_append (writer->buffer, "\n      ");
  g_string_append_len (writer->buffer, text->str + head, text->len - head);

  return writer_end_incident (writer, error);
}

gboolean
cordon_native_writer_finish (CordonNativeWriter  *writer,
                             GError             **error)
{
  if (!writer->in_incidents)
    g_string_append (writer->buffer, ",\n  \"incidents\": []\n}\n");
  else
    g_string_append (writer->buffer, "\n  ]\n}\n");

  return writer_flush (writer, error);
}

static JsonNode *
groups_to_json (CordonWorkspace  *workspace,
                GError          **error)
{
  g_autoptr(GListModel) groups = cordon_workspace_list_groups (workspace, error);
  g_autoptr(JsonArray) array = NULL;
  JsonNode *node;

  if (groups == NULL)
    return NULL;

  array = json_array_new ();
  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(CordonGroup) group = g_list_model_get_item (groups, i);
      g_autoptr(GListModel) members = cordon_workspace_list_members (workspace, group, error);
      g_autoptr(GListModel) protocols = members ? cordon_workspace_list_protocols (workspace, group, error) : NULL;
      g_autoptr(GPtrArray) member_array = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GPtrArray) protocol_array = g_ptr_array_new_with_free_func (g_object_unref);

      if (protocols == NULL)
        return NULL;

      for (guint j = 0; j < g_list_model_get_n_items (members); j++)
        g_ptr_array_add (member_array, g_list_model_get_item (members, j));
      for (guint j = 0; j < g_list_model_get_n_items (protocols); j++)
        g_ptr_array_add (protocol_array, g_list_model_get_item (protocols, j));

      json_array_add_element (array, cordon_native_group_to_json (group, member_array, protocol_array));
    }

  node = json_node_new (JSON_NODE_ARRAY);
  json_node_set_array (node, array);

  return node;
}

static GPtrArray *
model_to_array (GListModel *model)
{
  GPtrArray *array = g_ptr_array_new_full (g_list_model_get_n_items (model), g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (array, g_list_model_get_item (model, i));

  return array;
}

/* The strategy library, each strategy with its validations */
static JsonNode *
strategies_to_json (CordonWorkspace  *workspace,
                    GError          **error)
{
  g_autoptr(GListModel) strategies = cordon_workspace_list_strategies (workspace, error);
  JsonArray *array;
  JsonNode *node;

  if (strategies == NULL)
    return NULL;

  array = json_array_new ();
  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      g_autoptr(CordonStrategy) strategy = g_list_model_get_item (strategies, i);
      g_autoptr(GListModel) validations = cordon_workspace_list_validations (workspace, strategy, error);
      g_autoptr(GPtrArray) validation_array = NULL;

      if (validations == NULL)
        {
          json_array_unref (array);
          return NULL;
        }

      validation_array = model_to_array (validations);
      json_array_add_element (array, cordon_native_strategy_to_json (strategy, validation_array));
    }

  node = json_node_new (JSON_NODE_ARRAY);
  json_node_take_array (node, array);

  return node;
}

static gboolean
recovery_is_empty (CordonRecovery *recovery)
{
  return cordon_recovery_get_compromised (recovery) == NULL &&
         cordon_recovery_get_legal (recovery)[0] == '\0' &&
         cordon_recovery_get_forensic_scope (recovery)[0] == '\0' &&
         cordon_recovery_get_root_cause (recovery)[0] == '\0' &&
         cordon_recovery_get_decision (recovery) == CORDON_RESTORE_DECISION_UNDECIDED &&
         cordon_recovery_get_decision_reason (recovery)[0] == '\0' &&
         cordon_recovery_get_restore_point (recovery) == NULL &&
         cordon_recovery_get_decided (recovery) == NULL;
}

static gboolean
review_is_empty (CordonReview *review)
{
  return cordon_review_get_went_well (review)[0] == '\0' &&
         cordon_review_get_went_badly (review)[0] == '\0' &&
         cordon_review_get_completed (review) == NULL &&
         cordon_review_get_skip_reason (review)[0] == '\0';
}

/* The recovery of @incident; what was never filled in stays out */
static gboolean
load_recovery (CordonWorkspace       *workspace,
               CordonIncident        *incident,
               CordonIncidentRecord  *record,
               GError               **error)
{
  g_autoptr(CordonRecovery) recovery = NULL;
  g_autoptr(CordonReview) review = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GListModel) follow_ups = NULL;

  if (!(recovery = cordon_workspace_get_recovery (workspace, incident, error)) ||
      !(review = cordon_workspace_get_review (workspace, incident, error)) ||
      !(items = cordon_workspace_list_recovery_items (workspace, incident, error)) ||
      !(follow_ups = cordon_workspace_list_follow_ups (workspace, incident, error)))
    return FALSE;

  if (!recovery_is_empty (recovery))
    g_set_object (&record->recovery, recovery);
  if (!review_is_empty (review))
    g_set_object (&record->review, review);
  g_ptr_array_unref (record->recovery_items);
  record->recovery_items = model_to_array (items);
  g_ptr_array_unref (record->follow_ups);
  record->follow_ups = model_to_array (follow_ups);

  return TRUE;
}

/* With @with_journal FALSE, the record's journal is left empty */
static CordonIncidentRecord *
load_record (CordonWorkspace  *workspace,
             CordonIncident   *incident,
             gboolean          with_journal,
             GError          **error)
{
  g_autoptr(CordonIncidentRecord) record = cordon_incident_record_new ();
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(GListModel) facts = NULL;
  g_autoptr(GListModel) questions = NULL;
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(GListModel) plan = NULL;
  g_autoptr(GListModel) evidence = NULL;

  if ((with_journal && !(journal = cordon_workspace_list_journal (workspace, incident, error))) ||
      !(facts = cordon_workspace_list_facts (workspace, incident, error)) ||
      !(questions = cordon_workspace_list_questions (workspace, incident, error)) ||
      !(tasks = cordon_workspace_list_tasks (workspace, incident, error)) ||
      !(plan = cordon_workspace_list_plan (workspace, incident, error)))
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (plan); i++)
    {
      g_autoptr(CordonPlanAction) action = g_list_model_get_item (plan, i);
      g_autoptr(GListModel) checks = cordon_workspace_list_monitoring_checks (workspace, action, error);

      if (checks == NULL)
        return NULL;

      g_ptr_array_add (record->plan, g_steal_pointer (&action));
      g_ptr_array_add (record->checks, model_to_array (checks));
    }

  if (!load_recovery (workspace, incident, record, error))
    return NULL;

  g_set_object (&record->incident, incident);
  if (journal != NULL)
    {
      g_ptr_array_unref (record->journal);
      record->journal = model_to_array (journal);
    }
  g_ptr_array_unref (record->facts);
  record->facts = model_to_array (facts);
  g_ptr_array_unref (record->questions);
  record->questions = model_to_array (questions);
  g_ptr_array_unref (record->tasks);
  record->tasks = model_to_array (tasks);

  if (!(evidence = cordon_workspace_list_evidence (workspace, incident, error)))
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(CordonEvidenceItem) item = g_list_model_get_item (evidence, i);
      g_autoptr(GListModel) transfers = cordon_workspace_list_custody (workspace, item, error);
      g_autoptr(GListModel) checks = NULL;

      if (transfers == NULL ||
          !(checks = cordon_workspace_list_evidence_checks (workspace, item, error)))
        return NULL;

      g_ptr_array_add (record->evidence, g_steal_pointer (&item));
      g_ptr_array_add (record->custody, model_to_array (transfers));
      g_ptr_array_add (record->evidence_checks, model_to_array (checks));
    }

  return g_steal_pointer (&record);
}

/**
 * cordon_native_load_record:
 *
 * Returns: (transfer full): @incident with its journal, facts, questions,
 *   tasks and containment plan, or %NULL with @error set
 */
CordonIncidentRecord *
cordon_native_load_record (CordonWorkspace  *workspace,
                           CordonIncident   *incident,
                           GError          **error)
{
  return load_record (workspace, incident, TRUE, error);
}

/* @with_records: %FALSE when @incident is known to have no records but
 * its journal, which need not be asked for then */
static gboolean
write_incident (CordonNativeWriter  *writer,
                CordonWorkspace     *workspace,
                CordonIncident      *incident,
                gboolean             with_records,
                GError             **error)
{
  g_autoptr(CordonIncidentRecord) record = NULL;

  if (with_records)
    record = load_record (workspace, incident, FALSE, error);
  else
    {
      record = cordon_incident_record_new ();
      g_set_object (&record->incident, incident);
    }

  return record != NULL && writer_add_stored_incident (writer, workspace, record, error);
}

static gboolean
export_snapshot (CordonWorkspace     *workspace,
                 const char * const  *keys,
                 GOutputStream       *stream,
                 GCancellable        *cancellable,
                 GError             **error)
{
  g_autoptr(CordonNativeWriter) writer = cordon_native_writer_new (stream, cancellable);

  if (keys == NULL)
    {
      g_autoptr(JsonNode) taxonomy = cordon_native_taxonomy_to_json (cordon_workspace_get_taxonomy (workspace));
      g_autoptr(GListModel) policies = cordon_workspace_list_sla_policies (workspace, error);
      g_autoptr(GPtrArray) policy_array = NULL;
      g_autoptr(JsonNode) policies_node = NULL;
      g_autoptr(JsonNode) groups = NULL;
      g_autoptr(JsonNode) strategies = NULL;
      g_autoptr(GArray) with_records = NULL;
      GListModel *incidents;
      guint next = 0;

      if (policies == NULL)
        return FALSE;
      policy_array = model_to_array (policies);
      policies_node = cordon_native_policies_to_json (policy_array);
      if (!(groups = groups_to_json (workspace, error)) ||
          !(strategies = strategies_to_json (workspace, error)))
        return FALSE;

      cordon_native_writer_add_member (writer, "taxonomy", taxonomy);
      cordon_native_writer_add_member (writer, "sla-policies", policies_node);
      cordon_native_writer_add_member (writer, "groups", groups);
      cordon_native_writer_add_member (writer, "strategies", strategies);

      /* Most incidents of a large workspace have nothing but a journal;
       * both lists are in the order of the row ids */
      if (!(with_records = cordon_workspace_list_incidents_with_records (workspace, error)))
        return FALSE;

      incidents = cordon_workspace_get_incidents (workspace);
      for (guint i = 0; i < g_list_model_get_n_items (incidents); i++)
        {
          g_autoptr(CordonIncident) incident = g_list_model_get_item (incidents, i);
          gint64 id = cordon_incident_get_id (incident);

          while (next < with_records->len && g_array_index (with_records, gint64, next) < id)
            next++;

          if (!write_incident (writer, workspace, incident,
                               next < with_records->len && g_array_index (with_records, gint64, next) == id,
                               error))
            return FALSE;
        }
    }
  else
    {
      for (guint i = 0; keys[i] != NULL; i++)
        {
          g_autoptr(CordonIncident) incident = cordon_workspace_lookup_incident (workspace, keys[i], error);

          if (incident == NULL || !write_incident (writer, workspace, incident, TRUE, error))
            return FALSE;
        }
    }

  return cordon_native_writer_finish (writer, error);
}

/**
 * cordon_native_export:
 * @keys: (nullable): the keys of the incidents to write, or %NULL for the
 *   whole workspace with its settings
 *
 * Writes the native format to @stream. Output is deterministic: the same
 * workspace gives the same bytes.
 */
gboolean
cordon_native_export (CordonWorkspace     *workspace,
                      const char * const  *keys,
                      GOutputStream       *stream,
                      GCancellable        *cancellable,
                      GError             **error)
{
  gboolean ok;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);

  /* One snapshot for the whole file: it is the workspace at one moment,
   * and the read lock is taken once, not at every query */
  if (!cordon_workspace_begin_read (workspace, error))
    return FALSE;

  ok = export_snapshot (workspace, keys, stream, cancellable, error);
  cordon_workspace_end_read (workspace);

  return ok;
}

/**
 * cordon_native_export_file:
 *
 * Like cordon_native_export(), into @file: written to a temporary file
 * beside it (mode 0600), flushed to disk, then renamed over @file, so a
 * failed export leaves whatever was there before and no partial file.
 */
gboolean
cordon_native_export_file (CordonWorkspace     *workspace,
                           const char * const  *keys,
                           GFile               *file,
                           GCancellable        *cancellable,
                           GError             **error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(CordonOutput) output = NULL;
  g_autoptr(GOutputStream) buffered = NULL;
  g_autoptr(GError) local_error = NULL;

  if (path == NULL)
    {
      g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_IO, _("%s: not a local file"), name);
      return FALSE;
    }

  /* Every incident named must exist before anything is written. */
  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      g_autoptr(CordonIncident) incident = cordon_workspace_lookup_incident (workspace, keys[i], error);

      if (incident == NULL)
        return FALSE;
    }

  if (!cordon_output_check_target (path, cordon_workspace_get_path (workspace), error) ||
      !(output = cordon_output_new (path, error)))
    return FALSE;

  buffered = g_buffered_output_stream_new_sized (cordon_output_get_stream (output), 1 << 20);
  g_filter_output_stream_set_close_base_stream (G_FILTER_OUTPUT_STREAM (buffered), FALSE);

  if (!cordon_native_export (workspace, keys, buffered, cancellable, error))
    return FALSE;

  if (!g_output_stream_close (buffered, cancellable, &local_error))
    {
      g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_IO, _("%s: cannot write: %s"), name,
                   local_error->message);
      return FALSE;
    }

  return cordon_output_commit (output, error);
}

/* Import ------------------------------------------------------------ */

typedef struct
{
  CordonWorkspace    *workspace;
  CordonJsonScanner  *scanner;
  CordonImportResult *result;
  GCancellable       *cancellable;
  const char         *name;
  gboolean            seen_format;
  gboolean            seen_version;
  gboolean            workspace_was_empty;
  GHashTable         *keys;  /* key → "incidents[N]" where it was first seen */
} Importer;

static gboolean G_GNUC_PRINTF (8, 9)
importer_fail (Importer      *importer,
               GError       **error,
               CordonIoError  code,
               const char    *member,
               gint64         index,
               guint          line,
               guint          column,
               const char    *format,
               ...)
{
  g_autofree char *where = cordon_json_scanner_describe (importer->scanner, member, index, line, column, NULL);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, CORDON_IO_ERROR, code, "%s: %s", where, message);

  return FALSE;
}

/* The converters name places as paths; put the file, line and column of
 * the value they were given in front. */
static gboolean
prefix_error (Importer    *importer,
              GError     **error,
              GError      *local_error,
              guint        line,
              guint        column)
{
  int code = local_error->domain == CORDON_IO_ERROR ? local_error->code : CORDON_IO_ERROR_SCHEMA;

  g_set_error (error, CORDON_IO_ERROR, code, "%s:%u:%u: %s", importer->name, line, column, local_error->message);
  g_error_free (local_error);

  return FALSE;
}

static JsonNode *
parse_chunk (const char  *json,
             gsize        length,
             GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();

  /* The scanner checked the grammar, so this cannot fail on syntax. */
  if (!json_parser_load_from_data (parser, json, length, error))
    return NULL;

  return json_node_ref (json_parser_get_root (parser));
}

static gboolean
apply_taxonomy (Importer        *importer,
                CordonTaxonomy  *taxonomy,
                GError         **error)
{
  CordonTaxonomy *current = cordon_workspace_get_taxonomy (importer->workspace);
  static const CordonTaxonomyKind kinds[] = {
    CORDON_TAXONOMY_KIND_CATEGORY, CORDON_TAXONOMY_KIND_SEVERITY, CORDON_TAXONOMY_KIND_IMPACT,
  };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      GListModel *entries = cordon_taxonomy_get_entries (taxonomy, kinds[k]);
      GListModel *current_entries = cordon_taxonomy_get_entries (current, kinds[k]);

      if (importer->workspace_was_empty)
        {
          g_autoptr(GPtrArray) stale = g_ptr_array_new_with_free_func (g_free);

          for (guint i = 0; i < g_list_model_get_n_items (current_entries); i++)
            {
              g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (current_entries, i);
              const char *id = cordon_taxonomy_entry_get_id (entry);

              if (!cordon_taxonomy_contains (taxonomy, kinds[k], id))
                g_ptr_array_add (stale, g_strdup (id));
            }
          for (guint i = 0; i < stale->len; i++)
            {
              if (!cordon_workspace_remove_taxonomy_entry (importer->workspace, kinds[k], stale->pdata[i], error))
                return FALSE;
            }
        }

      for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
        {
          g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (entries, i);

          if (!importer->workspace_was_empty &&
              cordon_taxonomy_contains (current, kinds[k], cordon_taxonomy_entry_get_id (entry)))
            continue;
          if (!cordon_workspace_set_taxonomy_entry (importer->workspace, entry, error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
apply_policies (Importer   *importer,
                GPtrArray  *policies,
                GError    **error)
{
  if (importer->workspace_was_empty)
    {
      g_autoptr(GListModel) current = cordon_workspace_list_sla_policies (importer->workspace, error);
      g_autoptr(GPtrArray) stale = g_ptr_array_new_with_free_func (g_free);

      if (current == NULL)
        return FALSE;
      for (guint i = 0; i < g_list_model_get_n_items (current); i++)
        {
          g_autoptr(CordonSlaPolicy) policy = g_list_model_get_item (current, i);
          gboolean kept = FALSE;

          for (guint j = 0; j < policies->len && !kept; j++)
            kept = g_str_equal (cordon_sla_policy_get_severity (policies->pdata[j]),
                                cordon_sla_policy_get_severity (policy));
          if (!kept)
            g_ptr_array_add (stale, g_strdup (cordon_sla_policy_get_severity (policy)));
        }
      for (guint i = 0; i < stale->len; i++)
        {
          if (!cordon_workspace_remove_sla_policy (importer->workspace, stale->pdata[i], error))
            return FALSE;
        }
    }

  for (guint i = 0; i < policies->len; i++)
    {
      CordonSlaPolicy *policy = policies->pdata[i];

      if (!importer->workspace_was_empty)
        {
          g_autoptr(CordonSlaPolicy) existing =
            cordon_workspace_lookup_sla_policy (importer->workspace, cordon_sla_policy_get_severity (policy), NULL);

          if (existing != NULL)
            continue;
        }
      if (!cordon_workspace_set_sla_policy (importer->workspace, policy, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
replace_group_contents (Importer     *importer,
                        CordonGroup  *group,
                        GPtrArray    *members,
                        GPtrArray    *protocols,
                        GError      **error)
{
  g_autoptr(GListModel) old_members = cordon_workspace_list_members (importer->workspace, group, error);
  g_autoptr(GListModel) old_protocols = old_members ? cordon_workspace_list_protocols (importer->workspace, group, error) : NULL;

  if (old_protocols == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (old_members); i++)
    {
      g_autoptr(CordonMember) member = g_list_model_get_item (old_members, i);
      if (!cordon_workspace_remove_member (importer->workspace, member, error))
        return FALSE;
    }
  for (guint i = 0; i < g_list_model_get_n_items (old_protocols); i++)
    {
      g_autoptr(CordonProtocol) protocol = g_list_model_get_item (old_protocols, i);
      if (!cordon_workspace_remove_protocol (importer->workspace, protocol, error))
        return FALSE;
    }
  for (guint i = 0; i < members->len; i++)
    {
      if (!cordon_workspace_add_member (importer->workspace, group, members->pdata[i], error))
        return FALSE;
    }
  for (guint i = 0; i < protocols->len; i++)
    {
      if (!cordon_workspace_add_protocol (importer->workspace, group, protocols->pdata[i], error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
import_groups (Importer    *importer,
               JsonNode    *node,
               guint        line,
               guint        column,
               GError     **error)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) member_lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) protocol_lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) slugs = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array;

  if (!cordon_json_expect_array (node, "$.groups", &array, error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("$.groups[%u]", i);
      CordonGroup *group;
      GPtrArray *members;
      GPtrArray *protocols;

      if (!cordon_native_group_from_json (json_array_get_element (array, i), where,
                                          &group, &members, &protocols, error))
        return FALSE;

      g_ptr_array_add (groups, group);
      g_ptr_array_add (member_lists, members);
      g_ptr_array_add (protocol_lists, protocols);

      if (!g_hash_table_add (slugs, (gpointer) cordon_group_get_slug (group)))
        {
          g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_DUPLICATE,
                       _("%s.slug: a second group “%s”"), where, cordon_group_get_slug (group));
          return FALSE;
        }
    }

  if (importer->workspace_was_empty)
    {
      g_autoptr(GListModel) current = cordon_workspace_list_groups (importer->workspace, error);

      if (current == NULL)
        return FALSE;
      for (guint i = g_list_model_get_n_items (current); i > 0; i--)
        {
          g_autoptr(CordonGroup) group = g_list_model_get_item (current, i - 1);

          if (!g_hash_table_contains (slugs, cordon_group_get_slug (group)) &&
              !cordon_workspace_remove_group (importer->workspace, group, error))
            return FALSE;
        }
    }

  for (guint i = 0; i < groups->len; i++)
    {
      CordonGroup *group = groups->pdata[i];
      g_autoptr(CordonGroup) existing = cordon_workspace_lookup_group (importer->workspace,
                                                                       cordon_group_get_slug (group), NULL);

      if (existing != NULL)
        {
          if (!importer->workspace_was_empty)
            continue;

          cordon_group_set_id (group, cordon_group_get_id (existing));
          if (!cordon_workspace_update_group (importer->workspace, group, error))
            return FALSE;
        }
      else if (!cordon_workspace_create_group (importer->workspace, group, error))
        {
          return FALSE;
        }

      if (!replace_group_contents (importer, group, member_lists->pdata[i], protocol_lists->pdata[i], error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
check_taxonomy_id (Importer            *importer,
                   CordonTaxonomyKind   kind,
                   const char          *member,
                   const char          *id,
                   gint64               index,
                   guint                line,
                   guint                column,
                   GError             **error)
{
  CordonTaxonomy *taxonomy = cordon_workspace_get_taxonomy (importer->workspace);
  g_autoptr(GString) known = NULL;
  GListModel *entries;

  if (cordon_taxonomy_contains (taxonomy, kind, id))
    return TRUE;

  known = g_string_new (NULL);
  entries = cordon_taxonomy_get_entries (taxonomy, kind);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (entries, i);
      g_string_append_printf (known, "%s%s", i ? ", " : "", cordon_taxonomy_entry_get_id (entry));
    }

  {
    g_autofree char *where = cordon_json_scanner_describe (importer->scanner, "incidents", index, line, column, NULL);

    g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                 _("%s.%s: unknown %s “%s” (known: %s)"),
                 where, member, member, id, known->str);
  }

  return FALSE;
}

static gboolean
import_incident (Importer    *importer,
                 JsonNode    *node,
                 gint64       index,
                 guint        line,
                 guint        column,
                 GError     **error)
{
  g_autofree char *path = g_strdup_printf ("$.incidents[%" G_GINT64_FORMAT "]", index);
  g_autoptr(CordonIncidentRecord) record = NULL;
  g_autoptr(GError) local_error = NULL;
  CordonIncident *incident;
  const char *key;
  const char *first_seen;
  const char * const *groups;
  gint64 previous_time = G_MININT64;

  record = cordon_native_incident_from_json (node, path, &local_error);
  if (record == NULL)
    return prefix_error (importer, error, g_steal_pointer (&local_error), line, column);

  incident = record->incident;
  key = cordon_incident_get_key (incident);

  first_seen = g_hash_table_lookup (importer->keys, key);
  if (first_seen != NULL)
    return importer_fail (importer, error, CORDON_IO_ERROR_DUPLICATE, "incidents", index, line, column,
                          _("the key %s appears twice in the file (first at %s)"), key, first_seen);
  g_hash_table_insert (importer->keys, g_strdup (key), g_strdup (path));

  {
    g_autoptr(CordonIncident) existing = cordon_workspace_lookup_incident (importer->workspace, key, NULL);

    if (existing != NULL)
      return importer_fail (importer, error, CORDON_IO_ERROR_DUPLICATE, "incidents", index, line, column,
                            _("the workspace already has an incident %s; nothing was imported"), key);
  }

  if (!check_taxonomy_id (importer, CORDON_TAXONOMY_KIND_CATEGORY, "category",
                          cordon_incident_get_category (incident), index, line, column, error) ||
      !check_taxonomy_id (importer, CORDON_TAXONOMY_KIND_SEVERITY, "severity",
                          cordon_incident_get_severity (incident), index, line, column, error))
    return FALSE;
  if (cordon_incident_get_impact (incident)[0] != '\0' &&
      !check_taxonomy_id (importer, CORDON_TAXONOMY_KIND_IMPACT, "impact",
                          cordon_incident_get_impact (incident), index, line, column, error))
    return FALSE;

  groups = cordon_incident_get_groups (incident);
  for (guint i = 0; groups != NULL && groups[i] != NULL; i++)
    {
      g_autoptr(CordonGroup) group = cordon_workspace_lookup_group (importer->workspace, groups[i], NULL);

      if (group == NULL)
        return importer_fail (importer, error, CORDON_IO_ERROR_SCHEMA, "incidents", index, line, column,
                              _("groups[%u]: no group “%s” in the workspace"), i, groups[i]);
    }

  if (!cordon_workspace_import_incident (importer->workspace, incident, &local_error))
    return importer_fail (importer, error, CORDON_IO_ERROR_SCHEMA, "incidents", index, line, column,
                          "%s", local_error->message);

  for (guint i = 0; i < record->journal->len; i++)
    {
      CordonJournalEntry *entry = record->journal->pdata[i];
      g_autoptr(GDateTime) time = g_date_time_ref (cordon_journal_entry_get_time (entry));
      gint64 usec = cordon_time_from_date_time (time);

      if (usec < previous_time)
        return importer_fail (importer, error, CORDON_IO_ERROR_SCHEMA, "incidents", index, line, column,
                              _("journal[%u].time: earlier than the entry before it"), i);
      previous_time = usec;

      if (!cordon_workspace_import_journal_entry (importer->workspace, incident, entry, &local_error))
        return importer_fail (importer, error, CORDON_IO_ERROR_SCHEMA, "incidents", index, line, column,
                              "journal[%u]: %s", i, local_error->message);
    }

  for (guint i = 0; i < record->facts->len; i++)
    {
      if (!cordon_workspace_add_fact (importer->workspace, incident, record->facts->pdata[i], &local_error))
        return importer_fail (importer, error, CORDON_IO_ERROR_SCHEMA, "incidents", index, line, column,
                              "facts[%u]: %s", i, local_error->message);
    }
  for (guint i = 0; i < record->questions->len; i++)
    {
      if (!cordon_workspace_add_question (importer->workspace, incident, record->questions->pdata[i], &local_error))
        return importer_fail (importer, error, CORDON_IO_ERROR_SCHEMA, "incidents", index, line, column,
                              "questions[%u]: %s", i, local_error->message);
    }
  for (guint i = 0; i < record->tasks->len; i++)
    {
      if (!cordon_workspace_add_task (importer->workspace, incident, record->tasks->pdata[i], &local_error))
        return importer_fail (importer, error, CORDON_IO_ERROR_SCHEMA, "incidents", index, line, column,
                              "tasks[%u]: %s", i, local_error->message);
    }

  for (guint i = 0; i < record->plan->len; i++)
    {
      CordonPlanAction *action = record->plan->pdata[i];
      GPtrArray *checks = record->checks->pdata[i];

      cordon_plan_action_set_position (action, i);
      if (!cordon_workspace_import_plan_action (importer->workspace, incident, action, &local_error))
        return importer_fail (importer, error, CORDON_IO_ERROR_SCHEMA, "incidents", index, line, column,
                              "plan[%u]: %s", i, local_error->message);

      for (guint j = 0; j < checks->len; j++)
        {
          if (!cordon_workspace_import_monitoring_check (importer->workspace, action, checks->pdata[j], &local_error))
            return importer_fail (importer, error, CORDON_IO_ERROR_SCHEMA, "incidents", index, line, column,
                                  "plan[%u].checks[%u]: %s", i, j, local_error->message);
        }
    }

  if ((record->recovery != NULL || record->review != NULL) &&
      !cordon_workspace_import_recovery (importer->workspace, incident, record->recovery, record->review, &local_error))
    return importer_fail (importer, error, CORDON_IO_ERROR_SCHEMA, "incidents", index, line, column,
                          "recovery: %s", local_error->message);
  for (guint i = 0; i < record->recovery_items->len; i++)
    {
      cordon_recovery_item_set_position (record->recovery_items->pdata[i], i);
      if (!cordon_workspace_import_recovery_item (importer->workspace, incident, record->recovery_items->pdata[i], &local_error))
        return importer_fail (importer, error, CORDON_IO_ERROR_SCHEMA, "incidents", index, line, column,
                              "recovery.items[%u]: %s", i, local_error->message);
    }
  for (guint i = 0; i < record->follow_ups->len; i++)
    {
      if (!cordon_workspace_import_follow_up (importer->workspace, incident, record->follow_ups->pdata[i], &local_error))
        return importer_fail (importer, error, CORDON_IO_ERROR_SCHEMA, "incidents", index, line, column,
                              "recovery.follow-ups[%u]: %s", i, local_error->message);
    }

  for (guint i = 0; i < record->evidence->len; i++)
    {
      CordonEvidenceItem *item = record->evidence->pdata[i];
      GPtrArray *transfers = record->custody->pdata[i];
      GPtrArray *checks = record->evidence_checks->pdata[i];

      if (!cordon_workspace_import_evidence (importer->workspace, incident, item, &local_error))
        return importer_fail (importer, error, CORDON_IO_ERROR_SCHEMA, "incidents", index, line, column,
                              "evidence[%u]: %s", i, local_error->message);

      for (guint j = 0; j < transfers->len; j++)
        {
          if (!cordon_workspace_import_custody_transfer (importer->workspace, incident, item,
                                                         transfers->pdata[j], &local_error))
            return importer_fail (importer, error, CORDON_IO_ERROR_SCHEMA, "incidents", index, line, column,
                                  "evidence[%u].custody[%u]: %s", i, j, local_error->message);
        }

      for (guint j = 0; j < checks->len; j++)
        {
          if (!cordon_workspace_import_evidence_check (importer->workspace, incident, item,
                                                       checks->pdata[j], &local_error))
            return importer_fail (importer, error, CORDON_IO_ERROR_SCHEMA, "incidents", index, line, column,
                                  "evidence[%u].checks[%u]: %s", i, j, local_error->message);
        }
    }

  importer->result->n_incidents++;
  importer->result->n_journal_entries += record->journal->len;
  importer->result->n_facts += record->facts->len;
  importer->result->n_tasks += record->tasks->len;

  return TRUE;
}

/* Strategies the workspace lacks are added with their validations. Into a
 * workspace without incidents, the file's library replaces the
 * workspace's own, in the file's order. */
static gboolean
import_strategies (Importer    *importer,
                   JsonNode    *node,
                   GError     **error)
{
  g_autoptr(GPtrArray) strategies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) validation_lists = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) slugs = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array;

  if (!cordon_json_expect_array (node, "$.strategies", &array, error))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("$.strategies[%u]", i);
      CordonStrategy *strategy;
      GPtrArray *validations;

      if (!cordon_native_strategy_from_json (json_array_get_element (array, i), where,
                                             &strategy, &validations, error))
        return FALSE;

      g_ptr_array_add (strategies, strategy);
      g_ptr_array_add (validation_lists, validations);

      if (!g_hash_table_add (slugs, (gpointer) cordon_strategy_get_slug (strategy)))
        {
          g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_DUPLICATE,
                       _("%s.id: a second strategy “%s”"), where, cordon_strategy_get_slug (strategy));
          return FALSE;
        }
    }

  if (importer->workspace_was_empty)
    {
      g_autoptr(GListModel) current = cordon_workspace_list_strategies (importer->workspace, error);

      if (current == NULL)
        return FALSE;
      for (guint i = 0; i < g_list_model_get_n_items (current); i++)
        {
          g_autoptr(CordonStrategy) strategy = g_list_model_get_item (current, i);

          if (!cordon_workspace_remove_strategy (importer->workspace, strategy, error))
            return FALSE;
        }
    }

  for (guint i = 0; i < strategies->len; i++)
    {
      CordonStrategy *strategy = strategies->pdata[i];
      GPtrArray *validations = validation_lists->pdata[i];
      g_autoptr(CordonStrategy) existing = NULL;

      existing = cordon_workspace_lookup_strategy (importer->workspace, cordon_strategy_get_slug (strategy), NULL);
      if (existing != NULL)
        continue;

      if (!cordon_workspace_create_strategy (importer->workspace, strategy, error))
        return FALSE;

      for (guint j = 0; j < validations->len; j++)
        {
          if (!cordon_workspace_add_validation (importer->workspace, strategy, validations->pdata[j], error))
            return FALSE;
        }
    }

  return TRUE;
}

static gboolean
on_chunk (const char  *member,
          gint64       index,
          const char  *json,
          gsize        length,
          guint        line,
          guint        column,
          gpointer     user_data,
          GError     **error)
{
  Importer *importer = user_data;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) local_error = NULL;

  if (g_cancellable_set_error_if_cancelled (importer->cancellable, error))
    return FALSE;

  node = parse_chunk (json, length, error);
  if (node == NULL)
    return FALSE;

  if (g_str_equal (member, "format"))
    {
      if (importer->seen_format)
        return importer_fail (importer, error, CORDON_IO_ERROR_VERSION, member, -1, line, column,
                              _("must come first"));
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
          !g_str_equal (json_node_get_string (node), CORDON_NATIVE_FORMAT_ID))
        return importer_fail (importer, error, CORDON_IO_ERROR_VERSION, member, -1, line, column,
                              _("this is not a Cordon file (expected \"%s\")"), CORDON_NATIVE_FORMAT_ID);
      importer->seen_format = TRUE;
      return TRUE;
    }

  if (!importer->seen_format)
    return importer_fail (importer, error, CORDON_IO_ERROR_VERSION, member, index, line, column,
                          _("the file must start with \"format\": \"%s\""), CORDON_NATIVE_FORMAT_ID);

  if (g_str_equal (member, "version"))
    {
      gint64 version;

      if (importer->seen_version)
        return importer_fail (importer, error, CORDON_IO_ERROR_VERSION, member, -1, line, column,
                              _("must follow \"format\""));
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
        return importer_fail (importer, error, CORDON_IO_ERROR_VERSION, member, -1, line, column,
                              _("expected a whole number, found %s"), cordon_json_node_type_name (node));
      version = json_node_get_int (node);
      if (version > CORDON_NATIVE_FORMAT_VERSION)
        return importer_fail (importer, error, CORDON_IO_ERROR_VERSION, member, -1, line, column,
                              _("format version %" G_GINT64_FORMAT " is newer than this Cordon reads (%d); "
                                "use a newer Cordon"), version, CORDON_NATIVE_FORMAT_VERSION);
      if (version < 1)
        return importer_fail (importer, error, CORDON_IO_ERROR_VERSION, member, -1, line, column,
                              _("unknown format version %" G_GINT64_FORMAT), version);
      importer->seen_version = TRUE;
      return TRUE;
    }

  if (!importer->seen_version)
    return importer_fail (importer, error, CORDON_IO_ERROR_VERSION, member, index, line, column,
                          _("\"version\" must come before the rest of the file"));

  if (g_str_equal (member, "incidents"))
    {
      if (index < 0)
        {
          JsonArray *array;

          /* A non-array is the only way a split member arrives whole. */
          return importer_fail (importer, error, CORDON_IO_ERROR_SCHEMA, member, -1, line, column,
                                _("expected an array, found %s"),
                                cordon_json_expect_array (node, "", &array, NULL) ? _("an array") : cordon_json_node_type_name (node));
        }
      return import_incident (importer, node, index, line, column, error);
    }

  if (g_str_equal (member, "taxonomy"))
    {
      g_autoptr(CordonTaxonomy) taxonomy = cordon_native_taxonomy_from_json (node, "$.taxonomy", &local_error);

      if (taxonomy == NULL)
        return prefix_error (importer, error, g_steal_pointer (&local_error), line, column);
      if (!apply_taxonomy (importer, taxonomy, &local_error))
        return importer_fail (importer, error, CORDON_IO_ERROR_SCHEMA, member, -1, line, column,
                              "%s", local_error->message);
      importer->result->replaced_settings = importer->workspace_was_empty;
      return TRUE;
    }

  if (g_str_equal (member, "sla-policies"))
    {
      g_autoptr(GPtrArray) policies = cordon_native_policies_from_json (node, "$[\"sla-policies\"]", &local_error);

      if (policies == NULL)
        return prefix_error (importer, error, g_steal_pointer (&local_error), line, column);
      for (guint i = 0; i < policies->len; i++)
        {
          const char *severity = cordon_sla_policy_get_severity (policies->pdata[i]);

          if (!cordon_taxonomy_contains (cordon_workspace_get_taxonomy (importer->workspace),
                                         CORDON_TAXONOMY_KIND_SEVERITY, severity))
            return importer_fail (importer, error, CORDON_IO_ERROR_SCHEMA, member, -1, line, column,
                                  _("[%u].severity: unknown severity “%s”"), i, severity);
        }
      if (!apply_policies (importer, policies, &local_error))
        return importer_fail (importer, error, CORDON_IO_ERROR_SCHEMA, member, -1, line, column,
                              "%s", local_error->message);
      return TRUE;
    }

  if (g_str_equal (member, "groups"))
    {
      if (!import_groups (importer, node, line, column, &local_error))
        {
          if (g_error_matches (local_error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA) ||
              g_error_matches (local_error, CORDON_IO_ERROR, CORDON_IO_ERROR_DUPLICATE) ||
              g_error_matches (local_error, CORDON_IO_ERROR, CORDON_IO_ERROR_LIMIT))
            return prefix_error (importer, error, g_steal_pointer (&local_error), line, column);
          return importer_fail (importer, error, CORDON_IO_ERROR_SCHEMA, member, -1, line, column,
                                "%s", local_error->message);
        }
      return TRUE;
    }

  if (g_str_equal (member, "strategies"))
    {
      if (!import_strategies (importer, node, &local_error))
        {
          if (local_error->domain == CORDON_IO_ERROR)
            return prefix_error (importer, error, g_steal_pointer (&local_error), line, column);
          return importer_fail (importer, error, CORDON_IO_ERROR_SCHEMA, member, -1, line, column,
                                "%s", local_error->message);
        }
      return TRUE;
    }

  return importer_fail (importer, error, CORDON_IO_ERROR_SCHEMA, member, index, line, column,
                        _("unknown member"));
}

/**
 * cordon_native_import_stream:
 * @name: the file's name, for messages
 * @result: (out caller-allocates) (optional): what was imported
 *
 * Imports a native file into @workspace in one transaction: a file with
 * any fault changes nothing and gives an error naming the place. Inside
 * a running bulk it joins that bulk; the caller then rolls back on error.
 */
gboolean
cordon_native_import_stream (CordonWorkspace     *workspace,
                             GInputStream        *stream,
                             const char          *name,
                             CordonImportResult  *result,
                             GCancellable        *cancellable,
                             GError             **error)
{
  static const char * const split[] = { "incidents", NULL };
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  CordonImportResult local_result = { 0 };
  gboolean own_bulk;
  Importer importer = { 0 };
  g_autoptr(CordonJsonScanner) scanner = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), FALSE);

  importer.workspace = workspace;
  importer.result = result ? result : &local_result;
  importer.cancellable = cancellable;
  importer.keys = keys;
  importer.name = name;
  importer.workspace_was_empty = g_list_model_get_n_items (cordon_workspace_get_incidents (workspace)) == 0;
  memset (importer.result, 0, sizeof *importer.result);

  scanner = cordon_json_scanner_new (name, split, on_chunk, &importer);
  importer.scanner = scanner;

  own_bulk = !cordon_workspace_in_bulk (workspace);
  if (own_bulk && !cordon_workspace_begin_bulk (workspace, error))
    return FALSE;

  if (!cordon_json_scanner_scan_stream (scanner, stream, cancellable, error))
    {
      if (own_bulk)
        cordon_workspace_rollback_bulk (workspace);
      memset (importer.result, 0, sizeof *importer.result);
      return FALSE;
    }

  if (!importer.seen_version)
    {
      if (own_bulk)
        cordon_workspace_rollback_bulk (workspace);
      memset (importer.result, 0, sizeof *importer.result);
      g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_VERSION,
                   _("%s: this is not a Cordon file: \"format\" and \"version\" are missing"), name);
      return FALSE;
    }

  return !own_bulk || cordon_workspace_commit_bulk (workspace, error);
}

/**
 * cordon_native_import_file:
 *
 * Like cordon_native_import_stream(), from @file.
 */
gboolean
cordon_native_import_file (CordonWorkspace     *workspace,
                           GFile               *file,
                           CordonImportResult  *result,
                           GCancellable        *cancellable,
                           GError             **error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GInputStream) stream = NULL;

  if (path == NULL)
    {
      g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_IO, _("%s: not a local file"), name);
      return FALSE;
    }

  if (!(stream = cordon_input_open (path, CORDON_INPUT_MAX_NATIVE_BYTES, _("a Cordon file"), error)))
    return FALSE;

  return cordon_native_import_stream (workspace, stream, name, result, cancellable, error);
}
