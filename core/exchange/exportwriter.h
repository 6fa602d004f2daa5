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
/// are all written before any of them is put in place.
class ExportWriter final
{
public:
    /// Asked between the steps of an export, last just before its files are put in place: true
    /// stops it, and then nothing is written (a folder it created is removed again).
    using StopRequested = std::function<bool()>;

    /// Writes `format` to path (a file, or a folder for Csv and MarkdownPerMonth, created when
    /// missing). Reads the store in one read transaction, so the export is one consistent moment.
    /// Gives the paths written; an Error when it failed or was stopped.
    static Result<QStringList> write(const Database &db, const SkillModel &model, ExportFormat format,
                                     const QString &path, const StopRequested &stopRequested = {});
};

} // namespace tandem::core
