#include "jsonscanner.h"

#include <QIODevice>

#include <cstring>

namespace tandem::core {

JsonScanner::JsonScanner(QIODevice &device) : m_device(device)
{
}

bool JsonScanner::seek(qint64 offset)
{
    m_problem = {};
    m_capturing = false;
    m_capture.clear();
    m_buffer.clear();
    m_bufferStart = offset;
    m_pos = 0;
    m_end = false;
    if (!m_device.seek(offset)) {
        m_problem = { Problem::Kind::ReadError, QJsonParseError::NoError, offset };
        return false;
    }
    return true;
}

// Reads the next buffer; false at the end of the file or on a NUL byte or a read error.
bool JsonScanner::fill()
{
    if (m_end)
        return false;
    if (m_capturing) {
        m_capture.append(m_buffer.constData() + m_captureFrom, m_buffer.size() - m_captureFrom);
        m_captureFrom = 0;
    }
    m_bufferStart += m_buffer.size();
    m_pos = 0;
    m_buffer.resize(BufferBytes);
    const qint64 got = m_device.read(m_buffer.data(), BufferBytes);
    if (got <= 0) {
        m_buffer.clear();
        m_end = true;
        if (got < 0)
            m_problem = { Problem::Kind::ReadError, QJsonParseError::NoError, m_bufferStart };
        return false;
    }
    m_buffer.resize(got);
    if (const void *nul = std::memchr(m_buffer.constData(), 0, size_t(got))) {
        m_problem = { Problem::Kind::NulByte, QJsonParseError::NoError,
                      m_bufferStart + (static_cast<const char *>(nul) - m_buffer.constData()) };
        m_buffer.clear();
        m_end = true;
        return false;
    }
    return true;
}

int JsonScanner::peek()
{
    if (m_pos >= m_buffer.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

int JsonScanner::get()
{
    const int c = peek();
    if (c >= 0)
        ++m_pos;
    return c;
}

void JsonScanner::skipSpace()
{
    for (int c = peek(); c == ' ' || c == '\n' || c == '\r' || c == '\t'; c = peek())
        ++m_pos;
}

bool JsonScanner::fail(QJsonParseError::ParseError error)
{
    // A NUL byte or a failed read found while looking ahead is the problem to name.
    if (m_problem.kind == Problem::Kind::None)
        m_problem = { Problem::Kind::Grammar, error, at() };
    return false;
}

bool JsonScanner::string()
{
    ++m_pos; // the opening quote
    for (;;) {
        // Fast over plain text: to the next quote or backslash in this buffer.
        const char *from = m_buffer.constData() + m_pos;
        const qsizetype left = m_buffer.size() - m_pos;
        qsizetype plain = 0;
        while (plain < left && from[plain] != '"' && from[plain] != '\\')
            ++plain;
        m_pos += plain;
        const int c = get();
        if (c < 0)
            return fail(QJsonParseError::UnterminatedString);
        if (c == '"')
            return true;
        if (c != '\\')
            continue; // only when the buffer ended: the loop looks again
        const int escaped = get();
        if (escaped < 0)
            return fail(QJsonParseError::UnterminatedString);
        if (escaped == 'u') {
            for (int i = 0; i < 4; ++i) {
                const int h = get();
                if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F')))
                    return fail(h < 0 ? QJsonParseError::UnterminatedString : QJsonParseError::IllegalEscapeSequence);
            }
        } else if (!std::strchr("\"\\/bfnrt", escaped)) {
            return fail(QJsonParseError::IllegalEscapeSequence);
        }
    }
}

bool JsonScanner::literal()
{
    const int first = peek();
    for (const char *word : { "true", "false", "null" }) {
        if (first != word[0])
            continue;
        for (const char *c = word; *c; ++c) {
            if (get() != *c)
                return fail(QJsonParseError::IllegalValue);
        }
        return true;
    }
    // A number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    auto digits = [this] {
        int n = 0;
        for (int c = peek(); c >= '0' && c <= '9'; c = peek(), ++n)
            ++m_pos;
        return n;
    };
    if (peek() == '-')
        ++m_pos;
    if (peek() == '0')
        ++m_pos;
    else if (digits() == 0)
        return fail(QJsonParseError::IllegalValue);
    if (peek() == '.') {
        ++m_pos;
        if (digits() == 0)
            return fail(QJsonParseError::IllegalNumber);
    }
    if (peek() == 'e' || peek() == 'E') {
        ++m_pos;
        if (peek() == '+' || peek() == '-')
            ++m_pos;
        if (digits() == 0)
            return fail(QJsonParseError::IllegalNumber);
    }
    return true;
}

bool JsonScanner::object(int depth)
{
    ++m_pos; // '{'
    skipSpace();
    if (peek() == '}') {
        ++m_pos;
        return true;
    }
    for (;;) {
        skipSpace();
        if (peek() != '"')
            return fail(peek() < 0 ? QJsonParseError::UnterminatedObject : QJsonParseError::IllegalValue);
        if (!string())
            return false;
        skipSpace();
        if (get() != ':')
            return fail(QJsonParseError::MissingNameSeparator);
        if (!value(depth))
            return false;
        skipSpace();
        const int c = get();
        if (c == '}')
            return true;
        if (c != ',')
            return fail(c < 0 ? QJsonParseError::UnterminatedObject : QJsonParseError::MissingValueSeparator);
    }
}

bool JsonScanner::array(int depth, qint64 *elements)
{
    ++m_pos; // '['
    qint64 count = 0;
    skipSpace();
    if (peek() == ']') {
        ++m_pos;
    } else {
        for (;;) {
            if (!value(depth))
                return false;
            ++count;
            skipSpace();
            const int c = get();
            if (c == ']')
                break;
            if (c != ',')
                return fail(c < 0 ? QJsonParseError::UnterminatedArray : QJsonParseError::MissingValueSeparator);
        }
    }
    if (elements)
        *elements = count;
    return true;
}

bool JsonScanner::value(int depth, qint64 *elements)
{
    skipSpace();
    switch (peek()) {
    case -1: return fail(QJsonParseError::IllegalValue);
    case '"': return string();
    case '{':
        if (depth >= MaxDepth)
            return fail(QJsonParseError::DeepNesting);
        return object(depth + 1);
    case '[':
        if (depth >= MaxDepth)
            return fail(QJsonParseError::DeepNesting);
        return array(depth + 1, elements);
    default: return literal();
    }
}

QList<JsonScanner::Member> JsonScanner::members()
{
    QList<Member> result;
    auto failed = [&]() {
        // A NUL byte is named wherever it is, as when the file is read whole first.
        if (m_problem.kind == Problem::Kind::Grammar) {
            const Problem grammar = m_problem;
            while (fill()) { }
            if (m_problem.kind == Problem::Kind::Grammar)
                m_problem = grammar;
        }
        return QList<Member>();
    };
    if (!seek(0))
        return {};
    // A byte order mark is allowed before the document, as QJsonDocument allows it.
    if (peek() == 0xEF) {
        if (get() != 0xEF || get() != 0xBB || get() != 0xBF) {
            fail(QJsonParseError::IllegalValue);
            return failed();
        }
    }
    skipSpace();
    if (peek() < 0) {
        if (m_problem.kind == Problem::Kind::None)
            m_problem = { Problem::Kind::Empty, QJsonParseError::NoError, 0 };
        return {};
    }
    if (peek() == '[') {
        if (!array(1, nullptr))
            return failed();
        skipSpace();
        if (peek() >= 0) {
            fail(QJsonParseError::GarbageAtEnd);
            return failed();
        }
        if (m_problem.kind == Problem::Kind::None)
            m_problem = { Problem::Kind::NotAnObject, QJsonParseError::NoError, 0 };
        return {};
    }
    if (peek() != '{') {
        fail(QJsonParseError::IllegalValue);
        return failed();
    }
    ++m_pos;
    skipSpace();
    if (peek() == '}') {
        ++m_pos;
    } else {
        for (;;) {
            skipSpace();
            if (peek() != '"') {
                fail(peek() < 0 ? QJsonParseError::UnterminatedObject : QJsonParseError::IllegalValue);
                return failed();
            }
            Member member;
            startCapture();
            if (!string())
                return failed();
            member.key = endCapture();
            skipSpace();
            if (get() != ':') {
                fail(QJsonParseError::MissingNameSeparator);
                return failed();
            }
            skipSpace();
            member.value.begin = at();
            if (!value(1, &member.value.elements))
                return failed();
            member.value.end = at();
            result.append(member);
            skipSpace();
            const int c = get();
            if (c == '}')
                break;
            if (c != ',') {
                fail(c < 0 ? QJsonParseError::UnterminatedObject : QJsonParseError::MissingValueSeparator);
                return failed();
            }
        }
    }
    skipSpace();
    if (peek() >= 0) {
        fail(QJsonParseError::GarbageAtEnd);
        return failed();
    }
    if (m_problem.kind != Problem::Kind::None)
        return {};
    return result;
}

void JsonScanner::startCapture()
{
    m_capturing = true;
    m_capture.clear();
    m_captureFrom = m_pos;
}

QByteArray JsonScanner::endCapture()
{
    m_capture.append(m_buffer.constData() + m_captureFrom, m_pos - m_captureFrom);
    m_capturing = false;
    QByteArray captured;
    captured.swap(m_capture);
    return captured;
}

bool JsonScanner::elements(const Span &span, const std::function<bool(const QByteArray &, qint64)> &element)
{
    if (!seek(span.begin))
        return false;
    if (get() != '[')
        return fail(QJsonParseError::IllegalValue);
    skipSpace();
    if (peek() == ']')
        return true;
    for (;;) {
        skipSpace();
        const qint64 begin = at();
        startCapture();
        if (!value(1)) {
            m_capturing = false;
            return false;
        }
        const QByteArray bytes = endCapture();
        m_largestElement = std::max<qint64>(m_largestElement, bytes.size());
        if (!element(bytes, begin))
            return true;
        skipSpace();
        const int c = get();
        if (c == ']')
            return true;
        if (c != ',')
            return fail(c < 0 ? QJsonParseError::UnterminatedArray : QJsonParseError::MissingValueSeparator);
    }
}

QByteArray JsonScanner::bytes(const Span &span)
{
    if (!m_device.seek(span.begin))
        return {};
    QByteArray result = m_device.read(span.end - span.begin);
    // The next scan starts afresh.
    m_buffer.clear();
    m_end = false;
    return result;
}

} // namespace tandem::core
