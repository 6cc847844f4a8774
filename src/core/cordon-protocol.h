/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-protocol.h: a communication protocol: how, when and with which message
 * a group is told about an incident.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_PROTOCOL (cordon_protocol_get_type ())

G_DECLARE_FINAL_TYPE (CordonProtocol, cordon_protocol, CORDON, PROTOCOL, GObject)

/**
 * CordonProtocol:
 *
 * How a group is reached: the channel, when to use it, whom to contact at
 * which number or address, and a message template. The template may use the
 * placeholders {key}, {title}, {severity}, {phase}, {summary} and
 * {next_update}; cordon_protocol_render() fills them in. String properties
 * are never %NULL; unset is the empty string.
 *
 * Properties (each has a getter and a setter below; setters notify only
 * on change):
 *
 * - id: the row id in the workspace; 0 until the object is stored
 * - group-id: the row id of the group it reaches
 * - channel: the channel
 * - when: when to use it, e.g. "severity high or critical", "office hours"
 * - contact: whom to contact
 * - address: the phone number, email address or ticket queue to use
 * - template: the message, with placeholders
 */

CordonProtocol *cordon_protocol_new             (void);
gint64          cordon_protocol_get_id          (CordonProtocol *self);
void            cordon_protocol_set_id          (CordonProtocol *self,
                                                 gint64          id);
gint64          cordon_protocol_get_group_id    (CordonProtocol *self);
void            cordon_protocol_set_group_id    (CordonProtocol *self,
                                                 gint64          group_id);
CordonChannel   cordon_protocol_get_channel     (CordonProtocol *self);
void            cordon_protocol_set_channel     (CordonProtocol *self,
                                                 CordonChannel   channel);
const char     *cordon_protocol_get_when        (CordonProtocol *self);
void            cordon_protocol_set_when        (CordonProtocol *self,
                                                 const char     *when);
const char     *cordon_protocol_get_contact     (CordonProtocol *self);
void            cordon_protocol_set_contact     (CordonProtocol *self,
                                                 const char     *contact);
const char     *cordon_protocol_get_address     (CordonProtocol *self);
void            cordon_protocol_set_address     (CordonProtocol *self,
                                                 const char     *address);
const char     *cordon_protocol_get_template    (CordonProtocol *self);
void            cordon_protocol_set_template    (CordonProtocol *self,
                                                 const char     *template);
char           *cordon_protocol_render          (CordonProtocol *self,
                                                 CordonIncident *incident,
                                                 CordonTaxonomy *taxonomy,
                                                 GDateTime      *next_update);
char           *cordon_protocol_render_template (const char *template_text,
                                                 GHashTable *values);

/*
 * cordon_protocol_render:
 * @self: a #CordonProtocol
 * @incident: the incident the message is about
 * @taxonomy: (nullable): the taxonomy, to show severity labels rather than ids
 * @next_update: (nullable): when the next update is due
 *
 * Fills the protocol's template in for @incident. See
 * cordon_protocol_render_template() for the syntax.
 *
 * Returns: (transfer full): the message
 */

/*
 * cordon_protocol_render_template:
 * @template_text: a template
 * @values: (element-type utf8 utf8): placeholder name to value
 *
 * Replaces each `{name}` in @template_text whose name is a key of @values
 * with its value; unknown placeholders stay as they are, and `{{` and `}}`
 * stand for literal braces.
 *
 * Returns: (transfer full): the text
 */

G_END_DECLS
