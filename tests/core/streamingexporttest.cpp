// Exports are streamed: the store is read in batches inside one read transaction and written
// record by record, so that an export of 100,000 entries holds no more at once than one of ten.
// The bytes are those of the whole-document writers (format 2 unchanged), the files grow while
// the store is read, progress counts up to the total, and the batches meet without a gap or a
// repeat even where many records share one time.
#include "csvexport.h"
#include "database.h"
#include "demogenerator.h"
#include "exchangerepository.h"
#include "exportwriter.h"
#include "journalrepository.h"
#include "jsontext.h"
#include "markdownexport.h"
#include "settingsrepository.h"
#include "skillmodel.h"
#include "tandemjson.h"
#include "tempdatadir.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The bytes of the files this process holds open under a folder: where an export's files are
// while it writes them (QSaveFile's temporary files, which on Linux have no name until they are
// put in place). Nothing when the system cannot tell (no /proc).
qint64 bytesOpenUnder(const QString &folder)
{
    qint64 total = 0;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QFileInfo &fd : fds.entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        if (fd.symLinkTarget().startsWith(folder + QLatin1Char('/')))
            total += QFileInfo(fd.filePath()).size();
    }
    return total;
}

// A device that keeps nothing and remembers the largest single write: what a writer held at once.
class CountingDevice final : public QIODevice
{
public:
    CountingDevice() { open(QIODevice::WriteOnly); }
    qint64 largestWrite = 0;
    qint64 total = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        largestWrite = std::max(largestWrite, size);
        total += size;
        return size;
    }
};

JournalEntry entryAt(const QDateTime &when, int n)
{
    JournalEntry e;
    e.uuid = QUuid::createUuid();
    e.occurredAt = when;
    e.createdAt = when;
    e.updatedAt = when;
    e.title = QStringLiteral("Entry %1").arg(n);
    e.body = QStringLiteral("Body of entry %1.").arg(n);
    return e;
}

class StreamingExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(m_dir.path());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
        m_db = std::move(opened).value();
    }

    // Three years of the demo (more entries than one batch), plus records that test the edges of
    // Qt's JSON writing: control characters, U+2028, astral characters, a byte-order mark first,
    // an empty title, non-ASCII settings keys.
    void fillWithDemoAndEdges()
    {
        ASSERT_TRUE(DemoGenerator(SkillModel::builtin()).generate(*m_db, { 3, 5, QDate(2026, 11, 22) }).ok());
        const JournalRepository journal(*m_db);
        JournalEntry odd = entryAt(QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC), 0);
        odd.title = QChar(0xFEFF) + QStringLiteral("BOM first");
        odd.situation = QStringLiteral("line\u2028separator \u0001 \u001f \"quoted\" \\ 😀 𝄞");
        odd.body = QString();
        ASSERT_TRUE(journal.add(odd).ok());
        JournalEntry empty = entryAt(QDateTime(QDate(2026, 1, 6), QTime(8, 0), Qt::UTC), 1);
        empty.title.clear();
        empty.body.clear();
        ASSERT_TRUE(journal.add(empty).ok());
        const SettingsRepository settings(*m_db);
        ASSERT_TRUE(settings.setValue(QStringLiteral("zz.ünïcode"), QStringLiteral("välue ☕")).ok());
        ASSERT_TRUE(settings.setValue(QStringLiteral("Ärger"), QStringLiteral("\u2028")).ok());
    }

    ExchangeData all() const
    {
        auto data = ExchangeRepository(*m_db).readAll();
        EXPECT_TRUE(data.ok()) << qPrintable(data.error());
        return data.ok() ? data.value() : ExchangeData();
    }

    TempDataDir m_dir;
    std::unique_ptr<Database> m_db;
};

} // namespace

TEST_F(StreamingExportTest, TheJsonIsWhatQJsonDocumentWritesForTheWholeDocument)
{
    // The empty store: empty arrays and an empty settings object as Qt writes them.
    for (int round = 0; round < 2; ++round) {
        if (round == 1)
            fillWithDemoAndEdges();
        const QByteArray streamed = TandemJson::write(all());
        QJsonParseError error;
        const QJsonDocument whole = parseJsonKeepingText(streamed, &error);
        ASSERT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString()) << " at " << error.offset;
        // The format-2 writer was QJsonDocument(root).toJson(Indented) of exactly this content.
        EXPECT_TRUE(whole.toJson(QJsonDocument::Indented) == streamed) << "round " << round;
        const auto back = TandemJson::read(streamed);
        ASSERT_TRUE(back.ok()) << qPrintable(back.error());
        EXPECT_EQ(TandemJson::write(back.value()), streamed);
    }
}

TEST_F(StreamingExportTest, TheJsonWriterHoldsOneRecordAtATime)
{
    fillWithDemoAndEdges();
    const ExchangeData data = all();
    ASSERT_GT(data.journalEntries.size(), ExchangeRepository::BatchSize);
    CountingDevice device;
    TandemJson::Writer writer(device);
    qint64 largestRecord = 0;
    writer.begin(TandemJson::Writer::Section::Assessments);
    for (const ExchangeAssessment &a : data.assessments) {
        writer.add(a);
        largestRecord = std::max(largestRecord, qint64(TandemJson::write({ { a }, {}, {}, {}, {} }).size()));
    }
    writer.begin(TandemJson::Writer::Section::FeedbackRounds);
    ASSERT_FALSE(data.feedbackRounds.isEmpty()) << "the demo data has feedback rounds";
    for (const ExchangeFeedbackRound &r : data.feedbackRounds) {
        writer.add(r);
        ExchangeData one;
        one.feedbackRounds = { r };
        largestRecord = std::max(largestRecord, qint64(TandemJson::write(one).size()));
    }
    writer.begin(TandemJson::Writer::Section::Goals);
    for (const ExchangeGoal &g : data.goals) {
        writer.add(g);
        largestRecord = std::max(largestRecord, qint64(TandemJson::write({ {}, {}, { g }, {}, {} }).size()));
    }
    writer.begin(TandemJson::Writer::Section::JournalEntries);
    for (const JournalEntry &e : data.journalEntries) {
        writer.add(e);
        largestRecord = std::max(largestRecord, qint64(TandemJson::write({ {}, { e }, {}, {}, {} }).size()));
    }
    writer.finish(data.settings);
    EXPECT_TRUE(writer.ok());
    EXPECT_EQ(device.total, TandemJson::write(data).size());
    // No write is larger than one record (with its indentation), however many records there are.
    EXPECT_LT(device.largestWrite, 2 * largestRecord);
    EXPECT_LT(device.largestWrite * 50, device.total);
}

TEST_F(StreamingExportTest, EveryFormatWritesWhatTheWholeDataWritersWrite)
{
    fillWithDemoAndEdges();
    const ExchangeData data = all();
    const SkillModel &model = SkillModel::builtin();
    const QString out = m_dir.root() + QStringLiteral("/out");

    ASSERT_TRUE(ExportWriter::write(*m_db, model, ExportFormat::Json, out + QStringLiteral(".json")).ok());
    EXPECT_TRUE(fileBytes(out + QStringLiteral(".json")) == TandemJson::write(data));

    ASSERT_TRUE(ExportWriter::write(*m_db, model, ExportFormat::Csv, out + QStringLiteral("-csv")).ok());
    const auto csv = CsvExport::files(data, model);
    ASSERT_EQ(QDir(out + QStringLiteral("-csv")).entryList(QDir::Files), csv.keys());
    for (auto it = csv.cbegin(); it != csv.cend(); ++it)
        EXPECT_TRUE(fileBytes(out + QStringLiteral("-csv/") + it.key()) == it.value()) << qPrintable(it.key());

    ASSERT_TRUE(ExportWriter::write(*m_db, model, ExportFormat::Markdown, out + QStringLiteral(".md")).ok());
    EXPECT_TRUE(fileBytes(out + QStringLiteral(".md")) == MarkdownExport::singleFile(data, model));

    ASSERT_TRUE(ExportWriter::write(*m_db, model, ExportFormat::MarkdownPerMonth, out + QStringLiteral("-md")).ok());
    const auto months = MarkdownExport::perMonth(data, model);
    ASSERT_EQ(QDir(out + QStringLiteral("-md")).entryList(QDir::Files), months.keys());
    for (auto it = months.cbegin(); it != months.cend(); ++it)
        EXPECT_TRUE(fileBytes(out + QStringLiteral("-md/") + it.key()) == it.value()) << qPrintable(it.key());
}

TEST_F(StreamingExportTest, AnEmptyStoreExportsAsBefore)
{
    const SkillModel &model = SkillModel::builtin();
    const QString out = m_dir.root() + QStringLiteral("/out");
    ASSERT_TRUE(ExportWriter::write(*m_db, model, ExportFormat::Markdown, out + QStringLiteral(".md")).ok());
    EXPECT_EQ(fileBytes(out + QStringLiteral(".md")), QByteArray("# Journal\n\nNo journal entries.\n"));
    ASSERT_TRUE(ExportWriter::write(*m_db, model, ExportFormat::MarkdownPerMonth, out + QStringLiteral("-md")).ok());
    EXPECT_TRUE(QDir(out + QStringLiteral("-md")).isEmpty());
    ASSERT_TRUE(ExportWriter::write(*m_db, model, ExportFormat::Json, out + QStringLiteral(".json")).ok());
    EXPECT_EQ(fileBytes(out + QStringLiteral(".json")), TandemJson::write(ExchangeData {}));
}

TEST_F(StreamingExportTest, BatchesMeetWithoutGapOrRepeatWhereManyRecordsShareATime)
{
    // More entries than two batches, all at one moment: only the uuid orders them, so a keyset
    // that compared the time alone would skip or repeat some.
    const JournalRepository journal(*m_db);
    const QDateTime moment(QDate(2025, 6, 1), QTime(12, 0), Qt::UTC);
    const int count = 2 * ExchangeRepository::BatchSize + 37;
    for (int i = 0; i < count; ++i)
        ASSERT_TRUE(journal.add(entryAt(moment.addSecs(i % 3 == 0 ? 0 : 60), i)).ok());

    QList<QString> keys;
    ASSERT_TRUE(ExchangeRepository(*m_db)
                    .forEachEntry([&](const JournalEntry &e) {
                        keys.append(e.occurredAt.toString(Qt::ISODate) + e.uuid.toString(QUuid::WithoutBraces));
                        return true;
                    })
                    .ok());
    ASSERT_EQ(keys.size(), count);
    QList<QString> sorted = keys;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(keys, sorted);
    EXPECT_EQ(QSet<QString>(keys.cbegin(), keys.cend()).size(), count);
}

TEST_F(StreamingExportTest, FilesGrowWhileTheStoreIsReadAndProgressCountsUpToTheTotal)
{
    if (!QFileInfo::exists(QStringLiteral("/proc/self/fd")))
        GTEST_SKIP() << "needs /proc to see the files being written";
    fillWithDemoAndEdges();
    const auto counts = ExchangeRepository(*m_db).counts();
    ASSERT_TRUE(counts.ok());
    struct Case
    {
        ExportFormat format;
        QString path;
        qint64 total;
    };
    const QString out = m_dir.root() + QStringLiteral("/out");
    ASSERT_TRUE(QDir().mkpath(out));
    const QList<Case> cases {
        { ExportFormat::Json, out + QStringLiteral("/all.json"), counts->total() },
        { ExportFormat::Csv, out + QStringLiteral("/csv"), counts->assessments + counts->journalEntries },
        { ExportFormat::Markdown, out + QStringLiteral("/journal.md"), counts->journalEntries },
        { ExportFormat::MarkdownPerMonth, out + QStringLiteral("/months"), counts->journalEntries },
    };
    for (const Case &c : cases) {
        QList<qint64> done;
        QList<qint64> onDisk;
        const auto written
            = ExportWriter::write(*m_db, SkillModel::builtin(), c.format, c.path, {}, [&](qint64 n, qint64 total) {
                  EXPECT_EQ(total, c.total);
                  done.append(n);
                  onDisk.append(bytesOpenUnder(out));
              });
        ASSERT_TRUE(written.ok()) << qPrintable(written.error());
        ASSERT_GE(done.size(), 3);
        EXPECT_EQ(done.constFirst(), 0);
        EXPECT_EQ(done.constLast(), c.total);
        EXPECT_TRUE(std::is_sorted(done.cbegin(), done.cend()));
        // Half way through, part of the file is on disk already: it is written while read, not
        // built whole in memory first.
        const qint64 before = onDisk.constFirst();
        EXPECT_GT(onDisk.at(onDisk.size() / 2), before) << "format " << int(c.format);
        ASSERT_TRUE(QFileInfo(c.path).isDir() ? QDir(c.path).removeRecursively() : QFile::remove(c.path));
    }
}
