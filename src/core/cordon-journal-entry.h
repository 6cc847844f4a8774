/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-journal-entry.h: one entry of an incident's journal, its canonical
 * serialisation and its place in the incident's hash chain.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_JOURNAL_ENTRY (cordon_journal_entry_get_type ())

G_DECLARE_FINAL_TYPE (CordonJournalEntry, cordon_journal_entry, CORDON, JOURNAL_ENTRY, GObject)

/**
 * CordonJournalEntry:
 *
 * An entry of the append-only journal that is an incident's timeline. Its
 * seq numbers entries from 1 within the incident; hash is the SHA-256 of
 * prev-hash, a newline and the canonical serialisation (see
 * cordon_journal_entry_serialize()), so that changing or removing an entry
 * breaks the chain. The payload is %NULL or a JSON object in compact form
 * (written by the workspace), e.g. {"from":"medium","to":"high"} for a
 * reclassification. String properties other than payload and the hashes are
 * never %NULL.
 *
 * Properties (each has a getter and a setter below; setters notify only
 * on change):
 *
 * - id: the row id in the workspace; 0 until the object is stored
 * - incident-id: the row id of the incident it belongs to
 * - seq: its number within the incident, from 1
 * - kind: what it records
 * - author: who wrote it
 * - time: when it was written (UTC, microseconds)
 * - text: the text
 * - payload: structured data as a compact JSON object, or %NULL
 * - prev-hash: hash of the previous entry (64 hex digits; 64 zeros for the
 *   first)
 * - hash: SHA-256 of this entry in the chain, 64 lower-case hex digits
 */

CordonJournalEntry *cordon_journal_entry_new             (void);
gint64              cordon_journal_entry_get_id          (CordonJournalEntry *self);
void                cordon_journal_entry_set_id          (CordonJournalEntry *self,
                                                          gint64              id);
gint64              cordon_journal_entry_get_incident_id (CordonJournalEntry *self);
void                cordon_journal_entry_set_incident_id (CordonJournalEntry *self,
                                                          gint64              incident_id);
gint64              cordon_journal_entry_get_seq         (CordonJournalEntry *self);
void                cordon_journal_entry_set_seq         (CordonJournalEntry *self,
                                                          gint64              seq);
CordonJournalKind   cordon_journal_entry_get_kind        (CordonJournalEntry *self);
void                cordon_journal_entry_set_kind        (CordonJournalEntry *self,
                                                          CordonJournalKind   kind);
const char         *cordon_journal_entry_get_author      (CordonJournalEntry *self);
void                cordon_journal_entry_set_author      (CordonJournalEntry *self,
                                                          const char         *author);
GDateTime          *cordon_journal_entry_get_time        (CordonJournalEntry *self);
void                cordon_journal_entry_set_time        (CordonJournalEntry *self,
                                                          GDateTime          *time);
const char         *cordon_journal_entry_get_text        (CordonJournalEntry *self);
void                cordon_journal_entry_set_text        (CordonJournalEntry *self,
                                                          const char         *text);
const char         *cordon_journal_entry_get_payload     (CordonJournalEntry *self);
void                cordon_journal_entry_set_payload     (CordonJournalEntry *self,
                                                          const char         *payload);
const char         *cordon_journal_entry_get_prev_hash   (CordonJournalEntry *self);
void                cordon_journal_entry_set_prev_hash   (CordonJournalEntry *self,
                                                          const char         *prev_hash);
const char         *cordon_journal_entry_get_hash        (CordonJournalEntry *self);
void                cordon_journal_entry_set_hash        (CordonJournalEntry *self,
                                                          const char         *hash);

/**
 * CORDON_JOURNAL_GENESIS_HASH:
 *
 * The previous hash of the first entry of every incident's journal.
 */
#define CORDON_JOURNAL_GENESIS_HASH \
  "0000000000000000000000000000000000000000000000000000000000000000"

/**
 * cordon_journal_entry_serialize:
 * @self: a #CordonJournalEntry with a time set
 * @incident_key: the key of the incident it belongs to
 *
 * The canonical serialisation that the hash chain covers. It is UTF-8
 * text, fields in this fixed order, each on its own line:
 *
 * |[
 * cordon-journal-1
 * key:<n>:<incident key>
 * seq:<seq in decimal>
 * kind:<kind id>
 * author:<n>:<author>
 * time:<YYYY-MM-DDTHH:MM:SS.ffffffZ>
 * text:<n>:<text>
 * payload:<n>:<payload>            (or "payload:-" when there is none)
 * ]|
 *
 * where <n> is the length in bytes of the value that follows, so a value
 * may contain newlines or colons without ambiguity. Every line, the last
 * included, ends with a single "\n". The time is in UTC with exactly six
 * digits of microseconds.
 *
 * Returns: (transfer full): the canonical text
 */
char       *cordon_journal_entry_serialize    (CordonJournalEntry *self,
                                               const char         *incident_key);

/**
 * cordon_journal_entry_compute_hash:
 * @self: a #CordonJournalEntry with a time set
 * @incident_key: the key of the incident it belongs to
 * @prev_hash: the hash of the previous entry, or
 *   %CORDON_JOURNAL_GENESIS_HASH for the first one
 *
 * Computes SHA-256 over @prev_hash, "\n" and the canonical serialisation.
 * It does not change @self.
 *
 * Returns: (transfer full) (nullable): 64 lower-case hex digits, or %NULL
 *   (after a critical warning) if @self has no time
 */
char       *cordon_journal_entry_compute_hash (CordonJournalEntry *self,
                                               const char         *incident_key,
                                               const char         *prev_hash);

/**
 * CordonJournalFields:
 *
 * What the chain covers of one entry, as plain values: for writers that
 * hash many entries without making an object of each. @author and @text
 * are never %NULL; @payload may be.
 */
typedef struct
{
  const char        *incident_key;
  gint64             seq;
  CordonJournalKind  kind;
  const char        *author;
  gint64             time_usec;
  const char        *text;
  const char        *payload;
} CordonJournalFields;

/**
 * cordon_journal_fields_hash:
 * @hash: (out caller-allocates): 65 bytes
 *
 * Writes what cordon_journal_entry_compute_hash() returns for an entry
 * with @fields into @hash, without allocating.
 */
void        cordon_journal_fields_hash        (const CordonJournalFields *fields,
                                               const char                *prev_hash,
                                               char                      *hash);

G_END_DECLS
