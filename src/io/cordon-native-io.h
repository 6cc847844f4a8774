/* SPDX-License-Identifier: GPL-3.0-or-later */

#pragma once

#include <gio/gio.h>

#include "cordon-workspace.h"
#include "cordon-native-format.h"

G_BEGIN_DECLS

/**
 * CordonImportResult:
 * @n_incidents: incidents imported
 * @n_journal_entries: journal entries imported
 * @n_facts: facts imported
 * @n_tasks: tasks imported
 * @replaced_settings: whether the file's settings replaced the workspace's
 */
typedef struct
{
  guint64  n_incidents;
  guint64  n_journal_entries;
  guint64  n_facts;
  guint64  n_tasks;
  gboolean replaced_settings;
} CordonImportResult;

typedef struct _CordonNativeWriter CordonNativeWriter;

CordonNativeWriter *
         cordon_native_writer_new          (GOutputStream         *stream,
                                            GCancellable          *cancellable);
void     cordon_native_writer_free         (CordonNativeWriter    *writer);
void     cordon_native_writer_add_member   (CordonNativeWriter    *writer,
                                            const char            *name,
                                            JsonNode              *node);
gboolean cordon_native_writer_add_incident (CordonNativeWriter    *writer,
                                            CordonIncidentRecord  *record,
                                            GError               **error);
gboolean cordon_native_writer_finish       (CordonNativeWriter    *writer,
                                            GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CordonNativeWriter, cordon_native_writer_free)

CordonIncidentRecord *
         cordon_native_load_record   (CordonWorkspace     *workspace,
                                      CordonIncident      *incident,
                                      GError             **error);
gboolean cordon_native_export        (CordonWorkspace     *workspace,
                                      const char * const  *keys,
                                      GOutputStream       *stream,
                                      GCancellable        *cancellable,
                                      GError             **error);
gboolean cordon_native_export_file   (CordonWorkspace     *workspace,
                                      const char * const  *keys,
                                      GFile               *file,
                                      GCancellable        *cancellable,
                                      GError             **error);
gboolean cordon_native_import_stream (CordonWorkspace     *workspace,
                                      GInputStream        *stream,
                                      const char          *name,
                                      CordonImportResult  *result,
                                      GCancellable        *cancellable,
                                      GError             **error);
gboolean cordon_native_import_file   (CordonWorkspace     *workspace,
                                      GFile               *file,
                                      CordonImportResult  *result,
                                      GCancellable        *cancellable,
                                      GError             **error);

G_END_DECLS
