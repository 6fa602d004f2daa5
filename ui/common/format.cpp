#include "format.h"

#include <QChart>
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace tandem::ui::Format {

QString time(const QTime &time)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    // Drop seconds (":ss", ".ss") and any zone ("t"), which a reflection app never needs.
    static const QRegularExpression seconds(QStringLiteral("[:.]ss|\\s*t+"));
    format.remove(seconds);
    return locale.toString(time, format.trimmed());
}

QString shortDateTime(const QDateTime &dateTime)
{
    const QDateTime local = dateTime.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time(local.time());
}

QString longDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

QString recordCounts(qint64 assessments, qint64 journalEntries, qint64 goals)
{
    const int a = static_cast<int>(assessments);
    const int e = static_cast<int>(journalEntries);
    const int g = static_cast<int>(goals);
    const QString assessmentsText = QCoreApplication::translate("Format", "%Ln assessments", nullptr, a);
    const QString entriesText = QCoreApplication::translate("Format", "%Ln journal entries", nullptr, e);
    const QString goalsText = QCoreApplication::translate("Format", "%Ln goals", nullptr, g);
    return QCoreApplication::translate("Format", "%1, %2 and %3").arg(assessmentsText, entriesText, goalsText);
}

QString mediumDateFormat()
{
    return QCoreApplication::translate("Format", "d MMM yyyy", "date format (Qt): 7 Dec 2026");
}

QString mediumDateTimeFormat()
{
    return QCoreApplication::translate("Format", "d MMM yyyy HH:mm", "date and time format (Qt): 7 Dec 2026 09:30");
}

QString dayMonthFormat()
{
    return QCoreApplication::translate("Format", "d MMM", "date format (Qt) for chart axes: 7 Dec");
}

void localize(QChart *chart)
{
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
}

} // namespace tandem::ui::Format
