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
 * - uuid: an identifier the source gave it (a MISP attribute’s uuid), kept so
 *   that an export names it the same
 * - origin-type: what the source called its type (MISP’s `ip-dst`,
 *   `domain|ip`; TheHive’s dataType); empty for a fact entered in Cordon
 * - origin-category: the source’s category of it (MISP’s `Network activity`),
 *   or empty
 * - comment: a note on the value, e.g. MISP’s attribute comment
 * - group: the id of the group of facts it belongs to (a MISP object’s uuid,
 *   or a galaxy’s), or empty
 * - group-name: the name of that group, e.g. `file` for a MISP file object
 * - group-comment: a note on that group, e.g. the malware a file object
 *   describes
 * - relation: what the value is within its group, e.g. `sha256` of a file
 *   object
 * - tags: the labels the source gave it (MISP or TheHive tags)
 * - first-seen: when the value was first seen (UTC), if the source says
 * - last-seen: when the value was last seen (UTC), if the source says
 *
 * A composite value of the source (MISP’s `domain|ip`) is two facts of the
 * same uuid and type, in the order of the halves.
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
const char    *cordon_fact_get_uuid            (CordonFact *self);
void           cordon_fact_set_uuid            (CordonFact *self,
                                                const char *uuid);
const char    *cordon_fact_get_origin_type     (CordonFact *self);
void           cordon_fact_set_origin_type     (CordonFact *self,
                                                const char *origin_type);
const char    *cordon_fact_get_origin_category (CordonFact *self);
void           cordon_fact_set_origin_category (CordonFact *self,
                                                const char *origin_category);
const char    *cordon_fact_get_comment         (CordonFact *self);
void           cordon_fact_set_comment         (CordonFact *self,
                                                const char *comment);
const char    *cordon_fact_get_group           (CordonFact *self);
void           cordon_fact_set_group           (CordonFact *self,
                                                const char *group);
const char    *cordon_fact_get_group_name      (CordonFact *self);
void           cordon_fact_set_group_name      (CordonFact *self,
                                                const char *group_name);
const char    *cordon_fact_get_group_comment   (CordonFact *self);
void           cordon_fact_set_group_comment   (CordonFact *self,
                                                const char *group_comment);
const char    *cordon_fact_get_relation        (CordonFact *self);
void           cordon_fact_set_relation        (CordonFact *self,
                                                const char *relation);
const char * const *
               cordon_fact_get_tags            (CordonFact         *self);
void           cordon_fact_set_tags            (CordonFact         *self,
                                                const char * const *tags);
GDateTime     *cordon_fact_get_first_seen      (CordonFact *self);
void           cordon_fact_set_first_seen      (CordonFact *self,
                                                GDateTime  *first_seen);
GDateTime     *cordon_fact_get_last_seen       (CordonFact *self);
void           cordon_fact_set_last_seen       (CordonFact *self,
                                                GDateTime  *last_seen);

G_END_DECLS
