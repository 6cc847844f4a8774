/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-member-dialog.h: a dialog to add or edit a member of a group.
 */

#pragma once

#include <adwaita.h>

#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_MEMBER_DIALOG (cordon_member_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CordonMemberDialog, cordon_member_dialog, CORDON, MEMBER_DIALOG, AdwWindow)

CordonMemberDialog *cordon_member_dialog_new  (CordonWorkspace    *workspace,
                                               CordonGroup        *group,
                                               CordonMember       *member);
gboolean            cordon_member_dialog_save (CordonMemberDialog *self);

G_END_DECLS
