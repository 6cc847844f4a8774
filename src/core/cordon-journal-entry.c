/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-journal-entry.c: one entry of an incident's journal, its canonical
 * serialisation and its place in the incident's hash chain.
 */

#define G_LOG_DOMAIN "cordon-journal-entry"

#include "config.h"

#include <string.h>

#include "cordon-journal-entry.h"
#include "cordon-sha256.h"
#include "cordon-time.h"

struct _CordonJournalEntry
{
  GObject parent_instance;

  gint64 id;
  gint64 incident_id;
  gint64 seq;
  CordonJournalKind kind;
  char *author;
  GDateTime *time;
  char *text;
  char *payload;
  char *prev_hash;
  char *hash;
};

G_DEFINE_FINAL_TYPE (CordonJournalEntry, cordon_journal_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_INCIDENT_ID,
  PROP_SEQ,
  PROP_KIND,
  PROP_AUTHOR,
  PROP_TIME,
  PROP_TEXT,
  PROP_PAYLOAD,
  PROP_PREV_HASH,
  PROP_HASH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cordon_journal_entry_finalize (GObject *object)
{
  CordonJournalEntry *self = (CordonJournalEntry *)object;

  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->time, g_date_time_unref);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->payload, g_free);
  g_clear_pointer (&self->prev_hash, g_free);
  g_clear_pointer (&self->hash, g_free);

  G_OBJECT_CLASS (cordon_journal_entry_parent_class)->finalize (object);
}

static void
cordon_journal_entry_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CordonJournalEntry *self = CORDON_JOURNAL_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_INCIDENT_ID:
      g_value_set_int64 (value, self->incident_id);
      break;

    case PROP_SEQ:
      g_value_set_int64 (value, self->seq);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;

    case PROP_TIME:
      g_value_set_boxed (value, self->time);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    case PROP_PAYLOAD:
      g_value_set_string (value, self->payload);
      break;

    case PROP_PREV_HASH:
      g_value_set_string (value, self->prev_hash);
      break;

    case PROP_HASH:
      g_value_set_string (value, self->hash);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_journal_entry_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CordonJournalEntry *self = CORDON_JOURNAL_ENTRY (object);

  switch (prop_id)
    {
    case PROP_ID:
      cordon_journal_entry_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_INCIDENT_ID:
      cordon_journal_entry_set_incident_id (self, g_value_get_int64 (value));
      break;

    case PROP_SEQ:
      cordon_journal_entry_set_seq (self, g_value_get_int64 (value));
      break;

    case PROP_KIND:
      cordon_journal_entry_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_AUTHOR:
      cordon_journal_entry_set_author (self, g_value_get_string (value));
      break;

    case PROP_TIME:
      cordon_journal_entry_set_time (self, g_value_get_boxed (value));
      break;

    case PROP_TEXT:
      cordon_journal_entry_set_text (self, g_value_get_string (value));
      break;

    case PROP_PAYLOAD:
      cordon_journal_entry_set_payload (self, g_value_get_string (value));
      break;

    case PROP_PREV_HASH:
      cordon_journal_entry_set_prev_hash (self, g_value_get_string (value));
      break;

    case PROP_HASH:
      cordon_journal_entry_set_hash (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_journal_entry_class_init (CordonJournalEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_journal_entry_finalize;
  object_class->get_property = cordon_journal_entry_get_property;
  object_class->set_property = cordon_journal_entry_set_property;

  /**
   * CordonJournalEntry:id:
   *
   * the row id in the workspace; 0 until the object is stored
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonJournalEntry:incident-id:
   *
   * the row id of the incident it belongs to
   */
  properties[PROP_INCIDENT_ID] =
    g_param_spec_int64 ("incident-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonJournalEntry:seq:
   *
   * its number within the incident, from 1
   */
  properties[PROP_SEQ] =
    g_param_spec_int64 ("seq", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonJournalEntry:kind:
   *
   * what it records
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CORDON_TYPE_JOURNAL_KIND, CORDON_JOURNAL_KIND_NOTE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonJournalEntry:author:
   *
   * who wrote it
   */
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonJournalEntry:time:
   *
   * when it was written (UTC, microseconds)
   */
  properties[PROP_TIME] =
    g_param_spec_boxed ("time", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonJournalEntry:text:
   *
   * the text
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonJournalEntry:payload:
   *
   * structured data as a compact JSON object, or %NULL
   */
  properties[PROP_PAYLOAD] =
    g_param_spec_string ("payload", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonJournalEntry:prev-hash:
   *
   * hash of the previous entry (64 hex digits; 64 zeros for the first)
   */
  properties[PROP_PREV_HASH] =
    g_param_spec_string ("prev-hash", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonJournalEntry:hash:
   *
   * SHA-256 of this entry in the chain, 64 lower-case hex digits
   */
  properties[PROP_HASH] =
    g_param_spec_string ("hash", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_journal_entry_init (CordonJournalEntry *self)
{
  self->kind = CORDON_JOURNAL_KIND_NOTE;
  self->author = g_strdup ("");
  self->text = g_strdup ("");
}

/**
 * cordon_journal_entry_new:
 *
 * Returns: (transfer full): a new, empty #CordonJournalEntry
 */
CordonJournalEntry *
cordon_journal_entry_new (void)
{
  return g_object_new (CORDON_TYPE_JOURNAL_ENTRY, NULL);
}

gint64
cordon_journal_entry_get_id (CordonJournalEntry *self)
{
  g_return_val_if_fail (CORDON_IS_JOURNAL_ENTRY (self), 0);

  return self->id;
}

void
cordon_journal_entry_set_id (CordonJournalEntry *self,
                             gint64              id)
{
  g_return_if_fail (CORDON_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
cordon_journal_entry_get_incident_id (CordonJournalEntry *self)
{
  g_return_val_if_fail (CORDON_IS_JOURNAL_ENTRY (self), 0);

  return self->incident_id;
}

void
cordon_journal_entry_set_incident_id (CordonJournalEntry *self,
                                      gint64              incident_id)
{
  g_return_if_fail (CORDON_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (incident_id >= 0);

  if (self->incident_id == incident_id)
    return;

  self->incident_id = incident_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCIDENT_ID]);
}

gint64
cordon_journal_entry_get_seq (CordonJournalEntry *self)
{
  g_return_val_if_fail (CORDON_IS_JOURNAL_ENTRY (self), 0);

  return self->seq;
}

void
cordon_journal_entry_set_seq (CordonJournalEntry *self,
                              gint64              seq)
{
  g_return_if_fail (CORDON_IS_JOURNAL_ENTRY (self));
  g_return_if_fail (seq >= 0);

  if (self->seq == seq)
    return;

  self->seq = seq;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEQ]);
}

CordonJournalKind
cordon_journal_entry_get_kind (CordonJournalEntry *self)
{
  g_return_val_if_fail (CORDON_IS_JOURNAL_ENTRY (self), CORDON_JOURNAL_KIND_NOTE);

  return self->kind;
}

void
cordon_journal_entry_set_kind (CordonJournalEntry *self,
                               CordonJournalKind   kind)
{
  g_return_if_fail (CORDON_IS_JOURNAL_ENTRY (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
cordon_journal_entry_get_author (CordonJournalEntry *self)
{
  g_return_val_if_fail (CORDON_IS_JOURNAL_ENTRY (self), NULL);

  return self->author;
}

void
cordon_journal_entry_set_author (CordonJournalEntry *self,
                                 const char         *author)
{
  g_return_if_fail (CORDON_IS_JOURNAL_ENTRY (self));

  if (author == NULL)
    author = "";

  if (g_strcmp0 (self->author, author) == 0)
    return;

  g_free (self->author);
  self->author = g_strdup (author);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

GDateTime *
cordon_journal_entry_get_time (CordonJournalEntry *self)
{
  g_return_val_if_fail (CORDON_IS_JOURNAL_ENTRY (self), NULL);

  return self->time;
}

void
cordon_journal_entry_set_time (CordonJournalEntry *self,
                               GDateTime          *time)
{
  g_return_if_fail (CORDON_IS_JOURNAL_ENTRY (self));

  if (self->time == time ||
      (self->time != NULL && time != NULL && g_date_time_equal (self->time, time)))
    return;

  g_clear_pointer (&self->time, g_date_time_unref);
  if (time != NULL)
    self->time = g_date_time_to_utc (time);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}

const char *
cordon_journal_entry_get_text (CordonJournalEntry *self)
{
  g_return_val_if_fail (CORDON_IS_JOURNAL_ENTRY (self), NULL);

  return self->text;
}

void
cordon_journal_entry_set_text (CordonJournalEntry *self,
                               const char         *text)
{
  g_return_if_fail (CORDON_IS_JOURNAL_ENTRY (self));

  if (text == NULL)
    text = "";

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

const char *
cordon_journal_entry_get_payload (CordonJournalEntry *self)
{
  g_return_val_if_fail (CORDON_IS_JOURNAL_ENTRY (self), NULL);

  return self->payload;
}

void
cordon_journal_entry_set_payload (CordonJournalEntry *self,
                                  const char         *payload)
{
  g_return_if_fail (CORDON_IS_JOURNAL_ENTRY (self));

  if (g_strcmp0 (self->payload, payload) == 0)
    return;

  g_free (self->payload);
  self->payload = g_strdup (payload);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAYLOAD]);
}

const char *
cordon_journal_entry_get_prev_hash (CordonJournalEntry *self)
{
  g_return_val_if_fail (CORDON_IS_JOURNAL_ENTRY (self), NULL);

  return self->prev_hash;
}

void
cordon_journal_entry_set_prev_hash (CordonJournalEntry *self,
                                    const char         *prev_hash)
{
  g_return_if_fail (CORDON_IS_JOURNAL_ENTRY (self));

  if (g_strcmp0 (self->prev_hash, prev_hash) == 0)
    return;

  g_free (self->prev_hash);
  self->prev_hash = g_strdup (prev_hash);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREV_HASH]);
}

const char *
cordon_journal_entry_get_hash (CordonJournalEntry *self)
{
  g_return_val_if_fail (CORDON_IS_JOURNAL_ENTRY (self), NULL);

  return self->hash;
}

void
cordon_journal_entry_set_hash (CordonJournalEntry *self,
                               const char         *hash)
{
  g_return_if_fail (CORDON_IS_JOURNAL_ENTRY (self));

  if (g_strcmp0 (self->hash, hash) == 0)
    return;

  g_free (self->hash);
  self->hash = g_strdup (hash);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HASH]);
}

/* The canonical serialisation, written in pieces to @put: the one
 * definition that both the text and the hash are made from */
typedef void (*PutFunc) (gpointer    sink,
                         const char *data,
                         gsize       len);

/* @value in decimal, then @suffix: one piece, without printf */
static void
put_number (PutFunc     put,
            gpointer    sink,
            guint64     value,
            char        suffix)
{
  char digits[24];
  char *p = digits + sizeof digits;

  *--p = suffix;
  do
    {
      *--p = (char) ('0' + value % 10);
      value /= 10;
    }
  while (value > 0);

  put (sink, p, digits + sizeof digits - p);
}

/* "name:<length>:value\n" */
static void
put_sized (PutFunc     put,
           gpointer    sink,
           const char *name,
           const char *value)
{
  gsize len = strlen (value);

  put (sink, name, strlen (name));
  put (sink, ":", 1);
  put_number (put, sink, len, ':');
  put (sink, value, len);
  put (sink, "\n", 1);
}

static void
put_line (PutFunc     put,
          gpointer    sink,
          const char *name,
          const char *value)
{
  put (sink, name, strlen (name));
  put (sink, value, strlen (value));
  put (sink, "\n", 1);
}

static void
write_canonical (const CordonJournalFields *fields,
                 PutFunc                    put,
                 gpointer                   sink)
{
  char time_text[CORDON_TIME_ISO8601_SIZE];

  cordon_time_format_iso8601 (fields->time_usec, time_text);

  put (sink, "cordon-journal-1\n", strlen ("cordon-journal-1\n"));
  put_sized (put, sink, "key", fields->incident_key);
  if (fields->seq < 0)
    {
      /* Never stored (seq counts from 1), but hashed as printf would */
      put (sink, "seq:-", 5);
      put_number (put, sink, -(guint64) fields->seq, '\n');
    }
  else
    {
      put (sink, "seq:", 4);
      put_number (put, sink, (guint64) fields->seq, '\n');
    }
  put_line (put, sink, "kind:", cordon_journal_kind_to_id (fields->kind));
  put_sized (put, sink, "author", fields->author);
  put_line (put, sink, "time:", time_text);
  put_sized (put, sink, "text", fields->text);
  if (fields->payload != NULL)
    put_sized (put, sink, "payload", fields->payload);
  else
    put (sink, "payload:-\n", strlen ("payload:-\n"));
}

static void
put_string (gpointer    sink,
            const char *data,
            gsize       len)
{
  g_string_append_len (sink, data, len);
}

static void
put_sha256 (gpointer    sink,
            const char *data,
            gsize       len)
{
  cordon_sha256_update (sink, data, len);
}

static void
entry_fields (CordonJournalEntry  *self,
              const char          *incident_key,
              CordonJournalFields *fields)
{
  fields->incident_key = incident_key;
  fields->seq = self->seq;
  fields->kind = self->kind;
  fields->author = self->author;
  fields->time_usec = g_date_time_to_unix (self->time) * G_USEC_PER_SEC
                      + g_date_time_get_microsecond (self->time);
  fields->text = self->text;
  fields->payload = self->payload;
}

char *
cordon_journal_entry_serialize (CordonJournalEntry *self,
                                const char         *incident_key)
{
  CordonJournalFields fields;
  GString *out;

  g_return_val_if_fail (CORDON_IS_JOURNAL_ENTRY (self), NULL);
  g_return_val_if_fail (incident_key != NULL, NULL);
  g_return_val_if_fail (self->time != NULL, NULL);

  entry_fields (self, incident_key, &fields);
  out = g_string_sized_new (256 + strlen (self->text));
  write_canonical (&fields, put_string, out);

  return g_string_free (out, FALSE);
}

void
cordon_journal_fields_hash (const CordonJournalFields *fields,
                            const char                *prev_hash,
                            char                      *hash)
{
  CordonSha256 sha;

  cordon_sha256_init (&sha);
  cordon_sha256_update (&sha, prev_hash, strlen (prev_hash));
  cordon_sha256_update (&sha, "\n", 1);
  write_canonical (fields, put_sha256, &sha);
  cordon_sha256_finish_hex (&sha, hash);
}

char *
cordon_journal_entry_compute_hash (CordonJournalEntry *self,
                                   const char         *incident_key,
                                   const char         *prev_hash)
{
  CordonJournalFields fields;
  char hex[CORDON_SHA256_HEX_SIZE];

  g_return_val_if_fail (CORDON_IS_JOURNAL_ENTRY (self), NULL);
  g_return_val_if_fail (incident_key != NULL, NULL);
  g_return_val_if_fail (self->time != NULL, NULL);
  g_return_val_if_fail (prev_hash != NULL, NULL);

  /* A row read back from a damaged file may have no time (one out of
   * GDateTime's range): the callers check, and this never hashes NULL */
  entry_fields (self, incident_key, &fields);
  cordon_journal_fields_hash (&fields, prev_hash, hex);

  return g_strdup (hex);
}
