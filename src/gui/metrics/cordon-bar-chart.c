/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-bar-chart.c: a horizontal bar chart drawn with GtkSnapshot, in
 * the colours of the style (light, dark, high contrast alike).
 */

#include "config.h"

#include "cordon-bar-chart.h"

#define ROW_HEIGHT   28
#define BAR_HEIGHT   14
#define GAP          12
#define MIN_BAR      2

typedef struct
{
  char   *label;
  double  value;
  char   *value_text;
  char   *color_class;
} Bar;

struct _CordonBarChart
{
  GtkWidget  parent_instance;

  GArray    *bars;
  double     maximum;
};

G_DEFINE_FINAL_TYPE (CordonBarChart, cordon_bar_chart, GTK_TYPE_WIDGET)

static void
bar_clear (Bar *bar)
{
  g_free (bar->label);
  g_free (bar->value_text);
  g_free (bar->color_class);
}

/* The libadwaita colour a bar of @color_class is drawn in */
static const char *
named_color (const char *color_class)
{
  static const struct { const char *class_name; const char *color; } colors[] = {
    { "critical", "error_bg_color" },
    { "error", "error_bg_color" },
    { "high", "warning_bg_color" },
    { "warning", "warning_bg_color" },
    { "success", "success_bg_color" },
    { "low", "success_bg_color" },
  };

  for (guint i = 0; color_class != NULL && i < G_N_ELEMENTS (colors); i++)
    if (g_str_equal (colors[i].class_name, color_class))
      return colors[i].color;

  return "accent_bg_color";
}

static void
update_accessible (CordonBarChart *self)
{
  g_autoptr(GString) description = g_string_new (NULL);

  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);

      if (i > 0)
        g_string_append (description, "; ");
      g_string_append_printf (description, "%s: %s", bar->label, bar->value_text);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description->str, -1);
}

static PangoLayout *
make_layout (CordonBarChart *self,
             const char     *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);

  return layout;
}

static int
label_column_width (CordonBarChart *self,
                    int             width)
{
  int widest = 0;

  for (guint i = 0; i < self->bars->len; i++)
    {
      g_autoptr(PangoLayout) layout = make_layout (self, g_array_index (self->bars, Bar, i).label);
      int w;

      pango_layout_get_pixel_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }

  return MIN (widest, width * 2 / 5);
}

static int
value_column_width (CordonBarChart *self)
{
  int widest = 0;

  for (guint i = 0; i < self->bars->len; i++)
    {
      g_autoptr(PangoLayout) layout = make_layout (self, g_array_index (self->bars, Bar, i).value_text);
      int w;

      pango_layout_get_pixel_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }

  return widest;
}

static void
cordon_bar_chart_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  CordonBarChart *self = CORDON_BAR_CHART (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  int width = gtk_widget_get_width (widget);
  int label_width, value_width, bar_space;
  double maximum = self->maximum;
  GdkRGBA fg, track;

  if (self->bars->len == 0)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (context, &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  track = fg;
  track.alpha = 0.08;

  if (maximum <= 0)
    for (guint i = 0; i < self->bars->len; i++)
      maximum = MAX (maximum, g_array_index (self->bars, Bar, i).value);

  label_width = label_column_width (self, width);
  value_width = value_column_width (self);
  bar_space = MAX (width - label_width - value_width - 2 * GAP, 10);

  for (guint i = 0; i < self->bars->len; i++)
    {
      Bar *bar = &g_array_index (self->bars, Bar, i);
      g_autoptr(PangoLayout) label = make_layout (self, bar->label);
      g_autoptr(PangoLayout) value = make_layout (self, bar->value_text);
      int y = i * ROW_HEIGHT;
      int text_height, length;
      GskRoundedRect rounded;
      graphene_rect_t rect;
      GdkRGBA color;

      pango_layout_set_width (label, label_width * PANGO_SCALE);
      pango_layout_get_pixel_size (label, NULL, &text_height);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, y + (ROW_HEIGHT - text_height) / 2));
      gtk_snapshot_append_layout (snapshot, label, &fg);
      gtk_snapshot_restore (snapshot);

      /* The track, then the bar over it */
      rect = GRAPHENE_RECT_INIT (label_width + GAP, y + (ROW_HEIGHT - BAR_HEIGHT) / 2, bar_space, BAR_HEIGHT);
      gsk_rounded_rect_init_from_rect (&rounded, &rect, BAR_HEIGHT / 2);
      gtk_snapshot_push_rounded_clip (snapshot, &rounded);
      gtk_snapshot_append_color (snapshot, &track, &rect);
      gtk_snapshot_pop (snapshot);

      length = maximum > 0 ? (int) (bar_space * CLAMP (bar->value / maximum, 0.0, 1.0)) : 0;
      if (bar->value > 0)
        length = MAX (length, MIN_BAR + BAR_HEIGHT / 2);
      if (length > 0)
        {
          G_GNUC_BEGIN_IGNORE_DEPRECATIONS
          if (!gtk_style_context_lookup_color (context, named_color (bar->color_class), &color))
            color = fg;
          G_GNUC_END_IGNORE_DEPRECATIONS
          rect.size.width = length;
          gsk_rounded_rect_init_from_rect (&rounded, &rect, BAR_HEIGHT / 2);
          gtk_snapshot_push_rounded_clip (snapshot, &rounded);
          gtk_snapshot_append_color (snapshot, &color, &rect);
          gtk_snapshot_pop (snapshot);
        }

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (label_width + GAP + bar_space + GAP,
                                                             y + (ROW_HEIGHT - text_height) / 2));
      gtk_snapshot_append_layout (snapshot, value, &fg);
      gtk_snapshot_restore (snapshot);
    }
}

static void
cordon_bar_chart_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  CordonBarChart *self = CORDON_BAR_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = 480;
    }
  else
    *minimum = *natural = self->bars->len * ROW_HEIGHT;
}

static void
cordon_bar_chart_finalize (GObject *object)
{
  CordonBarChart *self = (CordonBarChart *)object;

  g_array_unref (self->bars);

  G_OBJECT_CLASS (cordon_bar_chart_parent_class)->finalize (object);
}

static void
cordon_bar_chart_class_init (CordonBarChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = cordon_bar_chart_finalize;
  widget_class->snapshot = cordon_bar_chart_snapshot;
  widget_class->measure = cordon_bar_chart_measure;

  gtk_widget_class_set_css_name (widget_class, "barchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
cordon_bar_chart_init (CordonBarChart *self)
{
  self->bars = g_array_new (FALSE, TRUE, sizeof (Bar));
  g_array_set_clear_func (self->bars, (GDestroyNotify) bar_clear);
}

GtkWidget *
cordon_bar_chart_new (const char *accessible_name)
{
  GtkWidget *self = g_object_new (CORDON_TYPE_BAR_CHART, NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);

  return self;
}

void
cordon_bar_chart_clear (CordonBarChart *self)
{
  g_return_if_fail (CORDON_IS_BAR_CHART (self));

  g_array_set_size (self->bars, 0);
  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
cordon_bar_chart_add (CordonBarChart *self,
                      const char     *label,
                      double          value,
                      const char     *value_text,
                      const char     *color_class)
{
  Bar bar;

  g_return_if_fail (CORDON_IS_BAR_CHART (self));
  g_return_if_fail (label != NULL);

  bar.label = g_strdup (label);
  bar.value = value;
  bar.value_text = value_text != NULL ? g_strdup (value_text) : g_strdup_printf ("%g", value);
  bar.color_class = g_strdup (color_class);
  g_array_append_val (self->bars, bar);

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
cordon_bar_chart_set_maximum (CordonBarChart *self,
                              double          maximum)
{
  g_return_if_fail (CORDON_IS_BAR_CHART (self));

  self->maximum = MAX (maximum, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
cordon_bar_chart_get_n_bars (CordonBarChart *self)
{
  g_return_val_if_fail (CORDON_IS_BAR_CHART (self), 0);

  return self->bars->len;
}

const char *
cordon_bar_chart_get_label (CordonBarChart *self,
                            guint           index)
{
  g_return_val_if_fail (CORDON_IS_BAR_CHART (self), NULL);
  g_return_val_if_fail (index < self->bars->len, NULL);

  return g_array_index (self->bars, Bar, index).label;
}

const char *
cordon_bar_chart_get_value_text (CordonBarChart *self,
                                 guint           index)
{
  g_return_val_if_fail (CORDON_IS_BAR_CHART (self), NULL);
  g_return_val_if_fail (index < self->bars->len, NULL);

  return g_array_index (self->bars, Bar, index).value_text;
}
