// Export and import in Tandem's JSON format: everything a user owns comes back exactly, the same
// file imported twice adds nothing, a newer version wins, and hostile or conflicting files are
// refused with a message while the store stays as it was.
#include "database.h"
#include "demogenerator.h"
#include "exchangerepository.h"
#include "importer.h"
#include "journalrepository.h"
#include "recordlimits.h"
#include "skillmodel.h"
#include "sqltime.h"
#include "tandemjson.h"
#include "tempdatadir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

// Readable QStrings in failure messages.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.left(200).toStdString() << (s.size() > 200 ? "…" : "") << '"';
}

namespace {

QDateTime utc(int y, int m, int d, int h = 9, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

QUuid uuid(const char *text)
{
    return QUuid::fromString(QLatin1String(text));
}

std::unique_ptr<Database> openStore(const QString &dir)
{
    auto db = Database::open(dir);
    EXPECT_TRUE(db.ok()) << qPrintable(db.error());
    return db.ok() ? std::move(db).value() : nullptr;
}

ExchangeData readAll(const Database &db)
{
    auto data = ExchangeRepository(db).readAll();
    EXPECT_TRUE(data.ok()) << qPrintable(data.error());
    return data.ok() ? data.value() : ExchangeData();
}

// The whole store as bytes, to tell whether anything changed.
QByteArray dump(const Database &db)
{
    return TandemJson::write(readAll(db));
}

ImportReport importInto(const Database &db, const ExchangeData &data, bool dryRun = false)
{
    auto report = Importer(db).run(data, dryRun);
    EXPECT_TRUE(report.ok()) << qPrintable(report.error());
    return report.ok() ? report.value() : ImportReport();
}

// A long text of many lines, with letters from several scripts.
QString megabyteBody()
{
    QString body;
    const QString line = QStringLiteral("Zeile %1: Übung macht den Meister — 練習 😀 مرحبا\n");
    for (int i = 0; body.size() < 1024 * 1024; ++i)
        body += line.arg(i);
    return body;
}

Advice sampleAdvice()
{
    Advice advice;
    advice.modelVersion = SkillModel::builtin().version;
    for (const AdvisorQuestion &q : SkillModel::builtin().advisorQuestions)
        advice.questionIds.append(q.id);
    advice.answers = { -3, -2, 0, 1, -1 };
    advice.score = -5;
    advice.lean = Lean::Lead;
    advice.drivers = { { QStringLiteral("vision-execution"), Role::Lead, -3 },
                       { QStringLiteral("inspiration-supervision"), Role::Lead, -2 } };
    advice.skillIds = { QStringLiteral("visionary-thinking"), QStringLiteral("emotional-intelligence") };
    advice.tipIds = { QStringLiteral("vision-execution.lead.tip1"), QStringLiteral("visionary-thinking.tip1") };
    return advice;
}

// Records that use every field, in the order readAll gives them (tags by name ignoring ASCII
// case, links by id, entries by time).
ExchangeData handmade(bool megabyte = true)
{
    ExchangeData data;

    ExchangeAssessment full;
    full.assessment.uuid = uuid("0b5e7c1a-1111-4a1a-9a1a-000000000001");
    full.assessment.kind = AssessmentKind::Full;
    full.assessment.modelVersion = QStringLiteral("2026.1");
    full.assessment.takenAt = utc(2025, 3, 1, 10, 15, 30);
    full.assessment.startedAt = utc(2025, 3, 1, 10, 2, 5);
    int i = 0;
    for (const Item &item : SkillModel::builtin().fullAssessmentItems())
        full.assessment.answers.insert(item.id, i++ % 5 + 1);
    data.assessments.append(full);

    ExchangeAssessment pulse;
    pulse.assessment.uuid = uuid("0b5e7c1a-1111-4a1a-9a1a-000000000002");
    pulse.assessment.kind = AssessmentKind::Pulse;
    pulse.assessment.modelVersion = QStringLiteral("2025.9"); // an older model
    pulse.assessment.takenAt = utc(2025, 3, 8, 17);
    pulse.assessment.note = QStringLiteral("Après le café ☕, שבוע עמוס");
    pulse.assessment.answers
        = { { QStringLiteral("pulse.visionary-thinking"), 2 }, { QStringLiteral("pulse.retired-item"), 5 } };
    data.assessments.append(pulse);

    JournalEntry rich;
    rich.uuid = uuid("0b5e7c1a-2222-4a1a-9a1a-000000000001");
    rich.occurredAt = utc(2025, 3, 2, 14, 30);
    rich.createdAt = utc(2025, 3, 2, 18);
    rich.updatedAt = utc(2025, 3, 4, 7, 45, 12);
    rich.title = QStringLiteral("Kick-off 🚀 مرحبا بالعالم – שלום");
    rich.situation = QStringLiteral("Tabs\tand\u0001control\u001fcharacters\r\nand a \"quote\" and \\ backslash");
    rich.mode = Mode::Both;
    rich.outcome = QStringLiteral("It went well 👍🏽");
    rich.rating = 4;
    rich.feelings = QStringLiteral("Nervös") + QChar(0) + QStringLiteral("dann erleichtert");
    rich.learned = QStringLiteral("Ask first.\n\n- one\n- two");
    rich.nextTime = QStringLiteral("Start with why.");
    rich.body = megabyte ? megabyteBody() : QStringLiteral("A short body with *Markdown*.");
    rich.tags = { QStringLiteral("work"), QStringLiteral("Zeta"), QStringLiteral("Ünïcode 標籤") };
    rich.skills = { QStringLiteral("communication-clarity"), QStringLiteral("visionary-thinking") };
    rich.contrasts = { QStringLiteral("risk") };
    rich.areas = { QStringLiteral("decisions"), QStringLiteral("goals") };
    rich.advice = sampleAdvice();
    // A decision looked back on.
    Decision reviewed;
    reviewed.expectation = QStringLiteral("The team will own the plan — in two weeks 📅");
    reviewed.confidence = 80;
    reviewed.reviewOn = QDate(2025, 3, 30);
    reviewed.review = DecisionReview { utc(2025, 3, 31, 16, 20, 5), QStringLiteral("Mostly: two of three owned it."),
                                       Mode::Lead, Held::Partly };
    rich.decision = reviewed;
    data.journalEntries.append(rich);

    JournalEntry plain;
    plain.uuid = uuid("0b5e7c1a-2222-4a1a-9a1a-000000000002");
    plain.occurredAt = utc(2025, 3, 5, 8);
    plain.createdAt = plain.occurredAt;
    plain.updatedAt = plain.occurredAt;
    plain.title = QStringLiteral("Only a title");
    data.journalEntries.append(plain);

    // A decision still open, with no confidence given and an empty expectation.
    JournalEntry open;
    open.uuid = uuid("0b5e7c1a-2222-4a1a-9a1a-000000000003");
    open.occurredAt = utc(2025, 3, 6, 11);
    open.createdAt = open.occurredAt;
    open.updatedAt = utc(2025, 3, 6, 12);
    open.title = QStringLiteral("Chose the vendor");
    open.decision = Decision { QString(), std::nullopt, QDate(2025, 4, 3), std::nullopt };
    data.journalEntries.append(open);

    ExchangeGoal goal;
    goal.goal.uuid = uuid("0b5e7c1a-3333-4a1a-9a1a-000000000001");
    goal.goal.createdAt = utc(2025, 2, 1);
    goal.goal.updatedAt = utc(2025, 3, 6, 12);
    goal.goal.targetKind = GoalTarget::LeadPole;
    goal.goal.targetId = QStringLiteral("vision-execution");
    goal.goal.title = QStringLiteral("Paint the picture 🎨");
    goal.goal.why = QStringLiteral("So the team knows where we go.");
    goal.goal.dueOn = QDate(2025, 6, 30);
    goal.goal.targetScore = 70;
    goal.goal.status = GoalStatus::Done;
    goal.goal.closedAt = utc(2025, 3, 6, 12);
    goal.goal.steps
        = { {uuid("0b5e7c1a-4444-4a1a-9a1a-000000000001"), QStringLiteral("Write one page"), QDate(2025, 2, 14),
             QStringLiteral("vision-execution.lead.tip1"), utc(2025, 2, 10)},
            {uuid("0b5e7c1a-4444-4a1a-9a1a-000000000002"), QStringLiteral("Share it"), {}, {}, QDateTime()} };
    goal.evidenceEntries = { rich.uuid, plain.uuid };
    data.goals.append(goal);

    ExchangeGoal bare;
    bare.goal.uuid = uuid("0b5e7c1a-3333-4a1a-9a1a-000000000002");
    bare.goal.createdAt = utc(2025, 3, 7);
    bare.goal.updatedAt = bare.goal.createdAt;
    bare.goal.targetKind = GoalTarget::Skill;
    bare.goal.targetId = QStringLiteral("emotional-intelligence");
    bare.goal.title = QStringLiteral("Listen more");
    data.goals.append(bare);

    ExchangeGoal paused;
    paused.goal.uuid = uuid("0b5e7c1a-3333-4a1a-9a1a-000000000003");
    paused.goal.createdAt = utc(2025, 3, 8);
    paused.goal.updatedAt = utc(2025, 3, 9);
    paused.goal.targetKind = GoalTarget::ManagePole;
    paused.goal.targetId = QStringLiteral("risk");
    paused.goal.title = QStringLiteral("Contain risks early");
    paused.goal.targetScore = 60;
    paused.goal.status = GoalStatus::Paused;
    paused.goal.steps = { {uuid("0b5e7c1a-4444-4a1a-9a1a-000000000003"), QStringLiteral("List the top three risks"),
                           QDate(2025, 3, 20), {}, QDateTime()},
                          {uuid("0b5e7c1a-4444-4a1a-9a1a-000000000004"), QStringLiteral("Try a pre-mortem"), {},
                           QStringLiteral("risk.manage.tip2"), QDateTime()} };
    paused.evidenceEntries = { open.uuid };
    data.goals.append(paused);

    ExchangeGoal dropped;
    dropped.goal.uuid = uuid("0b5e7c1a-3333-4a1a-9a1a-000000000004");
    dropped.goal.createdAt = utc(2025, 3, 9);
    dropped.goal.updatedAt = utc(2025, 3, 10);
    dropped.goal.targetKind = GoalTarget::Skill;
    dropped.goal.targetId = QStringLiteral("organisational-efficiency");
    dropped.goal.title = QStringLiteral("Shorter meetings");
    dropped.goal.status = GoalStatus::Dropped;
    dropped.goal.closedAt = utc(2025, 3, 10);
    data.goals.append(dropped);

    data.settings = { { QStringLiteral("cadence.pulse_weekday"), QStringLiteral("3") },
                      { QStringLiteral("custom.ünicode"), QStringLiteral("värde ✓") } };
    return data;
}

void expectSameTime(const QDateTime &a, const QDateTime &b, const char *what)
{
    EXPECT_EQ(a.isValid(), b.isValid()) << what;
    if (a.isValid() && b.isValid()) {
        EXPECT_EQ(toSqlTime(a), toSqlTime(b)) << what;
    }
}

void expectSame(const ExchangeData &got, const ExchangeData &want)
{
    ASSERT_EQ(got.assessments.size(), want.assessments.size());
    for (qsizetype i = 0; i < want.assessments.size(); ++i) {
        const ExchangeAssessment &a = got.assessments.at(i);
        const ExchangeAssessment &b = want.assessments.at(i);
        EXPECT_EQ(a.assessment.uuid, b.assessment.uuid);
        EXPECT_EQ(a.assessment.kind, b.assessment.kind);
        EXPECT_EQ(a.assessment.modelVersion, b.assessment.modelVersion);
        expectSameTime(a.assessment.takenAt, b.assessment.takenAt, "taken_at");
        expectSameTime(a.assessment.startedAt, b.assessment.startedAt, "started_at");
        EXPECT_EQ(a.assessment.note, b.assessment.note);
        EXPECT_EQ(a.assessment.answers, b.assessment.answers);
    }
    ASSERT_EQ(got.journalEntries.size(), want.journalEntries.size());
    for (qsizetype i = 0; i < want.journalEntries.size(); ++i) {
        const JournalEntry &a = got.journalEntries.at(i);
        const JournalEntry &b = want.journalEntries.at(i);
        EXPECT_EQ(a.uuid, b.uuid);
        expectSameTime(a.occurredAt, b.occurredAt, "occurred_at");
        expectSameTime(a.createdAt, b.createdAt, "created_at");
        expectSameTime(a.updatedAt, b.updatedAt, "updated_at");
        EXPECT_EQ(a.title, b.title);
        EXPECT_EQ(a.situation, b.situation);
        EXPECT_EQ(a.mode, b.mode);
        EXPECT_EQ(a.outcome, b.outcome);
        EXPECT_EQ(a.rating, b.rating);
        EXPECT_EQ(a.feelings, b.feelings);
        EXPECT_EQ(a.learned, b.learned);
        EXPECT_EQ(a.nextTime, b.nextTime);
        EXPECT_TRUE(a.body == b.body) << "body of entry " << i << " differs (" << a.body.size() << " vs "
                                      << b.body.size() << " characters)";
        EXPECT_EQ(a.tags, b.tags);
        EXPECT_EQ(a.skills, b.skills);
        EXPECT_EQ(a.contrasts, b.contrasts);
        EXPECT_EQ(a.areas, b.areas);
        EXPECT_TRUE(a.advice == b.advice) << "advice of entry " << i;
        ASSERT_EQ(a.decision.has_value(), b.decision.has_value()) << "decision of entry " << i;
        if (a.decision) {
            EXPECT_EQ(a.decision->expectation, b.decision->expectation);
            EXPECT_EQ(a.decision->confidence, b.decision->confidence);
            EXPECT_EQ(a.decision->reviewOn, b.decision->reviewOn);
            ASSERT_EQ(a.decision->review.has_value(), b.decision->review.has_value()) << "review of entry " << i;
            if (a.decision->review) {
                expectSameTime(a.decision->review->reviewedAt, b.decision->review->reviewedAt, "reviewed_at");
                EXPECT_EQ(a.decision->review->outcome, b.decision->review->outcome);
                EXPECT_EQ(a.decision->review->actualMode, b.decision->review->actualMode);
                EXPECT_EQ(a.decision->review->held, b.decision->review->held);
            }
        }
    }
    ASSERT_EQ(got.goals.size(), want.goals.size());
    for (qsizetype i = 0; i < want.goals.size(); ++i) {
        const Goal &a = got.goals.at(i).goal;
        const Goal &b = want.goals.at(i).goal;
        EXPECT_EQ(a.uuid, b.uuid);
        expectSameTime(a.createdAt, b.createdAt, "goal created_at");
        expectSameTime(a.updatedAt, b.updatedAt, "goal updated_at");
        EXPECT_EQ(a.targetKind, b.targetKind);
        EXPECT_EQ(a.targetId, b.targetId);
        EXPECT_EQ(a.title, b.title);
        EXPECT_EQ(a.why, b.why);
        EXPECT_EQ(a.dueOn, b.dueOn);
        EXPECT_EQ(a.targetScore, b.targetScore);
        EXPECT_EQ(a.status, b.status);
        expectSameTime(a.closedAt, b.closedAt, "closed_at");
        ASSERT_EQ(a.steps.size(), b.steps.size());
        for (qsizetype s = 0; s < b.steps.size(); ++s) {
            EXPECT_EQ(a.steps.at(s).uuid, b.steps.at(s).uuid);
            EXPECT_EQ(a.steps.at(s).text, b.steps.at(s).text);
            EXPECT_EQ(a.steps.at(s).dueOn, b.steps.at(s).dueOn);
            EXPECT_EQ(a.steps.at(s).tipId, b.steps.at(s).tipId);
            expectSameTime(a.steps.at(s).doneAt, b.steps.at(s).doneAt, "done_at");
        }
        EXPECT_EQ(got.goals.at(i).evidenceEntries, want.goals.at(i).evidenceEntries);
    }
    EXPECT_EQ(got.settings, want.settings);
}

class ExchangeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = openStore(dir.path());
        ASSERT_TRUE(db);
    }

    TempDataDir dir;
    std::unique_ptr<Database> db;
};

TEST_F(ExchangeTest, AStoreGivesBackEveryFieldItWasGiven)
{
    const ExchangeData data = handmade();
    importInto(*db, data);
    expectSame(readAll(*db), data);
}

TEST_F(ExchangeTest, TheJsonFileKeepsEveryField)
{
    const ExchangeData data = handmade();
    const QByteArray bytes = TandemJson::write(data);
    auto read = TandemJson::read(bytes);
    ASSERT_TRUE(read.ok()) << qPrintable(read.error());
    expectSame(read.value(), data);

    // What a user (or another program) reading the file sees.
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    EXPECT_EQ(root.value(QLatin1String("format")).toString(), QStringLiteral("tandem-export"));
    EXPECT_EQ(root.value(QLatin1String("format_version")).toInt(), TandemJson::FormatVersion);
    EXPECT_EQ(root.value(QLatin1String("data_format")).toInt(), Database::latestSchemaVersion());
    const QJsonObject entry = root.value(QLatin1String("journal_entries")).toArray().at(1).toObject();
    EXPECT_EQ(entry.value(QLatin1String("uuid")).toString(), QStringLiteral("0b5e7c1a-2222-4a1a-9a1a-000000000002"));
    EXPECT_EQ(entry.value(QLatin1String("occurred_at")).toString(), QStringLiteral("2025-03-05T08:00:00Z"));
    EXPECT_TRUE(entry.value(QLatin1String("rating")).isNull());
    EXPECT_TRUE(entry.value(QLatin1String("mode")).isNull());
    EXPECT_TRUE(entry.value(QLatin1String("advice")).isNull());
    EXPECT_TRUE(bytes.endsWith("}\n"));
    EXPECT_FALSE(bytes.contains('\r')) << "line ends are LF only (a CR in a text is escaped)";
    EXPECT_TRUE(bytes.contains("Kick-off 🚀")) << "UTF-8 text is written as it is, not escaped";
}

TEST_F(ExchangeTest, TheJsonFileHoldsDecisionsReviewsPausedGoalsAndStepDetails)
{
    const QJsonObject root = QJsonDocument::fromJson(TandemJson::write(handmade(false))).object();
    const QJsonArray entries = root.value(QLatin1String("journal_entries")).toArray();
    ASSERT_EQ(entries.size(), 3);
    const QJsonObject reviewed = entries.at(0).toObject().value(QLatin1String("decision")).toObject();
    EXPECT_EQ(reviewed.value(QLatin1String("confidence")).toInt(), 80);
    EXPECT_EQ(reviewed.value(QLatin1String("review_on")).toString(), QStringLiteral("2025-03-30"));
    const QJsonObject review = reviewed.value(QLatin1String("review")).toObject();
    EXPECT_EQ(review.value(QLatin1String("reviewed_at")).toString(), QStringLiteral("2025-03-31T16:20:05Z"));
    EXPECT_EQ(review.value(QLatin1String("actual_mode")).toString(), QStringLiteral("lead"));
    EXPECT_EQ(review.value(QLatin1String("held")).toString(), QStringLiteral("partly"));
    EXPECT_TRUE(entries.at(1).toObject().value(QLatin1String("decision")).isNull());
    const QJsonObject open = entries.at(2).toObject().value(QLatin1String("decision")).toObject();
    EXPECT_TRUE(open.value(QLatin1String("confidence")).isNull());
    EXPECT_TRUE(open.value(QLatin1String("review")).isNull());
    EXPECT_EQ(open.value(QLatin1String("review_on")).toString(), QStringLiteral("2025-04-03"));

    const QJsonArray goals = root.value(QLatin1String("goals")).toArray();
    ASSERT_EQ(goals.size(), 4);
    QStringList statuses;
    for (const QJsonValue &goal : goals)
        statuses.append(goal.toObject().value(QLatin1String("status")).toString());
    EXPECT_EQ(statuses, (QStringList { QStringLiteral("done"), QStringLiteral("active"), QStringLiteral("paused"),
                                       QStringLiteral("dropped") }));
    const QJsonArray steps = goals.at(0).toObject().value(QLatin1String("steps")).toArray();
    EXPECT_EQ(steps.at(0).toObject().value(QLatin1String("due_on")).toString(), QStringLiteral("2025-02-14"));
    EXPECT_EQ(steps.at(0).toObject().value(QLatin1String("tip_id")).toString(),
              QStringLiteral("vision-execution.lead.tip1"));
    EXPECT_TRUE(steps.at(1).toObject().value(QLatin1String("due_on")).isNull());
    EXPECT_TRUE(steps.at(1).toObject().value(QLatin1String("tip_id")).isNull());
}

TEST_F(ExchangeTest, AFileOfFormatVersionOneStillReads)
{
    // What Tandem wrote before decisions, paused goals and step details existed.
    QJsonObject root = QJsonDocument::fromJson(TandemJson::write(handmade(false))).object();
    root.insert(QStringLiteral("format_version"), 1);
    root.remove(QStringLiteral("feedback_rounds")); // since version 3
    QJsonArray entries = root.value(QLatin1String("journal_entries")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QJsonObject e = entries.at(i).toObject();
        e.remove(QStringLiteral("decision"));
        entries.replace(i, e);
    }
    root.insert(QStringLiteral("journal_entries"), entries);
    QJsonArray goals;
    for (const QJsonValue &value : root.value(QLatin1String("goals")).toArray()) {
        QJsonObject g = value.toObject();
        if (g.value(QLatin1String("status")).toString() == QLatin1String("paused"))
            continue;
        QJsonArray steps;
        for (const QJsonValue &step : g.value(QLatin1String("steps")).toArray()) {
            QJsonObject s = step.toObject();
            s.remove(QStringLiteral("due_on"));
            s.remove(QStringLiteral("tip_id"));
            steps.append(s);
        }
        g.insert(QStringLiteral("steps"), steps);
        goals.append(g);
    }
    root.insert(QStringLiteral("goals"), goals);
    auto read = TandemJson::read(QJsonDocument(root).toJson());
    ASSERT_TRUE(read.ok()) << qPrintable(read.error());
    EXPECT_EQ(read.value().journalEntries.size(), 3);
    EXPECT_FALSE(read.value().journalEntries.at(0).decision.has_value());
    ASSERT_EQ(read.value().goals.size(), 3);
    EXPECT_FALSE(read.value().goals.at(0).goal.steps.at(0).dueOn.isValid());
    importInto(*db, read.value());
    EXPECT_EQ(readAll(*db).goals.size(), 3);

    // What version 1 did not have is unknown in a version 1 file.
    QJsonObject paused = root;
    QJsonObject active = goals.at(1).toObject();
    active.insert(QStringLiteral("status"), QStringLiteral("paused"));
    QJsonArray pausedGoals = goals;
    pausedGoals.replace(1, active);
    paused.insert(QStringLiteral("goals"), pausedGoals);
    auto refused = TandemJson::read(QJsonDocument(paused).toJson());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("\"status\""))) << qPrintable(refused.error());
    QJsonObject decided = root;
    QJsonObject plain = entries.at(1).toObject();
    plain.insert(QStringLiteral("decision"), QJsonValue::Null);
    QJsonArray decidedEntries = entries;
    decidedEntries.replace(1, plain);
    decided.insert(QStringLiteral("journal_entries"), decidedEntries);
    refused = TandemJson::read(QJsonDocument(decided).toJson());
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("a field Tandem does not know: \"decision\"")))
        << qPrintable(refused.error());
}

TEST_F(ExchangeTest, AChangedDecisionReviewOrStepIsAChange)
{
    importInto(*db, handmade(false));
    ExchangeData newer = handmade(false);
    // Only the review's verdict, the open decision's confidence and one step's tip differ.
    newer.journalEntries[0].decision->review->held = Held::No;
    newer.journalEntries[0].updatedAt = utc(2025, 4, 1);
    newer.journalEntries[2].decision->confidence = 55;
    newer.journalEntries[2].updatedAt = utc(2025, 4, 1);
    newer.goals[2].goal.steps[0].tipId = QStringLiteral("risk.manage.tip1");
    newer.goals[2].goal.steps[1].dueOn = QDate(2025, 4, 30);
    newer.goals[2].goal.updatedAt = utc(2025, 4, 1);
    const ImportReport report = importInto(*db, newer);
    EXPECT_EQ(report.journalEntries.updated, 2);
    EXPECT_EQ(report.journalEntries.unchanged, 1);
    EXPECT_EQ(report.goals.updated, 1);
    EXPECT_EQ(report.goals.unchanged, 3);
    expectSame(readAll(*db), newer);

    // A review added to the open decision is a change too.
    ExchangeData reviewed = newer;
    reviewed.journalEntries[2].decision->review
        = DecisionReview { utc(2025, 4, 4, 9), QStringLiteral("The vendor delivered."), Mode::Manage, Held::Yes };
    reviewed.journalEntries[2].updatedAt = utc(2025, 4, 4, 9);
    EXPECT_EQ(importInto(*db, reviewed).journalEntries.updated, 1);
    expectSame(readAll(*db), reviewed);
    EXPECT_EQ(importInto(*db, reviewed).changes(), 0);
}

TEST_F(ExchangeTest, ExportImportExportGivesTheSameBytes)
{
    const auto summary = DemoGenerator(SkillModel::builtin()).generate(*db, { 2, 7, QDate(2025, 12, 31) });
    ASSERT_TRUE(summary.ok()) << qPrintable(summary.error());
    const ExchangeData extra = handmade();
    importInto(*db, extra);
    const QByteArray first = dump(*db);
    EXPECT_EQ(first, dump(*db)) << "the same store gives the same file every time";

    TempDataDir otherDir;
    auto other = openStore(otherDir.path());
    ASSERT_TRUE(other);
    auto read = TandemJson::read(first);
    ASSERT_TRUE(read.ok()) << qPrintable(read.error());
    const ImportReport report = importInto(*other, read.value());
    EXPECT_EQ(report.journalEntries.added, summary.value().journalEntries + extra.journalEntries.size());
    EXPECT_EQ(report.assessments.added,
              summary.value().fullAssessments + summary.value().pulses + extra.assessments.size());
    EXPECT_EQ(report.goals.added, summary.value().goals + extra.goals.size());

    const QByteArray second = dump(*other);
    EXPECT_EQ(first.size(), second.size());
    EXPECT_TRUE(first == second) << "export → import → export changed the file";
}

TEST_F(ExchangeTest, ImportingTheSameFileTwiceAddsNothing)
{
    const auto summary = DemoGenerator(SkillModel::builtin()).generate(*db, { 1, 3, QDate(2025, 12, 31) });
    ASSERT_TRUE(summary.ok()) << qPrintable(summary.error());
    auto file = TandemJson::read(dump(*db));
    ASSERT_TRUE(file.ok()) << qPrintable(file.error());

    TempDataDir otherDir;
    auto other = openStore(otherDir.path());
    ASSERT_TRUE(other);
    const ImportReport first = importInto(*other, file.value());
    EXPECT_EQ(first.journalEntries.added, summary.value().journalEntries);
    const QByteArray afterFirst = dump(*other);

    const ImportReport second = importInto(*other, file.value());
    EXPECT_EQ(second.changes(), 0);
    EXPECT_EQ(second.journalEntries.unchanged, summary.value().journalEntries);
    EXPECT_EQ(second.assessments.unchanged, summary.value().fullAssessments + summary.value().pulses);
    EXPECT_EQ(second.goals.unchanged, summary.value().goals);
    EXPECT_TRUE(second.notes.isEmpty()) << qPrintable(second.notes.join(QLatin1Char('\n')));
    EXPECT_TRUE(dump(*other) == afterFirst);
}

TEST_F(ExchangeTest, ADryRunReportsWhatTheImportDoesAndChangesNothing)
{
    const ExchangeData data = handmade();
    const ImportReport dry = importInto(*db, data, true);
    EXPECT_TRUE(dry.dryRun);
    EXPECT_EQ(dry.summary(), QStringLiteral("Would add 2 assessments, 3 journal entries, 4 goals and 2 settings."));
    const auto counts = db->recordCounts();
    ASSERT_TRUE(counts.ok());
    EXPECT_EQ(counts.value().assessments + counts.value().journalEntries + counts.value().goals, 0);
    EXPECT_TRUE(readAll(*db).settings.isEmpty());

    const ImportReport real = importInto(*db, data);
    EXPECT_FALSE(real.dryRun);
    for (auto [a, b] :
         { std::pair { dry.assessments, real.assessments }, std::pair { dry.journalEntries, real.journalEntries },
           std::pair { dry.goals, real.goals }, std::pair { dry.settings, real.settings } }) {
        EXPECT_EQ(a.added, b.added);
        EXPECT_EQ(a.updated, b.updated);
        EXPECT_EQ(a.unchanged, b.unchanged);
        EXPECT_EQ(a.skipped, b.skipped);
    }
    EXPECT_EQ(real.summary(), QStringLiteral("Added 2 assessments, 3 journal entries, 4 goals and 2 settings."));
    EXPECT_EQ(real.changes(), 11);

    // A dry run over data that is partly there: exact counts, still nothing written.
    ExchangeData more = handmade();
    more.journalEntries[1].title = QStringLiteral("Changed later");
    more.journalEntries[1].updatedAt = utc(2025, 4, 1);
    JournalEntry fresh;
    fresh.uuid = QUuid::createUuid();
    fresh.occurredAt = utc(2025, 4, 2);
    fresh.title = QStringLiteral("New one");
    more.journalEntries.append(fresh);
    const QByteArray before = dump(*db);
    const ImportReport partly = importInto(*db, more, true);
    EXPECT_EQ(partly.journalEntries.added, 1);
    EXPECT_EQ(partly.journalEntries.updated, 1);
    EXPECT_EQ(partly.journalEntries.unchanged, 2);
    EXPECT_EQ(partly.summary(),
              QStringLiteral("Would add 1 journal entry; would update 1 journal entry; "
                             "2 assessments, 2 journal entries, 4 goals and 2 settings are already there."));
    EXPECT_TRUE(dump(*db) == before);
}

TEST_F(ExchangeTest, ANewerEntryOrGoalReplacesTheStoredOne)
{
    importInto(*db, handmade());
    ExchangeData newer = handmade();
    JournalEntry &entry = newer.journalEntries[0];
    entry.title = QStringLiteral("Kick-off, rewritten");
    entry.createdAt = utc(2030, 1, 1); // created_at is the store's and stays
    entry.updatedAt = utc(2025, 5, 1);
    entry.tags = { QStringLiteral("fresh") };
    entry.skills = { QStringLiteral("emotional-intelligence") };
    entry.contrasts.clear();
    entry.advice.reset();
    entry.rating.reset();
    ExchangeGoal &goal = newer.goals[0];
    goal.goal.title = QStringLiteral("Paint a clearer picture");
    goal.goal.updatedAt = utc(2025, 5, 2);
    goal.goal.status = GoalStatus::Active;
    goal.goal.closedAt = QDateTime();
    goal.goal.steps
        = { goal.goal.steps.at(1), {QUuid::createUuid(), QStringLiteral("Ask for questions"), {}, {}, QDateTime()} };
    goal.evidenceEntries = { newer.journalEntries[1].uuid };

    const ImportReport report = importInto(*db, newer);
    EXPECT_EQ(report.journalEntries.updated, 1);
    EXPECT_EQ(report.journalEntries.unchanged, 2);
    EXPECT_EQ(report.goals.updated, 1);
    EXPECT_EQ(report.goals.unchanged, 3);
    EXPECT_EQ(report.assessments.unchanged, 2);

    ExchangeData want = newer;
    want.journalEntries[0].createdAt = handmade().journalEntries[0].createdAt;
    expectSame(readAll(*db), want);
    // A tag no entry uses any more is gone from the tag list.
    const auto tags = JournalRepository(*db).tags();
    ASSERT_TRUE(tags.ok());
    EXPECT_FALSE(tags.value().contains(QStringLiteral("Zeta")));
    EXPECT_TRUE(tags.value().contains(QStringLiteral("fresh")));

    // And the updated version imported again changes nothing.
    EXPECT_EQ(importInto(*db, newer).changes(), 0);
}

TEST_F(ExchangeTest, YourNewerVersionIsKeptAndTheReportSaysSo)
{
    importInto(*db, handmade());
    const QByteArray before = dump(*db);
    ExchangeData older = handmade();
    older.journalEntries[0].title = QStringLiteral("An older draft");
    older.journalEntries[0].updatedAt = utc(2025, 3, 3);
    older.goals[1].goal.title = QStringLiteral("Listen");
    older.goals[1].goal.updatedAt = older.goals[1].goal.createdAt; // changed, but not later
    older.settings[QStringLiteral("cadence.pulse_weekday")] = QStringLiteral("5");
    older.settings[QStringLiteral("cadence.reminders")] = QStringLiteral("0");

    const ImportReport report = importInto(*db, older);
    EXPECT_EQ(report.journalEntries.skipped, 1);
    EXPECT_EQ(report.goals.skipped, 1);
    EXPECT_EQ(report.settings.skipped, 1);
    EXPECT_EQ(report.settings.added, 1);
    ASSERT_EQ(report.notes.size(), 3);
    EXPECT_TRUE(report.notes.at(0).contains(QStringLiteral("Kept your newer version of the journal entry “Kick-off")))
        << qPrintable(report.notes.at(0));
    EXPECT_TRUE(report.notes.at(1).contains(QStringLiteral("Listen more"))) << qPrintable(report.notes.at(1));
    EXPECT_TRUE(report.notes.at(2).contains(QStringLiteral("cadence.pulse_weekday"))) << qPrintable(report.notes.at(2));
    EXPECT_EQ(report.summary(),
              QStringLiteral("Added 1 setting; 2 assessments, 2 journal entries, 3 goals and 1 setting are "
                             "already there; kept your own version of 1 journal entry, 1 goal and 1 setting."));

    ExchangeData want = handmade();
    want.settings[QStringLiteral("cadence.reminders")] = QStringLiteral("0");
    expectSame(readAll(*db), want);
    EXPECT_NE(dump(*db), before);
}

TEST_F(ExchangeTest, TagsDifferingOnlyInCaseAreTheSameTag)
{
    importInto(*db, handmade());
    ExchangeData again = handmade();
    again.journalEntries[0].tags = { QStringLiteral("WORK"), QStringLiteral(" zeta "), QStringLiteral("Ünïcode 標籤") };
    const ImportReport report = importInto(*db, again);
    EXPECT_EQ(report.journalEntries.unchanged, 3) << "the store cannot tell these tags apart, so neither does import";
}

TEST_F(ExchangeTest, ALeadingByteOrderMarkSurvivesExportAndImport)
{
    // SQLite (given UTF-16) and Qt's JSON parser both drop a U+FEFF that starts a text; what the
    // user wrote must come back all the same.
    const QString mark(QChar(0xFEFF));
    ExchangeData data = handmade(false);
    JournalEntry &entry = data.journalEntries[0];
    entry.title = mark + QStringLiteral("Marked title");
    entry.body = mark;
    entry.tags.append(mark + QStringLiteral("marked"));
    data.goals[0].goal.title = mark + QStringLiteral("Marked goal");
    data.settings.insert(mark + QStringLiteral("marked.key"), mark + QStringLiteral("marked value"));
    importInto(*db, data);
    const QByteArray first = dump(*db);
    for (const char *text :
         { "\"\xEF\xBB\xBFMarked title\"", "\"body\": \"\xEF\xBB\xBF\"", "\"\xEF\xBB\xBFmarked\"",
           "\"\xEF\xBB\xBFMarked goal\"", "\"\xEF\xBB\xBFmarked.key\": \"\xEF\xBB\xBFmarked value\"" })
        EXPECT_TRUE(first.contains(text)) << "the store lost the mark of " << text;

    TempDataDir otherDir;
    auto other = openStore(otherDir.path());
    ASSERT_TRUE(other);
    const auto read = TandemJson::read(first);
    ASSERT_TRUE(read.ok()) << qPrintable(read.error());
    importInto(*other, read.value());
    EXPECT_TRUE(first == dump(*other)) << "export → import → export lost a mark";
}

// Hostile and broken files: each refused with a message that says what is wrong, and the store
// left as it was.
class HostileImportTest : public ExchangeTest
{
protected:
    void SetUp() override
    {
        ExchangeTest::SetUp();
        importInto(*db, handmade(false));
        before = dump(*db);
        valid = QJsonDocument::fromJson(TandemJson::write(handmade(false))).object();
    }

    // Reads bytes as a file and imports them; gives the error message ("" when it worked).
    QString refusal(const QByteArray &bytes)
    {
        auto read = TandemJson::read(bytes);
        if (!read.ok())
            return read.error();
        auto imported = Importer(*db).run(read.value(), false);
        return imported.ok() ? QString() : imported.error();
    }

    QString refusal(const std::function<void(QJsonObject &)> &change)
    {
        QJsonObject root = valid;
        change(root);
        return refusal(QJsonDocument(root).toJson());
    }

    void expectRefused(const QString &message, const QStringList &mentions)
    {
        EXPECT_FALSE(message.isEmpty()) << "the file was accepted";
        for (const QString &word : mentions)
            EXPECT_TRUE(message.contains(word))
                << "the message does not mention " << qPrintable(word) << ": " << qPrintable(message);
        EXPECT_TRUE(dump(*db) == before) << "the store changed";
    }

    QByteArray before;
    QJsonObject valid;
};

// Changes one field of the i-th record of a list.
void setField(QJsonObject &root, const char *list, int index, const char *key, const QJsonValue &value)
{
    QJsonArray array = root.value(QLatin1String(list)).toArray();
    QJsonObject record = array.at(index).toObject();
    if (value.isUndefined())
        record.remove(QLatin1String(key));
    else
        record.insert(QLatin1String(key), value);
    array.replace(index, record);
    root.insert(QLatin1String(list), array);
}

QString uuidOf(const QJsonObject &root, const char *list, int index)
{
    return root.value(QLatin1String(list)).toArray().at(index).toObject().value(QLatin1String("uuid")).toString();
}

// A new entry (so that a refused file would otherwise have added something).
QJsonObject newEntry(const QString &uuid)
{
    return { { QStringLiteral("uuid"), uuid },
             { QStringLiteral("occurred_at"), QStringLiteral("2025-06-01T10:00:00Z") },
             { QStringLiteral("created_at"), QStringLiteral("2025-06-01T10:00:00Z") },
             { QStringLiteral("updated_at"), QStringLiteral("2025-06-01T10:00:00Z") },
             { QStringLiteral("title"), QStringLiteral("Sneaky") } };
}

void appendEntry(QJsonObject &root, const QJsonObject &entry)
{
    QJsonArray entries = root.value(QLatin1String("journal_entries")).toArray();
    entries.prepend(entry);
    root.insert(QStringLiteral("journal_entries"), entries);
}

TEST_F(HostileImportTest, BrokenJsonIsRefused)
{
    const QByteArray file = TandemJson::write(handmade(false));
    expectRefused(refusal(file.left(file.size() / 2)), { QStringLiteral("not valid JSON") });
    expectRefused(refusal(QByteArray()), { QStringLiteral("empty") });
    expectRefused(refusal(QByteArrayLiteral("[1, 2, 3]")), { QStringLiteral("not a Tandem export") });
    expectRefused(refusal(QByteArrayLiteral("{\"format\": \"something-else\", \"format_version\": 1}")),
                  { QStringLiteral("not a Tandem export"), QStringLiteral("something-else") });
}

TEST_F(HostileImportTest, DeepNestingIsRefusedWithoutACrash)
{
    const QByteArray open(100000, '[');
    expectRefused(refusal(open), { QStringLiteral("nested too deeply") });
    expectRefused(refusal(open + QByteArray(100000, ']')), { QStringLiteral("nested too deeply") });
    QByteArray objects;
    for (int i = 0; i < 100000; ++i)
        objects += "{\"a\":";
    expectRefused(refusal(objects), { QStringLiteral("nested too deeply") });
}

TEST_F(HostileImportTest, TextThatIsNotUtf8IsRefused)
{
    QByteArray file = TandemJson::write(handmade(false));
    const QByteArray title = "\"title\": \"Only a title\"";
    ASSERT_TRUE(file.contains(title));
    file.replace(title, "\"title\": \"Only a \xff\xfe title\"");
    expectRefused(refusal(file), { QStringLiteral("UTF-8") });
}

TEST_F(HostileImportTest, AHugeTextIsRefused)
{
    const QString huge(RecordLimits::MaxTextLength + 1, QLatin1Char('x'));
    expectRefused(refusal([&](QJsonObject &root) { setField(root, "journal_entries", 1, "body", huge); }),
                  { QStringLiteral("journal entry 2"), QStringLiteral("\"body\""), QStringLiteral("too long") });
}

TEST_F(HostileImportTest, WrongTypesAndValuesAreRefusedNamingRecordAndField)
{
    struct Case
    {
        const char *name;
        std::function<void(QJsonObject &)> change;
        QStringList mentions;
    };
    const QString entry1 = QStringLiteral("journal entry 1 (0b5e7c1a-2222-4a1a-9a1a-000000000001)");
    const QList<Case> cases = {
        { "rating as text",
          [](QJsonObject &r) { setField(r, "journal_entries", 0, "rating", QStringLiteral("4")); },
          { entry1, QStringLiteral("\"rating\""), QStringLiteral("whole number from 1 to 5") } },
        { "rating out of range",
          [](QJsonObject &r) { setField(r, "journal_entries", 0, "rating", 6); },
          { entry1, QStringLiteral("\"rating\""), QStringLiteral("not 6") } },
        { "rating not whole",
          [](QJsonObject &r) { setField(r, "journal_entries", 0, "rating", 2.5); },
          { QStringLiteral("\"rating\""), QStringLiteral("2.5") } },
        { "title as number",
          [](QJsonObject &r) { setField(r, "journal_entries", 1, "title", 7); },
          { QStringLiteral("journal entry 2"), QStringLiteral("\"title\" must be text, not a number") } },
        { "list is an object",
          [](QJsonObject &r) { r.insert(QStringLiteral("journal_entries"), QJsonObject()); },
          { QStringLiteral("\"journal_entries\" must be a list") } },
        { "record is a string",
          [](QJsonObject &r) { r.insert(QStringLiteral("goals"), QJsonArray { QStringLiteral("goal") }); },
          { QStringLiteral("goal 1 must be an object") } },
        { "answer out of range",
          [](QJsonObject &r) {
              QJsonArray list = r.value(QLatin1String("assessments")).toArray();
              QJsonObject a = list.at(0).toObject();
              QJsonObject answers = a.value(QLatin1String("answers")).toObject();
              answers.insert(QStringLiteral("visionary-thinking.1"), 0);
              a.insert(QStringLiteral("answers"), answers);
              list.replace(0, a);
              r.insert(QStringLiteral("assessments"), list);
          },
          { QStringLiteral("assessment 1"), QStringLiteral("\"answers\""), QStringLiteral("from 1 to 5") } },
        { "answer id with capitals",
          [](QJsonObject &r) {
              QJsonArray list = r.value(QLatin1String("assessments")).toArray();
              QJsonObject a = list.at(1).toObject();
              a.insert(QStringLiteral("answers"), QJsonObject { { QStringLiteral("Pulse.One"), 3 } });
              list.replace(1, a);
              r.insert(QStringLiteral("assessments"), list);
          },
          { QStringLiteral("assessment 2"), QStringLiteral("Pulse.One"), QStringLiteral("not a statement id") } },
        { "kind",
          [](QJsonObject &r) { setField(r, "assessments", 0, "kind", QStringLiteral("weekly")); },
          { QStringLiteral("\"kind\" must be \"full\" or \"pulse\", not \"weekly\"") } },
        { "mode",
          [](QJsonObject &r) { setField(r, "journal_entries", 0, "mode", QStringLiteral("dance")); },
          { QStringLiteral("\"mode\""), QStringLiteral("dance") } },
        { "lean",
          [](QJsonObject &r) {
              QJsonArray list = r.value(QLatin1String("journal_entries")).toArray();
              QJsonObject e = list.at(0).toObject();
              QJsonObject advice = e.value(QLatin1String("advice")).toObject();
              advice.insert(QStringLiteral("lean"), QStringLiteral("sideways"));
              e.insert(QStringLiteral("advice"), advice);
              list.replace(0, e);
              r.insert(QStringLiteral("journal_entries"), list);
          },
          { QStringLiteral("advice"), QStringLiteral("\"lean\""), QStringLiteral("sideways") } },
        { "target kind",
          [](QJsonObject &r) { setField(r, "goals", 0, "target_kind", QStringLiteral("world")); },
          { QStringLiteral("goal 1"), QStringLiteral("\"target_kind\"") } },
        { "target score",
          [](QJsonObject &r) { setField(r, "goals", 0, "target_score", 101); },
          { QStringLiteral("\"target_score\""), QStringLiteral("from 0 to 100") } },
        { "status",
          [](QJsonObject &r) { setField(r, "goals", 0, "status", QStringLiteral("forgotten")); },
          { QStringLiteral("\"status\""), QStringLiteral("forgotten") } },
        { "unknown skill",
          [](QJsonObject &r) {
              setField(r, "journal_entries", 0, "skills", QJsonArray { QStringLiteral("telepathy") });
          },
          { QStringLiteral("\"skills\""), QStringLiteral("skill Tandem does not know"), QStringLiteral("telepathy") } },
        { "unknown contrast",
          [](QJsonObject &r) {
              setField(r, "journal_entries", 0, "contrasts", QJsonArray { QStringLiteral("yin-yang") });
          },
          { QStringLiteral("\"contrasts\""), QStringLiteral("yin-yang") } },
        { "unknown area",
          [](QJsonObject &r) { setField(r, "journal_entries", 0, "areas", QJsonArray { QStringLiteral("golf") }); },
          { QStringLiteral("\"areas\""), QStringLiteral("golf") } },
        { "unknown goal skill",
          [](QJsonObject &r) { setField(r, "goals", 1, "target_id", QStringLiteral("juggling")); },
          { QStringLiteral("\"target_id\""), QStringLiteral("juggling") } },
        { "invalid uuid",
          [](QJsonObject &r) { setField(r, "journal_entries", 1, "uuid", QStringLiteral("not-a-uuid")); },
          { QStringLiteral("journal entry 2"), QStringLiteral("\"uuid\""), QStringLiteral("not a valid id") } },
        { "uuid in braces",
          [](QJsonObject &r) {
              setField(r, "goals", 1, "uuid", QStringLiteral("{0b5e7c1a-3333-4a1a-9a1a-000000000002}"));
          },
          { QStringLiteral("goal 2"), QStringLiteral("not a valid id") } },
        { "invalid time",
          [](QJsonObject &r) {
              setField(r, "journal_entries", 0, "occurred_at", QStringLiteral("2025-13-45T99:00:00Z"));
          },
          { entry1, QStringLiteral("\"occurred_at\""), QStringLiteral("2025-13-45") } },
        { "time with an offset",
          [](QJsonObject &r) {
              setField(r, "assessments", 0, "taken_at", QStringLiteral("2025-03-01T10:15:30+02:00"));
          },
          { QStringLiteral("assessment 1"), QStringLiteral("\"taken_at\"") } },
        { "invalid date",
          [](QJsonObject &r) { setField(r, "goals", 0, "due_on", QStringLiteral("30/06/2025")); },
          { QStringLiteral("\"due_on\""), QStringLiteral("30/06/2025") } },
        { "missing field",
          [](QJsonObject &r) { setField(r, "goals", 0, "title", QJsonValue::Undefined); },
          { QStringLiteral("goal 1"), QStringLiteral("\"title\" is missing") } },
        { "missing uuid",
          [](QJsonObject &r) { setField(r, "journal_entries", 1, "uuid", QJsonValue::Undefined); },
          { QStringLiteral("journal entry 2"), QStringLiteral("\"uuid\" is missing") } },
        { "unknown field",
          [](QJsonObject &r) { setField(r, "journal_entries", 0, "ratting", 3); },
          { entry1, QStringLiteral("ratting") } },
        { "unknown top-level field",
          [](QJsonObject &r) { r.insert(QStringLiteral("extra"), 1); },
          { QStringLiteral("it has a field Tandem does not know: \"extra\"") } },
        { "setting not text",
          [](QJsonObject &r) {
              r.insert(QStringLiteral("settings"), QJsonObject { { QStringLiteral("a"), 1 } });
          },
          { QStringLiteral("setting \"a\""), QStringLiteral("must be text") } },
        { "too many tags",
          [](QJsonObject &r) {
              QJsonArray tags;
              for (int i = 0; i < 1001; ++i)
                  tags.append(QStringLiteral("t%1").arg(i));
              setField(r, "journal_entries", 1, "tags", tags);
          },
          { QStringLiteral("\"tags\""), QStringLiteral("too many") } },
        { "empty tag",
          [](QJsonObject &r) { setField(r, "journal_entries", 1, "tags", QJsonArray { QStringLiteral("  ") }); },
          { QStringLiteral("\"tags\""), QStringLiteral("empty tag") } },
        { "unknown held",
          [](QJsonObject &r) {
              QJsonObject d = r.value(QLatin1String("journal_entries")).toArray().at(0).toObject().value(
                  QLatin1String("decision")).toObject();
              QJsonObject review = d.value(QLatin1String("review")).toObject();
              review.insert(QStringLiteral("held"), QStringLiteral("maybe"));
              d.insert(QStringLiteral("review"), review);
              setField(r, "journal_entries", 0, "decision", d);
          },
          { entry1, QStringLiteral("decision, review"), QStringLiteral("\"held\""), QStringLiteral("maybe") } },
        { "unknown actual mode",
          [](QJsonObject &r) {
              QJsonObject d = r.value(QLatin1String("journal_entries")).toArray().at(0).toObject().value(
                  QLatin1String("decision")).toObject();
              QJsonObject review = d.value(QLatin1String("review")).toObject();
              review.insert(QStringLiteral("actual_mode"), QStringLiteral("delegate"));
              d.insert(QStringLiteral("review"), review);
              setField(r, "journal_entries", 0, "decision", d);
          },
          { entry1, QStringLiteral("\"actual_mode\""), QStringLiteral("delegate") } },
        { "confidence above 100",
          [](QJsonObject &r) {
              QJsonObject d = r.value(QLatin1String("journal_entries")).toArray().at(2).toObject().value(
                  QLatin1String("decision")).toObject();
              d.insert(QStringLiteral("confidence"), 120);
              setField(r, "journal_entries", 2, "decision", d);
          },
          { QStringLiteral("journal entry 3"), QStringLiteral("decision"), QStringLiteral("\"confidence\""),
            QStringLiteral("from 0 to 100"), QStringLiteral("120") } },
        { "confidence below 0",
          [](QJsonObject &r) {
              QJsonObject d = r.value(QLatin1String("journal_entries")).toArray().at(2).toObject().value(
                  QLatin1String("decision")).toObject();
              d.insert(QStringLiteral("confidence"), -5);
              setField(r, "journal_entries", 2, "decision", d);
          },
          { QStringLiteral("\"confidence\""), QStringLiteral("-5") } },
        { "review without a decision",
          [](QJsonObject &r) {
              setField(r, "journal_entries", 1, "review",
                       QJsonObject { { QStringLiteral("reviewed_at"), QStringLiteral("2025-04-01T10:00:00Z") },
                                     { QStringLiteral("held"), QStringLiteral("yes") } });
          },
          { QStringLiteral("journal entry 2"), QStringLiteral("\"review\""), QStringLiteral("without a decision") } },
        { "review date malformed",
          [](QJsonObject &r) {
              QJsonObject d = r.value(QLatin1String("journal_entries")).toArray().at(2).toObject().value(
                  QLatin1String("decision")).toObject();
              d.insert(QStringLiteral("review_on"), QStringLiteral("next month"));
              setField(r, "journal_entries", 2, "decision", d);
          },
          { QStringLiteral("journal entry 3"), QStringLiteral("\"review_on\""), QStringLiteral("next month") } },
        { "review date missing",
          [](QJsonObject &r) {
              QJsonObject d = r.value(QLatin1String("journal_entries")).toArray().at(2).toObject().value(
                  QLatin1String("decision")).toObject();
              d.remove(QStringLiteral("review_on"));
              setField(r, "journal_entries", 2, "decision", d);
          },
          { QStringLiteral("journal entry 3"), QStringLiteral("\"review_on\" is missing") } },
        { "reviewed time malformed",
          [](QJsonObject &r) {
              QJsonObject d = r.value(QLatin1String("journal_entries")).toArray().at(0).toObject().value(
                  QLatin1String("decision")).toObject();
              QJsonObject review = d.value(QLatin1String("review")).toObject();
              review.insert(QStringLiteral("reviewed_at"), QStringLiteral("2025-03-31"));
              d.insert(QStringLiteral("review"), review);
              setField(r, "journal_entries", 0, "decision", d);
          },
          { entry1, QStringLiteral("\"reviewed_at\"") } },
        { "decision as text",
          [](QJsonObject &r) { setField(r, "journal_entries", 1, "decision", QStringLiteral("yes")); },
          { QStringLiteral("journal entry 2"), QStringLiteral("\"decision\" must be an object or null") } },
        { "step due date malformed",
          [](QJsonObject &r) {
              QJsonArray goals = r.value(QLatin1String("goals")).toArray();
              QJsonObject g = goals.at(2).toObject();
              QJsonArray steps = g.value(QLatin1String("steps")).toArray();
              QJsonObject step = steps.at(0).toObject();
              step.insert(QStringLiteral("due_on"), QStringLiteral("2025-02-30"));
              steps.replace(0, step);
              g.insert(QStringLiteral("steps"), steps);
              goals.replace(2, g);
              r.insert(QStringLiteral("goals"), goals);
          },
          { QStringLiteral("goal 3"), QStringLiteral("step 1"), QStringLiteral("\"due_on\""),
            QStringLiteral("2025-02-30") } },
        { "step tip not an id",
          [](QJsonObject &r) {
              QJsonArray goals = r.value(QLatin1String("goals")).toArray();
              QJsonObject g = goals.at(2).toObject();
              QJsonArray steps = g.value(QLatin1String("steps")).toArray();
              QJsonObject step = steps.at(1).toObject();
              step.insert(QStringLiteral("tip_id"), QStringLiteral("Try This!"));
              steps.replace(1, step);
              g.insert(QStringLiteral("steps"), steps);
              goals.replace(2, g);
              r.insert(QStringLiteral("goals"), goals);
          },
          { QStringLiteral("goal 3"), QStringLiteral("step 2"), QStringLiteral("\"tip_id\""),
            QStringLiteral("not an id") } },
        { "newer format",
          [](QJsonObject &r) { r.insert(QStringLiteral("format_version"), TandemJson::FormatVersion + 1); },
          { QStringLiteral("newer version of Tandem"), QStringLiteral("Update Tandem") } },
        { "format version as text",
          [](QJsonObject &r) { r.insert(QStringLiteral("format_version"), QStringLiteral("1")); },
          { QStringLiteral("\"format_version\"") } },
        { "no format",
          [](QJsonObject &r) { r.remove(QStringLiteral("format")); },
          { QStringLiteral("not a Tandem export"), QStringLiteral("\"format\"") } },
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.name);
        expectRefused(refusal(c.change), c.mentions);
    }
}

TEST_F(HostileImportTest, AnIdUsedTwiceInTheFileIsRefused)
{
    // Within a list, across lists, and between a goal's step and an entry.
    expectRefused(
        refusal([](QJsonObject &r) { setField(r, "journal_entries", 1, "uuid", uuidOf(r, "journal_entries", 0)); }),
        { QStringLiteral("0b5e7c1a-2222-4a1a-9a1a-000000000001"), QStringLiteral("used twice"),
          QStringLiteral("journal entry 1"), QStringLiteral("journal entry 2") });
    expectRefused(refusal([](QJsonObject &r) { setField(r, "goals", 1, "uuid", uuidOf(r, "assessments", 0)); }),
                  { QStringLiteral("used twice"), QStringLiteral("assessment 1"), QStringLiteral("goal 2") });
    expectRefused(
        refusal([](QJsonObject &r) {
            QJsonArray goals = r.value(QLatin1String("goals")).toArray();
            QJsonObject goal = goals.at(1).toObject();
            goal.insert(QStringLiteral("steps"),
                        QJsonArray { QJsonObject { { QStringLiteral("uuid"), uuidOf(r, "journal_entries", 1) },
                                                   { QStringLiteral("text"), QStringLiteral("x") } } });
            goals.replace(1, goal);
            r.insert(QStringLiteral("goals"), goals);
        }),
        { QStringLiteral("used twice"),
          QStringLiteral("by journal entry 2 and by goal 2 (0b5e7c1a-3333-4a1a-9a1a-000000000002), step 1.") });
}

TEST_F(HostileImportTest, AnAssessmentClaimingTheIdOfADifferentOneIsRefused)
{
    expectRefused(refusal([](QJsonObject &r) {
                      appendEntry(r, newEntry(QUuid::createUuid().toString(QUuid::WithoutBraces)));
                      setField(r, "assessments", 1, "note", QStringLiteral("rewritten history"));
                  }),
                  { QStringLiteral("claims the id of a different assessment"),
                    QStringLiteral("0b5e7c1a-1111-4a1a-9a1a-000000000002"), QStringLiteral("Nothing was imported") });
}

TEST_F(HostileImportTest, ARecordWithTheIdOfAnotherKindOfRecordIsRefused)
{
    const QString assessmentId = QStringLiteral("0b5e7c1a-1111-4a1a-9a1a-000000000001");
    const QString goalId = QStringLiteral("0b5e7c1a-3333-4a1a-9a1a-000000000002");
    const QString stepId = QStringLiteral("0b5e7c1a-4444-4a1a-9a1a-000000000001");
    // The file is a fresh one (not the export with those records in it), as a hostile or
    // mistaken file would be.
    auto fileWith = [](const QJsonObject &entry) {
        return QJsonDocument(QJsonObject { { QStringLiteral("format"), QStringLiteral("tandem-export") },
                                           { QStringLiteral("format_version"), 1 },
                                           { QStringLiteral("journal_entries"),
                                             QJsonArray { newEntry(QUuid::createUuid().toString(QUuid::WithoutBraces)),
                                                          entry } } })
            .toJson();
    };
    expectRefused(refusal(fileWith(newEntry(assessmentId))),
                  { assessmentId, QStringLiteral("belongs to an assessment") });
    expectRefused(refusal(fileWith(newEntry(goalId))), { goalId, QStringLiteral("belongs to a goal") });
    expectRefused(refusal(fileWith(newEntry(stepId))), { stepId, QStringLiteral("belongs to a step of a goal") });

    // A goal whose step claims the id of a journal entry in the store.
    QJsonObject root { { QStringLiteral("format"), QStringLiteral("tandem-export") },
                       { QStringLiteral("format_version"), 1 } };
    QJsonObject goal = valid.value(QLatin1String("goals")).toArray().at(1).toObject();
    goal.insert(QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    goal.insert(
        QStringLiteral("steps"),
        QJsonArray { QJsonObject { { QStringLiteral("uuid"), QStringLiteral("0b5e7c1a-2222-4a1a-9a1a-000000000002") },
                                   { QStringLiteral("text"), QStringLiteral("x") } } });
    root.insert(QStringLiteral("goals"), QJsonArray { goal });
    expectRefused(refusal(QJsonDocument(root).toJson()), { QStringLiteral("belongs to a journal entry") });
}

TEST_F(HostileImportTest, EvidenceNamingAnUnknownEntryIsRefused)
{
    const QString stranger = QUuid::createUuid().toString(QUuid::WithoutBraces);
    expectRefused(refusal([&](QJsonObject &r) {
                      appendEntry(r, newEntry(QUuid::createUuid().toString(QUuid::WithoutBraces)));
                      setField(r, "goals", 1, "evidence", QJsonArray { stranger });
                      setField(r, "goals", 1, "updated_at", QStringLiteral("2026-01-01T00:00:00Z"));
                  }),
                  { stranger, QStringLiteral("evidence"), QStringLiteral("neither in the file nor in your data") });
}

TEST_F(HostileImportTest, DecisionsFromAnotherSourceAreCheckedToo)
{
    // Not from a file: the importer checks what no reader did.
    ExchangeData data;
    JournalEntry e;
    e.uuid = QUuid::createUuid();
    e.occurredAt = utc(2025, 7, 1);
    e.title = QStringLiteral("Hired Sam");
    e.decision = Decision { QStringLiteral("Sam settles in"), 150, QDate(2025, 8, 1), std::nullopt };
    data.journalEntries.append(e);
    auto report = Importer(*db).run(data, false);
    expectRefused(report.ok() ? QString() : report.error(),
                  { QStringLiteral("“Hired Sam”"), QStringLiteral("confidence 150"), QStringLiteral("Nothing was imported") });

    data.journalEntries[0].decision = Decision { QString(), 50, QDate(2025, 8, 1),
                                                 DecisionReview { QDateTime(), QString(), Mode::Lead, Held::Yes } };
    report = Importer(*db).run(data, false);
    expectRefused(report.ok() ? QString() : report.error(),
                  { QStringLiteral("“Hired Sam”"), QStringLiteral("without the time it was reviewed") });
}

TEST_F(HostileImportTest, AFailureHalfWayLeavesNothingBehind)
{
    // Data from another importer, not from a file: the store itself refuses the last record
    // (an empty tag), after the others were written.
    ExchangeData data;
    JournalEntry ok;
    ok.uuid = QUuid::createUuid();
    ok.occurredAt = utc(2025, 7, 1);
    ok.title = QStringLiteral("Fine");
    data.journalEntries.append(ok);
    JournalEntry bad = ok;
    bad.uuid = QUuid::createUuid();
    bad.tags = { QStringLiteral("   ") };
    data.journalEntries.append(bad);
    data.settings.insert(QStringLiteral("new.key"), QStringLiteral("1"));
    auto report = Importer(*db).run(data, false);
    expectRefused(
        report.ok() ? QString() : report.error(),
        { QStringLiteral("“Fine”"), QStringLiteral("tag cannot be empty"), QStringLiteral("Nothing was imported") });
}

} // namespace
