/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-metrics.h: the figures of many incidents over a period — how
 * fast they were acknowledged, contained and recovered, how the SLA
 * deadlines fared by severity, and how many there were by category,
 * severity and phase.
 */

#pragma once

#include <glib.h>

#include "cordon-checklist.h"
#include "cordon-incident.h"
#include "cordon-taxonomy.h"

G_BEGIN_DECLS

/**
 * CordonDuration:
 * @n: how many incidents have the duration
 * @median_usec: their median, or -1 when @n is 0
 * @p90_usec: their 90th percentile (nearest rank), or -1 when @n is 0
 */
typedef struct
{
  guint  n;
  gint64 median_usec;
  gint64 p90_usec;
} CordonDuration;

/**
 * CordonCount:
 * @id: a taxonomy or phase id
 * @n: how many
 * @met: SLA deadlines met (for the compliance by severity), else 0
 * @breached: SLA deadlines breached, else 0
 */
typedef struct
{
  char  *id;
  guint  n;
  guint  met;
  guint  breached;
} CordonCount;

typedef struct _CordonMetrics CordonMetrics;

/**
 * CordonMetrics:
 *
 * Built by adding incidents one by one (cordon_metrics_add()), then
 * finished (cordon_metrics_finish()) before its figures are read.
 * Exercise incidents are never counted: cordon_metrics_add() skips them.
 */
struct _CordonMetrics
{
  gint64          from_usec;
  gint64          to_usec;
  guint           n_incidents;
  CordonDuration  acknowledge;
  CordonDuration  contain;
  CordonDuration  recover;
  GPtrArray      *by_category;   /* (element-type CordonCount) */
  GPtrArray      *by_severity;   /* (element-type CordonCount), with SLA met/breached */
  GPtrArray      *by_phase;      /* (element-type CordonCount), every phase in order */

  /*< private >*/
  GArray         *samples[3];
  gboolean        finished;
};

CordonMetrics *cordon_metrics_new    (gint64               from_usec,
                                      gint64               to_usec);
void           cordon_metrics_free   (CordonMetrics       *self);

/**
 * cordon_metrics_add:
 * @metrics: the incident's own figures (cordon_incident_metrics_compute())
 *
 * Counts @incident; an exercise incident is skipped.
 *
 * Returns: whether it was counted
 */
gboolean       cordon_metrics_add    (CordonMetrics       *self,
                                      CordonIncident      *incident,
                                      const CordonIncidentMetrics *metrics);

/**
 * cordon_metrics_finish:
 * @taxonomy: (nullable): orders the severities (most severe first, every
 *   one listed) and names the categories to list; %NULL for the order
 *   seen
 *
 * Computes the medians and percentiles and orders the counts: categories
 * by count, then id; severities by rank; phases in lifecycle order.
 */
void           cordon_metrics_finish (CordonMetrics       *self,
                                      CordonTaxonomy      *taxonomy);

/**
 * cordon_metrics_percentile:
 * @values: (element-type gint64): sorted ascending
 * @percent: 1 to 100
 *
 * Returns: the nearest-rank percentile, or -1 for no values
 */
gint64         cordon_metrics_percentile (GArray          *values,
                                          guint            percent);

/**
 * cordon_metrics_compliance:
 *
 * Returns: met / (met + breached) of @count as a percentage, or -1 when
 *   no deadline was settled
 */
int            cordon_metrics_compliance (const CordonCount *count);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CordonMetrics, cordon_metrics_free)

G_END_DECLS
