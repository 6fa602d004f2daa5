// One set of limits at every door: the repositories the app and tandem-cli write through refuse
// what an export could not bring back, and every importer refuses it too, naming the field.
#include "recordlimits.h"

#include "assessmentrepository.h"
#include "database.h"
#include "exchangerepository.h"
#include "goalrepository.h"
#include "importer.h"
#include "journalrepository.h"
#include "jrnlimport.h"
#include "qtprinters.h"
#include "rednotebookimport.h"
#include "settingsrepository.h"
#include "tandemjson.h"
#include "tempdatadir.h"

#include <functional>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

namespace {

QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(9, 0), Qt::UTC);
}

// n distinct tags of the given length.
QStringList tags(qsizetype n, qsizetype length)
{
    QStringList result;
    for (qsizetype i = 0; i < n; ++i) {
        const QString number = QString::number(i);
        result.append(number + QString(length - number.size(), QLatin1Char('t')));
    }
    return result;
}

class RecordLimitsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(dir.path());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
        db = std::move(opened).value();
    }

    int rows(const char *table) const
    {
        const auto n = db->scalar(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        EXPECT_TRUE(n.ok()) << qPrintable(n.error());
        return n.ok() ? n.value().toInt() : -1;
    }

    static JournalEntry entry()
    {
        JournalEntry e;
        e.occurredAt = utc(2026, 11, 30);
        e.title = QStringLiteral("Within the limits");
        return e;
    }

    TempDataDir dir;
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(RecordLimitsTest, MessagesNameTheFieldAndTheLimitInPlainNumbers)
{
    JournalEntry e = entry();
    e.body = QString(RecordLimits::MaxTextLength + 1, QLatin1Char('x'));
    const Status refused = RecordLimits::check(e);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error(), QStringLiteral("the body is too long (10,485,761 characters; at most 10,485,760)"));

    e = entry();
    e.tags = tags(RecordLimits::MaxTags + 1, 3);
    ASSERT_FALSE(RecordLimits::check(e).ok());
    EXPECT_EQ(RecordLimits::check(e).error(), QStringLiteral("there are too many tags (1,001; at most 1,000)"));

    e = entry();
    e.tags = { QStringLiteral("fine"), QString(RecordLimits::MaxShortTextLength + 1, QLatin1Char('t')) };
    ASSERT_FALSE(RecordLimits::check(e).ok());
    EXPECT_EQ(RecordLimits::check(e).error(), QStringLiteral("a tag is too long (1,001 characters; at most 1,000)"));

    // A tag is stored trimmed, so the spaces around it do not count.
    e.tags
        = { QStringLiteral("  ") + QString(RecordLimits::MaxShortTextLength, QLatin1Char('t')) + QStringLiteral(" ") };
    EXPECT_TRUE(RecordLimits::check(e).ok()) << qPrintable(RecordLimits::check(e).error());
}

TEST_F(RecordLimitsTest, TheJournalRefusesAnEntryBeyondAnyLimitAndStoresNothing)
{
    const JournalRepository repo(*db);
    struct Case
    {
        const char *what;
        std::function<void(JournalEntry &)> change;
        QString named;
    };
    const QString tooLong(RecordLimits::MaxTextLength + 1, QLatin1Char('x'));
    const QList<Case> cases = {
        { "title", [&](JournalEntry &e) { e.title = tooLong; }, QStringLiteral("the title is too long") },
        { "situation", [&](JournalEntry &e) { e.situation = tooLong; }, QStringLiteral("the situation is too long") },
        { "body", [&](JournalEntry &e) { e.body = tooLong; }, QStringLiteral("the body is too long") },
        { "next time", [&](JournalEntry &e) { e.nextTime = tooLong; }, QStringLiteral("\"Next time\" is too long") },
        { "tag length", [](JournalEntry &e) { e.tags = tags(1, RecordLimits::MaxShortTextLength + 1); },
          QStringLiteral("a tag is too long") },
        { "tag count", [](JournalEntry &e) { e.tags = tags(RecordLimits::MaxTags + 1, 5); },
          QStringLiteral("too many tags") },
        { "skill count", [](JournalEntry &e) { e.skills = tags(RecordLimits::MaxLinks + 1, 5); },
          QStringLiteral("too many linked skills") },
        { "area id", [](JournalEntry &e) { e.areas = { QString(RecordLimits::MaxIdLength + 1, QLatin1Char('a')) }; },
          QStringLiteral("linked shared areas is too long") },
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.what);
        JournalEntry e = entry();
        c.change(e);
        const auto added = repo.add(e);
        ASSERT_FALSE(added.ok());
        EXPECT_TRUE(added.error().contains(c.named)) << qPrintable(added.error());
        EXPECT_TRUE(added.error().startsWith(QLatin1String("The journal entry was not saved: ")))
            << qPrintable(added.error());
    }
    EXPECT_EQ(rows("journal_entries"), 0);
    EXPECT_EQ(rows("tags"), 0);
    EXPECT_EQ(rows("journal_links"), 0);
}

TEST_F(RecordLimitsTest, AnUpdateBeyondALimitChangesNothing)
{
    const JournalRepository repo(*db);
    JournalEntry e = entry();
    e.tags = { QStringLiteral("kept") };
    const auto id = repo.add(e);
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    e.id = id.value();
    e.title = QStringLiteral("Changed");
    e.tags = tags(RecordLimits::MaxTags + 1, 4);
    const Status updated = repo.update(e);
    ASSERT_FALSE(updated.ok());
    EXPECT_TRUE(updated.error().contains(QLatin1String("too many tags"))) << qPrintable(updated.error());
    const auto back = repo.get(id.value());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->title, QStringLiteral("Within the limits"));
    EXPECT_EQ(back->tags, QStringList { QStringLiteral("kept") });
}

TEST_F(RecordLimitsTest, AnEntryAtEveryLimitIsStoredAndReadsBackFromAnExport)
{
    JournalEntry e = entry();
    e.body = QString(RecordLimits::MaxTextLength, QLatin1Char('b'));
    e.tags = tags(RecordLimits::MaxTags, RecordLimits::MaxShortTextLength);
    e.skills = { QStringLiteral("visionary-thinking") };
    const auto id = JournalRepository(*db).add(e);
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());

    const auto stored = ExchangeRepository(*db).readAll();
    ASSERT_TRUE(stored.ok()) << qPrintable(stored.error());
    const auto back = TandemJson::read(TandemJson::write(stored.value()));
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    ASSERT_EQ(back->journalEntries.size(), 1);
    EXPECT_EQ(back->journalEntries.first().body.size(), RecordLimits::MaxTextLength);
    EXPECT_EQ(back->journalEntries.first().tags.size(), RecordLimits::MaxTags);
}

TEST_F(RecordLimitsTest, GoalsAssessmentsAndSettingsHaveTheirLimitsToo)
{
    Goal goal;
    goal.createdAt = utc(2026, 3, 1);
    goal.targetId = QStringLiteral("visionary-thinking");
    goal.title = QStringLiteral("A goal");
    goal.steps = { {QUuid(), QStringLiteral("fine"), {}, {}, QDateTime()},
                   {QUuid(), QString(RecordLimits::MaxTextLength + 1, QLatin1Char('s')), {}, {}, QDateTime()} };
    const auto goalId = GoalRepository(*db).add(goal);
    ASSERT_FALSE(goalId.ok());
    EXPECT_TRUE(goalId.error().contains(QLatin1String("the text of step 2 is too long"))) << qPrintable(goalId.error());
    EXPECT_EQ(rows("goals"), 0);

    Assessment assessment;
    assessment.kind = AssessmentKind::Pulse;
    assessment.modelVersion = QStringLiteral("2026.1");
    assessment.takenAt = utc(2026, 3, 2);
    assessment.note = QString(RecordLimits::MaxTextLength + 1, QLatin1Char('n'));
    const auto assessmentId = AssessmentRepository(*db).add(assessment);
    ASSERT_FALSE(assessmentId.ok());
    EXPECT_TRUE(assessmentId.error().contains(QLatin1String("the note is too long")))
        << qPrintable(assessmentId.error());
    EXPECT_EQ(rows("assessments"), 0);

    const Status setting = SettingsRepository(*db).setValue(QStringLiteral("k"),
                                                            QString(RecordLimits::MaxTextLength + 1, QLatin1Char('v')));
    ASSERT_FALSE(setting.ok());
    EXPECT_TRUE(setting.error().contains(QLatin1String("\"k\" is too long"))) << qPrintable(setting.error());
}

TEST_F(RecordLimitsTest, AnImportBeyondALimitIsRefusedWholeWhateverItsSource)
{
    // Data as any importer hands it over, not through Tandem's JSON reader.
    ExchangeData data;
    JournalEntry fine = entry();
    fine.uuid = QUuid::createUuid();
    data.journalEntries.append(fine);
    JournalEntry big = entry();
    big.uuid = QUuid::createUuid();
    big.title = QStringLiteral("Big");
    big.tags = tags(RecordLimits::MaxTags + 1, 2);
    data.journalEntries.append(big);
    const auto report = Importer(*db).run(data, false);
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(report.error().contains(QStringLiteral("“Big”"))) << qPrintable(report.error());
    EXPECT_TRUE(report.error().contains(QLatin1String("too many tags (1,001; at most 1,000)")))
        << qPrintable(report.error());
    EXPECT_TRUE(report.error().contains(QLatin1String("Nothing was imported"))) << qPrintable(report.error());
    EXPECT_EQ(rows("journal_entries"), 0);

    // JournalRepository, which stores every entry import brings, refuses it too.
    const auto inserted = JournalRepository(*db).add(big);
    ASSERT_FALSE(inserted.ok());
    EXPECT_TRUE(inserted.error().contains(QLatin1String("too many tags"))) << qPrintable(inserted.error());
    EXPECT_EQ(rows("journal_entries"), 0);
}

TEST_F(RecordLimitsTest, TheOtherJournalsAreHeldToTheSameLimits)
{
    // jrnl: a body one character too long.
    const QByteArray body(RecordLimits::MaxTextLength + 1, 'x');
    const auto jrnl = JrnlImport::parse("{\"entries\": [{\"title\": \"T\", \"body\": \"" + body
                                        + "\", \"date\": \"2024-03-04\", \"time\": \"09:15\"}]}");
    ASSERT_FALSE(jrnl.ok());
    EXPECT_TRUE(
        jrnl.error().contains(QLatin1String("the body is too long (10,485,761 characters; at most 10,485,760)")))
        << qPrintable(jrnl.error());

    // RedNotebook: one tag too many.
    QByteArrayList names;
    for (int i = 0; i <= RecordLimits::MaxTags; ++i)
        names.append("t" + QByteArray::number(i) + ": null");
    const QByteArray month = "1:\n  Tags: {" + names.join(", ") + "}\n  text: x\n";
    const auto rednotebook = RedNotebookImport::parseMonth(month, 2024, 3, QStringLiteral("2024-03.txt"));
    ASSERT_FALSE(rednotebook.ok());
    EXPECT_TRUE(rednotebook.error().contains(QLatin1String("too many tags (1,001; at most 1,000)")))
        << qPrintable(rednotebook.error());
}
