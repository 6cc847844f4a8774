/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "cordon-incident.h"

G_BEGIN_DECLS

#define CORDON_TYPE_INCIDENT_LIST (cordon_incident_list_get_type ())

G_DECLARE_FINAL_TYPE (CordonIncidentList, cordon_incident_list, CORDON, INCIDENT_LIST, GObject)

CordonIncidentList *cordon_incident_list_new      (void);
void                cordon_incident_list_set_sort (CordonIncidentList *self,
                                                   GCompareDataFunc    compare,
                                                   gpointer            user_data);
void                cordon_incident_list_replace  (CordonIncidentList *self,
                                                   GPtrArray          *incidents);
gboolean            cordon_incident_list_remove   (CordonIncidentList *self,
                                                   CordonIncident     *incident);
void                cordon_incident_list_insert   (CordonIncidentList *self,
                                                   CordonIncident     *incident);

G_END_DECLS
