/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fuzz-veris.c: feeds arbitrary bytes to the VERIS importer and to the VERIS
 * to scenario converter.
 */

#include "config.h"

#include "fuzz-common.h"
#include "cordon-scenario.h"
#include "cordon-veris.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GBytes) scenario = NULL;

  fuzz_import (CORDON_INTERCHANGE_VERIS, data, size);

  /* The converter promises a scenario that passes the parser */
  scenario = cordon_veris_to_scenario (bytes, "fuzz.json", NULL);
  if (scenario != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(CordonScenario) parsed = cordon_scenario_new_from_bytes (scenario, "scenario.json", &error);

      g_assert_no_error (error);
      g_assert_nonnull (parsed);
    }

  return 0;
}
