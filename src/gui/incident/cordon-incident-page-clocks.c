/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-incident-page-clocks.c: the SLA clocks at the top of the
 * incident's overview. Each clock (response, resolution, the next
 * update) shows when it falls due, in local time with the zone, and how
 * long is left or how late it is, coloured by its state. The clocks come
 * from the SLA scheduler the window runs, on the scheduler's clock, so
 * that an exercise's page follows the exercise's time.
 */

#define G_LOG_DOMAIN "cordon-incident-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-incident-page-private.h"
#include "cordon-time.h"

/* The clocks shown, in order; the first update and the next one share a
 * row, as only one of them runs at a time */
static const CordonSlaKind clock_kinds[CORDON_N_CLOCK_ROWS] = {
  CORDON_SLA_KIND_RESPONSE,
  CORDON_SLA_KIND_RESOLUTION,
  CORDON_SLA_KIND_NEXT_UPDATE,
};

static const char * const state_classes[] = { "sla-pending", "sla-warning", "sla-breached" };

static char *
format_local (gint64 usec)
{
  g_autoptr(GDateTime) utc = cordon_time_to_date_time (usec);
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;

  /* Translators: when a deadline falls due, in local time with the zone: "Mon 2 Mar, 14:05 CET" */
  return local != NULL ? g_date_time_format (local, _("%a %-d %b, %H:%M %Z")) : NULL;
}

static void
show_clock (AdwActionRow            *row,
            GtkLabel                *countdown,
            const CordonSlaDeadline *deadline,
            const char              *not_running,
            gint64                   now)
{
  g_autofree char *span = NULL;
  g_autofree char *text = NULL;
  g_autofree char *due = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (state_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (countdown), state_classes[i]);

  if (deadline == NULL)
    {
      adw_action_row_set_subtitle (row, not_running);
      gtk_label_set_text (countdown, "");
      return;
    }

  due = format_local (deadline->due_usec);
  switch (deadline->state)
    {
    case CORDON_SLA_STATE_MET:
      /* Translators: an SLA clock that was met */
      text = g_strdup (_("Met"));
      adw_action_row_set_subtitle (row, due);
      break;

    case CORDON_SLA_STATE_PAUSED:
      text = g_strdup (_("Paused"));
      adw_action_row_set_subtitle (row, _("The clock is paused"));
      gtk_widget_add_css_class (GTK_WIDGET (countdown), "sla-pending");
      break;

    case CORDON_SLA_STATE_BREACHED:
      span = cordon_time_format_span (now - deadline->due_usec);
      /* Translators: how late an SLA deadline is: "12 min late" */
      text = g_strdup_printf (_("%s late"), span);
      adw_action_row_set_subtitle (row, due);
      gtk_widget_add_css_class (GTK_WIDGET (countdown), "sla-breached");
      break;

    case CORDON_SLA_STATE_PENDING:
    case CORDON_SLA_STATE_WARNING:
    default:
      span = cordon_time_format_span (deadline->due_usec - now);
      /* Translators: how long is left before an SLA deadline: "in 14 min" */
      text = g_strdup_printf (_("in %s"), span);
      adw_action_row_set_subtitle (row, due);
      gtk_widget_add_css_class (GTK_WIDGET (countdown),
                                deadline->state == CORDON_SLA_STATE_WARNING ? "sla-warning" : "sla-pending");
      break;
    }

  gtk_label_set_text (countdown, text);
}

/**
 * _cordon_incident_page_update_clocks:
 *
 * Shows the incident's clocks as the scheduler has them now.
 */
void
_cordon_incident_page_update_clocks (CordonIncidentPage *self)
{
  g_autoptr(GArray) deadlines = NULL;
  gint64 now = 0;

  gtk_widget_set_visible (GTK_WIDGET (self->clocks_group), self->scheduler != NULL && self->incident != NULL);
  if (self->scheduler == NULL || self->incident == NULL)
    return;

  deadlines = cordon_sla_scheduler_get_deadlines (self->scheduler, self->incident);
  now = cordon_clock_now_usec (cordon_sla_scheduler_get_clock (self->scheduler));

  for (guint r = 0; r < CORDON_N_CLOCK_ROWS; r++)
    {
      const CordonSlaDeadline *found = NULL;

      for (guint i = 0; deadlines != NULL && i < deadlines->len; i++)
        {
          const CordonSlaDeadline *d = &g_array_index (deadlines, CordonSlaDeadline, i);

          /* The first update stands for the next one until it is sent */
          if (d->kind == clock_kinds[r] ||
              (clock_kinds[r] == CORDON_SLA_KIND_NEXT_UPDATE && d->kind == CORDON_SLA_KIND_FIRST_UPDATE && found == NULL))
            found = d;
        }

      show_clock (self->clock_rows[r], self->clock_labels[r], found,
                  clock_kinds[r] == CORDON_SLA_KIND_NEXT_UPDATE &&
                  cordon_incident_get_time (self->incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED) == 0 &&
                  cordon_incident_get_phase (self->incident) != CORDON_PHASE_CLOSED
                    ? _("Updates are owed once the incident is acknowledged")
                    : _("Not running: the incident is closed or its severity has no SLA policy"),
                  now);
    }
}

static gboolean
tick (gpointer data)
{
  _cordon_incident_page_update_clocks (data);

  return G_SOURCE_CONTINUE;
}

/**
 * cordon_incident_page_set_scheduler:
 * @scheduler: (nullable): the SLA scheduler of the page's workspace
 *
 * Shows the incident's SLA clocks from @scheduler, counting down.
 */
void
cordon_incident_page_set_scheduler (CordonIncidentPage *self,
                                    CordonSlaScheduler *scheduler)
{
  g_return_if_fail (CORDON_IS_INCIDENT_PAGE (self));
  g_return_if_fail (scheduler == NULL || CORDON_IS_SLA_SCHEDULER (scheduler));

  if (!g_set_object (&self->scheduler, scheduler))
    return;

  g_signal_group_set_target (self->scheduler_signals, scheduler);
  g_clear_handle_id (&self->clocks_tick_id, g_source_remove);
  if (scheduler != NULL)
    self->clocks_tick_id = g_timeout_add_seconds (30, tick, self);
  _cordon_incident_page_update_clocks (self);
}

void
_cordon_incident_page_init_clocks (CordonIncidentPage *self)
{
  for (guint r = 0; r < CORDON_N_CLOCK_ROWS; r++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *label = gtk_label_new (NULL);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     clock_kinds[r] == CORDON_SLA_KIND_NEXT_UPDATE ? _("Next update")
                                                                                   : cordon_sla_kind_to_label (clock_kinds[r]));
      gtk_widget_add_css_class (label, "numeric");
      gtk_widget_add_css_class (label, "heading");
      /* Coloured by state as the board's countdowns are */
      gtk_widget_add_css_class (label, "sla-countdown");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      adw_preferences_group_add (self->clocks_group, row);
      self->clock_rows[r] = ADW_ACTION_ROW (row);
      self->clock_labels[r] = GTK_LABEL (label);
    }

  self->scheduler_signals = g_signal_group_new (CORDON_TYPE_SLA_SCHEDULER);
  g_signal_group_connect_swapped (self->scheduler_signals, "deadlines-changed",
                                  G_CALLBACK (_cordon_incident_page_update_clocks), self);
  g_signal_group_connect_swapped (self->scheduler_signals, "transition",
                                  G_CALLBACK (_cordon_incident_page_update_clocks), self);
}

void
_cordon_incident_page_dispose_clocks (CordonIncidentPage *self)
{
  g_clear_handle_id (&self->clocks_tick_id, g_source_remove);
  if (self->scheduler_signals != NULL)
    g_signal_group_set_target (self->scheduler_signals, NULL);
  g_clear_object (&self->scheduler_signals);
  g_clear_object (&self->scheduler);
}
