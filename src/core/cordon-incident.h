/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-incident.h: an incident: its key, classification, phase, the people
 * engaged and the timestamps of its life.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_INCIDENT (cordon_incident_get_type ())

G_DECLARE_FINAL_TYPE (CordonIncident, cordon_incident, CORDON, INCIDENT, GObject)

/**
 * CordonIncident:
 *
 * One security incident. The workspace assigns id and key
 * (INC-<year>-<NNNN>) and keeps the phase, category, severity, journal-count
 * and journal-head in step with the journal; change those through the
 * workspace (move, reclassify), not the setters, which are for drafts and
 * loaders. Timestamps are stored to the microsecond in UTC; each has a
 * GDateTime property (%NULL when unset) and is also reachable by
 * #CordonIncidentTime through cordon_incident_get_time(). String properties
 * other than journal-head are never %NULL; unset is the empty string.
 *
 * Properties (each has a getter and a setter below; setters notify only
 * on change):
 *
 * - id: the row id in the workspace; 0 until the object is stored
 * - key: the human key, e.g. INC-2026-0042
 * - title: a one-line title
 * - summary: what happened, in a few sentences
 * - category: taxonomy id of its category
 * - severity: taxonomy id of its severity
 * - impact: taxonomy id of its impact, or empty
 * - tlp: its Traffic Light Protocol marking (default amber)
 * - lead: who leads the response
 * - phase: where it is in its life
 * - groups: slugs of the groups engaged, never %NULL
 * - exercise: whether it belongs to a tabletop exercise
 * - journal-count: number of entries in its journal
 * - journal-head: hash of its last journal entry, or %NULL while the
 *   journal is empty
 * - detected: when it was detected
 * - reported: when it was reported to the team
 * - acknowledged: when the team acknowledged it (stops the response SLA)
 * - classified: when it was first classified
 * - analysis: when analysis started
 * - containment: when containment started
 * - contained: when it was contained (containment left for recovery)
 * - recovered: when recovery was done (stops the resolution SLA)
 * - closed: when it was closed
 * - management-activated: when the management group was activated
 * - created: when it was stored
 * - updated: when it was last changed
 */

CordonIncident     *cordon_incident_new                      (void);
gint64              cordon_incident_get_id                   (CordonIncident *self);
void                cordon_incident_set_id                   (CordonIncident *self,
                                                              gint64          id);
const char         *cordon_incident_get_key                  (CordonIncident *self);
void                cordon_incident_set_key                  (CordonIncident *self,
                                                              const char     *key);
const char         *cordon_incident_get_title                (CordonIncident *self);
void                cordon_incident_set_title                (CordonIncident *self,
                                                              const char     *title);
const char         *cordon_incident_get_summary              (CordonIncident *self);
void                cordon_incident_set_summary              (CordonIncident *self,
                                                              const char     *summary);
const char         *cordon_incident_get_category             (CordonIncident *self);
void                cordon_incident_set_category             (CordonIncident *self,
                                                              const char     *category);
const char         *cordon_incident_get_severity             (CordonIncident *self);
void                cordon_incident_set_severity             (CordonIncident *self,
                                                              const char     *severity);
const char         *cordon_incident_get_impact               (CordonIncident *self);
void                cordon_incident_set_impact               (CordonIncident *self,
                                                              const char     *impact);
CordonTlp           cordon_incident_get_tlp                  (CordonIncident *self);
void                cordon_incident_set_tlp                  (CordonIncident *self,
                                                              CordonTlp       tlp);
const char         *cordon_incident_get_lead                 (CordonIncident *self);
void                cordon_incident_set_lead                 (CordonIncident *self,
                                                              const char     *lead);
CordonPhase         cordon_incident_get_phase                (CordonIncident *self);
void                cordon_incident_set_phase                (CordonIncident *self,
                                                              CordonPhase     phase);
const char * const *cordon_incident_get_groups               (CordonIncident *self);
void                cordon_incident_set_groups               (CordonIncident     *self,
                                                              const char * const *groups);
gboolean            cordon_incident_get_exercise             (CordonIncident *self);
void                cordon_incident_set_exercise             (CordonIncident *self,
                                                              gboolean        exercise);
gint64              cordon_incident_get_journal_count        (CordonIncident *self);
void                cordon_incident_set_journal_count        (CordonIncident *self,
                                                              gint64          journal_count);
const char         *cordon_incident_get_journal_head         (CordonIncident *self);
void                cordon_incident_set_journal_head         (CordonIncident *self,
                                                              const char     *journal_head);
GDateTime          *cordon_incident_dup_detected             (CordonIncident *self);
GDateTime          *cordon_incident_dup_reported             (CordonIncident *self);
GDateTime          *cordon_incident_dup_acknowledged         (CordonIncident *self);
GDateTime          *cordon_incident_dup_classified           (CordonIncident *self);
GDateTime          *cordon_incident_dup_analysis             (CordonIncident *self);
GDateTime          *cordon_incident_dup_containment          (CordonIncident *self);
GDateTime          *cordon_incident_dup_contained            (CordonIncident *self);
GDateTime          *cordon_incident_dup_recovered            (CordonIncident *self);
GDateTime          *cordon_incident_dup_closed               (CordonIncident *self);
GDateTime          *cordon_incident_dup_management_activated (CordonIncident *self);
GDateTime          *cordon_incident_dup_created              (CordonIncident *self);
GDateTime          *cordon_incident_dup_updated              (CordonIncident *self);
gint64              cordon_incident_get_time                 (CordonIncident     *self,
                                                              CordonIncidentTime  which);
void                cordon_incident_set_time_usec            (CordonIncident     *self,
                                                              CordonIncidentTime  which,
                                                              gint64              usec);
GDateTime          *cordon_incident_dup_time                 (CordonIncident     *self,
                                                              CordonIncidentTime  which);
void                cordon_incident_set_time                 (CordonIncident     *self,
                                                              CordonIncidentTime  which,
                                                              GDateTime          *time);
gboolean            cordon_incident_has_group                (CordonIncident *self,
                                                              const char     *slug);
gboolean            cordon_incident_is_open                  (CordonIncident *self);
gboolean            cordon_incident_is_valid_key             (const char *key,
                                                              int        *out_year,
                                                              gint64     *out_number);
char               *cordon_incident_format_key               (int    year,
                                                              gint64 number);

/*
 * cordon_incident_get_time:
 * Returns: the timestamp @which in microseconds since the Unix epoch (UTC),
 *   or 0 when it is unset
 *
 * cordon_incident_set_time_usec:
 * Sets the timestamp @which; 0 unsets it. Notifies the matching property.
 *
 * cordon_incident_dup_time:
 * Returns: (transfer full) (nullable): the timestamp @which as a UTC
 *   GDateTime, or %NULL when it is unset
 *
 * cordon_incident_set_time:
 * @time: (nullable): the time, or %NULL to unset it
 *
 * cordon_incident_has_group:
 * Returns: whether the group with @slug is engaged
 *
 * cordon_incident_is_open:
 * Returns: whether the incident is not closed
 *
 * cordon_incident_is_valid_key:
 * Returns: whether @key reads INC-<4-digit year>-<at least 4 digits>; on
 *   success the year and number are stored in the out arguments
 *
 * cordon_incident_format_key:
 * Returns: (transfer full): "INC-<year>-<number>", the number zero-padded
 *   to at least 4 digits
 */

G_END_DECLS
