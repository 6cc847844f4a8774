/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-core.c: the domain model without storage: enumeration ids, the
 * lifecycle rules and their messages, protocol templates, the default
 * taxonomy and SLA policies, the manual clock, journal hashing.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "cordon-incident.h"
#include "cordon-journal-entry.h"
#include "cordon-lifecycle.h"
#include "cordon-manual-clock.h"
#include "cordon-protocol.h"
#include "cordon-sha256.h"
#include "cordon-sla-policy.h"
#include "cordon-system-clock.h"
#include "cordon-taxonomy.h"
#include "cordon-time.h"

#define CHECK_ROUND_TRIP(type_name, TypeName, n_values)                       \
  G_STMT_START {                                                              \
    for (int v = 0; v < (n_values); v++)                                      \
      {                                                                       \
        const char *id = type_name##_to_id ((TypeName) v);                    \
        TypeName back;                                                        \
        g_assert_nonnull (id);                                                \
        g_assert_true (type_name##_from_id (id, &back));                      \
        g_assert_cmpint (back, ==, v);                                        \
        g_assert_nonnull (type_name##_to_label ((TypeName) v));               \
      }                                                                       \
  } G_STMT_END

static void
test_enums_round_trip (void)
{
  CordonPhase phase;
  CordonTlp tlp;

  CHECK_ROUND_TRIP (cordon_phase, CordonPhase, CORDON_PHASE_CLOSED + 1);
  CHECK_ROUND_TRIP (cordon_tlp, CordonTlp, CORDON_TLP_RED + 1);
  CHECK_ROUND_TRIP (cordon_journal_kind, CordonJournalKind, CORDON_JOURNAL_KIND_DETAILS_CHANGE + 1);
  CHECK_ROUND_TRIP (cordon_fact_kind, CordonFactKind, CORDON_FACT_KIND_OTHER + 1);
  CHECK_ROUND_TRIP (cordon_question_status, CordonQuestionStatus, CORDON_QUESTION_STATUS_DROPPED + 1);
  CHECK_ROUND_TRIP (cordon_task_status, CordonTaskStatus, CORDON_TASK_STATUS_CANCELLED + 1);
  CHECK_ROUND_TRIP (cordon_group_kind, CordonGroupKind, CORDON_GROUP_KIND_EXTERNAL_COMMUNICATION + 1);
  CHECK_ROUND_TRIP (cordon_channel, CordonChannel, CORDON_CHANNEL_ENCRYPTED_LINE + 1);
  CHECK_ROUND_TRIP (cordon_contact_priority, CordonContactPriority, CORDON_CONTACT_PRIORITY_SECONDARY + 1);
  CHECK_ROUND_TRIP (cordon_incident_time, CordonIncidentTime, CORDON_N_INCIDENT_TIMES);

  /* The stable ids the formats and the command line use */
  g_assert_cmpstr (cordon_phase_to_id (CORDON_PHASE_LESSONS_LEARNED), ==, "lessons-learned");
  g_assert_cmpstr (cordon_tlp_to_id (CORDON_TLP_AMBER_STRICT), ==, "amber+strict");
  g_assert_cmpstr (cordon_journal_kind_to_id (CORDON_JOURNAL_KIND_CLASSIFICATION_CHANGE), ==,
                   "classification-change");
  g_assert_cmpstr (cordon_group_kind_to_id (CORDON_GROUP_KIND_EXTERNAL_COMMUNICATION), ==,
                   "external-communication");
  g_assert_cmpstr (cordon_channel_to_id (CORDON_CHANNEL_ENCRYPTED_LINE), ==, "encrypted-line");

  g_assert_false (cordon_phase_from_id ("Closed", &phase));
  g_assert_false (cordon_phase_from_id (NULL, &phase));
  g_assert_false (cordon_tlp_from_id ("white", &tlp));

  /* GEnum nicks are the ids */
  {
    g_autoptr(GEnumClass) klass = g_type_class_ref (CORDON_TYPE_PHASE);
    g_assert_cmpint (g_enum_get_value_by_nick (klass, "containment")->value, ==, CORDON_PHASE_CONTAINMENT);
  }
}

static void
test_lifecycle_allowed (void)
{
  static const struct {
    CordonPhase from;
    CordonPhase to;
  } allowed[] = {
    { CORDON_PHASE_DETECTED, CORDON_PHASE_CLASSIFIED },
    { CORDON_PHASE_CLASSIFIED, CORDON_PHASE_ANALYSIS },
    { CORDON_PHASE_ANALYSIS, CORDON_PHASE_CONTAINMENT },
    { CORDON_PHASE_ANALYSIS, CORDON_PHASE_RECOVERY },
    { CORDON_PHASE_CONTAINMENT, CORDON_PHASE_RECOVERY },
    { CORDON_PHASE_CONTAINMENT, CORDON_PHASE_ANALYSIS },
    { CORDON_PHASE_RECOVERY, CORDON_PHASE_LESSONS_LEARNED },
    { CORDON_PHASE_RECOVERY, CORDON_PHASE_CONTAINMENT },
    { CORDON_PHASE_RECOVERY, CORDON_PHASE_ANALYSIS },
    { CORDON_PHASE_LESSONS_LEARNED, CORDON_PHASE_CLOSED },
    { CORDON_PHASE_LESSONS_LEARNED, CORDON_PHASE_RECOVERY },
    { CORDON_PHASE_CLOSED, CORDON_PHASE_LESSONS_LEARNED },
    { CORDON_PHASE_CLOSED, CORDON_PHASE_ANALYSIS },
  };
  guint n_allowed = 0;

  for (guint i = 0; i < G_N_ELEMENTS (allowed); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (cordon_lifecycle_check (allowed[i].from, allowed[i].to, "because", &error));
      g_assert_no_error (error);
    }

  /* Everything else is refused, and the next-phases list agrees */
  for (int from = 0; from <= CORDON_PHASE_CLOSED; from++)
    {
      gsize n_next;
      const CordonPhase *next = cordon_lifecycle_get_next_phases (from, &n_next);

      for (int to = 0; to <= CORDON_PHASE_CLOSED; to++)
        {
          gboolean listed = FALSE;

          for (gsize i = 0; i < n_next; i++)
            listed |= next[i] == to;

          g_assert_cmpint (listed, ==, cordon_lifecycle_is_allowed (from, to));
          n_allowed += listed;
        }
    }

  g_assert_cmpuint (n_allowed, ==, G_N_ELEMENTS (allowed));
}

static void
assert_refused (CordonPhase  from,
                CordonPhase  to,
                const char  *message)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (cordon_lifecycle_check (from, to, "a reason", &error));
  g_assert_error (error, CORDON_LIFECYCLE_ERROR, CORDON_LIFECYCLE_ERROR_REFUSED);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_lifecycle_refused (void)
{
  g_autoptr(GError) error = NULL;

  assert_refused (CORDON_PHASE_DETECTED, CORDON_PHASE_ANALYSIS, "Classify the incident before analysis");
  assert_refused (CORDON_PHASE_CLASSIFIED, CORDON_PHASE_CONTAINMENT,
                  "Analyse the incident before deciding on containment or recovery");
  assert_refused (CORDON_PHASE_CLASSIFIED, CORDON_PHASE_RECOVERY,
                  "Analyse the incident before deciding on containment or recovery");
  assert_refused (CORDON_PHASE_ANALYSIS, CORDON_PHASE_CLOSED, "Closing needs the lessons-learned review first");
  assert_refused (CORDON_PHASE_RECOVERY, CORDON_PHASE_CLOSED, "Closing needs the lessons-learned review first");
  assert_refused (CORDON_PHASE_CONTAINMENT, CORDON_PHASE_LESSONS_LEARNED,
                  "The lessons-learned review comes after recovery; move the incident to recovery first");
  assert_refused (CORDON_PHASE_ANALYSIS, CORDON_PHASE_ANALYSIS, "The incident is already in the Analysis phase");
  assert_refused (CORDON_PHASE_CONTAINMENT, CORDON_PHASE_DETECTED,
                  "An incident cannot go back to detected or classified; "
                  "reclassify it to change its category or severity");
  assert_refused (CORDON_PHASE_CLOSED, CORDON_PHASE_CONTAINMENT,
                  "Reopen a closed incident into analysis or the lessons-learned review");

  /* Every move needs a reason */
  g_assert_false (cordon_lifecycle_check (CORDON_PHASE_DETECTED, CORDON_PHASE_CLASSIFIED, "  \n", &error));
  g_assert_error (error, CORDON_LIFECYCLE_ERROR, CORDON_LIFECYCLE_ERROR_NO_REASON);
  g_clear_error (&error);
  g_assert_false (cordon_lifecycle_check (CORDON_PHASE_DETECTED, CORDON_PHASE_CLASSIFIED, NULL, &error));
  g_assert_error (error, CORDON_LIFECYCLE_ERROR, CORDON_LIFECYCLE_ERROR_NO_REASON);
}

static void
test_protocol_render (void)
{
  g_autoptr(CordonProtocol) protocol = cordon_protocol_new ();
  g_autoptr(CordonIncident) incident = cordon_incident_new ();
  g_autoptr(CordonTaxonomy) taxonomy = cordon_taxonomy_new_default ();
  g_autoptr(GDateTime) next = g_date_time_new_utc (2026, 3, 1, 14, 5, 0);
  g_autofree char *text = NULL;
  g_autofree char *without_taxonomy = NULL;

  cordon_incident_set_key (incident, "INC-2026-0042");
  cordon_incident_set_title (incident, "Ransomware on file server");
  cordon_incident_set_severity (incident, "critical");
  cordon_incident_set_phase (incident, CORDON_PHASE_CONTAINMENT);
  cordon_incident_set_summary (incident, "FS01 encrypted");

  cordon_protocol_set_template (protocol,
                                "[{key}] {title} ({severity}, {phase}): {summary}. "
                                "Next update {next_update}. {unknown} {{key}}");
  text = cordon_protocol_render (protocol, incident, taxonomy, next);
  g_assert_cmpstr (text, ==,
                   "[INC-2026-0042] Ransomware on file server (Critical, Containment): FS01 encrypted. "
                   "Next update 2026-03-01 14:05 UTC. {unknown} {key}");

  cordon_protocol_set_template (protocol, "{severity} {next_update}");
  without_taxonomy = cordon_protocol_render (protocol, incident, NULL, NULL);
  g_assert_cmpstr (without_taxonomy, ==, "critical not scheduled");
}

static void
test_taxonomy_defaults (void)
{
  g_autoptr(CordonTaxonomy) taxonomy = cordon_taxonomy_new_default ();
  static const char * const categories[] = {
    "malicious-code", "phishing", "unauthorized-access", "denial-of-service",
    "data-breach", "insider-misuse", "policy-violation", "reconnaissance", "other",
  };
  GListModel *severities = cordon_taxonomy_get_entries (taxonomy, CORDON_TAXONOMY_KIND_SEVERITY);
  GListModel *category_list = cordon_taxonomy_get_entries (taxonomy, CORDON_TAXONOMY_KIND_CATEGORY);
  g_autoptr(CordonTaxonomyEntry) lowest = NULL;
  g_autoptr(CordonTaxonomyEntry) renamed = NULL;
  g_autoptr(GPtrArray) policies = cordon_sla_policy_new_defaults ();
  CordonSlaPolicy *critical;

  g_assert_cmpuint (g_list_model_get_n_items (category_list), ==, G_N_ELEMENTS (categories));
  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      CordonTaxonomyEntry *entry = cordon_taxonomy_lookup (taxonomy, CORDON_TAXONOMY_KIND_CATEGORY, categories[i]);

      g_assert_nonnull (entry);
      g_assert_null (cordon_taxonomy_entry_get_label (entry));
      g_assert_cmpstr (cordon_taxonomy_entry_get_display_label (entry), !=, categories[i]);
    }

  g_assert_cmpuint (g_list_model_get_n_items (severities), ==, 4);
  lowest = g_list_model_get_item (severities, 0);
  g_assert_cmpstr (cordon_taxonomy_entry_get_id (lowest), ==, "low");
  g_assert_cmpint (cordon_taxonomy_compare_severity (taxonomy, "medium", "high"), <, 0);
  g_assert_cmpint (cordon_taxonomy_compare_severity (taxonomy, "critical", "low"), >, 0);
  g_assert_cmpint (cordon_taxonomy_compare_severity (taxonomy, "high", "high"), ==, 0);

  g_assert_true (cordon_taxonomy_requires_management (taxonomy, "enterprise-wide"));
  g_assert_false (cordon_taxonomy_requires_management (taxonomy, "department"));
  g_assert_cmpstr (cordon_taxonomy_entry_get_display_label (cordon_taxonomy_lookup (taxonomy, CORDON_TAXONOMY_KIND_SEVERITY, "high")), ==, "High");

  /* A lead's label wins over the built-in one */
  renamed = cordon_taxonomy_entry_new_full (CORDON_TAXONOMY_KIND_CATEGORY, "phishing", "Phishing & vishing", 1);
  cordon_taxonomy_set_entry (taxonomy, renamed);
  g_assert_cmpstr (cordon_taxonomy_entry_get_display_label (cordon_taxonomy_lookup (taxonomy, CORDON_TAXONOMY_KIND_CATEGORY, "phishing")),
                   ==, "Phishing & vishing");
  g_assert_cmpuint (g_list_model_get_n_items (category_list), ==, G_N_ELEMENTS (categories));
  g_assert_true (cordon_taxonomy_remove (taxonomy, CORDON_TAXONOMY_KIND_CATEGORY, "phishing"));
  g_assert_null (cordon_taxonomy_lookup (taxonomy, CORDON_TAXONOMY_KIND_CATEGORY, "phishing"));

  g_assert_true (cordon_taxonomy_entry_is_valid_id ("amber+strict"));
  g_assert_false (cordon_taxonomy_entry_is_valid_id ("Upper"));
  g_assert_false (cordon_taxonomy_entry_is_valid_id ("-lead"));
  g_assert_false (cordon_taxonomy_entry_is_valid_id (""));

  g_assert_cmpuint (policies->len, ==, 4);
  critical = g_ptr_array_index (policies, 3);
  g_assert_cmpstr (cordon_sla_policy_get_severity (critical), ==, "critical");
  g_assert_cmpint (cordon_sla_policy_get_response (critical), ==, 15 * 60);
  g_assert_cmpint (cordon_sla_policy_get_resolution (critical), ==, 4 * 3600);
  g_assert_cmpint (cordon_sla_policy_get_first_update (critical), ==, 30 * 60);
  g_assert_cmpint (cordon_sla_policy_get_update_interval (critical), ==, 60 * 60);
  g_assert_cmpint (cordon_sla_policy_get_warning_percent (critical), ==, 75);
}

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           guint      *count)
{
  (*count)++;
}

static void
on_changed (CordonClock *clock,
            guint       *count)
{
  (*count)++;
}

static void
test_manual_clock (void)
{
  g_autoptr(CordonManualClock) clock = cordon_manual_clock_new_iso8601 ("2026-02-03T04:05:06.000007Z");
  g_autoptr(CordonClock) system_clock = cordon_system_clock_new ();
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) later = NULL;
  g_autoptr(GDateTime) real = NULL;
  g_autofree char *text = NULL;
  guint notified = 0;
  guint changed = 0;

  g_signal_connect (clock, "notify::now", G_CALLBACK (on_notify), &notified);
  g_signal_connect (clock, "changed", G_CALLBACK (on_changed), &changed);

  now = cordon_clock_now (CORDON_CLOCK (clock));
  text = cordon_time_to_iso8601 (cordon_time_from_date_time (now));
  g_assert_cmpstr (text, ==, "2026-02-03T04:05:06.000007Z");

  cordon_manual_clock_advance (clock, 3600);
  later = cordon_clock_now (CORDON_CLOCK (clock));
  g_assert_cmpint (g_date_time_difference (later, now), ==, G_GINT64_CONSTANT (3600) * G_USEC_PER_SEC);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (changed, ==, 1);

  /* Setting the same time again is not a change */
  cordon_manual_clock_set_now (clock, later);
  g_assert_cmpuint (notified, ==, 1);
  cordon_manual_clock_advance_usec (clock, -1);
  g_assert_cmpint (cordon_clock_now_usec (CORDON_CLOCK (clock)), ==, cordon_time_from_date_time (later) - 1);
  g_assert_cmpuint (notified, ==, 2);

  g_assert_null (cordon_manual_clock_new_iso8601 ("yesterday"));

  real = cordon_clock_now (system_clock);
  g_assert_cmpint (g_date_time_get_utc_offset (real), ==, 0);
  g_assert_cmpint (g_date_time_get_year (real), >=, 2024);
}

static void
test_time_format (void)
{
  gint64 usec = 0;
  g_autofree char *text = NULL;
  g_autofree char *before_epoch = NULL;

  g_assert_true (cordon_time_parse_iso8601 ("2026-01-01T01:00:00+01:00", &usec));
  text = cordon_time_to_iso8601 (usec);
  g_assert_cmpstr (text, ==, "2026-01-01T00:00:00.000000Z");

  before_epoch = cordon_time_to_iso8601 (-1);
  g_assert_cmpstr (before_epoch, ==, "1969-12-31T23:59:59.999999Z");
  g_assert_false (cordon_time_parse_iso8601 ("2026-13-01T00:00:00Z", &usec));
}

static void
test_journal_hash (void)
{
  g_autoptr(CordonJournalEntry) entry = cordon_journal_entry_new ();
  g_autoptr(GDateTime) time = g_date_time_new_utc (2026, 1, 2, 3, 4, 5.25);
  g_autofree char *canonical = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *other = NULL;
  g_autofree char *expected = NULL;

  cordon_journal_entry_set_seq (entry, 3);
  cordon_journal_entry_set_kind (entry, CORDON_JOURNAL_KIND_STATUS_UPDATE);
  cordon_journal_entry_set_author (entry, "Ana");
  cordon_journal_entry_set_time (entry, time);
  cordon_journal_entry_set_text (entry, "two\nlines");
  cordon_journal_entry_set_payload (entry, "{\"a\":1}");

  canonical = cordon_journal_entry_serialize (entry, "INC-2026-0001");
  g_assert_cmpstr (canonical, ==,
                   "cordon-journal-1\n"
                   "key:13:INC-2026-0001\n"
                   "seq:3\n"
                   "kind:status-update\n"
                   "author:3:Ana\n"
                   "time:2026-01-02T03:04:05.250000Z\n"
                   "text:9:two\nlines\n"
                   "payload:7:{\"a\":1}\n");

  hash = cordon_journal_entry_compute_hash (entry, "INC-2026-0001", CORDON_JOURNAL_GENESIS_HASH);
  expected = g_compute_checksum_for_string (G_CHECKSUM_SHA256,
                                            CORDON_JOURNAL_GENESIS_HASH "\n"
                                            "cordon-journal-1\n"
                                            "key:13:INC-2026-0001\n"
                                            "seq:3\n"
                                            "kind:status-update\n"
                                            "author:3:Ana\n"
                                            "time:2026-01-02T03:04:05.250000Z\n"
                                            "text:9:two\nlines\n"
                                            "payload:7:{\"a\":1}\n", -1);
  g_assert_cmpstr (hash, ==, expected);
  g_assert_cmpuint (strlen (hash), ==, 64);

  cordon_journal_entry_set_payload (entry, NULL);
  other = cordon_journal_entry_compute_hash (entry, "INC-2026-0001", CORDON_JOURNAL_GENESIS_HASH);
  g_assert_cmpstr (other, !=, hash);
}

static void
test_incident_keys (void)
{
  g_autofree char *key = cordon_incident_format_key (2026, 42);
  g_autofree char *long_key = cordon_incident_format_key (2026, 12345);
  g_autoptr(CordonIncident) incident = cordon_incident_new ();
  g_autoptr(GDateTime) detected = NULL;
  int year;
  gint64 number;

  g_assert_cmpstr (key, ==, "INC-2026-0042");
  g_assert_cmpstr (long_key, ==, "INC-2026-12345");
  g_assert_true (cordon_incident_is_valid_key (long_key, &year, &number));
  g_assert_cmpint (year, ==, 2026);
  g_assert_cmpint (number, ==, 12345);
  g_assert_false (cordon_incident_is_valid_key ("INC-2026-042", NULL, NULL));
  g_assert_false (cordon_incident_is_valid_key ("INC-2026-00042", NULL, NULL));
  g_assert_false (cordon_incident_is_valid_key ("INC-2026-0000", NULL, NULL));
  g_assert_false (cordon_incident_is_valid_key ("inc-2026-0042", NULL, NULL));

  /* Strings are never NULL; times are unset until given */
  g_assert_cmpstr (cordon_incident_get_title (incident), ==, "");
  g_assert_nonnull (cordon_incident_get_groups (incident));
  g_assert_null (cordon_incident_dup_detected (incident));
  cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_DETECTED, 1000001);
  detected = cordon_incident_dup_detected (incident);
  g_assert_cmpint (g_date_time_get_microsecond (detected), ==, 1);
  g_assert_true (cordon_incident_is_open (incident));
}

/* The arithmetic formatter agrees with GDateTime over its whole range. */
static void
test_time_format_matches_gdatetime (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261127);
  const gint64 min_usec = G_GINT64_CONSTANT (-62135596800) * G_USEC_PER_SEC;
  const gint64 max_usec = G_GINT64_CONSTANT (253402300800) * G_USEC_PER_SEC - 1;
  const gint64 fixed[] = { 0, -1, 1, min_usec, max_usec, G_GINT64_CONSTANT (951782400) * G_USEC_PER_SEC /* 2000-02-29 */,
                           -G_USEC_PER_SEC, G_GINT64_CONSTANT (86400) * G_USEC_PER_SEC - 1 };

  for (guint i = 0; i < G_N_ELEMENTS (fixed) + 20000; i++)
    {
      gint64 usec = i < G_N_ELEMENTS (fixed) ? fixed[i]
                                             : min_usec + (gint64) (g_rand_double (rand) * (double) (max_usec - min_usec));
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (0);
      g_autoptr(GDateTime) shifted = g_date_time_add (time, usec);
      g_autofree char *expected = NULL;
      char buffer[CORDON_TIME_ISO8601_SIZE];

      expected = g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02d.%06dZ",
                                  g_date_time_get_year (shifted), g_date_time_get_month (shifted),
                                  g_date_time_get_day_of_month (shifted), g_date_time_get_hour (shifted),
                                  g_date_time_get_minute (shifted), g_date_time_get_second (shifted),
                                  g_date_time_get_microsecond (shifted));
      cordon_time_format_iso8601 (usec, buffer);
      g_assert_cmpstr (buffer, ==, expected);
    }
}

/* The published test vectors, a digest in pieces that do not fall on
 * block boundaries against GLib's own, and a context used again after
 * finishing. */
static void
test_sha256 (void)
{
  static const char two_blocks[] = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  g_autofree guchar *data = g_malloc (1024 * 1024 + 13);
  g_autofree char *expected = NULL;
  char hex[CORDON_SHA256_HEX_SIZE];
  CordonSha256 sha;
  gsize offset = 0;

  cordon_sha256_init (&sha);
  cordon_sha256_finish_hex (&sha, hex);
  g_assert_cmpstr (hex, ==, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

  cordon_sha256_update (&sha, "abc", 3);
  cordon_sha256_finish_hex (&sha, hex);
  g_assert_cmpstr (hex, ==, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

  cordon_sha256_init (&sha);
  cordon_sha256_update (&sha, two_blocks, strlen (two_blocks));
  cordon_sha256_finish_hex (&sha, hex);
  g_assert_cmpstr (hex, ==, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");

  for (gsize i = 0; i < 1024 * 1024 + 13; i++)
    data[i] = (guchar) (i * 131 + (i >> 9));
  expected = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, 1024 * 1024 + 13);

  cordon_sha256_init (&sha);
  for (gsize piece = 1; offset < 1024 * 1024 + 13; piece = piece * 3 + 7)
    {
      gsize n = MIN (piece, 1024 * 1024 + 13 - offset);

      cordon_sha256_update (&sha, data + offset, n);
      offset += n;
    }
  cordon_sha256_finish_hex (&sha, hex);
  g_assert_cmpstr (hex, ==, expected);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/enums/round-trip", test_enums_round_trip);
  g_test_add_func ("/core/lifecycle/allowed", test_lifecycle_allowed);
  g_test_add_func ("/core/lifecycle/refused", test_lifecycle_refused);
  g_test_add_func ("/core/protocol/render", test_protocol_render);
  g_test_add_func ("/core/taxonomy/defaults", test_taxonomy_defaults);
  g_test_add_func ("/core/clock/manual", test_manual_clock);
  g_test_add_func ("/core/time/format", test_time_format);
  g_test_add_func ("/core/time/format-matches-gdatetime", test_time_format_matches_gdatetime);
  g_test_add_func ("/core/journal/hash", test_journal_hash);
  g_test_add_func ("/core/sha256", test_sha256);
  g_test_add_func ("/core/incident/keys", test_incident_keys);

  return g_test_run ();
}
