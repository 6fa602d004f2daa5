#include "journallistmodel.h"

#include "clock.h"
#include "database.h"
#include "ftsquery.h"
#include "workspace.h"

#include <QLocale>

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
    reload();
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

void JournalListModel::readReviewsDue()
{
    // Few decisions wait at once; the partial index on open decisions keeps this one cheap read.
    constexpr int MaxMarked = 1000;
    m_reviewDue.clear();
    const auto due = m_workspace.journal().reviewsDue(m_workspace.clock().now().toLocalTime().date(), MaxMarked);
    if (due) {
        for (const auto &d : due.value())
            m_reviewDue.insert(d.entryId);
    }
}

void JournalListModel::reload()
{
    m_resetting = true;
    beginResetModel();
    readReviewsDue();
    m_rows.clear();
    m_atEnd = false;
    m_searchCount = 0;
    if (isSearching()) {
        const auto count = m_workspace.journal().searchCount(m_ftsQuery, m_filter);
        m_searchCount = count ? count.value() : 0;
    }
    auto page = nextPage();
    if (page) {
        m_rows = std::move(page).value();
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
    if (!m_ftsQuery.isEmpty())
        return m_workspace.journal().search(m_ftsQuery, m_filter, PageSize, static_cast<int>(m_rows.size()));
    std::optional<JournalRepository::Cursor> after;
    if (!m_rows.isEmpty())
        after = JournalRepository::Cursor{m_rows.last().occurredAt, m_rows.last().id};
    return m_workspace.journal().list(m_filter, PageSize, after);
}

bool JournalListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void JournalListModel::fetchMore(const QModelIndex &parent)
{
    // Asked from a slot of modelReset (the reset is not over yet): the view asks again later.
    if (parent.isValid() || m_atEnd || m_resetting)
        return;
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
    case Qt::DisplayRole:
        return row.title.trimmed().isEmpty() ? tr("Untitled entry") : row.title;
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
    readReviewsDue();
    if (before == m_reviewDue)
        return;
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        const qint64 id = m_rows.at(row).id;
        if (before.contains(id) != m_reviewDue.contains(id))
            Q_EMIT dataChanged(index(static_cast<int>(row)), index(static_cast<int>(row)));
    }
}

} // namespace tandem::ui
