/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-aar.c: the after-action report of an exercise. The model is a
 * set of tables of plain strings, built once from the exercise workspace;
 * the HTML and the PDF are two renderings of the same tables, so that
 * they never disagree. Nothing in it reads the wall clock.
 */

#define G_LOG_DOMAIN "cordon-aar"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <cairo.h>
#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <pango/pangocairo.h>

#include "cordon-aar.h"
#include "cordon-output.h"
#include "cordon-time.h"

/* A table: a title, column headings and rows, each a GStrv */
typedef struct
{
  char       *title;
  GStrv       columns;
  const double *widths;   /* fractions of the body, for the PDF */
  GPtrArray  *rows;
  char       *empty;      /* what to say when there are no rows */
} Table;

struct _CordonAar
{
  GObject         parent_instance;

  CordonExercise *exercise;

  char           *title;
  char           *start;
  char           *end;
  char           *participants;
  GStrv           objectives;
  char           *notes;

  Table          *timeline;
  Table          *decisions;
  Table          *slas;
  Table          *strategies;
  Table          *gaps_table;
  Table          *improvements;

  GPtrArray      *gaps;            /* char *, also in gaps_table */
  GPtrArray      *strategy_slugs;  /* char * */
  GHashTable     *failed;          /* slug → what happened */
  GHashTable     *breaches;        /* "key/deadline/due" told as breached */
  guint           n_met;
  guint           n_breached;
};

G_DEFINE_FINAL_TYPE (CordonAar, cordon_aar, G_TYPE_OBJECT)

static const double timeline_widths[] = { 0.09, 0.09, 0.11, 0.16, 0.15, 0.40 };
static const double decision_widths[] = { 0.1, 0.16, 0.16, 0.29, 0.29 };
static const double sla_widths[] = { 0.3, 0.2, 0.2, 0.15, 0.15 };
static const double strategy_widths[] = { 0.32, 0.18, 0.2, 0.3 };
static const double gap_widths[] = { 1.0 };
static const double improvement_widths[] = { 0.7, 0.3 };

static Table *
table_new (const char   *title,
           const double *widths,
           const char   *empty,
           ...)
{
  Table *table = g_new0 (Table, 1);
  g_autoptr(GStrvBuilder) columns = g_strv_builder_new ();
  const char *column;
  va_list args;

  va_start (args, empty);
  while ((column = va_arg (args, const char *)) != NULL)
    g_strv_builder_add (columns, column);
  va_end (args);

  table->title = g_strdup (title);
  table->columns = g_strv_builder_end (columns);
  table->widths = widths;
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  table->empty = g_strdup (empty);

  return table;
}

static void
table_free (Table *table)
{
  g_free (table->title);
  g_strfreev (table->columns);
  g_ptr_array_unref (table->rows);
  g_free (table->empty);
  g_free (table);
}

static void
table_add (Table *table,
           ...)
{
  g_autoptr(GStrvBuilder) row = g_strv_builder_new ();
  const char *cell;
  va_list args;

  va_start (args, table);
  for (guint i = 0; table->columns[i] != NULL; i++)
    {
      cell = va_arg (args, const char *);
      g_strv_builder_add (row, cell != NULL && cell[0] != '\0' ? cell : "—");
    }
  va_end (args);

  g_ptr_array_add (table->rows, g_strv_builder_end (row));
}

/* Times ------------------------------------------------------------- */

static char *
format_offset (CordonAar *self,
               gint64     usec)
{
  gint64 offset = MAX (0, usec - cordon_exercise_get_start_usec (self->exercise));

  return cordon_scenario_format_offset (offset - offset % CORDON_SCENARIO_MINUTE);
}

static char *
format_clock (gint64 usec)
{
  g_autoptr(GDateTime) time = cordon_time_to_date_time (usec - usec % CORDON_SCENARIO_MINUTE);

  return g_date_time_format (time, "%H:%M");
}

/* Building the model ------------------------------------------------ */

typedef struct
{
  gint64  usec;
  guint   order;   /* injects first at the same time, then by incident and entry */
  gint64  seq;
  GStrv   cells;
} TimelineRow;

static void
timeline_row_free (TimelineRow *row)
{
  g_strfreev (row->cells);
  g_free (row);
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  const TimelineRow *x = *(TimelineRow **) a;
  const TimelineRow *y = *(TimelineRow **) b;

  if (x->usec != y->usec)
    return x->usec < y->usec ? -1 : 1;
  if (x->order != y->order)
    return x->order < y->order ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void
add_timeline (GPtrArray  *rows,
              CordonAar  *self,
              gint64      usec,
              guint       order,
              gint64      seq,
              const char *what,
              const char *incident,
              const char *who,
              const char *text)
{
  TimelineRow *row = g_new0 (TimelineRow, 1);
  g_autofree char *offset = format_offset (self, usec);
  g_autofree char *clock = format_clock (usec);
  const char *cells[] = { offset, clock, what, incident, who != NULL && who[0] != '\0' ? who : "—", text, NULL };

  row->usec = usec;
  row->order = order;
  row->seq = seq;
  row->cells = g_strdupv ((char **) cells);
  g_ptr_array_add (rows, row);
}

static const char *
role_for_group (CordonScenario *scenario,
                const char     *group)
{
  GPtrArray *roles = cordon_scenario_get_roles (scenario);

  for (guint i = 0; i < roles->len; i++)
    {
      const CordonScenarioRole *role = g_ptr_array_index (roles, i);

      if (g_strcmp0 (role->group, group) == 0)
        return role->name;
    }

  return ((const CordonScenarioRole *) g_ptr_array_index (roles, 0))->name;
}

static const char *
role_name (CordonScenario *scenario,
           const char     *id)
{
  GPtrArray *roles = cordon_scenario_get_roles (scenario);

  for (guint i = 0; id != NULL && i < roles->len; i++)
    {
      const CordonScenarioRole *role = g_ptr_array_index (roles, i);

      if (g_str_equal (role->id, id))
        return role->name;
    }

  return ((const CordonScenarioRole *) g_ptr_array_index (roles, 0))->name;
}

static void
add_gap (CordonAar  *self,
         const char *gap,
         const char *improvement,
         const char *owner)
{
  g_ptr_array_add (self->gaps, g_strdup (gap));
  table_add (self->gaps_table, gap);
  table_add (self->improvements, improvement, owner);
}

static void
note_strategy (CordonAar  *self,
               const char *slug)
{
  if (!g_ptr_array_find_with_equal_func (self->strategy_slugs, slug, g_str_equal, NULL))
    g_ptr_array_add (self->strategy_slugs, g_strdup (slug));
}

/* Whether a journal entry is the team's: not written by the exercise for
 * an inject, not the SLA engine's, not the incident's opening */
static gboolean
is_team_entry (CordonJournalEntry *entry)
{
  const char *payload = cordon_journal_entry_get_payload (entry);
  const char *author = cordon_journal_entry_get_author (entry);

  if (cordon_journal_entry_get_seq (entry) <= 1)
    return FALSE;
  if (g_strcmp0 (author, CORDON_EXERCISE_AUTHOR) == 0 || g_strcmp0 (author, "cordon") == 0)
    return FALSE;
  if (cordon_journal_entry_get_kind (entry) == CORDON_JOURNAL_KIND_SLA_EVENT)
    return FALSE;
  if (payload != NULL && strstr (payload, "\"exercise-inject\"") != NULL)
    return FALSE;

  return TRUE;
}

static char *
describe_entry (CordonJournalEntry *entry)
{
  const char *text = cordon_journal_entry_get_text (entry);

  switch (cordon_journal_entry_get_kind (entry))
    {
    case CORDON_JOURNAL_KIND_PHASE_CHANGE:
      {
        g_autoptr(JsonParser) parser = json_parser_new ();
        const char *payload = cordon_journal_entry_get_payload (entry);
        CordonPhase phase;

        if (payload != NULL && json_parser_load_from_data (parser, payload, -1, NULL) &&
            JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)) &&
            cordon_phase_from_id (json_object_get_string_member_with_default (json_node_get_object (json_parser_get_root (parser)), "to", NULL), &phase))
          /* Translators: a line of the exercise timeline: "Moved to Containment: <reason>" */
          return g_strdup_printf (_("Moved to %s: %s"), cordon_phase_to_label (phase), text);
        return g_strdup (text);
      }
    case CORDON_JOURNAL_KIND_CLASSIFICATION_CHANGE:
      return g_strdup_printf (_("Reclassified: %s"), text);
    case CORDON_JOURNAL_KIND_DECISION:
      return g_strdup_printf (_("Decision: %s"), text);
    case CORDON_JOURNAL_KIND_COMMUNICATION:
      return g_strdup_printf (_("Update sent: %s"), text);
    case CORDON_JOURNAL_KIND_STATUS_UPDATE:
      return g_strdup_printf (_("Status: %s"), text);
    default:
      return g_strdup (text);
    }
}

static char *
incident_label (CordonIncident *incident)
{
  return g_strdup_printf ("%s %s", cordon_incident_get_key (incident), cordon_incident_get_title (incident));
}

/* A breach the SLA engine told, from its journal entry: deadlines that
 * were breached and then started anew (the next update) are not in the
 * deadlines computed at the end */
static void
note_breach (CordonAar      *self,
             CordonIncident *incident,
             const char     *payload)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  CordonScenario *scenario = cordon_exercise_get_scenario (self->exercise);
  const char *lead = ((const CordonScenarioRole *) g_ptr_array_index (cordon_scenario_get_roles (scenario), 0))->name;
  g_autofree char *label = incident_label (incident);
  g_autofree char *due = NULL;
  g_autofree char *gap = NULL;
  g_autofree char *item = NULL;
  g_autofree char *told = NULL;
  JsonObject *object;
  CordonSlaKind kind;
  gint64 due_usec = 0;

  if (!json_parser_load_from_data (parser, payload, -1, NULL) || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return;

  object = json_node_get_object (json_parser_get_root (parser));
  if (!cordon_sla_kind_from_id (json_object_get_string_member_with_default (object, "deadline", NULL), &kind) ||
      !cordon_time_parse_iso8601 (json_object_get_string_member_with_default (object, "due", ""), &due_usec))
    return;

  told = g_strdup_printf ("%s/%s/%" G_GINT64_FORMAT, cordon_incident_get_key (incident),
                          cordon_sla_kind_to_id (kind), due_usec);
  if (!g_hash_table_add (self->breaches, g_steal_pointer (&told)))
    return;

  self->n_breached++;
  due = format_offset (self, due_usec);
  table_add (self->slas, label, cordon_sla_kind_to_label (kind), cordon_sla_state_to_label (CORDON_SLA_STATE_BREACHED),
             due, NULL);
  /* Translators: a gap of an exercise: "Response deadline breached: INC-2026-0001 Files encrypted (due +00:15)" */
  gap = g_strdup_printf (_("%s deadline breached: %s (due %s)"), cordon_sla_kind_to_label (kind), label, due);
  item = g_strdup_printf (_("Find out what delayed the %s deadline of %s"),
                          cordon_sla_kind_to_label (kind), cordon_incident_get_key (incident));
  add_gap (self, gap, item,
           kind == CORDON_SLA_KIND_FIRST_UPDATE || kind == CORDON_SLA_KIND_NEXT_UPDATE
           ? role_for_group (scenario, "external-communication") : lead);
}

static int
compare_decisions (gconstpointer a,
                   gconstpointer b)
{
  GStrv x = *(GStrv *) a;
  GStrv y = *(GStrv *) b;
  gsize lx = strlen (x[0]), ly = strlen (y[0]);

  if (lx != ly)
    return lx < ly ? -1 : 1;
  return strcmp (x[0], y[0]);
}

static gboolean
build (CordonAar        *self,
       CordonWorkspace  *real,
       GError          **error)
{
  CordonScenario *scenario = cordon_exercise_get_scenario (self->exercise);
  CordonWorkspace *workspace = cordon_exercise_get_workspace (self->exercise);
  GListModel *incidents = cordon_workspace_get_incidents (workspace);
  GListModel *injects = cordon_exercise_get_injects (self->exercise);
  GPtrArray *roles = cordon_scenario_get_roles (scenario);
  gint64 start = cordon_exercise_get_start_usec (self->exercise);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) timeline_row_free);
  g_autoptr(GString) participants = g_string_new (NULL);
  g_autoptr(GHashTable) team_times = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *lead = ((const CordonScenarioRole *) g_ptr_array_index (roles, 0))->name;
  g_autofree char *end_offset = NULL;

  self->title = g_strdup (cordon_scenario_get_title (scenario));
  {
    g_autoptr(GDateTime) start_time = cordon_time_to_date_time (start);
    self->start = g_date_time_format (start_time, "%Y-%m-%d %H:%M UTC");
  }
  end_offset = cordon_scenario_format_offset (cordon_exercise_get_offset (self->exercise) -
                                              cordon_exercise_get_offset (self->exercise) % CORDON_SCENARIO_MINUTE);
  self->end = g_strdup (end_offset);
  self->objectives = g_strdupv ((char **) cordon_scenario_get_objectives (scenario));
  self->notes = cordon_exercise_get_notes (self->exercise);

  for (guint i = 0; i < roles->len; i++)
    {
      const CordonScenarioRole *role = g_ptr_array_index (roles, i);

      if (i > 0)
        g_string_append (participants, ", ");
      g_string_append (participants, role->name);
    }
  self->participants = g_string_free (g_steal_pointer (&participants), FALSE);

  /* The team's journal entries, and the decisions among them */
  for (guint i = 0; i < g_list_model_get_n_items (incidents); i++)
    {
      g_autoptr(CordonIncident) incident = g_list_model_get_item (incidents, i);
      g_autoptr(GListModel) journal = cordon_workspace_list_journal (workspace, incident, error);
      g_autofree char *label = incident_label (incident);

      if (journal == NULL)
        return FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (journal); j++)
        {
          g_autoptr(CordonJournalEntry) entry = g_list_model_get_item (journal, j);
          gint64 usec = cordon_time_from_date_time (cordon_journal_entry_get_time (entry));
          CordonJournalKind kind = cordon_journal_entry_get_kind (entry);
          const char *payload = cordon_journal_entry_get_payload (entry);
          g_autofree char *text = NULL;
          gint64 *last;

          if (kind == CORDON_JOURNAL_KIND_SLA_EVENT && payload != NULL && strstr (payload, "\"breached\"") != NULL)
            {
              add_timeline (rows, self, usec, 2, (gint64) i << 32 | cordon_journal_entry_get_seq (entry),
                            _("SLA"), cordon_incident_get_key (incident), NULL, cordon_journal_entry_get_text (entry));
              note_breach (self, incident, payload);
            }

          if (!is_team_entry (entry))
            continue;

          text = describe_entry (entry);
          add_timeline (rows, self, usec, 1, (gint64) i << 32 | cordon_journal_entry_get_seq (entry),
                        _("Response"), cordon_incident_get_key (incident), cordon_journal_entry_get_author (entry), text);

          last = g_hash_table_lookup (team_times, cordon_incident_get_key (incident));
          if (last == NULL)
            g_hash_table_insert (team_times, g_strdup (cordon_incident_get_key (incident)),
                                 g_memdup2 (&usec, sizeof usec));
          else
            *last = MAX (*last, usec);

          if (kind == CORDON_JOURNAL_KIND_DECISION || kind == CORDON_JOURNAL_KIND_PHASE_CHANGE ||
              kind == CORDON_JOURNAL_KIND_CLASSIFICATION_CHANGE)
            {
              g_autofree char *offset = format_offset (self, usec);
              const char *decision_text = kind == CORDON_JOURNAL_KIND_DECISION ? cordon_journal_entry_get_text (entry) : text;
              const char *reason = kind == CORDON_JOURNAL_KIND_DECISION ? NULL : cordon_journal_entry_get_text (entry);

              if (kind == CORDON_JOURNAL_KIND_PHASE_CHANGE)
                {
                  g_auto(GStrv) parts = g_strsplit (text, ":", 2);
                  table_add (self->decisions, offset, cordon_journal_entry_get_author (entry),
                             cordon_incident_get_key (incident), parts[0], reason);
                }
              else if (kind == CORDON_JOURNAL_KIND_CLASSIFICATION_CHANGE)
                table_add (self->decisions, offset, cordon_journal_entry_get_author (entry),
                           cordon_incident_get_key (incident), _("Reclassified"), reason);
              else
                table_add (self->decisions, offset, cordon_journal_entry_get_author (entry),
                           cordon_incident_get_key (incident), decision_text, reason);
            }
        }

      (void) label;
      g_hash_table_insert (keys, g_strdup (cordon_incident_get_key (incident)), g_strdup (cordon_incident_get_key (incident)));
    }

  /* The injects */
  for (guint i = 0; i < g_list_model_get_n_items (injects); i++)
    {
      g_autoptr(CordonExerciseInject) inject = g_list_model_get_item (injects, i);
      CordonInjectStatus status = cordon_exercise_inject_get_status (inject);
      g_autoptr(CordonIncident) incident = cordon_exercise_lookup_incident (self->exercise,
                                                                            cordon_exercise_inject_get_incident (inject));
      const char *key = incident != NULL ? cordon_incident_get_key (incident) : NULL;
      gint64 usec;
      const char *kind = cordon_exercise_inject_get_kind (inject);
      int index = cordon_exercise_inject_get_scenario_index (inject);
      const CordonScenarioInject *spec = index >= 0 ? g_ptr_array_index (cordon_scenario_get_injects (scenario), index) : NULL;
      gint64 *last;

      if (status == CORDON_INJECT_STATUS_PENDING)
        continue;

      usec = start + (status == CORDON_INJECT_STATUS_DELIVERED ? cordon_exercise_inject_get_delivered (inject)
                                                                : cordon_exercise_inject_get_at (inject));
      add_timeline (rows, self, usec, 0, cordon_exercise_inject_get_position (inject),
                    status == CORDON_INJECT_STATUS_SKIPPED ? _("Inject (skipped)")
                    : cordon_exercise_inject_is_manual (inject) ? _("Inject (manual)") : _("Inject"),
                    key, NULL, cordon_exercise_inject_get_summary (inject));

      if (status != CORDON_INJECT_STATUS_DELIVERED || key == NULL)
        continue;

      if (spec != NULL && spec->kind == CORDON_INJECT_ACTION_FAILED && spec->strategy != NULL)
        {
          note_strategy (self, spec->strategy);
          if (!g_hash_table_contains (self->failed, spec->strategy))
            g_hash_table_insert (self->failed, g_strdup (spec->strategy), g_strdup (spec->what_happened));
        }

      last = g_hash_table_lookup (team_times, key);
      if (g_str_equal (kind, "question"))
        {
          g_autoptr(GListModel) questions = cordon_workspace_list_questions (workspace, incident, NULL);
          const char *text = spec != NULL ? spec->question : NULL;
          gboolean answered = FALSE;

          for (guint j = 0; questions != NULL && j < g_list_model_get_n_items (questions); j++)
            {
              g_autoptr(CordonQuestion) question = g_list_model_get_item (questions, j);

              if (text == NULL || g_strcmp0 (cordon_question_get_text (question), text) == 0)
                answered |= cordon_question_get_status (question) == CORDON_QUESTION_STATUS_ANSWERED;
            }

          if (!answered)
            {
              g_autofree char *gap = g_strdup_printf (_("Question not answered (%s): %s"), key,
                                                      spec != NULL ? spec->question : cordon_exercise_inject_get_summary (inject));
              g_autofree char *item = g_strdup_printf (_("Find who answers “%s” and how"),
                                                       spec != NULL ? spec->question : cordon_exercise_inject_get_summary (inject));
              add_gap (self, gap, item, spec != NULL && spec->owner != NULL ? role_name (scenario, spec->owner) : lead);
            }
        }
      else if ((g_str_equal (kind, "message") || g_str_equal (kind, "action-failed")) &&
               (last == NULL || *last < usec))
        {
          g_autofree char *gap = g_strdup_printf (_("No response to an inject (%s): %s"), key,
                                                  cordon_exercise_inject_get_summary (inject));
          g_autofree char *item = NULL;

          if (g_str_equal (kind, "message"))
            {
              item = g_strdup_printf (_("Prepare a holding response for a call like “%s”"),
                                      spec != NULL ? spec->text : cordon_exercise_inject_get_summary (inject));
              add_gap (self, gap, item, role_for_group (scenario, "external-communication"));
            }
          else
            {
              item = g_strdup_printf (_("Plan a fallback when containment fails: %s"),
                                      cordon_exercise_inject_get_summary (inject));
              add_gap (self, gap, item, lead);
            }
        }
    }

  g_ptr_array_sort (rows, compare_rows);
  g_ptr_array_sort (self->decisions->rows, compare_decisions);
  for (guint i = 0; i < rows->len; i++)
    {
      TimelineRow *row = g_ptr_array_index (rows, i);
      g_ptr_array_add (self->timeline->rows, g_strdupv (row->cells));
    }

  /* SLA deadlines, as they stand at the end */
  for (guint i = 0; i < g_list_model_get_n_items (incidents); i++)
    {
      g_autoptr(CordonIncident) incident = g_list_model_get_item (incidents, i);
      g_autoptr(GArray) deadlines = NULL;
      CordonIncidentMetrics metrics;
      g_autofree char *label = incident_label (incident);

      if (!cordon_workspace_compute_metrics (workspace, incident, &metrics, &deadlines, error))
        return FALSE;

      for (guint j = 0; deadlines != NULL && j < deadlines->len; j++)
        {
          const CordonSlaDeadline *deadline = &g_array_index (deadlines, CordonSlaDeadline, j);
          g_autofree char *due = format_offset (self, deadline->due_usec);
          g_autofree char *met = deadline->met_usec != 0 ? format_offset (self, deadline->met_usec) : NULL;
          const char *state = cordon_sla_state_to_label (deadline->state);

          g_autofree char *told = g_strdup_printf ("%s/%s/%" G_GINT64_FORMAT, cordon_incident_get_key (incident),
                                                   cordon_sla_kind_to_id (deadline->kind), deadline->due_usec);

          if (deadline->state == CORDON_SLA_STATE_MET)
            self->n_met++;
          else if (deadline->state == CORDON_SLA_STATE_BREACHED && g_hash_table_contains (self->breaches, told))
            {
              /* Already in the table, from its journal entry */
              continue;
            }
          else if (deadline->state == CORDON_SLA_STATE_BREACHED)
            {
              g_autofree char *gap = NULL;
              g_autofree char *item = NULL;

              self->n_breached++;
              /* Translators: a gap of an exercise: "Response deadline breached: INC-2026-0001 Files encrypted (due +00:15)" */
              gap = g_strdup_printf (_("%s deadline breached: %s (due %s)"), cordon_sla_kind_to_label (deadline->kind),
                                     label, due);
              item = g_strdup_printf (_("Find out what delayed the %s deadline of %s"),
                                      cordon_sla_kind_to_label (deadline->kind), cordon_incident_get_key (incident));
              add_gap (self, gap, item,
                       deadline->kind == CORDON_SLA_KIND_FIRST_UPDATE || deadline->kind == CORDON_SLA_KIND_NEXT_UPDATE
                       ? role_for_group (scenario, "external-communication") : lead);
            }

          table_add (self->slas, label, cordon_sla_kind_to_label (deadline->kind), state, due, met);
        }
    }

  /* The strategies of the plans */
  for (guint i = 0; i < g_list_model_get_n_items (incidents); i++)
    {
      g_autoptr(CordonIncident) incident = g_list_model_get_item (incidents, i);
      g_autoptr(GListModel) plan = cordon_workspace_list_plan (workspace, incident, error);

      if (plan == NULL)
        return FALSE;

      for (guint j = 0; j < g_list_model_get_n_items (plan); j++)
        {
          g_autoptr(CordonPlanAction) action = g_list_model_get_item (plan, j);
          const char *slug = cordon_plan_action_get_strategy (action);

          if (slug != NULL && slug[0] != '\0')
            {
              note_strategy (self, slug);
              if (cordon_plan_action_get_status (action) == CORDON_ACTION_STATUS_FAILED &&
                  !g_hash_table_contains (self->failed, slug))
                g_hash_table_insert (self->failed, g_strdup (slug), g_strdup (cordon_plan_action_get_waive_reason (action)));
            }
        }
    }

  for (guint i = 0; i < self->strategy_slugs->len; i++)
    {
      const char *slug = g_ptr_array_index (self->strategy_slugs, i);
      g_autoptr(CordonStrategy) strategy = cordon_workspace_lookup_strategy (real != NULL ? real : workspace, slug, NULL);
      g_autoptr(GDateTime) last = NULL;
      g_autofree char *validation = NULL;
      const char *name = strategy != NULL ? cordon_strategy_get_name (strategy) : slug;
      const char *failed = g_hash_table_lookup (self->failed, slug);
      g_autofree char *outcome = NULL;
      gboolean unvalidated = FALSE;

      if (real == NULL)
        validation = g_strdup (_("Not checked: no workspace library"));
      else if (strategy == NULL)
        validation = g_strdup (_("Not in the library"));
      else if (!cordon_workspace_get_last_validated (real, strategy, &last, error))
        return FALSE;
      else if (last == NULL)
        {
          validation = g_strdup (_("Never validated"));
          unvalidated = TRUE;
        }
      else
        {
          g_autofree char *date = g_date_time_format (last, "%Y-%m-%d");
          /* Translators: the validation status of a strategy: "Validated 2026-01-15" */
          validation = g_strdup_printf (_("Validated %s"), date);
        }

      if (g_hash_table_contains (self->failed, slug))
        /* Translators: how a strategy fared in the exercise */
        outcome = g_strdup_printf (_("Failed: %s"), failed != NULL && failed[0] != '\0' ? failed : "—");
      else
        outcome = g_strdup (_("Worked as planned"));

      table_add (self->strategies, name, slug, validation, outcome);

      if (g_hash_table_contains (self->failed, slug))
        {
          g_autofree char *gap = g_strdup_printf (_("Strategy failed in the exercise: %s"), name);
          g_autofree char *item = g_strdup_printf (_("Revise “%s” or name its fallback"), name);

          add_gap (self, gap, item, role_for_group (scenario, "resolver"));
        }
      if (unvalidated)
        {
          g_autofree char *gap = g_strdup_printf (_("Strategy used but never validated: %s"), name);
          g_autofree char *item = g_strdup_printf (_("Validate “%s” in a simulation or test run"), name);

          add_gap (self, gap, item, role_for_group (scenario, "resolver"));
        }
    }

  /* What the script could not play, and the follow-up actions recorded */
  for (guint i = 0; i < cordon_exercise_get_problems (self->exercise)->len; i++)
    {
      const char *problem = g_ptr_array_index (cordon_exercise_get_problems (self->exercise), i);
      g_autofree char *item = g_strdup_printf (_("Review the procedure: %s"), problem);

      add_gap (self, problem, item, lead);
    }

  for (guint i = 0; i < g_list_model_get_n_items (incidents); i++)
    {
      g_autoptr(CordonIncident) incident = g_list_model_get_item (incidents, i);
      g_autoptr(GListModel) follow_ups = cordon_workspace_list_follow_ups (workspace, incident, NULL);

      for (guint j = 0; follow_ups != NULL && j < g_list_model_get_n_items (follow_ups); j++)
        {
          g_autoptr(CordonFollowUp) follow_up = g_list_model_get_item (follow_ups, j);

          table_add (self->improvements, cordon_follow_up_get_text (follow_up), cordon_follow_up_get_owner (follow_up));
        }
    }

  return TRUE;
}

static void
cordon_aar_finalize (GObject *object)
{
  CordonAar *self = CORDON_AAR (object);

  g_clear_object (&self->exercise);
  g_free (self->title);
  g_free (self->start);
  g_free (self->end);
  g_free (self->participants);
  g_strfreev (self->objectives);
  g_free (self->notes);
  g_clear_pointer (&self->timeline, table_free);
  g_clear_pointer (&self->decisions, table_free);
  g_clear_pointer (&self->slas, table_free);
  g_clear_pointer (&self->strategies, table_free);
  g_clear_pointer (&self->gaps_table, table_free);
  g_clear_pointer (&self->improvements, table_free);
  g_clear_pointer (&self->gaps, g_ptr_array_unref);
  g_clear_pointer (&self->strategy_slugs, g_ptr_array_unref);
  g_clear_pointer (&self->failed, g_hash_table_unref);
  g_clear_pointer (&self->breaches, g_hash_table_unref);

  G_OBJECT_CLASS (cordon_aar_parent_class)->finalize (object);
}

static void
cordon_aar_class_init (CordonAarClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cordon_aar_finalize;
}

static void
cordon_aar_init (CordonAar *self)
{
  self->timeline = table_new (_("Timeline"), timeline_widths, _("Nothing happened."),
                              _("Offset"), _("Time (UTC)"), _("What"), _("Incident"), _("Who"), _("Details"), NULL);
  self->decisions = table_new (_("Decisions"), decision_widths, _("No decision was recorded."),
                               _("Offset"), _("Who"), _("Incident"), _("Decision"), _("Reason"), NULL);
  self->slas = table_new (_("SLA Deadlines"), sla_widths, _("No deadline applied."),
                          _("Incident"), _("Deadline"), _("State"), _("Due"), _("Met"), NULL);
  self->strategies = table_new (_("Strategies Used"), strategy_widths, _("No library strategy was used."),
                                _("Strategy"), _("Id"), _("Validation"), _("In the exercise"), NULL);
  self->gaps_table = table_new (_("Gaps Found"), gap_widths, _("No gap was found."), _("Gap"), NULL);
  self->improvements = table_new (_("Improvement Items"), improvement_widths, _("No improvement item."),
                                  _("Item"), _("Owner"), NULL);
  self->gaps = g_ptr_array_new_with_free_func (g_free);
  self->strategy_slugs = g_ptr_array_new_with_free_func (g_free);
  self->failed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->breaches = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

CordonAar *
cordon_aar_new (CordonExercise   *exercise,
                CordonWorkspace  *real,
                GError          **error)
{
  g_autoptr(CordonAar) self = NULL;

  g_return_val_if_fail (CORDON_IS_EXERCISE (exercise), NULL);
  g_return_val_if_fail (real == NULL || CORDON_IS_WORKSPACE (real), NULL);

  self = g_object_new (CORDON_TYPE_AAR, NULL);
  self->exercise = g_object_ref (exercise);

  if (!build (self, real, error))
    return NULL;

  return g_steal_pointer (&self);
}

GPtrArray *
cordon_aar_get_gaps (CordonAar *self)
{
  g_return_val_if_fail (CORDON_IS_AAR (self), NULL);
  return self->gaps;
}

GPtrArray *
cordon_aar_get_strategies (CordonAar *self)
{
  g_return_val_if_fail (CORDON_IS_AAR (self), NULL);
  return self->strategy_slugs;
}

guint
cordon_aar_get_breached (CordonAar *self)
{
  g_return_val_if_fail (CORDON_IS_AAR (self), 0);
  return self->n_breached;
}

/* HTML -------------------------------------------------------------- */

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

static void
html_table (GString *out,
            Table   *table)
{
  g_string_append (out, "<section>\n<h2>");
  append_escaped (out, table->title);
  g_string_append (out, "</h2>\n");

  if (table->rows->len == 0)
    {
      g_string_append (out, "<p class=\"empty\">");
      append_escaped (out, table->empty);
      g_string_append (out, "</p>\n</section>\n");
      return;
    }

  g_string_append (out, "<table>\n<thead><tr>");
  for (guint i = 0; table->columns[i] != NULL; i++)
    {
      g_string_append (out, "<th>");
      append_escaped (out, table->columns[i]);
      g_string_append (out, "</th>");
    }
  g_string_append (out, "</tr></thead>\n<tbody>\n");

  for (guint r = 0; r < table->rows->len; r++)
    {
      GStrv row = g_ptr_array_index (table->rows, r);

      g_string_append (out, "<tr>");
      for (guint i = 0; row[i] != NULL; i++)
        {
          g_string_append (out, "<td>");
          append_escaped (out, row[i]);
          g_string_append (out, "</td>");
        }
      g_string_append (out, "</tr>\n");
    }
  g_string_append (out, "</tbody>\n</table>\n</section>\n");
}

char *
cordon_aar_to_html (CordonAar *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (CORDON_IS_AAR (self), NULL);

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
  /* Translators: the title of the report, "After-Action Report: <scenario>" */
  {
    g_autofree char *title = g_strdup_printf (_("After-Action Report: %s"), self->title);
    append_escaped (out, title);
  }
  g_string_append (out, "</title>\n<style>\n"
                        "body { font-family: sans-serif; margin: 2em auto; max-width: 60em; color: #1e1e1e; line-height: 1.4; }\n"
                        ".banner { background: #813d9c; color: #fff; font-weight: bold; letter-spacing: 0.2em; padding: 0.4em 1em; border-radius: 6px; display: inline-block; }\n"
                        "h1 { margin: 0.4em 0 0.2em; } h2 { border-bottom: 2px solid #813d9c; padding-bottom: 0.2em; margin-top: 1.6em; }\n"
                        "dl { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; } dt { font-weight: bold; } dd { margin: 0; }\n"
                        "table { border-collapse: collapse; width: 100%; font-size: 0.92em; }\n"
                        "th, td { text-align: left; vertical-align: top; padding: 0.3em 0.5em; border-bottom: 1px solid #ddd; }\n"
                        "th { background: #f3eef6; } .empty { color: #666; font-style: italic; }\n"
                        ".notes { white-space: pre-wrap; }\n"
                        "</style>\n</head>\n<body>\n<header>\n<div class=\"banner\">");
  append_escaped (out, _("EXERCISE"));
  g_string_append (out, "</div>\n<h1>");
  append_escaped (out, _("After-Action Report"));
  g_string_append (out, "</h1>\n<p>");
  append_escaped (out, self->title);
  g_string_append (out, "</p>\n<dl>\n<dt>");
  append_escaped (out, _("Started"));
  g_string_append (out, "</dt><dd>");
  append_escaped (out, self->start);
  g_string_append (out, "</dd>\n<dt>");
  append_escaped (out, _("Ended"));
  g_string_append (out, "</dt><dd>");
  append_escaped (out, self->end);
  g_string_append (out, "</dd>\n<dt>");
  append_escaped (out, _("Participants"));
  g_string_append (out, "</dt><dd>");
  append_escaped (out, self->participants);
  g_string_append (out, "</dd>\n<dt>");
  append_escaped (out, _("SLA deadlines"));
  g_string_append (out, "</dt><dd>");
  {
    /* Translators: "3 met, 2 breached" */
    g_autofree char *counts = g_strdup_printf (_("%u met, %u breached"), self->n_met, self->n_breached);
    append_escaped (out, counts);
  }
  g_string_append (out, "</dd>\n</dl>\n</header>\n<section>\n<h2>");
  append_escaped (out, _("Objectives"));
  g_string_append (out, "</h2>\n<ul>\n");
  for (guint i = 0; self->objectives[i] != NULL; i++)
    {
      g_string_append (out, "<li>");
      append_escaped (out, self->objectives[i]);
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ul>\n</section>\n");

  html_table (out, self->timeline);
  html_table (out, self->decisions);
  html_table (out, self->slas);
  html_table (out, self->strategies);
  html_table (out, self->gaps_table);
  html_table (out, self->improvements);

  if (self->notes[0] != '\0')
    {
      g_string_append (out, "<section>\n<h2>");
      append_escaped (out, _("Facilitator Notes"));
      g_string_append (out, "</h2>\n<p class=\"notes\">");
      append_escaped (out, self->notes);
      g_string_append (out, "</p>\n</section>\n");
    }

  g_string_append (out, "</body>\n</html>\n");

  return g_string_free (out, FALSE);
}

gboolean
cordon_aar_write_html (CordonAar   *self,
                       const char  *path,
                       GError     **error)
{
  g_autofree char *html = NULL;

  g_return_val_if_fail (CORDON_IS_AAR (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  html = cordon_aar_to_html (self);

  return cordon_output_set_contents (path, html, -1, error);
}

/* PDF --------------------------------------------------------------- */

/* A4 in points */
#define PAGE_WIDTH  595.28
#define PAGE_HEIGHT 841.89
#define MARGIN      48.0
#define BODY_WIDTH  (PAGE_WIDTH - 2 * MARGIN)
#define FOOTER_Y    (PAGE_HEIGHT - MARGIN + 16)

typedef struct
{
  cairo_t     *cr;
  PangoLayout *layout;
  double       y;
  guint        page;
  guint        n_pages;   /* known on the second pass */
  const char  *title;
} Pdf;

static double
pdf_layout (Pdf        *pdf,
            const char *text,
            const char *font,
            double      width)
{
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);
  int w, h;

  pango_layout_set_font_description (pdf->layout, description);
  pango_layout_set_width (pdf->layout, pango_units_from_double (width));
  pango_layout_set_wrap (pdf->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (pdf->layout, text, -1);
  pango_layout_get_size (pdf->layout, &w, &h);

  return pango_units_to_double (h);
}

static void
pdf_draw (Pdf        *pdf,
          double      x,
          double      y,
          double      width,
          const char *text,
          const char *font)
{
  pdf_layout (pdf, text, font, width);
  cairo_move_to (pdf->cr, x, y);
  pango_cairo_show_layout (pdf->cr, pdf->layout);
}

static void
pdf_footer (Pdf *pdf)
{
  g_autofree char *page = NULL;

  cairo_set_source_rgb (pdf->cr, 0.4, 0.4, 0.4);
  pdf_draw (pdf, MARGIN, FOOTER_Y, BODY_WIDTH * 0.7, pdf->title, "Sans 7.5");
  /* Translators: the footer of a page: "Page 2 of 5" */
  page = g_strdup_printf (_("Page %u of %u"), pdf->page, MAX (pdf->n_pages, pdf->page));
  pdf_layout (pdf, page, "Sans 7.5", BODY_WIDTH * 0.3);
  pango_layout_set_alignment (pdf->layout, PANGO_ALIGN_RIGHT);
  cairo_move_to (pdf->cr, MARGIN + BODY_WIDTH * 0.7, FOOTER_Y);
  pango_cairo_show_layout (pdf->cr, pdf->layout);
  pango_layout_set_alignment (pdf->layout, PANGO_ALIGN_LEFT);
  cairo_set_source_rgb (pdf->cr, 0, 0, 0);
}

static void
pdf_new_page (Pdf *pdf)
{
  pdf_footer (pdf);
  cairo_show_page (pdf->cr);
  pdf->page++;
  pdf->y = MARGIN;
}

static void
pdf_need (Pdf    *pdf,
          double  height)
{
  if (pdf->y + height > PAGE_HEIGHT - MARGIN)
    pdf_new_page (pdf);
}

static void
pdf_text (Pdf        *pdf,
          const char *text,
          const char *font,
          double      after)
{
  double height = pdf_layout (pdf, text, font, BODY_WIDTH);

  pdf_need (pdf, height);
  pdf_draw (pdf, MARGIN, pdf->y, BODY_WIDTH, text, font);
  pdf->y += height + after;
}

static double
pdf_row (Pdf     *pdf,
         Table   *table,
         GStrv    cells,
         gboolean header)
{
  const char *font = header ? "Sans Bold 7.5" : "Sans 7.5";
  double height = 0, x = MARGIN;

  for (guint i = 0; cells[i] != NULL; i++)
    height = MAX (height, pdf_layout (pdf, cells[i], font, table->widths[i] * BODY_WIDTH - 6) + 6);

  pdf_need (pdf, height);

  if (header)
    {
      cairo_set_source_rgb (pdf->cr, 0.953, 0.933, 0.965);
      cairo_rectangle (pdf->cr, MARGIN, pdf->y, BODY_WIDTH, height);
      cairo_fill (pdf->cr);
      cairo_set_source_rgb (pdf->cr, 0, 0, 0);
    }

  for (guint i = 0; cells[i] != NULL; i++)
    {
      pdf_draw (pdf, x + 3, pdf->y + 3, table->widths[i] * BODY_WIDTH - 6, cells[i], font);
      x += table->widths[i] * BODY_WIDTH;
    }

  pdf->y += height;
  cairo_set_source_rgb (pdf->cr, 0.85, 0.85, 0.85);
  cairo_set_line_width (pdf->cr, 0.5);
  cairo_move_to (pdf->cr, MARGIN, pdf->y);
  cairo_line_to (pdf->cr, MARGIN + BODY_WIDTH, pdf->y);
  cairo_stroke (pdf->cr);
  cairo_set_source_rgb (pdf->cr, 0, 0, 0);

  return height;
}

static void
pdf_heading (Pdf        *pdf,
             const char *title)
{
  /* Keep a heading with the start of what follows */
  pdf_need (pdf, 60);
  pdf->y += 8;
  cairo_set_source_rgb (pdf->cr, 0.506, 0.239, 0.612);
  pdf_text (pdf, title, "Sans Bold 12", 4);
  cairo_set_source_rgb (pdf->cr, 0, 0, 0);
}

static void
pdf_table (Pdf   *pdf,
           Table *table)
{
  pdf_heading (pdf, table->title);

  if (table->rows->len == 0)
    {
      pdf_text (pdf, table->empty, "Sans Italic 9", 4);
      return;
    }

  pdf_row (pdf, table, table->columns, TRUE);
  for (guint i = 0; i < table->rows->len; i++)
    {
      double before = pdf->page;

      pdf_row (pdf, table, g_ptr_array_index (table->rows, i), FALSE);
      (void) before;
    }
}

static void
pdf_render (CordonAar *self,
            Pdf       *pdf)
{
  g_autofree char *heading = g_strdup_printf (_("After-Action Report: %s"), self->title);
  g_autofree char *facts = NULL;
  g_autoptr(GString) objectives = g_string_new (NULL);

  pdf->page = 1;
  pdf->y = MARGIN;

  /* The exercise marking, a filled band */
  cairo_set_source_rgb (pdf->cr, 0.506, 0.239, 0.612);
  cairo_rectangle (pdf->cr, MARGIN, pdf->y, BODY_WIDTH, 22);
  cairo_fill (pdf->cr);
  cairo_set_source_rgb (pdf->cr, 1, 1, 1);
  pdf_draw (pdf, MARGIN + 8, pdf->y + 4, BODY_WIDTH - 16, _("EXERCISE"), "Sans Bold 10");
  cairo_set_source_rgb (pdf->cr, 0, 0, 0);
  pdf->y += 30;

  pdf_text (pdf, heading, "Sans Bold 16", 6);
  facts = g_strdup_printf ("%s: %s    %s: %s\n%s: %s\n%s: %u    %s: %u",
                           _("Started"), self->start, _("Ended"), self->end,
                           _("Participants"), self->participants,
                           _("SLA deadlines met"), self->n_met, _("breached"), self->n_breached);
  pdf_text (pdf, facts, "Sans 9", 4);

  pdf_heading (pdf, _("Objectives"));
  for (guint i = 0; self->objectives[i] != NULL; i++)
    g_string_append_printf (objectives, "%s• %s", i > 0 ? "\n" : "", self->objectives[i]);
  pdf_text (pdf, objectives->str, "Sans 9", 4);

  pdf_table (pdf, self->timeline);
  pdf_table (pdf, self->decisions);
  pdf_table (pdf, self->slas);
  pdf_table (pdf, self->strategies);
  pdf_table (pdf, self->gaps_table);
  pdf_table (pdf, self->improvements);

  if (self->notes[0] != '\0')
    {
      pdf_heading (pdf, _("Facilitator Notes"));
      pdf_text (pdf, self->notes, "Sans 9", 4);
    }

  pdf_footer (pdf);
  cairo_show_page (pdf->cr);
}

static cairo_status_t
discard_output (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

gboolean
cordon_aar_write_pdf (CordonAar   *self,
                      const char  *path,
                      GError     **error)
{
  g_autoptr(CordonOutput) output = NULL;
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  guint n_pages;

  g_return_val_if_fail (CORDON_IS_AAR (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  title = g_strdup_printf ("%s — %s", _("EXERCISE"), self->title);

  /* First pass, to count the pages for "Page N of M": on a PDF surface
   * whose output goes nowhere, so that text is measured exactly as in
   * the second pass and the pages break at the same places */
  {
    cairo_surface_t *counting = cairo_pdf_surface_create_for_stream (discard_output, NULL, PAGE_WIDTH, PAGE_HEIGHT);
    cairo_t *cr = cairo_create (counting);
    Pdf pdf = { cr, pango_cairo_create_layout (cr), 0, 0, 0, title };

    pdf_render (self, &pdf);
    n_pages = pdf.page;
    g_object_unref (pdf.layout);
    cairo_destroy (cr);
    cairo_surface_destroy (counting);
  }

  if (!(output = cordon_output_new (path, error)))
    return FALSE;

  surface = cairo_pdf_surface_create_for_stream (cordon_output_cairo_write, output, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Cordon");
  {
    cairo_t *cr = cairo_create (surface);
    Pdf pdf = { cr, pango_cairo_create_layout (cr), 0, 0, n_pages, title };

    pdf_render (self, &pdf);
    g_object_unref (pdf.layout);
    cairo_destroy (cr);
  }
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  /* A failed write is reported by the commit, with its cause */
  if (status != CAIRO_STATUS_SUCCESS && status != CAIRO_STATUS_WRITE_ERROR)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_IO, _("Cannot write %s: %s"), path,
                   cairo_status_to_string (status));
      return FALSE;
    }

  if (!cordon_output_commit (output, error))
    return FALSE;

  return TRUE;
}

/* Validation records ---------------------------------------------- */

gboolean
cordon_aar_record_validations (CordonAar        *self,
                               CordonWorkspace  *real,
                               guint            *out_count,
                               GError          **error)
{
  CordonWorkspace *workspace;
  g_autofree char *recorded = NULL;
  g_autoptr(GString) pitfalls = g_string_new (NULL);
  guint count = 0;

  g_return_val_if_fail (CORDON_IS_AAR (self), FALSE);
  g_return_val_if_fail (CORDON_IS_WORKSPACE (real), FALSE);

  workspace = cordon_exercise_get_workspace (self->exercise);
  if (real == workspace || cordon_workspace_is_exercise (real))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED,
                   _("Validations are recorded in a real workspace, not in an exercise"));
      return FALSE;
    }

  recorded = cordon_workspace_get_exercise_value (workspace, "validations-recorded", NULL);
  if (recorded != NULL)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED,
                   _("The validations of this exercise were already recorded"));
      return FALSE;
    }

  for (guint i = 0; i < self->gaps->len; i++)
    g_string_append_printf (pitfalls, "%s%s", i > 0 ? "\n" : "", (char *) g_ptr_array_index (self->gaps, i));

  if (!cordon_workspace_begin_bulk (real, error))
    return FALSE;

  for (guint i = 0; i < self->strategy_slugs->len; i++)
    {
      const char *slug = g_ptr_array_index (self->strategy_slugs, i);
      g_autoptr(CordonStrategy) strategy = cordon_workspace_lookup_strategy (real, slug, NULL);
      g_autoptr(CordonValidation) validation = NULL;

      if (strategy == NULL)
        continue;

      validation = cordon_validation_new ();
      cordon_validation_set_method (validation, CORDON_VALIDATION_METHOD_TABLETOP);
      cordon_validation_set_who (validation, self->participants);
      cordon_validation_set_result (validation, g_hash_table_contains (self->failed, slug)
                                                ? CORDON_VALIDATION_RESULT_FAILED
                                                : CORDON_VALIDATION_RESULT_EFFECTIVE);
      cordon_validation_set_pitfalls (validation, pitfalls->str);

      if (!cordon_workspace_add_validation (real, strategy, validation, error))
        {
          cordon_workspace_rollback_bulk (real);
          return FALSE;
        }
      count++;
    }

  if (!cordon_workspace_commit_bulk (real, error))
    return FALSE;

  cordon_workspace_set_exercise_value (workspace, "validations-recorded", "true", NULL);

  if (out_count != NULL)
    *out_count = count;

  return TRUE;
}
