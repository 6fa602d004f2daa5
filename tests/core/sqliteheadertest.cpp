// "Is this a Tandem file?" has one answer, SqliteHeader::ownerOf, whoever asks: opening the store,
// checking a backup before it is previewed or restored, and deciding whether the data a restore
// replaces can be kept as a backup. A file one of them calls Tandem's and another refuses would
// be restored and then not open, or opened and then not restorable.
#include "qtprinters.h"
#include "backupservice.h"
#include "clock.h"
#include "database.h"
#include "datalocation.h"
#include "sqliteheader.h"
#include "tempdatadir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

namespace {

using Owner = SqliteHeader::Owner;

const char *ownerName(Owner owner)
{
    switch (owner) {
    case Owner::Nobody: return "Nobody";
    case Owner::Tandem: return "Tandem";
    case Owner::NewerTandem: return "NewerTandem";
    case Owner::OtherProgram: return "OtherProgram";
    }
    return "?";
}

// Writes an SQLite file with Qt's driver directly, as another program (or a newer Tandem) would.
void makeSqliteFile(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("sqliteheadertest-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open()) << qPrintable(db.lastError().text());
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(statement)) << qPrintable(statement) << ": " << qPrintable(query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST(SqliteHeaderTest, OwnerOfIsTandemOnlyForTandemsIdAndAFormatThisVersionReads)
{
    const int latest = Database::latestSchemaVersion();
    const qint32 tandem = Database::ApplicationId;
    const struct
    {
        qint32 userVersion;
        qint32 applicationId;
        Owner expected;
    } cases[] = {
        {0, 0, Owner::Nobody},                   // a new, empty file
        {0, tandem, Owner::Nobody},              // never written by a Tandem: the id comes with version 1
        {0, 0x12345678, Owner::Nobody},          // marked, but no data format: the tables decide
        {1, tandem, Owner::Tandem},
        {latest, tandem, Owner::Tandem},
        {latest + 1, tandem, Owner::NewerTandem},
        {77, 0, Owner::OtherProgram},            // a program with its own schema number
        {1, 0x12345678, Owner::OtherProgram},
        {latest + 1, 0x12345678, Owner::OtherProgram}, // not "newer": the version is not ours
        {-1, tandem, Owner::OtherProgram},       // no Tandem writes a negative format
        {-1, 0, Owner::OtherProgram},
    };
    for (const auto &c : cases)
        EXPECT_EQ(SqliteHeader::ownerOf(c.userVersion, c.applicationId), c.expected)
            << "user_version " << c.userVersion << ", application_id " << c.applicationId << ": got "
            << ownerName(SqliteHeader::ownerOf(c.userVersion, c.applicationId));
}

TEST(SqliteHeaderTest, OwnerReadsBothNumbersFromTheHeaderBytes)
{
    TempDataDir dir;
    ASSERT_TRUE(QDir().mkpath(dir.path()));
    const QString path = dir.path() + QStringLiteral("/newer.db");
    makeSqliteFile(path, {QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId),
                          QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1),
                          QStringLiteral("CREATE TABLE t (x)")});
    const auto header = SqliteHeader::read(path);
    ASSERT_TRUE(header.has_value());
    EXPECT_EQ(header->userVersion, Database::latestSchemaVersion() + 1);
    EXPECT_EQ(header->applicationId, Database::ApplicationId);
    EXPECT_EQ(header->owner(), Owner::NewerTandem);
}

// The three doors, on the same files: Database::open, BackupService::preview (which restore
// uses on the backup it is given), and restore's verdict on the data it replaces.
TEST(SqliteHeaderTest, OpenPreviewAndRestoreGiveTheSameVerdict)
{
    const struct
    {
        const char *name;
        QStringList statements;
        const char *expected;
    } cases[] = {
        {"its own schema number",
         {QStringLiteral("PRAGMA user_version = 77"), QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY)")},
         "some other program"},
        {"a newer Tandem",
         {QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId),
          QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1),
          QStringLiteral("CREATE TABLE future (id INTEGER PRIMARY KEY)")},
         "newer version of Tandem"},
        {"Tandem's id with a negative format",
         {QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId),
          QStringLiteral("PRAGMA user_version = -1"), QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY)")},
         "some other program"},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.name);
        TempDataDir dir;
        const FixedClock clock{QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC)};

        // A good backup to restore, made from a fresh store.
        QString backupPath;
        {
            auto fresh = Database::open(dir.path());
            ASSERT_TRUE(fresh.ok()) << qPrintable(fresh.error());
            const auto made = BackupService(dir.path(), clock).create(*fresh.value(), BackupInfo::Kind::Manual);
            ASSERT_TRUE(made.ok()) << qPrintable(made.error());
            backupPath = made->path;
        }
        const QString store = DataLocation::databasePath(dir.path());
        ASSERT_TRUE(QFile::remove(store));
        QFile::remove(store + QStringLiteral("-wal"));
        QFile::remove(store + QStringLiteral("-shm"));
        makeSqliteFile(store, c.statements);
        const QByteArray before = fileHash(store);

        const auto opened = Database::open(dir.path());
        ASSERT_FALSE(opened.ok());
        EXPECT_TRUE(opened.error().contains(QLatin1String(c.expected))) << "open: " << qPrintable(opened.error());
        EXPECT_EQ(fileHash(store), before);

        const BackupService backups(dir.path(), clock);
        const auto preview = backups.preview(store);
        ASSERT_FALSE(preview.ok());
        EXPECT_TRUE(preview.error().contains(QLatin1String(c.expected))) << "preview: " << qPrintable(preview.error());
        EXPECT_EQ(fileHash(store), before);

        const auto restored = backups.restore(backupPath);
        ASSERT_TRUE(restored.ok()) << qPrintable(restored.error());
        EXPECT_EQ(restored->kept, RestoreOutcome::Kept::DamagedFile);
        EXPECT_TRUE(restored->keptReason.contains(QLatin1String(c.expected)))
            << "restore: " << qPrintable(restored->keptReason);
        EXPECT_EQ(fileHash(restored->keptPath), before);
    }
}
