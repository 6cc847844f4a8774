/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-notifier.c: CordonNotifier against a real notification server,
 * python3-dbusmock's notification_daemon template on a private session
 * bus. Checks the Notify calls the server receives (summary, body,
 * urgency, actions, one per event), the start-up summary, withdrawal,
 * and that the server's ActionInvoked signal activates the application
 * action with the right parameter.
 *
 * Run it inside dbus-run-session; it skips (exit 77) without a session
 * bus or python3-dbusmock, and refuses a bus where a notification server
 * already runs, so it never shows anything on a real desktop.
 */

#include "config.h"

#include <locale.h>
#include <signal.h>
#include <string.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include "cordon-notifier.h"
#include "notification-mock.h"


/* 2026-03-02T10:00:00Z */
#define NOW_USEC (G_GINT64_CONSTANT (1772445600) * G_USEC_PER_SEC)
#define MINUTES(n) ((gint64) (n) * 60 * G_USEC_PER_SEC)

static GApplication *app;
static GPtrArray *activated;   /* "action-name parameter" for each activation */

/* The application's actions, as stubs */

static void
on_stub_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  g_autofree char *printed = parameter != NULL ? g_variant_print (parameter, FALSE) : g_strdup ("");

  g_ptr_array_add (activated, g_strdup_printf ("%s %s", g_action_get_name (G_ACTION (action)), printed));
}

static void
on_app_activate (GApplication *application)
{
  g_ptr_array_add (activated, g_strdup ("activate"));
}

static const GActionEntry stub_actions[] = {
  { "show-incident", on_stub_action, "s" },
  { "acknowledge-incident", on_stub_action, "s" },
  { "snooze-deadline", on_stub_action, "(ss)" },
};

typedef struct
{
  char *key;
  char *deadline;
  char *action;
  guint count;
} Invoked;

static void
on_action_invoked (CordonNotifier *notifier,
                   const char     *key,
                   const char     *deadline,
                   const char     *action,
                   Invoked        *invoked)
{
  g_free (invoked->key);
  g_free (invoked->deadline);
  g_free (invoked->action);
  invoked->key = g_strdup (key);
  invoked->deadline = g_strdup (deadline);
  invoked->action = g_strdup (action);
  invoked->count++;
}

static void
invoked_clear (Invoked *invoked)
{
  g_clear_pointer (&invoked->key, g_free);
  g_clear_pointer (&invoked->deadline, g_free);
  g_clear_pointer (&invoked->action, g_free);
}

static const char * const deadline_actions[] = {
  "default", "Open incident",
  "open-incident", "Open incident",
  "acknowledge", "Acknowledge",
  "snooze", "Snooze 15 min",
  NULL
};

/* Tests */

static void
test_warning_then_breach (void)
{
  g_autoptr(CordonNotifier) notifier = cordon_notifier_new (app);
  g_autoptr(GPtrArray) calls = NULL;
  g_autoptr(GVariant) exercise = NULL;
  g_autofree char *icon = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *body = NULL;
  guint warning_id;

  clear_calls ();

  g_assert_true (cordon_notifier_deadline (notifier, "INC-2026-0042", "Phishing & wire fraud",
                                           "response", "Response", FALSE,
                                           NOW_USEC + MINUTES (14), NOW_USEC));
  warning_id = last_id ();

  calls = method_calls ("Notify");
  g_assert_cmpuint (calls->len, ==, 1);
  g_assert_cmpuint (call_replaces_id (calls, 0), ==, 0);
  icon = call_string (calls, 0, 2);
  g_assert_cmpstr (icon, ==, APPLICATION_ID);
  summary = call_string (calls, 0, 3);
  g_assert_cmpstr (summary, ==, "INC-2026-0042: Response due in 14 min");
  /* The mock server reads body markup, so the title is escaped. */
  body = call_string (calls, 0, 4);
  g_assert_cmpstr (body, ==, "Phishing &amp; wire fraud\nResponse is due at 10:14");
  assert_actions (calls, 0, deadline_actions);
  g_assert_cmpuint (call_urgency (calls, 0), ==, 1);
  assert_hint_string (calls, 0, "category", "x-cordon.sla.warning");
  assert_hint_string (calls, 0, "desktop-entry", APPLICATION_ID);
  exercise = call_hint (calls, 0, "x-cordon-exercise");
  g_assert_null (exercise);
  g_clear_pointer (&calls, g_ptr_array_unref);

  /* The same warning again, even later, is not shown again. */
  g_assert_false (cordon_notifier_deadline (notifier, "INC-2026-0042", "Phishing & wire fraud",
                                            "response", "Response", FALSE,
                                            NOW_USEC + MINUTES (14), NOW_USEC + MINUTES (5)));
  calls = method_calls ("Notify");
  g_assert_cmpuint (calls->len, ==, 1);
  g_clear_pointer (&calls, g_ptr_array_unref);

  /* The breach replaces the warning on screen. */
  g_assert_true (cordon_notifier_deadline (notifier, "INC-2026-0042", "Phishing & wire fraud",
                                           "response", "Response", TRUE,
                                           NOW_USEC + MINUTES (14), NOW_USEC + MINUTES (17)));
  calls = method_calls ("Notify");
  g_assert_cmpuint (calls->len, ==, 2);
  g_assert_cmpuint (call_replaces_id (calls, 1), ==, warning_id);
  g_clear_pointer (&summary, g_free);
  summary = call_string (calls, 1, 3);
  g_assert_cmpstr (summary, ==, "INC-2026-0042: Response deadline breached 3 min ago");
  g_clear_pointer (&body, g_free);
  body = call_string (calls, 1, 4);
  g_assert_cmpstr (body, ==, "Phishing &amp; wire fraud\nResponse was due at 10:14");
  assert_actions (calls, 1, deadline_actions);
  g_assert_cmpuint (call_urgency (calls, 1), ==, 2);
  assert_hint_string (calls, 1, "category", "x-cordon.sla.breach");
  assert_hint_string (calls, 1, "desktop-entry", APPLICATION_ID);
  g_clear_pointer (&calls, g_ptr_array_unref);

  /* Neither the breach nor a late warning comes again. */
  g_assert_false (cordon_notifier_deadline (notifier, "INC-2026-0042", "Phishing & wire fraud",
                                            "response", "Response", TRUE,
                                            NOW_USEC + MINUTES (14), NOW_USEC + MINUTES (30)));
  g_assert_false (cordon_notifier_deadline (notifier, "INC-2026-0042", "Phishing & wire fraud",
                                            "response", "Response", FALSE,
                                            NOW_USEC + MINUTES (14), NOW_USEC + MINUTES (30)));
  calls = method_calls ("Notify");
  g_assert_cmpuint (calls->len, ==, 2);
  g_clear_pointer (&calls, g_ptr_array_unref);

  /* Another deadline of the same incident is its own notification. */
  g_assert_true (cordon_notifier_deadline (notifier, "INC-2026-0042", "Phishing & wire fraud",
                                           "resolution", "Resolution", FALSE,
                                           NOW_USEC + MINUTES (150), NOW_USEC));
  calls = method_calls ("Notify");
  g_assert_cmpuint (calls->len, ==, 3);
  g_assert_cmpuint (call_replaces_id (calls, 2), ==, 0);
  g_clear_pointer (&summary, g_free);
  summary = call_string (calls, 2, 3);
  g_assert_cmpstr (summary, ==, "INC-2026-0042: Resolution due in 2 h 30 min");
}

static void
test_breach_after_close (void)
{
  g_autoptr(CordonNotifier) notifier = cordon_notifier_new (app);
  g_autoptr(GPtrArray) calls = NULL;
  g_autofree char *summary = NULL;
  guint warning_id;

  clear_calls ();

  g_assert_true (cordon_notifier_deadline (notifier, "INC-2026-0007", "Laptop stolen",
                                           "first-update", "First update", FALSE,
                                           NOW_USEC + MINUTES (10), NOW_USEC));
  warning_id = last_id ();

  /* Dismissed by the user (reason 2) */
  emit_server_signal ("NotificationClosed", g_variant_new ("(uu)", warning_id, 2));
  flush ();

  g_assert_true (cordon_notifier_deadline (notifier, "INC-2026-0007", "Laptop stolen",
                                           "first-update", "First update", TRUE,
                                           NOW_USEC + MINUTES (10), NOW_USEC + MINUTES (10)));
  calls = method_calls ("Notify");
  g_assert_cmpuint (calls->len, ==, 2);
  g_assert_cmpuint (call_replaces_id (calls, 1), ==, 0);
  summary = call_string (calls, 1, 3);
  g_assert_cmpstr (summary, ==, "INC-2026-0007: First update deadline breached");
  g_assert_cmpuint (call_urgency (calls, 1), ==, 2);
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
test_exercise (void)
{
  g_autoptr(CordonNotifier) notifier = cordon_notifier_new (app);
  g_autoptr(GPtrArray) calls = NULL;
  g_autoptr(GVariant) marked = NULL;
  g_autoptr(GVariant) unmarked = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *plain = NULL;
  guint notified = 0;

  clear_calls ();

  g_signal_connect (notifier, "notify::exercise", G_CALLBACK (on_notify), &notified);
  g_object_set (notifier, "exercise", TRUE, NULL);
  g_object_set (notifier, "exercise", TRUE, NULL);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (cordon_notifier_get_exercise (notifier));

  g_assert_true (cordon_notifier_deadline (notifier, "EX-2026-0001", "Ransomware drill",
                                           "response", "Response", TRUE,
                                           NOW_USEC - MINUTES (65), NOW_USEC));
  cordon_notifier_set_exercise (notifier, FALSE);
  g_assert_true (cordon_notifier_deadline (notifier, "INC-2026-0001", "Real one",
                                           "response", "Response", FALSE,
                                           NOW_USEC + MINUTES (60), NOW_USEC));

  calls = method_calls ("Notify");
  g_assert_cmpuint (calls->len, ==, 2);
  summary = call_string (calls, 0, 3);
  g_assert_cmpstr (summary, ==, "Exercise: EX-2026-0001: Response deadline breached 1 h 5 min ago");
  marked = call_hint (calls, 0, "x-cordon-exercise");
  g_assert_nonnull (marked);
  g_assert_true (g_variant_get_boolean (marked));

  plain = call_string (calls, 1, 3);
  g_assert_cmpstr (plain, ==, "INC-2026-0001: Response due in 1 h");
  unmarked = call_hint (calls, 1, "x-cordon-exercise");
  g_assert_null (unmarked);
}

static GPtrArray *
overdue_items (guint n_incidents)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) cordon_notifier_item_free);

  for (guint i = 1; i <= n_incidents; i++)
    {
      g_autofree char *key = g_strdup_printf ("INC-2026-%04u", i);
      g_autofree char *title = g_strdup_printf ("Incident %u", i);

      g_ptr_array_add (items, cordon_notifier_item_new (key, title, "response", "Response",
                                                        TRUE, NOW_USEC - MINUTES (i * 10)));
    }

  /* A second deadline of the first incident shares its line. */
  g_ptr_array_add (items, cordon_notifier_item_new ("INC-2026-0001", "Incident 1",
                                                    "resolution", "Resolution",
                                                    TRUE, NOW_USEC - MINUTES (5)));

  return items;
}

static void
test_summary (void)
{
  g_autoptr(CordonNotifier) notifier = cordon_notifier_new (app);
  g_autoptr(GPtrArray) items = overdue_items (CORDON_NOTIFIER_SUMMARY_THRESHOLD + 2);
  g_autoptr(GPtrArray) calls = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *body = NULL;
  static const char * const summary_actions[] = { "default", "Show incidents", NULL };

  clear_calls ();

  g_assert_cmpuint (cordon_notifier_summary (notifier, items, NOW_USEC), ==, 1);

  calls = method_calls ("Notify");
  g_assert_cmpuint (calls->len, ==, 1);
  summary = call_string (calls, 0, 3);
  g_assert_cmpstr (summary, ==, "5 incidents are past an SLA deadline");
  body = call_string (calls, 0, 4);
  g_assert_cmpstr (body, ==,
                   "INC-2026-0001 Incident 1 (Response, Resolution)\n"
                   "INC-2026-0002 Incident 2 (Response)\n"
                   "INC-2026-0003 Incident 3 (Response)\n"
                   "INC-2026-0004 Incident 4 (Response)\n"
                   "INC-2026-0005 Incident 5 (Response)");
  g_assert_cmpuint (call_urgency (calls, 0), ==, 2);
  assert_hint_string (calls, 0, "category", "x-cordon.sla.summary");
  assert_hint_string (calls, 0, "desktop-entry", APPLICATION_ID);
  assert_actions (calls, 0, summary_actions);
  g_clear_pointer (&calls, g_ptr_array_unref);

  /* What the summary named counts as shown. */
  g_assert_false (cordon_notifier_deadline (notifier, "INC-2026-0003", "Incident 3",
                                            "response", "Response", TRUE,
                                            NOW_USEC - MINUTES (30), NOW_USEC));
  g_assert_cmpuint (cordon_notifier_summary (notifier, items, NOW_USEC), ==, 0);
  calls = method_calls ("Notify");
  g_assert_cmpuint (calls->len, ==, 1);
}

static void
test_summary_long (void)
{
  g_autoptr(CordonNotifier) notifier = cordon_notifier_new (app);
  g_autoptr(GPtrArray) items = overdue_items (12);
  g_autoptr(GPtrArray) calls = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *body = NULL;

  clear_calls ();

  /* One deadline still ahead makes it "near or past". */
  ((CordonNotifierItem *) g_ptr_array_index (items, 11))->breached = FALSE;

  g_assert_cmpuint (cordon_notifier_summary (notifier, items, NOW_USEC), ==, 1);
  calls = method_calls ("Notify");
  g_assert_cmpuint (calls->len, ==, 1);
  summary = call_string (calls, 0, 3);
  g_assert_cmpstr (summary, ==, "12 incidents are near or past an SLA deadline");
  body = call_string (calls, 0, 4);
  for (guint i = 1; i <= 12; i++)
    {
      g_autofree char *key = g_strdup_printf ("INC-2026-%04u", i);

      g_assert_nonnull (strstr (body, key));
    }
  g_assert_true (g_str_has_suffix (body, "\nAnd 2 more: INC-2026-0011, INC-2026-0012"));
  g_assert_cmpuint (call_urgency (calls, 0), ==, 2);
}

static void
test_summary_few (void)
{
  g_autoptr(CordonNotifier) notifier = cordon_notifier_new (app);
  g_autoptr(GPtrArray) items = overdue_items (2);
  g_autoptr(GPtrArray) calls = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;

  clear_calls ();

  /* Two incidents: one notification per deadline instead of a summary */
  g_assert_cmpuint (cordon_notifier_summary (notifier, items, NOW_USEC), ==, 3);
  calls = method_calls ("Notify");
  g_assert_cmpuint (calls->len, ==, 3);
  first = call_string (calls, 0, 3);
  second = call_string (calls, 1, 3);
  third = call_string (calls, 2, 3);
  g_assert_cmpstr (first, ==, "INC-2026-0001: Response deadline breached 10 min ago");
  g_assert_cmpstr (second, ==, "INC-2026-0001: Resolution deadline breached 5 min ago");
  g_assert_cmpstr (third, ==, "INC-2026-0002: Response deadline breached 20 min ago");
  assert_actions (calls, 0, deadline_actions);

  g_assert_cmpuint (cordon_notifier_summary (notifier, items, NOW_USEC), ==, 0);
}

static void
test_actions (void)
{
  g_autoptr(CordonNotifier) notifier = cordon_notifier_new (app);
  g_autoptr(GPtrArray) items = overdue_items (CORDON_NOTIFIER_SUMMARY_THRESHOLD + 1);
  g_autoptr(GPtrArray) closes = NULL;
  Invoked invoked = { 0 };
  guint id, summary_id;

  clear_calls ();
  g_ptr_array_set_size (activated, 0);
  g_signal_connect (notifier, "action-invoked", G_CALLBACK (on_action_invoked), &invoked);

  g_assert_true (cordon_notifier_deadline (notifier, "INC-2026-0042", "Phishing",
                                           "response", "Response", FALSE,
                                           NOW_USEC + MINUTES (14), NOW_USEC));
  id = last_id ();

  emit_server_signal ("ActionInvoked", g_variant_new ("(us)", id, "acknowledge"));
  wait_for_count (activated, 1);
  g_assert_cmpstr (g_ptr_array_index (activated, 0), ==, "acknowledge-incident 'INC-2026-0042'");
  g_assert_cmpuint (invoked.count, ==, 1);
  g_assert_cmpstr (invoked.key, ==, "INC-2026-0042");
  g_assert_cmpstr (invoked.deadline, ==, "response");
  g_assert_cmpstr (invoked.action, ==, "acknowledge");
  g_assert_null (cordon_notifier_get_activation_token (notifier));

  /* A click on the notification opens the incident, as the button does. */
  emit_server_signal ("ActionInvoked", g_variant_new ("(us)", id, "default"));
  wait_for_count (activated, 2);
  g_assert_cmpstr (g_ptr_array_index (activated, 1), ==, "show-incident 'INC-2026-0042'");
  g_assert_cmpstr (invoked.action, ==, "open-incident");

  emit_server_signal ("ActionInvoked", g_variant_new ("(us)", id, "open-incident"));
  wait_for_count (activated, 3);
  g_assert_cmpstr (g_ptr_array_index (activated, 2), ==, "show-incident 'INC-2026-0042'");

  /* An action for another notification is not ours. */
  emit_server_signal ("ActionInvoked", g_variant_new ("(us)", id + 1000, "acknowledge"));
  flush ();
  g_assert_cmpuint (activated->len, ==, 3);

  /* Snoozing closes the notification and lets it come back later. */
  emit_server_signal ("ActionInvoked", g_variant_new ("(us)", id, "snooze"));
  wait_for_count (activated, 4);
  g_assert_cmpstr (g_ptr_array_index (activated, 3), ==, "snooze-deadline ('INC-2026-0042', 'response')");
  g_assert_cmpstr (invoked.action, ==, "snooze");
  g_assert_cmpuint (invoked.count, ==, 4);
  closes = method_calls ("CloseNotification");
  g_assert_cmpuint (closes->len, ==, 1);
  g_assert_cmpuint (call_id (closes, 0, 0), ==, id);
  g_assert_true (cordon_notifier_deadline (notifier, "INC-2026-0042", "Phishing",
                                           "response", "Response", FALSE,
                                           NOW_USEC + MINUTES (14), NOW_USEC + MINUTES (15)));

  /* The start-up summary's click brings up the application. */
  g_assert_cmpuint (cordon_notifier_summary (notifier, items, NOW_USEC), ==, 1);
  summary_id = last_id ();
  emit_server_signal ("ActionInvoked", g_variant_new ("(us)", summary_id, "default"));
  wait_for_count (activated, 5);
  g_assert_cmpstr (g_ptr_array_index (activated, 4), ==, "activate");
  g_assert_null (invoked.key);
  g_assert_null (invoked.deadline);
  g_assert_cmpstr (invoked.action, ==, "show-incidents");

  invoked_clear (&invoked);
}

static const char * const monitoring_actions[] = {
  "default", "Open incident",
  "open-incident", "Open incident",
  NULL
};

/* A monitoring reminder: normal urgency, its own category, Open incident
 * only; the next reminder of the same check replaces it on screen, the
 * last one asks for the outcome; its click opens the incident. */
static void
test_monitoring (void)
{
  g_autoptr(CordonNotifier) notifier = cordon_notifier_new (app);
  g_autoptr(GPtrArray) calls = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *body = NULL;
  guint first;

  clear_calls ();
  g_ptr_array_set_size (activated, 0);

  g_assert_true (cordon_notifier_monitoring (notifier, "INC-2026-0042", "Ransomware on the file server",
                                             7, "Outbound traffic", "Stop outbound communication", FALSE));
  first = last_id ();
  calls = method_calls ("Notify");
  g_assert_cmpuint (calls->len, ==, 1);
  summary = call_string (calls, 0, 3);
  g_assert_cmpstr (summary, ==, "INC-2026-0042: monitoring check due");
  body = call_string (calls, 0, 4);
  g_assert_cmpstr (body, ==, "Check Outbound traffic after “Stop outbound communication”.\nRansomware on the file server");
  assert_actions (calls, 0, monitoring_actions);
  g_assert_cmpuint (call_urgency (calls, 0), ==, 1);
  assert_hint_string (calls, 0, "category", "x-cordon.monitoring");
  g_clear_pointer (&calls, g_ptr_array_unref);

  /* The last reminder of the same check takes its place */
  g_assert_true (cordon_notifier_monitoring (notifier, "INC-2026-0042", "Ransomware on the file server",
                                             7, "Outbound traffic", "Stop outbound communication", TRUE));
  calls = method_calls ("Notify");
  g_assert_cmpuint (calls->len, ==, 2);
  g_assert_cmpuint (call_replaces_id (calls, 1), ==, first);
  g_clear_pointer (&summary, g_free);
  summary = call_string (calls, 1, 3);
  g_assert_cmpstr (summary, ==, "INC-2026-0042: monitoring period over");
  g_clear_pointer (&body, g_free);
  body = call_string (calls, 1, 4);
  g_assert_cmpstr (body, ==, "Record whether “Stop outbound communication” held: Outbound traffic.\nRansomware on the file server");
  g_clear_pointer (&calls, g_ptr_array_unref);

  /* Another check is another notification */
  g_assert_true (cordon_notifier_monitoring (notifier, "INC-2026-0042", NULL,
                                             8, "Targeted victims", "Isolate the VLAN", FALSE));
  calls = method_calls ("Notify");
  g_assert_cmpuint (calls->len, ==, 3);
  g_assert_cmpuint (call_replaces_id (calls, 2), ==, 0);

  emit_server_signal ("ActionInvoked", g_variant_new ("(us)", first, "default"));
  wait_for_count (activated, 1);
  g_assert_cmpstr (g_ptr_array_index (activated, 0), ==, "show-incident 'INC-2026-0042'");
}

static void
on_group_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GPtrArray *calls = user_data;

  g_ptr_array_add (calls, g_strdup_printf ("%s %s", g_action_get_name (G_ACTION (action)),
                                           g_variant_get_string (parameter, NULL)));
}

/* An exercise window's notifier sends its buttons to the window, not to
 * the application, whose workspace is the real one */
static void
test_action_group (void)
{
  g_autoptr(CordonNotifier) notifier = cordon_notifier_new (app);
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(GPtrArray) calls = g_ptr_array_new_with_free_func (g_free);
  const GActionEntry entries[] = {
    { "show-incident", on_group_action, "s" },
    { "acknowledge-incident", on_group_action, "s" },
  };
  guint id;

  clear_calls ();
  g_ptr_array_set_size (activated, 0);
  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), calls);
  cordon_notifier_set_exercise (notifier, TRUE);
  cordon_notifier_set_action_group (notifier, G_ACTION_GROUP (group));

  g_assert_true (cordon_notifier_deadline (notifier, "INC-2026-0001", "Exercise incident",
                                           "response", "Response", FALSE,
                                           NOW_USEC + MINUTES (14), NOW_USEC));
  id = last_id ();

  emit_server_signal ("ActionInvoked", g_variant_new ("(us)", id, "acknowledge"));
  wait_for_count (calls, 1);
  g_assert_cmpstr (g_ptr_array_index (calls, 0), ==, "acknowledge-incident INC-2026-0001");
  emit_server_signal ("ActionInvoked", g_variant_new ("(us)", id, "default"));
  wait_for_count (calls, 2);
  g_assert_cmpstr (g_ptr_array_index (calls, 1), ==, "show-incident INC-2026-0001");

  /* The application heard nothing */
  flush ();
  g_assert_cmpuint (activated->len, ==, 0);

  /* Once the window is gone, nothing is sent anywhere */
  g_clear_object (&group);
  emit_server_signal ("ActionInvoked", g_variant_new ("(us)", id, "default"));
  flush ();
  g_assert_cmpuint (activated->len, ==, 0);
}

static void
test_withdraw (void)
{
  g_autoptr(CordonNotifier) notifier = cordon_notifier_new (app);
  g_autoptr(GPtrArray) closes = NULL;
  g_autoptr(GPtrArray) calls = NULL;
  guint response_id, resolution_id, first, second;

  clear_calls ();

  g_assert_true (cordon_notifier_deadline (notifier, "INC-2026-0100", "DDoS",
                                           "response", "Response", TRUE,
                                           NOW_USEC - MINUTES (1), NOW_USEC));
  response_id = last_id ();
  g_assert_true (cordon_notifier_deadline (notifier, "INC-2026-0100", "DDoS",
                                           "resolution", "Resolution", FALSE,
                                           NOW_USEC + MINUTES (40), NOW_USEC));
  resolution_id = last_id ();
  g_assert_true (cordon_notifier_deadline (notifier, "INC-2026-0101", "Defacement",
                                           "response", "Response", FALSE,
                                           NOW_USEC + MINUTES (5), NOW_USEC));

  cordon_notifier_withdraw (notifier, "INC-2026-0100");
  closes = method_calls ("CloseNotification");
  g_assert_cmpuint (closes->len, ==, 2);
  first = call_id (closes, 0, 0);
  second = call_id (closes, 1, 0);
  g_assert_cmpuint (MIN (first, second), ==, MIN (response_id, resolution_id));
  g_assert_cmpuint (MAX (first, second), ==, MAX (response_id, resolution_id));
  g_clear_pointer (&closes, g_ptr_array_unref);

  /* Nothing left to close, and nothing comes back. */
  cordon_notifier_withdraw (notifier, "INC-2026-0100");
  closes = method_calls ("CloseNotification");
  g_assert_cmpuint (closes->len, ==, 2);
  g_assert_false (cordon_notifier_deadline (notifier, "INC-2026-0100", "DDoS",
                                            "resolution", "Resolution", FALSE,
                                            NOW_USEC + MINUTES (40), NOW_USEC));

  /* Until the deadline is re-timed */
  cordon_notifier_forget (notifier, "INC-2026-0100", "resolution");
  g_assert_true (cordon_notifier_deadline (notifier, "INC-2026-0100", "DDoS",
                                           "resolution", "Resolution", FALSE,
                                           NOW_USEC + MINUTES (90), NOW_USEC));
  calls = method_calls ("Notify");
  g_assert_cmpuint (calls->len, ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GSubprocess) mock = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_printerr ("SKIP: no session bus; run inside dbus-run-session\n");
      return 77;
    }

  if (!dbusmock_available ())
    {
      g_printerr ("SKIP: python3-dbusmock is not installed\n");
      return 77;
    }

  mock_bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  if (name_has_owner ())
    {
      g_printerr ("SKIP: a notification server already runs on this bus; run inside dbus-run-session\n");
      g_clear_object (&mock_bus);
      return 77;
    }

  mock = start_mock ();

  activated = g_ptr_array_new_with_free_func (g_free);
  app = g_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  g_action_map_add_action_entries (G_ACTION_MAP (app), stub_actions, G_N_ELEMENTS (stub_actions), NULL);
  g_signal_connect (app, "activate", G_CALLBACK (on_app_activate), NULL);
  g_application_register (app, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/notifier/warning-then-breach", test_warning_then_breach);
  g_test_add_func ("/notifier/breach-after-close", test_breach_after_close);
  g_test_add_func ("/notifier/exercise", test_exercise);
  g_test_add_func ("/notifier/summary", test_summary);
  g_test_add_func ("/notifier/summary-long", test_summary_long);
  g_test_add_func ("/notifier/summary-few", test_summary_few);
  g_test_add_func ("/notifier/actions", test_actions);
  g_test_add_func ("/notifier/withdraw", test_withdraw);
  g_test_add_func ("/notifier/monitoring", test_monitoring);
  g_test_add_func ("/notifier/action-group", test_action_group);

  status = g_test_run ();

  g_assert_finalize_object (app);
  g_clear_pointer (&activated, g_ptr_array_unref);
  g_subprocess_force_exit (mock);
  g_subprocess_wait (mock, NULL, NULL);
  g_clear_object (&mock_bus);

  return status;
}
