/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-taxonomy-entry.c: one entry of the taxonomy: a category, a severity or an
 * impact, with its stable id and its label.
 */

#define G_LOG_DOMAIN "cordon-taxonomy-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-taxonomy-entry.h"

struct _CordonTaxonomyEntry
{
  GObject parent_instance;

  CordonTaxonomyKind kind;
  char *id;
  char *label;
  int rank;
  gboolean requires_management;
};

G_DEFINE_FINAL_TYPE (CordonTaxonomyEntry, cordon_taxonomy_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_ID,
  PROP_LABEL,
  PROP_RANK,
  PROP_REQUIRES_MANAGEMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cordon_taxonomy_entry_finalize (GObject *object)
{
  CordonTaxonomyEntry *self = (CordonTaxonomyEntry *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->label, g_free);

  G_OBJECT_CLASS (cordon_taxonomy_entry_parent_class)->finalize (object);
}

static void
cordon_taxonomy_entry_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  CordonTaxonomyEntry *self = CORDON_TAXONOMY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_RANK:
      g_value_set_int (value, self->rank);
      break;

    case PROP_REQUIRES_MANAGEMENT:
      g_value_set_boolean (value, self->requires_management);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_taxonomy_entry_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  CordonTaxonomyEntry *self = CORDON_TAXONOMY_ENTRY (object);

  switch (prop_id)
    {
    case PROP_KIND:
      cordon_taxonomy_entry_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_ID:
      cordon_taxonomy_entry_set_id (self, g_value_get_string (value));
      break;

    case PROP_LABEL:
      cordon_taxonomy_entry_set_label (self, g_value_get_string (value));
      break;

    case PROP_RANK:
      cordon_taxonomy_entry_set_rank (self, g_value_get_int (value));
      break;

    case PROP_REQUIRES_MANAGEMENT:
      cordon_taxonomy_entry_set_requires_management (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_taxonomy_entry_class_init (CordonTaxonomyEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_taxonomy_entry_finalize;
  object_class->get_property = cordon_taxonomy_entry_get_property;
  object_class->set_property = cordon_taxonomy_entry_set_property;

  /**
   * CordonTaxonomyEntry:kind:
   *
   * which list it belongs to
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CORDON_TYPE_TAXONOMY_KIND, CORDON_TAXONOMY_KIND_CATEGORY,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonTaxonomyEntry:id:
   *
   * stable id: lower-case letters, digits and dashes
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonTaxonomyEntry:label:
   *
   * the label the lead gave it, or %NULL to use the built-in one
   */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonTaxonomyEntry:rank:
   *
   * order within its list; for severities, higher is more severe
   */
  properties[PROP_RANK] =
    g_param_spec_int ("rank", NULL, NULL,
                      0, G_MAXINT, 0,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonTaxonomyEntry:requires-management:
   *
   * for impacts: the management group must be activated
   */
  properties[PROP_REQUIRES_MANAGEMENT] =
    g_param_spec_boolean ("requires-management", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_taxonomy_entry_init (CordonTaxonomyEntry *self)
{
  self->kind = CORDON_TAXONOMY_KIND_CATEGORY;
  self->id = g_strdup ("");
}

/**
 * cordon_taxonomy_entry_new:
 *
 * Returns: (transfer full): a new, empty #CordonTaxonomyEntry
 */
CordonTaxonomyEntry *
cordon_taxonomy_entry_new (void)
{
  return g_object_new (CORDON_TYPE_TAXONOMY_ENTRY, NULL);
}

CordonTaxonomyKind
cordon_taxonomy_entry_get_kind (CordonTaxonomyEntry *self)
{
  g_return_val_if_fail (CORDON_IS_TAXONOMY_ENTRY (self), CORDON_TAXONOMY_KIND_CATEGORY);

  return self->kind;
}

void
cordon_taxonomy_entry_set_kind (CordonTaxonomyEntry *self,
                                CordonTaxonomyKind   kind)
{
  g_return_if_fail (CORDON_IS_TAXONOMY_ENTRY (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
cordon_taxonomy_entry_get_id (CordonTaxonomyEntry *self)
{
  g_return_val_if_fail (CORDON_IS_TAXONOMY_ENTRY (self), NULL);

  return self->id;
}

void
cordon_taxonomy_entry_set_id (CordonTaxonomyEntry *self,
                              const char          *id)
{
  g_return_if_fail (CORDON_IS_TAXONOMY_ENTRY (self));

  if (id == NULL)
    id = "";

  if (g_strcmp0 (self->id, id) == 0)
    return;

  g_free (self->id);
  self->id = g_strdup (id);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
cordon_taxonomy_entry_get_label (CordonTaxonomyEntry *self)
{
  g_return_val_if_fail (CORDON_IS_TAXONOMY_ENTRY (self), NULL);

  return self->label;
}

void
cordon_taxonomy_entry_set_label (CordonTaxonomyEntry *self,
                                 const char          *label)
{
  g_return_if_fail (CORDON_IS_TAXONOMY_ENTRY (self));

  if (g_strcmp0 (self->label, label) == 0)
    return;

  g_free (self->label);
  self->label = g_strdup (label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

int
cordon_taxonomy_entry_get_rank (CordonTaxonomyEntry *self)
{
  g_return_val_if_fail (CORDON_IS_TAXONOMY_ENTRY (self), 0);

  return self->rank;
}

void
cordon_taxonomy_entry_set_rank (CordonTaxonomyEntry *self,
                                int                  rank)
{
  g_return_if_fail (CORDON_IS_TAXONOMY_ENTRY (self));
  g_return_if_fail (rank >= 0);

  if (self->rank == rank)
    return;

  self->rank = rank;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RANK]);
}

gboolean
cordon_taxonomy_entry_get_requires_management (CordonTaxonomyEntry *self)
{
  g_return_val_if_fail (CORDON_IS_TAXONOMY_ENTRY (self), FALSE);

  return self->requires_management;
}

void
cordon_taxonomy_entry_set_requires_management (CordonTaxonomyEntry *self,
                                               gboolean             requires_management)
{
  g_return_if_fail (CORDON_IS_TAXONOMY_ENTRY (self));

  requires_management = !!requires_management;

  if (self->requires_management == requires_management)
    return;

  self->requires_management = requires_management;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REQUIRES_MANAGEMENT]);
}

static const struct {
  CordonTaxonomyKind kind;
  const char *id;
  const char *label;
} builtin_labels[] = {
  { CORDON_TAXONOMY_KIND_CATEGORY, "malicious-code", NC_("category", "Malicious code") },
  { CORDON_TAXONOMY_KIND_CATEGORY, "phishing", NC_("category", "Phishing and social engineering") },
  { CORDON_TAXONOMY_KIND_CATEGORY, "unauthorized-access", NC_("category", "Unauthorized access") },
  { CORDON_TAXONOMY_KIND_CATEGORY, "denial-of-service", NC_("category", "Denial of service") },
  { CORDON_TAXONOMY_KIND_CATEGORY, "data-breach", NC_("category", "Data breach") },
  { CORDON_TAXONOMY_KIND_CATEGORY, "insider-misuse", NC_("category", "Insider misuse") },
  { CORDON_TAXONOMY_KIND_CATEGORY, "policy-violation", NC_("category", "Policy violation") },
  { CORDON_TAXONOMY_KIND_CATEGORY, "reconnaissance", NC_("category", "Reconnaissance") },
  { CORDON_TAXONOMY_KIND_CATEGORY, "other", NC_("category", "Other") },
  { CORDON_TAXONOMY_KIND_SEVERITY, "low", NC_("severity", "Low") },
  { CORDON_TAXONOMY_KIND_SEVERITY, "medium", NC_("severity", "Medium") },
  { CORDON_TAXONOMY_KIND_SEVERITY, "high", NC_("severity", "High") },
  { CORDON_TAXONOMY_KIND_SEVERITY, "critical", NC_("severity", "Critical") },
  { CORDON_TAXONOMY_KIND_IMPACT, "individual", NC_("impact", "Individual") },
  { CORDON_TAXONOMY_KIND_IMPACT, "department", NC_("impact", "Department") },
  { CORDON_TAXONOMY_KIND_IMPACT, "multiple-departments", NC_("impact", "Multiple departments") },
  { CORDON_TAXONOMY_KIND_IMPACT, "enterprise-wide", NC_("impact", "Enterprise-wide") },
};

static const char * const kind_contexts[] = { "category", "severity", "impact" };

CordonTaxonomyEntry *
cordon_taxonomy_entry_new_full (CordonTaxonomyKind  kind,
                                const char         *id,
                                const char         *label,
                                int                 rank)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (CORDON_TYPE_TAXONOMY_ENTRY,
                       "kind", kind,
                       "id", id,
                       "label", label,
                       "rank", rank,
                       NULL);
}

const char *
cordon_taxonomy_entry_get_builtin_label (CordonTaxonomyKind  kind,
                                         const char         *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (builtin_labels); i++)
    {
      if (builtin_labels[i].kind == kind && g_str_equal (builtin_labels[i].id, id))
        return g_dpgettext2 (GETTEXT_PACKAGE, kind_contexts[kind], builtin_labels[i].label);
    }

  return NULL;
}

const char *
cordon_taxonomy_entry_get_display_label (CordonTaxonomyEntry *self)
{
  const char *builtin;

  g_return_val_if_fail (CORDON_IS_TAXONOMY_ENTRY (self), NULL);

  if (self->label != NULL && self->label[0] != '\0')
    return self->label;

  builtin = cordon_taxonomy_entry_get_builtin_label (self->kind, self->id);

  return builtin != NULL ? builtin : self->id;
}

gboolean
cordon_taxonomy_entry_is_valid_id (const char *id)
{
  gsize len;

  if (id == NULL)
    return FALSE;

  len = strlen (id);
  if (len == 0 || len > 64 || !(g_ascii_islower (id[0]) || g_ascii_isdigit (id[0])))
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-' && *p != '+')
        return FALSE;
    }

  return TRUE;
}
