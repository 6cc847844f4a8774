/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-aar.h: the after-action report of a tabletop exercise — its
 * model, its HTML and PDF forms, and the validation records it gives
 * the strategy library of the real workspace.
 */

#pragma once

#include <gio/gio.h>

#include "cordon-exercise.h"
#include "cordon-workspace.h"

G_BEGIN_DECLS

#define CORDON_TYPE_AAR (cordon_aar_get_type ())

G_DECLARE_FINAL_TYPE (CordonAar, cordon_aar, CORDON, AAR, GObject)

/**
 * CordonAar:
 *
 * What the exercise showed, read from the exercise workspace at the time
 * the exercise clock stands (its end): the timeline of injects against
 * the team's responses, the decisions with their reasons, the SLA
 * deadlines met and breached, the library strategies used and whether
 * they were validated, the gaps found and the improvement items, each
 * with an owner. Every time is exercise time, as an offset from the
 * start, so that the same scenario with the same responses gives the
 * same report, whatever speed it ran at and whenever it was held.
 */

/**
 * cordon_aar_new:
 * @exercise: the exercise, normally ended
 * @real: (nullable): the real workspace, whose strategy library tells
 *   whether each strategy used was validated; %NULL when there is none
 *
 * Returns: (transfer full): the report, or %NULL with @error set
 */
CordonAar  *cordon_aar_new                 (CordonExercise   *exercise,
                                            CordonWorkspace  *real,
                                            GError          **error);

/**
 * cordon_aar_get_gaps:
 *
 * Returns: (transfer none) (element-type utf8): the gaps found, in order
 */
GPtrArray  *cordon_aar_get_gaps            (CordonAar        *self);

/**
 * cordon_aar_get_strategies:
 *
 * Returns: (transfer none) (element-type utf8): the slugs of the library
 *   strategies the exercise used, in the order first used
 */
GPtrArray  *cordon_aar_get_strategies      (CordonAar        *self);

/**
 * cordon_aar_get_breached:
 *
 * Returns: how many SLA deadlines were breached
 */
guint       cordon_aar_get_breached        (CordonAar        *self);

/**
 * cordon_aar_to_html:
 *
 * Returns: (transfer full): the report as one self-contained HTML
 *   document (styles inline, no outside resource)
 */
char       *cordon_aar_to_html             (CordonAar        *self);

/**
 * cordon_aar_write_html:
 * @path: (type filename): where to write; written beside and renamed
 *   into place
 */
gboolean    cordon_aar_write_html          (CordonAar        *self,
                                            const char       *path,
                                            GError          **error);

/**
 * cordon_aar_write_pdf:
 * @path: (type filename): where to write; A4 pages, numbered, written
 *   beside and renamed into place
 */
gboolean    cordon_aar_write_pdf           (CordonAar        *self,
                                            const char       *path,
                                            GError          **error);

/**
 * cordon_aar_record_validations:
 * @real: the real workspace
 * @out_count: (out) (optional): how many records were written
 *
 * The one place exercise results reach the real workspace, and only when
 * asked: for each strategy used that @real's library holds, a validation
 * record — method tabletop, who the roles around the table, result
 * failed when an inject made it fail and effective otherwise, pitfalls
 * the gaps found — all in one transaction. Refused
 * (%CORDON_WORKSPACE_ERROR_REFUSED) when this exercise's validations
 * were already recorded, or when @real is an exercise workspace.
 */
gboolean    cordon_aar_record_validations  (CordonAar        *self,
                                            CordonWorkspace  *real,
                                            guint            *out_count,
                                            GError          **error);

G_END_DECLS
