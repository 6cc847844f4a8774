/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-exercise-console.c: the facilitator console. What it shows is
 * read from the exercise (its clock, queue and state); every button is a
 * window action whose enabled state is recomputed in update_state().
 */

#define G_LOG_DOMAIN "cordon-exercise-console"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-application.h"
#include "cordon-exercise-console.h"
#include "cordon-form.h"
#include "cordon-time.h"
#include "cordon-toasts.h"

static const guint speeds[] = { 1, 2, 5, 10, 60 };

struct _CordonExerciseConsole
{
  AdwWindow        parent_instance;

  /* Widgets */
  GtkStack        *stack;
  GtkLabel        *offset_label;
  GtkLabel        *time_label;
  GtkButton       *start_button;
  GtkDropDown     *speed_dropdown;
  GtkSwitch       *responses_switch;
  GtkListView     *queue;
  GtkLabel        *module_label;
  GtkLabel        *questions_label;
  GtkTextView     *notes_view;
  GtkLabel        *report_summary;
  GtkLabel        *report_gaps;
  AdwToastOverlay *toasts;

  /* Owned references */
  CordonExercise  *exercise;
  CordonAar       *report;
  guint            tick_id;
  guint            save_id;
};

G_DEFINE_FINAL_TYPE (CordonExerciseConsole, cordon_exercise_console, ADW_TYPE_WINDOW)

static void
toast (CordonExerciseConsole *self,
       const char            *text)
{
  adw_toast_overlay_add_toast (self->toasts, adw_toast_new (text));
}

static void
update_state (CordonExerciseConsole *self)
{
  CordonExerciseState state = cordon_exercise_get_state (self->exercise);
  const CordonScenarioModule *module = cordon_exercise_get_current_module (self->exercise);
  gint64 offset = MAX (0, cordon_exercise_get_offset (self->exercise));
  g_autofree char *offset_text = cordon_scenario_format_offset (offset - offset % CORDON_SCENARIO_MINUTE);
  g_autofree char *time_text = NULL;
  g_autoptr(GString) questions = g_string_new (NULL);
  g_autoptr(GDateTime) now = cordon_time_to_date_time (cordon_exercise_get_start_usec (self->exercise) + offset);
  const char *start_label;

  time_text = cordon_time_format_display (now);
  gtk_label_set_label (self->offset_label, offset_text);
  gtk_label_set_label (self->time_label, time_text);

  switch (state)
    {
    case CORDON_EXERCISE_STATE_READY:
      start_label = _("_Start");
      break;
    case CORDON_EXERCISE_STATE_RUNNING:
      start_label = _("_Pause");
      break;
    default:
      start_label = _("_Resume");
      break;
    }
  gtk_button_set_label (self->start_button, start_label);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.start", state != CORDON_EXERCISE_STATE_ENDED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.next",
                                 (state == CORDON_EXERCISE_STATE_RUNNING || state == CORDON_EXERCISE_STATE_PAUSED) &&
                                 cordon_exercise_get_next_event (self->exercise, NULL));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.add-inject",
                                 state == CORDON_EXERCISE_STATE_RUNNING || state == CORDON_EXERCISE_STATE_PAUSED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.end", state != CORDON_EXERCISE_STATE_ENDED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.record-validations", self->report != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->responses_switch), state == CORDON_EXERCISE_STATE_READY);

  gtk_label_set_label (self->module_label, module->title);
  for (guint i = 0; module->questions[i] != NULL; i++)
    g_string_append_printf (questions, "%s• %s", i > 0 ? "\n" : "", module->questions[i]);
  gtk_label_set_label (self->questions_label, questions->str);

  gtk_stack_set_visible_child_name (self->stack, state == CORDON_EXERCISE_STATE_ENDED && self->report != NULL
                                                 ? "report" : "console");
}

static gboolean
tick (gpointer user_data)
{
  update_state (user_data);
  return G_SOURCE_CONTINUE;
}

/* Actions ----------------------------------------------------------- */

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  CordonExerciseConsole *self = CORDON_EXERCISE_CONSOLE (widget);
  g_autoptr(GError) error = NULL;

  switch (cordon_exercise_get_state (self->exercise))
    {
    case CORDON_EXERCISE_STATE_READY:
      cordon_exercise_set_play_responses (self->exercise, gtk_switch_get_active (self->responses_switch));
      if (!cordon_exercise_start (self->exercise, &error))
        toast (self, error->message);
      break;
    case CORDON_EXERCISE_STATE_RUNNING:
      cordon_exercise_pause (self->exercise);
      break;
    case CORDON_EXERCISE_STATE_PAUSED:
      cordon_exercise_resume (self->exercise);
      break;
    default:
      break;
    }

  update_state (self);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  CordonExerciseConsole *self = CORDON_EXERCISE_CONSOLE (widget);

  cordon_exercise_jump_to_next (self->exercise);
  update_state (self);
}

static void
show_report (CordonExerciseConsole *self)
{
  g_autoptr(GError) error = NULL;
  CordonApplication *application = CORDON_APPLICATION (g_application_get_default ());
  CordonWorkspace *real = application != NULL ? cordon_application_get_workspace (application) : NULL;
  GPtrArray *gaps;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *summary = NULL;

  g_clear_object (&self->report);
  self->report = cordon_aar_new (self->exercise, real, &error);
  if (self->report == NULL)
    {
      toast (self, error->message);
      return;
    }

  gaps = cordon_aar_get_gaps (self->report);
  {
    guint n_strategies = cordon_aar_get_strategies (self->report)->len;
    guint n_breached = cordon_aar_get_breached (self->report);
    g_autofree char *strategies = g_strdup_printf (ngettext ("%u strategy used", "%u strategies used", n_strategies), n_strategies);
    g_autofree char *breached = g_strdup_printf (ngettext ("%u SLA deadline breached", "%u SLA deadlines breached", n_breached), n_breached);
    g_autofree char *found = g_strdup_printf (ngettext ("%u gap found", "%u gaps found", gaps->len), gaps->len);

    /* Translators: the summary of the after-action report in the console */
    summary = g_strdup_printf (_("%s · %s · %s"), strategies, breached, found);
  }
  gtk_label_set_label (self->report_summary, summary);

  for (guint i = 0; i < gaps->len; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "", (char *) g_ptr_array_index (gaps, i));
  gtk_label_set_label (self->report_gaps, gaps->len > 0 ? text->str : _("No gap was found."));
}

static void
end_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  CordonExerciseConsole *self = CORDON_EXERCISE_CONSOLE (widget);
  g_autoptr(GError) error = NULL;

  if (!cordon_exercise_end (self->exercise, &error))
    {
      toast (self, error->message);
      return;
    }

  show_report (self);
  update_state (self);
}

static void
on_export_response (GtkNativeDialog *dialog,
                    int              response,
                    gpointer         user_data)
{
  CordonExerciseConsole *self = user_data;
  gboolean pdf = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "pdf"));
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL &&
      (path = g_file_get_path (file)) != NULL && self->report != NULL)
    {
      if (pdf ? cordon_aar_write_pdf (self->report, path, &error) : cordon_aar_write_html (self->report, path, &error))
        toast (self, _("Report exported"));
      else
        toast (self, error->message);
    }

  g_object_unref (dialog);
  g_object_unref (self);
}

static void
export (CordonExerciseConsole *self,
        gboolean               pdf)
{
  GtkFileChooserNative *dialog;
  g_autofree char *name = NULL;

  dialog = gtk_file_chooser_native_new (pdf ? _("Export Report as PDF") : _("Export Report as HTML"),
                                        GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  name = g_strdup_printf ("%s.%s", _("after-action-report"), pdf ? "pdf" : "html");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_object_set_data (G_OBJECT (dialog), "pdf", GINT_TO_POINTER (pdf));
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_response), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
export_html_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  export (CORDON_EXERCISE_CONSOLE (widget), FALSE);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  export (CORDON_EXERCISE_CONSOLE (widget), TRUE);
}

static void
record_validations_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  CordonExerciseConsole *self = CORDON_EXERCISE_CONSOLE (widget);
  CordonApplication *application = CORDON_APPLICATION (g_application_get_default ());
  CordonWorkspace *real = application != NULL ? cordon_application_get_workspace (application) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n = 0;

  if (real == NULL || self->report == NULL)
    {
      toast (self, _("There is no real workspace to record validations in"));
      return;
    }

  if (!cordon_aar_record_validations (self->report, real, &n, &error))
    {
      toast (self, error->message);
      return;
    }

  /* Translators: a toast after Record Validations */
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u validation recorded in the strategy library",
                                       "%u validations recorded in the strategy library", n), n);
  toast (self, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "console.record-validations", FALSE);
}

/* Manual injects ------------------------------------------------------ */

static gboolean
apply_add_inject (AdwMessageDialog  *dialog,
                  gpointer           user_data,
                  GError           **error)
{
  CordonExerciseConsole *self = user_data;
  GtkDropDown *kind = g_object_get_data (G_OBJECT (dialog), "kind");
  GtkDropDown *incident = g_object_get_data (G_OBJECT (dialog), "incident");
  GtkEditable *from = g_object_get_data (G_OBJECT (dialog), "from");
  GtkEditable *text = g_object_get_data (G_OBJECT (dialog), "text");
  GStrv ids = g_object_get_data (G_OBJECT (dialog), "ids");
  static const CordonInjectKind kinds[] = { CORDON_INJECT_FACT, CORDON_INJECT_QUESTION, CORDON_INJECT_MESSAGE };
  CordonExerciseInject *inject;

  inject = cordon_exercise_add_manual_inject (self->exercise, kinds[gtk_drop_down_get_selected (kind)],
                                              ids[gtk_drop_down_get_selected (incident)],
                                              gtk_editable_get_text (from), gtk_editable_get_text (text), error);
  update_state (self);

  return inject != NULL;
}

static void
add_inject_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CordonExerciseConsole *self = CORDON_EXERCISE_CONSOLE (widget);
  CordonScenario *scenario = cordon_exercise_get_scenario (self->exercise);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();
  g_auto(GStrv) title_list = NULL;
  const char *kinds[] = { _("Fact"), _("Question"), _("Message"), NULL };
  GtkWidget *dialog, *box, *kind, *incident, *from, *text;
  GPtrArray *incidents = cordon_scenario_get_incidents (scenario);
  GPtrArray *injects = cordon_scenario_get_injects (scenario);

  for (guint i = 0; i < incidents->len + injects->len; i++)
    {
      const char *id = i < incidents->len ? ((CordonScenarioIncident *) g_ptr_array_index (incidents, i))->id
                       : ((CordonScenarioInject *) g_ptr_array_index (injects, i - incidents->len))->kind == CORDON_INJECT_INCIDENT
                       ? ((CordonScenarioInject *) g_ptr_array_index (injects, i - incidents->len))->new_incident->id : NULL;
      g_autoptr(CordonIncident) open = id != NULL ? cordon_exercise_lookup_incident (self->exercise, id) : NULL;
      g_autofree char *label = NULL;

      if (open == NULL)
        continue;
      label = g_strdup_printf ("%s %s", cordon_incident_get_key (open), cordon_incident_get_title (open));
      g_strv_builder_add (ids, id);
      g_strv_builder_add (titles, label);
    }
  title_list = g_strv_builder_end (titles);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Add an Inject"),
                                   _("It is delivered at once and shown in the queue as manual."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  kind = gtk_drop_down_new_from_strings (kinds);
  incident = gtk_drop_down_new_from_strings ((const char * const *) title_list);
  from = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (from), _("From (for a message), e.g. Reporter"));
  text = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (text), _("The fact, question or message"));
  gtk_box_append (GTK_BOX (box), kind);
  gtk_box_append (GTK_BOX (box), incident);
  gtk_box_append (GTK_BOX (box), from);
  gtk_box_append (GTK_BOX (box), text);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  g_object_set_data (G_OBJECT (dialog), "kind", kind);
  g_object_set_data (G_OBJECT (dialog), "incident", incident);
  g_object_set_data (G_OBJECT (dialog), "from", from);
  g_object_set_data (G_OBJECT (dialog), "text", text);
  g_object_set_data_full (G_OBJECT (dialog), "ids", g_strv_builder_end (ids), (GDestroyNotify) g_strfreev);
  cordon_form_attach (ADW_MESSAGE_DIALOG (dialog), widget, apply_add_inject, g_object_ref (self), g_object_unref);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The queue ----------------------------------------------------------- */

static void
update_row (GtkListItem *item)
{
  CordonExerciseInject *inject = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkLabel *status = g_object_get_data (G_OBJECT (row), "status");
  GtkWidget *buttons = g_object_get_data (G_OBJECT (row), "buttons");
  CordonInjectStatus value;

  if (inject == NULL)
    return;

  value = cordon_exercise_inject_get_status (inject);
  gtk_label_set_label (status, cordon_inject_status_to_label (value));
  gtk_widget_remove_css_class (GTK_WIDGET (status), "delivered");
  gtk_widget_remove_css_class (GTK_WIDGET (status), "skipped");
  if (value != CORDON_INJECT_STATUS_PENDING)
    gtk_widget_add_css_class (GTK_WIDGET (status), cordon_inject_status_to_id (value));
  /* Hidden but kept in the layout, so that rows keep one height */
  gtk_widget_set_opacity (buttons, value == CORDON_INJECT_STATUS_PENDING ? 1.0 : 0.0);
  gtk_widget_set_sensitive (buttons, value == CORDON_INJECT_STATUS_PENDING);
}

static void
on_row_deliver (GtkButton   *button,
                GtkListItem *item)
{
  CordonExerciseConsole *self = CORDON_EXERCISE_CONSOLE (gtk_widget_get_root (GTK_WIDGET (button)));
  g_autoptr(GError) error = NULL;

  if (!cordon_exercise_deliver_now (self->exercise, gtk_list_item_get_item (item), &error))
    toast (self, error->message);
  update_state (self);
}

static void
on_row_skip (GtkButton   *button,
             GtkListItem *item)
{
  CordonExerciseConsole *self = CORDON_EXERCISE_CONSOLE (gtk_widget_get_root (GTK_WIDGET (button)));
  g_autoptr(GError) error = NULL;

  if (!cordon_exercise_skip (self->exercise, gtk_list_item_get_item (item), &error))
    toast (self, error->message);
  update_state (self);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *offset = gtk_label_new (NULL);
  GtkWidget *summary = gtk_label_new (NULL);
  GtkWidget *status = gtk_label_new (NULL);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *deliver = gtk_button_new_from_icon_name ("mail-send-symbolic");
  GtkWidget *skip = gtk_button_new_from_icon_name ("media-skip-forward-symbolic");

  gtk_widget_set_margin_start (row, 6);
  gtk_widget_set_margin_end (row, 6);
  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);
  gtk_widget_add_css_class (offset, "numeric");
  gtk_widget_add_css_class (offset, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_ellipsize (GTK_LABEL (summary), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (summary, TRUE);
  gtk_widget_add_css_class (status, "inject-status");
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (deliver, _("Deliver Now"));
  gtk_widget_set_tooltip_text (skip, _("Skip"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (deliver), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Deliver Now"), -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (skip), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Skip"), -1);
  gtk_widget_add_css_class (deliver, "flat");
  gtk_widget_add_css_class (skip, "flat");
  g_signal_connect (deliver, "clicked", G_CALLBACK (on_row_deliver), item);
  g_signal_connect (skip, "clicked", G_CALLBACK (on_row_skip), item);
  gtk_box_append (GTK_BOX (buttons), deliver);
  gtk_box_append (GTK_BOX (buttons), skip);

  gtk_box_append (GTK_BOX (row), offset);
  gtk_box_append (GTK_BOX (row), summary);
  gtk_box_append (GTK_BOX (row), status);
  gtk_box_append (GTK_BOX (row), buttons);
  g_object_set_data (G_OBJECT (row), "offset", offset);
  g_object_set_data (G_OBJECT (row), "summary", summary);
  g_object_set_data (G_OBJECT (row), "status", status);
  g_object_set_data (G_OBJECT (row), "buttons", buttons);
  gtk_list_item_set_child (item, row);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  CordonExerciseInject *inject = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  g_autofree char *offset = cordon_scenario_format_offset (cordon_exercise_inject_get_at (inject));
  gulong id;

  gtk_label_set_label (g_object_get_data (G_OBJECT (row), "offset"), offset);
  gtk_label_set_label (g_object_get_data (G_OBJECT (row), "summary"), cordon_exercise_inject_get_summary (inject));
  gtk_widget_set_tooltip_text (g_object_get_data (G_OBJECT (row), "summary"), cordon_exercise_inject_get_summary (inject));
  id = g_signal_connect_swapped (inject, "notify::status", G_CALLBACK (update_row), item);
  g_object_set_data (G_OBJECT (item), "handler", GSIZE_TO_POINTER (id));
  update_row (item);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  gulong id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (item), "handler"));

  if (id != 0)
    g_signal_handler_disconnect (gtk_list_item_get_item (item), id);
  g_object_set_data (G_OBJECT (item), "handler", NULL);
}

/* Notes ------------------------------------------------------------- */

static gboolean
save_notes (gpointer user_data)
{
  CordonExerciseConsole *self = user_data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  self->save_id = 0;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (!cordon_exercise_set_notes (self->exercise, text, &error))
    toast (self, error->message);

  return G_SOURCE_REMOVE;
}

static void
on_notes_changed (CordonExerciseConsole *self)
{
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (800, save_notes, self);
}

static void
on_speed_selected (CordonExerciseConsole *self)
{
  guint selected = gtk_drop_down_get_selected (self->speed_dropdown);

  if (selected < G_N_ELEMENTS (speeds))
    cordon_exercise_set_speed (self->exercise, speeds[selected]);
}

/* The object -------------------------------------------------------- */

static void
cordon_exercise_console_dispose (GObject *object)
{
  CordonExerciseConsole *self = CORDON_EXERCISE_CONSOLE (object);

  if (self->save_id != 0)
    {
      g_clear_handle_id (&self->save_id, g_source_remove);
      save_notes (self);
    }
  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_object (&self->report);
  g_clear_object (&self->exercise);

  G_OBJECT_CLASS (cordon_exercise_console_parent_class)->dispose (object);
}

static void
cordon_exercise_console_class_init (CordonExerciseConsoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cordon_exercise_console_dispose;

  gtk_widget_class_install_action (widget_class, "console.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "console.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "console.add-inject", NULL, add_inject_action);
  gtk_widget_class_install_action (widget_class, "console.end", NULL, end_action);
  gtk_widget_class_install_action (widget_class, "console.export-html", NULL, export_html_action);
  gtk_widget_class_install_action (widget_class, "console.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "console.record-validations", NULL, record_validations_action);
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 12);

  return label;
}

static GtkWidget *
wrap_label (GtkLabel **out)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  *out = GTK_LABEL (label);

  return label;
}

static GtkWidget *
pill (const char *label,
      const char *action,
      const char *style)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  if (style != NULL)
    gtk_widget_add_css_class (button, style);

  return button;
}

static void
build_ui (CordonExerciseConsole *self)
{
  const char *speed_labels[] = { "1×", "2×", "5×", "10×", "60×", NULL };
  GtkWidget *view = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled, *clamp, *box, *row, *frame, *list_scrolled, *report, *report_box, *buttons, *title;
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;

  gtk_window_set_title (GTK_WINDOW (self), _("Facilitator Console"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 760);
  gtk_widget_add_css_class (GTK_WIDGET (self), "exercise");

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  cordon_toast_overlay_name_controls (self->toasts);
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_box_append (GTK_BOX (view), header);
  gtk_box_append (GTK_BOX (view), GTK_WIDGET (self->stack));
  adw_toast_overlay_set_child (self->toasts, view);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toasts));

  /* The console */
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  self->offset_label = GTK_LABEL (gtk_label_new ("+00:00"));
  gtk_widget_add_css_class (GTK_WIDGET (self->offset_label), "exercise-clock");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->offset_label));
  self->time_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->time_label), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->time_label));

  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (row, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (row, 6);
  self->start_button = GTK_BUTTON (pill (_("_Start"), "console.start", "suggested-action"));
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->start_button));
  self->speed_dropdown = GTK_DROP_DOWN (gtk_drop_down_new_from_strings (speed_labels));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->speed_dropdown), _("Speed"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->speed_dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Speed"), -1);
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->speed_dropdown));
  gtk_box_append (GTK_BOX (row), pill (_("_Next Inject"), "console.next", NULL));
  gtk_box_append (GTK_BOX (box), row);

  {
    GtkWidget *list = gtk_list_box_new ();
    GtkWidget *action_row = adw_action_row_new ();

    gtk_widget_add_css_class (list, "boxed-list");
    gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
    gtk_widget_set_margin_top (list, 12);
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row), _("Play the team’s scripted responses"));
    adw_action_row_set_subtitle (ADW_ACTION_ROW (action_row), _("For a demonstration or a dry run; choose before starting"));
    self->responses_switch = GTK_SWITCH (gtk_switch_new ());
    gtk_widget_set_valign (GTK_WIDGET (self->responses_switch), GTK_ALIGN_CENTER);
    adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), GTK_WIDGET (self->responses_switch));
    adw_action_row_set_activatable_widget (ADW_ACTION_ROW (action_row), GTK_WIDGET (self->responses_switch));
    gtk_list_box_append (GTK_LIST_BOX (list), action_row);
    gtk_box_append (GTK_BOX (box), list);
  }

  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  title = heading (_("Injects"));
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (row), title);
  {
    GtkWidget *add = pill (_("_Add Inject…"), "console.add-inject", "flat");
    gtk_widget_set_valign (add, GTK_ALIGN_END);
    gtk_box_append (GTK_BOX (row), add);
  }
  gtk_box_append (GTK_BOX (box), row);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), NULL);
  selection = gtk_no_selection_new (g_object_ref (cordon_exercise_get_injects (self->exercise)));
  self->queue = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (selection), g_object_ref (factory)));
  gtk_widget_add_css_class (GTK_WIDGET (self->queue), "separators");
  list_scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (list_scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (list_scrolled), 260);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (list_scrolled), GTK_WIDGET (self->queue));
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), list_scrolled);
  gtk_box_append (GTK_BOX (box), frame);

  gtk_box_append (GTK_BOX (box), heading (_("Discussion")));
  gtk_box_append (GTK_BOX (box), wrap_label (&self->module_label));
  gtk_widget_add_css_class (GTK_WIDGET (self->module_label), "dim-label");
  gtk_box_append (GTK_BOX (box), wrap_label (&self->questions_label));

  gtk_box_append (GTK_BOX (box), heading (_("Facilitator Notes")));
  self->notes_view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->notes_view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (self->notes_view, 8);
  gtk_text_view_set_bottom_margin (self->notes_view, 8);
  gtk_text_view_set_left_margin (self->notes_view, 8);
  gtk_text_view_set_right_margin (self->notes_view, 8);
  gtk_widget_set_size_request (GTK_WIDGET (self->notes_view), -1, 100);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->notes_view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Facilitator Notes"), -1);
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), GTK_WIDGET (self->notes_view));
  gtk_box_append (GTK_BOX (box), frame);

  {
    GtkWidget *end = pill (_("_End Exercise"), "console.end", "destructive-action");

    gtk_widget_set_halign (end, GTK_ALIGN_CENTER);
    gtk_widget_set_margin_top (end, 18);
    gtk_widget_add_css_class (end, "pill");
    gtk_box_append (GTK_BOX (box), end);
  }

  clamp = adw_clamp_new ();
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_stack_add_named (self->stack, scrolled, "console");

  /* The after-action report */
  report_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (report_box), wrap_label (&self->report_summary));
  gtk_box_append (GTK_BOX (report_box), heading (_("Gaps Found")));
  gtk_box_append (GTK_BOX (report_box), wrap_label (&self->report_gaps));
  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (buttons, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (buttons, 12);
  gtk_box_append (GTK_BOX (buttons), pill (_("Export _HTML…"), "console.export-html", NULL));
  gtk_box_append (GTK_BOX (buttons), pill (_("Export _PDF…"), "console.export-pdf", NULL));
  gtk_box_append (GTK_BOX (buttons), pill (_("_Record Validations"), "console.record-validations", "suggested-action"));
  gtk_box_append (GTK_BOX (report_box), buttons);
  report = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (report), "emblem-documents-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (report), _("After-Action Report"));
  adw_status_page_set_description (ADW_STATUS_PAGE (report),
                                   _("Export the full report, or record in the real strategy library how the strategies used held up."));
  adw_status_page_set_child (ADW_STATUS_PAGE (report), report_box);
  gtk_stack_add_named (self->stack, report, "report");

  g_signal_connect_object (self->speed_dropdown, "notify::selected", G_CALLBACK (on_speed_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed", G_CALLBACK (on_notes_changed), self,
                           G_CONNECT_SWAPPED);
}

static void
cordon_exercise_console_init (CordonExerciseConsole *self)
{
}

CordonExerciseConsole *
cordon_exercise_console_new (CordonExercise *exercise)
{
  CordonExerciseConsole *self;
  g_autofree char *notes = NULL;
  guint speed;

  g_return_val_if_fail (CORDON_IS_EXERCISE (exercise), NULL);

  self = g_object_new (CORDON_TYPE_EXERCISE_CONSOLE, NULL);
  self->exercise = g_object_ref (exercise);
  build_ui (self);

  speed = cordon_exercise_clock_get_speed (cordon_exercise_get_clock (exercise));
  for (guint i = 0; i < G_N_ELEMENTS (speeds); i++)
    if (speeds[i] == speed)
      gtk_drop_down_set_selected (self->speed_dropdown, i);
  gtk_switch_set_active (self->responses_switch, cordon_exercise_get_play_responses (exercise));
  notes = cordon_exercise_get_notes (exercise);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes, -1);
  g_clear_handle_id (&self->save_id, g_source_remove);

  g_signal_connect_object (exercise, "inject-delivered", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (exercise, "state-changed", G_CALLBACK (update_state), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (cordon_exercise_get_clock (exercise), "changed", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
  /* Only the labels follow real time; the exercise itself runs on alarms */
  self->tick_id = g_timeout_add_seconds (1, tick, self);
  update_state (self);

  return self;
}

const char *
cordon_exercise_console_get_visible_page (CordonExerciseConsole *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE_CONSOLE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

GtkDropDown *
cordon_exercise_console_get_speed_dropdown (CordonExerciseConsole *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE_CONSOLE (self), NULL);
  return self->speed_dropdown;
}

GtkListView *
cordon_exercise_console_get_queue (CordonExerciseConsole *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE_CONSOLE (self), NULL);
  return self->queue;
}

CordonAar *
cordon_exercise_console_get_report (CordonExerciseConsole *self)
{
  g_return_val_if_fail (CORDON_IS_EXERCISE_CONSOLE (self), NULL);
  return self->report;
}
