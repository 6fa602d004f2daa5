#pragma once

#include <QByteArray>
#include <QJsonDocument>

namespace tandem::core {

/// QJsonDocument::fromJson, except that a U+FEFF at the start of a string (or key) is kept. Qt's
/// parser decodes each string with QString::fromUtf8, which drops a leading U+FEFF as a
/// byte-order mark, so a title that begins with one would lose it on import without a word. A
/// byte-order mark before the document itself is still allowed. Errors, with their offsets, are
/// those of QJsonDocument::fromJson on the bytes as given.
QJsonDocument parseJsonKeepingText(const QByteArray &bytes, QJsonParseError *error);

} // namespace tandem::core
