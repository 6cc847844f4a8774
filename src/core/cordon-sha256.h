/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-sha256.h: SHA-256 for the journal's chain and for evidence
 * files, through nettle, which uses the CPU's SHA instructions where it
 * has them (GLib's GChecksum does not, and is five times slower there).
 */

#pragma once

#include <glib.h>
#include <nettle/sha2.h>

G_BEGIN_DECLS

/**
 * CORDON_SHA256_HEX_SIZE:
 *
 * Size of a buffer for a digest in lower-case hex digits and its nul.
 */
#define CORDON_SHA256_HEX_SIZE (2 * SHA256_DIGEST_SIZE + 1)

/**
 * CordonSha256:
 *
 * A running SHA-256, on the stack: cordon_sha256_init(), any number of
 * cordon_sha256_update(), then cordon_sha256_finish_hex().
 */
typedef struct
{
  struct sha256_ctx ctx;
} CordonSha256;

void        cordon_sha256_init       (CordonSha256 *self);
void        cordon_sha256_update     (CordonSha256 *self,
                                      const void   *data,
                                      gsize         len);
/**
 * cordon_sha256_finish_hex:
 * @hex: (out caller-allocates): %CORDON_SHA256_HEX_SIZE bytes
 *
 * Writes the digest of everything given so far in lower-case hex, and
 * starts @self over.
 */
void        cordon_sha256_finish_hex (CordonSha256 *self,
                                      char         *hex);

G_END_DECLS
