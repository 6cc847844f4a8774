/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-fact.c: one typed fact or observable about an incident
 * ("what we know" in the analysis).
 */

#define G_LOG_DOMAIN "cordon-fact"

#include "config.h"

#include "cordon-fact.h"

struct _CordonFact
{
  GObject parent_instance;

  gint64 id;
  gint64 incident_id;
  CordonFactKind kind;
  char *value;
  char *source;
  CordonTlp tlp;
  gboolean is_ioc;
  GDateTime *added;
};

G_DEFINE_FINAL_TYPE (CordonFact, cordon_fact, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_INCIDENT_ID,
  PROP_KIND,
  PROP_VALUE,
  PROP_SOURCE,
  PROP_TLP,
  PROP_IS_IOC,
  PROP_ADDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cordon_fact_finalize (GObject *object)
{
  CordonFact *self = (CordonFact *)object;

  g_clear_pointer (&self->value, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->added, g_date_time_unref);

  G_OBJECT_CLASS (cordon_fact_parent_class)->finalize (object);
}

static void
cordon_fact_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  CordonFact *self = CORDON_FACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_INCIDENT_ID:
      g_value_set_int64 (value, self->incident_id);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_VALUE:
      g_value_set_string (value, self->value);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_TLP:
      g_value_set_enum (value, self->tlp);
      break;

    case PROP_IS_IOC:
      g_value_set_boolean (value, self->is_ioc);
      break;

    case PROP_ADDED:
      g_value_set_boxed (value, self->added);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_fact_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  CordonFact *self = CORDON_FACT (object);

  switch (prop_id)
    {
    case PROP_ID:
      cordon_fact_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_INCIDENT_ID:
      cordon_fact_set_incident_id (self, g_value_get_int64 (value));
      break;

    case PROP_KIND:
      cordon_fact_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_VALUE:
      cordon_fact_set_value (self, g_value_get_string (value));
      break;

    case PROP_SOURCE:
      cordon_fact_set_source (self, g_value_get_string (value));
      break;

    case PROP_TLP:
      cordon_fact_set_tlp (self, g_value_get_enum (value));
      break;

    case PROP_IS_IOC:
      cordon_fact_set_is_ioc (self, g_value_get_boolean (value));
      break;

    case PROP_ADDED:
      cordon_fact_set_added (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_fact_class_init (CordonFactClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_fact_finalize;
  object_class->get_property = cordon_fact_get_property;
  object_class->set_property = cordon_fact_set_property;

  /**
   * CordonFact:id:
   *
   * the row id in the workspace; 0 until the object is stored
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonFact:incident-id:
   *
   * the row id of the incident it belongs to
   */
  properties[PROP_INCIDENT_ID] =
    g_param_spec_int64 ("incident-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonFact:kind:
   *
   * what the value is
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CORDON_TYPE_FACT_KIND, CORDON_FACT_KIND_OTHER,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonFact:value:
   *
   * the observable itself, e.g. an address or a hash
   */
  properties[PROP_VALUE] =
    g_param_spec_string ("value", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonFact:source:
   *
   * where it comes from, e.g. the SIEM, an IDS, a user report
   */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonFact:tlp:
   *
   * its Traffic Light Protocol marking (default amber)
   */
  properties[PROP_TLP] =
    g_param_spec_enum ("tlp", NULL, NULL,
                       CORDON_TYPE_TLP, CORDON_TLP_AMBER,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonFact:is-ioc:
   *
   * whether it is an indicator of compromise
   */
  properties[PROP_IS_IOC] =
    g_param_spec_boolean ("is-ioc", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonFact:added:
   *
   * when it was recorded (UTC), set by the workspace when %NULL
   */
  properties[PROP_ADDED] =
    g_param_spec_boxed ("added", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_fact_init (CordonFact *self)
{
  self->kind = CORDON_FACT_KIND_OTHER;
  self->value = g_strdup ("");
  self->source = g_strdup ("");
  self->tlp = CORDON_TLP_AMBER;
}

/**
 * cordon_fact_new:
 *
 * Returns: (transfer full): a new, empty #CordonFact
 */
CordonFact *
cordon_fact_new (void)
{
  return g_object_new (CORDON_TYPE_FACT, NULL);
}

gint64
cordon_fact_get_id (CordonFact *self)
{
  g_return_val_if_fail (CORDON_IS_FACT (self), 0);

  return self->id;
}

void
cordon_fact_set_id (CordonFact *self,
                    gint64      id)
{
  g_return_if_fail (CORDON_IS_FACT (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
cordon_fact_get_incident_id (CordonFact *self)
{
  g_return_val_if_fail (CORDON_IS_FACT (self), 0);

  return self->incident_id;
}

void
cordon_fact_set_incident_id (CordonFact *self,
                             gint64      incident_id)
{
  g_return_if_fail (CORDON_IS_FACT (self));
  g_return_if_fail (incident_id >= 0);

  if (self->incident_id == incident_id)
    return;

  self->incident_id = incident_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCIDENT_ID]);
}

CordonFactKind
cordon_fact_get_kind (CordonFact *self)
{
  g_return_val_if_fail (CORDON_IS_FACT (self), CORDON_FACT_KIND_OTHER);

  return self->kind;
}

void
cordon_fact_set_kind (CordonFact     *self,
                      CordonFactKind  kind)
{
  g_return_if_fail (CORDON_IS_FACT (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
cordon_fact_get_value (CordonFact *self)
{
  g_return_val_if_fail (CORDON_IS_FACT (self), NULL);

  return self->value;
}

void
cordon_fact_set_value (CordonFact *self,
                       const char *value)
{
  g_return_if_fail (CORDON_IS_FACT (self));

  if (value == NULL)
    value = "";

  if (g_strcmp0 (self->value, value) == 0)
    return;

  g_free (self->value);
  self->value = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

const char *
cordon_fact_get_source (CordonFact *self)
{
  g_return_val_if_fail (CORDON_IS_FACT (self), NULL);

  return self->source;
}

void
cordon_fact_set_source (CordonFact *self,
                        const char *source)
{
  g_return_if_fail (CORDON_IS_FACT (self));

  if (source == NULL)
    source = "";

  if (g_strcmp0 (self->source, source) == 0)
    return;

  g_free (self->source);
  self->source = g_strdup (source);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

CordonTlp
cordon_fact_get_tlp (CordonFact *self)
{
  g_return_val_if_fail (CORDON_IS_FACT (self), CORDON_TLP_AMBER);

  return self->tlp;
}

void
cordon_fact_set_tlp (CordonFact *self,
                     CordonTlp   tlp)
{
  g_return_if_fail (CORDON_IS_FACT (self));

  if (self->tlp == tlp)
    return;

  self->tlp = tlp;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TLP]);
}

gboolean
cordon_fact_get_is_ioc (CordonFact *self)
{
  g_return_val_if_fail (CORDON_IS_FACT (self), FALSE);

  return self->is_ioc;
}

void
cordon_fact_set_is_ioc (CordonFact *self,
                        gboolean    is_ioc)
{
  g_return_if_fail (CORDON_IS_FACT (self));

  is_ioc = !!is_ioc;

  if (self->is_ioc == is_ioc)
    return;

  self->is_ioc = is_ioc;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_IOC]);
}

GDateTime *
cordon_fact_get_added (CordonFact *self)
{
  g_return_val_if_fail (CORDON_IS_FACT (self), NULL);

  return self->added;
}

void
cordon_fact_set_added (CordonFact *self,
                       GDateTime  *added)
{
  g_return_if_fail (CORDON_IS_FACT (self));

  if (self->added == added ||
      (self->added != NULL && added != NULL && g_date_time_equal (self->added, added)))
    return;

  g_clear_pointer (&self->added, g_date_time_unref);
  if (added != NULL)
    self->added = g_date_time_to_utc (added);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDED]);
}
