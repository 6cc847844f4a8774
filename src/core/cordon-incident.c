/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-incident.c: an incident: its key, classification, phase, the people
 * engaged and the timestamps of its life.
 */

#define G_LOG_DOMAIN "cordon-incident"

#include "config.h"

#include <string.h>

#include "cordon-incident.h"
#include "cordon-time.h"

struct _CordonIncident
{
  GObject parent_instance;

  gint64 id;
  char *key;
  char *title;
  char *summary;
  char *category;
  char *severity;
  char *impact;
  CordonTlp tlp;
  char *lead;
  CordonPhase phase;
  char **groups;
  gboolean exercise;
  gint64 journal_count;
  char *journal_head;
  gint64 times[CORDON_N_INCIDENT_TIMES];
};

G_DEFINE_FINAL_TYPE (CordonIncident, cordon_incident, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KEY,
  PROP_TITLE,
  PROP_SUMMARY,
  PROP_CATEGORY,
  PROP_SEVERITY,
  PROP_IMPACT,
  PROP_TLP,
  PROP_LEAD,
  PROP_PHASE,
  PROP_GROUPS,
  PROP_EXERCISE,
  PROP_JOURNAL_COUNT,
  PROP_JOURNAL_HEAD,
  PROP_DETECTED,
  PROP_REPORTED,
  PROP_ACKNOWLEDGED,
  PROP_CLASSIFIED,
  PROP_ANALYSIS,
  PROP_CONTAINMENT,
  PROP_CONTAINED,
  PROP_RECOVERED,
  PROP_CLOSED,
  PROP_MANAGEMENT_ACTIVATED,
  PROP_CREATED,
  PROP_UPDATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

static void
cordon_incident_finalize (GObject *object)
{
  CordonIncident *self = (CordonIncident *)object;

  g_clear_pointer (&self->key, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->severity, g_free);
  g_clear_pointer (&self->impact, g_free);
  g_clear_pointer (&self->lead, g_free);
  g_clear_pointer (&self->groups, g_strfreev);
  g_clear_pointer (&self->journal_head, g_free);

  G_OBJECT_CLASS (cordon_incident_parent_class)->finalize (object);
}

static void
cordon_incident_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CordonIncident *self = CORDON_INCIDENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;

    case PROP_SEVERITY:
      g_value_set_string (value, self->severity);
      break;

    case PROP_IMPACT:
      g_value_set_string (value, self->impact);
      break;

    case PROP_TLP:
      g_value_set_enum (value, self->tlp);
      break;

    case PROP_LEAD:
      g_value_set_string (value, self->lead);
      break;

    case PROP_PHASE:
      g_value_set_enum (value, self->phase);
      break;

    case PROP_GROUPS:
      g_value_set_boxed (value, self->groups);
      break;

    case PROP_EXERCISE:
      g_value_set_boolean (value, self->exercise);
      break;

    case PROP_JOURNAL_COUNT:
      g_value_set_int64 (value, self->journal_count);
      break;

    case PROP_JOURNAL_HEAD:
      g_value_set_string (value, self->journal_head);
      break;

    case PROP_DETECTED:
      g_value_take_boxed (value, cordon_incident_dup_detected (self));
      break;

    case PROP_REPORTED:
      g_value_take_boxed (value, cordon_incident_dup_reported (self));
      break;

    case PROP_ACKNOWLEDGED:
      g_value_take_boxed (value, cordon_incident_dup_acknowledged (self));
      break;

    case PROP_CLASSIFIED:
      g_value_take_boxed (value, cordon_incident_dup_classified (self));
      break;

    case PROP_ANALYSIS:
      g_value_take_boxed (value, cordon_incident_dup_analysis (self));
      break;

    case PROP_CONTAINMENT:
      g_value_take_boxed (value, cordon_incident_dup_containment (self));
      break;

    case PROP_CONTAINED:
      g_value_take_boxed (value, cordon_incident_dup_contained (self));
      break;

    case PROP_RECOVERED:
      g_value_take_boxed (value, cordon_incident_dup_recovered (self));
      break;

    case PROP_CLOSED:
      g_value_take_boxed (value, cordon_incident_dup_closed (self));
      break;

    case PROP_MANAGEMENT_ACTIVATED:
      g_value_take_boxed (value, cordon_incident_dup_management_activated (self));
      break;

    case PROP_CREATED:
      g_value_take_boxed (value, cordon_incident_dup_created (self));
      break;

    case PROP_UPDATED:
      g_value_take_boxed (value, cordon_incident_dup_updated (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_incident_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CordonIncident *self = CORDON_INCIDENT (object);

  switch (prop_id)
    {
    case PROP_ID:
      cordon_incident_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_KEY:
      cordon_incident_set_key (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      cordon_incident_set_title (self, g_value_get_string (value));
      break;

    case PROP_SUMMARY:
      cordon_incident_set_summary (self, g_value_get_string (value));
      break;

    case PROP_CATEGORY:
      cordon_incident_set_category (self, g_value_get_string (value));
      break;

    case PROP_SEVERITY:
      cordon_incident_set_severity (self, g_value_get_string (value));
      break;

    case PROP_IMPACT:
      cordon_incident_set_impact (self, g_value_get_string (value));
      break;

    case PROP_TLP:
      cordon_incident_set_tlp (self, g_value_get_enum (value));
      break;

    case PROP_LEAD:
      cordon_incident_set_lead (self, g_value_get_string (value));
      break;

    case PROP_PHASE:
      cordon_incident_set_phase (self, g_value_get_enum (value));
      break;

    case PROP_GROUPS:
      cordon_incident_set_groups (self, g_value_get_boxed (value));
      break;

    case PROP_EXERCISE:
      cordon_incident_set_exercise (self, g_value_get_boolean (value));
      break;

    case PROP_JOURNAL_COUNT:
      cordon_incident_set_journal_count (self, g_value_get_int64 (value));
      break;

    case PROP_JOURNAL_HEAD:
      cordon_incident_set_journal_head (self, g_value_get_string (value));
      break;

    case PROP_DETECTED:
      cordon_incident_set_time (self, CORDON_INCIDENT_TIME_DETECTED, g_value_get_boxed (value));
      break;

    case PROP_REPORTED:
      cordon_incident_set_time (self, CORDON_INCIDENT_TIME_REPORTED, g_value_get_boxed (value));
      break;

    case PROP_ACKNOWLEDGED:
      cordon_incident_set_time (self, CORDON_INCIDENT_TIME_ACKNOWLEDGED, g_value_get_boxed (value));
      break;

    case PROP_CLASSIFIED:
      cordon_incident_set_time (self, CORDON_INCIDENT_TIME_CLASSIFIED, g_value_get_boxed (value));
      break;

    case PROP_ANALYSIS:
      cordon_incident_set_time (self, CORDON_INCIDENT_TIME_ANALYSIS, g_value_get_boxed (value));
      break;

    case PROP_CONTAINMENT:
      cordon_incident_set_time (self, CORDON_INCIDENT_TIME_CONTAINMENT, g_value_get_boxed (value));
      break;

    case PROP_CONTAINED:
      cordon_incident_set_time (self, CORDON_INCIDENT_TIME_CONTAINED, g_value_get_boxed (value));
      break;

    case PROP_RECOVERED:
      cordon_incident_set_time (self, CORDON_INCIDENT_TIME_RECOVERED, g_value_get_boxed (value));
      break;

    case PROP_CLOSED:
      cordon_incident_set_time (self, CORDON_INCIDENT_TIME_CLOSED, g_value_get_boxed (value));
      break;

    case PROP_MANAGEMENT_ACTIVATED:
      cordon_incident_set_time (self, CORDON_INCIDENT_TIME_MANAGEMENT_ACTIVATED, g_value_get_boxed (value));
      break;

    case PROP_CREATED:
      cordon_incident_set_time (self, CORDON_INCIDENT_TIME_CREATED, g_value_get_boxed (value));
      break;

    case PROP_UPDATED:
      cordon_incident_set_time (self, CORDON_INCIDENT_TIME_UPDATED, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_incident_class_init (CordonIncidentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_incident_finalize;
  object_class->get_property = cordon_incident_get_property;
  object_class->set_property = cordon_incident_set_property;

  /**
   * CordonIncident:id:
   *
   * the row id in the workspace; 0 until the object is stored
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:key:
   *
   * the human key, e.g. INC-2026-0042
   */
  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:title:
   *
   * a one-line title
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:summary:
   *
   * what happened, in a few sentences
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:category:
   *
   * taxonomy id of its category
   */
  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:severity:
   *
   * taxonomy id of its severity
   */
  properties[PROP_SEVERITY] =
    g_param_spec_string ("severity", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:impact:
   *
   * taxonomy id of its impact, or empty
   */
  properties[PROP_IMPACT] =
    g_param_spec_string ("impact", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:tlp:
   *
   * its Traffic Light Protocol marking (default amber)
   */
  properties[PROP_TLP] =
    g_param_spec_enum ("tlp", NULL, NULL,
                       CORDON_TYPE_TLP, CORDON_TLP_AMBER,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:lead:
   *
   * who leads the response
   */
  properties[PROP_LEAD] =
    g_param_spec_string ("lead", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:phase:
   *
   * where it is in its life
   */
  properties[PROP_PHASE] =
    g_param_spec_enum ("phase", NULL, NULL,
                       CORDON_TYPE_PHASE, CORDON_PHASE_DETECTED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:groups:
   *
   * slugs of the groups engaged, never %NULL
   */
  properties[PROP_GROUPS] =
    g_param_spec_boxed ("groups", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:exercise:
   *
   * whether it belongs to a tabletop exercise
   */
  properties[PROP_EXERCISE] =
    g_param_spec_boolean ("exercise", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:journal-count:
   *
   * number of entries in its journal
   */
  properties[PROP_JOURNAL_COUNT] =
    g_param_spec_int64 ("journal-count", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:journal-head:
   *
   * hash of its last journal entry, or %NULL while the journal is empty
   */
  properties[PROP_JOURNAL_HEAD] =
    g_param_spec_string ("journal-head", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:detected:
   *
   * when it was detected
   */
  properties[PROP_DETECTED] =
    g_param_spec_boxed ("detected", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:reported:
   *
   * when it was reported to the team
   */
  properties[PROP_REPORTED] =
    g_param_spec_boxed ("reported", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:acknowledged:
   *
   * when the team acknowledged it (stops the response SLA)
   */
  properties[PROP_ACKNOWLEDGED] =
    g_param_spec_boxed ("acknowledged", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:classified:
   *
   * when it was first classified
   */
  properties[PROP_CLASSIFIED] =
    g_param_spec_boxed ("classified", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:analysis:
   *
   * when analysis started
   */
  properties[PROP_ANALYSIS] =
    g_param_spec_boxed ("analysis", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:containment:
   *
   * when containment started
   */
  properties[PROP_CONTAINMENT] =
    g_param_spec_boxed ("containment", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:contained:
   *
   * when it was contained (containment left for recovery)
   */
  properties[PROP_CONTAINED] =
    g_param_spec_boxed ("contained", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:recovered:
   *
   * when recovery was done (stops the resolution SLA)
   */
  properties[PROP_RECOVERED] =
    g_param_spec_boxed ("recovered", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:closed:
   *
   * when it was closed
   */
  properties[PROP_CLOSED] =
    g_param_spec_boxed ("closed", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:management-activated:
   *
   * when the management group was activated
   */
  properties[PROP_MANAGEMENT_ACTIVATED] =
    g_param_spec_boxed ("management-activated", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:created:
   *
   * when it was stored
   */
  properties[PROP_CREATED] =
    g_param_spec_boxed ("created", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonIncident:updated:
   *
   * when it was last changed
   */
  properties[PROP_UPDATED] =
    g_param_spec_boxed ("updated", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_incident_init (CordonIncident *self)
{
  self->key = g_strdup ("");
  self->title = g_strdup ("");
  self->summary = g_strdup ("");
  self->category = g_strdup ("");
  self->severity = g_strdup ("");
  self->impact = g_strdup ("");
  self->tlp = CORDON_TLP_AMBER;
  self->lead = g_strdup ("");
  self->phase = CORDON_PHASE_DETECTED;
  self->groups = g_new0 (char *, 1);
}

/**
 * cordon_incident_new:
 *
 * Returns: (transfer full): a new, empty #CordonIncident
 */
CordonIncident *
cordon_incident_new (void)
{
  return g_object_new (CORDON_TYPE_INCIDENT, NULL);
}

gint64
cordon_incident_get_id (CordonIncident *self)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT (self), 0);

  return self->id;
}

void
cordon_incident_set_id (CordonIncident *self,
                        gint64          id)
{
  g_return_if_fail (CORDON_IS_INCIDENT (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
cordon_incident_get_key (CordonIncident *self)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT (self), NULL);

  return self->key;
}

void
cordon_incident_set_key (CordonIncident *self,
                         const char     *key)
{
  g_return_if_fail (CORDON_IS_INCIDENT (self));

  if (key == NULL)
    key = "";

  if (g_strcmp0 (self->key, key) == 0)
    return;

  g_free (self->key);
  self->key = g_strdup (key);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY]);
}

const char *
cordon_incident_get_title (CordonIncident *self)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT (self), NULL);

  return self->title;
}

void
cordon_incident_set_title (CordonIncident *self,
                           const char     *title)
{
  g_return_if_fail (CORDON_IS_INCIDENT (self));

  if (title == NULL)
    title = "";

  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
cordon_incident_get_summary (CordonIncident *self)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT (self), NULL);

  return self->summary;
}

void
cordon_incident_set_summary (CordonIncident *self,
                             const char     *summary)
{
  g_return_if_fail (CORDON_IS_INCIDENT (self));

  if (summary == NULL)
    summary = "";

  if (g_strcmp0 (self->summary, summary) == 0)
    return;

  g_free (self->summary);
  self->summary = g_strdup (summary);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

const char *
cordon_incident_get_category (CordonIncident *self)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT (self), NULL);

  return self->category;
}

void
cordon_incident_set_category (CordonIncident *self,
                              const char     *category)
{
  g_return_if_fail (CORDON_IS_INCIDENT (self));

  if (category == NULL)
    category = "";

  if (g_strcmp0 (self->category, category) == 0)
    return;

  g_free (self->category);
  self->category = g_strdup (category);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CATEGORY]);
}

const char *
cordon_incident_get_severity (CordonIncident *self)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT (self), NULL);

  return self->severity;
}

void
cordon_incident_set_severity (CordonIncident *self,
                              const char     *severity)
{
  g_return_if_fail (CORDON_IS_INCIDENT (self));

  if (severity == NULL)
    severity = "";

  if (g_strcmp0 (self->severity, severity) == 0)
    return;

  g_free (self->severity);
  self->severity = g_strdup (severity);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEVERITY]);
}

const char *
cordon_incident_get_impact (CordonIncident *self)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT (self), NULL);

  return self->impact;
}

void
cordon_incident_set_impact (CordonIncident *self,
                            const char     *impact)
{
  g_return_if_fail (CORDON_IS_INCIDENT (self));

  if (impact == NULL)
    impact = "";

  if (g_strcmp0 (self->impact, impact) == 0)
    return;

  g_free (self->impact);
  self->impact = g_strdup (impact);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPACT]);
}

CordonTlp
cordon_incident_get_tlp (CordonIncident *self)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT (self), CORDON_TLP_AMBER);

  return self->tlp;
}

void
cordon_incident_set_tlp (CordonIncident *self,
                         CordonTlp       tlp)
{
  g_return_if_fail (CORDON_IS_INCIDENT (self));

  if (self->tlp == tlp)
    return;

  self->tlp = tlp;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TLP]);
}

const char *
cordon_incident_get_lead (CordonIncident *self)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT (self), NULL);

  return self->lead;
}

void
cordon_incident_set_lead (CordonIncident *self,
                          const char     *lead)
{
  g_return_if_fail (CORDON_IS_INCIDENT (self));

  if (lead == NULL)
    lead = "";

  if (g_strcmp0 (self->lead, lead) == 0)
    return;

  g_free (self->lead);
  self->lead = g_strdup (lead);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEAD]);
}

CordonPhase
cordon_incident_get_phase (CordonIncident *self)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT (self), CORDON_PHASE_DETECTED);

  return self->phase;
}

void
cordon_incident_set_phase (CordonIncident *self,
                           CordonPhase     phase)
{
  g_return_if_fail (CORDON_IS_INCIDENT (self));

  if (self->phase == phase)
    return;

  self->phase = phase;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHASE]);
}

const char * const *
cordon_incident_get_groups (CordonIncident *self)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT (self), NULL);

  return (const char * const *) self->groups;
}

void
cordon_incident_set_groups (CordonIncident     *self,
                            const char * const *groups)
{
  g_return_if_fail (CORDON_IS_INCIDENT (self));

  if (groups == NULL)
    groups = empty_strv;

  if (g_strv_equal ((const char * const *) self->groups, groups))
    return;

  g_strfreev (self->groups);
  self->groups = g_strdupv ((char **) groups);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUPS]);
}

gboolean
cordon_incident_get_exercise (CordonIncident *self)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT (self), FALSE);

  return self->exercise;
}

void
cordon_incident_set_exercise (CordonIncident *self,
                              gboolean        exercise)
{
  g_return_if_fail (CORDON_IS_INCIDENT (self));

  exercise = !!exercise;

  if (self->exercise == exercise)
    return;

  self->exercise = exercise;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
}

gint64
cordon_incident_get_journal_count (CordonIncident *self)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT (self), 0);

  return self->journal_count;
}

void
cordon_incident_set_journal_count (CordonIncident *self,
                                   gint64          journal_count)
{
  g_return_if_fail (CORDON_IS_INCIDENT (self));
  g_return_if_fail (journal_count >= 0);

  if (self->journal_count == journal_count)
    return;

  self->journal_count = journal_count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL_COUNT]);
}

const char *
cordon_incident_get_journal_head (CordonIncident *self)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT (self), NULL);

  return self->journal_head;
}

void
cordon_incident_set_journal_head (CordonIncident *self,
                                  const char     *journal_head)
{
  g_return_if_fail (CORDON_IS_INCIDENT (self));

  if (g_strcmp0 (self->journal_head, journal_head) == 0)
    return;

  g_free (self->journal_head);
  self->journal_head = g_strdup (journal_head);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL_HEAD]);
}

GDateTime *
cordon_incident_dup_detected (CordonIncident *self)
{
  return cordon_incident_dup_time (self, CORDON_INCIDENT_TIME_DETECTED);
}

GDateTime *
cordon_incident_dup_reported (CordonIncident *self)
{
  return cordon_incident_dup_time (self, CORDON_INCIDENT_TIME_REPORTED);
}

GDateTime *
cordon_incident_dup_acknowledged (CordonIncident *self)
{
  return cordon_incident_dup_time (self, CORDON_INCIDENT_TIME_ACKNOWLEDGED);
}

GDateTime *
cordon_incident_dup_classified (CordonIncident *self)
{
  return cordon_incident_dup_time (self, CORDON_INCIDENT_TIME_CLASSIFIED);
}

GDateTime *
cordon_incident_dup_analysis (CordonIncident *self)
{
  return cordon_incident_dup_time (self, CORDON_INCIDENT_TIME_ANALYSIS);
}

GDateTime *
cordon_incident_dup_containment (CordonIncident *self)
{
  return cordon_incident_dup_time (self, CORDON_INCIDENT_TIME_CONTAINMENT);
}

GDateTime *
cordon_incident_dup_contained (CordonIncident *self)
{
  return cordon_incident_dup_time (self, CORDON_INCIDENT_TIME_CONTAINED);
}

GDateTime *
cordon_incident_dup_recovered (CordonIncident *self)
{
  return cordon_incident_dup_time (self, CORDON_INCIDENT_TIME_RECOVERED);
}

GDateTime *
cordon_incident_dup_closed (CordonIncident *self)
{
  return cordon_incident_dup_time (self, CORDON_INCIDENT_TIME_CLOSED);
}

GDateTime *
cordon_incident_dup_management_activated (CordonIncident *self)
{
  return cordon_incident_dup_time (self, CORDON_INCIDENT_TIME_MANAGEMENT_ACTIVATED);
}

GDateTime *
cordon_incident_dup_created (CordonIncident *self)
{
  return cordon_incident_dup_time (self, CORDON_INCIDENT_TIME_CREATED);
}

GDateTime *
cordon_incident_dup_updated (CordonIncident *self)
{
  return cordon_incident_dup_time (self, CORDON_INCIDENT_TIME_UPDATED);
}

gint64
cordon_incident_get_time (CordonIncident     *self,
                          CordonIncidentTime  which)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT (self), 0);
  g_return_val_if_fail ((guint) which < CORDON_N_INCIDENT_TIMES, 0);

  return self->times[which];
}

void
cordon_incident_set_time_usec (CordonIncident     *self,
                               CordonIncidentTime  which,
                               gint64              usec)
{
  g_return_if_fail (CORDON_IS_INCIDENT (self));
  g_return_if_fail ((guint) which < CORDON_N_INCIDENT_TIMES);

  if (self->times[which] == usec)
    return;

  self->times[which] = usec;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETECTED + which]);
}

GDateTime *
cordon_incident_dup_time (CordonIncident     *self,
                          CordonIncidentTime  which)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT (self), NULL);
  g_return_val_if_fail ((guint) which < CORDON_N_INCIDENT_TIMES, NULL);

  if (self->times[which] == 0)
    return NULL;

  return cordon_time_to_date_time (self->times[which]);
}

void
cordon_incident_set_time (CordonIncident     *self,
                          CordonIncidentTime  which,
                          GDateTime          *time)
{
  cordon_incident_set_time_usec (self, which, time != NULL ? cordon_time_from_date_time (time) : 0);
}

gboolean
cordon_incident_has_group (CordonIncident *self,
                           const char     *slug)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT (self), FALSE);
  g_return_val_if_fail (slug != NULL, FALSE);

  return g_strv_contains ((const char * const *) self->groups, slug);
}

gboolean
cordon_incident_is_open (CordonIncident *self)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT (self), FALSE);

  return self->phase != CORDON_PHASE_CLOSED;
}

gboolean
cordon_incident_is_valid_key (const char *key,
                              int        *out_year,
                              gint64     *out_number)
{
  gsize len;
  gint64 number = 0;
  int year = 0;

  if (key == NULL || !g_str_has_prefix (key, "INC-"))
    return FALSE;

  len = strlen (key);
  if (len < 13 || len > 22 || key[8] != '-')
    return FALSE;

  for (gsize i = 4; i < 8; i++)
    {
      if (!g_ascii_isdigit (key[i]))
        return FALSE;
      year = year * 10 + (key[i] - '0');
    }

  for (gsize i = 9; i < len; i++)
    {
      if (!g_ascii_isdigit (key[i]))
        return FALSE;
      number = number * 10 + (key[i] - '0');
    }

  /* One spelling per number: no padding beyond 4 digits */
  if (len > 13 && key[9] == '0')
    return FALSE;

  if (number == 0)
    return FALSE;

  if (out_year != NULL)
    *out_year = year;
  if (out_number != NULL)
    *out_number = number;

  return TRUE;
}

char *
cordon_incident_format_key (int    year,
                            gint64 number)
{
  return g_strdup_printf ("INC-%04d-%04" G_GINT64_FORMAT, year, number);
}
