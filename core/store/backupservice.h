#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tandem::core {

class Clock;
class Database;

/// One file in the backups folder.
struct BackupInfo final
{
    enum class Kind {
        Automatic, ///< made by the app: at start-up when the last is a day old, and on quit after changes
        Manual, ///< asked for (Settings, tandem-cli backup)
        BeforeRestore, ///< the data that was in place when a backup was restored over it
        Damaged, ///< a database file that could not be opened when a backup was restored over it, kept as it was
    };

    QString path;
    QDateTime createdAt; ///< UTC, to the second (from the file name)
    qint64 sizeBytes = 0;
    Kind kind = Kind::Automatic;
};

/// What a backup holds, read from the file itself after checking that it is intact.
struct BackupPreview final
{
    QDateTime createdAt; ///< from the backup's name; the file's time for any other file
    int dataFormat = 0; ///< PRAGMA user_version
    qint64 assessments = 0;
    qint64 journalEntries = 0;
    qint64 goals = 0;
    QDateTime firstEntryAt; ///< when the earliest journal entry happened; invalid when none
    QDateTime lastEntryAt; ///< when the latest journal entry happened; invalid when none
    QDateTime lastAssessmentAt; ///< invalid when none
};

/// What a restore put in place, and where the data it replaced went.
struct RestoreOutcome final
{
    enum class Kept {
        Nothing, ///< the data folder held no database (or an empty file)
        Backup, ///< a verified BeforeRestore backup of the data that was there
        DamagedFile, ///< the file that could not be opened, moved unchanged into the backups folder
    };

    BackupPreview restored;
    Kept kept = Kept::Nothing;
    QString keptPath;
    QString keptReason; ///< for DamagedFile: why the file could not be opened
};

/// Verified backups of a data folder's database in `<dataFolder>/backups`, their rotation, and
/// restoring one of them.
///
/// A backup is made with VACUUM INTO (a consistent snapshot, even while the app writes) into a
/// private temporary file in the backups folder; the copy is switched to a single self-contained
/// file (journal_mode DELETE), checked with PRAGMA integrity_check and for Tandem's application id
/// and data format, synced to disk, and only then renamed to its final name and the folder
/// synced. A final name therefore always holds a complete, checked copy. Names are UTC and sort by
/// time: tandem-20261130-114500Z.db (automatic), …Z-manual.db, …Z-before-restore.db; files the
/// restore moved aside are damaged-20261130-114500Z.db.
class BackupService final
{
public:
    /// How many BeforeRestore backups, and damaged files, rotation keeps (each).
    static constexpr int KeptApart = 5;
    static constexpr int KeptDays = 7;
    static constexpr int KeptWeeks = 8;

    enum class Overwrite { No, Yes };

    BackupService(QString dataDir, const Clock &clock);

    /// `<dataFolder>/backups`; created (0700) when the first backup is made.
    QString backupDir() const;

    /// A verified backup into the backups folder, then rotation (a failure to rotate is not an
    /// error: the next backup tries again). Not inside a transaction.
    Result<BackupInfo> create(const Database &db, BackupInfo::Kind kind) const;

    /// A verified copy at any path (tandem-cli backup --output PATH), made the same way, 0600.
    /// Refuses to replace an existing file unless overwrite is Yes, and never replaces the
    /// database itself.
    static Result<BackupPreview> writeVerifiedCopy(const Database &db, const QString &path,
                                                   Overwrite overwrite = Overwrite::No);

    /// At start-up: a new automatic backup when the store holds data and the newest automatic or
    /// manual backup is more than a day old (or there is none). An empty store is never backed up
    /// automatically, so that losing everything cannot rotate the good backups away.
    Result<std::optional<BackupInfo>> backupIfDue(const Database &db) const;

    /// Every backup and kept damaged file, newest first. Temporary files of a backup in progress
    /// (or of one that was interrupted) are not listed.
    Result<QList<BackupInfo>> list() const;

    /// Opens the file read-only without changing it or creating anything beside it, and checks
    /// that it is an intact Tandem database this version can read; then counts what it holds.
    Result<BackupPreview> preview(const QString &path) const;

    /// The newest backup (not a damaged file) whose preview succeeds; nullopt when there is none.
    Result<std::optional<BackupInfo>> newestGood() const;

    /// Puts the backup at backupPath (any path) in place of the data folder's database.
    /// No connection to that database may be open: the app closes its own, and tandem-cli holds
    /// the data folder's lock (InstanceLock, at DataLocation::lockPath) so that it never restores under the app.
    ///
    /// The backup is copied beside the database and the copy verified first; nothing changes
    /// when it is damaged, not a Tandem database, or from a newer Tandem. Then the current data
    /// is kept: as a verified BeforeRestore backup when it opens, or else the file itself (and
    /// its -wal) moved unchanged to backups/damaged-<time>.db. Only then are the old -wal, -shm
    /// and -journal files removed (SQLite would otherwise apply the old file's log to the restored
    /// one) and the copy renamed over tandem.db.
    Result<RestoreOutcome> restore(const QString &backupPath) const;

    /// Keeps, of the automatic and manual backups, the newest of each of the 7 most recent days
    /// that have one and of each of the 8 most recent ISO weeks that have one (days and weeks in
    /// UTC); and the newest 5 BeforeRestore backups and 5 damaged files. Deletes the rest.
    Status rotate() const;

private:
    QString m_dataDir;
    const Clock &m_clock;
};

} // namespace tandem::core
