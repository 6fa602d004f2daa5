#pragma once

#include <QtGlobal>

struct sqlite3;

namespace tandem::core {

/// tandem_snippet(journal_fts, open, close, ellipsis, tokens): the best passage of a search hit,
/// with open and close around the matched words, at a cost per hit that does not grow with the
/// entry. FTS5's own snippet() reads every instance of every phrase and the whole text of every
/// column, so one entry with a 4 MiB body that matches on each line costs a second; this one
/// visits at most MaxInstancesPerPhrase instances of each phrase and reads and tokenizes at most
/// MaxBytes of column text (the start of the column, through sqlite3_blob, with the table's own
/// tokenizer so that words, case and diacritics match the index).
///
/// The price: a match found only beyond the first MaxBytes of a part, or beyond the first
/// instances, is found and ranked, but its snippet shows the opening words of the part unmarked.
/// The text is read from journal_entries, the table's content table (docs/data-model.md).
class FtsSnippet final
{
public:
    static constexpr int MaxInstancesPerPhrase = 16;
    static constexpr int MaxBytes = 64 * 1024;

    /// What the last call on this thread did (a debug counter, always compiled in, for tests).
    struct Stats
    {
        int instancesVisited = 0;
        qint64 bytesTokenized = 0;
    };
    static Stats lastStats();

    /// Registers tandem_snippet on this connection; false when FTS5 is not available.
    static bool install(sqlite3 *db);
};

} // namespace tandem::core
