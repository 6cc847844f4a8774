/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-incident-page-recovery.c: the Recovery view of the incident page
 * — the checklist in its three stages with their progress, the compromise
 * time, legal considerations and forensic scope, the restore decision and
 * the root cause — and the Review view: the lessons-learned review, the
 * incident's metrics, follow-up actions and the timeline from the journal.
 */

#define G_LOG_DOMAIN "cordon-incident-page"

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "cordon-checklist.h"
#include "cordon-form.h"
#include "cordon-incident-page-private.h"
#include "cordon-time.h"


enum {
  METRIC_ACKNOWLEDGE,
  METRIC_CONTAIN,
  METRIC_RECOVER,
  METRIC_MET,
  METRIC_BREACHED,
};

static CordonIncidentPage *
page_of (GtkWidget *widget)
{
  return CORDON_INCIDENT_PAGE (gtk_widget_get_ancestor (widget, CORDON_TYPE_INCIDENT_PAGE));
}

static char *
stripped_text (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

/* For the fields that take a time as typed: ISO 8601 */
static char *
format_time (GDateTime *time)
{
  if (time == NULL)
    return NULL;

  return cordon_time_to_iso8601_compact (cordon_time_from_date_time (time));
}

/* For reading: "2026-03-01 09:30 UTC" */
static char *
display_time (GDateTime *time)
{
  if (time == NULL)
    return NULL;

  return cordon_time_format_display (time);
}

/* Sets an entry row's text unless the user is typing in it */
static void
sync_entry_row (AdwEntryRow *row,
                const char  *text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (row));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (row)))
    return;

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text != NULL ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static GtkListBox *
boxed_list (const char *label)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  return GTK_LIST_BOX (list);
}

static AdwPreferencesGroup *
add_group (AdwPreferencesPage *page,
           const char         *title,
           const char         *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));

  return ADW_PREFERENCES_GROUP (group);
}

static AdwEntryRow *
entry_row (const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);

  return ADW_ENTRY_ROW (row);
}

static AdwActionRow *
action_row (const char *title)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  return ADW_ACTION_ROW (row);
}

static GtkButton *
text_button (const char *label,
             const char *action_name)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  if (action_name != NULL)
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);

  return GTK_BUTTON (button);
}

static GtkTextView *
text_card (GtkWidget  **out_scroller,
           const char  *label)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 72);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 200);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_widget_add_css_class (scroller, "card");
  gtk_widget_add_css_class (scroller, "incident-text");
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  *out_scroller = scroller;

  return GTK_TEXT_VIEW (view);
}

static char *
text_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_text_view_text (GtkTextView *view,
                    const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autofree char *current = text_view_text (view);

  /* Keep what the lead is writing */
  if (gtk_text_buffer_get_modified (buffer) || g_strcmp0 (current, text) == 0)
    return;

  gtk_text_buffer_set_text (buffer, text, -1);
  gtk_text_buffer_set_modified (buffer, FALSE);
}

/* Checklist rows --------------------------------------------------------- */

static void
update_item_row (GtkWidget *row)
{
  CordonRecoveryItem *item = g_object_get_data (G_OBJECT (row), "cordon-record");
  GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "cordon-check");
  GtkButton *na_button = g_object_get_data (G_OBJECT (row), "cordon-na-button");
  CordonItemStatus status = cordon_recovery_item_get_status (item);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *done = display_time (cordon_recovery_item_get_done (item));
  g_autofree char *due = format_time (cordon_recovery_item_get_due (item));
  g_autofree char *due_display = display_time (cordon_recovery_item_get_due (item));

  if (status == CORDON_ITEM_STATUS_DONE)
    g_string_append_printf (subtitle, _("Done %s"), done);
  else if (status == CORDON_ITEM_STATUS_NOT_APPLICABLE)
    g_string_append_printf (subtitle, _("Not applicable: %s"), cordon_recovery_item_get_reason (item));
  else if (due != NULL)
    g_string_append_printf (subtitle, _("Due %s"), due_display);
  else
    g_string_append (subtitle, _("Open"));

  if (cordon_recovery_item_get_owner (item)[0] != '\0')
    g_string_append_printf (subtitle, " · %s", cordon_recovery_item_get_owner (item));

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle->str);

  g_object_set_data (G_OBJECT (check), "cordon-updating", GINT_TO_POINTER (1));
  gtk_check_button_set_active (check, status == CORDON_ITEM_STATUS_DONE);
  g_object_set_data (G_OBJECT (check), "cordon-updating", NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (check), status != CORDON_ITEM_STATUS_NOT_APPLICABLE);

  gtk_button_set_label (na_button, status == CORDON_ITEM_STATUS_NOT_APPLICABLE ? _("_Reopen") : _("_Not Applicable…"));
  /* A done item is reopened by its check button */
  gtk_widget_set_visible (GTK_WIDGET (na_button), status != CORDON_ITEM_STATUS_DONE);

  sync_entry_row (g_object_get_data (G_OBJECT (row), "cordon-owner"), cordon_recovery_item_get_owner (item));
  sync_entry_row (g_object_get_data (G_OBJECT (row), "cordon-due"), due);
  sync_entry_row (g_object_get_data (G_OBJECT (row), "cordon-evidence"), cordon_recovery_item_get_evidence (item));
  sync_entry_row (g_object_get_data (G_OBJECT (row), "cordon-notes"), cordon_recovery_item_get_notes (item));
}

static void
set_item_status (CordonIncidentPage *self,
                 CordonRecoveryItem *item,
                 CordonItemStatus    status,
                 const char         *reason)
{
  g_autoptr(GError) error = NULL;

  if (!cordon_workspace_set_recovery_item_status (self->workspace, item, status, reason,
                                                  _cordon_incident_page_author (self), &error))
    {
      _cordon_incident_page_show_error (self, error);
      _cordon_incident_page_reload_recovery (self);
    }
}

static void
on_item_toggled (GtkCheckButton *check,
                 GtkWidget      *row)
{
  CordonRecoveryItem *item = g_object_get_data (G_OBJECT (row), "cordon-record");
  gboolean active = gtk_check_button_get_active (check);

  if (g_object_get_data (G_OBJECT (check), "cordon-updating") != NULL)
    return;

  if (active == (cordon_recovery_item_get_status (item) == CORDON_ITEM_STATUS_DONE))
    return;

  set_item_status (page_of (row), item, active ? CORDON_ITEM_STATUS_DONE : CORDON_ITEM_STATUS_OPEN, NULL);
}

static gboolean
on_not_applicable_reason (CordonIncidentPage  *self,
                          gpointer             record,
                          const char          *text,
                          GError             **error)
{
  return text == NULL ||
         cordon_workspace_set_recovery_item_status (self->workspace, record, CORDON_ITEM_STATUS_NOT_APPLICABLE, text,
                                                    _cordon_incident_page_author (self), error);
}

static void
on_not_applicable_clicked (GtkButton *button,
                           GtkWidget *row)
{
  CordonIncidentPage *self = page_of (row);
  CordonRecoveryItem *item = g_object_get_data (G_OBJECT (row), "cordon-record");

  if (cordon_recovery_item_get_status (item) == CORDON_ITEM_STATUS_NOT_APPLICABLE)
    {
      set_item_status (self, item, CORDON_ITEM_STATUS_OPEN, NULL);
      return;
    }

  _cordon_incident_page_ask_text (self, item, _("Not Applicable?"),
                                  _("Say why this item does not apply to the incident; the reason goes in the journal."),
                                  _("Reason"), _("_Mark Not Applicable"), TRUE, on_not_applicable_reason);
}

static void
on_item_field_apply (AdwEntryRow *entry,
                     GtkWidget   *row)
{
  CordonIncidentPage *self = page_of (row);
  CordonRecoveryItem *item = g_object_get_data (G_OBJECT (row), "cordon-record");
  g_autoptr(CordonRecoveryItem) edited = cordon_recovery_item_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *due_text = stripped_text (g_object_get_data (G_OBJECT (row), "cordon-due"));
  g_autofree char *owner = stripped_text (g_object_get_data (G_OBJECT (row), "cordon-owner"));
  g_autofree char *evidence = stripped_text (g_object_get_data (G_OBJECT (row), "cordon-evidence"));
  g_autofree char *notes = stripped_text (g_object_get_data (G_OBJECT (row), "cordon-notes"));
  g_autoptr(GDateTime) due = NULL;
  gint64 usec;

  if (due_text[0] != '\0')
    {
      if (!cordon_time_parse_iso8601 (due_text, &usec))
        {
          g_set_error (&error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                       _("The due time “%s” is not a date and time such as 2026-03-01T09:30:00Z"), due_text);
          _cordon_incident_page_show_error (self, error);
          return;
        }
      due = cordon_time_to_date_time (usec);
    }

  cordon_recovery_item_set_id (edited, cordon_recovery_item_get_id (item));
  cordon_recovery_item_set_owner (edited, owner);
  cordon_recovery_item_set_due (edited, due);
  cordon_recovery_item_set_evidence (edited, evidence);
  cordon_recovery_item_set_notes (edited, notes);

  if (!cordon_workspace_update_recovery_item (self->workspace, edited, &error))
    _cordon_incident_page_show_error (self, error);
}

static AdwEntryRow *
add_item_field (AdwExpanderRow *expander,
                GtkWidget      *row,
                const char     *key,
                const char     *title)
{
  AdwEntryRow *field = entry_row (title);

  g_object_set_data (G_OBJECT (row), key, field);
  g_signal_connect_object (field, "apply", G_CALLBACK (on_item_field_apply), row, 0);
  adw_expander_row_add_row (expander, GTK_WIDGET (field));

  return field;
}

/* Each row is an expander: the check box, title and status, with the
 * description, owner, due time, evidence and notes inside */
static GtkWidget *
create_item_row (gpointer item,
                 gpointer user_data)
{
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkButton *na_button = text_button (_("_Not Applicable…"), NULL);
  GtkWidget *row = expander;
  const char *description = cordon_recovery_item_get_description (item);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), cordon_recovery_item_get_title (item));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cordon_recovery_item_get_title (item), -1);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (expander), check);
  gtk_widget_add_css_class (GTK_WIDGET (na_button), "flat");
  adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), GTK_WIDGET (na_button));
  gtk_widget_set_name (expander, cordon_recovery_item_get_slug (item));

  g_object_set_data_full (G_OBJECT (row), "cordon-record", g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (row), "cordon-check", check);
  g_object_set_data (G_OBJECT (row), "cordon-na-button", na_button);

  if (description[0] != '\0')
    {
      GtkWidget *label = gtk_label_new (description);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_margin_start (label, 12);
      gtk_widget_set_margin_end (label, 12);
      gtk_widget_set_margin_top (label, 12);
      gtk_widget_set_margin_bottom (label, 12);
      gtk_widget_add_css_class (label, "dim-label");
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), label);
    }
  add_item_field (ADW_EXPANDER_ROW (expander), row, "cordon-owner", _("Owner"));
  add_item_field (ADW_EXPANDER_ROW (expander), row, "cordon-due", _("Due (e.g. 2026-03-01T09:30:00Z)"));
  add_item_field (ADW_EXPANDER_ROW (expander), row, "cordon-evidence", _("Evidence of Completion"));
  add_item_field (ADW_EXPANDER_ROW (expander), row, "cordon-notes", _("Notes"));

  g_signal_connect_object (check, "toggled", G_CALLBACK (on_item_toggled), row, 0);
  g_signal_connect_object (na_button, "clicked", G_CALLBACK (on_not_applicable_clicked), row, 0);
  g_signal_connect_object (item, "notify", G_CALLBACK (update_item_row), row, G_CONNECT_SWAPPED);

  update_item_row (row);

  return row;
}

/* Follow-ups and timeline rows --------------------------------------------- */

static void
update_follow_up_row (GtkWidget *row)
{
  CordonFollowUp *follow_up = g_object_get_data (G_OBJECT (row), "cordon-record");
  GtkCheckButton *check = g_object_get_data (G_OBJECT (row), "cordon-check");
  g_autofree char *due = display_time (cordon_follow_up_get_due (follow_up));
  g_autofree char *subtitle = NULL;
  const char *owner = cordon_follow_up_get_owner (follow_up);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cordon_follow_up_get_text (follow_up));
  subtitle = g_strdup_printf (_("%s · due %s"), owner[0] != '\0' ? owner : _("No owner"),
                              due != NULL ? due : _("not set"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  g_object_set_data (G_OBJECT (check), "cordon-updating", GINT_TO_POINTER (1));
  gtk_check_button_set_active (check, cordon_follow_up_get_done (follow_up) != NULL);
  g_object_set_data (G_OBJECT (check), "cordon-updating", NULL);
}

static void
on_follow_up_toggled (GtkCheckButton *check,
                      GtkWidget      *row)
{
  CordonIncidentPage *self = page_of (row);
  CordonFollowUp *follow_up = g_object_get_data (G_OBJECT (row), "cordon-record");
  g_autoptr(CordonFollowUp) edited = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GError) error = NULL;

  if (g_object_get_data (G_OBJECT (check), "cordon-updating") != NULL)
    return;

  edited = cordon_follow_up_new ();
  cordon_follow_up_set_id (edited, cordon_follow_up_get_id (follow_up));
  cordon_follow_up_set_text (edited, cordon_follow_up_get_text (follow_up));
  cordon_follow_up_set_owner (edited, cordon_follow_up_get_owner (follow_up));
  cordon_follow_up_set_due (edited, cordon_follow_up_get_due (follow_up));
  if (gtk_check_button_get_active (check))
    now = cordon_clock_now (cordon_workspace_get_clock (self->workspace));
  cordon_follow_up_set_done (edited, now);

  if (!cordon_workspace_update_follow_up (self->workspace, edited, &error))
    _cordon_incident_page_show_error (self, error);
}

static GtkWidget *
create_follow_up_row (gpointer item,
                      gpointer user_data)
{
  AdwActionRow *row = action_row (cordon_follow_up_get_text (item));
  GtkWidget *check = gtk_check_button_new ();

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cordon_follow_up_get_text (item), -1);
  adw_action_row_add_prefix (row, check);
  adw_action_row_set_activatable_widget (row, check);
  g_object_set_data_full (G_OBJECT (row), "cordon-record", g_object_ref (item), g_object_unref);
  g_object_set_data (G_OBJECT (row), "cordon-check", check);
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_follow_up_toggled), row, 0);
  g_signal_connect_object (item, "notify", G_CALLBACK (update_follow_up_row), row, G_CONNECT_SWAPPED);
  update_follow_up_row (GTK_WIDGET (row));

  return GTK_WIDGET (row);
}

static GtkWidget *
create_timeline_row (gpointer item,
                     gpointer user_data)
{
  CordonIncidentPage *self = user_data;
  AdwActionRow *row = action_row (cordon_journal_entry_get_text (item));
  GtkWidget *icon = gtk_image_new_from_icon_name (_cordon_incident_page_journal_icon (cordon_journal_entry_get_kind (item)));
  g_autofree char *when = display_time (cordon_journal_entry_get_time (item));
  g_autofree char *subtitle = g_strdup_printf ("%s · %s · %s", when,
                                               cordon_journal_kind_to_label (cordon_journal_entry_get_kind (item)),
                                               cordon_journal_entry_get_author (item));

  (void) self;
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cordon_journal_kind_to_label (cordon_journal_entry_get_kind (item)), -1);
  adw_action_row_add_prefix (row, icon);
  adw_action_row_set_subtitle (row, subtitle);
  adw_action_row_set_subtitle_lines (row, 1);
  adw_action_row_set_title_lines (row, 3);

  return GTK_WIDGET (row);
}

/* Recovery fields and the decision ----------------------------------------- */

static void
save_fields (CordonIncidentPage *self)
{
  CordonRecoveryView *view = self->recovery;
  g_autoptr(CordonRecovery) edited = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *compromised_text = stripped_text (GTK_EDITABLE (view->compromised_row));
  g_autofree char *legal = stripped_text (GTK_EDITABLE (view->legal_row));
  g_autofree char *scope = stripped_text (GTK_EDITABLE (view->scope_row));
  g_autofree char *root_cause = stripped_text (GTK_EDITABLE (view->root_cause_row));
  g_autoptr(GDateTime) compromised = NULL;
  gint64 usec;

  if (view->fields == NULL)
    return;

  if (compromised_text[0] != '\0')
    {
      if (!cordon_time_parse_iso8601 (compromised_text, &usec))
        {
          g_set_error (&error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                       _("The compromise time “%s” is not a date and time such as 2026-03-01T09:30:00Z"),
                       compromised_text);
          _cordon_incident_page_show_error (self, error);
          return;
        }
      compromised = cordon_time_to_date_time (usec);
    }

  edited = cordon_recovery_new ();
  cordon_recovery_set_incident_id (edited, cordon_incident_get_id (self->incident));
  cordon_recovery_set_compromised (edited, compromised);
  cordon_recovery_set_legal (edited, legal);
  cordon_recovery_set_forensic_scope (edited, scope);
  cordon_recovery_set_root_cause (edited, root_cause);

  if (!cordon_workspace_save_recovery (self->workspace, edited, _cordon_incident_page_author (self), &error))
    _cordon_incident_page_show_error (self, error);
}

typedef struct
{
  CordonIncidentPage *self;
  GtkDropDown        *decision;
  GtkEditable        *reason;
  GtkEditable        *restore_point;
} DecisionRequest;

static void
decision_request_free (DecisionRequest *request)
{
  g_clear_object (&request->self);
  g_free (request);
}

static gboolean
apply_decision (AdwMessageDialog  *dialog,
                gpointer           user_data,
                GError           **error)
{
  DecisionRequest *request = user_data;
  CordonIncidentPage *self = request->self;
  g_autofree char *reason = NULL;
  g_autofree char *point_text = NULL;
  g_autoptr(GDateTime) point = NULL;
  CordonRestoreDecision decision;
  gint64 usec;

  if (self->incident == NULL)
    return TRUE;

  decision = CORDON_RESTORE_DECISION_NONE + gtk_drop_down_get_selected (request->decision);
  reason = stripped_text (request->reason);
  point_text = stripped_text (request->restore_point);

  if (point_text[0] != '\0')
    {
      if (!cordon_time_parse_iso8601 (point_text, &usec))
        {
          g_set_error (error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                       _("The restore point “%s” is not a date and time such as 2026-03-01T09:30:00Z"), point_text);
          return FALSE;
        }
      point = cordon_time_to_date_time (usec);
    }

  return cordon_workspace_set_restore_decision (self->workspace, self->incident, decision, reason, point,
                                                _cordon_incident_page_author (self), error);
}

static GtkEditable *
dialog_entry (GtkListBox *list,
              const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_append (list, row);

  return GTK_EDITABLE (row);
}

static void
decide_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (widget);
  CordonRecoveryView *view = self->recovery;
  g_autoptr(GtkStringList) decisions = gtk_string_list_new (NULL);
  DecisionRequest *request = g_new0 (DecisionRequest, 1);
  GtkListBox *list = boxed_list (_("Restore decision"));
  GtkWidget *dialog;
  AdwActionRow *choice;
  GtkWidget *dropdown;
  g_autofree char *point = NULL;

  for (CordonRestoreDecision d = CORDON_RESTORE_DECISION_NONE; d <= CORDON_RESTORE_DECISION_RESTORE; d++)
    gtk_string_list_append (decisions, cordon_restore_decision_to_label (d));

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Restore Decision"),
                                   _("Decide whether to start business continuity, disaster recovery or a restore "
                                     "from backup, and say why. The restore point must predate the compromise."));
  choice = action_row (_("Decision"));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (decisions)), NULL);
  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Decision"), -1);
  adw_action_row_add_suffix (choice, dropdown);
  gtk_list_box_append (list, GTK_WIDGET (choice));
  if (view->fields != NULL && cordon_recovery_get_decision (view->fields) != CORDON_RESTORE_DECISION_UNDECIDED)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown),
                                cordon_recovery_get_decision (view->fields) - CORDON_RESTORE_DECISION_NONE);
  else
    gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), CORDON_RESTORE_DECISION_RESTORE - CORDON_RESTORE_DECISION_NONE);

  request->self = g_object_ref (self);
  request->decision = GTK_DROP_DOWN (dropdown);
  request->reason = dialog_entry (list, _("Reason"));
  request->restore_point = dialog_entry (list, _("Restore Point (e.g. 2026-03-01T02:00:00Z)"));
  if (view->fields != NULL)
    {
      gtk_editable_set_text (request->reason, cordon_recovery_get_decision_reason (view->fields));
      point = format_time (cordon_recovery_get_restore_point (view->fields));
      gtk_editable_set_text (request->restore_point, point != NULL ? point : "");
    }

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), GTK_WIDGET (list));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "record", _("_Record Decision"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "record", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "record");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  cordon_form_attach (ADW_MESSAGE_DIALOG (dialog), widget, apply_decision,
                      request, (GDestroyNotify) decision_request_free);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
start_checklist_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (widget);
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;

  if (self->incident == NULL)
    return;

  if (!(items = cordon_workspace_start_checklist (self->workspace, self->incident,
                                                  _cordon_incident_page_author (self), &error)))
    _cordon_incident_page_show_error (self, error);
}

/* Review actions --------------------------------------------------------- */

static void
save_review_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (widget);
  CordonRecoveryView *view = self->recovery;
  g_autoptr(CordonReview) edited = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *well = text_view_text (view->went_well_view);
  g_autofree char *badly = text_view_text (view->went_badly_view);

  if (self->incident == NULL)
    return;

  edited = cordon_review_new ();
  cordon_review_set_incident_id (edited, cordon_incident_get_id (self->incident));
  cordon_review_set_went_well (edited, g_strstrip (well));
  cordon_review_set_went_badly (edited, g_strstrip (badly));

  if (!cordon_workspace_save_review (self->workspace, edited, &error))
    {
      _cordon_incident_page_show_error (self, error);
      return;
    }

  gtk_text_buffer_set_modified (gtk_text_view_get_buffer (view->went_well_view), FALSE);
  gtk_text_buffer_set_modified (gtk_text_view_get_buffer (view->went_badly_view), FALSE);
  _cordon_incident_page_reload_recovery (self);
}

static void
complete_review_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->incident == NULL)
    return;

  /* What is written and not saved belongs to the review */
  save_review_action (widget, NULL, NULL);
  if (!cordon_workspace_complete_review (self->workspace, self->incident,
                                         _cordon_incident_page_author (self), &error))
    _cordon_incident_page_show_error (self, error);
}

static gboolean
on_skip_reason (CordonIncidentPage  *self,
                gpointer             record,
                const char          *text,
                GError             **error)
{
  return text == NULL ||
         cordon_workspace_skip_review (self->workspace, record, text, _cordon_incident_page_author (self), error);
}

static void
skip_review_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (widget);

  if (self->incident == NULL)
    return;

  _cordon_incident_page_ask_text (self, self->incident, _("Skip the Review?"),
                                  _("The incident can close without a lessons-learned review when there is a reason, "
                                    "such as a false positive. The reason goes in the journal."),
                                  _("Reason"), _("_Skip Review"), TRUE, on_skip_reason);
}

static void
on_new_follow_up (CordonIncidentPage *self)
{
  CordonRecoveryView *view = self->recovery;
  g_autoptr(CordonFollowUp) follow_up = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = stripped_text (GTK_EDITABLE (view->new_follow_up_row));
  g_autofree char *owner = stripped_text (GTK_EDITABLE (view->follow_up_owner_row));
  g_autofree char *due_text = stripped_text (GTK_EDITABLE (view->follow_up_due_row));
  gint64 usec;

  if (self->incident == NULL)
    return;

  if (due_text[0] != '\0')
    {
      if (!cordon_time_parse_iso8601 (due_text, &usec))
        {
          g_set_error (&error, CORDON_WORKSPACE_ERROR, CORDON_WORKSPACE_ERROR_INVALID,
                       _("The due time “%s” is not a date and time such as 2026-03-01T09:30:00Z"), due_text);
          _cordon_incident_page_show_error (self, error);
          return;
        }
      due = cordon_time_to_date_time (usec);
    }

  follow_up = cordon_follow_up_new ();
  cordon_follow_up_set_text (follow_up, text);
  cordon_follow_up_set_owner (follow_up, owner);
  cordon_follow_up_set_due (follow_up, due);

  if (!cordon_workspace_add_follow_up (self->workspace, self->incident, follow_up, &error))
    {
      _cordon_incident_page_show_error (self, error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (view->new_follow_up_row), "");
  gtk_editable_set_text (GTK_EDITABLE (view->follow_up_owner_row), "");
  gtk_editable_set_text (GTK_EDITABLE (view->follow_up_due_row), "");
}

/* Reloading ---------------------------------------------------------------- */

static void
update_progress (CordonIncidentPage *self)
{
  CordonRecoveryView *view = self->recovery;
  GListModel *items = G_LIST_MODEL (view->items);
  guint n = g_list_model_get_n_items (items);
  CordonChecklistProgress overall = cordon_checklist_get_progress (items, -1, view->offered);
  CordonPhase phase = self->incident != NULL ? cordon_incident_get_phase (self->incident) : CORDON_PHASE_DETECTED;
  g_autofree char *state = NULL;

  gtk_widget_set_visible (GTK_WIDGET (view->start_button), n == 0 && self->incident != NULL);
  gtk_widget_set_visible (GTK_WIDGET (view->overall_bar), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (view->fields_group), n > 0);
  for (guint stage = 0; stage < CORDON_RECOVERY_N_STAGES; stage++)
    gtk_widget_set_visible (GTK_WIDGET (view->stage_groups[stage]), n > 0);

  if (n == 0)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (view->state_row), _("Not started"));
      if (phase < CORDON_PHASE_CONTAINMENT)
        adw_action_row_set_subtitle (view->state_row,
                                     _("Recovery follows analysis and containment. Start the checklist now to collect "
                                       "forensic evidence early; it is made from the template for the incident’s category."));
      else
        adw_action_row_set_subtitle (view->state_row,
                                     _("Start the checklist to work through forensic evidence, recovery from backup and "
                                       "remediation; it is made from the template for the incident’s category."));
      return;
    }

  state = g_strdup_printf (_("%u of %u items settled"), overall.settled, overall.total);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (view->state_row), state);
  adw_action_row_set_subtitle (view->state_row,
                               overall.settled == overall.total
                                 ? _("Every item is done or set aside with a reason")
                                 : _("Done items and items marked not applicable with a reason count as settled"));
  gtk_level_bar_set_value (view->overall_bar, overall.total > 0 ? (double) overall.settled / overall.total : 0);

  for (guint stage = 0; stage < CORDON_RECOVERY_N_STAGES; stage++)
    {
      CordonChecklistProgress progress = cordon_checklist_get_progress (items, stage, TRUE);
      g_autofree char *description = NULL;

      if (stage == CORDON_RECOVERY_STAGE_BACKUP && !view->offered)
        description = g_strdup (_("Offered only for high or critical severity or high impact; "
                                  "reclassify the incident if its findings call for it"));
      else
        description = g_strdup_printf (_("%u of %u settled"), progress.settled, progress.total);

      adw_preferences_group_set_description (view->stage_groups[stage], description);
    }

  gtk_widget_set_sensitive (GTK_WIDGET (view->stage_lists[CORDON_RECOVERY_STAGE_BACKUP]), view->offered);
  gtk_widget_set_sensitive (GTK_WIDGET (view->decision_button), view->offered);
}

static void
update_fields (CordonIncidentPage *self)
{
  CordonRecoveryView *view = self->recovery;
  g_autofree char *compromised = NULL;
  g_autofree char *point = NULL;
  g_autofree char *decision = NULL;
  gboolean assumed = FALSE;
  gint64 limit;

  if (view->fields == NULL || self->incident == NULL)
    return;

  compromised = format_time (cordon_recovery_get_compromised (view->fields));
  sync_entry_row (view->compromised_row, compromised);
  sync_entry_row (view->legal_row, cordon_recovery_get_legal (view->fields));
  sync_entry_row (view->scope_row, cordon_recovery_get_forensic_scope (view->fields));
  sync_entry_row (view->root_cause_row, cordon_recovery_get_root_cause (view->fields));

  limit = cordon_checklist_get_compromise_time (self->incident, view->fields, &assumed);
  if (assumed && limit != 0)
    {
      g_autoptr(GDateTime) limit_time = cordon_time_to_date_time (limit);
      g_autofree char *limit_text = cordon_time_format_display (limit_time);
      g_autofree char *description =
        g_strdup_printf (_("The compromise time is not set: restore points are checked against the earliest "
                           "of detected and reported, %s"), limit_text);
      adw_preferences_group_set_description (view->fields_group, description);
    }
  else
    adw_preferences_group_set_description (view->fields_group,
                                           _("Part of the pre-recovery stage; the compromise time bounds the restore point"));

  point = format_time (cordon_recovery_get_restore_point (view->fields));
  if (point != NULL)
    decision = g_strdup_printf (_("%s · restore point %s"),
                                cordon_restore_decision_to_label (cordon_recovery_get_decision (view->fields)), point);
  else
    decision = g_strdup (cordon_restore_decision_to_label (cordon_recovery_get_decision (view->fields)));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (view->decision_row), decision);
  adw_action_row_set_subtitle (view->decision_row,
                               cordon_recovery_get_decision_reason (view->fields)[0] != '\0'
                                 ? cordon_recovery_get_decision_reason (view->fields)
                                 : _("Business continuity, disaster recovery or restore: decide and say why"));
}

static void
update_review (CordonIncidentPage *self)
{
  CordonRecoveryView *view = self->recovery;
  CordonIncidentMetrics metrics;
  CordonPhase phase;
  g_autoptr(GError) error = NULL;
  g_autofree char *completed = NULL;
  gboolean reviewing;
  gboolean ended;

  if (self->incident == NULL || view->review == NULL)
    return;

  phase = cordon_incident_get_phase (self->incident);
  reviewing = phase == CORDON_PHASE_LESSONS_LEARNED;
  completed = display_time (cordon_review_get_completed (view->review));
  ended = completed != NULL || cordon_review_get_skip_reason (view->review)[0] != '\0';

  if (completed != NULL)
    {
      g_autofree char *title = g_strdup_printf (_("Completed %s"), completed);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (view->review_row), title);
      adw_action_row_set_subtitle (view->review_row, _("The incident may close"));
    }
  else if (ended)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (view->review_row), _("Skipped"));
      adw_action_row_set_subtitle (view->review_row, cordon_review_get_skip_reason (view->review));
    }
  else if (reviewing)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (view->review_row), _("In review"));
      adw_action_row_set_subtitle (view->review_row,
                                   _("Closing needs the review completed, or skipped with a reason"));
    }
  else if (phase < CORDON_PHASE_LESSONS_LEARNED)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (view->review_row), _("Not yet"));
      adw_action_row_set_subtitle (view->review_row,
                                   _("The review opens when the incident moves to lessons learned, after recovery. "
                                     "Notes written here are kept until then."));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (view->review_row), _("Closed without a review"));
      adw_action_row_set_subtitle (view->review_row, _("The incident was closed before reviews were recorded"));
    }

  gtk_widget_set_visible (GTK_WIDGET (view->complete_button), reviewing && !ended);
  gtk_widget_set_visible (GTK_WIDGET (view->skip_button), reviewing && !ended);

  set_text_view_text (view->went_well_view, cordon_review_get_went_well (view->review));
  set_text_view_text (view->went_badly_view, cordon_review_get_went_badly (view->review));

  if (cordon_workspace_compute_metrics (self->workspace, self->incident, &metrics, NULL, &error))
    {
      char *values[5];

      values[METRIC_ACKNOWLEDGE] = cordon_checklist_format_elapsed (metrics.acknowledge_usec);
      values[METRIC_CONTAIN] = cordon_checklist_format_elapsed (metrics.contain_usec);
      values[METRIC_RECOVER] = cordon_checklist_format_elapsed (metrics.recover_usec);
      values[METRIC_MET] = g_strdup_printf ("%u", metrics.n_met);
      values[METRIC_BREACHED] = g_strdup_printf ("%u", metrics.n_breached);

      for (guint i = 0; i < G_N_ELEMENTS (values); i++)
        {
          GtkLabel *label = g_object_get_data (G_OBJECT (view->metric_rows[i]), "cordon-value");
          gtk_label_set_label (label, values[i]);
          g_free (values[i]);
        }
      if (metrics.n_running > 0)
        {
          g_autofree char *running = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u deadline still running",
                                                                   "%u deadlines still running", metrics.n_running),
                                                      metrics.n_running);
          adw_action_row_set_subtitle (view->metric_rows[METRIC_MET], running);
        }
      else
        adw_action_row_set_subtitle (view->metric_rows[METRIC_MET], "");
    }
  else
    g_warning ("Could not compute the metrics of %s: %s", cordon_incident_get_key (self->incident), error->message);
}

void
_cordon_incident_page_reload_recovery (CordonIncidentPage *self)
{
  CordonRecoveryView *view = self->recovery;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GListModel) follow_ups = NULL;
  g_autoptr(GListModel) journal = NULL;
  g_autoptr(GError) error = NULL;

  if (view == NULL)
    return;

  g_clear_object (&view->fields);
  g_clear_object (&view->review);

  if (self->incident == NULL || self->workspace == NULL ||
      cordon_incident_get_id (self->incident) <= 0 ||
      cordon_workspace_get_schema_version (self->workspace) < CORDON_WORKSPACE_SCHEMA_VERSION)
    {
      g_list_store_remove_all (view->items);
      g_list_store_remove_all (view->follow_ups);
      g_list_store_remove_all (view->timeline);
      update_progress (self);
      return;
    }

  if (!(items = cordon_workspace_list_recovery_items (self->workspace, self->incident, &error)) ||
      !(follow_ups = cordon_workspace_list_follow_ups (self->workspace, self->incident, &error)) ||
      !(journal = cordon_workspace_list_journal (self->workspace, self->incident, &error)) ||
      !(view->fields = cordon_workspace_get_recovery (self->workspace, self->incident, &error)) ||
      !(view->review = cordon_workspace_get_review (self->workspace, self->incident, &error)) ||
      !cordon_workspace_is_backup_offered (self->workspace, self->incident, &view->offered, &error))
    {
      g_warning ("Could not load the recovery of %s: %s", cordon_incident_get_key (self->incident), error->message);
      return;
    }

  _cordon_incident_page_sync_store (view->items, items, NULL);
  _cordon_incident_page_sync_store (view->follow_ups, follow_ups, NULL);
  _cordon_incident_page_sync_store (view->timeline, journal, NULL);

  update_progress (self);
  update_fields (self);
  update_review (self);
}

/* Building ----------------------------------------------------------------- */

static gboolean
item_in_stage (gpointer item,
               gpointer user_data)
{
  return (guint) cordon_recovery_item_get_stage (item) == GPOINTER_TO_UINT (user_data);
}

static void
build_recovery (CordonIncidentPage *self)
{
  CordonRecoveryView *view = self->recovery;
  AdwPreferencesGroup *group;
  GtkListBox *list;
  AdwActionRow *reclassify_row;
  GtkButton *reclassify_button;

  /* Progress, or how to start */
  view->state_group = add_group (self->recovery_page, _("Recovery Checklist"),
                                 _("Getting back to a known good state: forensic evidence first, then recovery from "
                                   "backup, then remediation of the threat vector"));
  list = boxed_list (_("Recovery progress"));
  view->state_row = action_row (_("Not started"));
  view->overall_bar = GTK_LEVEL_BAR (gtk_level_bar_new ());
  gtk_widget_set_valign (GTK_WIDGET (view->overall_bar), GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (GTK_WIDGET (view->overall_bar), 120, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view->overall_bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Overall progress"), -1);
  adw_action_row_add_suffix (view->state_row, GTK_WIDGET (view->overall_bar));
  view->start_button = text_button (_("_Start Checklist"), "incident.start-checklist");
  gtk_widget_add_css_class (GTK_WIDGET (view->start_button), "suggested-action");
  adw_action_row_add_suffix (view->state_row, GTK_WIDGET (view->start_button));
  gtk_list_box_append (list, GTK_WIDGET (view->state_row));
  adw_preferences_group_add (view->state_group, GTK_WIDGET (list));

  /* The fields of the pre-recovery stage */
  view->fields_group = add_group (self->recovery_page, _("Timeline and Scope"), NULL);
  list = boxed_list (_("Timeline and scope"));
  view->compromised_row = entry_row (_("Compromise Time (e.g. 2026-03-01T09:30:00Z)"));
  view->legal_row = entry_row (_("Legal Considerations"));
  view->scope_row = entry_row (_("Scope of the Forensic Analysis"));
  reclassify_row = action_row (_("Findings Widen the Incident?"));
  adw_action_row_set_subtitle (reclassify_row,
                               _("When forensic analysis finds more than was known, such as back doors on systems "
                                 "not known to be affected, reclassify the incident"));
  reclassify_button = text_button (_("_Reclassify…"), "incident.reclassify");
  adw_action_row_add_suffix (reclassify_row, GTK_WIDGET (reclassify_button));
  gtk_list_box_append (list, GTK_WIDGET (view->compromised_row));
  gtk_list_box_append (list, GTK_WIDGET (view->legal_row));
  gtk_list_box_append (list, GTK_WIDGET (view->scope_row));
  gtk_list_box_append (list, GTK_WIDGET (reclassify_row));
  adw_preferences_group_add (view->fields_group, GTK_WIDGET (list));
  g_signal_connect_object (view->compromised_row, "apply", G_CALLBACK (save_fields), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view->legal_row, "apply", G_CALLBACK (save_fields), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view->scope_row, "apply", G_CALLBACK (save_fields), self, G_CONNECT_SWAPPED);

  /* One group per stage */
  for (guint stage = 0; stage < CORDON_RECOVERY_N_STAGES; stage++)
    {
      GtkCustomFilter *filter = gtk_custom_filter_new (item_in_stage, GUINT_TO_POINTER (stage), NULL);

      group = add_group (self->recovery_page, cordon_recovery_stage_to_label (stage), NULL);
      view->stage_groups[stage] = group;

      if (stage == CORDON_RECOVERY_STAGE_BACKUP)
        {
          GtkListBox *decision_list = boxed_list (_("Restore decision"));

          view->decision_row = action_row (_("Not decided"));
          view->decision_button = text_button (_("_Decide…"), "incident.restore-decision");
          adw_action_row_add_suffix (view->decision_row, GTK_WIDGET (view->decision_button));
          gtk_list_box_append (decision_list, GTK_WIDGET (view->decision_row));
          gtk_widget_set_margin_bottom (GTK_WIDGET (decision_list), 12);
          adw_preferences_group_add (group, GTK_WIDGET (decision_list));
        }

      view->stage_models[stage] = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (view->items)),
                                                             GTK_FILTER (filter));
      view->stage_lists[stage] = boxed_list (cordon_recovery_stage_to_label (stage));
      gtk_list_box_bind_model (view->stage_lists[stage], G_LIST_MODEL (view->stage_models[stage]),
                               create_item_row, self, NULL);
      adw_preferences_group_add (group, GTK_WIDGET (view->stage_lists[stage]));

      if (stage == CORDON_RECOVERY_STAGE_POST_RECOVERY)
        {
          GtkListBox *root_list = boxed_list (_("Root cause"));

          view->root_cause_row = entry_row (_("Root Cause (for vectors that are not a vulnerability)"));
          gtk_list_box_append (root_list, GTK_WIDGET (view->root_cause_row));
          gtk_widget_set_margin_top (GTK_WIDGET (root_list), 12);
          adw_preferences_group_add (group, GTK_WIDGET (root_list));
          g_signal_connect_object (view->root_cause_row, "apply", G_CALLBACK (save_fields), self, G_CONNECT_SWAPPED);
        }
    }
}

static AdwActionRow *
metric_row (GtkListBox *list,
            const char *title)
{
  AdwActionRow *row = action_row (title);
  GtkWidget *label = gtk_label_new ("—");

  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (row, label);
  g_object_set_data (G_OBJECT (row), "cordon-value", label);
  gtk_list_box_append (list, GTK_WIDGET (row));

  return row;
}

static void
build_review (CordonIncidentPage *self)
{
  CordonRecoveryView *view = self->recovery;
  AdwPreferencesGroup *group;
  GtkListBox *list;
  GtkWidget *scroller;
  GtkWidget *save_button;
  GtkWidget *box;
  GtkWidget *label;

  group = add_group (self->review_page, _("Lessons-Learned Review"),
                     _("What the team learned, so that the next incident goes better"));
  list = boxed_list (_("Review status"));
  view->review_row = action_row (_("Not yet"));
  view->skip_button = text_button (_("S_kip…"), "incident.skip-review");
  view->complete_button = text_button (_("_Complete Review"), "incident.complete-review");
  gtk_widget_add_css_class (GTK_WIDGET (view->complete_button), "suggested-action");
  adw_action_row_add_suffix (view->review_row, GTK_WIDGET (view->skip_button));
  adw_action_row_add_suffix (view->review_row, GTK_WIDGET (view->complete_button));
  gtk_list_box_append (list, GTK_WIDGET (view->review_row));
  adw_preferences_group_add (group, GTK_WIDGET (list));

  group = add_group (self->review_page, _("Metrics"), _("From the phase times and the SLA deadlines of the incident"));
  list = boxed_list (_("Metrics"));
  view->metric_rows[METRIC_ACKNOWLEDGE] = metric_row (list, _("Time to Acknowledge"));
  view->metric_rows[METRIC_CONTAIN] = metric_row (list, _("Time to Contain"));
  view->metric_rows[METRIC_RECOVER] = metric_row (list, _("Time to Recover"));
  view->metric_rows[METRIC_MET] = metric_row (list, _("SLA Deadlines Met"));
  view->metric_rows[METRIC_BREACHED] = metric_row (list, _("SLA Deadlines Breached"));
  adw_preferences_group_add (group, GTK_WIDGET (list));

  view->went_group = add_group (self->review_page, _("Findings"), NULL);
  save_button = gtk_button_new_with_mnemonic (_("_Save"));
  gtk_widget_set_valign (save_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (save_button, "flat");
  gtk_widget_set_tooltip_text (save_button, _("Save what went well and what did not"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (save_button), "incident.save-review");
  adw_preferences_group_set_header_suffix (view->went_group, save_button);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  label = gtk_label_new (_("What went well"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_box_append (GTK_BOX (box), label);
  view->went_well_view = text_card (&scroller, _("What went well"));
  gtk_box_append (GTK_BOX (box), scroller);
  label = gtk_label_new (_("What did not go well"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_set_margin_top (label, 12);
  gtk_box_append (GTK_BOX (box), label);
  view->went_badly_view = text_card (&scroller, _("What did not go well"));
  gtk_box_append (GTK_BOX (box), scroller);
  adw_preferences_group_add (view->went_group, box);

  group = add_group (self->review_page, _("Follow-Up Actions"), _("What the team will do, with an owner and a due date"));
  view->follow_ups_list = boxed_list (_("Follow-up actions"));
  gtk_list_box_bind_model (view->follow_ups_list, G_LIST_MODEL (view->follow_ups), create_follow_up_row, self, NULL);
  gtk_list_box_set_placeholder (view->follow_ups_list, _cordon_incident_page_placeholder_new (_("No follow-up actions yet")));
  adw_preferences_group_add (group, GTK_WIDGET (view->follow_ups_list));
  list = boxed_list (_("New follow-up action"));
  gtk_widget_set_margin_top (GTK_WIDGET (list), 12);
  view->follow_up_owner_row = entry_row (_("Owner"));
  adw_entry_row_set_show_apply_button (view->follow_up_owner_row, FALSE);
  view->follow_up_due_row = entry_row (_("Due (e.g. 2026-03-01T09:30:00Z)"));
  adw_entry_row_set_show_apply_button (view->follow_up_due_row, FALSE);
  view->new_follow_up_row = entry_row (_("New Follow-Up Action…"));
  gtk_list_box_append (list, GTK_WIDGET (view->new_follow_up_row));
  gtk_list_box_append (list, GTK_WIDGET (view->follow_up_owner_row));
  gtk_list_box_append (list, GTK_WIDGET (view->follow_up_due_row));
  adw_preferences_group_add (group, GTK_WIDGET (list));
  g_signal_connect_object (view->new_follow_up_row, "apply", G_CALLBACK (on_new_follow_up), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (view->new_follow_up_row, "entry-activated", G_CALLBACK (on_new_follow_up), self, G_CONNECT_SWAPPED);

  group = add_group (self->review_page, _("Timeline"), _("The incident’s journal, oldest first"));
  view->timeline_list = boxed_list (_("Timeline"));
  gtk_list_box_bind_model (view->timeline_list, G_LIST_MODEL (view->timeline), create_timeline_row, self, NULL);
  gtk_list_box_set_placeholder (view->timeline_list, _cordon_incident_page_placeholder_new (_("The journal is empty")));
  adw_preferences_group_add (group, GTK_WIDGET (view->timeline_list));
}

void
_cordon_incident_page_class_init_recovery (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, recovery_page);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, review_page);

  gtk_widget_class_install_action (widget_class, "incident.start-checklist", NULL, start_checklist_action);
  gtk_widget_class_install_action (widget_class, "incident.restore-decision", NULL, decide_action);
  gtk_widget_class_install_action (widget_class, "incident.save-review", NULL, save_review_action);
  gtk_widget_class_install_action (widget_class, "incident.complete-review", NULL, complete_review_action);
  gtk_widget_class_install_action (widget_class, "incident.skip-review", NULL, skip_review_action);
}

void
_cordon_incident_page_init_recovery (CordonIncidentPage *self)
{
  CordonRecoveryView *view = g_new0 (CordonRecoveryView, 1);

  self->recovery = view;
  view->items = g_list_store_new (CORDON_TYPE_RECOVERY_ITEM);
  view->follow_ups = g_list_store_new (CORDON_TYPE_FOLLOW_UP);
  view->timeline = g_list_store_new (CORDON_TYPE_JOURNAL_ENTRY);

  build_recovery (self);
  build_review (self);
  update_progress (self);
}

void
_cordon_incident_page_dispose_recovery (CordonIncidentPage *self)
{
  CordonRecoveryView *view = self->recovery;

  if (view == NULL)
    return;

  for (guint stage = 0; stage < CORDON_RECOVERY_N_STAGES; stage++)
    {
      if (view->stage_lists[stage] != NULL)
        gtk_list_box_bind_model (view->stage_lists[stage], NULL, NULL, NULL, NULL);
      g_clear_object (&view->stage_models[stage]);
    }
  if (view->follow_ups_list != NULL)
    gtk_list_box_bind_model (view->follow_ups_list, NULL, NULL, NULL, NULL);
  if (view->timeline_list != NULL)
    gtk_list_box_bind_model (view->timeline_list, NULL, NULL, NULL, NULL);

  g_clear_object (&view->items);
  g_clear_object (&view->follow_ups);
  g_clear_object (&view->timeline);
  g_clear_object (&view->fields);
  g_clear_object (&view->review);
  g_clear_pointer (&self->recovery, g_free);
}
