/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-containment.c: containment on real workspaces in a temporary
 * folder — the default strategy library, strategy CRUD, validation
 * records, incident plans and their journal entries, the rule that an
 * incident is contained only when its short-term actions are done or
 * waived, monitoring checks, the upgrade from schema 3, and the D3FEND
 * catalogue shipped in the resources. Time comes from a manual clock.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gstdio.h>

#include "cordon-d3fend-catalogue.h"
#include "cordon-lifecycle.h"
#include "cordon-manual-clock.h"
#include "cordon-monitoring-scheduler.h"
#include "cordon-time.h"
#include "cordon-workspace.h"
#include "cordon-workspace-private.h"

#define DAY ((GTimeSpan) G_USEC_PER_SEC * 24 * 3600)

typedef struct
{
  char              *dir;
  char              *path;
  CordonManualClock *clock;
  CordonWorkspace   *ws;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("cordon-containment-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.cordon", NULL);
  f->clock = cordon_manual_clock_new_iso8601 ("2026-03-01T09:00:00Z");
  f->ws = cordon_workspace_new (f->path, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);
          remove_tree (child);
        }
    }

  g_remove (path);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->ws);
  g_clear_object (&f->clock);
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static CordonIncident *
new_incident_in_containment (Fixture *f)
{
  g_autoptr(CordonIncident) draft = cordon_incident_new ();
  g_autoptr(GError) error = NULL;
  CordonIncident *incident;

  cordon_incident_set_title (draft, "Ransomware on the file server");
  cordon_incident_set_category (draft, "malicious-code");
  cordon_incident_set_severity (draft, "high");
  incident = cordon_workspace_create_incident (f->ws, draft, "Ana Lead", &error);
  g_assert_no_error (error);

  g_assert_true (cordon_workspace_move_incident (f->ws, incident, CORDON_PHASE_CLASSIFIED, "Confirmed", "Ana Lead", &error));
  g_assert_true (cordon_workspace_move_incident (f->ws, incident, CORDON_PHASE_ANALYSIS, "Analyse", "Ana Lead", &error));
  g_assert_true (cordon_workspace_move_incident (f->ws, incident, CORDON_PHASE_CONTAINMENT, "Contain", "Ana Lead", &error));
  g_assert_no_error (error);

  return incident;
}

static guint
journal_length (Fixture        *f,
                CordonIncident *incident)
{
  g_autoptr(GListModel) journal = cordon_workspace_list_journal (f->ws, incident, NULL);

  return g_list_model_get_n_items (journal);
}

static CordonJournalEntry *
last_journal_entry (Fixture        *f,
                    CordonIncident *incident)
{
  g_autoptr(GListModel) journal = cordon_workspace_list_journal (f->ws, incident, NULL);

  return g_list_model_get_item (journal, g_list_model_get_n_items (journal) - 1);
}

/* The default library ------------------------------------------------ */

static void
check_default_library (CordonWorkspace *ws)
{
  static const struct {
    const char *slug;
    CordonFocusArea areas;
    CordonContainmentTerm term;
    gboolean evidence_risk;
    const char *d3fend;
  } expected[] = {
    { "stop-outbound-communication", CORDON_FOCUS_AREA_PERIMETER, CORDON_CONTAINMENT_TERM_SHORT, FALSE, "D3-OTF" },
    { "block-inbound-traffic", CORDON_FOCUS_AREA_PERIMETER, CORDON_CONTAINMENT_TERM_SHORT, FALSE, "D3-ITF" },
    { "ids-ips-filters", CORDON_FOCUS_AREA_PERIMETER, CORDON_CONTAINMENT_TERM_SHORT, FALSE, NULL },
    { "waf-policy", CORDON_FOCUS_AREA_PERIMETER, CORDON_CONTAINMENT_TERM_SHORT, FALSE, NULL },
    { "null-route-dns", CORDON_FOCUS_AREA_PERIMETER, CORDON_CONTAINMENT_TERM_SHORT, FALSE, "D3-DNSDL" },
    { "fail-over-backup-link", CORDON_FOCUS_AREA_EXTENDED_PERIMETER, CORDON_CONTAINMENT_TERM_SHORT, FALSE, NULL },
    { "switch-secondary-data-centre", CORDON_FOCUS_AREA_EXTENDED_PERIMETER, CORDON_CONTAINMENT_TERM_SHORT, FALSE, NULL },
    { "switch-vlan-isolation", CORDON_FOCUS_AREA_INTERNAL_NETWORK, CORDON_CONTAINMENT_TERM_SHORT, FALSE, "D3-NI" },
    { "router-segment-isolation", CORDON_FOCUS_AREA_INTERNAL_NETWORK, CORDON_CONTAINMENT_TERM_SHORT, FALSE, "D3-NI" },
    { "port-blocking", CORDON_FOCUS_AREA_INTERNAL_NETWORK, CORDON_CONTAINMENT_TERM_SHORT, FALSE, NULL },
    { "ip-mac-blocking", CORDON_FOCUS_AREA_INTERNAL_NETWORK, CORDON_CONTAINMENT_TERM_SHORT, FALSE, NULL },
    { "network-acls", CORDON_FOCUS_AREA_INTERNAL_NETWORK, CORDON_CONTAINMENT_TERM_SHORT, FALSE, NULL },
    { "disconnect-endpoint", CORDON_FOCUS_AREA_ENDPOINT, CORDON_CONTAINMENT_TERM_SHORT, FALSE, "D3-NI" },
    { "power-off-server", CORDON_FOCUS_AREA_ENDPOINT, CORDON_CONTAINMENT_TERM_SHORT, TRUE, "D3-HS" },
    { "desktop-firewall-rules", CORDON_FOCUS_AREA_ENDPOINT, CORDON_CONTAINMENT_TERM_SHORT, FALSE, NULL },
    { "hips-block", CORDON_FOCUS_AREA_ENDPOINT, CORDON_CONTAINMENT_TERM_SHORT, FALSE, NULL },
    { "waf-behavioural-policy", CORDON_FOCUS_AREA_PERIMETER, CORDON_CONTAINMENT_TERM_LONG, FALSE, NULL },
    { "custom-ids-signature", CORDON_FOCUS_AREA_PERIMETER, CORDON_CONTAINMENT_TERM_LONG, FALSE, NULL },
    { "hips-lockdown", CORDON_FOCUS_AREA_ENDPOINT, CORDON_CONTAINMENT_TERM_LONG, FALSE, NULL },
  };
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CordonTaxonomy) taxonomy = cordon_taxonomy_new_default ();
  g_autoptr(CordonD3fendCatalogue) catalogue = cordon_d3fend_catalogue_new_default (&error);

  g_assert_no_error (error);

  all = cordon_workspace_list_strategies (ws, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (all), >=, G_N_ELEMENTS (expected));

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(CordonStrategy) strategy = cordon_workspace_lookup_strategy (ws, expected[i].slug, &error);

      g_assert_no_error (error);
      g_assert_nonnull (strategy);
      g_assert_true ((cordon_strategy_get_focus_areas (strategy) & expected[i].areas) == expected[i].areas);
      g_assert_cmpint (cordon_strategy_get_term (strategy), ==, expected[i].term);
      g_assert_cmpint (cordon_strategy_get_evidence_risk (strategy), ==, expected[i].evidence_risk);
      g_assert_cmpuint (g_strv_length ((char **) cordon_strategy_get_steps (strategy)), >, 0);
      g_assert_cmpuint (g_strv_length ((char **) cordon_strategy_get_rollback_steps (strategy)), >, 0);
      g_assert_cmpuint (g_strv_length ((char **) cordon_strategy_get_categories (strategy)), >, 0);
      g_assert_cmpstr (cordon_strategy_get_group (strategy), ==, "resolvers");
      if (expected[i].d3fend != NULL)
        g_assert_true (g_strv_contains (cordon_strategy_get_d3fend (strategy), expected[i].d3fend));
    }

  /* Every category is in the default taxonomy, every technique in the
   * shipped catalogue */
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(CordonStrategy) strategy = g_list_model_get_item (all, i);
      const char * const *categories = cordon_strategy_get_categories (strategy);
      const char * const *d3fend = cordon_strategy_get_d3fend (strategy);

      for (guint j = 0; categories[j] != NULL; j++)
        g_assert_true (cordon_taxonomy_contains (taxonomy, CORDON_TAXONOMY_KIND_CATEGORY, categories[j]));
      for (guint j = 0; d3fend[j] != NULL; j++)
        g_assert_nonnull (cordon_d3fend_catalogue_lookup (catalogue, d3fend[j]));
    }
}

static void
test_default_library (Fixture       *f,
                      gconstpointer  data)
{
  check_default_library (f->ws);
}

static void
test_migration_from_v3 (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "v3.cordon", NULL);
  g_autoptr(CordonWorkspace) ws = NULL;
  g_autoptr(GError) error = NULL;

  ws = _cordon_workspace_new_at_version (path, CORDON_CLOCK (f->clock), 3, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cordon_workspace_get_schema_version (ws), ==, 3);
  g_clear_object (&ws);

  ws = cordon_workspace_new (path, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cordon_workspace_get_schema_version (ws), ==, CORDON_WORKSPACE_SCHEMA_VERSION);
  g_assert_nonnull (cordon_workspace_get_migration_backup (ws));
  check_default_library (ws);
}

/* Strategies --------------------------------------------------------- */

static void
test_strategy_crud (Fixture       *f,
                    gconstpointer  data)
{
  static const char * const steps[] = { "Find the share", "Make it read-only", NULL };
  static const char * const categories[] = { "malicious-code", NULL };
  g_autoptr(CordonStrategy) strategy = cordon_strategy_new ();
  g_autoptr(CordonStrategy) copy = NULL;
  g_autoptr(CordonStrategy) again = NULL;
  g_autoptr(CordonStrategy) found = NULL;
  g_autoptr(CordonStrategy) clash = cordon_strategy_new ();
  g_autoptr(GListModel) before = cordon_workspace_list_strategies (f->ws, NULL);
  g_autoptr(GListModel) after = NULL;
  g_autoptr(GError) error = NULL;

  cordon_strategy_set_slug (strategy, "read-only-shares");
  cordon_strategy_set_name (strategy, "Make file shares read-only");
  cordon_strategy_set_focus_areas (strategy, CORDON_FOCUS_AREA_INTERNAL_NETWORK | CORDON_FOCUS_AREA_ENDPOINT);
  cordon_strategy_set_term (strategy, CORDON_CONTAINMENT_TERM_SHORT);
  cordon_strategy_set_steps (strategy, steps);
  cordon_strategy_set_categories (strategy, categories);
  g_assert_true (cordon_workspace_create_strategy (f->ws, strategy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cordon_strategy_get_id (strategy), >, 0);

  found = cordon_workspace_lookup_strategy (f->ws, "read-only-shares", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cordon_strategy_get_name (found), ==, "Make file shares read-only");
  g_assert_cmpuint (cordon_strategy_get_focus_areas (found), ==,
                    CORDON_FOCUS_AREA_INTERNAL_NETWORK | CORDON_FOCUS_AREA_ENDPOINT);
  g_assert_true (g_strv_equal (cordon_strategy_get_steps (found), steps));

  /* Slugs are unique and well formed; names are required */
  cordon_strategy_set_slug (clash, "read-only-shares");
  cordon_strategy_set_name (clash, "Another");
  g_assert_false (cordon_workspace_create_strategy (f->ws, clash, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  cordon_strategy_set_slug (clash, "Not A Slug");
  g_assert_false (cordon_workspace_create_strategy (f->ws, clash, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  cordon_strategy_set_slug (clash, "nameless");
  cordon_strategy_set_name (clash, "");
  g_assert_false (cordon_workspace_create_strategy (f->ws, clash, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);

  cordon_strategy_set_evidence_risk (found, TRUE);
  cordon_strategy_set_description (found, "Stops encryption of the shares");
  g_assert_true (cordon_workspace_update_strategy (f->ws, found, &error));
  g_assert_no_error (error);
  g_clear_object (&found);
  found = cordon_workspace_lookup_strategy (f->ws, "read-only-shares", &error);
  g_assert_true (cordon_strategy_get_evidence_risk (found));
  g_assert_cmpstr (cordon_strategy_get_description (found), ==, "Stops encryption of the shares");

  copy = cordon_workspace_duplicate_strategy (f->ws, found, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cordon_strategy_get_slug (copy), ==, "read-only-shares-copy");
  g_assert_true (g_strv_equal (cordon_strategy_get_steps (copy), steps));
  again = cordon_workspace_duplicate_strategy (f->ws, found, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cordon_strategy_get_slug (again), ==, "read-only-shares-copy-2");

  after = cordon_workspace_list_strategies (f->ws, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (before) + 3);
  g_clear_object (&after);

  g_assert_true (cordon_workspace_remove_strategy (f->ws, copy, &error));
  g_assert_no_error (error);
  g_clear_object (&found);
  found = cordon_workspace_lookup_strategy (f->ws, "read-only-shares-copy", &error);
  g_assert_null (found);
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND);
}

static void
test_strategy_from_d3fend (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CordonD3fendCatalogue) catalogue = cordon_d3fend_catalogue_new_default (&error);
  g_autoptr(CordonStrategy) strategy = NULL;
  const CordonD3fendTechnique *technique;

  g_assert_no_error (error);
  technique = cordon_d3fend_catalogue_lookup (catalogue, "D3-AL");
  g_assert_nonnull (technique);
  g_assert_cmpstr (technique->name, ==, "Account Locking");
  g_assert_cmpstr (technique->tactic, ==, "Evict");

  strategy = cordon_d3fend_catalogue_new_strategy (catalogue, "D3-AL");
  g_assert_cmpstr (cordon_strategy_get_slug (strategy), ==, "d3-al");
  g_assert_cmpstr (cordon_strategy_get_name (strategy), ==, "Account Locking");
  g_assert_cmpstr (cordon_strategy_get_description (strategy), ==, technique->definition);
  g_assert_true (g_strv_contains (cordon_strategy_get_d3fend (strategy), "D3-AL"));
  g_assert_true (cordon_workspace_create_strategy (f->ws, strategy, &error));
  g_assert_no_error (error);
}

static void
test_d3fend_catalogue (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(CordonD3fendCatalogue) catalogue = cordon_d3fend_catalogue_new_default (&error);
  guint n_isolate = 0, n_evict = 0, n_restore = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (cordon_d3fend_catalogue_get_n_techniques (catalogue), ==, 84);

  for (guint i = 0; i < cordon_d3fend_catalogue_get_n_techniques (catalogue); i++)
    {
      const CordonD3fendTechnique *t = cordon_d3fend_catalogue_get_technique (catalogue, i);

      g_assert_true (g_str_has_prefix (t->id, "D3-"));
      g_assert_cmpstr (t->name, !=, "");
      n_isolate += g_str_equal (t->tactic, "Isolate");
      n_evict += g_str_equal (t->tactic, "Evict");
      n_restore += g_str_equal (t->tactic, "Restore");
    }
  g_assert_cmpuint (n_isolate, ==, 53);
  g_assert_cmpuint (n_evict, ==, 19);
  g_assert_cmpuint (n_restore, ==, 12);

  g_assert_cmpstr (cordon_d3fend_catalogue_lookup (catalogue, "D3-NI")->name, ==, "Network Isolation");
  g_assert_cmpstr (cordon_d3fend_catalogue_lookup (catalogue, "D3-DNSDL")->name, ==, "DNS Denylisting");
  g_assert_null (cordon_d3fend_catalogue_lookup (catalogue, "D3-NOPE"));
}

/* Validations -------------------------------------------------------- */

static void
test_validations (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(CordonStrategy) vlan = cordon_workspace_lookup_strategy (f->ws, "switch-vlan-isolation", NULL);
  g_autoptr(CordonStrategy) acls = cordon_workspace_lookup_strategy (f->ws, "network-acls", NULL);
  g_autoptr(CordonValidation) old = cordon_validation_new ();
  g_autoptr(CordonValidation) recent = cordon_validation_new ();
  g_autoptr(GListModel) validations = NULL;
  g_autoptr(GListModel) stale = NULL;
  g_autoptr(GListModel) all = cordon_workspace_list_strategies (f->ws, NULL);
  g_autoptr(GDateTime) last = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CordonValidation) first = NULL;
  gboolean vlan_stale = FALSE, acls_stale = FALSE;

  /* Never validated: every strategy is stale */
  stale = cordon_workspace_list_unvalidated_strategies (f->ws, 365 * DAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (stale), ==, g_list_model_get_n_items (all));
  g_clear_object (&stale);
  g_assert_true (cordon_workspace_get_last_validated (f->ws, vlan, &last, &error));
  g_assert_null (last);

  /* A tabletop now on the VLAN isolation, a test run on the ACLs */
  cordon_validation_set_method (old, CORDON_VALIDATION_METHOD_TABLETOP);
  cordon_validation_set_who (old, "Network team, CSIRT");
  cordon_validation_set_duration (old, 45 * 60);
  cordon_validation_set_result (old, CORDON_VALIDATION_RESULT_PARTLY);
  cordon_validation_set_pitfalls (old, "Nobody knew the quarantine VLAN number");
  g_assert_true (cordon_workspace_add_validation (f->ws, vlan, old, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cordon_validation_get_id (old), >, 0);
  g_assert_nonnull (cordon_validation_get_date (old));

  cordon_validation_set_method (recent, CORDON_VALIDATION_METHOD_TEST_RUN);
  cordon_validation_set_result (recent, CORDON_VALIDATION_RESULT_EFFECTIVE);
  g_assert_true (cordon_workspace_add_validation (f->ws, acls, recent, &error));

  validations = cordon_workspace_list_validations (f->ws, vlan, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (validations), ==, 1);
  first = g_list_model_get_item (validations, 0);
  g_assert_cmpint (cordon_validation_get_method (first), ==, CORDON_VALIDATION_METHOD_TABLETOP);
  g_assert_cmpint (cordon_validation_get_duration (first), ==, 45 * 60);
  g_assert_cmpint (cordon_validation_get_result (first), ==, CORDON_VALIDATION_RESULT_PARTLY);
  g_assert_cmpstr (cordon_validation_get_pitfalls (first), ==, "Nobody knew the quarantine VLAN number");

  /* 200 days on, the ACLs are validated again; at 400 days the VLAN
   * isolation is long ago, the ACLs are not */
  cordon_manual_clock_advance (f->clock, 200 * 24 * 3600);
  g_clear_object (&recent);
  recent = cordon_validation_new ();
  g_assert_true (cordon_workspace_add_validation (f->ws, acls, recent, &error));
  cordon_manual_clock_advance (f->clock, 200 * 24 * 3600);

  stale = cordon_workspace_list_unvalidated_strategies (f->ws, 365 * DAY, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (stale), ==, g_list_model_get_n_items (all) - 1);
  for (guint i = 0; i < g_list_model_get_n_items (stale); i++)
    {
      g_autoptr(CordonStrategy) s = g_list_model_get_item (stale, i);

      vlan_stale |= g_str_equal (cordon_strategy_get_slug (s), "switch-vlan-isolation");
      acls_stale |= g_str_equal (cordon_strategy_get_slug (s), "network-acls");
    }
  g_assert_true (vlan_stale);
  g_assert_false (acls_stale);

  g_assert_true (cordon_workspace_get_last_validated (f->ws, acls, &last, &error));
  g_assert_nonnull (last);
  g_assert_cmpint (cordon_time_from_date_time (last), ==,
                   cordon_time_from_date_time (cordon_validation_get_date (recent)));
}

/* Plans -------------------------------------------------------------- */

static CordonPlanAction *
add_from_strategy (Fixture        *f,
                   CordonIncident *incident,
                   const char     *slug)
{
  g_autoptr(CordonPlanAction) action = cordon_plan_action_new ();
  g_autoptr(GError) error = NULL;

  cordon_plan_action_set_strategy (action, slug);
  g_assert_true (cordon_workspace_add_plan_action (f->ws, incident, action, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&action);
}

static void
test_plan (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = new_incident_in_containment (f);
  g_autoptr(CordonPlanAction) power_off = add_from_strategy (f, incident, "power-off-server");
  g_autoptr(CordonPlanAction) lockdown = add_from_strategy (f, incident, "hips-lockdown");
  g_autoptr(CordonPlanAction) custom = cordon_plan_action_new ();
  g_autoptr(CordonPlanAction) unknown = cordon_plan_action_new ();
  g_autoptr(CordonPlanAction) untitled = cordon_plan_action_new ();
  g_autoptr(GListModel) plan = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (cordon_plan_action_get_title (power_off), ==, "Power off the server");
  g_assert_cmpint (cordon_plan_action_get_term (power_off), ==, CORDON_CONTAINMENT_TERM_SHORT);
  g_assert_true (cordon_plan_action_get_evidence_risk (power_off));
  g_assert_cmpint (cordon_plan_action_get_status (power_off), ==, CORDON_ACTION_STATUS_PLANNED);
  g_assert_cmpint (cordon_plan_action_get_term (lockdown), ==, CORDON_CONTAINMENT_TERM_LONG);
  g_assert_false (cordon_plan_action_get_evidence_risk (lockdown));

  cordon_plan_action_set_title (custom, "Make the finance share read-only");
  cordon_plan_action_set_owner (custom, "Storage team");
  g_assert_true (cordon_workspace_add_plan_action (f->ws, incident, custom, &error));
  g_assert_no_error (error);
  g_assert_null (cordon_plan_action_get_strategy (custom));
  g_assert_cmpint (cordon_plan_action_get_position (custom), ==, 2);

  cordon_plan_action_set_strategy (unknown, "no-such-strategy");
  g_assert_false (cordon_workspace_add_plan_action (f->ws, incident, unknown, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (cordon_workspace_add_plan_action (f->ws, incident, untitled, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);

  /* Reorder: the custom action first */
  g_assert_true (cordon_workspace_move_plan_action (f->ws, custom, 0, &error));
  g_assert_no_error (error);
  plan = cordon_workspace_list_plan (f->ws, incident, &error);
  g_assert_cmpuint (g_list_model_get_n_items (plan), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      static const char * const order[] = {
        "Make the finance share read-only", "Power off the server", "Lock systems down with a HIPS policy",
      };
      g_autoptr(CordonPlanAction) action = g_list_model_get_item (plan, i);

      g_assert_cmpstr (cordon_plan_action_get_title (action), ==, order[i]);
      g_assert_cmpint (cordon_plan_action_get_position (action), ==, i);
    }
  g_clear_object (&plan);

  /* Past the end means last; removal closes the gap */
  g_assert_true (cordon_workspace_move_plan_action (f->ws, custom, 99, &error));
  g_assert_true (cordon_workspace_remove_plan_action (f->ws, lockdown, &error));
  g_assert_no_error (error);
  plan = cordon_workspace_list_plan (f->ws, incident, &error);
  g_assert_cmpuint (g_list_model_get_n_items (plan), ==, 2);
  {
    g_autoptr(CordonPlanAction) a = g_list_model_get_item (plan, 0);
    g_autoptr(CordonPlanAction) b = g_list_model_get_item (plan, 1);

    g_assert_cmpstr (cordon_plan_action_get_title (a), ==, "Power off the server");
    g_assert_cmpint (cordon_plan_action_get_position (a), ==, 0);
    g_assert_cmpstr (cordon_plan_action_get_title (b), ==, "Make the finance share read-only");
    g_assert_cmpint (cordon_plan_action_get_position (b), ==, 1);
  }

  /* Editing keeps the status */
  cordon_plan_action_set_owner (power_off, "Server team");
  cordon_plan_action_set_notes (power_off, "Memory first");
  g_assert_true (cordon_workspace_update_plan_action (f->ws, power_off, &error));
  g_assert_no_error (error);
  {
    g_autoptr(CordonPlanAction) stored = cordon_workspace_lookup_plan_action (f->ws, cordon_plan_action_get_id (power_off), &error);

    g_assert_cmpstr (cordon_plan_action_get_owner (stored), ==, "Server team");
    g_assert_cmpstr (cordon_plan_action_get_notes (stored), ==, "Memory first");
  }
}

static void
test_status_changes (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = new_incident_in_containment (f);
  g_autoptr(CordonPlanAction) action = add_from_strategy (f, incident, "disconnect-endpoint");
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(CordonPlanAction) stored = NULL;
  g_autoptr(GError) error = NULL;
  guint before = journal_length (f, incident);

  cordon_manual_clock_advance (f->clock, 60);
  g_assert_true (cordon_workspace_set_plan_action_status (f->ws, action, CORDON_ACTION_STATUS_IN_PROGRESS,
                                                          NULL, "Ana Lead", &error));
  g_assert_no_error (error);
  g_assert_nonnull (cordon_plan_action_get_started (action));
  g_assert_null (cordon_plan_action_get_finished (action));
  g_assert_cmpuint (journal_length (f, incident), ==, before + 1);

  entry = last_journal_entry (f, incident);
  g_assert_cmpint (cordon_journal_entry_get_kind (entry), ==, CORDON_JOURNAL_KIND_NOTE);
  g_assert_cmpstr (cordon_journal_entry_get_author (entry), ==, "Ana Lead");
  g_assert_nonnull (strstr (cordon_journal_entry_get_text (entry), "Disconnect the laptop or desktop"));
  g_assert_nonnull (strstr (cordon_journal_entry_get_payload (entry), "\"to\":\"in-progress\""));
  g_clear_object (&entry);

  /* The same status again is refused, without a journal entry */
  g_assert_false (cordon_workspace_set_plan_action_status (f->ws, action, CORDON_ACTION_STATUS_IN_PROGRESS,
                                                           NULL, "Ana Lead", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);

  cordon_manual_clock_advance (f->clock, 600);
  g_assert_true (cordon_workspace_set_plan_action_status (f->ws, action, CORDON_ACTION_STATUS_FAILED,
                                                          NULL, "Ana Lead", &error));
  g_assert_true (cordon_workspace_set_plan_action_status (f->ws, action, CORDON_ACTION_STATUS_ROLLED_BACK,
                                                          NULL, "Ana Lead", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (journal_length (f, incident), ==, before + 3);

  stored = cordon_workspace_lookup_plan_action (f->ws, cordon_plan_action_get_id (action), &error);
  g_assert_cmpint (cordon_plan_action_get_status (stored), ==, CORDON_ACTION_STATUS_ROLLED_BACK);
  g_assert_cmpint (cordon_time_from_date_time (cordon_plan_action_get_finished (stored)) -
                   cordon_time_from_date_time (cordon_plan_action_get_started (stored)), ==, 600 * G_USEC_PER_SEC);

  /* The journal chain stays intact */
  g_assert_true (cordon_workspace_verify (f->ws, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_contained_rule (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = new_incident_in_containment (f);
  g_autoptr(CordonPlanAction) block = add_from_strategy (f, incident, "block-inbound-traffic");
  g_autoptr(CordonPlanAction) vlan = add_from_strategy (f, incident, "switch-vlan-isolation");
  g_autoptr(CordonPlanAction) signature = add_from_strategy (f, incident, "custom-ids-signature");
  g_autoptr(GError) error = NULL;

  /* Both short-term actions are open; the message names them */
  g_assert_false (cordon_workspace_move_incident (f->ws, incident, CORDON_PHASE_RECOVERY, "Contained", "Ana Lead", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "Block inbound traffic from the attacker"));
  g_assert_nonnull (strstr (error->message, "Isolate in a VLAN on the switch"));
  g_assert_null (strstr (error->message, "custom IDS signature"));
  g_clear_error (&error);
  g_assert_cmpint (cordon_incident_get_phase (incident), ==, CORDON_PHASE_CONTAINMENT);

  /* Going back to analysis is always allowed */
  g_assert_true (cordon_lifecycle_is_allowed (CORDON_PHASE_CONTAINMENT, CORDON_PHASE_ANALYSIS));

  g_assert_true (cordon_workspace_set_plan_action_status (f->ws, block, CORDON_ACTION_STATUS_DONE, NULL, "Ana Lead", &error));
  g_assert_false (cordon_workspace_move_incident (f->ws, incident, CORDON_PHASE_RECOVERY, "Contained", "Ana Lead", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED);
  g_assert_null (strstr (error->message, "Block inbound traffic"));
  g_clear_error (&error);

  /* Waiving needs a reason */
  g_assert_false (cordon_workspace_set_plan_action_status (f->ws, vlan, CORDON_ACTION_STATUS_WAIVED, "  ", "Ana Lead", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (cordon_workspace_set_plan_action_status (f->ws, vlan, CORDON_ACTION_STATUS_WAIVED,
                                                          "The switch has no free VLAN; the block holds", "Ana Lead", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (cordon_plan_action_get_waive_reason (vlan), ==, "The switch has no free VLAN; the block holds");

  /* The long-term action may still be planned */
  g_assert_true (cordon_workspace_move_incident (f->ws, incident, CORDON_PHASE_RECOVERY, "Contained", "Ana Lead", &error));
  g_assert_no_error (error);
  g_assert_cmpint (cordon_plan_action_get_status (signature), ==, CORDON_ACTION_STATUS_PLANNED);
}

/* Monitoring sees the attack again while the incident is in recovery:
 * containment did not hold, and the incident goes back to it. */
static void
test_recurrence_reopens_containment (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = new_incident_in_containment (f);
  g_autoptr(CordonPlanAction) block = add_from_strategy (f, incident, "block-inbound-traffic");
  g_autoptr(CordonMonitoringCheck) check = cordon_monitoring_check_new ();
  g_autoptr(CordonJournalEntry) last = NULL;
  g_autoptr(GError) error = NULL;

  cordon_monitoring_check_set_target (check, CORDON_MONITORING_TARGET_ATTACK_VECTOR);
  cordon_monitoring_check_set_duration (check, 14 * 24 * 3600);
  cordon_monitoring_check_set_interval (check, 24 * 3600);
  g_assert_true (cordon_workspace_add_monitoring_check (f->ws, block, check, &error));
  g_assert_no_error (error);
  g_assert_true (cordon_workspace_set_plan_action_status (f->ws, block, CORDON_ACTION_STATUS_DONE, NULL, "Ana Lead", &error));
  g_assert_true (cordon_workspace_move_incident (f->ws, incident, CORDON_PHASE_RECOVERY, "Contained", "Ana Lead", &error));
  g_assert_no_error (error);

  g_assert_true (cordon_workspace_record_monitoring_outcome (f->ws, check, CORDON_MONITORING_OUTCOME_RECURRENCE_SEEN,
                                                             "Same exploit from a new address", "Ben Analyst", &error));
  g_assert_no_error (error);
  g_assert_cmpint (cordon_incident_get_phase (incident), ==, CORDON_PHASE_CONTAINMENT);

  last = last_journal_entry (f, incident);
  g_assert_cmpint (cordon_journal_entry_get_kind (last), ==, CORDON_JOURNAL_KIND_PHASE_CHANGE);
  g_assert_nonnull (strstr (cordon_journal_entry_get_text (last), "Recurrence seen while monitoring"));
  g_assert_cmpstr (cordon_journal_entry_get_author (last), ==, "Ben Analyst");
  g_assert_true (cordon_workspace_verify (f->ws, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_contained_core (void)
{
  g_autoptr(GListStore) plan = g_list_store_new (CORDON_TYPE_PLAN_ACTION);
  g_autoptr(CordonPlanAction) action = cordon_plan_action_new ();
  g_autoptr(GError) error = NULL;

  /* No plan does not hold the incident back */
  g_assert_true (cordon_lifecycle_check_contained (G_LIST_MODEL (plan), &error));

  cordon_plan_action_set_title (action, "Pull the plug");
  g_list_store_append (plan, action);
  g_assert_false (cordon_lifecycle_check_contained (G_LIST_MODEL (plan), &error));
  g_assert_error (error, CORDON_LIFECYCLE_ERROR, CORDON_LIFECYCLE_ERROR_NOT_CONTAINED);
  g_clear_error (&error);

  /* Waived without a reason does not count */
  cordon_plan_action_set_status (action, CORDON_ACTION_STATUS_WAIVED);
  g_assert_false (cordon_lifecycle_check_contained (G_LIST_MODEL (plan), NULL));
  cordon_plan_action_set_waive_reason (action, "Not needed");
  g_assert_true (cordon_lifecycle_check_contained (G_LIST_MODEL (plan), NULL));
  cordon_plan_action_set_status (action, CORDON_ACTION_STATUS_FAILED);
  g_assert_false (cordon_lifecycle_check_contained (G_LIST_MODEL (plan), NULL));
  cordon_plan_action_set_status (action, CORDON_ACTION_STATUS_DONE);
  g_assert_true (cordon_lifecycle_check_contained (G_LIST_MODEL (plan), NULL));
}

static void
test_enums (void)
{
  CordonFocusArea areas = 0;
  g_autofree char *text = cordon_focus_area_to_string (CORDON_FOCUS_AREA_PERIMETER | CORDON_FOCUS_AREA_ENDPOINT);
  CordonActionStatus status;

  g_assert_cmpstr (text, ==, "perimeter,endpoint");
  g_assert_true (cordon_focus_area_from_string ("perimeter,endpoint", &areas));
  g_assert_cmpuint (areas, ==, CORDON_FOCUS_AREA_PERIMETER | CORDON_FOCUS_AREA_ENDPOINT);
  g_assert_true (cordon_focus_area_from_string ("", &areas));
  g_assert_cmpuint (areas, ==, 0);
  g_assert_false (cordon_focus_area_from_string ("perimeter,moon", &areas));
  g_assert_cmpstr (cordon_focus_area_to_id (CORDON_FOCUS_AREA_EXTENDED_PERIMETER), ==, "extended-perimeter");

  g_assert_cmpstr (cordon_containment_term_to_id (CORDON_CONTAINMENT_TERM_LONG), ==, "long-term");
  g_assert_true (cordon_action_status_from_id ("rolled-back", &status));
  g_assert_cmpint (status, ==, CORDON_ACTION_STATUS_ROLLED_BACK);
  g_assert_cmpstr (cordon_monitoring_outcome_to_id (CORDON_MONITORING_OUTCOME_RECURRENCE_SEEN), ==, "recurrence-seen");
  g_assert_cmpstr (cordon_validation_method_to_id (CORDON_VALIDATION_METHOD_TEST_RUN), ==, "test-run");
}

/* Monitoring --------------------------------------------------------- */

static void
test_monitoring (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = new_incident_in_containment (f);
  g_autoptr(CordonPlanAction) action = add_from_strategy (f, incident, "stop-outbound-communication");
  g_autoptr(CordonMonitoringCheck) check = cordon_monitoring_check_new ();
  g_autoptr(CordonMonitoringCheck) custom = cordon_monitoring_check_new ();
  g_autoptr(GListModel) checks = NULL;
  g_autoptr(GListModel) due = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  guint before;

  cordon_monitoring_check_set_target (check, CORDON_MONITORING_TARGET_OUTBOUND_TRAFFIC);
  cordon_monitoring_check_set_text (check, "SIEM rule: outbound from 10.1.2.3");
  cordon_monitoring_check_set_duration (check, 14 * 24 * 3600);
  cordon_monitoring_check_set_interval (check, 24 * 3600);
  g_assert_true (cordon_workspace_add_monitoring_check (f->ws, action, check, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cordon_time_from_date_time (cordon_monitoring_check_get_next_due (check)), ==,
                   cordon_clock_now_usec (CORDON_CLOCK (f->clock)) + DAY);

  /* A custom check says what it watches */
  cordon_monitoring_check_set_target (custom, CORDON_MONITORING_TARGET_CUSTOM);
  g_assert_false (cordon_workspace_add_monitoring_check (f->ws, action, custom, &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
  g_clear_error (&error);

  checks = cordon_workspace_list_monitoring_checks (f->ws, action, &error);
  g_assert_cmpuint (g_list_model_get_n_items (checks), ==, 1);

  /* Not due yet; due a day later */
  now = cordon_clock_now (CORDON_CLOCK (f->clock));
  due = cordon_workspace_list_due_monitoring_checks (f->ws, now, &error);
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, 0);
  g_clear_object (&due);
  g_clear_pointer (&now, g_date_time_unref);
  cordon_manual_clock_advance (f->clock, 24 * 3600);
  now = cordon_clock_now (CORDON_CLOCK (f->clock));
  due = cordon_workspace_list_due_monitoring_checks (f->ws, now, &error);
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, 1);
  g_clear_object (&due);

  /* Checked, nothing yet: due again one interval on, no journal entry */
  before = journal_length (f, incident);
  g_assert_true (cordon_workspace_record_monitoring_outcome (f->ws, check, CORDON_MONITORING_OUTCOME_PENDING,
                                                             "Quiet", "Ben Analyst", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (journal_length (f, incident), ==, before);
  due = cordon_workspace_list_due_monitoring_checks (f->ws, now, &error);
  g_assert_cmpuint (g_list_model_get_n_items (due), ==, 0);
  g_clear_object (&due);

  /* A recurrence goes in the journal and ends the reminders */
  g_assert_true (cordon_workspace_record_monitoring_outcome (f->ws, check, CORDON_MONITORING_OUTCOME_RECURRENCE_SEEN,
                                                             "Beacon to a new domain", "Ben Analyst", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (journal_length (f, incident), ==, before + 1);
  entry = last_journal_entry (f, incident);
  g_assert_cmpstr (cordon_journal_entry_get_author (entry), ==, "Ben Analyst");
  g_assert_nonnull (strstr (cordon_journal_entry_get_text (entry), "Beacon to a new domain"));
  g_assert_nonnull (strstr (cordon_journal_entry_get_payload (entry), "\"outcome\":\"recurrence-seen\""));
  g_assert_null (cordon_monitoring_check_get_next_due (check));

  g_clear_object (&checks);
  checks = cordon_workspace_list_monitoring_checks (f->ws, action, &error);
  {
    g_autoptr(CordonMonitoringCheck) stored = g_list_model_get_item (checks, 0);

    g_assert_cmpint (cordon_monitoring_check_get_outcome (stored), ==, CORDON_MONITORING_OUTCOME_RECURRENCE_SEEN);
    g_assert_cmpstr (cordon_monitoring_check_get_outcome_notes (stored), ==, "Beacon to a new domain");
    g_assert_cmpint (cordon_monitoring_check_get_duration (stored), ==, 14 * 24 * 3600);
  }

  g_assert_true (cordon_workspace_verify (f->ws, NULL, NULL, &error));
  g_assert_no_error (error);
}

typedef struct
{
  guint   n_due;
  guint   n_final;
  gint64  last_check;
} Reminders;

static void
on_check_due (CordonMonitoringScheduler *scheduler,
              CordonIncident            *incident,
              CordonPlanAction          *action,
              CordonMonitoringCheck     *check,
              gboolean                   final,
              Reminders                 *reminders)
{
  g_assert_cmpstr (cordon_incident_get_title (incident), ==, "Ransomware on the file server");
  g_assert_cmpint (cordon_monitoring_check_get_action_id (check), ==, cordon_plan_action_get_id (action));
  reminders->n_due++;
  reminders->n_final += final ? 1 : 0;
  reminders->last_check = cordon_monitoring_check_get_id (check);
}

static CordonMonitoringScheduler *
start_reminders (Fixture   *f,
                 Reminders *reminders)
{
  g_autoptr(GError) error = NULL;
  CordonMonitoringScheduler *scheduler = cordon_monitoring_scheduler_new (f->ws, NULL);

  g_signal_connect (scheduler, "check-due", G_CALLBACK (on_check_due), reminders);
  g_assert_true (cordon_monitoring_scheduler_start (scheduler, &error));
  g_assert_no_error (error);

  return scheduler;
}

/* A check watched for three days, once a day: reminders at each day on
 * the SLA clock, told once each (also across a restart), checks missed
 * while nothing ran told once, the last one at the end of the period
 * asking for the outcome, and none after an outcome. */
static void
test_monitoring_reminders (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = new_incident_in_containment (f);
  g_autoptr(CordonPlanAction) action = add_from_strategy (f, incident, "stop-outbound-communication");
  g_autoptr(CordonMonitoringCheck) check = cordon_monitoring_check_new ();
  g_autoptr(CordonMonitoringScheduler) scheduler = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  Reminders reminders = { 0, };
  gint64 start = cordon_clock_now_usec (CORDON_CLOCK (f->clock));
  guint before;

  cordon_monitoring_check_set_target (check, CORDON_MONITORING_TARGET_OUTBOUND_TRAFFIC);
  cordon_monitoring_check_set_duration (check, 3 * 24 * 3600);
  cordon_monitoring_check_set_interval (check, 24 * 3600);
  g_assert_true (cordon_workspace_add_monitoring_check (f->ws, action, check, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cordon_time_from_date_time (cordon_monitoring_check_get_ends (check)), ==, start + 3 * DAY);

  scheduler = start_reminders (f, &reminders);
  g_assert_cmpint (cordon_monitoring_scheduler_get_next_due (scheduler), ==, start + DAY);

  /* A check that is not due cannot be told as due */
  {
    gboolean final = TRUE;

    before = journal_length (f, incident);
    g_assert_false (cordon_workspace_remind_monitoring_check (f->ws, check, start, &final, &error));
    g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_cmpuint (journal_length (f, incident), ==, before);
  }

  /* Nothing before the day is out */
  cordon_manual_clock_advance (f->clock, 23 * 3600);
  g_assert_cmpuint (reminders.n_due, ==, 0);

  /* The first day: one reminder, in the journal, next due a day later */
  before = journal_length (f, incident);
  cordon_manual_clock_advance (f->clock, 3600);
  g_assert_cmpuint (reminders.n_due, ==, 1);
  g_assert_cmpuint (reminders.n_final, ==, 0);
  g_assert_cmpint (reminders.last_check, ==, cordon_monitoring_check_get_id (check));
  g_assert_cmpuint (journal_length (f, incident), ==, before + 1);
  entry = last_journal_entry (f, incident);
  g_assert_cmpstr (cordon_journal_entry_get_author (entry), ==, "cordon");
  g_assert_nonnull (strstr (cordon_journal_entry_get_text (entry), "Monitoring check due"));
  g_assert_nonnull (strstr (cordon_journal_entry_get_payload (entry), "\"final\":false"));
  g_assert_cmpint (cordon_monitoring_scheduler_get_next_due (scheduler), ==, start + 2 * DAY);

  /* More time on the same day tells nothing more */
  cordon_manual_clock_advance (f->clock, 3600);
  g_assert_cmpuint (reminders.n_due, ==, 1);

  /* A restart does not tell the first day again */
  g_clear_object (&scheduler);
  g_clear_object (&f->ws);
  f->ws = cordon_workspace_new (f->path, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);
  g_clear_object (&incident);
  incident = cordon_workspace_lookup_incident_by_id (f->ws, cordon_plan_action_get_incident_id (action), &error);
  g_assert_no_error (error);
  scheduler = start_reminders (f, &reminders);
  g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (reminders.n_due, ==, 1);

  /* Two days pass while nothing runs: the second day and the end of the
   * period are one reminder, the last, asking for the outcome */
  before = journal_length (f, incident);
  cordon_manual_clock_advance (f->clock, 2 * 24 * 3600);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (reminders.n_due, ==, 2);
  g_assert_cmpuint (reminders.n_final, ==, 1);
  g_assert_cmpuint (journal_length (f, incident), ==, before + 1);
  g_clear_object (&entry);
  entry = last_journal_entry (f, incident);
  g_assert_nonnull (strstr (cordon_journal_entry_get_text (entry), "has ended"));
  g_assert_nonnull (strstr (cordon_journal_entry_get_payload (entry), "\"final\":true"));
  g_assert_cmpint (cordon_monitoring_scheduler_get_next_due (scheduler), ==, -1);

  /* Nothing after the end */
  cordon_manual_clock_advance (f->clock, 7 * 24 * 3600);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (reminders.n_due, ==, 2);

  g_assert_true (cordon_workspace_verify (f->ws, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* A new check re-arms a running scheduler; an outcome disarms it */
static void
test_monitoring_rearm (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = new_incident_in_containment (f);
  g_autoptr(CordonPlanAction) action = add_from_strategy (f, incident, "stop-outbound-communication");
  g_autoptr(CordonMonitoringCheck) slow = cordon_monitoring_check_new ();
  g_autoptr(CordonMonitoringCheck) fast = cordon_monitoring_check_new ();
  g_autoptr(CordonMonitoringScheduler) scheduler = NULL;
  g_autoptr(GError) error = NULL;
  Reminders reminders = { 0, };
  gint64 start = cordon_clock_now_usec (CORDON_CLOCK (f->clock));

  scheduler = start_reminders (f, &reminders);
  g_assert_cmpint (cordon_monitoring_scheduler_get_next_due (scheduler), ==, -1);

  cordon_monitoring_check_set_target (slow, CORDON_MONITORING_TARGET_ATTACK_VECTOR);
  cordon_monitoring_check_set_duration (slow, 14 * 24 * 3600);
  cordon_monitoring_check_set_interval (slow, 24 * 3600);
  g_assert_true (cordon_workspace_add_monitoring_check (f->ws, action, slow, &error));
  g_assert_cmpint (cordon_monitoring_scheduler_get_next_due (scheduler), ==, start + DAY);

  cordon_monitoring_check_set_target (fast, CORDON_MONITORING_TARGET_TARGETED_VICTIMS);
  cordon_monitoring_check_set_duration (fast, 2 * 24 * 3600);
  cordon_monitoring_check_set_interval (fast, 4 * 3600);
  g_assert_true (cordon_workspace_add_monitoring_check (f->ws, action, fast, &error));
  g_assert_cmpint (cordon_monitoring_scheduler_get_next_due (scheduler), ==, start + (gint64) 4 * 3600 * G_USEC_PER_SEC);

  g_assert_true (cordon_workspace_record_monitoring_outcome (f->ws, fast, CORDON_MONITORING_OUTCOME_EFFECTIVE,
                                                             "", "Ben Analyst", &error));
  g_assert_no_error (error);
  g_assert_cmpint (cordon_monitoring_scheduler_get_next_due (scheduler), ==, start + DAY);

  g_assert_true (cordon_workspace_record_monitoring_outcome (f->ws, slow, CORDON_MONITORING_OUTCOME_EFFECTIVE,
                                                             "", "Ben Analyst", &error));
  g_assert_cmpint (cordon_monitoring_scheduler_get_next_due (scheduler), ==, -1);

  cordon_manual_clock_advance (f->clock, 30 * 24 * 3600);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (reminders.n_due, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("TZ", "UTC", TRUE);
  g_test_init (&argc, &argv, NULL);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_set_up, fn, fixture_tear_down)
  ADD ("/containment/library/default", test_default_library);
  ADD ("/containment/library/migration-from-v3", test_migration_from_v3);
  ADD ("/containment/library/crud", test_strategy_crud);
  ADD ("/containment/library/from-d3fend", test_strategy_from_d3fend);
  ADD ("/containment/validation/records", test_validations);
  ADD ("/containment/plan/actions", test_plan);
  ADD ("/containment/plan/status-changes", test_status_changes);
  ADD ("/containment/plan/contained", test_contained_rule);
  ADD ("/containment/monitoring/outcomes", test_monitoring);
  ADD ("/containment/monitoring/recurrence-reopens", test_recurrence_reopens_containment);
  ADD ("/containment/monitoring/reminders", test_monitoring_reminders);
  ADD ("/containment/monitoring/rearm", test_monitoring_rearm);
#undef ADD
  g_test_add_func ("/containment/core/contained", test_contained_core);
  g_test_add_func ("/containment/core/enums", test_enums);
  g_test_add_func ("/containment/d3fend/catalogue", test_d3fend_catalogue);

  return g_test_run ();
}
