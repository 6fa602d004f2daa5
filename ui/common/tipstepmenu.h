#pragma once

#include "goal.h"
#include "result.h"

#include <QMenu>
#include <QString>

#include <optional>

namespace tandem::core {
class SkillModel;
}

namespace tandem::ui {

struct PageContext;

/// "Make it a step…": a menu that turns one of the model's tips into a step of a goal. It offers
/// each active goal ("Add as a step to", the goals on the tip's own skill or pole first) and
/// "Start a Goal With This Step…". Adding goes through EditHistory::changeGoal ("Add Step"), so
/// Edit ▸ Undo takes it back; starting a goal is the page's to forward (newGoalRequested), since
/// the Goals page is where a goal is written.
///
/// The menu reads the goals when it is made: make one each time it is shown.
class TipStepMenu final : public QMenu
{
    Q_OBJECT

public:
    /// A tip and what it helps to grow.
    struct Tip
    {
        QString id;
        QString text;
        core::GoalTarget target = core::GoalTarget::Skill;
        QString targetId;  ///< the skill's id, or the contrast's for a pole
    };

    /// The tip with this id and the skill or pole it belongs to; nullopt when the model has none.
    static std::optional<Tip> find(const core::SkillModel &model, const QString &tipId);

    TipStepMenu(const PageContext &context, const Tip &tip, QWidget *parent = nullptr);

    const Tip &tip() const { return m_tip; }

    /// Adds the tip as an open step at the end of the goal's steps. Refused (with the reason)
    /// when the goal already has a step made from this tip.
    core::Status addToGoal(qint64 goalId);

Q_SIGNALS:
    /// "Start a Goal With This Step…": a new goal on this skill or pole, with the tip as its
    /// first step, to be written on the Goals page.
    void newGoalRequested(tandem::core::GoalTarget target, const QString &targetId, const QString &tipId);
    /// The tip became a step of this goal.
    void stepAdded(qint64 goalId, const QString &goalTitle);
    void errorOccurred(const QString &message);

private:
    const PageContext &m_context;
    Tip m_tip;
};

} // namespace tandem::ui
