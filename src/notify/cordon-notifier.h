/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-notifier.h: desktop notifications for SLA deadlines. The only
 * code in Cordon that talks to libnotify; it takes plain values, so it
 * knows nothing of the SLA engine or the workspace.
 */

#pragma once

#include <gio/gio.h>

#include "cordon-notifier-item.h"

G_BEGIN_DECLS

/**
 * CORDON_NOTIFIER_SUMMARY_THRESHOLD:
 *
 * cordon_notifier_summary() shows one notification per deadline when at
 * most this many incidents are concerned, and a single notification that
 * names them all when more are.
 */
#define CORDON_NOTIFIER_SUMMARY_THRESHOLD 3

#define CORDON_TYPE_NOTIFIER (cordon_notifier_get_type ())

G_DECLARE_FINAL_TYPE (CordonNotifier, cordon_notifier, CORDON, NOTIFIER, GObject)

/**
 * cordon_notifier_new:
 * @application: the application whose actions the notifications' buttons
 *   activate: `app.show-incident` (s: key), `app.acknowledge-incident`
 *   (s: key) and `app.snooze-deadline` ((ss): key, deadline id)
 *
 * The first notifier initialises libnotify and the last one to go
 * uninitialises it. Notifications keep working only while their notifier
 * lives and the main loop runs: libnotify delivers button presses to the
 * object that showed them.
 *
 * Returns: (transfer full): a new notifier
 */
CordonNotifier *cordon_notifier_new                  (GApplication   *application);

GApplication   *cordon_notifier_get_application      (CordonNotifier *self);

gboolean        cordon_notifier_get_exercise         (CordonNotifier *self);

/**
 * cordon_notifier_set_exercise:
 *
 * Marks every later notification as an exercise: its summary starts with
 * "Exercise:" and it carries the hint `x-cordon-exercise`.
 */
void            cordon_notifier_set_exercise         (CordonNotifier *self,
                                                      gboolean        exercise);

/**
 * cordon_notifier_set_action_group:
 * @group: (nullable) (transfer none): where the notifications' buttons
 *   send their actions (`show-incident`, `acknowledge-incident`,
 *   `snooze-deadline`), e.g. an exercise window with its own workspace;
 *   %NULL for the application. Not kept alive by the notifier.
 */
void            cordon_notifier_set_action_group     (CordonNotifier *self,
                                                      GActionGroup   *group);

/**
 * cordon_notifier_deadline:
 * @incident_key: "INC-2026-0042"
 * @incident_title: (nullable): the incident's title, shown in the body
 * @deadline_id: "response", "resolution", "first-update" or "next-update"
 * @deadline_label: (nullable): the deadline's translated name, "Response"
 * @breached: %FALSE for a warning (normal urgency), %TRUE for a breach
 *   (critical urgency)
 * @due_usec: when the deadline falls (microseconds since the Unix epoch)
 * @now_usec: the time to count from, so that an exercise clock works too
 *
 * Shows a warning or a breach notification. Each incident × deadline ×
 * (warning | breach) is shown once in the notifier's lifetime; a breach
 * takes the place of the warning of the same deadline when that is still
 * on screen.
 *
 * Returns: %TRUE if a notification was sent, %FALSE if this one had
 *   already been shown (or the notification server refused it)
 */
gboolean        cordon_notifier_deadline             (CordonNotifier *self,
                                                      const char     *incident_key,
                                                      const char     *incident_title,
                                                      const char     *deadline_id,
                                                      const char     *deadline_label,
                                                      gboolean        breached,
                                                      gint64          due_usec,
                                                      gint64          now_usec);

/**
 * cordon_notifier_monitoring:
 * @incident_key: "INC-2026-0042"
 * @incident_title: (nullable): the incident's title, shown in the body
 * @check_id: the monitoring check's id
 * @watched: what is watched, e.g. "outbound traffic"
 * @action_title: the containment action it watches
 * @final: %TRUE when the check's period is over and its outcome is
 *   wanted
 *
 * Shows that a monitoring check is due (normal urgency), with Open
 * incident. The workspace tells each reminder once, so every call shows
 * one; a later reminder of the same check replaces an earlier one still
 * on screen.
 *
 * Returns: %TRUE if a notification was sent
 */
gboolean        cordon_notifier_monitoring           (CordonNotifier *self,
                                                      const char     *incident_key,
                                                      const char     *incident_title,
                                                      gint64          check_id,
                                                      const char     *watched,
                                                      const char     *action_title,
                                                      gboolean        final);

/**
 * cordon_notifier_summary:
 * @items: (element-type CordonNotifierItem): the deadlines already in
 *   their warning window or breached when the application starts
 * @now_usec: the time to count from
 *
 * Reports the deadlines found due at start-up. Items already shown are
 * skipped. When the rest concern more than
 * %CORDON_NOTIFIER_SUMMARY_THRESHOLD incidents, one notification names
 * them all (critical if any is breached) and each item counts as shown;
 * otherwise each item gets its own notification, as from
 * cordon_notifier_deadline().
 *
 * Returns: the number of notifications sent
 */
guint           cordon_notifier_summary              (CordonNotifier *self,
                                                      GPtrArray      *items,
                                                      gint64          now_usec);

/**
 * cordon_notifier_withdraw:
 *
 * Closes every notification of @incident_key still on screen, for
 * example once it is acknowledged or closed. What was shown still counts
 * as shown: a withdrawn notification does not come back.
 */
void            cordon_notifier_withdraw             (CordonNotifier *self,
                                                      const char     *incident_key);

/**
 * cordon_notifier_forget:
 *
 * Forgets that the deadline's warning and breach were shown, so that they
 * can be shown again: for a deadline re-timed by a reclassification or a
 * pause. Snoozing a deadline from its notification does this by itself.
 */
void            cordon_notifier_forget               (CordonNotifier *self,
                                                      const char     *incident_key,
                                                      const char     *deadline_id);

/**
 * cordon_notifier_get_activation_token:
 *
 * While a notification's button is being handled (in
 * #CordonNotifier::action-invoked and in the application action it
 * activates), the token the notification server gave to raise a window
 * with; %NULL otherwise or when the server gave none.
 */
const char     *cordon_notifier_get_activation_token (CordonNotifier *self);

G_END_DECLS
