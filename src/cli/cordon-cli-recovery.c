/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-cli-recovery.c: `cordon checklist`, an incident's recovery
 * checklist with its restore decision and recovery fields, and `cordon
 * review`, its lessons-learned review with the incident's metrics.
 */

#define G_LOG_DOMAIN "cordon-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "cordon-checklist.h"
#include "cordon-cli-private.h"
#include "cordon-json-object.h"
#include "cordon-sla.h"
#include "cordon-time.h"

static char *
time_text (GDateTime *time)
{
  if (time == NULL)
    return g_strdup ("-");

  return cordon_time_to_iso8601_compact (cordon_time_from_date_time (time));
}

/* Reads an ISO 8601 option; a bad one is a usage error naming the option */
static gboolean
parse_time_option (const char  *command,
                   const char  *option,
                   const char  *text,
                   GDateTime  **out_time,
                   int         *exit_code)
{
  gint64 usec;

  if (text == NULL)
    return TRUE;

  if (!cordon_time_parse_iso8601 (text, &usec))
    {
      g_printerr (_("cordon %s: %s “%s” is not an ISO 8601 date and time, e.g. 2026-03-01T09:30:00Z\n"),
                  command, option, text);
      *exit_code = CORDON_EXIT_USAGE;
      return FALSE;
    }

  *out_time = cordon_time_to_date_time (usec);

  return TRUE;
}

static void
print_checklist (CordonIncident *incident,
                 CordonRecovery *recovery,
                 GListModel     *items,
                 gboolean        offered,
                 gboolean        json)
{
  g_autoptr(GString) out = g_string_new (NULL);
  CordonChecklistProgress overall = cordon_checklist_get_progress (items, -1, offered);
  gboolean assumed = FALSE;
  gint64 compromise = cordon_checklist_get_compromise_time (incident, recovery, &assumed);
  guint n = g_list_model_get_n_items (items);

  if (json)
    {
      g_string_append (out, "{\"incident\": ");
      cordon_json_append_string (out, cordon_incident_get_key (incident));
      cordon_cli_json_time (out, "compromised", cordon_recovery_get_compromised (recovery));
      cordon_cli_json_member (out, "legal", cordon_recovery_get_legal (recovery));
      cordon_cli_json_member (out, "forensic-scope", cordon_recovery_get_forensic_scope (recovery));
      cordon_cli_json_member (out, "root-cause", cordon_recovery_get_root_cause (recovery));
      g_string_append_printf (out, ", \"backup-offered\": %s", offered ? "true" : "false");
      cordon_cli_json_member (out, "decision", cordon_restore_decision_to_id (cordon_recovery_get_decision (recovery)));
      cordon_cli_json_member (out, "decision-reason", cordon_recovery_get_decision_reason (recovery));
      cordon_cli_json_time (out, "restore-point", cordon_recovery_get_restore_point (recovery));
      g_string_append (out, ", \"progress\": {");
      for (guint stage = 0; stage <= CORDON_RECOVERY_STAGE_POST_RECOVERY; stage++)
        {
          CordonChecklistProgress progress = cordon_checklist_get_progress (items, stage, offered);

          g_string_append_printf (out, "\"%s\": [%u, %u], ", cordon_recovery_stage_to_id (stage),
                                  progress.settled, progress.total);
        }
      g_string_append_printf (out, "\"overall\": [%u, %u]}, \"items\": [", overall.settled, overall.total);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CordonRecoveryItem) item = g_list_model_get_item (items, i);

          g_string_append (out, i == 0 ? "\n  {\"id\": " : ",\n  {\"id\": ");
          cordon_json_append_string (out, cordon_recovery_item_get_slug (item));
          cordon_cli_json_member (out, "stage", cordon_recovery_stage_to_id (cordon_recovery_item_get_stage (item)));
          cordon_cli_json_member (out, "title", cordon_recovery_item_get_title (item));
          cordon_cli_json_member (out, "owner", cordon_recovery_item_get_owner (item));
          cordon_cli_json_time (out, "due", cordon_recovery_item_get_due (item));
          cordon_cli_json_member (out, "status", cordon_item_status_to_id (cordon_recovery_item_get_status (item)));
          cordon_cli_json_time (out, "done", cordon_recovery_item_get_done (item));
          cordon_cli_json_member (out, "reason", cordon_recovery_item_get_reason (item));
          cordon_cli_json_member (out, "notes", cordon_recovery_item_get_notes (item));
          cordon_cli_json_member (out, "evidence", cordon_recovery_item_get_evidence (item));
          g_string_append_c (out, '}');
        }
      g_string_append (out, n > 0 ? "\n]}\n" : "]}\n");
    }
  else
    {
      g_autofree char *compromised = compromise != 0 ? cordon_time_to_iso8601_compact (compromise) : g_strdup ("-");
      g_autofree char *restore_point = time_text (cordon_recovery_get_restore_point (recovery));

      g_string_append_printf (out, _("%s recovery: %u of %u items settled\n"),
                              cordon_incident_get_key (incident), overall.settled, overall.total);
      g_string_append_printf (out, _("Compromised: %s%s\n"), compromised,
                              assumed && compromise != 0 ? _(" (not set: the earliest of detected and reported)") : "");
      if (offered)
        g_string_append_printf (out, _("Restore decision: %s; restore point %s\n"),
                                cordon_restore_decision_to_label (cordon_recovery_get_decision (recovery)),
                                restore_point);
      else
        g_string_append (out, _("Recovery from backup is not offered: neither high severity nor high impact\n"));

      for (guint stage = 0; stage <= CORDON_RECOVERY_STAGE_POST_RECOVERY; stage++)
        {
          CordonChecklistProgress progress = cordon_checklist_get_progress (items, stage, TRUE);

          g_string_append_printf (out, "\n%s (%u/%u)%s\n", cordon_recovery_stage_to_label (stage),
                                  progress.settled, progress.total,
                                  stage == CORDON_RECOVERY_STAGE_BACKUP && !offered ? _(", not offered") : "");

          for (guint i = 0; i < n; i++)
            {
              g_autoptr(CordonRecoveryItem) item = g_list_model_get_item (items, i);
              CordonItemStatus status = cordon_recovery_item_get_status (item);

              if ((guint) cordon_recovery_item_get_stage (item) != stage)
                continue;

              g_string_append_printf (out, "  [%s] %-24s %s",
                                      status == CORDON_ITEM_STATUS_DONE ? "x"
                                        : status == CORDON_ITEM_STATUS_NOT_APPLICABLE ? "-" : " ",
                                      cordon_recovery_item_get_slug (item),
                                      cordon_recovery_item_get_title (item));
              if (status == CORDON_ITEM_STATUS_NOT_APPLICABLE)
                g_string_append_printf (out, _(" (not applicable: %s)"), cordon_recovery_item_get_reason (item));
              g_string_append_c (out, '\n');
            }
        }

      if (cordon_recovery_get_root_cause (recovery)[0] != '\0')
        g_string_append_printf (out, _("\nRoot cause: %s\n"), cordon_recovery_get_root_cause (recovery));
    }

  cordon_cli_write (out, json);
}

int
cordon_cli_checklist (CordonCliContext  *ctx,
                      int                argc,
                      char             **argv)
{
  g_autofree char *done = NULL;
  g_autofree char *not_applicable = NULL;
  g_autofree char *reopen = NULL;
  g_autofree char *decision_id = NULL;
  g_autofree char *restore_point_text = NULL;
  g_autofree char *compromised_text = NULL;
  g_autofree char *root_cause = NULL;
  g_autofree char *legal = NULL;
  g_autofree char *scope = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *author = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "done", 0, 0, G_OPTION_ARG_STRING, &done, N_("Mark an item done"), N_("ITEM-ID") },
    { "not-applicable", 0, 0, G_OPTION_ARG_STRING, &not_applicable, N_("Mark an item not applicable (with --reason)"), N_("ITEM-ID") },
    { "reopen", 0, 0, G_OPTION_ARG_STRING, &reopen, N_("Open an item again"), N_("ITEM-ID") },
    { "decision", 0, 0, G_OPTION_ARG_STRING, &decision_id,
      N_("Record the restore decision (with --reason): none, business-continuity, disaster-recovery, restore or undecided"), N_("D") },
    { "restore-point", 0, 0, G_OPTION_ARG_STRING, &restore_point_text,
      N_("The backup to restore from; must predate the compromise (with --reason)"), N_("ISO-TIME") },
    { "compromised", 0, 0, G_OPTION_ARG_STRING, &compromised_text, N_("When the attack started (“none” to clear it)"), N_("ISO-TIME") },
    { "root-cause", 0, 0, G_OPTION_ARG_STRING, &root_cause, N_("Record the root cause"), N_("TEXT") },
    { "legal", 0, 0, G_OPTION_ARG_STRING, &legal, N_("Record the legal considerations"), N_("TEXT") },
    { "forensic-scope", 0, 0, G_OPTION_ARG_STRING, &scope, N_("Record the scope of the forensic analysis"), N_("TEXT") },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why (for --not-applicable and the restore decision)"), N_("R") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, N_("Who makes the change (default: the user’s name)"), N_("NAME") },
    { NULL }
  };
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(CordonRecovery) recovery = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GDateTime) restore_point = NULL;
  g_autoptr(GDateTime) compromised = NULL;
  g_autoptr(GError) error = NULL;
  CordonRestoreDecision decision = CORDON_RESTORE_DECISION_RESTORE;
  int exit_code = CORDON_EXIT_OK;
  gboolean offered = FALSE;
  guint n_status;
  gboolean fields;

  if (!cordon_cli_parse_options ("checklist", entries, &argc, &argv, 1, 1, &exit_code))
    return exit_code;

  n_status = (done != NULL) + (not_applicable != NULL) + (reopen != NULL);
  fields = compromised_text != NULL || root_cause != NULL || legal != NULL || scope != NULL;
  if (n_status > 1)
    {
      g_printerr (_("cordon checklist: use one of --done, --not-applicable and --reopen at a time\n"));
      return CORDON_EXIT_USAGE;
    }
  if (decision_id != NULL && !cordon_restore_decision_from_id (decision_id, &decision))
    {
      g_printerr (_("cordon checklist: --decision “%s” is unknown; use none, business-continuity, "
                    "disaster-recovery, restore or undecided\n"), decision_id);
      return CORDON_EXIT_USAGE;
    }
  if (!parse_time_option ("checklist", "--restore-point", restore_point_text, &restore_point, &exit_code) ||
      (compromised_text != NULL && g_strcmp0 (compromised_text, "none") != 0 &&
       !parse_time_option ("checklist", "--compromised", compromised_text, &compromised, &exit_code)))
    return exit_code;

  workspace = cordon_cli_open_workspace (ctx, n_status > 0 || fields || decision_id != NULL || restore_point != NULL
                                              ? CORDON_CLI_OPEN_WRITE : CORDON_CLI_OPEN_READ, &exit_code);
  if (workspace == NULL)
    return exit_code;

  if (!(incident = cordon_workspace_lookup_incident (workspace, argv[1], &error)))
    return cordon_cli_report_error ("checklist", error);

  if (author == NULL)
    author = g_strdup (cordon_cli_default_author ());

  if (!(items = cordon_workspace_list_recovery_items (workspace, incident, &error)))
    return cordon_cli_report_error ("checklist", error);

  /* The first change to an incident's checklist makes it from the
   * templates. A look before that only shows what it would be, computed
   * from the templates: a command that shows writes nothing to the
   * workspace, takes no write lock and adds no journal entry. */
  if (g_list_model_get_n_items (items) == 0)
    {
      gboolean changes = n_status > 0 || fields || decision_id != NULL || restore_point != NULL;

      g_clear_object (&items);
      if (changes)
        items = cordon_workspace_start_checklist (workspace, incident, author, &error);
      else
        items = cordon_workspace_preview_checklist (workspace, incident, &error);
      if (items == NULL)
        return cordon_cli_report_error ("checklist", error);

      if (changes)
        g_printerr (_("Started the recovery checklist of %s from the templates.\n"),
                    cordon_incident_get_key (incident));
      else
        g_printerr (_("The recovery checklist of %s is not started yet: it is made from the templates, "
                      "as shown, at the first change.\n"), cordon_incident_get_key (incident));
    }

  if (!(recovery = cordon_workspace_get_recovery (workspace, incident, &error)))
    return cordon_cli_report_error ("checklist", error);

  if (fields)
    {
      if (compromised_text != NULL)
        cordon_recovery_set_compromised (recovery, compromised);
      if (root_cause != NULL)
        cordon_recovery_set_root_cause (recovery, root_cause);
      if (legal != NULL)
        cordon_recovery_set_legal (recovery, legal);
      if (scope != NULL)
        cordon_recovery_set_forensic_scope (recovery, scope);

      if (!cordon_workspace_save_recovery (workspace, recovery, author, &error))
        return cordon_cli_report_error ("checklist", error);
    }

  if (decision_id != NULL || restore_point != NULL)
    {
      if (!cordon_workspace_set_restore_decision (workspace, incident, decision, reason,
                                                  restore_point, author, &error))
        return cordon_cli_report_error ("checklist", error);
    }

  if (n_status > 0)
    {
      const char *slug = done != NULL ? done : not_applicable != NULL ? not_applicable : reopen;
      CordonItemStatus status = done != NULL ? CORDON_ITEM_STATUS_DONE
                                : not_applicable != NULL ? CORDON_ITEM_STATUS_NOT_APPLICABLE
                                : CORDON_ITEM_STATUS_OPEN;
      g_autoptr(CordonRecoveryItem) item = cordon_workspace_lookup_recovery_item (workspace, incident, slug, &error);

      if (item == NULL ||
          !cordon_workspace_set_recovery_item_status (workspace, item, status, reason, author, &error))
        return cordon_cli_report_error ("checklist", error);
    }
  else if (reason != NULL && decision_id == NULL && restore_point == NULL)
    {
      g_printerr (_("cordon checklist: --reason goes with --not-applicable, --decision or --restore-point\n"));
      return CORDON_EXIT_USAGE;
    }

  if (n_status > 0 || fields || decision_id != NULL || restore_point != NULL)
    {
      if (!json)
        return CORDON_EXIT_OK;

      g_clear_object (&items);
      g_clear_object (&recovery);
      if (!(items = cordon_workspace_list_recovery_items (workspace, incident, &error)) ||
          !(recovery = cordon_workspace_get_recovery (workspace, incident, &error)))
        return cordon_cli_report_error ("checklist", error);
    }

  if (!cordon_workspace_is_backup_offered (workspace, incident, &offered, &error))
    return cordon_cli_report_error ("checklist", error);

  print_checklist (incident, recovery, items, offered, json);

  return CORDON_EXIT_OK;
}

/* The review's timeline: the incident's journal, one line an entry */
static void
append_timeline (GString    *out,
                 GListModel *journal,
                 gboolean    json)
{
  guint n = g_list_model_get_n_items (journal);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonJournalEntry) entry = g_list_model_get_item (journal, i);
      g_autofree char *when = time_text (cordon_journal_entry_get_time (entry));

      if (json)
        {
          g_string_append (out, i == 0 ? "\n  {\"time\": " : ",\n  {\"time\": ");
          cordon_json_append_string (out, when);
          cordon_cli_json_member (out, "kind", cordon_journal_kind_to_id (cordon_journal_entry_get_kind (entry)));
          cordon_cli_json_member (out, "author", cordon_journal_entry_get_author (entry));
          cordon_cli_json_member (out, "text", cordon_journal_entry_get_text (entry));
          g_string_append_c (out, '}');
        }
      else
        g_string_append_printf (out, "  %s  %-21s %s\n", when,
                                cordon_journal_kind_to_id (cordon_journal_entry_get_kind (entry)),
                                cordon_journal_entry_get_text (entry));
    }
}

static void
print_review (CordonIncident              *incident,
              CordonReview                *review,
              GListModel                  *follow_ups,
              GListModel                  *journal,
              const CordonIncidentMetrics *metrics,
              gboolean                     json)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autofree char *acknowledge = cordon_checklist_format_elapsed (metrics->acknowledge_usec);
  g_autofree char *contain = cordon_checklist_format_elapsed (metrics->contain_usec);
  g_autofree char *recover = cordon_checklist_format_elapsed (metrics->recover_usec);
  const char *state;
  guint n = g_list_model_get_n_items (follow_ups);

  if (cordon_review_get_completed (review) != NULL)
    state = "completed";
  else if (cordon_review_get_skip_reason (review)[0] != '\0')
    state = "skipped";
  else
    state = "open";

  if (json)
    {
      g_string_append (out, "{\"incident\": ");
      cordon_json_append_string (out, cordon_incident_get_key (incident));
      cordon_cli_json_member (out, "phase", cordon_phase_to_id (cordon_incident_get_phase (incident)));
      cordon_cli_json_member (out, "state", state);
      cordon_cli_json_time (out, "completed", cordon_review_get_completed (review));
      cordon_cli_json_member (out, "skip-reason", cordon_review_get_skip_reason (review));
      cordon_cli_json_member (out, "went-well", cordon_review_get_went_well (review));
      cordon_cli_json_member (out, "went-badly", cordon_review_get_went_badly (review));
      g_string_append (out, ", \"metrics\": {");
#define APPEND_USEC(name, value) \
      if ((value) < 0) g_string_append (out, "\"" name "\": null, "); \
      else g_string_append_printf (out, "\"" name "\": %" G_GINT64_FORMAT ", ", (value) / G_USEC_PER_SEC)
      APPEND_USEC ("acknowledge-seconds", metrics->acknowledge_usec);
      APPEND_USEC ("contain-seconds", metrics->contain_usec);
      APPEND_USEC ("recover-seconds", metrics->recover_usec);
#undef APPEND_USEC
      g_string_append_printf (out, "\"sla-met\": %u, \"sla-breached\": %u, \"sla-running\": %u}",
                              metrics->n_met, metrics->n_breached, metrics->n_running);
      g_string_append (out, ", \"follow-ups\": [");
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CordonFollowUp) follow_up = g_list_model_get_item (follow_ups, i);

          g_string_append_printf (out, "%s{\"id\": %" G_GINT64_FORMAT, i == 0 ? "\n  " : ",\n  ",
                                  cordon_follow_up_get_id (follow_up));
          cordon_cli_json_member (out, "text", cordon_follow_up_get_text (follow_up));
          cordon_cli_json_member (out, "owner", cordon_follow_up_get_owner (follow_up));
          cordon_cli_json_time (out, "due", cordon_follow_up_get_due (follow_up));
          cordon_cli_json_time (out, "done", cordon_follow_up_get_done (follow_up));
          g_string_append_c (out, '}');
        }
      g_string_append (out, n > 0 ? "\n], \"timeline\": [" : "], \"timeline\": [");
      append_timeline (out, journal, TRUE);
      g_string_append (out, g_list_model_get_n_items (journal) > 0 ? "\n]}\n" : "]}\n");
    }
  else
    {
      g_string_append_printf (out, _("%s lessons-learned review: %s\n"), cordon_incident_get_key (incident), state);
      if (g_str_equal (state, "skipped"))
        g_string_append_printf (out, _("Skipped because: %s\n"), cordon_review_get_skip_reason (review));
      g_string_append_printf (out, _("\nTime to acknowledge: %s\nTime to contain: %s\nTime to recover: %s\n"
                                     "SLA deadlines: %u met, %u breached, %u running\n"),
                              acknowledge, contain, recover,
                              metrics->n_met, metrics->n_breached, metrics->n_running);
      g_string_append_printf (out, _("\nWhat went well:\n  %s\n"),
                              cordon_review_get_went_well (review)[0] != '\0' ? cordon_review_get_went_well (review) : "-");
      g_string_append_printf (out, _("What did not go well:\n  %s\n"),
                              cordon_review_get_went_badly (review)[0] != '\0' ? cordon_review_get_went_badly (review) : "-");
      g_string_append (out, _("\nFollow-up actions:\n"));
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(CordonFollowUp) follow_up = g_list_model_get_item (follow_ups, i);
          g_autofree char *due = time_text (cordon_follow_up_get_due (follow_up));

          g_string_append_printf (out, "  %-4" G_GINT64_FORMAT " [%s] %s (%s, %s)\n",
                                  cordon_follow_up_get_id (follow_up),
                                  cordon_follow_up_get_done (follow_up) != NULL ? "x" : " ",
                                  cordon_follow_up_get_text (follow_up),
                                  cordon_follow_up_get_owner (follow_up)[0] != '\0'
                                    ? cordon_follow_up_get_owner (follow_up) : _("no owner"),
                                  due);
        }
      if (n == 0)
        g_string_append (out, _("  none\n"));
      g_string_append (out, _("\nTimeline:\n"));
      append_timeline (out, journal, FALSE);
    }

  cordon_cli_write (out, json);
}

int
cordon_cli_review (CordonCliContext  *ctx,
                   int                argc,
                   char             **argv)
{
  g_autofree char *went_well = NULL;
  g_autofree char *went_badly = NULL;
  g_autofree char *follow_up_text = NULL;
  g_autofree char *owner = NULL;
  g_autofree char *due_text = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *author = NULL;
  gint64 follow_up_done = 0;
  gboolean complete = FALSE;
  gboolean skip = FALSE;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { "went-well", 0, 0, G_OPTION_ARG_STRING, &went_well, N_("Record what went well"), N_("TEXT") },
    { "went-badly", 0, 0, G_OPTION_ARG_STRING, &went_badly, N_("Record what did not go well"), N_("TEXT") },
    { "follow-up", 0, 0, G_OPTION_ARG_STRING, &follow_up_text, N_("Add a follow-up action (with --owner, --due)"), N_("TEXT") },
    { "owner", 0, 0, G_OPTION_ARG_STRING, &owner, N_("Who owns the follow-up action"), N_("NAME") },
    { "due", 0, 0, G_OPTION_ARG_STRING, &due_text, N_("When the follow-up action is due"), N_("ISO-TIME") },
    { "follow-up-done", 0, 0, G_OPTION_ARG_INT64, &follow_up_done, N_("Mark a follow-up action done"), N_("ID") },
    { "complete", 0, 0, G_OPTION_ARG_NONE, &complete, N_("Mark the review complete"), NULL },
    { "skip", 0, 0, G_OPTION_ARG_NONE, &skip, N_("Skip the review (with --reason)"), NULL },
    { "reason", 0, 0, G_OPTION_ARG_STRING, &reason, N_("Why the review is skipped"), N_("R") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, N_("Who makes the change (default: the user’s name)"), N_("NAME") },
    { NULL }
  };
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(CordonReview) review = NULL;
  g_autoptr(GListModel) follow_ups = NULL;
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GError) error = NULL;
  CordonIncidentMetrics metrics;
  int exit_code = CORDON_EXIT_OK;
  gboolean edits;

  if (!cordon_cli_parse_options ("review", entries, &argc, &argv, 1, 1, &exit_code))
    return exit_code;

  if (complete && skip)
    {
      g_printerr (_("cordon review: use --complete or --skip, not both\n"));
      return CORDON_EXIT_USAGE;
    }
  if (reason != NULL && !skip)
    {
      g_printerr (_("cordon review: --reason goes with --skip\n"));
      return CORDON_EXIT_USAGE;
    }
  if ((owner != NULL || due_text != NULL) && follow_up_text == NULL)
    {
      g_printerr (_("cordon review: --owner and --due go with --follow-up\n"));
      return CORDON_EXIT_USAGE;
    }
  if (!parse_time_option ("review", "--due", due_text, &due, &exit_code))
    return exit_code;

  edits = went_well != NULL || went_badly != NULL || follow_up_text != NULL ||
          follow_up_done != 0 || complete || skip;

  workspace = cordon_cli_open_workspace (ctx, edits ? CORDON_CLI_OPEN_WRITE : CORDON_CLI_OPEN_READ, &exit_code);
  if (workspace == NULL)
    return exit_code;

  if (!(incident = cordon_workspace_lookup_incident (workspace, argv[1], &error)))
    return cordon_cli_report_error ("review", error);

  if (author == NULL)
    author = g_strdup (cordon_cli_default_author ());

  if (!(review = cordon_workspace_get_review (workspace, incident, &error)))
    return cordon_cli_report_error ("review", error);

  if (went_well != NULL || went_badly != NULL)
    {
      if (went_well != NULL)
        cordon_review_set_went_well (review, went_well);
      if (went_badly != NULL)
        cordon_review_set_went_badly (review, went_badly);
      if (!cordon_workspace_save_review (workspace, review, &error))
        return cordon_cli_report_error ("review", error);
    }

  if (follow_up_text != NULL)
    {
      g_autoptr(CordonFollowUp) follow_up = cordon_follow_up_new ();

      cordon_follow_up_set_text (follow_up, follow_up_text);
      cordon_follow_up_set_owner (follow_up, owner);
      cordon_follow_up_set_due (follow_up, due);
      if (!cordon_workspace_add_follow_up (workspace, incident, follow_up, &error))
        return cordon_cli_report_error ("review", error);
      if (!json)
        g_print ("%" G_GINT64_FORMAT "\n", cordon_follow_up_get_id (follow_up));
    }

  if (follow_up_done != 0)
    {
      g_autoptr(GListModel) list = cordon_workspace_list_follow_ups (workspace, incident, &error);
      g_autoptr(CordonFollowUp) found = NULL;

      if (list == NULL)
        return cordon_cli_report_error ("review", error);
      for (guint i = 0; found == NULL && i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(CordonFollowUp) follow_up = g_list_model_get_item (list, i);

          if (cordon_follow_up_get_id (follow_up) == follow_up_done)
            found = g_steal_pointer (&follow_up);
        }
      if (found == NULL)
        {
          g_printerr (_("cordon review: %s has no follow-up action #%" G_GINT64_FORMAT "\n"),
                      cordon_incident_get_key (incident), follow_up_done);
          return CORDON_EXIT_BAD_INPUT;
        }
      {
        g_autoptr(GDateTime) now = cordon_clock_now (cordon_workspace_get_clock (workspace));
        cordon_follow_up_set_done (found, now);
      }
      if (!cordon_workspace_update_follow_up (workspace, found, &error))
        return cordon_cli_report_error ("review", error);
    }

  if ((complete && !cordon_workspace_complete_review (workspace, incident, author, &error)) ||
      (skip && !cordon_workspace_skip_review (workspace, incident, reason, author, &error)))
    return cordon_cli_report_error ("review", error);

  if (edits && !json)
    return CORDON_EXIT_OK;

  g_clear_object (&review);
  if (!(review = cordon_workspace_get_review (workspace, incident, &error)) ||
      !(follow_ups = cordon_workspace_list_follow_ups (workspace, incident, &error)) ||
      !(journal = cordon_workspace_list_journal (workspace, incident, &error)) ||
      !cordon_workspace_compute_metrics (workspace, incident, &metrics, NULL, &error))
    return cordon_cli_report_error ("review", error);

  print_review (incident, review, follow_ups, journal, &metrics, json);

  return CORDON_EXIT_OK;
}
