/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_NEW_INCIDENT_DIALOG (cordon_new_incident_dialog_get_type ())

G_DECLARE_FINAL_TYPE (CordonNewIncidentDialog, cordon_new_incident_dialog, CORDON, NEW_INCIDENT_DIALOG, AdwWindow)

CordonNewIncidentDialog *cordon_new_incident_dialog_new    (GtkWindow               *parent,
                                                            CordonWorkspace         *workspace);
gboolean                 cordon_new_incident_dialog_create (CordonNewIncidentDialog *self,
                                                            GError                 **error);
gboolean                 cordon_parse_local_time           (const char              *text,
                                                            gint64                  *out_usec);

G_END_DECLS
