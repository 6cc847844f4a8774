/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-metrics.c: the figures of many incidents over a period.
 */

#include "config.h"

#include "cordon-metrics.h"

static void
count_free (CordonCount *count)
{
  g_free (count->id);
  g_free (count);
}

static CordonCount *
count_find (GPtrArray  *counts,
            const char *id)
{
  for (guint i = 0; i < counts->len; i++)
    {
      CordonCount *count = counts->pdata[i];

      if (g_strcmp0 (count->id, id) == 0)
        return count;
    }

  return NULL;
}

static CordonCount *
count_get (GPtrArray  *counts,
           const char *id)
{
  CordonCount *count = count_find (counts, id);

  if (count == NULL)
    {
      count = g_new0 (CordonCount, 1);
      count->id = g_strdup (id);
      g_ptr_array_add (counts, count);
    }

  return count;
}

CordonMetrics *
cordon_metrics_new (gint64 from_usec,
                    gint64 to_usec)
{
  CordonMetrics *self = g_new0 (CordonMetrics, 1);

  self->from_usec = from_usec;
  self->to_usec = to_usec;
  self->by_category = g_ptr_array_new_with_free_func ((GDestroyNotify) count_free);
  self->by_severity = g_ptr_array_new_with_free_func ((GDestroyNotify) count_free);
  self->by_phase = g_ptr_array_new_with_free_func ((GDestroyNotify) count_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->samples); i++)
    self->samples[i] = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* Every phase is listed, in lifecycle order, even when empty */
  for (guint phase = CORDON_PHASE_DETECTED; phase <= CORDON_PHASE_CLOSED; phase++)
    count_get (self->by_phase, cordon_phase_to_id (phase));

  return self;
}

void
cordon_metrics_free (CordonMetrics *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->by_category);
  g_ptr_array_unref (self->by_severity);
  g_ptr_array_unref (self->by_phase);
  for (guint i = 0; i < G_N_ELEMENTS (self->samples); i++)
    g_array_unref (self->samples[i]);
  g_free (self);
}

gboolean
cordon_metrics_add (CordonMetrics               *self,
                    CordonIncident              *incident,
                    const CordonIncidentMetrics *metrics)
{
  const gint64 durations[] = { metrics->acknowledge_usec, metrics->contain_usec, metrics->recover_usec };
  CordonCount *severity;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (!self->finished, FALSE);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), FALSE);

  /* Exercises never reach the real figures */
  if (cordon_incident_get_exercise (incident))
    return FALSE;

  self->n_incidents++;
  count_get (self->by_category, cordon_incident_get_category (incident))->n++;
  count_get (self->by_phase, cordon_phase_to_id (cordon_incident_get_phase (incident)))->n++;

  severity = count_get (self->by_severity, cordon_incident_get_severity (incident));
  severity->n++;
  severity->met += metrics->n_met;
  severity->breached += metrics->n_breached;

  for (guint i = 0; i < G_N_ELEMENTS (durations); i++)
    if (durations[i] >= 0)
      g_array_append_val (self->samples[i], durations[i]);

  return TRUE;
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

gint64
cordon_metrics_percentile (GArray *values,
                           guint   percent)
{
  guint rank;

  g_return_val_if_fail (values != NULL, -1);
  g_return_val_if_fail (percent >= 1 && percent <= 100, -1);

  if (values->len == 0)
    return -1;

  /* Nearest rank: the smallest value with at least percent % of the
   * values at or below it */
  rank = (guint) (((guint64) percent * values->len + 99) / 100);
  rank = CLAMP (rank, 1, values->len);

  return g_array_index (values, gint64, rank - 1);
}

static void
finish_duration (CordonDuration *duration,
                 GArray         *samples)
{
  g_array_sort (samples, compare_gint64);
  duration->n = samples->len;
  duration->median_usec = cordon_metrics_percentile (samples, 50);
  duration->p90_usec = cordon_metrics_percentile (samples, 90);
}

static int
compare_counts (gconstpointer a,
                gconstpointer b)
{
  const CordonCount *x = *(CordonCount * const *) a;
  const CordonCount *y = *(CordonCount * const *) b;

  if (x->n != y->n)
    return x->n > y->n ? -1 : 1;

  return g_strcmp0 (x->id, y->id);
}

void
cordon_metrics_finish (CordonMetrics  *self,
                       CordonTaxonomy *taxonomy)
{
  g_return_if_fail (self != NULL);

  if (self->finished)
    return;
  self->finished = TRUE;

  finish_duration (&self->acknowledge, self->samples[0]);
  finish_duration (&self->contain, self->samples[1]);
  finish_duration (&self->recover, self->samples[2]);

  g_ptr_array_sort (self->by_category, compare_counts);

  /* Severities by rank, most severe first, each one listed; any id the
   * taxonomy no longer knows follows */
  if (taxonomy != NULL)
    {
      GListModel *entries = cordon_taxonomy_get_entries (taxonomy, CORDON_TAXONOMY_KIND_SEVERITY);
      g_autoptr(GPtrArray) ordered = g_ptr_array_new_with_free_func ((GDestroyNotify) count_free);
      guint n = g_list_model_get_n_items (entries);

      for (guint i = n; i > 0; i--)
        {
          g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (entries, i - 1);
          const char *id = cordon_taxonomy_entry_get_id (entry);
          CordonCount *count = count_find (self->by_severity, id);
          guint index;

          if (count != NULL && g_ptr_array_find (self->by_severity, count, &index))
            g_ptr_array_add (ordered, g_ptr_array_steal_index (self->by_severity, index));
          else
            count_get (ordered, id);
        }

      while (self->by_severity->len > 0)
        g_ptr_array_add (ordered, g_ptr_array_steal_index (self->by_severity, 0));

      g_ptr_array_unref (self->by_severity);
      self->by_severity = g_steal_pointer (&ordered);
    }
}

int
cordon_metrics_compliance (const CordonCount *count)
{
  g_return_val_if_fail (count != NULL, -1);

  if (count->met + count->breached == 0)
    return -1;

  return (int) ((count->met * 100 + (count->met + count->breached) / 2) / (count->met + count->breached));
}
