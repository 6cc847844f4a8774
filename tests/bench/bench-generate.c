/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-generate.c: writes a native file of N incidents with ten journal
 * entries each, the same bytes for the same N and seed, for the
 * benchmarks.
 *
 *   bench-generate N SEED OUTPUT.json
 */

#include "config.h"

#include <stdlib.h>

#include "cordon-incident.h"
#include "cordon-journal-entry.h"
#include "cordon-native-io.h"
#include "cordon-time.h"

static const char * const categories[] = {
  "malicious-code", "phishing", "unauthorized-access", "denial-of-service",
  "data-breach", "insider-misuse", "policy-violation", "reconnaissance", "other",
};
static const char * const severities[] = { "low", "medium", "high", "critical" };
static const char * const leads[] = { "Dana Reyes", "Sam Okafor", "Lee Chen", "Ari Novak", "Mo Haddad" };
static const char * const subjects[] = {
  "Ransomware on file server", "Phishing wave against finance", "Brute force on VPN gateway",
  "DDoS on the public website", "Customer records on a paste site", "Admin account misuse",
  "Unapproved cloud storage", "Port scan from partner network", "Suspicious PowerShell on laptop",
};
static const char * const notes[] = {
  "Isolated the host from the network and captured memory.",
  "Asked the mail team for the message trace of the last 48 hours.",
  "Blocked the attacker address on the perimeter firewall.",
  "Informed the data protection officer; assessing notification duty.",
  "EDR shows the same hash on two more endpoints in the branch office.",
  "Reset the credentials of the affected accounts and revoked sessions.",
  "Status update sent to management: contained, analysis continues.",
  "Restored the share from the snapshot taken before the compromise.",
};

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GOutputStream) buffered = NULL;
  g_autoptr(CordonNativeWriter) writer = NULL;
  g_autoptr(GError) error = NULL;
  gint64 base = 1767225600LL * G_USEC_PER_SEC; /* 2026-01-01T00:00:00Z */
  guint64 n;

  if (argc != 4)
    {
      g_printerr ("usage: %s N SEED OUTPUT.json\n", argv[0]);
      return 1;
    }

  n = g_ascii_strtoull (argv[1], NULL, 10);
  rand = g_rand_new_with_seed ((guint32) g_ascii_strtoull (argv[2], NULL, 10));
  file = g_file_new_for_commandline_arg (argv[3]);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  if (stream == NULL)
    g_error ("%s", error->message);
  buffered = g_buffered_output_stream_new_sized (G_OUTPUT_STREAM (stream), 1 << 20);
  writer = cordon_native_writer_new (buffered, NULL);

  for (guint64 i = 0; i < n; i++)
    {
      g_autoptr(CordonIncidentRecord) record = cordon_incident_record_new ();
      CordonIncident *incident = record->incident;
      gint64 detected = base + (gint64) i * 300 * G_USEC_PER_SEC;
      gint64 time = detected;
      CordonPhase phase = g_rand_int_range (rand, CORDON_PHASE_DETECTED, CORDON_PHASE_CLOSED + 1);
      g_autofree char *key = cordon_incident_format_key (2026, (gint64) i + 1);
      g_autofree char *title = g_strdup_printf ("%s #%" G_GUINT64_FORMAT,
                                                subjects[g_rand_int_range (rand, 0, G_N_ELEMENTS (subjects))], i + 1);

      cordon_incident_set_key (incident, key);
      cordon_incident_set_title (incident, title);
      cordon_incident_set_summary (incident, "Detected by the SIEM correlation rule; details in the journal.");
      cordon_incident_set_category (incident, categories[g_rand_int_range (rand, 0, G_N_ELEMENTS (categories))]);
      cordon_incident_set_severity (incident, severities[g_rand_int_range (rand, 0, G_N_ELEMENTS (severities))]);
      cordon_incident_set_lead (incident, leads[g_rand_int_range (rand, 0, G_N_ELEMENTS (leads))]);
      cordon_incident_set_phase (incident, phase);
      cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_DETECTED, detected);
      cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_CREATED, detected);

      for (guint j = 0; j < 10; j++)
        {
          g_autoptr(CordonJournalEntry) entry = cordon_journal_entry_new ();
          g_autoptr(GDateTime) when = NULL;

          time += (gint64) g_rand_int_range (rand, 60, 3600) * G_USEC_PER_SEC;
          when = cordon_time_to_date_time (time);
          cordon_journal_entry_set_kind (entry, j == 0 ? CORDON_JOURNAL_KIND_NOTE
                                                       : g_rand_int_range (rand, CORDON_JOURNAL_KIND_NOTE,
                                                                           CORDON_JOURNAL_KIND_COMMUNICATION + 1));
          cordon_journal_entry_set_time (entry, when);
          cordon_journal_entry_set_author (entry, leads[g_rand_int_range (rand, 0, G_N_ELEMENTS (leads))]);
          cordon_journal_entry_set_text (entry, j == 0 ? "Incident opened" : notes[g_rand_int_range (rand, 0, G_N_ELEMENTS (notes))]);
          g_ptr_array_add (record->journal, g_steal_pointer (&entry));
        }
      cordon_incident_set_time_usec (incident, CORDON_INCIDENT_TIME_UPDATED, time);

      if (!cordon_native_writer_add_incident (writer, record, &error))
        g_error ("%s", error->message);
    }

  if (!cordon_native_writer_finish (writer, &error) ||
      !g_output_stream_close (buffered, NULL, &error))
    g_error ("%s", error->message);

  return 0;
}
