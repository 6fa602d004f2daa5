#pragma once

#include "exchangedata.h"
#include "result.h"

#include <QStringList>

#include <functional>

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
    ImportCounts feedbackRounds; ///< colleagues' feedback rounds (skipped: yours closed or open differently)
    ImportCounts feedbackResponses; ///< colleagues' responses to them (added or already there)
    /// Notes kept at most; the rest are counted in notesLeftOut.
    static constexpr int MaxNotes = 100;
    QStringList notes; ///< plain words: why something was skipped (the first MaxNotes)
    int notesLeftOut = 0; ///< notes beyond MaxNotes, only counted

    /// One or two sentences for the user, e.g. "Would add 12 journal entries and 1 goal;
    /// 3 journal entries are already there."
    QString summary() const;
    /// Records added or updated (what a real import changes).
    int changes() const;
};

/// Merges exchanged data (from Tandem's JSON or another journal) into the store by uuid. The
/// rules are in docs/export-format.md ("Merging"): new records are added, identical ones left
/// alone, a journal entry or goal is replaced only by a newer version (by updated_at),
/// assessments never change, and the user's own settings win. Feedback rounds and their responses
/// never change either: new ones are added, each response checked against its round's seal.
class Importer final
{
public:
    /// Told how many of the data's records (assessments, journal entries, goals) were stored of
    /// how many, every ProgressEvery records while they are checked and stored, from the thread
    /// that imports; returning false stops the import, which then rolls back whole: nothing is
    /// imported, and run() gives stopped().
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static constexpr int ProgressEvery = 200;

    explicit Importer(const Database &db) : m_db(db) { }

    /// "The import was stopped; nothing was imported." (translated when said).
    static QString stopped();

    /// Merges data into the store by uuid, all or nothing, in ONE transaction. With dryRun the
    /// same work is done and rolled back, so the report is exact and nothing changes. Refused
    /// whole, with a message, when a record has no uuid, a uuid is used twice, a uuid names a
    /// record of another kind in the store, an assessment claims the uuid of a different one,
    /// or a goal's evidence names a journal entry that exists neither in the store nor in data.
    Result<ImportReport> run(const ExchangeData &data, bool dryRun, const Progress &progress = {}) const;
    /// The same, over records read one at a time in two passes (the checks, then the writes), so
    /// that what is held does not grow with the file: one record, 8 bytes per uuid of the file
    /// (for the "used twice" and evidence checks) and the settings. A refusal by the source ends the import the same
    /// way: nothing is imported.
    Result<ImportReport> run(ImportRecords &records, bool dryRun, const Progress &progress = {}) const;

private:
    const Database &m_db;
};

} // namespace tandem::core
