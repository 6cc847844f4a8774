/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-follow-up.h: a follow-up action from a lessons-learned review.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_FOLLOW_UP (cordon_follow_up_get_type ())

G_DECLARE_FINAL_TYPE (CordonFollowUp, cordon_follow_up, CORDON, FOLLOW_UP, GObject)

/**
 * CordonFollowUp:
 *
 * Something the team decided to do after the review, with an owner and
 * a due date. String properties are never %NULL.
 *
 * Properties (each has a getter and a setter below; setters notify only
 * on change):
 *
 * - id: the row id in the workspace; 0 until the object is stored
 * - incident-id: the row id of the incident it belongs to
 * - text: what to do
 * - owner: who does it
 * - due: when it is due (UTC), or %NULL
 * - done: when it was done (UTC), or %NULL
 */

CordonFollowUp *cordon_follow_up_new (void);
gint64 cordon_follow_up_get_id (CordonFollowUp *self);
void cordon_follow_up_set_id (CordonFollowUp *self,
    gint64 id);
gint64 cordon_follow_up_get_incident_id (CordonFollowUp *self);
void cordon_follow_up_set_incident_id (CordonFollowUp *self,
    gint64 incident_id);
const char *cordon_follow_up_get_text (CordonFollowUp *self);
void cordon_follow_up_set_text (CordonFollowUp *self,
    const char *text);
const char *cordon_follow_up_get_owner (CordonFollowUp *self);
void cordon_follow_up_set_owner (CordonFollowUp *self,
    const char *owner);
GDateTime *cordon_follow_up_get_due (CordonFollowUp *self);
void cordon_follow_up_set_due (CordonFollowUp *self,
    GDateTime *due);
GDateTime *cordon_follow_up_get_done (CordonFollowUp *self);
void cordon_follow_up_set_done (CordonFollowUp *self,
    GDateTime *done);

G_END_DECLS
