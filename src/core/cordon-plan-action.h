/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-plan-action.h: one action of an incident's containment plan.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_PLAN_ACTION (cordon_plan_action_get_type ())

G_DECLARE_FINAL_TYPE (CordonPlanAction, cordon_plan_action, CORDON, PLAN_ACTION, GObject)

/**
 * CordonPlanAction:
 *
 * A step of the containment plan of one incident, drawn from a library
 * strategy (whose title, term and evidence-risk flag it copies) or written
 * fresh. String properties are never %NULL unless said otherwise; unset is
 * the empty string, and string lists are never %NULL either (unset is an
 * empty list).
 *
 * Properties (each has a getter and a setter below; setters notify only
 * on change):
 *
 * - id: the row id in the workspace; 0 until the object is stored
 * - incident-id: the row id of the incident it belongs to
 * - strategy: the slug of the strategy it was drawn from, or %NULL for a custom action
 * - title: what to do
 * - term: short-term or long-term
 * - position: its place in the plan, from 0
 * - owner: who does it
 * - status: where it stands
 * - waive-reason: why it was waived; required with the waived status
 * - started: when it started (UTC), or %NULL
 * - finished: when it finished (UTC), or %NULL
 * - notes: free notes
 * - evidence-risk: whether it may destroy forensic evidence
 */

CordonPlanAction     *cordon_plan_action_new               (void);
gint64                cordon_plan_action_get_id            (CordonPlanAction *self);
void                  cordon_plan_action_set_id            (CordonPlanAction *self,
                                                            gint64            id);
gint64                cordon_plan_action_get_incident_id   (CordonPlanAction *self);
void                  cordon_plan_action_set_incident_id   (CordonPlanAction *self,
                                                            gint64            incident_id);
const char           *cordon_plan_action_get_strategy      (CordonPlanAction *self);
void                  cordon_plan_action_set_strategy      (CordonPlanAction *self,
                                                            const char       *strategy);
const char           *cordon_plan_action_get_title         (CordonPlanAction *self);
void                  cordon_plan_action_set_title         (CordonPlanAction *self,
                                                            const char       *title);
CordonContainmentTerm cordon_plan_action_get_term          (CordonPlanAction *self);
void                  cordon_plan_action_set_term          (CordonPlanAction      *self,
                                                            CordonContainmentTerm  term);
gint64                cordon_plan_action_get_position      (CordonPlanAction *self);
void                  cordon_plan_action_set_position      (CordonPlanAction *self,
                                                            gint64            position);
const char           *cordon_plan_action_get_owner         (CordonPlanAction *self);
void                  cordon_plan_action_set_owner         (CordonPlanAction *self,
                                                            const char       *owner);
CordonActionStatus    cordon_plan_action_get_status        (CordonPlanAction *self);
void                  cordon_plan_action_set_status        (CordonPlanAction   *self,
                                                            CordonActionStatus  status);
const char           *cordon_plan_action_get_waive_reason  (CordonPlanAction *self);
void                  cordon_plan_action_set_waive_reason  (CordonPlanAction *self,
                                                            const char       *waive_reason);
GDateTime            *cordon_plan_action_get_started       (CordonPlanAction *self);
void                  cordon_plan_action_set_started       (CordonPlanAction *self,
                                                            GDateTime        *started);
GDateTime            *cordon_plan_action_get_finished      (CordonPlanAction *self);
void                  cordon_plan_action_set_finished      (CordonPlanAction *self,
                                                            GDateTime        *finished);
const char           *cordon_plan_action_get_notes         (CordonPlanAction *self);
void                  cordon_plan_action_set_notes         (CordonPlanAction *self,
                                                            const char       *notes);
gboolean              cordon_plan_action_get_evidence_risk (CordonPlanAction *self);
void                  cordon_plan_action_set_evidence_risk (CordonPlanAction *self,
                                                            gboolean          evidence_risk);

G_END_DECLS
