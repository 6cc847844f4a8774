/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "cordon-sla-scheduler.h"
#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_APPLICATION (cordon_application_get_type ())

G_DECLARE_FINAL_TYPE (CordonApplication, cordon_application, CORDON, APPLICATION, AdwApplication)

CordonApplication *cordon_application_new          (void);
GSettings         *cordon_application_get_settings        (CordonApplication *self);
void               cordon_application_set_workspace_path  (CordonApplication *self,
                                                           const char        *path);
char              *cordon_application_dup_workspace_path  (CordonApplication *self);
CordonWorkspace   *cordon_application_get_workspace       (CordonApplication *self);
const GError      *cordon_application_get_workspace_error (CordonApplication *self);
CordonSlaScheduler *cordon_application_get_sla_scheduler  (CordonApplication *self);
typedef struct _CordonWindow CordonWindow;
CordonWindow      *cordon_application_reopen_exercise     (CordonApplication *self,
                                                           const char        *path,
                                                           GError           **error);
CordonWindow      *cordon_application_open_exercise       (CordonApplication *self,
                                                           GBytes            *scenario_json,
                                                           const char        *name,
                                                           const char        *path,
                                                           GError           **error);
void               cordon_application_set_clock           (CordonApplication *self,
                                                           CordonClock       *clock);

gboolean           cordon_acknowledge_from_notification   (CordonWorkspace   *workspace,
                                                           const char        *key,
                                                           GError           **error);

G_END_DECLS
