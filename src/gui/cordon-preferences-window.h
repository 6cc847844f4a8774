/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "cordon-application.h"

G_BEGIN_DECLS

#define CORDON_TYPE_PREFERENCES_WINDOW (cordon_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (CordonPreferencesWindow, cordon_preferences_window, CORDON, PREFERENCES_WINDOW, AdwPreferencesWindow)

CordonPreferencesWindow *cordon_preferences_window_new (CordonApplication *application);

G_END_DECLS
