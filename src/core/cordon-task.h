/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-task.h: one task of an incident's course of action.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_TASK (cordon_task_get_type ())

G_DECLARE_FINAL_TYPE (CordonTask, cordon_task, CORDON, TASK, GObject)

/**
 * CordonTask:
 *
 * An action the lead assigns while handling an incident. String properties
 * are never %NULL; unset is the empty string.
 *
 * Properties (each has a getter and a setter below; setters notify only
 * on change):
 *
 * - id: the row id in the workspace; 0 until the object is stored
 * - incident-id: the row id of the incident it belongs to
 * - title: what to do
 * - owner: who does it
 * - description: how to do it: the steps of a playbook's task, or what a
 *   case says
 * - due: when it is due (UTC), or %NULL
 * - status: where it stands
 * - created: when it was added (UTC), set by the workspace when %NULL
 */

CordonTask      *cordon_task_new             (void);
gint64           cordon_task_get_id          (CordonTask *self);
void             cordon_task_set_id          (CordonTask *self,
                                              gint64      id);
gint64           cordon_task_get_incident_id (CordonTask *self);
void             cordon_task_set_incident_id (CordonTask *self,
                                              gint64      incident_id);
const char      *cordon_task_get_title       (CordonTask *self);
void             cordon_task_set_title       (CordonTask *self,
                                              const char *title);
const char      *cordon_task_get_owner       (CordonTask *self);
void             cordon_task_set_owner       (CordonTask *self,
                                              const char *owner);
GDateTime       *cordon_task_get_due         (CordonTask *self);
void             cordon_task_set_due         (CordonTask *self,
                                              GDateTime  *due);
CordonTaskStatus cordon_task_get_status      (CordonTask *self);
void             cordon_task_set_status      (CordonTask       *self,
                                              CordonTaskStatus  status);
GDateTime       *cordon_task_get_created     (CordonTask *self);
void             cordon_task_set_created     (CordonTask *self,
                                              GDateTime  *created);
const char      *cordon_task_get_description (CordonTask *self);
void             cordon_task_set_description (CordonTask *self,
                                              const char *description);

G_END_DECLS
