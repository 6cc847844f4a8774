/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-question.c: one open question about an incident ("what we don't
 * know" in the analysis), with its owner and status.
 */

#define G_LOG_DOMAIN "cordon-question"

#include "config.h"

#include "cordon-question.h"

struct _CordonQuestion
{
  GObject parent_instance;

  gint64 id;
  gint64 incident_id;
  char *text;
  char *owner;
  CordonQuestionStatus status;
  char *answer;
  GDateTime *created;
};

G_DEFINE_FINAL_TYPE (CordonQuestion, cordon_question, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_INCIDENT_ID,
  PROP_TEXT,
  PROP_OWNER,
  PROP_STATUS,
  PROP_ANSWER,
  PROP_CREATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cordon_question_finalize (GObject *object)
{
  CordonQuestion *self = (CordonQuestion *)object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->answer, g_free);
  g_clear_pointer (&self->created, g_date_time_unref);

  G_OBJECT_CLASS (cordon_question_parent_class)->finalize (object);
}

static void
cordon_question_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CordonQuestion *self = CORDON_QUESTION (object);

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

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_ANSWER:
      g_value_set_string (value, self->answer);
      break;

    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_question_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CordonQuestion *self = CORDON_QUESTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      cordon_question_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_INCIDENT_ID:
      cordon_question_set_incident_id (self, g_value_get_int64 (value));
      break;

    case PROP_TEXT:
      cordon_question_set_text (self, g_value_get_string (value));
      break;

    case PROP_OWNER:
      cordon_question_set_owner (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      cordon_question_set_status (self, g_value_get_enum (value));
      break;

    case PROP_ANSWER:
      cordon_question_set_answer (self, g_value_get_string (value));
      break;

    case PROP_CREATED:
      cordon_question_set_created (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_question_class_init (CordonQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_question_finalize;
  object_class->get_property = cordon_question_get_property;
  object_class->set_property = cordon_question_set_property;

  /**
   * CordonQuestion:id:
   *
   * the row id in the workspace; 0 until the object is stored
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonQuestion:incident-id:
   *
   * the row id of the incident it belongs to
   */
  properties[PROP_INCIDENT_ID] =
    g_param_spec_int64 ("incident-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonQuestion:text:
   *
   * the question
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonQuestion:owner:
   *
   * who works on it
   */
  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonQuestion:status:
   *
   * where it stands
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       CORDON_TYPE_QUESTION_STATUS, CORDON_QUESTION_STATUS_OPEN,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonQuestion:answer:
   *
   * the answer once known
   */
  properties[PROP_ANSWER] =
    g_param_spec_string ("answer", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonQuestion:created:
   *
   * when it was asked (UTC), set by the workspace when %NULL
   */
  properties[PROP_CREATED] =
    g_param_spec_boxed ("created", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_question_init (CordonQuestion *self)
{
  self->text = g_strdup ("");
  self->owner = g_strdup ("");
  self->status = CORDON_QUESTION_STATUS_OPEN;
  self->answer = g_strdup ("");
}

/**
 * cordon_question_new:
 *
 * Returns: (transfer full): a new, empty #CordonQuestion
 */
CordonQuestion *
cordon_question_new (void)
{
  return g_object_new (CORDON_TYPE_QUESTION, NULL);
}

gint64
cordon_question_get_id (CordonQuestion *self)
{
  g_return_val_if_fail (CORDON_IS_QUESTION (self), 0);

  return self->id;
}

void
cordon_question_set_id (CordonQuestion *self,
                        gint64          id)
{
  g_return_if_fail (CORDON_IS_QUESTION (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
cordon_question_get_incident_id (CordonQuestion *self)
{
  g_return_val_if_fail (CORDON_IS_QUESTION (self), 0);

  return self->incident_id;
}

void
cordon_question_set_incident_id (CordonQuestion *self,
                                 gint64          incident_id)
{
  g_return_if_fail (CORDON_IS_QUESTION (self));
  g_return_if_fail (incident_id >= 0);

  if (self->incident_id == incident_id)
    return;

  self->incident_id = incident_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCIDENT_ID]);
}

const char *
cordon_question_get_text (CordonQuestion *self)
{
  g_return_val_if_fail (CORDON_IS_QUESTION (self), NULL);

  return self->text;
}

void
cordon_question_set_text (CordonQuestion *self,
                          const char     *text)
{
  g_return_if_fail (CORDON_IS_QUESTION (self));

  if (text == NULL)
    text = "";

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

const char *
cordon_question_get_owner (CordonQuestion *self)
{
  g_return_val_if_fail (CORDON_IS_QUESTION (self), NULL);

  return self->owner;
}

void
cordon_question_set_owner (CordonQuestion *self,
                           const char     *owner)
{
  g_return_if_fail (CORDON_IS_QUESTION (self));

  if (owner == NULL)
    owner = "";

  if (g_strcmp0 (self->owner, owner) == 0)
    return;

  g_free (self->owner);
  self->owner = g_strdup (owner);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
}

CordonQuestionStatus
cordon_question_get_status (CordonQuestion *self)
{
  g_return_val_if_fail (CORDON_IS_QUESTION (self), CORDON_QUESTION_STATUS_OPEN);

  return self->status;
}

void
cordon_question_set_status (CordonQuestion       *self,
                            CordonQuestionStatus  status)
{
  g_return_if_fail (CORDON_IS_QUESTION (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
cordon_question_get_answer (CordonQuestion *self)
{
  g_return_val_if_fail (CORDON_IS_QUESTION (self), NULL);

  return self->answer;
}

void
cordon_question_set_answer (CordonQuestion *self,
                            const char     *answer)
{
  g_return_if_fail (CORDON_IS_QUESTION (self));

  if (answer == NULL)
    answer = "";

  if (g_strcmp0 (self->answer, answer) == 0)
    return;

  g_free (self->answer);
  self->answer = g_strdup (answer);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWER]);
}

GDateTime *
cordon_question_get_created (CordonQuestion *self)
{
  g_return_val_if_fail (CORDON_IS_QUESTION (self), NULL);

  return self->created;
}

void
cordon_question_set_created (CordonQuestion *self,
                             GDateTime      *created)
{
  g_return_if_fail (CORDON_IS_QUESTION (self));

  if (self->created == created ||
      (self->created != NULL && created != NULL && g_date_time_equal (self->created, created)))
    return;

  g_clear_pointer (&self->created, g_date_time_unref);
  if (created != NULL)
    self->created = g_date_time_to_utc (created);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}
