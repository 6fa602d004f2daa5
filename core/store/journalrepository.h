#pragma once

#include "journalentry.h"
#include "journalfilter.h"
#include "journalsummary.h"
#include "result.h"

#include <QDate>
#include <QMap>

namespace tandem::core {

class Database;

/// Stores and reads journal entries, their tags and links. The only place that writes their SQL.
class JournalRepository final
{
public:
    /// Where a page of the list ends: the next page starts after this entry (keyset paging, so
    /// page 1000 costs what page 1 costs).
    struct Cursor
    {
        QDateTime occurredAt;
        qint64 id = 0;
    };

    explicit JournalRepository(const Database &db) : m_db(db) {}

    /// Inserts an entry with its tags, links and advice; gives the new row id. A null uuid gets a
    /// fresh one, and missing created/updated times take occurredAt. An entry beyond
    /// RecordLimits is refused, naming the field, and nothing is stored.
    Result<qint64> add(const JournalEntry &entry) const;

    /// Replaces every part of an existing entry (by entry.id), its tags, links and advice.
    /// updated_at becomes entry.updatedAt; created_at and the uuid stay. Refused, changing
    /// nothing, beyond RecordLimits.
    Status update(const JournalEntry &entry) const;

    /// Deletes an entry with its tags and links; an error names the id when there is none.
    Status remove(qint64 id) const;

    Result<int> count() const;

    /// The row id of the entry with this uuid; nothing when there is none.
    Result<std::optional<qint64>> idFor(const QUuid &uuid) const;

    /// One entry with its tags and links, or an error naming the id when there is none.
    Result<JournalEntry> get(qint64 id) const;

    /// Entries newest first (by when they happened), at most limit of them, starting after the
    /// cursor when one is given. Reads only the rows it returns.
    Result<QList<JournalSummary>> list(const JournalFilter &filter, int limit,
                                       const std::optional<Cursor> &after = std::nullopt) const;

    /// Full-text search over every text part: best matches first, each with a snippet. The query
    /// is FTS5 syntax (build it from user text with FtsQuery); an empty one finds nothing.
    Result<QList<JournalSummary>> search(const QString &ftsQuery, const JournalFilter &filter, int limit,
                                         int offset = 0) const;

    /// Entries from the same day and month as `day` in earlier years, newest first.
    Result<QList<JournalSummary>> onThisDay(const QDate &day, int limit) const;

    /// The tags in use, in alphabetical order.
    Result<QStringList> tags() const;

    /// Entries per local calendar day from `from` to `to` (both included; an invalid date leaves
    /// that end open), in one GROUP BY. Days without entries are absent. (Progress charts.)
    Result<QMap<QDate, int>> countsPerDay(QDate from, QDate to) const;

    /// Rated entries in the range, grouped by mode and the advisor's lean (nullopt: no advice).
    struct RatingGroup
    {
        Mode mode = Mode::Unset;
        std::optional<Lean> lean;
        int count = 0;
        int ratingSum = 0;
    };
    /// One row per (mode, lean) that has rated entries; unrated entries are left out. (Progress.)
    Result<QList<RatingGroup>> ratingsByModeAndLean(QDate from, QDate to) const;

private:
    Result<qint64> tagId(const QString &name) const;
    Status storeTagsAndLinks(qint64 id, const JournalEntry &entry) const;

    const Database &m_db;
};

} // namespace tandem::core
