/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-notifier.c: turns SLA deadlines into desktop notifications with
 * libnotify, remembers which were shown so none is shown twice, and turns
 * the notifications' buttons into the application's actions.
 *
 * libnotify picks the transport: the notification server on the session
 * bus, or the notification portal inside Flatpak. Nothing here talks
 * D-Bus directly, so both keep working.
 */

#define G_LOG_DOMAIN "cordon-notifier"

#include "config.h"

#include <glib/gi18n.h>
#include <libnotify/notify.h>

#include "cordon-notifier.h"
#include "cordon-time.h"

/* Action ids on the wire; "default" is the click on the notification. */
#define ACTION_DEFAULT     "default"
#define ACTION_OPEN        "open-incident"
#define ACTION_ACKNOWLEDGE "acknowledge"
#define ACTION_SNOOZE      "snooze"

/* What #CordonNotifier::action-invoked reports for the summary's click. */
#define ACTION_SHOW_ALL    "show-incidents"

#define CATEGORY_WARNING   "x-cordon.sla.warning"
#define CATEGORY_BREACH    "x-cordon.sla.breach"
#define CATEGORY_SUMMARY   "x-cordon.sla.summary"
#define CATEGORY_MONITORING "x-cordon.monitoring"

/* Entries of monitoring reminders use this prefix in place of a deadline
 * id: they offer no Acknowledge or Snooze */
#define MONITORING_PREFIX  "monitoring-"
#define HINT_EXERCISE      "x-cordon-exercise"

/* Past this many incidents the summary's body lists keys only. */
#define SUMMARY_MAX_LINES 10

/* One notification on screen. For a deadline, @id is
 * "key\x1fdeadline" and also its key in the notifier's table; the
 * start-up summary has no key, deadline or id. */
typedef struct
{
  CordonNotifier     *self;
  char               *id;
  char               *incident_key;
  char               *deadline_id;
  NotifyNotification *notification;
  gulong              closed_handler;
} Entry;

struct _CordonNotifier
{
  GObject       parent_instance;

  /* Borrowed references */
  GApplication *application;
  GActionGroup *action_group;   /* weak: where the buttons' actions go, or NULL for the application */
  gboolean      has_action_group;

  /* Owned references */
  GHashTable   *shown;     /* "key\x1fdeadline\x1fwarning|breach" */
  GHashTable   *entries;   /* Entry.id → Entry, deadlines on screen */
  Entry        *summary;
  char         *activation_token;

  guint         exercise : 1;
  guint         in_flatpak : 1;
  guint         caps_known : 1;
  guint         body_markup : 1;
};

G_DEFINE_FINAL_TYPE (CordonNotifier, cordon_notifier, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_APPLICATION,
  PROP_EXERCISE,
  N_PROPS
};

enum {
  ACTION_INVOKED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* libnotify is process-wide: the first notifier initialises it, the last
 * one uninitialises it, unless someone else had initialised it before. */
static guint n_notifiers;
static gboolean notify_initialised_here;

static void
entry_free (Entry *entry)
{
  if (entry->notification != NULL)
    {
      g_clear_signal_handler (&entry->closed_handler, entry->notification);
      /* Whatever the server sends for it later must not reach us. */
      notify_notification_clear_actions (entry->notification);
      g_clear_object (&entry->notification);
    }

  g_free (entry->id);
  g_free (entry->incident_key);
  g_free (entry->deadline_id);
  g_free (entry);
}

static char *
deadline_entry_id (const char *incident_key,
                   const char *deadline_id)
{
  return g_strconcat (incident_key, "\x1f", deadline_id, NULL);
}

static char *
shown_id (const char *incident_key,
          const char *deadline_id,
          gboolean    breached)
{
  return g_strconcat (incident_key, "\x1f", deadline_id, "\x1f",
                      breached ? "breach" : "warning", NULL);
}

static void
close_entry (Entry *entry)
{
  g_autoptr(GError) error = NULL;

  if (!notify_notification_close (entry->notification, &error))
    g_debug ("Could not close notification: %s", error->message);
}

/* The due time in local time: the hour alone on the same day, with the
 * date otherwise. */
static char *
format_due_time (gint64 due_usec,
                 gint64 now_usec)
{
  g_autoptr(GDateTime) due = g_date_time_new_from_unix_local (due_usec / G_USEC_PER_SEC);
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (now_usec / G_USEC_PER_SEC);

  if (due == NULL || now == NULL)
    return g_strdup ("");

  if (g_date_time_get_year (due) == g_date_time_get_year (now) &&
      g_date_time_get_day_of_year (due) == g_date_time_get_day_of_year (now))
    /* Translators: a time of day for strftime-like g_date_time_format () */
    return g_date_time_format (due, C_("due time today", "%H:%M"));

  /* Translators: a date and a time of day for g_date_time_format () */
  return g_date_time_format (due, C_("due time another day", "%x %H:%M"));
}

static const char *
application_id (CordonNotifier *self)
{
  if (self->application == NULL)
    return NULL;

  return g_application_get_application_id (self->application);
}

/* Servers that support body markup read '&' and '<' as markup, others
 * show them as they are: escape only for the former. */
static char *
body_text (CordonNotifier *self,
           const char     *text)
{
  if (!self->caps_known)
    {
      GList *caps = NULL;

      /* notify_get_server_caps () warns when there is no server, which
       * is no bug of ours; without one, ask again next time. */
      if (notify_get_server_info (NULL, NULL, NULL, NULL))
        caps = notify_get_server_caps ();

      self->caps_known = caps != NULL;
      self->body_markup = g_list_find_custom (caps, "body-markup", (GCompareFunc) g_strcmp0) != NULL;
      g_list_free_full (caps, g_free);
    }

  if (self->body_markup)
    return g_markup_escape_text (text, -1);

  return g_strdup (text);
}

static void activate_action (NotifyNotification *notification,
                             char               *action,
                             gpointer            user_data);

/* Sets what every Cordon notification carries, on a new notification or
 * on one being updated in place. */
static void
apply (CordonNotifier     *self,
       NotifyNotification *notification,
       const char         *summary,
       const char         *body,
       NotifyUrgency       urgency,
       const char         *category)
{
  const char *app_id = application_id (self);
  g_autofree char *marked = NULL;
  g_autofree char *escaped = body_text (self, body);

  if (self->exercise)
    {
      /* Translators: the summary of a notification about an exercise,
       * so that nobody mistakes it for a real incident */
      marked = g_strdup_printf (_("Exercise: %s"), summary);
      summary = marked;
    }

  notify_notification_update (notification, summary, escaped, app_id);
  notify_notification_set_urgency (notification, urgency);
  /* The portal has no categories, and libnotify logs a message for each
   * one it drops. */
  if (!self->in_flatpak)
    notify_notification_set_category (notification, category);
  notify_notification_set_hint (notification, HINT_EXERCISE,
                                self->exercise ? g_variant_new_boolean (TRUE) : NULL);
  if (app_id != NULL)
    notify_notification_set_hint_string (notification, "desktop-entry", app_id);
}

static gboolean
show (Entry *entry)
{
  g_autoptr(GError) error = NULL;

  if (!notify_notification_show (entry->notification, &error))
    {
      /* A desktop without a notification server is not a bug in Cordon. */
      if (g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_SERVICE_UNKNOWN) ||
          g_error_matches (error, G_DBUS_ERROR, G_DBUS_ERROR_NAME_HAS_NO_OWNER))
        g_debug ("No notification server: %s", error->message);
      else
        g_message ("Could not show a notification: %s", error->message);
      return FALSE;
    }

  return TRUE;
}

static void
on_closed (NotifyNotification *notification,
           Entry              *entry)
{
  CordonNotifier *self = entry->self;

  if (entry == self->summary)
    g_clear_pointer (&self->summary, entry_free);
  else
    g_hash_table_remove (self->entries, entry->id);
}

static Entry *
entry_new (CordonNotifier *self,
           const char     *incident_key,
           const char     *deadline_id)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->self = self;
  entry->incident_key = g_strdup (incident_key);
  entry->deadline_id = g_strdup (deadline_id);
  if (incident_key != NULL)
    entry->id = deadline_entry_id (incident_key, deadline_id);

  entry->notification = notify_notification_new ("", NULL, NULL);
  entry->closed_handler = g_signal_connect (entry->notification, "closed",
                                            G_CALLBACK (on_closed), entry);

  if (incident_key != NULL && g_str_has_prefix (deadline_id, MONITORING_PREFIX))
    {
      notify_notification_add_action (entry->notification, ACTION_DEFAULT,
                                      _("Open incident"), activate_action, entry, NULL);
      notify_notification_add_action (entry->notification, ACTION_OPEN,
                                      _("Open incident"), activate_action, entry, NULL);
    }
  else if (incident_key != NULL)
    {
      notify_notification_add_action (entry->notification, ACTION_DEFAULT,
                                      _("Open incident"), activate_action, entry, NULL);
      notify_notification_add_action (entry->notification, ACTION_OPEN,
                                      _("Open incident"), activate_action, entry, NULL);
      notify_notification_add_action (entry->notification, ACTION_ACKNOWLEDGE,
                                      _("Acknowledge"), activate_action, entry, NULL);
      notify_notification_add_action (entry->notification, ACTION_SNOOZE,
                                      _("Snooze 15 min"), activate_action, entry, NULL);
    }
  else
    {
      notify_notification_add_action (entry->notification, ACTION_DEFAULT,
                                      _("Show incidents"), activate_action, entry, NULL);
    }

  return entry;
}

static void
activate_app_action (CordonNotifier *self,
                     const char     *name,
                     GVariant       *parameter)
{
  g_autoptr(GVariant) owned = g_variant_ref_sink (parameter);

  if (self->application == NULL || !g_application_get_is_registered (self->application))
    return;

  /* The window the actions were meant for is gone: they go nowhere,
   * least of all to the application's (real) workspace */
  if (self->has_action_group && self->action_group == NULL)
    return;

  if (self->action_group != NULL)
    {
      if (g_action_group_has_action (self->action_group, name))
        g_action_group_activate_action (self->action_group, name, owned);
      else
        g_warning ("There is no action “%s” for a notification", name);
      return;
    }

  if (!g_action_group_has_action (G_ACTION_GROUP (self->application), name))
    {
      g_warning ("The application has no action “%s” for a notification", name);
      return;
    }

  g_action_group_activate_action (G_ACTION_GROUP (self->application), name, owned);
}

void
cordon_notifier_set_action_group (CordonNotifier *self,
                                  GActionGroup   *group)
{
  g_return_if_fail (CORDON_IS_NOTIFIER (self));
  g_return_if_fail (group == NULL || G_IS_ACTION_GROUP (group));

  g_set_weak_pointer (&self->action_group, group);
  self->has_action_group = group != NULL;
}

static void
activate_action (NotifyNotification *notification,
                 char               *action,
                 gpointer            user_data)
{
  Entry *entry = user_data;
  g_autoptr(CordonNotifier) self = g_object_ref (entry->self);
  /* Handling the action may close the notification and free the entry. */
  g_autofree char *key = g_strdup (entry->incident_key);
  g_autofree char *deadline = g_strdup (entry->deadline_id);
  const char *reported = action;

  g_free (self->activation_token);
  self->activation_token = g_strdup (notify_notification_get_activation_token (notification));

  if (key == NULL)
    {
      reported = ACTION_SHOW_ALL;
      if (self->application != NULL)
        g_application_activate (self->application);
    }
  else if (g_str_equal (action, ACTION_DEFAULT) || g_str_equal (action, ACTION_OPEN))
    {
      reported = ACTION_OPEN;
      activate_app_action (self, "show-incident", g_variant_new_string (key));
    }
  else if (g_str_equal (action, ACTION_ACKNOWLEDGE))
    {
      activate_app_action (self, "acknowledge-incident", g_variant_new_string (key));
    }
  else if (g_str_equal (action, ACTION_SNOOZE))
    {
      /* Whoever keeps the clock raises the deadline again when the snooze
       * ends; it must then be shown again. */
      Entry *shown_entry;
      g_autofree char *id = deadline_entry_id (key, deadline);

      shown_entry = g_hash_table_lookup (self->entries, id);
      if (shown_entry != NULL)
        {
          close_entry (shown_entry);
          g_hash_table_remove (self->entries, id);
        }
      cordon_notifier_forget (self, key, deadline);
      activate_app_action (self, "snooze-deadline", g_variant_new ("(ss)", key, deadline));
    }
  else
    {
      g_debug ("Ignoring unknown notification action %s", action);
      reported = NULL;
    }

  if (reported != NULL)
    g_signal_emit (self, signals[ACTION_INVOKED], 0, key, deadline, reported);

  g_clear_pointer (&self->activation_token, g_free);
}

static void
cordon_notifier_constructed (GObject *object)
{
  G_OBJECT_CLASS (cordon_notifier_parent_class)->constructed (object);

  if (n_notifiers++ == 0 && !notify_is_initted ())
    {
      const char *name = g_get_application_name ();

      notify_initialised_here = notify_init (name != NULL ? name : PACKAGE_NAME);
      if (!notify_initialised_here)
        g_warning ("Could not initialise libnotify");
    }
}

static void
cordon_notifier_dispose (GObject *object)
{
  CordonNotifier *self = CORDON_NOTIFIER (object);

  g_clear_weak_pointer (&self->action_group);

  /* Notifications stay on screen: a breach is still worth reading after
   * Cordon quits, and clicking one starts Cordon again. */
  g_hash_table_remove_all (self->entries);
  g_clear_pointer (&self->summary, entry_free);
  g_clear_weak_pointer (&self->application);

  G_OBJECT_CLASS (cordon_notifier_parent_class)->dispose (object);
}

static void
cordon_notifier_finalize (GObject *object)
{
  CordonNotifier *self = CORDON_NOTIFIER (object);

  g_clear_pointer (&self->shown, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->activation_token, g_free);

  /* Every notification is gone by now, so libnotify has nothing left to
   * close or disconnect. */
  if (--n_notifiers == 0 && notify_initialised_here)
    {
      notify_uninit ();
      notify_initialised_here = FALSE;
    }

  G_OBJECT_CLASS (cordon_notifier_parent_class)->finalize (object);
}

static void
cordon_notifier_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  CordonNotifier *self = CORDON_NOTIFIER (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      g_value_set_object (value, self->application);
      break;

    case PROP_EXERCISE:
      g_value_set_boolean (value, self->exercise);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_notifier_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  CordonNotifier *self = CORDON_NOTIFIER (object);

  switch (prop_id)
    {
    case PROP_APPLICATION:
      g_set_weak_pointer (&self->application, g_value_get_object (value));
      break;

    case PROP_EXERCISE:
      cordon_notifier_set_exercise (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_notifier_class_init (CordonNotifierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = cordon_notifier_constructed;
  object_class->dispose = cordon_notifier_dispose;
  object_class->finalize = cordon_notifier_finalize;
  object_class->get_property = cordon_notifier_get_property;
  object_class->set_property = cordon_notifier_set_property;

  /**
   * CordonNotifier:application:
   *
   * The application whose actions the notifications' buttons activate.
   * Held weakly: the application owns its notifier.
   */
  properties[PROP_APPLICATION] =
    g_param_spec_object ("application", NULL, NULL,
                         G_TYPE_APPLICATION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * CordonNotifier:exercise:
   *
   * Whether notifications are marked as an exercise.
   */
  properties[PROP_EXERCISE] =
    g_param_spec_boolean ("exercise", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * CordonNotifier::action-invoked:
   * @incident_key: (nullable): the incident, %NULL for the summary
   * @deadline_id: (nullable): the deadline, %NULL for the summary
   * @action: "open-incident", "acknowledge", "snooze" or, for the
   *   start-up summary, "show-incidents"
   *
   * Emitted after a notification's button activated its application
   * action, so that the window can say what happened.
   */
  signals[ACTION_INVOKED] =
    g_signal_new ("action-invoked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3,
                  G_TYPE_STRING, G_TYPE_STRING, G_TYPE_STRING);
}

static void
cordon_notifier_init (CordonNotifier *self)
{
  self->in_flatpak = g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
  self->shown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->entries = g_hash_table_new_full (g_str_hash, g_str_equal,
                                         NULL, (GDestroyNotify) entry_free);
}

CordonNotifier *
cordon_notifier_new (GApplication *application)
{
  g_return_val_if_fail (application == NULL || G_IS_APPLICATION (application), NULL);

  return g_object_new (CORDON_TYPE_NOTIFIER,
                       "application", application,
                       NULL);
}

GApplication *
cordon_notifier_get_application (CordonNotifier *self)
{
  g_return_val_if_fail (CORDON_IS_NOTIFIER (self), NULL);

  return self->application;
}

gboolean
cordon_notifier_get_exercise (CordonNotifier *self)
{
  g_return_val_if_fail (CORDON_IS_NOTIFIER (self), FALSE);

  return self->exercise;
}

void
cordon_notifier_set_exercise (CordonNotifier *self,
                              gboolean        exercise)
{
  g_return_if_fail (CORDON_IS_NOTIFIER (self));

  exercise = !!exercise;
  if (self->exercise == exercise)
    return;

  self->exercise = exercise;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISE]);
}

static char *
deadline_summary (const char *incident_key,
                  const char *label,
                  gboolean    breached,
                  gint64      due_usec,
                  gint64      now_usec)
{
  gint64 left = due_usec - now_usec;
  g_autofree char *span = NULL;

  if (!breached)
    {
      if (left < 30 * G_USEC_PER_SEC)
        /* Translators: a notification's summary: an incident key and a
         * deadline's name, "INC-2026-0042: Response due now" */
        return g_strdup_printf (_("%s: %s due now"), incident_key, label);

      span = cordon_time_format_span (left);
      /* Translators: a notification's summary: an incident key, a
       * deadline's name and a span, "INC-2026-0042: Response due in 14 min" */
      return g_strdup_printf (_("%s: %s due in %s"), incident_key, label, span);
    }

  if (-left < 30 * G_USEC_PER_SEC)
    /* Translators: a notification's summary: an incident key and a
     * deadline's name, "INC-2026-0042: Response deadline breached" */
    return g_strdup_printf (_("%s: %s deadline breached"), incident_key, label);

  span = cordon_time_format_span (left);
  /* Translators: a notification's summary: an incident key, a deadline's
   * name and a span, "INC-2026-0042: Response deadline breached 3 min ago" */
  return g_strdup_printf (_("%s: %s deadline breached %s ago"), incident_key, label, span);
}

static char *
deadline_body (const char *incident_title,
               const char *label,
               gboolean    breached,
               gint64      due_usec,
               gint64      now_usec)
{
  g_autofree char *time = format_due_time (due_usec, now_usec);
  g_autofree char *line = NULL;

  if (breached)
    /* Translators: a deadline's name and a time, "Response was due at 13:52" */
    line = g_strdup_printf (_("%s was due at %s"), label, time);
  else
    /* Translators: a deadline's name and a time, "Response is due at 14:05" */
    line = g_strdup_printf (_("%s is due at %s"), label, time);

  if (incident_title == NULL || *incident_title == '\0')
    return g_steal_pointer (&line);

  return g_strconcat (incident_title, "\n", line, NULL);
}

/* Shows @summary and @body in the notification of @incident_key ×
 * @entry_id, reusing the one still on screen (the server then replaces
 * it) or making a new one */
static gboolean
show_for (CordonNotifier *self,
          const char     *incident_key,
          const char     *entry_id,
          const char     *summary,
          const char     *body,
          NotifyUrgency   urgency,
          const char     *category)
{
  g_autofree char *id = deadline_entry_id (incident_key, entry_id);
  Entry *entry = g_hash_table_lookup (self->entries, id);

  if (entry == NULL)
    {
      entry = entry_new (self, incident_key, entry_id);
      g_hash_table_insert (self->entries, entry->id, entry);
    }

  apply (self, entry->notification, summary, body, urgency, category);

  if (!show (entry))
    {
      g_hash_table_remove (self->entries, id);
      return FALSE;
    }

  return TRUE;
}

gboolean
cordon_notifier_deadline (CordonNotifier *self,
                          const char     *incident_key,
                          const char     *incident_title,
                          const char     *deadline_id,
                          const char     *deadline_label,
                          gboolean        breached,
                          gint64          due_usec,
                          gint64          now_usec)
{
  g_autofree char *done = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *body = NULL;

  g_return_val_if_fail (CORDON_IS_NOTIFIER (self), FALSE);
  g_return_val_if_fail (incident_key != NULL && *incident_key != '\0', FALSE);
  g_return_val_if_fail (deadline_id != NULL && *deadline_id != '\0', FALSE);

  done = shown_id (incident_key, deadline_id, breached);
  if (g_hash_table_contains (self->shown, done))
    return FALSE;

  /* A warning that arrives after its breach has nothing left to say. */
  if (!breached)
    {
      g_autofree char *breach = shown_id (incident_key, deadline_id, TRUE);

      if (g_hash_table_contains (self->shown, breach))
        return FALSE;
    }

  g_hash_table_add (self->shown, g_steal_pointer (&done));

  if (deadline_label == NULL)
    deadline_label = deadline_id;

  summary = deadline_summary (incident_key, deadline_label, breached, due_usec, now_usec);
  body = deadline_body (incident_title, deadline_label, breached, due_usec, now_usec);

  /* Reusing the warning's notification makes the server replace it with
   * the breach instead of showing both. */
  return show_for (self, incident_key, deadline_id, summary, body,
                   breached ? NOTIFY_URGENCY_CRITICAL : NOTIFY_URGENCY_NORMAL,
                   breached ? CATEGORY_BREACH : CATEGORY_WARNING);
}

gboolean
cordon_notifier_monitoring (CordonNotifier *self,
                            const char     *incident_key,
                            const char     *incident_title,
                            gint64          check_id,
                            const char     *watched,
                            const char     *action_title,
                            gboolean        final)
{
  g_autofree char *deadline_id = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *body = NULL;

  g_return_val_if_fail (CORDON_IS_NOTIFIER (self), FALSE);
  g_return_val_if_fail (incident_key != NULL && *incident_key != '\0', FALSE);
  g_return_val_if_fail (watched != NULL, FALSE);
  g_return_val_if_fail (action_title != NULL, FALSE);

  if (final)
    /* Translators: a notification's summary; the argument is an incident key */
    summary = g_strdup_printf (_("%s: monitoring period over"), incident_key);
  else
    /* Translators: a notification's summary; the argument is an incident key */
    summary = g_strdup_printf (_("%s: monitoring check due"), incident_key);

  if (final)
    /* Translators: a notification's body: what is watched, the containment
     * action, the incident's title */
    body = g_strdup_printf (_("Record whether “%2$s” held: %1$s.\n%3$s"),
                            watched, action_title, incident_title != NULL ? incident_title : "");
  else
    /* Translators: a notification's body: what is watched, the containment
     * action, the incident's title */
    body = g_strdup_printf (_("Check %1$s after “%2$s”.\n%3$s"),
                            watched, action_title, incident_title != NULL ? incident_title : "");
  g_strchomp (body);

  /* The next reminder of the same check takes the place of this one */
  deadline_id = g_strdup_printf (MONITORING_PREFIX "%" G_GINT64_FORMAT, check_id);

  return show_for (self, incident_key, deadline_id, summary, body,
                   NOTIFY_URGENCY_NORMAL, CATEGORY_MONITORING);
}

static gboolean
item_shown (CordonNotifier           *self,
            const CordonNotifierItem *item)
{
  g_autofree char *done = shown_id (item->incident_key, item->deadline_id, item->breached);
  g_autofree char *breach = shown_id (item->incident_key, item->deadline_id, TRUE);

  return g_hash_table_contains (self->shown, done) ||
         g_hash_table_contains (self->shown, breach);
}

guint
cordon_notifier_summary (CordonNotifier *self,
                         GPtrArray      *items,
                         gint64          now_usec)
{
  g_autoptr(GPtrArray) keys = NULL;
  g_autoptr(GHashTable) by_key = NULL;
  g_autoptr(GString) body = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *text = NULL;
  gboolean any_breached = FALSE;
  gboolean all_breached = TRUE;
  guint n_sent = 0;

  g_return_val_if_fail (CORDON_IS_NOTIFIER (self), 0);
  g_return_val_if_fail (items != NULL, 0);

  /* Incidents in the order given, each with its deadlines not yet shown */
  keys = g_ptr_array_new ();
  by_key = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                  (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < items->len; i++)
    {
      CordonNotifierItem *item = g_ptr_array_index (items, i);
      GPtrArray *deadlines;

      if (item_shown (self, item))
        continue;

      deadlines = g_hash_table_lookup (by_key, item->incident_key);
      if (deadlines == NULL)
        {
          deadlines = g_ptr_array_new ();
          g_hash_table_insert (by_key, item->incident_key, deadlines);
          g_ptr_array_add (keys, item->incident_key);
        }
      g_ptr_array_add (deadlines, item);

      any_breached |= item->breached;
      all_breached &= item->breached;
    }

  if (keys->len <= CORDON_NOTIFIER_SUMMARY_THRESHOLD)
    {
      for (guint i = 0; i < keys->len; i++)
        {
          GPtrArray *deadlines = g_hash_table_lookup (by_key, g_ptr_array_index (keys, i));

          for (guint j = 0; j < deadlines->len; j++)
            {
              CordonNotifierItem *item = g_ptr_array_index (deadlines, j);

              n_sent += cordon_notifier_deadline (self,
                                                  item->incident_key,
                                                  item->incident_title,
                                                  item->deadline_id,
                                                  item->deadline_label,
                                                  item->breached,
                                                  item->due_usec,
                                                  now_usec);
            }
        }

      return n_sent;
    }

  if (all_breached)
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u incident is past an SLA deadline",
                                            "%u incidents are past an SLA deadline",
                                            keys->len),
                               keys->len);
  else
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "%u incident is near or past an SLA deadline",
                                            "%u incidents are near or past an SLA deadline",
                                            keys->len),
                               keys->len);

  body = g_string_new (NULL);
  for (guint i = 0; i < keys->len && i < SUMMARY_MAX_LINES; i++)
    {
      const char *key = g_ptr_array_index (keys, i);
      GPtrArray *deadlines = g_hash_table_lookup (by_key, key);
      CordonNotifierItem *first = g_ptr_array_index (deadlines, 0);
      g_autoptr(GString) labels = g_string_new (NULL);

      for (guint j = 0; j < deadlines->len; j++)
        {
          CordonNotifierItem *item = g_ptr_array_index (deadlines, j);

          if (j > 0)
            /* Translators: separates deadline names in a list */
            g_string_append (labels, _(", "));
          g_string_append (labels, item->deadline_label);
        }

      if (body->len > 0)
        g_string_append_c (body, '\n');
      if (*first->incident_title != '\0')
        /* Translators: one line of the start-up summary: an incident key,
         * its title and its deadlines, "INC-2026-0042 Phishing (Response)" */
        g_string_append_printf (body, _("%s %s (%s)"), key, first->incident_title, labels->str);
      else
        /* Translators: one line of the start-up summary: an incident key
         * and its deadlines, "INC-2026-0042 (Response)" */
        g_string_append_printf (body, _("%s (%s)"), key, labels->str);
    }

  if (keys->len > SUMMARY_MAX_LINES)
    {
      g_autoptr(GString) rest = g_string_new (NULL);

      for (guint i = SUMMARY_MAX_LINES; i < keys->len; i++)
        {
          if (rest->len > 0)
            g_string_append (rest, _(", "));
          g_string_append (rest, g_ptr_array_index (keys, i));
        }

      g_string_append_c (body, '\n');
      g_string_append_printf (body,
                              /* Translators: the end of the start-up summary, followed by
                               * the keys of the incidents not listed above */
                              g_dngettext (GETTEXT_PACKAGE, "And %u more: %s", "And %u more: %s",
                                           keys->len - SUMMARY_MAX_LINES),
                              keys->len - SUMMARY_MAX_LINES, rest->str);
    }

  /* Every deadline named here counts as shown. */
  for (guint i = 0; i < keys->len; i++)
    {
      GPtrArray *deadlines = g_hash_table_lookup (by_key, g_ptr_array_index (keys, i));

      for (guint j = 0; j < deadlines->len; j++)
        {
          CordonNotifierItem *item = g_ptr_array_index (deadlines, j);

          g_hash_table_add (self->shown,
                            shown_id (item->incident_key, item->deadline_id, item->breached));
        }
    }

  if (self->summary == NULL)
    self->summary = entry_new (self, NULL, NULL);

  apply (self, self->summary->notification, summary, body->str,
         any_breached ? NOTIFY_URGENCY_CRITICAL : NOTIFY_URGENCY_NORMAL,
         CATEGORY_SUMMARY);

  if (!show (self->summary))
    {
      g_clear_pointer (&self->summary, entry_free);
      return 0;
    }

  return 1;
}

void
cordon_notifier_withdraw (CordonNotifier *self,
                          const char     *incident_key)
{
  GHashTableIter iter;
  Entry *entry;

  g_return_if_fail (CORDON_IS_NOTIFIER (self));
  g_return_if_fail (incident_key != NULL);

  g_hash_table_iter_init (&iter, self->entries);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &entry))
    {
      if (!g_str_equal (entry->incident_key, incident_key))
        continue;

      close_entry (entry);
      g_hash_table_iter_remove (&iter);
    }
}

void
cordon_notifier_forget (CordonNotifier *self,
                        const char     *incident_key,
                        const char     *deadline_id)
{
  g_autofree char *warning = NULL;
  g_autofree char *breach = NULL;

  g_return_if_fail (CORDON_IS_NOTIFIER (self));
  g_return_if_fail (incident_key != NULL);
  g_return_if_fail (deadline_id != NULL);

  warning = shown_id (incident_key, deadline_id, FALSE);
  breach = shown_id (incident_key, deadline_id, TRUE);
  g_hash_table_remove (self->shown, warning);
  g_hash_table_remove (self->shown, breach);
}

const char *
cordon_notifier_get_activation_token (CordonNotifier *self)
{
  g_return_val_if_fail (CORDON_IS_NOTIFIER (self), NULL);

  return self->activation_token;
}
