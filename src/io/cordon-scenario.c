/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-scenario.c: reading and validating tabletop exercise scenarios.
 *
 * The file goes through the strict JSON scanner first, with the arrays
 * of roles, modules, incidents and injects split so that every element
 * comes with the line and column where it starts. The pieces are kept
 * until the end of the file, because an inject may name an incident that
 * is declared further down, and only then checked, in a fixed order.
 * Every fault found is reported, not only the first, so that an author
 * can fix a file in one go; each names the file, the line and column of
 * the element it is in, and the JSON path of the value.
 */

#define G_LOG_DOMAIN "cordon-scenario"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cordon-input.h"
#include "cordon-scenario.h"
#include "cordon-data.h"
#include "cordon-json-object.h"
#include "cordon-json-scanner.h"
#include "cordon-taxonomy.h"
#include "cordon-time.h"
#include "cordon-types.h"

#define MAX_FILE_BYTES   CORDON_INPUT_MAX_SCENARIO_BYTES
#define MAX_ERRORS       50
#define MAX_OFFSET_HOURS 999

/* Lengths in characters */
#define MAX_ID        64
#define MAX_TITLE     200
#define MAX_SHORT     500
#define MAX_TEXT      4000
#define MAX_NARRATIVE 20000

#define SHIPPED_DIR "scenarios"

struct _CordonScenario
{
  GObject    parent_instance;

  char      *title;
  char      *narrative;
  char      *source;
  GDateTime *start;
  GStrv      objectives;
  GStrv      notes;
  GPtrArray *roles;
  GPtrArray *modules;
  GPtrArray *incidents;
  GPtrArray *injects;
};

G_DEFINE_FINAL_TYPE (CordonScenario, cordon_scenario, G_TYPE_OBJECT)

static const char * const inject_kind_ids[] = {
  "fact", "question", "reclassify", "incident", "message", "action-failed", NULL,
};

static const char * const response_kind_ids[] = {
  "note", "acknowledge", "move", "plan", "communicate", "reclassify", "answer", "decision", NULL,
};

static const char * const stakeholder_ids[] = {
  "journalist", "regulator", "executive", "customer", "employee", "partner",
  "law-enforcement", "legal", "insurer", "attacker", "other", NULL,
};

const char *
cordon_inject_kind_to_id (CordonInjectKind kind)
{
  g_return_val_if_fail (kind <= CORDON_INJECT_ACTION_FAILED, NULL);

  return inject_kind_ids[kind];
}

gboolean
cordon_inject_kind_from_id (const char       *id,
                            CordonInjectKind *out_kind)
{
  for (guint i = 0; id != NULL && inject_kind_ids[i] != NULL; i++)
    {
      if (g_str_equal (id, inject_kind_ids[i]))
        {
          *out_kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
cordon_response_kind_to_id (CordonResponseKind kind)
{
  g_return_val_if_fail (kind <= CORDON_RESPONSE_DECISION, NULL);

  return response_kind_ids[kind];
}

gboolean
cordon_response_kind_from_id (const char         *id,
                              CordonResponseKind *out_kind)
{
  for (guint i = 0; id != NULL && response_kind_ids[i] != NULL; i++)
    {
      if (g_str_equal (id, response_kind_ids[i]))
        {
          *out_kind = i;
          return TRUE;
        }
    }

  return FALSE;
}

/* Offsets ------------------------------------------------------------ */

gboolean
cordon_scenario_parse_offset (const char *text,
                              gint64     *out_usec)
{
  const char *p = text;
  guint digits = 0;
  gint64 hours = 0;
  gint64 minutes;

  g_return_val_if_fail (out_usec != NULL, FALSE);

  if (text == NULL || *p++ != '+')
    return FALSE;

  while (g_ascii_isdigit (*p))
    {
      hours = hours * 10 + (*p++ - '0');
      if (++digits > 3)
        return FALSE;
    }
  if (digits < 2 || *p++ != ':')
    return FALSE;
  if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]) || p[2] != '\0')
    return FALSE;
  minutes = (p[0] - '0') * 10 + (p[1] - '0');
  if (minutes > 59)
    return FALSE;

  *out_usec = (hours * 60 + minutes) * CORDON_SCENARIO_MINUTE;
  return TRUE;
}

char *
cordon_scenario_format_offset (gint64 usec)
{
  gint64 minutes = MAX (usec, 0) / CORDON_SCENARIO_MINUTE;

  return g_strdup_printf ("+%02" G_GINT64_FORMAT ":%02" G_GINT64_FORMAT, minutes / 60, minutes % 60);
}

/* Parts -------------------------------------------------------------- */

static void
fact_free (CordonScenarioFact *fact)
{
  if (fact == NULL)
    return;
  g_free (fact->kind);
  g_free (fact->value);
  g_free (fact->note);
  g_free (fact);
}

static void
role_free (CordonScenarioRole *role)
{
  g_free (role->id);
  g_free (role->name);
  g_free (role->role);
  g_free (role->group);
  g_free (role);
}

static void
module_free (CordonScenarioModule *module)
{
  g_free (module->title);
  g_strfreev (module->questions);
  g_free (module);
}

static void
incident_free (CordonScenarioIncident *incident)
{
  if (incident == NULL)
    return;
  g_free (incident->id);
  g_free (incident->title);
  g_free (incident->category);
  g_free (incident->severity);
  g_free (incident->impact);
  g_free (incident->summary);
  g_clear_pointer (&incident->facts, g_ptr_array_unref);
  g_free (incident);
}

static void
response_free (CordonScenarioResponse *response)
{
  g_free (response->incident);
  g_free (response->by);
  g_free (response->text);
  g_free (response->phase);
  g_free (response->reason);
  g_free (response->strategy);
  g_free (response->action);
  g_free (response->severity);
  g_free (response->category);
  g_free (response->group);
  g_free (response);
}

static void
inject_free (CordonScenarioInject *inject)
{
  g_free (inject->id);
  g_free (inject->incident);
  g_free (inject->note);
  fact_free (inject->fact);
  g_free (inject->question);
  g_free (inject->owner);
  g_free (inject->severity);
  g_free (inject->category);
  g_free (inject->reason);
  incident_free (inject->new_incident);
  g_free (inject->from);
  g_free (inject->stakeholder);
  g_free (inject->channel);
  g_free (inject->text);
  g_free (inject->strategy);
  g_free (inject->action);
  g_free (inject->what_happened);
  g_clear_pointer (&inject->responses, g_ptr_array_unref);
  g_free (inject);
}

/* The loader --------------------------------------------------------- */

typedef struct
{
  char     *member;
  gint64    index;
  guint     line;
  guint     column;
  JsonNode *node;
} Chunk;

/* Where an incident id was declared, and from when it is open */
typedef struct
{
  gint64  opens_at;
  char   *where;
} IncidentRef;

typedef struct
{
  const char        *name;
  CordonJsonScanner *scanner;
  CordonTaxonomy    *taxonomy;
  GPtrArray         *chunks;
  GPtrArray         *errors;
  int                first_code;
  guint              n_dropped;
  GHashTable        *incidents;  /* id → IncidentRef */
  GHashTable        *roles;      /* id → where */
  CordonScenario    *scenario;
} Loader;

static void
chunk_free (Chunk *chunk)
{
  g_free (chunk->member);
  g_clear_pointer (&chunk->node, json_node_unref);
  g_free (chunk);
}

static void
incident_ref_free (IncidentRef *ref)
{
  g_free (ref->where);
  g_free (ref);
}

static void
add_error_text (Loader     *loader,
                int         code,
                const char *text)
{
  if (loader->errors->len == 0)
    loader->first_code = code;
  if (loader->errors->len >= MAX_ERRORS)
    {
      loader->n_dropped++;
      return;
    }
  g_ptr_array_add (loader->errors, g_strdup (text));
}

static char *
chunk_where (Loader     *loader,
             Chunk      *chunk,
             const char *inner)
{
  return cordon_json_scanner_describe (loader->scanner, chunk->member, chunk->index,
                                       chunk->line, chunk->column, inner);
}

static void G_GNUC_PRINTF (5, 6)
report (Loader        *loader,
        Chunk         *chunk,
        const char    *inner,
        CordonIoError  code,
        const char    *format,
        ...)
{
  g_autofree char *where = chunk_where (loader, chunk, inner);
  g_autofree char *message = NULL;
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  text = g_strdup_printf ("%s: %s", where, message);
  add_error_text (loader, code, text);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char *
join_ids (const char * const *ids)
{
  return g_strjoinv (", ", (char **) ids);
}

static char *
taxonomy_ids (CordonTaxonomy     *taxonomy,
              CordonTaxonomyKind  kind)
{
  GListModel *entries = cordon_taxonomy_get_entries (taxonomy, kind);
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = g_list_model_get_n_items (entries);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (entries, i);

      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, cordon_taxonomy_entry_get_id (entry));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
enum_ids (GType type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      g_string_append (out, klass->values[i].value_nick);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
path_join (const char *prefix,
           const char *name)
{
  /* Names in this format never need quoting in a path */
  return g_strdup_printf ("%s.%s", prefix ? prefix : "", name);
}

/* Refuses members the format does not know, so that a misspelt one is
 * reported rather than ignored. */
static gboolean
check_members (Loader             *loader,
               Chunk              *chunk,
               const char         *prefix,
               JsonObject         *object,
               const char * const *known)
{
  g_autoptr(GList) names = json_object_get_members (object);
  gboolean ok = TRUE;

  for (GList *l = names; l != NULL; l = l->next)
    {
      if (!g_strv_contains (known, l->data))
        {
          g_autofree char *path = path_join (prefix, l->data);
          g_autofree char *expected = join_ids (known);

          report (loader, chunk, path, CORDON_IO_ERROR_SCHEMA,
                  _("unknown member (expected one of: %s)"), expected);
          ok = FALSE;
        }
    }

  return ok;
}

static gboolean
check_text (Loader     *loader,
            Chunk      *chunk,
            const char *path,
            JsonNode   *node,
            guint       max_chars,
            const char **out)
{
  const char *text;
  glong length;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      report (loader, chunk, path, CORDON_IO_ERROR_SCHEMA,
              _("expected a string, found %s"), cordon_json_node_type_name (node));
      return FALSE;
    }

  text = json_node_get_string (node);
  length = g_utf8_strlen (text, -1);
  if (length == 0 || strspn (text, " \t\r\n") == strlen (text))
    {
      report (loader, chunk, path, CORDON_IO_ERROR_SCHEMA, _("must not be empty"));
      return FALSE;
    }
  if (length > max_chars)
    {
      report (loader, chunk, path, CORDON_IO_ERROR_LIMIT,
              _("too long: %ld characters, at most %u allowed"), length, max_chars);
      return FALSE;
    }

  *out = text;
  return TRUE;
}

/* Reads a string member. A missing optional member leaves *out NULL. */
static gboolean
get_string (Loader      *loader,
            Chunk       *chunk,
            const char  *prefix,
            JsonObject  *object,
            const char  *name,
            gboolean     required,
            guint        max_chars,
            char       **out)
{
  g_autofree char *path = path_join (prefix, name);
  JsonNode *node = json_object_get_member (object, name);
  const char *text;

  if (node == NULL)
    {
      if (required)
        report (loader, chunk, path, CORDON_IO_ERROR_SCHEMA, _("missing"));
      return !required;
    }

  if (!check_text (loader, chunk, path, node, max_chars, &text))
    return FALSE;

  g_free (*out);
  *out = g_strdup (text);
  return TRUE;
}

static gboolean
is_id (const char *text)
{
  if (!g_ascii_islower (text[0]) && !g_ascii_isdigit (text[0]))
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
    }

  return TRUE;
}

static gboolean
get_id (Loader      *loader,
        Chunk       *chunk,
        const char  *prefix,
        JsonObject  *object,
        const char  *name,
        gboolean     required,
        char       **out)
{
  if (!get_string (loader, chunk, prefix, object, name, required, MAX_ID, out))
    return FALSE;

  if (*out != NULL && !is_id (*out))
    {
      g_autofree char *path = path_join (prefix, name);

      report (loader, chunk, path, CORDON_IO_ERROR_SCHEMA,
              _("“%s” is not an id (lower-case letters, digits and “-”)"), *out);
      g_clear_pointer (out, g_free);
      return FALSE;
    }

  return TRUE;
}

/* Reads an offset member; a missing optional one gives -1. */
static gboolean
get_offset (Loader      *loader,
            Chunk       *chunk,
            const char  *prefix,
            JsonObject  *object,
            const char  *name,
            gboolean     required,
            gint64      *out)
{
  g_autofree char *path = path_join (prefix, name);
  JsonNode *node = json_object_get_member (object, name);
  const char *text;

  *out = -1;

  if (node == NULL)
    {
      if (required)
        report (loader, chunk, path, CORDON_IO_ERROR_SCHEMA, _("missing"));
      return !required;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      report (loader, chunk, path, CORDON_IO_ERROR_SCHEMA,
              _("expected a time offset (+HH:MM) as a string, found %s"), cordon_json_node_type_name (node));
      return FALSE;
    }

  text = json_node_get_string (node);
  if (!cordon_scenario_parse_offset (text, out))
    {
      g_autoptr(GString) quoted = g_string_new (NULL);

      cordon_json_append_string (quoted, strlen (text) > 40 ? "…" : text);
      report (loader, chunk, path, CORDON_IO_ERROR_SCHEMA,
              _("%s is not a time offset (+HH:MM, hours 00–%d, minutes 00–59)"),
              quoted->str, MAX_OFFSET_HOURS);
      *out = -1;
      return FALSE;
    }

  return TRUE;
}

/* Reads an array of strings; a missing optional member gives an empty
 * list. */
static gboolean
get_strv (Loader      *loader,
          Chunk       *chunk,
          const char  *prefix,
          JsonObject  *object,
          const char  *name,
          guint        min_items,
          guint        max_items,
          guint        max_chars,
          GStrv       *out)
{
  g_autofree char *path = path_join (prefix, name);
  JsonNode *node = prefix != NULL ? json_object_get_member (object, name) : chunk->node;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;
  gboolean ok = TRUE;
  guint n;

  /* A top-level member is its own chunk, and its path is the chunk's */
  if (prefix == NULL)
    g_clear_pointer (&path, g_free);

  if (node == NULL)
    {
      if (min_items > 0)
        {
          report (loader, chunk, path, CORDON_IO_ERROR_SCHEMA, _("missing"));
          return FALSE;
        }
      *out = g_strv_builder_end (builder);
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      report (loader, chunk, path, CORDON_IO_ERROR_SCHEMA,
              _("expected an array of strings, found %s"), cordon_json_node_type_name (node));
      return FALSE;
    }

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  if (n < min_items)
    {
      report (loader, chunk, path, CORDON_IO_ERROR_SCHEMA,
              ngettext ("needs at least %u entry", "needs at least %u entries", min_items), min_items);
      ok = FALSE;
    }
  if (n > max_items)
    {
      report (loader, chunk, path, CORDON_IO_ERROR_LIMIT,
              _("too many entries: %u, at most %u allowed"), n, max_items);
      return FALSE;
    }

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", path ? path : "", i);
      const char *text;

      if (check_text (loader, chunk, item_path, json_array_get_element (array, i), max_chars, &text))
        g_strv_builder_add (builder, text);
      else
        ok = FALSE;
    }

  *out = g_strv_builder_end (builder);
  return ok;
}

static gboolean
check_taxonomy (Loader             *loader,
                Chunk              *chunk,
                const char         *prefix,
                const char         *name,
                CordonTaxonomyKind  kind,
                const char         *value)
{
  g_autofree char *path = NULL;
  g_autofree char *known = NULL;

  if (value == NULL || cordon_taxonomy_contains (loader->taxonomy, kind, value))
    return TRUE;

  path = path_join (prefix, name);
  known = taxonomy_ids (loader->taxonomy, kind);
  report (loader, chunk, path, CORDON_IO_ERROR_SCHEMA, _("unknown %s “%s” (known: %s)"),
          cordon_taxonomy_kind_to_id (kind), value, known);
  return FALSE;
}

static gboolean
check_enum (Loader     *loader,
            Chunk      *chunk,
            const char *prefix,
            const char *name,
            GType       type,
            const char *what,
            const char *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  g_autofree char *path = NULL;
  g_autofree char *known = NULL;

  if (value == NULL)
    return TRUE;

  klass = g_type_class_ref (type);
  if (g_enum_get_value_by_nick (klass, value) != NULL)
    return TRUE;

  path = path_join (prefix, name);
  known = enum_ids (type);
  report (loader, chunk, path, CORDON_IO_ERROR_SCHEMA, _("unknown %s “%s” (known: %s)"), what, value, known);
  return FALSE;
}

static gboolean
check_role (Loader     *loader,
            Chunk      *chunk,
            const char *prefix,
            const char *name,
            const char *role)
{
  g_autofree char *path = NULL;
  g_autofree char *known = NULL;
  g_autofree const char **ids = NULL;

  if (role == NULL || g_hash_table_contains (loader->roles, role))
    return TRUE;

  path = path_join (prefix, name);
  ids = (const char **) g_hash_table_get_keys_as_array (loader->roles, NULL);
  g_qsort_with_data (ids, g_hash_table_size (loader->roles), sizeof (char *),
                     compare_strings, NULL);
  known = join_ids (ids);
  report (loader, chunk, path, CORDON_IO_ERROR_SCHEMA, _("unknown role “%s” (known: %s)"), role, known);
  return FALSE;
}

/* Checks a reference to an incident that must be open at @when. */
static gboolean
check_incident_ref (Loader     *loader,
                    Chunk      *chunk,
                    const char *prefix,
                    const char *name,
                    const char *id,
                    gint64      when)
{
  g_autofree char *path = NULL;
  IncidentRef *ref;

  if (id == NULL)
    return TRUE;

  path = path_join (prefix, name);
  ref = g_hash_table_lookup (loader->incidents, id);
  if (ref == NULL)
    {
      g_autofree const char **ids = (const char **) g_hash_table_get_keys_as_array (loader->incidents, NULL);
      g_autofree char *known = NULL;

      g_qsort_with_data (ids, g_hash_table_size (loader->incidents), sizeof (char *),
                         compare_strings, NULL);
      known = join_ids (ids);
      report (loader, chunk, path, CORDON_IO_ERROR_SCHEMA, _("unknown incident “%s” (known: %s)"), id, known);
      return FALSE;
    }

  if (when >= 0 && ref->opens_at > when)
    {
      g_autofree char *opens = cordon_scenario_format_offset (ref->opens_at);
      g_autofree char *at = cordon_scenario_format_offset (when);

      report (loader, chunk, path, CORDON_IO_ERROR_SCHEMA,
              _("incident “%s” only opens at %s, after this (%s)"), id, opens, at);
      return FALSE;
    }

  return TRUE;
}

static gboolean
expect_object (Loader      *loader,
               Chunk       *chunk,
               const char  *path,
               JsonNode    *node,
               JsonObject **out)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      report (loader, chunk, path, CORDON_IO_ERROR_SCHEMA,
              _("expected an object, found %s"), cordon_json_node_type_name (node));
      return FALSE;
    }

  *out = json_node_get_object (node);
  return TRUE;
}

static gboolean
expect_array (Loader      *loader,
              Chunk       *chunk,
              const char  *path,
              JsonNode    *node,
              guint        max_items,
              JsonArray  **out)
{
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      report (loader, chunk, path, CORDON_IO_ERROR_SCHEMA,
              _("expected an array, found %s"), cordon_json_node_type_name (node));
      return FALSE;
    }

  *out = json_node_get_array (node);
  if (json_array_get_length (*out) > max_items)
    {
      report (loader, chunk, path, CORDON_IO_ERROR_LIMIT,
              _("too many entries: %u, at most %u allowed"), json_array_get_length (*out), max_items);
      return FALSE;
    }

  return TRUE;
}

static CordonScenarioFact *
read_fact (Loader     *loader,
           Chunk      *chunk,
           const char *path,
           JsonNode   *node)
{
  static const char * const known[] = { "kind", "value", "note", NULL };
  CordonScenarioFact *fact = g_new0 (CordonScenarioFact, 1);
  JsonObject *object;
  gboolean ok;

  if (!expect_object (loader, chunk, path, node, &object))
    {
      fact_free (fact);
      return NULL;
    }

  ok = check_members (loader, chunk, path, object, known);
  ok &= get_string (loader, chunk, path, object, "kind", TRUE, MAX_ID, &fact->kind);
  ok &= check_enum (loader, chunk, path, "kind", CORDON_TYPE_FACT_KIND, _("fact kind"), fact->kind);
  ok &= get_string (loader, chunk, path, object, "value", TRUE, MAX_SHORT, &fact->value);
  ok &= get_string (loader, chunk, path, object, "note", FALSE, MAX_TEXT, &fact->note);

  if (!ok)
    {
      fact_free (fact);
      return NULL;
    }

  return fact;
}

/* An incident: a starting one (prefix NULL) or an inject's new one. */
static CordonScenarioIncident *
read_incident (Loader     *loader,
               Chunk      *chunk,
               const char *prefix,
               JsonNode   *node,
               gint64      opens_at)
{
  static const char * const known[] = {
    "id", "title", "category", "severity", "impact", "summary", "facts", NULL,
  };
  g_autoptr(GPtrArray) facts = g_ptr_array_new_with_free_func ((GDestroyNotify) fact_free);
  CordonScenarioIncident *incident;
  JsonObject *object;
  JsonNode *facts_node;
  gboolean ok;

  if (!expect_object (loader, chunk, prefix, node, &object))
    return NULL;

  incident = g_new0 (CordonScenarioIncident, 1);
  ok = check_members (loader, chunk, prefix, object, known);
  ok &= get_id (loader, chunk, prefix, object, "id", TRUE, &incident->id);
  ok &= get_string (loader, chunk, prefix, object, "title", TRUE, MAX_TITLE, &incident->title);
  ok &= get_string (loader, chunk, prefix, object, "category", TRUE, MAX_ID, &incident->category);
  ok &= check_taxonomy (loader, chunk, prefix, "category", CORDON_TAXONOMY_KIND_CATEGORY, incident->category);
  ok &= get_string (loader, chunk, prefix, object, "severity", TRUE, MAX_ID, &incident->severity);
  ok &= check_taxonomy (loader, chunk, prefix, "severity", CORDON_TAXONOMY_KIND_SEVERITY, incident->severity);
  ok &= get_string (loader, chunk, prefix, object, "impact", FALSE, MAX_ID, &incident->impact);
  ok &= check_taxonomy (loader, chunk, prefix, "impact", CORDON_TAXONOMY_KIND_IMPACT, incident->impact);
  ok &= get_string (loader, chunk, prefix, object, "summary", TRUE, MAX_TEXT, &incident->summary);

  if ((facts_node = json_object_get_member (object, "facts")) != NULL)
    {
      g_autofree char *path = path_join (prefix, "facts");
      JsonArray *array;

      if (expect_array (loader, chunk, path, facts_node, 100, &array))
        {
          for (guint i = 0; i < json_array_get_length (array); i++)
            {
              g_autofree char *fact_path = g_strdup_printf ("%s[%u]", path, i);
              CordonScenarioFact *fact = read_fact (loader, chunk, fact_path, json_array_get_element (array, i));

              if (fact != NULL)
                g_ptr_array_add (facts, fact);
              else
                ok = FALSE;
            }
        }
      else
        {
          ok = FALSE;
        }
    }
  incident->facts = g_steal_pointer (&facts);

  /* Register the id even when something else is wrong, so that
   * references to it do not pile up further errors. */
  if (incident->id != NULL)
    {
      g_autofree char *id_path = path_join (prefix, "id");
      g_autofree char *where = chunk_where (loader, chunk, id_path);
      IncidentRef *first = g_hash_table_lookup (loader->incidents, incident->id);

      if (first != NULL)
        {
          report (loader, chunk, id_path, CORDON_IO_ERROR_DUPLICATE,
                  _("a second incident “%s” (first at %s)"), incident->id, first->where);
          ok = FALSE;
        }
      else
        {
          IncidentRef *ref = g_new0 (IncidentRef, 1);

          ref->opens_at = opens_at;
          ref->where = g_steal_pointer (&where);
          g_hash_table_insert (loader->incidents, g_strdup (incident->id), ref);
        }
    }

  if (!ok)
    {
      incident_free (incident);
      return NULL;
    }

  return incident;
}

static void
read_role (Loader *loader,
           Chunk  *chunk)
{
  static const char * const known[] = { "id", "name", "role", "group", NULL };
  CordonScenarioRole *role = g_new0 (CordonScenarioRole, 1);
  JsonObject *object;
  gboolean ok;

  if (!expect_object (loader, chunk, NULL, chunk->node, &object))
    {
      role_free (role);
      return;
    }

  ok = check_members (loader, chunk, NULL, object, known);
  ok &= get_id (loader, chunk, NULL, object, "id", TRUE, &role->id);
  ok &= get_string (loader, chunk, NULL, object, "name", TRUE, MAX_SHORT, &role->name);
  ok &= get_string (loader, chunk, NULL, object, "role", TRUE, MAX_TEXT, &role->role);
  ok &= get_string (loader, chunk, NULL, object, "group", FALSE, MAX_ID, &role->group);
  ok &= check_enum (loader, chunk, NULL, "group", CORDON_TYPE_GROUP_KIND, _("group kind"), role->group);

  if (role->id != NULL)
    {
      const char *first = g_hash_table_lookup (loader->roles, role->id);

      if (first != NULL)
        {
          report (loader, chunk, ".id", CORDON_IO_ERROR_DUPLICATE,
                  _("a second role “%s” (first at %s)"), role->id, first);
          ok = FALSE;
        }
      else
        {
          g_hash_table_insert (loader->roles, g_strdup (role->id), chunk_where (loader, chunk, NULL));
        }
    }

  if (ok)
    g_ptr_array_add (loader->scenario->roles, role);
  else
    role_free (role);
}

static void
read_module (Loader *loader,
             Chunk  *chunk,
             gint64 *last_start)
{
  static const char * const known[] = { "title", "starts-at", "questions", NULL };
  CordonScenarioModule *module = g_new0 (CordonScenarioModule, 1);
  JsonObject *object;
  gboolean ok;

  if (!expect_object (loader, chunk, NULL, chunk->node, &object))
    {
      module_free (module);
      return;
    }

  ok = check_members (loader, chunk, NULL, object, known);
  ok &= get_string (loader, chunk, NULL, object, "title", TRUE, MAX_TITLE, &module->title);
  ok &= get_offset (loader, chunk, NULL, object, "starts-at", FALSE, &module->starts_at);
  ok &= get_strv (loader, chunk, "", object, "questions", 1, 50, MAX_SHORT, &module->questions);

  if (module->starts_at >= 0)
    {
      if (module->starts_at < *last_start)
        {
          g_autofree char *before = cordon_scenario_format_offset (*last_start);
          g_autofree char *at = cordon_scenario_format_offset (module->starts_at);

          report (loader, chunk, ".starts-at", CORDON_IO_ERROR_SCHEMA,
                  _("%s is earlier than the module before it (%s); modules are listed in order"), at, before);
          ok = FALSE;
        }
      *last_start = MAX (*last_start, module->starts_at);
    }

  if (ok)
    g_ptr_array_add (loader->scenario->modules, module);
  else
    module_free (module);
}

static CordonScenarioResponse *
read_response (Loader                     *loader,
               Chunk                      *chunk,
               const char                 *path,
               JsonNode                   *node,
               const CordonScenarioInject *inject)
{
  static const char * const common[] = { "after", "kind", "incident", "by", NULL };
  static const char * const by_kind[][6] = {
    [CORDON_RESPONSE_NOTE] = { "text", NULL },
    [CORDON_RESPONSE_ACKNOWLEDGE] = { "text", NULL },
    [CORDON_RESPONSE_MOVE] = { "phase", "reason", NULL },
    [CORDON_RESPONSE_PLAN] = { "strategy", "action", "text", NULL },
    [CORDON_RESPONSE_COMMUNICATE] = { "group", "text", NULL },
    [CORDON_RESPONSE_RECLASSIFY] = { "severity", "category", "reason", NULL },
    [CORDON_RESPONSE_ANSWER] = { "text", NULL },
    [CORDON_RESPONSE_DECISION] = { "text", NULL },
  };
  CordonScenarioResponse *response;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) known = NULL;
  g_autofree char *kind = NULL;
  JsonObject *object;
  gboolean ok = TRUE;

  if (!expect_object (loader, chunk, path, node, &object))
    return NULL;

  if (!get_string (loader, chunk, path, object, "kind", TRUE, MAX_ID, &kind))
    return NULL;
  response = g_new0 (CordonScenarioResponse, 1);
  if (!cordon_response_kind_from_id (kind, &response->kind))
    {
      g_autofree char *kind_path = path_join (path, "kind");
      g_autofree char *expected = join_ids (response_kind_ids);

      report (loader, chunk, kind_path, CORDON_IO_ERROR_SCHEMA,
              _("unknown response kind “%s” (known: %s)"), kind, expected);
      response_free (response);
      return NULL;
    }

  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) common);
  g_strv_builder_addv (builder, (const char **) by_kind[response->kind]);
  known = g_strv_builder_end (builder);

  ok &= check_members (loader, chunk, path, object, (const char * const *) known);
  ok &= get_offset (loader, chunk, path, object, "after", TRUE, &response->after);
  ok &= get_id (loader, chunk, path, object, "incident", FALSE, &response->incident);
  ok &= get_id (loader, chunk, path, object, "by", FALSE, &response->by);
  ok &= check_role (loader, chunk, path, "by", response->by);

  if (response->incident == NULL)
    response->incident = g_strdup (inject->incident);
  if (response->incident == NULL)
    {
      g_autofree char *incident_path = path_join (path, "incident");

      report (loader, chunk, incident_path, CORDON_IO_ERROR_SCHEMA,
              _("missing: the inject names no incident, so the response must"));
      ok = FALSE;
    }
  else if (response->after >= 0)
    {
      ok &= check_incident_ref (loader, chunk, path, "incident", response->incident,
                                inject->at + response->after);
    }

  switch (response->kind)
    {
    case CORDON_RESPONSE_NOTE:
    case CORDON_RESPONSE_ANSWER:
    case CORDON_RESPONSE_DECISION:
      ok &= get_string (loader, chunk, path, object, "text", TRUE, MAX_TEXT, &response->text);
      if (response->kind == CORDON_RESPONSE_ANSWER && inject->kind != CORDON_INJECT_QUESTION)
        {
          g_autofree char *kind_path = path_join (path, "kind");

          report (loader, chunk, kind_path, CORDON_IO_ERROR_SCHEMA,
                  _("an answer only follows a question inject"));
          ok = FALSE;
        }
      break;

    case CORDON_RESPONSE_ACKNOWLEDGE:
      ok &= get_string (loader, chunk, path, object, "text", FALSE, MAX_TEXT, &response->text);
      break;

    case CORDON_RESPONSE_MOVE:
      ok &= get_string (loader, chunk, path, object, "phase", TRUE, MAX_ID, &response->phase);
      ok &= check_enum (loader, chunk, path, "phase", CORDON_TYPE_PHASE, _("phase"), response->phase);
      ok &= get_string (loader, chunk, path, object, "reason", TRUE, MAX_TEXT, &response->reason);
      break;

    case CORDON_RESPONSE_PLAN:
      ok &= get_id (loader, chunk, path, object, "strategy", FALSE, &response->strategy);
      ok &= get_string (loader, chunk, path, object, "action", FALSE, MAX_TITLE, &response->action);
      ok &= get_string (loader, chunk, path, object, "text", FALSE, MAX_TEXT, &response->text);
      if ((response->strategy == NULL) == (response->action == NULL) && ok)
        {
          report (loader, chunk, path, CORDON_IO_ERROR_SCHEMA,
                  _("a plan response names either a “strategy” or an “action”, not both or neither"));
          ok = FALSE;
        }
      break;

    case CORDON_RESPONSE_COMMUNICATE:
      ok &= get_string (loader, chunk, path, object, "group", TRUE, MAX_ID, &response->group);
      ok &= check_enum (loader, chunk, path, "group", CORDON_TYPE_GROUP_KIND, _("group kind"), response->group);
      ok &= get_string (loader, chunk, path, object, "text", TRUE, MAX_TEXT, &response->text);
      break;

    case CORDON_RESPONSE_RECLASSIFY:
      ok &= get_string (loader, chunk, path, object, "severity", FALSE, MAX_ID, &response->severity);
      ok &= check_taxonomy (loader, chunk, path, "severity", CORDON_TAXONOMY_KIND_SEVERITY, response->severity);
      ok &= get_string (loader, chunk, path, object, "category", FALSE, MAX_ID, &response->category);
      ok &= check_taxonomy (loader, chunk, path, "category", CORDON_TAXONOMY_KIND_CATEGORY, response->category);
      ok &= get_string (loader, chunk, path, object, "reason", TRUE, MAX_TEXT, &response->reason);
      if (response->severity == NULL && response->category == NULL && ok)
        {
          report (loader, chunk, path, CORDON_IO_ERROR_SCHEMA,
                  _("a reclassification changes the “severity”, the “category” or both"));
          ok = FALSE;
        }
      break;

    default:
      g_assert_not_reached ();
    }

  if (!ok)
    {
      response_free (response);
      return NULL;
    }

  return response;
}

/* The member names each kind of inject takes beside the common ones */
static const char * const inject_members[][7] = {
  [CORDON_INJECT_FACT] = { "incident", "fact", NULL },
  [CORDON_INJECT_QUESTION] = { "incident", "question", "owner", NULL },
  [CORDON_INJECT_RECLASSIFY] = { "incident", "severity", "category", "reason", NULL },
  [CORDON_INJECT_INCIDENT] = { "new-incident", NULL },
  [CORDON_INJECT_MESSAGE] = { "incident", "from", "stakeholder", "channel", "text", NULL },
  [CORDON_INJECT_ACTION_FAILED] = { "incident", "strategy", "action", "what-happened", NULL },
};

/* First pass over an inject: only its kind, offset and, for a new
 * incident, the incident it opens, so that references to it from any
 * inject can be checked. */
static CordonScenarioInject *
read_inject_head (Loader *loader,
                  Chunk  *chunk)
{
  g_autofree char *kind = NULL;
  CordonScenarioInject *inject;
  JsonObject *object;
  gboolean ok = TRUE;

  if (!expect_object (loader, chunk, NULL, chunk->node, &object))
    return NULL;

  inject = g_new0 (CordonScenarioInject, 1);
  inject->responses = g_ptr_array_new_with_free_func ((GDestroyNotify) response_free);

  ok &= get_offset (loader, chunk, NULL, object, "at", TRUE, &inject->at);
  if (get_string (loader, chunk, NULL, object, "kind", TRUE, MAX_ID, &kind) &&
      !cordon_inject_kind_from_id (kind, &inject->kind))
    {
      g_autofree char *expected = join_ids (inject_kind_ids);

      report (loader, chunk, ".kind", CORDON_IO_ERROR_SCHEMA,
              _("unknown inject kind “%s” (known: %s)"), kind, expected);
      ok = FALSE;
    }
  else if (kind == NULL)
    {
      ok = FALSE;
    }

  if (ok && inject->kind == CORDON_INJECT_INCIDENT)
    {
      JsonNode *node = json_object_get_member (object, "new-incident");

      if (node == NULL)
        {
          report (loader, chunk, ".new-incident", CORDON_IO_ERROR_SCHEMA, _("missing"));
          ok = FALSE;
        }
      else if ((inject->new_incident = read_incident (loader, chunk, ".new-incident", node, inject->at)) == NULL)
        {
          ok = FALSE;
        }
      else
        {
          inject->incident = g_strdup (inject->new_incident->id);
        }
    }

  if (!ok)
    {
      inject_free (inject);
      return NULL;
    }

  return inject;
}

static gboolean
read_inject_body (Loader               *loader,
                  Chunk                *chunk,
                  CordonScenarioInject *inject)
{
  static const char * const common[] = { "id", "at", "kind", "note", "responses", NULL };
  JsonObject *object = json_node_get_object (chunk->node);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) known = NULL;
  JsonNode *responses_node;
  gboolean ok = TRUE;

  g_strv_builder_addv (builder, (const char **) common);
  g_strv_builder_addv (builder, (const char **) inject_members[inject->kind]);
  known = g_strv_builder_end (builder);

  ok &= check_members (loader, chunk, NULL, object, (const char * const *) known);
  ok &= get_id (loader, chunk, NULL, object, "id", FALSE, &inject->id);
  ok &= get_string (loader, chunk, NULL, object, "note", FALSE, MAX_TEXT, &inject->note);

  if (inject->kind != CORDON_INJECT_INCIDENT)
    {
      gboolean needs_incident = inject->kind != CORDON_INJECT_MESSAGE;

      ok &= get_id (loader, chunk, NULL, object, "incident", needs_incident, &inject->incident);
      ok &= check_incident_ref (loader, chunk, NULL, "incident", inject->incident, inject->at);
    }

  switch (inject->kind)
    {
    case CORDON_INJECT_FACT:
      {
        JsonNode *node = json_object_get_member (object, "fact");

        if (node == NULL)
          {
            report (loader, chunk, ".fact", CORDON_IO_ERROR_SCHEMA, _("missing"));
            ok = FALSE;
          }
        else if ((inject->fact = read_fact (loader, chunk, ".fact", node)) == NULL)
          {
            ok = FALSE;
          }
      }
      break;

    case CORDON_INJECT_QUESTION:
      ok &= get_string (loader, chunk, NULL, object, "question", TRUE, MAX_SHORT, &inject->question);
      ok &= get_id (loader, chunk, NULL, object, "owner", FALSE, &inject->owner);
      ok &= check_role (loader, chunk, NULL, "owner", inject->owner);
      break;

    case CORDON_INJECT_RECLASSIFY:
      ok &= get_string (loader, chunk, NULL, object, "severity", FALSE, MAX_ID, &inject->severity);
      ok &= check_taxonomy (loader, chunk, NULL, "severity", CORDON_TAXONOMY_KIND_SEVERITY, inject->severity);
      ok &= get_string (loader, chunk, NULL, object, "category", FALSE, MAX_ID, &inject->category);
      ok &= check_taxonomy (loader, chunk, NULL, "category", CORDON_TAXONOMY_KIND_CATEGORY, inject->category);
      ok &= get_string (loader, chunk, NULL, object, "reason", TRUE, MAX_TEXT, &inject->reason);
      if (inject->severity == NULL && inject->category == NULL && ok)
        {
          report (loader, chunk, NULL, CORDON_IO_ERROR_SCHEMA,
                  _("a reclassification changes the “severity”, the “category” or both"));
          ok = FALSE;
        }
      break;

    case CORDON_INJECT_INCIDENT:
      break;

    case CORDON_INJECT_MESSAGE:
      ok &= get_string (loader, chunk, NULL, object, "from", TRUE, MAX_SHORT, &inject->from);
      ok &= get_string (loader, chunk, NULL, object, "stakeholder", TRUE, MAX_ID, &inject->stakeholder);
      if (inject->stakeholder != NULL && !g_strv_contains (stakeholder_ids, inject->stakeholder))
        {
          g_autofree char *expected = join_ids (stakeholder_ids);

          report (loader, chunk, ".stakeholder", CORDON_IO_ERROR_SCHEMA,
                  _("unknown stakeholder “%s” (known: %s)"), inject->stakeholder, expected);
          ok = FALSE;
        }
      ok &= get_string (loader, chunk, NULL, object, "channel", FALSE, MAX_ID, &inject->channel);
      ok &= check_enum (loader, chunk, NULL, "channel", CORDON_TYPE_CHANNEL, _("channel"), inject->channel);
      ok &= get_string (loader, chunk, NULL, object, "text", TRUE, MAX_TEXT, &inject->text);
      break;

    case CORDON_INJECT_ACTION_FAILED:
      ok &= get_id (loader, chunk, NULL, object, "strategy", FALSE, &inject->strategy);
      ok &= get_string (loader, chunk, NULL, object, "action", FALSE, MAX_TITLE, &inject->action);
      ok &= get_string (loader, chunk, NULL, object, "what-happened", TRUE, MAX_TEXT, &inject->what_happened);
      if (inject->strategy == NULL && inject->action == NULL && ok)
        {
          report (loader, chunk, NULL, CORDON_IO_ERROR_SCHEMA,
                  _("a failed action names its “strategy”, its “action” title, or both"));
          ok = FALSE;
        }
      break;

    default:
      g_assert_not_reached ();
    }

  if ((responses_node = json_object_get_member (object, "responses")) != NULL)
    {
      JsonArray *array;

      if (expect_array (loader, chunk, ".responses", responses_node, 50, &array))
        {
          gint64 last_after = 0;

          for (guint i = 0; i < json_array_get_length (array); i++)
            {
              g_autofree char *path = g_strdup_printf (".responses[%u]", i);
              CordonScenarioResponse *response;

              response = read_response (loader, chunk, path, json_array_get_element (array, i), inject);
              if (response == NULL)
                {
                  ok = FALSE;
                  continue;
                }
              if (response->after < last_after)
                {
                  g_autofree char *after_path = g_strdup_printf ("%s.after", path);
                  g_autofree char *before = cordon_scenario_format_offset (last_after);
                  g_autofree char *after = cordon_scenario_format_offset (response->after);

                  report (loader, chunk, after_path, CORDON_IO_ERROR_SCHEMA,
                          _("%s is earlier than the response before it (%s); responses are listed in order"),
                          after, before);
                  ok = FALSE;
                }
              last_after = MAX (last_after, response->after);
              g_ptr_array_add (inject->responses, response);
            }
        }
      else
        {
          ok = FALSE;
        }
    }

  return ok;
}

static gboolean
on_chunk (const char  *member,
          gint64       index,
          const char  *json,
          gsize        length,
          guint        line,
          guint        column,
          gpointer     user_data,
          GError     **error)
{
  Loader *loader = user_data;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  Chunk *chunk;

  /* The scanner checked the grammar, so this cannot fail on syntax. */
  if (!json_parser_load_from_data (parser, json, length, error))
    return FALSE;

  chunk = g_new0 (Chunk, 1);
  chunk->member = g_strdup (member);
  chunk->index = index;
  chunk->line = line;
  chunk->column = column;
  chunk->node = json_node_ref (json_parser_get_root (parser));
  g_ptr_array_add (loader->chunks, chunk);

  return TRUE;
}

static Chunk *
find_chunk (Loader     *loader,
            const char *member)
{
  for (guint i = 0; i < loader->chunks->len; i++)
    {
      Chunk *chunk = loader->chunks->pdata[i];

      if (g_str_equal (chunk->member, member))
        return chunk;
    }

  return NULL;
}

static const char * const top_members[] = {
  "format", "version", "title", "narrative", "objectives", "start", "source", "notes",
  "roles", "modules", "incidents", "injects", NULL,
};

static const char * const split_members[] = { "roles", "modules", "incidents", "injects", NULL };

/* The members that must be there, with the number of elements their
 * arrays need at least */
static const struct {
  const char *name;
  guint       min_items;
} required_members[] = {
  { "title", 0 }, { "narrative", 0 }, { "objectives", 1 },
  { "roles", 1 }, { "modules", 1 }, { "incidents", 1 }, { "injects", 1 },
};

static gboolean
check_format (Loader *loader)
{
  Chunk *format = find_chunk (loader, "format");
  Chunk *version = find_chunk (loader, "version");
  JsonNode *node;

  if (format == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("%s: this is not a Cordon scenario: \"format\": \"%s\" is missing"),
                                               loader->name, CORDON_SCENARIO_FORMAT_ID);
      add_error_text (loader, CORDON_IO_ERROR_VERSION, text);
      return FALSE;
    }

  node = format->node;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING ||
      !g_str_equal (json_node_get_string (node), CORDON_SCENARIO_FORMAT_ID))
    {
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
          g_str_equal (json_node_get_string (node), "cordon"))
        report (loader, format, NULL, CORDON_IO_ERROR_VERSION,
                _("this is a Cordon workspace file, not a scenario (expected \"%s\")"), CORDON_SCENARIO_FORMAT_ID);
      else
        report (loader, format, NULL, CORDON_IO_ERROR_VERSION,
                _("this is not a Cordon scenario (expected \"%s\")"), CORDON_SCENARIO_FORMAT_ID);
      return FALSE;
    }

  if (version == NULL)
    {
      g_autofree char *text = g_strdup_printf (_("%s: $.version: missing"), loader->name);
      add_error_text (loader, CORDON_IO_ERROR_VERSION, text);
      return FALSE;
    }

  node = version->node;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      report (loader, version, NULL, CORDON_IO_ERROR_VERSION,
              _("expected a whole number, found %s"), cordon_json_node_type_name (node));
      return FALSE;
    }
  if (json_node_get_int (node) > CORDON_SCENARIO_FORMAT_VERSION)
    {
      report (loader, version, NULL, CORDON_IO_ERROR_VERSION,
              _("scenario version %" G_GINT64_FORMAT " is newer than this Cordon reads (%d); use a newer Cordon"),
              json_node_get_int (node), CORDON_SCENARIO_FORMAT_VERSION);
      return FALSE;
    }
  if (json_node_get_int (node) < 1)
    {
      report (loader, version, NULL, CORDON_IO_ERROR_VERSION,
              _("unknown scenario version %" G_GINT64_FORMAT), json_node_get_int (node));
      return FALSE;
    }

  return TRUE;
}

/* A top-level member that is a single string */
static void
read_top_string (Loader      *loader,
                 const char  *member,
                 guint        max_chars,
                 char       **out)
{
  Chunk *chunk = find_chunk (loader, member);
  const char *text;

  if (chunk != NULL && check_text (loader, chunk, NULL, chunk->node, max_chars, &text))
    *out = g_strdup (text);
}

static void
validate (Loader *loader)
{
  CordonScenario *scenario = loader->scenario;
  g_autoptr(GPtrArray) heads = g_ptr_array_new ();
  gint64 last_start = 0;
  gint64 last_at = 0;
  Chunk *chunk;

  if (!check_format (loader))
    return;

  for (guint i = 0; i < loader->chunks->len; i++)
    {
      chunk = loader->chunks->pdata[i];

      if (!g_strv_contains (top_members, chunk->member))
        {
          g_autofree char *expected = join_ids (top_members);

          report (loader, chunk, NULL, CORDON_IO_ERROR_SCHEMA,
                  _("unknown member (expected one of: %s)"), expected);
        }
      else if (chunk->index < 0 && g_strv_contains (split_members, chunk->member))
        {
          report (loader, chunk, NULL, CORDON_IO_ERROR_SCHEMA,
                  _("expected an array, found %s"), cordon_json_node_type_name (chunk->node));
        }
    }

  /* Split arrays hand out no chunk when empty, so an empty array and a
   * missing member look alike here; both are refused. */
  for (guint i = 0; i < G_N_ELEMENTS (required_members); i++)
    {
      if (find_chunk (loader, required_members[i].name) == NULL)
        {
          g_autofree char *text = NULL;

          if (required_members[i].min_items > 0)
            text = g_strdup_printf (_("%s: $.%s: missing or empty; at least one is needed"),
                                    loader->name, required_members[i].name);
          else
            text = g_strdup_printf (_("%s: $.%s: missing"), loader->name, required_members[i].name);
          add_error_text (loader, CORDON_IO_ERROR_SCHEMA, text);
        }
    }

  read_top_string (loader, "title", MAX_TITLE, &scenario->title);
  read_top_string (loader, "narrative", MAX_NARRATIVE, &scenario->narrative);
  read_top_string (loader, "source", MAX_SHORT, &scenario->source);

  if ((chunk = find_chunk (loader, "objectives")) != NULL)
    get_strv (loader, chunk, NULL, NULL, "objectives", 1, 50, MAX_SHORT, &scenario->objectives);
  if ((chunk = find_chunk (loader, "notes")) != NULL)
    get_strv (loader, chunk, NULL, NULL, "notes", 0, 50, MAX_TEXT, &scenario->notes);

  if ((chunk = find_chunk (loader, "start")) != NULL)
    {
      const char *text;
      gint64 usec;

      if (check_text (loader, chunk, NULL, chunk->node, MAX_ID, &text))
        {
          if (cordon_time_parse_iso8601 (text, &usec))
            scenario->start = cordon_time_to_date_time (usec);
          else
            report (loader, chunk, NULL, CORDON_IO_ERROR_SCHEMA,
                    _("“%s” is not an ISO 8601 time such as 2026-03-02T08:30:00Z"), text);
        }
    }

  /* Roles first: questions and responses name them */
  for (guint i = 0; i < loader->chunks->len; i++)
    {
      chunk = loader->chunks->pdata[i];
      if (chunk->index >= 0 && g_str_equal (chunk->member, "roles"))
        read_role (loader, chunk);
    }
  for (guint i = 0; i < loader->chunks->len; i++)
    {
      chunk = loader->chunks->pdata[i];
      if (chunk->index >= 0 && g_str_equal (chunk->member, "modules"))
        read_module (loader, chunk, &last_start);
    }
  for (guint i = 0; i < loader->chunks->len; i++)
    {
      CordonScenarioIncident *incident;

      chunk = loader->chunks->pdata[i];
      if (chunk->index < 0 || !g_str_equal (chunk->member, "incidents"))
        continue;
      if ((incident = read_incident (loader, chunk, NULL, chunk->node, 0)) != NULL)
        g_ptr_array_add (scenario->incidents, incident);
    }

  /* Injects in two passes: the incidents they open, then the rest */
  for (guint i = 0; i < loader->chunks->len; i++)
    {
      chunk = loader->chunks->pdata[i];
      if (chunk->index < 0 || !g_str_equal (chunk->member, "injects"))
        continue;
      g_ptr_array_add (heads, chunk);
      g_ptr_array_add (heads, read_inject_head (loader, chunk));
    }
  for (guint i = 0; i < heads->len; i += 2)
    {
      CordonScenarioInject *inject = heads->pdata[i + 1];

      chunk = heads->pdata[i];
      if (inject == NULL)
        continue;

      if (inject->at < last_at)
        {
          g_autofree char *before = cordon_scenario_format_offset (last_at);
          g_autofree char *at = cordon_scenario_format_offset (inject->at);

          report (loader, chunk, ".at", CORDON_IO_ERROR_SCHEMA,
                  _("%s is earlier than the inject before it (%s); injects are listed in order"), at, before);
        }
      last_at = MAX (last_at, inject->at);

      if (read_inject_body (loader, chunk, inject))
        {
          g_ptr_array_add (scenario->injects, inject);
        }
      else
        {
          inject_free (inject);
          heads->pdata[i + 1] = NULL;
        }
    }

  /* Inject ids are unique among themselves */
  {
    g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < heads->len; i += 2)
      {
        CordonScenarioInject *inject = heads->pdata[i + 1];

        if (inject == NULL || inject->id == NULL)
          continue;
        if (g_hash_table_contains (ids, inject->id))
          {
            Chunk *first = g_hash_table_lookup (ids, inject->id);
            g_autofree char *where = chunk_where (loader, first, NULL);

            report (loader, heads->pdata[i], ".id", CORDON_IO_ERROR_DUPLICATE,
                    _("a second inject “%s” (first at %s)"), inject->id, where);
          }
        else
          {
            g_hash_table_insert (ids, inject->id, heads->pdata[i]);
          }
      }
  }
}

/**
 * cordon_scenario_new_from_bytes:
 */
CordonScenario *
cordon_scenario_new_from_bytes (GBytes      *bytes,
                                const char  *name,
                                GError     **error)
{
  g_autoptr(GPtrArray) chunks = g_ptr_array_new_with_free_func ((GDestroyNotify) chunk_free);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) incidents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                           (GDestroyNotify) incident_ref_free);
  g_autoptr(GHashTable) roles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(CordonTaxonomy) taxonomy = cordon_taxonomy_new_default ();
  g_autoptr(CordonJsonScanner) scanner = NULL;
  g_autoptr(CordonScenario) scenario = NULL;
  Loader loader = { 0 };
  gsize size;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  if ((goffset) size > MAX_FILE_BYTES)
    {
      g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_LIMIT,
                   _("%s: too large for a scenario (%" G_GSIZE_FORMAT " bytes, at most %" G_GOFFSET_FORMAT ")"),
                   name, size, MAX_FILE_BYTES);
      return NULL;
    }

  scenario = g_object_new (CORDON_TYPE_SCENARIO, NULL);
  scanner = cordon_json_scanner_new (name, split_members, on_chunk, &loader);
  loader.name = name;
  loader.scanner = scanner;
  loader.taxonomy = taxonomy;
  loader.chunks = chunks;
  loader.errors = errors;
  loader.incidents = incidents;
  loader.roles = roles;
  loader.scenario = scenario;

  if (!cordon_json_scanner_feed (scanner, data, size, error) ||
      !cordon_json_scanner_finish (scanner, error))
    return NULL;

  validate (&loader);

  if (errors->len > 0)
    {
      g_autoptr(GString) message = g_string_new (NULL);

      for (guint i = 0; i < errors->len; i++)
        {
          if (i > 0)
            g_string_append_c (message, '\n');
          g_string_append (message, errors->pdata[i]);
        }
      if (loader.n_dropped > 0)
        {
          g_string_append_c (message, '\n');
          g_string_append_printf (message,
                                  ngettext ("%s: and %u more fault", "%s: and %u more faults", loader.n_dropped),
                                  name, loader.n_dropped);
        }
      g_set_error_literal (error, CORDON_IO_ERROR, loader.first_code, message->str);
      return NULL;
    }

  if (scenario->notes == NULL)
    scenario->notes = g_new0 (char *, 1);

  return g_steal_pointer (&scenario);
}

/**
 * cordon_scenario_new_from_file:
 */
CordonScenario *
cordon_scenario_new_from_file (GFile         *file,
                               GCancellable  *cancellable,
                               GError       **error)
{
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_IO, _("%s: not a local file"), name);
      return NULL;
    }

  /* Refused before it is read if it is too large or not a regular file */
  if (!(bytes = cordon_input_read (path, MAX_FILE_BYTES, _("a scenario"), error)))
    return NULL;

  return cordon_scenario_new_from_bytes (bytes, name, error);
}

GStrv
cordon_scenario_list_shipped (void)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = cordon_data_list (SHIPPED_DIR, NULL);
  GStrv ids;

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      if (g_str_has_suffix (names[i], ".json"))
        {
          g_autofree char *id = g_strndup (names[i], strlen (names[i]) - strlen (".json"));

          g_strv_builder_add (builder, id);
        }
    }

  ids = g_strv_builder_end (builder);
  g_qsort_with_data (ids, g_strv_length (ids), sizeof (char *), compare_strings, NULL);

  return ids;
}

CordonScenario *
cordon_scenario_new_shipped (const char  *id,
                             GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (id != NULL, NULL);

  path = g_strdup_printf ("%s/%s.json", SHIPPED_DIR, id);
  if (strchr (id, '/') != NULL || (bytes = cordon_data_lookup (path, NULL)) == NULL)
    {
      g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_IO, _("no shipped scenario “%s”"), id);
      return NULL;
    }

  name = g_strdup_printf ("resource:///%s", path);
  return cordon_scenario_new_from_bytes (bytes, name, error);
}

/* The object --------------------------------------------------------- */

static void
cordon_scenario_finalize (GObject *object)
{
  CordonScenario *self = CORDON_SCENARIO (object);

  g_free (self->title);
  g_free (self->narrative);
  g_free (self->source);
  g_clear_pointer (&self->start, g_date_time_unref);
  g_strfreev (self->objectives);
  g_strfreev (self->notes);
  g_clear_pointer (&self->roles, g_ptr_array_unref);
  g_clear_pointer (&self->modules, g_ptr_array_unref);
  g_clear_pointer (&self->incidents, g_ptr_array_unref);
  g_clear_pointer (&self->injects, g_ptr_array_unref);

  G_OBJECT_CLASS (cordon_scenario_parent_class)->finalize (object);
}

static void
cordon_scenario_class_init (CordonScenarioClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_scenario_finalize;
}

static void
cordon_scenario_init (CordonScenario *self)
{
  self->roles = g_ptr_array_new_with_free_func ((GDestroyNotify) role_free);
  self->modules = g_ptr_array_new_with_free_func ((GDestroyNotify) module_free);
  self->incidents = g_ptr_array_new_with_free_func ((GDestroyNotify) incident_free);
  self->injects = g_ptr_array_new_with_free_func ((GDestroyNotify) inject_free);
}

const char *
cordon_scenario_get_title (CordonScenario *self)
{
  g_return_val_if_fail (CORDON_IS_SCENARIO (self), NULL);

  return self->title;
}

const char *
cordon_scenario_get_narrative (CordonScenario *self)
{
  g_return_val_if_fail (CORDON_IS_SCENARIO (self), NULL);

  return self->narrative;
}

const char *
cordon_scenario_get_source (CordonScenario *self)
{
  g_return_val_if_fail (CORDON_IS_SCENARIO (self), NULL);

  return self->source;
}

GDateTime *
cordon_scenario_get_start (CordonScenario *self)
{
  g_return_val_if_fail (CORDON_IS_SCENARIO (self), NULL);

  return self->start;
}

const char * const *
cordon_scenario_get_objectives (CordonScenario *self)
{
  g_return_val_if_fail (CORDON_IS_SCENARIO (self), NULL);

  return (const char * const *) self->objectives;
}

const char * const *
cordon_scenario_get_notes (CordonScenario *self)
{
  g_return_val_if_fail (CORDON_IS_SCENARIO (self), NULL);

  return (const char * const *) self->notes;
}

GPtrArray *
cordon_scenario_get_roles (CordonScenario *self)
{
  g_return_val_if_fail (CORDON_IS_SCENARIO (self), NULL);

  return self->roles;
}

GPtrArray *
cordon_scenario_get_modules (CordonScenario *self)
{
  g_return_val_if_fail (CORDON_IS_SCENARIO (self), NULL);

  return self->modules;
}

GPtrArray *
cordon_scenario_get_incidents (CordonScenario *self)
{
  g_return_val_if_fail (CORDON_IS_SCENARIO (self), NULL);

  return self->incidents;
}

GPtrArray *
cordon_scenario_get_injects (CordonScenario *self)
{
  g_return_val_if_fail (CORDON_IS_SCENARIO (self), NULL);

  return self->injects;
}

const CordonScenarioIncident *
cordon_scenario_lookup_incident (CordonScenario *self,
                                 const char     *id)
{
  g_return_val_if_fail (CORDON_IS_SCENARIO (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < self->incidents->len; i++)
    {
      CordonScenarioIncident *incident = self->incidents->pdata[i];

      if (g_str_equal (incident->id, id))
        return incident;
    }

  for (guint i = 0; i < self->injects->len; i++)
    {
      CordonScenarioInject *inject = self->injects->pdata[i];

      if (inject->new_incident != NULL && g_str_equal (inject->new_incident->id, id))
        return inject->new_incident;
    }

  return NULL;
}

gint64
cordon_scenario_get_duration (CordonScenario *self)
{
  gint64 duration = 0;

  g_return_val_if_fail (CORDON_IS_SCENARIO (self), 0);

  for (guint i = 0; i < self->injects->len; i++)
    {
      CordonScenarioInject *inject = self->injects->pdata[i];

      duration = MAX (duration, inject->at);
      for (guint j = 0; j < inject->responses->len; j++)
        {
          CordonScenarioResponse *response = inject->responses->pdata[j];

          duration = MAX (duration, inject->at + response->after);
        }
    }

  return duration;
}
