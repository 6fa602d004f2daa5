#pragma once

#include "goal.h"
#include "scoring.h"

#include <QDateTime>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace tandem::core {
class SkillModel;
class Workspace;
} // namespace tandem::core

namespace tandem::ui {

class DueTracker;
class EditHistory;
class HistoryModel;
struct PageContext;
class Questionnaire;

/// Check-in: start (or resume) a weekly pulse or a full assessment, see the results right
/// after finishing, and browse, open and delete past assessments. Finishing and deleting are
/// steps of the window's undo history; the page follows the workspace, so an undo, an import
/// or a check-in recorded elsewhere shows here at once.
class CheckInPage final : public QWidget
{
    Q_OBJECT

public:
    explicit CheckInPage(const PageContext &context, QWidget *parent = nullptr);
    ~CheckInPage() override;

    /// Starts an assessment of this kind, resuming its unfinished one when there is one.
    void start(core::AssessmentKind kind);
    /// Shows the results of a stored assessment.
    void showResults(qint64 assessmentId);
    /// Back to the start screen.
    void showHome();
    /// The list of past assessments (loaded when first shown).
    void showHistory();

    Questionnaire *questionnaire() const { return m_questionnaire; }
    /// The results shown (their growth areas' tips link to "Make it a step…").
    QTextBrowser *resultsView() const { return m_results; }

    /// Offers the "Make it a step…" menu of a tip (what its link in the results does), at the
    /// mouse pointer when it is over the results, else at the results' top left.
    void offerTip(const QString &tipId);

Q_SIGNALS:
    /// A tip's "Start a Goal With This Step…": the main window opens the Goals page with a new
    /// goal on this skill or pole and the tip as its first step.
    void newGoalRequested(tandem::core::GoalTarget target, const QString &targetId, const QString &tipId);


protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildHome();
    QWidget *buildHistory();
    QWidget *buildResults();
    void refreshHome();
    void saveDraft();
    void finishQuestionnaire();
    void closeQuestionnaire();
    void discardDraft(core::AssessmentKind kind);
    void deleteSelected();
    void assessmentRemoved(qint64 id);
    void showNotice(const QString &text);
    void showError(const QString &message);

    core::Workspace &m_workspace;
    const core::SkillModel &m_model;
    DueTracker &m_tracker;
    EditHistory &m_editHistory;
    const PageContext &m_context;

    QStackedWidget *m_stack = nullptr;
    QWidget *m_home = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_historyTab = nullptr;
    QWidget *m_resultsPage = nullptr;
    Questionnaire *m_questionnaire = nullptr;
    QDateTime m_startedAt;

    QLabel *m_pulseStatus = nullptr;
    QLabel *m_fullStatus = nullptr;
    QPushButton *m_pulseStart = nullptr;
    QPushButton *m_fullStart = nullptr;
    QPushButton *m_pulseDiscard = nullptr;
    QPushButton *m_fullDiscard = nullptr;
    QLabel *m_message = nullptr;

    HistoryModel *m_history = nullptr;
    QTableView *m_historyView = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_delete = nullptr;
    QWidget *m_undoBar = nullptr;
    QLabel *m_undoText = nullptr;

    QTextBrowser *m_results = nullptr;
    QLabel *m_resultsNotice = nullptr;
    qint64 m_resultsId = 0;
};

} // namespace tandem::ui
