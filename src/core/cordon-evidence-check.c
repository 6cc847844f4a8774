/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-evidence-check.c: one re-verification of an evidence file's hash.
 */

#define G_LOG_DOMAIN "cordon-evidence-check"

#include "config.h"

#include "cordon-evidence-check.h"

struct _CordonEvidenceCheck
{
  GObject parent_instance;

  gint64 id;
  gint64 item_id;
  gint64 number;
  GDateTime *time;
  char *checked_by;
  char *sha256;
  CordonEvidenceCheckResult result;
  gint64 journal_seq;
};

G_DEFINE_FINAL_TYPE (CordonEvidenceCheck, cordon_evidence_check, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ITEM_ID,
  PROP_NUMBER,
  PROP_TIME,
  PROP_CHECKED_BY,
  PROP_SHA256,
  PROP_RESULT,
  PROP_JOURNAL_SEQ,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cordon_evidence_check_finalize (GObject *object)
{
  CordonEvidenceCheck *self = (CordonEvidenceCheck *)object;

  g_clear_pointer (&self->time, g_date_time_unref);
  g_clear_pointer (&self->checked_by, g_free);
  g_clear_pointer (&self->sha256, g_free);

  G_OBJECT_CLASS (cordon_evidence_check_parent_class)->finalize (object);
}

static void
cordon_evidence_check_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  CordonEvidenceCheck *self = CORDON_EVIDENCE_CHECK (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_ITEM_ID:
      g_value_set_int64 (value, self->item_id);
      break;

    case PROP_NUMBER:
      g_value_set_int64 (value, self->number);
      break;

    case PROP_TIME:
      g_value_set_boxed (value, self->time);
      break;

    case PROP_CHECKED_BY:
      g_value_set_string (value, self->checked_by);
      break;

    case PROP_SHA256:
      g_value_set_string (value, self->sha256);
      break;

    case PROP_RESULT:
      g_value_set_enum (value, self->result);
      break;

    case PROP_JOURNAL_SEQ:
      g_value_set_int64 (value, self->journal_seq);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_evidence_check_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  CordonEvidenceCheck *self = CORDON_EVIDENCE_CHECK (object);

  switch (prop_id)
    {
    case PROP_ID:
      cordon_evidence_check_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_ITEM_ID:
      cordon_evidence_check_set_item_id (self, g_value_get_int64 (value));
      break;

    case PROP_NUMBER:
      cordon_evidence_check_set_number (self, g_value_get_int64 (value));
      break;

    case PROP_TIME:
      cordon_evidence_check_set_time (self, g_value_get_boxed (value));
      break;

    case PROP_CHECKED_BY:
      cordon_evidence_check_set_checked_by (self, g_value_get_string (value));
      break;

    case PROP_SHA256:
      cordon_evidence_check_set_sha256 (self, g_value_get_string (value));
      break;

    case PROP_RESULT:
      cordon_evidence_check_set_result (self, g_value_get_enum (value));
      break;

    case PROP_JOURNAL_SEQ:
      cordon_evidence_check_set_journal_seq (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_evidence_check_class_init (CordonEvidenceCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_evidence_check_finalize;
  object_class->get_property = cordon_evidence_check_get_property;
  object_class->set_property = cordon_evidence_check_set_property;

  /**
   * CordonEvidenceCheck:id:
   *
   * the row id in the workspace; 0 until the object is stored
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonEvidenceCheck:item-id:
   *
   * the row id of the evidence item
   */
  properties[PROP_ITEM_ID] =
    g_param_spec_int64 ("item-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonEvidenceCheck:number:
   *
   * its number among the item's checks, from 1
   */
  properties[PROP_NUMBER] =
    g_param_spec_int64 ("number", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonEvidenceCheck:time:
   *
   * when the file was hashed again (UTC)
   */
  properties[PROP_TIME] =
    g_param_spec_boxed ("time", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonEvidenceCheck:checked-by:
   *
   * who checked
   */
  properties[PROP_CHECKED_BY] =
    g_param_spec_string ("checked-by", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonEvidenceCheck:sha256:
   *
   * the hash computed now
   */
  properties[PROP_SHA256] =
    g_param_spec_string ("sha256", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonEvidenceCheck:result:
   *
   * whether it matches the hash recorded at collection
   */
  properties[PROP_RESULT] =
    g_param_spec_enum ("result", NULL, NULL,
                       CORDON_TYPE_EVIDENCE_CHECK_RESULT, CORDON_EVIDENCE_CHECK_RESULT_MATCH,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonEvidenceCheck:journal-seq:
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
cordon_evidence_check_init (CordonEvidenceCheck *self)
{
  self->checked_by = g_strdup ("");
  self->sha256 = g_strdup ("");
  self->result = CORDON_EVIDENCE_CHECK_RESULT_MATCH;
}

/**
 * cordon_evidence_check_new:
 *
 * Returns: (transfer full): a new, empty #CordonEvidenceCheck
 */
CordonEvidenceCheck *
cordon_evidence_check_new (void)
{
  return g_object_new (CORDON_TYPE_EVIDENCE_CHECK, NULL);
}

gint64
cordon_evidence_check_get_id (CordonEvidenceCheck *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_CHECK (self), 0);

  return self->id;
}

void
cordon_evidence_check_set_id (CordonEvidenceCheck *self,
                              gint64 id)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_CHECK (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
cordon_evidence_check_get_item_id (CordonEvidenceCheck *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_CHECK (self), 0);

  return self->item_id;
}

void
cordon_evidence_check_set_item_id (CordonEvidenceCheck *self,
                                   gint64 item_id)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_CHECK (self));
  g_return_if_fail (item_id >= 0);

  if (self->item_id == item_id)
    return;

  self->item_id = item_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM_ID]);
}

gint64
cordon_evidence_check_get_number (CordonEvidenceCheck *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_CHECK (self), 0);

  return self->number;
}

void
cordon_evidence_check_set_number (CordonEvidenceCheck *self,
                                  gint64 number)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_CHECK (self));
  g_return_if_fail (number >= 0);

  if (self->number == number)
    return;

  self->number = number;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

GDateTime *
cordon_evidence_check_get_time (CordonEvidenceCheck *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_CHECK (self), NULL);

  return self->time;
}

void
cordon_evidence_check_set_time (CordonEvidenceCheck *self,
                                GDateTime *time)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_CHECK (self));

  if (self->time == time ||
      (self->time != NULL && time != NULL && g_date_time_equal (self->time, time)))
    return;

  g_clear_pointer (&self->time, g_date_time_unref);
  if (time != NULL)
    self->time = g_date_time_to_utc (time);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}

const char *
cordon_evidence_check_get_checked_by (CordonEvidenceCheck *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_CHECK (self), NULL);

  return self->checked_by;
}

void
cordon_evidence_check_set_checked_by (CordonEvidenceCheck *self,
                                      const char *checked_by)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_CHECK (self));

  if (checked_by == NULL)
    checked_by = "";

  if (g_strcmp0 (self->checked_by, checked_by) == 0)
    return;

  g_free (self->checked_by);
  self->checked_by = g_strdup (checked_by);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECKED_BY]);
}

const char *
cordon_evidence_check_get_sha256 (CordonEvidenceCheck *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_CHECK (self), NULL);

  return self->sha256;
}

void
cordon_evidence_check_set_sha256 (CordonEvidenceCheck *self,
                                  const char *sha256)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_CHECK (self));

  if (sha256 == NULL)
    sha256 = "";

  if (g_strcmp0 (self->sha256, sha256) == 0)
    return;

  g_free (self->sha256);
  self->sha256 = g_strdup (sha256);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHA256]);
}

CordonEvidenceCheckResult
cordon_evidence_check_get_result (CordonEvidenceCheck *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_CHECK (self), CORDON_EVIDENCE_CHECK_RESULT_MATCH);

  return self->result;
}

void
cordon_evidence_check_set_result (CordonEvidenceCheck *self,
                                  CordonEvidenceCheckResult result)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_CHECK (self));

  if (self->result == result)
    return;

  self->result = result;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESULT]);
}

gint64
cordon_evidence_check_get_journal_seq (CordonEvidenceCheck *self)
{
  g_return_val_if_fail (CORDON_IS_EVIDENCE_CHECK (self), 0);

  return self->journal_seq;
}

void
cordon_evidence_check_set_journal_seq (CordonEvidenceCheck *self,
                                       gint64 journal_seq)
{
  g_return_if_fail (CORDON_IS_EVIDENCE_CHECK (self));
  g_return_if_fail (journal_seq >= 0);

  if (self->journal_seq == journal_seq)
    return;

  self->journal_seq = journal_seq;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL_SEQ]);
}
