/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-checklist.h: the rules of the recovery checklist — progress, when
 * recovery from backup is offered, which restore point is acceptable —
 * and the per-incident metrics the lessons-learned review shows.
 */

#pragma once

#include <gio/gio.h>

#include "cordon-incident.h"
#include "cordon-recovery.h"
#include "cordon-recovery-item.h"
#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_CHECKLIST_ERROR (cordon_checklist_error_quark ())

/**
 * CordonChecklistError:
 * @CORDON_CHECKLIST_ERROR_NO_REASON: a reason is required and missing
 * @CORDON_CHECKLIST_ERROR_NOT_OFFERED: recovery from backup is not offered
 *   for the incident's severity and impact
 * @CORDON_CHECKLIST_ERROR_RESTORE_POINT: the restore point does not
 *   predate the compromise
 */
typedef enum
{
  CORDON_CHECKLIST_ERROR_NO_REASON,
  CORDON_CHECKLIST_ERROR_NOT_OFFERED,
  CORDON_CHECKLIST_ERROR_RESTORE_POINT,
} CordonChecklistError;

GQuark    cordon_checklist_error_quark        (void);

/**
 * CordonChecklistProgress:
 * @settled: items done, or not applicable with a reason
 * @total: items that count
 *
 * How far a stage, or the whole checklist, has come.
 */
typedef struct
{
  guint settled;
  guint total;
} CordonChecklistProgress;

/**
 * cordon_checklist_is_item_settled:
 *
 * Returns: whether @item no longer holds recovery open: done, or not
 *   applicable with a reason
 */
gboolean  cordon_checklist_is_item_settled    (CordonRecoveryItem *item);

/**
 * cordon_checklist_get_progress:
 * @items: a #GListModel of #CordonRecoveryItem
 * @stage: a stage, or -1 for the whole checklist
 * @backup_offered: whether the backup stage counts; when recovery from
 *   backup is not offered its items are left out
 *
 * Returns: the progress of @stage
 */
CordonChecklistProgress
          cordon_checklist_get_progress       (GListModel          *items,
                                               int                  stage,
                                               gboolean             backup_offered);

/**
 * cordon_checklist_is_backup_offered:
 * @severities: (nullable): the severity ids recovery from backup is
 *   offered for
 * @impacts: (nullable): the impact ids it is offered for
 *
 * The handbook limits business continuity, disaster recovery and restores
 * to incidents of high severity or high impact, for practical reasons;
 * which ids count as high is a setting (see data/recovery/templates.json).
 *
 * Returns: whether @incident's severity or impact is among them
 */
gboolean  cordon_checklist_is_backup_offered  (CordonIncident      *incident,
                                               const char * const  *severities,
                                               const char * const  *impacts);

/**
 * cordon_checklist_get_compromise_time:
 * @out_assumed: (out) (optional): set to %TRUE when the compromise time
 *   is unknown and the earliest of detected and reported stands in for it
 *
 * Returns: when the attack started, in microseconds, or 0 when nothing
 *   is known
 */
gint64    cordon_checklist_get_compromise_time (CordonIncident     *incident,
                                                CordonRecovery     *recovery,
                                                gboolean           *out_assumed);

/**
 * cordon_checklist_check_restore_point:
 * @restore_point: the backup's time
 *
 * A restore must not bring the attacker back: the restore point must be
 * earlier than the compromise time from the incident's timeline. When the
 * compromise time is unset, the earliest of detected and reported is
 * used, and the refusal says so.
 *
 * Returns: %TRUE if @restore_point predates the compromise; else %FALSE
 *   with %CORDON_CHECKLIST_ERROR_RESTORE_POINT naming both times
 */
gboolean  cordon_checklist_check_restore_point (CordonIncident     *incident,
                                                CordonRecovery     *recovery,
                                                GDateTime          *restore_point,
                                                GError            **error);

/**
 * CordonIncidentMetrics:
 * @acknowledge_usec: from detected to acknowledged, or -1 when not yet
 * @contain_usec: from detected to contained, or -1
 * @recover_usec: from detected to recovered, or -1
 * @n_met: SLA deadlines met in time
 * @n_breached: SLA deadlines breached (met late, or overdue)
 * @n_running: SLA deadlines still running
 *
 * The numbers the lessons-learned review shows for one incident.
 */
typedef struct
{
  gint64 acknowledge_usec;
  gint64 contain_usec;
  gint64 recover_usec;
  guint  n_met;
  guint  n_breached;
  guint  n_running;
} CordonIncidentMetrics;

/**
 * cordon_incident_metrics_compute:
 * @deadlines: (nullable) (element-type CordonSlaDeadline): from
 *   cordon_sla_compute(), or %NULL when the severity has no policy
 *
 * Returns: the metrics of @incident from its phase times and @deadlines
 */
CordonIncidentMetrics
          cordon_incident_metrics_compute     (CordonIncident      *incident,
                                               GArray              *deadlines);

/**
 * cordon_checklist_format_elapsed:
 * @usec: a duration, or -1
 *
 * Returns: (transfer full): e.g. "2 d 3 h", "45 min", or "—" for -1
 */
char     *cordon_checklist_format_elapsed     (gint64               usec);

G_END_DECLS
