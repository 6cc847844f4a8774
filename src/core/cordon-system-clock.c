/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-system-clock.c: a CordonClock that reads the system time.
 */

#define G_LOG_DOMAIN "cordon-system-clock"

#include "config.h"

#include "cordon-system-clock.h"

struct _CordonSystemClock
{
  GObject parent_instance;
};

static void clock_iface_init (CordonClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CordonSystemClock, cordon_system_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (CORDON_TYPE_CLOCK, clock_iface_init))

static GDateTime *
cordon_system_clock_now (CordonClock *clock)
{
  return g_date_time_new_now_utc ();
}

static void
clock_iface_init (CordonClockInterface *iface)
{
  iface->now = cordon_system_clock_now;
}

static void
cordon_system_clock_class_init (CordonSystemClockClass *klass)
{
}

static void
cordon_system_clock_init (CordonSystemClock *self)
{
}

CordonClock *
cordon_system_clock_new (void)
{
  return g_object_new (CORDON_TYPE_SYSTEM_CLOCK, NULL);
}
