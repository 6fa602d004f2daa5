// The store from the terminal, as issue 13 found it failing: a read-only data folder is said to be
// read-only (not damaged) and still reads; a log left beside a backup copied over the database by
// hand is refused with both files kept byte for byte; errors speak plainly, and --verbose adds
// SQLite's own words.
#include "qtprinters.h"
#include "database.h"
#include "datalocation.h"
#include "journalrepository.h"
#include "tempdatadir.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace tandem::core;
using tandem::test::fileHash;
using tandem::test::readAll;
using tandem::test::writeFile;

namespace {

constexpr uid_t Nobody = 65534;

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

#define EXPECT_EXIT_CODE(run, code)                                                                                    \
    EXPECT_EQ((run).exitCode, code) << "stdout: " << qPrintable((run).out) << "\nstderr: " << qPrintable((run).err)

// Runs tandem-cli; asNobody runs it as an unprivileged user (root may write anywhere, so a
// read-only folder is read-only only for somebody else).
CliResult runCli(const QString &dataDir, const QString &home, const QStringList &args, bool asNobody = false)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TANDEM_DATA_DIR"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home);
    env.insert(QStringLiteral("HOME"), home);
    QProcess process;
    process.setProcessEnvironment(env);
    const QStringList cliArgs = QStringList { QStringLiteral("--data-dir"), dataDir } + args;
    if (asNobody)
        process.start(QStringLiteral("setpriv"),
                      QStringList { QStringLiteral("--reuid=%1").arg(Nobody), QStringLiteral("--regid=%1").arg(Nobody),
                                    QStringLiteral("--clear-groups"), QStringLiteral("--"),
                                    QStringLiteral(TANDEM_CLI_PATH) }
                          + cliArgs);
    else
        process.start(QStringLiteral(TANDEM_CLI_PATH), cliArgs);
    CliResult result;
    EXPECT_TRUE(process.waitForStarted(10000)) << qPrintable(process.errorString());
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(60000)) << "tandem-cli did not finish";
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void setOwnerAndMode(const QString &path, mode_t mode, bool toNobody)
{
    const QByteArray name = QFile::encodeName(path);
    if (toNobody) {
        ASSERT_EQ(::chown(name.constData(), Nobody, Nobody), 0) << qPrintable(path);
    }
    ASSERT_EQ(::chmod(name.constData(), mode), 0) << qPrintable(path);
}

class StoreSafetyCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_root.isValid());
        // Reachable by an unprivileged user, for the read-only test.
        ASSERT_EQ(::chmod(QFile::encodeName(m_root.path()).constData(), 0755), 0);
    }

    CliResult run(const QStringList &args, bool asNobody = false)
    {
        return runCli(dataDir(), m_root.path(), args, asNobody);
    }

    qint64 add(const QString &title)
    {
        const CliResult r = run({ QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"), title });
        EXPECT_EXIT_CODE(r, 0);
        return r.out.trimmed().toLongLong();
    }

    QString dataDir() const { return m_root.filePath(QStringLiteral("data")); }
    QString file() const { return DataLocation::databasePath(dataDir()); }

    QTemporaryDir m_root;
};

} // namespace

// Every command used to say "not a Tandem database, or it is damaged" and offer a restore over a
// healthy file.
TEST_F(StoreSafetyCliTest, AReadOnlyStoreStillReadsAndRefusesChangesWithTheTruth)
{
    add(QStringLiteral("Written before the folder became read-only"));
    add(QStringLiteral("Second entry"));
    EXPECT_EXIT_CODE(run({ QStringLiteral("backup") }), 0);
    const bool root = ::geteuid() == 0;
    for (const QString &path : QDir(dataDir()).entryList(QDir::Files))
        setOwnerAndMode(QDir(dataDir()).filePath(path), 0400, root);
    setOwnerAndMode(dataDir() + QStringLiteral("/backups"), 0500, root);
    setOwnerAndMode(dataDir(), 0500, root);
    const QByteArray before = fileHash(file());
    const QString out = m_root.filePath(QStringLiteral("out"));
    ASSERT_TRUE(QDir().mkpath(out));
    setOwnerAndMode(out, 0777, false);

    const CliResult listed = run({ QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json") }, root);
    EXPECT_EXIT_CODE(listed, 0);
    EXPECT_EQ(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 2) << qPrintable(listed.out);
    const CliResult shown = run({ QStringLiteral("journal"), QStringLiteral("search"), QStringLiteral("second") }, root);
    EXPECT_EXIT_CODE(shown, 0);
    EXPECT_TRUE(shown.out.contains(QLatin1String("Second entry"))) << qPrintable(shown.out);
    const CliResult checked = run({ QStringLiteral("check") }, root);
    EXPECT_EXIT_CODE(checked, 0);
    EXPECT_TRUE(checked.out.startsWith(QLatin1String("ok: 0 assessments, 2 journal entries"))) << qPrintable(checked.out);
    EXPECT_EXIT_CODE(run({ QStringLiteral("history") }, root), 0);
    EXPECT_EXIT_CODE(run({ QStringLiteral("due") }, root), 0);
    const QString exported = out + QStringLiteral("/all.json");
    EXPECT_EXIT_CODE(run({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                           QStringLiteral("--output"), exported },
                         root),
                     0);
    EXPECT_TRUE(readAll(exported).contains("Second entry"));

    const CliResult added = run(
        { QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Refused") }, root);
    EXPECT_EXIT_CODE(added, 1);
    EXPECT_TRUE(added.err.contains(QLatin1String("cannot change its data"))) << qPrintable(added.err);
    EXPECT_TRUE(added.err.contains(QLatin1String("still work"))) << qPrintable(added.err);
    EXPECT_FALSE(added.err.contains(QLatin1String("damaged"))) << qPrintable(added.err);
    EXPECT_FALSE(added.err.contains(QLatin1String("Restore"))) << qPrintable(added.err);

    EXPECT_EQ(fileHash(file()), before);
    EXPECT_FALSE(QFileInfo::exists(file() + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(file() + QStringLiteral("-shm")));
    setOwnerAndMode(dataDir(), 0700, false); // so that the temporary folder can be removed
    setOwnerAndMode(dataDir() + QStringLiteral("/backups"), 0700, false);
}

// A backup copied over tandem.db by hand while the old -wal stayed: SQLite would apply the old log
// to the backup. Both files must stay exactly as they were, and the message must say why.
TEST_F(StoreSafetyCliTest, AStaleLogBesideABackupCopiedOverTheStoreIsRefusedAndKept)
{
    add(QStringLiteral("In the backup"));
    const CliResult backup = run({ QStringLiteral("backup") });
    EXPECT_EXIT_CODE(backup, 0);
    const QString backupPath = backup.out.trimmed();

    QByteArray staleLog;
    {
        auto db = Database::open(dataDir());
        ASSERT_TRUE(db.ok()) << qPrintable(db.error());
        ASSERT_TRUE(db.value()->run(QStringLiteral("PRAGMA wal_autocheckpoint = 0")).ok());
        JournalEntry later;
        later.title = QStringLiteral("Only in the log");
        later.occurredAt = later.createdAt = later.updatedAt = QDateTime::currentDateTimeUtc();
        ASSERT_TRUE(JournalRepository(*db.value()).add(later).ok());
        staleLog = readAll(file() + QStringLiteral("-wal")); // as a crash would leave it
    }
    ASSERT_FALSE(staleLog.isEmpty());
    writeFile(file(), readAll(backupPath));
    writeFile(file() + QStringLiteral("-wal"), staleLog);
    const QByteArray fileBefore = fileHash(file());
    const QByteArray logBefore = fileHash(file() + QStringLiteral("-wal"));

    for (const QStringList &command :
         { QStringList { QStringLiteral("journal"), QStringLiteral("list") },
           QStringList { QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("x") },
           QStringList { QStringLiteral("check") } }) {
        SCOPED_TRACE(command.join(QLatin1Char(' ')).toStdString());
        const CliResult r = run(command);
        EXPECT_EXIT_CODE(r, 1);
        EXPECT_TRUE(r.err.contains(QLatin1String("does not belong to it"))) << qPrintable(r.err);
        EXPECT_EQ(fileHash(file()), fileBefore);
        EXPECT_EQ(fileHash(file() + QStringLiteral("-wal")), logBefore);
    }
}

// "no such table: journal_entries Unable to execute statement" was what the user read.
TEST_F(StoreSafetyCliTest, MessagesArePlainAndVerboseAddsSqlitesWords)
{
    add(QStringLiteral("An entry"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("drop"));
        raw.setDatabaseName(file());
        ASSERT_TRUE(raw.open());
        QSqlQuery query(raw);
        ASSERT_TRUE(query.exec(QStringLiteral("DROP TABLE journal_links"))) << qPrintable(query.lastError().text());
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("drop"));

    const CliResult plain = run({ QStringLiteral("journal"), QStringLiteral("list") });
    EXPECT_EXIT_CODE(plain, 1);
    EXPECT_TRUE(plain.err.contains(QLatin1String("is damaged"))) << qPrintable(plain.err);
    for (const char *internal : { "no such table", "Unable to execute", "journal_links", "details:" })
        EXPECT_FALSE(plain.err.contains(QLatin1String(internal))) << internal << ": " << qPrintable(plain.err);

    const CliResult verbose = run({ QStringLiteral("--verbose"), QStringLiteral("journal"), QStringLiteral("list") });
    EXPECT_EXIT_CODE(verbose, 1);
    EXPECT_TRUE(verbose.err.contains(QLatin1String("details: "))) << qPrintable(verbose.err);
    EXPECT_TRUE(verbose.err.contains(QLatin1String("journal_links"))) << qPrintable(verbose.err);
}
