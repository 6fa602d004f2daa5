#pragma once

#include "goal.h"

#include <QAbstractTableModel>

namespace tandem::core {
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

    /// Which goals the list shows.
    enum class Filter { Open, Done, Dropped, All };

    GoalListModel(const core::Workspace &workspace, const core::SkillModel &model, QObject *parent = nullptr);

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
    Filter m_filter = Filter::All;
    QList<core::Goal> m_goals;
};

} // namespace tandem::ui
