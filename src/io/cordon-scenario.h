/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-scenario.h: a tabletop exercise scenario, read and validated
 * from its JSON file (docs/scenario-format.md).
 */

#pragma once

#include <gio/gio.h>

#include "cordon-io-error.h"

G_BEGIN_DECLS

#define CORDON_SCENARIO_FORMAT_ID      "cordon-scenario"
#define CORDON_SCENARIO_FORMAT_VERSION 1

/* Offsets are kept in microseconds, like every other time in Cordon. */
#define CORDON_SCENARIO_MINUTE (G_GINT64_CONSTANT (60) * G_USEC_PER_SEC)

/**
 * CordonInjectKind:
 * @CORDON_INJECT_FACT: `fact`: a new fact about an incident
 * @CORDON_INJECT_QUESTION: `question`: a new open question on an incident
 * @CORDON_INJECT_RECLASSIFY: `reclassify`: an incident's severity and/or
 *   category changes, for a reason
 * @CORDON_INJECT_INCIDENT: `incident`: a new incident opens
 * @CORDON_INJECT_MESSAGE: `message`: a stakeholder gets in touch
 * @CORDON_INJECT_ACTION_FAILED: `action-failed`: a containment action
 *   does not work
 *
 * What an inject brings into the exercise.
 */
typedef enum
{
  CORDON_INJECT_FACT,
  CORDON_INJECT_QUESTION,
  CORDON_INJECT_RECLASSIFY,
  CORDON_INJECT_INCIDENT,
  CORDON_INJECT_MESSAGE,
  CORDON_INJECT_ACTION_FAILED,
} CordonInjectKind;

/**
 * CordonResponseKind:
 * @CORDON_RESPONSE_NOTE: `note`: a journal note
 * @CORDON_RESPONSE_ACKNOWLEDGE: `acknowledge`: the incident is acknowledged
 * @CORDON_RESPONSE_MOVE: `move`: the incident moves to another phase
 * @CORDON_RESPONSE_PLAN: `plan`: a containment action is added to the plan
 * @CORDON_RESPONSE_COMMUNICATE: `communicate`: an update is sent to a group
 * @CORDON_RESPONSE_RECLASSIFY: `reclassify`: the team reclassifies
 * @CORDON_RESPONSE_ANSWER: `answer`: the inject's question is answered
 * @CORDON_RESPONSE_DECISION: `decision`: a decision is recorded
 *
 * A scripted move of the team, so that a scenario can run unattended.
 */
typedef enum
{
  CORDON_RESPONSE_NOTE,
  CORDON_RESPONSE_ACKNOWLEDGE,
  CORDON_RESPONSE_MOVE,
  CORDON_RESPONSE_PLAN,
  CORDON_RESPONSE_COMMUNICATE,
  CORDON_RESPONSE_RECLASSIFY,
  CORDON_RESPONSE_ANSWER,
  CORDON_RESPONSE_DECISION,
} CordonResponseKind;

/**
 * CordonScenarioFact:
 * @kind: a fact kind id (`host`, `ip`, `user`, …)
 * @value: the observable
 * @note: (nullable): context
 */
typedef struct
{
  char *kind;
  char *value;
  char *note;
} CordonScenarioFact;

/**
 * CordonScenarioRole:
 * @id: the scenario-local id that responses and questions name
 * @name: who plays it, or the position ("Incident lead")
 * @role: what they are expected to do in the exercise
 * @group: (nullable): the group kind id the role belongs to
 */
typedef struct
{
  char *id;
  char *name;
  char *role;
  char *group;
} CordonScenarioRole;

/**
 * CordonScenarioModule:
 * @title: the module's title
 * @starts_at: its offset from the start, or -1 when not given
 * @questions: (array zero-terminated=1): the discussion questions
 */
typedef struct
{
  char   *title;
  gint64  starts_at;
  GStrv   questions;
} CordonScenarioModule;

/**
 * CordonScenarioIncident:
 * @id: the scenario-local id injects name
 * @title: the incident's title
 * @category: a category id of the default taxonomy
 * @severity: a severity id of the default taxonomy
 * @impact: (nullable): an impact id of the default taxonomy
 * @summary: what is known when it opens
 * @facts: (element-type CordonScenarioFact): the facts it opens with
 */
typedef struct
{
  char      *id;
  char      *title;
  char      *category;
  char      *severity;
  char      *impact;
  char      *summary;
  GPtrArray *facts;
} CordonScenarioIncident;

/**
 * CordonScenarioResponse:
 * @kind: what the team does
 * @after: how long after the inject, in microseconds
 * @incident: the incident it applies to (the inject's unless given)
 * @by: (nullable): the role id of who does it
 * @text: (nullable): note, answer, decision or update text
 * @phase: (nullable): `move`: the phase id
 * @reason: (nullable): `move`, `reclassify`: why
 * @strategy: (nullable): `plan`: a strategy id of the library
 * @action: (nullable): `plan`: the title of a custom action
 * @severity: (nullable): `reclassify`: the new severity
 * @category: (nullable): `reclassify`: the new category
 * @group: (nullable): `communicate`: the group kind id told
 */
typedef struct
{
  CordonResponseKind  kind;
  gint64              after;
  char               *incident;
  char               *by;
  char               *text;
  char               *phase;
  char               *reason;
  char               *strategy;
  char               *action;
  char               *severity;
  char               *category;
  char               *group;
} CordonScenarioResponse;

/**
 * CordonScenarioInject:
 * @id: (nullable): an optional scenario-local id
 * @at: its offset from the start, in microseconds
 * @kind: what it brings
 * @incident: (nullable): the incident it concerns; for
 *   %CORDON_INJECT_INCIDENT the id of the new incident
 * @note: (nullable): guidance for the facilitator, not read out
 * @fact: (nullable): `fact`: the new fact
 * @question: (nullable): `question`: the question
 * @owner: (nullable): `question`: the role id that owns it
 * @severity: (nullable): `reclassify`: the new severity
 * @category: (nullable): `reclassify`: the new category
 * @reason: (nullable): `reclassify`: why
 * @new_incident: (nullable): `incident`: the incident that opens
 * @from: (nullable): `message`: who writes or calls
 * @stakeholder: (nullable): `message`: what kind of stakeholder they are
 * @channel: (nullable): `message`: how they get in touch
 * @text: (nullable): `message`: what they say
 * @strategy: (nullable): `action-failed`: the strategy id that failed
 * @action: (nullable): `action-failed`: the title of the action that failed
 * @what_happened: (nullable): `action-failed`: how it failed
 * @responses: (element-type CordonScenarioResponse): the scripted
 *   responses, in order of @after
 */
typedef struct
{
  char                   *id;
  gint64                  at;
  CordonInjectKind        kind;
  char                   *incident;
  char                   *note;
  CordonScenarioFact     *fact;
  char                   *question;
  char                   *owner;
  char                   *severity;
  char                   *category;
  char                   *reason;
  CordonScenarioIncident *new_incident;
  char                   *from;
  char                   *stakeholder;
  char                   *channel;
  char                   *text;
  char                   *strategy;
  char                   *action;
  char                   *what_happened;
  GPtrArray              *responses;
} CordonScenarioInject;

#define CORDON_TYPE_SCENARIO (cordon_scenario_get_type ())

G_DECLARE_FINAL_TYPE (CordonScenario, cordon_scenario, CORDON, SCENARIO, GObject)

/**
 * cordon_scenario_new_from_bytes:
 * @bytes: the file's contents
 * @name: the file's name, for messages
 * @error: return location for a #CordonIoError
 *
 * Reads and validates a scenario. On failure @error names the file, the
 * line and column where known and the JSON path of each fault, one fault
 * a line.
 *
 * Returns: (transfer full) (nullable): the scenario
 */
CordonScenario   *cordon_scenario_new_from_bytes     (GBytes        *bytes,
                                                      const char    *name,
                                                      GError       **error);

/**
 * cordon_scenario_new_from_file:
 *
 * Like cordon_scenario_new_from_bytes(), from @file.
 *
 * Returns: (transfer full) (nullable): the scenario
 */
CordonScenario   *cordon_scenario_new_from_file      (GFile         *file,
                                                      GCancellable  *cancellable,
                                                      GError       **error);

/**
 * cordon_scenario_list_shipped:
 *
 * Returns: (transfer full): the ids of the scenarios the program ships,
 *   sorted
 */
GStrv             cordon_scenario_list_shipped       (void);

/**
 * cordon_scenario_new_shipped:
 * @id: an id from cordon_scenario_list_shipped()
 *
 * Returns: (transfer full) (nullable): the shipped scenario
 */
CordonScenario   *cordon_scenario_new_shipped        (const char    *id,
                                                      GError       **error);

const char       *cordon_scenario_get_title          (CordonScenario *self);
const char       *cordon_scenario_get_narrative      (CordonScenario *self);

/**
 * cordon_scenario_get_source:
 *
 * Returns: (nullable): where the scenario comes from, e.g. a VERIS record
 */
const char       *cordon_scenario_get_source         (CordonScenario *self);

/**
 * cordon_scenario_get_start:
 *
 * Returns: (nullable) (transfer none): the exercise's notional start time
 */
GDateTime        *cordon_scenario_get_start          (CordonScenario *self);

/**
 * cordon_scenario_get_objectives:
 *
 * Returns: (transfer none) (array zero-terminated=1): the objectives
 */
const char * const *cordon_scenario_get_objectives   (CordonScenario *self);

/**
 * cordon_scenario_get_notes:
 *
 * Returns: (transfer none) (array zero-terminated=1): notes for the
 *   facilitator, such as the defaults a converter chose; maybe empty
 */
const char * const *cordon_scenario_get_notes        (CordonScenario *self);

/**
 * cordon_scenario_get_roles:
 *
 * Returns: (transfer none) (element-type CordonScenarioRole): the roles
 */
GPtrArray        *cordon_scenario_get_roles          (CordonScenario *self);

/**
 * cordon_scenario_get_modules:
 *
 * Returns: (transfer none) (element-type CordonScenarioModule): the
 *   modules, in order
 */
GPtrArray        *cordon_scenario_get_modules        (CordonScenario *self);

/**
 * cordon_scenario_get_incidents:
 *
 * Returns: (transfer none) (element-type CordonScenarioIncident): the
 *   incidents open at the start
 */
GPtrArray        *cordon_scenario_get_incidents      (CordonScenario *self);

/**
 * cordon_scenario_get_injects:
 *
 * Returns: (transfer none) (element-type CordonScenarioInject): the
 *   injects, in order of their offset
 */
GPtrArray        *cordon_scenario_get_injects        (CordonScenario *self);

/**
 * cordon_scenario_lookup_incident:
 * @id: a scenario-local incident id
 *
 * Returns: (transfer none) (nullable): the starting incident, or the
 *   incident an inject opens, with @id
 */
const CordonScenarioIncident *cordon_scenario_lookup_incident (CordonScenario *self,
                                                               const char     *id);

/**
 * cordon_scenario_get_duration:
 *
 * Returns: the offset of the last inject or scripted response, in
 *   microseconds
 */
gint64            cordon_scenario_get_duration       (CordonScenario *self);

/**
 * cordon_scenario_parse_offset:
 * @text: an offset, `+HH:MM`
 * @out_usec: (out): the offset in microseconds
 *
 * Returns: whether @text is an offset
 */
gboolean          cordon_scenario_parse_offset       (const char    *text,
                                                      gint64        *out_usec);

/**
 * cordon_scenario_format_offset:
 * @usec: a non-negative offset, whole minutes
 *
 * Returns: (transfer full): the offset as `+HH:MM`
 */
char             *cordon_scenario_format_offset      (gint64         usec);

const char       *cordon_inject_kind_to_id           (CordonInjectKind    kind);
gboolean          cordon_inject_kind_from_id         (const char         *id,
                                                      CordonInjectKind   *out_kind);
const char       *cordon_response_kind_to_id         (CordonResponseKind  kind);
gboolean          cordon_response_kind_from_id       (const char         *id,
                                                      CordonResponseKind *out_kind);

G_END_DECLS
