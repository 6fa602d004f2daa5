// The repositories: what goes in comes back out exactly, and what the schema refuses leaves
// nothing half-stored behind.
#include "qtprinters.h"
#include "assessmentrepository.h"
#include "database.h"
#include "goalrepository.h"
#include "journalrepository.h"
#include "settingsrepository.h"
#include "tempdatadir.h"
#include "transaction.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

namespace {

QDateTime utc(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

class RepositoryTest : public ::testing::Test
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

    QVariant scalar(const QString &sql, const QVariantMap &bindings = {}) const
    {
        const auto v = db->scalar(sql, bindings);
        EXPECT_TRUE(v.ok()) << qPrintable(v.error());
        return v.ok() ? v.value() : QVariant();
    }

    TempDataDir dir;
    std::unique_ptr<Database> db;
};

Assessment fullAssessment()
{
    Assessment a;
    a.uuid = QUuid::fromString(QStringLiteral("1b4e28ba-2fa1-41d2-883f-0016d3cca427"));
    a.kind = AssessmentKind::Full;
    a.modelVersion = QStringLiteral("2026.1");
    a.takenAt = utc(2026, 5, 4, 8, 30);
    a.note = QStringLiteral("After the reorganisation — tired but hopeful.");
    a.answers = {{QStringLiteral("visionary-thinking.1"), 4},
                 {QStringLiteral("visionary-thinking.4"), 2},
                 {QStringLiteral("risk.lead.1"), 1},
                 {QStringLiteral("risk.manage.2"), 5}};
    return a;
}

} // namespace

TEST_F(RepositoryTest, AssessmentRoundTrip)
{
    AssessmentRepository repo(*db);
    const Assessment full = fullAssessment();
    const auto id = repo.add(full);
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    EXPECT_GT(id.value(), 0);

    Assessment pulse;
    pulse.kind = AssessmentKind::Pulse;
    pulse.modelVersion = QStringLiteral("2026.1");
    // Given in UTC+2; stored and read back as the same instant.
    pulse.takenAt = QDateTime(QDate(2026, 5, 11), QTime(9, 15), Qt::OffsetFromUTC, 2 * 3600);
    pulse.answers = {{QStringLiteral("pulse.visionary-thinking"), 3}};
    const auto pulseId = repo.add(pulse);
    ASSERT_TRUE(pulseId.ok()) << qPrintable(pulseId.error());

    EXPECT_EQ(repo.count().value(), 2);
    EXPECT_EQ(repo.count(AssessmentKind::Full).value(), 1);
    EXPECT_EQ(repo.count(AssessmentKind::Pulse).value(), 1);

    const auto all = repo.list();
    ASSERT_TRUE(all.ok()) << qPrintable(all.error());
    ASSERT_EQ(all->size(), 2);
    // Newest first.
    EXPECT_EQ(all->at(0).id, pulseId.value());
    EXPECT_EQ(all->at(1).id, id.value());

    const Assessment &back = all->at(1);
    EXPECT_EQ(back.uuid, full.uuid);
    EXPECT_EQ(back.kind, AssessmentKind::Full);
    EXPECT_EQ(back.modelVersion, full.modelVersion);
    EXPECT_EQ(back.takenAt, full.takenAt);
    EXPECT_EQ(back.takenAt.timeSpec(), Qt::UTC);
    EXPECT_EQ(back.note, full.note);
    EXPECT_EQ(back.answers, full.answers);

    const Assessment &pulseBack = all->at(0);
    EXPECT_EQ(pulseBack.kind, AssessmentKind::Pulse);
    EXPECT_EQ(pulseBack.takenAt, utc(2026, 5, 11, 7, 15));
    EXPECT_FALSE(pulseBack.uuid.isNull()); // a fresh one was given
    EXPECT_NE(pulseBack.uuid, full.uuid);
    EXPECT_EQ(pulseBack.note, QString());
    EXPECT_EQ(pulseBack.answers, pulse.answers);

    const auto fullOnly = repo.list(AssessmentKind::Full);
    ASSERT_TRUE(fullOnly.ok());
    ASSERT_EQ(fullOnly->size(), 1);
    EXPECT_EQ(fullOnly->first().uuid, full.uuid);
}

TEST_F(RepositoryTest, AssessmentsAreListedNewestFirstWhateverTheInsertOrder)
{
    AssessmentRepository repo(*db);
    const QList<QDateTime> times = {utc(2025, 1, 6, 9, 0), utc(2026, 2, 2, 9, 0), utc(2025, 7, 7, 9, 0)};
    for (const QDateTime &t : times) {
        Assessment a;
        a.kind = AssessmentKind::Pulse;
        a.modelVersion = QStringLiteral("2026.1");
        a.takenAt = t;
        ASSERT_TRUE(repo.add(a).ok());
    }
    const auto list = repo.list();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 3);
    EXPECT_EQ(list->at(0).takenAt, times.at(1));
    EXPECT_EQ(list->at(1).takenAt, times.at(2));
    EXPECT_EQ(list->at(2).takenAt, times.at(0));
    // An assessment without answers comes back with none.
    EXPECT_TRUE(list->at(0).answers.isEmpty());
}

// The "self" of a feedback round: the newest full assessment up to the round's close, a pulse
// never, one taken exactly at the close included.
TEST_F(RepositoryTest, TheLatestAssessmentUpToATime)
{
    AssessmentRepository repo(*db);
    for (const auto &[kind, time] : { std::pair { AssessmentKind::Full, utc(2026, 3, 2, 9, 0) },
                                      std::pair { AssessmentKind::Full, utc(2026, 6, 1, 9, 0) },
                                      std::pair { AssessmentKind::Pulse, utc(2026, 6, 8, 9, 0) },
                                      std::pair { AssessmentKind::Full, utc(2026, 9, 7, 9, 0) } }) {
        Assessment a;
        a.kind = kind;
        a.modelVersion = QStringLiteral("2026.1");
        a.takenAt = time;
        a.answers = { { QStringLiteral("risk.lead.1"), 3 } };
        ASSERT_TRUE(repo.add(a).ok());
    }
    const auto upToJuly = repo.latestUpTo(AssessmentKind::Full, utc(2026, 7, 1, 0, 0));
    ASSERT_TRUE(upToJuly.ok() && upToJuly.value());
    EXPECT_EQ(upToJuly.value()->takenAt, utc(2026, 6, 1, 9, 0));
    EXPECT_EQ(upToJuly.value()->answers.value(QStringLiteral("risk.lead.1")), 3) << "with its answers";
    const auto atTheSecond = repo.latestUpTo(AssessmentKind::Full, utc(2026, 9, 7, 9, 0));
    ASSERT_TRUE(atTheSecond.ok() && atTheSecond.value());
    EXPECT_EQ(atTheSecond.value()->takenAt, utc(2026, 9, 7, 9, 0));
    const auto before = repo.latestUpTo(AssessmentKind::Full, utc(2026, 1, 1, 0, 0));
    ASSERT_TRUE(before.ok());
    EXPECT_FALSE(before.value());
}

TEST_F(RepositoryTest, AssessmentWithAnOutOfRangeAnswerIsNotStoredAtAll)
{
    AssessmentRepository repo(*db);
    ASSERT_TRUE(repo.add(fullAssessment()).ok());
    const int answersBefore = rows("answers");

    Assessment bad = fullAssessment();
    bad.uuid = QUuid::createUuid();
    bad.answers.insert(QStringLiteral("visionary-thinking.2"), 6);
    const auto added = repo.add(bad);
    ASSERT_FALSE(added.ok());
    EXPECT_TRUE(added.error().contains(QLatin1String("visionary-thinking.2"))) << qPrintable(added.error());
    EXPECT_EQ(repo.count().value(), 1);
    EXPECT_EQ(rows("answers"), answersBefore);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM answers WHERE assessment_id NOT IN (SELECT id FROM assessments)")).toInt(), 0);

    bad.answers.insert(QStringLiteral("visionary-thinking.2"), 0);
    EXPECT_FALSE(repo.add(bad).ok());
    EXPECT_EQ(repo.count().value(), 1);
}

TEST_F(RepositoryTest, AssessmentJoinsTheCallersTransaction)
{
    AssessmentRepository repo(*db);
    {
        Transaction transaction(*db);
        ASSERT_TRUE(transaction.isActive());
        ASSERT_TRUE(repo.add(fullAssessment()).ok());
        EXPECT_EQ(repo.count().value(), 1);
        // Not committed: the caller gave up, so the assessment goes too.
    }
    EXPECT_EQ(repo.count().value(), 0);
    EXPECT_EQ(rows("answers"), 0);
}

TEST_F(RepositoryTest, DuplicateUuidIsRefused)
{
    AssessmentRepository repo(*db);
    ASSERT_TRUE(repo.add(fullAssessment()).ok());
    EXPECT_FALSE(repo.add(fullAssessment()).ok());
    EXPECT_EQ(repo.count().value(), 1);
}

namespace {

JournalEntry unicodeEntry()
{
    JournalEntry e;
    e.uuid = QUuid::fromString(QStringLiteral("f47ac10b-58cc-4372-a567-0e02b2c3d479"));
    e.occurredAt = utc(2026, 4, 14, 15, 45);
    e.createdAt = utc(2026, 4, 14, 17, 0);
    e.updatedAt = utc(2026, 4, 15, 8, 5);
    e.title = QStringLiteral("Feedback to the team 🙂🚀 — 👩🏽‍💻");
    e.situation = QStringLiteral("تحدثت مع الفريق عن الأولويات. שיחה עם הצוות על העדיפויות.");
    e.mode = Mode::Both;
    e.outcome = QStringLiteral("会议很顺利。チームは納得した。회의가 잘 됐다.");
    e.rating = 4;
    e.feelings = QStringLiteral("Erleichtert, ein bisschen nervös; e\u0301 (combining accent)");
    e.learned = QStringLiteral("Line one\nLine two\r\n\ttabbed   ");
    e.nextTime = QStringLiteral("Ask first, then decide.");
    e.body = QStringLiteral("# Notes\n\n- **bold** and `code`\n- [link](https://example.org)\n");
    e.tags = {QStringLiteral("Führung"), QStringLiteral("日本語")};
    e.skills = {QStringLiteral("visionary-thinking"), QStringLiteral("communication-clarity")};
    e.contrasts = {QStringLiteral("risk")};
    e.areas = {QStringLiteral("goals"), QStringLiteral("communication")};
    return e;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

TEST_F(RepositoryTest, JournalEntryRoundTrip)
{
    JournalRepository repo(*db);
    const JournalEntry e = unicodeEntry();
    const auto id = repo.add(e);
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    const auto back = repo.get(id.value());
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    const JournalEntry &b = back.value();
    EXPECT_EQ(b.id, id.value());
    EXPECT_EQ(b.uuid, e.uuid);
    EXPECT_EQ(b.occurredAt, e.occurredAt);
    EXPECT_EQ(b.createdAt, e.createdAt);
    EXPECT_EQ(b.updatedAt, e.updatedAt);
    EXPECT_EQ(b.title, e.title);
    EXPECT_EQ(b.situation, e.situation);
    EXPECT_EQ(b.mode, Mode::Both);
    EXPECT_EQ(b.outcome, e.outcome);
    EXPECT_EQ(b.rating, std::optional<int>(4));
    EXPECT_EQ(b.feelings, e.feelings);
    EXPECT_EQ(b.learned, e.learned);
    EXPECT_EQ(b.nextTime, e.nextTime);
    EXPECT_EQ(b.body, e.body);
    EXPECT_EQ(sorted(b.tags), sorted(e.tags));
    EXPECT_EQ(sorted(b.skills), sorted(e.skills));
    EXPECT_EQ(b.contrasts, e.contrasts);
    EXPECT_EQ(sorted(b.areas), sorted(e.areas));
    EXPECT_EQ(repo.count().value(), 1);
}

TEST_F(RepositoryTest, JournalModesRoundTrip)
{
    JournalRepository repo(*db);
    for (Mode mode : {Mode::Unset, Mode::Lead, Mode::Manage, Mode::Both}) {
        JournalEntry e;
        e.occurredAt = utc(2026, 1, 5, 10, 0);
        e.mode = mode;
        const auto id = repo.add(e);
        ASSERT_TRUE(id.ok()) << qPrintable(id.error());
        EXPECT_EQ(repo.get(id.value())->mode, mode) << qPrintable(modeKey(mode));
    }
}

TEST_F(RepositoryTest, MegabyteBodyComesBackByteForByte)
{
    JournalRepository repo(*db);
    // A mix of one-, two-, three- and four-byte UTF-8 characters, line breaks and tabs.
    const QStringList pieces = {QStringLiteral("a"), QStringLiteral(" "), QStringLiteral("\n"), QStringLiteral("\r\n"),
                                QStringLiteral("\t"), QStringLiteral("é"), QStringLiteral("ß"), QStringLiteral("ع"),
                                QStringLiteral("א"), QStringLiteral("漢"), QStringLiteral("🙂"), QStringLiteral("Z")};
    QRandomGenerator generator(7);
    QString body;
    while (body.toUtf8().size() < 1024 * 1024) {
        for (int i = 0; i < 4096; ++i)
            body += pieces.at(static_cast<qsizetype>(generator.bounded(static_cast<int>(pieces.size()))));
    }
    JournalEntry e;
    e.occurredAt = utc(2026, 6, 1, 12, 0);
    e.body = body;
    const auto id = repo.add(e);
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    const auto back = repo.get(id.value());
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    EXPECT_GE(back->body.toUtf8().size(), 1024 * 1024);
    EXPECT_TRUE(back->body.toUtf8() == body.toUtf8()) << "the body changed on its way through the database";
}

TEST_F(RepositoryTest, TagsAreSharedWhateverTheirCase)
{
    JournalRepository repo(*db);
    JournalEntry first;
    first.occurredAt = utc(2026, 2, 3, 9, 0);
    first.tags = {QStringLiteral("Feedback"), QStringLiteral("team")};
    JournalEntry second = first;
    second.tags = {QStringLiteral("feedback"), QStringLiteral("TEAM"), QStringLiteral(" Team "), QStringLiteral("1:1")};
    const auto a = repo.add(first);
    const auto b = repo.add(second);
    ASSERT_TRUE(a.ok()) << qPrintable(a.error());
    ASSERT_TRUE(b.ok()) << qPrintable(b.error());
    // One row per tag, spelled as it was first written.
    EXPECT_EQ(rows("tags"), 3);
    EXPECT_EQ(repo.get(b.value())->tags, (QStringList{QStringLiteral("1:1"), QStringLiteral("Feedback"), QStringLiteral("team")}));
    EXPECT_EQ(repo.get(a.value())->tags, (QStringList{QStringLiteral("Feedback"), QStringLiteral("team")}));
}

TEST_F(RepositoryTest, EmptyTagIsRefusedAndNothingIsStored)
{
    JournalRepository repo(*db);
    JournalEntry e;
    e.occurredAt = utc(2026, 2, 3, 9, 0);
    e.title = QStringLiteral("Has a blank tag");
    e.skills = {QStringLiteral("visionary-thinking")};
    e.tags = {QStringLiteral("ok"), QStringLiteral("   ")};
    const auto added = repo.add(e);
    ASSERT_FALSE(added.ok());
    EXPECT_TRUE(added.error().contains(QLatin1String("tag"))) << qPrintable(added.error());
    EXPECT_EQ(repo.count().value(), 0);
    EXPECT_EQ(rows("tags"), 0);
    EXPECT_EQ(rows("journal_links"), 0);
}

TEST_F(RepositoryTest, DuplicateLinksAreStoredOnce)
{
    JournalRepository repo(*db);
    JournalEntry e;
    e.occurredAt = utc(2026, 2, 3, 9, 0);
    e.skills = {QStringLiteral("visionary-thinking"), QStringLiteral("visionary-thinking")};
    const auto id = repo.add(e);
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    EXPECT_EQ(repo.get(id.value())->skills, QStringList{QStringLiteral("visionary-thinking")});
}

TEST_F(RepositoryTest, RatingNullAndSet)
{
    JournalRepository repo(*db);
    JournalEntry unrated;
    unrated.occurredAt = utc(2026, 2, 3, 9, 0);
    JournalEntry rated = unrated;
    rated.rating = 1;
    const auto a = repo.add(unrated);
    const auto b = repo.add(rated);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_FALSE(repo.get(a.value())->rating.has_value());
    EXPECT_EQ(repo.get(b.value())->rating, std::optional<int>(1));
    EXPECT_EQ(scalar(QStringLiteral("SELECT typeof(rating) FROM journal_entries WHERE id = :id"), {{QStringLiteral(":id"), a.value()}})
                      .toString(),
              QStringLiteral("null"));

    JournalEntry bad = unrated;
    bad.rating = 6;
    EXPECT_FALSE(repo.add(bad).ok());
    EXPECT_EQ(repo.count().value(), 2);
}

TEST_F(RepositoryTest, EmptyTextsStayEmptyStrings)
{
    JournalRepository repo(*db);
    JournalEntry e; // every text a null QString
    e.occurredAt = utc(2026, 2, 3, 9, 0);
    e.learned = QStringLiteral("");
    const auto id = repo.add(e);
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    const QVariantMap byId{{QStringLiteral(":id"), id.value()}};
    EXPECT_EQ(scalar(QStringLiteral("SELECT typeof(title) || typeof(situation) || typeof(outcome) || typeof(feelings)"
                                    " || typeof(learned) || typeof(next_time) || typeof(body) || typeof(mode)"
                                    " FROM journal_entries WHERE id = :id"),
                     byId)
                      .toString(),
              QStringLiteral("text").repeated(8));
    const auto back = repo.get(id.value());
    ASSERT_TRUE(back.ok());
    EXPECT_TRUE(back->title.isEmpty());
    EXPECT_TRUE(back->learned.isEmpty());
    EXPECT_EQ(back->mode, Mode::Unset);
    // Missing created and updated times take the time it happened.
    EXPECT_EQ(back->createdAt, e.occurredAt);
    EXPECT_EQ(back->updatedAt, e.occurredAt);
}

TEST_F(RepositoryTest, UnknownJournalIdNamesTheId)
{
    JournalRepository repo(*db);
    const auto missing = repo.get(987654);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().contains(QLatin1String("987654"))) << qPrintable(missing.error());
}

TEST_F(RepositoryTest, GoalWithStepsRoundTrip)
{
    GoalRepository repo(*db);
    Goal g;
    g.createdAt = utc(2026, 3, 1, 10, 0);
    g.targetKind = GoalTarget::LeadPole;
    g.targetId = QStringLiteral("risk");
    g.title = QStringLiteral("Take one calculated risk a month");
    g.why = QStringLiteral("I play it too safe.");
    g.dueOn = QDate(2026, 6, 30);
    g.targetScore = 65;
    g.steps = {{QUuid(), QStringLiteral("List three bets"), {}, {}, utc(2026, 3, 8, 18, 0)},
               {QUuid(), QStringLiteral("Pick one and tell the team"), {}, {}, QDateTime()},
               {QUuid(), QStringLiteral("Review how it went"), {}, {}, QDateTime()}};
    const auto id = repo.add(g);
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());

    Goal open;
    open.createdAt = utc(2026, 3, 2, 10, 0);
    open.targetId = QStringLiteral("visionary-thinking");
    open.title = QStringLiteral("Write the one-page vision");
    open.status = GoalStatus::Done;
    open.closedAt = utc(2026, 4, 2, 10, 0);
    ASSERT_TRUE(repo.add(open).ok());

    EXPECT_EQ(repo.count().value(), 2);
    EXPECT_EQ(repo.count(GoalStatus::Active).value(), 1);
    EXPECT_EQ(repo.count(GoalStatus::Done).value(), 1);
    EXPECT_EQ(repo.count(GoalStatus::Dropped).value(), 0);

    const QVariantMap byId{{QStringLiteral(":id"), id.value()}};
    EXPECT_EQ(scalar(QStringLiteral("SELECT target_kind || '|' || target_id || '|' || due_on || '|' || target_score || '|' || status"
                                    " FROM goals WHERE id = :id"),
                     byId)
                      .toString(),
              QStringLiteral("lead_pole|risk|2026-06-30|65|active"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT group_concat(text, ' / ') FROM (SELECT text FROM goal_steps"
                                    " WHERE goal_id = :id ORDER BY position)"),
                     byId)
                      .toString(),
              QStringLiteral("List three bets / Pick one and tell the team / Review how it went"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM goal_steps WHERE goal_id = :id AND done_at IS NOT NULL"), byId).toInt(), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(DISTINCT uuid) FROM goal_steps")).toInt(), 3);
}

TEST_F(RepositoryTest, GoalWithOutOfRangeTargetLeavesNoSteps)
{
    GoalRepository repo(*db);
    Goal g;
    g.createdAt = utc(2026, 3, 1, 10, 0);
    g.targetId = QStringLiteral("visionary-thinking");
    g.title = QStringLiteral("Too ambitious");
    g.targetScore = 101;
    g.steps = {{QUuid(), QStringLiteral("Step"), {}, {}, QDateTime()}};
    EXPECT_FALSE(repo.add(g).ok());
    EXPECT_EQ(repo.count().value(), 0);
    EXPECT_EQ(rows("goal_steps"), 0);
}

TEST_F(RepositoryTest, GoalUpdateReplacesFieldsAndStepsAndKeepsEvidence)
{
    GoalRepository repo(*db);
    Goal g;
    g.createdAt = utc(2026, 3, 1, 10, 0);
    g.targetId = QStringLiteral("visionary-thinking");
    g.title = QStringLiteral("Write the one-page vision");
    g.steps = {{QUuid(), QStringLiteral("Draft"), {}, {}, QDateTime()}, {QUuid(), QStringLiteral("Share"), {}, {}, QDateTime()}};
    const auto id = repo.add(g);
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    JournalEntry e;
    e.occurredAt = utc(2026, 3, 3, 9, 0);
    e.title = QStringLiteral("Shared the draft");
    const auto entry = JournalRepository(*db).add(e);
    ASSERT_TRUE(entry.ok());
    ASSERT_TRUE(repo.replaceEvidence(id.value(), {entry.value(), entry.value()}).ok()) << "named twice, kept once";
    EXPECT_EQ(rows("goal_evidence"), 1);

    auto stored = repo.active(1);
    ASSERT_TRUE(stored.ok() && stored->size() == 1);
    Goal changed = stored->first();
    const QUuid kept = changed.steps.at(1).uuid;
    changed.title = QStringLiteral("Write and share the one-page vision");
    changed.steps = {changed.steps.at(1), {QUuid(), QStringLiteral("Ask for questions"), {}, {}, QDateTime()}};
    changed.steps[0].doneAt = utc(2026, 3, 4, 12, 0);
    changed.updatedAt = utc(2026, 3, 4, 12, 0);
    ASSERT_TRUE(repo.update(changed).ok());

    const QVariantMap byId{{QStringLiteral(":id"), id.value()}};
    EXPECT_EQ(scalar(QStringLiteral("SELECT title || '|' || created_at || '|' || updated_at FROM goals WHERE id = :id"), byId)
                      .toString(),
              QStringLiteral("Write and share the one-page vision|2026-03-01T10:00:00Z|2026-03-04T12:00:00Z"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT group_concat(text, ' / ') FROM (SELECT text FROM goal_steps"
                                    " WHERE goal_id = :id ORDER BY position)"),
                     byId)
                      .toString(),
              QStringLiteral("Share / Ask for questions"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT uuid FROM goal_steps WHERE done_at IS NOT NULL")).toString(),
              kept.toString(QUuid::WithoutBraces))
            << "a step kept keeps its uuid";
    EXPECT_EQ(rows("goal_evidence"), 1) << "the evidence is not the update's business";

    changed.id = id.value() + 100;
    const Status unknown = repo.update(changed);
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains(QString::number(id.value() + 100))) << qPrintable(unknown.error());
    ASSERT_TRUE(repo.replaceEvidence(id.value(), {}).ok());
    EXPECT_EQ(rows("goal_evidence"), 0);
}

TEST_F(RepositoryTest, ASettingIsAddedOnlyWhereThereIsNone)
{
    SettingsRepository settings(*db);
    ASSERT_TRUE(settings.setValue(QStringLiteral("cadence.pulse_weekday"), QStringLiteral("3")).ok());
    const auto mine = settings.addIfAbsent(QStringLiteral("cadence.pulse_weekday"), QStringLiteral("5"));
    ASSERT_TRUE(mine.ok()) << qPrintable(mine.error());
    EXPECT_FALSE(mine.value());
    EXPECT_EQ(settings.value(QStringLiteral("cadence.pulse_weekday")).value(), QStringLiteral("3")) << "yours wins";
    const auto added = settings.addIfAbsent(QStringLiteral("cadence.reminders"), QStringLiteral("0"));
    ASSERT_TRUE(added.ok()) << qPrintable(added.error());
    EXPECT_TRUE(added.value());
    EXPECT_EQ(settings.value(QStringLiteral("cadence.reminders")).value(), QStringLiteral("0"));
}

TEST_F(RepositoryTest, SettingsValueRoundTrip)
{
    SettingsRepository settings(*db);
    EXPECT_EQ(settings.value(QStringLiteral("ui.theme")).value(), QString());
    EXPECT_EQ(settings.value(QStringLiteral("ui.theme"), QStringLiteral("system")).value(), QStringLiteral("system"));
    ASSERT_TRUE(settings.setValue(QStringLiteral("ui.theme"), QStringLiteral("dark")).ok());
    EXPECT_EQ(settings.value(QStringLiteral("ui.theme"), QStringLiteral("system")).value(), QStringLiteral("dark"));
    ASSERT_TRUE(settings.setValue(QStringLiteral("ui.theme"), QStringLiteral("Ωmega ✓")).ok());
    EXPECT_EQ(settings.value(QStringLiteral("ui.theme")).value(), QStringLiteral("Ωmega ✓"));
    EXPECT_EQ(rows("settings"), 1);
    // An empty value is a value, not "unset".
    ASSERT_TRUE(settings.setValue(QStringLiteral("ui.theme"), QString()).ok());
    EXPECT_EQ(settings.value(QStringLiteral("ui.theme"), QStringLiteral("system")).value(), QString());
}

TEST_F(RepositoryTest, ALeadingByteOrderMarkIsStoredAsGiven)
{
    // SQLite drops a leading U+FEFF of the UTF-16 text Qt's driver gives it; the repositories
    // keep it, in every text a user writes.
    const QString mark(QChar(0xFEFF));
    JournalRepository journal(*db);
    JournalEntry e;
    e.occurredAt = utc(2026, 2, 3, 9, 0);
    e.title = mark + QStringLiteral("Title");
    e.body = mark + mark + QStringLiteral("Two marks");
    e.learned = mark;
    e.tags = {mark + QStringLiteral("marked"), QStringLiteral("plain")};
    const auto id = journal.add(e);
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    const auto back = journal.get(id.value());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->title, e.title);
    EXPECT_EQ(back->body, e.body);
    EXPECT_EQ(back->learned, e.learned);
    EXPECT_TRUE(back->tags.contains(mark + QStringLiteral("marked"))) << qPrintable(back->tags.join(QLatin1Char('|')));
    // The tag is found again by its name, mark and all: a second entry shares it.
    JournalEntry second = e;
    second.tags = {mark + QStringLiteral("marked")};
    ASSERT_TRUE(journal.add(second).ok());
    EXPECT_EQ(rows("tags"), 2);
    JournalFilter byTag;
    byTag.tag = mark + QStringLiteral("marked");
    EXPECT_EQ(journal.list(byTag, 10).value().size(), 2);

    Goal g;
    g.createdAt = utc(2026, 3, 1, 10, 0);
    g.targetId = QStringLiteral("risk");
    g.targetKind = GoalTarget::LeadPole;
    g.title = mark + QStringLiteral("Goal");
    g.steps = {{QUuid(), mark + QStringLiteral("Step"), {}, {}, QDateTime()}};
    const auto goalId = GoalRepository(*db).add(g);
    ASSERT_TRUE(goalId.ok()) << qPrintable(goalId.error());
    EXPECT_EQ(scalar(QStringLiteral("SELECT hex(title) FROM goals")).toString(), QStringLiteral("EFBBBF476F616C"));
    EXPECT_EQ(scalar(QStringLiteral("SELECT hex(text) FROM goal_steps")).toString(), QStringLiteral("EFBBBF53746570"));

    Assessment a = fullAssessment();
    a.note = mark + QStringLiteral("Note");
    ASSERT_TRUE(AssessmentRepository(*db).add(a).ok());
    EXPECT_EQ(AssessmentRepository(*db).list().value().first().note, a.note);

    SettingsRepository settings(*db);
    ASSERT_TRUE(settings.setValue(QStringLiteral("k"), mark).ok());
    EXPECT_EQ(settings.value(QStringLiteral("k")).value(), mark);
}

TEST_F(RepositoryTest, CadenceDefaults)
{
    const auto cadence = SettingsRepository(*db).cadence();
    ASSERT_TRUE(cadence.ok()) << qPrintable(cadence.error());
    EXPECT_EQ(cadence->pulseWeekday, 1);
    EXPECT_EQ(cadence->fullIntervalWeeks, 6);
    EXPECT_TRUE(cadence->remindersEnabled);
}

TEST_F(RepositoryTest, CadenceRoundTripSurvivesReopening)
{
    {
        Cadence cadence;
        cadence.pulseWeekday = 5;
        cadence.fullIntervalWeeks = 26;
        cadence.remindersEnabled = false;
        const Status stored = SettingsRepository(*db).setCadence(cadence);
        ASSERT_TRUE(stored.ok()) << qPrintable(stored.error());
    }
    db.reset();
    auto reopened = Database::open(dir.path());
    ASSERT_TRUE(reopened.ok()) << qPrintable(reopened.error());
    const auto cadence = SettingsRepository(*reopened.value()).cadence();
    ASSERT_TRUE(cadence.ok());
    EXPECT_EQ(cadence->pulseWeekday, 5);
    EXPECT_EQ(cadence->fullIntervalWeeks, 26);
    EXPECT_FALSE(cadence->remindersEnabled);
}

TEST_F(RepositoryTest, CadenceOutOfRangeIsRefusedWithAReason)
{
    SettingsRepository settings(*db);
    Cadence good;
    good.pulseWeekday = 3;
    good.fullIntervalWeeks = 8;
    ASSERT_TRUE(settings.setCadence(good).ok());

    for (int weekday : {0, 8}) {
        Cadence bad = good;
        bad.pulseWeekday = weekday;
        const Status refused = settings.setCadence(bad);
        ASSERT_FALSE(refused.ok()) << weekday;
        EXPECT_TRUE(refused.error().contains(QLatin1String("pulse day"))) << qPrintable(refused.error());
    }
    for (int weeks : {1, 27}) {
        Cadence bad = good;
        bad.fullIntervalWeeks = weeks;
        const Status refused = settings.setCadence(bad);
        ASSERT_FALSE(refused.ok()) << weeks;
        EXPECT_TRUE(refused.error().contains(QLatin1String("every 2 to 26 weeks"))) << qPrintable(refused.error());
    }
    // The refused values did not replace the stored ones.
    const auto cadence = settings.cadence();
    ASSERT_TRUE(cadence.ok());
    EXPECT_EQ(cadence->pulseWeekday, 3);
    EXPECT_EQ(cadence->fullIntervalWeeks, 8);
}

TEST_F(RepositoryTest, DamagedCadenceValuesFallBackToDefaults)
{
    SettingsRepository settings(*db);
    ASSERT_TRUE(settings.setValue(QStringLiteral("cadence.pulse_weekday"), QStringLiteral("banana")).ok());
    ASSERT_TRUE(settings.setValue(QStringLiteral("cadence.full_interval_weeks"), QStringLiteral("99")).ok());
    const auto cadence = settings.cadence();
    ASSERT_TRUE(cadence.ok());
    EXPECT_EQ(cadence->pulseWeekday, 1);
    EXPECT_EQ(cadence->fullIntervalWeeks, 6);
}

TEST_F(RepositoryTest, JournalUpdateReplacesEveryPartAndKeepsWhereItCameFrom)
{
    JournalRepository repo(*db);
    JournalEntry e;
    e.occurredAt = utc(2026, 2, 3, 9, 0);
    e.title = QStringLiteral("First draft");
    e.tags = {QStringLiteral("old-tag"), QStringLiteral("kept")};
    e.skills = {QStringLiteral("visionary-thinking")};
    const auto id = repo.add(e);
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    const JournalEntry stored = repo.get(id.value()).value();

    JournalEntry changed = stored;
    changed.title = QStringLiteral("Second draft ✍️");
    changed.situation = QStringLiteral("right-to-left: שלום");
    changed.mode = Mode::Both;
    changed.rating = 3;
    changed.tags = {QStringLiteral("kept"), QStringLiteral("new-tag")};
    changed.skills = {};
    changed.contrasts = {QStringLiteral("risk")};
    changed.areas = {QStringLiteral("goals")};
    changed.updatedAt = utc(2026, 2, 4, 10, 0);
    Advice advice;
    advice.modelVersion = QStringLiteral("2026.1");
    advice.questionIds = {QStringLiteral("advisor.risk")};
    advice.answers = {-2};
    advice.score = -2;
    advice.lean = Lean::Blend;
    advice.drivers = {AdviceDriver{QStringLiteral("risk"), Role::Lead, -2}};
    advice.tipIds = {QStringLiteral("risk.lead.tip1")};
    changed.advice = advice;
    ASSERT_TRUE(repo.update(changed).ok());

    const auto back = repo.get(id.value());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->title, changed.title);
    EXPECT_EQ(back->situation, changed.situation);
    EXPECT_EQ(back->mode, Mode::Both);
    EXPECT_EQ(back->rating, std::optional<int>(3));
    EXPECT_EQ(back->tags, (QStringList{QStringLiteral("kept"), QStringLiteral("new-tag")}));
    EXPECT_TRUE(back->skills.isEmpty());
    EXPECT_EQ(back->contrasts, QStringList{QStringLiteral("risk")});
    EXPECT_EQ(back->areas, QStringList{QStringLiteral("goals")});
    ASSERT_TRUE(back->advice.has_value());
    EXPECT_EQ(*back->advice, advice);
    EXPECT_EQ(back->uuid, stored.uuid);
    EXPECT_EQ(back->createdAt, stored.createdAt);
    EXPECT_EQ(back->updatedAt, changed.updatedAt);
    EXPECT_EQ(scalar(QStringLiteral("SELECT advice_lean FROM journal_entries WHERE id = :id"), {{QStringLiteral(":id"), id.value()}})
                      .toString(),
              QStringLiteral("blend"));
    // A tag nobody uses any more is gone.
    EXPECT_EQ(JournalRepository(*db).tags().value(), (QStringList{QStringLiteral("kept"), QStringLiteral("new-tag")}));

    changed.advice.reset();
    ASSERT_TRUE(repo.update(changed).ok());
    EXPECT_FALSE(repo.get(id.value())->advice.has_value());
    EXPECT_TRUE(scalar(QStringLiteral("SELECT advice FROM journal_entries WHERE id = :id"), {{QStringLiteral(":id"), id.value()}})
                        .isNull());
}

TEST_F(RepositoryTest, JournalUpdateOrRemoveOfAnUnknownIdNamesTheId)
{
    JournalRepository repo(*db);
    JournalEntry ghost;
    ghost.id = 4242;
    ghost.occurredAt = utc(2026, 2, 3, 9, 0);
    const Status updated = repo.update(ghost);
    ASSERT_FALSE(updated.ok());
    EXPECT_TRUE(updated.error().contains(QLatin1String("4242"))) << qPrintable(updated.error());
    const Status removed = repo.remove(4242);
    ASSERT_FALSE(removed.ok());
    EXPECT_TRUE(removed.error().contains(QLatin1String("4242")));
    EXPECT_EQ(rows("journal_entries"), 0);
}

TEST_F(RepositoryTest, JournalRemoveTakesTagsAndLinksWithIt)
{
    JournalRepository repo(*db);
    JournalEntry e;
    e.occurredAt = utc(2026, 2, 3, 9, 0);
    e.title = QStringLiteral("To go");
    e.tags = {QStringLiteral("only-here")};
    e.skills = {QStringLiteral("visionary-thinking")};
    const auto id = repo.add(e);
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(repo.remove(id.value()).ok());
    EXPECT_EQ(rows("journal_entries"), 0);
    EXPECT_EQ(rows("journal_links"), 0);
    EXPECT_EQ(rows("entry_tags"), 0);
    EXPECT_EQ(rows("tags"), 0);
    EXPECT_FALSE(repo.get(id.value()).ok());
}

TEST_F(RepositoryTest, JournalListPagesNewestFirstWithEveryEntryExactlyOnce)
{
    JournalRepository repo(*db);
    Transaction transaction(*db);
    // 250 entries, several sharing the same minute, added out of order.
    QList<qint64> ids;
    for (int i = 0; i < 250; ++i) {
        JournalEntry e;
        e.occurredAt = utc(2026, 1, 1, 8, 0).addSecs(((i * 37) % 120) * 3600);
        e.title = QStringLiteral("Entry %1").arg(i);
        const auto id = repo.add(e);
        ASSERT_TRUE(id.ok());
        ids.append(id.value());
    }
    ASSERT_TRUE(transaction.commit().ok());

    QList<JournalSummary> all;
    std::optional<JournalRepository::Cursor> after;
    for (int page = 0; page < 10; ++page) {
        const auto rows_ = repo.list({}, 60, after);
        ASSERT_TRUE(rows_.ok()) << qPrintable(rows_.error());
        all.append(rows_.value());
        if (rows_->size() < 60)
            break;
        after = JournalRepository::Cursor{rows_->last().occurredAt, rows_->last().id};
    }
    ASSERT_EQ(all.size(), 250);
    QList<qint64> seen;
    for (qsizetype i = 0; i < all.size(); ++i) {
        seen.append(all.at(i).id);
        if (i > 0) {
            const JournalSummary &a = all.at(i - 1);
            const JournalSummary &b = all.at(i);
            EXPECT_TRUE(a.occurredAt > b.occurredAt || (a.occurredAt == b.occurredAt && a.id > b.id)) << i;
        }
    }
    std::sort(seen.begin(), seen.end());
    std::sort(ids.begin(), ids.end());
    EXPECT_EQ(seen, ids);
}

TEST_F(RepositoryTest, JournalListFiltersAndPreviews)
{
    JournalRepository repo(*db);
    JournalEntry a;
    a.occurredAt = utc(2026, 3, 1, 12, 0);
    a.title = QStringLiteral("A");
    a.situation = QStringLiteral("  \n ");
    a.body = QStringLiteral("Body  first\nline");
    a.mode = Mode::Lead;
    a.tags = {QStringLiteral("Hiring")};
    a.skills = {QStringLiteral("emotional-intelligence")};
    a.rating = 5;
    JournalEntry b;
    b.occurredAt = utc(2026, 4, 1, 12, 0);
    b.title = QStringLiteral("B");
    b.situation = QStringLiteral("The situation");
    b.mode = Mode::Manage;
    b.rating = 2;
    const qint64 idA = repo.add(a).value();
    const qint64 idB = repo.add(b).value();

    const auto ids = [&](const JournalFilter &f) {
        QList<qint64> result;
        const auto listed = repo.list(f, 10);
        EXPECT_TRUE(listed.ok());
        for (const JournalSummary &s : listed.value())
            result.append(s.id);
        return result;
    };
    EXPECT_EQ(ids({}), (QList<qint64>{idB, idA}));
    JournalFilter f;
    f.tag = QStringLiteral("hiring");
    EXPECT_EQ(ids(f), QList<qint64>{idA});
    f = {};
    f.skill = QStringLiteral("emotional-intelligence");
    EXPECT_EQ(ids(f), QList<qint64>{idA});
    f = {};
    f.mode = Mode::Manage;
    EXPECT_EQ(ids(f), QList<qint64>{idB});
    f = {};
    f.maxRating = 3;
    EXPECT_EQ(ids(f), QList<qint64>{idB});
    f = {};
    f.from = QDate(2026, 3, 15);
    EXPECT_EQ(ids(f), QList<qint64>{idB});
    f = {};
    f.to = QDate(2026, 3, 15);
    EXPECT_EQ(ids(f), QList<qint64>{idA});

    const auto list = repo.list({}, 10).value();
    EXPECT_EQ(list.at(0).preview, QStringLiteral("The situation"));
    EXPECT_EQ(list.at(1).preview, QStringLiteral("Body first line"));  // an empty situation gives way to the notes
    EXPECT_EQ(list.at(1).rating, std::optional<int>(5));
    EXPECT_EQ(list.at(1).mode, Mode::Lead);
}

TEST_F(RepositoryTest, JournalOnThisDayFindsEarlierYearsOnly)
{
    JournalRepository repo(*db);
    const QDate today(2026, 11, 30);
    const auto addAt = [&](const QDate &day, const QString &title) {
        JournalEntry e;
        e.occurredAt = QDateTime(day, QTime(12, 0)).toUTC();  // midday, local time
        e.title = title;
        return repo.add(e).value();
    };
    addAt(today, QStringLiteral("today"));
    const qint64 lastYear = addAt(today.addYears(-1), QStringLiteral("last year"));
    addAt(today.addYears(-1).addDays(1), QStringLiteral("a day off"));
    const qint64 fiveYears = addAt(today.addYears(-5), QStringLiteral("five years"));
    const auto found = repo.onThisDay(today, 10);
    ASSERT_TRUE(found.ok()) << qPrintable(found.error());
    ASSERT_EQ(found->size(), 2);
    EXPECT_EQ(found->at(0).id, lastYear);
    EXPECT_EQ(found->at(1).id, fiveYears);
    EXPECT_EQ(repo.onThisDay(today, 1)->size(), 1);
}
