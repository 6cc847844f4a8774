/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-member.c: one member of a group: a person to call, with their contact
 * details and whether they are the group's primary or secondary contact.
 */

#define G_LOG_DOMAIN "cordon-member"

#include "config.h"

#include "cordon-member.h"

struct _CordonMember
{
  GObject parent_instance;

  gint64 id;
  gint64 group_id;
  char *name;
  char *role;
  char *email;
  char *phone;
  char *hours;
  CordonContactPriority priority;
};

G_DEFINE_FINAL_TYPE (CordonMember, cordon_member, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_GROUP_ID,
  PROP_NAME,
  PROP_ROLE,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_HOURS,
  PROP_PRIORITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cordon_member_finalize (GObject *object)
{
  CordonMember *self = (CordonMember *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->hours, g_free);

  G_OBJECT_CLASS (cordon_member_parent_class)->finalize (object);
}

static void
cordon_member_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  CordonMember *self = CORDON_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_GROUP_ID:
      g_value_set_int64 (value, self->group_id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ROLE:
      g_value_set_string (value, self->role);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_HOURS:
      g_value_set_string (value, self->hours);
      break;

    case PROP_PRIORITY:
      g_value_set_enum (value, self->priority);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_member_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  CordonMember *self = CORDON_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID:
      cordon_member_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_GROUP_ID:
      cordon_member_set_group_id (self, g_value_get_int64 (value));
      break;

    case PROP_NAME:
      cordon_member_set_name (self, g_value_get_string (value));
      break;

    case PROP_ROLE:
      cordon_member_set_role (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      cordon_member_set_email (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      cordon_member_set_phone (self, g_value_get_string (value));
      break;

    case PROP_HOURS:
      cordon_member_set_hours (self, g_value_get_string (value));
      break;

    case PROP_PRIORITY:
      cordon_member_set_priority (self, g_value_get_enum (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_member_class_init (CordonMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_member_finalize;
  object_class->get_property = cordon_member_get_property;
  object_class->set_property = cordon_member_set_property;

  /**
   * CordonMember:id:
   *
   * the row id in the workspace; 0 until the object is stored
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonMember:group-id:
   *
   * the row id of the group
   */
  properties[PROP_GROUP_ID] =
    g_param_spec_int64 ("group-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonMember:name:
   *
   * full name
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonMember:role:
   *
   * job role, e.g. CISO, forensic analyst
   */
  properties[PROP_ROLE] =
    g_param_spec_string ("role", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonMember:email:
   *
   * email address
   */
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonMember:phone:
   *
   * phone number
   */
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonMember:hours:
   *
   * when they may be called, e.g. "Mon–Fri 08:00–18:00" or "24/7"
   */
  properties[PROP_HOURS] =
    g_param_spec_string ("hours", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonMember:priority:
   *
   * whether they are the group's primary or secondary contact
   */
  properties[PROP_PRIORITY] =
    g_param_spec_enum ("priority", NULL, NULL,
                       CORDON_TYPE_CONTACT_PRIORITY, CORDON_CONTACT_PRIORITY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_member_init (CordonMember *self)
{
  self->name = g_strdup ("");
  self->role = g_strdup ("");
  self->email = g_strdup ("");
  self->phone = g_strdup ("");
  self->hours = g_strdup ("");
  self->priority = CORDON_CONTACT_PRIORITY_NONE;
}

/**
 * cordon_member_new:
 *
 * Returns: (transfer full): a new, empty #CordonMember
 */
CordonMember *
cordon_member_new (void)
{
  return g_object_new (CORDON_TYPE_MEMBER, NULL);
}

gint64
cordon_member_get_id (CordonMember *self)
{
  g_return_val_if_fail (CORDON_IS_MEMBER (self), 0);

  return self->id;
}

void
cordon_member_set_id (CordonMember *self,
                      gint64        id)
{
  g_return_if_fail (CORDON_IS_MEMBER (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
cordon_member_get_group_id (CordonMember *self)
{
  g_return_val_if_fail (CORDON_IS_MEMBER (self), 0);

  return self->group_id;
}

void
cordon_member_set_group_id (CordonMember *self,
                            gint64        group_id)
{
  g_return_if_fail (CORDON_IS_MEMBER (self));
  g_return_if_fail (group_id >= 0);

  if (self->group_id == group_id)
    return;

  self->group_id = group_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP_ID]);
}

const char *
cordon_member_get_name (CordonMember *self)
{
  g_return_val_if_fail (CORDON_IS_MEMBER (self), NULL);

  return self->name;
}

void
cordon_member_set_name (CordonMember *self,
                        const char   *name)
{
  g_return_if_fail (CORDON_IS_MEMBER (self));

  if (name == NULL)
    name = "";

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
cordon_member_get_role (CordonMember *self)
{
  g_return_val_if_fail (CORDON_IS_MEMBER (self), NULL);

  return self->role;
}

void
cordon_member_set_role (CordonMember *self,
                        const char   *role)
{
  g_return_if_fail (CORDON_IS_MEMBER (self));

  if (role == NULL)
    role = "";

  if (g_strcmp0 (self->role, role) == 0)
    return;

  g_free (self->role);
  self->role = g_strdup (role);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLE]);
}

const char *
cordon_member_get_email (CordonMember *self)
{
  g_return_val_if_fail (CORDON_IS_MEMBER (self), NULL);

  return self->email;
}

void
cordon_member_set_email (CordonMember *self,
                         const char   *email)
{
  g_return_if_fail (CORDON_IS_MEMBER (self));

  if (email == NULL)
    email = "";

  if (g_strcmp0 (self->email, email) == 0)
    return;

  g_free (self->email);
  self->email = g_strdup (email);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
cordon_member_get_phone (CordonMember *self)
{
  g_return_val_if_fail (CORDON_IS_MEMBER (self), NULL);

  return self->phone;
}

void
cordon_member_set_phone (CordonMember *self,
                         const char   *phone)
{
  g_return_if_fail (CORDON_IS_MEMBER (self));

  if (phone == NULL)
    phone = "";

  if (g_strcmp0 (self->phone, phone) == 0)
    return;

  g_free (self->phone);
  self->phone = g_strdup (phone);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
cordon_member_get_hours (CordonMember *self)
{
  g_return_val_if_fail (CORDON_IS_MEMBER (self), NULL);

  return self->hours;
}

void
cordon_member_set_hours (CordonMember *self,
                         const char   *hours)
{
  g_return_if_fail (CORDON_IS_MEMBER (self));

  if (hours == NULL)
    hours = "";

  if (g_strcmp0 (self->hours, hours) == 0)
    return;

  g_free (self->hours);
  self->hours = g_strdup (hours);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOURS]);
}

CordonContactPriority
cordon_member_get_priority (CordonMember *self)
{
  g_return_val_if_fail (CORDON_IS_MEMBER (self), CORDON_CONTACT_PRIORITY_NONE);

  return self->priority;
}

void
cordon_member_set_priority (CordonMember          *self,
                            CordonContactPriority  priority)
{
  g_return_if_fail (CORDON_IS_MEMBER (self));

  if (self->priority == priority)
    return;

  self->priority = priority;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRIORITY]);
}
