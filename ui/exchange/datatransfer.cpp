#include "datatransfer.h"

#include "backgroundwork.h"
#include "backupservice.h"
#include "clock.h"
#include "common/format.h"
#include "database.h"
#include "importdialog.h"
#include "report/progressreport.h"
#include "skillmodel.h"
#include "workspace.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace tandem::ui {

using namespace tandem::core;

DataTransfer::DataTransfer(Workspace &workspace, QWidget *window)
    : QObject(window), m_workspace(workspace), m_model(workspace.model()), m_clock(workspace.clock()), m_window(window)
{
}

Result<QStringList> DataTransfer::exportTo(ExportFormat format, const QString &path)
{
    const SkillModel &model = m_model;
    return runInBackground<QStringList>(
        m_window, m_workspace.dataDir(), tr("Exporting your data…"),
        [&model, format, path](const Database &db) { return ExportWriter::write(db, model, format, path); });
}

Status DataTransfer::exportReportTo(const QString &path)
{
    // Charts are widgets, so the report is drawn on this thread; it takes well under a second.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status written = ProgressReport(m_workspace.database(), m_model, m_clock).write(path);
    QApplication::restoreOverrideCursor();
    return written;
}

Result<ImportReport> DataTransfer::importFrom(ImportFormat format, const QString &path, bool dryRun)
{
    // The workspace runs it on a connection of its own and tells every page when it is done.
    QFuture<Result<ImportReport>> imported = m_workspace.importInBackground(
        [format, path]() -> Result<ExchangeData> { return ImportSource::read(format, path); }, dryRun);
    imported.waitForFinished();
    const Result<ImportReport> report = imported.result();
    if (report && !dryRun && report->changes() > 0)
        Q_EMIT dataImported();
    return report;
}

void DataTransfer::chooseAndExport(ExportFormat format)
{
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
    const auto written = exportTo(format, path);
    if (!written) {
        QMessageBox::warning(m_window, tr("Export failed"), written.error());
        Q_EMIT status(tr("The export failed: %1").arg(written.error()));
        return;
    }
    Q_EMIT status(written->size() == 1 ? tr("Exported to %1.").arg(QDir::toNativeSeparators(written->constFirst()))
                                       : tr("Exported %n files to %1.", nullptr, static_cast<int>(written->size()))
                                             .arg(QDir::toNativeSeparators(path)));
}

void DataTransfer::chooseAndExportReport()
{
    const QDir documents(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    const QString stamp = m_clock.now().toLocalTime().date().toString(Qt::ISODate);
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Progress Report"), documents.filePath(QStringLiteral("tandem-report-%1.pdf").arg(stamp)),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status written = exportReportTo(path); !written) {
        QMessageBox::warning(m_window, tr("The report could not be saved"), written.error());
        Q_EMIT status(tr("The report could not be saved: %1").arg(written.error()));
        return;
    }
    Q_EMIT status(tr("Saved the progress report to %1.").arg(QDir::toNativeSeparators(path)));
}

void DataTransfer::openImportDialog()
{
    ImportDialog dialog(*this, m_window);
    dialog.exec();
}

Result<CheckReport> DataTransfer::check()
{
    return runInBackground<CheckReport>(m_window, m_workspace.dataDir(), tr("Checking your data…"),
                                        [](const Database &db) { return DatabaseCheck::run(db); });
}

void DataTransfer::checkNow()
{
    const auto report = check();
    if (!report) {
        QMessageBox::warning(m_window, tr("The check could not run"), report.error());
        return;
    }
    if (report->ok()) {
        const QString text = tr("Your data is intact: every page of the file reads back, no record points at one "
                                "that is gone, and the search index matches your entries (%1).")
                                 .arg(Format::recordCounts(report->counts.assessments, report->counts.journalEntries,
                                                           report->counts.goals));
        QMessageBox::information(m_window, tr("Your data is intact"), text);
        Q_EMIT status(tr("Checked: your data is intact."));
        return;
    }
    QMessageBox::warning(m_window, tr("Your data has problems"),
                         report->problems.join(QLatin1Char('\n')) + QStringLiteral("\n\n")
                             + tr("Restore the newest backup from Settings → Backups; what you have now is kept as a "
                                  "backup first. Exporting now keeps a copy of what can still be read."));
    Q_EMIT status(tr("The check found problems in your data."));
}

void DataTransfer::backUpNow()
{
    const QString dataDir = m_workspace.dataDir();
    const auto made = runInBackground<BackupInfo>(m_window, dataDir, tr("Backing up…"), [dataDir](const Database &db) {
        SystemClock clock;
        return BackupService(dataDir, clock).create(db, BackupInfo::Kind::Manual);
    });
    if (!made) {
        QMessageBox::warning(m_window, tr("Backup failed"), made.error());
        Q_EMIT status(tr("The backup failed: %1").arg(made.error()));
        return;
    }
    Q_EMIT backupMade();
    Q_EMIT status(tr("Backed up and verified: %1.").arg(QDir::toNativeSeparators(made->path)));
}

} // namespace tandem::ui
