/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-metrics-window.h: the dashboard — response times, SLA
 * compliance and incident counts over a period.
 */

#pragma once

#include <adwaita.h>

#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_METRICS_WINDOW (cordon_metrics_window_get_type ())

G_DECLARE_FINAL_TYPE (CordonMetricsWindow, cordon_metrics_window, CORDON, METRICS_WINDOW, AdwWindow)

/**
 * CordonMetricsPeriod:
 *
 * The periods the dashboard offers, counted back from now.
 */
typedef enum
{
  CORDON_METRICS_PERIOD_30_DAYS,
  CORDON_METRICS_PERIOD_90_DAYS,
  CORDON_METRICS_PERIOD_12_MONTHS,
  CORDON_METRICS_PERIOD_ALL,
} CordonMetricsPeriod;

CordonMetricsWindow *cordon_metrics_window_new        (CordonWorkspace     *workspace);
void                 cordon_metrics_window_set_period (CordonMetricsWindow *self,
                                                       CordonMetricsPeriod  period);

/* For tests: the figures shown, and the charts by name ("severity",
 * "category", "phase", "compliance", "times") */
CordonMetrics       *cordon_metrics_window_get_metrics (CordonMetricsWindow *self);
GtkWidget           *cordon_metrics_window_get_chart   (CordonMetricsWindow *self,
                                                        const char          *name);
gboolean             cordon_metrics_window_is_empty    (CordonMetricsWindow *self);

G_END_DECLS
