/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-incident-page.h: one incident in depth: its overview, analysis,
 * communication and journal.
 */

#pragma once

#include <adwaita.h>

#include "cordon-sla-scheduler.h"
#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_INCIDENT_PAGE (cordon_incident_page_get_type ())

G_DECLARE_FINAL_TYPE (CordonIncidentPage, cordon_incident_page, CORDON, INCIDENT_PAGE, AdwBin)

CordonIncidentPage *cordon_incident_page_new           (void);
CordonWorkspace    *cordon_incident_page_get_workspace (CordonIncidentPage *self);
void                cordon_incident_page_set_workspace (CordonIncidentPage *self,
                                                        CordonWorkspace    *workspace);
CordonIncident     *cordon_incident_page_get_incident  (CordonIncidentPage *self);
void                cordon_incident_page_set_incident  (CordonIncidentPage *self,
                                                        CordonIncident     *incident);
void                cordon_incident_page_set_scheduler (CordonIncidentPage *self,
                                                        CordonSlaScheduler *scheduler);

G_END_DECLS
