#include "database.h"
#include "checkstamp.h"

#include "datalocation.h"
#include "ftssnippet.h"
#include "schema.h"
#include "sqliteheader.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QUrl>

#include <atomic>
#include <functional>
#include <utility>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sqlite3.h>
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

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// A file's identity (device and inode), so that one file reached by two names is one entry.
QByteArray fileId(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return QByteArray::number(quint64(info.st_dev)) + ':' + QByteArray::number(quint64(info.st_ino));
}

// The files this process holds a Database on, with how many connections each.
QMutex openFilesMutex;
QHash<QByteArray, int> &openFiles()
{
    static QHash<QByteArray, int> files;
    return files;
}

// A claim on one file in the registry, taken before connecting and handed to the Database on
// success; released (the count goes down again) when open() gives up.
class Registration final
{
public:
    Registration() = default;
    ~Registration() { release(); }
    Registration(const Registration &) = delete;
    Registration &operator=(const Registration &) = delete;

    // Registers the file and, only when no connection of this process holds it yet, reads its
    // first bytes: under the registry's lock, so that no other thread connects to the file while
    // our descriptor is open (closing it would drop that connection's locks).
    QByteArray claim(const QByteArray &id, const QString &path, bool readHeader)
    {
        const QMutexLocker lock(&openFilesMutex);
        m_id = id;
        const bool first = openFiles().value(id) == 0;
        ++openFiles()[id];
        m_first = first;
        if (!first || !readHeader)
            return {};
        QByteArray bytes(SqliteHeader::Size, '\0');
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return {};
        const ssize_t n = ::pread(fd, bytes.data(), size_t(bytes.size()), 0);
        ::close(fd);
        bytes.truncate(n > 0 ? n : 0);
        return bytes;
    }
    bool first() const { return m_first; }
    /// The claim now belongs to the caller (a Database, which releases it when destroyed).
    QByteArray handOver() { return std::exchange(m_id, QByteArray()); }
    /// Gives the claim up. When it was the only one, tidy runs first, under the registry's lock:
    /// no other thread of this process can be connected to the file then.
    void release(const std::function<void()> &tidy = {})
    {
        if (m_id.isEmpty())
            return;
        const QMutexLocker lock(&openFilesMutex);
        if (tidy && openFiles().value(m_id) == 1)
            tidy();
        if (--openFiles()[m_id] <= 0)
            openFiles().remove(m_id);
        m_id.clear();
    }

private:
    QByteArray m_id;
    bool m_first = true;
};

// Creates the file with mode 0600 before SQLite sees it: SQLite gives its -wal and -shm files
// the database file's permissions, so all three stay private without touching the umask.
Status createPrivateFile(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return Error { QCoreApplication::translate("Database", "Could not create the database file %1: %2")
                           .arg(native(path), QString::fromLocal8Bit(strerror(errno))) };
    ::close(fd);
    return {};
}

void makePrivate(const QString &path)
{
    // Only when needed: a chmod sets the change time even when the mode stays, and the change time
    // tells that the file changed since its last check (CheckStamp). (QFile::permissions() adds
    // the "User" flags for the file's owner, so it never equals OwnerOnlyFile: the mode bits.)
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) == 0 && (info.st_mode & 07777) != 0600)
        QFile::setPermissions(path, OwnerOnlyFile);
}

// Why a file or folder cannot be written, in plain words; empty when it can (or does not exist).
QString whyNotWritable(const QString &path, bool folder)
{
    const QByteArray name = QFile::encodeName(path);
    if (::access(name.constData(), F_OK) != 0)
        return {};
    if (::access(name.constData(), folder ? (W_OK | X_OK) : W_OK) == 0)
        return {};
    switch (errno) {
    case EROFS: return QCoreApplication::translate("Database", "it is on a read-only disk");
    case EACCES:
    case EPERM: return QCoreApplication::translate("Database", "you do not have permission to change it");
    default: return QString::fromLocal8Bit(std::strerror(errno));
    }
}

// After a refusal, the connection that was closed without a checkpoint has left an empty -wal
// and a -shm that were not there before. They go, but only when no other process has the file
// open: SQLite's own test, a write lock on the -shm's "dead man's switch" byte, which every
// connection holds a read lock on. Called only while this process holds no connection to the
// file (Registration::release), so opening the -shm here drops no lock of ours.
void removeCompanionsWeMade(const QString &filePath, bool walExisted, bool shmExisted)
{
    const QString walPath = filePath + QStringLiteral("-wal");
    const QString shmPath = filePath + QStringLiteral("-shm");
    const bool walOurs = !walExisted && QFileInfo(walPath).exists() && QFileInfo(walPath).size() == 0;
    const bool shmOurs = !shmExisted && QFileInfo::exists(shmPath);
    if (!walOurs && !shmOurs)
        return;
    const QByteArray shm = QFile::encodeName(shmPath);
    const int fd = ::open(shm.constData(), O_RDWR | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT && walOurs) // no -shm: no other connection can be using the log
            ::unlink(QFile::encodeName(walPath).constData());
        return;
    }
    constexpr off_t DeadMansSwitch = 128; // UNIX_SHM_DMS in SQLite's os_unix.c
    struct flock lock {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = DeadMansSwitch;
    lock.l_len = 1;
    if (::fcntl(fd, F_SETLK, &lock) == 0) {
        if (walOurs)
            ::unlink(QFile::encodeName(walPath).constData());
        if (shmOurs)
            ::unlink(shm.constData());
    }
    ::close(fd);
}

qint64 sizeOf(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : -1;
}

// SQLite's words in a message for the user: the "*** in database main ***" banner goes, and
// several lines become one.
QString sqliteWords(QString text)
{
    text.remove(QStringLiteral("*** in database main ***"));
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral("; ")).simplified();
}

// The tables, indexes and triggers a store of the given data format must have, read from the
// migrations themselves so that the list can never disagree with them.
QSet<QString> expectedObjects(int version)
{
    static const QRegularExpression create(QStringLiteral(
            R"(^\s*CREATE\s+(?:UNIQUE\s+|VIRTUAL\s+)?(?:TABLE|INDEX|TRIGGER|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?(\w+))"),
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression drop(
            QStringLiteral(R"(^\s*DROP\s+(?:TABLE|INDEX|TRIGGER|VIEW)\s+(?:IF\s+EXISTS\s+)?(\w+))"),
            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rename(
            QStringLiteral(R"(^\s*ALTER\s+TABLE\s+(\w+)\s+RENAME\s+TO\s+(\w+))"), QRegularExpression::CaseInsensitiveOption);
    QSet<QString> names;
    const auto &steps = schemaMigrations();
    for (int step = 0; step < version && step < steps.size(); ++step) {
        for (const QString &statement : steps.at(step)) {
            if (const auto made = create.match(statement); made.hasMatch())
                names.insert(made.captured(1));
            else if (const auto dropped = drop.match(statement); dropped.hasMatch())
                names.remove(dropped.captured(1));
            else if (const auto renamed = rename.match(statement); renamed.hasMatch() && names.remove(renamed.captured(1)))
                names.insert(renamed.captured(2));
        }
    }
    return names;
}

} // namespace

// What open() learned about the files before it connected.
struct Database::OpenState
{
    bool firstHere = true; ///< no other connection of this process holds the file
    bool logHeldData = false; ///< a non-empty -wal was there: recovery after a crash, or another program at work
    bool readOnly = false;
    bool quickCheck = false;
    /// stat() of the file and its log before connecting; the stamp is written from it.
    std::optional<CheckStamp::State> before;
    bool unchangedSinceCheck = false; ///< the check stamp records exactly `before`
};

int Database::latestSchemaVersion()
{
    return static_cast<int>(schemaMigrations().size());
}

bool Database::isOpenHere(const QString &path)
{
    const QByteArray id = fileId(path);
    if (id.isEmpty())
        return false;
    const QMutexLocker lock(&openFilesMutex);
    return openFiles().value(id) > 0;
}

bool Database::isOpenStoreFile(const QString &path)
{
    if (isOpenHere(path))
        return true;
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String("-journal")}) {
        if (path.endsWith(suffix) && isOpenHere(path.chopped(suffix.size())))
            return true;
    }
    return false;
}

Database::Database(QString connectionName, QString dataDir, QString filePath)
    : m_connectionName(std::move(connectionName)), m_dataDir(std::move(dataDir)),
      m_filePath(std::move(filePath))
{
}

Database::~Database()
{
    if (m_statementObserver)
        setStatementObserver({});
    if (m_interruptCheck)
        setInterruptCheck({});
    // The kept statements belong to the connection: finalised before it closes.
    m_prepared.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_fileId.isEmpty()) {
        const QMutexLocker lock(&openFilesMutex);
        if (--openFiles()[m_fileId] <= 0)
            openFiles().remove(m_fileId);
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString &dataDir, Options options)
{
    if (dataDir.isEmpty())
        return Error { QCoreApplication::translate("Database", "No data folder was given.") };

    QFileInfo dirInfo(dataDir);
    if (dirInfo.exists() && !dirInfo.isDir())
        return Error {
            QCoreApplication::translate("Database", "The data folder %1 is a file, not a folder.").arg(native(dataDir))
        };
    if (!dirInfo.exists()) {
        if (!QDir().mkpath(dataDir))
            return Error {
                QCoreApplication::translate(
                    "Database",
                    "Could not create the data folder %1. Check that its parent folder exists and is writable.")
                    .arg(native(dataDir))
            };
        // Only a folder we made is narrowed to 0700: a folder the user pointed us at (even /tmp)
        // keeps its own permissions, and the files inside are private anyway.
        QFile::setPermissions(dataDir, OwnerOnlyDir);
    }

    const QString filePath = DataLocation::databasePath(dataDir);
    const QString walPath = filePath + QStringLiteral("-wal");
    const QString shmPath = filePath + QStringLiteral("-shm");
    QFileInfo fileInfo(filePath);
    if (fileInfo.exists() && !fileInfo.isFile())
        return Error { QCoreApplication::translate("Database", "%1 exists but is not a file.").arg(native(filePath)) };

    // Say what is true when the store cannot be written: it is not damaged, only out of reach.
    QString notWritable;
    QString notWritablePath;
    for (const auto &[path, folder] : {std::pair{dataDir, true}, std::pair{filePath, false}, std::pair{walPath, false},
                                       std::pair{shmPath, false}}) {
        notWritable = whyNotWritable(path, folder);
        if (!notWritable.isEmpty()) {
            notWritablePath = path;
            break;
        }
    }
    OpenState state;
    if (!notWritable.isEmpty()) {
        if (options.access == Access::ReadWrite || !fileInfo.exists())
            return Error { QCoreApplication::translate(
                               "Database", "Tandem cannot change its data in %1: %2. Your data was not changed.")
                               .arg(native(dataDir), notWritable),
                           QCoreApplication::translate("Database", "Not writable: %1").arg(native(notWritablePath)),
                           Error::Kind::NotWritable };
        state.readOnly = true;
    }

    // SQLite deletes a log that has no database beside it: refuse instead, or its data is gone.
    const qint64 walSize = sizeOf(walPath);
    state.logHeldData = walSize > 0;
    if (state.logHeldData && fileInfo.size() <= 0)
        return Error { QCoreApplication::translate(
                           "Database",
                           "%1 is missing or empty, but its log %2 holds data. Tandem did not open it, so that "
                           "nothing in it is lost. Restore a backup, or copy the folder somewhere safe first.")
                           .arg(native(filePath), native(walPath)),
                       {},
                       Error::Kind::Unusable };

    if (!fileInfo.exists()) {
        if (Status created = createPrivateFile(filePath); !created)
            return Error{created.error()};
        fileInfo.refresh();
    }

    // The raw header is read before this process connects to the file, never after (see the
    // class comment); a file this process already holds open has passed these checks.
    const QByteArray id = fileId(filePath);
    if (id.isEmpty())
        return Error { QCoreApplication::translate("Database", "Could not read %1: %2")
                           .arg(native(filePath), QString::fromLocal8Bit(std::strerror(errno))) };
    Registration registration;
    const QByteArray headerBytes = registration.claim(id, filePath, fileInfo.size() > 0);
    state.firstHere = registration.first();
    const QString where = native(filePath);
    if (state.firstHere && fileInfo.size() > 0) {
        const auto header = SqliteHeader::parse(headerBytes);
        if (!header)
            return Error { QCoreApplication::translate(
                               "Database", "%1 is not a Tandem database, or it is damaged. The file was not changed.")
                               .arg(where),
                           QCoreApplication::translate("Database", "The file does not start with an SQLite header."),
                           Error::Kind::Unusable };
        const SqliteHeader::Owner owner = header->owner();
        if (owner == SqliteHeader::Owner::OtherProgram)
            return Error { QCoreApplication::translate(
                               "Database",
                               "%1 is a database of some other program, not Tandem's. The file was not changed.")
                               .arg(where),
                           QStringLiteral("application_id %1").arg(header->applicationId), Error::Kind::Unusable };
        if (owner == SqliteHeader::Owner::NewerTandem)
            return Error {
                QCoreApplication::translate(
                    "Database",
                    "%1 was written by a newer version of Tandem (data format %2; this version knows up to %3). "
                    "Update Tandem to open it. The file was not changed.")
                    .arg(where)
                    .arg(header->userVersion)
                    .arg(latestSchemaVersion()),
                {},
                Error::Kind::Unusable
            };
        // A file cut off after its first page opens without complaint; its header records the
        // size it must have. (With changes in a -wal beside it, the file itself may lag behind.)
        if (!state.logHeldData && header->expectedFileSize() > fileInfo.size())
            return Error { QCoreApplication::translate(
                               "Database",
                               "%1 is damaged: it is shorter than the data it records (it was cut off, perhaps by a "
                               "full disk or an interrupted copy). The file was not changed.")
                               .arg(where),
                           QCoreApplication::translate("Database", "The header records %1 bytes; the file has %2.")
                               .arg(header->expectedFileSize())
                               .arg(fileInfo.size()),
                           Error::Kind::Unusable };
        // Tandem's files are always in WAL mode before anything is written to a log, so a log
        // beside a file that is not belongs to some other file: a backup copied over the
        // database by hand, say. SQLite would apply it all the same and damage the file.
        if (state.logHeldData && !header->walMode)
            return Error { QCoreApplication::translate(
                               "Database",
                               "%1 has a log beside it (%2) that does not belong to it, perhaps left when another "
                               "copy of the file was put in its place. Tandem did not open it, so neither file "
                               "was changed. Move %2 somewhere safe, or restore a backup.")
                               .arg(where, native(walPath)),
                           QCoreApplication::translate(
                               "Database", "The database is in rollback-journal mode, but %1 holds %2 bytes.")
                               .arg(native(walPath))
                               .arg(walSize),
                           Error::Kind::Unusable };
    }

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error { QCoreApplication::translate(
            "Database", "Qt's SQLite driver is not installed (package libqt6sql6-sqlite).") };

    const bool walExisted = QFileInfo::exists(walPath);
    const bool shmExisted = QFileInfo::exists(shmPath);
    auto database = std::unique_ptr<Database>(new Database(nextConnectionName(), dataDir, filePath));
    database->m_readOnly = state.readOnly;
    state.quickCheck = options.quickCheck;
    if (options.quickCheck && fileInfo.size() > 0) {
        // Taken before the first page is read: whatever is written after it changes the state.
        state.before = CheckStamp::take(filePath);
        state.unchangedSinceCheck = state.before && CheckStamp::holds(dataDir, *state.before);
    }
    // Closes the connection (without a checkpoint) and tidies up after it.
    const auto refuse = [&](const Error &error) -> Result<std::unique_ptr<Database>> {
        database.reset();
        registration.release([&] { removeCompanionsWeMade(filePath, walExisted, shmExisted); });
        return error;
    };
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
        if (!state.readOnly) {
            db.setDatabaseName(filePath);
            // Wait for another writer (tandem-cli beside the app) instead of failing at once.
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        } else if (!walExisted && !shmExisted) {
            // A read-only folder cannot hold the -shm file WAL readers need; with no log there,
            // nobody can be writing, and the file is read as it stands.
            db.setDatabaseName(QUrl::fromLocalFile(filePath).toString(QUrl::FullyEncoded)
                               + QStringLiteral("?mode=ro&immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
        } else {
            db.setDatabaseName(filePath);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (!db.open()) {
            const QString why = db.lastError().text();
            return refuse(Error { QCoreApplication::translate("Database", "Could not open %1.").arg(where), why });
        }
    }
    // Until the file has passed every check, closing must not checkpoint: a refused file (or a
    // log that is not its own) stays byte for byte as it was.
    database->setCheckpointOnClose(false);
    if (Status configured = database->configure(state); !configured)
        return refuse(configured.failure());
    if (!state.readOnly) {
        // Only once the file is known to be ours (or empty): a refused file keeps its permissions.
        makePrivate(filePath);
        if (Status migrated = database->migrate(); !migrated)
            return refuse(migrated.failure());
        makePrivate(walPath);
        makePrivate(shmPath);
    }
    database->setCheckpointOnClose(true);
    // Search snippets (JournalRepository::search) on every connection, the read-only ones too.
    if (sqlite3 *sqlite = database->handle(); !sqlite || !FtsSnippet::install(sqlite))
        return refuse(Error { QCoreApplication::translate("Database", "Could not open %1.").arg(where),
                              QStringLiteral("FTS5 is not available") });
    database->m_fileId = registration.handOver();
    return database;
}

sqlite3 *Database::handle() const
{
    const QVariant handle = connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

void Database::setCheckpointOnClose(bool enabled) const
{
    if (sqlite3 *sqlite = handle())
        sqlite3_db_config(sqlite, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, enabled ? 0 : 1, nullptr);
}

void Database::setStatementObserver(std::function<void(const QString &sql)> observer) const
{
    m_statementObserver = std::move(observer);
    sqlite3 *sqlite = handle();
    if (!sqlite)
        return;
    if (!m_statementObserver) {
        sqlite3_trace_v2(sqlite, 0, nullptr, nullptr);
        return;
    }
    sqlite3_trace_v2(
        sqlite, SQLITE_TRACE_STMT,
        [](unsigned, void *context, void *, void *text) {
            const char *sql = static_cast<const char *>(text);
            // "--" starts a trigger's statements, which are part of the statement that fired it.
            if (sql && qstrncmp(sql, "--", 2) != 0)
                static_cast<const Database *>(context)->m_statementObserver(QString::fromUtf8(sql));
            return 0;
        },
        const_cast<Database *>(this));
}

void Database::setInterruptCheck(std::function<bool()> check)
{
    m_interruptCheck = std::move(check);
    if (sqlite3 *sqlite = handle())
        sqlite3_progress_handler(sqlite, m_interruptCheck ? 1000 : 0, m_interruptCheck ? &Database::progress : nullptr,
                                 this);
}

int Database::progress(void *database)
{
    const auto *self = static_cast<const Database *>(database);
    return self->m_interruptCheck && self->m_interruptCheck() ? 1 : 0;
}

namespace {
std::atomic<Database::StatementHook> statementHook{nullptr};
} // namespace

void Database::setStatementHook(StatementHook hook)
{
    statementHook.store(hook);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

namespace {

// A failed statement in plain words, by SQLite's primary result code; SQLite's own text goes in
// the details.
Error statementError(const QSqlError &error, const QString &filePath)
{
    const QString sqlite = error.text();
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    if (!numeric)
        return Error { QCoreApplication::translate("Database", "The database could not carry out a change or query."),
                       sqlite };
    switch (code) {
    case SQLITE_FULL:
        return Error { QCoreApplication::translate("Database", "The disk is full, so the change was not saved."),
                       sqlite };
    case SQLITE_READONLY:
        return Error { QCoreApplication::translate("Database",
                                                   "The data cannot be changed: its folder or file is read-only."),
                       sqlite, Error::Kind::NotWritable };
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error { QCoreApplication::translate(
                           "Database", "The data is busy: another program is changing it. Try again in a moment."),
                       sqlite, Error::Kind::Busy };
    case SQLITE_INTERRUPT:
        return Error { QCoreApplication::translate("Database", "The query was stopped."), sqlite,
                       Error::Kind::Interrupted };
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error { QCoreApplication::translate(
                           "Database", "The data file %1 is damaged. Check it in Settings, or restore a backup.")
                           .arg(native(filePath)),
                       sqlite, Error::Kind::Unusable };
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return Error { QCoreApplication::translate("Database",
                                                   "The data file %1 could not be read or written (a disk error).")
                           .arg(native(filePath)),
                       sqlite };
    default:
        return Error { QCoreApplication::translate("Database", "The database could not carry out a change or query."),
                       sqlite };
    }
}

} // namespace

void Database::bindAll(QSqlQuery &query, const QVariantMap &bindings)
{
    constexpr char16_t ByteOrderMark = 0xFEFF;
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        if (it.value().typeId() != QMetaType::QString) {
            query.bindValue(it.key(), it.value());
            continue;
        }
        const QString text = it.value().toString();
        if (text.isNull())
            query.bindValue(it.key(), QStringLiteral(""));
        else if (text.startsWith(QChar(ByteOrderMark)))
            // Qt hands text to SQLite as UTF-16, and SQLite drops a leading U+FEFF of UTF-16 text
            // as a byte-order mark: given two, it drops one and stores the text as it was.
            query.bindValue(it.key(), QString(QChar(ByteOrderMark) + text));
        else
            query.bindValue(it.key(), text);
    }
}

Error Database::queryError(const QSqlQuery &query) const
{
    return statementError(query.lastError(), m_filePath);
}

Result<QSqlQuery> Database::run(const QString &sql, const QVariantMap &bindings) const
{
    if (StatementHook hook = statementHook.load())
        hook(*this, sql);
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return statementError(query.lastError(), m_filePath);
    bindAll(query, bindings);
    if (!query.exec())
        return statementError(query.lastError(), m_filePath);
    return query;
}

Result<QSqlQuery *> Database::runPrepared(const QString &sql, const QVariantMap &bindings) const
{
    if (StatementHook hook = statementHook.load())
        hook(*this, sql);
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return statementError(query.lastError(), m_filePath);
        it = m_prepared.emplace(sql, std::move(query)).first;
    } else {
        // Resets a SELECT that was read only part-way; a write was reset when it finished.
        it->second.finish();
    }
    QSqlQuery &query = it->second;
    bindAll(query, bindings);
    if (!query.exec()) {
        const Error error = statementError(query.lastError(), m_filePath);
        // Qt's driver finalises a statement whose reset fails; prepared afresh next time.
        m_prepared.erase(it);
        return error;
    }
    return &query;
}

Result<QVariant> Database::scalarPrepared(const QString &sql, const QVariantMap &bindings) const
{
    auto query = runPrepared(sql, bindings);
    if (!query)
        return query.failure();
    QSqlQuery &q = *query.value();
    const QVariant value = q.next() ? q.value(0) : QVariant();
    q.finish();
    return value;
}

Result<QVariant> Database::scalar(const QString &sql, const QVariantMap &bindings) const
{
    auto query = run(sql, bindings);
    if (!query)
        return query.failure();
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
        return Error { QCoreApplication::translate("Database", "The database gave no counts.") };
    return RecordCounts{query.value().value(0).toLongLong(), query.value().value(1).toLongLong(),
                        query.value().value(2).toLongLong()};
}

qint64 Database::totalChanges() const
{
    const auto changes = scalar(QStringLiteral("SELECT total_changes()"));
    return changes ? changes.value().toLongLong() : 0;
}

Status Database::configure(const OpenState &state)
{
    const QString where = native(m_filePath);
    // Read before writing anything: a file that is not a database must stay byte for byte as it was.
    const auto tables = scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema"));
    if (!tables) {
        const QString sqlite = tables.errorDetails();
        if (sqlite.contains(QLatin1String("locked")) || sqlite.contains(QLatin1String("busy")))
            return Error { QCoreApplication::translate(
                               "Database", "%1 is busy: another program is changing it. Try again in a moment.")
                               .arg(where),
                           sqlite, Error::Kind::Busy };
        // Read-only, with a log left beside it (a crash): SQLite needs to write its index to read it.
        if (state.readOnly && tables.failure().kind != Error::Kind::Unusable)
            return Error { QCoreApplication::translate(
                               "Database",
                               "%1 cannot be read while its folder is read-only: it holds changes that were not "
                               "finished (Tandem was stopped while writing). Make the folder writable and try "
                               "again. Your data was not changed.")
                               .arg(where),
                           sqlite, Error::Kind::NotWritable };
        return Error { QCoreApplication::translate(
                           "Database", "%1 is not a Tandem database, or it is damaged. The file was not changed.")
                           .arg(where),
                       sqlite, Error::Kind::Unusable };
    }
    const auto version = scalar(QStringLiteral("PRAGMA user_version"));
    const auto appId = scalar(QStringLiteral("PRAGMA application_id"));
    if (!version || !appId)
        return Error {
            QCoreApplication::translate("Database", "%1 could not be read. The file was not changed.").arg(where),
            (version ? appId : version).errorDetails()
        };
    const int userVersion = version.value().toInt();
    // The same rule as on the header above, now from SQLite itself; a file nobody has marked is
    // a new store only when it holds no tables yet.
    const SqliteHeader::Owner owner = SqliteHeader::ownerOf(userVersion, appId.value().toInt());
    if ((owner == SqliteHeader::Owner::Nobody && tables.value().toInt() > 0) || owner == SqliteHeader::Owner::OtherProgram)
        return Error { QCoreApplication::translate(
                           "Database",
                           "%1 is a database of some other program, not Tandem's. The file was not changed.")
                           .arg(where),
                       {},
                       Error::Kind::Unusable };
    if (owner == SqliteHeader::Owner::NewerTandem)
        return Error { QCoreApplication::translate(
                           "Database",
                           "%1 was written by a newer version of Tandem (data format %2; this version knows up to %3). "
                           "Update Tandem to open it. The file was not changed.")
                           .arg(where)
                           .arg(userVersion)
                           .arg(latestSchemaVersion()),
                       {},
                       Error::Kind::Unusable };
    if (state.readOnly && userVersion < latestSchemaVersion())
        return Error { QCoreApplication::translate(
                           "Database",
                           "%1 was written by an older version of Tandem and must be brought up to date, which "
                           "needs permission to change it. Your data was not changed.")
                           .arg(where),
                       QCoreApplication::translate("Database", "data format %1, this version writes %2")
                           .arg(userVersion)
                           .arg(latestSchemaVersion()),
                       Error::Kind::NotWritable };
    // A table or index gone is damage, not a new store: without it the app would show an empty
    // journal and a first-run welcome over the user's data.
    if (Status schema = checkSchema(); !schema)
        return schema;
    // The whole file is checked (quick_check) before the first write to it (switching to WAL,
    // or a migration), when a log left by a crash was just recovered into it, or when the
    // caller asks and the file or its log changed since they last passed (CheckStamp). A file
    // in WAL mode, up to date and closed cleanly (every start but the first after an upgrade,
    // a restore or a crash) is not: quick_check reads the whole file, too slow for every
    // start-up (docs/data-model.md); the app runs DatabaseCheck::quick later.
    const auto journalMode = scalar(QStringLiteral("PRAGMA journal_mode"));
    const bool willWrite = !state.readOnly
            && (!journalMode || journalMode.value().toString() != QLatin1String("wal") || userVersion < latestSchemaVersion());
    const bool recovered = state.firstHere && state.logHeldData;
    const bool asked = state.quickCheck && !state.unchangedSinceCheck;
    if (tables.value().toInt() > 0 && (willWrite || recovered || asked)) {
        m_wholeFileChecked = true;
        const auto quick = scalar(QStringLiteral("PRAGMA quick_check(3)"));
        const QString found = quick ? quick.value().toString() : quick.errorDetails();
        if (!quick || found != QLatin1String("ok")) {
            if (found.contains(QLatin1String("locked")) || found.contains(QLatin1String("busy")))
                return Error { QCoreApplication::translate(
                                   "Database", "%1 is busy: another program is changing it. Try again in a moment.")
                                   .arg(where),
                               found, Error::Kind::Busy };
            return Error { QCoreApplication::translate(
                               "Database", "%1 is damaged: parts of it cannot be read. The file was not changed.")
                               .arg(where),
                           QCoreApplication::translate("Database", "SQLite reports: %1").arg(sqliteWords(found)),
                           Error::Kind::Unusable };
        }
        if (state.before)
            CheckStamp::record(m_dataDir, *state.before);
    }

    if (state.readOnly)
        return {};
    // foreign_keys is a no-op inside a transaction, so it is set first, on its own.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        if (auto done = run(QString::fromLatin1(pragma)); !done)
            return Error { QCoreApplication::translate("Database", "Could not set up %1.").arg(where),
                           done.errorDetails(), done.failure().kind };
    }
    return {};
}

Status Database::checkSchema()
{
    const int version = schemaVersion();
    if (version <= 0)
        return {};
    auto query = run(QStringLiteral("SELECT name FROM sqlite_schema"));
    if (!query)
        return Error { QCoreApplication::translate(
                           "Database", "%1 is damaged: its list of tables cannot be read. The file was not changed.")
                           .arg(native(m_filePath)),
                       query.errorDetails(), Error::Kind::Unusable };
    QSet<QString> present;
    while (query.value().next())
        present.insert(query.value().value(0).toString());
    QStringList missing;
    for (const QString &name : expectedObjects(version)) {
        if (!present.contains(name))
            missing.append(name);
    }
    if (missing.isEmpty())
        return {};
    missing.sort();
    return Error { QCoreApplication::translate(
                       "Database",
                       "%1 is damaged: part of its structure is missing, so some of your data cannot be found. "
                       "The file was not changed.")
                       .arg(native(m_filePath)),
                   QCoreApplication::translate("Database", "Missing from the schema (data format %1): %2")
                       .arg(version)
                       .arg(missing.join(QStringLiteral(", "))),
                   Error::Kind::Unusable };
}

Status Database::migrate()
{
    const auto &steps = schemaMigrations();
    for (int version = schemaVersion(); version < steps.size(); ++version) {
        const QString failed
            = QCoreApplication::translate("Database",
                                          "Could not bring %1 up to date (data format %2). Your data was not changed.")
                  .arg(native(m_filePath))
                  .arg(version + 1);
        Transaction transaction(*this);
        if (!transaction.isActive())
            return Error{failed, transaction.error()};
        for (const QString &statement : steps.at(version)) {
            if (auto done = run(statement); !done)
                return Error{failed, done.errorDetails(), done.failure().kind};
        }
        if (auto done = run(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)); !done)
            return Error{failed, done.errorDetails(), done.failure().kind};
        if (Status committed = transaction.commit(); !committed)
            return Error{failed, committed.error()};
    }
    return {};
}

} // namespace tandem::core
