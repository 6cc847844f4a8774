/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-sha256.c: SHA-256 through nettle.
 */

#include "config.h"

#include "cordon-sha256.h"

void
cordon_sha256_init (CordonSha256 *self)
{
  sha256_init (&self->ctx);
}

void
cordon_sha256_update (CordonSha256 *self,
                      const void   *data,
                      gsize         len)
{
  /* nettle takes a size_t; a gsize is one */
  sha256_update (&self->ctx, len, data);
}

void
cordon_sha256_finish_hex (CordonSha256 *self,
                          char         *hex)
{
  static const char digits[] = "0123456789abcdef";
  guint8 digest[SHA256_DIGEST_SIZE];

  sha256_digest (&self->ctx, sizeof digest, digest);

  for (guint i = 0; i < sizeof digest; i++)
    {
      hex[2 * i] = digits[digest[i] >> 4];
      hex[2 * i + 1] = digits[digest[i] & 0xf];
    }
  hex[2 * SHA256_DIGEST_SIZE] = '\0';
}
