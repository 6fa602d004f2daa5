#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace tandem::core {

/// The local calendar day of a time, as `time.toLocalTime().date()` gives it, for many times in a
/// row. QDateTime's local time asks the C library, which looks at /etc/localtime again on every
/// call: ten years of assessments spent more time there than in reading them. This works out the
/// offset from UTC once per stretch between two clock changes and adds it, so times in ascending
/// order cost one lookup per change of the clocks. Where the system zone is unknown or does not
/// agree with the C library, it asks QDateTime for each time, as before.
class LocalDays final
{
public:
    LocalDays();

    QDate dayOf(const QDateTime &time);

private:
    QTimeZone m_zone;
    /// [m_from, m_to) in ms since the epoch, where the offset is m_offsetMs; empty at first.
    qint64 m_from = 0;
    qint64 m_to = 0;
    qint64 m_offsetMs = 0;
};

} // namespace tandem::core
