/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-incident-list.c: a list of incidents in the workspace's order
 * (by row id), backed by an array. The board swaps a whole filtered list
 * in at once and places single incidents by binary search; GListStore's
 * tree costs more than the filtering itself at 100,000 incidents.
 */

#define G_LOG_DOMAIN "cordon-board"

#include "config.h"

#include "cordon-incident-list.h"

struct _CordonIncidentList
{
  GObject    parent_instance;

  GPtrArray *items;
};

static GType
cordon_incident_list_get_item_type (GListModel *model)
{
  return CORDON_TYPE_INCIDENT;
}

static guint
cordon_incident_list_get_n_items (GListModel *model)
{
  return CORDON_INCIDENT_LIST (model)->items->len;
}

static gpointer
cordon_incident_list_get_item (GListModel *model,
                               guint       position)
{
  CordonIncidentList *self = CORDON_INCIDENT_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = cordon_incident_list_get_item_type;
  iface->get_n_items = cordon_incident_list_get_n_items;
  iface->get_item = cordon_incident_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (CordonIncidentList, cordon_incident_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static void
cordon_incident_list_finalize (GObject *object)
{
  CordonIncidentList *self = CORDON_INCIDENT_LIST (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (cordon_incident_list_parent_class)->finalize (object);
}

static void
cordon_incident_list_class_init (CordonIncidentListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = cordon_incident_list_finalize;
}

static void
cordon_incident_list_init (CordonIncidentList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

CordonIncidentList *
cordon_incident_list_new (void)
{
  return g_object_new (CORDON_TYPE_INCIDENT_LIST, NULL);
}

/**
 * cordon_incident_list_replace:
 * @incidents: (transfer full): the new contents, in the workspace's order
 *
 * Replaces everything with one items-changed.
 */
void
cordon_incident_list_replace (CordonIncidentList *self,
                              GPtrArray          *incidents)
{
  guint removed;

  g_return_if_fail (CORDON_IS_INCIDENT_LIST (self));

  removed = self->items->len;
  g_ptr_array_unref (self->items);
  self->items = incidents;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, incidents->len);
}

/* The position of the first item whose id is not below @id. */
static guint
lower_bound (CordonIncidentList *self,
             gint64              id)
{
  guint low = 0, high = self->items->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (cordon_incident_get_id (g_ptr_array_index (self->items, middle)) < id)
        low = middle + 1;
      else
        high = middle;
    }

  return low;
}

gboolean
cordon_incident_list_remove (CordonIncidentList *self,
                             CordonIncident     *incident)
{
  guint position;

  g_return_val_if_fail (CORDON_IS_INCIDENT_LIST (self), FALSE);

  position = lower_bound (self, cordon_incident_get_id (incident));
  if (position >= self->items->len || g_ptr_array_index (self->items, position) != incident)
    return FALSE;

  g_ptr_array_remove_index (self->items, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);

  return TRUE;
}

void
cordon_incident_list_insert (CordonIncidentList *self,
                             CordonIncident     *incident)
{
  guint position;

  g_return_if_fail (CORDON_IS_INCIDENT_LIST (self));

  position = lower_bound (self, cordon_incident_get_id (incident));
  if (position < self->items->len && g_ptr_array_index (self->items, position) == incident)
    return;

  g_ptr_array_insert (self->items, position, g_object_ref (incident));
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
}
