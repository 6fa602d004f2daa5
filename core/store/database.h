#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

#include <atomic>
#include <functional>
#include <map>
#include <memory>

struct sqlite3;

namespace tandem::core {

/// The one SQLite file that holds a user's data, opened for this thread.
///
/// Opening creates the data folder (0700) and the file (0600) when they are missing, turns on
/// foreign keys and WAL, and brings the schema up to date one migration at a time. A file that
/// is not a Tandem database, one written by a newer Tandem, a damaged one, or one with a log
/// (-wal) beside it that is not its own is refused, and every byte of it and of its log stays as
/// it was: until the file has passed every check, closing the connection does not checkpoint.
///
/// Nothing in a process that holds a connection may open the database or its -wal or -shm
/// outside SQLite: closing any descriptor of a file drops every POSIX lock the process holds on
/// it, SQLite's included, and another program would then delete the log under us. The raw header
/// is therefore read only before this process's first connection to the file (isOpenHere()).
class Database final
{
public:
    enum class Access {
        ReadWrite, ///< the store must be writable; a read-only folder or file is refused as such
        ReadOnly, ///< reading is enough: a store that cannot be written is opened read-only
    };
    struct Options
    {
        Access access = Access::ReadWrite;
        /// Runs PRAGMA quick_check before accepting the file (tandem-cli does, so that damage is
        /// reported before a command reads half of it), unless the file and its log are exactly
        /// as they were when they last passed it (CheckStamp). Opening runs it anyway when the
        /// file is about to be written for the first time or its log is recovered after a crash.
        bool quickCheck = false;
    };

    /// The schema version this build writes (PRAGMA user_version).
    static int latestSchemaVersion();
    /// PRAGMA application_id of a Tandem database ("TAND").
    static constexpr int ApplicationId = 0x54414E44;

    /// Opens (creating if needed) the database in dataDir.
    static Result<std::unique_ptr<Database>> open(const QString &dataDir, Options options);
    static Result<std::unique_ptr<Database>> open(const QString &dataDir) { return open(dataDir, Options {}); }

    /// True while this process holds an open Database on the file at path (the same file by any
    /// name). Code that would read such a file outside SQLite must not (see the class comment).
    static bool isOpenHere(const QString &path);
    /// isOpenHere() for the database file itself or for one of its -wal, -shm or -journal files.
    static bool isOpenStoreFile(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString filePath() const { return m_filePath; }
    QString dataDir() const { return m_dataDir; }
    int schemaVersion() const;
    /// True when the store could not be written and was opened read-only (Access::ReadOnly).
    bool isReadOnly() const { return m_readOnly; }
    /// True when opening ran PRAGMA quick_check over the whole file (see Options::quickCheck).
    bool wholeFileChecked() const { return m_wholeFileChecked; }

    /// Prepares and runs one statement with named placeholders (":name" → value).
    /// On failure, the error names what was being done.
    Result<QSqlQuery> run(const QString &sql, const QVariantMap &bindings = {}) const;

    /// run() for the statements that run again and again (each row of an import, each answer of
    /// an assessment): the statement is prepared once for this connection and kept, keyed by its
    /// text, for as long as the connection lives. Gives the kept query, valid until the same text
    /// runs again. A write is done when this returns; a SELECT's reader calls finish() when done
    /// with it (as scalarPrepared() does), so that the connection holds no read snapshot open.
    Result<QSqlQuery *> runPrepared(const QString &sql, const QVariantMap &bindings = {}) const;

    /// scalar() through the kept statements of runPrepared(); the query is finished before the
    /// value is given.
    Result<QVariant> scalarPrepared(const QString &sql, const QVariantMap &bindings = {}) const;

    /// Binds values to a prepared statement the way run() does: a null QString is "" (our text
    /// columns mean "" by it; SQL NULL is asked for with an invalid QVariant), and a text that
    /// starts with U+FEFF keeps it (SQLite would take it for a byte-order mark and drop it).
    static void bindAll(QSqlQuery &query, const QVariantMap &bindings);

    /// A failed statement's error in plain words, SQLite's own text in its details.
    Error queryError(const QSqlQuery &query) const;

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

    /// Lets a long statement be stopped from its own thread: SQLite asks check() every thousand
    /// steps, and a statement for which it says true fails with Error::Kind::Interrupted. An
    /// empty check removes it. (The search worker stops a search that newer typing made stale.)
    void setInterruptCheck(std::function<bool()> check);

    /// For tests: called with the text of every statement run() or runPrepared() is about to run,
    /// on the thread that runs it, by every Database of the process; nullptr removes it.
    using StatementHook = void (*)(const Database &db, const QString &sql);
    static void setStatementHook(StatementHook hook);

    /// Rows this connection has inserted, updated or deleted since it was opened (SQLite's
    /// total_changes()); the app compares it at the end to decide whether a backup is worth making.
    qint64 totalChanges() const;

    /// Calls observer with the text of every statement this connection starts (its placeholders
    /// unbound), until it is replaced or cleared with an empty function. For tests and the
    /// start-up trace: which statements run before the first paint. Same thread as the connection.
    void setStatementObserver(std::function<void(const QString &sql)> observer) const;

private:
    friend class Transaction;

    Database(QString connectionName, QString dataDir, QString filePath);
    struct OpenState;
    Status configure(const OpenState &state);
    Status checkSchema();
    Status migrate();
    void setCheckpointOnClose(bool enabled) const;
    sqlite3 *handle() const; // the connection's SQLite handle, for what Qt's driver does not expose

    static int progress(void *database);

    QString m_connectionName;
    std::function<bool()> m_interruptCheck;
    QString m_dataDir;
    QString m_filePath;
    QByteArray m_fileId; // device and inode while registered as open in this process
    bool m_readOnly = false;
    bool m_wholeFileChecked = false;
    mutable int m_transactionDepth = 0; // open Transactions; inner ones are savepoints
    mutable bool m_joinInner = false; // the outermost is Transaction::Inner::Joined
    mutable bool m_doomed = false; // a joined inner one ended without committing
    // runPrepared()'s statements, by their text. A map, so that a query handed out stays where
    // it is while others are added. Used from this Database's one thread, like the connection.
    mutable std::map<QString, QSqlQuery> m_prepared;
    mutable std::function<void(const QString &sql)> m_statementObserver;
};

} // namespace tandem::core
