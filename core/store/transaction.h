#pragma once

#include "result.h"

namespace tandem::core {

class Database;

/// A write transaction that rolls back on destruction unless commit() succeeded.
///
/// The outermost one is BEGIN IMMEDIATE, so a second writer waits at the start instead of
/// failing half-way; one opened inside another is a SAVEPOINT, so a repository can always
/// open its own and still join a caller's larger unit of work.
class Transaction final
{
public:
    /// What the transactions opened inside this one are (it matters for the outermost only).
    enum class Inner {
        /// Savepoints: one that fails rolls back alone, and the caller may go on.
        Savepoint,
        /// Part of this one, with no savepoint: for work that is all or nothing anyway (an
        /// import of thousands of records), because every savepoint costs (SQLite's full-text
        /// index writes out what it holds at each one). An inner one that ends without
        /// committing dooms this one: its commit() then fails and everything rolls back.
        Joined,
    };

    explicit Transaction(const Database &db, Inner inner = Inner::Savepoint);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when BEGIN itself failed; error() says why.
    bool isActive() const { return m_active; }
    const QString &error() const { return m_error; }

    Status commit();

private:
    const Database &m_db;
    int m_level = 0; // 1 for the outermost
    bool m_active = false;
    bool m_joined = false; // an inner one of an Inner::Joined transaction: no SQL of its own
    QString m_error;
};

} // namespace tandem::core
