/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fuzz-auto.c: feeds arbitrary bytes to format detection and whichever
 * importer it picks.
 */

#include "config.h"

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  fuzz_import (CORDON_INTERCHANGE_AUTO, data, size);
  return 0;
}
