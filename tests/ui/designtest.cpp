// The shell's design: the sidebar, the due banner, the theme setting and the menus' shortcuts.
#include "answervalidator.h"
#include "assessmentrepository.h"
#include "checkin/checkinpage.h"
#include "checkin/questionnaire.h"
#include "clock.h"
#include "common/appearance.h"
#include "common/messagebanner.h"
#include "common/pageheader.h"
#include "common/symbolicicon.h"
#include "common/tandemstyle.h"
#include "common/theme.h"
#include "journal/journalpage.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/navigationsidebar.h"
#include "mainwindow/pageid.h"
#include "uitestsupport.h"

#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace tandem;
using namespace tandem::ui;

namespace {

class DesignTest : public test::UiTest
{
protected:
    void SetUp() override
    {
        test::UiTest::SetUp();
        // The theme is kept in QSettings: here, in this test's own folder.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void TearDown() override
    {
        Appearance::apply(Appearance::Mode::System);
        test::UiTest::TearDown();
    }

    // A complete check-in of this kind taken at the given time.
    void take(core::AssessmentKind kind, const QDateTime &when)
    {
        core::Assessment a;
        a.kind = kind;
        a.modelVersion = core::SkillModel::builtin().version;
        a.takenAt = when;
        for (const QString &id : core::AnswerValidator(core::SkillModel::builtin()).requiredItems(kind))
            a.answers.insert(id, 3);
        ASSERT_TRUE(core::AssessmentRepository(db()).add(a).ok());
    }

    // Monday 7 December 2026, the pulse day: a first check-in is due today.
    core::FixedClock clock { QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::LocalTime) };
};

MessageBanner *bannerOf(MainWindow &window)
{
    return window.findChild<MessageBanner *>(QStringLiteral("dueBanner"));
}

NavigationSidebar *sidebarOf(MainWindow &window)
{
    return window.findChild<NavigationSidebar *>(QStringLiteral("navigation"));
}

} // namespace

TEST_F(DesignTest, NoDueBannerOnFirstRunBeforeAnythingWasDone)
{
    MainWindow window(workspace(&clock));
    window.show();
    ASSERT_TRUE(window.dueTracker().state().anyDue()) << "a first check-in counts as due";
    MessageBanner *banner = bannerOf(window);
    ASSERT_NE(banner, nullptr);
    EXPECT_FALSE(banner->isVisible()) << "the dashboard's welcome leads to the first check-in";
    EXPECT_FALSE(sidebarOf(window)->item(1)->data(NavigationSidebar::BadgeRole).isValid());
}

TEST_F(DesignTest, DueBannerShowsWhenACheckInIsDueAfterOneWasTaken)
{
    take(core::AssessmentKind::Full, clock.now().addDays(-14));
    take(core::AssessmentKind::Pulse, clock.now().addDays(-14));
    MainWindow window(workspace(&clock));
    window.show();
    MessageBanner *banner = bannerOf(window);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QLatin1String("pulse"))) << qPrintable(banner->text());
    auto *start = banner->findChild<QPushButton *>(QStringLiteral("dueBannerStart"));
    ASSERT_NE(start, nullptr);
    EXPECT_EQ(start->text(), QStringLiteral("Start Pulse"));
    EXPECT_EQ(start->accessibleName(), QStringLiteral("Start Pulse"));
    // The Check-in page is marked in the sidebar, and the mark is named.
    QListWidgetItem *checkIn = sidebarOf(window)->item(static_cast<int>(allPages().indexOf(PageId::CheckIn)));
    EXPECT_TRUE(checkIn->data(NavigationSidebar::BadgeRole).isValid());
    EXPECT_EQ(checkIn->data(Qt::AccessibleTextRole).toString(), QStringLiteral("Check-in, due"));

    // "Later" hides it until something else is due.
    banner->findChild<QToolButton *>(QStringLiteral("dueBannerLater"))->click();
    EXPECT_FALSE(banner->isVisible());
}

TEST_F(DesignTest, StartPulseKeepsAFullAssessmentInProgress)
{
    take(core::AssessmentKind::Full, clock.now().addDays(-60));
    take(core::AssessmentKind::Pulse, clock.now().addDays(-14));
    MainWindow window(workspace(&clock));
    window.show();
    ASSERT_TRUE(window.dueTracker().state().pulse.due);
    ASSERT_TRUE(window.dueTracker().state().full.due);

    // A full assessment is open with answers given.
    window.startCheckIn(core::AssessmentKind::Full);
    auto *checkIn = qobject_cast<CheckInPage *>(window.page(PageId::CheckIn));
    ASSERT_NE(checkIn, nullptr);
    Questionnaire *full = checkIn->questionnaire();
    ASSERT_NE(full, nullptr);
    const QStringList items
        = core::AnswerValidator(core::SkillModel::builtin()).requiredItems(core::AssessmentKind::Full);
    core::Answers given;
    for (int i = 0; i < 5; ++i)
        given.insert(items.at(i), 4);
    full->setAnswers(given);
    ASSERT_EQ(full->answers().size(), 5);

    // The banner offers the pulse first; starting it must not put the full assessment away.
    window.showPage(PageId::Dashboard);
    MessageBanner *banner = bannerOf(window);
    auto *start = banner->findChild<QPushButton *>(QStringLiteral("dueBannerStart"));
    ASSERT_EQ(start->text(), QStringLiteral("Start Pulse"));
    start->click();

    EXPECT_EQ(window.currentPage(), PageId::CheckIn);
    ASSERT_EQ(checkIn->questionnaire(), full) << "the assessment in progress is the one shown";
    EXPECT_EQ(full->kind(), core::AssessmentKind::Full);
    EXPECT_EQ(full->answers(), given);
    EXPECT_TRUE(full->isVisible());
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->text().contains(QLatin1String("full assessment is still open"))) << qPrintable(banner->text());
    EXPECT_FALSE(start->isVisible()) << "the notice offers nothing to start";

    // Closing the notice brings the reminder back.
    banner->closeButton()->click();
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(start->text(), QStringLiteral("Start Pulse"));
}

TEST_F(DesignTest, StartPulseOverAnUntouchedFullAssessmentStartsThePulse)
{
    take(core::AssessmentKind::Full, clock.now().addDays(-60));
    take(core::AssessmentKind::Pulse, clock.now().addDays(-14));
    MainWindow window(workspace(&clock));
    window.show();
    window.startCheckIn(core::AssessmentKind::Full); // opened, nothing answered: nothing to lose
    window.startCheckIn(core::AssessmentKind::Pulse);
    auto *checkIn = qobject_cast<CheckInPage *>(window.page(PageId::CheckIn));
    ASSERT_NE(checkIn->questionnaire(), nullptr);
    EXPECT_EQ(checkIn->questionnaire()->kind(), core::AssessmentKind::Pulse);
}

TEST_F(DesignTest, SidebarItemsHaveNamesIconsAndACompactForm)
{
    MainWindow window(workspace(&clock));
    window.resize(1200, 800);
    window.show();
    NavigationSidebar *sidebar = sidebarOf(window);
    ASSERT_NE(sidebar, nullptr);
    EXPECT_FALSE(sidebar->accessibleName().isEmpty());
    ASSERT_EQ(sidebar->count(), allPages().size());
    for (int row = 0; row < sidebar->count(); ++row) {
        const PageId page = allPages().at(row);
        QListWidgetItem *item = sidebar->item(row);
        EXPECT_EQ(item->text(), pageTitle(page));
        EXPECT_FALSE(item->icon().isNull()) << qPrintable(pageKey(page));
        EXPECT_EQ(item->icon().name(), pageIconName(page) + QStringLiteral("-symbolic"));
        // The icon is drawn: some pixels are not transparent.
        const QImage image = item->icon().pixmap(QSize(16, 16)).toImage();
        int inked = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                inked += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        EXPECT_GT(inked, 10) << qPrintable(pageKey(page));
    }
    EXPECT_FALSE(sidebar->isCompact());
    const int wide = sidebar->width();
    EXPECT_GE(wide, sidebar->fontMetrics().horizontalAdvance(pageTitle(PageId::Settings)) + 16 + 24);

    window.resize(MainWindow::CompactBelow - 100, 700);
    QCoreApplication::processEvents();
    EXPECT_TRUE(sidebar->isCompact());
    EXPECT_LT(sidebar->width(), wide / 2);
    EXPECT_EQ(sidebar->item(2)->text(), pageTitle(PageId::Journal)) << "screen readers still read the title";

    // Arrow keys move between pages.
    window.showPage(PageId::Dashboard);
    sidebar->setFocus();
    QTest::keyClick(sidebar, Qt::Key_Down);
    EXPECT_EQ(window.currentPage(), PageId::CheckIn);
}

TEST_F(DesignTest, IconsFollowThePalette)
{
    const QIcon icon = SymbolicIcon::icon(QStringLiteral("journal"));
    const auto inkOf = [&icon](QIcon::Mode mode) {
        const QImage image = icon.pixmap(QSize(32, 32), mode).toImage();
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                if (qAlpha(image.pixel(x, y)) == 255)
                    return QColor(image.pixel(x, y));
        return QColor();
    };
    Appearance::apply(Appearance::Mode::Light);
    EXPECT_EQ(inkOf(QIcon::Normal), Appearance::lightPalette().color(QPalette::WindowText));
    EXPECT_EQ(inkOf(QIcon::Selected), Appearance::lightPalette().color(QPalette::HighlightedText));
    Appearance::apply(Appearance::Mode::Dark);
    EXPECT_EQ(inkOf(QIcon::Normal), Appearance::darkPalette().color(QPalette::WindowText));
}

TEST_F(DesignTest, ThemeSettingSwitchesThePaletteAtOnceAndIsKept)
{
    MainWindow window(workspace(&clock));
    window.show();
    window.showPage(PageId::Settings);
    QWidget *settings = window.page(PageId::Settings);
    auto *dark = settings->findChild<QRadioButton *>(QStringLiteral("settingsTheme-dark"));
    auto *light = settings->findChild<QRadioButton *>(QStringLiteral("settingsTheme-light"));
    auto *system = settings->findChild<QRadioButton *>(QStringLiteral("settingsTheme-system"));
    ASSERT_TRUE(dark && light && system);
    EXPECT_TRUE(system->isChecked());
    EXPECT_FALSE(dark->accessibleName().isEmpty());

    // A widget hears of it: what the charts and the dashboard redraw on.
    struct PaletteWatch : QObject
    {
        int changes = 0;
        bool eventFilter(QObject *, QEvent *event) override
        {
            changes += event->type() == QEvent::PaletteChange ? 1 : 0;
            return false;
        }
    } watch;
    QWidget *dashboard = window.page(PageId::Dashboard);
    dashboard->installEventFilter(&watch);

    dark->click();
    EXPECT_TRUE(Theme::isDark(QApplication::palette()));
    // The window's widgets follow on the next turn of the event loop.
    ASSERT_TRUE(QTest::qWaitFor([dashboard] { return Theme::isDark(dashboard->palette()); }, 2000));
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), Appearance::darkPalette().color(QPalette::Window));
    EXPECT_GT(watch.changes, 0);
    EXPECT_EQ(QSettings().value(QLatin1String(Appearance::SettingsKey)).toString(), QStringLiteral("dark"));
    EXPECT_EQ(Appearance::storedMode(), Appearance::Mode::Dark);

    light->click();
    EXPECT_FALSE(Theme::isDark(QApplication::palette()));
    ASSERT_TRUE(QTest::qWaitFor([dashboard] { return !Theme::isDark(dashboard->palette()); }, 2000));
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), Appearance::lightPalette().color(QPalette::Window));
    EXPECT_EQ(Appearance::storedMode(), Appearance::Mode::Light);

    system->click();
    EXPECT_EQ(Appearance::storedMode(), Appearance::Mode::System);
    // Tandem's style draws titled group boxes as cards, whatever the base style.
    EXPECT_NE(qobject_cast<TandemStyle *>(QApplication::style()), nullptr);
    auto *appearance = settings->findChild<QGroupBox *>(QStringLiteral("settingsAppearance"));
    ASSERT_NE(appearance, nullptr);
    EXPECT_GE(appearance->contentsMargins().top(), appearance->fontMetrics().height() + 16)
        << "the title sits inside the card, above its content";
    EXPECT_EQ(QApplication::palette().resolveMask(), QPalette().resolveMask()) << "the platform's palette, unchanged";
}

TEST_F(DesignTest, EveryPageHasTheOneHeader)
{
    MainWindow window(workspace(&clock));
    window.show();
    for (PageId page : allPages()) {
        if (page == PageId::Dashboard)
            continue; // on a first run it shows the welcome, whose header is checked below
        window.showPage(page);
        const auto headers = window.page(page)->findChildren<PageHeader *>();
        ASSERT_FALSE(headers.isEmpty()) << qPrintable(pageKey(page));
        EXPECT_EQ(headers.first()->title(), pageTitle(page)) << qPrintable(pageKey(page));
    }
    window.showPage(PageId::Dashboard);
    bool welcome = false;
    for (PageHeader *header : window.page(PageId::Dashboard)->findChildren<PageHeader *>())
        welcome = welcome || (header->isVisible() && header->title() == QStringLiteral("Welcome to Tandem"));
    EXPECT_TRUE(welcome);
}

TEST_F(DesignTest, ShortcutsAppearInTheMenusAndWork)
{
    MainWindow window(workspace(&clock));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *newEntry = window.findChild<QAction *>(QStringLiteral("newEntryAction"));
    auto *newGoal = window.findChild<QAction *>(QStringLiteral("newGoalAction"));
    auto *find = window.findChild<QAction *>(QStringLiteral("findAction"));
    ASSERT_TRUE(newEntry && newGoal && find);
    // In the menus, where the keys are shown beside them.
    auto *fileMenu = window.findChild<QMenu *>(QStringLiteral("fileMenu"));
    auto *editMenu = window.findChild<QMenu *>(QStringLiteral("editMenu"));
    ASSERT_TRUE(fileMenu && editMenu);
    EXPECT_TRUE(fileMenu->actions().contains(newEntry));
    EXPECT_TRUE(fileMenu->actions().contains(newGoal));
    EXPECT_TRUE(editMenu->actions().contains(find));
    EXPECT_EQ(newEntry->shortcut(), QKeySequence(QKeySequence::New));
    EXPECT_EQ(find->shortcut(), QKeySequence(QKeySequence::Find));
    EXPECT_TRUE(newGoal->shortcut().isEmpty());
    bool undoShown = false;
    for (QAction *action : editMenu->actions())
        undoShown = undoShown || action->shortcut() == QKeySequence(QKeySequence::Undo);
    EXPECT_TRUE(undoShown);

    // The keys work from the window, on the Journal itself too (never bound twice).
    QSignalSpy entries(newEntry, &QAction::triggered);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(entries.size(), 1);
    EXPECT_EQ(window.currentPage(), PageId::Journal);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(entries.size(), 2);

    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto *search = window.page(PageId::Journal)->findChild<QLineEdit *>(QStringLiteral("journalSearch"));
    ASSERT_NE(search, nullptr);
    EXPECT_TRUE(QTest::qWaitFor([search] { return search->hasFocus(); }, 1000));

    // On the Goals page, Ctrl+N is New Goal, and the menu says so.
    window.showPage(PageId::Goals);
    EXPECT_EQ(newGoal->shortcut(), QKeySequence(QKeySequence::New));
    EXPECT_TRUE(newEntry->shortcut().isEmpty());
    QSignalSpy goals(newGoal, &QAction::triggered);
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(goals.size(), 1);
    // Close the goal form it opened, whatever kind of window it is.
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top != &window && top->isVisible() && top->isModal())
            top->close();
    }

    // On the Feedback page, Ctrl+N is New Feedback Round.
    auto *newRound = window.findChild<QAction *>(QStringLiteral("newRoundAction"));
    ASSERT_NE(newRound, nullptr);
    EXPECT_TRUE(fileMenu->actions().contains(newRound));
    window.showPage(PageId::Feedback);
    EXPECT_EQ(newRound->shortcut(), QKeySequence(QKeySequence::New));
    EXPECT_TRUE(newEntry->shortcut().isEmpty());
    EXPECT_TRUE(newGoal->shortcut().isEmpty());
    window.showPage(PageId::Dashboard);
    EXPECT_TRUE(newRound->shortcut().isEmpty());
    EXPECT_EQ(newEntry->shortcut(), QKeySequence(QKeySequence::New));
}
