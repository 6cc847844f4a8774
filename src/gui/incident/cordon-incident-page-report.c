/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-incident-page-report.c: Export Report… in the incident page's
 * menu. The report is read from the workspace on the main thread (a
 * workspace belongs to its thread), then written as PDF or HTML in a
 * worker thread while a dialog shows the progress and offers Cancel. A
 * toast with Open tells when the file is there.
 */

#define G_LOG_DOMAIN "cordon-incident-page"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-incident-page-private.h"
#include "cordon-incident-report.h"
#include "cordon-output.h"

/* What the worker needs; shared with the progress idles */
typedef struct
{
  CordonDocument       *doc;
  CordonDocumentFormat  format;
  char                 *path;
  GMainContext         *context;
  GWeakRef              page;
  int                   permille;
  int                   idle_pending;
} ReportJob;

static void
report_job_clear (gpointer data)
{
  ReportJob *job = data;

  g_clear_pointer (&job->doc, cordon_document_free);
  g_clear_pointer (&job->path, g_free);
  g_clear_pointer (&job->context, g_main_context_unref);
  g_weak_ref_clear (&job->page);
}

static void
report_job_unref (gpointer data)
{
  g_atomic_rc_box_release_full (data, report_job_clear);
}

static gboolean
show_progress (gpointer data)
{
  ReportJob *job = data;
  g_autoptr(CordonIncidentPage) self = g_weak_ref_get (&job->page);

  g_atomic_int_set (&job->idle_pending, 0);
  if (self != NULL && self->report_progress != NULL)
    gtk_progress_bar_set_fraction (self->report_progress, g_atomic_int_get (&job->permille) / 1000.0);

  return G_SOURCE_REMOVE;
}

/* In the worker: hand the fraction over to the main thread, with at most
 * one idle waiting at a time */
static void
on_progress (double   fraction,
             gpointer user_data)
{
  ReportJob *job = user_data;

  g_atomic_int_set (&job->permille, (int) (fraction * 1000));
  if (g_atomic_int_compare_and_exchange (&job->idle_pending, 0, 1))
    {
      g_autoptr(GSource) source = g_idle_source_new ();

      g_source_set_callback (source, show_progress, g_atomic_rc_box_acquire (job), report_job_unref);
      g_source_attach (source, job->context);
    }
}

static void
write_report_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  ReportJob *job = task_data;
  g_autoptr(GError) error = NULL;

  if (!cordon_document_write (job->doc, job->format, job->path, cancellable, on_progress, job, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
close_progress (CordonIncidentPage *self)
{
  /* The dialog may have closed itself already (Cancel, Escape) */
  if (self->report_dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->report_dialog));
  g_clear_weak_pointer (&self->report_dialog);
  g_clear_weak_pointer (&self->report_progress);
}

static void
on_report_written (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (source);
  ReportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(AdwToast) toast = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *text = NULL;

  g_clear_object (&self->report_cancellable);
  close_progress (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "incident.export-report", TRUE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          toast = adw_toast_new (_("Export cancelled; no file was written"));
          _cordon_incident_page_toast (self, toast);
        }
      else
        _cordon_incident_page_show_error (self, error);
      return;
    }

  file = g_file_new_for_path (job->path);
  name = g_file_get_basename (file);
  uri = g_file_get_uri (file);
  /* TRANSLATORS: the name of the report file */
  text = g_strdup_printf (_("Saved the report as %s"), name);
  toast = adw_toast_new (text);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "incident.open-report");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  _cordon_incident_page_toast (self, toast);
}

static void
on_progress_response (CordonIncidentPage *self,
                      const char         *response)
{
  if (self->report_cancellable != NULL)
    g_cancellable_cancel (self->report_cancellable);
}

static void
show_progress_dialog (CordonIncidentPage *self,
                      const char         *path)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *name = g_path_get_basename (path);
  GtkWidget *dialog;
  GtkWidget *bar;

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Exporting Report"), name);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  bar = gtk_progress_bar_new ();
  gtk_widget_set_size_request (bar, 260, -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), bar);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_progress_response), self, G_CONNECT_SWAPPED);

  g_set_weak_pointer (&self->report_dialog, ADW_MESSAGE_DIALOG (dialog));
  g_set_weak_pointer (&self->report_progress, GTK_PROGRESS_BAR (bar));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * _cordon_incident_page_export_report:
 * @file: where to write; a name ending in .html gives HTML, else PDF
 *
 * Starts writing the report of the page's incident to @file, as the save
 * dialog does when the user accepts it. The report is read now; the file
 * is written in a worker thread, and a toast tells how it went.
 *
 * Returns: %TRUE if the export started
 */
gboolean
_cordon_incident_page_export_report (CordonIncidentPage *self,
                                     GFile              *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = g_file_get_path (file);
  CordonDocumentFormat format = CORDON_DOCUMENT_FORMAT_PDF;
  CordonDocument *doc;
  ReportJob *job;

  g_return_val_if_fail (CORDON_IS_INCIDENT_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->workspace == NULL || self->incident == NULL || self->report_cancellable != NULL)
    return FALSE;

  if (path == NULL)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("The report can only be saved to a local file"));
      _cordon_incident_page_show_error (self, error);
      return FALSE;
    }

  /* Never over the workspace or one of its side files */
  if (!cordon_output_check_target (path, cordon_workspace_get_path (self->workspace), &error) ||
      !(doc = cordon_incident_report_build (self->workspace, self->incident, &error)))
    {
      _cordon_incident_page_show_error (self, error);
      return FALSE;
    }
  cordon_document_format_from_path (path, &format);

  job = g_atomic_rc_box_new0 (ReportJob);
  job->doc = doc;
  job->format = format;
  job->path = g_strdup (path);
  job->context = g_main_context_ref_thread_default ();
  g_weak_ref_init (&job->page, self);

  self->report_cancellable = g_cancellable_new ();
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "incident.export-report", FALSE);
  show_progress_dialog (self, path);

  task = g_task_new (self, self->report_cancellable, on_report_written, NULL);
  g_task_set_source_tag (task, _cordon_incident_page_export_report);
  g_task_set_task_data (task, job, report_job_unref);
  g_task_run_in_thread (task, write_report_thread);

  return TRUE;
}

static void
on_report_file_chosen (GtkNativeDialog *chooser,
                       int              response,
                       gpointer         user_data)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (user_data);

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (chooser));
      GtkFileFilter *html = g_object_get_data (G_OBJECT (chooser), "cordon-html-filter");
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
      CordonDocumentFormat format;

      /* A name without .pdf or .html takes the chosen filter's */
      if (path != NULL && !cordon_document_format_from_path (path, &format))
        {
          g_autofree char *named = g_strconcat (path, filter == html ? ".html" : ".pdf", NULL);

          g_clear_object (&file);
          file = g_file_new_for_path (named);
        }

      if (file != NULL)
        _cordon_incident_page_export_report (self, file);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  CordonIncidentPage *self = CORDON_INCIDENT_PAGE (widget);
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) html = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (self->incident == NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Export Report"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  name = cordon_incident_report_suggest_name (self->incident, CORDON_DOCUMENT_FORMAT_PDF);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  gtk_file_filter_set_name (pdf, _("PDF documents"));
  gtk_file_filter_add_mime_type (pdf, "application/pdf");
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), pdf);
  gtk_file_filter_set_name (html, _("Web pages (HTML)"));
  gtk_file_filter_add_mime_type (html, "text/html");
  gtk_file_filter_add_suffix (html, "html");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), html);
  g_object_set_data_full (G_OBJECT (chooser), "cordon-html-filter", g_object_ref (html), g_object_unref);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_report_file_chosen), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_report_launched (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(CordonIncidentPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    _cordon_incident_page_show_error (self, error);
}

static void
open_report_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GdkAppLaunchContext) context = gdk_display_get_app_launch_context (gtk_widget_get_display (widget));

  g_app_info_launch_default_for_uri_async (g_variant_get_string (parameter, NULL), G_APP_LAUNCH_CONTEXT (context),
                                           NULL, on_report_launched, g_object_ref (widget));
}

void
_cordon_incident_page_class_init_report (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "incident.export-report", NULL, export_report_action);
  gtk_widget_class_install_action (widget_class, "incident.open-report", "s", open_report_action);
}

void
_cordon_incident_page_dispose_report (CordonIncidentPage *self)
{
  if (self->report_cancellable != NULL)
    g_cancellable_cancel (self->report_cancellable);
  close_progress (self);
}
