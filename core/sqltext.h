#pragma once

#include <QString>

namespace tandem::core {

/// Text as it must be bound to a query so that SQLite stores exactly it. Qt's SQLite driver hands
/// text over as UTF-16, and SQLite takes a leading U+FEFF of UTF-16 text for a byte-order mark
/// and drops it; so a text that starts with one gets a second, which SQLite drops instead. Every
/// text a user gives goes through this on its way into the store (and into a comparison with
/// what is stored, so that both sides agree).
QString toSqlText(const QString &text);

} // namespace tandem::core
