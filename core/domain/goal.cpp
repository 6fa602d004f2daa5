#include "goal.h"

#include "skillmodel.h"

namespace tandem::core {

namespace {

constexpr GoalTarget AllTargets[] = {GoalTarget::Skill, GoalTarget::LeadPole, GoalTarget::ManagePole};
constexpr GoalStatus AllStatuses[] = {GoalStatus::Active, GoalStatus::Done, GoalStatus::Dropped};

} // namespace

QString goalTargetKey(GoalTarget target)
{
    switch (target) {
    case GoalTarget::Skill: return QStringLiteral("skill");
    case GoalTarget::LeadPole: return QStringLiteral("lead_pole");
    case GoalTarget::ManagePole: return QStringLiteral("manage_pole");
    }
    return {};
}

std::optional<GoalTarget> goalTargetFromKey(const QString &key)
{
    for (GoalTarget target : AllTargets) {
        if (goalTargetKey(target) == key)
            return target;
    }
    return std::nullopt;
}

QString goalStatusKey(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Active: return QStringLiteral("active");
    case GoalStatus::Done: return QStringLiteral("done");
    case GoalStatus::Dropped: return QStringLiteral("dropped");
    }
    return {};
}

std::optional<GoalStatus> goalStatusFromKey(const QString &key)
{
    for (GoalStatus status : AllStatuses) {
        if (goalStatusKey(status) == key)
            return status;
    }
    return std::nullopt;
}

QString goalTargetName(const Goal &goal, const SkillModel &model)
{
    if (goal.targetKind == GoalTarget::Skill) {
        const Skill *skill = model.skill(goal.targetId);
        return skill ? skill->name : goal.targetId;
    }
    const Contrast *contrast = model.contrast(goal.targetId);
    if (!contrast)
        return goal.targetId;
    return contrast->pole(goal.targetKind == GoalTarget::LeadPole ? Role::Lead : Role::Manage).name;
}

} // namespace tandem::core
