// Full-text search: whatever a person types is a valid search (never an error), the words they
// mean are found, and the matches are marked in the snippet.
#include "qtprinters.h"
#include "database.h"
#include "ftsquery.h"
#include "ftssnippet.h"
#include "journalrepository.h"
#include "transaction.h"
#include "tempdatadir.h"

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

namespace {

QDateTime utc(int y, int m, int d, int h = 9)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

class JournalSearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(dir.path());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
        db = std::move(opened).value();
        budget = addEntry(QStringLiteral("Budget review with finance"), QStringLiteral("We cut the travel budget by a third."),
                          utc(2026, 3, 2), Mode::Manage, {QStringLiteral("finance")}, {QStringLiteral("organisational-efficiency")}, 2);
        cafe = addEntry(QStringLiteral("Offsite at the café"), QStringLiteral("Near the river, the team talked about the vision."),
                        utc(2026, 4, 5), Mode::Lead, {QStringLiteral("offsite")}, {QStringLiteral("visionary-thinking")}, 5);
        arabic = addEntry(QStringLiteral("مرحبا بالفريق"), QStringLiteral("اجتماع الفريق 🙂 كان جيدا"), utc(2026, 5, 6),
                          Mode::Both, {}, {}, 4);
        teamwork = addEntry(QStringLiteral("Teamwork and testing"), QStringLiteral("Tests, tents and temper."), utc(2026, 6, 7),
                            Mode::Unset, {QStringLiteral("Finance")}, {}, std::nullopt);
    }

    qint64 addEntry(const QString &title, const QString &situation, const QDateTime &at, Mode mode, const QStringList &tags,
                    const QStringList &skills, std::optional<int> rating)
    {
        JournalEntry e;
        e.title = title;
        e.situation = situation;
        e.occurredAt = at;
        e.mode = mode;
        e.tags = tags;
        e.skills = skills;
        e.rating = rating;
        const auto id = JournalRepository(*db).add(e);
        EXPECT_TRUE(id.ok()) << qPrintable(id.error());
        return id.ok() ? id.value() : 0;
    }

    QList<qint64> find(const QString &text, FtsQuery::Typing typing = FtsQuery::Typing::Finished,
                       const JournalFilter &filter = {})
    {
        const auto hits = JournalRepository(*db).search(FtsQuery::build(text, typing), filter, 50);
        EXPECT_TRUE(hits.ok()) << qPrintable(text) << ": " << (hits.ok() ? "" : qPrintable(hits.error()));
        QList<qint64> ids;
        if (hits.ok()) {
            for (const JournalSummary &hit : hits.value())
                ids.append(hit.id);
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    TempDataDir dir;
    std::unique_ptr<Database> db;
    qint64 budget = 0, cafe = 0, arabic = 0, teamwork = 0;
};

} // namespace

TEST(FtsQueryTest, EveryTermBecomesAQuotedString)
{
    EXPECT_EQ(FtsQuery::build(QStringLiteral("budget review")), QStringLiteral("\"budget\" \"review\""));
    EXPECT_EQ(FtsQuery::build(QStringLiteral("NEAR(budget AND review)")), QStringLiteral("\"NEAR\" \"budget\" \"AND\" \"review\""));
    EXPECT_EQ(FtsQuery::build(QStringLiteral("\"quoted\" 'single'")), QStringLiteral("\"quoted\" \"single\""));
    EXPECT_EQ(FtsQuery::build(QStringLiteral("title:budget -cuts")), QStringLiteral("\"title\" \"budget\" \"cuts\""));
    EXPECT_EQ(FtsQuery::build(QStringLiteral("naïve café")), QStringLiteral("\"naïve\" \"café\""));
    EXPECT_EQ(FtsQuery::build(QStringLiteral("🙂 ( ) * \" ^ :")), QString());
    EXPECT_EQ(FtsQuery::terms(QStringLiteral("Ärger, 日本語 und مرحبا!")),
              (QStringList{QStringLiteral("Ärger"), QStringLiteral("日本語"), QStringLiteral("und"), QStringLiteral("مرحبا")}));
}

TEST(FtsQueryTest, PrefixesWhereAskedAndWhileTyping)
{
    EXPECT_EQ(FtsQuery::build(QStringLiteral("bud* review")), QStringLiteral("\"bud\"* \"review\""));
    EXPECT_EQ(FtsQuery::build(QStringLiteral("budget rev"), FtsQuery::Typing::InProgress), QStringLiteral("\"budget\" \"rev\"*"));
    // A space after the last word means the word is finished.
    EXPECT_EQ(FtsQuery::build(QStringLiteral("budget rev "), FtsQuery::Typing::InProgress), QStringLiteral("\"budget\" \"rev\""));
    // One letter is not yet a prefix worth searching for (the index keeps prefixes from two).
    EXPECT_EQ(FtsQuery::build(QStringLiteral("budget r"), FtsQuery::Typing::InProgress), QStringLiteral("\"budget\" \"r\""));
    EXPECT_EQ(FtsQuery::build(QStringLiteral("budget rev"), FtsQuery::Typing::Finished), QStringLiteral("\"budget\" \"rev\""));
}

TEST(FtsQueryTest, APastedEssayIsCutToMaxTerms)
{
    const QString essay = QStringLiteral("word ").repeated(10000);
    EXPECT_EQ(FtsQuery::terms(essay).size(), FtsQuery::MaxTerms);
}

TEST_F(JournalSearchTest, HostileQueriesNeverError)
{
    const QStringList hostile = {
        QStringLiteral("\""), QStringLiteral("\"\""), QStringLiteral("'"), QStringLiteral("*"), QStringLiteral("**"),
        QStringLiteral("a*b"), QStringLiteral("*budget"), QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("NOT"),
        QStringLiteral("budget AND"), QStringLiteral("AND OR NOT"), QStringLiteral("NEAR("), QStringLiteral("NEAR(a b"),
        QStringLiteral("NEAR(budget review, 2)"), QStringLiteral("("), QStringLiteral(")"), QStringLiteral("((budget)"),
        QStringLiteral("title:budget"), QStringLiteral("{title situation}:budget"), QStringLiteral("-budget"),
        QStringLiteral("+"), QStringLiteral("^budget"), QStringLiteral("budget\""), QStringLiteral("\"budget"),
        QStringLiteral("🙂"), QStringLiteral("👩‍👩‍👧 team"), QStringLiteral("مرحبا"), QStringLiteral("日本語"),
        QStringLiteral("\t\n\r"), QString(QChar(0)), QStringLiteral("a") + QChar(0) + QStringLiteral("b"),
        QStringLiteral("\u200b"), QStringLiteral("'; DROP TABLE journal_entries; --"), QStringLiteral("\\"),
        QStringLiteral("e\u0301te\u0301"), QString(QChar(0xD800)), QString(QChar(0xE000)) + QStringLiteral("x"),
        QStringLiteral("x").repeated(100000), QStringLiteral("te st ").repeated(5000), QString(), QStringLiteral("   ")};
    for (const QString &text : hostile) {
        for (auto typing : {FtsQuery::Typing::Finished, FtsQuery::Typing::InProgress}) {
            const auto hits = JournalRepository(*db).search(FtsQuery::build(text, typing), {}, 50);
            ASSERT_TRUE(hits.ok()) << qPrintable(text.left(40)) << ": " << (hits.ok() ? "" : qPrintable(hits.error()));
        }
    }
    // The table is still there, with everything in it.
    EXPECT_EQ(JournalRepository(*db).count().value(), 4);
}

TEST_F(JournalSearchTest, FindsTheWordsMeant)
{
    EXPECT_EQ(find(QStringLiteral("budget")), QList<qint64>{budget});
    EXPECT_EQ(find(QStringLiteral("BUDGET finance")), QList<qint64>{budget});
    EXPECT_EQ(find(QStringLiteral("budget AND")), QList<qint64>());  // "and" is a word like any other
    EXPECT_EQ(find(QStringLiteral("\"budget")), QList<qint64>{budget});
    EXPECT_EQ(find(QStringLiteral("NEAR(")), QList<qint64>{cafe});  // the word "near"
    EXPECT_EQ(find(QStringLiteral("cafe")), QList<qint64>{cafe});   // diacritics do not matter
    EXPECT_EQ(find(QStringLiteral("مرحبا")), QList<qint64>{arabic});
    EXPECT_EQ(find(QStringLiteral("🙂 الفريق")), QList<qint64>{arabic});
    EXPECT_EQ(find(QStringLiteral("🙂")), QList<qint64>());
    EXPECT_EQ(find(QStringLiteral("the")), (QList<qint64>{budget, cafe}));
}

TEST_F(JournalSearchTest, PrefixesFindWhileTyping)
{
    EXPECT_EQ(find(QStringLiteral("budg"), FtsQuery::Typing::InProgress), QList<qint64>{budget});
    EXPECT_EQ(find(QStringLiteral("budg"), FtsQuery::Typing::Finished), QList<qint64>());
    EXPECT_EQ(find(QStringLiteral("te"), FtsQuery::Typing::InProgress), (QList<qint64>{cafe, teamwork}));  // team, tests, tents, temper
    EXPECT_EQ(find(QStringLiteral("tem*")), QList<qint64>{teamwork});
}

TEST_F(JournalSearchTest, SnippetsMarkTheMatches)
{
    const auto hits = JournalRepository(*db).search(FtsQuery::build(QStringLiteral("travel")), {}, 10);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);
    EXPECT_EQ(hits->first().title, QStringLiteral("Budget review with finance"));
    EXPECT_EQ(hits->first().markedSnippet(QStringLiteral("["), QStringLiteral("]")),
              QStringLiteral("We cut the [travel] budget by a third."));
}

// The snippet of a hit costs the same however large the entry and however many times it
// matches: FTS5's snippet() walks every instance and reads the whole body.
TEST_F(JournalSearchTest, SnippetsOfAHugeEntryCostWhatASmallOneCosts)
{
    QString body;
    for (int line = 0; line < 20000; ++line)
        body += QStringLiteral("Line %1 of the long plan: the budget again.\n").arg(line);
    JournalEntry huge;
    huge.title = QStringLiteral("Yearly plan");
    huge.body = body;
    huge.occurredAt = utc(2026, 8, 1);
    ASSERT_TRUE(JournalRepository(*db).add(huge).ok());

    const auto hits = JournalRepository(*db).search(FtsQuery::build(QStringLiteral("budget plan")), {}, 10);
    ASSERT_TRUE(hits.ok()) << qPrintable(hits.error());
    ASSERT_EQ(hits->size(), 1);
    const FtsSnippet::Stats stats = FtsSnippet::lastStats();
    const int phrases = 2;
    const int window = 14;
    EXPECT_GT(stats.instancesVisited, 0);
    EXPECT_LE(stats.instancesVisited, phrases * (2 * FtsSnippet::MaxInstancesPerPhrase + window));
    EXPECT_GT(stats.bytesTokenized, 0);
    EXPECT_LE(stats.bytesTokenized, FtsSnippet::MaxBytes);
    // Both words marked, in the first window of the body that holds both.
    EXPECT_EQ(hits->first().markedSnippet(QStringLiteral("["), QStringLiteral("]")),
              QStringLiteral("…long [plan]: the [budget] again. Line 1 of the long [plan]: the [budget] again…"));
}

TEST_F(JournalSearchTest, SnippetsMarkWordsAsTheIndexSeesThem)
{
    const auto snippetOf = [&](const QString &text, FtsQuery::Typing typing = FtsQuery::Typing::Finished) {
        const auto hits = JournalRepository(*db).search(FtsQuery::build(text, typing), {}, 10);
        EXPECT_TRUE(hits.ok());
        return hits.ok() && !hits->isEmpty() ? hits->first().markedSnippet(QStringLiteral("["), QStringLiteral("]"))
                                             : QString();
    };
    // Without diacritics the word with them is found and marked as written.
    EXPECT_EQ(snippetOf(QStringLiteral("cafe")), QStringLiteral("Offsite at the [café]"));
    // A prefix marks the whole word.
    EXPECT_EQ(snippetOf(QStringLiteral("temp"), FtsQuery::Typing::InProgress), QStringLiteral("Tests, tents and [temper]."));
    // Two words: the window holds both where one does.
    EXPECT_EQ(snippetOf(QStringLiteral("river vision")),
              QStringLiteral("Near the [river], the team talked about the [vision]."));
    EXPECT_EQ(snippetOf(QStringLiteral("travel budget")), QStringLiteral("We cut the [travel] [budget] by a third."));
}

TEST_F(JournalSearchTest, AMatchBeyondTheBoundGivesTheOpeningWordsUnmarked)
{
    QString body;
    while (body.size() < FtsSnippet::MaxBytes + 1000)
        body += QStringLiteral("Nothing of note happened on this ordinary day. ");
    body += QStringLiteral("Then the zeppelin landed.");
    JournalEntry late;
    late.title = QStringLiteral("Diary");
    late.body = body;
    late.occurredAt = utc(2026, 8, 2);
    ASSERT_TRUE(JournalRepository(*db).add(late).ok());
    const auto hits = JournalRepository(*db).search(FtsQuery::build(QStringLiteral("zeppelin")), {}, 10);
    ASSERT_TRUE(hits.ok());
    ASSERT_EQ(hits->size(), 1);  // found and ranked all the same
    EXPECT_EQ(hits->first().snippet,
              QStringLiteral("Nothing of note happened on this ordinary day. Nothing of note happened on this…"));
    EXPECT_LE(FtsSnippet::lastStats().bytesTokenized, FtsSnippet::MaxBytes);
}

TEST_F(JournalSearchTest, FiltersNarrowTheResults)
{
    JournalFilter byTag;
    byTag.tag = QStringLiteral("FINANCE");  // any letter case
    EXPECT_EQ(find(QStringLiteral("te"), FtsQuery::Typing::InProgress, byTag), QList<qint64>{teamwork});
    JournalFilter byMode;
    byMode.mode = Mode::Lead;
    EXPECT_EQ(find(QStringLiteral("the"), FtsQuery::Typing::Finished, byMode), QList<qint64>{cafe});
    JournalFilter bySkill;
    bySkill.skill = QStringLiteral("organisational-efficiency");
    EXPECT_EQ(find(QStringLiteral("the"), FtsQuery::Typing::Finished, bySkill), QList<qint64>{budget});
    JournalFilter byRating;
    byRating.minRating = 4;
    EXPECT_EQ(find(QStringLiteral("the"), FtsQuery::Typing::Finished, byRating), QList<qint64>{cafe});
    JournalFilter byDate;
    byDate.from = QDate(2026, 4, 1);
    byDate.to = QDate(2026, 5, 31);
    EXPECT_EQ(find(QStringLiteral("the"), FtsQuery::Typing::Finished, byDate), QList<qint64>{cafe});
}

TEST_F(JournalSearchTest, CountsEveryMatchNotJustAPage)
{
    const JournalRepository journal(*db);
    const QString the = FtsQuery::build(QStringLiteral("the"));
    EXPECT_EQ(journal.searchCount(the, {}).value(), 2);  // "the" in the budget and the café entries
    JournalFilter byMode;
    byMode.mode = Mode::Lead;
    EXPECT_EQ(journal.searchCount(the, byMode).value(), 1);
    EXPECT_EQ(journal.searchCount(FtsQuery::build(QStringLiteral("hoverboard")), {}).value(), 0);
    EXPECT_EQ(journal.searchCount(QString(), {}).value(), 0);
    // More matches than one page of search(): the count is of all of them.
    for (int i = 0; i < 30; ++i)
        addEntry(QStringLiteral("Standup %1").arg(i), QStringLiteral("Daily standup."), utc(2026, 7, 1 + i % 28), Mode::Unset, {}, {},
                 std::nullopt);
    const QString standup = FtsQuery::build(QStringLiteral("standup"));
    EXPECT_EQ(journal.search(standup, {}, 10).value().size(), 10);
    EXPECT_EQ(journal.searchCount(standup, {}).value(), 30);
}

TEST_F(JournalSearchTest, EditsAndDeletionsReachTheIndex)
{
    JournalRepository repo(*db);
    auto entry = repo.get(budget);
    ASSERT_TRUE(entry.ok());
    JournalEntry changed = entry.value();
    changed.situation = QStringLiteral("We renegotiated the licence instead.");
    ASSERT_TRUE(repo.update(changed).ok());
    EXPECT_EQ(find(QStringLiteral("travel")), QList<qint64>());
    EXPECT_EQ(find(QStringLiteral("licence")), QList<qint64>{budget});
    ASSERT_TRUE(repo.remove(budget).ok());
    EXPECT_EQ(find(QStringLiteral("licence")), QList<qint64>());
    const auto check = db->scalar(QStringLiteral("PRAGMA integrity_check"));
    EXPECT_EQ(check.value().toString(), QStringLiteral("ok"));
    // FTS5's own check of the index against the content table.
    EXPECT_TRUE(db->run(QStringLiteral("INSERT INTO journal_fts (journal_fts, rank) VALUES ('integrity-check', 1)")).ok());
}

// One ranked query gives every id; pages read by id come out as the same ranked search would.
TEST_F(JournalSearchTest, PagesByRankedIdsEqualOneRankedSearch)
{
    for (int i = 0; i < 120; ++i)
        addEntry(QStringLiteral("Standup %1").arg(i), QStringLiteral("Daily standup%1.").arg(i % 7 == 0 ? QStringLiteral(" standup") : QString()),
                 utc(2026, 7, 1 + i % 28, i % 20), Mode::Unset, {}, {}, std::nullopt);
    JournalRepository journal(*db);
    const QString standup = FtsQuery::build(QStringLiteral("standup"));
    const auto ids = journal.rankedIds(standup, {});
    ASSERT_TRUE(ids.ok()) << qPrintable(ids.error());
    ASSERT_EQ(ids->size(), 120);
    EXPECT_EQ(ids->size(), journal.searchCount(standup, {}).value());
    const auto first = journal.summariesFor(standup, ids->mid(0, 50));
    const auto second = journal.summariesFor(standup, ids->mid(50, 50));
    ASSERT_TRUE(first.ok() && second.ok());
    const auto ranked = journal.search(standup, {}, 100);
    ASSERT_TRUE(ranked.ok());
    QList<qint64> paged, once;
    for (const auto &row : first.value() + second.value())
        paged.append(row.id);
    for (const auto &row : ranked.value())
        once.append(row.id);
    EXPECT_EQ(paged, once);
    EXPECT_EQ(first->first().snippet, ranked->first().snippet);
    // Filters apply to the ranked ids.
    JournalFilter byMode;
    byMode.mode = Mode::Lead;
    EXPECT_EQ(journal.rankedIds(FtsQuery::build(QStringLiteral("the")), byMode).value(), QList<qint64>{cafe});
}

// Entries saved one at a time split the search index into pieces, and a search looks its words up
// in every piece. Merged, the index finds the same entries with the same snippets, and a page of
// results takes fewer of SQLite's steps.
TEST_F(JournalSearchTest, AMergedIndexFindsTheSameForLessWork)
{
    JournalRepository journal(*db);
    // How many pieces there are depends on the count (SQLite merges four into one as they come).
    for (int i = 0; i < 3000 && (i < 200 || journal.searchIndexPieces().value() < JournalRepository::SearchIndexPiecesToMerge); ++i)
        addEntry(QStringLiteral("Standup %1").arg(i), QStringLiteral("Daily standup."), utc(2026, 7, 1 + i % 28),
                 Mode::Unset, {}, {}, std::nullopt);
    const QString standup = FtsQuery::build(QStringLiteral("standup"));
    // A page's rows, and SQLite's steps for it counted by its progress handler (every 1,000).
    auto page = [&](int *thousands) {
        const auto ids = journal.rankedIds(standup, {});
        EXPECT_TRUE(ids.ok());
        db->setInterruptCheck([thousands] {
            ++*thousands;
            return false;
        });
        const auto rows = journal.summariesFor(standup, ids->mid(100, 50));
        db->setInterruptCheck({});
        EXPECT_TRUE(rows.ok());
        QStringList shown;
        for (const JournalSummary &row : rows.value())
            shown.append(QString::number(row.id) + QLatin1Char(' ') + row.snippet);
        return shown;
    };
    const auto split = journal.searchIndexPieces();
    ASSERT_TRUE(split.ok()) << qPrintable(split.error());
    EXPECT_GE(split.value(), JournalRepository::SearchIndexPiecesToMerge);
    int before = 0;
    const QStringList shownBefore = page(&before);
    ASSERT_EQ(shownBefore.size(), 50);

    int steps = 0;
    for (;; ++steps) {
        const auto more = journal.compactSearchIndex(2);
        ASSERT_TRUE(more.ok()) << qPrintable(more.error());
        if (!more.value())
            break;
        ASSERT_LT(steps, 1000) << "the merge does not end";
    }
    EXPECT_GE(steps, 1);
    EXPECT_EQ(journal.searchIndexPieces().value(), 1);
    EXPECT_FALSE(journal.compactSearchIndex(20).value()) << "nothing is left to merge";
    EXPECT_TRUE(db->run(QStringLiteral("INSERT INTO journal_fts (journal_fts, rank) VALUES ('integrity-check', 1)")).ok());

    int after = 0;
    EXPECT_EQ(page(&after), shownBefore);
    EXPECT_LT(after, before);
    EXPECT_EQ(find(QStringLiteral("standup")).size(), 50);
}

// A search made stale stops inside SQLite: the progress handler's check ends the statement.
TEST_F(JournalSearchTest, AStaleSearchIsInterrupted)
{
    for (int i = 0; i < 300; ++i)
        addEntry(QStringLiteral("Standup %1").arg(i), QStringLiteral("Daily standup."), utc(2026, 7, 1 + i % 28), Mode::Unset, {}, {},
                 std::nullopt);
    JournalRepository journal(*db);
    int asked = 0;
    db->setInterruptCheck([&] { return ++asked >= 1; });
    const auto ids = journal.rankedIds(FtsQuery::build(QStringLiteral("standup")), {});
    ASSERT_FALSE(ids.ok());
    EXPECT_EQ(ids.failure().kind, Error::Kind::Interrupted) << qPrintable(ids.failure().message + QStringLiteral(" / ") + ids.failure().details);
    EXPECT_GE(asked, 1);
    db->setInterruptCheck({});
    EXPECT_EQ(journal.rankedIds(FtsQuery::build(QStringLiteral("standup")), {}).value().size(), 300);
}
