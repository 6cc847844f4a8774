/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-window.c: the main window. It shows the workspace's incidents,
 * or an empty state when there are none, and remembers its size.
 */

#define G_LOG_DOMAIN "cordon-window"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-window.h"

struct _CordonWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  GtkStack             *main_stack;
  AdwStatusPage        *empty_page;
};

G_DEFINE_FINAL_TYPE (CordonWindow, cordon_window, ADW_TYPE_APPLICATION_WINDOW)

static void
cordon_window_class_init (CordonWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/cordon-window.ui");
  gtk_widget_class_bind_template_child (widget_class, CordonWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, CordonWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, CordonWindow, empty_page);
}

static void
cordon_window_init (CordonWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

#if DEVELOPMENT_BUILD
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif

  adw_status_page_set_icon_name (self->empty_page, APPLICATION_ID "-symbolic");
}

CordonWindow *
cordon_window_new (CordonApplication *application)
{
  CordonWindow *self;
  GSettings *settings;

  g_return_val_if_fail (CORDON_IS_APPLICATION (application), NULL);

  self = g_object_new (CORDON_TYPE_WINDOW,
                       "application", application,
                       NULL);

  /* The size is restored before the window is first shown, and saved
   * back whenever the user changes it. */
  settings = cordon_application_get_settings (application);
  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  return self;
}

/**
 * cordon_window_get_visible_page:
 *
 * Returns: the name of the page the window shows: "empty" or "board".
 */
const char *
cordon_window_get_visible_page (CordonWindow *self)
{
  g_return_val_if_fail (CORDON_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->main_stack);
}
