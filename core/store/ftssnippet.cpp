#include "ftssnippet.h"

#include <algorithm>
#include <array>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace tandem::core {

namespace {

thread_local FtsSnippet::Stats lastCallStats;

// journal_fts's columns in order, which are the columns of its content table journal_entries
// with the same names (schema.cpp). The text is read from there, a prefix at a time.
constexpr std::array<const char *, 7> ColumnNames { "title",   "situation", "outcome", "feelings",
                                                    "learned", "next_time", "body" };
constexpr int MaxWindow = 64;

struct Instance
{
    int phrase = 0;
    int column = 0;
    int offset = 0; // in tokens
};

struct Candidate
{
    int column = 0;
    int first = 0; // the first and last token matched in the window
    int last = 0;
    int score = 0;
};

struct Token
{
    int start = 0; // bytes
    int end = 0;
};

// The blob handles of one query, one per column, moved from row to row with
// sqlite3_blob_reopen (opening one compiles a statement; moving it does not).
struct BlobCache
{
    std::array<sqlite3_blob *, ColumnNames.size()> blobs {};
    ~BlobCache()
    {
        for (sqlite3_blob *blob : blobs) {
            if (blob)
                sqlite3_blob_close(blob);
        }
    }
};

void deleteBlobCache(void *cache)
{
    delete static_cast<BlobCache *>(cache);
}

// What one call knows of a column: the start of its text (at most the bytes left to read) and
// the tokens found in it so far.
struct ColumnText
{
    bool read = false;
    std::string text;
    int total = 0; // the column's whole size in bytes
    std::vector<Token> tokens;
    bool tokenizedAll = false; // every token of text is in tokens
};

// Cuts text at its last whole UTF-8 character.
void cutAtCharacter(std::string &text)
{
    const int size = static_cast<int>(text.size());
    int lead = size - 1;
    while (lead >= 0 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80)
        --lead;
    if (lead < 0)
        return;
    const auto byte = static_cast<unsigned char>(text[lead]);
    const int length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1;
    if (lead + length > size)
        text.resize(lead);
}

class Snippet
{
public:
    Snippet(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3 *db, int window)
        : m_api(api), m_fts(fts), m_db(db), m_window(window)
    {
    }

    int make(const std::string &open, const std::string &close, const std::string &ellipsis, std::string &out);

private:
    int collectInstances();
    std::vector<Candidate> rankCandidates() const;
    int readColumn(int column);
    int tokenize(int column, int tokensNeeded);
    int columnSize(int column, int &size);
    void write(int column, int start, int end, const std::vector<Instance> &marks, const std::string &open,
               const std::string &close, const std::string &ellipsis, std::string &out) const;
    int instancesIn(int column, int start, int end, std::vector<Instance> &found);

    const Fts5ExtensionApi *m_api;
    Fts5Context *m_fts;
    sqlite3 *m_db;
    int m_window;
    std::vector<Instance> m_instances;
    std::array<ColumnText, ColumnNames.size()> m_columns;
    FtsSnippet::Stats m_stats;

public:
    const FtsSnippet::Stats &stats() const { return m_stats; }
};

// The first MaxInstancesPerPhrase instances of each phrase, in (column, offset) order.
int Snippet::collectInstances()
{
    const int phrases = m_api->xPhraseCount(m_fts);
    for (int phrase = 0; phrase < phrases; ++phrase) {
        Fts5PhraseIter iter;
        int column = 0;
        int offset = 0;
        int rc = m_api->xPhraseFirst(m_fts, phrase, &iter, &column, &offset);
        if (rc != SQLITE_OK)
            return rc;
        for (int n = 0; column >= 0 && n < FtsSnippet::MaxInstancesPerPhrase; ++n) {
            ++m_stats.instancesVisited;
            if (column < static_cast<int>(ColumnNames.size()))
                m_instances.push_back({ phrase, column, offset });
            m_api->xPhraseNext(m_fts, &iter, &column, &offset);
        }
    }
    return SQLITE_OK;
}

// A window of m_window tokens starting at each instance, scored the way FTS5's snippet() scores
// (1000 for each phrase it holds, 1 for each repeat), best first; on a tie the earlier part wins,
// then the earlier words, as in FTS5 (so a word in the title is marked there).
std::vector<Candidate> Snippet::rankCandidates() const
{
    std::vector<Candidate> candidates;
    candidates.reserve(m_instances.size());
    for (const Instance &from : m_instances) {
        Candidate candidate { from.column, from.offset, from.offset, 0 };
        std::vector<int> seen;
        for (const Instance &other : m_instances) {
            if (other.column != from.column || other.offset < from.offset || other.offset >= from.offset + m_window)
                continue;
            const bool repeat = std::find(seen.begin(), seen.end(), other.phrase) != seen.end();
            candidate.score += repeat ? 1 : 1000;
            if (!repeat)
                seen.push_back(other.phrase);
            candidate.last = std::max(candidate.last, other.offset + m_api->xPhraseSize(m_fts, other.phrase) - 1);
        }
        candidates.push_back(candidate);
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.column != b.column)
            return a.column < b.column;
        return a.first < b.first;
    });
    return candidates;
}

// Reads the start of the column for this row: at most the bytes left of MaxBytes.
int Snippet::readColumn(int column)
{
    ColumnText &col = m_columns[column];
    if (col.read)
        return SQLITE_OK;
    col.read = true;
    auto *cache = static_cast<BlobCache *>(m_api->xGetAuxdata(m_fts, 0));
    if (!cache) {
        cache = new BlobCache;
        if (const int rc = m_api->xSetAuxdata(m_fts, cache, deleteBlobCache); rc != SQLITE_OK)
            return rc; // xSetAuxdata has deleted it
    }
    const sqlite3_int64 rowid = m_api->xRowid(m_fts);
    sqlite3_blob *&blob = cache->blobs[column];
    int rc = blob ? sqlite3_blob_reopen(blob, rowid) : SQLITE_ERROR;
    if (rc != SQLITE_OK) {
        if (blob)
            sqlite3_blob_close(blob);
        blob = nullptr;
        rc = sqlite3_blob_open(m_db, "main", "journal_entries", ColumnNames[column], rowid, 0, &blob);
        if (rc != SQLITE_OK) {
            if (blob)
                sqlite3_blob_close(blob);
            blob = nullptr;
            // A stopped or starved statement stops the query; a value that is not text (none
            // of ours) is taken as empty.
            return rc == SQLITE_INTERRUPT || rc == SQLITE_NOMEM ? rc : SQLITE_OK;
        }
    }
    col.total = sqlite3_blob_bytes(blob);
    const int left = FtsSnippet::MaxBytes - static_cast<int>(m_stats.bytesTokenized);
    const int size = std::clamp(col.total, 0, std::max(left, 0));
    col.text.resize(size);
    if (size > 0) {
        rc = sqlite3_blob_read(blob, col.text.data(), size, 0);
        if (rc != SQLITE_OK)
            return rc;
    }
    if (size < col.total)
        cutAtCharacter(col.text);
    return SQLITE_OK;
}

struct TokenizeState
{
    std::vector<Token> *tokens;
    int tokensNeeded;
};

int addToken(void *context, int flags, const char *, int, int start, int end)
{
    auto *state = static_cast<TokenizeState *>(context);
    if (flags & FTS5_TOKEN_COLOCATED)
        return SQLITE_OK;
    if (static_cast<int>(state->tokens->size()) >= state->tokensNeeded)
        return SQLITE_DONE; // enough: stops the tokenizer
    state->tokens->push_back({ start, end });
    return SQLITE_OK;
}

// Tokenizes the start of the column with the table's tokenizer until tokensNeeded tokens are
// known or the text ends.
int Snippet::tokenize(int column, int tokensNeeded)
{
    if (const int rc = readColumn(column); rc != SQLITE_OK)
        return rc;
    ColumnText &col = m_columns[column];
    if (col.tokenizedAll || static_cast<int>(col.tokens.size()) >= tokensNeeded)
        return SQLITE_OK;
    // Only the bytes not tokenized yet by this call count against the bound.
    const int left = FtsSnippet::MaxBytes - static_cast<int>(m_stats.bytesTokenized);
    const int size = std::min(static_cast<int>(col.text.size()), std::max(left, 0));
    col.tokens.clear();
    TokenizeState state { &col.tokens, tokensNeeded };
    int rc = m_api->xTokenize(m_fts, col.text.data(), size, &state, addToken);
    if (rc == SQLITE_DONE) {
        rc = SQLITE_OK;
        m_stats.bytesTokenized += col.tokens.empty() ? 0 : col.tokens.back().end;
    } else {
        m_stats.bytesTokenized += size;
        col.tokenizedAll = size == static_cast<int>(col.text.size());
        // The last word may be cut where the read stopped.
        if (size < col.total && !col.tokens.empty() && col.tokens.back().end >= size)
            col.tokens.pop_back();
    }
    return rc;
}

int Snippet::columnSize(int column, int &size)
{
    size = 0;
    return m_api->xColumnSize(m_fts, column, &size);
}

// Every instance of every phrase in tokens [start, end) of the column. The walk stops past the
// window and after MaxInstancesPerPhrase + the window's length instances of a phrase: a phrase
// with more before the window goes unmarked in it rather than costing what the entry holds.
int Snippet::instancesIn(int column, int start, int end, std::vector<Instance> &found)
{
    const int phrases = m_api->xPhraseCount(m_fts);
    for (int phrase = 0; phrase < phrases; ++phrase) {
        Fts5PhraseIter iter;
        int col = 0;
        int offset = 0;
        if (const int rc = m_api->xPhraseFirst(m_fts, phrase, &iter, &col, &offset); rc != SQLITE_OK)
            return rc;
        const int size = m_api->xPhraseSize(m_fts, phrase);
        for (int n = 0; col >= 0 && (col < column || (col == column && offset < end))
             && n < FtsSnippet::MaxInstancesPerPhrase + m_window;
             ++n, m_api->xPhraseNext(m_fts, &iter, &col, &offset)) {
            ++m_stats.instancesVisited;
            if (col == column && offset + size > start)
                found.push_back({ phrase, col, offset });
        }
    }
    return SQLITE_OK;
}

void Snippet::write(int column, int start, int end, const std::vector<Instance> &marks, const std::string &open,
                    const std::string &close, const std::string &ellipsis, std::string &out) const
{
    const ColumnText &col = m_columns[column];
    // The marked token ranges, overlapping ones merged (as FTS5 does).
    std::vector<std::pair<int, int>> ranges;
    for (const Instance &mark : marks) {
        const int first = std::max(mark.offset, start);
        const int last = std::min(mark.offset + m_api->xPhraseSize(m_fts, mark.phrase) - 1, end - 1);
        if (first <= last)
            ranges.emplace_back(first, last);
    }
    std::sort(ranges.begin(), ranges.end());
    std::vector<std::pair<int, int>> merged;
    for (const auto &range : ranges) {
        if (!merged.empty() && range.first <= merged.back().second)
            merged.back().second = std::max(merged.back().second, range.second);
        else
            merged.push_back(range);
    }

    if (start > 0)
        out += ellipsis;
    auto range = merged.cbegin();
    int at = col.tokens[start].start;
    for (int token = start; token < end; ++token) {
        const Token &t = col.tokens[token];
        out.append(col.text, at, t.start - at);
        if (range != merged.cend() && range->first == token)
            out += open;
        out.append(col.text, t.start, t.end - t.start);
        if (range != merged.cend() && range->second == token) {
            out += close;
            ++range;
        }
        at = t.end;
    }
    int size = 0;
    m_api->xColumnSize(m_fts, column, &size);
    const bool wholeText = static_cast<int>(col.text.size()) == col.total;
    if (end >= size && wholeText)
        out.append(col.text, at, std::string::npos); // what follows the last word (a full stop)
    else
        out += ellipsis;
}

int Snippet::make(const std::string &open, const std::string &close, const std::string &ellipsis, std::string &out)
{
    if (const int rc = collectInstances(); rc != SQLITE_OK)
        return rc;
    const std::vector<Candidate> candidates = rankCandidates();
    for (const Candidate &candidate : candidates) {
        if (m_stats.bytesTokenized >= FtsSnippet::MaxBytes)
            break;
        int size = 0;
        if (const int rc = columnSize(candidate.column, size); rc != SQLITE_OK)
            return rc;
        // The matched words in the middle of the window, the window inside the part.
        const int matched = candidate.last - candidate.first + 1;
        int start = candidate.first - std::max(0, m_window - matched) / 2;
        start = std::max(0, std::min(start, size - m_window));
        const int end = std::min(start + m_window, size);
        if (end <= start)
            continue;
        if (const int rc = tokenize(candidate.column, end); rc != SQLITE_OK)
            return rc;
        if (static_cast<int>(m_columns[candidate.column].tokens.size()) < end)
            continue; // beyond what may be read: the next best window
        std::vector<Instance> marks;
        if (const int rc = instancesIn(candidate.column, start, end, marks); rc != SQLITE_OK)
            return rc;
        write(candidate.column, start, end, marks, open, close, ellipsis, out);
        return SQLITE_OK;
    }
    // No window within reach: the opening words of the best part, unmarked (or of the first
    // part with words, when no instance was found at all).
    int column = candidates.empty() ? -1 : candidates.front().column;
    int size = 0;
    for (int c = 0; column < 0 && c < static_cast<int>(ColumnNames.size()); ++c) {
        if (const int rc = columnSize(c, size); rc != SQLITE_OK)
            return rc;
        if (size > 0)
            column = c;
    }
    if (column < 0)
        return SQLITE_OK;
    if (const int rc = columnSize(column, size); rc != SQLITE_OK)
        return rc;
    if (const int rc = tokenize(column, std::min(m_window, size)); rc != SQLITE_OK)
        return rc;
    const int end = std::min(m_window, static_cast<int>(m_columns[column].tokens.size()));
    if (end > 0)
        write(column, 0, end, {}, open, close, ellipsis, out);
    return SQLITE_OK;
}

std::string textOf(sqlite3_value *value)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    return text ? std::string(text, static_cast<size_t>(sqlite3_value_bytes(value))) : std::string();
}

void snippetFunction(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc,
                     sqlite3_value **argv)
{
    lastCallStats = {};
    if (argc != 4) {
        sqlite3_result_error(context, "wrong number of arguments to function tandem_snippet()", -1);
        return;
    }
    if (api->xColumnCount(fts) != static_cast<int>(ColumnNames.size())) {
        sqlite3_result_error(context, "tandem_snippet() is for journal_fts only", -1);
        return;
    }
    const int window = std::clamp(sqlite3_value_int(argv[3]), 1, MaxWindow);
    Snippet snippet(api, fts, sqlite3_context_db_handle(context), window);
    std::string out;
    const int rc = snippet.make(textOf(argv[0]), textOf(argv[1]), textOf(argv[2]), out);
    lastCallStats = snippet.stats();
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    sqlite3_result_text(context, out.data(), static_cast<int>(out.size()), SQLITE_TRANSIENT);
}

} // namespace

FtsSnippet::Stats FtsSnippet::lastStats()
{
    return lastCallStats;
}

bool FtsSnippet::install(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return false;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (!api)
        return false;
    return api->xCreateFunction(api, "tandem_snippet", nullptr, snippetFunction, nullptr) == SQLITE_OK;
}

} // namespace tandem::core
