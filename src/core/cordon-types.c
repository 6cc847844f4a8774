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

#undef V
