#pragma once

#include <QList>
#include <QStringList>

namespace tandem::core {

/// The schema's upgrade ladder. Step i (0-based) takes a database from user_version i to i + 1.
/// Append only: a released step is never edited, because users' files already ran it.
/// One SQL statement per string (Qt's SQLite driver runs only the first of several).
const QList<QStringList> &schemaMigrations();

} // namespace tandem::core
