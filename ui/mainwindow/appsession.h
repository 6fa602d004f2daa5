#pragma once

#include "clock.h"
#include "workspace.h"
#include "pageid.h"
#include "skillmodel.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QThread;

namespace tandem::ui {

class MainWindow;

/// One run of the app on one data folder: opens the data (offering the newest good backup when
/// it is damaged) into a Workspace, shows the main window over it, and owns both. A restore or
/// an import changes the data inside the workspace, which tells every page; the window stays.
///
/// It also makes the automatic backups: one a few seconds after start-up when the newest is more
/// than a day old, and one at the end when anything changed. The same background thread then
/// stores missing scores and merges a search index split into many pieces.
class AppSession final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString dataDir;
        PageId startPage = PageId::Dashboard;
        bool interactive = true; ///< false for --quit-when-ready: no dialogs, no backups
        /// How long after start-up the damage check and the automatic backup begin: start-up
        /// belongs to the user.
        int backgroundDelayMs = 3000;
    };

    AppSession(Options options, const core::SkillModel &model, QObject *parent = nullptr);
    ~AppSession() override;

    /// Opens the data and shows the window. False when there is nothing to show (the data could
    /// not be opened and the user chose to quit); the reason was shown or is in error().
    bool start();
    QString error() const { return m_error; }

    MainWindow *window() const { return m_window.get(); }
    /// The open data; null before start() succeeded.
    core::Workspace *workspace() const { return m_workspace.get(); }

    /// Brings the window to the front (another `tandem` was started on this folder).
    void activate();

    /// Replaces the data with a backup: the window closes, the backup is restored (the current
    /// data is kept as a backup first), and the window opens again on the same page.
    bool restoreFrom(const QString &backupPath);

    /// Closes and reopens the window on the same data, after the data changed under it (an
    /// import made on another connection).
    void reload();

    /// Closes the window (pages save what is pending) and makes the closing backup when
    /// anything changed. Called once, when the event loop has ended.
    void finish();

private:
    bool openDatabase();
    /// After a failed open: what the user can do about it. True to try opening again.
    bool offerWayBack(const core::Error &error);
    bool offerRestore(const core::Error &error);
    void showWindow(PageId page);
    void closeWindow();
    void startBackgroundWork();
    void offerRestoreAfterDamage(const core::Error &problem);
    void waitForBackgroundBackup();

    Options m_options;
    const core::SkillModel &m_model;
    core::SystemClock m_clock;
    std::unique_ptr<core::Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
    QPointer<QThread> m_backupThread;
    /// Asks the background thread to stop after the batch of scores it is storing.
    std::shared_ptr<std::atomic_bool> m_stopBackground;
    /// Assessments scored and stored per transaction by the background fill.
    static constexpr int ScoreFillBatch = 200;
    /// Index pages merged per transaction when the search index is put in one piece (about
    /// 20 ms a step at 100,000 entries).
    static constexpr int SearchMergePages = 200;
    QString m_error;
};

} // namespace tandem::ui
