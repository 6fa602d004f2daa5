#include "jsontext.h"

namespace tandem::core {

QJsonDocument parseJsonKeepingText(const QByteArray &bytes, QJsonParseError *error)
{
    static const QByteArray Mark("\xEF\xBB\xBF");
    // In valid UTF-8 these three bytes are always U+FEFF, and in JSON it can only stand inside a
    // string, where the escape means the same character and is decoded without being dropped.
    const qsizetype start = bytes.startsWith(Mark) ? Mark.size() : 0;
    if (bytes.indexOf(Mark, start) < 0)
        return QJsonDocument::fromJson(bytes, error);
    QByteArray escaped;
    escaped.reserve(bytes.size() + 64);
    escaped.append(bytes.constData(), start);
    qsizetype from = start;
    for (qsizetype at = bytes.indexOf(Mark, from); at >= 0; at = bytes.indexOf(Mark, from)) {
        escaped.append(bytes.constData() + from, at - from).append("\\uFEFF");
        from = at + Mark.size();
    }
    escaped.append(bytes.constData() + from, bytes.size() - from);
    QJsonDocument document = QJsonDocument::fromJson(escaped, error);
    if (error && error->error != QJsonParseError::NoError)
        return QJsonDocument::fromJson(bytes, error);
    return document;
}

} // namespace tandem::core
