/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-fact-dialog.h: adding a fact to an incident's analysis, or
 * editing one.
 */

#pragma once

#include <adwaita.h>

#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_FACT_DIALOG (cordon_fact_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CordonFactDialog, cordon_fact_dialog, CORDON, FACT_DIALOG, AdwMessageDialog)

CordonFactDialog *cordon_fact_dialog_present    (GtkWidget        *parent,
                                                 CordonWorkspace  *workspace,
                                                 CordonIncident   *incident,
                                                 CordonFact       *fact);
void              cordon_fact_dialog_set_fields (CordonFactDialog *self,
                                                 CordonFactKind    kind,
                                                 const char       *value,
                                                 const char       *source,
                                                 CordonTlp         tlp,
                                                 gboolean          is_ioc);

G_END_DECLS
