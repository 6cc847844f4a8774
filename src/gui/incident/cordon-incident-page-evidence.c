/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-incident-page-evidence.c: the Evidence tab of the incident page,
 * the incident's evidence register. Each item is an expander row with its
 * details, chain of custody and re-verifications, and buttons to hand it
 * over, re-verify its file and print its custody form. Files are hashed in
 * a worker thread (CordonFileHasher) while a progress bar with Cancel
 * shows on the tab; one hash runs at a time.
 */

#define G_LOG_DOMAIN "cordon-incident-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-custody-form.h"
#include "cordon-file-hasher.h"
#include "cordon-form.h"
#include "cordon-incident-page-private.h"
#include "cordon-time.h"

/* What the running hash is for */
typedef enum
{
  HASH_FOR_ADD,
  HASH_FOR_REVERIFY,
} HashPurpose;

typedef struct
{
  CordonIncidentPage *self;
  CordonEvidenceItem *item;    /* the draft to add, or the item to verify */
  HashPurpose         purpose;
} HashJob;

static void
hash_job_free (HashJob *job)
{
  g_clear_object (&job->self);
  g_clear_object (&job->item);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HashJob, hash_job_free)

static CordonEvidenceItem *
find_item (CordonIncidentPage *self,
           gint64              id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->evidence));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonEvidenceItem) item = g_list_model_get_item (G_LIST_MODEL (self->evidence), i);

      if (cordon_evidence_item_get_id (item) == id)
        return g_steal_pointer (&item);
    }

  return NULL;
}

static void
update_state (CordonIncidentPage *self)
{
  gboolean hashing = self->hash_cancellable != NULL;
  gboolean have_items = g_list_model_get_n_items (G_LIST_MODEL (self->evidence)) > 0;

  gtk_stack_set_visible_child_name (self->evidence_stack, have_items || hashing ? "register" : "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->hash_group), hashing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "incident.add-evidence", !hashing && self->incident != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "incident.reverify-evidence", !hashing);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "incident.cancel-hash", hashing);
}

/* Rows ------------------------------------------------------------------ */

static GtkWidget *
detail_row (const char *title,
            const char *value,
            gboolean    monospace)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *escaped = g_markup_escape_text (value[0] != '\0' ? value : "—", -1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  if (monospace)
    gtk_widget_add_css_class (row, "monospace");

  return row;
}

static GtkWidget *
action_button (const char *label,
               const char *icon_name,
               const char *action_name,
               gint64      id)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = adw_button_content_new ();

  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon_name);
  adw_button_content_set_use_underline (ADW_BUTTON_CONTENT (content), TRUE);
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);

  return button;
}

static GtkWidget *
create_item_row (gpointer object,
                 gpointer user_data)
{
  CordonIncidentPage *self = user_data;
  CordonEvidenceItem *item = object;
  gboolean electronic = cordon_evidence_item_get_kind (item) == CORDON_EVIDENCE_KIND_ELECTRONIC;
  gint64 id = cordon_evidence_item_get_id (item);
  g_autoptr(GListModel) transfers = cordon_workspace_list_custody (self->workspace, item, NULL);
  g_autoptr(GListModel) checks = cordon_workspace_list_evidence_checks (self->workspace, item, NULL);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *collected_time = cordon_time_format_display (cordon_evidence_item_get_collected (item));
  g_autofree char *collected = NULL;
  g_autofree char *source = NULL;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *icon;
  GtkWidget *buttons;
  GtkWidget *buttons_row;
  CordonEvidenceCheck *last_check = NULL;

  title = g_markup_printf_escaped ("%s  %s", cordon_evidence_item_get_label (item),
                                   cordon_evidence_item_get_description (item));
  if (electronic)
    {
      g_autofree char *size = g_format_size (cordon_evidence_item_get_size (item));
      /* TRANSLATORS: the kind of an evidence item, its size and who holds it */
      subtitle = g_markup_printf_escaped (_("%s · %s · held by %s"),
                                          cordon_evidence_kind_to_label (CORDON_EVIDENCE_KIND_ELECTRONIC),
                                          size, cordon_evidence_item_get_holder (item));
    }
  else
    /* TRANSLATORS: the kind of an evidence item and who holds it */
    subtitle = g_markup_printf_escaped (_("%s · held by %s"),
                                        cordon_evidence_kind_to_label (CORDON_EVIDENCE_KIND_PHYSICAL),
                                        cordon_evidence_item_get_holder (item));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);

  icon = gtk_image_new_from_icon_name (electronic ? "drive-harddisk-symbolic" : "package-x-generic-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  cordon_evidence_kind_to_label (cordon_evidence_item_get_kind (item)), -1);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), icon);

  if (checks != NULL && g_list_model_get_n_items (checks) > 0)
    last_check = g_list_model_get_item (checks, g_list_model_get_n_items (checks) - 1);
  if (last_check != NULL)
    {
      gboolean match = cordon_evidence_check_get_result (last_check) == CORDON_EVIDENCE_CHECK_RESULT_MATCH;
      GtkWidget *status = gtk_image_new_from_icon_name (match ? "emblem-ok-symbolic" : "dialog-warning-symbolic");
      const char *text = cordon_evidence_check_result_to_label (cordon_evidence_check_get_result (last_check));

      gtk_widget_add_css_class (status, match ? "success" : "error");
      gtk_widget_set_tooltip_text (status, text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (status), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), status);
      g_object_unref (last_check);
    }

  /* Details */
  source = g_strjoin (" · ", cordon_evidence_item_get_source_host (item),
                      cordon_evidence_item_get_source_location (item), NULL);
  g_strstrip (source);
  if (g_str_has_prefix (source, "·") || g_str_has_suffix (source, "·"))
    {
      g_autofree char *trimmed = g_strdup (cordon_evidence_item_get_source_host (item)[0] != '\0'
                                           ? cordon_evidence_item_get_source_host (item)
                                           : cordon_evidence_item_get_source_location (item));
      g_free (source);
      source = g_steal_pointer (&trimmed);
    }
  /* TRANSLATORS: who collected an evidence item, and when */
  collected = g_strdup_printf (_("%s, %s"), cordon_evidence_item_get_collected_by (item), collected_time);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), detail_row (_("Source"), source, FALSE));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), detail_row (_("Collected"), collected, FALSE));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), detail_row (_("Stored At"), cordon_evidence_item_get_storage (item), FALSE));
  if (electronic)
    {
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), detail_row (_("File"), cordon_evidence_item_get_file_path (item), FALSE));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), detail_row (_("SHA-256"), cordon_evidence_item_get_sha256 (item), TRUE));
    }

  /* Chain of custody, oldest first */
  for (guint i = 0; transfers != NULL && i < g_list_model_get_n_items (transfers); i++)
    {
      g_autoptr(CordonCustodyTransfer) transfer = g_list_model_get_item (transfers, i);
      g_autofree char *when = cordon_time_format_display (cordon_custody_transfer_get_time (transfer));
      g_autofree char *heading = g_strdup_printf (_("Handed from %s to %s"),
                                                  cordon_custody_transfer_get_from (transfer),
                                                  cordon_custody_transfer_get_to (transfer));
      g_autofree char *details = NULL;
      GtkWidget *transfer_row;

      if (cordon_custody_transfer_get_location (transfer)[0] != '\0')
        /* TRANSLATORS: when, why and where to an evidence item was handed over */
        details = g_strdup_printf (_("%s · %s · kept at %s"), when,
                                   cordon_custody_transfer_get_purpose (transfer),
                                   cordon_custody_transfer_get_location (transfer));
      else
        details = g_strdup_printf ("%s · %s", when, cordon_custody_transfer_get_purpose (transfer));

      transfer_row = detail_row (heading, details, FALSE);
      gtk_widget_remove_css_class (transfer_row, "property");
      adw_action_row_add_prefix (ADW_ACTION_ROW (transfer_row), gtk_image_new_from_icon_name ("send-to-symbolic"));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), transfer_row);
    }

  for (guint i = 0; checks != NULL && i < g_list_model_get_n_items (checks); i++)
    {
      g_autoptr(CordonEvidenceCheck) check = g_list_model_get_item (checks, i);
      g_autofree char *when = cordon_time_format_display (cordon_evidence_check_get_time (check));
      g_autofree char *details = g_strdup_printf ("%s · %s", when, cordon_evidence_check_get_checked_by (check));
      GtkWidget *check_row = detail_row (cordon_evidence_check_result_to_label (cordon_evidence_check_get_result (check)),
                                         details, FALSE);

      gtk_widget_remove_css_class (check_row, "property");
      adw_action_row_add_prefix (ADW_ACTION_ROW (check_row),
                                 gtk_image_new_from_icon_name ("view-refresh-symbolic"));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), check_row);
    }

  /* What can be done with it */
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (buttons, 6);
  gtk_widget_set_margin_bottom (buttons, 6);
  gtk_widget_set_margin_start (buttons, 6);
  gtk_widget_set_margin_end (buttons, 6);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (buttons), action_button (_("_Transfer Custody…"), "send-to-symbolic",
                                                    "incident.transfer-custody", id));
  if (electronic)
    gtk_box_append (GTK_BOX (buttons), action_button (_("_Re-verify"), "view-refresh-symbolic",
                                                      "incident.reverify-evidence", id));
  gtk_box_append (GTK_BOX (buttons), action_button (_("_Print Custody Form…"), "printer-symbolic",
                                                    "incident.print-custody-form", id));
  buttons_row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (buttons_row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (buttons_row), buttons);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), buttons_row);

  g_object_set_data (G_OBJECT (row), "cordon-item-id", GSIZE_TO_POINTER ((gsize) id));

  return row;
}

void
_cordon_incident_page_reload_evidence (CordonIncidentPage *self)
{
  g_autoptr(GListModel) fresh = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (self->workspace == NULL || self->incident == NULL)
    g_list_store_remove_all (self->evidence);
  else if (!(fresh = cordon_workspace_list_evidence (self->workspace, self->incident, &error)))
    _cordon_incident_page_show_error (self, error);
  else
    {
      /* Rows are rebuilt so that holders and histories follow; the few
       * rows a register has make this cheap */
      for (guint i = 0; i < g_list_model_get_n_items (fresh); i++)
        g_ptr_array_add (items, g_list_model_get_item (fresh, i));
      g_list_store_splice (self->evidence, 0, g_list_model_get_n_items (G_LIST_MODEL (self->evidence)),
                           items->pdata, items->len);
    }

  update_state (self);
}

/* Hashing ---------------------------------------------------------------- */

static void
finish_hash (CordonIncidentPage *self)
{
  g_clear_object (&self->hash_cancellable);
  if (self->evidence != NULL)
    update_state (self);
}

static void
on_hash_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(HashJob) job = user_data;
  CordonIncidentPage *self = job->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *hash = cordon_file_hasher_hash_finish (CORDON_FILE_HASHER (source), result, &error);

  finish_hash (self);

  /* The page went away while the file was hashed */
  if (self->evidence == NULL)
    return;

  if (hash == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_autoptr(AdwToast) toast = adw_toast_new (_("Hashing cancelled; nothing was recorded"));
          _cordon_incident_page_toast (self, toast);
        }
      else
        _cordon_incident_page_show_error (self, error);
      return;
    }

  if (self->evidence == NULL || self->workspace == NULL || self->incident == NULL)
    return;

  if (job->purpose == HASH_FOR_ADD)
    {
      g_autoptr(AdwToast) toast = NULL;
      g_autofree char *text = NULL;

      cordon_evidence_item_set_sha256 (job->item, hash);
      cordon_evidence_item_set_size (job->item, (gint64) cordon_file_hasher_get_size (CORDON_FILE_HASHER (source)));
      if (!cordon_workspace_add_evidence (self->workspace, self->incident, job->item,
                                          _cordon_incident_page_author (self), &error))
        {
          _cordon_incident_page_show_error (self, error);
          return;
        }

      text = g_strdup_printf (_("Recorded %s"), cordon_evidence_item_get_label (job->item));
      toast = adw_toast_new (text);
      _cordon_incident_page_toast (self, toast);
    }
  else
    {
      g_autoptr(CordonEvidenceCheck) check = NULL;
      g_autoptr(AdwToast) toast = NULL;
      g_autofree char *text = NULL;

      if (!(check = cordon_workspace_record_evidence_check (self->workspace, job->item, hash,
                                                            _cordon_incident_page_author (self), &error)))
        {
          _cordon_incident_page_show_error (self, error);
          return;
        }

      if (cordon_evidence_check_get_result (check) == CORDON_EVIDENCE_CHECK_RESULT_MATCH)
        text = g_strdup_printf (_("%s: the file matches its recorded SHA-256"),
                                cordon_evidence_item_get_label (job->item));
      else
        text = g_strdup_printf (_("%s: the file does NOT match its recorded SHA-256"),
                                cordon_evidence_item_get_label (job->item));
      toast = adw_toast_new (text);
      if (cordon_evidence_check_get_result (check) != CORDON_EVIDENCE_CHECK_RESULT_MATCH)
        adw_toast_set_timeout (toast, 0);
      _cordon_incident_page_toast (self, toast);
    }
}

static void
on_hash_progress (CordonFileHasher   *hasher,
                  GParamSpec         *pspec,
                  CordonIncidentPage *self)
{
  if (self->hash_progress != NULL)
    gtk_progress_bar_set_fraction (self->hash_progress, cordon_file_hasher_get_fraction (hasher));
}

static void
start_hash (CordonIncidentPage *self,
            GFile              *file,
            CordonEvidenceItem *item,
            HashPurpose         purpose)
{
  g_autoptr(CordonFileHasher) hasher = cordon_file_hasher_new (file);
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *text = NULL;
  HashJob *job;

  g_return_if_fail (self->hash_cancellable == NULL);

  job = g_new0 (HashJob, 1);
  job->self = g_object_ref (self);
  job->item = g_object_ref (item);
  job->purpose = purpose;

  /* TRANSLATORS: the file being hashed */
  text = g_strdup_printf (_("Computing the SHA-256 of %s"), name);
  gtk_label_set_text (self->hash_label, text);
  gtk_progress_bar_set_fraction (self->hash_progress, 0.0);

  self->hash_cancellable = g_cancellable_new ();
  g_signal_connect_object (hasher, "notify::fraction", G_CALLBACK (on_hash_progress), self, 0);
  update_state (self);
  cordon_file_hasher_hash_async (hasher, self->hash_cancellable, on_hash_done, job);
}

static void
cancel_hash_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (widget);

  if (self->hash_cancellable != NULL)
    g_cancellable_cancel (self->hash_cancellable);
}

/* Add Evidence ------------------------------------------------------------ */

typedef struct
{
  CordonIncidentPage *self;
  AdwMessageDialog   *dialog;
  AdwComboRow        *kind_row;
  AdwActionRow       *file_row;
  AdwEntryRow        *description_row;
  AdwEntryRow        *collector_row;
  AdwEntryRow        *host_row;
  AdwEntryRow        *location_row;
  AdwEntryRow        *storage_row;
  GFile              *file;
  GtkFileChooserNative *chooser;
} AddRequest;

static void
add_request_free (gpointer data)
{
  AddRequest *request = data;

  g_clear_object (&request->file);
  if (request->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (request->chooser));
  g_clear_object (&request->chooser);
  g_free (request);
}

static gboolean
entry_filled (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  return text[0] != '\0';
}

static void
update_add_request (AddRequest *request)
{
  gboolean electronic = adw_combo_row_get_selected (request->kind_row) == CORDON_EVIDENCE_KIND_ELECTRONIC;

  gtk_widget_set_visible (GTK_WIDGET (request->file_row), electronic);
  adw_message_dialog_set_response_enabled (request->dialog, "add",
                                           entry_filled (request->description_row) &&
                                           entry_filled (request->collector_row) &&
                                           (!electronic || request->file != NULL));
}

/**
 * _cordon_incident_page_evidence_dialog_set_file:
 *
 * Sets the file of an Add Evidence dialog, as choosing it in the file
 * chooser does: its name becomes the description when there is none.
 */
void
_cordon_incident_page_evidence_dialog_set_file (AdwMessageDialog *dialog,
                                                GFile            *file)
{
  AddRequest *request = g_object_get_data (G_OBJECT (dialog), "cordon-request");
  g_autofree char *name = NULL;

  g_return_if_fail (request != NULL);

  g_set_object (&request->file, file);
  name = g_file_get_parse_name (file);
  adw_action_row_set_subtitle (request->file_row, name);
  if (!entry_filled (request->description_row))
    {
      g_autofree char *basename = g_file_get_basename (file);
      gtk_editable_set_text (GTK_EDITABLE (request->description_row), basename);
    }
  update_add_request (request);
}

static void
on_file_chosen (GtkNativeDialog *chooser,
                int              response,
                gpointer         user_data)
{
  AddRequest *request = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        _cordon_incident_page_evidence_dialog_set_file (request->dialog, file);
    }
}

static void
on_choose_file (GtkButton  *button,
                AddRequest *request)
{
  if (request->chooser == NULL)
    {
      request->chooser = gtk_file_chooser_native_new (_("Choose the Evidence File"),
                                                      GTK_WINDOW (request->dialog),
                                                      GTK_FILE_CHOOSER_ACTION_OPEN,
                                                      _("_Choose"), _("_Cancel"));
      gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (request->chooser), TRUE);
      g_signal_connect (request->chooser, "response", G_CALLBACK (on_file_chosen), request);
    }

  gtk_native_dialog_show (GTK_NATIVE_DIALOG (request->chooser));
}

static gboolean
apply_add (AdwMessageDialog  *dialog,
           gpointer           user_data,
           GError           **error)
{
  AddRequest *request = user_data;
  CordonIncidentPage *self = request->self;
  g_autoptr(CordonEvidenceItem) item = NULL;
  gboolean electronic;

  if (self->incident == NULL)
    return TRUE;

  electronic = adw_combo_row_get_selected (request->kind_row) == CORDON_EVIDENCE_KIND_ELECTRONIC;
  item = cordon_evidence_item_new ();
  cordon_evidence_item_set_kind (item, electronic ? CORDON_EVIDENCE_KIND_ELECTRONIC : CORDON_EVIDENCE_KIND_PHYSICAL);
  cordon_evidence_item_set_description (item, gtk_editable_get_text (GTK_EDITABLE (request->description_row)));
  cordon_evidence_item_set_collected_by (item, gtk_editable_get_text (GTK_EDITABLE (request->collector_row)));
  cordon_evidence_item_set_source_host (item, gtk_editable_get_text (GTK_EDITABLE (request->host_row)));
  cordon_evidence_item_set_source_location (item, gtk_editable_get_text (GTK_EDITABLE (request->location_row)));
  cordon_evidence_item_set_storage (item, gtk_editable_get_text (GTK_EDITABLE (request->storage_row)));

  if (electronic && request->file != NULL)
    {
      g_autofree char *path = g_file_get_path (request->file);

      /* The hash is computed in a thread, with its progress on the page */
      cordon_evidence_item_set_file_path (item, path);
      start_hash (self, request->file, item, HASH_FOR_ADD);
      return TRUE;
    }

  return cordon_workspace_add_evidence (self->workspace, self->incident, item,
                                        _cordon_incident_page_author (self), error);
}

static AdwEntryRow *
add_entry_row (GtkWidget  *list,
               const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_append (GTK_LIST_BOX (list), row);

  return ADW_ENTRY_ROW (row);
}

static void
add_evidence_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (widget);
  const char * const kinds[] = { _("Electronic — a file, hashed"), _("Physical — an object"), NULL };
  g_autoptr(GtkStringList) kind_list = gtk_string_list_new (kinds);
  AddRequest *request = g_new0 (AddRequest, 1);
  GtkWidget *dialog;
  GtkWidget *list;
  GtkWidget *button;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Add Evidence"),
                                   _("Record an item in the evidence register. A file’s SHA-256 is "
                                     "computed before it is recorded; you are its first custodian unless "
                                     "someone else collected it."));
  request->self = self;
  request->dialog = ADW_MESSAGE_DIALOG (dialog);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  request->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (request->kind_row), _("Kind"));
  adw_combo_row_set_model (request->kind_row, G_LIST_MODEL (kind_list));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (request->kind_row));

  request->file_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (request->file_row), _("File"));
  adw_action_row_set_subtitle (request->file_row, _("No file chosen"));
  button = gtk_button_new_with_mnemonic (_("_Choose…"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect (button, "clicked", G_CALLBACK (on_choose_file), request);
  adw_action_row_add_suffix (request->file_row, button);
  adw_action_row_set_activatable_widget (request->file_row, button);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (request->file_row));

  request->description_row = add_entry_row (list, _("Description"));
  request->collector_row = add_entry_row (list, _("Collected By"));
  gtk_editable_set_text (GTK_EDITABLE (request->collector_row), _cordon_incident_page_author (self));
  request->host_row = add_entry_row (list, _("Source Host"));
  request->location_row = add_entry_row (list, _("Source Location"));
  request->storage_row = add_entry_row (list, _("Stored At"));

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "cordon-request", request, add_request_free);
  cordon_form_attach (ADW_MESSAGE_DIALOG (dialog), widget, apply_add, request, NULL);
  g_signal_connect_swapped (request->kind_row, "notify::selected", G_CALLBACK (update_add_request), request);
  g_signal_connect_swapped (request->description_row, "changed", G_CALLBACK (update_add_request), request);
  g_signal_connect_swapped (request->collector_row, "changed", G_CALLBACK (update_add_request), request);
  update_add_request (request);

  gtk_window_present (GTK_WINDOW (dialog));
}

/* Transfer Custody -------------------------------------------------------- */

typedef struct
{
  CordonIncidentPage *self;
  CordonEvidenceItem *item;
  AdwMessageDialog   *dialog;
  /* The team's members by name, then "Someone outside the team" */
  AdwComboRow        *receiver_row;
  GStrv               members;
  AdwEntryRow        *to_row;
  AdwEntryRow        *purpose_row;
  AdwEntryRow        *location_row;
} TransferRequest;

static void
transfer_request_free (gpointer data)
{
  TransferRequest *request = data;

  g_clear_object (&request->item);
  g_clear_pointer (&request->members, g_strfreev);
  g_free (request);
}

static gboolean
transfer_to_outsider (TransferRequest *request)
{
  return adw_combo_row_get_selected (request->receiver_row) >= g_strv_length (request->members);
}

static void
update_transfer_request (TransferRequest *request)
{
  gboolean outsider = transfer_to_outsider (request);

  gtk_widget_set_visible (GTK_WIDGET (request->to_row), outsider);
  adw_message_dialog_set_response_enabled (request->dialog, "transfer",
                                           (!outsider || entry_filled (request->to_row)) &&
                                           entry_filled (request->purpose_row));
}

/* The names of every group's members, once each, without the holder */
static GStrv
team_members (CordonIncidentPage *self,
              const char         *holder)
{
  g_autoptr(GListModel) members = cordon_workspace_list_members (self->workspace, NULL, NULL);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; members != NULL && i < g_list_model_get_n_items (members); i++)
    {
      g_autoptr(CordonMember) member = g_list_model_get_item (members, i);
      const char *name = cordon_member_get_name (member);

      if (g_strcmp0 (name, holder) == 0 || !g_hash_table_add (seen, (gpointer) name))
        continue;
      g_strv_builder_add (names, name);
    }

  return g_strv_builder_end (names);
}

static gboolean
apply_transfer (AdwMessageDialog  *dialog,
                gpointer           user_data,
                GError           **error)
{
  TransferRequest *request = user_data;
  CordonIncidentPage *self = request->self;
  g_autoptr(CordonCustodyTransfer) transfer = NULL;
  g_autofree char *to = NULL;

  if (self->workspace == NULL)
    return TRUE;

  if (transfer_to_outsider (request))
    to = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (request->to_row))));
  else
    to = g_strdup (request->members[adw_combo_row_get_selected (request->receiver_row)]);
  transfer = cordon_custody_transfer_new ();
  cordon_custody_transfer_set_to (transfer, to);
  cordon_custody_transfer_set_purpose (transfer, gtk_editable_get_text (GTK_EDITABLE (request->purpose_row)));
  cordon_custody_transfer_set_location (transfer, gtk_editable_get_text (GTK_EDITABLE (request->location_row)));
  cordon_custody_transfer_set_author (transfer, _cordon_incident_page_author (self));

  return cordon_workspace_transfer_custody (self->workspace, request->item, transfer, error);
}

static void
transfer_custody_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (widget);
  g_autoptr(CordonEvidenceItem) item = find_item (self, g_variant_get_int64 (parameter));
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  TransferRequest *request;
  GtkWidget *dialog;
  GtkWidget *list;

  if (item == NULL)
    return;

  heading = g_strdup_printf (_("Transfer Custody of %s"), cordon_evidence_item_get_label (item));
  body = g_strdup_printf (_("%s holds “%s”. Record whom it is handed to and why; "
                            "the transfer cannot be changed afterwards."),
                          cordon_evidence_item_get_holder (item), cordon_evidence_item_get_description (item));
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), heading, body);

  request = g_new0 (TransferRequest, 1);
  request->self = self;
  request->item = g_object_ref (item);
  request->dialog = ADW_MESSAGE_DIALOG (dialog);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  {
    g_autoptr(GtkStringList) receivers = NULL;

    request->members = team_members (self, cordon_evidence_item_get_holder (item));
    receivers = gtk_string_list_new ((const char * const *) request->members);
    gtk_string_list_append (receivers, _("Someone Outside the Team"));
    request->receiver_row = ADW_COMBO_ROW (adw_combo_row_new ());
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (request->receiver_row), _("Handed To"));
    adw_combo_row_set_model (request->receiver_row, G_LIST_MODEL (receivers));
    gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (request->receiver_row));
  }
  request->to_row = add_entry_row (list, _("Name of the Person or Party"));
  request->purpose_row = add_entry_row (list, _("Purpose"));
  request->location_row = add_entry_row (list, _("Kept At (optional)"));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "transfer", _("_Transfer"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "transfer", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "transfer");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  g_object_set_data_full (G_OBJECT (dialog), "cordon-request", request, transfer_request_free);
  cordon_form_attach (ADW_MESSAGE_DIALOG (dialog), widget, apply_transfer, request, NULL);
  g_signal_connect_swapped (request->receiver_row, "notify::selected", G_CALLBACK (update_transfer_request), request);
  g_signal_connect_swapped (request->to_row, "changed", G_CALLBACK (update_transfer_request), request);
  g_signal_connect_swapped (request->purpose_row, "changed", G_CALLBACK (update_transfer_request), request);
  update_transfer_request (request);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (request->purpose_row));
}

/* Re-verify and Print ------------------------------------------------------ */

static void
reverify_evidence_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (widget);
  g_autoptr(CordonEvidenceItem) item = find_item (self, g_variant_get_int64 (parameter));
  g_autoptr(GFile) file = NULL;

  if (item == NULL || self->hash_cancellable != NULL ||
      cordon_evidence_item_get_kind (item) != CORDON_EVIDENCE_KIND_ELECTRONIC)
    return;

  file = g_file_new_for_path (cordon_evidence_item_get_file_path (item));
  start_hash (self, file, item, HASH_FOR_REVERIFY);
}

/**
 * _cordon_incident_page_print_custody_form:
 *
 * Writes the custody form of @item to @file, telling the user how it went.
 */
gboolean
_cordon_incident_page_print_custody_form (CordonIncidentPage *self,
                                          CordonEvidenceItem *item,
                                          GFile              *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(AdwToast) toast = NULL;
  g_autofree char *text = NULL;

  if (path == NULL)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("The custody form can only be saved to a local file"));
      _cordon_incident_page_show_error (self, error);
      return FALSE;
    }

  if (!cordon_custody_form_write (self->workspace, item, path, &error))
    {
      _cordon_incident_page_show_error (self, error);
      return FALSE;
    }

  text = g_strdup_printf (_("Saved the custody form of %s"), cordon_evidence_item_get_label (item));
  toast = adw_toast_new (text);
  _cordon_incident_page_toast (self, toast);

  return TRUE;
}

static void
on_form_file_chosen (GtkNativeDialog *chooser,
                     int              response,
                     gpointer         user_data)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (user_data);
  CordonEvidenceItem *item = g_object_get_data (G_OBJECT (chooser), "cordon-item");

  if (response == GTK_RESPONSE_ACCEPT && self->workspace != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        _cordon_incident_page_print_custody_form (self, item, file);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
print_custody_form_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (widget);
  g_autoptr(CordonEvidenceItem) item = find_item (self, g_variant_get_int64 (parameter));
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (item == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Save the Custody Form"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  name = g_strdup_printf ("%s-custody.pdf", cordon_evidence_item_get_label (item));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_object_set_data_full (G_OBJECT (chooser), "cordon-item", g_steal_pointer (&item), g_object_unref);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_form_file_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Set-up ------------------------------------------------------------------ */

void
_cordon_incident_page_class_init_evidence (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, evidence_stack);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, evidence_list);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, hash_group);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, hash_label);
  gtk_widget_class_bind_template_child (widget_class, CordonIncidentPage, hash_progress);

  gtk_widget_class_install_action (widget_class, "incident.add-evidence", NULL, add_evidence_action);
  gtk_widget_class_install_action (widget_class, "incident.transfer-custody", "x", transfer_custody_action);
  gtk_widget_class_install_action (widget_class, "incident.reverify-evidence", "x", reverify_evidence_action);
  gtk_widget_class_install_action (widget_class, "incident.print-custody-form", "x", print_custody_form_action);
  gtk_widget_class_install_action (widget_class, "incident.cancel-hash", NULL, cancel_hash_action);
}

void
_cordon_incident_page_init_evidence (CordonIncidentPage *self)
{
  self->evidence = g_list_store_new (CORDON_TYPE_EVIDENCE_ITEM);
  gtk_list_box_bind_model (self->evidence_list, G_LIST_MODEL (self->evidence), create_item_row, self, NULL);
  gtk_list_box_set_placeholder (self->evidence_list,
                                _cordon_incident_page_placeholder_new (_("The first item is being hashed")));
  update_state (self);
}

void
_cordon_incident_page_dispose_evidence (CordonIncidentPage *self)
{
  if (self->hash_cancellable != NULL)
    g_cancellable_cancel (self->hash_cancellable);
  g_clear_object (&self->hash_cancellable);
  g_clear_object (&self->evidence);
}
