/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit codes of the command line; scripts and tests rely on them. */
typedef enum
{
  CORDON_EXIT_OK = 0,
  CORDON_EXIT_USAGE = 1,
  CORDON_EXIT_BAD_INPUT = 2,
  CORDON_EXIT_INTEGRITY = 3,
  CORDON_EXIT_REFUSED = 4,
  CORDON_EXIT_BUSY = 5,
  CORDON_EXIT_CANNOT_WRITE = 6,
} CordonExitCode;

gboolean cordon_cli_wants_command_line (int    argc,
                                        char **argv);
int      cordon_cli_run                (int    argc,
                                        char **argv);

G_END_DECLS
