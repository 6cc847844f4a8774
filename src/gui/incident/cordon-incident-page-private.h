/* SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cordon-incident-page-private.h: the state of the incident page, shared
 * by the files that each fill one of its views (and by its tests).
 */

#pragma once

#include "cordon-incident-page.h"
#include "cordon-sla-scheduler.h"
#include "cordon-undo.h"

G_BEGIN_DECLS

/* Response, resolution, next update */
#define CORDON_N_CLOCK_ROWS 3

struct _CordonIncidentPage
{
  AdwBin                parent_instance;

  /* Template widgets: header */
  AdwViewSwitcherTitle *switcher_title;
  AdwViewStack         *view_stack;
  GtkMenuButton        *menu_button;
  GtkLabel             *key_label;
  GtkLabel             *title_label;
  GtkLabel             *severity_chip;
  GtkLabel             *phase_chip;
  GtkLabel             *details_label;

  /* Template widgets: overview */
  AdwPreferencesGroup  *management_group;
  AdwActionRow         *management_row;
  GtkImage             *management_icon;
  GtkButton            *management_button;
  GtkTextView          *summary_view;
  AdwActionRow         *category_row;
  AdwActionRow         *severity_row;
  AdwComboRow          *impact_row;
  AdwComboRow          *tlp_row;
  AdwEntryRow          *title_row;
  AdwEntryRow          *lead_row;
  GtkListBox           *groups_list;
  GtkListBox           *history_list;

  /* Template widgets: analysis */
  GtkListBox           *facts_list;
  AdwEntryRow          *new_question_row;
  GtkListBox           *questions_list;
  AdwEntryRow          *new_task_row;
  GtkListBox           *tasks_list;

  /* Template widgets: containment */
  AdwActionRow         *contained_row;
  GtkImage             *contained_icon;
  GtkListBox           *plan_list;
  AdwEntryRow          *custom_action_row;
  GtkListBox           *short_term_list;
  GtkListBox           *long_term_list;

  /* Template widgets: recovery and review (filled in by
   * cordon-incident-page-recovery.c) */
  AdwPreferencesPage   *recovery_page;
  AdwPreferencesPage   *review_page;

  /* Template widgets: evidence */
  GtkStack             *evidence_stack;
  GtkListBox           *evidence_list;
  AdwPreferencesGroup  *hash_group;
  GtkLabel             *hash_label;
  GtkProgressBar       *hash_progress;

  /* Template widgets: communication */
  AdwActionRow         *next_update_row;
  AdwComboRow          *protocol_row;
  AdwPreferencesGroup  *protocol_group;
  AdwActionRow         *contact_row;
  AdwActionRow         *when_row;
  GtkListBox           *members_list;
  AdwPreferencesGroup  *message_group;
  GtkTextView          *message_view;

  /* Template widgets: journal */
  GtkTextView          *note_view;
  GtkDropDown          *journal_filter;
  GtkListBox           *journal_list;

  /* Owned references */
  CordonWorkspace      *workspace;
  CordonIncident       *incident;
  GSignalGroup         *workspace_signals;
  GSignalGroup         *incident_signals;
  GMenu                *move_menu;

  /* Overview: every group, and the phase-change entries oldest first */
  GListStore           *groups;
  GListStore           *history;
  /* Impact ids in the order of impact_row's items */
  GPtrArray            *impact_ids;

  /* Analysis: the incident's records, kept in step with the workspace */
  GListStore           *facts;
  GListStore           *questions;
  GListStore           *tasks;
  /* The SLA clocks on the overview, from the window's scheduler */
  AdwPreferencesGroup  *clocks_group;
  AdwActionRow         *clock_rows[CORDON_N_CLOCK_ROWS];
  GtkLabel             *clock_labels[CORDON_N_CLOCK_ROWS];
  CordonSlaScheduler   *scheduler;
  GSignalGroup         *scheduler_signals;
  guint                 clocks_tick_id;

  /* The last removal (or addition) the page can take back */
  CordonUndo           *undo;

  /* Containment: the plan in order, the monitoring checks of each action
   * (by action id), and the library's strategies suited to the category */
  GListStore           *plan;
  GHashTable           *checks;
  /* Ids of the actions whose rows are expanded, so that a row recreated
   * after a move opens again */
  GHashTable           *expanded_actions;
  GListStore           *short_term;
  GListStore           *long_term;

  /* Recovery and review: their widgets and records */
  struct _CordonRecoveryView *recovery;

  /* The phase a move started from this page goes to, or -1 */
  int                   moving_to;

  /* Evidence: the register, and the hash running, if any */
  GListStore           *evidence;
  GCancellable         *hash_cancellable;

  /* Report: the export running, if any, and its progress dialog (weak
   * pointers: the dialog closes itself on Cancel) */
  GCancellable         *report_cancellable;
  AdwMessageDialog     *report_dialog;
  GtkProgressBar       *report_progress;

  /* Communication: the protocols on offer and their groups' members */
  GListStore           *protocols;
  GListStore           *members;
  /* Whether the lead edited the composed message since it was filled in */
  gboolean              message_edited;

  /* Journal: every entry, newest first, and the kind filter over it */
  GListStore           *journal;
  GtkCustomFilter      *journal_kind_filter;

  /* Set while widgets are filled from the model, so that their change
   * signals do not write back */
  guint                 updating;
};

#define CORDON_RECOVERY_N_STAGES (CORDON_RECOVERY_STAGE_POST_RECOVERY + 1)

/* The widgets and records of the Recovery and Review views */

typedef struct _CordonRecoveryView
{
  /* Recovery view */
  AdwPreferencesGroup *state_group;
  AdwActionRow        *state_row;
  GtkLevelBar         *overall_bar;
  GtkButton           *start_button;
  AdwPreferencesGroup *fields_group;
  AdwEntryRow         *compromised_row;
  AdwEntryRow         *legal_row;
  AdwEntryRow         *scope_row;
  AdwPreferencesGroup *stage_groups[CORDON_RECOVERY_N_STAGES];
  GtkListBox          *stage_lists[CORDON_RECOVERY_N_STAGES];
  AdwActionRow        *decision_row;
  GtkButton           *decision_button;
  AdwEntryRow         *root_cause_row;

  /* Review view */
  AdwActionRow        *review_row;
  GtkButton           *complete_button;
  GtkButton           *skip_button;
  AdwActionRow        *metric_rows[5];
  AdwPreferencesGroup *went_group;
  GtkTextView         *went_well_view;
  GtkTextView         *went_badly_view;
  GtkListBox          *follow_ups_list;
  AdwEntryRow         *new_follow_up_row;
  AdwEntryRow         *follow_up_owner_row;
  AdwEntryRow         *follow_up_due_row;
  GtkListBox          *timeline_list;

  /* Records */
  GListStore          *items;
  GtkFilterListModel  *stage_models[CORDON_RECOVERY_N_STAGES];
  GListStore          *follow_ups;
  GListStore          *timeline;
  CordonRecovery      *fields;
  CordonReview        *review;
  gboolean             offered;
} CordonRecoveryView;

/* cordon-incident-page-clocks.c */
void     _cordon_incident_page_init_clocks    (CordonIncidentPage *self);
void     _cordon_incident_page_update_clocks  (CordonIncidentPage *self);
void     _cordon_incident_page_dispose_clocks (CordonIncidentPage *self);

/* cordon-incident-page.c */
void     _cordon_incident_page_toast          (CordonIncidentPage *self,
                                               AdwToast           *toast);
void     _cordon_incident_page_show_error     (CordonIncidentPage *self,
                                               const GError       *error);
void     _cordon_incident_page_sync_store     (GListStore         *store,
                                               GListModel         *fresh,
                                               gint64            (*get_id) (gpointer item));
const char *_cordon_incident_page_author      (CordonIncidentPage *self);

/* Puts @copy (a record like the one removed, without its id) back */
typedef gboolean (*CordonReAddFunc) (CordonWorkspace  *workspace,
                                     CordonIncident   *incident,
                                     gpointer          copy,
                                     GError          **error);
void     _cordon_incident_page_offer_undo_removal (CordonIncidentPage *self,
                                                   const char         *title,
                                                   GObject            *removed,
                                                   CordonReAddFunc     re_add);
void     _cordon_incident_page_offer_undo         (CordonIncidentPage *self,
                                                   const char         *title,
                                                   CordonUndoFunc      undo,
                                                   gpointer            user_data,
                                                   GDestroyNotify      destroy);
GtkWidget  *_cordon_incident_page_placeholder_new (const char      *text);
char       *_cordon_incident_page_describe_entry  (CordonIncidentPage *self,
                                                   CordonJournalEntry *entry);
char       *_cordon_incident_page_describe_phase_change (CordonJournalEntry *entry);

/* cordon-incident-page-analysis.c */
void     _cordon_incident_page_class_init_analysis (GtkWidgetClass     *widget_class);
void     _cordon_incident_page_init_analysis       (CordonIncidentPage *self);
void     _cordon_incident_page_reload_records      (CordonIncidentPage *self);

/* cordon-incident-page-containment.c */
void     _cordon_incident_page_class_init_containment (GtkWidgetClass     *widget_class);
void     _cordon_incident_page_init_containment       (CordonIncidentPage *self);
void     _cordon_incident_page_reload_plan            (CordonIncidentPage *self);
void     _cordon_incident_page_reload_suggestions     (CordonIncidentPage *self);
gboolean _cordon_incident_page_has_evidence           (CordonIncidentPage *self);

/* cordon-incident-page-recovery.c */
void     _cordon_incident_page_class_init_recovery (GtkWidgetClass     *widget_class);
void     _cordon_incident_page_init_recovery       (CordonIncidentPage *self);
void     _cordon_incident_page_dispose_recovery    (CordonIncidentPage *self);
void     _cordon_incident_page_reload_recovery     (CordonIncidentPage *self);

/* cordon-incident-page-containment.c */
GtkWidget *_cordon_incident_page_ask_text          (CordonIncidentPage *self,
                                                    gpointer            record,
                                                    const char         *heading,
                                                    const char         *body,
                                                    const char         *entry_title,
                                                    const char         *confirm_label,
                                                    gboolean            required,
                                                    gboolean          (*callback) (CordonIncidentPage  *self,
                                                                                   gpointer             record,
                                                                                   const char          *text,
                                                                                   GError             **error));

/* cordon-incident-page-evidence.c */
void     _cordon_incident_page_class_init_evidence (GtkWidgetClass     *widget_class);
void     _cordon_incident_page_init_evidence       (CordonIncidentPage *self);
void     _cordon_incident_page_dispose_evidence    (CordonIncidentPage *self);
void     _cordon_incident_page_reload_evidence     (CordonIncidentPage *self);
void     _cordon_incident_page_evidence_dialog_set_file (AdwMessageDialog *dialog,
                                                         GFile            *file);
gboolean _cordon_incident_page_print_custody_form  (CordonIncidentPage *self,
                                                    CordonEvidenceItem *item,
                                                    GFile              *file);

/* cordon-incident-page-report.c */
void     _cordon_incident_page_class_init_report (GtkWidgetClass     *widget_class);
void     _cordon_incident_page_dispose_report    (CordonIncidentPage *self);
gboolean _cordon_incident_page_export_report     (CordonIncidentPage *self,
                                                  GFile              *file);

/* cordon-incident-page-communication.c */
void     _cordon_incident_page_class_init_communication (GtkWidgetClass     *widget_class);
void     _cordon_incident_page_init_communication       (CordonIncidentPage *self);
void     _cordon_incident_page_reload_protocols         (CordonIncidentPage *self);
void     _cordon_incident_page_update_next_update       (CordonIncidentPage *self);
void     _cordon_incident_page_recompose                (CordonIncidentPage *self);

/* cordon-incident-page-journal.c */
void     _cordon_incident_page_class_init_journal (GtkWidgetClass     *widget_class);
void     _cordon_incident_page_init_journal       (CordonIncidentPage *self);
void     _cordon_incident_page_reload_journal     (CordonIncidentPage *self);
void     _cordon_incident_page_prepend_entry      (CordonIncidentPage *self,
                                                   CordonJournalEntry *entry);
const char *_cordon_incident_page_journal_icon    (CordonJournalKind   kind);

G_END_DECLS
