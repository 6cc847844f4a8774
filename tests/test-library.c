/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-library.c: drives the strategy library window on a real workspace
 * file in a temporary folder, on a manual clock, and checks what the
 * workspace stored: the default library listed and filtered, a strategy
 * created (and refused without a name), duplicated, deleted and put back
 * with Undo, a validation added and the staleness shown, the coverage
 * grid's counts, and a strategy made from a D3FEND technique.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "cordon-d3fend-dialog.h"
#include "cordon-library-window-private.h"
#include "cordon-manual-clock.h"
#include "cordon-preferences-helpers.h"
#include "cordon-resources.h"
#include "cordon-validation-dialog.h"
#include "cordon-workspace.h"

typedef struct
{
  char                *dir;
  char                *path;
  CordonManualClock   *clock;
  CordonWorkspace     *workspace;
  CordonLibraryWindow *window;
} Fixture;

/* Waiting and finding ---------------------------------------------------- */

typedef gboolean (*Condition) (gpointer data);

static gboolean
wake_up (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

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

static gboolean
dialog_mapped (gpointer data)
{
  GtkWindow *window = find_toplevel (GPOINTER_TO_SIZE (data));

  return window != NULL && gtk_widget_get_mapped (GTK_WIDGET (window));
}

static GtkWindow *
wait_for_dialog (GType type)
{
  wait_for (dialog_mapped, GSIZE_TO_POINTER (type));
  return find_toplevel (type);
}

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
has_label (GtkWidget     *widget,
           gconstpointer  label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static gboolean
has_text (GtkWidget     *widget,
          gconstpointer  text)
{
  return g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} LabelWait;

static gboolean
label_shown (gpointer data)
{
  LabelWait *wait = data;

  return find_widget (wait->root, GTK_TYPE_LABEL, has_text, wait->text) != NULL;
}

/* List rows are bound when the list is next laid out */
static GtkWidget *
wait_for_label (GtkWidget  *root,
                const char *text)
{
  LabelWait wait = { root, text };

  wait_for (label_shown, &wait);
  return find_widget (root, GTK_TYPE_LABEL, has_text, text);
}

static void
activate (Fixture    *f,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), action, NULL));
}

static guint
n_stored (Fixture *f)
{
  g_autoptr(GListModel) strategies = cordon_workspace_list_strategies (f->workspace, NULL);

  return g_list_model_get_n_items (strategies);
}

static gboolean
is_stored (Fixture    *f,
           const char *slug)
{
  g_autoptr(CordonStrategy) strategy = cordon_workspace_lookup_strategy (f->workspace, slug, NULL);

  return strategy != NULL;
}

/* Fixture ------------------------------------------------------------------ */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("cordon-library-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "incidents.cordon", NULL);
  f->clock = cordon_manual_clock_new_iso8601 ("2026-06-01T09:00:00Z");
  f->workspace = cordon_workspace_new (f->path, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);

  f->window = cordon_library_window_new (f->workspace);
  gtk_window_present (GTK_WINDOW (f->window));
  wait_for (is_mapped, f->window);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *dialog;

  while ((dialog = find_toplevel (CORDON_TYPE_VALIDATION_DIALOG)) != NULL ||
         (dialog = find_toplevel (CORDON_TYPE_D3FEND_DIALOG)) != NULL)
    gtk_window_destroy (dialog);

  /* Nothing the window made, pending Undo included, outlives it */
  g_object_ref (f->window);
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_assert_finalize_object (g_steal_pointer (&f->window));
  g_assert_finalize_object (g_steal_pointer (&f->workspace));
  g_clear_object (&f->clock);

  g_unlink (f->path);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

/* Cases --------------------------------------------------------------------- */

static void
test_default_listed (Fixture       *f,
                     gconstpointer  data)
{
  g_assert_cmpuint (n_stored (f), >=, 15);
  g_assert_cmpuint (cordon_library_window_get_n_shown (f->window), ==, n_stored (f));
  /* The first strategy is open in the editor */
  g_assert_nonnull (cordon_library_window_get_strategy (f->window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->editor_stack), ==, "editor");
}

static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  guint all = n_stored (f), endpoint, endpoint_long;

  cordon_library_window_set_filter (f->window, CORDON_FOCUS_AREA_ENDPOINT, -1);
  endpoint = cordon_library_window_get_n_shown (f->window);
  g_assert_cmpuint (endpoint, >, 0);
  g_assert_cmpuint (endpoint, <, all);
  for (guint i = 0; i < endpoint; i++)
    {
      g_autoptr(CordonStrategy) strategy = cordon_library_window_get_shown (f->window, i);

      g_assert_true (cordon_strategy_get_focus_areas (strategy) & CORDON_FOCUS_AREA_ENDPOINT);
    }

  cordon_library_window_set_filter (f->window, CORDON_FOCUS_AREA_ENDPOINT, CORDON_CONTAINMENT_TERM_LONG);
  endpoint_long = cordon_library_window_get_n_shown (f->window);
  g_assert_cmpuint (endpoint_long, <, endpoint);
  for (guint i = 0; i < endpoint_long; i++)
    {
      g_autoptr(CordonStrategy) strategy = cordon_library_window_get_shown (f->window, i);

      g_assert_cmpint (cordon_strategy_get_term (strategy), ==, CORDON_CONTAINMENT_TERM_LONG);
    }

  cordon_library_window_set_filter (f->window, 0, -1);
  g_assert_cmpuint (cordon_library_window_get_n_shown (f->window), ==, all);

  /* The category dropdown: every shown strategy suits the category */
  gtk_drop_down_set_selected (f->window->category_dropdown, 1);
  for (guint i = 0; i < cordon_library_window_get_n_shown (f->window); i++)
    {
      g_autoptr(CordonStrategy) strategy = cordon_library_window_get_shown (f->window, i);

      g_assert_true (g_strv_contains (cordon_strategy_get_categories (strategy),
                                      gtk_string_list_get_string (f->window->category_ids, 1)));
    }
  gtk_drop_down_set_selected (f->window->category_dropdown, 0);

  gtk_editable_set_text (GTK_EDITABLE (f->window->search_entry), "WAF");
  g_signal_emit_by_name (f->window->search_entry, "search-changed");
  g_assert_cmpuint (cordon_library_window_get_n_shown (f->window), >, 0);
  g_assert_cmpuint (cordon_library_window_get_n_shown (f->window), <, all);
}

static void
test_create_and_refuse (Fixture       *f,
                        gconstpointer  data)
{
  guint before = n_stored (f);
  g_autoptr(CordonStrategy) stored = NULL;

  /* Without a name or a focus area nothing is stored */
  activate (f, "library.new");
  activate (f, "library.save");
  g_assert_nonnull (cordon_row_get_error (ADW_PREFERENCES_ROW (f->window->name_row)));
  g_assert_nonnull (cordon_row_get_error (ADW_PREFERENCES_ROW (f->window->areas_row)));
  g_assert_cmpuint (n_stored (f), ==, before);

  gtk_editable_set_text (GTK_EDITABLE (f->window->name_row), "Block Tor exit nodes");
  gtk_check_button_set_active (f->window->area_checks[0], TRUE);
  adw_combo_row_set_selected (f->window->term_row, CORDON_CONTAINMENT_TERM_LONG);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (f->window->steps_view), "Fetch the list\n\nLoad it on the firewall\n", -1);
  gtk_editable_set_text (GTK_EDITABLE (f->window->mitigations_row), "M1037, M1031");
  activate (f, "library.save");

  g_assert_null (cordon_row_get_error (ADW_PREFERENCES_ROW (f->window->name_row)));
  g_assert_cmpuint (n_stored (f), ==, before + 1);
  stored = cordon_workspace_lookup_strategy (f->workspace, "block-tor-exit-nodes", NULL);
  g_assert_nonnull (stored);
  g_assert_cmpint (cordon_strategy_get_focus_areas (stored), ==, CORDON_FOCUS_AREA_PERIMETER);
  g_assert_cmpint (cordon_strategy_get_term (stored), ==, CORDON_CONTAINMENT_TERM_LONG);
  g_assert_cmpuint (g_strv_length ((GStrv) cordon_strategy_get_steps (stored)), ==, 2);
  g_assert_cmpstr (cordon_strategy_get_mitigations (stored)[1], ==, "M1031");
  g_assert_cmpstr (cordon_strategy_get_slug (cordon_library_window_get_strategy (f->window)), ==, "block-tor-exit-nodes");

  /* An edit that empties the name is refused and leaves the stored one */
  gtk_editable_set_text (GTK_EDITABLE (f->window->name_row), "  ");
  activate (f, "library.save");
  g_assert_nonnull (cordon_row_get_error (ADW_PREFERENCES_ROW (f->window->name_row)));
  g_clear_object (&stored);
  stored = cordon_workspace_lookup_strategy (f->workspace, "block-tor-exit-nodes", NULL);
  g_assert_cmpstr (cordon_strategy_get_name (stored), ==, "Block Tor exit nodes");
}

static void
test_duplicate (Fixture       *f,
                gconstpointer  data)
{
  guint before = n_stored (f);
  CordonStrategy *first = cordon_library_window_get_strategy (f->window);
  g_autofree char *slug = g_strdup (cordon_strategy_get_slug (first));
  g_autofree char *copy_slug = g_strdup_printf ("%s-copy", slug);

  activate (f, "library.duplicate");
  g_assert_cmpuint (n_stored (f), ==, before + 1);
  g_assert_true (is_stored (f, copy_slug));
  g_assert_cmpstr (cordon_strategy_get_slug (cordon_library_window_get_strategy (f->window)), ==, copy_slug);
  g_assert_cmpuint (cordon_library_window_get_n_shown (f->window), ==, before + 1);
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  guint before = n_stored (f);
  g_autoptr(CordonStrategy) strategy = g_object_ref (cordon_library_window_get_strategy (f->window));
  g_autoptr(CordonValidation) validation = cordon_validation_new ();
  g_autoptr(CordonStrategy) back = NULL;
  g_autoptr(GListModel) validations = NULL;
  g_autofree char *slug = g_strdup (cordon_strategy_get_slug (strategy));

  cordon_validation_set_who (validation, "Blue team");
  g_assert_true (cordon_workspace_add_validation (f->workspace, strategy, validation, NULL));

  activate (f, "library.delete");
  g_assert_false (is_stored (f, slug));
  g_assert_cmpuint (n_stored (f), ==, before - 1);
  g_assert_cmpuint (cordon_library_window_get_n_shown (f->window), ==, before - 1);

  activate (f, "library.undo");
  back = cordon_workspace_lookup_strategy (f->workspace, slug, NULL);
  g_assert_nonnull (back);
  g_assert_cmpuint (n_stored (f), ==, before);
  validations = cordon_workspace_list_validations (f->workspace, back, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (validations), ==, 1);
  g_assert_cmpstr (cordon_strategy_get_slug (cordon_library_window_get_strategy (f->window)), ==, slug);
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  CordonStrategy *strategy = cordon_library_window_get_strategy (f->window);
  g_autofree char *slug = g_strdup (cordon_strategy_get_slug (strategy));
  g_autoptr(GListModel) validations = NULL;
  g_autoptr(CordonStrategy) stored = NULL;
  g_autoptr(GDateTime) old = g_date_time_new_utc (2025, 4, 27, 9, 0, 0);
  GtkWindow *dialog;
  gboolean stale = FALSE;
  char *text;

  /* The staleness wording, on the workspace's clock */
  text = cordon_library_format_validated (NULL, cordon_clock_now_usec (CORDON_CLOCK (f->clock)), 365, &stale);
  g_assert_cmpstr (text, ==, "Never validated");
  g_assert_true (stale);
  g_free (text);
  text = cordon_library_format_validated (old, cordon_clock_now_usec (CORDON_CLOCK (f->clock)), 365, &stale);
  g_assert_cmpstr (text, ==, "Validated 400 days ago");
  g_assert_true (stale);
  g_free (text);

  /* A fresh library is never validated, and says so in warning colour */
  {
    GtkWidget *label = wait_for_label (GTK_WIDGET (f->window->strategy_list), "Never validated");

    g_assert_nonnull (label);
    g_assert_true (gtk_widget_has_css_class (label, "warning"));
  }

  activate (f, "library.add-validation");
  dialog = wait_for_dialog (CORDON_TYPE_VALIDATION_DIALOG);
  gtk_editable_set_text (GTK_EDITABLE (find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, has_title, "Date (YYYY-MM-DD)")), "not a date");
  g_signal_emit_by_name (find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, has_label, "_Add"), "clicked");
  g_assert_nonnull (find_toplevel (CORDON_TYPE_VALIDATION_DIALOG));
  validations = cordon_workspace_list_validations (f->workspace, strategy, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (validations), ==, 0);
  g_clear_object (&validations);

  gtk_editable_set_text (GTK_EDITABLE (find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, has_title, "Write the date as YYYY-MM-DD")), "2026-05-29");
  gtk_editable_set_text (GTK_EDITABLE (find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, has_title, "Who Took Part")), "Blue team");
  gtk_editable_set_text (GTK_EDITABLE (find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, has_title, "Time Taken (minutes)")), "25");
  gtk_editable_set_text (GTK_EDITABLE (find_widget (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, has_title, "Pitfalls Found")), "The switch admin password had changed");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_widget (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, has_title, "Result")),
                              CORDON_VALIDATION_RESULT_PARTLY);
  g_signal_emit_by_name (find_widget (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, has_label, "_Add"), "clicked");
  g_assert_null (find_toplevel (CORDON_TYPE_VALIDATION_DIALOG));

  stored = cordon_workspace_lookup_strategy (f->workspace, slug, NULL);
  validations = cordon_workspace_list_validations (f->workspace, stored, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (validations), ==, 1);
  {
    g_autoptr(CordonValidation) validation = g_list_model_get_item (validations, 0);

    g_assert_cmpstr (cordon_validation_get_who (validation), ==, "Blue team");
    g_assert_cmpint (cordon_validation_get_duration (validation), ==, 25 * 60);
    g_assert_cmpint (cordon_validation_get_result (validation), ==, CORDON_VALIDATION_RESULT_PARTLY);
  }

  /* The editor lists the record; the list says it was two days ago */
  g_assert_nonnull (gtk_list_box_get_row_at_index (f->window->validation_list, 0));
  {
    GtkWidget *label = wait_for_label (GTK_WIDGET (f->window->strategy_list), "Validated 2 days ago");

    g_assert_nonnull (label);
    g_assert_false (gtk_widget_has_css_class (label, "warning"));
  }
}

static void
test_coverage (Fixture       *f,
               gconstpointer  data)
{
  static const CordonFocusArea areas[] = {
    CORDON_FOCUS_AREA_PERIMETER, CORDON_FOCUS_AREA_EXTENDED_PERIMETER,
    CORDON_FOCUS_AREA_INTERNAL_NETWORK, CORDON_FOCUS_AREA_ENDPOINT,
  };
  g_autoptr(GListModel) strategies = cordon_workspace_list_strategies (f->workspace, NULL);

  for (guint a = 0; a < G_N_ELEMENTS (areas); a++)
    for (guint term = 0; term < 2; term++)
      {
        GtkWidget *cell = gtk_grid_get_child_at (f->window->coverage_grid, term + 1, a + 1);
        g_autofree char *expected = NULL;
        guint n = 0;

        for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
          {
            g_autoptr(CordonStrategy) strategy = g_list_model_get_item (strategies, i);

            if ((cordon_strategy_get_focus_areas (strategy) & areas[a]) && cordon_strategy_get_term (strategy) == term)
              n++;
          }

        expected = n == 0 ? g_strdup ("None") : g_strdup_printf ("%u · 0 validated", n);
        g_assert_true (GTK_IS_BUTTON (cell));
        g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (cell)), ==, expected);
        g_assert_true (gtk_widget_has_css_class (cell, n == 0 ? "error" : "warning"));

        /* Clicking the cell filters the list to it */
        g_signal_emit_by_name (cell, "clicked");
        g_assert_cmpuint (cordon_library_window_get_n_shown (f->window), ==, n);
      }
}

static void
test_d3fend (Fixture       *f,
             gconstpointer  data)
{
  CordonD3fendDialog *dialog;
  g_autoptr(CordonStrategy) stored = NULL;
  guint before = n_stored (f);
  guint all;

  activate (f, "library.new-from-d3fend");
  dialog = CORDON_D3FEND_DIALOG (wait_for_dialog (CORDON_TYPE_D3FEND_DIALOG));
  all = cordon_d3fend_dialog_get_n_shown (dialog);
  g_assert_cmpuint (all, >, 5);
  cordon_d3fend_dialog_set_search (dialog, "Network Isolation");
  g_assert_cmpuint (cordon_d3fend_dialog_get_n_shown (dialog), >=, 1);
  g_assert_cmpuint (cordon_d3fend_dialog_get_n_shown (dialog), <, all);
  cordon_d3fend_dialog_set_search (dialog, "D3-NI");
  g_assert_cmpuint (cordon_d3fend_dialog_get_n_shown (dialog), >=, 1);
  cordon_d3fend_dialog_choose (dialog, 0);
  g_assert_null (find_toplevel (CORDON_TYPE_D3FEND_DIALOG));

  g_assert_cmpuint (n_stored (f), ==, before + 1);
  stored = g_object_ref (cordon_library_window_get_strategy (f->window));
  g_assert_true (is_stored (f, cordon_strategy_get_slug (stored)));
  g_assert_true (g_str_has_prefix (cordon_strategy_get_slug (stored), "d3-"));
  g_assert_cmpuint (g_strv_length ((GStrv) cordon_strategy_get_d3fend (stored)), ==, 1);
}

/* The validation age limit is a setting: a record 200 days old counts
 * under the default 365 days and is stale under 100, in the list and in
 * the coverage grid, as soon as the setting changes */
static void
test_max_age_setting (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(CordonStrategy) strategy = cordon_workspace_lookup_strategy (f->workspace, "stop-outbound-communication", NULL);
  g_autoptr(CordonValidation) validation = cordon_validation_new ();
  g_autoptr(GDateTime) now = cordon_clock_now (CORDON_CLOCK (f->clock));
  g_autoptr(GDateTime) date = g_date_time_add_days (now, -200);
  g_autoptr(GError) error = NULL;
  GtkWidget *label;

  g_assert_cmpuint (g_settings_get_uint (settings, "validation-max-age"), ==, 365);

  /* Recorded elsewhere (the exercise console, another window): the
   * library follows */
  cordon_validation_set_date (validation, date);
  cordon_validation_set_method (validation, CORDON_VALIDATION_METHOD_TABLETOP);
  cordon_validation_set_result (validation, CORDON_VALIDATION_RESULT_EFFECTIVE);
  g_assert_true (cordon_workspace_add_validation (f->workspace, strategy, validation, &error));
  g_assert_no_error (error);

  cordon_library_window_select_strategy (f->window, "stop-outbound-communication");
  label = wait_for_label (GTK_WIDGET (f->window->strategy_list), "Validated 200 days ago");
  g_assert_false (gtk_widget_has_css_class (label, "warning"));
  g_assert_nonnull (gtk_list_box_get_row_at_index (f->window->validation_list, 0));
  {
    GtkWidget *cell = gtk_grid_get_child_at (f->window->coverage_grid, 1, 1);

    g_assert_true (g_str_has_suffix (gtk_button_get_label (GTK_BUTTON (cell)), "· 1 validated"));
  }

  g_settings_set_uint (settings, "validation-max-age", 100);
  label = wait_for_label (GTK_WIDGET (f->window->strategy_list), "Validated 200 days ago");
  g_assert_true (gtk_widget_has_css_class (label, "warning"));
  {
    GtkWidget *cell = gtk_grid_get_child_at (f->window->coverage_grid, 1, 1);

    g_assert_true (g_str_has_suffix (gtk_button_get_label (GTK_BUTTON (cell)), "· 0 validated"));
  }

  /* Out of range is refused by the schema */
  {
    g_autoptr(GSettingsSchema) schema = NULL;
    g_autoptr(GSettingsSchemaKey) key = NULL;
    g_autoptr(GVariant) zero = g_variant_ref_sink (g_variant_new_uint32 (0));

    g_object_get (settings, "settings-schema", &schema, NULL);
    key = g_settings_schema_get_key (schema, "validation-max-age");
    g_assert_false (g_settings_schema_key_range_check (key, zero));
  }
  g_settings_reset (settings, "validation-max-age");
}

/* Changes made elsewhere reach the list without losing what is typed in
 * the editor; a strategy deleted elsewhere empties the editor */
static void
test_outside_changes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CordonStrategy) created = cordon_strategy_new ();
  g_autoptr(CordonStrategy) doomed = NULL;
  g_autoptr(GError) error = NULL;
  guint before = cordon_library_window_get_n_shown (f->window);

  cordon_library_window_select_strategy (f->window, "null-route-dns");
  gtk_editable_set_text (GTK_EDITABLE (f->window->name_row), "Null-route the C2 domains (draft)");

  cordon_strategy_set_slug (created, "block-usb-storage");
  cordon_strategy_set_name (created, "Block USB storage on the affected hosts");
  cordon_strategy_set_focus_areas (created, CORDON_FOCUS_AREA_ENDPOINT);
  g_assert_true (cordon_workspace_create_strategy (f->workspace, created, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (cordon_library_window_get_n_shown (f->window), ==, before + 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->window->name_row)), ==, "Null-route the C2 domains (draft)");
  g_assert_cmpstr (cordon_strategy_get_slug (cordon_library_window_get_strategy (f->window)), ==, "null-route-dns");

  doomed = cordon_workspace_lookup_strategy (f->workspace, "null-route-dns", NULL);
  g_assert_true (cordon_workspace_remove_strategy (f->workspace, doomed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (cordon_library_window_get_n_shown (f->window), ==, before);
  g_assert_null (cordon_library_window_get_strategy (f->window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  cordon_register_resource ();

  g_test_add ("/library/default-listed", Fixture, NULL, fixture_set_up, test_default_listed, fixture_tear_down);
  g_test_add ("/library/filter", Fixture, NULL, fixture_set_up, test_filter, fixture_tear_down);
  g_test_add ("/library/create-and-refuse", Fixture, NULL, fixture_set_up, test_create_and_refuse, fixture_tear_down);
  g_test_add ("/library/duplicate", Fixture, NULL, fixture_set_up, test_duplicate, fixture_tear_down);
  g_test_add ("/library/delete-undo", Fixture, NULL, fixture_set_up, test_delete_undo, fixture_tear_down);
  g_test_add ("/library/validation", Fixture, NULL, fixture_set_up, test_validation, fixture_tear_down);
  g_test_add ("/library/coverage", Fixture, NULL, fixture_set_up, test_coverage, fixture_tear_down);
  g_test_add ("/library/d3fend", Fixture, NULL, fixture_set_up, test_d3fend, fixture_tear_down);
  g_test_add ("/library/max-age-setting", Fixture, NULL, fixture_set_up, test_max_age_setting, fixture_tear_down);
  g_test_add ("/library/outside-changes", Fixture, NULL, fixture_set_up, test_outside_changes, fixture_tear_down);

  status = g_test_run ();
  cordon_unregister_resource ();

  return status;
}
