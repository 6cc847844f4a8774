/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-taxonomy-page.h: the preferences page of categories, severities
 * and impacts.
 */

#pragma once

#include <adwaita.h>

#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_TAXONOMY_PAGE (cordon_taxonomy_page_get_type ())

G_DECLARE_FINAL_TYPE (CordonTaxonomyPage, cordon_taxonomy_page, CORDON, TAXONOMY_PAGE, AdwPreferencesPage)

GtkWidget *cordon_taxonomy_page_new (CordonWorkspace *workspace);

G_END_DECLS
