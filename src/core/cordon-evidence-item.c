/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-evidence-item.c: one item of an incident's evidence register.
 */

#define G_LOG_DOMAIN "cordon-evidence-item"

#include "config.h"

#include <string.h>

#include "cordon-evidence-item.h"

struct _CordonEvidenceItem
{
  GObject parent_instance;

  gint64 id;
  gint64 incident_id;
  gint64 number;
  char *label;
  CordonEvidenceKind kind;
  char *description;
  char *source_host;
  char *source_location;
  char *collected_by;
  GDateTime *collected;
  char *storage;
  char *file_path;
  gint64 size;
  char *sha256;
  char *holder;
  gint64 journal_seq;
};

G_DEFINE_FINAL_TYPE (CordonEvidenceItem, cordon_evidence_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_INCIDENT_ID,
  PROP_NUMBER,
  PROP_LABEL,
  PROP_KIND,
  PROP_DESCRIPTION,
  PROP_SOURCE_HOST,
  PROP_SOURCE_LOCATION,
  PROP_COLLECTED_BY,
  PROP_COLLECTED,
  PROP_STORAGE,
  PROP_FILE_PATH,
  PROP_SIZE,
  PROP_SHA256,
  PROP_HOLDER,
  PROP_JOURNAL_SEQ,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cordon_evidence_item_finalize (GObject *object)
{
  CordonEvidenceItem *self = (CordonEvidenceItem *)object;

  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->source_host, g_free);
  g_clear_pointer (&self->source_location, g_free);
  g_clear_pointer (&self->collected_by, g_free);
  g_clear_pointer (&self->collected, g_date_time_unref);
  g_clear_pointer (&self->storage, g_free);
  g_clear_pointer (&self->file_path, g_free);
  g_clear_pointer (&self->sha256, g_free);
  g_clear_pointer (&self->holder, g_free);

  G_OBJECT_CLASS (cordon_evidence_item_parent_class)->finalize (object);
}

static void
cordon_evidence_item_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CordonEvidenceItem *self = CORDON_EVIDENCE_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_INCIDENT_ID:
      g_value_set_int64 (value, self->incident_id);
      break;

    case PROP_NUMBER:
      g_value_set_int64 (value, self->number);
      break;

    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_SOURCE_HOST:
      g_value_set_string (value, self->source_host);
      break;

    case PROP_SOURCE_LOCATION:
      g_value_set_string (value, self->source_location);
      break;

    case PROP_COLLECTED_BY:
      g_value_set_string (value, self->collected_by);
      break;

    case PROP_COLLECTED:
      g_value_set_boxed (value, self->collected);
      break;

    case PROP_STORAGE:
      g_value_set_string (value, self->storage);
      break;

    case PROP_FILE_PATH:
      g_value_set_string (value, self->file_path);
      break;

    case PROP_SIZE:
      g_value_set_int64 (value, self->size);
      break;

    case PROP_SHA256:
      g_value_set_string (value, self->sha256);
      break;

    case PROP_HOLDER:
      g_value_set_string (value, self->holder);
      break;

    case PROP_JOURNAL_SEQ:
      g_value_set_int64 (value, self->journal_seq);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_evidence_item_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CordonEvidenceItem *self = CORDON_EVIDENCE_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      cordon_evidence_item_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_INCIDENT_ID:
      cordon_evidence_item_set_incident_id (self, g_value_get_int64 (value));
      break;

    case PROP_NUMBER:
      cordon_evidence_item_set_number (self, g_value_get_int64 (value));
      break;

    case PROP_LABEL:
      cordon_evidence_item_set_label (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      cordon_evidence_item_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_DESCRIPTION:
      cordon_evidence_item_set_description (self, g_value_get_string (value));
      break;

    case PROP_SOURCE_HOST:
      cordon_evidence_item_set_source_host (self, g_value_get_string (value));
      break;

    case PROP_SOURCE_LOCATION:
      cordon_evidence_item_set_source_location (self, g_value_get_string (value));
      break;

    case PROP_COLLECTED_BY:
      cordon_evidence_item_set_collected_by (self, g_value_get_string (value));
      break;

    case PROP_COLLECTED:
      cordon_evidence_item_set_collected (self, g_value_get_boxed (value));
      break;

    case PROP_STORAGE:
      cordon_evidence_item_set_storage (self, g_value_get_string (value));
      break;

    case PROP_FILE_PATH:
      cordon_evidence_item_set_file_path (self, g_value_get_string (value));
      break;

    case PROP_SIZE:
      cordon_evidence_item_set_size (self, g_value_get_int64 (value));
      break;

    case PROP_SHA256:
      cordon_evidence_item_set_sha256 (self, g_value_get_string (value));
      break;

    case PROP_HOLDER:
      cordon_evidence_item_set_holder (self, g_value_get_string (value));
      break;

    case PROP_JOURNAL_SEQ:
      cordon_evidence_item_set_journal_seq (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_evidence_item_class_init (CordonEvidenceItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_evidence_item_finalize;
  object_class->get_property = cordon_evidence_item_get_property;
  object_class->set_property = cordon_evidence_item_set_property;

  /**
   * CordonEvidenceItem:id:
   *
   * the row id in the workspace; 0 until the object is stored
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonEvidenceItem:incident-id:
   *
   * the row id of the incident it belongs to
   */
  properties[PROP_INCIDENT_ID] =
    g_param_spec_int64 ("incident-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonEvidenceItem:number:
   *
   * its number within the incident, from 1
   */
  properties[PROP_NUMBER] =
    g_param_spec_int64 ("number", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonEvidenceItem:label:
   *
   * its label, e.g. INC-2026-0042-E3, set by the workspace
   */
  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonEvidenceItem:kind:
   *
   * electronic or physical
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       CORDON_TYPE_EVIDENCE_KIND, CORDON_EVIDENCE_KIND_ELECTRONIC,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonEvidenceItem:description:
   *
   * what it is
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonEvidenceItem:source-host:
   *
   * the host it was taken from, if any
   */
  properties[PROP_SOURCE_HOST] =
    g_param_spec_string ("source-host", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonEvidenceItem:source-location:
   *
   * where it was found or collected (site, room, path)
   */
  properties[PROP_SOURCE_LOCATION] =
    g_param_spec_string ("source-location", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonEvidenceItem:collected-by:
   *
   * who collected it, its first custodian
   */
  properties[PROP_COLLECTED_BY] =
    g_param_spec_string ("collected-by", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonEvidenceItem:collected:
   *
   * when it was collected (UTC)
   */
  properties[PROP_COLLECTED] =
    g_param_spec_boxed ("collected", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonEvidenceItem:storage:
   *
   * where it is kept when it is recorded
   */
  properties[PROP_STORAGE] =
    g_param_spec_string ("storage", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonEvidenceItem:file-path:
   *
   * for a file, where it was hashed (what re-verification reads)
   */
  properties[PROP_FILE_PATH] =
    g_param_spec_string ("file-path", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonEvidenceItem:size:
   *
   * for a file, its size in bytes
   */
  properties[PROP_SIZE] =
    g_param_spec_int64 ("size", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonEvidenceItem:sha256:
   *
   * for a file, its SHA-256 in 64 lower-case hex digits; empty for physical items
   */
  properties[PROP_SHA256] =
    g_param_spec_string ("sha256", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonEvidenceItem:holder:
   *
   * who holds it now: the receiver of the last transfer, set by the workspace
   */
  properties[PROP_HOLDER] =
    g_param_spec_string ("holder", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonEvidenceItem:journal-seq:
   *
   * the journal entry that recorded it
   */
  properties[PROP_JOURNAL_SEQ] =
    g_param_spec_int64 ("journal-seq", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_evidence_item_init (CordonEvidenceItem *self)
{
  self->label = g_strdup ("");
  self->kind = CORDON_EVIDENCE_KIND_ELECTRONIC;
  self->description = g_strdup ("");
  self->source_host = g_strdup ("");
  self->source_location = g_strdup ("");
  self->collected_by = g_strdup ("");
  self->storage = g_strdup ("");
  self->file_path = g_strdup ("");
  self->sha256 = g_strdup ("");
  self->holder = g_strdup ("");
}

/**
 * cordon_evidence_item_new:
 *
 * Returns: (transfer full): a new, empty #CordonEvidenceItem
 */
CordonEvidenceItem *
cordon_evidence_item_new (void)
{
  return g_object_new (CORDON_TYPE_EVIDENCE_ITEM, NULL);
}

gint64
cordon_evidence_item_get_id (CordonEvidenceItem *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (self), 0);

  return self->id;
}

void
cordon_evidence_item_set_id (CordonEvidenceItem *self,
                             gint64 id)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_ITEM (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
cordon_evidence_item_get_incident_id (CordonEvidenceItem *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (self), 0);

  return self->incident_id;
}

void
cordon_evidence_item_set_incident_id (CordonEvidenceItem *self,
                                      gint64 incident_id)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_ITEM (self));
  g_return_if_fail (incident_id >= 0);

  if (self->incident_id == incident_id)
    return;

  self->incident_id = incident_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCIDENT_ID]);
}

gint64
cordon_evidence_item_get_number (CordonEvidenceItem *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (self), 0);

  return self->number;
}

void
cordon_evidence_item_set_number (CordonEvidenceItem *self,
                                 gint64 number)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_ITEM (self));
  g_return_if_fail (number >= 0);

  if (self->number == number)
    return;

  self->number = number;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

const char *
cordon_evidence_item_get_label (CordonEvidenceItem *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (self), NULL);

  return self->label;
}

void
cordon_evidence_item_set_label (CordonEvidenceItem *self,
                                const char *label)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_ITEM (self));

  if (label == NULL)
    label = "";

  if (g_strcmp0 (self->label, label) == 0)
    return;

  g_free (self->label);
  self->label = g_strdup (label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

CordonEvidenceKind
cordon_evidence_item_get_kind (CordonEvidenceItem *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (self), CORDON_EVIDENCE_KIND_ELECTRONIC);

  return self->kind;
}

void
cordon_evidence_item_set_kind (CordonEvidenceItem *self,
                               CordonEvidenceKind kind)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_ITEM (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
cordon_evidence_item_get_description (CordonEvidenceItem *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (self), NULL);

  return self->description;
}

void
cordon_evidence_item_set_description (CordonEvidenceItem *self,
                                      const char *description)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_ITEM (self));

  if (description == NULL)
    description = "";

  if (g_strcmp0 (self->description, description) == 0)
    return;

  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

const char *
cordon_evidence_item_get_source_host (CordonEvidenceItem *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (self), NULL);

  return self->source_host;
}

void
cordon_evidence_item_set_source_host (CordonEvidenceItem *self,
                                      const char *source_host)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_ITEM (self));

  if (source_host == NULL)
    source_host = "";

  if (g_strcmp0 (self->source_host, source_host) == 0)
    return;

  g_free (self->source_host);
  self->source_host = g_strdup (source_host);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_HOST]);
}

const char *
cordon_evidence_item_get_source_location (CordonEvidenceItem *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (self), NULL);

  return self->source_location;
}

void
cordon_evidence_item_set_source_location (CordonEvidenceItem *self,
                                          const char *source_location)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_ITEM (self));

  if (source_location == NULL)
    source_location = "";

  if (g_strcmp0 (self->source_location, source_location) == 0)
    return;

  g_free (self->source_location);
  self->source_location = g_strdup (source_location);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE_LOCATION]);
}

const char *
cordon_evidence_item_get_collected_by (CordonEvidenceItem *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (self), NULL);

  return self->collected_by;
}

void
cordon_evidence_item_set_collected_by (CordonEvidenceItem *self,
                                       const char *collected_by)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_ITEM (self));

  if (collected_by == NULL)
    collected_by = "";

  if (g_strcmp0 (self->collected_by, collected_by) == 0)
    return;

  g_free (self->collected_by);
  self->collected_by = g_strdup (collected_by);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLLECTED_BY]);
}

GDateTime *
cordon_evidence_item_get_collected (CordonEvidenceItem *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (self), NULL);

  return self->collected;
}

void
cordon_evidence_item_set_collected (CordonEvidenceItem *self,
                                    GDateTime *collected)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_ITEM (self));

  if (self->collected == collected ||
      (self->collected != NULL && collected != NULL && g_date_time_equal (self->collected, collected)))
    return;

  g_clear_pointer (&self->collected, g_date_time_unref);
  if (collected != NULL)
    self->collected = g_date_time_to_utc (collected);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLLECTED]);
}

const char *
cordon_evidence_item_get_storage (CordonEvidenceItem *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (self), NULL);

  return self->storage;
}

void
cordon_evidence_item_set_storage (CordonEvidenceItem *self,
                                  const char *storage)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_ITEM (self));

  if (storage == NULL)
    storage = "";

  if (g_strcmp0 (self->storage, storage) == 0)
    return;

  g_free (self->storage);
  self->storage = g_strdup (storage);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORAGE]);
}

const char *
cordon_evidence_item_get_file_path (CordonEvidenceItem *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (self), NULL);

  return self->file_path;
}

void
cordon_evidence_item_set_file_path (CordonEvidenceItem *self,
                                    const char *file_path)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_ITEM (self));

  if (file_path == NULL)
    file_path = "";

  if (g_strcmp0 (self->file_path, file_path) == 0)
    return;

  g_free (self->file_path);
  self->file_path = g_strdup (file_path);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE_PATH]);
}

gint64
cordon_evidence_item_get_size (CordonEvidenceItem *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (self), 0);

  return self->size;
}

void
cordon_evidence_item_set_size (CordonEvidenceItem *self,
                               gint64 size)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_ITEM (self));
  g_return_if_fail (size >= 0);

  if (self->size == size)
    return;

  self->size = size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIZE]);
}

const char *
cordon_evidence_item_get_sha256 (CordonEvidenceItem *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (self), NULL);

  return self->sha256;
}

void
cordon_evidence_item_set_sha256 (CordonEvidenceItem *self,
                                 const char *sha256)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_ITEM (self));

  if (sha256 == NULL)
    sha256 = "";

  if (g_strcmp0 (self->sha256, sha256) == 0)
    return;

  g_free (self->sha256);
  self->sha256 = g_strdup (sha256);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHA256]);
}

const char *
cordon_evidence_item_get_holder (CordonEvidenceItem *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (self), NULL);

  return self->holder;
}

void
cordon_evidence_item_set_holder (CordonEvidenceItem *self,
                                 const char *holder)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_ITEM (self));

  if (holder == NULL)
    holder = "";

  if (g_strcmp0 (self->holder, holder) == 0)
    return;

  g_free (self->holder);
  self->holder = g_strdup (holder);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOLDER]);
}

gint64
cordon_evidence_item_get_journal_seq (CordonEvidenceItem *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_ITEM (self), 0);

  return self->journal_seq;
}

void
cordon_evidence_item_set_journal_seq (CordonEvidenceItem *self,
                                      gint64 journal_seq)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_ITEM (self));
  g_return_if_fail (journal_seq >= 0);

  if (self->journal_seq == journal_seq)
    return;

  self->journal_seq = journal_seq;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL_SEQ]);
}

char *
cordon_evidence_item_format_label (const char *incident_key,
                                   gint64      number)
{
  g_return_val_if_fail (incident_key != NULL, NULL);

  return g_strdup_printf ("%s-E%" G_GINT64_FORMAT, incident_key, number);
}

gboolean
cordon_evidence_item_parse_label (const char  *label,
                                  char       **out_key,
                                  gint64      *out_number)
{
  const char *dash;
  guint64 number;

  if (label == NULL || (dash = strrchr (label, '-')) == NULL || dash == label ||
      (dash[1] != 'E' && dash[1] != 'e') ||
      !g_ascii_string_to_unsigned (dash + 2, 10, 1, G_MAXINT64, &number, NULL))
    return FALSE;

  if (out_key != NULL)
    *out_key = g_ascii_strup (label, dash - label);
  if (out_number != NULL)
    *out_number = (gint64) number;

  return TRUE;
}
