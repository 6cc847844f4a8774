/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-recovery-page.c: the recovery checklist templates — the items
 * every checklist starts with and those each category adds, by stage —
 * and the severities and impacts recovery from backup is offered for.
 *
 * The page edits the workspace's templates document (see
 * cordon_workspace_get_recovery_templates()) and stores the whole document
 * after every change, so the workspace checks it each time; a refused
 * change is reported and the stored document shown again. Checklists
 * already started keep their items.
 */

#define G_LOG_DOMAIN "cordon-preferences"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "cordon-recovery-page.h"

#include "cordon-preferences-helpers.h"

#define N_STAGES (CORDON_RECOVERY_STAGE_POST_RECOVERY + 1)

struct _CordonRecoveryPage
{
  AdwPreferencesPage   parent_instance;

  CordonWorkspace     *workspace;
  JsonNode            *doc;
  gboolean             saving;
  char                *template_id;

  GtkStringList       *template_ids;
  AdwComboRow         *template_row;
  GtkButton           *reset_button;
  AdwPreferencesGroup *backup_group;
  GtkWidget           *backup_rows[2];
  AdwPreferencesGroup *stage_groups[N_STAGES];
  GPtrArray           *stage_rows[N_STAGES];
};

G_DEFINE_FINAL_TYPE (CordonRecoveryPage, cordon_recovery_page, ADW_TYPE_PREFERENCES_PAGE)

static void rebuild (CordonRecoveryPage *self);

/* The document ------------------------------------------------------------- */

static JsonObject *
doc_object (CordonRecoveryPage *self)
{
  return json_node_get_object (self->doc);
}

/* The items of the template shown; a category without items of its own
 * gets an empty list when @create */
static JsonArray *
template_items (CordonRecoveryPage *self,
                gboolean            create)
{
  JsonObject *root = doc_object (self);
  JsonObject *categories;

  if (g_strcmp0 (self->template_id, "default") == 0)
    {
      if (!json_object_has_member (root, "default"))
        json_object_set_array_member (root, "default", json_array_new ());
      return json_object_get_array_member (root, "default");
    }

  if (!json_object_has_member (root, "categories"))
    {
      if (!create)
        return NULL;
      json_object_set_object_member (root, "categories", json_object_new ());
    }
  categories = json_object_get_object_member (root, "categories");

  if (!json_object_has_member (categories, self->template_id))
    {
      if (!create)
        return NULL;
      json_object_set_array_member (categories, self->template_id, json_array_new ());
    }

  return json_object_get_array_member (categories, self->template_id);
}

static JsonObject *
find_item (CordonRecoveryPage *self,
           const char         *id,
           guint              *out_index)
{
  JsonArray *items = template_items (self, FALSE);

  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (item, "id", ""), id) == 0)
        {
          if (out_index != NULL)
            *out_index = i;
          return item;
        }
    }

  return NULL;
}

static gboolean
id_in_use (CordonRecoveryPage *self,
           const char         *id)
{
  JsonObject *root = doc_object (self);
  g_autoptr(GList) names = NULL;
  JsonObject *categories;
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();

  if (json_object_has_member (root, "default"))
    g_ptr_array_add (lists, json_object_get_array_member (root, "default"));
  if (json_object_has_member (root, "categories"))
    {
      categories = json_object_get_object_member (root, "categories");
      names = json_object_get_members (categories);
      for (GList *l = names; l != NULL; l = l->next)
        g_ptr_array_add (lists, json_object_get_array_member (categories, l->data));
    }

  for (guint i = 0; i < lists->len; i++)
    {
      JsonArray *items = lists->pdata[i];

      for (guint j = 0; j < json_array_get_length (items); j++)
        if (g_strcmp0 (json_object_get_string_member_with_default (json_array_get_object_element (items, j),
                                                                     "id", ""), id) == 0)
          return TRUE;
    }

  return FALSE;
}

static void
show_toast (CordonRecoveryPage *self,
            const char         *text)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_PREFERENCES_WINDOW);

  if (window != NULL)
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (window), adw_toast_new (text));
  else
    g_message ("%s", text);
}

static gboolean
load (CordonRecoveryPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gboolean edited = FALSE;
  JsonNode *doc;

  if (!(text = cordon_workspace_get_recovery_templates (self->workspace, &edited, &error)) ||
      !(doc = json_from_string (text, &error)) ||
      !JSON_NODE_HOLDS_OBJECT (doc))
    {
      show_toast (self, error != NULL ? error->message : _("The recovery templates cannot be read"));
      return FALSE;
    }

  g_clear_pointer (&self->doc, json_node_unref);
  self->doc = doc;
  gtk_widget_set_sensitive (GTK_WIDGET (self->reset_button), edited);

  return TRUE;
}

/* Stores the whole document; on refusal, says why and shows what is
 * stored */
static gboolean
save (CordonRecoveryPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = json_to_string (self->doc, TRUE);
  gboolean ok;

  self->saving = TRUE;
  ok = cordon_workspace_set_recovery_templates (self->workspace, text, &error);
  self->saving = FALSE;

  if (!ok)
    show_toast (self, error->message);

  load (self);
  rebuild (self);

  return ok;
}

/* Recovery from backup ----------------------------------------------------- */

static const char * const backup_members[] = { "severities", "impacts" };

static void
on_backup_toggled (GtkCheckButton     *check,
                   CordonRecoveryPage *self)
{
  guint which = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "cordon-which"));
  const char *id = g_object_get_data (G_OBJECT (check), "cordon-id");
  JsonObject *root = doc_object (self);
  JsonObject *offered;
  JsonArray *ids, *updated = json_array_new ();

  if (!json_object_has_member (root, "backup-offered"))
    json_object_set_object_member (root, "backup-offered", json_object_new ());
  offered = json_object_get_object_member (root, "backup-offered");
  ids = json_object_has_member (offered, backup_members[which])
        ? json_object_get_array_member (offered, backup_members[which]) : NULL;

  for (guint i = 0; ids != NULL && i < json_array_get_length (ids); i++)
    if (g_strcmp0 (json_array_get_string_element (ids, i), id) != 0)
      json_array_add_string_element (updated, json_array_get_string_element (ids, i));
  if (gtk_check_button_get_active (check))
    json_array_add_string_element (updated, id);

  json_object_set_array_member (offered, backup_members[which], updated);
  save (self);
}

static GtkWidget *
backup_row (CordonRecoveryPage *self,
            guint               which)
{
  static const CordonTaxonomyKind kinds[] = { CORDON_TAXONOMY_KIND_SEVERITY, CORDON_TAXONOMY_KIND_IMPACT };
  const char *titles[] = { _("Severities"), _("Impacts") };
  GListModel *entries = cordon_taxonomy_get_entries (cordon_workspace_get_taxonomy (self->workspace), kinds[which]);
  JsonObject *root = doc_object (self);
  JsonObject *offered = json_object_has_member (root, "backup-offered")
                        ? json_object_get_object_member (root, "backup-offered") : NULL;
  JsonArray *ids = offered != NULL && json_object_has_member (offered, backup_members[which])
                   ? json_object_get_array_member (offered, backup_members[which]) : NULL;
  g_autoptr(GString) chosen = g_string_new (NULL);
  GtkWidget *expander = adw_expander_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), titles[which]);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (entries, i);
      const char *id = cordon_taxonomy_entry_get_id (entry);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      gboolean active = FALSE;

      for (guint j = 0; ids != NULL && j < json_array_get_length (ids); j++)
        active = active || g_strcmp0 (json_array_get_string_element (ids, j), id) == 0;

      if (active)
        {
          if (chosen->len > 0)
            g_string_append (chosen, ", ");
          g_string_append (chosen, cordon_taxonomy_entry_get_display_label (entry));
        }

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), cordon_taxonomy_entry_get_display_label (entry));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      g_object_set_data (G_OBJECT (check), "cordon-which", GUINT_TO_POINTER (which));
      g_object_set_data_full (G_OBJECT (check), "cordon-id", g_strdup (id), g_free);
      g_signal_connect (check, "toggled", G_CALLBACK (on_backup_toggled), self);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander),
                                 /* Translators: no severity or impact is chosen */
                                 chosen->len > 0 ? chosen->str : _("None"));

  return expander;
}

/* Items ----------------------------------------------------------------- */

static void
on_title_applied (AdwEntryRow        *entry,
                  CordonRecoveryPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (entry), "cordon-id");
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  JsonObject *item = find_item (self, id, NULL);

  if (item == NULL)
    return;
  if (title[0] == '\0')
    {
      cordon_row_set_error (ADW_PREFERENCES_ROW (entry), _("An item needs a title"));
      return;
    }

  json_object_set_string_member (item, "title", title);
  save (self);
}

static void
on_description_applied (AdwEntryRow        *entry,
                        CordonRecoveryPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (entry), "cordon-id");
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  JsonObject *item = find_item (self, id, NULL);

  if (item == NULL)
    return;

  json_object_set_string_member (item, "description", text);
  save (self);
}

static void
on_remove_clicked (GtkButton          *button,
                   CordonRecoveryPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "cordon-id");
  guint index;

  if (find_item (self, id, &index) == NULL)
    return;

  json_array_remove_element (template_items (self, FALSE), index);
  save (self);
}

static void
on_add_applied (AdwEntryRow        *entry,
                CordonRecoveryPage *self)
{
  CordonRecoveryStage stage = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (entry), "cordon-stage"));
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  g_autofree char *base = NULL;
  g_autofree char *id = NULL;
  JsonObject *item;

  if (title[0] == '\0')
    return;

  base = cordon_id_from_label (title);
  if (base == NULL || base[0] == '\0')
    {
      g_free (base);
      base = g_strdup ("item");
    }
  id = g_strdup (base);
  for (guint n = 2; id_in_use (self, id); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }

  item = json_object_new ();
  json_object_set_string_member (item, "id", id);
  json_object_set_string_member (item, "stage", cordon_recovery_stage_to_id (stage));
  json_object_set_string_member (item, "title", title);
  json_object_set_string_member (item, "description", "");
  json_array_add_object_element (template_items (self, TRUE), item);

  save (self);
}

static GtkWidget *
item_row (CordonRecoveryPage *self,
          JsonObject         *item)
{
  const char *id = json_object_get_string_member_with_default (item, "id", "");
  const char *title = json_object_get_string_member_with_default (item, "title", "");
  const char *description = json_object_get_string_member_with_default (item, "description", "");
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *title_row = adw_entry_row_new ();
  GtkWidget *description_row = adw_entry_row_new ();
  GtkWidget *remove_row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove Item"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), description);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (title_row), _("Title"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (title_row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (title_row), title);
  g_object_set_data_full (G_OBJECT (title_row), "cordon-id", g_strdup (id), g_free);
  g_signal_connect (title_row, "apply", G_CALLBACK (on_title_applied), self);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (description_row), _("What to do"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (description_row), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (description_row), description);
  g_object_set_data_full (G_OBJECT (description_row), "cordon-id", g_strdup (id), g_free);
  g_signal_connect (description_row, "apply", G_CALLBACK (on_description_applied), self);

  /* Translators: the item's stable id, as `cordon checklist --done` takes it */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (remove_row), _("Item id"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (remove_row), id);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "destructive-action");
  g_object_set_data_full (G_OBJECT (remove), "cordon-id", g_strdup (id), g_free);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (remove_row), remove);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), title_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), description_row);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), remove_row);

  return expander;
}

static void
rebuild (CordonRecoveryPage *self)
{
  JsonArray *items = template_items (self, FALSE);

  for (guint which = 0; which < G_N_ELEMENTS (self->backup_rows); which++)
    {
      if (self->backup_rows[which] != NULL)
        adw_preferences_group_remove (self->backup_group, self->backup_rows[which]);
      self->backup_rows[which] = backup_row (self, which);
      adw_preferences_group_add (self->backup_group, self->backup_rows[which]);
    }

  for (guint stage = 0; stage < N_STAGES; stage++)
    {
      GtkWidget *add = adw_entry_row_new ();
      guint n = 0;

      for (guint i = 0; i < self->stage_rows[stage]->len; i++)
        adw_preferences_group_remove (self->stage_groups[stage], self->stage_rows[stage]->pdata[i]);
      g_ptr_array_set_size (self->stage_rows[stage], 0);

      for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
        {
          JsonObject *item = json_array_get_object_element (items, i);
          CordonRecoveryStage item_stage;
          GtkWidget *row;

          if (item == NULL ||
              !cordon_recovery_stage_from_id (json_object_get_string_member_with_default (item, "stage", ""), &item_stage) ||
              item_stage != stage)
            continue;

          row = item_row (self, item);
          adw_preferences_group_add (self->stage_groups[stage], row);
          g_ptr_array_add (self->stage_rows[stage], row);
          n++;
        }

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (add), _("Add an Item"));
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (add), TRUE);
      g_object_set_data (G_OBJECT (add), "cordon-stage", GUINT_TO_POINTER (stage));
      g_signal_connect (add, "apply", G_CALLBACK (on_add_applied), self);
      adw_preferences_group_add (self->stage_groups[stage], add);
      g_ptr_array_add (self->stage_rows[stage], add);

      adw_preferences_group_set_description (self->stage_groups[stage],
                                             n == 0 ? _("No items of this template in this stage") : NULL);
    }
}

/* Template choice and reset ---------------------------------------------- */

static void
on_template_selected (CordonRecoveryPage *self)
{
  guint selected = adw_combo_row_get_selected (self->template_row);

  if (selected == GTK_INVALID_LIST_POSITION)
    return;

  g_free (self->template_id);
  self->template_id = g_strdup (gtk_string_list_get_string (self->template_ids, selected));
  rebuild (self);
}

static void
on_reset_response (AdwMessageDialog   *dialog,
                   const char         *response,
                   CordonRecoveryPage *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "reset") != 0)
    return;

  self->saving = TRUE;
  if (!cordon_workspace_set_recovery_templates (self->workspace, NULL, &error))
    show_toast (self, error->message);
  self->saving = FALSE;

  load (self);
  rebuild (self);
}

static void
on_reset_clicked (CordonRecoveryPage *self)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_WINDOW);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Go Back to the Built-in Templates?"),
                                   _("Every change made to the templates is lost. Checklists already started keep their items."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reset", _("_Reset"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reset", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_reset_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Changes made elsewhere (another window, an import) */
static void
on_settings_changed (CordonRecoveryPage *self)
{
  if (self->saving)
    return;

  if (load (self))
    rebuild (self);
}

/* Life cycle -------------------------------------------------------------- */

static void
cordon_recovery_page_dispose (GObject *object)
{
  CordonRecoveryPage *self = (CordonRecoveryPage *)object;

  g_clear_object (&self->workspace);
  g_clear_object (&self->template_ids);
  g_clear_pointer (&self->doc, json_node_unref);
  g_clear_pointer (&self->template_id, g_free);
  for (guint i = 0; i < N_STAGES; i++)
    g_clear_pointer (&self->stage_rows[i], g_ptr_array_unref);

  G_OBJECT_CLASS (cordon_recovery_page_parent_class)->dispose (object);
}

static void
cordon_recovery_page_class_init (CordonRecoveryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = cordon_recovery_page_dispose;
}

static void
cordon_recovery_page_init (CordonRecoveryPage *self)
{
  self->template_id = g_strdup ("default");
  for (guint i = 0; i < N_STAGES; i++)
    self->stage_rows[i] = g_ptr_array_new ();
}

GtkWidget *
cordon_recovery_page_new (CordonWorkspace *workspace)
{
  CordonRecoveryPage *self;
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  AdwPreferencesGroup *template_group;
  GListModel *categories;

  g_return_val_if_fail (CORDON_IS_WORKSPACE (workspace), NULL);

  self = g_object_new (CORDON_TYPE_RECOVERY_PAGE,
                       "title", _("Recovery"),
                       "icon-name", "view-refresh-symbolic",
                       NULL);
  self->workspace = g_object_ref (workspace);

  /* When recovery from backup is offered */
  self->backup_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->backup_group, _("Recovery from Backup"));
  adw_preferences_group_set_description (self->backup_group,
                                         _("Offered for incidents of these severities or impacts; for the others the checklist leaves the backup stage out"));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), self->backup_group);

  /* Which template */
  template_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (template_group, _("Checklist Templates"));
  adw_preferences_group_set_description (template_group,
                                         _("A new checklist takes the items for every incident, then those of its category. Checklists already started keep their items."));
  self->reset_button = GTK_BUTTON (gtk_button_new_with_mnemonic (_("Reset…")));
  gtk_widget_set_valign (GTK_WIDGET (self->reset_button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->reset_button), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->reset_button), _("Go back to the built-in templates"));
  g_signal_connect_object (self->reset_button, "clicked", G_CALLBACK (on_reset_clicked), self, G_CONNECT_SWAPPED);
  adw_preferences_group_set_header_suffix (template_group, GTK_WIDGET (self->reset_button));

  self->template_ids = gtk_string_list_new (NULL);
  gtk_string_list_append (self->template_ids, "default");
  gtk_string_list_append (labels, _("Every incident"));
  categories = cordon_taxonomy_get_entries (cordon_workspace_get_taxonomy (workspace), CORDON_TAXONOMY_KIND_CATEGORY);
  for (guint i = 0; i < g_list_model_get_n_items (categories); i++)
    {
      g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (categories, i);

      gtk_string_list_append (self->template_ids, cordon_taxonomy_entry_get_id (entry));
      gtk_string_list_append (labels, cordon_taxonomy_entry_get_display_label (entry));
    }
  self->template_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->template_row), _("_Template"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->template_row), TRUE);
  adw_combo_row_set_model (self->template_row, G_LIST_MODEL (labels));
  adw_preferences_group_add (template_group, GTK_WIDGET (self->template_row));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), template_group);

  for (guint stage = 0; stage < N_STAGES; stage++)
    {
      self->stage_groups[stage] = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      adw_preferences_group_set_title (self->stage_groups[stage], cordon_recovery_stage_to_label (stage));
      adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), self->stage_groups[stage]);
    }

  if (load (self))
    rebuild (self);

  g_signal_connect_object (self->template_row, "notify::selected",
                           G_CALLBACK (on_template_selected), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "settings-changed", G_CALLBACK (on_settings_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "reloaded", G_CALLBACK (on_settings_changed), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

void
cordon_recovery_page_show_template (CordonRecoveryPage *self,
                                    const char         *template_id)
{
  g_return_if_fail (CORDON_IS_RECOVERY_PAGE (self));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->template_ids)); i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->template_ids, i), template_id) == 0)
      adw_combo_row_set_selected (self->template_row, i);
}
