#pragma once

#include "exchangedata.h"
#include "result.h"

#include <memory>
#include <optional>

namespace tandem::core {

/// Where an import comes from.
enum class ImportFormat {
    Tandem, ///< our own JSON export
    RedNotebook, ///< a RedNotebook data folder (YYYY-MM.txt files)
    Jrnl, ///< the output of `jrnl --export json`
};

/// "tandem", "rednotebook", "jrnl" (as the CLI spells them).
std::optional<ImportFormat> importFormatFromKey(const QString &key);
QString importFormatKey(ImportFormat format);

/// Reads an import file or folder into ExchangeData, refusing what is too big or malformed with a
/// message that names the problem. Reading changes nothing; Importer does the merging.
class ImportSource final
{
public:
    /// Guesses the format: a folder is RedNotebook; a JSON file with "format": "tandem-export" is
    /// ours; one with an "entries" list is jrnl's. Nullopt when it cannot tell.
    static std::optional<ImportFormat> detect(const QString &path);

    static Result<ExchangeData> read(ImportFormat format, const QString &path);

    /// The same records for Importer, read one at a time: our own format from a regular file is
    /// read again for each of the importer's passes and never held whole (TandemJson::open); other
    /// formats are read whole, as read() reads them. Refuses what read() refuses, with the same
    /// words; a problem inside a record of our own format is found when a pass reaches it.
    static Result<std::unique_ptr<ImportRecords>> open(ImportFormat format, const QString &path);
};

} // namespace tandem::core
