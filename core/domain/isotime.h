#pragma once

#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace tandem::core {

/// Strict ISO 8601 for dates and times that people type (tandem-cli's --at, --from, --to,
/// --until). Only the exact forms below are taken, every part range-checked and nothing after
/// them, so that a typo is refused instead of being read as something else (Qt's own ISO parser
/// reads "2026-11-30garbage" as a date). Errors are one clause saying what is wrong, e.g. "the
/// hour 25 is not 00 to 23".
class IsoTime final
{
public:
    /// "2026-11-30": a four-digit year from 0001, a two-digit month and day, a day the calendar has.
    static Result<QDate> parseDate(const QString &text);

    /// "2026-11-30T09:30", optionally with seconds (":05") and then a fraction of one to three
    /// digits (".250"), then optionally "Z" (UTC) or an offset "+01:00" / "-05:30" of at most
    /// 14:00. Without Z or an offset it is local time, and a local time that does not exist (the
    /// hour skipped when clocks go forward) is refused.
    static Result<QDateTime> parseDateTime(const QString &text);

    /// parseDateTime, or a date alone meaning its middle: 12:00 local time that day.
    static Result<QDateTime> parseDateOrDateTime(const QString &text);
};

} // namespace tandem::core
