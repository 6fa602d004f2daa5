// An import tells how far it has come and can be stopped at any point: it is one transaction,
// so a stop half-way rolls back what was already stored, and the store is as it was.
#include "database.h"
#include "demogenerator.h"
#include "exchangerepository.h"
#include "importer.h"
#include "journalrepository.h"
#include "skillmodel.h"
#include "tandemjson.h"
#include "tempdatadir.h"

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

namespace {

class ImportProgressTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto source = Database::open(m_sourceDir.path());
        ASSERT_TRUE(source.ok()) << qPrintable(source.error());
        ASSERT_TRUE(DemoGenerator(SkillModel::builtin()).generate(*source.value(), { 3, 11, QDate(2026, 6, 30) }).ok());
        auto data = ExchangeRepository(*source.value()).readAll();
        ASSERT_TRUE(data.ok());
        m_data = std::move(data).value();

        auto opened = Database::open(m_dir.path());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
        m_db = std::move(opened).value();
        // Data of the user's own, which must stay as it is.
        ASSERT_TRUE(DemoGenerator(SkillModel::builtin()).generate(*m_db, { 1, 3, QDate(2026, 11, 22) }).ok());
    }

    QByteArray dump() const
    {
        auto data = ExchangeRepository(*m_db).readAll();
        EXPECT_TRUE(data.ok());
        return data.ok() ? TandemJson::write(data.value()) : QByteArray();
    }

    qint64 records() const { return m_data.assessments.size() + m_data.journalEntries.size() + m_data.goals.size(); }

    TempDataDir m_sourceDir;
    TempDataDir m_dir;
    ExchangeData m_data;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(ImportProgressTest, ProgressCountsUpToTheTotal)
{
    ASSERT_GT(records(), 3 * Importer::ProgressEvery);
    QList<std::pair<qint64, qint64>> told;
    const auto report = Importer(*m_db).run(m_data, false, [&](qint64 done, qint64 total) {
        told.append({ done, total });
        return true;
    });
    ASSERT_TRUE(report.ok()) << qPrintable(report.error());
    ASSERT_GE(told.size(), 3);
    for (qsizetype i = 0; i < told.size(); ++i) {
        EXPECT_EQ(told.at(i).second, records());
        if (i > 0) {
            EXPECT_GE(told.at(i).first, told.at(i - 1).first) << "at call " << i;
        }
    }
    EXPECT_EQ(told.constFirst().first, 0);
    EXPECT_EQ(told.constLast().first, records());
}

TEST_F(ImportProgressTest, AStopHalfWayStoresNothing)
{
    const QByteArray before = dump();
    const qint64 entriesBefore = JournalRepository(*m_db).count().value();
    for (const bool dryRun : { false, true }) {
        qint64 storedWhenStopped = -1;
        qint64 entriesWhenStopped = -1;
        const auto report = Importer(*m_db).run(m_data, dryRun, [&](qint64 done, qint64) {
            // Half way through the records: some are stored already, inside the transaction.
            if (done < records() / 2)
                return true;
            storedWhenStopped = done;
            entriesWhenStopped = JournalRepository(*m_db).count().value();
            return false;
        });
        ASSERT_FALSE(report.ok());
        EXPECT_EQ(report.error(), Importer::stopped());
        EXPECT_GE(storedWhenStopped, records() / 2);
        EXPECT_GT(entriesWhenStopped, entriesBefore) << "the stop came before anything was stored";
        EXPECT_EQ(JournalRepository(*m_db).count().value(), entriesBefore);
        EXPECT_TRUE(dump() == before) << "a stopped import left something behind";
    }

    // The same import, not stopped, stores everything: the stop did not leave the store unusable.
    const auto report = Importer(*m_db).run(m_data, false);
    ASSERT_TRUE(report.ok()) << qPrintable(report.error());
    EXPECT_EQ(report->journalEntries.added, m_data.journalEntries.size());
}
