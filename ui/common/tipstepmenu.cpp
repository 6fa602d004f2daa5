#include "tipstepmenu.h"

#include "edithistory.h"
#include "pagecontext.h"

#include "goalrepository.h"
#include "skillmodel.h"
#include "workspace.h"

#include <QFontMetrics>

#include <algorithm>

namespace tandem::ui {

using namespace tandem::core;

namespace {

// Goals are few; the menu lists at most this many (the Goals page has them all).
constexpr int MaxGoals = 30;

} // namespace

std::optional<TipStepMenu::Tip> TipStepMenu::find(const SkillModel &model, const QString &tipId)
{
    for (const Skill &skill : model.skills) {
        for (const core::Tip &t : skill.tips) {
            if (t.id == tipId)
                return Tip{t.id, t.text, GoalTarget::Skill, skill.id};
        }
    }
    for (const Contrast &contrast : model.contrasts) {
        for (Role role : {Role::Lead, Role::Manage}) {
            for (const core::Tip &t : contrast.pole(role).tips) {
                if (t.id == tipId)
                    return Tip{t.id, t.text, role == Role::Lead ? GoalTarget::LeadPole : GoalTarget::ManagePole, contrast.id};
            }
        }
    }
    return std::nullopt;
}

TipStepMenu::TipStepMenu(const PageContext &context, const Tip &tip, QWidget *parent)
    : QMenu(parent), m_context(context), m_tip(tip)
{
    setObjectName(QStringLiteral("tipStepMenu"));
    setAccessibleName(tr("Make this tip a step of a goal"));
    // Made for one showing: gone once it closes (after its action ran; deleteLater waits).
    connect(this, &QMenu::aboutToHide, this, &QObject::deleteLater);

    addSection(tr("Add as a step to"));
    QList<Goal> goals;
    if (const auto active = context.workspace.goals().active(MaxGoals))
        goals = active.value();
    // Goals on the tip's own skill or pole first; otherwise the order the store gives (due soonest).
    std::stable_sort(goals.begin(), goals.end(), [&tip](const Goal &a, const Goal &b) {
        const bool aSame = a.targetKind == tip.target && a.targetId == tip.targetId;
        const bool bSame = b.targetKind == tip.target && b.targetId == tip.targetId;
        return aSame && !bSame;
    });
    const QFontMetrics metrics(font());
    for (const Goal &goal : std::as_const(goals)) {
        const bool already = std::any_of(goal.steps.cbegin(), goal.steps.cend(),
                                         [&tip](const GoalStep &s) { return s.tipId == tip.id; });
        const QString title = metrics.elidedText(goal.title, Qt::ElideRight, 360);
        QAction *action = addAction(already ? tr("%1 (already a step)").arg(title)
                                            : tr("%1 (%2)").arg(title, goalTargetName(goal, context.model)));
        action->setObjectName(QStringLiteral("tipStepGoal%1").arg(goal.id));
        action->setEnabled(!already);
        const qint64 id = goal.id;
        connect(action, &QAction::triggered, this, [this, id] { static_cast<void>(addToGoal(id)); });
    }
    if (goals.isEmpty()) {
        QAction *none = addAction(tr("No active goal yet"));
        none->setObjectName(QStringLiteral("tipStepNoGoal"));
        none->setEnabled(false);
    }
    addSeparator();
    QAction *start = addAction(tr("Start a Goal With This Step…"));
    start->setObjectName(QStringLiteral("tipStepNewGoal"));
    connect(start, &QAction::triggered, this, [this] { Q_EMIT newGoalRequested(m_tip.target, m_tip.targetId, m_tip.id); });
}

Status TipStepMenu::addToGoal(qint64 goalId)
{
    auto goal = m_context.workspace.goals().get(goalId);
    if (!goal) {
        Q_EMIT errorOccurred(goal.error());
        return goal.failure();
    }
    Goal changed = std::move(goal).value();
    for (const GoalStep &step : std::as_const(changed.steps)) {
        if (step.tipId == m_tip.id) {
            const QString message = tr("This tip is already a step of \"%1\".").arg(changed.title);
            Q_EMIT errorOccurred(message);
            return Error{message};
        }
    }
    GoalStep step;
    step.uuid = QUuid::createUuid();
    step.text = m_tip.text;
    step.tipId = m_tip.id;
    changed.steps.append(step);
    const Status stored = m_context.history.changeGoal(changed, tr("Add Step"));
    if (!stored) {
        Q_EMIT errorOccurred(stored.error());
        return stored;
    }
    Q_EMIT stepAdded(changed.id, changed.title);
    return {};
}

} // namespace tandem::ui
