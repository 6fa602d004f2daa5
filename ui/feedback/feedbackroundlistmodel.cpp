#include "feedbackroundlistmodel.h"

#include "common/format.h"
#include "feedbacktext.h"
#include "workspace.h"

#include <QLocale>

namespace tandem::ui {

using namespace tandem::core;

FeedbackRoundListModel::FeedbackRoundListModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
}

QString FeedbackRoundListModel::reload()
{
    auto rounds = m_workspace.isOpen() ? m_workspace.feedback().list()
                                       : Result<QList<FeedbackRoundSummary>>(QList<FeedbackRoundSummary>());
    beginResetModel();
    m_rounds = rounds ? rounds.value() : QList<FeedbackRoundSummary>();
    endResetModel();
    return rounds ? QString() : rounds.error();
}

int FeedbackRoundListModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_rounds.size(); ++row) {
        if (m_rounds.at(row).round.id == id)
            return static_cast<int>(row);
    }
    return -1;
}

int FeedbackRoundListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rounds.size());
}

int FeedbackRoundListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedbackRoundListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rounds.size())
        return {};
    const FeedbackRoundSummary &summary = m_rounds.at(index.row());
    const FeedbackRound &round = summary.round;
    if (role == IdRole)
        return round.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case CreatedColumn: return QLocale().toString(round.createdAt.toLocalTime().date(), Format::mediumDateFormat());
    case AskedColumn: return round.askedBy.isEmpty() ? tr("You (no name given)") : round.askedBy;
    case StatusColumn: return round.closedAt ? tr("Closed") : tr("Open");
    case ResponsesColumn: return FeedbackText::responsesText(summary.responses, round.invited);
    default: return {};
    }
}

QVariant FeedbackRoundListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CreatedColumn: return tr("Started");
    case AskedColumn: return tr("Asked about");
    case StatusColumn: return tr("Status");
    case ResponsesColumn: return tr("Responses");
    default: return {};
    }
}

} // namespace tandem::ui
