/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-sla.c: the SLA engine. Time "counts" inside the policy's business
 * hours (all the time for a 24×7 policy) and outside pauses; a deadline is
 * the instant at which the counted time since its start reaches what the
 * policy allows, and its warning the instant at which it reaches the
 * policy's warning share.
 */

#define G_LOG_DOMAIN "cordon-sla"

#include "config.h"

#include "cordon-sla.h"

G_DEFINE_BOXED_TYPE (CordonSlaHistory, cordon_sla_history,
                     cordon_sla_history_copy, cordon_sla_history_free)

CordonSlaHistory *
cordon_sla_history_new (void)
{
  CordonSlaHistory *self = g_new0 (CordonSlaHistory, 1);

  self->pauses = g_array_new (FALSE, FALSE, sizeof (CordonSlaPause));

  return self;
}

CordonSlaHistory *
cordon_sla_history_copy (const CordonSlaHistory *self)
{
  CordonSlaHistory *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = cordon_sla_history_new ();
  copy->first_update_usec = self->first_update_usec;
  copy->last_update_usec = self->last_update_usec;
  g_array_append_vals (copy->pauses, self->pauses->data, self->pauses->len);

  return copy;
}

void
cordon_sla_history_free (CordonSlaHistory *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->pauses, g_array_unref);
  g_free (self);
}

gboolean
cordon_sla_history_is_paused (const CordonSlaHistory *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->pauses->len > 0 &&
         g_array_index (self->pauses, CordonSlaPause, self->pauses->len - 1).end_usec == 0;
}

/* The first counted span [*out_start, *out_end) that ends after @after,
 * with *out_start >= @after; FALSE when a pause without end comes first. */
static gboolean
next_counted (const CordonSlaCalendar *calendar,
              GArray                  *pauses,
              gint64                   after,
              gint64                  *out_start,
              gint64                  *out_end)
{
  gint64 t = after;

  for (;;)
    {
      gint64 open_start = t, open_end = G_MAXINT64;
      gint64 start;

      if (calendar != NULL)
        cordon_sla_calendar_next_open (calendar, t, &open_start, &open_end);

      start = open_start;
      for (guint i = 0; pauses != NULL && i < pauses->len; i++)
        {
          const CordonSlaPause *pause = &g_array_index (pauses, CordonSlaPause, i);
          gint64 pause_end = pause->end_usec != 0 ? pause->end_usec : G_MAXINT64;

          if (pause_end <= start)
            continue;

          if (pause->start_usec <= start)
            {
              start = pause_end;
              if (start >= open_end)
                break;
              continue;
            }

          if (pause->start_usec < open_end)
            {
              *out_start = start;
              *out_end = pause->start_usec;
              return TRUE;
            }

          break;
        }

      if (start == G_MAXINT64)
        return FALSE;

      if (start < open_end)
        {
          *out_start = start;
          *out_end = open_end;
          return TRUE;
        }

      t = start;
    }
}

gint64
cordon_sla_add_counted (const CordonSlaCalendar *calendar,
                        GArray                  *pauses,
                        gint64                   from,
                        gint64                   amount)
{
  gint64 t = from;

  if (amount <= 0)
    return from;

  for (;;)
    {
      gint64 start, end;

      if (!next_counted (calendar, pauses, t, &start, &end))
        return G_MAXINT64;

      if (amount <= end - start)
        return start + amount;

      amount -= end - start;
      t = end;
    }
}

gint64
cordon_sla_counted_between (const CordonSlaCalendar *calendar,
                            GArray                  *pauses,
                            gint64                   from,
                            gint64                   to)
{
  gint64 counted = 0;
  gint64 t = from;

  while (t < to)
    {
      gint64 start, end;

      if (!next_counted (calendar, pauses, t, &start, &end) || start >= to)
        break;

      counted += MIN (end, to) - start;
      t = end;
    }

  return counted;
}

/* A time that has happened by @now, or 0 */
static inline gint64
by (gint64 time,
    gint64 now)
{
  return time != 0 && time <= now ? time : 0;
}

typedef struct
{
  const CordonSlaCalendar *calendar;
  GArray                  *pauses;
  gboolean                 paused;
  int                      warning_percent;
  gint64                   now;
} Context;

static void
add_deadline (GArray        *deadlines,
              const Context *ctx,
              CordonSlaKind  kind,
              gint64         start,
              gint64         stop,
              gint64         seconds)
{
  CordonSlaDeadline deadline = { kind, CORDON_SLA_STATE_PENDING, start, 0, 0, 0, 0 };
  gint64 allowed = seconds * G_USEC_PER_SEC;
  gint64 until;

  if (seconds <= 0 || start == 0)
    return;

  deadline.due_usec = cordon_sla_add_counted (ctx->calendar, ctx->pauses, start, allowed);
  deadline.warn_usec = cordon_sla_add_counted (ctx->calendar, ctx->pauses, start,
                                               allowed / 100 * ctx->warning_percent +
                                               allowed % 100 * ctx->warning_percent / 100);
  deadline.met_usec = stop;
  until = stop != 0 ? stop : ctx->now;
  deadline.remaining_usec = allowed - cordon_sla_counted_between (ctx->calendar, ctx->pauses, start, until);

  if (stop != 0)
    deadline.state = stop <= deadline.due_usec ? CORDON_SLA_STATE_MET : CORDON_SLA_STATE_BREACHED;
  else if (ctx->now >= deadline.due_usec)
    deadline.state = CORDON_SLA_STATE_BREACHED;
  else if (ctx->paused)
    deadline.state = CORDON_SLA_STATE_PAUSED;
  else if (ctx->now >= deadline.warn_usec)
    deadline.state = CORDON_SLA_STATE_WARNING;

  g_array_append_val (deadlines, deadline);
}

GArray *
cordon_sla_compute (CordonIncident          *incident,
                    CordonSlaPolicy         *policy,
                    const CordonSlaCalendar *calendar,
                    const CordonSlaHistory  *history,
                    gint64                   now_usec)
{
  g_autoptr(GArray) pauses = g_array_new (FALSE, FALSE, sizeof (CordonSlaPause));
  GArray *deadlines;
  Context ctx = { calendar, pauses, FALSE, 0, now_usec };
  gint64 detected, acknowledged, resolved, first_update = 0, last_update = 0;

  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);
  g_return_val_if_fail (CORDON_IS_SLA_POLICY (policy), NULL);

  deadlines = g_array_sized_new (FALSE, FALSE, sizeof (CordonSlaDeadline), CORDON_N_SLA_KINDS);
  ctx.warning_percent = cordon_sla_policy_get_warning_percent (policy);

  /* Only what had happened by now counts; a pause still running at now
   * is taken to end now, so that a paused deadline shows when it would
   * fall due if resumed. */
  if (history != NULL)
    {
      for (guint i = 0; i < history->pauses->len; i++)
        {
          CordonSlaPause pause = g_array_index (history->pauses, CordonSlaPause, i);

          if (pause.start_usec > now_usec)
            break;
          if (pause.end_usec == 0 || pause.end_usec > now_usec)
            {
              pause.end_usec = now_usec;
              ctx.paused = TRUE;
            }
          g_array_append_val (pauses, pause);
        }

      first_update = by (history->first_update_usec, now_usec);
      last_update = by (history->last_update_usec, now_usec);
      if (last_update == 0)
        last_update = first_update;
    }

  detected = by (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_DETECTED), now_usec);
  acknowledged = by (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_ACKNOWLEDGED), now_usec);
  resolved = by (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_RECOVERED), now_usec);
  if (resolved == 0)
    resolved = by (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_CLOSED), now_usec);

  add_deadline (deadlines, &ctx, CORDON_SLA_KIND_RESPONSE, detected, acknowledged,
                cordon_sla_policy_get_response (policy));
  add_deadline (deadlines, &ctx, CORDON_SLA_KIND_RESOLUTION, detected, resolved,
                cordon_sla_policy_get_resolution (policy));

  /* Updates are owed from acknowledgement until the incident is resolved:
   * the first one since acknowledgement, then one per interval since the
   * last one. An update sent before acknowledgement counts as the first. */
  if (acknowledged != 0)
    add_deadline (deadlines, &ctx, CORDON_SLA_KIND_FIRST_UPDATE, acknowledged,
                  first_update != 0 ? first_update : resolved,
                  cordon_sla_policy_get_first_update (policy));

  if (first_update != 0 && (resolved == 0 || resolved >= last_update))
    add_deadline (deadlines, &ctx, CORDON_SLA_KIND_NEXT_UPDATE, last_update, resolved,
                  cordon_sla_policy_get_update_interval (policy));

  return deadlines;
}

gint64
cordon_sla_next_transition (GArray *deadlines,
                            gint64  now_usec)
{
  gint64 next = G_MAXINT64;

  g_return_val_if_fail (deadlines != NULL, 0);

  for (guint i = 0; i < deadlines->len; i++)
    {
      const CordonSlaDeadline *deadline = &g_array_index (deadlines, CordonSlaDeadline, i);

      if (deadline->state != CORDON_SLA_STATE_PENDING && deadline->state != CORDON_SLA_STATE_WARNING)
        continue;

      if (deadline->state == CORDON_SLA_STATE_PENDING && deadline->warn_usec > now_usec)
        next = MIN (next, deadline->warn_usec);
      if (deadline->due_usec > now_usec)
        next = MIN (next, deadline->due_usec);
    }

  return next != G_MAXINT64 ? next : 0;
}
