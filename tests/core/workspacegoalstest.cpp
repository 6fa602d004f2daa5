// The life of a goal and of a reviewed decision through the workspace, the one door the app and
// tandem-cli change data through: what is checked before anything is stored, what is stored,
// what is announced, and what undo needs to put things back.
#include "qtprinters.h"
#include "tempdatadir.h"

#include "clock.h"
#include "database.h"
#include "decision.h"
#include "goalrepository.h"
#include "journalrepository.h"
#include "skillmodel.h"
#include "workspace.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <functional>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

namespace {

QDateTime utc(int y, int m, int d, int h = 12) { return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC); }

class WorkspaceGoalsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(dir.path());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
        workspace = std::make_unique<Workspace>(std::move(opened).value(), model, clock);
        QObject::connect(workspace.get(), &Workspace::goalAdded, [this](qint64 id) { signals << QStringLiteral("added %1").arg(id); });
        QObject::connect(workspace.get(), &Workspace::goalChanged, [this](qint64 id) { signals << QStringLiteral("changed %1").arg(id); });
        QObject::connect(workspace.get(), &Workspace::goalRemoved, [this](qint64 id) { signals << QStringLiteral("removed %1").arg(id); });
        QObject::connect(workspace.get(), &Workspace::entryChanged, [this](qint64 id) { signals << QStringLiteral("entry %1").arg(id); });
    }

    Goal listening() const
    {
        Goal goal;
        goal.targetKind = GoalTarget::Skill;
        goal.targetId = QStringLiteral("emotional-intelligence");
        goal.title = QStringLiteral("Listen before I answer");
        goal.why = QStringLiteral("The team stops bringing problems to me.");
        goal.dueOn = QDate(2027, 3, 31);
        goal.targetScore = 80;
        GoalStep ask;
        ask.text = QStringLiteral("Ask one open question in every one-to-one");
        ask.dueOn = QDate(2027, 1, 15);
        ask.tipId = QStringLiteral("emotional-intelligence.tip.1");
        GoalStep summarise;
        summarise.text = QStringLiteral("Summarise back before giving my view");
        goal.steps = {ask, summarise};
        return goal;
    }

    qint64 entry(std::optional<Decision> decision = std::nullopt, std::optional<Lean> lean = std::nullopt,
                 Mode mode = Mode::Unset)
    {
        JournalEntry e;
        e.occurredAt = utc(2026, 12, 1, 9);
        e.title = QStringLiteral("Reorganising the on-call rota");
        e.mode = mode;
        e.decision = std::move(decision);
        if (lean) {
            Advice advice;
            advice.modelVersion = model.version;
            advice.lean = *lean;
            e.advice = advice;
        }
        const auto id = workspace->addEntry(e);
        EXPECT_TRUE(id.ok()) << qPrintable(id.error());
        return id.ok() ? id.value() : 0;
    }

    int rows(const QString &table) const
    {
        const auto n = workspace->database().scalar(QStringLiteral("SELECT count(*) FROM ") + table);
        EXPECT_TRUE(n.ok());
        return n.ok() ? n.value().toInt() : -1;
    }

    const SkillModel &model = SkillModel::builtin();
    TempDataDir dir;
    FixedClock clock{utc(2026, 12, 6, 10)};
    std::unique_ptr<Workspace> workspace;
    QStringList signals;
};

TEST_F(WorkspaceGoalsTest, AGoalThatCannotBeStoredIsRefusedNamingTheFieldAndNothingIsStored)
{
    const auto contrast = model.contrasts.first().id;
    const std::pair<std::function<void(Goal &)>, GoalProblem::Field> cases[] = {
        {[](Goal &g) { g.title = QStringLiteral("   "); }, GoalProblem::Field::Title},
        {[](Goal &g) { g.targetId = QStringLiteral("juggling"); }, GoalProblem::Field::Target},
        {[](Goal &g) {
             g.targetKind = GoalTarget::LeadPole;
             g.targetId = QStringLiteral("emotional-intelligence"); // a skill, not a contrast
         },
         GoalProblem::Field::Target},
        {[](Goal &g) { g.targetScore = 101; }, GoalProblem::Field::TargetScore},
        {[](Goal &g) { g.targetScore = -1; }, GoalProblem::Field::TargetScore},
        {[](Goal &g) { g.dueOn = QDate(2026, 12, 5); }, GoalProblem::Field::DueOn},
        {[](Goal &g) { g.steps[1].dueOn = QDate(2026, 11, 30); }, GoalProblem::Field::Step},
        {[](Goal &g) { g.steps[0].text.clear(); }, GoalProblem::Field::Step},
    };
    for (const auto &[spoil, field] : cases) {
        Goal goal = listening();
        goal.createdAt = clock.now();
        spoil(goal);
        const auto problem = checkGoal(goal, model);
        ASSERT_TRUE(problem.has_value()) << qPrintable(goalFieldName(field));
        EXPECT_EQ(problem->field, field) << qPrintable(problem->message);
        const auto added = workspace->addGoal(goal);
        ASSERT_FALSE(added.ok()) << qPrintable(goalFieldName(field));
        EXPECT_EQ(added.error(), problem->message);
    }
    EXPECT_EQ(rows(QStringLiteral("goals")), 0);
    EXPECT_EQ(rows(QStringLiteral("goal_steps")), 0);
    EXPECT_TRUE(signals.isEmpty()) << qPrintable(signals.join(QLatin1Char(',')));

    // A pole of a known contrast, with a score at either end, is fine.
    Goal pole = listening();
    pole.targetKind = GoalTarget::ManagePole;
    pole.targetId = contrast;
    pole.targetScore = 100;
    EXPECT_TRUE(workspace->addGoal(pole).ok());
    pole.targetScore = 0;
    EXPECT_TRUE(workspace->addGoal(pole).ok());
}

TEST_F(WorkspaceGoalsTest, AGoalLivesFromSetToDoneWithItsStepsEvidenceAndStatus)
{
    const auto id = workspace->addGoal(listening());
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    EXPECT_EQ(signals, QStringList{QStringLiteral("added %1").arg(id.value())});

    auto stored = workspace->goals().get(id.value());
    ASSERT_TRUE(stored.ok()) << qPrintable(stored.error());
    Goal goal = stored.value();
    EXPECT_EQ(goal.createdAt, clock.now());
    EXPECT_EQ(goal.status, GoalStatus::Active);
    ASSERT_EQ(goal.steps.size(), 2);
    EXPECT_EQ(goal.steps.at(0).dueOn, QDate(2027, 1, 15));
    EXPECT_EQ(goal.steps.at(0).tipId, QStringLiteral("emotional-intelligence.tip.1"));
    EXPECT_FALSE(goal.steps.at(1).dueOn.isValid());
    EXPECT_EQ(goal.stepsDone(), 0);
    EXPECT_EQ(goal.nextStep()->text, goal.steps.at(0).text);

    // A step is added and the first one ticked off.
    clock.advanceSecs(3600);
    GoalStep feedback;
    feedback.text = QStringLiteral("Ask the team how I listen");
    goal.steps.append(feedback);
    goal.steps[0].doneAt = clock.now();
    ASSERT_TRUE(workspace->updateGoal(goal).ok());
    goal = workspace->goals().get(id.value()).value();
    EXPECT_EQ(goal.steps.size(), 3);
    EXPECT_EQ(goal.stepsDone(), 1);
    EXPECT_EQ(goal.nextStep()->text, QStringLiteral("Summarise back before giving my view"));
    EXPECT_EQ(goal.updatedAt, clock.now());

    // Evidence: an entry is linked; one that does not exist is refused.
    const qint64 situation = entry();
    ASSERT_TRUE(workspace->linkEvidence(id.value(), situation, true).ok());
    EXPECT_FALSE(workspace->linkEvidence(id.value(), situation + 100, true).ok());
    EXPECT_EQ(workspace->goals().get(id.value())->evidence, QList<qint64>{situation});
    EXPECT_EQ(workspace->goals().goalsWithEvidence(situation).value(), QList<qint64>{id.value()});

    // Paused, it has no closed time; done, it has; active again, none.
    goal = workspace->goals().get(id.value()).value();
    goal.status = GoalStatus::Paused;
    ASSERT_TRUE(workspace->updateGoal(goal).ok());
    EXPECT_EQ(workspace->goals().get(id.value())->status, GoalStatus::Paused);
    EXPECT_FALSE(workspace->goals().get(id.value())->closedAt.isValid());
    EXPECT_TRUE(workspace->goals().active(10)->isEmpty());
    goal.status = GoalStatus::Done;
    ASSERT_TRUE(workspace->updateGoal(goal).ok());
    EXPECT_EQ(workspace->goals().get(id.value())->closedAt, clock.now());
    EXPECT_EQ(workspace->goals().count(GoalStatus::Done).value(), 1);
    goal.status = GoalStatus::Active;
    ASSERT_TRUE(workspace->updateGoal(goal).ok());
    EXPECT_FALSE(workspace->goals().get(id.value())->closedAt.isValid());

    // The entry goes: the goal stays, without that evidence.
    ASSERT_TRUE(workspace->removeEntry(situation).ok());
    EXPECT_TRUE(workspace->goals().get(id.value())->evidence.isEmpty());

    EXPECT_EQ(signals.last(), QStringLiteral("changed %1").arg(id.value()));
    EXPECT_EQ(signals.count(QStringLiteral("changed %1").arg(id.value())), 6);
}

TEST_F(WorkspaceGoalsTest, ARemovedGoalIsPutBackAsItWasUnderItsOwnId)
{
    const qint64 situation = entry();
    Goal goal = listening();
    const qint64 first = workspace->addGoal(goal).value();
    const qint64 id = workspace->addGoal(goal).value();
    ASSERT_TRUE(workspace->linkEvidence(id, situation, true).ok());
    Goal stored = workspace->goals().get(id).value();
    stored.steps[1].doneAt = clock.now();
    ASSERT_TRUE(workspace->updateGoal(stored).ok());
    stored = workspace->goals().get(id).value();

    const auto removed = workspace->removeGoal(id);
    ASSERT_TRUE(removed.ok()) << qPrintable(removed.error());
    EXPECT_EQ(removed.value(), stored);
    EXPECT_EQ(rows(QStringLiteral("goal_steps")), 2); // the other goal's
    EXPECT_EQ(rows(QStringLiteral("goal_evidence")), 0);
    EXPECT_EQ(signals.last(), QStringLiteral("removed %1").arg(id));
    EXPECT_EQ(workspace->journal().count().value(), 1); // evidence is not removed with the goal

    const auto back = workspace->putBackGoal(removed.value());
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    EXPECT_EQ(back.value(), id);
    EXPECT_EQ(workspace->goals().get(id).value(), stored);
    EXPECT_EQ(workspace->goals().list().value().size(), 2);
    EXPECT_NE(first, id);

    // Put back over itself (a redo of a change): replaced, not doubled.
    Goal older = stored;
    older.title = QStringLiteral("Listen first");
    ASSERT_TRUE(workspace->putBackGoal(older).ok());
    EXPECT_EQ(workspace->goals().get(id)->title, QStringLiteral("Listen first"));
    EXPECT_EQ(workspace->goals().count().value(), 2);
}

TEST_F(WorkspaceGoalsTest, ListShowsOpenGoalsFirstDueSoonestThenFinishedNewestFirst)
{
    auto add = [this](const QString &title, QDate due, GoalStatus status) {
        Goal g = listening();
        g.title = title;
        g.dueOn = due;
        g.status = status;
        const auto id = workspace->addGoal(g);
        EXPECT_TRUE(id.ok()) << qPrintable(id.error());
        clock.advanceSecs(60);
    };
    add(QStringLiteral("done early"), QDate(2027, 1, 1), GoalStatus::Done);
    add(QStringLiteral("later"), QDate(2027, 6, 1), GoalStatus::Active);
    add(QStringLiteral("no date"), QDate(), GoalStatus::Paused);
    add(QStringLiteral("sooner"), QDate(2027, 2, 1), GoalStatus::Paused);
    add(QStringLiteral("dropped late"), QDate(), GoalStatus::Dropped);
    const auto all = workspace->goals().list();
    ASSERT_TRUE(all.ok()) << qPrintable(all.error());
    QStringList titles;
    for (const Goal &g : all.value())
        titles << g.title;
    EXPECT_EQ(titles, (QStringList{QStringLiteral("sooner"), QStringLiteral("later"), QStringLiteral("no date"),
                                   QStringLiteral("dropped late"), QStringLiteral("done early")}));
    titles.clear();
    const auto paused = workspace->goals().list({GoalStatus::Paused});
    ASSERT_TRUE(paused.ok()) << qPrintable(paused.error());
    for (const Goal &g : paused.value())
        titles << g.title;
    EXPECT_EQ(titles, (QStringList{QStringLiteral("sooner"), QStringLiteral("no date")}));
    for (const Goal &g : all.value())
        EXPECT_EQ(g.steps.size(), 2) << qPrintable(g.title);
    // Finished before a day: left out; open goals always stay.
    const auto recent = workspace->goals().list({}, clock.now().addSecs(-150));
    ASSERT_TRUE(recent.ok()) << qPrintable(recent.error());
    titles.clear();
    for (const Goal &g : recent.value())
        titles << g.title;
    EXPECT_EQ(titles, (QStringList{QStringLiteral("sooner"), QStringLiteral("later"), QStringLiteral("no date"),
                                   QStringLiteral("dropped late")}));
}

TEST_F(WorkspaceGoalsTest, ADecisionIsStoredWithItsEntryAndItsReviewComesDueOnItsDate)
{
    Decision decision;
    decision.expectation = QStringLiteral("Fewer missed pages within a month");
    decision.confidence = 70;
    const qint64 id = entry(decision, Lean::Manage, Mode::Lead);

    // No date given: four weeks after the day it happened.
    const JournalEntry stored = workspace->journal().get(id).value();
    ASSERT_TRUE(stored.decision.has_value());
    EXPECT_EQ(stored.decision->expectation, decision.expectation);
    EXPECT_EQ(stored.decision->confidence, 70);
    EXPECT_EQ(stored.decision->reviewOn, QDate(2026, 12, 29));
    EXPECT_FALSE(stored.decision->review.has_value());

    EXPECT_TRUE(workspace->journal().reviewsDue(QDate(2026, 12, 28), 10)->isEmpty());
    EXPECT_EQ(workspace->journal().reviewsDueCount(QDate(2026, 12, 28)).value(), 0);
    const auto due = workspace->journal().reviewsDue(QDate(2026, 12, 29), 10);
    ASSERT_TRUE(due.ok()) << qPrintable(due.error());
    ASSERT_EQ(due->size(), 1);
    EXPECT_EQ(due->at(0).entryId, id);
    EXPECT_EQ(due->at(0).expectation, decision.expectation);
    EXPECT_EQ(due->at(0).reviewOn, QDate(2026, 12, 29));
    EXPECT_TRUE(isReviewDue(*stored.decision, QDate(2026, 12, 29)));
    EXPECT_FALSE(isReviewDue(*stored.decision, QDate(2026, 12, 28)));

    // The review: stored with the entry, announced as a change of it, and no longer due.
    clock.set(utc(2026, 12, 30, 8));
    signals.clear();
    DecisionReview review;
    review.outcome = QStringLiteral("Two missed pages instead of nine.");
    review.actualMode = Mode::Manage;
    review.held = Held::Yes;
    ASSERT_TRUE(workspace->reviewDecision(id, review).ok());
    EXPECT_EQ(signals, QStringList{QStringLiteral("entry %1").arg(id)});
    const JournalEntry reviewed = workspace->journal().get(id).value();
    ASSERT_TRUE(reviewed.decision && reviewed.decision->review);
    EXPECT_EQ(reviewed.decision->review->reviewedAt, clock.now());
    EXPECT_EQ(reviewed.decision->review->outcome, review.outcome);
    EXPECT_EQ(reviewed.decision->review->actualMode, Mode::Manage);
    EXPECT_EQ(reviewed.decision->review->held, Held::Yes);
    EXPECT_EQ(workspace->journal().reviewsDueCount(QDate(2027, 1, 10)).value(), 0);

    // The mode found at the review is the one compared with the advice.
    EXPECT_EQ(followedAdvice(reviewed), std::optional<bool>(true));
    const auto decisions = workspace->journal().reviewedDecisions();
    ASSERT_TRUE(decisions.ok()) << qPrintable(decisions.error());
    ASSERT_EQ(decisions->size(), 1);
    EXPECT_EQ(decisions->at(0).lean, Lean::Manage);
    EXPECT_EQ(decisions->at(0).mode, Mode::Manage);
    EXPECT_EQ(decisions->at(0).held, Held::Yes);
    EXPECT_EQ(decisions->at(0).confidence, 70);

    // Taking the decision off the entry takes its review too; removing the entry, everything.
    JournalEntry plain = reviewed;
    plain.decision.reset();
    ASSERT_TRUE(workspace->updateEntry(plain).ok());
    EXPECT_EQ(rows(QStringLiteral("decisions")), 0);
    EXPECT_FALSE(workspace->journal().get(id)->decision.has_value());
}

TEST_F(WorkspaceGoalsTest, AReviewNeedsADecisionAndChangesNothingWithout)
{
    const qint64 id = entry();
    const JournalEntry before = workspace->journal().get(id).value();
    DecisionReview review;
    review.outcome = QStringLiteral("It went fine");
    review.held = Held::No;
    const Status refused = workspace->reviewDecision(id, review);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(QStringLiteral("no decision"))) << qPrintable(refused.error());
    EXPECT_EQ(workspace->journal().get(id).value().updatedAt, before.updatedAt);
    EXPECT_EQ(rows(QStringLiteral("decisions")), 0);
    EXPECT_FALSE(workspace->reviewDecision(id + 50, review).ok());
    EXPECT_TRUE(signals.isEmpty()) << qPrintable(signals.join(QLatin1Char(',')));

    Decision decision;
    decision.reviewOn = QDate(2027, 1, 2);
    const qint64 withDecision = entry(decision);
    ASSERT_TRUE(workspace->removeEntry(withDecision).ok());
    EXPECT_EQ(rows(QStringLiteral("decisions")), 0);
}

TEST(DecisionTest, FollowingTheAdviceComparesTheModeUsedWithTheLean)
{
    JournalEntry e;
    EXPECT_FALSE(followedAdvice(e).has_value()); // no advice
    Advice advice;
    advice.lean = Lean::Blend;
    e.advice = advice;
    EXPECT_FALSE(followedAdvice(e).has_value()); // no mode
    e.mode = Mode::Both;
    EXPECT_EQ(followedAdvice(e), std::optional<bool>(true));
    e.mode = Mode::Lead;
    EXPECT_EQ(followedAdvice(e), std::optional<bool>(false));
    e.advice->lean = Lean::Lead;
    EXPECT_EQ(followedAdvice(e), std::optional<bool>(true));
    // The review says what was really done.
    Decision d;
    d.review = DecisionReview{};
    d.review->actualMode = Mode::Manage;
    e.decision = d;
    EXPECT_EQ(followedAdvice(e), std::optional<bool>(false));
    for (const char *key : {"yes", "partly", "no"})
        EXPECT_EQ(heldKey(*heldFromKey(QLatin1String(key))), QLatin1String(key));
    EXPECT_FALSE(heldFromKey(QStringLiteral("maybe")).has_value());
}

TEST(SchemaUpgradeTest, VersionTwoGoalTablesAreRebuiltWithTheirRowsAndTheirChildrenPointAtTheNewOnes)
{
    TempDataDir dir;
    {
        auto opened = Database::open(dir.path());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
    }
    // The fixture test covers the rows; here the references: goal_steps and goal_evidence must
    // point at "goals" (not at the temporary table the migration renamed), so that removing a
    // goal still removes its steps, and the evidence index is there.
    auto opened = Database::open(dir.path());
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
    const Database &db = *opened.value();
    for (const char *table : {"goal_steps", "goal_evidence"}) {
        auto refs = db.run(QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list('%1')").arg(QLatin1String(table)));
        ASSERT_TRUE(refs.ok());
        QStringList targets;
        while (refs.value().next())
            targets << refs.value().value(0).toString();
        targets.sort();
        if (QLatin1String(table) == QLatin1String("goal_steps"))
            EXPECT_EQ(targets, QStringList{QStringLiteral("goals")});
        else
            EXPECT_EQ(targets, (QStringList{QStringLiteral("goals"), QStringLiteral("journal_entries")}));
    }
    const auto sql = db.scalar(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'goals'"));
    ASSERT_TRUE(sql.ok());
    EXPECT_TRUE(sql.value().toString().contains(QStringLiteral("'paused'")));
    EXPECT_FALSE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name LIKE '%_v3'")).value().toBool());
}

} // namespace
