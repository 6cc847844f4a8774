/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-d3fend-catalogue.h: the MITRE D3FEND techniques a containment
 * strategy can carry out (tactics Isolate, Evict and Restore), shipped in
 * the resources as data/d3fend/techniques.json (MIT, see its LICENSE.md).
 */

#pragma once

#include <gio/gio.h>

#include "cordon-strategy.h"

G_BEGIN_DECLS

/**
 * CordonD3fendTechnique:
 * @id: the technique id, e.g. `D3-NI`
 * @tactic: `Isolate`, `Evict` or `Restore`
 * @name: its name, e.g. `Network Isolation`
 * @parent: the id of its parent technique, or the empty string
 * @definition: what it is, in D3FEND's words
 *
 * One technique; owned by its catalogue.
 */
typedef struct
{
  char *id;
  char *tactic;
  char *name;
  char *parent;
  char *definition;
} CordonD3fendTechnique;

#define CORDON_TYPE_D3FEND_CATALOGUE (cordon_d3fend_catalogue_get_type ())

G_DECLARE_FINAL_TYPE (CordonD3fendCatalogue, cordon_d3fend_catalogue, CORDON, D3FEND_CATALOGUE, GObject)

/**
 * cordon_d3fend_catalogue_new_from_bytes:
 * @bytes: a JSON array of objects with the members `id`, `tactic`,
 *   `name`, `parent` and `definition`
 *
 * Returns: (transfer full): the catalogue, or %NULL with a #CordonIoError
 */
CordonD3fendCatalogue       *cordon_d3fend_catalogue_new_from_bytes  (GBytes                 *bytes,
                                                                      GError                **error);

/**
 * cordon_d3fend_catalogue_new_default:
 *
 * Returns: (transfer full): the catalogue the program ships, or %NULL
 *   with @error set
 */
CordonD3fendCatalogue       *cordon_d3fend_catalogue_new_default     (GError                **error);
guint                        cordon_d3fend_catalogue_get_n_techniques (CordonD3fendCatalogue *self);

/**
 * cordon_d3fend_catalogue_get_technique:
 *
 * Returns: (transfer none): the technique at @index, in the order of the
 *   file (by tactic, then id)
 */
const CordonD3fendTechnique *cordon_d3fend_catalogue_get_technique   (CordonD3fendCatalogue  *self,
                                                                      guint                   index);

/**
 * cordon_d3fend_catalogue_lookup:
 *
 * Returns: (transfer none) (nullable): the technique with @id, or %NULL
 */
const CordonD3fendTechnique *cordon_d3fend_catalogue_lookup          (CordonD3fendCatalogue  *self,
                                                                      const char             *id);

/**
 * cordon_d3fend_catalogue_new_strategy:
 *
 * A new, unstored strategy started from the technique @id: its slug is
 * the id in lower case (`d3-ni`), its name and description the
 * technique's, and it links to the technique. Focus areas, categories and
 * steps are for the lead to fill in.
 *
 * Returns: (transfer full) (nullable): the strategy, or %NULL when @id is
 *   not in the catalogue
 */
CordonStrategy              *cordon_d3fend_catalogue_new_strategy    (CordonD3fendCatalogue  *self,
                                                                      const char             *id);

G_END_DECLS
