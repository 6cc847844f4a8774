/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-reclassify-dialog.h: changing an incident's category or severity,
 * with the reason the journal keeps.
 */

#pragma once

#include <adwaita.h>

#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_RECLASSIFY_DIALOG (cordon_reclassify_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CordonReclassifyDialog, cordon_reclassify_dialog, CORDON, RECLASSIFY_DIALOG, AdwMessageDialog)

CordonReclassifyDialog *cordon_reclassify_dialog_present    (GtkWidget              *parent,
                                                             CordonWorkspace        *workspace,
                                                             CordonIncident         *incident);
void                    cordon_reclassify_dialog_select     (CordonReclassifyDialog *self,
                                                             const char             *category,
                                                             const char             *severity);
void                    cordon_reclassify_dialog_set_reason (CordonReclassifyDialog *self,
                                                             const char             *reason);

G_END_DECLS
