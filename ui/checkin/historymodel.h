#pragma once

#include "assessment.h"
#include "scoring.h"

#include <QAbstractTableModel>

namespace tandem::core {
class Workspace;
class SkillModel;
} // namespace tandem::core

namespace tandem::ui {

/// Past assessments, newest first, loaded a page at a time as the view scrolls.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, KindColumn, LeadershipColumn, ManagementColumn, LabelColumn, ColumnCount };
    enum Role { AssessmentIdRole = Qt::UserRole + 1 };

    static constexpr int PageSize = 50;

    /// Starts empty: nothing is read until reload(), so that a view can load it when first shown.
    HistoryModel(const core::Workspace &workspace, const core::SkillModel &model, QObject *parent = nullptr);

    /// (Re)loads the first page from the store.
    void reload();
    /// Reloads if it was ever loaded (after an assessment was added or deleted).
    void refreshIfLoaded()
    {
        if (m_loaded)
            reload();
    }
    bool isLoaded() const { return m_loaded; }
    /// The error of the last load, empty when it went well.
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Row
    {
        core::Assessment assessment;  // without answers
        core::Profile profile;
        QString when;   // formatted once: views ask for it many times
        QString label;
    };

    QList<Row> loadPage(int offset);

    const core::Workspace &m_workspace;
    const core::SkillModel &m_model;
    QList<Row> m_rows;
    bool m_complete = true;
    bool m_loaded = false;
    QString m_error;
};

} // namespace tandem::ui
