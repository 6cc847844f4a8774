/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-cli-incidents.c: the commands that open, list, show and change
 * incidents: new, list, show, journal, move and reclassify.
 */

#define G_LOG_DOMAIN "cordon-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "cordon-cli-private.h"
#include "cordon-incident.h"
#include "cordon-journal-entry.h"
#include "cordon-json-object.h"
#include "cordon-native-io.h"
#include "cordon-taxonomy.h"
#include "cordon-taxonomy-entry.h"
#include "cordon-time.h"

static void
print_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GString) text = g_string_new (NULL);

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);
  json_generator_to_gstring (generator, text);
  g_string_append_c (text, '\n');
  fwrite (text->str, 1, text->len, stdout);
}

static gboolean
check_taxonomy_ids (CordonTaxonomy      *taxonomy,
                    CordonTaxonomyKind   kind,
                    const char          *option,
                    const char          *id,
                    int                 *exit_code)
{
  g_autoptr(GString) known = NULL;
  GListModel *entries;

  if (id == NULL || cordon_taxonomy_contains (taxonomy, kind, id))
    return TRUE;

  known = g_string_new (NULL);
  entries = cordon_taxonomy_get_entries (taxonomy, kind);
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (entries, i);
      g_string_append_printf (known, "%s%s", i ? ", " : "", cordon_taxonomy_entry_get_id (entry));
    }

  g_printerr (_("cordon: %s “%s” is unknown; use one of: %s\n"), option, id, known->str);
  *exit_code = CORDON_EXIT_USAGE;

  return FALSE;
}

static gboolean
check_taxonomy (CordonWorkspace     *workspace,
                CordonTaxonomyKind   kind,
                const char          *option,
                const char          *id,
                int                 *exit_code)
{
  return check_taxonomy_ids (cordon_workspace_get_taxonomy (workspace), kind, option, id, exit_code);
}

static const char *
taxonomy_label (CordonWorkspace    *workspace,
                CordonTaxonomyKind  kind,
                const char         *id)
{
  CordonTaxonomyEntry *entry = cordon_taxonomy_lookup (cordon_workspace_get_taxonomy (workspace), kind, id);

  return entry != NULL ? cordon_taxonomy_entry_get_display_label (entry) : id;
}

/* One incident of `list --json`, written straight into @out. */
static void
append_incident_summary (GString                     *out,
                         const CordonIncidentSummary *summary)
{
  const struct { const char *name; gint64 usec; } times[] = {
    { "detected", summary->detected },
    { "updated", summary->updated },
  };

#define MEMBER(name, value)                       \
  g_string_append (out, ", \"" name "\": ");     \
  cordon_json_append_string (out, value)

  g_string_append (out, "{\"key\": ");
  cordon_json_append_string (out, summary->key);
  MEMBER ("title", summary->title);
  MEMBER ("category", summary->category);
  MEMBER ("severity", summary->severity);
  MEMBER ("impact", summary->impact);
  MEMBER ("phase", cordon_phase_to_id (summary->phase));
  MEMBER ("tlp", cordon_tlp_to_id (summary->tlp));
  MEMBER ("lead", summary->lead);
  g_string_append (out, summary->exercise ? ", \"exercise\": true" : ", \"exercise\": false");

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      if (times[i].usec != 0)
        {
          char text[CORDON_TIME_ISO8601_SIZE];

          cordon_time_format_iso8601_compact (times[i].usec, text);
          g_string_append (out, ", \"");
          g_string_append (out, times[i].name);
          g_string_append (out, "\": \"");
          g_string_append (out, text);
          g_string_append_c (out, '"');
        }
    }

  g_string_append_printf (out, ", \"journal-entries\": %" G_GINT64_FORMAT "}", summary->journal_count);

#undef MEMBER
}

static JsonNode *
incident_summary_to_json (CordonIncident *incident)
{
  g_autoptr(GString) text = g_string_new (NULL);
  CordonIncidentSummary summary = {
    .key = cordon_incident_get_key (incident),
    .title = cordon_incident_get_title (incident),
    .category = cordon_incident_get_category (incident),
    .severity = cordon_incident_get_severity (incident),
    .impact = cordon_incident_get_impact (incident),
    .lead = cordon_incident_get_lead (incident),
    .phase = cordon_incident_get_phase (incident),
    .tlp = cordon_incident_get_tlp (incident),
    .exercise = cordon_incident_get_exercise (incident),
    .detected = cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_DETECTED),
    .updated = cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_UPDATED),
    .journal_count = cordon_incident_get_journal_count (incident),
  };

  append_incident_summary (text, &summary);

  return json_from_string (text->str, NULL);
}

static gboolean
parse_time_option (const char *option,
                   const char *text,
                   gint64     *out_usec,
                   int        *exit_code)
{
  if (!cordon_time_parse_iso8601 (text, out_usec))
    {
      g_printerr (_("cordon: %s “%s” is not a time such as 2026-03-01T09:30:00Z\n"), option, text);
      *exit_code = CORDON_EXIT_USAGE;
      return FALSE;
    }

  return TRUE;
}

int
cordon_cli_new (CordonCliContext  *ctx,
                int                argc,
                char             **argv)
{
  g_autofree char *title = NULL;
  g_autofree char *category = NULL;
  g_autofree char *severity = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *detected = NULL;
  g_autofree char *impact = NULL;
  g_autofree char *tlp = NULL;
  g_autofree char *lead = NULL;
  g_autofree char *author = NULL;
  g_autofree char *template_name = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "title", 't', 0, G_OPTION_ARG_STRING, &title, N_("A one-line title"), N_("TITLE") },
    { "template", 0, 0, G_OPTION_ARG_STRING, &template_name,
      N_("Open it from a case template: its tasks, containment plan, and category and severity unless given"),
      N_("NAME") },
    { "category", 'c', 0, G_OPTION_ARG_STRING, &category, N_("Category id, e.g. phishing"), N_("ID") },
    { "severity", 's', 0, G_OPTION_ARG_STRING, &severity, N_("Severity id: low, medium, high, critical"), N_("ID") },
    { "summary", 0, 0, G_OPTION_ARG_STRING, &summary, N_("What happened"), N_("TEXT") },
    { "detected", 0, 0, G_OPTION_ARG_STRING, &detected, N_("When it was detected (ISO 8601; default now)"), N_("TIME") },
    { "impact", 0, 0, G_OPTION_ARG_STRING, &impact, N_("Impact id, e.g. department"), N_("ID") },
    { "tlp", 0, 0, G_OPTION_ARG_STRING, &tlp, N_("clear, green, amber, amber+strict or red (default amber)"), N_("TLP") },
    { "lead", 0, 0, G_OPTION_ARG_STRING, &lead, N_("Who leads the response"), N_("NAME") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, N_("Who opens it (default: you)"), N_("NAME") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the new incident as JSON"), NULL },
    { NULL }
  };
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(CordonIncident) draft = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(CordonCaseTemplate) template = NULL;
  g_autoptr(GError) error = NULL;
  int exit_code = CORDON_EXIT_OK;

  if (!cordon_cli_parse_options ("new", entries, &argc, &argv, 0, 0, &exit_code))
    return exit_code;

  if (template_name != NULL && title == NULL)
    {
      g_printerr (_("cordon new: --title is required\n"));
      return CORDON_EXIT_USAGE;
    }
  if (template_name == NULL && (title == NULL || category == NULL || severity == NULL))
    {
      g_printerr (_("cordon new: --title, --category and --severity are required\n"));
      return CORDON_EXIT_USAGE;
    }
  if (template_name != NULL && !cordon_cli_workspace_exists (ctx))
    {
      g_printerr (_("cordon new: there is no case template “%s”: the workspace has none yet; "
                    "import one with cordon import TEMPLATE.json\n"), template_name);
      return CORDON_EXIT_USAGE;
    }

  draft = cordon_incident_new ();
  cordon_incident_set_title (draft, title);
  cordon_incident_set_category (draft, category != NULL ? category : "");
  cordon_incident_set_severity (draft, severity != NULL ? severity : "");
  if (summary != NULL)
    cordon_incident_set_summary (draft, summary);
  if (impact != NULL)
    cordon_incident_set_impact (draft, impact);
  if (lead != NULL)
    cordon_incident_set_lead (draft, lead);
  if (tlp != NULL)
    {
      CordonTlp value;

      if (!cordon_tlp_from_id (tlp, &value))
        {
          g_printerr (_("cordon new: --tlp “%s” is unknown; use clear, green, amber, amber+strict or red\n"), tlp);
          return CORDON_EXIT_USAGE;
        }
      cordon_incident_set_tlp (draft, value);
    }
  if (detected != NULL)
    {
      gint64 usec;

      if (!parse_time_option ("--detected", detected, &usec, &exit_code))
        return exit_code;
      cordon_incident_set_time_usec (draft, CORDON_INCIDENT_TIME_DETECTED, usec);
    }

  /* A new workspace gets the default taxonomy: check against it before
   * creating the file, so that a mistyped id leaves nothing behind. */
  if (!cordon_cli_workspace_exists (ctx))
    {
      g_autoptr(CordonTaxonomy) defaults = cordon_taxonomy_new_default ();

      if (!check_taxonomy_ids (defaults, CORDON_TAXONOMY_KIND_CATEGORY, "--category", category, &exit_code) ||
          !check_taxonomy_ids (defaults, CORDON_TAXONOMY_KIND_SEVERITY, "--severity", severity, &exit_code) ||
          !check_taxonomy_ids (defaults, CORDON_TAXONOMY_KIND_IMPACT, "--impact", impact, &exit_code))
        return exit_code;
    }

  workspace = cordon_cli_open_workspace (ctx, CORDON_CLI_OPEN_CREATE, &exit_code);
  if (workspace == NULL)
    return exit_code;

  if (template_name != NULL)
    {
      template = cordon_workspace_lookup_case_template (workspace, template_name, &error);
      if (template == NULL)
        {
          g_autoptr(GListModel) templates = cordon_workspace_list_case_templates (workspace, NULL);
          g_autoptr(GString) known = g_string_new (NULL);

          for (guint i = 0; templates != NULL && i < g_list_model_get_n_items (templates); i++)
            {
              g_autoptr(CordonCaseTemplate) item = g_list_model_get_item (templates, i);

              g_string_append_printf (known, "%s“%s”", i > 0 ? ", " : "", cordon_case_template_get_name (item));
            }
          g_printerr (_("cordon new: there is no case template “%s” (the workspace has: %s)\n"),
                      template_name, known->len > 0 ? known->str : _("none"));
          return CORDON_EXIT_USAGE;
        }
      if (tlp == NULL)
        cordon_incident_set_tlp (draft, cordon_case_template_get_tlp (template));
      if (category == NULL)
        category = g_strdup (cordon_case_template_get_category (template));
      if (severity == NULL)
        severity = g_strdup (cordon_case_template_get_severity (template));
      if (category[0] == '\0' || severity[0] == '\0')
        {
          g_printerr (_("cordon new: the case template “%s” gives no %s: pass %s\n"), template_name,
                      category[0] == '\0' ? _("category") : _("severity"),
                      category[0] == '\0' ? "--category" : "--severity");
          return CORDON_EXIT_USAGE;
        }
    }

  if (!check_taxonomy (workspace, CORDON_TAXONOMY_KIND_CATEGORY, "--category", category, &exit_code) ||
      !check_taxonomy (workspace, CORDON_TAXONOMY_KIND_SEVERITY, "--severity", severity, &exit_code) ||
      !check_taxonomy (workspace, CORDON_TAXONOMY_KIND_IMPACT, "--impact", impact, &exit_code))
    return exit_code;

  if (template != NULL)
    incident = cordon_workspace_open_from_template (workspace, draft, template,
                                                    author ? author : cordon_cli_default_author (), &error);
  else
    incident = cordon_workspace_create_incident (workspace, draft,
                                                 author ? author : cordon_cli_default_author (),
                                                 &error);
  if (incident == NULL)
    return cordon_cli_report_error ("new", error);

  if (json)
    {
      g_autoptr(JsonNode) node = incident_summary_to_json (incident);
      print_json (node);
    }
  else
    {
      g_print ("%s\n", cordon_incident_get_key (incident));
    }

  return CORDON_EXIT_OK;
}

/* `cordon list`: the rows go into one buffer, written out in large
 * chunks, so that a listing of a million incidents is a few hundred
 * writes rather than a million. */
#define LISTING_CHUNK (256 * 1024)

typedef struct
{
  GString  *out;
  gboolean  json;
  guint64   n;
} Listing;

static void
listing_clear (Listing *listing)
{
  if (listing->out != NULL)
    g_string_free (listing->out, TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Listing, listing_clear)

/* As g_print ("%-*s", width, text) does through Cordon's print handler:
 * @text with its controls shown, then spaces up to @width bytes of the
 * text as it was */
static void
append_padded (GString    *out,
               const char *text,
               gsize       width)
{
  gsize len = strlen (text);

  cordon_cli_escape_controls (out, text, len);
  for (; len < width; len++)
    g_string_append_c (out, ' ');
}

static gboolean
list_one (const CordonIncidentSummary  *summary,
          gpointer                      user_data,
          GError                      **error)
{
  Listing *listing = user_data;

  if (listing->json)
    {
      g_string_append (listing->out, listing->n == 0 ? "\n  " : ",\n  ");
      append_incident_summary (listing->out, summary);
    }
  else
    {
      /* Escaping a field at a time gives what escaping the line would:
       * the padding and the separators are plain ASCII */
      append_padded (listing->out, summary->key, 14);
      g_string_append_c (listing->out, ' ');
      append_padded (listing->out, cordon_phase_to_id (summary->phase), 16);
      g_string_append_c (listing->out, ' ');
      append_padded (listing->out, summary->severity, 9);
      g_string_append_c (listing->out, ' ');
      append_padded (listing->out, summary->category, 20);
      g_string_append_c (listing->out, ' ');
      /* One row per incident, whatever its title holds */
      cordon_cli_escape_line (listing->out, summary->title);
      g_string_append_c (listing->out, '\n');
    }

  listing->n++;
  if (listing->out->len >= LISTING_CHUNK)
    {
      fwrite (listing->out->str, 1, listing->out->len, stdout);
      g_string_truncate (listing->out, 0);
    }

  return TRUE;
}

int
cordon_cli_list (CordonCliContext  *ctx,
                 int                argc,
                 char             **argv)
{
  g_autofree char *phase = NULL;
  g_autofree char *severity = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "phase", 'p', 0, G_OPTION_ARG_STRING, &phase, N_("Only incidents in this phase"), N_("PHASE") },
    { "severity", 's', 0, G_OPTION_ARG_STRING, &severity, N_("Only incidents of this severity"), N_("ID") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print JSON"), NULL },
    { NULL }
  };
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Listing) listing = { 0 };
  int exit_code = CORDON_EXIT_OK;
  CordonPhase phase_value;

  if (!cordon_cli_parse_options ("list", entries, &argc, &argv, 0, 0, &exit_code))
    return exit_code;

  if (phase != NULL && !cordon_phase_from_id (phase, &phase_value))
    {
      g_printerr (_("cordon list: --phase “%s” is unknown; use detected, classified, analysis, "
                    "containment, recovery, lessons-learned or closed\n"), phase);
      return CORDON_EXIT_USAGE;
    }

  workspace = cordon_cli_open_workspace (ctx, CORDON_CLI_OPEN_READ, &exit_code);
  if (workspace == NULL)
    return exit_code;

  if (!check_taxonomy (workspace, CORDON_TAXONOMY_KIND_SEVERITY, "--severity", severity, &exit_code))
    return exit_code;

  listing.json = json;
  listing.out = g_string_sized_new (LISTING_CHUNK + 4096);
  if (json)
    g_string_append_c (listing.out, '[');

  if (!cordon_workspace_foreach_incident_summary (workspace, phase, severity,
                                                  json ? CORDON_INCIDENT_SUMMARY_FULL : CORDON_INCIDENT_SUMMARY_BRIEF,
                                                  list_one, &listing, &error))
    return cordon_cli_report_error ("list", error);

  if (json)
    {
      g_string_append (listing.out, listing.n > 0 ? "\n]\n" : "]\n");
      fwrite (listing.out->str, 1, listing.out->len, stdout);
      return CORDON_EXIT_OK;
    }

  fwrite (listing.out->str, 1, listing.out->len, stdout);
  if (listing.n == 0)
    g_printerr (_("No incidents.\n"));

  return CORDON_EXIT_OK;
}

static CordonIncident *
lookup_incident (CordonWorkspace *workspace,
                 const char      *command,
                 const char      *key,
                 int             *exit_code)
{
  g_autoptr(GError) error = NULL;
  CordonIncident *incident;

  incident = cordon_workspace_lookup_incident (workspace, key, &error);
  if (incident == NULL)
    *exit_code = cordon_cli_report_error (command, error);

  return incident;
}

static void
print_field (const char *label,
             const char *value)
{
  if (value != NULL && value[0] != '\0')
    g_print ("%-22s %s\n", label, value);
}

static void
print_journal (GPtrArray *journal)
{
  for (guint i = 0; i < journal->len; i++)
    {
      CordonJournalEntry *entry = journal->pdata[i];
      g_autofree char *time = cordon_time_to_iso8601_compact (cordon_time_from_date_time (cordon_journal_entry_get_time (entry)));

      g_print ("%4" G_GINT64_FORMAT "  %s  %-22s %-12s %s\n",
               cordon_journal_entry_get_seq (entry),
               time,
               cordon_journal_kind_to_id (cordon_journal_entry_get_kind (entry)),
               cordon_journal_entry_get_author (entry),
               cordon_journal_entry_get_text (entry));
    }
}

int
cordon_cli_show (CordonCliContext  *ctx,
                 int                argc,
                 char             **argv)
{
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the incident and all its records as JSON"), NULL },
    { NULL }
  };
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(CordonIncidentRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  int exit_code = CORDON_EXIT_OK;

  if (!cordon_cli_parse_options ("show", entries, &argc, &argv, 1, 1, &exit_code))
    return exit_code;

  workspace = cordon_cli_open_workspace (ctx, CORDON_CLI_OPEN_READ, &exit_code);
  if (workspace == NULL)
    return exit_code;

  incident = lookup_incident (workspace, "show", argv[1], &exit_code);
  if (incident == NULL)
    return exit_code;

  record = cordon_native_load_record (workspace, incident, &error);
  if (record == NULL)
    return cordon_cli_report_error ("show", error);

  if (json)
    {
      g_autoptr(JsonNode) node = cordon_native_incident_to_json (record);
      print_json (node);
      return CORDON_EXIT_OK;
    }

  g_print ("%s  %s\n\n", cordon_incident_get_key (incident), cordon_incident_get_title (incident));
  print_field (_("Phase"), cordon_phase_to_label (cordon_incident_get_phase (incident)));
  {
    CordonClosure closure;
    g_autofree char *duplicate_of = NULL;

    if (cordon_workspace_get_closure (workspace, incident, &closure, &duplicate_of, NULL))
      {
        g_autofree char *text = NULL;

        /* Translators: how an incident ended: "Duplicate of INC-2026-0001" */
        text = duplicate_of != NULL ? g_strdup_printf (_("%s of %s"), cordon_closure_to_label (closure), duplicate_of)
                                    : g_strdup (cordon_closure_to_label (closure));
        print_field (_("Closed as"), text);
      }
  }
  print_field (_("Category"), taxonomy_label (workspace, CORDON_TAXONOMY_KIND_CATEGORY, cordon_incident_get_category (incident)));
  print_field (_("Severity"), taxonomy_label (workspace, CORDON_TAXONOMY_KIND_SEVERITY, cordon_incident_get_severity (incident)));
  if (cordon_incident_get_impact (incident)[0] != '\0')
    print_field (_("Impact"), taxonomy_label (workspace, CORDON_TAXONOMY_KIND_IMPACT, cordon_incident_get_impact (incident)));
  print_field (_("TLP"), cordon_tlp_to_label (cordon_incident_get_tlp (incident)));
  print_field (_("Lead"), cordon_incident_get_lead (incident));
  if (cordon_incident_get_exercise (incident))
    print_field (_("Exercise"), _("yes"));
  for (guint i = 0; i < CORDON_N_INCIDENT_TIMES; i++)
    {
      gint64 usec = cordon_incident_get_time (incident, i);

      if (usec != 0)
        {
          g_autofree char *text = cordon_time_to_iso8601_compact (usec);
          print_field (cordon_incident_time_to_label (i), text);
        }
    }
  if (cordon_incident_get_summary (incident)[0] != '\0')
    g_print ("\n%s\n", cordon_incident_get_summary (incident));

  g_print ("\n%s (%u)\n", _("Journal"), record->journal->len);
  print_journal (record->journal);
  if (record->facts->len > 0 || record->questions->len > 0 || record->tasks->len > 0)
    g_print ("\n%s: %u   %s: %u   %s: %u\n",
             _("Facts"), record->facts->len,
             _("Open questions"), record->questions->len,
             _("Tasks"), record->tasks->len);

  return CORDON_EXIT_OK;
}

int
cordon_cli_journal (CordonCliContext  *ctx,
                    int                argc,
                    char             **argv)
{
  g_autofree char *add = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *author = NULL;
  g_autofree char *payload = NULL;
  const GOptionEntry entries[] = {
    { "add", 'a', 0, G_OPTION_ARG_STRING, &add, N_("Append an entry with this text"), N_("TEXT") },
    { "kind", 'k', 0, G_OPTION_ARG_STRING, &kind,
      N_("note, status-update, decision or communication (default note)"), N_("KIND") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, N_("Who writes it (default: you)"), N_("NAME") },
    { "payload", 0, 0, G_OPTION_ARG_STRING, &payload, N_("Structured data, a JSON object"), N_("JSON") },
    { NULL }
  };
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GError) error = NULL;
  int exit_code = CORDON_EXIT_OK;
  CordonJournalKind kind_value = CORDON_JOURNAL_KIND_NOTE;

  if (!cordon_cli_parse_options ("journal", entries, &argc, &argv, 1, 1, &exit_code))
    return exit_code;

  /* Phase and classification changes, SLA events, evidence and custody
   * entries are written by Cordon itself, with the records they stand
   * for; a person writes only these */
  if (kind != NULL &&
      (!cordon_journal_kind_from_id (kind, &kind_value) ||
       (kind_value != CORDON_JOURNAL_KIND_NOTE && kind_value != CORDON_JOURNAL_KIND_STATUS_UPDATE &&
        kind_value != CORDON_JOURNAL_KIND_DECISION && kind_value != CORDON_JOURNAL_KIND_COMMUNICATION)))
    {
      g_printerr (_("cordon journal: --kind “%s” cannot be written here; use note, status-update, "
                    "decision or communication\n"), kind);
      return CORDON_EXIT_USAGE;
    }
  if ((kind != NULL || payload != NULL || author != NULL) && add == NULL)
    {
      g_printerr (_("cordon journal: --kind, --author and --payload go with --add\n"));
      return CORDON_EXIT_USAGE;
    }

  workspace = cordon_cli_open_workspace (ctx, add != NULL ? CORDON_CLI_OPEN_WRITE : CORDON_CLI_OPEN_READ, &exit_code);
  if (workspace == NULL)
    return exit_code;

  incident = lookup_incident (workspace, "journal", argv[1], &exit_code);
  if (incident == NULL)
    return exit_code;

  if (add != NULL)
    {
      g_autoptr(CordonJournalEntry) entry = NULL;

      entry = cordon_workspace_append_journal (workspace, incident, kind_value,
                                               author ? author : cordon_cli_default_author (),
                                               add, payload, &error);
      if (entry == NULL)
        return cordon_cli_report_error ("journal", error);

      /* Printed only once the entry is committed: scripts may rely on it. */
      g_print ("%s#%" G_GINT64_FORMAT "\n", cordon_incident_get_key (incident), cordon_journal_entry_get_seq (entry));
      return CORDON_EXIT_OK;
    }
  else
    {
      g_autoptr(GListModel) journal = cordon_workspace_list_journal (workspace, incident, &error);
      g_autoptr(GPtrArray) entries_array = NULL;

      if (journal == NULL)
        return cordon_cli_report_error ("journal", error);

      entries_array = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < g_list_model_get_n_items (journal); i++)
        g_ptr_array_add (entries_array, g_list_model_get_item (journal, i));
      print_journal (entries_array);
    }

  return CORDON_EXIT_OK;
}

int
cordon_cli_move (CordonCliContext  *ctx,
                 int                argc,
                 char             **argv)
{
  g_autofree char *reason = NULL;
  g_autofree char *author = NULL;
  const GOptionEntry entries[] = {
    { "reason", 'r', 0, G_OPTION_ARG_STRING, &reason, N_("Why; recorded in the journal (required)"), N_("TEXT") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, N_("Who decides (default: you)"), N_("NAME") },
    { NULL }
  };
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GError) error = NULL;
  int exit_code = CORDON_EXIT_OK;
  CordonPhase phase;

  if (!cordon_cli_parse_options ("move", entries, &argc, &argv, 2, 2, &exit_code))
    return exit_code;

  if (!cordon_phase_from_id (argv[2], &phase))
    {
      g_printerr (_("cordon move: phase “%s” is unknown; use detected, classified, analysis, "
                    "containment, recovery, lessons-learned or closed\n"), argv[2]);
      return CORDON_EXIT_USAGE;
    }
  if (reason == NULL || g_strstrip (reason)[0] == '\0')
    {
      g_printerr (_("cordon move: --reason is required: every phase change is recorded with its reason\n"));
      return CORDON_EXIT_USAGE;
    }

  workspace = cordon_cli_open_workspace (ctx, CORDON_CLI_OPEN_WRITE, &exit_code);
  if (workspace == NULL)
    return exit_code;

  incident = lookup_incident (workspace, "move", argv[1], &exit_code);
  if (incident == NULL)
    return exit_code;

  if (!cordon_workspace_move_incident (workspace, incident, phase, reason,
                                       author ? author : cordon_cli_default_author (), &error))
    return cordon_cli_report_error ("move", error);

  g_print ("%s %s\n", cordon_incident_get_key (incident), cordon_phase_to_id (phase));

  return CORDON_EXIT_OK;
}

int
cordon_cli_close (CordonCliContext  *ctx,
                  int                argc,
                  char             **argv)
{
  g_autofree char *as = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *author = NULL;
  const GOptionEntry entries[] = {
    { "as", 0, 0, G_OPTION_ARG_STRING, &as, N_("How it ended: resolved, false-positive or not-an-incident (required)"), N_("CLOSURE") },
    { "reason", 'r', 0, G_OPTION_ARG_STRING, &reason, N_("Why; recorded in the journal (required)"), N_("TEXT") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, N_("Who decides (default: you)"), N_("NAME") },
    { NULL }
  };
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GError) error = NULL;
  int exit_code = CORDON_EXIT_OK;
  CordonClosure closure;

  if (!cordon_cli_parse_options ("close", entries, &argc, &argv, 1, 1, &exit_code))
    return exit_code;

  if (as == NULL || !cordon_closure_from_id (as, &closure))
    {
      g_printerr (_("cordon close: give --as resolved, false-positive or not-an-incident "
                    "(a duplicate is merged: cordon merge KEY INTO)\n"));
      return CORDON_EXIT_USAGE;
    }
  if (closure == CORDON_CLOSURE_DUPLICATE)
    {
      g_printerr (_("cordon close: a duplicate is merged into the incident it repeats: cordon merge KEY INTO --reason R\n"));
      return CORDON_EXIT_USAGE;
    }
  if (reason == NULL || g_strstrip (reason)[0] == '\0')
    {
      g_printerr (_("cordon close: --reason is required: every close is recorded with its reason\n"));
      return CORDON_EXIT_USAGE;
    }

  workspace = cordon_cli_open_workspace (ctx, CORDON_CLI_OPEN_WRITE, &exit_code);
  if (workspace == NULL)
    return exit_code;

  incident = lookup_incident (workspace, "close", argv[1], &exit_code);
  if (incident == NULL)
    return exit_code;

  if (!cordon_workspace_close_incident (workspace, incident, closure, reason,
                                        author ? author : cordon_cli_default_author (), &error))
    return cordon_cli_report_error ("close", error);

  g_print ("%s closed %s\n", cordon_incident_get_key (incident), cordon_closure_to_id (closure));

  return CORDON_EXIT_OK;
}

int
cordon_cli_merge (CordonCliContext  *ctx,
                  int                argc,
                  char             **argv)
{
  g_autofree char *reason = NULL;
  g_autofree char *author = NULL;
  const GOptionEntry entries[] = {
    { "reason", 'r', 0, G_OPTION_ARG_STRING, &reason, N_("Why; recorded in both journals (required)"), N_("TEXT") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, N_("Who decides (default: you)"), N_("NAME") },
    { NULL }
  };
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(CordonIncident) duplicate = NULL;
  g_autoptr(CordonIncident) into = NULL;
  g_autoptr(GError) error = NULL;
  int exit_code = CORDON_EXIT_OK;

  if (!cordon_cli_parse_options ("merge", entries, &argc, &argv, 2, 2, &exit_code))
    return exit_code;

  if (reason == NULL || g_strstrip (reason)[0] == '\0')
    {
      g_printerr (_("cordon merge: --reason is required: every merge is recorded with its reason\n"));
      return CORDON_EXIT_USAGE;
    }

  workspace = cordon_cli_open_workspace (ctx, CORDON_CLI_OPEN_WRITE, &exit_code);
  if (workspace == NULL)
    return exit_code;

  duplicate = lookup_incident (workspace, "merge", argv[1], &exit_code);
  if (duplicate == NULL)
    return exit_code;
  into = lookup_incident (workspace, "merge", argv[2], &exit_code);
  if (into == NULL)
    return exit_code;

  if (!cordon_workspace_merge_incident (workspace, duplicate, into, reason,
                                        author ? author : cordon_cli_default_author (), &error))
    return cordon_cli_report_error ("merge", error);

  g_print ("%s merged into %s\n", cordon_incident_get_key (duplicate), cordon_incident_get_key (into));

  return CORDON_EXIT_OK;
}

int
cordon_cli_reclassify (CordonCliContext  *ctx,
                       int                argc,
                       char             **argv)
{
  g_autofree char *severity = NULL;
  g_autofree char *category = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *author = NULL;
  const GOptionEntry entries[] = {
    { "severity", 's', 0, G_OPTION_ARG_STRING, &severity, N_("The new severity"), N_("ID") },
    { "category", 'c', 0, G_OPTION_ARG_STRING, &category, N_("The new category"), N_("ID") },
    { "reason", 'r', 0, G_OPTION_ARG_STRING, &reason, N_("Why; recorded in the journal (required)"), N_("TEXT") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, N_("Who decides (default: you)"), N_("NAME") },
    { NULL }
  };
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GError) error = NULL;
  int exit_code = CORDON_EXIT_OK;

  if (!cordon_cli_parse_options ("reclassify", entries, &argc, &argv, 1, 1, &exit_code))
    return exit_code;

  if (severity == NULL && category == NULL)
    {
      g_printerr (_("cordon reclassify: give --severity, --category or both\n"));
      return CORDON_EXIT_USAGE;
    }
  if (reason == NULL || g_strstrip (reason)[0] == '\0')
    {
      g_printerr (_("cordon reclassify: --reason is required: every reclassification is recorded with its reason\n"));
      return CORDON_EXIT_USAGE;
    }

  workspace = cordon_cli_open_workspace (ctx, CORDON_CLI_OPEN_WRITE, &exit_code);
  if (workspace == NULL)
    return exit_code;

  if (!check_taxonomy (workspace, CORDON_TAXONOMY_KIND_CATEGORY, "--category", category, &exit_code) ||
      !check_taxonomy (workspace, CORDON_TAXONOMY_KIND_SEVERITY, "--severity", severity, &exit_code))
    return exit_code;

  incident = lookup_incident (workspace, "reclassify", argv[1], &exit_code);
  if (incident == NULL)
    return exit_code;

  if (!cordon_workspace_reclassify (workspace, incident, category, severity, reason,
                                    author ? author : cordon_cli_default_author (), &error))
    return cordon_cli_report_error ("reclassify", error);

  g_print ("%s %s %s\n", cordon_incident_get_key (incident),
           cordon_incident_get_category (incident), cordon_incident_get_severity (incident));

  return CORDON_EXIT_OK;
}

int
cordon_cli_edit (CordonCliContext  *ctx,
                 int                argc,
                 char             **argv)
{
  g_autofree char *title = NULL;
  g_autofree char *lead = NULL;
  g_autofree char *author = NULL;
  const GOptionEntry entries[] = {
    { "title", 't', 0, G_OPTION_ARG_STRING, &title, N_("The new title"), N_("TEXT") },
    { "lead", 'l', 0, G_OPTION_ARG_STRING, &lead, N_("Who leads the response now (empty for no one)"), N_("NAME") },
    { "author", 0, 0, G_OPTION_ARG_STRING, &author, N_("Who makes the change (default: you)"), N_("NAME") },
    { NULL }
  };
  g_autoptr(CordonWorkspace) workspace = NULL;
  g_autoptr(CordonIncident) incident = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  int exit_code = CORDON_EXIT_OK;

  if (!cordon_cli_parse_options ("edit", entries, &argc, &argv, 1, 1, &exit_code))
    return exit_code;

  if (title == NULL && lead == NULL)
    {
      g_printerr (_("cordon edit: give --title, --lead or both\n"));
      return CORDON_EXIT_USAGE;
    }

  workspace = cordon_cli_open_workspace (ctx, CORDON_CLI_OPEN_WRITE, &exit_code);
  if (workspace == NULL)
    return exit_code;

  incident = lookup_incident (workspace, "edit", argv[1], &exit_code);
  if (incident == NULL)
    return exit_code;

  /* Each change is chained in the journal with its old and new value */
  if (title != NULL)
    cordon_incident_set_title (incident, g_strstrip (title));
  if (lead != NULL)
    cordon_incident_set_lead (incident, g_strstrip (lead));
  if (!cordon_workspace_save_incident_full (workspace, incident, author ? author : cordon_cli_default_author (), &error))
    return cordon_cli_report_error ("edit", error);

  g_string_append_printf (out, "%s ", cordon_incident_get_key (incident));
  cordon_cli_escape_line (out, cordon_incident_get_title (incident));
  g_string_append_c (out, '\n');
  cordon_cli_write (out, FALSE);

  return CORDON_EXIT_OK;
}
