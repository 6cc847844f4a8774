/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-notifier-item.h: one deadline to report in a start-up summary,
 * as plain values, so that the notifier needs nothing from the SLA engine.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CORDON_TYPE_NOTIFIER_ITEM (cordon_notifier_item_get_type ())

typedef struct _CordonNotifierItem CordonNotifierItem;

/**
 * CordonNotifierItem:
 * @incident_key: the incident's key, "INC-2026-0042"
 * @incident_title: the incident's title
 * @deadline_id: "response", "resolution", "first-update" or "next-update"
 * @deadline_label: the deadline's translated name, "Response"
 * @breached: whether the deadline has passed (otherwise it is in its
 *   warning window)
 * @due_usec: when the deadline falls, in microseconds since the Unix epoch
 */
struct _CordonNotifierItem
{
  char     *incident_key;
  char     *incident_title;
  char     *deadline_id;
  char     *deadline_label;
  gboolean  breached;
  gint64    due_usec;
};

GType               cordon_notifier_item_get_type (void) G_GNUC_CONST;

/**
 * cordon_notifier_item_new:
 *
 * Returns: (transfer full): an item holding copies of the strings
 */
CordonNotifierItem *cordon_notifier_item_new      (const char               *incident_key,
                                                   const char               *incident_title,
                                                   const char               *deadline_id,
                                                   const char               *deadline_label,
                                                   gboolean                  breached,
                                                   gint64                    due_usec);
CordonNotifierItem *cordon_notifier_item_copy     (const CordonNotifierItem *item);
void                cordon_notifier_item_free     (CordonNotifierItem       *item);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CordonNotifierItem, cordon_notifier_item_free)

G_END_DECLS
