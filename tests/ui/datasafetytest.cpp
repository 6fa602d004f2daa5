// The app's side of issue 6: one app per data folder, the session that restores and reopens,
// the Backups section, and export / import from the window.
#include "backupservice.h"
#include "common/singleinstance.h"
#include "demogenerator.h"
#include "exchange/busydialog.h"
#include "exchange/datatransfer.h"
#include "exchange/importdialog.h"
#include "exportwriter.h"
#include "instancelock.h"
#include "journal/journallistmodel.h"
#include "journal/journalpage.h"
#include "journalrepository.h"
#include "mainwindow/appsession.h"
#include "mainwindow/mainwindow.h"
#include "profileservice.h"
#include "scorecache.h"
#include "settings/backupspanel.h"
#include "settings/settingspage.h"
#include "skillmodel.h"
#include "uitestsupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QFuture>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <functional>

using namespace tandem;
using namespace tandem::ui;

namespace {

/// Answers modal dialogs as they appear: `answer` gets each one and clicks what it wants.
/// Without it, a QMessageBox::exec() in the code under test would wait for a user forever.
class ModalAnswerer
{
public:
    explicit ModalAnswerer(std::function<void(QWidget *)> answer) : m_answer(std::move(answer))
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (QWidget *modal = QApplication::activeModalWidget()) {
                m_seen.append(modal->objectName() + QStringLiteral(": ") + textOf(modal));
                m_answer(modal);
            }
        });
        m_timer.start(50);
    }
    const QStringList &seen() const { return m_seen; }

    static QString textOf(QWidget *modal)
    {
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            return box->text() + QStringLiteral(" | ") + box->informativeText();
        return modal->windowTitle();
    }
    /// Clicks the button with this text on a message box; closes anything else.
    static void click(QWidget *modal, const QString &buttonText)
    {
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            for (QAbstractButton *button : box->buttons()) {
                if (button->text().remove(QLatin1Char('&')) == buttonText) {
                    button->click();
                    return;
                }
            }
        }
        modal->close();
    }

private:
    std::function<void(QWidget *)> m_answer;
    QTimer m_timer;
    QStringList m_seen;
};

QProcess *startApp(const QStringList &args)
{
    auto *process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("TANDEM_DATA_DIR"));
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(TANDEM_APP_PATH), args);
    return process;
}

core::JournalEntry entryTitled(const QString &title)
{
    core::JournalEntry entry;
    entry.title = title;
    entry.occurredAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc());
    return entry;
}

/// Waits until background work started from the window has ended: DataTransfer finishes its
/// futures from the event loop, which this keeps turning.
template<typename T> bool ended(const QFuture<T> &future)
{
    return QTest::qWaitFor([&] { return future.isFinished(); }, 30000);
}

/// Starts the dialog's check or import and waits until it shows the outcome.
bool finishWork(ImportDialog &dialog, const std::function<void()> &start)
{
    QSignalSpy finished(&dialog, &ImportDialog::workFinished);
    start();
    return QTest::qWaitFor([&] { return finished.count() == 1; }, 30000);
}

class DataSafetyTest : public test::UiTest
{
protected:
    void addDemoYear()
    {
        core::DemoGenerator::Options options;
        options.years = 1;
        options.until = QDate(2026, 11, 22);
        ASSERT_TRUE(core::DemoGenerator(core::SkillModel::builtin()).generate(db(), options).ok());
    }

    core::SystemClock m_clock;
};

} // namespace

TEST_F(DataSafetyTest, ASecondInstanceOnTheSameFolderAsksTheFirstToComeForward)
{
    ASSERT_TRUE(QDir().mkpath(m_dir.path()));
    SingleInstance primary(m_dir.path());
    ASSERT_EQ(primary.start(), SingleInstance::Role::Primary) << qPrintable(primary.error());
    QSignalSpy activated(&primary, &SingleInstance::activationRequested);

    // The second one blocks while it waits for an answer, so it runs on its own thread while this
    // one keeps serving events, as two processes would.
    SingleInstance::Role secondRole = SingleInstance::Role::Failed;
    QThread *second = QThread::create([&] {
        SingleInstance other(m_dir.path());
        secondRole = other.start();
    });
    second->start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return second->isFinished(); }, 20000));
    delete second;
    EXPECT_EQ(secondRole, SingleInstance::Role::Secondary);
    EXPECT_EQ(activated.count(), 1);

    // Another folder is another instance.
    const QString elsewhere = m_dir.root() + QStringLiteral("/elsewhere");
    ASSERT_TRUE(QDir().mkpath(elsewhere));
    SingleInstance third(elsewhere);
    EXPECT_EQ(third.start(), SingleInstance::Role::Primary);
}

TEST_F(DataSafetyTest, TheSameFolderSpelledDifferentlyIsTheSameInstance)
{
    ASSERT_TRUE(QDir().mkpath(m_dir.path()));
    EXPECT_EQ(SingleInstance::serverName(m_dir.path()),
              SingleInstance::serverName(m_dir.path() + QStringLiteral("/../data/")));
    EXPECT_NE(SingleInstance::serverName(m_dir.path()), SingleInstance::serverName(m_dir.root()));
}

TEST_F(DataSafetyTest, SecondAppProcessHandsOverAndTheCliStillRunsBeside)
{
    const QString dir = m_dir.root() + QStringLiteral("/shared");
    std::unique_ptr<QProcess> first(startApp({ QStringLiteral("--data-dir"), dir }));
    ASSERT_TRUE(first->waitForStarted(10000));
    // The first holds the folder's lock once it is up.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            if (!QFile::exists(dir + QStringLiteral("/tandem.db")))
                return false;
            auto lock = core::InstanceLock::tryAcquire(dir);
            return lock.ok() && !lock.value();
        },
        30000));

    std::unique_ptr<QProcess> second(startApp({ QStringLiteral("--data-dir"), dir }));
    ASSERT_TRUE(second->waitForFinished(30000)) << "the second tandem did not hand over and leave";
    EXPECT_EQ(second->exitCode(), 0);
    EXPECT_TRUE(QString::fromUtf8(second->readAllStandardError()).contains(QLatin1String("already open")));
    EXPECT_EQ(first->state(), QProcess::Running);

    QProcess cli;
    cli.start(QStringLiteral(TANDEM_CLI_PATH),
              { QStringLiteral("--data-dir"), dir, QStringLiteral("journal"), QStringLiteral("add"),
                QStringLiteral("--title"), QStringLiteral("Written while the app is open") });
    ASSERT_TRUE(cli.waitForFinished(30000));
    EXPECT_EQ(cli.exitCode(), 0) << cli.readAllStandardError().constData();

    first->terminate();
    ASSERT_TRUE(first->waitForFinished(30000));
    // Once the first is gone, the folder is free again.
    auto lock = core::InstanceLock::tryAcquire(dir);
    ASSERT_TRUE(lock.ok());
    EXPECT_TRUE(lock.value() != nullptr);
}

TEST_F(DataSafetyTest, RestoringFromSettingsReplacesTheDataAndKeepsWhatWasThere)
{
    const QString dir = m_dir.root() + QStringLiteral("/session");
    AppSession session({ dir, PageId::Settings, true }, core::SkillModel::builtin());
    ASSERT_TRUE(session.start()) << qPrintable(session.error());
    ASSERT_TRUE(
        core::JournalRepository(session.workspace()->database()).add(entryTitled(QStringLiteral("Before the backup"))).ok());
    const auto backup = core::BackupService(dir, m_clock).create(session.workspace()->database(), core::BackupInfo::Kind::Manual);
    ASSERT_TRUE(backup.ok()) << qPrintable(backup.error());
    ASSERT_TRUE(core::JournalRepository(session.workspace()->database()).add(entryTitled(QStringLiteral("After the backup"))).ok());

    auto *settings = session.window()->findChild<SettingsPage *>();
    ASSERT_NE(settings, nullptr);
    BackupsPanel *panel = settings->backupsPanel();
    panel->refresh();
    auto *list = panel->findChild<QTreeWidget *>(QStringLiteral("backupsList"));
    ASSERT_NE(list, nullptr);
    ASSERT_GE(list->topLevelItemCount(), 1);
    QString error;
    const QString preview = panel->previewText(backup->path, &error);
    EXPECT_TRUE(preview.contains(QLatin1String("0 assessments, 1 journal entry and 0 goals")))
        << qPrintable(preview + error);

    ModalAnswerer answerer([](QWidget *modal) { ModalAnswerer::click(modal, QStringLiteral("OK")); });
    ASSERT_TRUE(session.restoreFrom(backup->path));
    ASSERT_NE(session.window(), nullptr);
    EXPECT_EQ(session.window()->currentPage(), PageId::Settings);
    EXPECT_EQ(core::JournalRepository(session.workspace()->database()).count().value(), 1);

    // What was there before the restore is itself a backup, and holds both entries.
    const auto backups = core::BackupService(dir, m_clock).list();
    ASSERT_TRUE(backups.ok());
    bool keptBefore = false;
    for (const auto &info : backups.value()) {
        if (info.kind == core::BackupInfo::Kind::BeforeRestore) {
            const auto kept = core::BackupService(dir, m_clock).preview(info.path);
            ASSERT_TRUE(kept.ok());
            EXPECT_EQ(kept->journalEntries, 2);
            keptBefore = true;
        }
    }
    EXPECT_TRUE(keptBefore);
    session.finish();
}

// The journal's search worker holds a connection of its own: a restore while it searches closes
// it first, and the next search reads the restored file (a connection kept open would still read
// the replaced one and find the entry written after the backup).
TEST_F(DataSafetyTest, RestoringWhileASearchRunsClosesTheSearchAndTheNextSearchReadsTheRestoredData)
{
    const QString dir = m_dir.root() + QStringLiteral("/session");
    AppSession session({ dir, PageId::Journal, true }, core::SkillModel::builtin());
    ASSERT_TRUE(session.start()) << qPrintable(session.error());
    core::JournalRepository journal(session.workspace()->database());
    for (int i = 0; i < 300; ++i)
        ASSERT_TRUE(journal.add(entryTitled(QStringLiteral("Budget review %1").arg(i))).ok());
    const auto backup
        = core::BackupService(dir, m_clock).create(session.workspace()->database(), core::BackupInfo::Kind::Manual);
    ASSERT_TRUE(backup.ok()) << qPrintable(backup.error());
    ASSERT_TRUE(journal.add(entryTitled(QStringLiteral("Budget after the backup"))).ok());

    auto *page = qobject_cast<JournalPage *>(session.window()->page(PageId::Journal));
    ASSERT_NE(page, nullptr);
    JournalListModel *model = page->listModel();
    model->setSearchText(QStringLiteral("budget"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isBusy(); }, 10000));
    EXPECT_EQ(model->searchCount(), 301);

    // Typed again, and restored before the worker's answer could arrive.
    model->setSearchText(QStringLiteral("budget review"));
    ASSERT_TRUE(model->isBusy());
    ModalAnswerer answerer([](QWidget *modal) { ModalAnswerer::click(modal, QStringLiteral("OK")); });
    ASSERT_TRUE(session.restoreFrom(backup->path));

    // The store's reload searches again, on the restored file.
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isBusy(); }, 10000));
    EXPECT_EQ(model->searchCount(), 300);
    model->setSearchText(QStringLiteral("backup"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isBusy(); }, 10000));
    EXPECT_EQ(model->searchCount(), 0);
    EXPECT_EQ(model->rowCount(), 0);
    model->setSearchText(QStringLiteral("budget"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model->isBusy(); }, 10000));
    EXPECT_EQ(model->searchCount(), 300);
    session.finish();
}

TEST_F(DataSafetyTest, ADamagedDatabaseOffersTheNewestBackupAndRestoresIt)
{
    const QString dir = m_dir.root() + QStringLiteral("/damaged");
    QString backupPath;
    {
        auto db = core::Database::open(dir);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(core::JournalRepository(*db.value()).add(entryTitled(QStringLiteral("Safe in the backup"))).ok());
        const auto made = core::BackupService(dir, m_clock).create(*db.value(), core::BackupInfo::Kind::Automatic);
        ASSERT_TRUE(made.ok()) << qPrintable(made.error());
        backupPath = made->path;
    }
    QFile::remove(dir + QStringLiteral("/tandem.db-wal"));
    QFile::remove(dir + QStringLiteral("/tandem.db-shm"));
    QFile file(dir + QStringLiteral("/tandem.db"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const QByteArray junk(8192, '\x5a');
    file.write(junk);
    file.close();

    // Without dialogs (--quit-when-ready), it refuses and says why.
    {
        AppSession quiet({ dir, PageId::Dashboard, false }, core::SkillModel::builtin());
        EXPECT_FALSE(quiet.start());
        EXPECT_FALSE(quiet.error().isEmpty());
    }

    ModalAnswerer answerer([](QWidget *modal) {
        ModalAnswerer::click(modal,
                             modal->objectName() == QLatin1String("damagedDataDialog")
                                 ? QStringLiteral("Restore Backup")
                                 : QStringLiteral("OK"));
    });
    AppSession session({ dir, PageId::Journal, true }, core::SkillModel::builtin());
    ASSERT_TRUE(session.start()) << qPrintable(session.error());
    ASSERT_FALSE(answerer.seen().isEmpty());
    EXPECT_TRUE(
        answerer.seen().constFirst().contains(QLatin1String("It holds 0 assessments, 1 journal entry and 0 goals")))
        << qPrintable(answerer.seen().join(QLatin1Char('\n')));
    EXPECT_EQ(core::JournalRepository(session.workspace()->database()).count().value(), 1);

    // The damaged file was kept, byte for byte, beside the backups.
    QDir backups(core::BackupService(dir, m_clock).backupDir());
    bool damagedKept = false;
    for (const QString &name : backups.entryList(QDir::Files)) {
        QFile kept(backups.filePath(name));
        if (kept.open(QIODevice::ReadOnly) && kept.readAll() == junk)
            damagedKept = true;
    }
    EXPECT_TRUE(damagedKept);
    session.finish();
}

TEST_F(DataSafetyTest, ImportDialogChecksFirstThenImportsOnceAndTheSecondTimeAddsNothing)
{
    // A source store with a few entries, exported as JSON.
    const QString sourceDir = m_dir.root() + QStringLiteral("/source");
    const QString exportPath = m_dir.root() + QStringLiteral("/export.json");
    {
        auto source = core::Database::open(sourceDir);
        ASSERT_TRUE(source.ok());
        for (const QString &title : { QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three") })
            ASSERT_TRUE(core::JournalRepository(*source.value()).add(entryTitled(title)).ok());
        const auto written = core::ExportWriter::write(*source.value(), core::SkillModel::builtin(),
                                                       core::ExportFormat::Json, exportPath);
        ASSERT_TRUE(written.ok()) << qPrintable(written.error());
    }

    MainWindow window(workspace());
    QSignalSpy workspaceImported(&workspace(), &core::Workspace::imported);
    QSignalSpy imported(&window.dataTransfer(), &DataTransfer::dataImported);
    QSignalSpy status(&window.dataTransfer(), &DataTransfer::status);
    ImportDialog dialog(window.dataTransfer(), &window);
    auto *report = dialog.findChild<QLabel *>(QStringLiteral("importReport"));
    auto *checkButton = dialog.findChild<QPushButton *>(QStringLiteral("importCheck"));
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importRun"));
    ASSERT_TRUE(report && checkButton && importButton);

    dialog.setSource(core::ImportFormat::Tandem, exportPath);
    EXPECT_FALSE(importButton->isEnabled()) << "Import must wait for the check";
    ASSERT_TRUE(finishWork(dialog, [&] {
        dialog.check();
        // While it reads, nothing in the dialog can start another run.
        EXPECT_TRUE(dialog.isWorking());
        EXPECT_FALSE(checkButton->isEnabled());
        EXPECT_FALSE(importButton->isEnabled());
    }));
    EXPECT_TRUE(report->text().contains(QLatin1String("3"))) << qPrintable(report->text());
    EXPECT_EQ(core::JournalRepository(db()).count().value(), 0) << "the check changed the data";
    EXPECT_EQ(imported.count(), 0);
    ASSERT_TRUE(importButton->isEnabled());
    ASSERT_TRUE(finishWork(dialog, [&] { dialog.runImport(); }));
    EXPECT_EQ(core::JournalRepository(db()).count().value(), 3);
    // Once, however long the app keeps running; the workspace tells the pages.
    QTest::qWait(200);
    EXPECT_EQ(imported.count(), 1);
    EXPECT_EQ(workspaceImported.count(), 1);
    ASSERT_FALSE(status.isEmpty());
    EXPECT_TRUE(status.constLast().constFirst().toString().contains(QLatin1String("3 journal entries")))
        << qPrintable(status.constLast().constFirst().toString());

    ImportDialog again(window.dataTransfer(), &window);
    again.setSource(core::ImportFormat::Tandem, exportPath);
    ASSERT_TRUE(finishWork(again, [&] { again.check(); }));
    EXPECT_FALSE(again.findChild<QPushButton *>(QStringLiteral("importRun"))->isEnabled());
    EXPECT_EQ(core::JournalRepository(db()).count().value(), 3);

    // A file that is not an export says so and changes nothing.
    const QString junkPath = m_dir.root() + QStringLiteral("/junk.json");
    QFile junk(junkPath);
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("{\"format\": \"tandem-export\", \"format_version\": ");
    junk.close();
    ImportDialog broken(window.dataTransfer(), &window);
    broken.setSource(core::ImportFormat::Tandem, junkPath);
    ASSERT_TRUE(finishWork(broken, [&] { broken.check(); }));
    auto *brokenReport = broken.findChild<QLabel *>(QStringLiteral("importReport"));
    EXPECT_TRUE(brokenReport->text().contains(QLatin1String("cannot be imported"))) << qPrintable(brokenReport->text());
    EXPECT_FALSE(broken.findChild<QPushButton *>(QStringLiteral("importRun"))->isEnabled());
    EXPECT_EQ(imported.count(), 1);
}

TEST_F(DataSafetyTest, WindowExportsEveryFormatAndTheReport)
{
    addDemoYear();
    MainWindow window(workspace());
    DataTransfer &transfer = window.dataTransfer();

    const QString json = m_dir.root() + QStringLiteral("/all.json");
    const auto written = transfer.exportTo(core::ExportFormat::Json, json);
    ASSERT_TRUE(ended(written));
    ASSERT_TRUE(written.result().ok()) << qPrintable(written.result().error());
    EXPECT_GT(QFileInfo(json).size(), 10000);

    const QString csv = m_dir.root() + QStringLiteral("/csv");
    const auto csvFiles = transfer.exportTo(core::ExportFormat::Csv, csv);
    ASSERT_TRUE(ended(csvFiles));
    ASSERT_TRUE(csvFiles.result().ok()) << qPrintable(csvFiles.result().error());
    EXPECT_TRUE(QFile::exists(csv + QStringLiteral("/journal.csv")));
    EXPECT_TRUE(QFile::exists(csv + QStringLiteral("/assessments.csv")));

    const QString months = m_dir.root() + QStringLiteral("/months");
    const auto monthFiles = transfer.exportTo(core::ExportFormat::MarkdownPerMonth, months);
    ASSERT_TRUE(ended(monthFiles));
    ASSERT_TRUE(monthFiles.result().ok()) << qPrintable(monthFiles.result().error());
    EXPECT_GE(monthFiles.result()->size(), 12);

    const QString pdf = m_dir.root() + QStringLiteral("/report.pdf");
    const auto report = transfer.exportReportTo(pdf);
    ASSERT_TRUE(ended(report));
    ASSERT_TRUE(report.result().ok()) << qPrintable(report.result().error());
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.read(5).startsWith("%PDF"));

    // A place that cannot be written gives an error, not a half file.
    const auto refused = transfer.exportTo(core::ExportFormat::Json, QStringLiteral("/proc/tandem-cannot-write.json"));
    ASSERT_TRUE(ended(refused));
    EXPECT_FALSE(refused.result().ok());
}

TEST_F(DataSafetyTest, CheckFromTheWindowReportsIntactDataWithItsCounts)
{
    ASSERT_TRUE(core::JournalRepository(db()).add(entryTitled(QStringLiteral("Checked"))).ok());
    MainWindow window(workspace());
    const auto report = window.dataTransfer().check();
    ASSERT_TRUE(ended(report));
    ASSERT_TRUE(report.result().ok()) << qPrintable(report.result().error());
    EXPECT_TRUE(report.result()->ok()) << qPrintable(report.result()->problems.join(QLatin1Char('\n')));
    EXPECT_EQ(report.result()->counts.journalEntries, 1);

    // The button in Settings runs it and says so.
    window.showPage(PageId::Settings);
    auto *button = window.findChild<QPushButton *>(QStringLiteral("settingsCheck"));
    ASSERT_NE(button, nullptr);
    QStringList seen;
    ModalAnswerer answerer([&seen](QWidget *modal) {
        if (modal->objectName() == QLatin1String("busyDialog"))
            return;
        seen.append(ModalAnswerer::textOf(modal));
        modal->close();
    });
    button->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !seen.isEmpty(); }, 30000));
    EXPECT_TRUE(seen.constFirst().contains(QLatin1String("intact"))) << qPrintable(seen.join(QLatin1Char('\n')));
    EXPECT_TRUE(seen.constFirst().contains(QLatin1String("1 journal entry"))) << qPrintable(seen.constFirst());
}

TEST_F(DataSafetyTest, DamageFoundAfterStartUpOffersTheNewestBackup)
{
    // A store whose header and schema are fine but whose journal pages are not: it opens, and
    // only the check that reads every page (run in the background after start-up) finds out.
    const QString dir = m_dir.root() + QStringLiteral("/pages");
    constexpr int Entries = 60;
    {
        auto db = core::Database::open(dir);
        ASSERT_TRUE(db.ok());
        for (int i = 0; i < Entries; ++i) {
            core::JournalEntry entry = entryTitled(QStringLiteral("Entry %1").arg(i));
            entry.body = QString(400, QLatin1Char('a' + i % 26));
            ASSERT_TRUE(core::JournalRepository(*db.value()).add(entry).ok());
        }
        ASSERT_TRUE(core::BackupService(dir, m_clock).create(*db.value(), core::BackupInfo::Kind::Automatic).ok());
    }
    const QString file = dir + QStringLiteral("/tandem.db");
    ASSERT_FALSE(QFile::exists(file + QStringLiteral("-wal")) && QFileInfo(file + QStringLiteral("-wal")).size() > 0);
    QList<qint64> pages;
    {
        // The table's pages, from SQLite's dbstat on a copy, so the store itself is only read.
        const QString copy = m_dir.root() + QStringLiteral("/copy.db");
        ASSERT_TRUE(QFile::copy(file, copy));
        {
            QSqlDatabase scratch = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pages"));
            scratch.setDatabaseName(copy);
            ASSERT_TRUE(scratch.open());
            QSqlQuery query(scratch);
            ASSERT_TRUE(query.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'journal_entries'")));
            while (query.next())
                pages.append(query.value(0).toLongLong());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pages"));
    }
    ASSERT_GE(pages.size(), 2);
    QFile store(file);
    ASSERT_TRUE(store.open(QIODevice::ReadWrite));
    constexpr qint64 PageSize = 4096;
    for (qint64 page : pages) {
        ASSERT_TRUE(store.seek((page - 1) * PageSize + 8));
        store.write(QByteArray(PageSize - 8, '\x7f'));
    }
    store.close();

    QStringList offers;
    ModalAnswerer answerer([&offers](QWidget *modal) {
        if (modal->objectName() == QLatin1String("damageFoundDialog")) {
            offers.append(ModalAnswerer::textOf(modal));
            ModalAnswerer::click(modal, QStringLiteral("Restore Backup"));
        } else {
            ModalAnswerer::click(modal, QStringLiteral("OK"));
        }
    });
    AppSession session({ dir, PageId::Learn, true, 0 }, core::SkillModel::builtin());
    ASSERT_TRUE(session.start()) << qPrintable(session.error());
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            if (offers.isEmpty() || !session.workspace())
                return false;
            const auto count = core::JournalRepository(session.workspace()->database()).count();
            return count.ok() && count.value() == Entries;
        },
        30000))
        << qPrintable(offers.join(QLatin1Char('\n')));
    EXPECT_TRUE(offers.constFirst().contains(QLatin1String("damage"))) << qPrintable(offers.constFirst());
    EXPECT_TRUE(offers.constFirst().contains(QLatin1String("60 journal entries"))) << qPrintable(offers.constFirst());
    session.finish();
}

TEST_F(DataSafetyTest, ImportingThroughTheMenuDialogShowsTheNewDataInTheOpenWindow)
{
    const QString sourceDir = m_dir.root() + QStringLiteral("/from");
    const QString exportPath = m_dir.root() + QStringLiteral("/from.json");
    {
        auto source = core::Database::open(sourceDir);
        ASSERT_TRUE(source.ok());
        ASSERT_TRUE(core::JournalRepository(*source.value()).add(entryTitled(QStringLiteral("Imported"))).ok());
        ASSERT_TRUE(core::ExportWriter::write(*source.value(), core::SkillModel::builtin(), core::ExportFormat::Json,
                                              exportPath)
                        .ok());
    }
    AppSession session({ m_dir.root() + QStringLiteral("/to"), PageId::Journal, true, 60000 },
                       core::SkillModel::builtin());
    ASSERT_TRUE(session.start());
    MainWindow *before = session.window();
    auto *journal = qobject_cast<JournalPage *>(before->page(PageId::Journal));
    ASSERT_NE(journal, nullptr);
    ASSERT_EQ(journal->listModel()->rowCount(), 0);

    session.window()->dataTransfer().openImportDialog();
    // It is open, window-modal, and the call did not wait for it.
    auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
    ASSERT_NE(dialog, nullptr);
    dialog->setSource(core::ImportFormat::Tandem, exportPath);
    ASSERT_TRUE(finishWork(*dialog, [&] { dialog->check(); }));
    QPointer<ImportDialog> guard(dialog);
    ASSERT_TRUE(finishWork(*dialog, [&] { dialog->runImport(); }));
    // It closed itself; the same window and page, never rebuilt, show the imported entry.
    ASSERT_TRUE(QTest::qWaitFor([&] { return guard.isNull(); }, 20000));
    ASSERT_TRUE(QTest::qWaitFor([&] { return journal->listModel()->rowCount() == 1; }, 20000));
    EXPECT_EQ(session.window(), before);
    EXPECT_EQ(session.window()->currentPage(), PageId::Journal);
    EXPECT_EQ(journal->listModel()->index(0).data(JournalListModel::TitleRole).toString(), QStringLiteral("Imported"));
    EXPECT_EQ(core::JournalRepository(session.workspace()->database()).count().value(), 1);
    session.finish();
}

TEST_F(DataSafetyTest, AnExportRunsWithoutANestedEventLoopAndTheWindowKeepsWorking)
{
    addDemoYear();
    MainWindow window(workspace());
    window.show();
    DataTransfer &transfer = window.dataTransfer();
    QSignalSpy status(&transfer, &DataTransfer::status);
    const int level = QThread::currentThread()->loopLevel();

    // A nested event loop would deliver this before exportTo returned.
    bool ranEarly = false;
    QTimer::singleShot(0, &window, [&] { ranEarly = true; });
    const auto written = transfer.exportTo(core::ExportFormat::Json, m_dir.root() + QStringLiteral("/all.json"));
    EXPECT_FALSE(ranEarly) << "exportTo turned the event loop before it returned";
    EXPECT_FALSE(written.isFinished());
    ASSERT_TRUE(transfer.isBusy());

    // Slots called while it runs see the test's own loop level, and the window does what it is
    // asked: another page opens.
    int slotsWhileBusy = 0;
    int deepest = level;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &window, [&] {
        if (!transfer.isBusy())
            return;
        ++slotsWhileBusy;
        deepest = std::max(deepest, QThread::currentThread()->loopLevel());
        window.showPage(slotsWhileBusy % 2 ? PageId::Journal : PageId::Learn);
    });
    ticker.start(0);

    // A second piece of work at the same time is refused, in words, and leaves the first alone.
    const auto second = transfer.check();
    ASSERT_TRUE(ended(second));
    ASSERT_FALSE(second.result().ok());
    EXPECT_TRUE(second.result().error().contains(QLatin1String("busy"))) << qPrintable(second.result().error());
    transfer.backUpNow();
    ASSERT_FALSE(status.isEmpty());
    EXPECT_TRUE(status.constLast().constFirst().toString().contains(QLatin1String("busy")));

    ASSERT_TRUE(ended(written));
    ticker.stop();
    EXPECT_GE(slotsWhileBusy, 1);
    EXPECT_EQ(deepest, level) << "a slot ran inside a nested event loop";
    ASSERT_TRUE(written.result().ok()) << qPrintable(written.result().error());
    EXPECT_FALSE(transfer.isBusy());
    EXPECT_EQ(window.currentPage(), slotsWhileBusy % 2 ? PageId::Journal : PageId::Learn);
}

TEST_F(DataSafetyTest, CancellingAnExportLeavesNoFile)
{
    addDemoYear();
    MainWindow window(workspace());
    window.show();
    DataTransfer &transfer = window.dataTransfer();
    const QString folder = m_dir.root() + QStringLiteral("/exports");
    ASSERT_TRUE(QDir().mkpath(folder));

    for (const auto format : { core::ExportFormat::Json, core::ExportFormat::MarkdownPerMonth }) {
        const QString path
            = folder + (format == core::ExportFormat::Json ? QStringLiteral("/all.json") : QStringLiteral("/months"));
        const auto written = transfer.exportTo(format, path);
        // The busy dialog's Cancel, as the user presses it; the dialog stays, saying it stops.
        auto *busy = window.findChild<QProgressDialog *>(QStringLiteral("busyDialog"));
        ASSERT_NE(busy, nullptr);
        EXPECT_EQ(busy->windowModality(), Qt::WindowModal);
        auto *cancel = busy->findChild<QPushButton *>(QStringLiteral("busyCancel"));
        ASSERT_NE(cancel, nullptr);
        cancel->click();
        EXPECT_TRUE(busy->labelText().contains(QLatin1String("Stopping"))) << qPrintable(busy->labelText());
        EXPECT_FALSE(cancel->isEnabled());

        ASSERT_TRUE(ended(written));
        EXPECT_TRUE(written.isCanceled());
        EXPECT_EQ(written.resultCount(), 0);
        EXPECT_TRUE(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty())
            << qPrintable(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden).join(QLatin1Char(',')));
        EXPECT_FALSE(transfer.isBusy());
        EXPECT_EQ(window.findChild<QProgressDialog *>(QStringLiteral("busyDialog")), nullptr);
    }

    // Nothing stoppable runs now; the next export is whole.
    EXPECT_FALSE(transfer.stop());
    const auto again = transfer.exportTo(core::ExportFormat::Json, folder + QStringLiteral("/all.json"));
    ASSERT_TRUE(ended(again));
    ASSERT_TRUE(again.result().ok()) << qPrintable(again.result().error());
    EXPECT_GT(QFileInfo(folder + QStringLiteral("/all.json")).size(), 10000);
}

TEST_F(DataSafetyTest, ClosingTheImportDialogWhileItWorksIsSafe)
{
    const QString exportPath = m_dir.root() + QStringLiteral("/year.json");
    {
        const QString sourceDir = m_dir.root() + QStringLiteral("/source");
        auto source = core::Database::open(sourceDir);
        ASSERT_TRUE(source.ok());
        core::DemoGenerator::Options options;
        options.years = 1;
        options.until = QDate(2026, 11, 22);
        ASSERT_TRUE(core::DemoGenerator(core::SkillModel::builtin()).generate(*source.value(), options).ok());
        ASSERT_TRUE(core::ExportWriter::write(*source.value(), core::SkillModel::builtin(), core::ExportFormat::Json,
                                              exportPath)
                        .ok());
    }
    MainWindow window(workspace());
    window.show();
    DataTransfer &transfer = window.dataTransfer();
    QSignalSpy imported(&transfer, &DataTransfer::dataImported);
    QSignalSpy status(&transfer, &DataTransfer::status);

    // Closed while its check reads the file: the check stops, and nothing calls the dialog back.
    auto *checking = new ImportDialog(transfer, &window);
    checking->setAttribute(Qt::WA_DeleteOnClose);
    checking->open();
    checking->setSource(core::ImportFormat::Tandem, exportPath);
    checking->check();
    ASSERT_TRUE(checking->isWorking());
    QPointer<ImportDialog> checkingGuard(checking);
    checking->close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return checkingGuard.isNull() && !transfer.isBusy(); }, 30000));
    EXPECT_EQ(core::JournalRepository(db()).count().value(), 0);
    EXPECT_EQ(imported.count(), 0);

    // Closed while the import runs: closing the dialog does not stop it (the busy dialog's Cancel
    // does), so it finishes after the dialog has gone, tells the window once, and says so in the
    // status bar.
    auto *importing = new ImportDialog(transfer, &window);
    importing->setAttribute(Qt::WA_DeleteOnClose);
    importing->open();
    importing->setSource(core::ImportFormat::Tandem, exportPath);
    ASSERT_TRUE(finishWork(*importing, [&] { importing->check(); }));
    importing->runImport();
    ASSERT_TRUE(importing->isWorking());
    QPointer<ImportDialog> importingGuard(importing);
    importing->close();
    ASSERT_TRUE(QTest::qWaitFor([&] { return importingGuard.isNull() && !transfer.isBusy(); }, 30000));
    QTest::qWait(200);
    EXPECT_GT(core::JournalRepository(db()).count().value(), 100);
    EXPECT_EQ(imported.count(), 1);
    ASSERT_FALSE(status.isEmpty());
    EXPECT_TRUE(status.constLast().constFirst().toString().contains(QLatin1String("journal entries")))
        << qPrintable(status.constLast().constFirst().toString());
}

TEST_F(DataSafetyTest, ClosingTheWindowWhileWorkRunsWaitsForItsWorker)
{
    addDemoYear();
    const QString path = m_dir.root() + QStringLiteral("/all.json");
    QFuture<core::Result<QStringList>> written;
    {
        MainWindow window(workspace());
        written = window.dataTransfer().exportTo(core::ExportFormat::Json, path);
        ASSERT_FALSE(written.isFinished());
    }
    // The window's end stopped the export and waited for its worker: nothing is left running to
    // touch the data folder (a restore may replace the file next), and nothing hangs.
    EXPECT_TRUE(written.isFinished());
    EXPECT_TRUE(written.isCanceled());
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(DataSafetyTest, TheBusyDialogShowsAfterABlinkAndStaysUntilTheWorkHasStopped)
{
    QWidget window;
    window.show();
    BusyDialog busy(QStringLiteral("Exporting your data…"), true, &window);
    QSignalSpy stopRequested(&busy, &BusyDialog::stopRequested);
    EXPECT_FALSE(busy.isVisible()) << "work that ends in a blink shows no dialog";
    ASSERT_TRUE(QTest::qWaitFor([&] { return busy.isVisible(); }, 5000));
    EXPECT_TRUE(busy.isModal());
    EXPECT_EQ(QApplication::activeModalWidget(), &busy);

    // Escape asks the work to stop, once, and the dialog stays until the work has.
    QTest::keyClick(&busy, Qt::Key_Escape);
    EXPECT_EQ(stopRequested.count(), 1);
    EXPECT_TRUE(busy.isVisible());
    busy.setStopping();
    QTest::keyClick(&busy, Qt::Key_Escape);
    busy.close();
    EXPECT_EQ(stopRequested.count(), 1);
    EXPECT_TRUE(busy.isVisible());

    // Work that cannot stop has no Cancel, and Escape does nothing.
    BusyDialog check(QStringLiteral("Checking your data…"), false, &window);
    EXPECT_EQ(check.findChild<QPushButton *>(QStringLiteral("busyCancel")), nullptr);
    QSignalSpy checkStop(&check, &BusyDialog::stopRequested);
    ASSERT_TRUE(QTest::qWaitFor([&] { return check.isVisible(); }, 5000));
    QTest::keyClick(&check, Qt::Key_Escape);
    EXPECT_TRUE(check.isVisible());
    EXPECT_EQ(checkStop.count(), 0);
}

// Scores an older build left unstored are filled by the background thread after the check and
// the backup; that is no change of the user's, so quitting makes no closing backup.
TEST_F(DataSafetyTest, TheBackgroundFillStoresMissingScoresAndIsNoReasonForAClosingBackup)
{
    addDemoYear();
    ASSERT_TRUE(db().run(QStringLiteral("DELETE FROM assessment_scores")).ok());
    const int assessments = db().scalar(QStringLiteral("SELECT count(*) FROM assessments"))->toInt();
    ASSERT_GT(assessments, 40);
    // A fresh backup, so that the automatic one is not due either.
    ASSERT_TRUE(core::BackupService(m_dir.path(), m_clock).create(db(), core::BackupInfo::Kind::Manual).ok());
    const QDir backups(core::BackupService(m_dir.path(), m_clock).backupDir());
    const QStringList before = backups.entryList(QDir::Files);
    m_db.reset();

    AppSession session({ m_dir.path(), PageId::Learn, true, 0 }, core::SkillModel::builtin());
    ASSERT_TRUE(session.start()) << qPrintable(session.error());
    QSignalSpy backgroundDone(session.window(), &MainWindow::backupsChanged);
    ASSERT_TRUE(QTest::qWaitFor([&] { return backgroundDone.count() > 0; }, 30000));
    const core::Database &open = session.workspace()->database();
    EXPECT_EQ(open.scalar(QStringLiteral("SELECT count(*) FROM assessment_scores"))->toInt(), assessments);
    EXPECT_FALSE(core::ScoreCache(open, core::SkillModel::builtin()).needsFill().value());
    const auto history = core::ProfileService(open, core::SkillModel::builtin()).history();
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(core::ScoreCache::lastScoredCount(), 0);
    EXPECT_EQ(session.workspace()->changeCount(), 0);

    session.finish();
    EXPECT_EQ(backups.entryList(QDir::Files), before);
}

// Entries saved one at a time split the search index into pieces; the background work merges
// them into one, which is no change of the user's either.
TEST_F(DataSafetyTest, TheBackgroundWorkMergesASplitSearchIndex)
{
    core::JournalRepository journal(db());
    for (int i = 0; i < 3000 && (i < 100 || journal.searchIndexPieces().value() < core::JournalRepository::SearchIndexPiecesToMerge);
         ++i) {
        core::JournalEntry e;
        e.title = QStringLiteral("Standup %1").arg(i);
        e.occurredAt = QDateTime::currentDateTimeUtc().addSecs(-60 * i);
        ASSERT_TRUE(journal.add(e).ok());
    }
    ASSERT_GE(journal.searchIndexPieces().value(), core::JournalRepository::SearchIndexPiecesToMerge);
    const int entries = journal.count().value();
    ASSERT_TRUE(core::BackupService(m_dir.path(), m_clock).create(db(), core::BackupInfo::Kind::Manual).ok());
    m_db.reset();

    AppSession session({ m_dir.path(), PageId::Learn, true, 0 }, core::SkillModel::builtin());
    ASSERT_TRUE(session.start()) << qPrintable(session.error());
    QSignalSpy backgroundDone(session.window(), &MainWindow::backupsChanged);
    ASSERT_TRUE(QTest::qWaitFor([&] { return backgroundDone.count() > 0; }, 30000));
    const core::JournalRepository open(session.workspace()->database());
    EXPECT_EQ(open.searchIndexPieces().value(), 1);
    EXPECT_EQ(open.count().value(), entries);
    EXPECT_EQ(session.workspace()->changeCount(), 0);
    session.finish();
}
