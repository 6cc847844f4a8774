/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-recovery-page.c: the Recovery and Review views of the incident
 * page in a real window, on a real workspace file, with a manual clock.
 * The cases tick checklist items, set one aside with a reason through
 * its dialog, and fill in and complete the lessons-learned review, then
 * check what the workspace stored.
 *
 * With CORDON_TEST_INTERACTIVE=1 the program opens the page on a
 * filled-in incident (CORDON_TEST_VIEW=recovery or review) and keeps it
 * open, for looking at it.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "cordon-incident-page-private.h"
#include "cordon-manual-clock.h"
#include "cordon-resources.h"
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
} Fixture;

static void
drain (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
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

/* Answers a dialog as its button does (a form closes itself once it has
 * made its change) */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  g_object_ref (dialog);
  adw_message_dialog_response (dialog, response);
  gtk_window_close (GTK_WINDOW (dialog));
  g_object_unref (dialog);
  drain ();
}

/* The expander row of checklist item @slug (rows are named after it) */
static GtkWidget *
item_row (Fixture    *f,
          const char *slug)
{
  for (guint stage = 0; stage <= CORDON_RECOVERY_STAGE_POST_RECOVERY; stage++)
    {
      GtkListBox *list = f->page->recovery->stage_lists[stage];

      for (guint i = 0; gtk_list_box_get_row_at_index (list, i) != NULL; i++)
        {
          GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, i));

          if (g_strcmp0 (gtk_widget_get_name (row), slug) == 0)
            return row;
        }
    }

  return NULL;
}

static CordonRecoveryItem *
stored_item (Fixture    *f,
             const char *slug)
{
  g_autoptr(GError) error = NULL;
  CordonRecoveryItem *item = cordon_workspace_lookup_recovery_item (f->ws, f->incident, slug, &error);

  g_assert_no_error (error);

  return item;
}

static CordonJournalEntry *
last_entry (Fixture *f)
{
  g_autoptr(GListModel) journal = cordon_workspace_list_journal (f->ws, f->incident, NULL);

  return g_list_model_get_item (journal, g_list_model_get_n_items (journal) - 1);
}

static void
move (Fixture     *f,
      CordonPhase  phase)
{
  g_autoptr(GError) error = NULL;

  cordon_workspace_move_incident (f->ws, f->incident, phase, "next step", "Test", &error);
  g_assert_no_error (error);
  drain ();
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CordonIncident) draft = cordon_incident_new ();
  g_autofree char *path = NULL;
  g_autoptr(GDateTime) start = g_date_time_new_utc (2026, 3, 2, 9, 0, 0);

  f->dir = g_dir_make_tmp ("cordon-recovery-page-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.cordon", NULL);

  f->clock = cordon_manual_clock_new (start);
  f->ws = cordon_workspace_new (path, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);

  cordon_incident_set_title (draft, "Ransomware on the file server");
  cordon_incident_set_category (draft, "malicious-code");
  cordon_incident_set_severity (draft, data != NULL ? data : "high");
  cordon_incident_set_lead (draft, "Test");
  f->incident = cordon_workspace_create_incident (f->ws, draft, "Test", &error);
  g_assert_no_error (error);
  g_object_ref (f->incident);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1000, 900);
  f->page = cordon_incident_page_new ();
  g_object_ref_sink (f->page);
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  cordon_incident_page_set_workspace (f->page, f->ws);
  cordon_incident_page_set_incident (f->page, f->incident);
  gtk_window_present (f->window);
  drain ();
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *dialog;

  while ((dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG)) != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_window_destroy (f->window);
  drain ();
  g_assert_finalize_object (f->page);
  g_clear_object (&f->incident);
  g_assert_finalize_object (f->ws);
  g_clear_object (&f->clock);

  {
    g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *file = g_build_filename (f->dir, name, NULL);
        g_unlink (file);
      }
  }
  g_rmdir (f->dir);
  g_free (f->dir);
}

/* Cases ------------------------------------------------------------------ */

static void
test_empty_state (Fixture       *f,
                  gconstpointer  data)
{
  CordonRecoveryView *view = f->page->recovery;

  /* Before the checklist starts, only the explanation and the button show */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (view->start_button)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (view->fields_group)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (view->stage_groups[0])));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (view->state_row)), ==, "Not started");
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (view->state_row), "Recovery follows analysis"));

  /* Review: not yet, and its buttons hidden */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (view->review_row)), ==, "Not yet");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (view->complete_button)));
}

static void
test_tick_items (Fixture       *f,
                 gconstpointer  data)
{
  CordonRecoveryView *view = f->page->recovery;
  g_autoptr(CordonRecoveryItem) item = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  GtkWidget *row;
  GtkWidget *dialog;
  GtkEditable *entry_widget;

  adw_view_stack_set_visible_child_name (f->page->view_stack, "recovery");
  g_signal_emit_by_name (view->start_button, "clicked");
  drain ();

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (view->start_button)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (view->stage_groups[CORDON_RECOVERY_STAGE_BACKUP])));
  /* The template for malicious code adds its items to the default ones */
  g_assert_nonnull (item_row (f, "malware-samples"));
  g_assert_nonnull (item_row (f, "rebuild-infected"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (view->state_row)), ==, "0 of 16 items settled");

  /* Ticking an item stores it done, with a journal note */
  row = item_row (f, "legal-issues");
  gtk_check_button_set_active (g_object_get_data (G_OBJECT (row), "cordon-check"), TRUE);
  drain ();
  item = stored_item (f, "legal-issues");
  g_assert_cmpint (cordon_recovery_item_get_status (item), ==, CORDON_ITEM_STATUS_DONE);
  g_assert_nonnull (cordon_recovery_item_get_done (item));
  entry = last_entry (f);
  g_assert_cmpint (cordon_journal_entry_get_kind (entry), ==, CORDON_JOURNAL_KIND_NOTE);
  g_assert_nonnull (strstr (cordon_journal_entry_get_payload (entry), "\"recovery-item\":\"legal-issues\""));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (view->state_row)), ==, "1 of 16 items settled");
  g_assert_cmpstr (adw_preferences_group_get_description (view->stage_groups[0]), ==, "1 of 6 settled");

  /* Not applicable asks for a reason; the dialog will not confirm without one */
  row = item_row (f, "malware-samples");
  g_signal_emit_by_name (g_object_get_data (G_OBJECT (row), "cordon-na-button"), "clicked");
  drain ();
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "confirm"));
  entry_widget = g_object_get_data (G_OBJECT (dialog), "cordon-entry");
  gtk_editable_set_text (entry_widget, "No sample was left on disk");
  g_assert_true (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "confirm"));
  respond (ADW_MESSAGE_DIALOG (dialog), "confirm");
  g_clear_object (&item);
  item = stored_item (f, "malware-samples");
  g_assert_cmpint (cordon_recovery_item_get_status (item), ==, CORDON_ITEM_STATUS_NOT_APPLICABLE);
  g_assert_cmpstr (cordon_recovery_item_get_reason (item), ==, "No sample was left on disk");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (item_row (f, "malware-samples"))), ==,
                   "Not applicable: No sample was left on disk");
  g_assert_cmpstr (adw_preferences_group_get_description (view->stage_groups[0]), ==, "2 of 6 settled");

  /* Unticking reopens */
  row = item_row (f, "legal-issues");
  gtk_check_button_set_active (g_object_get_data (G_OBJECT (row), "cordon-check"), FALSE);
  drain ();
  g_clear_object (&item);
  item = stored_item (f, "legal-issues");
  g_assert_cmpint (cordon_recovery_item_get_status (item), ==, CORDON_ITEM_STATUS_OPEN);
  g_assert_null (cordon_recovery_item_get_done (item));

  /* The owner and evidence are saved from the expanded row */
  row = item_row (f, "validate-users");
  gtk_editable_set_text (g_object_get_data (G_OBJECT (row), "cordon-owner"), "Ana");
  gtk_editable_set_text (g_object_get_data (G_OBJECT (row), "cordon-evidence"), "Confirmed by finance");
  g_signal_emit_by_name (g_object_get_data (G_OBJECT (row), "cordon-evidence"), "apply");
  drain ();
  g_clear_object (&item);
  item = stored_item (f, "validate-users");
  g_assert_cmpstr (cordon_recovery_item_get_owner (item), ==, "Ana");
  g_assert_cmpstr (cordon_recovery_item_get_evidence (item), ==, "Confirmed by finance");

  /* The compromise time is entered in the Timeline and Scope group */
  gtk_editable_set_text (GTK_EDITABLE (view->compromised_row), "2026-02-20T08:00:00Z");
  g_signal_emit_by_name (view->compromised_row, "apply");
  drain ();
  {
    g_autoptr(CordonRecovery) recovery = cordon_workspace_get_recovery (f->ws, f->incident, NULL);
    g_autofree char *when = cordon_time_to_iso8601_compact (cordon_time_from_date_time (cordon_recovery_get_compromised (recovery)));

    g_assert_cmpstr (when, ==, "2026-02-20T08:00:00Z");
  }
}

static void
test_backup_not_offered (Fixture       *f,
                         gconstpointer  data)
{
  CordonRecoveryView *view = f->page->recovery;
  g_autoptr(GListModel) items = NULL;

  items = cordon_workspace_start_checklist (f->ws, f->incident, "Test", NULL);
  g_assert_nonnull (items);
  drain ();

  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (view->stage_lists[CORDON_RECOVERY_STAGE_BACKUP])));
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (view->decision_button)));
  g_assert_true (g_str_has_prefix (adw_preferences_group_get_description (view->stage_groups[CORDON_RECOVERY_STAGE_BACKUP]),
                                   "Offered only for high or critical severity"));
  /* The backup stage does not count towards the overall progress */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (view->state_row)), ==, "0 of 10 items settled");
}

static void
test_review (Fixture       *f,
             gconstpointer  data)
{
  CordonRecoveryView *view = f->page->recovery;
  g_autoptr(CordonReview) review = NULL;
  g_autoptr(GListModel) follow_ups = NULL;
  g_autoptr(CordonFollowUp) follow_up = NULL;
  g_autoptr(GError) error = NULL;
  GtkLabel *value;

  move (f, CORDON_PHASE_CLASSIFIED);
  cordon_manual_clock_advance (f->clock, 2 * 3600);
  move (f, CORDON_PHASE_ANALYSIS);
  move (f, CORDON_PHASE_CONTAINMENT);
  cordon_manual_clock_advance (f->clock, 3 * 3600);
  move (f, CORDON_PHASE_RECOVERY);
  cordon_manual_clock_advance (f->clock, 86400);
  move (f, CORDON_PHASE_LESSONS_LEARNED);
  adw_view_stack_set_visible_child_name (f->page->view_stack, "review");
  drain ();

  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (view->review_row)), ==, "In review");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (view->complete_button)));

  /* Metrics from the phase times */
  value = g_object_get_data (G_OBJECT (view->metric_rows[1]), "cordon-value");
  g_assert_cmpstr (gtk_label_get_text (value), ==, "5 h 0 min");
  value = g_object_get_data (G_OBJECT (view->metric_rows[2]), "cordon-value");
  g_assert_cmpstr (gtk_label_get_text (value), ==, "1 d 5 h");

  /* The timeline holds the journal, oldest first */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (view->timeline_list, 0))),
                   ==, "Incident opened");

  /* Closing before the review is refused, naming the missing step */
  g_assert_false (cordon_workspace_move_incident (f->ws, f->incident, CORDON_PHASE_CLOSED, "done", "Test", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "lessons-learned review"));
  g_clear_error (&error);

  /* A follow-up action with owner and due time */
  gtk_editable_set_text (GTK_EDITABLE (view->follow_up_owner_row), "Ana");
  gtk_editable_set_text (GTK_EDITABLE (view->follow_up_due_row), "2026-04-01T00:00:00Z");
  gtk_editable_set_text (GTK_EDITABLE (view->new_follow_up_row), "Patch the VPN appliance");
  g_signal_emit_by_name (view->new_follow_up_row, "apply");
  drain ();
  follow_ups = cordon_workspace_list_follow_ups (f->ws, f->incident, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (follow_ups), ==, 1);
  follow_up = g_list_model_get_item (follow_ups, 0);
  g_assert_cmpstr (cordon_follow_up_get_owner (follow_up), ==, "Ana");
  g_assert_nonnull (cordon_follow_up_get_due (follow_up));
  g_assert_nonnull (gtk_list_box_get_row_at_index (view->follow_ups_list, 0));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (view->new_follow_up_row)), ==, "");

  /* Writing and completing the review */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view->went_well_view), "Fast isolation", -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view->went_badly_view), "Backups were untested", -1);
  g_signal_emit_by_name (view->complete_button, "clicked");
  drain ();

  review = cordon_workspace_get_review (f->ws, f->incident, NULL);
  g_assert_cmpstr (cordon_review_get_went_well (review), ==, "Fast isolation");
  g_assert_cmpstr (cordon_review_get_went_badly (review), ==, "Backups were untested");
  g_assert_nonnull (cordon_review_get_completed (review));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (view->complete_button)));
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (view->review_row)), "Completed"));

  move (f, CORDON_PHASE_CLOSED);
}

static void
test_skip_review (Fixture       *f,
                  gconstpointer  data)
{
  CordonRecoveryView *view = f->page->recovery;
  g_autoptr(CordonReview) review = NULL;
  GtkWidget *dialog;

  move (f, CORDON_PHASE_CLASSIFIED);
  move (f, CORDON_PHASE_ANALYSIS);
  move (f, CORDON_PHASE_RECOVERY);
  move (f, CORDON_PHASE_LESSONS_LEARNED);

  g_signal_emit_by_name (view->skip_button, "clicked");
  drain ();
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "cordon-entry"), "False positive");
  respond (ADW_MESSAGE_DIALOG (dialog), "confirm");

  review = cordon_workspace_get_review (f->ws, f->incident, NULL);
  g_assert_cmpstr (cordon_review_get_skip_reason (review), ==, "False positive");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (view->review_row)), ==, "Skipped");
  move (f, CORDON_PHASE_CLOSED);
}

/* Interactive --------------------------------------------------------------- */

static int
run_interactive (void)
{
  Fixture f = { 0 };
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  const char *view = g_getenv ("CORDON_TEST_VIEW");

  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  fixture_set_up (&f, NULL);

  if (g_getenv ("CORDON_TEST_EMPTY") == NULL)
    {
      g_autoptr(GListModel) items = NULL;
      g_autoptr(CordonRecoveryItem) item = NULL;
      g_autoptr(CordonRecovery) recovery = NULL;
      g_autoptr(CordonFollowUp) follow_up = cordon_follow_up_new ();
      g_autoptr(CordonReview) review = NULL;
      g_autoptr(GDateTime) compromised = g_date_time_new_utc (2026, 2, 20, 8, 0, 0);
      g_autoptr(GDateTime) point = g_date_time_new_utc (2026, 2, 19, 2, 0, 0);

      move (&f, CORDON_PHASE_CLASSIFIED);
      cordon_manual_clock_advance (f.clock, 3600);
      move (&f, CORDON_PHASE_ANALYSIS);
      move (&f, CORDON_PHASE_CONTAINMENT);
      cordon_manual_clock_advance (f.clock, 5 * 3600);
      move (&f, CORDON_PHASE_RECOVERY);
      items = cordon_workspace_start_checklist (f.ws, f.incident, "Test", NULL);
      item = cordon_workspace_lookup_recovery_item (f.ws, f.incident, "legal-issues", NULL);
      cordon_workspace_set_recovery_item_status (f.ws, item, CORDON_ITEM_STATUS_DONE, NULL, "Test", NULL);
      g_clear_object (&item);
      item = cordon_workspace_lookup_recovery_item (f.ws, f.incident, "malware-samples", NULL);
      cordon_workspace_set_recovery_item_status (f.ws, item, CORDON_ITEM_STATUS_NOT_APPLICABLE,
                                                 "No sample was left on disk", "Test", NULL);
      recovery = cordon_workspace_get_recovery (f.ws, f.incident, NULL);
      cordon_recovery_set_compromised (recovery, compromised);
      cordon_recovery_set_legal (recovery, "No legal action planned");
      cordon_recovery_set_forensic_scope (recovery, "The file server and two clients");
      cordon_workspace_save_recovery (f.ws, recovery, "Test", NULL);
      cordon_workspace_set_restore_decision (f.ws, f.incident, CORDON_RESTORE_DECISION_RESTORE,
                                             "Last backup before the compromise", point, "Test", NULL);
      if (g_strcmp0 (view, "review") == 0)
        {
          cordon_manual_clock_advance (f.clock, 86400);
          move (&f, CORDON_PHASE_LESSONS_LEARNED);
          cordon_follow_up_set_text (follow_up, "Test restores every quarter");
          cordon_follow_up_set_owner (follow_up, "Ana");
          cordon_workspace_add_follow_up (f.ws, f.incident, follow_up, NULL);
          review = cordon_workspace_get_review (f.ws, f.incident, NULL);
          cordon_review_set_went_well (review, "Isolation within the hour");
          cordon_review_set_went_badly (review, "The newest backup was never tested");
          cordon_workspace_save_review (f.ws, review, NULL);
        }
      drain ();
    }

  if (view != NULL)
    adw_view_stack_set_visible_child_name (f.page->view_stack, view);

  while (gtk_widget_get_visible (GTK_WIDGET (f.window)))
    g_main_context_iteration (NULL, TRUE);

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *xdg = g_dir_make_tmp ("cordon-recovery-xdg-XXXXXX", NULL);
  g_autofree char *data_home = g_build_filename (xdg, "data", NULL);
  g_autofree char *config_home = g_build_filename (xdg, "config", NULL);
  g_autofree char *cache_home = g_build_filename (xdg, "cache", NULL);
  int status;

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

  g_test_add ("/recovery-page/empty-state", Fixture, NULL, fixture_set_up, test_empty_state, fixture_tear_down);
  g_test_add ("/recovery-page/tick-items", Fixture, NULL, fixture_set_up, test_tick_items, fixture_tear_down);
  g_test_add ("/recovery-page/backup-not-offered", Fixture, "medium", fixture_set_up, test_backup_not_offered, fixture_tear_down);
  g_test_add ("/recovery-page/review", Fixture, NULL, fixture_set_up, test_review, fixture_tear_down);
  g_test_add ("/recovery-page/skip-review", Fixture, NULL, fixture_set_up, test_skip_review, fixture_tear_down);

  status = g_test_run ();

  cordon_unregister_resource ();
  g_rmdir (data_home);
  g_rmdir (config_home);
  g_rmdir (cache_home);
  g_rmdir (xdg);

  return status;
}
