/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "cordon-cli.h"
#include "cordon-workspace.h"

G_BEGIN_DECLS

typedef struct
{
  const char *workspace_path;
} CordonCliContext;

/**
 * CordonCliOpen:
 * @CORDON_CLI_OPEN_READ: the command only reads the workspace
 * @CORDON_CLI_OPEN_WRITE: the command changes an existing workspace
 * @CORDON_CLI_OPEN_CREATE: the command may create the workspace
 */
typedef enum
{
  CORDON_CLI_OPEN_READ,
  CORDON_CLI_OPEN_WRITE,
  CORDON_CLI_OPEN_CREATE,
} CordonCliOpen;

typedef int (*CordonCliCommandFunc) (CordonCliContext  *ctx,
                                     int                argc,
                                     char             **argv);

typedef struct
{
  const char           *name;
  const char           *parameters;
  const char           *summary;
  CordonCliCommandFunc  func;
} CordonCliCommand;

extern const CordonCliCommand cordon_cli_commands[];

gboolean         cordon_cli_workspace_exists (CordonCliContext *ctx);
char            *cordon_cli_get_workspace_path (CordonCliContext *ctx);
gboolean         cordon_cli_check_output   (CordonCliContext  *ctx,
                                            const char        *command,
                                            const char        *path,
                                            gboolean           stdout_ok,
                                            int               *exit_code);
CordonWorkspace *cordon_cli_open_workspace (CordonCliContext  *ctx,
                                            CordonCliOpen      how,
                                            int               *exit_code);
CordonWorkspace *cordon_cli_open_workspace_full (CordonCliContext     *ctx,
                                                 CordonCliOpen         how,
                                                 CordonWorkspaceFlags  flags,
                                                 int                  *exit_code);
int              cordon_cli_report_error   (const char        *command,
                                            const GError      *error);
gboolean         cordon_cli_parse_options  (const char        *command,
                                            const GOptionEntry *entries,
                                            int               *argc,
                                            char            ***argv,
                                            int                min_args,
                                            int                max_args,
                                            int               *exit_code);
const char      *cordon_cli_default_author (void);
void             cordon_cli_escape_controls (GString          *out,
                                             const char       *text,
                                             gssize            length);
void             cordon_cli_escape_line    (GString           *out,
                                            const char        *text);
void             cordon_cli_write          (GString           *out,
                                            gboolean           json);

G_END_DECLS

G_BEGIN_DECLS

int cordon_cli_new        (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_list       (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_show       (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_journal    (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_move       (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_close      (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_merge      (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_reclassify (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_edit       (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_import     (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_export     (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_sla        (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_verify     (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_anchor     (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_backup     (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_library    (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_plan       (CordonCliContext *ctx, int argc, char **argv);
/* JSON output: `, "name": value` */
void cordon_cli_json_member (GString    *out,
                             const char *name,
                             const char *value);
/* JSON output: `, "name": "<ISO 8601>"` or `null` */
void cordon_cli_json_time   (GString    *out,
                             const char *name,
                             GDateTime  *time);

int cordon_cli_checklist  (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_metrics    (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_review     (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_evidence   (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_custody    (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_scenario   (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_exercise   (CordonCliContext *ctx, int argc, char **argv);
int cordon_cli_report     (CordonCliContext *ctx, int argc, char **argv);

G_END_DECLS
