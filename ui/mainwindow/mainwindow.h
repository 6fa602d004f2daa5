#pragma once

#include "pageid.h"

#include "database.h"
#include "schedule.h"
#include "skillmodel.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QMenu;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace tandem::core {
class Clock;
}

namespace tandem::ui {

class CheckInPage;
class DataTransfer;
class DesktopNotifier;
class DueTracker;

/// The main window: a navigation list on the left, one page per feature on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// @param clock where "now" comes from; the system clock when null (tests pass their own).
    MainWindow(const core::Database &db, const core::SkillModel &model, const core::Clock *clock = nullptr,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(PageId page);
    PageId currentPage() const;
    /// The page's widget, built now if it has not been shown yet.
    QWidget *page(PageId page);
    DueTracker &dueTracker() const { return *m_dueTracker; }
    DataTransfer &dataTransfer() const { return *m_transfer; }

Q_SIGNALS:
    /// The user confirmed restoring a backup; the session closes this window to do it.
    void restoreRequested(const QString &backupPath);
    /// The data changed under the window (an import): the session opens it again.
    void reloadRequested();
    /// A backup was made or removed: lists of backups should be read again.
    void backupsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    QWidget *createPage(PageId page);
    void updateDue();
    void notifyDue(core::AssessmentKind kind);

    const core::Database &m_db;
    const core::SkillModel &m_model;
    std::unique_ptr<core::Clock> m_ownClock;
    const core::Clock &m_clock;
    DueTracker *m_dueTracker = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    DataTransfer *m_transfer = nullptr;
    QMenu *m_exportMenu = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_bannerStart = nullptr;
    std::optional<core::AssessmentKind> m_bannerKind;
    core::DueState m_dismissed;  // the due state the user said "Later" to
    bool m_hasDismissed = false;
};

} // namespace tandem::ui
