/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-clock.h: the source of "now" for the model, the workspace and
 * the SLA engine, so that tests and tabletop exercises can run on a clock
 * of their own.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_CLOCK (cordon_clock_get_type ())

G_DECLARE_INTERFACE (CordonClock, cordon_clock, CORDON, CLOCK, GObject)

/**
 * CordonClockAlarmFunc:
 * @clock: the clock
 * @user_data: the data given to cordon_clock_add_alarm()
 *
 * Called once, from the main context, when the clock reaches the alarm's
 * time.
 */
typedef void (*CordonClockAlarmFunc) (CordonClock *clock,
                                      gpointer     user_data);

/**
 * CordonClockInterface:
 * @now: returns the current time as a new UTC #GDateTime
 * @add_alarm: (nullable): arms a one-shot alarm; %NULL for the default,
 *   which follows the system's wall clock
 * @remove_alarm: (nullable): disarms an alarm @add_alarm returned
 *
 * A clock. Implementations emit #CordonClock::changed when their time
 * jumps rather than flows: a manual clock when it is set or advanced, the
 * system clock when the wall clock is set while an alarm is armed, so
 * that timers can re-arm.
 */
struct _CordonClockInterface
{
  GTypeInterface parent_iface;

  GDateTime *(*now)          (CordonClock          *self);
  guint      (*add_alarm)    (CordonClock          *self,
                              gint64                usec,
                              CordonClockAlarmFunc  func,
                              gpointer              user_data,
                              GDestroyNotify        destroy);
  void       (*remove_alarm) (CordonClock          *self,
                              guint                 alarm_id);
};

/**
 * cordon_clock_now:
 *
 * Returns: (transfer full): the current time of @self, in UTC
 */
GDateTime *cordon_clock_now      (CordonClock *self);

/**
 * cordon_clock_now_usec:
 *
 * Returns: the current time of @self in microseconds since the Unix epoch
 */
gint64     cordon_clock_now_usec (CordonClock *self);

/**
 * cordon_clock_changed:
 *
 * For implementations: emits #CordonClock::changed.
 */
void       cordon_clock_changed  (CordonClock *self);

/**
 * cordon_clock_add_alarm:
 * @usec: when to fire, in microseconds since the Unix epoch, on this
 *   clock
 * @func: what to call
 * @user_data: data for @func
 * @destroy: (nullable): frees @user_data when the alarm fired or was
 *   removed
 *
 * Arms a one-shot alarm. It fires from the main context once the clock
 * reads @usec or later, however the clock got there: in real time, after
 * a suspend, after the wall clock was set forward, or when a manual clock
 * is set or advanced past it (then synchronously, after
 * #CordonClock::changed). An alarm for a time already past fires from an
 * idle callback.
 *
 * Returns: an id for cordon_clock_remove_alarm(), never 0
 */
guint      cordon_clock_add_alarm    (CordonClock          *self,
                                      gint64                usec,
                                      CordonClockAlarmFunc  func,
                                      gpointer              user_data,
                                      GDestroyNotify        destroy);

/**
 * cordon_clock_remove_alarm:
 * @alarm_id: an alarm that has not fired yet
 *
 * Disarms the alarm and frees its data.
 */
void       cordon_clock_remove_alarm (CordonClock          *self,
                                      guint                 alarm_id);

G_END_DECLS
