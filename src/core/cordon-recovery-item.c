/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-recovery-item.c: one item of an incident's recovery checklist.
 */

#define G_LOG_DOMAIN "cordon-recovery-item"

#include "config.h"

#include "cordon-recovery-item.h"

struct _CordonRecoveryItem
{
  GObject parent_instance;

  gint64 id;
  gint64 incident_id;
  char *slug;
  CordonRecoveryStage stage;
  gint64 position;
  char *title;
  char *description;
  char *owner;
  GDateTime *due;
  CordonItemStatus status;
  GDateTime *done;
  char *reason;
  char *notes;
  char *evidence;
};

G_DEFINE_FINAL_TYPE (CordonRecoveryItem, cordon_recovery_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_INCIDENT_ID,
  PROP_SLUG,
  PROP_STAGE,
  PROP_POSITION,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_OWNER,
  PROP_DUE,
  PROP_STATUS,
  PROP_DONE,
  PROP_REASON,
  PROP_NOTES,
  PROP_EVIDENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
cordon_recovery_item_finalize (GObject *object)
{
  CordonRecoveryItem *self = (CordonRecoveryItem *)object;

  g_clear_pointer (&self->slug, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->due, g_date_time_unref);
  g_clear_pointer (&self->done, g_date_time_unref);
  g_clear_pointer (&self->reason, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->evidence, g_free);

  G_OBJECT_CLASS (cordon_recovery_item_parent_class)->finalize (object);
}

static void
cordon_recovery_item_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CordonRecoveryItem *self = CORDON_RECOVERY_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_INCIDENT_ID:
      g_value_set_int64 (value, self->incident_id);
      break;

    case PROP_SLUG:
      g_value_set_string (value, self->slug);
      break;

    case PROP_STAGE:
      g_value_set_enum (value, self->stage);
      break;

    case PROP_POSITION:
      g_value_set_int64 (value, self->position);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_OWNER:
      g_value_set_string (value, self->owner);
      break;

    case PROP_DUE:
      g_value_set_boxed (value, self->due);
      break;

    case PROP_STATUS:
      g_value_set_enum (value, self->status);
      break;

    case PROP_DONE:
      g_value_set_boxed (value, self->done);
      break;

    case PROP_REASON:
      g_value_set_string (value, self->reason);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    case PROP_EVIDENCE:
      g_value_set_string (value, self->evidence);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_recovery_item_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CordonRecoveryItem *self = CORDON_RECOVERY_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      cordon_recovery_item_set_id (self, g_value_get_int64 (value));
      break;

    case PROP_INCIDENT_ID:
      cordon_recovery_item_set_incident_id (self, g_value_get_int64 (value));
      break;

    case PROP_SLUG:
      cordon_recovery_item_set_slug (self, g_value_get_string (value));
      break;

    case PROP_STAGE:
      cordon_recovery_item_set_stage (self, g_value_get_enum (value));
      break;

    case PROP_POSITION:
      cordon_recovery_item_set_position (self, g_value_get_int64 (value));
      break;

    case PROP_TITLE:
      cordon_recovery_item_set_title (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      cordon_recovery_item_set_description (self, g_value_get_string (value));
      break;

    case PROP_OWNER:
      cordon_recovery_item_set_owner (self, g_value_get_string (value));
      break;

    case PROP_DUE:
      cordon_recovery_item_set_due (self, g_value_get_boxed (value));
      break;

    case PROP_STATUS:
      cordon_recovery_item_set_status (self, g_value_get_enum (value));
      break;

    case PROP_DONE:
      cordon_recovery_item_set_done (self, g_value_get_boxed (value));
      break;

    case PROP_REASON:
      cordon_recovery_item_set_reason (self, g_value_get_string (value));
      break;

    case PROP_NOTES:
      cordon_recovery_item_set_notes (self, g_value_get_string (value));
      break;

    case PROP_EVIDENCE:
      cordon_recovery_item_set_evidence (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_recovery_item_class_init (CordonRecoveryItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = cordon_recovery_item_finalize;
  object_class->get_property = cordon_recovery_item_get_property;
  object_class->set_property = cordon_recovery_item_set_property;

  /**
   * CordonRecoveryItem:id:
   *
   * the row id in the workspace; 0 until the object is stored
   */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonRecoveryItem:incident-id:
   *
   * the row id of the incident it belongs to
   */
  properties[PROP_INCIDENT_ID] =
    g_param_spec_int64 ("incident-id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonRecoveryItem:slug:
   *
   * its id in the checklist, from the template, e.g. `validate-users`
   */
  properties[PROP_SLUG] =
    g_param_spec_string ("slug", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonRecoveryItem:stage:
   *
   * the stage it belongs to
   */
  properties[PROP_STAGE] =
    g_param_spec_enum ("stage", NULL, NULL, CORDON_TYPE_RECOVERY_STAGE, CORDON_RECOVERY_STAGE_PRE_RECOVERY,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonRecoveryItem:position:
   *
   * its place in the checklist, from 0
   */
  properties[PROP_POSITION] =
    g_param_spec_int64 ("position", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonRecoveryItem:title:
   *
   * what to do
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonRecoveryItem:description:
   *
   * how to do it, from the template
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonRecoveryItem:owner:
   *
   * who does it
   */
  properties[PROP_OWNER] =
    g_param_spec_string ("owner", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonRecoveryItem:due:
   *
   * when it is due (UTC), or %NULL
   */
  properties[PROP_DUE] =
    g_param_spec_boxed ("due", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonRecoveryItem:status:
   *
   * open, done or not applicable
   */
  properties[PROP_STATUS] =
    g_param_spec_enum ("status", NULL, NULL, CORDON_TYPE_ITEM_STATUS, CORDON_ITEM_STATUS_OPEN,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonRecoveryItem:done:
   *
   * when it was done or set aside (UTC), or %NULL
   */
  properties[PROP_DONE] =
    g_param_spec_boxed ("done", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonRecoveryItem:reason:
   *
   * why it does not apply; required with the not-applicable status
   */
  properties[PROP_REASON] =
    g_param_spec_string ("reason", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonRecoveryItem:notes:
   *
   * free notes
   */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonRecoveryItem:evidence:
   *
   * the evidence that it was completed, e.g. who confirmed and how
   */
  properties[PROP_EVIDENCE] =
    g_param_spec_string ("evidence", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_recovery_item_init (CordonRecoveryItem *self)
{
  self->slug = g_strdup ("");
  self->stage = CORDON_RECOVERY_STAGE_PRE_RECOVERY;
  self->title = g_strdup ("");
  self->description = g_strdup ("");
  self->owner = g_strdup ("");
  self->status = CORDON_ITEM_STATUS_OPEN;
  self->reason = g_strdup ("");
  self->notes = g_strdup ("");
  self->evidence = g_strdup ("");
}

CordonRecoveryItem *
cordon_recovery_item_new (void)
{
  return g_object_new (CORDON_TYPE_RECOVERY_ITEM, NULL);
}

gint64
cordon_recovery_item_get_id (CordonRecoveryItem *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY_ITEM (self), 0);

  return self->id;
}

void
cordon_recovery_item_set_id (CordonRecoveryItem *self,
                            gint64 id)
{
  g_return_if_fail (CORDON_IS_RECOVERY_ITEM (self));

  if (self->id == id)
    return;

  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
cordon_recovery_item_get_incident_id (CordonRecoveryItem *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY_ITEM (self), 0);

  return self->incident_id;
}

void
cordon_recovery_item_set_incident_id (CordonRecoveryItem *self,
                                     gint64 incident_id)
{
  g_return_if_fail (CORDON_IS_RECOVERY_ITEM (self));

  if (self->incident_id == incident_id)
    return;

  self->incident_id = incident_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INCIDENT_ID]);
}

const char *
cordon_recovery_item_get_slug (CordonRecoveryItem *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY_ITEM (self), NULL);

  return self->slug;
}

void
cordon_recovery_item_set_slug (CordonRecoveryItem *self,
                              const char *slug)
{
  g_return_if_fail (CORDON_IS_RECOVERY_ITEM (self));

  if (slug == NULL)
    slug = "";

  if (g_strcmp0 (self->slug, slug) == 0)
    return;

  g_free (self->slug);
  self->slug = g_strdup (slug);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SLUG]);
}

CordonRecoveryStage
cordon_recovery_item_get_stage (CordonRecoveryItem *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY_ITEM (self), 0);

  return self->stage;
}

void
cordon_recovery_item_set_stage (CordonRecoveryItem *self,
                               CordonRecoveryStage stage)
{
  g_return_if_fail (CORDON_IS_RECOVERY_ITEM (self));

  if (self->stage == stage)
    return;

  self->stage = stage;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
}

gint64
cordon_recovery_item_get_position (CordonRecoveryItem *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY_ITEM (self), 0);

  return self->position;
}

void
cordon_recovery_item_set_position (CordonRecoveryItem *self,
                                  gint64 position)
{
  g_return_if_fail (CORDON_IS_RECOVERY_ITEM (self));

  if (self->position == position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
cordon_recovery_item_get_title (CordonRecoveryItem *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY_ITEM (self), NULL);

  return self->title;
}

void
cordon_recovery_item_set_title (CordonRecoveryItem *self,
                               const char *title)
{
  g_return_if_fail (CORDON_IS_RECOVERY_ITEM (self));

  if (title == NULL)
    title = "";

  if (g_strcmp0 (self->title, title) == 0)
    return;

  g_free (self->title);
  self->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
cordon_recovery_item_get_description (CordonRecoveryItem *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY_ITEM (self), NULL);

  return self->description;
}

void
cordon_recovery_item_set_description (CordonRecoveryItem *self,
                                     const char *description)
{
  g_return_if_fail (CORDON_IS_RECOVERY_ITEM (self));

  if (description == NULL)
    description = "";

  if (g_strcmp0 (self->description, description) == 0)
    return;

  g_free (self->description);
  self->description = g_strdup (description);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

const char *
cordon_recovery_item_get_owner (CordonRecoveryItem *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY_ITEM (self), NULL);

  return self->owner;
}

void
cordon_recovery_item_set_owner (CordonRecoveryItem *self,
                               const char *owner)
{
  g_return_if_fail (CORDON_IS_RECOVERY_ITEM (self));

  if (owner == NULL)
    owner = "";

  if (g_strcmp0 (self->owner, owner) == 0)
    return;

  g_free (self->owner);
  self->owner = g_strdup (owner);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER]);
}

GDateTime *
cordon_recovery_item_get_due (CordonRecoveryItem *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY_ITEM (self), NULL);

  return self->due;
}

void
cordon_recovery_item_set_due (CordonRecoveryItem *self,
                             GDateTime *due)
{
  g_return_if_fail (CORDON_IS_RECOVERY_ITEM (self));

  if (self->due == due ||
      (self->due != NULL && due != NULL && g_date_time_equal (self->due, due)))
    return;

  g_clear_pointer (&self->due, g_date_time_unref);
  if (due != NULL)
    self->due = g_date_time_to_utc (due);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DUE]);
}

CordonItemStatus
cordon_recovery_item_get_status (CordonRecoveryItem *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY_ITEM (self), 0);

  return self->status;
}

void
cordon_recovery_item_set_status (CordonRecoveryItem *self,
                                CordonItemStatus status)
{
  g_return_if_fail (CORDON_IS_RECOVERY_ITEM (self));

  if (self->status == status)
    return;

  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

GDateTime *
cordon_recovery_item_get_done (CordonRecoveryItem *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY_ITEM (self), NULL);

  return self->done;
}

void
cordon_recovery_item_set_done (CordonRecoveryItem *self,
                              GDateTime *done)
{
  g_return_if_fail (CORDON_IS_RECOVERY_ITEM (self));

  if (self->done == done ||
      (self->done != NULL && done != NULL && g_date_time_equal (self->done, done)))
    return;

  g_clear_pointer (&self->done, g_date_time_unref);
  if (done != NULL)
    self->done = g_date_time_to_utc (done);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DONE]);
}

const char *
cordon_recovery_item_get_reason (CordonRecoveryItem *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY_ITEM (self), NULL);

  return self->reason;
}

void
cordon_recovery_item_set_reason (CordonRecoveryItem *self,
                                const char *reason)
{
  g_return_if_fail (CORDON_IS_RECOVERY_ITEM (self));

  if (reason == NULL)
    reason = "";

  if (g_strcmp0 (self->reason, reason) == 0)
    return;

  g_free (self->reason);
  self->reason = g_strdup (reason);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REASON]);
}

const char *
cordon_recovery_item_get_notes (CordonRecoveryItem *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY_ITEM (self), NULL);

  return self->notes;
}

void
cordon_recovery_item_set_notes (CordonRecoveryItem *self,
                               const char *notes)
{
  g_return_if_fail (CORDON_IS_RECOVERY_ITEM (self));

  if (notes == NULL)
    notes = "";

  if (g_strcmp0 (self->notes, notes) == 0)
    return;

  g_free (self->notes);
  self->notes = g_strdup (notes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

const char *
cordon_recovery_item_get_evidence (CordonRecoveryItem *self)
{
  g_return_val_if_fail (CORDON_IS_RECOVERY_ITEM (self), NULL);

  return self->evidence;
}

void
cordon_recovery_item_set_evidence (CordonRecoveryItem *self,
                                  const char *evidence)
{
  g_return_if_fail (CORDON_IS_RECOVERY_ITEM (self));

  if (evidence == NULL)
    evidence = "";

  if (g_strcmp0 (self->evidence, evidence) == 0)
    return;

  g_free (self->evidence);
  self->evidence = g_strdup (evidence);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVIDENCE]);
}
