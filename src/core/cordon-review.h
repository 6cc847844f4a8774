/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-review.h: the lessons-learned review of an incident.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_REVIEW (cordon_review_get_type ())

G_DECLARE_FINAL_TYPE (CordonReview, cordon_review, CORDON, REVIEW, GObject)

/**
 * CordonReview:
 *
 * What the team learned from an incident: what went well, what did
 * not, and whether the review is complete or was skipped with a reason.
 * The timeline and the metrics are computed, not stored; the follow-up
 * actions are #CordonFollowUp objects. String properties are never %NULL.
 *
 * Properties (each has a getter and a setter below; setters notify only
 * on change):
 *
 * - incident-id: the row id of the incident it belongs to
 * - went-well: what went well
 * - went-badly: what did not go well
 * - completed: when the review was completed (UTC), or %NULL
 * - skip-reason: why the review was skipped, or empty when it was not
 */

CordonReview *cordon_review_new (void);
gint64 cordon_review_get_incident_id (CordonReview *self);
void cordon_review_set_incident_id (CordonReview *self,
    gint64 incident_id);
const char *cordon_review_get_went_well (CordonReview *self);
void cordon_review_set_went_well (CordonReview *self,
    const char *went_well);
const char *cordon_review_get_went_badly (CordonReview *self);
void cordon_review_set_went_badly (CordonReview *self,
    const char *went_badly);
GDateTime *cordon_review_get_completed (CordonReview *self);
void cordon_review_set_completed (CordonReview *self,
    GDateTime *completed);
const char *cordon_review_get_skip_reason (CordonReview *self);
void cordon_review_set_skip_reason (CordonReview *self,
    const char *skip_reason);

G_END_DECLS
