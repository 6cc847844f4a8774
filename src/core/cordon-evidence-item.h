/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-evidence-item.h: one item of an incident's evidence register.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_EVIDENCE_ITEM (cordon_evidence_item_get_type ())

G_DECLARE_FINAL_TYPE (CordonEvidenceItem, cordon_evidence_item, CORDON, EVIDENCE_ITEM, GObject)

/**
 * CordonEvidenceItem:
 *
 * A piece of evidence collected for an incident: a file (a disk or
 * memory image, a log export, a sample) or a physical object (a laptop, a
 * drive, a printout). Its number counts items from 1 within the incident;
 * with the incident key it makes the label people use, e.g.
 * INC-2026-0042-E3 (cordon_evidence_item_format_label()). The register is
 * append-only: an item is never changed once recorded; where it is and who
 * holds it follow from its custody transfers. String properties are never
 * %NULL; unset is the empty string.
 *
 * Properties (each has a getter and a setter below; setters notify only
 * on change):
 *
 * - id: the row id in the workspace; 0 until the object is stored
 * - incident-id: the row id of the incident it belongs to
 * - number: its number within the incident, from 1
 * - label: its label, e.g. INC-2026-0042-E3, set by the workspace
 * - kind: electronic or physical
 * - description: what it is
 * - source-host: the host it was taken from, if any
 * - source-location: where it was found or collected (site, room, path)
 * - collected-by: who collected it, its first custodian
 * - collected: when it was collected (UTC)
 * - storage: where it is kept when it is recorded
 * - file-path: for a file, where it was hashed (what re-verification reads)
 * - size: for a file, its size in bytes
 * - sha256: for a file, its SHA-256 in 64 lower-case hex digits; empty for physical items
 * - holder: who holds it now: the receiver of the last transfer, set by the workspace
 * - journal-seq: the journal entry that recorded it
 */

CordonEvidenceItem   *cordon_evidence_item_new                 (void);
gint64                cordon_evidence_item_get_id              (CordonEvidenceItem *self);
void                  cordon_evidence_item_set_id              (CordonEvidenceItem *self,
                                                                gint64 id);
gint64                cordon_evidence_item_get_incident_id     (CordonEvidenceItem *self);
void                  cordon_evidence_item_set_incident_id     (CordonEvidenceItem *self,
                                                                gint64 incident_id);
gint64                cordon_evidence_item_get_number          (CordonEvidenceItem *self);
void                  cordon_evidence_item_set_number          (CordonEvidenceItem *self,
                                                                gint64 number);
const char           *cordon_evidence_item_get_label           (CordonEvidenceItem *self);
void                  cordon_evidence_item_set_label           (CordonEvidenceItem *self,
                                                                const char *label);
CordonEvidenceKind    cordon_evidence_item_get_kind            (CordonEvidenceItem *self);
void                  cordon_evidence_item_set_kind            (CordonEvidenceItem *self,
                                                                CordonEvidenceKind kind);
const char           *cordon_evidence_item_get_description     (CordonEvidenceItem *self);
void                  cordon_evidence_item_set_description     (CordonEvidenceItem *self,
                                                                const char *description);
const char           *cordon_evidence_item_get_source_host     (CordonEvidenceItem *self);
void                  cordon_evidence_item_set_source_host     (CordonEvidenceItem *self,
                                                                const char *source_host);
const char           *cordon_evidence_item_get_source_location (CordonEvidenceItem *self);
void                  cordon_evidence_item_set_source_location (CordonEvidenceItem *self,
                                                                const char *source_location);
const char           *cordon_evidence_item_get_collected_by    (CordonEvidenceItem *self);
void                  cordon_evidence_item_set_collected_by    (CordonEvidenceItem *self,
                                                                const char *collected_by);
GDateTime            *cordon_evidence_item_get_collected       (CordonEvidenceItem *self);
void                  cordon_evidence_item_set_collected       (CordonEvidenceItem *self,
                                                                GDateTime *collected);
const char           *cordon_evidence_item_get_storage         (CordonEvidenceItem *self);
void                  cordon_evidence_item_set_storage         (CordonEvidenceItem *self,
                                                                const char *storage);
const char           *cordon_evidence_item_get_file_path       (CordonEvidenceItem *self);
void                  cordon_evidence_item_set_file_path       (CordonEvidenceItem *self,
                                                                const char *file_path);
gint64                cordon_evidence_item_get_size            (CordonEvidenceItem *self);
void                  cordon_evidence_item_set_size            (CordonEvidenceItem *self,
                                                                gint64 size);
const char           *cordon_evidence_item_get_sha256          (CordonEvidenceItem *self);
void                  cordon_evidence_item_set_sha256          (CordonEvidenceItem *self,
                                                                const char *sha256);
const char           *cordon_evidence_item_get_holder          (CordonEvidenceItem *self);
void                  cordon_evidence_item_set_holder          (CordonEvidenceItem *self,
                                                                const char *holder);
gint64                cordon_evidence_item_get_journal_seq     (CordonEvidenceItem *self);
void                  cordon_evidence_item_set_journal_seq     (CordonEvidenceItem *self,
                                                                gint64 journal_seq);

/**
 * cordon_evidence_item_format_label:
 * @incident_key: the key of the incident, e.g. INC-2026-0042
 * @number: the item's number within the incident
 *
 * Returns: (transfer full): the item's label, e.g. INC-2026-0042-E3
 */
char                  *cordon_evidence_item_format_label (const char  *incident_key,
                                                          gint64       number);

/**
 * cordon_evidence_item_parse_label:
 * @label: a label as made by cordon_evidence_item_format_label()
 * @out_key: (out) (transfer full) (optional): the incident key
 * @out_number: (out) (optional): the item's number
 *
 * Returns: %TRUE if @label has the form KEY-E<number>
 */
gboolean               cordon_evidence_item_parse_label  (const char  *label,
                                                          char       **out_key,
                                                          gint64      *out_number);

G_END_DECLS
