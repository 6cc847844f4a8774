/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-incident-report.h: the report of one incident, from its title
 * page to its lessons learned, as a CordonDocument to write as PDF or
 * HTML.
 */

#pragma once

#include <gio/gio.h>

#include "cordon-document.h"
#include "cordon-workspace.h"

G_BEGIN_DECLS

/**
 * cordon_incident_report_build:
 * @workspace: the workspace that holds @incident
 * @incident: a stored incident
 *
 * Reads everything @workspace holds about @incident and lays it out as
 * a report: title page, classification, timeline, analysis, containment
 * plan, recovery checklist, evidence and custody, lessons learned. A
 * section with nothing in it says so. The report is dated by the
 * workspace's clock, so that the same data and clock give the same
 * report. Call it on the thread that owns @workspace; the document may
 * then be written out on any thread.
 *
 * Returns: (transfer full): the report, or %NULL on error
 */
CordonDocument *cordon_incident_report_build (CordonWorkspace  *workspace,
                                              CordonIncident   *incident,
                                              GError          **error);

/**
 * cordon_incident_report_suggest_name:
 *
 * Returns: (transfer full): e.g. `INC-2026-0042-report.pdf`
 */
char           *cordon_incident_report_suggest_name (CordonIncident       *incident,
                                                     CordonDocumentFormat  format);

G_END_DECLS
