/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-undo.c: the one change a screen can take back. A removal (or an
 * addition made in one click) offers Undo in a toast while the toast is
 * shown; a new change replaces the offer and dismisses the older toast,
 * and a dismissed toast takes its offer with it. The toast's button
 * triggers the screen's undo action, which calls cordon_undo_run(), so
 * that Ctrl+Z can do the same.
 */

#define G_LOG_DOMAIN "cordon-undo"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-undo.h"

struct _CordonUndo
{
  GObject         parent_instance;

  char           *action_name;
  AdwToast       *toast;
  CordonUndoFunc  func;
  gpointer        data;
  GDestroyNotify  destroy;
};

G_DEFINE_FINAL_TYPE (CordonUndo, cordon_undo, G_TYPE_OBJECT)

static void
forget (CordonUndo *self)
{
  gpointer data = g_steal_pointer (&self->data);
  GDestroyNotify destroy = g_steal_pointer (&self->destroy);

  self->func = NULL;
  if (self->toast != NULL)
    g_signal_handlers_disconnect_by_data (self->toast, self);
  g_clear_object (&self->toast);

  if (destroy != NULL && data != NULL)
    destroy (data);
}

/**
 * cordon_undo_clear:
 *
 * Withdraws the offer, and dismisses its toast.
 */
void
cordon_undo_clear (CordonUndo *self)
{
  g_autoptr(AdwToast) toast = NULL;

  g_return_if_fail (CORDON_IS_UNDO (self));

  toast = self->toast != NULL ? g_object_ref (self->toast) : NULL;
  forget (self);
  if (toast != NULL)
    adw_toast_dismiss (toast);
}

static void
on_toast_dismissed (CordonUndo *self,
                    AdwToast   *toast)
{
  if (self->toast == toast)
    forget (self);
}

/**
 * cordon_undo_offer:
 * @title: what was done, for the toast
 * @undo: takes it back
 * @user_data: (transfer full): what @undo needs
 * @destroy: frees @user_data
 *
 * Returns: (transfer full): the toast to show, with an Undo button
 */
AdwToast *
cordon_undo_offer (CordonUndo     *self,
                   const char     *title,
                   CordonUndoFunc  undo,
                   gpointer        user_data,
                   GDestroyNotify  destroy)
{
  AdwToast *toast;

  g_return_val_if_fail (CORDON_IS_UNDO (self), NULL);
  g_return_val_if_fail (undo != NULL, NULL);

  cordon_undo_clear (self);

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, self->action_name);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_swapped (toast, "dismissed", G_CALLBACK (on_toast_dismissed), self);

  self->toast = g_object_ref (toast);
  self->func = undo;
  self->data = user_data;
  self->destroy = destroy;

  return toast;
}

gboolean
cordon_undo_can_undo (CordonUndo *self)
{
  g_return_val_if_fail (CORDON_IS_UNDO (self), FALSE);

  return self->func != NULL;
}

/**
 * cordon_undo_run:
 *
 * Takes the offered change back, once. Without an offer this does nothing
 * and returns %TRUE.
 *
 * Returns: %FALSE with @error set when the change could not be taken back
 */
gboolean
cordon_undo_run (CordonUndo  *self,
                 GError     **error)
{
  gboolean ok;

  g_return_val_if_fail (CORDON_IS_UNDO (self), FALSE);

  if (self->func == NULL)
    return TRUE;

  ok = self->func (self->data, error);
  cordon_undo_clear (self);

  return ok;
}

static void
cordon_undo_dispose (GObject *object)
{
  CordonUndo *self = CORDON_UNDO (object);

  forget (self);

  G_OBJECT_CLASS (cordon_undo_parent_class)->dispose (object);
}

static void
cordon_undo_finalize (GObject *object)
{
  CordonUndo *self = CORDON_UNDO (object);

  g_free (self->action_name);

  G_OBJECT_CLASS (cordon_undo_parent_class)->finalize (object);
}

static void
cordon_undo_class_init (CordonUndoClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cordon_undo_dispose;
  object_class->finalize = cordon_undo_finalize;
}

static void
cordon_undo_init (CordonUndo *self)
{
}

/**
 * cordon_undo_new:
 * @action_name: the detailed action the toast's button triggers
 */
CordonUndo *
cordon_undo_new (const char *action_name)
{
  CordonUndo *self;

  g_return_val_if_fail (action_name != NULL, NULL);

  self = g_object_new (CORDON_TYPE_UNDO, NULL);
  self->action_name = g_strdup (action_name);

  return self;
}
