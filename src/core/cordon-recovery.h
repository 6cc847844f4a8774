/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-recovery.h: what an incident's recovery records beside its checklist.
 */

#pragma once

#include <glib-object.h>

#include "cordon-types.h"

G_BEGIN_DECLS

#define CORDON_TYPE_RECOVERY (cordon_recovery_get_type ())

G_DECLARE_FINAL_TYPE (CordonRecovery, cordon_recovery, CORDON, RECOVERY, GObject)

/**
 * CordonRecovery:
 *
 * The fields of one incident's recovery: when the attack started (the
 * compromise time), the legal considerations and the scope of the
 * forensic analysis (both part of the pre-recovery stage), the
 * business-continuity / disaster-recovery / restore decision with its
 * reason and restore point, and the root cause found. String properties
 * are never %NULL; unset is the empty string.
 *
 * Properties (each has a getter and a setter below; setters notify only
 * on change):
 *
 * - incident-id: the row id of the incident it belongs to
 * - compromised: when the attack started, from the timeline (UTC), or %NULL when unknown
 * - legal: legal issues that may have an impact on the handling
 * - forensic-scope: the technology and processes within the scope of the forensic analysis
 * - root-cause: the root cause, for vectors that are not a vulnerability
 * - decision: what the team decided about restoring
 * - decision-reason: why
 * - restore-point: the backup restored from (UTC), or %NULL
 * - decided: when the decision was recorded (UTC), or %NULL
 */

CordonRecovery *cordon_recovery_new (void);
gint64 cordon_recovery_get_incident_id (CordonRecovery *self);
void cordon_recovery_set_incident_id (CordonRecovery *self,
    gint64 incident_id);
GDateTime *cordon_recovery_get_compromised (CordonRecovery *self);
void cordon_recovery_set_compromised (CordonRecovery *self,
    GDateTime *compromised);
const char *cordon_recovery_get_legal (CordonRecovery *self);
void cordon_recovery_set_legal (CordonRecovery *self,
    const char *legal);
const char *cordon_recovery_get_forensic_scope (CordonRecovery *self);
void cordon_recovery_set_forensic_scope (CordonRecovery *self,
    const char *forensic_scope);
const char *cordon_recovery_get_root_cause (CordonRecovery *self);
void cordon_recovery_set_root_cause (CordonRecovery *self,
    const char *root_cause);
CordonRestoreDecision cordon_recovery_get_decision (CordonRecovery *self);
void cordon_recovery_set_decision (CordonRecovery *self,
    CordonRestoreDecision decision);
const char *cordon_recovery_get_decision_reason (CordonRecovery *self);
void cordon_recovery_set_decision_reason (CordonRecovery *self,
    const char *decision_reason);
GDateTime *cordon_recovery_get_restore_point (CordonRecovery *self);
void cordon_recovery_set_restore_point (CordonRecovery *self,
    GDateTime *restore_point);
GDateTime *cordon_recovery_get_decided (CordonRecovery *self);
void cordon_recovery_set_decided (CordonRecovery *self,
    GDateTime *decided);

G_END_DECLS
