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
    explicit Transaction(const Database &db);
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
    QString m_error;
};

} // namespace tandem::core
