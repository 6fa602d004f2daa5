#pragma once

#include <QDateTime>
#include <QString>

class QChart;

namespace tandem::ui::Format {

/// A time of day in the user's locale, to the minute (some locales' short format has seconds).
QString time(const QTime &time);

/// "30/11/2026 09:30" in the user's locale, local time, to the minute.
QString shortDateTime(const QDateTime &dateTime);

/// "Monday, 30 November 2026" in the user's locale.
QString longDate(const QDate &date);

/// "1 assessment, 827 journal entries and 6 goals": record counts, each with its plural form.
QString recordCounts(qint64 assessments, qint64 journalEntries, qint64 goals);

/// Date formats with the month's short name, in the order the language writes them ("7 Dec 2026",
/// German "7. Dez. 2026"): translatable, since QLocale has no medium format. For QLocale::toString,
/// QDateTimeEdit::setDisplayFormat and chart axes.
QString mediumDateFormat();
QString mediumDateTimeFormat();
/// Day and month only ("7 Dec"), for chart axes of a few months.
QString dayMonthFormat();

/// Makes a chart's axes write numbers and dates in the language chosen (the chart's own default
/// is the system's locale, which may differ from the language chosen in Settings).
void localize(QChart *chart);

} // namespace tandem::ui::Format
