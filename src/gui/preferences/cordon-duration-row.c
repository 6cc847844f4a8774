/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-duration-row.c: a row that edits a duration as hours and minutes
 * with two spin buttons. It only edits: whether a duration is acceptable
 * is for the page that stores it to decide. The spin buttons cannot go
 * below zero, so a negative number typed in becomes zero.
 *
 * Emits notify::seconds when the user changes the duration, not when
 * cordon_duration_row_set_seconds() does.
 */

#define G_LOG_DOMAIN "cordon-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "cordon-duration-row.h"

struct _CordonDurationRow
{
  AdwActionRow   parent_instance;

  GtkSpinButton *hours;
  GtkSpinButton *minutes;
  gboolean       setting;
};

enum {
  PROP_0,
  PROP_SECONDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (CordonDurationRow, cordon_duration_row, ADW_TYPE_ACTION_ROW)

static void
on_value_changed (CordonDurationRow *self)
{
  if (!self->setting)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECONDS]);
}

static GtkSpinButton *
add_spin (CordonDurationRow *self,
          double             upper,
          int                width_chars,
          const char        *unit,
          const char        *accessible_unit)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *spin = gtk_spin_button_new_with_range (0, upper, 1);
  GtkWidget *label = gtk_label_new (unit);

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_editable_set_width_chars (GTK_EDITABLE (spin), width_chars);
  gtk_widget_add_css_class (label, "dim-label");

  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_unit,
                                  -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self, NULL,
                                  -1);

  gtk_box_append (GTK_BOX (box), spin);
  gtk_box_append (GTK_BOX (box), label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), box);

  g_signal_connect_object (spin, "value-changed", G_CALLBACK (on_value_changed), self,
                           G_CONNECT_SWAPPED);

  return GTK_SPIN_BUTTON (spin);
}

static void
cordon_duration_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  CordonDurationRow *self = CORDON_DURATION_ROW (object);

  switch (prop_id)
    {
    case PROP_SECONDS:
      g_value_set_int64 (value, cordon_duration_row_get_seconds (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_duration_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  CordonDurationRow *self = CORDON_DURATION_ROW (object);

  switch (prop_id)
    {
    case PROP_SECONDS:
      cordon_duration_row_set_seconds (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
cordon_duration_row_class_init (CordonDurationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = cordon_duration_row_get_property;
  object_class->set_property = cordon_duration_row_set_property;

  properties[PROP_SECONDS] =
    g_param_spec_int64 ("seconds", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
cordon_duration_row_init (CordonDurationRow *self)
{
  /* Ten thousand hours is more than a year: enough for any deadline */
  self->hours = add_spin (self, 9999, 4, C_("duration unit", "h"), _("Hours"));
  self->minutes = add_spin (self, 59, 2, C_("duration unit", "min"), _("Minutes"));
}

GtkWidget *
cordon_duration_row_new (const char *title,
                         const char *subtitle)
{
  return g_object_new (CORDON_TYPE_DURATION_ROW,
                       "title", title,
                       "subtitle", subtitle,
                       NULL);
}

gint64
cordon_duration_row_get_seconds (CordonDurationRow *self)
{
  g_return_val_if_fail (CORDON_IS_DURATION_ROW (self), 0);

  return (gint64) gtk_spin_button_get_value_as_int (self->hours) * 3600 +
         (gint64) gtk_spin_button_get_value_as_int (self->minutes) * 60;
}

void
cordon_duration_row_set_seconds (CordonDurationRow *self,
                                 gint64             seconds)
{
  g_return_if_fail (CORDON_IS_DURATION_ROW (self));

  seconds = MAX (seconds, 0);
  self->setting = TRUE;
  gtk_spin_button_set_value (self->hours, (double) (seconds / 3600));
  gtk_spin_button_set_value (self->minutes, (double) ((seconds % 3600) / 60));
  self->setting = FALSE;
}

GtkSpinButton *
cordon_duration_row_get_hours_spin (CordonDurationRow *self)
{
  g_return_val_if_fail (CORDON_IS_DURATION_ROW (self), NULL);

  return self->hours;
}

GtkSpinButton *
cordon_duration_row_get_minutes_spin (CordonDurationRow *self)
{
  g_return_val_if_fail (CORDON_IS_DURATION_ROW (self), NULL);

  return self->minutes;
}
