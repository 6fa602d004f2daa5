#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

#include <memory>

namespace tandem::core {

/// The one SQLite file that holds a user's data, opened for this thread.
///
/// Opening creates the data folder (0700) and the file (0600) when they are missing, turns on
/// foreign keys and WAL, and brings the schema up to date one migration at a time. A file that
/// is not a Tandem database, or one written by a newer Tandem, is refused and left untouched.
class Database final
{
public:
    /// The schema version this build writes (PRAGMA user_version).
    static int latestSchemaVersion();
    /// PRAGMA application_id of a Tandem database ("TAND").
    static constexpr int ApplicationId = 0x54414E44;

    /// Opens (creating if needed) the database in dataDir.
    static Result<std::unique_ptr<Database>> open(const QString &dataDir);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }
    QString dataDir() const { return m_dataDir; }
    int schemaVersion() const;

    /// Prepares and runs one statement with named placeholders (":name" → value).
    /// On failure, the error names what was being done.
    Result<QSqlQuery> run(const QString &sql, const QVariantMap &bindings = {}) const;

    /// Runs a statement expected to yield one value (the first column of the first row).
    Result<QVariant> scalar(const QString &sql, const QVariantMap &bindings = {}) const;

    /// True when the database holds any user record (assessment, journal entry or goal).
    Result<bool> holdsUserData() const;

    struct RecordCounts
    {
        qint64 assessments = 0;
        qint64 journalEntries = 0;
        qint64 goals = 0;
    };
    /// How many of each kind of user record the database holds.
    Result<RecordCounts> recordCounts() const;

    /// Rows this connection has inserted, updated or deleted since it was opened (SQLite's
    /// total_changes()); the app compares it at the end to decide whether a backup is worth making.
    qint64 totalChanges() const;

private:
    friend class Transaction;

    Database(QString connectionName, QString dataDir, QString filePath);
    Status configure();
    Status migrate();

    QString m_connectionName;
    QString m_dataDir;
    QString m_filePath;
    mutable int m_transactionDepth = 0; // open Transactions; inner ones are savepoints
};

} // namespace tandem::core
