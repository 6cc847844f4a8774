/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-validation.h: one validation of a containment strategy.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_VALIDATION (cordon_validation_get_type ())

G_DECLARE_FINAL_TYPE (CordonValidation, cordon_validation, CORDON, VALIDATION, GObject)

/**
 * CordonValidation:
 *
 * A record that a strategy was tried before it was needed: when, how, by
 * whom, how long it took, how well it worked and the pitfalls found.
 * String properties are never %NULL unless said otherwise; unset is the
 * empty string, and string lists are never %NULL either (unset is an empty
 * list).
 *
 * Properties (each has a getter and a setter below; setters notify only
 * on change):
 *
 * - id: the row id in the workspace; 0 until the object is stored
 * - strategy-id: the row id of the strategy it validates
 * - date: when it took place (UTC), or %NULL
 * - method: how: tabletop, simulation or test run
 * - who: who took part
 * - duration: how long carrying out the strategy took, in seconds
 * - result: how well it worked
 * - pitfalls: the pitfalls found
 */

CordonValidation      *cordon_validation_new             (void);
gint64                 cordon_validation_get_id          (CordonValidation *self);
void                   cordon_validation_set_id          (CordonValidation *self,
                                                          gint64            id);
gint64                 cordon_validation_get_strategy_id (CordonValidation *self);
void                   cordon_validation_set_strategy_id (CordonValidation *self,
                                                          gint64            strategy_id);
GDateTime             *cordon_validation_get_date        (CordonValidation *self);
void                   cordon_validation_set_date        (CordonValidation *self,
                                                          GDateTime        *date);
CordonValidationMethod cordon_validation_get_method      (CordonValidation *self);
void                   cordon_validation_set_method      (CordonValidation       *self,
                                                          CordonValidationMethod  method);
const char            *cordon_validation_get_who         (CordonValidation *self);
void                   cordon_validation_set_who         (CordonValidation *self,
                                                          const char       *who);
gint64                 cordon_validation_get_duration    (CordonValidation *self);
void                   cordon_validation_set_duration    (CordonValidation *self,
                                                          gint64            duration);
CordonValidationResult cordon_validation_get_result      (CordonValidation *self);
void                   cordon_validation_set_result      (CordonValidation       *self,
                                                          CordonValidationResult  result);
const char            *cordon_validation_get_pitfalls    (CordonValidation *self);
void                   cordon_validation_set_pitfalls    (CordonValidation *self,
                                                          const char       *pitfalls);

G_END_DECLS
