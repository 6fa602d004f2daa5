#include "rednotebookimport.h"

#include "inputreader.h"
#include "recordlimits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <algorithm>
#include <optional>
#include <vector>

namespace tandem::core {

namespace {

// RedNotebook nests three deep (month → day → category → entry); anything deeper is not one of
// its files, and the limit keeps hostile input from exhausting the stack.
constexpr int MaxDepth = 8;
constexpr int MaxTitleLength = 80;

struct YamlEntry;

// A node of the YAML subset: nothing (null), a scalar, or a mapping in file order.
struct YamlNode final
{
    enum class Kind { Null, Scalar, Map };
    Kind kind = Kind::Null;
    QString scalar;
    qsizetype pos = 0; // where the node starts, for messages
    std::vector<YamlEntry> entries;
};

struct YamlEntry final
{
    QString key;
    qsizetype keyPos = 0;
    YamlNode value;
};

bool isFlowIndicator(int c)
{
    return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

bool isBlank(int c)
{
    return c == ' ' || c == '\t';
}

// YAML 1.1, which PyYAML reads, also breaks lines at U+2028 and U+2029 (and at U+0085, which
// decode() turns into a line feed as PyYAML does).
bool isLineBreak(int c)
{
    return c == '\n' || c == 0x2028 || c == 0x2029;
}

bool isBreakOrEnd(int c)
{
    return c == '\n' || c == -1;
}

// The strict reader of what PyYAML writes for RedNotebook. It reads the whole text into
// YamlNodes and stops at the first thing outside the subset, with the line it is on.
class MonthYamlReader final
{
public:
    MonthYamlReader(QString text, QString fileName) : m_text(std::move(text)), m_fileName(std::move(fileName)) { }

    Result<YamlNode> read()
    {
        YamlNode root;
        root.kind = YamlNode::Kind::Map;
        skipBlankLines();
        bool done = false;
        if (atDocumentMarker(QStringLiteral("---"))) {
            m_pos += 3;
            while (isBlank(ch(m_pos)))
                ++m_pos;
            // PyYAML puts a flow mapping on the marker's line: "--- {1: {text: …}}".
            if (ch(m_pos) == '{') {
                if (!parseFlowMapping(1, root) || !finishLine())
                    return error();
                done = true;
            } else if (!finishLine()) {
                return error();
            }
            skipBlankLines();
        }
        if (!done && ch(m_pos) != -1 && !atDocumentMarker(QStringLiteral("..."))) {
            const int indent = indentOfLine(m_pos);
            if (indent < 0)
                return error();
            const int first = ch(m_pos + indent);
            if (first == '{') {
                m_pos += indent;
                if (!parseFlowMapping(1, root) || !finishLine())
                    return error();
            } else if (!parseBlockMapping(indent, 1, root)) {
                return error();
            }
        }
        skipBlankLines();
        if (atDocumentMarker(QStringLiteral("..."))) {
            m_pos += 3;
            if (!finishLine())
                return error();
            skipBlankLines();
        }
        if (ch(m_pos) != -1) {
            fail(m_pos,
                 QCoreApplication::translate("RedNotebookImport",
                                             "there is more after the end of the month's data (a second YAML document "
                                             "or text at the wrong indentation)"));
            return error();
        }
        return root;
    }

    int lineOf(qsizetype pos) const
    {
        return static_cast<int>(QStringView(m_text).left(std::min(pos, m_text.size())).count(QLatin1Char('\n'))) + 1;
    }

    Error located(qsizetype pos, const QString &problem) const
    {
        return Error { QStringLiteral("%1, line %2: %3.").arg(m_fileName, QString::number(lineOf(pos)), problem) };
    }

private:
    int ch(qsizetype p) const { return p >= 0 && p < m_text.size() ? m_text.at(p).unicode() : -1; }

    Error error() const { return m_error.value_or(Error { QStringLiteral("%1: unreadable.").arg(m_fileName) }); }

    bool fail(qsizetype pos, const QString &problem)
    {
        if (!m_error)
            m_error = located(pos, problem);
        return false;
    }

    QString excerpt(const QString &text) const { return text.size() > 40 ? text.left(40) + QStringLiteral("…") : text; }

    bool atDocumentMarker(const QString &marker) const
    {
        if (m_pos > 0 && ch(m_pos - 1) != '\n')
            return false;
        if (QStringView(m_text).mid(m_pos, 3) != marker)
            return false;
        const int after = ch(m_pos + 3);
        return isBreakOrEnd(after) || isBlank(after);
    }

    // The number of leading spaces of the line at `lineStart`; -1 (and an error) when a tab is
    // used to indent content, which YAML forbids.
    int indentOfLine(qsizetype lineStart)
    {
        qsizetype p = lineStart;
        while (ch(p) == ' ')
            ++p;
        if (ch(p) == '\t') {
            qsizetype q = p;
            while (isBlank(ch(q)))
                ++q;
            if (!isBreakOrEnd(ch(q)) && ch(q) != '#') {
                fail(p,
                     QCoreApplication::translate("RedNotebookImport",
                                                 "a tab is used to indent; YAML allows only spaces there"));
                return -1;
            }
        }
        return static_cast<int>(p - lineStart);
    }

    // True when the line at `lineStart` holds nothing but blanks or a comment.
    bool lineIsBlank(qsizetype lineStart) const
    {
        qsizetype p = lineStart;
        while (isBlank(ch(p)))
            ++p;
        return isBreakOrEnd(ch(p)) || ch(p) == '#';
    }

    qsizetype nextLine(qsizetype p) const
    {
        while (!isBreakOrEnd(ch(p)))
            ++p;
        return ch(p) == '\n' ? p + 1 : p;
    }

    // Moves m_pos (at the start of a line) past blank and comment-only lines.
    void skipBlankLines()
    {
        while (ch(m_pos) != -1 && lineIsBlank(m_pos))
            m_pos = nextLine(m_pos);
    }

    // After a value: only blanks and a comment may follow on its line.
    bool finishLine()
    {
        while (isBlank(ch(m_pos)))
            ++m_pos;
        if (ch(m_pos) == '#' && isBlank(ch(m_pos - 1))) {
            while (!isBreakOrEnd(ch(m_pos)))
                ++m_pos;
        }
        if (ch(m_pos) == '\n') {
            ++m_pos;
            return true;
        }
        if (ch(m_pos) == -1)
            return true;
        return fail(m_pos,
                    QCoreApplication::translate("RedNotebookImport", "unexpected \"%1\" after the value")
                        .arg(m_text.at(m_pos)));
    }

    // Refuses what the subset leaves out, with a word on what it is.
    bool refuseIndicator(int c)
    {
        const int next = ch(m_pos + 1);
        if ((c == '?' || c == ':') && !isBlank(next) && !isBreakOrEnd(next) && !isFlowIndicator(next))
            return true; // "?x" and ":x" are plain text
        switch (c) {
        case '[':
            return fail(m_pos,
                        QCoreApplication::translate("RedNotebookImport",
                                                    "lists (\"[ ]\") are not part of a RedNotebook month file"));
        case '&':
        case '*':
            return fail(m_pos,
                        QCoreApplication::translate("RedNotebookImport",
                                                    "YAML anchors and aliases (\"&\", \"*\") are not supported"));
        case '!':
            return fail(m_pos, QCoreApplication::translate("RedNotebookImport", "YAML tags (\"!\") are not supported"));
        case '?':
            return fail(m_pos,
                        QCoreApplication::translate("RedNotebookImport", "explicit keys (\"?\") are not supported"));
        case '%':
        case '@':
        case '`':
            return fail(
                m_pos,
                QCoreApplication::translate("RedNotebookImport", "a value cannot start with \"%1\" unless it is quoted")
                    .arg(QChar(c)));
        case ']':
        case '}':
        case ',':
        case ':':
        case '#': return fail(m_pos, QStringLiteral("unexpected \"%1\"").arg(QChar(c)));
        default: return true;
        }
    }

    // PyYAML breaks lines at U+2028 and U+2029 even outside quotes, where RedNotebook never
    // puts them; rather than guess at such a file's shape, it is refused.
    bool refuseSeparator(qsizetype p)
    {
        return fail(
            p,
            QCoreApplication::translate("RedNotebookImport", "the line separator U+%1 can only stand inside quotes")
                .arg(static_cast<int>(ch(p)), 4, 16, QLatin1Char('0')));
    }

    bool startsList(qsizetype p) const { return ch(p) == '-' && (isBlank(ch(p + 1)) || isBreakOrEnd(ch(p + 1))); }

    // ---- block structure ----

    bool parseBlockMapping(int indent, int depth, YamlNode &out)
    {
        if (depth > MaxDepth)
            return fail(m_pos,
                        QCoreApplication::translate("RedNotebookImport",
                                                    "the data is nested more deeply than any RedNotebook file"));
        out.kind = YamlNode::Kind::Map;
        out.pos = m_pos + indent;
        QHash<QString, qsizetype> seen;
        for (;;) {
            skipBlankLines();
            if (ch(m_pos) == -1 || atDocumentMarker(QStringLiteral("---")) || atDocumentMarker(QStringLiteral("...")))
                return true;
            const int lineIndent = indentOfLine(m_pos);
            if (lineIndent < 0)
                return false;
            if (lineIndent < indent)
                return true;
            if (lineIndent > indent)
                return fail(m_pos,
                            QCoreApplication::translate("RedNotebookImport",
                                                        "this line is indented more than the key before it"));
            m_pos += indent;
            if (startsList(m_pos))
                return fail(m_pos,
                            QCoreApplication::translate("RedNotebookImport",
                                                        "lists (\"- \") are not part of a RedNotebook month file"));

            YamlEntry entry;
            entry.keyPos = m_pos;
            if (!parseKey(false, entry.key))
                return false;
            while (isBlank(ch(m_pos)))
                ++m_pos;
            if (ch(m_pos) != ':')
                return fail(m_pos,
                            QCoreApplication::translate("RedNotebookImport", "a \":\" should follow the key \"%1\"")
                                .arg(excerpt(entry.key)));
            ++m_pos;
            if (!isBlank(ch(m_pos)) && !isBreakOrEnd(ch(m_pos)))
                return fail(
                    m_pos,
                    QCoreApplication::translate("RedNotebookImport", "a space should follow the \":\" after \"%1\"")
                        .arg(excerpt(entry.key)));
            if (const auto it = seen.constFind(entry.key); it != seen.cend())
                return fail(
                    entry.keyPos,
                    QCoreApplication::translate("RedNotebookImport", "the key \"%1\" appears twice (first on line %2)")
                        .arg(excerpt(entry.key), QString::number(lineOf(*it))));
            seen.insert(entry.key, entry.keyPos);
            if (!parseBlockValue(indent, depth, entry.value))
                return false;
            out.entries.push_back(std::move(entry));
        }
    }

    // The value after "key:" in a block mapping at `indent`.
    bool parseBlockValue(int indent, int depth, YamlNode &out)
    {
        while (isBlank(ch(m_pos)))
            ++m_pos;
        out.pos = m_pos;
        const int c = ch(m_pos);
        if (isBreakOrEnd(c) || (c == '#' && isBlank(ch(m_pos - 1)))) {
            if (!finishLine())
                return false;
            return parseNodeBelow(indent, depth, out);
        }
        if (c == '|' || c == '>')
            return parseBlockScalar(indent, out);
        return parseInlineNode(indent, depth, out) && finishLine();
    }

    // A node that starts on the current line: a flow mapping, a quoted or a plain scalar.
    bool parseInlineNode(int indent, int depth, YamlNode &out)
    {
        out.pos = m_pos;
        const int c = ch(m_pos);
        if (c == '{')
            return parseFlowMapping(depth + 1, out);
        if (c == '\'' || c == '"') {
            out.kind = YamlNode::Kind::Scalar;
            return parseQuoted(false, out.scalar);
        }
        if (startsList(m_pos))
            return fail(m_pos,
                        QCoreApplication::translate("RedNotebookImport",
                                                    "lists (\"- \") are not part of a RedNotebook month file"));
        if (!refuseIndicator(c))
            return false;
        QString text;
        if (!parsePlain(false, indent, false, text))
            return false;
        if (ch(m_pos) == ':')
            return fail(m_pos,
                        QCoreApplication::translate("RedNotebookImport",
                                                    "a \": \" inside unquoted text; RedNotebook would have quoted it"));
        setPlain(out, text);
        return true;
    }

    // The value of a key whose line ends after the ":": a mapping or scalar on the lines below,
    // indented more than the key, or nothing.
    bool parseNodeBelow(int indent, int depth, YamlNode &out)
    {
        const qsizetype save = m_pos;
        skipBlankLines();
        if (ch(m_pos) == -1 || atDocumentMarker(QStringLiteral("---")) || atDocumentMarker(QStringLiteral("..."))) {
            m_pos = save;
            out.kind = YamlNode::Kind::Null;
            return true;
        }
        const int lineIndent = indentOfLine(m_pos);
        if (lineIndent < 0)
            return false;
        if (lineIndent <= indent) {
            if (lineIndent == indent && startsList(m_pos + lineIndent))
                return fail(m_pos + lineIndent,
                            QCoreApplication::translate("RedNotebookImport",
                                                        "lists (\"- \") are not part of a RedNotebook month file"));
            m_pos = save;
            out.kind = YamlNode::Kind::Null;
            return true;
        }
        if (looksLikeKey(m_pos + lineIndent))
            return parseBlockMapping(lineIndent, depth + 1, out);
        m_pos += lineIndent;
        if (ch(m_pos) == '|' || ch(m_pos) == '>')
            return fail(m_pos,
                        QCoreApplication::translate(
                            "RedNotebookImport", "a block scalar (\"|\" or \">\") must start on the line of its key"));
        return parseInlineNode(indent, depth, out) && finishLine();
    }

    // Whether the line from `p` reads "key:" (a one-line key followed by a colon and a blank).
    bool looksLikeKey(qsizetype p)
    {
        const qsizetype save = m_pos;
        const std::optional<Error> savedError = m_error;
        m_pos = p;
        QString key;
        bool isKey = false;
        if (ch(m_pos) != '{' && ch(m_pos) != '[' && parseKey(false, key)) {
            while (isBlank(ch(m_pos)))
                ++m_pos;
            isKey = ch(m_pos) == ':' && (isBlank(ch(m_pos + 1)) || isBreakOrEnd(ch(m_pos + 1)));
        }
        m_pos = save;
        m_error = savedError;
        return isKey;
    }

    // A mapping key on one line: quoted, or plain up to the ":".
    bool parseKey(bool flow, QString &key)
    {
        const int c = ch(m_pos);
        if (c == '\'' || c == '"')
            return parseQuoted(true, key);
        if (c == '{' || c == '[')
            return fail(m_pos, QCoreApplication::translate("RedNotebookImport", "a mapping or list cannot be a key"));
        if (!refuseIndicator(c))
            return false;
        if (c == '|' || c == '>')
            return fail(m_pos, QStringLiteral("unexpected \"%1\"").arg(QChar(c)));
        const qsizetype keyStart = m_pos;
        if (!parsePlain(flow, -1, true, key))
            return false;
        if (key.isEmpty())
            return fail(m_pos, QCoreApplication::translate("RedNotebookImport", "a key is missing"));
        // PyYAML quotes a text that reads as null; unquoted, it is no name at all.
        if (isNullWord(key))
            return fail(keyStart,
                        QCoreApplication::translate("RedNotebookImport", "\"%1\" cannot be a key unless it is quoted")
                            .arg(key));
        return true;
    }

    static bool isNullWord(const QString &text)
    {
        static const QStringList nulls { QString(), QStringLiteral("~"), QStringLiteral("null"), QStringLiteral("Null"),
                                         QStringLiteral("NULL") };
        return nulls.contains(text);
    }

    static void setPlain(YamlNode &out, const QString &text)
    {
        if (isNullWord(text)) {
            out.kind = YamlNode::Kind::Null;
        } else {
            out.kind = YamlNode::Kind::Scalar;
            out.scalar = text;
        }
    }

    // ---- flow mappings: { key: value, … } ----

    void skipFlowSpace()
    {
        for (;;) {
            const int c = ch(m_pos);
            if (isBlank(c) || c == '\n') {
                ++m_pos;
            } else if (c == '#' && (m_pos == 0 || isBlank(ch(m_pos - 1)) || ch(m_pos - 1) == '\n')) {
                while (!isBreakOrEnd(ch(m_pos)))
                    ++m_pos;
            } else {
                return;
            }
        }
    }

    bool parseFlowMapping(int depth, YamlNode &out)
    {
        if (depth > MaxDepth)
            return fail(m_pos,
                        QCoreApplication::translate("RedNotebookImport",
                                                    "the data is nested more deeply than any RedNotebook file"));
        const qsizetype start = m_pos;
        out.kind = YamlNode::Kind::Map;
        out.pos = start;
        ++m_pos; // '{'
        QHash<QString, qsizetype> seen;
        for (;;) {
            skipFlowSpace();
            if (ch(m_pos) == -1)
                return fail(start, QCoreApplication::translate("RedNotebookImport", "the \"{\" here is never closed"));
            if (ch(m_pos) == '}') {
                ++m_pos;
                return true;
            }
            YamlEntry entry;
            entry.keyPos = m_pos;
            if (!parseKey(true, entry.key))
                return false;
            skipFlowSpace();
            entry.value.pos = m_pos;
            if (ch(m_pos) == ':') {
                ++m_pos;
                skipFlowSpace();
                if (!parseFlowValue(depth, entry.value))
                    return false;
                skipFlowSpace();
            } else if (ch(m_pos) != ',' && ch(m_pos) != '}') {
                if (ch(m_pos) == -1)
                    return fail(start,
                                QCoreApplication::translate("RedNotebookImport", "the \"{\" here is never closed"));
                return fail(m_pos,
                            QCoreApplication::translate("RedNotebookImport", "a \":\" should follow the key \"%1\"")
                                .arg(excerpt(entry.key)));
            }
            if (const auto it = seen.constFind(entry.key); it != seen.cend())
                return fail(
                    entry.keyPos,
                    QCoreApplication::translate("RedNotebookImport", "the key \"%1\" appears twice (first on line %2)")
                        .arg(excerpt(entry.key), QString::number(lineOf(*it))));
            seen.insert(entry.key, entry.keyPos);
            out.entries.push_back(std::move(entry));
            if (ch(m_pos) == ',') {
                ++m_pos;
            } else if (ch(m_pos) == '}') {
                ++m_pos;
                return true;
            } else if (ch(m_pos) == -1) {
                return fail(start, QCoreApplication::translate("RedNotebookImport", "the \"{\" here is never closed"));
            } else {
                return fail(m_pos,
                            QCoreApplication::translate("RedNotebookImport", "a \",\" or \"}\" should come here"));
            }
        }
    }

    bool parseFlowValue(int depth, YamlNode &out)
    {
        out.pos = m_pos;
        const int c = ch(m_pos);
        if (c == ',' || c == '}') {
            out.kind = YamlNode::Kind::Null;
            return true;
        }
        if (c == -1)
            return fail(m_pos,
                        QCoreApplication::translate("RedNotebookImport", "the file ends in the middle of a \"{ }\""));
        if (c == '{')
            return parseFlowMapping(depth + 1, out);
        if (c == '\'' || c == '"') {
            out.kind = YamlNode::Kind::Scalar;
            return parseQuoted(false, out.scalar);
        }
        if (c == '|' || c == '>')
            return fail(m_pos,
                        QCoreApplication::translate("RedNotebookImport",
                                                    "a block scalar (\"|\" or \">\") cannot stand inside \"{ }\""));
        if (!refuseIndicator(c))
            return false;
        QString text;
        if (!parsePlain(true, -1, false, text))
            return false;
        if (ch(m_pos) == ':')
            return fail(m_pos,
                        QCoreApplication::translate("RedNotebookImport",
                                                    "a \": \" inside unquoted text; RedNotebook would have quoted it"));
        setPlain(out, text);
        return true;
    }

    // ---- scalars ----

    // A plain (unquoted) scalar from m_pos. In block context it may go on over lines indented
    // more than `parentIndent`; in flow context over any lines. It stops before ": ", " #", the
    // end of its last line, and in flow context before , [ ] { }. Lines are folded as YAML does:
    // one line break becomes a space, each blank line a line break.
    bool parsePlain(bool flow, int parentIndent, bool singleLine, QString &out)
    {
        out.clear();
        for (;;) {
            const qsizetype segmentStart = m_pos;
            for (;;) {
                const int c = ch(m_pos);
                if (isBreakOrEnd(c))
                    break;
                if (c == ':') {
                    const int next = ch(m_pos + 1);
                    if (isBlank(next) || isBreakOrEnd(next) || (flow && isFlowIndicator(next)))
                        break;
                }
                if (c == '#' && m_pos > segmentStart && isBlank(ch(m_pos - 1)))
                    break;
                if (flow && isFlowIndicator(c))
                    break;
                if (isLineBreak(c))
                    return refuseSeparator(m_pos);
                ++m_pos;
            }
            qsizetype end = m_pos;
            while (end > segmentStart && isBlank(ch(end - 1)))
                --end;
            out += QStringView(m_text).mid(segmentStart, end - segmentStart);
            if (ch(m_pos) != '\n' || singleLine)
                return true;

            // Does the scalar go on? Look past blank lines at the next line with content.
            qsizetype p = m_pos + 1;
            int blankLines = 0;
            for (;;) {
                qsizetype q = p;
                while (isBlank(ch(q)))
                    ++q;
                if (ch(q) == '\n') {
                    ++blankLines;
                    p = q + 1;
                    continue;
                }
                if (ch(q) == -1)
                    return true;
                int spaces = 0;
                while (ch(p + spaces) == ' ')
                    ++spaces;
                const int first = ch(q);
                const bool documentMarker = spaces == 0
                    && (QStringView(m_text).mid(p, 3) == QStringLiteral("---")
                        || QStringView(m_text).mid(p, 3) == QStringLiteral("..."));
                bool goesOn = first != '#' && !documentMarker;
                if (flow) {
                    goesOn = goesOn && !isFlowIndicator(first)
                        && !(first == ':'
                             && (isBlank(ch(q + 1)) || isBreakOrEnd(ch(q + 1)) || isFlowIndicator(ch(q + 1))));
                } else {
                    goesOn = goesOn && spaces > parentIndent;
                }
                if (!goesOn)
                    return true;
                out += blankLines > 0 ? QString(blankLines, QLatin1Char('\n')) : QStringLiteral(" ");
                m_pos = q;
                break;
            }
        }
    }

    // A single- or double-quoted scalar from m_pos (at the quote), folded over lines as YAML
    // does. Keys must stay on one line.
    bool parseQuoted(bool singleLine, QString &out)
    {
        const qsizetype start = m_pos;
        const bool isDouble = ch(m_pos) == '"';
        ++m_pos;
        out.clear();
        qsizetype blankRun = -1; // where trailing literal blanks start in `out`, or -1
        for (;;) {
            const int c = ch(m_pos);
            if (c == -1)
                return fail(start,
                            QCoreApplication::translate("RedNotebookImport",
                                                        "the quoted text that starts here is never closed"));
            if (!isDouble && c == '\'') {
                if (ch(m_pos + 1) == '\'') {
                    out += QLatin1Char('\'');
                    m_pos += 2;
                    blankRun = -1;
                    continue;
                }
                ++m_pos;
                return true;
            }
            if (isDouble && c == '"') {
                ++m_pos;
                return true;
            }
            if (isLineBreak(c)) {
                // Folding: blanks around the break go; a lone line feed becomes a space, and the
                // line separators U+2028 and U+2029 stay, as in PyYAML.
                if (singleLine)
                    return fail(start,
                                QCoreApplication::translate("RedNotebookImport", "a key cannot go over several lines"));
                if (blankRun >= 0)
                    out.truncate(blankRun);
                blankRun = -1;
                ++m_pos;
                const QString more = foldedBreaks();
                if (c != '\n')
                    out += QChar(c);
                else if (more.isEmpty())
                    out += QLatin1Char(' ');
                out += more;
                continue;
            }
            if (isDouble && c == '\\') {
                if (isLineBreak(ch(m_pos + 1))) {
                    // An escaped line break joins the lines without a space.
                    if (singleLine)
                        return fail(
                            start,
                            QCoreApplication::translate("RedNotebookImport", "a key cannot go over several lines"));
                    m_pos += 2;
                    out += foldedBreaks();
                    blankRun = -1;
                    continue;
                }
                if (!parseEscape(out))
                    return false;
                blankRun = -1;
                continue;
            }
            if (isBlank(c)) {
                if (blankRun < 0)
                    blankRun = out.size();
            } else {
                blankRun = -1;
            }
            out += m_text.at(m_pos);
            ++m_pos;
        }
    }

    // After a line break inside a quoted scalar: skips the next lines' leading blanks and
    // returns the further (empty) lines' breaks, which folding keeps.
    QString foldedBreaks()
    {
        QString breaks;
        for (;;) {
            while (isBlank(ch(m_pos)))
                ++m_pos;
            if (!isLineBreak(ch(m_pos)))
                return breaks;
            breaks += QChar(ch(m_pos));
            ++m_pos;
        }
    }

    // One escape of a double-quoted scalar, m_pos at the backslash.
    bool parseEscape(QString &out)
    {
        const qsizetype at = m_pos;
        const int c = ch(m_pos + 1);
        m_pos += 2;
        int digits = 0;
        switch (c) {
        case '0': out += QChar(0); return true;
        case 'a': out += QChar(0x07); return true;
        case 'b': out += QChar(0x08); return true;
        case 't':
        case '\t': out += QLatin1Char('\t'); return true;
        case 'n': out += QLatin1Char('\n'); return true;
        case 'v': out += QChar(0x0B); return true;
        case 'f': out += QChar(0x0C); return true;
        case 'r': out += QLatin1Char('\r'); return true;
        case 'e': out += QChar(0x1B); return true;
        case ' ': out += QLatin1Char(' '); return true;
        case '"': out += QLatin1Char('"'); return true;
        case '/': out += QLatin1Char('/'); return true;
        case '\\': out += QLatin1Char('\\'); return true;
        case 'N': out += QChar(0x85); return true;
        case '_': out += QChar(0xA0); return true;
        case 'L': out += QChar(0x2028); return true;
        case 'P': out += QChar(0x2029); return true;
        case 'x': digits = 2; break;
        case 'u': digits = 4; break;
        case 'U': digits = 8; break;
        default:
            if (c == -1)
                return fail(at, QCoreApplication::translate("RedNotebookImport", "the file ends after a backslash"));
            return fail(
                at, QCoreApplication::translate("RedNotebookImport", "\"\\%1\" is not a YAML escape").arg(QChar(c)));
        }
        char32_t code = 0;
        for (int i = 0; i < digits; ++i) {
            const int d = ch(m_pos);
            int value = -1;
            if (d >= '0' && d <= '9')
                value = d - '0';
            else if (d >= 'a' && d <= 'f')
                value = d - 'a' + 10;
            else if (d >= 'A' && d <= 'F')
                value = d - 'A' + 10;
            if (value < 0)
                return fail(at,
                            QCoreApplication::translate("RedNotebookImport", "\"\\%1\" needs %2 hexadecimal digits")
                                .arg(QChar(c))
                                .arg(digits));
            code = code * 16 + static_cast<char32_t>(value);
            ++m_pos;
        }
        if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return fail(at,
                        QCoreApplication::translate("RedNotebookImport", "the escape \"%1\" is not a character")
                            .arg(QStringView(m_text).mid(at, m_pos - at).toString()));
        // Not QString::fromUcs4, which would drop a U+FEFF as a byte-order mark.
        if (QChar::requiresSurrogates(code)) {
            out += QChar(QChar::highSurrogate(code));
            out += QChar(QChar::lowSurrogate(code));
        } else {
            out += QChar(static_cast<char16_t>(code));
        }
        return true;
    }

    // A literal ("|") or folded (">") block scalar, m_pos at the indicator; `indent` is the
    // indentation of the mapping whose value it is.
    bool parseBlockScalar(int indent, YamlNode &out)
    {
        const qsizetype start = m_pos;
        const bool folded = ch(m_pos) == '>';
        ++m_pos;
        enum class Chomp { Clip, Strip, Keep } chomp = Chomp::Clip;
        int explicitIndent = 0;
        for (int i = 0; i < 2; ++i) {
            const int c = ch(m_pos);
            if ((c == '-' || c == '+') && chomp == Chomp::Clip) {
                chomp = c == '-' ? Chomp::Strip : Chomp::Keep;
                ++m_pos;
            } else if (c >= '1' && c <= '9' && explicitIndent == 0) {
                explicitIndent = c - '0';
                ++m_pos;
            }
        }
        if (!isBlank(ch(m_pos)) && !isBreakOrEnd(ch(m_pos)))
            return fail(
                m_pos,
                QCoreApplication::translate("RedNotebookImport", "unexpected \"%1\" after the block scalar's \"%2\"")
                    .arg(m_text.at(m_pos), m_text.at(start)));
        if (!finishLine())
            return false;

        int contentIndent = explicitIndent > 0 ? std::max(indent, 0) + explicitIndent : -1;
        if (contentIndent < 0) {
            // The first line with content sets the indentation; an empty line before it may not
            // be indented more (YAML would not know where the text starts).
            qsizetype p = m_pos;
            int widestEmpty = 0;
            qsizetype widestAt = m_pos;
            while (ch(p) != -1) {
                int spaces = 0;
                while (ch(p + spaces) == ' ')
                    ++spaces;
                if (!isBreakOrEnd(ch(p + spaces))) {
                    contentIndent = spaces;
                    break;
                }
                if (spaces > widestEmpty) {
                    widestEmpty = spaces;
                    widestAt = p;
                }
                p = nextLine(p);
            }
            if (contentIndent > indent && widestEmpty > contentIndent)
                return fail(widestAt,
                            QCoreApplication::translate("RedNotebookImport",
                                                        "an empty line at the start of a block scalar is indented more "
                                                        "than its text"));
            if (contentIndent <= indent)
                contentIndent = indent + 1; // no content: only (possibly) blank lines follow
        }

        QStringList lines; // content lines, "" for an empty line
        qsizetype lastContent = -1;
        int trailingBreaks = 0; // line breaks after the last content, which chomping decides on
        while (ch(m_pos) != -1) {
            int spaces = 0;
            while (spaces < contentIndent && ch(m_pos + spaces) == ' ')
                ++spaces;
            const qsizetype lineEnd = nextLine(m_pos);
            if (spaces == contentIndent && !isBreakOrEnd(ch(m_pos + spaces))) {
                qsizetype end = lineEnd;
                if (end > m_pos && ch(end - 1) == '\n')
                    --end;
                for (qsizetype i = m_pos + spaces; i < end; ++i) {
                    if (isLineBreak(ch(i)))
                        return refuseSeparator(i);
                }
                lines.append(m_text.mid(m_pos + spaces, end - m_pos - spaces));
                lastContent = lines.size() - 1;
                trailingBreaks = 0;
            } else if (isBreakOrEnd(ch(m_pos + spaces))) {
                lines.append(QString());
            } else {
                if (ch(m_pos + spaces) == '\t')
                    return fail(m_pos + spaces,
                                QCoreApplication::translate("RedNotebookImport",
                                                            "a tab is used to indent; YAML allows only spaces there"));
                break; // a less indented line ends the scalar
            }
            if (ch(lineEnd - 1) == '\n')
                ++trailingBreaks; // the last line of a file may have none
            m_pos = lineEnd;
        }
        QString text;
        if (lastContent >= 0) {
            if (!folded) {
                text = lines.mid(0, lastContent + 1).join(QLatin1Char('\n'));
            } else {
                int pendingEmpty = 0;
                bool first = true;
                bool previousNormal = false;
                for (qsizetype i = 0; i <= lastContent; ++i) {
                    const QString &line = lines.at(i);
                    if (line.isEmpty()) {
                        ++pendingEmpty;
                        continue;
                    }
                    const bool moreIndented = isBlank(line.front().unicode());
                    if (first)
                        text += QString(pendingEmpty, QLatin1Char('\n'));
                    else if (previousNormal && !moreIndented)
                        text += pendingEmpty > 0 ? QString(pendingEmpty, QLatin1Char('\n')) : QStringLiteral(" ");
                    else
                        text += QString(pendingEmpty + 1, QLatin1Char('\n'));
                    text += line;
                    pendingEmpty = 0;
                    first = false;
                    previousNormal = !moreIndented;
                }
            }
        }
        switch (chomp) {
        case Chomp::Strip: break;
        case Chomp::Clip:
            if (lastContent >= 0 && trailingBreaks > 0)
                text += QLatin1Char('\n');
            break;
        case Chomp::Keep: text += QString(trailingBreaks, QLatin1Char('\n')); break;
        }
        out.kind = YamlNode::Kind::Scalar;
        out.pos = start;
        out.scalar = text;
        return true;
    }

    QString m_text;
    QString m_fileName;
    qsizetype m_pos = 0;
    std::optional<Error> m_error;
};

// The text of the file as YAML sees it: UTF-8 without a byte-order mark, LF line ends, and no
// control characters (PyYAML writes those as escapes).
Result<QString> decode(const QByteArray &bytes, const QString &fileName)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error { QCoreApplication::translate("RedNotebookImport",
                                                   "%1 is not UTF-8 text, so RedNotebook did not write it.")
                           .arg(fileName) };
    // The decoder has dropped a byte-order mark at the start; a second one is text, and refused.
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QChar(0x85), QLatin1Char('\n'));
    qsizetype line = 1;
    for (const QChar c : std::as_const(text)) {
        const char16_t u = c.unicode();
        if (u == '\n')
            ++line;
        const bool control
            = (u < 0x20 && u != '\t' && u != '\n') || (u >= 0x7F && u <= 0x9F) || u == 0xFFFE || u == 0xFFFF;
        if (control)
            return Error { QCoreApplication::translate(
                               "RedNotebookImport",
                               "%1, line %2: the control character U+%3 cannot stand in a YAML file.")
                               .arg(fileName, QString::number(line),
                                    QStringLiteral("%1").arg(static_cast<int>(u), 4, 16, QLatin1Char('0'))) };
    }
    return text;
}

QString titleFrom(const QString &text)
{
    QString first;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        first = line.trimmed();
        if (!first.isEmpty())
            break;
    }
    if (first.size() <= MaxTitleLength)
        return first;
    // Cut at a word where there is one, and say that it was cut.
    qsizetype cut = MaxTitleLength - 1;
    if (first.at(cut).isLowSurrogate())
        --cut;
    const qsizetype space = first.lastIndexOf(QLatin1Char(' '), cut);
    if (space > MaxTitleLength / 2)
        cut = space;
    return first.left(cut).trimmed() + QStringLiteral("…");
}

} // namespace

QUuid RedNotebookImport::uuidNamespace()
{
    return QUuid(QStringLiteral("{05913fa9-138c-493f-973c-7a238faf3a11}"));
}

Result<ExchangeData> RedNotebookImport::parseMonth(const QByteArray &bytes, int year, int month,
                                                   const QString &fileName)
{
    if (bytes.size() > MaxFileBytes)
        return Error { QCoreApplication::translate(
                           "RedNotebookImport",
                           "%1 is larger than %2 MiB, which no RedNotebook month is; it was not read.")
                           .arg(fileName, QString::number(MaxFileBytes / (1024 * 1024))) };
    const QDate firstDay(year, month, 1);
    if (!firstDay.isValid() || year < 1)
        return Error { QCoreApplication::translate("RedNotebookImport",
                                                   "%1 is not named after a month (like 2024-03.txt).")
                           .arg(fileName) };
    const auto text = decode(bytes, fileName);
    if (!text)
        return Error { text.error() };
    MonthYamlReader reader(*text, fileName);
    const auto root = reader.read();
    if (!root)
        return Error { root.error() };

    static const QRegularExpression dayPattern(QStringLiteral("^[1-9][0-9]?$"));
    ExchangeData data;
    QHash<int, qsizetype> days; // day → where its key is
    for (const YamlEntry &day : root->entries) {
        // Only the way PyYAML writes a day: "8", never "08" or "+8", which would be another key
        // for the same day.
        const int dayNumber = dayPattern.match(day.key).hasMatch() ? day.key.toInt() : 0;
        const QDate date(year, month, dayNumber);
        if (!date.isValid())
            return reader.located(day.keyPos,
                                  QCoreApplication::translate("RedNotebookImport", "\"%1\" is not a day of %2")
                                      .arg(day.key.left(40), firstDay.toString(QStringLiteral("yyyy-MM"))));
        if (const auto it = days.constFind(dayNumber); it != days.cend())
            return reader.located(
                day.keyPos,
                QCoreApplication::translate("RedNotebookImport", "day %1 appears twice (first on line %2)")
                    .arg(dayNumber)
                    .arg(reader.lineOf(*it)));
        days.insert(dayNumber, day.keyPos);
        if (day.value.kind == YamlNode::Kind::Null)
            continue;
        if (day.value.kind != YamlNode::Kind::Map)
            return reader.located(
                day.value.pos,
                QCoreApplication::translate("RedNotebookImport",
                                            "day %1 should hold its text and categories, not a single value")
                    .arg(dayNumber));
        JournalEntry entry;
        bool hasText = false;
        for (const YamlEntry &part : day.value.entries) {
            if (part.key == QStringLiteral("text")) {
                if (part.value.kind == YamlNode::Kind::Map)
                    return reader.located(
                        part.value.pos,
                        QCoreApplication::translate("RedNotebookImport", "the text of day %1 should be text")
                            .arg(dayNumber));
                entry.body = part.value.scalar;
                hasText = !entry.body.trimmed().isEmpty();
                continue;
            }
            if (part.value.kind == YamlNode::Kind::Null)
                continue; // a category without entries
            if (part.value.kind != YamlNode::Kind::Map)
                return reader.located(part.value.pos,
                                      QCoreApplication::translate(
                                          "RedNotebookImport", "the category \"%1\" of day %2 should list its entries")
                                          .arg(part.key.left(40), QString::number(dayNumber)));
            const bool isTags = part.key.compare(QStringLiteral("tags"), Qt::CaseInsensitive) == 0;
            for (const YamlEntry &item : part.value.entries) {
                if (item.value.kind != YamlNode::Kind::Null)
                    return reader.located(item.value.pos,
                                          QCoreApplication::translate("RedNotebookImport",
                                                                      "the category entry \"%1\" should have no value")
                                              .arg(item.key.left(40)));
                const QString name = item.key.trimmed();
                if (name.isEmpty())
                    continue;
                const QString tag = isTags ? name : part.key.trimmed() + QStringLiteral(": ") + name;
                // No more than the store keeps and Tandem's own export reads back, so that an
                // imported entry survives an export and a re-import.
                if (Status fits = RecordLimits::checkLength(
                        tag,
                        QCoreApplication::translate("RedNotebookImport", "the category entry \"%1…\"")
                            .arg(item.key.left(40)),
                        RecordLimits::MaxShortTextLength);
                    !fits)
                    return reader.located(item.keyPos, fits.error());
                // Tandem compares tags ignoring letter case, as RedNotebook does.
                if (!entry.tags.contains(tag, Qt::CaseInsensitive))
                    entry.tags.append(tag);
            }
        }
        if (!hasText)
            continue;
        const QString isoDate = date.toString(Qt::ISODate);
        entry.uuid = QUuid::createUuidV5(uuidNamespace(), QStringLiteral("rednotebook:") + isoDate);
        entry.occurredAt = QDateTime(date, QTime(12, 0), Qt::LocalTime).toUTC();
        entry.createdAt = entry.occurredAt;
        entry.updatedAt = entry.occurredAt;
        entry.title = titleFrom(entry.body);
        if (Status fits = RecordLimits::check(entry); !fits)
            return reader.located(day.keyPos,
                                  QStringLiteral("day %1: %2").arg(QString::number(dayNumber), fits.error()));
        data.journalEntries.append(std::move(entry));
    }
    std::stable_sort(data.journalEntries.begin(), data.journalEntries.end(),
                     [](const JournalEntry &a, const JournalEntry &b) { return a.occurredAt < b.occurredAt; });
    return data;
}

Result<ExchangeData> RedNotebookImport::readFolder(const QString &dir)
{
    static const QRegularExpression monthFile(QStringLiteral("^(\\d{4})-(\\d{2})\\.txt$"));
    const QDir folder(dir);
    if (!folder.exists())
        return Error { QCoreApplication::translate("RedNotebookImport", "The folder %1 does not exist.")
                           .arg(QDir::toNativeSeparators(dir)) };

    ExchangeData data;
    int months = 0;
    const QStringList names = folder.entryList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names) {
        const auto match = monthFile.match(name);
        if (!match.hasMatch())
            continue;
        const int year = match.captured(1).toInt();
        const int month = match.captured(2).toInt();
        if (month < 1 || month > 12)
            continue;
        const QString path = folder.filePath(name);
        if (QFileInfo(path).size() > MaxFileBytes)
            return Error { QCoreApplication::translate(
                               "RedNotebookImport",
                               "%1 is larger than %2 MiB, which no RedNotebook month is; it was not read.")
                               .arg(name, QString::number(MaxFileBytes / (1024 * 1024))) };
        // The size is checked again as it is read, in case the file grew since it was measured.
        const auto bytes = InputReader::readFile(path, MaxFileBytes);
        if (!bytes)
            return Error { bytes.error() + QLatin1Char('.') };
        auto month_ = parseMonth(bytes.value(), year, month, name);
        if (!month_)
            return Error { month_.error() };
        data.journalEntries.append(month_->journalEntries);
        ++months;
    }
    if (months == 0)
        return Error { QCoreApplication::translate(
                           "RedNotebookImport",
                           "The folder %1 holds no RedNotebook month files (named like 2024-03.txt).")
                           .arg(QDir::toNativeSeparators(dir)) };
    return data;
}

} // namespace tandem::core
