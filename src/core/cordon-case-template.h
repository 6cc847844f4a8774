/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-case-template.h: a playbook new incidents are opened from.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_CASE_TEMPLATE (cordon_case_template_get_type ())

G_DECLARE_FINAL_TYPE (CordonCaseTemplate, cordon_case_template, CORDON, CASE_TEMPLATE, GObject)

/**
 * CordonCaseTemplateTask:
 * @title: what to do
 * @description: how, as the playbook says it
 * @group: the playbook's group of the task (`containment`, `recovery`,
 *   `identification`, …), or ""
 *
 * One step of a template, in the template's order.
 */
typedef struct
{
  char *title;
  char *description;
  char *group;
} CordonCaseTemplateTask;

/**
 * CordonCaseTemplate:
 *
 * What a team keeps its playbooks in (TheHive's case templates): a name,
 * the title prefix, description, severity, category and TLP an incident
 * opened from it starts with, and its tasks. Tasks of the group
 * `containment` become the incident's containment plan, the others its
 * task list. Strings are never %NULL; severity and category may be ""
 * (the person opening the incident chooses).
 */
CordonCaseTemplate *cordon_case_template_new (const char *name);

gint64       cordon_case_template_get_id           (CordonCaseTemplate *self);
void         cordon_case_template_set_id           (CordonCaseTemplate *self,
                                                    gint64              id);
const char  *cordon_case_template_get_name         (CordonCaseTemplate *self);
void         cordon_case_template_set_name         (CordonCaseTemplate *self,
                                                    const char         *name);
const char  *cordon_case_template_get_title_prefix (CordonCaseTemplate *self);
void         cordon_case_template_set_title_prefix (CordonCaseTemplate *self,
                                                    const char         *prefix);
const char  *cordon_case_template_get_description  (CordonCaseTemplate *self);
void         cordon_case_template_set_description  (CordonCaseTemplate *self,
                                                    const char         *description);
const char  *cordon_case_template_get_severity     (CordonCaseTemplate *self);
void         cordon_case_template_set_severity     (CordonCaseTemplate *self,
                                                    const char         *severity);
const char  *cordon_case_template_get_category     (CordonCaseTemplate *self);
void         cordon_case_template_set_category     (CordonCaseTemplate *self,
                                                    const char         *category);
CordonTlp    cordon_case_template_get_tlp          (CordonCaseTemplate *self);
void         cordon_case_template_set_tlp          (CordonCaseTemplate *self,
                                                    CordonTlp           tlp);
const char  *cordon_case_template_get_source       (CordonCaseTemplate *self);
void         cordon_case_template_set_source       (CordonCaseTemplate *self,
                                                    const char         *source);

void         cordon_case_template_add_task         (CordonCaseTemplate *self,
                                                    const char         *title,
                                                    const char         *description,
                                                    const char         *group);
guint        cordon_case_template_get_n_tasks      (CordonCaseTemplate *self);
const CordonCaseTemplateTask *
             cordon_case_template_get_task         (CordonCaseTemplate *self,
                                                    guint               index);
gboolean     cordon_case_template_task_is_containment (const CordonCaseTemplateTask *task);

G_END_DECLS
