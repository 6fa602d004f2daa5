#include "format.h"

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
    const QLocale locale;
    const auto count = [&locale](qint64 n, const char *one, const char *many) {
        return QCoreApplication::translate("Format", n == 1 ? one : many).arg(locale.toString(n));
    };
    return QCoreApplication::translate("Format", "%1, %2 and %3")
            .arg(count(assessments, "%1 assessment", "%1 assessments"),
                 count(journalEntries, "%1 journal entry", "%1 journal entries"), count(goals, "%1 goal", "%1 goals"));
}

} // namespace tandem::ui::Format
