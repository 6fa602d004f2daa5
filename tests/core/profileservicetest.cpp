// Recording assessments and reading back their results, changes and history: what the results
// page, the history list and `tandem-cli profile` show. Numbers are worked out by hand from
// docs/scoring.md.
#include "qtprinters.h"
#include "assessmentrepository.h"
#include "database.h"
#include "clock.h"
#include "profileservice.h"
#include "workspace.h"
#include "skillmodel.h"
#include "tempdatadir.h"

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

namespace {

constexpr double Tolerance = 1e-9;

QDateTime utc(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

// Every full-assessment statement answered so that each item scores the same: x on plain
// statements, 6 − x on reverse-keyed ones.
Answers fullAnswers(int x)
{
    Answers answers;
    for (const Item &item : SkillModel::builtin().fullAssessmentItems())
        answers.insert(item.id, item.reverse ? 6 - x : x);
    return answers;
}

// One skill's four statements answered evenly (the fourth is the reverse-keyed one).
void answerSkillEvenly(Answers &answers, const QString &skill, int x)
{
    for (int i = 1; i <= 3; ++i)
        answers.insert(skill + QStringLiteral(".%1").arg(i), x);
    answers.insert(skill + QStringLiteral(".4"), 6 - x);
}

Answers pulseAnswers(int x)
{
    Answers answers;
    for (const PulseItem &item : SkillModel::builtin().pulseItems)
        answers.insert(item.id, x);
    return answers;
}

Assessment assessment(AssessmentKind kind, const Answers &answers, const QDateTime &takenAt, const QString &note = {})
{
    Assessment a;
    a.kind = kind;
    a.modelVersion = SkillModel::builtin().version;
    a.takenAt = takenAt;
    a.answers = answers;
    a.note = note;
    return a;
}

const QString Visionary = QStringLiteral("visionary-thinking");
const QString Emotional = QStringLiteral("emotional-intelligence");

class ProfileServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(dir.path());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
        db = std::move(opened).value();
        service.emplace(*db, model);
        repo.emplace(*db);
        // Recording goes through the workspace, the app's and the CLI's one door (on a
        // connection of its own here).
        auto second = Database::open(dir.path());
        ASSERT_TRUE(second.ok()) << qPrintable(second.error());
        workspace = std::make_unique<Workspace>(std::move(second).value(), model, clock);
    }

    qint64 record(const Assessment &a)
    {
        const auto id = workspace->recordAssessment(a);
        EXPECT_TRUE(id.ok()) << qPrintable(id.error());
        return id.ok() ? id.value() : -1;
    }

    AssessmentResult result(qint64 id)
    {
        const auto r = service->result(id);
        EXPECT_TRUE(r.ok()) << qPrintable(r.error());
        return r.ok() ? r.value() : AssessmentResult{};
    }

    int rows(const char *table) const
    {
        const auto n = db->scalar(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
        EXPECT_TRUE(n.ok()) << qPrintable(n.error());
        return n.ok() ? n.value().toInt() : -1;
    }

    const SkillModel &model = SkillModel::builtin();
    TempDataDir dir;
    std::unique_ptr<Database> db;
    SystemClock clock;
    std::unique_ptr<Workspace> workspace;
    std::optional<ProfileService> service;
    std::optional<AssessmentRepository> repo;
};

} // namespace

TEST_F(ProfileServiceTest, RecordRefusesInvalidAnswersAndStoresNothing)
{
    Answers missing = fullAnswers(4);
    missing.remove(QStringLiteral("connection-process.lead.2"));
    Answers unknown = fullAnswers(4);
    unknown.insert(QStringLiteral("charisma.1"), 4);
    Answers outOfRange = fullAnswers(4);
    outOfRange.insert(QStringLiteral("risk.manage.1"), 6);
    Answers pulseInFull = fullAnswers(4);
    pulseInFull.insert(QStringLiteral("pulse.visionary-thinking"), 3);
    Answers fullInPulse = pulseAnswers(3);
    fullInPulse.insert(QStringLiteral("visionary-thinking.1"), 3);
    Answers zeroInPulse = pulseAnswers(3);
    zeroInPulse.insert(QStringLiteral("pulse.emotional-intelligence"), 0);

    const struct
    {
        AssessmentKind kind;
        Answers answers;
        const char *named;
    } cases[] = {
            {AssessmentKind::Full, missing, "connection-process.lead.2"},
            {AssessmentKind::Full, unknown, "charisma.1"},
            {AssessmentKind::Full, outOfRange, "risk.manage.1"},
            {AssessmentKind::Full, pulseInFull, "pulse.visionary-thinking"},
            {AssessmentKind::Pulse, fullInPulse, "visionary-thinking.1"},
            {AssessmentKind::Pulse, zeroInPulse, "pulse.emotional-intelligence"},
            {AssessmentKind::Full, {}, "visionary-thinking.1"},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.named);
        const auto id = workspace->recordAssessment(assessment(c.kind, c.answers, utc(2026, 5, 4, 8, 30)));
        ASSERT_FALSE(id.ok());
        EXPECT_TRUE(id.error().contains(QLatin1String(c.named))) << qPrintable(id.error());
        EXPECT_EQ(repo->count().value(), 0);
        EXPECT_EQ(rows("answers"), 0);
    }
    // Valid answers without a time are refused too.
    const auto timeless = workspace->recordAssessment(assessment(AssessmentKind::Full, fullAnswers(4), QDateTime()));
    ASSERT_FALSE(timeless.ok());
    EXPECT_EQ(repo->count().value(), 0);

    // And the same answers, once complete, are stored.
    record(assessment(AssessmentKind::Full, fullAnswers(4), utc(2026, 5, 4, 8, 30)));
    EXPECT_EQ(repo->count().value(), 1);
    EXPECT_EQ(rows("answers"), 52);
}

TEST_F(ProfileServiceTest, OftenEverywhereGivesSeventyFiveEverywhere)
{
    const Assessment taken = assessment(AssessmentKind::Full, fullAnswers(4), utc(2026, 5, 4, 8, 30), QStringLiteral("first"));
    const AssessmentResult r = result(record(taken));
    EXPECT_EQ(r.assessment.answers, taken.answers);
    EXPECT_EQ(r.assessment.takenAt, taken.takenAt);
    EXPECT_EQ(r.assessment.note, QStringLiteral("first"));
    const Profile &p = r.profile;
    ASSERT_EQ(p.skills.size(), 8);
    for (const Skill &skill : model.skills)
        EXPECT_NEAR(p.skills.value(skill.id, -1), 75.0, Tolerance) << qPrintable(skill.id);
    ASSERT_TRUE(p.leadership && p.management && p.balance);
    EXPECT_NEAR(*p.leadership, 75.0, Tolerance);
    EXPECT_NEAR(*p.management, 75.0, Tolerance);
    EXPECT_NEAR(*p.balance, 0.0, Tolerance);
    ASSERT_EQ(p.leadPoles.size(), 5);
    ASSERT_EQ(p.managePoles.size(), 5);
    for (const Contrast &contrast : model.contrasts) {
        EXPECT_NEAR(p.leadPoles.value(contrast.id, -1), 75.0, Tolerance) << qPrintable(contrast.id);
        EXPECT_NEAR(p.managePoles.value(contrast.id, -1), 75.0, Tolerance) << qPrintable(contrast.id);
    }
    ASSERT_TRUE(p.label);
    EXPECT_EQ(p.label->key(), QStringLiteral("balanced-strong"));
    // A flat profile names no strength and no growth area.
    EXPECT_TRUE(p.strengths.isEmpty());
    EXPECT_TRUE(p.growthAreas.isEmpty());
    // The first assessment has nothing to compare with.
    EXPECT_FALSE(r.previous);
    EXPECT_FALSE(r.previousProfile);
    EXPECT_TRUE(r.changes.skills.isEmpty());
    EXPECT_FALSE(r.changes.leadership);
    EXPECT_FALSE(r.changes.balance);
}

TEST_F(ProfileServiceTest, ChangesAreAgainstThePreviousOfTheSameKindOnly)
{
    // Full A: everything "often" except Visionary thinking "rarely" (25).
    Answers a = fullAnswers(4);
    answerSkillEvenly(a, Visionary, 2);
    // Full B: everything "often", and one Emotional intelligence statement one step up.
    Answers b = fullAnswers(4);
    b.insert(Emotional + QStringLiteral(".1"), 5);

    const qint64 pulse1 = record(assessment(AssessmentKind::Pulse, pulseAnswers(3), utc(2026, 4, 27, 8, 0)));
    const qint64 fullA = record(assessment(AssessmentKind::Full, a, utc(2026, 5, 4, 8, 30)));
    // A pulse in between, with Visionary thinking at "always": must not be what B is compared with.
    Answers p2 = pulseAnswers(3);
    p2.insert(QStringLiteral("pulse.visionary-thinking"), 5);
    p2.insert(QStringLiteral("pulse.emotional-intelligence"), 4);
    const qint64 pulse2 = record(assessment(AssessmentKind::Pulse, p2, utc(2026, 5, 11, 8, 0)));
    const qint64 fullB = record(assessment(AssessmentKind::Full, b, utc(2026, 6, 15, 8, 30)));

    const AssessmentResult r = result(fullB);
    ASSERT_TRUE(r.previous);
    EXPECT_EQ(r.previous->id, fullA);
    EXPECT_EQ(r.previous->kind, AssessmentKind::Full);
    EXPECT_EQ(r.previous->takenAt, utc(2026, 5, 4, 8, 30));
    EXPECT_TRUE(r.previous->answers.isEmpty()); // the results page does not need them
    ASSERT_TRUE(r.previousProfile);
    EXPECT_NEAR(r.previousProfile->skills.value(Visionary), 25.0, Tolerance);

    // Visionary thinking 25 → 75: +50, beyond the skill's MDC95 of 18.59.
    ASSERT_TRUE(r.changes.skills.contains(Visionary));
    EXPECT_NEAR(r.changes.skills.value(Visionary).delta, 50.0, Tolerance);
    EXPECT_TRUE(r.changes.skills.value(Visionary).meaningful);
    // Emotional intelligence 75 → (100 + 75 + 75 + 75) / 4 = 81.25: +6.25, within noise.
    EXPECT_NEAR(r.changes.skills.value(Emotional).delta, 6.25, Tolerance);
    EXPECT_FALSE(r.changes.skills.value(Emotional).meaningful);
    // Everything else unchanged, and every skill compared.
    EXPECT_EQ(r.changes.skills.size(), 8);
    for (const Skill &skill : model.skills) {
        if (skill.id == Visionary || skill.id == Emotional)
            continue;
        EXPECT_NEAR(r.changes.skills.value(skill.id).delta, 0.0, Tolerance) << qPrintable(skill.id);
        EXPECT_FALSE(r.changes.skills.value(skill.id).meaningful) << qPrintable(skill.id);
    }
    // Leadership (25 + 75 + 75 + 75) / 4 = 62.5 → (75 + 81.25 + 75 + 75) / 4 = 76.5625:
    // +14.0625, beyond the index's 10.52.
    ASSERT_TRUE(r.changes.leadership && r.changes.management && r.changes.balance);
    EXPECT_NEAR(r.changes.leadership->delta, 14.0625, Tolerance);
    EXPECT_TRUE(r.changes.leadership->meaningful);
    EXPECT_NEAR(r.changes.management->delta, 0.0, Tolerance);
    EXPECT_FALSE(r.changes.management->meaningful);
    // Balance −12.5 → +1.5625: +14.0625, within the balance's 17.35.
    EXPECT_NEAR(r.changes.balance->delta, 14.0625, Tolerance);
    EXPECT_FALSE(r.changes.balance->meaningful);
    EXPECT_EQ(r.changes.leadPoles.size(), 5);
    EXPECT_NEAR(r.changes.leadPoles.value(QStringLiteral("risk")).delta, 0.0, Tolerance);

    // The pulse is compared with the pulse before it, under the pulse's wider noise bands.
    const AssessmentResult rp = result(pulse2);
    ASSERT_TRUE(rp.previous);
    EXPECT_EQ(rp.previous->id, pulse1);
    // 50 → 100: +50 beyond the single item's 35.06; 50 → 75: +25 within it.
    EXPECT_NEAR(rp.changes.skills.value(Visionary).delta, 50.0, Tolerance);
    EXPECT_TRUE(rp.changes.skills.value(Visionary).meaningful);
    EXPECT_NEAR(rp.changes.skills.value(Emotional).delta, 25.0, Tolerance);
    EXPECT_FALSE(rp.changes.skills.value(Emotional).meaningful);
    // Leadership 50 → 68.75: +18.75 would be real for a full assessment (10.52) but is within
    // a pulse index's 19.40.
    ASSERT_TRUE(rp.changes.leadership);
    EXPECT_NEAR(rp.changes.leadership->delta, 18.75, Tolerance);
    EXPECT_FALSE(rp.changes.leadership->meaningful);

    // The first of each kind has no previous, though the other kind came earlier.
    EXPECT_FALSE(result(fullA).previous);
    EXPECT_TRUE(result(fullA).changes.skills.isEmpty());
    EXPECT_FALSE(result(pulse1).previous);
}

TEST_F(ProfileServiceTest, ResultOfAnUnknownIdNamesTheId)
{
    const auto r = service->result(4242);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.error().contains(QLatin1String("4242"))) << qPrintable(r.error());
}

TEST_F(ProfileServiceTest, LatestOfEachKind)
{
    for (AssessmentKind kind : {AssessmentKind::Full, AssessmentKind::Pulse}) {
        const auto none = service->latest(kind);
        ASSERT_TRUE(none.ok()) << qPrintable(none.error());
        EXPECT_FALSE(none.value());
    }
    const qint64 older = record(assessment(AssessmentKind::Full, fullAnswers(2), utc(2026, 3, 2, 9, 0)));
    const qint64 newer = record(assessment(AssessmentKind::Full, fullAnswers(4), utc(2026, 4, 13, 9, 0)));
    const qint64 pulse = record(assessment(AssessmentKind::Pulse, pulseAnswers(5), utc(2026, 4, 20, 9, 0)));
    // Entered last but taken earliest (an import of an old paper assessment): not the latest.
    record(assessment(AssessmentKind::Full, fullAnswers(1), utc(2026, 1, 5, 9, 0)));

    const auto full = service->latest(AssessmentKind::Full);
    ASSERT_TRUE(full.ok()) << qPrintable(full.error());
    ASSERT_TRUE(full.value());
    EXPECT_EQ(full.value()->assessment.id, newer);
    EXPECT_NEAR(full.value()->profile.leadership.value_or(-1), 75.0, Tolerance);
    ASSERT_TRUE(full.value()->previous);
    EXPECT_EQ(full.value()->previous->id, older);
    // All "rarely" (25) to all "often" (75): +50 everywhere.
    EXPECT_NEAR(full.value()->changes.skills.value(Visionary).delta, 50.0, Tolerance);

    const auto latestPulse = service->latest(AssessmentKind::Pulse);
    ASSERT_TRUE(latestPulse.ok()) << qPrintable(latestPulse.error());
    ASSERT_TRUE(latestPulse.value());
    EXPECT_EQ(latestPulse.value()->assessment.id, pulse);
    EXPECT_EQ(latestPulse.value()->profile.kind, AssessmentKind::Pulse);
    EXPECT_NEAR(latestPulse.value()->profile.skills.value(Visionary), 100.0, Tolerance);
    EXPECT_FALSE(latestPulse.value()->previous);
}

TEST_F(ProfileServiceTest, HistoryIsOldestFirstWithProfiles)
{
    // Stored out of order.
    const qint64 may = record(assessment(AssessmentKind::Full, fullAnswers(4), utc(2026, 5, 4, 8, 30)));
    const qint64 march = record(assessment(AssessmentKind::Full, fullAnswers(2), utc(2026, 3, 2, 8, 30)));
    const qint64 april = record(assessment(AssessmentKind::Pulse, pulseAnswers(3), utc(2026, 4, 6, 8, 30)));

    const auto all = service->history();
    ASSERT_TRUE(all.ok()) << qPrintable(all.error());
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->at(0).id, march);
    EXPECT_EQ(all->at(1).id, april);
    EXPECT_EQ(all->at(2).id, may);
    EXPECT_EQ(all->at(0).takenAt, utc(2026, 3, 2, 8, 30));
    EXPECT_EQ(all->at(1).kind, AssessmentKind::Pulse);
    EXPECT_FALSE(all->at(2).uuid.isNull());
    EXPECT_NEAR(all->at(0).profile.leadership.value_or(-1), 25.0, Tolerance);
    EXPECT_NEAR(all->at(1).profile.leadership.value_or(-1), 50.0, Tolerance);
    EXPECT_EQ(all->at(1).profile.kind, AssessmentKind::Pulse);
    EXPECT_NEAR(all->at(2).profile.management.value_or(-1), 75.0, Tolerance);
    ASSERT_TRUE(all->at(2).profile.label);
    EXPECT_EQ(all->at(2).profile.label->key(), QStringLiteral("balanced-strong"));

    const auto fulls = service->history(AssessmentKind::Full);
    ASSERT_TRUE(fulls.ok()) << qPrintable(fulls.error());
    ASSERT_EQ(fulls->size(), 2);
    EXPECT_EQ(fulls->at(0).id, march);
    EXPECT_EQ(fulls->at(1).id, may);
    const auto pulses = service->history(AssessmentKind::Pulse);
    ASSERT_TRUE(pulses.ok()) << qPrintable(pulses.error());
    ASSERT_EQ(pulses->size(), 1);
    EXPECT_EQ(pulses->at(0).id, april);
}

TEST_F(ProfileServiceTest, DeleteAndUndoRestoresTheResults)
{
    Answers a = fullAnswers(4);
    answerSkillEvenly(a, Visionary, 2);
    const qint64 first = record(assessment(AssessmentKind::Full, a, utc(2026, 5, 4, 8, 30)));
    const qint64 second = record(assessment(AssessmentKind::Full, fullAnswers(4), utc(2026, 6, 15, 8, 30), QStringLiteral("after the offsite")));
    const AssessmentResult before = result(second);
    ASSERT_TRUE(before.previous);
    const int answersBefore = rows("answers");

    const auto removed = repo->remove(second);
    ASSERT_TRUE(removed.ok()) << qPrintable(removed.error());
    // Everything needed to put it back.
    EXPECT_EQ(removed->id, second);
    EXPECT_EQ(removed->uuid, before.assessment.uuid);
    EXPECT_EQ(removed->kind, AssessmentKind::Full);
    EXPECT_EQ(removed->takenAt, utc(2026, 6, 15, 8, 30));
    EXPECT_EQ(removed->note, QStringLiteral("after the offsite"));
    EXPECT_EQ(removed->modelVersion, model.version);
    EXPECT_EQ(removed->answers, fullAnswers(4));

    // Gone, answers included; the first one is the latest again, with nothing before it.
    EXPECT_EQ(repo->count().value(), 1);
    EXPECT_EQ(rows("answers"), answersBefore - 52);
    EXPECT_FALSE(service->result(second).ok());
    const auto latest = service->latest(AssessmentKind::Full);
    ASSERT_TRUE(latest.ok() && latest.value());
    EXPECT_EQ(latest.value()->assessment.id, first);
    EXPECT_FALSE(latest.value()->previous);

    // Undo: add back what was removed.
    const auto restored = repo->add(removed.value());
    ASSERT_TRUE(restored.ok()) << qPrintable(restored.error());
    EXPECT_EQ(repo->count().value(), 2);
    EXPECT_EQ(rows("answers"), answersBefore);
    const AssessmentResult after = result(restored.value());
    EXPECT_EQ(after.assessment.uuid, before.assessment.uuid);
    EXPECT_EQ(after.assessment.takenAt, before.assessment.takenAt);
    EXPECT_EQ(after.assessment.note, before.assessment.note);
    EXPECT_EQ(after.assessment.answers, before.assessment.answers);
    ASSERT_TRUE(after.previous);
    EXPECT_EQ(after.previous->id, first);
    EXPECT_EQ(after.profile.skills, before.profile.skills);
    ASSERT_TRUE(after.changes.leadership);
    EXPECT_NEAR(after.changes.leadership->delta, before.changes.leadership->delta, Tolerance);
    EXPECT_NEAR(after.changes.skills.value(Visionary).delta, 50.0, Tolerance);
    EXPECT_TRUE(after.changes.skills.value(Visionary).meaningful);
    const auto latestAgain = service->latest(AssessmentKind::Full);
    ASSERT_TRUE(latestAgain.ok() && latestAgain.value());
    EXPECT_EQ(latestAgain.value()->assessment.uuid, before.assessment.uuid);
}

TEST_F(ProfileServiceTest, RemovingAnUnknownIdChangesNothing)
{
    record(assessment(AssessmentKind::Full, fullAnswers(4), utc(2026, 5, 4, 8, 30)));
    const auto removed = repo->remove(4242);
    ASSERT_FALSE(removed.ok());
    EXPECT_TRUE(removed.error().contains(QLatin1String("4242"))) << qPrintable(removed.error());
    EXPECT_EQ(repo->count().value(), 1);
    EXPECT_EQ(rows("answers"), 52);
}

TEST_F(ProfileServiceTest, EqualTimesAreOrderedByInsertion)
{
    // Two full assessments stored with the same second (an import, or a quick double submit).
    const QDateTime same = utc(2026, 5, 4, 8, 30);
    const qint64 earlier = record(assessment(AssessmentKind::Full, fullAnswers(3), utc(2026, 4, 1, 8, 0)));
    const qint64 a = record(assessment(AssessmentKind::Full, fullAnswers(2), same));
    const qint64 b = record(assessment(AssessmentKind::Full, fullAnswers(4), same));
    ASSERT_LT(a, b);

    auto stored = [&](qint64 id) {
        const auto got = repo->get(id);
        EXPECT_TRUE(got.ok()) << qPrintable(got.error());
        return got.ok() ? got.value() : Assessment{};
    };
    const auto beforeB = repo->previous(stored(b));
    ASSERT_TRUE(beforeB.ok()) << qPrintable(beforeB.error());
    ASSERT_TRUE(beforeB.value());
    EXPECT_EQ(beforeB.value()->id, a);
    EXPECT_EQ(beforeB.value()->answers, fullAnswers(2));
    const auto beforeA = repo->previous(stored(a));
    ASSERT_TRUE(beforeA.ok()) << qPrintable(beforeA.error());
    ASSERT_TRUE(beforeA.value());
    EXPECT_EQ(beforeA.value()->id, earlier);
    const auto beforeEarliest = repo->previous(stored(earlier));
    ASSERT_TRUE(beforeEarliest.ok());
    EXPECT_FALSE(beforeEarliest.value());

    // The latest is the one stored last, and its change is against the other of that second.
    const auto latest = service->latest(AssessmentKind::Full);
    ASSERT_TRUE(latest.ok() && latest.value());
    EXPECT_EQ(latest.value()->assessment.id, b);
    EXPECT_NEAR(latest.value()->changes.skills.value(Visionary).delta, 50.0, Tolerance);
    const auto history = service->history(AssessmentKind::Full);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 3);
    EXPECT_EQ(history->at(1).id, a);
    EXPECT_EQ(history->at(2).id, b);
}

TEST_F(ProfileServiceTest, SummariesAndLastTakenAt)
{
    for (AssessmentKind kind : {AssessmentKind::Full, AssessmentKind::Pulse}) {
        const auto none = repo->lastTakenAt(kind);
        ASSERT_TRUE(none.ok()) << qPrintable(none.error());
        EXPECT_FALSE(none.value());
    }
    for (int week = 0; week < 5; ++week)
        record(assessment(AssessmentKind::Pulse, pulseAnswers(3), utc(2026, 3, 2, 8, 0).addDays(7 * week)));
    record(assessment(AssessmentKind::Full, fullAnswers(4), utc(2026, 3, 3, 8, 0)));

    const auto lastPulse = repo->lastTakenAt(AssessmentKind::Pulse);
    ASSERT_TRUE(lastPulse.ok() && lastPulse.value());
    EXPECT_EQ(*lastPulse.value(), utc(2026, 3, 30, 8, 0));
    EXPECT_EQ(lastPulse.value()->timeSpec(), Qt::UTC);
    EXPECT_EQ(*repo->lastTakenAt(AssessmentKind::Full).value(), utc(2026, 3, 3, 8, 0));

    // A page of the history list: newest first, limited, without answers.
    const auto page = repo->summaries(AssessmentKind::Pulse, 2, 1);
    ASSERT_TRUE(page.ok()) << qPrintable(page.error());
    ASSERT_EQ(page->size(), 2);
    EXPECT_EQ(page->at(0).takenAt, utc(2026, 3, 23, 8, 0));
    EXPECT_EQ(page->at(1).takenAt, utc(2026, 3, 16, 8, 0));
    EXPECT_TRUE(page->at(0).answers.isEmpty());
    const auto both = repo->summaries(std::nullopt, 10);
    ASSERT_TRUE(both.ok());
    EXPECT_EQ(both->size(), 6);
    EXPECT_EQ(both->at(0).takenAt, utc(2026, 3, 30, 8, 0));
}
