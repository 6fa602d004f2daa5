#include "goal.h"

#include "skillmodel.h"

#include <algorithm>

#include <QCoreApplication>

namespace tandem::core {

namespace {

constexpr GoalTarget AllTargets[] = {GoalTarget::Skill, GoalTarget::LeadPole, GoalTarget::ManagePole};
constexpr GoalStatus AllStatuses[] = {GoalStatus::Active, GoalStatus::Paused, GoalStatus::Done, GoalStatus::Dropped};

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
    case GoalStatus::Paused: return QStringLiteral("paused");
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

int Goal::stepsDone() const
{
    return static_cast<int>(std::count_if(steps.cbegin(), steps.cend(),
                                          [](const GoalStep &step) { return step.doneAt.isValid(); }));
}

const GoalStep *Goal::nextStep() const
{
    for (const GoalStep &step : steps) {
        if (!step.doneAt.isValid())
            return &step;
    }
    return nullptr;
}

QString goalFieldName(GoalProblem::Field field)
{
    switch (field) {
    case GoalProblem::Field::Title: return QStringLiteral("title");
    case GoalProblem::Field::Target: return QStringLiteral("target");
    case GoalProblem::Field::TargetScore: return QCoreApplication::translate("Goal", "target score");
    case GoalProblem::Field::DueOn: return QCoreApplication::translate("Goal", "due date");
    case GoalProblem::Field::Step: return QStringLiteral("step");
    }
    return {};
}

std::optional<GoalProblem> checkGoal(const Goal &goal, const SkillModel &model)
{
    using Field = GoalProblem::Field;
    if (goal.title.trimmed().isEmpty())
        return GoalProblem { Field::Title,
                             QCoreApplication::translate("Goal", "Give the goal a title: what do you want to do?") };
    if (goal.targetKind == GoalTarget::Skill) {
        if (!model.skill(goal.targetId))
            return GoalProblem { Field::Target,
                                 QCoreApplication::translate(
                                     "Goal", "There is no skill “%1”; `tandem-cli framework` lists the skills.")
                                     .arg(goal.targetId) };
    } else if (!model.contrast(goal.targetId)) {
        return GoalProblem { Field::Target,
                             QCoreApplication::translate(
                                 "Goal",
                                 "There is no contrast “%1” whose pole could be the goal's aim; "
                                 "`tandem-cli framework` lists the contrasts.")
                                 .arg(goal.targetId) };
    }
    if (goal.targetScore && (*goal.targetScore < 0 || *goal.targetScore > 100))
        return GoalProblem { Field::TargetScore,
                             QCoreApplication::translate("Goal", "The target score must be from 0 to 100, not %1.")
                                 .arg(*goal.targetScore) };
    const QDate began = goal.createdAt.isValid() ? goal.createdAt.toLocalTime().date() : QDate();
    if (goal.dueOn.isValid() && began.isValid() && goal.dueOn < began)
        return GoalProblem { Field::DueOn,
                             QCoreApplication::translate("Goal", "The due date (%1) is before the goal began (%2).")
                                 .arg(goal.dueOn.toString(Qt::ISODate), began.toString(Qt::ISODate)) };
    for (int i = 0; i < goal.steps.size(); ++i) {
        const GoalStep &step = goal.steps.at(i);
        if (step.text.trimmed().isEmpty())
            return GoalProblem { Field::Step,
                                 QCoreApplication::translate("Goal", "Step %1 has no text: say what to do.").arg(i + 1),
                                 i };
        if (step.dueOn.isValid() && began.isValid() && step.dueOn < began)
            return GoalProblem { Field::Step,
                                 QCoreApplication::translate("Goal", "Step %1 is due (%2) before the goal began (%3).")
                                     .arg(i + 1)
                                     .arg(step.dueOn.toString(Qt::ISODate), began.toString(Qt::ISODate)),
                                 i };
    }
    return std::nullopt;
}

} // namespace tandem::core
