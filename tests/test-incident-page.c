/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-incident-page.c: the incident page in a real window, on a real
 * workspace file in a temporary folder, with a manual clock. Each case
 * drives the widgets as a user would (typing into entries, pressing
 * buttons, choosing dropdown items, answering dialogs) and checks what
 * the workspace stored; the page must also follow changes made to the
 * workspace from elsewhere, and leave nothing behind when it goes.
 *
 * With CORDON_TEST_INTERACTIVE=1 the program opens a page on a filled-in
 * workspace and keeps it open instead, for looking at it.
 */

#include "config.h"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "cordon-close-dialog.h"
#include "cordon-fact-dialog.h"
#include "cordon-form.h"
#include "cordon-incident-page-private.h"
#include "cordon-manual-clock.h"
#include "cordon-move-dialog.h"
#include "cordon-reclassify-dialog.h"
#include "cordon-resources.h"
#include "cordon-sla-scheduler.h"
#include "cordon-test-util.h"
#include "cordon-time.h"
#include "cordon-workspace.h"

typedef struct
{
  char               *dir;
  CordonManualClock  *clock;
  CordonWorkspace    *ws;
  CordonIncident     *incident;
  GtkWindow          *window;
  CordonIncidentPage *page;
  guint               back_activated;
} Fixture;

/* Helpers ------------------------------------------------------------- */

static void
drain (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

typedef gboolean (*Condition) (gpointer data);

static gboolean
on_timeout (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @condition holds; fails after five seconds */
static void
wait_until (Condition condition,
            gpointer  data)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (5, on_timeout, &timed_out);

  while (!condition (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (id);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

static gboolean
switch_is_on (gpointer data)
{
  return gtk_switch_get_active (data);
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, n) != NULL)
    n++;

  return n;
}

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

static gboolean
no_dialog (gpointer data)
{
  return find_toplevel (GPOINTER_TO_SIZE (data)) == NULL;
}

/* A click: buttons activated from the keyboard click only after a delay */
static void
click (GtkWidget *button)
{
  g_signal_emit_by_name (button, "clicked");
  drain ();
}

/* Answers a dialog as its button does: the response, then closing it
 * (a form closes itself once it has made its change) */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  g_object_unref (dialog);
}

static void
wait_dialog_gone (GType type)
{
  wait_until (no_dialog, GSIZE_TO_POINTER (type));
}

static CordonJournalEntry *
last_entry (Fixture *f)
{
  g_autoptr(GListModel) journal = cordon_workspace_list_journal (f->ws, f->incident, NULL);

  return g_list_model_get_item (journal, g_list_model_get_n_items (journal) - 1);
}

static CordonJournalEntry *
entry_at (Fixture *f,
          guint    position)
{
  g_autoptr(GListModel) journal = cordon_workspace_list_journal (f->ws, f->incident, NULL);

  return g_list_model_get_item (journal, position);
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static char *
clipboard_text (GtkWidget *widget)
{
  GdkContentProvider *content = gdk_clipboard_get_content (gtk_widget_get_clipboard (widget));
  g_auto(GValue) value = G_VALUE_INIT;

  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));

  return g_value_dup_string (&value);
}

/* Replaces a text view's text as typing does (set_text would not mark
 * the buffer modified) */
static void
type_into (GtkTextView *view,
           const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_delete (buffer, &start, &end);
  gtk_text_buffer_insert_at_cursor (buffer, text, -1);
}

/* Types into an entry row and presses Enter */
static void
type_and_enter (AdwEntryRow *row,
                const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  /* Enter makes the row's text emit activate */
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (row)), "activate");
  drain ();
}

/* Fixture --------------------------------------------------------------- */

static void
on_show_board (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  Fixture *f = user_data;

  f->back_activated++;
}

static void
add_protocol (CordonWorkspace *ws)
{
  g_autoptr(CordonGroup) group = cordon_workspace_lookup_group (ws, "management", NULL);
  g_autoptr(CordonProtocol) protocol = cordon_protocol_new ();
  g_autoptr(CordonMember) member = cordon_member_new ();
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (group);
  cordon_protocol_set_channel (protocol, CORDON_CHANNEL_EMAIL);
  cordon_protocol_set_contact (protocol, "CISO office");
  cordon_protocol_set_address (protocol, "ciso@example.org");
  cordon_protocol_set_when (protocol, "Severity high or critical");
  cordon_protocol_set_template (protocol, "[{key}] {title}: severity {severity}, phase {phase}. Next update {next_update}.");
  g_assert_true (cordon_workspace_add_protocol (ws, group, protocol, &error));
  g_assert_no_error (error);

  cordon_member_set_name (member, "Grace Hopper");
  cordon_member_set_role (member, "CISO");
  cordon_member_set_email (member, "grace@example.org");
  cordon_member_set_priority (member, CORDON_CONTACT_PRIORITY_PRIMARY);
  g_assert_true (cordon_workspace_add_member (ws, group, member, &error));
  g_assert_no_error (error);
}

static CordonIncident *
create_incident (CordonWorkspace *ws,
                 const char      *title,
                 const char      *impact)
{
  g_autoptr(CordonIncident) draft = cordon_incident_new ();
  g_autoptr(CordonIncident) stored = NULL;
  g_autoptr(GError) error = NULL;
  const char * const groups[] = { "responders", "management", NULL };

  cordon_incident_set_title (draft, title);
  cordon_incident_set_summary (draft, "Several workstations call out to a known C2 domain.");
  cordon_incident_set_category (draft, "malicious-code");
  cordon_incident_set_severity (draft, "medium");
  cordon_incident_set_impact (draft, impact);
  cordon_incident_set_lead (draft, "Ada Lovelace");
  cordon_incident_set_groups (draft, groups);
  stored = cordon_workspace_create_incident (ws, draft, NULL, &error);
  g_assert_no_error (error);

  /* The page shows the model's instance, as the board hands it over */
  return cordon_workspace_lookup_incident (ws, cordon_incident_get_key (stored), NULL);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GSimpleActionGroup) win = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) show_board = g_simple_action_new ("show-board", NULL);
  GtkWidget *overlay;

  f->dir = g_dir_make_tmp ("cordon-page-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "incidents.cordon", NULL);
  f->clock = cordon_manual_clock_new_iso8601 ("2026-03-01T09:00:00Z");
  f->ws = cordon_workspace_new (path, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);
  add_protocol (f->ws);
  f->incident = create_incident (f->ws, "Beaconing from finance workstations",
                                 data != NULL ? data : "department");

  f->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (f->window, 900, 800);
  g_signal_connect (show_board, "activate", G_CALLBACK (on_show_board), f);
  g_action_map_add_action (G_ACTION_MAP (win), G_ACTION (show_board));
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "win", G_ACTION_GROUP (win));

  f->page = cordon_incident_page_new ();
  g_object_ref_sink (f->page);
  cordon_incident_page_set_workspace (f->page, f->ws);
  cordon_incident_page_set_incident (f->page, f->incident);

  overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (f->page));
  adw_window_set_content (ADW_WINDOW (f->window), overlay);
  gtk_window_present (f->window);
  wait_until (is_mapped, f->page);
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
  gtk_window_destroy (f->window);
  drain ();

  /* Neither the window nor the workspace keeps the page alive */
  g_assert_finalize_object (f->page);

  g_clear_object (&f->incident);
  g_assert_finalize_object (f->ws);
  g_clear_object (&f->clock);
  remove_tree (f->dir);
  g_free (f->dir);
}

/* Cases ------------------------------------------------------------------ */

static void
test_header (Fixture       *f,
             gconstpointer  data)
{
  GMenuModel *menu = G_MENU_MODEL (f->page->move_menu);
  g_autofree char *target = NULL;

  g_assert_cmpstr (gtk_label_get_text (f->page->key_label), ==, cordon_incident_get_key (f->incident));
  g_assert_cmpstr (gtk_label_get_text (f->page->title_label), ==, "Beaconing from finance workstations");
  g_assert_cmpstr (gtk_label_get_text (f->page->severity_chip), ==, "Medium");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->page->severity_chip), "severity-medium"));
  g_assert_cmpstr (gtk_label_get_text (f->page->phase_chip), ==, "Detected");

  /* A detected incident can only be classified next */
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 1);
  g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_TARGET, "s", &target));
  g_assert_cmpstr (target, ==, "classified");

  /* The back button goes to the board */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "win.show-board", NULL);
  g_assert_cmpuint (f->back_activated, ==, 1);

  /* The overview shows the summary, lead and groups; the history the opening */
  {
    g_autofree char *summary = buffer_text (f->page->summary_view);
    g_assert_cmpstr (summary, ==, "Several workstations call out to a known C2 domain.");
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->page->lead_row)), ==, "Ada Lovelace");
  g_assert_cmpuint (count_rows (f->page->groups_list), ==, 4);
  g_assert_cmpuint (count_rows (f->page->history_list), ==, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->page->management_group)));

  /* Empty lists say so */
  g_assert_cmpuint (count_rows (f->page->facts_list), ==, 0);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_first_child (GTK_WIDGET (f->page->facts_list))));
}

static void
test_edit_overview (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CordonIncident) stored = NULL;
  GtkListBoxRow *resolvers;
  GtkSwitch *toggle;

  /* Summary: type, then Save */
  type_into (f->page->summary_view, "Confirmed beaconing on 12 hosts.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.save-summary", NULL));
  drain ();

  /* Lead: type and apply */
  type_and_enter (f->page->lead_row, "Grace Hopper");

  /* TLP: choose red */
  adw_combo_row_set_selected (f->page->tlp_row, CORDON_TLP_RED);
  drain ();

  /* Groups: engage the resolvers */
  resolvers = gtk_list_box_get_row_at_index (f->page->groups_list, 1);
  toggle = g_object_get_data (G_OBJECT (resolvers), "cordon-switch");
  g_assert_false (gtk_switch_get_active (toggle));
  gtk_widget_activate (GTK_WIDGET (toggle));
  /* The switch flips at the end of its animation */
  wait_until (switch_is_on, toggle);
  drain ();

  stored = cordon_workspace_lookup_incident (f->ws, cordon_incident_get_key (f->incident), NULL);
  g_assert_cmpstr (cordon_incident_get_summary (stored), ==, "Confirmed beaconing on 12 hosts.");
  g_assert_cmpstr (cordon_incident_get_lead (stored), ==, "Grace Hopper");
  g_assert_cmpint (cordon_incident_get_tlp (stored), ==, CORDON_TLP_RED);
  g_assert_true (cordon_incident_has_group (stored, "resolvers"));
  g_assert_true (cordon_incident_has_group (stored, "responders"));
  g_assert_true (g_str_has_suffix (gtk_label_get_text (f->page->details_label), "Led by Grace Hopper"));
}

/* The title and the lead, changed in the overview, are chained in the
 * journal with their old and new values, by the person at the desk */
static void
test_title_and_lead_chained (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(CordonIncident) stored = NULL;
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(CordonJournalEntry) title = NULL;
  g_autoptr(CordonJournalEntry) lead = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GError) error = NULL;
  guint n_before;

  journal = cordon_workspace_list_journal (f->ws, f->incident, NULL);
  n_before = g_list_model_get_n_items (journal);
  g_clear_object (&journal);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->page->title_row)), ==,
                   "Beaconing from finance workstations");

  type_and_enter (f->page->title_row, "Beaconing to a C2 domain from finance");
  type_and_enter (f->page->lead_row, "Grace Hopper");
  /* Applying the same text again changes nothing */
  type_and_enter (f->page->title_row, "Beaconing to a C2 domain from finance");

  stored = cordon_workspace_lookup_incident (f->ws, cordon_incident_get_key (f->incident), NULL);
  g_assert_cmpstr (cordon_incident_get_title (stored), ==, "Beaconing to a C2 domain from finance");
  g_assert_cmpstr (gtk_label_get_text (f->page->title_label), ==, "Beaconing to a C2 domain from finance");

  journal = cordon_workspace_list_journal (f->ws, f->incident, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (journal), ==, n_before + 2);
  title = g_list_model_get_item (journal, n_before);
  lead = g_list_model_get_item (journal, n_before + 1);
  g_assert_cmpint (cordon_journal_entry_get_kind (title), ==, CORDON_JOURNAL_KIND_DETAILS_CHANGE);
  g_assert_cmpstr (cordon_journal_entry_get_payload (title), ==,
                   "{\"title\":{\"from\":\"Beaconing from finance workstations\","
                   "\"to\":\"Beaconing to a C2 domain from finance\"}}");
  g_assert_cmpstr (cordon_journal_entry_get_author (title), ==, g_get_real_name ());
  g_assert_cmpstr (cordon_journal_entry_get_payload (lead), ==,
                   "{\"lead\":{\"from\":\"Ada Lovelace\",\"to\":\"Grace Hopper\"}}");
  g_assert_cmpstr (cordon_journal_entry_get_text (lead), ==, "Lead changed from Ada Lovelace to Grace Hopper");

  /* An empty title is refused, and the row shows the stored one again */
  type_and_enter (f->page->title_row, "   ");
  g_clear_object (&stored);
  stored = cordon_workspace_lookup_incident (f->ws, cordon_incident_get_key (f->incident), NULL);
  g_assert_cmpstr (cordon_incident_get_title (stored), ==, "Beaconing to a C2 domain from finance");

  findings = cordon_workspace_verify_findings (f->ws, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (findings->len, ==, 0);
}

static CordonFact *
stored_fact (Fixture *f,
             guint    position)
{
  g_autoptr(GListModel) facts = cordon_workspace_list_facts (f->ws, f->incident, NULL);

  return position < g_list_model_get_n_items (facts) ? g_list_model_get_item (facts, position) : NULL;
}

static guint
n_stored_facts (Fixture *f)
{
  g_autoptr(GListModel) facts = cordon_workspace_list_facts (f->ws, f->incident, NULL);

  return g_list_model_get_n_items (facts);
}

static void
test_facts (Fixture       *f,
            gconstpointer  data)
{
  CordonFactDialog *dialog;
  GtkListBoxRow *row;
  GtkToggleButton *ioc;
  g_autoptr(CordonFact) fact = NULL;
  g_autoptr(CordonFact) restored = NULL;
  g_autofree char *copied = NULL;

  /* Add a fact through the dialog */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.add-fact", NULL));
  dialog = find_toplevel (CORDON_TYPE_FACT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  cordon_fact_dialog_set_fields (dialog, CORDON_FACT_KIND_DOMAIN, "c2.example.net", "Proxy logs",
                                 CORDON_TLP_AMBER, FALSE);
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  respond (ADW_MESSAGE_DIALOG (dialog), "save");
  wait_dialog_gone (CORDON_TYPE_FACT_DIALOG);

  fact = stored_fact (f, 0);
  g_assert_nonnull (fact);
  g_assert_cmpint (cordon_fact_get_kind (fact), ==, CORDON_FACT_KIND_DOMAIN);
  g_assert_cmpstr (cordon_fact_get_value (fact), ==, "c2.example.net");
  g_assert_cmpstr (cordon_fact_get_source (fact), ==, "Proxy logs");
  g_assert_false (cordon_fact_get_is_ioc (fact));
  g_assert_cmpuint (count_rows (f->page->facts_list), ==, 1);
  row = gtk_list_box_get_row_at_index (f->page->facts_list, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "c2.example.net");

  /* Mark it as an IOC */
  ioc = g_object_get_data (G_OBJECT (row), "cordon-ioc");
  click (GTK_WIDGET (ioc));
  drain ();
  g_clear_object (&fact);
  fact = stored_fact (f, 0);
  g_assert_true (cordon_fact_get_is_ioc (fact));
  /* The same row stays, updated in place */
  g_assert_true (gtk_list_box_get_row_at_index (f->page->facts_list, 0) == row);
  g_assert_true (gtk_toggle_button_get_active (ioc));

  /* Copy its value */
  click (g_object_get_data (G_OBJECT (row), "cordon-copy"));
  drain ();
  copied = clipboard_text (GTK_WIDGET (f->page));
  g_assert_cmpstr (copied, ==, "c2.example.net");

  /* Edit it: activating the row opens the dialog on it */
  gtk_widget_activate (GTK_WIDGET (row));
  dialog = find_toplevel (CORDON_TYPE_FACT_DIALOG);
  g_assert_nonnull (dialog);
  cordon_fact_dialog_set_fields (dialog, CORDON_FACT_KIND_DOMAIN, "c2.example.net", "Proxy and DNS logs",
                                 CORDON_TLP_RED, TRUE);
  respond (ADW_MESSAGE_DIALOG (dialog), "save");
  wait_dialog_gone (CORDON_TYPE_FACT_DIALOG);
  g_clear_object (&fact);
  fact = stored_fact (f, 0);
  g_assert_cmpstr (cordon_fact_get_source (fact), ==, "Proxy and DNS logs");
  g_assert_cmpint (cordon_fact_get_tlp (fact), ==, CORDON_TLP_RED);
  g_assert_cmpuint (n_stored_facts (f), ==, 1);

  /* Remove it, then undo from the toast */
  click (g_object_get_data (G_OBJECT (row), "cordon-remove"));
  drain ();
  g_assert_cmpuint (n_stored_facts (f), ==, 0);
  g_assert_cmpuint (count_rows (f->page->facts_list), ==, 0);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.undo", NULL));
  drain ();
  g_assert_cmpuint (n_stored_facts (f), ==, 1);
  restored = stored_fact (f, 0);
  g_assert_cmpstr (cordon_fact_get_value (restored), ==, "c2.example.net");
  g_assert_cmpstr (cordon_fact_get_source (restored), ==, "Proxy and DNS logs");
  g_assert_true (cordon_fact_get_is_ioc (restored));
  g_assert_cmpuint (count_rows (f->page->facts_list), ==, 1);
}

static void
test_questions_and_tasks (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GListModel) questions = NULL;
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(CordonQuestion) question = NULL;
  g_autoptr(CordonTask) task = NULL;
  g_autoptr(GDateTime) expected_due = NULL;
  GtkListBoxRow *row;

  /* Ask a question, give it an owner and a status */
  type_and_enter (f->page->new_question_row, "How did the malware get in?");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->page->new_question_row)), ==, "");
  g_assert_cmpuint (count_rows (f->page->questions_list), ==, 1);
  row = gtk_list_box_get_row_at_index (f->page->questions_list, 0);
  type_and_enter (g_object_get_data (G_OBJECT (row), "cordon-owner"), "Forensics team");
  gtk_drop_down_set_selected (g_object_get_data (G_OBJECT (row), "cordon-status"), CORDON_QUESTION_STATUS_IN_PROGRESS);
  drain ();

  questions = cordon_workspace_list_questions (f->ws, f->incident, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (questions), ==, 1);
  question = g_list_model_get_item (questions, 0);
  g_assert_cmpstr (cordon_question_get_text (question), ==, "How did the malware get in?");
  g_assert_cmpstr (cordon_question_get_owner (question), ==, "Forensics team");
  g_assert_cmpint (cordon_question_get_status (question), ==, CORDON_QUESTION_STATUS_IN_PROGRESS);

  /* Answering it marks it answered */
  type_and_enter (g_object_get_data (G_OBJECT (row), "cordon-answer"), "A macro in an invoice attachment");
  g_clear_object (&questions);
  g_clear_object (&question);
  questions = cordon_workspace_list_questions (f->ws, f->incident, NULL);
  question = g_list_model_get_item (questions, 0);
  g_assert_cmpint (cordon_question_get_status (question), ==, CORDON_QUESTION_STATUS_ANSWERED);
  g_assert_cmpuint (gtk_drop_down_get_selected (g_object_get_data (G_OBJECT (row), "cordon-status")), ==,
                    CORDON_QUESTION_STATUS_ANSWERED);

  /* Add a task with an owner and a due time */
  type_and_enter (f->page->new_task_row, "Block the C2 domain at the proxy");
  g_assert_cmpuint (count_rows (f->page->tasks_list), ==, 1);
  row = gtk_list_box_get_row_at_index (f->page->tasks_list, 0);
  type_and_enter (g_object_get_data (G_OBJECT (row), "cordon-owner"), "Network team");
  type_and_enter (g_object_get_data (G_OBJECT (row), "cordon-due"), "2026-03-01 12:30");
  gtk_drop_down_set_selected (g_object_get_data (G_OBJECT (row), "cordon-status"), CORDON_TASK_STATUS_DONE);
  drain ();

  tasks = cordon_workspace_list_tasks (f->ws, f->incident, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 1);
  task = g_list_model_get_item (tasks, 0);
  g_assert_cmpstr (cordon_task_get_title (task), ==, "Block the C2 domain at the proxy");
  g_assert_cmpstr (cordon_task_get_owner (task), ==, "Network team");
  g_assert_cmpint (cordon_task_get_status (task), ==, CORDON_TASK_STATUS_DONE);
  expected_due = g_date_time_new_utc (2026, 3, 1, 12, 30, 0);
  g_assert_nonnull (cordon_task_get_due (task));
  g_assert_true (g_date_time_equal (cordon_task_get_due (task), expected_due));

  /* A due time that is not one is refused and marked */
  type_and_enter (g_object_get_data (G_OBJECT (row), "cordon-due"), "tomorrow-ish");
  g_assert_true (gtk_widget_has_css_class (g_object_get_data (G_OBJECT (row), "cordon-due"), "error"));

  /* Remove the task, then take that back: it returns as it was */
  click (g_object_get_data (G_OBJECT (row), "cordon-remove"));
  drain ();
  g_clear_object (&tasks);
  tasks = cordon_workspace_list_tasks (f->ws, f->incident, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 0);
  g_assert_cmpuint (count_rows (f->page->tasks_list), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.undo", NULL));
  drain ();
  g_clear_object (&tasks);
  g_clear_object (&task);
  tasks = cordon_workspace_list_tasks (f->ws, f->incident, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 1);
  task = g_list_model_get_item (tasks, 0);
  g_assert_cmpstr (cordon_task_get_title (task), ==, "Block the C2 domain at the proxy");
  g_assert_cmpstr (cordon_task_get_owner (task), ==, "Network team");
  g_assert_cmpint (cordon_task_get_status (task), ==, CORDON_TASK_STATUS_DONE);
  g_assert_true (g_date_time_equal (cordon_task_get_due (task), expected_due));
  g_assert_cmpuint (count_rows (f->page->tasks_list), ==, 1);
  /* Once only */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.undo", NULL));
  drain ();
  g_clear_object (&tasks);
  tasks = cordon_workspace_list_tasks (f->ws, f->incident, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 1);

  /* The same for the question, with its answer */
  row = gtk_list_box_get_row_at_index (f->page->questions_list, 0);
  click (g_object_get_data (G_OBJECT (row), "cordon-remove"));
  drain ();
  g_assert_cmpuint (count_rows (f->page->questions_list), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.undo", NULL));
  drain ();
  g_clear_object (&questions);
  g_clear_object (&question);
  questions = cordon_workspace_list_questions (f->ws, f->incident, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (questions), ==, 1);
  question = g_list_model_get_item (questions, 0);
  g_assert_cmpstr (cordon_question_get_text (question), ==, "How did the malware get in?");
  g_assert_cmpstr (cordon_question_get_owner (question), ==, "Forensics team");
  g_assert_cmpstr (cordon_question_get_answer (question), ==, "A macro in an invoice attachment");
  g_assert_cmpint (cordon_question_get_status (question), ==, CORDON_QUESTION_STATUS_ANSWERED);
  g_assert_cmpuint (count_rows (f->page->questions_list), ==, 1);
}

/* A finding widens the incident: reclassify from the fact, its value as
 * the reason */
static void
test_reclassify_from_finding (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(CordonFact) fact = cordon_fact_new ();
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  CordonReclassifyDialog *dialog;
  GtkListBoxRow *row;

  cordon_fact_set_kind (fact, CORDON_FACT_KIND_HOST);
  cordon_fact_set_value (fact, "FS02 runs the same back door");
  g_assert_true (cordon_workspace_add_fact (f->ws, f->incident, fact, &error));
  g_assert_no_error (error);
  drain ();

  adw_view_stack_set_visible_child_name (f->page->view_stack, "analysis");
  row = gtk_list_box_get_row_at_index (f->page->facts_list, 0);
  g_assert_nonnull (row);
  click (g_object_get_data (G_OBJECT (row), "cordon-reclassify"));
  dialog = find_toplevel (CORDON_TYPE_RECLASSIFY_DIALOG);
  g_assert_nonnull (dialog);
  cordon_reclassify_dialog_select (dialog, NULL, "high");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "reclassify"));
  respond (ADW_MESSAGE_DIALOG (dialog), "reclassify");
  wait_dialog_gone (CORDON_TYPE_RECLASSIFY_DIALOG);

  g_assert_cmpstr (cordon_incident_get_severity (f->incident), ==, "high");
  entry = entry_at (f, 1);
  g_assert_cmpint (cordon_journal_entry_get_kind (entry), ==, CORDON_JOURNAL_KIND_CLASSIFICATION_CHANGE);
  g_assert_cmpstr (cordon_journal_entry_get_text (entry), ==, "Finding: Host FS02 runs the same back door");
}

static void
test_reclassify (Fixture       *f,
                 gconstpointer  data)
{
  CordonReclassifyDialog *dialog;
  g_autoptr(CordonJournalEntry) entry = NULL;
  GtkListBoxRow *first;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.reclassify", NULL));
  dialog = find_toplevel (CORDON_TYPE_RECLASSIFY_DIALOG);
  g_assert_nonnull (dialog);

  /* Nothing changed yet, and no reason: the dialog cannot confirm */
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "reclassify"));
  cordon_reclassify_dialog_select (dialog, NULL, "high");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "reclassify"));
  cordon_reclassify_dialog_set_reason (dialog, "Back door found on more hosts");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "reclassify"));
  respond (ADW_MESSAGE_DIALOG (dialog), "reclassify");
  wait_dialog_gone (CORDON_TYPE_RECLASSIFY_DIALOG);

  g_assert_cmpstr (cordon_incident_get_severity (f->incident), ==, "high");
  g_assert_cmpstr (cordon_incident_get_category (f->incident), ==, "malicious-code");
  /* The classification change, then the SLA re-timed from the new policy */
  entry = last_entry (f);
  g_assert_cmpint (cordon_journal_entry_get_kind (entry), ==, CORDON_JOURNAL_KIND_SLA_EVENT);
  g_clear_object (&entry);
  entry = entry_at (f, 1);
  g_assert_cmpint (cordon_journal_entry_get_kind (entry), ==, CORDON_JOURNAL_KIND_CLASSIFICATION_CHANGE);
  g_assert_cmpstr (cordon_journal_entry_get_text (entry), ==, "Back door found on more hosts");
  g_assert_cmpstr (cordon_journal_entry_get_payload (entry), ==, "{\"severity\":{\"from\":\"medium\",\"to\":\"high\"}}");

  /* The header and the timeline show it */
  g_assert_cmpstr (gtk_label_get_text (f->page->severity_chip), ==, "High");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->page->severity_chip), "severity-high"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (f->page->severity_chip), "severity-medium"));
  g_assert_cmpstr (adw_action_row_get_subtitle (f->page->severity_row), ==, "High");
  first = gtk_list_box_get_row_at_index (f->page->journal_list, 0);
  g_assert_nonnull (first);
  g_assert_cmpuint (count_rows (f->page->journal_list), ==, 3);
}

static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  CordonMoveDialog *dialog;
  g_autofree char *target = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.move-to", "s", "classified"));
  dialog = find_toplevel (CORDON_TYPE_MOVE_DIALOG);
  g_assert_nonnull (dialog);
  cordon_move_dialog_set_reason (dialog, "Malware confirmed by the EDR");
  respond (ADW_MESSAGE_DIALOG (dialog), "move");
  wait_dialog_gone (CORDON_TYPE_MOVE_DIALOG);

  g_assert_cmpint (cordon_incident_get_phase (f->incident), ==, CORDON_PHASE_CLASSIFIED);
  g_assert_cmpstr (gtk_label_get_text (f->page->phase_chip), ==, "Classified");
  g_assert_cmpuint (count_rows (f->page->history_list), ==, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (f->page->history_list, 1))),
                   ==, "Detected → Classified");

  /* The menu now offers the next phase */
  g_assert_true (g_menu_model_get_item_attribute (G_MENU_MODEL (f->page->move_menu), 0,
                                                  G_MENU_ATTRIBUTE_TARGET, "s", &target));
  g_assert_cmpstr (target, ==, "analysis");
}

static guint
n_journal_entries (Fixture *f)
{
  g_autoptr(GListModel) journal = cordon_workspace_list_journal (f->ws, f->incident, NULL);

  return g_list_model_get_n_items (journal);
}

/* The widget of a dialog that has the keyboard focus */
static GtkWidget *
dialog_focus (gpointer dialog)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (dialog));

  g_assert_nonnull (focus);

  return focus;
}

static gboolean
focus_in_page (gpointer data)
{
  Fixture *f = data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (f->page));
}

/* Enter in a form makes its change once and closes it once, as its
 * default button does; the page then has the keyboard again, so that
 * Alt+1… and Escape answer */
static void
test_form_enter_once (Fixture       *f,
                      gconstpointer  data)
{
  CordonFactDialog *fact_dialog;
  CordonMoveDialog *move_dialog;
  guint entries;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.add-fact", NULL));
  fact_dialog = find_toplevel (CORDON_TYPE_FACT_DIALOG);
  g_assert_nonnull (fact_dialog);
  cordon_fact_dialog_set_fields (fact_dialog, CORDON_FACT_KIND_DOMAIN, "c2.example.net", "Proxy logs",
                                 CORDON_TLP_AMBER, FALSE);
  cordon_test_press_enter (dialog_focus (fact_dialog));
  wait_dialog_gone (CORDON_TYPE_FACT_DIALOG);
  drain ();
  g_assert_cmpuint (n_stored_facts (f), ==, 1);
  g_assert_cmpuint (count_rows (f->page->facts_list), ==, 1);
  g_assert_true (focus_in_page (f));

  entries = n_journal_entries (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.move-to", "s", "classified"));
  move_dialog = find_toplevel (CORDON_TYPE_MOVE_DIALOG);
  g_assert_nonnull (move_dialog);
  cordon_move_dialog_set_reason (move_dialog, "Malware confirmed by the EDR");
  cordon_test_press_enter (dialog_focus (move_dialog));
  wait_dialog_gone (CORDON_TYPE_MOVE_DIALOG);
  drain ();
  g_assert_cmpint (cordon_incident_get_phase (f->incident), ==, CORDON_PHASE_CLASSIFIED);
  /* One phase change (and the SLA events it brings), not two moves */
  g_assert_cmpuint (count_rows (f->page->history_list), ==, 2);
  g_assert_cmpuint (n_journal_entries (f), >, entries);
  g_assert_true (focus_in_page (f));
}

/* Cancel and Escape leave everything as it was, however much was typed */
static void
test_form_cancel_changes_nothing (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(CordonFact) fact = cordon_fact_new ();
  g_autoptr(CordonFact) stored = NULL;
  g_autoptr(GError) error = NULL;
  CordonFactDialog *fact_dialog;
  CordonMoveDialog *move_dialog;
  guint entries;

  cordon_fact_set_kind (fact, CORDON_FACT_KIND_HOST);
  cordon_fact_set_value (fact, "ws-fin-07");
  cordon_fact_set_source (fact, "EDR");
  g_assert_true (cordon_workspace_add_fact (f->ws, f->incident, fact, &error));
  g_assert_no_error (error);
  drain ();
  entries = n_journal_entries (f);

  /* Edit the fact, then press Escape */
  gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (f->page->facts_list, 0)));
  fact_dialog = find_toplevel (CORDON_TYPE_FACT_DIALOG);
  g_assert_nonnull (fact_dialog);
  cordon_fact_dialog_set_fields (fact_dialog, CORDON_FACT_KIND_IP, "203.0.113.9", "Firewall",
                                 CORDON_TLP_RED, TRUE);
  gtk_window_close (GTK_WINDOW (fact_dialog));
  wait_dialog_gone (CORDON_TYPE_FACT_DIALOG);
  stored = stored_fact (f, 0);
  g_assert_cmpint (cordon_fact_get_kind (stored), ==, CORDON_FACT_KIND_HOST);
  g_assert_cmpstr (cordon_fact_get_value (stored), ==, "ws-fin-07");
  g_assert_cmpstr (cordon_fact_get_source (stored), ==, "EDR");
  g_assert_false (cordon_fact_get_is_ioc (stored));

  /* Type a reason for a move, then cancel */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.move-to", "s", "classified"));
  move_dialog = find_toplevel (CORDON_TYPE_MOVE_DIALOG);
  g_assert_nonnull (move_dialog);
  cordon_move_dialog_set_reason (move_dialog, "Malware confirmed by the EDR");
  respond (ADW_MESSAGE_DIALOG (move_dialog), "cancel");
  wait_dialog_gone (CORDON_TYPE_MOVE_DIALOG);

  g_assert_cmpint (cordon_incident_get_phase (f->incident), ==, CORDON_PHASE_DETECTED);
  g_assert_cmpuint (n_stored_facts (f), ==, 1);
  g_assert_cmpuint (n_journal_entries (f), ==, entries);
}

/* A change the workspace refuses keeps the dialog open, with what was
 * typed, and says why inside it */
static void
test_form_error_stays (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  CordonMoveDialog *dialog;
  GtkWidget *focus;
  guint entries;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.move-to", "s", "classified"));
  dialog = find_toplevel (CORDON_TYPE_MOVE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_null (cordon_form_get_error (ADW_MESSAGE_DIALOG (dialog)));

  /* Someone else moves the incident first */
  g_assert_true (cordon_workspace_move_incident (f->ws, f->incident, CORDON_PHASE_CLASSIFIED,
                                                 "Triaged at the other desk", "Ben Analyst", &error));
  g_assert_no_error (error);
  entries = n_journal_entries (f);

  cordon_move_dialog_set_reason (dialog, "Malware confirmed by the EDR");
  focus = dialog_focus (dialog);
  cordon_test_press_enter (focus);
  wait_until (is_mapped, dialog);
  /* The button's click comes after its press */
  while (cordon_form_get_error (ADW_MESSAGE_DIALOG (dialog)) == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_nonnull (strstr (cordon_form_get_error (ADW_MESSAGE_DIALOG (dialog)), cordon_incident_get_key (f->incident)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (focus)), ==, "Malware confirmed by the EDR");
  g_assert_cmpuint (n_journal_entries (f), ==, entries);

  gtk_window_close (GTK_WINDOW (dialog));
  wait_dialog_gone (CORDON_TYPE_MOVE_DIALOG);
  g_assert_cmpuint (n_journal_entries (f), ==, entries);
}

/* Close as a duplicate through the dialog: the facts go to the incident
 * it repeats, which notes the merge; a key that is no incident stays in
 * the dialog with the error */
static void
test_close_as_duplicate (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(CordonIncident) target = create_incident (f->ws, "Beaconing from finance, first report", "department");
  g_autoptr(CordonFact) fact = cordon_fact_new ();
  g_autoptr(GListModel) facts = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CordonJournalEntry) last = NULL;
  g_autoptr(GListModel) journal = NULL;
  CordonCloseDialog *dialog;
  CordonClosure closure;

  cordon_fact_set_kind (fact, CORDON_FACT_KIND_DOMAIN);
  cordon_fact_set_value (fact, "c2.example.net");
  g_assert_true (cordon_workspace_add_fact (f->ws, f->incident, fact, &error));
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.close", NULL));
  dialog = find_toplevel (CORDON_TYPE_CLOSE_DIALOG);
  g_assert_nonnull (dialog);
  /* No reason yet: nothing to confirm */
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "close-incident"));

  cordon_close_dialog_set_fields (dialog, CORDON_CLOSURE_DUPLICATE, "INC-2026-0099", "Reported twice");
  cordon_test_press_enter (dialog_focus (dialog));
  while (cordon_form_get_error (ADW_MESSAGE_DIALOG (dialog)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (strstr (cordon_form_get_error (ADW_MESSAGE_DIALOG (dialog)), "INC-2026-0099"));
  g_assert_cmpint (cordon_incident_get_phase (f->incident), ==, CORDON_PHASE_DETECTED);

  cordon_close_dialog_set_fields (dialog, CORDON_CLOSURE_DUPLICATE, cordon_incident_get_key (target), "Reported twice");
  cordon_test_press_enter (dialog_focus (dialog));
  wait_dialog_gone (CORDON_TYPE_CLOSE_DIALOG);
  drain ();

  g_clear_object (&f->incident);
  f->incident = cordon_workspace_lookup_incident (f->ws, "INC-2026-0001", &error);
  g_assert_no_error (error);
  g_assert_cmpint (cordon_incident_get_phase (f->incident), ==, CORDON_PHASE_CLOSED);
  g_assert_true (cordon_workspace_get_closure (f->ws, f->incident, &closure, NULL, &error));
  g_assert_cmpint (closure, ==, CORDON_CLOSURE_DUPLICATE);
  facts = cordon_workspace_list_facts (f->ws, target, &error);
  g_assert_cmpuint (g_list_model_get_n_items (facts), ==, 1);
  journal = cordon_workspace_list_journal (f->ws, target, &error);
  last = g_list_model_get_item (journal, g_list_model_get_n_items (journal) - 1);
  g_assert_nonnull (strstr (cordon_journal_entry_get_text (last), "Reported twice"));
  /* Closed: nothing more to close */
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.close", NULL) &&
                  find_toplevel (CORDON_TYPE_CLOSE_DIALOG) != NULL);
}

/* The overview shows the three SLA clocks from the scheduler, on its
 * (manual) clock: due times in local time with the zone, time left, then
 * late once the clock passes the deadline */
static void
test_overview_clocks (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CordonSlaScheduler) scheduler = cordon_sla_scheduler_new (f->ws, CORDON_CLOCK (f->clock));
  g_autoptr(GError) error = NULL;

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->page->clocks_group)));
  g_assert_true (cordon_sla_scheduler_start (scheduler, &error));
  g_assert_no_error (error);
  cordon_incident_page_set_scheduler (f->page, scheduler);
  drain ();

  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->page->clocks_group)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (f->page->clock_rows[0])), ==, "Response");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (f->page->clock_rows[1])), ==, "Resolution");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (f->page->clock_rows[2])), ==, "Next update");
  /* Updates are owed from acknowledgement */
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (f->page->clock_rows[2]), "acknowledged"));
  g_assert_cmpstr (gtk_label_get_text (f->page->clock_labels[2]), ==, "");
  g_assert_true (cordon_workspace_acknowledge_incident (f->ws, f->incident, "Ada Lovelace", "Triage started", &error));
  g_assert_no_error (error);
  drain ();
  _cordon_incident_page_update_clocks (f->page);
  for (guint r = 0; r < CORDON_N_CLOCK_ROWS; r++)
    {
      /* TZ=UTC here: the zone is named */
      g_assert_nonnull (strstr (adw_action_row_get_subtitle (f->page->clock_rows[r]), "UTC"));
      g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (f->page->clock_labels[r]), "sla-breached"));
    }
  /* Acknowledging met the response clock; the others run */
  g_assert_cmpstr (gtk_label_get_text (f->page->clock_labels[0]), ==, "Met");
  g_assert_true (g_str_has_prefix (gtk_label_get_text (f->page->clock_labels[1]), "in "));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (f->page->clock_labels[2]), "in "));

  /* A week later every clock of an incident nobody resolved or updated is late */
  cordon_manual_clock_advance (f->clock, 7 * 24 * 3600);
  _cordon_incident_page_update_clocks (f->page);
  g_assert_cmpstr (gtk_label_get_text (f->page->clock_labels[0]), ==, "Met");
  for (guint r = 1; r < CORDON_N_CLOCK_ROWS; r++)
    {
      g_assert_nonnull (strstr (gtk_label_get_text (f->page->clock_labels[r]), "late"));
      g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->page->clock_labels[r]), "sla-breached"));
    }

  cordon_incident_page_set_scheduler (f->page, NULL);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->page->clocks_group)));
}

/* Moving to recovery from the page starts the checklist and shows it;
 * moving on to lessons learned shows the review */
static void
test_move_opens_recovery_and_review (Fixture       *f,
                                     gconstpointer  data)
{
  static const char * const path[] = { "classified", "analysis", "containment" };
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;
  CordonMoveDialog *dialog;

  for (guint i = 0; i < G_N_ELEMENTS (path); i++)
    {
      CordonPhase phase;

      g_assert_true (cordon_phase_from_id (path[i], &phase));
      g_assert_true (cordon_workspace_move_incident (f->ws, f->incident, phase, "On", "Ana Lead", &error));
      g_assert_no_error (error);
    }

  adw_view_stack_set_visible_child_name (f->page->view_stack, "overview");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.move-to", "s", "recovery"));
  dialog = find_toplevel (CORDON_TYPE_MOVE_DIALOG);
  g_assert_nonnull (dialog);
  cordon_move_dialog_set_reason (dialog, "Contained; restoring the file servers");
  respond (ADW_MESSAGE_DIALOG (dialog), "move");
  wait_dialog_gone (CORDON_TYPE_MOVE_DIALOG);
  g_assert_cmpint (cordon_incident_get_phase (f->incident), ==, CORDON_PHASE_RECOVERY);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (f->page->view_stack), ==, "recovery");
  items = cordon_workspace_list_recovery_items (f->ws, f->incident, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (items), >, 5);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.move-to", "s", "lessons-learned"));
  dialog = find_toplevel (CORDON_TYPE_MOVE_DIALOG);
  g_assert_nonnull (dialog);
  cordon_move_dialog_set_reason (dialog, "Recovered");
  respond (ADW_MESSAGE_DIALOG (dialog), "move");
  wait_dialog_gone (CORDON_TYPE_MOVE_DIALOG);
  g_assert_cmpint (cordon_incident_get_phase (f->incident), ==, CORDON_PHASE_LESSONS_LEARNED);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (f->page->view_stack), ==, "review");
}

static void
test_note (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (f->page->note_view));
  gboolean has_shortcut = FALSE;

  adw_view_stack_set_visible_child_name (f->page->view_stack, "journal");

  /* Ctrl+Enter in the note field is bound to incident.add-note */
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (g_str_equal (trigger, "<Control>Return") && GTK_IS_NAMED_ACTION (action) &&
              g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "incident.add-note"))
            {
              has_shortcut = TRUE;
              /* Press it, as the shortcut does */
              type_into (f->page->note_view, "  Isolated WS-FIN-07 from the network  ");
              g_assert_true (gtk_shortcut_action_activate (action, 0, GTK_WIDGET (f->page->note_view), NULL));
            }
        }
    }
  g_assert_true (has_shortcut);
  drain ();

  entry = last_entry (f);
  g_assert_cmpint (cordon_journal_entry_get_kind (entry), ==, CORDON_JOURNAL_KIND_NOTE);
  g_assert_cmpstr (cordon_journal_entry_get_text (entry), ==, "Isolated WS-FIN-07 from the network");
  g_assert_cmpstr (cordon_journal_entry_get_author (entry), ==, g_get_real_name ());
  {
    g_autofree char *left = buffer_text (f->page->note_view);
    g_assert_cmpstr (left, ==, "");
  }
  g_assert_cmpuint (count_rows (f->page->journal_list), ==, 2);

  /* Filter the timeline: notes only, then phase changes only */
  gtk_drop_down_set_selected (f->page->journal_filter, 1 + CORDON_JOURNAL_KIND_NOTE);
  drain ();
  g_assert_cmpuint (count_rows (f->page->journal_list), ==, 1);
  gtk_drop_down_set_selected (f->page->journal_filter, 1 + CORDON_JOURNAL_KIND_SLA_EVENT);
  drain ();
  g_assert_cmpuint (count_rows (f->page->journal_list), ==, 0);
  gtk_drop_down_set_selected (f->page->journal_filter, 0);
  drain ();
  g_assert_cmpuint (count_rows (f->page->journal_list), ==, 2);
}

static void
test_communication (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autofree char *message = NULL;
  g_autofree char *copied = NULL;
  const char *before;
  g_autofree char *before_copy = NULL;

  adw_view_stack_set_visible_child_name (f->page->view_stack, "communication");
  drain ();

  /* The management protocol is offered (management is engaged) and its
   * template is filled in from the incident */
  g_assert_cmpuint (adw_combo_row_get_selected (f->page->protocol_row), ==, 0);
  g_assert_cmpstr (adw_action_row_get_subtitle (f->page->contact_row), ==, "CISO office — ciso@example.org");
  g_assert_cmpuint (count_rows (f->page->members_list), ==, 1);
  message = buffer_text (f->page->message_view);
  g_assert_true (g_str_has_prefix (message, "["));
  g_assert_nonnull (strstr (message, cordon_incident_get_key (f->incident)));
  g_assert_nonnull (strstr (message, "severity Medium, phase Detected"));
  /* The first update is due as the policy says, timed from detection */
  before = adw_action_row_get_subtitle (f->page->next_update_row);
  before_copy = g_strdup (before);
  g_assert_true (strstr (before_copy, "UTC") != NULL);

  /* The lead edits the text, then copies it */
  type_into (f->page->message_view, "Edited update for the CISO");
  cordon_manual_clock_advance (f->clock, 300);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.copy-message", NULL));
  drain ();

  copied = clipboard_text (GTK_WIDGET (f->page));
  g_assert_cmpstr (copied, ==, "Edited update for the CISO");
  entry = last_entry (f);
  g_assert_cmpint (cordon_journal_entry_get_kind (entry), ==, CORDON_JOURNAL_KIND_COMMUNICATION);
  g_assert_cmpstr (cordon_journal_entry_get_text (entry), ==, "Update sent to Management by Email");
  g_assert_nonnull (strstr (cordon_journal_entry_get_payload (entry), "\"group\":\"management\""));
  g_assert_nonnull (strstr (cordon_journal_entry_get_payload (entry), "\"channel\":\"email\""));
  g_assert_nonnull (strstr (cordon_journal_entry_get_payload (entry), "Edited update for the CISO"));

  /* The next update is now timed from this one */
  g_assert_cmpstr (adw_action_row_get_subtitle (f->page->next_update_row), !=, before_copy);
}

static void
test_external_changes (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(CordonFact) fact = cordon_fact_new ();
  g_autoptr(CordonIncident) other = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBoxRow *row;
  g_autofree char *label = NULL;

  g_assert_cmpuint (count_rows (f->page->journal_list), ==, 1);

  /* A journal entry appended elsewhere appears at the top of the timeline */
  entry = cordon_workspace_append_journal (f->ws, f->incident, CORDON_JOURNAL_KIND_STATUS_UPDATE,
                                           "Bob", "Proxy block deployed", NULL, &error);
  g_assert_no_error (error);
  drain ();
  g_assert_cmpuint (count_rows (f->page->journal_list), ==, 2);
  row = gtk_list_box_get_row_at_index (f->page->journal_list, 0);
  g_assert_true (GTK_IS_LIST_BOX_ROW (row));

  /* A fact added elsewhere appears in the analysis */
  cordon_fact_set_kind (fact, CORDON_FACT_KIND_IP);
  cordon_fact_set_value (fact, "203.0.113.7");
  g_assert_true (cordon_workspace_add_fact (f->ws, f->incident, fact, &error));
  g_assert_no_error (error);
  drain ();
  g_assert_cmpuint (count_rows (f->page->facts_list), ==, 1);

  /* A title saved elsewhere shows in the header */
  cordon_incident_set_title (f->incident, "Beaconing from finance and HR workstations");
  g_assert_true (cordon_workspace_save_incident (f->ws, f->incident, &error));
  g_assert_no_error (error);
  drain ();
  g_assert_cmpstr (gtk_label_get_text (f->page->title_label), ==, "Beaconing from finance and HR workstations");
  /* with the change in the timeline */
  g_assert_cmpuint (count_rows (f->page->journal_list), ==, 3);

  /* Another incident's changes do not reach this page */
  other = create_incident (f->ws, "Unrelated", "individual");
  cordon_workspace_append_journal (f->ws, other, CORDON_JOURNAL_KIND_NOTE, "Bob", "Elsewhere", NULL, &error);
  g_assert_no_error (error);
  drain ();
  g_assert_cmpuint (count_rows (f->page->journal_list), ==, 3);

  /* Showing the other incident follows it, and the first one is let go */
  cordon_incident_page_set_incident (f->page, other);
  drain ();
  g_assert_cmpstr (gtk_label_get_text (f->page->title_label), ==, "Unrelated");
  g_assert_cmpuint (count_rows (f->page->facts_list), ==, 0);
  g_assert_cmpuint (count_rows (f->page->journal_list), ==, 2);
  cordon_workspace_append_journal (f->ws, f->incident, CORDON_JOURNAL_KIND_NOTE, "Bob", "Back there", NULL, &error);
  g_assert_no_error (error);
  drain ();
  g_assert_cmpuint (count_rows (f->page->journal_list), ==, 2);

  label = g_strdup (gtk_label_get_text (f->page->key_label));
  g_assert_cmpstr (label, ==, cordon_incident_get_key (other));
}

static void
test_management (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CordonJournalEntry) entry = NULL;
  guint enterprise = G_MAXUINT;

  /* A departmental incident: no banner, but the lead may still activate */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->page->management_group)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.activate-management", NULL));
  drain ();
  g_assert_cmpint (cordon_incident_get_time (f->incident, CORDON_INCIDENT_TIME_MANAGEMENT_ACTIVATED), ==,
                   cordon_clock_now_usec (CORDON_CLOCK (f->clock)));
  entry = last_entry (f);
  g_assert_cmpint (cordon_journal_entry_get_kind (entry), ==, CORDON_JOURNAL_KIND_DECISION);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->page->management_group)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->page->management_button)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (f->page->management_row)), ==,
                   "Management Activated");

  /* Choosing an enterprise-wide impact is saved */
  for (guint i = 0; i < f->page->impact_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (f->page->impact_ids, i), "enterprise-wide"))
      enterprise = i;
  g_assert_cmpuint (enterprise, !=, G_MAXUINT);
  adw_combo_row_set_selected (f->page->impact_row, enterprise);
  drain ();
  g_assert_cmpstr (cordon_incident_get_impact (f->incident), ==, "enterprise-wide");
}

static void
test_management_required (Fixture       *f,
                          gconstpointer  data)
{
  /* Created enterprise-wide: the workspace activated management, and the
   * page says when */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->page->management_group)));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (f->page->management_row)), ==,
                   "Management Activated");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->page->management_button)));
  g_assert_cmpstr (adw_action_row_get_subtitle (f->page->management_row), ==, "Activated 2026-03-01 09:00 UTC");
}

/* Containment -------------------------------------------------------------- */

static gboolean
store_has_slug (GListStore *store,
                const char *slug)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (store)); i++)
    {
      g_autoptr(CordonStrategy) strategy = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (g_str_equal (cordon_strategy_get_slug (strategy), slug))
        return TRUE;
    }

  return FALSE;
}

/* Presses the Add button of the suggestion for @slug */
static void
add_suggestion (Fixture    *f,
                const char *slug)
{
  GtkListBox *lists[] = { f->page->short_term_list, f->page->long_term_list };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      GtkListBoxRow *row;

      for (guint i = 0; (row = gtk_list_box_get_row_at_index (lists[l], i)) != NULL; i++)
        {
          CordonStrategy *strategy = g_object_get_data (G_OBJECT (row), "cordon-record");

          if (g_str_equal (cordon_strategy_get_slug (strategy), slug))
            {
              click (g_object_get_data (G_OBJECT (row), "cordon-add"));
              return;
            }
        }
    }

  g_assert_not_reached ();
}

static CordonPlanAction *
plan_action_at (Fixture *f,
                guint    position)
{
  g_autoptr(GListModel) plan = cordon_workspace_list_plan (f->ws, f->incident, NULL);

  g_assert_nonnull (plan);
  g_assert_cmpuint (position, <, g_list_model_get_n_items (plan));

  return g_list_model_get_item (plan, position);
}

static guint
plan_length (Fixture *f)
{
  g_autoptr(GListModel) plan = cordon_workspace_list_plan (f->ws, f->incident, NULL);

  return g_list_model_get_n_items (plan);
}

static void
test_containment_suggestions (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(CordonPlanAction) drawn = NULL;
  g_autoptr(CordonPlanAction) custom = NULL;

  adw_view_stack_set_visible_child_name (f->page->view_stack, "containment");
  drain ();

  /* A malicious-code incident: strategies for that category, by term */
  g_assert_true (store_has_slug (f->page->short_term, "power-off-server"));
  g_assert_true (store_has_slug (f->page->short_term, "null-route-dns"));
  g_assert_false (store_has_slug (f->page->short_term, "fail-over-backup-link"));
  g_assert_false (store_has_slug (f->page->short_term, "custom-ids-signature"));
  g_assert_true (store_has_slug (f->page->long_term, "custom-ids-signature"));
  g_assert_false (store_has_slug (f->page->long_term, "waf-behavioural-policy"));
  g_assert_cmpuint (count_rows (f->page->short_term_list), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (f->page->short_term)));

  /* Adding a suggestion stores a plan action drawn from it */
  g_assert_cmpuint (plan_length (f), ==, 0);
  add_suggestion (f, "null-route-dns");
  g_assert_cmpuint (plan_length (f), ==, 1);
  drawn = plan_action_at (f, 0);
  g_assert_cmpstr (cordon_plan_action_get_strategy (drawn), ==, "null-route-dns");
  g_assert_cmpint (cordon_plan_action_get_term (drawn), ==, CORDON_CONTAINMENT_TERM_SHORT);
  g_assert_cmpuint (count_rows (f->page->plan_list), ==, 1);

  /* It is not offered twice */
  for (guint i = 0; i < count_rows (f->page->short_term_list); i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (f->page->short_term_list, i);
      CordonStrategy *strategy = g_object_get_data (G_OBJECT (row), "cordon-record");

      g_assert_true (gtk_widget_get_sensitive (g_object_get_data (G_OBJECT (row), "cordon-add")) ==
                     !g_str_equal (cordon_strategy_get_slug (strategy), "null-route-dns"));
    }

  /* A custom action */
  type_and_enter (f->page->custom_action_row, "Ask the ISP to sinkhole the C2 domain");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->page->custom_action_row)), ==, "");
  g_assert_cmpuint (plan_length (f), ==, 2);
  custom = plan_action_at (f, 1);
  g_assert_null (cordon_plan_action_get_strategy (custom));
  g_assert_cmpstr (cordon_plan_action_get_title (custom), ==, "Ask the ISP to sinkhole the C2 domain");
  g_assert_cmpuint (count_rows (f->page->plan_list), ==, 2);
}

/* The drag-and-drop controllers of a row, driven as GTK drives them: the
 * source prepares the content, the target on another row receives it */
static gpointer
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }

  return NULL;
}

static void
drag_row_onto (GtkWidget *from,
               GtkWidget *onto)
{
  GtkDragSource *source = find_controller (from, GTK_TYPE_DRAG_SOURCE);
  GtkDropTarget *target = find_controller (onto, GTK_TYPE_DROP_TARGET);
  g_autoptr(GdkContentProvider) content = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  gboolean accepted = FALSE;

  g_assert_nonnull (source);
  g_assert_nonnull (target);
  g_assert_true (gdk_content_formats_contain_gtype (gtk_drop_target_get_formats (target), CORDON_TYPE_PLAN_ACTION));

  g_signal_emit_by_name (source, "prepare", 4.0, 4.0, &content);
  g_assert_nonnull (content);
  g_value_init (&value, CORDON_TYPE_PLAN_ACTION);
  g_assert_true (gdk_content_provider_get_value (content, &value, &error));
  g_assert_no_error (error);

  g_signal_emit_by_name (target, "drop", &value, 4.0, 4.0, &accepted);
  g_assert_true (accepted);
  drain ();
}

/* Alt+1… reach the tabs in order, and focus goes into the tab shown */
static void
test_tab_shortcuts (Fixture       *f,
                    gconstpointer  data)
{
  gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.show-tab", "s", "containment");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (f->page->view_stack), ==, "containment");
  gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.show-tab", "s", "no-such-tab");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (f->page->view_stack), ==, "containment");
  gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.show-tab", "s", "journal");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (f->page->view_stack), ==, "journal");
}

static void
test_containment_plan (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(CordonPlanAction) first = NULL;
  g_autoptr(CordonPlanAction) second = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  GtkListBoxRow *row;
  const char *subtitle;

  adw_view_stack_set_visible_child_name (f->page->view_stack, "containment");
  add_suggestion (f, "ip-mac-blocking");
  type_and_enter (f->page->custom_action_row, "Reset the finance share's passwords");
  g_assert_cmpuint (count_rows (f->page->plan_list), ==, 2);

  /* Both short-term actions are open: the status line names them */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (f->page->contained_row)), ==,
                   "The incident cannot be marked contained yet");
  subtitle = adw_action_row_get_subtitle (f->page->contained_row);
  g_assert_nonnull (strstr (subtitle, "Reset the finance share's passwords"));

  /* Move Down puts the first action second, in the store too, and its
   * row stays open */
  row = gtk_list_box_get_row_at_index (f->page->plan_list, 0);
  g_assert_false (gtk_widget_get_sensitive (g_object_get_data (G_OBJECT (row), "cordon-up")));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  click (g_object_get_data (G_OBJECT (row), "cordon-down"));
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (gtk_list_box_get_row_at_index (f->page->plan_list, 1))));
  g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (gtk_list_box_get_row_at_index (f->page->plan_list, 0))));
  first = plan_action_at (f, 0);
  second = plan_action_at (f, 1);
  g_assert_cmpstr (cordon_plan_action_get_title (first), ==, "Reset the finance share's passwords");
  g_assert_cmpstr (cordon_plan_action_get_strategy (second), ==, "ip-mac-blocking");
  g_assert_cmpint (cordon_plan_action_get_position (second), ==, 1);
  row = gtk_list_box_get_row_at_index (f->page->plan_list, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Reset the finance share's passwords");

  /* Dragging the second row onto the first puts it back in first place */
  drag_row_onto (GTK_WIDGET (gtk_list_box_get_row_at_index (f->page->plan_list, 1)),
                 GTK_WIDGET (gtk_list_box_get_row_at_index (f->page->plan_list, 0)));
  g_clear_object (&first);
  first = plan_action_at (f, 0);
  g_assert_cmpstr (cordon_plan_action_get_strategy (first), ==, "ip-mac-blocking");
  g_assert_cmpint (cordon_plan_action_get_position (first), ==, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (f->page->plan_list, 1))), ==,
                   "Reset the finance share's passwords");

  /* A row dropped on itself changes nothing */
  {
    GtkWidget *self_row = GTK_WIDGET (gtk_list_box_get_row_at_index (f->page->plan_list, 0));
    GtkDragSource *source = find_controller (self_row, GTK_TYPE_DRAG_SOURCE);
    GtkDropTarget *target = find_controller (self_row, GTK_TYPE_DROP_TARGET);
    g_autoptr(GdkContentProvider) content = NULL;
    g_auto(GValue) value = G_VALUE_INIT;
    gboolean accepted = TRUE;

    g_signal_emit_by_name (source, "prepare", 4.0, 4.0, &content);
    g_value_init (&value, CORDON_TYPE_PLAN_ACTION);
    g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
    g_signal_emit_by_name (target, "drop", &value, 4.0, 4.0, &accepted);
    g_assert_false (accepted);
  }

  /* And Move Down again, for the rest of the test */
  click (g_object_get_data (G_OBJECT (gtk_list_box_get_row_at_index (f->page->plan_list, 0)), "cordon-down"));
  drain ();
  row = gtk_list_box_get_row_at_index (f->page->plan_list, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Reset the finance share's passwords");

  /* An owner, then a status: the change is a journal entry */
  type_and_enter (g_object_get_data (G_OBJECT (row), "cordon-owner"), "Identity team");
  gtk_drop_down_set_selected (g_object_get_data (G_OBJECT (row), "cordon-status"), CORDON_ACTION_STATUS_DONE);
  drain ();
  g_clear_object (&first);
  first = plan_action_at (f, 0);
  g_assert_cmpstr (cordon_plan_action_get_owner (first), ==, "Identity team");
  g_assert_cmpint (cordon_plan_action_get_status (first), ==, CORDON_ACTION_STATUS_DONE);
  g_assert_nonnull (cordon_plan_action_get_finished (first));
  entry = last_entry (f);
  g_assert_nonnull (strstr (cordon_journal_entry_get_payload (entry), "\"containment-action\""));
  g_assert_nonnull (strstr (cordon_journal_entry_get_payload (entry), "\"done\""));

  /* Waiving asks why; the other action then no longer holds containment */
  row = gtk_list_box_get_row_at_index (f->page->plan_list, 1);
  gtk_drop_down_set_selected (g_object_get_data (G_OBJECT (row), "cordon-status"), CORDON_ACTION_STATUS_WAIVED);
  drain ();
  {
    AdwMessageDialog *dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

    g_assert_nonnull (dialog);
    g_assert_false (adw_message_dialog_get_response_enabled (dialog, "confirm"));
    gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "cordon-entry"), "The hosts were reimaged");
    g_assert_true (adw_message_dialog_get_response_enabled (dialog, "confirm"));
    respond (dialog, "confirm");
    wait_dialog_gone (ADW_TYPE_MESSAGE_DIALOG);
  }
  g_clear_object (&second);
  second = plan_action_at (f, 1);
  g_assert_cmpint (cordon_plan_action_get_status (second), ==, CORDON_ACTION_STATUS_WAIVED);
  g_assert_cmpstr (cordon_plan_action_get_waive_reason (second), ==, "The hosts were reimaged");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (f->page->contained_row)), ==,
                   "The incident can be marked contained");

  /* Remove, then take it back: the waived action returns to its place */
  click (g_object_get_data (G_OBJECT (row), "cordon-remove"));
  g_assert_cmpuint (plan_length (f), ==, 1);
  g_assert_cmpuint (count_rows (f->page->plan_list), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.undo", NULL));
  drain ();
  g_assert_cmpuint (plan_length (f), ==, 2);
  g_assert_cmpuint (count_rows (f->page->plan_list), ==, 2);
  g_clear_object (&second);
  second = plan_action_at (f, 1);
  g_assert_cmpstr (cordon_plan_action_get_strategy (second), ==, "ip-mac-blocking");
  g_assert_cmpint (cordon_plan_action_get_status (second), ==, CORDON_ACTION_STATUS_WAIVED);
  g_assert_cmpstr (cordon_plan_action_get_waive_reason (second), ==, "The hosts were reimaged");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (f->page->contained_row)), ==,
                   "The incident can be marked contained");
}

/* An empty plan says nothing about containment; "Added to the plan" can
 * be taken back */
static void
test_containment_empty_and_undo_add (Fixture       *f,
                                     gconstpointer  data)
{
  adw_view_stack_set_visible_child_name (f->page->view_stack, "containment");
  drain ();
  g_assert_cmpuint (plan_length (f), ==, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (f->page->contained_row)), ==,
                   "No containment plan yet");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (f->page->contained_icon), "success"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (f->page->contained_icon), "warning"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->page->contained_row)));

  add_suggestion (f, "ip-mac-blocking");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->page->contained_row)));
  g_assert_cmpuint (plan_length (f), ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (f->page->contained_row)), ==,
                   "The incident cannot be marked contained yet");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->page->contained_icon), "warning"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.undo", NULL));
  drain ();
  g_assert_cmpuint (plan_length (f), ==, 0);
  g_assert_cmpuint (count_rows (f->page->plan_list), ==, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (f->page->contained_row)), ==,
                   "No containment plan yet");
}

static void
test_containment_evidence_risk (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(CordonPlanAction) action = NULL;
  g_autoptr(CordonFact) fact = cordon_fact_new ();
  g_autoptr(CordonEvidenceItem) item = cordon_evidence_item_new ();
  AdwMessageDialog *dialog;
  GtkListBoxRow *row;
  GtkDropDown *status;
  guint n_journal;

  adw_view_stack_set_visible_child_name (f->page->view_stack, "containment");
  add_suggestion (f, "power-off-server");
  row = gtk_list_box_get_row_at_index (f->page->plan_list, 0);
  status = g_object_get_data (G_OBJECT (row), "cordon-status");
  g_assert_true (gtk_widget_get_visible (g_object_get_data (G_OBJECT (row), "cordon-risk")));

  /* No evidence collected: starting asks first, and nothing changes */
  n_journal = g_list_model_get_n_items (G_LIST_MODEL (f->page->journal));
  gtk_drop_down_set_selected (status, CORDON_ACTION_STATUS_IN_PROGRESS);
  drain ();
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "evidence"));
  action = plan_action_at (f, 0);
  g_assert_cmpint (cordon_plan_action_get_status (action), ==, CORDON_ACTION_STATUS_PLANNED);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->page->journal)), ==, n_journal);

  /* Capturing evidence first leaves the action planned */
  respond (dialog, "cancel");
  wait_dialog_gone (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_cmpuint (gtk_drop_down_get_selected (status), ==, CORDON_ACTION_STATUS_PLANNED);
  g_clear_object (&action);
  action = plan_action_at (f, 0);
  g_assert_cmpint (cordon_plan_action_get_status (action), ==, CORDON_ACTION_STATUS_PLANNED);

  /* Starting anyway starts it */
  gtk_drop_down_set_selected (status, CORDON_ACTION_STATUS_IN_PROGRESS);
  drain ();
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  respond (dialog, "start");
  wait_dialog_gone (ADW_TYPE_MESSAGE_DIALOG);
  g_clear_object (&action);
  action = plan_action_at (f, 0);
  g_assert_cmpint (cordon_plan_action_get_status (action), ==, CORDON_ACTION_STATUS_IN_PROGRESS);
  g_assert_nonnull (cordon_plan_action_get_started (action));

  /* A file fact is not collected evidence: the register decides */
  cordon_fact_set_kind (fact, CORDON_FACT_KIND_FILE);
  cordon_fact_set_value (fact, "ws-fin-07-memory.raw");
  g_assert_true (cordon_workspace_add_fact (f->ws, f->incident, fact, NULL));
  g_assert_false (_cordon_incident_page_has_evidence (f->page));

  /* With the server recorded in the evidence register, a second start
   * asks nothing */
  cordon_evidence_item_set_kind (item, CORDON_EVIDENCE_KIND_PHYSICAL);
  cordon_evidence_item_set_description (item, "Server fin-07, seized");
  cordon_evidence_item_set_collected_by (item, "Dana");
  g_assert_true (cordon_workspace_add_evidence (f->ws, f->incident, item, "Dana", NULL));
  g_assert_true (_cordon_incident_page_has_evidence (f->page));
  gtk_drop_down_set_selected (status, CORDON_ACTION_STATUS_PLANNED);
  drain ();
  gtk_drop_down_set_selected (status, CORDON_ACTION_STATUS_IN_PROGRESS);
  drain ();
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_clear_object (&action);
  action = plan_action_at (f, 0);
  g_assert_cmpint (cordon_plan_action_get_status (action), ==, CORDON_ACTION_STATUS_IN_PROGRESS);
}

static void
test_containment_monitoring (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(CordonPlanAction) action = NULL;
  g_autoptr(GListModel) checks = NULL;
  g_autoptr(CordonMonitoringCheck) check = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(GDateTime) expected_due = NULL;
  AdwMessageDialog *dialog;
  GtkListBoxRow *row;
  GtkListBox *checks_list;
  GtkListBoxRow *check_row;

  adw_view_stack_set_visible_child_name (f->page->view_stack, "containment");
  add_suggestion (f, "stop-outbound-communication");
  row = gtk_list_box_get_row_at_index (f->page->plan_list, 0);
  checks_list = g_object_get_data (G_OBJECT (row), "cordon-checks");
  g_assert_cmpuint (count_rows (checks_list), ==, 0);

  /* Watch outbound traffic for a week, twice a day */
  click (g_object_get_data (G_OBJECT (row), "cordon-add-check"));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  adw_combo_row_set_selected (g_object_get_data (G_OBJECT (dialog), "cordon-target"),
                              CORDON_MONITORING_TARGET_OUTBOUND_TRAFFIC);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "cordon-text"), "Proxy logs for c2.example.net");
  gtk_spin_button_set_value (g_object_get_data (G_OBJECT (dialog), "cordon-days"), 7);
  gtk_spin_button_set_value (g_object_get_data (G_OBJECT (dialog), "cordon-hours"), 12);
  respond (dialog, "add");
  wait_dialog_gone (ADW_TYPE_MESSAGE_DIALOG);

  action = plan_action_at (f, 0);
  checks = cordon_workspace_list_monitoring_checks (f->ws, action, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (checks), ==, 1);
  check = g_list_model_get_item (checks, 0);
  g_assert_cmpint (cordon_monitoring_check_get_target (check), ==, CORDON_MONITORING_TARGET_OUTBOUND_TRAFFIC);
  g_assert_cmpstr (cordon_monitoring_check_get_text (check), ==, "Proxy logs for c2.example.net");
  g_assert_cmpint (cordon_monitoring_check_get_duration (check), ==, 7 * 24 * 3600);
  g_assert_cmpint (cordon_monitoring_check_get_interval (check), ==, 12 * 3600);
  expected_due = g_date_time_new_utc (2026, 3, 1, 21, 0, 0);
  g_assert_true (g_date_time_equal (cordon_monitoring_check_get_next_due (check), expected_due));

  /* The row shows when it is next due */
  g_assert_cmpuint (count_rows (checks_list), ==, 1);
  check_row = gtk_list_box_get_row_at_index (checks_list, 0);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (check_row)), "Next check due 2026-03-01 21:00"));

  /* Recurrence seen: stored with its notes, and written in the journal */
  click (g_object_get_data (G_OBJECT (check_row), "cordon-recurrence"));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "cordon-entry"), "WS-FIN-09 beacons again");
  respond (dialog, "confirm");
  wait_dialog_gone (ADW_TYPE_MESSAGE_DIALOG);

  g_clear_object (&checks);
  g_clear_object (&check);
  checks = cordon_workspace_list_monitoring_checks (f->ws, action, NULL);
  check = g_list_model_get_item (checks, 0);
  g_assert_cmpint (cordon_monitoring_check_get_outcome (check), ==, CORDON_MONITORING_OUTCOME_RECURRENCE_SEEN);
  g_assert_cmpstr (cordon_monitoring_check_get_outcome_notes (check), ==, "WS-FIN-09 beacons again");
  entry = last_entry (f);
  g_assert_nonnull (strstr (cordon_journal_entry_get_payload (entry), "\"recurrence-seen\""));
  g_assert_false (gtk_widget_get_visible (g_object_get_data (G_OBJECT (check_row), "cordon-recurrence")));
}

/* Interactive mode ------------------------------------------------------- */

static void
fill_demo_plan (CordonWorkspace   *ws,
                CordonManualClock *clock,
                CordonIncident    *incident)
{
  static const char * const slugs[] = { "stop-outbound-communication", "power-off-server", "custom-ids-signature" };
  g_autoptr(CordonPlanAction) custom = cordon_plan_action_new ();
  g_autoptr(GListModel) plan = NULL;
  g_autoptr(CordonPlanAction) first = NULL;
  g_autoptr(CordonMonitoringCheck) check = cordon_monitoring_check_new ();

  for (guint i = 0; i < G_N_ELEMENTS (slugs); i++)
    {
      g_autoptr(CordonPlanAction) action = cordon_plan_action_new ();

      cordon_plan_action_set_strategy (action, slugs[i]);
      cordon_workspace_add_plan_action (ws, incident, action, NULL);
    }
  cordon_plan_action_set_title (custom, "Ask the ISP to sinkhole c2.example.net");
  cordon_plan_action_set_owner (custom, "Network team");
  cordon_workspace_add_plan_action (ws, incident, custom, NULL);

  plan = cordon_workspace_list_plan (ws, incident, NULL);
  first = g_list_model_get_item (plan, 0);
  cordon_plan_action_set_owner (first, "Network team");
  cordon_workspace_update_plan_action (ws, first, NULL);
  cordon_manual_clock_advance (clock, 600);
  cordon_workspace_set_plan_action_status (ws, first, CORDON_ACTION_STATUS_IN_PROGRESS, NULL, "Ada Lovelace", NULL);
  cordon_manual_clock_advance (clock, 900);
  cordon_workspace_set_plan_action_status (ws, first, CORDON_ACTION_STATUS_DONE, NULL, "Ada Lovelace", NULL);

  cordon_monitoring_check_set_target (check, CORDON_MONITORING_TARGET_OUTBOUND_TRAFFIC);
  cordon_monitoring_check_set_text (check, "Proxy logs for c2.example.net");
  cordon_monitoring_check_set_duration (check, 14 * 24 * 3600);
  cordon_monitoring_check_set_interval (check, 12 * 3600);
  cordon_workspace_add_monitoring_check (ws, first, check, NULL);
}

static void
fill_demo (CordonWorkspace   *ws,
           CordonManualClock *clock,
           CordonIncident    *incident)
{
  static const struct { CordonFactKind kind; const char *value; const char *source; gboolean ioc; } facts[] = {
    { CORDON_FACT_KIND_HOST, "WS-FIN-07", "EDR alert", FALSE },
    { CORDON_FACT_KIND_DOMAIN, "c2.example.net", "Proxy logs", TRUE },
    { CORDON_FACT_KIND_IP, "203.0.113.7", "Firewall", TRUE },
    { CORDON_FACT_KIND_HASH, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "Sandbox", TRUE },
  };
  g_autoptr(CordonQuestion) question = cordon_question_new ();
  g_autoptr(CordonQuestion) question2 = cordon_question_new ();
  g_autoptr(CordonTask) task = cordon_task_new ();
  g_autoptr(CordonTask) task2 = cordon_task_new ();
  g_autoptr(GDateTime) due = g_date_time_new_utc (2026, 3, 1, 12, 0, 0);

  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      g_autoptr(CordonFact) fact = cordon_fact_new ();

      cordon_fact_set_kind (fact, facts[i].kind);
      cordon_fact_set_value (fact, facts[i].value);
      cordon_fact_set_source (fact, facts[i].source);
      cordon_fact_set_is_ioc (fact, facts[i].ioc);
      cordon_workspace_add_fact (ws, incident, fact, NULL);
    }

  cordon_question_set_text (question, "How did the malware get in?");
  cordon_question_set_owner (question, "Forensics team");
  cordon_question_set_status (question, CORDON_QUESTION_STATUS_IN_PROGRESS);
  cordon_workspace_add_question (ws, incident, question, NULL);
  cordon_question_set_text (question2, "Was data taken out of the finance share?");
  cordon_workspace_add_question (ws, incident, question2, NULL);

  cordon_task_set_title (task, "Block c2.example.net at the proxy");
  cordon_task_set_owner (task, "Network team");
  cordon_task_set_due (task, due);
  cordon_workspace_add_task (ws, incident, task, NULL);
  cordon_task_set_title (task2, "Capture memory of WS-FIN-07 before reimaging");
  cordon_task_set_owner (task2, "Forensics team");
  cordon_task_set_status (task2, CORDON_TASK_STATUS_DONE);
  cordon_workspace_add_task (ws, incident, task2, NULL);

  cordon_manual_clock_advance (clock, 600);
  cordon_workspace_move_incident (ws, incident, CORDON_PHASE_CLASSIFIED, "Malware confirmed by the EDR", "Ada Lovelace", NULL);
  cordon_manual_clock_advance (clock, 900);
  cordon_workspace_move_incident (ws, incident, CORDON_PHASE_ANALYSIS, "Scope the spread before containing", "Ada Lovelace", NULL);
  cordon_manual_clock_advance (clock, 300);
  cordon_workspace_append_journal (ws, incident, CORDON_JOURNAL_KIND_NOTE, "Ada Lovelace",
                                   "Three more workstations in finance beacon to the same domain.", NULL, NULL);
  cordon_manual_clock_advance (clock, 300);
  cordon_workspace_reclassify (ws, incident, NULL, "high", "Back door found on more hosts", "Ada Lovelace", NULL);
  fill_demo_plan (ws, clock, incident);
}

static gboolean
scroll_to_end (gpointer data)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (data, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));

  return G_SOURCE_REMOVE;
}

static int
run_interactive (void)
{
  Fixture f = { 0 };
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  const char *view = g_getenv ("CORDON_TEST_VIEW");
  const char *impact = g_getenv ("CORDON_TEST_IMPACT");

  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  fixture_set_up (&f, impact);
  if (g_getenv ("CORDON_TEST_EMPTY") == NULL)
    fill_demo (f.ws, f.clock, f.incident);
  gtk_window_set_default_size (f.window,
                               g_getenv ("CORDON_TEST_WIDTH") ? atoi (g_getenv ("CORDON_TEST_WIDTH")) : 1000,
                               1000);
  if (g_getenv ("CORDON_TEST_EVIDENCE") != NULL)
    {
      g_autoptr(CordonEvidenceItem) image = cordon_evidence_item_new ();
      g_autoptr(CordonEvidenceItem) laptop = cordon_evidence_item_new ();
      g_autoptr(CordonCustodyTransfer) transfer = cordon_custody_transfer_new ();

      cordon_evidence_item_set_description (image, "Memory image of ws-fin-07");
      cordon_evidence_item_set_collected_by (image, "Dana Kowalski");
      cordon_evidence_item_set_source_host (image, "ws-fin-07");
      cordon_evidence_item_set_source_location (image, "Finance, 3rd floor");
      cordon_evidence_item_set_storage (image, "Evidence share, case folder");
      cordon_evidence_item_set_file_path (image, "/srv/evidence/INC-2026-0001/ws-fin-07-memory.raw");
      cordon_evidence_item_set_size (image, G_GINT64_CONSTANT (17179869184));
      cordon_evidence_item_set_sha256 (image, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
      cordon_workspace_add_evidence (f.ws, f.incident, image, "Dana Kowalski", NULL);
      cordon_manual_clock_advance (f.clock, 40 * 60);
      cordon_custody_transfer_set_to (transfer, "Sam Okafor");
      cordon_custody_transfer_set_purpose (transfer, "Memory analysis");
      cordon_custody_transfer_set_location (transfer, "Forensics lab");
      cordon_workspace_transfer_custody (f.ws, image, transfer, NULL);
      cordon_evidence_item_set_kind (laptop, CORDON_EVIDENCE_KIND_PHYSICAL);
      cordon_evidence_item_set_description (laptop, "Laptop ws-fin-07, powered off, bagged");
      cordon_evidence_item_set_collected_by (laptop, "Dana Kowalski");
      cordon_evidence_item_set_storage (laptop, "Safe 2, evidence room");
      cordon_workspace_add_evidence (f.ws, f.incident, laptop, "Dana Kowalski", NULL);
      drain ();
      if (g_getenv ("CORDON_TEST_EXPAND") != NULL)
        adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_list_box_get_row_at_index (f.page->evidence_list, 0)), TRUE);
    }
  if (view != NULL)
    adw_view_stack_set_visible_child_name (f.page->view_stack, view);
  if (g_getenv ("CORDON_TEST_EXPAND") != NULL && gtk_list_box_get_row_at_index (f.page->plan_list, 0) != NULL)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_list_box_get_row_at_index (f.page->plan_list, 0)), TRUE);
  if (g_getenv ("CORDON_TEST_SCROLL_END") != NULL)
    g_timeout_add_seconds (1, scroll_to_end, f.page->plan_list);
  /* Starting the second action, which may destroy evidence, asks first
   * while no evidence is collected: the demo's hash goes */
  if (g_getenv ("CORDON_TEST_START_RISKY") != NULL && gtk_list_box_get_row_at_index (f.page->plan_list, 1) != NULL)
    {
      g_autoptr(GListModel) facts = cordon_workspace_list_facts (f.ws, f.incident, NULL);

      for (guint i = 0; i < g_list_model_get_n_items (facts); i++)
        {
          g_autoptr(CordonFact) fact = g_list_model_get_item (facts, i);

          if (cordon_fact_get_kind (fact) == CORDON_FACT_KIND_HASH)
            cordon_workspace_remove_fact (f.ws, fact, NULL);
        }
      drain ();
      gtk_drop_down_set_selected (g_object_get_data (G_OBJECT (gtk_list_box_get_row_at_index (f.page->plan_list, 1)), "cordon-status"),
                                  CORDON_ACTION_STATUS_IN_PROGRESS);
    }

  while (gtk_widget_get_visible (GTK_WIDGET (f.window)))
    g_main_context_iteration (NULL, TRUE);

  return 0;
}

/* Evidence ------------------------------------------------------------ */

static gboolean
evidence_count_is (gpointer data)
{
  gpointer *args = data;
  Fixture *f = args[0];

  return g_list_model_get_n_items (G_LIST_MODEL (f->page->evidence)) == GPOINTER_TO_UINT (args[1]);
}

static void
wait_evidence_count (Fixture *f,
                     guint    n)
{
  gpointer args[] = { f, GUINT_TO_POINTER (n) };

  wait_until (evidence_count_is, args);
}

static AdwEntryRow *
find_entry_row (GtkWidget  *widget,
                const char *title)
{
  if (ADW_IS_ENTRY_ROW (widget) &&
      g_str_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title))
    return ADW_ENTRY_ROW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      AdwEntryRow *found = find_entry_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The entry row titled @title in a dialog's fields */
static AdwEntryRow *
entry_row_titled (GtkWidget  *fields,
                  const char *title)
{
  AdwEntryRow *row = find_entry_row (fields, title);

  g_assert_nonnull (row);

  return row;
}

/* The first combo row in a dialog's fields */
static AdwComboRow *
kind_row (GtkWidget *fields)
{
  if (ADW_IS_COMBO_ROW (fields))
    return ADW_COMBO_ROW (fields);

  for (GtkWidget *child = gtk_widget_get_first_child (fields); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      AdwComboRow *found = kind_row (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
not_hashing (gpointer data)
{
  Fixture *f = data;

  return f->page->hash_cancellable == NULL;
}

static void
test_evidence_add_and_transfer (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "memory.raw", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GListModel) transfers = NULL;
  g_autoptr(CordonEvidenceItem) item = NULL;
  g_autofree char *contents = g_strnfill (3 * 1024 * 1024 + 17, 'm');
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkWidget *row;
  GtkStack *stack = f->page->evidence_stack;

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  expected = g_compute_checksum_for_string (G_CHECKSUM_SHA256, contents, -1);

  /* An empty register shows the empty state, whose button adds */
  adw_view_stack_set_visible_child_name (f->page->view_stack, "evidence");
  drain ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.add-evidence", NULL));
  drain ();
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  list = adw_message_dialog_get_extra_child (dialog);

  /* Electronic needs a file before Add is possible */
  gtk_editable_set_text (GTK_EDITABLE (entry_row_titled (list, "Collected By")), "Alice");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  _cordon_incident_page_evidence_dialog_set_file (dialog, file);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry_row_titled (list, "Description"))), ==, "memory.raw");
  gtk_editable_set_text (GTK_EDITABLE (entry_row_titled (list, "Description")), "Memory image of ws-fin-07");
  gtk_editable_set_text (GTK_EDITABLE (entry_row_titled (list, "Source Host")), "ws-fin-07");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  respond (dialog, "add");
  wait_dialog_gone (ADW_TYPE_MESSAGE_DIALOG);

  /* The file is hashed in a worker; the register shows it when done */
  wait_until (not_hashing, f);
  wait_evidence_count (f, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "register");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->page->hash_group)));
  item = g_list_model_get_item (G_LIST_MODEL (f->page->evidence), 0);
  g_assert_cmpstr (cordon_evidence_item_get_sha256 (item), ==, expected);
  g_assert_cmpstr (cordon_evidence_item_get_holder (item), ==, "Alice");
  g_assert_cmpstr (cordon_evidence_item_get_source_host (item), ==, "ws-fin-07");
  g_assert_cmpint (cordon_evidence_item_get_size (item), ==, 3 * 1024 * 1024 + 17);
  row = GTK_WIDGET (gtk_list_box_get_row_at_index (f->page->evidence_list, 0));
  g_assert_true (ADW_IS_EXPANDER_ROW (row));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "INC-"));
  g_assert_true (_cordon_incident_page_has_evidence (f->page));

  /* Hand it over: the dialog wants a receiver and a purpose */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.transfer-custody", "x",
                                             cordon_evidence_item_get_id (item)));
  drain ();
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  list = adw_message_dialog_get_extra_child (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "transfer"));
  /* The team's members are offered first (the fixture's CISO), then
   * someone outside the team, whose name is asked for */
  {
    AdwComboRow *receiver = kind_row (list);
    GListModel *receivers = adw_combo_row_get_model (receiver);

    g_assert_cmpuint (g_list_model_get_n_items (receivers), ==, 2);
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (receivers), 0), ==, "Grace Hopper");
    g_assert_false (gtk_widget_get_visible (GTK_WIDGET (entry_row_titled (list, "Name of the Person or Party"))));
    adw_combo_row_set_selected (receiver, 1);
    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (entry_row_titled (list, "Name of the Person or Party"))));
  }
  gtk_editable_set_text (GTK_EDITABLE (entry_row_titled (list, "Name of the Person or Party")), "Bob");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "transfer"));
  gtk_editable_set_text (GTK_EDITABLE (entry_row_titled (list, "Purpose")), "Memory analysis");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "transfer"));
  respond (dialog, "transfer");
  wait_dialog_gone (ADW_TYPE_MESSAGE_DIALOG);
  drain ();

  transfers = cordon_workspace_list_custody (f->ws, item, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (transfers), ==, 1);
  {
    g_autoptr(CordonCustodyTransfer) transfer = g_list_model_get_item (transfers, 0);
    g_autoptr(CordonEvidenceItem) shown = g_list_model_get_item (G_LIST_MODEL (f->page->evidence), 0);

    g_assert_cmpstr (cordon_custody_transfer_get_from (transfer), ==, "Alice");
    g_assert_cmpstr (cordon_custody_transfer_get_to (transfer), ==, "Bob");
    g_assert_cmpstr (cordon_evidence_item_get_holder (shown), ==, "Bob");
  }

  /* Bob hands it on to a member of the team, picked by name */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.transfer-custody", "x",
                                             cordon_evidence_item_get_id (item)));
  drain ();
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  list = adw_message_dialog_get_extra_child (dialog);
  g_assert_cmpuint (adw_combo_row_get_selected (kind_row (list)), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (entry_row_titled (list, "Purpose")), "Briefing the CISO");
  respond (dialog, "transfer");
  wait_dialog_gone (ADW_TYPE_MESSAGE_DIALOG);
  drain ();
  {
    g_autoptr(CordonEvidenceItem) shown = g_list_model_get_item (G_LIST_MODEL (f->page->evidence), 0);

    g_assert_cmpstr (cordon_evidence_item_get_holder (shown), ==, "Grace Hopper");
  }

  /* Both are in the journal the tab shows */
  {
    g_autoptr(CordonJournalEntry) newest = g_list_model_get_item (G_LIST_MODEL (f->page->journal), 0);
    g_assert_cmpint (cordon_journal_entry_get_kind (newest), ==, CORDON_JOURNAL_KIND_CUSTODY);
  }

  /* Re-verify the unchanged file, then a changed one */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.reverify-evidence", "x",
                                             cordon_evidence_item_get_id (item)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->page->hash_group)));
  wait_until (not_hashing, f);
  drain ();
  g_assert_true (g_file_set_contents (path, "changed", -1, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.reverify-evidence", "x",
                                             cordon_evidence_item_get_id (item)));
  wait_until (not_hashing, f);
  drain ();
  {
    g_autoptr(GListModel) checks = cordon_workspace_list_evidence_checks (f->ws, item, NULL);
    g_autoptr(CordonEvidenceCheck) first = g_list_model_get_item (checks, 0);
    g_autoptr(CordonEvidenceCheck) second = g_list_model_get_item (checks, 1);

    g_assert_cmpuint (g_list_model_get_n_items (checks), ==, 2);
    g_assert_cmpint (cordon_evidence_check_get_result (first), ==, CORDON_EVIDENCE_CHECK_RESULT_MATCH);
    g_assert_cmpint (cordon_evidence_check_get_result (second), ==, CORDON_EVIDENCE_CHECK_RESULT_MISMATCH);
  }

  /* The custody form, as the save dialog writes it */
  {
    g_autofree char *pdf = g_build_filename (f->dir, "form.pdf", NULL);
    g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
    g_autofree char *head = NULL;
    gsize length = 0;

    g_assert_true (_cordon_incident_page_print_custody_form (f->page, item, pdf_file));
    g_assert_true (g_file_get_contents (pdf, &head, &length, NULL));
    g_assert_cmpuint (length, >, 1000);
    g_assert_true (g_str_has_prefix (head, "%PDF-"));
  }

  g_assert_true (cordon_workspace_verify (f->ws, NULL, NULL, NULL));
}

static gboolean
not_exporting (gpointer data)
{
  Fixture *f = data;

  return f->page->report_cancellable == NULL;
}

static void
test_export_report (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "INC-report.pdf", NULL);
  g_autofree char *html = g_build_filename (f->dir, "INC-report.html", NULL);
  g_autofree char *cancelled = g_build_filename (f->dir, "cancelled.pdf", NULL);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr(GFile) html_file = g_file_new_for_path (html);
  g_autoptr(GFile) cancelled_file = g_file_new_for_path (cancelled);
  g_autofree char *contents = NULL;
  AdwMessageDialog *dialog;

  /* The menu offers it */
  {
    GMenuModel *menu = gtk_menu_button_get_menu_model (f->page->menu_button);
    gboolean found = FALSE;

    for (int i = 0; i < g_menu_model_get_n_items (menu) && !found; i++)
      {
        g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

        for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
          {
            g_autofree char *action = NULL;

            if (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &action) &&
                g_str_equal (action, "incident.export-report"))
              found = TRUE;
          }
      }
    g_assert_true (found);
  }

  /* As the save dialog does when accepted: a progress dialog, then the file */
  g_assert_true (_cordon_incident_page_export_report (f->page, pdf_file));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (GTK_IS_PROGRESS_BAR (adw_message_dialog_get_extra_child (dialog)));
  /* One at a time */
  g_assert_false (_cordon_incident_page_export_report (f->page, html_file));
  wait_until (not_exporting, f);
  drain ();
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_clear_pointer (&contents, g_free);

  g_assert_true (_cordon_incident_page_export_report (f->page, html_file));
  wait_until (not_exporting, f);
  drain ();
  g_assert_true (g_file_get_contents (html, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (contents, "Beaconing from finance workstations"));
  g_assert_nonnull (strstr (contents, "No facts were recorded."));

  /* Cancel leaves no file */
  g_assert_true (_cordon_incident_page_export_report (f->page, cancelled_file));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  respond (dialog, "cancel");
  wait_until (not_exporting, f);
  drain ();
  g_assert_false (g_file_test (cancelled, G_FILE_TEST_EXISTS));
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  /* Never over the workspace or its log: refused before anything starts */
  {
    const char *suffixes[] = { "", "-wal" };

    for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
      {
        g_autofree char *side = g_strconcat (cordon_workspace_get_path (f->ws), suffixes[i], NULL);
        g_autoptr(GFile) side_file = g_file_new_for_path (side);
        GStatBuf before, after;
        gboolean existed = g_stat (side, &before) == 0;

        g_assert_false (_cordon_incident_page_export_report (f->page, side_file));
        g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
        if (existed)
          {
            g_assert_cmpint (g_stat (side, &after), ==, 0);
            g_assert_cmpint (before.st_ino, ==, after.st_ino);
            g_assert_cmpint (before.st_size, ==, after.st_size);
          }
      }
  }
}

static void
test_evidence_physical_and_cancel (Fixture       *f,
                                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "big.img", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AdwMessageDialog *dialog;
  GtkWidget *list;
  int fd;

  adw_view_stack_set_visible_child_name (f->page->view_stack, "evidence");

  /* A physical item needs no file */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.add-evidence", NULL));
  drain ();
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  list = adw_message_dialog_get_extra_child (dialog);
  adw_combo_row_set_selected (kind_row (list), CORDON_EVIDENCE_KIND_PHYSICAL);
  gtk_editable_set_text (GTK_EDITABLE (entry_row_titled (list, "Description")), "Laptop ws-fin-07");
  gtk_editable_set_text (GTK_EDITABLE (entry_row_titled (list, "Collected By")), "Dana");
  gtk_editable_set_text (GTK_EDITABLE (entry_row_titled (list, "Stored At")), "Safe 2");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  respond (dialog, "add");
  wait_dialog_gone (ADW_TYPE_MESSAGE_DIALOG);
  wait_evidence_count (f, 1);

  /* Cancelling a hash records nothing: a sparse file big enough that the
   * hash is still running when Cancel is pressed */
  fd = g_open (path, O_CREAT | O_WRONLY, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) 64 * 1024 * 1024 * 1024), ==, 0);
  close (fd);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.add-evidence", NULL));
  drain ();
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  list = adw_message_dialog_get_extra_child (dialog);
  _cordon_incident_page_evidence_dialog_set_file (dialog, file);
  respond (dialog, "add");
  wait_dialog_gone (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->page->hash_group)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "incident.cancel-hash", NULL));
  wait_until (not_hashing, f);
  drain ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (f->page->hash_group)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->page->evidence)), ==, 1);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *xdg = g_dir_make_tmp ("cordon-page-xdg-XXXXXX", NULL);
  g_autofree char *data_home = g_build_filename (xdg, "data", NULL);
  g_autofree char *config_home = g_build_filename (xdg, "config", NULL);
  g_autofree char *cache_home = g_build_filename (xdg, "cache", NULL);
  int status;

  /* Nothing of the user's is read or written */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("TZ", "UTC", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  cordon_register_resource ();

  if (g_getenv ("CORDON_TEST_INTERACTIVE") != NULL)
    return run_interactive ();

#define ADD(path, fn) g_test_add ("/incident-page/" path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("header", test_header);
  ADD ("evidence-add-and-transfer", test_evidence_add_and_transfer);
  ADD ("evidence-physical-and-cancel", test_evidence_physical_and_cancel);
  ADD ("export-report", test_export_report);
  ADD ("edit-overview", test_edit_overview);
  ADD ("title-and-lead-chained", test_title_and_lead_chained);
  ADD ("facts", test_facts);
  ADD ("questions-and-tasks", test_questions_and_tasks);
  ADD ("reclassify", test_reclassify);
  ADD ("reclassify-from-finding", test_reclassify_from_finding);
  ADD ("move", test_move);
  ADD ("form-enter-once", test_form_enter_once);
  ADD ("form-cancel-changes-nothing", test_form_cancel_changes_nothing);
  ADD ("form-error-stays", test_form_error_stays);
  ADD ("close-as-duplicate", test_close_as_duplicate);
  ADD ("overview-clocks", test_overview_clocks);
  ADD ("move-opens-recovery-and-review", test_move_opens_recovery_and_review);
  ADD ("note", test_note);
  ADD ("communication", test_communication);
  ADD ("external-changes", test_external_changes);
  ADD ("management", test_management);
  ADD ("containment-suggestions", test_containment_suggestions);
  ADD ("containment-plan", test_containment_plan);
  ADD ("containment-empty-and-undo-add", test_containment_empty_and_undo_add);
  ADD ("tab-shortcuts", test_tab_shortcuts);
  ADD ("containment-evidence-risk", test_containment_evidence_risk);
  ADD ("containment-monitoring", test_containment_monitoring);
#undef ADD
  g_test_add ("/incident-page/management-required", Fixture, "enterprise-wide",
              fixture_set_up, test_management_required, fixture_tear_down);

  status = g_test_run ();

  cordon_unregister_resource ();
  g_rmdir (data_home);
  g_rmdir (config_home);
  g_rmdir (cache_home);
  g_rmdir (xdg);

  return status;
}
