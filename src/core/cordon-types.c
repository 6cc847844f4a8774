/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-types.c: registration of the domain enumerations, and the
 * conversions between their values, their stable ids and their labels.
 * The stable id of a value is its GEnumValue nick, so GObject property
 * machinery and the file formats agree on one spelling.
 */

#define G_LOG_DOMAIN "cordon-types"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "cordon-types.h"

/* Values of each enumeration are 0..n-1, in the order of the table, which
 * lets to_id() and to_label() index the tables directly. */
#define CORDON_DEFINE_ENUM(TypeName, type_name)                               \
  GType                                                                       \
  type_name##_get_type (void)                                                 \
  {                                                                           \
    static gsize gtype = 0;                                                   \
                                                                              \
    if (g_once_init_enter (&gtype))                                           \
      {                                                                       \
        GType t = g_enum_register_static (g_intern_static_string (#TypeName), \
                                          type_name##_values);                \
        g_once_init_leave (&gtype, t);                                        \
      }                                                                       \
                                                                              \
    return gtype;                                                             \
  }                                                                           \
                                                                              \
  const char *                                                                \
  type_name##_to_id (TypeName value)                                          \
  {                                                                           \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (type_name##_values) - 1, NULL); \
    return type_name##_values[value].value_nick;                              \
  }                                                                           \
                                                                              \
  gboolean                                                                    \
  type_name##_from_id (const char *id,                                        \
                       TypeName   *out_value)                                 \
  {                                                                           \
    if (id == NULL)                                                           \
      return FALSE;                                                           \
                                                                              \
    for (guint i = 0; type_name##_values[i].value_nick != NULL; i++)          \
      {                                                                       \
        if (strcmp (type_name##_values[i].value_nick, id) == 0)               \
          {                                                                   \
            if (out_value != NULL)                                            \
              *out_value = (TypeName) type_name##_values[i].value;            \
            return TRUE;                                                      \
          }                                                                   \
      }                                                                       \
                                                                              \
    return FALSE;                                                             \
  }                                                                           \
                                                                              \
  const char *                                                                \
  type_name##_to_label (TypeName value)                                       \
  {                                                                           \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (type_name##_labels), NULL); \
    return g_dpgettext2 (GETTEXT_PACKAGE, #TypeName, type_name##_labels[value]); \
  }

#define V(value, nick) { value, #value, nick }

static const GEnumValue cordon_phase_values[] = {
  V (CORDON_PHASE_DETECTED, "detected"),
  V (CORDON_PHASE_CLASSIFIED, "classified"),
  V (CORDON_PHASE_ANALYSIS, "analysis"),
  V (CORDON_PHASE_CONTAINMENT, "containment"),
  V (CORDON_PHASE_RECOVERY, "recovery"),
  V (CORDON_PHASE_LESSONS_LEARNED, "lessons-learned"),
  V (CORDON_PHASE_CLOSED, "closed"),
  { 0, NULL, NULL }
};
static const char * const cordon_phase_labels[] = {
  NC_("CordonPhase", "Detected"),
  NC_("CordonPhase", "Classified"),
  NC_("CordonPhase", "Analysis"),
  NC_("CordonPhase", "Containment"),
  NC_("CordonPhase", "Recovery"),
  NC_("CordonPhase", "Lessons learned"),
  NC_("CordonPhase", "Closed"),
};
CORDON_DEFINE_ENUM (CordonPhase, cordon_phase)

static const GEnumValue cordon_tlp_values[] = {
  V (CORDON_TLP_CLEAR, "clear"),
  V (CORDON_TLP_GREEN, "green"),
  V (CORDON_TLP_AMBER, "amber"),
  V (CORDON_TLP_AMBER_STRICT, "amber+strict"),
  V (CORDON_TLP_RED, "red"),
  { 0, NULL, NULL }
};
/* TLP markings are written in capitals in every language */
static const char * const cordon_tlp_labels[] = {
  NC_("CordonTlp", "TLP:CLEAR"),
  NC_("CordonTlp", "TLP:GREEN"),
  NC_("CordonTlp", "TLP:AMBER"),
  NC_("CordonTlp", "TLP:AMBER+STRICT"),
  NC_("CordonTlp", "TLP:RED"),
};
CORDON_DEFINE_ENUM (CordonTlp, cordon_tlp)

static const GEnumValue cordon_journal_kind_values[] = {
  V (CORDON_JOURNAL_KIND_NOTE, "note"),
  V (CORDON_JOURNAL_KIND_STATUS_UPDATE, "status-update"),
  V (CORDON_JOURNAL_KIND_DECISION, "decision"),
  V (CORDON_JOURNAL_KIND_COMMUNICATION, "communication"),
  V (CORDON_JOURNAL_KIND_CLASSIFICATION_CHANGE, "classification-change"),
  V (CORDON_JOURNAL_KIND_PHASE_CHANGE, "phase-change"),
  V (CORDON_JOURNAL_KIND_SLA_EVENT, "sla-event"),
  V (CORDON_JOURNAL_KIND_EVIDENCE, "evidence"),
  V (CORDON_JOURNAL_KIND_CUSTODY, "custody"),
  V (CORDON_JOURNAL_KIND_DETAILS_CHANGE, "details-change"),
  { 0, NULL, NULL }
};
static const char * const cordon_journal_kind_labels[] = {
  NC_("CordonJournalKind", "Note"),
  NC_("CordonJournalKind", "Status update"),
  NC_("CordonJournalKind", "Decision"),
  NC_("CordonJournalKind", "Communication"),
  NC_("CordonJournalKind", "Classification change"),
  NC_("CordonJournalKind", "Phase change"),
  NC_("CordonJournalKind", "SLA event"),
  NC_("CordonJournalKind", "Evidence"),
  NC_("CordonJournalKind", "Custody"),
  NC_("CordonJournalKind", "Details change"),
};
CORDON_DEFINE_ENUM (CordonJournalKind, cordon_journal_kind)

static const GEnumValue cordon_fact_kind_values[] = {
  V (CORDON_FACT_KIND_USER, "user"),
  V (CORDON_FACT_KIND_HOST, "host"),
  V (CORDON_FACT_KIND_IP, "ip"),
  V (CORDON_FACT_KIND_DOMAIN, "domain"),
  V (CORDON_FACT_KIND_URL, "url"),
  V (CORDON_FACT_KIND_HASH, "hash"),
  V (CORDON_FACT_KIND_EMAIL, "email"),
  V (CORDON_FACT_KIND_FILE, "file"),
  V (CORDON_FACT_KIND_LOG, "log"),
  V (CORDON_FACT_KIND_SIGNATURE, "signature"),
  V (CORDON_FACT_KIND_OTHER, "other"),
  { 0, NULL, NULL }
};
static const char * const cordon_fact_kind_labels[] = {
  NC_("CordonFactKind", "User"),
  NC_("CordonFactKind", "Host"),
  NC_("CordonFactKind", "IP address"),
  NC_("CordonFactKind", "Domain"),
  NC_("CordonFactKind", "URL"),
  NC_("CordonFactKind", "Hash"),
  NC_("CordonFactKind", "Email address"),
  NC_("CordonFactKind", "File"),
  NC_("CordonFactKind", "Log excerpt"),
  NC_("CordonFactKind", "Signature"),
  NC_("CordonFactKind", "Other"),
};
CORDON_DEFINE_ENUM (CordonFactKind, cordon_fact_kind)

static const GEnumValue cordon_question_status_values[] = {
  V (CORDON_QUESTION_STATUS_OPEN, "open"),
  V (CORDON_QUESTION_STATUS_IN_PROGRESS, "in-progress"),
  V (CORDON_QUESTION_STATUS_ANSWERED, "answered"),
  V (CORDON_QUESTION_STATUS_DROPPED, "dropped"),
  { 0, NULL, NULL }
};
static const char * const cordon_question_status_labels[] = {
  NC_("CordonQuestionStatus", "Open"),
  NC_("CordonQuestionStatus", "In progress"),
  NC_("CordonQuestionStatus", "Answered"),
  NC_("CordonQuestionStatus", "Dropped"),
};
CORDON_DEFINE_ENUM (CordonQuestionStatus, cordon_question_status)

static const GEnumValue cordon_task_status_values[] = {
  V (CORDON_TASK_STATUS_TODO, "todo"),
  V (CORDON_TASK_STATUS_IN_PROGRESS, "in-progress"),
  V (CORDON_TASK_STATUS_DONE, "done"),
  V (CORDON_TASK_STATUS_CANCELLED, "cancelled"),
  { 0, NULL, NULL }
};
static const char * const cordon_task_status_labels[] = {
  NC_("CordonTaskStatus", "To do"),
  NC_("CordonTaskStatus", "In progress"),
  NC_("CordonTaskStatus", "Done"),
  NC_("CordonTaskStatus", "Cancelled"),
};
CORDON_DEFINE_ENUM (CordonTaskStatus, cordon_task_status)

static const GEnumValue cordon_group_kind_values[] = {
  V (CORDON_GROUP_KIND_RESPONDER, "responder"),
  V (CORDON_GROUP_KIND_RESOLVER, "resolver"),
  V (CORDON_GROUP_KIND_MANAGEMENT, "management"),
  V (CORDON_GROUP_KIND_EXTERNAL_COMMUNICATION, "external-communication"),
  { 0, NULL, NULL }
};
static const char * const cordon_group_kind_labels[] = {
  NC_("CordonGroupKind", "Responders"),
  NC_("CordonGroupKind", "Resolvers"),
  NC_("CordonGroupKind", "Management"),
  NC_("CordonGroupKind", "External communication"),
};
CORDON_DEFINE_ENUM (CordonGroupKind, cordon_group_kind)

static const GEnumValue cordon_channel_values[] = {
  V (CORDON_CHANNEL_EMAIL, "email"),
  V (CORDON_CHANNEL_PHONE, "phone"),
  V (CORDON_CHANNEL_SMS, "sms"),
  V (CORDON_CHANNEL_TICKET, "ticket"),
  V (CORDON_CHANNEL_REPORT, "report"),
  V (CORDON_CHANNEL_ENCRYPTED_LINE, "encrypted-line"),
  { 0, NULL, NULL }
};
static const char * const cordon_channel_labels[] = {
  NC_("CordonChannel", "Email"),
  NC_("CordonChannel", "Phone"),
  NC_("CordonChannel", "SMS"),
  NC_("CordonChannel", "Ticket"),
  NC_("CordonChannel", "Report"),
  NC_("CordonChannel", "Encrypted line"),
};
CORDON_DEFINE_ENUM (CordonChannel, cordon_channel)

static const GEnumValue cordon_contact_priority_values[] = {
  V (CORDON_CONTACT_PRIORITY_NONE, "none"),
  V (CORDON_CONTACT_PRIORITY_PRIMARY, "primary"),
  V (CORDON_CONTACT_PRIORITY_SECONDARY, "secondary"),
  { 0, NULL, NULL }
};
static const char * const cordon_contact_priority_labels[] = {
  NC_("CordonContactPriority", "Member"),
  NC_("CordonContactPriority", "Primary contact"),
  NC_("CordonContactPriority", "Secondary contact"),
};
CORDON_DEFINE_ENUM (CordonContactPriority, cordon_contact_priority)

static const GEnumValue cordon_taxonomy_kind_values[] = {
  V (CORDON_TAXONOMY_KIND_CATEGORY, "category"),
  V (CORDON_TAXONOMY_KIND_SEVERITY, "severity"),
  V (CORDON_TAXONOMY_KIND_IMPACT, "impact"),
  { 0, NULL, NULL }
};
static const char * const cordon_taxonomy_kind_labels[] = {
  NC_("CordonTaxonomyKind", "Category"),
  NC_("CordonTaxonomyKind", "Severity"),
  NC_("CordonTaxonomyKind", "Impact"),
};
CORDON_DEFINE_ENUM (CordonTaxonomyKind, cordon_taxonomy_kind)

static const GEnumValue cordon_incident_time_values[] = {
  V (CORDON_INCIDENT_TIME_DETECTED, "detected"),
  V (CORDON_INCIDENT_TIME_REPORTED, "reported"),
  V (CORDON_INCIDENT_TIME_ACKNOWLEDGED, "acknowledged"),
  V (CORDON_INCIDENT_TIME_CLASSIFIED, "classified"),
  V (CORDON_INCIDENT_TIME_ANALYSIS, "analysis"),
  V (CORDON_INCIDENT_TIME_CONTAINMENT, "containment"),
  V (CORDON_INCIDENT_TIME_CONTAINED, "contained"),
  V (CORDON_INCIDENT_TIME_RECOVERED, "recovered"),
  V (CORDON_INCIDENT_TIME_CLOSED, "closed"),
  V (CORDON_INCIDENT_TIME_MANAGEMENT_ACTIVATED, "management-activated"),
  V (CORDON_INCIDENT_TIME_CREATED, "created"),
  V (CORDON_INCIDENT_TIME_UPDATED, "updated"),
  { 0, NULL, NULL }
};
static const char * const cordon_incident_time_labels[] = {
  NC_("CordonIncidentTime", "Detected"),
  NC_("CordonIncidentTime", "Reported"),
  NC_("CordonIncidentTime", "Acknowledged"),
  NC_("CordonIncidentTime", "Classified"),
  NC_("CordonIncidentTime", "Analysis started"),
  NC_("CordonIncidentTime", "Containment started"),
  NC_("CordonIncidentTime", "Contained"),
  NC_("CordonIncidentTime", "Recovered"),
  NC_("CordonIncidentTime", "Closed"),
  NC_("CordonIncidentTime", "Management activated"),
  NC_("CordonIncidentTime", "Created"),
  NC_("CordonIncidentTime", "Updated"),
};
CORDON_DEFINE_ENUM (CordonIncidentTime, cordon_incident_time)

static const GEnumValue cordon_sla_kind_values[] = {
  V (CORDON_SLA_KIND_RESPONSE, "response"),
  V (CORDON_SLA_KIND_RESOLUTION, "resolution"),
  V (CORDON_SLA_KIND_FIRST_UPDATE, "first-update"),
  V (CORDON_SLA_KIND_NEXT_UPDATE, "next-update"),
  { 0, NULL, NULL }
};
static const char * const cordon_sla_kind_labels[] = {
  NC_("CordonSlaKind", "Response"),
  NC_("CordonSlaKind", "Resolution"),
  NC_("CordonSlaKind", "First update"),
  NC_("CordonSlaKind", "Next update"),
};
CORDON_DEFINE_ENUM (CordonSlaKind, cordon_sla_kind)

static const GEnumValue cordon_sla_state_values[] = {
  V (CORDON_SLA_STATE_PENDING, "pending"),
  V (CORDON_SLA_STATE_WARNING, "warning"),
  V (CORDON_SLA_STATE_BREACHED, "breached"),
  V (CORDON_SLA_STATE_MET, "met"),
  V (CORDON_SLA_STATE_PAUSED, "paused"),
  { 0, NULL, NULL }
};
static const char * const cordon_sla_state_labels[] = {
  NC_("CordonSlaState", "On time"),
  NC_("CordonSlaState", "Warning"),
  NC_("CordonSlaState", "Breached"),
  NC_("CordonSlaState", "Met"),
  NC_("CordonSlaState", "Paused"),
};
CORDON_DEFINE_ENUM (CordonSlaState, cordon_sla_state)


static const GEnumValue cordon_containment_term_values[] = {
  V (CORDON_CONTAINMENT_TERM_SHORT, "short-term"),
  V (CORDON_CONTAINMENT_TERM_LONG, "long-term"),
  { 0, NULL, NULL }
};
static const char * const cordon_containment_term_labels[] = {
  NC_("CordonContainmentTerm", "Short-term"),
  NC_("CordonContainmentTerm", "Long-term"),
};
CORDON_DEFINE_ENUM (CordonContainmentTerm, cordon_containment_term)

static const GEnumValue cordon_validation_method_values[] = {
  V (CORDON_VALIDATION_METHOD_TABLETOP, "tabletop"),
  V (CORDON_VALIDATION_METHOD_SIMULATION, "simulation"),
  V (CORDON_VALIDATION_METHOD_TEST_RUN, "test-run"),
  { 0, NULL, NULL }
};
static const char * const cordon_validation_method_labels[] = {
  NC_("CordonValidationMethod", "Tabletop"),
  NC_("CordonValidationMethod", "Simulation"),
  NC_("CordonValidationMethod", "Test run"),
};
CORDON_DEFINE_ENUM (CordonValidationMethod, cordon_validation_method)

static const GEnumValue cordon_validation_result_values[] = {
  V (CORDON_VALIDATION_RESULT_EFFECTIVE, "effective"),
  V (CORDON_VALIDATION_RESULT_PARTLY, "partly"),
  V (CORDON_VALIDATION_RESULT_FAILED, "failed"),
  { 0, NULL, NULL }
};
static const char * const cordon_validation_result_labels[] = {
  NC_("CordonValidationResult", "Effective"),
  NC_("CordonValidationResult", "Partly effective"),
  NC_("CordonValidationResult", "Failed"),
};
CORDON_DEFINE_ENUM (CordonValidationResult, cordon_validation_result)

static const GEnumValue cordon_action_status_values[] = {
  V (CORDON_ACTION_STATUS_PLANNED, "planned"),
  V (CORDON_ACTION_STATUS_IN_PROGRESS, "in-progress"),
  V (CORDON_ACTION_STATUS_DONE, "done"),
  V (CORDON_ACTION_STATUS_FAILED, "failed"),
  V (CORDON_ACTION_STATUS_ROLLED_BACK, "rolled-back"),
  V (CORDON_ACTION_STATUS_WAIVED, "waived"),
  { 0, NULL, NULL }
};
static const char * const cordon_action_status_labels[] = {
  NC_("CordonActionStatus", "Planned"),
  NC_("CordonActionStatus", "In progress"),
  NC_("CordonActionStatus", "Done"),
  NC_("CordonActionStatus", "Failed"),
  NC_("CordonActionStatus", "Rolled back"),
  NC_("CordonActionStatus", "Waived"),
};
CORDON_DEFINE_ENUM (CordonActionStatus, cordon_action_status)

static const GEnumValue cordon_monitoring_target_values[] = {
  V (CORDON_MONITORING_TARGET_ATTACK_VECTOR, "attack-vector"),
  V (CORDON_MONITORING_TARGET_TARGETED_VICTIMS, "targeted-victims"),
  V (CORDON_MONITORING_TARGET_OUTBOUND_TRAFFIC, "outbound-traffic"),
  V (CORDON_MONITORING_TARGET_CUSTOM, "custom"),
  { 0, NULL, NULL }
};
static const char * const cordon_monitoring_target_labels[] = {
  NC_("CordonMonitoringTarget", "Attack vector"),
  NC_("CordonMonitoringTarget", "Targeted victims"),
  NC_("CordonMonitoringTarget", "Outbound traffic"),
  NC_("CordonMonitoringTarget", "Custom"),
};
CORDON_DEFINE_ENUM (CordonMonitoringTarget, cordon_monitoring_target)

static const GEnumValue cordon_monitoring_outcome_values[] = {
  V (CORDON_MONITORING_OUTCOME_PENDING, "pending"),
  V (CORDON_MONITORING_OUTCOME_EFFECTIVE, "effective"),
  V (CORDON_MONITORING_OUTCOME_RECURRENCE_SEEN, "recurrence-seen"),
  { 0, NULL, NULL }
};
static const char * const cordon_monitoring_outcome_labels[] = {
  NC_("CordonMonitoringOutcome", "Pending"),
  NC_("CordonMonitoringOutcome", "Effective"),
  NC_("CordonMonitoringOutcome", "Recurrence seen"),
};
CORDON_DEFINE_ENUM (CordonMonitoringOutcome, cordon_monitoring_outcome)

static const GEnumValue cordon_recovery_stage_values[] = {
  V (CORDON_RECOVERY_STAGE_PRE_RECOVERY, "pre-recovery"),
  V (CORDON_RECOVERY_STAGE_BACKUP, "backup"),
  V (CORDON_RECOVERY_STAGE_POST_RECOVERY, "post-recovery"),
  { 0, NULL, NULL }
};
static const char * const cordon_recovery_stage_labels[] = {
  NC_("CordonRecoveryStage", "Pre-recovery: forensic evidence"),
  NC_("CordonRecoveryStage", "Recovery from backup"),
  NC_("CordonRecoveryStage", "Post-recovery: remediation"),
};
CORDON_DEFINE_ENUM (CordonRecoveryStage, cordon_recovery_stage)

static const GEnumValue cordon_item_status_values[] = {
  V (CORDON_ITEM_STATUS_OPEN, "open"),
  V (CORDON_ITEM_STATUS_DONE, "done"),
  V (CORDON_ITEM_STATUS_NOT_APPLICABLE, "not-applicable"),
  { 0, NULL, NULL }
};
static const char * const cordon_item_status_labels[] = {
  NC_("CordonItemStatus", "Open"),
  NC_("CordonItemStatus", "Done"),
  NC_("CordonItemStatus", "Not applicable"),
};
CORDON_DEFINE_ENUM (CordonItemStatus, cordon_item_status)

static const GEnumValue cordon_restore_decision_values[] = {
  V (CORDON_RESTORE_DECISION_UNDECIDED, "undecided"),
  V (CORDON_RESTORE_DECISION_NONE, "none"),
  V (CORDON_RESTORE_DECISION_BUSINESS_CONTINUITY, "business-continuity"),
  V (CORDON_RESTORE_DECISION_DISASTER_RECOVERY, "disaster-recovery"),
  V (CORDON_RESTORE_DECISION_RESTORE, "restore"),
  { 0, NULL, NULL }
};
static const char * const cordon_restore_decision_labels[] = {
  NC_("CordonRestoreDecision", "Not decided"),
  NC_("CordonRestoreDecision", "No restore needed"),
  NC_("CordonRestoreDecision", "Business continuity"),
  NC_("CordonRestoreDecision", "Disaster recovery"),
  NC_("CordonRestoreDecision", "Restore from backup"),
};
CORDON_DEFINE_ENUM (CordonRestoreDecision, cordon_restore_decision)

static const GEnumValue cordon_closure_values[] = {
  V (CORDON_CLOSURE_RESOLVED, "resolved"),
  V (CORDON_CLOSURE_FALSE_POSITIVE, "false-positive"),
  V (CORDON_CLOSURE_DUPLICATE, "duplicate"),
  V (CORDON_CLOSURE_NOT_AN_INCIDENT, "not-an-incident"),
  { 0, NULL, NULL }
};
static const char * const cordon_closure_labels[] = {
  NC_("CordonClosure", "Resolved"),
  NC_("CordonClosure", "False positive"),
  NC_("CordonClosure", "Duplicate"),
  NC_("CordonClosure", "Not an incident"),
};
CORDON_DEFINE_ENUM (CordonClosure, cordon_closure)

static const GEnumValue cordon_evidence_kind_values[] = {
  V (CORDON_EVIDENCE_KIND_ELECTRONIC, "electronic"),
  V (CORDON_EVIDENCE_KIND_PHYSICAL, "physical"),
  { 0, NULL, NULL }
};
static const char * const cordon_evidence_kind_labels[] = {
  NC_("CordonEvidenceKind", "Electronic"),
  NC_("CordonEvidenceKind", "Physical"),
};
CORDON_DEFINE_ENUM (CordonEvidenceKind, cordon_evidence_kind)

static const GEnumValue cordon_evidence_check_result_values[] = {
  V (CORDON_EVIDENCE_CHECK_RESULT_MATCH, "match"),
  V (CORDON_EVIDENCE_CHECK_RESULT_MISMATCH, "mismatch"),
  { 0, NULL, NULL }
};
static const char * const cordon_evidence_check_result_labels[] = {
  NC_("CordonEvidenceCheckResult", "Hash matches"),
  NC_("CordonEvidenceCheckResult", "Hash does not match"),
};
CORDON_DEFINE_ENUM (CordonEvidenceCheckResult, cordon_evidence_check_result)

/* The focus areas, a flags type: ids and labels in the order of the bits */
static const GFlagsValue cordon_focus_area_values[] = {
  V (CORDON_FOCUS_AREA_PERIMETER, "perimeter"),
  V (CORDON_FOCUS_AREA_EXTENDED_PERIMETER, "extended-perimeter"),
  V (CORDON_FOCUS_AREA_INTERNAL_NETWORK, "internal-network"),
  V (CORDON_FOCUS_AREA_ENDPOINT, "endpoint"),
  { 0, NULL, NULL }
};
static const char * const cordon_focus_area_labels[] = {
  NC_("CordonFocusArea", "Perimeter"),
  NC_("CordonFocusArea", "Extended perimeter"),
  NC_("CordonFocusArea", "Internal network"),
  NC_("CordonFocusArea", "Endpoint"),
};

GType
cordon_focus_area_get_type (void)
{
  static gsize gtype = 0;

  if (g_once_init_enter (&gtype))
    {
      GType t = g_flags_register_static (g_intern_static_string ("CordonFocusArea"),
                                         cordon_focus_area_values);
      g_once_init_leave (&gtype, t);
    }

  return gtype;
}

static int
focus_area_index (CordonFocusArea flag)
{
  for (guint i = 0; cordon_focus_area_values[i].value_nick != NULL; i++)
    {
      if (cordon_focus_area_values[i].value == flag)
        return i;
    }

  return -1;
}

const char *
cordon_focus_area_to_id (CordonFocusArea flag)
{
  int i = focus_area_index (flag);

  g_return_val_if_fail (i >= 0, NULL);

  return cordon_focus_area_values[i].value_nick;
}

gboolean
cordon_focus_area_from_id (const char      *id,
                           CordonFocusArea *out_flag)
{
  if (id == NULL)
    return FALSE;

  for (guint i = 0; cordon_focus_area_values[i].value_nick != NULL; i++)
    {
      if (strcmp (cordon_focus_area_values[i].value_nick, id) == 0)
        {
          if (out_flag != NULL)
            *out_flag = cordon_focus_area_values[i].value;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
cordon_focus_area_to_label (CordonFocusArea flag)
{
  int i = focus_area_index (flag);

  g_return_val_if_fail (i >= 0, NULL);

  return g_dpgettext2 (GETTEXT_PACKAGE, "CordonFocusArea", cordon_focus_area_labels[i]);
}

char *
cordon_focus_area_to_string (CordonFocusArea areas)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; cordon_focus_area_values[i].value_nick != NULL; i++)
    {
      if ((areas & cordon_focus_area_values[i].value) == 0)
        continue;
      if (text->len > 0)
        g_string_append_c (text, ',');
      g_string_append (text, cordon_focus_area_values[i].value_nick);
    }

  return g_string_free (text, FALSE);
}

gboolean
cordon_focus_area_from_string (const char      *text,
                               CordonFocusArea *out_areas)
{
  g_auto(GStrv) ids = NULL;
  CordonFocusArea areas = 0;

  if (text == NULL)
    return FALSE;

  ids = g_strsplit (text, ",", -1);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      CordonFocusArea flag;

      g_strstrip (ids[i]);
      if (ids[i][0] == '\0' && ids[1] == NULL)
        break;
      if (!cordon_focus_area_from_id (ids[i], &flag))
        return FALSE;
      areas |= flag;
    }

  if (out_areas != NULL)
    *out_areas = areas;

  return TRUE;
}

#undef V
