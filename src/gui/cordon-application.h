/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define CORDON_TYPE_APPLICATION (cordon_application_get_type ())

G_DECLARE_FINAL_TYPE (CordonApplication, cordon_application, CORDON, APPLICATION, AdwApplication)

CordonApplication *cordon_application_new          (void);
GSettings         *cordon_application_get_settings (CordonApplication *self);

G_END_DECLS
