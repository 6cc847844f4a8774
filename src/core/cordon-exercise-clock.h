/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-exercise-clock.h: the clock of a tabletop exercise, which can
 * pause, run faster than real time and jump ahead.
 */

#pragma once

#include "cordon-clock.h"
#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_EXERCISE_CLOCK (cordon_exercise_clock_get_type ())

G_DECLARE_FINAL_TYPE (CordonExerciseClock, cordon_exercise_clock, CORDON, EXERCISE_CLOCK, GObject)

/**
 * CordonExerciseClock:
 *
 * A #CordonClock whose time is derived from a base clock (the system
 * clock in an exercise, a manual clock in tests): while running,
 * exercise time advances @speed times as fast as the base clock; while
 * paused it stands still. Its alarms fire when exercise time reaches
 * them, whatever the speed and after pauses and jumps; they fire in the
 * order of their times. It emits #CordonClock::changed when it jumps,
 * and when its base clock jumps while it runs.
 *
 * A new clock is paused, at the time it was created with.
 */

/**
 * cordon_exercise_clock_new:
 * @base: the clock real time is read from
 * @start: (nullable): the exercise time to start at; %NULL for the base
 *   clock's current time
 *
 * Returns: (transfer full): a paused exercise clock at @start, speed 1
 */
CordonExerciseClock *cordon_exercise_clock_new            (CordonClock         *base,
                                                           GDateTime           *start);

/**
 * cordon_exercise_clock_get_base:
 *
 * Returns: (transfer none): the base clock
 */
CordonClock         *cordon_exercise_clock_get_base       (CordonExerciseClock *self);

/**
 * cordon_exercise_clock_start:
 * @start: the scenario's start time
 *
 * Sets the exercise time to @start and runs. Alarms earlier than @start
 * fire (in order); emits #CordonClock::changed when the time moved.
 */
void                 cordon_exercise_clock_start          (CordonExerciseClock *self,
                                                           GDateTime           *start);

/**
 * cordon_exercise_clock_pause:
 *
 * Stops exercise time; nothing fires until it resumes.
 */
void                 cordon_exercise_clock_pause          (CordonExerciseClock *self);

/**
 * cordon_exercise_clock_resume:
 *
 * Lets exercise time run again from where it stopped.
 */
void                 cordon_exercise_clock_resume         (CordonExerciseClock *self);

/**
 * cordon_exercise_clock_get_running:
 *
 * Returns: whether exercise time runs
 */
gboolean             cordon_exercise_clock_get_running    (CordonExerciseClock *self);

/**
 * cordon_exercise_clock_is_valid_speed:
 *
 * Returns: whether @speed is one the clock runs at: 1, 2, 5, 10 or 60
 */
gboolean             cordon_exercise_clock_is_valid_speed (guint                speed);

/**
 * cordon_exercise_clock_set_speed:
 * @speed: 1, 2, 5, 10 or 60 (see cordon_exercise_clock_is_valid_speed())
 *
 * Changes how many exercise seconds pass per real second, from now on;
 * exercise time does not jump.
 */
void                 cordon_exercise_clock_set_speed      (CordonExerciseClock *self,
                                                           guint                speed);

/**
 * cordon_exercise_clock_get_speed:
 *
 * Returns: the speed
 */
guint                cordon_exercise_clock_get_speed      (CordonExerciseClock *self);

/**
 * cordon_exercise_clock_jump_to:
 * @time: the exercise time to jump to
 *
 * Sets the exercise time, running or paused as before. Emits
 * #CordonClock::changed, then fires, in order, every alarm the jump
 * passed.
 */
void                 cordon_exercise_clock_jump_to        (CordonExerciseClock *self,
                                                           GDateTime           *time);

/**
 * cordon_exercise_clock_jump_to_usec:
 * @usec: the exercise time, in microseconds since the Unix epoch
 *
 * Like cordon_exercise_clock_jump_to().
 */
void                 cordon_exercise_clock_jump_to_usec   (CordonExerciseClock *self,
                                                           gint64               usec);

/**
 * cordon_exercise_clock_get_next_alarm:
 * @out_usec: (out) (optional): when the next alarm is due
 *
 * For "jump to the next inject": the earliest armed alarm.
 *
 * Returns: whether an alarm is armed
 */
gboolean             cordon_exercise_clock_get_next_alarm (CordonExerciseClock *self,
                                                           gint64              *out_usec);

G_END_DECLS
