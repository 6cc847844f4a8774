/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-d3fend-dialog.h: picks a MITRE D3FEND Isolate, Evict or Restore
 * technique to start a containment strategy from.
 */

#pragma once

#include <adwaita.h>

#include "cordon-d3fend-catalogue.h"

G_BEGIN_DECLS

#define CORDON_TYPE_D3FEND_DIALOG (cordon_d3fend_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CordonD3fendDialog, cordon_d3fend_dialog, CORDON, D3FEND_DIALOG, AdwWindow)

CordonD3fendDialog    *cordon_d3fend_dialog_new           (GError             **error);
CordonD3fendCatalogue *cordon_d3fend_dialog_get_catalogue (CordonD3fendDialog  *self);
void                   cordon_d3fend_dialog_set_search    (CordonD3fendDialog  *self,
                                                           const char          *text);
guint                  cordon_d3fend_dialog_get_n_shown   (CordonD3fendDialog  *self);
void                   cordon_d3fend_dialog_choose        (CordonD3fendDialog  *self,
                                                           guint                position);

G_END_DECLS
