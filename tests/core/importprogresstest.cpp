// An import tells how far it has come and can be stopped at any point: it is one transaction,
// so a stop half-way rolls back what was already stored, and the store is as it was.
#include "database.h"
#include "demogenerator.h"
#include "exchangerepository.h"
#include "importer.h"
#include "importsource.h"
#include "journalrepository.h"
#include "skillmodel.h"
#include "tandemjson.h"
#include "tempdatadir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

    qint64 records() const
    {
        return m_data.assessments.size() + m_data.journalEntries.size() + m_data.goals.size()
            + m_data.feedbackRounds.size();
    }

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

// A file of our own format is imported a record at a time, in two passes over the file: the
// result is the same as importing the data read whole, whatever the order of the file's fields,
// and a stop half-way stores nothing.
TEST_F(ImportProgressTest, AFileIsImportedRecordByRecordAsTheDataReadWhole)
{
    const QByteArray bytes = TandemJson::write(m_data);
    // The same fields in the reverse order: "settings" and "format" first, entries before goals.
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    QByteArray reordered = "{";
    const QStringList keys = root.keys();
    for (qsizetype i = keys.size() - 1; i >= 0; --i) {
        const QByteArray value = QJsonDocument(QJsonArray { root.value(keys.at(i)) }).toJson(QJsonDocument::Compact);
        reordered += '"' + keys.at(i).toUtf8() + "\": " + value.mid(1, value.size() - 2) + (i > 0 ? ",\n" : "\n");
    }
    reordered += "}\n";

    const QByteArray before = dump();
    const auto expected = Importer(*m_db).run(m_data, true);
    ASSERT_TRUE(expected.ok()) << qPrintable(expected.error());
    const QString path = m_sourceDir.path() + QStringLiteral("/export.json");
    for (const QByteArray &content : { bytes, reordered }) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(file.write(content), content.size());
        file.close();

        auto source = ImportSource::open(ImportFormat::Tandem, path);
        ASSERT_TRUE(source.ok()) << qPrintable(source.error());
        EXPECT_EQ(source.value()->count(), records());
        // Stopped half-way: nothing stays.
        const auto stopped
            = Importer(*m_db).run(*source.value(), false, [&](qint64 done, qint64) { return done < records() / 2; });
        ASSERT_FALSE(stopped.ok());
        EXPECT_EQ(stopped.error(), Importer::stopped());
        EXPECT_TRUE(dump() == before);
        // A dry run says what the data read whole says.
        const auto report = Importer(*m_db).run(*source.value(), true);
        ASSERT_TRUE(report.ok()) << qPrintable(report.error());
        EXPECT_EQ(report->summary(), expected->summary());
        EXPECT_TRUE(dump() == before);
    }
    // And a real import stores what the data read whole stores.
    auto source = ImportSource::open(ImportFormat::Tandem, path);
    ASSERT_TRUE(source.ok());
    const auto report = Importer(*m_db).run(*source.value(), false);
    ASSERT_TRUE(report.ok()) << qPrintable(report.error());
    EXPECT_EQ(report->journalEntries.added, m_data.journalEntries.size());
    const QByteArray afterFile = dump();
    const auto again = Importer(*m_db).run(m_data, false);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->changes(), 0) << "the file's import left out what the data read whole adds";
    EXPECT_TRUE(dump() == afterFile);
}
