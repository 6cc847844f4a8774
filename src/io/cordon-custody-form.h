/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-custody-form.h: the printable chain-of-custody form of one
 * evidence item, as a PDF file.
 */

#pragma once

#include <gio/gio.h>

#include "cordon-workspace.h"

G_BEGIN_DECLS

/**
 * cordon_custody_form_write:
 * @workspace: the workspace that holds @item
 * @item: a stored evidence item
 * @path: (type filename): the PDF file to write; replaced if it exists
 *
 * Writes the custody form of @item: the incident, the item with its hash,
 * its collection, every custody transfer with room for the signatures of
 * giver and receiver, every re-verification, and signature lines for
 * the custodian and the incident lead. A4, as many pages as it needs.
 * The form is written beside @path and then moved over it, so a failed
 * write leaves no half file.
 *
 * Returns: %TRUE on success
 */
gboolean         cordon_custody_form_write   (CordonWorkspace     *workspace,
                                              CordonEvidenceItem  *item,
                                              const char          *path,
                                              GError             **error);

G_END_DECLS
