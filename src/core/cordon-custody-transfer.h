/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-custody-transfer.h: one hand-over in the chain of custody of an evidence item.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_CUSTODY_TRANSFER (cordon_custody_transfer_get_type ())

G_DECLARE_FINAL_TYPE (CordonCustodyTransfer, cordon_custody_transfer, CORDON, CUSTODY_TRANSFER, GObject)

/**
 * CordonCustodyTransfer:
 *
 * A hand-over of an evidence item from one custodian to another: when,
 * why and, when it moves, where it is kept afterwards. Transfers are
 * numbered from 1 within their item and never change once recorded.
 * String properties are never %NULL; unset is the empty string.
 *
 * Properties (each has a getter and a setter below; setters notify only
 * on change):
 *
 * - id: the row id in the workspace; 0 until the object is stored
 * - item-id: the row id of the evidence item
 * - number: its number within the item's chain of custody, from 1
 * - from: who handed the item over
 * - to: who received it
 * - time: when (UTC)
 * - purpose: why: analysis, storage, handing to law enforcement, …
 * - location: where the item is kept after the transfer, if it moved
 * - author: who recorded the transfer
 * - journal-seq: the journal entry that recorded it
 */

CordonCustodyTransfer   *cordon_custody_transfer_new             (void);
gint64                   cordon_custody_transfer_get_id          (CordonCustodyTransfer *self);
void                     cordon_custody_transfer_set_id          (CordonCustodyTransfer *self,
                                                                  gint64 id);
gint64                   cordon_custody_transfer_get_item_id     (CordonCustodyTransfer *self);
void                     cordon_custody_transfer_set_item_id     (CordonCustodyTransfer *self,
                                                                  gint64 item_id);
gint64                   cordon_custody_transfer_get_number      (CordonCustodyTransfer *self);
void                     cordon_custody_transfer_set_number      (CordonCustodyTransfer *self,
                                                                  gint64 number);
const char              *cordon_custody_transfer_get_from        (CordonCustodyTransfer *self);
void                     cordon_custody_transfer_set_from        (CordonCustodyTransfer *self,
                                                                  const char *from);
const char              *cordon_custody_transfer_get_to          (CordonCustodyTransfer *self);
void                     cordon_custody_transfer_set_to          (CordonCustodyTransfer *self,
                                                                  const char *to);
GDateTime               *cordon_custody_transfer_get_time        (CordonCustodyTransfer *self);
void                     cordon_custody_transfer_set_time        (CordonCustodyTransfer *self,
                                                                  GDateTime *time);
const char              *cordon_custody_transfer_get_purpose     (CordonCustodyTransfer *self);
void                     cordon_custody_transfer_set_purpose     (CordonCustodyTransfer *self,
                                                                  const char *purpose);
const char              *cordon_custody_transfer_get_location    (CordonCustodyTransfer *self);
void                     cordon_custody_transfer_set_location    (CordonCustodyTransfer *self,
                                                                  const char *location);
const char              *cordon_custody_transfer_get_author      (CordonCustodyTransfer *self);
void                     cordon_custody_transfer_set_author      (CordonCustodyTransfer *self,
                                                                  const char *author);
gint64                   cordon_custody_transfer_get_journal_seq (CordonCustodyTransfer *self);
void                     cordon_custody_transfer_set_journal_seq (CordonCustodyTransfer *self,
                                                                  gint64 journal_seq);

G_END_DECLS
