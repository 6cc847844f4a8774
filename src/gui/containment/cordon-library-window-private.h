/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-library-window-private.h: the library window's fields, for its
 * tests, which drive the template widgets directly.
 */

#pragma once

#include "cordon-library-window.h"

G_BEGIN_DECLS

struct _CordonLibraryWindow
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwToastOverlay     *toast_overlay;
  GtkSearchEntry      *search_entry;
  GtkDropDown         *area_dropdown;
  GtkDropDown         *term_dropdown;
  GtkDropDown         *category_dropdown;
  GtkGrid             *coverage_grid;
  GtkListView         *strategy_list;
  GtkStack            *editor_stack;
  AdwWindowTitle      *editor_title;
  AdwEntryRow         *name_row;
  AdwExpanderRow      *areas_row;
  GtkCheckButton      *area_checks[4];
  AdwComboRow         *term_row;
  AdwExpanderRow      *categories_row;
  AdwComboRow         *group_row;
  AdwActionRow        *evidence_row;
  GtkSwitch           *evidence_switch;
  AdwEntryRow         *d3fend_row;
  AdwEntryRow         *mitigations_row;
  GtkTextView         *description_view;
  GtkTextView         *steps_view;
  GtkTextView         *rollback_view;
  GtkButton           *save_button;
  GtkButton           *duplicate_button;
  GtkButton           *delete_button;
  AdwPreferencesGroup *validation_group;
  GtkListBox          *validation_list;

  /* Owned references */
  CordonWorkspace     *workspace;
  GSettings           *settings;
  GListStore          *strategies;
  GtkFilterListModel  *filtered;
  GtkSingleSelection  *selection;
  GtkCustomFilter     *filter;
  GtkStringList       *category_ids;
  GPtrArray           *category_checks;
  GtkStringList       *group_slugs;
  CordonStrategy      *editing;
  GListModel          *validations;
  CordonStrategy      *undo_strategy;
  GListModel          *undo_validations;
  AdwToast            *undo_toast;

  guint                max_age_days;
  gboolean             deleting;
};

G_END_DECLS
