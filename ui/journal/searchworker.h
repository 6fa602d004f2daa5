#pragma once

#include "journalfilter.h"
#include "journalsummary.h"

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace tandem::core {
class Database;
}

namespace tandem::ui {

/// Runs the journal's searches on a thread of its own, with a read-only connection of its own,
/// so that typing never waits for SQLite. Lives on its QThread (JournalListModel owns both); it
/// is called with queued invocations only.
///
/// Every search carries a generation. The GUI's current one is shared: a search whose
/// generation is no longer current stops inside SQLite (Database::setInterruptCheck) and says
/// nothing, so that only the newest typing's results ever arrive. One ranked query gives every
/// id (the count) and the first page; further pages are read by those ids without ranking again.
class SearchWorker final : public QObject
{
    Q_OBJECT

public:
    static constexpr int PageSize = 50;

    SearchWorker(QString dataDir, std::shared_ptr<const std::atomic<quint64>> current);
    ~SearchWorker() override;

    /// Searches: countReady then pageReady (first), or failed.
    Q_INVOKABLE void run(quint64 generation, const QString &ftsQuery, const tandem::core::JournalFilter &filter);
    /// The page of the search `generation` that starts at `offset` of its ranked ids.
    Q_INVOKABLE void page(quint64 generation, int offset);
    /// Closes the connection (before a restore replaces the file, and before the thread ends);
    /// the next search opens it again.
    Q_INVOKABLE void close();

Q_SIGNALS:
    void pageReady(quint64 generation, const QList<tandem::core::JournalSummary> &rows, bool first);
    void countReady(quint64 generation, int count);
    void failed(quint64 generation, const QString &message);

private:
    bool stale(quint64 generation) const { return m_current->load() != generation; }
    bool ensureOpen(quint64 generation);

    QString m_dataDir;
    std::shared_ptr<const std::atomic<quint64>> m_current;
    std::unique_ptr<core::Database> m_db;
    quint64 m_generation = 0; // of the ids below
    QString m_ftsQuery;
    QList<qint64> m_ids;
};

} // namespace tandem::ui
