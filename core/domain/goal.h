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
enum class GoalStatus { Active, Paused, Done, Dropped };

/// The names the store and the export give targets and statuses ("skill", "lead_pole", …;
/// "active", "paused", "done", "dropped"), and back; nullopt for a name that is none of them.
QString goalTargetKey(GoalTarget target);
std::optional<GoalTarget> goalTargetFromKey(const QString &key);
QString goalStatusKey(GoalStatus status);
std::optional<GoalStatus> goalStatusFromKey(const QString &key);

struct GoalStep final
{
    QUuid uuid;
    QString text;
    QDate dueOn;       ///< invalid when there is no date
    QString tipId;     ///< the model's tip it was made from, if any
    QDateTime doneAt;  ///< invalid while the step is open

    friend bool operator==(const GoalStep &, const GoalStep &) = default;
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
    QDateTime closedAt;   ///< when it was completed or dropped; invalid while active or paused
    QList<GoalStep> steps;
    QList<qint64> evidence;  ///< row ids of the journal entries given as evidence, oldest first

    int stepsDone() const;
    /// The first open step, or nullptr when every step is done.
    const GoalStep *nextStep() const;

    friend bool operator==(const Goal &, const Goal &) = default;
};

/// A field of a goal that cannot be stored as it is, and why, in words for the user.
struct GoalProblem final
{
    enum class Field { Title, Target, TargetScore, DueOn, Step };
    Field field;
    QString message;
    int step = -1;  ///< for Field::Step: which one (0-based)
};

/// "title", "skill", "target", "due", "step": how the CLI names a field in its messages.
QString goalFieldName(GoalProblem::Field field);

/// Checks what the skill model and common sense ask of a goal before it is stored: a title, a
/// skill or pole the model knows, a target score in 0..100, a due date not before the goal
/// began, steps with text and due dates not before the goal began. nullopt when it is fine.
/// (Lengths are RecordLimits' business.)
std::optional<GoalProblem> checkGoal(const Goal &goal, const SkillModel &model);

/// What the user knows a goal's target by: the skill's name, or the pole's (the lead or manage
/// side of the contrast); the id itself when the model does not know it.
QString goalTargetName(const Goal &goal, const SkillModel &model);

} // namespace tandem::core
