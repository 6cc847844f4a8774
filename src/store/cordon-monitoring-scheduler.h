/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-monitoring-scheduler.h: turns the monitoring checks of
 * containment plans into due reminders on the SLA clock.
 */

#pragma once

#include <glib-object.h>

#include "cordon-clock.h"
#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_MONITORING_SCHEDULER (cordon_monitoring_scheduler_get_type ())

G_DECLARE_FINAL_TYPE (CordonMonitoringScheduler, cordon_monitoring_scheduler, CORDON, MONITORING_SCHEDULER, GObject)

/**
 * CordonMonitoringScheduler:
 *
 * Keeps one alarm on a #CordonClock at the time the soonest pending
 * monitoring check of an open incident is due, and re-arms it whenever a
 * plan or the workspace changes, and once the main loop is idle after
 * incidents changed (they change often: every journal entry). When it fires (late or not:
 * after a suspend, a clock set forward, a manual clock advanced), every
 * check due by then is recorded with
 * cordon_workspace_remind_monitoring_check() — a journal note and the
 * next due time, in one transaction, so a reminder is told once, across
 * restarts too — and announced.
 *
 * Signals:
 *
 * - check-due (CordonIncident *incident, CordonPlanAction *action,
 *   CordonMonitoringCheck *check, gboolean final): a check is due, after
 *   its journal note was written; @final when the check's period has
 *   ended and its outcome is wanted
 */

/**
 * cordon_monitoring_scheduler_new:
 * @clock: (nullable): the clock; %NULL for the workspace's
 *
 * Returns: (transfer full): a scheduler, idle until
 *   cordon_monitoring_scheduler_start()
 */
CordonMonitoringScheduler *cordon_monitoring_scheduler_new   (CordonWorkspace            *workspace,
                                                              CordonClock                *clock);

/**
 * cordon_monitoring_scheduler_start:
 *
 * Arms the alarm. Checks that fell due while nothing ran are announced
 * from the main loop soon after. Connect to the signal first.
 *
 * Returns: %TRUE on success
 */
gboolean                   cordon_monitoring_scheduler_start (CordonMonitoringScheduler  *self,
                                                              GError                    **error);

/**
 * cordon_monitoring_scheduler_get_next_due:
 *
 * Returns: when the alarm is armed for (microseconds since the Unix
 *   epoch), or -1 when no check is pending
 */
gint64                     cordon_monitoring_scheduler_get_next_due (CordonMonitoringScheduler *self);

G_END_DECLS
