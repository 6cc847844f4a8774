/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * notification-mock.c: a real notification server for the tests,
 * python3-dbusmock's notification_daemon template on the private session
 * bus, and helpers to read the calls it received and to make it send
 * signals such as ActionInvoked.
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include "notification-mock.h"

GDBusConnection *mock_bus;

/* The mock */

GVariant *
mock_call (const char         *interface,
           const char         *method,
           GVariant           *parameters,
           const GVariantType *reply_type)
{
  g_autoptr(GError) error = NULL;
  GVariant *reply;

  reply = g_dbus_connection_call_sync (mock_bus, BUS_NAME, OBJECT_PATH,
                                       interface, method, parameters, reply_type,
                                       G_DBUS_CALL_FLAGS_NONE, WAIT_SECONDS * 1000,
                                       NULL, &error);
  g_assert_no_error (error);

  return reply;
}

void
clear_calls (void)
{
  g_autoptr(GVariant) reply = mock_call (MOCK_IFACE, "ClearCalls", NULL, NULL);
}

/* The id the server gave the notification it created last. */
guint
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
GPtrArray *
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

GVariant *
call_arg (GPtrArray *calls,
          guint      call,
          guint      arg)
{
  g_autoptr(GVariant) boxed = NULL;

  g_assert_cmpuint (call, <, calls->len);
  boxed = g_variant_get_child_value (g_ptr_array_index (calls, call), arg);

  return g_variant_get_variant (boxed);
}

char *
call_string (GPtrArray *calls,
             guint      call,
             guint      arg)
{
  g_autoptr(GVariant) value = call_arg (calls, call, arg);

  return g_variant_dup_string (value, NULL);
}

/* The template declares CloseNotification's id as a signed int. */
guint
call_id (GPtrArray *calls,
         guint      call,
         guint      arg)
{
  g_autoptr(GVariant) value = call_arg (calls, call, arg);

  if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT32))
    return g_variant_get_int32 (value);

  return g_variant_get_uint32 (value);
}

guint
call_replaces_id (GPtrArray *calls,
                  guint      call)
{
  return call_id (calls, call, 1);
}

GVariant *
call_hint (GPtrArray  *calls,
           guint       call,
           const char *name)
{
  g_autoptr(GVariant) hints = call_arg (calls, call, 6);
  g_autoptr(GVariantDict) dict = g_variant_dict_new (hints);

  return g_variant_dict_lookup_value (dict, name, NULL);
}

guint
call_urgency (GPtrArray *calls,
              guint      call)
{
  g_autoptr(GVariant) urgency = call_hint (calls, call, "urgency");

  g_assert_nonnull (urgency);
  g_assert_true (g_variant_is_of_type (urgency, G_VARIANT_TYPE_BYTE));

  return g_variant_get_byte (urgency);
}

void
assert_hint_string (GPtrArray  *calls,
                    guint       call,
                    const char *name,
                    const char *expected)
{
  g_autoptr(GVariant) value = call_hint (calls, call, name);

  g_assert_nonnull (value);
  g_assert_cmpstr (g_variant_get_string (value, NULL), ==, expected);
}

void
assert_actions (GPtrArray          *calls,
                guint               call,
                const char * const *expected)
{
  g_autoptr(GVariant) value = call_arg (calls, call, 5);
  g_autofree const char **actions = g_variant_get_strv (value, NULL);

  g_assert_cmpstrv (actions, expected);
}

void
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
void
flush (void)
{
  g_autoptr(GVariant) reply = mock_call (MOCK_IFACE, "GetCalls", NULL, NULL);

  while (g_main_context_iteration (NULL, FALSE))
    ;
}

gboolean
on_timeout (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @array has @count elements. */
void
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

/* Set-up */

gboolean
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

gboolean
name_has_owner (void)
{
  g_autoptr(GVariant) reply = NULL;
  gboolean has_owner = FALSE;

  reply = g_dbus_connection_call_sync (mock_bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
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

GSubprocess *
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

  watch_id = g_bus_watch_name_on_connection (mock_bus, BUS_NAME, G_BUS_NAME_WATCHER_FLAGS_NONE,
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

