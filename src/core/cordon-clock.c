/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-clock.c: the CordonClock interface.
 */

#define G_LOG_DOMAIN "cordon-clock"

#include "config.h"

#include "cordon-clock.h"
#include "cordon-time.h"

G_DEFINE_INTERFACE (CordonClock, cordon_clock, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
cordon_clock_default_init (CordonClockInterface *iface)
{
  /**
   * CordonClock::changed:
   *
   * Emitted when the clock's time jumps rather than flows.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_INTERFACE (iface),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

GDateTime *
cordon_clock_now (CordonClock *self)
{
  g_return_val_if_fail (CORDON_IS_CLOCK (self), NULL);
  g_return_val_if_fail (CORDON_CLOCK_GET_IFACE (self)->now != NULL, NULL);

  return CORDON_CLOCK_GET_IFACE (self)->now (self);
}

gint64
cordon_clock_now_usec (CordonClock *self)
{
  g_autoptr(GDateTime) now = cordon_clock_now (self);

  g_return_val_if_fail (now != NULL, 0);

  return cordon_time_from_date_time (now);
}

void
cordon_clock_changed (CordonClock *self)
{
  g_return_if_fail (CORDON_IS_CLOCK (self));

  g_signal_emit (self, signals[CHANGED], 0);
}
