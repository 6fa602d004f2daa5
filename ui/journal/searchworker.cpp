#include "searchworker.h"

#include "database.h"
#include "journalrepository.h"

namespace tandem::ui {

using namespace tandem::core;

SearchWorker::SearchWorker(QString dataDir, std::shared_ptr<const std::atomic<quint64>> current)
    : m_dataDir(std::move(dataDir)), m_current(std::move(current))
{
}

// The connection closes on the worker's thread (close()) before the thread ends; this only
// covers a worker that never opened one.
SearchWorker::~SearchWorker() = default;

bool SearchWorker::ensureOpen(quint64 generation)
{
    if (m_db)
        return true;
    auto opened = Database::open(m_dataDir, {.access = Database::Access::ReadOnly});
    if (!opened) {
        Q_EMIT failed(generation, opened.error());
        return false;
    }
    m_db = std::move(opened).value();
    // Asked every thousand steps of a statement: newer typing stops this one.
    m_db->setInterruptCheck([this] { return stale(m_generation); });
    return true;
}

void SearchWorker::run(quint64 generation, const QString &ftsQuery, const JournalFilter &filter)
{
    if (stale(generation))
        return; // newer typing is queued behind this one
    m_generation = generation;
    m_ftsQuery = ftsQuery;
    m_ids.clear();
    if (!ensureOpen(generation))
        return;
    const JournalRepository journal(*m_db);
    auto ids = journal.rankedIds(ftsQuery, filter);
    if (!ids) {
        if (ids.failure().kind != Error::Kind::Interrupted)
            Q_EMIT failed(generation, ids.error());
        return;
    }
    m_ids = std::move(ids).value();
    auto rows = journal.summariesFor(ftsQuery, m_ids.mid(0, PageSize));
    if (!rows) {
        if (rows.failure().kind != Error::Kind::Interrupted)
            Q_EMIT failed(generation, rows.error());
        return;
    }
    // The count first: the model applies it with the first page, in the same reset, so that a
    // view asking canFetchMore() when the rows arrive is told the truth.
    Q_EMIT countReady(generation, static_cast<int>(m_ids.size()));
    Q_EMIT pageReady(generation, rows.value(), true);
}

void SearchWorker::page(quint64 generation, int offset)
{
    if (generation != m_generation || stale(generation) || !m_db || offset >= m_ids.size())
        return;
    auto rows = JournalRepository(*m_db).summariesFor(m_ftsQuery, m_ids.mid(offset, PageSize));
    if (!rows) {
        if (rows.failure().kind != Error::Kind::Interrupted)
            Q_EMIT failed(generation, rows.error());
        return;
    }
    Q_EMIT pageReady(generation, rows.value(), false);
}

void SearchWorker::close()
{
    m_db.reset();
    m_ids.clear();
    m_generation = 0;
}

} // namespace tandem::ui
