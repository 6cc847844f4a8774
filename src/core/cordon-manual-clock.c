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

  /* Armed alarms, in no particular order; few are ever armed at once */
  GPtrArray *alarms;
};

typedef struct
{
  guint                 id;
  gint64                usec;
  CordonClockAlarmFunc  func;
  gpointer              user_data;
  GDestroyNotify        destroy;
  guint                 idle_id;
} ManualAlarm;

static guint last_alarm_id;

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
manual_alarm_free (ManualAlarm *alarm)
{
  g_clear_handle_id (&alarm->idle_id, g_source_remove);
  if (alarm->destroy != NULL)
    alarm->destroy (alarm->user_data);
  g_free (alarm);
}

static ManualAlarm *
find_alarm (CordonManualClock *self,
            guint              alarm_id,
            guint             *out_index)
{
  for (guint i = 0; i < self->alarms->len; i++)
    {
      ManualAlarm *alarm = g_ptr_array_index (self->alarms, i);

      if (alarm->id == alarm_id)
        {
          *out_index = i;
          return alarm;
        }
    }

  return NULL;
}

static void
fire_alarm (CordonManualClock *self,
            ManualAlarm       *alarm)
{
  g_autoptr(CordonManualClock) hold = g_object_ref (self);
  guint index;

  if (g_ptr_array_find (self->alarms, alarm, &index))
    g_ptr_array_steal_index_fast (self->alarms, index);
  alarm->func (CORDON_CLOCK (self), alarm->user_data);
  manual_alarm_free (alarm);
}

/* Fires the earliest due alarm, again and again: callbacks may add and
 * remove alarms while this runs. */
static void
fire_due_alarms (CordonManualClock *self)
{
  for (;;)
    {
      ManualAlarm *next = NULL;

      for (guint i = 0; i < self->alarms->len; i++)
        {
          ManualAlarm *alarm = g_ptr_array_index (self->alarms, i);

          if (alarm->usec <= self->now && (next == NULL || alarm->usec < next->usec))
            next = alarm;
        }

      if (next == NULL)
        return;

      g_clear_handle_id (&next->idle_id, g_source_remove);
      fire_alarm (self, next);
    }
}

typedef struct
{
  CordonManualClock *clock;
  guint              id;
} PastAlarm;

static gboolean
fire_past_alarm_idle (gpointer user_data)
{
  PastAlarm *past = user_data;
  guint index;
  ManualAlarm *alarm = find_alarm (past->clock, past->id, &index);

  if (alarm != NULL)
    {
      alarm->idle_id = 0;
      fire_alarm (past->clock, alarm);
    }

  return G_SOURCE_REMOVE;
}

static guint
cordon_manual_clock_add_alarm (CordonClock          *clock,
                               gint64                usec,
                               CordonClockAlarmFunc  func,
                               gpointer              user_data,
                               GDestroyNotify        destroy)
{
  CordonManualClock *self = CORDON_MANUAL_CLOCK (clock);
  ManualAlarm *alarm = g_new0 (ManualAlarm, 1);

  alarm->id = ++last_alarm_id;
  alarm->usec = usec;
  alarm->func = func;
  alarm->user_data = user_data;
  alarm->destroy = destroy;
  g_ptr_array_add (self->alarms, alarm);

  if (usec <= self->now)
    {
      PastAlarm *past = g_new0 (PastAlarm, 1);

      past->clock = self;
      past->id = alarm->id;
      alarm->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT, fire_past_alarm_idle, past, g_free);
    }

  return alarm->id;
}

static void
cordon_manual_clock_remove_alarm (CordonClock *clock,
                                  guint        alarm_id)
{
  CordonManualClock *self = CORDON_MANUAL_CLOCK (clock);
  ManualAlarm *alarm;
  guint index;

  if ((alarm = find_alarm (self, alarm_id, &index)) != NULL)
    g_ptr_array_remove_index_fast (self->alarms, index);
}

static void
clock_iface_init (CordonClockInterface *iface)
{
  iface->now = cordon_manual_clock_now;
  iface->add_alarm = cordon_manual_clock_add_alarm;
  iface->remove_alarm = cordon_manual_clock_remove_alarm;
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
  fire_due_alarms (self);
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
cordon_manual_clock_finalize (GObject *object)
{
  CordonManualClock *self = CORDON_MANUAL_CLOCK (object);

  g_clear_pointer (&self->alarms, g_ptr_array_unref);

  G_OBJECT_CLASS (cordon_manual_clock_parent_class)->finalize (object);
}

static void
cordon_manual_clock_class_init (CordonManualClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_manual_clock_finalize;
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
  self->alarms = g_ptr_array_new_with_free_func ((GDestroyNotify) manual_alarm_free);
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
