/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-validation-dialog.c: records one validation of a strategy. The
 * date and the time taken are checked on their rows before anything is
 * stored; "added" tells the library to refresh.
 */

#define G_LOG_DOMAIN "cordon-library"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "cordon-validation-dialog.h"
#include "cordon-preferences-helpers.h"

struct _CordonValidationDialog
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwEntryRow     *date_row;
  AdwComboRow     *method_row;
  AdwEntryRow     *who_row;
  AdwEntryRow     *duration_row;
  AdwComboRow     *result_row;
  AdwEntryRow     *pitfalls_row;

  /* Owned references */
  CordonWorkspace *workspace;
  CordonStrategy  *strategy;
};

G_DEFINE_FINAL_TYPE (CordonValidationDialog, cordon_validation_dialog, ADW_TYPE_WINDOW)

enum { ADDED, N_SIGNALS };
static guint signals[N_SIGNALS];

static GDateTime *
parse_date (const char *text)
{
  int year, month, day;
  char rest;

  if (sscanf (text, "%d-%d-%d%c", &year, &month, &day, &rest) != 3)
    return NULL;

  return g_date_time_new_utc (year, month, day, 12, 0, 0);
}

static void
on_add_clicked (CordonValidationDialog *self)
{
  g_autoptr(CordonValidation) validation = cordon_validation_new ();
  g_autoptr(GDateTime) date = parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  const char *minutes = gtk_editable_get_text (GTK_EDITABLE (self->duration_row));
  g_autoptr(GError) error = NULL;
  char *end = NULL;
  gint64 duration = 0;
  gboolean valid = TRUE;

  cordon_row_set_error (ADW_PREFERENCES_ROW (self->date_row), NULL);
  cordon_row_set_error (ADW_PREFERENCES_ROW (self->duration_row), NULL);

  if (date == NULL)
    {
      cordon_row_set_error (ADW_PREFERENCES_ROW (self->date_row), _("Write the date as YYYY-MM-DD"));
      valid = FALSE;
    }

  if (minutes[0] != '\0')
    {
      duration = g_ascii_strtoll (minutes, &end, 10);
      if (*end != '\0' || duration < 0)
        {
          cordon_row_set_error (ADW_PREFERENCES_ROW (self->duration_row), _("Write the time taken in whole minutes"));
          valid = FALSE;
        }
    }

  if (!valid)
    return;

  cordon_validation_set_date (validation, date);
  cordon_validation_set_method (validation, adw_combo_row_get_selected (self->method_row));
  cordon_validation_set_who (validation, gtk_editable_get_text (GTK_EDITABLE (self->who_row)));
  cordon_validation_set_duration (validation, duration * 60);
  cordon_validation_set_result (validation, adw_combo_row_get_selected (self->result_row));
  cordon_validation_set_pitfalls (validation, gtk_editable_get_text (GTK_EDITABLE (self->pitfalls_row)));

  if (!cordon_workspace_add_validation (self->workspace, self->strategy, validation, &error))
    {
      cordon_row_set_error (ADW_PREFERENCES_ROW (self->date_row), error->message);
      return;
    }

  g_signal_emit (self, signals[ADDED], 0, validation);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cordon_validation_dialog_dispose (GObject *object)
{
  CordonValidationDialog *self = CORDON_VALIDATION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), CORDON_TYPE_VALIDATION_DIALOG);
  g_clear_object (&self->workspace);
  g_clear_object (&self->strategy);

  G_OBJECT_CLASS (cordon_validation_dialog_parent_class)->dispose (object);
}

static void
cordon_validation_dialog_class_init (CordonValidationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cordon_validation_dialog_dispose;

  /**
   * CordonValidationDialog::added:
   * @validation: the stored validation
   */
  signals[ADDED] = g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, CORDON_TYPE_VALIDATION);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/containment/cordon-validation-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, CordonValidationDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, CordonValidationDialog, method_row);
  gtk_widget_class_bind_template_child (widget_class, CordonValidationDialog, who_row);
  gtk_widget_class_bind_template_child (widget_class, CordonValidationDialog, duration_row);
  gtk_widget_class_bind_template_child (widget_class, CordonValidationDialog, result_row);
  gtk_widget_class_bind_template_child (widget_class, CordonValidationDialog, pitfalls_row);
  gtk_widget_class_bind_template_callback (widget_class, on_add_clicked);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
cordon_validation_dialog_init (CordonValidationDialog *self)
{
  g_autoptr(GtkStringList) methods = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) results = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (int i = CORDON_VALIDATION_METHOD_TABLETOP; i <= CORDON_VALIDATION_METHOD_TEST_RUN; i++)
    gtk_string_list_append (methods, cordon_validation_method_to_label (i));
  for (int i = CORDON_VALIDATION_RESULT_EFFECTIVE; i <= CORDON_VALIDATION_RESULT_FAILED; i++)
    gtk_string_list_append (results, cordon_validation_result_to_label (i));
  adw_combo_row_set_model (self->method_row, G_LIST_MODEL (methods));
  adw_combo_row_set_model (self->result_row, G_LIST_MODEL (results));
}

/**
 * cordon_validation_dialog_new:
 *
 * Returns: (transfer full): a dialog that adds a validation of the stored
 *   @strategy, dated today by the workspace's clock
 */
CordonValidationDialog *
cordon_validation_dialog_new (CordonWorkspace *workspace,
                              CordonStrategy  *strategy)
{
  CordonValidationDialog *self;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *today = NULL;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (CORDON_IS_STRATEGY (strategy), NULL);

  self = g_object_new (CORDON_TYPE_VALIDATION_DIALOG, NULL);
  self->workspace = g_object_ref (workspace);
  self->strategy = g_object_ref (strategy);

  now = cordon_clock_now (cordon_workspace_get_clock (workspace));
  today = g_date_time_format (now, "%Y-%m-%d");
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);

  return self;
}
