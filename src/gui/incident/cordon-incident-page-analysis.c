/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-incident-page-analysis.c: the Analysis view of the incident page:
 * what we know (facts), what we don't know (open questions) and the
 * course of action (tasks). Each list is a GListStore kept in step with
 * the workspace and bound to a boxed list; rows edit their record in
 * place and the workspace's records-changed signal brings the lists back
 * in line.
 */

#define G_LOG_DOMAIN "cordon-incident-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-fact-dialog.h"
#include "cordon-incident-page-private.h"
#include "cordon-reclassify-dialog.h"
#include "cordon-time.h"

static CordonIncidentPage *
page_of (GtkWidget *widget)
{
  return CORDON_INCIDENT_PAGE (gtk_widget_get_ancestor (widget, CORDON_TYPE_INCIDENT_PAGE));
}

static const char *
fact_kind_icon (CordonFactKind kind)
{
  switch (kind)
    {
    case CORDON_FACT_KIND_USER:
      return "avatar-default-symbolic";
    case CORDON_FACT_KIND_HOST:
      return "computer-symbolic";
    case CORDON_FACT_KIND_IP:
      return "network-wired-symbolic";
    case CORDON_FACT_KIND_DOMAIN:
      return "network-server-symbolic";
    case CORDON_FACT_KIND_URL:
      return "insert-link-symbolic";
    case CORDON_FACT_KIND_HASH:
      return "dialog-password-symbolic";
    case CORDON_FACT_KIND_EMAIL:
      return "mail-unread-symbolic";
    case CORDON_FACT_KIND_FILE:
      return "text-x-generic-symbolic";
    case CORDON_FACT_KIND_LOG:
      return "view-list-symbolic";
    case CORDON_FACT_KIND_SIGNATURE:
      return "security-high-symbolic";
    case CORDON_FACT_KIND_OTHER:
    default:
      return "dialog-question-symbolic";
    }
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
status_dropdown (const char * const *labels,
                 guint               selected,
                 const char         *accessible_label)
{
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (labels);

  gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  gtk_widget_set_tooltip_text (dropdown, accessible_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);

  return dropdown;
}

static GtkWidget *
entry_row (const char *title,
           const char *text)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (row), text);

  return row;
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

static char *
stripped_text (GtkEditable *editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (editable)));
}

/* What we know ------------------------------------------------------------ */

static void
update_fact_row (GtkWidget *row)
{
  CordonFact *fact = g_object_get_data (G_OBJECT (row), "cordon-record");
  GtkImage *icon = g_object_get_data (G_OBJECT (row), "cordon-icon");
  GtkToggleButton *ioc = g_object_get_data (G_OBJECT (row), "cordon-ioc");
  CordonFactKind kind = cordon_fact_get_kind (fact);
  g_autoptr(GString) subtitle = g_string_new (cordon_fact_kind_to_label (kind));

  if (cordon_fact_get_source (fact)[0] != '\0')
    {
      g_string_append (subtitle, " · ");
      /* Translators: where a fact comes from, e.g. "from the SIEM" */
      g_string_append_printf (subtitle, _("from %s"), cordon_fact_get_source (fact));
    }
  g_string_append (subtitle, " · ");
  g_string_append (subtitle, cordon_tlp_to_label (cordon_fact_get_tlp (fact)));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cordon_fact_get_value (fact));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  gtk_image_set_from_icon_name (icon, fact_kind_icon (kind));
  gtk_widget_set_tooltip_text (GTK_WIDGET (icon), cordon_fact_kind_to_label (kind));
  gtk_toggle_button_set_active (ioc, cordon_fact_get_is_ioc (fact));
}

static void
on_fact_ioc_toggled (GtkToggleButton *button,
                     GtkWidget       *row)
{
  CordonIncidentPage *self = page_of (row);
  CordonFact *fact = g_object_get_data (G_OBJECT (row), "cordon-record");
  gboolean active = gtk_toggle_button_get_active (button);
  g_autoptr(GError) error = NULL;

  if (self == NULL || active == cordon_fact_get_is_ioc (fact))
    return;

  cordon_fact_set_is_ioc (fact, active);
  if (!cordon_workspace_update_fact (self->workspace, fact, &error))
    {
      _cordon_incident_page_show_error (self, error);
      _cordon_incident_page_reload_records (self);
    }
}

static void
on_fact_copy_clicked (GtkButton *button,
                      GtkWidget *row)
{
  CordonIncidentPage *self = page_of (row);
  CordonFact *fact = g_object_get_data (G_OBJECT (row), "cordon-record");
  g_autoptr(AdwToast) toast = adw_toast_new (_("Copied to the clipboard"));

  gdk_clipboard_set_text (gtk_widget_get_clipboard (row), cordon_fact_get_value (fact));
  if (self != NULL)
    _cordon_incident_page_toast (self, toast);
}

static void
on_fact_remove_clicked (GtkButton *button,
                        GtkWidget *row)
{
  CordonIncidentPage *self = page_of (row);
  g_autoptr(CordonFact) fact = g_object_ref (g_object_get_data (G_OBJECT (row), "cordon-record"));
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;

  if (!cordon_workspace_remove_fact (self->workspace, fact, &error))
    {
      _cordon_incident_page_show_error (self, error);
      return;
    }

  _cordon_incident_page_offer_undo_removal (self, _("Fact removed"), G_OBJECT (fact),
                                            (CordonReAddFunc) cordon_workspace_add_fact);
}

static void
on_fact_row_activated (AdwActionRow *row)
{
  CordonIncidentPage *self = page_of (GTK_WIDGET (row));
  CordonFact *fact = g_object_get_data (G_OBJECT (row), "cordon-record");

  if (self != NULL && self->incident != NULL)
    cordon_fact_dialog_present (GTK_WIDGET (self), self->workspace, self->incident, fact);
}

/* A finding can widen the incident (the medium → high of a back door
 * found on more hosts): reclassify with the finding as the reason */
static void
on_fact_reclassify_clicked (GtkButton *button,
                            GtkWidget *row)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (gtk_widget_get_ancestor (row, CORDON_TYPE_INCIDENT_PAGE));
  CordonFact *fact = g_object_get_data (G_OBJECT (row), "cordon-record");
  CordonReclassifyDialog *dialog;
  g_autofree char *reason = NULL;

  if (self == NULL || self->incident == NULL)
    return;

  dialog = cordon_reclassify_dialog_present (GTK_WIDGET (self), self->workspace, self->incident);
  /* Translators: the reason of a reclassification made from a fact: its kind and value */
  reason = g_strdup_printf (_("Finding: %s %s"), cordon_fact_kind_to_label (cordon_fact_get_kind (fact)),
                            cordon_fact_get_value (fact));
  cordon_reclassify_dialog_set_reason (dialog, reason);
}

static GtkWidget *
create_fact_row (gpointer item,
                 gpointer user_data)
{
  CordonFact *fact = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *ioc = gtk_toggle_button_new_with_label (_("IOC"));
  GtkWidget *copy = flat_icon_button ("edit-copy-symbolic", _("Copy Value"));
  GtkWidget *remove = flat_icon_button ("user-trash-symbolic", _("Remove Fact"));
  GtkWidget *reclassify = flat_icon_button ("go-up-symbolic", _("Reclassify on This Finding…"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_tooltip_text (row, _("Edit the fact"));

  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  gtk_widget_set_valign (ioc, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (ioc, "ioc-toggle");
  gtk_widget_set_tooltip_text (ioc, _("Indicator of compromise"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (ioc), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Indicator of compromise"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), ioc);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), reclassify);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), copy);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  g_object_set_data_full (G_OBJECT (row), "cordon-record", g_object_ref (fact), g_object_unref);
  g_object_set_data (G_OBJECT (row), "cordon-icon", icon);
  g_object_set_data (G_OBJECT (row), "cordon-ioc", ioc);
  g_object_set_data (G_OBJECT (row), "cordon-copy", copy);
  g_object_set_data (G_OBJECT (row), "cordon-remove", remove);
  g_object_set_data (G_OBJECT (row), "cordon-reclassify", reclassify);
  update_fact_row (row);

  g_signal_connect_object (fact, "notify", G_CALLBACK (update_fact_row), row, G_CONNECT_SWAPPED);
  g_signal_connect (ioc, "toggled", G_CALLBACK (on_fact_ioc_toggled), row);
  g_signal_connect (copy, "clicked", G_CALLBACK (on_fact_copy_clicked), row);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_fact_remove_clicked), row);
  g_signal_connect (reclassify, "clicked", G_CALLBACK (on_fact_reclassify_clicked), row);
  g_signal_connect (row, "activated", G_CALLBACK (on_fact_row_activated), NULL);

  return row;
}

static void
add_fact_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (widget);

  if (self->incident != NULL)
    cordon_fact_dialog_present (widget, self->workspace, self->incident, NULL);
}

/* What we don't know ------------------------------------------------------ */

static const char * const question_statuses[] = {
  N_("Open"), N_("In Progress"), N_("Answered"), N_("Dropped"), NULL
};

static const char * const task_statuses[] = {
  N_("To Do"), N_("In Progress"), N_("Done"), N_("Cancelled"), NULL
};

static const char **
translated (const char * const *labels)
{
  guint n = g_strv_length ((char **) labels);
  const char **out = g_new0 (const char *, n + 1);

  for (guint i = 0; i < n; i++)
    out[i] = _(labels[i]);

  return out;
}

static void
update_question_row (GtkWidget *row)
{
  CordonQuestion *question = g_object_get_data (G_OBJECT (row), "cordon-record");
  GtkDropDown *status = g_object_get_data (G_OBJECT (row), "cordon-status");
  g_autoptr(GString) subtitle = g_string_new (NULL);

  if (cordon_question_get_owner (question)[0] != '\0')
    /* Translators: who works on a question or task, e.g. "Owner: Grace" */
    g_string_append_printf (subtitle, _("Owner: %s"), cordon_question_get_owner (question));
  else
    g_string_append (subtitle, _("No owner"));

  if (cordon_question_get_answer (question)[0] != '\0')
    {
      g_string_append (subtitle, " · ");
      /* Translators: the answer to an open question */
      g_string_append_printf (subtitle, _("Answer: %s"), cordon_question_get_answer (question));
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cordon_question_get_text (question));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle->str);
  gtk_drop_down_set_selected (status, cordon_question_get_status (question));
  sync_entry_row (g_object_get_data (G_OBJECT (row), "cordon-text"), cordon_question_get_text (question));
  sync_entry_row (g_object_get_data (G_OBJECT (row), "cordon-owner"), cordon_question_get_owner (question));
  sync_entry_row (g_object_get_data (G_OBJECT (row), "cordon-answer"), cordon_question_get_answer (question));
}

static void
save_question (GtkWidget *row)
{
  CordonIncidentPage *self = page_of (row);
  CordonQuestion *question = g_object_get_data (G_OBJECT (row), "cordon-record");
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;

  if (!cordon_workspace_update_question (self->workspace, question, &error))
    {
      _cordon_incident_page_show_error (self, error);
      _cordon_incident_page_reload_records (self);
    }
}

static void
on_question_status_selected (GtkDropDown *dropdown,
                             GParamSpec  *pspec,
                             GtkWidget   *row)
{
  CordonQuestion *question = g_object_get_data (G_OBJECT (row), "cordon-record");
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected > CORDON_QUESTION_STATUS_DROPPED || selected == (guint) cordon_question_get_status (question))
    return;

  cordon_question_set_status (question, selected);
  save_question (row);
}

static void
on_question_field_apply (AdwEntryRow *entry,
                         GtkWidget   *row)
{
  CordonQuestion *question = g_object_get_data (G_OBJECT (row), "cordon-record");
  const char *field = g_object_get_data (G_OBJECT (entry), "cordon-field");
  g_autofree char *text = stripped_text (GTK_EDITABLE (entry));

  if (g_str_equal (field, "text"))
    {
      if (text[0] == '\0')
        {
          gtk_editable_set_text (GTK_EDITABLE (entry), cordon_question_get_text (question));
          return;
        }
      cordon_question_set_text (question, text);
    }
  else if (g_str_equal (field, "owner"))
    cordon_question_set_owner (question, text);
  else
    {
      cordon_question_set_answer (question, text);
      /* An answer given answers the question */
      if (text[0] != '\0' && cordon_question_get_status (question) != CORDON_QUESTION_STATUS_ANSWERED)
        cordon_question_set_status (question, CORDON_QUESTION_STATUS_ANSWERED);
    }

  save_question (row);
}

static void
on_question_remove_clicked (GtkButton *button,
                            GtkWidget *row)
{
  CordonIncidentPage *self = page_of (row);
  g_autoptr(CordonQuestion) question = g_object_ref (g_object_get_data (G_OBJECT (row), "cordon-record"));
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;

  if (!cordon_workspace_remove_question (self->workspace, question, &error))
    {
      _cordon_incident_page_show_error (self, error);
      return;
    }

  _cordon_incident_page_offer_undo_removal (self, _("Question removed"), G_OBJECT (question),
                                            (CordonReAddFunc) cordon_workspace_add_question);
}

static void
add_field_row (GtkWidget  *row,
               const char *field,
               const char *title,
               const char *text,
               GCallback   on_apply)
{
  GtkWidget *entry = entry_row (title, text);
  g_autofree char *key = g_strconcat ("cordon-", field, NULL);

  g_object_set_data (G_OBJECT (entry), "cordon-field", (gpointer) field);
  g_object_set_data (G_OBJECT (row), key, entry);
  g_signal_connect (entry, "apply", on_apply, row);
  g_signal_connect (entry, "entry-activated", on_apply, row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), entry);
}

static GtkWidget *
create_question_row (gpointer item,
                     gpointer user_data)
{
  CordonQuestion *question = item;
  GtkWidget *row = adw_expander_row_new ();
  g_autofree const char **labels = translated (question_statuses);
  GtkWidget *status = status_dropdown (labels, cordon_question_get_status (question), _("Question status"));
  GtkWidget *remove = flat_icon_button ("user-trash-symbolic", _("Remove Question"));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), status);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  g_object_set_data_full (G_OBJECT (row), "cordon-record", g_object_ref (question), g_object_unref);
  g_object_set_data (G_OBJECT (row), "cordon-status", status);
  g_object_set_data (G_OBJECT (row), "cordon-remove", remove);
  add_field_row (row, "text", _("Question"), cordon_question_get_text (question), G_CALLBACK (on_question_field_apply));
  add_field_row (row, "owner", _("Owner"), cordon_question_get_owner (question), G_CALLBACK (on_question_field_apply));
  add_field_row (row, "answer", _("Answer"), cordon_question_get_answer (question), G_CALLBACK (on_question_field_apply));
  update_question_row (row);

  g_signal_connect_object (question, "notify", G_CALLBACK (update_question_row), row, G_CONNECT_SWAPPED);
  g_signal_connect (status, "notify::selected", G_CALLBACK (on_question_status_selected), row);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_question_remove_clicked), row);

  return row;
}

static void
on_new_question (CordonIncidentPage *self)
{
  g_autofree char *text = stripped_text (GTK_EDITABLE (self->new_question_row));
  g_autoptr(CordonQuestion) question = NULL;
  g_autoptr(GError) error = NULL;

  if (text[0] == '\0' || self->incident == NULL)
    return;

  question = cordon_question_new ();
  cordon_question_set_text (question, text);
  if (!cordon_workspace_add_question (self->workspace, self->incident, question, &error))
    {
      _cordon_incident_page_show_error (self, error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->new_question_row), "");
}

/* Course of action --------------------------------------------------------- */

static char *
format_due (GDateTime *due)
{
  if (due == NULL)
    return g_strdup ("");

  return g_date_time_format (due, "%Y-%m-%d %H:%M");
}

/* Reads "2026-03-01 14:05" (UTC) and the other ISO 8601 forms */
static gboolean
parse_due (const char  *text,
           GDateTime  **out_due)
{
  g_autofree char *with_seconds = NULL;
  g_autofree char *iso = NULL;
  gint64 usec;

  *out_due = NULL;
  if (text[0] == '\0')
    return TRUE;

  iso = g_strdup (text);
  g_strdelimit (iso, " ", 'T');
  if (!cordon_time_parse_iso8601 (iso, &usec))
    {
      with_seconds = g_strconcat (iso, ":00", NULL);
      if (!cordon_time_parse_iso8601 (with_seconds, &usec))
        return FALSE;
    }

  *out_due = cordon_time_to_date_time (usec);

  return TRUE;
}

static void
update_task_row (GtkWidget *row)
{
  CordonTask *task = g_object_get_data (G_OBJECT (row), "cordon-record");
  GtkDropDown *status = g_object_get_data (G_OBJECT (row), "cordon-status");
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *due_text = format_due (cordon_task_get_due (task));

  if (cordon_task_get_owner (task)[0] != '\0')
    g_string_append_printf (subtitle, _("Owner: %s"), cordon_task_get_owner (task));
  else
    g_string_append (subtitle, _("No owner"));

  if (cordon_task_get_due (task) != NULL)
    {
      g_autofree char *due = cordon_time_format_display (cordon_task_get_due (task));

      g_string_append (subtitle, " · ");
      /* Translators: when a task is due, e.g. "Due 2026-03-01 14:05 UTC" */
      g_string_append_printf (subtitle, _("Due %s"), due);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cordon_task_get_title (task));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle->str);
  gtk_drop_down_set_selected (status, cordon_task_get_status (task));
  sync_entry_row (g_object_get_data (G_OBJECT (row), "cordon-title"), cordon_task_get_title (task));
  sync_entry_row (g_object_get_data (G_OBJECT (row), "cordon-owner"), cordon_task_get_owner (task));
  sync_entry_row (g_object_get_data (G_OBJECT (row), "cordon-due"), due_text);
}

static void
save_task (GtkWidget *row)
{
  CordonIncidentPage *self = page_of (row);
  CordonTask *task = g_object_get_data (G_OBJECT (row), "cordon-record");
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;

  if (!cordon_workspace_update_task (self->workspace, task, &error))
    {
      _cordon_incident_page_show_error (self, error);
      _cordon_incident_page_reload_records (self);
    }
}

static void
on_task_status_selected (GtkDropDown *dropdown,
                         GParamSpec  *pspec,
                         GtkWidget   *row)
{
  CordonTask *task = g_object_get_data (G_OBJECT (row), "cordon-record");
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected > CORDON_TASK_STATUS_CANCELLED || selected == (guint) cordon_task_get_status (task))
    return;

  cordon_task_set_status (task, selected);
  save_task (row);
}

static void
on_task_field_apply (AdwEntryRow *entry,
                     GtkWidget   *row)
{
  CordonTask *task = g_object_get_data (G_OBJECT (row), "cordon-record");
  const char *field = g_object_get_data (G_OBJECT (entry), "cordon-field");
  g_autofree char *text = stripped_text (GTK_EDITABLE (entry));

  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");

  if (g_str_equal (field, "title"))
    {
      if (text[0] == '\0')
        {
          gtk_editable_set_text (GTK_EDITABLE (entry), cordon_task_get_title (task));
          return;
        }
      cordon_task_set_title (task, text);
    }
  else if (g_str_equal (field, "owner"))
    cordon_task_set_owner (task, text);
  else
    {
      g_autoptr(GDateTime) due = NULL;

      if (!parse_due (text, &due))
        {
          gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
          return;
        }
      cordon_task_set_due (task, due);
    }

  save_task (row);
}

static void
on_task_remove_clicked (GtkButton *button,
                        GtkWidget *row)
{
  CordonIncidentPage *self = page_of (row);
  g_autoptr(CordonTask) task = g_object_ref (g_object_get_data (G_OBJECT (row), "cordon-record"));
  g_autoptr(GError) error = NULL;

  if (self == NULL)
    return;

  if (!cordon_workspace_remove_task (self->workspace, task, &error))
    {
      _cordon_incident_page_show_error (self, error);
      return;
    }

  _cordon_incident_page_offer_undo_removal (self, _("Task removed"), G_OBJECT (task),
                                            (CordonReAddFunc) cordon_workspace_add_task);
}

static GtkWidget *
create_task_row (gpointer item,
                 gpointer user_data)
{
  CordonTask *task = item;
  GtkWidget *row = adw_expander_row_new ();
  g_autofree const char **labels = translated (task_statuses);
  GtkWidget *status = status_dropdown (labels, cordon_task_get_status (task), _("Task status"));
  GtkWidget *remove = flat_icon_button ("user-trash-symbolic", _("Remove Task"));
  g_autofree char *due = format_due (cordon_task_get_due (task));
  GtkWidget *due_row;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), status);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove);

  g_object_set_data_full (G_OBJECT (row), "cordon-record", g_object_ref (task), g_object_unref);
  g_object_set_data (G_OBJECT (row), "cordon-status", status);
  g_object_set_data (G_OBJECT (row), "cordon-remove", remove);
  add_field_row (row, "title", _("Task"), cordon_task_get_title (task), G_CALLBACK (on_task_field_apply));
  add_field_row (row, "owner", _("Owner"), cordon_task_get_owner (task), G_CALLBACK (on_task_field_apply));
  /* Translators: the format to type a due time in; keep the digits' layout */
  add_field_row (row, "due", _("Due (UTC, YYYY-MM-DD HH:MM)"), due, G_CALLBACK (on_task_field_apply));
  due_row = g_object_get_data (G_OBJECT (row), "cordon-due");
  gtk_widget_set_tooltip_text (due_row, _("Leave empty for no due time"));
  update_task_row (row);

  g_signal_connect_object (task, "notify", G_CALLBACK (update_task_row), row, G_CONNECT_SWAPPED);
  g_signal_connect (status, "notify::selected", G_CALLBACK (on_task_status_selected), row);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_task_remove_clicked), row);

  return row;
}

static void
on_new_task (CordonIncidentPage *self)
{
  g_autofree char *title = stripped_text (GTK_EDITABLE (self->new_task_row));
  g_autoptr(CordonTask) task = NULL;
  g_autoptr(GError) error = NULL;

  if (title[0] == '\0' || self->incident == NULL)
    return;

  task = cordon_task_new ();
  cordon_task_set_title (task, title);
  if (!cordon_workspace_add_task (self->workspace, self->incident, task, &error))
    {
      _cordon_incident_page_show_error (self, error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->new_task_row), "");
}

/* Loading ------------------------------------------------------------------ */

void
_cordon_incident_page_reload_records (CordonIncidentPage *self)
{
  g_autoptr(GListModel) facts = NULL;
  g_autoptr(GListModel) questions = NULL;
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(GError) error = NULL;

  if (self->workspace == NULL || self->incident == NULL)
    {
      g_list_store_remove_all (self->facts);
      g_list_store_remove_all (self->questions);
      g_list_store_remove_all (self->tasks);
      return;
    }

  if (!(facts = cordon_workspace_list_facts (self->workspace, self->incident, &error)) ||
      !(questions = cordon_workspace_list_questions (self->workspace, self->incident, &error)) ||
      !(tasks = cordon_workspace_list_tasks (self->workspace, self->incident, &error)))
    {
      _cordon_incident_page_show_error (self, error);
      return;
    }

  _cordon_incident_page_sync_store (self->facts, facts, NULL);
  _cordon_incident_page_sync_store (self->questions, questions, NULL);
  _cordon_incident_page_sync_store (self->tasks, tasks, NULL);
}

void
_cordon_incident_page_class_init_analysis (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, facts_list);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, new_question_row);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, questions_list);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, new_task_row);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, tasks_list);

  gtk_widget_class_install_action (widget_class, "incident.add-fact", NULL, add_fact_action);
}

void
_cordon_incident_page_init_analysis (CordonIncidentPage *self)
{
  self->facts = g_list_store_new (CORDON_TYPE_FACT);
  self->questions = g_list_store_new (CORDON_TYPE_QUESTION);
  self->tasks = g_list_store_new (CORDON_TYPE_TASK);

  gtk_list_box_bind_model (self->facts_list, G_LIST_MODEL (self->facts), create_fact_row, self, NULL);
  gtk_list_box_set_placeholder (self->facts_list, _cordon_incident_page_placeholder_new (_("No facts yet")));
  gtk_list_box_bind_model (self->questions_list, G_LIST_MODEL (self->questions), create_question_row, self, NULL);
  gtk_list_box_set_placeholder (self->questions_list, _cordon_incident_page_placeholder_new (_("No open questions")));
  gtk_list_box_bind_model (self->tasks_list, G_LIST_MODEL (self->tasks), create_task_row, self, NULL);
  gtk_list_box_set_placeholder (self->tasks_list, _cordon_incident_page_placeholder_new (_("No tasks yet")));

  g_signal_connect_object (self->new_question_row, "apply", G_CALLBACK (on_new_question), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->new_question_row, "entry-activated", G_CALLBACK (on_new_question), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->new_task_row, "apply", G_CALLBACK (on_new_task), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->new_task_row, "entry-activated", G_CALLBACK (on_new_task), self, G_CONNECT_SWAPPED);

}
