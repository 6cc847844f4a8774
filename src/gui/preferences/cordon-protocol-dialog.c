/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-protocol-dialog.c: adds a communication protocol to a group or
 * edits one: the channel, when to use it, whom to contact at which
 * number or address, and the message template. Below the template, the
 * message is rendered as it would be for an example incident, and follows
 * every keystroke, so the lead sees what the placeholders become.
 */

#define G_LOG_DOMAIN "cordon-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-protocol-dialog.h"

#include "cordon-preferences-helpers.h"

struct _CordonProtocolDialog
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwWindowTitle  *window_title;
  AdwComboRow     *channel_row;
  AdwEntryRow     *when_row;
  AdwEntryRow     *contact_row;
  AdwEntryRow     *address_row;
  GtkTextView     *template_view;
  GtkLabel        *template_error;
  GtkLabel        *preview_label;
  GtkLabel        *error_label;

  /* Owned references */
  CordonWorkspace *workspace;
  CordonGroup     *group;
  CordonProtocol  *protocol;   /* the stored protocol being edited, or NULL */
  CordonIncident  *sample;
  GDateTime       *sample_next_update;
};

G_DEFINE_FINAL_TYPE (CordonProtocolDialog, cordon_protocol_dialog, ADW_TYPE_WINDOW)

static char *
get_template_text (CordonProtocolDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->template_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The example the preview is rendered for: the most severe severity of
 * the workspace, in analysis, with the next update due in an hour. */
static void
build_sample (CordonProtocolDialog *self)
{
  CordonTaxonomy *taxonomy = cordon_workspace_get_taxonomy (self->workspace);
  GListModel *severities = cordon_taxonomy_get_entries (taxonomy, CORDON_TAXONOMY_KIND_SEVERITY);
  guint n_severities = g_list_model_get_n_items (severities);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *key = NULL;

  self->sample = cordon_incident_new ();
  key = g_strdup_printf ("INC-%d-0042", g_date_time_get_year (now));
  cordon_incident_set_key (self->sample, key);
  cordon_incident_set_title (self->sample, _("Phishing campaign against the finance department"));
  cordon_incident_set_summary (self->sample,
                               _("Three employees entered their password on a fake login page; "
                                 "the accounts are locked and the sender domain is blocked."));
  cordon_incident_set_phase (self->sample, CORDON_PHASE_ANALYSIS);

  if (n_severities > 0)
    {
      g_autoptr(CordonTaxonomyEntry) severity = g_list_model_get_item (severities, n_severities - 1);
      cordon_incident_set_severity (self->sample, cordon_taxonomy_entry_get_id (severity));
    }

  self->sample_next_update = g_date_time_add_hours (now, 1);
}

static void
update_preview (CordonProtocolDialog *self)
{
  g_autoptr(CordonProtocol) protocol = cordon_protocol_new ();
  g_autofree char *template_text = get_template_text (self);
  g_autofree char *message = NULL;

  cordon_protocol_set_template (protocol, template_text);
  message = cordon_protocol_render (protocol, self->sample,
                                    cordon_workspace_get_taxonomy (self->workspace),
                                    self->sample_next_update);

  if (*message == '\0')
    {
      gtk_label_set_label (self->preview_label, _("Write a message above to see it here"));
      gtk_widget_add_css_class (GTK_WIDGET (self->preview_label), "dim-label");
    }
  else
    {
      gtk_label_set_label (self->preview_label, message);
      gtk_widget_remove_css_class (GTK_WIDGET (self->preview_label), "dim-label");
    }

  gtk_widget_set_visible (GTK_WIDGET (self->template_error), FALSE);
}

static char *
get_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

static void
show_error (GtkLabel   *label,
            const char *message)
{
  gtk_label_set_label (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

/**
 * cordon_protocol_dialog_save:
 *
 * Checks the fields and stores the protocol; closes the dialog when it
 * was stored.
 *
 * Returns: whether the protocol was stored
 */
gboolean
cordon_protocol_dialog_save (CordonProtocolDialog *self)
{
  g_autofree char *when = get_text (self->when_row);
  g_autofree char *contact = get_text (self->contact_row);
  g_autofree char *address = get_text (self->address_row);
  g_autofree char *template_text = get_template_text (self);
  g_autoptr(CordonProtocol) protocol = NULL;
  g_autoptr(GError) error = NULL;
  gboolean blank = TRUE;

  g_return_val_if_fail (CORDON_IS_PROTOCOL_DIALOG (self), FALSE);

  show_error (self->error_label, NULL);

  for (const char *p = template_text; *p != '\0' && blank; p++)
    blank = g_ascii_isspace (*p);

  if (blank)
    {
      show_error (self->template_error, _("The message template must not be empty"));
      gtk_widget_grab_focus (GTK_WIDGET (self->template_view));
      return FALSE;
    }

  protocol = self->protocol != NULL ? cordon_protocol_copy (self->protocol) : cordon_protocol_new ();
  cordon_protocol_set_channel (protocol, adw_combo_row_get_selected (self->channel_row));
  cordon_protocol_set_when (protocol, when);
  cordon_protocol_set_contact (protocol, contact);
  cordon_protocol_set_address (protocol, address);
  cordon_protocol_set_template (protocol, template_text);

  if (self->protocol != NULL ? !cordon_workspace_update_protocol (self->workspace, protocol, &error)
                             : !cordon_workspace_add_protocol (self->workspace, self->group, protocol, &error))
    {
      show_error (self->error_label, error->message);
      return FALSE;
    }

  gtk_window_close (GTK_WINDOW (self));

  return TRUE;
}

static void
on_save_clicked (CordonProtocolDialog *self)
{
  cordon_protocol_dialog_save (self);
}

/**
 * cordon_protocol_dialog_get_preview:
 *
 * Returns: the message the preview shows
 */
const char *
cordon_protocol_dialog_get_preview (CordonProtocolDialog *self)
{
  g_return_val_if_fail (CORDON_IS_PROTOCOL_DIALOG (self), NULL);

  return gtk_label_get_label (self->preview_label);
}

/**
 * cordon_protocol_dialog_get_sample_key:
 *
 * Returns: the key of the example incident the preview is rendered for
 */
const char *
cordon_protocol_dialog_get_sample_key (CordonProtocolDialog *self)
{
  g_return_val_if_fail (CORDON_IS_PROTOCOL_DIALOG (self), NULL);

  return cordon_incident_get_key (self->sample);
}

static void
cordon_protocol_dialog_dispose (GObject *object)
{
  CordonProtocolDialog *self = CORDON_PROTOCOL_DIALOG (object);

  g_clear_object (&self->workspace);
  g_clear_object (&self->group);
  g_clear_object (&self->protocol);
  g_clear_object (&self->sample);
  g_clear_pointer (&self->sample_next_update, g_date_time_unref);

  G_OBJECT_CLASS (cordon_protocol_dialog_parent_class)->dispose (object);
}

static void
cordon_protocol_dialog_class_init (CordonProtocolDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cordon_protocol_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/preferences/cordon-protocol-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CordonProtocolDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, CordonProtocolDialog, channel_row);
  gtk_widget_class_bind_template_child (widget_class, CordonProtocolDialog, when_row);
  gtk_widget_class_bind_template_child (widget_class, CordonProtocolDialog, contact_row);
  gtk_widget_class_bind_template_child (widget_class, CordonProtocolDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, CordonProtocolDialog, template_view);
  gtk_widget_class_bind_template_child (widget_class, CordonProtocolDialog, template_error);
  gtk_widget_class_bind_template_child (widget_class, CordonProtocolDialog, preview_label);
  gtk_widget_class_bind_template_child (widget_class, CordonProtocolDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cordon_protocol_dialog_init (CordonProtocolDialog *self)
{
  g_autoptr(GtkStringList) channels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* In the order of CordonChannel */
  for (CordonChannel c = CORDON_CHANNEL_EMAIL; c <= CORDON_CHANNEL_ENCRYPTED_LINE; c++)
    gtk_string_list_append (channels, cordon_channel_to_label (c));
  adw_combo_row_set_model (self->channel_row, G_LIST_MODEL (channels));
}

/**
 * cordon_protocol_dialog_new:
 * @group: the group the protocol reaches
 * @protocol: (nullable): the stored protocol to edit, or %NULL to add one
 *
 * Returns: (transfer full): a new dialog
 */
CordonProtocolDialog *
cordon_protocol_dialog_new (CordonWorkspace *workspace,
                            CordonGroup     *group,
                            CordonProtocol  *protocol)
{
  CordonProtocolDialog *self;
  GtkTextBuffer *buffer;
  const char *title;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (CORDON_IS_GROUP (group), NULL);
  g_return_val_if_fail (protocol == NULL || CORDON_IS_PROTOCOL (protocol), NULL);

  self = g_object_new (CORDON_TYPE_PROTOCOL_DIALOG, NULL);
  self->workspace = g_object_ref (workspace);
  self->group = g_object_ref (group);
  self->protocol = protocol != NULL ? g_object_ref (protocol) : NULL;
  build_sample (self);

  title = protocol != NULL ? _("Edit Communication Protocol") : _("Add Communication Protocol");
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, cordon_group_get_name (group));
  gtk_window_set_title (GTK_WINDOW (self), title);

  buffer = gtk_text_view_get_buffer (self->template_view);
  if (protocol != NULL)
    {
      adw_combo_row_set_selected (self->channel_row, cordon_protocol_get_channel (protocol));
      gtk_editable_set_text (GTK_EDITABLE (self->when_row), cordon_protocol_get_when (protocol));
      gtk_editable_set_text (GTK_EDITABLE (self->contact_row), cordon_protocol_get_contact (protocol));
      gtk_editable_set_text (GTK_EDITABLE (self->address_row), cordon_protocol_get_address (protocol));
      gtk_text_buffer_set_text (buffer, cordon_protocol_get_template (protocol), -1);
    }
  else
    {
      /* Translators: a starting point for a message template; keep the
       * placeholders in braces as they are */
      gtk_text_buffer_set_text (buffer,
                                _("[{key}] {title}\n"
                                  "Severity: {severity} — phase: {phase}\n\n"
                                  "{summary}\n\n"
                                  "Next update: {next_update}"), -1);
    }

  g_signal_connect_object (buffer, "changed", G_CALLBACK (update_preview), self, G_CONNECT_SWAPPED);
  update_preview (self);

  return self;
}
