#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace tandem::core {

class SkillModel;

/// What a goal aims to grow: a skill, or one pole of a contrast.
enum class GoalTarget { Skill, LeadPole, ManagePole };
enum class GoalStatus { Active, Done, Dropped };

/// The names the store and the export give targets and statuses ("skill", "lead_pole", …;
/// "active", "done", "dropped"), and back; nullopt for a name that is none of them.
QString goalTargetKey(GoalTarget target);
std::optional<GoalTarget> goalTargetFromKey(const QString &key);
QString goalStatusKey(GoalStatus status);
std::optional<GoalStatus> goalStatusFromKey(const QString &key);

struct GoalStep final
{
    QUuid uuid;
    QString text;
    QDateTime doneAt;  ///< invalid while the step is open
};

/// A growth goal with concrete steps.
struct Goal final
{
    qint64 id = 0;
    QUuid uuid;
    QDateTime createdAt;
    QDateTime updatedAt;
    GoalTarget targetKind = GoalTarget::Skill;
    QString targetId;        ///< skill id, or contrast id for a pole
    QString title;
    QString why;
    QDate dueOn;             ///< invalid when there is no date
    std::optional<int> targetScore;  ///< 0..100
    GoalStatus status = GoalStatus::Active;
    QDateTime closedAt;
    QList<GoalStep> steps;
};

/// What the user knows a goal's target by: the skill's name, or the pole's (the lead or manage
/// side of the contrast); the id itself when the model does not know it.
QString goalTargetName(const Goal &goal, const SkillModel &model);

} // namespace tandem::core
