#include "uitestsupport.h"

#include "checkin/checkinpage.h"
#include "checkin/duetracker.h"
#include "checkin/historymodel.h"
#include "checkin/questionnaire.h"
#include "checkin/statementrow.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/navigationsidebar.h"

#include "answervalidator.h"
#include "assessmentrepository.h"
#include "clock.h"
#include "draftrepository.h"
#include "profileservice.h"
#include "skillmodel.h"

#include <QAbstractItemModelTester>
#include <QAbstractButton>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTimer>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace tandem;
using namespace tandem::ui;

namespace {

class CheckInPageTest : public test::UiTest
{
protected:
    const core::SkillModel &model() const { return core::SkillModel::builtin(); }
    core::FixedClock clock{QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC)};
};

// Types a key at whatever has keyboard focus, as a user would.
void press(Qt::Key key)
{
    QWidget *target = QApplication::focusWidget();
    ASSERT_NE(target, nullptr) << "nothing has keyboard focus";
    QTest::keyClick(target, key);
}

} // namespace

TEST_F(CheckInPageTest, PulseCanBeCompletedWithTheKeyboardAlone)
{
    MainWindow window(workspace(&clock));
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    window.showPage(PageId::CheckIn);
    auto *page = qobject_cast<CheckInPage *>(window.page(PageId::CheckIn));
    ASSERT_NE(page, nullptr);

    // Start the pulse from the keyboard: focus the button and press Space.
    auto *start = page->findChild<QPushButton *>(QStringLiteral("checkInStartPulse"));
    ASSERT_NE(start, nullptr);
    start->setFocus();
    const QDateTime started = clock.now();
    QTest::keyClick(start, Qt::Key_Space);
    ASSERT_NE(page->questionnaire(), nullptr);
    clock.set(started.addSecs(95)); // answering takes a while

    const QList<Qt::Key> keys = {Qt::Key_4, Qt::Key_2, Qt::Key_5, Qt::Key_3, Qt::Key_1, Qt::Key_4, Qt::Key_3, Qt::Key_5};
    for (Qt::Key key : keys)
        press(key);
    // After the last statement the note has focus.
    auto *note = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_NE(note, nullptr);
    QTest::keyClicks(note, QStringLiteral("Release week"));
    press(Qt::Key_Return);

    // Stored exactly as typed, in model order.
    const auto stored = core::AssessmentRepository(db()).list(core::AssessmentKind::Pulse);
    ASSERT_TRUE(stored.ok()) << qPrintable(stored.error());
    ASSERT_EQ(stored->size(), 1);
    const core::Assessment &a = stored->first();
    EXPECT_EQ(a.note, QStringLiteral("Release week"));
    EXPECT_EQ(a.startedAt, started) << "kept, and exported as started_at";
    EXPECT_EQ(a.takenAt, clock.now());
    ASSERT_EQ(a.answers.size(), model().pulseItems.size());
    for (int i = 0; i < model().pulseItems.size(); ++i)
        EXPECT_EQ(a.answers.value(model().pulseItems.at(i).id), keys.at(i) - Qt::Key_0) << i;

    // The results are on screen, and the draft is gone.
    auto *results = page->findChild<QTextBrowser *>(QStringLiteral("checkInResults"));
    ASSERT_NE(results, nullptr);
    EXPECT_TRUE(results->isVisible());
    EXPECT_TRUE(results->toPlainText().contains(QLatin1String("Weekly pulse")));
    EXPECT_FALSE(core::DraftRepository(db()).load(core::AssessmentKind::Pulse).value().has_value());
    EXPECT_FALSE(window.dueTracker().state().pulse.due);
}

TEST_F(CheckInPageTest, HalfDoneFullAssessmentIsResumedAfterTheWindowIsRecreated)
{
    QStringList answeredIds;
    {
        MainWindow window(workspace(&clock));
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        auto *page = qobject_cast<CheckInPage *>(window.page(PageId::CheckIn));
        window.showPage(PageId::CheckIn);
        page->start(core::AssessmentKind::Full);
        Questionnaire *q = page->questionnaire();
        ASSERT_NE(q, nullptr);
        // Two screens' worth, then on to the third.
        for (int screen = 0; screen < 2; ++screen) {
            for (StatementRow *row : q->findChildren<StatementRow *>()) {
                if (row->isVisibleTo(q) && !row->answer() && row->parentWidget()->isVisible()) {
                    row->setFocus();
                    QTest::keyClick(row, Qt::Key_4);
                    answeredIds.append(row->itemId());
                }
            }
            QTest::keyClick(q, Qt::Key_Return);
        }
        EXPECT_EQ(q->currentScreen(), 2);
    }  // the window closes without finishing

    ASSERT_EQ(answeredIds.size(), model().skills.at(0).items.size() + model().skills.at(1).items.size());
    MainWindow again(workspace(&clock));
    again.show();
    auto *page = qobject_cast<CheckInPage *>(again.page(PageId::CheckIn));
    auto *status = page->findChild<QLabel *>(QStringLiteral("checkInFullStatus"));
    EXPECT_TRUE(status->text().contains(QStringLiteral("%1 of 52 answered").arg(answeredIds.size()))) << qPrintable(status->text());
    EXPECT_EQ(page->findChild<QPushButton *>(QStringLiteral("checkInStartFull"))->text(), QStringLiteral("Resume Assessment"));

    page->start(core::AssessmentKind::Full);
    Questionnaire *q = page->questionnaire();
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->currentScreen(), 2);
    for (const QString &id : answeredIds)
        EXPECT_EQ(q->answers().value(id), 4) << qPrintable(id);
}

namespace {

core::Answers allFours(const core::SkillModel &model)
{
    core::Answers answers;
    for (const core::Item &item : model.fullAssessmentItems())
        answers.insert(item.id, item.reverse ? 2 : 4);
    return answers;
}

// Clicks the given button of the next modal message box, as a user would.
} // namespace

TEST_F(CheckInPageTest, FinishingWithAnUnansweredStatementIsRefusedAndShowsWhich)
{
    CheckInPage page(context(&clock));
    page.show();
    page.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
    page.start(core::AssessmentKind::Full);
    Questionnaire *q = page.questionnaire();
    ASSERT_NE(q, nullptr);
    core::Answers answers = allFours(model());
    const QString skipped = model().skills.at(5).items.at(1).id;
    answers.remove(skipped);
    q->setAnswers(answers);
    q->showScreen(q->screenCount() - 1);
    QTest::keyClick(q, Qt::Key_Return);  // Finish

    EXPECT_EQ(core::AssessmentRepository(db()).count().value(), 0) << "an incomplete assessment was stored";
    EXPECT_EQ(q->currentScreen(), 5) << "it should jump to the screen with the open statement";
    auto *row = q->findChild<StatementRow *>(QStringLiteral("statement-") + skipped);
    ASSERT_NE(row, nullptr);
    EXPECT_TRUE(row->isFlagged());
    EXPECT_TRUE(row->hasFocus());
    const QString status = q->findChild<QLabel *>(QStringLiteral("questionnaireStatus"))->text();
    EXPECT_TRUE(status.contains(QLatin1String("One statement still needs an answer"))) << qPrintable(status);
    EXPECT_TRUE(status.contains(model().skills.at(5).name)) << qPrintable(status);

    // Answering it clears the mark, and Finish now stores the assessment.
    QTest::keyClick(row, Qt::Key_4);
    EXPECT_FALSE(row->isFlagged());
    q->showScreen(q->screenCount() - 1);
    QTest::keyClick(q, Qt::Key_Return);
    EXPECT_EQ(core::AssessmentRepository(db()).count().value(), 1);
}

TEST_F(CheckInPageTest, AnsweringFourEverywhereGivesSeventyFiveForEverySkill)
{
    CheckInPage page(context(&clock));
    page.show();
    page.start(core::AssessmentKind::Full);
    Questionnaire *q = page.questionnaire();
    for (StatementRow *row : q->findChildren<StatementRow *>()) {
        const bool reverse = [&] {
            for (const core::Item &item : model().fullAssessmentItems())
                if (item.id == row->itemId())
                    return item.reverse;
            return false;
        }();
        QTest::keyClick(row, reverse ? Qt::Key_2 : Qt::Key_4);
    }
    q->showScreen(q->screenCount() - 1);
    QTest::keyClick(q, Qt::Key_Return);

    const auto latest = core::ProfileService(db(), model()).latest(core::AssessmentKind::Full);
    ASSERT_TRUE(latest.ok() && latest.value().has_value());
    for (const core::Skill &skill : model().skills)
        EXPECT_DOUBLE_EQ(latest.value()->profile.skills.value(skill.id), 75.0) << qPrintable(skill.id);
    const QString shown = page.findChild<QTextBrowser *>(QStringLiteral("checkInResults"))->toPlainText();
    EXPECT_TRUE(shown.contains(QLatin1String("Balanced, strong"))) << qPrintable(shown);
    EXPECT_EQ(shown.count(QLatin1String("75")), model().skills.size() + 2 + 2 * model().contrasts.size()) << qPrintable(shown);
}

TEST_F(CheckInPageTest, DeletingAsksFirstAndCanBeUndone)
{
    core::Assessment a;
    a.kind = core::AssessmentKind::Full;
    a.modelVersion = model().version;
    a.startedAt = clock.now().addDays(-3).addSecs(-600);
    a.takenAt = clock.now().addDays(-3);
    a.answers = allFours(model());
    const auto id = core::AssessmentRepository(db()).add(a);
    ASSERT_TRUE(id.ok());

    CheckInPage page(context(&clock));
    DueTracker &tracker = context().due;
    page.show();
    auto *view = page.findChild<QTableView *>(QStringLiteral("checkInHistory"));
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->model()->rowCount(), 0) << "the history is read only when it is shown";
    page.showHistory();
    auto *del = page.findChild<QPushButton *>(QStringLiteral("checkInDelete"));
    ASSERT_TRUE(view && del);
    ASSERT_EQ(view->model()->rowCount(), 1);
    view->selectRow(0);

    // The question is a sheet opened on the page (open(), never a nested exec()).
    del->click();
    auto *box = page.findChild<QMessageBox *>(QStringLiteral("checkInDeleteConfirm"));
    ASSERT_NE(box, nullptr);
    box->button(QMessageBox::Cancel)->click();
    EXPECT_EQ(core::AssessmentRepository(db()).count().value(), 1) << "Cancel must keep it";

    del->click();
    box = page.findChild<QMessageBox *>(QStringLiteral("checkInDeleteConfirm"));
    ASSERT_NE(box, nullptr);
    box->findChild<QPushButton *>(QStringLiteral("checkInDeleteConfirmYes"))->click();
    EXPECT_EQ(core::AssessmentRepository(db()).count().value(), 0);
    EXPECT_EQ(view->model()->rowCount(), 0);
    EXPECT_TRUE(tracker.state().full.due);

    auto *undo = page.findChild<QPushButton *>(QStringLiteral("checkInUndo"));
    ASSERT_NE(undo, nullptr);
    ASSERT_TRUE(undo->isVisible());
    undo->click();
    const auto back = core::AssessmentRepository(db()).list();
    ASSERT_EQ(back->size(), 1);
    EXPECT_EQ(back->first().answers, a.answers);
    EXPECT_EQ(back->first().id, id.value()) << "the same record: its row id, uuid and start time";
    EXPECT_EQ(back->first().startedAt, a.startedAt);
    EXPECT_EQ(view->model()->rowCount(), 1);
    EXPECT_FALSE(undo->isVisible());
    EXPECT_FALSE(tracker.state().full.due);
}

TEST_F(CheckInPageTest, HistoryLoadsAPageAtATime)
{
    core::Assessment a;
    a.kind = core::AssessmentKind::Pulse;
    a.modelVersion = model().version;
    for (const core::PulseItem &item : model().pulseItems)
        a.answers.insert(item.id, 3);
    for (int i = 0; i < HistoryModel::PageSize * 2 + 10; ++i) {
        a.takenAt = clock.now().addDays(-7 * i);
        ASSERT_TRUE(core::AssessmentRepository(db()).add(a).ok());
    }
    HistoryModel history(workspace(), model());
    EXPECT_EQ(history.rowCount(), 0);
    EXPECT_FALSE(history.canFetchMore({}));
    history.reload();
    EXPECT_EQ(history.rowCount(), HistoryModel::PageSize);
    EXPECT_TRUE(history.canFetchMore({}));
    history.fetchMore({});
    history.fetchMore({});
    EXPECT_EQ(history.rowCount(), HistoryModel::PageSize * 2 + 10);
    EXPECT_FALSE(history.canFetchMore({}));
    // Newest first, with scores: all 3s are 50.
    EXPECT_EQ(history.index(0, HistoryModel::LeadershipColumn).data().toInt(), 50);
    EXPECT_EQ(history.index(0, HistoryModel::KindColumn).data().toString(), QStringLiteral("Pulse"));

    // The model keeps Qt's model rules; the tester aborts on any breach.
    HistoryModel fresh(workspace(), model());
    fresh.reload();
    QAbstractItemModelTester tester(&fresh, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(fresh.rowCount(), HistoryModel::PageSize * 2 + 10) << "the tester fetches everything it can";
}

TEST_F(CheckInPageTest, SomethingBecomingDueShowsTheBannerAndMarksTheNavigation)
{
    // A pulse and a full assessment taken on Monday 30 November 2026: nothing due that week.
    for (auto kind : {core::AssessmentKind::Pulse, core::AssessmentKind::Full}) {
        core::Assessment a;
        a.kind = kind;
        a.modelVersion = model().version;
        a.takenAt = clock.now();
        for (const QString &id : core::AnswerValidator(model()).requiredItems(kind))
            a.answers.insert(id, 3);
        ASSERT_TRUE(core::AssessmentRepository(db()).add(a).ok());
    }
    MainWindow window(workspace(&clock));
    window.show();
    auto *banner = window.findChild<QWidget *>(QStringLiteral("dueBanner"));
    ASSERT_NE(banner, nullptr);
    EXPECT_FALSE(banner->isVisible());

    QSignalSpy becameDue(&window.dueTracker(), &DueTracker::becameDue);
    clock.set(QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::LocalTime));  // the next Monday
    window.dueTracker().refresh();
    ASSERT_EQ(becameDue.size(), 1);
    EXPECT_EQ(becameDue.first().first().value<core::AssessmentKind>(), core::AssessmentKind::Pulse);
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(window.findChild<QLabel *>(QStringLiteral("dueBannerText"))->text().contains(QLatin1String("pulse")));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    EXPECT_TRUE(navigation->item(1)->data(NavigationSidebar::BadgeRole).isValid());

    // "Later" hides it until something else changes.
    window.findChild<QAbstractButton *>(QStringLiteral("dueBannerLater"))->click();
    EXPECT_FALSE(banner->isVisible());
}
