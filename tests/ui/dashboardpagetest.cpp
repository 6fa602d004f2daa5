#include "uitestsupport.h"

#include "assessmentrepository.h"

#include "checkin/checkinpage.h"
#include "checkin/duetracker.h"
#include "checkin/questionnaire.h"
#include "dashboard/dashboardpage.h"
#include "journal/journaleditor.h"
#include "journal/journalpage.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/pageid.h"

#include "clock.h"
#include "feedbackrepository.h"
#include "goalrepository.h"
#include "journalrepository.h"
#include "profileservice.h"
#include "skillmodel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace tandem;
using namespace tandem::ui;

namespace {

class DashboardTest : public test::UiTest
{
protected:
    const core::SkillModel &model() const { return core::SkillModel::builtin(); }
    // Monday 30 November 2026.
    core::FixedClock clock{QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC)};

    DashboardPage *dashboardOf(MainWindow &window) const
    {
        return qobject_cast<DashboardPage *>(window.page(PageId::Dashboard));
    }

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

    void recordData()
    {
        ASSERT_TRUE(core::AssessmentRepository(db()).add(fullAssessment(QDateTime(QDate(2026, 9, 1), QTime(8, 0), Qt::UTC),
                                                  [](int) { return 3; }))
                            .ok());
        // Skill 0 clearly strongest, skill 7 clearly weakest.
        const auto levels = [](int i) { return i == 0 ? 5 : i == 1 ? 4 : i == 6 ? 2 : i == 7 ? 1 : 3; };
        ASSERT_TRUE(core::AssessmentRepository(db()).add(fullAssessment(QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC), levels)).ok());

        const core::JournalRepository journal(db());
        for (int i = 1; i <= 7; ++i) {
            core::JournalEntry e;
            e.title = QStringLiteral("Entry number %1").arg(i);
            e.occurredAt = QDateTime(QDate(2026, 11, 10 + i), QTime(10, 0), Qt::UTC);
            e.mode = i % 2 ? core::Mode::Lead : core::Mode::Manage;
            ASSERT_TRUE(journal.add(e).ok());
        }

        core::Goal goal;
        goal.createdAt = clock.now();
        goal.targetKind = core::GoalTarget::Skill;
        goal.targetId = model().skills.at(7).id;
        goal.title = QStringLiteral("Hold a one-to-one every week");
        goal.dueOn = QDate(2027, 1, 31);
        goal.steps = {{{}, QStringLiteral("Book the slots"), {}, {}, clock.now()},
                      {{}, QStringLiteral("Prepare three questions"), {}, {}, {}},
                      {{}, QStringLiteral("Ask for feedback"), {}, {}, {}}};
        ASSERT_TRUE(core::GoalRepository(db()).add(goal).ok());
        core::Goal done = goal;
        done.title = QStringLiteral("An old finished goal");
        done.status = core::GoalStatus::Done;
        done.closedAt = clock.now();
        ASSERT_TRUE(core::GoalRepository(db()).add(done).ok());
    }

    template<typename T>
    T *child(QWidget &window, const char *name) const
    {
        return window.findChild<T *>(QString::fromLatin1(name));
    }
};

// The questionnaire the Check-in page shows, or null.
QString shownQuestionnaire(MainWindow &window)
{
    auto *checkIn = qobject_cast<CheckInPage *>(window.page(PageId::CheckIn));
    if (!checkIn || !checkIn->questionnaire() || !checkIn->questionnaire()->isVisible())
        return {};
    return checkIn->questionnaire()->objectName();
}

} // namespace

TEST_F(DashboardTest, EmptyDatabaseShowsTheWelcomeAndItsButtonsStartTheFirstCheckIn)
{
    {
        MainWindow window(workspace(&clock));
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        EXPECT_EQ(window.currentPage(), PageId::Dashboard);
        DashboardPage *page = dashboardOf(window);
        ASSERT_NE(page, nullptr);
        EXPECT_TRUE(page->isFirstRun());
        auto *welcome = child<QWidget>(window, "dashboardWelcome");
        ASSERT_NE(welcome, nullptr);
        EXPECT_TRUE(welcome->isVisible());
        EXPECT_FALSE(child<QWidget>(window, "dashboardOverview")->isVisible());
        EXPECT_FALSE(child<QLabel>(window, "dashboardWelcomeText")->text().isEmpty());

        auto *first = child<QPushButton>(window, "dashboardFirstFull");
        ASSERT_NE(first, nullptr);
        EXPECT_FALSE(first->accessibleName().isEmpty());
        first->click();
        EXPECT_EQ(window.currentPage(), PageId::CheckIn);
        EXPECT_EQ(shownQuestionnaire(window), QStringLiteral("questionnaireFull"));
    }
    {
        MainWindow window(workspace(&clock));
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        child<QPushButton>(window, "dashboardFirstPulse")->click();
        EXPECT_EQ(window.currentPage(), PageId::CheckIn);
        EXPECT_EQ(shownQuestionnaire(window), QStringLiteral("questionnairePulse"));
    }
    {
        MainWindow window(workspace(&clock));
        window.show();
        child<QPushButton>(window, "dashboardLearn")->click();
        EXPECT_EQ(window.currentPage(), PageId::Learn);
    }
}

TEST_F(DashboardTest, WithDataShowsProfileStrengthsWithTipsRecentEntriesAndGoals)
{
    recordData();
    MainWindow window(workspace(&clock));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    DashboardPage *page = dashboardOf(window);
    ASSERT_NE(page, nullptr);
    EXPECT_FALSE(page->isFirstRun());
    EXPECT_FALSE(child<QWidget>(window, "dashboardWelcome")->isVisible());

    const auto latest = core::ProfileService(db(), model()).latest(core::AssessmentKind::Full);
    ASSERT_TRUE(latest.ok() && latest.value());
    const core::Profile &p = latest.value()->profile;
    ASSERT_TRUE(p.label);
    const QString profile = child<QLabel>(window, "dashboardProfile")->text();
    EXPECT_TRUE(profile.contains(p.label->text().toHtmlEscaped())) << qPrintable(profile);
    EXPECT_TRUE(profile.contains(QStringLiteral("Real changes"))) << qPrintable(profile);
    EXPECT_TRUE(profile.contains(model().skills.at(0).name.toHtmlEscaped())) << "skill 0 rose by 50 points";

    // Each strength and growth area with one of its tips from the model.
    const auto checkSkills = [&](const char *name, const QStringList &ids) {
        ASSERT_FALSE(ids.isEmpty());
        const QString text = child<QLabel>(window, name)->text();
        for (const QString &id : ids) {
            const core::Skill *skill = model().skill(id);
            ASSERT_NE(skill, nullptr);
            EXPECT_TRUE(text.contains(skill->name.toHtmlEscaped())) << name << ' ' << qPrintable(id);
            ASSERT_FALSE(skill->tips.isEmpty());
            const bool hasTip = std::any_of(skill->tips.cbegin(), skill->tips.cend(), [&](const core::Tip &tip) {
                return text.contains(tip.text.toHtmlEscaped());
            });
            EXPECT_TRUE(hasTip) << name << ' ' << qPrintable(id) << ": " << qPrintable(text);
        }
    };
    checkSkills("dashboardStrengths", p.strengths);
    checkSkills("dashboardGrowth", p.growthAreas);
    EXPECT_EQ(p.strengths.first(), model().skills.at(0).id);

    // The five newest entries, newest first; the older ones are not read.
    auto *journal = child<QListWidget>(window, "dashboardJournal");
    ASSERT_NE(journal, nullptr);
    ASSERT_EQ(journal->count(), DashboardPage::RecentEntries);
    EXPECT_TRUE(journal->item(0)->text().startsWith(QStringLiteral("Entry number 7")));
    EXPECT_TRUE(journal->item(4)->text().startsWith(QStringLiteral("Entry number 3")));
    EXPECT_TRUE(journal->item(0)->text().contains(QStringLiteral("Led")));

    // The active goals with their progress and next step; finished ones are not listed.
    auto *goalList = child<QListWidget>(window, "dashboardGoals");
    ASSERT_NE(goalList, nullptr);
    ASSERT_EQ(goalList->count(), 1);
    const QString goals = goalList->item(0)->text();
    EXPECT_TRUE(goals.contains(QStringLiteral("Hold a one-to-one every week"))) << qPrintable(goals);
    EXPECT_TRUE(goals.contains(model().skills.at(7).name));
    EXPECT_TRUE(goals.contains(QStringLiteral("1 of 3 steps done")));
    EXPECT_TRUE(goals.contains(QStringLiteral("Next: Prepare three questions"))) << qPrintable(goals);
    // Skill 7 was answered 1 ("never") in the latest assessment: a score of 0.
    EXPECT_TRUE(goals.contains(QStringLiteral("score 0"))) << qPrintable(goals);

    // Opening an entry goes to the journal, with that entry in the editor (not another one).
    const qint64 third = journal->item(2)->data(Qt::UserRole).toLongLong();
    journal->itemClicked(journal->item(2));
    EXPECT_EQ(window.currentPage(), PageId::Journal);
    auto *journalPage = qobject_cast<JournalPage *>(window.page(PageId::Journal));
    ASSERT_NE(journalPage, nullptr);
    EXPECT_EQ(journalPage->editor()->entryId(), third);
    EXPECT_EQ(journalPage->editor()->findChild<QLineEdit *>(QStringLiteral("journalTitle"))->text(),
              QStringLiteral("Entry number 5"));
}

TEST_F(DashboardTest, ShowsWhatIsDueFollowsTheTrackerAndStartsIt)
{
    recordData();
    MainWindow window(workspace(&clock));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ASSERT_TRUE(window.dueTracker().state().pulse.due);
    ASSERT_FALSE(window.dueTracker().state().full.due);
    auto *due = child<QLabel>(window, "dashboardDueText");
    ASSERT_NE(due, nullptr);
    EXPECT_TRUE(due->text().contains(QStringLiteral("pulse is due"))) << qPrintable(due->text());
    EXPECT_FALSE(due->text().contains(QStringLiteral("full assessment"))) << qPrintable(due->text());

    // Half a year later the full assessment is due too, and the page says so without reopening.
    clock.set(QDateTime(QDate(2027, 6, 1), QTime(9, 0), Qt::UTC));
    window.dueTracker().refresh();
    ASSERT_TRUE(window.dueTracker().state().full.due);
    // A visible page reads again on the next turn of the event loop (once for any number of changes).
    EXPECT_TRUE(QTest::qWaitFor([&] { return due->text().contains(QStringLiteral("full assessment")); }, 2000))
        << qPrintable(due->text());

    child<QPushButton>(window, "dashboardStartFull")->click();
    EXPECT_EQ(window.currentPage(), PageId::CheckIn);
    EXPECT_EQ(shownQuestionnaire(window), QStringLiteral("questionnaireFull"));
}

TEST_F(DashboardTest, AnOpenFeedbackRoundSaysHowManyHaveAnsweredAndLeadsToIt)
{
    recordData();
    MainWindow window(workspace(&clock));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    DashboardPage *page = dashboardOf(window);
    ASSERT_NE(page, nullptr);
    auto *card = child<QLabel>(window, "dashboardFeedbackText");
    auto *open = child<QPushButton>(window, "dashboardFeedbackOpen");
    ASSERT_NE(card, nullptr);
    ASSERT_NE(open, nullptr);
    EXPECT_FALSE(card->isVisible()) << "no round, no card";

    core::FeedbackRound round;
    round.itemIds = core::feedbackItemsFor(model(), { model().skills.at(0).id }, {}).value();
    round.invited = 6;
    const auto id = workspace().addFeedbackRound(round);
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    const core::FeedbackRepository feedback(db());
    const auto answer = [&] {
        core::FeedbackResponse r;
        r.uuid = QUuid::createUuid();
        r.roundId = id.value();
        r.receivedAt = clock.now();
        r.seal = QByteArray(43, 'A');
        const auto stored = feedback.round(id.value());
        ASSERT_TRUE(stored.ok());
        for (const QString &item : stored->itemIds)
            r.answers.insert(item, 4);
        ASSERT_TRUE(feedback.addResponse(r).ok());
    };
    answer();
    answer();
    page->refresh();
    ASSERT_TRUE(card->isVisible());
    EXPECT_TRUE(card->text().startsWith(QStringLiteral("2 colleagues have answered your feedback round of")))
        << qPrintable(card->text());
    EXPECT_TRUE(card->text().contains(QStringLiteral("(you asked 6)"))) << qPrintable(card->text());
    EXPECT_TRUE(card->text().contains(QStringLiteral("once 3 have answered"))) << qPrintable(card->text());
    EXPECT_EQ(open->text(), QStringLiteral("Open Round"));

    answer();
    page->refresh();
    EXPECT_TRUE(card->text().startsWith(QStringLiteral("3 colleagues have answered"))) << qPrintable(card->text());
    EXPECT_EQ(open->text(), QStringLiteral("See Results"));
    QList<qint64> requested;
    QObject::connect(page, &DashboardPage::feedbackRoundRequested, page, [&](qint64 round) { requested.append(round); });
    QTest::mouseClick(open, Qt::LeftButton);
    EXPECT_EQ(requested, QList<qint64> { id.value() });

    // A closed round is on the Feedback page, not on the dashboard.
    ASSERT_TRUE(workspace().setFeedbackRoundClosed(id.value(), true).ok());
    page->refresh();
    EXPECT_FALSE(card->isVisible());
}
