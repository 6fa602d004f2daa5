#pragma once

#include <QByteArray>
#include <QJsonParseError>
#include <QList>

#include <functional>

class QIODevice;

namespace tandem::core {

/// A byte-level JSON scanner over a seekable device that holds at most one buffer and one array
/// element at a time, however large the file: members() checks the grammar of the whole file and
/// gives where each value of its top-level object lies, and elements() gives an array's elements
/// one by one as bytes, to be parsed on their own. Strings are checked for their end and escapes
/// only: what is inside a value is parsed again by whoever reads it.
class JsonScanner final
{
public:
    /// Where a value lies in the file: [begin, end), and for an array how many elements it has.
    struct Span
    {
        qint64 begin = 0;
        qint64 end = 0;
        qint64 elements = -1; ///< -1 when the value is not an array
    };
    struct Member
    {
        QByteArray key; ///< the key as written, a JSON string with its quotes
        Span value;
    };
    /// Why scanning stopped: a NUL byte (offset of it, from 0), or a grammar error as
    /// QJsonDocument would name it, with the file offset where it was found.
    struct Problem
    {
        enum class Kind { None, Empty, NotAnObject, NulByte, Grammar, ReadError } kind = Kind::None;
        QJsonParseError::ParseError error = QJsonParseError::NoError;
        qint64 offset = 0;
    };

    static constexpr qint64 BufferBytes = 1024 * 1024;
    static constexpr int MaxDepth = 1024; // QJsonDocument's own limit

    explicit JsonScanner(QIODevice &device);

    /// The top-level object's members in file order. On failure, empty and problem() says why; a
    /// NUL byte anywhere in the file is named before a grammar error (the file is read to its end).
    QList<Member> members();

    /// Calls `element(bytes, offset)` for each element of the array at `span` (as found by
    /// members()) until it returns false. False when reading failed (problem() says why).
    bool elements(const Span &span, const std::function<bool(const QByteArray &, qint64)> &element);

    /// The bytes of a span (for small values: the caller knows how large it is).
    QByteArray bytes(const Span &span);

    const Problem &problem() const { return m_problem; }
    /// The largest number of bytes held at once for one element (for tests).
    qint64 largestElement() const { return m_largestElement; }

private:
    bool seek(qint64 offset);
    bool fill();
    int peek();
    int get();
    void skipSpace();
    bool fail(QJsonParseError::ParseError error);
    bool value(int depth, qint64 *elements = nullptr);
    bool string();
    bool literal();
    bool object(int depth);
    bool array(int depth, qint64 *elements);
    qint64 at() const { return m_bufferStart + m_pos; }
    void startCapture();
    QByteArray endCapture();

    QIODevice &m_device;
    QByteArray m_buffer;
    qint64 m_bufferStart = 0;
    qsizetype m_pos = 0;
    bool m_end = false;
    bool m_capturing = false;
    qsizetype m_captureFrom = 0;
    QByteArray m_capture;
    qint64 m_largestElement = 0;
    Problem m_problem;
};

} // namespace tandem::core
