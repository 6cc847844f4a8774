/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-exercise-clock.c: the exercise clock against a manual base clock,
 * so that nothing sleeps: pause and resume, speeds, jumps, and alarms
 * that fire in order at the right exercise time whatever happened to
 * the mapping in between.
 */

#include "config.h"

#include "cordon-exercise-clock.h"
#include "cordon-manual-clock.h"
#include "cordon-time.h"

#define SEC(n)    ((gint64) (n) * G_USEC_PER_SEC)
#define MINUTE(n) (SEC (n) * 60)

typedef struct
{
  CordonManualClock   *base;
  CordonExerciseClock *clock;
  gint64               start;
  GArray              *fired;       /* alarm times, in firing order */
  GArray              *fired_now;   /* exercise time when each fired */
  guint                n_changed;
  guint                n_destroyed;
} Fixture;

typedef struct
{
  Fixture *fixture;
  gint64   usec;
} AlarmData;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 3, 2, 8, 0, 0);

  fixture->base = cordon_manual_clock_new_iso8601 ("2026-06-01T12:00:00Z");
  fixture->clock = cordon_exercise_clock_new (CORDON_CLOCK (fixture->base), start);
  fixture->start = cordon_time_from_date_time (start);
  fixture->fired = g_array_new (FALSE, FALSE, sizeof (gint64));
  fixture->fired_now = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->clock);
  g_assert_finalize_object (fixture->base);
  g_array_unref (fixture->fired);
  g_array_unref (fixture->fired_now);
}

static gint64
now (Fixture *fixture)
{
  return cordon_clock_now_usec (CORDON_CLOCK (fixture->clock)) - fixture->start;
}

static void
on_alarm (CordonClock *clock,
          gpointer     user_data)
{
  AlarmData *data = user_data;
  gint64 at = cordon_clock_now_usec (clock) - data->fixture->start;

  g_array_append_val (data->fixture->fired, data->usec);
  g_array_append_val (data->fixture->fired_now, at);
}

static void
alarm_data_free (gpointer user_data)
{
  AlarmData *data = user_data;

  data->fixture->n_destroyed++;
  g_free (data);
}

/* Arms an alarm @offset after the exercise start */
static guint
add_alarm (Fixture *fixture,
           gint64   offset)
{
  AlarmData *data = g_new0 (AlarmData, 1);

  data->fixture = fixture;
  data->usec = offset;
  return cordon_clock_add_alarm (CORDON_CLOCK (fixture->clock), fixture->start + offset,
                                 on_alarm, data, alarm_data_free);
}

static void
on_changed (CordonClock *clock,
            Fixture     *fixture)
{
  fixture->n_changed++;
}

static void
drain_main_context (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
assert_fired (Fixture *fixture,
              guint    n,
              ...)
{
  va_list args;

  g_assert_cmpuint (fixture->fired->len, ==, n);
  va_start (args, n);
  for (guint i = 0; i < n; i++)
    {
      gint64 expected = va_arg (args, gint64);

      g_assert_cmpint (g_array_index (fixture->fired, gint64, i), ==, expected);
      /* Fired once exercise time got there, not before */
      g_assert_cmpint (g_array_index (fixture->fired_now, gint64, i), >=, expected);
    }
  va_end (args);
}

static void
test_paused_until_started (Fixture       *fixture,
                           gconstpointer  data)
{
  g_assert_false (cordon_exercise_clock_get_running (fixture->clock));
  g_assert_cmpint (now (fixture), ==, 0);

  cordon_manual_clock_advance (fixture->base, 3600);
  g_assert_cmpint (now (fixture), ==, 0);

  {
    g_autoptr(GDateTime) start = cordon_time_to_date_time (fixture->start);
    cordon_exercise_clock_start (fixture->clock, start);
  }
  g_assert_true (cordon_exercise_clock_get_running (fixture->clock));
  g_assert_cmpint (now (fixture), ==, 0);

  cordon_manual_clock_advance (fixture->base, 90);
  g_assert_cmpint (now (fixture), ==, SEC (90));
}

static void
test_speeds (Fixture       *fixture,
             gconstpointer  data)
{
  static const guint speeds[] = { 1, 2, 5, 10, 60 };
  g_autoptr(GDateTime) start = cordon_time_to_date_time (fixture->start);
  gint64 expected = 0;

  g_assert_false (cordon_exercise_clock_is_valid_speed (0));
  g_assert_false (cordon_exercise_clock_is_valid_speed (3));
  g_assert_false (cordon_exercise_clock_is_valid_speed (100));

  cordon_exercise_clock_start (fixture->clock, start);
  for (guint i = 0; i < G_N_ELEMENTS (speeds); i++)
    {
      g_assert_true (cordon_exercise_clock_is_valid_speed (speeds[i]));
      cordon_exercise_clock_set_speed (fixture->clock, speeds[i]);
      g_assert_cmpuint (cordon_exercise_clock_get_speed (fixture->clock), ==, speeds[i]);

      /* Changing speed does not move exercise time */
      g_assert_cmpint (now (fixture), ==, expected);

      cordon_manual_clock_advance (fixture->base, 30);
      expected += SEC (30) * speeds[i];
      g_assert_cmpint (now (fixture), ==, expected);
    }

  g_object_set (fixture->clock, "speed", 2, NULL);
  g_assert_cmpuint (cordon_exercise_clock_get_speed (fixture->clock), ==, 2);
}

static void
test_pause_resume (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDateTime) start = cordon_time_to_date_time (fixture->start);

  cordon_exercise_clock_start (fixture->clock, start);
  cordon_exercise_clock_set_speed (fixture->clock, 10);
  cordon_manual_clock_advance (fixture->base, 6);
  g_assert_cmpint (now (fixture), ==, MINUTE (1));

  cordon_exercise_clock_pause (fixture->clock);
  g_assert_false (cordon_exercise_clock_get_running (fixture->clock));
  cordon_manual_clock_advance (fixture->base, 3600);
  g_assert_cmpint (now (fixture), ==, MINUTE (1));

  /* Pausing twice is harmless */
  cordon_exercise_clock_pause (fixture->clock);

  cordon_exercise_clock_resume (fixture->clock);
  g_assert_true (cordon_exercise_clock_get_running (fixture->clock));
  g_assert_cmpint (now (fixture), ==, MINUTE (1));
  cordon_manual_clock_advance (fixture->base, 6);
  g_assert_cmpint (now (fixture), ==, MINUTE (2));
}

static void
test_alarms_in_order (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GDateTime) start = cordon_time_to_date_time (fixture->start);

  /* Armed out of order, fired in order */
  add_alarm (fixture, MINUTE (45));
  add_alarm (fixture, MINUTE (15));
  add_alarm (fixture, MINUTE (30));
  add_alarm (fixture, MINUTE (30) + SEC (1));

  cordon_exercise_clock_start (fixture->clock, start);
  cordon_exercise_clock_set_speed (fixture->clock, 60);
  g_assert_true (cordon_exercise_clock_get_next_alarm (fixture->clock, NULL));

  /* One base second is one exercise minute */
  for (guint i = 0; i < 50; i++)
    {
      cordon_manual_clock_advance (fixture->base, 1);
      if (i + 1 == 15)
        assert_fired (fixture, 1, MINUTE (15));
      if (i + 1 == 29)
        g_assert_cmpuint (fixture->fired->len, ==, 1);
    }

  assert_fired (fixture, 4, MINUTE (15), MINUTE (30), MINUTE (30) + SEC (1), MINUTE (45));
  /* With whole-second steps each fired exactly on time, but the one a
   * second after its neighbour, which came with the next step */
  g_assert_cmpint (g_array_index (fixture->fired_now, gint64, 0), ==, MINUTE (15));
  g_assert_cmpint (g_array_index (fixture->fired_now, gint64, 1), ==, MINUTE (30));
  g_assert_cmpint (g_array_index (fixture->fired_now, gint64, 2), ==, MINUTE (31));
  g_assert_cmpint (g_array_index (fixture->fired_now, gint64, 3), ==, MINUTE (45));
  g_assert_cmpuint (fixture->n_destroyed, ==, 4);
  g_assert_false (cordon_exercise_clock_get_next_alarm (fixture->clock, NULL));
}

static void
test_alarms_and_speed_changes (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(GDateTime) start = cordon_time_to_date_time (fixture->start);

  add_alarm (fixture, MINUTE (60));
  cordon_exercise_clock_start (fixture->clock, start);

  /* Half an hour at 1× */
  cordon_manual_clock_advance (fixture->base, 30 * 60);
  g_assert_cmpuint (fixture->fired->len, ==, 0);

  /* The other half at 60× takes 30 base seconds */
  cordon_exercise_clock_set_speed (fixture->clock, 60);
  cordon_manual_clock_advance (fixture->base, 29);
  g_assert_cmpuint (fixture->fired->len, ==, 0);
  cordon_manual_clock_advance (fixture->base, 1);
  assert_fired (fixture, 1, MINUTE (60));
  g_assert_cmpint (g_array_index (fixture->fired_now, gint64, 0), ==, MINUTE (60));

  /* Slowing down again re-arms for later */
  add_alarm (fixture, MINUTE (70));
  cordon_exercise_clock_set_speed (fixture->clock, 5);
  cordon_manual_clock_advance (fixture->base, 119);
  g_assert_cmpuint (fixture->fired->len, ==, 1);
  cordon_manual_clock_advance (fixture->base, 1);
  assert_fired (fixture, 2, MINUTE (60), MINUTE (70));
  g_assert_cmpint (g_array_index (fixture->fired_now, gint64, 1), ==, MINUTE (70));
}

static void
test_alarms_and_pauses (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GDateTime) start = cordon_time_to_date_time (fixture->start);

  add_alarm (fixture, MINUTE (10));
  cordon_exercise_clock_start (fixture->clock, start);
  cordon_manual_clock_advance (fixture->base, 9 * 60);

  cordon_exercise_clock_pause (fixture->clock);
  cordon_manual_clock_advance (fixture->base, 24 * 3600);
  drain_main_context ();
  g_assert_cmpuint (fixture->fired->len, ==, 0);

  cordon_exercise_clock_resume (fixture->clock);
  cordon_manual_clock_advance (fixture->base, 59);
  g_assert_cmpuint (fixture->fired->len, ==, 0);
  cordon_manual_clock_advance (fixture->base, 1);
  assert_fired (fixture, 1, MINUTE (10));
  g_assert_cmpint (g_array_index (fixture->fired_now, gint64, 0), ==, MINUTE (10));
}

static void
test_jumps (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GDateTime) start = cordon_time_to_date_time (fixture->start);
  gint64 next = 0;

  g_signal_connect (fixture->clock, "changed", G_CALLBACK (on_changed), fixture);
  add_alarm (fixture, MINUTE (20));
  add_alarm (fixture, MINUTE (10));
  add_alarm (fixture, MINUTE (30));
  cordon_exercise_clock_start (fixture->clock, start);
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  /* "Jump to the next inject" */
  g_assert_true (cordon_exercise_clock_get_next_alarm (fixture->clock, &next));
  g_assert_cmpint (next, ==, fixture->start + MINUTE (10));
  cordon_exercise_clock_jump_to_usec (fixture->clock, next);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  assert_fired (fixture, 1, MINUTE (10));

  /* Past the next one: it fires synchronously, the later one waits */
  cordon_exercise_clock_jump_to_usec (fixture->clock, fixture->start + MINUTE (25));
  g_assert_cmpuint (fixture->n_changed, ==, 2);
  assert_fired (fixture, 2, MINUTE (10), MINUTE (20));
  g_assert_cmpint (g_array_index (fixture->fired_now, gint64, 1), ==, MINUTE (25));

  /* Jumping back and forth short of an alarm does not fire it */
  cordon_exercise_clock_jump_to_usec (fixture->clock, fixture->start + MINUTE (30) - 1);
  cordon_exercise_clock_jump_to_usec (fixture->clock, fixture->start + MINUTE (25));
  g_assert_cmpuint (fixture->fired->len, ==, 2);
  g_assert_cmpint (now (fixture), ==, MINUTE (25));

  /* Running on from the jump: five more minutes at 1× */
  cordon_manual_clock_advance (fixture->base, 5 * 60 - 1);
  g_assert_cmpuint (fixture->fired->len, ==, 2);
  cordon_manual_clock_advance (fixture->base, 1);
  assert_fired (fixture, 3, MINUTE (10), MINUTE (20), MINUTE (30));

  /* A paused clock jumps too, and stays paused; alarms passed fire in
   * order */
  add_alarm (fixture, MINUTE (100));
  add_alarm (fixture, MINUTE (90));
  add_alarm (fixture, MINUTE (130));
  cordon_exercise_clock_pause (fixture->clock);
  {
    g_autoptr(GDateTime) later = cordon_time_to_date_time (fixture->start + MINUTE (120));
    cordon_exercise_clock_jump_to (fixture->clock, later);
  }
  g_assert_false (cordon_exercise_clock_get_running (fixture->clock));
  assert_fired (fixture, 5, MINUTE (10), MINUTE (20), MINUTE (30), MINUTE (90), MINUTE (100));
  g_assert_cmpint (now (fixture), ==, MINUTE (120));
  cordon_manual_clock_advance (fixture->base, 3600);
  g_assert_cmpuint (fixture->fired->len, ==, 5);
}

static void
test_past_alarm_and_removal (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GDateTime) start = cordon_time_to_date_time (fixture->start);
  guint id;

  cordon_exercise_clock_start (fixture->clock, start);
  cordon_manual_clock_advance (fixture->base, 600);

  /* An alarm for a time already past fires from an idle callback */
  add_alarm (fixture, MINUTE (5));
  g_assert_cmpuint (fixture->fired->len, ==, 0);
  drain_main_context ();
  assert_fired (fixture, 1, MINUTE (5));

  /* A removed alarm never fires, and its data is freed */
  id = add_alarm (fixture, MINUTE (20));
  g_assert_cmpuint (fixture->n_destroyed, ==, 1);
  cordon_clock_remove_alarm (CORDON_CLOCK (fixture->clock), id);
  g_assert_cmpuint (fixture->n_destroyed, ==, 2);
  cordon_manual_clock_advance (fixture->base, 3600);
  drain_main_context ();
  g_assert_cmpuint (fixture->fired->len, ==, 1);

  /* Alarms still armed when the clock goes are freed with it */
  add_alarm (fixture, MINUTE (500));
  g_clear_object (&fixture->clock);
  g_assert_cmpuint (fixture->n_destroyed, ==, 3);

  /* The base clock no longer calls into the freed clock */
  cordon_manual_clock_advance (fixture->base, 24 * 3600);
  drain_main_context ();
  g_assert_cmpuint (fixture->fired->len, ==, 1);

  fixture->clock = cordon_exercise_clock_new (CORDON_CLOCK (fixture->base), NULL);
}

static void
test_base_jumps (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GDateTime) start = cordon_time_to_date_time (fixture->start);

  g_signal_connect (fixture->clock, "changed", G_CALLBACK (on_changed), fixture);

  /* While paused, the base clock's jumps do not concern the exercise */
  cordon_manual_clock_advance (fixture->base, 60);
  g_assert_cmpuint (fixture->n_changed, ==, 0);

  cordon_exercise_clock_start (fixture->clock, start);
  add_alarm (fixture, MINUTE (10));
  cordon_exercise_clock_set_speed (fixture->clock, 2);
  cordon_manual_clock_advance (fixture->base, 300);
  g_assert_cmpuint (fixture->n_changed, ==, 1);
  assert_fired (fixture, 1, MINUTE (10));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/exercise-clock/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("paused-until-started", test_paused_until_started);
  ADD ("speeds", test_speeds);
  ADD ("pause-resume", test_pause_resume);
  ADD ("alarms-in-order", test_alarms_in_order);
  ADD ("alarms-and-speed-changes", test_alarms_and_speed_changes);
  ADD ("alarms-and-pauses", test_alarms_and_pauses);
  ADD ("jumps", test_jumps);
  ADD ("past-alarm-and-removal", test_past_alarm_and_removal);
  ADD ("base-jumps", test_base_jumps);

#undef ADD

  return g_test_run ();
}
