/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-fact.h: one typed fact or observable about an incident
 * ("what we know" in the analysis).
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_FACT (cordon_fact_get_type ())

G_DECLARE_FINAL_TYPE (CordonFact, cordon_fact, CORDON, FACT, GObject)

/**
 * CordonFact:
 *
 * A fact the team knows about an incident: a victim user or host, an
 * attacker IP address or domain, a log excerpt, a signature, a hash. Facts
 * marked as IOC are the indicators a sharing format exports. String
 * properties are never %NULL; unset is the empty string.
 *
 * Properties (each has a getter and a setter below; setters notify only
 * on change):
 *
 * - id: the row id in the workspace; 0 until the object is stored
 * - incident-id: the row id of the incident it belongs to
 * - kind: what the value is
 * - value: the observable itself, e.g. an address or a hash
 * - source: where it comes from, e.g. the SIEM, an IDS, a user report
 * - tlp: its Traffic Light Protocol marking (default amber)
 * - is-ioc: whether it is an indicator of compromise
 * - added: when it was recorded (UTC), set by the workspace when %NULL
 */

CordonFact    *cordon_fact_new             (void);
gint64         cordon_fact_get_id          (CordonFact *self);
void           cordon_fact_set_id          (CordonFact *self,
                                            gint64      id);
gint64         cordon_fact_get_incident_id (CordonFact *self);
void           cordon_fact_set_incident_id (CordonFact *self,
                                            gint64      incident_id);
CordonFactKind cordon_fact_get_kind        (CordonFact *self);
void           cordon_fact_set_kind        (CordonFact     *self,
                                            CordonFactKind  kind);
const char    *cordon_fact_get_value       (CordonFact *self);
void           cordon_fact_set_value       (CordonFact *self,
                                            const char *value);
const char    *cordon_fact_get_source      (CordonFact *self);
void           cordon_fact_set_source      (CordonFact *self,
                                            const char *source);
CordonTlp      cordon_fact_get_tlp         (CordonFact *self);
void           cordon_fact_set_tlp         (CordonFact *self,
                                            CordonTlp   tlp);
gboolean       cordon_fact_get_is_ioc      (CordonFact *self);
void           cordon_fact_set_is_ioc      (CordonFact *self,
                                            gboolean    is_ioc);
GDateTime     *cordon_fact_get_added       (CordonFact *self);
void           cordon_fact_set_added       (CordonFact *self,
                                            GDateTime  *added);

G_END_DECLS
