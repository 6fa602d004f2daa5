#include "localdays.h"

#include <limits>

namespace tandem::core {

namespace {

constexpr qint64 MsPerDay = 24LL * 60 * 60 * 1000;
constexpr qint64 UnixEpochJulianDay = 2440588; // 1970-01-01

} // namespace

LocalDays::LocalDays() : m_zone(QTimeZone::systemTimeZone())
{
}

QDate LocalDays::dayOf(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const qint64 ms = time.toMSecsSinceEpoch();
    if (ms < m_from || ms >= m_to) {
        if (!m_zone.isValid())
            return time.toLocalTime().date();
        // The stretch starts here: times come oldest first, and a clock change exactly at `time`
        // belongs to it already.
        const QDateTime utc = time.toUTC();
        const int offset = m_zone.offsetFromUtc(utc);
        const QDateTime local = utc.toLocalTime();
        if (offset != local.offsetFromUtc())
            return local.date();
        const QTimeZone::OffsetData next = m_zone.nextTransition(utc);
        const qint64 to = next.atUtc.isValid() ? next.atUtc.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        // The C library must agree at the stretch's end too, or its rules differ in between.
        if (to != std::numeric_limits<qint64>::max() && to - 1 > ms) {
            const QDateTime last = QDateTime::fromMSecsSinceEpoch(to - 1, Qt::UTC);
            if (m_zone.offsetFromUtc(last) != last.toLocalTime().offsetFromUtc())
                return local.date();
        }
        m_from = ms;
        m_to = to;
        m_offsetMs = static_cast<qint64>(offset) * 1000;
    }
    const qint64 localMs = ms + m_offsetMs;
    // Floor division, so that times before 1970 fall on the right day too.
    const qint64 days = localMs / MsPerDay - (localMs % MsPerDay < 0 ? 1 : 0);
    return QDate::fromJulianDay(UnixEpochJulianDay + days);
}

} // namespace tandem::core
