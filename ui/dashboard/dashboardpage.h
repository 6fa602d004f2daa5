#pragma once

#include "goal.h"
#include "scoring.h"

#include <QWidget>

#include <optional>

class QFrame;
class QGridLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QDate;

namespace tandem::core {
class SkillModel;
class Workspace;
} // namespace tandem::core

namespace tandem::ui {

class DeferredRefresh;
class DueTracker;
class EditHistory;
class PageHeader;
struct PageContext;

/// The page Tandem opens on: what is due, the current profile at a glance, strengths and
/// growth areas with a tip each, the latest journal entries and the active goals. On an empty
/// database it shows a welcome that leads to the first check-in instead.
///
/// Opening it reads a fixed amount however large the history is: the latest full assessment
/// and the one before it, five journal rows and a few goals.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int RecentEntries = 5;
    static constexpr int ActiveGoals = 5;
    static constexpr int ReviewsShown = 5;
    /// From this width (logical pixels) strengths and growth areas, and goals and recent entries,
    /// sit side by side.
    static constexpr int SideBySideFrom = 820;

    explicit DashboardPage(const PageContext &context, QWidget *parent = nullptr);

    /// True while the first-run welcome is shown (the database holds nothing of the user's yet).
    bool isFirstRun() const { return m_firstRun; }

public Q_SLOTS:
    /// Reads everything again. Called when the page is shown after any change to the data or to
    /// what is due, and at once while it is visible.
    void refresh();

Q_SIGNALS:
    void startRequested(tandem::core::AssessmentKind kind);
    void journalRequested();
    void learnRequested();
    /// The user opened a journal entry (a recent one, or a decision due for review).
    void entryRequested(qint64 entryId);
    void goalRequested(qint64 goalId);
    void goalsRequested();
    /// The user opened the open feedback round the dashboard tells about.
    void feedbackRoundRequested(qint64 roundId);
    /// "Set a goal" on a growth area: the new-goal form with that target chosen (and a tip
    /// ticked as its first step when tipId is set).
    void newGoalRequested(tandem::core::GoalTarget kind, const QString &targetId, const QString &tipId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildWelcome(QWidget *parent);
    QWidget *buildOverview(QWidget *parent);
    QFrame *card(const QString &title, QWidget *parent, QLabel **headingOut = nullptr);
    void arrangeLists(bool sideBySide);
    void refreshDue();
    void refreshProfile();
    void refreshJournal();
    void refreshGoals();
    void refreshReviews();
    void refreshFeedback();
    void refreshGrowthActions(const core::Profile &profile, const QDate &today);
    void takeTip(const QString &skillId, const core::Tip &tip);
    void fitList(QListWidget *list) const;
    void showError(const QString &message);

    const core::Workspace &m_workspace;
    const core::SkillModel &m_model;
    DueTracker &m_tracker;
    EditHistory &m_history;
    DeferredRefresh *m_refresh = nullptr;
    bool m_firstRun = false;
    std::optional<core::Profile> m_latestProfile;  // of the latest full assessment

    PageHeader *m_header = nullptr;
    QGridLayout *m_skills = nullptr;
    QFrame *m_strengthsCard = nullptr;
    QFrame *m_growthCard = nullptr;
    QGridLayout *m_lists = nullptr;
    QFrame *m_goalsCard = nullptr;
    QFrame *m_journalCard = nullptr;
    bool m_listsSideBySide = false;
    QWidget *m_welcome = nullptr;
    QWidget *m_overview = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_dueText = nullptr;
    QFrame *m_feedbackCard = nullptr;
    QLabel *m_feedbackText = nullptr;
    QPushButton *m_feedbackOpen = nullptr;
    qint64 m_feedbackRound = 0;
    QPushButton *m_startPulse = nullptr;
    QPushButton *m_startFull = nullptr;
    QLabel *m_profile = nullptr;
    QLabel *m_strengths = nullptr;
    QLabel *m_growth = nullptr;
    QFrame *m_skillsCard = nullptr;
    QListWidget *m_journal = nullptr;
    QLabel *m_journalEmpty = nullptr;
    QListWidget *m_goals = nullptr;
    QLabel *m_goalsEmpty = nullptr;
    QFrame *m_reviewsCard = nullptr;
    QListWidget *m_reviews = nullptr;
    QWidget *m_growthActions = nullptr;
    QLabel *m_notice = nullptr;
    QList<QFrame *> m_cards;
};

} // namespace tandem::ui
