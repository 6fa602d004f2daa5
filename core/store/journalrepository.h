#pragma once

#include "decision.h"
#include "journalentry.h"
#include "journalfilter.h"
#include "journalsummary.h"
#include "result.h"

#include <QDate>
#include <QMap>
#include <QSet>

#include <functional>
#include <memory>

class QSqlQuery;

namespace tandem::core {

class Database;

/// Stores and reads journal entries, their tags and links. The only place that writes their SQL:
/// the app, tandem-cli and import all store an entry through add() and update().
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

    /// Inserts an entry with its tags, links and advice, in the caller's transaction or one of
    /// its own, and gives its row id. It keeps what it carries: its row id when that is free (so
    /// that an entry removed and added again is the same row), its uuid, its created and updated
    /// times. What it lacks is filled: a row id of 0 or one taken gets a fresh one, a null uuid
    /// a fresh one, a missing created time takes occurredAt and a missing updated time the
    /// created one. An entry beyond RecordLimits is refused, naming the field, and nothing is
    /// stored.
    Result<qint64> add(const JournalEntry &entry) const;

    /// Replaces every part of the entry with row id entry.id (texts, choices, tags, links,
    /// advice). updated_at becomes entry.updatedAt (now, when it is not set); created_at and the
    /// uuid stay. A tag no entry uses any more is forgotten. Refused, changing nothing, beyond
    /// RecordLimits or when there is no such entry.
    Status update(const JournalEntry &entry) const;

    /// Deletes an entry with its tags and links; an error names the id when there is none.
    Status remove(qint64 id) const;

    /// The row id of the entry with this uuid; nothing when there is none.
    Result<std::optional<qint64>> idFor(const QUuid &uuid) const;

    Result<int> count() const;

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
    /// The ids of every entry the search finds, best first, from one ranked query: its length is
    /// the count, and pages are then read by id with summariesFor() without ranking again.
    Result<QList<qint64>> rankedIds(const QString &ftsQuery, const JournalFilter &filter) const;
    /// The summaries, with snippets, of these entries (a page of rankedIds()) in the order given;
    /// an id the search no longer finds is left out.
    Result<QList<JournalSummary>> summariesFor(const QString &ftsQuery, const QList<qint64> &ids) const;
    /// How many entries search() finds in all (it returns them a page at a time).
    Result<int> searchCount(const QString &ftsQuery, const JournalFilter &filter) const;

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

    /// A decision whose review is due: the entry it belongs to, oldest review date first.
    struct ReviewDue
    {
        qint64 entryId = 0;
        QDateTime occurredAt;
        QString title;
        QString expectation;
        QDate reviewOn;
    };
    /// Decisions not reviewed yet whose review date is on or before `today`, at most limit of
    /// them (by the partial index on open decisions: its cost follows the open ones only).
    Result<QList<ReviewDue>> reviewsDue(const QDate &today, int limit) const;
    Result<int> reviewsDueCount(const QDate &today) const;
    /// Which of `ids` have a decision whose review is due by `today`: the marks of a list's loaded
    /// rows, by primary key, so their cost follows the rows asked about, not the reviews waiting.
    Result<QSet<qint64>> reviewsDueAmong(const QDate &today, const QList<qint64> &ids) const;

    /// A decision looked back on, as Progress relates advice, outcomes and confidence.
    struct ReviewedDecision
    {
        qint64 entryId = 0;
        QDateTime occurredAt;
        QDateTime reviewedAt;
        std::optional<Lean> lean;        ///< the advisor's, when it was asked
        Mode mode = Mode::Unset;         ///< the mode used: the review's, else the entry's
        Held held = Held::Partly;
        std::optional<int> confidence;
        std::optional<int> rating;       ///< the entry's "how it went"
    };
    /// Every reviewed decision, in the order the situations happened.
    Result<QList<ReviewedDecision>> reviewedDecisions() const;

    /// FTS5's own check of the search index, against the entries too (a command written as an
    /// insert that changes nothing, so a read-only store refuses it); fails naming what SQLite
    /// found.
    Status checkSearchIndex() const;

    /// How many pieces (FTS5 segments) the search index is in. Every saved entry adds one and
    /// SQLite merges them only four at a time, so years of entries leave a few dozen; a search
    /// looks each of its words up in every piece (at 100,000 entries, 26 pieces make a page of
    /// results cost 3.6 times what one piece costs).
    Result<int> searchIndexPieces() const;
    /// The search index is worth merging (compactSearchIndex) from this many pieces on.
    static constexpr int SearchIndexPiecesToMerge = 12;
    /// Merges the search index towards one piece, about `pages` index pages of work in a short
    /// transaction of its own; gives whether there is more to do.
    Result<bool> compactSearchIndex(int pages) const;

    /// The columns fromRow() reads, in its order. The one reading of a journal_entries row,
    /// shared by ExchangeRepository.
    static QString rowColumns();
    /// An entry, without its tags, links and decision, from a row whose columns from `first` on
    /// are rowColumns(). Advice that cannot be read (written by hand in the shell, say) is left
    /// out rather than hiding the whole entry.
    static JournalEntry fromRow(const QSqlQuery &query, int first = 0);
    /// Adds to the entry the link of a journal_links row whose columns from `first` on are kind,
    /// ref_id.
    static void addLink(JournalEntry &entry, const QSqlQuery &query, int first = 0);
    /// The columns decisionFromRow() reads, in its order, of the decisions table.
    static QString decisionColumns();
    /// A decision with its review (when it has one) from a row whose columns from `first` on are
    /// decisionColumns().
    static Decision decisionFromRow(const QSqlQuery &query, int first = 0);

private:
    Result<qint64> tagId(const QString &name) const;
    // Adds the entry's tags and links; the ids of its tags go to tagIds when one is given.
    Status storeTagsAndLinks(qint64 id, const JournalEntry &entry, QList<qint64> *tagIds = nullptr) const;
    // The tags an entry has now, by id; afterwards forgetUnusedTags() drops those of them that
    // no entry uses any more, so that the tag filter offers only live ones.
    Result<QList<qint64>> tagIdsOf(qint64 entryId) const;
    Status forgetUnusedTags(const QList<qint64> &tagIds) const;
    Status storeDecision(qint64 id, const JournalEntry &entry) const;

    const Database &m_db;
};

class Transaction;

/// Adds many journal entries (an import) and indexes them for search once, at the end, instead of
/// once per entry. SQLite's full-text index writes out the terms it holds at the end of every
/// statement that changes it, so indexing in each add() left one tiny index segment per entry,
/// and merging them made every added entry cost more the larger the store grew.
///
/// It works in a transaction of its own (inside the caller's, when there is one): it takes away
/// the trigger that indexes each inserted entry, add() stores entries through JournalRepository
/// and remembers their row ids, and finish() indexes them all in one statement per run of ids,
/// puts the trigger back and commits. Ended any other way (an error, a stop, no finish()), its
/// transaction rolls back with the trigger, so no entry is ever stored unindexed. Entries stored
/// before keep their index through update() and remove(); the entries it adds must not be changed
/// or removed before finish().
class JournalBulkAdd final
{
public:
    explicit JournalBulkAdd(const Database &db);
    ~JournalBulkAdd();
    JournalBulkAdd(const JournalBulkAdd &) = delete;
    JournalBulkAdd &operator=(const JournalBulkAdd &) = delete;

    /// Why it could not begin (nothing was changed then); add() and finish() refuse as well.
    const Status &begun() const { return m_begun; }

    /// As JournalRepository::add, without indexing the entry yet.
    Result<qint64> add(const JournalEntry &entry);

    /// Indexes every entry added, puts the trigger back and commits its transaction. The entries
    /// are indexed IndexChunk at a time; before each chunk after the first, `goOn` (when given)
    /// is asked whether to go on, and false ends it with an Error of kind Interrupted, its
    /// transaction rolled back (a long import stays responsive to its Cancel).
    Status finish(const std::function<bool()> &goOn = {});
    static constexpr qint64 IndexChunk = 2000;

private:
    const Database &m_db;
    std::unique_ptr<Transaction> m_transaction;
    Status m_begun;
    QString m_trigger; // the indexing trigger's CREATE statement, as the store holds it
    QList<std::pair<qint64, qint64>> m_added; // runs of row ids, first and last
};

} // namespace tandem::core
