/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-incident-page-communication.c: the Communication view of the
 * incident page. The lead picks a group's protocol; the page shows whom
 * to reach, how and when, fills the protocol's template in from the
 * incident, and lets the lead edit it and send it by copying it or
 * opening it as an email. Every message sent is logged in the journal
 * against the protocol, which also times the next update that is due.
 */

#define G_LOG_DOMAIN "cordon-incident-page"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "cordon-incident-page-private.h"
#include "cordon-time.h"

static CordonGroup *
group_by_id (CordonIncidentPage *self,
             gint64              group_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->groups)); i++)
    {
      g_autoptr(CordonGroup) group = g_list_model_get_item (G_LIST_MODEL (self->groups), i);

      if (cordon_group_get_id (group) == group_id)
        return group;
    }

  return NULL;
}

static CordonProtocol *
selected_protocol (CordonIncidentPage *self)
{
  guint selected = adw_combo_row_get_selected (self->protocol_row);
  g_autoptr(CordonProtocol) protocol = NULL;

  if (selected == GTK_INVALID_LIST_POSITION ||
      selected >= g_list_model_get_n_items (G_LIST_MODEL (self->protocols)))
    return NULL;

  protocol = g_list_model_get_item (G_LIST_MODEL (self->protocols), selected);

  return protocol;
}

/* When the next update is due: the policy's first update after detection
 * until a message was sent, then the update interval after the last one.
 * NULL when the incident is closed or its severity has no policy. */
static GDateTime *
compute_next_update (CordonIncidentPage *self)
{
  g_autoptr(CordonSlaPolicy) policy = NULL;
  gint64 detected;

  if (self->incident == NULL || !cordon_incident_is_open (self->incident))
    return NULL;

  policy = cordon_workspace_lookup_sla_policy (self->workspace, cordon_incident_get_severity (self->incident), NULL);
  if (policy == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->journal)); i++)
    {
      g_autoptr(CordonJournalEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->journal), i);

      if (cordon_journal_entry_get_kind (entry) == CORDON_JOURNAL_KIND_COMMUNICATION)
        return g_date_time_add_seconds (cordon_journal_entry_get_time (entry),
                                        cordon_sla_policy_get_update_interval (policy));
    }

  detected = cordon_incident_get_time (self->incident, CORDON_INCIDENT_TIME_DETECTED);
  if (detected == 0)
    return NULL;

  return cordon_time_to_date_time (detected + cordon_sla_policy_get_first_update (policy) * G_USEC_PER_SEC);
}

static char *
describe_delay (gint64 seconds)
{
  gint64 minutes = ABS (seconds) / 60;

  if (minutes < 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute", "%d minutes", minutes), (int) minutes);

  if (minutes < 48 * 60)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour", "%d hours", minutes / 60), (int) (minutes / 60));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day", "%d days", minutes / (24 * 60)),
                          (int) (minutes / (24 * 60)));
}

void
_cordon_incident_page_update_next_update (CordonIncidentPage *self)
{
  g_autoptr(GDateTime) next = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *when = NULL;
  g_autofree char *delay = NULL;
  g_autofree char *subtitle = NULL;
  gint64 seconds;

  gtk_widget_remove_css_class (GTK_WIDGET (self->next_update_row), "overdue");

  if (self->workspace == NULL || self->incident == NULL || !(next = compute_next_update (self)))
    {
      adw_action_row_set_subtitle (self->next_update_row, _("No update is scheduled"));
      return;
    }

  now = cordon_clock_now (cordon_workspace_get_clock (self->workspace));
  seconds = g_date_time_difference (next, now) / G_USEC_PER_SEC;
  when = cordon_time_format_display (next);
  delay = describe_delay (seconds);

  if (seconds >= 0)
    /* Translators: "2026-03-01 10:00 UTC, in 25 minutes" */
    subtitle = g_strdup_printf (_("%s, in %s"), when, delay);
  else
    {
      /* Translators: "2026-03-01 10:00 UTC, 5 minutes overdue" */
      subtitle = g_strdup_printf (_("%s, %s overdue"), when, delay);
      gtk_widget_add_css_class (GTK_WIDGET (self->next_update_row), "overdue");
    }

  adw_action_row_set_subtitle (self->next_update_row, subtitle);
}

static GtkWidget *
create_member_row (gpointer item,
                   gpointer user_data)
{
  CordonMember *member = item;
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GString) title = g_string_new (cordon_member_get_name (member));
  g_autoptr(GString) subtitle = g_string_new (NULL);
  const char *parts[] = {
    cordon_member_get_role (member),
    cordon_member_get_email (member),
    cordon_member_get_phone (member),
    cordon_member_get_hours (member),
  };

  if (cordon_member_get_priority (member) != CORDON_CONTACT_PRIORITY_NONE)
    /* Translators: a member's name and whether they are the primary or secondary contact,
     * e.g. "Grace Hopper (Primary)" */
    g_string_printf (title, _("%s (%s)"), cordon_member_get_name (member),
                     cordon_contact_priority_to_label (cordon_member_get_priority (member)));

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      if (parts[i][0] == '\0')
        continue;
      if (subtitle->len > 0)
        g_string_append (subtitle, " · ");
      g_string_append (subtitle, parts[i]);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title->str);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("avatar-default-symbolic"));
  gtk_widget_set_sensitive (row, TRUE);

  return row;
}

static int
compare_priority (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  /* Primary, then secondary, then everyone else */
  int pa = cordon_member_get_priority ((CordonMember *) a);
  int pb = cordon_member_get_priority ((CordonMember *) b);

  pa = pa == CORDON_CONTACT_PRIORITY_NONE ? 3 : pa;
  pb = pb == CORDON_CONTACT_PRIORITY_NONE ? 3 : pb;

  return pa - pb;
}

static void
update_message_actions (CordonIncidentPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->message_view);
  gboolean can_send = self->incident != NULL && selected_protocol (self) != NULL &&
                      gtk_text_buffer_get_char_count (buffer) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "incident.copy-message", can_send);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "incident.email-message", can_send);
}

/* Shows whom @protocol reaches and fills its template in */
static void
compose (CordonIncidentPage *self)
{
  CordonProtocol *protocol = selected_protocol (self);
  g_autoptr(GListModel) members = NULL;
  g_autoptr(GDateTime) next = NULL;
  g_autofree char *message = NULL;
  g_autofree char *contact = NULL;
  CordonGroup *group;
  const char *address;

  gtk_widget_set_visible (GTK_WIDGET (self->protocol_group), protocol != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->message_group), protocol != NULL);
  g_list_store_remove_all (self->members);

  if (protocol == NULL || self->incident == NULL)
    {
      self->updating++;
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->message_view), "", -1);
      self->updating--;
      self->message_edited = FALSE;
      update_message_actions (self);
      return;
    }

  address = cordon_protocol_get_address (protocol);
  if (cordon_protocol_get_contact (protocol)[0] != '\0' && address[0] != '\0')
    /* Translators: whom to contact and where, e.g. "CISO office — ciso@example.org" */
    contact = g_strdup_printf (_("%s — %s"), cordon_protocol_get_contact (protocol), address);
  else
    contact = g_strdup (address[0] != '\0' ? address : cordon_protocol_get_contact (protocol));

  adw_action_row_set_subtitle (self->contact_row, contact[0] != '\0' ? contact : _("Not set"));
  adw_action_row_set_subtitle (self->when_row, cordon_protocol_get_when (protocol)[0] != '\0'
                                               ? cordon_protocol_get_when (protocol) : _("Any time"));

  group = group_by_id (self, cordon_protocol_get_group_id (protocol));
  if (group != NULL)
    {
      g_autofree char *title = g_strdup_printf (_("Whom to Tell: %s"), cordon_group_get_name (group));

      adw_preferences_group_set_title (self->protocol_group, title);
      members = cordon_workspace_list_members (self->workspace, group, NULL);
    }

  if (members != NULL)
    {
      for (guint i = 0; i < g_list_model_get_n_items (members); i++)
        {
          g_autoptr(CordonMember) member = g_list_model_get_item (members, i);
          g_list_store_insert_sorted (self->members, member, compare_priority, NULL);
        }
    }

  next = compute_next_update (self);
  message = cordon_protocol_render (protocol, self->incident, cordon_workspace_get_taxonomy (self->workspace), next);
  self->updating++;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->message_view), message, -1);
  self->updating--;
  self->message_edited = FALSE;

  update_message_actions (self);
}

static char *
protocol_label (CordonIncidentPage *self,
                CordonProtocol     *protocol)
{
  CordonGroup *group = group_by_id (self, cordon_protocol_get_group_id (protocol));
  const char *channel = cordon_channel_to_label (cordon_protocol_get_channel (protocol));

  /* Translators: a protocol: the group and the channel, e.g. "Management — Email" */
  return g_strdup_printf (_("%s — %s"), group != NULL ? cordon_group_get_name (group) : "?", channel);
}

void
_cordon_incident_page_reload_protocols (CordonIncidentPage *self)
{
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 previous_id = 0;
  guint selected = 0;
  CordonProtocol *current = selected_protocol (self);

  if (current != NULL)
    previous_id = cordon_protocol_get_id (current);

  g_list_store_remove_all (self->protocols);

  if (self->workspace != NULL && self->incident != NULL)
    all = cordon_workspace_list_protocols (self->workspace, NULL, NULL);

  /* The protocols of the groups engaged come first */
  for (guint i = 0; all != NULL && i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(CordonProtocol) protocol = g_list_model_get_item (all, i);
      CordonGroup *group = group_by_id (self, cordon_protocol_get_group_id (protocol));

      if (group != NULL && cordon_incident_has_group (self->incident, cordon_group_get_slug (group)))
        g_list_store_append (self->protocols, protocol);
      else
        g_ptr_array_add (others, g_object_ref (protocol));
    }
  g_list_store_splice (self->protocols, g_list_model_get_n_items (G_LIST_MODEL (self->protocols)), 0,
                       others->pdata, others->len);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->protocols)); i++)
    {
      g_autoptr(CordonProtocol) protocol = g_list_model_get_item (G_LIST_MODEL (self->protocols), i);
      g_autofree char *label = protocol_label (self, protocol);

      gtk_string_list_append (labels, label);
      if (cordon_protocol_get_id (protocol) == previous_id)
        selected = i;
    }

  gtk_widget_set_sensitive (GTK_WIDGET (self->protocol_row), g_list_model_get_n_items (G_LIST_MODEL (labels)) > 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->protocol_row),
                               g_list_model_get_n_items (G_LIST_MODEL (labels)) > 0
                               ? NULL : _("No protocols yet; add them to the groups in Preferences"));

  self->updating++;
  adw_combo_row_set_model (self->protocol_row, G_LIST_MODEL (labels));
  if (g_list_model_get_n_items (G_LIST_MODEL (labels)) > 0)
    adw_combo_row_set_selected (self->protocol_row, selected);
  self->updating--;

  /* Keep what the lead typed when the same protocol stays selected */
  if (previous_id == 0 || selected_protocol (self) == NULL ||
      cordon_protocol_get_id (selected_protocol (self)) != previous_id)
    compose (self);
  else
    update_message_actions (self);

  _cordon_incident_page_update_next_update (self);
}

static void
on_protocol_selected (CordonIncidentPage *self)
{
  if (self->updating == 0)
    compose (self);
}

static char *
message_text (CordonIncidentPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->message_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Logs the message as sent; @via says how it left ("clipboard", "email") */
static gboolean
log_sent (CordonIncidentPage *self,
          CordonProtocol     *protocol,
          const char         *message,
          const char         *via)
{
  CordonGroup *group = group_by_id (self, cordon_protocol_get_group_id (protocol));
  const char *channel = cordon_channel_to_label (cordon_protocol_get_channel (protocol));
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *payload = NULL;
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "group");
  json_builder_add_string_value (builder, group != NULL ? cordon_group_get_slug (group) : "");
  json_builder_set_member_name (builder, "channel");
  json_builder_add_string_value (builder, cordon_channel_to_id (cordon_protocol_get_channel (protocol)));
  json_builder_set_member_name (builder, "protocol");
  json_builder_add_int_value (builder, cordon_protocol_get_id (protocol));
  json_builder_set_member_name (builder, "via");
  json_builder_add_string_value (builder, via);
  json_builder_set_member_name (builder, "message");
  json_builder_add_string_value (builder, message);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  payload = json_generator_to_data (generator, NULL);

  /* Translators: a journal entry, e.g. "Update sent to Management by Email" */
  text = g_strdup_printf (_("Update sent to %s by %s"),
                          group != NULL ? cordon_group_get_name (group) : "?", channel);

  entry = cordon_workspace_append_journal (self->workspace, self->incident, CORDON_JOURNAL_KIND_COMMUNICATION,
                                           _cordon_incident_page_author (self), text, payload, &error);
  if (entry == NULL)
    {
      _cordon_incident_page_show_error (self, error);
      return FALSE;
    }

  return TRUE;
}

static void
copy_message_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (widget);
  CordonProtocol *protocol = selected_protocol (self);
  g_autofree char *message = message_text (self);
  g_autoptr(AdwToast) toast = NULL;

  if (protocol == NULL || self->incident == NULL || message[0] == '\0')
    return;

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), message);
  if (!log_sent (self, protocol, message, "clipboard"))
    return;

  self->message_edited = FALSE;
  toast = adw_toast_new (_("Message copied and logged in the journal"));
  _cordon_incident_page_toast (self, toast);
}

/* The address an email goes to: the protocol's when it is one, else the
 * group's primary contact's */
static char *
email_address (CordonIncidentPage *self,
               CordonProtocol     *protocol)
{
  const char *address = cordon_protocol_get_address (protocol);

  if (strchr (address, '@') != NULL)
    return g_strdup (address);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->members)); i++)
    {
      g_autoptr(CordonMember) member = g_list_model_get_item (G_LIST_MODEL (self->members), i);

      if (cordon_member_get_email (member)[0] != '\0')
        return g_strdup (cordon_member_get_email (member));
    }

  return g_strdup ("");
}

static void
email_message_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (widget);
  CordonProtocol *protocol = selected_protocol (self);
  g_autofree char *message = message_text (self);
  g_autofree char *address = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *escaped_address = NULL;
  g_autofree char *escaped_subject = NULL;
  g_autofree char *escaped_body = NULL;
  GtkRoot *root;

  if (protocol == NULL || self->incident == NULL || message[0] == '\0')
    return;

  address = email_address (self, protocol);
  subject = g_strdup_printf ("[%s] %s", cordon_incident_get_key (self->incident),
                             cordon_incident_get_title (self->incident));
  escaped_address = g_uri_escape_string (address, "@", FALSE);
  escaped_subject = g_uri_escape_string (subject, NULL, FALSE);
  escaped_body = g_uri_escape_string (message, NULL, FALSE);
  uri = g_strdup_printf ("mailto:%s?subject=%s&body=%s", escaped_address, escaped_subject, escaped_body);

  root = gtk_widget_get_root (widget);
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);

  if (log_sent (self, protocol, message, "email"))
    self->message_edited = FALSE;
}

static void
on_message_changed (CordonIncidentPage *self)
{
  if (self->updating == 0)
    self->message_edited = TRUE;
  update_message_actions (self);
}

/**
 * _cordon_incident_page_recompose:
 *
 * Fills the message in again after the incident changed (its phase,
 * severity, the next update), unless the lead has started editing it.
 */
void
_cordon_incident_page_recompose (CordonIncidentPage *self)
{
  if (!self->message_edited)
    compose (self);
}

void
_cordon_incident_page_class_init_communication (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, next_update_row);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, protocol_row);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, protocol_group);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, contact_row);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, when_row);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, members_list);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, message_group);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, message_view);

  gtk_widget_class_install_action (widget_class, "incident.copy-message", NULL, copy_message_action);
  gtk_widget_class_install_action (widget_class, "incident.email-message", NULL, email_message_action);
}

void
_cordon_incident_page_init_communication (CordonIncidentPage *self)
{
  self->protocols = g_list_store_new (CORDON_TYPE_PROTOCOL);
  self->members = g_list_store_new (CORDON_TYPE_MEMBER);

  gtk_list_box_bind_model (self->members_list, G_LIST_MODEL (self->members), create_member_row, self, NULL);
  gtk_list_box_set_placeholder (self->members_list,
                                _cordon_incident_page_placeholder_new (_("No members in this group yet")));

  g_signal_connect_object (self->protocol_row, "notify::selected", G_CALLBACK (on_protocol_selected),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->message_view), "changed",
                           G_CALLBACK (on_message_changed), self, G_CONNECT_SWAPPED);

  compose (self);
}
