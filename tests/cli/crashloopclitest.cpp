// Pulling the plug: tandem-cli is killed with SIGKILL at random moments while it writes journal
// entries and while it makes backups. After every kill, each entry it reported as written is
// there, the file passes SQLite's integrity check and the search index matches the entries, and
// no backup name holds a half-written file.
#include "qtprinters.h"
#include "backupservice.h"
#include "clock.h"
#include "tempdatadir.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <iostream>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

namespace {

// Enough kills to hit every phase of a run many times (about 30 in 6 s on the development machine),
// within a bounded time: under sanitizers each run is several times slower, and fewer kills fit.
constexpr int WantedWriteKills = 24;
constexpr int WantedBackupKills = 8;
constexpr qint64 WriteBudgetMs = 8000;
constexpr qint64 TotalBudgetMs = 12000;

class CrashLoopCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const quint32 seed = QRandomGenerator::global()->generate();
        RecordProperty("seed", static_cast<int>(seed & 0x7fffffff));
        m_random.seed(seed);
        std::cout << "random seed " << seed << std::endl;
    }

    void start(QProcess &process, const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TANDEM_DATA_DIR"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.root());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TANDEM_CLI_PATH),
                      QStringList { QStringLiteral("--data-dir"), home.path() } + args);
        ASSERT_TRUE(process.waitForStarted(10000)) << qPrintable(process.errorString());
        process.closeWriteChannel();
    }

    // Runs to the end; gives how long it took.
    qint64 runToEnd(const QStringList &args)
    {
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        start(process, args);
        EXPECT_TRUE(process.waitForFinished(60000));
        EXPECT_EQ(process.exitCode(), 0) << qPrintable(QString::fromUtf8(process.readAllStandardError()));
        return timer.elapsed();
    }

    // Runs and kills it after `delayMs` unless it has finished by then. True when it was killed
    // before it finished; `finishedOk` says whether it finished with exit status 0.
    bool runAndKill(const QStringList &args, int delayMs, bool &finishedOk, QString &out)
    {
        QProcess process;
        start(process, args);
        bool killed = false;
        if (!process.waitForFinished(delayMs)) {
            process.kill(); // SIGKILL: no handler, no cleanup, as when the power goes
            EXPECT_TRUE(process.waitForFinished(10000));
            killed = process.exitStatus() == QProcess::CrashExit;
        }
        finishedOk = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        out = QString::fromUtf8(process.readAllStandardOutput());
        return killed;
    }

    // The delay before a kill: spread over the whole run, but mostly over its second part, where
    // the database is written (the first part is the program starting).
    int killDelay(qint64 typicalMs)
    {
        const double fraction = 0.2 + 0.9 * m_random.generateDouble();
        return std::max(1, static_cast<int>(fraction * static_cast<double>(typicalMs)));
    }

    // What a user would rely on after the crash: the file is sound and holds what was reported.
    // Gives the crash titles present.
    QSet<QString> expectSound(const QSet<QString> &reportedDone, const char *when)
    {
        QSet<QString> present;
        checkSound(reportedDone, when, present);
        return present;
    }

    void checkSound(const QSet<QString> &reportedDone, const char *when, QSet<QString> &present)
    {
        SCOPED_TRACE(when);
        const QString name = QStringLiteral("crash-check");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(home.path() + QStringLiteral("/tandem.db"));
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
            ASSERT_TRUE(db.open()) << qPrintable(db.lastError().text());
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA integrity_check"))) << qPrintable(q.lastError().text());
            ASSERT_TRUE(q.next());
            EXPECT_EQ(q.value(0).toString(), QStringLiteral("ok"));
            q.finish();
            EXPECT_TRUE(
                q.exec(QStringLiteral("INSERT INTO journal_fts (journal_fts, rank) VALUES ('integrity-check', 1)")))
                << "the search index does not match the entries: " << qPrintable(q.lastError().text());
            ASSERT_TRUE(q.exec(QStringLiteral("SELECT title FROM journal_entries WHERE title LIKE 'crash %'")));
            while (q.next())
                present.insert(q.value(0).toString());
            q.finish();
            for (const QString &title : reportedDone)
                EXPECT_TRUE(present.contains(title)) << "reported written but missing: " << qPrintable(title);
            // A search finds them through the index too.
            ASSERT_TRUE(
                q.exec(QStringLiteral("SELECT count(*) FROM journal_fts WHERE journal_fts MATCH 'title : crash'")));
            ASSERT_TRUE(q.next());
            EXPECT_EQ(q.value(0).toInt(), present.size());
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    TempDataDir home;
    QRandomGenerator m_random;
};

} // namespace

TEST_F(CrashLoopCliTest, KilledWritersAndBackupsLoseNothingReportedAndLeaveNoHalfFiles)
{
    QElapsedTimer budget;
    budget.start();
    // Some history first, so that a backup has enough to copy to be caught half-way.
    ASSERT_GT(
        runToEnd({ QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("1"), QStringLiteral("--seed"),
                   QStringLiteral("2"), QStringLiteral("--until"), QStringLiteral("2026-11-30") }),
        0);
    // A longer body makes the write, and the index update, a larger part of the run.
    const QStringList body { QStringLiteral("--body"), QStringLiteral("crash test words ").repeated(200) };
    const QStringList add { QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title") };
    qint64 addMs = runToEnd(add + QStringList { QStringLiteral("warm-up") } + body);
    budget.restart();

    QSet<QString> done;
    int writeKills = 0;
    int killedBefore = 0;
    int killedAfterCommit = 0;
    int runs = 0;
    while (writeKills < WantedWriteKills && budget.elapsed() < WriteBudgetMs) {
        const QString title = QStringLiteral("crash %1").arg(++runs);
        bool finishedOk = false;
        QString out;
        // Every fourth run goes to the end: writes that are reported done, and a fresh measure of
        // how long a run takes on this machine now (it varies with the load).
        const bool spared = runs % 4 == 0;
        QElapsedTimer timer;
        timer.start();
        const bool killed
            = runAndKill(add + QStringList { title } + body, spared ? 60000 : killDelay(addMs), finishedOk, out);
        if (spared && finishedOk)
            addMs = timer.elapsed();
        writeKills += killed ? 1 : 0;
        // "Done" means what the user saw: the command printed the new entry's id and exited 0.
        if (finishedOk && out.trimmed().toLongLong() > 0)
            done.insert(title);
        const QSet<QString> present = expectSound(done, "after a journal add");
        if (HasFatalFailure())
            return;
        if (killed)
            ++(present.contains(title) ? killedAfterCommit : killedBefore);
    }
    std::cout << runs << " writes, " << writeKills << " killed (" << killedBefore << " before the commit, "
              << killedAfterCommit << " after it), " << done.size() << " reported done" << std::endl;
    EXPECT_GE(writeKills, 5) << "too few kills to prove anything";
    EXPECT_FALSE(done.isEmpty()) << "no write ever finished";

    const qint64 backupMs = runToEnd({ QStringLiteral("backup") });
    const SystemClock clock;
    const BackupService backups(home.path(), clock);
    int backupKills = 0;
    int caughtMidCopy = 0; // runs after which a temporary file was there: killed while copying
    for (int i = 0; i < WantedBackupKills * 3 && backupKills < WantedBackupKills && budget.elapsed() < TotalBudgetMs;
         ++i) {
        bool finishedOk = false;
        QString out;
        backupKills += runAndKill({ QStringLiteral("backup") }, killDelay(backupMs), finishedOk, out) ? 1 : 0;
        if (!QDir(backups.backupDir()).entryList({ QStringLiteral("partial-*") }, QDir::Files).isEmpty())
            ++caughtMidCopy;
        // Every file under a backup's name is whole and checked; temporary files may be left.
        const auto listed = backups.list();
        ASSERT_TRUE(listed.ok()) << qPrintable(listed.error());
        for (const BackupInfo &backup : listed.value()) {
            const auto preview = backups.preview(backup.path);
            EXPECT_TRUE(preview.ok()) << "half a backup under a final name: " << qPrintable(preview.error());
        }
        expectSound(done, "after a backup");
    }
    std::cout << backupKills << " backups killed, " << caughtMidCopy << " of the checks found a copy cut short"
              << std::endl;
    EXPECT_GE(backupKills, 2);

    // The next backup that runs to the end clears what the killed ones left behind.
    runToEnd({ QStringLiteral("backup") });
    const QStringList leftovers
        = QDir(backups.backupDir()).entryList({ QStringLiteral("partial-*") }, QDir::Files | QDir::Hidden);
    EXPECT_TRUE(leftovers.isEmpty()) << qPrintable(leftovers.join(QStringLiteral(", ")));
}
