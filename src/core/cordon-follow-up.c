/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-follow-up.c: a follow-up action from a lessons-learned review.
 */

#define G_LOG_DOMAIN "cordon-follow-up"

#include "config.h"

#include "cordon-follow-up.h"

struct _CordonFollowUp
{
  GObject parent_instance;

  gint64 id;
  gint64 incident_id;
  char *text;
  char *owner;
  GDateTime *due;
  GDateTime *done;
};

G_DEFINE_FINAL_TYPE (CordonFollowUp, cordon_follow_up, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_INCIDENT_ID,
  PROP_TEXT,
  PROP_OWNER,
  PROP_DUE,
  PROP_DONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cordon_follow_up_finalize (GObject *object)
{
  CordonFollowUp *self = (CordonFollowUp *)object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->due, g_date_time_unref);
  g_clear_pointer (&self->done, g_date_time_unref);

  G_OBJECT_CLASS (cordon_follow_up_parent_class)->finalize (object);
}

static void
cordon_follow_up_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CordonFollowUp *self = CORDON_FOLLOW_UP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_INCIDENT_ID:
      g_value_set_int64 (value, self->incident_id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;

    case PROP_DUE:
      g_value_set_boxed (value, self->due);
      break;

    case PROP_DONE:
      g_value_set_boxed (value, self->done);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_follow_up_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CordonFollowUp *self = CORDON_FOLLOW_UP (object);

  switch (prop_id)
    {
    case PROP_ID:
      cordon_follow_up_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_INCIDENT_ID:
      cordon_follow_up_set_incident_id (self, g_value_get_int64 (value));
      break;

    case PROP_TEXT:
      cordon_follow_up_set_text (self, g_value_get_string (value));
      break;

    case PROP_OWNER:
      cordon_follow_up_set_owner (self, g_value_get_string (value));
      break;

    case PROP_DUE:
      cordon_follow_up_set_due (self, g_value_get_boxed (value));
      break;

    case PROP_DONE:
      cordon_follow_up_set_done (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_follow_up_class_init (CordonFollowUpClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_follow_up_finalize;
  object_class->get_property = cordon_follow_up_get_property;
  object_class->set_property = cordon_follow_up_set_property;

  /**
   * CordonFollowUp:id:
   *
   * the row id in the workspace; 0 until the object is stored
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonFollowUp:incident-id:
   *
   * the row id of the incident it belongs to
   */
  properties[PROP_INCIDENT_ID] =
    g_param_spec_int64 ("incident-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonFollowUp:text:
   *
   * what to do
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonFollowUp:owner:
   *
   * who does it
   */
  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonFollowUp:due:
   *
   * when it is due (UTC), or %NULL
   */
  properties[PROP_DUE] =
    g_param_spec_boxed ("due", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonFollowUp:done:
   *
   * when it was done (UTC), or %NULL
   */
  properties[PROP_DONE] =
    g_param_spec_boxed ("done", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_follow_up_init (CordonFollowUp *self)
{
  self->text = g_strdup ("");
  self->owner = g_strdup ("");
}

CordonFollowUp *
cordon_follow_up_new (void)
{
  return g_object_new (CORDON_TYPE_FOLLOW_UP, NULL);
}

gint64
cordon_follow_up_get_id (CordonFollowUp *self)
{
  g_return_val_if_fail (CORDON_IS_FOLLOW_UP (self), 0);

  return self->id;
}

void
cordon_follow_up_set_id (CordonFollowUp *self,
                        gint64 id)
{
  g_return_if_fail (CORDON_IS_FOLLOW_UP (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
cordon_follow_up_get_incident_id (CordonFollowUp *self)
{
  g_return_val_if_fail (CORDON_IS_FOLLOW_UP (self), 0);

  return self->incident_id;
}

void
cordon_follow_up_set_incident_id (CordonFollowUp *self,
                                 gint64 incident_id)
{
  g_return_if_fail (CORDON_IS_FOLLOW_UP (self));

  if (self->incident_id == incident_id)
    return;

  self->incident_id = incident_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCIDENT_ID]);
}

const char *
cordon_follow_up_get_text (CordonFollowUp *self)
{
  g_return_val_if_fail (CORDON_IS_FOLLOW_UP (self), NULL);

  return self->text;
}

void
cordon_follow_up_set_text (CordonFollowUp *self,
                          const char *text)
{
  g_return_if_fail (CORDON_IS_FOLLOW_UP (self));

  if (text == NULL)
    text = "";

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

const char *
cordon_follow_up_get_owner (CordonFollowUp *self)
{
  g_return_val_if_fail (CORDON_IS_FOLLOW_UP (self), NULL);

  return self->owner;
}

void
cordon_follow_up_set_owner (CordonFollowUp *self,
                           const char *owner)
{
  g_return_if_fail (CORDON_IS_FOLLOW_UP (self));

  if (owner == NULL)
    owner = "";

  if (g_strcmp0 (self->owner, owner) == 0)
    return;

  g_free (self->owner);
  self->owner = g_strdup (owner);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
}

GDateTime *
cordon_follow_up_get_due (CordonFollowUp *self)
{
  g_return_val_if_fail (CORDON_IS_FOLLOW_UP (self), NULL);

  return self->due;
}

void
cordon_follow_up_set_due (CordonFollowUp *self,
                         GDateTime *due)
{
  g_return_if_fail (CORDON_IS_FOLLOW_UP (self));

  if (self->due == due ||
      (self->due != NULL && due != NULL && g_date_time_equal (self->due, due)))
    return;

  g_clear_pointer (&self->due, g_date_time_unref);
  if (due != NULL)
    self->due = g_date_time_to_utc (due);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE]);
}

GDateTime *
cordon_follow_up_get_done (CordonFollowUp *self)
{
  g_return_val_if_fail (CORDON_IS_FOLLOW_UP (self), NULL);

  return self->done;
}

void
cordon_follow_up_set_done (CordonFollowUp *self,
                          GDateTime *done)
{
  g_return_if_fail (CORDON_IS_FOLLOW_UP (self));

  if (self->done == done ||
      (self->done != NULL && done != NULL && g_date_time_equal (self->done, done)))
    return;

  g_clear_pointer (&self->done, g_date_time_unref);
  if (done != NULL)
    self->done = g_date_time_to_utc (done);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE]);
}
