#pragma once

#include <QDateTime>
#include <QString>

namespace tandem::ui::Format {

/// A time of day in the user's locale, to the minute (some locales' short format has seconds).
QString time(const QTime &time);

/// "30/11/2026 09:30" in the user's locale, local time, to the minute.
QString shortDateTime(const QDateTime &dateTime);

/// "Monday, 30 November 2026" in the user's locale.
QString longDate(const QDate &date);

/// "1 assessment, 827 journal entries and 6 goals": record counts with their plurals spelled out
/// (there is no English translation file to pick plural forms from %n).
QString recordCounts(qint64 assessments, qint64 journalEntries, qint64 goals);

} // namespace tandem::ui::Format
