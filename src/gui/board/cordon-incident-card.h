/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "cordon-incident.h"
#include "cordon-sla.h"
#include "cordon-taxonomy.h"

G_BEGIN_DECLS

#define CORDON_TYPE_INCIDENT_CARD (cordon_incident_card_get_type ())

G_DECLARE_FINAL_TYPE (CordonIncidentCard, cordon_incident_card, CORDON, INCIDENT_CARD, GtkWidget)

GtkWidget      *cordon_incident_card_new           (CordonTaxonomy     *taxonomy);
void            cordon_incident_card_set_incident  (CordonIncidentCard *self,
                                                    CordonIncident     *incident);
CordonIncident *cordon_incident_card_get_incident  (CordonIncidentCard *self);
const char     *cordon_incident_card_get_deadline_text (CordonIncidentCard *self);
void            cordon_incident_card_set_deadline  (CordonIncidentCard      *self,
                                                    const CordonSlaDeadline *deadline,
                                                    gint64                   now_usec);
void            cordon_severity_chip_update        (GtkLabel           *chip,
                                                    CordonTaxonomy     *taxonomy,
                                                    const char         *severity);

G_END_DECLS
