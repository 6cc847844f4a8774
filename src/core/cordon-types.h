/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-types.h: forward declarations of every core type, and the
 * enumerations of the domain. Each enumeration is a registered GEnum whose
 * value nicks are the stable ids that the database, the file formats and
 * the command line use; the labels are translatable and only for display.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _CordonClock           CordonClock;
typedef struct _CordonExerciseClock   CordonExerciseClock;
typedef struct _CordonFact            CordonFact;
typedef struct _CordonGroup           CordonGroup;
typedef struct _CordonIncident        CordonIncident;
typedef struct _CordonJournalEntry    CordonJournalEntry;
typedef struct _CordonManualClock     CordonManualClock;
typedef struct _CordonMember          CordonMember;
typedef struct _CordonMonitoringCheck CordonMonitoringCheck;
typedef struct _CordonPlanAction      CordonPlanAction;
typedef struct _CordonProtocol        CordonProtocol;
typedef struct _CordonQuestion        CordonQuestion;
typedef struct _CordonSlaCalendar     CordonSlaCalendar;
typedef struct _CordonSlaPolicy       CordonSlaPolicy;
typedef struct _CordonStrategy        CordonStrategy;
typedef struct _CordonSystemClock     CordonSystemClock;
typedef struct _CordonTask            CordonTask;
typedef struct _CordonTaxonomy        CordonTaxonomy;
typedef struct _CordonTaxonomyEntry   CordonTaxonomyEntry;
typedef struct _CordonValidation      CordonValidation;

/**
 * CordonPhase:
 *
 * The phases an incident moves through (see cordon-lifecycle.h for the
 * moves that are allowed). Ids: `detected`, `classified`, `analysis`,
 * `containment`, `recovery`, `lessons-learned`, `closed`.
 */
typedef enum
{
  CORDON_PHASE_DETECTED,
  CORDON_PHASE_CLASSIFIED,
  CORDON_PHASE_ANALYSIS,
  CORDON_PHASE_CONTAINMENT,
  CORDON_PHASE_RECOVERY,
  CORDON_PHASE_LESSONS_LEARNED,
  CORDON_PHASE_CLOSED,
} CordonPhase;

/**
 * CordonTlp:
 *
 * Traffic Light Protocol 2.0 markings. Ids: `clear`, `green`, `amber`,
 * `amber+strict`, `red`.
 */
typedef enum
{
  CORDON_TLP_CLEAR,
  CORDON_TLP_GREEN,
  CORDON_TLP_AMBER,
  CORDON_TLP_AMBER_STRICT,
  CORDON_TLP_RED,
} CordonTlp;

/**
 * CordonJournalKind:
 *
 * What a journal entry records. Ids: `note`, `status-update`, `decision`,
 * `communication`, `classification-change`, `phase-change`, `sla-event`,
 * `evidence` (an evidence item recorded or its file re-verified) and
 * `custody` (a custody transfer) and `details-change` (the title or lead
 * changed; the payload names each with its old and new value, e.g.
 * `{"title":{"from":"…","to":"…"}}`). Evidence and custody entries carry
 * the full record in their payload, so the hash chain covers the register.
 */
typedef enum
{
  CORDON_JOURNAL_KIND_NOTE,
  CORDON_JOURNAL_KIND_STATUS_UPDATE,
  CORDON_JOURNAL_KIND_DECISION,
  CORDON_JOURNAL_KIND_COMMUNICATION,
  CORDON_JOURNAL_KIND_CLASSIFICATION_CHANGE,
  CORDON_JOURNAL_KIND_PHASE_CHANGE,
  CORDON_JOURNAL_KIND_SLA_EVENT,
  CORDON_JOURNAL_KIND_EVIDENCE,
  CORDON_JOURNAL_KIND_CUSTODY,
  CORDON_JOURNAL_KIND_DETAILS_CHANGE,
} CordonJournalKind;

/**
 * CordonFactKind:
 *
 * The type of an observable ("what we know"). Ids: `user`, `host`, `ip`,
 * `domain`, `url`, `hash`, `email`, `file`, `log`, `signature`, `other`.
 */
typedef enum
{
  CORDON_FACT_KIND_USER,
  CORDON_FACT_KIND_HOST,
  CORDON_FACT_KIND_IP,
  CORDON_FACT_KIND_DOMAIN,
  CORDON_FACT_KIND_URL,
  CORDON_FACT_KIND_HASH,
  CORDON_FACT_KIND_EMAIL,
  CORDON_FACT_KIND_FILE,
  CORDON_FACT_KIND_LOG,
  CORDON_FACT_KIND_SIGNATURE,
  CORDON_FACT_KIND_OTHER,
} CordonFactKind;

/**
 * CordonQuestionStatus:
 *
 * Ids: `open`, `in-progress`, `answered`, `dropped`.
 */
typedef enum
{
  CORDON_QUESTION_STATUS_OPEN,
  CORDON_QUESTION_STATUS_IN_PROGRESS,
  CORDON_QUESTION_STATUS_ANSWERED,
  CORDON_QUESTION_STATUS_DROPPED,
} CordonQuestionStatus;

/**
 * CordonTaskStatus:
 *
 * Ids: `todo`, `in-progress`, `done`, `cancelled`.
 */
typedef enum
{
  CORDON_TASK_STATUS_TODO,
  CORDON_TASK_STATUS_IN_PROGRESS,
  CORDON_TASK_STATUS_DONE,
  CORDON_TASK_STATUS_CANCELLED,
} CordonTaskStatus;

/**
 * CordonGroupKind:
 *
 * Ids: `responder`, `resolver`, `management`, `external-communication`.
 */
typedef enum
{
  CORDON_GROUP_KIND_RESPONDER,
  CORDON_GROUP_KIND_RESOLVER,
  CORDON_GROUP_KIND_MANAGEMENT,
  CORDON_GROUP_KIND_EXTERNAL_COMMUNICATION,
} CordonGroupKind;

/**
 * CordonChannel:
 *
 * How a communication protocol reaches its group. Ids: `email`, `phone`,
 * `sms`, `ticket`, `report`, `encrypted-line`.
 */
typedef enum
{
  CORDON_CHANNEL_EMAIL,
  CORDON_CHANNEL_PHONE,
  CORDON_CHANNEL_SMS,
  CORDON_CHANNEL_TICKET,
  CORDON_CHANNEL_REPORT,
  CORDON_CHANNEL_ENCRYPTED_LINE,
} CordonChannel;

/**
 * CordonContactPriority:
 *
 * Whether a group member is its primary or secondary contact. Ids: `none`,
 * `primary`, `secondary`.
 */
typedef enum
{
  CORDON_CONTACT_PRIORITY_NONE,
  CORDON_CONTACT_PRIORITY_PRIMARY,
  CORDON_CONTACT_PRIORITY_SECONDARY,
} CordonContactPriority;

/**
 * CordonTaxonomyKind:
 *
 * The three lists of a taxonomy. Ids: `category`, `severity`, `impact`.
 */
typedef enum
{
  CORDON_TAXONOMY_KIND_CATEGORY,
  CORDON_TAXONOMY_KIND_SEVERITY,
  CORDON_TAXONOMY_KIND_IMPACT,
} CordonTaxonomyKind;

/**
 * CordonIncidentTime:
 *
 * The timestamps an incident carries. Ids: `detected`, `reported`,
 * `acknowledged`, `classified`, `analysis`, `containment`, `contained`,
 * `recovered`, `closed`, `management-activated`, `created`, `updated`.
 *
 * `detected` and `reported` are given by the lead. The workspace sets
 * the others: `acknowledged` on the first move out of detected (unless
 * the lead set it), `classified`, `analysis` and `containment` when the
 * incident first enters that phase, `contained` when it leaves containment
 * for recovery, `recovered` when it leaves recovery for the lessons-learned
 * review, `closed` when it is closed (cleared again when it is reopened),
 * `management-activated` when the management group is engaged, and
 * `created` / `updated` on every write.
 */
typedef enum
{
  CORDON_INCIDENT_TIME_DETECTED,
  CORDON_INCIDENT_TIME_REPORTED,
  CORDON_INCIDENT_TIME_ACKNOWLEDGED,
  CORDON_INCIDENT_TIME_CLASSIFIED,
  CORDON_INCIDENT_TIME_ANALYSIS,
  CORDON_INCIDENT_TIME_CONTAINMENT,
  CORDON_INCIDENT_TIME_CONTAINED,
  CORDON_INCIDENT_TIME_RECOVERED,
  CORDON_INCIDENT_TIME_CLOSED,
  CORDON_INCIDENT_TIME_MANAGEMENT_ACTIVATED,
  CORDON_INCIDENT_TIME_CREATED,
  CORDON_INCIDENT_TIME_UPDATED,
} CordonIncidentTime;

#define CORDON_N_INCIDENT_TIMES (CORDON_INCIDENT_TIME_UPDATED + 1)

/**
 * CordonSlaKind:
 *
 * The deadlines an SLA policy sets on an open incident. Ids: `response`
 * (detected → acknowledged), `resolution` (detected → recovered or
 * closed), `first-update` (acknowledged → first update sent),
 * `next-update` (last update sent → the next one).
 */
typedef enum
{
  CORDON_SLA_KIND_RESPONSE,
  CORDON_SLA_KIND_RESOLUTION,
  CORDON_SLA_KIND_FIRST_UPDATE,
  CORDON_SLA_KIND_NEXT_UPDATE,
} CordonSlaKind;

#define CORDON_N_SLA_KINDS (CORDON_SLA_KIND_NEXT_UPDATE + 1)

/**
 * CordonSlaState:
 *
 * Where a deadline stands. Ids: `pending`, `warning` (past the policy's
 * warning threshold), `breached` (past due; stays so once met late),
 * `met` (met in time), `paused` (the SLA is paused).
 */
typedef enum
{
  CORDON_SLA_STATE_PENDING,
  CORDON_SLA_STATE_WARNING,
  CORDON_SLA_STATE_BREACHED,
  CORDON_SLA_STATE_MET,
  CORDON_SLA_STATE_PAUSED,
} CordonSlaState;

/**
 * CordonContainmentTerm:
 *
 * Whether a containment strategy stops the damage now (short-term: pull
 * the plug, block the MAC, disable the user) or keeps the incident from
 * recurring elsewhere until it is remediated (long-term). Ids:
 * `short-term`, `long-term`.
 */
typedef enum
{
  CORDON_CONTAINMENT_TERM_SHORT,
  CORDON_CONTAINMENT_TERM_LONG,
} CordonContainmentTerm;

/**
 * CordonValidationMethod:
 *
 * How a strategy was validated. Ids: `tabletop`, `simulation`, `test-run`.
 */
typedef enum
{
  CORDON_VALIDATION_METHOD_TABLETOP,
  CORDON_VALIDATION_METHOD_SIMULATION,
  CORDON_VALIDATION_METHOD_TEST_RUN,
} CordonValidationMethod;

/**
 * CordonValidationResult:
 *
 * Ids: `effective`, `partly`, `failed`.
 */
typedef enum
{
  CORDON_VALIDATION_RESULT_EFFECTIVE,
  CORDON_VALIDATION_RESULT_PARTLY,
  CORDON_VALIDATION_RESULT_FAILED,
} CordonValidationResult;

/**
 * CordonActionStatus:
 *
 * Where an action of a containment plan stands. Ids: `planned`,
 * `in-progress`, `done`, `failed`, `rolled-back`, `waived` (the lead
 * decided not to carry it out, and said why).
 */
typedef enum
{
  CORDON_ACTION_STATUS_PLANNED,
  CORDON_ACTION_STATUS_IN_PROGRESS,
  CORDON_ACTION_STATUS_DONE,
  CORDON_ACTION_STATUS_FAILED,
  CORDON_ACTION_STATUS_ROLLED_BACK,
  CORDON_ACTION_STATUS_WAIVED,
} CordonActionStatus;

/**
 * CordonMonitoringTarget:
 *
 * What is watched to see whether a containment action worked. Ids:
 * `attack-vector`, `targeted-victims`, `outbound-traffic`, `custom`.
 */
typedef enum
{
  CORDON_MONITORING_TARGET_ATTACK_VECTOR,
  CORDON_MONITORING_TARGET_TARGETED_VICTIMS,
  CORDON_MONITORING_TARGET_OUTBOUND_TRAFFIC,
  CORDON_MONITORING_TARGET_CUSTOM,
} CordonMonitoringTarget;

/**
 * CordonMonitoringOutcome:
 *
 * Ids: `pending`, `effective`, `recurrence-seen`.
 */
typedef enum
{
  CORDON_MONITORING_OUTCOME_PENDING,
  CORDON_MONITORING_OUTCOME_EFFECTIVE,
  CORDON_MONITORING_OUTCOME_RECURRENCE_SEEN,
} CordonMonitoringOutcome;

/**
 * CordonRecoveryStage:
 *
 * The three stages of recovery, in order. Ids: `pre-recovery` (forensic
 * evidence), `backup` (recovery from backup), `post-recovery`
 * (remediation).
 */
typedef enum
{
  CORDON_RECOVERY_STAGE_PRE_RECOVERY,
  CORDON_RECOVERY_STAGE_BACKUP,
  CORDON_RECOVERY_STAGE_POST_RECOVERY,
} CordonRecoveryStage;

/**
 * CordonItemStatus:
 *
 * Where an item of the recovery checklist stands. Ids: `open`, `done`,
 * `not-applicable` (set aside, with a reason).
 */
typedef enum
{
  CORDON_ITEM_STATUS_OPEN,
  CORDON_ITEM_STATUS_DONE,
  CORDON_ITEM_STATUS_NOT_APPLICABLE,
} CordonItemStatus;

/**
 * CordonRestoreDecision:
 *
 * What the team decided about recovering from backup. Ids: `undecided`,
 * `none` (no restore needed), `business-continuity`, `disaster-recovery`,
 * `restore` (restore from backup).
 */
typedef enum
{
  CORDON_RESTORE_DECISION_UNDECIDED,
  CORDON_RESTORE_DECISION_NONE,
  CORDON_RESTORE_DECISION_BUSINESS_CONTINUITY,
  CORDON_RESTORE_DECISION_DISASTER_RECOVERY,
  CORDON_RESTORE_DECISION_RESTORE,
} CordonRestoreDecision;

/**
 * CordonClosure:
 *
 * How an incident ended. Ids: `resolved` (handled to its end, through
 * lessons learned), `false-positive` (the alert was wrong), `duplicate`
 * (merged into another incident that carries on) and `not-an-incident`
 * (real, but no security incident). Only resolved incidents count in
 * response times and SLA compliance.
 */
typedef enum
{
  CORDON_CLOSURE_RESOLVED,
  CORDON_CLOSURE_FALSE_POSITIVE,
  CORDON_CLOSURE_DUPLICATE,
  CORDON_CLOSURE_NOT_AN_INCIDENT,
} CordonClosure;

/**
 * CordonEvidenceKind:
 *
 * What an evidence item is. Ids: `electronic` (a file, hashed),
 * `physical` (an object).
 */
typedef enum
{
  CORDON_EVIDENCE_KIND_ELECTRONIC,
  CORDON_EVIDENCE_KIND_PHYSICAL,
} CordonEvidenceKind;

/**
 * CordonEvidenceCheckResult:
 *
 * What re-hashing an evidence file found. Ids: `match`, `mismatch`.
 */
typedef enum
{
  CORDON_EVIDENCE_CHECK_RESULT_MATCH,
  CORDON_EVIDENCE_CHECK_RESULT_MISMATCH,
} CordonEvidenceCheckResult;

/**
 * CordonFocusArea:
 *
 * Where in the infrastructure a containment strategy acts; a strategy may
 * act in several. A flags type: each flag has a stable id (`perimeter`,
 * `extended-perimeter`, `internal-network`, `endpoint`), and a set of
 * flags is written as its ids joined by commas, in this order.
 */
typedef enum /*< flags >*/
{
  CORDON_FOCUS_AREA_PERIMETER          = 1 << 0,
  CORDON_FOCUS_AREA_EXTENDED_PERIMETER = 1 << 1,
  CORDON_FOCUS_AREA_INTERNAL_NETWORK   = 1 << 2,
  CORDON_FOCUS_AREA_ENDPOINT           = 1 << 3,
} CordonFocusArea;

#define CORDON_FOCUS_AREA_ALL (CORDON_FOCUS_AREA_PERIMETER | CORDON_FOCUS_AREA_EXTENDED_PERIMETER | \
                               CORDON_FOCUS_AREA_INTERNAL_NETWORK | CORDON_FOCUS_AREA_ENDPOINT)

/*
 * For every enumeration above, cordon-types.c defines:
 *
 *   GType       cordon_<enum>_get_type (void);
 *   const char *cordon_<enum>_to_id    (value);           the stable id
 *   gboolean    cordon_<enum>_from_id  (const char *id,   FALSE if @id is
 *                                       value *out);      unknown or NULL
 *   const char *cordon_<enum>_to_label (value);           translated label
 */
#define CORDON_DECLARE_ENUM(TypeName, type_name, TYPE_NAME)                   \
  GType       type_name##_get_type (void) G_GNUC_CONST;                       \
  const char *type_name##_to_id    (TypeName    value);                       \
  gboolean    type_name##_from_id  (const char *id,                           \
                                    TypeName   *out_value);                   \
  const char *type_name##_to_label (TypeName    value);

#define CORDON_TYPE_PHASE               (cordon_phase_get_type ())
#define CORDON_TYPE_TLP                 (cordon_tlp_get_type ())
#define CORDON_TYPE_JOURNAL_KIND        (cordon_journal_kind_get_type ())
#define CORDON_TYPE_FACT_KIND           (cordon_fact_kind_get_type ())
#define CORDON_TYPE_QUESTION_STATUS     (cordon_question_status_get_type ())
#define CORDON_TYPE_TASK_STATUS         (cordon_task_status_get_type ())
#define CORDON_TYPE_GROUP_KIND          (cordon_group_kind_get_type ())
#define CORDON_TYPE_CHANNEL             (cordon_channel_get_type ())
#define CORDON_TYPE_CONTACT_PRIORITY    (cordon_contact_priority_get_type ())
#define CORDON_TYPE_TAXONOMY_KIND       (cordon_taxonomy_kind_get_type ())
#define CORDON_TYPE_INCIDENT_TIME       (cordon_incident_time_get_type ())
#define CORDON_TYPE_SLA_KIND            (cordon_sla_kind_get_type ())
#define CORDON_TYPE_SLA_STATE           (cordon_sla_state_get_type ())
#define CORDON_TYPE_CONTAINMENT_TERM    (cordon_containment_term_get_type ())
#define CORDON_TYPE_VALIDATION_METHOD   (cordon_validation_method_get_type ())
#define CORDON_TYPE_VALIDATION_RESULT   (cordon_validation_result_get_type ())
#define CORDON_TYPE_ACTION_STATUS       (cordon_action_status_get_type ())
#define CORDON_TYPE_MONITORING_TARGET   (cordon_monitoring_target_get_type ())
#define CORDON_TYPE_MONITORING_OUTCOME  (cordon_monitoring_outcome_get_type ())
#define CORDON_TYPE_EVIDENCE_KIND     (cordon_evidence_kind_get_type ())
#define CORDON_TYPE_EVIDENCE_CHECK_RESULT (cordon_evidence_check_result_get_type ())
#define CORDON_TYPE_FOCUS_AREA          (cordon_focus_area_get_type ())
#define CORDON_TYPE_RECOVERY_STAGE      (cordon_recovery_stage_get_type ())
#define CORDON_TYPE_ITEM_STATUS         (cordon_item_status_get_type ())
#define CORDON_TYPE_RESTORE_DECISION    (cordon_restore_decision_get_type ())
#define CORDON_TYPE_CLOSURE             (cordon_closure_get_type ())

CORDON_DECLARE_ENUM (CordonPhase, cordon_phase, CORDON_PHASE)
CORDON_DECLARE_ENUM (CordonTlp, cordon_tlp, CORDON_TLP)
CORDON_DECLARE_ENUM (CordonJournalKind, cordon_journal_kind, CORDON_JOURNAL_KIND)
CORDON_DECLARE_ENUM (CordonFactKind, cordon_fact_kind, CORDON_FACT_KIND)
CORDON_DECLARE_ENUM (CordonQuestionStatus, cordon_question_status, CORDON_QUESTION_STATUS)
CORDON_DECLARE_ENUM (CordonTaskStatus, cordon_task_status, CORDON_TASK_STATUS)
CORDON_DECLARE_ENUM (CordonGroupKind, cordon_group_kind, CORDON_GROUP_KIND)
CORDON_DECLARE_ENUM (CordonChannel, cordon_channel, CORDON_CHANNEL)
CORDON_DECLARE_ENUM (CordonContactPriority, cordon_contact_priority, CORDON_CONTACT_PRIORITY)
CORDON_DECLARE_ENUM (CordonTaxonomyKind, cordon_taxonomy_kind, CORDON_TAXONOMY_KIND)
CORDON_DECLARE_ENUM (CordonIncidentTime, cordon_incident_time, CORDON_INCIDENT_TIME)
CORDON_DECLARE_ENUM (CordonSlaKind, cordon_sla_kind, CORDON_SLA_KIND)
CORDON_DECLARE_ENUM (CordonSlaState, cordon_sla_state, CORDON_SLA_STATE)
CORDON_DECLARE_ENUM (CordonContainmentTerm, cordon_containment_term, CORDON_CONTAINMENT_TERM)
CORDON_DECLARE_ENUM (CordonValidationMethod, cordon_validation_method, CORDON_VALIDATION_METHOD)
CORDON_DECLARE_ENUM (CordonValidationResult, cordon_validation_result, CORDON_VALIDATION_RESULT)
CORDON_DECLARE_ENUM (CordonActionStatus, cordon_action_status, CORDON_ACTION_STATUS)
CORDON_DECLARE_ENUM (CordonMonitoringTarget, cordon_monitoring_target, CORDON_MONITORING_TARGET)
CORDON_DECLARE_ENUM (CordonMonitoringOutcome, cordon_monitoring_outcome, CORDON_MONITORING_OUTCOME)
CORDON_DECLARE_ENUM (CordonRecoveryStage, cordon_recovery_stage, CORDON_RECOVERY_STAGE)
CORDON_DECLARE_ENUM (CordonItemStatus, cordon_item_status, CORDON_ITEM_STATUS)
CORDON_DECLARE_ENUM (CordonRestoreDecision, cordon_restore_decision, CORDON_RESTORE_DECISION)
CORDON_DECLARE_ENUM (CordonClosure, cordon_closure, CORDON_CLOSURE)
CORDON_DECLARE_ENUM (CordonEvidenceKind, cordon_evidence_kind, CORDON_EVIDENCE_KIND)
CORDON_DECLARE_ENUM (CordonEvidenceCheckResult, cordon_evidence_check_result, CORDON_EVIDENCE_CHECK_RESULT)

/*
 * The focus areas are flags: to_id() and to_label() take one flag,
 * to_string() a set (ids joined by commas, "" for none), from_string()
 * reads such a list back and fails on an unknown id.
 */
GType       cordon_focus_area_get_type    (void) G_GNUC_CONST;
const char *cordon_focus_area_to_id       (CordonFocusArea  flag);
gboolean    cordon_focus_area_from_id     (const char      *id,
                                           CordonFocusArea *out_flag);
const char *cordon_focus_area_to_label    (CordonFocusArea  flag);
char       *cordon_focus_area_to_string   (CordonFocusArea  areas);
gboolean    cordon_focus_area_from_string (const char      *text,
                                           CordonFocusArea *out_areas);

G_END_DECLS
