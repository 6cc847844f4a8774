/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-checklist.c: the rules of the recovery checklist and the
 * per-incident metrics. No storage: the workspace and the widgets ask
 * here and show what they are told.
 */

#define G_LOG_DOMAIN "cordon-checklist"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-checklist.h"
#include "cordon-sla.h"
#include "cordon-time.h"

G_DEFINE_QUARK (cordon-checklist-error-quark, cordon_checklist_error)

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isspace (*p))
        return FALSE;
    }

  return TRUE;
}

gboolean
cordon_checklist_is_item_settled (CordonRecoveryItem *item)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY_ITEM (item), FALSE);

  switch (cordon_recovery_item_get_status (item))
    {
    case CORDON_ITEM_STATUS_DONE:
      return TRUE;

    case CORDON_ITEM_STATUS_NOT_APPLICABLE:
      return !is_blank (cordon_recovery_item_get_reason (item));

    case CORDON_ITEM_STATUS_OPEN:
    default:
      return FALSE;
    }
}

CordonChecklistProgress
cordon_checklist_get_progress (GListModel *items,
                               int         stage,
                               gboolean    backup_offered)
{
  CordonChecklistProgress progress = { 0, 0 };

  g_return_val_if_fail (G_IS_LIST_MODEL (items), progress);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CordonRecoveryItem) item = g_list_model_get_item (items, i);
      CordonRecoveryStage item_stage = cordon_recovery_item_get_stage (item);

      if ((stage >= 0 && (int) item_stage != stage) ||
          (!backup_offered && item_stage == CORDON_RECOVERY_STAGE_BACKUP))
        continue;

      progress.total++;
      if (cordon_checklist_is_item_settled (item))
        progress.settled++;
    }

  return progress;
}

static gboolean
strv_has (const char * const *strv,
          const char         *id)
{
  return strv != NULL && id != NULL && id[0] != '\0' && g_strv_contains (strv, id);
}

gboolean
cordon_checklist_is_backup_offered (CordonIncident     *incident,
                                    const char * const *severities,
                                    const char * const *impacts)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);

  return strv_has (severities, cordon_incident_get_severity (incident)) ||
         strv_has (impacts, cordon_incident_get_impact (incident));
}

gint64
cordon_checklist_get_compromise_time (CordonIncident *incident,
                                      CordonRecovery *recovery,
                                      gboolean       *out_assumed)
{
  GDateTime *compromised = recovery != NULL ? cordon_recovery_get_compromised (recovery) : NULL;
  gint64 detected;
  gint64 reported;

  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), 0);

  if (out_assumed != NULL)
    *out_assumed = compromised == NULL;

  if (compromised != NULL)
    return cordon_time_from_date_time (compromised);

  detected = cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_DETECTED);
  reported = cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_REPORTED);
  if (detected == 0)
    return reported;
  if (reported == 0)
    return detected;

  return MIN (detected, reported);
}

gboolean
cordon_checklist_check_restore_point (CordonIncident  *incident,
                                      CordonRecovery  *recovery,
                                      GDateTime       *restore_point,
                                      GError         **error)
{
  g_autofree char *point_text = NULL;
  g_autofree char *limit_text = NULL;
  gboolean assumed = FALSE;
  gint64 limit;

  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);
  g_return_val_if_fail (restore_point != NULL, FALSE);

  limit = cordon_checklist_get_compromise_time (incident, recovery, &assumed);
  if (limit == 0 || cordon_time_from_date_time (restore_point) < limit)
    return TRUE;

  point_text = cordon_time_to_iso8601_compact (cordon_time_from_date_time (restore_point));
  limit_text = cordon_time_to_iso8601_compact (limit);

  if (assumed)
    g_set_error (error, CORDON_CHECKLIST_ERROR, CORDON_CHECKLIST_ERROR_RESTORE_POINT,
                 _("The restore point %s does not predate the compromise: the compromise time is not set, "
                   "so the earliest of detected and reported, %s, stands in for it; "
                   "choose an earlier backup, or set the compromise time"),
                 point_text, limit_text);
  else
    g_set_error (error, CORDON_CHECKLIST_ERROR, CORDON_CHECKLIST_ERROR_RESTORE_POINT,
                 _("The restore point %s does not predate the compromise at %s; "
                   "restoring it could bring the attacker back, choose an earlier backup"),
                 point_text, limit_text);

  return FALSE;
}

static gint64
since_detected (CordonIncident     *incident,
                CordonIncidentTime  which)
{
  gint64 detected = cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_DETECTED);
  gint64 time = cordon_incident_get_time (incident, which);

  if (detected == 0 || time == 0)
    return -1;

  return MAX (0, time - detected);
}

CordonIncidentMetrics
cordon_incident_metrics_compute (CordonIncident *incident,
                                 GArray         *deadlines)
{
  CordonIncidentMetrics metrics = { -1, -1, -1, 0, 0, 0 };

  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), metrics);

  metrics.acknowledge_usec = since_detected (incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED);
  metrics.contain_usec = since_detected (incident, CORDON_INCIDENT_TIME_CONTAINED);
  metrics.recover_usec = since_detected (incident, CORDON_INCIDENT_TIME_RECOVERED);

  for (guint i = 0; deadlines != NULL && i < deadlines->len; i++)
    {
      const CordonSlaDeadline *deadline = &g_array_index (deadlines, CordonSlaDeadline, i);

      if (deadline->state == CORDON_SLA_STATE_BREACHED)
        metrics.n_breached++;
      else if (deadline->state == CORDON_SLA_STATE_MET)
        metrics.n_met++;
      else
        metrics.n_running++;
    }

  return metrics;
}

char *
cordon_checklist_format_elapsed (gint64 usec)
{
  gint64 minutes;

  if (usec < 0)
    return g_strdup ("—");

  minutes = usec / (60 * G_USEC_PER_SEC);
  if (minutes < 60)
    /* TRANSLATORS: a duration in minutes */
    return g_strdup_printf (_("%" G_GINT64_FORMAT " min"), minutes);
  if (minutes < 24 * 60)
    /* TRANSLATORS: a duration in hours and minutes */
    return g_strdup_printf (_("%" G_GINT64_FORMAT " h %" G_GINT64_FORMAT " min"), minutes / 60, minutes % 60);

  /* TRANSLATORS: a duration in days and hours */
  return g_strdup_printf (_("%" G_GINT64_FORMAT " d %" G_GINT64_FORMAT " h"),
                          minutes / (24 * 60), (minutes / 60) % 24);
}
