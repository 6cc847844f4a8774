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
  char *uuid;
  char *origin_type;
  char *origin_category;
  char *comment;
  char *group;
  char *group_name;
  char *group_comment;
  char *relation;
  GStrv tags;
  GDateTime *first_seen;
  GDateTime *last_seen;
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
  PROP_UUID,
  PROP_ORIGIN_TYPE,
  PROP_ORIGIN_CATEGORY,
  PROP_COMMENT,
  PROP_GROUP,
  PROP_GROUP_NAME,
  PROP_GROUP_COMMENT,
  PROP_RELATION,
  PROP_TAGS,
  PROP_FIRST_SEEN,
  PROP_LAST_SEEN,
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
  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->origin_type, g_free);
  g_clear_pointer (&self->origin_category, g_free);
  g_clear_pointer (&self->comment, g_free);
  g_clear_pointer (&self->group, g_free);
  g_clear_pointer (&self->group_name, g_free);
  g_clear_pointer (&self->group_comment, g_free);
  g_clear_pointer (&self->relation, g_free);
  g_clear_pointer (&self->tags, g_strfreev);
  g_clear_pointer (&self->first_seen, g_date_time_unref);
  g_clear_pointer (&self->last_seen, g_date_time_unref);

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

    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_ORIGIN_TYPE:
      g_value_set_string (value, self->origin_type);
      break;

    case PROP_ORIGIN_CATEGORY:
      g_value_set_string (value, self->origin_category);
      break;

    case PROP_COMMENT:
      g_value_set_string (value, self->comment);
      break;

    case PROP_GROUP:
      g_value_set_string (value, self->group);
      break;

    case PROP_GROUP_NAME:
      g_value_set_string (value, self->group_name);
      break;

    case PROP_GROUP_COMMENT:
      g_value_set_string (value, self->group_comment);
      break;

    case PROP_RELATION:
      g_value_set_string (value, self->relation);
      break;

    case PROP_TAGS:
      g_value_set_boxed (value, self->tags);
      break;

    case PROP_FIRST_SEEN:
      g_value_set_boxed (value, self->first_seen);
      break;

    case PROP_LAST_SEEN:
      g_value_set_boxed (value, self->last_seen);
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

    case PROP_UUID:
      cordon_fact_set_uuid (self, g_value_get_string (value));
      break;

    case PROP_ORIGIN_TYPE:
      cordon_fact_set_origin_type (self, g_value_get_string (value));
      break;

    case PROP_ORIGIN_CATEGORY:
      cordon_fact_set_origin_category (self, g_value_get_string (value));
      break;

    case PROP_COMMENT:
      cordon_fact_set_comment (self, g_value_get_string (value));
      break;

    case PROP_GROUP:
      cordon_fact_set_group (self, g_value_get_string (value));
      break;

    case PROP_GROUP_NAME:
      cordon_fact_set_group_name (self, g_value_get_string (value));
      break;

    case PROP_GROUP_COMMENT:
      cordon_fact_set_group_comment (self, g_value_get_string (value));
      break;

    case PROP_RELATION:
      cordon_fact_set_relation (self, g_value_get_string (value));
      break;

    case PROP_TAGS:
      cordon_fact_set_tags (self, g_value_get_boxed (value));
      break;

    case PROP_FIRST_SEEN:
      cordon_fact_set_first_seen (self, g_value_get_boxed (value));
      break;

    case PROP_LAST_SEEN:
      cordon_fact_set_last_seen (self, g_value_get_boxed (value));
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

  /**
   * CordonFact:uuid:
   *
   * an identifier the source gave it (a MISP attribute’s uuid), kept so that an export names it the same
   */
  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonFact:origin-type:
   *
   * what the source called its type (MISP’s `ip-dst`, `domain|ip`; TheHive’s dataType); empty for a fact entered in Cordon
   */
  properties[PROP_ORIGIN_TYPE] =
    g_param_spec_string ("origin-type", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonFact:origin-category:
   *
   * the source’s category of it (MISP’s `Network activity`), or empty
   */
  properties[PROP_ORIGIN_CATEGORY] =
    g_param_spec_string ("origin-category", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonFact:comment:
   *
   * a note on the value, e.g. MISP’s attribute comment
   */
  properties[PROP_COMMENT] =
    g_param_spec_string ("comment", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonFact:group:
   *
   * the id of the group of facts it belongs to (a MISP object’s uuid, or a galaxy’s), or empty
   */
  properties[PROP_GROUP] =
    g_param_spec_string ("group", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonFact:group-name:
   *
   * the name of that group, e.g. `file` for a MISP file object
   */
  properties[PROP_GROUP_NAME] =
    g_param_spec_string ("group-name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonFact:group-comment:
   *
   * a note on that group, e.g. the malware a file object describes
   */
  properties[PROP_GROUP_COMMENT] =
    g_param_spec_string ("group-comment", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonFact:relation:
   *
   * what the value is within its group, e.g. `sha256` of a file object
   */
  properties[PROP_RELATION] =
    g_param_spec_string ("relation", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonFact:tags:
   *
   * the labels the source gave it (MISP or TheHive tags), never %NULL
   */
  properties[PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonFact:first-seen:
   *
   * when the value was first seen (UTC), if the source says
   */
  properties[PROP_FIRST_SEEN] =
    g_param_spec_boxed ("first-seen", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonFact:last-seen:
   *
   * when the value was last seen (UTC), if the source says
   */
  properties[PROP_LAST_SEEN] =
    g_param_spec_boxed ("last-seen", NULL, NULL,
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
  self->uuid = g_strdup ("");
  self->origin_type = g_strdup ("");
  self->origin_category = g_strdup ("");
  self->comment = g_strdup ("");
  self->group = g_strdup ("");
  self->group_name = g_strdup ("");
  self->group_comment = g_strdup ("");
  self->relation = g_strdup ("");
  self->tags = g_new0 (char *, 1);
}

static void
set_string (CordonFact  *self,
            char       **field,
            const char  *value,
            guint        prop)
{
  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_time (CordonFact  *self,
          GDateTime  **field,
          GDateTime   *value,
          guint        prop)
{
  if (*field == value ||
      (*field != NULL && value != NULL && g_date_time_equal (*field, value)))
    return;

  g_clear_pointer (field, g_date_time_unref);
  if (value != NULL)
    *field = g_date_time_to_utc (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
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

const char *
cordon_fact_get_uuid (CordonFact *self)
{
  g_return_val_if_fail (CORDON_IS_FACT (self), NULL);

  return self->uuid;
}

void
cordon_fact_set_uuid (CordonFact *self,
                      const char *uuid)
{
  g_return_if_fail (CORDON_IS_FACT (self));

  set_string (self, &self->uuid, uuid, PROP_UUID);
}

const char *
cordon_fact_get_origin_type (CordonFact *self)
{
  g_return_val_if_fail (CORDON_IS_FACT (self), NULL);

  return self->origin_type;
}

void
cordon_fact_set_origin_type (CordonFact *self,
                             const char *type)
{
  g_return_if_fail (CORDON_IS_FACT (self));

  set_string (self, &self->origin_type, type, PROP_ORIGIN_TYPE);
}

const char *
cordon_fact_get_origin_category (CordonFact *self)
{
  g_return_val_if_fail (CORDON_IS_FACT (self), NULL);

  return self->origin_category;
}

void
cordon_fact_set_origin_category (CordonFact *self,
                                 const char *category)
{
  g_return_if_fail (CORDON_IS_FACT (self));

  set_string (self, &self->origin_category, category, PROP_ORIGIN_CATEGORY);
}

const char *
cordon_fact_get_comment (CordonFact *self)
{
  g_return_val_if_fail (CORDON_IS_FACT (self), NULL);

  return self->comment;
}

void
cordon_fact_set_comment (CordonFact *self,
                         const char *comment)
{
  g_return_if_fail (CORDON_IS_FACT (self));

  set_string (self, &self->comment, comment, PROP_COMMENT);
}

const char *
cordon_fact_get_group (CordonFact *self)
{
  g_return_val_if_fail (CORDON_IS_FACT (self), NULL);

  return self->group;
}

void
cordon_fact_set_group (CordonFact *self,
                       const char *group)
{
  g_return_if_fail (CORDON_IS_FACT (self));

  set_string (self, &self->group, group, PROP_GROUP);
}

const char *
cordon_fact_get_group_name (CordonFact *self)
{
  g_return_val_if_fail (CORDON_IS_FACT (self), NULL);

  return self->group_name;
}

void
cordon_fact_set_group_name (CordonFact *self,
                            const char *group_name)
{
  g_return_if_fail (CORDON_IS_FACT (self));

  set_string (self, &self->group_name, group_name, PROP_GROUP_NAME);
}

const char *
cordon_fact_get_group_comment (CordonFact *self)
{
  g_return_val_if_fail (CORDON_IS_FACT (self), NULL);

  return self->group_comment;
}

void
cordon_fact_set_group_comment (CordonFact *self,
                               const char *group_comment)
{
  g_return_if_fail (CORDON_IS_FACT (self));

  set_string (self, &self->group_comment, group_comment, PROP_GROUP_COMMENT);
}

const char *
cordon_fact_get_relation (CordonFact *self)
{
  g_return_val_if_fail (CORDON_IS_FACT (self), NULL);

  return self->relation;
}

void
cordon_fact_set_relation (CordonFact *self,
                          const char *relation)
{
  g_return_if_fail (CORDON_IS_FACT (self));

  set_string (self, &self->relation, relation, PROP_RELATION);
}

/**
 * cordon_fact_get_tags:
 *
 * Returns: (transfer none): the tags, never %NULL
 */
const char * const *
cordon_fact_get_tags (CordonFact *self)
{
  g_return_val_if_fail (CORDON_IS_FACT (self), NULL);

  return (const char * const *) self->tags;
}

void
cordon_fact_set_tags (CordonFact         *self,
                      const char * const *tags)
{
  static const char * const none[] = { NULL };

  g_return_if_fail (CORDON_IS_FACT (self));

  if (tags == NULL)
    tags = none;

  if (g_strv_equal ((const char * const *) self->tags, tags))
    return;

  g_strfreev (self->tags);
  self->tags = g_strdupv ((char **) tags);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAGS]);
}

GDateTime *
cordon_fact_get_first_seen (CordonFact *self)
{
  g_return_val_if_fail (CORDON_IS_FACT (self), NULL);

  return self->first_seen;
}

void
cordon_fact_set_first_seen (CordonFact *self,
                            GDateTime  *first_seen)
{
  g_return_if_fail (CORDON_IS_FACT (self));

  set_time (self, &self->first_seen, first_seen, PROP_FIRST_SEEN);
}

GDateTime *
cordon_fact_get_last_seen (CordonFact *self)
{
  g_return_val_if_fail (CORDON_IS_FACT (self), NULL);

  return self->last_seen;
}

void
cordon_fact_set_last_seen (CordonFact *self,
                           GDateTime  *last_seen)
{
  g_return_if_fail (CORDON_IS_FACT (self));

  set_time (self, &self->last_seen, last_seen, PROP_LAST_SEEN);
}
