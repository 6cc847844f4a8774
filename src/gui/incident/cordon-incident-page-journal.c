/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-incident-page-journal.c: the Journal view of the incident page:
 * the incident's timeline, newest first, filtered by kind, and a field to
 * add a note (Ctrl+Enter). The entries are loaded once per incident; new
 * ones arrive through the workspace's journal-appended signal.
 */

#define G_LOG_DOMAIN "cordon-incident-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-incident-page-private.h"
#include "cordon-time.h"

const char *
_cordon_incident_page_journal_icon (CordonJournalKind kind)
{
  switch (kind)
    {
    case CORDON_JOURNAL_KIND_NOTE:
      return "accessories-text-editor-symbolic";
    case CORDON_JOURNAL_KIND_STATUS_UPDATE:
      return "view-refresh-symbolic";
    case CORDON_JOURNAL_KIND_DECISION:
      return "emoji-flags-symbolic";
    case CORDON_JOURNAL_KIND_COMMUNICATION:
      return "mail-send-symbolic";
    case CORDON_JOURNAL_KIND_CLASSIFICATION_CHANGE:
      return "view-sort-descending-symbolic";
    case CORDON_JOURNAL_KIND_PHASE_CHANGE:
      return "go-next-symbolic";
    case CORDON_JOURNAL_KIND_SLA_EVENT:
      return "task-past-due-symbolic";
    case CORDON_JOURNAL_KIND_EVIDENCE:
      return "drive-harddisk-symbolic";
    case CORDON_JOURNAL_KIND_CUSTODY:
      return "send-to-symbolic";
    case CORDON_JOURNAL_KIND_DETAILS_CHANGE:
      return "document-edit-symbolic";
    default:
      return "dialog-information-symbolic";
    }
}

static GtkWidget *
create_entry_row (gpointer item,
                  gpointer user_data)
{
  CordonJournalEntry *entry = item;
  CordonJournalKind kind = cordon_journal_entry_get_kind (entry);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *icon = gtk_image_new_from_icon_name (_cordon_incident_page_journal_icon (kind));
  GtkWidget *meta;
  GtkWidget *text;
  g_autofree char *when = cordon_time_format_display (cordon_journal_entry_get_time (entry));
  g_autofree char *meta_text = NULL;
  g_autofree char *accessible = NULL;
  g_autofree char *change = NULL;
  const char *author = cordon_journal_entry_get_author (entry);

  if (author[0] != '\0')
    /* Translators: the line above a journal entry: "Note · Ada Lovelace · 2026-03-01 09:00 UTC" */
    meta_text = g_strdup_printf (_("%s · %s · %s"), cordon_journal_kind_to_label (kind), author, when);
  else
    meta_text = g_strdup_printf ("%s · %s", cordon_journal_kind_to_label (kind), when);

  gtk_widget_set_margin_top (box, 9);
  gtk_widget_set_margin_bottom (box, 9);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (icon, 2);
  gtk_widget_set_tooltip_text (icon, cordon_journal_kind_to_label (kind));
  gtk_widget_add_css_class (icon, "journal-kind");
  gtk_box_append (GTK_BOX (box), icon);

  meta = gtk_label_new (meta_text);
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_label_set_wrap (GTK_LABEL (meta), TRUE);
  gtk_widget_add_css_class (meta, "caption");
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_box_append (GTK_BOX (text_box), meta);

  if (kind == CORDON_JOURNAL_KIND_PHASE_CHANGE)
    change = _cordon_incident_page_describe_phase_change (entry);
  else
    change = _cordon_incident_page_describe_entry (user_data, entry);
  if (change != NULL)
    {
      GtkWidget *change_label = gtk_label_new (change);

      gtk_label_set_xalign (GTK_LABEL (change_label), 0);
      gtk_label_set_wrap (GTK_LABEL (change_label), TRUE);
      gtk_widget_add_css_class (change_label, "heading");
      gtk_box_append (GTK_BOX (text_box), change_label);
    }

  text = gtk_label_new (cordon_journal_entry_get_text (entry));
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (text), TRUE);
  gtk_box_append (GTK_BOX (text_box), text);

  gtk_widget_set_hexpand (text_box, TRUE);
  gtk_box_append (GTK_BOX (box), text_box);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  accessible = g_strdup_printf ("%s: %s", meta_text, cordon_journal_entry_get_text (entry));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);

  return row;
}

static gboolean
filter_by_kind (gpointer item,
                gpointer user_data)
{
  CordonIncidentPage *self = user_data;
  guint selected = gtk_drop_down_get_selected (self->journal_filter);

  /* Item 0 is "All Entries"; then one item per kind, in enum order */
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return TRUE;

  return cordon_journal_entry_get_kind (item) == (CordonJournalKind) (selected - 1);
}

static void
on_filter_selected (CordonIncidentPage *self)
{
  if (self->journal_kind_filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->journal_kind_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

void
_cordon_incident_page_reload_journal (CordonIncidentPage *self)
{
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) newest_first = NULL;
  guint n;

  if (self->workspace == NULL || self->incident == NULL)
    {
      g_list_store_remove_all (self->journal);
      return;
    }

  if (!(entries = cordon_workspace_list_journal (self->workspace, self->incident, &error)))
    {
      _cordon_incident_page_show_error (self, error);
      return;
    }

  n = g_list_model_get_n_items (entries);
  newest_first = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = n; i > 0; i--)
    g_ptr_array_add (newest_first, g_list_model_get_item (entries, i - 1));

  g_list_store_splice (self->journal, 0, g_list_model_get_n_items (G_LIST_MODEL (self->journal)),
                       newest_first->pdata, newest_first->len);
}

void
_cordon_incident_page_prepend_entry (CordonIncidentPage *self,
                                     CordonJournalEntry *entry)
{
  g_list_store_insert (self->journal, 0, entry);
}

static void
add_note_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  g_autoptr(CordonJournalEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->incident == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  if (text[0] == '\0')
    return;

  entry = cordon_workspace_append_journal (self->workspace, self->incident, CORDON_JOURNAL_KIND_NOTE,
                                           _cordon_incident_page_author (self), text, NULL, &error);
  if (entry == NULL)
    {
      _cordon_incident_page_show_error (self, error);
      return;
    }

  gtk_text_buffer_set_text (buffer, "", -1);
}

static void
on_note_changed (CordonIncidentPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "incident.add-note",
                                 gtk_text_buffer_get_char_count (buffer) > 0);
}

void
_cordon_incident_page_class_init_journal (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, note_view);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, journal_filter);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, journal_list);

  gtk_widget_class_install_action (widget_class, "incident.add-note", NULL, add_note_action);
}

void
_cordon_incident_page_init_journal (CordonIncidentPage *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkFilterListModel) filtered = NULL;
  GtkEventController *shortcuts;
  const char * const accels[] = { "<Control>Return", "<Control>KP_Enter" };

  self->journal = g_list_store_new (CORDON_TYPE_JOURNAL_ENTRY);

  gtk_string_list_append (kinds, _("All Entries"));
  for (CordonJournalKind kind = CORDON_JOURNAL_KIND_NOTE; kind <= CORDON_JOURNAL_KIND_CUSTODY; kind++)
    gtk_string_list_append (kinds, cordon_journal_kind_to_label (kind));
  gtk_drop_down_set_model (self->journal_filter, G_LIST_MODEL (kinds));

  self->journal_kind_filter = gtk_custom_filter_new (filter_by_kind, self, NULL);
  filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->journal)),
                                        g_object_ref (GTK_FILTER (self->journal_kind_filter)));
  gtk_list_box_bind_model (self->journal_list, G_LIST_MODEL (filtered), create_entry_row, self, NULL);
  gtk_list_box_set_placeholder (self->journal_list,
                                _cordon_incident_page_placeholder_new (_("No entries of this kind")));

  /* Ctrl+Enter adds the note; a plain Enter starts a new line */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string (accels[i]),
                                                            gtk_named_action_new ("incident.add-note")));
  gtk_widget_add_controller (GTK_WIDGET (self->note_view), shortcuts);

  g_signal_connect_object (self->journal_filter, "notify::selected", G_CALLBACK (on_filter_selected),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->note_view), "changed",
                           G_CALLBACK (on_note_changed), self, G_CONNECT_SWAPPED);
  on_note_changed (self);
}
