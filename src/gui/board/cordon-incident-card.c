/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-incident-card.c: one incident on the board's columns: key,
 * title, severity, category and lead. Cards are recycled by the list
 * views, so binding only sets texts. Dragging is handled by the column's
 * list view, so that a card, made by the hundred, stays cheap.
 */

#define G_LOG_DOMAIN "cordon-board"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-incident-card.h"
#include "cordon-taxonomy-entry.h"
#include "cordon-time.h"

struct _CordonIncidentCard
{
  GtkWidget       parent_instance;

  GtkWidget      *box;
  GtkLabel       *key_label;
  GtkLabel       *title_label;
  GtkLabel       *severity_chip;
  GtkLabel       *category_label;
  GtkLabel       *lead_label;
  GtkWidget      *exercise_tag;
  GtkLabel       *deadline_label;

  CordonTaxonomy *taxonomy;
  CordonIncident *incident;
  gulong          notify_id;
};

G_DEFINE_FINAL_TYPE (CordonIncidentCard, cordon_incident_card, GTK_TYPE_WIDGET)

static const char *severity_classes[] = {
  "severity-low", "severity-medium", "severity-high", "severity-critical",
};

static const char *
entry_label (CordonTaxonomy     *taxonomy,
             CordonTaxonomyKind  kind,
             const char         *id)
{
  CordonTaxonomyEntry *entry = taxonomy ? cordon_taxonomy_lookup (taxonomy, kind, id) : NULL;

  return entry != NULL ? cordon_taxonomy_entry_get_display_label (entry) : id;
}

/**
 * cordon_severity_chip_update:
 *
 * Shows @severity on @chip, coloured by its place among the severities:
 * the most severe is always the strongest colour, whatever the ids.
 */
void
cordon_severity_chip_update (GtkLabel       *chip,
                             CordonTaxonomy *taxonomy,
                             const char     *severity)
{
  GListModel *severities = taxonomy ? cordon_taxonomy_get_entries (taxonomy, CORDON_TAXONOMY_KIND_SEVERITY) : NULL;
  guint n = severities ? g_list_model_get_n_items (severities) : 0;
  guint level = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(CordonTaxonomyEntry) entry = g_list_model_get_item (severities, i);

      if (g_strcmp0 (cordon_taxonomy_entry_get_id (entry), severity) == 0)
        {
          /* Spread the list over the four colours, most severe last. */
          level = n > 1 ? (i * (G_N_ELEMENTS (severity_classes) - 1) + (n - 2)) / (n - 1) : 0;
          break;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (severity_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (chip), severity_classes[i]);
  gtk_widget_add_css_class (GTK_WIDGET (chip), "severity-chip");
  gtk_widget_add_css_class (GTK_WIDGET (chip), severity_classes[MIN (level, G_N_ELEMENTS (severity_classes) - 1)]);
  gtk_label_set_text (chip, entry_label (taxonomy, CORDON_TAXONOMY_KIND_SEVERITY, severity));
}

static void
update (CordonIncidentCard *self)
{
  CordonIncident *incident = self->incident;
  g_autofree char *accessible = NULL;
  const char *lead;

  if (incident == NULL)
    return;

  lead = cordon_incident_get_lead (incident);
  gtk_label_set_text (self->key_label, cordon_incident_get_key (incident));
  gtk_label_set_text (self->title_label, cordon_incident_get_title (incident));
  cordon_severity_chip_update (self->severity_chip, self->taxonomy, cordon_incident_get_severity (incident));
  gtk_label_set_text (self->category_label,
                      entry_label (self->taxonomy, CORDON_TAXONOMY_KIND_CATEGORY, cordon_incident_get_category (incident)));
  gtk_label_set_text (self->lead_label, lead[0] != '\0' ? lead : _("No lead"));
  gtk_widget_set_visible (self->exercise_tag, cordon_incident_get_exercise (incident));

  /* Translators: how a screen reader reads a card: key, title, severity, category */
  accessible = g_strdup_printf (_("%s, %s, severity %s, %s"),
                                cordon_incident_get_key (incident),
                                cordon_incident_get_title (incident),
                                gtk_label_get_text (self->severity_chip),
                                gtk_label_get_text (self->category_label));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

void
cordon_incident_card_set_incident (CordonIncidentCard *self,
                                   CordonIncident     *incident)
{
  g_return_if_fail (CORDON_IS_INCIDENT_CARD (self));

  if (self->incident == incident)
    return;

  if (self->incident != NULL)
    g_clear_signal_handler (&self->notify_id, self->incident);
  g_set_object (&self->incident, incident);
  if (incident != NULL)
    self->notify_id = g_signal_connect_object (incident, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);

  update (self);
}

/**
 * cordon_incident_card_set_deadline:
 * @deadline: (nullable): the deadline to show, or %NULL for none
 *
 * Shows the next SLA deadline as a countdown, coloured by its state.
 */
void
cordon_incident_card_set_deadline (CordonIncidentCard      *self,
                                   const CordonSlaDeadline *deadline,
                                   gint64                   now_usec)
{
  static const char *state_classes[] = { "sla-pending", "sla-warning", "sla-breached" };
  g_autofree char *span = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (CORDON_IS_INCIDENT_CARD (self));

  for (guint i = 0; i < G_N_ELEMENTS (state_classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->deadline_label), state_classes[i]);

  if (deadline == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->deadline_label), FALSE);
      return;
    }

  switch (deadline->state)
    {
    case CORDON_SLA_STATE_BREACHED:
      span = cordon_time_format_span (now_usec - deadline->due_usec);
      /* Translators: an SLA countdown on a card: "Response 12 min late" */
      text = g_strdup_printf (_("%s %s late"), cordon_sla_kind_to_label (deadline->kind), span);
      gtk_widget_add_css_class (GTK_WIDGET (self->deadline_label), "sla-breached");
      break;

    case CORDON_SLA_STATE_PAUSED:
      /* Translators: an SLA countdown on a card whose clock is paused */
      text = g_strdup_printf (_("%s paused"), cordon_sla_kind_to_label (deadline->kind));
      gtk_widget_add_css_class (GTK_WIDGET (self->deadline_label), "sla-pending");
      break;

    case CORDON_SLA_STATE_WARNING:
    case CORDON_SLA_STATE_PENDING:
    default:
      span = cordon_time_format_span (deadline->due_usec - now_usec);
      /* Translators: an SLA countdown on a card: "Response in 14 min" */
      text = g_strdup_printf (_("%s in %s"), cordon_sla_kind_to_label (deadline->kind), span);
      gtk_widget_add_css_class (GTK_WIDGET (self->deadline_label),
                                deadline->state == CORDON_SLA_STATE_WARNING ? "sla-warning" : "sla-pending");
      break;
    }

  gtk_label_set_text (self->deadline_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->deadline_label), TRUE);
}

/**
 * cordon_incident_card_get_deadline_text:
 *
 * Returns: the countdown shown, or %NULL when there is none
 */
const char *
cordon_incident_card_get_deadline_text (CordonIncidentCard *self)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT_CARD (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->deadline_label)))
    return NULL;

  return gtk_label_get_text (self->deadline_label);
}

CordonIncident *
cordon_incident_card_get_incident (CordonIncidentCard *self)
{
  g_return_val_if_fail (CORDON_IS_INCIDENT_CARD (self), NULL);

  return self->incident;
}

static void
cordon_incident_card_dispose (GObject *object)
{
  CordonIncidentCard *self = CORDON_INCIDENT_CARD (object);

  if (self->incident != NULL)
    g_clear_signal_handler (&self->notify_id, self->incident);
  g_clear_object (&self->incident);
  g_clear_object (&self->taxonomy);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (cordon_incident_card_parent_class)->dispose (object);
}

static void
cordon_incident_card_class_init (CordonIncidentCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = cordon_incident_card_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "incidentcard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static GtkLabel *
new_label (const char *css_class,
           gboolean    wrap)
{
  GtkLabel *label = GTK_LABEL (gtk_label_new (NULL));

  gtk_label_set_xalign (label, 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (label), css_class);
  if (wrap)
    {
      gtk_label_set_wrap (label, TRUE);
      gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (label, 3);
      gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_END);
    }
  else
    {
      gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_END);
    }

  return label;
}

static void
cordon_incident_card_init (CordonIncidentCard *self)
{
  GtkWidget *top, *bottom;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (self->box, "incident-card");
  gtk_widget_add_css_class (self->box, "card");
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->key_label = new_label ("dim-label", FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->key_label), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->key_label), "numeric");
  gtk_widget_set_hexpand (GTK_WIDGET (self->key_label), TRUE);
  self->severity_chip = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_valign (GTK_WIDGET (self->severity_chip), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->key_label));
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->severity_chip));
  gtk_box_append (GTK_BOX (self->box), top);

  self->title_label = new_label ("heading", TRUE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->title_label));

  bottom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->exercise_tag = gtk_label_new (_("Exercise"));
  gtk_widget_add_css_class (self->exercise_tag, "exercise-tag");
  gtk_widget_set_valign (self->exercise_tag, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (self->exercise_tag, FALSE);
  gtk_box_append (GTK_BOX (bottom), self->exercise_tag);
  self->category_label = new_label ("caption", FALSE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->category_label), TRUE);
  self->lead_label = new_label ("caption", FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->lead_label), "dim-label");
  gtk_label_set_xalign (self->lead_label, 1);
  gtk_box_append (GTK_BOX (bottom), GTK_WIDGET (self->category_label));
  gtk_box_append (GTK_BOX (bottom), GTK_WIDGET (self->lead_label));
  gtk_box_append (GTK_BOX (self->box), bottom);

  self->deadline_label = new_label ("caption", FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->deadline_label), "sla-countdown");
  gtk_widget_add_css_class (GTK_WIDGET (self->deadline_label), "numeric");
  gtk_widget_set_visible (GTK_WIDGET (self->deadline_label), FALSE);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->deadline_label));
}

/**
 * cordon_incident_card_new:
 * @taxonomy: (nullable): for labels and severity colours
 */
GtkWidget *
cordon_incident_card_new (CordonTaxonomy *taxonomy)
{
  CordonIncidentCard *self = g_object_new (CORDON_TYPE_INCIDENT_CARD, NULL);

  if (taxonomy != NULL)
    self->taxonomy = g_object_ref (taxonomy);

  return GTK_WIDGET (self);
}
