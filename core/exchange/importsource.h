#pragma once

#include "exchangedata.h"
#include "result.h"

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
};

} // namespace tandem::core
