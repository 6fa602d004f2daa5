#pragma once

namespace tandem::core {

/// The rhythm the user chose for check-ins.
struct Cadence final
{
    static constexpr int MinFullIntervalWeeks = 2;
    static constexpr int MaxFullIntervalWeeks = 26;

    int pulseWeekday = 1;        ///< 1 = Monday … 7 = Sunday (Qt::DayOfWeek)
    int fullIntervalWeeks = 6;   ///< a full assessment every N weeks
    bool remindersEnabled = true;
};

} // namespace tandem::core
