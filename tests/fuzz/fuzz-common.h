/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fuzz-common.h: what the fuzz targets share: a scratch workspace and
 * GLib set to treat criticals and warnings as crashes.
 */

#pragma once

#include <stddef.h>
#include <stdint.h>

#include "cordon-interchange.h"

int              LLVMFuzzerTestOneInput   (const uint8_t *data,
                                           size_t         size);

CordonWorkspace *fuzz_workspace           (void);
void             fuzz_import              (CordonInterchangeFormat  format,
                                           const uint8_t           *data,
                                           size_t                   size);
