/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-sla-page.h: the preferences page of SLA policies, one per severity.
 */

#pragma once

#include <adwaita.h>

#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_SLA_PAGE (cordon_sla_page_get_type ())

G_DECLARE_FINAL_TYPE (CordonSlaPage, cordon_sla_page, CORDON, SLA_PAGE, AdwPreferencesPage)

GtkWidget *cordon_sla_page_new (CordonWorkspace *workspace);

G_END_DECLS
