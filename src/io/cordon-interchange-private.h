/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-interchange-private.h: what the format modules behind
 * cordon-interchange.h share: the import context that stores mapped
 * incidents in the one bulk transaction, error messages that name the
 * file and the JSON path, and path-aware readers for JSON members.
 */

#pragma once

#include <json-glib/json-glib.h>

#include "cordon-interchange.h"
#include "cordon-native-format.h"
#include "cordon-json-object.h"

G_BEGIN_DECLS

typedef struct
{
  CordonWorkspace       *workspace;
  const char            *name;         /* the file, for messages */
  const char            *format_id;    /* the format being read */
  guint64                n_incidents;
  GHashTable            *next_number;  /* year → next free key number */
  CordonImportDuplicate  on_duplicate;
  CordonImportSummary   *summary;      /* counts and notes of the whole run */
  GHashTable            *imported;     /* row id → incident stored in this run */
} CordonInterchangeImport;

gboolean _cordon_interchange_fail        (GError                  **error,
                                          CordonIoError             code,
                                          const char               *name,
                                          const char               *path,
                                          const char               *format,
                                          ...) G_GNUC_PRINTF (5, 6);

JsonObject *_cordon_interchange_parse    (GBytes                   *data,
                                          const char               *name,
                                          GError                  **error);
JsonNode *_cordon_interchange_parse_document (GBytes               *data,
                                              const char           *name,
                                              GError              **error);

gboolean _cordon_interchange_store       (CordonInterchangeImport  *ctx,
                                          CordonIncidentRecord     *record,
                                          const char               *source_id,
                                          const char               *path,
                                          GError                  **error);

CordonJournalEntry *
         _cordon_interchange_note        (gint64                    usec,
                                          CordonJournalKind         kind,
                                          const char               *author,
                                          const char               *text,
                                          JsonNode                 *payload);

char    *_cordon_interchange_clip        (const char               *text,
                                          glong                     max);

/* Readers: each takes the object, the member, and the object's own path
 * for messages. A member that is absent or null leaves *out as it was
 * and sets *present (when given) to FALSE; a member of the wrong type or
 * out of range is an error naming "<path>.<member>". */
gboolean _cordon_ix_string               (CordonInterchangeImport  *ctx,
                                          JsonObject               *object,
                                          const char               *path,
                                          const char               *member,
                                          gboolean                  required,
                                          const char              **out,
                                          GError                  **error);
gboolean _cordon_ix_int                  (CordonInterchangeImport  *ctx,
                                          JsonObject               *object,
                                          const char               *path,
                                          const char               *member,
                                          gint64                    min,
                                          gint64                    max,
                                          gboolean                 *present,
                                          gint64                   *out,
                                          GError                  **error);
gboolean _cordon_ix_bool                 (CordonInterchangeImport  *ctx,
                                          JsonObject               *object,
                                          const char               *path,
                                          const char               *member,
                                          gboolean                 *out,
                                          GError                  **error);
gboolean _cordon_ix_array                (CordonInterchangeImport  *ctx,
                                          JsonObject               *object,
                                          const char               *path,
                                          const char               *member,
                                          gboolean                  required,
                                          JsonArray               **out,
                                          GError                  **error);
gboolean _cordon_ix_object               (CordonInterchangeImport  *ctx,
                                          JsonObject               *object,
                                          const char               *path,
                                          const char               *member,
                                          gboolean                  required,
                                          JsonObject              **out,
                                          GError                  **error);
gboolean _cordon_ix_element_object       (CordonInterchangeImport  *ctx,
                                          JsonArray                *array,
                                          guint                     index,
                                          const char               *path,
                                          JsonObject              **out,
                                          GError                  **error);
gboolean _cordon_ix_strings              (CordonInterchangeImport  *ctx,
                                          JsonObject               *object,
                                          const char               *path,
                                          const char               *member,
                                          GPtrArray               **out,
                                          GError                  **error);
gboolean _cordon_ix_epoch_ms             (CordonInterchangeImport  *ctx,
                                          JsonObject               *object,
                                          const char               *path,
                                          const char               *member,
                                          gint64                   *out_usec,
                                          GError                  **error);
gboolean _cordon_ix_timestamp            (CordonInterchangeImport  *ctx,
                                          JsonObject               *object,
                                          const char               *path,
                                          const char               *member,
                                          gint64                   *out_usec,
                                          GError                  **error);

char    *_cordon_interchange_format_iso  (gint64                    usec);
void     _cordon_interchange_uuid5       (const char               *name,
                                          char                      out[37]);

/* The formats */
gboolean  _cordon_thehive_import         (CordonInterchangeImport  *ctx,
                                          JsonObject               *root,
                                          GError                  **error);
JsonNode *_cordon_thehive_export         (CordonWorkspace          *workspace,
                                          GPtrArray                *records);
gboolean  _cordon_misp_import            (CordonInterchangeImport  *ctx,
                                          JsonObject               *root,
                                          GError                  **error);
gboolean  _cordon_misp_import_list       (CordonInterchangeImport  *ctx,
                                          JsonArray                *events,
                                          GError                  **error);
gboolean  _cordon_misp_looks_like_event  (JsonObject               *object);
JsonNode *_cordon_misp_export            (CordonWorkspace          *workspace,
                                          GPtrArray                *records);

/* The type of a fact made from a MISP galaxy cluster: this, then the
 * galaxy's type (mitre-attack-pattern, threat-actor, tool …) */
#define CORDON_MISP_GALAXY_PREFIX "misp-galaxy:"
gboolean  _cordon_stix_import            (CordonInterchangeImport  *ctx,
                                          JsonObject               *root,
                                          GError                  **error);
JsonNode *_cordon_stix_export            (CordonWorkspace          *workspace,
                                          GPtrArray                *records);
gboolean  _cordon_veris_import           (CordonInterchangeImport  *ctx,
                                          JsonObject               *root,
                                          GError                  **error);

/* The provenance journal entry's payload member that keeps what a format
 * has and Cordon's model lacks (TheHive's tags, PAP, task groups), so an
 * export gives it back. */
#define CORDON_INTERCHANGE_PAYLOAD_MEMBER "interchange"

JsonObject *_cordon_interchange_find_extras (CordonIncidentRecord *record,
                                             const char           *format);

G_END_DECLS

G_BEGIN_DECLS
const char *_cordon_interchange_category      (CordonInterchangeImport *ctx,
                                               const char              *wanted);
const char *_cordon_interchange_severity      (CordonInterchangeImport *ctx,
                                               guint                    rank);
guint       _cordon_interchange_severity_rank (CordonWorkspace         *workspace,
                                               const char              *id);
G_END_DECLS

G_BEGIN_DECLS
/* Lenient getters that never warn: NULL or the default for a member of
 * another type */
const char *_cordon_json_string         (JsonObject *object,
                                         const char *member);
gint64      _cordon_json_int            (JsonObject *object,
                                         const char *member,
                                         gint64      fallback);
gboolean    _cordon_json_bool           (JsonObject *object,
                                         const char *member,
                                         gboolean    fallback);
const char *_cordon_json_element_string (JsonArray  *array,
                                         guint       index);
G_END_DECLS
