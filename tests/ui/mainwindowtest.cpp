#include "uitestsupport.h"

#include "checkin/checkinpage.h"
#include "common/readyprobe.h"
#include "journal/journaleditor.h"
#include "journal/journallistmodel.h"
#include "journal/journalpage.h"
#include "feedback/feedbackpage.h"
#include "goals/goalspage.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/pageid.h"

#include "assessmentrepository.h"
#include "database.h"
#include "demogenerator.h"
#include "exchangedata.h"
#include "workspace.h"
#include "journalrepository.h"
#include "settingsrepository.h"
#include "skillmodel.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <sys/stat.h>
#include <unistd.h>

using namespace tandem;
using namespace tandem::ui;

namespace {

class MainWindowTest : public test::UiTest
{
};

QListWidget *navigationOf(MainWindow &window)
{
    return window.findChild<QListWidget *>(QStringLiteral("navigation"));
}

QProcess *startApp(const QStringList &args)
{
    auto *process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("TANDEM_DATA_DIR"));
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(TANDEM_APP_PATH), args);
    return process;
}

} // namespace

TEST_F(MainWindowTest, NavigationListsEveryPageInOrderAndSwitchesPages)
{
    MainWindow window(workspace());
    QListWidget *navigation = navigationOf(window);
    ASSERT_NE(navigation, nullptr);
    const QStringList expected = {QStringLiteral("Dashboard"), QStringLiteral("Check-in"), QStringLiteral("Journal"),
                                  QStringLiteral("Progress"),  QStringLiteral("Goals"),    QStringLiteral("Feedback"),
                                  QStringLiteral("Learn"),     QStringLiteral("Settings")};
    ASSERT_EQ(navigation->count(), expected.size());
    for (int row = 0; row < navigation->count(); ++row)
        EXPECT_EQ(navigation->item(row)->text(), expected.at(row));

    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    ASSERT_NE(pages, nullptr);
    EXPECT_EQ(window.currentPage(), PageId::Dashboard);
    for (PageId id : allPages()) {
        navigation->setCurrentRow(static_cast<int>(allPages().indexOf(id)));
        EXPECT_EQ(pages->currentWidget()->objectName(), QStringLiteral("page-") + pageKey(id));
        EXPECT_EQ(window.currentPage(), id);
    }
}

TEST_F(MainWindowTest, KeyboardShortcutsOpenPages)
{
    MainWindow window(workspace());
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), PageId::Feedback);
    QTest::keyClick(&window, Qt::Key_7, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), PageId::Learn);
    QTest::keyClick(&window, Qt::Key_8, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), PageId::Settings);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(window.currentPage(), PageId::Dashboard);
}

// Qt ignores a key sequence bound twice (it reports an ambiguous shortcut), so Quit once had two
// identical shortcuts and Ctrl+Q did nothing.
TEST_F(MainWindowTest, CtrlQQuitsAndNoMenuKeysAreBoundTwice)
{
    MainWindow window(workspace());
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    QHash<QKeySequence, QString> boundTo;
    QStringList twice;
    std::function<void(QMenu *)> visit = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->menu())
                visit(action->menu());
            for (const QKeySequence &keys : action->shortcuts()) {
                if (boundTo.contains(keys))
                    twice.append(keys.toString() + QStringLiteral(": ") + boundTo.value(keys) + QStringLiteral(" and ")
                                 + action->text());
                boundTo.insert(keys, action->text());
            }
        }
    };
    for (QAction *top : window.menuBar()->actions()) {
        if (top->menu())
            visit(top->menu());
    }
    EXPECT_TRUE(twice.isEmpty()) << qPrintable(twice.join(QLatin1Char('\n')));
    EXPECT_TRUE(boundTo.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)));

    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return !window.isVisible(); }, 3000)) << "Ctrl+Q did not close the window";
}

TEST_F(MainWindowTest, EveryPageIsARealPageNotAPlaceholder)
{
    MainWindow window(workspace());
    for (PageId id : allPages()) {
        QWidget *page = window.page(id);
        ASSERT_NE(page, nullptr) << qPrintable(pageKey(id));
        EXPECT_EQ(page->findChild<QLabel *>(QStringLiteral("placeholderText")), nullptr) << qPrintable(pageKey(id));
    }
    EXPECT_NE(qobject_cast<GoalsPage *>(window.page(PageId::Goals)), nullptr);
    EXPECT_NE(qobject_cast<FeedbackPage *>(window.page(PageId::Feedback)), nullptr);
}

TEST_F(MainWindowTest, EveryInteractiveWidgetHasAnObjectNameAndAnAccessibleName)
{
    MainWindow window(workspace());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    // Pages are built when first shown: open every one, so that every one is checked.
    for (PageId id : allPages())
        window.showPage(id);
    for (PageId id : allPages())
        ASSERT_NE(window.page(id), nullptr);
    QStringList unnamed;
    const auto widgets = window.findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool interactive = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
                || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w);
        // Headers and the corner button belong to their table, which carries the name.
        if (!interactive || w->inherits("QLineEdit") || w->parent()->inherits("QAbstractSpinBox")
            || qobject_cast<QAbstractItemView *>(w->parentWidget())
            || w->inherits("QScrollBar") || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        const QString name = a ? a->text(QAccessible::Name) : QString();
        if (w->objectName().isEmpty() || name.trimmed().isEmpty())
            unnamed.append(QStringLiteral("%1 '%2' name='%3'")
                                   .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), name));
    }
    EXPECT_TRUE(unnamed.isEmpty()) << qPrintable(unnamed.join(QStringLiteral("\n")));
}

// Start-up is flat (issue 17): what runs before the first paint must not read a table of the
// user's records whole, or it grows with the years. Every statement is explained (SQLite's query
// plan): a SCAN of such a table passes only when it stops early, in EXISTS (SELECT 1 FROM table)
// or with a LIMIT on an index order (no sort of the whole table first).
TEST_F(MainWindowTest, NothingBeforeTheFirstPaintReadsATableOfRecordsWhole)
{
    const auto made = workspace().generateDemo({ .years = 2, .seed = 3, .until = QDate(2026, 11, 30) });
    ASSERT_TRUE(made.ok()) << qPrintable(made.error());
    QStringList statements;
    db().setStatementObserver([&statements](const QString &sql) { statements.append(sql); });
    {
        MainWindow window(workspace());
        auto *probe = new ReadyProbe(&window);
        QSignalSpy painted(probe, &ReadyProbe::ready);
        window.show();
        ASSERT_TRUE(painted.wait(10000)) << "the window never painted";
        db().setStatementObserver({});
    }
    ASSERT_FALSE(statements.isEmpty());
    static const QRegularExpression placeholder(QStringLiteral(":(\\w+)"));
    static const QRegularExpression scan(QStringLiteral(
        "^SCAN (assessments|answers|journal_entries|journal_fts|journal_links|entry_tags|decisions|goal_evidence)\\b"));
    QStringList whole;
    statements.removeDuplicates();
    for (const QString &sql : std::as_const(statements)) {
        QVariantMap nulls;
        for (const auto &match : placeholder.globalMatch(sql))
            nulls.insert(match.captured(0), QVariant());
        auto plan = db().run(QStringLiteral("EXPLAIN QUERY PLAN ") + sql, nulls);
        ASSERT_TRUE(plan.ok()) << qPrintable(sql) << ": " << qPrintable(plan.error());
        QStringList details;
        while (plan.value().next())
            details.append(plan.value().value(3).toString());
        const bool sorted = details.join(QLatin1Char('\n')).contains(QLatin1String("USE TEMP B-TREE FOR ORDER BY"));
        for (const QString &detail : std::as_const(details)) {
            const auto found = scan.match(detail);
            if (!found.hasMatch())
                continue;
            const bool exists = sql.contains(QStringLiteral("EXISTS (SELECT 1 FROM %1)").arg(found.captured(1)));
            const bool limited = sql.contains(QLatin1String(" LIMIT ")) && !sorted;
            if (!exists && !limited)
                whole.append(sql + QStringLiteral("  [") + detail + QLatin1Char(']'));
        }
    }
    EXPECT_TRUE(whole.isEmpty()) << qPrintable(whole.join(QLatin1Char('\n')));
    // The trace saw what the first page reads: the dashboard's latest profile and journal.
    EXPECT_TRUE(statements.join(QLatin1Char('\n')).contains(QLatin1String("FROM journal_entries e ORDER BY")));
}

TEST_F(MainWindowTest, AppQuitsWhenReadyAndOpensTheRequestedPage)
{
    std::unique_ptr<QProcess> app(startApp({QStringLiteral("--data-dir"), m_dir.root() + QStringLiteral("/fresh"),
                                            QStringLiteral("--page"), QStringLiteral("learn"),
                                            QStringLiteral("--quit-when-ready")}));
    ASSERT_TRUE(app->waitForFinished(30000)) << "tandem did not exit after painting";
    EXPECT_EQ(app->exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(app->exitCode(), 0) << app->readAllStandardError().constData();
    EXPECT_TRUE(QFile::exists(m_dir.root() + QStringLiteral("/fresh/tandem.db")));
}

TEST_F(MainWindowTest, AppRefusesAnUnknownPageWithUsageStatus)
{
    std::unique_ptr<QProcess> app(startApp({QStringLiteral("--data-dir"), m_dir.path(), QStringLiteral("--page"),
                                            QStringLiteral("nowhere"), QStringLiteral("--quit-when-ready")}));
    ASSERT_TRUE(app->waitForFinished(30000));
    EXPECT_EQ(app->exitCode(), 2);
    const QString error = QString::fromUtf8(app->readAllStandardError());
    EXPECT_TRUE(error.contains(QLatin1String("nowhere"))) << qPrintable(error);
    EXPECT_TRUE(error.contains(QLatin1String("learn"))) << qPrintable(error);
}

TEST_F(MainWindowTest, AppLeavesADamagedDatabaseUntouchedAndSaysSo)
{
    const QString dir = m_dir.root() + QStringLiteral("/damaged");
    ASSERT_TRUE(QDir().mkpath(dir));
    QFile file(dir + QStringLiteral("/tandem.db"));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray junk;
    for (int i = 0; i < 8192; ++i)
        junk.append(static_cast<char>((i * 7919) % 251));
    file.write(junk);
    file.close();

    std::unique_ptr<QProcess> app(startApp({QStringLiteral("--data-dir"), dir, QStringLiteral("--quit-when-ready")}));
    ASSERT_TRUE(app->waitForFinished(30000));
    EXPECT_EQ(app->exitCode(), 1);
    const QString error = QString::fromUtf8(app->readAllStandardError());
    EXPECT_TRUE(error.contains(QLatin1String("not changed"))) << qPrintable(error);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), junk);
}

// With a table gone, the app used to open on its first-run welcome and hide every assessment.
TEST_F(MainWindowTest, AppTreatsAMissingTableAsDamageAndSaysSoPlainly)
{
    const QString dir = m_dir.root() + QStringLiteral("/missing-table");
    {
        auto made = core::Database::open(dir);
        ASSERT_TRUE(made.ok());
        ASSERT_TRUE(made.value()->run(QStringLiteral("DROP TABLE assessments")).ok());
    }
    QFile file(dir + QStringLiteral("/tandem.db"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    std::unique_ptr<QProcess> app(startApp({QStringLiteral("--data-dir"), dir, QStringLiteral("--quit-when-ready")}));
    ASSERT_TRUE(app->waitForFinished(30000));
    EXPECT_EQ(app->exitCode(), 1) << "the app opened a store with a table missing";
    const QString error = QString::fromUtf8(app->readAllStandardError());
    EXPECT_TRUE(error.contains(QLatin1String("is damaged"))) << qPrintable(error);
    EXPECT_FALSE(error.contains(QLatin1String("no such table"))) << qPrintable(error);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), before);
}

// A data folder that cannot be written is not damage: the app says so, and changes nothing.
// (Root may write anywhere, so as root the app runs as an unprivileged user.)
TEST_F(MainWindowTest, AppOnAReadOnlyFolderSaysSoAndNotThatTheDataIsDamaged)
{
    QTemporaryDir root;
    ASSERT_TRUE(root.isValid());
    ASSERT_EQ(::chmod(QFile::encodeName(root.path()).constData(), 0755), 0);
    const QString dir = root.filePath(QStringLiteral("data"));
    {
        auto made = core::Database::open(dir);
        ASSERT_TRUE(made.ok());
    }
    const bool asRoot = ::geteuid() == 0;
    const QByteArray name = QFile::encodeName(dir);
    const QByteArray file = QFile::encodeName(dir + QStringLiteral("/tandem.db"));
    if (asRoot) {
        ASSERT_EQ(::chown(name.constData(), 65534, 65534), 0);
        ASSERT_EQ(::chown(file.constData(), 65534, 65534), 0);
    }
    ASSERT_EQ(::chmod(file.constData(), 0400), 0);
    ASSERT_EQ(::chmod(name.constData(), 0500), 0);
    QFile db(dir + QStringLiteral("/tandem.db"));
    ASSERT_TRUE(db.open(QIODevice::ReadOnly));
    const QByteArray before = db.readAll();
    db.close();

    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), root.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root.path());
    env.remove(QStringLiteral("TANDEM_DATA_DIR"));
    app.setProcessEnvironment(env);
    const QStringList args = {QStringLiteral("--data-dir"), dir, QStringLiteral("--quit-when-ready")};
    if (asRoot)
        app.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                                         QStringLiteral("--clear-groups"), QStringLiteral("--"),
                                                         QStringLiteral(TANDEM_APP_PATH)}
                                                     + args);
    else
        app.start(QStringLiteral(TANDEM_APP_PATH), args);
    ASSERT_TRUE(app.waitForFinished(30000));
    EXPECT_EQ(app.exitCode(), 1);
    const QString error = QString::fromUtf8(app.readAllStandardError());
    EXPECT_TRUE(error.contains(QLatin1String("cannot change its data"))) << qPrintable(error);
    EXPECT_FALSE(error.contains(QLatin1String("damaged"))) << qPrintable(error);
    EXPECT_FALSE(error.contains(QLatin1String("Permission denied"))) << "the system's words belong in the details";
    ASSERT_TRUE(db.open(QIODevice::ReadOnly));
    EXPECT_EQ(db.readAll(), before);
    ::chmod(name.constData(), 0700);
}

namespace {

QAction *editAction(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

core::Assessment fullAssessmentAt(const QDateTime &at)
{
    const core::SkillModel &model = core::SkillModel::builtin();
    core::Assessment a;
    a.kind = core::AssessmentKind::Full;
    a.modelVersion = model.version;
    a.takenAt = at;
    for (const core::Skill &skill : model.skills) {
        for (const core::Item &item : skill.items)
            a.answers.insert(item.id, 4);
    }
    return a;
}

} // namespace

// One history for the whole window: edits made on three pages are undone newest first from the
// Edit menu, which names each, and redone in order.
TEST_F(MainWindowTest, EditMenuUndoesAndRedoesAcrossPagesSeveralLevelsDeep)
{
    ASSERT_TRUE(core::AssessmentRepository(db()).add(fullAssessmentAt(QDateTime::currentDateTimeUtc().addDays(-2))).ok());
    MainWindow window(workspace());
    window.show();
    QAction *undo = editAction(window, "undoAction");
    QAction *redo = editAction(window, "redoAction");
    ASSERT_TRUE(undo && redo);
    EXPECT_FALSE(undo->isEnabled());

    // 1. Journal: a new entry.
    window.showPage(PageId::Journal);
    auto *journal = qobject_cast<JournalPage *>(window.page(PageId::Journal));
    ASSERT_NE(journal, nullptr);
    window.findChild<QLineEdit *>(QStringLiteral("journalTitle"))->setText(QStringLiteral("Standup went long"));
    ASSERT_TRUE(journal->editor()->saveNow());
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo New Entry"));

    // 2. Check-in: delete the assessment.
    window.showPage(PageId::CheckIn);
    auto *checkIn = qobject_cast<CheckInPage *>(window.page(PageId::CheckIn));
    checkIn->showHistory();
    auto *history = window.findChild<QTableView *>(QStringLiteral("checkInHistory"));
    ASSERT_EQ(history->model()->rowCount(), 1);
    history->selectRow(0);
    window.findChild<QPushButton *>(QStringLiteral("checkInDelete"))->click();
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("checkInDeleteConfirm"));
    ASSERT_NE(box, nullptr);
    box->findChild<QPushButton *>(QStringLiteral("checkInDeleteConfirmYes"))->click();
    EXPECT_EQ(core::AssessmentRepository(db()).count().value(), 0);
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo Delete Check-in"));

    // 3. Settings: the full assessment's rhythm.
    window.showPage(PageId::Settings);
    auto *interval = window.findChild<QSpinBox *>(QStringLiteral("settingsFullInterval"));
    const int weeks = interval->value();
    interval->setValue(weeks + 2);
    EXPECT_EQ(undo->text(), QStringLiteral("&Undo Change Reminders"));

    // Back through all three, from whatever page is showing.
    window.showPage(PageId::Dashboard);
    undo->trigger();
    EXPECT_EQ(workspace().settings().cadence()->fullIntervalWeeks, weeks);
    EXPECT_EQ(interval->value(), weeks);
    undo->trigger();
    EXPECT_EQ(core::AssessmentRepository(db()).count().value(), 1);
    EXPECT_EQ(history->model()->rowCount(), 1) << "the check-in history did not hear of the undo";
    undo->trigger();
    EXPECT_EQ(core::JournalRepository(db()).count().value(), 0);
    EXPECT_EQ(journal->listModel()->rowCount(), 0);
    EXPECT_FALSE(undo->isEnabled());
    EXPECT_EQ(redo->text(), QStringLiteral("&Redo New Entry"));

    redo->trigger();
    redo->trigger();
    redo->trigger();
    EXPECT_EQ(core::JournalRepository(db()).count().value(), 1);
    EXPECT_EQ(core::AssessmentRepository(db()).count().value(), 0);
    EXPECT_EQ(interval->value(), weeks + 2);
    EXPECT_FALSE(redo->isEnabled());
}

// A change made on one page, or by an import through the workspace (the CLI's path), shows on
// the others without a restart or a new window.
TEST_F(MainWindowTest, AChangeAnywhereShowsOnEveryPage)
{
    MainWindow window(workspace());
    window.show();
    auto *dashboard = window.findChild<QListWidget *>(QStringLiteral("dashboardJournal"));
    window.showPage(PageId::Journal);
    auto *journal = qobject_cast<JournalPage *>(window.page(PageId::Journal));
    window.findChild<QLineEdit *>(QStringLiteral("journalTitle"))->setText(QStringLiteral("Written on the journal"));
    ASSERT_TRUE(journal->editor()->saveNow());

    window.showPage(PageId::Dashboard);
    ASSERT_NE(dashboard, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return dashboard->count() == 1; }, 2000));
    EXPECT_TRUE(dashboard->item(0)->text().contains(QLatin1String("Written on the journal")))
        << qPrintable(dashboard->item(0)->text());

    // An import, as tandem-cli import does it, while the dashboard is showing.
    core::ExchangeData data;
    core::JournalEntry imported;
    imported.uuid = QUuid::createUuid();
    imported.occurredAt = QDateTime::currentDateTimeUtc().addSecs(60);
    imported.createdAt = imported.occurredAt;
    imported.updatedAt = imported.occurredAt;
    imported.title = QStringLiteral("Brought in by an import");
    data.journalEntries.append(imported);
    const auto report = workspace().import(data, false);
    ASSERT_TRUE(report.ok()) << qPrintable(report.error());
    ASSERT_TRUE(QTest::qWaitFor([&] { return dashboard->count() == 2; }, 2000));
    EXPECT_EQ(journal->listModel()->rowCount(), 2);
    EXPECT_EQ(journal->listModel()->index(0).data(JournalListModel::TitleRole).toString(),
              QStringLiteral("Brought in by an import"));
}

// An import that brings a newer version of the entry open in the editor: the editor shows it, and
// its next save does not put the older text back.
TEST_F(MainWindowTest, AnImportOfTheEntryInTheEditorShowsThereAndIsNotOverwritten)
{
    core::JournalEntry e;
    e.uuid = QUuid::createUuid();
    e.occurredAt = QDateTime::currentDateTimeUtc().addDays(-1);
    e.createdAt = e.occurredAt;
    e.updatedAt = e.occurredAt;
    e.title = QStringLiteral("As written first");
    ASSERT_TRUE(core::JournalRepository(db()).add(e).ok());
    MainWindow window(workspace());
    window.show();
    window.showPage(PageId::Journal);
    auto *journal = qobject_cast<JournalPage *>(window.page(PageId::Journal));
    auto *list = window.findChild<QListView *>(QStringLiteral("journalList"));
    list->setCurrentIndex(list->model()->index(0, 0));
    auto *title = window.findChild<QLineEdit *>(QStringLiteral("journalTitle"));
    ASSERT_EQ(title->text(), QStringLiteral("As written first"));

    core::ExchangeData data;
    core::JournalEntry newer = e;
    newer.id = 0;
    newer.title = QStringLiteral("Edited on the other computer");
    newer.updatedAt = QDateTime::currentDateTimeUtc();
    data.journalEntries.append(newer);
    ASSERT_TRUE(workspace().import(data, false).ok());
    EXPECT_EQ(title->text(), QStringLiteral("Edited on the other computer"));
    ASSERT_TRUE(journal->editor()->saveNow());
    EXPECT_EQ(core::JournalRepository(db()).get(journal->editor()->entryId())->title,
              QStringLiteral("Edited on the other computer"));
}
