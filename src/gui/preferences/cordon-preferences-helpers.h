/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-preferences-helpers.h: small pieces the preference pages share:
 * marking a row as wrong, deriving a stable id from a label, copying
 * settings objects before editing them, and writing durations for people.
 */

#pragma once

#include <adwaita.h>

#include "cordon-workspace.h"

G_BEGIN_DECLS

void                 cordon_row_set_error              (AdwPreferencesRow   *row,
                                                        const char          *message);
const char          *cordon_row_get_error              (AdwPreferencesRow   *row);
char                *cordon_id_from_label              (const char          *label);
char                *cordon_format_duration            (gint64               seconds);
CordonTaxonomyEntry *cordon_taxonomy_entry_copy        (CordonTaxonomyEntry *entry);
CordonSlaPolicy     *cordon_sla_policy_copy            (CordonSlaPolicy     *policy);
CordonMember        *cordon_member_copy                (CordonMember        *member);
CordonProtocol      *cordon_protocol_copy              (CordonProtocol      *protocol);
CordonGroup         *cordon_group_copy                 (CordonGroup         *group);

G_END_DECLS
