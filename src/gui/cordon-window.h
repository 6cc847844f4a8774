/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "cordon-application.h"

G_BEGIN_DECLS

#define CORDON_TYPE_WINDOW (cordon_window_get_type ())

G_DECLARE_FINAL_TYPE (CordonWindow, cordon_window, CORDON, WINDOW, AdwApplicationWindow)

CordonWindow *cordon_window_new                 (CordonApplication *application);
const char   *cordon_window_get_visible_page    (CordonWindow      *self);

G_END_DECLS
