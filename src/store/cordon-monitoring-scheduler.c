/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-monitoring-scheduler.c: due reminders for monitoring checks.
 *
 * The state lives in the workspace (each check's next due time), not
 * here: the scheduler only asks for the soonest one, sleeps until then,
 * and lets the store record each reminder with the check's next due time
 * in one transaction. Re-arming is one indexed query, cheap enough to do
 * on every change rather than working out which changes matter.
 */

#define G_LOG_DOMAIN "cordon-monitoring"

#include "config.h"

#include "cordon-monitoring-scheduler.h"

struct _CordonMonitoringScheduler
{
  GObject parent_instance;

  CordonWorkspace *workspace;
  CordonClock *clock;

  guint alarm_id;
  guint arm_idle_id;
  gint64 armed_usec;
  gint64 last_now;
  gboolean started;
  gboolean firing;
};

G_DEFINE_FINAL_TYPE (CordonMonitoringScheduler, cordon_monitoring_scheduler, G_TYPE_OBJECT)

enum {
  CHECK_DUE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void arm (CordonMonitoringScheduler *self);

static void
fire (CordonClock *clock,
      gpointer     user_data)
{
  CordonMonitoringScheduler *self = user_data;
  g_autoptr(GListModel) due = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;
  gint64 now_usec;

  self->alarm_id = 0;
  self->armed_usec = -1;

  now_usec = cordon_clock_now_usec (self->clock);
  now = cordon_clock_now (self->clock);
  self->last_now = now_usec;

  if (!(due = cordon_workspace_list_due_monitoring_checks (self->workspace, now, &error)))
    {
      g_warning ("Could not read the monitoring checks due: %s", error->message);
      return;
    }

  /* Journal entries written below change the incident; re-arm once at
   * the end, not on each of those signals */
  g_object_ref (self);
  self->firing = TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (due); i++)
    {
      g_autoptr(CordonMonitoringCheck) check = g_list_model_get_item (due, i);
      g_autoptr(CordonPlanAction) action = NULL;
      g_autoptr(CordonIncident) incident = NULL;
      gboolean final = FALSE;

      if (!cordon_workspace_remind_monitoring_check (self->workspace, check, now_usec, &final, &error))
        {
          g_warning ("Could not record that monitoring check #%" G_GINT64_FORMAT " is due: %s",
                     cordon_monitoring_check_get_id (check), error->message);
          g_clear_error (&error);
          continue;
        }

      action = cordon_workspace_lookup_plan_action (self->workspace,
                                                    cordon_monitoring_check_get_action_id (check),
                                                    &error);
      if (action == NULL)
        {
          g_warning ("Could not read the action of monitoring check #%" G_GINT64_FORMAT ": %s",
                     cordon_monitoring_check_get_id (check), error->message);
          g_clear_error (&error);
          continue;
        }

      incident = cordon_workspace_lookup_incident_by_id (self->workspace,
                                                         cordon_plan_action_get_incident_id (action),
                                                         NULL);
      if (incident != NULL)
        g_signal_emit (self, signals[CHECK_DUE], 0, incident, action, check, final);
    }

  self->firing = FALSE;
  arm (self);
  g_object_unref (self);
}

static void
arm (CordonMonitoringScheduler *self)
{
  g_autoptr(GError) error = NULL;
  gint64 due;

  if (!self->started || self->firing)
    return;

  if (!cordon_workspace_get_next_monitoring_due (self->workspace, &due, &error))
    {
      g_warning ("Could not read when the next monitoring check is due: %s", error->message);
      return;
    }

  if (due == self->armed_usec && (due < 0 || self->alarm_id != 0))
    return;

  if (self->alarm_id != 0)
    cordon_clock_remove_alarm (self->clock, self->alarm_id);
  self->alarm_id = 0;
  self->armed_usec = due;

  if (due >= 0)
    self->alarm_id = cordon_clock_add_alarm (self->clock, due, fire, self, NULL);
}

static gboolean
arm_idle (gpointer data)
{
  CordonMonitoringScheduler *self = data;

  self->arm_idle_id = 0;
  arm (self);

  return G_SOURCE_REMOVE;
}

/* An incident changes often (every journal entry, and the SLA clock
 * writes many at start-up): re-arm once the burst is over, not after each */
static void
queue_arm (CordonMonitoringScheduler *self)
{
  if (self->arm_idle_id == 0 && self->started)
    self->arm_idle_id = g_idle_add_full (G_PRIORITY_LOW, arm_idle, self, NULL);
}

static void
on_clock_changed (CordonMonitoringScheduler *self)
{
  gint64 now = cordon_clock_now_usec (self->clock);

  /* Set forward, the clock fires the alarm by itself; set back (an
   * exercise rewound), the due times may lie ahead again: arm anew */
  if (now < self->last_now && self->started)
    {
      if (self->alarm_id != 0)
        cordon_clock_remove_alarm (self->clock, self->alarm_id);
      self->alarm_id = 0;
      self->armed_usec = -1;
      arm (self);
    }

  self->last_now = now;
}

static void
cordon_monitoring_scheduler_dispose (GObject *object)
{
  CordonMonitoringScheduler *self = (CordonMonitoringScheduler *)object;

  if (self->alarm_id != 0)
    cordon_clock_remove_alarm (self->clock, self->alarm_id);
  self->alarm_id = 0;
  g_clear_handle_id (&self->arm_idle_id, g_source_remove);

  g_clear_object (&self->workspace);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (cordon_monitoring_scheduler_parent_class)->dispose (object);
}

static void
cordon_monitoring_scheduler_class_init (CordonMonitoringSchedulerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cordon_monitoring_scheduler_dispose;

  /**
   * CordonMonitoringScheduler::check-due:
   * @incident: the incident
   * @action: the containment action watched
   * @check: the check, its next due time already moved on
   * @final: whether the check's period has ended
   *
   * A monitoring check is due; its journal note is written.
   */
  signals[CHECK_DUE] =
    g_signal_new ("check-due",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL, NULL,
                  G_TYPE_NONE, 4,
                  CORDON_TYPE_INCIDENT,
                  CORDON_TYPE_PLAN_ACTION,
                  CORDON_TYPE_MONITORING_CHECK,
                  G_TYPE_BOOLEAN);
}

static void
cordon_monitoring_scheduler_init (CordonMonitoringScheduler *self)
{
  self->armed_usec = -1;
}

CordonMonitoringScheduler *
cordon_monitoring_scheduler_new (CordonWorkspace *workspace,
                                 CordonClock     *clock)
{
  CordonMonitoringScheduler *self;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (clock == NULL || CORDON_IS_CLOCK (clock), NULL);

  self = g_object_new (CORDON_TYPE_MONITORING_SCHEDULER, NULL);
  self->workspace = g_object_ref (workspace);
  self->clock = g_object_ref (clock != NULL ? clock : cordon_workspace_get_clock (workspace));

  g_signal_connect_object (workspace, "records-changed", G_CALLBACK (arm), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "incident-changed", G_CALLBACK (queue_arm), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "reloaded", G_CALLBACK (arm), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->clock, "changed", G_CALLBACK (on_clock_changed), self, G_CONNECT_SWAPPED);

  return self;
}

gboolean
cordon_monitoring_scheduler_start (CordonMonitoringScheduler  *self,
                                   GError                    **error)
{
  gint64 due;

  g_return_val_if_fail (CORDON_IS_MONITORING_SCHEDULER (self), FALSE);
  g_return_val_if_fail (!self->started, FALSE);

  if (!cordon_workspace_get_next_monitoring_due (self->workspace, &due, error))
    return FALSE;

  self->started = TRUE;
  self->last_now = cordon_clock_now_usec (self->clock);
  arm (self);

  return TRUE;
}

gint64
cordon_monitoring_scheduler_get_next_due (CordonMonitoringScheduler *self)
{
  g_return_val_if_fail (CORDON_IS_MONITORING_SCHEDULER (self), -1);

  /* A re-arm still queued is done now, so that the answer is current */
  if (self->arm_idle_id != 0)
    {
      g_clear_handle_id (&self->arm_idle_id, g_source_remove);
      arm (self);
    }

  return self->alarm_id != 0 ? self->armed_usec : -1;
}
