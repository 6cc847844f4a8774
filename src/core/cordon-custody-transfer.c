/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-custody-transfer.c: one hand-over in the chain of custody of an evidence item.
 */

#define G_LOG_DOMAIN "cordon-custody-transfer"

#include "config.h"

#include "cordon-custody-transfer.h"

struct _CordonCustodyTransfer
{
  GObject parent_instance;

  gint64 id;
  gint64 item_id;
  gint64 number;
  char *from;
  char *to;
  GDateTime *time;
  char *purpose;
  char *location;
  char *author;
  gint64 journal_seq;
};

G_DEFINE_FINAL_TYPE (CordonCustodyTransfer, cordon_custody_transfer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ITEM_ID,
  PROP_NUMBER,
  PROP_FROM,
  PROP_TO,
  PROP_TIME,
  PROP_PURPOSE,
  PROP_LOCATION,
  PROP_AUTHOR,
  PROP_JOURNAL_SEQ,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cordon_custody_transfer_finalize (GObject *object)
{
  CordonCustodyTransfer *self = (CordonCustodyTransfer *)object;

  g_clear_pointer (&self->from, g_free);
  g_clear_pointer (&self->to, g_free);
  g_clear_pointer (&self->time, g_date_time_unref);
  g_clear_pointer (&self->purpose, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->author, g_free);

  G_OBJECT_CLASS (cordon_custody_transfer_parent_class)->finalize (object);
}

static void
cordon_custody_transfer_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  CordonCustodyTransfer *self = CORDON_CUSTODY_TRANSFER (object);

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

    case PROP_FROM:
      g_value_set_string (value, self->from);
      break;

    case PROP_TO:
      g_value_set_string (value, self->to);
      break;

    case PROP_TIME:
      g_value_set_boxed (value, self->time);
      break;

    case PROP_PURPOSE:
      g_value_set_string (value, self->purpose);
      break;

    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;

    case PROP_AUTHOR:
      g_value_set_string (value, self->author);
      break;

    case PROP_JOURNAL_SEQ:
      g_value_set_int64 (value, self->journal_seq);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_custody_transfer_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  CordonCustodyTransfer *self = CORDON_CUSTODY_TRANSFER (object);

  switch (prop_id)
    {
    case PROP_ID:
      cordon_custody_transfer_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_ITEM_ID:
      cordon_custody_transfer_set_item_id (self, g_value_get_int64 (value));
      break;

    case PROP_NUMBER:
      cordon_custody_transfer_set_number (self, g_value_get_int64 (value));
      break;

    case PROP_FROM:
      cordon_custody_transfer_set_from (self, g_value_get_string (value));
      break;

    case PROP_TO:
      cordon_custody_transfer_set_to (self, g_value_get_string (value));
      break;

    case PROP_TIME:
      cordon_custody_transfer_set_time (self, g_value_get_boxed (value));
      break;

    case PROP_PURPOSE:
      cordon_custody_transfer_set_purpose (self, g_value_get_string (value));
      break;

    case PROP_LOCATION:
      cordon_custody_transfer_set_location (self, g_value_get_string (value));
      break;

    case PROP_AUTHOR:
      cordon_custody_transfer_set_author (self, g_value_get_string (value));
      break;

    case PROP_JOURNAL_SEQ:
      cordon_custody_transfer_set_journal_seq (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_custody_transfer_class_init (CordonCustodyTransferClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_custody_transfer_finalize;
  object_class->get_property = cordon_custody_transfer_get_property;
  object_class->set_property = cordon_custody_transfer_set_property;

  /**
   * CordonCustodyTransfer:id:
   *
   * the row id in the workspace; 0 until the object is stored
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonCustodyTransfer:item-id:
   *
   * the row id of the evidence item
   */
  properties[PROP_ITEM_ID] =
    g_param_spec_int64 ("item-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonCustodyTransfer:number:
   *
   * its number within the item's chain of custody, from 1
   */
  properties[PROP_NUMBER] =
    g_param_spec_int64 ("number", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonCustodyTransfer:from:
   *
   * who handed the item over
   */
  properties[PROP_FROM] =
    g_param_spec_string ("from", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonCustodyTransfer:to:
   *
   * who received it
   */
  properties[PROP_TO] =
    g_param_spec_string ("to", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonCustodyTransfer:time:
   *
   * when (UTC)
   */
  properties[PROP_TIME] =
    g_param_spec_boxed ("time", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonCustodyTransfer:purpose:
   *
   * why: analysis, storage, handing to law enforcement, …
   */
  properties[PROP_PURPOSE] =
    g_param_spec_string ("purpose", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonCustodyTransfer:location:
   *
   * where the item is kept after the transfer, if it moved
   */
  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonCustodyTransfer:author:
   *
   * who recorded the transfer
   */
  properties[PROP_AUTHOR] =
    g_param_spec_string ("author", NULL, NULL,
                         "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonCustodyTransfer:journal-seq:
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
cordon_custody_transfer_init (CordonCustodyTransfer *self)
{
  self->from = g_strdup ("");
  self->to = g_strdup ("");
  self->purpose = g_strdup ("");
  self->location = g_strdup ("");
  self->author = g_strdup ("");
}

/**
 * cordon_custody_transfer_new:
 *
 * Returns: (transfer full): a new, empty #CordonCustodyTransfer
 */
CordonCustodyTransfer *
cordon_custody_transfer_new (void)
{
  return g_object_new (CORDON_TYPE_CUSTODY_TRANSFER, NULL);
}

gint64
cordon_custody_transfer_get_id (CordonCustodyTransfer *self)
{
  g_return_val_if_fail (CORDON_IS_CUSTODY_TRANSFER (self), 0);

  return self->id;
}

void
cordon_custody_transfer_set_id (CordonCustodyTransfer *self,
                                gint64 id)
{
  g_return_if_fail (CORDON_IS_CUSTODY_TRANSFER (self));
  g_return_if_fail (id >= 0);

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
cordon_custody_transfer_get_item_id (CordonCustodyTransfer *self)
{
  g_return_val_if_fail (CORDON_IS_CUSTODY_TRANSFER (self), 0);

  return self->item_id;
}

void
cordon_custody_transfer_set_item_id (CordonCustodyTransfer *self,
                                     gint64 item_id)
{
  g_return_if_fail (CORDON_IS_CUSTODY_TRANSFER (self));
  g_return_if_fail (item_id >= 0);

  if (self->item_id == item_id)
    return;

  self->item_id = item_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM_ID]);
}

gint64
cordon_custody_transfer_get_number (CordonCustodyTransfer *self)
{
  g_return_val_if_fail (CORDON_IS_CUSTODY_TRANSFER (self), 0);

  return self->number;
}

void
cordon_custody_transfer_set_number (CordonCustodyTransfer *self,
                                    gint64 number)
{
  g_return_if_fail (CORDON_IS_CUSTODY_TRANSFER (self));
  g_return_if_fail (number >= 0);

  if (self->number == number)
    return;

  self->number = number;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

const char *
cordon_custody_transfer_get_from (CordonCustodyTransfer *self)
{
  g_return_val_if_fail (CORDON_IS_CUSTODY_TRANSFER (self), NULL);

  return self->from;
}

void
cordon_custody_transfer_set_from (CordonCustodyTransfer *self,
                                  const char *from)
{
  g_return_if_fail (CORDON_IS_CUSTODY_TRANSFER (self));

  if (from == NULL)
    from = "";

  if (g_strcmp0 (self->from, from) == 0)
    return;

  g_free (self->from);
  self->from = g_strdup (from);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FROM]);
}

const char *
cordon_custody_transfer_get_to (CordonCustodyTransfer *self)
{
  g_return_val_if_fail (CORDON_IS_CUSTODY_TRANSFER (self), NULL);

  return self->to;
}

void
cordon_custody_transfer_set_to (CordonCustodyTransfer *self,
                                const char *to)
{
  g_return_if_fail (CORDON_IS_CUSTODY_TRANSFER (self));

  if (to == NULL)
    to = "";

  if (g_strcmp0 (self->to, to) == 0)
    return;

  g_free (self->to);
  self->to = g_strdup (to);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TO]);
}

GDateTime *
cordon_custody_transfer_get_time (CordonCustodyTransfer *self)
{
  g_return_val_if_fail (CORDON_IS_CUSTODY_TRANSFER (self), NULL);

  return self->time;
}

void
cordon_custody_transfer_set_time (CordonCustodyTransfer *self,
                                  GDateTime *time)
{
  g_return_if_fail (CORDON_IS_CUSTODY_TRANSFER (self));

  if (self->time == time ||
      (self->time != NULL && time != NULL && g_date_time_equal (self->time, time)))
    return;

  g_clear_pointer (&self->time, g_date_time_unref);
  if (time != NULL)
    self->time = g_date_time_to_utc (time);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIME]);
}

const char *
cordon_custody_transfer_get_purpose (CordonCustodyTransfer *self)
{
  g_return_val_if_fail (CORDON_IS_CUSTODY_TRANSFER (self), NULL);

  return self->purpose;
}

void
cordon_custody_transfer_set_purpose (CordonCustodyTransfer *self,
                                     const char *purpose)
{
  g_return_if_fail (CORDON_IS_CUSTODY_TRANSFER (self));

  if (purpose == NULL)
    purpose = "";

  if (g_strcmp0 (self->purpose, purpose) == 0)
    return;

  g_free (self->purpose);
  self->purpose = g_strdup (purpose);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PURPOSE]);
}

const char *
cordon_custody_transfer_get_location (CordonCustodyTransfer *self)
{
  g_return_val_if_fail (CORDON_IS_CUSTODY_TRANSFER (self), NULL);

  return self->location;
}

void
cordon_custody_transfer_set_location (CordonCustodyTransfer *self,
                                      const char *location)
{
  g_return_if_fail (CORDON_IS_CUSTODY_TRANSFER (self));

  if (location == NULL)
    location = "";

  if (g_strcmp0 (self->location, location) == 0)
    return;

  g_free (self->location);
  self->location = g_strdup (location);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCATION]);
}

const char *
cordon_custody_transfer_get_author (CordonCustodyTransfer *self)
{
  g_return_val_if_fail (CORDON_IS_CUSTODY_TRANSFER (self), NULL);

  return self->author;
}

void
cordon_custody_transfer_set_author (CordonCustodyTransfer *self,
                                    const char *author)
{
  g_return_if_fail (CORDON_IS_CUSTODY_TRANSFER (self));

  if (author == NULL)
    author = "";

  if (g_strcmp0 (self->author, author) == 0)
    return;

  g_free (self->author);
  self->author = g_strdup (author);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

gint64
cordon_custody_transfer_get_journal_seq (CordonCustodyTransfer *self)
{
  g_return_val_if_fail (CORDON_IS_CUSTODY_TRANSFER (self), 0);

  return self->journal_seq;
}

void
cordon_custody_transfer_set_journal_seq (CordonCustodyTransfer *self,
                                         gint64 journal_seq)
{
  g_return_if_fail (CORDON_IS_CUSTODY_TRANSFER (self));
  g_return_if_fail (journal_seq >= 0);

  if (self->journal_seq == journal_seq)
    return;

  self->journal_seq = journal_seq;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JOURNAL_SEQ]);
}
