/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-incident-list.c: a sorted list of incidents, by default in the
 * workspace's order (by row id), backed by an array. The board swaps a whole filtered list
 * in at once and places single incidents by binary search; GListStore's
 * tree costs more than the filtering itself at 100,000 incidents.
 */

#define G_LOG_DOMAIN "cordon-board"

#include "config.h"

#include "cordon-incident-list.h"

struct _CordonIncidentList
{
  GObject    parent_instance;

  GPtrArray        *items;
  GCompareDataFunc  compare;
  gpointer          compare_data;
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

static int
compare_ids (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  gint64 id_a = cordon_incident_get_id ((CordonIncident *) a);
  gint64 id_b = cordon_incident_get_id ((CordonIncident *) b);

  return id_a < id_b ? -1 : id_a > id_b;
}

static void
cordon_incident_list_init (CordonIncidentList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->compare = compare_ids;
}

CordonIncidentList *
cordon_incident_list_new (void)
{
  return g_object_new (CORDON_TYPE_INCIDENT_LIST, NULL);
}

/**
 * cordon_incident_list_set_sort:
 * @compare: orders two incidents; ties must be broken (e.g. by id) so
 *   that every incident has one place
 *
 * Sets the order; takes effect with the next cordon_incident_list_replace().
 */
void
cordon_incident_list_set_sort (CordonIncidentList *self,
                               GCompareDataFunc    compare,
                               gpointer            user_data)
{
  g_return_if_fail (CORDON_IS_INCIDENT_LIST (self));

  self->compare = compare ? compare : compare_ids;
  self->compare_data = user_data;
}

static int
compare_pointers (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  CordonIncidentList *self = user_data;

  return self->compare (*(CordonIncident **) a, *(CordonIncident **) b, self->compare_data);
}

/**
 * cordon_incident_list_replace:
 * @incidents: (transfer full): the new contents, in the workspace's order
 *
 * Replaces everything with one items-changed, sorted in the list's order.
 */
void
cordon_incident_list_replace (CordonIncidentList *self,
                              GPtrArray          *incidents)
{
  guint removed;

  g_return_if_fail (CORDON_IS_INCIDENT_LIST (self));

  if (self->compare != compare_ids)
    g_ptr_array_sort_with_data (incidents, compare_pointers, self);

  removed = self->items->len;
  g_ptr_array_unref (self->items);
  self->items = incidents;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, incidents->len);
}

/* The position of the first item that does not sort before @incident. */
static guint
lower_bound (CordonIncidentList *self,
             CordonIncident     *incident)
{
  guint low = 0, high = self->items->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (self->compare (g_ptr_array_index (self->items, middle), incident, self->compare_data) < 0)
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

  /* The incident may have changed since it was placed, so its sort key
   * cannot be trusted to find it: look it up by identity. */
  if (!g_ptr_array_find (self->items, incident, &position))
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

  position = lower_bound (self, incident);
  if (position < self->items->len && g_ptr_array_index (self->items, position) == incident)
    return;

  g_ptr_array_insert (self->items, position, g_object_ref (incident));
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
}
