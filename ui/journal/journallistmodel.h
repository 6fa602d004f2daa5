#pragma once

#include "journalfilter.h"
#include "journalrepository.h"
#include "journalsummary.h"

#include <QAbstractListModel>
#include <QSet>

#include <atomic>
#include <memory>

class QThread;

namespace tandem::core {
class Workspace;
}

namespace tandem::ui {

class SearchWorker;

/// The journal's entries newest first, or search results best first, loaded a page at a time as
/// the view scrolls (canFetchMore/fetchMore), so that 100,000 entries open as fast as 100.
/// Searches run on a SearchWorker thread of the model's own (started with the first search): the
/// old rows stay until the new first page arrives, and results of stale typing never arrive.
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
    ~JournalListModel() override;

    /// Shows entries that pass the filter; resets the model and loads the first page.
    void setFilter(const core::JournalFilter &filter);
    core::JournalFilter filter() const { return m_filter; }

    /// Searches as the person types (the last word counts as a prefix); empty text lists again.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    bool isSearching() const { return !m_ftsQuery.isEmpty(); }
    /// True from a new search until its first page and count (or its failure) arrive; the rows
    /// shown meanwhile are the previous ones.
    bool isBusy() const { return m_busy; }
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
    /// A search was started (isBusy() is now true).
    void searchStarted();
    /// The current search's first page and count arrived, or it failed (isBusy() is now false).
    void searchFinished();

private:
    /// An entry was written: its row shows the new texts, or it appears in the list.
    void entrySaved(qint64 id);
    /// An entry was deleted: its row goes.
    void entryRemoved(qint64 id);
    core::Result<QList<core::JournalSummary>> nextPage() const;
    void startSearch();
    void stopSearching();
    void pageArrived(quint64 generation, const QList<core::JournalSummary> &rows, bool first);
    void countArrived(quint64 generation, int count);
    void searchFailed(quint64 generation, const QString &message);
    void markReviewsDue(const QList<core::JournalSummary> &rows);
    bool passesFilter(const core::JournalEntry &entry) const;

    const core::Workspace &m_workspace;
    core::JournalFilter m_filter;
    QString m_searchText;
    QString m_ftsQuery;
    QList<core::JournalSummary> m_rows;
    QSet<qint64> m_reviewDue;  // entries whose decision waits for its review (as of the last load)
    int m_searchCount = 0;
    // The search worker and its thread, made with the first search. The generation is the
    // current search's; the worker stops any other.
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    QThread *m_thread = nullptr;
    SearchWorker *m_worker = nullptr;
    bool m_busy = false;
    bool m_pagePending = false;
    int m_pendingCount = 0; // the count of the search whose first page is on its way
    int m_rankedCount = 0; // ids the worker holds for this search
    int m_requested = 0;   // of them, how many were asked for in pages
    bool m_atEnd = false;
    bool m_resetting = false;
};

} // namespace tandem::ui
