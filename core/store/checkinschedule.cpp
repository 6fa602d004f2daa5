#include "checkinschedule.h"

#include "assessmentrepository.h"
#include "settingsrepository.h"

namespace tandem::core {

Result<CheckInSchedule> CheckInSchedule::read(const Database &db, const QDateTime &now, const QTimeZone &zone)
{
    const AssessmentRepository assessments(db);
    const auto cadence = SettingsRepository(db).cadence();
    if (!cadence)
        return cadence.failure();
    const auto lastPulse = assessments.lastTakenAt(AssessmentKind::Pulse);
    if (!lastPulse)
        return lastPulse.failure();
    const auto lastFull = assessments.lastTakenAt(AssessmentKind::Full);
    if (!lastFull)
        return lastFull.failure();
    return CheckInSchedule{cadence.value(), lastPulse.value(), lastFull.value(),
                           Schedule::compute(cadence.value(), lastPulse.value(), lastFull.value(), now, zone)};
}

} // namespace tandem::core
