/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void cordon_toast_overlay_name_controls (AdwToastOverlay *overlay);

G_END_DECLS
