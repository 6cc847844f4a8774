/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/**
 * CordonFormApplyFunc:
 * @dialog: the dialog being confirmed
 * @user_data: what was given to cordon_form_attach()
 * @error: where to say why the form cannot be applied
 *
 * Makes the change the form describes. Returns %FALSE with @error set
 * when it cannot; the dialog then stays open and shows @error.
 */
typedef gboolean (*CordonFormApplyFunc) (AdwMessageDialog  *dialog,
                                         gpointer           user_data,
                                         GError           **error);

void        cordon_form_attach           (AdwMessageDialog    *dialog,
                                          GtkWidget           *return_focus,
                                          CordonFormApplyFunc  apply,
                                          gpointer             user_data,
                                          GDestroyNotify       destroy);
void        cordon_form_show_error       (AdwMessageDialog    *dialog,
                                          const GError        *error);
const char *cordon_form_get_error        (AdwMessageDialog    *dialog);

void        cordon_form_restore_focus    (GtkWidget           *widget);

G_END_DECLS
