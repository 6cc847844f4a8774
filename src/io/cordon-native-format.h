/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <json-glib/json-glib.h>

#include "cordon-recovery.h"
#include "cordon-review.h"
#include "cordon-types.h"
#include "cordon-io-error.h"

G_BEGIN_DECLS

#define CORDON_NATIVE_FORMAT_ID      "cordon"
#define CORDON_NATIVE_FORMAT_VERSION 1

/**
 * CordonIncidentRecord:
 * @incident: the incident
 * @journal: (element-type CordonJournalEntry): its journal, oldest first
 * @facts: (element-type CordonFact): what we know
 * @questions: (element-type CordonQuestion): what we don't know
 * @tasks: (element-type CordonTask): the course of action
 * @plan: (element-type CordonPlanAction): the containment plan, in order
 * @checks: (element-type GPtrArray): for each action of @plan, at the
 *   same index, its #CordonMonitoringCheck objects
 * @recovery: (nullable): its recovery fields, or %NULL when none were set
 * @recovery_items: (element-type CordonRecoveryItem): its recovery
 *   checklist, in order
 * @review: (nullable): its lessons-learned review, or %NULL when none
 *   was written
 * @follow_ups: (element-type CordonFollowUp): the review's follow-up
 *   actions
 * @evidence: (element-type CordonEvidenceItem): the evidence register
 * @custody: (element-type GPtrArray): for each item of @evidence, at the
 *   same index, its #CordonCustodyTransfer objects in order
 * @evidence_checks: (element-type GPtrArray): for each item of
 *   @evidence, at the same index, its #CordonEvidenceCheck objects
 *
 * An incident with everything recorded about it: the unit the native
 * format writes and reads.
 */
typedef struct
{
  CordonIncident *incident;
  GPtrArray      *journal;
  GPtrArray      *facts;
  GPtrArray      *questions;
  GPtrArray      *tasks;
  GPtrArray      *plan;
  GPtrArray      *checks;
  CordonRecovery *recovery;
  GPtrArray      *recovery_items;
  CordonReview   *review;
  GPtrArray      *follow_ups;
  GPtrArray      *evidence;
  GPtrArray      *custody;
  GPtrArray      *evidence_checks;
} CordonIncidentRecord;

CordonIncidentRecord *cordon_incident_record_new  (void);
void                  cordon_incident_record_free (CordonIncidentRecord *record);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CordonIncidentRecord, cordon_incident_record_free)

JsonNode *cordon_native_incident_to_json   (CordonIncidentRecord  *record);
CordonIncidentRecord *
          cordon_native_incident_from_json (JsonNode              *node,
                                            const char            *where,
                                            GError               **error);
JsonNode *cordon_native_taxonomy_to_json   (CordonTaxonomy        *taxonomy);
CordonTaxonomy *
          cordon_native_taxonomy_from_json (JsonNode              *node,
                                            const char            *where,
                                            GError               **error);
JsonNode *cordon_native_policies_to_json   (GPtrArray             *policies);
GPtrArray *cordon_native_policies_from_json (JsonNode             *node,
                                            const char            *where,
                                            GError               **error);
JsonNode *cordon_native_group_to_json      (CordonGroup           *group,
                                            GPtrArray             *members,
                                            GPtrArray             *protocols);
gboolean  cordon_native_group_from_json    (JsonNode              *node,
                                            const char            *where,
                                            CordonGroup          **out_group,
                                            GPtrArray            **out_members,
                                            GPtrArray            **out_protocols,
                                            GError               **error);

JsonNode *cordon_native_strategy_to_json   (CordonStrategy        *strategy,
                                            GPtrArray             *validations);
gboolean  cordon_native_strategy_from_json (JsonNode              *node,
                                            const char            *where,
                                            CordonStrategy       **out_strategy,
                                            GPtrArray            **out_validations,
                                            GError               **error);

G_END_DECLS
