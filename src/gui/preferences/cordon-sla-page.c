/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-sla-page.c: the SLA policies, one group of rows per severity in
 * the taxonomy's order. Each field is saved as soon as it holds a valid
 * value; an invalid one (a duration of zero) is refused, marked on its row
 * and not stored. The groups are built again only when the severities
 * change; otherwise a change made elsewhere updates the values in place,
 * so that editing here is never interrupted.
 */

#define G_LOG_DOMAIN "cordon-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-sla-page.h"

#include "cordon-duration-row.h"
#include "cordon-preferences-helpers.h"
#include "cordon-preferences-window.h"

typedef enum
{
  FIELD_RESPONSE,
  FIELD_RESOLUTION,
  FIELD_FIRST_UPDATE,
  FIELD_UPDATE_INTERVAL,
  N_DURATIONS,
  FIELD_WARNING = N_DURATIONS,
  FIELD_BUSINESS_HOURS,
} Field;

typedef struct
{
  CordonSlaPage       *page;
  char                *severity;
  char                *label;
  AdwPreferencesGroup *group;
  CordonDurationRow   *durations[N_DURATIONS];
  AdwActionRow        *warning_row;
  GtkSpinButton       *warning_spin;
  AdwActionRow        *business_row;
  GtkSwitch           *business_switch;
} SeverityGroup;

struct _CordonSlaPage
{
  AdwPreferencesPage  parent_instance;

  /* Owned references */
  CordonWorkspace    *workspace;
  GPtrArray          *groups;     /* SeverityGroup */
  char               *signature;
  gboolean            syncing;
};

G_DEFINE_FINAL_TYPE (CordonSlaPage, cordon_sla_page, ADW_TYPE_PREFERENCES_PAGE)

static const struct {
  const char *title;
  const char *subtitle;
} duration_fields[N_DURATIONS] = {
  { N_("Response"), N_("Time to acknowledge the incident") },
  { N_("Resolution"), N_("Time to recover from the incident") },
  { N_("First Update"), N_("Time to the first status update") },
  { N_("Update Interval"), N_("Between two later status updates") },
};

static void
severity_group_free (SeverityGroup *sg)
{
  g_free (sg->severity);
  g_free (sg->label);
  g_free (sg);
}

static gint64
policy_get_duration (CordonSlaPolicy *policy,
                     Field            field)
{
  switch (field)
    {
    case FIELD_RESPONSE:
      return cordon_sla_policy_get_response (policy);
    case FIELD_RESOLUTION:
      return cordon_sla_policy_get_resolution (policy);
    case FIELD_FIRST_UPDATE:
      return cordon_sla_policy_get_first_update (policy);
    case FIELD_UPDATE_INTERVAL:
      return cordon_sla_policy_get_update_interval (policy);
    default:
      g_assert_not_reached ();
    }
}

static void
policy_set_duration (CordonSlaPolicy *policy,
                     Field            field,
                     gint64           seconds)
{
  switch (field)
    {
    case FIELD_RESPONSE:
      cordon_sla_policy_set_response (policy, seconds);
      break;
    case FIELD_RESOLUTION:
      cordon_sla_policy_set_resolution (policy, seconds);
      break;
    case FIELD_FIRST_UPDATE:
      cordon_sla_policy_set_first_update (policy, seconds);
      break;
    case FIELD_UPDATE_INTERVAL:
      cordon_sla_policy_set_update_interval (policy, seconds);
      break;
    default:
      g_assert_not_reached ();
    }
}

static AdwPreferencesRow *
field_row (SeverityGroup *sg,
           Field          field)
{
  if (field < N_DURATIONS)
    return ADW_PREFERENCES_ROW (sg->durations[field]);
  if (field == FIELD_WARNING)
    return ADW_PREFERENCES_ROW (sg->warning_row);
  return ADW_PREFERENCES_ROW (sg->business_row);
}

static void
update_duration_subtitle (CordonDurationRow *row,
                          Field              field)
{
  g_autofree char *duration = NULL;
  g_autofree char *subtitle = NULL;

  if (cordon_row_get_error (ADW_PREFERENCES_ROW (row)) != NULL)
    return;

  duration = cordon_format_duration (cordon_duration_row_get_seconds (row));
  /* Translators: what a deadline measures, then how long it is */
  subtitle = g_strdup_printf (C_("sla row subtitle", "%s · %s"),
                              _(duration_fields[field].subtitle), duration);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
}

/* Saving -------------------------------------------------------------- */

static void
save_field (SeverityGroup *sg,
            Field          field)
{
  CordonSlaPage *self = sg->page;
  AdwPreferencesRow *row = field_row (sg, field);
  g_autoptr(CordonSlaPolicy) stored = NULL;
  g_autoptr(CordonSlaPolicy) policy = NULL;
  g_autoptr(GError) error = NULL;

  if (self->syncing || self->workspace == NULL)
    return;

  if (field < N_DURATIONS)
    {
      gint64 seconds = cordon_duration_row_get_seconds (sg->durations[field]);

      if (seconds <= 0)
        {
          cordon_row_set_error (row, _("A deadline must be longer than zero; the last valid value is kept"));
          return;
        }
    }
  else if (field == FIELD_WARNING)
    {
      int percent = gtk_spin_button_get_value_as_int (sg->warning_spin);

      if (percent < 1 || percent > 99)
        {
          cordon_row_set_error (row, _("The warning threshold must be between 1 and 99 %"));
          return;
        }
    }

  stored = cordon_workspace_lookup_sla_policy (self->workspace, sg->severity, &error);
  if (stored == NULL)
    {
      cordon_row_set_error (row, error->message);
      return;
    }

  policy = cordon_sla_policy_copy (stored);
  if (field < N_DURATIONS)
    policy_set_duration (policy, field, cordon_duration_row_get_seconds (sg->durations[field]));
  else if (field == FIELD_WARNING)
    cordon_sla_policy_set_warning_percent (policy, gtk_spin_button_get_value_as_int (sg->warning_spin));
  else
    cordon_sla_policy_set_business_hours (policy, gtk_switch_get_active (sg->business_switch));

  if (!cordon_workspace_set_sla_policy (self->workspace, policy, &error))
    {
      cordon_row_set_error (row, error->message);
      return;
    }

  cordon_row_set_error (row, NULL);
  if (field < N_DURATIONS)
    update_duration_subtitle (sg->durations[field], field);
}

static void
on_duration_changed (CordonDurationRow *row,
                     GParamSpec        *pspec,
                     SeverityGroup     *sg)
{
  for (Field field = 0; field < N_DURATIONS; field++)
    if (sg->durations[field] == row)
      save_field (sg, field);
}

static void
on_warning_changed (GtkSpinButton *spin,
                    SeverityGroup *sg)
{
  save_field (sg, FIELD_WARNING);
}

static void
on_business_hours_changed (GtkSwitch     *widget,
                           GParamSpec    *pspec,
                           SeverityGroup *sg)
{
  save_field (sg, FIELD_BUSINESS_HOURS);
}

/* Adding and removing policies ---------------------------------------- */

static gboolean
undo_remove_policy (gpointer   user_data,
                    GError   **error)
{
  CordonSlaPolicy *policy = user_data;
  CordonWorkspace *workspace = g_object_get_data (G_OBJECT (policy), "cordon-workspace");

  return cordon_workspace_set_sla_policy (workspace, policy, error);
}

static void
on_remove_clicked (GtkButton     *button,
                   SeverityGroup *sg)
{
  CordonSlaPage *self = sg->page;
  CordonPreferencesWindow *window = cordon_preferences_window_from_widget (GTK_WIDGET (self));
  g_autoptr(CordonSlaPolicy) policy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  policy = cordon_workspace_lookup_sla_policy (self->workspace, sg->severity, &error);
  if (policy == NULL || !cordon_workspace_remove_sla_policy (self->workspace, sg->severity, &error))
    {
      if (window != NULL)
        cordon_preferences_window_show_message (window, error->message);
      return;
    }

  if (window == NULL)
    return;

  /* Translators: %s is a severity, such as “High” */
  title = g_strdup_printf (_("SLA policy for “%s” removed"), sg->label);
  g_object_set_data_full (G_OBJECT (policy), "cordon-workspace",
                          g_object_ref (self->workspace), g_object_unref);
  cordon_preferences_window_show_undo_toast (window, title, undo_remove_policy,
                                             g_steal_pointer (&policy), g_object_unref);
}

static void
on_add_clicked (GtkButton     *button,
                SeverityGroup *sg)
{
  CordonSlaPage *self = sg->page;
  g_autoptr(GPtrArray) defaults = cordon_sla_policy_new_defaults ();
  g_autoptr(CordonSlaPolicy) policy = NULL;
  g_autoptr(GError) error = NULL;

  /* A built-in severity gets its shipped deadlines; another one starts
   * from those of "medium" */
  for (guint i = 0; i < defaults->len && policy == NULL; i++)
    if (g_str_equal (cordon_sla_policy_get_severity (g_ptr_array_index (defaults, i)), sg->severity))
      policy = g_object_ref (g_ptr_array_index (defaults, i));

  for (guint i = 0; i < defaults->len && policy == NULL; i++)
    if (g_str_equal (cordon_sla_policy_get_severity (g_ptr_array_index (defaults, i)), "medium"))
      policy = cordon_sla_policy_copy (g_ptr_array_index (defaults, i));

  cordon_sla_policy_set_severity (policy, sg->severity);

  if (!cordon_workspace_set_sla_policy (self->workspace, policy, &error))
    {
      CordonPreferencesWindow *window = cordon_preferences_window_from_widget (GTK_WIDGET (self));

      if (window != NULL)
        cordon_preferences_window_show_message (window, error->message);
    }
}

/* Building ------------------------------------------------------------ */

static GtkWidget *
icon_button (const char *icon_name,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip,
                                  -1);

  return button;
}

static void
fill_policy_rows (SeverityGroup   *sg,
                  CordonSlaPolicy *policy)
{
  GtkWidget *remove;
  GtkWidget *box, *percent;
  g_autofree char *remove_tooltip = NULL;

  /* Translators: %s is a severity, such as “High” */
  remove_tooltip = g_strdup_printf (_("Remove the SLA Policy for “%s”"), sg->label);
  remove = icon_button ("user-trash-symbolic", remove_tooltip);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked), sg);
  adw_preferences_group_set_header_suffix (sg->group, remove);

  for (Field field = 0; field < N_DURATIONS; field++)
    {
      GtkWidget *row = cordon_duration_row_new (_(duration_fields[field].title), NULL);

      sg->durations[field] = CORDON_DURATION_ROW (row);
      cordon_duration_row_set_seconds (sg->durations[field], policy_get_duration (policy, field));
      update_duration_subtitle (sg->durations[field], field);
      g_signal_connect (row, "notify::seconds", G_CALLBACK (on_duration_changed), sg);
      adw_preferences_group_add (sg->group, row);
    }

  sg->warning_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (sg->warning_row), _("Warning Threshold"));
  adw_action_row_set_subtitle (sg->warning_row, _("Share of the allowed time after which a deadline is in warning"));
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  sg->warning_spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, 99, 5));
  gtk_spin_button_set_numeric (sg->warning_spin, TRUE);
  gtk_spin_button_set_value (sg->warning_spin, cordon_sla_policy_get_warning_percent (policy));
  gtk_accessible_update_property (GTK_ACCESSIBLE (sg->warning_spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Warning threshold in percent"),
                                  -1);
  percent = gtk_label_new ("%");
  gtk_widget_add_css_class (percent, "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (sg->warning_spin));
  gtk_box_append (GTK_BOX (box), percent);
  adw_action_row_add_suffix (sg->warning_row, box);
  g_signal_connect (sg->warning_spin, "value-changed", G_CALLBACK (on_warning_changed), sg);
  adw_preferences_group_add (sg->group, GTK_WIDGET (sg->warning_row));

  sg->business_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (sg->business_row), _("Business Hours Only"));
  adw_action_row_set_subtitle (sg->business_row, _("Recorded with the policy; deadlines still count every hour for now"));
  sg->business_switch = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (sg->business_switch), GTK_ALIGN_CENTER);
  gtk_switch_set_active (sg->business_switch, cordon_sla_policy_get_business_hours (policy));
  gtk_accessible_update_property (GTK_ACCESSIBLE (sg->business_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Business hours only"),
                                  -1);
  adw_action_row_add_suffix (sg->business_row, GTK_WIDGET (sg->business_switch));
  adw_action_row_set_activatable_widget (sg->business_row, GTK_WIDGET (sg->business_switch));
  g_signal_connect (sg->business_switch, "notify::active", G_CALLBACK (on_business_hours_changed), sg);
  adw_preferences_group_add (sg->group, GTK_WIDGET (sg->business_row));
}

static void
fill_empty_rows (SeverityGroup *sg)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Add Policy"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No SLA Policy"));
  adw_action_row_set_subtitle (row, _("Incidents of this severity have no deadlines"));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect (button, "clicked", G_CALLBACK (on_add_clicked), sg);
  adw_action_row_add_suffix (row, button);
  adw_preferences_group_add (sg->group, GTK_WIDGET (row));
}

static void
clear_groups (CordonSlaPage *self)
{
  for (guint i = 0; i < self->groups->len; i++)
    {
      SeverityGroup *sg = g_ptr_array_index (self->groups, i);
      adw_preferences_page_remove (ADW_PREFERENCES_PAGE (self), sg->group);
    }

  g_ptr_array_set_size (self->groups, 0);
}

/* What the groups are built from: each severity, its label and whether
 * it has a policy. The groups are rebuilt only when this changes. */
static char *
compute_signature (CordonSlaPage *self,
                   GHashTable    *policies)
{
  GListModel *severities = cordon_taxonomy_get_entries (cordon_workspace_get_taxonomy (self->workspace),
                                                        CORDON_TAXONOMY_KIND_SEVERITY);
  GString *signature = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (severities); i++)
    {
      g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (severities, i);
      const char *id = cordon_taxonomy_entry_get_id (entry);

      g_string_append_printf (signature, "%s\x1f%s\x1f%d\x1e", id,
                              cordon_taxonomy_entry_get_display_label (entry),
                              g_hash_table_contains (policies, id));
    }

  return g_string_free (signature, FALSE);
}

static void
sync_values (SeverityGroup   *sg,
             CordonSlaPolicy *policy)
{
  for (Field field = 0; field < N_DURATIONS; field++)
    {
      gint64 seconds = policy_get_duration (policy, field);

      /* A refused value stays visible, with its error, until it is fixed */
      if (cordon_row_get_error (ADW_PREFERENCES_ROW (sg->durations[field])) != NULL)
        continue;

      if (cordon_duration_row_get_seconds (sg->durations[field]) / 60 != seconds / 60)
        {
          cordon_duration_row_set_seconds (sg->durations[field], seconds);
          update_duration_subtitle (sg->durations[field], field);
        }
    }

  if (gtk_spin_button_get_value_as_int (sg->warning_spin) != cordon_sla_policy_get_warning_percent (policy))
    gtk_spin_button_set_value (sg->warning_spin, cordon_sla_policy_get_warning_percent (policy));

  if (gtk_switch_get_active (sg->business_switch) != cordon_sla_policy_get_business_hours (policy))
    gtk_switch_set_active (sg->business_switch, cordon_sla_policy_get_business_hours (policy));
}

static void
cordon_sla_page_refresh (CordonSlaPage *self)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GHashTable) policies = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *signature = NULL;
  GListModel *severities;

  list = cordon_workspace_list_sla_policies (self->workspace, &error);
  if (list == NULL)
    {
      g_warning ("Could not read the SLA policies: %s", error->message);
      return;
    }

  policies = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      CordonSlaPolicy *policy = g_list_model_get_item (list, i);
      g_hash_table_insert (policies, (gpointer) cordon_sla_policy_get_severity (policy), policy);
    }

  self->syncing = TRUE;

  signature = compute_signature (self, policies);
  if (g_strcmp0 (signature, self->signature) == 0)
    {
      for (guint i = 0; i < self->groups->len; i++)
        {
          SeverityGroup *sg = g_ptr_array_index (self->groups, i);
          CordonSlaPolicy *policy = g_hash_table_lookup (policies, sg->severity);

          if (policy != NULL)
            sync_values (sg, policy);
        }

      self->syncing = FALSE;
      return;
    }

  g_free (self->signature);
  self->signature = g_steal_pointer (&signature);
  clear_groups (self);

  severities = cordon_taxonomy_get_entries (cordon_workspace_get_taxonomy (self->workspace),
                                            CORDON_TAXONOMY_KIND_SEVERITY);
  for (guint i = 0; i < g_list_model_get_n_items (severities); i++)
    {
      g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (severities, i);
      SeverityGroup *sg = g_new0 (SeverityGroup, 1);
      CordonSlaPolicy *policy;

      sg->page = self;
      sg->severity = g_strdup (cordon_taxonomy_entry_get_id (entry));
      sg->label = g_strdup (cordon_taxonomy_entry_get_display_label (entry));
      sg->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      adw_preferences_group_set_title (sg->group, sg->label);
      g_object_set_data_full (G_OBJECT (sg->group), "cordon-severity", g_strdup (sg->severity), g_free);

      policy = g_hash_table_lookup (policies, sg->severity);
      if (policy != NULL)
        fill_policy_rows (sg, policy);
      else
        fill_empty_rows (sg);

      adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), sg->group);
      g_ptr_array_add (self->groups, sg);
    }

  self->syncing = FALSE;
}

static void
cordon_sla_page_dispose (GObject *object)
{
  CordonSlaPage *self = CORDON_SLA_PAGE (object);

  if (self->workspace != NULL)
    g_signal_handlers_disconnect_by_data (self->workspace, self);

  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (cordon_sla_page_parent_class)->dispose (object);
}

/* The groups' callbacks may run while the widgets are torn down */
static void
cordon_sla_page_finalize (GObject *object)
{
  CordonSlaPage *self = CORDON_SLA_PAGE (object);

  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->signature, g_free);

  G_OBJECT_CLASS (cordon_sla_page_parent_class)->finalize (object);
}

static void
cordon_sla_page_class_init (CordonSlaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cordon_sla_page_dispose;
  object_class->finalize = cordon_sla_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/gui/preferences/cordon-sla-page.ui");
}

static void
cordon_sla_page_init (CordonSlaPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) severity_group_free);
}

GtkWidget *
cordon_sla_page_new (CordonWorkspace *workspace)
{
  CordonSlaPage *self;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (CORDON_TYPE_SLA_PAGE, NULL);
  self->workspace = g_object_ref (workspace);
  g_signal_connect_object (workspace, "settings-changed",
                           G_CALLBACK (cordon_sla_page_refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "reloaded",
                           G_CALLBACK (cordon_sla_page_refresh), self,
                           G_CONNECT_SWAPPED);
  cordon_sla_page_refresh (self);

  return GTK_WIDGET (self);
}
