/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-incident-page.c: one incident in depth. This file holds the
 * page's properties, its header (key, title, severity, phase), the menu
 * that moves, reclassifies and activates management, and the Overview
 * view; the Analysis, Containment, Communication and Journal views live in the
 * sibling files cordon-incident-page-*.c. Everything shown comes from the
 * workspace and is refreshed from its signals, so a change made anywhere
 * (the board, another window, the command line's reload) shows here.
 */

#define G_LOG_DOMAIN "cordon-incident-page"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "cordon-close-dialog.h"
#include "cordon-identity.h"
#include "cordon-incident-page-private.h"
#include "cordon-lifecycle.h"
#include "cordon-move-dialog.h"
#include "cordon-reclassify-dialog.h"
#include "cordon-time.h"

G_DEFINE_FINAL_TYPE (CordonIncidentPage, cordon_incident_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_INCIDENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const known_severities[] = { "low", "medium", "high", "critical" };

/* Helpers shared by the views -------------------------------------- */

const char *
_cordon_incident_page_author (CordonIncidentPage *self)
{
  return cordon_default_author ();
}

void
_cordon_incident_page_toast (CordonIncidentPage *self,
                             AdwToast           *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), g_object_ref (toast));
}

/**
 * _cordon_incident_page_offer_undo:
 *
 * Shows a toast whose Undo button (or Ctrl+Z) calls @undo, while the
 * toast is shown.
 */
void
_cordon_incident_page_offer_undo (CordonIncidentPage *self,
                                  const char         *title,
                                  CordonUndoFunc      undo,
                                  gpointer            user_data,
                                  GDestroyNotify      destroy)
{
  g_autoptr(AdwToast) toast = cordon_undo_offer (self->undo, title, undo, user_data, destroy);

  _cordon_incident_page_toast (self, toast);
}

typedef struct
{
  CordonWorkspace *workspace;
  CordonIncident  *incident;
  GObject         *removed;
  CordonReAddFunc  re_add;
} Removal;

static void
removal_free (gpointer data)
{
  Removal *removal = data;

  g_clear_object (&removal->workspace);
  g_clear_object (&removal->incident);
  g_clear_object (&removal->removed);
  g_free (removal);
}

/* A new record with every field of @object but its id */
static GObject *
copy_record (GObject *object)
{
  guint n_specs;
  g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_specs);
  GObject *copy = g_object_new (G_OBJECT_TYPE (object), NULL);

  for (guint i = 0; i < n_specs; i++)
    {
      GParamSpec *pspec = specs[i];
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspec->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE ||
          (pspec->flags & G_PARAM_CONSTRUCT_ONLY) != 0 ||
          g_str_equal (pspec->name, "id"))
        continue;

      g_value_init (&value, pspec->value_type);
      g_object_get_property (object, pspec->name, &value);
      g_object_set_property (copy, pspec->name, &value);
    }

  return copy;
}

static gboolean
undo_removal (gpointer   user_data,
              GError   **error)
{
  Removal *removal = user_data;
  g_autoptr(GObject) copy = copy_record (removal->removed);

  return removal->re_add (removal->workspace, removal->incident, copy, error);
}

/**
 * _cordon_incident_page_offer_undo_removal:
 * @removed: the record just removed
 * @re_add: adds a copy of it back
 *
 * Offers to put @removed back, with all its fields.
 */
void
_cordon_incident_page_offer_undo_removal (CordonIncidentPage *self,
                                          const char         *title,
                                          GObject            *removed,
                                          CordonReAddFunc     re_add)
{
  Removal *removal;

  g_return_if_fail (self->workspace != NULL && self->incident != NULL);

  removal = g_new0 (Removal, 1);
  removal->workspace = g_object_ref (self->workspace);
  removal->incident = g_object_ref (self->incident);
  removal->removed = g_object_ref (removed);
  removal->re_add = re_add;
  _cordon_incident_page_offer_undo (self, title, undo_removal, removal, removal_free);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (!cordon_undo_run (self->undo, &error))
    _cordon_incident_page_show_error (self, error);
}

void
_cordon_incident_page_show_error (CordonIncidentPage *self,
                                  const GError       *error)
{
  g_autoptr(AdwToast) toast = adw_toast_new (error->message);

  g_debug ("%s", error->message);
  adw_toast_set_timeout (toast, 0);
  _cordon_incident_page_toast (self, toast);
}

static gint64
item_id (gpointer item)
{
  gint64 id = 0;

  g_object_get (item, "id", &id, NULL);

  return id;
}

/* Copies the properties that differ from @from onto @to, so that @to
 * notifies and the widgets bound to it follow. */
static void
copy_changed_properties (GObject *to,
                         GObject *from)
{
  guint n_pspecs = 0;
  g_autofree GParamSpec **pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (from), &n_pspecs);

  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) old_value = G_VALUE_INIT;
      g_auto(GValue) new_value = G_VALUE_INIT;

      if ((pspecs[i]->flags & (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY)) != G_PARAM_READWRITE)
        continue;

      g_value_init (&old_value, pspecs[i]->value_type);
      g_value_init (&new_value, pspecs[i]->value_type);
      g_object_get_property (to, pspecs[i]->name, &old_value);
      g_object_get_property (from, pspecs[i]->name, &new_value);
      if (g_param_values_cmp (pspecs[i], &old_value, &new_value) != 0)
        g_object_set_property (to, pspecs[i]->name, &new_value);
    }
}

/**
 * _cordon_incident_page_sync_store:
 * @store: the list the page shows
 * @fresh: what the workspace holds now, in order
 *
 * Makes @store hold the records of @fresh, keeping the objects of records
 * that are still there (matched by id) and updating them in place, so
 * that rows keep their state (an expanded row, a focused entry) across
 * the reload that follows each edit.
 */
void
_cordon_incident_page_sync_store (GListStore *store,
                                  GListModel *fresh,
                                  gint64    (*get_id) (gpointer item))
{
  guint n_fresh = g_list_model_get_n_items (fresh);
  guint n_store;

  if (get_id == NULL)
    get_id = item_id;

  for (guint i = 0; i < n_fresh; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (fresh, i);
      gint64 id = get_id (item);
      guint found = G_MAXUINT;

      n_store = g_list_model_get_n_items (G_LIST_MODEL (store));
      for (guint j = i; j < n_store; j++)
        {
          g_autoptr(GObject) kept = g_list_model_get_item (G_LIST_MODEL (store), j);

          if (get_id (kept) == id)
            {
              found = j;
              break;
            }
        }

      if (found == G_MAXUINT)
        {
          g_list_store_insert (store, i, item);
        }
      else
        {
          g_autoptr(GObject) kept = g_list_model_get_item (G_LIST_MODEL (store), found);

          copy_changed_properties (kept, item);
          if (found != i)
            {
              g_list_store_remove (store, found);
              g_list_store_insert (store, i, kept);
            }
        }
    }

  n_store = g_list_model_get_n_items (G_LIST_MODEL (store));
  if (n_store > n_fresh)
    g_list_store_splice (store, n_fresh, n_store - n_fresh, NULL, 0);
}

GtkWidget *
_cordon_incident_page_placeholder_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 18);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);

  return label;
}

/* Header --------------------------------------------------------------- */

static const char *
taxonomy_label (CordonIncidentPage *self,
                CordonTaxonomyKind  kind,
                const char         *id)
{
  CordonTaxonomyEntry *entry;

  if (id == NULL || id[0] == '\0')
    return _("Not set");

  entry = cordon_taxonomy_lookup (cordon_workspace_get_taxonomy (self->workspace), kind, id);

  return entry != NULL ? cordon_taxonomy_entry_get_display_label (entry) : id;
}

static void
update_severity_chip (CordonIncidentPage *self)
{
  const char *severity = cordon_incident_get_severity (self->incident);
  GtkWidget *chip = GTK_WIDGET (self->severity_chip);
  g_autofree char *accessible = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (known_severities); i++)
    {
      g_autofree char *css_class = g_strconcat ("severity-", known_severities[i], NULL);

      if (g_str_equal (severity, known_severities[i]))
        gtk_widget_add_css_class (chip, css_class);
      else
        gtk_widget_remove_css_class (chip, css_class);
    }

  gtk_label_set_text (self->severity_chip, taxonomy_label (self, CORDON_TAXONOMY_KIND_SEVERITY, severity));
  /* Translators: read by screen readers, e.g. "Severity: High" */
  accessible = g_strdup_printf (_("Severity: %s"), taxonomy_label (self, CORDON_TAXONOMY_KIND_SEVERITY, severity));
  gtk_accessible_update_property (GTK_ACCESSIBLE (chip), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
update_header (CordonIncidentPage *self)
{
  g_autoptr(GString) details = g_string_new (NULL);
  const char *lead;

  gtk_label_set_text (self->key_label, cordon_incident_get_key (self->incident));
  gtk_label_set_text (self->title_label, cordon_incident_get_title (self->incident));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), cordon_incident_get_title (self->incident));
  adw_view_switcher_title_set_title (self->switcher_title, cordon_incident_get_key (self->incident));
  update_severity_chip (self);
  gtk_label_set_text (self->phase_chip, cordon_phase_to_label (cordon_incident_get_phase (self->incident)));

  g_string_append (details, taxonomy_label (self, CORDON_TAXONOMY_KIND_CATEGORY,
                                            cordon_incident_get_category (self->incident)));
  lead = cordon_incident_get_lead (self->incident);
  if (lead[0] != '\0')
    {
      g_string_append (details, " · ");
      /* Translators: who leads the response, e.g. "Led by Ada Lovelace" */
      g_string_append_printf (details, _("Led by %s"), lead);
    }
  if (cordon_incident_get_exercise (self->incident))
    {
      g_string_append (details, " · ");
      g_string_append (details, _("Exercise"));
    }
  gtk_label_set_text (self->details_label, details->str);
}

static void
update_menu (CordonIncidentPage *self)
{
  const CordonPhase *phases;
  gsize n_phases = 0;

  g_menu_remove_all (self->move_menu);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "incident.close",
                                 self->incident != NULL &&
                                 cordon_incident_get_phase (self->incident) != CORDON_PHASE_CLOSED);
  if (self->incident == NULL)
    return;

  phases = cordon_lifecycle_get_next_phases (cordon_incident_get_phase (self->incident), &n_phases);
  for (gsize i = 0; i < n_phases; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (cordon_phase_to_label (phases[i]), NULL);

      g_menu_item_set_action_and_target (item, "incident.move-to", "s", cordon_phase_to_id (phases[i]));
      g_menu_append_item (self->move_menu, item);
    }
}

/* Overview ------------------------------------------------------------- */

static void
fill_impacts (CordonIncidentPage *self)
{
  GListModel *entries = cordon_taxonomy_get_entries (cordon_workspace_get_taxonomy (self->workspace),
                                                     CORDON_TAXONOMY_KIND_IMPACT);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->impact_ids, 0);
  gtk_string_list_append (labels, _("Not set"));
  g_ptr_array_add (self->impact_ids, g_strdup (""));

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (entries, i);

      gtk_string_list_append (labels, cordon_taxonomy_entry_get_display_label (entry));
      g_ptr_array_add (self->impact_ids, g_strdup (cordon_taxonomy_entry_get_id (entry)));
    }

  self->updating++;
  adw_combo_row_set_model (self->impact_row, G_LIST_MODEL (labels));
  self->updating--;
}

static void
update_management (CordonIncidentPage *self)
{
  CordonTaxonomy *taxonomy = cordon_workspace_get_taxonomy (self->workspace);
  gboolean required = cordon_taxonomy_requires_management (taxonomy, cordon_incident_get_impact (self->incident));
  g_autoptr(GDateTime) activated = cordon_incident_dup_management_activated (self->incident);

  gtk_widget_set_visible (GTK_WIDGET (self->management_group), required || activated != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->management_button), activated == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "incident.activate-management", activated == NULL);

  if (activated != NULL)
    {
      g_autofree char *when = cordon_time_format_display (activated);
      /* Translators: "Activated 2026-03-01 14:05 UTC" */
      g_autofree char *subtitle = g_strdup_printf (_("Activated %s"), when);

      gtk_image_set_from_icon_name (self->management_icon, "emblem-ok-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (self->management_icon), "warning");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->management_row), _("Management Activated"));
      adw_action_row_set_subtitle (self->management_row, subtitle);
    }
  else
    {
      gtk_image_set_from_icon_name (self->management_icon, "dialog-warning-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->management_icon), "warning");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->management_row),
                                     _("Management Must Be Activated"));
      adw_action_row_set_subtitle (self->management_row,
                                   _("The impact is enterprise-wide: the management group has to be told and engaged"));
    }
}

static void
update_groups (CordonIncidentPage *self)
{
  GtkWidget *child;

  self->updating++;
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      CordonGroup *group = g_object_get_data (G_OBJECT (child), "cordon-group");
      GtkSwitch *toggle = g_object_get_data (G_OBJECT (child), "cordon-switch");

      if (group != NULL && toggle != NULL)
        gtk_switch_set_active (toggle, cordon_incident_has_group (self->incident,
                                                                  cordon_group_get_slug (group)));
    }
  self->updating--;
}

static void
update_overview (CordonIncidentPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->summary_view);
  const char *impact = cordon_incident_get_impact (self->incident);

  self->updating++;

  if (!gtk_text_buffer_get_modified (buffer))
    {
      gtk_text_buffer_set_text (buffer, cordon_incident_get_summary (self->incident), -1);
      gtk_text_buffer_set_modified (buffer, FALSE);
    }

  adw_action_row_set_subtitle (self->category_row,
                               taxonomy_label (self, CORDON_TAXONOMY_KIND_CATEGORY,
                                               cordon_incident_get_category (self->incident)));
  adw_action_row_set_subtitle (self->severity_row,
                               taxonomy_label (self, CORDON_TAXONOMY_KIND_SEVERITY,
                                               cordon_incident_get_severity (self->incident)));

  for (guint i = 0; i < self->impact_ids->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (self->impact_ids, i), impact))
        {
          adw_combo_row_set_selected (self->impact_row, i);
          break;
        }
    }

  adw_combo_row_set_selected (self->tlp_row, cordon_incident_get_tlp (self->incident));

  if (!gtk_widget_has_focus (GTK_WIDGET (self->title_row)) &&
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->title_row)), cordon_incident_get_title (self->incident)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->title_row), cordon_incident_get_title (self->incident));

  if (!gtk_widget_has_focus (GTK_WIDGET (self->lead_row)) &&
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->lead_row)), cordon_incident_get_lead (self->incident)) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->lead_row), cordon_incident_get_lead (self->incident));

  self->updating--;

  update_management (self);
  update_groups (self);
}

static void
refresh (CordonIncidentPage *self)
{
  gboolean has_incident = self->incident != NULL && self->workspace != NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->view_stack), has_incident);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "incident.reclassify", has_incident);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "incident.move-to", has_incident);

  update_menu (self);
  _cordon_incident_page_update_clocks (self);

  if (!has_incident)
    {
      gtk_label_set_text (self->key_label, "");
      gtk_label_set_text (self->title_label, "");
      gtk_label_set_text (self->severity_chip, "");
      gtk_label_set_text (self->phase_chip, "");
      gtk_label_set_text (self->details_label, "");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "incident.activate-management", FALSE);
      return;
    }

  update_header (self);
  update_overview (self);
}

static void
save_incident (CordonIncidentPage *self)
{
  g_autoptr(GError) error = NULL;

  /* A new title or lead is a journal entry by whoever made the change */
  if (!cordon_workspace_save_incident_full (self->workspace, self->incident,
                                            _cordon_incident_page_author (self), &error))
    {
      _cordon_incident_page_show_error (self, error);
      refresh (self);
    }
}

static void
on_impact_selected (CordonIncidentPage *self)
{
  guint selected = adw_combo_row_get_selected (self->impact_row);

  if (self->updating > 0 || self->incident == NULL || selected >= self->impact_ids->len)
    return;

  if (g_str_equal (g_ptr_array_index (self->impact_ids, selected), cordon_incident_get_impact (self->incident)))
    return;

  cordon_incident_set_impact (self->incident, g_ptr_array_index (self->impact_ids, selected));
  save_incident (self);
}

static void
on_tlp_selected (CordonIncidentPage *self)
{
  guint selected = adw_combo_row_get_selected (self->tlp_row);

  if (self->updating > 0 || self->incident == NULL || selected > CORDON_TLP_RED ||
      selected == (guint) cordon_incident_get_tlp (self->incident))
    return;

  cordon_incident_set_tlp (self->incident, selected);
  save_incident (self);
}

static void
on_title_apply (CordonIncidentPage *self)
{
  g_autofree char *title = NULL;

  if (self->incident == NULL)
    return;

  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  if (g_str_equal (title, cordon_incident_get_title (self->incident)))
    return;

  cordon_incident_set_title (self->incident, title);
  save_incident (self);
}

static void
on_lead_apply (CordonIncidentPage *self)
{
  g_autofree char *lead = NULL;

  if (self->incident == NULL)
    return;

  lead = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->lead_row))));
  if (g_str_equal (lead, cordon_incident_get_lead (self->incident)))
    return;

  cordon_incident_set_lead (self->incident, lead);
  save_incident (self);
}

static void
on_summary_modified_changed (CordonIncidentPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->summary_view);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "incident.save-summary",
                                 self->incident != NULL && gtk_text_buffer_get_modified (buffer));
}

static void
save_summary_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->summary_view);
  g_autoptr(GError) error = NULL;
  g_autofree char *summary = NULL;
  GtkTextIter start, end;

  if (self->incident == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  summary = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_strstrip (summary);

  cordon_incident_set_summary (self->incident, summary);
  if (!cordon_workspace_save_incident_full (self->workspace, self->incident, _cordon_incident_page_author (self), &error))
    {
      _cordon_incident_page_show_error (self, error);
      return;
    }

  gtk_text_buffer_set_modified (buffer, FALSE);
  update_overview (self);
}

static void
on_group_switch_active (GtkSwitch  *toggle,
                        GParamSpec *pspec,
                        GtkWidget  *row)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (gtk_widget_get_ancestor (row, CORDON_TYPE_INCIDENT_PAGE));
  CordonGroup *group = g_object_get_data (G_OBJECT (row), "cordon-group");
  const char *slug = cordon_group_get_slug (group);
  const char * const *groups;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) changed = NULL;
  gboolean active = gtk_switch_get_active (toggle);

  if (self == NULL || self->updating > 0 || self->incident == NULL ||
      active == cordon_incident_has_group (self->incident, slug))
    return;

  builder = g_strv_builder_new ();
  groups = cordon_incident_get_groups (self->incident);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      if (!g_str_equal (groups[i], slug))
        g_strv_builder_add (builder, groups[i]);
    }
  if (active)
    g_strv_builder_add (builder, slug);
  changed = g_strv_builder_end (builder);

  cordon_incident_set_groups (self->incident, (const char * const *) changed);
  save_incident (self);
}

static GtkWidget *
create_group_row (gpointer item,
                  gpointer user_data)
{
  CordonIncidentPage *self = user_data;
  CordonGroup *group = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cordon_group_get_name (group));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), cordon_group_get_description (group)[0] != '\0'
                                                     ? cordon_group_get_description (group)
                                                     : cordon_group_kind_to_label (cordon_group_get_kind (group)));
  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cordon_group_get_name (group), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);

  g_object_set_data_full (G_OBJECT (row), "cordon-group", g_object_ref (group), g_object_unref);
  g_object_set_data (G_OBJECT (row), "cordon-switch", toggle);

  if (self->incident != NULL)
    gtk_switch_set_active (GTK_SWITCH (toggle), cordon_incident_has_group (self->incident,
                                                                           cordon_group_get_slug (group)));
  g_signal_connect (toggle, "notify::active", G_CALLBACK (on_group_switch_active), row);

  return row;
}

static JsonObject *
payload_object (JsonParser         *parser,
                CordonJournalEntry *entry)
{
  const char *payload = cordon_journal_entry_get_payload (entry);

  if (payload == NULL || !json_parser_load_from_data (parser, payload, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return NULL;

  return json_node_get_object (json_parser_get_root (parser));
}

static void
append_change (CordonIncidentPage *self,
               GString            *out,
               JsonObject         *object,
               const char         *member,
               const char         *title,
               CordonTaxonomyKind  kind)
{
  JsonObject *change;
  const char *from;
  const char *to;

  if (!json_object_has_member (object, member) ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, member)))
    return;

  change = json_object_get_object_member (object, member);
  from = json_object_get_string_member_with_default (change, "from", "");
  to = json_object_get_string_member_with_default (change, "to", "");

  if (out->len > 0)
    g_string_append (out, "; ");
  /* Translators: a reclassification, e.g. "Severity: Medium → High" */
  g_string_append_printf (out, _("%s: %s → %s"), title,
                          taxonomy_label (self, kind, from), taxonomy_label (self, kind, to));
}

/**
 * _cordon_incident_page_describe_entry:
 *
 * Returns: (transfer full) (nullable): what a phase or classification
 *   change changed, e.g. "Analysis → Containment" or "Severity: Medium →
 *   High", read from its payload; %NULL for other entries
 */
char *
_cordon_incident_page_describe_entry (CordonIncidentPage *self,
                                      CordonJournalEntry *entry)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GString) out = g_string_new (NULL);
  JsonObject *object;

  if (cordon_journal_entry_get_kind (entry) != CORDON_JOURNAL_KIND_CLASSIFICATION_CHANGE ||
      !(object = payload_object (parser, entry)))
    return NULL;

  append_change (self, out, object, "category", _("Category"), CORDON_TAXONOMY_KIND_CATEGORY);
  append_change (self, out, object, "severity", _("Severity"), CORDON_TAXONOMY_KIND_SEVERITY);

  return out->len > 0 ? g_string_free (g_steal_pointer (&out), FALSE) : NULL;
}

/* The title of a phase-change entry: "Analysis → Containment", or the
 * phase the incident was opened in. */
char *
_cordon_incident_page_describe_phase_change (CordonJournalEntry *entry)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *payload = cordon_journal_entry_get_payload (entry);
  const char *from_id = NULL;
  const char *to_id = NULL;
  CordonPhase from, to;
  JsonObject *object;

  if (payload == NULL || !json_parser_load_from_data (parser, payload, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return g_strdup (cordon_journal_entry_get_text (entry));

  object = json_node_get_object (json_parser_get_root (parser));
  from_id = json_object_get_string_member_with_default (object, "from", NULL);
  to_id = json_object_get_string_member_with_default (object, "to", NULL);

  if (!cordon_phase_from_id (to_id, &to))
    return g_strdup (cordon_journal_entry_get_text (entry));

  if (!cordon_phase_from_id (from_id, &from))
    /* Translators: the first entry of the phase history, e.g. "Opened as Detected" */
    return g_strdup_printf (_("Opened as %s"), cordon_phase_to_label (to));

  /* Translators: a phase change, e.g. "Analysis → Containment" */
  return g_strdup_printf (_("%s → %s"), cordon_phase_to_label (from), cordon_phase_to_label (to));
}

static GtkWidget *
create_history_row (gpointer item,
                    gpointer user_data)
{
  CordonJournalEntry *entry = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = _cordon_incident_page_describe_phase_change (entry);
  g_autofree char *when = cordon_time_format_display (cordon_journal_entry_get_time (entry));
  g_autofree char *subtitle = NULL;
  const char *author = cordon_journal_entry_get_author (entry);
  GtkWidget *icon = gtk_image_new_from_icon_name ("go-next-symbolic");

  if (author[0] != '\0')
    /* Translators: "2026-03-01 14:05 UTC · Ada Lovelace: reason" */
    subtitle = g_strdup_printf (_("%s · %s: %s"), when, author, cordon_journal_entry_get_text (entry));
  else
    subtitle = g_strdup_printf ("%s: %s", when, cordon_journal_entry_get_text (entry));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  return row;
}

static void
reload_groups (CordonIncidentPage *self)
{
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(GError) error = NULL;

  if (self->workspace == NULL)
    {
      g_list_store_remove_all (self->groups);
      return;
    }

  if (!(groups = cordon_workspace_list_groups (self->workspace, &error)))
    {
      _cordon_incident_page_show_error (self, error);
      return;
    }

  _cordon_incident_page_sync_store (self->groups, groups, NULL);
}

static void
reload_history (CordonIncidentPage *self)
{
  g_list_store_remove_all (self->history);
  if (self->incident == NULL)
    return;

  /* The journal view holds every entry newest first; the history keeps
   * the phase changes in the order they happened. */
  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->journal)); i > 0; i--)
    {
      g_autoptr(CordonJournalEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->journal), i - 1);

      if (cordon_journal_entry_get_kind (entry) == CORDON_JOURNAL_KIND_PHASE_CHANGE)
        g_list_store_append (self->history, entry);
    }
}

/* Actions -------------------------------------------------------------- */

/* The tabs, in the order Alt+1, Alt+2… reach them */
static const char * const tab_names[] = {
  "overview", "analysis", "containment", "evidence", "recovery", "review",
  "communication", "journal",
};

static void
show_tab_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  GtkWidget *child = adw_view_stack_get_child_by_name (self->view_stack, name);

  if (child == NULL)
    return;

  /* The keyboard follows: focus moves into the tab shown */
  adw_view_stack_set_visible_child (self->view_stack, child);
  gtk_widget_child_focus (child, GTK_DIR_TAB_FORWARD);
}

static void
move_to_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (widget);
  CordonPhase phase;

  if (self->incident == NULL ||
      !cordon_phase_from_id (g_variant_get_string (parameter, NULL), &phase))
    return;

  /* Once the move is made, recovery and lessons learned open their tab */
  self->moving_to = phase;
  cordon_move_dialog_present (widget, self->workspace, self->incident, phase);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (widget);

  if (self->incident != NULL)
    cordon_close_dialog_present (widget, self->workspace, self->incident, _cordon_incident_page_author (self));
}

static void
reclassify_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (widget);

  if (self->incident != NULL)
    cordon_reclassify_dialog_present (widget, self->workspace, self->incident);
}

static void
activate_management_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;

  if (self->incident == NULL)
    return;

  if (!cordon_workspace_activate_management (self->workspace, self->incident,
                                             _cordon_incident_page_author (self), &error))
    {
      _cordon_incident_page_show_error (self, error);
      return;
    }

  toast = adw_toast_new (_("Management activated"));
  _cordon_incident_page_toast (self, toast);
}

/* Workspace signals ------------------------------------------------------ */

static gboolean
is_ours (CordonIncidentPage *self,
         CordonIncident     *incident)
{
  return self->incident != NULL && incident != NULL &&
         cordon_incident_get_id (incident) == cordon_incident_get_id (self->incident);
}

static void
on_incident_changed (CordonIncidentPage *self,
                     CordonIncident     *incident)
{
  if (!is_ours (self, incident))
    return;

  refresh (self);

  /* A move made from this page to recovery or lessons learned goes on in
   * the tab for it: the checklist, the review */
  if (self->moving_to == cordon_incident_get_phase (self->incident))
    {
      if (self->moving_to == CORDON_PHASE_RECOVERY)
        adw_view_stack_set_visible_child_name (self->view_stack, "recovery");
      else if (self->moving_to == CORDON_PHASE_LESSONS_LEARNED)
        adw_view_stack_set_visible_child_name (self->view_stack, "review");
      self->moving_to = -1;
    }

  /* A reclassification may change which strategies suit the incident */
  _cordon_incident_page_reload_suggestions (self);
  _cordon_incident_page_update_next_update (self);
  _cordon_incident_page_recompose (self);
  /* A move or a reclassification changes what recovery offers */
  _cordon_incident_page_reload_recovery (self);
}

static void
on_journal_appended (CordonIncidentPage *self,
                     CordonIncident     *incident,
                     CordonJournalEntry *entry)
{
  if (!is_ours (self, incident))
    return;

  _cordon_incident_page_prepend_entry (self, entry);
  if (cordon_journal_entry_get_kind (entry) == CORDON_JOURNAL_KIND_PHASE_CHANGE)
    g_list_store_append (self->history, entry);
  _cordon_incident_page_update_next_update (self);
  _cordon_incident_page_recompose (self);
}

static void
on_records_changed (CordonIncidentPage *self,
                    CordonIncident     *incident)
{
  if (!is_ours (self, incident))
    return;

  _cordon_incident_page_reload_records (self);
  _cordon_incident_page_reload_plan (self);
  _cordon_incident_page_reload_recovery (self);
  _cordon_incident_page_reload_evidence (self);
}

static void
reload_all (CordonIncidentPage *self)
{
  if (self->workspace != NULL)
    fill_impacts (self);
  reload_groups (self);
  _cordon_incident_page_reload_journal (self);
  reload_history (self);
  _cordon_incident_page_reload_records (self);
  _cordon_incident_page_reload_plan (self);
  _cordon_incident_page_reload_suggestions (self);
  _cordon_incident_page_reload_evidence (self);
  _cordon_incident_page_reload_protocols (self);
  _cordon_incident_page_reload_recovery (self);
  refresh (self);
}

static void
on_settings_changed (CordonIncidentPage *self)
{
  fill_impacts (self);
  reload_groups (self);
  _cordon_incident_page_reload_suggestions (self);
  _cordon_incident_page_reload_protocols (self);
  refresh (self);
}

static void
on_reloaded (CordonIncidentPage *self)
{
  g_autoptr(CordonIncident) incident = NULL;

  /* A bulk may have replaced every incident object: follow ours by key */
  if (self->incident != NULL)
    {
      incident = cordon_workspace_lookup_incident (self->workspace, cordon_incident_get_key (self->incident), NULL);
      if (incident != NULL && incident != self->incident)
        {
          cordon_incident_page_set_incident (self, incident);
          return;
        }
    }

  reload_all (self);
}

/* GObject -------------------------------------------------------------- */

static void
cordon_incident_page_dispose (GObject *object)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (object);

  if (self->workspace_signals != NULL)
    g_signal_group_set_target (self->workspace_signals, NULL);

  _cordon_incident_page_dispose_recovery (self);
  _cordon_incident_page_dispose_evidence (self);
  _cordon_incident_page_dispose_report (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), CORDON_TYPE_INCIDENT_PAGE);

  g_clear_object (&self->workspace_signals);
  g_clear_object (&self->workspace);
  g_clear_object (&self->incident);
  g_clear_object (&self->move_menu);
  g_clear_object (&self->groups);
  g_clear_object (&self->history);
  g_clear_pointer (&self->impact_ids, g_ptr_array_unref);
  g_clear_object (&self->facts);
  g_clear_object (&self->questions);
  g_clear_object (&self->tasks);
  g_clear_object (&self->undo);
  _cordon_incident_page_dispose_clocks (self);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->checks, g_hash_table_unref);
  g_clear_pointer (&self->expanded_actions, g_hash_table_unref);
  g_clear_object (&self->short_term);
  g_clear_object (&self->long_term);
  g_clear_object (&self->protocols);
  g_clear_object (&self->members);
  g_clear_object (&self->journal);
  g_clear_object (&self->journal_kind_filter);

  G_OBJECT_CLASS (cordon_incident_page_parent_class)->dispose (object);
}

static void
cordon_incident_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_INCIDENT:
      g_value_set_object (value, self->incident);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_incident_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      cordon_incident_page_set_workspace (self, g_value_get_object (value));
      break;

    case PROP_INCIDENT:
      cordon_incident_page_set_incident (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_incident_page_class_init (CordonIncidentPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cordon_incident_page_dispose;
  object_class->get_property = cordon_incident_page_get_property;
  object_class->set_property = cordon_incident_page_set_property;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         CORDON_TYPE_WORKSPACE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_INCIDENT] =
    g_param_spec_object ("incident", NULL, NULL,
                         CORDON_TYPE_INCIDENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/incident/cordon-incident-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, key_label);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, severity_chip);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, phase_chip);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, details_label);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, clocks_group);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, management_group);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, management_row);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, management_icon);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, management_button);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, summary_view);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, category_row);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, severity_row);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, impact_row);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, tlp_row);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, title_row);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, lead_row);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, groups_list);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, history_list);

  gtk_widget_class_install_action (widget_class, "incident.show-tab", "s", show_tab_action);
  /* Alt+1… go to the tabs in order, as in other tabbed GNOME apps */
  for (guint i = 0; i < G_N_ELEMENTS (tab_names); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "incident.show-tab", "s", tab_names[i]);
  gtk_widget_class_install_action (widget_class, "incident.move-to", "s", move_to_action);
  gtk_widget_class_install_action (widget_class, "incident.reclassify", NULL, reclassify_action);
  gtk_widget_class_install_action (widget_class, "incident.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "incident.activate-management", NULL, activate_management_action);
  gtk_widget_class_install_action (widget_class, "incident.save-summary", NULL, save_summary_action);
  gtk_widget_class_install_action (widget_class, "incident.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "incident.undo", NULL);

  _cordon_incident_page_class_init_analysis (widget_class);
  _cordon_incident_page_class_init_evidence (widget_class);
  _cordon_incident_page_class_init_containment (widget_class);
  _cordon_incident_page_class_init_recovery (widget_class);
  _cordon_incident_page_class_init_communication (widget_class);
  _cordon_incident_page_class_init_journal (widget_class);
  _cordon_incident_page_class_init_report (widget_class);
}

static void
cordon_incident_page_init (CordonIncidentPage *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  g_autoptr(GMenu) report_section = g_menu_new ();
  g_autoptr(GtkStringList) tlps = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->moving_to = -1;
  self->undo = cordon_undo_new ("incident.undo");
  _cordon_incident_page_init_clocks (self);

  self->impact_ids = g_ptr_array_new_with_free_func (g_free);
  self->groups = g_list_store_new (CORDON_TYPE_GROUP);
  self->history = g_list_store_new (CORDON_TYPE_JOURNAL_ENTRY);

  /* The menu: Move To ▸ (the phases the lifecycle allows next), then the
   * classification and management, then the report */
  self->move_menu = g_menu_new ();
  g_menu_append_submenu (menu, _("_Move To"), G_MENU_MODEL (self->move_menu));
  g_menu_append (menu, _("_Close Incident…"), "incident.close");
  g_menu_append (section, _("_Reclassify…"), "incident.reclassify");
  g_menu_append (section, _("Activate _Management"), "incident.activate-management");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_menu_append (report_section, _("_Export Report…"), "incident.export-report");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (report_section));
  gtk_menu_button_set_menu_model (self->menu_button, G_MENU_MODEL (menu));

  for (CordonTlp tlp = CORDON_TLP_CLEAR; tlp <= CORDON_TLP_RED; tlp++)
    gtk_string_list_append (tlps, cordon_tlp_to_label (tlp));
  adw_combo_row_set_model (self->tlp_row, G_LIST_MODEL (tlps));

  gtk_list_box_bind_model (self->groups_list, G_LIST_MODEL (self->groups),
                           create_group_row, self, NULL);
  gtk_list_box_set_placeholder (self->groups_list, _cordon_incident_page_placeholder_new (_("No groups are set up; add them in Preferences")));
  gtk_list_box_bind_model (self->history_list, G_LIST_MODEL (self->history),
                           create_history_row, self, NULL);
  gtk_list_box_set_placeholder (self->history_list, _cordon_incident_page_placeholder_new (_("No phase changes yet")));

  g_signal_connect_object (self->impact_row, "notify::selected", G_CALLBACK (on_impact_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tlp_row, "notify::selected", G_CALLBACK (on_tlp_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->title_row, "apply", G_CALLBACK (on_title_apply), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->title_row, "entry-activated", G_CALLBACK (on_title_apply), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->lead_row, "apply", G_CALLBACK (on_lead_apply), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->lead_row, "entry-activated", G_CALLBACK (on_lead_apply), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->summary_view), "modified-changed",
                           G_CALLBACK (on_summary_modified_changed), self, G_CONNECT_SWAPPED);

  self->workspace_signals = g_signal_group_new (CORDON_TYPE_WORKSPACE);
  g_signal_group_connect_object (self->workspace_signals, "incident-changed",
                                 G_CALLBACK (on_incident_changed), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->workspace_signals, "journal-appended",
                                 G_CALLBACK (on_journal_appended), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->workspace_signals, "records-changed",
                                 G_CALLBACK (on_records_changed), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->workspace_signals, "settings-changed",
                                 G_CALLBACK (on_settings_changed), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->workspace_signals, "reloaded",
                                 G_CALLBACK (on_reloaded), self, G_CONNECT_SWAPPED);

  _cordon_incident_page_init_analysis (self);
  _cordon_incident_page_init_containment (self);
  _cordon_incident_page_init_recovery (self);
  _cordon_incident_page_init_evidence (self);
  _cordon_incident_page_init_communication (self);
  _cordon_incident_page_init_journal (self);

  on_summary_modified_changed (self);
  refresh (self);
}

/* Public API ------------------------------------------------------------- */

CordonIncidentPage *
cordon_incident_page_new (void)
{
  return g_object_new (CORDON_TYPE_INCIDENT_PAGE, NULL);
}

/**
 * cordon_incident_page_get_workspace:
 *
 * Returns: (transfer none) (nullable): the workspace the incident is in
 */
CordonWorkspace *
cordon_incident_page_get_workspace (CordonIncidentPage *self)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT_PAGE (self), NULL);

  return self->workspace;
}

/**
 * cordon_incident_page_set_workspace:
 * @workspace: (nullable): the workspace
 *
 * Sets the workspace every read and write goes through. Changing it
 * clears the incident, which belongs to the old workspace.
 */
void
cordon_incident_page_set_workspace (CordonIncidentPage *self,
                                    CordonWorkspace    *workspace)
{
  g_return_if_fail (CORDON_IS_INCIDENT_PAGE (self));
  g_return_if_fail (workspace == NULL || CORDON_IS_WORKSPACE (workspace));

  if (self->workspace == workspace)
    return;

  if (self->incident != NULL)
    cordon_incident_page_set_incident (self, NULL);

  g_set_object (&self->workspace, workspace);
  g_signal_group_set_target (self->workspace_signals, workspace);
  reload_all (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

/**
 * cordon_incident_page_get_incident:
 *
 * Returns: (transfer none) (nullable): the incident shown
 */
CordonIncident *
cordon_incident_page_get_incident (CordonIncidentPage *self)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT_PAGE (self), NULL);

  return self->incident;
}

/**
 * cordon_incident_page_set_incident:
 * @incident: (nullable): an incident of the page's workspace, as its
 *   incidents model holds it
 *
 * Shows @incident, from its overview.
 */
void
cordon_incident_page_set_incident (CordonIncidentPage *self,
                                   CordonIncident     *incident)
{
  gboolean other;

  g_return_if_fail (CORDON_IS_INCIDENT_PAGE (self));
  g_return_if_fail (incident == NULL || CORDON_IS_INCIDENT (incident));

  if (self->incident == incident)
    return;

  other = self->incident == NULL || incident == NULL ||
          cordon_incident_get_id (self->incident) != cordon_incident_get_id (incident);

  g_set_object (&self->incident, incident);
  self->moving_to = -1;
  /* What was removed belonged to the incident shown before */
  if (other)
    cordon_undo_clear (self->undo);

  if (other)
    {
      GtkTextBuffer *summary = gtk_text_view_get_buffer (self->summary_view);

      /* Unsaved edits belonged to the previous incident */
      gtk_text_buffer_set_modified (summary, FALSE);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->message_view), "", -1);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), "", -1);
      adw_view_stack_set_visible_child_name (self->view_stack, "overview");
    }

  reload_all (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCIDENT]);
}
