#include "sqltime.h"

#include <QTimeZone>

namespace tandem::core {

QString toSqlTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QDateTime fromSqlTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

QVariant toOptionalSqlTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(toSqlTime(time)) : QVariant();
}

QDateTime fromOptionalSqlTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : fromSqlTime(value.toString());
}

QVariant toSqlDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate fromSqlDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace tandem::core
