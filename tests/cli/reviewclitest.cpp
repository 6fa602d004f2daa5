// Decisions reviewed later through `tandem-cli`: `journal add --expect`, `reviews due`, `due`,
// `journal review` and `journal show`; and `advise --save-to` / `--new-entry`. Run as a user runs
// them, judged by exit status, output and what is stored.
#include "clirunner.h"
#include "qtprinters.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using tandem::test::CliOutput;
using tandem::test::CliRunner;

namespace {

QString day(int daysFromToday)
{
    return QDate::currentDate().addDays(daysFromToday).toString(Qt::ISODate);
}

class ReviewCliTest : public CliRunner
{
protected:
    QJsonObject showEntry(qint64 id)
    {
        const CliOutput r = run({QStringLiteral("journal"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        EXPECT_CLI_EXIT(r, 0);
        return r.json().object();
    }

    QJsonArray reviewsDue(const QStringList &options = {})
    {
        const CliOutput r = run(QStringList{QStringLiteral("reviews"), QStringLiteral("due"), QStringLiteral("--json")} + options);
        EXPECT_CLI_EXIT(r, 0);
        return r.json().array();
    }

    qint64 addEntry(const QStringList &options)
    {
        return runForId(QStringList{QStringLiteral("journal"), QStringLiteral("add")} + options);
    }

    int entryCount()
    {
        const CliOutput r = run({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json")});
        EXPECT_CLI_EXIT(r, 0);
        return static_cast<int>(r.json().array().size());
    }
};

TEST_F(ReviewCliTest, ADecisionFromExpectationToReview)
{
    // Decided forty days ago: the review, four weeks after that day, came due twelve days ago.
    const qint64 entry = addEntry({QStringLiteral("--title"), QStringLiteral("Moved Priya to the platform team"),
                                   QStringLiteral("--at"), day(-40), QStringLiteral("--mode"), QStringLiteral("lead"),
                                   QStringLiteral("--expect"), QStringLiteral("Both teams settle within a month"),
                                   QStringLiteral("--confidence"), QStringLiteral("70")});
    ASSERT_GT(entry, 0);
    const QJsonObject decision = showEntry(entry).value(QLatin1String("decision")).toObject();
    EXPECT_EQ(decision.value(QLatin1String("expectation")).toString(), QStringLiteral("Both teams settle within a month"));
    EXPECT_EQ(decision.value(QLatin1String("confidence")).toInt(-1), 70);
    EXPECT_EQ(decision.value(QLatin1String("review_on")).toString(), day(-12));
    EXPECT_TRUE(decision.value(QLatin1String("review_due")).toBool());
    EXPECT_TRUE(decision.value(QLatin1String("review")).isNull());

    // Not due the day before its date, due from that day on.
    EXPECT_EQ(reviewsDue({QStringLiteral("--by"), day(-13)}).size(), 0);
    const QJsonArray due = reviewsDue();
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due.at(0)[QLatin1String("entry")].toInteger(), entry);
    EXPECT_EQ(due.at(0)[QLatin1String("title")].toString(), QStringLiteral("Moved Priya to the platform team"));
    EXPECT_EQ(due.at(0)[QLatin1String("expectation")].toString(), QStringLiteral("Both teams settle within a month"));
    EXPECT_EQ(due.at(0)[QLatin1String("review_on")].toString(), day(-12));
    const CliOutput plainDue = run({QStringLiteral("reviews"), QStringLiteral("due")});
    EXPECT_CLI_EXIT(plainDue, 0);
    EXPECT_TRUE(plainDue.text().contains(QLatin1String("Moved Priya to the platform team"))) << qPrintable(plainDue.text());
    // With the other due reminders too.
    const CliOutput reminders = run({QStringLiteral("due"), QStringLiteral("--json")});
    EXPECT_CLI_EXIT(reminders, 0);
    ASSERT_EQ(reminders.json().object().value(QLatin1String("reviews")).toArray().size(), 1);
    const CliOutput plainReminders = run({QStringLiteral("due")});
    EXPECT_TRUE(plainReminders.text().contains(QLatin1String("1 decision to review"))) << qPrintable(plainReminders.text());

    const CliOutput reviewed = run({QStringLiteral("journal"), QStringLiteral("review"), QString::number(entry),
                                    QStringLiteral("--outcome"), QStringLiteral("The platform team settled; mine took six weeks"),
                                    QStringLiteral("--mode"), QStringLiteral("manage"), QStringLiteral("--held"),
                                    QStringLiteral("partly")});
    EXPECT_CLI_EXIT(reviewed, 0);

    EXPECT_EQ(reviewsDue().size(), 0);
    EXPECT_EQ(run({QStringLiteral("reviews"), QStringLiteral("due")}).text(), QStringLiteral("No decision is due for review.\n"));
    EXPECT_EQ(run({QStringLiteral("due"), QStringLiteral("--json")}).json().object().value(QLatin1String("reviews")).toArray().size(), 0);
    const QJsonObject after = showEntry(entry).value(QLatin1String("decision")).toObject();
    EXPECT_FALSE(after.value(QLatin1String("review_due")).toBool());
    const QJsonObject review = after.value(QLatin1String("review")).toObject();
    EXPECT_EQ(review.value(QLatin1String("outcome")).toString(), QStringLiteral("The platform team settled; mine took six weeks"));
    EXPECT_EQ(review.value(QLatin1String("mode")).toString(), QStringLiteral("manage"));
    EXPECT_EQ(review.value(QLatin1String("held")).toString(), QStringLiteral("partly"));
    const QDateTime reviewedAt = QDateTime::fromString(review.value(QLatin1String("reviewed_at")).toString(), Qt::ISODate);
    ASSERT_TRUE(reviewedAt.isValid());
    EXPECT_LE(std::abs(reviewedAt.secsTo(QDateTime::currentDateTimeUtc())), 120);
    // The entry's own mode is what was written then; the review says what was done.
    EXPECT_EQ(showEntry(entry).value(QLatin1String("mode")).toString(), QStringLiteral("lead"));

    const CliOutput shown = run({QStringLiteral("journal"), QStringLiteral("show"), QString::number(entry)});
    EXPECT_CLI_EXIT(shown, 0);
    const QString text = shown.text();
    EXPECT_TRUE(text.contains(QLatin1String("I expect: Both teams settle within a month"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QLatin1String("How sure: 70%"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QLatin1String("Review on: ") + day(-12))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QLatin1String("it partly held; what I did: manage"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QLatin1String("What happened: The platform team settled; mine took six weeks"))) << qPrintable(text);
}

TEST_F(ReviewCliTest, DueNamesTheTenLongestWaitingReviewsAndCountsTheRest)
{
    // Twelve decisions whose reviews came due on twelve different days, the oldest first.
    for (int i = 0; i < 12; ++i)
        ASSERT_GT(addEntry({QStringLiteral("--title"), QStringLiteral("Decision %1").arg(i), QStringLiteral("--at"), day(-60 + i),
                            QStringLiteral("--expect"), QStringLiteral("It works out"), QStringLiteral("--review-on"),
                            day(-30 + i)}),
                  0);
    const CliOutput plain = run({QStringLiteral("due")});
    EXPECT_CLI_EXIT(plain, 0);
    const QString text = plain.text();
    EXPECT_TRUE(text.contains(QLatin1String("12 decisions to review:"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QLatin1String("Decision 0\n"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QLatin1String("Decision 9\n"))) << qPrintable(text);
    EXPECT_FALSE(text.contains(QLatin1String("Decision 10"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("…and 2 more: tandem-cli reviews due lists them all."))) << qPrintable(text);
    // JSON and `reviews due` keep every one.
    EXPECT_EQ(run({QStringLiteral("due"), QStringLiteral("--json")}).json().object().value(QLatin1String("reviews")).toArray().size(), 12);
    EXPECT_EQ(reviewsDue().size(), 12);
}

TEST_F(ReviewCliTest, AReviewDateOfTheUsersChoosing)
{
    const qint64 entry = addEntry({QStringLiteral("--title"), QStringLiteral("Said no to the second project"),
                                   QStringLiteral("--expect"), QStringLiteral("The team keeps its pace"),
                                   QStringLiteral("--review-on"), day(10)});
    ASSERT_GT(entry, 0);
    const QJsonObject decision = showEntry(entry).value(QLatin1String("decision")).toObject();
    EXPECT_EQ(decision.value(QLatin1String("review_on")).toString(), day(10));
    EXPECT_TRUE(decision.value(QLatin1String("confidence")).isNull());
    EXPECT_FALSE(decision.value(QLatin1String("review_due")).toBool());
    EXPECT_EQ(reviewsDue().size(), 0);
    EXPECT_EQ(reviewsDue({QStringLiteral("--by"), day(9)}).size(), 0);
    EXPECT_EQ(reviewsDue({QStringLiteral("--by"), day(10)}).size(), 1);
    // An entry without a decision has none in its JSON.
    const qint64 plain = addEntry({QStringLiteral("--title"), QStringLiteral("A quiet day")});
    EXPECT_TRUE(showEntry(plain).value(QLatin1String("decision")).isNull());
    EXPECT_TRUE(showEntry(plain).contains(QLatin1String("decision")));
}

TEST_F(ReviewCliTest, BadDecisionsAreRefusedNamingTheOption)
{
    const QStringList add{QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Hired Alex")};
    const QStringList expect{QStringLiteral("--expect"), QStringLiteral("Alex ramps up by March")};
    expectRefused(add + expect + QStringList{QStringLiteral("--confidence"), QStringLiteral("101")}, QStringLiteral("--confidence"));
    expectRefused(add + expect + QStringList{QStringLiteral("--confidence"), QStringLiteral("-5")}, QStringLiteral("--confidence"));
    expectRefused(add + expect + QStringList{QStringLiteral("--confidence"), QStringLiteral("sure")}, QStringLiteral("--confidence"));
    expectRefused(add + expect + QStringList{QStringLiteral("--review-on"), QStringLiteral("next month")}, QStringLiteral("--review-on"));
    expectRefused(add + expect + QStringList{QStringLiteral("--review-on"), QStringLiteral("2026-02-30")}, QStringLiteral("--review-on"));
    expectRefused(add + expect + QStringList{QStringLiteral("--at"), day(-5), QStringLiteral("--review-on"), day(-6)},
                  QStringLiteral("--review-on"));
    expectRefused(add + QStringList{QStringLiteral("--confidence"), QStringLiteral("50")}, QStringLiteral("--expect"));
    expectRefused(add + QStringList{QStringLiteral("--review-on"), day(10)}, QStringLiteral("--expect"));
    expectRefused(add + QStringList{QStringLiteral("--expect"), QStringLiteral("  ")}, QStringLiteral("--expect"));
    EXPECT_EQ(entryCount(), 0);
}

TEST_F(ReviewCliTest, BadReviewsAreRefusedAndChangeNothing)
{
    const qint64 decided = addEntry({QStringLiteral("--title"), QStringLiteral("Split the stand-up"), QStringLiteral("--at"), day(-30),
                                     QStringLiteral("--expect"), QStringLiteral("Shorter meetings")});
    const qint64 undecided = addEntry({QStringLiteral("--title"), QStringLiteral("Coffee with the new hire")});
    const QJsonObject before = showEntry(decided);
    const QStringList answers{QStringLiteral("--outcome"), QStringLiteral("They got shorter"), QStringLiteral("--mode"),
                              QStringLiteral("manage"), QStringLiteral("--held"), QStringLiteral("yes")};
    const QStringList review{QStringLiteral("journal"), QStringLiteral("review")};

    const CliOutput noDecision = run(review + QStringList{QString::number(undecided)} + answers);
    EXPECT_CLI_EXIT(noDecision, 2);
    EXPECT_TRUE(noDecision.err.contains(QLatin1String("ENTRY"))) << qPrintable(noDecision.err);
    EXPECT_TRUE(noDecision.err.contains(QLatin1String("no decision"))) << qPrintable(noDecision.err);
    EXPECT_TRUE(showEntry(undecided).value(QLatin1String("decision")).isNull());

    expectRefused(review + QStringList{QStringLiteral("99")} + answers, QStringLiteral("ENTRY"));
    expectRefused(review + QStringList{QStringLiteral("first")} + answers, QStringLiteral("entry id"));
    const QString id = QString::number(decided);
    expectRefused(review + QStringList{id, QStringLiteral("--mode"), QStringLiteral("manage"), QStringLiteral("--held"), QStringLiteral("yes")},
                  QStringLiteral("--outcome"));
    expectRefused(review + QStringList{id, QStringLiteral("--outcome"), QStringLiteral("x"), QStringLiteral("--mode"),
                                       QStringLiteral("lurk"), QStringLiteral("--held"), QStringLiteral("yes")},
                  QStringLiteral("--mode"));
    expectRefused(review + QStringList{id, QStringLiteral("--outcome"), QStringLiteral("x"), QStringLiteral("--held"), QStringLiteral("yes")},
                  QStringLiteral("--mode"));
    expectRefused(review + QStringList{id, QStringLiteral("--outcome"), QStringLiteral("x"), QStringLiteral("--mode"),
                                       QStringLiteral("lead"), QStringLiteral("--held"), QStringLiteral("maybe")},
                  QStringLiteral("--held"));
    expectRefused({QStringLiteral("reviews"), QStringLiteral("due"), QStringLiteral("--by"), QStringLiteral("tomorrow")},
                  QStringLiteral("--by"));

    EXPECT_EQ(showEntry(decided), before);
    EXPECT_EQ(reviewsDue().size(), 1);
}

TEST_F(ReviewCliTest, AdviceIsSavedWithAnEntry)
{
    const qint64 entry = addEntry({QStringLiteral("--title"), QStringLiteral("Roadmap or deadlines?")});
    ASSERT_TRUE(showEntry(entry).value(QLatin1String("advice")).isNull());
    const QString answers = QStringLiteral("-3,-2,0,1,-1");

    const CliOutput saved = run({QStringLiteral("advise"), QStringLiteral("--answers"), answers, QStringLiteral("--save-to"),
                                 QString::number(entry)});
    EXPECT_CLI_EXIT(saved, 0);
    EXPECT_TRUE(saved.text().contains(QLatin1String("Lean towards leading"))) << qPrintable(saved.text());
    EXPECT_TRUE(saved.text().contains(QStringLiteral("Saved with journal entry %1.").arg(entry))) << qPrintable(saved.text());
    const QJsonObject shown = showEntry(entry);
    EXPECT_EQ(shown.value(QLatin1String("title")).toString(), QStringLiteral("Roadmap or deadlines?"));
    const QJsonObject advice = shown.value(QLatin1String("advice")).toObject();
    ASSERT_FALSE(advice.isEmpty()) << "the advice was not stored";
    EXPECT_EQ(advice.value(QLatin1String("lean")).toString(), QStringLiteral("lead"));
    EXPECT_EQ(advice.value(QLatin1String("score")).toInt(), -5);

    // A new entry for the advice, its id in the JSON.
    const CliOutput fresh = run({QStringLiteral("advise"), QStringLiteral("--answers"), QStringLiteral("3,3,3,3,3"), QStringLiteral("--json"),
                                 QStringLiteral("--new-entry"), QStringLiteral("Quarter-end close")});
    EXPECT_CLI_EXIT(fresh, 0);
    const qint64 created = fresh.json().object().value(QLatin1String("saved_to")).toInteger();
    ASSERT_GT(created, entry);
    const QJsonObject createdEntry = showEntry(created);
    EXPECT_EQ(createdEntry.value(QLatin1String("title")).toString(), QStringLiteral("Quarter-end close"));
    EXPECT_EQ(createdEntry.value(QLatin1String("advice"))[QLatin1String("lean")].toString(), QStringLiteral("manage"));
    EXPECT_EQ(entryCount(), 2);

    // Refused: an entry that is not there, not an id, bad answers, both ways at once. Nothing changes.
    const QJsonObject before = showEntry(entry);
    const QStringList advise{QStringLiteral("advise"), QStringLiteral("--answers")};
    expectRefused(advise + QStringList{answers, QStringLiteral("--save-to"), QStringLiteral("99")}, QStringLiteral("--save-to"));
    expectRefused(advise + QStringList{answers, QStringLiteral("--save-to"), QStringLiteral("latest")}, QStringLiteral("--save-to"));
    expectRefused(advise + QStringList{QStringLiteral("3,3,3,3,9"), QStringLiteral("--save-to"), QString::number(entry)},
                  QStringLiteral("Answer 5"));
    expectRefused(advise + QStringList{answers, QStringLiteral("--save-to"), QString::number(entry), QStringLiteral("--new-entry"),
                                       QStringLiteral("Both")},
                  QStringLiteral("--new-entry"));
    expectRefused(advise + QStringList{answers, QStringLiteral("--new-entry"), QStringLiteral(" ")}, QStringLiteral("--new-entry"));
    EXPECT_EQ(showEntry(entry), before);
    EXPECT_EQ(entryCount(), 2);
}

} // namespace
