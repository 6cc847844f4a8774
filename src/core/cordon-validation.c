/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-validation.c: one validation of a containment strategy.
 */

#define G_LOG_DOMAIN "cordon-validation"

#include "config.h"

#include "cordon-validation.h"

struct _CordonValidation
{
  GObject parent_instance;

  gint64 id;
  gint64 strategy_id;
  GDateTime *date;
  CordonValidationMethod method;
  char *who;
  gint64 duration;
  CordonValidationResult result;
  char *pitfalls;
};

G_DEFINE_FINAL_TYPE (CordonValidation, cordon_validation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_STRATEGY_ID,
  PROP_DATE,
  PROP_METHOD,
  PROP_WHO,
  PROP_DURATION,
  PROP_RESULT,
  PROP_PITFALLS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cordon_validation_finalize (GObject *object)
{
  CordonValidation *self = (CordonValidation *)object;

  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->who, g_free);
  g_clear_pointer (&self->pitfalls, g_free);

  G_OBJECT_CLASS (cordon_validation_parent_class)->finalize (object);
}

static void
cordon_validation_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  CordonValidation *self = CORDON_VALIDATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_STRATEGY_ID:
      g_value_set_int64 (value, self->strategy_id);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    case PROP_METHOD:
      g_value_set_enum (value, self->method);
      break;

    case PROP_WHO:
      g_value_set_string (value, self->who);
      break;

    case PROP_DURATION:
      g_value_set_int64 (value, self->duration);
      break;

    case PROP_RESULT:
      g_value_set_enum (value, self->result);
      break;

    case PROP_PITFALLS:
      g_value_set_string (value, self->pitfalls);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_validation_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  CordonValidation *self = CORDON_VALIDATION (object);

  switch (prop_id)
    {
    case PROP_ID:
      cordon_validation_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_STRATEGY_ID:
      cordon_validation_set_strategy_id (self, g_value_get_int64 (value));
      break;

    case PROP_DATE:
      cordon_validation_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_METHOD:
      cordon_validation_set_method (self, g_value_get_enum (value));
      break;

    case PROP_WHO:
      cordon_validation_set_who (self, g_value_get_string (value));
      break;

    case PROP_DURATION:
      cordon_validation_set_duration (self, g_value_get_int64 (value));
      break;

    case PROP_RESULT:
      cordon_validation_set_result (self, g_value_get_enum (value));
      break;

    case PROP_PITFALLS:
      cordon_validation_set_pitfalls (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_validation_class_init (CordonValidationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_validation_finalize;
  object_class->get_property = cordon_validation_get_property;
  object_class->set_property = cordon_validation_set_property;

  /**
   * CordonValidation:id:
   *
   * the row id in the workspace; 0 until the object is stored
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonValidation:strategy-id:
   *
   * the row id of the strategy it validates
   */
  properties[PROP_STRATEGY_ID] =
    g_param_spec_int64 ("strategy-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonValidation:date:
   *
   * when it took place (UTC), or %NULL
   */
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonValidation:method:
   *
   * how: tabletop, simulation or test run
   */
  properties[PROP_METHOD] =
    g_param_spec_enum ("method", NULL, NULL,
                       CORDON_TYPE_VALIDATION_METHOD, CORDON_VALIDATION_METHOD_TABLETOP,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonValidation:who:
   *
   * who took part
   */
  properties[PROP_WHO] =
    g_param_spec_string ("who", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonValidation:duration:
   *
   * how long carrying out the strategy took, in seconds
   */
  properties[PROP_DURATION] =
    g_param_spec_int64 ("duration", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonValidation:result:
   *
   * how well it worked
   */
  properties[PROP_RESULT] =
    g_param_spec_enum ("result", NULL, NULL,
                       CORDON_TYPE_VALIDATION_RESULT, CORDON_VALIDATION_RESULT_EFFECTIVE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonValidation:pitfalls:
   *
   * the pitfalls found
   */
  properties[PROP_PITFALLS] =
    g_param_spec_string ("pitfalls", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_validation_init (CordonValidation *self)
{
  self->method = CORDON_VALIDATION_METHOD_TABLETOP;
  self->who = g_strdup ("");
  self->result = CORDON_VALIDATION_RESULT_EFFECTIVE;
  self->pitfalls = g_strdup ("");
}

/**
 * cordon_validation_new:
 *
 * Returns: (transfer full): a new, empty #CordonValidation
 */
CordonValidation *
cordon_validation_new (void)
{
  return g_object_new (CORDON_TYPE_VALIDATION, NULL);
}

gint64
cordon_validation_get_id (CordonValidation *self)
{
  g_return_val_if_fail (CORDON_IS_VALIDATION (self), 0);

  return self->id;
}

void
cordon_validation_set_id (CordonValidation *self,
                          gint64            id)
{
  g_return_if_fail (CORDON_IS_VALIDATION (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
cordon_validation_get_strategy_id (CordonValidation *self)
{
  g_return_val_if_fail (CORDON_IS_VALIDATION (self), 0);

  return self->strategy_id;
}

void
cordon_validation_set_strategy_id (CordonValidation *self,
                                   gint64            strategy_id)
{
  g_return_if_fail (CORDON_IS_VALIDATION (self));
  g_return_if_fail (strategy_id >= 0);

  if (self->strategy_id == strategy_id)
    return;

  self->strategy_id = strategy_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRATEGY_ID]);
}

GDateTime *
cordon_validation_get_date (CordonValidation *self)
{
  g_return_val_if_fail (CORDON_IS_VALIDATION (self), NULL);

  return self->date;
}

void
cordon_validation_set_date (CordonValidation *self,
                            GDateTime        *date)
{
  g_return_if_fail (CORDON_IS_VALIDATION (self));

  if (self->date == date ||
      (self->date != NULL && date != NULL && g_date_time_equal (self->date, date)))
    return;

  g_clear_pointer (&self->date, g_date_time_unref);
  if (date != NULL)
    self->date = g_date_time_to_utc (date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

CordonValidationMethod
cordon_validation_get_method (CordonValidation *self)
{
  g_return_val_if_fail (CORDON_IS_VALIDATION (self), CORDON_VALIDATION_METHOD_TABLETOP);

  return self->method;
}

void
cordon_validation_set_method (CordonValidation       *self,
                              CordonValidationMethod  method)
{
  g_return_if_fail (CORDON_IS_VALIDATION (self));

  if (self->method == method)
    return;

  self->method = method;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_METHOD]);
}

const char *
cordon_validation_get_who (CordonValidation *self)
{
  g_return_val_if_fail (CORDON_IS_VALIDATION (self), NULL);

  return self->who;
}

void
cordon_validation_set_who (CordonValidation *self,
                           const char       *who)
{
  g_return_if_fail (CORDON_IS_VALIDATION (self));

  if (who == NULL)
    who = "";

  if (g_strcmp0 (self->who, who) == 0)
    return;

  g_free (self->who);
  self->who = g_strdup (who);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHO]);
}

gint64
cordon_validation_get_duration (CordonValidation *self)
{
  g_return_val_if_fail (CORDON_IS_VALIDATION (self), 0);

  return self->duration;
}

void
cordon_validation_set_duration (CordonValidation *self,
                                gint64            duration)
{
  g_return_if_fail (CORDON_IS_VALIDATION (self));
  g_return_if_fail (duration >= 0);

  if (self->duration == duration)
    return;

  self->duration = duration;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
}

CordonValidationResult
cordon_validation_get_result (CordonValidation *self)
{
  g_return_val_if_fail (CORDON_IS_VALIDATION (self), CORDON_VALIDATION_RESULT_EFFECTIVE);

  return self->result;
}

void
cordon_validation_set_result (CordonValidation       *self,
                              CordonValidationResult  result)
{
  g_return_if_fail (CORDON_IS_VALIDATION (self));

  if (self->result == result)
    return;

  self->result = result;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}

const char *
cordon_validation_get_pitfalls (CordonValidation *self)
{
  g_return_val_if_fail (CORDON_IS_VALIDATION (self), NULL);

  return self->pitfalls;
}

void
cordon_validation_set_pitfalls (CordonValidation *self,
                                const char       *pitfalls)
{
  g_return_if_fail (CORDON_IS_VALIDATION (self));

  if (pitfalls == NULL)
    pitfalls = "";

  if (g_strcmp0 (self->pitfalls, pitfalls) == 0)
    return;

  g_free (self->pitfalls);
  self->pitfalls = g_strdup (pitfalls);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PITFALLS]);
}
