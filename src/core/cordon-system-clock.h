/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-system-clock.h: the real wall clock, in UTC.
 */

#pragma once

#include "cordon-clock.h"

G_BEGIN_DECLS

#define CORDON_TYPE_SYSTEM_CLOCK (cordon_system_clock_get_type ())

G_DECLARE_FINAL_TYPE (CordonSystemClock, cordon_system_clock, CORDON, SYSTEM_CLOCK, GObject)

/**
 * cordon_system_clock_new:
 *
 * Returns: (transfer full): a clock that reads the system time
 */
CordonClock *cordon_system_clock_new (void);

G_END_DECLS
