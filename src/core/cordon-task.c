/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-task.c: one task of an incident's course of action.
 */

#define G_LOG_DOMAIN "cordon-task"

#include "config.h"

#include "cordon-task.h"

struct _CordonTask
{
  GObject parent_instance;

  gint64 id;
  gint64 incident_id;
  char *title;
  char *owner;
  char *description;
  GDateTime *due;
  CordonTaskStatus status;
  GDateTime *created;
};

G_DEFINE_FINAL_TYPE (CordonTask, cordon_task, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_INCIDENT_ID,
  PROP_TITLE,
  PROP_OWNER,
  PROP_DESCRIPTION,
  PROP_DUE,
  PROP_STATUS,
  PROP_CREATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cordon_task_finalize (GObject *object)
{
  CordonTask *self = (CordonTask *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->due, g_date_time_unref);
  g_clear_pointer (&self->created, g_date_time_unref);

  G_OBJECT_CLASS (cordon_task_parent_class)->finalize (object);
}

static void
cordon_task_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CordonTask *self = CORDON_TASK (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_INCIDENT_ID:
      g_value_set_int64 (value, self->incident_id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_DUE:
      g_value_set_boxed (value, self->due);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_task_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CordonTask *self = CORDON_TASK (object);

  switch (prop_id)
    {
    case PROP_ID:
      cordon_task_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_INCIDENT_ID:
      cordon_task_set_incident_id (self, g_value_get_int64 (value));
      break;

    case PROP_TITLE:
      cordon_task_set_title (self, g_value_get_string (value));
      break;

    case PROP_OWNER:
      cordon_task_set_owner (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      cordon_task_set_description (self, g_value_get_string (value));
      break;

    case PROP_DUE:
      cordon_task_set_due (self, g_value_get_boxed (value));
      break;

    case PROP_STATUS:
      cordon_task_set_status (self, g_value_get_enum (value));
      break;

    case PROP_CREATED:
      cordon_task_set_created (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_task_class_init (CordonTaskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_task_finalize;
  object_class->get_property = cordon_task_get_property;
  object_class->set_property = cordon_task_set_property;

  /**
   * CordonTask:id:
   *
   * the row id in the workspace; 0 until the object is stored
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonTask:incident-id:
   *
   * the row id of the incident it belongs to
   */
  properties[PROP_INCIDENT_ID] =
    g_param_spec_int64 ("incident-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonTask:title:
   *
   * what to do
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonTask:owner:
   *
   * who does it
   */
  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonTask:description:
   *
   * how to do it: the steps of a playbook's task, or what a case says
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonTask:due:
   *
   * when it is due (UTC), or %NULL
   */
  properties[PROP_DUE] =
    g_param_spec_boxed ("due", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonTask:status:
   *
   * where it stands
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       CORDON_TYPE_TASK_STATUS, CORDON_TASK_STATUS_TODO,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonTask:created:
   *
   * when it was added (UTC), set by the workspace when %NULL
   */
  properties[PROP_CREATED] =
    g_param_spec_boxed ("created", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_task_init (CordonTask *self)
{
  self->title = g_strdup ("");
  self->owner = g_strdup ("");
  self->description = g_strdup ("");
  self->status = CORDON_TASK_STATUS_TODO;
}

/**
 * cordon_task_new:
 *
 * Returns: (transfer full): a new, empty #CordonTask
 */
CordonTask *
cordon_task_new (void)
{
  return g_object_new (CORDON_TYPE_TASK, NULL);
}

gint64
cordon_task_get_id (CordonTask *self)
{
  g_return_val_if_fail (CORDON_IS_TASK (self), 0);

  return self->id;
}

void
cordon_task_set_id (CordonTask *self,
                    gint64      id)
{
  g_return_if_fail (CORDON_IS_TASK (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
cordon_task_get_incident_id (CordonTask *self)
{
  g_return_val_if_fail (CORDON_IS_TASK (self), 0);

  return self->incident_id;
}

void
cordon_task_set_incident_id (CordonTask *self,
                             gint64      incident_id)
{
  g_return_if_fail (CORDON_IS_TASK (self));
  g_return_if_fail (incident_id >= 0);

  if (self->incident_id == incident_id)
    return;

  self->incident_id = incident_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCIDENT_ID]);
}

const char *
cordon_task_get_title (CordonTask *self)
{
  g_return_val_if_fail (CORDON_IS_TASK (self), NULL);

  return self->title;
}

void
cordon_task_set_title (CordonTask *self,
                       const char *title)
{
  g_return_if_fail (CORDON_IS_TASK (self));

  if (title == NULL)
    title = "";

  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
cordon_task_get_owner (CordonTask *self)
{
  g_return_val_if_fail (CORDON_IS_TASK (self), NULL);

  return self->owner;
}

void
cordon_task_set_owner (CordonTask *self,
                       const char *owner)
{
  g_return_if_fail (CORDON_IS_TASK (self));

  if (owner == NULL)
    owner = "";

  if (g_strcmp0 (self->owner, owner) == 0)
    return;

  g_free (self->owner);
  self->owner = g_strdup (owner);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
}

GDateTime *
cordon_task_get_due (CordonTask *self)
{
  g_return_val_if_fail (CORDON_IS_TASK (self), NULL);

  return self->due;
}

void
cordon_task_set_due (CordonTask *self,
                     GDateTime  *due)
{
  g_return_if_fail (CORDON_IS_TASK (self));

  if (self->due == due ||
      (self->due != NULL && due != NULL && g_date_time_equal (self->due, due)))
    return;

  g_clear_pointer (&self->due, g_date_time_unref);
  if (due != NULL)
    self->due = g_date_time_to_utc (due);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE]);
}

CordonTaskStatus
cordon_task_get_status (CordonTask *self)
{
  g_return_val_if_fail (CORDON_IS_TASK (self), CORDON_TASK_STATUS_TODO);

  return self->status;
}

void
cordon_task_set_status (CordonTask       *self,
                        CordonTaskStatus  status)
{
  g_return_if_fail (CORDON_IS_TASK (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

GDateTime *
cordon_task_get_created (CordonTask *self)
{
  g_return_val_if_fail (CORDON_IS_TASK (self), NULL);

  return self->created;
}

void
cordon_task_set_created (CordonTask *self,
                         GDateTime  *created)
{
  g_return_if_fail (CORDON_IS_TASK (self));

  if (self->created == created ||
      (self->created != NULL && created != NULL && g_date_time_equal (self->created, created)))
    return;

  g_clear_pointer (&self->created, g_date_time_unref);
  if (created != NULL)
    self->created = g_date_time_to_utc (created);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

const char *
cordon_task_get_description (CordonTask *self)
{
  g_return_val_if_fail (CORDON_IS_TASK (self), NULL);

  return self->description;
}

void
cordon_task_set_description (CordonTask *self,
                             const char *description)
{
  g_return_if_fail (CORDON_IS_TASK (self));

  if (description == NULL)
    description = "";

  if (g_strcmp0 (self->description, description) == 0)
    return;

  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}
