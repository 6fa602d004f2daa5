// Backups: each one a whole, checked, private copy; rotation that keeps what it promises; and a
// restore that never loses the data it replaces, nor lets the old file's log leak into the new.
#include "qtprinters.h"
#include "testfiles.h"
#include "backupservice.h"

#include "assessmentrepository.h"
#include "clock.h"
#include "database.h"
#include "datalocation.h"
#include "goalrepository.h"
#include "journalrepository.h"
#include "tempdatadir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <sys/stat.h>
#include <unistd.h>
#include <utime.h>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

using tandem::test::fileHash;
using tandem::test::readAll;
using tandem::test::writeFile;

namespace {

constexpr QFileDevice::Permissions OwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerAll = OwnerReadWrite | QFileDevice::ExeOwner;

QFileDevice::Permissions mode(const QString &path)
{
    return QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

QDateTime utc(int y, int m, int d, int h = 11, int min = 45)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}

QStringList fileNames(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// Runs statements on a file with a connection of its own, apart from Tandem's code.
QStringList query(const QString &path, const QString &sql, bool readOnly = true)
{
    static int counter = 0;
    const QString name = QStringLiteral("backup-test-%1").arg(++counter);
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (readOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        EXPECT_TRUE(db.open()) << qPrintable(db.lastError().text());
        QSqlQuery q(db);
        EXPECT_TRUE(q.exec(sql)) << qPrintable(sql) << ": " << qPrintable(q.lastError().text());
        while (q.next())
            rows.append(q.value(0).toString());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// The pages of one table, as SQLite's dbstat reports them, so that a test can damage a table's
// data while the header and the list of tables stay readable.
QList<qint64> pagesOf(const QString &path, const QString &table)
{
    QList<qint64> pages;
    for (const QString &page : query(path, QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1'").arg(table)))
        pages.append(page.toLongLong());
    return pages;
}

void damagePages(const QString &path, const QList<qint64> &pages)
{
    QByteArray bytes = readAll(path);
    const qint64 pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    ASSERT_FALSE(pages.isEmpty());
    for (const qint64 page : pages) {
        ASSERT_GT(page, 1);
        for (qint64 i = (page - 1) * pageSize; i < page * pageSize; ++i)
            bytes[i] = static_cast<char>((i * 37 + 11) & 0xff);
    }
    writeFile(path, bytes);
}

// The state of a data folder that a refused restore must not change.
struct FolderState
{
    QByteArray database;
    QStringList files;
    QStringList backups;
    bool operator==(const FolderState &) const = default;
};

class BackupServiceTest : public ::testing::Test
{
protected:
    void SetUp() override { open(); }

    void open()
    {
        auto opened = Database::open(dir.path());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
        db = std::move(opened).value();
    }

    void close() { db.reset(); }

    void addEntry(const QString &title, const QDateTime &at = utc(2026, 11, 2))
    {
        JournalEntry entry;
        entry.title = title;
        entry.occurredAt = at;
        entry.body = QStringLiteral("What happened with ") + title;
        const auto id = JournalRepository(*db).add(entry);
        ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    }

    QStringList titles(const QString &path) const
    {
        return query(path, QStringLiteral("SELECT title FROM journal_entries ORDER BY title"));
    }

    QString databasePath() const { return DataLocation::databasePath(dir.path()); }
    QString backupDir() const { return service.backupDir(); }

    FolderState state() const { return { fileHash(databasePath()), fileNames(dir.path()), fileNames(backupDir()) }; }

    BackupInfo backup(BackupInfo::Kind kind = BackupInfo::Kind::Manual)
    {
        const auto made = service.create(*db, kind);
        EXPECT_TRUE(made.ok()) << qPrintable(made.error());
        return made.ok() ? made.value() : BackupInfo {};
    }

    TempDataDir dir;
    FixedClock clock { utc(2026, 11, 30) };
    BackupService service { dir.path(), clock };
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(BackupServiceTest, BackupIsAnIntactPrivateCopyWithTheSameData)
{
    addEntry(QStringLiteral("Budget talk"), utc(2026, 3, 1));
    addEntry(QStringLiteral("Offsite plan"), utc(2026, 11, 20));
    addEntry(QStringLiteral("Hiring round"), utc(2026, 7, 14));
    Assessment assessment;
    assessment.kind = AssessmentKind::Pulse;
    assessment.modelVersion = QStringLiteral("2026.1");
    assessment.takenAt = utc(2026, 11, 23, 8, 0);
    assessment.answers = { { QStringLiteral("pulse.visionary-thinking"), 4 } };
    ASSERT_TRUE(AssessmentRepository(*db).add(assessment).ok());
    Goal goal;
    goal.targetId = QStringLiteral("visionary-thinking");
    goal.title = QStringLiteral("Share the why");
    ASSERT_TRUE(GoalRepository(*db).add(goal).ok());

    const BackupInfo made = backup(BackupInfo::Kind::Manual);
    EXPECT_EQ(made.path, QDir(backupDir()).filePath(QStringLiteral("tandem-20261130-114500Z-manual.db")));
    EXPECT_EQ(made.kind, BackupInfo::Kind::Manual);
    EXPECT_EQ(made.createdAt, utc(2026, 11, 30));
    EXPECT_EQ(made.sizeBytes, QFileInfo(made.path).size());
    EXPECT_EQ(mode(backupDir()), OwnerAll);
    EXPECT_EQ(mode(made.path), OwnerReadWrite);

    // One self-contained file (not WAL), nothing beside it, and it checks out on its own.
    const QByteArray header = readAll(made.path).left(100);
    EXPECT_EQ(header.at(18), 1) << "the backup is still in WAL mode";
    EXPECT_EQ(fileNames(backupDir()), QStringList { QFileInfo(made.path).fileName() });
    EXPECT_EQ(query(made.path, QStringLiteral("PRAGMA integrity_check")), QStringList { QStringLiteral("ok") });
    EXPECT_EQ(titles(made.path), titles(databasePath()));
    EXPECT_EQ(titles(made.path).size(), 3);

    const auto preview = service.preview(made.path);
    ASSERT_TRUE(preview.ok()) << qPrintable(preview.error());
    EXPECT_EQ(preview->createdAt, utc(2026, 11, 30));
    EXPECT_EQ(preview->dataFormat, Database::latestSchemaVersion());
    EXPECT_EQ(preview->journalEntries, 3);
    EXPECT_EQ(preview->assessments, 1);
    EXPECT_EQ(preview->goals, 1);
    EXPECT_EQ(preview->firstEntryAt, utc(2026, 3, 1));
    EXPECT_EQ(preview->lastEntryAt, utc(2026, 11, 20));
    EXPECT_EQ(preview->lastAssessmentAt, utc(2026, 11, 23, 8, 0));
    // Previewing opened it read-only: no -wal, -shm or -journal appeared, and no byte changed.
    EXPECT_EQ(fileNames(backupDir()), QStringList { QFileInfo(made.path).fileName() });
}

TEST_F(BackupServiceTest, NamesSayTheKindAndTwoInOneSecondBothSurvive)
{
    addEntry(QStringLiteral("x"));
    const BackupInfo automatic = backup(BackupInfo::Kind::Automatic);
    const BackupInfo before = backup(BackupInfo::Kind::BeforeRestore);
    const BackupInfo again = backup(BackupInfo::Kind::BeforeRestore);
    EXPECT_EQ(QFileInfo(automatic.path).fileName(), QStringLiteral("tandem-20261130-114500Z.db"));
    EXPECT_EQ(QFileInfo(before.path).fileName(), QStringLiteral("tandem-20261130-114500Z-before-restore.db"));
    EXPECT_EQ(QFileInfo(again.path).fileName(), QStringLiteral("tandem-20261130-114500Z-before-restore-2.db"));
    const auto listed = service.list();
    ASSERT_TRUE(listed.ok()) << qPrintable(listed.error());
    ASSERT_EQ(listed->size(), 3);
    EXPECT_EQ(listed->at(0).path, again.path); // the later of the two in one second comes first
    EXPECT_FALSE(service.create(*db, BackupInfo::Kind::Damaged).ok());
}

TEST_F(BackupServiceTest, ListIsNewestFirstAndPartialFilesAreIgnoredThenCleaned)
{
    addEntry(QStringLiteral("x"));
    const BackupInfo first = backup(BackupInfo::Kind::Automatic);
    clock.advanceSecs(24 * 3600); // a day apart, so that rotation keeps both
    const BackupInfo second = backup(BackupInfo::Kind::Manual);

    // What a crash leaves: temporary files of a process that is gone, one of a process that is
    // still running (another backup in progress: not to be touched), and a day-old one.
    const QString dead = QDir(backupDir()).filePath(QStringLiteral("partial-999999999-0badf00d.db"));
    const QString deadJournal = dead + QStringLiteral("-journal");
    const QString running = QDir(backupDir()).filePath(QStringLiteral("partial-%1-0000beef.db").arg(::getppid()));
    const QString stale = QDir(backupDir()).filePath(QStringLiteral("partial-%1-0000cafe.db").arg(::getppid()));
    for (const QString &path : { dead, deadJournal, running, stale })
        writeFile(path, "half a backup");
    const struct utimbuf dayOld
    {
        ::time(nullptr) - 2 * 24 * 3600, ::time(nullptr) - 2 * 24 * 3600
    };
    ASSERT_EQ(::utime(QFile::encodeName(stale).constData(), &dayOld), 0);
    writeFile(QDir(backupDir()).filePath(QStringLiteral("notes.txt")), "mine");
    writeFile(QDir(backupDir()).filePath(QStringLiteral("tandem-yesterday.db")), "mine");

    const auto listed = service.list();
    ASSERT_TRUE(listed.ok()) << qPrintable(listed.error());
    ASSERT_EQ(listed->size(), 2);
    EXPECT_EQ(listed->at(0).path, second.path);
    EXPECT_EQ(listed->at(0).kind, BackupInfo::Kind::Manual);
    EXPECT_EQ(listed->at(1).path, first.path);
    EXPECT_EQ(listed->at(1).kind, BackupInfo::Kind::Automatic);

    clock.advanceSecs(24 * 3600);
    backup(BackupInfo::Kind::Manual);
    EXPECT_FALSE(QFileInfo::exists(dead));
    EXPECT_FALSE(QFileInfo::exists(deadJournal));
    EXPECT_FALSE(QFileInfo::exists(stale));
    EXPECT_TRUE(QFileInfo::exists(running));
    // Files that are not Tandem's are never touched.
    EXPECT_TRUE(QFileInfo::exists(QDir(backupDir()).filePath(QStringLiteral("notes.txt"))));
    EXPECT_TRUE(QFileInfo::exists(QDir(backupDir()).filePath(QStringLiteral("tandem-yesterday.db"))));
}

TEST_F(BackupServiceTest, RotationKeepsSevenDaysAndEightWeeks)
{
    addEntry(QStringLiteral("x"));
    // One backup a day at 03:00 UTC for 60 days, 1 October to Sunday 29 November 2026.
    for (QDate day(2026, 10, 1); day <= QDate(2026, 11, 29); day = day.addDays(1)) {
        clock.set(QDateTime(day, QTime(3, 0), Qt::UTC));
        backup(BackupInfo::Kind::Automatic);
    }
    // The seven days of the last week, and the Sunday (newest) of each of the seven weeks before.
    QStringList expected;
    for (int day = 23; day <= 29; ++day)
        expected << QStringLiteral("tandem-202611%1-030000Z.db").arg(day);
    for (const char *sunday : { "20261122", "20261115", "20261108", "20261101", "20261025", "20261018", "20261011" })
        expected << QStringLiteral("tandem-%1-030000Z.db").arg(QLatin1String(sunday));
    expected.sort();
    EXPECT_EQ(fileNames(backupDir()), expected);
    EXPECT_EQ(expected.size(), BackupService::KeptDays + BackupService::KeptWeeks - 1);

    // A later backup the same day takes that day's place (and the week's).
    clock.set(utc(2026, 11, 29, 20, 0));
    backup(BackupInfo::Kind::Manual);
    expected.removeOne(QStringLiteral("tandem-20261129-030000Z.db"));
    expected << QStringLiteral("tandem-20261129-200000Z-manual.db");
    expected.sort();
    EXPECT_EQ(fileNames(backupDir()), expected);

    // The next day: Monday 30 November starts a new week, and the oldest day and week go.
    clock.set(utc(2026, 11, 30, 3, 0));
    backup(BackupInfo::Kind::Automatic);
    expected.removeOne(QStringLiteral("tandem-20261123-030000Z.db"));
    expected.removeOne(QStringLiteral("tandem-20261011-030000Z.db"));
    expected << QStringLiteral("tandem-20261130-030000Z.db");
    // 22 November stays: it is the newest of its week (it was kept as that week's, not a day's).
    expected.sort();
    EXPECT_EQ(fileNames(backupDir()), expected);
}

TEST_F(BackupServiceTest, RotationKeepsFiveBeforeRestoreBackupsAndDamagedFilesApart)
{
    addEntry(QStringLiteral("x"));
    const BackupInfo regular = backup(BackupInfo::Kind::Automatic);
    QStringList damaged;
    for (int i = 0; i < 7; ++i) {
        clock.advanceSecs(60);
        const QString name
            = QStringLiteral("damaged-20261130-12%1").arg(i, 2, 10, QLatin1Char('0')) + QStringLiteral("00Z.db");
        writeFile(QDir(backupDir()).filePath(name), "unreadable");
        writeFile(QDir(backupDir()).filePath(name + QStringLiteral("-wal")), "its log");
        damaged << name;
        backup(BackupInfo::Kind::BeforeRestore);
    }
    const auto listed = service.list();
    ASSERT_TRUE(listed.ok()) << qPrintable(listed.error());
    int before = 0;
    QStringList keptDamaged;
    for (const BackupInfo &b : listed.value()) {
        before += b.kind == BackupInfo::Kind::BeforeRestore ? 1 : 0;
        if (b.kind == BackupInfo::Kind::Damaged)
            keptDamaged << QFileInfo(b.path).fileName();
    }
    EXPECT_EQ(before, BackupService::KeptApart);
    EXPECT_EQ(keptDamaged, (QStringList { damaged[6], damaged[5], damaged[4], damaged[3], damaged[2] }));
    // The oldest two went with their -wal; the automatic backup is not counted against them.
    EXPECT_FALSE(QFileInfo::exists(QDir(backupDir()).filePath(damaged[0])));
    EXPECT_FALSE(QFileInfo::exists(QDir(backupDir()).filePath(damaged[0] + QStringLiteral("-wal"))));
    EXPECT_TRUE(QFileInfo::exists(QDir(backupDir()).filePath(damaged[2] + QStringLiteral("-wal"))));
    EXPECT_TRUE(QFileInfo::exists(regular.path));
}

TEST_F(BackupServiceTest, AutomaticBackupWhenTheLastIsADayOld)
{
    // An empty store is not backed up: that would, in time, rotate good backups away.
    auto due = service.backupIfDue(*db);
    ASSERT_TRUE(due.ok()) << qPrintable(due.error());
    EXPECT_FALSE(due.value().has_value());
    EXPECT_FALSE(QFileInfo::exists(backupDir()));

    addEntry(QStringLiteral("first"));
    due = service.backupIfDue(*db);
    ASSERT_TRUE(due.ok()) << qPrintable(due.error());
    ASSERT_TRUE(due.value().has_value());
    EXPECT_EQ(due.value()->kind, BackupInfo::Kind::Automatic);
    EXPECT_TRUE(QFileInfo::exists(due.value()->path));

    clock.advanceSecs(23 * 3600);
    due = service.backupIfDue(*db);
    ASSERT_TRUE(due.ok()) << qPrintable(due.error());
    EXPECT_FALSE(due.value().has_value()) << "a backup less than a day old is recent enough";

    clock.advanceSecs(2 * 3600);
    due = service.backupIfDue(*db);
    ASSERT_TRUE(due.ok()) << qPrintable(due.error());
    EXPECT_TRUE(due.value().has_value());

    // A manual backup counts as recent; a BeforeRestore one does not.
    clock.advanceSecs(2 * 24 * 3600);
    backup(BackupInfo::Kind::Manual);
    clock.advanceSecs(3600);
    due = service.backupIfDue(*db);
    ASSERT_TRUE(due.ok());
    EXPECT_FALSE(due.value().has_value());
    clock.advanceSecs(2 * 24 * 3600);
    backup(BackupInfo::Kind::BeforeRestore);
    due = service.backupIfDue(*db);
    ASSERT_TRUE(due.ok());
    EXPECT_TRUE(due.value().has_value());
}

TEST_F(BackupServiceTest, NewestGoodSkipsDamagedBackups)
{
    addEntry(QStringLiteral("x"));
    const BackupInfo good = backup(BackupInfo::Kind::Automatic);
    clock.advanceSecs(24 * 3600);
    const BackupInfo broken = backup(BackupInfo::Kind::Manual);
    damagePages(broken.path, pagesOf(broken.path, QStringLiteral("journal_entries")));
    const auto newest = service.newestGood();
    ASSERT_TRUE(newest.ok()) << qPrintable(newest.error());
    ASSERT_TRUE(newest.value().has_value());
    EXPECT_EQ(newest.value()->path, good.path);

    QFile::remove(good.path);
    const auto none = service.newestGood();
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none.value().has_value());
}

TEST_F(BackupServiceTest, PreviewRefusesWhatIsNotAnIntactTandemBackupAndChangesNothing)
{
    addEntry(QStringLiteral("x"));
    const BackupInfo good = backup();
    const QByteArray goodBytes = readAll(good.path);
    const QString folder = dir.root() + QStringLiteral("/elsewhere");
    ASSERT_TRUE(QDir().mkpath(folder));

    struct Case
    {
        const char *name;
        QByteArray bytes;
        const char *expected;
    };
    QByteArray newer = goodBytes;
    qToBigEndian<quint32>(Database::latestSchemaVersion() + 1, newer.data() + 60);
    QByteArray foreign = goodBytes;
    qToBigEndian<quint32>(0x12345678, foreign.data() + 68);
    QByteArray random(8192, Qt::Uninitialized);
    for (int i = 0; i < random.size(); ++i)
        random[i] = static_cast<char>((i * 7919 + 13) % 251);
    const QList<Case> cases = {
        { "empty.db", QByteArray(), "empty" },
        { "random.db", random, "not a Tandem database or backup" },
        { "zeroed.db", QByteArray(goodBytes.size(), '\0'), "not a Tandem database or backup" },
        { "truncated.db", goodBytes.left(goodBytes.size() / 2), "cut off" },
        { "newer.db", newer, "newer version of Tandem" },
        { "foreign.db", foreign, "some other program" },
    };
    for (const Case &c : cases) {
        const QString path = folder + QLatin1Char('/') + QLatin1String(c.name);
        writeFile(path, c.bytes);
        const auto preview = service.preview(path);
        ASSERT_FALSE(preview.ok()) << c.name;
        EXPECT_TRUE(preview.error().contains(QLatin1String(c.expected)))
            << c.name << ": " << qPrintable(preview.error());
        EXPECT_TRUE(preview.error().contains(path)) << qPrintable(preview.error());
        EXPECT_EQ(readAll(path), c.bytes) << c.name;
    }

    const QString damaged = folder + QStringLiteral("/damaged.db");
    writeFile(damaged, goodBytes);
    damagePages(damaged, pagesOf(damaged, QStringLiteral("journal_entries")));
    const QByteArray damagedBytes = readAll(damaged);
    const auto preview = service.preview(damaged);
    ASSERT_FALSE(preview.ok());
    EXPECT_TRUE(preview.error().contains(QLatin1String("is damaged"))) << qPrintable(preview.error());
    EXPECT_EQ(readAll(damaged), damagedBytes);

    const auto missing = service.preview(folder + QStringLiteral("/missing.db"));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().contains(QLatin1String("does not exist"))) << qPrintable(missing.error());

    // Opening the files created nothing beside them.
    QStringList expected { QStringLiteral("damaged.db") };
    for (const Case &c : cases)
        expected << QLatin1String(c.name);
    expected.sort();
    EXPECT_EQ(fileNames(folder), expected);
}

TEST_F(BackupServiceTest, RestoreRoundTripKeepsTheCurrentDataAsABackup)
{
    addEntry(QStringLiteral("a"));
    addEntry(QStringLiteral("b"));
    const BackupInfo saved = backup();
    addEntry(QStringLiteral("c"));
    addEntry(QStringLiteral("d"));
    clock.advanceSecs(600);
    close();

    const auto outcome = service.restore(saved.path);
    ASSERT_TRUE(outcome.ok()) << qPrintable(outcome.error());
    EXPECT_EQ(outcome->restored.journalEntries, 2);
    EXPECT_EQ(outcome->restored.createdAt, saved.createdAt);
    ASSERT_EQ(outcome->kept, RestoreOutcome::Kept::Backup);
    EXPECT_EQ(QFileInfo(outcome->keptPath).fileName(), QStringLiteral("tandem-20261130-115500Z-before-restore.db"));
    // What was there (four entries) is kept, checked, as a backup of its own.
    EXPECT_EQ(titles(outcome->keptPath),
              (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d") }));
    EXPECT_TRUE(service.preview(outcome->keptPath).ok());
    // The backup restored from is still there, unchanged.
    EXPECT_TRUE(QFileInfo::exists(saved.path));

    EXPECT_EQ(mode(databasePath()), OwnerReadWrite);
    EXPECT_EQ(fileNames(dir.path()), QStringList { QStringLiteral("tandem.db") });
    open();
    EXPECT_EQ(titles(databasePath()), (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    addEntry(QStringLiteral("after"));
    EXPECT_EQ(JournalRepository(*db).count().value(), 3);
}

TEST_F(BackupServiceTest, RestoreIntoAFolderWithoutData)
{
    addEntry(QStringLiteral("mine"));
    const BackupInfo saved = backup();
    TempDataDir other;
    const BackupService fresh(other.path(), clock);
    const auto outcome = fresh.restore(saved.path);
    ASSERT_TRUE(outcome.ok()) << qPrintable(outcome.error());
    EXPECT_EQ(outcome->kept, RestoreOutcome::Kept::Nothing);
    EXPECT_EQ(titles(DataLocation::databasePath(other.path())), QStringList { QStringLiteral("mine") });
    EXPECT_EQ(mode(other.path()), OwnerAll);
}

TEST_F(BackupServiceTest, RestoreOverADamagedFileKeepsItsBytes)
{
    addEntry(QStringLiteral("kept"));
    const BackupInfo saved = backup();
    addEntry(QStringLiteral("later"));
    close();
    clock.advanceSecs(60);
    damagePages(databasePath(), pagesOf(databasePath(), QStringLiteral("journal_entries")));
    const QByteArray damagedHash = fileHash(databasePath());

    const auto outcome = service.restore(saved.path);
    ASSERT_TRUE(outcome.ok()) << qPrintable(outcome.error());
    ASSERT_EQ(outcome->kept, RestoreOutcome::Kept::DamagedFile);
    EXPECT_EQ(QFileInfo(outcome->keptPath).fileName(), QStringLiteral("damaged-20261130-114600Z.db"));
    EXPECT_FALSE(outcome->keptReason.isEmpty());
    EXPECT_EQ(fileHash(outcome->keptPath), damagedHash) << "the damaged file must be kept byte for byte";
    const auto listed = service.list();
    ASSERT_TRUE(listed.ok());
    EXPECT_EQ(listed->at(0).kind, BackupInfo::Kind::Damaged);

    open();
    EXPECT_EQ(titles(databasePath()), QStringList { QStringLiteral("kept") });
}

TEST_F(BackupServiceTest, RestoreOverAFileOfANewerTandemKeepsIt)
{
    addEntry(QStringLiteral("kept"));
    const BackupInfo saved = backup();
    close();
    QByteArray newer = readAll(databasePath());
    qToBigEndian<quint32>(Database::latestSchemaVersion() + 1, newer.data() + 60);
    writeFile(databasePath(), newer);

    const auto outcome = service.restore(saved.path);
    ASSERT_TRUE(outcome.ok()) << qPrintable(outcome.error());
    ASSERT_EQ(outcome->kept, RestoreOutcome::Kept::DamagedFile);
    EXPECT_TRUE(outcome->keptReason.contains(QLatin1String("newer"))) << qPrintable(outcome->keptReason);
    EXPECT_EQ(readAll(outcome->keptPath), newer);
}

TEST_F(BackupServiceTest, RestoreRefusesBadBackupsAndChangesNothing)
{
    addEntry(QStringLiteral("current"));
    const BackupInfo good = backup();
    close();
    const QByteArray goodBytes = readAll(good.path);
    const QString folder = dir.root() + QStringLiteral("/elsewhere");
    ASSERT_TRUE(QDir().mkpath(folder));

    QByteArray newer = goodBytes;
    qToBigEndian<quint32>(Database::latestSchemaVersion() + 1, newer.data() + 60);
    QByteArray foreign = goodBytes;
    qToBigEndian<quint32>(0, foreign.data() + 68);
    const QList<std::pair<const char *, QByteArray>> files = {
        { "newer.db", newer },
        { "foreign.db", foreign },
        { "text.db", QByteArray("Dear diary, today I led.\n").repeated(300) },
        { "truncated.db", goodBytes.left(goodBytes.size() - 4096) },
        { "empty.db", QByteArray() },
    };
    QStringList sources;
    for (const auto &[name, bytes] : files) {
        sources << folder + QLatin1Char('/') + QLatin1String(name);
        writeFile(sources.last(), bytes);
    }
    sources << folder + QStringLiteral("/damaged.db");
    writeFile(sources.last(), goodBytes);
    damagePages(sources.last(), pagesOf(sources.last(), QStringLiteral("journal_entries")));
    // A live database of another folder, with changes still only in its -wal: copying the file
    // alone would lose them.
    sources << folder + QStringLiteral("/live.db");
    writeFile(sources.last(), goodBytes);
    writeFile(sources.last() + QStringLiteral("-wal"), QByteArray(4096, 'w'));
    sources << folder + QStringLiteral("/missing.db") << databasePath();

    const FolderState before = state();
    for (const QString &source : sources) {
        const auto outcome = service.restore(source);
        ASSERT_FALSE(outcome.ok()) << qPrintable(source);
        EXPECT_TRUE(outcome.error().contains(source)) << qPrintable(outcome.error());
        EXPECT_TRUE(state() == before) << "restoring " << qPrintable(source) << " changed the data folder";
    }
    open();
    EXPECT_EQ(titles(databasePath()), QStringList { QStringLiteral("current") });
}

TEST_F(BackupServiceTest, AStaleWalCannotLeakIntoTheRestoredData)
{
    addEntry(QStringLiteral("in the backup"));
    const BackupInfo saved = backup();
    // Changes that are committed in the -wal but not yet in tandem.db, as after a crash: copy both
    // files while the connection still has them apart.
    ASSERT_TRUE(db->run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    ASSERT_TRUE(db->run(QStringLiteral("PRAGMA wal_autocheckpoint = 0")).ok());
    for (int i = 0; i < 5; ++i)
        addEntry(QStringLiteral("only in the wal %1").arg(i));
    const QByteArray mainBytes = readAll(databasePath());
    const QByteArray walBytes = readAll(databasePath() + QStringLiteral("-wal"));
    ASSERT_GT(walBytes.size(), 0);
    close();
    writeFile(databasePath(), mainBytes);
    writeFile(databasePath() + QStringLiteral("-wal"), walBytes);
    QFile::remove(databasePath() + QStringLiteral("-shm"));

    const auto outcome = service.restore(saved.path);
    ASSERT_TRUE(outcome.ok()) << qPrintable(outcome.error());
    // The changes that were only in the -wal are kept in the BeforeRestore backup...
    ASSERT_EQ(outcome->kept, RestoreOutcome::Kept::Backup);
    EXPECT_EQ(titles(outcome->keptPath).size(), 6);
    // ...and none of them reached the restored data.
    EXPECT_FALSE(QFileInfo::exists(databasePath() + QStringLiteral("-wal")));
    EXPECT_EQ(query(databasePath(), QStringLiteral("PRAGMA integrity_check"), false),
              QStringList { QStringLiteral("ok") });
    open();
    EXPECT_EQ(titles(databasePath()), QStringList { QStringLiteral("in the backup") });
}

TEST_F(BackupServiceTest, VerifiedCopyAtAnyPathNeverOverwritesUnlessAsked)
{
    addEntry(QStringLiteral("x"));
    const QString target = dir.root() + QStringLiteral("/copy.db");
    const auto copy = BackupService::writeVerifiedCopy(*db, target);
    ASSERT_TRUE(copy.ok()) << qPrintable(copy.error());
    EXPECT_EQ(copy->journalEntries, 1);
    EXPECT_EQ(mode(target), OwnerReadWrite);
    EXPECT_EQ(titles(target), QStringList { QStringLiteral("x") });

    writeFile(target, "precious");
    const auto refused = BackupService::writeVerifiedCopy(*db, target);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QLatin1String("already exists"))) << qPrintable(refused.error());
    EXPECT_EQ(readAll(target), QByteArray("precious"));

    const auto replaced = BackupService::writeVerifiedCopy(*db, target, BackupService::Overwrite::Yes);
    ASSERT_TRUE(replaced.ok()) << qPrintable(replaced.error());
    EXPECT_EQ(titles(target), QStringList { QStringLiteral("x") });

    const QByteArray live = fileHash(databasePath());
    EXPECT_FALSE(BackupService::writeVerifiedCopy(*db, databasePath(), BackupService::Overwrite::Yes).ok());
    EXPECT_EQ(fileHash(databasePath()), live);
    EXPECT_FALSE(BackupService::writeVerifiedCopy(*db, dir.root() + QStringLiteral("/no/such/folder/x.db")).ok());
    // No temporary file is left behind by any of this.
    EXPECT_EQ(fileNames(dir.root()), QStringList { QStringLiteral("copy.db") });
}

TEST_F(BackupServiceTest, AFolderThatCannotBeWrittenGivesAClearError)
{
    if (::geteuid() == 0)
        GTEST_SKIP() << "root may write anywhere";
    addEntry(QStringLiteral("x"));
    ASSERT_TRUE(QDir().mkpath(backupDir()));
    ASSERT_TRUE(QFile::setPermissions(backupDir(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const auto made = service.create(*db, BackupInfo::Kind::Manual);
    QFile::setPermissions(backupDir(), OwnerAll);
    ASSERT_FALSE(made.ok());
    EXPECT_TRUE(made.error().contains(QLatin1String("permission denied"))) << qPrintable(made.error());
    EXPECT_TRUE(fileNames(backupDir()).isEmpty());
}
