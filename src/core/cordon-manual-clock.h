/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-manual-clock.h: a clock that only moves when told to, for tests
 * and for driving an exercise clock.
 */

#pragma once

#include "cordon-clock.h"

G_BEGIN_DECLS

#define CORDON_TYPE_MANUAL_CLOCK (cordon_manual_clock_get_type ())

G_DECLARE_FINAL_TYPE (CordonManualClock, cordon_manual_clock, CORDON, MANUAL_CLOCK, GObject)

/**
 * cordon_manual_clock_new:
 * @start: (nullable): the initial time; %NULL for 2026-01-01T00:00:00Z
 *
 * Returns: (transfer full): a clock that stands still until set or advanced
 */
CordonManualClock *cordon_manual_clock_new          (GDateTime         *start);

/**
 * cordon_manual_clock_new_iso8601:
 * @start: the initial time as ISO 8601 text (UTC when no zone is given)
 *
 * Returns: (transfer full): a manual clock, or %NULL if @start is invalid
 */
CordonManualClock *cordon_manual_clock_new_iso8601  (const char        *start);

/**
 * cordon_manual_clock_set_now:
 *
 * Sets the time; notifies #CordonManualClock:now and emits
 * #CordonClock::changed when it changes.
 */
void               cordon_manual_clock_set_now      (CordonManualClock *self,
                                                     GDateTime         *now);

/**
 * cordon_manual_clock_advance:
 * @seconds: how far to move (may be negative)
 */
void               cordon_manual_clock_advance      (CordonManualClock *self,
                                                     gint64             seconds);

/**
 * cordon_manual_clock_advance_usec:
 * @usec: how far to move, in microseconds (may be negative)
 */
void               cordon_manual_clock_advance_usec (CordonManualClock *self,
                                                     gint64             usec);

G_END_DECLS
