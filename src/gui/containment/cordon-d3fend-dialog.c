/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-d3fend-dialog.c: lists the shipped D3FEND techniques (by id),
 * filtered by a search on id, name, tactic and definition; "Create" or
 * activating a row emits "technique-chosen" with its id.
 */

#define G_LOG_DOMAIN "cordon-library"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-d3fend-dialog.h"

struct _CordonD3fendDialog
{
  AdwWindow              parent_instance;

  /* Template widgets */
  GtkSearchEntry        *search_entry;
  GtkListView           *technique_list;
  GtkButton             *create_button;

  /* Owned references */
  CordonD3fendCatalogue *catalogue;
  GtkCustomFilter       *filter;
  GtkSingleSelection    *selection;
};

G_DEFINE_FINAL_TYPE (CordonD3fendDialog, cordon_d3fend_dialog, ADW_TYPE_WINDOW)

enum { TECHNIQUE_CHOSEN, N_SIGNALS };
static guint signals[N_SIGNALS];

static gboolean
contains_casefold (const char *haystack,
                   const char *needle)
{
  g_autofree char *folded = g_utf8_casefold (haystack, -1);

  return strstr (folded, needle) != NULL;
}

static gboolean
technique_matches (gpointer item,
                   gpointer user_data)
{
  CordonD3fendDialog *self = user_data;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  const CordonD3fendTechnique *technique =
    cordon_d3fend_catalogue_lookup (self->catalogue, gtk_string_object_get_string (item));
  g_autofree char *needle = NULL;

  if (search == NULL || search[0] == '\0')
    return TRUE;
  if (technique == NULL)
    return FALSE;

  needle = g_utf8_casefold (search, -1);
  return contains_casefold (technique->id, needle) || contains_casefold (technique->name, needle) ||
         contains_casefold (technique->tactic, needle) || contains_casefold (technique->definition, needle);
}

static void
on_search_changed (CordonD3fendDialog *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_selected (CordonD3fendDialog *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->create_button),
                            gtk_single_selection_get_selected_item (self->selection) != NULL);
}

static void
on_create_clicked (CordonD3fendDialog *self)
{
  GtkStringObject *item = gtk_single_selection_get_selected_item (self->selection);
  g_autofree char *id = NULL;

  if (item == NULL)
    return;

  id = g_strdup (gtk_string_object_get_string (item));
  g_object_ref (self);
  g_signal_emit (self, signals[TECHNIQUE_CHOSEN], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}

static void
on_activate (CordonD3fendDialog *self,
             guint               position)
{
  gtk_single_selection_set_selected (self->selection, position);
  on_create_clicked (self);
}

static void
setup_item (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *details = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (details), 0);
  gtk_label_set_wrap (GTK_LABEL (details), TRUE);
  gtk_label_set_lines (GTK_LABEL (details), 2);
  gtk_label_set_ellipsize (GTK_LABEL (details), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (details, "caption");
  gtk_widget_add_css_class (details, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), details);
  gtk_list_item_set_child (item, box);
}

static void
bind_item (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  CordonD3fendDialog *self = user_data;
  GtkWidget *box = gtk_list_item_get_child (item);
  const CordonD3fendTechnique *technique =
    cordon_d3fend_catalogue_lookup (self->catalogue, gtk_string_object_get_string (gtk_list_item_get_item (item)));
  g_autofree char *details = NULL;

  if (technique == NULL)
    return;

  /* Translators: a D3FEND technique: "D3-NI · Isolate · what it is" */
  details = g_strdup_printf (_("%s · %s · %s"), technique->id, technique->tactic, technique->definition);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)), technique->name);
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (box)), details);
}

static void
cordon_d3fend_dialog_dispose (GObject *object)
{
  CordonD3fendDialog *self = CORDON_D3FEND_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CORDON_TYPE_D3FEND_DIALOG);
  g_clear_object (&self->selection);
  g_clear_object (&self->filter);
  g_clear_object (&self->catalogue);

  G_OBJECT_CLASS (cordon_d3fend_dialog_parent_class)->dispose (object);
}

static void
cordon_d3fend_dialog_class_init (CordonD3fendDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cordon_d3fend_dialog_dispose;

  /**
   * CordonD3fendDialog::technique-chosen:
   * @id: the technique's id, e.g. `D3-NI`
   */
  signals[TECHNIQUE_CHOSEN] = g_signal_new ("technique-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/containment/cordon-d3fend-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CordonD3fendDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, CordonD3fendDialog, technique_list);
  gtk_widget_class_bind_template_child (widget_class, CordonD3fendDialog, create_button);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_create_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cordon_d3fend_dialog_init (CordonD3fendDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * cordon_d3fend_dialog_new:
 *
 * Returns: (transfer full) (nullable): the dialog, or %NULL when the
 *   shipped catalogue cannot be read
 */
CordonD3fendDialog *
cordon_d3fend_dialog_new (GError **error)
{
  g_autoptr(CordonD3fendCatalogue) catalogue = cordon_d3fend_catalogue_new_default (error);
  GtkStringList *ids;
  GtkFilterListModel *filtered;
  GtkListItemFactory *factory;
  CordonD3fendDialog *self;

  if (catalogue == NULL)
    return NULL;

  self = g_object_new (CORDON_TYPE_D3FEND_DIALOG, NULL);
  self->catalogue = g_steal_pointer (&catalogue);

  ids = gtk_string_list_new (NULL);
  for (guint i = 0; i < cordon_d3fend_catalogue_get_n_techniques (self->catalogue); i++)
    gtk_string_list_append (ids, cordon_d3fend_catalogue_get_technique (self->catalogue, i)->id);

  self->filter = gtk_custom_filter_new (technique_matches, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (ids), GTK_FILTER (g_object_ref (self->filter)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected-item", G_CALLBACK (on_selected), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_item), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_item), self);
  gtk_list_view_set_factory (self->technique_list, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->technique_list, GTK_SELECTION_MODEL (self->selection));

  return self;
}

/**
 * cordon_d3fend_dialog_get_catalogue:
 *
 * Returns: (transfer none): the catalogue listed
 */
CordonD3fendCatalogue *
cordon_d3fend_dialog_get_catalogue (CordonD3fendDialog *self)
{
  g_return_val_if_fail (CORDON_IS_D3FEND_DIALOG (self), NULL);

  return self->catalogue;
}

void
cordon_d3fend_dialog_set_search (CordonD3fendDialog *self,
                                 const char         *text)
{
  g_return_if_fail (CORDON_IS_D3FEND_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  on_search_changed (self);
}

guint
cordon_d3fend_dialog_get_n_shown (CordonD3fendDialog *self)
{
  g_return_val_if_fail (CORDON_IS_D3FEND_DIALOG (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->selection));
}

/* Chooses the technique listed at @position, as Create does. */
void
cordon_d3fend_dialog_choose (CordonD3fendDialog *self,
                             guint               position)
{
  g_return_if_fail (CORDON_IS_D3FEND_DIALOG (self));

  gtk_single_selection_set_selected (self->selection, position);
  on_create_clicked (self);
}
