/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-workspace.h: one workspace, the SQLite file that holds a team's
 * incidents, their journals and the settings they are handled with. This
 * is the only way into storage: it speaks in core objects, GListModels
 * and GErrors, never in SQL types.
 */

#pragma once

#include <gio/gio.h>

#include "cordon-case-template.h"
#include "cordon-checklist.h"
#include "cordon-clock.h"
#include "cordon-metrics.h"
#include "cordon-custody-transfer.h"
#include "cordon-evidence-check.h"
#include "cordon-evidence-item.h"
#include "cordon-exercise-inject.h"
#include "cordon-fact.h"
#include "cordon-follow-up.h"
#include "cordon-group.h"
#include "cordon-incident.h"
#include "cordon-journal-entry.h"
#include "cordon-member.h"
#include "cordon-monitoring-check.h"
#include "cordon-plan-action.h"
#include "cordon-protocol.h"
#include "cordon-question.h"
#include "cordon-recovery.h"
#include "cordon-recovery-item.h"
#include "cordon-review.h"
#include "cordon-sla-policy.h"
#include "cordon-strategy.h"
#include "cordon-task.h"
#include "cordon-taxonomy.h"
#include "cordon-validation.h"

G_BEGIN_DECLS

#define CORDON_WORKSPACE_ERROR (cordon_workspace_error_quark ())

/**
 * CordonWorkspaceError:
 * @CORDON_WORKSPACE_ERROR_NOT_SQLITE: the file is not an SQLite database
 *   (or is empty)
 * @CORDON_WORKSPACE_ERROR_NOT_WORKSPACE: the file is an SQLite database of
 *   another application
 * @CORDON_WORKSPACE_ERROR_CORRUPT: the database is damaged or truncated
 * @CORDON_WORKSPACE_ERROR_TOO_NEW: the schema is newer than this program
 * @CORDON_WORKSPACE_ERROR_IO: reading or writing failed
 * @CORDON_WORKSPACE_ERROR_INVALID: the input was refused (unknown id,
 *   empty title, …); nothing was written
 * @CORDON_WORKSPACE_ERROR_NOT_FOUND: no such incident or record
 * @CORDON_WORKSPACE_ERROR_INTEGRITY: integrity check or journal hash chain
 *   failed; the message names the first broken entry
 * @CORDON_WORKSPACE_ERROR_REFUSED: the lifecycle refuses the phase move, or
 *   a setting is still in use
 * @CORDON_WORKSPACE_ERROR_BUSY: another program kept the workspace locked
 *   for longer than Cordon waits; nothing was written, trying again works
 * @CORDON_WORKSPACE_ERROR_READ_ONLY: the workspace or its folder cannot be
 *   written; nothing was written
 * @CORDON_WORKSPACE_ERROR_NO_SPACE: the disk is full; nothing was written
 * @CORDON_WORKSPACE_ERROR_TOO_OLD: the schema is older than this program's
 *   and the workspace was opened %CORDON_WORKSPACE_FLAGS_READ_ONLY, so it
 *   is not migrated
 *
 * The first four are refusals to open: the file was left untouched. The
 * command line maps them to exit code 4, INTEGRITY to exit code 3, BUSY
 * to exit code 5, READ_ONLY and NO_SPACE to exit code 6.
 */
typedef enum
{
  CORDON_WORKSPACE_ERROR_NOT_SQLITE,
  CORDON_WORKSPACE_ERROR_NOT_WORKSPACE,
  CORDON_WORKSPACE_ERROR_CORRUPT,
  CORDON_WORKSPACE_ERROR_TOO_NEW,
  CORDON_WORKSPACE_ERROR_IO,
  CORDON_WORKSPACE_ERROR_INVALID,
  CORDON_WORKSPACE_ERROR_NOT_FOUND,
  CORDON_WORKSPACE_ERROR_INTEGRITY,
  CORDON_WORKSPACE_ERROR_REFUSED,
  CORDON_WORKSPACE_ERROR_BUSY,
  CORDON_WORKSPACE_ERROR_READ_ONLY,
  CORDON_WORKSPACE_ERROR_NO_SPACE,
  CORDON_WORKSPACE_ERROR_TOO_OLD,
} CordonWorkspaceError;

/**
 * CORDON_WORKSPACE_SCHEMA_VERSION:
 *
 * The schema version this program writes, kept in `PRAGMA user_version`.
 */
#define CORDON_WORKSPACE_SCHEMA_VERSION 11

/**
 * CORDON_WORKSPACE_MAX_TITLE:
 *
 * The longest title, in characters.
 */
#define CORDON_WORKSPACE_MAX_TITLE 500

/**
 * CordonWorkspaceFlags:
 * @CORDON_WORKSPACE_FLAGS_NONE: open the file, or create it when missing
 * @CORDON_WORKSPACE_FLAGS_NO_CREATE: only open an existing file; a missing
 *   one fails with %CORDON_WORKSPACE_ERROR_NOT_FOUND
 * @CORDON_WORKSPACE_FLAGS_READ_ONLY: for commands that only read: like
 *   %CORDON_WORKSPACE_FLAGS_NO_CREATE, and a file that opening would write
 *   to is refused instead, unchanged: an empty SQLite database (which
 *   would become a workspace) with %CORDON_WORKSPACE_ERROR_NOT_WORKSPACE,
 *   an older schema (which would be migrated) with
 *   %CORDON_WORKSPACE_ERROR_TOO_OLD
 * @CORDON_WORKSPACE_FLAGS_FOR_VERIFY: open a workspace of the current
 *   schema version even if its tables, columns, indexes or triggers differ
 *   from what that version defines, so that cordon_workspace_verify_findings()
 *   can report it; without it such a file is refused as damaged
 */
typedef enum
{
  CORDON_WORKSPACE_FLAGS_NONE = 0,
  CORDON_WORKSPACE_FLAGS_NO_CREATE = 1 << 0,
  CORDON_WORKSPACE_FLAGS_READ_ONLY = 1 << 1,
  CORDON_WORKSPACE_FLAGS_FOR_VERIFY = 1 << 2,
} CordonWorkspaceFlags;

#define CORDON_TYPE_WORKSPACE (cordon_workspace_get_type ())

G_DECLARE_FINAL_TYPE (CordonWorkspace, cordon_workspace, CORDON, WORKSPACE, GObject)

/**
 * CordonWorkspace:
 *
 * Owns one SQLite file. Every write is one transaction; a call that
 * returns %TRUE has committed durably (see docs/storage.md), a call that
 * fails has changed nothing. A workspace object belongs to the thread that
 * created it; a worker thread opens its own workspace on the same path.
 *
 * Signals (emitted after the transaction committed, never during a bulk):
 * - incident-added (CordonIncident *incident)
 * - incident-changed (CordonIncident *incident): moved, reclassified,
 *   saved, or its journal grew
 * - journal-appended (CordonIncident *incident, CordonJournalEntry *entry)
 * - records-changed (CordonIncident *incident): its facts, questions or
 *   tasks changed
 * - settings-changed: taxonomy, SLA policies, groups, members or
 *   protocols changed
 * - reloaded: a bulk ended; everything may have changed
 */

GQuark           cordon_workspace_error_quark          (void);

/**
 * cordon_workspace_get_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/cordon/incidents.cordon`
 */
char            *cordon_workspace_get_default_path     (void);

/**
 * cordon_workspace_new:
 * @path: (type filename): the workspace file
 * @clock: (nullable): the clock for every timestamp; %NULL for the system
 *   clock
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #CordonWorkspaceError
 *
 * Opens the workspace at @path, or creates it (mode 0600, its folder
 * 0700) when there is no file. An existing file is checked before it is
 * opened for writing: a file that is not SQLite, an SQLite database of
 * another program, a damaged database (`PRAGMA quick_check`) and a schema
 * newer than %CORDON_WORKSPACE_SCHEMA_VERSION are refused without a byte
 * of the file being written. An older schema is first backed up beside
 * the file (`<path>.v<N>.bak`, see cordon_workspace_get_migration_backup())
 * and then migrated forward.
 *
 * Returns: (transfer full): the workspace, or %NULL with @error set
 */
CordonWorkspace *cordon_workspace_new                  (const char       *path,
                                                        CordonClock      *clock,
                                                        GCancellable     *cancellable,
                                                        GError          **error);

/**
 * cordon_workspace_new_full:
 * @flags: #CordonWorkspaceFlags
 *
 * Like cordon_workspace_new(), with @flags.
 *
 * Returns: (transfer full): the workspace, or %NULL with @error set
 */
CordonWorkspace *cordon_workspace_new_full             (const char            *path,
                                                        CordonClock           *clock,
                                                        CordonWorkspaceFlags   flags,
                                                        GCancellable          *cancellable,
                                                        GError               **error);

/**
 * cordon_workspace_get_path:
 *
 * Returns: (type filename): the file of @self
 */
const char      *cordon_workspace_get_path             (CordonWorkspace  *self);

/**
 * cordon_workspace_get_clock:
 *
 * Returns: (transfer none): the clock @self stamps writes with
 */
CordonClock     *cordon_workspace_get_clock            (CordonWorkspace  *self);

/**
 * cordon_workspace_get_schema_version:
 *
 * Returns: the schema version of the open file (after migration)
 */
int              cordon_workspace_get_schema_version   (CordonWorkspace  *self);

/**
 * cordon_workspace_get_migration_backup:
 *
 * Returns: (nullable) (type filename): the backup taken before migrating
 *   the file when it was opened, or %NULL if no migration ran
 */
const char      *cordon_workspace_get_migration_backup (CordonWorkspace  *self);

/**
 * cordon_workspace_backup:
 * @dest_path: (type filename): where to write the copy
 *
 * Writes a consistent copy of the workspace with SQLite's online backup,
 * into a temporary file beside @dest_path (mode 0600) that then replaces
 * @dest_path, so a failed backup never leaves half a file.
 *
 * Returns: %TRUE on success
 */
gboolean         cordon_workspace_backup               (CordonWorkspace  *self,
                                                        const char       *dest_path,
                                                        GError          **error);

void             cordon_workspace_follow_other_writers (CordonWorkspace  *self);

/**
 * cordon_workspace_verify:
 * @n_incidents: (out) (optional): number of incidents checked
 * @n_entries: (out) (optional): number of journal entries checked
 *
 * Runs `PRAGMA integrity_check`, then walks every incident's journal:
 * each entry's previous hash, its recomputed hash, the numbering of the
 * entries, and the count and head hash the incident keeps. The first
 * problem fails with %CORDON_WORKSPACE_ERROR_INTEGRITY and a message
 * naming the incident key, the entry number and what is wrong.
 *
 * Then every row of the evidence register, the custody transfers and
 * the re-verifications is compared with the journal entry that recorded
 * it (its payload holds the full record), and every such entry must still
 * have its row: an edit, insertion or deletion in those tables fails with
 * %CORDON_WORKSPACE_ERROR_INTEGRITY naming the item and the entry.
 *
 * The chain detects any edit or deletion made without recomputing every
 * later hash and the incident's head; against a deliberate rewrite of the
 * whole chain, compare the head hashes with a copy kept elsewhere
 * (an export or a backup).
 *
 * Returns: %TRUE if everything checks out
 */
gboolean         cordon_workspace_verify               (CordonWorkspace  *self,
                                                        guint64          *n_incidents,
                                                        guint64          *n_entries,
                                                        GError          **error);

/**
 * cordon_workspace_verify_findings:
 * @n_incidents: (out) (optional): number of incidents checked
 * @n_entries: (out) (optional): number of journal entries checked
 *
 * Runs the checks of cordon_workspace_verify() and returns what each one
 * found: differences of the schema (for a workspace opened with
 * %CORDON_WORKSPACE_FLAGS_FOR_VERIFY), the SQLite integrity check, the
 * first broken link of the journal chains, the first register row that
 * its journal entry does not support.
 *
 * Returns: (transfer full) (element-type utf8): one line per finding,
 *   empty when the workspace is intact; %NULL with @error set when the
 *   checks could not run
 */
GPtrArray       *cordon_workspace_verify_findings      (CordonWorkspace  *self,
                                                        guint64          *n_incidents,
                                                        guint64          *n_entries,
                                                        GError          **error);

/**
 * cordon_workspace_verify_findings_full:
 * @anchor: (nullable): an anchor as cordon_workspace_get_anchor() gave
 *   it, "N:HASH", or %NULL
 *
 * Like cordon_workspace_verify_findings(), and with @anchor, also that
 * row N of the ledger still has that hash and the rows after it chain on
 * from it: a ledger rewritten since the anchor was taken, or an older
 * copy of the file (whose ledger ends before row N), is a finding. A
 * malformed @anchor fails with %CORDON_WORKSPACE_ERROR_INVALID before
 * anything is checked.
 *
 * Returns: (transfer full) (element-type utf8): one line per finding, or
 *   %NULL with @error set
 */
GPtrArray       *cordon_workspace_verify_findings_full (CordonWorkspace  *self,
                                                        const char       *anchor,
                                                        guint64          *n_incidents,
                                                        guint64          *n_entries,
                                                        GError          **error);

/**
 * cordon_workspace_get_anchor:
 *
 * The head of the workspace's ledger, the hash chain over every journal
 * entry of every incident in the order they were written: "N:HASH", the
 * number of its last row and that row's hash ("0:" and 64 zeros while
 * there is none). Kept away from the file, it lets
 * cordon_workspace_verify_findings_full() prove later that the file
 * still extends it.
 *
 * Returns: (transfer full): the anchor, or %NULL with @error set
 */
char            *cordon_workspace_get_anchor           (CordonWorkspace  *self,
                                                        GError          **error);

/**
 * cordon_workspace_parse_anchor:
 * @text: what a person typed
 * @out_row: (out) (optional): N
 * @out_hash: (out) (optional) (transfer full): HASH, in lower case
 *
 * Returns: %TRUE if @text is an anchor; else %FALSE with
 *   %CORDON_WORKSPACE_ERROR_INVALID and a message saying what one is
 */
gboolean         cordon_workspace_parse_anchor         (const char       *text,
                                                        gint64           *out_row,
                                                        char            **out_hash,
                                                        GError          **error);

/* Settings ---------------------------------------------------------- */

/**
 * cordon_workspace_get_taxonomy:
 *
 * Returns: (transfer none): the taxonomy, kept up to date by @self; change
 *   it with cordon_workspace_set_taxonomy_entry(), not directly
 */
CordonTaxonomy  *cordon_workspace_get_taxonomy         (CordonWorkspace  *self);

/**
 * cordon_workspace_set_taxonomy_entry:
 *
 * Adds @entry or replaces the entry of the same kind and id. The id must
 * pass cordon_taxonomy_entry_is_valid_id().
 */
gboolean         cordon_workspace_set_taxonomy_entry   (CordonWorkspace      *self,
                                                        CordonTaxonomyEntry  *entry,
                                                        GError              **error);

/**
 * cordon_workspace_remove_taxonomy_entry:
 *
 * Removes an entry. Refused (%CORDON_WORKSPACE_ERROR_REFUSED) while an
 * incident uses it or, for a severity, while an SLA policy names it.
 */
gboolean         cordon_workspace_remove_taxonomy_entry (CordonWorkspace     *self,
                                                         CordonTaxonomyKind   kind,
                                                         const char          *id,
                                                         GError             **error);

/**
 * cordon_workspace_list_sla_policies:
 *
 * Returns: (transfer full): a snapshot #GListModel of #CordonSlaPolicy,
 *   by severity rank
 */
GListModel      *cordon_workspace_list_sla_policies    (CordonWorkspace  *self,
                                                        GError          **error);

/**
 * cordon_workspace_lookup_sla_policy:
 *
 * Returns: (transfer full) (nullable): the policy for @severity, or %NULL
 *   with %CORDON_WORKSPACE_ERROR_NOT_FOUND
 */
CordonSlaPolicy *cordon_workspace_lookup_sla_policy    (CordonWorkspace  *self,
                                                        const char       *severity,
                                                        GError          **error);

/**
 * cordon_workspace_set_sla_policy:
 *
 * Adds or replaces the policy for the policy's severity, which must be in
 * the taxonomy.
 */
gboolean         cordon_workspace_set_sla_policy       (CordonWorkspace  *self,
                                                        CordonSlaPolicy  *policy,
                                                        GError          **error);

gboolean         cordon_workspace_remove_sla_policy    (CordonWorkspace  *self,
                                                        const char       *severity,
                                                        GError          **error);

/**
 * cordon_workspace_list_groups:
 *
 * Returns: (transfer full): a snapshot #GListModel of #CordonGroup, in the
 *   order they were created
 */
GListModel      *cordon_workspace_list_groups          (CordonWorkspace  *self,
                                                        GError          **error);

/**
 * cordon_workspace_lookup_group:
 *
 * Returns: (transfer full) (nullable): the group with @slug
 */
CordonGroup     *cordon_workspace_lookup_group         (CordonWorkspace  *self,
                                                        const char       *slug,
                                                        GError          **error);

/**
 * cordon_workspace_create_group:
 *
 * Stores @group and sets its id. Its slug must be a valid, unused id
 * (cordon_taxonomy_entry_is_valid_id()) and its name non-empty.
 */
gboolean         cordon_workspace_create_group         (CordonWorkspace  *self,
                                                        CordonGroup      *group,
                                                        GError          **error);

gboolean         cordon_workspace_update_group         (CordonWorkspace  *self,
                                                        CordonGroup      *group,
                                                        GError          **error);

/**
 * cordon_workspace_remove_group:
 *
 * Removes the group with its members and protocols. Refused while an
 * incident engages it.
 */
gboolean         cordon_workspace_remove_group         (CordonWorkspace  *self,
                                                        CordonGroup      *group,
                                                        GError          **error);

/**
 * cordon_workspace_list_members:
 * @group: (nullable): a group, or %NULL for the members of every group
 *
 * Returns: (transfer full): a snapshot #GListModel of #CordonMember
 */
GListModel      *cordon_workspace_list_members         (CordonWorkspace  *self,
                                                        CordonGroup      *group,
                                                        GError          **error);

/**
 * cordon_workspace_add_member:
 *
 * Stores @member in @group; sets its id and group id.
 */
gboolean         cordon_workspace_add_member           (CordonWorkspace  *self,
                                                        CordonGroup      *group,
                                                        CordonMember     *member,
                                                        GError          **error);

gboolean         cordon_workspace_update_member        (CordonWorkspace  *self,
                                                        CordonMember     *member,
                                                        GError          **error);

gboolean         cordon_workspace_remove_member        (CordonWorkspace  *self,
                                                        CordonMember     *member,
                                                        GError          **error);

/**
 * cordon_workspace_list_protocols:
 * @group: (nullable): a group, or %NULL for the protocols of every group
 *
 * Returns: (transfer full): a snapshot #GListModel of #CordonProtocol
 */
GListModel      *cordon_workspace_list_protocols       (CordonWorkspace  *self,
                                                        CordonGroup      *group,
                                                        GError          **error);

gboolean         cordon_workspace_add_protocol         (CordonWorkspace  *self,
                                                        CordonGroup      *group,
                                                        CordonProtocol   *protocol,
                                                        GError          **error);

gboolean         cordon_workspace_update_protocol      (CordonWorkspace  *self,
                                                        CordonProtocol   *protocol,
                                                        GError          **error);

gboolean         cordon_workspace_remove_protocol      (CordonWorkspace  *self,
                                                        CordonProtocol   *protocol,
                                                        GError          **error);

/* Incidents --------------------------------------------------------- */

/**
 * cordon_workspace_get_incidents:
 *
 * The board's model: every incident, in the order they were stored, as
 * the same #CordonIncident instances cordon_workspace_lookup_incident()
 * returns. @self keeps it up to date: items-changed fires when an incident
 * is created, and (removed 1, added 1, same item) when one is moved,
 * reclassified or saved. It is loaded with one query the first time it
 * is needed.
 *
 * Returns: (transfer none): a #GListModel of #CordonIncident
 */
GListModel      *cordon_workspace_get_incidents        (CordonWorkspace  *self);

/**
 * cordon_workspace_list_incidents:
 * @phase: (nullable): a phase id to keep only incidents in that phase
 * @severity: (nullable): a severity id to keep only incidents of it
 *
 * Returns: (transfer full): a snapshot #GListModel of the matching
 *   incidents, or %NULL with %CORDON_WORKSPACE_ERROR_INVALID for an
 *   unknown id
 */
GListModel      *cordon_workspace_list_incidents       (CordonWorkspace  *self,
                                                        const char       *phase,
                                                        const char       *severity,
                                                        GError          **error);

/**
 * CordonIncidentSummary:
 *
 * What a listing shows of one incident. The strings are borrowed for the
 * one call of the #CordonIncidentSummaryFunc they are given to; times are
 * microseconds since the epoch, 0 when unset.
 */
typedef struct
{
  const char  *key;
  const char  *title;
  const char  *category;
  const char  *severity;
  const char  *impact;
  const char  *lead;
  CordonPhase  phase;
  CordonTlp    tlp;
  gboolean     exercise;
  gint64       detected;
  gint64       updated;
  gint64       journal_count;
} CordonIncidentSummary;

/**
 * CordonIncidentSummaryFlags:
 * @CORDON_INCIDENT_SUMMARY_BRIEF: read only the key, title, category,
 *   severity and phase; the rest is left empty
 */
typedef enum
{
  CORDON_INCIDENT_SUMMARY_FULL  = 0,
  CORDON_INCIDENT_SUMMARY_BRIEF = 1 << 0,
} CordonIncidentSummaryFlags;

/* Returns %FALSE with @error set to stop the listing */
typedef gboolean (*CordonIncidentSummaryFunc) (const CordonIncidentSummary  *summary,
                                               gpointer                      user_data,
                                               GError                      **error);

/**
 * cordon_workspace_foreach_incident_summary:
 * @phase: (nullable): a phase id to keep only incidents in that phase
 * @severity: (nullable): a severity id to keep only incidents of it
 * @func: called for each matching incident, in the order they were stored
 *
 * The same incidents as cordon_workspace_list_incidents(), in one read of
 * the stored rows, without making an object of each: for listings of a
 * large workspace.
 *
 * Returns: %FALSE with @error set for an unknown id, a storage error or
 *   what @func set
 */
gboolean         cordon_workspace_foreach_incident_summary (CordonWorkspace             *self,
                                                            const char                  *phase,
                                                            const char                  *severity,
                                                            CordonIncidentSummaryFlags   flags,
                                                            CordonIncidentSummaryFunc    func,
                                                            gpointer                     user_data,
                                                            GError                     **error);

/**
 * cordon_workspace_lookup_incident:
 *
 * Returns: (transfer full) (nullable): the incident with @key, or %NULL
 *   with %CORDON_WORKSPACE_ERROR_NOT_FOUND
 */
CordonIncident  *cordon_workspace_lookup_incident      (CordonWorkspace  *self,
                                                        const char       *key,
                                                        GError          **error);

/**
 * cordon_workspace_lookup_incident_by_id:
 *
 * Returns: (transfer full) (nullable): the incident with row id @id, or
 *   %NULL with %CORDON_WORKSPACE_ERROR_NOT_FOUND
 */
CordonIncident  *cordon_workspace_lookup_incident_by_id (CordonWorkspace  *self,
                                                         gint64            id,
                                                         GError          **error);

/**
 * cordon_workspace_create_incident:
 * @draft: a new incident: title, category and severity set, id 0, phase
 *   detected
 * @author: (nullable): who opens it; %NULL for the draft's lead
 *
 * Validates and stores @draft, which becomes the stored instance: its id,
 * key (`INC-<year of detection>-<NNNN>`, numbered per year), detected time
 * (now when unset), created and updated times are set. Its journal opens
 * with a phase-change entry "Incident opened". When its impact requires
 * management, the management group is engaged and management-activated set.
 *
 * Returns: (transfer full): @draft, or %NULL on error
 */
CordonIncident  *cordon_workspace_create_incident      (CordonWorkspace  *self,
                                                        CordonIncident   *draft,
                                                        const char       *author,
                                                        GError          **error);

/**
 * cordon_workspace_save_incident:
 * @incident: an incident of @self with edited properties
 *
 * Writes the editable fields: title, summary, impact, TLP, lead, groups,
 * exercise, and the detected, reported and acknowledged times. Category,
 * severity and phase change only through cordon_workspace_reclassify() and
 * cordon_workspace_move_incident(): a changed one is refused. On failure
 * @incident is reverted to what is stored.
 */
gboolean         cordon_workspace_save_incident        (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        GError          **error);

/**
 * cordon_workspace_save_incident_full:
 * @author: (nullable): who makes the change; %NULL for the incident's lead
 *
 * Like cordon_workspace_save_incident(). A change of the title or the
 * lead is chained like a move or a reclassification: a details-change
 * journal entry, in the same transaction, whose payload names each
 * changed field with its old and new value, e.g.
 * `{"title":{"from":"Phishing","to":"Phishing wave"}}`.
 */
gboolean         cordon_workspace_save_incident_full   (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        const char       *author,
                                                        GError          **error);

/**
 * cordon_workspace_move_incident:
 * @phase: where to move it
 * @reason: why; required
 * @author: who decides
 *
 * Moves @incident if cordon_lifecycle_check() allows it, sets the phase
 * timestamps (see #CordonIncidentTime) and writes a phase-change journal
 * entry whose text is @reason and whose payload is
 * `{"from":…,"to":…}` (plus `"decision":…` when leaving analysis), all in
 * one transaction. Leaving containment forward needs the short-term
 * actions settled, and closing needs the lessons-learned review completed
 * or skipped with a reason. A refused move fails with
 * %CORDON_WORKSPACE_ERROR_REFUSED and the lifecycle's message, a missing
 * reason with %CORDON_WORKSPACE_ERROR_INVALID; neither writes anything.
 * Entering recovery for the first time then starts the recovery
 * checklist from the templates (cordon_workspace_start_checklist()), in
 * its own transaction.
 */
gboolean         cordon_workspace_move_incident        (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        CordonPhase       phase,
                                                        const char       *reason,
                                                        const char       *author,
                                                        GError          **error);

/**
 * cordon_workspace_reclassify:
 * @category: (nullable): the new category id, or %NULL to keep it
 * @severity: (nullable): the new severity id, or %NULL to keep it
 * @reason: why; required
 *
 * Changes the category and/or severity and writes a classification-change
 * journal entry with @reason as text and the changes as payload, e.g.
 * `{"severity":{"from":"medium","to":"high"}}`. When the severity of an
 * open incident changes, a second entry, of kind sla-event, follows in
 * the same transaction: it names the open deadlines as re-timed from the
 * new severity's policy, payload
 * `{"action":"retime","severity":{…},"deadlines":{"response":"<ISO>",…}}`.
 * The SLA scheduler re-times on incident-changed.
 */
/**
 * cordon_workspace_close_incident:
 * @closure: how the incident ended; not %CORDON_CLOSURE_DUPLICATE (see
 *   cordon_workspace_merge_incident())
 * @reason: why, for the journal (required)
 *
 * Closes @incident. Resolved is the end of the lifecycle (from lessons
 * learned, once reviewed); a false positive or not an incident is closed
 * from any open phase. The phase change's payload says how it ended
 * (`closed-as`), and only resolved incidents count in response times and
 * SLA compliance.
 */
gboolean         cordon_workspace_close_incident      (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        CordonClosure     closure,
                                                        const char       *reason,
                                                        const char       *author,
                                                        GError          **error);

/**
 * cordon_workspace_merge_incident:
 * @duplicate: the incident that repeats @into
 * @into: the incident that carries on
 *
 * In one transaction: copies the facts of @duplicate that @into does not
 * have yet into @into (their source names the duplicate), writes a
 * decision in @into's journal naming the duplicate, its journal (entry
 * count and head hash) and its evidence items, and closes @duplicate as a
 * duplicate of @into. The evidence stays in @duplicate's register, so
 * that its chain of custody is not rewritten.
 */
gboolean         cordon_workspace_merge_incident      (CordonWorkspace  *self,
                                                        CordonIncident   *duplicate,
                                                        CordonIncident   *into,
                                                        const char       *reason,
                                                        const char       *author,
                                                        GError          **error);

/**
 * cordon_workspace_get_closure:
 * @out_closure: (out): how @incident ended
 * @out_duplicate_of: (out) (optional) (transfer full) (nullable): the key
 *   of the incident a duplicate was merged into
 *
 * Returns: %TRUE if @incident is closed (a close without a closure is
 *   resolved)
 */
gboolean         cordon_workspace_get_closure         (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        CordonClosure    *out_closure,
                                                        char            **out_duplicate_of,
                                                        GError          **error);

gboolean         cordon_workspace_reclassify           (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        const char       *category,
                                                        const char       *severity,
                                                        const char       *reason,
                                                        const char       *author,
                                                        GError          **error);

/**
 * cordon_workspace_activate_management:
 * @author: (nullable): who activates it
 *
 * Records that the lead activated the management group for @incident,
 * whatever its impact: sets management-activated to now, engages the
 * first management group (when there is one and it is not engaged yet)
 * and writes a decision journal entry, in one transaction. Refused with
 * %CORDON_WORKSPACE_ERROR_REFUSED when management is already activated.
 * An impact that requires management activates it on its own when the
 * incident is created or saved.
 */
gboolean         cordon_workspace_activate_management  (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        const char       *author,
                                                        GError          **error);

/**
 * cordon_workspace_append_journal:
 * @kind: any kind but classification-change and phase-change, which only
 *   the workspace writes
 * @payload: (nullable): a JSON object, stored in compact form
 *
 * Appends an entry at the end of @incident's hash chain.
 *
 * Returns: (transfer full): the stored entry, or %NULL on error
 */
CordonJournalEntry *cordon_workspace_append_journal    (CordonWorkspace   *self,
                                                        CordonIncident    *incident,
                                                        CordonJournalKind  kind,
                                                        const char        *author,
                                                        const char        *text,
                                                        const char        *payload,
                                                        GError           **error);

/**
 * cordon_workspace_acknowledge_incident:
 * @author: who acknowledged it
 * @text: the status update the journal records, e.g. how it was
 *   acknowledged
 *
 * Acknowledges @incident now: sets its acknowledgement time and appends
 * @text as a status update, in one transaction. An incident already
 * acknowledged (here or by another process) is left as it is.
 *
 * Returns: %TRUE when the incident is acknowledged (now or before)
 */
gboolean         cordon_workspace_acknowledge_incident (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        const char       *author,
                                                        const char       *text,
                                                        GError          **error);

/**
 * cordon_workspace_list_journal:
 *
 * Returns: (transfer full): a #GListModel of #CordonJournalEntry, oldest
 *   first
 */
GListModel      *cordon_workspace_list_journal         (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        GError          **error);

/* SLA pauses and history -------------------------------------------- */

/**
 * cordon_workspace_pause_sla:
 * @reason: why, e.g. "waiting for the hosting provider"; required
 * @author: (nullable): who pauses it
 *
 * Stops @incident's SLA clocks while it waits on an outside party: stores
 * a pause and writes an sla-event journal entry "SLA paused: <reason>"
 * with payload `{"action":"pause"}`, in one transaction. Paused time does
 * not count towards any deadline. Refused with
 * %CORDON_WORKSPACE_ERROR_REFUSED when the SLA is already paused or the
 * incident is closed.
 */
gboolean         cordon_workspace_pause_sla            (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        const char       *reason,
                                                        const char       *author,
                                                        GError          **error);

/**
 * cordon_workspace_resume_sla:
 * @reason: (nullable): a note, or %NULL
 *
 * Ends the pause and writes an sla-event journal entry with payload
 * `{"action":"resume"}`. Refused when the SLA is not paused.
 */
gboolean         cordon_workspace_resume_sla           (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        const char       *reason,
                                                        const char       *author,
                                                        GError          **error);

/**
 * cordon_workspace_sla_history_key:
 *
 * The key of @incident_id in cordon_workspace_load_sla_history()'s table.
 */
#define cordon_workspace_sla_history_key(incident_id) GSIZE_TO_POINTER ((gsize) (incident_id))

GHashTable      *cordon_workspace_load_sla_history     (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        GError          **error);

/**
 * CordonWorkspaceSlaNoticeFunc:
 * @incident_id: the incident's row id
 * @payload: the payload of an sla-event entry that records a warning or a
 *   breach: `{"deadline":…,"state":…,"due":…,"start":…}`
 */
typedef void (*CordonWorkspaceSlaNoticeFunc) (gint64      incident_id,
                                              const char *payload,
                                              gpointer    user_data);

gboolean         cordon_workspace_foreach_sla_notice   (CordonWorkspace             *self,
                                                        CordonWorkspaceSlaNoticeFunc func,
                                                        gpointer                     user_data,
                                                        GError                     **error);

/* Facts, questions and tasks of an incident ------------------------- */

/**
 * cordon_workspace_add_fact:
 *
 * Stores @fact for @incident; sets its id, incident id and, when unset,
 * its added time. The same pattern holds for questions and tasks.
 */
gboolean         cordon_workspace_add_fact             (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        CordonFact       *fact,
                                                        GError          **error);
gboolean         cordon_workspace_update_fact          (CordonWorkspace  *self,
                                                        CordonFact       *fact,
                                                        GError          **error);
gboolean         cordon_workspace_remove_fact          (CordonWorkspace  *self,
                                                        CordonFact       *fact,
                                                        GError          **error);
GHashTable      *cordon_workspace_find_incidents_by_fact (CordonWorkspace *self,
                                                          const char      *text,
                                                          GError         **error);
GListModel      *cordon_workspace_list_facts           (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        GError          **error);

gboolean         cordon_workspace_add_question         (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        CordonQuestion   *question,
                                                        GError          **error);
gboolean         cordon_workspace_update_question      (CordonWorkspace  *self,
                                                        CordonQuestion   *question,
                                                        GError          **error);
gboolean         cordon_workspace_remove_question      (CordonWorkspace  *self,
                                                        CordonQuestion   *question,
                                                        GError          **error);
GListModel      *cordon_workspace_list_questions       (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        GError          **error);

gboolean         cordon_workspace_add_task             (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        CordonTask       *task,
                                                        GError          **error);
gboolean         cordon_workspace_update_task          (CordonWorkspace  *self,
                                                        CordonTask       *task,
                                                        GError          **error);
gboolean         cordon_workspace_remove_task          (CordonWorkspace  *self,
                                                        CordonTask       *task,
                                                        GError          **error);
GListModel      *cordon_workspace_list_tasks           (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        GError          **error);

/* Containment: the strategy library, validations, plans, monitoring --- */

/**
 * cordon_workspace_list_strategies:
 *
 * The strategy library, in the order the strategies were stored. A new
 * workspace (and one upgraded to schema 4) starts with the default
 * library.
 *
 * Returns: (transfer full): a snapshot #GListModel of #CordonStrategy, or
 *   %NULL on error
 */
GListModel      *cordon_workspace_list_strategies      (CordonWorkspace  *self,
                                                        GError          **error);

/**
 * cordon_workspace_lookup_strategy:
 *
 * Returns: (transfer full): the strategy with @slug, or %NULL with
 *   %CORDON_WORKSPACE_ERROR_NOT_FOUND
 */
CordonStrategy  *cordon_workspace_lookup_strategy      (CordonWorkspace  *self,
                                                        const char       *slug,
                                                        GError          **error);

/**
 * cordon_workspace_create_strategy:
 *
 * Stores @strategy and sets its id. Its slug must be a valid, unused id
 * (as taxonomy ids) and it needs a name. Emits settings-changed.
 */
gboolean         cordon_workspace_create_strategy      (CordonWorkspace  *self,
                                                        CordonStrategy   *strategy,
                                                        GError          **error);
gboolean         cordon_workspace_update_strategy      (CordonWorkspace  *self,
                                                        CordonStrategy   *strategy,
                                                        GError          **error);

/**
 * cordon_workspace_remove_strategy:
 *
 * Removes the strategy and its validation records. Plan actions drawn
 * from it keep their own title, term and flag, and its slug.
 */
gboolean         cordon_workspace_remove_strategy      (CordonWorkspace  *self,
                                                        CordonStrategy   *strategy,
                                                        GError          **error);

/**
 * cordon_workspace_duplicate_strategy:
 * @slug: (nullable): the copy's slug; %NULL picks `<slug>-copy`,
 *   `<slug>-copy-2`, …
 *
 * Stores a copy of @strategy (without its validations) named
 * “<name> (copy)”.
 *
 * Returns: (transfer full): the stored copy, or %NULL on error
 */
CordonStrategy  *cordon_workspace_duplicate_strategy   (CordonWorkspace  *self,
                                                        CordonStrategy   *strategy,
                                                        const char       *slug,
                                                        GError          **error);

/**
 * cordon_workspace_add_validation:
 *
 * Stores @validation for the stored @strategy; sets its id and strategy
 * id, and its date to now when unset.
 */
gboolean         cordon_workspace_add_validation       (CordonWorkspace   *self,
                                                        CordonStrategy    *strategy,
                                                        CordonValidation  *validation,
                                                        GError           **error);

/**
 * cordon_workspace_list_validations:
 *
 * Returns: (transfer full): a #GListModel of #CordonValidation, oldest
 *   first, or %NULL on error
 */
GListModel      *cordon_workspace_list_validations     (CordonWorkspace  *self,
                                                        CordonStrategy   *strategy,
                                                        GError          **error);

/**
 * cordon_workspace_get_last_validated:
 * @out_date: (out) (transfer full) (nullable): the date of the latest
 *   validation, %NULL if @strategy was never validated
 *
 * Returns: %TRUE on success
 */
gboolean         cordon_workspace_get_last_validated   (CordonWorkspace  *self,
                                                        CordonStrategy   *strategy,
                                                        GDateTime       **out_date,
                                                        GError          **error);

/**
 * cordon_workspace_list_unvalidated_strategies:
 * @max_age: how old the latest validation may be, in microseconds
 *
 * Returns: (transfer full): a #GListModel of the #CordonStrategy never
 *   validated or last validated longer than @max_age before the clock's
 *   now, or %NULL on error
 */
GListModel      *cordon_workspace_list_unvalidated_strategies (CordonWorkspace  *self,
                                                               GTimeSpan         max_age,
                                                               GError          **error);

/**
 * cordon_workspace_add_plan_action:
 *
 * Appends @action to @incident's containment plan and sets its id,
 * incident id and position. When the action names a strategy and has no
 * title, the strategy's name, term and evidence-risk flag are copied
 * (an unknown strategy is %CORDON_WORKSPACE_ERROR_NOT_FOUND); a custom
 * action (no strategy) needs a title. A waived action needs a reason.
 */
gboolean         cordon_workspace_add_plan_action      (CordonWorkspace   *self,
                                                        CordonIncident    *incident,
                                                        CordonPlanAction  *action,
                                                        GError           **error);

/**
 * cordon_workspace_list_plan:
 *
 * Returns: (transfer full): a #GListModel of #CordonPlanAction in plan
 *   order, or %NULL on error
 */
GListModel      *cordon_workspace_list_plan            (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        GError          **error);
CordonPlanAction *cordon_workspace_lookup_plan_action  (CordonWorkspace  *self,
                                                        gint64            id,
                                                        GError          **error);

/**
 * cordon_workspace_update_plan_action:
 *
 * Writes the title, term, owner, notes and evidence-risk flag; the
 * status and its times change only with
 * cordon_workspace_set_plan_action_status().
 */
gboolean         cordon_workspace_update_plan_action   (CordonWorkspace   *self,
                                                        CordonPlanAction  *action,
                                                        GError           **error);

/**
 * cordon_workspace_move_plan_action:
 * @position: the new place, from 0; past the end means last
 *
 * Reorders the plan; the other actions keep their relative order.
 */
gboolean         cordon_workspace_move_plan_action     (CordonWorkspace   *self,
                                                        CordonPlanAction  *action,
                                                        guint              position,
                                                        GError           **error);
gboolean         cordon_workspace_remove_plan_action   (CordonWorkspace   *self,
                                                        CordonPlanAction  *action,
                                                        GError           **error);

/**
 * cordon_workspace_set_plan_action_status:
 * @reason: (nullable): why; required to waive
 *
 * Changes the status and writes a note in the incident's journal, in one
 * transaction (payload `{"containment-action": id, "from": …, "to": …,
 * "reason": …}`). Starting sets the start time (once), finishing (done,
 * failed, rolled back, waived) the finish time, back to planned clears
 * both. Setting the status the action already has is
 * %CORDON_WORKSPACE_ERROR_INVALID.
 */
gboolean         cordon_workspace_set_plan_action_status (CordonWorkspace    *self,
                                                          CordonPlanAction   *action,
                                                          CordonActionStatus  status,
                                                          const char         *reason,
                                                          const char         *author,
                                                          GError            **error);

/**
 * cordon_workspace_add_monitoring_check:
 *
 * Stores @check for @action; sets its id and action id. A pending check
 * without an end gets one: its duration from now (none when the duration
 * is 0); without a due time, it is due one interval from now, or at the
 * end if that is sooner.
 */
gboolean         cordon_workspace_add_monitoring_check (CordonWorkspace        *self,
                                                        CordonPlanAction       *action,
                                                        CordonMonitoringCheck  *check,
                                                        GError                **error);
GListModel      *cordon_workspace_list_monitoring_checks (CordonWorkspace   *self,
                                                          CordonPlanAction  *action,
                                                          GError           **error);

/**
 * cordon_workspace_list_due_monitoring_checks:
 *
 * Returns: (transfer full): the pending #CordonMonitoringCheck of open
 *   incidents due at or before @until, soonest first, or %NULL on error
 */
GListModel      *cordon_workspace_list_due_monitoring_checks (CordonWorkspace  *self,
                                                              GDateTime        *until,
                                                              GError          **error);

/**
 * cordon_workspace_get_next_monitoring_due:
 * @out_due_usec: (out): when the soonest pending check of an open
 *   incident is due (microseconds since the Unix epoch), or -1 if none is
 *
 * Returns: %TRUE on success
 */
gboolean         cordon_workspace_get_next_monitoring_due (CordonWorkspace  *self,
                                                           gint64           *out_due_usec,
                                                           GError          **error);

/**
 * cordon_workspace_remind_monitoring_check:
 * @check: a pending check due at or before @now_usec
 * @now_usec: when the reminder is given
 * @out_final: (out) (optional): set to %TRUE when this was the last
 *   reminder, the one at the end of the check's period
 *
 * Records that @check was due, in one transaction: a note in the
 * incident's journal (author "cordon", payload `{"containment-action":
 * id, "monitoring-check": id, "due": "<ISO>", "final": bool}`) and the
 * next due time, whole intervals on and past @now_usec (checks missed
 * while nothing ran are told once), or the end of the period if that
 * comes first, or none after the check at the end. A check that is not
 * due is %CORDON_WORKSPACE_ERROR_INVALID, so a reminder is never told
 * twice.
 */
gboolean         cordon_workspace_remind_monitoring_check (CordonWorkspace        *self,
                                                           CordonMonitoringCheck  *check,
                                                           gint64                  now_usec,
                                                           gboolean               *out_final,
                                                           GError                **error);

/**
 * cordon_workspace_record_monitoring_outcome:
 *
 * Records what the check saw. Pending (checked, nothing to say yet)
 * makes the next check due one interval from now, or at the end of the
 * period if that is sooner (none when the period is over); an outcome
 * ends the reminders. A recurrence writes a
 * note in the incident's journal in the same transaction (payload
 * `{"containment-action": id, "monitoring-check": id, "outcome":
 * "recurrence-seen"}`).
 */
gboolean         cordon_workspace_record_monitoring_outcome (CordonWorkspace          *self,
                                                             CordonMonitoringCheck    *check,
                                                             CordonMonitoringOutcome   outcome,
                                                             const char               *notes,
                                                             const char               *author,
                                                             GError                  **error);

/**
 * cordon_workspace_import_plan_action:
 *
 * In a bulk only: appends @action to @incident's plan as given — status,
 * times and reason included, no journal entry.
 */
gboolean         cordon_workspace_import_plan_action   (CordonWorkspace   *self,
                                                        CordonIncident    *incident,
                                                        CordonPlanAction  *action,
                                                        GError           **error);
gboolean         cordon_workspace_import_monitoring_check (CordonWorkspace        *self,
                                                           CordonPlanAction       *action,
                                                           CordonMonitoringCheck  *check,
                                                           GError                **error);

/* Recovery: the checklist, the restore decision, the review ---------- */

/**
 * cordon_workspace_get_recovery_templates:
 * @out_edited: (out) (optional): whether the workspace holds its own
 *   edited templates (else the built-in ones are returned)
 *
 * The checklist templates as a JSON document: `default` (items for every
 * incident), `categories` (items added for a category id) and
 * `backup-offered` (the severity and impact ids recovery from backup is
 * offered for). Each item has an `id`, a `stage` (`pre-recovery`,
 * `backup`, `post-recovery`), a `title` and a `description`.
 *
 * Returns: (transfer full): the document, or %NULL on error
 */
char            *cordon_workspace_get_recovery_templates (CordonWorkspace  *self,
                                                          gboolean         *out_edited,
                                                          GError          **error);

/**
 * cordon_workspace_set_recovery_templates:
 * @document: (nullable): the edited templates, or %NULL to go back to the
 *   built-in ones
 *
 * Checks and stores the templates in the workspace, so that they travel
 * with it; a bad document fails with %CORDON_WORKSPACE_ERROR_INVALID
 * naming the JSON path. Checklists already started keep their items.
 * Emits settings-changed.
 */
gboolean         cordon_workspace_set_recovery_templates (CordonWorkspace  *self,
                                                          const char       *document,
                                                          GError          **error);

/**
 * cordon_workspace_is_backup_offered:
 * @out_offered: (out): whether recovery from backup is offered
 *
 * Recovery from backup is offered for the severities and impacts the
 * templates' `backup-offered` names (by default high or critical
 * severity, or an impact of several departments or more).
 */
gboolean         cordon_workspace_is_backup_offered    (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        gboolean         *out_offered,
                                                        GError          **error);

/**
 * cordon_workspace_get_recovery:
 *
 * Returns: (transfer full): the recovery fields of @incident (fresh and
 *   empty when nothing was recorded yet), or %NULL on error
 */
CordonRecovery  *cordon_workspace_get_recovery         (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        GError          **error);

/**
 * cordon_workspace_save_recovery:
 * @author: (nullable): who changes it
 *
 * Writes the compromise time, legal considerations, forensic scope and
 * root cause of @recovery; the decision changes only with
 * cordon_workspace_set_restore_decision(). A changed compromise time is
 * a journal note in the same transaction (payload `{"compromised": ISO
 * or null}`).
 */
gboolean         cordon_workspace_save_recovery        (CordonWorkspace  *self,
                                                        CordonRecovery   *recovery,
                                                        const char       *author,
                                                        GError          **error);

/**
 * cordon_workspace_set_restore_decision:
 * @reason: why; required unless @decision is undecided
 * @restore_point: (nullable): the backup's time; required to restore
 *
 * Records the business-continuity / disaster-recovery / restore decision
 * with a decision journal entry in the same transaction (payload
 * `{"restore-decision": id, "reason": …, "restore-point": ISO}`). Refused
 * (%CORDON_WORKSPACE_ERROR_REFUSED) when recovery from backup is not
 * offered for the incident; a restore point that does not predate the
 * compromise (see cordon_checklist_check_restore_point()) or a missing
 * reason is %CORDON_WORKSPACE_ERROR_INVALID with the reason.
 */
gboolean         cordon_workspace_set_restore_decision (CordonWorkspace        *self,
                                                        CordonIncident         *incident,
                                                        CordonRestoreDecision   decision,
                                                        const char             *reason,
                                                        GDateTime              *restore_point,
                                                        const char             *author,
                                                        GError                **error);

/**
 * cordon_workspace_preview_checklist:
 *
 * The checklist cordon_workspace_start_checklist() would make for
 * @incident now, from the templates, without storing anything or taking
 * the workspace's write lock: for showing a checklist not started yet.
 * The items have no id.
 *
 * Returns: (transfer full): a #GListModel of #CordonRecoveryItem, or %NULL
 *   on error
 */
GListModel      *cordon_workspace_preview_checklist    (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        GError          **error);

/**
 * cordon_workspace_start_checklist:
 * @author: (nullable): who starts it
 *
 * Makes @incident's checklist from the templates: the default items plus
 * those of its category, in stage order, and writes a journal note, in
 * one transaction. Refused when the incident already has a checklist.
 *
 * Returns: (transfer full): a #GListModel of the new #CordonRecoveryItem,
 *   or %NULL on error
 */
GListModel      *cordon_workspace_start_checklist      (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        const char       *author,
                                                        GError          **error);

/**
 * cordon_workspace_list_recovery_items:
 *
 * Returns: (transfer full): a #GListModel of #CordonRecoveryItem in
 *   checklist order (empty before cordon_workspace_start_checklist()),
 *   or %NULL on error
 */
GListModel      *cordon_workspace_list_recovery_items  (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        GError          **error);

/**
 * cordon_workspace_lookup_recovery_item:
 * @slug: the item's id, e.g. `validate-users`
 *
 * Returns: (transfer full): the item, or %NULL with
 *   %CORDON_WORKSPACE_ERROR_NOT_FOUND naming the ids there are
 */
CordonRecoveryItem *cordon_workspace_lookup_recovery_item (CordonWorkspace  *self,
                                                           CordonIncident   *incident,
                                                           const char       *slug,
                                                           GError          **error);

/**
 * cordon_workspace_update_recovery_item:
 *
 * Writes the owner, due time, notes and evidence of completion; the
 * status changes only with cordon_workspace_set_recovery_item_status().
 */
gboolean         cordon_workspace_update_recovery_item (CordonWorkspace     *self,
                                                        CordonRecoveryItem  *item,
                                                        GError             **error);

/**
 * cordon_workspace_set_recovery_item_status:
 * @reason: (nullable): why it does not apply; required for not applicable
 *
 * Changes the status and writes a journal note in the same transaction
 * (payload `{"recovery-item": id, "from": …, "to": …, "reason": …}`).
 * Done and not applicable set the done time, open clears it. Setting the
 * status the item has, or not applicable without a reason, is
 * %CORDON_WORKSPACE_ERROR_INVALID; settling an item of the backup stage
 * when recovery from backup is not offered is refused.
 */
gboolean         cordon_workspace_set_recovery_item_status (CordonWorkspace     *self,
                                                            CordonRecoveryItem  *item,
                                                            CordonItemStatus     status,
                                                            const char          *reason,
                                                            const char          *author,
                                                            GError             **error);

/**
 * cordon_workspace_get_review:
 *
 * Returns: (transfer full): the lessons-learned review of @incident
 *   (fresh and empty when nothing was recorded yet), or %NULL on error
 */
CordonReview    *cordon_workspace_get_review           (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        GError          **error);

/**
 * cordon_workspace_save_review:
 *
 * Writes what went well and what did not.
 */
gboolean         cordon_workspace_save_review          (CordonWorkspace  *self,
                                                        CordonReview     *review,
                                                        GError          **error);

/**
 * cordon_workspace_complete_review:
 *
 * Marks the review of an incident in lessons learned complete, with a
 * decision journal entry (payload `{"review": "completed"}`), so that
 * the incident may close.
 */
gboolean         cordon_workspace_complete_review      (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        const char       *author,
                                                        GError          **error);

/**
 * cordon_workspace_skip_review:
 * @reason: why; required
 *
 * Skips the review with a reason, with a decision journal entry
 * (payload `{"review": "skipped", "reason": …}`), so that the incident
 * may close.
 */
gboolean         cordon_workspace_skip_review          (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        const char       *reason,
                                                        const char       *author,
                                                        GError          **error);

gboolean         cordon_workspace_add_follow_up        (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        CordonFollowUp   *follow_up,
                                                        GError          **error);
gboolean         cordon_workspace_update_follow_up     (CordonWorkspace  *self,
                                                        CordonFollowUp   *follow_up,
                                                        GError          **error);
gboolean         cordon_workspace_remove_follow_up     (CordonWorkspace  *self,
                                                        CordonFollowUp   *follow_up,
                                                        GError          **error);
GListModel      *cordon_workspace_list_follow_ups      (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        GError          **error);

/**
 * cordon_workspace_compute_metrics:
 * @out_metrics: (out caller-allocates): the metrics
 * @out_deadlines: (out) (optional) (transfer full) (element-type CordonSlaDeadline):
 *   the SLA deadlines they count
 *
 * Computes the time to acknowledge, contain and recover of @incident and
 * its SLA deadlines met and breached, now.
 */
gboolean         cordon_workspace_compute_metrics      (CordonWorkspace        *self,
                                                        CordonIncident         *incident,
                                                        CordonIncidentMetrics  *out_metrics,
                                                        GArray                **out_deadlines,
                                                        GError                **error);

/**
 * cordon_workspace_import_recovery:
 * @recovery: (nullable): the recovery fields, as given
 * @review: (nullable): the review, as given
 *
 * In a bulk only: stores what an export holds, without journal entries.
 * The same holds for checklist items and follow-up actions.
 */
gboolean         cordon_workspace_import_recovery      (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        CordonRecovery   *recovery,
                                                        CordonReview     *review,
                                                        GError          **error);
gboolean         cordon_workspace_import_recovery_item (CordonWorkspace     *self,
                                                        CordonIncident      *incident,
                                                        CordonRecoveryItem  *item,
                                                        GError             **error);
gboolean         cordon_workspace_import_follow_up     (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        CordonFollowUp   *follow_up,
                                                        GError          **error);

/* Evidence register and chain of custody ----------------------------- */

/**
 * cordon_workspace_add_evidence:
 * @item: the item to record: kind, description and collector required;
 *   an electronic item needs the SHA-256 of its file, a physical one has
 *   none; collected defaults to now
 * @author: (nullable): who records it
 *
 * Records @item in @incident's evidence register and writes a journal
 * entry of kind `evidence` in the same transaction, whose payload is
 * `{"evidence-item": {…}}` with the full record. Sets the item's id,
 * incident id, number, label, holder (its collector, the first custodian)
 * and journal-seq. Emits records-changed and journal-appended.
 *
 * Returns: %TRUE on success
 */
gboolean         cordon_workspace_add_evidence         (CordonWorkspace     *self,
                                                        CordonIncident      *incident,
                                                        CordonEvidenceItem  *item,
                                                        const char          *author,
                                                        GError             **error);

/**
 * cordon_workspace_list_evidence:
 *
 * Returns: (transfer full): a snapshot #GListModel of #CordonEvidenceItem
 *   in register order, each with its label and current holder, or %NULL
 *   on error
 */
GListModel      *cordon_workspace_list_evidence        (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        GError          **error);

/**
 * cordon_workspace_lookup_evidence:
 * @label: the item's label, e.g. INC-2026-0042-E3
 *
 * Returns: (transfer full): the item, or %NULL with
 *   %CORDON_WORKSPACE_ERROR_INVALID (not a label) or
 *   %CORDON_WORKSPACE_ERROR_NOT_FOUND
 */
CordonEvidenceItem *cordon_workspace_lookup_evidence   (CordonWorkspace  *self,
                                                        const char       *label,
                                                        GError          **error);

/**
 * cordon_workspace_count_evidence:
 * @out_count: (out) (optional): the number of items in @incident's register
 *
 * Returns: %TRUE on success
 */
gboolean         cordon_workspace_count_evidence       (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        guint            *out_count,
                                                        GError          **error);

/**
 * cordon_workspace_incident_has_evidence:
 *
 * Whether any evidence has been collected for @incident, for callers
 * that only need a yes or no (an error is logged and reads as no).
 *
 * Returns: %TRUE if @incident's register holds an item
 */
gboolean         cordon_workspace_incident_has_evidence (CordonWorkspace *self,
                                                         CordonIncident  *incident);

/**
 * cordon_workspace_transfer_custody:
 * @item: a stored item
 * @transfer: the hand-over: to and purpose required; from empty (the
 *   current holder) or the current holder; time defaults to now and may
 *   not precede the collection or the previous transfer
 *
 * Appends @transfer to @item's chain of custody and writes a journal
 * entry of kind `custody` in the same transaction, payload
 * `{"custody-transfer": {…}}`. Sets the transfer's id, item id, number,
 * from and journal-seq, and @item's holder.
 *
 * Returns: %TRUE on success
 */
gboolean         cordon_workspace_transfer_custody     (CordonWorkspace        *self,
                                                        CordonEvidenceItem     *item,
                                                        CordonCustodyTransfer  *transfer,
                                                        GError                **error);

/**
 * cordon_workspace_list_custody:
 *
 * Returns: (transfer full): a #GListModel of #CordonCustodyTransfer, in
 *   order, or %NULL on error
 */
GListModel      *cordon_workspace_list_custody         (CordonWorkspace     *self,
                                                        CordonEvidenceItem  *item,
                                                        GError             **error);

/**
 * cordon_workspace_record_evidence_check:
 * @item: a stored electronic item
 * @sha256: the hash of its file computed now
 * @checked_by: (nullable): who checked
 *
 * Compares @sha256 with the hash recorded at collection and records the
 * result, with a journal entry of kind `evidence` (payload
 * `{"evidence-check": {…}}`) in the same transaction. A mismatch is
 * recorded too: it is a result, not an error.
 *
 * Returns: (transfer full): the recorded check, or %NULL on error
 */
CordonEvidenceCheck *cordon_workspace_record_evidence_check (CordonWorkspace     *self,
                                                             CordonEvidenceItem  *item,
                                                             const char          *sha256,
                                                             const char          *checked_by,
                                                             GError             **error);

/**
 * cordon_workspace_list_evidence_checks:
 *
 * Returns: (transfer full): a #GListModel of #CordonEvidenceCheck, oldest
 *   first, or %NULL on error
 */
GListModel      *cordon_workspace_list_evidence_checks (CordonWorkspace     *self,
                                                        CordonEvidenceItem  *item,
                                                        GError             **error);

/**
 * cordon_workspace_import_evidence:
 * @incident: the object given to cordon_workspace_import_incident(), its
 *   journal already imported
 * @item: number, collection time and journal-seq set
 *
 * In a bulk only: stores @item as given, after checking that the journal
 * entry journal-seq records exactly this item (else
 * %CORDON_WORKSPACE_ERROR_INTEGRITY). Then add its transfers and checks.
 */
gboolean         cordon_workspace_import_evidence      (CordonWorkspace     *self,
                                                        CordonIncident      *incident,
                                                        CordonEvidenceItem  *item,
                                                        GError             **error);
gboolean         cordon_workspace_import_custody_transfer (CordonWorkspace        *self,
                                                           CordonIncident         *incident,
                                                           CordonEvidenceItem     *item,
                                                           CordonCustodyTransfer  *transfer,
                                                           GError                **error);
gboolean         cordon_workspace_import_evidence_check (CordonWorkspace      *self,
                                                         CordonIncident       *incident,
                                                         CordonEvidenceItem   *item,
                                                         CordonEvidenceCheck  *check,
                                                         GError              **error);

/* Metrics ----------------------------------------------------------- */

/**
 * cordon_workspace_compute_period_metrics:
 * @from_usec: the start of the period (incidents detected at or after
 *   it), or -1 for no start
 * @to_usec: its end (detected before it), or -1 for no end
 *
 * The figures of the incidents detected in the period: times to
 * acknowledge, contain and recover (median and 90th percentile), SLA
 * deadlines met and breached by severity (as of now), and counts by
 * category, severity and phase. Exercise incidents are left out.
 *
 * Returns: (transfer full): the finished figures, or %NULL on error
 */
CordonMetrics   *cordon_workspace_compute_period_metrics (CordonWorkspace  *self,
                                                          gint64            from_usec,
                                                          gint64            to_usec,
                                                          GError          **error);

/* Tabletop exercises ------------------------------------------------- */

/**
 * cordon_workspace_get_exercise_value:
 * @key: the name of the value, e.g. `scenario`
 *
 * An exercise workspace keeps its scenario (`scenario`, the JSON), its
 * state and the facilitator's notes as key/value pairs (see
 * #CordonExercise).
 *
 * Returns: (transfer full) (nullable): the value, or %NULL when it is
 *   unset (without an error) or on error
 */
char            *cordon_workspace_get_exercise_value   (CordonWorkspace  *self,
                                                        const char       *key,
                                                        GError          **error);

/**
 * cordon_workspace_set_exercise_value:
 *
 * Stores @value under @key, in one transaction.
 */
gboolean         cordon_workspace_set_exercise_value   (CordonWorkspace  *self,
                                                        const char       *key,
                                                        const char       *value,
                                                        GError          **error);

/**
 * cordon_workspace_is_exercise:
 *
 * Returns: whether @self is the workspace of an exercise (it holds a
 *   scenario); a real workspace never does
 */
gboolean         cordon_workspace_is_exercise          (CordonWorkspace  *self);

/**
 * cordon_workspace_store_exercise_inject:
 *
 * Adds @inject to the exercise's queue at its position or, when that
 * position is taken, writes its status and delivery offset.
 */
gboolean         cordon_workspace_store_exercise_inject (CordonWorkspace       *self,
                                                         CordonExerciseInject  *inject,
                                                         GError               **error);

/**
 * cordon_workspace_list_exercise_injects:
 *
 * Returns: (transfer full): a #GListModel of #CordonExerciseInject in
 *   queue order, or %NULL on error
 */
GListModel      *cordon_workspace_list_exercise_injects (CordonWorkspace  *self,
                                                         GError          **error);

/**
 * CordonJournalFieldsFunc:
 *
 * Returns: %FALSE with @error set to stop
 */
typedef gboolean (*CordonJournalFieldsFunc) (const CordonJournalFields  *fields,
                                             gpointer                    user_data,
                                             GError                    **error);

/**
 * cordon_workspace_foreach_journal_fields:
 * @func: called for each entry of @incident's journal, in order, with
 *   its values borrowed for the call
 *
 * @incident's journal as cordon_workspace_list_journal() reads it, with
 * the same refusal of a damaged row, but as plain values rather than
 * objects: for exporting large journals.
 *
 * Returns: %FALSE with @error set on damage, a storage error or what
 *   @func set
 */
gboolean         cordon_workspace_foreach_journal_fields (CordonWorkspace          *self,
                                                          CordonIncident           *incident,
                                                          CordonJournalFieldsFunc   func,
                                                          gpointer                  user_data,
                                                          GError                  **error);

/**
 * cordon_workspace_list_incidents_with_records:
 *
 * Which incidents have any record besides their journal: a fact, a
 * question, a task, a containment action, a recovery, a review, a
 * recovery item, a follow-up or an evidence item. Read in a snapshot
 * (cordon_workspace_begin_read()), it lets a reader of every incident
 * skip asking about each of those for the others.
 *
 * Returns: (transfer full) (element-type gint64): the incidents' row ids,
 *   ascending, or %NULL with @error set
 */
GArray          *cordon_workspace_list_incidents_with_records (CordonWorkspace  *self,
                                                               GError          **error);

/* One snapshot ------------------------------------------------------ */

/**
 * cordon_workspace_begin_read:
 *
 * Starts one read transaction that every following read joins until
 * cordon_workspace_end_read(): an exporter sees the workspace as it was
 * at one moment, and pays for taking the file's read lock once rather
 * than at every query. Writers carry on meanwhile (the file is in WAL
 * mode); nothing may be written through @self until the read ends.
 */
gboolean         cordon_workspace_begin_read           (CordonWorkspace  *self,
                                                        GError          **error);
void             cordon_workspace_end_read             (CordonWorkspace  *self);

/* Bulk import ------------------------------------------------------- */

/**
 * cordon_workspace_begin_bulk:
 *
 * Starts one transaction that every following write joins until
 * cordon_workspace_commit_bulk() or cordon_workspace_rollback_bulk(): an
 * importer calls the usual functions (create groups, remove default
 * taxonomy entries, add facts, …) plus cordon_workspace_import_incident()
 * and cordon_workspace_import_journal_entry(), and the whole import lands
 * or nothing does. Each call still fails atomically on its own (a
 * savepoint), so the importer can report the first error and roll back.
 * No signals are emitted during a bulk; committing or rolling back
 * reloads the incidents model and emits #CordonWorkspace::reloaded.
 */
gboolean         cordon_workspace_begin_bulk           (CordonWorkspace  *self,
                                                        GError          **error);

gboolean         cordon_workspace_commit_bulk          (CordonWorkspace  *self,
                                                        GError          **error);

void             cordon_workspace_rollback_bulk        (CordonWorkspace  *self);

/**
 * cordon_workspace_in_bulk:
 *
 * Returns: whether a bulk is running
 */
gboolean         cordon_workspace_in_bulk              (CordonWorkspace  *self);

/* Where imported incidents came from (cordon-workspace-sources.c) */
gboolean         cordon_workspace_find_import_source   (CordonWorkspace  *self,
                                                        const char       *format,
                                                        const char       *source_id,
                                                        gint64           *out_incident_id,
                                                        GError          **error);
gboolean         cordon_workspace_add_import_source    (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        const char       *format,
                                                        const char       *source_id,
                                                        GError          **error);
GHashTable      *cordon_workspace_list_history_ids     (CordonWorkspace  *self,
                                                        GError          **error);
gboolean         cordon_workspace_is_history           (CordonWorkspace  *self,
                                                        gint64            incident_id);

/* Case templates (cordon-workspace-sources.c) */
gboolean         cordon_workspace_save_case_template   (CordonWorkspace     *self,
                                                        CordonCaseTemplate  *template,
                                                        GError             **error);
GListModel      *cordon_workspace_list_case_templates  (CordonWorkspace     *self,
                                                        GError             **error);
CordonCaseTemplate *
                 cordon_workspace_lookup_case_template (CordonWorkspace     *self,
                                                        const char          *name,
                                                        GError             **error);
CordonIncident  *cordon_workspace_open_from_template   (CordonWorkspace     *self,
                                                        CordonIncident      *draft,
                                                        CordonCaseTemplate  *template,
                                                        const char          *author,
                                                        GError             **error);

/**
 * cordon_workspace_import_incident:
 * @incident: a complete incident with its own key (INC-YYYY-NNNN), phase,
 *   times, and journal-count 0
 *
 * In a bulk only: stores @incident as given, without journal entries, and
 * sets its id. A key already in use fails with
 * %CORDON_WORKSPACE_ERROR_INVALID naming it; the per-year key sequence is
 * raised past the key. Created and updated default to now when unset.
 * Then add its journal with cordon_workspace_import_journal_entry(), in
 * order, passing this same @incident object.
 */
gboolean         cordon_workspace_import_incident      (CordonWorkspace  *self,
                                                        CordonIncident   *incident,
                                                        GError          **error);

/**
 * cordon_workspace_import_journal_entry:
 * @incident: the object given to cordon_workspace_import_incident()
 * @entry: the next entry: time set; seq 0 or the next number; payload
 *   %NULL or a JSON object; prev-hash and hash %NULL or as exported
 *
 * In a bulk only: appends @entry to @incident's chain, keeping its time,
 * author and kind. The hashes are recomputed; when @entry carries hashes
 * that differ, the import fails with %CORDON_WORKSPACE_ERROR_INTEGRITY
 * naming the entry, so a tampered export is not accepted. Sets the
 * entry's id, incident id, seq and hashes, and @incident's journal-count
 * and journal-head.
 */
gboolean         cordon_workspace_import_journal_entry (CordonWorkspace    *self,
                                                        CordonIncident     *incident,
                                                        CordonJournalEntry *entry,
                                                        GError            **error);

G_END_DECLS
