#include "datatransfer.h"

#include "backgroundwork.h"
#include "busydialog.h"
#include "clock.h"
#include "common/format.h"
#include "database.h"
#include "importdialog.h"
#include "report/progressreport.h"
#include "report/reportdata.h"
#include "skillmodel.h"
#include "workspace.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>

#include <type_traits>

namespace tandem::ui {

using namespace tandem::core;

/// The one piece of work that runs.
struct DataTransfer::Job
{
    StopFlag stop;
    bool stoppable = false;
    QFuture<void> worker;
    QPointer<BusyDialog> dialog; // its parent may be a dialog that is closed first
};

DataTransfer::DataTransfer(Workspace &workspace, QWidget *window)
    : QObject(window), m_workspace(workspace), m_model(workspace.model()), m_clock(workspace.clock()), m_window(window)
{
}

DataTransfer::~DataTransfer()
{
    if (!m_job)
        return;
    // A plain wait, not an event loop: nothing else runs meanwhile, and the worker's connection is
    // closed before the window's database can go.
    m_job->stop->store(true);
    m_job->worker.waitForFinished();
    delete m_job->dialog;
}

template<typename W, typename Work, typename Finish>
auto DataTransfer::start(const QString &label, bool stoppable, Work work, Finish finish,
                         std::shared_ptr<WorkProgress> progress)
{
    using Outcome = std::invoke_result_t<Finish, const Result<W> &>;
    if (m_job)
        return QtFuture::makeReadyFuture(Outcome(Error { busyText() }));

    auto stop = std::make_shared<std::atomic<bool>>(false);
    const QFuture<Result<W>> worker
        = runInBackground<W>(m_workspace.dataDir(), stop, BackgroundWork<W>(std::move(work)));
    m_job = std::make_unique<Job>();
    m_job->stop = stop;
    m_job->stoppable = stoppable;
    m_job->worker = QFuture<void>(worker);
    m_job->dialog = new BusyDialog(label, stoppable, dialogParent());
    connect(m_job->dialog, &BusyDialog::stopRequested, this, &DataTransfer::stop);
    if (progress)
        m_job->dialog->follow(std::move(progress));

    // The caller's future is finished here, on this thread, only once the signals are out and the
    // next piece of work may start; a worker that stopped leaves it canceled, without a result.
    auto promise = std::make_shared<QPromise<Outcome>>();
    promise->start();
    auto *watcher = new QFutureWatcher<Result<W>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, promise, finish = std::move(finish)]() mutable {
                watcher->deleteLater();
                const QFuture<Result<W>> ended = watcher->future();
                std::optional<Outcome> outcome;
                if (ended.resultCount() > 0)
                    outcome.emplace(finish(ended.result()));
                endJob();
                if (outcome)
                    promise->addResult(std::move(*outcome));
                else
                    promise->future().cancel();
                promise->finish();
            });
    watcher->setFuture(worker);
    return promise->future();
}

void DataTransfer::endJob()
{
    if (m_job && m_job->dialog)
        delete m_job->dialog; // hides it, so the window takes input again at once
    m_job.reset();
}

bool DataTransfer::isBusy() const
{
    return m_job != nullptr;
}

bool DataTransfer::stop()
{
    if (!m_job || !m_job->stoppable)
        return false;
    m_job->stop->store(true);
    if (m_job->dialog)
        m_job->dialog->setStopping();
    return true;
}

QString DataTransfer::busyText() const
{
    return tr("Tandem is still busy with an export, import, check or backup. Try again when it has finished.");
}

bool DataTransfer::refuseWhileBusy()
{
    if (!m_job)
        return false;
    Q_EMIT status(busyText());
    return true;
}

QWidget *DataTransfer::dialogParent() const
{
    QWidget *modal = QApplication::activeModalWidget();
    for (QWidget *widget = modal; widget; widget = widget->parentWidget()) {
        if (widget == m_window)
            return modal;
    }
    return m_window;
}

void DataTransfer::tell(bool problem, const QString &objectName, const QString &title, const QString &text)
{
    // Opened, not exec()'d: the work's slot returns at once, and the box goes when it is closed.
    auto *box = new QMessageBox(problem ? QMessageBox::Warning : QMessageBox::Information, title, text, QMessageBox::Ok,
                                dialogParent());
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QFuture<Result<QStringList>> DataTransfer::exportTo(ExportFormat format, const QString &path)
{
    const SkillModel &model = m_model;
    auto progress = std::make_shared<WorkProgress>();
    return start<QStringList>(
        tr("Exporting your data…"), true,
        [&model, format, path, progress](const Database &db,
                                         const std::atomic<bool> &stop) -> std::optional<Result<QStringList>> {
            // The writer asks between its steps and last just before its files go in place; when
            // its last question was answered "stop", it wrote nothing.
            bool stopped = false;
            auto written = ExportWriter::write(
                db, model, format, path, [&] { return stopped = stop.load(); },
                [&progress](qint64 done, qint64 total) { progress->set(done, total); });
            if (stopped)
                return std::nullopt;
            return written;
        },
        [](const Result<QStringList> &written) { return written; }, progress);
}

QFuture<Status> DataTransfer::exportReportTo(const QString &path)
{
    const SkillModel &model = m_model;
    // The window's clock stays on this thread; the report's "now" is the moment it was asked for.
    const QDateTime now = m_clock.now();
    return start<ReportData>(
        tr("Making the progress report…"), true,
        [&model, now](const Database &db, const std::atomic<bool> &stop) -> std::optional<Result<ReportData>> {
            const FixedClock clock(now);
            auto data = ReportData::read(db, model, clock);
            // Reading changes nothing, so stopping it is dropping what was read.
            if (stop)
                return std::nullopt;
            return data;
        },
        [this, path](const Result<ReportData> &data) -> Status {
            if (!data)
                return Error { ProgressReport::tr("The report could not be made: %1").arg(data.error()) };
            // Charts are widgets, so the report is drawn here; it takes well under a second.
            QApplication::setOverrideCursor(Qt::WaitCursor);
            const Status written = ProgressReport(m_workspace.database(), m_model, m_clock).write(path, data.value());
            QApplication::restoreOverrideCursor();
            return written;
        });
}

QFuture<Result<ImportReport>> DataTransfer::importFrom(ImportFormat format, const QString &path, bool dryRun)
{
    const QString label = dryRun ? tr("Reading %1…").arg(QFileInfo(path).fileName()) : tr("Importing…");
    auto progress = std::make_shared<WorkProgress>();
    return start<ImportReport>(
        label, true,
        [format, path, dryRun, progress](const Database &db,
                                         const std::atomic<bool> &stop) -> std::optional<Result<ImportReport>> {
            auto data = ImportSource::open(format, path);
            if (!data)
                return Result<ImportReport>(data.failure());
            if (stop)
                return std::nullopt;
            // The import is one transaction: a stop rolls it back whole, so a stopped import
            // stored nothing. A stop after its last question comes too late, and it ends with
            // its report.
            bool stopped = false;
            auto report = Importer(db).run(*data.value(), dryRun, [&](qint64 done, qint64 total) {
                progress->set(done, total);
                return !(stopped = stop.load());
            });
            if (stopped)
                return std::nullopt;
            return report;
        },
        [this, dryRun](const Result<ImportReport> &report) {
            if (dryRun)
                return report;
            if (!report) {
                Q_EMIT status(tr("The import failed and nothing was changed: %1").arg(report.error()));
                return report;
            }
            if (report->changes() > 0) {
                // Merged on the worker's connection by the same Importer: the workspace tells
                // every page, which reads what changed.
                m_workspace.importedElsewhere(report.value());
                Q_EMIT dataImported();
            }
            Q_EMIT status(report->summary());
            return report;
        },
        progress);
}

QFuture<Result<CheckReport>> DataTransfer::check()
{
    return start<CheckReport>(
        tr("Checking your data…"), false,
        [](const Database &db, const std::atomic<bool> &) -> std::optional<Result<CheckReport>> {
            return DatabaseCheck::run(db);
        },
        [](const Result<CheckReport> &report) { return report; });
}

QFuture<Result<BackupInfo>> DataTransfer::backUp()
{
    const QString dataDir = m_workspace.dataDir();
    return start<BackupInfo>(
        tr("Backing up…"), false,
        [dataDir](const Database &db, const std::atomic<bool> &) -> std::optional<Result<BackupInfo>> {
            SystemClock clock;
            return BackupService(dataDir, clock).create(db, BackupInfo::Kind::Manual);
        },
        [this](const Result<BackupInfo> &made) {
            if (!made) {
                Q_EMIT status(tr("The backup failed: %1").arg(made.error()));
                return made;
            }
            Q_EMIT backupMade();
            Q_EMIT status(tr("Backed up and verified: %1.").arg(QDir::toNativeSeparators(made->path)));
            return made;
        });
}

void DataTransfer::chooseAndExport(ExportFormat format)
{
    if (refuseWhileBusy())
        return;
    const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    const QString stamp = m_clock.now().toLocalTime().date().toString(Qt::ISODate);
    QString path;
    switch (format) {
    case ExportFormat::Json:
        path = QFileDialog::getSaveFileName(m_window, tr("Export Everything as JSON"),
                                            documents.filePath(QStringLiteral("tandem-%1.json").arg(stamp)),
                                            tr("JSON files (*.json)"));
        break;
    case ExportFormat::Markdown:
        path = QFileDialog::getSaveFileName(m_window, tr("Export Journal as Markdown"),
                                            documents.filePath(QStringLiteral("tandem-journal-%1.md").arg(stamp)),
                                            tr("Markdown files (*.md)"));
        break;
    case ExportFormat::Csv:
    case ExportFormat::MarkdownPerMonth:
        path = QFileDialog::getExistingDirectory(m_window,
                                                 format == ExportFormat::Csv
                                                     ? tr("Choose a Folder for the CSV Files")
                                                     : tr("Choose a Folder for the Monthly Files"),
                                                 documents.path());
        break;
    }
    if (path.isEmpty())
        return;
    whenFinished(exportTo(format, path), this, [this, path](const QFuture<Result<QStringList>> &done) {
        if (done.isCanceled()) {
            Q_EMIT status(tr("The export was stopped; nothing was written."));
            return;
        }
        const Result<QStringList> written = done.result();
        if (!written) {
            tell(true, QStringLiteral("exportFailedDialog"), tr("Export failed"), written.error());
            Q_EMIT status(tr("The export failed: %1").arg(written.error()));
            return;
        }
        Q_EMIT status(written->size() == 1 ? tr("Exported to %1.").arg(QDir::toNativeSeparators(written->constFirst()))
                                           : tr("Exported %n files to %1.", nullptr, static_cast<int>(written->size()))
                                                 .arg(QDir::toNativeSeparators(path)));
    });
}

void DataTransfer::chooseAndExportReport()
{
    if (refuseWhileBusy())
        return;
    const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    const QString stamp = m_clock.now().toLocalTime().date().toString(Qt::ISODate);
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Progress Report"), documents.filePath(QStringLiteral("tandem-report-%1.pdf").arg(stamp)),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    whenFinished(exportReportTo(path), this, [this, path](const QFuture<Status> &done) {
        if (done.isCanceled()) {
            Q_EMIT status(tr("The report was stopped; nothing was saved."));
            return;
        }
        if (const Status written = done.result(); !written) {
            tell(true, QStringLiteral("reportFailedDialog"), tr("The report could not be saved"), written.error());
            Q_EMIT status(tr("The report could not be saved: %1").arg(written.error()));
            return;
        }
        Q_EMIT status(tr("Saved the progress report to %1.").arg(QDir::toNativeSeparators(path)));
    });
}

void DataTransfer::openImportDialog()
{
    auto *dialog = new ImportDialog(*this, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DataTransfer::checkNow()
{
    if (refuseWhileBusy())
        return;
    whenFinished(check(), this, [this](const QFuture<Result<CheckReport>> &done) {
        if (done.resultCount() == 0) // a check does not stop; only a DataTransfer going away ends it so
            return;
        const Result<CheckReport> report = done.result();
        if (!report) {
            tell(true, QStringLiteral("checkFailedDialog"), tr("The check could not run"), report.error());
            return;
        }
        if (report->ok()) {
            const QString text = tr("Your data is intact: every page of the file reads back, no record points at one "
                                    "that is gone, and the search index matches your entries (%1).")
                                     .arg(Format::recordCounts(report->counts.assessments,
                                                               report->counts.journalEntries, report->counts.goals));
            tell(false, QStringLiteral("checkIntactDialog"), tr("Your data is intact"), text);
            Q_EMIT status(tr("Checked: your data is intact."));
            return;
        }
        tell(true, QStringLiteral("checkProblemsDialog"), tr("Your data has problems"),
             report->problems.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                 + tr("Restore the newest backup from Settings → Backups; what you have now is kept as a backup "
                      "first. Exporting now keeps a copy of what can still be read."));
        Q_EMIT status(tr("The check found problems in your data."));
    });
}

void DataTransfer::backUpNow()
{
    if (refuseWhileBusy())
        return;
    whenFinished(backUp(), this, [this](const QFuture<Result<BackupInfo>> &done) {
        if (done.resultCount() == 0)
            return;
        if (const Result<BackupInfo> made = done.result(); !made)
            tell(true, QStringLiteral("backupFailedDialog"), tr("Backup failed"), made.error());
    });
}

} // namespace tandem::ui
