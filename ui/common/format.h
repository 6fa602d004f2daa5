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

} // namespace tandem::ui::Format
