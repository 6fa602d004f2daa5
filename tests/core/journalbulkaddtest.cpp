// Entries added in bulk (an import) are indexed for search together at the end, not one by one:
// they are all found, the index stays whole, entries written afterwards are indexed as before,
// and a bulk add that does not finish leaves nothing behind.

#include "database.h"
#include "exchangedata.h"
#include "importer.h"
#include "journalrepository.h"
#include "tempdatadir.h"
#include "transaction.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

namespace {

class JournalBulkAddTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(m_dir.path());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
        m_db = std::move(opened).value();
    }

    static JournalEntry entry(int n)
    {
        JournalEntry e;
        e.uuid = QUuid::createUuid();
        e.occurredAt = QDateTime(QDate(2026, 1, 1), QTime(9, 0), QTimeZone::utc()).addSecs(n * 60);
        e.title = QStringLiteral("Entry %1").arg(n);
        e.body = QStringLiteral("The team talked about word%1 today.").arg(n);
        return e;
    }

    // How many entries the search index finds for a query.
    int found(const QString &query) const
    {
        const auto n = m_db->scalar(QStringLiteral("SELECT count(*) FROM journal_fts WHERE journal_fts MATCH :q"),
                                    { { QStringLiteral(":q"), query } });
        EXPECT_TRUE(n.ok()) << qPrintable(n.error());
        return n.ok() ? n.value().toInt() : -1;
    }

    // FTS5's own check of the index against the entries it indexes.
    void expectIndexWhole() const
    {
        const auto checked = m_db->run(
            QStringLiteral("INSERT INTO journal_fts (journal_fts, rank) VALUES ('integrity-check', 1)"));
        EXPECT_TRUE(checked.ok()) << qPrintable(checked.error());
    }

    bool triggerThere() const
    {
        const auto n = m_db->scalar(QStringLiteral(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = 'journal_entries_fts_insert'"));
        return n.ok() && n.value().toInt() == 1;
    }

    TempDataDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(JournalBulkAddTest, AnImportIndexesItsEntriesTogether)
{
    // Indexed one by one, each entry wrote its own small index segment and the index merged
    // them as it went: about nine rows written per entry here, and more per entry the larger
    // the store. Indexed together, an entry costs its own row and the index's few.
    constexpr int Entries = 400;
    ExchangeData data;
    for (int i = 0; i < Entries; ++i)
        data.journalEntries.append(entry(i));
    const qint64 before = m_db->totalChanges();
    const auto report = Importer(*m_db).run(data, false);
    ASSERT_TRUE(report.ok()) << qPrintable(report.error());
    EXPECT_EQ(report->journalEntries.added, Entries);
    EXPECT_LT(m_db->totalChanges() - before, 5 * Entries);

    EXPECT_EQ(found(QStringLiteral("team")), Entries);
    for (const int i : { 0, 1, 199, Entries - 1 })
        EXPECT_EQ(found(QStringLiteral("word%1").arg(i)), 1) << i;
    expectIndexWhole();
    EXPECT_TRUE(triggerThere());

    // The trigger is back: an entry written afterwards is indexed as it is stored.
    JournalEntry later = entry(Entries);
    later.body = QStringLiteral("Afterwards");
    ASSERT_TRUE(JournalRepository(*m_db).add(later).ok());
    EXPECT_EQ(found(QStringLiteral("afterwards")), 1);
    expectIndexWhole();
}

TEST_F(JournalBulkAddTest, AnEntryUpdatedByTheSameImportKeepsItsIndexRight)
{
    // An entry already stored is updated by the import (through the update trigger) while the
    // new ones wait to be indexed.
    JournalEntry mine = entry(0);
    mine.body = QStringLiteral("Before");
    mine.updatedAt = QDateTime(QDate(2026, 1, 2), QTime(9, 0), QTimeZone::utc());
    ASSERT_TRUE(JournalRepository(*m_db).add(mine).ok());

    ExchangeData data;
    JournalEntry newer = mine;
    newer.body = QStringLiteral("After");
    newer.updatedAt = mine.updatedAt.addDays(1);
    data.journalEntries = { entry(1), newer, entry(2) };
    const auto report = Importer(*m_db).run(data, false);
    ASSERT_TRUE(report.ok()) << qPrintable(report.error());
    EXPECT_EQ(report->journalEntries.added, 2);
    EXPECT_EQ(report->journalEntries.updated, 1);
    EXPECT_EQ(found(QStringLiteral("before")), 0);
    EXPECT_EQ(found(QStringLiteral("after")), 1);
    EXPECT_EQ(found(QStringLiteral("word1 OR word2")), 2);
    expectIndexWhole();
}

TEST_F(JournalBulkAddTest, AStoppedOrRefusedImportLeavesTheIndexingAsItWas)
{
    ExchangeData data;
    for (int i = 0; i < 300; ++i)
        data.journalEntries.append(entry(i));
    // Stopped half-way, and refused by the store at its last entry (an empty tag).
    const auto stopped = Importer(*m_db).run(data, false, [](qint64 done, qint64) { return done < 150; });
    EXPECT_FALSE(stopped.ok());
    data.journalEntries.last().tags = { QStringLiteral("  ") };
    const auto refused = Importer(*m_db).run(data, false);
    EXPECT_FALSE(refused.ok());

    EXPECT_EQ(JournalRepository(*m_db).count().value(), 0);
    EXPECT_TRUE(triggerThere());
    ASSERT_TRUE(JournalRepository(*m_db).add(entry(1)).ok());
    EXPECT_EQ(found(QStringLiteral("word1")), 1);
    expectIndexWhole();
}

TEST_F(JournalBulkAddTest, WithoutFinishNothingIsStored)
{
    {
        JournalBulkAdd bulk(*m_db);
        ASSERT_TRUE(bulk.begun().ok()) << qPrintable(bulk.begun().error());
        ASSERT_TRUE(bulk.add(entry(1)).ok());
        EXPECT_FALSE(triggerThere());
    }
    EXPECT_EQ(JournalRepository(*m_db).count().value(), 0);
    EXPECT_TRUE(triggerThere());

    // Inside a caller's transaction, an unfinished one dooms it: the caller cannot commit
    // entries that were never indexed.
    {
        Transaction outer(*m_db, Transaction::Inner::Joined);
        ASSERT_TRUE(outer.isActive());
        {
            JournalBulkAdd bulk(*m_db);
            ASSERT_TRUE(bulk.add(entry(2)).ok());
        }
        EXPECT_FALSE(outer.commit().ok());
    }
    EXPECT_EQ(JournalRepository(*m_db).count().value(), 0);
    EXPECT_TRUE(triggerThere());

    // Finished, it stores and indexes; a second finish or a later add is refused.
    JournalBulkAdd bulk(*m_db);
    ASSERT_TRUE(bulk.add(entry(3)).ok());
    ASSERT_TRUE(bulk.finish().ok());
    EXPECT_FALSE(bulk.finish().ok());
    EXPECT_FALSE(bulk.add(entry(4)).ok());
    EXPECT_EQ(JournalRepository(*m_db).count().value(), 1);
    EXPECT_EQ(found(QStringLiteral("word3")), 1);
    expectIndexWhole();
}

TEST_F(JournalBulkAddTest, AStopWhileIndexingRollsEverythingBack)
{
    // More entries than one chunk of indexing, so that a stop can be heard between chunks.
    const int entries = static_cast<int>(JournalBulkAdd::IndexChunk) + 10;
    {
        JournalBulkAdd bulk(*m_db);
        for (int i = 0; i < entries; ++i)
            ASSERT_TRUE(bulk.add(entry(i)).ok());
        int asked = 0;
        const Status indexed = bulk.finish([&asked] { return ++asked < 1; });
        ASSERT_FALSE(indexed.ok());
        EXPECT_EQ(indexed.failure().kind, Error::Kind::Interrupted);
        EXPECT_EQ(asked, 1);
    }
    EXPECT_EQ(JournalRepository(*m_db).count().value(), 0);
    EXPECT_TRUE(triggerThere());

    // Through the importer: its Cancel is heard while the new entries are indexed, after every
    // record was stored (the progress then says all of them).
    ExchangeData data;
    for (int i = 0; i < entries; ++i)
        data.journalEntries.append(entry(i));
    bool stoppedWhileIndexing = false;
    const auto report = Importer(*m_db).run(data, false, [&](qint64 done, qint64 total) {
        stoppedWhileIndexing = done == total;
        return done < total;
    });
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error(), Importer::stopped());
    EXPECT_TRUE(stoppedWhileIndexing);
    EXPECT_EQ(JournalRepository(*m_db).count().value(), 0);
    EXPECT_TRUE(triggerThere());
    expectIndexWhole();
}
