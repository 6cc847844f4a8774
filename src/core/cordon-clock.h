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
 * CordonClockInterface:
 * @now: returns the current time as a new UTC #GDateTime
 *
 * A clock. Implementations emit #CordonClock::changed when their time
 * jumps (a manual clock is set or advanced), so that timers can re-arm;
 * the system clock never emits it.
 */
struct _CordonClockInterface
{
  GTypeInterface parent_iface;

  GDateTime *(*now) (CordonClock *self);
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

G_END_DECLS
