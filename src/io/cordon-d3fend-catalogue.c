/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-d3fend-catalogue.c: reading the shipped D3FEND techniques, and
 * starting a containment strategy from one of them.
 */

#define G_LOG_DOMAIN "cordon-d3fend"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "cordon-d3fend-catalogue.h"
#include "cordon-data.h"
#include "cordon-io-error.h"

#define CATALOGUE_PATH "d3fend/techniques.json"

struct _CordonD3fendCatalogue
{
  GObject     parent_instance;

  /* CordonD3fendTechnique, in file order; by_id borrows them */
  GPtrArray  *techniques;
  GHashTable *by_id;
};

G_DEFINE_FINAL_TYPE (CordonD3fendCatalogue, cordon_d3fend_catalogue, G_TYPE_OBJECT)

static void
technique_free (CordonD3fendTechnique *technique)
{
  g_free (technique->id);
  g_free (technique->tactic);
  g_free (technique->name);
  g_free (technique->parent);
  g_free (technique->definition);
  g_free (technique);
}

static void
cordon_d3fend_catalogue_finalize (GObject *object)
{
  CordonD3fendCatalogue *self = (CordonD3fendCatalogue *)object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->techniques, g_ptr_array_unref);

  G_OBJECT_CLASS (cordon_d3fend_catalogue_parent_class)->finalize (object);
}

static void
cordon_d3fend_catalogue_class_init (CordonD3fendCatalogueClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_d3fend_catalogue_finalize;
}

static void
cordon_d3fend_catalogue_init (CordonD3fendCatalogue *self)
{
  self->techniques = g_ptr_array_new_with_free_func ((GDestroyNotify) technique_free);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/* A string member, or NULL with a schema error naming the JSON path */
static const char *
string_member (JsonObject  *object,
               guint        index,
               const char  *member,
               gboolean     required,
               GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL && !required)
    return "";

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      (required && json_node_get_string (node)[0] == '\0'))
    {
      g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                   _("D3FEND catalogue: $[%u].%s must be a non-empty string"), index, member);
      return NULL;
    }

  return json_node_get_string (node);
}

CordonD3fendCatalogue *
cordon_d3fend_catalogue_new_from_bytes (GBytes  *bytes,
                                        GError **error)
{
  g_autoptr(CordonD3fendCatalogue) self = NULL;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  JsonArray *array;

  g_return_val_if_fail (bytes != NULL, NULL);

  if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &local_error))
    {
      g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SYNTAX,
                   _("D3FEND catalogue: %s"), local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                   _("D3FEND catalogue: $ must be an array of techniques"));
      return NULL;
    }

  self = g_object_new (CORDON_TYPE_D3FEND_CATALOGUE, NULL);
  array = json_node_get_array (root);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      CordonD3fendTechnique *technique;
      const char *id, *tactic, *name, *parent, *definition;
      JsonObject *object;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA,
                       _("D3FEND catalogue: $[%u] must be an object"), i);
          return NULL;
        }

      object = json_node_get_object (node);
      if (!(id = string_member (object, i, "id", TRUE, error)) ||
          !(tactic = string_member (object, i, "tactic", TRUE, error)) ||
          !(name = string_member (object, i, "name", TRUE, error)) ||
          !(parent = string_member (object, i, "parent", FALSE, error)) ||
          !(definition = string_member (object, i, "definition", FALSE, error)))
        return NULL;

      if (g_hash_table_contains (self->by_id, id))
        {
          g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_DUPLICATE,
                       _("D3FEND catalogue: $[%u].id: “%s” appears twice"), i, id);
          return NULL;
        }

      technique = g_new0 (CordonD3fendTechnique, 1);
      technique->id = g_strdup (id);
      technique->tactic = g_strdup (tactic);
      technique->name = g_strdup (name);
      technique->parent = g_strdup (parent);
      technique->definition = g_strdup (definition);
      g_ptr_array_add (self->techniques, technique);
      g_hash_table_insert (self->by_id, technique->id, technique);
    }

  return g_steal_pointer (&self);
}

CordonD3fendCatalogue *
cordon_d3fend_catalogue_new_default (GError **error)
{
  g_autoptr(GBytes) bytes = cordon_data_lookup (CATALOGUE_PATH, error);

  if (bytes == NULL)
    return NULL;

  return cordon_d3fend_catalogue_new_from_bytes (bytes, error);
}

guint
cordon_d3fend_catalogue_get_n_techniques (CordonD3fendCatalogue *self)
{
  g_return_val_if_fail (CORDON_IS_D3FEND_CATALOGUE (self), 0);

  return self->techniques->len;
}

const CordonD3fendTechnique *
cordon_d3fend_catalogue_get_technique (CordonD3fendCatalogue *self,
                                       guint                  index)
{
  g_return_val_if_fail (CORDON_IS_D3FEND_CATALOGUE (self), NULL);
  g_return_val_if_fail (index < self->techniques->len, NULL);

  return g_ptr_array_index (self->techniques, index);
}

const CordonD3fendTechnique *
cordon_d3fend_catalogue_lookup (CordonD3fendCatalogue *self,
                                const char            *id)
{
  g_return_val_if_fail (CORDON_IS_D3FEND_CATALOGUE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

CordonStrategy *
cordon_d3fend_catalogue_new_strategy (CordonD3fendCatalogue *self,
                                      const char            *id)
{
  const CordonD3fendTechnique *technique;
  const char *d3fend[2] = { NULL, NULL };
  g_autofree char *slug = NULL;
  CordonStrategy *strategy;

  g_return_val_if_fail (CORDON_IS_D3FEND_CATALOGUE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (!(technique = cordon_d3fend_catalogue_lookup (self, id)))
    return NULL;

  slug = g_ascii_strdown (technique->id, -1);
  d3fend[0] = technique->id;

  strategy = cordon_strategy_new ();
  cordon_strategy_set_slug (strategy, slug);
  cordon_strategy_set_name (strategy, technique->name);
  cordon_strategy_set_description (strategy, technique->definition);
  cordon_strategy_set_d3fend (strategy, d3fend);
  /* Restoring is what recovery does; isolating and evicting stop the
   * damage now */
  cordon_strategy_set_term (strategy, CORDON_CONTAINMENT_TERM_SHORT);

  return strategy;
}
