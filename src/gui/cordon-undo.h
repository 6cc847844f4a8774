/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/**
 * CordonUndoFunc:
 * @user_data: what the change kept
 * @error: return location for a #GError
 *
 * Takes back a change: puts back what a removal took away, or removes
 * what was added.
 *
 * Returns: %TRUE if it was taken back
 */
typedef gboolean (*CordonUndoFunc) (gpointer   user_data,
                                    GError   **error);

#define CORDON_TYPE_UNDO (cordon_undo_get_type ())

G_DECLARE_FINAL_TYPE (CordonUndo, cordon_undo, CORDON, UNDO, GObject)

CordonUndo *cordon_undo_new         (const char      *action_name);
AdwToast   *cordon_undo_offer       (CordonUndo      *self,
                                     const char      *title,
                                     CordonUndoFunc   undo,
                                     gpointer         user_data,
                                     GDestroyNotify   destroy);
gboolean    cordon_undo_can_undo    (CordonUndo      *self);
gboolean    cordon_undo_run         (CordonUndo      *self,
                                     GError         **error);
void        cordon_undo_clear       (CordonUndo      *self);

G_END_DECLS
