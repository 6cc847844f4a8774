/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void cordon_test_read_all          (int         fd,
                                    GString    *into);
void cordon_test_remove_workspace  (const char *path);

G_END_DECLS
