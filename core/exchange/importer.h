#pragma once

#include "exchangedata.h"
#include "result.h"

#include <QStringList>

namespace tandem::core {

class Database;

/// How many records of one kind an import added, updated, found already there, or left alone.
struct ImportCounts final
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;

    int total() const { return added + updated + unchanged + skipped; }
};

/// What an import did, or (for a dry run) would do.
struct ImportReport final
{
    bool dryRun = false;
    ImportCounts assessments, journalEntries, goals, settings;
    QStringList notes; ///< plain words: why something was skipped

    /// One or two sentences for the user, e.g. "Would add 12 journal entries and 1 goal;
    /// 3 journal entries are already there."
    QString summary() const;
    /// Records added or updated (what a real import changes).
    int changes() const;
};

/// Merges exchanged data (from Tandem's JSON or another journal) into the store by uuid. The
/// rules are in docs/export-format.md ("Merging"): new records are added, identical ones left
/// alone, a journal entry or goal is replaced only by a newer version (by updated_at),
/// assessments never change, and the user's own settings win.
class Importer final
{
public:
    explicit Importer(const Database &db) : m_db(db) { }

    /// Merges data into the store by uuid, all or nothing, in ONE transaction. With dryRun the
    /// same work is done and rolled back, so the report is exact and nothing changes. Refused
    /// whole, with a message, when a record has no uuid, a uuid is used twice, a uuid names a
    /// record of another kind in the store, an assessment claims the uuid of a different one,
    /// or a goal's evidence names a journal entry that exists neither in the store nor in data.
    Result<ImportReport> run(const ExchangeData &data, bool dryRun) const;

private:
    const Database &m_db;
};

} // namespace tandem::core
