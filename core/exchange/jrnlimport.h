#pragma once

#include "exchangedata.h"
#include "result.h"

#include <QByteArray>
#include <QUuid>

namespace tandem::core {

/// Reads the JSON that `jrnl --export json` writes: {"tags": {…}, "entries": [{"title",
/// "body", "date": "YYYY-MM-DD", "time": "HH:MM", "starred", "tags": ["@tag", …]}, …]}.
///
/// Each entry becomes a journal entry: date and time are local time, stored as UTC; created and
/// updated are the same moment; tags lose their leading '@' or '#'; a starred entry gets the tag
/// "starred". Its uuid is a name-based (version 5) uuid of "jrnl:DATE TIME TITLE", so importing
/// the same export again merges instead of adding copies. Other fields (uuid, creator) are
/// ignored. Every field is type-checked; anything else gives one message naming the entry.
/// See docs/export-format.md, "Importing from other journals".
class JrnlImport final
{
public:
    /// Files larger than this are refused before they are parsed.
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

    /// The namespace of the name-based uuids; fixed forever, or re-imports would duplicate.
    static QUuid uuidNamespace();

    static Result<ExchangeData> parse(const QByteArray &bytes);
};

} // namespace tandem::core
