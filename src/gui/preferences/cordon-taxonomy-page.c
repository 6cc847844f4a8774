/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-taxonomy-page.c: categories, severities and impacts, one list
 * each, with a row to add an entry at the end. The list rows follow the
 * workspace's taxonomy: they are matched by id, so a change made elsewhere
 * updates a row without taking it away from someone editing it.
 *
 * A new entry's id is derived from its name (lower-case, words joined by
 * dashes) and must be valid and unused.
 */

#define G_LOG_DOMAIN "cordon-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-taxonomy-page.h"

#include "cordon-preferences-helpers.h"
#include "cordon-taxonomy-row.h"

#define N_KINDS (CORDON_TAXONOMY_KIND_IMPACT + 1)

struct _CordonTaxonomyPage
{
  AdwPreferencesPage  parent_instance;

  /* Template widgets */
  GtkListBox         *category_list;
  GtkListBox         *severity_list;
  GtkListBox         *impact_list;
  AdwEntryRow        *category_add_row;
  AdwEntryRow        *severity_add_row;
  AdwEntryRow        *impact_add_row;

  /* Owned references */
  CordonWorkspace    *workspace;
  GHashTable         *rows[N_KINDS];   /* id → CordonTaxonomyRow, borrowed */
};

G_DEFINE_FINAL_TYPE (CordonTaxonomyPage, cordon_taxonomy_page, ADW_TYPE_PREFERENCES_PAGE)

static GtkListBox *
get_list (CordonTaxonomyPage *self,
          CordonTaxonomyKind  kind)
{
  GtkListBox *lists[N_KINDS] = { self->category_list, self->severity_list, self->impact_list };

  return lists[kind];
}

static AdwEntryRow *
get_add_row (CordonTaxonomyPage *self,
             CordonTaxonomyKind  kind)
{
  AdwEntryRow *rows[N_KINDS] = { self->category_add_row, self->severity_add_row, self->impact_add_row };

  return rows[kind];
}

/* Entries by rank, then id, as the taxonomy orders them; the add row last */
static int
sort_rows (GtkListBoxRow *a,
           GtkListBoxRow *b,
           gpointer       user_data)
{
  CordonTaxonomyEntry *ea, *eb;
  int ra, rb;

  if (!CORDON_IS_TAXONOMY_ROW (a) || !CORDON_IS_TAXONOMY_ROW (b))
    return (int) CORDON_IS_TAXONOMY_ROW (b) - (int) CORDON_IS_TAXONOMY_ROW (a);

  ea = cordon_taxonomy_row_get_entry (CORDON_TAXONOMY_ROW (a));
  eb = cordon_taxonomy_row_get_entry (CORDON_TAXONOMY_ROW (b));
  ra = cordon_taxonomy_entry_get_rank (ea);
  rb = cordon_taxonomy_entry_get_rank (eb);

  if (ra != rb)
    return ra < rb ? -1 : 1;

  return g_strcmp0 (cordon_taxonomy_entry_get_id (ea), cordon_taxonomy_entry_get_id (eb));
}

static void
refresh_kind (CordonTaxonomyPage *self,
              CordonTaxonomyKind  kind)
{
  GListModel *entries = cordon_taxonomy_get_entries (cordon_workspace_get_taxonomy (self->workspace), kind);
  GtkListBox *list = get_list (self, kind);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;
  guint n = g_list_model_get_n_items (entries);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (entries, i);
      const char *id = cordon_taxonomy_entry_get_id (entry);
      CordonTaxonomyRow *row = g_hash_table_lookup (self->rows[kind], id);

      if (row != NULL)
        cordon_taxonomy_row_set_entry (row, entry);
      else
        {
          row = CORDON_TAXONOMY_ROW (cordon_taxonomy_row_new (self->workspace, entry));
          g_hash_table_insert (self->rows[kind], g_strdup (id), row);
          gtk_list_box_append (list, GTK_WIDGET (row));
        }

      cordon_taxonomy_row_set_ends (row, i == 0, i + 1 == n);
      g_hash_table_add (seen, (gpointer) cordon_taxonomy_entry_get_id (cordon_taxonomy_row_get_entry (row)));
    }

  g_hash_table_iter_init (&iter, self->rows[kind]);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (!g_hash_table_contains (seen, key))
        {
          gtk_list_box_remove (list, GTK_WIDGET (value));
          g_hash_table_iter_remove (&iter);
        }
    }

  gtk_list_box_invalidate_sort (list);
}

static void
cordon_taxonomy_page_refresh (CordonTaxonomyPage *self)
{
  for (CordonTaxonomyKind kind = 0; kind < N_KINDS; kind++)
    refresh_kind (self, kind);
}

static void
add_entry (CordonTaxonomyPage *self,
           CordonTaxonomyKind  kind)
{
  static const char * const exists[N_KINDS] = {
    N_("A category with this name already exists"),
    N_("A severity with this name already exists"),
    N_("An impact with this name already exists"),
  };
  AdwEntryRow *row = get_add_row (self, kind);
  CordonTaxonomy *taxonomy = cordon_workspace_get_taxonomy (self->workspace);
  GListModel *entries = cordon_taxonomy_get_entries (taxonomy, kind);
  g_autofree char *label = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autofree char *id = cordon_id_from_label (label);
  g_autoptr(CordonTaxonomyEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  int rank = 0;

  if (*label == '\0')
    {
      cordon_row_set_error (ADW_PREFERENCES_ROW (row), _("The name must not be empty"));
      return;
    }

  if (!cordon_taxonomy_entry_is_valid_id (id))
    {
      cordon_row_set_error (ADW_PREFERENCES_ROW (row), _("The name needs at least one letter or digit"));
      return;
    }

  if (cordon_taxonomy_contains (taxonomy, kind, id))
    {
      cordon_row_set_error (ADW_PREFERENCES_ROW (row), _(exists[kind]));
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(CordonTaxonomyEntry) other = g_list_model_get_item (entries, i);
      rank = MAX (rank, cordon_taxonomy_entry_get_rank (other) + 1);
    }

  entry = cordon_taxonomy_entry_new_full (kind, id, label, rank);
  if (!cordon_workspace_set_taxonomy_entry (self->workspace, entry, &error))
    {
      cordon_row_set_error (ADW_PREFERENCES_ROW (row), error->message);
      return;
    }

  cordon_row_set_error (ADW_PREFERENCES_ROW (row), NULL);
  gtk_editable_set_text (GTK_EDITABLE (row), "");
}

static void
on_add_category (CordonTaxonomyPage *self)
{
  add_entry (self, CORDON_TAXONOMY_KIND_CATEGORY);
}

static void
on_add_severity (CordonTaxonomyPage *self)
{
  add_entry (self, CORDON_TAXONOMY_KIND_SEVERITY);
}

static void
on_add_impact (CordonTaxonomyPage *self)
{
  add_entry (self, CORDON_TAXONOMY_KIND_IMPACT);
}

static void
on_add_row_changed (AdwEntryRow *row)
{
  cordon_row_set_error (ADW_PREFERENCES_ROW (row), NULL);
}

static void
cordon_taxonomy_page_dispose (GObject *object)
{
  CordonTaxonomyPage *self = CORDON_TAXONOMY_PAGE (object);

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);

  /* Take the rows out explicitly: inside an AdwPreferencesWindow,
   * libadwaita 1.2 keeps the groups of a page alive after the window is
   * gone, and the rows would keep the workspace alive with them. */
  for (CordonTaxonomyKind kind = 0; kind < N_KINDS; kind++)
    {
      GHashTableIter iter;
      gpointer row;

      if (self->rows[kind] == NULL)
        continue;

      g_hash_table_iter_init (&iter, self->rows[kind]);
      while (g_hash_table_iter_next (&iter, NULL, &row))
        gtk_list_box_remove (get_list (self, kind), row);
      g_clear_pointer (&self->rows[kind], g_hash_table_unref);
    }

  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (cordon_taxonomy_page_parent_class)->dispose (object);
}

static void
cordon_taxonomy_page_class_init (CordonTaxonomyPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cordon_taxonomy_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/preferences/cordon-taxonomy-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CordonTaxonomyPage, category_list);
  gtk_widget_class_bind_template_child (widget_class, CordonTaxonomyPage, severity_list);
  gtk_widget_class_bind_template_child (widget_class, CordonTaxonomyPage, impact_list);
  gtk_widget_class_bind_template_child (widget_class, CordonTaxonomyPage, category_add_row);
  gtk_widget_class_bind_template_child (widget_class, CordonTaxonomyPage, severity_add_row);
  gtk_widget_class_bind_template_child (widget_class, CordonTaxonomyPage, impact_add_row);
}

static void
cordon_taxonomy_page_init (CordonTaxonomyPage *self)
{
  GCallback add_callbacks[N_KINDS] = {
    G_CALLBACK (on_add_category), G_CALLBACK (on_add_severity), G_CALLBACK (on_add_impact),
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  for (CordonTaxonomyKind kind = 0; kind < N_KINDS; kind++)
    {
      AdwEntryRow *add_row = get_add_row (self, kind);

      self->rows[kind] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      gtk_list_box_set_sort_func (get_list (self, kind), sort_rows, NULL, NULL);
      g_signal_connect_object (add_row, "apply", add_callbacks[kind], self, G_CONNECT_SWAPPED);
      g_signal_connect (add_row, "changed", G_CALLBACK (on_add_row_changed), NULL);
    }
}

GtkWidget *
cordon_taxonomy_page_new (CordonWorkspace *workspace)
{
  CordonTaxonomyPage *self;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (CORDON_TYPE_TAXONOMY_PAGE, NULL);
  self->workspace = g_object_ref (workspace);
  g_signal_connect_object (workspace, "settings-changed",
                           G_CALLBACK (cordon_taxonomy_page_refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "reloaded",
                           G_CALLBACK (cordon_taxonomy_page_refresh), self,
                           G_CONNECT_SWAPPED);
  cordon_taxonomy_page_refresh (self);

  return GTK_WIDGET (self);
}
