/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fuzz-misp.c: feeds arbitrary bytes to the misp importer.
 */

#include "config.h"

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  fuzz_import (CORDON_INTERCHANGE_MISP, data, size);
  return 0;
}
