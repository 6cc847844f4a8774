/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-exercise-inject.h: one entry of an exercise's inject queue, with
 * where it stands (pending, delivered, skipped).
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * CordonInjectStatus:
 * @CORDON_INJECT_STATUS_PENDING: not delivered yet
 * @CORDON_INJECT_STATUS_DELIVERED: delivered into the exercise
 * @CORDON_INJECT_STATUS_SKIPPED: the facilitator left it out
 *
 * Where an inject of the queue stands.
 */
typedef enum
{
  CORDON_INJECT_STATUS_PENDING,
  CORDON_INJECT_STATUS_DELIVERED,
  CORDON_INJECT_STATUS_SKIPPED,
} CordonInjectStatus;

const char *cordon_inject_status_to_id    (CordonInjectStatus  status);
gboolean    cordon_inject_status_from_id  (const char         *id,
                                           CordonInjectStatus *out_status);
const char *cordon_inject_status_to_label (CordonInjectStatus  status);

#define CORDON_TYPE_EXERCISE_INJECT (cordon_exercise_inject_get_type ())

G_DECLARE_FINAL_TYPE (CordonExerciseInject, cordon_exercise_inject, CORDON, EXERCISE_INJECT, GObject)

/**
 * CordonExerciseInject:
 *
 * An inject as the facilitator's queue shows it. The position, scenario
 * index, offset, kind, incident and summary are fixed when it is made;
 * the status and the delivery offset change as the exercise runs, with
 * notifications (`notify::status`, `notify::delivered`).
 */

/**
 * cordon_exercise_inject_new:
 * @position: its place in the queue, from 0
 * @scenario_index: its index among the scenario's injects, or -1 for an
 *   inject the facilitator added
 * @at: its offset from the start of the exercise, in microseconds
 * @kind: the inject kind id (`fact`, `message`, …)
 * @incident: (nullable): the scenario id of the incident it concerns
 * @summary: one line saying what it brings
 *
 * Returns: (transfer full): a pending inject
 */
CordonExerciseInject *cordon_exercise_inject_new                (guint               position,
                                                                 int                 scenario_index,
                                                                 gint64              at,
                                                                 const char         *kind,
                                                                 const char         *incident,
                                                                 const char         *summary);
guint                 cordon_exercise_inject_get_position       (CordonExerciseInject *self);
int                   cordon_exercise_inject_get_scenario_index (CordonExerciseInject *self);
gboolean              cordon_exercise_inject_is_manual          (CordonExerciseInject *self);
gint64                cordon_exercise_inject_get_at             (CordonExerciseInject *self);
const char           *cordon_exercise_inject_get_kind           (CordonExerciseInject *self);
const char           *cordon_exercise_inject_get_incident       (CordonExerciseInject *self);
const char           *cordon_exercise_inject_get_summary        (CordonExerciseInject *self);

/**
 * cordon_exercise_inject_get_document:
 *
 * Returns: (nullable): for a manual inject, the inject as scenario JSON
 *   (docs/scenario-format.md, one element of `injects`)
 */
const char           *cordon_exercise_inject_get_document       (CordonExerciseInject *self);
void                  cordon_exercise_inject_set_document       (CordonExerciseInject *self,
                                                                 const char           *document);
CordonInjectStatus    cordon_exercise_inject_get_status         (CordonExerciseInject *self);
void                  cordon_exercise_inject_set_status         (CordonExerciseInject *self,
                                                                 CordonInjectStatus    status);

/**
 * cordon_exercise_inject_get_delivered:
 *
 * Returns: the offset it was delivered at, in microseconds, or -1
 */
gint64                cordon_exercise_inject_get_delivered      (CordonExerciseInject *self);
void                  cordon_exercise_inject_set_delivered      (CordonExerciseInject *self,
                                                                 gint64                delivered);

G_END_DECLS
