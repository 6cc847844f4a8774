/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-review.c: the lessons-learned review of an incident.
 */

#define G_LOG_DOMAIN "cordon-review"

#include "config.h"

#include "cordon-review.h"

struct _CordonReview
{
  GObject parent_instance;

  gint64 incident_id;
  char *went_well;
  char *went_badly;
  GDateTime *completed;
  char *skip_reason;
};

G_DEFINE_FINAL_TYPE (CordonReview, cordon_review, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_INCIDENT_ID,
  PROP_WENT_WELL,
  PROP_WENT_BADLY,
  PROP_COMPLETED,
  PROP_SKIP_REASON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cordon_review_finalize (GObject *object)
{
  CordonReview *self = (CordonReview *)object;

  g_clear_pointer (&self->went_well, g_free);
  g_clear_pointer (&self->went_badly, g_free);
  g_clear_pointer (&self->completed, g_date_time_unref);
  g_clear_pointer (&self->skip_reason, g_free);

  G_OBJECT_CLASS (cordon_review_parent_class)->finalize (object);
}

static void
cordon_review_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CordonReview *self = CORDON_REVIEW (object);

  switch (prop_id)
    {
    case PROP_INCIDENT_ID:
      g_value_set_int64 (value, self->incident_id);
      break;

    case PROP_WENT_WELL:
      g_value_set_string (value, self->went_well);
      break;

    case PROP_WENT_BADLY:
      g_value_set_string (value, self->went_badly);
      break;

    case PROP_COMPLETED:
      g_value_set_boxed (value, self->completed);
      break;

    case PROP_SKIP_REASON:
      g_value_set_string (value, self->skip_reason);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_review_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CordonReview *self = CORDON_REVIEW (object);

  switch (prop_id)
    {
    case PROP_INCIDENT_ID:
      cordon_review_set_incident_id (self, g_value_get_int64 (value));
      break;

    case PROP_WENT_WELL:
      cordon_review_set_went_well (self, g_value_get_string (value));
      break;

    case PROP_WENT_BADLY:
      cordon_review_set_went_badly (self, g_value_get_string (value));
      break;

    case PROP_COMPLETED:
      cordon_review_set_completed (self, g_value_get_boxed (value));
      break;

    case PROP_SKIP_REASON:
      cordon_review_set_skip_reason (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_review_class_init (CordonReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_review_finalize;
  object_class->get_property = cordon_review_get_property;
  object_class->set_property = cordon_review_set_property;

  /**
   * CordonReview:incident-id:
   *
   * the row id of the incident it belongs to
   */
  properties[PROP_INCIDENT_ID] =
    g_param_spec_int64 ("incident-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonReview:went-well:
   *
   * what went well
   */
  properties[PROP_WENT_WELL] =
    g_param_spec_string ("went-well", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonReview:went-badly:
   *
   * what did not go well
   */
  properties[PROP_WENT_BADLY] =
    g_param_spec_string ("went-badly", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonReview:completed:
   *
   * when the review was completed (UTC), or %NULL
   */
  properties[PROP_COMPLETED] =
    g_param_spec_boxed ("completed", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonReview:skip-reason:
   *
   * why the review was skipped, or empty when it was not
   */
  properties[PROP_SKIP_REASON] =
    g_param_spec_string ("skip-reason", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_review_init (CordonReview *self)
{
  self->went_well = g_strdup ("");
  self->went_badly = g_strdup ("");
  self->skip_reason = g_strdup ("");
}

CordonReview *
cordon_review_new (void)
{
  return g_object_new (CORDON_TYPE_REVIEW, NULL);
}

gint64
cordon_review_get_incident_id (CordonReview *self)
{
  g_return_val_if_fail (CORDON_IS_REVIEW (self), 0);

  return self->incident_id;
}

void
cordon_review_set_incident_id (CordonReview *self,
                              gint64 incident_id)
{
  g_return_if_fail (CORDON_IS_REVIEW (self));

  if (self->incident_id == incident_id)
    return;

  self->incident_id = incident_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCIDENT_ID]);
}

const char *
cordon_review_get_went_well (CordonReview *self)
{
  g_return_val_if_fail (CORDON_IS_REVIEW (self), NULL);

  return self->went_well;
}

void
cordon_review_set_went_well (CordonReview *self,
                            const char *went_well)
{
  g_return_if_fail (CORDON_IS_REVIEW (self));

  if (went_well == NULL)
    went_well = "";

  if (g_strcmp0 (self->went_well, went_well) == 0)
    return;

  g_free (self->went_well);
  self->went_well = g_strdup (went_well);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WENT_WELL]);
}

const char *
cordon_review_get_went_badly (CordonReview *self)
{
  g_return_val_if_fail (CORDON_IS_REVIEW (self), NULL);

  return self->went_badly;
}

void
cordon_review_set_went_badly (CordonReview *self,
                             const char *went_badly)
{
  g_return_if_fail (CORDON_IS_REVIEW (self));

  if (went_badly == NULL)
    went_badly = "";

  if (g_strcmp0 (self->went_badly, went_badly) == 0)
    return;

  g_free (self->went_badly);
  self->went_badly = g_strdup (went_badly);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WENT_BADLY]);
}

GDateTime *
cordon_review_get_completed (CordonReview *self)
{
  g_return_val_if_fail (CORDON_IS_REVIEW (self), NULL);

  return self->completed;
}

void
cordon_review_set_completed (CordonReview *self,
                            GDateTime *completed)
{
  g_return_if_fail (CORDON_IS_REVIEW (self));

  if (self->completed == completed ||
      (self->completed != NULL && completed != NULL && g_date_time_equal (self->completed, completed)))
    return;

  g_clear_pointer (&self->completed, g_date_time_unref);
  if (completed != NULL)
    self->completed = g_date_time_to_utc (completed);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPLETED]);
}

const char *
cordon_review_get_skip_reason (CordonReview *self)
{
  g_return_val_if_fail (CORDON_IS_REVIEW (self), NULL);

  return self->skip_reason;
}

void
cordon_review_set_skip_reason (CordonReview *self,
                              const char *skip_reason)
{
  g_return_if_fail (CORDON_IS_REVIEW (self));

  if (skip_reason == NULL)
    skip_reason = "";

  if (g_strcmp0 (self->skip_reason, skip_reason) == 0)
    return;

  g_free (self->skip_reason);
  self->skip_reason = g_strdup (skip_reason);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SKIP_REASON]);
}
