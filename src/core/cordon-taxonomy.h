/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-taxonomy.h: the editable lists of incident categories, severities
 * and impacts, and the defaults a new workspace starts with.
 */

#pragma once

#include <gio/gio.h>

#include "cordon-types.h"
#include "cordon-taxonomy-entry.h"

G_BEGIN_DECLS

#define CORDON_TYPE_TAXONOMY (cordon_taxonomy_get_type ())

G_DECLARE_FINAL_TYPE (CordonTaxonomy, cordon_taxonomy, CORDON, TAXONOMY, GObject)

/**
 * CordonTaxonomy:
 *
 * Three lists of #CordonTaxonomyEntry, each kept sorted by rank (then id).
 * Emits #CordonTaxonomy::changed after any change.
 *
 * Defaults (cordon_taxonomy_new_default()):
 * - categories: malicious-code, phishing, unauthorized-access,
 *   denial-of-service, data-breach, insider-misuse, policy-violation,
 *   reconnaissance, other;
 * - severities, least to most severe: low, medium, high, critical;
 * - impacts: individual, department, multiple-departments, enterprise-wide
 *   (enterprise-wide requires management to be activated).
 */

/**
 * cordon_taxonomy_new:
 *
 * Returns: (transfer full): an empty taxonomy
 */
CordonTaxonomy      *cordon_taxonomy_new               (void);

/**
 * cordon_taxonomy_new_default:
 *
 * Returns: (transfer full): a taxonomy holding the default entries
 */
CordonTaxonomy      *cordon_taxonomy_new_default       (void);

/**
 * cordon_taxonomy_get_entries:
 *
 * Returns: (transfer none): a #GListModel of #CordonTaxonomyEntry of @kind,
 *   sorted by rank; it stays valid and up to date while @self lives
 */
GListModel          *cordon_taxonomy_get_entries       (CordonTaxonomy      *self,
                                                        CordonTaxonomyKind   kind);

/**
 * cordon_taxonomy_lookup:
 *
 * Returns: (transfer none) (nullable): the entry of @kind with @id
 */
CordonTaxonomyEntry *cordon_taxonomy_lookup            (CordonTaxonomy      *self,
                                                        CordonTaxonomyKind   kind,
                                                        const char          *id);

/**
 * cordon_taxonomy_contains:
 *
 * Returns: whether an entry of @kind has @id
 */
gboolean             cordon_taxonomy_contains          (CordonTaxonomy      *self,
                                                        CordonTaxonomyKind   kind,
                                                        const char          *id);

/**
 * cordon_taxonomy_set_entry:
 * @entry: (transfer none): the entry; its kind says which list
 *
 * Adds @entry, or replaces the entry of the same kind and id.
 */
void                 cordon_taxonomy_set_entry         (CordonTaxonomy      *self,
                                                        CordonTaxonomyEntry *entry);

/**
 * cordon_taxonomy_remove:
 *
 * Returns: whether an entry was removed
 */
gboolean             cordon_taxonomy_remove            (CordonTaxonomy      *self,
                                                        CordonTaxonomyKind   kind,
                                                        const char          *id);

/**
 * cordon_taxonomy_clear:
 *
 * Removes every entry of every kind.
 */
void                 cordon_taxonomy_clear             (CordonTaxonomy      *self);

/**
 * cordon_taxonomy_compare_severity:
 *
 * Returns: <0, 0 or >0 as severity @a is less, as or more severe than @b;
 *   unknown ids sort below known ones
 */
int                  cordon_taxonomy_compare_severity  (CordonTaxonomy      *self,
                                                        const char          *a,
                                                        const char          *b);

/**
 * cordon_taxonomy_requires_management:
 *
 * Returns: whether incidents of impact @impact_id need management activated
 */
gboolean             cordon_taxonomy_requires_management (CordonTaxonomy    *self,
                                                          const char        *impact_id);

G_END_DECLS
