/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-veris-map.h: reading VERIS incident records tolerantly, and the
 * one mapping of VERIS actions and impact ratings onto Cordon's
 * categories and severities, shared by the scenario converter and the
 * incident importer.
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/**
 * CordonVerisAction:
 * @veris: the action category in VERIS (`malware`, `hacking`, …)
 * @category: the Cordon category it maps to
 * @label: a translatable label (mark with N_, translate on use)
 * @strategy: (nullable): the short-term containment strategy tried first
 * @long_term: (nullable): the long-term strategy the team turns to
 */
typedef struct
{
  const char *veris;
  const char *category;
  const char *label;
  const char *strategy;
  const char *long_term;
} CordonVerisAction;

/* In the order that picks an incident's category when a record has
 * several actions; "unknown" is last. */
#define CORDON_VERIS_N_ACTIONS 8
extern const CordonVerisAction cordon_veris_actions[CORDON_VERIS_N_ACTIONS];

JsonObject *cordon_veris_get_object          (JsonObject  *object,
                                              const char  *name);
char       *cordon_veris_get_text            (JsonObject  *object,
                                              const char  *name);
gboolean    cordon_veris_get_number          (JsonObject  *object,
                                              const char  *name,
                                              gdouble     *out);
GPtrArray  *cordon_veris_get_values          (JsonObject  *object,
                                              const char  *name);
char       *cordon_veris_join_values         (GPtrArray   *values,
                                              const char  *fallback);
gboolean    cordon_veris_is_unknown          (const char  *text);
char       *cordon_veris_clip                (const char  *text,
                                              glong        max);
GPtrArray  *cordon_veris_present_actions     (JsonObject  *record);
char       *cordon_veris_describe_action     (JsonObject  *record,
                                              guint        index);
char       *cordon_veris_describe_discovery  (JsonObject  *record);
char       *cordon_veris_describe_actors     (JsonObject  *record);
const char *cordon_veris_final_severity      (JsonObject  *record,
                                              gboolean     disclosure,
                                              char       **out_reason);

G_END_DECLS
