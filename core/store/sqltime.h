#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace tandem::core {

/// How times are written to the database: ISO 8601 in UTC, to the second ("…T08:30:00Z").
QString toSqlTime(const QDateTime &time);
QDateTime fromSqlTime(const QString &text);

/// A time that may be absent (started_at, closed_at, done_at): NULL for an invalid one, and back.
QVariant toOptionalSqlTime(const QDateTime &time);
QDateTime fromOptionalSqlTime(const QVariant &value);

/// A date without time ("2026-11-30"), or NULL for an invalid date.
QVariant toSqlDate(const QDate &date);
QDate fromSqlDate(const QVariant &value);

} // namespace tandem::core
