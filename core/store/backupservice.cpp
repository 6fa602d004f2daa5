#include "backupservice.h"

#include "clock.h"
#include "database.h"
#include "datalocation.h"
#include "sqliteheader.h"
#include "sqltime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tandem::core {

namespace {

constexpr QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyDir = OwnerOnlyFile | QFileDevice::ExeOwner;
// A temporary file older than this belongs to no backup still running, whatever its process id says.
constexpr qint64 LeftoverAgeSecs = 24 * 3600;
// SQLite's companions of a database file, which belong to that file and to no other.
const char *const Companions[] = { "-wal", "-shm", "-journal" };

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString errnoText(int error)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT: return QCoreApplication::translate("BackupService", "the disk is full");
    case EACCES:
    case EPERM: return QCoreApplication::translate("BackupService", "permission denied");
    case EROFS: return QCoreApplication::translate("BackupService", "the disk is read-only");
    default: return QString::fromLocal8Bit(std::strerror(error));
    }
}

// SQLite's own words for a full disk are "database or disk is full"; say it plainly.
QString sqliteText(const QString &text)
{
    if (text.contains(QLatin1String("disk is full")))
        return QCoreApplication::translate("BackupService", "the disk is full");
    return text;
}

QString fileTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QLatin1Char('Z');
}

QString kindSuffix(BackupInfo::Kind kind)
{
    switch (kind) {
    case BackupInfo::Kind::Automatic: return {};
    case BackupInfo::Kind::Manual: return QStringLiteral("-manual");
    case BackupInfo::Kind::BeforeRestore: return QStringLiteral("-before-restore");
    case BackupInfo::Kind::Damaged: return {};
    }
    return {};
}

QString finalName(BackupInfo::Kind kind, const QDateTime &time, int counter)
{
    const QString prefix = kind == BackupInfo::Kind::Damaged ? QStringLiteral("damaged-") : QStringLiteral("tandem-");
    const QString count = counter > 1 ? QStringLiteral("-%1").arg(counter) : QString();
    return prefix + fileTime(time) + kindSuffix(kind) + count + QStringLiteral(".db");
}

struct ParsedName
{
    QDateTime createdAt;
    BackupInfo::Kind kind = BackupInfo::Kind::Automatic;
    int counter = 1;
};

std::optional<ParsedName> parseName(const QString &fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(tandem|damaged)-(\d{8})-(\d{6})Z(-manual|-before-restore)?(?:-(\d+))?\.db$)"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(match.captured(2), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(match.captured(3), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    ParsedName parsed;
    parsed.createdAt = QDateTime(date, time, Qt::UTC);
    const bool damaged = match.captured(1) == QLatin1String("damaged");
    const QString suffix = match.captured(4);
    if (damaged && !suffix.isEmpty())
        return std::nullopt;
    parsed.kind = damaged                            ? BackupInfo::Kind::Damaged
        : suffix == QLatin1String("-manual")         ? BackupInfo::Kind::Manual
        : suffix == QLatin1String("-before-restore") ? BackupInfo::Kind::BeforeRestore
                                                     : BackupInfo::Kind::Automatic;
    if (match.hasCaptured(5))
        parsed.counter = match.captured(5).toInt();
    return parsed;
}

// "partial-<pid>-<random>.db": the temporary file of a copy in progress, named after its process
// so that a later run can tell a crashed copy from one still being written.
QString partialName()
{
    return QStringLiteral("partial-%1-%2.db")
        .arg(::getpid())
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

bool processIsRunning(qint64 pid)
{
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

// Removes the temporary files of copies that were interrupted (their process is gone, or they
// are a day old); copies still running in another process are left alone.
void removeLeftovers(const QString &folder)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^partial-(\d+)-[0-9a-f]+\.db(-wal|-shm|-journal)?$)"));
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-LeftoverAgeSecs);
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QFileInfo &entry : entries) {
        const QRegularExpressionMatch match = pattern.match(entry.fileName());
        if (!match.hasMatch())
            continue;
        const qint64 pid = match.captured(1).toLongLong();
        const bool ours = pid == ::getpid();
        if ((!ours && !processIsRunning(pid)) || entry.lastModified().toUTC() < old)
            QFile::remove(entry.filePath());
    }
}

void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    for (const char *suffix : Companions)
        QFile::remove(path + QLatin1String(suffix));
}

Status ensurePrivateFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir())
        return Error {
            QCoreApplication::translate("BackupService", "%1 is a file, not a folder.").arg(native(folder))
        };
    if (info.exists())
        return {};
    if (!QDir().mkpath(folder))
        return Error { QCoreApplication::translate("BackupService", "Could not create the folder %1 (%2).")
                           .arg(native(folder), errnoText(errno)) };
    QFile::setPermissions(folder, OwnerOnlyDir);
    return {};
}

// Creates an empty file 0600 that did not exist, before SQLite or a copy writes into it.
Status createExclusive(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return Error { QCoreApplication::translate("BackupService", "Could not create a file in %1: %2.")
                           .arg(native(QFileInfo(path).absolutePath()), errnoText(errno)) };
    ::close(fd);
    return {};
}

Status syncPath(const QString &path, bool folder)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC | (folder ? O_DIRECTORY : 0));
    if (fd < 0)
        return Error { QCoreApplication::translate("BackupService", "Could not open %1 to sync it to disk: %2.")
                           .arg(native(path), errnoText(errno)) };
    const int result = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (result != 0)
        return Error { QCoreApplication::translate("BackupService", "Could not sync %1 to disk: %2.")
                           .arg(native(path), errnoText(error)) };
    return {};
}

Status syncFile(const QString &path)
{
    return syncPath(path, false);
}

Status syncFolder(const QString &path)
{
    return syncPath(path, true);
}

// rename() that fails with EEXIST instead of replacing a file already at `to`.
int renameNoReplace(const QString &from, const QString &to)
{
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
#ifdef RENAME_NOREPLACE
    if (::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return -1;
#endif
    // A file system without renameat2's flags: a hard link refuses an existing name just the same.
    if (::link(source.constData(), target.constData()) == 0) {
        ::unlink(source.constData());
        return 0;
    }
    if (errno == EEXIST)
        return -1;
    if (QFileInfo::exists(to)) {
        errno = EEXIST;
        return -1;
    }
    return ::rename(source.constData(), target.constData());
}

// Moves `from` into `folder` under the first free name of that kind and time.
Result<QString> moveToFreeName(const QString &from, const QString &folder, BackupInfo::Kind kind, const QDateTime &time)
{
    for (int counter = 1; counter < 1000; ++counter) {
        const QString to = QDir(folder).filePath(finalName(kind, time, counter));
        if (renameNoReplace(from, to) == 0)
            return to;
        if (errno != EEXIST)
            return Error { QCoreApplication::translate("BackupService", "Could not move %1 to %2: %3.")
                               .arg(native(from), native(to), errnoText(errno)) };
    }
    return Error { QCoreApplication::translate("BackupService", "There are too many backups named for %1 in %2.")
                       .arg(fileTime(time), native(folder)) };
}

// A connection of its own to one file, closed and removed when it goes.
class FileConnection final
{
public:
    enum class Mode {
        Inspect, ///< read-only and immutable: no lock, no -wal or -shm created, the file's bytes only
        ReadOnly, ///< read-only, but through the file's -wal when it has one
        ReadWrite,
    };

    FileConnection(const QString &path, Mode mode) : m_name(nextName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        switch (mode) {
        case Mode::Inspect:
            db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)
                               + QStringLiteral("?mode=ro&immutable=1"));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_OPEN_READONLY"));
            break;
        case Mode::ReadOnly:
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            break;
        case Mode::ReadWrite:
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            break;
        }
        if (!db.open())
            m_error = db.lastError().text();
    }

    ~FileConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    FileConnection(const FileConnection &) = delete;
    FileConnection &operator=(const FileConnection &) = delete;

    bool isOpen() const { return m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }

    Result<QSqlQuery> exec(const QString &sql) const
    {
        QSqlQuery query(connection());
        query.setForwardOnly(true);
        if (!query.exec(sql))
            return Error { query.lastError().text() };
        return query;
    }

private:
    static QString nextName()
    {
        static std::atomic<int> counter { 0 };
        return QStringLiteral("tandem-backup-%1").arg(++counter);
    }

    QString m_name;
    QString m_error;
};

// The first line of PRAGMA integrity_check, or "" when it says ok.
Result<QString> integrityProblem(const FileConnection &connection)
{
    auto check = connection.exec(QStringLiteral("PRAGMA integrity_check(3)"));
    if (!check)
        return Error { check.error() };
    QStringList problems;
    while (check.value().next())
        problems.append(check.value().value(0).toString());
    if (problems == QStringList { QStringLiteral("ok") })
        return QString();
    if (problems.isEmpty())
        return QCoreApplication::translate("BackupService", "the check gave no answer");
    // SQLite starts its report with a "*** in database main ***" line; one line reads better.
    QString details = problems.join(QLatin1Char('\n'));
    details.remove(QStringLiteral("*** in database main ***"));
    return details.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QStringLiteral("; "));
}

QDateTime createdAtOf(const QString &path)
{
    if (const auto parsed = parseName(QFileInfo(path).fileName()))
        return parsed->createdAt;
    return QFileInfo(path).lastModified().toUTC();
}

// What can be known of a database file without SQLite: that it is an SQLite file at all, that it
// is Tandem's and of a data format this version reads, that it is whole, and that no -wal beside
// it holds changes that are not in the file itself. `shownAs` is the name used in messages.
Result<SqliteHeader> checkHeader(const QString &path, const QString &shownAs)
{
    const QString where = native(shownAs);
    const QFileInfo info(path);
    if (!info.exists())
        return Error { QCoreApplication::translate("BackupService", "%1 does not exist.").arg(where) };
    if (!info.isFile())
        return Error { QCoreApplication::translate("BackupService", "%1 is not a file.").arg(where) };
    if (info.size() == 0)
        return Error { QCoreApplication::translate("BackupService", "%1 is empty: it holds no data.").arg(where) };
    if (Database::isOpenHere(path))
        return Error { QCoreApplication::translate("BackupService",
                                                   "%1 is a database Tandem has open; choose a backup instead.")
                           .arg(where) };
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return Error {
            QCoreApplication::translate("BackupService", "%1 could not be read: %2.").arg(where, probe.errorString())
        };
    probe.close();
    const auto header = SqliteHeader::read(path);
    if (!header)
        return Error { QCoreApplication::translate(
                           "BackupService",
                           "%1 is not a Tandem database or backup, or it is damaged (it does not start like one).")
                           .arg(where) };
    // A backup is never a new, empty file: one nobody has marked is not Tandem's either.
    const SqliteHeader::Owner owner = header->owner();
    if (owner == SqliteHeader::Owner::Nobody || owner == SqliteHeader::Owner::OtherProgram)
        return Error { QCoreApplication::translate(
                           "BackupService", "%1 is a database of some other program, not a Tandem database or backup.")
                           .arg(where) };
    if (owner == SqliteHeader::Owner::NewerTandem)
        return Error { QCoreApplication::translate(
                           "BackupService",
                           "%1 was made by a newer version of Tandem (data format %2; this version reads up to %3). "
                           "Update Tandem to use it.")
                           .arg(where)
                           .arg(header->userVersion)
                           .arg(Database::latestSchemaVersion()) };
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return Error { QCoreApplication::translate(
                           "BackupService",
                           "%1 has recent changes in %1-wal that are not in the file itself yet: Tandem is using it, "
                           "or was not closed properly. Close Tandem, or make a backup of that folder with "
                           "tandem-cli backup and use the backup.")
                           .arg(where) };
    if (header->expectedFileSize() > info.size())
        return Error { QCoreApplication::translate(
                           "BackupService", "%1 is damaged: it is shorter than the data it records (it was cut off).")
                           .arg(where) };
    return *header;
}

// Checks the whole file (integrity_check) without changing it or creating anything beside it,
// and reads what it holds.
Result<BackupPreview> inspect(const QString &path, const QString &shownAs)
{
    const auto header = checkHeader(path, shownAs);
    if (!header)
        return Error { header.error() };
    const QString where = native(shownAs);
    const FileConnection file(path, FileConnection::Mode::Inspect);
    if (!file.isOpen())
        return Error { QCoreApplication::translate("BackupService", "%1 could not be opened.").arg(where), file.error(),
                       Error::Kind::Unusable };
    // SQLite's findings ("btreeInitPage() returns error code 11") are details, not the message.
    const auto problem = integrityProblem(file);
    if (!problem)
        return Error {
            QCoreApplication::translate("BackupService", "%1 is damaged: parts of it cannot be read.").arg(where),
            problem.error(), Error::Kind::Unusable
        };
    if (!problem.value().isEmpty())
        return Error {
            QCoreApplication::translate("BackupService", "%1 is damaged: parts of it cannot be read.").arg(where),
            QCoreApplication::translate("BackupService", "SQLite reports: %1").arg(problem.value()),
            Error::Kind::Unusable
        };
    auto counts = file.exec(QStringLiteral(
        "SELECT (SELECT count(*) FROM assessments), (SELECT count(*) FROM journal_entries), (SELECT count(*) FROM "
        "goals),"
        " (SELECT min(occurred_at) FROM journal_entries), (SELECT max(occurred_at) FROM journal_entries),"
        " (SELECT max(taken_at) FROM assessments)"));
    if (!counts || !counts.value().next())
        return Error {
            QCoreApplication::translate("BackupService", "%1 is damaged: its records could not be read.").arg(where),
            counts ? QCoreApplication::translate("BackupService", "no answer") : counts.error(), Error::Kind::Unusable
        };
    const QSqlQuery &row = counts.value();
    BackupPreview preview;
    preview.createdAt = createdAtOf(path);
    preview.dataFormat = header->userVersion;
    preview.assessments = row.value(0).toLongLong();
    preview.journalEntries = row.value(1).toLongLong();
    preview.goals = row.value(2).toLongLong();
    preview.firstEntryAt = fromSqlTime(row.value(3).toString());
    preview.lastEntryAt = fromSqlTime(row.value(4).toString());
    preview.lastAssessmentAt = fromSqlTime(row.value(5).toString());
    return preview;
}

// The free space check is a courtesy (a clear message before any work); the copy itself still
// fails cleanly when the disk fills up.
Status checkFreeSpace(const QString &folder, qint64 needed)
{
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < needed)
        return Error {
            QCoreApplication::translate(
                "BackupService",
                "There is not enough free disk space in %1 for a copy of the data (about %2 MB needed, %3 MB free).")
                .arg(native(folder))
                .arg((needed + 999999) / 1000000)
                .arg(storage.bytesAvailable() / 1000000)
        };
    return {};
}

// Writes a consistent copy of the database behind `source` to `temp` (which must not exist yet),
// makes it one self-contained file, checks it and syncs it. On failure nothing is left at temp.
Result<BackupPreview> writeCheckedCopy(const QSqlDatabase &source, const QString &temp, const QString &shownAs)
{
    if (Status created = createExclusive(temp); !created)
        return Error { created.error() };
    const auto fail = [&](const QString &message) -> Result<BackupPreview> {
        removeWithCompanions(temp);
        return Error { message };
    };
    {
        // VACUUM INTO accepts an empty existing file, which keeps the 0600 mode given above.
        QSqlQuery vacuum(source);
        if (!vacuum.prepare(QStringLiteral("VACUUM INTO :target")))
            return fail(QCoreApplication::translate("BackupService", "Could not start the copy: %1.")
                            .arg(vacuum.lastError().text()));
        vacuum.bindValue(QStringLiteral(":target"), temp);
        if (!vacuum.exec())
            return fail(QCoreApplication::translate("BackupService", "Could not copy the data to %1: %2.")
                            .arg(native(QFileInfo(shownAs).absolutePath()), sqliteText(vacuum.lastError().text())));
    }
    {
        // A copy of a WAL database must not need a -wal file of its own to be complete.
        const FileConnection copy(temp, FileConnection::Mode::ReadWrite);
        const auto mode
            = copy.isOpen() ? copy.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) : Error { copy.error() };
        if (!mode)
            return fail(QCoreApplication::translate("BackupService", "Could not finish the copy: %1.")
                            .arg(sqliteText(mode.error())));
    }
    auto preview = inspect(temp, shownAs);
    if (!preview)
        return fail(QCoreApplication::translate("BackupService", "The copy failed its check, so it was not kept: %1")
                        .arg(preview.error()));
    if (const auto header = SqliteHeader::read(temp); !header || header->walMode)
        return fail(
            QCoreApplication::translate("BackupService", "The copy is not a self-contained file, so it was not kept."));
    if (Status synced = syncFile(temp); !synced)
        return fail(synced.error());
    QFile::setPermissions(temp, OwnerOnlyFile);
    return preview;
}

// Copies the bytes of `from` to `to` (which must not exist yet) and syncs them.
Status copyBytes(const QString &from, const QString &to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return Error { QCoreApplication::translate("BackupService", "Could not read %1: %2.")
                           .arg(native(from), source.errorString()) };
    if (Status created = createExclusive(to); !created)
        return created;
    const QByteArray target = QFile::encodeName(to);
    const int fd = ::open(target.constData(), O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return Error {
            QCoreApplication::translate("BackupService", "Could not write %1: %2.").arg(native(to), errnoText(errno))
        };
    const auto fail = [&](int error) {
        ::close(fd);
        QFile::remove(to);
        return Status(Error { QCoreApplication::translate("BackupService", "Could not copy %1: %2.")
                                  .arg(native(from), errnoText(error)) });
    };
    QByteArray buffer;
    while (!(buffer = source.read(1 << 20)).isEmpty()) {
        const char *data = buffer.constData();
        qint64 left = buffer.size();
        while (left > 0) {
            const ssize_t written = ::write(fd, data, static_cast<size_t>(left));
            if (written < 0) {
                if (errno == EINTR)
                    continue;
                return fail(errno);
            }
            data += written;
            left -= written;
        }
    }
    if (source.error() != QFileDevice::NoError) {
        ::close(fd);
        QFile::remove(to);
        return Error { QCoreApplication::translate("BackupService", "Could not read %1: %2.")
                           .arg(native(from), source.errorString()) };
    }
    if (::fsync(fd) != 0)
        return fail(errno);
    ::close(fd);
    return {};
}

QString canonical(const QString &path)
{
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return resolved.isEmpty() ? QFileInfo(path).absoluteFilePath() : resolved;
}

} // namespace

BackupService::BackupService(QString dataDir, const Clock &clock) : m_dataDir(std::move(dataDir)), m_clock(clock)
{
}

QString BackupService::backupDir() const
{
    return QDir(m_dataDir).filePath(QStringLiteral("backups"));
}

Result<BackupInfo> BackupService::create(const Database &db, BackupInfo::Kind kind) const
{
    if (kind == BackupInfo::Kind::Damaged)
        return Error { QCoreApplication::translate("BackupService", "A backup cannot be made as a damaged file.") };
    const QString folder = backupDir();
    if (Status made = ensurePrivateFolder(folder); !made)
        return Error { QCoreApplication::translate("BackupService", "Could not make a backup: %1").arg(made.error()) };
    removeLeftovers(folder);
    if (Status space = checkFreeSpace(folder, QFileInfo(db.filePath()).size()); !space)
        return Error { QCoreApplication::translate("BackupService", "Could not make a backup: %1").arg(space.error()) };

    const QDateTime now = m_clock.now().toUTC();
    const QString temp = QDir(folder).filePath(partialName());
    const auto copy = writeCheckedCopy(db.connection(), temp, QDir(folder).filePath(finalName(kind, now, 1)));
    if (!copy)
        return Error { QCoreApplication::translate("BackupService", "Could not make a backup: %1").arg(copy.error()) };
    const auto placed = moveToFreeName(temp, folder, kind, now);
    if (!placed) {
        QFile::remove(temp);
        return Error {
            QCoreApplication::translate("BackupService", "Could not make a backup: %1").arg(placed.error())
        };
    }
    if (Status synced = syncFolder(folder); !synced)
        return Error { QCoreApplication::translate("BackupService", "The backup %1 was written, but %2")
                           .arg(native(placed.value()), synced.error()) };
    // Rotation failing (a file that cannot be deleted) loses nothing; the next backup tries again.
    (void)rotate();
    return BackupInfo { placed.value(), now.addMSecs(-now.time().msec()), QFileInfo(placed.value()).size(), kind };
}

Result<BackupPreview> BackupService::writeVerifiedCopy(const Database &db, const QString &path, Overwrite overwrite)
{
    const QFileInfo target(path);
    const QString where = native(target.absoluteFilePath());
    if (target.fileName().isEmpty())
        return Error { QCoreApplication::translate("BackupService",
                                                   "%1 is a folder; give the name of the file to write.")
                           .arg(where) };
    if (target.isDir())
        return Error { QCoreApplication::translate("BackupService",
                                                   "%1 is a folder; give the name of the file to write.")
                           .arg(where) };
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir())
        return Error {
            QCoreApplication::translate("BackupService", "The folder %1 does not exist.").arg(native(folder))
        };
    const QString current = canonical(db.filePath());
    const QString wanted = canonical(target.absoluteFilePath());
    for (const QString &own :
         QStringList { current, current + QStringLiteral("-wal"), current + QStringLiteral("-shm") }) {
        if (wanted == own)
            return Error { QCoreApplication::translate(
                               "BackupService", "%1 is the database itself (or one of its files); choose another name.")
                               .arg(where) };
    }
    if (target.exists() && overwrite == Overwrite::No)
        return Error {
            QCoreApplication::translate("BackupService", "%1 already exists; choose another name.").arg(where)
        };
    if (Status space = checkFreeSpace(folder, QFileInfo(db.filePath()).size()); !space)
        return Error { space.error() };

    const QString temp = QDir(folder).filePath(QStringLiteral(".") + partialName());
    auto copy = writeCheckedCopy(db.connection(), temp, target.absoluteFilePath());
    if (!copy)
        return Error { copy.error() };
    const QByteArray from = QFile::encodeName(temp);
    const QByteArray to = QFile::encodeName(target.absoluteFilePath());
    const int placed = overwrite == Overwrite::Yes ? ::rename(from.constData(), to.constData())
                                                   : renameNoReplace(temp, target.absoluteFilePath());
    if (placed != 0) {
        const int error = errno;
        QFile::remove(temp);
        return Error {
            error == EEXIST
                ? QCoreApplication::translate("BackupService", "%1 already exists; choose another name.").arg(where)
                : QCoreApplication::translate("BackupService", "Could not write %1: %2.").arg(where, errnoText(error))
        };
    }
    if (Status synced = syncFolder(folder); !synced)
        return Error {
            QCoreApplication::translate("BackupService", "%1 was written, but %2").arg(where, synced.error())
        };
    copy.value().createdAt = QFileInfo(target.absoluteFilePath()).lastModified().toUTC();
    return copy;
}

Result<std::optional<BackupInfo>> BackupService::backupIfDue(const Database &db) const
{
    const auto backups = list();
    if (!backups)
        return Error { backups.error() };
    const QDateTime now = m_clock.now().toUTC();
    for (const BackupInfo &backup : backups.value()) {
        if (backup.kind != BackupInfo::Kind::Automatic && backup.kind != BackupInfo::Kind::Manual)
            continue;
        // A backup "from the future" (the clock was wrong) does not stop backups for long.
        const qint64 age = backup.createdAt.secsTo(now);
        if (age <= 24 * 3600 && age >= -24 * 3600)
            return std::optional<BackupInfo>();
        break;
    }
    const auto holdsData = db.holdsUserData();
    if (!holdsData)
        return Error { holdsData.error() };
    if (!holdsData.value())
        return std::optional<BackupInfo>();
    auto made = create(db, BackupInfo::Kind::Automatic);
    if (!made)
        return Error { made.error() };
    return std::optional<BackupInfo>(std::move(made).value());
}

Result<QList<BackupInfo>> BackupService::list() const
{
    const QString folder = backupDir();
    if (!QFileInfo(folder).isDir())
        return QList<BackupInfo>();
    const QDir dir(folder);
    if (!dir.isReadable())
        return Error { QCoreApplication::translate("BackupService",
                                                   "The backup folder %1 could not be read (permission denied).")
                           .arg(native(folder)) };
    struct Entry
    {
        BackupInfo info;
        int counter;
        QDateTime modified; // orders backups made within one second
    };
    QList<Entry> entries;
    for (const QFileInfo &file : dir.entryInfoList(QDir::Files | QDir::Hidden)) {
        const auto parsed = parseName(file.fileName());
        if (!parsed)
            continue;
        entries.append({ BackupInfo { file.filePath(), parsed->createdAt, file.size(), parsed->kind }, parsed->counter,
                         file.lastModified() });
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.info.createdAt != b.info.createdAt)
            return a.info.createdAt > b.info.createdAt;
        if (a.counter != b.counter)
            return a.counter > b.counter;
        if (a.modified != b.modified)
            return a.modified > b.modified;
        return a.info.path > b.info.path;
    });
    QList<BackupInfo> backups;
    backups.reserve(entries.size());
    for (const Entry &entry : entries)
        backups.append(entry.info);
    return backups;
}

Result<BackupPreview> BackupService::preview(const QString &path) const
{
    return inspect(path, path);
}

Result<std::optional<BackupInfo>> BackupService::newestGood() const
{
    const auto backups = list();
    if (!backups)
        return Error { backups.error() };
    for (const BackupInfo &backup : backups.value()) {
        if (backup.kind != BackupInfo::Kind::Damaged && preview(backup.path))
            return std::optional<BackupInfo>(backup);
    }
    return std::optional<BackupInfo>();
}

Result<RestoreOutcome> BackupService::restore(const QString &backupPath) const
{
    const QString source = QFileInfo(backupPath).absoluteFilePath();
    const QString current = DataLocation::databasePath(m_dataDir);
    const QString unchanged = QCoreApplication::translate("BackupService", " Nothing was changed.");
    if (canonical(source) == canonical(current))
        return Error { QCoreApplication::translate("BackupService",
                                                   "%1 is the database itself; choose a backup to restore.")
                           .arg(native(source)) };
    // The caller closes its connections first; reading the file beside an open one would drop
    // SQLite's locks on it (see Database).
    if (Database::isOpenHere(current))
        return Error { QCoreApplication::translate("BackupService",
                                                   "Close the data in %1 before restoring a backup over it.")
                           .arg(native(m_dataDir)) };
    // Cheap refusals first, so that a wrong file is not copied at all.
    if (const auto header = checkHeader(source, source); !header)
        return Error { header.error() + unchanged };
    if (Status folder = ensurePrivateFolder(m_dataDir); !folder)
        return Error { folder.error() + unchanged };
    removeLeftovers(m_dataDir);

    // The copy beside tandem.db is what gets checked and then renamed into place, so the bytes
    // that were checked are the bytes that are used.
    const QString temp = QDir(m_dataDir).filePath(partialName());
    if (Status copied = copyBytes(source, temp); !copied)
        return Error { copied.error() + unchanged };
    const auto fail = [&](const QString &message) -> Result<RestoreOutcome> {
        QFile::remove(temp);
        return Error { message };
    };
    auto restored = inspect(temp, source);
    if (!restored)
        return fail(restored.error() + unchanged);
    restored.value().createdAt = createdAtOf(source);

    RestoreOutcome outcome;
    outcome.restored = restored.value();
    const QFileInfo currentInfo(current);
    if (currentInfo.exists() && !currentInfo.isFile())
        return fail(QCoreApplication::translate("BackupService", "%1 is not a file.").arg(native(current)) + unchanged);
    const QFileInfo currentWal(current + QStringLiteral("-wal"));
    const QFileInfo currentJournal(current + QStringLiteral("-journal"));
    const bool walHoldsData = currentWal.exists() && currentWal.size() > 0;
    // A file with a log beside it is read through SQLite's usual locking and recovery; any
    // other is read as it stands on disk, creating nothing beside it.
    const bool hasLog = walHoldsData || (currentJournal.exists() && currentJournal.size() > 0);
    if (currentInfo.exists() && (currentInfo.size() > 0 || walHoldsData)) {
        // Keep what is there: a checked backup of it when it opens, else the file itself.
        QString problem;
        const auto header = SqliteHeader::read(current);
        if (!header)
            problem
                = QCoreApplication::translate("BackupService", "it is not a Tandem database, or its start is damaged");
        else if (header->owner() == SqliteHeader::Owner::Nobody || header->owner() == SqliteHeader::Owner::OtherProgram)
            problem = QCoreApplication::translate("BackupService", "it is a database of some other program");
        else if (header->owner() == SqliteHeader::Owner::NewerTandem)
            problem = QCoreApplication::translate("BackupService", "it was written by a newer version of Tandem");
        else if (!walHoldsData && header->expectedFileSize() > currentInfo.size())
            problem = QCoreApplication::translate("BackupService", "it is shorter than the data it records");

        if (problem.isEmpty()) {
            const FileConnection file(current, hasLog ? FileConnection::Mode::ReadOnly : FileConnection::Mode::Inspect);
            const auto integrity = file.isOpen() ? integrityProblem(file) : Result<QString>(Error { file.error() });
            if (!integrity)
                problem = integrity.error();
            else if (!integrity.value().isEmpty())
                problem = integrity.value();

            if (problem.isEmpty()) {
                const QString folder = backupDir();
                if (Status made = ensurePrivateFolder(folder); !made)
                    return fail(QCoreApplication::translate("BackupService", "Could not keep the current data: %1")
                                    .arg(made.error())
                                + unchanged);
                removeLeftovers(folder);
                const QDateTime now = m_clock.now().toUTC();
                const QString keptTemp = QDir(folder).filePath(partialName());
                const auto copy
                    = writeCheckedCopy(file.connection(), keptTemp,
                                       QDir(folder).filePath(finalName(BackupInfo::Kind::BeforeRestore, now, 1)));
                if (!copy)
                    return fail(QCoreApplication::translate("BackupService", "Could not keep the current data: %1")
                                    .arg(copy.error())
                                + unchanged);
                const auto placed = moveToFreeName(keptTemp, folder, BackupInfo::Kind::BeforeRestore, now);
                if (!placed) {
                    QFile::remove(keptTemp);
                    return fail(QCoreApplication::translate("BackupService", "Could not keep the current data: %1")
                                    .arg(placed.error())
                                + unchanged);
                }
                if (Status synced = syncFolder(folder); !synced)
                    return fail(QCoreApplication::translate("BackupService", "Could not keep the current data: %1")
                                    .arg(synced.error())
                                + unchanged);
                outcome.kept = RestoreOutcome::Kept::Backup;
                outcome.keptPath = placed.value();
            }
        }

        if (!problem.isEmpty()) {
            // The file is moved, not copied or opened for writing: its bytes stay exactly as they
            // were, and its -wal (which may hold its newest changes) goes with it.
            const QString folder = backupDir();
            if (Status made = ensurePrivateFolder(folder); !made)
                return fail(QCoreApplication::translate("BackupService", "Could not keep the current file: %1")
                                .arg(made.error())
                            + unchanged);
            const auto moved = moveToFreeName(current, folder, BackupInfo::Kind::Damaged, m_clock.now().toUTC());
            if (!moved)
                return fail(QCoreApplication::translate("BackupService", "Could not keep the current file: %1")
                                .arg(moved.error())
                            + unchanged);
            for (const char *suffix : { "-wal", "-journal" }) {
                const QString companion = current + QLatin1String(suffix);
                const QFileInfo info(companion);
                if (!info.exists() || info.size() == 0)
                    continue;
                if (renameNoReplace(companion, moved.value() + QLatin1String(suffix)) != 0) {
                    const int error = errno;
                    ::rename(QFile::encodeName(moved.value()).constData(), QFile::encodeName(current).constData());
                    return fail(QCoreApplication::translate("BackupService", "Could not keep %1: %2.")
                                    .arg(native(companion), errnoText(error))
                                + unchanged);
                }
            }
            if (Status synced = syncFolder(folder); !synced)
                return fail(QCoreApplication::translate("BackupService", "Could not keep the current file: %1")
                                .arg(synced.error()));
            outcome.kept = RestoreOutcome::Kept::DamagedFile;
            outcome.keptPath = moved.value();
            outcome.keptReason = problem;
        }
    }

    // Only now that the current data is safe: SQLite would apply a -wal (or roll back a -journal)
    // left by the old file to the restored one, so they go before the restored file arrives.
    for (const char *suffix : Companions) {
        const QString companion = current + QLatin1String(suffix);
        if (QFileInfo::exists(companion) && !QFile::remove(companion))
            return fail(
                QCoreApplication::translate("BackupService",
                                            "Could not remove %1, so the backup was not put in place. %2")
                    .arg(native(companion),
                         outcome.kept == RestoreOutcome::Kept::Nothing
                             ? QString()
                             : QCoreApplication::translate("BackupService", "The data that was there is kept at %1.")
                                   .arg(native(outcome.keptPath))));
    }
    if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(current).constData()) != 0) {
        const int error = errno;
        return fail(
            QCoreApplication::translate("BackupService", "Could not put the backup in place: %1.%2")
                .arg(errnoText(error),
                     outcome.kept == RestoreOutcome::Kept::Nothing
                         ? QString()
                         : QCoreApplication::translate("BackupService", " The data that was there is kept at %1.")
                               .arg(native(outcome.keptPath))));
    }
    QFile::setPermissions(current, OwnerOnlyFile);
    if (Status synced = syncFolder(m_dataDir); !synced)
        return Error {
            QCoreApplication::translate("BackupService", "The backup was put in place, but %1").arg(synced.error())
        };
    return outcome;
}

Status BackupService::rotate() const
{
    const auto backups = list();
    if (!backups)
        return Error { backups.error() };
    QSet<QDate> days;
    QSet<int> weeks;
    int beforeRestore = 0;
    int damaged = 0;
    QStringList failed;
    for (const BackupInfo &backup : backups.value()) {
        bool keep = false;
        switch (backup.kind) {
        case BackupInfo::Kind::Automatic:
        case BackupInfo::Kind::Manual: {
            // Newest first, so the first backup seen of a day (or week) is that day's newest.
            const QDate day = backup.createdAt.toUTC().date();
            int weekYear = 0;
            const int week = day.weekNumber(&weekYear);
            const int weekKey = weekYear * 100 + week;
            if (!days.contains(day) && days.size() < KeptDays) {
                days.insert(day);
                keep = true;
            }
            if (!weeks.contains(weekKey) && weeks.size() < KeptWeeks) {
                weeks.insert(weekKey);
                keep = true;
            }
            break;
        }
        case BackupInfo::Kind::BeforeRestore: keep = ++beforeRestore <= KeptApart; break;
        case BackupInfo::Kind::Damaged: keep = ++damaged <= KeptApart; break;
        }
        if (keep)
            continue;
        if (!QFile::remove(backup.path))
            failed.append(native(backup.path));
        else if (backup.kind == BackupInfo::Kind::Damaged)
            removeWithCompanions(backup.path);
    }
    (void)syncFolder(backupDir());
    if (!failed.isEmpty())
        return Error { QCoreApplication::translate("BackupService", "Could not delete old backups: %1.")
                           .arg(failed.join(QStringLiteral(", "))) };
    return {};
}

} // namespace tandem::core
