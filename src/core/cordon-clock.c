/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-clock.c: the CordonClock interface, and the alarms of clocks
 * that follow the system's wall clock.
 *
 * A wall-clock alarm must fire at a wall-clock time, also after a suspend
 * (the monotonic clock GLib's timeouts count stops while suspended) and
 * after the time was set. On Linux each alarm is a timerfd on
 * CLOCK_REALTIME with an absolute expiry: the kernel fires it on resume
 * when its time has passed, and TFD_TIMER_CANCEL_ON_SET wakes it when the
 * wall clock is set, so nothing polls. Elsewhere a plain timeout is used,
 * at most an hour long, that re-checks the wall clock when it fires.
 */

#define G_LOG_DOMAIN "cordon-clock"

#include "config.h"

#include "cordon-clock.h"
#include "cordon-time.h"

#ifdef __linux__
# include <errno.h>
# include <sys/timerfd.h>
# include <unistd.h>
# include <glib-unix.h>
#endif

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

/* Wall-clock alarms -------------------------------------------------- */

typedef struct
{
  CordonClock          *clock;   /* unowned: the clock owns the alarm */
  guint                 id;
  gint64                usec;
  CordonClockAlarmFunc  func;
  gpointer              user_data;
  GDestroyNotify        destroy;
  GSource              *source;
  int                   fd;
} WallAlarm;

static guint last_alarm_id;

static void
wall_alarm_free (WallAlarm *alarm)
{
  if (alarm->source != NULL)
    {
      g_source_destroy (alarm->source);
      g_source_unref (alarm->source);
    }
#ifdef __linux__
  if (alarm->fd >= 0)
    close (alarm->fd);
#endif
  if (alarm->destroy != NULL)
    alarm->destroy (alarm->user_data);
  g_free (alarm);
}

static GHashTable *
wall_alarms (CordonClock *clock,
             gboolean     create)
{
  static GQuark quark;
  GHashTable *alarms;

  if (quark == 0)
    quark = g_quark_from_static_string ("cordon-clock-alarms");

  alarms = g_object_get_qdata (G_OBJECT (clock), quark);
  if (alarms == NULL && create)
    {
      alarms = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) wall_alarm_free);
      g_object_set_qdata_full (G_OBJECT (clock), quark, alarms, (GDestroyNotify) g_hash_table_unref);
    }

  return alarms;
}

static void wall_alarm_arm (WallAlarm *alarm);

/* Fires the alarm when its time has come, or arms it again */
static void
wall_alarm_check (WallAlarm *alarm)
{
  CordonClockAlarmFunc func = alarm->func;
  CordonClock *clock = alarm->clock;
  gpointer user_data = alarm->user_data;
  GDestroyNotify destroy = alarm->destroy;

  if (g_get_real_time () < alarm->usec)
    {
      wall_alarm_arm (alarm);
      return;
    }

  /* Unhook first: the callback may arm a new alarm */
  alarm->destroy = NULL;
  g_hash_table_remove (wall_alarms (clock, FALSE), GUINT_TO_POINTER (alarm->id));

  g_object_ref (clock);
  func (clock, user_data);
  if (destroy != NULL)
    destroy (user_data);
  g_object_unref (clock);
}

#ifdef __linux__
static gboolean
wall_alarm_fd_ready (int          fd,
                     GIOCondition condition,
                     gpointer     user_data)
{
  WallAlarm *alarm = user_data;
  CordonClock *clock = alarm->clock;
  guint id = alarm->id;
  guint64 expirations;

  if (read (fd, &expirations, sizeof expirations) < 0 && errno == ECANCELED)
    {
      /* The wall clock was set: let listeners re-evaluate, then check
       * whether this alarm is due on the new time (when it still exists) */
      cordon_clock_changed (clock);
      alarm = g_hash_table_lookup (wall_alarms (clock, TRUE), GUINT_TO_POINTER (id));
      if (alarm == NULL)
        return G_SOURCE_REMOVE;
    }

  g_clear_pointer (&alarm->source, g_source_unref);
  wall_alarm_check (alarm);

  return G_SOURCE_REMOVE;
}
#else
static gboolean
wall_alarm_timeout (gpointer user_data)
{
  WallAlarm *alarm = user_data;

  g_clear_pointer (&alarm->source, g_source_unref);
  wall_alarm_check (alarm);

  return G_SOURCE_REMOVE;
}
#endif

static void
wall_alarm_arm (WallAlarm *alarm)
{
  if (alarm->source != NULL)
    {
      g_source_destroy (alarm->source);
      g_clear_pointer (&alarm->source, g_source_unref);
    }

#ifdef __linux__
  if (alarm->fd < 0)
    alarm->fd = timerfd_create (CLOCK_REALTIME, TFD_CLOEXEC | TFD_NONBLOCK);

  if (alarm->fd >= 0)
    {
      struct itimerspec spec = { { 0, 0 }, { 0, 0 } };
      gint64 usec = MAX (alarm->usec, 1);

      spec.it_value.tv_sec = usec / G_USEC_PER_SEC;
      spec.it_value.tv_nsec = (usec % G_USEC_PER_SEC) * 1000;
      if (timerfd_settime (alarm->fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &spec, NULL) == 0)
        {
          alarm->source = g_unix_fd_source_new (alarm->fd, G_IO_IN);
          g_source_set_callback (alarm->source, G_SOURCE_FUNC (wall_alarm_fd_ready), alarm, NULL);
          g_source_set_static_name (alarm->source, "[cordon] clock alarm");
          g_source_attach (alarm->source, NULL);
          return;
        }
    }

  g_critical ("Cannot arm a wall-clock timer: %s", g_strerror (errno));
#else
  {
    gint64 wait_ms = (alarm->usec - g_get_real_time ()) / 1000 + 1;

    alarm->source = g_timeout_source_new (CLAMP (wait_ms, 0, 3600 * 1000));
    g_source_set_callback (alarm->source, wall_alarm_timeout, alarm, NULL);
    g_source_set_static_name (alarm->source, "[cordon] clock alarm");
    g_source_attach (alarm->source, NULL);
  }
#endif
}

static guint
wall_add_alarm (CordonClock          *self,
                gint64                usec,
                CordonClockAlarmFunc  func,
                gpointer              user_data,
                GDestroyNotify        destroy)
{
  WallAlarm *alarm = g_new0 (WallAlarm, 1);

  alarm->clock = self;
  alarm->id = ++last_alarm_id;
  alarm->usec = usec;
  alarm->func = func;
  alarm->user_data = user_data;
  alarm->destroy = destroy;
  alarm->fd = -1;
  g_hash_table_insert (wall_alarms (self, TRUE), GUINT_TO_POINTER (alarm->id), alarm);
  wall_alarm_arm (alarm);

  return alarm->id;
}

static void
wall_remove_alarm (CordonClock *self,
                   guint        alarm_id)
{
  GHashTable *alarms = wall_alarms (self, FALSE);

  if (alarms != NULL)
    g_hash_table_remove (alarms, GUINT_TO_POINTER (alarm_id));
}

guint
cordon_clock_add_alarm (CordonClock          *self,
                        gint64                usec,
                        CordonClockAlarmFunc  func,
                        gpointer              user_data,
                        GDestroyNotify        destroy)
{
  CordonClockInterface *iface;

  g_return_val_if_fail (CORDON_IS_CLOCK (self), 0);
  g_return_val_if_fail (func != NULL, 0);

  iface = CORDON_CLOCK_GET_IFACE (self);
  if (iface->add_alarm != NULL)
    return iface->add_alarm (self, usec, func, user_data, destroy);

  return wall_add_alarm (self, usec, func, user_data, destroy);
}

void
cordon_clock_remove_alarm (CordonClock *self,
                           guint        alarm_id)
{
  CordonClockInterface *iface;

  g_return_if_fail (CORDON_IS_CLOCK (self));
  g_return_if_fail (alarm_id != 0);

  iface = CORDON_CLOCK_GET_IFACE (self);
  if (iface->remove_alarm != NULL)
    iface->remove_alarm (self, alarm_id);
  else
    wall_remove_alarm (self, alarm_id);
}
