/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fuzz-scenario.c: feeds arbitrary bytes to the scenario parser.
 */

#include "config.h"

#include "fuzz-common.h"
#include "cordon-scenario.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(CordonScenario) scenario = NULL;

  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  scenario = cordon_scenario_new_from_bytes (bytes, "fuzz.json", &error);
  g_assert_true ((scenario == NULL) == (error != NULL));

  return 0;
}
