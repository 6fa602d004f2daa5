#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace tandem::core {

/// How times are written to the database: ISO 8601 in UTC, to the second ("…T08:30:00Z").
QString toSqlTime(const QDateTime &time);
QDateTime fromSqlTime(const QString &text);

/// A date without time ("2026-11-30"), or NULL for an invalid date.
QVariant toSqlDate(const QDate &date);
QDate fromSqlDate(const QVariant &value);

} // namespace tandem::core
