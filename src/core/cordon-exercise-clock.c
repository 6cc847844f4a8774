/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-exercise-clock.c: a CordonClock for tabletop exercises.
 *
 * Exercise time is kept as an anchor pair: the exercise time and the
 * base time at the last start, pause, resume, speed change or jump. From
 * there, while running, exercise time is the anchor plus the base time
 * elapsed, times the speed. The clock keeps its own alarms in exercise
 * time and arms one alarm on the base clock, for the base time at which
 * the earliest of them falls due; every change of the mapping re-arms
 * it, so nothing polls and nothing fires early or late.
 */

#define G_LOG_DOMAIN "cordon-exercise-clock"

#include "config.h"

#include "cordon-exercise-clock.h"
#include "cordon-time.h"

struct _CordonExerciseClock
{
  GObject      parent_instance;

  CordonClock *base;
  gulong       base_changed_id;

  gboolean     running;
  guint        speed;
  gint64       exercise_anchor;
  gint64       base_anchor;

  GPtrArray   *alarms;         /* ExerciseAlarm, in no particular order */
  guint        base_alarm_id;  /* on the base clock, for the earliest alarm */
  guint        idle_id;        /* fires alarms already due */
};

typedef struct
{
  guint                 id;
  gint64                usec;
  CordonClockAlarmFunc  func;
  gpointer              user_data;
  GDestroyNotify        destroy;
} ExerciseAlarm;

static void clock_iface_init (CordonClockInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (CordonExerciseClock, cordon_exercise_clock, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (CORDON_TYPE_CLOCK, clock_iface_init))

enum {
  PROP_0,
  PROP_RUNNING,
  PROP_SPEED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const guint valid_speeds[] = { 1, 2, 5, 10, 60 };

static guint last_alarm_id;

static void rearm (CordonExerciseClock *self);

static gint64
exercise_now (CordonExerciseClock *self)
{
  if (!self->running)
    return self->exercise_anchor;

  return self->exercise_anchor + (cordon_clock_now_usec (self->base) - self->base_anchor) * self->speed;
}

/* Restarts the mapping from the current exercise time */
static void
reanchor (CordonExerciseClock *self,
          gint64               exercise_usec)
{
  self->exercise_anchor = exercise_usec;
  self->base_anchor = cordon_clock_now_usec (self->base);
}

static void
exercise_alarm_free (ExerciseAlarm *alarm)
{
  if (alarm->destroy != NULL)
    alarm->destroy (alarm->user_data);
  g_free (alarm);
}

static ExerciseAlarm *
earliest_alarm (CordonExerciseClock *self)
{
  ExerciseAlarm *next = NULL;

  for (guint i = 0; i < self->alarms->len; i++)
    {
      ExerciseAlarm *alarm = g_ptr_array_index (self->alarms, i);

      if (next == NULL || alarm->usec < next->usec || (alarm->usec == next->usec && alarm->id < next->id))
        next = alarm;
    }

  return next;
}

static guint
index_of (CordonExerciseClock *self,
          ExerciseAlarm       *alarm)
{
  guint index = 0;

  if (!g_ptr_array_find (self->alarms, alarm, &index))
    g_assert_not_reached ();

  return index;
}

/* Fires the earliest due alarm, again and again: callbacks may add and
 * remove alarms, pause or jump while this runs. */
static void
fire_due_alarms (CordonExerciseClock *self)
{
  g_autoptr(CordonExerciseClock) hold = g_object_ref (self);

  for (;;)
    {
      ExerciseAlarm *next = earliest_alarm (self);

      if (next == NULL || next->usec > exercise_now (self))
        break;

      g_ptr_array_steal_index_fast (self->alarms, index_of (self, next));
      next->func (CORDON_CLOCK (self), next->user_data);
      exercise_alarm_free (next);
    }

  rearm (self);
}

static gboolean
fire_due_idle (gpointer user_data)
{
  CordonExerciseClock *self = user_data;

  self->idle_id = 0;
  fire_due_alarms (self);

  return G_SOURCE_REMOVE;
}

static void
on_base_alarm (CordonClock *base,
               gpointer     user_data)
{
  CordonExerciseClock *self = user_data;

  self->base_alarm_id = 0;
  fire_due_alarms (self);
}

static void
rearm (CordonExerciseClock *self)
{
  ExerciseAlarm *next;
  gint64 wait;

  if (self->base_alarm_id != 0)
    {
      cordon_clock_remove_alarm (self->base, self->base_alarm_id);
      self->base_alarm_id = 0;
    }

  next = earliest_alarm (self);
  if (next == NULL)
    return;

  if (next->usec <= exercise_now (self))
    {
      /* Due already (added for a time past, or while paused): soon */
      if (self->idle_id == 0)
        self->idle_id = g_idle_add_full (G_PRIORITY_DEFAULT, fire_due_idle, self, NULL);
      return;
    }

  if (!self->running)
    return;

  /* Round up, so that exercise time has reached the alarm when the base
   * alarm fires */
  wait = next->usec - self->exercise_anchor;
  self->base_alarm_id = cordon_clock_add_alarm (self->base,
                                                self->base_anchor + (wait + self->speed - 1) / self->speed,
                                                on_base_alarm, self, NULL);
}

static void
on_base_changed (CordonClock *base,
                 gpointer     user_data)
{
  CordonExerciseClock *self = user_data;

  /* A paused clock does not follow its base */
  if (self->running)
    cordon_clock_changed (CORDON_CLOCK (self));
}

static GDateTime *
cordon_exercise_clock_now (CordonClock *clock)
{
  return cordon_time_to_date_time (exercise_now (CORDON_EXERCISE_CLOCK (clock)));
}

static guint
cordon_exercise_clock_add_alarm (CordonClock          *clock,
                                 gint64                usec,
                                 CordonClockAlarmFunc  func,
                                 gpointer              user_data,
                                 GDestroyNotify        destroy)
{
  CordonExerciseClock *self = CORDON_EXERCISE_CLOCK (clock);
  ExerciseAlarm *alarm = g_new0 (ExerciseAlarm, 1);

  alarm->id = ++last_alarm_id;
  alarm->usec = usec;
  alarm->func = func;
  alarm->user_data = user_data;
  alarm->destroy = destroy;
  g_ptr_array_add (self->alarms, alarm);
  rearm (self);

  return alarm->id;
}

static void
cordon_exercise_clock_remove_alarm (CordonClock *clock,
                                    guint        alarm_id)
{
  CordonExerciseClock *self = CORDON_EXERCISE_CLOCK (clock);

  for (guint i = 0; i < self->alarms->len; i++)
    {
      ExerciseAlarm *alarm = g_ptr_array_index (self->alarms, i);

      /* The array's free function frees the alarm and its data */
      if (alarm->id == alarm_id)
        {
          g_ptr_array_remove_index_fast (self->alarms, i);
          rearm (self);
          return;
        }
    }
}

static void
clock_iface_init (CordonClockInterface *iface)
{
  iface->now = cordon_exercise_clock_now;
  iface->add_alarm = cordon_exercise_clock_add_alarm;
  iface->remove_alarm = cordon_exercise_clock_remove_alarm;
}

static void
set_running (CordonExerciseClock *self,
             gboolean             running)
{
  if (self->running == running)
    return;

  self->running = running;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

static void
cordon_exercise_clock_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CordonExerciseClock *self = CORDON_EXERCISE_CLOCK (object);

  switch (prop_id)
    {
    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;

    case PROP_SPEED:
      g_value_set_uint (value, self->speed);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_exercise_clock_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CordonExerciseClock *self = CORDON_EXERCISE_CLOCK (object);

  switch (prop_id)
    {
    case PROP_SPEED:
      cordon_exercise_clock_set_speed (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_exercise_clock_dispose (GObject *object)
{
  CordonExerciseClock *self = CORDON_EXERCISE_CLOCK (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (self->base != NULL)
    {
      if (self->base_alarm_id != 0)
        cordon_clock_remove_alarm (self->base, self->base_alarm_id);
      self->base_alarm_id = 0;
      g_clear_signal_handler (&self->base_changed_id, self->base);
    }
  g_clear_object (&self->base);
  if (self->alarms != NULL)
    g_ptr_array_set_size (self->alarms, 0);

  G_OBJECT_CLASS (cordon_exercise_clock_parent_class)->dispose (object);
}

static void
cordon_exercise_clock_finalize (GObject *object)
{
  CordonExerciseClock *self = CORDON_EXERCISE_CLOCK (object);

  g_clear_pointer (&self->alarms, g_ptr_array_unref);

  G_OBJECT_CLASS (cordon_exercise_clock_parent_class)->finalize (object);
}

static void
cordon_exercise_clock_class_init (CordonExerciseClockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cordon_exercise_clock_dispose;
  object_class->finalize = cordon_exercise_clock_finalize;
  object_class->get_property = cordon_exercise_clock_get_property;
  object_class->set_property = cordon_exercise_clock_set_property;

  /**
   * CordonExerciseClock:running:
   *
   * Whether exercise time runs.
   */
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonExerciseClock:speed:
   *
   * Exercise seconds per real second: 1, 2, 5, 10 or 60.
   */
  properties[PROP_SPEED] =
    g_param_spec_uint ("speed", NULL, NULL,
                       1, 60, 1,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_exercise_clock_init (CordonExerciseClock *self)
{
  self->speed = 1;
  self->alarms = g_ptr_array_new_with_free_func ((GDestroyNotify) exercise_alarm_free);
}

CordonExerciseClock *
cordon_exercise_clock_new (CordonClock *base,
                           GDateTime   *start)
{
  CordonExerciseClock *self;

  g_return_val_if_fail (CORDON_IS_CLOCK (base), NULL);

  self = g_object_new (CORDON_TYPE_EXERCISE_CLOCK, NULL);
  self->base = g_object_ref (base);
  self->base_changed_id = g_signal_connect_object (base, "changed", G_CALLBACK (on_base_changed),
                                                   self, G_CONNECT_DEFAULT);
  reanchor (self, start != NULL ? cordon_time_from_date_time (start) : cordon_clock_now_usec (base));

  return self;
}

CordonClock *
cordon_exercise_clock_get_base (CordonExerciseClock *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE_CLOCK (self), NULL);

  return self->base;
}

void
cordon_exercise_clock_start (CordonExerciseClock *self,
                             GDateTime           *start)
{
  gint64 usec;
  gboolean moved;

  g_return_if_fail (CORDON_IS_EXERCISE_CLOCK (self));
  g_return_if_fail (start != NULL);

  usec = cordon_time_from_date_time (start);
  moved = usec != exercise_now (self);
  reanchor (self, usec);
  set_running (self, TRUE);
  if (moved)
    cordon_clock_changed (CORDON_CLOCK (self));
  fire_due_alarms (self);
}

void
cordon_exercise_clock_pause (CordonExerciseClock *self)
{
  g_return_if_fail (CORDON_IS_EXERCISE_CLOCK (self));

  if (!self->running)
    return;

  reanchor (self, exercise_now (self));
  set_running (self, FALSE);
  rearm (self);
}

void
cordon_exercise_clock_resume (CordonExerciseClock *self)
{
  g_return_if_fail (CORDON_IS_EXERCISE_CLOCK (self));

  if (self->running)
    return;

  reanchor (self, self->exercise_anchor);
  set_running (self, TRUE);
  rearm (self);
}

gboolean
cordon_exercise_clock_get_running (CordonExerciseClock *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE_CLOCK (self), FALSE);

  return self->running;
}

gboolean
cordon_exercise_clock_is_valid_speed (guint speed)
{
  for (guint i = 0; i < G_N_ELEMENTS (valid_speeds); i++)
    {
      if (valid_speeds[i] == speed)
        return TRUE;
    }

  return FALSE;
}

void
cordon_exercise_clock_set_speed (CordonExerciseClock *self,
                                 guint                speed)
{
  g_return_if_fail (CORDON_IS_EXERCISE_CLOCK (self));
  g_return_if_fail (cordon_exercise_clock_is_valid_speed (speed));

  if (self->speed == speed)
    return;

  if (self->base != NULL)
    reanchor (self, exercise_now (self));
  self->speed = speed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEED]);
  if (self->base != NULL)
    rearm (self);
}

guint
cordon_exercise_clock_get_speed (CordonExerciseClock *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE_CLOCK (self), 1);

  return self->speed;
}

void
cordon_exercise_clock_jump_to_usec (CordonExerciseClock *self,
                                    gint64               usec)
{
  g_return_if_fail (CORDON_IS_EXERCISE_CLOCK (self));

  reanchor (self, usec);
  cordon_clock_changed (CORDON_CLOCK (self));
  fire_due_alarms (self);
}

void
cordon_exercise_clock_jump_to (CordonExerciseClock *self,
                               GDateTime           *time)
{
  g_return_if_fail (time != NULL);

  cordon_exercise_clock_jump_to_usec (self, cordon_time_from_date_time (time));
}

gboolean
cordon_exercise_clock_get_next_alarm (CordonExerciseClock *self,
                                      gint64              *out_usec)
{
  ExerciseAlarm *next;

  g_return_val_if_fail (CORDON_IS_EXERCISE_CLOCK (self), FALSE);

  next = earliest_alarm (self);
  if (next != NULL && out_usec != NULL)
    *out_usec = next->usec;

  return next != NULL;
}
