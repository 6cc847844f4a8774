/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-board.c: every incident at a glance. One filtered model of the
 * workspace's incidents feeds two views: a column per phase (Kanban),
 * whose cards can be dragged to another phase, and a sortable table.
 *
 * With 100,000 incidents the board must not freeze the window. Filtering
 * is one pass over the workspace's model that sorts every incident into
 * the table's list and its phase's column at once, cut into slices of a
 * few milliseconds between frames; the lists are swapped in one
 * items-changed each when the pass ends, so the views redraw once, not
 * for every slice. Single changes (an incident moved, a new one) are
 * placed directly, without a pass.
 */

#define G_LOG_DOMAIN "cordon-board"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-board.h"
#include "cordon-incident-card.h"
#include "cordon-incident-list.h"
#include "cordon-move-dialog.h"
#include "cordon-sla-scheduler.h"
#include "cordon-taxonomy-entry.h"
#include "cordon-time.h"

#define N_PHASES (CORDON_PHASE_CLOSED + 1)

struct _CordonBoard
{
  AdwBin              parent_instance;

  /* Template widgets */
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkMenuButton      *filter_button;
  GtkDropDown        *severity_dropdown;
  GtkDropDown        *category_dropdown;
  GtkDropDown        *phase_dropdown;
  GtkDropDown        *lead_dropdown;
  GtkDropDown        *scope_dropdown;
  GtkStack           *stack;
  GtkBox             *columns_box;
  GtkColumnView      *column_view;

  /* Owned references */
  CordonWorkspace    *workspace;
  CordonBoardFilter  *filter;
  CordonIncidentList *visible;
  CordonIncidentList *columns[N_PHASES];
  GtkWidget          *column_widgets[N_PHASES];
  GtkListView        *column_lists[N_PHASES];
  GtkLabel           *column_counts[N_PHASES];
  GtkSliceListModel  *column_pages[N_PHASES];
  GtkButton          *column_more[N_PHASES];
  GHashTable         *severity_ranks;
  GtkSortListModel   *sorted;
  GPtrArray          *severity_ids;
  GPtrArray          *category_ids;
  GPtrArray          *leads;
  GSignalGroup       *workspace_signals;
  GListModel         *incidents;
  CordonSlaScheduler *scheduler;
  GSignalGroup       *scheduler_signals;
  GHashTable         *bound_cards;
  guint               countdown_id;
  char               *view;

  /* The pass under way: where it is, and what it found so far. */
  guint               refilter_id;
  guint               refilter_position;
  gboolean            refilter_again;
  GPtrArray          *found_visible;
  GPtrArray          *found_columns[N_PHASES];
  gboolean            updating_dropdowns;
};

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_VIEW,
  PROP_SEARCH_MODE,
  N_PROPS
};

enum {
  INCIDENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (CordonBoard, cordon_board, ADW_TYPE_BIN)

static CordonTaxonomy *
get_taxonomy (CordonBoard *self)
{
  return self->workspace ? cordon_workspace_get_taxonomy (self->workspace) : NULL;
}

static void
update_visible_page (CordonBoard *self)
{
  gboolean nothing = cordon_board_filter_is_active (self->filter) &&
                     self->refilter_id == 0 &&
                     g_list_model_get_n_items (G_LIST_MODEL (self->visible)) == 0;

  gtk_stack_set_visible_child_name (self->stack, nothing ? "no-results" : self->view);
}

/* A column shows its most severe cards first, a page at a time: with
 * thousands in a column nobody reads them all on the board (the table
 * and the search are for that), and a list view builds rows well past
 * the visible ones, which is what a change of filter costs. */
#define COLUMN_PAGE 50

static void
update_column_count (CordonBoard *self,
                     CordonPhase  phase)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->columns[phase]));
  guint shown = gtk_slice_list_model_get_size (self->column_pages[phase]);
  char text[32];

  g_snprintf (text, sizeof text, "%u", n_items);
  gtk_label_set_text (self->column_counts[phase], text);

  gtk_widget_set_visible (GTK_WIDGET (self->column_more[phase]), n_items > shown);
  if (n_items > shown)
    {
      g_autofree char *label = NULL;

      /* Translators: a button under a board column: "Show 50 of 1,234 More" */
      label = g_strdup_printf (_("Show %u of %u More"), MIN (COLUMN_PAGE, n_items - shown), n_items - shown);
      gtk_button_set_label (self->column_more[phase], label);
    }
}

static void
on_show_more (GtkButton   *button,
              CordonBoard *self)
{
  for (guint i = 0; i < N_PHASES; i++)
    {
      if (self->column_more[i] == button)
        {
          GtkSliceListModel *page = self->column_pages[i];

          gtk_slice_list_model_set_size (page, gtk_slice_list_model_get_size (page) + COLUMN_PAGE);
          update_column_count (self, i);
        }
    }
}

static int
severity_rank_of (CordonBoard    *self,
                  CordonIncident *incident)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (self->severity_ranks, cordon_incident_get_severity (incident)));
}

/* Most severe first, then oldest first. */
static int
compare_for_column (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  CordonBoard *self = user_data;
  int rank_a = severity_rank_of (self, (CordonIncident *) a);
  int rank_b = severity_rank_of (self, (CordonIncident *) b);
  gint64 id_a, id_b;

  if (rank_a != rank_b)
    return rank_b - rank_a;

  id_a = cordon_incident_get_id ((CordonIncident *) a);
  id_b = cordon_incident_get_id ((CordonIncident *) b);

  return id_a < id_b ? -1 : id_a > id_b;
}

static void
update_severity_ranks (CordonBoard *self)
{
  CordonTaxonomy *taxonomy = get_taxonomy (self);
  GListModel *severities;

  g_hash_table_remove_all (self->severity_ranks);
  if (taxonomy == NULL)
    return;

  severities = cordon_taxonomy_get_entries (taxonomy, CORDON_TAXONOMY_KIND_SEVERITY);
  for (guint i = 0; i < g_list_model_get_n_items (severities); i++)
    {
      g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (severities, i);

      g_hash_table_insert (self->severity_ranks,
                           g_strdup (cordon_taxonomy_entry_get_id (entry)),
                           GINT_TO_POINTER (cordon_taxonomy_entry_get_rank (entry) + 1));
    }
}

static void
on_column_items_changed (GListModel  *model,
                         guint        position,
                         guint        removed,
                         guint        added,
                         CordonBoard *self)
{
  for (guint i = 0; i < N_PHASES; i++)
    {
      if (G_LIST_MODEL (self->columns[i]) == model)
        update_column_count (self, i);
    }
}

/* Filtering ---------------------------------------------------------- */

#define REFILTER_SLICE_USEC 4000

static void
clear_found (CordonBoard *self)
{
  g_clear_pointer (&self->found_visible, g_ptr_array_unref);
  for (guint i = 0; i < N_PHASES; i++)
    g_clear_pointer (&self->found_columns[i], g_ptr_array_unref);
}

static void refilter (CordonBoard *self);

static gboolean
refilter_slice (gpointer user_data)
{
  CordonBoard *self = user_data;
  gint64 deadline = g_get_monotonic_time () + REFILTER_SLICE_USEC;
  guint n_items = self->incidents ? g_list_model_get_n_items (self->incidents) : 0;

  while (self->refilter_position < n_items)
    {
      g_autoptr(CordonIncident) incident = g_list_model_get_item (self->incidents, self->refilter_position++);

      if (cordon_board_filter_matches (self->filter, incident))
        {
          g_ptr_array_add (self->found_visible, g_object_ref (incident));
          g_ptr_array_add (self->found_columns[cordon_incident_get_phase (incident)], g_object_ref (incident));
        }

      /* Check the clock every so often, not on every item. */
      if ((self->refilter_position & 255) == 0 && g_get_monotonic_time () > deadline)
        return G_SOURCE_CONTINUE;
    }

  /* Then one list a turn, so that each redraw of a column's cards has a
   * frame to itself. */
  if (self->found_visible != NULL)
    {
      cordon_incident_list_replace (self->visible, g_steal_pointer (&self->found_visible));
      return G_SOURCE_CONTINUE;
    }
  for (guint i = 0; i < N_PHASES; i++)
    {
      if (self->found_columns[i] != NULL)
        {
          cordon_incident_list_replace (self->columns[i], g_steal_pointer (&self->found_columns[i]));
          return G_SOURCE_CONTINUE;
        }
    }

  self->refilter_id = 0;
  if (self->refilter_again)
    {
      refilter (self);
      return G_SOURCE_REMOVE;
    }
  update_visible_page (self);

  return G_SOURCE_REMOVE;
}

/* Starts a pass over every incident, dropping one under way. */
static void
refilter (CordonBoard *self)
{
  g_clear_handle_id (&self->refilter_id, g_source_remove);
  clear_found (self);

  self->refilter_again = FALSE;
  self->refilter_position = 0;
  self->found_visible = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < N_PHASES; i++)
    self->found_columns[i] = g_ptr_array_new_with_free_func (g_object_unref);

  /* Below the priority of redrawing, so frames keep coming. */
  self->refilter_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refilter_slice, self, NULL);
  update_visible_page (self);
}

/* Puts one incident where it now belongs, in the workspace's order. */
static void
place_incident (CordonBoard    *self,
                CordonIncident *incident)
{
  gboolean matches = cordon_board_filter_matches (self->filter, incident);
  CordonPhase phase = cordon_incident_get_phase (incident);

  /* Out of every list first: its place may have changed with it. */
  cordon_incident_list_remove (self->visible, incident);
  for (guint i = 0; i < N_PHASES; i++)
    cordon_incident_list_remove (self->columns[i], incident);

  if (matches)
    {
      cordon_incident_list_insert (self->visible, incident);
      cordon_incident_list_insert (self->columns[phase], incident);
    }
}

static void
on_incidents_items_changed (GListModel  *model,
                            guint        position,
                            guint        removed,
                            guint        added,
                            CordonBoard *self)
{
  /* A pass under way reads the model as it goes: let it finish, then run
   * once more, rather than start over on every change (a burst of changes
   * would keep it from ever finishing). */
  if (self->refilter_id != 0)
    {
      self->refilter_again = TRUE;
      return;
    }

  if (removed > 1 || added > 64 || (removed == 1 && added != 1))
    {
      refilter (self);
      return;
    }

  for (guint i = 0; i < added; i++)
    {
      g_autoptr(CordonIncident) incident = g_list_model_get_item (model, position + i);

      place_incident (self, incident);
    }
}

static void
on_filter_changed (CordonBoard *self)
{
  refilter (self);
}

/* Dropdowns ---------------------------------------------------------- */

static GtkStringList *
taxonomy_strings (CordonTaxonomy     *taxonomy,
                  CordonTaxonomyKind  kind,
                  const char         *all_label,
                  GPtrArray          *ids)
{
  GtkStringList *strings = gtk_string_list_new (NULL);
  GListModel *entries = cordon_taxonomy_get_entries (taxonomy, kind);

  g_ptr_array_set_size (ids, 0);
  gtk_string_list_append (strings, all_label);
  g_ptr_array_add (ids, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (entries, i);

      gtk_string_list_append (strings, cordon_taxonomy_entry_get_display_label (entry));
      g_ptr_array_add (ids, g_strdup (cordon_taxonomy_entry_get_id (entry)));
    }

  return strings;
}

/* Keeps the selection on the same id when the list is rebuilt. */
static void
set_dropdown_model (GtkDropDown   *dropdown,
                    GtkStringList *strings,
                    GPtrArray     *ids,
                    const char    *selected_id)
{
  guint selected = 0;

  for (guint i = 1; selected_id != NULL && i < ids->len; i++)
    {
      if (g_strcmp0 (ids->pdata[i], selected_id) == 0)
        selected = i;
    }

  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (strings));
  gtk_drop_down_set_selected (dropdown, selected);
}

static const char *
selected_id (GtkDropDown *dropdown,
             GPtrArray   *ids)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  return selected < ids->len ? ids->pdata[selected] : NULL;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate (*(const char * const *) a, *(const char * const *) b);
}

static void
update_leads (CordonBoard *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  g_autofree char *current = g_strdup (selected_id (self->lead_dropdown, self->leads));
  GListModel *incidents;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  if (self->workspace == NULL)
    return;

  incidents = cordon_workspace_get_incidents (self->workspace);
  for (guint i = 0; i < g_list_model_get_n_items (incidents); i++)
    {
      g_autoptr(CordonIncident) incident = g_list_model_get_item (incidents, i);
      const char *lead = cordon_incident_get_lead (incident);

      if (lead[0] != '\0' && g_hash_table_add (seen, (gpointer) lead))
        g_ptr_array_add (names, (gpointer) lead);
    }
  g_ptr_array_sort (names, compare_names);

  g_ptr_array_set_size (self->leads, 0);
  g_ptr_array_add (self->leads, NULL);
  gtk_string_list_append (strings, _("All Leads"));
  for (guint i = 0; i < names->len; i++)
    {
      g_ptr_array_add (self->leads, g_strdup (names->pdata[i]));
      gtk_string_list_append (strings, names->pdata[i]);
    }

  self->updating_dropdowns = TRUE;
  set_dropdown_model (self->lead_dropdown, strings, self->leads, current);
  self->updating_dropdowns = FALSE;
}

static void
update_taxonomy_dropdowns (CordonBoard *self)
{
  CordonTaxonomy *taxonomy = get_taxonomy (self);
  g_autofree char *severity = NULL;
  g_autofree char *category = NULL;
  g_autoptr(GtkStringList) severities = NULL;
  g_autoptr(GtkStringList) categories = NULL;

  if (taxonomy == NULL)
    return;

  severity = g_strdup (selected_id (self->severity_dropdown, self->severity_ids));
  category = g_strdup (selected_id (self->category_dropdown, self->category_ids));
  severities = taxonomy_strings (taxonomy, CORDON_TAXONOMY_KIND_SEVERITY, _("All Severities"), self->severity_ids);
  categories = taxonomy_strings (taxonomy, CORDON_TAXONOMY_KIND_CATEGORY, _("All Categories"), self->category_ids);

  self->updating_dropdowns = TRUE;
  set_dropdown_model (self->severity_dropdown, severities, self->severity_ids, severity);
  set_dropdown_model (self->category_dropdown, categories, self->category_ids, category);
  self->updating_dropdowns = FALSE;
}

/* The button says how many filters are on, as the search bar is
 * usually the only hint that the board shows less than everything. */
static void
update_filter_button (CordonBoard *self)
{
  GtkDropDown *dropdowns[] = {
    self->severity_dropdown, self->category_dropdown, self->phase_dropdown,
    self->lead_dropdown, self->scope_dropdown,
  };
  guint n_active = 0;

  for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
    {
      guint selected = gtk_drop_down_get_selected (dropdowns[i]);

      if (selected != 0 && selected != GTK_INVALID_LIST_POSITION)
        n_active++;
    }

  if (n_active == 0)
    {
      gtk_menu_button_set_label (self->filter_button, _("Filters"));
      gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");
    }
  else
    {
      /* Translators: the filter button when some filters are on */
      g_autofree char *label = g_strdup_printf (ngettext ("%u Filter", "%u Filters", n_active), n_active);

      gtk_menu_button_set_label (self->filter_button, label);
      gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
    }
}

static void
on_dropdown_changed (CordonBoard *self)
{
  guint phase;

  if (self->updating_dropdowns)
    return;

  phase = gtk_drop_down_get_selected (self->phase_dropdown);
  cordon_board_filter_set_severity (self->filter, selected_id (self->severity_dropdown, self->severity_ids));
  cordon_board_filter_set_category (self->filter, selected_id (self->category_dropdown, self->category_ids));
  cordon_board_filter_set_lead (self->filter, selected_id (self->lead_dropdown, self->leads));
  cordon_board_filter_set_phase (self->filter, phase == 0 || phase == GTK_INVALID_LIST_POSITION ? -1 : (int) phase - 1);
  cordon_board_filter_set_scope (self->filter, gtk_drop_down_get_selected (self->scope_dropdown));
  update_filter_button (self);
  update_visible_page (self);
}

static void
on_search_changed (CordonBoard *self)
{
  cordon_board_set_search_text (self, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

/**
 * cordon_board_set_search_text:
 *
 * Searches keys, titles, summaries and facts, as typing in the search
 * entry does.
 */
void
cordon_board_set_search_text (CordonBoard *self,
                              const char  *text)
{
  g_autoptr(GHashTable) fact_matches = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text ? text : ""));

  g_return_if_fail (CORDON_IS_BOARD (self));

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");

  if (stripped[0] != '\0' && self->workspace != NULL)
    {
      g_autoptr(GError) error = NULL;

      fact_matches = cordon_workspace_find_incidents_by_fact (self->workspace, stripped, &error);
      if (fact_matches == NULL)
        g_warning ("Searching facts: %s", error->message);
    }

  cordon_board_filter_set_text (self->filter, stripped, fact_matches);
  update_visible_page (self);
}

/* Kanban ------------------------------------------------------------- */

static void
card_setup (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            CordonBoard              *self)
{
  gtk_list_item_set_child (item, cordon_incident_card_new (get_taxonomy (self)));
}

/* The deadline a lead must look at first: a breached one, else the
 * soonest one still running. */
static gboolean
pick_deadline (GArray            *deadlines,
               CordonSlaDeadline *out)
{
  const CordonSlaDeadline *best = NULL;

  for (guint i = 0; deadlines != NULL && i < deadlines->len; i++)
    {
      const CordonSlaDeadline *d = &g_array_index (deadlines, CordonSlaDeadline, i);

      if (d->state == CORDON_SLA_STATE_MET)
        continue;
      if (d->state == CORDON_SLA_STATE_BREACHED && d->met_usec != 0)
        continue;
      if (best == NULL ||
          (d->state == CORDON_SLA_STATE_BREACHED) > (best->state == CORDON_SLA_STATE_BREACHED) ||
          ((d->state == CORDON_SLA_STATE_BREACHED) == (best->state == CORDON_SLA_STATE_BREACHED) &&
           d->due_usec < best->due_usec))
        best = d;
    }

  if (best != NULL)
    *out = *best;

  return best != NULL;
}

static void
update_card_deadline (CordonBoard        *self,
                      CordonIncidentCard *card)
{
  CordonIncident *incident = cordon_incident_card_get_incident (card);
  g_autoptr(GArray) deadlines = NULL;
  CordonSlaDeadline deadline;
  gint64 now;

  if (self->scheduler == NULL || incident == NULL || !cordon_incident_is_open (incident))
    {
      cordon_incident_card_set_deadline (card, NULL, 0);
      return;
    }

  deadlines = cordon_sla_scheduler_get_deadlines (self->scheduler, incident);
  now = cordon_clock_now_usec (cordon_sla_scheduler_get_clock (self->scheduler));
  cordon_incident_card_set_deadline (card, pick_deadline (deadlines, &deadline) ? &deadline : NULL, now);
}

/* Countdowns tick on the cards that are built, not on every incident. */
static gboolean
update_countdowns (gpointer user_data)
{
  CordonBoard *self = user_data;
  GHashTableIter iter;
  gpointer card;

  g_hash_table_iter_init (&iter, self->bound_cards);
  while (g_hash_table_iter_next (&iter, &card, NULL))
    update_card_deadline (self, card);

  return G_SOURCE_CONTINUE;
}

static void
on_deadlines_changed (CordonBoard    *self,
                      CordonIncident *incident)
{
  GHashTableIter iter;
  gpointer card;

  g_hash_table_iter_init (&iter, self->bound_cards);
  while (g_hash_table_iter_next (&iter, &card, NULL))
    {
      if (cordon_incident_card_get_incident (card) == incident)
        update_card_deadline (self, card);
    }
}

static void
card_bind (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           CordonBoard              *self)
{
  CordonIncidentCard *card = CORDON_INCIDENT_CARD (gtk_list_item_get_child (item));

  cordon_incident_card_set_incident (card, gtk_list_item_get_item (item));
  g_hash_table_add (self->bound_cards, card);
  update_card_deadline (self, card);
}

static void
card_unbind (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             CordonBoard              *self)
{
  CordonIncidentCard *card = CORDON_INCIDENT_CARD (gtk_list_item_get_child (item));

  g_hash_table_remove (self->bound_cards, card);
  cordon_incident_card_set_incident (card, NULL);
}

static void
on_column_activate (GtkListView *list_view,
                    guint        position,
                    CordonBoard *self)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (list_view));
  g_autoptr(CordonIncident) incident = g_list_model_get_item (model, position);

  if (incident != NULL)
    g_signal_emit (self, signals[INCIDENT_ACTIVATED], 0, incident);
}

/* One drag source per column: the card under the pointer is the one
 * dragged. */
static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *list_view)
{
  GtkWidget *picked = gtk_widget_pick (list_view, x, y, GTK_PICK_DEFAULT);
  GtkWidget *card = picked ? gtk_widget_get_ancestor (picked, CORDON_TYPE_INCIDENT_CARD) : NULL;
  CordonIncident *incident = card ? cordon_incident_card_get_incident (CORDON_INCIDENT_CARD (card)) : NULL;

  if (incident == NULL)
    return NULL;

  g_object_set_data (G_OBJECT (source), "card", card);

  return gdk_content_provider_new_typed (CORDON_TYPE_INCIDENT, incident);
}

static void
on_drag_begin (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *list_view)
{
  GtkWidget *card = g_object_get_data (G_OBJECT (source), "card");

  if (card != NULL)
    {
      g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (card);

      gtk_drag_source_set_icon (source, paintable, 0, 0);
    }
}

static GdkDragAction
on_drop_enter (GtkDropTarget *target,
               double         x,
               double         y,
               GtkWidget     *column)
{
  gtk_widget_add_css_class (column, "drop-target");
  return GDK_ACTION_MOVE;
}

static void
on_drop_leave (GtkDropTarget *target,
               GtkWidget     *column)
{
  gtk_widget_remove_css_class (column, "drop-target");
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *column)
{
  CordonBoard *self = CORDON_BOARD (gtk_widget_get_ancestor (column, CORDON_TYPE_BOARD));
  CordonPhase phase = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (column), "phase"));
  CordonIncident *incident = g_value_get_object (value);

  gtk_widget_remove_css_class (column, "drop-target");

  if (self == NULL || self->workspace == NULL || incident == NULL ||
      cordon_incident_get_phase (incident) == phase)
    return FALSE;

  cordon_move_dialog_present (GTK_WIDGET (self), self->workspace, incident, phase);

  return TRUE;
}

static void
build_columns (CordonBoard *self)
{
  for (guint phase = 0; phase < N_PHASES; phase++)
    {
      GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *title = gtk_label_new (cordon_phase_to_label (phase));
      GtkWidget *scrolled = gtk_scrolled_window_new ();
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      GtkSingleSelection *selection;
      GtkWidget *list_view;
      GtkDropTarget *drop;
      GtkDragSource *drag;

      gtk_widget_add_css_class (column, "board-column");
      gtk_widget_set_size_request (column, 220, -1);
      g_object_set_data (G_OBJECT (column), "phase", GINT_TO_POINTER (phase));

      gtk_widget_set_margin_start (header, 12);
      gtk_widget_set_margin_end (header, 12);
      gtk_widget_set_margin_top (header, 10);
      gtk_widget_set_margin_bottom (header, 6);
      gtk_widget_add_css_class (title, "heading");
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (title, TRUE);
      self->column_counts[phase] = GTK_LABEL (gtk_label_new ("0"));
      gtk_widget_add_css_class (GTK_WIDGET (self->column_counts[phase]), "column-count");
      gtk_widget_add_css_class (GTK_WIDGET (self->column_counts[phase]), "numeric");
      gtk_box_append (GTK_BOX (header), title);
      gtk_box_append (GTK_BOX (header), GTK_WIDGET (self->column_counts[phase]));
      gtk_box_append (GTK_BOX (column), header);

      self->columns[phase] = cordon_incident_list_new ();
      cordon_incident_list_set_sort (self->columns[phase], compare_for_column, self);
      self->column_pages[phase] = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->columns[phase])), 0, COLUMN_PAGE);
      g_signal_connect_object (self->columns[phase], "items-changed",
                               G_CALLBACK (on_column_items_changed), self, 0);

      g_signal_connect_object (factory, "setup", G_CALLBACK (card_setup), self, 0);
      g_signal_connect_object (factory, "bind", G_CALLBACK (card_bind), self, 0);
      g_signal_connect_object (factory, "unbind", G_CALLBACK (card_unbind), self, 0);

      selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->column_pages[phase])));
      gtk_single_selection_set_autoselect (selection, FALSE);
      gtk_single_selection_set_can_unselect (selection, TRUE);
      list_view = gtk_list_view_new (GTK_SELECTION_MODEL (selection), factory);
      gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (list_view), FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (list_view),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, cordon_phase_to_label (phase),
                                      -1);
      g_signal_connect_object (list_view, "activate", G_CALLBACK (on_column_activate), self, 0);
      self->column_lists[phase] = GTK_LIST_VIEW (list_view);

      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list_view);
      gtk_widget_set_vexpand (scrolled, TRUE);
      gtk_box_append (GTK_BOX (column), scrolled);

      self->column_more[phase] = GTK_BUTTON (gtk_button_new ());
      gtk_widget_add_css_class (GTK_WIDGET (self->column_more[phase]), "flat");
      gtk_widget_set_margin_start (GTK_WIDGET (self->column_more[phase]), 8);
      gtk_widget_set_margin_end (GTK_WIDGET (self->column_more[phase]), 8);
      gtk_widget_set_margin_bottom (GTK_WIDGET (self->column_more[phase]), 8);
      gtk_widget_set_visible (GTK_WIDGET (self->column_more[phase]), FALSE);
      g_signal_connect_object (self->column_more[phase], "clicked", G_CALLBACK (on_show_more), self, 0);
      gtk_box_append (GTK_BOX (column), GTK_WIDGET (self->column_more[phase]));

      drag = gtk_drag_source_new ();
      gtk_drag_source_set_actions (drag, GDK_ACTION_MOVE);
      g_signal_connect (drag, "prepare", G_CALLBACK (on_drag_prepare), list_view);
      g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), list_view);
      gtk_widget_add_controller (list_view, GTK_EVENT_CONTROLLER (drag));

      drop = gtk_drop_target_new (CORDON_TYPE_INCIDENT, GDK_ACTION_MOVE);
      g_signal_connect (drop, "enter", G_CALLBACK (on_drop_enter), column);
      g_signal_connect (drop, "leave", G_CALLBACK (on_drop_leave), column);
      g_signal_connect (drop, "drop", G_CALLBACK (on_drop), column);
      gtk_widget_add_controller (column, GTK_EVENT_CONTROLLER (drop));

      self->column_widgets[phase] = column;
      gtk_box_append (self->columns_box, column);
    }
}

/* Table -------------------------------------------------------------- */

typedef enum
{
  CELL_KEY,
  CELL_TITLE,
  CELL_SEVERITY,
  CELL_CATEGORY,
  CELL_PHASE,
  CELL_LEAD,
  CELL_DETECTED,
} CellKind;

static void
cell_setup (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  CellKind kind = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (kind == CELL_KEY || kind == CELL_DETECTED)
    gtk_widget_add_css_class (label, "numeric");
  if (kind == CELL_SEVERITY)
    gtk_widget_set_halign (label, GTK_ALIGN_START);
  gtk_list_item_set_child (item, label);
}

static const char *
taxonomy_label (CordonTaxonomy     *taxonomy,
                CordonTaxonomyKind  kind,
                const char         *id)
{
  CordonTaxonomyEntry *entry = taxonomy ? cordon_taxonomy_lookup (taxonomy, kind, id) : NULL;

  return entry != NULL ? cordon_taxonomy_entry_get_display_label (entry) : id;
}

static void
cell_bind (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  CellKind kind = GPOINTER_TO_INT (user_data);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  CordonIncident *incident = gtk_list_item_get_item (item);
  CordonBoard *self = g_object_get_data (G_OBJECT (factory), "board");
  CordonTaxonomy *taxonomy = get_taxonomy (self);

  switch (kind)
    {
    case CELL_KEY:
      gtk_label_set_text (label, cordon_incident_get_key (incident));
      break;
    case CELL_TITLE:
      gtk_label_set_text (label, cordon_incident_get_title (incident));
      break;
    case CELL_SEVERITY:
      cordon_severity_chip_update (label, taxonomy, cordon_incident_get_severity (incident));
      break;
    case CELL_CATEGORY:
      gtk_label_set_text (label, taxonomy_label (taxonomy, CORDON_TAXONOMY_KIND_CATEGORY,
                                                 cordon_incident_get_category (incident)));
      break;
    case CELL_PHASE:
      gtk_label_set_text (label, cordon_phase_to_label (cordon_incident_get_phase (incident)));
      break;
    case CELL_LEAD:
      gtk_label_set_text (label, cordon_incident_get_lead (incident));
      break;
    case CELL_DETECTED:
      {
        g_autoptr(GDateTime) detected = cordon_incident_dup_detected (incident);
        g_autoptr(GDateTime) local = detected ? g_date_time_to_local (detected) : NULL;
        g_autofree char *text = local ? g_date_time_format (local, "%Y-%m-%d %H:%M") : NULL;

        gtk_label_set_text (label, text ? text : "");
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static int
severity_rank (CordonIncident *incident,
               CordonBoard    *self)
{
  CordonTaxonomy *taxonomy = get_taxonomy (self);
  CordonTaxonomyEntry *entry = taxonomy ? cordon_taxonomy_lookup (taxonomy, CORDON_TAXONOMY_KIND_SEVERITY,
                                                                  cordon_incident_get_severity (incident)) : NULL;

  return entry ? cordon_taxonomy_entry_get_rank (entry) : -1;
}

static int
phase_value (CordonIncident *incident,
             gpointer        user_data)
{
  return cordon_incident_get_phase (incident);
}

static gint64
detected_value (CordonIncident *incident,
                gpointer        user_data)
{
  return cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_DETECTED);
}

static char *
category_value (CordonIncident *incident,
                CordonBoard    *self)
{
  return g_strdup (taxonomy_label (get_taxonomy (self), CORDON_TAXONOMY_KIND_CATEGORY,
                                   cordon_incident_get_category (incident)));
}

static void
add_column (CordonBoard *self,
            const char  *title,
            CellKind     kind,
            GtkSorter   *sorter,
            gboolean     expand,
            int          fixed_width)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_object_set_data (G_OBJECT (factory), "board", self);
  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup), GINT_TO_POINTER (kind));
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind), GINT_TO_POINTER (kind));

  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (column, fixed_width);
  gtk_column_view_append_column (self->column_view, column);
  g_object_unref (column);
  g_object_unref (sorter);
}

static GtkSorter *
string_sorter (GtkExpression *expression)
{
  GtkStringSorter *sorter = gtk_string_sorter_new (expression);

  gtk_string_sorter_set_ignore_case (sorter, TRUE);

  return GTK_SORTER (sorter);
}

static void
build_table (CordonBoard *self)
{
  GtkSingleSelection *selection;

#define PROP(name) gtk_property_expression_new (CORDON_TYPE_INCIDENT, NULL, name)
#define CLOSURE(type, func) gtk_cclosure_expression_new (type, NULL, 0, NULL, G_CALLBACK (func), self, NULL)

  add_column (self, _("Key"), CELL_KEY, string_sorter (PROP ("key")), FALSE, 130);
  add_column (self, _("Title"), CELL_TITLE, string_sorter (PROP ("title")), TRUE, -1);
  add_column (self, _("Severity"), CELL_SEVERITY,
              GTK_SORTER (gtk_numeric_sorter_new (CLOSURE (G_TYPE_INT, severity_rank))), FALSE, 110);
  add_column (self, _("Category"), CELL_CATEGORY, string_sorter (CLOSURE (G_TYPE_STRING, category_value)), FALSE, 170);
  add_column (self, _("Phase"), CELL_PHASE,
              GTK_SORTER (gtk_numeric_sorter_new (CLOSURE (G_TYPE_INT, phase_value))), FALSE, 130);
  add_column (self, _("Lead"), CELL_LEAD, string_sorter (PROP ("lead")), FALSE, 150);
  add_column (self, _("Detected"), CELL_DETECTED,
              GTK_SORTER (gtk_numeric_sorter_new (CLOSURE (G_TYPE_INT64, detected_value))), FALSE, 150);

#undef PROP
#undef CLOSURE

  self->sorted = gtk_sort_list_model_new (NULL, g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  gtk_sort_list_model_set_incremental (self->sorted, TRUE);
  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sorted)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

/* The table sorts only while it is shown: sorting 100,000 incidents
 * behind the Kanban would be work nobody looks at. */
static void
update_table_model (CordonBoard *self)
{
  gboolean shown = g_strcmp0 (self->view, "table") == 0;
  GListModel *model = shown ? G_LIST_MODEL (self->visible) : NULL;

  if (gtk_sort_list_model_get_model (self->sorted) != model)
    gtk_sort_list_model_set_model (self->sorted, model);
}

static void
on_table_activate (GtkColumnView *column_view,
                   guint          position,
                   CordonBoard   *self)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (column_view));
  g_autoptr(CordonIncident) incident = g_list_model_get_item (model, position);

  if (incident != NULL)
    g_signal_emit (self, signals[INCIDENT_ACTIVATED], 0, incident);
}

/* Workspace ---------------------------------------------------------- */

static void
on_settings_changed (CordonBoard *self)
{
  update_taxonomy_dropdowns (self);
  update_severity_ranks (self);
  refilter (self);
}

static void
on_incidents_changed (CordonBoard *self)
{
  update_leads (self);
}

static void
cordon_board_dispose (GObject *object)
{
  CordonBoard *self = CORDON_BOARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CORDON_TYPE_BOARD);

  if (self->workspace_signals != NULL)
    g_signal_group_set_target (self->workspace_signals, NULL);
  g_clear_object (&self->workspace_signals);
  g_clear_handle_id (&self->refilter_id, g_source_remove);
  g_clear_handle_id (&self->countdown_id, g_source_remove);
  if (self->scheduler_signals != NULL)
    g_signal_group_set_target (self->scheduler_signals, NULL);
  g_clear_object (&self->scheduler_signals);
  g_clear_object (&self->scheduler);
  clear_found (self);
  if (self->incidents != NULL)
    g_signal_handlers_disconnect_by_func (self->incidents, on_incidents_items_changed, self);
  g_clear_object (&self->incidents);
  for (guint i = 0; i < N_PHASES; i++)
    {
      g_clear_object (&self->column_pages[i]);
      g_clear_object (&self->columns[i]);
    }
  g_clear_pointer (&self->severity_ranks, g_hash_table_unref);
  g_clear_pointer (&self->bound_cards, g_hash_table_unref);
  g_clear_object (&self->sorted);
  g_clear_object (&self->visible);
  g_clear_object (&self->filter);
  g_clear_object (&self->workspace);
  g_clear_pointer (&self->severity_ids, g_ptr_array_unref);
  g_clear_pointer (&self->category_ids, g_ptr_array_unref);
  g_clear_pointer (&self->leads, g_ptr_array_unref);
  g_clear_pointer (&self->view, g_free);

  G_OBJECT_CLASS (cordon_board_parent_class)->dispose (object);
}

static void
cordon_board_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  CordonBoard *self = CORDON_BOARD (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;
    case PROP_VIEW:
      g_value_set_string (value, self->view);
      break;
    case PROP_SEARCH_MODE:
      g_value_set_boolean (value, cordon_board_get_search_mode (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_board_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  CordonBoard *self = CORDON_BOARD (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      cordon_board_set_workspace (self, g_value_get_object (value));
      break;
    case PROP_VIEW:
      cordon_board_set_view (self, g_value_get_string (value));
      break;
    case PROP_SEARCH_MODE:
      cordon_board_set_search_mode (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_board_class_init (CordonBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cordon_board_dispose;
  object_class->get_property = cordon_board_get_property;
  object_class->set_property = cordon_board_set_property;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL, CORDON_TYPE_WORKSPACE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, "kanban",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_MODE] =
    g_param_spec_boolean ("search-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CordonBoard::incident-activated:
   * @incident: the incident to open
   */
  signals[INCIDENT_ACTIVATED] =
    g_signal_new ("incident-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, CORDON_TYPE_INCIDENT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/board/cordon-board.ui");
  gtk_widget_class_bind_template_child (widget_class, CordonBoard, search_bar);
  gtk_widget_class_bind_template_child (widget_class, CordonBoard, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CordonBoard, filter_button);
  gtk_widget_class_bind_template_child (widget_class, CordonBoard, severity_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CordonBoard, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CordonBoard, phase_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CordonBoard, lead_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CordonBoard, scope_dropdown);
  gtk_widget_class_bind_template_child (widget_class, CordonBoard, stack);
  gtk_widget_class_bind_template_child (widget_class, CordonBoard, columns_box);
  gtk_widget_class_bind_template_child (widget_class, CordonBoard, column_view);
}

static void
on_search_mode_changed (CordonBoard *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

static void
cordon_board_init (CordonBoard *self)
{
  g_autoptr(GtkStringList) phases = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->view = g_strdup ("kanban");
  self->severity_ranks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->bound_cards = g_hash_table_new (NULL, NULL);
  self->scheduler_signals = g_signal_group_new (CORDON_TYPE_SLA_SCHEDULER);
  g_signal_group_connect_swapped (self->scheduler_signals, "deadlines-changed", G_CALLBACK (on_deadlines_changed), self);
  g_signal_group_connect_swapped (self->scheduler_signals, "transition", G_CALLBACK (on_deadlines_changed), self);
  self->severity_ids = g_ptr_array_new_with_free_func (g_free);
  self->category_ids = g_ptr_array_new_with_free_func (g_free);
  self->leads = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->severity_ids, NULL);
  g_ptr_array_add (self->category_ids, NULL);
  g_ptr_array_add (self->leads, NULL);

  self->filter = cordon_board_filter_new ();
  self->visible = cordon_incident_list_new ();
  g_signal_connect_object (self->visible, "items-changed", G_CALLBACK (update_visible_page), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->filter, "changed", G_CALLBACK (on_filter_changed), self, G_CONNECT_SWAPPED);

  gtk_string_list_append (phases, _("All Phases"));
  for (guint i = 0; i < N_PHASES; i++)
    gtk_string_list_append (phases, cordon_phase_to_label (i));
  gtk_drop_down_set_model (self->phase_dropdown, G_LIST_MODEL (phases));

  build_columns (self);
  build_table (self);

  self->workspace_signals = g_signal_group_new (CORDON_TYPE_WORKSPACE);
  g_signal_group_connect_swapped (self->workspace_signals, "settings-changed", G_CALLBACK (on_settings_changed), self);
  g_signal_group_connect_swapped (self->workspace_signals, "reloaded", G_CALLBACK (on_settings_changed), self);
  g_signal_group_connect_swapped (self->workspace_signals, "reloaded", G_CALLBACK (on_incidents_changed), self);
  g_signal_group_connect_swapped (self->workspace_signals, "incident-added", G_CALLBACK (on_incidents_changed), self);
  g_signal_group_connect_swapped (self->workspace_signals, "incident-changed", G_CALLBACK (on_incidents_changed), self);

  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled", G_CALLBACK (on_search_mode_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->column_view, "activate", G_CALLBACK (on_table_activate), self, 0);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));

#define WATCH(dropdown) \
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (on_dropdown_changed), self, G_CONNECT_SWAPPED)
  WATCH (self->severity_dropdown);
  WATCH (self->category_dropdown);
  WATCH (self->phase_dropdown);
  WATCH (self->lead_dropdown);
  WATCH (self->scope_dropdown);
#undef WATCH
}

CordonBoard *
cordon_board_new (void)
{
  return g_object_new (CORDON_TYPE_BOARD, NULL);
}

CordonWorkspace *
cordon_board_get_workspace (CordonBoard *self)
{
  g_return_val_if_fail (CORDON_IS_BOARD (self), NULL);

  return self->workspace;
}

void
cordon_board_set_workspace (CordonBoard     *self,
                            CordonWorkspace *workspace)
{
  g_return_if_fail (CORDON_IS_BOARD (self));
  g_return_if_fail (workspace == NULL || CORDON_IS_WORKSPACE (workspace));

  if (!g_set_object (&self->workspace, workspace))
    return;

  g_signal_group_set_target (self->workspace_signals, workspace);
  if (self->incidents != NULL)
    g_signal_handlers_disconnect_by_func (self->incidents, on_incidents_items_changed, self);
  g_clear_object (&self->incidents);
  if (workspace != NULL)
    self->incidents = g_object_ref (cordon_workspace_get_incidents (workspace));
  if (self->incidents != NULL)
    g_signal_connect_object (self->incidents, "items-changed", G_CALLBACK (on_incidents_items_changed), self, 0);
  refilter (self);
  update_taxonomy_dropdowns (self);
  update_severity_ranks (self);
  update_leads (self);
  for (guint i = 0; i < N_PHASES; i++)
    update_column_count (self, i);
  update_visible_page (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

const char *
cordon_board_get_view (CordonBoard *self)
{
  g_return_val_if_fail (CORDON_IS_BOARD (self), NULL);

  return self->view;
}

/**
 * cordon_board_set_view:
 * @view: "kanban" or "table"
 */
void
cordon_board_set_view (CordonBoard *self,
                       const char  *view)
{
  g_return_if_fail (CORDON_IS_BOARD (self));
  g_return_if_fail (g_strcmp0 (view, "kanban") == 0 || g_strcmp0 (view, "table") == 0);

  if (g_strcmp0 (self->view, view) == 0)
    return;

  g_free (self->view);
  self->view = g_strdup (view);
  update_table_model (self);
  update_visible_page (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

gboolean
cordon_board_get_search_mode (CordonBoard *self)
{
  g_return_val_if_fail (CORDON_IS_BOARD (self), FALSE);

  return gtk_search_bar_get_search_mode (self->search_bar);
}

void
cordon_board_set_search_mode (CordonBoard *self,
                              gboolean     search_mode)
{
  g_return_if_fail (CORDON_IS_BOARD (self));

  gtk_search_bar_set_search_mode (self->search_bar, search_mode);
  if (search_mode)
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * cordon_board_set_scheduler:
 * @scheduler: (nullable): the workspace's SLA scheduler
 *
 * Cards then show their next deadline as a countdown.
 */
void
cordon_board_set_scheduler (CordonBoard        *self,
                            CordonSlaScheduler *scheduler)
{
  g_return_if_fail (CORDON_IS_BOARD (self));

  if (!g_set_object (&self->scheduler, scheduler))
    return;

  g_signal_group_set_target (self->scheduler_signals, scheduler);
  g_clear_handle_id (&self->countdown_id, g_source_remove);
  if (scheduler != NULL)
    self->countdown_id = g_timeout_add_seconds (30, update_countdowns, self);
  update_countdowns (self);
}

CordonBoardFilter *
cordon_board_get_filter (CordonBoard *self)
{
  g_return_val_if_fail (CORDON_IS_BOARD (self), NULL);

  return self->filter;
}

/**
 * cordon_board_get_visible:
 *
 * Returns: (transfer none): the incidents the filters let through
 */
GListModel *
cordon_board_get_visible (CordonBoard *self)
{
  g_return_val_if_fail (CORDON_IS_BOARD (self), NULL);

  return G_LIST_MODEL (self->visible);
}

/**
 * cordon_board_get_column:
 *
 * Returns: (transfer none): the incidents on the column of @phase
 */
GListModel *
cordon_board_get_column (CordonBoard *self,
                         CordonPhase  phase)
{
  g_return_val_if_fail (CORDON_IS_BOARD (self), NULL);
  g_return_val_if_fail (phase < N_PHASES, NULL);

  return G_LIST_MODEL (self->columns[phase]);
}

/**
 * cordon_board_is_filtering:
 *
 * Returns: whether filtering or sorting is still under way
 */
gboolean
cordon_board_is_filtering (CordonBoard *self)
{
  g_return_val_if_fail (CORDON_IS_BOARD (self), FALSE);

  return self->refilter_id != 0 || gtk_sort_list_model_get_pending (self->sorted) > 0;
}

/**
 * cordon_board_focus:
 *
 * Puts the keyboard focus on the current view, for arrows and Enter.
 */
void
cordon_board_focus (CordonBoard *self)
{
  g_return_if_fail (CORDON_IS_BOARD (self));

  if (g_strcmp0 (self->view, "table") == 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->column_view));
      return;
    }

  for (guint i = 0; i < N_PHASES; i++)
    {
      if (g_list_model_get_n_items (G_LIST_MODEL (self->columns[i])) > 0)
        {
          gtk_widget_grab_focus (GTK_WIDGET (self->column_lists[i]));
          return;
        }
    }
}

/**
 * cordon_board_get_countdown:
 *
 * Returns: (nullable): the SLA countdown on @incident's card, when its card
 *   is on the board; for tests and accessibility checks
 */
const char *
cordon_board_get_countdown (CordonBoard    *self,
                            CordonIncident *incident)
{
  GHashTableIter iter;
  gpointer card;

  g_return_val_if_fail (CORDON_IS_BOARD (self), NULL);

  g_hash_table_iter_init (&iter, self->bound_cards);
  while (g_hash_table_iter_next (&iter, &card, NULL))
    {
      if (cordon_incident_card_get_incident (card) == incident)
        return cordon_incident_card_get_deadline_text (card);
    }

  return NULL;
}
