/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-file-hasher.h: the SHA-256 of a file, computed in large blocks,
 * synchronously (command line) or in a worker thread with progress and
 * cancellation (window).
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define CORDON_TYPE_FILE_HASHER (cordon_file_hasher_get_type ())

G_DECLARE_FINAL_TYPE (CordonFileHasher, cordon_file_hasher, CORDON, FILE_HASHER, GObject)

/**
 * CordonFileHasher:
 *
 * Hashes one file. Evidence files are often disk images of many
 * gigabytes, so the file is read in blocks of 1 MiB and, asynchronously,
 * in a worker thread: the thread that started the hash keeps running, and
 * sees the progress through the properties below, updated in its main
 * context at most a few times a second.
 *
 * Properties (read-only):
 *
 * - file: the file to hash
 * - size: its size in bytes, known once hashing started (0 before)
 * - bytes-done: how much has been hashed so far
 * - fraction: bytes-done over size, between 0 and 1
 */

CordonFileHasher *cordon_file_hasher_new           (GFile               *file);
GFile            *cordon_file_hasher_get_file      (CordonFileHasher    *self);
guint64           cordon_file_hasher_get_size      (CordonFileHasher    *self);
guint64           cordon_file_hasher_get_bytes_done (CordonFileHasher   *self);
double            cordon_file_hasher_get_fraction  (CordonFileHasher    *self);

/**
 * cordon_file_hasher_hash:
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GIOError, prefixed with the file's name
 *
 * Hashes the file in the calling thread. Progress properties are not
 * updated (there is no main loop to update them in).
 *
 * Returns: (transfer full): the SHA-256 in 64 lower-case hex digits, or
 *   %NULL on error
 */
char             *cordon_file_hasher_hash          (CordonFileHasher    *self,
                                                    GCancellable        *cancellable,
                                                    GError             **error);

/**
 * cordon_file_hasher_hash_async:
 *
 * Hashes the file in a worker thread. One hash at a time per hasher.
 */
void              cordon_file_hasher_hash_async    (CordonFileHasher    *self,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);

/**
 * cordon_file_hasher_hash_finish:
 *
 * Returns: (transfer full): the SHA-256 in 64 lower-case hex digits, or
 *   %NULL with @error set (%G_IO_ERROR_CANCELLED when cancelled)
 */
char             *cordon_file_hasher_hash_finish   (CordonFileHasher    *self,
                                                    GAsyncResult        *result,
                                                    GError             **error);

/**
 * cordon_sha256_file:
 * @path: (type filename): a file
 *
 * Convenience for cordon_file_hasher_hash() on @path.
 *
 * Returns: (transfer full): the SHA-256, or %NULL with @error set
 */
char             *cordon_sha256_file               (const char          *path,
                                                    guint64             *out_size,
                                                    GCancellable        *cancellable,
                                                    GError             **error);

G_END_DECLS
