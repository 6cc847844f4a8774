/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-validation-dialog.h: records one validation of a containment
 * strategy: when, how, by whom, how long it took, result and pitfalls.
 */

#pragma once

#include <adwaita.h>

#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_VALIDATION_DIALOG (cordon_validation_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CordonValidationDialog, cordon_validation_dialog, CORDON, VALIDATION_DIALOG, AdwWindow)

CordonValidationDialog *cordon_validation_dialog_new (CordonWorkspace *workspace,
                                                      CordonStrategy  *strategy);

G_END_DECLS
