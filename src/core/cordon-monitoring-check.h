/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-monitoring-check.h: how the effect of a containment action is watched.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_MONITORING_CHECK (cordon_monitoring_check_get_type ())

G_DECLARE_FINAL_TYPE (CordonMonitoringCheck, cordon_monitoring_check, CORDON, MONITORING_CHECK, GObject)

/**
 * CordonMonitoringCheck:
 *
 * What is watched after a containment action to see whether it worked (the
 * attack vector, the targeted victims, outbound traffic, or something
 * else), for how long, how often, when it is next due, and what was seen.
 * String properties are never %NULL unless said otherwise; unset is the
 * empty string, and string lists are never %NULL either (unset is an empty
 * list).
 *
 * Properties (each has a getter and a setter below; setters notify only
 * on change):
 *
 * - id: the row id in the workspace; 0 until the object is stored
 * - action-id: the row id of the plan action it watches
 * - target: what is watched
 * - text: what exactly, e.g. the SIEM rule or the segment
 * - duration: for how long, in seconds
 * - interval: how often it is checked, in seconds
 * - next-due: when the next check is due (UTC), or %NULL
 * - ends: when the monitoring period ends (UTC), or %NULL for no end
 * - outcome: what was seen
 * - outcome-notes: notes on the outcome
 */

CordonMonitoringCheck  *cordon_monitoring_check_new               (void);
gint64                  cordon_monitoring_check_get_id            (CordonMonitoringCheck *self);
void                    cordon_monitoring_check_set_id            (CordonMonitoringCheck *self,
                                                                   gint64                 id);
gint64                  cordon_monitoring_check_get_action_id     (CordonMonitoringCheck *self);
void                    cordon_monitoring_check_set_action_id     (CordonMonitoringCheck *self,
                                                                   gint64                 action_id);
CordonMonitoringTarget  cordon_monitoring_check_get_target        (CordonMonitoringCheck *self);
void                    cordon_monitoring_check_set_target        (CordonMonitoringCheck  *self,
                                                                   CordonMonitoringTarget  target);
const char             *cordon_monitoring_check_get_text          (CordonMonitoringCheck *self);
void                    cordon_monitoring_check_set_text          (CordonMonitoringCheck *self,
                                                                   const char            *text);
gint64                  cordon_monitoring_check_get_duration      (CordonMonitoringCheck *self);
void                    cordon_monitoring_check_set_duration      (CordonMonitoringCheck *self,
                                                                   gint64                 duration);
gint64                  cordon_monitoring_check_get_interval      (CordonMonitoringCheck *self);
void                    cordon_monitoring_check_set_interval      (CordonMonitoringCheck *self,
                                                                   gint64                 interval);
GDateTime              *cordon_monitoring_check_get_next_due      (CordonMonitoringCheck *self);
void                    cordon_monitoring_check_set_next_due      (CordonMonitoringCheck *self,
                                                                   GDateTime             *next_due);
GDateTime              *cordon_monitoring_check_get_ends          (CordonMonitoringCheck *self);
void                    cordon_monitoring_check_set_ends          (CordonMonitoringCheck *self,
                                                                   GDateTime             *ends);
CordonMonitoringOutcome cordon_monitoring_check_get_outcome       (CordonMonitoringCheck *self);
void                    cordon_monitoring_check_set_outcome       (CordonMonitoringCheck   *self,
                                                                   CordonMonitoringOutcome  outcome);
const char             *cordon_monitoring_check_get_outcome_notes (CordonMonitoringCheck *self);
void                    cordon_monitoring_check_set_outcome_notes (CordonMonitoringCheck *self,
                                                                   const char            *outcome_notes);

G_END_DECLS
