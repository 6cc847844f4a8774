/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-lifecycle.c: the rules of the incident lifecycle. The table of
 * allowed moves is the whole policy; the messages explain refusals in the
 * lead's terms, naming the step that is missing.
 */

#define G_LOG_DOMAIN "cordon-lifecycle"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-lifecycle.h"
#include "cordon-plan-action.h"

G_DEFINE_QUARK (cordon-lifecycle-error-quark, cordon_lifecycle_error)

#define N_PHASES (CORDON_PHASE_CLOSED + 1)

static const CordonPhase from_detected[] = { CORDON_PHASE_CLASSIFIED };
static const CordonPhase from_classified[] = { CORDON_PHASE_ANALYSIS };
static const CordonPhase from_analysis[] = { CORDON_PHASE_CONTAINMENT, CORDON_PHASE_RECOVERY };
static const CordonPhase from_containment[] = { CORDON_PHASE_RECOVERY, CORDON_PHASE_ANALYSIS };
static const CordonPhase from_recovery[] = {
  CORDON_PHASE_LESSONS_LEARNED, CORDON_PHASE_CONTAINMENT, CORDON_PHASE_ANALYSIS,
};
static const CordonPhase from_lessons_learned[] = { CORDON_PHASE_CLOSED, CORDON_PHASE_RECOVERY };
static const CordonPhase from_closed[] = { CORDON_PHASE_LESSONS_LEARNED, CORDON_PHASE_ANALYSIS };

static const struct {
  const CordonPhase *phases;
  gsize n_phases;
} allowed[N_PHASES] = {
  { from_detected, G_N_ELEMENTS (from_detected) },
  { from_classified, G_N_ELEMENTS (from_classified) },
  { from_analysis, G_N_ELEMENTS (from_analysis) },
  { from_containment, G_N_ELEMENTS (from_containment) },
  { from_recovery, G_N_ELEMENTS (from_recovery) },
  { from_lessons_learned, G_N_ELEMENTS (from_lessons_learned) },
  { from_closed, G_N_ELEMENTS (from_closed) },
};

const CordonPhase *
cordon_lifecycle_get_next_phases (CordonPhase  from,
                                  gsize       *n_phases)
{
  g_return_val_if_fail ((guint) from < N_PHASES, NULL);
  g_return_val_if_fail (n_phases != NULL, NULL);

  *n_phases = allowed[from].n_phases;

  return allowed[from].phases;
}

gboolean
cordon_lifecycle_is_allowed (CordonPhase from,
                             CordonPhase to)
{
  g_return_val_if_fail ((guint) from < N_PHASES, FALSE);
  g_return_val_if_fail ((guint) to < N_PHASES, FALSE);

  for (gsize i = 0; i < allowed[from].n_phases; i++)
    {
      if (allowed[from].phases[i] == to)
        return TRUE;
    }

  return FALSE;
}

gboolean
cordon_lifecycle_is_forward (CordonPhase from,
                             CordonPhase to)
{
  return to > from;
}

/* Why @from → @to is not allowed: the missing step when the move skips
 * one, else what the lead can do instead. */
static char *
explain_refusal (CordonPhase from,
                 CordonPhase to)
{
  if (from == to)
    return g_strdup_printf (_("The incident is already in the %s phase"),
                            cordon_phase_to_label (to));

  if (to == CORDON_PHASE_DETECTED || to == CORDON_PHASE_CLASSIFIED)
    return g_strdup (_("An incident cannot go back to detected or classified; "
                       "reclassify it to change its category or severity"));

  if (to == CORDON_PHASE_CLOSED)
    return g_strdup (_("Closing needs the lessons-learned review first"));

  if (from == CORDON_PHASE_CLOSED)
    return g_strdup (_("Reopen a closed incident into analysis or the lessons-learned review"));

  if (from == CORDON_PHASE_DETECTED)
    {
      if (to == CORDON_PHASE_ANALYSIS)
        return g_strdup (_("Classify the incident before analysis"));

      return g_strdup_printf (_("Classify and analyse the incident before moving it to %s"),
                              cordon_phase_to_label (to));
    }

  if (from == CORDON_PHASE_CLASSIFIED)
    {
      if (to == CORDON_PHASE_LESSONS_LEARNED)
        return g_strdup (_("Analyse the incident and recover from it before the lessons-learned review"));

      return g_strdup (_("Analyse the incident before deciding on containment or recovery"));
    }

  if (to == CORDON_PHASE_LESSONS_LEARNED)
    return g_strdup (_("The lessons-learned review comes after recovery; move the incident to recovery first"));

  if (from == CORDON_PHASE_LESSONS_LEARNED)
    return g_strdup (_("From the lessons-learned review an incident can only go back to recovery"));

  return g_strdup_printf (_("An incident cannot move from %s to %s"),
                          cordon_phase_to_label (from),
                          cordon_phase_to_label (to));
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isspace (*p))
        return FALSE;
    }

  return TRUE;
}

gboolean
cordon_lifecycle_check (CordonPhase   from,
                        CordonPhase   to,
                        const char   *reason,
                        GError      **error)
{
  g_return_val_if_fail ((guint) from < N_PHASES, FALSE);
  g_return_val_if_fail ((guint) to < N_PHASES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!cordon_lifecycle_is_allowed (from, to))
    {
      g_autofree char *message = explain_refusal (from, to);

      g_set_error_literal (error, CORDON_LIFECYCLE_ERROR, CORDON_LIFECYCLE_ERROR_REFUSED, message);
      return FALSE;
    }

  if (is_blank (reason))
    {
      g_set_error (error, CORDON_LIFECYCLE_ERROR, CORDON_LIFECYCLE_ERROR_NO_REASON,
                   _("Give a reason for moving the incident to %s"),
                   cordon_phase_to_label (to));
      return FALSE;
    }

  return TRUE;
}

gboolean
cordon_lifecycle_is_action_settled (CordonPlanAction *action)
{
  g_return_val_if_fail (CORDON_IS_PLAN_ACTION (action), FALSE);

  switch (cordon_plan_action_get_status (action))
    {
    case CORDON_ACTION_STATUS_DONE:
      return TRUE;

    case CORDON_ACTION_STATUS_WAIVED:
      return !is_blank (cordon_plan_action_get_waive_reason (action));

    case CORDON_ACTION_STATUS_PLANNED:
    case CORDON_ACTION_STATUS_IN_PROGRESS:
    case CORDON_ACTION_STATUS_FAILED:
    case CORDON_ACTION_STATUS_ROLLED_BACK:
    default:
      return FALSE;
    }
}

gboolean
cordon_lifecycle_check_contained (GListModel  *actions,
                                  GError     **error)
{
  g_autoptr(GString) open = NULL;
  guint n_open = 0;

  g_return_val_if_fail (G_IS_LIST_MODEL (actions), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(CordonPlanAction) action = g_list_model_get_item (actions, i);

      if (cordon_plan_action_get_term (action) != CORDON_CONTAINMENT_TERM_SHORT ||
          cordon_lifecycle_is_action_settled (action))
        continue;

      if (open == NULL)
        open = g_string_new (NULL);
      else
        g_string_append (open, ", ");
      /* TRANSLATORS: an open action in a list: its number and title */
      g_string_append_printf (open, _("#%" G_GINT64_FORMAT " “%s” (%s)"),
                              cordon_plan_action_get_id (action),
                              cordon_plan_action_get_title (action),
                              cordon_action_status_to_label (cordon_plan_action_get_status (action)));
      n_open++;
    }

  if (n_open == 1)
    {
      g_set_error (error, CORDON_LIFECYCLE_ERROR, CORDON_LIFECYCLE_ERROR_NOT_CONTAINED,
                   _("The incident is not contained: a short-term action is neither done nor waived with a reason: %s"),
                   open->str);
      return FALSE;
    }

  if (n_open > 1)
    {
      g_set_error (error, CORDON_LIFECYCLE_ERROR, CORDON_LIFECYCLE_ERROR_NOT_CONTAINED,
                   _("The incident is not contained: %u short-term actions are neither done nor waived with a reason: %s"),
                   n_open, open->str);
      return FALSE;
    }

  return TRUE;
}

gboolean
cordon_lifecycle_check_reviewed (CordonReview  *review,
                                 GError       **error)
{
  g_return_val_if_fail (review == NULL || CORDON_IS_REVIEW (review), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (review != NULL &&
      (cordon_review_get_completed (review) != NULL ||
       !is_blank (cordon_review_get_skip_reason (review))))
    return TRUE;

  g_set_error_literal (error, CORDON_LIFECYCLE_ERROR, CORDON_LIFECYCLE_ERROR_NOT_REVIEWED,
                       _("Closing needs the lessons-learned review: complete the review, "
                         "or skip it and give a reason"));
  return FALSE;
}
