/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-exercise.c: runs a tabletop exercise. Each pending inject has an
 * alarm on the exercise clock at its offset; when it fires the inject is
 * applied through the workspace's ordinary calls, its status written to
 * the exercise workspace, and (when asked) its scripted responses armed
 * at their offsets from the delivery. Everything the team does lands in
 * the incidents' journals, which is what the after-action report reads.
 */

#define G_LOG_DOMAIN "cordon-exercise"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "cordon-data.h"
#include "cordon-exercise.h"
#include "cordon-time.h"

struct _CordonExercise
{
  GObject              parent_instance;

  CordonScenario      *scenario;
  CordonWorkspace     *workspace;
  CordonExerciseClock *clock;
  CordonSlaScheduler  *scheduler;

  GListStore          *injects;      /* CordonExerciseInject */
  GHashTable          *alarms;       /* CordonExerciseInject → alarm id */
  GPtrArray           *responses;    /* PendingResponse, armed */
  GHashTable          *questions;    /* queue position → question row id */
  GPtrArray           *problems;     /* char * */

  CordonExerciseState  state;
  gint64               start_usec;
  gint64               end_offset;
  gboolean             play_responses;
};

typedef struct
{
  CordonExercise               *exercise;  /* unowned */
  CordonExerciseInject         *inject;    /* owned */
  const CordonScenarioResponse *response;
  gint64                        usec;
  guint                         alarm_id;
} PendingResponse;

G_DEFINE_FINAL_TYPE (CordonExercise, cordon_exercise, G_TYPE_OBJECT)

enum {
  SIGNAL_INJECT_DELIVERED,
  SIGNAL_STATE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
pending_response_free (PendingResponse *pending)
{
  g_clear_object (&pending->inject);
  g_free (pending);
}

static gint64
now_usec (CordonExercise *self)
{
  return cordon_clock_now_usec (CORDON_CLOCK (self->clock));
}

static void
add_problem (CordonExercise *self,
             const char     *what,
             const GError   *error)
{
  g_autofree char *offset = cordon_scenario_format_offset ((MAX (0, now_usec (self) - self->start_usec) / CORDON_SCENARIO_MINUTE) * CORDON_SCENARIO_MINUTE);

  g_ptr_array_add (self->problems, g_strdup_printf ("%s %s: %s", offset, what, error != NULL ? error->message : ""));
}

static void
set_state (CordonExercise      *self,
           CordonExerciseState  state)
{
  static const char * const ids[] = { "ready", "running", "paused", "ended" };

  if (self->state == state)
    return;

  self->state = state;
  cordon_workspace_set_exercise_value (self->workspace, "state", ids[state], NULL);
  /* Where the clock stood, for reopening the exercise later */
  if (self->clock != NULL && state != CORDON_EXERCISE_STATE_READY)
    {
      g_autofree char *offset = g_strdup_printf ("%" G_GINT64_FORMAT, MAX (0, now_usec (self) - self->start_usec));

      cordon_workspace_set_exercise_value (self->workspace, "offset", offset, NULL);
    }
  g_signal_emit (self, signals[SIGNAL_STATE_CHANGED], 0);
}

static const CordonScenarioRole *
lookup_role (CordonExercise *self,
             const char     *id)
{
  GPtrArray *roles = cordon_scenario_get_roles (self->scenario);

  for (guint i = 0; id != NULL && i < roles->len; i++)
    {
      const CordonScenarioRole *role = g_ptr_array_index (roles, i);

      if (g_str_equal (role->id, id))
        return role;
    }

  return NULL;
}

/* Who a scripted response is by: the role's name, or the team */
static const char *
role_name (CordonExercise *self,
           const char     *id)
{
  const CordonScenarioRole *role = lookup_role (self, id);

  return role != NULL ? role->name : _("Team");
}

static char *
map_key (const char *scenario_id)
{
  return g_strconcat ("incident:", scenario_id, NULL);
}

CordonIncident *
cordon_exercise_lookup_incident (CordonExercise *self,
                                 const char     *scenario_id)
{
  g_autofree char *key = NULL;
  g_autofree char *incident_key = NULL;

  g_return_val_if_fail (CORDON_IS_EXERCISE (self), NULL);

  if (scenario_id == NULL || scenario_id[0] == '\0')
    return NULL;

  key = map_key (scenario_id);
  incident_key = cordon_workspace_get_exercise_value (self->workspace, key, NULL);
  if (incident_key == NULL)
    return NULL;

  return cordon_workspace_lookup_incident (self->workspace, incident_key, NULL);
}

/* The incident an inject or response without one is about: the first of
 * the scenario */
static CordonIncident *
lookup_or_first (CordonExercise *self,
                 const char     *scenario_id)
{
  GPtrArray *incidents = cordon_scenario_get_incidents (self->scenario);
  const CordonScenarioIncident *first = g_ptr_array_index (incidents, 0);

  if (scenario_id != NULL && scenario_id[0] != '\0')
    return cordon_exercise_lookup_incident (self, scenario_id);

  return cordon_exercise_lookup_incident (self, first->id);
}

static CordonIncident *
open_incident (CordonExercise               *self,
               const CordonScenarioIncident *spec,
               gint64                        detected,
               GError                      **error)
{
  g_autoptr(CordonIncident) draft = cordon_incident_new ();
  g_autoptr(CordonIncident) incident = NULL;
  g_autofree char *key = map_key (spec->id);

  cordon_incident_set_title (draft, spec->title);
  cordon_incident_set_summary (draft, spec->summary);
  cordon_incident_set_category (draft, spec->category);
  cordon_incident_set_severity (draft, spec->severity);
  if (spec->impact != NULL)
    cordon_incident_set_impact (draft, spec->impact);
  cordon_incident_set_exercise (draft, TRUE);
  /* The scheduled time, not the moment the alarm ran, so that the SLA
   * clocks are the same however fast the exercise runs */
  cordon_incident_set_time_usec (draft, CORDON_INCIDENT_TIME_DETECTED, detected);

  incident = cordon_workspace_create_incident (self->workspace, draft, CORDON_EXERCISE_AUTHOR, error);
  if (incident == NULL)
    return NULL;

  if (!cordon_workspace_set_exercise_value (self->workspace, key, cordon_incident_get_key (incident), error))
    return NULL;

  for (guint i = 0; spec->facts != NULL && i < spec->facts->len; i++)
    {
      const CordonScenarioFact *spec_fact = g_ptr_array_index (spec->facts, i);
      g_autoptr(CordonFact) fact = cordon_fact_new ();
      CordonFactKind kind = CORDON_FACT_KIND_OTHER;

      cordon_fact_kind_from_id (spec_fact->kind, &kind);
      cordon_fact_set_kind (fact, kind);
      cordon_fact_set_value (fact, spec_fact->value);
      if (spec_fact->note != NULL)
        cordon_fact_set_source (fact, spec_fact->note);
      if (!cordon_workspace_add_fact (self->workspace, incident, fact, error))
        return NULL;
    }

  return g_steal_pointer (&incident);
}

static gboolean
append_inject_entry (CordonExercise        *self,
                     CordonIncident        *incident,
                     CordonExerciseInject  *inject,
                     CordonJournalKind      kind,
                     const char            *author,
                     const char            *text,
                     GError               **error)
{
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autofree char *payload = g_strdup_printf ("{\"exercise-inject\":%u}", cordon_exercise_inject_get_position (inject));

  entry = cordon_workspace_append_journal (self->workspace, incident, kind, author, text, payload, error);

  return entry != NULL;
}

static gboolean
apply_fact (CordonExercise            *self,
            CordonIncident            *incident,
            CordonExerciseInject      *inject,
            const CordonScenarioFact  *spec,
            GError                   **error)
{
  g_autoptr(CordonFact) fact = cordon_fact_new ();
  g_autofree char *text = NULL;
  CordonFactKind kind = CORDON_FACT_KIND_OTHER;

  cordon_fact_kind_from_id (spec->kind, &kind);
  cordon_fact_set_kind (fact, kind);
  cordon_fact_set_value (fact, spec->value);
  if (spec->note != NULL)
    cordon_fact_set_source (fact, spec->note);
  if (!cordon_workspace_add_fact (self->workspace, incident, fact, error))
    return FALSE;

  /* Translators: a journal entry of an exercise: "New fact (host): FS-02" */
  text = g_strdup_printf (_("New fact (%s): %s"), cordon_fact_kind_to_label (kind), spec->value);
  if (spec->note != NULL)
    {
      g_autofree char *with_note = g_strdup_printf ("%s — %s", text, spec->note);
      g_free (text);
      text = g_steal_pointer (&with_note);
    }

  return append_inject_entry (self, incident, inject, CORDON_JOURNAL_KIND_NOTE, CORDON_EXERCISE_AUTHOR, text, error);
}

static gboolean
apply_question (CordonExercise        *self,
                CordonIncident        *incident,
                CordonExerciseInject  *inject,
                const char            *text,
                const char            *owner,
                GError               **error)
{
  g_autoptr(CordonQuestion) question = cordon_question_new ();
  g_autofree char *entry = NULL;

  cordon_question_set_text (question, text);
  if (owner != NULL)
    cordon_question_set_owner (question, role_name (self, owner));
  if (!cordon_workspace_add_question (self->workspace, incident, question, error))
    return FALSE;

  g_hash_table_insert (self->questions, GUINT_TO_POINTER (cordon_exercise_inject_get_position (inject)),
                       g_memdup2 (&(gint64) { cordon_question_get_id (question) }, sizeof (gint64)));

  /* Translators: a journal entry of an exercise */
  entry = g_strdup_printf (_("New question: %s"), text);
  return append_inject_entry (self, incident, inject, CORDON_JOURNAL_KIND_NOTE, CORDON_EXERCISE_AUTHOR, entry, error);
}

static gboolean
apply_message (CordonExercise        *self,
               CordonIncident        *incident,
               CordonExerciseInject  *inject,
               const char            *from,
               const char            *stakeholder,
               const char            *channel,
               const char            *text,
               GError               **error)
{
  g_autofree char *entry = NULL;

  /* A stakeholder getting in touch is written as a note, not as a
   * communication: that kind means an update the team sent, and counts
   * towards the update deadlines */
  if (channel != NULL)
    /* Translators: a journal entry of an exercise: "Chief executive (phone): Can't we …" */
    entry = g_strdup_printf (_("%s (%s): %s"), from, channel, text);
  else
    entry = g_strdup_printf ("%s: %s", from, text);

  (void) stakeholder;
  return append_inject_entry (self, incident, inject, CORDON_JOURNAL_KIND_NOTE, from, entry, error);
}

static gboolean
apply_action_failed (CordonExercise              *self,
                     CordonIncident              *incident,
                     CordonExerciseInject        *inject,
                     const CordonScenarioInject  *spec,
                     GError                     **error)
{
  g_autoptr(GListModel) plan = cordon_workspace_list_plan (self->workspace, incident, error);
  g_autofree char *text = NULL;
  const char *name = spec->action;

  if (plan == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (plan); i++)
    {
      g_autoptr(CordonPlanAction) action = g_list_model_get_item (plan, i);
      gboolean matches = (spec->strategy != NULL && g_strcmp0 (cordon_plan_action_get_strategy (action), spec->strategy) == 0) ||
                         (spec->action != NULL && g_strcmp0 (cordon_plan_action_get_title (action), spec->action) == 0);

      if (matches && cordon_plan_action_get_status (action) != CORDON_ACTION_STATUS_FAILED)
        return cordon_workspace_set_plan_action_status (self->workspace, action, CORDON_ACTION_STATUS_FAILED,
                                                        spec->what_happened, CORDON_EXERCISE_AUTHOR, error);
    }

  if (spec->strategy != NULL)
    {
      g_autoptr(CordonStrategy) strategy = cordon_workspace_lookup_strategy (self->workspace, spec->strategy, NULL);

      name = g_intern_string (strategy != NULL ? cordon_strategy_get_name (strategy) : spec->strategy);
    }

  /* Translators: a journal entry of an exercise: "Containment action failed: Disable the user account — The account …" */
  text = g_strdup_printf (_("Containment action failed: %s — %s"), name, spec->what_happened);
  return append_inject_entry (self, incident, inject, CORDON_JOURNAL_KIND_NOTE, CORDON_EXERCISE_AUTHOR, text, error);
}

static void arm_responses (CordonExercise       *self,
                           CordonExerciseInject *inject,
                           gint64                delivered_usec);

static gboolean
apply_inject (CordonExercise              *self,
              CordonExerciseInject        *inject,
              const CordonScenarioInject  *spec,
              GError                     **error)
{
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(CordonIncident) opened = NULL;

  if (spec->kind == CORDON_INJECT_INCIDENT)
    {
      opened = open_incident (self, spec->new_incident, now_usec (self), error);
      return opened != NULL;
    }

  incident = lookup_or_first (self, spec->incident);
  if (incident == NULL)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                   _("the incident “%s” is not open"), spec->incident);
      return FALSE;
    }

  switch (spec->kind)
    {
    case CORDON_INJECT_FACT:
      return apply_fact (self, incident, inject, spec->fact, error);
    case CORDON_INJECT_QUESTION:
      return apply_question (self, incident, inject, spec->question, spec->owner, error);
    case CORDON_INJECT_RECLASSIFY:
      return cordon_workspace_reclassify (self->workspace, incident, spec->category, spec->severity,
                                          spec->reason, CORDON_EXERCISE_AUTHOR, error);
    case CORDON_INJECT_MESSAGE:
      return apply_message (self, incident, inject, spec->from, spec->stakeholder, spec->channel, spec->text, error);
    case CORDON_INJECT_ACTION_FAILED:
      return apply_action_failed (self, incident, inject, spec, error);
    case CORDON_INJECT_INCIDENT:
    default:
      g_assert_not_reached ();
    }
}

/* A manual inject is kept as scenario JSON; only the kinds the console
 * offers are read back */
static CordonScenarioInject *
manual_spec (CordonExerciseInject *inject)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  CordonScenarioInject *spec = g_new0 (CordonScenarioInject, 1);
  JsonObject *object;

  if (!json_parser_load_from_data (parser, cordon_exercise_inject_get_document (inject), -1, NULL))
    return spec;

  object = json_node_get_object (json_parser_get_root (parser));
  cordon_inject_kind_from_id (json_object_get_string_member_with_default (object, "kind", "fact"), &spec->kind);
  spec->incident = g_strdup (json_object_get_string_member_with_default (object, "incident", NULL));
  spec->question = g_strdup (json_object_get_string_member_with_default (object, "question", NULL));
  spec->from = g_strdup (json_object_get_string_member_with_default (object, "from", NULL));
  spec->stakeholder = g_strdup (json_object_get_string_member_with_default (object, "stakeholder", NULL));
  spec->text = g_strdup (json_object_get_string_member_with_default (object, "text", NULL));
  if (json_object_has_member (object, "fact"))
    {
      JsonObject *fact = json_object_get_object_member (object, "fact");

      spec->fact = g_new0 (CordonScenarioFact, 1);
      spec->fact->kind = g_strdup (json_object_get_string_member_with_default (fact, "kind", "other"));
      spec->fact->value = g_strdup (json_object_get_string_member_with_default (fact, "value", ""));
    }

  return spec;
}

static void
manual_spec_free (CordonScenarioInject *spec)
{
  if (spec->fact != NULL)
    {
      g_free (spec->fact->kind);
      g_free (spec->fact->value);
      g_free (spec->fact);
    }
  g_free (spec->incident);
  g_free (spec->question);
  g_free (spec->from);
  g_free (spec->stakeholder);
  g_free (spec->text);
  g_free (spec);
}

static gboolean
deliver (CordonExercise        *self,
         CordonExerciseInject  *inject,
         gint64                 offset,
         GError               **error)
{
  g_autoptr(GError) local_error = NULL;
  int index = cordon_exercise_inject_get_scenario_index (inject);
  guint alarm_id;
  gboolean applied;

  alarm_id = GPOINTER_TO_UINT (g_hash_table_lookup (self->alarms, inject));
  if (alarm_id != 0)
    {
      g_hash_table_remove (self->alarms, inject);
      cordon_clock_remove_alarm (CORDON_CLOCK (self->clock), alarm_id);
    }

  if (index >= 0)
    applied = apply_inject (self, inject, g_ptr_array_index (cordon_scenario_get_injects (self->scenario), index),
                            &local_error);
  else
    {
      CordonScenarioInject *spec = manual_spec (inject);

      applied = apply_inject (self, inject, spec, &local_error);
      manual_spec_free (spec);
    }

  if (!applied)
    add_problem (self, cordon_exercise_inject_get_summary (inject), local_error);

  cordon_exercise_inject_set_delivered (inject, offset);
  cordon_exercise_inject_set_status (inject, CORDON_INJECT_STATUS_DELIVERED);
  if (!cordon_workspace_store_exercise_inject (self->workspace, inject, error))
    return FALSE;

  if (self->play_responses && index >= 0)
    arm_responses (self, inject, self->start_usec + offset);

  g_signal_emit (self, signals[SIGNAL_INJECT_DELIVERED], 0, inject);

  return TRUE;
}

static void
on_inject_alarm (CordonClock *clock,
                 gpointer     user_data)
{
  CordonExerciseInject *inject = user_data;
  CordonExercise *self = g_object_get_data (G_OBJECT (inject), "cordon-exercise");
  g_autoptr(GError) error = NULL;

  g_hash_table_remove (self->alarms, inject);

  /* Delivered on time: at its own offset, however late the alarm ran */
  if (!deliver (self, inject, cordon_exercise_inject_get_at (inject), &error))
    g_warning ("Could not record the inject: %s", error->message);
}

/* Scripted responses ------------------------------------------------- */

static gboolean
apply_response (CordonExercise                *self,
                CordonExerciseInject          *inject,
                const CordonScenarioResponse  *response,
                GError                       **error)
{
  const char *inject_incident = cordon_exercise_inject_get_incident (inject);
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  const char *who = role_name (self, response->by);

  incident = lookup_or_first (self, response->incident != NULL ? response->incident : inject_incident);
  if (incident == NULL)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                   _("the incident “%s” is not open"), response->incident);
      return FALSE;
    }

  switch (response->kind)
    {
    case CORDON_RESPONSE_ACKNOWLEDGE:
      if (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED) == 0)
        {
          cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED, now_usec (self));
          if (!cordon_workspace_save_incident (self->workspace, incident, error))
            return FALSE;
        }
      entry = cordon_workspace_append_journal (self->workspace, incident, CORDON_JOURNAL_KIND_STATUS_UPDATE, who,
                                               response->text != NULL ? response->text : _("Acknowledged"),
                                               NULL, error);
      return entry != NULL;

    case CORDON_RESPONSE_MOVE:
      {
        CordonPhase phase;

        if (!cordon_phase_from_id (response->phase, &phase))
          {
            g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                         _("unknown phase “%s”"), response->phase);
            return FALSE;
          }
        return cordon_workspace_move_incident (self->workspace, incident, phase, response->reason, who, error);
      }

    case CORDON_RESPONSE_PLAN:
      {
        g_autoptr(CordonPlanAction) action = cordon_plan_action_new ();
        g_autofree char *text = NULL;

        if (response->strategy != NULL)
          cordon_plan_action_set_strategy (action, response->strategy);
        else
          cordon_plan_action_set_title (action, response->action);
        cordon_plan_action_set_owner (action, who);
        if (response->text != NULL)
          cordon_plan_action_set_notes (action, response->text);
        if (!cordon_workspace_add_plan_action (self->workspace, incident, action, error))
          return FALSE;

        /* Translators: a journal entry: a containment action was planned */
        text = g_strdup_printf (_("Added to the containment plan: %s"), cordon_plan_action_get_title (action));
        entry = cordon_workspace_append_journal (self->workspace, incident, CORDON_JOURNAL_KIND_NOTE, who,
                                                 text, NULL, error);
        return entry != NULL;
      }

    case CORDON_RESPONSE_COMMUNICATE:
      {
        g_autoptr(GListModel) groups = cordon_workspace_list_groups (self->workspace, NULL);
        g_autofree char *payload = NULL;
        g_autofree char *escaped = NULL;
        const char *slug = "";
        CordonGroupKind kind;

        if (groups != NULL && cordon_group_kind_from_id (response->group, &kind))
          {
            for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
              {
                g_autoptr(CordonGroup) group = g_list_model_get_item (groups, i);

                if (cordon_group_get_kind (group) == kind)
                  {
                    slug = g_intern_string (cordon_group_get_slug (group));
                    break;
                  }
              }
          }

        escaped = g_strescape (slug, NULL);
        payload = g_strdup_printf ("{\"group\":\"%s\"}", escaped);
        entry = cordon_workspace_append_journal (self->workspace, incident, CORDON_JOURNAL_KIND_COMMUNICATION, who,
                                                 response->text, payload, error);
        return entry != NULL;
      }

    case CORDON_RESPONSE_RECLASSIFY:
      return cordon_workspace_reclassify (self->workspace, incident, response->category, response->severity,
                                          response->reason, who, error);

    case CORDON_RESPONSE_ANSWER:
      {
        gint64 *question_id = g_hash_table_lookup (self->questions,
                                                   GUINT_TO_POINTER (cordon_exercise_inject_get_position (inject)));
        g_autoptr(GListModel) questions = cordon_workspace_list_questions (self->workspace, incident, error);
        g_autofree char *text = NULL;

        if (questions == NULL)
          return FALSE;

        for (guint i = 0; question_id != NULL && i < g_list_model_get_n_items (questions); i++)
          {
            g_autoptr(CordonQuestion) question = g_list_model_get_item (questions, i);

            if (cordon_question_get_id (question) != *question_id)
              continue;

            cordon_question_set_answer (question, response->text);
            cordon_question_set_status (question, CORDON_QUESTION_STATUS_ANSWERED);
            if (!cordon_workspace_update_question (self->workspace, question, error))
              return FALSE;
          }

        /* Translators: a journal entry: the answer to an open question */
        text = g_strdup_printf (_("Answer: %s"), response->text);
        entry = cordon_workspace_append_journal (self->workspace, incident, CORDON_JOURNAL_KIND_NOTE, who,
                                                 text, NULL, error);
        return entry != NULL;
      }

    case CORDON_RESPONSE_DECISION:
      entry = cordon_workspace_append_journal (self->workspace, incident, CORDON_JOURNAL_KIND_DECISION, who,
                                               response->text, NULL, error);
      return entry != NULL;

    case CORDON_RESPONSE_NOTE:
    default:
      entry = cordon_workspace_append_journal (self->workspace, incident, CORDON_JOURNAL_KIND_NOTE, who,
                                               response->text, NULL, error);
      return entry != NULL;
    }
}

static void
on_response_alarm (CordonClock *clock,
                   gpointer     user_data)
{
  PendingResponse *pending = user_data;
  CordonExercise *self = pending->exercise;
  g_autoptr(GError) error = NULL;

  pending->alarm_id = 0;
  if (!apply_response (self, pending->inject, pending->response, &error))
    {
      g_autofree char *what = g_strdup_printf (_("Scripted %s by %s"), cordon_response_kind_to_id (pending->response->kind),
                                               role_name (self, pending->response->by));
      add_problem (self, what, error);
    }

  g_ptr_array_remove (self->responses, pending);
}

static void
arm_responses (CordonExercise       *self,
               CordonExerciseInject *inject,
               gint64                delivered_usec)
{
  const CordonScenarioInject *spec = g_ptr_array_index (cordon_scenario_get_injects (self->scenario),
                                                        cordon_exercise_inject_get_scenario_index (inject));

  for (guint i = 0; spec->responses != NULL && i < spec->responses->len; i++)
    {
      PendingResponse *pending = g_new0 (PendingResponse, 1);

      pending->exercise = self;
      pending->inject = g_object_ref (inject);
      pending->response = g_ptr_array_index (spec->responses, i);
      pending->usec = delivered_usec + pending->response->after;
      g_ptr_array_add (self->responses, pending);
      pending->alarm_id = cordon_clock_add_alarm (CORDON_CLOCK (self->clock), pending->usec,
                                                  on_response_alarm, pending, NULL);
    }
}

/* The object -------------------------------------------------------- */

static void
cordon_exercise_dispose (GObject *object)
{
  CordonExercise *self = CORDON_EXERCISE (object);

  if (self->clock != NULL)
    {
      GHashTableIter iter;
      gpointer alarm_id;

      g_hash_table_iter_init (&iter, self->alarms);
      while (g_hash_table_iter_next (&iter, NULL, &alarm_id))
        cordon_clock_remove_alarm (CORDON_CLOCK (self->clock), GPOINTER_TO_UINT (alarm_id));
      g_hash_table_remove_all (self->alarms);

      for (guint i = 0; i < self->responses->len; i++)
        {
          PendingResponse *pending = g_ptr_array_index (self->responses, i);

          if (pending->alarm_id != 0)
            cordon_clock_remove_alarm (CORDON_CLOCK (self->clock), pending->alarm_id);
          pending->alarm_id = 0;
        }
      g_ptr_array_set_size (self->responses, 0);
    }

  g_clear_object (&self->scheduler);
  g_clear_object (&self->workspace);
  g_clear_object (&self->clock);
  g_clear_object (&self->scenario);
  g_clear_object (&self->injects);

  G_OBJECT_CLASS (cordon_exercise_parent_class)->dispose (object);
}

static void
cordon_exercise_finalize (GObject *object)
{
  CordonExercise *self = CORDON_EXERCISE (object);

  g_clear_pointer (&self->alarms, g_hash_table_unref);
  g_clear_pointer (&self->responses, g_ptr_array_unref);
  g_clear_pointer (&self->questions, g_hash_table_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (cordon_exercise_parent_class)->finalize (object);
}

static void
cordon_exercise_class_init (CordonExerciseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cordon_exercise_dispose;
  object_class->finalize = cordon_exercise_finalize;

  signals[SIGNAL_INJECT_DELIVERED] =
    g_signal_new ("inject-delivered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, CORDON_TYPE_EXERCISE_INJECT);
  signals[SIGNAL_STATE_CHANGED] =
    g_signal_new ("state-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
cordon_exercise_init (CordonExercise *self)
{
  self->injects = g_list_store_new (CORDON_TYPE_EXERCISE_INJECT);
  self->alarms = g_hash_table_new (NULL, NULL);
  self->responses = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_response_free);
  self->questions = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->problems = g_ptr_array_new_with_free_func (g_free);
  self->end_offset = -1;
}

static char *
summarize_inject (CordonExercise             *self,
                  const CordonScenarioInject *inject)
{
  switch (inject->kind)
    {
    case CORDON_INJECT_FACT:
      /* Translators: an inject in the facilitator's queue */
      return g_strdup_printf (_("New fact: %s"), inject->fact->value);
    case CORDON_INJECT_QUESTION:
      return g_strdup_printf (_("New question: %s"), inject->question);
    case CORDON_INJECT_RECLASSIFY:
      return g_strdup_printf (_("Reclassified: %s"), inject->reason);
    case CORDON_INJECT_INCIDENT:
      return g_strdup_printf (_("New incident: %s"), inject->new_incident->title);
    case CORDON_INJECT_MESSAGE:
      return g_strdup_printf (_("%s: %s"), inject->from, inject->text);
    case CORDON_INJECT_ACTION_FAILED:
      return g_strdup_printf (_("Action failed: %s"), inject->what_happened);
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
arm_inject (CordonExercise       *self,
            CordonExerciseInject *inject)
{
  guint alarm_id;

  g_object_set_data (G_OBJECT (inject), "cordon-exercise", self);
  alarm_id = cordon_clock_add_alarm (CORDON_CLOCK (self->clock),
                                     self->start_usec + cordon_exercise_inject_get_at (inject),
                                     on_inject_alarm, g_object_ref (inject), g_object_unref);
  g_hash_table_insert (self->alarms, inject, GUINT_TO_POINTER (alarm_id));
}

CordonExercise *
cordon_exercise_new (GBytes       *scenario_json,
                     const char   *name,
                     const char   *path,
                     CordonClock  *base,
                     GError      **error)
{
  g_autoptr(CordonExercise) self = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *json = NULL;
  g_autofree char *start_text = NULL;
  GPtrArray *incidents;
  GPtrArray *injects;

  g_return_val_if_fail (scenario_json != NULL, NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (CORDON_IS_CLOCK (base), NULL);

  self = g_object_new (CORDON_TYPE_EXERCISE, NULL);
  self->scenario = cordon_scenario_new_from_bytes (scenario_json, name, error);
  if (self->scenario == NULL)
    return NULL;

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_IO,
                   _("%s already exists; an exercise starts in a new file"), path);
      return NULL;
    }

  if (cordon_scenario_get_start (self->scenario) != NULL)
    start = g_date_time_ref (cordon_scenario_get_start (self->scenario));
  else
    {
      gint64 now = cordon_clock_now_usec (base);

      start = cordon_time_to_date_time (now - now % CORDON_SCENARIO_MINUTE);
    }
  self->start_usec = cordon_time_from_date_time (start);
  self->clock = cordon_exercise_clock_new (base, start);

  self->workspace = cordon_workspace_new (path, CORDON_CLOCK (self->clock), NULL, error);
  if (self->workspace == NULL)
    return NULL;

  json = g_strndup (g_bytes_get_data (scenario_json, NULL), g_bytes_get_size (scenario_json));
  start_text = cordon_time_to_iso8601_compact (self->start_usec);
  if (!cordon_workspace_set_exercise_value (self->workspace, "scenario", json, error) ||
      !cordon_workspace_set_exercise_value (self->workspace, "title", cordon_scenario_get_title (self->scenario), error) ||
      !cordon_workspace_set_exercise_value (self->workspace, "start", start_text, error) ||
      !cordon_workspace_set_exercise_value (self->workspace, "state", "ready", error))
    return NULL;

  incidents = cordon_scenario_get_incidents (self->scenario);
  for (guint i = 0; i < incidents->len; i++)
    {
      g_autoptr(CordonIncident) incident = open_incident (self, g_ptr_array_index (incidents, i),
                                                          self->start_usec, error);
      if (incident == NULL)
        return NULL;
    }

  injects = cordon_scenario_get_injects (self->scenario);
  for (guint i = 0; i < injects->len; i++)
    {
      const CordonScenarioInject *spec = g_ptr_array_index (injects, i);
      g_autofree char *summary = summarize_inject (self, spec);
      g_autoptr(CordonExerciseInject) inject = NULL;

      inject = cordon_exercise_inject_new (i, i, spec->at, cordon_inject_kind_to_id (spec->kind),
                                           spec->kind == CORDON_INJECT_INCIDENT ? spec->new_incident->id : spec->incident,
                                           summary);
      if (!cordon_workspace_store_exercise_inject (self->workspace, inject, error))
        return NULL;
      g_list_store_append (self->injects, inject);
    }

  self->scheduler = cordon_sla_scheduler_new (self->workspace, CORDON_CLOCK (self->clock));

  return g_steal_pointer (&self);
}

static gint64
stored_int (CordonWorkspace *workspace,
            const char      *key,
            gint64           fallback)
{
  g_autofree char *text = cordon_workspace_get_exercise_value (workspace, key, NULL);
  gint64 value;

  if (text == NULL || !g_ascii_string_to_signed (text, 10, 0, G_MAXINT64, &value, NULL))
    return fallback;

  return value;
}

CordonExercise *
cordon_exercise_open (const char   *path,
                      CordonClock  *base,
                      GError      **error)
{
  g_autoptr(CordonExercise) self = NULL;
  g_autoptr(GListModel) stored = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autofree char *scenario_text = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *state_text = NULL;
  g_autofree char *play = NULL;
  GListModel *incidents;
  gint64 offset;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (CORDON_IS_CLOCK (base), NULL);

  /* What the file says of itself first, on the base clock: the exercise
   * clock it is then opened on starts where the exercise began */
  {
    g_autoptr(CordonWorkspace) probe = cordon_workspace_new (path, base, NULL, error);

    if (probe == NULL)
      return NULL;
    if (!cordon_workspace_is_exercise (probe) ||
        !(scenario_text = cordon_workspace_get_exercise_value (probe, "scenario", NULL)) ||
        !(start_text = cordon_workspace_get_exercise_value (probe, "start", NULL)))
      {
        g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                     _("%s is not a Cordon exercise"), path);
        return NULL;
      }
  }

  self = g_object_new (CORDON_TYPE_EXERCISE, NULL);
  length = strlen (scenario_text);
  json = g_bytes_new_take (g_steal_pointer (&scenario_text), length);
  if (!(self->scenario = cordon_scenario_new_from_bytes (json, path, error)))
    return NULL;
  if (!cordon_time_parse_iso8601 (start_text, &self->start_usec))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("%s: the exercise's start “%s” is not a time"), path, start_text);
      return NULL;
    }

  start = cordon_time_to_date_time (self->start_usec);
  self->clock = cordon_exercise_clock_new (base, start);
  if (!(self->workspace = cordon_workspace_new (path, CORDON_CLOCK (self->clock), NULL, error)) ||
      !(stored = cordon_workspace_list_exercise_injects (self->workspace, error)))
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (stored); i++)
    {
      g_autoptr(CordonExerciseInject) inject = g_list_model_get_item (stored, i);
      g_list_store_append (self->injects, inject);
    }

  /* The clock goes back to where the exercise stood: the offset kept at
   * its last pause, or later if something happened after it (the last
   * inject delivered, the last change to an incident) */
  offset = stored_int (self->workspace, "offset", 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->injects)); i++)
    {
      g_autoptr(CordonExerciseInject) inject = g_list_model_get_item (G_LIST_MODEL (self->injects), i);

      if (cordon_exercise_inject_get_status (inject) == CORDON_INJECT_STATUS_DELIVERED)
        offset = MAX (offset, cordon_exercise_inject_get_delivered (inject));
    }
  incidents = cordon_workspace_get_incidents (self->workspace);
  for (guint i = 0; i < g_list_model_get_n_items (incidents); i++)
    {
      g_autoptr(CordonIncident) incident = g_list_model_get_item (incidents, i);

      offset = MAX (offset, cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_UPDATED) - self->start_usec);
    }
  self->end_offset = stored_int (self->workspace, "end-offset", -1);
  play = cordon_workspace_get_exercise_value (self->workspace, "play-responses", NULL);
  self->play_responses = g_strcmp0 (play, "true") == 0;

  self->scheduler = cordon_sla_scheduler_new (self->workspace, CORDON_CLOCK (self->clock));

  state_text = cordon_workspace_get_exercise_value (self->workspace, "state", NULL);
  if (g_strcmp0 (state_text, "ready") == 0)
    {
      self->state = CORDON_EXERCISE_STATE_READY;
      return g_steal_pointer (&self);
    }

  /* Started before: it reopens paused where it stood (ended, it stays
   * ended), with its SLA clocks and the injects still pending armed */
  cordon_exercise_clock_start (self->clock, start);
  cordon_exercise_clock_pause (self->clock);
  cordon_exercise_clock_jump_to_usec (self->clock, self->start_usec + MAX (offset, 0));
  if (!cordon_sla_scheduler_start (self->scheduler, error))
    return NULL;

  if (g_strcmp0 (state_text, "ended") == 0)
    {
      self->state = CORDON_EXERCISE_STATE_ENDED;
      return g_steal_pointer (&self);
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->injects)); i++)
    {
      g_autoptr(CordonExerciseInject) inject = g_list_model_get_item (G_LIST_MODEL (self->injects), i);

      if (cordon_exercise_inject_get_status (inject) == CORDON_INJECT_STATUS_PENDING)
        arm_inject (self, inject);
    }
  self->state = CORDON_EXERCISE_STATE_PAUSED;

  return g_steal_pointer (&self);
}

GBytes *
cordon_exercise_load_shipped (const char  *id,
                              GError     **error)
{
  g_autofree char *path = NULL;
  GBytes *bytes = NULL;

  g_return_val_if_fail (id != NULL, NULL);

  path = g_strdup_printf ("scenarios/%s.json", id);
  if (strchr (id, '/') != NULL || (bytes = cordon_data_lookup (path, NULL)) == NULL)
    g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_IO, _("no shipped scenario “%s”"), id);

  return bytes;
}

char *
cordon_exercise_dup_default_path (const char *scenario_title,
                                  GDateTime  *now)
{
  g_autoptr(GString) slug = g_string_new (NULL);
  g_autofree char *date = g_date_time_format (now, "%Y-%m-%d-%H%M%S");
  g_autofree char *name = NULL;

  for (const char *p = scenario_title; *p != '\0' && slug->len < 48; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 128 && g_ascii_isalnum (c))
        g_string_append_c (slug, g_ascii_tolower (c));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_append (slug, "exercise");

  name = g_strdup_printf ("%s-%s.cordon", slug->str, date);

  return g_build_filename (g_get_user_data_dir (), "cordon", "exercises", name, NULL);
}

CordonScenario *
cordon_exercise_get_scenario (CordonExercise *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE (self), NULL);
  return self->scenario;
}

CordonWorkspace *
cordon_exercise_get_workspace (CordonExercise *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE (self), NULL);
  return self->workspace;
}

CordonExerciseClock *
cordon_exercise_get_clock (CordonExercise *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE (self), NULL);
  return self->clock;
}

CordonSlaScheduler *
cordon_exercise_get_sla_scheduler (CordonExercise *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE (self), NULL);
  return self->scheduler;
}

CordonExerciseState
cordon_exercise_get_state (CordonExercise *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE (self), CORDON_EXERCISE_STATE_READY);
  return self->state;
}

gint64
cordon_exercise_get_start_usec (CordonExercise *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE (self), 0);
  return self->start_usec;
}

gint64
cordon_exercise_get_offset (CordonExercise *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE (self), 0);

  if (self->state == CORDON_EXERCISE_STATE_ENDED)
    return self->end_offset;

  return now_usec (self) - self->start_usec;
}

GListModel *
cordon_exercise_get_injects (CordonExercise *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE (self), NULL);
  return G_LIST_MODEL (self->injects);
}

void
cordon_exercise_set_play_responses (CordonExercise *self,
                                    gboolean        play)
{
  g_return_if_fail (CORDON_IS_EXERCISE (self));

  self->play_responses = !!play;
  cordon_workspace_set_exercise_value (self->workspace, "play-responses", play ? "true" : "false", NULL);
}

gboolean
cordon_exercise_get_play_responses (CordonExercise *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE (self), FALSE);
  return self->play_responses;
}

gboolean
cordon_exercise_start (CordonExercise  *self,
                       GError         **error)
{
  g_autoptr(GDateTime) start = NULL;

  g_return_val_if_fail (CORDON_IS_EXERCISE (self), FALSE);
  g_return_val_if_fail (self->state == CORDON_EXERCISE_STATE_READY, FALSE);

  if (!cordon_sla_scheduler_start (self->scheduler, error))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->injects)); i++)
    {
      g_autoptr(CordonExerciseInject) inject = g_list_model_get_item (G_LIST_MODEL (self->injects), i);

      if (cordon_exercise_inject_get_status (inject) == CORDON_INJECT_STATUS_PENDING)
        arm_inject (self, inject);
    }

  set_state (self, CORDON_EXERCISE_STATE_RUNNING);
  start = cordon_time_to_date_time (self->start_usec);
  cordon_exercise_clock_start (self->clock, start);

  return TRUE;
}

void
cordon_exercise_pause (CordonExercise *self)
{
  g_return_if_fail (CORDON_IS_EXERCISE (self));

  if (self->state != CORDON_EXERCISE_STATE_RUNNING)
    return;

  cordon_exercise_clock_pause (self->clock);
  set_state (self, CORDON_EXERCISE_STATE_PAUSED);
}

void
cordon_exercise_resume (CordonExercise *self)
{
  g_return_if_fail (CORDON_IS_EXERCISE (self));

  if (self->state != CORDON_EXERCISE_STATE_PAUSED)
    return;

  cordon_exercise_clock_resume (self->clock);
  set_state (self, CORDON_EXERCISE_STATE_RUNNING);
}

void
cordon_exercise_set_speed (CordonExercise *self,
                           guint           speed)
{
  g_return_if_fail (CORDON_IS_EXERCISE (self));

  cordon_exercise_clock_set_speed (self->clock, speed);
}

gboolean
cordon_exercise_get_next_event (CordonExercise *self,
                                gint64         *out_usec)
{
  gint64 next = G_MAXINT64;

  g_return_val_if_fail (CORDON_IS_EXERCISE (self), FALSE);

  if (self->state == CORDON_EXERCISE_STATE_ENDED)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->injects)); i++)
    {
      g_autoptr(CordonExerciseInject) inject = g_list_model_get_item (G_LIST_MODEL (self->injects), i);

      if (cordon_exercise_inject_get_status (inject) == CORDON_INJECT_STATUS_PENDING)
        next = MIN (next, self->start_usec + cordon_exercise_inject_get_at (inject));
    }

  for (guint i = 0; i < self->responses->len; i++)
    next = MIN (next, ((PendingResponse *) g_ptr_array_index (self->responses, i))->usec);

  if (next == G_MAXINT64)
    return FALSE;

  if (out_usec != NULL)
    *out_usec = next;

  return TRUE;
}

gboolean
cordon_exercise_jump_to_next (CordonExercise *self)
{
  gint64 next;

  g_return_val_if_fail (CORDON_IS_EXERCISE (self), FALSE);

  if (self->state == CORDON_EXERCISE_STATE_READY || !cordon_exercise_get_next_event (self, &next))
    return FALSE;

  /* Already due (its alarm waits for an idle): deliver it now */
  cordon_exercise_clock_jump_to_usec (self->clock, MAX (next, now_usec (self)));

  return TRUE;
}

gboolean
cordon_exercise_deliver_now (CordonExercise        *self,
                             CordonExerciseInject  *inject,
                             GError               **error)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_EXERCISE_INJECT (inject), FALSE);

  if (self->state == CORDON_EXERCISE_STATE_READY || self->state == CORDON_EXERCISE_STATE_ENDED ||
      cordon_exercise_inject_get_status (inject) != CORDON_INJECT_STATUS_PENDING)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED,
                   _("Only a pending inject of a running exercise can be delivered"));
      return FALSE;
    }

  return deliver (self, inject, MAX (0, now_usec (self) - self->start_usec), error);
}

gboolean
cordon_exercise_skip (CordonExercise        *self,
                      CordonExerciseInject  *inject,
                      GError               **error)
{
  guint alarm_id;

  g_return_val_if_fail (CORDON_IS_EXERCISE (self), FALSE);
  g_return_val_if_fail (CORDON_IS_EXERCISE_INJECT (inject), FALSE);

  if (cordon_exercise_inject_get_status (inject) != CORDON_INJECT_STATUS_PENDING)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED,
                   _("Only a pending inject can be skipped"));
      return FALSE;
    }

  alarm_id = GPOINTER_TO_UINT (g_hash_table_lookup (self->alarms, inject));
  if (alarm_id != 0)
    {
      g_hash_table_remove (self->alarms, inject);
      cordon_clock_remove_alarm (CORDON_CLOCK (self->clock), alarm_id);
    }

  cordon_exercise_inject_set_status (inject, CORDON_INJECT_STATUS_SKIPPED);

  return cordon_workspace_store_exercise_inject (self->workspace, inject, error);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

CordonExerciseInject *
cordon_exercise_add_manual_inject (CordonExercise    *self,
                                   CordonInjectKind   kind,
                                   const char        *incident,
                                   const char        *from,
                                   const char        *text,
                                   GError           **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(CordonExerciseInject) inject = NULL;
  g_autofree char *document = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(CordonIncident) target = NULL;
  gint64 offset;
  guint position;

  g_return_val_if_fail (CORDON_IS_EXERCISE (self), NULL);

  if (self->state == CORDON_EXERCISE_STATE_READY || self->state == CORDON_EXERCISE_STATE_ENDED)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED,
                   _("Start the exercise before adding injects"));
      return NULL;
    }
  if (kind != CORDON_INJECT_FACT && kind != CORDON_INJECT_QUESTION && kind != CORDON_INJECT_MESSAGE)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   _("A manual inject is a fact, a question or a message"));
      return NULL;
    }
  if (is_blank (text) ||
      (kind == CORDON_INJECT_MESSAGE && (from == NULL || from[0] == '\0')))
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                   kind == CORDON_INJECT_MESSAGE ? _("A message needs who it is from and what they say")
                                                 : _("The inject needs a text"));
      return NULL;
    }
  if ((target = cordon_exercise_lookup_incident (self, incident)) == NULL)
    {
      g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND,
                   _("the incident “%s” is not open"), incident != NULL ? incident : "");
      return NULL;
    }

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, cordon_inject_kind_to_id (kind));
  json_builder_set_member_name (builder, "incident");
  json_builder_add_string_value (builder, incident);
  switch (kind)
    {
    case CORDON_INJECT_FACT:
      json_builder_set_member_name (builder, "fact");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, "other");
      json_builder_set_member_name (builder, "value");
      json_builder_add_string_value (builder, text);
      json_builder_end_object (builder);
      summary = g_strdup_printf (_("New fact: %s"), text);
      break;
    case CORDON_INJECT_QUESTION:
      json_builder_set_member_name (builder, "question");
      json_builder_add_string_value (builder, text);
      summary = g_strdup_printf (_("New question: %s"), text);
      break;
    case CORDON_INJECT_MESSAGE:
    default:
      json_builder_set_member_name (builder, "from");
      json_builder_add_string_value (builder, from);
      json_builder_set_member_name (builder, "stakeholder");
      json_builder_add_string_value (builder, "other");
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, text);
      summary = g_strdup_printf ("%s: %s", from, text);
      break;
    }
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  document = json_generator_to_data (generator, NULL);

  offset = MAX (0, now_usec (self) - self->start_usec);
  position = g_list_model_get_n_items (G_LIST_MODEL (self->injects));
  inject = cordon_exercise_inject_new (position, -1, offset - offset % CORDON_SCENARIO_MINUTE,
                                       cordon_inject_kind_to_id (kind), incident, summary);
  cordon_exercise_inject_set_document (inject, document);
  g_list_store_append (self->injects, inject);

  if (!deliver (self, inject, offset, error))
    return NULL;

  return inject;
}

const CordonScenarioModule *
cordon_exercise_get_current_module (CordonExercise *self)
{
  GPtrArray *modules;
  const CordonScenarioModule *current;
  gint64 offset;

  g_return_val_if_fail (CORDON_IS_EXERCISE (self), NULL);

  modules = cordon_scenario_get_modules (self->scenario);
  current = g_ptr_array_index (modules, 0);
  offset = cordon_exercise_get_offset (self);

  for (guint i = 1; i < modules->len; i++)
    {
      const CordonScenarioModule *module = g_ptr_array_index (modules, i);

      if (module->starts_at >= 0 && module->starts_at <= offset)
        current = module;
    }

  return current;
}

char *
cordon_exercise_get_notes (CordonExercise *self)
{
  char *notes;

  g_return_val_if_fail (CORDON_IS_EXERCISE (self), NULL);

  notes = cordon_workspace_get_exercise_value (self->workspace, "notes", NULL);

  return notes != NULL ? notes : g_strdup ("");
}

gboolean
cordon_exercise_set_notes (CordonExercise  *self,
                           const char      *notes,
                           GError         **error)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE (self), FALSE);

  return cordon_workspace_set_exercise_value (self->workspace, "notes", notes != NULL ? notes : "", error);
}

GPtrArray *
cordon_exercise_get_problems (CordonExercise *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE (self), NULL);
  return self->problems;
}

gboolean
cordon_exercise_end (CordonExercise  *self,
                     GError         **error)
{
  g_autofree char *end = NULL;

  g_return_val_if_fail (CORDON_IS_EXERCISE (self), FALSE);

  if (self->state == CORDON_EXERCISE_STATE_ENDED)
    return TRUE;

  self->end_offset = MAX (0, now_usec (self) - self->start_usec);
  cordon_exercise_clock_pause (self->clock);

  for (guint i = 0; i < self->responses->len; i++)
    {
      PendingResponse *pending = g_ptr_array_index (self->responses, i);

      if (pending->alarm_id != 0)
        cordon_clock_remove_alarm (CORDON_CLOCK (self->clock), pending->alarm_id);
      pending->alarm_id = 0;
    }
  g_ptr_array_set_size (self->responses, 0);

  end = g_strdup_printf ("%" G_GINT64_FORMAT, self->end_offset);
  if (!cordon_workspace_set_exercise_value (self->workspace, "end-offset", end, error))
    return FALSE;

  set_state (self, CORDON_EXERCISE_STATE_ENDED);

  return TRUE;
}
