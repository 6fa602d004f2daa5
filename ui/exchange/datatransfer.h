#pragma once

#include "backupservice.h"
#include "databasecheck.h"
#include "exportwriter.h"
#include "importer.h"
#include "importsource.h"
#include "result.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <memory>

class QWidget;

namespace tandem::core {
class Database;
class Workspace;
class SkillModel;
class Clock;
} // namespace tandem::core

namespace tandem::ui {

struct WorkProgress;

/// Export, import, the full check and "back up now", as the app's menu and Settings offer them:
/// file dialogs, the work on a worker thread with its own connection, a busy dialog when it takes
/// a while, and a plain-words result. Nothing here waits: each piece of work returns at once and
/// the app carries on from a slot when it ends.
///
/// The functions that take a path do the work without asking, for tests and for callers that
/// already chose. Each returns a future that finishes once the work has ended, the signals below
/// have been emitted and DataTransfer is free again. It finishes from the event loop, so wait for
/// it with a QFutureWatcher (or QTest::qWaitFor in tests), never with waitForFinished() on the GUI
/// thread. A canceled future holds no result: the work was stopped (stop()) and changed nothing.
///
/// One piece of work runs at a time. While one runs, another is refused: its future holds an Error
/// saying so (isBusy() tells beforehand).
class DataTransfer final : public QObject
{
    Q_OBJECT

public:
    DataTransfer(core::Workspace &workspace, QWidget *window);
    /// Stops the running work where it can and waits for the rest (an import being committed):
    /// no worker outlives the window, whose database a restore may replace next.
    ~DataTransfer() override;

    /// Asks where, then exports. Messages go to the status signal.
    void chooseAndExport(core::ExportFormat format);
    void chooseAndExportReport();
    /// Opens the import dialog (window-modal, not waited for).
    void openImportDialog();
    void backUpNow();
    /// Runs the full check (DatabaseCheck::run) and says what it found.
    void checkNow();

    /// An export can stop until its files are put in place; stopped, it writes nothing.
    QFuture<core::Result<QStringList>> exportTo(core::ExportFormat format, const QString &path);
    /// The report's data is read on the worker thread (that part can stop); it is drawn on this
    /// thread, as its charts are widgets.
    QFuture<core::Status> exportReportTo(const QString &path);
    /// Both a dry run and a real import can stop: a real import is one transaction, and a stop
    /// rolls it back whole, so nothing is half imported. The busy dialog shows the records stored
    /// of the total. A real import that changed anything emits dataImported() once, and status().
    QFuture<core::Result<core::ImportReport>> importFrom(core::ImportFormat format, const QString &path, bool dryRun);
    QFuture<core::Result<core::CheckReport>> check();
    /// A verified manual backup; emits backupMade() and status() when made.
    QFuture<core::Result<core::BackupInfo>> backUp();

    /// True while a piece of work runs.
    bool isBusy() const;
    /// Asks the running work to stop, when it is work that can (see above). False when nothing
    /// that can stop is running. Its future ends canceled, unless the work had already passed the
    /// point where stopping could change anything, in which case it ends with its result.
    bool stop();

Q_SIGNALS:
    /// One line for the status bar: what was done, or why it failed.
    void status(const QString &message);
    /// An import changed the data: the pages should read it again.
    void dataImported();
    /// A backup was made.
    void backupMade();

private:
    struct Job;

    /// Starts work on a worker thread, with the busy dialog; finish turns its result into what
    /// the caller gets, on this thread, once it has ended (not when it was stopped).
    template<typename W, typename Work, typename Finish>
    auto start(const QString &label, bool stoppable, Work work, Finish finish,
               std::shared_ptr<WorkProgress> progress = nullptr);
    void endJob();
    QString busyText() const;
    /// Says so on the status bar and gives true when work is running.
    bool refuseWhileBusy();
    /// Where dialogs go: over the dialog that asked (the import dialog), else over the window.
    QWidget *dialogParent() const;
    void tell(bool problem, const QString &objectName, const QString &title, const QString &text);

    core::Workspace &m_workspace;
    const core::SkillModel &m_model;
    const core::Clock &m_clock;
    QWidget *m_window = nullptr;
    std::unique_ptr<Job> m_job;
};

} // namespace tandem::ui
