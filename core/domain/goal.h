#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QUuid>

#include <optional>

namespace tandem::core {

/// What a goal aims to grow: a skill, or one pole of a contrast.
enum class GoalTarget { Skill, LeadPole, ManagePole };
enum class GoalStatus { Active, Done, Dropped };

QString goalTargetKey(GoalTarget target);
QString goalStatusKey(GoalStatus status);

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

} // namespace tandem::core
