/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void cordon_test_read_all          (int         fd,
                                    GString    *into);
void cordon_test_remove_workspace  (const char *path);
void cordon_test_remove_tree       (const char *path);

int  cordon_test_run_cordon        (const char          *workspace,
                                    const char          *stdin_path,
                                    char               **out,
                                    char               **err,
                                    const char * const  *args);
#define cordon_test_run(workspace, out, err, ...) \
  cordon_test_run_cordon (workspace, NULL, out, err, (const char *[]) { __VA_ARGS__, NULL })

char *cordon_test_workspace_digest (const char *path);
/* Runs @sql on the file at @path with a connection of its own, as someone
 * with the sqlite3 shell would; any error ends the test */
void  cordon_test_exec_sql         (const char *path,
                                    const char *sql);
char *cordon_test_file_digest      (const char *path);

/* Widgets, driven as a user does */
void cordon_test_press_enter       (GtkWidget  *editable);

G_END_DECLS
