/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-taxonomy-entry.h: one entry of the taxonomy: a category, a severity or an
 * impact, with its stable id and its label.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_TAXONOMY_ENTRY (cordon_taxonomy_entry_get_type ())

G_DECLARE_FINAL_TYPE (CordonTaxonomyEntry, cordon_taxonomy_entry, CORDON, TAXONOMY_ENTRY, GObject)

/**
 * CordonTaxonomyEntry:
 *
 * A category, severity or impact. The id is stable and used by the database,
 * the file formats and the command line. The label is %NULL for the built-in
 * entries, whose display label is translated; a lead who renames an entry
 * sets a label. Severities are ordered by rank (higher is more severe); an
 * impact with requires-management set means the management group must be
 * activated.
 *
 * Properties (each has a getter and a setter below; setters notify only
 * on change):
 *
 * - kind: which list it belongs to
 * - id: stable id: lower-case letters, digits and dashes
 * - label: the label the lead gave it, or %NULL to use the built-in one
 * - rank: order within its list; for severities, higher is more severe
 * - requires-management: for impacts: the management group must be
 *   activated
 */

CordonTaxonomyEntry *cordon_taxonomy_entry_new                     (void);
CordonTaxonomyKind   cordon_taxonomy_entry_get_kind                (CordonTaxonomyEntry *self);
void                 cordon_taxonomy_entry_set_kind                (CordonTaxonomyEntry *self,
                                                                    CordonTaxonomyKind   kind);
const char          *cordon_taxonomy_entry_get_id                  (CordonTaxonomyEntry *self);
void                 cordon_taxonomy_entry_set_id                  (CordonTaxonomyEntry *self,
                                                                    const char          *id);
const char          *cordon_taxonomy_entry_get_label               (CordonTaxonomyEntry *self);
void                 cordon_taxonomy_entry_set_label               (CordonTaxonomyEntry *self,
                                                                    const char          *label);
int                  cordon_taxonomy_entry_get_rank                (CordonTaxonomyEntry *self);
void                 cordon_taxonomy_entry_set_rank                (CordonTaxonomyEntry *self,
                                                                    int                  rank);
gboolean             cordon_taxonomy_entry_get_requires_management (CordonTaxonomyEntry *self);
void                 cordon_taxonomy_entry_set_requires_management (CordonTaxonomyEntry *self,
                                                                    gboolean             requires_management);
CordonTaxonomyEntry *cordon_taxonomy_entry_new_full                (CordonTaxonomyKind  kind,
                                                                    const char         *id,
                                                                    const char         *label,
                                                                    int                 rank);
const char          *cordon_taxonomy_entry_get_display_label       (CordonTaxonomyEntry *self);
const char          *cordon_taxonomy_entry_get_builtin_label       (CordonTaxonomyKind  kind,
                                                                    const char         *id);
gboolean             cordon_taxonomy_entry_is_valid_id             (const char *id);

/*
 * cordon_taxonomy_entry_get_display_label:
 *
 * Returns: the label to show: the lead's label if set, else the translated
 *   built-in label, else the id
 *
 * cordon_taxonomy_entry_get_builtin_label:
 *
 * Returns: (nullable): the translated label of a built-in entry, or %NULL
 *   if @id is not built in
 *
 * cordon_taxonomy_entry_is_valid_id:
 *
 * Returns: whether @id is a valid stable id: 1 to 64 characters out of
 *   lower-case ASCII letters, digits, '-' and '+', starting with a letter
 *   or digit. Groups use the same rule for their slugs.
 */

G_END_DECLS
