/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "cordon-application.h"
#include "cordon-board.h"
#include "cordon-exercise.h"
#include "cordon-exercise-console.h"
#include "cordon-incident-page.h"

G_BEGIN_DECLS

#define CORDON_TYPE_WINDOW (cordon_window_get_type ())

G_DECLARE_FINAL_TYPE (CordonWindow, cordon_window, CORDON, WINDOW, AdwApplicationWindow)

CordonWindow       *cordon_window_new                 (CordonApplication *application);
const char         *cordon_window_get_visible_page    (CordonWindow      *self);
void                cordon_window_show_incident       (CordonWindow      *self,
                                                       CordonIncident    *incident);
CordonBoard        *cordon_window_get_board           (CordonWindow      *self);
CordonIncidentPage *cordon_window_get_incident_page   (CordonWindow      *self);
AdwToastOverlay    *cordon_window_get_toast_overlay   (CordonWindow      *self);
CordonWindow       *cordon_window_new_for_exercise    (CordonApplication *application,
                                                       CordonExercise    *exercise);
CordonExercise     *cordon_window_get_exercise        (CordonWindow      *self);
CordonExerciseConsole *cordon_window_get_console      (CordonWindow      *self);

void                cordon_window_import_file        (CordonWindow      *self,
                                                      const char        *path);

G_END_DECLS
