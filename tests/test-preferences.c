/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-preferences.c: drives the Preferences window as a user would, on a
 * real workspace file in a temporary folder, and checks what the workspace
 * stored after each step: members and their primary contact, protocols
 * and their preview, SLA durations (and the refusal of a zero or negative
 * one), taxonomy entries added, renamed, removed, put back with Undo, and
 * refused while an incident uses them; and that two windows stay in step.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "cordon-duration-row.h"
#include "cordon-group-row.h"
#include "cordon-groups-page.h"
#include "cordon-identity.h"
#include "cordon-member-dialog.h"
#include "cordon-preferences-helpers.h"
#include "cordon-preferences-window.h"
#include "cordon-protocol-dialog.h"
#include "cordon-recovery-page.h"
#include "cordon-resources.h"
#include "cordon-sla-page.h"
#include "cordon-taxonomy-page.h"
#include "cordon-taxonomy-row.h"
#include "cordon-workspace.h"

typedef struct
{
  char                    *dir;
  char                    *path;
  CordonWorkspace         *workspace;
  GSettings               *settings;
  CordonPreferencesWindow *window;
} Fixture;

/* Waiting --------------------------------------------------------------- */

typedef gboolean (*Condition) (gpointer data);

static gboolean
wake_up (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main context until @condition holds, for at most five seconds;
 * a short timer wakes the loop, so nothing sleeps. */
static void
wait_for (Condition condition,
          gpointer  data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  guint timer = g_timeout_add (10, wake_up, NULL);

  while (!condition (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }

  g_source_remove (timer);
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (GTK_WIDGET (data));
}

/* Finding widgets -------------------------------------------------------- */

typedef gboolean (*Match) (GtkWidget *widget, gconstpointer data);

static GtkWidget *
find_widget (GtkWidget     *root,
             GType          type,
             Match          match,
             gconstpointer  data)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && (match == NULL || match (root, data)))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
has_title (GtkWidget     *widget,
           gconstpointer  title)
{
  return g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
has_tooltip (GtkWidget     *widget,
             gconstpointer  tooltip)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

static gboolean
has_label (GtkWidget     *widget,
           gconstpointer  label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
has_group_slug (GtkWidget     *widget,
                gconstpointer  slug)
{
  return g_strcmp0 (cordon_group_get_slug (cordon_group_row_get_group (CORDON_GROUP_ROW (widget))), slug) == 0;
}

static gboolean
has_entry_id (GtkWidget     *widget,
              gconstpointer  id)
{
  return g_strcmp0 (cordon_taxonomy_entry_get_id (cordon_taxonomy_row_get_entry (CORDON_TAXONOMY_ROW (widget))), id) == 0;
}

static gboolean
has_severity (GtkWidget     *widget,
              gconstpointer  severity)
{
  return g_strcmp0 (g_object_get_data (G_OBJECT (widget), "cordon-severity"), severity) == 0;
}

static GtkWidget *
find_row (GtkWidget  *root,
          GType       type,
          const char *title)
{
  GtkWidget *row = find_widget (root, type, has_title, title);

  if (row == NULL)
    g_test_message ("No %s titled “%s”", g_type_name (type), title);
  g_assert_nonnull (row);
  return row;
}

static GtkWidget *
find_button_by_tooltip (GtkWidget  *root,
                        const char *tooltip)
{
  GtkWidget *button = find_widget (root, GTK_TYPE_BUTTON, has_tooltip, tooltip);

  g_assert_nonnull (button);
  return button;
}

static GtkWindow *
find_toplevel (GType type)
{
  g_autoptr(GListModel) toplevels = gtk_window_get_toplevels ();

  g_object_ref (toplevels);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

typedef struct
{
  GType type;
  gboolean present;
} ToplevelWait;

static gboolean
toplevel_state (gpointer data)
{
  ToplevelWait *wait = data;
  GtkWindow *window = find_toplevel (wait->type);

  return wait->present ? window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window)) : window == NULL;
}

static GtkWindow *
wait_for_dialog (GType type)
{
  ToplevelWait wait = { type, TRUE };

  wait_for (toplevel_state, &wait);
  return find_toplevel (type);
}

static void
wait_for_dialog_gone (GType type)
{
  ToplevelWait wait = { type, FALSE };

  wait_for (toplevel_state, &wait);
}

static void
set_text (GtkWidget  *editable,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (editable), text);
}

static void
click (GtkWidget *button)
{
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static void
undo (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "preferences.undo", NULL));
}

/* Fixture ----------------------------------------------------------------- */

static CordonPreferencesWindow *
open_window (Fixture *f)
{
  CordonPreferencesWindow *window =
    cordon_preferences_window_new_for_workspace (f->settings, f->path, f->workspace);

  gtk_window_present (GTK_WINDOW (window));
  wait_for (is_mapped, window);

  return window;
}

static void
close_window (CordonPreferencesWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("cordon-preferences-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "incidents.cordon", NULL);
  f->workspace = cordon_workspace_new (f->path, NULL, NULL, &error);
  g_assert_no_error (error);
  f->settings = g_settings_new (APPLICATION_ID);
  f->window = open_window (f);

}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }

  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *dialog;

  while ((dialog = find_toplevel (CORDON_TYPE_MEMBER_DIALOG)) != NULL ||
         (dialog = find_toplevel (CORDON_TYPE_PROTOCOL_DIALOG)) != NULL)
    gtk_window_destroy (dialog);

  /* Nothing the window made, pending Undo included, outlives it */
  close_window (g_steal_pointer (&f->window));
  g_assert_finalize_object (g_steal_pointer (&f->workspace));
  g_clear_object (&f->settings);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

/* Groups ------------------------------------------------------------------ */

static CordonGroup *
lookup_group (Fixture    *f,
              const char *slug)
{
  g_autoptr(GError) error = NULL;
  CordonGroup *group = cordon_workspace_lookup_group (f->workspace, slug, &error);

  g_assert_no_error (error);
  return group;
}

static GListModel *
list_members (Fixture    *f,
              const char *slug)
{
  g_autoptr(CordonGroup) group = lookup_group (f, slug);
  g_autoptr(GError) error = NULL;
  GListModel *members = cordon_workspace_list_members (f->workspace, group, &error);

  g_assert_no_error (error);
  return members;
}

static GtkWidget *
responders_row (Fixture *f)
{
  GtkWidget *row = find_widget (GTK_WIDGET (f->window), CORDON_TYPE_GROUP_ROW, has_group_slug, "responders");

  g_assert_nonnull (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  return row;
}

static CordonMemberDialog *
open_member_dialog (Fixture *f)
{
  GtkWidget *add = find_row (responders_row (f), ADW_TYPE_ACTION_ROW, "Add Member…");

  adw_action_row_activate (ADW_ACTION_ROW (add));
  return CORDON_MEMBER_DIALOG (wait_for_dialog (CORDON_TYPE_MEMBER_DIALOG));
}

static void
fill_member (CordonMemberDialog    *dialog,
             const char            *name,
             CordonContactPriority  priority)
{
  GtkWidget *root = GTK_WIDGET (dialog);

  set_text (find_row (root, ADW_TYPE_ENTRY_ROW, "Name"), name);
  set_text (find_row (root, ADW_TYPE_ENTRY_ROW, "Role"), "Forensic analyst");
  set_text (find_row (root, ADW_TYPE_ENTRY_ROW, "Email"), "ines@example.org");
  set_text (find_row (root, ADW_TYPE_ENTRY_ROW, "Phone"), "+33 1 23 45 67 89");
  set_text (find_row (root, ADW_TYPE_ENTRY_ROW, "Hours When They May Be Called"), "24/7");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (root, ADW_TYPE_COMBO_ROW, "Contact")), priority);
}

static void
test_member_primary (Fixture       *f,
                     gconstpointer  data)
{
  CordonMemberDialog *dialog;
  g_autoptr(GListModel) members = NULL;
  g_autoptr(CordonMember) member = NULL;
  GtkWidget *save, *name_row, *priority_row;

  /* An empty name is refused on its row, and nothing is stored */
  dialog = open_member_dialog (f);
  save = find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, has_label, "_Save");
  click (save);
  name_row = find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, has_title, "The name must not be empty");
  g_assert_nonnull (name_row);
  g_assert_true (gtk_widget_has_css_class (name_row, "error"));
  members = list_members (f, "responders");
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 0);
  g_clear_object (&members);

  /* Typing clears the error; then a member marked primary */
  set_text (name_row, "Inès");
  g_assert_false (gtk_widget_has_css_class (name_row, "error"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (name_row)), ==, "Name");
  fill_member (dialog, "Inès Moreau", CORDON_CONTACT_PRIORITY_PRIMARY);
  click (save);
  wait_for_dialog_gone (CORDON_TYPE_MEMBER_DIALOG);

  members = list_members (f, "responders");
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
  member = g_list_model_get_item (members, 0);
  g_assert_cmpstr (cordon_member_get_name (member), ==, "Inès Moreau");
  g_assert_cmpstr (cordon_member_get_role (member), ==, "Forensic analyst");
  g_assert_cmpstr (cordon_member_get_email (member), ==, "ines@example.org");
  g_assert_cmpstr (cordon_member_get_phone (member), ==, "+33 1 23 45 67 89");
  g_assert_cmpstr (cordon_member_get_hours (member), ==, "24/7");
  g_assert_cmpint (cordon_member_get_priority (member), ==, CORDON_CONTACT_PRIORITY_PRIMARY);
  g_clear_object (&members);
  g_clear_object (&member);

  /* The group shows it */
  g_assert_nonnull (find_widget (responders_row (f), ADW_TYPE_ACTION_ROW, has_title, "Inès Moreau"));
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (responders_row (f))), ==,
                   "Primary contact: Inès Moreau");

  /* A second primary contact is refused, and says who the first one is */
  dialog = open_member_dialog (f);
  fill_member (dialog, "Paul Girard", CORDON_CONTACT_PRIORITY_PRIMARY);
  click (find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, has_label, "_Save"));
  priority_row = find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, has_title, "Contact");
  g_assert_true (gtk_widget_has_css_class (priority_row, "error"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (priority_row)), "Inès Moreau"));
  members = list_members (f, "responders");
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
  g_clear_object (&members);

  /* As the secondary contact, the same member is accepted */
  adw_combo_row_set_selected (ADW_COMBO_ROW (priority_row), CORDON_CONTACT_PRIORITY_SECONDARY);
  g_assert_false (gtk_widget_has_css_class (priority_row, "error"));
  click (find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, has_label, "_Save"));
  wait_for_dialog_gone (CORDON_TYPE_MEMBER_DIALOG);
  members = list_members (f, "responders");
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 2);
  g_clear_object (&members);

  /* Removing a member offers Undo, which puts it back */
  click (find_button_by_tooltip (responders_row (f), "Remove Paul Girard"));
  members = list_members (f, "responders");
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 1);
  g_clear_object (&members);
  g_assert_null (find_widget (responders_row (f), ADW_TYPE_ACTION_ROW, has_title, "Paul Girard"));

  undo (f);
  members = list_members (f, "responders");
  g_assert_cmpuint (g_list_model_get_n_items (members), ==, 2);
  member = g_list_model_get_item (members, 1);
  g_assert_cmpstr (cordon_member_get_name (member), ==, "Paul Girard");
  g_assert_cmpint (cordon_member_get_priority (member), ==, CORDON_CONTACT_PRIORITY_SECONDARY);
  g_assert_nonnull (find_widget (responders_row (f), ADW_TYPE_ACTION_ROW, has_title, "Paul Girard"));
}

static void
test_protocol_preview (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *add = find_row (responders_row (f), ADW_TYPE_ACTION_ROW, "Add Communication Protocol…");
  CordonProtocolDialog *dialog;
  GtkWidget *root, *view;
  const char *preview;
  g_autoptr(CordonGroup) group = NULL;
  g_autoptr(GListModel) protocols = NULL;
  g_autoptr(CordonProtocol) protocol = NULL;
  g_autoptr(GError) error = NULL;

  adw_action_row_activate (ADW_ACTION_ROW (add));
  dialog = CORDON_PROTOCOL_DIALOG (wait_for_dialog (CORDON_TYPE_PROTOCOL_DIALOG));
  root = GTK_WIDGET (dialog);

  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (root, ADW_TYPE_COMBO_ROW, "Channel")), CORDON_CHANNEL_PHONE);
  set_text (find_row (root, ADW_TYPE_ENTRY_ROW, "When to Use It"), "Severity high or critical");
  set_text (find_row (root, ADW_TYPE_ENTRY_ROW, "Whom to Contact"), "Duty analyst");
  set_text (find_row (root, ADW_TYPE_ENTRY_ROW, "Number or Address"), "+33 1 00 00 00 00");

  /* The preview follows the template as it is typed */
  view = find_widget (root, GTK_TYPE_TEXT_VIEW, NULL, NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)),
                            "{key}: {title} ({severity}, {phase}). Next update {next_update}. {summary}", -1);
  preview = cordon_protocol_dialog_get_preview (dialog);
  g_assert_true (g_str_has_prefix (preview, cordon_protocol_dialog_get_sample_key (dialog)));
  g_assert_nonnull (strstr (preview, "Phishing campaign against the finance department"));
  g_assert_nonnull (strstr (preview, "(Critical, Analysis)"));
  g_assert_nonnull (strstr (preview, "Three employees"));
  g_assert_null (strchr (preview, '{'));
  g_assert_null (strstr (preview, "not scheduled"));

  /* An empty template is refused */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "  ", -1);
  g_assert_false (cordon_protocol_dialog_save (dialog));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "{key} {title}", -1);

  click (find_widget (root, GTK_TYPE_BUTTON, has_label, "_Save"));
  wait_for_dialog_gone (CORDON_TYPE_PROTOCOL_DIALOG);

  group = lookup_group (f, "responders");
  protocols = cordon_workspace_list_protocols (f->workspace, group, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (protocols), ==, 1);
  protocol = g_list_model_get_item (protocols, 0);
  g_assert_cmpint (cordon_protocol_get_channel (protocol), ==, CORDON_CHANNEL_PHONE);
  g_assert_cmpstr (cordon_protocol_get_when (protocol), ==, "Severity high or critical");
  g_assert_cmpstr (cordon_protocol_get_contact (protocol), ==, "Duty analyst");
  g_assert_cmpstr (cordon_protocol_get_address (protocol), ==, "+33 1 00 00 00 00");
  g_assert_cmpstr (cordon_protocol_get_template (protocol), ==, "{key} {title}");

  g_assert_nonnull (find_widget (responders_row (f), ADW_TYPE_ACTION_ROW, has_title, "Phone · +33 1 00 00 00 00"));
}

/* SLA ---------------------------------------------------------------------- */

static CordonSlaPolicy *
lookup_policy (Fixture    *f,
               const char *severity)
{
  g_autoptr(GError) error = NULL;
  CordonSlaPolicy *policy = cordon_workspace_lookup_sla_policy (f->workspace, severity, &error);

  g_assert_no_error (error);
  return policy;
}

static void
test_sla_durations (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *page = find_widget (GTK_WIDGET (f->window), CORDON_TYPE_SLA_PAGE, NULL, NULL);
  GtkWidget *group = find_widget (page, ADW_TYPE_PREFERENCES_GROUP, has_severity, "high");
  CordonDurationRow *response;
  GtkSpinButton *hours, *minutes;
  GtkWidget *warning;
  g_autoptr(CordonSlaPolicy) policy = NULL;

  g_assert_nonnull (group);
  g_assert_cmpstr (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (group)), ==, "High");
  response = CORDON_DURATION_ROW (find_row (group, CORDON_TYPE_DURATION_ROW, "Response"));
  hours = cordon_duration_row_get_hours_spin (response);
  minutes = cordon_duration_row_get_minutes_spin (response);

  /* The shipped policy: one hour */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (hours), ==, 1);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (minutes), ==, 0);

  /* A valid edit is saved at once */
  gtk_spin_button_set_value (hours, 2);
  gtk_spin_button_set_value (minutes, 30);
  policy = lookup_policy (f, "high");
  g_assert_cmpint (cordon_sla_policy_get_response (policy), ==, 2 * 3600 + 30 * 60);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (response), "error"));
  g_clear_object (&policy);

  /* Zero is refused next to the field, and nothing is stored */
  gtk_spin_button_set_value (minutes, 0);
  gtk_spin_button_set_value (hours, 0);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (response), "error"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (response)), "longer than zero"));
  policy = lookup_policy (f, "high");
  g_assert_cmpint (cordon_sla_policy_get_response (policy), ==, 2 * 3600);
  g_clear_object (&policy);

  /* A valid value clears the error */
  gtk_spin_button_set_value (minutes, 45);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (response), "error"));
  policy = lookup_policy (f, "high");
  g_assert_cmpint (cordon_sla_policy_get_response (policy), ==, 45 * 60);
  g_clear_object (&policy);

  /* A negative number typed in cannot go below zero, and zero is refused */
  gtk_spin_button_set_value (minutes, 0);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (response), "error"));
  gtk_spin_button_set_value (hours, 3);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (response), "error"));
  set_text (GTK_WIDGET (hours), "-3");
  gtk_spin_button_update (hours);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (hours), >=, 0);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (response), "error"));
  policy = lookup_policy (f, "high");
  g_assert_cmpint (cordon_sla_policy_get_response (policy), ==, 3 * 3600);
  g_assert_cmpint (cordon_sla_policy_get_resolution (policy), ==, 24 * 3600);
  g_clear_object (&policy);

  /* The warning threshold */
  warning = find_row (group, ADW_TYPE_ACTION_ROW, "Warning Threshold");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_widget (warning, GTK_TYPE_SPIN_BUTTON, NULL, NULL)), 80);
  policy = lookup_policy (f, "high");
  g_assert_cmpint (cordon_sla_policy_get_warning_percent (policy), ==, 80);
  g_clear_object (&policy);

  /* A change made elsewhere shows up without touching the refused field */
  {
    g_autoptr(CordonSlaPolicy) stored = lookup_policy (f, "high");
    policy = cordon_sla_policy_copy (stored);
  }
  cordon_sla_policy_set_resolution (policy, 48 * 3600);
  g_assert_true (cordon_workspace_set_sla_policy (f->workspace, policy, NULL));
  g_assert_cmpint (cordon_duration_row_get_seconds (CORDON_DURATION_ROW (find_row (group, CORDON_TYPE_DURATION_ROW, "Resolution"))),
                   ==, 48 * 3600);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (response), "error"));
}

/* Taxonomy ---------------------------------------------------------------- */

static CordonTaxonomyEntry *
lookup_entry (Fixture            *f,
              CordonTaxonomyKind  kind,
              const char         *id)
{
  return cordon_taxonomy_lookup (cordon_workspace_get_taxonomy (f->workspace), kind, id);
}

static GtkWidget *
find_entry_row (CordonPreferencesWindow *window,
                const char              *id)
{
  GtkWidget *page = find_widget (GTK_WIDGET (window), CORDON_TYPE_TAXONOMY_PAGE, NULL, NULL);

  return find_widget (page, CORDON_TYPE_TAXONOMY_ROW, has_entry_id, id);
}

static void
test_taxonomy_category (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *page = find_widget (GTK_WIDGET (f->window), CORDON_TYPE_TAXONOMY_PAGE, NULL, NULL);
  GtkWidget *add = find_row (page, ADW_TYPE_ENTRY_ROW, "New Category");
  GListModel *categories = cordon_taxonomy_get_entries (cordon_workspace_get_taxonomy (f->workspace),
                                                        CORDON_TAXONOMY_KIND_CATEGORY);
  guint n_categories = g_list_model_get_n_items (categories);
  CordonTaxonomyEntry *entry;
  GtkWidget *row;

  /* Add: the id comes from the name */
  set_text (add, "Supply-chain Compromise");
  g_signal_emit_by_name (add, "apply");
  entry = lookup_entry (f, CORDON_TAXONOMY_KIND_CATEGORY, "supply-chain-compromise");
  g_assert_nonnull (entry);
  g_assert_cmpstr (cordon_taxonomy_entry_get_label (entry), ==, "Supply-chain Compromise");
  g_assert_cmpuint (g_list_model_get_n_items (categories), ==, n_categories + 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add)), ==, "");
  row = find_entry_row (f->window, "supply-chain-compromise");
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Supply-chain Compromise");

  /* The same name again, or no name, is refused next to the field */
  set_text (add, "supply chain compromise");
  g_signal_emit_by_name (add, "apply");
  g_assert_true (gtk_widget_has_css_class (add, "error"));
  g_assert_cmpstr (cordon_row_get_error (ADW_PREFERENCES_ROW (add)), ==, "A category with this name already exists");
  g_assert_cmpuint (g_list_model_get_n_items (categories), ==, n_categories + 1);
  set_text (add, "   ");
  g_assert_false (gtk_widget_has_css_class (add, "error"));
  g_signal_emit_by_name (add, "apply");
  g_assert_cmpstr (cordon_row_get_error (ADW_PREFERENCES_ROW (add)), ==, "The name must not be empty");
  g_assert_cmpuint (g_list_model_get_n_items (categories), ==, n_categories + 1);

  /* Rename */
  set_text (row, "Supply chain attack");
  g_signal_emit_by_name (row, "apply");
  entry = lookup_entry (f, CORDON_TAXONOMY_KIND_CATEGORY, "supply-chain-compromise");
  g_assert_cmpstr (cordon_taxonomy_entry_get_label (entry), ==, "Supply chain attack");
  g_assert_false (gtk_widget_has_css_class (row, "error"));

  /* An empty name is refused and the stored one kept */
  set_text (row, "");
  g_signal_emit_by_name (row, "apply");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "The name must not be empty");
  entry = lookup_entry (f, CORDON_TAXONOMY_KIND_CATEGORY, "supply-chain-compromise");
  g_assert_cmpstr (cordon_taxonomy_entry_get_label (entry), ==, "Supply chain attack");
  set_text (row, "Supply chain attack");
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "supply-chain-compromise");

  /* Remove, then Undo */
  click (find_button_by_tooltip (row, "Remove"));
  g_assert_null (lookup_entry (f, CORDON_TAXONOMY_KIND_CATEGORY, "supply-chain-compromise"));
  g_assert_null (find_entry_row (f->window, "supply-chain-compromise"));
  g_assert_cmpuint (g_list_model_get_n_items (categories), ==, n_categories);

  undo (f);
  entry = lookup_entry (f, CORDON_TAXONOMY_KIND_CATEGORY, "supply-chain-compromise");
  g_assert_nonnull (entry);
  g_assert_cmpstr (cordon_taxonomy_entry_get_label (entry), ==, "Supply chain attack");
  row = find_entry_row (f->window, "supply-chain-compromise");
  g_assert_nonnull (row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "Supply chain attack");

  /* Undo is spent */
  undo (f);
  g_assert_cmpuint (g_list_model_get_n_items (categories), ==, n_categories + 1);
}

static CordonIncident *
new_incident_of (Fixture    *f,
                 const char *category,
                 const char *severity)
{
  g_autoptr(CordonIncident) draft = cordon_incident_new ();
  g_autoptr(GError) error = NULL;
  CordonIncident *incident;

  cordon_incident_set_title (draft, "Mail with a credential-harvesting link");
  cordon_incident_set_category (draft, category);
  cordon_incident_set_severity (draft, severity);
  incident = cordon_workspace_create_incident (f->workspace, draft, "Ana Lead", &error);
  g_assert_no_error (error);

  return incident;
}

static gboolean
checklist_has (Fixture        *f,
               CordonIncident *incident,
               const char     *title)
{
  g_autoptr(GListModel) items = cordon_workspace_start_checklist (f->workspace, incident, "Ana Lead", NULL);

  g_assert_nonnull (items);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(CordonRecoveryItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (cordon_recovery_item_get_title (item), title) == 0)
        return TRUE;
    }

  return FALSE;
}

/* The recovery templates: an item added to a category's template, renamed
 * and removed; recovery from backup offered for one more severity; and
 * the reset to the built-in templates */
static void
test_recovery_templates (Fixture       *f,
                         gconstpointer  data)
{
  CordonRecoveryPage *page = CORDON_RECOVERY_PAGE (find_widget (GTK_WIDGET (f->window), CORDON_TYPE_RECOVERY_PAGE, NULL, NULL));
  g_autoptr(CordonIncident) phishing = new_incident_of (f, "phishing", "medium");
  g_autoptr(CordonIncident) later = new_incident_of (f, "phishing", "medium");
  g_autoptr(CordonIncident) other = new_incident_of (f, "phishing", "medium");
  g_autofree char *doc = NULL;
  gboolean edited = TRUE, offered = TRUE;
  GtkWidget *add, *row, *title, *check;
  GtkWindow *dialog;

  doc = cordon_workspace_get_recovery_templates (f->workspace, &edited, NULL);
  g_assert_false (edited);
  g_assert_false (gtk_widget_get_sensitive (find_widget (GTK_WIDGET (page), GTK_TYPE_BUTTON, has_label, "Reset…")));

  /* Add to the pre-recovery stage of the phishing template */
  cordon_recovery_page_show_template (page, "phishing");
  add = find_row (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "Add an Item");
  set_text (add, "Pull the phishing mail from every mailbox");
  g_signal_emit_by_name (add, "apply");
  g_clear_pointer (&doc, g_free);
  doc = cordon_workspace_get_recovery_templates (f->workspace, &edited, NULL);
  g_assert_true (edited);
  g_assert_nonnull (strstr (doc, "\"pull-the-phishing-mail-from-every-mailbox\""));
  g_assert_true (checklist_has (f, phishing, "Pull the phishing mail from every mailbox"));

  /* An empty title is refused next to the field, the stored one kept */
  row = find_row (GTK_WIDGET (page), ADW_TYPE_EXPANDER_ROW, "Pull the phishing mail from every mailbox");
  title = find_row (row, ADW_TYPE_ENTRY_ROW, "Title");
  set_text (title, "  ");
  g_signal_emit_by_name (title, "apply");
  g_assert_cmpstr (cordon_row_get_error (ADW_PREFERENCES_ROW (title)), ==, "An item needs a title");
  g_clear_pointer (&doc, g_free);
  doc = cordon_workspace_get_recovery_templates (f->workspace, NULL, NULL);
  g_assert_nonnull (strstr (doc, "\"Pull the phishing mail from every mailbox\""));

  /* Rename */
  set_text (title, "Purge the phishing mail from every mailbox");
  g_signal_emit_by_name (title, "apply");
  g_assert_true (checklist_has (f, later, "Purge the phishing mail from every mailbox"));

  /* Remove */
  row = find_row (GTK_WIDGET (page), ADW_TYPE_EXPANDER_ROW, "Purge the phishing mail from every mailbox");
  click (find_widget (row, GTK_TYPE_BUTTON, has_label, "_Remove Item"));
  g_clear_pointer (&doc, g_free);
  doc = cordon_workspace_get_recovery_templates (f->workspace, NULL, NULL);
  g_assert_null (strstr (doc, "pull-the-phishing-mail-from-every-mailbox"));
  g_assert_false (checklist_has (f, other, "Purge the phishing mail from every mailbox"));

  /* Recovery from backup, for medium severity too */
  g_assert_true (cordon_workspace_is_backup_offered (f->workspace, phishing, &offered, NULL));
  g_assert_false (offered);
  row = find_row (GTK_WIDGET (page), ADW_TYPE_EXPANDER_ROW, "Severities");
  check = find_widget (find_row (row, ADW_TYPE_ACTION_ROW, "Medium"), GTK_TYPE_CHECK_BUTTON, NULL, NULL);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_true (cordon_workspace_is_backup_offered (f->workspace, phishing, &offered, NULL));
  g_assert_true (offered);

  /* Back to the built-in templates */
  click (find_widget (GTK_WIDGET (page), GTK_TYPE_BUTTON, has_label, "Reset…"));
  dialog = wait_for_dialog (ADW_TYPE_MESSAGE_DIALOG);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "reset");
  g_clear_pointer (&doc, g_free);
  doc = cordon_workspace_get_recovery_templates (f->workspace, &edited, NULL);
  g_assert_false (edited);
  g_assert_true (cordon_workspace_is_backup_offered (f->workspace, phishing, &offered, NULL));
  g_assert_false (offered);
  g_assert_false (gtk_widget_get_sensitive (find_widget (GTK_WIDGET (page), GTK_TYPE_BUTTON, has_label, "Reset…")));
}

static void
test_taxonomy_in_use (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CordonIncident) draft = cordon_incident_new ();
  g_autoptr(GError) error = NULL;
  GListModel *categories = cordon_taxonomy_get_entries (cordon_workspace_get_taxonomy (f->workspace),
                                                        CORDON_TAXONOMY_KIND_CATEGORY);
  guint n_categories = g_list_model_get_n_items (categories);
  GtkWidget *row;

  cordon_incident_set_title (draft, "Credential phishing");
  cordon_incident_set_category (draft, "phishing");
  cordon_incident_set_severity (draft, "high");
  g_assert_nonnull (cordon_workspace_create_incident (f->workspace, draft, NULL, &error));
  g_assert_no_error (error);

  row = find_entry_row (f->window, "phishing");
  g_assert_nonnull (row);
  click (find_button_by_tooltip (row, "Remove"));

  /* The store's refusal is shown on the row; nothing changed */
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "used by 1 incident"));
  g_assert_nonnull (lookup_entry (f, CORDON_TAXONOMY_KIND_CATEGORY, "phishing"));
  g_assert_cmpuint (g_list_model_get_n_items (categories), ==, n_categories);
  g_assert_true (find_entry_row (f->window, "phishing") == row);

  /* A severity with an SLA policy is refused the same way */
  row = find_entry_row (f->window, "low");
  click (find_button_by_tooltip (row, "Remove"));
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_nonnull (lookup_entry (f, CORDON_TAXONOMY_KIND_SEVERITY, "low"));
}

static void
test_taxonomy_severity_order (Fixture       *f,
                              gconstpointer  data)
{
  GtkWidget *row = find_entry_row (f->window, "high");
  CordonTaxonomy *taxonomy = cordon_workspace_get_taxonomy (f->workspace);
  GtkWidget *sla_page = find_widget (GTK_WIDGET (f->window), CORDON_TYPE_SLA_PAGE, NULL, NULL);
  GtkWidget *first_group;

  /* Move "high" above "critical" */
  click (find_button_by_tooltip (row, "More Severe"));
  g_assert_cmpint (cordon_taxonomy_compare_severity (taxonomy, "high", "critical"), >, 0);
  g_assert_cmpint (cordon_taxonomy_compare_severity (taxonomy, "high", "medium"), >, 0);

  /* The most severe one cannot move further; the SLA page follows */
  g_assert_false (gtk_widget_is_sensitive (find_button_by_tooltip (find_entry_row (f->window, "high"), "More Severe")));
  first_group = find_widget (sla_page, ADW_TYPE_PREFERENCES_GROUP, has_severity, "low");
  g_assert_nonnull (first_group);

  click (find_button_by_tooltip (find_entry_row (f->window, "high"), "Less Severe"));
  g_assert_cmpint (cordon_taxonomy_compare_severity (taxonomy, "high", "critical"), <, 0);

  /* An impact's "requires management" switch */
  row = find_entry_row (f->window, "department");
  gtk_switch_set_active (GTK_SWITCH (find_widget (row, GTK_TYPE_SWITCH, NULL, NULL)), TRUE);
  g_assert_true (cordon_taxonomy_requires_management (taxonomy, "department"));
}

/* Two windows, one workspace --------------------------------------------- */

static void
test_two_windows (Fixture       *f,
                  gconstpointer  data)
{
  CordonPreferencesWindow *other = open_window (f);
  GtkWidget *page = find_widget (GTK_WIDGET (f->window), CORDON_TYPE_TAXONOMY_PAGE, NULL, NULL);
  GtkWidget *add = find_row (page, ADW_TYPE_ENTRY_ROW, "New Impact");
  GtkWidget *groups_page = find_widget (GTK_WIDGET (f->window), CORDON_TYPE_GROUPS_PAGE, NULL, NULL);
  GtkWidget *other_row;
  g_autoptr(CordonGroup) group = NULL;

  set_text (add, "Whole sector");
  g_signal_emit_by_name (add, "apply");
  other_row = find_entry_row (other, "whole-sector");
  g_assert_nonnull (other_row);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (other_row)), ==, "Whole sector");

  /* A group added in one window appears in the other */
  add = find_row (groups_page, ADW_TYPE_ENTRY_ROW, "New Resolver Group");
  set_text (add, "Network team");
  g_signal_emit_by_name (add, "apply");
  group = lookup_group (f, "network-team");
  g_assert_cmpint (cordon_group_get_kind (group), ==, CORDON_GROUP_KIND_RESOLVER);
  g_assert_nonnull (find_widget (GTK_WIDGET (other), CORDON_TYPE_GROUP_ROW, has_group_slug, "network-team"));

  /* Renamed in the other window */
  {
    GtkWidget *row = find_widget (GTK_WIDGET (other), CORDON_TYPE_GROUP_ROW, has_group_slug, "network-team");
    GtkWidget *name = find_row (row, ADW_TYPE_ENTRY_ROW, "Name");

    set_text (name, "Network and firewall team");
    g_signal_emit_by_name (name, "apply");
    g_clear_object (&group);
    group = lookup_group (f, "network-team");
    g_assert_cmpstr (cordon_group_get_name (group), ==, "Network and firewall team");
    row = find_widget (GTK_WIDGET (f->window), CORDON_TYPE_GROUP_ROW, has_group_slug, "network-team");
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Network and firewall team");
  }

  /* Removing it offers Undo in the window it was removed from */
  click (find_widget (find_widget (GTK_WIDGET (f->window), CORDON_TYPE_GROUP_ROW, has_group_slug, "network-team"),
                      GTK_TYPE_BUTTON, has_label, "_Remove"));
  g_assert_null (find_widget (GTK_WIDGET (other), CORDON_TYPE_GROUP_ROW, has_group_slug, "network-team"));
  undo (f);
  g_clear_object (&group);
  group = lookup_group (f, "network-team");
  g_assert_cmpstr (cordon_group_get_name (group), ==, "Network and firewall team");
  g_assert_nonnull (find_widget (GTK_WIDGET (other), CORDON_TYPE_GROUP_ROW, has_group_slug, "network-team"));

  close_window (other);
}

static void
test_without_workspace (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  CordonPreferencesWindow *window =
    cordon_preferences_window_new_for_workspace (settings, "/nonexistent/incidents.cordon", NULL);

  gtk_window_present (GTK_WINDOW (window));
  wait_for (is_mapped, window);

  /* Only the General page */
  g_assert_null (find_widget (GTK_WIDGET (window), CORDON_TYPE_GROUPS_PAGE, NULL, NULL));
  g_assert_null (find_widget (GTK_WIDGET (window), CORDON_TYPE_SLA_PAGE, NULL, NULL));
  g_assert_null (find_widget (GTK_WIDGET (window), CORDON_TYPE_TAXONOMY_PAGE, NULL, NULL));
  g_assert_nonnull (find_widget (GTK_WIDGET (window), ADW_TYPE_COMBO_ROW, has_title, "Style"));

  close_window (window);
}

/* Preferences → You: the name typed there is the one the window signs
 * with (the command line reads the same setting) */
static void
test_you (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  CordonPreferencesWindow *window =
    cordon_preferences_window_new_for_workspace (settings, "/nonexistent/incidents.cordon", NULL);
  GtkWidget *name_row;
  GtkWidget *role_row;

  gtk_window_present (GTK_WINDOW (window));
  wait_for (is_mapped, window);

  name_row = find_widget (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW, has_title, "Name");
  role_row = find_widget (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW, has_title, "Role, e.g. Incident Lead");
  g_assert_nonnull (name_row);
  g_assert_nonnull (role_row);
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Dana Reyes");
  gtk_editable_set_text (GTK_EDITABLE (role_row), "Incident lead");
  {
    g_autofree char *name = g_settings_get_string (settings, "user-name");
    g_autofree char *role = g_settings_get_string (settings, "user-role");

    g_assert_cmpstr (name, ==, "Dana Reyes");
    g_assert_cmpstr (role, ==, "Incident lead");
  }
  g_assert_cmpstr (cordon_default_author (), ==, "Dana Reyes");

  /* --as wins over the setting, for scripts */
  cordon_identity_set_author ("Ops Bot");
  g_assert_cmpstr (cordon_default_author (), ==, "Ops Bot");
  cordon_identity_set_author (NULL);

  /* An empty name goes back to the account's */
  gtk_editable_set_text (GTK_EDITABLE (name_row), "");
  g_assert_cmpstr (cordon_default_author (), !=, "Dana Reyes");
  g_assert_cmpstr (cordon_default_author (), !=, "");

  close_window (window);
}

static void
test_id_from_label (void)
{
  static const struct { const char *label; const char *id; } cases[] = {
    { "Supply-chain Compromise", "supply-chain-compromise" },
    { "  Fraude électronique ", "fraude-electronique" },
    { "C2 / beaconing", "c2-beaconing" },
    { "!!!", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *id = cordon_id_from_label (cases[i].label);
      g_assert_cmpstr (id, ==, cases[i].id);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *xdg = g_dir_make_tmp ("cordon-preferences-xdg-XXXXXX", NULL);
  g_autofree char *data_home = g_build_filename (xdg, "data", NULL);
  g_autofree char *config_home = g_build_filename (xdg, "config", NULL);
  g_autofree char *cache_home = g_build_filename (xdg, "cache", NULL);
  int status;

  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  cordon_register_resource ();

  g_test_add_func ("/preferences/id-from-label", test_id_from_label);
  g_test_add_func ("/preferences/without-workspace", test_without_workspace);
  g_test_add_func ("/preferences/you", test_you);
  g_test_add ("/preferences/member-primary", Fixture, NULL, fixture_set_up, test_member_primary, fixture_tear_down);
  g_test_add ("/preferences/protocol-preview", Fixture, NULL, fixture_set_up, test_protocol_preview, fixture_tear_down);
  g_test_add ("/preferences/sla-durations", Fixture, NULL, fixture_set_up, test_sla_durations, fixture_tear_down);
  g_test_add ("/preferences/taxonomy-category", Fixture, NULL, fixture_set_up, test_taxonomy_category, fixture_tear_down);
  g_test_add ("/preferences/taxonomy-in-use", Fixture, NULL, fixture_set_up, test_taxonomy_in_use, fixture_tear_down);
  g_test_add ("/preferences/taxonomy-severity-order", Fixture, NULL, fixture_set_up, test_taxonomy_severity_order, fixture_tear_down);
  g_test_add ("/preferences/recovery-templates", Fixture, NULL, fixture_set_up, test_recovery_templates, fixture_tear_down);
  g_test_add ("/preferences/two-windows", Fixture, NULL, fixture_set_up, test_two_windows, fixture_tear_down);

  status = g_test_run ();
  cordon_unregister_resource ();
  remove_tree (xdg);

  return status;
}
