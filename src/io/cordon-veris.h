/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-veris.h: a tabletop scenario skeleton from a VERIS incident
 * record.
 */

#pragma once

#include <gio/gio.h>

#include "cordon-io-error.h"

G_BEGIN_DECLS

/**
 * cordon_veris_to_scenario:
 * @record: the contents of a VERIS incident record (JSON)
 * @name: the record's file name, for messages
 * @error: return location for a #CordonIoError
 *
 * Makes a scenario (docs/scenario-format.md) from a VERIS record: the
 * starting incident from its actions, attributes and impact, injects
 * from its actors, actions, assets, attributes and timeline, placed on
 * a three-hour exercise. Partial records are fine: what is missing or
 * "Unknown" gets a default, and the scenario's notes say which.
 *
 * Fails with %CORDON_IO_ERROR_SYNTAX (or another scanner error) when
 * @record is not JSON, and %CORDON_IO_ERROR_VERSION when it is JSON but
 * not a VERIS record. The scenario returned always passes
 * cordon_scenario_new_from_bytes().
 *
 * Returns: (transfer full) (nullable): the scenario as JSON text
 */
GBytes *cordon_veris_to_scenario (GBytes      *record,
                                  const char  *name,
                                  GError     **error);

G_END_DECLS
