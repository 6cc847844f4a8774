/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-time.c: conversions between microsecond timestamps, GDateTime
 * and ISO 8601 text.
 */

#define G_LOG_DOMAIN "cordon-time"

#include "config.h"

#include "cordon-time.h"

#include <glib/gi18n.h>

#include <string.h>

static gint64
floor_div (gint64 a,
           gint64 b)
{
  return a / b - ((a % b) < 0 ? 1 : 0);
}

GDateTime *
cordon_time_to_date_time (gint64 usec)
{
  gint64 seconds = floor_div (usec, G_USEC_PER_SEC);
  g_autoptr(GDateTime) whole = g_date_time_new_from_unix_utc (seconds);

  if (whole == NULL)
    return NULL;

  return g_date_time_add (whole, usec - seconds * G_USEC_PER_SEC);
}

gint64
cordon_time_from_date_time (GDateTime *time)
{
  g_return_val_if_fail (time != NULL, 0);

  return g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time);
}

/* Days since 1970-01-01 to a proleptic Gregorian date (the "civil from
 * days" algorithm of Howard Hinnant's date library, public domain). It
 * spares a GDateTime per formatted time: exports and listings format
 * millions of them. */
static void
civil_from_days (gint64  days,
                 int    *out_year,
                 int    *out_month,
                 int    *out_day)
{
  gint64 z = days + 719468;
  gint64 era = (z >= 0 ? z : z - 146096) / 146097;
  gint64 doe = z - era * 146097;
  gint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  gint64 mp = (5 * doy + 2) / 153;
  gint64 d = doy - (153 * mp + 2) / 5 + 1;
  gint64 m = mp < 10 ? mp + 3 : mp - 9;

  *out_year = (int) (yoe + era * 400 + (m <= 2));
  *out_month = (int) m;
  *out_day = (int) d;
}

static char *
put_digits (char *p,
            gint64 value,
            int    width)
{
  for (int i = width - 1; i >= 0; i--)
    {
      p[i] = '0' + (char) (value % 10);
      value /= 10;
    }

  return p + width;
}

void
cordon_time_format_iso8601 (gint64 usec,
                            char   buffer[CORDON_TIME_ISO8601_SIZE])
{
  /* 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999999Z, as GDateTime */
  const gint64 min_usec = G_GINT64_CONSTANT (-62135596800) * G_USEC_PER_SEC;
  const gint64 max_usec = G_GINT64_CONSTANT (253402300800) * G_USEC_PER_SEC - 1;
  gint64 seconds, days, second_of_day, micro;
  int year, month, day;
  char *p = buffer;

  g_return_if_fail (usec >= min_usec && usec <= max_usec);

  seconds = usec >= 0 ? usec / G_USEC_PER_SEC : -((-usec + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
  micro = usec - seconds * G_USEC_PER_SEC;
  days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400);
  second_of_day = seconds - days * 86400;
  civil_from_days (days, &year, &month, &day);

  p = put_digits (p, year, 4);
  *p++ = '-';
  p = put_digits (p, month, 2);
  *p++ = '-';
  p = put_digits (p, day, 2);
  *p++ = 'T';
  p = put_digits (p, second_of_day / 3600, 2);
  *p++ = ':';
  p = put_digits (p, (second_of_day / 60) % 60, 2);
  *p++ = ':';
  p = put_digits (p, second_of_day % 60, 2);
  *p++ = '.';
  p = put_digits (p, micro, 6);
  *p++ = 'Z';
  *p = '\0';
}

char *
cordon_time_to_iso8601 (gint64 usec)
{
  char buffer[CORDON_TIME_ISO8601_SIZE];

  cordon_time_format_iso8601 (usec, buffer);

  return g_strdup (buffer);
}

/**
 * cordon_time_to_iso8601_compact:
 *
 * Like cordon_time_to_iso8601(), but leaves out a fraction of zero, for
 * files people read: 2026-03-01T09:30:00Z. The canonical form used in
 * hashes is always cordon_time_format_iso8601()'s.
 *
 * Returns: (transfer full): @usec as ISO 8601 in UTC
 */
char *
cordon_time_to_iso8601_compact (gint64 usec)
{
  char buffer[CORDON_TIME_ISO8601_SIZE];

  cordon_time_format_iso8601_compact (usec, buffer);

  return g_strdup (buffer);
}

void
cordon_time_format_iso8601_compact (gint64 usec,
                                    char   buffer[CORDON_TIME_ISO8601_SIZE])
{
  char *fraction;

  cordon_time_format_iso8601 (usec, buffer);
  fraction = strstr (buffer, ".000000Z");
  if (fraction != NULL)
    memcpy (fraction, "Z", 2);
}

gboolean
cordon_time_parse_iso8601 (const char *text,
                           gint64     *out_usec)
{
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) time = NULL;

  if (text == NULL)
    return FALSE;

  utc = g_time_zone_new_utc ();
  time = g_date_time_new_from_iso8601 (text, utc);
  if (time == NULL)
    return FALSE;

  if (out_usec != NULL)
    *out_usec = cordon_time_from_date_time (time);

  return TRUE;
}

char *
cordon_time_format_display (GDateTime *time)
{
  g_autoptr(GDateTime) utc = NULL;

  g_return_val_if_fail (time != NULL, NULL);

  utc = g_date_time_to_utc (time);

  return g_date_time_format (utc, "%Y-%m-%d %H:%M UTC");
}

/**
 * cordon_time_format_span:
 * @usec: a span of time; its sign is ignored
 *
 * Formats a span for "due in …" and "… late": minutes below an hour,
 * hours and minutes below a day, days and hours beyond.
 *
 * Returns: (transfer full): e.g. "14 min", "2 h 5 min", "3 d 4 h"
 */
char *
cordon_time_format_span (gint64 usec)
{
  gint64 minutes = (ABS (usec) + 30 * G_USEC_PER_SEC) / (60 * G_USEC_PER_SEC);
  int days = minutes / (24 * 60);
  int hours = (minutes / 60) % 24;
  int mins = minutes % 60;

  if (minutes < 60)
    /* Translators: a short span of time, "14 min" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d min", "%d min", mins), mins);

  if (days == 0 && mins == 0)
    /* Translators: a short span of time, "2 h" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d h", "%d h", hours), hours);

  if (days == 0)
    /* Translators: a short span of time in hours and minutes, "2 h 5 min" */
    return g_strdup_printf (_("%d h %d min"), hours, mins);

  if (hours == 0)
    /* Translators: a short span of time, "3 d" (days) */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d d", "%d d", days), days);

  /* Translators: a short span of time in days and hours, "3 d 4 h" */
  return g_strdup_printf (_("%d d %d h"), days, hours);
}
