#pragma once

#include "common/pagecontext.h"
#include "pageid.h"

#include "goal.h"
#include "schedule.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QMenu;
class QPushButton;
class QStackedWidget;

namespace tandem::core {
class Workspace;
}

namespace tandem::ui {

class CheckInPage;
class DataTransfer;
class DesktopNotifier;
class DueTracker;
class EditHistory;
class MessageBanner;
class NavigationSidebar;

/// The main window: a navigation sidebar on the left, one page per feature on the right, over one
/// workspace. It owns what the pages share (the undo history, what is due) and hands it to each
/// page as a PageContext; pages follow the workspace's signals, so the window is never rebuilt.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// "Now" comes from the workspace's clock (tests give it their own).
    explicit MainWindow(core::Workspace &workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(PageId page);
    PageId currentPage() const;
    /// The page's widget, built now if it has not been shown yet.
    QWidget *page(PageId page);
    DueTracker &dueTracker() const { return *m_dueTracker; }
    DataTransfer &dataTransfer() const { return *m_transfer; }
    EditHistory &editHistory() const { return *m_history; }
    const PageContext &context() const { return *m_context; }

    /// Shows the Journal with this entry in its editor.
    void showEntry(qint64 entryId);
    /// Shows the Journal with a new entry in its editor (the launcher's "New Journal Entry").
    void newJournalEntry();
    /// Shows the Check-in and starts one (the launcher's "Check In Now"): the questionnaire already
    /// open if there is one, else what is due (the pulse first, as the banner offers it), else an
    /// unfinished one, else the weekly pulse.
    void checkInNow();

    /// Starts (or resumes) a check-in of this kind on the Check-in page. When the other kind is
    /// open there with answers given, it shows that one instead and says why: an assessment in
    /// progress is never put away unasked.
    void startCheckIn(core::AssessmentKind kind);

    /// Below this width (logical pixels) the sidebar shows icons only.
    static constexpr int CompactBelow = 860;
    /// Shows the Goals page with a new goal on this skill or pole, the tip (if any) as its first step.
    void newGoal(core::GoalTarget target, const QString &targetId, const QString &tipId);

Q_SIGNALS:
    /// The user confirmed restoring a backup; the session closes this window to do it.
    void restoreRequested(const QString &backupPath);
    /// A backup was made or removed: lists of backups should be read again.
    void backupsChanged();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    /// Response files dropped anywhere on the window while the Feedback page shows are imported.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    QWidget *createPage(PageId page);
    void updateDue();
    void notifyDue(core::AssessmentKind kind);
    void notifyReviews(int count);
    void markNavigation(PageId page, const QVariant &badge, const QString &accessibleText, const QString &toolTip);
    /// Ctrl+N is New Goal on the Goals page and New Journal Entry everywhere else; the menus say so.
    void updatePageShortcuts();
    /// Takes the keys the window's menus own (New, Find) from a page's own actions, so that a key
    /// is never bound twice (Qt then does nothing at all).
    void adoptPageShortcuts(QWidget *page);

    core::Workspace &m_workspace;
    const core::SkillModel &m_model;
    const core::Clock &m_clock;
    EditHistory *m_history = nullptr;
    DueTracker *m_dueTracker = nullptr;
    std::unique_ptr<PageContext> m_context;
    DesktopNotifier *m_notifier = nullptr;
    DataTransfer *m_transfer = nullptr;
    QMenu *m_exportMenu = nullptr;
    QAction *m_newEntryAction = nullptr;
    QAction *m_newGoalAction = nullptr;
    QAction *m_newRoundAction = nullptr;
    QAction *m_findAction = nullptr;
    NavigationSidebar *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    MessageBanner *m_banner = nullptr;
    QPushButton *m_bannerStart = nullptr;
    std::optional<core::AssessmentKind> m_bannerKind;
    QString m_bannerNotice; // a one-off notice shown in the banner instead of what is due
    core::DueState m_dismissed;  // the due state the user said "Later" to
    int m_dismissedReviews = 0;  // and the number of decisions to review then
    bool m_hasDismissed = false;
};

} // namespace tandem::ui
