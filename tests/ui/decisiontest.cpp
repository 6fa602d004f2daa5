// Decisions looked back on, and tips that become goal steps, driven through the widgets a person
// uses: the journal editor's decision and its review, the due count, the goals an entry is
// evidence for, and "Make it a step…" in the check-in results and the advisor's answer. Judged
// by what ends up stored and by what Edit ▸ Undo brings back.
#include "qtprinters.h"
#include "uitestsupport.h"

#include "checkin/checkinpage.h"
#include "checkin/duetracker.h"
#include "common/tipstepmenu.h"
#include "journal/advisordialog.h"
#include "journal/journaleditor.h"
#include "journal/journallistmodel.h"
#include "journal/journalpage.h"

#include "advisor.h"
#include "assessmentrepository.h"
#include "clock.h"
#include "goalrepository.h"
#include "journalrepository.h"
#include "skillmodel.h"
#include "transaction.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace tandem;
using namespace tandem::ui;

namespace {

QDateTime utc(int y, int m, int d, int h = 9)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

class DecisionTest : public test::UiTest
{
protected:
    const core::SkillModel &model() const { return core::SkillModel::builtin(); }
    // Monday 30 November 2026.
    core::FixedClock clock{utc(2026, 11, 30)};

    template<typename T>
    T *child(QWidget &parent, const QString &name)
    {
        auto *w = parent.findChild<T *>(name);
        EXPECT_NE(w, nullptr) << qPrintable(name);
        return w;
    }

    // An entry that records a decision, stored before the page exists.
    qint64 addDecision(const QDate &reviewOn, const QString &title = QStringLiteral("Moved the launch"))
    {
        core::JournalEntry e;
        e.occurredAt = utc(2026, 10, 20);
        e.title = title;
        e.decision = core::Decision{QStringLiteral("The team ships in January"), 70, reviewOn, std::nullopt};
        const auto id = core::JournalRepository(db()).add(e);
        EXPECT_TRUE(id.ok()) << qPrintable(id.error());
        return id.ok() ? id.value() : 0;
    }

    qint64 addGoal(const QString &title, core::GoalTarget target, const QString &targetId)
    {
        core::Goal goal;
        goal.createdAt = utc(2026, 11, 1);
        goal.targetKind = target;
        goal.targetId = targetId;
        goal.title = title;
        const auto id = core::GoalRepository(db()).add(goal);
        EXPECT_TRUE(id.ok()) << qPrintable(id.error());
        return id.ok() ? id.value() : 0;
    }

    core::JournalEntry stored(qint64 id) const { return core::JournalRepository(db()).get(id).value(); }
    core::Goal goal(qint64 id) const { return core::GoalRepository(db()).get(id).value(); }

    // A full assessment whose two weakest skills are the model's last two.
    qint64 addAssessmentWithGrowthAreas()
    {
        core::Assessment a;
        a.kind = core::AssessmentKind::Full;
        a.modelVersion = model().version;
        a.takenAt = utc(2026, 11, 25);
        for (const core::Item &item : model().fullAssessmentItems())
            a.answers.insert(item.id, 3);
        for (int i = 0; i < model().skills.size(); ++i) {
            const int x = i == 7 ? 1 : i == 6 ? 2 : 4;
            for (const core::Item &item : model().skills.at(i).items)
                a.answers.insert(item.id, item.reverse ? 6 - x : x);
        }
        const auto id = core::AssessmentRepository(db()).add(a);
        EXPECT_TRUE(id.ok()) << qPrintable(id.error());
        return id.ok() ? id.value() : 0;
    }
};

} // namespace

TEST_F(DecisionTest, ADecisionWrittenInTheEditorIsStoredWithTheEntry)
{
    JournalEditor editor(context(&clock));
    editor.resize(900, 700);
    editor.show();
    auto *check = child<QCheckBox>(editor, QStringLiteral("journalDecision"));
    auto *expectation = child<QPlainTextEdit>(editor, QStringLiteral("journalExpectation"));
    auto *confidence = child<QComboBox>(editor, QStringLiteral("journalConfidence"));
    auto *reviewOn = child<QDateEdit>(editor, QStringLiteral("journalReviewOn"));
    ASSERT_TRUE(check && expectation && confidence && reviewOn);
    EXPECT_FALSE(expectation->isVisible()) << "the decision's fields show only for a decision";

    child<QLineEdit>(editor, QStringLiteral("journalTitle"))->setText(QStringLiteral("Split the team in two"));
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(4, check->height() / 2));
    ASSERT_TRUE(check->isChecked());
    EXPECT_TRUE(expectation->isVisible());
    // Four weeks after the day of the situation, unless the user picks another day.
    EXPECT_EQ(reviewOn->date(), QDate(2026, 12, 28));
    expectation->setPlainText(QStringLiteral("Both halves deliver faster by spring"));
    confidence->setCurrentIndex(confidence->findData(70));
    ASSERT_TRUE(QTest::qWaitFor([&] { return editor.entryId() != 0 && !editor.isDirty(); }, 3000));

    const core::JournalEntry e = stored(editor.entryId());
    ASSERT_TRUE(e.decision);
    EXPECT_EQ(e.decision->expectation, QStringLiteral("Both halves deliver faster by spring"));
    EXPECT_EQ(e.decision->confidence, 70);
    EXPECT_EQ(e.decision->reviewOn, QDate(2026, 12, 28));
    EXPECT_FALSE(e.decision->review);
    // Not due yet: no review form, but the user may look back early.
    EXPECT_FALSE(child<QGroupBox>(editor, QStringLiteral("journalReviewForm"))->isVisible());
    EXPECT_TRUE(child<QPushButton>(editor, QStringLiteral("journalReviewNow"))->isVisible());
    EXPECT_EQ(context().due.reviewsDue(), 0);

    // Unticking takes the decision off the entry.
    check->setChecked(false);
    ASSERT_TRUE(editor.saveNow());
    EXPECT_FALSE(stored(editor.entryId()).decision);
}

TEST_F(DecisionTest, ADueReviewAsksWhatHappenedStoresTheAnswerAndUndoTakesItBack)
{
    const qint64 id = addDecision(QDate(2026, 11, 20));
    const ui::PageContext &ctx = context(&clock);
    EXPECT_EQ(ctx.due.reviewsDue(), 1);
    EXPECT_EQ(ctx.due.reviewsDueText(), QStringLiteral("1 decision to review"));
    EXPECT_TRUE(ctx.due.anythingDue());

    JournalEditor editor(ctx);
    editor.resize(900, 700);
    editor.show();
    ASSERT_TRUE(editor.openEntry(id));
    auto *form = child<QGroupBox>(editor, QStringLiteral("journalReviewForm"));
    auto *outcome = child<QPlainTextEdit>(editor, QStringLiteral("journalReviewOutcome"));
    auto *mode = child<QComboBox>(editor, QStringLiteral("journalReviewMode"));
    auto *held = child<QComboBox>(editor, QStringLiteral("journalReviewHeld"));
    auto *save = child<QPushButton>(editor, QStringLiteral("journalReviewSave"));
    auto *shown = child<QLabel>(editor, QStringLiteral("journalReviewShown"));
    ASSERT_TRUE(form && outcome && mode && held && save && shown);
    EXPECT_TRUE(form->isVisible()) << "a due review asks at once";
    EXPECT_TRUE(child<QLabel>(editor, QStringLiteral("journalReviewStatus"))->text().contains(QStringLiteral("due")));
    EXPECT_FALSE(save->isEnabled()) << "the mode and whether it held are needed first";

    outcome->setPlainText(QStringLiteral("It slipped to February, but the team owned it"));
    mode->setCurrentIndex(mode->findData(core::modeKey(core::Mode::Manage)));
    held->setCurrentIndex(held->findData(core::heldKey(core::Held::Partly)));
    ASSERT_TRUE(save->isEnabled());
    save->click();

    core::JournalEntry e = stored(id);
    ASSERT_TRUE(e.decision && e.decision->review);
    EXPECT_EQ(e.decision->review->outcome, QStringLiteral("It slipped to February, but the team owned it"));
    EXPECT_EQ(e.decision->review->actualMode, core::Mode::Manage);
    EXPECT_EQ(e.decision->review->held, core::Held::Partly);
    EXPECT_EQ(e.decision->review->reviewedAt, clock.now());
    EXPECT_EQ(e.decision->expectation, QStringLiteral("The team ships in January")) << "the decision stays as it was";
    EXPECT_EQ(ctx.due.reviewsDue(), 0) << "a done review is no longer due";
    EXPECT_TRUE(ctx.due.reviewsDueText().isEmpty());
    // Shown read-only, with a way to change it.
    EXPECT_FALSE(form->isVisible());
    EXPECT_TRUE(shown->isVisible());
    EXPECT_TRUE(shown->text().contains(QStringLiteral("partly"))) << qPrintable(shown->text());
    EXPECT_TRUE(shown->text().contains(QStringLiteral("slipped to February")));
    EXPECT_TRUE(child<QPushButton>(editor, QStringLiteral("journalEditReview"))->isVisible());

    // Edit ▸ Undo takes the review back, and the form asks again.
    history().undo();
    e = stored(id);
    ASSERT_TRUE(e.decision);
    EXPECT_FALSE(e.decision->review);
    EXPECT_EQ(ctx.due.reviewsDue(), 1);
    EXPECT_TRUE(form->isVisible());
    EXPECT_FALSE(shown->isVisible());

    history().redo();
    ASSERT_TRUE(stored(id).decision->review);
    EXPECT_EQ(ctx.due.reviewsDue(), 0);
}

TEST_F(DecisionTest, EditingAReviewReplacesIt)
{
    const qint64 id = addDecision(QDate(2026, 11, 20));
    JournalEditor editor(context(&clock));
    editor.show();
    ASSERT_TRUE(editor.openEntry(id));
    child<QComboBox>(editor, QStringLiteral("journalReviewMode"))->setCurrentIndex(1);
    child<QComboBox>(editor, QStringLiteral("journalReviewHeld"))->setCurrentIndex(1);
    ASSERT_TRUE(editor.saveReview());
    ASSERT_EQ(stored(id).decision->review->held, core::Held::Yes);

    child<QPushButton>(editor, QStringLiteral("journalEditReview"))->click();
    auto *held = child<QComboBox>(editor, QStringLiteral("journalReviewHeld"));
    EXPECT_TRUE(child<QGroupBox>(editor, QStringLiteral("journalReviewForm"))->isVisible());
    EXPECT_EQ(held->currentData().toString(), QStringLiteral("yes")) << "the form starts from the stored review";
    held->setCurrentIndex(held->findData(core::heldKey(core::Held::No)));
    child<QPushButton>(editor, QStringLiteral("journalReviewSave"))->click();
    EXPECT_EQ(stored(id).decision->review->held, core::Held::No);
}

TEST_F(DecisionTest, TheDueCountFollowsTheClockAndTheEntries)
{
    const qint64 later = addDecision(QDate(2026, 12, 3), QStringLiteral("Hired the contractor"));
    const ui::PageContext &ctx = context(&clock);
    EXPECT_EQ(ctx.due.reviewsDue(), 0);
    int became = 0;
    QObject::connect(&ctx.due, &DueTracker::reviewsBecameDue, [&became](int count) { became = count; });

    clock.set(utc(2026, 12, 3, 8));
    ctx.due.refresh();  // the minute timer's work
    EXPECT_EQ(ctx.due.reviewsDue(), 1);
    EXPECT_EQ(became, 1);

    // A second decision due today, recorded in the app: counted at once.
    core::JournalEntry e;
    e.occurredAt = utc(2026, 11, 5);
    e.title = QStringLiteral("Dropped the weekly report");
    e.decision = core::Decision{QStringLiteral("Nobody misses it"), 90, QDate(2026, 12, 3), std::nullopt};
    ASSERT_TRUE(ctx.workspace.addEntry(e).ok());
    EXPECT_EQ(ctx.due.reviewsDue(), 2);
    EXPECT_EQ(ctx.due.reviewsDueText(), QStringLiteral("2 decisions to review"));

    // Removing the entry takes its review with it.
    ASSERT_TRUE(history().deleteEntry(later).ok());
    EXPECT_EQ(ctx.due.reviewsDue(), 1);
}

TEST_F(DecisionTest, AnEntryIsLinkedToAGoalAsEvidenceAndUnlinked)
{
    const qint64 id = addDecision(QDate(2027, 1, 1));
    const qint64 goalId = addGoal(QStringLiteral("Let the team own its plans"), core::GoalTarget::Skill,
                                  model().skills.at(0).id);
    JournalEditor editor(context(&clock));
    editor.show();
    ASSERT_TRUE(editor.openEntry(id));
    auto *link = child<QPushButton>(editor, QStringLiteral("journalLinkGoal"));
    ASSERT_TRUE(link && link->menu());
    Q_EMIT link->menu()->aboutToShow();
    QAction *action = link->menu()->findChild<QAction *>(QStringLiteral("journalGoal%1").arg(goalId));
    ASSERT_NE(action, nullptr);
    action->trigger();
    EXPECT_EQ(goal(goalId).evidence, QList<qint64>{id});
    EXPECT_TRUE(child<QLabel>(editor, QStringLiteral("journalGoals"))->text().contains(QStringLiteral("own its plans")));

    // Linked goals are not offered again; unlinking takes it away.
    Q_EMIT link->menu()->aboutToShow();
    EXPECT_EQ(link->menu()->findChild<QAction *>(QStringLiteral("journalGoal%1").arg(goalId)), nullptr);
    auto *unlink = child<QPushButton>(editor, QStringLiteral("journalUnlinkGoal"));
    ASSERT_TRUE(unlink->isEnabled());
    Q_EMIT unlink->menu()->aboutToShow();
    QAction *remove = unlink->menu()->findChild<QAction *>(QStringLiteral("journalGoal%1").arg(goalId));
    ASSERT_NE(remove, nullptr);
    remove->trigger();
    EXPECT_TRUE(goal(goalId).evidence.isEmpty());

    history().undo();
    EXPECT_EQ(goal(goalId).evidence, QList<qint64>{id});
}

TEST_F(DecisionTest, ATipInTheCheckInResultsBecomesAStepOfAnActiveGoalAndUndoRemovesIt)
{
    const qint64 assessment = addAssessmentWithGrowthAreas();
    const core::Skill &weakest = model().skills.at(7);
    const qint64 other = addGoal(QStringLiteral("Write the vision down"), core::GoalTarget::Skill, model().skills.at(0).id);
    const qint64 same = addGoal(QStringLiteral("Check in on every project weekly"), core::GoalTarget::Skill, weakest.id);

    CheckInPage page(context(&clock));
    page.resize(1000, 800);
    page.show();
    page.showResults(assessment);
    const core::Tip &tip = weakest.tips.at(0);
    ASSERT_TRUE(page.resultsView()->toHtml().contains(QStringLiteral("tip:") + tip.id))
            << "each growth area's tip links to Make it a step";

    Q_EMIT page.resultsView()->anchorClicked(QUrl(QStringLiteral("tip:") + tip.id));
    auto *menu = page.findChild<TipStepMenu *>();
    ASSERT_NE(menu, nullptr);
    EXPECT_EQ(menu->tip().target, core::GoalTarget::Skill);
    EXPECT_EQ(menu->tip().targetId, weakest.id);
    // The goal on the tip's own skill comes first.
    QList<QAction *> goals;
    for (QAction *a : menu->actions()) {
        if (a->objectName().startsWith(QStringLiteral("tipStepGoal")))
            goals.append(a);
    }
    ASSERT_EQ(goals.size(), 2);
    EXPECT_EQ(goals[0]->objectName(), QStringLiteral("tipStepGoal%1").arg(same));
    EXPECT_EQ(goals[1]->objectName(), QStringLiteral("tipStepGoal%1").arg(other));
    goals[0]->trigger();

    core::Goal g = goal(same);
    ASSERT_EQ(g.steps.size(), 1);
    EXPECT_EQ(g.steps[0].text, tip.text);
    EXPECT_EQ(g.steps[0].tipId, tip.id);
    EXPECT_FALSE(g.steps[0].doneAt.isValid());
    EXPECT_TRUE(goal(other).steps.isEmpty());
    EXPECT_TRUE(child<QLabel>(page, QStringLiteral("checkInResultsNotice"))->text().contains(g.title));
    EXPECT_TRUE(history().stack()->undoText().contains(QStringLiteral("Add Step")));

    // "Start a Goal With This Step…" asks the window for a new goal on that skill.
    std::optional<std::tuple<core::GoalTarget, QString, QString>> requested;
    QObject::connect(&page, &CheckInPage::newGoalRequested,
                     [&requested](core::GoalTarget t, const QString &id, const QString &tipId) {
                         requested = std::tuple{t, id, tipId};
                     });
    for (QAction *a : menu->actions()) {
        if (a->objectName() == QStringLiteral("tipStepNewGoal"))
            a->trigger();
    }
    ASSERT_TRUE(requested);
    EXPECT_EQ(std::get<0>(*requested), core::GoalTarget::Skill);
    EXPECT_EQ(std::get<1>(*requested), weakest.id);
    EXPECT_EQ(std::get<2>(*requested), tip.id);

    // A tip already made a step is not offered for that goal again (a menu reads the goals when
    // it is made, as each click on the link makes one).
    menu = new TipStepMenu(context(), menu->tip(), &page);
    bool offeredAgain = true;
    for (QAction *a : menu->actions()) {
        if (a->objectName() == QStringLiteral("tipStepGoal%1").arg(same))
            offeredAgain = a->isEnabled();
    }
    EXPECT_FALSE(offeredAgain);

    history().undo();
    EXPECT_TRUE(goal(same).steps.isEmpty()) << "Edit ▸ Undo removes the step";

}

TEST_F(DecisionTest, TheAdvisorsTipsBecomeStepsOfAGoalOnTheirPole)
{
    // Answers that lean clearly towards leading: the first tips come from the Vision pole.
    const core::Contrast &first = model().contrasts.at(0);
    const qint64 poleGoal = addGoal(QStringLiteral("Paint the picture of next year"), core::GoalTarget::LeadPole, first.id);
    AdvisorDialog dialog(model(), AdvisorDialog::Purpose::ForEntry);
    dialog.enableTipSteps(context(&clock));
    dialog.setAnswers({-3, -2, 0, 1, -1});
    const core::Advice advice = dialog.advice();
    ASSERT_FALSE(advice.tipIds.isEmpty());
    const QString tipId = advice.tipIds.first();
    const auto tip = TipStepMenu::find(model(), tipId);
    ASSERT_TRUE(tip);
    EXPECT_EQ(tip->target, core::GoalTarget::LeadPole);
    EXPECT_EQ(tip->targetId, first.id);
    ASSERT_TRUE(dialog.findChild<QTextBrowser *>(QStringLiteral("advisorResult"))->toHtml().contains(QStringLiteral("tip:") + tipId));

    dialog.offerTip(tipId);
    auto *menu = dialog.findChild<TipStepMenu *>();
    ASSERT_NE(menu, nullptr);
    QAction *add = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->objectName() == QStringLiteral("tipStepGoal%1").arg(poleGoal))
            add = a;
    }
    ASSERT_NE(add, nullptr);
    add->trigger();
    ASSERT_EQ(goal(poleGoal).steps.size(), 1);
    EXPECT_EQ(goal(poleGoal).steps[0].tipId, tipId);
}

TEST_F(DecisionTest, TheReviewDueMarkAppearsAtMidnightWithoutReloadingTheList)
{
    // Late on Monday 30 November; the review is on Tuesday.
    clock.set(QDateTime(QDate(2026, 11, 30), QTime(23, 58)));
    const qint64 id = addDecision(QDate(2026, 12, 1));
    JournalPage page(context(&clock));
    page.show();
    JournalListModel *list = page.listModel();
    const int row = list->rowOf(id);
    ASSERT_GE(row, 0);
    EXPECT_FALSE(list->index(row).data(JournalListModel::ReviewDueRole).toBool());
    page.showEntry(id);
    auto *status = child<QLabel>(page, QStringLiteral("journalReviewStatus"));
    EXPECT_FALSE(status->text().contains(QLatin1String("was due"))) << qPrintable(status->text());

    // Midnight passes; the due tracker's minute tick notices.
    clock.set(QDateTime(QDate(2026, 12, 1), QTime(0, 1)));
    context().due.refresh();
    EXPECT_TRUE(list->index(row).data(JournalListModel::ReviewDueRole).toBool()) << "the list still says it is not due";
    EXPECT_TRUE(list->index(row).data(Qt::AccessibleTextRole).toString().contains(QLatin1String("review due")));
    EXPECT_TRUE(status->text().contains(QLatin1String("was due"))) << qPrintable(status->text());
}

TEST_F(DecisionTest, TheNewestEntriesAreMarkedHoweverManyOlderReviewsWait)
{
    // Years of forgotten reviews: 1,200 decisions made long ago, each due since, and then this
    // month's decision whose review came due yesterday. The list's first rows are the newest.
    clock.set(QDateTime(QDate(2026, 12, 7), QTime(9, 0)));
    {
        core::Transaction transaction(db());
        for (int i = 0; i < 1200; ++i) {
            core::JournalEntry e;
            e.occurredAt = utc(2020, 1, 1).addSecs(3600LL * i);
            e.title = QStringLiteral("Old decision %1").arg(i);
            e.decision = core::Decision{QStringLiteral("It works out"), 60, QDate(2020, 3, 1).addDays(i / 10), std::nullopt};
            ASSERT_TRUE(core::JournalRepository(db()).add(e).ok());
        }
        ASSERT_TRUE(transaction.commit().ok());
    }
    core::JournalEntry recent;
    recent.occurredAt = utc(2026, 11, 30);
    recent.title = QStringLiteral("Split the platform team");
    recent.decision = core::Decision{QStringLiteral("Both halves ship faster"), 70, QDate(2026, 12, 6), std::nullopt};
    const auto id = core::JournalRepository(db()).add(recent);
    ASSERT_TRUE(id.ok());

    JournalPage page(context(&clock));
    JournalListModel *list = page.listModel();
    ASSERT_EQ(list->rowOf(id.value()), 0);
    EXPECT_TRUE(list->index(0).data(JournalListModel::ReviewDueRole).toBool()) << "the newest due review has no mark";
    EXPECT_TRUE(list->index(1).data(JournalListModel::ReviewDueRole).toBool());
}

TEST_F(DecisionTest, TheAdviceKeptInTheEditorOffersItsTipsAsGoalSteps)
{
    const core::Contrast &first = model().contrasts.at(0);
    const qint64 poleGoal = addGoal(QStringLiteral("Paint the picture of next year"), core::GoalTarget::LeadPole, first.id);
    const auto advice = core::Advisor(model()).advise({-3, -2, 0, 1, -1});
    ASSERT_TRUE(advice.ok());
    ASSERT_FALSE(advice->tipIds.isEmpty());
    const QString tipId = advice->tipIds.first();

    JournalPage page(context(&clock));
    page.show();
    JournalEditor *editor = page.editor();
    child<QLineEdit>(*editor, QStringLiteral("journalTitle"))->setText(QStringLiteral("Offsite plan"));
    editor->setAdvice(advice.value());
    auto *kept = child<QLabel>(*editor, QStringLiteral("journalAdvice"));
    ASSERT_TRUE(kept->text().contains(QStringLiteral("tip:") + tipId)) << qPrintable(kept->text());
    EXPECT_TRUE(kept->text().contains(QLatin1String("Make it a step")));
    EXPECT_TRUE(kept->textInteractionFlags() & Qt::LinksAccessibleByKeyboard);

    // The link, as a click or Enter on it sends it.
    Q_EMIT kept->linkActivated(QStringLiteral("tip:") + tipId);
    auto *menu = editor->findChild<TipStepMenu *>();
    ASSERT_NE(menu, nullptr);
    QAction *add = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->objectName() == QStringLiteral("tipStepGoal%1").arg(poleGoal))
            add = a;
    }
    ASSERT_NE(add, nullptr);
    add->trigger();
    ASSERT_EQ(goal(poleGoal).steps.size(), 1);
    EXPECT_EQ(goal(poleGoal).steps[0].tipId, tipId);
    EXPECT_TRUE(child<QLabel>(*editor, QStringLiteral("journalSaveStatus"))->text().contains(QLatin1String("Paint the picture")));

    // "Start a Goal With This Step…" goes to the page, which asks the main window for the Goals page.
    Q_EMIT kept->linkActivated(QStringLiteral("tip:") + tipId);
    ASSERT_FALSE(editor->findChildren<TipStepMenu *>().isEmpty());
    menu = editor->findChildren<TipStepMenu *>().last();  // the one made for this click
    QAction *start = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->objectName() == QStringLiteral("tipStepNewGoal"))
            start = a;
    }
    ASSERT_NE(start, nullptr);
    QSignalSpy requested(&page, &JournalPage::newGoalRequested);
    start->trigger();
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(2).toString(), tipId);
}
