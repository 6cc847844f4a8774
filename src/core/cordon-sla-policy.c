/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-sla-policy.c: the service-level agreement that applies to incidents of
 * one severity, and the defaults a new workspace ships with.
 */

#define G_LOG_DOMAIN "cordon-sla-policy"

#include "config.h"

#include "cordon-sla-policy.h"

struct _CordonSlaPolicy
{
  GObject parent_instance;

  char *severity;
  gint64 response;
  gint64 resolution;
  gint64 first_update;
  gint64 update_interval;
  int warning_percent;
  gboolean business_hours;
  char *calendar;
  char *time_zone;
};

G_DEFINE_FINAL_TYPE (CordonSlaPolicy, cordon_sla_policy, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SEVERITY,
  PROP_RESPONSE,
  PROP_RESOLUTION,
  PROP_FIRST_UPDATE,
  PROP_UPDATE_INTERVAL,
  PROP_WARNING_PERCENT,
  PROP_BUSINESS_HOURS,
  PROP_CALENDAR,
  PROP_TIME_ZONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cordon_sla_policy_finalize (GObject *object)
{
  CordonSlaPolicy *self = (CordonSlaPolicy *)object;

  g_clear_pointer (&self->severity, g_free);
  g_clear_pointer (&self->calendar, g_free);
  g_clear_pointer (&self->time_zone, g_free);

  G_OBJECT_CLASS (cordon_sla_policy_parent_class)->finalize (object);
}

static void
cordon_sla_policy_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CordonSlaPolicy *self = CORDON_SLA_POLICY (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      g_value_set_string (value, self->severity);
      break;

    case PROP_RESPONSE:
      g_value_set_int64 (value, self->response);
      break;

    case PROP_RESOLUTION:
      g_value_set_int64 (value, self->resolution);
      break;

    case PROP_FIRST_UPDATE:
      g_value_set_int64 (value, self->first_update);
      break;

    case PROP_UPDATE_INTERVAL:
      g_value_set_int64 (value, self->update_interval);
      break;

    case PROP_WARNING_PERCENT:
      g_value_set_int (value, self->warning_percent);
      break;

    case PROP_BUSINESS_HOURS:
      g_value_set_boolean (value, self->business_hours);
      break;

    case PROP_CALENDAR:
      g_value_set_string (value, self->calendar);
      break;

    case PROP_TIME_ZONE:
      g_value_set_string (value, self->time_zone);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_sla_policy_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CordonSlaPolicy *self = CORDON_SLA_POLICY (object);

  switch (prop_id)
    {
    case PROP_SEVERITY:
      cordon_sla_policy_set_severity (self, g_value_get_string (value));
      break;

    case PROP_RESPONSE:
      cordon_sla_policy_set_response (self, g_value_get_int64 (value));
      break;

    case PROP_RESOLUTION:
      cordon_sla_policy_set_resolution (self, g_value_get_int64 (value));
      break;

    case PROP_FIRST_UPDATE:
      cordon_sla_policy_set_first_update (self, g_value_get_int64 (value));
      break;

    case PROP_UPDATE_INTERVAL:
      cordon_sla_policy_set_update_interval (self, g_value_get_int64 (value));
      break;

    case PROP_WARNING_PERCENT:
      cordon_sla_policy_set_warning_percent (self, g_value_get_int (value));
      break;

    case PROP_BUSINESS_HOURS:
      cordon_sla_policy_set_business_hours (self, g_value_get_boolean (value));
      break;

    case PROP_CALENDAR:
      cordon_sla_policy_set_calendar (self, g_value_get_string (value));
      break;

    case PROP_TIME_ZONE:
      cordon_sla_policy_set_time_zone (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_sla_policy_class_init (CordonSlaPolicyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_sla_policy_finalize;
  object_class->get_property = cordon_sla_policy_get_property;
  object_class->set_property = cordon_sla_policy_set_property;

  /**
   * CordonSlaPolicy:severity:
   *
   * the taxonomy id of the severity it applies to
   */
  properties[PROP_SEVERITY] =
    g_param_spec_string ("severity", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonSlaPolicy:response:
   *
   * seconds allowed from detection to acknowledgement
   */
  properties[PROP_RESPONSE] =
    g_param_spec_int64 ("response", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonSlaPolicy:resolution:
   *
   * seconds allowed from detection to recovery
   */
  properties[PROP_RESOLUTION] =
    g_param_spec_int64 ("resolution", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonSlaPolicy:first-update:
   *
   * seconds allowed from acknowledgement to the first status update
   */
  properties[PROP_FIRST_UPDATE] =
    g_param_spec_int64 ("first-update", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonSlaPolicy:update-interval:
   *
   * seconds allowed between two status updates
   */
  properties[PROP_UPDATE_INTERVAL] =
    g_param_spec_int64 ("update-interval", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonSlaPolicy:warning-percent:
   *
   * share of the allowed time after which a deadline is in warning
   */
  properties[PROP_WARNING_PERCENT] =
    g_param_spec_int ("warning-percent", NULL, NULL,
                      1, 99, 75,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonSlaPolicy:business-hours:
   *
   * count only business hours (reserved; not applied yet)
   */
  properties[PROP_BUSINESS_HOURS] =
    g_param_spec_boolean ("business-hours", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonSlaPolicy:calendar:
   *
   * the business hours counted when business-hours is set, in the text
   * form of #CordonSlaCalendar; empty for %CORDON_SLA_CALENDAR_DEFAULT
   */
  properties[PROP_CALENDAR] =
    g_param_spec_string ("calendar", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonSlaPolicy:time-zone:
   *
   * the IANA time zone of the business hours, e.g. Europe/Berlin; empty
   * for the local zone
   */
  properties[PROP_TIME_ZONE] =
    g_param_spec_string ("time-zone", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_sla_policy_init (CordonSlaPolicy *self)
{
  self->severity = g_strdup ("");
  self->calendar = g_strdup ("");
  self->time_zone = g_strdup ("");
  self->warning_percent = 75;
}

/**
 * cordon_sla_policy_new:
 *
 * Returns: (transfer full): a new, empty #CordonSlaPolicy
 */
CordonSlaPolicy *
cordon_sla_policy_new (void)
{
  return g_object_new (CORDON_TYPE_SLA_POLICY, NULL);
}

const char *
cordon_sla_policy_get_severity (CordonSlaPolicy *self)
{
  g_return_val_if_fail (CORDON_IS_SLA_POLICY (self), NULL);

  return self->severity;
}

void
cordon_sla_policy_set_severity (CordonSlaPolicy *self,
                                const char      *severity)
{
  g_return_if_fail (CORDON_IS_SLA_POLICY (self));

  if (severity == NULL)
    severity = "";

  if (g_strcmp0 (self->severity, severity) == 0)
    return;

  g_free (self->severity);
  self->severity = g_strdup (severity);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEVERITY]);
}

gint64
cordon_sla_policy_get_response (CordonSlaPolicy *self)
{
  g_return_val_if_fail (CORDON_IS_SLA_POLICY (self), 0);

  return self->response;
}

void
cordon_sla_policy_set_response (CordonSlaPolicy *self,
                                gint64           response)
{
  g_return_if_fail (CORDON_IS_SLA_POLICY (self));
  g_return_if_fail (response >= 0);

  if (self->response == response)
    return;

  self->response = response;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONSE]);
}

gint64
cordon_sla_policy_get_resolution (CordonSlaPolicy *self)
{
  g_return_val_if_fail (CORDON_IS_SLA_POLICY (self), 0);

  return self->resolution;
}

void
cordon_sla_policy_set_resolution (CordonSlaPolicy *self,
                                  gint64           resolution)
{
  g_return_if_fail (CORDON_IS_SLA_POLICY (self));
  g_return_if_fail (resolution >= 0);

  if (self->resolution == resolution)
    return;

  self->resolution = resolution;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESOLUTION]);
}

gint64
cordon_sla_policy_get_first_update (CordonSlaPolicy *self)
{
  g_return_val_if_fail (CORDON_IS_SLA_POLICY (self), 0);

  return self->first_update;
}

void
cordon_sla_policy_set_first_update (CordonSlaPolicy *self,
                                    gint64           first_update)
{
  g_return_if_fail (CORDON_IS_SLA_POLICY (self));
  g_return_if_fail (first_update >= 0);

  if (self->first_update == first_update)
    return;

  self->first_update = first_update;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_UPDATE]);
}

gint64
cordon_sla_policy_get_update_interval (CordonSlaPolicy *self)
{
  g_return_val_if_fail (CORDON_IS_SLA_POLICY (self), 0);

  return self->update_interval;
}

void
cordon_sla_policy_set_update_interval (CordonSlaPolicy *self,
                                       gint64           update_interval)
{
  g_return_if_fail (CORDON_IS_SLA_POLICY (self));
  g_return_if_fail (update_interval >= 0);

  if (self->update_interval == update_interval)
    return;

  self->update_interval = update_interval;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATE_INTERVAL]);
}

int
cordon_sla_policy_get_warning_percent (CordonSlaPolicy *self)
{
  g_return_val_if_fail (CORDON_IS_SLA_POLICY (self), 0);

  return self->warning_percent;
}

void
cordon_sla_policy_set_warning_percent (CordonSlaPolicy *self,
                                       int              warning_percent)
{
  g_return_if_fail (CORDON_IS_SLA_POLICY (self));
  g_return_if_fail (warning_percent >= 1 && warning_percent <= 99);

  if (self->warning_percent == warning_percent)
    return;

  self->warning_percent = warning_percent;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNING_PERCENT]);
}

gboolean
cordon_sla_policy_get_business_hours (CordonSlaPolicy *self)
{
  g_return_val_if_fail (CORDON_IS_SLA_POLICY (self), FALSE);

  return self->business_hours;
}

void
cordon_sla_policy_set_business_hours (CordonSlaPolicy *self,
                                      gboolean         business_hours)
{
  g_return_if_fail (CORDON_IS_SLA_POLICY (self));

  business_hours = !!business_hours;

  if (self->business_hours == business_hours)
    return;

  self->business_hours = business_hours;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSINESS_HOURS]);
}

const char *
cordon_sla_policy_get_calendar (CordonSlaPolicy *self)
{
  g_return_val_if_fail (CORDON_IS_SLA_POLICY (self), NULL);

  return self->calendar;
}

void
cordon_sla_policy_set_calendar (CordonSlaPolicy *self,
                                const char      *calendar)
{
  g_return_if_fail (CORDON_IS_SLA_POLICY (self));

  if (calendar == NULL)
    calendar = "";

  if (g_strcmp0 (self->calendar, calendar) == 0)
    return;

  g_free (self->calendar);
  self->calendar = g_strdup (calendar);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CALENDAR]);
}

const char *
cordon_sla_policy_get_time_zone (CordonSlaPolicy *self)
{
  g_return_val_if_fail (CORDON_IS_SLA_POLICY (self), NULL);

  return self->time_zone;
}

void
cordon_sla_policy_set_time_zone (CordonSlaPolicy *self,
                                 const char      *time_zone)
{
  g_return_if_fail (CORDON_IS_SLA_POLICY (self));

  if (time_zone == NULL)
    time_zone = "";

  if (g_strcmp0 (self->time_zone, time_zone) == 0)
    return;

  g_free (self->time_zone);
  self->time_zone = g_strdup (time_zone);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME_ZONE]);
}

/**
 * cordon_sla_policy_new_defaults:
 *
 * The policies a new workspace starts with, one per default severity:
 *
 * | severity | respond | resolve  | first update | then every |
 * |----------|---------|----------|--------------|------------|
 * | critical | 15 min  | 4 h      | 30 min       | 60 min     |
 * | high     | 1 h     | 24 h     | 1 h          | 2 h        |
 * | medium   | 4 h     | 3 days   | 4 h          | 8 h        |
 * | low      | 1 day   | 10 days  | 1 day        | 1 day      |
 *
 * All warn at 75 % of the allowed time.
 *
 * Returns: (transfer full) (element-type CordonSlaPolicy): the policies,
 *   from the lowest severity to the highest
 */
GPtrArray *
cordon_sla_policy_new_defaults (void)
{
  static const struct {
    const char *severity;
    gint64 response;
    gint64 resolution;
    gint64 first_update;
    gint64 update_interval;
  } defaults[] = {
    { "low", 24 * 3600, 10 * 24 * 3600, 24 * 3600, 24 * 3600 },
    { "medium", 4 * 3600, 3 * 24 * 3600, 4 * 3600, 8 * 3600 },
    { "high", 3600, 24 * 3600, 3600, 2 * 3600 },
    { "critical", 15 * 60, 4 * 3600, 30 * 60, 60 * 60 },
  };
  GPtrArray *policies = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    g_ptr_array_add (policies,
                     g_object_new (CORDON_TYPE_SLA_POLICY,
                                   "severity", defaults[i].severity,
                                   "response", defaults[i].response,
                                   "resolution", defaults[i].resolution,
                                   "first-update", defaults[i].first_update,
                                   "update-interval", defaults[i].update_interval,
                                   "warning-percent", 75,
                                   NULL));

  return policies;
}
