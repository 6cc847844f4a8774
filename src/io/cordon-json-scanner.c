/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-json-scanner.c: a strict, streaming JSON checker that cuts a
 * document into pieces small enough to parse one at a time.
 *
 * json-glib builds the whole tree of a document in memory, silently keeps
 * the last of two members with the same name and recurses once per level
 * of nesting. Files handed to Cordon may be large (a workspace of 100,000
 * incidents), hostile or damaged, so every file is first read through this
 * scanner: it checks the grammar, UTF-8, nesting depth, string length and
 * duplicate member names, with the line, column and JSON path of the first
 * fault, and hands each top-level member (or, for the members named as
 * split, each element of its array) to a callback as a small, already
 * checked JSON text that json-glib then parses.
 */

#define G_LOG_DOMAIN "cordon-json"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "cordon-json-scanner.h"

G_DEFINE_QUARK (cordon-io-error-quark, cordon_io_error)

typedef enum
{
  FRAME_OBJECT,
  FRAME_ARRAY,
} FrameType;

typedef struct
{
  FrameType   type;
  gint64      index;  /* arrays: the current element, -1 before the first */
  char       *key;    /* objects: the current member */
  GHashTable *keys;   /* objects: every member name seen */
} Frame;

typedef enum
{
  STATE_START,
  STATE_VALUE,
  STATE_VALUE_OR_END,
  STATE_KEY_OR_END,
  STATE_KEY,
  STATE_COLON,
  STATE_AFTER_VALUE,
  STATE_STRING,
  STATE_STRING_ESCAPE,
  STATE_STRING_UNICODE,
  STATE_NUMBER,
  STATE_LITERAL,
  STATE_DONE,
} State;

struct _CordonJsonScanner
{
  char                *filename;
  GStrv                split_members;
  CordonJsonChunkFunc  func;
  gpointer             user_data;

  State                state;
  GArray              *frames;

  /* Position of the byte being read. */
  guint                line;
  guint                column;
  guint64              offset;
  guint                bom_bytes;

  /* A document that is an array, read as the member "" of an object */
  gboolean             array_root;

  /* The string being read: its decoded bytes, whether it is a member
   * name, where it started, and a pending \u escape. */
  GString             *str;
  gboolean             str_is_key;
  guint                str_line;
  guint                str_column;
  guint                unicode_digits;
  gunichar             unicode_value;
  gunichar             high_surrogate;

  /* The number or literal being read. */
  GString             *token;
  const char          *literal;
  guint                token_line;
  guint                token_column;

  /* The value being handed out, if any. */
  gboolean             capturing;
  guint                capture_depth;
  char                *capture_member;
  gint64               capture_index;
  guint                capture_line;
  guint                capture_column;
  GString             *capture;
};

static void
frame_clear (gpointer data)
{
  Frame *frame = data;

  g_clear_pointer (&frame->key, g_free);
  g_clear_pointer (&frame->keys, g_hash_table_unref);
}

/**
 * cordon_json_scanner_new:
 * @filename: the file's name, used in messages
 * @split_members: (nullable): top-level members whose array elements are
 *   handed out one by one
 * @func: receives each value
 * @user_data: closure for @func
 *
 * Returns: (transfer full): a scanner to feed with the file's bytes
 */
CordonJsonScanner *
cordon_json_scanner_new (const char          *filename,
                         const char * const  *split_members,
                         CordonJsonChunkFunc  func,
                         gpointer             user_data)
{
  CordonJsonScanner *self = g_new0 (CordonJsonScanner, 1);

  self->filename = g_strdup (filename);
  self->split_members = g_strdupv ((char **) split_members);
  self->func = func;
  self->user_data = user_data;
  self->state = STATE_START;
  self->frames = g_array_new (FALSE, TRUE, sizeof (Frame));
  g_array_set_clear_func (self->frames, frame_clear);
  self->line = 1;
  self->column = 1;
  self->str = g_string_new (NULL);
  self->token = g_string_new (NULL);
  self->capture = g_string_new (NULL);

  return self;
}

void
cordon_json_scanner_free (CordonJsonScanner *self)
{
  if (self == NULL)
    return;

  g_free (self->filename);
  g_strfreev (self->split_members);
  g_array_unref (self->frames);
  g_string_free (self->str, TRUE);
  g_string_free (self->token, TRUE);
  g_string_free (self->capture, TRUE);
  g_free (self->capture_member);
  g_free (self);
}

static gboolean
is_identifier (const char *key)
{
  if (key[0] == '\0' || g_ascii_isdigit (key[0]))
    return FALSE;

  for (const char *p = key; *p; p++)
    {
      if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-')
        return FALSE;
    }

  return TRUE;
}

static void
append_path_member (GString    *path,
                    const char *key)
{
  if (is_identifier (key))
    {
      g_string_append_printf (path, ".%s", key);
    }
  else
    {
      g_autofree char *escaped = g_strescape (key, NULL);
      g_string_append_printf (path, "[\"%s\"]", escaped);
    }
}

static char *
current_path (CordonJsonScanner *self)
{
  GString *path = g_string_new ("$");

  for (guint i = 0; i < self->frames->len; i++)
    {
      Frame *frame = &g_array_index (self->frames, Frame, i);

      if (i == 0 && self->array_root)
        continue;
      if (frame->type == FRAME_ARRAY && frame->index >= 0)
        g_string_append_printf (path, "[%" G_GINT64_FORMAT "]", frame->index);
      else if (frame->type == FRAME_OBJECT && frame->key != NULL)
        append_path_member (path, frame->key);
    }

  return g_string_free (path, FALSE);
}

static gboolean G_GNUC_PRINTF (6, 7)
fail (CordonJsonScanner  *self,
      GError            **error,
      CordonIoError       code,
      guint               line,
      guint               column,
      const char         *format,
      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = current_path (self);
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, CORDON_IO_ERROR, code, "%s:%u:%u: %s: %s",
               self->filename, line, column, path, message);

  return FALSE;
}

/**
 * cordon_json_scanner_describe:
 * @member: a top-level member
 * @index: an element of it, or -1
 * @line: where that value starts
 * @column: likewise
 * @inner_path: (nullable): a path inside that value, such as ".title"
 *
 * Formats the place of a fault found after a value was handed out, in the
 * same form as the scanner's own messages.
 *
 * Returns: (transfer full): "file:line:column: $.member[index]inner"
 */
char *
cordon_json_scanner_describe (CordonJsonScanner *self,
                              const char        *member,
                              gint64             index,
                              guint              line,
                              guint              column,
                              const char        *inner_path)
{
  g_autoptr(GString) path = g_string_new ("$");

  append_path_member (path, member);
  if (index >= 0)
    g_string_append_printf (path, "[%" G_GINT64_FORMAT "]", index);
  if (inner_path != NULL)
    g_string_append (path, inner_path);

  return g_strdup_printf ("%s:%u:%u: %s", self->filename, line, column, path->str);
}

static Frame *
top_frame (CordonJsonScanner *self)
{
  if (self->frames->len == 0)
    return NULL;

  return &g_array_index (self->frames, Frame, self->frames->len - 1);
}

static gboolean
is_split_member (CordonJsonScanner *self,
                 const char        *key)
{
  return self->split_members != NULL &&
         key != NULL &&
         g_strv_contains ((const char * const *) self->split_members, key);
}

/* Called with the first byte of every value, before it is consumed. */
static void
begin_value (CordonJsonScanner *self,
             char               c)
{
  Frame *frame;

  if (self->capturing)
    return;

  if (self->frames->len == 1)
    {
      frame = top_frame (self);
      if (is_split_member (self, frame->key) && c == '[')
        return;

      self->capture_index = -1;
    }
  else if (self->frames->len == 2)
    {
      Frame *root = &g_array_index (self->frames, Frame, 0);

      frame = top_frame (self);
      if (frame->type != FRAME_ARRAY || !is_split_member (self, root->key))
        return;

      self->capture_index = frame->index;
    }
  else
    {
      return;
    }

  self->capturing = TRUE;
  self->capture_depth = self->frames->len;
  g_free (self->capture_member);
  self->capture_member = g_strdup (g_array_index (self->frames, Frame, 0).key);
  self->capture_line = self->line;
  self->capture_column = self->column;
  g_string_truncate (self->capture, 0);
  /* The scanner appends bytes before reading them; this first one came
   * in before the capture began. */
  g_string_append_c (self->capture, c);
}

/* Called once a value is complete (containers: after they are popped). */
static gboolean
end_value (CordonJsonScanner  *self,
           GError            **error)
{
  self->state = self->frames->len == 0 ? STATE_DONE : STATE_AFTER_VALUE;

  if (self->capturing && self->frames->len == self->capture_depth)
    {
      self->capturing = FALSE;
      if (!self->func (self->capture_member,
                       self->capture_index,
                       self->capture->str,
                       self->capture->len,
                       self->capture_line,
                       self->capture_column,
                       self->user_data,
                       error))
        return FALSE;
      g_string_truncate (self->capture, 0);
    }

  return TRUE;
}

static gboolean
push_frame (CordonJsonScanner  *self,
            FrameType           type,
            GError            **error)
{
  Frame frame = { 0 };

  if (self->frames->len >= CORDON_JSON_MAX_DEPTH)
    return fail (self, error, CORDON_IO_ERROR_LIMIT, self->line, self->column,
                 _("nesting deeper than %d levels"), CORDON_JSON_MAX_DEPTH);

  frame.type = type;
  frame.index = -1;
  if (type == FRAME_OBJECT)
    frame.keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_array_append_val (self->frames, frame);

  return TRUE;
}

static gboolean
check_number (const char *s)
{
  const char *p = s;

  if (*p == '-')
    p++;
  if (*p == '0')
    p++;
  else if (*p >= '1' && *p <= '9')
    while (g_ascii_isdigit (*p))
      p++;
  else
    return FALSE;

  if (*p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }

  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }

  return *p == '\0';
}

static gboolean
finish_string (CordonJsonScanner  *self,
               GError            **error)
{
  if (self->high_surrogate != 0)
    return fail (self, error, CORDON_IO_ERROR_ENCODING, self->line, self->column,
                 _("a \\u escape leaves half a surrogate pair"));

  if (!g_utf8_validate_len (self->str->str, self->str->len, NULL))
    return fail (self, error, CORDON_IO_ERROR_ENCODING, self->str_line, self->str_column,
                 _("the string is not valid UTF-8"));

  if (self->str_is_key)
    {
      Frame *frame = top_frame (self);

      if (memchr (self->str->str, '\0', self->str->len) != NULL)
        return fail (self, error, CORDON_IO_ERROR_SCHEMA, self->str_line, self->str_column,
                     _("a member name holds a NUL character"));

      g_free (frame->key);
      frame->key = g_strndup (self->str->str, self->str->len);

      if (g_hash_table_contains (frame->keys, frame->key))
        return fail (self, error, CORDON_IO_ERROR_DUPLICATE, self->str_line, self->str_column,
                     _("the member “%s” appears twice in the same object"), frame->key);

      g_hash_table_add (frame->keys, g_strdup (frame->key));
      self->state = STATE_COLON;
      return TRUE;
    }

  return end_value (self, error);
}

static gboolean
append_unichar (CordonJsonScanner  *self,
                gunichar            ch,
                GError            **error)
{
  char buf[6];
  int len;

  if (self->high_surrogate != 0)
    {
      if (ch < 0xDC00 || ch > 0xDFFF)
        return fail (self, error, CORDON_IO_ERROR_ENCODING, self->line, self->column,
                     _("a \\u escape leaves half a surrogate pair"));
      ch = 0x10000 + ((self->high_surrogate - 0xD800) << 10) + (ch - 0xDC00);
      self->high_surrogate = 0;
    }
  else if (ch >= 0xD800 && ch <= 0xDBFF)
    {
      self->high_surrogate = ch;
      return TRUE;
    }
  else if (ch >= 0xDC00 && ch <= 0xDFFF)
    {
      return fail (self, error, CORDON_IO_ERROR_ENCODING, self->line, self->column,
                   _("a \\u escape leaves half a surrogate pair"));
    }

  len = g_unichar_to_utf8 (ch, buf);
  g_string_append_len (self->str, buf, len);

  return TRUE;
}

static gboolean
start_value (CordonJsonScanner  *self,
             char                c,
             GError            **error)
{
  Frame *frame = top_frame (self);

  if (frame != NULL && frame->type == FRAME_ARRAY)
    frame->index++;

  if (frame == NULL && c != '{')
    return fail (self, error, CORDON_IO_ERROR_SCHEMA, self->line, self->column,
                 _("the document must be a JSON object"));

  begin_value (self, c);

  switch (c)
    {
    case '{':
      if (!push_frame (self, FRAME_OBJECT, error))
        return FALSE;
      self->state = STATE_KEY_OR_END;
      return TRUE;

    case '[':
      if (!push_frame (self, FRAME_ARRAY, error))
        return FALSE;
      self->state = STATE_VALUE_OR_END;
      return TRUE;

    case '"':
      g_string_truncate (self->str, 0);
      self->str_is_key = FALSE;
      self->str_line = self->line;
      self->str_column = self->column;
      self->state = STATE_STRING;
      return TRUE;

    case 't':
    case 'f':
    case 'n':
      self->literal = c == 't' ? "true" : c == 'f' ? "false" : "null";
      g_string_truncate (self->token, 0);
      g_string_append_c (self->token, c);
      self->token_line = self->line;
      self->token_column = self->column;
      self->state = STATE_LITERAL;
      return TRUE;

    default:
      if (c == '-' || g_ascii_isdigit (c))
        {
          g_string_truncate (self->token, 0);
          g_string_append_c (self->token, c);
          self->token_line = self->line;
          self->token_column = self->column;
          self->state = STATE_NUMBER;
          return TRUE;
        }
      if (frame != NULL && frame->type == FRAME_ARRAY)
        frame->index--;
      if ((guchar) c >= 0x80)
        return fail (self, error, CORDON_IO_ERROR_SYNTAX, self->line, self->column,
                     _("unexpected byte 0x%02x where a value should start"), (guchar) c);
      return fail (self, error, CORDON_IO_ERROR_SYNTAX, self->line, self->column,
                   _("unexpected “%c” where a value should start"), c);
    }
}

static gboolean
close_container (CordonJsonScanner  *self,
                 char                c,
                 GError            **error)
{
  Frame *frame = top_frame (self);
  FrameType expected = c == '}' ? FRAME_OBJECT : FRAME_ARRAY;

  if (frame == NULL || frame->type != expected)
    return fail (self, error, CORDON_IO_ERROR_SYNTAX, self->line, self->column,
                 _("unexpected “%c”"), c);

  g_array_set_size (self->frames, self->frames->len - 1);

  return end_value (self, error);
}

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static gboolean
describe_unexpected (CordonJsonScanner  *self,
                     char                c,
                     const char         *expected,
                     GError            **error)
{
  if ((guchar) c >= 0x80 || (guchar) c < 0x20)
    return fail (self, error, CORDON_IO_ERROR_SYNTAX, self->line, self->column,
                 _("unexpected byte 0x%02x, expected %s"), (guchar) c, expected);

  return fail (self, error, CORDON_IO_ERROR_SYNTAX, self->line, self->column,
               _("unexpected “%c”, expected %s"), c, expected);
}

static gboolean
process_byte (CordonJsonScanner  *self,
              char                c,
              GError            **error)
{
  guchar u = (guchar) c;

reconsider:
  switch (self->state)
    {
    case STATE_START:
    case STATE_VALUE:
      if (is_space (c))
        return TRUE;
      return start_value (self, c, error);

    case STATE_VALUE_OR_END:
      if (is_space (c))
        return TRUE;
      if (c == ']')
        return close_container (self, c, error);
      return start_value (self, c, error);

    case STATE_KEY_OR_END:
    case STATE_KEY:
      if (is_space (c))
        return TRUE;
      if (c == '}' && self->state == STATE_KEY_OR_END)
        return close_container (self, c, error);
      if (c != '"')
        return describe_unexpected (self, c, _("a member name in double quotes"), error);
      g_string_truncate (self->str, 0);
      self->str_is_key = TRUE;
      self->str_line = self->line;
      self->str_column = self->column;
      self->state = STATE_STRING;
      return TRUE;

    case STATE_COLON:
      if (is_space (c))
        return TRUE;
      if (c != ':')
        return describe_unexpected (self, c, _("“:”"), error);
      self->state = STATE_VALUE;
      return TRUE;

    case STATE_AFTER_VALUE:
      if (is_space (c))
        return TRUE;
      if (c == '}' || c == ']')
        return close_container (self, c, error);
      if (c != ',')
        return describe_unexpected (self, c,
                                    top_frame (self)->type == FRAME_OBJECT ? _("“,” or “}”") : _("“,” or “]”"),
                                    error);
      self->state = top_frame (self)->type == FRAME_OBJECT ? STATE_KEY : STATE_VALUE;
      return TRUE;

    case STATE_STRING:
      if (c == '"')
        return finish_string (self, error);
      if (c == '\\')
        {
          self->state = STATE_STRING_ESCAPE;
          return TRUE;
        }
      if (u < 0x20)
        return fail (self, error, CORDON_IO_ERROR_SYNTAX, self->line, self->column,
                     _("a control character (0x%02x) inside a string must be escaped"), u);
      if (self->high_surrogate != 0)
        return fail (self, error, CORDON_IO_ERROR_ENCODING, self->line, self->column,
                     _("a \\u escape leaves half a surrogate pair"));
      if (self->str->len >= CORDON_JSON_MAX_STRING_BYTES)
        return fail (self, error, CORDON_IO_ERROR_LIMIT, self->str_line, self->str_column,
                     _("a string longer than %d bytes"), CORDON_JSON_MAX_STRING_BYTES);
      g_string_append_c (self->str, c);
      return TRUE;

    case STATE_STRING_ESCAPE:
      self->state = STATE_STRING;
      switch (c)
        {
        case '"': case '\\': case '/':
          if (self->high_surrogate != 0)
            return fail (self, error, CORDON_IO_ERROR_ENCODING, self->line, self->column,
                         _("a \\u escape leaves half a surrogate pair"));
          g_string_append_c (self->str, c);
          return TRUE;
        case 'b': g_string_append_c (self->str, '\b'); return TRUE;
        case 'f': g_string_append_c (self->str, '\f'); return TRUE;
        case 'n': g_string_append_c (self->str, '\n'); return TRUE;
        case 'r': g_string_append_c (self->str, '\r'); return TRUE;
        case 't': g_string_append_c (self->str, '\t'); return TRUE;
        case 'u':
          self->unicode_digits = 0;
          self->unicode_value = 0;
          self->state = STATE_STRING_UNICODE;
          return TRUE;
        default:
          return describe_unexpected (self, c, _("an escape such as \\n or \\u00e9"), error);
        }

    case STATE_STRING_UNICODE:
      if (!g_ascii_isxdigit (c))
        return describe_unexpected (self, c, _("a hexadecimal digit"), error);
      self->unicode_value = self->unicode_value * 16 + g_ascii_xdigit_value (c);
      if (++self->unicode_digits == 4)
        {
          self->state = STATE_STRING;
          return append_unichar (self, self->unicode_value, error);
        }
      return TRUE;

    case STATE_NUMBER:
      if (g_ascii_isdigit (c) || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-')
        {
          if (self->token->len > 64)
            return fail (self, error, CORDON_IO_ERROR_LIMIT, self->token_line, self->token_column,
                         _("a number longer than 64 characters"));
          g_string_append_c (self->token, c);
          return TRUE;
        }
      if (!check_number (self->token->str))
        return fail (self, error, CORDON_IO_ERROR_SYNTAX, self->token_line, self->token_column,
                     _("“%s” is not a number"), self->token->str);
      /* The byte after a number belongs to what follows it. */
      if (self->capturing && self->frames->len == self->capture_depth)
        g_string_truncate (self->capture, self->capture->len - 1);
      if (!end_value (self, error))
        return FALSE;
      goto reconsider;

    case STATE_LITERAL:
      if (c != self->literal[self->token->len])
        return fail (self, error, CORDON_IO_ERROR_SYNTAX, self->token_line, self->token_column,
                     _("unknown word; expected a value such as true, false, null, a number or a string"));
      g_string_append_c (self->token, c);
      if (self->literal[self->token->len] == '\0')
        return end_value (self, error);
      return TRUE;

    case STATE_DONE:
      if (is_space (c))
        return TRUE;
      return describe_unexpected (self, c, _("the end of the file after the closing “}”"), error);

    default:
      g_assert_not_reached ();
    }
}

/**
 * cordon_json_scanner_feed:
 *
 * Reads the next bytes of the document; values complete within them are
 * handed to the callback.
 *
 * Returns: %FALSE with @error set at the first fault
 */
gboolean
cordon_json_scanner_feed (CordonJsonScanner  *self,
                          const char         *data,
                          gsize               length,
                          GError            **error)
{
  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      /* A byte-order mark at the very start is allowed and skipped. */
      if (self->offset < 3 && self->bom_bytes == self->offset &&
          c == "\xEF\xBB\xBF"[self->bom_bytes])
        {
          self->bom_bytes++;
          self->offset++;
          continue;
        }

      if (self->capturing)
        g_string_append_c (self->capture, c);

      if (!process_byte (self, c, error))
        return FALSE;

      self->offset++;
      if (c == '\n')
        {
          self->line++;
          self->column = 1;
        }
      else if (((guchar) c & 0xC0) != 0x80)
        {
          self->column++;
        }
    }

  return TRUE;
}

/**
 * cordon_json_scanner_set_array_root:
 *
 * Reads a document that is a JSON array (its first character, after any
 * byte-order mark and white space, is `[`) as if it were the member ""
 * of an object: the callback receives it as that member, while positions
 * and paths in messages stay those of the file. Call before feeding.
 */
void
cordon_json_scanner_set_array_root (CordonJsonScanner *self)
{
  gboolean ok;

  g_return_if_fail (self->state == STATE_START && self->offset == 0);

  ok = cordon_json_scanner_feed (self, "{\"\":", 4, NULL);
  g_assert (ok);
  self->array_root = TRUE;
  self->line = 1;
  self->column = 1;
  self->offset = 0;
}

/**
 * cordon_json_scanner_finish:
 *
 * Checks that the document ended where it should.
 */
gboolean
cordon_json_scanner_finish (CordonJsonScanner  *self,
                            GError            **error)
{
  /* The closing brace of the object around an array document */
  if (self->array_root && self->frames->len == 1 && self->state == STATE_AFTER_VALUE)
    {
      if (!process_byte (self, '}', error))
        return FALSE;
    }

  if (self->state == STATE_NUMBER)
    {
      if (!process_byte (self, ' ', error))
        return FALSE;
    }

  if (self->state == STATE_START)
    return fail (self, error, CORDON_IO_ERROR_SYNTAX, self->line, self->column,
                 _("the file is empty"));

  if (self->state != STATE_DONE)
    return fail (self, error, CORDON_IO_ERROR_SYNTAX, self->line, self->column,
                 _("the file ends in the middle of the document"));

  return TRUE;
}

/**
 * cordon_json_scanner_scan_stream:
 *
 * Feeds the whole of @stream, then finishes. Memory use stays bounded by
 * the largest value handed out, not by the size of the file.
 */
gboolean
cordon_json_scanner_scan_stream (CordonJsonScanner  *self,
                                 GInputStream       *stream,
                                 GCancellable       *cancellable,
                                 GError            **error)
{
  g_autofree char *buffer = g_malloc (64 * 1024);

  for (;;)
    {
      gssize n = g_input_stream_read (stream, buffer, 64 * 1024, cancellable, error);

      if (n < 0)
        return FALSE;
      if (n == 0)
        break;
      if (!cordon_json_scanner_feed (self, buffer, n, error))
        return FALSE;
    }

  return cordon_json_scanner_finish (self, error);
}
