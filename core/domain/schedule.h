#pragma once

#include "cadence.h"
#include "scoring.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <optional>

namespace tandem::core {

/// Whether a check-in of one kind is due, and since or from when.
struct DueItem final
{
    AssessmentKind kind = AssessmentKind::Pulse;
    bool due = false;
    /// When due: the day it became due (today for a first check-in). Otherwise: the next day it
    /// will be due. A local calendar date.
    QDate date;

    bool operator==(const DueItem &) const = default;
};

struct DueState final
{
    DueItem pulse{AssessmentKind::Pulse, false, {}};
    DueItem full{AssessmentKind::Full, false, {}};

    bool anyDue() const { return pulse.due || full.due; }
    bool operator==(const DueState &) const = default;
};

/// Works out what is due from the user's cadence and the last check-ins. Pure: the time and
/// the time zone come in as arguments, so tests control both.
///
/// - The weekly pulse is due from the start (local midnight) of the chosen weekday until one is
///   taken; a pulse taken on or after that moment covers the week.
/// - The full assessment is due when none has been taken yet, and otherwise from the local date
///   of the last one plus the interval in weeks.
/// Calendar arithmetic happens on local dates, never by adding hours, so month ends, leap days
/// and daylight-saving changes come out right.
class Schedule final
{
public:
    static DueState compute(const Cadence &cadence, const std::optional<QDateTime> &lastPulse,
                            const std::optional<QDateTime> &lastFull, const QDateTime &now,
                            const QTimeZone &zone = QTimeZone::systemTimeZone());
};

} // namespace tandem::core
