/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-board-filter.c: what the board shows. Text search over key,
 * title, summary and facts, and exact matches on severity, category,
 * phase, lead and real or exercise. The decision is a plain function of
 * the incident, so it is tested without a display; the board runs it
 * incrementally through a GtkFilterListModel.
 */

#define G_LOG_DOMAIN "cordon-board"

#include "config.h"

#include <string.h>

#include "cordon-board-filter.h"

struct _CordonBoardFilter
{
  GtkFilter         parent_instance;

  char             *text;       /* as typed */
  char             *needle;     /* case-folded text, or NULL */
  gboolean          needle_is_ascii;
  GHashTable       *fact_matches;
  char             *severity;
  char             *category;
  int               phase;      /* -1: any */
  char             *lead;
  CordonBoardScope  scope;
};

G_DEFINE_FINAL_TYPE (CordonBoardFilter, cordon_board_filter, GTK_TYPE_FILTER)

static gboolean
is_ascii (const char *text)
{
  for (const char *p = text; *p; p++)
    {
      if ((guchar) *p >= 0x80)
        return FALSE;
    }

  return TRUE;
}

/* Case-insensitive search; ASCII needles, the common case, without
 * allocating. */
static gboolean
contains (CordonBoardFilter *self,
          const char        *haystack)
{
  if (haystack == NULL || haystack[0] == '\0')
    return FALSE;

  if (self->needle_is_ascii)
    {
      gsize n = strlen (self->needle);

      for (const char *p = haystack; *p; p++)
        {
          if (g_ascii_strncasecmp (p, self->needle, n) == 0)
            return TRUE;
        }
      return FALSE;
    }
  else
    {
      g_autofree char *folded = g_utf8_casefold (haystack, -1);

      return strstr (folded, self->needle) != NULL;
    }
}

gboolean
cordon_board_filter_matches (CordonBoardFilter *self,
                             CordonIncident    *incident)
{
  g_return_val_if_fail (CORDON_IS_BOARD_FILTER (self), FALSE);

  if (self->phase >= 0 && (int) cordon_incident_get_phase (incident) != self->phase)
    return FALSE;
  if (self->severity != NULL && g_strcmp0 (cordon_incident_get_severity (incident), self->severity) != 0)
    return FALSE;
  if (self->category != NULL && g_strcmp0 (cordon_incident_get_category (incident), self->category) != 0)
    return FALSE;
  if (self->lead != NULL && g_strcmp0 (cordon_incident_get_lead (incident), self->lead) != 0)
    return FALSE;
  if (self->scope == CORDON_BOARD_SCOPE_REAL && cordon_incident_get_exercise (incident))
    return FALSE;
  if (self->scope == CORDON_BOARD_SCOPE_EXERCISE && !cordon_incident_get_exercise (incident))
    return FALSE;

  if (self->needle != NULL)
    {
      if (!contains (self, cordon_incident_get_key (incident)) &&
          !contains (self, cordon_incident_get_title (incident)) &&
          !contains (self, cordon_incident_get_summary (incident)) &&
          !(self->fact_matches != NULL &&
            g_hash_table_contains (self->fact_matches,
                                   GSIZE_TO_POINTER ((gsize) cordon_incident_get_id (incident)))))
        return FALSE;
    }

  return TRUE;
}

static gboolean
cordon_board_filter_match (GtkFilter *filter,
                           gpointer   item)
{
  return cordon_board_filter_matches (CORDON_BOARD_FILTER (filter), CORDON_INCIDENT (item));
}

static GtkFilterMatch
cordon_board_filter_get_strictness (GtkFilter *filter)
{
  return cordon_board_filter_is_active (CORDON_BOARD_FILTER (filter)) ? GTK_FILTER_MATCH_SOME
                                                                      : GTK_FILTER_MATCH_ALL;
}

static void
cordon_board_filter_finalize (GObject *object)
{
  CordonBoardFilter *self = CORDON_BOARD_FILTER (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->needle, g_free);
  g_clear_pointer (&self->fact_matches, g_hash_table_unref);
  g_clear_pointer (&self->severity, g_free);
  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->lead, g_free);

  G_OBJECT_CLASS (cordon_board_filter_parent_class)->finalize (object);
}

static void
cordon_board_filter_class_init (CordonBoardFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkFilterClass *filter_class = GTK_FILTER_CLASS (klass);

  object_class->finalize = cordon_board_filter_finalize;
  filter_class->match = cordon_board_filter_match;
  filter_class->get_strictness = cordon_board_filter_get_strictness;
}

static void
cordon_board_filter_init (CordonBoardFilter *self)
{
  self->phase = -1;
}

CordonBoardFilter *
cordon_board_filter_new (void)
{
  return g_object_new (CORDON_TYPE_BOARD_FILTER, NULL);
}

/* Replaces *field with value (NULL or "" for any) and tells the models. */
static void
set_string (CordonBoardFilter  *self,
            char              **field,
            const char         *value)
{
  if (value != NULL && value[0] == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * cordon_board_filter_set_text:
 * @text: (nullable): what to search for
 * @fact_matches: (nullable) (transfer none): ids of the incidents whose
 *   facts contain @text, as the workspace found them
 */
void
cordon_board_filter_set_text (CordonBoardFilter *self,
                              const char        *text,
                              GHashTable        *fact_matches)
{
  g_autofree char *stripped = NULL;
  g_autofree char *old_needle = NULL;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  g_return_if_fail (CORDON_IS_BOARD_FILTER (self));

  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  if (g_strcmp0 (self->text, stripped) == 0)
    return;

  old_needle = g_steal_pointer (&self->needle);
  g_free (self->text);
  self->text = g_strdup (stripped);
  g_clear_pointer (&self->fact_matches, g_hash_table_unref);

  if (stripped[0] != '\0')
    {
      self->needle = g_utf8_casefold (stripped, -1);
      self->needle_is_ascii = is_ascii (self->needle);
      if (fact_matches != NULL)
        self->fact_matches = g_hash_table_ref (fact_matches);
    }

  /* Typing on narrows the match, deleting widens it: the models then
   * only look again at what may change. Facts are looked up anew each
   * time, so a longer text is only stricter when facts are not involved. */
  if (old_needle == NULL && self->needle != NULL && fact_matches == NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (self->needle == NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else if (old_needle != NULL && fact_matches == NULL && strstr (self->needle, old_needle) != NULL)
    change = GTK_FILTER_CHANGE_MORE_STRICT;

  gtk_filter_changed (GTK_FILTER (self), change);
}

const char *
cordon_board_filter_get_text (CordonBoardFilter *self)
{
  g_return_val_if_fail (CORDON_IS_BOARD_FILTER (self), NULL);

  return self->text ? self->text : "";
}

void
cordon_board_filter_set_severity (CordonBoardFilter *self,
                                  const char        *severity)
{
  g_return_if_fail (CORDON_IS_BOARD_FILTER (self));
  set_string (self, &self->severity, severity);
}

void
cordon_board_filter_set_category (CordonBoardFilter *self,
                                  const char        *category)
{
  g_return_if_fail (CORDON_IS_BOARD_FILTER (self));
  set_string (self, &self->category, category);
}

void
cordon_board_filter_set_lead (CordonBoardFilter *self,
                              const char        *lead)
{
  g_return_if_fail (CORDON_IS_BOARD_FILTER (self));
  set_string (self, &self->lead, lead);
}

/**
 * cordon_board_filter_set_phase:
 * @phase: a #CordonPhase, or -1 for any
 */
void
cordon_board_filter_set_phase (CordonBoardFilter *self,
                               int                phase)
{
  g_return_if_fail (CORDON_IS_BOARD_FILTER (self));

  if (self->phase == phase)
    return;

  self->phase = phase;
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

void
cordon_board_filter_set_scope (CordonBoardFilter *self,
                               CordonBoardScope   scope)
{
  g_return_if_fail (CORDON_IS_BOARD_FILTER (self));

  if (self->scope == scope)
    return;

  self->scope = scope;
  gtk_filter_changed (GTK_FILTER (self), GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * cordon_board_filter_is_active:
 *
 * Returns: whether anything is filtered out at all
 */
gboolean
cordon_board_filter_is_active (CordonBoardFilter *self)
{
  g_return_val_if_fail (CORDON_IS_BOARD_FILTER (self), FALSE);

  return self->needle != NULL || self->severity != NULL || self->category != NULL ||
         self->lead != NULL || self->phase >= 0 || self->scope != CORDON_BOARD_SCOPE_ALL;
}
