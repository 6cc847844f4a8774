/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-sla-calendar.c: weekly business hours in a time zone. Each span
 * of opening hours is turned into real instants day by day with
 * g_date_time_new() in the calendar's zone, so a day on which clocks go
 * forward or back has its business hours at the usual wall-clock times.
 */

#define G_LOG_DOMAIN "cordon-sla"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "cordon-sla-calendar.h"
#include "cordon-sla-policy.h"

#define MINUTES_PER_DAY (24 * 60)

typedef struct
{
  guint16 start;   /* minutes from local midnight */
  guint16 end;     /* minutes from local midnight, up to 1440 */
} Span;

struct _CordonSlaCalendar
{
  gatomicrefcount  ref_count;
  GTimeZone       *zone;
  /* Monday = 0 … Sunday = 6; each a sorted array of disjoint Spans */
  GArray          *days[7];
};

G_DEFINE_BOXED_TYPE (CordonSlaCalendar, cordon_sla_calendar,
                     cordon_sla_calendar_ref, cordon_sla_calendar_unref)

G_DEFINE_QUARK (cordon-sla-calendar-error-quark, cordon_sla_calendar_error)

static const char * const day_names[7] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

CordonSlaCalendar *
cordon_sla_calendar_ref (CordonSlaCalendar *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
cordon_sla_calendar_unref (CordonSlaCalendar *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_pointer (&self->zone, g_time_zone_unref);
  for (guint i = 0; i < 7; i++)
    g_clear_pointer (&self->days[i], g_array_unref);
  g_free (self);
}

static int
parse_day (const char *text)
{
  for (int i = 0; i < 7; i++)
    {
      if (g_str_equal (text, day_names[i]))
        return i;
    }

  return -1;
}

static gboolean
parse_days (const char *text,
            gboolean    days[7])
{
  g_auto(GStrv) items = g_strsplit (text, ",", -1);

  for (guint i = 0; items[i] != NULL; i++)
    {
      g_auto(GStrv) range = g_strsplit (items[i], "-", 2);
      int first = parse_day (range[0]);
      int last = range[1] != NULL ? parse_day (range[1]) : first;

      if (first < 0 || last < 0)
        return FALSE;

      /* A range may wrap around the week: sat-mon */
      for (int d = first; ; d = (d + 1) % 7)
        {
          days[d] = TRUE;
          if (d == last)
            break;
        }
    }

  return TRUE;
}

static gboolean
parse_time (const char *text,
            guint16    *out_minutes)
{
  guint hours, minutes;
  char extra;

  if (strlen (text) != 5 || sscanf (text, "%2u:%2u%c", &hours, &minutes, &extra) != 2)
    return FALSE;
  if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0))
    return FALSE;

  *out_minutes = (guint16) (hours * 60 + minutes);

  return TRUE;
}

static gboolean
parse_span (const char *text,
            Span       *out_span)
{
  g_auto(GStrv) ends = g_strsplit (text, "-", -1);

  return g_strv_length (ends) == 2 &&
         parse_time (g_strstrip (ends[0]), &out_span->start) &&
         parse_time (g_strstrip (ends[1]), &out_span->end) &&
         out_span->start < out_span->end;
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  return (int) ((const Span *) a)->start - (int) ((const Span *) b)->start;
}

/* Sorts and merges overlapping or touching spans */
static void
normalize_day (GArray *spans)
{
  guint out = 0;

  g_array_sort (spans, compare_spans);

  for (guint i = 0; i < spans->len; i++)
    {
      Span span = g_array_index (spans, Span, i);

      if (out > 0 && span.start <= g_array_index (spans, Span, out - 1).end)
        {
          Span *prev = &g_array_index (spans, Span, out - 1);
          prev->end = MAX (prev->end, span.end);
        }
      else
        g_array_index (spans, Span, out++) = span;
    }

  g_array_set_size (spans, out);
}

static gboolean
parse_rule (CordonSlaCalendar *self,
            char              *rule)
{
  gboolean days[7] = { FALSE, };
  g_autofree char *hours = NULL;
  g_auto(GStrv) spans = NULL;
  char *space;

  rule = g_strstrip (rule);
  space = strchr (rule, ' ');
  if (space == NULL)
    return FALSE;

  *space = '\0';
  hours = g_strdup (g_strstrip (space + 1));
  if (!parse_days (rule, days))
    return FALSE;

  spans = g_strsplit (hours, ",", -1);
  for (guint i = 0; spans[i] != NULL; i++)
    {
      Span span;

      if (!parse_span (spans[i], &span))
        return FALSE;

      for (guint d = 0; d < 7; d++)
        {
          if (days[d])
            g_array_append_val (self->days[d], span);
        }
    }

  return TRUE;
}

CordonSlaCalendar *
cordon_sla_calendar_new (const char  *text,
                         const char  *time_zone,
                         GError     **error)
{
  g_autoptr(CordonSlaCalendar) self = g_new0 (CordonSlaCalendar, 1);
  g_autofree char *lower = NULL;
  g_auto(GStrv) rules = NULL;
  gboolean any = FALSE;

  g_atomic_ref_count_init (&self->ref_count);
  for (guint i = 0; i < 7; i++)
    self->days[i] = g_array_new (FALSE, FALSE, sizeof (Span));

  if (time_zone == NULL || time_zone[0] == '\0')
    self->zone = g_time_zone_new_local ();
  else if (!(self->zone = g_time_zone_new_identifier (time_zone)))
    {
      g_set_error (error, CORDON_SLA_CALENDAR_ERROR, CORDON_SLA_CALENDAR_ERROR_TIME_ZONE,
                   _("The time zone “%s” is unknown; use an id such as Europe/Berlin"), time_zone);
      return NULL;
    }

  if (text == NULL || text[0] == '\0')
    text = CORDON_SLA_CALENDAR_DEFAULT;

  lower = g_ascii_strdown (text, -1);
  rules = g_strsplit (lower, ";", -1);
  for (guint i = 0; rules[i] != NULL; i++)
    {
      if (g_strstrip (rules[i])[0] == '\0')
        continue;

      if (!parse_rule (self, rules[i]))
        {
          g_set_error (error, CORDON_SLA_CALENDAR_ERROR, CORDON_SLA_CALENDAR_ERROR_INVALID,
                       _("The business hours “%s” cannot be read; write them as days and hours, "
                         "e.g. “mon-fri 09:00-17:00; sat 10:00-14:00”"), text);
          return NULL;
        }
    }

  for (guint d = 0; d < 7; d++)
    {
      normalize_day (self->days[d]);
      any |= self->days[d]->len > 0;
    }

  if (!any)
    {
      g_set_error (error, CORDON_SLA_CALENDAR_ERROR, CORDON_SLA_CALENDAR_ERROR_INVALID,
                   _("The business hours “%s” never open"), text);
      return NULL;
    }

  return g_steal_pointer (&self);
}

CordonSlaCalendar *
cordon_sla_calendar_new_for_policy (CordonSlaPolicy *policy)
{
  g_autoptr(GError) error = NULL;
  CordonSlaCalendar *calendar;

  g_return_val_if_fail (CORDON_IS_SLA_POLICY (policy), NULL);

  if (!cordon_sla_policy_get_business_hours (policy))
    return NULL;

  calendar = cordon_sla_calendar_new (cordon_sla_policy_get_calendar (policy),
                                      cordon_sla_policy_get_time_zone (policy),
                                      &error);
  if (calendar == NULL)
    g_warning ("SLA policy for %s: %s; counting around the clock",
               cordon_sla_policy_get_severity (policy), error->message);

  return calendar;
}

/* The instant of @minutes after local midnight of @date in @zone */
static gint64
local_instant (GTimeZone   *zone,
               const GDate *date,
               guint        minutes)
{
  g_autoptr(GDateTime) time = NULL;
  GDate day = *date;

  if (minutes >= MINUTES_PER_DAY)
    {
      g_date_add_days (&day, minutes / MINUTES_PER_DAY);
      minutes %= MINUTES_PER_DAY;
    }

  time = g_date_time_new (zone,
                          g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day),
                          minutes / 60, minutes % 60, 0);

  return g_date_time_to_unix (time) * G_USEC_PER_SEC;
}

void
cordon_sla_calendar_next_open (const CordonSlaCalendar *self,
                               gint64                   after,
                               gint64                  *out_start,
                               gint64                  *out_end)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  GDate date;

  g_return_if_fail (self != NULL);

  utc = g_date_time_new_from_unix_utc (after / G_USEC_PER_SEC - (after % G_USEC_PER_SEC < 0 ? 1 : 0));
  local = g_date_time_to_timezone (utc, self->zone);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (local),
                  g_date_time_get_month (local), g_date_time_get_year (local));

  /* Every week has an open span, so eight days always find one */
  for (guint k = 0; k < 8; k++, g_date_add_days (&date, 1))
    {
      GArray *spans = self->days[g_date_get_weekday (&date) - 1];

      for (guint i = 0; i < spans->len; i++)
        {
          const Span *span = &g_array_index (spans, Span, i);
          gint64 end = local_instant (self->zone, &date, span->end);
          gint64 start;

          if (end <= after)
            continue;

          start = local_instant (self->zone, &date, span->start);
          *out_start = MAX (start, after);
          *out_end = end;
          return;
        }
    }

  g_assert_not_reached ();
}

gboolean
cordon_sla_calendar_is_open (const CordonSlaCalendar *self,
                             gint64                   time)
{
  gint64 start, end;

  cordon_sla_calendar_next_open (self, time, &start, &end);

  return start == time;
}
