/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-sla-scheduler.c: the SLA clock of a workspace. Each open incident
 * has an entry with its history, the notices already written and its next
 * wake-up; entries wait in a sequence ordered by wake-up, whose head is
 * the one armed alarm. A change re-computes one entry and moves it in the
 * sequence (O(log n)); nothing ever walks all incidents on a timer.
 */

#define G_LOG_DOMAIN "cordon-sla"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "cordon-sla-scheduler.h"
#include "cordon-time.h"

#define NOTICE_AUTHOR "cordon"

typedef struct
{
  CordonSlaKind  kind;
  CordonSlaState state;
  gint64         start_usec;
} Notice;

typedef struct
{
  CordonSlaKind kind;
  gint64        until_usec;
} Snooze;

typedef struct
{
  CordonIncident   *incident;
  CordonSlaHistory *history;
  GArray           *notices;     /* Notice */
  GArray           *snoozes;     /* Snooze, NULL until one */
  gint64            wake_usec;   /* 0: nothing ahead */
  GSequenceIter    *iter;        /* in queue while wake_usec != 0 */
} Entry;

typedef struct
{
  CordonSlaPolicy   *policy;     /* NULL: the severity has none */
  CordonSlaCalendar *calendar;
} Policy;

struct _CordonSlaScheduler
{
  GObject          parent_instance;

  CordonWorkspace *workspace;
  CordonClock     *clock;

  GHashTable      *entries;      /* incident id → Entry */
  GSequence       *queue;        /* Entry by (wake, id) */
  GHashTable      *policies;     /* severity → Policy */

  guint            alarm_id;
  gint64           alarm_usec;
  gint64           last_now;

  /* While set, transitions are collected here instead of emitted */
  GPtrArray       *collect;
  /* While the scheduler writes to the journal, it ignores the echoes */
  gboolean         writing;
  /* Whether the notices of the start are being written in one bulk */
  gboolean         batching;
  gboolean         started;
};

G_DEFINE_FINAL_TYPE (CordonSlaScheduler, cordon_sla_scheduler, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (CordonSlaEvent, cordon_sla_event, cordon_sla_event_copy, cordon_sla_event_free)

enum {
  TRANSITION,
  STARTUP_OVERDUE,
  DEADLINES_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void rearm (CordonSlaScheduler *self);

CordonSlaEvent *
cordon_sla_event_copy (const CordonSlaEvent *self)
{
  CordonSlaEvent *copy = g_new (CordonSlaEvent, 1);

  *copy = *self;
  g_object_ref (copy->incident);

  return copy;
}

void
cordon_sla_event_free (CordonSlaEvent *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->incident);
  g_free (self);
}

/* Entries and the queue ----------------------------------------------- */

static void
entry_free (Entry *entry)
{
  g_clear_object (&entry->incident);
  g_clear_pointer (&entry->history, cordon_sla_history_free);
  g_clear_pointer (&entry->notices, g_array_unref);
  g_clear_pointer (&entry->snoozes, g_array_unref);
  g_free (entry);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const Entry *ea = a, *eb = b;
  gint64 ia, ib;

  if (ea->wake_usec != eb->wake_usec)
    return ea->wake_usec < eb->wake_usec ? -1 : 1;

  ia = cordon_incident_get_id (ea->incident);
  ib = cordon_incident_get_id (eb->incident);

  return ia < ib ? -1 : ia > ib;
}

static void
dequeue (CordonSlaScheduler *self,
         Entry              *entry)
{
  if (entry->iter != NULL)
    {
      g_sequence_remove (entry->iter);
      entry->iter = NULL;
    }
}

static void
enqueue (CordonSlaScheduler *self,
         Entry              *entry,
         gint64              wake_usec)
{
  dequeue (self, entry);
  entry->wake_usec = wake_usec;
  if (wake_usec != 0)
    entry->iter = g_sequence_insert_sorted (self->queue, entry, compare_entries, NULL);
}

static void
remove_entry (CordonSlaScheduler *self,
              gint64              incident_id)
{
  Entry *entry = g_hash_table_lookup (self->entries, GSIZE_TO_POINTER ((gsize) incident_id));

  if (entry == NULL)
    return;

  dequeue (self, entry);
  g_hash_table_remove (self->entries, GSIZE_TO_POINTER ((gsize) incident_id));
}

static Entry *
ensure_entry (CordonSlaScheduler *self,
              CordonIncident     *incident)
{
  gint64 id = cordon_incident_get_id (incident);
  Entry *entry = g_hash_table_lookup (self->entries, GSIZE_TO_POINTER ((gsize) id));

  if (entry == NULL)
    {
      entry = g_new0 (Entry, 1);
      entry->incident = g_object_ref (incident);
      entry->notices = g_array_new (FALSE, FALSE, sizeof (Notice));
      g_hash_table_insert (self->entries, GSIZE_TO_POINTER ((gsize) id), entry);
    }

  return entry;
}

/* Policies ---------------------------------------------------------------- */

static void
policy_free (Policy *policy)
{
  g_clear_object (&policy->policy);
  g_clear_pointer (&policy->calendar, cordon_sla_calendar_unref);
  g_free (policy);
}

static Policy *
lookup_policy (CordonSlaScheduler *self,
               const char         *severity)
{
  Policy *policy = g_hash_table_lookup (self->policies, severity);

  if (policy == NULL)
    {
      policy = g_new0 (Policy, 1);
      policy->policy = cordon_workspace_lookup_sla_policy (self->workspace, severity, NULL);
      if (policy->policy != NULL)
        policy->calendar = cordon_sla_calendar_new_for_policy (policy->policy);
      g_hash_table_insert (self->policies, g_strdup (severity), policy);
    }

  return policy;
}

static GArray *
compute (CordonSlaScheduler *self,
         Entry              *entry,
         gint64              now)
{
  Policy *policy = lookup_policy (self, cordon_incident_get_severity (entry->incident));

  if (policy->policy == NULL)
    return g_array_new (FALSE, FALSE, sizeof (CordonSlaDeadline));

  return cordon_sla_compute (entry->incident, policy->policy, policy->calendar, entry->history, now);
}

/* Notices ------------------------------------------------------------ */

static gboolean
was_noticed (Entry                   *entry,
             const CordonSlaDeadline *deadline)
{
  for (guint i = 0; i < entry->notices->len; i++)
    {
      const Notice *notice = &g_array_index (entry->notices, Notice, i);

      if (notice->kind == deadline->kind && notice->state == deadline->state &&
          notice->start_usec == deadline->start_usec)
        return TRUE;
    }

  return FALSE;
}

static void
add_notice (Entry          *entry,
            CordonSlaKind   kind,
            CordonSlaState  state,
            gint64          start_usec)
{
  Notice notice = { kind, state, start_usec };

  g_array_append_val (entry->notices, notice);
}

static char *
notice_text (const CordonSlaDeadline *deadline)
{
  g_autoptr(GDateTime) due = cordon_time_to_date_time (deadline->due_usec);
  g_autofree char *when = cordon_time_format_display (due);
  const char *kind = cordon_sla_kind_to_label (deadline->kind);

  if (deadline->state == CORDON_SLA_STATE_WARNING)
    /* TRANSLATORS: e.g. "Response SLA in warning: due 2026-03-01 10:00 UTC" */
    return g_strdup_printf (_("%s SLA in warning: due %s"), kind, when);

  /* TRANSLATORS: e.g. "Response SLA breached: was due 2026-03-01 10:00 UTC" */
  return g_strdup_printf (_("%s SLA breached: was due %s"), kind, when);
}

static char *
notice_payload (const CordonSlaDeadline *deadline)
{
  g_autofree char *due = cordon_time_to_iso8601 (deadline->due_usec);
  g_autofree char *start = cordon_time_to_iso8601 (deadline->start_usec);

  /* Ids and ISO times need no escaping */
  return g_strdup_printf ("{\"deadline\":\"%s\",\"state\":\"%s\",\"due\":\"%s\",\"start\":\"%s\"}",
                          cordon_sla_kind_to_id (deadline->kind),
                          cordon_sla_state_to_id (deadline->state),
                          due, start);
}

static void
emit_transition (CordonSlaScheduler      *self,
                 Entry                   *entry,
                 const CordonSlaDeadline *deadline)
{
  if (self->collect != NULL)
    {
      CordonSlaEvent event = { entry->incident, deadline->kind, deadline->state, deadline->due_usec };

      g_ptr_array_add (self->collect, cordon_sla_event_copy (&event));
      return;
    }

  g_signal_emit (self, signals[TRANSITION], 0,
                 entry->incident, deadline->kind, deadline->state, deadline->due_usec);
}

/* Writes the notice to the journal, then tells. A notice that cannot be
 * written is still told, once in this run. */
static void
notify_deadline (CordonSlaScheduler      *self,
                 Entry                   *entry,
                 const CordonSlaDeadline *deadline)
{
  g_autoptr(CordonJournalEntry) written = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = notice_text (deadline);
  g_autofree char *payload = notice_payload (deadline);
  g_autoptr(CordonIncident) incident = g_object_ref (entry->incident);

  add_notice (entry, deadline->kind, deadline->state, deadline->start_usec);

  /* At start, many notices may be owed (the first start after an import
   * of open incidents): write them in one transaction, not one each */
  if (self->collect != NULL && !self->batching && !cordon_workspace_in_bulk (self->workspace))
    self->batching = cordon_workspace_begin_bulk (self->workspace, NULL);

  self->writing = TRUE;
  written = cordon_workspace_append_journal (self->workspace, incident, CORDON_JOURNAL_KIND_SLA_EVENT,
                                             NOTICE_AUTHOR, text, payload, &error);
  self->writing = FALSE;

  if (written == NULL)
    g_warning ("Cannot record the SLA event of %s: %s", cordon_incident_get_key (incident), error->message);

  emit_transition (self, entry, deadline);
}

/* Tells what @entry's deadlines reached by @now, raises due snoozes, and
 * queues it for its next transition. */
static void
evaluate (CordonSlaScheduler *self,
          Entry              *entry,
          gint64              now)
{
  g_autoptr(GArray) deadlines = compute (self, entry, now);
  gpointer key = GSIZE_TO_POINTER ((gsize) cordon_incident_get_id (entry->incident));
  gint64 wake;

  for (guint i = 0; i < deadlines->len; i++)
    {
      const CordonSlaDeadline *deadline = &g_array_index (deadlines, CordonSlaDeadline, i);

      if ((deadline->state == CORDON_SLA_STATE_WARNING || deadline->state == CORDON_SLA_STATE_BREACHED) &&
          !was_noticed (entry, deadline))
        notify_deadline (self, entry, deadline);

      /* A handler of the transition may have changed or closed the
       * incident, which re-evaluated it or dropped its entry */
      if (g_hash_table_lookup (self->entries, key) != entry)
        return;
    }

  wake = cordon_sla_next_transition (deadlines, now);

  for (guint i = 0; entry->snoozes != NULL && i < entry->snoozes->len; )
    {
      Snooze *snooze = &g_array_index (entry->snoozes, Snooze, i);

      if (snooze->until_usec > now)
        {
          wake = wake == 0 ? snooze->until_usec : MIN (wake, snooze->until_usec);
          i++;
          continue;
        }

      for (guint j = 0; j < deadlines->len; j++)
        {
          const CordonSlaDeadline *deadline = &g_array_index (deadlines, CordonSlaDeadline, j);

          if (deadline->kind == snooze->kind &&
              (deadline->state == CORDON_SLA_STATE_WARNING || deadline->state == CORDON_SLA_STATE_BREACHED))
            emit_transition (self, entry, deadline);
        }

      g_array_remove_index (entry->snoozes, i);
    }

  enqueue (self, entry, wake);
}

/* Processing ----------------------------------------------------------- */

static gint64
now_usec (CordonSlaScheduler *self)
{
  return cordon_clock_now_usec (self->clock);
}

static void
process_due (CordonSlaScheduler *self)
{
  gint64 now = now_usec (self);

  self->last_now = now;

  for (;;)
    {
      GSequenceIter *first = g_sequence_get_begin_iter (self->queue);
      Entry *entry;

      if (g_sequence_iter_is_end (first))
        break;

      entry = g_sequence_get (first);
      if (entry->wake_usec > now)
        break;

      dequeue (self, entry);
      evaluate (self, entry, now);
    }

  rearm (self);
}

static void
on_alarm (CordonClock *clock,
          gpointer     user_data)
{
  CordonSlaScheduler *self = user_data;

  self->alarm_id = 0;
  self->alarm_usec = 0;
  process_due (self);
}

static void
rearm (CordonSlaScheduler *self)
{
  GSequenceIter *first = g_sequence_get_begin_iter (self->queue);
  gint64 wake = 0;

  if (!g_sequence_iter_is_end (first))
    wake = ((Entry *) g_sequence_get (first))->wake_usec;

  if (wake == self->alarm_usec && (wake == 0 || self->alarm_id != 0))
    return;

  if (self->alarm_id != 0)
    cordon_clock_remove_alarm (self->clock, self->alarm_id);
  self->alarm_id = 0;
  self->alarm_usec = wake;

  if (wake != 0)
    self->alarm_id = cordon_clock_add_alarm (self->clock, wake, on_alarm, self, NULL);
}

static void
update_incident (CordonSlaScheduler *self,
                 CordonIncident     *incident,
                 gboolean            reload_history)
{
  Entry *entry;

  if (!self->started || self->writing)
    return;

  if (!cordon_incident_is_open (incident))
    {
      remove_entry (self, cordon_incident_get_id (incident));
      rearm (self);
      g_signal_emit (self, signals[DEADLINES_CHANGED], 0, incident);
      return;
    }

  entry = ensure_entry (self, incident);

  if (reload_history || entry->history == NULL)
    {
      g_autoptr(GHashTable) histories = cordon_workspace_load_sla_history (self->workspace, incident, NULL);
      CordonSlaHistory *history = NULL;

      if (histories != NULL)
        history = g_hash_table_lookup (histories, cordon_workspace_sla_history_key (cordon_incident_get_id (incident)));

      g_clear_pointer (&entry->history, cordon_sla_history_free);
      entry->history = history != NULL ? cordon_sla_history_copy (history) : cordon_sla_history_new ();
    }

  g_object_ref (incident);
  evaluate (self, entry, now_usec (self));
  rearm (self);
  g_signal_emit (self, signals[DEADLINES_CHANGED], 0, incident);
  g_object_unref (incident);
}

typedef struct
{
  CordonSlaScheduler *self;
  JsonParser         *parser;
} LoadNotices;

static void
load_notice (gint64      incident_id,
             const char *payload,
             gpointer    user_data)
{
  LoadNotices *load = user_data;
  Entry *entry = g_hash_table_lookup (load->self->entries, GSIZE_TO_POINTER ((gsize) incident_id));
  JsonObject *object;
  CordonSlaKind kind;
  CordonSlaState state;
  gint64 start;

  if (entry == NULL || !json_parser_load_from_data (load->parser, payload, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (load->parser)))
    return;

  object = json_node_get_object (json_parser_get_root (load->parser));
  if (cordon_sla_kind_from_id (json_object_get_string_member_with_default (object, "deadline", NULL), &kind) &&
      cordon_sla_state_from_id (json_object_get_string_member_with_default (object, "state", NULL), &state) &&
      cordon_time_parse_iso8601 (json_object_get_string_member_with_default (object, "start", NULL), &start))
    add_notice (entry, kind, state, start);
}

/* (Re)loads every open incident and evaluates it */
static gboolean
load_all (CordonSlaScheduler  *self,
          GError             **error)
{
  g_autoptr(GHashTable) histories = NULL;
  LoadNotices load = { self, NULL };
  GListModel *incidents;
  GHashTableIter iter;
  gpointer value;
  gint64 now;
  guint n;

  g_sequence_remove_range (g_sequence_get_begin_iter (self->queue), g_sequence_get_end_iter (self->queue));
  g_hash_table_remove_all (self->entries);
  g_hash_table_remove_all (self->policies);

  if (!(histories = cordon_workspace_load_sla_history (self->workspace, NULL, error)))
    return FALSE;

  incidents = cordon_workspace_get_incidents (self->workspace);
  n = g_list_model_get_n_items (incidents);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonIncident) incident = g_list_model_get_item (incidents, i);
      CordonSlaHistory *history;
      Entry *entry;

      if (!cordon_incident_is_open (incident))
        continue;

      entry = ensure_entry (self, incident);
      history = g_hash_table_lookup (histories, cordon_workspace_sla_history_key (cordon_incident_get_id (incident)));
      if (history != NULL)
        g_hash_table_steal (histories, cordon_workspace_sla_history_key (cordon_incident_get_id (incident)));
      entry->history = history != NULL ? history : cordon_sla_history_new ();
    }

  load.parser = json_parser_new ();
  if (!cordon_workspace_foreach_sla_notice (self->workspace, load_notice, &load, error))
    {
      g_object_unref (load.parser);
      return FALSE;
    }
  g_object_unref (load.parser);

  now = now_usec (self);
  self->last_now = now;

  /* Evaluating may write notices; collect the entries first */
  {
    g_autoptr(GPtrArray) all = g_ptr_array_sized_new (g_hash_table_size (self->entries));

    g_hash_table_iter_init (&iter, self->entries);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      g_ptr_array_add (all, value);

    for (guint i = 0; i < all->len; i++)
      evaluate (self, g_ptr_array_index (all, i), now);
  }

  if (self->batching)
    {
      g_autoptr(GError) local_error = NULL;

      /* The bulk's end reloads the model and emits reloaded: not news */
      self->batching = FALSE;
      self->writing = TRUE;
      if (!cordon_workspace_commit_bulk (self->workspace, &local_error))
        g_warning ("Cannot record the SLA events found at start: %s", local_error->message);
      self->writing = FALSE;
    }

  rearm (self);

  return TRUE;
}

/* Workspace and clock signals ---------------------------------------- */

static void
on_incident_added (CordonSlaScheduler *self,
                   CordonIncident     *incident)
{
  update_incident (self, incident, TRUE);
}

static void
on_incident_changed (CordonSlaScheduler *self,
                     CordonIncident     *incident)
{
  update_incident (self, incident, FALSE);
}

static void
on_journal_appended (CordonSlaScheduler *self,
                     CordonIncident     *incident,
                     CordonJournalEntry *journal_entry)
{
  CordonJournalKind kind = cordon_journal_entry_get_kind (journal_entry);
  Entry *entry;

  if (!self->started || self->writing)
    return;

  entry = g_hash_table_lookup (self->entries, GSIZE_TO_POINTER ((gsize) cordon_incident_get_id (incident)));

  if (entry != NULL && entry->history != NULL &&
      (kind == CORDON_JOURNAL_KIND_COMMUNICATION || kind == CORDON_JOURNAL_KIND_STATUS_UPDATE))
    {
      gint64 time = cordon_time_from_date_time (cordon_journal_entry_get_time (journal_entry));

      if (entry->history->first_update_usec == 0)
        entry->history->first_update_usec = time;
      entry->history->last_update_usec = MAX (entry->history->last_update_usec, time);
      update_incident (self, incident, FALSE);
    }
  else if (kind == CORDON_JOURNAL_KIND_SLA_EVENT)
    update_incident (self, incident, TRUE);
}

static void
reload (CordonSlaScheduler *self)
{
  g_autoptr(GError) error = NULL;

  if (!self->started || self->writing)
    return;

  if (!load_all (self, &error))
    g_warning ("Cannot load the SLA clocks: %s", error->message);
}

static void
on_clock_changed (CordonSlaScheduler *self)
{
  if (!self->started)
    return;

  /* A clock set back (an exercise rewound) can undo states: start over */
  if (now_usec (self) < self->last_now)
    reload (self);
  else
    process_due (self);
}

/* GObject ---------------------------------------------------------------- */

static void
cordon_sla_scheduler_dispose (GObject *object)
{
  CordonSlaScheduler *self = CORDON_SLA_SCHEDULER (object);

  if (self->alarm_id != 0)
    cordon_clock_remove_alarm (self->clock, self->alarm_id);
  self->alarm_id = 0;

  if (self->queue != NULL)
    g_sequence_remove_range (g_sequence_get_begin_iter (self->queue), g_sequence_get_end_iter (self->queue));
  g_clear_pointer (&self->entries, g_hash_table_unref);
  g_clear_pointer (&self->queue, g_sequence_free);
  g_clear_pointer (&self->policies, g_hash_table_unref);
  g_clear_object (&self->workspace);
  g_clear_object (&self->clock);

  G_OBJECT_CLASS (cordon_sla_scheduler_parent_class)->dispose (object);
}

static void
cordon_sla_scheduler_class_init (CordonSlaSchedulerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cordon_sla_scheduler_dispose;

  /**
   * CordonSlaScheduler::transition:
   * @incident: the incident
   * @kind: the #CordonSlaKind of the deadline
   * @state: %CORDON_SLA_STATE_WARNING or %CORDON_SLA_STATE_BREACHED
   * @due_usec: when it is (was) due
   */
  signals[TRANSITION] =
    g_signal_new ("transition",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 4,
                  CORDON_TYPE_INCIDENT, CORDON_TYPE_SLA_KIND, CORDON_TYPE_SLA_STATE, G_TYPE_INT64);

  /**
   * CordonSlaScheduler::startup-overdue:
   * @events: (element-type CordonSlaEvent): what fell due while nothing ran
   */
  signals[STARTUP_OVERDUE] =
    g_signal_new ("startup-overdue",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1,
                  G_TYPE_PTR_ARRAY);

  /**
   * CordonSlaScheduler::deadlines-changed:
   * @incident: the incident whose deadlines were re-computed
   */
  signals[DEADLINES_CHANGED] =
    g_signal_new ("deadlines-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1,
                  CORDON_TYPE_INCIDENT);
}

static void
cordon_sla_scheduler_init (CordonSlaScheduler *self)
{
  self->entries = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) entry_free);
  self->queue = g_sequence_new (NULL);
  self->policies = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) policy_free);
}

CordonSlaScheduler *
cordon_sla_scheduler_new (CordonWorkspace *workspace,
                          CordonClock     *clock)
{
  CordonSlaScheduler *self;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (clock == NULL || CORDON_IS_CLOCK (clock), NULL);

  self = g_object_new (CORDON_TYPE_SLA_SCHEDULER, NULL);
  self->workspace = g_object_ref (workspace);
  self->clock = g_object_ref (clock != NULL ? clock : cordon_workspace_get_clock (workspace));

  g_signal_connect_object (workspace, "incident-added", G_CALLBACK (on_incident_added), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "incident-changed", G_CALLBACK (on_incident_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "journal-appended", G_CALLBACK (on_journal_appended), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "settings-changed", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "reloaded", G_CALLBACK (reload), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->clock, "changed", G_CALLBACK (on_clock_changed), self, G_CONNECT_SWAPPED);

  return self;
}

gboolean
cordon_sla_scheduler_start (CordonSlaScheduler  *self,
                            GError             **error)
{
  g_autoptr(GPtrArray) overdue = NULL;
  gboolean ok;

  g_return_val_if_fail (CORDON_IS_SLA_SCHEDULER (self), FALSE);
  g_return_val_if_fail (!self->started, FALSE);

  self->started = TRUE;
  overdue = g_ptr_array_new_with_free_func ((GDestroyNotify) cordon_sla_event_free);
  self->collect = overdue;
  ok = load_all (self, error);
  self->collect = NULL;

  if (!ok)
    {
      self->started = FALSE;
      return FALSE;
    }

  g_signal_emit (self, signals[STARTUP_OVERDUE], 0, overdue);

  return TRUE;
}

CordonWorkspace *
cordon_sla_scheduler_get_workspace (CordonSlaScheduler *self)
{
  g_return_val_if_fail (CORDON_IS_SLA_SCHEDULER (self), NULL);

  return self->workspace;
}

CordonClock *
cordon_sla_scheduler_get_clock (CordonSlaScheduler *self)
{
  g_return_val_if_fail (CORDON_IS_SLA_SCHEDULER (self), NULL);

  return self->clock;
}

GArray *
cordon_sla_scheduler_get_deadlines (CordonSlaScheduler *self,
                                    CordonIncident     *incident)
{
  Entry *entry;

  g_return_val_if_fail (CORDON_IS_SLA_SCHEDULER (self), NULL);
  g_return_val_if_fail (CORDON_IS_INCIDENT (incident), NULL);

  entry = g_hash_table_lookup (self->entries, GSIZE_TO_POINTER ((gsize) cordon_incident_get_id (incident)));
  if (entry == NULL)
    return g_array_new (FALSE, FALSE, sizeof (CordonSlaDeadline));

  return compute (self, entry, now_usec (self));
}

void
cordon_sla_scheduler_snooze (CordonSlaScheduler *self,
                             CordonIncident     *incident,
                             CordonSlaKind       kind,
                             gint64              seconds)
{
  Snooze snooze;
  Entry *entry;
  gint64 now;

  g_return_if_fail (CORDON_IS_SLA_SCHEDULER (self));
  g_return_if_fail (CORDON_IS_INCIDENT (incident));
  g_return_if_fail (seconds > 0);

  entry = g_hash_table_lookup (self->entries, GSIZE_TO_POINTER ((gsize) cordon_incident_get_id (incident)));
  if (entry == NULL)
    return;

  now = now_usec (self);
  snooze.kind = kind;
  snooze.until_usec = now + seconds * G_USEC_PER_SEC;

  if (entry->snoozes == NULL)
    entry->snoozes = g_array_new (FALSE, FALSE, sizeof (Snooze));

  /* A new snooze of the same deadline replaces the old one */
  for (guint i = 0; i < entry->snoozes->len; i++)
    {
      if (g_array_index (entry->snoozes, Snooze, i).kind == kind)
        {
          g_array_remove_index (entry->snoozes, i);
          break;
        }
    }
  g_array_append_val (entry->snoozes, snooze);

  if (entry->wake_usec == 0 || snooze.until_usec < entry->wake_usec)
    enqueue (self, entry, snooze.until_usec);
  rearm (self);
}

gint64
cordon_sla_scheduler_get_next_wakeup (CordonSlaScheduler *self)
{
  g_return_val_if_fail (CORDON_IS_SLA_SCHEDULER (self), 0);

  return self->alarm_usec;
}

guint
cordon_sla_scheduler_get_n_tracked (CordonSlaScheduler *self)
{
  g_return_val_if_fail (CORDON_IS_SLA_SCHEDULER (self), 0);

  return g_hash_table_size (self->entries);
}
