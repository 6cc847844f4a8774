/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-cli.c: the command line as scripts use it: the real binary in a
 * child process, its exit codes and messages, round trips of the native
 * format, a corpus of bad files that must change nothing, workspaces that
 * must be refused untouched, and tampering that verify must catch.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <json-glib/json-glib.h>

#include "cordon-test-util.h"
#include "cordon-time.h"
#include "cordon-workspace.h"

#define CORDON_TEST_MIB(n) ((goffset) (n) * 1024 * 1024)

typedef struct
{
  char *dir;
  char *workspace;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GError *error = NULL;

  fixture->dir = g_dir_make_tmp ("cordon-cli-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->workspace = g_build_filename (fixture->dir, "ws.cordon", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  cordon_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->workspace);
}

/* Runs cordon with @args (NULL-terminated) on @workspace (or none). */
static int
run_cordonv (const char   *workspace,
             char        **out,
             char        **err,
             const char  **args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *stdout_text = NULL;
  g_autofree char *stderr_text = NULL;
  GError *error = NULL;
  int status;

  g_ptr_array_add (argv, (gpointer) g_getenv ("CORDON_BINARY"));
  if (workspace != NULL)
    {
      g_ptr_array_add (argv, (gpointer) "--workspace");
      g_ptr_array_add (argv, (gpointer) workspace);
    }
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &stdout_text, &stderr_text, &status, &error);
  g_assert_no_error (error);

  if (out != NULL)
    *out = g_steal_pointer (&stdout_text);
  if (err != NULL)
    *err = g_steal_pointer (&stderr_text);

  g_assert_true (WIFEXITED (status));

  return WEXITSTATUS (status);
}

#define run_cordon(workspace, out, err, ...) \
  run_cordonv (workspace, out, err, (const char *[]) { __VA_ARGS__, NULL })

static char *
read_file (const char *path)
{
  GError *error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  return contents;
}

static char *
export_text (const char *workspace,
             const char *dir,
             const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cordon (workspace, NULL, &err, "export", path), ==, 0);

  return read_file (path);
}

static char *
new_incident (const char *workspace,
              const char *title,
              const char *category,
              const char *severity,
              const char *detected)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  status = run_cordon (workspace, &out, &err, "new", "--title", title, "--category", category,
                       "--severity", severity, "--detected", detected, "--lead", "Dana Reyes",
                       "--summary", "Seen by the EDR on two hosts.", "--author", "Dana Reyes");
  if (status != 0)
    g_error ("cordon new failed: %s", err);

  return g_strstrip (g_steal_pointer (&out));
}

/* A workspace with incidents in several phases, reclassified, with
 * journal entries of several kinds. */
static void
populate (const char *workspace)
{
  g_autofree char *a = new_incident (workspace, "Ransomware on the file servers", "malicious-code", "high", "2026-03-01T09:12:00Z");
  g_autofree char *b = new_incident (workspace, "Phishing wave against finance — “urgent invoice”", "phishing", "medium", "2026-03-02T10:00:00Z");
  g_autofree char *c = new_incident (workspace, "Port scan from a partner network", "reconnaissance", "low", "2025-12-30T23:59:59Z");

  g_assert_cmpint (run_cordon (workspace, NULL, NULL, "move", a, "classified", "--reason", "Triaged by the duty analyst", "--author", "Sam"), ==, 0);
  g_assert_cmpint (run_cordon (workspace, NULL, NULL, "move", a, "analysis", "--reason", "Forensics under way", "--author", "Sam"), ==, 0);
  g_assert_cmpint (run_cordon (workspace, NULL, NULL, "reclassify", a, "--severity", "critical", "--reason", "Back door found on more hosts", "--author", "Sam"), ==, 0);
  g_assert_cmpint (run_cordon (workspace, NULL, NULL, "journal", a, "--add", "CISO informed by phone", "--kind", "communication", "--author", "Dana Reyes", "--payload", "{\"channel\":\"phone\"}"), ==, 0);
  g_assert_cmpint (run_cordon (workspace, NULL, NULL, "journal", b, "--add", "Mail gateway rule deployed\nsecond line", "--kind", "status-update", "--author", "Lee"), ==, 0);
  g_assert_cmpint (run_cordon (workspace, NULL, NULL, "move", c, "classified", "--reason", "Low risk", "--author", "Lee"), ==, 0);

  /* A containment plan, one action with a monitoring check, and a
   * validated strategy */
  g_assert_cmpint (run_cordon (workspace, NULL, NULL, "plan", a, "--add", "switch-vlan-isolation"), ==, 0);
  g_assert_cmpint (run_cordon (workspace, NULL, NULL, "plan", a, "--custom", "Make the finance share read-only"), ==, 0);
  g_assert_cmpint (run_cordon (workspace, NULL, NULL, "plan", a, "--set", "1", "--status", "in-progress", "--author", "Sam"), ==, 0);
  g_assert_cmpint (run_cordon (workspace, NULL, NULL, "plan", a, "--set", "2", "--status", "waived",
                               "--reason", "Share already offline", "--author", "Sam"), ==, 0);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(CordonWorkspace) ws = cordon_workspace_new (workspace, NULL, NULL, &error);
    g_autoptr(CordonStrategy) strategy = NULL;
    g_autoptr(CordonValidation) validation = cordon_validation_new ();
    g_autoptr(CordonPlanAction) action = NULL;
    g_autoptr(CordonMonitoringCheck) check = cordon_monitoring_check_new ();
    g_autoptr(GDateTime) date = cordon_time_to_date_time ((gint64) 1767225600 * G_USEC_PER_SEC);

    g_assert_no_error (error);
    strategy = cordon_workspace_lookup_strategy (ws, "power-off-server", &error);
    g_assert_no_error (error);
    cordon_validation_set_date (validation, date);
    cordon_validation_set_method (validation, CORDON_VALIDATION_METHOD_SIMULATION);
    cordon_validation_set_who (validation, "Server team");
    cordon_validation_set_duration (validation, 1200);
    cordon_validation_set_result (validation, CORDON_VALIDATION_RESULT_PARTLY);
    cordon_validation_set_pitfalls (validation, "Memory capture took longer than planned");
    g_assert_true (cordon_workspace_add_validation (ws, strategy, validation, &error));

    action = cordon_workspace_lookup_plan_action (ws, 1, &error);
    g_assert_no_error (error);
    cordon_monitoring_check_set_target (check, CORDON_MONITORING_TARGET_OUTBOUND_TRAFFIC);
    cordon_monitoring_check_set_text (check, "SIEM rule: outbound from the file servers");
    cordon_monitoring_check_set_duration (check, 14 * 86400);
    cordon_monitoring_check_set_interval (check, 86400);
    g_assert_true (cordon_workspace_add_monitoring_check (ws, action, check, &error));
    g_assert_no_error (error);
  }
}

/* The plan lists each action's notes and monitoring checks */
static void
test_plan_checks (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *out = NULL;

  populate (fixture->workspace);
  g_assert_cmpint (run_cordon (fixture->workspace, &out, NULL, "plan", "INC-2026-0001"), ==, 0);
  g_assert_nonnull (strstr (out, "watch outbound-traffic: SIEM rule: outbound from the file servers · next due "));
  g_clear_pointer (&out, g_free);

  g_assert_cmpint (run_cordon (fixture->workspace, &out, NULL, "plan", "INC-2026-0001", "--json"), ==, 0);
  g_assert_nonnull (strstr (out, "\"checks\": [{\"id\": 1, \"target\": \"outbound-traffic\""));
  g_assert_nonnull (strstr (out, "\"duration-seconds\": 1209600, \"interval-seconds\": 86400"));
  g_assert_nonnull (strstr (out, "\"outcome\": \"pending\""));
  g_assert_nonnull (strstr (out, "\"checks\": []"));
}

static void
test_help_and_version (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *version = NULL;

  g_assert_cmpint (run_cordon (NULL, &out, NULL, "--help"), ==, 0);
  g_assert_nonnull (strstr (out, "Usage:"));
  g_assert_nonnull (strstr (out, "import"));
  g_assert_nonnull (strstr (out, "verify"));

  g_assert_cmpint (run_cordon (NULL, &version, NULL, "--version"), ==, 0);
  g_assert_cmpstr (version, ==, "cordon " PACKAGE_VERSION "\n");
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  const char *ws = fixture->workspace;
  g_autofree char *err1 = NULL;
  g_autofree char *err2 = NULL;
  g_autofree char *err3 = NULL;
  g_autofree char *err4 = NULL;
  g_autofree char *err5 = NULL;

  g_assert_cmpint (run_cordon (ws, NULL, &err1, "frobnicate"), ==, 1);
  g_assert_nonnull (strstr (err1, "unknown command “frobnicate”"));

  g_assert_cmpint (run_cordon (ws, NULL, &err2, "new", "--title", "x"), ==, 1);
  g_assert_nonnull (strstr (err2, "--category"));

  g_assert_cmpint (run_cordon (ws, NULL, &err3, "new", "--title", "x", "--category", "alien", "--severity", "high"), ==, 1);
  g_assert_nonnull (strstr (err3, "“alien” is unknown"));
  g_assert_nonnull (strstr (err3, "phishing"));

  g_assert_cmpint (run_cordon (ws, NULL, &err4, "new", "--title", "x", "--category", "phishing", "--severity", "high", "--detected", "noon"), ==, 1);
  g_assert_nonnull (strstr (err4, "not a time"));

  g_assert_cmpint (run_cordon (ws, NULL, &err5, "show"), ==, 1);
  g_assert_nonnull (strstr (err5, "wrong number of arguments"));

  /* A read-only command does not create a workspace at a mistyped path. */
  g_assert_cmpint (run_cordon (ws, NULL, NULL, "list"), ==, 4);
  g_assert_false (g_file_test (ws, G_FILE_TEST_EXISTS));
}

/* cordon import and export of other tools' formats */
static void
test_interchange (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *ws = fixture->workspace;
  g_autofree char *misp = g_build_filename (TEST_SRCDIR, "data", "interchange", "misp-event-full.json", NULL);
  g_autofree char *out_path = g_build_filename (fixture->dir, "out.json", NULL);
  g_autofree char *err1 = NULL;
  g_autofree char *err2 = NULL;
  g_autofree char *out = NULL;
  g_autofree char *exported = NULL;

  g_assert_cmpint (run_cordon (ws, NULL, NULL, "import", "--format", "auto", misp), ==, 0);
  g_assert_cmpint (run_cordon (ws, NULL, NULL, "export", "--format", "misp", out_path), ==, 0);
  exported = read_file (out_path);
  g_assert_true (g_str_has_prefix (exported, "{\n  \"Event\" : {"));
  g_assert_nonnull (strstr (exported, "\"value\" : \"c2.example.com|198.51.100.24\""));
  g_assert_cmpint (run_cordon (ws, &out, NULL, "export", "--format", "misp", "-"), ==, 0);
  g_assert_cmpstr (out, ==, exported);

  g_assert_cmpint (run_cordon (ws, NULL, &err1, "export", "--format", "veris", out_path), ==, 1);
  g_assert_nonnull (strstr (err1, "writes: native, thehive, misp, stix"));
  g_assert_cmpint (run_cordon (ws, NULL, &err2, "export", "--format", "misp", out_path, "INC-2030-0001"), ==, 2);

  /* A MISP event is not STIX, and importing it as STIX changes nothing */
  {
    g_autofree char *err3 = NULL;
    g_autofree char *listed = NULL;
    g_autofree char *listed_after = NULL;

    g_assert_cmpint (run_cordon (ws, &listed, NULL, "list"), ==, 0);
    g_assert_cmpint (run_cordon (ws, NULL, &err3, "import", "--format", "stix", misp), ==, 2);
    g_assert_nonnull (strstr (err3, misp));
    g_assert_nonnull (strstr (err3, ": $: not STIX: no type"));
    g_assert_cmpint (run_cordon (ws, &listed_after, NULL, "list"), ==, 0);
    g_assert_cmpstr (listed_after, ==, listed);
  }
}

/* cordon sla: the deadlines as at a given time */
static void
test_sla (Fixture       *fixture,
          gconstpointer  data)
{
  const char *ws = fixture->workspace;
  g_autofree char *key = new_incident (ws, "Ransomware on the file servers", "malicious-code", "high", "2026-03-01T09:12:00Z");
  g_autofree char *later = new_incident (ws, "Lost laptop", "data-breach", "low", "2026-04-01T08:00:00Z");
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  GError *error = NULL;
  JsonObject *incident;
  JsonObject *response;
  JsonObject *resolution;
  JsonArray *deadlines;

  g_assert_cmpint (run_cordon (ws, &json, NULL, "sla", "--json", "--at", "2026-03-01T10:00:00Z"), ==, 0);
  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  /* The low incident was not yet detected then */
  g_assert_cmpuint (json_array_get_length (json_node_get_array (json_parser_get_root (parser))), ==, 1);
  incident = json_array_get_object_element (json_node_get_array (json_parser_get_root (parser)), 0);
  g_assert_cmpstr (json_object_get_string_member (incident, "key"), ==, key);
  g_assert_false (json_object_get_boolean_member (incident, "paused"));
  deadlines = json_object_get_array_member (incident, "deadlines");
  g_assert_cmpuint (json_array_get_length (deadlines), ==, 2);
  response = json_array_get_object_element (deadlines, 0);
  g_assert_cmpstr (json_object_get_string_member (response, "deadline"), ==, "response");
  g_assert_cmpstr (json_object_get_string_member (response, "state"), ==, "warning");
  g_assert_cmpstr (json_object_get_string_member (response, "due"), ==, "2026-03-01T10:12:00Z");
  g_assert_cmpstr (json_object_get_string_member (response, "warn"), ==, "2026-03-01T09:57:00Z");
  g_assert_true (json_object_get_null_member (response, "met"));
  g_assert_cmpint (json_object_get_int_member (response, "remaining-seconds"), ==, 12 * 60);
  resolution = json_array_get_object_element (deadlines, 1);
  g_assert_cmpstr (json_object_get_string_member (resolution, "deadline"), ==, "resolution");
  g_assert_cmpstr (json_object_get_string_member (resolution, "state"), ==, "pending");
  g_assert_cmpstr (json_object_get_string_member (resolution, "due"), ==, "2026-03-02T09:12:00Z");

  /* Later, both incidents; the response breached */
  g_assert_cmpint (run_cordon (ws, &text, NULL, "sla", "--at", "2026-04-01T09:00:00+01:00"), ==, 0);
  g_assert_nonnull (strstr (text, key));
  g_assert_nonnull (strstr (text, later));
  g_assert_nonnull (strstr (text, "breached"));

  g_assert_cmpint (run_cordon (ws, NULL, &err, "sla", "--at", "yesterday"), ==, 1);
  g_assert_nonnull (strstr (err, "--at"));
  g_assert_nonnull (strstr (err, "yesterday"));
}

static void
test_incident_life (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *ws = fixture->workspace;
  g_autofree char *key = new_incident (ws, "Ransomware on the file servers", "malicious-code", "high", "2026-03-01T09:12:00Z");
  g_autofree char *key2 = new_incident (ws, "Lost laptop", "data-breach", "low", "2026-04-01T08:00:00Z");
  g_autofree char *list = NULL;
  g_autofree char *filtered = NULL;
  g_autofree char *err = NULL;
  g_autofree char *show = NULL;
  g_autofree char *journal = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  GError *error = NULL;
  JsonArray *array;

  g_assert_cmpstr (key, ==, "INC-2026-0001");
  g_assert_cmpstr (key2, ==, "INC-2026-0002");

  /* Skipping classification is refused with the reason, and changes nothing. */
  g_assert_cmpint (run_cordon (ws, NULL, &err, "move", key, "analysis", "--reason", "hurry"), ==, 2);
  g_assert_nonnull (strstr (err, "lassif"));
  g_assert_cmpint (run_cordon (ws, NULL, NULL, "move", key, "classified", "--reason", "Triaged"), ==, 0);

  g_assert_cmpint (run_cordon (ws, &list, NULL, "list", "--json"), ==, 0);
  json_parser_load_from_data (parser, list, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 0), "phase"), ==, "classified");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 0), "detected"), ==, "2026-03-01T09:12:00Z");

  g_assert_cmpint (run_cordon (ws, &filtered, NULL, "list", "--severity", "low"), ==, 0);
  g_assert_nonnull (strstr (filtered, "INC-2026-0002"));
  g_assert_null (strstr (filtered, "INC-2026-0001"));

  g_assert_cmpint (run_cordon (ws, NULL, NULL, "reclassify", key, "--severity", "critical", "--reason", "Back door on more hosts"), ==, 0);
  g_assert_cmpint (run_cordon (ws, &show, NULL, "show", key), ==, 0);
  g_assert_nonnull (strstr (show, "Back door on more hosts"));
  g_assert_nonnull (strstr (show, "classification-change"));
  g_assert_nonnull (strstr (show, "Triaged"));

  g_assert_cmpint (run_cordon (ws, &journal, NULL, "journal", key, "--add", "Called the CISO", "--kind", "communication"), ==, 0);
  /* after the entry that re-timed the SLA on reclassification */
  g_assert_cmpstr (journal, ==, "INC-2026-0001#5\n");

  g_assert_cmpint (run_cordon (ws, NULL, NULL, "show", "INC-2026-0999"), ==, 2);
  g_assert_cmpint (run_cordon (ws, NULL, NULL, "verify"), ==, 0);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *second = g_build_filename (fixture->dir, "second.cordon", NULL);
  g_autofree char *first_export = NULL;
  g_autofree char *second_export = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "first.json", NULL);
  g_autofree char *err = NULL;

  populate (fixture->workspace);
  first_export = export_text (fixture->workspace, fixture->dir, "first.json");
  g_assert_nonnull (strstr (first_export, "\"format\": \"cordon\""));
  g_assert_nonnull (strstr (first_export, "Back door found on more hosts"));
  g_assert_nonnull (strstr (first_export, "\"strategies\": ["));
  g_assert_nonnull (strstr (first_export, "Memory capture took longer than planned"));
  g_assert_nonnull (strstr (first_export, "\"waive-reason\" : \"Share already offline\""));
  g_assert_nonnull (strstr (first_export, "SIEM rule: outbound from the file servers"));

  g_assert_cmpint (run_cordon (second, NULL, &err, "import", path), ==, 0);
  g_assert_nonnull (strstr (err, "Imported 3 incidents"));
  second_export = export_text (second, fixture->dir, "second.json");
  g_assert_cmpstr (first_export, ==, second_export);

  /* The imported journals are chained anew and verify. */
  g_assert_cmpint (run_cordon (second, NULL, NULL, "verify"), ==, 0);

  /* Importing the same file again would duplicate keys: refused whole. */
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (second, NULL, &err, "import", path), ==, 2);
  g_assert_nonnull (strstr (err, "already has an incident INC-2026-0001"));
}

static void
test_containment (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *key = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;

  key = new_incident (fixture->workspace, "Worm spreading over SMB", "malicious-code", "high", "2026-03-01T09:12:00Z");

  /* The library */
  g_assert_cmpint (run_cordon (fixture->workspace, &out, NULL, "library"), ==, 0);
  g_assert_nonnull (strstr (out, "power-off-server"));
  g_assert_nonnull (strstr (out, "never validated"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cordon (fixture->workspace, &out, NULL, "library", "--json"), ==, 0);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), >=, 19);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (array, 0), "id"), ==,
                   "stop-outbound-communication");
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "library", "extra"), ==, 1);

  /* Building a plan */
  g_assert_cmpint (run_cordon (fixture->workspace, &out, NULL, "plan", key, "--add", "port-blocking"), ==, 0);
  g_assert_cmpstr (out, ==, "1\n");
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cordon (fixture->workspace, &out, NULL, "plan", key, "--custom", "Ask the ISP to drop the traffic"), ==, 0);
  g_assert_cmpstr (out, ==, "2\n");
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "plan", key, "--set", "1", "--status", "done", "--author", "Sam"), ==, 0);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "plan", key, "--set", "2", "--status", "waived",
                               "--reason", "The block holds", "--author", "Sam"), ==, 0);

  g_assert_cmpint (run_cordon (fixture->workspace, &out, NULL, "plan", key), ==, 0);
  g_assert_nonnull (strstr (out, "Block ports"));
  g_assert_nonnull (strstr (out, "waived"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cordon (fixture->workspace, &out, NULL, "plan", key, "--json"), ==, 0);
  g_assert_nonnull (strstr (out, "\"status\": \"done\""));
  g_assert_nonnull (strstr (out, "\"waive-reason\": \"The block holds\""));
  g_clear_pointer (&out, g_free);

  /* Status changes are in the journal */
  g_assert_cmpint (run_cordon (fixture->workspace, &out, NULL, "journal", key), ==, 0);
  g_assert_nonnull (strstr (out, "Block ports"));
  g_clear_pointer (&out, g_free);

  /* Usage errors exit 1, unknown keys and strategies 2 */
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "plan"), ==, 1);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "plan", key, "--set", "1"), ==, 1);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "plan", key, "--set", "1", "--status", "finished"), ==, 1);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "plan", key, "--add", "port-blocking", "--custom", "x"), ==, 1);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "plan", key, "--add", "no-such-strategy"), ==, 2);
  g_assert_nonnull (strstr (err, "no-such-strategy"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "plan", "INC-2026-0099"), ==, 2);
  g_assert_nonnull (strstr (err, "INC-2026-0099"));
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "plan", key, "--set", "99", "--status", "done"), ==, 2);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "plan", key, "--set", "1", "--status", "waived"), ==, 2);
}

static void
test_selection_export (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "one.json", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "other.cordon", NULL);
  g_autofree char *text = NULL;
  g_autofree char *list = NULL;
  g_autofree char *err = NULL;

  populate (fixture->workspace);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "export", path, "INC-2026-0002"), ==, 0);
  text = read_file (path);
  g_assert_nonnull (strstr (text, "INC-2026-0002"));
  g_assert_null (strstr (text, "INC-2026-0001"));
  g_assert_null (strstr (text, "\"taxonomy\""));

  g_assert_cmpint (run_cordon (other, NULL, NULL, "import", path), ==, 0);
  g_assert_cmpint (run_cordon (other, &list, NULL, "list"), ==, 0);
  g_assert_nonnull (strstr (list, "INC-2026-0002"));

  /* A key that is not there fails the export and leaves no file. */
  g_unlink (path);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "export", path, "INC-2030-0001"), ==, 2);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

typedef struct
{
  const char *file;
  const char *where;    /* "line:column: path" after the file name, or NULL */
  const char *problem;  /* a part of the message */
} BadFile;

static const BadFile bad_files[] = {
  { "truncated.json", "9:1: $.incidents[0]", "ends in the middle" },
  { "wrong-types.json", "5:5: $.incidents[0].severity", "expected a string, found a whole number" },
  { "unknown-version.json", "3:14: $.version", "newer than this Cordon reads" },
  { "not-cordon.json", "2:13: $.format", "not a Cordon file" },
  { "duplicate-member.json", "8:7: $.incidents[0].title", "appears twice" },
  { "duplicate-incident.json", "11:5: $.incidents[1]", "appears twice in the file" },
  { "invalid-utf8.json", "7:16: $.incidents[0].title", "not valid UTF-8" },
  { "empty.json", "1:1: $", "empty" },
  { "unknown-member.json", "5:5: $.incidents[0]", "unknown member “severty”" },
  { "unknown-category.json", "11:5: $.incidents[1].category", "unknown category “alien-invasion”" },
  { "bad-time.json", "5:5: $.incidents[0].journal[0].time", "not a time" },
  { "bad-key.json", "5:5: $.incidents[0].key", "not a key" },
  { "not-an-object.json", "1:1: $", "must be a JSON object" },
  { "trailing-garbage.json", "6:1: $", "end of the file" },
};

static void
check_refused_import (Fixture    *fixture,
                      const char *path,
                      const char *where,
                      const char *problem,
                      const char *before)
{
  g_autofree char *err = NULL;
  g_autofree char *after = NULL;
  g_autofree char *basename = g_path_get_basename (path);

  g_test_message ("importing %s", basename);
  /* The native reader's own messages: told by the content instead, a
   * file that is not a Cordon one is not read as one at all */
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "import", "--format", "native", path), ==, 2);

  if (where != NULL)
    {
      g_autofree char *expected = g_strdup_printf ("%s:%s", basename, where);

      if (strstr (err, expected) == NULL)
        g_error ("%s: “%s” does not name “%s”", basename, err, expected);
    }
  if (strstr (err, problem) == NULL)
    g_error ("%s: “%s” does not say “%s”", basename, err, problem);
  g_assert_nonnull (strstr (err, "nothing was imported") ? err : strstr (err, basename));

  /* Nothing of the file landed. */
  after = export_text (fixture->workspace, fixture->dir, "after.json");
  g_assert_cmpstr (before, ==, after);
}

static void
test_bad_input (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *before = NULL;

  populate (fixture->workspace);
  before = export_text (fixture->workspace, fixture->dir, "before.json");

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad", bad_files[i].file, NULL);

      check_refused_import (fixture, path, bad_files[i].where, bad_files[i].problem, before);
    }

  /* An empty folder. */
  {
    g_autofree char *folder = g_build_filename (fixture->dir, "folder.json", NULL);

    g_mkdir (folder, 0700);
    check_refused_import (fixture, folder, NULL, "the folder has no .json files", before);
  }

  /* A missing file. */
  {
    g_autofree char *missing = g_build_filename (fixture->dir, "missing.json", NULL);
    check_refused_import (fixture, missing, NULL, "no such file", before);
  }

  /* A 50 MB string, in an otherwise valid incident after a valid one. */
  {
    g_autofree char *path = g_build_filename (fixture->dir, "huge-string.json", NULL);
    g_autoptr(GString) doc = g_string_new ("{\"format\": \"cordon\", \"version\": 1, \"incidents\": [\n"
                                           "{\"key\": \"INC-2027-0001\", \"title\": \"fine\", \"category\": \"phishing\", \"severity\": \"low\"},\n"
                                           "{\"key\": \"INC-2027-0002\", \"title\": \"big\", \"category\": \"phishing\", \"severity\": \"low\", \"summary\": \"");
    GError *error = NULL;

    for (guint i = 0; i < 50 * 1024 * 1024 / 64; i++)
      g_string_append (doc, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    g_string_append (doc, "\"}]}\n");
    g_file_set_contents (path, doc->str, doc->len, &error);
    g_assert_no_error (error);

    check_refused_import (fixture, path, "3:96: $.incidents[1].summary", "a string longer than", before);
    g_unlink (path);
  }

  /* Nesting 100,000 deep. */
  {
    g_autofree char *path = g_build_filename (fixture->dir, "deep.json", NULL);
    g_autoptr(GString) doc = g_string_new ("{\"format\": \"cordon\", \"version\": 1, \"incidents\": [{\"key\": \"INC-2027-0001\", \"title\": ");
    GError *error = NULL;

    for (guint i = 0; i < 100000; i++)
      g_string_append_c (doc, '[');
    for (guint i = 0; i < 100000; i++)
      g_string_append_c (doc, ']');
    g_string_append (doc, "}]}\n");
    g_file_set_contents (path, doc->str, doc->len, &error);
    g_assert_no_error (error);

    check_refused_import (fixture, path, NULL, "nesting deeper than 64 levels", before);
  }
}

static void
checksum_file (const char *path,
               char      **out)
{
  g_autofree char *contents = NULL;
  gsize length;
  GError *error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  *out = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
check_refused_workspace (const char *path,
                         const char *problem)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *err = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *wal_before = NULL;
  g_autofree char *wal_after = NULL;
  gboolean had_wal = g_file_test (wal, G_FILE_TEST_EXISTS);

  checksum_file (path, &before);
  if (had_wal)
    checksum_file (wal, &wal_before);
  g_assert_cmpint (run_cordon (path, NULL, &err, "list"), ==, 4);
  if (strstr (err, problem) == NULL)
    g_error ("“%s” does not say “%s”", err, problem);
  g_assert_nonnull (strstr (err, path));

  /* Writing commands are refused just the same. */
  g_assert_cmpint (run_cordon (path, NULL, NULL, "new", "--title", "x", "--category", "phishing", "--severity", "low"), ==, 4);
  g_assert_cmpint (run_cordon (path, NULL, NULL, "import", "-"), ==, 4);

  checksum_file (path, &after);
  g_assert_cmpstr (before, ==, after);
  /* The log beside the file is unchanged too; the read-only check may
   * leave one where there was none, never with anything in it. (Cordon
   * never deletes a -wal: it may be another process's.) */
  if (had_wal)
    {
      checksum_file (wal, &wal_after);
      g_assert_cmpstr (wal_before, ==, wal_after);
    }
  else if (g_file_test (wal, G_FILE_TEST_EXISTS))
    {
      GStatBuf st;

      g_assert_cmpint (g_stat (wal, &st), ==, 0);
      g_assert_cmpint (st.st_size, ==, 0);
    }
}

static void
test_refusals (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *text = g_build_filename (fixture->dir, "notes.cordon", NULL);
  g_autofree char *truncated = g_build_filename (fixture->dir, "truncated.cordon", NULL);
  g_autofree char *newer = g_build_filename (fixture->dir, "newer.cordon", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  sqlite3 *db;
  GError *error = NULL;

  g_file_set_contents (text, "Meeting notes: call the CISO at 10.\n", -1, &error);
  g_assert_no_error (error);
  check_refused_workspace (text, "not");

  /* A real workspace cut in half. */
  populate (fixture->workspace);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "backup", truncated), ==, 0);
  g_file_get_contents (truncated, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (truncated, contents, length / 2, &error);
  g_assert_no_error (error);
  check_refused_workspace (truncated, "truncated");

  /* A workspace from a newer Cordon. */
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "backup", newer), ==, 0);
  g_assert_cmpint (sqlite3_open (newer, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA user_version = 9999", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  check_refused_workspace (newer, "newer");
}

/* A workspace that Cordon closed cleanly, then damaged in place: the
 * record that lets Cordon skip the full check no longer matches, so the
 * damage is found. */
static void
test_damaged_in_place (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *err = NULL;
  g_autofree char *garbage = g_malloc (4096);
  FILE *file;

  populate (fixture->workspace);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "list"), ==, 0);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "list"), ==, 0);

  memset (garbage, 0xA5, 4096);
  file = fopen (fixture->workspace, "r+b");
  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, 3 * 4096, SEEK_SET), ==, 0);
  g_assert_cmpuint (fwrite (garbage, 1, 4096, file), ==, 4096);
  fclose (file);

  check_refused_workspace (fixture->workspace, "damaged");
}

static void
exec_sql (const char *path,
          const char *sql)
{
  sqlite3 *db;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
  sqlite3_close (db);
}

static GStrv
journal_triggers (const char *path)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3 *db;
  sqlite3_stmt *stmt;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT name FROM sqlite_master WHERE type = 'trigger'", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return g_strv_builder_end (builder);
}

static void
drop_triggers (const char *path)
{
  g_auto(GStrv) triggers = journal_triggers (path);

  for (guint i = 0; triggers[i] != NULL; i++)
    {
      g_autofree char *sql = g_strdup_printf ("DROP TRIGGER \"%s\"", triggers[i]);
      exec_sql (path, sql);
    }
}

/* Puts back into @path the triggers of @original, as someone covering
 * their tracks would */
static void
restore_triggers (const char *path,
                  const char *original)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_open_v2 (original, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT sql FROM sqlite_schema WHERE type = 'trigger'", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    exec_sql (path, (const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
test_tampering (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *edited = g_build_filename (fixture->dir, "edited.cordon", NULL);
  g_autofree char *deleted = g_build_filename (fixture->dir, "deleted.cordon", NULL);
  g_autofree char *err = NULL;
  g_autofree char *err2 = NULL;

  populate (fixture->workspace);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "verify"), ==, 0);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "backup", edited), ==, 0);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "backup", deleted), ==, 0);

  /* History is guarded in the database too. */
  {
    sqlite3 *db;
    g_assert_cmpint (sqlite3_open (edited, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "UPDATE journal SET text = 'nothing happened'", NULL, NULL, NULL), !=, SQLITE_OK);
    sqlite3_close (db);
  }

  drop_triggers (edited);
  exec_sql (edited, "UPDATE journal SET text = 'CISO not informed' WHERE text = 'CISO informed by phone'");
  g_assert_cmpint (run_cordon (edited, NULL, &err, "verify"), ==, 3);
  g_assert_nonnull (strstr (err, "INC-2026-0001"));

  drop_triggers (deleted);
  exec_sql (deleted, "DELETE FROM journal WHERE text = 'Mail gateway rule deployed\nsecond line'");
  g_assert_cmpint (run_cordon (deleted, NULL, &err2, "verify"), ==, 3);
  g_assert_nonnull (strstr (err2, "INC-2026-0002"));

  /* Verify lists every finding: the dropped triggers as well as the edit */
  g_assert_nonnull (strstr (err, "schema: trigger journal_no_update is missing"));
  g_assert_nonnull (strstr (err, "schema: trigger journal_no_delete is missing"));

  /* Every other command refuses a workspace whose triggers are gone, and
   * writes nothing to it */
  check_refused_workspace (edited, "trigger journal_no_delete is missing");

  /* --json: the same findings, on standard output */
  {
    g_autofree char *out = NULL;
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autoptr(GError) error = NULL;
    JsonObject *root;
    JsonArray *findings;

    g_assert_cmpint (run_cordon (edited, &out, NULL, "verify", "--json"), ==, 3);
    g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
    g_assert_no_error (error);
    root = json_node_get_object (json_parser_get_root (parser));
    g_assert_false (json_object_get_boolean_member (root, "intact"));
    findings = json_object_get_array_member (root, "findings");
    /* The ten dropped triggers, then the edited entry */
    g_assert_cmpuint (json_array_get_length (findings), ==, 11);
    g_assert_nonnull (strstr (json_array_get_string_element (findings, 0), "schema: trigger"));
    g_assert_nonnull (strstr (json_array_get_string_element (findings, 10), "INC-2026-0001"));

    g_clear_pointer (&out, g_free);
    g_assert_cmpint (run_cordon (fixture->workspace, &out, NULL, "verify", "--json"), ==, 0);
    g_clear_object (&parser);
    parser = json_parser_new ();
    g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
    root = json_node_get_object (json_parser_get_root (parser));
    g_assert_true (json_object_get_boolean_member (root, "intact"));
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "findings")), ==, 0);
  }
}

/* Rows that no Cordon writes, edited in with the triggers dropped: verify
 * reports each as an integrity failure naming the incident and the entry,
 * and reading the journal refuses the workspace as damaged; nothing
 * crashes. */
static void
test_damaged_rows (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *late = g_build_filename (fixture->dir, "late.cordon", NULL);
  g_autofree char *nulled = g_build_filename (fixture->dir, "nulled.cordon", NULL);
  g_autofree char *no_payload = g_build_filename (fixture->dir, "no-payload.cordon", NULL);
  g_autofree char *key = new_incident (fixture->workspace, "Ransomware on the file servers", "malicious-code",
                                       "high", "2026-03-01T09:12:00Z");
  g_autofree char *err = NULL;
  g_autofree char *err2 = NULL;
  g_autofree char *err3 = NULL;
  g_autofree char *err4 = NULL;
  g_autofree char *err5 = NULL;

  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "journal", key, "--add", "CISO informed by phone",
                               "--kind", "communication", "--author", "Dana Reyes"), ==, 0);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "backup", late), ==, 0);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "backup", nulled), ==, 0);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "backup", no_payload), ==, 0);

  /* A time past the end of what a date can hold */
  drop_triggers (late);
  exec_sql (late, "UPDATE journal SET time = 9000000000000000000 WHERE seq = 2");
  g_assert_cmpint (run_cordon (late, NULL, &err, "verify"), ==, 3);
  g_assert_nonnull (strstr (err, "INC-2026-0001 journal entry 2: "));
  g_assert_nonnull (strstr (err, "time 9000000000000000000 is out of range"));
  /* With the triggers back, the schema is whole again: reading the row
   * itself refuses it */
  restore_triggers (late, fixture->workspace);
  g_assert_cmpint (run_cordon (late, NULL, &err2, "show", key), ==, 4);
  g_assert_nonnull (strstr (err2, "damaged"));
  g_assert_nonnull (strstr (err2, "INC-2026-0001 journal entry 2: "));

  /* NULL in a column the schema declares NOT NULL: the constraint is
   * edited out of the schema first, as another tool could have done */
  drop_triggers (nulled);
  exec_sql (nulled, "PRAGMA writable_schema = ON;"
                    "UPDATE sqlite_schema SET sql = replace (sql, 'kind TEXT NOT NULL', 'kind TEXT')"
                    " WHERE name = 'journal'");
  exec_sql (nulled, "UPDATE journal SET kind = NULL WHERE seq = 1");
  g_assert_cmpint (run_cordon (nulled, NULL, &err3, "verify"), ==, 3);
  g_assert_nonnull (strstr (err3, "INC-2026-0001 journal entry 1: "));
  g_assert_nonnull (strstr (err3, "kind is missing"));
  g_assert_cmpint (run_cordon (nulled, NULL, &err4, "show", key), ==, 4);
  g_assert_nonnull (strstr (err4, "damaged: table journal differs"));

  /* A payload may be NULL, but not one the hash covered */
  drop_triggers (no_payload);
  exec_sql (no_payload, "UPDATE journal SET payload = NULL WHERE seq = 1");
  g_assert_cmpint (run_cordon (no_payload, NULL, &err5, "verify"), ==, 3);
  g_assert_nonnull (strstr (err5, "INC-2026-0001 journal entry 1: hash mismatch"));
  restore_triggers (no_payload, fixture->workspace);
  g_assert_cmpint (run_cordon (no_payload, NULL, NULL, "show", key), ==, 0);

  /* The original is intact */
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "verify"), ==, 0);
}

static gboolean
has_backup_beside (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    {
      if (g_str_has_suffix (name, ".bak"))
        return TRUE;
    }

  return FALSE;
}

/* A schema version that Cordon never writes is damage: refused untouched,
 * with no migration run and no backup made for one. */
static void
test_invalid_schema_version (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *unversioned = g_build_filename (fixture->dir, "unversioned.cordon", NULL);
  g_autofree char *key = new_incident (fixture->workspace, "Lost laptop", "data-breach", "low", "2026-04-01T08:00:00Z");

  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "backup", unversioned), ==, 0);

  exec_sql (fixture->workspace, "PRAGMA user_version = -1");
  check_refused_workspace (fixture->workspace, "damaged: schema version -1 is not valid");
  /* Each run used to leave another backup */
  check_refused_workspace (fixture->workspace, "damaged: schema version -1 is not valid");
  g_assert_false (has_backup_beside (fixture->dir));

  exec_sql (unversioned, "PRAGMA user_version = 0");
  check_refused_workspace (unversioned, "damaged: schema version 0 is not valid");
  g_assert_false (has_backup_beside (fixture->dir));
}


/* Writes go only where they should --------------------------------------- */

/* A command told to write over @target is refused with exit 2, naming the
 * target and why, and changes neither the workspace nor the target */
static void
check_refused_target (const char         *workspace,
                      const char         *target,
                      const char         *why,
                      const char * const *args)
{
  g_autofree char *before = cordon_test_workspace_digest (workspace);
  g_autofree char *after = NULL;
  g_autofree char *err = NULL;
  GStatBuf st_before, st_after;
  gboolean existed = g_lstat (target, &st_before) == 0;

  g_assert_cmpint (cordon_test_run_cordon (workspace, NULL, NULL, &err, args), ==, 2);
  g_assert_nonnull (strstr (err, target));
  g_assert_nonnull (strstr (err, why));
  after = cordon_test_workspace_digest (workspace);
  g_assert_cmpstr (before, ==, after);

  if (existed)
    {
      g_assert_cmpint (g_lstat (target, &st_after), ==, 0);
      g_assert_cmpint (st_before.st_mode, ==, st_after.st_mode);
      g_assert_cmpint (st_before.st_ino, ==, st_after.st_ino);
      g_assert_cmpint (st_before.st_rdev, ==, st_after.st_rdev);
    }
}

static char *
add_physical_item (const char *workspace,
                   const char *key)
{
  g_autofree char *out = NULL;

  g_assert_cmpint (cordon_test_run (workspace, &out, NULL, "evidence", key, "--add-physical", "Laptop"), ==, 0);

  return g_strstrip (g_steal_pointer (&out));
}

static void
test_output_refused (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *ws = fixture->workspace;
  g_autofree char *key = new_incident (ws, "Lost laptop", "data-breach", "high", "2026-04-01T08:00:00Z");
  g_autofree char *item = add_physical_item (ws, key);
  g_autofree char *fifo = g_build_filename (fixture->dir, "fifo", NULL);
  g_autofree char *folder = g_build_filename (fixture->dir, "folder", NULL);
  g_autofree char *device = g_build_filename (fixture->dir, "full", NULL);
  g_autofree char *symbolic = g_build_filename (fixture->dir, "link-to-fifo", NULL);
  g_autofree char *hard = g_build_filename (fixture->dir, "hard-link", NULL);
  g_autofree char *scenario = g_test_build_filename (G_TEST_DIST, "..", "data", "scenarios", "phishing-data-breach.json", NULL);
  g_autofree char *record = g_test_build_filename (G_TEST_DIST, "data", "vcdb", "0001AA7F-C601-424A-B2B8-BE6C9F5164E7.json", NULL);
  g_autoptr(GPtrArray) not_regular = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (symlink (fifo, symbolic), ==, 0);
  g_assert_cmpint (link (ws, hard), ==, 0);
  g_ptr_array_add (not_regular, g_strdup (fifo));
  g_ptr_array_add (not_regular, g_strdup (folder));
  g_ptr_array_add (not_regular, g_strdup (symbolic));
  /* A device like /dev/full, made here so that nothing outside the test
   * is at risk; only root may make one */
  if (mknod (device, S_IFCHR | 0600, makedev (1, 7)) == 0)
    g_ptr_array_add (not_regular, g_strdup (device));

  {
    const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *side = g_strconcat (ws, suffixes[i], NULL);
        const char *why = i == 0 ? "it is the workspace itself" : "side file";

        check_refused_target (ws, side, why, (const char *[]) { "export", side, NULL });
        check_refused_target (ws, side, why, (const char *[]) { "export", "--format", "stix", side, NULL });
        check_refused_target (ws, side, why, (const char *[]) { "backup", side, NULL });
        check_refused_target (ws, side, why, (const char *[]) { "report", key, "--format", "html", "-o", side, NULL });
        check_refused_target (ws, side, why, (const char *[]) { "evidence", "--form", item, "-o", side, NULL });
        check_refused_target (ws, side, why, (const char *[]) { "scenario", "from-veris", record, "-o", side, NULL });
        check_refused_target (ws, side, why, (const char *[]) { "exercise", "run", scenario, "--headless",
                                                                "--report", side, NULL });
        /* No rollback journal was made where SQLite would take it for one */
        if (g_str_equal (suffixes[i], "-journal"))
          g_assert_false (g_file_test (side, G_FILE_TEST_EXISTS));
      }
  }

  /* The same file under another name */
  check_refused_target (ws, hard, "it is the workspace itself", (const char *[]) { "export", hard, NULL });

  for (guint i = 0; i < not_regular->len; i++)
    {
      const char *target = not_regular->pdata[i];

      check_refused_target (ws, target, "not a regular file", (const char *[]) { "export", target, NULL });
      check_refused_target (ws, target, "not a regular file", (const char *[]) { "export", "-f", "thehive", target, NULL });
      check_refused_target (ws, target, "not a regular file", (const char *[]) { "backup", target, NULL });
      check_refused_target (ws, target, "not a regular file", (const char *[]) { "report", key, "--format", "pdf", "-o", target, NULL });
      check_refused_target (ws, target, "not a regular file", (const char *[]) { "evidence", "--form", item, "-o", target, NULL });
      check_refused_target (ws, target, "not a regular file", (const char *[]) { "scenario", "from-veris", record, "-o", target, NULL });
      check_refused_target (ws, target, "not a regular file", (const char *[]) { "exercise", "run", scenario, "--headless",
                                                                                "--report", target, NULL });
      check_refused_target (ws, target, "not a regular file", (const char *[]) { "exercise", "run", scenario, "--headless",
                                                                                "--report", "aar.html", "--pdf", target, NULL });
    }
}

/* Files that hold incident data are the owner's alone */
static void
test_output_private (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *ws = fixture->workspace;
  g_autofree char *key = new_incident (ws, "Lost laptop", "data-breach", "high", "2026-04-01T08:00:00Z");
  g_autofree char *item = add_physical_item (ws, key);
  g_autofree char *scenario = g_test_build_filename (G_TEST_DIST, "..", "data", "scenarios", "phishing-data-breach.json", NULL);
  g_autofree char *record = g_test_build_filename (G_TEST_DIST, "data", "vcdb", "0001AA7F-C601-424A-B2B8-BE6C9F5164E7.json", NULL);
  const char *names[] = { "export.json", "stix.json", "backup.cordon", "report.pdf", "report.html", "form.pdf",
                          "scenario.json", "aar.html", "aar.pdf" };
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  mode_t old_umask = umask (0022);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      char *path = g_build_filename (fixture->dir, names[i], NULL);

      /* An older file of the same name, readable by all, is replaced */
      g_assert_true (g_file_set_contents_full (path, "old", -1, G_FILE_SET_CONTENTS_NONE, 0644, NULL));
      g_ptr_array_add (paths, path);
    }

  g_assert_cmpint (cordon_test_run (ws, NULL, NULL, "export", paths->pdata[0]), ==, 0);
  g_assert_cmpint (cordon_test_run (ws, NULL, NULL, "export", "-f", "stix", paths->pdata[1]), ==, 0);
  g_assert_cmpint (cordon_test_run (ws, NULL, NULL, "backup", paths->pdata[2]), ==, 0);
  g_assert_cmpint (cordon_test_run (ws, NULL, NULL, "report", key, "-o", paths->pdata[3]), ==, 0);
  g_assert_cmpint (cordon_test_run (ws, NULL, NULL, "report", key, "-o", paths->pdata[4]), ==, 0);
  g_assert_cmpint (cordon_test_run (ws, NULL, NULL, "evidence", "--form", item, "-o", paths->pdata[5]), ==, 0);
  g_assert_cmpint (cordon_test_run (ws, NULL, NULL, "scenario", "from-veris", record, "-o", paths->pdata[6]), ==, 0);
  g_assert_cmpint (cordon_test_run (ws, NULL, NULL, "exercise", "run", scenario, "--headless",
                                    "--report", paths->pdata[7], "--pdf", paths->pdata[8]), ==, 0);
  umask (old_umask);

  for (guint i = 0; i < paths->len; i++)
    {
      GStatBuf st;
      g_autofree char *contents = NULL;

      g_assert_cmpint (g_stat (paths->pdata[i], &st), ==, 0);
      g_test_message ("%s: mode %o", names[i], st.st_mode & 0777);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
      g_assert_true (g_file_get_contents (paths->pdata[i], &contents, NULL, NULL));
      g_assert_cmpstr (contents, !=, "old");
    }

  /* No temporary file is left beside them */
  {
    g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (dir)) != NULL)
      g_assert_false (name[0] == '.');
  }
}

/* Read commands never write ---------------------------------------------- */

/* Every command that only reads, on @workspace with an incident @key */
static GPtrArray *
read_commands (const char *dir,
               const char *key)
{
  GPtrArray *commands = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *export = g_build_filename (dir, "read-export.json", NULL);
  g_autofree char *backup = g_build_filename (dir, "read-backup.cordon", NULL);
  g_autofree char *report = g_build_filename (dir, "read-report.html", NULL);
  const char *lines[][6] = {
    { "list" }, { "list", "--json" }, { "show", key }, { "show", key, "--json" }, { "journal", key },
    { "sla" }, { "verify" }, { "library" }, { "plan", key }, { "checklist", key }, { "checklist", key, "--json" },
    { "review", key }, { "evidence", key }, { "metrics" }, { "export", export }, { "backup", backup },
    { "report", key, "-o", report },
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      GStrvBuilder *builder = g_strv_builder_new ();

      for (guint j = 0; j < G_N_ELEMENTS (lines[i]) && lines[i][j] != NULL; j++)
        g_strv_builder_add (builder, lines[i][j]);
      g_ptr_array_add (commands, g_strv_builder_end (builder));
      g_strv_builder_unref (builder);
    }

  return commands;
}

static void
make_empty_database (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "VACUUM", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

/* An empty SQLite database, another program's, and an older Cordon's:
 * read commands refuse them (exit 4) and leave them byte for byte as they
 * were, with no backup made for a migration */
static void
test_read_refuses_to_migrate (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *empty = g_build_filename (fixture->dir, "empty.db", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "other.db", NULL);
  g_autofree char *old = g_build_filename (fixture->dir, "old.cordon", NULL);
  g_autofree char *fixture_v1 = g_test_build_filename (G_TEST_DIST, "data", "workspace-v1.cordon", NULL);
  g_autoptr(GPtrArray) commands = read_commands (fixture->dir, "INC-2025-0001");
  const char *paths[] = { empty, other, old };
  const char *why[] = { "empty SQLite database", "another program", "older version of Cordon" };

  make_empty_database (empty);
  exec_sql (other, "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('kept')");
  {
    g_autofree char *contents = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (fixture_v1, &contents, &length, NULL));
    g_assert_true (g_file_set_contents_full (old, contents, length, G_FILE_SET_CONTENTS_NONE, 0600, NULL));
  }

  for (guint p = 0; p < G_N_ELEMENTS (paths); p++)
    {
      g_autofree char *before = cordon_test_file_digest (paths[p]);

      for (guint i = 0; i < commands->len; i++)
        {
          g_autofree char *err = NULL;
          g_autofree char *after = NULL;
          const char * const *args = (const char * const *) commands->pdata[i];

          g_test_message ("%s on %s", args[0], paths[p]);
          g_assert_cmpint (cordon_test_run_cordon (paths[p], NULL, NULL, &err, args), ==, 4);
          g_assert_nonnull (strstr (err, why[p]));
          after = cordon_test_file_digest (paths[p]);
          g_assert_cmpstr (before, ==, after);
        }
    }
  g_assert_false (has_backup_beside (fixture->dir));

  /* A command that changes the older workspace still upgrades it */
  g_assert_cmpint (cordon_test_run (old, NULL, NULL, "journal", "INC-2025-0001", "--add", "Upgraded"), ==, 0);
  g_assert_true (has_backup_beside (fixture->dir));
}

/* Showing an incident's recovery checklist before it is started shows the
 * checklist it would get, and writes nothing: no journal entry, no row */
static void
test_read_checklist_writes_nothing (Fixture       *fixture,
                                    gconstpointer  data)
{
  const char *ws = fixture->workspace;
  g_autofree char *key = new_incident (ws, "Ransomware on the file servers", "malicious-code", "critical",
                                       "2026-04-01T08:00:00Z");
  g_autofree char *before = cordon_test_workspace_digest (ws);
  g_autoptr(GPtrArray) commands = read_commands (fixture->dir, key);

  for (guint i = 0; i < commands->len; i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *after = NULL;
      const char * const *args = (const char * const *) commands->pdata[i];

      g_test_message ("%s", args[0]);
      g_assert_cmpint (cordon_test_run_cordon (ws, NULL, &out, NULL, args), ==, 0);
      after = cordon_test_workspace_digest (ws);
      g_assert_cmpstr (before, ==, after);
    }

  {
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (cordon_test_run (ws, &out, &err, "checklist", key), ==, 0);
    g_assert_nonnull (strstr (out, "[ ] validate-users"));
    g_assert_nonnull (strstr (err, "not started yet"));
    g_clear_pointer (&out, g_free);
    g_assert_cmpint (cordon_test_run (ws, &out, NULL, "journal", key), ==, 0);
    g_assert_null (strstr (out, "Recovery checklist started"));
  }

  /* The first change starts it, from the same templates */
  {
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (cordon_test_run (ws, NULL, &err, "checklist", key, "--done", "validate-users"), ==, 0);
    g_assert_nonnull (strstr (err, "Started the recovery checklist"));
    g_assert_cmpint (cordon_test_run (ws, &out, NULL, "checklist", key), ==, 0);
    g_assert_nonnull (strstr (out, "[x] validate-users"));
  }
}

/* A command that fails against a path where there is no workspace leaves
 * nothing there */
static void
test_failed_write_leaves_nothing (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "missing", "ws.cordon", NULL);
  g_autofree char *parent = g_path_get_dirname (missing);
  g_autofree char *bad = g_build_filename (fixture->dir, "bad.json", NULL);
  g_autofree char *good = g_build_filename (fixture->dir, "good.json", NULL);
  g_autofree char *err = NULL;

  g_assert_true (g_file_set_contents (bad, "{\"format\": \"cordon\", \"version\": 1, \"incidents\": [{]}", -1, NULL));

  g_assert_cmpint (cordon_test_run (missing, NULL, &err, "journal", "INC-2026-0001", "--add", "Note"), ==, 4);
  g_assert_nonnull (strstr (err, "there is no workspace"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (cordon_test_run (missing, NULL, &err, "plan", "INC-2026-0001", "--custom", "Block the sender"), ==, 4);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GDir) dir = NULL;

      g_assert_cmpint (cordon_test_run (missing, NULL, &err, "import", bad), ==, 2);
      g_assert_nonnull (strstr (err, "nothing was imported"));
      g_clear_pointer (&err, g_free);
      g_assert_cmpint (cordon_test_run (missing, NULL, &err, "import", "--format", "thehive", bad), ==, 2);
      g_clear_pointer (&err, g_free);
      g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
      /* Nor anything beside it */
      dir = g_dir_open (parent, 0, NULL);
      g_assert_true (dir == NULL || g_dir_read_name (dir) == NULL);
    }

  /* A good import makes the workspace, whole */
  g_free (new_incident (fixture->workspace, "Lost laptop", "data-breach", "low", "2026-04-01T08:00:00Z"));
  g_assert_cmpint (cordon_test_run (fixture->workspace, NULL, NULL, "export", good), ==, 0);
  g_assert_cmpint (cordon_test_run (missing, NULL, &err, "import", good), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (cordon_test_run (missing, NULL, &err, "verify"), ==, 0);
  {
    g_autofree char *out = NULL;
    g_autoptr(GDir) dir = g_dir_open (parent, 0, NULL);
    const char *name;

    g_assert_cmpint (cordon_test_run (missing, &out, NULL, "list"), ==, 0);
    g_assert_nonnull (strstr (out, "Lost laptop"));
    while ((name = g_dir_read_name (dir)) != NULL)
      g_assert_false (g_str_has_prefix (name, "."));
  }
}

/* Bounded input ---------------------------------------------------------- */

/* A file of @size bytes that takes no room: zeros, read or not */
static void
make_sparse_file (const char *path,
                  goffset     size)
{
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, size), ==, 0);
  close (fd);
}

static void
check_refused_input (const char         *workspace,
                     const char         *stdin_path,
                     const char         *what,
                     const char * const *args)
{
  g_autofree char *before = cordon_test_workspace_digest (workspace);
  g_autofree char *after = NULL;
  g_autofree char *err = NULL;

  g_test_message ("%s %s", args[0], args[1]);
  g_assert_cmpint (cordon_test_run_cordon (workspace, stdin_path, NULL, &err, args), ==, 2);
  g_assert_nonnull (strstr (err, what));
  after = cordon_test_workspace_digest (workspace);
  g_assert_cmpstr (before, ==, after);
}

/* Nothing blocks on a FIFO or reads a device forever, and every kind of
 * file has its limit */
static void
test_input_bounded (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *ws = fixture->workspace;
  g_autofree char *key = new_incident (ws, "Lost laptop", "data-breach", "high", "2026-04-01T08:00:00Z");
  g_autofree char *fifo = g_build_filename (fixture->dir, "fifo.json", NULL);
  g_autofree char *folder = g_build_filename (fixture->dir, "folder.json", NULL);
  g_autofree char *huge_exchange = g_build_filename (fixture->dir, "huge-exchange.json", NULL);
  g_autofree char *huge_scenario = g_build_filename (fixture->dir, "huge-scenario.json", NULL);
  g_autofree char *huge_native = g_build_filename (fixture->dir, "huge-native.json", NULL);
  const char *formats[] = { "native", "thehive", "misp", "stix", "veris", "auto" };
  const char *not_regular[3];
  const char *kinds[] = { "a FIFO", "a device", "a folder" };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  not_regular[0] = fifo;
  not_regular[1] = "/dev/zero";
  not_regular[2] = folder;

  for (guint i = 0; i < G_N_ELEMENTS (not_regular); i++)
    {
      const char *path = not_regular[i];
      /* The folder is refused by import before it opens anything */
      const char *why = i == 2 ? "folder" : kinds[i];

      for (guint f = 0; f < G_N_ELEMENTS (formats); f++)
        check_refused_input (ws, NULL, why, (const char *[]) { "import", "--format", formats[f], path, NULL });
      check_refused_input (ws, NULL, kinds[i], (const char *[]) { "scenario", "validate", path, NULL });
      check_refused_input (ws, NULL, kinds[i], (const char *[]) { "scenario", "from-veris", path, "-o", "-", NULL });
      check_refused_input (ws, NULL, kinds[i], (const char *[]) { "exercise", "run", path, "--headless",
                                                                 "--report", "aar.html", NULL });
      check_refused_input (ws, NULL, kinds[i], (const char *[]) { "evidence", key, "--add", path, NULL });
    }

  /* Larger than their kind allows: refused before they are read */
  make_sparse_file (huge_exchange, CORDON_TEST_MIB (64) + 1);
  make_sparse_file (huge_scenario, CORDON_TEST_MIB (8) + 1);
  make_sparse_file (huge_native, CORDON_TEST_MIB (2048) + 1);
  for (guint f = 1; f < G_N_ELEMENTS (formats) - 1; f++)
    check_refused_input (ws, NULL, "too large", (const char *[]) { "import", "--format", formats[f], huge_exchange, NULL });
  check_refused_input (ws, NULL, "too large", (const char *[]) { "import", huge_native, NULL });
  check_refused_input (ws, NULL, "too large", (const char *[]) { "import", "--format", "auto", huge_native, NULL });
  check_refused_input (ws, NULL, "too large", (const char *[]) { "scenario", "validate", huge_scenario, NULL });
  check_refused_input (ws, NULL, "too large", (const char *[]) { "scenario", "from-veris", huge_exchange, "-o", "-", NULL });
  check_refused_input (ws, NULL, "too large", (const char *[]) { "exercise", "run", huge_scenario, "--headless",
                                                                "--report", "aar.html", NULL });

  /* Standard input is cut off at the limit */
  check_refused_input (ws, "/dev/zero", "standard input: too large",
                       (const char *[]) { "import", "--format", "stix", "-", NULL });
}

/* Terminal output -------------------------------------------------------- */

/* No byte a terminal acts on: C0 but newline and tab, DEL, ESC, and the
 * C1 controls in UTF-8 */
static void
assert_no_controls (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;

      if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
        g_error ("a control character 0x%02x in the output: %s", c, text);
      if (c == 0xc2 && (guchar) p[1] >= 0x80 && (guchar) p[1] <= 0x9f)
        g_error ("a C1 control in the output: %s", text);
    }
}

static void
test_output_escapes_controls (Fixture       *fixture,
                              gconstpointer  data)
{
  const char *ws = fixture->workspace;
  const char *hostile = "Evil \033[2J\033]0;owned\007 \302\2336m\r\010 end";
  g_autofree char *key = NULL;
  g_autofree char *item = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *shows[][4] = {
    { "list" }, { "show", NULL }, { "journal", NULL }, { "sla" }, { "evidence", NULL }, { "plan", NULL },
    { "review", NULL }, { "checklist", NULL },
  };

  g_assert_cmpint (cordon_test_run (ws, &out, NULL, "new", "--title", hostile, "--category", "phishing",
                                    "--severity", "high", "--lead", hostile, "--summary", hostile), ==, 0);
  key = g_strstrip (g_steal_pointer (&out));
  g_assert_cmpint (cordon_test_run (ws, NULL, NULL, "journal", key, "--add", hostile, "--author", hostile), ==, 0);
  g_assert_cmpint (cordon_test_run (ws, &out, NULL, "evidence", key, "--add-physical", hostile,
                                    "--collected-by", hostile, "--storage", hostile), ==, 0);
  item = g_strstrip (g_steal_pointer (&out));
  g_assert_cmpint (cordon_test_run (ws, NULL, NULL, "plan", key, "--custom", hostile), ==, 0);
  g_assert_cmpint (cordon_test_run (ws, NULL, NULL, "review", key, "--went-well", hostile), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (shows); i++)
    {
      const char *args[] = { shows[i][0], shows[i][1] != NULL ? shows[i][1] : key, NULL };

      if (g_str_equal (shows[i][0], "list") || g_str_equal (shows[i][0], "sla"))
        args[1] = NULL;
      g_assert_cmpint (cordon_test_run_cordon (ws, NULL, &out, &err, args), ==, 0);
      g_test_message ("%s: %s", args[0], out);
      assert_no_controls (out);
      assert_no_controls (err);
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);
    }

  g_assert_cmpint (cordon_test_run (ws, &out, NULL, "show", key), ==, 0);
  g_assert_nonnull (strstr (out, "Evil \\x1b[2J\\x1b]0;owned\\x07 \\u{009b}6m\\x0d\\x08 end"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (cordon_test_run (ws, &out, NULL, "evidence", "--show", item), ==, 0);
  assert_no_controls (out);
  g_clear_pointer (&out, g_free);

  /* A message that quotes what was given */
  g_assert_cmpint (cordon_test_run (ws, NULL, &err, "journal", key, "--add", "x", "--kind", hostile), ==, 1);
  assert_no_controls (err);
  g_assert_nonnull (strstr (err, "\\x1b[2J"));
  g_clear_pointer (&err, g_free);

  /* JSON keeps the text, escaped as JSON */
  g_assert_cmpint (cordon_test_run (ws, &out, NULL, "list", "--json"), ==, 0);
  g_assert_nonnull (strstr (out, "Evil \\u001b[2J"));
  assert_no_controls (out);
}

/* Only the kinds of journal entry a person writes can be added; the rest
 * Cordon writes with the records they stand for */
static void
test_journal_person_kinds (Fixture       *fixture,
                           gconstpointer  data)
{
  const char *ws = fixture->workspace;
  g_autofree char *key = new_incident (ws, "Lost laptop", "data-breach", "high", "2026-04-01T08:00:00Z");
  const char *system_kinds[] = { "sla-event", "phase-change", "classification-change", "evidence", "custody", "bogus" };
  const char *person_kinds[] = { "note", "status-update", "decision", "communication" };

  for (guint i = 0; i < G_N_ELEMENTS (system_kinds); i++)
    {
      g_autofree char *before = cordon_test_workspace_digest (ws);
      g_autofree char *after = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (cordon_test_run (ws, NULL, &err, "journal", key, "--add", "Forged", "--kind", system_kinds[i]), ==, 1);
      g_assert_nonnull (strstr (err, system_kinds[i]));
      g_assert_nonnull (strstr (err, "note, status-update, decision or communication"));
      after = cordon_test_workspace_digest (ws);
      g_assert_cmpstr (before, ==, after);
    }

  for (guint i = 0; i < G_N_ELEMENTS (person_kinds); i++)
    g_assert_cmpint (cordon_test_run (ws, NULL, NULL, "journal", key, "--add", "Written", "--kind", person_kinds[i]), ==, 0);
}

/* A workspace's path may hold any character a file name may */
static void
test_workspace_path_characters (Fixture       *fixture,
                                gconstpointer  data)
{
  const char *names[] = { "a=b.cordon", "line\nbreak.cordon", "[section].cordon", " spaced .cordon", "tab\t.cordon" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (fixture->dir, names[i], NULL);
      g_autofree char *err = NULL;
      g_autofree char *out = NULL;

      g_assert_cmpint (cordon_test_run (path, NULL, &err, "new", "--title", "Lost laptop", "--category", "data-breach",
                                        "--severity", "low"), ==, 0);
      g_assert_null (strstr (err, "CRITICAL"));
      g_assert_cmpstr (err, ==, "");
      g_clear_pointer (&err, g_free);

      /* Twice: the second open finds what the first close noted */
      for (guint j = 0; j < 2; j++)
        {
          g_assert_cmpint (cordon_test_run (path, &out, &err, "list"), ==, 0);
          g_assert_nonnull (strstr (out, "Lost laptop"));
          g_assert_cmpstr (err, ==, "");
          g_clear_pointer (&out, g_free);
          g_clear_pointer (&err, g_free);
        }
      g_assert_cmpint (cordon_test_run (path, NULL, &err, "verify"), ==, 0);
      g_assert_cmpstr (err, ==, "");
    }
}

/* Copies the test data file @name (under tests/data/@folder) into @dir as
 * @as */
static char *
copy_data (const char *folder,
           const char *name,
           const char *dir,
           const char *as)
{
  g_autofree char *from = g_build_filename (TEST_SRCDIR, "data", folder, name, NULL);
  g_autofree char *text = read_file (from);
  char *to = g_build_filename (dir, as, NULL);
  GError *error = NULL;

  g_file_set_contents (to, text, -1, &error);
  g_assert_no_error (error);

  return to;
}

static guint
count_incidents (const char *workspace)
{
  g_autofree char *out = NULL;
  guint n = 0;

  g_assert_cmpint (run_cordon (workspace, &out, NULL, "list"), ==, 0);
  for (const char *p = out; (p = strstr (p, "INC-")) != NULL; p++)
    n++;

  return n;
}

/* The facts line of `show`: "Facts: N" */
static guint
count_facts (const char *workspace,
             const char *key)
{
  g_autofree char *out = NULL;
  const char *facts;

  g_assert_cmpint (run_cordon (workspace, &out, NULL, "show", key), ==, 0);
  facts = strstr (out, "Facts: ");
  g_assert_nonnull (facts);

  return (guint) g_ascii_strtoull (facts + strlen ("Facts: "), NULL, 10);
}

/* Several files and folders at once, each told by its content; a dry
 * run changes nothing; a record imported before is skipped, updated or
 * imported anew as asked; one bad file refuses them all */
static void
test_import_many (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (fixture->dir, "shared", NULL);
  g_autofree char *misp = NULL;
  g_autofree char *veris = NULL;
  g_autofree char *bad = g_build_filename (fixture->dir, "bad.json", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *err = NULL;
  g_autofree char *text = NULL;
  GError *error = NULL;

  g_mkdir (folder, 0700);
  misp = copy_data ("interchange", "misp-event.json", folder, "misp.json");
  g_free (copy_data ("interchange", "thehive-case.json", folder, "thehive.json"));
  veris = copy_data ("vcdb", "0001AA7F-C601-424A-B2B8-BE6C9F5164E7.json", folder, "veris.json");
  /* Neither hidden files nor files of other names are read */
  g_free (copy_data ("interchange", "stix-bundle.expected.json", folder, ".hidden.json"));
  g_free (copy_data ("interchange", "SOURCE.txt", folder, "SOURCE.txt"));

  /* A dry run where there is no workspace yet creates none */
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "import", "--dry-run", folder), ==, 0);
  g_assert_nonnull (strstr (err, "Would import 3 incidents"));
  g_assert_nonnull (strstr (err, "nothing was changed"));
  g_assert_nonnull (strstr (err, "misp.json (misp): 1 incident"));
  g_assert_nonnull (strstr (err, "veris.json (veris): 1 incident"));
  g_assert_false (g_file_test (fixture->workspace, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "import", folder), ==, 0);
  g_assert_nonnull (strstr (err, "Imported 3 incidents"));
  g_assert_cmpuint (count_incidents (fixture->workspace), ==, 3);
  g_assert_cmpuint (count_facts (fixture->workspace, "INC-2024-0001"), ==, 6);
  g_clear_pointer (&err, g_free);

  /* Again: the same records are recognised and left alone */
  before = cordon_test_workspace_digest (fixture->workspace);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "import", folder), ==, 0);
  g_assert_nonnull (strstr (err, "Imported 0 incidents"));
  g_assert_nonnull (strstr (err, "skipped 3 records imported before"));
  g_assert_nonnull (strstr (err, "was imported before as INC-2024-0001: skipped"));
  g_assert_nonnull (strstr (err, "--on-duplicate update"));
  g_clear_pointer (&err, g_free);
  after = cordon_test_workspace_digest (fixture->workspace);
  g_assert_cmpstr (before, ==, after);
  g_clear_pointer (&after, g_free);

  /* A dry run of a new copy tells, and changes nothing */
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "import", "-n", "--on-duplicate", "new", misp, veris),
                   ==, 0);
  g_assert_nonnull (strstr (err, "Would import 2 incidents"));
  g_clear_pointer (&err, g_free);
  after = cordon_test_workspace_digest (fixture->workspace);
  g_assert_cmpstr (before, ==, after);
  g_clear_pointer (&after, g_free);

  /* The event grew an attribute: update adds it, and only it */
  text = read_file (misp);
  {
    g_autoptr(GString) grown = g_string_new (text);

    g_assert_cmpint (g_string_replace (grown, "\"Attribute\": [",
                                       "\"Attribute\": [ { \"type\": \"domain\", \"category\": \"Network activity\", "
                                       "\"value\": \"new-c2.example.net\", \"to_ids\": true },", 1), ==, 1);
    g_file_set_contents (misp, grown->str, -1, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "import", "--on-duplicate", "update", misp), ==, 0);
  g_assert_nonnull (strstr (err, "updated 1 record imported before"));
  g_test_message ("%s", err);
  g_assert_nonnull (strstr (err, "added 1 facts"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpuint (count_incidents (fixture->workspace), ==, 3);
  g_assert_cmpuint (count_facts (fixture->workspace, "INC-2024-0001"), ==, 7);
  g_assert_cmpint (run_cordon (fixture->workspace, &err, NULL, "journal", "INC-2024-0001"), ==, 0);
  g_assert_nonnull (strstr (err, "1 new facts, 0 new tasks"));
  g_clear_pointer (&err, g_free);

  /* Nothing new the second time */
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "import", "--on-duplicate", "update", misp), ==, 0);
  g_assert_nonnull (strstr (err, "has nothing new"));
  g_clear_pointer (&err, g_free);

  /* new opens another incident all the same */
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "import", "--on-duplicate", "new", misp), ==, 0);
  g_assert_nonnull (strstr (err, "Imported 1 incident"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpuint (count_incidents (fixture->workspace), ==, 4);

  /* One bad file among good ones: nothing of any of them */
  g_free (before);
  before = cordon_test_workspace_digest (fixture->workspace);
  g_file_set_contents (bad, "{\"Event\": {\"info\": 5}}", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "import", "--on-duplicate", "new", misp, bad), ==, 2);
  g_assert_nonnull (strstr (err, "bad.json"));
  g_assert_nonnull (strstr (err, "nothing was imported"));
  g_clear_pointer (&err, g_free);
  after = cordon_test_workspace_digest (fixture->workspace);
  g_assert_cmpstr (before, ==, after);
  g_clear_pointer (&after, g_free);

  /* Named the wrong format, a file says what it seems to be */
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "import", "--format", "native", veris), ==, 2);
  g_assert_nonnull (strstr (err, "it looks like a veris file"));
  g_clear_pointer (&err, g_free);

  /* Usage */
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "import", "--on-duplicate", "maybe", misp), ==, 1);
  g_assert_nonnull (strstr (err, "--on-duplicate “maybe” is unknown"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "import", "-", "-"), ==, 1);
  g_assert_nonnull (strstr (err, "only once"));
  g_clear_pointer (&err, g_free);
  after = cordon_test_workspace_digest (fixture->workspace);
  g_assert_cmpstr (before, ==, after);
}

/* What `list` prints, byte for byte: the columns padded as before, a
 * control character in a title shown rather than sent, JSON escaped, the
 * filters by phase and severity, and an empty listing. */
static const char list_fixture[] =
  "{\"format\": \"cordon\", \"version\": 1, \"incidents\": [\n"
  " {\"key\": \"INC-2026-0001\", \"title\": \"Ransomware on the file servers\",\n"
  "  \"category\": \"malicious-code\", \"severity\": \"critical\", \"impact\": \"enterprise-wide\",\n"
  "  \"tlp\": \"red\", \"lead\": \"Dana Reyes\", \"phase\": \"containment\",\n"
  "  \"times\": {\"detected\": \"2026-03-01T09:12:00Z\", \"created\": \"2026-03-01T09:12:00Z\",\n"
  "            \"updated\": \"2026-03-02T10:00:00.250000Z\"},\n"
  "  \"journal\": [{\"kind\": \"note\", \"time\": \"2026-03-01T09:12:00Z\", \"author\": \"Dana Reyes\", \"text\": \"Opened\"}]},\n"
  " {\"key\": \"INC-2026-0002\",\n"
  "  \"title\": \"Title with \\u001b[31mcolour\\u001b[0m, a \\u009b and \\\"\xc3\x84rger\\\" \\\\ here\",\n"
  "  \"category\": \"unauthorized-access\", \"severity\": \"low\", \"lead\": \"Lee \\\"Q\\\" Chen\",\n"
  "  \"phase\": \"lessons-learned\", \"exercise\": true,\n"
  "  \"times\": {\"created\": \"2026-04-01T08:00:00Z\", \"updated\": \"2026-04-01T08:00:00Z\"}},\n"
  " {\"key\": \"INC-2026-0003\", \"title\": \"Phishing wave against finance\",\n"
  "  \"category\": \"phishing\", \"severity\": \"low\", \"phase\": \"containment\",\n"
  "  \"times\": {\"detected\": \"2026-05-01T07:00:00Z\", \"created\": \"2026-05-01T07:00:00Z\",\n"
  "            \"updated\": \"2026-05-01T07:30:00Z\"},\n"
  "  \"journal\": [{\"kind\": \"note\", \"time\": \"2026-05-01T07:00:00Z\", \"author\": \"Sam\", \"text\": \"Opened\"},\n"
  "              {\"kind\": \"decision\", \"time\": \"2026-05-01T07:30:00Z\", \"author\": \"Sam\", \"text\": \"Blocked the sender\"}]}\n"
  "]}\n";

#define LIST_LINE_1 "INC-2026-0001  containment      critical  malicious-code       Ransomware on the file servers\n"
#define LIST_LINE_2 "INC-2026-0002  lessons-learned  low       unauthorized-access  " \
                    "Title with \\x1b[31mcolour\\x1b[0m, a \\u{009b} and \"\xc3\x84rger\" \\ here\n"
#define LIST_LINE_3 "INC-2026-0003  containment      low       phishing             Phishing wave against finance\n"
#define LIST_JSON_1 "{\"key\": \"INC-2026-0001\", \"title\": \"Ransomware on the file servers\", " \
                    "\"category\": \"malicious-code\", \"severity\": \"critical\", \"impact\": \"enterprise-wide\", " \
                    "\"phase\": \"containment\", \"tlp\": \"red\", \"lead\": \"Dana Reyes\", \"exercise\": false, " \
                    "\"detected\": \"2026-03-01T09:12:00Z\", \"updated\": \"2026-03-02T10:00:00.250000Z\", " \
                    "\"journal-entries\": 1}"
#define LIST_JSON_2 "{\"key\": \"INC-2026-0002\", " \
                    "\"title\": \"Title with \\u001b[31mcolour\\u001b[0m, a \\u009b and \\\"\xc3\x84rger\\\" \\\\ here\", " \
                    "\"category\": \"unauthorized-access\", \"severity\": \"low\", \"impact\": \"\", " \
                    "\"phase\": \"lessons-learned\", \"tlp\": \"amber\", \"lead\": \"Lee \\\"Q\\\" Chen\", " \
                    "\"exercise\": true, \"detected\": \"2026-04-01T08:00:00Z\", \"updated\": \"2026-04-01T08:00:00Z\", " \
                    "\"journal-entries\": 0}"
#define LIST_JSON_3 "{\"key\": \"INC-2026-0003\", \"title\": \"Phishing wave against finance\", " \
                    "\"category\": \"phishing\", \"severity\": \"low\", \"impact\": \"\", \"phase\": \"containment\", " \
                    "\"tlp\": \"amber\", \"lead\": \"\", \"exercise\": false, \"detected\": \"2026-05-01T07:00:00Z\", " \
                    "\"updated\": \"2026-05-01T07:30:00Z\", \"journal-entries\": 2}"

static void
test_list_layout (Fixture       *fixture,
                  gconstpointer  data)
{
  static const struct {
    const char *args[6];
    const char *out;
    const char *err;
  } cases[] = {
    { { "list" }, LIST_LINE_1 LIST_LINE_2 LIST_LINE_3, "" },
    { { "list", "--json" }, "[\n  " LIST_JSON_1 ",\n  " LIST_JSON_2 ",\n  " LIST_JSON_3 "\n]\n", "" },
    { { "list", "--phase", "containment" }, LIST_LINE_1 LIST_LINE_3, "" },
    { { "list", "--severity", "low", "--json" }, "[\n  " LIST_JSON_2 ",\n  " LIST_JSON_3 "\n]\n", "" },
    { { "list", "--phase", "lessons-learned", "--severity", "low" }, LIST_LINE_2, "" },
    { { "list", "--phase", "closed" }, "", "No incidents.\n" },
    { { "list", "--phase", "closed", "--json" }, "[]\n", "" },
  };
  g_autofree char *path = g_build_filename (fixture->dir, "list.json", NULL);
  GError *error = NULL;

  g_file_set_contents (path, list_fixture, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "import", path), ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      g_assert_cmpint (run_cordonv (fixture->workspace, &out, &err, (const char **) cases[i].args), ==, 0);
      g_assert_cmpstr (out, ==, cases[i].out);
      g_assert_cmpstr (err, ==, cases[i].err);
    }
}

/* A TheHive case template imports as a template; incidents opened from
 * it get its tasks, its containment steps as their plan, its prefix,
 * category, severity and TLP */
static void
test_case_template (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *template = g_build_filename (TEST_SRCDIR, "data", "interchange", "thehive-template.json", NULL);
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  /* No workspace, so no template */
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "new", "--template", "Ransomware response",
                               "--title", "x"), ==, 1);
  g_assert_nonnull (strstr (err, "import one with cordon import"));
  g_assert_false (g_file_test (fixture->workspace, G_FILE_TEST_EXISTS));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "import", template), ==, 0);
  g_assert_nonnull (strstr (err, "1 case template"));
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cordon (fixture->workspace, &out, &err, "new", "--template", "Ransomware response",
                               "--title", "Finance share encrypted"), ==, 0);
  g_assert_cmpstr (out, ==, "INC-2026-0001\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cordon (fixture->workspace, &out, NULL, "show", "INC-2026-0001"), ==, 0);
  g_assert_nonnull (strstr (out, "[RANSOM] Finance share encrypted"));
  g_assert_nonnull (strstr (out, "Malicious code"));
  g_assert_nonnull (strstr (out, "High"));
  g_assert_nonnull (strstr (out, "Tasks: 3"));
  g_assert_nonnull (strstr (out, "3 tasks, 3 containment actions"));
  g_clear_pointer (&out, g_free);

  /* The containment and eradication steps, in the template's order */
  g_assert_cmpint (run_cordon (fixture->workspace, &out, NULL, "plan", "INC-2026-0001"), ==, 0);
  {
    const char *isolate = strstr (out, "Isolate the affected hosts");
    const char *block = strstr (out, "Block the ransomware's command servers");
    const char *eradicate = strstr (out, "Eradicate the persistence");

    g_assert_true (isolate != NULL && block != NULL && eradicate != NULL);
    g_assert_true (isolate < block && block < eradicate);
    g_assert_null (strstr (out, "Identify patient zero"));
  }
  g_clear_pointer (&out, g_free);

  /* Given options win over the template's */
  g_assert_cmpint (run_cordon (fixture->workspace, &out, NULL, "new", "--template", "Ransomware response",
                               "--title", "Lab host", "--severity", "low", "--json"), ==, 0);
  g_assert_nonnull (strstr (out, "\"severity\" : \"low\""));
  g_clear_pointer (&out, g_free);

  /* Again: left alone; updated: replaced */
  before = cordon_test_workspace_digest (fixture->workspace);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "import", template), ==, 0);
  g_assert_nonnull (strstr (err, "is there already: skipped"));
  g_clear_pointer (&err, g_free);
  after = cordon_test_workspace_digest (fixture->workspace);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "import", "--on-duplicate", "update", template), ==, 0);
  g_assert_nonnull (strstr (err, "was replaced"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "import", "--on-duplicate", "new", template), ==, 0);
  g_clear_pointer (&err, g_free);

  /* An unknown template names the known ones */
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "new", "--template", "phishing", "--title", "x"), ==, 1);
  g_assert_nonnull (strstr (err, "no case template “phishing”"));
  g_assert_nonnull (strstr (err, "“Ransomware response”, “Ransomware response (2)”"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "new", "--template", "Ransomware response"), ==, 1);
  g_assert_nonnull (strstr (err, "--title is required"));
}

/* Commands that only read never take the write lock: with another
 * program holding it, each still answers at once (one that wanted it
 * would wait 5 seconds and exit 5), the checklist preview included */
static void
test_read_needs_no_write_lock (Fixture       *fixture,
                               gconstpointer  data)
{
  const char *ws = fixture->workspace;
  g_autofree char *key = new_incident (ws, "Ransomware on the file servers", "malicious-code", "critical",
                                       "2026-04-01T08:00:00Z");
  g_autoptr(GPtrArray) commands = read_commands (fixture->dir, key);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (ws, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);

  for (guint i = 0; i < commands->len; i++)
    {
      g_autofree char *err = NULL;
      const char * const *args = (const char * const *) commands->pdata[i];

      g_test_message ("%s", args[0]);
      g_assert_cmpint (cordon_test_run_cordon (ws, NULL, NULL, &err, args), ==, 0);
    }

  {
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (cordon_test_run (ws, &out, &err, "checklist", key), ==, 0);
    g_assert_nonnull (strstr (out, "[ ] validate-users"));
    g_assert_nonnull (strstr (err, "not started yet"));

    /* A change does need it */
    g_clear_pointer (&err, g_free);
    g_assert_cmpint (cordon_test_run (ws, NULL, &err, "checklist", key, "--done", "validate-users"), ==, 5);
    g_assert_nonnull (strstr (err, "busy"));
  }

  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (db);
}

/* cordon list prints one row per incident, whatever the title holds */
static void
test_list_one_row_each (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *a = new_incident (fixture->workspace, "Two lines\nINC-2026-9999  closed  low  other  Forged row",
                                     "phishing", "low", "2026-04-01T08:00:00Z");
  g_autofree char *b = new_incident (fixture->workspace, "Tab\there and a return\r", "phishing", "low",
                                     "2026-04-02T08:00:00Z");
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_cmpint (run_cordon (fixture->workspace, &out, NULL, "list"), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  g_assert_true (g_str_has_prefix (lines[0], a));
  g_assert_true (g_str_has_suffix (lines[0], "Two lines\\nINC-2026-9999  closed  low  other  Forged row"));
  g_assert_true (g_str_has_prefix (lines[1], b));
  g_assert_true (g_str_has_suffix (lines[1], "Tab\\there and a return\\r"));
  g_assert_cmpstr (lines[2], ==, "");
}

/* cordon edit: a new title and lead, each chained with its old value;
 * the same field edited in the file afterwards is named by verify */
static void
test_edit_chained (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *key = new_incident (fixture->workspace, "Phish", "phishing", "low", "2026-03-04T08:00:00Z");
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cordon (fixture->workspace, &out, &err, "edit", key, "--title", "Phishing wave",
                               "--lead", "Sam Ito", "--author", "Lee"), ==, 0);
  g_assert_cmpstr (out, ==, "INC-2026-0001 Phishing wave\n");
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cordon (fixture->workspace, &out, NULL, "journal", key), ==, 0);
  g_assert_nonnull (strstr (out, "details-change"));
  g_assert_nonnull (strstr (out, "Title changed from “Phish” to “Phishing wave”; Lead changed from Dana Reyes to Sam Ito"));
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "verify"), ==, 0);

  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "edit", key), ==, 1);
  g_assert_nonnull (strstr (err, "give --title, --lead or both"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "edit", key, "--title", " "), ==, 2);
  g_assert_nonnull (strstr (err, "title"));

  exec_sql (fixture->workspace, "UPDATE incidents SET lead = 'Mallory'");
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "verify"), ==, 3);
  g_assert_nonnull (strstr (err, "INC-2026-0001: the lead was changed outside Cordon: the incident says "
                                 "“Mallory”, its last chained change “Sam Ito”"));
}

/* An anchor taken now, kept elsewhere: the workspace extends it as it
 * grows, and a backup taken before it does not */
static void
test_anchor (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *copy = g_build_filename (fixture->dir, "copy.cordon", NULL);
  g_autofree char *anchor = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *key = NULL;

  populate (fixture->workspace);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "backup", copy), ==, 0);
  key = new_incident (fixture->workspace, "Stolen laptop", "other", "low", "2026-03-04T08:00:00Z");

  g_assert_cmpint (run_cordon (fixture->workspace, &anchor, &err, "anchor"), ==, 0);
  g_strstrip (anchor);
  g_assert_true (g_regex_match_simple ("^[1-9][0-9]*:[0-9a-f]{64}$", anchor, 0, 0));

  /* The workspace goes on: it still extends the anchor */
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, NULL, "journal", key, "--add", "Laptop found"), ==, 0);
  g_assert_cmpint (run_cordon (fixture->workspace, &out, NULL, "verify", "--anchor", anchor), ==, 0);
  g_assert_nonnull (strstr (out, "extends the anchor"));

  /* The backup from before it is whole in itself, but older */
  g_assert_cmpint (run_cordon (copy, NULL, NULL, "verify"), ==, 0);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (copy, NULL, &err, "verify", "--anchor", anchor), ==, 3);
  g_assert_nonnull (strstr (err, "is ahead of the ledger"));
  g_assert_nonnull (strstr (err, "older copy of the workspace"));

  /* A malformed anchor is a usage error, said before the file is read */
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (fixture->workspace, NULL, &err, "verify", "--anchor", "17"), ==, 1);
  g_assert_nonnull (strstr (err, "“17” is not an anchor"));

  /* No anchor for a workspace that does not verify */
  exec_sql (copy, "UPDATE incidents SET title = 'Nothing happened' WHERE key = 'INC-2026-0001'");
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cordon (copy, &out, &err, "anchor"), ==, 3);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "INC-2026-0001: the title was changed outside Cordon"));
}

/* An incident ends as resolved, false positive, duplicate (merged) or not
 * an incident, always with a reason; only resolved ones count in the
 * metrics. Every refusal names what is wrong and changes nothing. */
static void
test_close_and_merge (Fixture       *fixture,
                      gconstpointer  data)
{
  const char *ws = fixture->workspace;
  g_autofree char *a = new_incident (ws, "Phishing mail to finance", "phishing", "medium", "2026-03-01T09:00:00Z");
  g_autofree char *b = new_incident (ws, "Phishing mail to finance, reported again", "phishing", "medium", "2026-03-01T09:20:00Z");
  g_autofree char *c = new_incident (ws, "Port scan from our own scanner", "reconnaissance", "low", "2026-03-01T10:00:00Z");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *err = NULL;
  g_autofree char *show = NULL;
  g_autofree char *metrics = NULL;
  g_autofree char *verify = NULL;

  g_assert_cmpint (run_cordon (ws, NULL, NULL, "journal", b, "--add", "Sender 203.0.113.7", "--kind", "note"), ==, 0);
  g_assert_cmpint (run_cordon (ws, NULL, NULL, "move", c, "classified", "--reason", "Triaged", "--author", "Sam"), ==, 0);

  /* Refusals first: nothing changes */
  before = cordon_test_workspace_digest (ws);
  g_assert_cmpint (run_cordon (ws, NULL, &err, "close", c, "--as", "fixed", "--reason", "x"), ==, 1);
  g_assert_nonnull (strstr (err, "--as"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (ws, NULL, &err, "close", c, "--as", "false-positive"), ==, 1);
  g_assert_nonnull (strstr (err, "--reason"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (ws, NULL, &err, "close", c, "--as", "duplicate", "--reason", "x"), ==, 1);
  g_assert_nonnull (strstr (err, "cordon merge"));
  g_clear_pointer (&err, g_free);
  /* Resolved is the lifecycle's end: not from classified */
  g_assert_cmpint (run_cordon (ws, NULL, &err, "close", c, "--as", "resolved", "--reason", "Done"), ==, 2);
  g_assert_nonnull (strstr (err, c));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (ws, NULL, &err, "merge", b, b, "--reason", "Same"), ==, 2);
  g_assert_nonnull (strstr (err, "itself"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (ws, NULL, &err, "merge", b, "INC-2026-0099", "--reason", "Same"), !=, 0);
  g_assert_nonnull (strstr (err, "INC-2026-0099"));
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cordon (ws, NULL, &err, "merge", b, a), ==, 1);
  g_assert_nonnull (strstr (err, "--reason"));
  g_clear_pointer (&err, g_free);
  after = cordon_test_workspace_digest (ws);
  g_assert_cmpstr (before, ==, after);

  /* A false positive closes from any phase, with its reason */
  g_assert_cmpint (run_cordon (ws, NULL, NULL, "close", c, "--as", "false-positive",
                               "--reason", "Our own vulnerability scanner", "--author", "Sam"), ==, 0);
  g_assert_cmpint (run_cordon (ws, &show, NULL, "show", c), ==, 0);
  g_assert_nonnull (strstr (show, "Our own vulnerability scanner"));
  g_clear_pointer (&show, g_free);
  g_assert_cmpint (run_cordon (ws, NULL, &err, "close", c, "--as", "not-an-incident", "--reason", "x"), ==, 2);
  g_assert_nonnull (strstr (err, "closed already"));
  g_clear_pointer (&err, g_free);

  /* A duplicate merges into the incident it repeats */
  g_assert_cmpint (run_cordon (ws, NULL, NULL, "plan", b, "--custom", "Block the sender"), ==, 0);
  g_assert_cmpint (run_cordon (ws, NULL, NULL, "merge", b, a, "--reason", "The same mail, reported twice",
                               "--author", "Sam"), ==, 0);
  g_assert_cmpint (run_cordon (ws, &show, NULL, "show", a), ==, 0);
  g_assert_nonnull (strstr (show, "Merged INC-2026-0002"));
  g_assert_nonnull (strstr (show, "The same mail, reported twice"));
  g_clear_pointer (&show, g_free);
  g_assert_cmpint (run_cordon (ws, &show, NULL, "show", b), ==, 0);
  g_assert_nonnull (strstr (show, "Duplicate of INC-2026-0001"));
  g_clear_pointer (&show, g_free);
  g_assert_cmpint (run_cordon (ws, &show, NULL, "show", c), ==, 0);
  g_assert_nonnull (strstr (show, "False positive"));
  g_assert_cmpint (run_cordon (ws, NULL, &err, "merge", b, a, "--reason", "Again"), ==, 2);
  g_assert_nonnull (strstr (err, "closed already"));

  /* Only the open incident counts; the chains hold */
  g_assert_cmpint (run_cordon (ws, &metrics, NULL, "metrics", "--json"), ==, 0);
  g_assert_nonnull (strstr (metrics, "\n  \"incidents\": 1,\n"));
  g_assert_cmpint (run_cordon (ws, &verify, NULL, "verify"), ==, 0);
}

/* The command line signs with the name set in Preferences → You, or with
 * --as; the same setting the window reads */
static void
test_identity (Fixture       *fixture,
               gconstpointer  data)
{
  const char *ws = fixture->workspace;
  g_autofree char *config = g_build_filename (fixture->dir, "config", NULL);
  g_autofree char *settings_dir = g_build_filename (config, "glib-2.0", "settings", NULL);
  g_autofree char *keyfile = g_build_filename (settings_dir, "keyfile", NULL);
  g_autofree char *old_backend = g_strdup (g_getenv ("GSETTINGS_BACKEND"));
  g_autofree char *old_config = g_strdup (g_getenv ("XDG_CONFIG_HOME"));
  g_autofree char *key = NULL;
  g_autofree char *show = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (g_mkdir_with_parents (settings_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (keyfile, "[io/github/cordon_ir/Cordon]\nuser-name='Dana Reyes'\n", -1, NULL));
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);

  /* No --author: the setting signs */
  g_assert_cmpint (run_cordon (ws, &key, NULL, "new", "--title", "Phishing mail to finance",
                               "--category", "phishing", "--severity", "medium"), ==, 0);
  g_strstrip (key);
  g_assert_cmpint (run_cordon (ws, NULL, NULL, "--as", "Ops Bot", "journal", key, "--add", "Ticket opened"), ==, 0);
  g_assert_cmpint (run_cordon (ws, NULL, &err, "--as", " ", "journal", key, "--add", "x"), ==, 1);
  g_assert_nonnull (strstr (err, "--as"));
  g_assert_cmpint (run_cordon (ws, &show, NULL, "show", key), ==, 0);

  if (old_backend != NULL)
    g_setenv ("GSETTINGS_BACKEND", old_backend, TRUE);
  else
    g_unsetenv ("GSETTINGS_BACKEND");
  if (old_config != NULL)
    g_setenv ("XDG_CONFIG_HOME", old_config, TRUE);
  else
    g_unsetenv ("XDG_CONFIG_HOME");

  /* Opened by Dana (the setting), the note by the script (--as) */
  g_assert_nonnull (strstr (show, "Dana Reyes"));
  g_assert_nonnull (strstr (show, "Ops Bot"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* Never touch the user's own workspace. */
  {
    g_autofree char *home = g_dir_make_tmp ("cordon-home-XXXXXX", NULL);
    g_autofree char *cache = g_build_filename (home, "cache", NULL);

    g_setenv ("XDG_DATA_HOME", home, TRUE);
    g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  }

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/cli/import-many", test_import_many);
  ADD ("/cli/case-template", test_case_template);
  ADD ("/cli/sla", test_sla);
  ADD ("/cli/help-and-version", test_help_and_version);
  ADD ("/cli/plan-checks", test_plan_checks);
  ADD ("/cli/usage-errors", test_usage_errors);
  ADD ("/cli/incident-life", test_incident_life);
  ADD ("/cli/list/layout", test_list_layout);
  ADD ("/cli/close-and-merge", test_close_and_merge);
  ADD ("/cli/identity", test_identity);
  ADD ("/cli/round-trip", test_round_trip);
  ADD ("/cli/interchange", test_interchange);
  ADD ("/cli/containment", test_containment);
  ADD ("/cli/selection-export", test_selection_export);
  ADD ("/cli/bad-input", test_bad_input);
  ADD ("/cli/refusals", test_refusals);
  ADD ("/cli/damaged-in-place", test_damaged_in_place);
  ADD ("/cli/tampering", test_tampering);
  ADD ("/cli/anchor", test_anchor);
  ADD ("/cli/edit-chained", test_edit_chained);
  ADD ("/cli/damaged-rows", test_damaged_rows);
  ADD ("/cli/invalid-schema-version", test_invalid_schema_version);
  ADD ("/cli/output/refused", test_output_refused);
  ADD ("/cli/output/private", test_output_private);
  ADD ("/cli/read/refuses-to-migrate", test_read_refuses_to_migrate);
  ADD ("/cli/read/checklist-writes-nothing", test_read_checklist_writes_nothing);
  ADD ("/cli/read/needs-no-write-lock", test_read_needs_no_write_lock);
  ADD ("/cli/list/one-row-each", test_list_one_row_each);
  ADD ("/cli/read/failed-write-leaves-nothing", test_failed_write_leaves_nothing);
  ADD ("/cli/input/bounded", test_input_bounded);
  ADD ("/cli/output/escapes-controls", test_output_escapes_controls);
  ADD ("/cli/journal/person-kinds", test_journal_person_kinds);
  ADD ("/cli/workspace-path-characters", test_workspace_path_characters);
#undef ADD

  return g_test_run ();
}
