/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <adwaita.h>

#include "cordon-board-filter.h"
#include "cordon-sla-scheduler.h"
#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_BOARD (cordon_board_get_type ())

G_DECLARE_FINAL_TYPE (CordonBoard, cordon_board, CORDON, BOARD, AdwBin)

CordonBoard       *cordon_board_new              (void);
CordonWorkspace   *cordon_board_get_workspace    (CordonBoard     *self);
void               cordon_board_set_workspace    (CordonBoard     *self,
                                                  CordonWorkspace *workspace);
const char        *cordon_board_get_view         (CordonBoard     *self);
void               cordon_board_set_view         (CordonBoard     *self,
                                                  const char      *view);
gboolean           cordon_board_get_search_mode  (CordonBoard     *self);
void               cordon_board_set_search_mode  (CordonBoard     *self,
                                                  gboolean         search_mode);
void               cordon_board_set_search_text  (CordonBoard     *self,
                                                  const char      *text);
void               cordon_board_set_scheduler    (CordonBoard        *self,
                                                  CordonSlaScheduler *scheduler);
CordonBoardFilter *cordon_board_get_filter       (CordonBoard     *self);
GListModel        *cordon_board_get_visible      (CordonBoard     *self);
GListModel        *cordon_board_get_column       (CordonBoard     *self,
                                                  CordonPhase      phase);
gboolean           cordon_board_is_filtering     (CordonBoard     *self);
const char        *cordon_board_get_countdown    (CordonBoard     *self,
                                                  CordonIncident  *incident);
void               cordon_board_focus            (CordonBoard     *self);

G_END_DECLS
