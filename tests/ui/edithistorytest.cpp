// The undo history for goals and decisions: every step of a goal's life and a decision's review
// can be undone and redone from the Edit menu, and an undone deletion brings back what hung on
// the record (a goal's steps and evidence, an entry's place as evidence).
#include "qtprinters.h"
#include "uitestsupport.h"

#include "goalrepository.h"
#include "journalrepository.h"
#include "scorecache.h"

#include <QUndoStack>

using namespace tandem;
using namespace tandem::core;

namespace {

class EditHistoryTest : public test::UiTest
{
protected:
    void SetUp() override
    {
        UiTest::SetUp();
        context(&clock);
    }

    qint64 entry(std::optional<Decision> decision = std::nullopt)
    {
        JournalEntry e;
        e.occurredAt = clock.now().addDays(-30);
        e.title = QStringLiteral("Handing the release over to Priya");
        e.decision = std::move(decision);
        const auto id = history().addEntry(e, history().newSession());
        EXPECT_TRUE(id.ok()) << qPrintable(id.error());
        return id.ok() ? id.value() : 0;
    }

    Goal goal() const
    {
        Goal g;
        g.targetKind = GoalTarget::Skill;
        g.targetId = QStringLiteral("performance-accountability");
        g.title = QStringLiteral("Hand over one thing a month");
        GoalStep step;
        step.text = QStringLiteral("List what only I do");
        g.steps = {step};
        return g;
    }

    QString undoText() const { return m_history->stack()->undoText(); }

    FixedClock clock{QDateTime(QDate(2026, 12, 6), QTime(9, 0), Qt::UTC)};
};

TEST_F(EditHistoryTest, EveryStepOfAGoalIsUndoneAndRedone)
{
    ASSERT_TRUE(workspace().model().skill(QStringLiteral("performance-accountability")));
    const auto id = history().addGoal(goal());
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    EXPECT_EQ(undoText(), QStringLiteral("New Goal"));

    Goal ticked = workspace().goals().get(id.value()).value();
    ticked.steps[0].doneAt = clock.now();
    ASSERT_TRUE(history().changeGoal(ticked, QStringLiteral("Tick Step")).ok());
    EXPECT_EQ(undoText(), QStringLiteral("Tick Step"));
    EXPECT_EQ(workspace().goals().get(id.value())->stepsDone(), 1);

    const qint64 evidence = entry();
    ASSERT_TRUE(history().linkEvidence(id.value(), evidence, true).ok());
    EXPECT_EQ(undoText(), QStringLiteral("Link Entry to Goal"));

    history().undo(); // the link
    EXPECT_TRUE(workspace().goals().get(id.value())->evidence.isEmpty());
    history().undo(); // the new entry
    history().undo(); // the tick
    EXPECT_EQ(workspace().goals().get(id.value())->stepsDone(), 0);
    history().undo(); // the goal
    EXPECT_EQ(workspace().goals().count().value(), 0);

    history().redo();
    history().redo();
    EXPECT_EQ(workspace().goals().get(id.value())->stepsDone(), 1);
    history().redo();
    history().redo();
    EXPECT_EQ(workspace().goals().get(id.value())->evidence.size(), 1);
}

TEST_F(EditHistoryTest, UndoingADeletionBringsBackStepsEvidenceAndLinks)
{
    const qint64 evidence = entry();
    const auto id = history().addGoal(goal());
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(history().linkEvidence(id.value(), evidence, true).ok());
    const Goal before = workspace().goals().get(id.value()).value();

    // The goal goes and comes back whole.
    ASSERT_TRUE(history().deleteGoal(id.value()).ok());
    EXPECT_EQ(undoText(), QStringLiteral("Delete Goal"));
    history().undo();
    EXPECT_EQ(workspace().goals().get(id.value()).value(), before);

    // The entry goes (the goal loses it) and comes back as the goal's evidence again.
    const QUuid entryUuid = workspace().journal().get(evidence)->uuid;
    ASSERT_TRUE(history().deleteEntry(evidence).ok());
    EXPECT_TRUE(workspace().goals().get(id.value())->evidence.isEmpty());
    history().undo();
    const auto back = workspace().journal().idFor(entryUuid);
    ASSERT_TRUE(back.ok() && back.value());
    EXPECT_EQ(workspace().goals().get(id.value())->evidence, QList<qint64>{*back.value()});
}

TEST_F(EditHistoryTest, AReviewIsUndoneAndRedone)
{
    Decision decision;
    decision.expectation = QStringLiteral("The release ships without me");
    decision.confidence = 60;
    const qint64 id = entry(decision);
    ASSERT_TRUE(workspace().journal().get(id)->decision.has_value());
    EXPECT_EQ(workspace().journal().reviewsDueCount(clock.now().date()).value(), 1);

    DecisionReview review;
    review.outcome = QStringLiteral("Shipped a day late, without me.");
    review.actualMode = Mode::Both;
    review.held = Held::Partly;
    ASSERT_TRUE(history().reviewDecision(id, review).ok());
    EXPECT_EQ(undoText(), QStringLiteral("Review Decision"));
    EXPECT_EQ(workspace().journal().reviewsDueCount(clock.now().date()).value(), 0);

    history().undo();
    EXPECT_FALSE(workspace().journal().get(id)->decision->review.has_value());
    EXPECT_EQ(workspace().journal().get(id)->decision->expectation, decision.expectation);
    EXPECT_EQ(workspace().journal().reviewsDueCount(clock.now().date()).value(), 1);
    history().redo();
    ASSERT_TRUE(workspace().journal().get(id)->decision->review.has_value());
    EXPECT_EQ(workspace().journal().get(id)->decision->review->held, Held::Partly);
}

} // namespace

TEST_F(EditHistoryTest, UndoingAnAssessmentsDeletionBringsItsStoredScoresBack)
{
    Assessment a;
    a.kind = AssessmentKind::Pulse;
    a.modelVersion = workspace().model().version;
    a.takenAt = clock.now().addDays(-2);
    for (const PulseItem &item : workspace().model().pulseItems)
        a.answers.insert(item.id, 4);
    const auto id = history().recordAssessment(a);
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    const QString stored = QStringLiteral("SELECT profile FROM assessment_scores WHERE assessment_id = %1").arg(id.value());
    const QString profile = workspace().database().scalar(stored)->toString();
    ASSERT_FALSE(profile.isEmpty());

    ASSERT_TRUE(history().deleteAssessment(id.value()).ok());
    EXPECT_TRUE(workspace().database().scalar(stored)->isNull());
    m_history->stack()->undo();
    EXPECT_EQ(workspace().database().scalar(stored)->toString(), profile);
    EXPECT_FALSE(ScoreCache(workspace().database(), workspace().model()).needsFill().value());
    m_history->stack()->redo();
    EXPECT_TRUE(workspace().database().scalar(stored)->isNull());
}
