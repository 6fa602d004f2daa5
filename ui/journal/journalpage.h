#pragma once

#include "goal.h"
#include "journalentry.h"

#include <QWidget>


class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QTimer;
class QToolButton;

namespace tandem::core {
class Clock;
class SkillModel;
class Workspace;
} // namespace tandem::core

namespace tandem::ui {

class AdvisorDialog;
class DeferredRefresh;
class EditHistory;
class JournalEditor;
struct PageContext;
class JournalListModel;

/// The journal: entries newest first (or search results as you type) on the left, filters and
/// "on this day" above them, the entry being written on the right, and the "lead or manage?"
/// advisor, on its own or for the entry.
class JournalPage final : public QWidget
{
    Q_OBJECT

public:
    explicit JournalPage(const PageContext &context, QWidget *parent = nullptr);
    ~JournalPage() override;

    JournalEditor *editor() const { return m_editor; }
    JournalListModel *listModel() const { return m_model; }

    /// Starts a new entry (the current one is saved first).
    void newEntry();
    /// Opens the advisor on its own; its answer can start an entry.
    void openAdvisor();
    /// Opens the advisor for the entry in the editor; its answer is kept with the entry.
    void openAdvisorForEntry();
    /// Asks, then deletes the entry in the editor; Edit ▸ Undo brings it back.
    void deleteCurrentEntry();

public Q_SLOTS:
    /// Shows the entry with this row id in the editor (what was typed is saved first) and
    /// selects it in the list when the list shows it.
    void showEntry(qint64 id);

Q_SIGNALS:
    /// A tip's "Start a Goal With This Step…" in the advisor's answer: the main window opens the
    /// Goals page with a new goal on this skill or pole and the tip as its first step.
    void newGoalRequested(tandem::core::GoalTarget target, const QString &targetId, const QString &tipId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildListSide();
    QWidget *buildFilterPanel();
    QWidget *buildNotice();
    void createActions();
    void applyFilter();
    void openRow(const QModelIndex &index);
    void onSaved(qint64 id, bool created);
    void selectEntry(qint64 id);
    void refreshOnThisDay();
    void refreshTags();
    void updateListStatus();
    void showNotice(const QString &text, bool offerUndo);
    void forwardNewGoal(AdvisorDialog *dialog);

    const PageContext &m_context;
    const core::Workspace &m_workspace;
    const core::SkillModel &m_skillModel;
    const core::Clock &m_clock;
    EditHistory &m_history;
    DeferredRefresh *m_sideRefresh = nullptr;  // "on this day" and the tag filter

    JournalListModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchCount = nullptr;  // "12 results" while searching
    QTimer *m_searchTimer = nullptr;
    QToolButton *m_filtersButton = nullptr;
    QWidget *m_filterPanel = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_skillFilter = nullptr;
    QComboBox *m_modeFilter = nullptr;
    QComboBox *m_tagFilter = nullptr;
    QComboBox *m_ratingFilter = nullptr;
    QLabel *m_listStatus = nullptr;
    QLabel *m_onThisDayTitle = nullptr;
    QListWidget *m_onThisDay = nullptr;
    QWidget *m_notice = nullptr;
    QLabel *m_noticeText = nullptr;
    QPushButton *m_noticeUndo = nullptr;
    JournalEditor *m_editor = nullptr;
};

} // namespace tandem::ui
