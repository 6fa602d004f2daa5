#include "format.h"

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

} // namespace tandem::ui::Format
