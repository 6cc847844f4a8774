/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gtk/gtk.h>

#include "cordon-incident.h"

G_BEGIN_DECLS

/**
 * CordonBoardScope:
 * @CORDON_BOARD_SCOPE_ALL: real incidents and exercise ones
 * @CORDON_BOARD_SCOPE_REAL: real incidents only
 * @CORDON_BOARD_SCOPE_EXERCISE: exercise incidents only
 */
typedef enum
{
  CORDON_BOARD_SCOPE_ALL,
  CORDON_BOARD_SCOPE_REAL,
  CORDON_BOARD_SCOPE_EXERCISE,
} CordonBoardScope;

#define CORDON_TYPE_BOARD_FILTER (cordon_board_filter_get_type ())

G_DECLARE_FINAL_TYPE (CordonBoardFilter, cordon_board_filter, CORDON, BOARD_FILTER, GtkFilter)

CordonBoardFilter *cordon_board_filter_new              (void);
void               cordon_board_filter_set_text         (CordonBoardFilter *self,
                                                         const char        *text,
                                                         GHashTable        *fact_matches);
const char        *cordon_board_filter_get_text         (CordonBoardFilter *self);
void               cordon_board_filter_set_severity     (CordonBoardFilter *self,
                                                         const char        *severity);
void               cordon_board_filter_set_category     (CordonBoardFilter *self,
                                                         const char        *category);
void               cordon_board_filter_set_phase        (CordonBoardFilter *self,
                                                         int                phase);
void               cordon_board_filter_set_lead         (CordonBoardFilter *self,
                                                         const char        *lead);
void               cordon_board_filter_set_scope        (CordonBoardFilter *self,
                                                         CordonBoardScope   scope);
gboolean           cordon_board_filter_is_active        (CordonBoardFilter *self);
gboolean           cordon_board_filter_matches          (CordonBoardFilter *self,
                                                         CordonIncident    *incident);

G_END_DECLS
