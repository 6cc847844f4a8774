/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-taxonomy-row.c: one category, severity or impact. The text is its
 * label, renamed by applying an edit; the title is its stable id, or what
 * is wrong with the last edit. Severities move up and down (their rank
 * orders them), impacts switch "requires management", and any entry can
 * be removed unless an incident still uses it, in which case the store's
 * refusal is shown on the row.
 */

#define G_LOG_DOMAIN "cordon-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-taxonomy-row.h"

#include "cordon-preferences-helpers.h"
#include "cordon-preferences-window.h"

struct _CordonTaxonomyRow
{
  AdwEntryRow          parent_instance;

  /* Owned references */
  CordonWorkspace     *workspace;
  CordonTaxonomyEntry *entry;

  /* Suffixes, depending on the kind */
  GtkWidget           *up_button;
  GtkWidget           *down_button;
  GtkSwitch           *management_switch;
  GtkWidget           *remove_button;
  gboolean             syncing;
};

G_DEFINE_FINAL_TYPE (CordonTaxonomyRow, cordon_taxonomy_row, ADW_TYPE_ENTRY_ROW)

static CordonPreferencesWindow *
get_window (CordonTaxonomyRow *self)
{
  return cordon_preferences_window_from_widget (GTK_WIDGET (self));
}

static void
report (CordonTaxonomyRow *self,
        const GError      *error)
{
  cordon_row_set_error (ADW_PREFERENCES_ROW (self), error->message);
}

static void
on_apply (CordonTaxonomyRow *self)
{
  g_autofree char *label = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self))));
  g_autoptr(CordonTaxonomyEntry) copy = NULL;
  g_autoptr(GError) error = NULL;

  if (*label == '\0')
    {
      cordon_row_set_error (ADW_PREFERENCES_ROW (self), _("The name must not be empty"));
      return;
    }

  if (g_str_equal (label, cordon_taxonomy_entry_get_display_label (self->entry)))
    {
      cordon_row_set_error (ADW_PREFERENCES_ROW (self), NULL);
      return;
    }

  copy = cordon_taxonomy_entry_copy (self->entry);
  cordon_taxonomy_entry_set_label (copy, label);
  if (!cordon_workspace_set_taxonomy_entry (self->workspace, copy, &error))
    {
      report (self, error);
      return;
    }

  cordon_row_set_error (ADW_PREFERENCES_ROW (self), NULL);
}

static void
on_changed (CordonTaxonomyRow *self)
{
  if (!self->syncing)
    cordon_row_set_error (ADW_PREFERENCES_ROW (self), NULL);
}

/* Severities are ordered by rank: moving one renumbers the list 0…n-1 in
 * the new order, so that entries of equal rank move too. */
static void
move (CordonTaxonomyRow *self,
      int                delta)
{
  CordonTaxonomy *taxonomy = cordon_workspace_get_taxonomy (self->workspace);
  GListModel *model = cordon_taxonomy_get_entries (taxonomy, cordon_taxonomy_entry_get_kind (self->entry));
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  int position = -1;
  int target;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      CordonTaxonomyEntry *entry = g_list_model_get_item (model, i);

      if (g_str_equal (cordon_taxonomy_entry_get_id (entry), cordon_taxonomy_entry_get_id (self->entry)))
        position = i;
      g_ptr_array_add (order, entry);
    }

  target = position + delta;
  if (position < 0 || target < 0 || target >= (int) order->len)
    return;

  {
    gpointer moved = order->pdata[position];
    order->pdata[position] = order->pdata[target];
    order->pdata[target] = moved;
  }

  for (guint i = 0; i < order->len; i++)
    {
      CordonTaxonomyEntry *entry = g_ptr_array_index (order, i);
      g_autoptr(CordonTaxonomyEntry) copy = NULL;

      if (cordon_taxonomy_entry_get_rank (entry) == (int) i)
        continue;

      copy = cordon_taxonomy_entry_copy (entry);
      cordon_taxonomy_entry_set_rank (copy, i);
      if (!cordon_workspace_set_taxonomy_entry (self->workspace, copy, &error))
        {
          report (self, error);
          return;
        }
    }
}

static void
on_up_clicked (CordonTaxonomyRow *self)
{
  move (self, -1);
}

static void
on_down_clicked (CordonTaxonomyRow *self)
{
  move (self, +1);
}

static void
on_management_changed (CordonTaxonomyRow *self)
{
  g_autoptr(CordonTaxonomyEntry) copy = NULL;
  g_autoptr(GError) error = NULL;
  gboolean active = gtk_switch_get_active (self->management_switch);

  if (self->syncing || active == cordon_taxonomy_entry_get_requires_management (self->entry))
    return;

  copy = cordon_taxonomy_entry_copy (self->entry);
  cordon_taxonomy_entry_set_requires_management (copy, active);
  if (!cordon_workspace_set_taxonomy_entry (self->workspace, copy, &error))
    {
      report (self, error);
      self->syncing = TRUE;
      gtk_switch_set_active (self->management_switch, !active);
      self->syncing = FALSE;
    }
}

static gboolean
undo_remove (gpointer   user_data,
             GError   **error)
{
  CordonTaxonomyEntry *entry = user_data;
  CordonWorkspace *workspace = g_object_get_data (G_OBJECT (entry), "cordon-workspace");

  return cordon_workspace_set_taxonomy_entry (workspace, entry, error);
}

static void
on_remove_clicked (CordonTaxonomyRow *self)
{
  /* The page drops this row as soon as the entry is gone */
  g_autoptr(CordonTaxonomyRow) hold = g_object_ref (self);
  CordonPreferencesWindow *window = get_window (self);
  g_autoptr(CordonTaxonomyEntry) removed = cordon_taxonomy_entry_copy (self->entry);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  if (!cordon_workspace_remove_taxonomy_entry (self->workspace,
                                               cordon_taxonomy_entry_get_kind (removed),
                                               cordon_taxonomy_entry_get_id (removed),
                                               &error))
    {
      report (self, error);
      return;
    }

  if (window == NULL)
    return;

  /* Translators: %s is a category, severity or impact, such as “Phishing” */
  title = g_strdup_printf (_("“%s” removed"), cordon_taxonomy_entry_get_display_label (removed));
  g_object_set_data_full (G_OBJECT (removed), "cordon-workspace",
                          g_object_ref (self->workspace), g_object_unref);
  cordon_preferences_window_show_undo_toast (window, title, undo_remove,
                                             g_steal_pointer (&removed), g_object_unref);
}

static GtkWidget *
add_icon_button (CordonTaxonomyRow *self,
                 const char        *icon_name,
                 const char        *tooltip,
                 GCallback          callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);
  g_signal_connect_object (button, "clicked", callback, self, G_CONNECT_SWAPPED);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), button);

  return button;
}

static void
build_suffixes (CordonTaxonomyRow *self)
{
  switch (cordon_taxonomy_entry_get_kind (self->entry))
    {
    case CORDON_TAXONOMY_KIND_SEVERITY:
      self->up_button = add_icon_button (self, "go-up-symbolic", _("Less Severe"),
                                         G_CALLBACK (on_up_clicked));
      self->down_button = add_icon_button (self, "go-down-symbolic", _("More Severe"),
                                           G_CALLBACK (on_down_clicked));
      break;

    case CORDON_TAXONOMY_KIND_IMPACT:
      self->management_switch = GTK_SWITCH (gtk_switch_new ());
      gtk_widget_set_valign (GTK_WIDGET (self->management_switch), GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->management_switch), _("Requires Management"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->management_switch),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Requires management"),
                                      -1);
      g_signal_connect_object (self->management_switch, "notify::active",
                               G_CALLBACK (on_management_changed), self, G_CONNECT_SWAPPED);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (self), GTK_WIDGET (self->management_switch));
      break;

    case CORDON_TAXONOMY_KIND_CATEGORY:
    default:
      break;
    }

  self->remove_button = add_icon_button (self, "user-trash-symbolic", _("Remove"),
                                         G_CALLBACK (on_remove_clicked));
}

static void
cordon_taxonomy_row_dispose (GObject *object)
{
  CordonTaxonomyRow *self = CORDON_TAXONOMY_ROW (object);

  g_clear_object (&self->workspace);
  g_clear_object (&self->entry);

  G_OBJECT_CLASS (cordon_taxonomy_row_parent_class)->dispose (object);
}

static void
cordon_taxonomy_row_class_init (CordonTaxonomyRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cordon_taxonomy_row_dispose;
}

static void
cordon_taxonomy_row_init (CordonTaxonomyRow *self)
{
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (self), TRUE);
  g_signal_connect (self, "apply", G_CALLBACK (on_apply), NULL);
  g_signal_connect (self, "changed", G_CALLBACK (on_changed), NULL);
}

GtkWidget *
cordon_taxonomy_row_new (CordonWorkspace     *workspace,
                         CordonTaxonomyEntry *entry)
{
  CordonTaxonomyRow *self;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (CORDON_IS_TAXONOMY_ENTRY (entry), NULL);

  self = g_object_new (CORDON_TYPE_TAXONOMY_ROW, NULL);
  self->workspace = g_object_ref (workspace);
  self->entry = g_object_ref (entry);
  build_suffixes (self);
  cordon_taxonomy_row_set_entry (self, entry);

  return GTK_WIDGET (self);
}

CordonTaxonomyEntry *
cordon_taxonomy_row_get_entry (CordonTaxonomyRow *self)
{
  g_return_val_if_fail (CORDON_IS_TAXONOMY_ROW (self), NULL);

  return self->entry;
}

/* Shows @entry, the stored state of this row's id. An edit being typed or
 * a refused one is left alone. */
void
cordon_taxonomy_row_set_entry (CordonTaxonomyRow   *self,
                               CordonTaxonomyEntry *entry)
{
  g_autofree char *old_label = NULL;
  const char *label;
  const char *text;
  gboolean editing;

  g_return_if_fail (CORDON_IS_TAXONOMY_ROW (self));
  g_return_if_fail (CORDON_IS_TAXONOMY_ENTRY (entry));

  old_label = g_strdup (cordon_taxonomy_entry_get_display_label (self->entry));
  g_set_object (&self->entry, entry);
  label = cordon_taxonomy_entry_get_display_label (entry);
  text = gtk_editable_get_text (GTK_EDITABLE (self));
  editing = (gtk_widget_get_state_flags (GTK_WIDGET (self)) & GTK_STATE_FLAG_FOCUS_WITHIN) != 0;

  self->syncing = TRUE;

  if (cordon_row_get_error (ADW_PREFERENCES_ROW (self)) == NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), cordon_taxonomy_entry_get_id (entry));

      /* A rename stored elsewhere wins; otherwise keep what is being typed */
      if (!g_str_equal (text, label) && (!editing || !g_str_equal (old_label, label)))
        gtk_editable_set_text (GTK_EDITABLE (self), label);
    }

  if (self->management_switch != NULL)
    gtk_switch_set_active (self->management_switch, cordon_taxonomy_entry_get_requires_management (entry));

  self->syncing = FALSE;
}

void
cordon_taxonomy_row_set_ends (CordonTaxonomyRow *self,
                              gboolean           is_first,
                              gboolean           is_last)
{
  g_return_if_fail (CORDON_IS_TAXONOMY_ROW (self));

  if (self->up_button != NULL)
    gtk_widget_set_sensitive (self->up_button, !is_first);
  if (self->down_button != NULL)
    gtk_widget_set_sensitive (self->down_button, !is_last);
}
