/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-sla-calendar.h: business hours, a weekly calendar in a time zone
 * (e.g. Monday to Friday 09:00–17:00 in Europe/Berlin), and the arithmetic
 * of business time across weekends and daylight-saving changes.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_SLA_CALENDAR_ERROR (cordon_sla_calendar_error_quark ())

/**
 * CordonSlaCalendarError:
 * @CORDON_SLA_CALENDAR_ERROR_INVALID: the calendar text cannot be read
 * @CORDON_SLA_CALENDAR_ERROR_TIME_ZONE: the time zone is unknown
 */
typedef enum
{
  CORDON_SLA_CALENDAR_ERROR_INVALID,
  CORDON_SLA_CALENDAR_ERROR_TIME_ZONE,
} CordonSlaCalendarError;

/**
 * CORDON_SLA_CALENDAR_DEFAULT:
 *
 * The business hours of a policy that counts business hours but names
 * none.
 */
#define CORDON_SLA_CALENDAR_DEFAULT "mon-fri 09:00-17:00"

#define CORDON_TYPE_SLA_CALENDAR (cordon_sla_calendar_get_type ())

/**
 * CordonSlaCalendar:
 *
 * An immutable, reference-counted weekly calendar. Its text form is a
 * list of day ranges and opening hours separated by semicolons:
 *
 * |[
 * mon-fri 09:00-17:00
 * mon-thu 08:00-12:00,13:00-17:00; fri 08:00-14:00
 * mon-sun 00:00-24:00
 * ]|
 *
 * Days are `mon` … `sun`, as single days, lists (`mon,wed`) or ranges
 * (`mon-fri`); hours are `HH:MM-HH:MM` in local time of the calendar's
 * zone, the end after the start and at most `24:00`. Hours are wall-clock
 * hours: on the day clocks go forward, 00:00–24:00 lasts 23 hours.
 */
GType              cordon_sla_calendar_get_type       (void) G_GNUC_CONST;
GQuark             cordon_sla_calendar_error_quark    (void);

/**
 * cordon_sla_calendar_new:
 * @text: (nullable): the calendar; %NULL or empty for
 *   %CORDON_SLA_CALENDAR_DEFAULT
 * @time_zone: (nullable): an IANA zone id such as "Europe/Berlin";
 *   %NULL or empty for the local zone
 *
 * Returns: (transfer full): the calendar, or %NULL with @error set
 */
CordonSlaCalendar *cordon_sla_calendar_new            (const char         *text,
                                                       const char         *time_zone,
                                                       GError            **error);

/**
 * cordon_sla_calendar_new_for_policy:
 *
 * Returns: (transfer full) (nullable): the business hours @policy counts,
 *   or %NULL when it counts around the clock (or its calendar is invalid,
 *   which the workspace refuses to store)
 */
CordonSlaCalendar *cordon_sla_calendar_new_for_policy (CordonSlaPolicy    *policy);

CordonSlaCalendar *cordon_sla_calendar_ref            (CordonSlaCalendar  *self);
void               cordon_sla_calendar_unref          (CordonSlaCalendar  *self);

/**
 * cordon_sla_calendar_next_open:
 * @after: a time (µs since the epoch)
 * @out_start: (out): the start of the open span, never before @after
 * @out_end: (out): its end
 *
 * Finds the first span of business hours that ends after @after.
 */
void               cordon_sla_calendar_next_open      (const CordonSlaCalendar *self,
                                                       gint64                   after,
                                                       gint64                  *out_start,
                                                       gint64                  *out_end);

/**
 * cordon_sla_calendar_is_open:
 *
 * Returns: whether @time falls in business hours
 */
gboolean           cordon_sla_calendar_is_open        (const CordonSlaCalendar *self,
                                                       gint64                   time);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CordonSlaCalendar, cordon_sla_calendar_unref)

G_END_DECLS
