#include "schedule.h"

namespace tandem::core {

DueState Schedule::compute(const Cadence &cadence, const std::optional<QDateTime> &lastPulse,
                           const std::optional<QDateTime> &lastFull, const QDateTime &now, const QTimeZone &zone)
{
    DueState state;
    const QDate today = now.toTimeZone(zone).date();

    // The most recent pulse day, today included.
    const int back = (today.dayOfWeek() - cadence.pulseWeekday + 7) % 7;
    const QDate slot = today.addDays(-back);
    if (!lastPulse) {
        state.pulse = {AssessmentKind::Pulse, true, today};
    } else if (lastPulse->toTimeZone(zone).date() < slot) {
        // "Before the pulse day began", compared as local dates: a local 00:00 does not exist
        // where daylight saving starts at midnight (Chile, Cuba, ...), and an invalid start
        // would make that week's pulse never due.
        state.pulse = {AssessmentKind::Pulse, true, slot};
    } else {
        state.pulse = {AssessmentKind::Pulse, false, slot.addDays(7)};
    }

    if (!lastFull) {
        state.full = {AssessmentKind::Full, true, today};
    } else {
        const QDate next = lastFull->toTimeZone(zone).date().addDays(7 * cadence.fullIntervalWeeks);
        state.full = {AssessmentKind::Full, today >= next, next};
    }
    return state;
}

} // namespace tandem::core
