#pragma once

#include "feedbackrepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace tandem::core {
class Workspace;
}

namespace tandem::ui {

/// The feedback rounds, newest first: when, about whom, open or closed, and how many answered.
class FeedbackRoundListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CreatedColumn, AskedColumn, StatusColumn, ResponsesColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit FeedbackRoundListModel(core::Workspace &workspace, QObject *parent = nullptr);

    /// Reads the rounds again; the error in words, empty when they were read.
    QString reload();
    /// The row of a round, -1 when it is not listed.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    core::Workspace &m_workspace;
    QList<core::FeedbackRoundSummary> m_rounds;
};

} // namespace tandem::ui
