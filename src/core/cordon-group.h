/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-group.h: one group of people the lead engages during an incident.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_GROUP (cordon_group_get_type ())

G_DECLARE_FINAL_TYPE (CordonGroup, cordon_group, CORDON, GROUP, GObject)

/**
 * CordonGroup:
 *
 * A group of responders, resolvers, managers or external communicators. Its
 * slug is the stable id incidents, file formats and the command line use to
 * name it. String properties are never %NULL; unset is the empty string.
 *
 * Properties (each has a getter and a setter below; setters notify only
 * on change):
 *
 * - id: the row id in the workspace; 0 until the object is stored
 * - slug: stable id: lower-case letters, digits and dashes
 * - kind: what the group does
 * - name: display name
 * - description: free text: who they are, what they are responsible for
 */

CordonGroup    *cordon_group_new             (void);
gint64          cordon_group_get_id          (CordonGroup *self);
void            cordon_group_set_id          (CordonGroup *self,
                                              gint64       id);
const char     *cordon_group_get_slug        (CordonGroup *self);
void            cordon_group_set_slug        (CordonGroup *self,
                                              const char  *slug);
CordonGroupKind cordon_group_get_kind        (CordonGroup *self);
void            cordon_group_set_kind        (CordonGroup     *self,
                                              CordonGroupKind  kind);
const char     *cordon_group_get_name        (CordonGroup *self);
void            cordon_group_set_name        (CordonGroup *self,
                                              const char  *name);
const char     *cordon_group_get_description (CordonGroup *self);
void            cordon_group_set_description (CordonGroup *self,
                                              const char  *description);

G_END_DECLS
