/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-close-dialog.h: ending an incident: resolved, a false positive,
 * a duplicate of another (merged into it) or not an incident, with the
 * reason the journal keeps.
 */

#pragma once

#include <adwaita.h>

#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_CLOSE_DIALOG (cordon_close_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CordonCloseDialog, cordon_close_dialog, CORDON, CLOSE_DIALOG, AdwMessageDialog)

CordonCloseDialog *cordon_close_dialog_present    (GtkWidget         *parent,
                                                   CordonWorkspace   *workspace,
                                                   CordonIncident    *incident,
                                                   const char        *author);
void               cordon_close_dialog_set_fields (CordonCloseDialog *self,
                                                   CordonClosure      closure,
                                                   const char        *duplicate_of,
                                                   const char        *reason);

G_END_DECLS
