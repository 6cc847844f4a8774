/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-incident-page-containment.c: the Containment view of the incident
 * page: the plan's actions in order, each with its status, owner, times,
 * notes and monitoring checks; whether the incident can be marked
 * contained; and the library's strategies that suit the incident's
 * category, to add to the plan. The plan and each action's checks are
 * GListStores kept in step with the workspace and bound to boxed lists;
 * every edit goes to the workspace and its records-changed signal brings
 * the lists back in line.
 */

#define G_LOG_DOMAIN "cordon-incident-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-form.h"
#include "cordon-incident-page-private.h"
#include "cordon-lifecycle.h"
#include "cordon-time.h"

#define SECONDS_PER_HOUR (60 * 60)
#define SECONDS_PER_DAY (24 * SECONDS_PER_HOUR)

static CordonIncidentPage *
page_of (GtkWidget *widget)
{
  return CORDON_INCIDENT_PAGE (gtk_widget_get_ancestor (widget, CORDON_TYPE_INCIDENT_PAGE));
}

static GtkWidget *
flat_icon_button (const char *icon_name,
                  const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);

  return button;
}

static GtkWidget *
evidence_risk_icon (void)
{
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  const char *text = _("May destroy forensic evidence");

  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_tooltip_text (icon, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);

  return icon;
}

static char *
stripped_text (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

/* Sets an entry row's text from the model unless the user is typing in it */
static void
sync_entry_row (GtkWidget  *row,
                const char *text)
{
  GtkRoot *root = gtk_widget_get_root (row);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, row))
    return;

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/**
 * _cordon_incident_page_has_evidence:
 *
 * Whether evidence has been collected for the incident: whether its
 * evidence register holds an item.
 */
gboolean
_cordon_incident_page_has_evidence (CordonIncidentPage *self)
{
  if (self->workspace == NULL || self->incident == NULL)
    return FALSE;

  return cordon_workspace_incident_has_evidence (self->workspace, self->incident);
}

/* A dialog that asks for a line of text ----------------------------------- */

typedef gboolean (*TextCallback) (CordonIncidentPage  *self,
                                  gpointer             record,
                                  const char          *text,
                                  GError             **error);

typedef struct
{
  CordonIncidentPage *self;
  GObject            *record;
  TextCallback        callback;
  /* Borrowed: the dialog owns both and the request */
  AdwMessageDialog   *dialog;
  GtkEditable        *entry;
  gboolean            required;
  gboolean            applied;
} TextRequest;

static void
text_request_free (TextRequest *request)
{
  /* Cancelled: the callback hears it, to show what is stored again */
  if (!request->applied)
    request->callback (request->self, request->record, NULL, NULL);

  g_clear_object (&request->self);
  g_clear_object (&request->record);
  g_free (request);
}

static void
on_text_request_changed (TextRequest *request)
{
  g_autofree char *text = stripped_text (request->entry);

  adw_message_dialog_set_response_enabled (request->dialog, "confirm", !request->required || text[0] != '\0');
}

static gboolean
apply_text_request (AdwMessageDialog  *dialog,
                    gpointer           user_data,
                    GError           **error)
{
  TextRequest *request = user_data;
  g_autofree char *text = stripped_text (request->entry);

  if (!request->callback (request->self, request->record, text, error))
    return FALSE;

  request->applied = TRUE;

  return TRUE;
}

/* Asks for a line of text; @callback gets it, and may refuse it with an
 * error the dialog shows. When the dialog is cancelled @callback gets
 * %NULL. */
GtkWidget *
_cordon_incident_page_ask_text (CordonIncidentPage *self,
                                gpointer            record,
                                const char         *heading,
                                const char         *body,
                                const char         *entry_title,
                                const char         *confirm_label,
                                gboolean            required,
                                TextCallback        callback)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, body);
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *entry = adw_entry_row_new ();
  TextRequest *request = g_new0 (TextRequest, 1);

  request->self = g_object_ref (self);
  request->record = g_object_ref (record);
  request->callback = callback;
  request->dialog = ADW_MESSAGE_DIALOG (dialog);
  request->entry = GTK_EDITABLE (entry);
  request->required = required;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (entry), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), entry_title);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_append (GTK_LIST_BOX (list), entry);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "confirm", confirm_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "confirm", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "confirm");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data (G_OBJECT (dialog), "cordon-entry", entry);
  g_signal_connect_swapped (entry, "notify::text", G_CALLBACK (on_text_request_changed), request);
  on_text_request_changed (request);
  cordon_form_attach (ADW_MESSAGE_DIALOG (dialog), GTK_WIDGET (self), apply_text_request,
                      request, (GDestroyNotify) text_request_free);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);

  return dialog;
}

/* The plan ------------------------------------------------------------------ */

static void
update_contained (CordonIncidentPage *self)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *icon = GTK_WIDGET (self->contained_icon);

  gtk_widget_remove_css_class (icon, "success");
  gtk_widget_remove_css_class (icon, "warning");
  gtk_widget_remove_css_class (icon, "dim-label");

  /* No plan says nothing about containment: neither green nor a warning,
   * and the plan's own placeholder says what to do */
  gtk_widget_set_visible (GTK_WIDGET (self->contained_row), g_list_model_get_n_items (G_LIST_MODEL (self->plan)) > 0);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->plan)) == 0)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->contained_row),
                                     _("No containment plan yet"));
      adw_action_row_set_subtitle (self->contained_row,
                                   _("Add the short-term actions that stop the damage; once each is done or waived, the incident can be marked contained"));
      gtk_image_set_from_icon_name (self->contained_icon, "dialog-information-symbolic");
      gtk_widget_add_css_class (icon, "dim-label");
    }
  else if (cordon_lifecycle_check_contained (G_LIST_MODEL (self->plan), &error))
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->contained_row),
                                     _("The incident can be marked contained"));
      adw_action_row_set_subtitle (self->contained_row, _("Every short-term action is done or waived"));
      gtk_image_set_from_icon_name (self->contained_icon, "emblem-ok-symbolic");
      gtk_widget_add_css_class (icon, "success");
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->contained_row),
                                     _("The incident cannot be marked contained yet"));
      adw_action_row_set_subtitle (self->contained_row, error->message);
      gtk_image_set_from_icon_name (self->contained_icon, "dialog-warning-symbolic");
      gtk_widget_add_css_class (icon, "warning");
    }
}

static GListStore *
checks_of (CordonIncidentPage *self,
           gint64              action_id)
{
  GListStore *checks = g_hash_table_lookup (self->checks, &action_id);

  if (checks == NULL)
    {
      gint64 *key = g_new (gint64, 1);

      *key = action_id;
      checks = g_list_store_new (CORDON_TYPE_MONITORING_CHECK);
      g_hash_table_insert (self->checks, key, checks);
    }

  return checks;
}

static void
append_times (GString          *text,
              CordonPlanAction *action)
{
  GDateTime *started = cordon_plan_action_get_started (action);
  GDateTime *finished = cordon_plan_action_get_finished (action);

  if (started != NULL)
    {
      g_autofree char *display = cordon_time_format_display (started);

      g_string_append (text, " · ");
      /* Translators: when an action started, e.g. "Started 2026-03-01 14:05 UTC" */
      g_string_append_printf (text, _("Started %s"), display);
    }

  if (finished != NULL)
    {
      g_autofree char *display = cordon_time_format_display (finished);

      g_string_append (text, " · ");
      /* Translators: when an action finished, e.g. "Finished 2026-03-01 15:05 UTC" */
      g_string_append_printf (text, _("Finished %s"), display);
    }
}

static void
update_plan_row (GtkWidget *row)
{
  CordonIncidentPage *self = g_object_get_data (G_OBJECT (row), "cordon-page");
  CordonPlanAction *action = g_object_get_data (G_OBJECT (row), "cordon-record");
  GtkDropDown *status = g_object_get_data (G_OBJECT (row), "cordon-status");
  g_autoptr(GString) subtitle = g_string_new (cordon_containment_term_to_label (cordon_plan_action_get_term (action)));
  guint position = 0;
  guint n_actions = g_list_model_get_n_items (G_LIST_MODEL (self->plan));

  g_string_append (subtitle, " · ");
  if (cordon_plan_action_get_owner (action)[0] != '\0')
    /* Translators: who carries out a containment action, e.g. "Owner: Network team" */
    g_string_append_printf (subtitle, _("Owner: %s"), cordon_plan_action_get_owner (action));
  else
    g_string_append (subtitle, _("No owner"));
  append_times (subtitle, action);
  if (cordon_plan_action_get_status (action) == CORDON_ACTION_STATUS_WAIVED)
    {
      g_string_append (subtitle, " · ");
      /* Translators: why a containment action was waived */
      g_string_append_printf (subtitle, _("Waived: %s"), cordon_plan_action_get_waive_reason (action));
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cordon_plan_action_get_title (action));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle->str);
  gtk_drop_down_set_selected (status, cordon_plan_action_get_status (action));
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "cordon-risk"),
                          cordon_plan_action_get_evidence_risk (action));
  sync_entry_row (g_object_get_data (G_OBJECT (row), "cordon-title"), cordon_plan_action_get_title (action));
  sync_entry_row (g_object_get_data (G_OBJECT (row), "cordon-owner"), cordon_plan_action_get_owner (action));
  sync_entry_row (g_object_get_data (G_OBJECT (row), "cordon-notes"), cordon_plan_action_get_notes (action));

  if (g_list_store_find (self->plan, action, &position))
    {
      gtk_widget_set_sensitive (g_object_get_data (G_OBJECT (row), "cordon-up"), position > 0);
      gtk_widget_set_sensitive (g_object_get_data (G_OBJECT (row), "cordon-down"), position + 1 < n_actions);
    }
}

static void
save_action (GtkWidget *row)
{
  CordonIncidentPage *self = page_of (row);
  CordonPlanAction *action = g_object_get_data (G_OBJECT (row), "cordon-record");
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;

  if (!cordon_workspace_update_plan_action (self->workspace, action, &error))
    {
      _cordon_incident_page_show_error (self, error);
      _cordon_incident_page_reload_plan (self);
    }
}

static void
set_status (CordonIncidentPage *self,
            CordonPlanAction   *action,
            CordonActionStatus  status,
            const char         *reason)
{
  g_autoptr(GError) error = NULL;

  if (!cordon_workspace_set_plan_action_status (self->workspace, action, status, reason,
                                                _cordon_incident_page_author (self), &error))
    {
      _cordon_incident_page_show_error (self, error);
      _cordon_incident_page_reload_plan (self);
    }
}

/* The dropdown shows the stored status until a dialog is answered */
static void
show_stored_status (CordonIncidentPage *self,
                    CordonPlanAction   *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->plan_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_object_get_data (G_OBJECT (child), "cordon-record") == action)
        gtk_drop_down_set_selected (g_object_get_data (G_OBJECT (child), "cordon-status"),
                                    cordon_plan_action_get_status (action));
    }
}

static gboolean
on_waive_reason (CordonIncidentPage  *self,
                 gpointer             record,
                 const char          *reason,
                 GError             **error)
{
  CordonPlanAction *action = record;

  if (reason == NULL)
    {
      show_stored_status (self, action);
      return TRUE;
    }

  return cordon_workspace_set_plan_action_status (self->workspace, action, CORDON_ACTION_STATUS_WAIVED, reason,
                                                  _cordon_incident_page_author (self), error);
}

static void
on_evidence_risk_response (AdwMessageDialog *dialog,
                           const char       *response,
                           CordonPlanAction *action)
{
  CordonIncidentPage *self = g_object_get_data (G_OBJECT (dialog), "cordon-page");

  if (g_str_equal (response, "start"))
    set_status (self, action, CORDON_ACTION_STATUS_IN_PROGRESS, NULL);
  else
    show_stored_status (self, action);
}

static void
confirm_evidence_risk (CordonIncidentPage *self,
                       CordonPlanAction   *action)
{
  GtkWidget *dialog;
  g_autofree char *body = NULL;

  /* Translators: the action's title is in quotes */
  body = g_strdup_printf (_("“%s” may destroy forensic evidence, for example by powering a machine off before its memory is captured. "
                            "No evidence has been collected for this incident yet: capture memory, disks and logs first if you can."),
                          cordon_plan_action_get_title (action));
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Start an Action That May Destroy Evidence?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Capture Evidence First"),
                                    "start", _("_Start Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "start", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "cordon-page", g_object_ref (self), g_object_unref);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_evidence_risk_response),
                         g_object_ref (action), (GClosureNotify) g_object_unref, 0);

  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_action_status_selected (GtkDropDown *dropdown,
                           GParamSpec  *pspec,
                           GtkWidget   *row)
{
  CordonIncidentPage *self = page_of (row);
  CordonPlanAction *action = g_object_get_data (G_OBJECT (row), "cordon-record");
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self == NULL || selected > CORDON_ACTION_STATUS_WAIVED ||
      selected == (guint) cordon_plan_action_get_status (action))
    return;

  if (selected == CORDON_ACTION_STATUS_WAIVED)
    {
      _cordon_incident_page_ask_text (self, action, _("Waive the Action?"),
                _("A waived short-term action no longer holds containment open. Say why it is not needed."),
                _("Reason"), _("_Waive"), TRUE, on_waive_reason);
      return;
    }

  if (selected == CORDON_ACTION_STATUS_IN_PROGRESS &&
      cordon_plan_action_get_evidence_risk (action) &&
      !_cordon_incident_page_has_evidence (self))
    {
      confirm_evidence_risk (self, action);
      return;
    }

  set_status (self, action, selected, NULL);
}

static void
on_action_field_apply (AdwEntryRow *entry,
                       GtkWidget   *row)
{
  CordonPlanAction *action = g_object_get_data (G_OBJECT (row), "cordon-record");
  const char *field = g_object_get_data (G_OBJECT (entry), "cordon-field");
  g_autofree char *text = stripped_text (GTK_EDITABLE (entry));

  if (g_str_equal (field, "title"))
    {
      if (text[0] == '\0')
        {
          gtk_editable_set_text (GTK_EDITABLE (entry), cordon_plan_action_get_title (action));
          return;
        }
      cordon_plan_action_set_title (action, text);
    }
  else if (g_str_equal (field, "owner"))
    cordon_plan_action_set_owner (action, text);
  else
    cordon_plan_action_set_notes (action, text);

  save_action (row);
}

static void
move_action (GtkWidget *row,
             int        delta)
{
  CordonIncidentPage *self = page_of (row);
  CordonPlanAction *action = g_object_get_data (G_OBJECT (row), "cordon-record");
  g_autoptr(GError) error = NULL;
  guint position = 0;

  if (self == NULL || !g_list_store_find (self->plan, action, &position) ||
      (delta < 0 && position == 0))
    return;

  if (!cordon_workspace_move_plan_action (self->workspace, action, position + delta, &error))
    _cordon_incident_page_show_error (self, error);
}

static void
on_action_up_clicked (GtkButton *button,
                      GtkWidget *row)
{
  move_action (row, -1);
}

static void
on_action_down_clicked (GtkButton *button,
                        GtkWidget *row)
{
  move_action (row, 1);
}

/* An action put back goes to the place it had in the plan */
static gboolean
re_add_plan_action (CordonWorkspace  *workspace,
                    CordonIncident   *incident,
                    gpointer          copy,
                    GError          **error)
{
  CordonPlanAction *action = copy;
  gint64 position = cordon_plan_action_get_position (action);

  return cordon_workspace_add_plan_action (workspace, incident, action, error) &&
         cordon_workspace_move_plan_action (workspace, action, (guint) MAX (position, 0), error);
}

static void
on_action_remove_clicked (GtkButton *button,
                          GtkWidget *row)
{
  CordonIncidentPage *self = page_of (row);
  g_autoptr(CordonPlanAction) action = g_object_ref (g_object_get_data (G_OBJECT (row), "cordon-record"));
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;

  if (!cordon_workspace_remove_plan_action (self->workspace, action, &error))
    {
      _cordon_incident_page_show_error (self, error);
      return;
    }

  _cordon_incident_page_offer_undo_removal (self, _("Action removed from the plan"), G_OBJECT (action),
                                            re_add_plan_action);
}

/* Reordering by drag and drop: a row carries its action; dropping it on
 * another row puts it in that row's place */
static GdkContentProvider *
on_drag_prepare (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  CordonPlanAction *action = g_object_get_data (G_OBJECT (row), "cordon-record");

  return gdk_content_provider_new_typed (CORDON_TYPE_PLAN_ACTION, action);
}

static void
on_drag_begin (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *row)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *row)
{
  CordonIncidentPage *self = page_of (row);
  CordonPlanAction *dropped = g_value_get_object (value);
  CordonPlanAction *action = g_object_get_data (G_OBJECT (row), "cordon-record");
  g_autoptr(GError) error = NULL;
  guint position = 0;

  if (self == NULL || dropped == NULL || dropped == action ||
      cordon_plan_action_get_incident_id (dropped) != cordon_plan_action_get_incident_id (action) ||
      !g_list_store_find (self->plan, action, &position))
    return FALSE;

  if (!cordon_workspace_move_plan_action (self->workspace, dropped, position, &error))
    {
      _cordon_incident_page_show_error (self, error);
      return FALSE;
    }

  return TRUE;
}

static void
on_plan_row_expanded (AdwExpanderRow     *row,
                      GParamSpec         *pspec,
                      CordonIncidentPage *self)
{
  CordonPlanAction *action = g_object_get_data (G_OBJECT (row), "cordon-record");
  gint64 id = cordon_plan_action_get_id (action);

  if (adw_expander_row_get_expanded (row))
    g_hash_table_add (self->expanded_actions, g_memdup2 (&id, sizeof id));
  else
    g_hash_table_remove (self->expanded_actions, &id);
}

/* Monitoring ---------------------------------------------------------------- */

static char *
describe_check (CordonMonitoringCheck *check)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gint64 days = cordon_monitoring_check_get_duration (check) / SECONDS_PER_DAY;
  gint64 hours = cordon_monitoring_check_get_interval (check) / SECONDS_PER_HOUR;

  if (days > 0)
    /* Translators: how long a check lasts */
    g_string_append_printf (text, ngettext ("For %d day", "For %d days", days), (int) days);
  if (hours > 0)
    {
      if (text->len > 0)
        g_string_append (text, ", ");
      /* Translators: how often a check is made */
      g_string_append_printf (text, ngettext ("every %d hour", "every %d hours", hours), (int) hours);
    }

  switch (cordon_monitoring_check_get_outcome (check))
    {
    case CORDON_MONITORING_OUTCOME_PENDING:
      if (text->len > 0 && (cordon_monitoring_check_get_next_due (check) != NULL ||
                            cordon_monitoring_check_get_ends (check) != NULL))
        g_string_append (text, " · ");
      if (cordon_monitoring_check_get_next_due (check) != NULL)
        {
          g_autofree char *due = cordon_time_format_display (cordon_monitoring_check_get_next_due (check));

          /* Translators: when a monitoring check is next due */
          g_string_append_printf (text, _("Next check due %s"), due);
        }
      else if (cordon_monitoring_check_get_ends (check) != NULL)
        /* Translators: a monitoring check whose period has ended */
        g_string_append (text, _("Period over: record the outcome"));
      break;

    case CORDON_MONITORING_OUTCOME_EFFECTIVE:
    case CORDON_MONITORING_OUTCOME_RECURRENCE_SEEN:
    default:
      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append (text, cordon_monitoring_outcome_to_label (cordon_monitoring_check_get_outcome (check)));
      if (cordon_monitoring_check_get_outcome_notes (check)[0] != '\0')
        {
          g_string_append (text, ": ");
          g_string_append (text, cordon_monitoring_check_get_outcome_notes (check));
        }
      break;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
update_check_row (GtkWidget *row)
{
  CordonMonitoringCheck *check = g_object_get_data (G_OBJECT (row), "cordon-record");
  g_autofree char *subtitle = describe_check (check);
  CordonMonitoringTarget target = cordon_monitoring_check_get_target (check);
  const char *text = cordon_monitoring_check_get_text (check);
  g_autofree char *title = NULL;
  gboolean pending = cordon_monitoring_check_get_outcome (check) == CORDON_MONITORING_OUTCOME_PENDING;

  if (text[0] != '\0')
    /* Translators: what a check watches, then what exactly, e.g. "Outbound traffic: proxy logs" */
    title = g_strdup_printf (_("%s: %s"), cordon_monitoring_target_to_label (target), text);
  else
    title = g_strdup (cordon_monitoring_target_to_label (target));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "cordon-effective"), pending);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "cordon-recurrence"), pending);
}

static gboolean
record_outcome (CordonIncidentPage      *self,
                CordonMonitoringCheck   *check,
                CordonMonitoringOutcome  outcome,
                const char              *notes,
                GError                 **error)
{
  return cordon_workspace_record_monitoring_outcome (self->workspace, check, outcome, notes,
                                                     _cordon_incident_page_author (self), error);
}

static gboolean
on_effective_notes (CordonIncidentPage  *self,
                    gpointer             record,
                    const char          *notes,
                    GError             **error)
{
  return notes == NULL || record_outcome (self, record, CORDON_MONITORING_OUTCOME_EFFECTIVE, notes, error);
}

static gboolean
on_recurrence_notes (CordonIncidentPage  *self,
                     gpointer             record,
                     const char          *notes,
                     GError             **error)
{
  return notes == NULL || record_outcome (self, record, CORDON_MONITORING_OUTCOME_RECURRENCE_SEEN, notes, error);
}

static void
on_effective_clicked (GtkButton *button,
                      GtkWidget *row)
{
  CordonIncidentPage *self = page_of (row);

  if (self != NULL)
    _cordon_incident_page_ask_text (self, g_object_get_data (G_OBJECT (row), "cordon-record"),
              _("Containment Effective?"),
              _("Record that the watch saw no recurrence. This ends the check’s reminders."),
              _("Notes"), _("_Record"), FALSE, on_effective_notes);
}

static void
on_recurrence_clicked (GtkButton *button,
                       GtkWidget *row)
{
  CordonIncidentPage *self = page_of (row);

  if (self != NULL)
    _cordon_incident_page_ask_text (self, g_object_get_data (G_OBJECT (row), "cordon-record"),
              _("Recurrence Seen?"),
              _("Record that the attack came back despite the action. The journal notes it and containment is reopened."),
              _("What was seen"), _("_Record"), FALSE, on_recurrence_notes);
}

static GtkWidget *
create_check_row (gpointer item,
                  gpointer user_data)
{
  CordonMonitoringCheck *check = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("view-reveal-symbolic");
  GtkWidget *effective = gtk_button_new_with_mnemonic (_("_Effective"));
  GtkWidget *recurrence = gtk_button_new_with_mnemonic (_("_Recurrence Seen"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Monitoring check"), -1);
  gtk_widget_set_tooltip_text (icon, _("Monitoring check"));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  gtk_widget_set_valign (effective, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (effective, _("Record that the action worked"));
  gtk_widget_set_valign (recurrence, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (recurrence, _("Record that the attack came back"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), effective);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), recurrence);

  g_object_set_data_full (G_OBJECT (row), "cordon-record", g_object_ref (check), g_object_unref);
  g_object_set_data (G_OBJECT (row), "cordon-effective", effective);
  g_object_set_data (G_OBJECT (row), "cordon-recurrence", recurrence);
  update_check_row (row);

  g_signal_connect_object (check, "notify", G_CALLBACK (update_check_row), row, G_CONNECT_SWAPPED);
  g_signal_connect (effective, "clicked", G_CALLBACK (on_effective_clicked), row);
  g_signal_connect (recurrence, "clicked", G_CALLBACK (on_recurrence_clicked), row);

  return row;
}

typedef struct
{
  CordonIncidentPage *self;
  CordonPlanAction   *action;
  AdwComboRow        *target;
  GtkEditable        *text;
  GtkSpinButton      *days;
  GtkSpinButton      *hours;
} CheckRequest;

static void
check_request_free (CheckRequest *request)
{
  g_clear_object (&request->self);
  g_clear_object (&request->action);
  g_free (request);
}

static gboolean
apply_check (AdwMessageDialog  *dialog,
             gpointer           user_data,
             GError           **error)
{
  CheckRequest *request = user_data;
  g_autoptr(CordonMonitoringCheck) check = NULL;
  g_autofree char *text = NULL;

  text = stripped_text (request->text);
  check = cordon_monitoring_check_new ();
  cordon_monitoring_check_set_target (check, adw_combo_row_get_selected (request->target));
  cordon_monitoring_check_set_text (check, text);
  cordon_monitoring_check_set_duration (check, (gint64) gtk_spin_button_get_value_as_int (request->days) * SECONDS_PER_DAY);
  cordon_monitoring_check_set_interval (check, (gint64) gtk_spin_button_get_value_as_int (request->hours) * SECONDS_PER_HOUR);

  return cordon_workspace_add_monitoring_check (request->self->workspace, request->action, check, error);
}

static GtkSpinButton *
spin_row (GtkWidget  *list,
          const char *title,
          double      max,
          double      value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (1, max, 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  return GTK_SPIN_BUTTON (spin);
}

static void
on_add_check_clicked (GtkButton *button,
                      GtkWidget *row)
{
  CordonIncidentPage *self = page_of (row);
  CordonPlanAction *action = g_object_get_data (G_OBJECT (row), "cordon-record");
  g_autoptr(GtkStringList) targets = gtk_string_list_new (NULL);
  GtkWidget *dialog;
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *target = adw_combo_row_new ();
  GtkWidget *text = adw_entry_row_new ();
  CheckRequest *request;

  if (self == NULL)
    return;

  for (CordonMonitoringTarget t = CORDON_MONITORING_TARGET_ATTACK_VECTOR; t <= CORDON_MONITORING_TARGET_CUSTOM; t++)
    gtk_string_list_append (targets, cordon_monitoring_target_to_label (t));

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Add Monitoring Check"),
                                   _("Watch whether the action works: reminders fall due at each interval until an outcome is recorded."));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (target), _("What is watched"));
  adw_combo_row_set_model (ADW_COMBO_ROW (target), G_LIST_MODEL (targets));
  gtk_list_box_append (GTK_LIST_BOX (list), target);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (text), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (text), _("Details, e.g. the SIEM rule or the segment"));
  gtk_list_box_append (GTK_LIST_BOX (list), text);

  request = g_new0 (CheckRequest, 1);
  request->self = g_object_ref (self);
  request->action = g_object_ref (action);
  request->target = ADW_COMBO_ROW (target);
  request->text = GTK_EDITABLE (text);
  request->days = spin_row (list, _("For how many days"), 365, 14);
  request->hours = spin_row (list, _("Every how many hours"), 24 * 7, 24);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data (G_OBJECT (dialog), "cordon-target", target);
  g_object_set_data (G_OBJECT (dialog), "cordon-text", text);
  g_object_set_data (G_OBJECT (dialog), "cordon-days", request->days);
  g_object_set_data (G_OBJECT (dialog), "cordon-hours", request->hours);
  cordon_form_attach (ADW_MESSAGE_DIALOG (dialog), GTK_WIDGET (self), apply_check,
                      request, (GDestroyNotify) check_request_free);

  gtk_window_present (GTK_WINDOW (dialog));
}

/* Plan rows ------------------------------------------------------------------ */

static void
add_field_row (GtkWidget  *row,
               const char *field,
               const char *title)
{
  GtkWidget *entry = adw_entry_row_new ();
  g_autofree char *key = g_strconcat ("cordon-", field, NULL);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (entry), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (entry), TRUE);
  g_object_set_data (G_OBJECT (entry), "cordon-field", (gpointer) field);
  g_object_set_data (G_OBJECT (row), key, entry);
  g_signal_connect (entry, "apply", G_CALLBACK (on_action_field_apply), row);
  g_signal_connect (entry, "entry-activated", G_CALLBACK (on_action_field_apply), row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), entry);
}

static GtkWidget *
create_plan_row (gpointer item,
                 gpointer user_data)
{
  CordonIncidentPage *self = user_data;
  CordonPlanAction *action = item;
  GtkWidget *row = adw_expander_row_new ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  GtkWidget *status;
  GtkWidget *risk = evidence_risk_icon ();
  GtkWidget *up = flat_icon_button ("go-up-symbolic", _("Move Up"));
  GtkWidget *down = flat_icon_button ("go-down-symbolic", _("Move Down"));
  GtkWidget *remove = flat_icon_button ("user-trash-symbolic", _("Remove Action"));
  GtkWidget *checks = gtk_list_box_new ();
  GtkWidget *add_check = gtk_button_new_with_mnemonic (_("Add _Monitoring Check…"));
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (CORDON_TYPE_PLAN_ACTION, GDK_ACTION_MOVE);

  for (CordonActionStatus s = CORDON_ACTION_STATUS_PLANNED; s <= CORDON_ACTION_STATUS_WAIVED; s++)
    gtk_string_list_append (labels, cordon_action_status_to_label (s));
  status = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (status, _("Action status"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (status), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Action status"), -1);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), risk);
  /* Each action goes before the ones added earlier */
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), down);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), up);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), status);

  g_object_set_data (G_OBJECT (row), "cordon-page", self);
  g_object_set_data_full (G_OBJECT (row), "cordon-record", g_object_ref (action), g_object_unref);
  g_object_set_data (G_OBJECT (row), "cordon-status", status);
  g_object_set_data (G_OBJECT (row), "cordon-risk", risk);
  g_object_set_data (G_OBJECT (row), "cordon-up", up);
  g_object_set_data (G_OBJECT (row), "cordon-down", down);
  g_object_set_data (G_OBJECT (row), "cordon-remove", remove);
  g_object_set_data (G_OBJECT (row), "cordon-checks", checks);
  g_object_set_data (G_OBJECT (row), "cordon-add-check", add_check);

  add_field_row (row, "title", _("Action"));
  add_field_row (row, "owner", _("Owner"));
  add_field_row (row, "notes", _("Notes"));

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (checks), GTK_SELECTION_NONE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (checks), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Monitoring checks"), -1);
  gtk_widget_add_css_class (checks, "plan-checks");
  gtk_list_box_bind_model (GTK_LIST_BOX (checks),
                           G_LIST_MODEL (checks_of (self, cordon_plan_action_get_id (action))),
                           create_check_row, self, NULL);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (checks),
                                _cordon_incident_page_placeholder_new (_("Not monitored yet")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), checks);

  gtk_widget_set_halign (add_check, GTK_ALIGN_END);
  gtk_widget_set_margin_top (add_check, 6);
  gtk_widget_set_margin_bottom (add_check, 6);
  gtk_widget_set_margin_end (add_check, 12);
  gtk_widget_set_tooltip_text (add_check, _("Watch whether the action works"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), add_check);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (on_drop), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));

  update_plan_row (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row),
                                 g_hash_table_contains (self->expanded_actions,
                                                        &(gint64) { cordon_plan_action_get_id (action) }));

  g_signal_connect_object (action, "notify", G_CALLBACK (update_plan_row), row, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (on_plan_row_expanded), self, 0);
  g_signal_connect (status, "notify::selected", G_CALLBACK (on_action_status_selected), row);
  g_signal_connect (up, "clicked", G_CALLBACK (on_action_up_clicked), row);
  g_signal_connect (down, "clicked", G_CALLBACK (on_action_down_clicked), row);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_action_remove_clicked), row);
  g_signal_connect (add_check, "clicked", G_CALLBACK (on_add_check_clicked), row);

  return row;
}

static void
on_custom_action (CordonIncidentPage *self)
{
  g_autofree char *title = stripped_text (GTK_EDITABLE (self->custom_action_row));
  g_autoptr(CordonPlanAction) action = NULL;
  g_autoptr(GError) error = NULL;

  if (title[0] == '\0' || self->incident == NULL)
    return;

  action = cordon_plan_action_new ();
  cordon_plan_action_set_title (action, title);
  if (!cordon_workspace_add_plan_action (self->workspace, self->incident, action, &error))
    {
      _cordon_incident_page_show_error (self, error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->custom_action_row), "");
}

/* Suggestions ---------------------------------------------------------------- */

typedef struct
{
  CordonWorkspace  *workspace;
  CordonPlanAction *action;
} UndoAdd;

static UndoAdd *
undo_add_new (CordonWorkspace  *workspace,
              CordonPlanAction *action)
{
  UndoAdd *undo = g_new0 (UndoAdd, 1);

  undo->workspace = g_object_ref (workspace);
  undo->action = g_object_ref (action);

  return undo;
}

static void
undo_add_free (gpointer data)
{
  UndoAdd *undo = data;

  g_clear_object (&undo->workspace);
  g_clear_object (&undo->action);
  g_free (undo);
}

static gboolean
undo_add_to_plan (gpointer   user_data,
                  GError   **error)
{
  UndoAdd *undo = user_data;

  return cordon_workspace_remove_plan_action (undo->workspace, undo->action, error);
}

static void
on_suggestion_add_clicked (GtkButton *button,
                           GtkWidget *row)
{
  CordonIncidentPage *self = page_of (row);
  CordonStrategy *strategy = g_object_get_data (G_OBJECT (row), "cordon-record");
  g_autoptr(CordonPlanAction) action = cordon_plan_action_new ();
  g_autoptr(GError) error = NULL;

  if (self == NULL || self->incident == NULL)
    return;

  cordon_plan_action_set_strategy (action, cordon_strategy_get_slug (strategy));
  if (!cordon_workspace_add_plan_action (self->workspace, self->incident, action, &error))
    {
      _cordon_incident_page_show_error (self, error);
      return;
    }

  _cordon_incident_page_offer_undo (self, _("Added to the plan"), undo_add_to_plan,
                                    undo_add_new (self->workspace, action), undo_add_free);
}

static char *
describe_strategy (CordonIncidentPage *self,
                   CordonStrategy     *strategy)
{
  g_autoptr(GString) text = g_string_new (NULL);
  CordonFocusArea areas = cordon_strategy_get_focus_areas (strategy);
  g_autoptr(GDateTime) validated = NULL;

  for (CordonFocusArea area = CORDON_FOCUS_AREA_PERIMETER; area <= CORDON_FOCUS_AREA_ENDPOINT; area <<= 1)
    {
      if ((areas & area) == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      g_string_append (text, cordon_focus_area_to_label (area));
    }

  if (text->len > 0)
    g_string_append (text, " · ");
  if (!cordon_workspace_get_last_validated (self->workspace, strategy, &validated, NULL) || validated == NULL)
    g_string_append (text, _("Never validated"));
  else
    {
      g_autofree char *date = g_date_time_format (validated, "%Y-%m-%d");

      /* Translators: when a strategy was last validated, e.g. "Validated 2026-02-01" */
      g_string_append_printf (text, _("Validated %s"), date);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
create_suggestion_row (gpointer item,
                       gpointer user_data)
{
  CordonIncidentPage *self = user_data;
  CordonStrategy *strategy = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *add = flat_icon_button ("list-add-symbolic", _("Add to the Plan"));
  g_autofree char *subtitle = describe_strategy (self, strategy);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cordon_strategy_get_name (strategy));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_tooltip_text (row, cordon_strategy_get_description (strategy));
  if (cordon_strategy_get_evidence_risk (strategy))
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), evidence_risk_icon ());
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), add);

  g_object_set_data_full (G_OBJECT (row), "cordon-record", g_object_ref (strategy), g_object_unref);
  g_object_set_data (G_OBJECT (row), "cordon-add", add);
  g_signal_connect (add, "clicked", G_CALLBACK (on_suggestion_add_clicked), row);

  return row;
}

static gboolean
plan_has_strategy (CordonIncidentPage *self,
                   const char         *slug)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->plan));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonPlanAction) action = g_list_model_get_item (G_LIST_MODEL (self->plan), i);

      if (g_strcmp0 (cordon_plan_action_get_strategy (action), slug) == 0)
        return TRUE;
    }

  return FALSE;
}

/* A strategy already in the plan is not offered twice */
static void
update_suggestions (CordonIncidentPage *self)
{
  GtkListBox *lists[] = { self->short_term_list, self->long_term_list };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      GtkListBoxRow *row;

      for (guint i = 0; (row = gtk_list_box_get_row_at_index (lists[l], i)) != NULL; i++)
        {
          CordonStrategy *strategy = g_object_get_data (G_OBJECT (row), "cordon-record");
          GtkWidget *add = g_object_get_data (G_OBJECT (row), "cordon-add");
          gboolean planned;

          if (strategy == NULL)
            continue;

          planned = plan_has_strategy (self, cordon_strategy_get_slug (strategy));
          gtk_widget_set_sensitive (add, !planned);
          gtk_widget_set_tooltip_text (add, planned ? _("Already in the plan") : _("Add to the Plan"));
        }
    }
}

/* Loading ---------------------------------------------------------------------- */

void
_cordon_incident_page_reload_plan (CordonIncidentPage *self)
{
  g_autoptr(GListModel) plan = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer key;
  guint n;

  if (self->workspace == NULL || self->incident == NULL)
    {
      g_list_store_remove_all (self->plan);
      g_hash_table_remove_all (self->checks);
      g_hash_table_remove_all (self->expanded_actions);
      update_contained (self);
      return;
    }

  if (!(plan = cordon_workspace_list_plan (self->workspace, self->incident, &error)))
    {
      _cordon_incident_page_show_error (self, error);
      return;
    }

  /* Checks first, so that a new row binds a list that is already full */
  n = g_list_model_get_n_items (plan);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonPlanAction) action = g_list_model_get_item (plan, i);
      g_autoptr(GListModel) checks = cordon_workspace_list_monitoring_checks (self->workspace, action, &error);
      GListStore *store = checks_of (self, cordon_plan_action_get_id (action));

      if (checks == NULL)
        {
          _cordon_incident_page_show_error (self, error);
          return;
        }
      _cordon_incident_page_sync_store (store, checks, NULL);
    }

  /* Forget the checks of removed actions */
  g_hash_table_iter_init (&iter, self->checks);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      gboolean found = FALSE;

      for (guint i = 0; i < n && !found; i++)
        {
          g_autoptr(CordonPlanAction) action = g_list_model_get_item (plan, i);

          found = cordon_plan_action_get_id (action) == *(gint64 *) key;
        }
      if (!found)
        {
          g_hash_table_remove (self->expanded_actions, key);
          g_hash_table_iter_remove (&iter);
        }
    }

  _cordon_incident_page_sync_store (self->plan, plan, NULL);

  /* Positions changed: the arrows at either end follow */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->plan_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (g_object_get_data (G_OBJECT (child), "cordon-record") != NULL)
      update_plan_row (child);

  update_contained (self);
  update_suggestions (self);
}

static gboolean
suits (CordonStrategy *strategy,
       const char     *category)
{
  return category[0] != '\0' &&
         g_strv_contains (cordon_strategy_get_categories (strategy), category);
}

void
_cordon_incident_page_reload_suggestions (CordonIncidentPage *self)
{
  g_autoptr(GListModel) strategies = NULL;
  g_autoptr(GError) error = NULL;
  const char *category;
  guint n;

  g_list_store_remove_all (self->short_term);
  g_list_store_remove_all (self->long_term);

  if (self->workspace == NULL || self->incident == NULL)
    return;

  if (!(strategies = cordon_workspace_list_strategies (self->workspace, &error)))
    {
      _cordon_incident_page_show_error (self, error);
      return;
    }

  category = cordon_incident_get_category (self->incident);
  n = g_list_model_get_n_items (strategies);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonStrategy) strategy = g_list_model_get_item (strategies, i);

      if (!suits (strategy, category))
        continue;

      if (cordon_strategy_get_term (strategy) == CORDON_CONTAINMENT_TERM_SHORT)
        g_list_store_append (self->short_term, strategy);
      else
        g_list_store_append (self->long_term, strategy);
    }

  update_suggestions (self);
}

void
_cordon_incident_page_class_init_containment (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, contained_row);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, contained_icon);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, plan_list);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, custom_action_row);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, short_term_list);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, long_term_list);
}

void
_cordon_incident_page_init_containment (CordonIncidentPage *self)
{
  self->plan = g_list_store_new (CORDON_TYPE_PLAN_ACTION);
  self->checks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->expanded_actions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->short_term = g_list_store_new (CORDON_TYPE_STRATEGY);
  self->long_term = g_list_store_new (CORDON_TYPE_STRATEGY);

  gtk_list_box_bind_model (self->plan_list, G_LIST_MODEL (self->plan), create_plan_row, self, NULL);
  gtk_list_box_set_placeholder (self->plan_list,
                                _cordon_incident_page_placeholder_new (_("No actions yet: add suggested strategies below or write a custom action")));
  gtk_list_box_bind_model (self->short_term_list, G_LIST_MODEL (self->short_term), create_suggestion_row, self, NULL);
  gtk_list_box_set_placeholder (self->short_term_list,
                                _cordon_incident_page_placeholder_new (_("No short-term strategy of the library suits this category")));
  gtk_list_box_bind_model (self->long_term_list, G_LIST_MODEL (self->long_term), create_suggestion_row, self, NULL);
  gtk_list_box_set_placeholder (self->long_term_list,
                                _cordon_incident_page_placeholder_new (_("No long-term strategy of the library suits this category")));

  g_signal_connect_object (self->custom_action_row, "apply", G_CALLBACK (on_custom_action), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->custom_action_row, "entry-activated", G_CALLBACK (on_custom_action), self, G_CONNECT_SWAPPED);

  update_contained (self);
}
