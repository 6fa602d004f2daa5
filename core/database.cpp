#include "database.h"

#include "datalocation.h"
#include "schema.h"
#include "sqliteheader.h"
#include "transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlRecord>

#include <atomic>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tandem::core {

namespace {

constexpr QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyDir =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("tandem-%1").arg(++counter);
}

// Creates the file with mode 0600 before SQLite sees it: SQLite gives its -wal and -shm files
// the database file's permissions, so all three stay private without touching the umask.
Status createPrivateFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return Error{QStringLiteral("Could not create the database file %1: %2")
                             .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(strerror(errno)))};
    ::close(fd);
    return {};
}

void makePrivate(const QString &path)
{
    if (QFileInfo::exists(path) && QFile::permissions(path) != OwnerOnlyFile)
        QFile::setPermissions(path, OwnerOnlyFile);
}

} // namespace

int Database::latestSchemaVersion()
{
    return static_cast<int>(schemaMigrations().size());
}

Database::Database(QString connectionName, QString dataDir, QString filePath)
    : m_connectionName(std::move(connectionName)), m_dataDir(std::move(dataDir)),
      m_filePath(std::move(filePath))
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &dataDir)
{
    if (dataDir.isEmpty())
        return Error{QStringLiteral("No data folder was given.")};

    QFileInfo dirInfo(dataDir);
    if (dirInfo.exists() && !dirInfo.isDir())
        return Error{QStringLiteral("The data folder %1 is a file, not a folder.").arg(QDir::toNativeSeparators(dataDir))};
    if (!dirInfo.exists()) {
        if (!QDir().mkpath(dataDir))
            return Error{QStringLiteral("Could not create the data folder %1. Check that its parent folder exists and is writable.")
                                 .arg(QDir::toNativeSeparators(dataDir))};
        // Only a folder we made is narrowed to 0700: a folder the user pointed us at (even /tmp)
        // keeps its own permissions, and the files inside are private anyway.
        QFile::setPermissions(dataDir, OwnerOnlyDir);
    }

    const QString filePath = DataLocation::databasePath(dataDir);
    QFileInfo fileInfo(filePath);
    if (fileInfo.exists() && !fileInfo.isFile())
        return Error{QStringLiteral("%1 exists but is not a file.").arg(QDir::toNativeSeparators(filePath))};
    if (!fileInfo.exists()) {
        if (Status created = createPrivateFile(filePath); !created)
            return Error{created.error()};
    }

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error{QStringLiteral("Qt's SQLite driver is not installed (package libqt6sql6-sqlite).")};

    auto database = std::unique_ptr<Database>(new Database(nextConnectionName(), dataDir, filePath));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        db.setDatabaseName(filePath);
        // Wait for another writer (tandem-cli beside the app) instead of failing at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return Error{QStringLiteral("Could not open %1: %2")
                                 .arg(QDir::toNativeSeparators(filePath), db.lastError().text())};
    }
    if (Status configured = database->configure(); !configured)
        return Error{configured.error()};
    // Only once the file is known to be ours (or empty): a refused file keeps its permissions.
    makePrivate(filePath);
    if (Status migrated = database->migrate(); !migrated)
        return Error{migrated.error()};
    makePrivate(filePath + QStringLiteral("-wal"));
    makePrivate(filePath + QStringLiteral("-shm"));
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantMap &bindings) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error{QStringLiteral("The database could not prepare a statement: %1").arg(query.lastError().text())};
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        // Qt binds a null QString as SQL NULL; our text columns mean "" by it. A real NULL is
        // asked for with an invalid QVariant().
        if (it.value().typeId() == QMetaType::QString && it.value().toString().isNull())
            query.bindValue(it.key(), QStringLiteral(""));
        else
            query.bindValue(it.key(), it.value());
    }
    if (!query.exec())
        return Error{QStringLiteral("The database refused a change or query: %1").arg(query.lastError().text())};
    return query;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantMap &bindings) const
{
    auto query = run(sql, bindings);
    if (!query)
        return Error{query.error()};
    if (!query.value().next())
        return QVariant();
    return query.value().value(0);
}

int Database::schemaVersion() const
{
    const auto version = scalar(QStringLiteral("PRAGMA user_version"));
    return version ? version.value().toInt() : -1;
}

Result<bool> Database::holdsUserData() const
{
    const auto any = scalar(QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM assessments) OR EXISTS (SELECT 1 FROM journal_entries)"
            " OR EXISTS (SELECT 1 FROM goals)"));
    if (!any)
        return Error{any.error()};
    return any.value().toBool();
}

Result<Database::RecordCounts> Database::recordCounts() const
{
    auto query = run(QStringLiteral("SELECT (SELECT count(*) FROM assessments), (SELECT count(*) FROM journal_entries),"
                                    " (SELECT count(*) FROM goals)"));
    if (!query)
        return Error{query.error()};
    if (!query.value().next())
        return Error{QStringLiteral("The database gave no counts.")};
    return RecordCounts{query.value().value(0).toLongLong(), query.value().value(1).toLongLong(),
                        query.value().value(2).toLongLong()};
}

qint64 Database::totalChanges() const
{
    const auto changes = scalar(QStringLiteral("SELECT total_changes()"));
    return changes ? changes.value().toLongLong() : 0;
}

Status Database::configure()
{
    const QString where = QDir::toNativeSeparators(m_filePath);
    // A file cut off after its first page opens without complaint; its header records the size
    // it must have. (With changes in a -wal beside it, the file itself may lag behind.)
    const QFileInfo fileInfo(m_filePath);
    const QFileInfo walInfo(m_filePath + QStringLiteral("-wal"));
    if (fileInfo.size() > 0 && !(walInfo.exists() && walInfo.size() > 0)) {
        const auto header = SqliteHeader::read(m_filePath);
        if (header && header->expectedFileSize() > fileInfo.size())
            return Error{QStringLiteral("%1 is damaged: it is shorter than the data it records (it was cut off, perhaps by a "
                                        "full disk or an interrupted copy). The file was not changed.")
                                 .arg(where)};
    }
    // Read before writing anything: a file that is not a database must stay byte for byte as it was.
    const auto tables = scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!tables)
        return Error{QStringLiteral("%1 is not a Tandem database, or it is damaged. The file was not changed.").arg(where)};
    const auto version = scalar(QStringLiteral("PRAGMA user_version"));
    const auto appId = scalar(QStringLiteral("PRAGMA application_id"));
    if (!version || !appId)
        return Error{QStringLiteral("%1 could not be read. The file was not changed.").arg(where)};
    const int userVersion = version.value().toInt();
    // Ownership first: other programs keep their own schema number in user_version too, and
    // theirs says nothing about Tandem versions.
    if ((userVersion == 0 && tables.value().toInt() > 0) || (userVersion > 0 && appId.value().toInt() != ApplicationId))
        return Error{QStringLiteral("%1 is a database of some other program, not Tandem's. The file was not changed.").arg(where)};
    if (userVersion > latestSchemaVersion())
        return Error{QStringLiteral("%1 was written by a newer version of Tandem (data format %2; this version knows up to %3). "
                                    "Update Tandem to open it. The file was not changed.")
                             .arg(where)
                             .arg(userVersion)
                             .arg(latestSchemaVersion())};
    // Switching to WAL and migrating write to the file, so a file that needs either is checked
    // first and a damaged one refused unchanged. A file in WAL mode and up to date (every start
    // but the first after an upgrade or a restore) is not: quick_check reads the whole file, too
    // slow for every start-up (docs/data-model.md); the app runs DatabaseCheck::quick later.
    const auto journalMode = scalar(QStringLiteral("PRAGMA journal_mode"));
    const bool willWrite = !journalMode || journalMode.value().toString() != QLatin1String("wal")
            || userVersion < latestSchemaVersion();
    if (tables.value().toInt() > 0 && willWrite) {
        const auto quick = scalar(QStringLiteral("PRAGMA quick_check(1)"));
        if (!quick || quick.value().toString() != QLatin1String("ok"))
            return Error{QStringLiteral("%1 is damaged (%2). The file was not changed.")
                                 .arg(where, (quick ? quick.value().toString() : connection().lastError().databaseText())
                                                     .remove(QStringLiteral("*** in database main ***"))
                                                     .simplified())};
    }

    // foreign_keys is a no-op inside a transaction, so it is set first, on its own.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        if (auto done = run(QString::fromLatin1(pragma)); !done)
            return Error{QStringLiteral("Could not set up %1: %2").arg(where, done.error())};
    }
    return {};
}

Status Database::migrate()
{
    const auto &steps = schemaMigrations();
    for (int version = schemaVersion(); version < steps.size(); ++version) {
        Transaction transaction(*this);
        if (!transaction.isActive())
            return Error{QStringLiteral("Could not upgrade the database: %1").arg(transaction.error())};
        for (const QString &statement : steps.at(version)) {
            if (auto done = run(statement); !done)
                return Error{QStringLiteral("Could not upgrade the database to data format %1: %2")
                                     .arg(version + 1)
                                     .arg(done.error())};
        }
        if (auto done = run(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)); !done)
            return Error{done.error()};
        if (Status committed = transaction.commit(); !committed)
            return Error{QStringLiteral("Could not upgrade the database: %1").arg(committed.error())};
    }
    return {};
}

} // namespace tandem::core
