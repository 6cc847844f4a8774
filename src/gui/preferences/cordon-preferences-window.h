/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-preferences-window.h: the Preferences window: appearance and the
 * workspace's groups, SLA policies and taxonomy.
 */

#pragma once

#include <adwaita.h>

#include "cordon-undo.h"

#include "cordon-application.h"
#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_PREFERENCES_WINDOW (cordon_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (CordonPreferencesWindow, cordon_preferences_window, CORDON, PREFERENCES_WINDOW, AdwPreferencesWindow)

CordonPreferencesWindow *cordon_preferences_window_new               (CordonApplication *application);
CordonPreferencesWindow *cordon_preferences_window_new_for_workspace (GSettings         *settings,
                                                                      const char        *workspace_path,
                                                                      CordonWorkspace   *workspace);
CordonWorkspace         *cordon_preferences_window_get_workspace     (CordonPreferencesWindow *self);
void                     cordon_preferences_window_show_undo_toast   (CordonPreferencesWindow *self,
                                                                      const char              *title,
                                                                      CordonUndoFunc           undo,
                                                                      gpointer                 user_data,
                                                                      GDestroyNotify           destroy);
void                     cordon_preferences_window_show_message      (CordonPreferencesWindow *self,
                                                                      const char              *message);
CordonPreferencesWindow *cordon_preferences_window_from_widget       (GtkWidget               *widget);

G_END_DECLS
