#include "historymodel.h"

#include "common/format.h"

#include "database.h"
#include "scorecache.h"
#include "workspace.h"
#include "skillmodel.h"

#include <QLocale>

#include <cmath>

namespace tandem::ui {

using namespace tandem::core;

HistoryModel::HistoryModel(const Workspace &workspace, const SkillModel &model, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace), m_model(model)
{
}

QList<HistoryModel::Row> HistoryModel::loadPage(int offset)
{
    QList<Row> rows;
    // Stored scores: a page costs its rows, not their answers (ScoreCache).
    auto page = ScoreCache(m_workspace.database(), m_model).page(std::nullopt, PageSize, offset);
    if (!page) {
        m_error = page.error();
        m_complete = true;
        return rows;
    }
    for (ScoredAssessment &scored : page.value()) {
        Row row;
        row.profile = std::move(scored.profile);
        row.when = Format::shortDateTime(scored.assessment.takenAt);
        row.label = row.profile.label ? row.profile.label->text() : QString();
        row.assessment = std::move(scored.assessment);
        rows.append(std::move(row));
    }
    m_complete = rows.size() < PageSize;
    return rows;
}

void HistoryModel::reload()
{
    m_loaded = true;
    beginResetModel();
    m_error.clear();
    m_complete = false;
    m_rows = loadPage(0);
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_complete)
        return;
    QList<Row> more = loadPage(static_cast<int>(m_rows.size()));
    if (more.isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + more.size() - 1));
    m_rows.append(std::move(more));
    endInsertRows();
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == AssessmentIdRole)
        return row.assessment.id;
    if (role == Qt::TextAlignmentRole && (index.column() == LeadershipColumn || index.column() == ManagementColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return row.when;
    case KindColumn:
        return row.assessment.kind == AssessmentKind::Full ? tr("Full assessment") : tr("Pulse");
    case LeadershipColumn:
        return row.profile.leadership ? QVariant(static_cast<int>(std::lround(*row.profile.leadership))) : QVariant(QStringLiteral("–"));
    case ManagementColumn:
        return row.profile.management ? QVariant(static_cast<int>(std::lround(*row.profile.management))) : QVariant(QStringLiteral("–"));
    case LabelColumn:
        return row.label;
    default:
        return {};
    }
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Taken");
    case KindColumn: return tr("Kind");
    case LeadershipColumn: return tr("Leadership");
    case ManagementColumn: return tr("Management");
    case LabelColumn: return tr("Profile");
    default: return {};
    }
}

} // namespace tandem::ui
