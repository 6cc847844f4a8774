/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-strategy.h: one containment strategy of the library.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_STRATEGY (cordon_strategy_get_type ())

G_DECLARE_FINAL_TYPE (CordonStrategy, cordon_strategy, CORDON, STRATEGY, GObject)

/**
 * CordonStrategy:
 *
 * A way to contain an incident, prepared and validated before it is
 * needed: what it is, where in the infrastructure it acts (its focus
 * areas), whether it stops the damage now (short-term) or prevents
 * recurrence until remediation (long-term), the incident categories it
 * suits, its steps, who carries it out and how to undo it. String
 * properties are never %NULL unless said otherwise; unset is the empty
 * string, and string lists are never %NULL either (unset is an empty
 * list).
 *
 * Properties (each has a getter and a setter below; setters notify only
 * on change):
 *
 * - id: the row id in the workspace; 0 until the object is stored
 * - slug: the stable id, lower case letters, digits and dashes, e.g. `block-inbound-traffic`
 * - name: what it is called
 * - focus-areas: where in the infrastructure it acts; one or several
 * - term: short-term or long-term
 * - categories: the taxonomy ids of the incident categories it suits
 * - description: what it does and when to use it
 * - steps: what to do, in order
 * - group: the slug of the resolver group that carries it out, or empty
 * - rollback-steps: how to undo it, in order
 * - evidence-risk: whether carrying it out may destroy forensic evidence (e.g. powering off before memory is captured)
 * - d3fend: MITRE D3FEND technique ids, e.g. `D3-NI`
 * - mitigations: MITRE ATT&CK mitigation ids, e.g. `M1030`
 */

CordonStrategy       *cordon_strategy_new                (void);
gint64                cordon_strategy_get_id             (CordonStrategy *self);
void                  cordon_strategy_set_id             (CordonStrategy *self,
                                                          gint64          id);
const char           *cordon_strategy_get_slug           (CordonStrategy *self);
void                  cordon_strategy_set_slug           (CordonStrategy *self,
                                                          const char     *slug);
const char           *cordon_strategy_get_name           (CordonStrategy *self);
void                  cordon_strategy_set_name           (CordonStrategy *self,
                                                          const char     *name);
CordonFocusArea       cordon_strategy_get_focus_areas    (CordonStrategy *self);
void                  cordon_strategy_set_focus_areas    (CordonStrategy  *self,
                                                          CordonFocusArea  focus_areas);
CordonContainmentTerm cordon_strategy_get_term           (CordonStrategy *self);
void                  cordon_strategy_set_term           (CordonStrategy        *self,
                                                          CordonContainmentTerm  term);
const char * const   *cordon_strategy_get_categories     (CordonStrategy *self);
void                  cordon_strategy_set_categories     (CordonStrategy     *self,
                                                          const char * const *categories);
const char           *cordon_strategy_get_description    (CordonStrategy *self);
void                  cordon_strategy_set_description    (CordonStrategy *self,
                                                          const char     *description);
const char * const   *cordon_strategy_get_steps          (CordonStrategy *self);
void                  cordon_strategy_set_steps          (CordonStrategy     *self,
                                                          const char * const *steps);
const char           *cordon_strategy_get_group          (CordonStrategy *self);
void                  cordon_strategy_set_group          (CordonStrategy *self,
                                                          const char     *group);
const char * const   *cordon_strategy_get_rollback_steps (CordonStrategy *self);
void                  cordon_strategy_set_rollback_steps (CordonStrategy     *self,
                                                          const char * const *rollback_steps);
gboolean              cordon_strategy_get_evidence_risk  (CordonStrategy *self);
void                  cordon_strategy_set_evidence_risk  (CordonStrategy *self,
                                                          gboolean        evidence_risk);
const char * const   *cordon_strategy_get_d3fend         (CordonStrategy *self);
void                  cordon_strategy_set_d3fend         (CordonStrategy     *self,
                                                          const char * const *d3fend);
const char * const   *cordon_strategy_get_mitigations    (CordonStrategy *self);
void                  cordon_strategy_set_mitigations    (CordonStrategy     *self,
                                                          const char * const *mitigations);

G_END_DECLS
