/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-exercise-inject.c: one entry of an exercise's inject queue.
 */

#define G_LOG_DOMAIN "cordon-exercise"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-exercise-inject.h"

struct _CordonExerciseInject
{
  GObject             parent_instance;

  guint               position;
  int                 scenario_index;
  gint64              at;
  char               *kind;
  char               *incident;
  char               *summary;
  char               *document;
  CordonInjectStatus  status;
  gint64              delivered;
};

G_DEFINE_FINAL_TYPE (CordonExerciseInject, cordon_exercise_inject, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATUS,
  PROP_DELIVERED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const status_ids[] = { "pending", "delivered", "skipped" };

const char *
cordon_inject_status_to_id (CordonInjectStatus status)
{
  g_return_val_if_fail (status <= CORDON_INJECT_STATUS_SKIPPED, NULL);

  return status_ids[status];
}

gboolean
cordon_inject_status_from_id (const char         *id,
                              CordonInjectStatus *out_status)
{
  for (guint i = 0; id != NULL && i < G_N_ELEMENTS (status_ids); i++)
    {
      if (g_str_equal (id, status_ids[i]))
        {
          *out_status = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
cordon_inject_status_to_label (CordonInjectStatus status)
{
  switch (status)
    {
    case CORDON_INJECT_STATUS_PENDING:
      /* Translators: an inject of an exercise that has not arrived yet */
      return C_("inject", "Pending");
    case CORDON_INJECT_STATUS_DELIVERED:
      return C_("inject", "Delivered");
    case CORDON_INJECT_STATUS_SKIPPED:
      return C_("inject", "Skipped");
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
cordon_exercise_inject_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CordonExerciseInject *self = CORDON_EXERCISE_INJECT (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_DELIVERED:
      g_value_set_int64 (value, self->delivered);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_exercise_inject_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CordonExerciseInject *self = CORDON_EXERCISE_INJECT (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      cordon_exercise_inject_set_status (self, g_value_get_int (value));
      break;
    case PROP_DELIVERED:
      cordon_exercise_inject_set_delivered (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_exercise_inject_finalize (GObject *object)
{
  CordonExerciseInject *self = CORDON_EXERCISE_INJECT (object);

  g_free (self->kind);
  g_free (self->incident);
  g_free (self->summary);
  g_free (self->document);

  G_OBJECT_CLASS (cordon_exercise_inject_parent_class)->finalize (object);
}

static void
cordon_exercise_inject_class_init (CordonExerciseInjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = cordon_exercise_inject_get_property;
  object_class->set_property = cordon_exercise_inject_set_property;
  object_class->finalize = cordon_exercise_inject_finalize;

  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL,
                      CORDON_INJECT_STATUS_PENDING, CORDON_INJECT_STATUS_SKIPPED, CORDON_INJECT_STATUS_PENDING,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DELIVERED] =
    g_param_spec_int64 ("delivered", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_exercise_inject_init (CordonExerciseInject *self)
{
  self->delivered = -1;
  self->scenario_index = -1;
}

CordonExerciseInject *
cordon_exercise_inject_new (guint       position,
                            int         scenario_index,
                            gint64      at,
                            const char *kind,
                            const char *incident,
                            const char *summary)
{
  CordonExerciseInject *self;

  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (summary != NULL, NULL);

  self = g_object_new (CORDON_TYPE_EXERCISE_INJECT, NULL);
  self->position = position;
  self->scenario_index = scenario_index;
  self->at = at;
  self->kind = g_strdup (kind);
  self->incident = g_strdup (incident != NULL ? incident : "");
  self->summary = g_strdup (summary);

  return self;
}

guint
cordon_exercise_inject_get_position (CordonExerciseInject *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE_INJECT (self), 0);
  return self->position;
}

int
cordon_exercise_inject_get_scenario_index (CordonExerciseInject *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE_INJECT (self), -1);
  return self->scenario_index;
}

gboolean
cordon_exercise_inject_is_manual (CordonExerciseInject *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE_INJECT (self), FALSE);
  return self->scenario_index < 0;
}

gint64
cordon_exercise_inject_get_at (CordonExerciseInject *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE_INJECT (self), 0);
  return self->at;
}

const char *
cordon_exercise_inject_get_kind (CordonExerciseInject *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE_INJECT (self), NULL);
  return self->kind;
}

const char *
cordon_exercise_inject_get_incident (CordonExerciseInject *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE_INJECT (self), NULL);
  return self->incident;
}

const char *
cordon_exercise_inject_get_summary (CordonExerciseInject *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE_INJECT (self), NULL);
  return self->summary;
}

const char *
cordon_exercise_inject_get_document (CordonExerciseInject *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE_INJECT (self), NULL);
  return self->document;
}

void
cordon_exercise_inject_set_document (CordonExerciseInject *self,
                                     const char           *document)
{
  g_return_if_fail (CORDON_IS_EXERCISE_INJECT (self));
  g_free (self->document);
  self->document = g_strdup (document);
}

CordonInjectStatus
cordon_exercise_inject_get_status (CordonExerciseInject *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE_INJECT (self), CORDON_INJECT_STATUS_PENDING);
  return self->status;
}

void
cordon_exercise_inject_set_status (CordonExerciseInject *self,
                                   CordonInjectStatus    status)
{
  g_return_if_fail (CORDON_IS_EXERCISE_INJECT (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

gint64
cordon_exercise_inject_get_delivered (CordonExerciseInject *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE_INJECT (self), -1);
  return self->delivered;
}

void
cordon_exercise_inject_set_delivered (CordonExerciseInject *self,
                                      gint64                delivered)
{
  g_return_if_fail (CORDON_IS_EXERCISE_INJECT (self));

  if (self->delivered == delivered)
    return;

  self->delivered = delivered;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DELIVERED]);
}
