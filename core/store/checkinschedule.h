#pragma once

#include "cadence.h"
#include "result.h"
#include "schedule.h"

#include <QDateTime>

#include <optional>

namespace tandem::core {

class Database;

/// What is due, read from the store: the user's cadence, the times of the last pulse and the
/// last full assessment, and what Schedule::compute makes of them at a given moment. The one way
/// the app, tandem-cli and the calendar export learn what is due.
struct CheckInSchedule final
{
    Cadence cadence;
    std::optional<QDateTime> lastPulse; ///< nullopt before the first pulse
    std::optional<QDateTime> lastFull;  ///< nullopt before the first full assessment
    DueState due;

    /// Reads the cadence and the last check-ins from db and works out what is due at now, in
    /// zone; the first failed read's error otherwise.
    static Result<CheckInSchedule> read(const Database &db, const QDateTime &now,
                                        const QTimeZone &zone = QTimeZone::systemTimeZone());
};

} // namespace tandem::core
