#include "goallistmodel.h"

#include "goaltext.h"

#include "clock.h"
#include "goalrepository.h"
#include "skillmodel.h"
#include "workspace.h"

#include <QFont>

namespace tandem::ui {

using namespace tandem::core;

GoalListModel::GoalListModel(const Workspace &workspace, const SkillModel &model, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_model(model), m_clock(clock)
{
}

void GoalListModel::setFilter(Filter filter)
{
    m_filter = filter;
}

QString GoalListModel::reload()
{
    QList<GoalStatus> statuses;
    switch (m_filter) {
    case Filter::Open: statuses = {GoalStatus::Active, GoalStatus::Paused}; break;
    case Filter::Done: statuses = {GoalStatus::Done}; break;
    case Filter::Dropped: statuses = {GoalStatus::Dropped}; break;
    case Filter::Recent:
    case Filter::All: break;
    }
    // "Current and past year": open goals and those finished since, chosen by the query.
    auto goals = m_workspace.goals().list(statuses, m_filter == Filter::Recent ? m_clock.now().addDays(-RecentDays)
                                                                               : QDateTime());
    beginResetModel();
    m_goals = goals ? std::move(goals).value() : QList<Goal>();
    endResetModel();
    return goals ? QString() : goals.error();
}

int GoalListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_goals.size(); ++row) {
        if (m_goals.at(row).id == id)
            return row;
    }
    return -1;
}

int GoalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_goals.size());
}

int GoalListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GoalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Goal &goal = m_goals.at(index.row());
    if (role == IdRole)
        return goal.id;
    if (role == StatusRole)
        return static_cast<int>(goal.status);
    const auto steps = [&] {
        return goal.steps.isEmpty() ? tr("No steps yet") : tr("%1 of %2 done").arg(goal.stepsDone()).arg(goal.steps.size());
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TitleColumn: return goal.title;
        case TargetColumn: return goalTargetName(goal, m_model);
        case DueColumn: return goal.dueOn.isValid() ? GoalText::shortDate(goal.dueOn) : tr("No date");
        case StepsColumn: return steps();
        case StatusColumn: return GoalText::statusName(goal.status);
        default: break;
        }
    }
    if (role == Qt::AccessibleTextRole && index.column() == TitleColumn)
        return tr("%1, on %2, %3, steps: %4, %5")
                .arg(goal.title, goalTargetName(goal, m_model),
                     goal.dueOn.isValid() ? tr("due %1").arg(GoalText::shortDate(goal.dueOn)) : tr("no date"), steps(),
                     GoalText::statusName(goal.status));
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return goal.why.isEmpty() ? goal.title : goal.title + QStringLiteral("\n\n") + goal.why;
    if (role == Qt::ToolTipRole && index.column() == TargetColumn)
        return goalTargetName(goal, m_model);
    if (role == Qt::FontRole && index.column() == TitleColumn) {
        QFont font;
        font.setBold(goal.status == GoalStatus::Active);
        return font;
    }
    return {};
}

QVariant GoalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Goal");
    case TargetColumn: return tr("Skill or pole");
    case DueColumn: return tr("By");
    case StepsColumn: return tr("Steps");
    case StatusColumn: return tr("Status");
    default: break;
    }
    return {};
}

} // namespace tandem::ui
