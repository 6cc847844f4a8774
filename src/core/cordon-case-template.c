/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-case-template.c: a playbook new incidents are opened from.
 */

#include "config.h"

#include <string.h>

#include "cordon-case-template.h"

struct _CordonCaseTemplate
{
  GObject    parent_instance;

  gint64     id;
  char      *name;
  char      *title_prefix;
  char      *description;
  char      *severity;
  char      *category;
  CordonTlp  tlp;
  char      *source;
  GArray    *tasks;  /* CordonCaseTemplateTask */
};

G_DEFINE_FINAL_TYPE (CordonCaseTemplate, cordon_case_template, G_TYPE_OBJECT)

static void
clear_task (gpointer data)
{
  CordonCaseTemplateTask *task = data;

  g_free (task->title);
  g_free (task->description);
  g_free (task->group);
}

static void
cordon_case_template_finalize (GObject *object)
{
  CordonCaseTemplate *self = CORDON_CASE_TEMPLATE (object);

  g_free (self->name);
  g_free (self->title_prefix);
  g_free (self->description);
  g_free (self->severity);
  g_free (self->category);
  g_free (self->source);
  g_array_unref (self->tasks);

  G_OBJECT_CLASS (cordon_case_template_parent_class)->finalize (object);
}

static void
cordon_case_template_class_init (CordonCaseTemplateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cordon_case_template_finalize;
}

static void
cordon_case_template_init (CordonCaseTemplate *self)
{
  self->name = g_strdup ("");
  self->title_prefix = g_strdup ("");
  self->description = g_strdup ("");
  self->severity = g_strdup ("");
  self->category = g_strdup ("");
  self->source = g_strdup ("");
  self->tlp = CORDON_TLP_AMBER;
  self->tasks = g_array_new (FALSE, TRUE, sizeof (CordonCaseTemplateTask));
  g_array_set_clear_func (self->tasks, clear_task);
}

CordonCaseTemplate *
cordon_case_template_new (const char *name)
{
  CordonCaseTemplate *self = g_object_new (CORDON_TYPE_CASE_TEMPLATE, NULL);

  cordon_case_template_set_name (self, name);

  return self;
}

static void
set_string (char       **field,
            const char  *value)
{
  g_free (*field);
  *field = g_strdup (value != NULL ? value : "");
}

gint64
cordon_case_template_get_id (CordonCaseTemplate *self)
{
  g_return_val_if_fail (CORDON_IS_CASE_TEMPLATE (self), 0);
  return self->id;
}

void
cordon_case_template_set_id (CordonCaseTemplate *self,
                             gint64              id)
{
  g_return_if_fail (CORDON_IS_CASE_TEMPLATE (self));
  self->id = id;
}

#define STRING_FIELD(field)                                                     \
  const char *                                                                  \
  cordon_case_template_get_##field (CordonCaseTemplate *self)                   \
  {                                                                             \
    g_return_val_if_fail (CORDON_IS_CASE_TEMPLATE (self), "");                  \
    return self->field;                                                         \
  }                                                                             \
  void                                                                          \
  cordon_case_template_set_##field (CordonCaseTemplate *self,                   \
                                    const char         *value)                  \
  {                                                                             \
    g_return_if_fail (CORDON_IS_CASE_TEMPLATE (self));                          \
    set_string (&self->field, value);                                           \
  }

STRING_FIELD (name)
STRING_FIELD (title_prefix)
STRING_FIELD (description)
STRING_FIELD (severity)
STRING_FIELD (category)
STRING_FIELD (source)

#undef STRING_FIELD

CordonTlp
cordon_case_template_get_tlp (CordonCaseTemplate *self)
{
  g_return_val_if_fail (CORDON_IS_CASE_TEMPLATE (self), CORDON_TLP_AMBER);
  return self->tlp;
}

void
cordon_case_template_set_tlp (CordonCaseTemplate *self,
                              CordonTlp           tlp)
{
  g_return_if_fail (CORDON_IS_CASE_TEMPLATE (self));
  self->tlp = tlp;
}

/**
 * cordon_case_template_add_task:
 * @description: (nullable):
 * @group: (nullable):
 *
 * Appends a task to the template.
 */
void
cordon_case_template_add_task (CordonCaseTemplate *self,
                               const char         *title,
                               const char         *description,
                               const char         *group)
{
  CordonCaseTemplateTask task;

  g_return_if_fail (CORDON_IS_CASE_TEMPLATE (self));
  g_return_if_fail (title != NULL);

  task.title = g_strdup (title);
  task.description = g_strdup (description != NULL ? description : "");
  task.group = g_strdup (group != NULL ? group : "");
  g_array_append_val (self->tasks, task);
}

guint
cordon_case_template_get_n_tasks (CordonCaseTemplate *self)
{
  g_return_val_if_fail (CORDON_IS_CASE_TEMPLATE (self), 0);
  return self->tasks->len;
}

const CordonCaseTemplateTask *
cordon_case_template_get_task (CordonCaseTemplate *self,
                               guint               index)
{
  g_return_val_if_fail (CORDON_IS_CASE_TEMPLATE (self), NULL);
  g_return_val_if_fail (index < self->tasks->len, NULL);

  return &g_array_index (self->tasks, CordonCaseTemplateTask, index);
}

/**
 * cordon_case_template_task_is_containment:
 *
 * Returns: whether the task belongs to the containment plan: its group
 *   says containment (or eradication, which the handbook's containment
 *   step includes), in any case
 */
gboolean
cordon_case_template_task_is_containment (const CordonCaseTemplateTask *task)
{
  g_autofree char *group = g_utf8_casefold (task->group, -1);

  return strstr (group, "contain") != NULL || strstr (group, "eradicat") != NULL;
}
