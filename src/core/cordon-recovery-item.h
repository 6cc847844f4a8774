/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-recovery-item.h: one item of an incident's recovery checklist.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_RECOVERY_ITEM (cordon_recovery_item_get_type ())

G_DECLARE_FINAL_TYPE (CordonRecoveryItem, cordon_recovery_item, CORDON, RECOVERY_ITEM, GObject)

/**
 * CordonRecoveryItem:
 *
 * One step of the recovery checklist of an incident, made from a
 * template item (whose id, stage, title and description it copies). Its
 * status changes through the workspace, which journals every change.
 * String properties are never %NULL; unset is the empty string.
 *
 * Properties (each has a getter and a setter below; setters notify only
 * on change):
 *
 * - id: the row id in the workspace; 0 until the object is stored
 * - incident-id: the row id of the incident it belongs to
 * - slug: its id in the checklist, from the template, e.g. `validate-users`
 * - stage: the stage it belongs to
 * - position: its place in the checklist, from 0
 * - title: what to do
 * - description: how to do it, from the template
 * - owner: who does it
 * - due: when it is due (UTC), or %NULL
 * - status: open, done or not applicable
 * - done: when it was done or set aside (UTC), or %NULL
 * - reason: why it does not apply; required with the not-applicable status
 * - notes: free notes
 * - evidence: the evidence that it was completed, e.g. who confirmed and how
 */

CordonRecoveryItem *cordon_recovery_item_new (void);
gint64 cordon_recovery_item_get_id (CordonRecoveryItem *self);
void cordon_recovery_item_set_id (CordonRecoveryItem *self,
    gint64 id);
gint64 cordon_recovery_item_get_incident_id (CordonRecoveryItem *self);
void cordon_recovery_item_set_incident_id (CordonRecoveryItem *self,
    gint64 incident_id);
const char *cordon_recovery_item_get_slug (CordonRecoveryItem *self);
void cordon_recovery_item_set_slug (CordonRecoveryItem *self,
    const char *slug);
CordonRecoveryStage cordon_recovery_item_get_stage (CordonRecoveryItem *self);
void cordon_recovery_item_set_stage (CordonRecoveryItem *self,
    CordonRecoveryStage stage);
gint64 cordon_recovery_item_get_position (CordonRecoveryItem *self);
void cordon_recovery_item_set_position (CordonRecoveryItem *self,
    gint64 position);
const char *cordon_recovery_item_get_title (CordonRecoveryItem *self);
void cordon_recovery_item_set_title (CordonRecoveryItem *self,
    const char *title);
const char *cordon_recovery_item_get_description (CordonRecoveryItem *self);
void cordon_recovery_item_set_description (CordonRecoveryItem *self,
    const char *description);
const char *cordon_recovery_item_get_owner (CordonRecoveryItem *self);
void cordon_recovery_item_set_owner (CordonRecoveryItem *self,
    const char *owner);
GDateTime *cordon_recovery_item_get_due (CordonRecoveryItem *self);
void cordon_recovery_item_set_due (CordonRecoveryItem *self,
    GDateTime *due);
CordonItemStatus cordon_recovery_item_get_status (CordonRecoveryItem *self);
void cordon_recovery_item_set_status (CordonRecoveryItem *self,
    CordonItemStatus status);
GDateTime *cordon_recovery_item_get_done (CordonRecoveryItem *self);
void cordon_recovery_item_set_done (CordonRecoveryItem *self,
    GDateTime *done);
const char *cordon_recovery_item_get_reason (CordonRecoveryItem *self);
void cordon_recovery_item_set_reason (CordonRecoveryItem *self,
    const char *reason);
const char *cordon_recovery_item_get_notes (CordonRecoveryItem *self);
void cordon_recovery_item_set_notes (CordonRecoveryItem *self,
    const char *notes);
const char *cordon_recovery_item_get_evidence (CordonRecoveryItem *self);
void cordon_recovery_item_set_evidence (CordonRecoveryItem *self,
    const char *evidence);

G_END_DECLS
