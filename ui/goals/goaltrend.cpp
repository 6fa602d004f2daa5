#include "goaltrend.h"

#include "scorecache.h"
#include "workspace.h"

#include <algorithm>

namespace tandem::ui {

using namespace tandem::core;

std::optional<double> GoalTrend::scoreOf(const Profile &profile, GoalTarget kind, const QString &id)
{
    const QMap<QString, double> &scores = kind == GoalTarget::Skill      ? profile.skills
                                          : kind == GoalTarget::LeadPole ? profile.leadPoles
                                                                         : profile.managePoles;
    const auto it = scores.constFind(id);
    if (it == scores.cend())
        return std::nullopt;
    return *it;
}

std::optional<double> GoalTrend::scoreOf(const Profile &profile, const Goal &goal)
{
    return scoreOf(profile, goal.targetKind, goal.targetId);
}

const ChangeRule &GoalTrend::ruleFor(GoalTarget kind)
{
    static constexpr ChangeRule skill = ChangeRules::Skill;
    static constexpr ChangeRule pole = ChangeRules::Pole;
    return kind == GoalTarget::Skill ? skill : pole;
}

Result<GoalTrend> GoalTrend::read(const Workspace &workspace, const Goal &goal)
{
    constexpr int PageSize = 16;
    GoalTrend trend;
    trend.mdc95 = ruleFor(goal.targetKind).mdc95();
    // Stored scores, a page at a time, newest first (ScoreCache).
    const ScoreCache scores(workspace.database(), workspace.model());
    // A finished goal's trend ends when it was closed.
    const QDateTime end = goal.closedAt.isValid() ? goal.closedAt : QDateTime();
    QList<Point> newestFirst;
    bool reachedStart = false;
    for (int offset = 0; !reachedStart; offset += PageSize) {
        auto page = scores.page(AssessmentKind::Full, PageSize, offset);
        if (!page)
            return page.failure();
        for (const ScoredAssessment &scored : page.value()) {
            const Assessment &a = scored.assessment;
            if (end.isValid() && a.takenAt > end)
                continue;
            const auto score = scoreOf(scored.profile, goal);
            if (score)
                newestFirst.append({a.takenAt, *score});
            if (a.takenAt <= goal.createdAt && score) {
                reachedStart = true;
                break;
            }
        }
        if (page.value().size() < PageSize)
            break;
    }
    std::reverse(newestFirst.begin(), newestFirst.end());
    trend.points = std::move(newestFirst);
    if (trend.points.isEmpty())
        return trend;
    trend.start = trend.points.first();
    trend.latest = trend.points.last();
    if (trend.points.size() >= 2)
        trend.change = compareScores(trend.start->score, trend.latest->score, ruleFor(goal.targetKind));
    return trend;
}

} // namespace tandem::ui
