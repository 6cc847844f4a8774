/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-plan-action.c: one action of an incident's containment plan.
 */

#define G_LOG_DOMAIN "cordon-plan-action"

#include "config.h"

#include "cordon-plan-action.h"

struct _CordonPlanAction
{
  GObject parent_instance;

  gint64 id;
  gint64 incident_id;
  char *strategy;
  char *title;
  CordonContainmentTerm term;
  gint64 position;
  char *owner;
  CordonActionStatus status;
  char *waive_reason;
  GDateTime *started;
  GDateTime *finished;
  char *notes;
  gboolean evidence_risk;
};

G_DEFINE_FINAL_TYPE (CordonPlanAction, cordon_plan_action, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_INCIDENT_ID,
  PROP_STRATEGY,
  PROP_TITLE,
  PROP_TERM,
  PROP_POSITION,
  PROP_OWNER,
  PROP_STATUS,
  PROP_WAIVE_REASON,
  PROP_STARTED,
  PROP_FINISHED,
  PROP_NOTES,
  PROP_EVIDENCE_RISK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cordon_plan_action_finalize (GObject *object)
{
  CordonPlanAction *self = (CordonPlanAction *)object;

  g_clear_pointer (&self->strategy, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->waive_reason, g_free);
  g_clear_pointer (&self->started, g_date_time_unref);
  g_clear_pointer (&self->finished, g_date_time_unref);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (cordon_plan_action_parent_class)->finalize (object);
}

static void
cordon_plan_action_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  CordonPlanAction *self = CORDON_PLAN_ACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_INCIDENT_ID:
      g_value_set_int64 (value, self->incident_id);
      break;

    case PROP_STRATEGY:
      g_value_set_string (value, self->strategy);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_TERM:
      g_value_set_enum (value, self->term);
      break;

    case PROP_POSITION:
      g_value_set_int64 (value, self->position);
      break;

    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_WAIVE_REASON:
      g_value_set_string (value, self->waive_reason);
      break;

    case PROP_STARTED:
      g_value_set_boxed (value, self->started);
      break;

    case PROP_FINISHED:
      g_value_set_boxed (value, self->finished);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_EVIDENCE_RISK:
      g_value_set_boolean (value, self->evidence_risk);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_plan_action_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  CordonPlanAction *self = CORDON_PLAN_ACTION (object);

  switch (prop_id)
    {
    case PROP_ID:
      cordon_plan_action_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_INCIDENT_ID:
      cordon_plan_action_set_incident_id (self, g_value_get_int64 (value));
      break;

    case PROP_STRATEGY:
      cordon_plan_action_set_strategy (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      cordon_plan_action_set_title (self, g_value_get_string (value));
      break;

    case PROP_TERM:
      cordon_plan_action_set_term (self, g_value_get_enum (value));
      break;

    case PROP_POSITION:
      cordon_plan_action_set_position (self, g_value_get_int64 (value));
      break;

    case PROP_OWNER:
      cordon_plan_action_set_owner (self, g_value_get_string (value));
      break;

    case PROP_STATUS:
      cordon_plan_action_set_status (self, g_value_get_enum (value));
      break;

    case PROP_WAIVE_REASON:
      cordon_plan_action_set_waive_reason (self, g_value_get_string (value));
      break;

    case PROP_STARTED:
      cordon_plan_action_set_started (self, g_value_get_boxed (value));
      break;

    case PROP_FINISHED:
      cordon_plan_action_set_finished (self, g_value_get_boxed (value));
      break;

    case PROP_NOTES:
      cordon_plan_action_set_notes (self, g_value_get_string (value));
      break;

    case PROP_EVIDENCE_RISK:
      cordon_plan_action_set_evidence_risk (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_plan_action_class_init (CordonPlanActionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_plan_action_finalize;
  object_class->get_property = cordon_plan_action_get_property;
  object_class->set_property = cordon_plan_action_set_property;

  /**
   * CordonPlanAction:id:
   *
   * the row id in the workspace; 0 until the object is stored
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonPlanAction:incident-id:
   *
   * the row id of the incident it belongs to
   */
  properties[PROP_INCIDENT_ID] =
    g_param_spec_int64 ("incident-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonPlanAction:strategy:
   *
   * the slug of the strategy it was drawn from, or %NULL for a custom action
   */
  properties[PROP_STRATEGY] =
    g_param_spec_string ("strategy", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonPlanAction:title:
   *
   * what to do
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonPlanAction:term:
   *
   * short-term or long-term
   */
  properties[PROP_TERM] =
    g_param_spec_enum ("term", NULL, NULL,
                       CORDON_TYPE_CONTAINMENT_TERM, CORDON_CONTAINMENT_TERM_SHORT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonPlanAction:position:
   *
   * its place in the plan, from 0
   */
  properties[PROP_POSITION] =
    g_param_spec_int64 ("position", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonPlanAction:owner:
   *
   * who does it
   */
  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonPlanAction:status:
   *
   * where it stands
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL,
                       CORDON_TYPE_ACTION_STATUS, CORDON_ACTION_STATUS_PLANNED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonPlanAction:waive-reason:
   *
   * why it was waived; required with the waived status
   */
  properties[PROP_WAIVE_REASON] =
    g_param_spec_string ("waive-reason", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonPlanAction:started:
   *
   * when it started (UTC), or %NULL
   */
  properties[PROP_STARTED] =
    g_param_spec_boxed ("started", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonPlanAction:finished:
   *
   * when it finished (UTC), or %NULL
   */
  properties[PROP_FINISHED] =
    g_param_spec_boxed ("finished", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonPlanAction:notes:
   *
   * free notes
   */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonPlanAction:evidence-risk:
   *
   * whether it may destroy forensic evidence
   */
  properties[PROP_EVIDENCE_RISK] =
    g_param_spec_boolean ("evidence-risk", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_plan_action_init (CordonPlanAction *self)
{
  self->title = g_strdup ("");
  self->term = CORDON_CONTAINMENT_TERM_SHORT;
  self->owner = g_strdup ("");
  self->status = CORDON_ACTION_STATUS_PLANNED;
  self->waive_reason = g_strdup ("");
  self->notes = g_strdup ("");
}

/**
 * cordon_plan_action_new:
 *
 * Returns: (transfer full): a new, empty #CordonPlanAction
 */
CordonPlanAction *
cordon_plan_action_new (void)
{
  return g_object_new (CORDON_TYPE_PLAN_ACTION, NULL);
}

gint64
cordon_plan_action_get_id (CordonPlanAction *self)
{
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (self), 0);

  return self->id;
}

void
cordon_plan_action_set_id (CordonPlanAction *self,
                           gint64            id)
{
  g_return_if_fail (CORDON_IS_PLAN_ACTION (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
cordon_plan_action_get_incident_id (CordonPlanAction *self)
{
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (self), 0);

  return self->incident_id;
}

void
cordon_plan_action_set_incident_id (CordonPlanAction *self,
                                    gint64            incident_id)
{
  g_return_if_fail (CORDON_IS_PLAN_ACTION (self));
  g_return_if_fail (incident_id >= 0);

  if (self->incident_id == incident_id)
    return;

  self->incident_id = incident_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCIDENT_ID]);
}

const char *
cordon_plan_action_get_strategy (CordonPlanAction *self)
{
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (self), NULL);

  return self->strategy;
}

void
cordon_plan_action_set_strategy (CordonPlanAction *self,
                                 const char       *strategy)
{
  g_return_if_fail (CORDON_IS_PLAN_ACTION (self));

  if (g_strcmp0 (self->strategy, strategy) == 0)
    return;

  g_free (self->strategy);
  self->strategy = g_strdup (strategy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRATEGY]);
}

const char *
cordon_plan_action_get_title (CordonPlanAction *self)
{
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (self), NULL);

  return self->title;
}

void
cordon_plan_action_set_title (CordonPlanAction *self,
                              const char       *title)
{
  g_return_if_fail (CORDON_IS_PLAN_ACTION (self));

  if (title == NULL)
    title = "";

  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

CordonContainmentTerm
cordon_plan_action_get_term (CordonPlanAction *self)
{
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (self), CORDON_CONTAINMENT_TERM_SHORT);

  return self->term;
}

void
cordon_plan_action_set_term (CordonPlanAction      *self,
                             CordonContainmentTerm  term)
{
  g_return_if_fail (CORDON_IS_PLAN_ACTION (self));

  if (self->term == term)
    return;

  self->term = term;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERM]);
}

gint64
cordon_plan_action_get_position (CordonPlanAction *self)
{
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (self), 0);

  return self->position;
}

void
cordon_plan_action_set_position (CordonPlanAction *self,
                                 gint64            position)
{
  g_return_if_fail (CORDON_IS_PLAN_ACTION (self));
  g_return_if_fail (position >= 0);

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
cordon_plan_action_get_owner (CordonPlanAction *self)
{
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (self), NULL);

  return self->owner;
}

void
cordon_plan_action_set_owner (CordonPlanAction *self,
                              const char       *owner)
{
  g_return_if_fail (CORDON_IS_PLAN_ACTION (self));

  if (owner == NULL)
    owner = "";

  if (g_strcmp0 (self->owner, owner) == 0)
    return;

  g_free (self->owner);
  self->owner = g_strdup (owner);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
}

CordonActionStatus
cordon_plan_action_get_status (CordonPlanAction *self)
{
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (self), CORDON_ACTION_STATUS_PLANNED);

  return self->status;
}

void
cordon_plan_action_set_status (CordonPlanAction   *self,
                               CordonActionStatus  status)
{
  g_return_if_fail (CORDON_IS_PLAN_ACTION (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
cordon_plan_action_get_waive_reason (CordonPlanAction *self)
{
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (self), NULL);

  return self->waive_reason;
}

void
cordon_plan_action_set_waive_reason (CordonPlanAction *self,
                                     const char       *waive_reason)
{
  g_return_if_fail (CORDON_IS_PLAN_ACTION (self));

  if (waive_reason == NULL)
    waive_reason = "";

  if (g_strcmp0 (self->waive_reason, waive_reason) == 0)
    return;

  g_free (self->waive_reason);
  self->waive_reason = g_strdup (waive_reason);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WAIVE_REASON]);
}

GDateTime *
cordon_plan_action_get_started (CordonPlanAction *self)
{
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (self), NULL);

  return self->started;
}

void
cordon_plan_action_set_started (CordonPlanAction *self,
                                GDateTime        *started)
{
  g_return_if_fail (CORDON_IS_PLAN_ACTION (self));

  if (self->started == started ||
      (self->started != NULL && started != NULL && g_date_time_equal (self->started, started)))
    return;

  g_clear_pointer (&self->started, g_date_time_unref);
  if (started != NULL)
    self->started = g_date_time_to_utc (started);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTED]);
}

GDateTime *
cordon_plan_action_get_finished (CordonPlanAction *self)
{
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (self), NULL);

  return self->finished;
}

void
cordon_plan_action_set_finished (CordonPlanAction *self,
                                 GDateTime        *finished)
{
  g_return_if_fail (CORDON_IS_PLAN_ACTION (self));

  if (self->finished == finished ||
      (self->finished != NULL && finished != NULL && g_date_time_equal (self->finished, finished)))
    return;

  g_clear_pointer (&self->finished, g_date_time_unref);
  if (finished != NULL)
    self->finished = g_date_time_to_utc (finished);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINISHED]);
}

const char *
cordon_plan_action_get_notes (CordonPlanAction *self)
{
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (self), NULL);

  return self->notes;
}

void
cordon_plan_action_set_notes (CordonPlanAction *self,
                              const char       *notes)
{
  g_return_if_fail (CORDON_IS_PLAN_ACTION (self));

  if (notes == NULL)
    notes = "";

  if (g_strcmp0 (self->notes, notes) == 0)
    return;

  g_free (self->notes);
  self->notes = g_strdup (notes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

gboolean
cordon_plan_action_get_evidence_risk (CordonPlanAction *self)
{
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (self), FALSE);

  return self->evidence_risk;
}

void
cordon_plan_action_set_evidence_risk (CordonPlanAction *self,
                                      gboolean          evidence_risk)
{
  g_return_if_fail (CORDON_IS_PLAN_ACTION (self));

  evidence_risk = !!evidence_risk;

  if (self->evidence_risk == evidence_risk)
    return;

  self->evidence_risk = evidence_risk;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVIDENCE_RISK]);
}
