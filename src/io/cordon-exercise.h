/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-exercise.h: a tabletop exercise run from a scenario, in a
 * workspace of its own, on an exercise clock.
 */

#pragma once

#include <gio/gio.h>

#include "cordon-exercise-clock.h"
#include "cordon-exercise-inject.h"
#include "cordon-scenario.h"
#include "cordon-sla-scheduler.h"
#include "cordon-workspace.h"

G_BEGIN_DECLS

/**
 * CORDON_EXERCISE_AUTHOR:
 *
 * The author of the journal entries the exercise itself writes when it
 * delivers an inject, so that they are told apart from the team's.
 */
#define CORDON_EXERCISE_AUTHOR "exercise-control"

/**
 * CordonExerciseState:
 * @CORDON_EXERCISE_STATE_READY: created, the clock not started
 * @CORDON_EXERCISE_STATE_RUNNING: the clock runs
 * @CORDON_EXERCISE_STATE_PAUSED: the clock stands still
 * @CORDON_EXERCISE_STATE_ENDED: over; nothing is delivered any more
 */
typedef enum
{
  CORDON_EXERCISE_STATE_READY,
  CORDON_EXERCISE_STATE_RUNNING,
  CORDON_EXERCISE_STATE_PAUSED,
  CORDON_EXERCISE_STATE_ENDED,
} CordonExerciseState;

#define CORDON_TYPE_EXERCISE (cordon_exercise_get_type ())

G_DECLARE_FINAL_TYPE (CordonExercise, cordon_exercise, CORDON, EXERCISE, GObject)

/**
 * CordonExercise:
 *
 * Owns the exercise workspace (a new SQLite file holding the scenario,
 * the inject queue and the facilitator's notes beside the incidents,
 * every one marked as exercise), its #CordonExerciseClock on a base
 * clock, and an SLA scheduler on that clock. When it is made, the
 * scenario's starting incidents open at the start time; once started,
 * each inject is delivered when exercise time reaches its offset and
 * applied through the ordinary workspace calls: a fact is added, a
 * question opened, the incident reclassified, a new incident opened, a
 * stakeholder's message written to the journal, a containment action
 * of the plan set to failed (or a journal note when the plan has none).
 * With scripted responses on, each delivered inject's responses follow
 * at their offsets from its delivery.
 *
 * Signals:
 *
 * - inject-delivered (CordonExerciseInject *inject): after it was applied
 * - state-changed: started, paused, resumed or ended
 */

/**
 * cordon_exercise_new:
 * @scenario_json: the scenario file's contents
 * @name: the file's name, for messages
 * @path: (type filename): the exercise workspace to create; it must not
 *   exist
 * @base: the clock real time is read from (the system clock; a manual
 *   clock in tests and headless runs)
 * @error: a #CordonIoError for an invalid scenario, a
 *   #CordonWorkspaceError otherwise
 *
 * Validates the scenario, creates the exercise workspace and opens the
 * starting incidents. The exercise clock stands at the scenario's start
 * (or the base clock's minute when it gives none), paused.
 *
 * Returns: (transfer full): the exercise, or %NULL with @error set
 */
CordonExercise     *cordon_exercise_new                  (GBytes          *scenario_json,
                                                          const char      *name,
                                                          const char      *path,
                                                          CordonClock     *base,
                                                          GError         **error);

/**
 * cordon_exercise_open:
 * @path: an exercise workspace, e.g. one made by cordon_exercise_new()
 * @base: the clock the exercise clock runs on
 *
 * Opens an exercise again, after Cordon was closed: its scenario, queue
 * and notes as stored. One that had started reopens paused at the
 * exercise time where it stood (the offset kept at its last pause, the
 * last inject delivered or the last change, whichever is latest), with
 * its pending injects armed; an ended one stays ended. Scripted responses
 * not yet played are not played after reopening.
 *
 * Returns: (transfer full): the exercise, or %NULL with
 *   %CORDON_WORKSPACE_ERROR_INVALID for a file that is not an exercise
 */
CordonExercise     *cordon_exercise_open                 (const char      *path,
                                                          CordonClock     *base,
                                                          GError         **error);

/**
 * cordon_exercise_load_shipped:
 * @id: an id from cordon_scenario_list_shipped()
 *
 * Returns: (transfer full) (nullable): the shipped scenario's JSON
 */
GBytes             *cordon_exercise_load_shipped         (const char      *id,
                                                          GError         **error);

/**
 * cordon_exercise_dup_default_path:
 * @scenario_title: the scenario's title, made into the file name
 * @now: the time the exercise is held
 *
 * Returns: (transfer full): a new file under
 *   `$XDG_DATA_HOME/cordon/exercises/`, `<slug>-<date>.cordon`
 */
char               *cordon_exercise_dup_default_path     (const char      *scenario_title,
                                                          GDateTime       *now);

CordonScenario     *cordon_exercise_get_scenario         (CordonExercise  *self);
CordonWorkspace    *cordon_exercise_get_workspace        (CordonExercise  *self);
CordonExerciseClock *cordon_exercise_get_clock           (CordonExercise  *self);
CordonSlaScheduler *cordon_exercise_get_sla_scheduler    (CordonExercise  *self);
CordonExerciseState cordon_exercise_get_state            (CordonExercise  *self);

/**
 * cordon_exercise_get_start_usec:
 *
 * Returns: the exercise time the exercise starts at
 */
gint64              cordon_exercise_get_start_usec       (CordonExercise  *self);

/**
 * cordon_exercise_get_offset:
 *
 * Returns: how far into the exercise the clock stands, in microseconds
 *   (its end offset once ended)
 */
gint64              cordon_exercise_get_offset           (CordonExercise  *self);

/**
 * cordon_exercise_get_injects:
 *
 * Returns: (transfer none): the inject queue, a #GListModel of
 *   #CordonExerciseInject kept up to date
 */
GListModel         *cordon_exercise_get_injects          (CordonExercise  *self);

/**
 * cordon_exercise_lookup_incident:
 * @scenario_id: an incident id of the scenario
 *
 * Returns: (transfer full) (nullable): the incident it became, once open
 */
CordonIncident     *cordon_exercise_lookup_incident      (CordonExercise  *self,
                                                          const char      *scenario_id);

/**
 * cordon_exercise_set_play_responses:
 *
 * Whether the scenario's scripted responses play the team's side; off
 * by default. Changes only injects delivered from then on.
 */
void                cordon_exercise_set_play_responses   (CordonExercise  *self,
                                                          gboolean         play);
gboolean            cordon_exercise_get_play_responses   (CordonExercise  *self);

/**
 * cordon_exercise_start:
 *
 * Starts the clock at the start time and the SLA clocks with it.
 */
gboolean            cordon_exercise_start                (CordonExercise  *self,
                                                          GError         **error);
void                cordon_exercise_pause                (CordonExercise  *self);
void                cordon_exercise_resume               (CordonExercise  *self);

/**
 * cordon_exercise_set_speed:
 * @speed: 1, 2, 5, 10 or 60
 */
void                cordon_exercise_set_speed            (CordonExercise  *self,
                                                          guint            speed);

/**
 * cordon_exercise_get_next_event:
 * @out_usec: (out) (optional): when, in exercise time
 *
 * Returns: whether a pending inject or scripted response remains
 */
gboolean            cordon_exercise_get_next_event       (CordonExercise  *self,
                                                          gint64          *out_usec);

/**
 * cordon_exercise_jump_to_next:
 *
 * Moves the clock on to the next pending inject or scripted response,
 * which is then delivered (with anything else due by then).
 *
 * Returns: %FALSE when nothing was pending
 */
gboolean            cordon_exercise_jump_to_next         (CordonExercise  *self);

/**
 * cordon_exercise_deliver_now:
 *
 * Delivers a pending inject ahead of its time.
 */
gboolean            cordon_exercise_deliver_now          (CordonExercise        *self,
                                                          CordonExerciseInject  *inject,
                                                          GError               **error);

/**
 * cordon_exercise_skip:
 *
 * Leaves a pending inject out; it is shown as skipped.
 */
gboolean            cordon_exercise_skip                 (CordonExercise        *self,
                                                          CordonExerciseInject  *inject,
                                                          GError               **error);

/**
 * cordon_exercise_add_manual_inject:
 * @kind: %CORDON_INJECT_FACT (@text is the value, of kind `other`),
 *   %CORDON_INJECT_QUESTION or %CORDON_INJECT_MESSAGE
 * @incident: the scenario id of an open incident
 * @from: (nullable): `message`: who gets in touch
 * @text: the fact, the question or the message
 *
 * Adds an inject of the facilitator's own to the queue and delivers it
 * now.
 *
 * Returns: (transfer none): the inject, or %NULL on error
 */
CordonExerciseInject *cordon_exercise_add_manual_inject  (CordonExercise    *self,
                                                          CordonInjectKind   kind,
                                                          const char        *incident,
                                                          const char        *from,
                                                          const char        *text,
                                                          GError           **error);

/**
 * cordon_exercise_get_current_module:
 *
 * Returns: (transfer none): the module the exercise is in now: the last
 *   whose start has passed, else the first
 */
const CordonScenarioModule *cordon_exercise_get_current_module (CordonExercise *self);

/**
 * cordon_exercise_get_notes:
 *
 * Returns: (transfer full): the facilitator's notes, maybe empty
 */
char               *cordon_exercise_get_notes            (CordonExercise  *self);
gboolean            cordon_exercise_set_notes            (CordonExercise  *self,
                                                          const char      *notes,
                                                          GError         **error);

/**
 * cordon_exercise_get_problems:
 *
 * Returns: (transfer none) (element-type utf8): the scripted responses
 *   and injects that could not be applied, with why, in order
 */
GPtrArray          *cordon_exercise_get_problems         (CordonExercise  *self);

/**
 * cordon_exercise_end:
 *
 * Ends the exercise at the clock's time: the clock stops and pending
 * injects stay pending.
 */
gboolean            cordon_exercise_end                  (CordonExercise  *self,
                                                          GError         **error);

G_END_DECLS
