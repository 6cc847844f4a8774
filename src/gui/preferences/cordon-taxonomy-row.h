/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-taxonomy-row.h: one editable category, severity or impact.
 */

#pragma once

#include <adwaita.h>

#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_TAXONOMY_ROW (cordon_taxonomy_row_get_type ())

G_DECLARE_FINAL_TYPE (CordonTaxonomyRow, cordon_taxonomy_row, CORDON, TAXONOMY_ROW, AdwEntryRow)

GtkWidget           *cordon_taxonomy_row_new       (CordonWorkspace     *workspace,
                                                    CordonTaxonomyEntry *entry);
CordonTaxonomyEntry *cordon_taxonomy_row_get_entry (CordonTaxonomyRow   *self);
void                 cordon_taxonomy_row_set_entry (CordonTaxonomyRow   *self,
                                                    CordonTaxonomyEntry *entry);
void                 cordon_taxonomy_row_set_ends  (CordonTaxonomyRow   *self,
                                                    gboolean             is_first,
                                                    gboolean             is_last);

G_END_DECLS
