/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-taxonomy.c: the categories, severities and impacts of a workspace.
 */

#define G_LOG_DOMAIN "cordon-taxonomy"

#include "config.h"

#include "cordon-taxonomy.h"

#define N_KINDS (CORDON_TAXONOMY_KIND_IMPACT + 1)

struct _CordonTaxonomy
{
  GObject     parent_instance;

  GListStore *lists[N_KINDS];
};

G_DEFINE_FINAL_TYPE (CordonTaxonomy, cordon_taxonomy, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
cordon_taxonomy_dispose (GObject *object)
{
  CordonTaxonomy *self = (CordonTaxonomy *)object;

  for (guint i = 0; i < N_KINDS; i++)
    g_clear_object (&self->lists[i]);

  G_OBJECT_CLASS (cordon_taxonomy_parent_class)->dispose (object);
}

static void
cordon_taxonomy_class_init (CordonTaxonomyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cordon_taxonomy_dispose;

  /**
   * CordonTaxonomy::changed:
   *
   * Emitted after an entry was added, replaced or removed.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
cordon_taxonomy_init (CordonTaxonomy *self)
{
  for (guint i = 0; i < N_KINDS; i++)
    self->lists[i] = g_list_store_new (CORDON_TYPE_TAXONOMY_ENTRY);
}

CordonTaxonomy *
cordon_taxonomy_new (void)
{
  return g_object_new (CORDON_TYPE_TAXONOMY, NULL);
}

CordonTaxonomy *
cordon_taxonomy_new_default (void)
{
  static const char * const categories[] = {
    "malicious-code", "phishing", "unauthorized-access", "denial-of-service",
    "data-breach", "insider-misuse", "policy-violation", "reconnaissance", "other",
  };
  static const char * const severities[] = { "low", "medium", "high", "critical" };
  static const char * const impacts[] = {
    "individual", "department", "multiple-departments", "enterprise-wide",
  };
  CordonTaxonomy *self = cordon_taxonomy_new ();

  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      g_autoptr(CordonTaxonomyEntry) entry =
        cordon_taxonomy_entry_new_full (CORDON_TAXONOMY_KIND_CATEGORY, categories[i], NULL, i);
      cordon_taxonomy_set_entry (self, entry);
    }

  for (guint i = 0; i < G_N_ELEMENTS (severities); i++)
    {
      g_autoptr(CordonTaxonomyEntry) entry =
        cordon_taxonomy_entry_new_full (CORDON_TAXONOMY_KIND_SEVERITY, severities[i], NULL, i);
      cordon_taxonomy_set_entry (self, entry);
    }

  for (guint i = 0; i < G_N_ELEMENTS (impacts); i++)
    {
      g_autoptr(CordonTaxonomyEntry) entry =
        cordon_taxonomy_entry_new_full (CORDON_TAXONOMY_KIND_IMPACT, impacts[i], NULL, i);
      cordon_taxonomy_entry_set_requires_management (entry, g_str_equal (impacts[i], "enterprise-wide"));
      cordon_taxonomy_set_entry (self, entry);
    }

  return self;
}

GListModel *
cordon_taxonomy_get_entries (CordonTaxonomy     *self,
                             CordonTaxonomyKind  kind)
{
  g_return_val_if_fail (CORDON_IS_TAXONOMY (self), NULL);
  g_return_val_if_fail ((guint) kind < N_KINDS, NULL);

  return G_LIST_MODEL (self->lists[kind]);
}

static gboolean
find_entry (CordonTaxonomy     *self,
            CordonTaxonomyKind  kind,
            const char         *id,
            guint              *position)
{
  GListModel *model = G_LIST_MODEL (self->lists[kind]);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (model, i);

      if (g_strcmp0 (cordon_taxonomy_entry_get_id (entry), id) == 0)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

CordonTaxonomyEntry *
cordon_taxonomy_lookup (CordonTaxonomy     *self,
                        CordonTaxonomyKind  kind,
                        const char         *id)
{
  guint position;

  g_return_val_if_fail (CORDON_IS_TAXONOMY (self), NULL);
  g_return_val_if_fail ((guint) kind < N_KINDS, NULL);

  if (id == NULL || !find_entry (self, kind, id, &position))
    return NULL;

  {
    g_autoptr(CordonTaxonomyEntry) entry =
      g_list_model_get_item (G_LIST_MODEL (self->lists[kind]), position);

    /* The list store keeps its own reference while the entry is listed */
    return entry;
  }
}

gboolean
cordon_taxonomy_contains (CordonTaxonomy     *self,
                          CordonTaxonomyKind  kind,
                          const char         *id)
{
  return cordon_taxonomy_lookup (self, kind, id) != NULL;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  CordonTaxonomyEntry *ea = (CordonTaxonomyEntry *) a;
  CordonTaxonomyEntry *eb = (CordonTaxonomyEntry *) b;
  int ra = cordon_taxonomy_entry_get_rank (ea);
  int rb = cordon_taxonomy_entry_get_rank (eb);

  if (ra != rb)
    return ra < rb ? -1 : 1;

  return g_strcmp0 (cordon_taxonomy_entry_get_id (ea), cordon_taxonomy_entry_get_id (eb));
}

void
cordon_taxonomy_set_entry (CordonTaxonomy      *self,
                           CordonTaxonomyEntry *entry)
{
  CordonTaxonomyKind kind;
  guint position;

  g_return_if_fail (CORDON_IS_TAXONOMY (self));
  g_return_if_fail (CORDON_IS_TAXONOMY_ENTRY (entry));

  kind = cordon_taxonomy_entry_get_kind (entry);

  if (find_entry (self, kind, cordon_taxonomy_entry_get_id (entry), &position))
    g_list_store_remove (self->lists[kind], position);

  g_list_store_insert_sorted (self->lists[kind], entry, compare_entries, NULL);
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
cordon_taxonomy_remove (CordonTaxonomy     *self,
                        CordonTaxonomyKind  kind,
                        const char         *id)
{
  guint position;

  g_return_val_if_fail (CORDON_IS_TAXONOMY (self), FALSE);
  g_return_val_if_fail ((guint) kind < N_KINDS, FALSE);

  if (id == NULL || !find_entry (self, kind, id, &position))
    return FALSE;

  g_list_store_remove (self->lists[kind], position);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

void
cordon_taxonomy_clear (CordonTaxonomy *self)
{
  g_return_if_fail (CORDON_IS_TAXONOMY (self));

  for (guint i = 0; i < N_KINDS; i++)
    g_list_store_remove_all (self->lists[i]);

  g_signal_emit (self, signals[CHANGED], 0);
}

int
cordon_taxonomy_compare_severity (CordonTaxonomy *self,
                                  const char     *a,
                                  const char     *b)
{
  CordonTaxonomyEntry *ea;
  CordonTaxonomyEntry *eb;

  g_return_val_if_fail (CORDON_IS_TAXONOMY (self), 0);

  ea = cordon_taxonomy_lookup (self, CORDON_TAXONOMY_KIND_SEVERITY, a);
  eb = cordon_taxonomy_lookup (self, CORDON_TAXONOMY_KIND_SEVERITY, b);

  if (ea == NULL || eb == NULL)
    return (ea != NULL) - (eb != NULL);

  return compare_entries (ea, eb, NULL);
}

gboolean
cordon_taxonomy_requires_management (CordonTaxonomy *self,
                                     const char     *impact_id)
{
  CordonTaxonomyEntry *entry;

  g_return_val_if_fail (CORDON_IS_TAXONOMY (self), FALSE);

  entry = cordon_taxonomy_lookup (self, CORDON_TAXONOMY_KIND_IMPACT, impact_id);

  return entry != NULL && cordon_taxonomy_entry_get_requires_management (entry);
}
