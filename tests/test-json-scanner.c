/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * test-json-scanner.c: the strict streaming JSON checker every imported
 * file goes through: what it hands out, and the faults it names with
 * their line, column and path.
 */

#include "config.h"

#include <string.h>

#include "cordon-json-scanner.h"

typedef struct
{
  GPtrArray *chunks;  /* "member|index|line:column|json" */
} Collected;

static gboolean
collect (const char  *member,
         gint64       index,
         const char  *json,
         gsize        length,
         guint        line,
         guint        column,
         gpointer     user_data,
         GError     **error)
{
  Collected *collected = user_data;

  g_assert_cmpuint (strlen (json), ==, length);
  g_ptr_array_add (collected->chunks,
                   g_strdup_printf ("%s|%" G_GINT64_FORMAT "|%u:%u|%s", member, index, line, column, json));

  return TRUE;
}

static const char * const split[] = { "incidents", NULL };

/* Scans @doc fed in pieces of @step bytes. */
static gboolean
scan (const char  *doc,
      gsize        length,
      gsize        step,
      Collected   *collected,
      GError     **error)
{
  g_autoptr(CordonJsonScanner) scanner = cordon_json_scanner_new ("test.json", split, collect, collected);

  for (gsize offset = 0; offset < length; offset += step)
    {
      if (!cordon_json_scanner_feed (scanner, doc + offset, MIN (step, length - offset), error))
        return FALSE;
    }

  return cordon_json_scanner_finish (scanner, error);
}

static const char *valid_doc =
  "{\n"
  "  \"format\": \"cordon\",\n"
  "  \"version\": 1,\n"
  "  \"incidents\": [\n"
  "    {\"key\": \"INC-2026-0001\", \"n\": [1, -2.5e3, true, null]},\n"
  "    {\"key\": \"Zoë \\u00e9\\ud83d\\ude00\"}\n"
  "  ],\n"
  "  \"empty\": []\n"
  "}\n";

static void
test_split_chunks (void)
{
  const gsize steps[] = { 1, 2, 7, 4096 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      Collected collected = { g_ptr_array_new_with_free_func (g_free) };
      GError *error = NULL;

      g_assert_true (scan (valid_doc, strlen (valid_doc), steps[i], &collected, &error));
      g_assert_no_error (error);

      g_assert_cmpuint (collected.chunks->len, ==, 5);
      g_assert_cmpstr (collected.chunks->pdata[0], ==, "format|-1|2:13|\"cordon\"");
      g_assert_cmpstr (collected.chunks->pdata[1], ==, "version|-1|3:14|1");
      g_assert_cmpstr (collected.chunks->pdata[2], ==,
                       "incidents|0|5:5|{\"key\": \"INC-2026-0001\", \"n\": [1, -2.5e3, true, null]}");
      g_assert_cmpstr (collected.chunks->pdata[3], ==,
                       "incidents|1|6:5|{\"key\": \"Zoë \\u00e9\\ud83d\\ude00\"}");
      g_assert_cmpstr (collected.chunks->pdata[4], ==, "empty|-1|8:12|[]");

      g_ptr_array_unref (collected.chunks);
    }
}

typedef struct
{
  const char    *doc;
  CordonIoError  code;
  const char    *where;    /* expected "line:column: path" */
  const char    *message;  /* a part of the message */
} BadCase;

static const BadCase bad_cases[] = {
  { "", CORDON_IO_ERROR_SYNTAX, "1:1: $", "empty" },
  { "   \n", CORDON_IO_ERROR_SYNTAX, "2:1: $", "empty" },
  { "[1, 2]", CORDON_IO_ERROR_SCHEMA, "1:1: $", "must be a JSON object" },
  { "{\"a\": 1", CORDON_IO_ERROR_SYNTAX, "1:8: $.a", "ends in the middle" },
  { "{\"a\": 1,}", CORDON_IO_ERROR_SYNTAX, "1:9: $.a", "member name" },
  { "{\"a\": [1, 2,]}", CORDON_IO_ERROR_SYNTAX, "1:13: $.a[1]", "value should start" },
  { "{\"a\": 1, \"a\": 2}", CORDON_IO_ERROR_DUPLICATE, "1:10: $.a", "appears twice" },
  { "{\"incidents\": [{\"key\": 1, \"key\": 2}]}", CORDON_IO_ERROR_DUPLICATE, "1:27: $.incidents[0].key", "appears twice" },
  { "{\"a\": \"\xff\"}", CORDON_IO_ERROR_ENCODING, "1:7: $.a", "UTF-8" },
  { "{\"a\": \"\\ud800\"}", CORDON_IO_ERROR_ENCODING, "1:14: $.a", "surrogate" },
  { "{\"a\": \"\\udc00x\"}", CORDON_IO_ERROR_ENCODING, "1:13: $.a", "surrogate" },
  { "{\"a\": \"tab\there\"}", CORDON_IO_ERROR_SYNTAX, "1:11: $.a", "control character" },
  { "{\"a\": \"\\x\"}", CORDON_IO_ERROR_SYNTAX, "1:9: $.a", "escape" },
  { "{\"a\": 01}", CORDON_IO_ERROR_SYNTAX, "1:7: $.a", "not a number" },
  { "{\"a\": 1.}", CORDON_IO_ERROR_SYNTAX, "1:7: $.a", "not a number" },
  { "{\"a\": tru}", CORDON_IO_ERROR_SYNTAX, "1:7: $.a", "unknown word" },
  { "{\"a\": 1} x", CORDON_IO_ERROR_SYNTAX, "1:10: $", "end of the file" },
  { "{\"a\": 1]", CORDON_IO_ERROR_SYNTAX, "1:8: $.a", "unexpected “]”" },
  { "{\"a\" 1}", CORDON_IO_ERROR_SYNTAX, "1:6: $.a", "“:”" },
  { "{\"a\":\n\n   @}", CORDON_IO_ERROR_SYNTAX, "3:4: $.a", "value should start" },
};

static void
test_bad_documents (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      const BadCase *bad = &bad_cases[i];
      Collected collected = { g_ptr_array_new_with_free_func (g_free) };
      g_autofree char *prefix = g_strdup_printf ("test.json:%s:", bad->where);
      GError *error = NULL;

      g_test_message ("document %u: %s", i, bad->doc);
      g_assert_false (scan (bad->doc, strlen (bad->doc), 3, &collected, &error));
      g_assert_error (error, CORDON_IO_ERROR, bad->code);
      if (!g_str_has_prefix (error->message, prefix) || strstr (error->message, bad->message) == NULL)
        g_error ("document %u: “%s” does not start with “%s” and name “%s”",
                 i, error->message, prefix, bad->message);

      g_clear_error (&error);
      g_ptr_array_unref (collected.chunks);
    }
}

static void
test_deep_nesting (void)
{
  /* 100,000 levels: refused at the limit, without recursion. */
  gsize depth = 100000;
  g_autoptr(GString) doc = g_string_new ("{\"a\": ");
  Collected collected = { g_ptr_array_new_with_free_func (g_free) };
  GError *error = NULL;

  for (gsize i = 0; i < depth; i++)
    g_string_append_c (doc, '[');
  for (gsize i = 0; i < depth; i++)
    g_string_append_c (doc, ']');
  g_string_append_c (doc, '}');

  g_assert_false (scan (doc->str, doc->len, 65536, &collected, &error));
  g_assert_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_LIMIT);
  g_assert_nonnull (strstr (error->message, "nesting deeper than 64 levels"));
  g_assert_true (g_str_has_prefix (error->message, "test.json:1:70: $.a[0]"));
  g_clear_error (&error);
  g_ptr_array_unref (collected.chunks);
}

static void
test_long_string (void)
{
  gsize length = CORDON_JSON_MAX_STRING_BYTES + 10;
  g_autoptr(GString) doc = g_string_new ("{\"format\": 1,\n \"summary\": \"");
  Collected collected = { g_ptr_array_new_with_free_func (g_free) };
  GError *error = NULL;

  for (gsize i = 0; i < length; i++)
    g_string_append_c (doc, 'x');
  g_string_append (doc, "\"}");

  g_assert_false (scan (doc->str, doc->len, 65536, &collected, &error));
  g_assert_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_LIMIT);
  g_assert_true (g_str_has_prefix (error->message, "test.json:2:13: $.summary: a string longer than"));
  g_clear_error (&error);

  /* What came before the fault was handed out; the caller undoes it. */
  g_assert_cmpuint (collected.chunks->len, ==, 1);
  g_ptr_array_unref (collected.chunks);
}

static void
test_byte_order_mark (void)
{
  const char *doc = "\xEF\xBB\xBF{\"a\": 1}";
  Collected collected = { g_ptr_array_new_with_free_func (g_free) };
  GError *error = NULL;

  g_assert_true (scan (doc, strlen (doc), 1, &collected, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (collected.chunks->len, ==, 1);
  g_assert_cmpstr (collected.chunks->pdata[0], ==, "a|-1|1:7|1");
  g_ptr_array_unref (collected.chunks);
}

/* A document that is an array: handed out as the member "", with the
 * file's own positions and paths in values and messages */
static void
test_array_root (void)
{
  static const char doc[] = "\xEF\xBB\xBF [1,\n {\"a\": [2]}]\n";
  static const char bad[] = "[1,\n {\"a\": [2}]";
  Collected collected = { g_ptr_array_new_with_free_func (g_free) };
  g_autoptr(CordonJsonScanner) scanner = cordon_json_scanner_new ("list.json", NULL, collect, &collected);
  g_autoptr(CordonJsonScanner) bad_scanner = cordon_json_scanner_new ("bad.json", NULL, collect, &collected);
  g_autoptr(GError) error = NULL;

  cordon_json_scanner_set_array_root (scanner);
  g_assert_true (cordon_json_scanner_feed (scanner, doc, strlen (doc), &error));
  g_assert_true (cordon_json_scanner_finish (scanner, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (collected.chunks->len, ==, 1);
  g_assert_cmpstr (collected.chunks->pdata[0], ==, "|-1|1:2|[1,\n {\"a\": [2]}]");

  cordon_json_scanner_set_array_root (bad_scanner);
  g_assert_false (cordon_json_scanner_feed (bad_scanner, bad, strlen (bad), &error));
  g_assert_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "bad.json:2:10: $[1].a[0]: unexpected"));
  g_ptr_array_unref (collected.chunks);
}

static gboolean
refuse_second (const char  *member,
               gint64       index,
               const char  *json,
               gsize        length,
               guint        line,
               guint        column,
               gpointer     user_data,
               GError     **error)
{
  if (index == 1)
    {
      g_set_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA, "refused %s[%" G_GINT64_FORMAT "]", member, index);
      return FALSE;
    }

  return TRUE;
}

static void
test_callback_error_stops (void)
{
  g_autoptr(CordonJsonScanner) scanner = cordon_json_scanner_new ("test.json", split, refuse_second, NULL);
  GError *error = NULL;

  g_assert_false (cordon_json_scanner_feed (scanner, valid_doc, strlen (valid_doc), &error));
  g_assert_error (error, CORDON_IO_ERROR, CORDON_IO_ERROR_SCHEMA);
  g_assert_cmpstr (error->message, ==, "refused incidents[1]");
  g_clear_error (&error);
}

static void
test_describe (void)
{
  g_autoptr(CordonJsonScanner) scanner = cordon_json_scanner_new ("w.json", split, collect, NULL);
  g_autofree char *a = cordon_json_scanner_describe (scanner, "incidents", 3, 10, 5, ".journal[2].time");
  g_autofree char *b = cordon_json_scanner_describe (scanner, "odd name", -1, 1, 2, NULL);

  g_assert_cmpstr (a, ==, "w.json:10:5: $.incidents[3].journal[2].time");
  g_assert_cmpstr (b, ==, "w.json:1:2: $[\"odd name\"]");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-scanner/split-chunks", test_split_chunks);
  g_test_add_func ("/json-scanner/bad-documents", test_bad_documents);
  g_test_add_func ("/json-scanner/deep-nesting", test_deep_nesting);
  g_test_add_func ("/json-scanner/long-string", test_long_string);
  g_test_add_func ("/json-scanner/byte-order-mark", test_byte_order_mark);
  g_test_add_func ("/json-scanner/array-root", test_array_root);
  g_test_add_func ("/json-scanner/callback-error-stops", test_callback_error_stops);
  g_test_add_func ("/json-scanner/describe", test_describe);

  return g_test_run ();
}
