/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-time.h: the one representation of time the model and the
 * storage share (microseconds since the Unix epoch, UTC) and its text forms.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * CORDON_TIME_ISO8601_SIZE:
 *
 * Size of a buffer that holds the text cordon_time_format_iso8601() writes,
 * "YYYY-MM-DDTHH:MM:SS.ffffffZ" and its terminating nul.
 */
#define CORDON_TIME_ISO8601_SIZE 32

/**
 * cordon_time_format_iso8601:
 * @usec: microseconds since the Unix epoch (UTC)
 * @buffer: (out caller-allocates): where to write
 *
 * Writes @usec as "YYYY-MM-DDTHH:MM:SS.ffffffZ", always with six digits
 * of microseconds: the form the journal's canonical serialisation and the
 * file formats use.
 */
void        cordon_time_format_iso8601 (gint64      usec,
                                        char        buffer[CORDON_TIME_ISO8601_SIZE]);

/**
 * cordon_time_to_iso8601:
 *
 * Returns: (transfer full): @usec in the form of cordon_time_format_iso8601()
 */
char       *cordon_time_to_iso8601     (gint64      usec);
char       *cordon_time_to_iso8601_compact (gint64  usec);
/**
 * cordon_time_format_iso8601_compact:
 * @buffer: (out caller-allocates): where to write
 *
 * Writes what cordon_time_to_iso8601_compact() returns into @buffer.
 */
void        cordon_time_format_iso8601_compact (gint64 usec,
                                                char   buffer[CORDON_TIME_ISO8601_SIZE]);
char       *cordon_time_format_span    (gint64      usec);

/**
 * cordon_time_parse_iso8601:
 * @text: an ISO 8601 date and time; without a zone it is read as UTC
 * @out_usec: (out): microseconds since the Unix epoch
 *
 * Returns: whether @text was a valid date and time
 */
gboolean    cordon_time_parse_iso8601  (const char *text,
                                        gint64     *out_usec);

/**
 * cordon_time_to_date_time:
 *
 * Returns: (transfer full): @usec as a GDateTime in UTC
 */
GDateTime  *cordon_time_to_date_time   (gint64      usec);

/**
 * cordon_time_from_date_time:
 *
 * Returns: @time as microseconds since the Unix epoch
 */
gint64      cordon_time_from_date_time (GDateTime  *time);

/**
 * cordon_time_format_display:
 *
 * Returns: (transfer full): @time for people, in UTC: "2026-03-01 14:05 UTC"
 */
char       *cordon_time_format_display (GDateTime  *time);

G_END_DECLS
