/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-evidence-check.h: one re-verification of an evidence file's hash.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_EVIDENCE_CHECK (cordon_evidence_check_get_type ())

G_DECLARE_FINAL_TYPE (CordonEvidenceCheck, cordon_evidence_check, CORDON, EVIDENCE_CHECK, GObject)

/**
 * CordonEvidenceCheck:
 *
 * The result of hashing an evidence file again and comparing the hash
 * with the one recorded at collection. Checks are numbered from 1 within
 * their item and never change once recorded. String properties are never
 * %NULL; unset is the empty string.
 *
 * Properties (each has a getter and a setter below; setters notify only
 * on change):
 *
 * - id: the row id in the workspace; 0 until the object is stored
 * - item-id: the row id of the evidence item
 * - number: its number among the item's checks, from 1
 * - time: when the file was hashed again (UTC)
 * - checked-by: who checked
 * - sha256: the hash computed now
 * - result: whether it matches the hash recorded at collection
 * - journal-seq: the journal entry that recorded it
 */

CordonEvidenceCheck       *cordon_evidence_check_new             (void);
gint64                     cordon_evidence_check_get_id          (CordonEvidenceCheck *self);
void                       cordon_evidence_check_set_id          (CordonEvidenceCheck *self,
                                                                  gint64 id);
gint64                     cordon_evidence_check_get_item_id     (CordonEvidenceCheck *self);
void                       cordon_evidence_check_set_item_id     (CordonEvidenceCheck *self,
                                                                  gint64 item_id);
gint64                     cordon_evidence_check_get_number      (CordonEvidenceCheck *self);
void                       cordon_evidence_check_set_number      (CordonEvidenceCheck *self,
                                                                  gint64 number);
GDateTime                 *cordon_evidence_check_get_time        (CordonEvidenceCheck *self);
void                       cordon_evidence_check_set_time        (CordonEvidenceCheck *self,
                                                                  GDateTime *time);
const char                *cordon_evidence_check_get_checked_by  (CordonEvidenceCheck *self);
void                       cordon_evidence_check_set_checked_by  (CordonEvidenceCheck *self,
                                                                  const char *checked_by);
const char                *cordon_evidence_check_get_sha256      (CordonEvidenceCheck *self);
void                       cordon_evidence_check_set_sha256      (CordonEvidenceCheck *self,
                                                                  const char *sha256);
CordonEvidenceCheckResult  cordon_evidence_check_get_result      (CordonEvidenceCheck *self);
void                       cordon_evidence_check_set_result      (CordonEvidenceCheck *self,
                                                                  CordonEvidenceCheckResult result);
gint64                     cordon_evidence_check_get_journal_seq (CordonEvidenceCheck *self);
void                       cordon_evidence_check_set_journal_seq (CordonEvidenceCheck *self,
                                                                  gint64 journal_seq);

G_END_DECLS
