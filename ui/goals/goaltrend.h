#pragma once

#include "goal.h"
#include "result.h"
#include "scoring.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace tandem::core {
class Workspace;
}

namespace tandem::ui {

/// A goal's target scored in each full assessment since the goal began (and the one just
/// before, so that the starting point shows), with the noise of that kind of score.
struct GoalTrend final
{
    struct Point
    {
        QDateTime time;
        double score = 0;
    };

    QList<Point> points;  ///< oldest first
    /// The MDC95 of the target's kind of score (a skill's or a pole's): a change larger than
    /// this is real.
    double mdc95 = 0;
    /// The score when the goal was set (the last assessment before it, else the first after).
    std::optional<Point> start;
    std::optional<Point> latest;
    /// latest against start, by the meaningful-change rule; absent below two points.
    std::optional<core::Change> change;

    /// Reads newest first, a page at a time, and stops at the first assessment before the goal
    /// began: what it reads is what it shows, however long the history before the goal is.
    static core::Result<GoalTrend> read(const core::Workspace &workspace, const core::Goal &goal);

    /// The target's score in a profile; nothing when the profile does not score it.
    static std::optional<double> scoreOf(const core::Profile &profile, const core::Goal &goal);
    static std::optional<double> scoreOf(const core::Profile &profile, core::GoalTarget kind, const QString &id);
    /// The noise rule of the target's kind of score.
    static const core::ChangeRule &ruleFor(core::GoalTarget kind);
};

} // namespace tandem::ui
