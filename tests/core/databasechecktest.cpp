// Damage: the full check finds each kind of it and says so in words, and opening a damaged file
// never writes a byte to it.
#include "qtprinters.h"
#include "testfiles.h"
#include "databasecheck.h"

#include "database.h"
#include "datalocation.h"
#include "journalrepository.h"
#include "tempdatadir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

using tandem::test::fileHash;
using tandem::test::readAll;
using tandem::test::writeFile;

namespace {

QStringList query(const QString &path, const QString &sql)
{
    static int counter = 0;
    const QString name = QStringLiteral("check-test-%1").arg(++counter);
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
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

// Overwrites every page of one table (found with SQLite's dbstat) and nothing else, so that the
// header and the list of tables stay readable: damage that opening the file alone cannot see.
void damageTable(const QString &path, const QString &table)
{
    QList<qint64> pages;
    for (const QString &page : query(path, QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1'").arg(table)))
        pages.append(page.toLongLong());
    ASSERT_FALSE(pages.isEmpty());
    QByteArray bytes = readAll(path);
    const qint64 pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    for (const qint64 page : pages) {
        ASSERT_GT(page, 1);
        for (qint64 i = (page - 1) * pageSize; i < page * pageSize; ++i)
            bytes[i] = static_cast<char>((i * 31 + 7) & 0xff);
    }
    writeFile(path, bytes);
}

class DatabaseCheckTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        open();
        for (int i = 0; i < 60; ++i) {
            JournalEntry entry;
            entry.title = QStringLiteral("Entry %1").arg(i);
            entry.body = QStringLiteral("Talked with the team about the plan for quarter %1. ").repeated(20).arg(i);
            entry.occurredAt = QDateTime(QDate(2026, 1, 1).addDays(i), QTime(9, 0), Qt::UTC);
            ASSERT_TRUE(JournalRepository(*db).add(entry).ok());
        }
    }

    void open()
    {
        auto opened = Database::open(dir.path());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
        db = std::move(opened).value();
    }

    QString file() const { return DataLocation::databasePath(dir.path()); }

    TempDataDir dir;
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(DatabaseCheckTest, IntactStoreIsOkWithItsCounts)
{
    const auto report = DatabaseCheck::run(*db);
    ASSERT_TRUE(report.ok()) << qPrintable(report.error());
    EXPECT_TRUE(report->ok()) << qPrintable(report->problems.join(QLatin1Char('\n')));
    EXPECT_EQ(report->counts.journalEntries, 60);
    EXPECT_EQ(report->counts.assessments, 0);
    EXPECT_TRUE(DatabaseCheck::quick(*db).ok());
}

TEST_F(DatabaseCheckTest, SearchIndexOutOfStepIsFound)
{
    // An entry written past the trigger that indexes it: search would never find it.
    ASSERT_TRUE(db->run(QStringLiteral("DROP TRIGGER journal_entries_fts_insert")).ok());
    JournalEntry entry;
    entry.title = QStringLiteral("Unindexed");
    entry.occurredAt = QDateTime(QDate(2026, 6, 1), QTime(9, 0), Qt::UTC);
    ASSERT_TRUE(JournalRepository(*db).add(entry).ok());

    const auto report = DatabaseCheck::run(*db);
    ASSERT_TRUE(report.ok()) << qPrintable(report.error());
    ASSERT_EQ(report->problems.size(), 1) << qPrintable(report->problems.join(QLatin1Char('\n')));
    EXPECT_TRUE(report->problems.first().contains(QLatin1String("search index")))
        << qPrintable(report->problems.first());
    // The pages themselves are fine.
    EXPECT_TRUE(DatabaseCheck::quick(*db).ok());
}

TEST_F(DatabaseCheckTest, RecordsPointingAtMissingOnesAreFound)
{
    ASSERT_TRUE(db->run(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
    ASSERT_TRUE(
        db->run(QStringLiteral("INSERT INTO answers (assessment_id, item_id, value) VALUES (4242, 'x', 3)")).ok());
    const auto report = DatabaseCheck::run(*db);
    ASSERT_TRUE(report.ok()) << qPrintable(report.error());
    ASSERT_EQ(report->problems.size(), 1) << qPrintable(report->problems.join(QLatin1Char('\n')));
    EXPECT_TRUE(report->problems.first().contains(QLatin1String("1 record refers to records that no longer exist")))
        << qPrintable(report->problems.first());
    EXPECT_TRUE(report->problems.first().contains(QLatin1String("answers"))) << qPrintable(report->problems.first());
}

TEST_F(DatabaseCheckTest, DamagedPagesAreFoundAndTheFileIsNotWritten)
{
    db.reset();
    damageTable(file(), QStringLiteral("journal_entries"));
    const QByteArray before = fileHash(file());

    // The file is in WAL mode and up to date, so opening it does not read every page (that is
    // what quick() is for) and does not write.
    auto opened = Database::open(dir.path());
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
    const Status quick = DatabaseCheck::quick(*opened.value());
    ASSERT_FALSE(quick.ok());
    EXPECT_TRUE(quick.error().contains(QLatin1String("is damaged"))) << qPrintable(quick.error());
    EXPECT_TRUE(quick.error().contains(file())) << qPrintable(quick.error());
    EXPECT_FALSE(quick.error().contains(QLatin1String("***"))) << qPrintable(quick.error());

    const auto report = DatabaseCheck::run(*opened.value());
    ASSERT_TRUE(report.ok()) << qPrintable(report.error());
    ASSERT_FALSE(report->ok());
    EXPECT_TRUE(report->problems.first().contains(QLatin1String("is damaged"))) << qPrintable(report->problems.first());
    opened.value().reset();

    EXPECT_EQ(fileHash(file()), before);
    EXPECT_FALSE(QFileInfo::exists(file() + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(file() + QStringLiteral("-shm")));
}

TEST_F(DatabaseCheckTest, OpeningRefusesDamageBeforeItWouldWrite)
{
    // A file not in WAL mode (a copy, or a backup put in place) would be switched to WAL on
    // opening, a write: it is checked first, and refused unchanged.
    db.reset();
    query(file(), QStringLiteral("PRAGMA journal_mode = DELETE"));
    ASSERT_EQ(readAll(file()).at(18), 1);
    damageTable(file(), QStringLiteral("journal_entries"));
    const QByteArray before = fileHash(file());

    auto opened = Database::open(dir.path());
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QLatin1String("is damaged"))) << qPrintable(opened.error());
    EXPECT_TRUE(opened.error().contains(QLatin1String("was not changed"))) << qPrintable(opened.error());
    EXPECT_EQ(fileHash(file()), before);
    EXPECT_FALSE(QFileInfo::exists(file() + QStringLiteral("-wal")));
    EXPECT_FALSE(QFileInfo::exists(file() + QStringLiteral("-journal")));
}

TEST_F(DatabaseCheckTest, OpeningRefusesDamageBeforeAnUpgrade)
{
    // An older data format would be migrated on opening: damage is found first.
    db.reset();
    query(file(), QStringLiteral("PRAGMA user_version = 1"));
    damageTable(file(), QStringLiteral("journal_entries"));
    const QByteArray before = fileHash(file());

    auto opened = Database::open(dir.path());
    ASSERT_FALSE(opened.ok());
    EXPECT_TRUE(opened.error().contains(QLatin1String("is damaged"))) << qPrintable(opened.error());
    EXPECT_EQ(fileHash(file()), before);
}

TEST_F(DatabaseCheckTest, TruncatedZeroedAndRandomFilesAreRefusedUnchanged)
{
    db.reset();
    const QByteArray good = readAll(file());
    QByteArray random(good.size(), Qt::Uninitialized);
    for (int i = 0; i < random.size(); ++i)
        random[i] = static_cast<char>((i * 2654435761u) >> 24);
    const QList<std::tuple<const char *, QByteArray, const char *>> cases = {
        { "cut in half", good.left(good.size() / 2), "cut off" },
        { "cut after the first page", good.left(4096), "cut off" },
        { "zeroed", QByteArray(good.size(), '\0'), "not a Tandem database, or it is damaged" },
        { "random bytes", random, "not a Tandem database, or it is damaged" },
    };
    for (const auto &[name, bytes, expected] : cases) {
        writeFile(file(), bytes);
        const QByteArray before = fileHash(file());
        auto opened = Database::open(dir.path());
        ASSERT_FALSE(opened.ok()) << name;
        EXPECT_TRUE(opened.error().contains(QLatin1String(expected))) << name << ": " << qPrintable(opened.error());
        EXPECT_TRUE(opened.error().contains(QLatin1String("was not changed"))) << qPrintable(opened.error());
        EXPECT_EQ(fileHash(file()), before) << name;
        EXPECT_FALSE(QFileInfo::exists(file() + QStringLiteral("-wal"))) << name;
        EXPECT_FALSE(QFileInfo::exists(file() + QStringLiteral("-shm"))) << name;
    }
}
