/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-recovery-page.h: the preferences page of the recovery checklist
 * templates and of when recovery from backup is offered.
 */

#pragma once

#include <adwaita.h>

#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_RECOVERY_PAGE (cordon_recovery_page_get_type ())

G_DECLARE_FINAL_TYPE (CordonRecoveryPage, cordon_recovery_page, CORDON, RECOVERY_PAGE, AdwPreferencesPage)

GtkWidget *cordon_recovery_page_new (CordonWorkspace *workspace);

/* For tests: the template shown ("default" or a category id) */
void       cordon_recovery_page_show_template (CordonRecoveryPage *self,
                                               const char         *template_id);

G_END_DECLS
