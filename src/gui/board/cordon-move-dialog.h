/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "cordon-incident.h"
#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_MOVE_DIALOG (cordon_move_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CordonMoveDialog, cordon_move_dialog, CORDON, MOVE_DIALOG, AdwMessageDialog)

CordonMoveDialog *cordon_move_dialog_present    (GtkWidget        *parent,
                                                 CordonWorkspace  *workspace,
                                                 CordonIncident   *incident,
                                                 CordonPhase       target);
void              cordon_move_dialog_set_reason (CordonMoveDialog *self,
                                                 const char       *reason);

G_END_DECLS
