/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-bar-chart.h: a horizontal bar chart in the theme's colours.
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define CORDON_TYPE_BAR_CHART (cordon_bar_chart_get_type ())

G_DECLARE_FINAL_TYPE (CordonBarChart, cordon_bar_chart, CORDON, BAR_CHART, GtkWidget)

/**
 * CordonBarChart:
 *
 * One bar per row: a label, a bar as long as its value against the
 * chart's largest (or a fixed maximum), and the value's text. A row can
 * carry a style class name ("critical", "high", … or "success", "error")
 * that colours its bar. The chart is an image to assistive technologies,
 * described by its rows read out in order.
 */
GtkWidget  *cordon_bar_chart_new       (const char     *accessible_name);
void        cordon_bar_chart_clear     (CordonBarChart *self);
void        cordon_bar_chart_add       (CordonBarChart *self,
                                        const char     *label,
                                        double          value,
                                        const char     *value_text,
                                        const char     *color_class);

/**
 * cordon_bar_chart_set_maximum:
 * @maximum: the value of a full bar, or 0 for the largest value
 */
void        cordon_bar_chart_set_maximum (CordonBarChart *self,
                                          double          maximum);
guint       cordon_bar_chart_get_n_bars  (CordonBarChart *self);
const char *cordon_bar_chart_get_label   (CordonBarChart *self,
                                          guint           index);
const char *cordon_bar_chart_get_value_text (CordonBarChart *self,
                                             guint           index);

G_END_DECLS
