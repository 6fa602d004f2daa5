// Demo data: realistic amounts, only ids the model knows, and the same history every time for
// the same seed and end date.
#include "qtprinters.h"
#include "advisor.h"
#include "database.h"
#include "demogenerator.h"
#include "feedbackrepository.h"
#include "feedbackresponsefile.h"
#include "feedbackservice.h"
#include "skillmodel.h"
#include "tempdatadir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

namespace {

const QDate Until(2026, 11, 30);

struct Generated
{
    std::unique_ptr<Database> db;
    DemoGenerator::Summary summary;
};

Generated generate(const TempDataDir &dir, int years, quint64 seed)
{
    Generated g;
    auto db = Database::open(dir.path());
    EXPECT_TRUE(db.ok()) << qPrintable(db.error());
    if (!db.ok())
        return g;
    g.db = std::move(db).value();
    const auto summary = DemoGenerator(SkillModel::builtin()).generate(*g.db, {years, seed, Until});
    EXPECT_TRUE(summary.ok()) << qPrintable(summary.error());
    if (summary.ok())
        g.summary = summary.value();
    return g;
}

int count(const Database &db, const QString &sql)
{
    const auto n = db.scalar(sql);
    EXPECT_TRUE(n.ok()) << qPrintable(n.error());
    return n.ok() ? n.value().toInt() : -1;
}

QStringList column(const Database &db, const QString &sql)
{
    QStringList values;
    auto q = db.run(sql);
    EXPECT_TRUE(q.ok()) << qPrintable(q.error());
    if (q.ok()) {
        while (q.value().next())
            values << q.value().value(0).toString();
    }
    return values;
}

// Every table's content without row ids (which say nothing about the data), rows identified by
// uuid and ordered by it, so two databases with the same history give the same text.
QString dump(const Database &db)
{
    const QStringList queries = {
            QStringLiteral("SELECT uuid, kind, model_version, started_at, taken_at, note FROM assessments ORDER BY uuid"),
            QStringLiteral("SELECT a.uuid, ans.item_id, ans.value FROM answers ans JOIN assessments a ON a.id = ans.assessment_id"
                           " ORDER BY a.uuid, ans.item_id"),
            QStringLiteral("SELECT uuid, created_at, updated_at, occurred_at, title, situation, mode, outcome, rating, feelings,"
                           " learned, next_time, body, advice_lean, advice FROM journal_entries ORDER BY uuid"),
            QStringLiteral("SELECT e.uuid, l.kind, l.ref_id FROM journal_links l JOIN journal_entries e ON e.id = l.entry_id"
                           " ORDER BY e.uuid, l.kind, l.ref_id"),
            QStringLiteral("SELECT e.uuid, t.name FROM entry_tags et JOIN journal_entries e ON e.id = et.entry_id"
                           " JOIN tags t ON t.id = et.tag_id ORDER BY e.uuid, t.name"),
            QStringLiteral("SELECT name FROM tags ORDER BY name"),
            QStringLiteral("SELECT uuid, created_at, updated_at, target_kind, target_id, title, why, due_on, target_score, status,"
                           " closed_at FROM goals ORDER BY uuid"),
            QStringLiteral("SELECT s.uuid, g.uuid, s.position, s.text, s.due_on, s.tip_id, s.done_at FROM goal_steps s"
                           " JOIN goals g ON g.id = s.goal_id ORDER BY s.uuid"),
            QStringLiteral("SELECT e.uuid, d.expectation, d.confidence, d.review_on, d.reviewed_at, d.review_outcome,"
                           " d.actual_mode, d.held FROM decisions d JOIN journal_entries e ON e.id = d.entry_id"
                           " ORDER BY e.uuid"),
            QStringLiteral("SELECT g.uuid, e.uuid FROM goal_evidence ge JOIN goals g ON g.id = ge.goal_id"
                           " JOIN journal_entries e ON e.id = ge.entry_id ORDER BY g.uuid, e.uuid"),
            QStringLiteral("SELECT key, value FROM settings ORDER BY key"),
    };
    QString text;
    for (const QString &sql : queries) {
        auto q = db.run(sql);
        EXPECT_TRUE(q.ok()) << qPrintable(q.error());
        if (!q.ok())
            continue;
        text += sql + QLatin1Char('\n');
        while (q.value().next()) {
            const int columns = q.value().record().count();
            for (int i = 0; i < columns; ++i) {
                const QVariant v = q.value().value(i);
                text += (v.isNull() ? QStringLiteral("<null>") : v.toString()) + QLatin1Char('\x1f');
            }
            text += QLatin1Char('\n');
        }
    }
    return text;
}

} // namespace

TEST(DemoGeneratorTest, TwoYearsHaveRealisticAmounts)
{
    TempDataDir dir;
    const Generated g = generate(dir, 2, 42);
    ASSERT_TRUE(g.db);
    const Database &db = *g.db;
    const DemoGenerator::Summary &s = g.summary;

    // 104 Mondays, about 90 % of them with a pulse.
    EXPECT_GE(s.pulses, 80);
    EXPECT_LE(s.pulses, 105);
    // One full assessment about every six weeks: 730 / 42 ≈ 17.
    EXPECT_GE(s.fullAssessments, 14);
    EXPECT_LE(s.fullAssessments, 19);
    // About five journal entries a week: 104 weeks → 400..650.
    EXPECT_GE(s.journalEntries, 400);
    EXPECT_LE(s.journalEntries, 650);
    EXPECT_GE(s.goals, 1);

    // The summary tells the truth about what was stored.
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM assessments WHERE kind = 'pulse'")), s.pulses);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM assessments WHERE kind = 'full'")), s.fullAssessments);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM journal_entries")), s.journalEntries);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM goals")), s.goals);

    // Everything lies within the two years that end on the given day (a day's margin either
    // side for the local-time to UTC shift).
    const QString earliest = QDate(2024, 11, 30).toString(Qt::ISODate);
    const QString latest = QDate(2026, 12, 1).toString(Qt::ISODate);
    for (const QString &b : column(db, QStringLiteral("SELECT min(taken_at) FROM assessments UNION ALL SELECT max(taken_at) FROM assessments"
                                                      " UNION ALL SELECT min(occurred_at) FROM journal_entries"
                                                      " UNION ALL SELECT max(occurred_at) FROM journal_entries"))) {
        EXPECT_GE(b, earliest);
        EXPECT_LE(b, latest);
    }
    // Not all in one corner: the history spans most of the two years.
    const QStringList span = column(db, QStringLiteral("SELECT julianday(max(occurred_at)) - julianday(min(occurred_at)) FROM journal_entries"));
    ASSERT_EQ(span.size(), 1);
    EXPECT_GT(span.first().toDouble(), 700.0);
}

TEST(DemoGeneratorTest, AnswersReferToModelItemsAndAreOnTheScale)
{
    TempDataDir dir;
    const Generated g = generate(dir, 2, 42);
    ASSERT_TRUE(g.db);
    const Database &db = *g.db;
    const SkillModel &model = SkillModel::builtin();

    QSet<QString> fullItems;
    for (const Item &item : model.fullAssessmentItems())
        fullItems.insert(item.id);
    QSet<QString> pulseItems;
    for (const PulseItem &item : model.pulseItems)
        pulseItems.insert(item.id);

    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM answers WHERE value NOT BETWEEN 1 AND 5")), 0);
    const QStringList fullAnswered = column(db, QStringLiteral(
            "SELECT DISTINCT ans.item_id FROM answers ans JOIN assessments a ON a.id = ans.assessment_id WHERE a.kind = 'full'"));
    const QStringList pulseAnswered = column(db, QStringLiteral(
            "SELECT DISTINCT ans.item_id FROM answers ans JOIN assessments a ON a.id = ans.assessment_id WHERE a.kind = 'pulse'"));
    for (const QString &id : fullAnswered)
        EXPECT_TRUE(fullItems.contains(id)) << "unknown full-assessment item " << qPrintable(id);
    for (const QString &id : pulseAnswered)
        EXPECT_TRUE(pulseItems.contains(id)) << "unknown pulse item " << qPrintable(id);
    // Every statement is answered in every assessment, so every one can be scored.
    EXPECT_EQ(QSet<QString>(fullAnswered.cbegin(), fullAnswered.cend()), fullItems);
    EXPECT_EQ(QSet<QString>(pulseAnswered.cbegin(), pulseAnswered.cend()), pulseItems);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM answers")),
              g.summary.fullAssessments * fullItems.size() + g.summary.pulses * pulseItems.size());
    // Recorded under the model version they were given with.
    EXPECT_EQ(column(db, QStringLiteral("SELECT DISTINCT model_version FROM assessments")), QStringList{model.version});
}

TEST(DemoGeneratorTest, JournalLinksAndGoalsReferToModelIds)
{
    TempDataDir dir;
    const Generated g = generate(dir, 2, 42);
    ASSERT_TRUE(g.db);
    const Database &db = *g.db;
    const SkillModel &model = SkillModel::builtin();

    const QStringList skills = column(db, QStringLiteral("SELECT DISTINCT ref_id FROM journal_links WHERE kind = 'skill'"));
    const QStringList contrasts = column(db, QStringLiteral("SELECT DISTINCT ref_id FROM journal_links WHERE kind = 'contrast'"));
    const QStringList areas = column(db, QStringLiteral("SELECT DISTINCT ref_id FROM journal_links WHERE kind = 'area'"));
    EXPECT_FALSE(skills.isEmpty());
    EXPECT_FALSE(contrasts.isEmpty());
    EXPECT_FALSE(areas.isEmpty());
    for (const QString &id : skills)
        EXPECT_NE(model.skill(id), nullptr) << "unknown skill " << qPrintable(id);
    for (const QString &id : contrasts)
        EXPECT_NE(model.contrast(id), nullptr) << "unknown contrast " << qPrintable(id);
    for (const QString &id : areas)
        EXPECT_NE(model.sharedArea(id), nullptr) << "unknown shared area " << qPrintable(id);
    for (const QString &id : column(db, QStringLiteral("SELECT target_id FROM goals WHERE target_kind = 'skill'")))
        EXPECT_NE(model.skill(id), nullptr) << "goal for unknown skill " << qPrintable(id);

    // Journal texts are filled in: no template placeholders left, every entry has a title.
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM journal_entries WHERE title = ''")), 0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM journal_entries WHERE title || situation || outcome || body"
                                       " LIKE '%{%}%'")),
              0);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM journal_entries WHERE rating IS NULL")), 0);
    EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM goal_steps")), 0);
}

TEST(DemoGeneratorTest, SameSeedAndEndDateGiveTheSameHistory)
{
    TempDataDir first;
    TempDataDir second;
    const Generated a = generate(first, 2, 7);
    const Generated b = generate(second, 2, 7);
    ASSERT_TRUE(a.db && b.db);
    const QString dumpA = dump(*a.db);
    const QString dumpB = dump(*b.db);
    EXPECT_GT(dumpA.size(), 100000);
    EXPECT_TRUE(dumpA == dumpB) << "two runs with the same seed differ";
}

TEST(DemoGeneratorTest, AnotherSeedGivesAnotherHistory)
{
    TempDataDir first;
    TempDataDir second;
    const Generated a = generate(first, 2, 7);
    const Generated b = generate(second, 2, 8);
    ASSERT_TRUE(a.db && b.db);
    EXPECT_FALSE(dump(*a.db) == dump(*b.db));
}

TEST(DemoGeneratorTest, YearsOutsideOneToFiftyAreRefused)
{
    TempDataDir dir;
    auto db = Database::open(dir.path());
    ASSERT_TRUE(db.ok()) << qPrintable(db.error());
    const DemoGenerator generator(SkillModel::builtin());
    for (int years : {0, -1, DemoGenerator::MaxYears + 1}) {
        const auto result = generator.generate(*db.value(), {years, 1, Until});
        ASSERT_FALSE(result.ok()) << years;
        EXPECT_TRUE(result.error().contains(QLatin1String("1 to 50 years"))) << qPrintable(result.error());
    }
    const auto noEnd = generator.generate(*db.value(), {1, 1, QDate()});
    EXPECT_FALSE(noEnd.ok());
    const auto holds = db.value()->holdsUserData();
    ASSERT_TRUE(holds.ok());
    EXPECT_FALSE(holds.value());
}

TEST(DemoGeneratorTest, DatabasePassesIntegrityCheck)
{
    TempDataDir dir;
    const Generated g = generate(dir, 2, 42);
    ASSERT_TRUE(g.db);
    EXPECT_EQ(column(*g.db, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
    EXPECT_TRUE(column(*g.db, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    const auto fts = g.db->run(QStringLiteral("INSERT INTO journal_fts (journal_fts) VALUES ('integrity-check')"));
    EXPECT_TRUE(fts.ok()) << qPrintable(fts.error());
}

namespace {

// The people's names the demo texts use, from the program's own demo texts.
QStringList demoPeople()
{
    QFile file(QStringLiteral(":/tandem/demo/demo-journal.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    QStringList people;
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("people")).toArray())
        people.append(v.toString());
    return people;
}

} // namespace

TEST(DemoGeneratorTest, TitlesAreVariedAndEachEntryKeepsToOnePerson)
{
    TempDataDir dir;
    const Generated g = generate(dir, 2, 42);
    ASSERT_TRUE(g.db);
    const Database &db = *g.db;
    const int entries = g.summary.journalEntries;
    ASSERT_GT(entries, 400);

    // No title comes back again and again: the commonest is at most 2 % of the entries, and most
    // entries have a title of their own.
    const QStringList top = column(db, QStringLiteral("SELECT count(*) FROM journal_entries GROUP BY title"
                                                      " ORDER BY count(*) DESC LIMIT 1"));
    ASSERT_EQ(top.size(), 1);
    EXPECT_LE(top.first().toInt(), entries * 2 / 100) << "the commonest title";
    EXPECT_GE(count(db, QStringLiteral("SELECT count(DISTINCT title) FROM journal_entries")), entries * 6 / 10);

    // Every text of an entry, its review included, names at most one of the demo's people.
    const QStringList people = demoPeople();
    ASSERT_GT(people.size(), 10);
    QList<QRegularExpression> names;
    for (const QString &person : people)
        names.append(QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(person))));
    const QStringList texts = column(db, QStringLiteral(
            "SELECT e.title || ' ' || e.situation || ' ' || e.outcome || ' ' || e.body || ' '"
            " || coalesce(d.expectation, '') || ' ' || coalesce(d.review_outcome, '')"
            " FROM journal_entries e LEFT JOIN decisions d ON d.entry_id = e.id"));
    int withAPerson = 0;
    for (const QString &text : texts) {
        QStringList named;
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (names.at(i).match(text).hasMatch())
                named.append(people.at(i));
        }
        EXPECT_LE(named.size(), 1) << qPrintable(named.join(QStringLiteral(", "))) << " in: " << qPrintable(text.left(300));
        withAPerson += named.isEmpty() ? 0 : 1;
    }
    EXPECT_GT(withAPerson, entries / 10) << "people appear in the journal at all";
}

TEST(DemoGeneratorTest, TheAdvisorIsAskedSometimesAndDecisionsAreReviewedPlausibly)
{
    // Five years, so that each group of reviews is large enough to show its tendency.
    TempDataDir dir;
    const Generated g = generate(dir, 5, 42);
    ASSERT_TRUE(g.db);
    const Database &db = *g.db;
    const double entries = g.summary.journalEntries;

    const int advised = count(db, QStringLiteral("SELECT count(*) FROM journal_entries WHERE advice IS NOT NULL"));
    EXPECT_GE(advised / entries, 0.15);
    EXPECT_LE(advised / entries, 0.25);
    // The stored lean is the advice's own.
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM journal_entries WHERE (advice IS NULL) <> (advice_lean = '')")),
              0);

    // Most entries with advice record a decision, with an expectation, a confidence and a date.
    const int decisions = count(db, QStringLiteral("SELECT count(*) FROM decisions"));
    const int advisedDecisions = count(db, QStringLiteral(
            "SELECT count(*) FROM decisions d JOIN journal_entries e ON e.id = d.entry_id WHERE e.advice IS NOT NULL"));
    EXPECT_GT(advisedDecisions, advised / 2);
    EXPECT_LT(advisedDecisions, advised);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM decisions WHERE expectation = '' OR confidence IS NULL"
                                       " OR review_on IS NULL")),
              0);
    EXPECT_GT(count(db, QStringLiteral("SELECT count(DISTINCT confidence) FROM decisions")), 4);

    // Past reviews are mostly done, with an outcome, a mode and a verdict; a few are still due
    // around the end of the history, and some lie ahead.
    const QString until = Until.toString(Qt::ISODate);
    const int past = count(db, QStringLiteral("SELECT count(*) FROM decisions WHERE review_on < date('%1', '-10 days')").arg(until));
    const int pastReviewed = count(db, QStringLiteral("SELECT count(*) FROM decisions WHERE review_on < date('%1', '-10 days')"
                                                      " AND reviewed_at IS NOT NULL").arg(until));
    EXPECT_GT(pastReviewed, past * 8 / 10);
    EXPECT_LT(pastReviewed, past) << "a few past reviews are never done, as in life";
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM decisions WHERE reviewed_at IS NULL"
                                       " AND review_on < date('%1', '-90 days')").arg(until)),
              0) << "what is due is recent, not years of forgotten reviews";
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM decisions WHERE reviewed_at IS NOT NULL AND"
                                       " (review_outcome = '' OR actual_mode = '' OR held IS NULL OR substr(reviewed_at, 1, 10) < review_on"
                                       " OR substr(reviewed_at, 1, 10) > '%1')").arg(QDate(Until).addDays(1).toString(Qt::ISODate))),
              0);
    const int dueNow = count(db, QStringLiteral("SELECT count(*) FROM decisions WHERE reviewed_at IS NULL"
                                                " AND review_on BETWEEN date('%1', '-21 days') AND '%1'").arg(until));
    EXPECT_GE(dueNow, 1);
    EXPECT_LE(dueNow, 12);
    EXPECT_GE(count(db, QStringLiteral("SELECT count(*) FROM decisions WHERE review_on > '%1'").arg(until)), 1);
    EXPECT_LT(decisions, entries * 0.25);

    // Every verdict occurs; expectations held more often when the person was surer, and more
    // often when what they did followed the advice (a verdict of "partly" counts half).
    for (const char *held : {"yes", "partly", "no"})
        EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM decisions WHERE held = '%1'").arg(QLatin1String(held))), 3)
                << held;
    auto heldShare = [&](const QString &where) {
        const double all = count(db, QStringLiteral("SELECT count(*) FROM decisions d JOIN journal_entries e ON e.id = d.entry_id"
                                                     " WHERE d.held IS NOT NULL AND %1").arg(where));
        const double yes = count(db, QStringLiteral("SELECT 2 * count(*) FROM decisions d JOIN journal_entries e ON e.id = d.entry_id"
                                                     " WHERE d.held = 'yes' AND %1").arg(where))
                + count(db, QStringLiteral("SELECT count(*) FROM decisions d JOIN journal_entries e ON e.id = d.entry_id"
                                           " WHERE d.held = 'partly' AND %1").arg(where));
        EXPECT_GE(all, 15) << qPrintable(where);
        return all > 0 ? yes / (2 * all) : 0.0;
    };
    EXPECT_GT(heldShare(QStringLiteral("d.confidence >= 70")), heldShare(QStringLiteral("d.confidence <= 50")) + 0.1);
    const QString followed = QStringLiteral("((e.advice_lean = 'lead' AND d.actual_mode = 'lead') OR (e.advice_lean = 'manage'"
                                            " AND d.actual_mode = 'manage') OR (e.advice_lean = 'blend' AND d.actual_mode = 'both'))");
    EXPECT_GT(heldShare(QStringLiteral("e.advice IS NOT NULL AND ") + followed),
              heldShare(QStringLiteral("e.advice IS NOT NULL AND NOT ") + followed));
}

TEST(DemoGeneratorTest, GoalsHaveStepsTipsEvidenceAndSeveralStatuses)
{
    TempDataDir dir;
    const Generated g = generate(dir, 10, 42);
    ASSERT_TRUE(g.db);
    const Database &db = *g.db;
    const SkillModel &model = SkillModel::builtin();

    const QStringList statuses = column(db, QStringLiteral("SELECT status FROM goals GROUP BY status ORDER BY status"));
    EXPECT_EQ(statuses, (QStringList{QStringLiteral("active"), QStringLiteral("done"), QStringLiteral("dropped"),
                                     QStringLiteral("paused")}));
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM goals WHERE status = 'active'")), 1);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM goals WHERE status = 'paused'")), 1);
    EXPECT_GE(count(db, QStringLiteral("SELECT count(*) FROM goals WHERE status = 'done'")), 2);
    // Closed goals say when; open ones do not.
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM goals WHERE (status IN ('done', 'dropped')) <> (closed_at IS NOT NULL)")),
              0);
    // A done goal has every step done; the active one has some still open.
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM goal_steps s JOIN goals g ON g.id = s.goal_id"
                                       " WHERE g.status = 'done' AND s.done_at IS NULL")),
              0);
    EXPECT_GT(count(db, QStringLiteral("SELECT count(*) FROM goal_steps s JOIN goals g ON g.id = s.goal_id"
                                       " WHERE g.status = 'active' AND s.done_at IS NULL")),
              0);

    // Steps with and without dates, some made from the model's tips (real ones).
    const int steps = count(db, QStringLiteral("SELECT count(*) FROM goal_steps"));
    const int dated = count(db, QStringLiteral("SELECT count(*) FROM goal_steps WHERE due_on IS NOT NULL"));
    EXPECT_GT(dated, 0);
    EXPECT_LT(dated, steps);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM goal_steps s JOIN goals g ON g.id = s.goal_id"
                                       " WHERE s.due_on < substr(g.created_at, 1, 10)")),
              0);
    const QStringList tips = column(db, QStringLiteral("SELECT tip_id FROM goal_steps WHERE tip_id <> ''"));
    EXPECT_GE(tips.size(), g.summary.goals / 2);
    Advisor advisor(model);
    for (const QString &tip : tips)
        EXPECT_NE(advisor.tip(tip), nullptr) << qPrintable(tip);

    // Evidence: entries on the goal's skill, written while it ran.
    EXPECT_GE(count(db, QStringLiteral("SELECT count(DISTINCT goal_id) FROM goal_evidence")), g.summary.goals / 2);
    EXPECT_EQ(count(db, QStringLiteral("SELECT count(*) FROM goal_evidence ge JOIN goals g ON g.id = ge.goal_id"
                                       " JOIN journal_entries e ON e.id = ge.entry_id"
                                       " WHERE e.occurred_at < g.created_at OR NOT EXISTS (SELECT 1 FROM journal_links l"
                                       " WHERE l.entry_id = e.id AND l.kind = 'skill' AND l.ref_id = g.target_id)")),
              0);

    // Over ten years, titles still do not repeat dozens of times.
    const QStringList top = column(db, QStringLiteral("SELECT count(*) FROM journal_entries GROUP BY title"
                                                      " ORDER BY count(*) DESC LIMIT 1"));
    ASSERT_EQ(top.size(), 1);
    EXPECT_LE(top.first().toInt(), 24);
}

// Two rounds of colleagues' feedback: the older closed, the newer open, every response sealed as
// the form seals it (so that an export of demo data imports again), and the gap rules find what
// the colleagues were made to see differently.
TEST(DemoGeneratorTest, TwoFeedbackRoundsWithSealedResponsesAndARealGap)
{
    TempDataDir dir;
    const Generated g = generate(dir, 2, 7);
    ASSERT_TRUE(g.db);
    EXPECT_EQ(g.summary.feedbackRounds, 2);
    const FeedbackRepository feedback(*g.db);
    const auto rounds = feedback.list();
    ASSERT_TRUE(rounds.ok());
    ASSERT_EQ(rounds->size(), 2);
    const FeedbackRound &newer = rounds->at(0).round;
    const FeedbackRound &older = rounds->at(1).round;
    EXPECT_FALSE(newer.closedAt.has_value());
    ASSERT_TRUE(older.closedAt.has_value());
    EXPECT_LT(older.createdAt, newer.createdAt);
    EXPECT_LE(newer.createdAt.date(), Until);
    for (const FeedbackRoundSummary &summary : rounds.value()) {
        EXPECT_GE(summary.responses, FeedbackLimits::MinRaters);
        const auto responses = feedback.responses(summary.round.id);
        ASSERT_TRUE(responses.ok());
        for (const FeedbackResponse &r : responses.value()) {
            EXPECT_TRUE(FeedbackResponseFile::check({ summary.round.uuid, summary.round.modelVersion, r }, summary.round,
                                                    QStringLiteral("demo"))
                            .ok());
            EXPECT_LE(r.receivedAt.toLocalTime().date(), Until);
            EXPECT_GE(r.receivedAt, summary.round.createdAt);
        }
    }
    const auto results = FeedbackService(*g.db, SkillModel::builtin())
                             .results(older.id, QDateTime(Until, QTime(18, 0)));
    ASSERT_TRUE(results.ok()) << qPrintable(results.error());
    EXPECT_TRUE(results->selfAssessmentId.has_value());
    int blind = 0;
    int hidden = 0;
    for (const ScoreGap &gap : results->results.skills) {
        blind += gap.verdict == GapVerdict::BlindSpot ? 1 : 0;
        hidden += gap.verdict == GapVerdict::HiddenStrength ? 1 : 0;
    }
    EXPECT_GE(blind, 1);
    EXPECT_GE(hidden, 1);
}
