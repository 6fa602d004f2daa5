#pragma once

#include "databasecheck.h"
#include "exportwriter.h"
#include "importer.h"
#include "importsource.h"
#include "result.h"

#include <QObject>
#include <QString>

class QWidget;

namespace tandem::core {
class SkillModel;
class Clock;
class Workspace;
} // namespace tandem::core

namespace tandem::ui {

/// Export, import and "back up now", as the app's menu and Settings offer them: file dialogs,
/// work off the GUI thread with a busy dialog, and a plain-words result. The functions that take
/// a path do the work without asking, for tests and for callers that already chose.
class DataTransfer final : public QObject
{
    Q_OBJECT

public:
    DataTransfer(core::Workspace &workspace, QWidget *window);

    /// Asks where, then exports. Messages go to the status signal.
    void chooseAndExport(core::ExportFormat format);
    void chooseAndExportReport();
    void openImportDialog();
    void backUpNow();
    /// Runs the full check (DatabaseCheck::run) and says what it found.
    void checkNow();

    core::Result<QStringList> exportTo(core::ExportFormat format, const QString &path);
    core::Status exportReportTo(const QString &path);
    core::Result<core::ImportReport> importFrom(core::ImportFormat format, const QString &path, bool dryRun);
    core::Result<core::CheckReport> check();

Q_SIGNALS:
    /// One line for the status bar: what was done, or why it failed.
    void status(const QString &message);
    /// An import changed the data: the pages should read it again.
    void dataImported();
    /// A backup was made.
    void backupMade();

private:
    core::Workspace &m_workspace;
    const core::SkillModel &m_model;
    const core::Clock &m_clock;
    QWidget *m_window = nullptr;
};

} // namespace tandem::ui
