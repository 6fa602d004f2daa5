#include "appsession.h"

#include "backupservice.h"
#include "checkstamp.h"
#include "common/appearance.h"
#include "common/format.h"
#include "common/readyprobe.h"
#include "databasecheck.h"
#include "journalrepository.h"
#include "mainwindow.h"
#include "scorecache.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <memory>
#include <optional>

namespace tandem::ui {

using namespace tandem::core;

namespace {

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
    // Tandem's style, light or dark as the user chose in Settings, before the first window (a
    // dialog too) shows.
    Appearance::apply(Appearance::storedMode());
    StartupTrace::mark("appearance");
    if (!openDatabase())
        return false;
    StartupTrace::mark("database and workspace opened");
    if (StartupTrace::enabled())
        m_workspace->database().setStatementObserver(
            [](const QString &sql) { std::fprintf(stderr, "tandem: start-up   sql  %s\n", qUtf8Printable(sql.simplified())); });
    showWindow(m_options.startPage);
    if (m_options.interactive)
        QTimer::singleShot(m_options.backgroundDelayMs, this, &AppSession::startBackgroundWork);
    return true;
}

bool AppSession::openDatabase()
{
    // At most one restore is offered per start: a backup that fails too ends the loop.
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto opened = Database::open(m_options.dataDir);
        if (opened) {
            m_workspace = std::make_unique<Workspace>(std::move(opened).value(), m_model, m_clock);
            return true;
        }
        m_error = opened.error();
        if (!m_options.interactive || !offerWayBack(opened.failure()))
            return false;
    }
    return false;
}

bool AppSession::offerWayBack(const core::Error &error)
{
    if (error.kind == Error::Kind::Unusable)
        return offerRestore(error);
    QMessageBox box(QMessageBox::Critical, tr("Tandem cannot open your data"), error.message);
    box.setObjectName(QStringLiteral("cannotOpenDialog"));
    if (!error.details.isEmpty())
        box.setDetailedText(error.details);
    QPushButton *retry = nullptr;
    switch (error.kind) {
    case Error::Kind::NotWritable:
        box.setInformativeText(tr("Your data is not damaged. Make the folder writable (or move it to a disk that is), "
                                  "then start Tandem again."));
        break;
    case Error::Kind::Busy:
        box.setInformativeText(tr("Another program is using your data right now."));
        retry = box.addButton(tr("Try Again"), QMessageBox::AcceptRole);
        break;
    case Error::Kind::General:
    case Error::Kind::Interrupted:
    case Error::Kind::Unusable: break;
    }
    QPushButton *openFolder = box.addButton(tr("Open Data Folder"), QMessageBox::ActionRole);
    QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(retry ? retry : quit);
    for (;;) {
        box.exec();
        if (box.clickedButton() == openFolder) {
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_options.dataDir));
            continue;
        }
        return retry && box.clickedButton() == retry;
    }
}

bool AppSession::offerRestore(const core::Error &error)
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
        QMessageBox box(QMessageBox::Critical, tr("Tandem cannot open your data"), error.message);
        box.setObjectName(QStringLiteral("damagedDataDialog"));
        if (!error.details.isEmpty())
            box.setDetailedText(error.details);
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

void AppSession::showWindow(PageId page)
{
    m_window = std::make_unique<MainWindow>(*m_workspace);
    StartupTrace::mark("main window built");
    if (StartupTrace::enabled()) {
        // The trace of statements ends at the first paint: what runs later is not start-up.
        auto *probe = new ReadyProbe(m_window.get());
        connect(probe, &ReadyProbe::ready, this, [this] {
            if (m_workspace)
                m_workspace->database().setStatementObserver({});
        });
    }
    // The request comes from a page's signal; the restore runs once that signal has returned.
    connect(m_window.get(), &MainWindow::restoreRequested, this,
            [this](const QString &path) { restoreFrom(path); }, Qt::QueuedConnection);
    m_window->showPage(page);
    m_window->show();
    StartupTrace::mark("shown");
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
    // The background backup holds a connection of its own; the file may not change under it.
    waitForBackgroundBackup();
    const Status restored = m_workspace->restore(backupPath);
    if (!m_workspace->isOpen()) {
        // The restore has kept the previous file; if even that cannot be opened, say so and stop.
        m_window.reset();
        QMessageBox::critical(nullptr, tr("Tandem cannot open your data"), restored.error());
        QCoreApplication::exit(1);
        return false;
    }
    if (!restored) {
        QMessageBox::critical(m_window.get(), tr("The backup could not be restored"),
                              restored.error() + QStringLiteral("\n\n") + tr("Your data was not changed."));
        return false;
    }
    QMessageBox::information(m_window.get(), tr("Backup restored"),
                             tr("Your data is now as it was in the backup. What you had before is kept as a backup "
                                "in Settings → Backups, in case you want it back."));
    return true;
}

void AppSession::finish()
{
    waitForBackgroundBackup();
    closeWindow();
    if (!m_workspace || !m_workspace->isOpen() || !m_options.interactive)
        return;
    if (m_workspace->changeCount() == 0)
        return;
    // Something changed in this run: keep a verified copy of how the user left it.
    BackupService backups(m_options.dataDir, m_clock);
    if (const auto made = backups.create(m_workspace->database(), BackupInfo::Kind::Automatic); !made)
        qWarning("tandem: the closing backup failed: %s", qUtf8Printable(made.error()));
}

void AppSession::startBackgroundWork()
{
    if (m_backupThread || !m_workspace)
        return;
    // Its own connection on its own thread: reading the whole file for the check and copying it
    // for the backup take a moment on ten years of data, and the user keeps working meanwhile
    // (WAL lets them read while the window writes).
    const QString dataDir = m_options.dataDir;
    const SkillModel *model = &m_model;
    auto damage = std::make_shared<std::optional<Error>>();
    auto stop = std::make_shared<std::atomic_bool>(false);
    m_stopBackground = stop;
    QThread *thread = QThread::create([dataDir, model, damage, stop] {
        auto db = Database::open(dataDir);
        if (!db) {
            *damage = db.failure();
            return;
        }
        // Damage that opening cannot see (a page in the middle of the file): never back it up
        // over good copies; tell the user instead.
        const auto before = CheckStamp::take(db.value()->filePath());
        if (const Status intact = DatabaseCheck::quick(*db.value()); !intact) {
            *damage = intact.failure();
            return;
        }
        // tandem-cli need not check these bytes again while they stay as they are.
        if (before)
            CheckStamp::record(dataDir, *before);
        SystemClock clock;
        if (const auto made = BackupService(dataDir, clock).backupIfDue(*db.value()); !made)
            qWarning("tandem: the automatic backup failed: %s", qUtf8Printable(made.error()));
        // A read-only folder is only read: nothing below could be stored.
        if (db.value()->isReadOnly())
            return;
        // Scores an older build or another model left unstored (ScoreCache), a batch per short
        // transaction, so that the window's writes wait for one batch at most, and quitting or
        // a restore for no more. Only this connection writes them: the workspace's change count,
        // which decides the closing backup, does not move.
        const ScoreCache scores(*db.value(), *model);
        while (!stop->load()) {
            const auto filled = scores.fill(ScoreFillBatch);
            if (!filled) {
                qWarning("tandem: storing the scores failed: %s", qUtf8Printable(filled.error()));
                break;
            }
            if (filled.value() < ScoreFillBatch)
                break;
        }
        // The search index in one piece again once saved entries have split it into many
        // (JournalRepository::searchIndexPieces), a short transaction per step as for the scores.
        const JournalRepository journal(*db.value());
        const auto pieces = journal.searchIndexPieces();
        if (!pieces)
            qWarning("tandem: reading the search index failed: %s", qUtf8Printable(pieces.error()));
        else if (pieces.value() >= JournalRepository::SearchIndexPiecesToMerge) {
            while (!stop->load()) {
                const auto more = journal.compactSearchIndex(SearchMergePages);
                if (!more) {
                    qWarning("tandem: merging the search index failed: %s", qUtf8Printable(more.error()));
                    break;
                }
                if (!more.value())
                    break;
            }
        }
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, damage] {
        if (damage->has_value()) {
            // A busy file is not damage; the next start checks again.
            if ((*damage)->kind != Error::Kind::Busy)
                offerRestoreAfterDamage(**damage);
            return;
        }
        if (m_window)
            Q_EMIT m_window->backupsChanged();
    });
    m_backupThread = thread;
    thread->start(QThread::LowPriority);
}

void AppSession::offerRestoreAfterDamage(const Error &problem)
{
    const QString reason = tr("Tandem found damage in your data: %1").arg(problem.message);
    BackupService backups(m_options.dataDir, m_clock);
    const auto newest = backups.newestGood();
    QString restorePath;
    {
        // The box must be gone before a restore replaces the window it belongs to.
        QMessageBox box(QMessageBox::Warning, tr("Your data is damaged"), reason, QMessageBox::NoButton,
                        m_window.get());
        box.setObjectName(QStringLiteral("damageFoundDialog"));
        if (!problem.details.isEmpty())
            box.setDetailedText(problem.details);
        QPushButton *restore = nullptr;
        if (newest && newest.value()) {
            const auto preview = backups.preview(newest.value()->path);
            box.setInformativeText(
                (preview ? describeBackup(*newest.value(), preview.value()) + QStringLiteral(" ") : QString())
                + tr("Restore it now? What you have now is kept in the backups folder."));
            restore = box.addButton(tr("Restore Backup"), QMessageBox::AcceptRole);
            box.addButton(tr("Not Now"), QMessageBox::RejectRole);
            box.setDefaultButton(restore);
        } else {
            box.setInformativeText(
                tr("There is no backup to restore. Export your data now to keep what can still be read."));
            box.addButton(QMessageBox::Ok);
        }
        box.exec();
        if (restore && box.clickedButton() == restore)
            restorePath = newest.value()->path;
    }
    if (!restorePath.isEmpty())
        restoreFrom(restorePath);
}

void AppSession::waitForBackgroundBackup()
{
    if (m_stopBackground)
        m_stopBackground->store(true);
    if (m_backupThread)
        m_backupThread->wait();
}

} // namespace tandem::ui
