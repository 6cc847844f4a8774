/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-manual-clock.c: a CordonClock whose time is set by its owner.
 */

#define G_LOG_DOMAIN "cordon-manual-clock"

#include "config.h"

#include "cordon-manual-clock.h"
#include "cordon-time.h"

struct _CordonManualClock
{
  GObject parent_instance;

  gint64 now;
};

static void clock_iface_init (CordonClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CordonManualClock, cordon_manual_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (CORDON_TYPE_CLOCK, clock_iface_init))

enum {
  PROP_0,
  PROP_NOW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* 2026-01-01T00:00:00Z */
#define DEFAULT_START_USEC (G_GINT64_CONSTANT (1767225600) * G_USEC_PER_SEC)

static GDateTime *
cordon_manual_clock_now (CordonClock *clock)
{
  return cordon_time_to_date_time (CORDON_MANUAL_CLOCK (clock)->now);
}

static void
clock_iface_init (CordonClockInterface *iface)
{
  iface->now = cordon_manual_clock_now;
}

static void
set_now_usec (CordonManualClock *self,
              gint64             usec)
{
  if (self->now == usec)
    return;

  self->now = usec;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOW]);
  cordon_clock_changed (CORDON_CLOCK (self));
}

static void
cordon_manual_clock_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CordonManualClock *self = CORDON_MANUAL_CLOCK (object);

  switch (prop_id)
    {
    case PROP_NOW:
      g_value_take_boxed (value, cordon_time_to_date_time (self->now));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_manual_clock_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CordonManualClock *self = CORDON_MANUAL_CLOCK (object);

  switch (prop_id)
    {
    case PROP_NOW:
      if (g_value_get_boxed (value) != NULL)
        cordon_manual_clock_set_now (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_manual_clock_class_init (CordonManualClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = cordon_manual_clock_get_property;
  object_class->set_property = cordon_manual_clock_set_property;

  /**
   * CordonManualClock:now:
   *
   * The clock's current time, in UTC.
   */
  properties[PROP_NOW] =
    g_param_spec_boxed ("now", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_manual_clock_init (CordonManualClock *self)
{
  self->now = DEFAULT_START_USEC;
}

CordonManualClock *
cordon_manual_clock_new (GDateTime *start)
{
  CordonManualClock *self = g_object_new (CORDON_TYPE_MANUAL_CLOCK, NULL);

  if (start != NULL)
    self->now = cordon_time_from_date_time (start);

  return self;
}

CordonManualClock *
cordon_manual_clock_new_iso8601 (const char *start)
{
  CordonManualClock *self;
  gint64 usec;

  g_return_val_if_fail (start != NULL, NULL);

  if (!cordon_time_parse_iso8601 (start, &usec))
    return NULL;

  self = g_object_new (CORDON_TYPE_MANUAL_CLOCK, NULL);
  self->now = usec;

  return self;
}

void
cordon_manual_clock_set_now (CordonManualClock *self,
                             GDateTime         *now)
{
  g_return_if_fail (CORDON_IS_MANUAL_CLOCK (self));
  g_return_if_fail (now != NULL);

  set_now_usec (self, cordon_time_from_date_time (now));
}

void
cordon_manual_clock_advance (CordonManualClock *self,
                             gint64             seconds)
{
  g_return_if_fail (CORDON_IS_MANUAL_CLOCK (self));

  set_now_usec (self, self->now + seconds * G_USEC_PER_SEC);
}

void
cordon_manual_clock_advance_usec (CordonManualClock *self,
                                  gint64             usec)
{
  g_return_if_fail (CORDON_IS_MANUAL_CLOCK (self));

  set_now_usec (self, self->now + usec);
}
