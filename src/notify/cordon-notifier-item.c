/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-notifier-item.c: a boxed record of one deadline for the
 * notifier's start-up summary.
 */

#define G_LOG_DOMAIN "cordon-notifier-item"

#include "config.h"

#include "cordon-notifier-item.h"

G_DEFINE_BOXED_TYPE (CordonNotifierItem, cordon_notifier_item,
                     cordon_notifier_item_copy, cordon_notifier_item_free)

CordonNotifierItem *
cordon_notifier_item_new (const char *incident_key,
                          const char *incident_title,
                          const char *deadline_id,
                          const char *deadline_label,
                          gboolean    breached,
                          gint64      due_usec)
{
  CordonNotifierItem *item;

  g_return_val_if_fail (incident_key != NULL, NULL);
  g_return_val_if_fail (deadline_id != NULL, NULL);

  item = g_new0 (CordonNotifierItem, 1);
  item->incident_key = g_strdup (incident_key);
  item->incident_title = g_strdup (incident_title != NULL ? incident_title : "");
  item->deadline_id = g_strdup (deadline_id);
  item->deadline_label = g_strdup (deadline_label != NULL ? deadline_label : deadline_id);
  item->breached = !!breached;
  item->due_usec = due_usec;

  return item;
}

CordonNotifierItem *
cordon_notifier_item_copy (const CordonNotifierItem *item)
{
  g_return_val_if_fail (item != NULL, NULL);

  return cordon_notifier_item_new (item->incident_key,
                                   item->incident_title,
                                   item->deadline_id,
                                   item->deadline_label,
                                   item->breached,
                                   item->due_usec);
}

void
cordon_notifier_item_free (CordonNotifierItem *item)
{
  if (item == NULL)
    return;

  g_free (item->incident_key);
  g_free (item->incident_title);
  g_free (item->deadline_id);
  g_free (item->deadline_label);
  g_free (item);
}
