/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-groups-page.c: the groups of the four kinds, one section each,
 * with a row at the end of each to add a group by name. Group rows are
 * matched to the workspace's groups by id, so a change made elsewhere
 * updates the row in place and keeps it expanded.
 *
 * A new group's slug, the id incidents and files use, is derived from its
 * name and made unique with a number when needed.
 */

#define G_LOG_DOMAIN "cordon-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-groups-page.h"

#include "cordon-group-row.h"
#include "cordon-preferences-helpers.h"

#define N_KINDS (CORDON_GROUP_KIND_EXTERNAL_COMMUNICATION + 1)

struct _CordonGroupsPage
{
  AdwPreferencesPage  parent_instance;

  /* Template widgets */
  GtkListBox         *responder_list;
  GtkListBox         *resolver_list;
  GtkListBox         *management_list;
  GtkListBox         *external_list;
  AdwEntryRow        *responder_add_row;
  AdwEntryRow        *resolver_add_row;
  AdwEntryRow        *management_add_row;
  AdwEntryRow        *external_add_row;

  /* Owned references */
  CordonWorkspace    *workspace;
  GHashTable         *rows;   /* group id → CordonGroupRow, borrowed */
};

G_DEFINE_FINAL_TYPE (CordonGroupsPage, cordon_groups_page, ADW_TYPE_PREFERENCES_PAGE)

static GtkListBox *
get_list (CordonGroupsPage *self,
          CordonGroupKind   kind)
{
  GtkListBox *lists[N_KINDS] = {
    self->responder_list, self->resolver_list, self->management_list, self->external_list,
  };

  return lists[kind];
}

static AdwEntryRow *
get_add_row (CordonGroupsPage *self,
             CordonGroupKind   kind)
{
  AdwEntryRow *rows[N_KINDS] = {
    self->responder_add_row, self->resolver_add_row, self->management_add_row, self->external_add_row,
  };

  return rows[kind];
}

/* Groups in the order they were created; the add row last */
static int
sort_rows (GtkListBoxRow *a,
           GtkListBoxRow *b,
           gpointer       user_data)
{
  gint64 ia, ib;

  if (!CORDON_IS_GROUP_ROW (a) || !CORDON_IS_GROUP_ROW (b))
    return (int) CORDON_IS_GROUP_ROW (b) - (int) CORDON_IS_GROUP_ROW (a);

  ia = cordon_group_get_id (cordon_group_row_get_group (CORDON_GROUP_ROW (a)));
  ib = cordon_group_get_id (cordon_group_row_get_group (CORDON_GROUP_ROW (b)));

  return ia < ib ? -1 : ia > ib;
}

static void
cordon_groups_page_refresh (CordonGroupsPage *self)
{
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer key, value;

  groups = cordon_workspace_list_groups (self->workspace, &error);
  if (groups == NULL)
    {
      g_warning ("Could not read the groups: %s", error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(CordonGroup) group = g_list_model_get_item (groups, i);
      gint64 id = cordon_group_get_id (group);
      CordonGroupRow *row = g_hash_table_lookup (self->rows, &id);

      if (row != NULL)
        cordon_group_row_set_group (row, group);
      else
        {
          row = CORDON_GROUP_ROW (cordon_group_row_new (self->workspace, group));
          g_hash_table_insert (self->rows, g_memdup2 (&id, sizeof id), row);
          gtk_list_box_append (get_list (self, cordon_group_get_kind (group)), GTK_WIDGET (row));
        }

      g_hash_table_add (seen, g_memdup2 (&id, sizeof id));
    }

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (!g_hash_table_contains (seen, key))
        {
          GtkWidget *row = value;

          gtk_list_box_remove (GTK_LIST_BOX (gtk_widget_get_parent (row)), row);
          g_hash_table_iter_remove (&iter);
        }
    }

  for (CordonGroupKind kind = 0; kind < N_KINDS; kind++)
    gtk_list_box_invalidate_sort (get_list (self, kind));
}

static void
add_group (CordonGroupsPage *self,
           CordonGroupKind   kind)
{
  AdwEntryRow *row = get_add_row (self, kind);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autofree char *base = cordon_id_from_label (name);
  g_autofree char *slug = NULL;
  g_autoptr(GListModel) groups = NULL;
  g_autoptr(GHashTable) slugs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(CordonGroup) group = NULL;
  g_autoptr(GError) error = NULL;
  CordonGroupRow *group_row;
  gint64 id;

  if (*name == '\0')
    {
      cordon_row_set_error (ADW_PREFERENCES_ROW (row), _("The name must not be empty"));
      return;
    }

  if (!cordon_taxonomy_entry_is_valid_id (base))
    {
      cordon_row_set_error (ADW_PREFERENCES_ROW (row), _("The name needs at least one letter or digit"));
      return;
    }

  if (!(groups = cordon_workspace_list_groups (self->workspace, &error)))
    {
      cordon_row_set_error (ADW_PREFERENCES_ROW (row), error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(CordonGroup) other = g_list_model_get_item (groups, i);
      g_hash_table_add (slugs, g_strdup (cordon_group_get_slug (other)));
    }

  slug = g_strdup (base);
  for (guint n = 2; g_hash_table_contains (slugs, slug); n++)
    {
      g_free (slug);
      slug = g_strdup_printf ("%.*s-%u", 56, base, n);
    }

  group = cordon_group_new ();
  cordon_group_set_kind (group, kind);
  cordon_group_set_slug (group, slug);
  cordon_group_set_name (group, name);
  if (!cordon_workspace_create_group (self->workspace, group, &error))
    {
      cordon_row_set_error (ADW_PREFERENCES_ROW (row), error->message);
      return;
    }

  cordon_row_set_error (ADW_PREFERENCES_ROW (row), NULL);
  gtk_editable_set_text (GTK_EDITABLE (row), "");

  /* Show the new group open, ready for its members */
  id = cordon_group_get_id (group);
  group_row = g_hash_table_lookup (self->rows, &id);
  if (group_row != NULL)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (group_row), TRUE);
}

static void
on_add_responder (CordonGroupsPage *self)
{
  add_group (self, CORDON_GROUP_KIND_RESPONDER);
}

static void
on_add_resolver (CordonGroupsPage *self)
{
  add_group (self, CORDON_GROUP_KIND_RESOLVER);
}

static void
on_add_management (CordonGroupsPage *self)
{
  add_group (self, CORDON_GROUP_KIND_MANAGEMENT);
}

static void
on_add_external (CordonGroupsPage *self)
{
  add_group (self, CORDON_GROUP_KIND_EXTERNAL_COMMUNICATION);
}

static void
on_add_row_changed (AdwEntryRow *row)
{
  cordon_row_set_error (ADW_PREFERENCES_ROW (row), NULL);
}

static void
cordon_groups_page_dispose (GObject *object)
{
  CordonGroupsPage *self = CORDON_GROUPS_PAGE (object);

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);

  /* Take the rows out explicitly: inside an AdwPreferencesWindow,
   * libadwaita 1.2 keeps the groups of a page alive after the window is
   * gone, and the rows would keep the workspace alive with them. */
  if (self->rows != NULL)
    {
      GHashTableIter iter;
      gpointer row;

      g_hash_table_iter_init (&iter, self->rows);
      while (g_hash_table_iter_next (&iter, NULL, &row))
        gtk_list_box_remove (GTK_LIST_BOX (gtk_widget_get_parent (row)), row);
      g_clear_pointer (&self->rows, g_hash_table_unref);
    }

  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (cordon_groups_page_parent_class)->dispose (object);
}

static void
cordon_groups_page_class_init (CordonGroupsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cordon_groups_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/preferences/cordon-groups-page.ui");
  gtk_widget_class_bind_template_child (widget_class, CordonGroupsPage, responder_list);
  gtk_widget_class_bind_template_child (widget_class, CordonGroupsPage, resolver_list);
  gtk_widget_class_bind_template_child (widget_class, CordonGroupsPage, management_list);
  gtk_widget_class_bind_template_child (widget_class, CordonGroupsPage, external_list);
  gtk_widget_class_bind_template_child (widget_class, CordonGroupsPage, responder_add_row);
  gtk_widget_class_bind_template_child (widget_class, CordonGroupsPage, resolver_add_row);
  gtk_widget_class_bind_template_child (widget_class, CordonGroupsPage, management_add_row);
  gtk_widget_class_bind_template_child (widget_class, CordonGroupsPage, external_add_row);
}

static void
cordon_groups_page_init (CordonGroupsPage *self)
{
  GCallback add_callbacks[N_KINDS] = {
    G_CALLBACK (on_add_responder), G_CALLBACK (on_add_resolver),
    G_CALLBACK (on_add_management), G_CALLBACK (on_add_external),
  };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (CordonGroupKind kind = 0; kind < N_KINDS; kind++)
    {
      AdwEntryRow *add_row = get_add_row (self, kind);

      gtk_list_box_set_sort_func (get_list (self, kind), sort_rows, NULL, NULL);
      g_signal_connect_object (add_row, "apply", add_callbacks[kind], self, G_CONNECT_SWAPPED);
      g_signal_connect (add_row, "changed", G_CALLBACK (on_add_row_changed), NULL);
    }
}

GtkWidget *
cordon_groups_page_new (CordonWorkspace *workspace)
{
  CordonGroupsPage *self;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (CORDON_TYPE_GROUPS_PAGE, NULL);
  self->workspace = g_object_ref (workspace);
  g_signal_connect_object (workspace, "settings-changed",
                           G_CALLBACK (cordon_groups_page_refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "reloaded",
                           G_CALLBACK (cordon_groups_page_refresh), self,
                           G_CONNECT_SWAPPED);
  cordon_groups_page_refresh (self);

  return GTK_WIDGET (self);
}
