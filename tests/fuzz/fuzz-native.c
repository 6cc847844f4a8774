/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fuzz-native.c: feeds arbitrary bytes to the native importer.
 */

#include "config.h"

#include "fuzz-common.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  fuzz_import (CORDON_INTERCHANGE_NATIVE, data, size);
  return 0;
}
