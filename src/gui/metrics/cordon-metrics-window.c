/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-metrics-window.c: the dashboard. The figures come from
 * cordon_workspace_compute_period_metrics(), the same `cordon metrics`
 * prints; they are computed again when the period changes and, once the
 * main loop is idle, after any change to the workspace.
 */

#define G_LOG_DOMAIN "cordon-metrics"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-metrics-window.h"

#include "cordon-bar-chart.h"
#include "cordon-checklist.h"

struct _CordonMetricsWindow
{
  AdwWindow            parent_instance;

  CordonWorkspace     *workspace;
  CordonMetrics       *metrics;
  CordonMetricsPeriod  period;
  guint                refresh_id;

  AdwWindowTitle      *title;
  GtkDropDown         *period_dropdown;
  GtkStack            *stack;
  AdwActionRow        *count_row;
  AdwActionRow        *time_rows[3];
  GtkWidget           *times_chart;
  GtkWidget           *compliance_chart;
  GtkWidget           *severity_chart;
  GtkWidget           *category_chart;
  GtkWidget           *phase_chart;
};

G_DEFINE_FINAL_TYPE (CordonMetricsWindow, cordon_metrics_window, ADW_TYPE_WINDOW)

static const char *
severity_class (const char *id)
{
  static const char * const known[] = { "critical", "high", "low" };

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (g_strcmp0 (id, known[i]) == 0)
      return known[i];

  return NULL;
}

static const char *
taxonomy_label (CordonMetricsWindow *self,
                CordonTaxonomyKind   kind,
                const char          *id)
{
  CordonTaxonomyEntry *entry = cordon_taxonomy_lookup (cordon_workspace_get_taxonomy (self->workspace), kind, id);

  return entry != NULL ? cordon_taxonomy_entry_get_display_label (entry) : id;
}

static void
fill_counts (CordonMetricsWindow *self,
             GtkWidget           *chart,
             GPtrArray           *counts,
             CordonTaxonomyKind   kind,
             gboolean             phases)
{
  cordon_bar_chart_clear (CORDON_BAR_CHART (chart));

  for (guint i = 0; i < counts->len; i++)
    {
      CordonCount *count = counts->pdata[i];
      g_autofree char *text = g_strdup_printf ("%u", count->n);
      const char *label;
      CordonPhase phase;

      if (phases)
        label = cordon_phase_from_id (count->id, &phase) ? cordon_phase_to_label (phase) : count->id;
      else
        label = taxonomy_label (self, kind, count->id);

      cordon_bar_chart_add (CORDON_BAR_CHART (chart), label, count->n, text,
                            kind == CORDON_TAXONOMY_KIND_SEVERITY && !phases ? severity_class (count->id) : NULL);
    }
}

static void
fill_times (CordonMetricsWindow *self)
{
  const char *labels[] = { _("Acknowledge"), _("Contain"), _("Recover") };
  const CordonDuration *durations[] = { &self->metrics->acknowledge, &self->metrics->contain, &self->metrics->recover };

  cordon_bar_chart_clear (CORDON_BAR_CHART (self->times_chart));

  for (guint i = 0; i < G_N_ELEMENTS (durations); i++)
    {
      g_autofree char *median = cordon_checklist_format_elapsed (durations[i]->median_usec);
      g_autofree char *p90 = cordon_checklist_format_elapsed (durations[i]->p90_usec);
      g_autofree char *subtitle = NULL;
      g_autofree char *median_label = NULL;
      g_autofree char *p90_label = NULL;
      g_autofree char *count = NULL;

      /* Translators: the figures of a response time: its median and 90th percentile */
      subtitle = g_strdup_printf (_("Median %s · 90 %% within %s"), median, p90);
      adw_action_row_set_subtitle (self->time_rows[i], subtitle);
      adw_action_row_set_subtitle_lines (self->time_rows[i], 1);
      count = g_strdup_printf (ngettext ("%u incident", "%u incidents", durations[i]->n), durations[i]->n);
      gtk_label_set_text (GTK_LABEL (g_object_get_data (G_OBJECT (self->time_rows[i]), "cordon-count")), count);

      /* Translators: a bar of the response-time chart */
      median_label = g_strdup_printf (_("%s, median"), labels[i]);
      /* Translators: a bar of the response-time chart */
      p90_label = g_strdup_printf (_("%s, 90th percentile"), labels[i]);
      cordon_bar_chart_add (CORDON_BAR_CHART (self->times_chart), median_label,
                            MAX (durations[i]->median_usec, 0) / (double) G_USEC_PER_SEC, median, NULL);
      cordon_bar_chart_add (CORDON_BAR_CHART (self->times_chart), p90_label,
                            MAX (durations[i]->p90_usec, 0) / (double) G_USEC_PER_SEC, p90, "warning");
    }
}

static void
fill_compliance (CordonMetricsWindow *self)
{
  GPtrArray *counts = self->metrics->by_severity;

  cordon_bar_chart_clear (CORDON_BAR_CHART (self->compliance_chart));
  cordon_bar_chart_set_maximum (CORDON_BAR_CHART (self->compliance_chart), 100);

  for (guint i = 0; i < counts->len; i++)
    {
      CordonCount *count = counts->pdata[i];
      int compliance = cordon_metrics_compliance (count);
      g_autofree char *text = NULL;

      if (compliance < 0)
        /* Translators: no SLA deadline of this severity was met or breached */
        text = g_strdup (_("no deadlines"));
      else
        /* Translators: SLA compliance, e.g. "75 % (3 of 4)" */
        text = g_strdup_printf (_("%d %% (%u of %u)"), compliance, count->met, count->met + count->breached);

      cordon_bar_chart_add (CORDON_BAR_CHART (self->compliance_chart),
                            taxonomy_label (self, CORDON_TAXONOMY_KIND_SEVERITY, count->id),
                            MAX (compliance, 0), text,
                            compliance < 0 ? NULL : compliance >= 90 ? "success" : compliance >= 50 ? "warning" : "error");
    }
}

static gint64
period_start (CordonMetricsWindow *self)
{
  gint64 now = cordon_clock_now_usec (cordon_workspace_get_clock (self->workspace));

  switch (self->period)
    {
    case CORDON_METRICS_PERIOD_30_DAYS:
      return now - 30 * G_TIME_SPAN_DAY;
    case CORDON_METRICS_PERIOD_90_DAYS:
      return now - 90 * G_TIME_SPAN_DAY;
    case CORDON_METRICS_PERIOD_12_MONTHS:
      return now - 365 * G_TIME_SPAN_DAY;
    case CORDON_METRICS_PERIOD_ALL:
    default:
      return -1;
    }
}

static void
refresh (CordonMetricsWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  CordonMetrics *metrics;

  metrics = cordon_workspace_compute_period_metrics (self->workspace, period_start (self), -1, &error);
  if (metrics == NULL)
    {
      adw_window_title_set_subtitle (self->title, error->message);
      return;
    }

  g_clear_pointer (&self->metrics, cordon_metrics_free);
  self->metrics = metrics;

  count = g_strdup_printf (ngettext ("%u incident detected in the period", "%u incidents detected in the period",
                                     metrics->n_incidents), metrics->n_incidents);
  adw_window_title_set_subtitle (self->title, count);

  if (metrics->n_incidents == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  gtk_stack_set_visible_child_name (self->stack, "figures");

  fill_times (self);
  fill_compliance (self);
  fill_counts (self, self->severity_chart, metrics->by_severity, CORDON_TAXONOMY_KIND_SEVERITY, FALSE);
  fill_counts (self, self->category_chart, metrics->by_category, CORDON_TAXONOMY_KIND_CATEGORY, FALSE);
  fill_counts (self, self->phase_chart, metrics->by_phase, CORDON_TAXONOMY_KIND_CATEGORY, TRUE);
}

static gboolean
refresh_idle (gpointer data)
{
  CordonMetricsWindow *self = data;

  self->refresh_id = 0;
  refresh (self);

  return G_SOURCE_REMOVE;
}

/* Many changes in a row (an import, the SLA clock writing notices) make
 * one refresh */
static void
queue_refresh (CordonMetricsWindow *self)
{
  if (self->refresh_id == 0)
    self->refresh_id = g_timeout_add_full (G_PRIORITY_LOW, 250, refresh_idle, self, NULL);
}

static void
on_period_selected (CordonMetricsWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->period_dropdown);

  if (selected != GTK_INVALID_LIST_POSITION && selected != self->period)
    {
      self->period = selected;
      refresh (self);
    }
}

/* Building ------------------------------------------------------------- */

static GtkWidget *
chart_group (GtkWidget  *box,
             const char *title,
             const char *description,
             GtkWidget  *chart)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "chart-card");
  gtk_box_append (GTK_BOX (card), chart);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), card);
  gtk_box_append (GTK_BOX (box), group);

  return group;
}

static void
cordon_metrics_window_dispose (GObject *object)
{
  CordonMetricsWindow *self = (CordonMetricsWindow *)object;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_pointer (&self->metrics, cordon_metrics_free);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (cordon_metrics_window_parent_class)->dispose (object);
}

static void
cordon_metrics_window_class_init (CordonMetricsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cordon_metrics_window_dispose;

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cordon_metrics_window_init (CordonMetricsWindow *self)
{
  const char * const periods[] = { N_("Last 30 Days"), N_("Last 90 Days"), N_("Last 12 Months"), N_("All Time"), NULL };
  const char *time_titles[] = { _("Time to Acknowledge"), _("Time to Contain"), _("Time to Recover") };
  g_autoptr(GtkStringList) period_labels = gtk_string_list_new (NULL);
  GtkWidget *toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *empty = adw_status_page_new ();
  GtkWidget *times_group = adw_preferences_group_new ();
  GtkWidget *times_card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->period = CORDON_METRICS_PERIOD_90_DAYS;

  gtk_window_set_title (GTK_WINDOW (self), _("Metrics"));
  gtk_window_set_default_size (GTK_WINDOW (self), 760, 820);

  self->title = ADW_WINDOW_TITLE (adw_window_title_new (_("Metrics"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->title));
  for (guint i = 0; periods[i] != NULL; i++)
    gtk_string_list_append (period_labels, _(periods[i]));
  self->period_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (period_labels)), NULL));
  gtk_drop_down_set_selected (self->period_dropdown, self->period);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->period_dropdown), _("Period"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->period_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Period"), -1);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->period_dropdown));
  gtk_box_append (GTK_BOX (toolbar), header);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "cordon-metrics-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Incidents in This Period"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Choose a longer period. Exercise incidents are never counted here."));
  gtk_stack_add_named (self->stack, empty, "empty");

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  /* Response times: a row each, and the chart of them */
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (times_group), _("Response Times"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (times_group),
                                         _("From detection, for the incidents that got that far"));
  for (guint i = 0; i < G_N_ELEMENTS (self->time_rows); i++)
    {
      GtkWidget *count = gtk_label_new (NULL);

      self->time_rows[i] = ADW_ACTION_ROW (adw_action_row_new ());
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->time_rows[i]), time_titles[i]);
      gtk_widget_add_css_class (count, "dim-label");
      adw_action_row_add_suffix (self->time_rows[i], count);
      g_object_set_data (G_OBJECT (self->time_rows[i]), "cordon-count", count);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (times_group), GTK_WIDGET (self->time_rows[i]));
    }
  self->times_chart = cordon_bar_chart_new (_("Response times, median and 90th percentile"));
  gtk_widget_set_margin_top (times_card, 12);
  gtk_widget_add_css_class (times_card, "card");
  gtk_widget_add_css_class (times_card, "chart-card");
  gtk_box_append (GTK_BOX (times_card), self->times_chart);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (times_group), times_card);
  gtk_box_append (GTK_BOX (box), times_group);

  self->compliance_chart = cordon_bar_chart_new (_("SLA compliance by severity"));
  chart_group (box, _("SLA Compliance by Severity"),
               _("Deadlines met, of those met or breached; deadlines still running are not counted"),
               self->compliance_chart);
  self->severity_chart = cordon_bar_chart_new (_("Incidents by severity"));
  chart_group (box, _("By Severity"), NULL, self->severity_chart);
  self->category_chart = cordon_bar_chart_new (_("Incidents by category"));
  chart_group (box, _("By Category"), NULL, self->category_chart);
  self->phase_chart = cordon_bar_chart_new (_("Incidents by phase"));
  chart_group (box, _("By Phase"), _("Where the incidents of the period stand now"), self->phase_chart);

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_stack_add_named (self->stack, scrolled, "figures");

  gtk_box_append (GTK_BOX (toolbar), GTK_WIDGET (self->stack));
  adw_window_set_content (ADW_WINDOW (self), toolbar);

  g_signal_connect_object (self->period_dropdown, "notify::selected",
                           G_CALLBACK (on_period_selected), self, G_CONNECT_SWAPPED);
}

CordonMetricsWindow *
cordon_metrics_window_new (CordonWorkspace *workspace)
{
  CordonMetricsWindow *self;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (CORDON_TYPE_METRICS_WINDOW, NULL);
  self->workspace = g_object_ref (workspace);

  refresh (self);

  g_signal_connect_object (workspace, "incident-added", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "incident-changed", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "settings-changed", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "reloaded", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);

  return self;
}

void
cordon_metrics_window_set_period (CordonMetricsWindow *self,
                                  CordonMetricsPeriod  period)
{
  g_return_if_fail (CORDON_IS_METRICS_WINDOW (self));

  gtk_drop_down_set_selected (self->period_dropdown, period);
}

CordonMetrics *
cordon_metrics_window_get_metrics (CordonMetricsWindow *self)
{
  g_return_val_if_fail (CORDON_IS_METRICS_WINDOW (self), NULL);

  return self->metrics;
}

GtkWidget *
cordon_metrics_window_get_chart (CordonMetricsWindow *self,
                                 const char          *name)
{
  g_return_val_if_fail (CORDON_IS_METRICS_WINDOW (self), NULL);

  if (g_strcmp0 (name, "times") == 0)
    return self->times_chart;
  if (g_strcmp0 (name, "compliance") == 0)
    return self->compliance_chart;
  if (g_strcmp0 (name, "severity") == 0)
    return self->severity_chart;
  if (g_strcmp0 (name, "category") == 0)
    return self->category_chart;
  if (g_strcmp0 (name, "phase") == 0)
    return self->phase_chart;

  return NULL;
}

gboolean
cordon_metrics_window_is_empty (CordonMetricsWindow *self)
{
  g_return_val_if_fail (CORDON_IS_METRICS_WINDOW (self), TRUE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "empty") == 0;
}
