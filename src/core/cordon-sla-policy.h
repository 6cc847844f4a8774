/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-sla-policy.h: the service-level agreement that applies to incidents of
 * one severity, and the defaults a new workspace ships with.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_SLA_POLICY (cordon_sla_policy_get_type ())

G_DECLARE_FINAL_TYPE (CordonSlaPolicy, cordon_sla_policy, CORDON, SLA_POLICY, GObject)

/**
 * CordonSlaPolicy:
 *
 * The deadlines for incidents of one severity, as durations in seconds: time
 * to respond (acknowledge), time to resolve, the first status update and the
 * interval between later updates; a deadline enters its warning window at
 * warning-percent of the allowed time.
 *
 * Properties (each has a getter and a setter below; setters notify only
 * on change):
 *
 * - severity: the taxonomy id of the severity it applies to
 * - response: seconds allowed from detection to acknowledgement
 * - resolution: seconds allowed from detection to recovery
 * - first-update: seconds allowed from acknowledgement to the first status
 *   update
 * - update-interval: seconds allowed between two status updates
 * - warning-percent: share of the allowed time after which a deadline is
 *   in warning
 * - business-hours: count only the hours of calendar (see cordon-sla.h)
 * - calendar: business hours as text, e.g. "mon-fri 09:00-17:00" (see
 *   #CordonSlaCalendar); empty for that default
 * - time-zone: IANA zone of the business hours; empty for the local zone
 */

CordonSlaPolicy *cordon_sla_policy_new                 (void);
const char      *cordon_sla_policy_get_severity        (CordonSlaPolicy *self);
void             cordon_sla_policy_set_severity        (CordonSlaPolicy *self,
                                                        const char      *severity);
gint64           cordon_sla_policy_get_response        (CordonSlaPolicy *self);
void             cordon_sla_policy_set_response        (CordonSlaPolicy *self,
                                                        gint64           response);
gint64           cordon_sla_policy_get_resolution      (CordonSlaPolicy *self);
void             cordon_sla_policy_set_resolution      (CordonSlaPolicy *self,
                                                        gint64           resolution);
gint64           cordon_sla_policy_get_first_update    (CordonSlaPolicy *self);
void             cordon_sla_policy_set_first_update    (CordonSlaPolicy *self,
                                                        gint64           first_update);
gint64           cordon_sla_policy_get_update_interval (CordonSlaPolicy *self);
void             cordon_sla_policy_set_update_interval (CordonSlaPolicy *self,
                                                        gint64           update_interval);
int              cordon_sla_policy_get_warning_percent (CordonSlaPolicy *self);
void             cordon_sla_policy_set_warning_percent (CordonSlaPolicy *self,
                                                        int              warning_percent);
gboolean         cordon_sla_policy_get_business_hours  (CordonSlaPolicy *self);
void             cordon_sla_policy_set_business_hours  (CordonSlaPolicy *self,
                                                        gboolean         business_hours);
const char      *cordon_sla_policy_get_calendar        (CordonSlaPolicy *self);
void             cordon_sla_policy_set_calendar        (CordonSlaPolicy *self,
                                                        const char      *calendar);
const char      *cordon_sla_policy_get_time_zone       (CordonSlaPolicy *self);
void             cordon_sla_policy_set_time_zone       (CordonSlaPolicy *self,
                                                        const char      *time_zone);
GPtrArray       *cordon_sla_policy_new_defaults        (void);

G_END_DECLS
