/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-sla-scheduler.h: keeps the SLA clock of every open incident of a
 * workspace and tells when a deadline enters its warning window or is
 * breached, from one timer armed at the earliest next transition.
 *
 * It lives in src/store, not src/core, because it reads and writes the
 * workspace (history, notices in the journal); the engine it runs,
 * cordon-sla.h, stays pure in src/core.
 */

#pragma once

#include <glib-object.h>

#include "cordon-clock.h"
#include "cordon-sla.h"
#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_SLA_EVENT (cordon_sla_event_get_type ())

/**
 * CordonSlaEvent:
 * @incident: the incident
 * @kind: the deadline
 * @state: %CORDON_SLA_STATE_WARNING or %CORDON_SLA_STATE_BREACHED
 * @due_usec: when the deadline is (was) due
 *
 * One transition, as #CordonSlaScheduler::startup-overdue lists them.
 */
typedef struct
{
  CordonIncident *incident;
  CordonSlaKind   kind;
  CordonSlaState  state;
  gint64          due_usec;
} CordonSlaEvent;

GType           cordon_sla_event_get_type (void) G_GNUC_CONST;
CordonSlaEvent *cordon_sla_event_copy     (const CordonSlaEvent *self);
void            cordon_sla_event_free     (CordonSlaEvent       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CordonSlaEvent, cordon_sla_event_free)

#define CORDON_TYPE_SLA_SCHEDULER (cordon_sla_scheduler_get_type ())

G_DECLARE_FINAL_TYPE (CordonSlaScheduler, cordon_sla_scheduler, CORDON, SLA_SCHEDULER, GObject)

/**
 * CordonSlaScheduler:
 *
 * Computes the deadlines of every open incident of a workspace on a
 * #CordonClock and keeps one alarm armed (cordon_clock_add_alarm()) at the
 * earliest time any of them changes state. It re-computes only what a
 * change touches: the incident on incident-added and incident-changed,
 * its update times on journal-appended (an update sent restarts the
 * next-update deadline), its pauses on a pause or resume entry; every
 * incident on settings-changed (policies), reloaded (a bulk) and when the
 * clock jumps back. When the alarm fires, late or not (suspend, the clock
 * set forward, a manual clock advanced past several deadlines), every
 * transition due by then is processed.
 *
 * Each warning and each breach of a deadline is told once: the scheduler
 * writes it to the incident's journal as an sla-event entry, author
 * "cordon", payload
 * `{"deadline":"<kind id>","state":"warning|breached","due":"<ISO>","start":"<ISO>"}`,
 * and an entry already there for the same deadline (kind and start) and
 * state means "already told", also across restarts. Re-timing (a
 * reclassification, a pause) keeps the deadline's start, so it does not
 * repeat a warning. A deadline found already breached is told as breached
 * only, without the warning it passed through. A new update starts a new
 * next-update deadline, which warns and breaches anew.
 *
 * Signals:
 *
 * - transition (CordonIncident *incident, CordonSlaKind kind,
 *   CordonSlaState state, gint64 due_usec): a deadline entered its warning
 *   window or was breached (after its journal entry was written), or a
 *   snoozed one is raised again (not written again)
 * - startup-overdue (GPtrArray *events): emitted once by
 *   cordon_sla_scheduler_start() with the #CordonSlaEvent of every
 *   warning and breach that was due and not yet told when it started,
 *   possibly empty; these are not emitted again as transition, so a
 *   notifier can summarise them
 * - deadlines-changed (CordonIncident *incident): its deadlines were
 *   re-computed after a change (not on mere passing of time), for
 *   countdowns
 */

/**
 * cordon_sla_scheduler_new:
 * @clock: (nullable): the clock; %NULL for the workspace's
 *
 * Returns: (transfer full): a scheduler, idle until
 *   cordon_sla_scheduler_start()
 */
CordonSlaScheduler *cordon_sla_scheduler_new             (CordonWorkspace    *workspace,
                                                          CordonClock        *clock);

/**
 * cordon_sla_scheduler_start:
 *
 * Loads every open incident, records and emits (in one startup-overdue)
 * what became due while nothing ran, and arms the timer. Connect to the
 * signals first.
 *
 * Returns: %TRUE on success
 */
gboolean            cordon_sla_scheduler_start           (CordonSlaScheduler *self,
                                                          GError            **error);

CordonWorkspace    *cordon_sla_scheduler_get_workspace   (CordonSlaScheduler *self);
CordonClock        *cordon_sla_scheduler_get_clock       (CordonSlaScheduler *self);

/**
 * cordon_sla_scheduler_get_deadlines:
 *
 * Returns: (transfer full) (element-type CordonSlaDeadline): @incident's
 *   deadlines now, empty when it is closed or has no policy
 */
GArray             *cordon_sla_scheduler_get_deadlines   (CordonSlaScheduler *self,
                                                          CordonIncident     *incident);

/**
 * cordon_sla_scheduler_snooze:
 * @seconds: how long, e.g. 15 × 60
 *
 * Raises the warning or breach of @incident's @kind deadline again
 * (a transition signal, not written to the journal again) after @seconds
 * if it is still in that state then. Snoozes live in memory only: a
 * restart forgets them, and the journal is not written.
 */
void                cordon_sla_scheduler_snooze          (CordonSlaScheduler *self,
                                                          CordonIncident     *incident,
                                                          CordonSlaKind       kind,
                                                          gint64              seconds);

/**
 * cordon_sla_scheduler_get_next_wakeup:
 *
 * Returns: the time the one alarm is armed for, or 0 when none is
 */
gint64              cordon_sla_scheduler_get_next_wakeup (CordonSlaScheduler *self);

/**
 * cordon_sla_scheduler_get_n_tracked:
 *
 * Returns: the number of open incidents it keeps the clock of
 */
guint               cordon_sla_scheduler_get_n_tracked   (CordonSlaScheduler *self);

G_END_DECLS
