/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-lifecycle.h: which phase moves an incident may make, and why a
 * move is refused.
 */

#pragma once

#include <gio/gio.h>

#include "cordon-review.h"
#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_LIFECYCLE_ERROR (cordon_lifecycle_error_quark ())

/**
 * CordonLifecycleError:
 * @CORDON_LIFECYCLE_ERROR_REFUSED: the move skips a required step or goes
 *   somewhere an incident cannot go from its phase
 * @CORDON_LIFECYCLE_ERROR_NO_REASON: the move has no reason
 * @CORDON_LIFECYCLE_ERROR_NOT_CONTAINED: short-term containment actions
 *   are still open
 * @CORDON_LIFECYCLE_ERROR_NOT_REVIEWED: the lessons-learned review is
 *   neither complete nor skipped with a reason
 */
typedef enum
{
  CORDON_LIFECYCLE_ERROR_REFUSED,
  CORDON_LIFECYCLE_ERROR_NO_REASON,
  CORDON_LIFECYCLE_ERROR_NOT_CONTAINED,
  CORDON_LIFECYCLE_ERROR_NOT_REVIEWED,
} CordonLifecycleError;

GQuark             cordon_lifecycle_error_quark     (void);

/**
 * cordon_lifecycle_check:
 * @from: the incident's phase
 * @to: the phase the lead wants
 * @reason: (nullable): why; must contain more than white space
 * @error: return location for a #CordonLifecycleError
 *
 * Forward, an incident goes detected → classified → analysis, then the
 * lead decides: containment (then recovery) or straight to recovery;
 * recovery → lessons-learned → closed. Leaving analysis is that decision.
 *
 * Back, a lead may go:
 * - containment → analysis: new facts call for more analysis;
 * - recovery → containment: the attack recurs;
 * - recovery → analysis: recovery reveals something not understood;
 * - lessons-learned → recovery: the review finds recovery incomplete;
 * - closed → lessons-learned or closed → analysis: reopening.
 *
 * An incident never returns to detected or classified (a change of
 * category or severity is a reclassification, not a phase). Any other
 * move is refused with a message that names the step that is missing,
 * e.g. "Classify the incident before analysis".
 *
 * Returns: %TRUE if the move is allowed
 */
gboolean           cordon_lifecycle_check           (CordonPhase   from,
                                                     CordonPhase   to,
                                                     const char   *reason,
                                                     GError      **error);

/**
 * cordon_lifecycle_is_allowed:
 *
 * Returns: whether moving from @from to @to is allowed, reason aside
 */
gboolean           cordon_lifecycle_is_allowed      (CordonPhase   from,
                                                     CordonPhase   to);

/**
 * cordon_lifecycle_is_forward:
 *
 * Returns: whether @to comes after @from in the normal order of phases
 */
gboolean           cordon_lifecycle_is_forward      (CordonPhase   from,
                                                     CordonPhase   to);

/**
 * cordon_lifecycle_get_next_phases:
 * @from: a phase
 * @n_phases: (out): number of phases returned
 *
 * The phases an incident in @from may move to, forward moves first.
 *
 * Returns: (transfer none) (array length=n_phases): the phases
 */
const CordonPhase *cordon_lifecycle_get_next_phases (CordonPhase   from,
                                                     gsize        *n_phases);

/**
 * cordon_lifecycle_check_contained:
 * @actions: a #GListModel of #CordonPlanAction, the incident's plan
 * @error: return location for a #CordonLifecycleError
 *
 * An incident is contained, and may leave containment for recovery, when
 * every short-term action of its plan is done, or waived with a reason.
 * Long-term actions go on while the incident recovers. A plan with no
 * actions does not hold the incident back.
 *
 * Returns: %TRUE if the incident may move to contained; else %FALSE with
 *   %CORDON_LIFECYCLE_ERROR_NOT_CONTAINED naming the open actions
 */
gboolean           cordon_lifecycle_check_contained (GListModel    *actions,
                                                     GError       **error);

/**
 * cordon_lifecycle_is_action_settled:
 * @action: a #CordonPlanAction
 *
 * Returns: whether @action no longer holds containment open: done, or
 *   waived with a reason
 */
gboolean           cordon_lifecycle_is_action_settled (CordonPlanAction *action);

/**
 * cordon_lifecycle_check_reviewed:
 * @review: (nullable): the incident's lessons-learned review, or %NULL
 *   when none was started
 * @error: return location for a #CordonLifecycleError
 *
 * An incident may be closed once its lessons-learned review is complete,
 * or when the lead skipped the review and said why.
 *
 * Returns: %TRUE if the incident may close; else %FALSE with
 *   %CORDON_LIFECYCLE_ERROR_NOT_REVIEWED naming the missing step
 */
gboolean           cordon_lifecycle_check_reviewed  (CordonReview  *review,
                                                     GError       **error);

G_END_DECLS
