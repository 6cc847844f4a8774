/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-library-window.h: the strategy library editor: the containment
 * strategies of a workspace, their coverage by focus area and term, and
 * their validation records.
 */

#pragma once

#include <adwaita.h>

#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_LIBRARY_WINDOW (cordon_library_window_get_type ())

G_DECLARE_FINAL_TYPE (CordonLibraryWindow, cordon_library_window, CORDON, LIBRARY_WINDOW, AdwWindow)

/* A strategy last validated longer ago than the validation-max-age
 * setting (days; 365 unless changed) is shown as stale. */

CordonLibraryWindow *cordon_library_window_new             (CordonWorkspace     *workspace);
CordonWorkspace     *cordon_library_window_get_workspace   (CordonLibraryWindow *self);
void                 cordon_library_window_select_strategy (CordonLibraryWindow *self,
                                                            const char          *slug);
CordonStrategy      *cordon_library_window_get_strategy    (CordonLibraryWindow *self);
guint                cordon_library_window_get_n_shown     (CordonLibraryWindow *self);
CordonStrategy      *cordon_library_window_get_shown       (CordonLibraryWindow *self,
                                                            guint                position);
void                 cordon_library_window_set_filter      (CordonLibraryWindow   *self,
                                                            CordonFocusArea        area,
                                                            int                    term);
char                *cordon_library_format_validated       (GDateTime           *last,
                                                            gint64               now_usec,
                                                            guint                max_age_days,
                                                            gboolean            *out_stale);
void                 cordon_library_window_add_strategy    (CordonLibraryWindow *self,
                                                            CordonStrategy      *strategy);

G_END_DECLS
