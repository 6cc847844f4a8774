/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-interchange.h: importing and exporting incidents in the formats
 * other tools speak (TheHive, MISP, STIX, VERIS) as well as the native
 * one, behind one small interface the command line and the window use.
 */

#pragma once

#include <gio/gio.h>

#include "cordon-workspace.h"
#include "cordon-io-error.h"

G_BEGIN_DECLS

/**
 * CordonInterchangeFormat:
 * @CORDON_INTERCHANGE_NATIVE: Cordon's own format (docs/format.md)
 * @CORDON_INTERCHANGE_THEHIVE: a TheHive 5 case
 * @CORDON_INTERCHANGE_MISP: a MISP event
 * @CORDON_INTERCHANGE_STIX: a STIX 2.1 (or 2.0) bundle
 * @CORDON_INTERCHANGE_VERIS: a VERIS incident record
 * @CORDON_INTERCHANGE_AUTO: tell by the content
 *
 * Ids: `native`, `thehive`, `misp`, `stix`, `veris`, `auto`.
 */
typedef enum
{
  CORDON_INTERCHANGE_NATIVE,
  CORDON_INTERCHANGE_THEHIVE,
  CORDON_INTERCHANGE_MISP,
  CORDON_INTERCHANGE_STIX,
  CORDON_INTERCHANGE_VERIS,
  CORDON_INTERCHANGE_AUTO,
} CordonInterchangeFormat;

/**
 * CordonImportDuplicate:
 * @CORDON_IMPORT_DUPLICATE_SKIP: a record imported before is left alone
 * @CORDON_IMPORT_DUPLICATE_UPDATE: the incident it became gets what the
 *   record has and the incident has not (new facts and tasks)
 * @CORDON_IMPORT_DUPLICATE_NEW: it opens another incident all the same
 *
 * What an import does with a record (a MISP event, a TheHive case, a
 * STIX incident, a VERIS record) that an earlier import already made an
 * incident of. Ids: `skip`, `update`, `new`.
 */
typedef enum
{
  CORDON_IMPORT_DUPLICATE_SKIP,
  CORDON_IMPORT_DUPLICATE_UPDATE,
  CORDON_IMPORT_DUPLICATE_NEW,
} CordonImportDuplicate;

gboolean cordon_import_duplicate_from_id (const char            *id,
                                          CordonImportDuplicate *out_mode);

/**
 * CordonImportSummary:
 * @n_files: files read
 * @n_incidents: incidents opened
 * @n_updated: incidents that got new facts or tasks from a record
 *   imported again
 * @n_skipped: records left alone because they were imported before
 * @n_facts: facts added
 * @n_tasks: tasks added
 * @n_journal_entries: journal entries added
 * @n_templates: case templates added (or replaced)
 * @files: (element-type utf8): one line per file: its name, format and
 *   what it gave
 * @notes: (element-type utf8): what was skipped or updated, and why
 *
 * What one import did (or, in a dry run, would do). Clear with
 * cordon_import_summary_clear().
 */
typedef struct
{
  guint64    n_files;
  guint64    n_incidents;
  guint64    n_updated;
  guint64    n_skipped;
  guint64    n_facts;
  guint64    n_tasks;
  guint64    n_journal_entries;
  guint64    n_templates;
  GPtrArray *files;
  GPtrArray *notes;
} CordonImportSummary;

void     cordon_import_summary_clear     (CordonImportSummary   *summary);

/* Files of other formats are read whole; beyond this they are refused. */
#define CORDON_INTERCHANGE_MAX_BYTES (64 * 1024 * 1024)

const char *cordon_interchange_format_to_id     (CordonInterchangeFormat  format);
gboolean    cordon_interchange_format_from_id   (const char              *id,
                                                 CordonInterchangeFormat *out_format);
gboolean    cordon_interchange_can_import       (CordonInterchangeFormat  format);
gboolean    cordon_interchange_can_export       (CordonInterchangeFormat  format);

gboolean    cordon_interchange_detect           (GBytes                  *data,
                                                 const char              *name,
                                                 CordonInterchangeFormat *out_format,
                                                 GError                 **error);

gboolean    cordon_interchange_import_bytes     (CordonWorkspace         *workspace,
                                                 GBytes                  *data,
                                                 const char              *name,
                                                 CordonInterchangeFormat  format,
                                                 guint64                 *out_n_incidents,
                                                 GError                 **error);
gboolean    cordon_interchange_import           (CordonWorkspace         *workspace,
                                                 const char              *path,
                                                 CordonInterchangeFormat  format,
                                                 guint64                 *out_n_incidents,
                                                 GError                 **error);

gboolean    cordon_interchange_import_files     (CordonWorkspace         *workspace,
                                                 const char * const      *paths,
                                                 CordonInterchangeFormat  format,
                                                 CordonImportDuplicate    on_duplicate,
                                                 gboolean                 dry_run,
                                                 CordonImportSummary     *summary,
                                                 GError                 **error);
gboolean    cordon_interchange_export_stream    (CordonWorkspace         *workspace,
                                                 const char * const      *keys,
                                                 CordonInterchangeFormat  format,
                                                 GOutputStream           *stream,
                                                 GError                 **error);
gboolean    cordon_interchange_export           (CordonWorkspace         *workspace,
                                                 const char * const      *keys,
                                                 const char              *path,
                                                 CordonInterchangeFormat  format,
                                                 GError                 **error);

G_END_DECLS
