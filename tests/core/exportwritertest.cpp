// Writing an export to disk: a stopped export (the app's Cancel button) leaves nothing behind and
// keeps an earlier export of the same name as it was, whichever step it is stopped at.
#include "exportwriter.h"

#include "database.h"
#include "demogenerator.h"
#include "skillmodel.h"
#include "tempdatadir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

namespace {

class ExportWriterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(m_dir.path());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
        m_db = std::move(opened).value();
        DemoGenerator::Options options;
        options.years = 1;
        options.until = QDate(2026, 11, 22);
        ASSERT_TRUE(DemoGenerator(SkillModel::builtin()).generate(*m_db, options).ok());
    }

    // How many times a whole export asks whether to stop.
    int questionsAsked(ExportFormat format, const QString &path)
    {
        int asked = 0;
        const auto written = ExportWriter::write(*m_db, SkillModel::builtin(), format, path, [&asked] {
            ++asked;
            return false;
        });
        EXPECT_TRUE(written.ok()) << qPrintable(written.error());
        return asked;
    }

    // Everything in the folder that holds the exports, temporary files included.
    QStringList filesIn(const QString &folder) const
    {
        QStringList names;
        const QDir dir(folder);
        for (const QFileInfo &info : dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
            names.append(info.isDir()
                             ? info.fileName() + QLatin1Char('/') + filesIn(info.filePath()).join(QLatin1Char(','))
                             : info.fileName());
        return names;
    }

    TempDataDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(ExportWriterTest, AFileExportStoppedAtAnyStepLeavesTheEarlierFileAsItWas)
{
    const QString out = m_dir.root() + QStringLiteral("/out");
    ASSERT_TRUE(QDir().mkpath(out));
    const QString path = out + QStringLiteral("/tandem.json");
    const int steps = questionsAsked(ExportFormat::Json, path);
    ASSERT_GE(steps, 3) << "the export should ask before reading, before writing and before committing";

    QFile earlier(path);
    ASSERT_TRUE(earlier.open(QIODevice::WriteOnly | QIODevice::Truncate));
    earlier.write("the export of last week");
    earlier.close();

    for (int stopAt = 1; stopAt <= steps; ++stopAt) {
        int asked = 0;
        const auto written = ExportWriter::write(*m_db, SkillModel::builtin(), ExportFormat::Json, path,
                                                 [&] { return ++asked == stopAt; });
        ASSERT_FALSE(written.ok()) << "stopped at question " << stopAt;
        EXPECT_TRUE(written.error().contains(QLatin1String("stopped"))) << qPrintable(written.error());
        EXPECT_EQ(filesIn(out), QStringList { QStringLiteral("tandem.json") }) << "stopped at question " << stopAt;
        ASSERT_TRUE(earlier.open(QIODevice::ReadOnly));
        EXPECT_EQ(earlier.readAll(), QByteArray("the export of last week")) << "stopped at question " << stopAt;
        earlier.close();
    }
}

TEST_F(ExportWriterTest, AFolderExportStoppedAtAnyStepWritesNoFileAndRemovesTheFolderItMade)
{
    const QString months = m_dir.root() + QStringLiteral("/months");
    const int steps = questionsAsked(ExportFormat::MarkdownPerMonth, months);
    // One question per month file, so a long export stops between files.
    ASSERT_GE(steps, 12);
    ASSERT_TRUE(QDir(months).removeRecursively());

    for (int stopAt = 1; stopAt <= steps; ++stopAt) {
        int asked = 0;
        const auto written = ExportWriter::write(*m_db, SkillModel::builtin(), ExportFormat::MarkdownPerMonth, months,
                                                 [&] { return ++asked == stopAt; });
        ASSERT_FALSE(written.ok()) << "stopped at question " << stopAt;
        EXPECT_FALSE(QFileInfo::exists(months))
            << "stopped at question " << stopAt << ": " << qPrintable(filesIn(months).join(QLatin1Char(',')));
        EXPECT_TRUE(filesIn(m_dir.root()).filter(QStringLiteral("months")).isEmpty());
    }

    // A folder that was there stays, with what it held.
    ASSERT_TRUE(QDir().mkpath(months));
    QFile mine(months + QStringLiteral("/notes.txt"));
    ASSERT_TRUE(mine.open(QIODevice::WriteOnly));
    mine.close();
    const auto stopped = ExportWriter::write(*m_db, SkillModel::builtin(), ExportFormat::MarkdownPerMonth, months,
                                             [] { return true; });
    EXPECT_FALSE(stopped.ok());
    EXPECT_EQ(filesIn(months), QStringList { QStringLiteral("notes.txt") });
}

TEST_F(ExportWriterTest, AFolderExportThatCannotWriteOneFileWritesNone)
{
    const QString csv = m_dir.root() + QStringLiteral("/csv");
    ASSERT_TRUE(QDir().mkpath(csv + QStringLiteral("/journal.csv"))); // a folder where a file must go
    const auto written = ExportWriter::write(*m_db, SkillModel::builtin(), ExportFormat::Csv, csv);
    ASSERT_FALSE(written.ok());
    EXPECT_FALSE(QFileInfo::exists(csv + QStringLiteral("/assessments.csv")))
        << "a half export: " << qPrintable(filesIn(csv).join(QLatin1Char(',')));
}
