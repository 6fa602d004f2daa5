#include "journallistmodel.h"

#include "clock.h"
#include "database.h"
#include "ftsquery.h"
#include "searchworker.h"
#include "workspace.h"

#include <QLocale>
#include <QThread>

#include <algorithm>

namespace tandem::ui {

using namespace tandem::core;

namespace {

QString previewOf(const JournalEntry &entry)
{
    const QString &text = entry.situation.trimmed().isEmpty() ? entry.body : entry.situation;
    return text.left(240).simplified();
}

bool newerThan(const JournalSummary &a, const JournalSummary &b)
{
    return a.occurredAt != b.occurredAt ? a.occurredAt > b.occurredAt : a.id > b.id;
}

} // namespace

JournalListModel::JournalListModel(const Workspace &workspace, QObject *parent)
    : QAbstractListModel(parent), m_workspace(workspace)
{
    connect(&workspace, &Workspace::entryAdded, this, &JournalListModel::entrySaved);
    connect(&workspace, &Workspace::entryChanged, this, &JournalListModel::entrySaved);
    connect(&workspace, &Workspace::entryRemoved, this, &JournalListModel::entryRemoved);
    connect(&workspace, &Workspace::imported, this, &JournalListModel::reload);
    connect(&workspace, &Workspace::storeReplaced, this, &JournalListModel::reload);
    // A restore replaces the file: the worker's connection closes first (a short wait: the
    // running statement stops at once), and the next search opens it again.
    connect(&workspace, &Workspace::aboutToReplaceStore, this, &JournalListModel::stopSearching);
    reload();
}

JournalListModel::~JournalListModel()
{
    if (!m_thread)
        return;
    stopSearching();
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void JournalListModel::stopSearching()
{
    ++*m_generation; // stops the running statement
    m_busy = false;
    m_pagePending = false;
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &SearchWorker::close, Qt::BlockingQueuedConnection);
}

void JournalListModel::startSearch()
{
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("journal search"));
        m_worker = new SearchWorker(m_workspace.dataDir(), m_generation);
        m_worker->moveToThread(m_thread);
        connect(m_worker, &SearchWorker::pageReady, this, &JournalListModel::pageArrived);
        connect(m_worker, &SearchWorker::countReady, this, &JournalListModel::countArrived);
        connect(m_worker, &SearchWorker::failed, this, &JournalListModel::searchFailed);
        m_thread->start();
    }
    const quint64 generation = ++*m_generation;
    m_busy = true;
    m_pagePending = false;
    m_pendingCount = 0;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation, query = m_ftsQuery, filter = m_filter] {
            worker->run(generation, query, filter);
        },
        Qt::QueuedConnection);
    Q_EMIT searchStarted();
}

void JournalListModel::pageArrived(quint64 generation, const QList<JournalSummary> &rows, bool first)
{
    if (generation != m_generation->load())
        return;
    if (first) {
        // The count came just before (countArrived): rows, count and whether there is more
        // change in one reset, so a view that asks canFetchMore() on modelReset is told the truth.
        m_resetting = true;
        beginResetModel();
        m_reviewDue.clear();
        markReviewsDue(rows);
        m_rows = rows;
        m_searchCount = m_pendingCount;
        m_rankedCount = m_pendingCount;
        m_requested = SearchWorker::PageSize;
        m_atEnd = m_requested >= m_rankedCount;
        m_busy = false;
        endResetModel();
        m_resetting = false;
        Q_EMIT searchFinished();
        return;
    }
    // Before the rows go in: a view (or the model tester) may ask for the next page from
    // rowsInserted, and that page starts after this one.
    m_pagePending = false;
    m_requested += SearchWorker::PageSize;
    m_atEnd = m_requested >= m_rankedCount;
    if (rows.isEmpty())
        return;
    markReviewsDue(rows);
    const int at = static_cast<int>(m_rows.size());
    beginInsertRows({}, at, at + static_cast<int>(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
}

void JournalListModel::countArrived(quint64 generation, int count)
{
    if (generation != m_generation->load())
        return;
    // Kept until the first page, which follows at once: the old rows are still shown.
    m_pendingCount = count;
}

void JournalListModel::searchFailed(quint64 generation, const QString &message)
{
    if (generation != m_generation->load())
        return;
    m_busy = false;
    beginResetModel();
    m_rows.clear();
    m_searchCount = 0;
    m_rankedCount = 0;
    m_atEnd = true;
    endResetModel();
    Q_EMIT errorOccurred(message);
    Q_EMIT searchFinished();
}

void JournalListModel::setFilter(const JournalFilter &filter)
{
    m_filter = filter;
    reload();
}

void JournalListModel::setSearchText(const QString &text)
{
    m_searchText = text;
    const QString query = FtsQuery::build(text, FtsQuery::Typing::InProgress);
    if (query == m_ftsQuery && !query.isEmpty())
        return;
    m_ftsQuery = query;
    reload();
}

void JournalListModel::markReviewsDue(const QList<JournalSummary> &rows)
{
    // Asked of the rows as they load, by primary key: the cost follows the page, not the number
    // of reviews waiting (years of forgotten ones must neither slow the list nor lose marks).
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const JournalSummary &row : rows)
        ids.append(row.id);
    const auto due = m_workspace.journal().reviewsDueAmong(m_workspace.clock().now().toLocalTime().date(), ids);
    if (!due)
        return;
    for (qint64 id : ids) {
        if (due->contains(id))
            m_reviewDue.insert(id);
        else
            m_reviewDue.remove(id);
    }
}

void JournalListModel::reload()
{
    if (isSearching()) {
        startSearch();
        return;
    }
    if (m_busy) {
        ++*m_generation; // the search's results are not wanted any more
        m_busy = false;
        Q_EMIT searchFinished();
    }
    m_resetting = true;
    beginResetModel();
    m_reviewDue.clear();
    m_rows.clear();
    m_atEnd = false;
    m_searchCount = 0;
    auto page = nextPage();
    if (page) {
        m_rows = std::move(page).value();
        markReviewsDue(m_rows);
        m_atEnd = m_rows.size() < PageSize;
    } else {
        m_atEnd = true;
    }
    endResetModel();
    m_resetting = false;
    if (!page)
        Q_EMIT errorOccurred(page.error());
}

Result<QList<JournalSummary>> JournalListModel::nextPage() const
{
    std::optional<JournalRepository::Cursor> after;
    if (!m_rows.isEmpty())
        after = JournalRepository::Cursor { m_rows.last().occurredAt, m_rows.last().id };
    return m_workspace.journal().list(m_filter, PageSize, after);
}

bool JournalListModel::canFetchMore(const QModelIndex &parent) const
{
    // True while a page is on its way too: there is more, and fetchMore() waits for that page.
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void JournalListModel::fetchMore(const QModelIndex &parent)
{
    // Asked from a slot of modelReset (the reset is not over yet): the view asks again later.
    if (parent.isValid() || m_atEnd || m_resetting || m_pagePending || m_busy)
        return;
    if (isSearching()) {
        // The worker reads the next page by the ranked ids; the rows arrive in pageArrived().
        m_pagePending = true;
        QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, generation = m_generation->load(), offset = m_requested] {
                worker->page(generation, offset);
            },
            Qt::QueuedConnection);
        return;
    }
    auto page = nextPage();
    if (!page) {
        m_atEnd = true;
        Q_EMIT errorOccurred(page.error());
        return;
    }
    QList<JournalSummary> rows = std::move(page).value();
    m_atEnd = rows.size() < PageSize;
    if (rows.isEmpty())
        return;
    markReviewsDue(rows);
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
}

int JournalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant JournalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return row.title.trimmed().isEmpty() ? tr("Untitled entry") : row.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString date = QLocale().toString(row.occurredAt.toLocalTime(), QLocale::LongFormat);
        const QString title = row.title.trimmed().isEmpty() ? tr("Untitled entry") : row.title;
        const QString text = row.snippet.isEmpty() ? row.preview : row.markedSnippet(QString(), QString());
        const QString due = m_reviewDue.contains(row.id) ? tr(" (review due)") : QString();
        return text.isEmpty() ? tr("%1, %2").arg(title + due, date) : tr("%1, %2: %3").arg(title + due, date, text);
    }
    case IdRole: return row.id;
    case OccurredAtRole: return row.occurredAt;
    case TitleRole: return row.title;
    case ModeRole: return static_cast<int>(row.mode);
    case RatingRole: return row.rating ? QVariant(*row.rating) : QVariant();
    case AdviceLeanRole: return row.adviceLean ? leanKey(*row.adviceLean) : QString();
    case PreviewRole: return row.preview;
    case SnippetRole: return row.snippet;
    case ReviewDueRole: return m_reviewDue.contains(row.id);
    default: return {};
    }
}

QHash<int, QByteArray> JournalListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "entryId");
    names.insert(OccurredAtRole, "occurredAt");
    names.insert(TitleRole, "title");
    names.insert(ModeRole, "mode");
    names.insert(RatingRole, "rating");
    names.insert(AdviceLeanRole, "adviceLean");
    names.insert(PreviewRole, "preview");
    names.insert(SnippetRole, "snippet");
    return names;
}

int JournalListModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return static_cast<int>(row);
    }
    return -1;
}

qint64 JournalListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

bool JournalListModel::passesFilter(const JournalEntry &e) const
{
    const QDate day = e.occurredAt.toLocalTime().date();
    if (m_filter.from.isValid() && day < m_filter.from)
        return false;
    if (m_filter.to.isValid() && day > m_filter.to)
        return false;
    if (!m_filter.skill.isEmpty() && !e.skills.contains(m_filter.skill))
        return false;
    if (m_filter.mode && e.mode != *m_filter.mode)
        return false;
    if (!m_filter.tag.isEmpty() && !e.tags.contains(m_filter.tag.trimmed(), Qt::CaseInsensitive))
        return false;
    if (m_filter.minRating && (!e.rating || *e.rating < *m_filter.minRating))
        return false;
    if (m_filter.maxRating && (!e.rating || *e.rating > *m_filter.maxRating))
        return false;
    return true;
}

void JournalListModel::entrySaved(qint64 id)
{
    const auto entry = m_workspace.journal().get(id);
    if (!entry) {
        Q_EMIT errorOccurred(entry.error());
        return;
    }
    const JournalEntry &e = entry.value();
    JournalSummary summary;
    summary.id = e.id;
    summary.occurredAt = e.occurredAt;
    summary.title = e.title;
    summary.mode = e.mode;
    summary.rating = e.rating;
    if (e.advice)
        summary.adviceLean = e.advice->lean;
    summary.preview = previewOf(e);
    if (e.decision && isReviewDue(*e.decision, m_workspace.clock().now().toLocalTime().date()))
        m_reviewDue.insert(id);
    else
        m_reviewDue.remove(id);

    const int row = rowOf(id);
    if (row >= 0) {
        // The row keeps its place (and its snippet while searching) until the list is loaded
        // again, so that it does not jump away from under the person typing.
        summary.snippet = m_rows.at(row).snippet;
        m_rows[row] = summary;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    if (isSearching() || !passesFilter(e))
        return;
    // A new entry goes where the order puts it among the loaded rows; one older than every
    // loaded row arrives with a later page.
    qsizetype at = 0;
    while (at < m_rows.size() && newerThan(m_rows.at(at), summary))
        ++at;
    if (at == m_rows.size() && !m_atEnd)
        return;
    beginInsertRows({}, static_cast<int>(at), static_cast<int>(at));
    m_rows.insert(at, summary);
    endInsertRows();
}

void JournalListModel::entryRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    if (isSearching())
        m_searchCount = std::max(0, m_searchCount - 1);
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void JournalListModel::refreshReviewsDue()
{
    const QSet<qint64> before = m_reviewDue;
    m_reviewDue.clear();
    markReviewsDue(m_rows);
    if (before == m_reviewDue)
        return;
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const qint64 id = m_rows.at(row).id;
        if (before.contains(id) != m_reviewDue.contains(id))
            Q_EMIT dataChanged(index(static_cast<int>(row)), index(static_cast<int>(row)));
    }
}

} // namespace tandem::ui
