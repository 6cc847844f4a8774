/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-recovery.c: what an incident's recovery records beside its checklist.
 */

#define G_LOG_DOMAIN "cordon-recovery"

#include "config.h"

#include "cordon-recovery.h"

struct _CordonRecovery
{
  GObject parent_instance;

  gint64 incident_id;
  GDateTime *compromised;
  char *legal;
  char *forensic_scope;
  char *root_cause;
  CordonRestoreDecision decision;
  char *decision_reason;
  GDateTime *restore_point;
  GDateTime *decided;
};

G_DEFINE_FINAL_TYPE (CordonRecovery, cordon_recovery, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_INCIDENT_ID,
  PROP_COMPROMISED,
  PROP_LEGAL,
  PROP_FORENSIC_SCOPE,
  PROP_ROOT_CAUSE,
  PROP_DECISION,
  PROP_DECISION_REASON,
  PROP_RESTORE_POINT,
  PROP_DECIDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cordon_recovery_finalize (GObject *object)
{
  CordonRecovery *self = (CordonRecovery *)object;

  g_clear_pointer (&self->compromised, g_date_time_unref);
  g_clear_pointer (&self->legal, g_free);
  g_clear_pointer (&self->forensic_scope, g_free);
  g_clear_pointer (&self->root_cause, g_free);
  g_clear_pointer (&self->decision_reason, g_free);
  g_clear_pointer (&self->restore_point, g_date_time_unref);
  g_clear_pointer (&self->decided, g_date_time_unref);

  G_OBJECT_CLASS (cordon_recovery_parent_class)->finalize (object);
}

static void
cordon_recovery_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CordonRecovery *self = CORDON_RECOVERY (object);

  switch (prop_id)
    {
    case PROP_INCIDENT_ID:
      g_value_set_int64 (value, self->incident_id);
      break;

    case PROP_COMPROMISED:
      g_value_set_boxed (value, self->compromised);
      break;

    case PROP_LEGAL:
      g_value_set_string (value, self->legal);
      break;

    case PROP_FORENSIC_SCOPE:
      g_value_set_string (value, self->forensic_scope);
      break;

    case PROP_ROOT_CAUSE:
      g_value_set_string (value, self->root_cause);
      break;

    case PROP_DECISION:
      g_value_set_enum (value, self->decision);
      break;

    case PROP_DECISION_REASON:
      g_value_set_string (value, self->decision_reason);
      break;

    case PROP_RESTORE_POINT:
      g_value_set_boxed (value, self->restore_point);
      break;

    case PROP_DECIDED:
      g_value_set_boxed (value, self->decided);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_recovery_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CordonRecovery *self = CORDON_RECOVERY (object);

  switch (prop_id)
    {
    case PROP_INCIDENT_ID:
      cordon_recovery_set_incident_id (self, g_value_get_int64 (value));
      break;

    case PROP_COMPROMISED:
      cordon_recovery_set_compromised (self, g_value_get_boxed (value));
      break;

    case PROP_LEGAL:
      cordon_recovery_set_legal (self, g_value_get_string (value));
      break;

    case PROP_FORENSIC_SCOPE:
      cordon_recovery_set_forensic_scope (self, g_value_get_string (value));
      break;

    case PROP_ROOT_CAUSE:
      cordon_recovery_set_root_cause (self, g_value_get_string (value));
      break;

    case PROP_DECISION:
      cordon_recovery_set_decision (self, g_value_get_enum (value));
      break;

    case PROP_DECISION_REASON:
      cordon_recovery_set_decision_reason (self, g_value_get_string (value));
      break;

    case PROP_RESTORE_POINT:
      cordon_recovery_set_restore_point (self, g_value_get_boxed (value));
      break;

    case PROP_DECIDED:
      cordon_recovery_set_decided (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_recovery_class_init (CordonRecoveryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_recovery_finalize;
  object_class->get_property = cordon_recovery_get_property;
  object_class->set_property = cordon_recovery_set_property;

  /**
   * CordonRecovery:incident-id:
   *
   * the row id of the incident it belongs to
   */
  properties[PROP_INCIDENT_ID] =
    g_param_spec_int64 ("incident-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonRecovery:compromised:
   *
   * when the attack started, from the timeline (UTC), or %NULL when unknown
   */
  properties[PROP_COMPROMISED] =
    g_param_spec_boxed ("compromised", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonRecovery:legal:
   *
   * legal issues that may have an impact on the handling
   */
  properties[PROP_LEGAL] =
    g_param_spec_string ("legal", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonRecovery:forensic-scope:
   *
   * the technology and processes within the scope of the forensic analysis
   */
  properties[PROP_FORENSIC_SCOPE] =
    g_param_spec_string ("forensic-scope", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonRecovery:root-cause:
   *
   * the root cause, for vectors that are not a vulnerability
   */
  properties[PROP_ROOT_CAUSE] =
    g_param_spec_string ("root-cause", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonRecovery:decision:
   *
   * what the team decided about restoring
   */
  properties[PROP_DECISION] =
    g_param_spec_enum ("decision", NULL, NULL, CORDON_TYPE_RESTORE_DECISION, CORDON_RESTORE_DECISION_UNDECIDED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonRecovery:decision-reason:
   *
   * why
   */
  properties[PROP_DECISION_REASON] =
    g_param_spec_string ("decision-reason", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonRecovery:restore-point:
   *
   * the backup restored from (UTC), or %NULL
   */
  properties[PROP_RESTORE_POINT] =
    g_param_spec_boxed ("restore-point", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonRecovery:decided:
   *
   * when the decision was recorded (UTC), or %NULL
   */
  properties[PROP_DECIDED] =
    g_param_spec_boxed ("decided", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_recovery_init (CordonRecovery *self)
{
  self->legal = g_strdup ("");
  self->forensic_scope = g_strdup ("");
  self->root_cause = g_strdup ("");
  self->decision = CORDON_RESTORE_DECISION_UNDECIDED;
  self->decision_reason = g_strdup ("");
}

CordonRecovery *
cordon_recovery_new (void)
{
  return g_object_new (CORDON_TYPE_RECOVERY, NULL);
}

gint64
cordon_recovery_get_incident_id (CordonRecovery *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY (self), 0);

  return self->incident_id;
}

void
cordon_recovery_set_incident_id (CordonRecovery *self,
                                gint64 incident_id)
{
  g_return_if_fail (CORDON_IS_RECOVERY (self));

  if (self->incident_id == incident_id)
    return;

  self->incident_id = incident_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCIDENT_ID]);
}

GDateTime *
cordon_recovery_get_compromised (CordonRecovery *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY (self), NULL);

  return self->compromised;
}

void
cordon_recovery_set_compromised (CordonRecovery *self,
                                GDateTime *compromised)
{
  g_return_if_fail (CORDON_IS_RECOVERY (self));

  if (self->compromised == compromised ||
      (self->compromised != NULL && compromised != NULL && g_date_time_equal (self->compromised, compromised)))
    return;

  g_clear_pointer (&self->compromised, g_date_time_unref);
  if (compromised != NULL)
    self->compromised = g_date_time_to_utc (compromised);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPROMISED]);
}

const char *
cordon_recovery_get_legal (CordonRecovery *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY (self), NULL);

  return self->legal;
}

void
cordon_recovery_set_legal (CordonRecovery *self,
                          const char *legal)
{
  g_return_if_fail (CORDON_IS_RECOVERY (self));

  if (legal == NULL)
    legal = "";

  if (g_strcmp0 (self->legal, legal) == 0)
    return;

  g_free (self->legal);
  self->legal = g_strdup (legal);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGAL]);
}

const char *
cordon_recovery_get_forensic_scope (CordonRecovery *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY (self), NULL);

  return self->forensic_scope;
}

void
cordon_recovery_set_forensic_scope (CordonRecovery *self,
                                   const char *forensic_scope)
{
  g_return_if_fail (CORDON_IS_RECOVERY (self));

  if (forensic_scope == NULL)
    forensic_scope = "";

  if (g_strcmp0 (self->forensic_scope, forensic_scope) == 0)
    return;

  g_free (self->forensic_scope);
  self->forensic_scope = g_strdup (forensic_scope);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORENSIC_SCOPE]);
}

const char *
cordon_recovery_get_root_cause (CordonRecovery *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY (self), NULL);

  return self->root_cause;
}

void
cordon_recovery_set_root_cause (CordonRecovery *self,
                               const char *root_cause)
{
  g_return_if_fail (CORDON_IS_RECOVERY (self));

  if (root_cause == NULL)
    root_cause = "";

  if (g_strcmp0 (self->root_cause, root_cause) == 0)
    return;

  g_free (self->root_cause);
  self->root_cause = g_strdup (root_cause);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROOT_CAUSE]);
}

CordonRestoreDecision
cordon_recovery_get_decision (CordonRecovery *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY (self), 0);

  return self->decision;
}

void
cordon_recovery_set_decision (CordonRecovery *self,
                             CordonRestoreDecision decision)
{
  g_return_if_fail (CORDON_IS_RECOVERY (self));

  if (self->decision == decision)
    return;

  self->decision = decision;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION]);
}

const char *
cordon_recovery_get_decision_reason (CordonRecovery *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY (self), NULL);

  return self->decision_reason;
}

void
cordon_recovery_set_decision_reason (CordonRecovery *self,
                                    const char *decision_reason)
{
  g_return_if_fail (CORDON_IS_RECOVERY (self));

  if (decision_reason == NULL)
    decision_reason = "";

  if (g_strcmp0 (self->decision_reason, decision_reason) == 0)
    return;

  g_free (self->decision_reason);
  self->decision_reason = g_strdup (decision_reason);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION_REASON]);
}

GDateTime *
cordon_recovery_get_restore_point (CordonRecovery *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY (self), NULL);

  return self->restore_point;
}

void
cordon_recovery_set_restore_point (CordonRecovery *self,
                                  GDateTime *restore_point)
{
  g_return_if_fail (CORDON_IS_RECOVERY (self));

  if (self->restore_point == restore_point ||
      (self->restore_point != NULL && restore_point != NULL && g_date_time_equal (self->restore_point, restore_point)))
    return;

  g_clear_pointer (&self->restore_point, g_date_time_unref);
  if (restore_point != NULL)
    self->restore_point = g_date_time_to_utc (restore_point);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESTORE_POINT]);
}

GDateTime *
cordon_recovery_get_decided (CordonRecovery *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY (self), NULL);

  return self->decided;
}

void
cordon_recovery_set_decided (CordonRecovery *self,
                            GDateTime *decided)
{
  g_return_if_fail (CORDON_IS_RECOVERY (self));

  if (self->decided == decided ||
      (self->decided != NULL && decided != NULL && g_date_time_equal (self->decided, decided)))
    return;

  g_clear_pointer (&self->decided, g_date_time_unref);
  if (decided != NULL)
    self->decided = g_date_time_to_utc (decided);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECIDED]);
}
