// The app and tandem-cli on one data folder at once, as people use them (issue 13). The real
// `tandem` runs (offscreen) with an entry being typed and autosaved, tandem-cli writes and reads
// beside it, and the app is killed without warning. Every write either acknowledged is there, the
// file is sound, and the app's -wal and -shm are never deleted while it holds them (that happened
// when the app's background check dropped its own locks and the CLI then took the file for its own).
#include "qtprinters.h"
#include "database.h"
#include "datalocation.h"
#include "tempdatadir.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <iostream>
#include <memory>
#include <optional>

#include <gtest/gtest.h>

#include <unistd.h>

using namespace tandem;
using tandem::test::TempDataDir;

namespace {

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("TANDEM_TEST_KEYS_ON_STDIN"), QStringLiteral("1"));
    env.remove(QStringLiteral("TANDEM_DATA_DIR"));
    return env;
}

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult cli(const QString &dataDir, const QStringList &args)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(TANDEM_CLI_PATH), QStringList { QStringLiteral("--data-dir"), dataDir } + args);
    process.closeWriteChannel();
    CliResult result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The app's descriptors on the store's log and shared memory that point at deleted files.
QStringList deletedStoreFiles(qint64 pid)
{
    QStringList deleted;
    const QString fds = QStringLiteral("/proc/%1/fd").arg(pid);
    for (const QString &fd : QDir(fds).entryList(QDir::System | QDir::NoDotAndDotDot)) {
        char buffer[4096];
        const ssize_t n
            = ::readlink(QFile::encodeName(fds + QLatin1Char('/') + fd).constData(), buffer, sizeof buffer - 1);
        const QString link = QString::fromLocal8Bit(buffer, n > 0 ? int(n) : 0);
        if ((link.contains(QLatin1String("tandem.db-wal")) || link.contains(QLatin1String("tandem.db-shm")))
            && link.endsWith(QLatin1String("(deleted)")))
            deleted.append(link);
    }
    return deleted;
}

// A reader beside both programs, as a third program would read the file.
class Reader
{
public:
    explicit Reader(const QString &dataDir) : m_name(QStringLiteral("side-by-side-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(core::DataLocation::databasePath(dataDir));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"));
        EXPECT_TRUE(db.open()) << qPrintable(db.lastError().text());
    }
    ~Reader()
    {
        QSqlDatabase::database(m_name).close();
        QSqlDatabase::removeDatabase(m_name);
    }

    std::optional<QString> text(const QString &title, const QString &column = QStringLiteral("situation"))
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        q.prepare(QStringLiteral("SELECT %1 FROM journal_entries WHERE title = :title").arg(column));
        q.bindValue(QStringLiteral(":title"), title);
        if (!q.exec() || !q.next())
            return std::nullopt;
        return q.value(0).toString();
    }

private:
    static inline int s_count = 0;
    QString m_name;
};

class App
{
public:
    explicit App(const QString &dataDir)
    {
        m_process.setProcessEnvironment(environment());
        m_process.start(QStringLiteral(TANDEM_APP_PATH),
                        { QStringLiteral("--data-dir"), dataDir, QStringLiteral("--page"), QStringLiteral("journal") });
        EXPECT_TRUE(m_process.waitForStarted(10000));
    }
    ~App()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }

    void send(const QString &line)
    {
        m_process.write((line + QLatin1Char('\n')).toUtf8());
        m_process.waitForBytesWritten(1000);
    }
    qint64 pid() const { return m_process.processId(); }
    bool running() const { return m_process.state() == QProcess::Running; }
    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }
    void kill()
    {
        m_process.kill(); // SIGKILL: nothing more is saved, nothing is closed
        EXPECT_TRUE(m_process.waitForFinished(10000));
    }

private:
    QProcess m_process;
};

void expectSound(const QString &dataDir)
{
    auto reopened = core::Database::open(dataDir);
    ASSERT_TRUE(reopened.ok()) << qPrintable(reopened.error());
    EXPECT_EQ(reopened.value()->scalar(QStringLiteral("PRAGMA integrity_check")).value().toString(),
              QStringLiteral("ok"));
    EXPECT_TRUE(reopened.value()
                    ->run(QStringLiteral("INSERT INTO journal_fts (journal_fts, rank) VALUES ('integrity-check', 1)"))
                    .ok());
}

} // namespace

TEST(SideBySideTest, AppTypingAndCliWritingKeepEveryAcknowledgedWriteThroughAKill)
{
    TempDataDir dir;
    const QString dataDir = dir.path();
    // Data before the app starts, so that its background check and backup run a few seconds in:
    // that second connection is what once dropped the app's locks.
    ASSERT_EQ(cli(dataDir, { QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"),
                             QStringLiteral("Before the app") })
                  .exitCode,
              0);

    App app(dataDir);
    app.send(QStringLiteral("focus journalTitle"));
    app.send(QStringLiteral("type Typed in the app"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return QFileInfo::exists(core::DataLocation::databasePath(dataDir)); }, 30000));
    {
        // Closed before the terminal starts: a reader's own lock on the file would hide the app
        // losing its lock.
        Reader reader(dataDir);
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return reader.text(QStringLiteral("Typed in the app")).has_value(); }, 30000))
            << "the app never saved the title: " << qPrintable(app.errors());
    }
    app.send(QStringLiteral("focus journalSituation"));

    QSet<qint64> acknowledged;
    QString typed;
    QStringList deletedSeen;
    bool backupSeen = false;
    const QString words = QStringLiteral("steady progress while the terminal writes beside the window ");
    for (int i = 0; i < 100; ++i) {
        const QChar c = words.at(i % words.size());
        app.send(QStringLiteral("type ") + c);
        typed += c;

        const CliResult added = cli(dataDir, { QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"),
                                               QStringLiteral("From the terminal %1").arg(i) });
        ASSERT_EQ(added.exitCode, 0) << qPrintable(added.err);
        acknowledged.insert(added.out.trimmed().toLongLong());
        const CliResult read = cli(dataDir, { QStringLiteral("journal"), QStringLiteral("show"), added.out.trimmed() });
        ASSERT_EQ(read.exitCode, 0) << qPrintable(read.err);
        EXPECT_TRUE(read.out.contains(QStringLiteral("From the terminal %1").arg(i)));

        deletedSeen += deletedStoreFiles(app.pid());
        backupSeen = backupSeen || !QDir(dataDir + QStringLiteral("/backups")).entryList(QDir::Files).isEmpty();
        ASSERT_TRUE(app.running()) << qPrintable(app.errors());
    }
    // The background check and backup ran on a second connection in the app meanwhile; if it
    // finished only after the writes, the terminal writes once more after it.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !QDir(dataDir + QStringLiteral("/backups")).entryList(QDir::Files).isEmpty(); }, 20000));
    if (!backupSeen) {
        const CliResult added = cli(dataDir, { QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"),
                                               QStringLiteral("From the terminal, after the backup") });
        ASSERT_EQ(added.exitCode, 0) << qPrintable(added.err);
        acknowledged.insert(added.out.trimmed().toLongLong());
        deletedSeen += deletedStoreFiles(app.pid());
    }
    EXPECT_TRUE(deletedSeen.isEmpty()) << "the app's log was deleted under it: "
                                       << qPrintable(deletedSeen.join(QLatin1Char(' ')));

    // What the app has saved of the typing, as another program reads it, is kept through a kill.
    std::optional<QString> savedByApp;
    Reader reader(dataDir);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            savedByApp = reader.text(QStringLiteral("Typed in the app"));
            return savedByApp && savedByApp->size() == typed.size();
        },
        20000))
        << "saved: " << qPrintable(savedByApp.value_or(QString())) << "\ntyped: " << qPrintable(typed);
    app.kill();

    expectSound(dataDir);
    Reader after(dataDir);
    EXPECT_EQ(after.text(QStringLiteral("Typed in the app")), typed);
    auto db = core::Database::open(dataDir);
    ASSERT_TRUE(db.ok());
    for (qint64 id : acknowledged) {
        const auto title = db.value()->scalar(QStringLiteral("SELECT title FROM journal_entries WHERE id = :id"),
                                              { { QStringLiteral(":id"), id } });
        ASSERT_TRUE(title.ok());
        EXPECT_TRUE(title.value().toString().startsWith(QLatin1String("From the terminal"))) << id;
    }
    EXPECT_GE(acknowledged.size(), 100);
}

// The crash loop, with the app as the one killed: the app types and saves, tandem-cli writes
// beside it, and the app dies at a random moment. After each kill the file is sound and every
// write either program acknowledged (for the app: what a reader saw saved) is there.
TEST(SideBySideTest, KillingTheAppMidWriteLosesNothingAcknowledged)
{
    const quint32 seed = QRandomGenerator::global()->generate();
    std::cout << "random seed " << seed << std::endl;
    QRandomGenerator random(seed);
    TempDataDir dir;
    const QString dataDir = dir.path();
    QHash<QString, QString> savedByApp; // title → the text a reader saw saved
    QSet<qint64> acknowledgedByCli;

    constexpr int Kills = 5;
    for (int round = 0; round < Kills; ++round) {
        SCOPED_TRACE(round);
        App app(dataDir);
        const QString title = QStringLiteral("Round %1").arg(round);
        app.send(QStringLiteral("focus journalTitle"));
        app.send(QStringLiteral("type ") + title);
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return QFileInfo::exists(core::DataLocation::databasePath(dataDir)); }, 30000));
        {
            Reader reader(dataDir);
            ASSERT_TRUE(QTest::qWaitFor([&] { return reader.text(title, QStringLiteral("title")).has_value(); }, 30000))
                << "the app never saved round " << round << ": " << qPrintable(app.errors());
        }
        app.send(QStringLiteral("focus journalSituation"));
        // Type and write from the terminal for a random while, then pull the plug mid-write.
        const int steps = 5 + int(random.bounded(20));
        for (int step = 0; step < steps; ++step) {
            app.send(QStringLiteral("type word%1 ").arg(step));
            const CliResult added
                = cli(dataDir, { QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"),
                                 QStringLiteral("Terminal %1.%2").arg(round).arg(step) });
            ASSERT_EQ(added.exitCode, 0) << qPrintable(added.err);
            acknowledgedByCli.insert(added.out.trimmed().toLongLong());
        }
        {
            Reader reader(dataDir);
            if (const auto seen = reader.text(title))
                savedByApp.insert(title, *seen);
        }
        QTest::qWait(int(random.bounded(400)));
        EXPECT_TRUE(deletedStoreFiles(app.pid()).isEmpty());
        app.kill();

        expectSound(dataDir);
        Reader after(dataDir);
        for (auto it = savedByApp.cbegin(); it != savedByApp.cend(); ++it) {
            const auto now = after.text(it.key());
            ASSERT_TRUE(now.has_value()) << qPrintable(it.key());
            EXPECT_TRUE(now->startsWith(it.value())) << qPrintable(it.key()) << ": saw " << qPrintable(it.value())
                                                     << ", now " << qPrintable(*now);
        }
        auto db = core::Database::open(dataDir);
        ASSERT_TRUE(db.ok()) << qPrintable(db.error());
        const auto count = db.value()->scalar(QStringLiteral("SELECT count(*) FROM journal_entries WHERE title LIKE "
                                                             "'Terminal %'"));
        ASSERT_TRUE(count.ok());
        EXPECT_EQ(count.value().toLongLong(), acknowledgedByCli.size());
    }
}

// The app once opened a backup copied over tandem.db with the old log still beside it, said
// nothing, exited 0, and on closing wrote the old log into the backup. It must refuse, and leave
// both files as they were.
TEST(SideBySideTest, TheAppRefusesALogThatIsNotTheFilesOwnAndChangesNeither)
{
    TempDataDir dir;
    const QString dataDir = dir.path();
    ASSERT_EQ(cli(dataDir, { QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"),
                             QStringLiteral("In the backup") })
                  .exitCode,
              0);
    const CliResult backup = cli(dataDir, { QStringLiteral("backup") });
    ASSERT_EQ(backup.exitCode, 0) << qPrintable(backup.err);
    const QString file = core::DataLocation::databasePath(dataDir);
    QByteArray staleLog;
    {
        auto db = core::Database::open(dataDir);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db.value()->run(QStringLiteral("PRAGMA wal_autocheckpoint = 0")).ok());
        ASSERT_TRUE(db.value()->run(QStringLiteral("UPDATE journal_entries SET title = 'Changed later'")).ok());
        QFile log(file + QStringLiteral("-wal"));
        ASSERT_TRUE(log.open(QIODevice::ReadOnly));
        staleLog = log.readAll(); // as a crash would leave it
    }
    ASSERT_FALSE(staleLog.isEmpty());
    const auto put = [](const QString &path, const QByteArray &bytes) {
        QFile out(path);
        return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(bytes) == bytes.size();
    };
    QFile copied(backup.out.trimmed());
    ASSERT_TRUE(copied.open(QIODevice::ReadOnly));
    const QByteArray backupBytes = copied.readAll();
    ASSERT_TRUE(put(file, backupBytes));
    ASSERT_TRUE(put(file + QStringLiteral("-wal"), staleLog));

    QProcess app;
    QProcessEnvironment env = environment();
    env.remove(QStringLiteral("TANDEM_TEST_KEYS_ON_STDIN"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(TANDEM_APP_PATH), { QStringLiteral("--data-dir"), dataDir, QStringLiteral("--quit-when-ready") });
    ASSERT_TRUE(app.waitForFinished(30000));
    EXPECT_EQ(app.exitCode(), 1);
    EXPECT_TRUE(QString::fromUtf8(app.readAllStandardError()).contains(QLatin1String("does not belong to it")));
    QFile after(file);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), backupBytes);
    QFile afterLog(file + QStringLiteral("-wal"));
    ASSERT_TRUE(afterLog.open(QIODevice::ReadOnly));
    EXPECT_EQ(afterLog.readAll(), staleLog);
}
