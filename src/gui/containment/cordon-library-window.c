/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-library-window.c: the strategy library editor. On the left, the
 * coverage of focus areas by term (gaps stand out) above the filtered list
 * of strategies; on the right, the selected strategy's editor and its
 * validation records. Deleting can be undone from the toast.
 */

#define G_LOG_DOMAIN "cordon-library"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-library-window-private.h"
#include "cordon-d3fend-dialog.h"
#include "cordon-preferences-helpers.h"
#include "cordon-toasts.h"
#include "cordon-validation-dialog.h"

G_DEFINE_FINAL_TYPE (CordonLibraryWindow, cordon_library_window, ADW_TYPE_WINDOW)

static const CordonFocusArea focus_areas[] = {
  CORDON_FOCUS_AREA_PERIMETER,
  CORDON_FOCUS_AREA_EXTENDED_PERIMETER,
  CORDON_FOCUS_AREA_INTERNAL_NETWORK,
  CORDON_FOCUS_AREA_ENDPOINT,
};

static void reload (CordonLibraryWindow *self);

/* Text helpers ------------------------------------------------------------ */

static char *
text_view_get_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* One item a line (steps) or a comma (ids); blank items are dropped. */
static GStrv
split_items (const char *text,
             const char *separator)
{
  g_auto(GStrv) parts = g_strsplit (text, separator, -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  return g_strv_builder_end (builder);
}

static void
text_view_set_lines (GtkTextView        *view,
                     const char * const *lines)
{
  g_autofree char *text = g_strjoinv ("\n", (GStrv) lines);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

/**
 * cordon_library_format_validated:
 * @last: (nullable): the latest validation
 * @now_usec: the clock's now
 * @max_age_days: how old a validation may be before it is stale
 * @out_stale: (out): whether it is older than @max_age_days days, or
 *   never happened
 *
 * Returns: (transfer full): “Never validated”, “Validated today” or
 *   “Validated 400 days ago”
 */
char *
cordon_library_format_validated (GDateTime *last,
                                 gint64     now_usec,
                                 guint      max_age_days,
                                 gboolean  *out_stale)
{
  gint64 days;

  if (last == NULL)
    {
      *out_stale = TRUE;
      return g_strdup (_("Never validated"));
    }

  days = (now_usec - g_date_time_to_unix (last) * G_USEC_PER_SEC) / G_TIME_SPAN_DAY;
  days = MAX (days, 0);
  *out_stale = days > max_age_days;
  if (days == 0)
    return g_strdup (_("Validated today"));

  return g_strdup_printf (ngettext ("Validated %d day ago", "Validated %d days ago", days),
                          (int) days);
}

static gint64
now_usec (CordonLibraryWindow *self)
{
  return cordon_clock_now_usec (cordon_workspace_get_clock (self->workspace));
}

static char *
areas_label (CordonFocusArea areas)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) labels = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (focus_areas); i++)
    if (areas & focus_areas[i])
      g_strv_builder_add (builder, cordon_focus_area_to_label (focus_areas[i]));
  labels = g_strv_builder_end (builder);

  return g_strjoinv (", ", labels);
}

/* Filtering ---------------------------------------------------------------- */

static gboolean
strategy_matches (gpointer item,
                  gpointer user_data)
{
  CordonLibraryWindow *self = user_data;
  CordonStrategy *strategy = item;
  guint area = gtk_drop_down_get_selected (self->area_dropdown);
  guint term = gtk_drop_down_get_selected (self->term_dropdown);
  guint category = gtk_drop_down_get_selected (self->category_dropdown);
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (area > 0 && area <= G_N_ELEMENTS (focus_areas) &&
      !(cordon_strategy_get_focus_areas (strategy) & focus_areas[area - 1]))
    return FALSE;

  if (term > 0 && term != GTK_INVALID_LIST_POSITION &&
      cordon_strategy_get_term (strategy) != (CordonContainmentTerm) (term - 1))
    return FALSE;

  if (category > 0 && category != GTK_INVALID_LIST_POSITION &&
      !g_strv_contains (cordon_strategy_get_categories (strategy),
                        gtk_string_list_get_string (self->category_ids, category)))
    return FALSE;

  if (search != NULL && search[0] != '\0')
    {
      g_autofree char *needle = g_utf8_casefold (search, -1);
      g_autofree char *name = g_utf8_casefold (cordon_strategy_get_name (strategy), -1);
      g_autofree char *description = g_utf8_casefold (cordon_strategy_get_description (strategy), -1);

      if (strstr (name, needle) == NULL && strstr (description, needle) == NULL)
        return FALSE;
    }

  return TRUE;
}

static void
on_filter_changed (CordonLibraryWindow *self)
{
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/* The list ------------------------------------------------------------------- */

static void
setup_strategy_item (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);
  GtkWidget *validated = gtk_label_new (NULL);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_hexpand (labels, TRUE);
  for (GtkWidget *label = name; label != NULL; label = label == name ? details : label == details ? validated : NULL)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (labels), label);
    }
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (details, "caption");
  gtk_widget_add_css_class (details, "dim-label");
  gtk_widget_add_css_class (validated, "caption");
  gtk_widget_set_tooltip_text (icon, _("May destroy forensic evidence"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("May destroy forensic evidence"),
                                  -1);
  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);

  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), icon);
  g_object_set_data (G_OBJECT (box), "name", name);
  g_object_set_data (G_OBJECT (box), "details", details);
  g_object_set_data (G_OBJECT (box), "validated", validated);
  g_object_set_data (G_OBJECT (box), "icon", icon);
  gtk_list_item_set_child (item, box);
}

static void
bind_strategy_item (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  CordonLibraryWindow *self = user_data;
  CordonStrategy *strategy = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *validated = g_object_get_data (G_OBJECT (box), "validated");
  g_autoptr(GDateTime) last = NULL;
  g_autofree char *areas = areas_label (cordon_strategy_get_focus_areas (strategy));
  g_autofree char *details = NULL;
  g_autofree char *when = NULL;
  gboolean stale = FALSE;

  cordon_workspace_get_last_validated (self->workspace, strategy, &last, NULL);
  when = cordon_library_format_validated (last, now_usec (self), self->max_age_days, &stale);
  /* Translators: a strategy's term and focus areas: "Short-term · Perimeter, Endpoint" */
  details = g_strdup_printf (_("%s · %s"), cordon_containment_term_to_label (cordon_strategy_get_term (strategy)),
                             areas[0] != '\0' ? areas : _("No focus area"));

  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "name"), cordon_strategy_get_name (strategy));
  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "details"), details);
  gtk_label_set_text (GTK_LABEL (validated), when);
  if (stale)
    gtk_widget_add_css_class (validated, "warning");
  else
    gtk_widget_remove_css_class (validated, "warning");
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (box), "icon"), cordon_strategy_get_evidence_risk (strategy));
}

/* Coverage -------------------------------------------------------------------- */

static void
on_coverage_clicked (GtkButton           *button,
                     CordonLibraryWindow *self)
{
  guint area = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "cordon-area"));
  guint term = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "cordon-term"));

  gtk_drop_down_set_selected (self->area_dropdown, area + 1);
  gtk_drop_down_set_selected (self->term_dropdown, term + 1);
}

static void
update_coverage (CordonLibraryWindow *self)
{
  g_autoptr(GListModel) unvalidated = NULL;
  g_autoptr(GHashTable) stale = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkWidget *child;

  unvalidated = cordon_workspace_list_unvalidated_strategies (self->workspace,
                                                              (gint64) self->max_age_days * G_TIME_SPAN_DAY, NULL);
  for (guint i = 0; unvalidated != NULL && i < g_list_model_get_n_items (unvalidated); i++)
    {
      g_autoptr(CordonStrategy) strategy = g_list_model_get_item (unvalidated, i);

      g_hash_table_add (stale, g_strdup (cordon_strategy_get_slug (strategy)));
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->coverage_grid))) != NULL)
    gtk_grid_remove (self->coverage_grid, child);

  for (guint term = 0; term < 2; term++)
    {
      GtkWidget *header = gtk_label_new (cordon_containment_term_to_label (term));

      gtk_widget_add_css_class (header, "caption-heading");
      gtk_widget_set_hexpand (header, TRUE);
      gtk_grid_attach (self->coverage_grid, header, term + 1, 0, 1, 1);
    }

  for (guint area = 0; area < G_N_ELEMENTS (focus_areas); area++)
    {
      GtkWidget *label = gtk_label_new (cordon_focus_area_to_label (focus_areas[area]));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "caption");
      gtk_grid_attach (self->coverage_grid, label, 0, area + 1, 1, 1);

      for (guint term = 0; term < 2; term++)
        {
          guint n = 0, n_validated = 0;
          g_autofree char *text = NULL;
          g_autofree char *tooltip = NULL;
          GtkWidget *button;

          for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->strategies)); i++)
            {
              g_autoptr(CordonStrategy) strategy = g_list_model_get_item (G_LIST_MODEL (self->strategies), i);

              if (!(cordon_strategy_get_focus_areas (strategy) & focus_areas[area]) ||
                  cordon_strategy_get_term (strategy) != term)
                continue;
              n++;
              if (!g_hash_table_contains (stale, cordon_strategy_get_slug (strategy)))
                n_validated++;
            }

          if (n == 0)
            text = g_strdup (_("None"));
          else
            /* Translators: a coverage cell: strategies, and how many were validated within a year */
            text = g_strdup_printf (_("%u · %u validated"), n, n_validated);
          /* Translators: "Perimeter, Short-term: 3 strategies, 1 validated within 365 days" */
          tooltip = g_strdup_printf (ngettext (
                                                  "%s, %s: %u strategy, %u validated within %d days",
                                                  "%s, %s: %u strategies, %u validated within %d days", n),
                                     cordon_focus_area_to_label (focus_areas[area]),
                                     cordon_containment_term_to_label (term), n, n_validated,
                                     (int) self->max_age_days);

          button = gtk_button_new_with_label (text);
          gtk_widget_set_tooltip_text (button, tooltip);
          gtk_widget_add_css_class (button, "coverage-cell");
          if (n == 0)
            gtk_widget_add_css_class (button, "error");
          else if (n_validated == 0)
            gtk_widget_add_css_class (button, "warning");
          g_object_set_data (G_OBJECT (button), "cordon-area", GUINT_TO_POINTER (area));
          g_object_set_data (G_OBJECT (button), "cordon-term", GUINT_TO_POINTER (term));
          g_signal_connect (button, "clicked", G_CALLBACK (on_coverage_clicked), self);
          gtk_grid_attach (self->coverage_grid, button, term + 1, area + 1, 1, 1);
        }
    }
}

/* The editor ------------------------------------------------------------------- */

static void
update_actions (CordonLibraryWindow *self)
{
  gboolean stored = self->editing != NULL && cordon_strategy_get_id (self->editing) != 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "library.save", self->editing != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "library.duplicate", stored);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "library.delete", stored);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "library.add-validation", stored);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "library.undo", self->undo_strategy != NULL);
}

static GtkWidget *
create_validation_row (gpointer item,
                       gpointer user_data)
{
  CordonValidation *validation = item;
  GDateTime *date = cordon_validation_get_date (validation);
  g_autofree char *day = date != NULL ? g_date_time_format (date, "%Y-%m-%d") : g_strdup ("");
  g_autofree char *duration = cordon_format_duration (cordon_validation_get_duration (validation));
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const char *who = cordon_validation_get_who (validation);
  const char *pitfalls = cordon_validation_get_pitfalls (validation);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *result = gtk_label_new (cordon_validation_result_to_label (cordon_validation_get_result (validation)));

  /* Translators: a validation record: "2026-03-01 · Tabletop" */
  title = g_strdup_printf (_("%s · %s"), day, cordon_validation_method_to_label (cordon_validation_get_method (validation)));
  /* Translators: who took part and how long carrying it out took; then the pitfalls found */
  subtitle = g_strdup_printf (_("%s, took %s%s%s"), who[0] != '\0' ? who : _("Nobody named"), duration,
                              pitfalls[0] != '\0' ? " — " : "", pitfalls);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  switch (cordon_validation_get_result (validation))
    {
    case CORDON_VALIDATION_RESULT_EFFECTIVE:
      gtk_widget_add_css_class (result, "success");
      break;
    case CORDON_VALIDATION_RESULT_PARTLY:
      gtk_widget_add_css_class (result, "warning");
      break;
    default:
      gtk_widget_add_css_class (result, "error");
      break;
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), result);

  return row;
}

static void
load_validations (CordonLibraryWindow *self)
{
  g_clear_object (&self->validations);

  if (self->editing != NULL && cordon_strategy_get_id (self->editing) != 0)
    self->validations = cordon_workspace_list_validations (self->workspace, self->editing, NULL);
  if (self->validations == NULL)
    self->validations = G_LIST_MODEL (g_list_store_new (CORDON_TYPE_VALIDATION));

  gtk_list_box_bind_model (self->validation_list, self->validations, create_validation_row, self, NULL);
}

static void
clear_errors (CordonLibraryWindow *self)
{
  cordon_row_set_error (ADW_PREFERENCES_ROW (self->name_row), NULL);
  cordon_row_set_error (ADW_PREFERENCES_ROW (self->areas_row), NULL);
}

static void
load_editor (CordonLibraryWindow *self,
             CordonStrategy      *strategy)
{
  const char * const *categories;
  const char *group;
  guint group_position = 0;
  g_autofree char *d3fend = NULL;
  g_autofree char *mitigations = NULL;

  g_set_object (&self->editing, strategy);
  clear_errors (self);
  update_actions (self);

  if (strategy == NULL)
    {
      gtk_stack_set_visible_child_name (self->editor_stack, "empty");
      adw_window_title_set_subtitle (self->editor_title, NULL);
      load_validations (self);
      return;
    }

  gtk_stack_set_visible_child_name (self->editor_stack, "editor");
  adw_window_title_set_subtitle (self->editor_title,
                                 cordon_strategy_get_id (strategy) != 0 ? cordon_strategy_get_name (strategy)
                                                                        : _("New Strategy"));

  gtk_editable_set_text (GTK_EDITABLE (self->name_row), cordon_strategy_get_name (strategy));
  for (guint i = 0; i < G_N_ELEMENTS (focus_areas); i++)
    gtk_check_button_set_active (self->area_checks[i], (cordon_strategy_get_focus_areas (strategy) & focus_areas[i]) != 0);
  adw_combo_row_set_selected (self->term_row, cordon_strategy_get_term (strategy));

  categories = cordon_strategy_get_categories (strategy);
  for (guint i = 0; i < self->category_checks->len; i++)
    {
      GtkCheckButton *check = self->category_checks->pdata[i];

      gtk_check_button_set_active (check, g_strv_contains (categories, g_object_get_data (G_OBJECT (check), "cordon-id")));
    }

  group = cordon_strategy_get_group (strategy);
  for (guint i = 1; i < g_list_model_get_n_items (G_LIST_MODEL (self->group_slugs)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->group_slugs, i), group) == 0)
      group_position = i;
  adw_combo_row_set_selected (self->group_row, group_position);

  gtk_switch_set_active (self->evidence_switch, cordon_strategy_get_evidence_risk (strategy));
  d3fend = g_strjoinv (", ", (GStrv) cordon_strategy_get_d3fend (strategy));
  mitigations = g_strjoinv (", ", (GStrv) cordon_strategy_get_mitigations (strategy));
  gtk_editable_set_text (GTK_EDITABLE (self->d3fend_row), d3fend);
  gtk_editable_set_text (GTK_EDITABLE (self->mitigations_row), mitigations);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->description_view), cordon_strategy_get_description (strategy), -1);
  text_view_set_lines (self->steps_view, cordon_strategy_get_steps (strategy));
  text_view_set_lines (self->rollback_view, cordon_strategy_get_rollback_steps (strategy));

  load_validations (self);
}

static void
on_selection_changed (CordonLibraryWindow *self)
{
  CordonStrategy *strategy = gtk_single_selection_get_selected_item (self->selection);

  if (strategy != NULL && strategy != self->editing)
    load_editor (self, strategy);
}

/* A slug nobody uses yet, from @base: base, base-2, base-3, … */
static char *
unique_slug (CordonLibraryWindow *self,
             const char          *base)
{
  g_autofree char *slug = g_strdup (base[0] != '\0' ? base : "strategy");

  for (guint n = 2;; n++)
    {
      g_autoptr(CordonStrategy) existing = cordon_workspace_lookup_strategy (self->workspace, slug, NULL);

      if (existing == NULL)
        return g_steal_pointer (&slug);

      g_free (slug);
      slug = g_strdup_printf ("%s-%u", base[0] != '\0' ? base : "strategy", n);
    }
}

static void
show_toast (CordonLibraryWindow *self,
            const char          *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CordonLibraryWindow *self = CORDON_LIBRARY_WINDOW (widget);
  g_autoptr(CordonStrategy) strategy = cordon_strategy_new ();
  g_autoptr(GStrvBuilder) categories = g_strv_builder_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autofree char *description = text_view_get_text (self->description_view);
  g_autofree char *steps_text = text_view_get_text (self->steps_view);
  g_autofree char *rollback_text = text_view_get_text (self->rollback_view);
  g_auto(GStrv) steps = split_items (steps_text, "\n");
  g_auto(GStrv) rollback = split_items (rollback_text, "\n");
  g_auto(GStrv) d3fend = split_items (gtk_editable_get_text (GTK_EDITABLE (self->d3fend_row)), ",");
  g_auto(GStrv) mitigations = split_items (gtk_editable_get_text (GTK_EDITABLE (self->mitigations_row)), ",");
  g_auto(GStrv) category_ids = NULL;
  CordonFocusArea areas = 0;
  guint group = adw_combo_row_get_selected (self->group_row);
  gboolean ok;

  if (self->editing == NULL)
    return;

  clear_errors (self);
  for (guint i = 0; i < G_N_ELEMENTS (focus_areas); i++)
    if (gtk_check_button_get_active (self->area_checks[i]))
      areas |= focus_areas[i];

  if (name[0] == '\0')
    cordon_row_set_error (ADW_PREFERENCES_ROW (self->name_row), _("A strategy needs a name"));
  if (areas == 0)
    cordon_row_set_error (ADW_PREFERENCES_ROW (self->areas_row), _("Choose at least one focus area"));
  if (name[0] == '\0' || areas == 0)
    return;

  for (guint i = 0; i < self->category_checks->len; i++)
    if (gtk_check_button_get_active (self->category_checks->pdata[i]))
      g_strv_builder_add (categories, g_object_get_data (self->category_checks->pdata[i], "cordon-id"));
  category_ids = g_strv_builder_end (categories);

  cordon_strategy_set_id (strategy, cordon_strategy_get_id (self->editing));
  cordon_strategy_set_name (strategy, name);
  cordon_strategy_set_focus_areas (strategy, areas);
  cordon_strategy_set_term (strategy, adw_combo_row_get_selected (self->term_row));
  cordon_strategy_set_categories (strategy, (const char * const *) category_ids);
  cordon_strategy_set_description (strategy, g_strstrip (description));
  cordon_strategy_set_steps (strategy, (const char * const *) steps);
  cordon_strategy_set_rollback_steps (strategy, (const char * const *) rollback);
  cordon_strategy_set_group (strategy, group > 0 && group != GTK_INVALID_LIST_POSITION
                                       ? gtk_string_list_get_string (self->group_slugs, group) : "");
  cordon_strategy_set_evidence_risk (strategy, gtk_switch_get_active (self->evidence_switch));
  cordon_strategy_set_d3fend (strategy, (const char * const *) d3fend);
  cordon_strategy_set_mitigations (strategy, (const char * const *) mitigations);

  if (cordon_strategy_get_id (self->editing) != 0)
    {
      cordon_strategy_set_slug (strategy, cordon_strategy_get_slug (self->editing));
      ok = cordon_workspace_update_strategy (self->workspace, strategy, &error);
    }
  else
    {
      g_autofree char *base = cordon_strategy_get_slug (self->editing)[0] != '\0'
                              ? g_strdup (cordon_strategy_get_slug (self->editing))
                              : cordon_id_from_label (name);
      g_autofree char *slug = unique_slug (self, base);

      cordon_strategy_set_slug (strategy, slug);
      ok = cordon_workspace_create_strategy (self->workspace, strategy, &error);
    }

  if (!ok)
    {
      show_toast (self, error->message);
      return;
    }

  g_clear_object (&self->editing);
  reload (self);
  cordon_library_window_select_strategy (self, cordon_strategy_get_slug (strategy));
  show_toast (self, _("Strategy saved"));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CordonLibraryWindow *self = CORDON_LIBRARY_WINDOW (widget);
  g_autoptr(CordonStrategy) strategy = cordon_strategy_new ();

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  load_editor (self, strategy);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  CordonLibraryWindow *self = CORDON_LIBRARY_WINDOW (widget);
  g_autoptr(CordonStrategy) copy = NULL;
  g_autoptr(GError) error = NULL;

  copy = cordon_workspace_duplicate_strategy (self->workspace, self->editing, NULL, &error);
  if (copy == NULL)
    {
      show_toast (self, error->message);
      return;
    }

  reload (self);
  cordon_library_window_select_strategy (self, cordon_strategy_get_slug (copy));
}

static void
clear_undo (CordonLibraryWindow *self)
{
  g_clear_object (&self->undo_strategy);
  g_clear_object (&self->undo_validations);
  g_clear_object (&self->undo_toast);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CordonLibraryWindow *self = CORDON_LIBRARY_WINDOW (widget);
  g_autoptr(CordonStrategy) strategy = g_object_ref (self->editing);
  g_autoptr(GListModel) validations = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *previous = self->undo_toast;

  validations = cordon_workspace_list_validations (self->workspace, strategy, &error);
  self->deleting = TRUE;
  if (validations == NULL || !cordon_workspace_remove_strategy (self->workspace, strategy, &error))
    {
      self->deleting = FALSE;
      show_toast (self, error->message);
      return;
    }
  self->deleting = FALSE;

  if (previous != NULL)
    {
      self->undo_toast = NULL;
      adw_toast_dismiss (previous);
      g_object_unref (previous);
    }
  clear_undo (self);
  self->undo_strategy = g_steal_pointer (&strategy);
  self->undo_validations = g_steal_pointer (&validations);

  /* Translators: a toast after deleting a strategy */
  title = g_strdup_printf (_("“%s” deleted"), cordon_strategy_get_name (self->undo_strategy));
  self->undo_toast = g_object_ref (adw_toast_new (title));
  adw_toast_set_button_label (self->undo_toast, _("_Undo"));
  adw_toast_set_action_name (self->undo_toast, "library.undo");
  adw_toast_set_priority (self->undo_toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (self->undo_toast));

  g_clear_object (&self->editing);
  reload (self);
  if (gtk_single_selection_get_selected_item (self->selection) == NULL)
    load_editor (self, NULL);
  update_actions (self);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CordonLibraryWindow *self = CORDON_LIBRARY_WINDOW (widget);
  g_autoptr(CordonStrategy) strategy = NULL;
  g_autoptr(GListModel) validations = NULL;
  g_autoptr(GError) error = NULL;

  if (self->undo_strategy == NULL)
    return;

  strategy = g_steal_pointer (&self->undo_strategy);
  validations = g_steal_pointer (&self->undo_validations);
  g_clear_object (&self->undo_toast);

  cordon_strategy_set_id (strategy, 0);
  if (!cordon_workspace_create_strategy (self->workspace, strategy, &error))
    {
      show_toast (self, error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (validations); i++)
    {
      g_autoptr(CordonValidation) validation = g_list_model_get_item (validations, i);

      cordon_validation_set_id (validation, 0);
      if (!cordon_workspace_add_validation (self->workspace, strategy, validation, &error))
        {
          show_toast (self, error->message);
          break;
        }
    }

  reload (self);
  cordon_library_window_select_strategy (self, cordon_strategy_get_slug (strategy));
}

static void
on_validation_added (CordonLibraryWindow *self)
{
  load_validations (self);
  reload (self);
}

static void
add_validation_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  CordonLibraryWindow *self = CORDON_LIBRARY_WINDOW (widget);
  CordonValidationDialog *dialog = cordon_validation_dialog_new (self->workspace, self->editing);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "added", G_CALLBACK (on_validation_added), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_technique_chosen (CordonD3fendDialog  *dialog,
                     const char          *id,
                     CordonLibraryWindow *self)
{
  g_autoptr(CordonStrategy) strategy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *slug = NULL;

  strategy = cordon_d3fend_catalogue_new_strategy (cordon_d3fend_dialog_get_catalogue (dialog), id);
  if (strategy == NULL)
    return;

  slug = unique_slug (self, cordon_strategy_get_slug (strategy));
  cordon_strategy_set_slug (strategy, slug);
  cordon_library_window_add_strategy (self, strategy);
}

static void
new_from_d3fend_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CordonLibraryWindow *self = CORDON_LIBRARY_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  CordonD3fendDialog *dialog = cordon_d3fend_dialog_new (&error);

  if (dialog == NULL)
    {
      show_toast (self, error->message);
      return;
    }

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "technique-chosen", G_CALLBACK (on_technique_chosen), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Loading --------------------------------------------------------------------- */

/* Puts the stored strategies in the list without loading the editor;
 * the row of @slug, when it is shown, stays selected. @out_stored tells
 * whether @slug is still in the library. */
static gboolean
refill (CordonLibraryWindow *self,
        const char          *slug,
        gboolean            *out_stored)
{
  g_autoptr(GListModel) strategies = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  strategies = cordon_workspace_list_strategies (self->workspace, &error);
  if (strategies == NULL)
    {
      show_toast (self, error->message);
      return FALSE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (strategies); i++)
    {
      CordonStrategy *strategy = g_list_model_get_item (strategies, i);

      if (out_stored != NULL && g_strcmp0 (cordon_strategy_get_slug (strategy), slug) == 0)
        *out_stored = TRUE;
      g_ptr_array_add (items, strategy);
    }

  g_signal_handlers_block_by_func (self->selection, on_selection_changed, self);
  g_list_store_splice (self->strategies, 0, g_list_model_get_n_items (G_LIST_MODEL (self->strategies)),
                       items->pdata, items->len);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  for (guint i = 0; slug != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->filtered)); i++)
    {
      g_autoptr(CordonStrategy) strategy = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);

      if (g_strcmp0 (cordon_strategy_get_slug (strategy), slug) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          break;
        }
    }
  g_signal_handlers_unblock_by_func (self->selection, on_selection_changed, self);

  return TRUE;
}

static void
reload (CordonLibraryWindow *self)
{
  g_autofree char *slug = NULL;
  gboolean new_strategy = self->editing != NULL && cordon_strategy_get_id (self->editing) == 0;

  if (self->editing != NULL && !new_strategy)
    slug = g_strdup (cordon_strategy_get_slug (self->editing));

  /* The editor keeps what is being typed while the list is refreshed */
  if (!refill (self, NULL, NULL))
    return;

  update_coverage (self);

  if (slug != NULL)
    {
      g_clear_object (&self->editing);
      cordon_library_window_select_strategy (self, slug);
    }
}

/* The library changed outside this window (another window, an import,
 * the exercise console recording validations): refresh the list, the
 * coverage and the validation records, and leave what is being typed in
 * the editor alone */
static void
on_workspace_changed (CordonLibraryWindow *self)
{
  const char *slug = NULL;
  gboolean stored = FALSE;

  if (self->deleting)
    return;

  if (self->editing != NULL && cordon_strategy_get_id (self->editing) != 0)
    slug = cordon_strategy_get_slug (self->editing);

  if (!refill (self, slug, &stored))
    return;

  if (slug != NULL && !stored)
    {
      g_autofree char *title = NULL;

      /* Translators: a toast; the strategy in the editor was deleted in another window */
      title = g_strdup_printf (_("“%s” was deleted elsewhere"), cordon_strategy_get_name (self->editing));
      show_toast (self, title);
      load_editor (self, NULL);
    }
  else if (slug != NULL)
    load_validations (self);

  update_coverage (self);
  update_actions (self);
}

static void
on_max_age_changed (CordonLibraryWindow *self)
{
  self->max_age_days = MAX (1, g_settings_get_uint (self->settings, "validation-max-age"));

  /* The list's marks, the coverage and the records all follow */
  on_workspace_changed (self);
}

static void
fill_choices (CordonLibraryWindow *self)
{
  g_autoptr(GtkStringList) areas = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) terms = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) term_choices = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) groups = gtk_string_list_new (NULL);
  GListModel *entries;
  g_autoptr(GListModel) group_list = NULL;

  gtk_string_list_append (areas, _("All Areas"));
  for (guint i = 0; i < G_N_ELEMENTS (focus_areas); i++)
    gtk_string_list_append (areas, cordon_focus_area_to_label (focus_areas[i]));

  gtk_string_list_append (terms, _("All Terms"));
  for (guint i = 0; i < 2; i++)
    {
      gtk_string_list_append (terms, cordon_containment_term_to_label (i));
      gtk_string_list_append (term_choices, cordon_containment_term_to_label (i));
    }

  self->category_ids = gtk_string_list_new (NULL);
  self->category_checks = g_ptr_array_new ();
  gtk_string_list_append (categories, _("All Categories"));
  gtk_string_list_append (self->category_ids, "");
  entries = cordon_taxonomy_get_entries (cordon_workspace_get_taxonomy (self->workspace), CORDON_TAXONOMY_KIND_CATEGORY);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (entries, i);
      const char *label = cordon_taxonomy_entry_get_display_label (entry);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      gtk_string_list_append (categories, label);
      gtk_string_list_append (self->category_ids, cordon_taxonomy_entry_get_id (entry));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (check), "cordon-id", g_strdup (cordon_taxonomy_entry_get_id (entry)), g_free);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_expander_row_add_row (self->categories_row, row);
      g_ptr_array_add (self->category_checks, check);
    }

  self->group_slugs = gtk_string_list_new (NULL);
  gtk_string_list_append (groups, _("None"));
  gtk_string_list_append (self->group_slugs, "");
  group_list = cordon_workspace_list_groups (self->workspace, NULL);
  for (guint i = 0; group_list != NULL && i < g_list_model_get_n_items (group_list); i++)
    {
      g_autoptr(CordonGroup) group = g_list_model_get_item (group_list, i);

      gtk_string_list_append (groups, cordon_group_get_name (group));
      gtk_string_list_append (self->group_slugs, cordon_group_get_slug (group));
    }

  gtk_drop_down_set_model (self->area_dropdown, G_LIST_MODEL (areas));
  gtk_drop_down_set_model (self->term_dropdown, G_LIST_MODEL (terms));
  gtk_drop_down_set_model (self->category_dropdown, G_LIST_MODEL (categories));
  adw_combo_row_set_model (self->term_row, G_LIST_MODEL (term_choices));
  adw_combo_row_set_model (self->group_row, G_LIST_MODEL (groups));
}

/* GObject ----------------------------------------------------------------------- */

static void
cordon_library_window_dispose (GObject *object)
{
  CordonLibraryWindow *self = CORDON_LIBRARY_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CORDON_TYPE_LIBRARY_WINDOW);
  clear_undo (self);
  g_clear_object (&self->editing);
  g_clear_object (&self->validations);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter);
  g_clear_object (&self->strategies);
  g_clear_object (&self->category_ids);
  g_clear_object (&self->group_slugs);
  g_clear_pointer (&self->category_checks, g_ptr_array_unref);
  g_clear_object (&self->workspace);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (cordon_library_window_parent_class)->dispose (object);
}

static void
cordon_library_window_class_init (CordonLibraryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char *area_ids[] = { "perimeter", "extended", "internal", "endpoint" };

  object_class->dispose = cordon_library_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/containment/cordon-library-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, area_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, term_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, coverage_grid);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, strategy_list);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, editor_title);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, areas_row);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, term_row);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, categories_row);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, group_row);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, evidence_row);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, evidence_switch);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, d3fend_row);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, mitigations_row);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, description_view);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, steps_view);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, rollback_view);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, duplicate_button);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, delete_button);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, validation_group);
  gtk_widget_class_bind_template_child (widget_class, CordonLibraryWindow, validation_list);
  for (guint i = 0; i < G_N_ELEMENTS (area_ids); i++)
    {
      g_autofree char *name = g_strdup_printf ("area_check_%s", area_ids[i]);

      gtk_widget_class_bind_template_child_full (widget_class, g_intern_string (name), FALSE,
                                                 G_STRUCT_OFFSET (CordonLibraryWindow, area_checks) + i * sizeof (gpointer));
    }
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed);

  gtk_widget_class_install_action (widget_class, "library.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "library.new-from-d3fend", NULL, new_from_d3fend_action);
  gtk_widget_class_install_action (widget_class, "library.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "library.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "library.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "library.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "library.add-validation", NULL, add_validation_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "library.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "library.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cordon_library_window_init (CordonLibraryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  cordon_toast_overlay_name_controls (self->toast_overlay);
}

/**
 * cordon_library_window_new:
 *
 * Returns: (transfer full): the library editor of @workspace
 */
CordonLibraryWindow *
cordon_library_window_new (CordonWorkspace *workspace)
{
  CordonLibraryWindow *self;
  GtkListItemFactory *factory;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (CORDON_TYPE_LIBRARY_WINDOW, NULL);
  self->workspace = g_object_ref (workspace);
  self->settings = g_settings_new (APPLICATION_ID);
  self->max_age_days = MAX (1, g_settings_get_uint (self->settings, "validation-max-age"));
  fill_choices (self);

  self->strategies = g_list_store_new (CORDON_TYPE_STRATEGY);
  self->filter = gtk_custom_filter_new (strategy_matches, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->strategies)),
                                              GTK_FILTER (g_object_ref (self->filter)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->filtered));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_strategy_item), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_strategy_item), self);
  gtk_list_view_set_factory (self->strategy_list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->strategy_list, GTK_SELECTION_MODEL (self->selection));

  reload (self);
  load_editor (self, NULL);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    gtk_single_selection_set_selected (self->selection, 0);

  g_signal_connect_object (workspace, "settings-changed", G_CALLBACK (on_workspace_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "reloaded", G_CALLBACK (on_workspace_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::validation-max-age", G_CALLBACK (on_max_age_changed), self, G_CONNECT_SWAPPED);

  return self;
}

CordonWorkspace *
cordon_library_window_get_workspace (CordonLibraryWindow *self)
{
  g_return_val_if_fail (CORDON_IS_LIBRARY_WINDOW (self), NULL);

  return self->workspace;
}

/**
 * cordon_library_window_select_strategy:
 *
 * Shows the strategy with @slug in the editor, clearing the filters when
 * they hide it.
 */
void
cordon_library_window_select_strategy (CordonLibraryWindow *self,
                                       const char          *slug)
{
  g_return_if_fail (CORDON_IS_LIBRARY_WINDOW (self));

  for (guint pass = 0; pass < 2; pass++)
    {
      GListModel *model = G_LIST_MODEL (self->filtered);

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(CordonStrategy) strategy = g_list_model_get_item (model, i);

          if (g_strcmp0 (cordon_strategy_get_slug (strategy), slug) == 0)
            {
              gtk_single_selection_set_selected (self->selection, i);
              if (self->editing != strategy)
                load_editor (self, strategy);
              return;
            }
        }

      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      cordon_library_window_set_filter (self, 0, -1);
      gtk_drop_down_set_selected (self->category_dropdown, 0);
    }
}

/**
 * cordon_library_window_get_strategy:
 *
 * Returns: (transfer none) (nullable): the strategy in the editor
 */
CordonStrategy *
cordon_library_window_get_strategy (CordonLibraryWindow *self)
{
  g_return_val_if_fail (CORDON_IS_LIBRARY_WINDOW (self), NULL);

  return self->editing;
}

guint
cordon_library_window_get_n_shown (CordonLibraryWindow *self)
{
  g_return_val_if_fail (CORDON_IS_LIBRARY_WINDOW (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
}

/**
 * cordon_library_window_get_shown:
 *
 * Returns: (transfer full) (nullable): the strategy listed at @position
 */
CordonStrategy *
cordon_library_window_get_shown (CordonLibraryWindow *self,
                                 guint                position)
{
  g_return_val_if_fail (CORDON_IS_LIBRARY_WINDOW (self), NULL);

  return g_list_model_get_item (G_LIST_MODEL (self->filtered), position);
}

/**
 * cordon_library_window_set_filter:
 * @area: one focus area, or 0 for all
 * @term: a #CordonContainmentTerm, or -1 for all
 */
void
cordon_library_window_set_filter (CordonLibraryWindow *self,
                                  CordonFocusArea      area,
                                  int                  term)
{
  guint area_position = 0;

  g_return_if_fail (CORDON_IS_LIBRARY_WINDOW (self));

  for (guint i = 0; i < G_N_ELEMENTS (focus_areas); i++)
    if (focus_areas[i] == area)
      area_position = i + 1;

  gtk_drop_down_set_selected (self->area_dropdown, area_position);
  gtk_drop_down_set_selected (self->term_dropdown, term < 0 ? 0 : term + 1);
}

/**
 * cordon_library_window_add_strategy:
 *
 * Stores the unstored @strategy (a new one from D3FEND, say) and opens it
 * in the editor; a refusal is shown in a toast.
 */
void
cordon_library_window_add_strategy (CordonLibraryWindow *self,
                                    CordonStrategy      *strategy)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *toast = NULL;

  g_return_if_fail (CORDON_IS_LIBRARY_WINDOW (self));

  if (!cordon_workspace_create_strategy (self->workspace, strategy, &error))
    {
      show_toast (self, error->message);
      return;
    }

  g_clear_object (&self->editing);
  reload (self);
  cordon_library_window_select_strategy (self, cordon_strategy_get_slug (strategy));
  /* Translators: a toast after a strategy was made from a D3FEND technique */
  toast = g_strdup_printf (_("“%s” added: choose its focus areas and steps"), cordon_strategy_get_name (strategy));
  show_toast (self, toast);
}
