// The store: a private file in a private folder, set up the way the docs promise, and never a
// write to a file that is not ours.
#include "qtprinters.h"
#include "database.h"
#include "datalocation.h"
#include "journalrepository.h"
#include "tempdatadir.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

namespace {

constexpr QFileDevice::Permissions OwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerAll = OwnerReadWrite | QFileDevice::ExeOwner;

// QFile::permissions() adds the "User" flags (what the current user may do); the mode bits on
// disk are the Owner, Group and Other ones.
QFileDevice::Permissions mode(const QString &path)
{
    return QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly)) << qPrintable(path);
    ASSERT_EQ(file.write(bytes), bytes.size());
}

// Writes an SQLite file with Qt's driver directly, as another program (or a newer Tandem) would.
void makeSqliteFile(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("fixture-%1").arg(++counter);
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

// A data folder that already holds a file called tandem.db, for the refusal tests.
QString prepareFolder(const TempDataDir &dir)
{
    EXPECT_TRUE(QDir().mkpath(dir.path()));
    return DataLocation::databasePath(dir.path());
}

int countSettings(const Database &db)
{
    const auto n = db.scalar(QStringLiteral("SELECT count(*) FROM settings"));
    EXPECT_TRUE(n.ok()) << qPrintable(n.error());
    return n.ok() ? n.value().toInt() : -1;
}

QStringList settingKeys(const Database &db)
{
    QStringList keys;
    auto q = db.run(QStringLiteral("SELECT key FROM settings ORDER BY key"));
    EXPECT_TRUE(q.ok()) << qPrintable(q.error());
    if (q.ok()) {
        while (q.value().next())
            keys << q.value().value(0).toString();
    }
    return keys;
}

void insertSetting(const Database &db, const QString &key)
{
    auto done = db.run(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, 'x')"), {{QStringLiteral(":key"), key}});
    ASSERT_TRUE(done.ok()) << qPrintable(done.error());
}

// Sets the process umask for one test and restores it, so that file modes do not depend on
// the umask of whoever runs the tests.
class UmaskGuard final
{
public:
    explicit UmaskGuard(mode_t mask) : m_old(::umask(mask)) {}
    ~UmaskGuard() { ::umask(m_old); }

private:
    mode_t m_old;
};

} // namespace

TEST(DatabaseTest, CreatesPrivateFolderAndFile)
{
    // With an umask of 0 anything not made private on purpose would be world-writable.
    UmaskGuard umask(0);
    TempDataDir dir;
    ASSERT_FALSE(QFileInfo::exists(dir.path()));
    auto db = Database::open(dir.path());
    ASSERT_TRUE(db.ok()) << qPrintable(db.error());
    const QString file = DataLocation::databasePath(dir.path());
    EXPECT_EQ(db.value()->filePath(), file);
    EXPECT_EQ(db.value()->dataDir(), dir.path());
    ASSERT_TRUE(QFileInfo(dir.path()).isDir());
    ASSERT_TRUE(QFileInfo(file).isFile());
    EXPECT_EQ(mode(dir.path()), OwnerAll);
    EXPECT_EQ(mode(file), OwnerReadWrite);

    // After a write, the WAL and shared-memory files exist and are private too.
    insertSetting(*db.value(), QStringLiteral("probe"));
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString path = file + QLatin1String(suffix);
        ASSERT_TRUE(QFileInfo::exists(path)) << suffix;
        EXPECT_EQ(mode(path), OwnerReadWrite) << suffix;
    }
}

TEST(DatabaseTest, WalFilesCreatedLaterArePrivate)
{
    UmaskGuard umask(0);
    TempDataDir dir;
    const QString file = DataLocation::databasePath(dir.path());
    {
        auto db = Database::open(dir.path());
        ASSERT_TRUE(db.ok()) << qPrintable(db.error());
    }
    // The last connection to close removes the WAL files; the next writer makes them afresh.
    ASSERT_FALSE(QFileInfo::exists(file + QStringLiteral("-wal")));
    auto db = Database::open(dir.path());
    ASSERT_TRUE(db.ok()) << qPrintable(db.error());
    insertSetting(*db.value(), QStringLiteral("probe"));
    EXPECT_EQ(mode(file + QStringLiteral("-wal")), OwnerReadWrite);
    EXPECT_EQ(mode(file + QStringLiteral("-shm")), OwnerReadWrite);
}

TEST(DatabaseTest, ConnectionIsConfigured)
{
    TempDataDir dir;
    auto db = Database::open(dir.path());
    ASSERT_TRUE(db.ok()) << qPrintable(db.error());
    const Database &d = *db.value();
    EXPECT_EQ(d.scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    EXPECT_EQ(d.scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
    EXPECT_GE(Database::latestSchemaVersion(), 1);
    EXPECT_EQ(d.scalar(QStringLiteral("PRAGMA user_version"))->toInt(), Database::latestSchemaVersion());
    EXPECT_EQ(d.schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(d.scalar(QStringLiteral("PRAGMA application_id"))->toInt(), Database::ApplicationId);
    EXPECT_EQ(Database::ApplicationId, 0x54414E44); // "TAND"
    const auto holds = d.holdsUserData();
    ASSERT_TRUE(holds.ok()) << qPrintable(holds.error());
    EXPECT_FALSE(holds.value());
}

TEST(DatabaseTest, ForeignKeysAreEnforced)
{
    TempDataDir dir;
    auto db = Database::open(dir.path());
    ASSERT_TRUE(db.ok()) << qPrintable(db.error());
    // An answer to an assessment that does not exist must not be stored.
    const auto orphan = db.value()->run(
            QStringLiteral("INSERT INTO answers (assessment_id, item_id, value) VALUES (4242, 'x', 3)"));
    EXPECT_FALSE(orphan.ok());
    EXPECT_EQ(db.value()->scalar(QStringLiteral("SELECT count(*) FROM answers"))->toInt(), 0);
}

TEST(DatabaseTest, ReopeningKeepsDataAndSchema)
{
    TempDataDir dir;
    int objects = 0;
    {
        auto db = Database::open(dir.path());
        ASSERT_TRUE(db.ok()) << qPrintable(db.error());
        insertSetting(*db.value(), QStringLiteral("kept"));
        objects = db.value()->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"))->toInt();
        ASSERT_GT(objects, 5);
    }
    // Re-running the first migration would fail on CREATE TABLE, or (if it were made
    // idempotent) it would not change these counts.
    auto db = Database::open(dir.path());
    ASSERT_TRUE(db.ok()) << qPrintable(db.error());
    EXPECT_EQ(db.value()->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(db.value()->scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"))->toInt(), objects);
    EXPECT_EQ(settingKeys(*db.value()), QStringList{QStringLiteral("kept")});
}

TEST(DatabaseTest, TwoConnectionsToOneFolder)
{
    // The app and tandem-cli may have the same file open at once.
    TempDataDir dir;
    auto first = Database::open(dir.path());
    ASSERT_TRUE(first.ok()) << qPrintable(first.error());
    auto second = Database::open(dir.path());
    ASSERT_TRUE(second.ok()) << qPrintable(second.error());
    insertSetting(*first.value(), QStringLiteral("from-first"));
    EXPECT_EQ(settingKeys(*second.value()), QStringList{QStringLiteral("from-first")});
}

TEST(DatabaseTest, RandomBytesAreRefusedAndLeftAlone)
{
    TempDataDir dir;
    const QString file = prepareFolder(dir);
    QByteArray bytes(8192, Qt::Uninitialized);
    QRandomGenerator generator(20261130);
    for (char &b : bytes)
        b = static_cast<char>(generator.bounded(256));
    writeFile(file, bytes);
    const QByteArray before = fileHash(file);

    auto db = Database::open(dir.path());
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QLatin1String("not a Tandem database"))) << qPrintable(db.error());
    EXPECT_TRUE(db.error().contains(QLatin1String("was not changed"))) << qPrintable(db.error());
    EXPECT_TRUE(db.error().contains(file)) << qPrintable(db.error());
    EXPECT_EQ(fileHash(file), before);
    EXPECT_FALSE(QFileInfo::exists(file + QStringLiteral("-wal")));
}

TEST(DatabaseTest, TextFileIsRefusedAndLeftAlone)
{
    TempDataDir dir;
    const QString file = prepareFolder(dir);
    QByteArray text;
    for (int i = 0; i < 200; ++i)
        text += "Monday: talked to the team about the roadmap. Felt good.\n";
    writeFile(file, text);
    ASSERT_TRUE(QFile::setPermissions(file, OwnerReadWrite | QFileDevice::ReadGroup | QFileDevice::ReadOther));

    auto db = Database::open(dir.path());
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QLatin1String("not a Tandem database"))) << qPrintable(db.error());
    QFile check(file);
    ASSERT_TRUE(check.open(QIODevice::ReadOnly));
    EXPECT_EQ(check.readAll(), text);
    // "Not changed" includes the file's permissions: it is not ours to narrow.
    EXPECT_EQ(mode(file), OwnerReadWrite | QFileDevice::ReadGroup | QFileDevice::ReadOther);
}

TEST(DatabaseTest, NewerSchemaIsRefusedAndLeftAlone)
{
    TempDataDir dir;
    const QString file = prepareFolder(dir);
    const int newer = Database::latestSchemaVersion() + 1;
    makeSqliteFile(file, {QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId),
                          QStringLiteral("PRAGMA user_version = %1").arg(newer),
                          QStringLiteral("CREATE TABLE future_things (id INTEGER PRIMARY KEY, what TEXT)"),
                          QStringLiteral("INSERT INTO future_things (what) VALUES ('hoverboard')")});
    const QByteArray before = fileHash(file);
    ASSERT_FALSE(before.isEmpty());

    auto db = Database::open(dir.path());
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QLatin1String("newer"))) << qPrintable(db.error());
    EXPECT_TRUE(db.error().contains(QLatin1String("Update Tandem"))) << qPrintable(db.error());
    EXPECT_EQ(fileHash(file), before);
}

TEST(DatabaseTest, ForeignDatabaseIsRefusedAndLeftAlone)
{
    TempDataDir dir;
    const QString file = prepareFolder(dir);
    makeSqliteFile(file, {QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)"),
                          QStringLiteral("INSERT INTO moz_places (url) VALUES ('https://example.org')")});
    ASSERT_TRUE(QFile::setPermissions(file, OwnerReadWrite | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = fileHash(file);

    auto db = Database::open(dir.path());
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QLatin1String("some other program"))) << qPrintable(db.error());
    EXPECT_EQ(fileHash(file), before);
    EXPECT_EQ(mode(file), OwnerReadWrite | QFileDevice::ReadGroup | QFileDevice::ReadOther);
}

TEST(DatabaseTest, ForeignDatabaseWithItsOwnVersionIsNotCalledNewer)
{
    // Many programs use user_version for their own schema; that is no Tandem version at all.
    TempDataDir dir;
    const QString file = prepareFolder(dir);
    makeSqliteFile(file, {QStringLiteral("PRAGMA user_version = 77"),
                          QStringLiteral("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")});
    const QByteArray before = fileHash(file);

    auto db = Database::open(dir.path());
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QLatin1String("some other program"))) << qPrintable(db.error());
    EXPECT_FALSE(db.error().contains(QLatin1String("newer"))) << qPrintable(db.error());
    EXPECT_EQ(fileHash(file), before);
}

TEST(DatabaseTest, EmptyFileBecomesADatabase)
{
    // An empty tandem.db (say, from `touch`) holds nothing to lose, so it is set up.
    TempDataDir dir;
    const QString file = prepareFolder(dir);
    writeFile(file, QByteArray());
    auto db = Database::open(dir.path());
    ASSERT_TRUE(db.ok()) << qPrintable(db.error());
    EXPECT_EQ(db.value()->schemaVersion(), Database::latestSchemaVersion());
    EXPECT_EQ(mode(file), OwnerReadWrite);
}

TEST(DatabaseTest, ExistingFolderKeepsItsPermissions)
{
    TempDataDir dir;
    const QFileDevice::Permissions shared = OwnerAll | QFileDevice::ReadGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::ExeOther;
    ASSERT_TRUE(QDir().mkpath(dir.path()));
    ASSERT_TRUE(QFile::setPermissions(dir.path(), shared));
    auto db = Database::open(dir.path());
    ASSERT_TRUE(db.ok()) << qPrintable(db.error());
    EXPECT_EQ(mode(dir.path()), shared);
    // The file inside is private all the same.
    EXPECT_EQ(mode(DataLocation::databasePath(dir.path())), OwnerReadWrite);
}

TEST(DatabaseTest, DataFolderThatIsAFileIsRefused)
{
    TempDataDir dir;
    writeFile(dir.path(), "not a folder");
    auto db = Database::open(dir.path());
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QLatin1String("is a file, not a folder"))) << qPrintable(db.error());
    QFile check(dir.path());
    ASSERT_TRUE(check.open(QIODevice::ReadOnly));
    EXPECT_EQ(check.readAll(), QByteArray("not a folder"));
}

TEST(DatabaseTest, EmptyDataFolderNameIsRefused)
{
    auto db = Database::open(QString());
    ASSERT_FALSE(db.ok());
    EXPECT_FALSE(db.error().isEmpty());
}

TEST(DatabaseTest, FolderThatCannotBeCreatedIsRefused)
{
    TempDataDir dir;
    // The parent is a file, so no folder can be made below it.
    writeFile(dir.path(), "x");
    const QString below = dir.path() + QStringLiteral("/inner");
    auto db = Database::open(below);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().contains(QLatin1String("Could not create the data folder"))) << qPrintable(db.error());
}

TEST(TransactionTest, RollsBackWhenNotCommitted)
{
    TempDataDir dir;
    auto db = Database::open(dir.path());
    ASSERT_TRUE(db.ok()) << qPrintable(db.error());
    {
        Transaction transaction(*db.value());
        ASSERT_TRUE(transaction.isActive()) << qPrintable(transaction.error());
        insertSetting(*db.value(), QStringLiteral("lost"));
        EXPECT_EQ(countSettings(*db.value()), 1);
    }
    EXPECT_EQ(countSettings(*db.value()), 0);
}

TEST(TransactionTest, CommitPersists)
{
    TempDataDir dir;
    {
        auto db = Database::open(dir.path());
        ASSERT_TRUE(db.ok()) << qPrintable(db.error());
        Transaction transaction(*db.value());
        ASSERT_TRUE(transaction.isActive()) << qPrintable(transaction.error());
        insertSetting(*db.value(), QStringLiteral("kept"));
        const Status committed = transaction.commit();
        ASSERT_TRUE(committed.ok()) << qPrintable(committed.error());
        // Committing twice is an error, not a silent success.
        EXPECT_FALSE(transaction.commit().ok());
    }
    auto db = Database::open(dir.path());
    ASSERT_TRUE(db.ok()) << qPrintable(db.error());
    EXPECT_EQ(settingKeys(*db.value()), QStringList{QStringLiteral("kept")});
}

TEST(TransactionTest, InnerRollbackKeepsOuterWork)
{
    TempDataDir dir;
    auto db = Database::open(dir.path());
    ASSERT_TRUE(db.ok()) << qPrintable(db.error());
    {
        Transaction outer(*db.value());
        ASSERT_TRUE(outer.isActive()) << qPrintable(outer.error());
        insertSetting(*db.value(), QStringLiteral("outer"));
        {
            Transaction inner(*db.value());
            ASSERT_TRUE(inner.isActive()) << qPrintable(inner.error());
            insertSetting(*db.value(), QStringLiteral("inner"));
            EXPECT_EQ(countSettings(*db.value()), 2);
        }
        const Status committed = outer.commit();
        ASSERT_TRUE(committed.ok()) << qPrintable(committed.error());
    }
    EXPECT_EQ(settingKeys(*db.value()), QStringList{QStringLiteral("outer")});
}

TEST(TransactionTest, InnerCommitIsUndoneByOuterRollback)
{
    TempDataDir dir;
    auto db = Database::open(dir.path());
    ASSERT_TRUE(db.ok()) << qPrintable(db.error());
    {
        Transaction outer(*db.value());
        ASSERT_TRUE(outer.isActive());
        insertSetting(*db.value(), QStringLiteral("outer"));
        Transaction inner(*db.value());
        ASSERT_TRUE(inner.isActive()) << qPrintable(inner.error());
        insertSetting(*db.value(), QStringLiteral("inner"));
        ASSERT_TRUE(inner.commit().ok());
    }
    EXPECT_EQ(countSettings(*db.value()), 0);

    // And both committed keeps both; the depth is back to zero, so a new outer one works.
    {
        Transaction outer(*db.value());
        ASSERT_TRUE(outer.isActive()) << qPrintable(outer.error());
        insertSetting(*db.value(), QStringLiteral("a"));
        {
            Transaction inner(*db.value());
            insertSetting(*db.value(), QStringLiteral("b"));
            ASSERT_TRUE(inner.commit().ok());
        }
        ASSERT_TRUE(outer.commit().ok());
    }
    EXPECT_EQ(settingKeys(*db.value()), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

TEST(TransactionTest, JoinedInnerOnesAreAllOrNothing)
{
    TempDataDir dir;
    auto db = Database::open(dir.path());
    ASSERT_TRUE(db.ok()) << qPrintable(db.error());
    {
        // An import: the repositories' own transactions join the outer one, and all is kept.
        Transaction outer(*db.value(), Transaction::Inner::Joined);
        ASSERT_TRUE(outer.isActive()) << qPrintable(outer.error());
        for (const char *key : {"a", "b"}) {
            Transaction inner(*db.value());
            ASSERT_TRUE(inner.isActive());
            insertSetting(*db.value(), QLatin1String(key));
            ASSERT_TRUE(inner.commit().ok());
        }
        ASSERT_TRUE(outer.commit().ok());
    }
    EXPECT_EQ(settingKeys(*db.value()), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    {
        // An inner one that fails cannot be undone alone, so nothing is kept, even when the
        // caller goes on and commits.
        Transaction outer(*db.value(), Transaction::Inner::Joined);
        ASSERT_TRUE(outer.isActive());
        insertSetting(*db.value(), QStringLiteral("c"));
        {
            Transaction failed(*db.value());
            ASSERT_TRUE(failed.isActive());
            insertSetting(*db.value(), QStringLiteral("d"));
        }
        const Status committed = outer.commit();
        ASSERT_FALSE(committed.ok());
        EXPECT_EQ(committed.error(), QStringLiteral("Part of the change could not be saved, so none of it was."));
    }
    EXPECT_EQ(settingKeys(*db.value()), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    {
        // And the next transaction has savepoints again: an inner rollback keeps the outer work.
        Transaction outer(*db.value());
        insertSetting(*db.value(), QStringLiteral("e"));
        {
            Transaction inner(*db.value());
            insertSetting(*db.value(), QStringLiteral("f"));
        }
        ASSERT_TRUE(outer.commit().ok());
    }
    EXPECT_EQ(settingKeys(*db.value()), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("e")}));
}

// The statements repositories keep prepared (Database::runPrepared): one per text and connection,
// and none of them spoils what comes after it.
TEST(PreparedStatementTest, AStatementIsPreparedOncePerConnection)
{
    TempDataDir dir;
    auto db = Database::open(dir.path());
    ASSERT_TRUE(db.ok()) << qPrintable(db.error());
    const QString insert = QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)");
    const auto first = db.value()->runPrepared(insert, {{QStringLiteral(":key"), QStringLiteral("a")},
                                                        {QStringLiteral(":value"), QStringLiteral("1")}});
    ASSERT_TRUE(first.ok()) << qPrintable(first.error());
    const auto second = db.value()->runPrepared(insert, {{QStringLiteral(":key"), QStringLiteral("b")},
                                                         {QStringLiteral(":value"), QStringLiteral("2")}});
    ASSERT_TRUE(second.ok()) << qPrintable(second.error());
    EXPECT_EQ(first.value(), second.value()) << "the same text runs the statement kept for it";
    EXPECT_EQ(settingKeys(*db.value()), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));

    // Another connection keeps its own.
    auto other = Database::open(dir.path());
    ASSERT_TRUE(other.ok()) << qPrintable(other.error());
    const auto third = other.value()->runPrepared(insert, {{QStringLiteral(":key"), QStringLiteral("c")},
                                                           {QStringLiteral(":value"), QStringLiteral("3")}});
    ASSERT_TRUE(third.ok()) << qPrintable(third.error());
    EXPECT_NE(third.value(), first.value());
    EXPECT_EQ(countSettings(*db.value()), 3);
}

TEST(PreparedStatementTest, ARefusedRunDoesNotSpoilTheNextOne)
{
    TempDataDir dir;
    auto db = Database::open(dir.path());
    ASSERT_TRUE(db.ok()) << qPrintable(db.error());
    const QString insert = QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, 'x')");
    ASSERT_TRUE(db.value()->runPrepared(insert, {{QStringLiteral(":key"), QStringLiteral("a")}}).ok());
    // The key is taken: refused, in plain words with SQLite's own in the details.
    const auto refused = db.value()->runPrepared(insert, {{QStringLiteral(":key"), QStringLiteral("a")}});
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.errorDetails().contains(QLatin1String("UNIQUE"))) << qPrintable(refused.errorDetails());
    // And the next one (an import after a refused one, say) is stored.
    const auto next = db.value()->runPrepared(insert, {{QStringLiteral(":key"), QStringLiteral("b")}});
    ASSERT_TRUE(next.ok()) << qPrintable(next.error());
    EXPECT_EQ(settingKeys(*db.value()), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    // A statement that cannot be prepared is an error too, and is not kept.
    EXPECT_FALSE(db.value()->runPrepared(QStringLiteral("INSERT INTO no_such_table VALUES (1)")).ok());
    EXPECT_FALSE(db.value()->runPrepared(QStringLiteral("INSERT INTO no_such_table VALUES (1)")).ok());
}

TEST(PreparedStatementTest, AKeptQueryHoldsNoOldSnapshot)
{
    TempDataDir dir;
    auto db = Database::open(dir.path());
    ASSERT_TRUE(db.ok()) << qPrintable(db.error());
    for (const char *key : {"a", "b", "c"})
        insertSetting(*db.value(), QLatin1String(key));
    const QString keys = QStringLiteral("SELECT key FROM settings ORDER BY key");
    // One value of three rows: the statement is finished, not left on its first row.
    const auto first = db.value()->scalarPrepared(keys);
    ASSERT_TRUE(first.ok()) << qPrintable(first.error());
    EXPECT_EQ(first.value().toString(), QStringLiteral("a"));

    // So nothing is left running that would stop a backup (VACUUM INTO refuses while a
    // statement is)...
    const QString copy = QDir(dir.path()).filePath(QStringLiteral("copy.db"));
    const auto backup = db.value()->run(QStringLiteral("VACUUM INTO :path"), {{QStringLiteral(":path"), copy}});
    EXPECT_TRUE(backup.ok()) << qPrintable(backup.errorDetails());
    // ...and this connection sees what another one (tandem-cli beside the app) writes afterwards.
    auto other = Database::open(dir.path());
    ASSERT_TRUE(other.ok()) << qPrintable(other.error());
    insertSetting(*other.value(), QStringLiteral("0"));
    EXPECT_EQ(countSettings(*db.value()), 4);

    // A query read part-way starts from the top when its text runs again.
    auto partly = db.value()->runPrepared(keys);
    ASSERT_TRUE(partly.ok() && partly.value()->next());
    auto whole = db.value()->runPrepared(keys);
    ASSERT_TRUE(whole.ok());
    QStringList seen;
    while (whole.value()->next())
        seen << whole.value()->value(0).toString();
    EXPECT_EQ(seen, (QStringList{QStringLiteral("0"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}

namespace {

QList<qint64> search(const Database &db, const QString &query)
{
    QList<qint64> ids;
    auto q = db.run(QStringLiteral("SELECT rowid FROM journal_fts WHERE journal_fts MATCH :q ORDER BY rowid"),
                    {{QStringLiteral(":q"), query}});
    EXPECT_TRUE(q.ok()) << qPrintable(q.error());
    if (q.ok()) {
        while (q.value().next())
            ids << q.value().value(0).toLongLong();
    }
    return ids;
}

} // namespace

TEST(FullTextSearchTest, FollowsInsertsUpdatesAndDeletes)
{
    TempDataDir dir;
    auto db = Database::open(dir.path());
    ASSERT_TRUE(db.ok()) << qPrintable(db.error());
    JournalRepository journal(*db.value());
    JournalEntry first;
    first.occurredAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    first.title = QStringLiteral("Roadmap review");
    first.body = QStringLiteral("We renegotiated the deadline over coffee at the café.");
    JournalEntry second = first;
    second.title = QStringLiteral("One-to-one");
    second.body = QString();
    second.learned = QStringLiteral("Listening first calmed the escalation.");
    const auto a = journal.add(first);
    const auto b = journal.add(second);
    ASSERT_TRUE(a.ok()) << qPrintable(a.error());
    ASSERT_TRUE(b.ok()) << qPrintable(b.error());

    EXPECT_EQ(search(*db.value(), QStringLiteral("renegotiated")), QList<qint64>{a.value()});
    EXPECT_EQ(search(*db.value(), QStringLiteral("escalation")), QList<qint64>{b.value()});
    // Accents are folded and prefixes match.
    EXPECT_EQ(search(*db.value(), QStringLiteral("cafe")), QList<qint64>{a.value()});
    EXPECT_EQ(search(*db.value(), QStringLiteral("reneg*")), QList<qint64>{a.value()});
    EXPECT_EQ(search(*db.value(), QStringLiteral("roadmap")), QList<qint64>{a.value()});
    EXPECT_TRUE(search(*db.value(), QStringLiteral("hoverboard")).isEmpty());

    // An edit replaces the old words in the index.
    auto updated = db.value()->run(QStringLiteral("UPDATE journal_entries SET body = 'Postponed the launch.' WHERE id = :id"),
                                   {{QStringLiteral(":id"), a.value()}});
    ASSERT_TRUE(updated.ok()) << qPrintable(updated.error());
    EXPECT_TRUE(search(*db.value(), QStringLiteral("renegotiated")).isEmpty());
    EXPECT_EQ(search(*db.value(), QStringLiteral("postponed")), QList<qint64>{a.value()});

    // A deleted entry is no longer found.
    auto deleted = db.value()->run(QStringLiteral("DELETE FROM journal_entries WHERE id = :id"), {{QStringLiteral(":id"), b.value()}});
    ASSERT_TRUE(deleted.ok()) << qPrintable(deleted.error());
    EXPECT_TRUE(search(*db.value(), QStringLiteral("escalation")).isEmpty());
    const auto check = db.value()->run(QStringLiteral("INSERT INTO journal_fts (journal_fts) VALUES ('integrity-check')"));
    EXPECT_TRUE(check.ok()) << qPrintable(check.error());
}
