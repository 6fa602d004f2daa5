#pragma once

#include "cadence.h"
#include "schedule.h"

#include <QByteArray>
#include <QDateTime>

namespace tandem::core {

/// The check-in schedule as an iCalendar (RFC 5545) file: a weekly all-day event for the pulse
/// and one every N weeks for the full assessment, each with a 9:00 reminder, starting from
/// the next due dates. The events keep fixed UIDs, so importing a newer file updates them.
class CalendarExport final
{
public:
    static QByteArray scheduleIcs(const Cadence &cadence, const DueState &due, const QDateTime &now);

    /// RFC 5545 text escaping (backslash, semicolon, comma, newline).
    static QString escapeText(const QString &text);
    /// Folds a content line at 75 octets with CRLF + space, never inside a UTF-8 sequence.
    static QByteArray foldLine(const QByteArray &line);
};

} // namespace tandem::core
