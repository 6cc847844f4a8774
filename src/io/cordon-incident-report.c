/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-incident-report.c: reads one incident out of the workspace and
 * lays it out as a document. Only reading happens here; how the report
 * looks on paper or on screen is cordon-document.c's business.
 */

#define G_LOG_DOMAIN "cordon-incident-report"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "cordon-checklist.h"
#include "cordon-incident-report.h"
#include "cordon-time.h"

/* The colours of the phases on the timeline chart */
static const char * const phase_colours[] = {
  "#62a0ea", /* detected */
  "#1c71d8", /* classified */
  "#9141ac", /* analysis */
  "#e66100", /* containment */
  "#26a269", /* recovery */
  "#c88800", /* lessons learned */
  "#77767b", /* closed */
};

typedef struct
{
  CordonWorkspace *workspace;
  CordonIncident  *incident;
  CordonDocument  *doc;
  GListModel      *journal;
  GDateTime       *now;
  guint            section;
} Report;

/* Every time in the report is in UTC, as the title page says once */
static char *
format_time (GDateTime *time)
{
  g_autoptr(GDateTime) utc = NULL;

  if (time == NULL)
    return g_strdup ("");

  utc = g_date_time_to_utc (time);

  return g_date_time_format (utc, "%Y-%m-%d %H:%M");
}

static char *
format_incident_time (CordonIncident     *incident,
                      CordonIncidentTime  which)
{
  g_autoptr(GDateTime) time = cordon_incident_dup_time (incident, which);

  return format_time (time);
}

static const char *
taxonomy_label (Report             *report,
                CordonTaxonomyKind  kind,
                const char         *id)
{
  CordonTaxonomyEntry *entry;

  if (id == NULL || id[0] == '\0')
    return "";

  entry = cordon_taxonomy_lookup (cordon_workspace_get_taxonomy (report->workspace), kind, id);

  return entry != NULL ? cordon_taxonomy_entry_get_display_label (entry) : id;
}

/* "3 Analysis": sections are numbered, the title page is not */
static void
section (Report     *report,
         const char *title)
{
  g_autofree char *text = g_strdup_printf ("%u  %s", ++report->section, title);

  cordon_document_add_heading (report->doc, 1, text);
}

static JsonObject *
parse_payload (JsonParser         *parser,
               CordonJournalEntry *entry)
{
  const char *payload = cordon_journal_entry_get_payload (entry);
  JsonNode *root;

  if (payload == NULL || !json_parser_load_from_data (parser, payload, -1, NULL))
    return NULL;

  root = json_parser_get_root (parser);

  return root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
}

static const char *
tlp_meaning (CordonTlp tlp)
{
  switch (tlp)
    {
    case CORDON_TLP_RED:
      return _("For the eyes and ears of the individual recipients only; no further disclosure.");
    case CORDON_TLP_AMBER_STRICT:
      return _("Limited disclosure: recipients may share it only within their own organisation, on a need-to-know basis.");
    case CORDON_TLP_AMBER:
      return _("Limited disclosure: recipients may share it within their organisation and with its clients, on a need-to-know basis.");
    case CORDON_TLP_GREEN:
      return _("Limited disclosure: recipients may share it within their community, but not publicly.");
    case CORDON_TLP_CLEAR:
    default:
      return _("Disclosure is not limited.");
    }
}

/* Title page --------------------------------------------------------------- */

static void
add_title_page (Report *report)
{
  CordonIncident *incident = report->incident;
  CordonDocument *doc = report->doc;
  const char * const *groups = cordon_incident_get_groups (incident);
  g_autoptr(GString) engaged = g_string_new (NULL);
  g_autofree char *now = cordon_time_format_display (report->now);
  g_autofree char *subtitle = NULL;
  g_autofree char *detected = format_incident_time (incident, CORDON_INCIDENT_TIME_DETECTED);
  g_autofree char *reported = format_incident_time (incident, CORDON_INCIDENT_TIME_REPORTED);
  g_autofree char *acknowledged = format_incident_time (incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED);
  g_autofree char *closed = format_incident_time (incident, CORDON_INCIDENT_TIME_CLOSED);
  const char *summary = cordon_incident_get_summary (incident);
  g_autofree char *sharing = NULL;

  for (guint i = 0; groups != NULL && groups[i] != NULL; i++)
    {
      g_autoptr(CordonGroup) group = cordon_workspace_lookup_group (report->workspace, groups[i], NULL);

      if (engaged->len > 0)
        g_string_append (engaged, ", ");
      g_string_append (engaged, group != NULL ? cordon_group_get_name (group) : groups[i]);
    }

  /* Translators: under the title of a report: incident key, date */
  subtitle = g_strdup_printf (_("%s · as of %s"), cordon_incident_get_key (incident), now);
  cordon_document_add_title (doc, cordon_incident_get_exercise (incident) ? _("Exercise incident report")
                                                                         : _("Incident report"),
                             cordon_incident_get_title (incident), subtitle);

  cordon_document_add_field (doc, _("Incident"), cordon_incident_get_key (incident));
  cordon_document_add_field (doc, _("Severity"), taxonomy_label (report, CORDON_TAXONOMY_KIND_SEVERITY,
                                                                 cordon_incident_get_severity (incident)));
  cordon_document_add_field (doc, _("Category"), taxonomy_label (report, CORDON_TAXONOMY_KIND_CATEGORY,
                                                                 cordon_incident_get_category (incident)));
  cordon_document_add_field (doc, _("Impact"), taxonomy_label (report, CORDON_TAXONOMY_KIND_IMPACT,
                                                               cordon_incident_get_impact (incident)));
  sharing = g_strdup_printf ("%s — %s", cordon_tlp_to_label (cordon_incident_get_tlp (incident)),
                             tlp_meaning (cordon_incident_get_tlp (incident)));
  cordon_document_add_field (doc, _("Sharing"), sharing);
  cordon_document_add_field (doc, _("Incident lead"), cordon_incident_get_lead (incident));
  cordon_document_add_field (doc, _("Phase"), cordon_phase_to_label (cordon_incident_get_phase (incident)));
  cordon_document_add_field (doc, _("Groups engaged"), engaged->str);
  cordon_document_add_field (doc, _("Detected"), detected);
  cordon_document_add_field (doc, _("Reported"), reported);
  cordon_document_add_field (doc, _("Acknowledged"), acknowledged);
  cordon_document_add_field (doc, _("Closed"), cordon_incident_is_open (incident) ? _("Still open") : closed);

  cordon_document_add_note (doc, _("All times in this report are in UTC."));

  cordon_document_add_heading (doc, 2, _("Summary"));
  if (summary != NULL && summary[0] != '\0')
    cordon_document_add_paragraph (doc, summary);
  else
    cordon_document_add_note (doc, _("No summary was written."));

  cordon_document_add_page_break (doc);
}

/* Classification ------------------------------------------------------------ */

static void
describe_change (Report     *report,
                 GString    *out,
                 JsonObject *object,
                 const char *member,
                 const char *title,
                 CordonTaxonomyKind kind)
{
  JsonObject *change;

  if (object == NULL || !json_object_has_member (object, member) ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, member)))
    return;

  change = json_object_get_object_member (object, member);
  if (out->len > 0)
    g_string_append_c (out, '\n');
  /* Translators: a classification change, e.g. "Severity: Medium → High" */
  g_string_append_printf (out, _("%s: %s → %s"), title,
                          taxonomy_label (report, kind, json_object_get_string_member_with_default (change, "from", "")),
                          taxonomy_label (report, kind, json_object_get_string_member_with_default (change, "to", "")));
}

static void
add_classification (Report *report)
{
  static const CordonDocumentColumn columns[] = {
    { N_("When"), 0.20 }, { N_("Change"), 0.30 }, { N_("Reason"), 0.35 }, { N_("By"), 0.15 },
  };
  CordonDocumentColumn translated[G_N_ELEMENTS (columns)];
  CordonIncident *incident = report->incident;
  CordonDocument *doc = report->doc;
  guint n_changes = 0;

  section (report, _("Classification"));
  cordon_document_add_field (doc, _("Category"), taxonomy_label (report, CORDON_TAXONOMY_KIND_CATEGORY,
                                                                 cordon_incident_get_category (incident)));
  cordon_document_add_field (doc, _("Severity"), taxonomy_label (report, CORDON_TAXONOMY_KIND_SEVERITY,
                                                                 cordon_incident_get_severity (incident)));
  cordon_document_add_field (doc, _("Impact"), taxonomy_label (report, CORDON_TAXONOMY_KIND_IMPACT,
                                                               cordon_incident_get_impact (incident)));
  cordon_document_add_field (doc, _("Sharing"), cordon_tlp_to_label (cordon_incident_get_tlp (incident)));

  cordon_document_add_heading (doc, 2, _("Classification changes"));
  for (guint i = 0; i < g_list_model_get_n_items (report->journal); i++)
    {
      g_autoptr(CordonJournalEntry) entry = g_list_model_get_item (report->journal, i);
      g_autoptr(JsonParser) parser = NULL;
      g_autoptr(GString) change = NULL;
      g_autofree char *when = NULL;
      JsonObject *payload;

      if (cordon_journal_entry_get_kind (entry) != CORDON_JOURNAL_KIND_CLASSIFICATION_CHANGE)
        continue;

      if (n_changes++ == 0)
        {
          for (guint j = 0; j < G_N_ELEMENTS (columns); j++)
            translated[j] = (CordonDocumentColumn) { _(columns[j].title), columns[j].share, FALSE };
          cordon_document_add_table (doc, translated, G_N_ELEMENTS (translated));
        }

      parser = json_parser_new ();
      payload = parse_payload (parser, entry);
      change = g_string_new (NULL);
      describe_change (report, change, payload, "category", _("Category"), CORDON_TAXONOMY_KIND_CATEGORY);
      describe_change (report, change, payload, "severity", _("Severity"), CORDON_TAXONOMY_KIND_SEVERITY);
      describe_change (report, change, payload, "impact", _("Impact"), CORDON_TAXONOMY_KIND_IMPACT);
      when = format_time (cordon_journal_entry_get_time (entry));

      {
        const char *cells[] = {
          when, change->str, cordon_journal_entry_get_text (entry), cordon_journal_entry_get_author (entry),
        };
        cordon_document_add_row (doc, cells);
      }
    }

  if (n_changes == 0)
    cordon_document_add_note (doc, _("The classification has not changed since the incident was opened."));
}

/* Timeline ------------------------------------------------------------------ */

static gboolean
is_milestone (CordonJournalKind kind)
{
  switch (kind)
    {
    case CORDON_JOURNAL_KIND_DECISION:
    case CORDON_JOURNAL_KIND_COMMUNICATION:
    case CORDON_JOURNAL_KIND_CLASSIFICATION_CHANGE:
    case CORDON_JOURNAL_KIND_DETAILS_CHANGE:
    case CORDON_JOURNAL_KIND_SLA_EVENT:
    case CORDON_JOURNAL_KIND_EVIDENCE:
    case CORDON_JOURNAL_KIND_CUSTODY:
      return TRUE;
    default:
      return FALSE;
    }
}

static void
add_timeline (Report *report)
{
  static const CordonDocumentColumn columns[] = {
    { N_("When"), 0.19 }, { N_("Kind"), 0.17 }, { N_("Entry"), 0.49 }, { N_("By"), 0.15 },
  };
  CordonDocumentColumn translated[G_N_ELEMENTS (columns)];
  CordonIncident *incident = report->incident;
  CordonDocument *doc = report->doc;
  guint n = g_list_model_get_n_items (report->journal);
  gint64 detected = cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_DETECTED);
  gint64 now = cordon_time_from_date_time (report->now);
  gint64 start = detected > 0 ? detected : now;
  gint64 end = cordon_incident_is_open (incident) ? now : cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_CLOSED);
  guint lanes[G_N_ELEMENTS (phase_colours)];
  int current = -1;
  gint64 current_since = start;
  guint n_moves = 0;

  section (report, _("Timeline"));

  /* The axis runs from detection (or the first entry, if earlier) to the
   * close, or to now while the incident is open */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonJournalEntry) entry = g_list_model_get_item (report->journal, i);
      gint64 time = cordon_time_from_date_time (cordon_journal_entry_get_time (entry));

      start = MIN (start, time);
      end = MAX (end, time);
    }
  if (end <= start)
    end = start + G_TIME_SPAN_HOUR;

  cordon_document_add_timeline (doc, start, end + (end - start) / 50);
  for (CordonPhase phase = CORDON_PHASE_DETECTED; phase < CORDON_PHASE_CLOSED; phase++)
    lanes[phase] = cordon_document_timeline_add_row (doc, cordon_phase_to_label (phase), phase_colours[phase]);
  cordon_document_timeline_set_mark_label (doc, _("Milestones"));

  /* The phases as spans, from the phase changes in the journal: each one
   * ends the span of the phase it left */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonJournalEntry) entry = g_list_model_get_item (report->journal, i);
      g_autoptr(JsonParser) parser = json_parser_new ();
      CordonJournalKind kind = cordon_journal_entry_get_kind (entry);
      gint64 time = cordon_time_from_date_time (cordon_journal_entry_get_time (entry));
      JsonObject *payload = parse_payload (parser, entry);
      CordonPhase to;

      /* A breach shows in the alert colour */
      if (is_milestone (kind))
        cordon_document_timeline_add_mark (doc, time, kind == CORDON_JOURNAL_KIND_SLA_EVENT && payload != NULL &&
                                           g_strcmp0 (json_object_get_string_member_with_default (payload, "state", NULL),
                                                      "breached") == 0);

      if (kind != CORDON_JOURNAL_KIND_PHASE_CHANGE || payload == NULL ||
          !cordon_phase_from_id (json_object_get_string_member_with_default (payload, "to", NULL), &to))
        continue;

      if (current >= 0 && current < CORDON_PHASE_CLOSED)
        cordon_document_timeline_add_span (doc, lanes[current], current_since, time);
      n_moves++;
      current = to;
      /* The incident was detected before it was opened in Cordon */
      current_since = current == CORDON_PHASE_DETECTED && i == 0 ? MIN (time, start) : time;
    }
  if (current >= 0 && current < CORDON_PHASE_CLOSED && n_moves > 0)
    cordon_document_timeline_add_span (doc, lanes[current], current_since, end);

  /* A journal that does not say where each move went (one imported from
   * another tool, or written by hand) leaves the phases to the times the
   * incident keeps of when it first entered each one */
  if (n_moves == 0)
    {
      static const struct { CordonPhase phase; CordonIncidentTime time; } entered[] = {
        { CORDON_PHASE_DETECTED, CORDON_INCIDENT_TIME_DETECTED },
        { CORDON_PHASE_CLASSIFIED, CORDON_INCIDENT_TIME_CLASSIFIED },
        { CORDON_PHASE_ANALYSIS, CORDON_INCIDENT_TIME_ANALYSIS },
        { CORDON_PHASE_CONTAINMENT, CORDON_INCIDENT_TIME_CONTAINMENT },
        { CORDON_PHASE_RECOVERY, CORDON_INCIDENT_TIME_CONTAINED },
        { CORDON_PHASE_LESSONS_LEARNED, CORDON_INCIDENT_TIME_RECOVERED },
        { CORDON_PHASE_CLOSED, CORDON_INCIDENT_TIME_CLOSED },
      };
      int last = -1;

      for (guint i = 0; i < G_N_ELEMENTS (entered); i++)
        {
          gint64 time = cordon_incident_get_time (incident, entered[i].time);

          if (time <= 0)
            continue;
          if (last >= 0)
            cordon_document_timeline_add_span (doc, lanes[entered[last].phase],
                                               cordon_incident_get_time (incident, entered[last].time), time);
          last = entered[i].phase == CORDON_PHASE_CLOSED ? -1 : (int) i;
        }
      if (last >= 0)
        cordon_document_timeline_add_span (doc, lanes[entered[last].phase],
                                           cordon_incident_get_time (incident, entered[last].time), end);
    }

  cordon_document_timeline_set_caption (doc, _("Bars show the time spent in each phase; marks show decisions, "
                                               "communications, classification changes, SLA events and "
                                               "evidence records from the journal."));

  cordon_document_add_heading (doc, 2, _("Journal"));
  if (n == 0)
    {
      cordon_document_add_note (doc, _("The journal is empty."));
      return;
    }

  for (guint j = 0; j < G_N_ELEMENTS (columns); j++)
    translated[j] = (CordonDocumentColumn) { _(columns[j].title), columns[j].share, FALSE };
  cordon_document_add_table (doc, translated, G_N_ELEMENTS (translated));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonJournalEntry) entry = g_list_model_get_item (report->journal, i);
      g_autofree char *when = format_time (cordon_journal_entry_get_time (entry));
      const char *cells[] = {
        when, cordon_journal_kind_to_label (cordon_journal_entry_get_kind (entry)),
        cordon_journal_entry_get_text (entry), cordon_journal_entry_get_author (entry),
      };

      cordon_document_add_row (doc, cells);
    }
}

/* Analysis ------------------------------------------------------------------ */

static void
add_table (CordonDocument             *doc,
           const CordonDocumentColumn *columns,
           guint                       n_columns)
{
  g_autofree CordonDocumentColumn *translated = g_new0 (CordonDocumentColumn, n_columns);

  for (guint i = 0; i < n_columns; i++)
    translated[i] = (CordonDocumentColumn) { _(columns[i].title), columns[i].share, columns[i].monospace };
  cordon_document_add_table (doc, translated, n_columns);
}

static gboolean
add_analysis (Report  *report,
              GError **error)
{
  static const CordonDocumentColumn fact_columns[] = {
    { N_("Kind"), 0.14 }, { N_("Value"), 0.42 }, { N_("Source"), 0.21 }, { N_("IOC"), 0.07 }, { N_("Added"), 0.16 },
  };
  static const CordonDocumentColumn question_columns[] = {
    { N_("Question"), 0.35 }, { N_("Owner"), 0.14 }, { N_("Status"), 0.14 }, { N_("Answer"), 0.37 },
  };
  static const CordonDocumentColumn task_columns[] = {
    { N_("Task"), 0.46 }, { N_("Owner"), 0.18 }, { N_("Due"), 0.22 }, { N_("Status"), 0.14 },
  };
  CordonDocument *doc = report->doc;
  g_autoptr(GListModel) facts = NULL;
  g_autoptr(GListModel) questions = NULL;
  g_autoptr(GListModel) tasks = NULL;
  guint n_iocs = 0;

  if (!(facts = cordon_workspace_list_facts (report->workspace, report->incident, error)) ||
      !(questions = cordon_workspace_list_questions (report->workspace, report->incident, error)) ||
      !(tasks = cordon_workspace_list_tasks (report->workspace, report->incident, error)))
    return FALSE;

  section (report, _("Analysis"));

  cordon_document_add_heading (doc, 2, _("What we know"));
  if (g_list_model_get_n_items (facts) == 0)
    cordon_document_add_note (doc, _("No facts were recorded."));
  else
    add_table (doc, fact_columns, G_N_ELEMENTS (fact_columns));
  for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
    {
      g_autoptr(CordonFact) fact = g_list_model_get_item (facts, i);
      g_autofree char *added = cordon_fact_get_added (fact) != NULL
                               ? g_date_time_format (cordon_fact_get_added (fact), "%Y-%m-%d")
                               : g_strdup ("");
      const char *cells[] = {
        cordon_fact_kind_to_label (cordon_fact_get_kind (fact)), cordon_fact_get_value (fact),
        cordon_fact_get_source (fact),
        /* Translators: marks a fact that is an indicator of compromise */
        cordon_fact_get_is_ioc (fact) ? _("IOC") : "", added,
      };

      n_iocs += cordon_fact_get_is_ioc (fact);
      cordon_document_add_row (doc, cells);
    }
  if (n_iocs > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u fact is marked as an indicator of compromise (IOC).",
                                                            "%u facts are marked as indicators of compromise (IOC).",
                                                            n_iocs), n_iocs);
      cordon_document_add_note (doc, text);
    }

  cordon_document_add_heading (doc, 2, _("What we don’t know"));
  if (g_list_model_get_n_items (questions) == 0)
    cordon_document_add_note (doc, _("No open questions were recorded."));
  else
    add_table (doc, question_columns, G_N_ELEMENTS (question_columns));
  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(CordonQuestion) question = g_list_model_get_item (questions, i);
      const char *cells[] = {
        cordon_question_get_text (question), cordon_question_get_owner (question),
        cordon_question_status_to_label (cordon_question_get_status (question)), cordon_question_get_answer (question),
      };

      cordon_document_add_row (doc, cells);
    }

  cordon_document_add_heading (doc, 2, _("Course of action"));
  if (g_list_model_get_n_items (tasks) == 0)
    cordon_document_add_note (doc, _("No tasks were recorded."));
  else
    add_table (doc, task_columns, G_N_ELEMENTS (task_columns));
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(CordonTask) task = g_list_model_get_item (tasks, i);
      g_autofree char *due = format_time (cordon_task_get_due (task));
      const char *cells[] = {
        cordon_task_get_title (task), cordon_task_get_owner (task), due,
        cordon_task_status_to_label (cordon_task_get_status (task)),
      };

      cordon_document_add_row (doc, cells);
    }

  return TRUE;
}

/* Containment ------------------------------------------------------------------ */

static gboolean
add_containment (Report  *report,
                 GError **error)
{
  static const CordonDocumentColumn action_columns[] = {
    { N_("#"), 0.04 }, { N_("Action"), 0.31 }, { N_("Term"), 0.11 }, { N_("Owner"), 0.12 },
    { N_("Status"), 0.12 }, { N_("Started"), 0.15 }, { N_("Finished"), 0.15 },
  };
  static const CordonDocumentColumn check_columns[] = {
    { N_("#"), 0.04 }, { N_("Watching"), 0.38 }, { N_("Until"), 0.18 }, { N_("Outcome"), 0.15 }, { N_("Notes"), 0.25 },
  };
  CordonDocument *doc = report->doc;
  g_autoptr(GListModel) plan = NULL;
  g_autoptr(GPtrArray) checks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) check_actions = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n;

  if (!(plan = cordon_workspace_list_plan (report->workspace, report->incident, error)))
    return FALSE;

  section (report, _("Containment plan"));
  n = g_list_model_get_n_items (plan);
  if (n == 0)
    {
      cordon_document_add_note (doc, _("No containment actions were planned."));
      return TRUE;
    }

  add_table (doc, action_columns, G_N_ELEMENTS (action_columns));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonPlanAction) action = g_list_model_get_item (plan, i);
      g_autoptr(GListModel) action_checks = NULL;
      g_autoptr(GString) text = g_string_new (cordon_plan_action_get_title (action));
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *started = format_time (cordon_plan_action_get_started (action));
      g_autofree char *finished = format_time (cordon_plan_action_get_finished (action));
      const char *notes = cordon_plan_action_get_notes (action);
      const char *reason = cordon_plan_action_get_waive_reason (action);

      if (cordon_plan_action_get_evidence_risk (action))
        g_string_append_printf (text, "\n%s", _("May destroy forensic evidence"));
      if (notes != NULL && notes[0] != '\0')
        g_string_append_printf (text, "\n%s", notes);
      if (reason != NULL && reason[0] != '\0')
        g_string_append_printf (text, "\n%s %s", _("Waived:"), reason);

      {
        const char *cells[] = {
          number, text->str, cordon_containment_term_to_label (cordon_plan_action_get_term (action)),
          cordon_plan_action_get_owner (action),
          cordon_action_status_to_label (cordon_plan_action_get_status (action)), started, finished,
        };
        cordon_document_add_row (doc, cells);
      }

      if (!(action_checks = cordon_workspace_list_monitoring_checks (report->workspace, action, error)))
        return FALSE;
      for (guint j = 0; j < g_list_model_get_n_items (action_checks); j++)
        {
          guint index = i + 1;

          g_ptr_array_add (checks, g_list_model_get_item (action_checks, j));
          g_array_append_val (check_actions, index);
        }
    }

  cordon_document_add_heading (doc, 2, _("Monitoring of effectiveness"));
  if (checks->len == 0)
    {
      cordon_document_add_note (doc, _("No monitoring checks were set."));
      return TRUE;
    }

  add_table (doc, check_columns, G_N_ELEMENTS (check_columns));
  for (guint i = 0; i < checks->len; i++)
    {
      CordonMonitoringCheck *check = g_ptr_array_index (checks, i);
      g_autofree char *number = g_strdup_printf ("%u", g_array_index (check_actions, guint, i));
      g_autofree char *ends = format_time (cordon_monitoring_check_get_ends (check));
      g_autofree char *watching = NULL;
      const char *text = cordon_monitoring_check_get_text (check);

      watching = text != NULL && text[0] != '\0'
                 ? g_strdup_printf ("%s: %s", cordon_monitoring_target_to_label (cordon_monitoring_check_get_target (check)), text)
                 : g_strdup (cordon_monitoring_target_to_label (cordon_monitoring_check_get_target (check)));
      {
        const char *cells[] = {
          number, watching, ends,
          cordon_monitoring_outcome_to_label (cordon_monitoring_check_get_outcome (check)),
          cordon_monitoring_check_get_outcome_notes (check),
        };
        cordon_document_add_row (doc, cells);
      }
    }
  cordon_document_add_note (doc, _("# is the number of the action in the plan above."));

  return TRUE;
}

/* Recovery ------------------------------------------------------------------ */

static gboolean
add_recovery (Report  *report,
              GError **error)
{
  static const CordonDocumentColumn item_columns[] = {
    { N_("Item"), 0.34 }, { N_("Owner"), 0.13 }, { N_("Status"), 0.13 }, { N_("Done"), 0.15 }, { N_("Notes"), 0.25 },
  };
  static const char * const stage_titles[] = {
    N_("Pre-recovery: forensic evidence"),
    N_("Recovery from backup"),
    N_("Post-recovery: remediation"),
  };
  CordonDocument *doc = report->doc;
  g_autoptr(CordonRecovery) recovery = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autofree char *compromised = NULL;
  g_autofree char *decision = NULL;
  g_autofree char *progress_text = NULL;
  gboolean offered = FALSE;
  CordonChecklistProgress progress;

  if (!(recovery = cordon_workspace_get_recovery (report->workspace, report->incident, error)) ||
      !(items = cordon_workspace_list_recovery_items (report->workspace, report->incident, error)) ||
      !cordon_workspace_is_backup_offered (report->workspace, report->incident, &offered, error))
    return FALSE;

  section (report, _("Recovery"));

  compromised = format_time (cordon_recovery_get_compromised (recovery));
  cordon_document_add_field (doc, _("Compromised since"), compromised);
  cordon_document_add_field (doc, _("Legal considerations"), cordon_recovery_get_legal (recovery));
  cordon_document_add_field (doc, _("Forensic scope"), cordon_recovery_get_forensic_scope (recovery));
  if (!offered)
    decision = g_strdup (_("Not offered for this severity and impact"));
  else if (cordon_recovery_get_decision (recovery) == CORDON_RESTORE_DECISION_UNDECIDED)
    decision = g_strdup (cordon_restore_decision_to_label (CORDON_RESTORE_DECISION_UNDECIDED));
  else
    {
      g_autoptr(GString) text = g_string_new (cordon_restore_decision_to_label (cordon_recovery_get_decision (recovery)));
      const char *reason = cordon_recovery_get_decision_reason (recovery);

      if (reason != NULL && reason[0] != '\0')
        g_string_append_printf (text, " — %s", reason);
      if (cordon_recovery_get_restore_point (recovery) != NULL)
        {
          g_autofree char *point = format_time (cordon_recovery_get_restore_point (recovery));

          g_string_append_printf (text, "\n%s %s", _("Restore point:"), point);
        }
      if (cordon_recovery_get_decided (recovery) != NULL)
        {
          g_autofree char *decided = format_time (cordon_recovery_get_decided (recovery));

          g_string_append_printf (text, "\n%s %s", _("Decided:"), decided);
        }
      decision = g_string_free (g_steal_pointer (&text), FALSE);
    }
  cordon_document_add_field (doc, _("Restore decision"), decision);
  cordon_document_add_field (doc, _("Root cause"), cordon_recovery_get_root_cause (recovery));

  if (g_list_model_get_n_items (items) == 0)
    {
      cordon_document_add_heading (doc, 2, _("Checklist"));
      cordon_document_add_note (doc, _("The recovery checklist has not been started."));
      return TRUE;
    }

  progress = cordon_checklist_get_progress (items, -1, offered);
  /* Translators: the progress of the recovery checklist */
  progress_text = g_strdup_printf (_("%u of %u items settled."), progress.settled, progress.total);
  cordon_document_add_paragraph (doc, progress_text);

  for (CordonRecoveryStage stage = CORDON_RECOVERY_STAGE_PRE_RECOVERY; stage <= CORDON_RECOVERY_STAGE_POST_RECOVERY; stage++)
    {
      guint n_rows = 0;

      cordon_document_add_heading (doc, 2, _(stage_titles[stage]));
      if (stage == CORDON_RECOVERY_STAGE_BACKUP && !offered)
        {
          cordon_document_add_note (doc, _("Recovery from backup is not offered for this severity and impact."));
          continue;
        }

      for (guint i = 0; i < g_list_model_get_n_items (items); i++)
        {
          g_autoptr(CordonRecoveryItem) item = g_list_model_get_item (items, i);
          g_autofree char *done = NULL;
          g_autoptr(GString) notes = NULL;
          const char *reason, *text, *evidence;

          if (cordon_recovery_item_get_stage (item) != stage)
            continue;
          if (n_rows++ == 0)
            add_table (doc, item_columns, G_N_ELEMENTS (item_columns));

          done = format_time (cordon_recovery_item_get_done (item));
          notes = g_string_new (NULL);
          reason = cordon_recovery_item_get_reason (item);
          text = cordon_recovery_item_get_notes (item);
          evidence = cordon_recovery_item_get_evidence (item);
          if (reason != NULL && reason[0] != '\0')
            g_string_append_printf (notes, "%s %s", _("Not applicable:"), reason);
          if (text != NULL && text[0] != '\0')
            g_string_append_printf (notes, "%s%s", notes->len > 0 ? "\n" : "", text);
          if (evidence != NULL && evidence[0] != '\0')
            g_string_append_printf (notes, "%s%s %s", notes->len > 0 ? "\n" : "", _("Evidence:"), evidence);

          {
            const char *cells[] = {
              cordon_recovery_item_get_title (item), cordon_recovery_item_get_owner (item),
              cordon_item_status_to_label (cordon_recovery_item_get_status (item)), done, notes->str,
            };
            cordon_document_add_row (doc, cells);
          }
        }

      if (n_rows == 0)
        cordon_document_add_note (doc, _("No items in this stage."));
    }

  return TRUE;
}

/* Evidence ------------------------------------------------------------------- */

static gboolean
add_evidence (Report  *report,
              GError **error)
{
  static const CordonDocumentColumn transfer_columns[] = {
    { N_("#"), 0.05 }, { N_("When"), 0.19 }, { N_("From"), 0.15 }, { N_("To"), 0.15 },
    { N_("Purpose"), 0.28 }, { N_("Kept at"), 0.18 },
  };
  static const CordonDocumentColumn check_columns[] = {
    { N_("When"), 0.19 }, { N_("Checked by"), 0.15 }, { N_("Result"), 0.12 }, { N_("SHA-256 computed"), 0.54, TRUE },
  };
  CordonDocument *doc = report->doc;
  g_autoptr(GListModel) register_ = NULL;
  guint n;

  if (!(register_ = cordon_workspace_list_evidence (report->workspace, report->incident, error)))
    return FALSE;

  section (report, _("Evidence and chain of custody"));
  n = g_list_model_get_n_items (register_);
  if (n == 0)
    {
      cordon_document_add_note (doc, _("No evidence was recorded."));
      return TRUE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonEvidenceItem) item = g_list_model_get_item (register_, i);
      g_autoptr(GListModel) transfers = NULL;
      g_autoptr(GListModel) checks = NULL;
      g_autofree char *heading = NULL;
      g_autofree char *collected = format_time (cordon_evidence_item_get_collected (item));
      g_autofree char *collected_by = NULL;
      g_autofree char *source = NULL;
      const char *host = cordon_evidence_item_get_source_host (item);
      const char *location = cordon_evidence_item_get_source_location (item);
      gboolean electronic = cordon_evidence_item_get_kind (item) == CORDON_EVIDENCE_KIND_ELECTRONIC;

      if (!(transfers = cordon_workspace_list_custody (report->workspace, item, error)) ||
          !(checks = cordon_workspace_list_evidence_checks (report->workspace, item, error)))
        return FALSE;

      heading = g_strdup_printf ("%s — %s", cordon_evidence_item_get_label (item),
                                 cordon_evidence_item_get_description (item));
      cordon_document_add_heading (doc, 2, heading);

      if (host != NULL && host[0] != '\0' && location != NULL && location[0] != '\0')
        source = g_strdup_printf ("%s, %s", host, location);
      else
        source = g_strdup (host != NULL && host[0] != '\0' ? host : location);
      /* Translators: who collected an evidence item, and when */
      collected_by = g_strdup_printf (_("%s, %s"), cordon_evidence_item_get_collected_by (item), collected);

      cordon_document_add_field (doc, _("Kind"), cordon_evidence_kind_to_label (cordon_evidence_item_get_kind (item)));
      cordon_document_add_field (doc, _("Source"), source);
      cordon_document_add_field (doc, _("Collected"), collected_by);
      cordon_document_add_field (doc, _("Stored at"), cordon_evidence_item_get_storage (item));
      if (electronic)
        {
          g_autofree char *size = g_format_size (cordon_evidence_item_get_size (item));
          g_autofree char *file = NULL;
          const char *path = cordon_evidence_item_get_file_path (item);

          file = path != NULL && path[0] != '\0' ? g_strdup_printf ("%s (%s)", path, size) : g_strdup (size);
          cordon_document_add_field (doc, _("File"), file);
          cordon_document_add_field_mono (doc, _("SHA-256"), cordon_evidence_item_get_sha256 (item));
        }
      cordon_document_add_field (doc, _("Current holder"), cordon_evidence_item_get_holder (item));

      if (g_list_model_get_n_items (transfers) == 0)
        cordon_document_add_note (doc, _("Not handed over since it was collected."));
      else
        add_table (doc, transfer_columns, G_N_ELEMENTS (transfer_columns));
      for (guint j = 0; j < g_list_model_get_n_items (transfers); j++)
        {
          g_autoptr(CordonCustodyTransfer) transfer = g_list_model_get_item (transfers, j);
          g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, cordon_custody_transfer_get_number (transfer));
          g_autofree char *when = format_time (cordon_custody_transfer_get_time (transfer));
          const char *cells[] = {
            number, when, cordon_custody_transfer_get_from (transfer), cordon_custody_transfer_get_to (transfer),
            cordon_custody_transfer_get_purpose (transfer), cordon_custody_transfer_get_location (transfer),
          };

          cordon_document_add_row (doc, cells);
        }

      if (electronic && g_list_model_get_n_items (checks) > 0)
        {
          add_table (doc, check_columns, G_N_ELEMENTS (check_columns));
          for (guint j = 0; j < g_list_model_get_n_items (checks); j++)
            {
              g_autoptr(CordonEvidenceCheck) check = g_list_model_get_item (checks, j);
              g_autofree char *when = format_time (cordon_evidence_check_get_time (check));
              const char *cells[] = {
                when, cordon_evidence_check_get_checked_by (check),
                cordon_evidence_check_result_to_label (cordon_evidence_check_get_result (check)),
                cordon_evidence_check_get_sha256 (check),
              };

              cordon_document_add_row (doc, cells);
            }
        }
    }

  return TRUE;
}

/* Lessons learned ---------------------------------------------------------- */

static gboolean
add_lessons (Report  *report,
             GError **error)
{
  static const CordonDocumentColumn follow_up_columns[] = {
    { N_("Follow-up action"), 0.46 }, { N_("Owner"), 0.16 }, { N_("Due"), 0.19 }, { N_("Done"), 0.19 },
  };
  CordonDocument *doc = report->doc;
  g_autoptr(CordonReview) review = NULL;
  g_autoptr(GListModel) follow_ups = NULL;
  g_autoptr(GArray) deadlines = NULL;
  CordonIncidentMetrics metrics;
  g_autofree char *state = NULL;
  g_autofree char *acknowledge = NULL;
  g_autofree char *contain = NULL;
  g_autofree char *recover = NULL;
  g_autofree char *sla = NULL;
  const char *went_well, *went_badly;

  if (!(review = cordon_workspace_get_review (report->workspace, report->incident, error)) ||
      !(follow_ups = cordon_workspace_list_follow_ups (report->workspace, report->incident, error)) ||
      !cordon_workspace_compute_metrics (report->workspace, report->incident, &metrics, &deadlines, error))
    return FALSE;

  section (report, _("Lessons learned"));

  if (cordon_review_get_completed (review) != NULL)
    {
      g_autofree char *when = format_time (cordon_review_get_completed (review));

      state = g_strdup_printf (_("Completed %s"), when);
    }
  else if (cordon_review_get_skip_reason (review) != NULL && cordon_review_get_skip_reason (review)[0] != '\0')
    state = g_strdup_printf (_("Skipped: %s"), cordon_review_get_skip_reason (review));
  else
    state = g_strdup (_("Not completed yet"));
  cordon_document_add_field (doc, _("Review"), state);

  acknowledge = cordon_checklist_format_elapsed (metrics.acknowledge_usec);
  contain = cordon_checklist_format_elapsed (metrics.contain_usec);
  recover = cordon_checklist_format_elapsed (metrics.recover_usec);
  /* Translators: SLA deadlines of one incident */
  sla = g_strdup_printf (_("%u met, %u breached, %u still running"),
                         metrics.n_met, metrics.n_breached, metrics.n_running);
  cordon_document_add_field (doc, _("Time to acknowledge"), acknowledge);
  cordon_document_add_field (doc, _("Time to contain"), contain);
  cordon_document_add_field (doc, _("Time to recover"), recover);
  cordon_document_add_field (doc, _("SLA deadlines"), sla);

  went_well = cordon_review_get_went_well (review);
  went_badly = cordon_review_get_went_badly (review);

  cordon_document_add_heading (doc, 2, _("What went well"));
  if (went_well != NULL && went_well[0] != '\0')
    cordon_document_add_paragraph (doc, went_well);
  else
    cordon_document_add_note (doc, _("Nothing was written yet."));

  cordon_document_add_heading (doc, 2, _("What did not go well"));
  if (went_badly != NULL && went_badly[0] != '\0')
    cordon_document_add_paragraph (doc, went_badly);
  else
    cordon_document_add_note (doc, _("Nothing was written yet."));

  cordon_document_add_heading (doc, 2, _("Follow-up actions"));
  if (g_list_model_get_n_items (follow_ups) == 0)
    {
      cordon_document_add_note (doc, _("No follow-up actions were recorded."));
      return TRUE;
    }

  add_table (doc, follow_up_columns, G_N_ELEMENTS (follow_up_columns));
  for (guint i = 0; i < g_list_model_get_n_items (follow_ups); i++)
    {
      g_autoptr(CordonFollowUp) follow_up = g_list_model_get_item (follow_ups, i);
      g_autofree char *due = format_time (cordon_follow_up_get_due (follow_up));
      g_autofree char *done = format_time (cordon_follow_up_get_done (follow_up));
      const char *cells[] = {
        cordon_follow_up_get_text (follow_up), cordon_follow_up_get_owner (follow_up), due, done,
      };

      cordon_document_add_row (doc, cells);
    }

  return TRUE;
}

/* Public API ------------------------------------------------------------- */

CordonDocument *
cordon_incident_report_build (CordonWorkspace  *workspace,
                              CordonIncident   *incident,
                              GError          **error)
{
  g_autoptr(CordonIncident) stored = NULL;
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(CordonDocument) doc = NULL;
  Report report;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);

  /* Report what is stored, not what the caller holds */
  if (!(stored = cordon_workspace_lookup_incident (workspace, cordon_incident_get_key (incident), error)) ||
      !(journal = cordon_workspace_list_journal (workspace, stored, error)))
    return NULL;

  now = cordon_clock_now (cordon_workspace_get_clock (workspace));
  doc = cordon_document_new (_("Incident report"), cordon_incident_get_key (stored), cordon_incident_get_tlp (stored));
  report = (Report) { workspace, stored, doc, journal, now, 0 };

  add_title_page (&report);
  add_classification (&report);
  add_timeline (&report);
  if (!add_analysis (&report, error) ||
      !add_containment (&report, error) ||
      !add_recovery (&report, error) ||
      !add_evidence (&report, error) ||
      !add_lessons (&report, error))
    return NULL;

  return g_steal_pointer (&doc);
}

char *
cordon_incident_report_suggest_name (CordonIncident       *incident,
                                     CordonDocumentFormat  format)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);

  return g_strdup_printf ("%s-report.%s", cordon_incident_get_key (incident),
                          format == CORDON_DOCUMENT_FORMAT_HTML ? "html" : "pdf");
}
