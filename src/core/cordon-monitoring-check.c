/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-monitoring-check.c: how the effect of a containment action is watched.
 */

#define G_LOG_DOMAIN "cordon-monitoring-check"

#include "config.h"

#include "cordon-monitoring-check.h"

struct _CordonMonitoringCheck
{
  GObject parent_instance;

  gint64 id;
  gint64 action_id;
  CordonMonitoringTarget target;
  char *text;
  gint64 duration;
  gint64 interval;
  GDateTime *next_due;
  GDateTime *ends;
  CordonMonitoringOutcome outcome;
  char *outcome_notes;
};

G_DEFINE_FINAL_TYPE (CordonMonitoringCheck, cordon_monitoring_check, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ACTION_ID,
  PROP_TARGET,
  PROP_TEXT,
  PROP_DURATION,
  PROP_INTERVAL,
  PROP_NEXT_DUE,
  PROP_ENDS,
  PROP_OUTCOME,
  PROP_OUTCOME_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cordon_monitoring_check_finalize (GObject *object)
{
  CordonMonitoringCheck *self = (CordonMonitoringCheck *)object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->next_due, g_date_time_unref);
  g_clear_pointer (&self->ends, g_date_time_unref);
  g_clear_pointer (&self->outcome_notes, g_free);

  G_OBJECT_CLASS (cordon_monitoring_check_parent_class)->finalize (object);
}

static void
cordon_monitoring_check_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  CordonMonitoringCheck *self = CORDON_MONITORING_CHECK (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_ACTION_ID:
      g_value_set_int64 (value, self->action_id);
      break;

    case PROP_TARGET:
      g_value_set_enum (value, self->target);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_DURATION:
      g_value_set_int64 (value, self->duration);
      break;

    case PROP_INTERVAL:
      g_value_set_int64 (value, self->interval);
      break;

    case PROP_NEXT_DUE:
      g_value_set_boxed (value, self->next_due);
      break;

    case PROP_ENDS:
      g_value_set_boxed (value, self->ends);
      break;

    case PROP_OUTCOME:
      g_value_set_enum (value, self->outcome);
      break;

    case PROP_OUTCOME_NOTES:
      g_value_set_string (value, self->outcome_notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_monitoring_check_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  CordonMonitoringCheck *self = CORDON_MONITORING_CHECK (object);

  switch (prop_id)
    {
    case PROP_ID:
      cordon_monitoring_check_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_ACTION_ID:
      cordon_monitoring_check_set_action_id (self, g_value_get_int64 (value));
      break;

    case PROP_TARGET:
      cordon_monitoring_check_set_target (self, g_value_get_enum (value));
      break;

    case PROP_TEXT:
      cordon_monitoring_check_set_text (self, g_value_get_string (value));
      break;

    case PROP_DURATION:
      cordon_monitoring_check_set_duration (self, g_value_get_int64 (value));
      break;

    case PROP_INTERVAL:
      cordon_monitoring_check_set_interval (self, g_value_get_int64 (value));
      break;

    case PROP_NEXT_DUE:
      cordon_monitoring_check_set_next_due (self, g_value_get_boxed (value));
      break;

    case PROP_ENDS:
      cordon_monitoring_check_set_ends (self, g_value_get_boxed (value));
      break;

    case PROP_OUTCOME:
      cordon_monitoring_check_set_outcome (self, g_value_get_enum (value));
      break;

    case PROP_OUTCOME_NOTES:
      cordon_monitoring_check_set_outcome_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_monitoring_check_class_init (CordonMonitoringCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_monitoring_check_finalize;
  object_class->get_property = cordon_monitoring_check_get_property;
  object_class->set_property = cordon_monitoring_check_set_property;

  /**
   * CordonMonitoringCheck:id:
   *
   * the row id in the workspace; 0 until the object is stored
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonMonitoringCheck:action-id:
   *
   * the row id of the plan action it watches
   */
  properties[PROP_ACTION_ID] =
    g_param_spec_int64 ("action-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonMonitoringCheck:target:
   *
   * what is watched
   */
  properties[PROP_TARGET] =
    g_param_spec_enum ("target", NULL, NULL,
                       CORDON_TYPE_MONITORING_TARGET, CORDON_MONITORING_TARGET_ATTACK_VECTOR,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonMonitoringCheck:text:
   *
   * what exactly, e.g. the SIEM rule or the segment
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonMonitoringCheck:duration:
   *
   * for how long, in seconds
   */
  properties[PROP_DURATION] =
    g_param_spec_int64 ("duration", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonMonitoringCheck:interval:
   *
   * how often it is checked, in seconds
   */
  properties[PROP_INTERVAL] =
    g_param_spec_int64 ("interval", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonMonitoringCheck:next-due:
   *
   * when the next check is due (UTC), or %NULL
   */
  properties[PROP_NEXT_DUE] =
    g_param_spec_boxed ("next-due", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonMonitoringCheck:ends:
   *
   * when the monitoring period ends (UTC), or %NULL when it has no end
   */
  properties[PROP_ENDS] =
    g_param_spec_boxed ("ends", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonMonitoringCheck:outcome:
   *
   * what was seen
   */
  properties[PROP_OUTCOME] =
    g_param_spec_enum ("outcome", NULL, NULL,
                       CORDON_TYPE_MONITORING_OUTCOME, CORDON_MONITORING_OUTCOME_PENDING,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonMonitoringCheck:outcome-notes:
   *
   * notes on the outcome
   */
  properties[PROP_OUTCOME_NOTES] =
    g_param_spec_string ("outcome-notes", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_monitoring_check_init (CordonMonitoringCheck *self)
{
  self->target = CORDON_MONITORING_TARGET_ATTACK_VECTOR;
  self->text = g_strdup ("");
  self->outcome = CORDON_MONITORING_OUTCOME_PENDING;
  self->outcome_notes = g_strdup ("");
}

/**
 * cordon_monitoring_check_new:
 *
 * Returns: (transfer full): a new, empty #CordonMonitoringCheck
 */
CordonMonitoringCheck *
cordon_monitoring_check_new (void)
{
  return g_object_new (CORDON_TYPE_MONITORING_CHECK, NULL);
}

gint64
cordon_monitoring_check_get_id (CordonMonitoringCheck *self)
{
  g_return_val_if_fail (CORDON_IS_MONITORING_CHECK (self), 0);

  return self->id;
}

void
cordon_monitoring_check_set_id (CordonMonitoringCheck *self,
                                gint64                 id)
{
  g_return_if_fail (CORDON_IS_MONITORING_CHECK (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
cordon_monitoring_check_get_action_id (CordonMonitoringCheck *self)
{
  g_return_val_if_fail (CORDON_IS_MONITORING_CHECK (self), 0);

  return self->action_id;
}

void
cordon_monitoring_check_set_action_id (CordonMonitoringCheck *self,
                                       gint64                 action_id)
{
  g_return_if_fail (CORDON_IS_MONITORING_CHECK (self));
  g_return_if_fail (action_id >= 0);

  if (self->action_id == action_id)
    return;

  self->action_id = action_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTION_ID]);
}

CordonMonitoringTarget
cordon_monitoring_check_get_target (CordonMonitoringCheck *self)
{
  g_return_val_if_fail (CORDON_IS_MONITORING_CHECK (self), CORDON_MONITORING_TARGET_ATTACK_VECTOR);

  return self->target;
}

void
cordon_monitoring_check_set_target (CordonMonitoringCheck  *self,
                                    CordonMonitoringTarget  target)
{
  g_return_if_fail (CORDON_IS_MONITORING_CHECK (self));

  if (self->target == target)
    return;

  self->target = target;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
}

const char *
cordon_monitoring_check_get_text (CordonMonitoringCheck *self)
{
  g_return_val_if_fail (CORDON_IS_MONITORING_CHECK (self), NULL);

  return self->text;
}

void
cordon_monitoring_check_set_text (CordonMonitoringCheck *self,
                                  const char            *text)
{
  g_return_if_fail (CORDON_IS_MONITORING_CHECK (self));

  if (text == NULL)
    text = "";

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

gint64
cordon_monitoring_check_get_duration (CordonMonitoringCheck *self)
{
  g_return_val_if_fail (CORDON_IS_MONITORING_CHECK (self), 0);

  return self->duration;
}

void
cordon_monitoring_check_set_duration (CordonMonitoringCheck *self,
                                      gint64                 duration)
{
  g_return_if_fail (CORDON_IS_MONITORING_CHECK (self));
  g_return_if_fail (duration >= 0);

  if (self->duration == duration)
    return;

  self->duration = duration;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
}

gint64
cordon_monitoring_check_get_interval (CordonMonitoringCheck *self)
{
  g_return_val_if_fail (CORDON_IS_MONITORING_CHECK (self), 0);

  return self->interval;
}

void
cordon_monitoring_check_set_interval (CordonMonitoringCheck *self,
                                      gint64                 interval)
{
  g_return_if_fail (CORDON_IS_MONITORING_CHECK (self));
  g_return_if_fail (interval >= 0);

  if (self->interval == interval)
    return;

  self->interval = interval;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVAL]);
}

GDateTime *
cordon_monitoring_check_get_next_due (CordonMonitoringCheck *self)
{
  g_return_val_if_fail (CORDON_IS_MONITORING_CHECK (self), NULL);

  return self->next_due;
}

void
cordon_monitoring_check_set_next_due (CordonMonitoringCheck *self,
                                      GDateTime             *next_due)
{
  g_return_if_fail (CORDON_IS_MONITORING_CHECK (self));

  if (self->next_due == next_due ||
      (self->next_due != NULL && next_due != NULL && g_date_time_equal (self->next_due, next_due)))
    return;

  g_clear_pointer (&self->next_due, g_date_time_unref);
  if (next_due != NULL)
    self->next_due = g_date_time_to_utc (next_due);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEXT_DUE]);
}

CordonMonitoringOutcome
cordon_monitoring_check_get_outcome (CordonMonitoringCheck *self)
{
  g_return_val_if_fail (CORDON_IS_MONITORING_CHECK (self), CORDON_MONITORING_OUTCOME_PENDING);

  return self->outcome;
}

void
cordon_monitoring_check_set_outcome (CordonMonitoringCheck   *self,
                                     CordonMonitoringOutcome  outcome)
{
  g_return_if_fail (CORDON_IS_MONITORING_CHECK (self));

  if (self->outcome == outcome)
    return;

  self->outcome = outcome;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
}

const char *
cordon_monitoring_check_get_outcome_notes (CordonMonitoringCheck *self)
{
  g_return_val_if_fail (CORDON_IS_MONITORING_CHECK (self), NULL);

  return self->outcome_notes;
}

void
cordon_monitoring_check_set_outcome_notes (CordonMonitoringCheck *self,
                                           const char            *outcome_notes)
{
  g_return_if_fail (CORDON_IS_MONITORING_CHECK (self));

  if (outcome_notes == NULL)
    outcome_notes = "";

  if (g_strcmp0 (self->outcome_notes, outcome_notes) == 0)
    return;

  g_free (self->outcome_notes);
  self->outcome_notes = g_strdup (outcome_notes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME_NOTES]);
}

GDateTime *
cordon_monitoring_check_get_ends (CordonMonitoringCheck *self)
{
  g_return_val_if_fail (CORDON_IS_MONITORING_CHECK (self), NULL);

  return self->ends;
}

void
cordon_monitoring_check_set_ends (CordonMonitoringCheck *self,
                                  GDateTime             *ends)
{
  g_return_if_fail (CORDON_IS_MONITORING_CHECK (self));

  if (self->ends == ends ||
      (self->ends != NULL && ends != NULL && g_date_time_equal (self->ends, ends)))
    return;

  g_clear_pointer (&self->ends, g_date_time_unref);
  if (ends != NULL)
    self->ends = g_date_time_to_utc (ends);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDS]);
}
