/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-protocol.c: a communication protocol: how, when and with which message
 * a group is told about an incident.
 */

#define G_LOG_DOMAIN "cordon-protocol"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "cordon-protocol.h"
#include "cordon-incident.h"
#include "cordon-taxonomy.h"
#include "cordon-time.h"

struct _CordonProtocol
{
  GObject parent_instance;

  gint64 id;
  gint64 group_id;
  CordonChannel channel;
  char *when;
  char *contact;
  char *address;
  char *template;
};

G_DEFINE_FINAL_TYPE (CordonProtocol, cordon_protocol, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_GROUP_ID,
  PROP_CHANNEL,
  PROP_WHEN,
  PROP_CONTACT,
  PROP_ADDRESS,
  PROP_TEMPLATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cordon_protocol_finalize (GObject *object)
{
  CordonProtocol *self = (CordonProtocol *)object;

  g_clear_pointer (&self->when, g_free);
  g_clear_pointer (&self->contact, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->template, g_free);

  G_OBJECT_CLASS (cordon_protocol_parent_class)->finalize (object);
}

static void
cordon_protocol_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CordonProtocol *self = CORDON_PROTOCOL (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_GROUP_ID:
      g_value_set_int64 (value, self->group_id);
      break;

    case PROP_CHANNEL:
      g_value_set_enum (value, self->channel);
      break;

    case PROP_WHEN:
      g_value_set_string (value, self->when);
      break;

    case PROP_CONTACT:
      g_value_set_string (value, self->contact);
      break;

    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;

    case PROP_TEMPLATE:
      g_value_set_string (value, self->template);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_protocol_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CordonProtocol *self = CORDON_PROTOCOL (object);

  switch (prop_id)
    {
    case PROP_ID:
      cordon_protocol_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_GROUP_ID:
      cordon_protocol_set_group_id (self, g_value_get_int64 (value));
      break;

    case PROP_CHANNEL:
      cordon_protocol_set_channel (self, g_value_get_enum (value));
      break;

    case PROP_WHEN:
      cordon_protocol_set_when (self, g_value_get_string (value));
      break;

    case PROP_CONTACT:
      cordon_protocol_set_contact (self, g_value_get_string (value));
      break;

    case PROP_ADDRESS:
      cordon_protocol_set_address (self, g_value_get_string (value));
      break;

    case PROP_TEMPLATE:
      cordon_protocol_set_template (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_protocol_class_init (CordonProtocolClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_protocol_finalize;
  object_class->get_property = cordon_protocol_get_property;
  object_class->set_property = cordon_protocol_set_property;

  /**
   * CordonProtocol:id:
   *
   * the row id in the workspace; 0 until the object is stored
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonProtocol:group-id:
   *
   * the row id of the group it reaches
   */
  properties[PROP_GROUP_ID] =
    g_param_spec_int64 ("group-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonProtocol:channel:
   *
   * the channel
   */
  properties[PROP_CHANNEL] =
    g_param_spec_enum ("channel", NULL, NULL,
                       CORDON_TYPE_CHANNEL, CORDON_CHANNEL_EMAIL,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonProtocol:when:
   *
   * when to use it, e.g. "severity high or critical", "office hours"
   */
  properties[PROP_WHEN] =
    g_param_spec_string ("when", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonProtocol:contact:
   *
   * whom to contact
   */
  properties[PROP_CONTACT] =
    g_param_spec_string ("contact", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonProtocol:address:
   *
   * the phone number, email address or ticket queue to use
   */
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonProtocol:template:
   *
   * the message, with placeholders
   */
  properties[PROP_TEMPLATE] =
    g_param_spec_string ("template", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_protocol_init (CordonProtocol *self)
{
  self->channel = CORDON_CHANNEL_EMAIL;
  self->when = g_strdup ("");
  self->contact = g_strdup ("");
  self->address = g_strdup ("");
  self->template = g_strdup ("");
}

/**
 * cordon_protocol_new:
 *
 * Returns: (transfer full): a new, empty #CordonProtocol
 */
CordonProtocol *
cordon_protocol_new (void)
{
  return g_object_new (CORDON_TYPE_PROTOCOL, NULL);
}

gint64
cordon_protocol_get_id (CordonProtocol *self)
{
  g_return_val_if_fail (CORDON_IS_PROTOCOL (self), 0);

  return self->id;
}

void
cordon_protocol_set_id (CordonProtocol *self,
                        gint64          id)
{
  g_return_if_fail (CORDON_IS_PROTOCOL (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
cordon_protocol_get_group_id (CordonProtocol *self)
{
  g_return_val_if_fail (CORDON_IS_PROTOCOL (self), 0);

  return self->group_id;
}

void
cordon_protocol_set_group_id (CordonProtocol *self,
                              gint64          group_id)
{
  g_return_if_fail (CORDON_IS_PROTOCOL (self));
  g_return_if_fail (group_id >= 0);

  if (self->group_id == group_id)
    return;

  self->group_id = group_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUP_ID]);
}

CordonChannel
cordon_protocol_get_channel (CordonProtocol *self)
{
  g_return_val_if_fail (CORDON_IS_PROTOCOL (self), CORDON_CHANNEL_EMAIL);

  return self->channel;
}

void
cordon_protocol_set_channel (CordonProtocol *self,
                             CordonChannel   channel)
{
  g_return_if_fail (CORDON_IS_PROTOCOL (self));

  if (self->channel == channel)
    return;

  self->channel = channel;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANNEL]);
}

const char *
cordon_protocol_get_when (CordonProtocol *self)
{
  g_return_val_if_fail (CORDON_IS_PROTOCOL (self), NULL);

  return self->when;
}

void
cordon_protocol_set_when (CordonProtocol *self,
                          const char     *when)
{
  g_return_if_fail (CORDON_IS_PROTOCOL (self));

  if (when == NULL)
    when = "";

  if (g_strcmp0 (self->when, when) == 0)
    return;

  g_free (self->when);
  self->when = g_strdup (when);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WHEN]);
}

const char *
cordon_protocol_get_contact (CordonProtocol *self)
{
  g_return_val_if_fail (CORDON_IS_PROTOCOL (self), NULL);

  return self->contact;
}

void
cordon_protocol_set_contact (CordonProtocol *self,
                             const char     *contact)
{
  g_return_if_fail (CORDON_IS_PROTOCOL (self));

  if (contact == NULL)
    contact = "";

  if (g_strcmp0 (self->contact, contact) == 0)
    return;

  g_free (self->contact);
  self->contact = g_strdup (contact);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT]);
}

const char *
cordon_protocol_get_address (CordonProtocol *self)
{
  g_return_val_if_fail (CORDON_IS_PROTOCOL (self), NULL);

  return self->address;
}

void
cordon_protocol_set_address (CordonProtocol *self,
                             const char     *address)
{
  g_return_if_fail (CORDON_IS_PROTOCOL (self));

  if (address == NULL)
    address = "";

  if (g_strcmp0 (self->address, address) == 0)
    return;

  g_free (self->address);
  self->address = g_strdup (address);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

const char *
cordon_protocol_get_template (CordonProtocol *self)
{
  g_return_val_if_fail (CORDON_IS_PROTOCOL (self), NULL);

  return self->template;
}

void
cordon_protocol_set_template (CordonProtocol *self,
                              const char     *template)
{
  g_return_if_fail (CORDON_IS_PROTOCOL (self));

  if (template == NULL)
    template = "";

  if (g_strcmp0 (self->template, template) == 0)
    return;

  g_free (self->template);
  self->template = g_strdup (template);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEMPLATE]);
}

char *
cordon_protocol_render_template (const char *template_text,
                                 GHashTable *values)
{
  GString *out;
  const char *p;

  g_return_val_if_fail (template_text != NULL, NULL);
  g_return_val_if_fail (values != NULL, NULL);

  out = g_string_sized_new (strlen (template_text) + 64);

  for (p = template_text; *p != '\0'; p++)
    {
      const char *end;

      if ((p[0] == '{' && p[1] == '{') || (p[0] == '}' && p[1] == '}'))
        {
          g_string_append_c (out, p[0]);
          p++;
          continue;
        }

      if (p[0] == '{' && (end = strchr (p + 1, '}')) != NULL)
        {
          g_autofree char *name = g_strndup (p + 1, end - p - 1);
          const char *value = g_hash_table_lookup (values, name);

          if (value != NULL)
            {
              g_string_append (out, value);
              p = end;
              continue;
            }
        }

      g_string_append_c (out, p[0]);
    }

  return g_string_free (out, FALSE);
}

char *
cordon_protocol_render (CordonProtocol *self,
                        CordonIncident *incident,
                        CordonTaxonomy *taxonomy,
                        GDateTime      *next_update)
{
  g_autoptr(GHashTable) values = NULL;
  const char *severity;
  CordonTaxonomyEntry *entry = NULL;

  g_return_val_if_fail (CORDON_IS_PROTOCOL (self), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);
  g_return_val_if_fail (taxonomy == NULL || CORDON_IS_TAXONOMY (taxonomy), NULL);

  severity = cordon_incident_get_severity (incident);
  if (taxonomy != NULL)
    entry = cordon_taxonomy_lookup (taxonomy, CORDON_TAXONOMY_KIND_SEVERITY, severity);

  values = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_hash_table_insert (values, (char *) "key", g_strdup (cordon_incident_get_key (incident)));
  g_hash_table_insert (values, (char *) "title", g_strdup (cordon_incident_get_title (incident)));
  g_hash_table_insert (values, (char *) "summary", g_strdup (cordon_incident_get_summary (incident)));
  g_hash_table_insert (values, (char *) "severity",
                       g_strdup (entry != NULL ? cordon_taxonomy_entry_get_display_label (entry) : severity));
  g_hash_table_insert (values, (char *) "phase",
                       g_strdup (cordon_phase_to_label (cordon_incident_get_phase (incident))));
  g_hash_table_insert (values, (char *) "next_update",
                       next_update != NULL ? cordon_time_format_display (next_update)
                                           : g_strdup (_("not scheduled")));

  return cordon_protocol_render_template (cordon_protocol_get_template (self), values);
}
