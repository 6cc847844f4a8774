/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-time.c: conversions between microsecond timestamps, GDateTime
 * and ISO 8601 text.
 */

#define G_LOG_DOMAIN "cordon-time"

#include "config.h"

#include "cordon-time.h"

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

void
cordon_time_format_iso8601 (gint64 usec,
                            char   buffer[CORDON_TIME_ISO8601_SIZE])
{
  g_autoptr(GDateTime) time = cordon_time_to_date_time (usec);
  int year, month, day;

  g_return_if_fail (time != NULL);

  g_date_time_get_ymd (time, &year, &month, &day);
  g_snprintf (buffer, CORDON_TIME_ISO8601_SIZE, "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ",
              year, month, day,
              g_date_time_get_hour (time),
              g_date_time_get_minute (time),
              g_date_time_get_second (time),
              g_date_time_get_microsecond (time));
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
  char *fraction;

  cordon_time_format_iso8601 (usec, buffer);
  fraction = strstr (buffer, ".000000Z");
  if (fraction != NULL)
    memcpy (fraction, "Z", 2);

  return g_strdup (buffer);
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
