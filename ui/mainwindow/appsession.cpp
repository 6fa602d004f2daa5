#include "appsession.h"

#include "backupservice.h"
#include "common/format.h"
#include "databasecheck.h"
#include "mainwindow.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QUrl>

namespace tandem::ui {

using namespace tandem::core;

namespace {

// Start-up belongs to the user: the automatic backup and the damage check wait until the window
// has been up for a moment.
constexpr int BackgroundWorkDelayMs = 3000;

QString describeBackup(const BackupInfo &info, const BackupPreview &preview)
{
    const QLocale locale;
    return QCoreApplication::translate("AppSession", "The newest good backup is from %1. It holds %2.")
        .arg(locale.toString(info.createdAt.toLocalTime(), QLocale::LongFormat),
             Format::recordCounts(preview.assessments, preview.journalEntries, preview.goals));
}

} // namespace

AppSession::AppSession(Options options, const SkillModel &model, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_model(model)
{
}

AppSession::~AppSession()
{
    waitForBackgroundBackup();
    closeWindow();
}

bool AppSession::start()
{
    if (!openDatabase())
        return false;
    showWindow(m_options.startPage);
    if (m_options.interactive) {
        QTimer::singleShot(BackgroundWorkDelayMs, this, [this] {
            if (!m_db)
                return;
            if (const Status intact = DatabaseCheck::quick(*m_db); !intact) {
                const QString reason = tr("Tandem found damage in your data: %1").arg(intact.error());
                BackupService backups(m_options.dataDir, m_clock);
                const auto newest = backups.newestGood();
                if (newest && newest.value()) {
                    const auto answer = QMessageBox::warning(
                        m_window.get(), tr("Your data is damaged"),
                        reason + QStringLiteral("\n\n")
                            + tr("Restore the newest good backup now? Your current file is kept."),
                        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
                    if (answer == QMessageBox::Yes)
                        restoreFrom(newest.value()->path);
                } else {
                    QMessageBox::warning(
                        m_window.get(), tr("Your data is damaged"),
                        reason + QStringLiteral("\n\n")
                            + tr(
                                "There is no backup to restore. Export your data now to keep what can still be read."));
                }
                return;
            }
            startBackgroundBackup();
        });
    }
    return true;
}

bool AppSession::openDatabase()
{
    // At most one restore is offered per start: a backup that fails too ends the loop.
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto opened = Database::open(m_options.dataDir);
        if (opened) {
            m_db = std::move(opened).value();
            m_changesAtOpen = m_db->totalChanges();
            return true;
        }
        m_error = opened.error();
        if (!m_options.interactive || !offerRestore(opened.error()))
            return false;
    }
    return false;
}

bool AppSession::offerRestore(const QString &reason)
{
    BackupService backups(m_options.dataDir, m_clock);
    const auto newest = backups.newestGood();
    std::optional<BackupInfo> backup = newest ? newest.value() : std::nullopt;
    std::optional<BackupPreview> preview;
    if (backup) {
        auto previewed = backups.preview(backup->path);
        if (previewed)
            preview = previewed.value();
        else
            backup.reset();
    }

    for (;;) {
        QMessageBox box(QMessageBox::Critical, tr("Tandem cannot open your data"), reason);
        box.setObjectName(QStringLiteral("damagedDataDialog"));
        QString details;
        if (backup)
            details = describeBackup(*backup, *preview) + QStringLiteral(" ")
                + tr("Restoring it keeps the current file in the backups folder, so nothing is lost.");
        else
            details = tr("There is no backup to restore. Open the data folder to copy the file somewhere safe "
                         "before you try anything else.");
        box.setInformativeText(details);
        QPushButton *restore = backup ? box.addButton(tr("Restore Backup"), QMessageBox::AcceptRole) : nullptr;
        QPushButton *openFolder = box.addButton(tr("Open Data Folder"), QMessageBox::ActionRole);
        QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(restore ? restore : quit);
        box.exec();
        if (box.clickedButton() == openFolder) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_options.dataDir));
            continue;
        }
        if (!restore || box.clickedButton() != restore)
            return false;
        const auto restored = backups.restore(backup->path);
        if (!restored) {
            QMessageBox::critical(nullptr, tr("The backup could not be restored"), restored.error());
            return false;
        }
        return true;
    }
}

void AppSession::showWindow(PageId page, const QByteArray &geometry)
{
    m_window = std::make_unique<MainWindow>(*m_db, m_model);
    connect(m_window.get(), &MainWindow::restoreRequested, this, [this](const QString &path) {
        // Not from inside the window's own signal: restoring destroys it.
        QTimer::singleShot(0, this, [this, path] { restoreFrom(path); });
    });
    connect(m_window.get(), &MainWindow::reloadRequested, this,
            [this] { QTimer::singleShot(0, this, [this] { reload(); }); });
    if (!geometry.isEmpty())
        m_window->restoreGeometry(geometry);
    m_window->showPage(page);
    m_window->show();
}

void AppSession::closeWindow()
{
    if (!m_window)
        return;
    // Closing lets the pages save what is pending (the journal's autosave runs on hide).
    m_window->close();
    m_window.reset();
}

void AppSession::activate()
{
    if (!m_window)
        return;
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

bool AppSession::restoreFrom(const QString &backupPath)
{
    waitForBackgroundBackup();
    const PageId page = m_window ? m_window->currentPage() : PageId::Settings;
    const QByteArray geometry = m_window ? m_window->saveGeometry() : QByteArray();
    closeWindow();
    m_db.reset(); // the file is about to be replaced: no connection may stay open

    BackupService backups(m_options.dataDir, m_clock);
    const auto restored = backups.restore(backupPath);
    QString problem = restored ? QString() : restored.error();
    if (!openDatabase()) {
        // The restore has kept the previous file; if even that cannot be opened, say so and stop.
        QMessageBox::critical(nullptr, tr("Tandem cannot open your data"), m_error);
        QCoreApplication::exit(1);
        return false;
    }
    showWindow(page, geometry);
    Q_EMIT windowReplaced(m_window.get());
    if (!problem.isEmpty()) {
        QMessageBox::critical(m_window.get(), tr("The backup could not be restored"),
                              problem + QStringLiteral("\n\n") + tr("Your data was not changed."));
        return false;
    }
    QMessageBox::information(m_window.get(), tr("Backup restored"),
                             tr("Your data is now as it was in the backup. What you had before is kept as a backup "
                                "in Settings → Backups, in case you want it back."));
    return true;
}

void AppSession::reload()
{
    if (!m_window)
        return;
    const PageId page = m_window->currentPage();
    const QByteArray geometry = m_window->saveGeometry();
    closeWindow();
    showWindow(page, geometry);
    Q_EMIT windowReplaced(m_window.get());
}

void AppSession::finish()
{
    waitForBackgroundBackup();
    closeWindow();
    if (!m_db || !m_options.interactive)
        return;
    if (m_db->totalChanges() == m_changesAtOpen)
        return;
    // Something changed in this run: keep a verified copy of how the user left it.
    BackupService backups(m_options.dataDir, m_clock);
    if (const auto made = backups.create(*m_db, BackupInfo::Kind::Automatic); !made)
        qWarning("tandem: the closing backup failed: %s", qUtf8Printable(made.error()));
}

void AppSession::startBackgroundBackup()
{
    if (m_backupThread)
        return;
    // Its own connection on its own thread: a backup of ten years takes a moment, and the user
    // keeps working meanwhile (WAL lets the copy read while the window writes).
    const QString dataDir = m_options.dataDir;
    QThread *thread = QThread::create([dataDir] {
        auto db = Database::open(dataDir);
        if (!db)
            return;
        SystemClock clock;
        if (const auto made = BackupService(dataDir, clock).backupIfDue(*db.value()); !made)
            qWarning("tandem: the automatic backup failed: %s", qUtf8Printable(made.error()));
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this] {
        if (m_window)
            Q_EMIT m_window->backupsChanged();
    });
    m_backupThread = thread;
    thread->start(QThread::LowPriority);
}

void AppSession::waitForBackgroundBackup()
{
    if (m_backupThread)
        m_backupThread->wait();
}

} // namespace tandem::ui
