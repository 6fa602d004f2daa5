#pragma once

#include "journalfilter.h"
#include "journalrepository.h"
#include "journalsummary.h"

#include <QAbstractListModel>
#include <QSet>

namespace tandem::core {
class Workspace;
}

namespace tandem::ui {

/// The journal's entries newest first, or search results best first, loaded a page at a time as
/// the view scrolls (canFetchMore/fetchMore), so that 100,000 entries open as fast as 100.
/// It follows the workspace: an entry added, changed or removed anywhere updates its row alone;
/// an import or a restore loads the list again.
class JournalListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        OccurredAtRole,  ///< QDateTime, UTC
        TitleRole,       ///< the title as written (DisplayRole says "Untitled entry" for none)
        ModeRole,        ///< int(core::Mode)
        RatingRole,      ///< int 1..5, or invalid
        AdviceLeanRole,  ///< "lead", "manage", "blend" or ""
        PreviewRole,     ///< the first words of the situation or the notes
        SnippetRole,     ///< search only: the matching passage, matches between MatchStart/MatchEnd
        ReviewDueRole,   ///< bool: the entry's decision waits for its review
    };

    static constexpr int PageSize = 100;

    explicit JournalListModel(const core::Workspace &workspace, QObject *parent = nullptr);

    /// Shows entries that pass the filter; resets the model and loads the first page.
    void setFilter(const core::JournalFilter &filter);
    core::JournalFilter filter() const { return m_filter; }

    /// Searches as the person types (the last word counts as a prefix); empty text lists again.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    bool isSearching() const { return !m_ftsQuery.isEmpty(); }
    /// While searching: how many entries match in all (the rows are loaded a page at a time).
    int searchCount() const { return m_searchCount; }

    /// Reads again which entries' decisions wait for their review, as of today (the day may have
    /// changed since the list was loaded), and repaints the rows whose mark changed.
    void refreshReviewsDue();

    /// Loads the first page again.
    void reload();

    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;


    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    /// An entry was written: its row shows the new texts, or it appears in the list.
    void entrySaved(qint64 id);
    /// An entry was deleted: its row goes.
    void entryRemoved(qint64 id);
    core::Result<QList<core::JournalSummary>> nextPage() const;
    void readReviewsDue();
    bool passesFilter(const core::JournalEntry &entry) const;

    const core::Workspace &m_workspace;
    core::JournalFilter m_filter;
    QString m_searchText;
    QString m_ftsQuery;
    QList<core::JournalSummary> m_rows;
    QSet<qint64> m_reviewDue;  // entries whose decision waits for its review (as of the last load)
    int m_searchCount = 0;
    bool m_atEnd = false;
    bool m_resetting = false;
};

} // namespace tandem::ui
