// Opening costs the same at any size (issue 17): tandem-cli asks for the whole-file check on every
// open, and it runs only when the database or its log changed since they last passed it. A file
// damaged after its last check is still refused, byte for byte as it was.
#include "checkstamp.h"

#include "database.h"
#include "datalocation.h"
#include "journalrepository.h"
#include "qtprinters.h"
#include "tempdatadir.h"
#include "testfiles.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <sys/stat.h>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::fileHash;
using tandem::test::readAll;
using tandem::test::TempDataDir;
using tandem::test::writeFile;

namespace {

constexpr Database::Options Checked { .quickCheck = true };

QString dbPath(const QString &dataDir)
{
    return DataLocation::databasePath(dataDir);
}

// A state is recorded only once its newest change is older than the file-system clock's tick
// (CheckStamp::State::racy); the tests wait that long before the open that should record it.
void outlastTheClockTick()
{
    QThread::msleep(250);
}

// A store with entries enough for journal_entries to span pages; returns the table's root page.
qint64 makeStore(const QString &dataDir)
{
    auto db = Database::open(dataDir);
    EXPECT_TRUE(db.ok()) << qPrintable(db.error());
    if (!db)
        return 0;
    {
        Transaction transaction(*db.value());
        const JournalRepository journal(*db.value());
        for (int i = 0; i < 60; ++i) {
            JournalEntry e;
            e.title = QStringLiteral("Entry %1").arg(i);
            e.body = QStringLiteral("Something worth writing down. ").repeated(40);
            e.occurredAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
            e.createdAt = e.occurredAt;
            e.updatedAt = e.occurredAt;
            EXPECT_TRUE(journal.add(e).ok());
        }
        EXPECT_TRUE(transaction.commit().ok());
    }
    const auto root
        = db.value()->scalar(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'journal_entries'"));
    EXPECT_TRUE(root.ok());
    return root ? root.value().toLongLong() : 0;
}

bool openRanTheCheck(const QString &dataDir)
{
    auto db = Database::open(dataDir, Checked);
    EXPECT_TRUE(db.ok()) << qPrintable(db.error());
    return db && db.value()->wholeFileChecked();
}

} // namespace

TEST(CheckStampTest, AnUnchangedFileIsCheckedOnceNotOnEveryOpen)
{
    TempDataDir home;
    makeStore(home.path());
    outlastTheClockTick();
    EXPECT_TRUE(openRanTheCheck(home.path()));
    EXPECT_TRUE(QFileInfo::exists(CheckStamp::path(home.path())));
    EXPECT_FALSE(openRanTheCheck(home.path()));
    EXPECT_FALSE(openRanTheCheck(home.path()));
    // Only tandem-cli asks; the app's own open never checks a file in WAL mode (it checks later).
    auto plain = Database::open(home.path());
    ASSERT_TRUE(plain.ok());
    EXPECT_FALSE(plain.value()->wholeFileChecked());
}

TEST(CheckStampTest, AnyWriteOrChangeOfTheFileMeansTheCheckRunsAgain)
{
    TempDataDir home;
    makeStore(home.path());
    outlastTheClockTick();
    EXPECT_TRUE(openRanTheCheck(home.path()));
    EXPECT_FALSE(openRanTheCheck(home.path()));

    // A write through Tandem (the checkpoint at close changes the file).
    {
        auto db = Database::open(home.path());
        ASSERT_TRUE(db.ok());
        JournalEntry e;
        e.title = QStringLiteral("One more");
        e.occurredAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
        e.createdAt = e.occurredAt;
        e.updatedAt = e.occurredAt;
        ASSERT_TRUE(JournalRepository(*db.value()).add(e).ok());
    }
    outlastTheClockTick();
    EXPECT_TRUE(openRanTheCheck(home.path()));
    EXPECT_FALSE(openRanTheCheck(home.path()));

    // Only the metadata: a chmod changes the change time, and that is enough.
    ASSERT_EQ(::chmod(QFile::encodeName(dbPath(home.path())).constData(), 0600), 0);
    outlastTheClockTick();
    EXPECT_TRUE(openRanTheCheck(home.path()));
    EXPECT_FALSE(openRanTheCheck(home.path()));

    // The same bytes put in place under another inode (a copy moved over it, a restore).
    const QByteArray bytes = readAll(dbPath(home.path()));
    ASSERT_TRUE(QFile::remove(dbPath(home.path())));
    writeFile(dbPath(home.path()), bytes);
    outlastTheClockTick();
    EXPECT_TRUE(openRanTheCheck(home.path()));
}

TEST(CheckStampTest, AFileDamagedAfterItsLastCheckIsRefusedAndLeftAsItWas)
{
    TempDataDir home;
    const qint64 root = makeStore(home.path());
    ASSERT_GT(root, 1);
    outlastTheClockTick();
    EXPECT_TRUE(openRanTheCheck(home.path()));
    EXPECT_FALSE(openRanTheCheck(home.path()));

    // Same size, one page of the journal overwritten in place: only the change time tells. (Bytes
    // cannot change with the metadata left as it was: no program can set a file's ctime.)
    const QString file = dbPath(home.path());
    QByteArray bytes = readAll(file);
    const qint64 pageSize = (quint8(bytes.at(16)) << 8) | quint8(bytes.at(17));
    for (qint64 i = (root - 1) * pageSize; i < root * pageSize; ++i)
        bytes[i] = static_cast<char>((i * 31 + 7) & 0xff);
    {
        QFile out(file);
        ASSERT_TRUE(out.open(QIODevice::ReadWrite));
        ASSERT_EQ(out.write(bytes), bytes.size());
    }
    const QByteArray before = fileHash(file);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const auto refused = Database::open(home.path(), Checked);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.failure().kind, Error::Kind::Unusable);
        EXPECT_TRUE(refused.error().contains(QLatin1String("is damaged"))) << qPrintable(refused.error());
        EXPECT_EQ(fileHash(file), before);
        EXPECT_FALSE(QFileInfo::exists(file + QStringLiteral("-wal")));
        EXPECT_FALSE(QFileInfo::exists(file + QStringLiteral("-shm")));
    }
}

TEST(CheckStampTest, AStampCopiedWithTheFolderIsNotTrusted)
{
    TempDataDir home;
    makeStore(home.path());
    outlastTheClockTick();
    EXPECT_TRUE(openRanTheCheck(home.path()));
    TempDataDir copy;
    ASSERT_TRUE(QDir().mkpath(copy.path()));
    writeFile(dbPath(copy.path()), readAll(dbPath(home.path())));
    writeFile(CheckStamp::path(copy.path()), readAll(CheckStamp::path(home.path())));
    outlastTheClockTick();
    EXPECT_TRUE(openRanTheCheck(copy.path()));
}

TEST(CheckStampTest, AReadOnlyFolderHoldsNoStampAndIsCheckedEveryTime)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root writes in read-only folders";
    TempDataDir home;
    makeStore(home.path());
    outlastTheClockTick();
    ASSERT_TRUE(QFile::setPermissions(home.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto db = Database::open(home.path(), { .access = Database::Access::ReadOnly, .quickCheck = true });
        ASSERT_TRUE(db.ok()) << qPrintable(db.error());
        EXPECT_TRUE(db.value()->isReadOnly());
        EXPECT_TRUE(db.value()->wholeFileChecked());
    }
    EXPECT_FALSE(QFileInfo::exists(CheckStamp::path(home.path())));
    QFile::setPermissions(home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

TEST(CheckStampTest, AStateChangedWithinTheClockTickIsNotRecorded)
{
    CheckStamp::State state;
    state.modifiedNs = 1'700'000'000'123'456'789;
    state.changedNs = state.modifiedNs;
    state.takenNs = state.changedNs + 5'000'000;
    EXPECT_TRUE(state.racy());
    state.takenNs = state.changedNs + 500'000'000;
    EXPECT_FALSE(state.racy());
    // A log changed just now makes it racy too.
    state.logChangedNs = state.takenNs - 1'000'000;
    EXPECT_TRUE(state.racy());
    // A file system that keeps whole seconds: two of them.
    CheckStamp::State coarse;
    coarse.modifiedNs = 1'700'000'000'000'000'000;
    coarse.changedNs = coarse.modifiedNs;
    coarse.takenNs = coarse.changedNs + 1'500'000'000;
    EXPECT_TRUE(coarse.racy());
    coarse.takenNs = coarse.changedNs + 2'500'000'000;
    EXPECT_FALSE(coarse.racy());

    TempDataDir home;
    makeStore(home.path());
    const auto now = CheckStamp::take(dbPath(home.path()));
    ASSERT_TRUE(now.has_value());
    CheckStamp::State justChanged = *now;
    justChanged.takenNs = justChanged.changedNs + 1'000'000;
    CheckStamp::record(home.path(), justChanged);
    EXPECT_FALSE(QFileInfo::exists(CheckStamp::path(home.path())));
}
