/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-toasts.c: toasts a screen reader can use. libadwaita 1.2 gives
 * the close button of a toast an icon and no name, so a screen reader
 * says only "button". Every toast an overlay shows, now or later when a
 * queued one comes up, gets its close button named here.
 */

#define G_LOG_DOMAIN "cordon-toasts"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-toasts.h"

static void
name_buttons (GtkWidget *widget)
{
  GtkWidget *child;

  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) == NULL
      && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "window-close-symbolic") == 0)
    {
      /* Translators: the close button of a message shown at the bottom of a window */
      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Dismiss"), -1);
      gtk_widget_set_tooltip_text (widget, _("Dismiss"));
    }

  for (child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    name_buttons (child);
}

static void
on_children_changed (GListModel *children,
                     guint       position,
                     guint       removed,
                     guint       added)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWidget) child = g_list_model_get_item (children, i);

      if (g_strcmp0 (G_OBJECT_TYPE_NAME (child), "AdwToastWidget") == 0)
        name_buttons (child);
    }
}

/**
 * cordon_toast_overlay_name_controls:
 * @overlay: a toast overlay
 *
 * Names the close button of every toast that @overlay shows from now on.
 */
void
cordon_toast_overlay_name_controls (AdwToastOverlay *overlay)
{
  GListModel *children;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));

  children = gtk_widget_observe_children (GTK_WIDGET (overlay));
  g_signal_connect (children, "items-changed", G_CALLBACK (on_children_changed), NULL);
  on_children_changed (children, 0, 0, g_list_model_get_n_items (children));
  g_object_set_data_full (G_OBJECT (overlay), "cordon-observed-children", children, g_object_unref);
}
