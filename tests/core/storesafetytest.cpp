// The store beside other programs (issue 13): this process never drops SQLite's locks on a file it
// holds open, a refused file and its log stay byte for byte as they were, a log that is not the
// file's own is refused, a missing table is damage, and errors speak plainly with the technical
// words kept as details. Files written from the user's data are private.
#include "qtprinters.h"
#include "backupservice.h"
#include "clock.h"
#include "database.h"
#include "databasecheck.h"
#include "datalocation.h"
#include "inputreader.h"
#include "journalrepository.h"
#include "privatefile.h"
#include "sqliteheader.h"
#include "tempdatadir.h"
#include "testfiles.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

using namespace tandem::core;
using tandem::test::fileHash;
using tandem::test::modeBits;
using tandem::test::readAll;
using tandem::test::TempDataDir;
using tandem::test::writeFile;

namespace {

QString dbPath(const QString &dataDir)
{
    return DataLocation::databasePath(dataDir);
}

// Whether this process holds a POSIX (fcntl) lock on the file, as the kernel lists them in
// /proc/locks: "1: POSIX  ADVISORY  READ 4711 08:01:123456 1073741826 1073741826".
bool holdsLockOn(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    const QByteArray pid = QByteArray::number(::getpid());
    const QByteArray inode = ':' + QByteArray::number(quint64(info.st_ino));
    for (const QByteArray &line : readAll(QStringLiteral("/proc/locks")).split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 6 && fields.at(1) == "POSIX" && fields.at(4) == pid && fields.at(5).endsWith(inode))
            return true;
    }
    return false;
}

JournalEntry entry(const QString &title, int bodyRepeat = 20)
{
    JournalEntry e;
    e.title = title;
    e.body = QStringLiteral("%1 went well enough to write down. ").arg(title).repeated(bodyRepeat);
    e.occurredAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    e.createdAt = e.occurredAt;
    e.updatedAt = e.occurredAt;
    return e;
}

void addEntries(const Database &db, const QString &prefix, int count)
{
    Transaction transaction(db);
    const JournalRepository journal(db);
    for (int i = 0; i < count; ++i)
        ASSERT_TRUE(journal.add(entry(QStringLiteral("%1 %2").arg(prefix).arg(i))).ok());
    ASSERT_TRUE(transaction.commit().ok());
}

// The bytes of a store as a crash would leave them: the file and its log, copied while open.
struct Snapshot
{
    QByteArray file;
    QByteArray log;
};

Snapshot snapshotWhileOpen(const QString &dataDir)
{
    return { readAll(dbPath(dataDir)), readAll(dbPath(dataDir) + QStringLiteral("-wal")) };
}

void runRaw(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("raw-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open()) << qPrintable(db.lastError().text());
        QSqlQuery query(db);
        for (const QString &statement : statements)
            ASSERT_TRUE(query.exec(statement)) << qPrintable(statement) << ": " << qPrintable(query.lastError().text());
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

// The app's background check opens a second connection beside the window's. Reading the file's
// header with a descriptor of its own, then closing it, dropped every lock the process held, and
// tandem-cli beside the app then deleted the app's log.
TEST(StoreSafetyTest, ASecondConnectionAndItsWorkLeaveTheFirstOnesLocksInPlace)
{
    TempDataDir dir;
    auto first = Database::open(dir.path());
    ASSERT_TRUE(first.ok()) << qPrintable(first.error());
    addEntries(*first.value(), QStringLiteral("First"), 3);
    const QString file = dbPath(dir.path());
    ASSERT_TRUE(holdsLockOn(file)) << "a WAL connection holds a read lock on the file all the time";
    EXPECT_TRUE(Database::isOpenHere(file));

    {
        auto second = Database::open(dir.path());
        ASSERT_TRUE(second.ok()) << qPrintable(second.error());
        EXPECT_TRUE(holdsLockOn(file)) << "opening a second connection dropped the first one's lock";
        EXPECT_TRUE(DatabaseCheck::quick(*second.value()).ok());
        const SystemClock clock;
        EXPECT_TRUE(BackupService(dir.path(), clock).create(*second.value(), BackupInfo::Kind::Manual).ok());
        EXPECT_TRUE(holdsLockOn(file)) << "the check or the backup dropped the lock";
    }
    EXPECT_FALSE(SqliteHeader::read(file).has_value()) << "the header of an open file is not read from outside SQLite";
    EXPECT_TRUE(holdsLockOn(file));
    // Choosing the store itself (or its log) to import, in the app: refused, unread.
    for (const QString &own : QStringList { file, file + QStringLiteral("-wal") }) {
        const auto read = InputReader::readFile(own, 1024 * 1024);
        EXPECT_FALSE(read.ok()) << qPrintable(own);
        EXPECT_TRUE(holdsLockOn(file)) << "reading " << qPrintable(own) << " dropped the lock";
    }
    const SystemClock clock;
    EXPECT_FALSE(BackupService(dir.path(), clock).restore(file + QStringLiteral("-wal")).ok());
    EXPECT_TRUE(holdsLockOn(file));
    first = Error { QStringLiteral("closed") };
    EXPECT_FALSE(Database::isOpenHere(file));
}

// A backup copied over the database by hand, with the old log still beside it: SQLite would apply
// that log to the backup. It is refused before SQLite sees it, and neither file changes.
TEST(StoreSafetyTest, ALogLeftBesideABackupCopiedOverTheFileIsRefusedAndBothStayAsTheyWere)
{
    TempDataDir source;
    QString backupPath;
    Snapshot crashed;
    {
        auto db = Database::open(source.path());
        ASSERT_TRUE(db.ok());
        addEntries(*db.value(), QStringLiteral("Before"), 50);
        const SystemClock clock;
        const auto backup = BackupService(source.path(), clock).create(*db.value(), BackupInfo::Kind::Manual);
        ASSERT_TRUE(backup.ok()) << qPrintable(backup.error());
        backupPath = backup->path;
        ASSERT_TRUE(db.value()->run(QStringLiteral("PRAGMA wal_autocheckpoint = 0")).ok());
        addEntries(*db.value(), QStringLiteral("After"), 50);
        crashed = snapshotWhileOpen(source.path());
    }
    ASSERT_GT(crashed.log.size(), 0);

    TempDataDir target;
    ASSERT_TRUE(QDir().mkpath(target.path()));
    const QString file = dbPath(target.path());
    writeFile(file, readAll(backupPath));
    writeFile(file + QStringLiteral("-wal"), crashed.log);
    const QByteArray fileBefore = fileHash(file);
    const QByteArray logBefore = fileHash(file + QStringLiteral("-wal"));

    for (const bool quickCheck : { false, true }) {
        const auto opened = Database::open(target.path(), { .quickCheck = quickCheck });
        ASSERT_FALSE(opened.ok());
        EXPECT_EQ(opened.failure().kind, Error::Kind::Unusable);
        EXPECT_TRUE(opened.error().contains(QLatin1String("does not belong to it"))) << qPrintable(opened.error());
        EXPECT_EQ(fileHash(file), fileBefore);
        EXPECT_EQ(fileHash(file + QStringLiteral("-wal")), logBefore);
        EXPECT_FALSE(QFileInfo::exists(file + QStringLiteral("-shm")));
    }
}

// Another store's log beside a file in WAL mode: the recovered file fails the check, and closing
// the refused connection must not checkpoint that log into the file (it did: the file then failed
// integrity_check, and the log was gone).
TEST(StoreSafetyTest, AnotherStoresLogIsRefusedWithoutBeingCheckpointedIntoTheFile)
{
    // One common start, two different histories.
    TempDataDir common;
    {
        auto db = Database::open(common.path());
        ASSERT_TRUE(db.ok());
        addEntries(*db.value(), QStringLiteral("Common"), 300);
    }
    const QByteArray start = readAll(dbPath(common.path()));

    TempDataDir a;
    ASSERT_TRUE(QDir().mkpath(a.path()));
    writeFile(dbPath(a.path()), start);
    Snapshot crashedA;
    {
        auto db = Database::open(a.path());
        ASSERT_TRUE(db.ok()) << qPrintable(db.error());
        ASSERT_TRUE(db.value()->run(QStringLiteral("PRAGMA wal_autocheckpoint = 0")).ok());
        ASSERT_TRUE(db.value()->run(QStringLiteral("DELETE FROM journal_entries WHERE id % 3 = 0")).ok());
        addEntries(*db.value(), QStringLiteral("Only in A"), 100);
        crashedA = snapshotWhileOpen(a.path());
    }
    TempDataDir b;
    ASSERT_TRUE(QDir().mkpath(b.path()));
    writeFile(dbPath(b.path()), start);
    {
        auto db = Database::open(b.path());
        ASSERT_TRUE(db.ok());
        addEntries(*db.value(), QStringLiteral("Only in B, much longer"), 400);
        // Every page moves: what A's log says of a page no longer fits what B keeps there.
        ASSERT_TRUE(db.value()->run(QStringLiteral("VACUUM")).ok());
    }
    ASSERT_FALSE(QFileInfo::exists(dbPath(b.path()) + QStringLiteral("-wal"))) << "B was closed cleanly";

    const QString file = dbPath(b.path());
    writeFile(file + QStringLiteral("-wal"), crashedA.log);
    const QByteArray fileBefore = fileHash(file);
    const QByteArray logBefore = fileHash(file + QStringLiteral("-wal"));

    const auto opened = Database::open(b.path());
    ASSERT_FALSE(opened.ok()) << "the mixture of B's file and A's log passed the check";
    EXPECT_EQ(opened.failure().kind, Error::Kind::Unusable);
    EXPECT_TRUE(opened.error().contains(QLatin1String("was not changed"))) << qPrintable(opened.error());
    EXPECT_FALSE(opened.error().contains(QLatin1String("page"))) << "SQLite's words belong in the details";
    EXPECT_FALSE(opened.errorDetails().isEmpty());
    EXPECT_EQ(fileHash(file), fileBefore) << "the refused file was changed";
    EXPECT_EQ(fileHash(file + QStringLiteral("-wal")), logBefore) << "the refused log was changed";
}

// SQLite deletes a log that has no database beside it; Tandem refuses instead.
TEST(StoreSafetyTest, ALogWithoutItsFileIsKept)
{
    TempDataDir source;
    Snapshot crashed;
    {
        auto db = Database::open(source.path());
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(db.value()->run(QStringLiteral("PRAGMA wal_autocheckpoint = 0")).ok());
        addEntries(*db.value(), QStringLiteral("Only in the log"), 20);
        crashed = snapshotWhileOpen(source.path());
    }
    for (const bool emptyFile : { false, true }) {
        TempDataDir target;
        ASSERT_TRUE(QDir().mkpath(target.path()));
        const QString file = dbPath(target.path());
        writeFile(file + QStringLiteral("-wal"), crashed.log);
        if (emptyFile)
            writeFile(file, {});
        const auto opened = Database::open(target.path());
        ASSERT_FALSE(opened.ok());
        EXPECT_TRUE(opened.error().contains(QLatin1String("holds data"))) << qPrintable(opened.error());
        EXPECT_EQ(readAll(file + QStringLiteral("-wal")), crashed.log);
        EXPECT_EQ(QFileInfo::exists(file), emptyFile);
    }
}

// With a table gone, the app used to show its first-run welcome over the user's data.
TEST(StoreSafetyTest, AMissingTableIsDamageNotAnEmptyStore)
{
    TempDataDir dir;
    {
        auto db = Database::open(dir.path());
        ASSERT_TRUE(db.ok());
        addEntries(*db.value(), QStringLiteral("Kept"), 2);
    }
    const QString file = dbPath(dir.path());
    runRaw(file, { QStringLiteral("DROP TABLE assessments") });
    const QByteArray before = fileHash(file);

    const auto opened = Database::open(dir.path());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.failure().kind, Error::Kind::Unusable);
    EXPECT_TRUE(opened.error().contains(QLatin1String("is damaged"))) << qPrintable(opened.error());
    EXPECT_FALSE(opened.error().contains(QLatin1String("table"))) << qPrintable(opened.error());
    EXPECT_TRUE(opened.errorDetails().contains(QLatin1String("assessments"))) << qPrintable(opened.errorDetails());
    EXPECT_EQ(fileHash(file), before);
    EXPECT_FALSE(QFileInfo::exists(file + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(file + QStringLiteral("-shm")));
}

TEST(StoreSafetyTest, AFailedStatementSpeaksPlainlyAndKeepsSqlitesWordsAsDetails)
{
    TempDataDir dir;
    auto db = Database::open(dir.path());
    ASSERT_TRUE(db.ok());
    const auto failed = db.value()->run(QStringLiteral("SELECT * FROM no_such_thing"));
    ASSERT_FALSE(failed.ok());
    EXPECT_FALSE(failed.error().contains(QLatin1String("no_such_thing"))) << qPrintable(failed.error());
    EXPECT_TRUE(failed.errorDetails().contains(QLatin1String("no such table"))) << qPrintable(failed.errorDetails());
}

TEST(StoreSafetyTest, PrivateFilesAreOwnerOnlyWholeAndNeverTheStoreItself)
{
    TempDataDir dir;
    ASSERT_TRUE(QDir().mkpath(dir.path()));
    const QString path = dir.path() + QStringLiteral("/report.txt");
    writeFile(path, QByteArray("an older file, world-readable"));
    ASSERT_EQ(::chmod(QFile::encodeName(path).constData(), 0644), 0);
    ASSERT_TRUE(PrivateFile::write(path, QByteArray("new")).ok());
    EXPECT_EQ(readAll(path), QByteArray("new"));
    EXPECT_EQ(modeBits(path), 0600);

    {
        PrivateFile abandoned(path);
        ASSERT_TRUE(abandoned.open().ok());
        abandoned.device().write("half of it");
        abandoned.cancel();
    }
    EXPECT_EQ(readAll(path), QByteArray("new")) << "a cancelled write leaves the earlier file";
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1) << "no temporary file left";

    auto db = Database::open(dir.path());
    ASSERT_TRUE(db.ok());
    const QByteArray store = fileHash(db.value()->filePath());
    for (const QString &own : QStringList { db.value()->filePath(), db.value()->filePath() + QStringLiteral("-wal") }) {
        const Status refused = PrivateFile::write(own, QByteArray("over the data"));
        EXPECT_FALSE(refused.ok()) << qPrintable(own);
        EXPECT_TRUE(refused.error().contains(QLatin1String("Tandem's own data files"))) << qPrintable(refused.error());
    }
    EXPECT_EQ(fileHash(db.value()->filePath()), store);
}
