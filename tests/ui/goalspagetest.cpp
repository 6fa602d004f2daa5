#include "uitestsupport.h"

#include "assessmentrepository.h"

#include "dashboard/dashboardpage.h"
#include "goals/entrypicker.h"
#include "goals/goalform.h"
#include "goals/goallistmodel.h"
#include "goals/goalspage.h"
#include "goals/goalview.h"
#include "journal/journaleditor.h"
#include "journal/journalpage.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/pageid.h"

#include "clock.h"
#include "goalrepository.h"
#include "journalrepository.h"
#include "profileservice.h"
#include "skillmodel.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QtCharts/QChartView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QSpinBox>
#include <QUndoStack>

using namespace tandem;
using namespace tandem::ui;

namespace {

class GoalsPageTest : public test::UiTest
{
protected:
    const core::SkillModel &model() const { return core::SkillModel::builtin(); }
    // Monday 30 November 2026.
    core::FixedClock clock{QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC)};

    // Every statement of a full assessment; skill i of the model answered per `level(i)`.
    core::Assessment fullAssessment(const QDateTime &takenAt, const std::function<int(int)> &level) const
    {
        core::Assessment a;
        a.kind = core::AssessmentKind::Full;
        a.modelVersion = model().version;
        a.takenAt = takenAt;
        for (const core::Item &item : model().fullAssessmentItems())
            a.answers.insert(item.id, 3);
        for (int i = 0; i < model().skills.size(); ++i) {
            const int x = level(i);
            for (const core::Item &item : model().skills.at(i).items)
                a.answers.insert(item.id, item.reverse ? 6 - x : x);
        }
        return a;
    }

    // One full assessment in which skill 7 is clearly the weakest (a growth area) and scores 25.
    void recordAssessment()
    {
        const auto levels = [](int i) { return i == 0 ? 5 : i == 1 ? 4 : i == 6 ? 2 : i == 7 ? 2 : 3; };
        ASSERT_TRUE(core::AssessmentRepository(db())
                            .add(fullAssessment(QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC), levels))
                            .ok());
    }

    qint64 addEntry(const QString &title, const QDate &day)
    {
        core::JournalEntry e;
        e.title = title;
        e.occurredAt = QDateTime(day, QTime(10, 0), Qt::UTC);
        const auto id = core::JournalRepository(db()).add(e);
        EXPECT_TRUE(id.ok());
        return id.ok() ? id.value() : 0;
    }

    // A goal stored through the workspace, as the CLI would store it.
    qint64 addGoal(const QString &title, int skill = 7)
    {
        core::Goal goal;
        goal.targetKind = core::GoalTarget::Skill;
        goal.targetId = model().skills.at(skill).id;
        goal.title = title;
        goal.createdAt = clock.now().addDays(-10);
        const auto id = workspace(&clock).addGoal(goal);
        EXPECT_TRUE(id.ok()) << qPrintable(id.ok() ? QString() : id.error());
        return id.ok() ? id.value() : 0;
    }

    core::Goal stored(qint64 id)
    {
        const auto goal = workspace(&clock).goals().get(id);
        EXPECT_TRUE(goal.ok());
        return goal.ok() ? goal.value() : core::Goal();
    }

    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        return parent->findChild<T *>(name);
    }

    static void undoFromEditMenu(MainWindow &window)
    {
        auto *edit = window.menuBar()->findChild<QMenu *>(QStringLiteral("editMenu"));
        ASSERT_NE(edit, nullptr);
        QAction *undo = edit->actions().value(0);
        ASSERT_NE(undo, nullptr);
        ASSERT_TRUE(undo->isEnabled());
        undo->trigger();
    }

    GoalsPage *goalsOf(MainWindow &window) { return qobject_cast<GoalsPage *>(window.page(PageId::Goals)); }
};

} // namespace

TEST_F(GoalsPageTest, AGoalSetFromAGrowthAreaOnTheDashboardIsPrefilledSavedAndListed)
{
    recordAssessment();
    MainWindow window(workspace(&clock));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const QString weakest = model().skills.at(7).id;
    const auto latest = workspace().profiles().latest(core::AssessmentKind::Full);
    ASSERT_TRUE(latest.ok() && latest.value());
    ASSERT_TRUE(latest.value()->profile.growthAreas.contains(weakest));

    QWidget *dashboard = window.page(PageId::Dashboard);
    ASSERT_TRUE(QTest::qWaitFor([&] { return child<QPushButton>(dashboard, QStringLiteral("dashboardSetGoal-") + weakest) != nullptr; }));
    child<QPushButton>(dashboard, QStringLiteral("dashboardSetGoal-") + weakest)->click();

    ASSERT_EQ(window.currentPage(), PageId::Goals);
    GoalsPage *page = goalsOf(window);
    ASSERT_NE(page, nullptr);
    ASSERT_EQ(page->currentView(), GoalsPage::View::Form);
    GoalForm *form = page->goalForm();
    auto *target = child<QComboBox>(form, QStringLiteral("goalFormTarget"));
    EXPECT_EQ(target->currentData().toString(), QStringLiteral("skill:") + weakest);
    // The growth areas come first in the list of targets.
    EXPECT_EQ(target->itemData(0).toString(), QStringLiteral("skill:") + latest.value()->profile.growthAreas.first());
    // The aim is prefilled: the score now (25) plus more than noise (MDC95 ≈ 18.6), to a multiple of 5.
    EXPECT_TRUE(child<QCheckBox>(form, QStringLiteral("goalFormHasScore"))->isChecked());
    EXPECT_EQ(child<QSpinBox>(form, QStringLiteral("goalFormScore"))->value(), 45);
    EXPECT_TRUE(child<QLabel>(form, QStringLiteral("goalFormScoreHint"))->text().contains(QStringLiteral("25")));
    // The skill's tips are offered as first steps.
    auto *tips = child<QListWidget>(form, QStringLiteral("goalFormTips"));
    ASSERT_EQ(tips->count(), model().skills.at(7).tips.size());
    tips->item(0)->setCheckState(Qt::Checked);

    QTest::keyClicks(child<QLineEdit>(form, QStringLiteral("goalFormTitle")), QStringLiteral("Say no to one meeting a week"));
    child<QPushButton>(form, QStringLiteral("goalFormSave"))->click();

    const auto goals = workspace().goals().list();
    ASSERT_TRUE(goals.ok());
    ASSERT_EQ(goals.value().size(), 1);
    const core::Goal &goal = goals.value().first();
    EXPECT_EQ(goal.title, QStringLiteral("Say no to one meeting a week"));
    EXPECT_EQ(goal.targetId, weakest);
    EXPECT_EQ(goal.targetScore, 45);
    ASSERT_EQ(goal.steps.size(), 1);
    EXPECT_EQ(goal.steps.first().tipId, model().skills.at(7).tips.first().id);
    EXPECT_EQ(page->currentView(), GoalsPage::View::Goal);
    EXPECT_EQ(page->goalView()->goalId(), goal.id);

    child<QPushButton>(page->goalView(), QStringLiteral("goalBack"))->click();
    EXPECT_EQ(page->currentView(), GoalsPage::View::List);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page->listModel()->rowCount() == 1; }));
    const QModelIndex title = page->listModel()->index(0, GoalListModel::TitleColumn);
    EXPECT_EQ(title.data().toString(), QStringLiteral("Say no to one meeting a week"));
    EXPECT_EQ(page->listModel()->index(0, GoalListModel::TargetColumn).data().toString(), model().skills.at(7).name);
    EXPECT_EQ(page->listModel()->index(0, GoalListModel::StepsColumn).data().toString(), QStringLiteral("0 of 1 done"));
    EXPECT_EQ(window.editHistory().stack()->undoText(), QStringLiteral("New Goal"));
}

TEST_F(GoalsPageTest, AFieldThatCannotBeStoredIsMarkedAndExplainedAndNothingIsStored)
{
    GoalsPage page(context(&clock));
    page.resize(1000, 760);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    // The empty page explains goals and offers the first one.
    ASSERT_TRUE(QTest::qWaitFor([&] { return child<QWidget>(&page, QStringLiteral("goalsEmpty"))->isVisible(); }));
    EXPECT_GT(child<QLabel>(&page, QStringLiteral("goalsEmptyText"))->text().size(), 80);
    // Ctrl+N opens the form as the button does.
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    ASSERT_EQ(page.currentView(), GoalsPage::View::Form);
    page.showList();
    child<QPushButton>(&page, QStringLiteral("goalsEmptyNew"))->click();
    ASSERT_EQ(page.currentView(), GoalsPage::View::Form);
    GoalForm *form = page.goalForm();
    // With no assessment, every skill is offered, the first one chosen.
    EXPECT_EQ(child<QComboBox>(form, QStringLiteral("goalFormTarget"))->currentData().toString(),
              QStringLiteral("skill:") + model().skills.first().id);

    auto *titleError = child<QLabel>(form, QStringLiteral("goalFormTitleError"));
    auto *title = child<QLineEdit>(form, QStringLiteral("goalFormTitle"));
    EXPECT_FALSE(titleError->isVisible());
    child<QPushButton>(form, QStringLiteral("goalFormSave"))->click();
    EXPECT_TRUE(titleError->isVisible());
    EXPECT_TRUE(titleError->text().contains(QStringLiteral("title")));
    EXPECT_TRUE(title->property("invalid").toBool());
    EXPECT_FALSE(title->accessibleDescription().isEmpty());
    EXPECT_EQ(workspace().goals().count().value(), 0);
    EXPECT_EQ(page.currentView(), GoalsPage::View::Form);

    // A date before the goal begins: the date is marked, the title no longer.
    title->setText(QStringLiteral("Write a one-page plan"));
    child<QCheckBox>(form, QStringLiteral("goalFormHasDue"))->setChecked(true);
    child<QDateEdit>(form, QStringLiteral("goalFormDue"))->setDate(QDate(2026, 11, 1));
    child<QPushButton>(form, QStringLiteral("goalFormSave"))->click();
    EXPECT_FALSE(titleError->isVisible());
    EXPECT_FALSE(title->property("invalid").toBool());
    EXPECT_TRUE(child<QLabel>(form, QStringLiteral("goalFormDueError"))->isVisible());
    EXPECT_TRUE(child<QDateEdit>(form, QStringLiteral("goalFormDue"))->property("invalid").toBool());
    EXPECT_EQ(workspace().goals().count().value(), 0);
    EXPECT_EQ(history().stack()->count(), 0);

    child<QDateEdit>(form, QStringLiteral("goalFormDue"))->setDate(QDate(2027, 3, 1));
    child<QPushButton>(form, QStringLiteral("goalFormSave"))->click();
    EXPECT_EQ(workspace().goals().count().value(), 1);
    EXPECT_EQ(page.currentView(), GoalsPage::View::Goal);
}

TEST_F(GoalsPageTest, ATipBecomesAStepIsTickedAndEditUndoTakesTheTickBack)
{
    const qint64 id = addGoal(QStringLiteral("Delegate one decision a week"));
    MainWindow window(workspace(&clock));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showPage(PageId::Goals);
    GoalsPage *page = goalsOf(window);
    ASSERT_TRUE(page->showGoal(id));
    GoalView *view = page->goalView();

    const core::Tip tip = model().skills.at(7).tips.at(1);
    auto *addTip = child<QPushButton>(view, QStringLiteral("goalTipAdd-") + tip.id);
    ASSERT_NE(addTip, nullptr);
    addTip->click();
    ASSERT_EQ(stored(id).steps.size(), 1);
    EXPECT_EQ(stored(id).steps.first().tipId, tip.id);
    EXPECT_EQ(stored(id).steps.first().text, tip.text);
    // The tip is now a step, and says so.
    addTip = child<QPushButton>(view, QStringLiteral("goalTipAdd-") + tip.id);
    ASSERT_NE(addTip, nullptr);
    EXPECT_FALSE(addTip->isEnabled());

    QTreeWidget *steps = view->stepsList();
    ASSERT_EQ(steps->topLevelItemCount(), 1);
    EXPECT_EQ(steps->topLevelItem(0)->checkState(0), Qt::Unchecked);
    steps->topLevelItem(0)->setCheckState(0, Qt::Checked);
    EXPECT_TRUE(stored(id).steps.first().doneAt.isValid());
    EXPECT_EQ(stored(id).steps.first().doneAt, clock.now());
    ASSERT_EQ(steps->topLevelItemCount(), 1);
    EXPECT_EQ(steps->topLevelItem(0)->checkState(0), Qt::Checked);
    EXPECT_EQ(window.editHistory().stack()->undoText(), QStringLiteral("Tick Step"));

    undoFromEditMenu(window);
    EXPECT_FALSE(stored(id).steps.first().doneAt.isValid());
    ASSERT_EQ(steps->topLevelItemCount(), 1);
    EXPECT_EQ(steps->topLevelItem(0)->checkState(0), Qt::Unchecked) << "the view follows the undo";

    undoFromEditMenu(window);
    EXPECT_TRUE(stored(id).steps.isEmpty());
    EXPECT_EQ(steps->topLevelItemCount(), 0);
    EXPECT_TRUE(child<QPushButton>(view, QStringLiteral("goalTipAdd-") + tip.id)->isEnabled());
}

TEST_F(GoalsPageTest, AStepAddedFromTheTerminalWhileTheGoalIsShownSurvivesATickInTheApp)
{
    const qint64 id = addGoal(QStringLiteral("Delegate one decision a week"));
    core::Goal goal = stored(id);
    core::GoalStep first;
    first.text = QStringLiteral("List what only I decide");
    goal.steps = {first};
    ASSERT_TRUE(workspace(&clock).updateGoal(goal).ok());
    MainWindow window(workspace(&clock));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showPage(PageId::Goals);
    GoalsPage *page = goalsOf(window);
    ASSERT_TRUE(page->showGoal(id));
    QTreeWidget *steps = page->goalView()->stepsList();
    ASSERT_EQ(steps->topLevelItemCount(), 1);

    // tandem-cli adds a step on a connection of its own: the window hears nothing of it.
    {
        auto cli = core::Database::open(m_dir.path());
        ASSERT_TRUE(cli.ok()) << qPrintable(cli.error());
        core::Goal fromCli = core::GoalRepository(*cli.value()).get(id).value();
        core::GoalStep added;
        added.text = QStringLiteral("Hand the hiring decision to Ana");
        fromCli.steps.append(added);
        ASSERT_TRUE(core::GoalRepository(*cli.value()).update(fromCli).ok());
    }
    ASSERT_EQ(steps->topLevelItemCount(), 1);

    // Ticking the step the window shows keeps the terminal's step.
    steps->topLevelItem(0)->setCheckState(0, Qt::Checked);
    const core::Goal after = stored(id);
    ASSERT_EQ(after.steps.size(), 2);
    EXPECT_TRUE(after.steps.at(0).doneAt.isValid());
    EXPECT_EQ(after.steps.at(1).text, QStringLiteral("Hand the hiring decision to Ana"));
    EXPECT_EQ(steps->topLevelItemCount(), 2) << "the view shows the goal as stored";
}

TEST_F(GoalsPageTest, StepsAreAddedReorderedAndRemoved)
{
    const qint64 id = addGoal(QStringLiteral("Run a calmer stand-up"));
    GoalsPage page(context(&clock));
    page.show();
    ASSERT_TRUE(page.showGoal(id));
    GoalView *view = page.goalView();
    auto *text = child<QLineEdit>(view, QStringLiteral("goalNewStep"));
    for (const QString &step : {QStringLiteral("Write the agenda"), QStringLiteral("Time-box each update")}) {
        text->setText(step);
        child<QPushButton>(view, QStringLiteral("goalAddStep"))->click();
    }
    ASSERT_EQ(stored(id).steps.size(), 2);
    view->stepsList()->setCurrentItem(view->stepsList()->topLevelItem(1));
    child<QPushButton>(view, QStringLiteral("goalStepUp"))->click();
    ASSERT_EQ(stored(id).steps.size(), 2);
    EXPECT_EQ(stored(id).steps.first().text, QStringLiteral("Time-box each update"));
    view->stepsList()->setCurrentItem(view->stepsList()->topLevelItem(0));
    child<QPushButton>(view, QStringLiteral("goalStepRemove"))->click();
    ASSERT_EQ(stored(id).steps.size(), 1);
    EXPECT_EQ(stored(id).steps.first().text, QStringLiteral("Write the agenda"));
    EXPECT_EQ(history().stack()->undoText(), QStringLiteral("Remove Step"));
}

TEST_F(GoalsPageTest, PauseResumeAndCompleteAreUndoableAndFilterTheList)
{
    const qint64 id = addGoal(QStringLiteral("Ask for feedback after each review"));
    GoalsPage page(context(&clock));
    page.show();
    ASSERT_TRUE(page.showGoal(id));
    GoalView *view = page.goalView();
    auto *pause = child<QPushButton>(view, QStringLiteral("goalPause"));
    pause->click();
    EXPECT_EQ(stored(id).status, core::GoalStatus::Paused);
    EXPECT_EQ(pause->text(), QStringLiteral("Resume"));
    pause->click();
    EXPECT_EQ(stored(id).status, core::GoalStatus::Active);

    child<QPushButton>(view, QStringLiteral("goalComplete"))->click();
    EXPECT_EQ(stored(id).status, core::GoalStatus::Done);
    EXPECT_TRUE(stored(id).closedAt.isValid());
    EXPECT_FALSE(child<QPushButton>(view, QStringLiteral("goalComplete"))->isVisible());
    EXPECT_EQ(history().stack()->undoText(), QStringLiteral("Complete Goal"));

    page.showList();
    auto *filter = child<QComboBox>(&page, QStringLiteral("goalsFilter"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.listModel()->rowCount() == 1; })) << "one finished this year";
    filter->setCurrentIndex(filter->findData(static_cast<int>(GoalListModel::Filter::Open)));
    EXPECT_TRUE(child<QWidget>(&page, QStringLiteral("goalsEmpty"))->isVisible())
            << "a done goal is not among the active and paused ones";
    filter->setCurrentIndex(filter->findData(static_cast<int>(GoalListModel::Filter::Done)));
    ASSERT_EQ(page.listModel()->rowCount(), 1);
    EXPECT_EQ(page.listModel()->index(0, GoalListModel::StatusColumn).data().toString(), QStringLiteral("Done"));

    history().undo();
    EXPECT_EQ(stored(id).status, core::GoalStatus::Active);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.listModel()->rowCount() == 0; })) << "no longer done";
}

TEST_F(GoalsPageTest, AnEntryIsLinkedAsEvidenceOpensInTheJournalAndIsUnlinked)
{
    addEntry(QStringLiteral("Budget talk with finance"), QDate(2026, 11, 20));
    const qint64 entry = addEntry(QStringLiteral("Handed the rota to Priya"), QDate(2026, 11, 24));
    const qint64 id = addGoal(QStringLiteral("Delegate more"));
    MainWindow window(workspace(&clock));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showPage(PageId::Goals);
    GoalsPage *page = goalsOf(window);
    ASSERT_TRUE(page->showGoal(id));
    GoalView *view = page->goalView();

    child<QPushButton>(view, QStringLiteral("goalLinkEntry"))->click();
    EntryPicker *picker = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (picker = view->findChild<EntryPicker *>()) && picker->isVisible(); }));
    picker->setSearch(QStringLiteral("rota"));
    ASSERT_EQ(picker->list()->count(), 1);
    picker->list()->setCurrentRow(0);
    child<QPushButton>(picker, QStringLiteral("entryPickerLink"))->click();
    EXPECT_EQ(stored(id).evidence, QList<qint64>{entry});
    EXPECT_EQ(window.editHistory().stack()->undoText(), QStringLiteral("Link Entry to Goal"));

    auto *open = child<QPushButton>(view, QStringLiteral("goalEvidenceOpen-%1").arg(entry));
    ASSERT_NE(open, nullptr);
    EXPECT_TRUE(open->text().contains(QStringLiteral("Handed the rota to Priya")));
    open->click();
    EXPECT_EQ(window.currentPage(), PageId::Journal);
    auto *journal = qobject_cast<JournalPage *>(window.page(PageId::Journal));
    ASSERT_NE(journal, nullptr);
    EXPECT_EQ(journal->editor()->entryId(), entry);

    window.showPage(PageId::Goals);
    child<QPushButton>(view, QStringLiteral("goalEvidenceUnlink-%1").arg(entry))->click();
    EXPECT_TRUE(stored(id).evidence.isEmpty());
    EXPECT_EQ(child<QPushButton>(view, QStringLiteral("goalEvidenceOpen-%1").arg(entry)), nullptr);
}

TEST_F(GoalsPageTest, ThePageFollowsAChangeMadeElsewhere)
{
    const qint64 id = addGoal(QStringLiteral("First title"));
    GoalsPage page(context(&clock));
    page.resize(1000, 760);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.listModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.listModel()->rowCount() == 1; }));
    EXPECT_EQ(page.listModel()->index(0, GoalListModel::TitleColumn).data().toString(), QStringLiteral("First title"));

    // As tandem-cli or another page would change it: straight through the workspace.
    core::Goal goal = stored(id);
    goal.title = QStringLiteral("A title changed elsewhere");
    ASSERT_TRUE(workspace().updateGoal(goal).ok());
    ASSERT_TRUE(QTest::qWaitFor([&] {
        return page.listModel()->index(0, GoalListModel::TitleColumn).data().toString()
               == QStringLiteral("A title changed elsewhere");
    }));

    // The goal's view follows too, and goes back to the list when the goal goes.
    ASSERT_TRUE(page.showGoal(id));
    goal = stored(id);
    goal.steps.append(core::GoalStep{{}, QStringLiteral("A step from the CLI"), {}, {}, {}});
    ASSERT_TRUE(workspace().updateGoal(goal).ok());
    ASSERT_EQ(page.goalView()->stepsList()->topLevelItemCount(), 1);
    EXPECT_EQ(page.goalView()->stepsList()->topLevelItem(0)->text(0), QStringLiteral("A step from the CLI"));
    ASSERT_TRUE(workspace().removeGoal(id).ok());
    EXPECT_EQ(page.currentView(), GoalsPage::View::List);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.listModel()->rowCount() == 0; }));
}

TEST_F(GoalsPageTest, DeletingAsksFirstAndUndoBringsTheGoalBack)
{
    const qint64 id = addGoal(QStringLiteral("Goal to delete"));
    GoalsPage page(context(&clock));
    page.show();
    ASSERT_TRUE(page.showGoal(id));
    child<QPushButton>(page.goalView(), QStringLiteral("goalDelete"))->click();
    QMessageBox *box = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (box = page.findChild<QMessageBox *>(QStringLiteral("goalDeleteConfirm"))); }));
    EXPECT_EQ(workspace().goals().count().value(), 1) << "nothing is deleted before the answer";
    child<QPushButton>(box, QStringLiteral("goalDeleteConfirmYes"))->click();
    EXPECT_EQ(workspace().goals().count().value(), 0);
    EXPECT_EQ(page.currentView(), GoalsPage::View::List);
    history().undo();
    EXPECT_EQ(workspace().goals().count().value(), 1);
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.listModel()->rowCount() == 1; }));
}

TEST_F(GoalsPageTest, ADashboardTipBecomesAStepOfTheActiveGoalOnItsSkillOrStartsOne)
{
    recordAssessment();
    const QString weakest = model().skills.at(7).id;
    MainWindow window(workspace(&clock));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QWidget *dashboard = window.page(PageId::Dashboard);
    const QString name = QStringLiteral("dashboardTakeTip-") + weakest;
    ASSERT_TRUE(QTest::qWaitFor([&] { return child<QPushButton>(dashboard, name) != nullptr; }));

    // No goal on the skill yet: the tip starts one, ticked as its first step.
    child<QPushButton>(dashboard, name)->click();
    ASSERT_EQ(window.currentPage(), PageId::Goals);
    GoalsPage *page = goalsOf(window);
    ASSERT_EQ(page->currentView(), GoalsPage::View::Form);
    auto *tips = child<QListWidget>(page->goalForm(), QStringLiteral("goalFormTips"));
    int ticked = 0;
    for (int row = 0; row < tips->count(); ++row)
        ticked += tips->item(row)->checkState() == Qt::Checked ? 1 : 0;
    EXPECT_EQ(ticked, 1);
    child<QPushButton>(page->goalForm(), QStringLiteral("goalFormCancel"))->click();

    // With an active goal on the skill, the tip is added to it.
    const qint64 id = addGoal(QStringLiteral("Grow the weakest skill"));
    window.showPage(PageId::Dashboard);
    ASSERT_TRUE(QTest::qWaitFor([&] {
        auto *goals = child<QListWidget>(dashboard, QStringLiteral("dashboardGoals"));
        return goals && goals->count() == 1;
    }));
    child<QPushButton>(dashboard, name)->click();
    EXPECT_EQ(window.currentPage(), PageId::Dashboard);
    ASSERT_EQ(stored(id).steps.size(), 1);
    EXPECT_FALSE(stored(id).steps.first().tipId.isEmpty());
    EXPECT_TRUE(child<QLabel>(dashboard, QStringLiteral("dashboardNotice"))->text().contains(QStringLiteral("Grow the weakest skill")));

    // The goal on the dashboard opens its view.
    ASSERT_TRUE(QTest::qWaitFor([&] {
        auto *goals = child<QListWidget>(dashboard, QStringLiteral("dashboardGoals"));
        return goals->count() == 1 && goals->item(0)->text().contains(QStringLiteral("0 of 1 step done"));
    }));
    auto *goals = child<QListWidget>(dashboard, QStringLiteral("dashboardGoals"));
    goals->itemClicked(goals->item(0));
    EXPECT_EQ(window.currentPage(), PageId::Goals);
    EXPECT_EQ(page->currentView(), GoalsPage::View::Goal);
    EXPECT_EQ(page->goalView()->goalId(), id);
}

TEST_F(GoalsPageTest, TheGoalViewShowsTheScoreThenAndNowAgainstTheTarget)
{
    // Before the goal: skill 7 at 25; after: 75, a real change (more than MDC95 ≈ 18.6).
    ASSERT_TRUE(core::AssessmentRepository(db())
                        .add(fullAssessment(QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC), [](int) { return 2; }))
                        .ok());
    ASSERT_TRUE(core::AssessmentRepository(db())
                        .add(fullAssessment(QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC), [](int) { return 4; }))
                        .ok());
    core::Goal goal;
    goal.targetKind = core::GoalTarget::Skill;
    goal.targetId = model().skills.at(7).id;
    goal.title = QStringLiteral("Grow it");
    goal.targetScore = 60;
    goal.createdAt = QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC);
    const auto id = workspace(&clock).addGoal(goal);
    ASSERT_TRUE(id.ok());
    GoalsPage page(context(&clock));
    page.show();
    ASSERT_TRUE(page.showGoal(id.value()));
    const QString changes = child<QLabel>(page.goalView(), QStringLiteral("goalChanges"))->text();
    EXPECT_TRUE(changes.contains(QStringLiteral("<b>25.0</b>"))) << qPrintable(changes);
    EXPECT_TRUE(changes.contains(QStringLiteral("<b>75.0</b>"))) << qPrintable(changes);
    EXPECT_TRUE(changes.contains(QStringLiteral("a real change"))) << qPrintable(changes);
    EXPECT_TRUE(changes.contains(QStringLiteral("reached your target of 60"))) << qPrintable(changes);
    auto *table = page.goalView()->findChild<QTableWidget *>(QStringLiteral("goalTrendTable"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rowCount(), 2);
}

TEST_F(GoalsPageTest, TheGoalViewFollowsADarkPalette)
{
    ASSERT_TRUE(core::AssessmentRepository(db())
                        .add(fullAssessment(QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC), [](int) { return 2; }))
                        .ok());
    const qint64 id = addGoal(QStringLiteral("Grow it in the dark"));
    GoalsPage page(context(&clock));
    page.resize(1000, 1400);
    page.show();
    ASSERT_TRUE(page.showGoal(id));
    auto *chart = page.goalView()->findChild<QChartView *>();
    ASSERT_NE(chart, nullptr);
    page.setPalette(QPalette(QColor(0xef, 0xef, 0xef)));
    EXPECT_EQ(chart->chart()->theme(), QChart::ChartThemeLight);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::WindowText, Qt::white);
    page.setPalette(dark);
    EXPECT_EQ(chart->chart()->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));
    EXPECT_EQ(chart->chart()->theme(), QChart::ChartThemeDark);
    // For looking at it: TANDEM_SCREENSHOT_DIR=/some/folder writes the page as it is drawn.
    if (const QString dir = qEnvironmentVariable("TANDEM_SCREENSHOT_DIR"); !dir.isEmpty()) {
        page.goalView()->grab().save(dir + QStringLiteral("/goalview-dark.png"));
        page.setPalette(QPalette(QColor(0xef, 0xef, 0xef)));
        page.goalView()->grab().save(dir + QStringLiteral("/goalview-light.png"));
    }
}

TEST_F(GoalsPageTest, EveryControlOfTheListTheFormAndAGoalHasAnObjectNameAndAnAccessibleName)
{
    const qint64 entry = addEntry(QStringLiteral("An entry"), QDate(2026, 11, 24));
    const qint64 id = addGoal(QStringLiteral("A goal with everything"));
    core::Goal goal = stored(id);
    goal.steps.append(core::GoalStep{{}, QStringLiteral("A step"), QDate(2026, 12, 10), {}, {}});
    goal.evidence = {entry};
    ASSERT_TRUE(workspace().updateGoal(goal).ok());
    GoalsPage page(context(&clock));
    page.resize(1000, 760);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.newGoal();
    ASSERT_TRUE(page.showGoal(id));
    QStringList unnamed;
    for (QWidget *w : page.findChildren<QWidget *>()) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w)
                || qobject_cast<QLineEdit *>(w);
        if (!interactive || w->parent()->inherits("QAbstractSpinBox") || w->parent()->inherits("QComboBox")
            || qobject_cast<QAbstractItemView *>(w->parentWidget()) || w->inherits("QScrollBar")
            || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        const QString name = a ? a->text(QAccessible::Name) : QString();
        if (w->objectName().isEmpty() || name.trimmed().isEmpty())
            unnamed.append(QStringLiteral("%1 '%2' name='%3'")
                                   .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), name));
    }
    EXPECT_TRUE(unnamed.isEmpty()) << qPrintable(unnamed.join(QStringLiteral("\n")));
}

TEST_F(GoalsPageTest, TheListShowsOpenGoalsAndThePastYearsByDefaultAndEveryGoalOnRequest)
{
    const qint64 open = addGoal(QStringLiteral("Still going"));
    core::Goal old;
    old.targetKind = core::GoalTarget::Skill;
    old.targetId = model().skills.at(2).id;
    old.title = QStringLiteral("Finished long ago");
    old.createdAt = clock.now().addYears(-3);
    old.status = core::GoalStatus::Done;
    old.closedAt = clock.now().addYears(-2);
    ASSERT_TRUE(core::GoalRepository(db()).add(old).ok());
    GoalsPage page(context(&clock));
    page.show();
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.listModel()->rowCount() == 1; }));
    EXPECT_EQ(page.listModel()->goalAt(0).id, open);
    auto *filter = child<QComboBox>(&page, QStringLiteral("goalsFilter"));
    filter->setCurrentIndex(filter->findData(static_cast<int>(GoalListModel::Filter::All)));
    ASSERT_EQ(page.listModel()->rowCount(), 2);
    EXPECT_EQ(page.listModel()->goalAt(0).id, open) << "open goals first";
    EXPECT_EQ(page.listModel()->goalAt(1).title, QStringLiteral("Finished long ago"));
}
