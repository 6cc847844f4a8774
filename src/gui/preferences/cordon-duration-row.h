/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-duration-row.h: a row that edits a duration in hours and minutes.
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CORDON_TYPE_DURATION_ROW (cordon_duration_row_get_type ())

G_DECLARE_FINAL_TYPE (CordonDurationRow, cordon_duration_row, CORDON, DURATION_ROW, AdwActionRow)

GtkWidget     *cordon_duration_row_new            (const char        *title,
                                                   const char        *subtitle);
gint64         cordon_duration_row_get_seconds    (CordonDurationRow *self);
void           cordon_duration_row_set_seconds    (CordonDurationRow *self,
                                                   gint64             seconds);
GtkSpinButton *cordon_duration_row_get_hours_spin   (CordonDurationRow *self);
GtkSpinButton *cordon_duration_row_get_minutes_spin (CordonDurationRow *self);

G_END_DECLS
