/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-group.c: one group of people the lead engages during an incident.
 */

#define G_LOG_DOMAIN "cordon-group"

#include "config.h"

#include "cordon-group.h"

struct _CordonGroup
{
  GObject parent_instance;

  gint64 id;
  char *slug;
  CordonGroupKind kind;
  char *name;
  char *description;
};

G_DEFINE_FINAL_TYPE (CordonGroup, cordon_group, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SLUG,
  PROP_KIND,
  PROP_NAME,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cordon_group_finalize (GObject *object)
{
  CordonGroup *self = (CordonGroup *)object;

  g_clear_pointer (&self->slug, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->description, g_free);

  G_OBJECT_CLASS (cordon_group_parent_class)->finalize (object);
}

static void
cordon_group_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CordonGroup *self = CORDON_GROUP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_SLUG:
      g_value_set_string (value, self->slug);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_group_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CordonGroup *self = CORDON_GROUP (object);

  switch (prop_id)
    {
    case PROP_ID:
      cordon_group_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_SLUG:
      cordon_group_set_slug (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      cordon_group_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_NAME:
      cordon_group_set_name (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      cordon_group_set_description (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_group_class_init (CordonGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_group_finalize;
  object_class->get_property = cordon_group_get_property;
  object_class->set_property = cordon_group_set_property;

  /**
   * CordonGroup:id:
   *
   * the row id in the workspace; 0 until the object is stored
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonGroup:slug:
   *
   * stable id: lower-case letters, digits and dashes
   */
  properties[PROP_SLUG] =
    g_param_spec_string ("slug", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonGroup:kind:
   *
   * what the group does
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CORDON_TYPE_GROUP_KIND, CORDON_GROUP_KIND_RESPONDER,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonGroup:name:
   *
   * display name
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonGroup:description:
   *
   * free text: who they are, what they are responsible for
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_group_init (CordonGroup *self)
{
  self->slug = g_strdup ("");
  self->kind = CORDON_GROUP_KIND_RESPONDER;
  self->name = g_strdup ("");
  self->description = g_strdup ("");
}

/**
 * cordon_group_new:
 *
 * Returns: (transfer full): a new, empty #CordonGroup
 */
CordonGroup *
cordon_group_new (void)
{
  return g_object_new (CORDON_TYPE_GROUP, NULL);
}

gint64
cordon_group_get_id (CordonGroup *self)
{
  g_return_val_if_fail (CORDON_IS_GROUP (self), 0);

  return self->id;
}

void
cordon_group_set_id (CordonGroup *self,
                     gint64       id)
{
  g_return_if_fail (CORDON_IS_GROUP (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
cordon_group_get_slug (CordonGroup *self)
{
  g_return_val_if_fail (CORDON_IS_GROUP (self), NULL);

  return self->slug;
}

void
cordon_group_set_slug (CordonGroup *self,
                       const char  *slug)
{
  g_return_if_fail (CORDON_IS_GROUP (self));

  if (slug == NULL)
    slug = "";

  if (g_strcmp0 (self->slug, slug) == 0)
    return;

  g_free (self->slug);
  self->slug = g_strdup (slug);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SLUG]);
}

CordonGroupKind
cordon_group_get_kind (CordonGroup *self)
{
  g_return_val_if_fail (CORDON_IS_GROUP (self), CORDON_GROUP_KIND_RESPONDER);

  return self->kind;
}

void
cordon_group_set_kind (CordonGroup     *self,
                       CordonGroupKind  kind)
{
  g_return_if_fail (CORDON_IS_GROUP (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
cordon_group_get_name (CordonGroup *self)
{
  g_return_val_if_fail (CORDON_IS_GROUP (self), NULL);

  return self->name;
}

void
cordon_group_set_name (CordonGroup *self,
                       const char  *name)
{
  g_return_if_fail (CORDON_IS_GROUP (self));

  if (name == NULL)
    name = "";

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
cordon_group_get_description (CordonGroup *self)
{
  g_return_val_if_fail (CORDON_IS_GROUP (self), NULL);

  return self->description;
}

void
cordon_group_set_description (CordonGroup *self,
                              const char  *description)
{
  g_return_if_fail (CORDON_IS_GROUP (self));

  if (description == NULL)
    description = "";

  if (g_strcmp0 (self->description, description) == 0)
    return;

  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}
