/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-group-row.h: one group in Preferences, expanded to show its name,
 * description, members and communication protocols.
 */

#pragma once

#include <adwaita.h>

#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_GROUP_ROW (cordon_group_row_get_type ())

G_DECLARE_FINAL_TYPE (CordonGroupRow, cordon_group_row, CORDON, GROUP_ROW, AdwExpanderRow)

GtkWidget   *cordon_group_row_new       (CordonWorkspace *workspace,
                                         CordonGroup     *group);
CordonGroup *cordon_group_row_get_group (CordonGroupRow  *self);
void         cordon_group_row_set_group (CordonGroupRow  *self,
                                         CordonGroup     *group);

G_END_DECLS
