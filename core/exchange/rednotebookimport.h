#pragma once

#include "exchangedata.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace tandem::core {

/// Reads a RedNotebook data folder: one YAML file per month, "YYYY-MM.txt", mapping each day
/// number to the day's `text` and its categories (category → {entry: null, …}).
///
/// Each day with text becomes one journal entry: it happened at 12:00 local time that day
/// (stored as UTC, also as created and updated), its title is the first line of the text
/// (trimmed, at most 80 characters), its body the whole text. The entries of the "Tags"
/// category become tags; an entry of any other category becomes the tag "Category: entry".
/// Its uuid is a name-based (version 5) uuid of "rednotebook:YYYY-MM-DD", so importing the same
/// folder again merges instead of adding copies.
///
/// The YAML reader is strict and small: it knows what RedNotebook (PyYAML) writes (block and
/// flow mappings; plain, single- and double-quoted scalars, folded over lines; literal and folded
/// block scalars) and refuses anything else with a message naming the file and line.
/// See docs/export-format.md, "Importing from other journals".
class RedNotebookImport final
{
public:
    /// Month files larger than this are refused before they are read.
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

    /// The namespace of the name-based uuids; fixed forever, or re-imports would duplicate.
    static QUuid uuidNamespace();

    /// Reads every "YYYY-MM.txt" in `dir` (other files are ignored); refuses a folder with none.
    static Result<ExchangeData> readFolder(const QString &dir);

    /// Reads one month file's bytes; `fileName` is only used in messages.
    static Result<ExchangeData> parseMonth(const QByteArray &bytes, int year, int month, const QString &fileName);
};

} // namespace tandem::core
