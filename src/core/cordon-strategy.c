/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-strategy.c: one containment strategy of the library.
 */

#define G_LOG_DOMAIN "cordon-strategy"

#include "config.h"

#include "cordon-strategy.h"

struct _CordonStrategy
{
  GObject parent_instance;

  gint64 id;
  char *slug;
  char *name;
  CordonFocusArea focus_areas;
  CordonContainmentTerm term;
  char **categories;
  char *description;
  char **steps;
  char *group;
  char **rollback_steps;
  gboolean evidence_risk;
  char **d3fend;
  char **mitigations;
};

G_DEFINE_FINAL_TYPE (CordonStrategy, cordon_strategy, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SLUG,
  PROP_NAME,
  PROP_FOCUS_AREAS,
  PROP_TERM,
  PROP_CATEGORIES,
  PROP_DESCRIPTION,
  PROP_STEPS,
  PROP_GROUP,
  PROP_ROLLBACK_STEPS,
  PROP_EVIDENCE_RISK,
  PROP_D3FEND,
  PROP_MITIGATIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

static void
cordon_strategy_finalize (GObject *object)
{
  CordonStrategy *self = (CordonStrategy *)object;

  g_clear_pointer (&self->slug, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->categories, g_strfreev);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->steps, g_strfreev);
  g_clear_pointer (&self->group, g_free);
  g_clear_pointer (&self->rollback_steps, g_strfreev);
  g_clear_pointer (&self->d3fend, g_strfreev);
  g_clear_pointer (&self->mitigations, g_strfreev);

  G_OBJECT_CLASS (cordon_strategy_parent_class)->finalize (object);
}

static void
cordon_strategy_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CordonStrategy *self = CORDON_STRATEGY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_SLUG:
      g_value_set_string (value, self->slug);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_FOCUS_AREAS:
      g_value_set_flags (value, self->focus_areas);
      break;

    case PROP_TERM:
      g_value_set_enum (value, self->term);
      break;

    case PROP_CATEGORIES:
      g_value_set_boxed (value, self->categories);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_STEPS:
      g_value_set_boxed (value, self->steps);
      break;

    case PROP_GROUP:
      g_value_set_string (value, self->group);
      break;

    case PROP_ROLLBACK_STEPS:
      g_value_set_boxed (value, self->rollback_steps);
      break;

    case PROP_EVIDENCE_RISK:
      g_value_set_boolean (value, self->evidence_risk);
      break;

    case PROP_D3FEND:
      g_value_set_boxed (value, self->d3fend);
      break;

    case PROP_MITIGATIONS:
      g_value_set_boxed (value, self->mitigations);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_strategy_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CordonStrategy *self = CORDON_STRATEGY (object);

  switch (prop_id)
    {
    case PROP_ID:
      cordon_strategy_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_SLUG:
      cordon_strategy_set_slug (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      cordon_strategy_set_name (self, g_value_get_string (value));
      break;

    case PROP_FOCUS_AREAS:
      cordon_strategy_set_focus_areas (self, g_value_get_flags (value));
      break;

    case PROP_TERM:
      cordon_strategy_set_term (self, g_value_get_enum (value));
      break;

    case PROP_CATEGORIES:
      cordon_strategy_set_categories (self, g_value_get_boxed (value));
      break;

    case PROP_DESCRIPTION:
      cordon_strategy_set_description (self, g_value_get_string (value));
      break;

    case PROP_STEPS:
      cordon_strategy_set_steps (self, g_value_get_boxed (value));
      break;

    case PROP_GROUP:
      cordon_strategy_set_group (self, g_value_get_string (value));
      break;

    case PROP_ROLLBACK_STEPS:
      cordon_strategy_set_rollback_steps (self, g_value_get_boxed (value));
      break;

    case PROP_EVIDENCE_RISK:
      cordon_strategy_set_evidence_risk (self, g_value_get_boolean (value));
      break;

    case PROP_D3FEND:
      cordon_strategy_set_d3fend (self, g_value_get_boxed (value));
      break;

    case PROP_MITIGATIONS:
      cordon_strategy_set_mitigations (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_strategy_class_init (CordonStrategyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_strategy_finalize;
  object_class->get_property = cordon_strategy_get_property;
  object_class->set_property = cordon_strategy_set_property;

  /**
   * CordonStrategy:id:
   *
   * the row id in the workspace; 0 until the object is stored
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonStrategy:slug:
   *
   * the stable id, lower case letters, digits and dashes, e.g. `block-inbound-traffic`
   */
  properties[PROP_SLUG] =
    g_param_spec_string ("slug", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonStrategy:name:
   *
   * what it is called
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonStrategy:focus-areas:
   *
   * where in the infrastructure it acts; one or several
   */
  properties[PROP_FOCUS_AREAS] =
    g_param_spec_flags ("focus-areas", NULL, NULL,
                        CORDON_TYPE_FOCUS_AREA, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonStrategy:term:
   *
   * short-term or long-term
   */
  properties[PROP_TERM] =
    g_param_spec_enum ("term", NULL, NULL,
                       CORDON_TYPE_CONTAINMENT_TERM, CORDON_CONTAINMENT_TERM_SHORT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonStrategy:categories:
   *
   * the taxonomy ids of the incident categories it suits
   */
  properties[PROP_CATEGORIES] =
    g_param_spec_boxed ("categories", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonStrategy:description:
   *
   * what it does and when to use it
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonStrategy:steps:
   *
   * what to do, in order
   */
  properties[PROP_STEPS] =
    g_param_spec_boxed ("steps", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonStrategy:group:
   *
   * the slug of the resolver group that carries it out, or empty
   */
  properties[PROP_GROUP] =
    g_param_spec_string ("group", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonStrategy:rollback-steps:
   *
   * how to undo it, in order
   */
  properties[PROP_ROLLBACK_STEPS] =
    g_param_spec_boxed ("rollback-steps", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonStrategy:evidence-risk:
   *
   * whether carrying it out may destroy forensic evidence (e.g. powering off before memory is captured)
   */
  properties[PROP_EVIDENCE_RISK] =
    g_param_spec_boolean ("evidence-risk", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonStrategy:d3fend:
   *
   * MITRE D3FEND technique ids, e.g. `D3-NI`
   */
  properties[PROP_D3FEND] =
    g_param_spec_boxed ("d3fend", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonStrategy:mitigations:
   *
   * MITRE ATT&CK mitigation ids, e.g. `M1030`
   */
  properties[PROP_MITIGATIONS] =
    g_param_spec_boxed ("mitigations", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_strategy_init (CordonStrategy *self)
{
  self->slug = g_strdup ("");
  self->name = g_strdup ("");
  self->term = CORDON_CONTAINMENT_TERM_SHORT;
  self->categories = g_strdupv ((char **) empty_strv);
  self->description = g_strdup ("");
  self->steps = g_strdupv ((char **) empty_strv);
  self->group = g_strdup ("");
  self->rollback_steps = g_strdupv ((char **) empty_strv);
  self->d3fend = g_strdupv ((char **) empty_strv);
  self->mitigations = g_strdupv ((char **) empty_strv);
}

/**
 * cordon_strategy_new:
 *
 * Returns: (transfer full): a new, empty #CordonStrategy
 */
CordonStrategy *
cordon_strategy_new (void)
{
  return g_object_new (CORDON_TYPE_STRATEGY, NULL);
}

gint64
cordon_strategy_get_id (CordonStrategy *self)
{
  g_return_val_if_fail (CORDON_IS_STRATEGY (self), 0);

  return self->id;
}

void
cordon_strategy_set_id (CordonStrategy *self,
                        gint64          id)
{
  g_return_if_fail (CORDON_IS_STRATEGY (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
cordon_strategy_get_slug (CordonStrategy *self)
{
  g_return_val_if_fail (CORDON_IS_STRATEGY (self), NULL);

  return self->slug;
}

void
cordon_strategy_set_slug (CordonStrategy *self,
                          const char     *slug)
{
  g_return_if_fail (CORDON_IS_STRATEGY (self));

  if (slug == NULL)
    slug = "";

  if (g_strcmp0 (self->slug, slug) == 0)
    return;

  g_free (self->slug);
  self->slug = g_strdup (slug);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SLUG]);
}

const char *
cordon_strategy_get_name (CordonStrategy *self)
{
  g_return_val_if_fail (CORDON_IS_STRATEGY (self), NULL);

  return self->name;
}

void
cordon_strategy_set_name (CordonStrategy *self,
                          const char     *name)
{
  g_return_if_fail (CORDON_IS_STRATEGY (self));

  if (name == NULL)
    name = "";

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

CordonFocusArea
cordon_strategy_get_focus_areas (CordonStrategy *self)
{
  g_return_val_if_fail (CORDON_IS_STRATEGY (self), 0);

  return self->focus_areas;
}

void
cordon_strategy_set_focus_areas (CordonStrategy  *self,
                                 CordonFocusArea  focus_areas)
{
  g_return_if_fail (CORDON_IS_STRATEGY (self));

  if (self->focus_areas == focus_areas)
    return;

  self->focus_areas = focus_areas;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_AREAS]);
}

CordonContainmentTerm
cordon_strategy_get_term (CordonStrategy *self)
{
  g_return_val_if_fail (CORDON_IS_STRATEGY (self), CORDON_CONTAINMENT_TERM_SHORT);

  return self->term;
}

void
cordon_strategy_set_term (CordonStrategy        *self,
                          CordonContainmentTerm  term)
{
  g_return_if_fail (CORDON_IS_STRATEGY (self));

  if (self->term == term)
    return;

  self->term = term;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TERM]);
}

const char * const *
cordon_strategy_get_categories (CordonStrategy *self)
{
  g_return_val_if_fail (CORDON_IS_STRATEGY (self), NULL);

  return (const char * const *) self->categories;
}

void
cordon_strategy_set_categories (CordonStrategy     *self,
                                const char * const *categories)
{
  g_return_if_fail (CORDON_IS_STRATEGY (self));

  if (categories == NULL)
    categories = empty_strv;

  if (g_strv_equal ((const char * const *) self->categories, categories))
    return;

  g_strfreev (self->categories);
  self->categories = g_strdupv ((char **) categories);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORIES]);
}

const char *
cordon_strategy_get_description (CordonStrategy *self)
{
  g_return_val_if_fail (CORDON_IS_STRATEGY (self), NULL);

  return self->description;
}

void
cordon_strategy_set_description (CordonStrategy *self,
                                 const char     *description)
{
  g_return_if_fail (CORDON_IS_STRATEGY (self));

  if (description == NULL)
    description = "";

  if (g_strcmp0 (self->description, description) == 0)
    return;

  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

const char * const *
cordon_strategy_get_steps (CordonStrategy *self)
{
  g_return_val_if_fail (CORDON_IS_STRATEGY (self), NULL);

  return (const char * const *) self->steps;
}

void
cordon_strategy_set_steps (CordonStrategy     *self,
                           const char * const *steps)
{
  g_return_if_fail (CORDON_IS_STRATEGY (self));

  if (steps == NULL)
    steps = empty_strv;

  if (g_strv_equal ((const char * const *) self->steps, steps))
    return;

  g_strfreev (self->steps);
  self->steps = g_strdupv ((char **) steps);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEPS]);
}

const char *
cordon_strategy_get_group (CordonStrategy *self)
{
  g_return_val_if_fail (CORDON_IS_STRATEGY (self), NULL);

  return self->group;
}

void
cordon_strategy_set_group (CordonStrategy *self,
                           const char     *group)
{
  g_return_if_fail (CORDON_IS_STRATEGY (self));

  if (group == NULL)
    group = "";

  if (g_strcmp0 (self->group, group) == 0)
    return;

  g_free (self->group);
  self->group = g_strdup (group);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP]);
}

const char * const *
cordon_strategy_get_rollback_steps (CordonStrategy *self)
{
  g_return_val_if_fail (CORDON_IS_STRATEGY (self), NULL);

  return (const char * const *) self->rollback_steps;
}

void
cordon_strategy_set_rollback_steps (CordonStrategy     *self,
                                    const char * const *rollback_steps)
{
  g_return_if_fail (CORDON_IS_STRATEGY (self));

  if (rollback_steps == NULL)
    rollback_steps = empty_strv;

  if (g_strv_equal ((const char * const *) self->rollback_steps, rollback_steps))
    return;

  g_strfreev (self->rollback_steps);
  self->rollback_steps = g_strdupv ((char **) rollback_steps);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLLBACK_STEPS]);
}

gboolean
cordon_strategy_get_evidence_risk (CordonStrategy *self)
{
  g_return_val_if_fail (CORDON_IS_STRATEGY (self), FALSE);

  return self->evidence_risk;
}

void
cordon_strategy_set_evidence_risk (CordonStrategy *self,
                                   gboolean        evidence_risk)
{
  g_return_if_fail (CORDON_IS_STRATEGY (self));

  evidence_risk = !!evidence_risk;

  if (self->evidence_risk == evidence_risk)
    return;

  self->evidence_risk = evidence_risk;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVIDENCE_RISK]);
}

const char * const *
cordon_strategy_get_d3fend (CordonStrategy *self)
{
  g_return_val_if_fail (CORDON_IS_STRATEGY (self), NULL);

  return (const char * const *) self->d3fend;
}

void
cordon_strategy_set_d3fend (CordonStrategy     *self,
                            const char * const *d3fend)
{
  g_return_if_fail (CORDON_IS_STRATEGY (self));

  if (d3fend == NULL)
    d3fend = empty_strv;

  if (g_strv_equal ((const char * const *) self->d3fend, d3fend))
    return;

  g_strfreev (self->d3fend);
  self->d3fend = g_strdupv ((char **) d3fend);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_D3FEND]);
}

const char * const *
cordon_strategy_get_mitigations (CordonStrategy *self)
{
  g_return_val_if_fail (CORDON_IS_STRATEGY (self), NULL);

  return (const char * const *) self->mitigations;
}

void
cordon_strategy_set_mitigations (CordonStrategy     *self,
                                 const char * const *mitigations)
{
  g_return_if_fail (CORDON_IS_STRATEGY (self));

  if (mitigations == NULL)
    mitigations = empty_strv;

  if (g_strv_equal ((const char * const *) self->mitigations, mitigations))
    return;

  g_strfreev (self->mitigations);
  self->mitigations = g_strdupv ((char **) mitigations);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MITIGATIONS]);
}
