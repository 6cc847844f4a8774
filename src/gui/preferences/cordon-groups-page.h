/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-groups-page.h: the preferences page of groups, their members and
 * their communication protocols.
 */

#pragma once

#include <adwaita.h>

#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_GROUPS_PAGE (cordon_groups_page_get_type ())

G_DECLARE_FINAL_TYPE (CordonGroupsPage, cordon_groups_page, CORDON, GROUPS_PAGE, AdwPreferencesPage)

GtkWidget *cordon_groups_page_new (CordonWorkspace *workspace);

G_END_DECLS
