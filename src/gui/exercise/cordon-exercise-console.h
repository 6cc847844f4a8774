/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-exercise-console.h: the facilitator's window of a tabletop
 * exercise.
 */

#pragma once

#include <adwaita.h>

#include "cordon-aar.h"
#include "cordon-exercise.h"

G_BEGIN_DECLS

#define CORDON_TYPE_EXERCISE_CONSOLE (cordon_exercise_console_get_type ())

G_DECLARE_FINAL_TYPE (CordonExerciseConsole, cordon_exercise_console, CORDON, EXERCISE_CONSOLE, AdwWindow)

/**
 * CordonExerciseConsole:
 *
 * The exercise clock (start, pause, resume, speed, jump to the next
 * inject), the inject queue with each inject's status and Deliver Now /
 * Skip, manual injects, the current module's discussion questions, the
 * facilitator's notes (kept in the exercise workspace) and End
 * Exercise, which turns the window into the after-action report with
 * Export HTML, Export PDF and Record Validations.
 *
 * Actions: `console.start` (start, pause or resume), `console.next`,
 * `console.add-inject`, `console.end`, `console.export-html`,
 * `console.export-pdf`, `console.record-validations`.
 */

CordonExerciseConsole *cordon_exercise_console_new                 (CordonExercise        *exercise);

/**
 * cordon_exercise_console_get_visible_page:
 *
 * Returns: "console" while the exercise runs, "report" once it ended
 */
const char            *cordon_exercise_console_get_visible_page    (CordonExerciseConsole *self);
GtkDropDown           *cordon_exercise_console_get_speed_dropdown  (CordonExerciseConsole *self);
GtkListView           *cordon_exercise_console_get_queue           (CordonExerciseConsole *self);

/**
 * cordon_exercise_console_get_report:
 *
 * Returns: (transfer none) (nullable): the after-action report, once the
 *   exercise ended
 */
CordonAar             *cordon_exercise_console_get_report          (CordonExerciseConsole *self);

G_END_DECLS
