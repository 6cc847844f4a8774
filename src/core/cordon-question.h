/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-question.h: one open question about an incident ("what we don't
 * know" in the analysis), with its owner and status.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_QUESTION (cordon_question_get_type ())

G_DECLARE_FINAL_TYPE (CordonQuestion, cordon_question, CORDON, QUESTION, GObject)

/**
 * CordonQuestion:
 *
 * Something the team does not know yet about an incident: forensics to run,
 * the attack vector, the impact and spread. String properties are never
 * %NULL; unset is the empty string.
 *
 * Properties (each has a getter and a setter below; setters notify only
 * on change):
 *
 * - id: the row id in the workspace; 0 until the object is stored
 * - incident-id: the row id of the incident it belongs to
 * - text: the question
 * - owner: who works on it
 * - status: where it stands
 * - answer: the answer once known
 * - created: when it was asked (UTC), set by the workspace when %NULL
 */

CordonQuestion      *cordon_question_new             (void);
gint64               cordon_question_get_id          (CordonQuestion *self);
void                 cordon_question_set_id          (CordonQuestion *self,
                                                      gint64          id);
gint64               cordon_question_get_incident_id (CordonQuestion *self);
void                 cordon_question_set_incident_id (CordonQuestion *self,
                                                      gint64          incident_id);
const char          *cordon_question_get_text        (CordonQuestion *self);
void                 cordon_question_set_text        (CordonQuestion *self,
                                                      const char     *text);
const char          *cordon_question_get_owner       (CordonQuestion *self);
void                 cordon_question_set_owner       (CordonQuestion *self,
                                                      const char     *owner);
CordonQuestionStatus cordon_question_get_status      (CordonQuestion *self);
void                 cordon_question_set_status      (CordonQuestion       *self,
                                                      CordonQuestionStatus  status);
const char          *cordon_question_get_answer      (CordonQuestion *self);
void                 cordon_question_set_answer      (CordonQuestion *self,
                                                      const char     *answer);
GDateTime           *cordon_question_get_created     (CordonQuestion *self);
void                 cordon_question_set_created     (CordonQuestion *self,
                                                      GDateTime      *created);

G_END_DECLS
