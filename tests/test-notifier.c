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

#define MOCK_PYTHON   "/usr/bin/python3"
#define BUS_NAME      "org.freedesktop.Notifications"
#define OBJECT_PATH   "/org/freedesktop/Notifications"
#define MOCK_IFACE    "org.freedesktop.DBus.Mock"
#define TEST_IFACE    "io.github.cordon_ir.CordonTest"
#define WAIT_SECONDS  10

/* 2026-03-02T10:00:00Z */
#define NOW_USEC (G_GINT64_CONSTANT (1772445600) * G_USEC_PER_SEC)
#define MINUTES(n) ((gint64) (n) * 60 * G_USEC_PER_SEC)

static GDBusConnection *bus;
static GApplication *app;
static GPtrArray *activated;   /* "action-name parameter" for each activation */

/* The mock */

static GVariant *
mock_call (const char         *interface,
           const char         *method,
           GVariant           *parameters,
           const GVariantType *reply_type)
{
  g_autoptr(GError) error = NULL;
  GVariant *reply;

  reply = g_dbus_connection_call_sync (bus, BUS_NAME, OBJECT_PATH,
                                       interface, method, parameters, reply_type,
                                       G_DBUS_CALL_FLAGS_NONE, WAIT_SECONDS * 1000,
                                       NULL, &error);
  g_assert_no_error (error);

  return reply;
}

static void
clear_calls (void)
{
  g_autoptr(GVariant) reply = mock_call (MOCK_IFACE, "ClearCalls", NULL, NULL);
}

/* The id the server gave the notification it created last. */
static guint
last_id (void)
{
  g_autoptr(GVariant) reply = mock_call (TEST_IFACE, "NextId", NULL, G_VARIANT_TYPE ("(u)"));
  guint next;

  g_variant_get (reply, "(u)", &next);
  g_assert_cmpuint (next, >, 1);

  return next - 1;
}

/* Returns the argument lists (av) of every call to @method since the
 * last clear_calls (). */
static GPtrArray *
method_calls (const char *method)
{
  g_autoptr(GVariant) reply = mock_call (MOCK_IFACE, "GetMethodCalls",
                                         g_variant_new ("(s)", method),
                                         G_VARIANT_TYPE ("(a(tav))"));
  g_autoptr(GVariant) calls = g_variant_get_child_value (reply, 0);
  GPtrArray *result = g_ptr_array_new_with_free_func ((GDestroyNotify) g_variant_unref);

  for (gsize i = 0; i < g_variant_n_children (calls); i++)
    {
      g_autoptr(GVariant) call = g_variant_get_child_value (calls, i);

      g_ptr_array_add (result, g_variant_get_child_value (call, 1));
    }

  return result;
}

static GVariant *
call_arg (GPtrArray *calls,
          guint      call,
          guint      arg)
{
  g_autoptr(GVariant) boxed = NULL;

  g_assert_cmpuint (call, <, calls->len);
  boxed = g_variant_get_child_value (g_ptr_array_index (calls, call), arg);

  return g_variant_get_variant (boxed);
}

static char *
call_string (GPtrArray *calls,
             guint      call,
             guint      arg)
{
  g_autoptr(GVariant) value = call_arg (calls, call, arg);

  return g_variant_dup_string (value, NULL);
}

/* The template declares CloseNotification's id as a signed int. */
static guint
call_id (GPtrArray *calls,
         guint      call,
         guint      arg)
{
  g_autoptr(GVariant) value = call_arg (calls, call, arg);

  if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT32))
    return g_variant_get_int32 (value);

  return g_variant_get_uint32 (value);
}

static guint
call_replaces_id (GPtrArray *calls,
                  guint      call)
{
  return call_id (calls, call, 1);
}

static GVariant *
call_hint (GPtrArray  *calls,
           guint       call,
           const char *name)
{
  g_autoptr(GVariant) hints = call_arg (calls, call, 6);
  g_autoptr(GVariantDict) dict = g_variant_dict_new (hints);

  return g_variant_dict_lookup_value (dict, name, NULL);
}

static guint
call_urgency (GPtrArray *calls,
              guint      call)
{
  g_autoptr(GVariant) urgency = call_hint (calls, call, "urgency");

  g_assert_nonnull (urgency);
  g_assert_true (g_variant_is_of_type (urgency, G_VARIANT_TYPE_BYTE));

  return g_variant_get_byte (urgency);
}

static void
assert_hint_string (GPtrArray  *calls,
                    guint       call,
                    const char *name,
                    const char *expected)
{
  g_autoptr(GVariant) value = call_hint (calls, call, name);

  g_assert_nonnull (value);
  g_assert_cmpstr (g_variant_get_string (value, NULL), ==, expected);
}

static void
assert_actions (GPtrArray          *calls,
                guint               call,
                const char * const *expected)
{
  g_autoptr(GVariant) value = call_arg (calls, call, 5);
  g_autofree const char **actions = g_variant_get_strv (value, NULL);

  g_assert_cmpstrv (actions, expected);
}

static void
emit_server_signal (const char *name,
                    GVariant   *args)
{
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) owned = g_variant_ref_sink (args);
  const char *tuple = g_variant_get_type_string (owned);
  /* "(us)" → "us" */
  g_autofree char *signature = g_strndup (tuple + 1, strlen (tuple) - 2);
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("av"));
  for (gsize i = 0; i < g_variant_n_children (owned); i++)
    {
      g_autoptr(GVariant) child = g_variant_get_child_value (owned, i);

      g_variant_builder_add (&builder, "v", child);
    }

  reply = mock_call (MOCK_IFACE, "EmitSignal",
                     g_variant_new ("(sssav)", BUS_NAME, name, signature, &builder),
                     NULL);
}

/* The server sends a signal before it answers the call that asked for
 * it, so after one more call the signal waits in the main context. */
static void
flush (void)
{
  g_autoptr(GVariant) reply = mock_call (MOCK_IFACE, "GetCalls", NULL, NULL);

  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static gboolean
on_timeout (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @array has @count elements. */
static void
wait_for_count (GPtrArray *array,
                guint      count)
{
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add_seconds (WAIT_SECONDS, on_timeout, &timed_out);

  while (array->len < count && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (timeout_id);
}

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

/* Set-up */

static gboolean
dbusmock_available (void)
{
  const char *argv[] = { MOCK_PYTHON, "-c", "import dbusmock", NULL };
  int status = 1;

  if (!g_file_test (MOCK_PYTHON, G_FILE_TEST_IS_EXECUTABLE))
    return FALSE;

  if (!g_spawn_sync (NULL, (char **) argv, NULL,
                     G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL))
    return FALSE;

  return g_spawn_check_wait_status (status, NULL);
}

static gboolean
name_has_owner (void)
{
  g_autoptr(GVariant) reply = NULL;
  gboolean has_owner = FALSE;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", BUS_NAME),
                                       G_VARIANT_TYPE ("(b)"), G_DBUS_CALL_FLAGS_NONE,
                                       -1, NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &has_owner);

  return has_owner;
}

static void
on_name_appeared (GDBusConnection *connection,
                  const char      *name,
                  const char      *owner,
                  gpointer         user_data)
{
  gboolean *appeared = user_data;

  *appeared = TRUE;
}

static void
on_mock_exited (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  gboolean *exited = user_data;

  *exited = TRUE;
}

/* A test that fails aborts; the server must not outlive it and hold the
 * test runner's pipes open. */
static void
die_with_parent (gpointer user_data)
{
#ifdef __linux__
  prctl (PR_SET_PDEATHSIG, SIGTERM);
#endif
}

static GSubprocess *
start_mock (void)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) mock = NULL;
  g_autoptr(GVariant) reply = NULL;
  gboolean appeared = FALSE;
  gboolean exited = FALSE;
  gboolean timed_out = FALSE;
  guint watch_id, timeout_id;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
  mock = g_subprocess_launcher_spawn (launcher, &error,
                                      MOCK_PYTHON, "-m", "dbusmock",
                                      "--template", "notification_daemon",
                                      NULL);
  g_assert_no_error (error);

  watch_id = g_bus_watch_name_on_connection (bus, BUS_NAME, G_BUS_NAME_WATCHER_FLAGS_NONE,
                                             on_name_appeared, NULL, &appeared, NULL);
  g_subprocess_wait_async (mock, NULL, on_mock_exited, &exited);
  timeout_id = g_timeout_add_seconds (WAIT_SECONDS, on_timeout, &timed_out);

  while (!appeared && !exited && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_bus_unwatch_name (watch_id);
  if (!timed_out)
    g_source_remove (timeout_id);
  g_assert_false (exited);
  g_assert_false (timed_out);

  /* The template keeps the next notification id to itself; a test method
   * lets the tests address the notification they just showed. */
  reply = mock_call (MOCK_IFACE, "AddMethod",
                     g_variant_new ("(sssss)", TEST_IFACE, "NextId", "", "u", "ret = self.next_id"),
                     NULL);

  return g_steal_pointer (&mock);
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

  bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, &error);
  g_assert_no_error (error);

  if (name_has_owner ())
    {
      g_printerr ("SKIP: a notification server already runs on this bus; run inside dbus-run-session\n");
      g_clear_object (&bus);
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

  status = g_test_run ();

  g_assert_finalize_object (app);
  g_clear_pointer (&activated, g_ptr_array_unref);
  g_subprocess_force_exit (mock);
  g_subprocess_wait (mock, NULL, NULL);
  g_clear_object (&bus);

  return status;
}
