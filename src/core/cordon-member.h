/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-member.h: one member of a group: a person to call, with their contact
 * details and whether they are the group's primary or secondary contact.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_MEMBER (cordon_member_get_type ())

G_DECLARE_FINAL_TYPE (CordonMember, cordon_member, CORDON, MEMBER, GObject)

/**
 * CordonMember:
 *
 * A person in a group. String properties are never %NULL; unset is the empty
 * string.
 *
 * Properties (each has a getter and a setter below; setters notify only
 * on change):
 *
 * - id: the row id in the workspace; 0 until the object is stored
 * - group-id: the row id of the group
 * - name: full name
 * - role: job role, e.g. CISO, forensic analyst
 * - email: email address
 * - phone: phone number
 * - hours: when they may be called, e.g. "Mon–Fri 08:00–18:00" or "24/7"
 * - priority: whether they are the group's primary or secondary contact
 */

CordonMember         *cordon_member_new          (void);
gint64                cordon_member_get_id       (CordonMember *self);
void                  cordon_member_set_id       (CordonMember *self,
                                                  gint64        id);
gint64                cordon_member_get_group_id (CordonMember *self);
void                  cordon_member_set_group_id (CordonMember *self,
                                                  gint64        group_id);
const char           *cordon_member_get_name     (CordonMember *self);
void                  cordon_member_set_name     (CordonMember *self,
                                                  const char   *name);
const char           *cordon_member_get_role     (CordonMember *self);
void                  cordon_member_set_role     (CordonMember *self,
                                                  const char   *role);
const char           *cordon_member_get_email    (CordonMember *self);
void                  cordon_member_set_email    (CordonMember *self,
                                                  const char   *email);
const char           *cordon_member_get_phone    (CordonMember *self);
void                  cordon_member_set_phone    (CordonMember *self,
                                                  const char   *phone);
const char           *cordon_member_get_hours    (CordonMember *self);
void                  cordon_member_set_hours    (CordonMember *self,
                                                  const char   *hours);
CordonContactPriority cordon_member_get_priority (CordonMember *self);
void                  cordon_member_set_priority (CordonMember          *self,
                                                  CordonContactPriority  priority);

G_END_DECLS
