#pragma once

#include "journalentry.h"
#include "result.h"

namespace tandem::core {

class Database;

/// Stores and reads journal entries, their tags and links. The only place that writes their SQL.
class JournalRepository final
{
public:
    explicit JournalRepository(const Database &db) : m_db(db) {}

    /// Inserts an entry with its tags and links; gives the new row id. A null uuid gets a fresh
    /// one, and missing created/updated times take occurredAt.
    Result<qint64> add(const JournalEntry &entry) const;

    Result<int> count() const;

    /// One entry with its tags and links, or an error naming the id when there is none.
    Result<JournalEntry> get(qint64 id) const;

private:
    Result<qint64> tagId(const QString &name) const;

    const Database &m_db;
};

} // namespace tandem::core
