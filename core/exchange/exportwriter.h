#pragma once

#include "result.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace tandem::core {

class Database;
class SkillModel;

/// The formats the core can export (the PDF report is drawn by the app).
enum class ExportFormat {
    Json, ///< everything, for import elsewhere (docs/export-format.md)
    Csv, ///< a folder with assessments.csv and journal.csv
    Markdown, ///< the journal in one file
    MarkdownPerMonth, ///< the journal in a folder, one YYYY-MM.md per month
};

/// "json", "csv", "markdown" (as the CLI spells them).
std::optional<ExportFormat> exportFormatFromKey(const QString &key);

/// Writes an export of everything in the store. Each file is written atomically (QSaveFile), so a
/// full disk or a crash leaves the previous file, never half of a new one; the files of a folder
/// are all written before any of them is put in place. The store is read in batches
/// (ExchangeRepository's forEach functions) inside one read transaction and written record by
/// record, so what is held in memory at once does not grow with the store.
class ExportWriter final
{
public:
    /// Asked between the steps of an export, last just before its files are put in place: true
    /// stops it, and then nothing is written (a folder it created is removed again).
    using StopRequested = std::function<bool()>;
    /// Told how many records (assessments, journal entries and goals the format holds) were
    /// written of how many, every ProgressEvery records and at the end; from the thread that
    /// writes.
    using Progress = std::function<void(qint64 done, qint64 total)>;
    /// Records written between two questions to StopRequested and two calls of Progress.
    static constexpr int ProgressEvery = 64;

    /// Writes `format` to path (a file, or a folder for Csv and MarkdownPerMonth, created when
    /// missing). Reads the store in one read transaction, so the export is one consistent moment.
    /// Gives the paths written; an Error when it failed or was stopped.
    static Result<QStringList> write(const Database &db, const SkillModel &model, ExportFormat format,
                                     const QString &path, const StopRequested &stopRequested = {},
                                     const Progress &progress = {});
};

} // namespace tandem::core
