/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-scenario.c: tabletop scenarios: the offset grammar, a good file
 * and a corpus of bad ones (each message must name the file, the place
 * and the JSON path), the shipped scenarios, VERIS records converted into
 * scenarios that validate, and the `cordon scenario` command line.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include <json-glib/json-glib.h>

#include "cordon-data.h"
#include "cordon-scenario.h"
#include "cordon-veris.h"

/* A small scenario; each inject on a line of its own, so that a fault
 * can be located by line. */
static const char good_scenario[] =
  "{\n"
  "  \"format\": \"cordon-scenario\",\n"
  "  \"version\": 1,\n"
  "  \"title\": \"Test scenario\",\n"
  "  \"start\": \"2026-03-02T08:00:00Z\",\n"
  "  \"narrative\": \"Something happened.\",\n"
  "  \"objectives\": [\"Contain it\", \"Tell people\"],\n"
  "  \"roles\": [{\"id\": \"lead\", \"name\": \"Incident lead\", \"role\": \"Leads\", \"group\": \"responder\"}, {\"id\": \"ceo\", \"name\": \"CEO\", \"role\": \"Decides\"}],\n"
  "  \"modules\": [{\"title\": \"One\", \"starts-at\": \"+00:00\", \"questions\": [\"Who?\"]}, {\"title\": \"Two\", \"questions\": [\"Why?\", \"How?\"]}],\n"
  "  \"incidents\": [{\"id\": \"ransomware\", \"title\": \"Files encrypted\", \"category\": \"malicious-code\", \"severity\": \"high\", \"summary\": \"Shares encrypted\", \"facts\": [{\"kind\": \"host\", \"value\": \"FS-01\"}]}],\n"
  "  \"injects\": [\n"
  "    {\"id\": \"f1\", \"at\": \"+00:05\", \"kind\": \"fact\", \"incident\": \"ransomware\", \"fact\": {\"kind\": \"ip\", \"value\": \"203.0.113.9\", \"note\": \"C2\"}, \"responses\": [{\"after\": \"+00:02\", \"kind\": \"acknowledge\", \"by\": \"lead\"}, {\"after\": \"+00:04\", \"kind\": \"move\", \"phase\": \"classified\", \"reason\": \"Known\"}]},\n"
  "    {\"at\": \"+00:10\", \"kind\": \"question\", \"incident\": \"ransomware\", \"question\": \"Spread?\", \"owner\": \"lead\", \"responses\": [{\"after\": \"+00:10\", \"kind\": \"answer\", \"text\": \"No\"}]},\n"
  "    {\"at\": \"+00:30\", \"kind\": \"reclassify\", \"incident\": \"ransomware\", \"severity\": \"critical\", \"reason\": \"More servers\"},\n"
  "    {\"at\": \"+01:00\", \"kind\": \"incident\", \"new-incident\": {\"id\": \"leak\", \"title\": \"Data leaked\", \"category\": \"data-breach\", \"severity\": \"high\", \"summary\": \"Data seen online\"}, \"responses\": [{\"after\": \"+00:05\", \"kind\": \"plan\", \"strategy\": \"stop-outbound-communication\"}]},\n"
  "    {\"at\": \"+01:15\", \"kind\": \"message\", \"from\": \"Reporter\", \"stakeholder\": \"journalist\", \"channel\": \"phone\", \"text\": \"Comment?\", \"responses\": [{\"after\": \"+00:05\", \"kind\": \"decision\", \"incident\": \"leak\", \"by\": \"ceo\", \"text\": \"No comment\"}]},\n"
  "    {\"at\": \"+01:20\", \"kind\": \"action-failed\", \"incident\": \"leak\", \"strategy\": \"stop-outbound-communication\", \"what-happened\": \"Second channel\", \"responses\": [{\"after\": \"+00:05\", \"kind\": \"communicate\", \"group\": \"management\", \"text\": \"Update\"}, {\"after\": \"+00:06\", \"kind\": \"reclassify\", \"severity\": \"critical\", \"reason\": \"Worse\"}, {\"after\": \"+00:07\", \"kind\": \"note\", \"text\": \"Noted\"}]},\n"
  "    {\"at\": \"+25:00\", \"kind\": \"fact\", \"incident\": \"leak\", \"fact\": {\"kind\": \"other\", \"value\": \"Next day\"}}\n"
  "  ]\n"
  "}\n";

static GBytes *
replace (const char *find,
         const char *with)
{
  g_autoptr(GString) text = g_string_new (good_scenario);

  g_assert_nonnull (strstr (good_scenario, find));
  g_string_replace (text, find, with, 1);

  return g_string_free_to_bytes (g_steal_pointer (&text));
}

static void
test_offsets (void)
{
  static const struct {
    const char *text;
    gint64      minutes;
  } good[] = {
    { "+00:00", 0 }, { "+00:15", 15 }, { "+01:75", -1 }, { "+1:15", -1 }, { "+24:00", 24 * 60 },
    { "+100:59", 100 * 60 + 59 }, { "+999:00", 999 * 60 }, { "+1000:00", -1 }, { "00:15", -1 },
    { "+00:5", -1 }, { "+00:05:00", -1 }, { "-00:15", -1 }, { "+aa:bb", -1 }, { "", -1 }, { "+15", -1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      gint64 usec = -2;
      gboolean ok = cordon_scenario_parse_offset (good[i].text, &usec);

      g_assert_cmpint (ok, ==, good[i].minutes >= 0);
      if (ok)
        {
          g_autofree char *back = cordon_scenario_format_offset (usec);

          g_assert_cmpint (usec, ==, good[i].minutes * CORDON_SCENARIO_MINUTE);
          g_assert_cmpstr (back, ==, good[i].text);
        }
    }
}

static void
test_good (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (good_scenario, strlen (good_scenario));
  g_autoptr(GError) error = NULL;
  g_autoptr(CordonScenario) scenario = cordon_scenario_new_from_bytes (bytes, "good.json", &error);
  const CordonScenarioInject *inject;
  const CordonScenarioResponse *response;

  g_assert_no_error (error);
  g_assert_cmpstr (cordon_scenario_get_title (scenario), ==, "Test scenario");
  g_assert_cmpstr (cordon_scenario_get_narrative (scenario), ==, "Something happened.");
  g_assert_null (cordon_scenario_get_source (scenario));
  g_assert_nonnull (cordon_scenario_get_start (scenario));
  g_assert_cmpuint (g_strv_length ((char **) cordon_scenario_get_objectives (scenario)), ==, 2);
  g_assert_cmpuint (g_strv_length ((char **) cordon_scenario_get_notes (scenario)), ==, 0);
  g_assert_cmpuint (cordon_scenario_get_roles (scenario)->len, ==, 2);
  g_assert_cmpuint (cordon_scenario_get_modules (scenario)->len, ==, 2);
  g_assert_cmpint (((CordonScenarioModule *) cordon_scenario_get_modules (scenario)->pdata[1])->starts_at, ==, -1);
  g_assert_cmpuint (cordon_scenario_get_incidents (scenario)->len, ==, 1);
  g_assert_cmpuint (cordon_scenario_get_injects (scenario)->len, ==, 7);

  inject = cordon_scenario_get_injects (scenario)->pdata[0];
  g_assert_cmpint (inject->kind, ==, CORDON_INJECT_FACT);
  g_assert_cmpint (inject->at, ==, 5 * CORDON_SCENARIO_MINUTE);
  g_assert_cmpstr (inject->fact->kind, ==, "ip");
  g_assert_cmpuint (inject->responses->len, ==, 2);
  response = inject->responses->pdata[1];
  g_assert_cmpint (response->kind, ==, CORDON_RESPONSE_MOVE);
  g_assert_cmpstr (response->incident, ==, "ransomware");
  g_assert_cmpstr (response->phase, ==, "classified");

  inject = cordon_scenario_get_injects (scenario)->pdata[3];
  g_assert_cmpint (inject->kind, ==, CORDON_INJECT_INCIDENT);
  g_assert_cmpstr (inject->incident, ==, "leak");
  g_assert_cmpstr (((CordonScenarioResponse *) inject->responses->pdata[0])->incident, ==, "leak");
  g_assert_true (cordon_scenario_lookup_incident (scenario, "leak") == inject->new_incident);
  g_assert_nonnull (cordon_scenario_lookup_incident (scenario, "ransomware"));
  g_assert_null (cordon_scenario_lookup_incident (scenario, "nope"));

  inject = cordon_scenario_get_injects (scenario)->pdata[4];
  g_assert_cmpint (inject->kind, ==, CORDON_INJECT_MESSAGE);
  g_assert_null (inject->incident);
  g_assert_cmpstr (inject->stakeholder, ==, "journalist");

  g_assert_cmpint (cordon_scenario_get_duration (scenario), ==, 25 * 60 * CORDON_SCENARIO_MINUTE);
}

/* Each bad case: what to change, and what the message must contain */
static const struct {
  const char *find;
  const char *with;
  const char *path;
  const char *message;
} bad_cases[] = {
  { "\"at\": \"+00:10\"", "\"at\": \"+1:75\"", "$.injects[1].at", "\"+1:75\" is not a time offset (+HH:MM" },
  { "\"at\": \"+00:30\"", "\"at\": 30", "$.injects[2].at", "expected a time offset" },
  { "\"kind\": \"reclassify\"", "\"kind\": \"telepathy\"", "$.injects[2].kind", "unknown inject kind “telepathy”" },
  { "\"kind\": \"question\", \"incident\": \"ransomware\"", "\"kind\": \"question\", \"incident\": \"ransom\"", "$.injects[1].incident", "unknown incident “ransom”" },
  { "\"kind\": \"fact\", \"incident\": \"leak\"", "\"kind\": \"fact\", \"incident\": \"lake\"", "$.injects[6].incident", "unknown incident “lake”" },
  { "\"severity\": \"critical\", \"reason\": \"More servers\"", "\"severity\": \"critical\"", "$.injects[2].reason", "missing" },
  { "\"severity\": \"critical\", \"reason\": \"More servers\"", "\"reason\": \"More servers\"", "$.injects[2]", "changes the “severity”, the “category” or both" },
  { "\"severity\": \"critical\", \"reason\": \"More servers\"", "\"severity\": \"apocalyptic\", \"reason\": \"More servers\"", "$.injects[2].severity", "unknown severity “apocalyptic”" },
  { "\"category\": \"malicious-code\"", "\"category\": \"malware\"", "$.incidents[0].category", "unknown category “malware”" },
  { "{\"id\": \"leak\"", "{\"id\": \"ransomware\"", "$.injects[3].new-incident.id", "a second incident “ransomware”" },
  { "{\"id\": \"ceo\"", "{\"id\": \"lead\"", "$.roles[1].id", "a second role “lead”" },
  { "{\"id\": \"f1\"", "{\"id\": \"Bad Id\"", "$.injects[0].id", "is not an id" },
  { "\"title\": \"Test scenario\"", "\"title\": \"" "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789"
                                                 "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789x\"",
    "$.title", "too long: 201 characters, at most 200" },
  { "\"at\": \"+01:15\"", "\"at\": \"+00:20\"", "$.injects[4].at", "earlier than the inject before it" },
  { "\"what-happened\"", "\"what_happened\"", "$.injects[5].what_happened", "unknown member" },
  { "\"narrative\"", "\"narative\"", "$.narative", "unknown member" },
  { "\"kind\": \"answer\", \"text\": \"No\"", "\"kind\": \"answer\", \"text\": \"No\", \"by\": \"cfo\"", "$.injects[1].responses[0].by", "unknown role “cfo”" },
  { "\"kind\": \"note\", \"text\": \"Noted\"", "\"kind\": \"answer\", \"text\": \"Noted\"", "$.injects[5].responses[2].kind", "an answer only follows a question" },
  { "\"kind\": \"decision\", \"incident\": \"leak\"", "\"kind\": \"decision\"", "$.injects[4].responses[0].incident", "the inject names no incident" },
  { "\"after\": \"+00:04\"", "\"after\": \"+00:01\"", "$.injects[0].responses[1].after", "earlier than the response before it" },
  { "\"phase\": \"classified\"", "\"phase\": \"pondering\"", "$.injects[0].responses[1].phase", "unknown phase “pondering”" },
  { "\"kind\": \"ip\"", "\"kind\": \"ipv4\"", "$.injects[0].fact.kind", "unknown fact kind “ipv4”" },
  { "\"stakeholder\": \"journalist\"", "\"stakeholder\": \"blogger\"", "$.injects[4].stakeholder", "unknown stakeholder “blogger”" },
  { "\"at\": \"+00:30\", \"kind\": \"reclassify\", \"incident\": \"ransomware\"", "\"at\": \"+00:30\", \"kind\": \"reclassify\", \"incident\": \"leak\"",
    "$.injects[2].incident", "incident “leak” only opens at +01:00" },
  { "\"strategy\": \"stop-outbound-communication\", \"what-happened\"", "\"what-happened\"", "$.injects[5]", "names its “strategy”, its “action” title, or both" },
  { "\"questions\": [\"Who?\"]", "\"questions\": []", "$.modules[0].questions", "needs at least 1 entry" },
  { "\"objectives\": [\"Contain it\", \"Tell people\"]", "\"objectives\": [\"Contain it\", \"\"]", "$.objectives[1]", "must not be empty" },
  { "\"format\": \"cordon-scenario\"", "\"format\": \"cordon\"", "$.format", "a Cordon workspace file, not a scenario" },
  { "\"version\": 1", "\"version\": 2", "$.version", "newer than this Cordon reads" },
  { "\"start\": \"2026-03-02T08:00:00Z\"", "\"start\": \"Monday\"", "$.start", "not an ISO 8601 time" },
  { "\"group\": \"responder\"", "\"group\": \"avengers\"", "$.roles[0].group", "unknown group kind “avengers”" },
  { "\"channel\": \"phone\"", "\"channel\": \"pigeon\"", "$.injects[4].channel", "unknown channel “pigeon”" },
  { "\"kind\": \"plan\", \"strategy\": \"stop-outbound-communication\"", "\"kind\": \"plan\"", "$.injects[3].responses[0]", "either a “strategy” or an “action”" },
  { "\"incidents\": [{", "\"incidents\": {\"x\": [{", "$.incidents", "expected an array, found an object" },
  /* Faults the strict scanner finds: line and column of the byte */
  { "\"title\": \"Test scenario\",", "\"title\": \"Test scenario\",,", "$.title", "unexpected" },
  { "\"narrative\": \"Something happened.\"", "\"title\": \"Again\"", "$.title", "twice" },
};

static void
test_bad (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(CordonScenario) scenario = NULL;
      g_autofree char *where = NULL;
      g_autoptr(GRegex) located = NULL;

      /* The case that changes incidents into an object must close it too */
      if (g_str_equal (bad_cases[i].with, "\"incidents\": {\"x\": [{"))
        {
          g_autoptr(GString) text = g_string_new (good_scenario);

          g_string_replace (text, bad_cases[i].find, bad_cases[i].with, 1);
          g_string_replace (text, "}]}],\n  \"injects\"", "}]}]},\n  \"injects\"", 1);
          bytes = g_string_free_to_bytes (g_steal_pointer (&text));
        }
      else
        {
          bytes = replace (bad_cases[i].find, bad_cases[i].with);
        }

      scenario = cordon_scenario_new_from_bytes (bytes, "bad.json", &error);
      if (scenario != NULL)
        g_error ("case %u (%s) was accepted", i, bad_cases[i].with);
      g_assert_error (error, CORDON_IO_ERROR, error->code);

      /* file:line:column: $.path: message */
      where = g_strdup_printf ("%s: ", bad_cases[i].path);
      located = g_regex_new ("^bad\\.json:[0-9]+:[0-9]+: ", G_REGEX_MULTILINE, 0, NULL);
      if (strstr (error->message, where) == NULL || strstr (error->message, bad_cases[i].message) == NULL ||
          !g_regex_match (located, error->message, 0, NULL))
        g_error ("case %u: expected “%s” and “%s” in:\n%s", i, where, bad_cases[i].message, error->message);
    }
}

static void
test_bad_line_numbers (void)
{
  g_autoptr(GBytes) bytes = replace ("\"at\": \"+01:15\"", "\"at\": \"+1:15\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(CordonScenario) scenario = cordon_scenario_new_from_bytes (bytes, "lines.json", &error);

  /* The message inject is on line 16, its element starts at column 5 */
  g_assert_null (scenario);
  g_assert_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA);
  g_assert_true (g_str_has_prefix (error->message, "lines.json:16:5: $.injects[4].at: \"+1:15\" is not a time offset"));
}

static void
test_bad_many_faults (void)
{
  g_autoptr(GString) text = g_string_new (good_scenario);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CordonScenario) scenario = NULL;
  g_auto(GStrv) lines = NULL;

  g_string_replace (text, "\"+00:10\"", "\"+0:10\"", 1);
  g_string_replace (text, "\"high\"", "\"huge\"", 1);
  g_string_replace (text, "\"kind\": \"message\"", "\"kind\": \"memo\"", 1);
  bytes = g_string_free_to_bytes (g_steal_pointer (&text));
  scenario = cordon_scenario_new_from_bytes (bytes, "many.json", &error);

  /* Every fault is reported, one a line */
  g_assert_null (scenario);
  lines = g_strsplit (error->message, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 3);
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_true (g_str_has_prefix (lines[i], "many.json:"));
}

static void
test_bad_other_files (void)
{
  static const struct {
    const char *text;
    int         code;
    const char *message;
  } cases[] = {
    { "", CORDON_IO_ERROR_SYNTAX, "empty.json:1:1: $: the file is empty" },
    { "[1, 2]", CORDON_IO_ERROR_SCHEMA, "must be a JSON object" },
    { "{\"title\": \"x\"}", CORDON_IO_ERROR_VERSION, "not a Cordon scenario" },
    { "{\"format\": \"cordon-scenario\", \"version\": 1}", CORDON_IO_ERROR_SCHEMA, "$.injects: missing or empty" },
    { "{\"format\": \"cordon-scenario\", \"version\": 1, \"title\": \"T\", \"narrative\": \"N\", \"objectives\": [\"O\"], \"roles\": [], "
      "\"modules\": [], \"incidents\": [], \"injects\": []}", CORDON_IO_ERROR_SCHEMA, "$.roles: missing or empty" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].text, strlen (cases[i].text));
      g_autoptr(GError) error = NULL;
      g_autoptr(CordonScenario) scenario = cordon_scenario_new_from_bytes (bytes, "empty.json", &error);

      g_assert_null (scenario);
      g_assert_error (error, CORDON_IO_ERROR, cases[i].code);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: expected “%s” in “%s”", i, cases[i].message, error->message);
    }
}

static GHashTable *
shipped_strategy_ids (void)
{
  g_autoptr(GBytes) bytes = cordon_data_lookup ("containment/strategies.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *array;

  g_assert_nonnull (bytes);
  g_assert_true (json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  array = json_node_get_array (json_parser_get_root (parser));
  for (guint i = 0; i < json_array_get_length (array); i++)
    g_hash_table_add (ids, g_strdup (json_object_get_string_member (json_array_get_object_element (array, i), "id")));

  return ids;
}

static void
test_shipped (void)
{
  g_auto(GStrv) ids = cordon_scenario_list_shipped ();
  g_autoptr(GHashTable) strategies = shipped_strategy_ids ();

  g_assert_cmpuint (g_strv_length (ids), ==, 2);
  g_assert_cmpstr (ids[0], ==, "phishing-data-breach");
  g_assert_cmpstr (ids[1], ==, "ransomware-file-servers");

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CordonScenario) scenario = cordon_scenario_new_shipped (ids[i], &error);
      g_autofree char *path = g_strdup_printf ("%s/../data/scenarios/%s.json", TEST_SRCDIR, ids[i]);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(CordonScenario) from_file = NULL;
      gboolean kinds[CORDON_INJECT_ACTION_FAILED + 1] = { FALSE };
      GPtrArray *injects;
      guint n_responses = 0;

      g_assert_no_error (error);
      from_file = cordon_scenario_new_from_file (file, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (cordon_scenario_get_title (scenario), ==, cordon_scenario_get_title (from_file));

      g_assert_nonnull (cordon_scenario_get_start (scenario));
      g_assert_cmpuint (g_strv_length ((char **) cordon_scenario_get_objectives (scenario)), >=, 3);
      g_assert_cmpuint (cordon_scenario_get_roles (scenario)->len, >=, 3);
      g_assert_cmpuint (cordon_scenario_get_roles (scenario)->len, <=, 5);
      g_assert_cmpuint (cordon_scenario_get_modules (scenario)->len, ==, 3);
      injects = cordon_scenario_get_injects (scenario);
      g_assert_cmpuint (injects->len, >=, 12);
      g_assert_cmpuint (injects->len, <=, 20);
      g_assert_cmpint (cordon_scenario_get_duration (scenario), >=, 2 * 60 * CORDON_SCENARIO_MINUTE);
      g_assert_cmpint (cordon_scenario_get_duration (scenario), <=, 4 * 60 * CORDON_SCENARIO_MINUTE);

      for (guint j = 0; j < injects->len; j++)
        {
          CordonScenarioInject *inject = injects->pdata[j];

          kinds[inject->kind] = TRUE;
          n_responses += inject->responses->len;
          g_assert_cmpuint (inject->responses->len, >, 0);

          /* Strategies named exist in the library the program ships */
          if (inject->strategy != NULL && !g_hash_table_contains (strategies, inject->strategy))
            g_error ("%s: injects[%u]: no strategy “%s” in the library", ids[i], j, inject->strategy);
          for (guint k = 0; k < inject->responses->len; k++)
            {
              CordonScenarioResponse *response = inject->responses->pdata[k];

              if (response->strategy != NULL && !g_hash_table_contains (strategies, response->strategy))
                g_error ("%s: injects[%u].responses[%u]: no strategy “%s”", ids[i], j, k, response->strategy);
            }
        }

      for (guint k = 0; k <= CORDON_INJECT_ACTION_FAILED; k++)
        if (!kinds[k])
          g_error ("%s has no inject of kind %s", ids[i], cordon_inject_kind_to_id (k));
      g_assert_cmpuint (n_responses, >=, injects->len);
    }

  {
    g_autoptr(GError) error = NULL;

    g_assert_null (cordon_scenario_new_shipped ("no-such-scenario", &error));
    g_assert_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_IO);
  }
}

/* VERIS ----------------------------------------------------------------- */

static GPtrArray *
list_json (const char *folder)
{
  g_autofree char *path = g_build_filename (TEST_SRCDIR, "data", folder, NULL);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (name, -1);

      if (g_str_has_suffix (lower, ".json"))
        g_ptr_array_add (files, g_build_filename (path, name, NULL));
    }
  g_ptr_array_sort (files, (GCompareFunc) g_strcmp0);

  return files;
}

static CordonScenario *
convert (GBytes     *record,
         const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) scenario_bytes = cordon_veris_to_scenario (record, name, &error);
  g_autofree char *scenario_name = g_strconcat (name, " (scenario)", NULL);
  CordonScenario *scenario;

  g_assert_no_error (error);
  scenario = cordon_scenario_new_from_bytes (scenario_bytes, scenario_name, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (cordon_scenario_get_injects (scenario)->len, >=, 4);
  g_assert_cmpuint (g_strv_length ((char **) cordon_scenario_get_notes (scenario)), >=, 1);

  return scenario;
}

static void
test_veris_vcdb (void)
{
  g_autoptr(GPtrArray) files = list_json ("vcdb");

  g_assert_cmpuint (files->len, >=, 30);
  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GFile) file = g_file_new_for_path (files->pdata[i]);
      g_autoptr(GBytes) record = g_file_load_bytes (file, NULL, NULL, &error);
      g_autoptr(CordonScenario) scenario = NULL;

      g_assert_no_error (error);
      scenario = convert (record, files->pdata[i]);
      g_assert_cmpuint (cordon_scenario_get_incidents (scenario)->len, ==, 1);
    }
}

static void
test_veris_fixtures (void)
{
  g_autoptr(GPtrArray) files = list_json ("veris");

  g_assert_cmpuint (files->len, >=, 30);
  for (guint i = 0; i < files->len; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autoptr(GBytes) record = NULL;
      g_autoptr(GBytes) wrapped = NULL;
      g_autoptr(GBytes) refused = NULL;
      g_autoptr(CordonScenario) scenario = NULL;
      JsonObject *fixture;
      gsize length;
      char *text;

      json_parser_load_from_file (parser, files->pdata[i], &error);
      g_assert_no_error (error);
      fixture = json_node_get_object (json_parser_get_root (parser));

      /* The fixture itself is not a record, and says so */
      {
        g_autoptr(JsonGenerator) whole = json_generator_new ();

        json_generator_set_root (whole, json_parser_get_root (parser));
        text = json_generator_to_data (whole, &length);
        wrapped = g_bytes_new_take (text, length);
        refused = cordon_veris_to_scenario (wrapped, files->pdata[i], &error);
        g_assert_null (refused);
        g_assert_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_VERSION);
        g_assert_nonnull (strstr (error->message, "validator test case"));
        g_clear_error (&error);
      }

      json_generator_set_root (generator, json_object_get_member (fixture, "incident"));
      text = json_generator_to_data (generator, &length);
      record = g_bytes_new_take (text, length);
      scenario = convert (record, files->pdata[i]);
    }
}

static CordonScenario *
convert_file (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_SRCDIR, "data", "vcdb", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) record = g_file_load_bytes (file, NULL, NULL, NULL);

  g_assert_nonnull (record);
  return convert (record, name);
}

static gboolean
notes_mention (CordonScenario *scenario,
               const char     *text)
{
  const char * const *notes = cordon_scenario_get_notes (scenario);

  for (guint i = 0; notes[i] != NULL; i++)
    {
      if (strstr (notes[i], text) != NULL)
        return TRUE;
    }

  return FALSE;
}

static gboolean
has_inject (CordonScenario   *scenario,
            CordonInjectKind  kind,
            const char       *stakeholder)
{
  GPtrArray *injects = cordon_scenario_get_injects (scenario);

  for (guint i = 0; i < injects->len; i++)
    {
      CordonScenarioInject *inject = injects->pdata[i];

      if (inject->kind == kind && (stakeholder == NULL || g_strcmp0 (inject->stakeholder, stakeholder) == 0))
        return TRUE;
    }

  return FALSE;
}

static void
test_veris_mapping (void)
{
  g_autoptr(CordonScenario) ransomware = convert_file ("0112292e-60e5-42d0-9099-0adcfff5a410.JSON");
  g_autoptr(CordonScenario) phishing = convert_file ("0166176d-0eac-4d2e-98ea-e4db9c5d52c0.json");
  g_autoptr(CordonScenario) misuse = convert_file ("0001AA7F-C601-424A-B2B8-BE6C9F5164E7.json");
  g_autoptr(CordonScenario) error_record = convert_file ("010B6206-1B95-4EE5-90B6-B439C5714AF6.json");
  g_autoptr(CordonScenario) no_values = convert_file ("014b47bf-3a75-477b-99d4-0c109b103040.json");
  g_autoptr(CordonScenario) discovery = convert_file ("002599D4-A872-433B-9980-BD9F257B283F.json");
  const CordonScenarioIncident *incident;

  incident = cordon_scenario_get_incidents (ransomware)->pdata[0];
  g_assert_cmpstr (incident->category, ==, "malicious-code");
  g_assert_true (has_inject (ransomware, CORDON_INJECT_INCIDENT, NULL));
  g_assert_true (has_inject (ransomware, CORDON_INJECT_ACTION_FAILED, NULL));
  g_assert_true (has_inject (ransomware, CORDON_INJECT_MESSAGE, "executive"));

  incident = cordon_scenario_get_incidents (phishing)->pdata[0];
  g_assert_cmpstr (incident->category, ==, "phishing");

  /* Data disclosed: reclassified as a breach, and the regulator calls */
  incident = cordon_scenario_get_incidents (misuse)->pdata[0];
  g_assert_cmpstr (incident->category, ==, "insider-misuse");
  g_assert_true (has_inject (misuse, CORDON_INJECT_RECLASSIFY, NULL));
  g_assert_true (has_inject (misuse, CORDON_INJECT_MESSAGE, "regulator"));
  g_assert_nonnull (cordon_scenario_get_start (misuse));

  incident = cordon_scenario_get_incidents (error_record)->pdata[0];
  g_assert_cmpstr (incident->category, ==, "policy-violation");

  /* Units without values, and unknown ones, are said in the notes */
  g_assert_true (notes_mention (no_values, "timeline.discovery gives the unit (Unknown)") ||
                 notes_mention (no_values, "timeline.discovery is “Unknown”"));
  g_assert_true (notes_mention (no_values, "timeline.compromise is “NA”"));
  g_assert_true (notes_mention (misuse, "no timeline") || notes_mention (misuse, "timeline.discovery is missing"));

  /* A known duration is quoted */
  {
    GPtrArray *injects = cordon_scenario_get_injects (discovery);
    gboolean quoted = FALSE;

    for (guint i = 0; i < injects->len; i++)
      {
        CordonScenarioInject *inject = injects->pdata[i];

        if (inject->question != NULL && strstr (inject->question, "2 months") != NULL)
          quoted = TRUE;
      }
    g_assert_true (quoted);
  }
}

static void
test_veris_refused (void)
{
  static const struct {
    const char *text;
    int         code;
    const char *message;
  } cases[] = {
    { "this is not JSON", CORDON_IO_ERROR_SCHEMA, "record.json:1:1: $: the document must be a JSON object" },
    { "{\"summary\": tru}", CORDON_IO_ERROR_SYNTAX, "record.json:1:13: " },
    { "{\"action\": {\"malware\": {}},\n \"actor\": }", CORDON_IO_ERROR_SYNTAX, "record.json:2:11: " },
    { "[{\"action\": {}}]", CORDON_IO_ERROR_SCHEMA, "must be a JSON object" },
    { "{\"name\": \"a shopping list\"}", CORDON_IO_ERROR_VERSION, "not a VERIS incident record" },
    { "{\"format\": \"cordon-scenario\", \"version\": 1}", CORDON_IO_ERROR_VERSION, "this is a Cordon file" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].text, strlen (cases[i].text));
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) scenario = cordon_veris_to_scenario (bytes, "record.json", &error);

      g_assert_null (scenario);
      g_assert_error (error, CORDON_IO_ERROR, cases[i].code);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("case %u: expected “%s” in “%s”", i, cases[i].message, error->message);
    }

  /* A record with almost nothing in it still makes a scenario */
  {
    static const char minimal[] = "{\"schema_version\": \"1.3.7\", \"action\": {\"Unknown\": {}}}";
    g_autoptr(GBytes) bytes = g_bytes_new_static (minimal, strlen (minimal));
    g_autoptr(CordonScenario) scenario = convert (bytes, "minimal.json");
    const CordonScenarioIncident *incident = cordon_scenario_get_incidents (scenario)->pdata[0];

    g_assert_cmpstr (incident->category, ==, "other");
    g_assert_cmpstr (incident->severity, ==, "medium");
    g_assert_null (cordon_scenario_get_start (scenario));
    g_assert_true (notes_mention (scenario, "no incident date"));
    g_assert_true (notes_mention (scenario, "no summary"));
  }
}

/* The command line ------------------------------------------------------ */

static int
run_cordonv (char       **out,
             char       **err,
             const char **args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status;

  g_ptr_array_add (argv, (gpointer) g_getenv ("CORDON_BINARY"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, out, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));

  return WEXITSTATUS (status);
}

#define run_cordon(out, err, ...) \
  run_cordonv (out, err, (const char *[]) { __VA_ARGS__, NULL })

static void
write_file (const char *path,
            const char *contents)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

static void
test_cli (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("cordon-scenario-XXXXXX", &error);
  g_autofree char *good = g_build_filename (dir, "good.json", NULL);
  g_autofree char *bad = g_build_filename (dir, "bad.json", NULL);
  g_autofree char *not_json = g_build_filename (dir, "not-json.json", NULL);
  g_autofree char *out = g_build_filename (dir, "out.json", NULL);
  g_autofree char *kept = g_build_filename (dir, "kept.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *record = g_build_filename (TEST_SRCDIR, "data", "vcdb", "00CB09E9-7DB2-4A70-90D0-48E674B8F1E1.json", NULL);
  g_autofree char *shipped = g_build_filename (TEST_SRCDIR, "..", "data", "scenarios", "ransomware-file-servers.json", NULL);
  g_autoptr(GBytes) bad_bytes = replace ("\"at\": \"+00:30\"", "\"at\": \"+0:30\"");
  char *stdout_text = NULL;
  char *stderr_text = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n_files = 0;

  g_assert_no_error (error);
  write_file (good, good_scenario);
  write_file (bad, g_bytes_get_data (bad_bytes, NULL));
  write_file (not_json, "VERIS? no.\n");
  write_file (kept, "precious\n");

  /* validate */
  g_assert_cmpint (run_cordon (&stdout_text, &stderr_text, "scenario", "validate", good), ==, 0);
  g_assert_nonnull (strstr (stdout_text, "valid scenario “Test scenario”"));
  g_clear_pointer (&stdout_text, g_free);
  g_clear_pointer (&stderr_text, g_free);

  g_assert_cmpint (run_cordon (&stdout_text, &stderr_text, "scenario", "validate", shipped), ==, 0);
  g_clear_pointer (&stdout_text, g_free);
  g_clear_pointer (&stderr_text, g_free);

  g_assert_cmpint (run_cordon (&stdout_text, &stderr_text, "scenario", "validate", bad), ==, 2);
  g_assert_nonnull (strstr (stderr_text, "$.injects[2].at: \"+0:30\" is not a time offset"));
  g_assert_nonnull (strstr (stderr_text, "bad.json:14:5: "));
  g_assert_cmpstr (stdout_text, ==, "");
  g_clear_pointer (&stdout_text, g_free);
  g_clear_pointer (&stderr_text, g_free);

  g_assert_cmpint (run_cordon (NULL, &stderr_text, "scenario", "validate", missing), ==, 2);
  g_assert_nonnull (strstr (stderr_text, "cannot read"));
  g_clear_pointer (&stderr_text, g_free);

  g_assert_cmpint (run_cordon (NULL, &stderr_text, "scenario", "validate", not_json), ==, 2);
  g_assert_nonnull (strstr (stderr_text, "not-json.json:1:1: "));
  g_clear_pointer (&stderr_text, g_free);

  /* usage */
  g_assert_cmpint (run_cordon (NULL, NULL, "scenario"), ==, 1);
  g_assert_cmpint (run_cordon (NULL, NULL, "scenario", "play", good), ==, 1);
  g_assert_cmpint (run_cordon (NULL, NULL, "scenario", "validate"), ==, 1);
  g_assert_cmpint (run_cordon (NULL, NULL, "scenario", "validate", good, bad), ==, 1);
  g_assert_cmpint (run_cordon (NULL, NULL, "scenario", "from-veris", record), ==, 1);
  g_assert_cmpint (run_cordon (&stdout_text, NULL, "scenario", "--help"), ==, 0);
  g_assert_nonnull (strstr (stdout_text, "from-veris"));
  g_clear_pointer (&stdout_text, g_free);

  /* from-veris, then validate what it wrote */
  g_assert_cmpint (run_cordon (NULL, &stderr_text, "scenario", "from-veris", record, "-o", out), ==, 0);
  g_assert_cmpstr (stderr_text, ==, "");
  g_clear_pointer (&stderr_text, g_free);
  g_assert_cmpint (run_cordon (&stdout_text, NULL, "scenario", "validate", out), ==, 0);
  g_assert_nonnull (strstr (stdout_text, "MOVEit"));
  g_clear_pointer (&stdout_text, g_free);

  g_assert_cmpint (run_cordon (&stdout_text, NULL, "scenario", "from-veris", record, "-o", "-"), ==, 0);
  g_assert_true (g_str_has_prefix (stdout_text, "{"));
  g_assert_nonnull (strstr (stdout_text, "\"format\" : \"cordon-scenario\""));
  g_clear_pointer (&stdout_text, g_free);

  /* Bad input: exit 2, a message naming the place, and no output at all */
  g_assert_cmpint (run_cordon (NULL, &stderr_text, "scenario", "from-veris", not_json, "-o", missing), ==, 2);
  g_assert_nonnull (strstr (stderr_text, "not-json.json:1:1: "));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_clear_pointer (&stderr_text, g_free);

  g_assert_cmpint (run_cordon (NULL, &stderr_text, "scenario", "from-veris", good, "-o", kept), ==, 2);
  g_assert_nonnull (strstr (stderr_text, "this is a Cordon file"));
  g_clear_pointer (&stderr_text, g_free);
  g_file_get_contents (kept, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "precious\n");

  g_assert_cmpint (run_cordon (NULL, &stderr_text, "scenario", "from-veris", missing, "-o", kept), ==, 2);
  g_assert_nonnull (strstr (stderr_text, "cannot read"));
  g_clear_pointer (&stderr_text, g_free);

  /* An output that cannot be written: exit 2, nothing left behind */
  {
    g_autofree char *nowhere = g_build_filename (dir, "no-such-dir", "out.json", NULL);

    g_assert_cmpint (run_cordon (NULL, &stderr_text, "scenario", "from-veris", record, "-o", nowhere), ==, 2);
    g_assert_nonnull (strstr (stderr_text, "cannot write"));
    g_clear_pointer (&stderr_text, g_free);
  }

  /* Only the files written here, no temporary leftovers */
  listing = g_dir_open (dir, 0, &error);
  g_assert_no_error (error);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 5);

  g_unlink (good);
  g_unlink (bad);
  g_unlink (not_json);
  g_unlink (out);
  g_unlink (kept);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scenario/offsets", test_offsets);
  g_test_add_func ("/scenario/good", test_good);
  g_test_add_func ("/scenario/bad", test_bad);
  g_test_add_func ("/scenario/bad-line-numbers", test_bad_line_numbers);
  g_test_add_func ("/scenario/bad-many-faults", test_bad_many_faults);
  g_test_add_func ("/scenario/bad-other-files", test_bad_other_files);
  g_test_add_func ("/scenario/shipped", test_shipped);
  g_test_add_func ("/scenario/veris/vcdb", test_veris_vcdb);
  g_test_add_func ("/scenario/veris/fixtures", test_veris_fixtures);
  g_test_add_func ("/scenario/veris/mapping", test_veris_mapping);
  g_test_add_func ("/scenario/veris/refused", test_veris_refused);
  g_test_add_func ("/scenario/cli", test_cli);

  return g_test_run ();
}
