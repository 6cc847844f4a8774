/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-store-management.c: activating the management group of an incident
 * by hand: the time is stamped, the group engaged and the journal written
 * in one go, a second activation is refused, and the chain still verifies.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "cordon-manual-clock.h"
#include "cordon-time.h"
#include "cordon-workspace.h"

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

  f->dir = g_dir_make_tmp ("cordon-management-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.cordon", NULL);
  f->clock = cordon_manual_clock_new_iso8601 ("2026-03-01T09:00:00Z");
  f->ws = cordon_workspace_new (f->path, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->ws);
  g_clear_object (&f->clock);

  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (f->dir, name, NULL);
      g_remove (child);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static CordonIncident *
create_incident (Fixture    *f,
                 const char *impact)
{
  g_autoptr(CordonIncident) draft = cordon_incident_new ();
  g_autoptr(GError) error = NULL;
  CordonIncident *incident;

  cordon_incident_set_title (draft, "Phishing wave");
  cordon_incident_set_category (draft, "phishing");
  cordon_incident_set_severity (draft, "medium");
  cordon_incident_set_impact (draft, impact);
  cordon_incident_set_lead (draft, "Ada");
  incident = cordon_workspace_create_incident (f->ws, draft, NULL, &error);
  g_assert_no_error (error);

  return incident;
}

static void
count_signal (gpointer  instance,
              gpointer  arg1,
              guint    *count)
{
  (*count)++;
}

static void
test_activate (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = create_incident (f, "department");
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(CordonJournalEntry) last = NULL;
  g_autoptr(GError) error = NULL;
  guint changed = 0;

  /* A departmental impact does not activate management on its own */
  g_assert_cmpint (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_MANAGEMENT_ACTIVATED), ==, 0);
  g_assert_false (cordon_incident_has_group (incident, "management"));

  g_signal_connect (f->ws, "incident-changed", G_CALLBACK (count_signal), &changed);
  cordon_manual_clock_advance (f->clock, 600);
  g_assert_true (cordon_workspace_activate_management (f->ws, incident, "Ada", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);

  g_assert_cmpint (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_MANAGEMENT_ACTIVATED), ==,
                   cordon_clock_now_usec (CORDON_CLOCK (f->clock)));
  g_assert_true (cordon_incident_has_group (incident, "management"));

  journal = cordon_workspace_list_journal (f->ws, incident, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (journal), ==, 2);
  last = g_list_model_get_item (journal, 1);
  g_assert_cmpint (cordon_journal_entry_get_kind (last), ==, CORDON_JOURNAL_KIND_DECISION);
  g_assert_cmpstr (cordon_journal_entry_get_author (last), ==, "Ada");
  g_assert_nonnull (strstr (cordon_journal_entry_get_payload (last), "\"management-activated\":true"));

  /* Once is enough */
  g_assert_false (cordon_workspace_activate_management (f->ws, incident, "Ada", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED);
  g_clear_error (&error);
  g_assert_cmpint (cordon_incident_get_journal_count (incident), ==, 2);

  g_assert_true (cordon_workspace_verify (f->ws, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
test_stored (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = create_incident (f, "individual");
  g_autoptr(CordonWorkspace) reopened = NULL;
  g_autoptr(CordonIncident) read = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (cordon_workspace_activate_management (f->ws, incident, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&f->ws);

  reopened = cordon_workspace_new (f->path, CORDON_CLOCK (f->clock), NULL, &error);
  g_assert_no_error (error);
  read = cordon_workspace_lookup_incident (reopened, cordon_incident_get_key (incident), &error);
  g_assert_no_error (error);
  g_assert_cmpint (cordon_incident_get_time (read, CORDON_INCIDENT_TIME_MANAGEMENT_ACTIVATED), !=, 0);
  g_assert_true (cordon_incident_has_group (read, "management"));
  g_assert_cmpint (cordon_incident_get_journal_count (read), ==, 2);
}

static void
test_enterprise_wide (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(CordonIncident) incident = create_incident (f, "enterprise-wide");
  g_autoptr(GError) error = NULL;

  /* Created with an enterprise-wide impact, it is already activated */
  g_assert_cmpint (cordon_incident_get_time (incident, CORDON_INCIDENT_TIME_MANAGEMENT_ACTIVATED), !=, 0);
  g_assert_false (cordon_workspace_activate_management (f->ws, incident, "Ada", &error));
  g_assert_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_REFUSED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/management/activate", Fixture, NULL, fixture_set_up, test_activate, fixture_tear_down);
  g_test_add ("/store/management/stored", Fixture, NULL, fixture_set_up, test_stored, fixture_tear_down);
  g_test_add ("/store/management/enterprise-wide", Fixture, NULL, fixture_set_up, test_enterprise_wide,
              fixture_tear_down);

  return g_test_run ();
}
