/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-protocol-dialog.h: a dialog to add or edit a group's
 * communication protocol, with a live preview of its message.
 */

#pragma once

#include <adwaita.h>

#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_PROTOCOL_DIALOG (cordon_protocol_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CordonProtocolDialog, cordon_protocol_dialog, CORDON, PROTOCOL_DIALOG, AdwWindow)

CordonProtocolDialog *cordon_protocol_dialog_new         (CordonWorkspace      *workspace,
                                                          CordonGroup          *group,
                                                          CordonProtocol       *protocol);
gboolean              cordon_protocol_dialog_save        (CordonProtocolDialog *self);
const char           *cordon_protocol_dialog_get_preview (CordonProtocolDialog *self);
const char           *cordon_protocol_dialog_get_sample_key (CordonProtocolDialog *self);

G_END_DECLS
