/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-report.c: the incident report. A demo-like incident with every
 * section filled in is built through the store on a manual clock; its
 * PDF is read back with pdfinfo and pdftotext (page count, headings, the
 * TLP marking on every page), its HTML is compared with a golden file,
 * and `cordon report` is run as a user would.
 *
 * CORDON_UPDATE_GOLDEN=1 rewrites the golden file; CORDON_REPORT_OUT=DIR
 * also leaves the demo's PDF and HTML in DIR, for looking at them.
 */

#include "config.h"

#include <string.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "cordon-incident-report.h"
#include "cordon-manual-clock.h"
#include "cordon-time.h"
#include "cordon-workspace.h"

#define DEMO_SHA256 "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"

typedef struct
{
  char              *dir;
  char              *path;
  CordonManualClock *clock;
  CordonWorkspace   *ws;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("cordon-report-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "incidents.cordon", NULL);
  f->clock = cordon_manual_clock_new_iso8601 ("2026-03-01T09:00:00Z");
  f->ws = cordon_workspace_new (f->path, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      remove_tree (child);
    }

  g_remove (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->ws);
  g_clear_object (&f->clock);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* The demo incident -------------------------------------------------------- */

static void
advance (Fixture *f,
         int      minutes)
{
  cordon_manual_clock_advance (f->clock, minutes * 60);
}

static void
move (Fixture        *f,
      CordonIncident *incident,
      CordonPhase     phase,
      const char     *reason)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (cordon_workspace_move_incident (f->ws, incident, phase, reason, "Ada Lovelace", &error));
  g_assert_no_error (error);
}

static void
add_fact (Fixture        *f,
          CordonIncident *incident,
          CordonFactKind  kind,
          const char     *value,
          const char     *source,
          gboolean        ioc)
{
  g_autoptr(CordonFact) fact = cordon_fact_new ();
  g_autoptr(GError) error = NULL;

  cordon_fact_set_kind (fact, kind);
  cordon_fact_set_value (fact, value);
  cordon_fact_set_source (fact, source);
  cordon_fact_set_is_ioc (fact, ioc);
  g_assert_true (cordon_workspace_add_fact (f->ws, incident, fact, &error));
  g_assert_no_error (error);
}

static void
journal (Fixture           *f,
         CordonIncident    *incident,
         CordonJournalKind  kind,
         const char        *author,
         const char        *text)
{
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  entry = cordon_workspace_append_journal (f->ws, incident, kind, author, text, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (entry);
}

static CordonIncident *
create_incident (Fixture    *f,
                 const char *title,
                 const char *summary)
{
  g_autoptr(CordonIncident) draft = cordon_incident_new ();
  g_autoptr(CordonIncident) stored = NULL;
  g_autoptr(GDateTime) detected = cordon_time_to_date_time (cordon_clock_now_usec (CORDON_CLOCK (f->clock)) -
                                                            25 * G_TIME_SPAN_MINUTE);
  g_autoptr(GError) error = NULL;
  const char * const groups[] = { "responders", "resolvers", NULL };

  cordon_incident_set_title (draft, title);
  cordon_incident_set_summary (draft, summary);
  cordon_incident_set_category (draft, "malicious-code");
  cordon_incident_set_severity (draft, "medium");
  cordon_incident_set_impact (draft, "multiple-departments");
  cordon_incident_set_tlp (draft, CORDON_TLP_AMBER);
  cordon_incident_set_lead (draft, "Ada Lovelace");
  cordon_incident_set_groups (draft, groups);
  cordon_incident_set_time (draft, CORDON_INCIDENT_TIME_DETECTED, detected);
  stored = cordon_workspace_create_incident (f->ws, draft, NULL, &error);
  g_assert_no_error (error);

  return cordon_workspace_lookup_incident (f->ws, cordon_incident_get_key (stored), NULL);
}

/* An incident that went through every phase, with every section filled */
static CordonIncident *
create_demo (Fixture *f)
{
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GError) error = NULL;

  incident = create_incident (f, "Ransomware beaconing from finance workstations",
                              "The proxy flagged three finance workstations calling out to a known "
                              "command-and-control domain every five minutes. One of them had started "
                              "encrypting a mapped file share when it was isolated.");

  advance (f, 10);
  move (f, incident, CORDON_PHASE_CLASSIFIED, "Triaged by the duty analyst");
  journal (f, incident, CORDON_JOURNAL_KIND_COMMUNICATION, "Ada Lovelace", "CISO informed by phone");
  advance (f, 20);
  move (f, incident, CORDON_PHASE_ANALYSIS, "Forensics under way");

  add_fact (f, incident, CORDON_FACT_KIND_HOST, "ws-fin-07", "EDR", FALSE);
  add_fact (f, incident, CORDON_FACT_KIND_DOMAIN, "update-check.example.net", "Proxy logs", TRUE);
  add_fact (f, incident, CORDON_FACT_KIND_IP, "203.0.113.77", "Firewall", TRUE);
  add_fact (f, incident, CORDON_FACT_KIND_USER, "j.doe", "Active Directory", FALSE);

  {
    g_autoptr(CordonQuestion) question = cordon_question_new ();

    cordon_question_set_text (question, "Was data taken from the file share?");
    cordon_question_set_owner (question, "Forensics");
    cordon_question_set_status (question, CORDON_QUESTION_STATUS_ANSWERED);
    cordon_question_set_answer (question, "No: the proxy shows no upload larger than 10 kB.");
    g_assert_true (cordon_workspace_add_question (f->ws, incident, question, &error));
  }
  {
    g_autoptr(CordonQuestion) question = cordon_question_new ();

    cordon_question_set_text (question, "How did the loader reach ws-fin-07?");
    cordon_question_set_owner (question, "Malware analysis");
    cordon_question_set_status (question, CORDON_QUESTION_STATUS_IN_PROGRESS);
    g_assert_true (cordon_workspace_add_question (f->ws, incident, question, &error));
  }
  {
    g_autoptr(CordonTask) task = cordon_task_new ();
    g_autoptr(GDateTime) due = g_date_time_new_utc (2026, 3, 2, 17, 0, 0);

    cordon_task_set_title (task, "Image the disk and memory of ws-fin-07");
    cordon_task_set_owner (task, "Forensics");
    cordon_task_set_due (task, due);
    cordon_task_set_status (task, CORDON_TASK_STATUS_DONE);
    g_assert_true (cordon_workspace_add_task (f->ws, incident, task, &error));
  }

  advance (f, 30);
  g_assert_true (cordon_workspace_reclassify (f->ws, incident, NULL, "high",
                                              "Back door found on two more hosts", "Ada Lovelace", &error));
  g_assert_no_error (error);

  /* The evidence, handed over to the lab */
  {
    g_autoptr(CordonEvidenceItem) item = cordon_evidence_item_new ();
    g_autoptr(CordonCustodyTransfer) transfer = cordon_custody_transfer_new ();

    cordon_evidence_item_set_kind (item, CORDON_EVIDENCE_KIND_ELECTRONIC);
    cordon_evidence_item_set_description (item, "Disk image of ws-fin-07");
    cordon_evidence_item_set_collected_by (item, "Grace Hopper");
    cordon_evidence_item_set_source_host (item, "ws-fin-07");
    cordon_evidence_item_set_storage (item, "Evidence safe, room 2.14");
    cordon_evidence_item_set_file_path (item, "/cases/ws-fin-07.img");
    cordon_evidence_item_set_size (item, 256 * 1024 * 1024);
    cordon_evidence_item_set_sha256 (item, DEMO_SHA256);
    g_assert_true (cordon_workspace_add_evidence (f->ws, incident, item, "Grace Hopper", &error));
    g_assert_no_error (error);

    advance (f, 15);
    cordon_custody_transfer_set_to (transfer, "Forensic Lab North");
    cordon_custody_transfer_set_purpose (transfer, "Timeline analysis of the disk image");
    cordon_custody_transfer_set_location (transfer, "Lab locker 7");
    g_assert_true (cordon_workspace_transfer_custody (f->ws, item, transfer, &error));
    g_assert_no_error (error);
  }

  advance (f, 15);
  move (f, incident, CORDON_PHASE_CONTAINMENT, "Spread confirmed; contain first");

  {
    g_autoptr(CordonPlanAction) block = cordon_plan_action_new ();
    g_autoptr(CordonPlanAction) isolate = cordon_plan_action_new ();
    g_autoptr(CordonPlanAction) signature = cordon_plan_action_new ();
    g_autoptr(CordonMonitoringCheck) check = cordon_monitoring_check_new ();

    cordon_plan_action_set_title (block, "Block the C2 domain and address at the proxy and firewall");
    cordon_plan_action_set_owner (block, "Network team");
    cordon_plan_action_set_term (block, CORDON_CONTAINMENT_TERM_SHORT);
    g_assert_true (cordon_workspace_add_plan_action (f->ws, incident, block, &error));
    cordon_plan_action_set_title (isolate, "Isolate the three workstations in a quarantine VLAN");
    cordon_plan_action_set_owner (isolate, "Network team");
    cordon_plan_action_set_term (isolate, CORDON_CONTAINMENT_TERM_SHORT);
    cordon_plan_action_set_notes (isolate, "Memory captured before isolation");
    g_assert_true (cordon_workspace_add_plan_action (f->ws, incident, isolate, &error));
    cordon_plan_action_set_title (signature, "Custom IDS signature for the beacon pattern");
    cordon_plan_action_set_owner (signature, "SOC");
    cordon_plan_action_set_term (signature, CORDON_CONTAINMENT_TERM_LONG);
    g_assert_true (cordon_workspace_add_plan_action (f->ws, incident, signature, &error));
    g_assert_no_error (error);

    advance (f, 5);
    g_assert_true (cordon_workspace_set_plan_action_status (f->ws, block, CORDON_ACTION_STATUS_IN_PROGRESS, NULL, "Ada Lovelace", &error));
    g_assert_true (cordon_workspace_set_plan_action_status (f->ws, isolate, CORDON_ACTION_STATUS_IN_PROGRESS, NULL, "Ada Lovelace", &error));
    advance (f, 25);
    g_assert_true (cordon_workspace_set_plan_action_status (f->ws, block, CORDON_ACTION_STATUS_DONE, NULL, "Ada Lovelace", &error));
    g_assert_true (cordon_workspace_set_plan_action_status (f->ws, isolate, CORDON_ACTION_STATUS_DONE, NULL, "Ada Lovelace", &error));
    g_assert_no_error (error);

    cordon_monitoring_check_set_target (check, CORDON_MONITORING_TARGET_OUTBOUND_TRAFFIC);
    cordon_monitoring_check_set_text (check, "Proxy: requests to the C2 domain from any host");
    cordon_monitoring_check_set_duration (check, 3 * 86400);
    cordon_monitoring_check_set_interval (check, 86400);
    g_assert_true (cordon_workspace_add_monitoring_check (f->ws, block, check, &error));
    g_assert_no_error (error);
    advance (f, 60);
    g_assert_true (cordon_workspace_record_monitoring_outcome (f->ws, check, CORDON_MONITORING_OUTCOME_EFFECTIVE,
                                                               "No request since the block", "Ada Lovelace", &error));
    g_assert_no_error (error);
  }

  journal (f, incident, CORDON_JOURNAL_KIND_STATUS_UPDATE, "Ada Lovelace",
           "Contained: no beacon seen for an hour");
  advance (f, 60);
  move (f, incident, CORDON_PHASE_RECOVERY, "Containment holds");

  /* Recovery: the fields, the decision and the checklist */
  {
    g_autoptr(CordonRecovery) recovery = cordon_workspace_get_recovery (f->ws, incident, &error);
    g_autoptr(GDateTime) compromised = g_date_time_new_utc (2026, 2, 27, 22, 0, 0);
    g_autoptr(GDateTime) restore_point = g_date_time_new_utc (2026, 2, 27, 2, 0, 0);
    g_autoptr(GListModel) items = NULL;

    g_assert_no_error (error);
    cordon_recovery_set_compromised (recovery, compromised);
    cordon_recovery_set_legal (recovery, "Personal data of customers on the share; the DPO was consulted.");
    cordon_recovery_set_forensic_scope (recovery, "Disk and memory of ws-fin-07; proxy logs of February.");
    cordon_recovery_set_root_cause (recovery, "A macro in an invoice attachment ran the loader.");
    g_assert_true (cordon_workspace_save_recovery (f->ws, recovery, "Ada Lovelace", &error));
    g_assert_no_error (error);
    g_assert_true (cordon_workspace_set_restore_decision (f->ws, incident, CORDON_RESTORE_DECISION_RESTORE,
                                                          "The share was partly encrypted", restore_point,
                                                          "Ada Lovelace", &error));
    g_assert_no_error (error);

    items = cordon_workspace_list_recovery_items (f->ws, incident, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (items), >, 3);
    advance (f, 120);
    for (guint i = 0; i < g_list_model_get_n_items (items); i++)
      {
        g_autoptr(CordonRecoveryItem) item = g_list_model_get_item (items, i);

        cordon_recovery_item_set_owner (item, i % 2 == 0 ? "Server team" : "Forensics");
        g_assert_true (cordon_workspace_update_recovery_item (f->ws, item, &error));
        if (i == 1)
          g_assert_true (cordon_workspace_set_recovery_item_status (f->ws, item, CORDON_ITEM_STATUS_NOT_APPLICABLE,
                                                                    "No physical evidence in this case", "Ada Lovelace", &error));
        else
          g_assert_true (cordon_workspace_set_recovery_item_status (f->ws, item, CORDON_ITEM_STATUS_DONE,
                                                                    NULL, "Ada Lovelace", &error));
        g_assert_no_error (error);
      }
  }

  advance (f, 240);
  move (f, incident, CORDON_PHASE_LESSONS_LEARNED, "Systems restored and watched");

  /* The review */
  {
    g_autoptr(CordonReview) review = cordon_workspace_get_review (f->ws, incident, &error);
    g_autoptr(CordonFollowUp) follow_up = cordon_follow_up_new ();
    g_autoptr(GDateTime) due = g_date_time_new_utc (2026, 3, 31, 17, 0, 0);

    cordon_review_set_went_well (review, "The proxy alert reached the duty analyst within minutes, "
                                         "and the quarantine VLAN was ready to use.\n"
                                         "Memory was captured before any host was isolated.");
    cordon_review_set_went_badly (review, "Nobody could reach the share's owner for two hours.");
    g_assert_true (cordon_workspace_save_review (f->ws, review, &error));
    g_assert_no_error (error);

    cordon_follow_up_set_text (follow_up, "Block macros in mail attachments from outside");
    cordon_follow_up_set_owner (follow_up, "Workplace team");
    cordon_follow_up_set_due (follow_up, due);
    g_assert_true (cordon_workspace_add_follow_up (f->ws, incident, follow_up, &error));
    g_assert_no_error (error);

    advance (f, 60);
    g_assert_true (cordon_workspace_complete_review (f->ws, incident, "Ada Lovelace", &error));
    g_assert_no_error (error);
  }

  advance (f, 10);
  move (f, incident, CORDON_PHASE_CLOSED, "Review done");
  advance (f, 30);

  return g_steal_pointer (&incident);
}

/* Reading PDFs back ------------------------------------------------------ */

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return g_steal_pointer (&out);
}

static guint
pdf_pages (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = run_tool (argv);
  const char *line = strstr (info, "Pages:");

  g_assert_nonnull (line);

  return (guint) g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

/* The text of @page (or of every page for 0), with every run of white
 * space as one space, so that wrapped lines read as one */
static char *
pdf_text (const char *path,
          guint       page)
{
  g_autofree char *first = g_strdup_printf ("%u", page);
  const char *all[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  const char *one[] = { "pdftotext", "-enc", "UTF-8", "-f", first, "-l", first, path, "-", NULL };
  g_autofree char *text = run_tool (page == 0 ? all : one);
  g_auto(GStrv) words = g_strsplit_set (text, " \t\n\f", -1);
  GString *joined = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (joined->len > 0)
        g_string_append_c (joined, ' ');
      g_string_append (joined, words[i]);
    }

  return g_string_free (joined, FALSE);
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdfinfo == NULL || pdftotext == NULL)
    {
      g_test_skip ("pdfinfo and pdftotext (poppler-utils) are needed");
      return FALSE;
    }

  return TRUE;
}

static void
keep_copy (const char *path,
           const char *name)
{
  const char *out = g_getenv ("CORDON_REPORT_OUT");
  g_autofree char *contents = NULL;
  g_autofree char *target = NULL;
  gsize length;

  if (out == NULL)
    return;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  target = g_build_filename (out, name, NULL);
  g_assert_true (g_file_set_contents (target, contents, length, NULL));
}

/* Cases ------------------------------------------------------------------ */

static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(CordonDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "report.pdf", NULL);
  g_autofree char *text = NULL;
  const char * const headings[] = {
    "Incident report", "Classification", "Timeline", "Analysis", "What we know", "Containment plan",
    "Recovery", "Evidence and chain of custody", "Lessons learned", "Follow-up actions",
  };
  guint n_pages;

  if (!have_poppler ())
    return;

  incident = create_demo (f);
  doc = cordon_incident_report_build (f->ws, incident, &error);
  g_assert_no_error (error);
  g_assert_true (cordon_document_write (doc, CORDON_DOCUMENT_FORMAT_PDF, pdf, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  keep_copy (pdf, "demo-report.pdf");

  n_pages = pdf_pages (pdf);
  g_assert_cmpuint (n_pages, >=, 3);

  text = pdf_text (pdf, 0);
  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      if (strstr (text, headings[i]) == NULL)
        g_error ("“%s” is not in the report", headings[i]);
    }
  g_assert_nonnull (strstr (text, "Ransomware beaconing from finance workstations"));
  g_assert_nonnull (strstr (text, cordon_incident_get_key (incident)));
  g_assert_nonnull (strstr (text, "update-check.example.net"));   /* a fact */
  g_assert_nonnull (strstr (text, "Forensic Lab North"));         /* a custody transfer */
  g_assert_nonnull (strstr (text, "Timeline analysis of the disk image"));
  g_assert_nonnull (strstr (text, DEMO_SHA256));
  g_assert_nonnull (strstr (text, "Back door found on two more hosts"));   /* a reclassification */
  g_assert_nonnull (strstr (text, "A macro in an invoice attachment"));    /* the root cause */

  /* The marking and the page number on every page */
  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *page_text = pdf_text (pdf, page);
      g_autofree char *footer = g_strdup_printf ("page %u of %u", page, n_pages);

      if (strstr (page_text, "TLP:AMBER") == NULL)
        g_error ("page %u has no TLP marking", page);
      g_assert_nonnull (strstr (page_text, footer));
    }
}

static char *
golden_path (void)
{
  return g_build_filename (TEST_SRCDIR, "data", "report", "incident-report.html", NULL);
}

static void
test_html_golden (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = create_demo (f);
  g_autoptr(CordonDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *golden = golden_path ();
  g_autofree char *html = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *written = NULL;
  g_autofree char *file = g_build_filename (f->dir, "report.html", NULL);

  doc = cordon_incident_report_build (f->ws, incident, &error);
  g_assert_no_error (error);
  html = cordon_document_to_html (doc);

  if (g_getenv ("CORDON_UPDATE_GOLDEN") != NULL)
    g_assert_true (g_file_set_contents (golden, html, -1, NULL));

  g_assert_true (g_file_get_contents (golden, &expected, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (html, ==, expected);

  /* Nothing that runs, and the file is what the string is */
  g_assert_null (strstr (html, "<script"));
  g_assert_nonnull (strstr (html, "<svg"));
  g_assert_true (cordon_document_write (doc, CORDON_DOCUMENT_FORMAT_HTML, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (file, &written, NULL, NULL));
  g_assert_cmpstr (written, ==, html);
  keep_copy (file, "demo-report.html");
}

static void
test_html_escaping (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(CordonDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *html = NULL;

  incident = create_incident (f, "Beacon <b>& friends</b>", "<script>alert(1)</script> \"quoted\"");
  add_fact (f, incident, CORDON_FACT_KIND_URL, "http://evil.example/?a=1&b=<x>", "Proxy", TRUE);
  doc = cordon_incident_report_build (f->ws, incident, &error);
  g_assert_no_error (error);
  html = cordon_document_to_html (doc);

  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<b>&"));
  g_assert_nonnull (strstr (html, "Beacon &lt;b&gt;&amp; friends&lt;/b&gt;"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot;"));
  g_assert_nonnull (strstr (html, "http://evil.example/?a=1&amp;b=&lt;x&gt;"));
}

static void
test_empty_sections (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = create_incident (f, "Phishing mail reported by a user", "");
  g_autoptr(CordonDocument) doc = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "empty.pdf", NULL);
  g_autofree char *text = NULL;
  const char * const notes[] = {
    "No summary was written.", "The classification has not changed", "No facts were recorded.",
    "No containment actions were planned.", "The recovery checklist has not been started.",
    "No evidence was recorded.", "No follow-up actions were recorded.",
  };

  if (!have_poppler ())
    return;

  doc = cordon_incident_report_build (f->ws, incident, &error);
  g_assert_no_error (error);
  g_assert_true (cordon_document_write (doc, CORDON_DOCUMENT_FORMAT_PDF, pdf, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  keep_copy (pdf, "empty-report.pdf");

  g_assert_cmpuint (pdf_pages (pdf), >=, 2);
  text = pdf_text (pdf, 0);
  for (guint i = 0; i < G_N_ELEMENTS (notes); i++)
    {
      if (strstr (text, notes[i]) == NULL)
        g_error ("“%s” is not in the report", notes[i]);
    }
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  double *last = user_data;

  g_assert_cmpfloat (fraction, >=, *last);
  g_assert_cmpfloat (fraction, <=, 1.0);
  *last = fraction;
}

static void
test_write_failures (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = create_incident (f, "Port scan from a partner network", "Seen by the IDS.");
  g_autoptr(CordonDocument) doc = cordon_incident_report_build (f->ws, incident, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "report.pdf", NULL);
  g_autofree char *folder = g_build_filename (f->dir, "folder.pdf", NULL);
  g_autofree char *cancelled = g_build_filename (f->dir, "cancelled.pdf", NULL);
  g_autofree char *done = g_build_filename (f->dir, "done.pdf", NULL);
  g_autoptr(GError) error = NULL;
  double last = 0;

  g_assert_nonnull (doc);

  /* A folder that is not there */
  g_assert_false (cordon_document_write (doc, CORDON_DOCUMENT_FORMAT_PDF, missing, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  /* A name taken by a folder: written, then not put in place, then gone */
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_false (cordon_document_write (doc, CORDON_DOCUMENT_FORMAT_PDF, folder, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));

  /* Cancelled */
  g_cancellable_cancel (cancellable);
  g_assert_false (cordon_document_write (doc, CORDON_DOCUMENT_FORMAT_PDF, cancelled, cancellable, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (g_file_test (cancelled, G_FILE_TEST_EXISTS));

  /* Nothing left behind by the three failures */
  {
    g_autoptr(GDir) handle = g_dir_open (f->dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (handle)) != NULL)
      g_assert_true (g_str_has_prefix (name, "incidents.cordon") || g_str_equal (name, "folder.pdf"));
  }

  /* And once more with progress, to the end */
  g_assert_true (cordon_document_write (doc, CORDON_DOCUMENT_FORMAT_PDF, done, NULL, on_progress, &last, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (last, ==, 1.0);
}

/* The command line ---------------------------------------------------------- */

static int
run_cordon (const char  *workspace,
            char       **err,
            ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *binary = g_getenv ("CORDON_BINARY");
  const char *arg;
  va_list args;
  int status = 0;

  g_assert_nonnull (binary);
  g_ptr_array_add (argv, (char *) binary);
  g_ptr_array_add (argv, (char *) "--workspace");
  g_ptr_array_add (argv, (char *) workspace);
  va_start (args, err);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (status));

  return WEXITSTATUS (status);
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = create_demo (f);
  const char *key = cordon_incident_get_key (incident);
  g_autofree char *pdf = g_build_filename (f->dir, "cli.pdf", NULL);
  g_autofree char *html = g_build_filename (f->dir, "cli.html", NULL);
  g_autofree char *named = g_build_filename (f->dir, "named.report", NULL);
  g_autofree char *text = g_build_filename (f->dir, "report.txt", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing", "report.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *err = NULL;

  /* The workspace file is closed while the command runs */
  g_assert_finalize_object (g_steal_pointer (&f->ws));
  f->ws = cordon_workspace_new (f->path, CORDON_CLOCK (f->clock), NULL, NULL);

  g_assert_cmpint (run_cordon (f->path, &err, "report", key, "--output", pdf, NULL), ==, 0);
  g_assert_nonnull (strstr (err, pdf));
  g_clear_pointer (&err, g_free);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_clear_pointer (&contents, g_free);
  if (have_poppler ())
    g_assert_cmpuint (pdf_pages (pdf), >=, 3);

  g_assert_cmpint (run_cordon (f->path, NULL, "report", key, "-o", html, NULL), ==, 0);
  g_assert_true (g_file_get_contents (html, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (contents, "TLP:AMBER"));
  g_clear_pointer (&contents, g_free);

  g_assert_cmpint (run_cordon (f->path, NULL, "report", key, "-o", named, "--format", "html", NULL), ==, 0);
  g_assert_true (g_file_get_contents (named, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<!DOCTYPE html>"));

  /* Usage: no output, an unknown format */
  g_assert_cmpint (run_cordon (f->path, NULL, "report", key, NULL), ==, 1);
  g_assert_cmpint (run_cordon (f->path, NULL, "report", key, "-o", text, NULL), ==, 1);
  g_assert_cmpint (run_cordon (f->path, NULL, "report", key, "-o", pdf, "--format", "odt", NULL), ==, 1);
  g_assert_false (g_file_test (text, G_FILE_TEST_EXISTS));

  /* Bad input: an unknown key, an unwritable path; no file either way */
  g_assert_cmpint (run_cordon (f->path, &err, "report", "INC-2026-9999", "-o", text, "--format", "pdf", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "INC-2026-9999"));
  g_clear_pointer (&err, g_free);
  g_assert_false (g_file_test (text, G_FILE_TEST_EXISTS));

  g_assert_cmpint (run_cordon (f->path, &err, "report", key, "-o", missing, NULL), ==, 2);
  g_assert_nonnull (strstr (err, missing));
  g_assert_nonnull (strstr (err, "cannot write: No such file or directory"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  {
    g_autoptr(GDir) handle = g_dir_open (f->dir, 0, NULL);
    const char *name;

    /* No temporary file left behind */
    while ((name = g_dir_read_name (handle)) != NULL)
      g_assert_false (name[0] == '.');
  }
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/report/pdf", Fixture, NULL, fixture_set_up, test_pdf, fixture_tear_down);
  g_test_add ("/report/html-golden", Fixture, NULL, fixture_set_up, test_html_golden, fixture_tear_down);
  g_test_add ("/report/html-escaping", Fixture, NULL, fixture_set_up, test_html_escaping, fixture_tear_down);
  g_test_add ("/report/empty-sections", Fixture, NULL, fixture_set_up, test_empty_sections, fixture_tear_down);
  g_test_add ("/report/write-failures", Fixture, NULL, fixture_set_up, test_write_failures, fixture_tear_down);
  g_test_add ("/report/cli", Fixture, NULL, fixture_set_up, test_cli, fixture_tear_down);

  return g_test_run ();
}
