#pragma once

#include "goal.h"

#include <QAbstractTableModel>

namespace tandem::core {
class Clock;
class SkillModel;
class Workspace;
} // namespace tandem::core

namespace tandem::ui {

/// The goals in a table: title, target, due date, steps done and status; active and paused
/// goals first, then finished ones. Goals are few, so a change reads the list again (in three
/// queries, whatever their number).
class GoalListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, TargetColumn, DueColumn, StepsColumn, StatusColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole };

    /// Which goals the list shows. Recent: the open ones and those finished in the past year, so
    /// that what the page shows (and paints) does not grow with the years of history.
    enum class Filter { Recent, Open, Done, Dropped, All };

    static constexpr int RecentDays = 365;

    GoalListModel(const core::Workspace &workspace, const core::SkillModel &model, const core::Clock &clock,
                  QObject *parent = nullptr);

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }

    /// Reads the goals again; an error text for the user, empty when it worked.
    QString reload();

    int rowOf(qint64 id) const;
    const core::Goal &goalAt(int row) const { return m_goals.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const core::Workspace &m_workspace;
    const core::SkillModel &m_model;
    const core::Clock &m_clock;
    Filter m_filter = Filter::Recent;
    QList<core::Goal> m_goals;
};

} // namespace tandem::ui
