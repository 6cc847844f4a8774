/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-sla.h: the SLA engine. From an incident, the policy of its
 * severity, the business hours the policy counts, the updates sent and the
 * pauses, it computes the incident's deadlines and their states at a given
 * time. It is a pure function of its inputs: no clock, no storage.
 */

#pragma once

#include <glib-object.h>

#include "cordon-incident.h"
#include "cordon-sla-calendar.h"
#include "cordon-sla-policy.h"
#include "cordon-types.h"

G_BEGIN_DECLS

/**
 * CordonSlaDeadline:
 * @kind: which deadline
 * @state: its state at the time it was computed
 * @start_usec: when its clock started (detected, acknowledged, or the
 *   last update sent)
 * @due_usec: when it is due; while paused, when it would be due if the
 *   pause ended now
 * @warn_usec: when it enters its warning window
 * @met_usec: when it was met (acknowledged, recovered, update sent), or 0
 * @remaining_usec: counted time left (business time when the policy
 *   counts business hours; paused time excluded), negative once breached;
 *   frozen at @met_usec when met
 *
 * A deadline met after it was due stays %CORDON_SLA_STATE_BREACHED with
 * @met_usec set.
 */
typedef struct
{
  CordonSlaKind  kind;
  CordonSlaState state;
  gint64         start_usec;
  gint64         due_usec;
  gint64         warn_usec;
  gint64         met_usec;
  gint64         remaining_usec;
} CordonSlaDeadline;

/**
 * CordonSlaPause:
 * @start_usec: when the SLA was paused
 * @end_usec: when it was resumed, or 0 while it is paused
 */
typedef struct
{
  gint64 start_usec;
  gint64 end_usec;
} CordonSlaPause;

/**
 * CordonSlaHistory:
 * @first_update_usec: when the first update (journal entry of kind
 *   communication or status-update) was sent, or 0
 * @last_update_usec: when the last one was sent, or 0
 * @pauses: (element-type CordonSlaPause): the incident's pauses, oldest
 *   first; never %NULL
 *
 * What the engine needs from an incident's journal. The store fills it
 * (cordon_workspace_load_sla_history()).
 */
typedef struct
{
  gint64  first_update_usec;
  gint64  last_update_usec;
  GArray *pauses;
} CordonSlaHistory;

#define CORDON_TYPE_SLA_HISTORY (cordon_sla_history_get_type ())

GType             cordon_sla_history_get_type   (void) G_GNUC_CONST;
CordonSlaHistory *cordon_sla_history_new        (void);
CordonSlaHistory *cordon_sla_history_copy       (const CordonSlaHistory *self);
void              cordon_sla_history_free       (CordonSlaHistory       *self);

/**
 * cordon_sla_history_is_paused:
 *
 * Returns: whether the last pause of @self has not ended
 */
gboolean          cordon_sla_history_is_paused  (const CordonSlaHistory *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CordonSlaHistory, cordon_sla_history_free)

/**
 * cordon_sla_compute:
 * @incident: an incident
 * @policy: the policy of its severity
 * @calendar: (nullable): the business hours to count, or %NULL to count
 *   around the clock (see cordon_sla_calendar_new_for_policy())
 * @history: (nullable): its updates and pauses, or %NULL for none
 * @now_usec: the time to compute the states at
 *
 * Computes the deadlines that apply to @incident at @now_usec, in
 * #CordonSlaKind order:
 *
 * - response: from detected until acknowledged;
 * - resolution: from detected until recovered (or closed);
 * - first-update: from acknowledged (only once acknowledged) until the
 *   first update was sent;
 * - next-update: from the last update sent (only once one was sent) to the
 *   next; it is met when the incident is resolved in time.
 *
 * A policy duration of 0 sets no deadline. Anything that happens after
 * @now_usec (a later acknowledgement, pause or update) is ignored, so the
 * states are those @now_usec saw; between the first and the last update
 * only those two are known, so a @now_usec between them sees the first.
 * Paused time, and time outside @calendar, does not count.
 *
 * Returns: (transfer full) (element-type CordonSlaDeadline): the deadlines
 */
GArray *cordon_sla_compute          (CordonIncident         *incident,
                                     CordonSlaPolicy        *policy,
                                     const CordonSlaCalendar *calendar,
                                     const CordonSlaHistory *history,
                                     gint64                  now_usec);

/**
 * cordon_sla_next_transition:
 * @deadlines: (element-type CordonSlaDeadline): from cordon_sla_compute()
 *   at @now_usec
 *
 * Returns: the earliest time after @now_usec at which one of @deadlines
 *   enters its warning window or falls due, or 0 if none will (all met,
 *   breached or paused)
 */
gint64  cordon_sla_next_transition  (GArray                 *deadlines,
                                     gint64                  now_usec);

/**
 * cordon_sla_counted_between:
 *
 * Returns: the time counted between @from and @to: within @calendar
 *   (%NULL: all of it) and outside @pauses (nullable; a pause with no end
 *   lasts for ever)
 */
gint64  cordon_sla_counted_between  (const CordonSlaCalendar *calendar,
                                     GArray                 *pauses,
                                     gint64                  from,
                                     gint64                  to);

/**
 * cordon_sla_add_counted:
 *
 * Returns: the instant at which @amount of counted time (see
 *   cordon_sla_counted_between()) has passed since @from, or %G_MAXINT64
 *   when a pause without end comes first
 */
gint64  cordon_sla_add_counted      (const CordonSlaCalendar *calendar,
                                     GArray                 *pauses,
                                     gint64                  from,
                                     gint64                  amount);

G_END_DECLS
