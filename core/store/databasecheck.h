#pragma once

#include "database.h"
#include "result.h"

#include <QStringList>

namespace tandem::core {

/// What a full check of the database found.
struct CheckReport final
{
    QStringList problems; ///< one sentence each, in plain words; empty when all is well
    QStringList details; ///< what SQLite itself reported, for --verbose and the Details button
    Database::RecordCounts counts; ///< filled in when the records could be counted
    bool ok() const { return problems.isEmpty(); }
};

/// Checks that the database file is intact, beyond what opening it checks.
class DatabaseCheck final
{
public:
    /// Everything: SQLite's integrity check (every page, index and constraint), that no record
    /// refers to one that is gone (foreign keys), and that the journal's search index matches the
    /// entries. Reads only; takes about as long as reading the whole file. An Error only when
    /// the check could not run at all (the file is busy, say); damage is reported in the report.
    static Result<CheckReport> run(const Database &db);

    /// PRAGMA quick_check: every page readable and well formed, without comparing indexes to
    /// their tables. About half the cost of run(); an Error that says what is damaged.
    static Status quick(const Database &db);
};

} // namespace tandem::core
