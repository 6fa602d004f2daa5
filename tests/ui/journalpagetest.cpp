// The journal page driven as a person drives it: by the keyboard, with the real repository
// underneath, judged by what ends up stored and what the list shows.
#include "qtprinters.h"
#include "uitestsupport.h"

#include "journal/advisordialog.h"
#include "journal/journaleditor.h"
#include "journal/journallistmodel.h"
#include "journal/journalpage.h"
#include "journal/searchworker.h"
#include "database.h"
#include "ftsquery.h"

#include "clock.h"
#include "journalrepository.h"
#include "recordlimits.h"
#include "skillmodel.h"
#include "transaction.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QToolButton>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMutex>
#include <QThread>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSlider>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>
#include <QTextBlock>
#include <QTextBrowser>

using namespace tandem;
using namespace tandem::ui;

namespace {

class JournalPageTest : public test::UiTest
{
protected:
    int stored() const { return core::JournalRepository(db()).count().value(); }

    core::JournalEntry only() const
    {
        const auto rows = core::JournalRepository(db()).list({}, 2);
        EXPECT_TRUE(rows.ok());
        EXPECT_EQ(rows->size(), 1);
        return rows->isEmpty() ? core::JournalEntry{} : core::JournalRepository(db()).get(rows->first().id).value();
    }

    void addEntries(int n)
    {
        core::Transaction transaction(db());
        for (int i = 0; i < n; ++i) {
            core::JournalEntry e;
            e.occurredAt = QDateTime(QDate(2020, 1, 1), QTime(9, 0), Qt::UTC).addSecs(i * 3600);
            e.title = QStringLiteral("Entry %1").arg(i);
            e.situation = i % 2 ? QStringLiteral("An odd budget meeting") : QStringLiteral("An even planning session");
            ASSERT_TRUE(core::JournalRepository(db()).add(e).ok());
        }
        ASSERT_TRUE(transaction.commit().ok());
    }

    template<typename T>
    T *child(QWidget &parent, const char *name)
    {
        auto *w = parent.findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(w, nullptr) << name;
        return w;
    }
};

} // namespace

TEST_F(JournalPageTest, ListModelLoadsLazilyAndPassesTheModelTester)
{
    addEntries(250);
    JournalListModel model(workspace());
    // Only the first page is read at first.
    EXPECT_EQ(model.rowCount(), JournalListModel::PageSize);
    EXPECT_TRUE(model.canFetchMore({}));
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("Entry 249"));  // newest first
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 250);
    EXPECT_EQ(model.index(249).data().toString(), QStringLiteral("Entry 0"));

    // A search runs on the model's worker thread: the rows arrive a page at a time, in events.
    model.setSearchText(QStringLiteral("budg"));
    EXPECT_TRUE(model.isSearching());
    EXPECT_TRUE(model.isBusy());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isBusy(); }, 10000));
    EXPECT_EQ(model.searchCount(), 125);
    for (int page = 0; page < 10 && model.canFetchMore({}); ++page) {
        const int before = model.rowCount();
        model.fetchMore({});
        ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() > before; }, 10000)) << model.rowCount();
    }
    EXPECT_EQ(model.rowCount(), 125);
    EXPECT_TRUE(model.index(0).data(JournalListModel::SnippetRole).toString().contains(QChar(core::JournalSummary::MatchStart)));

    core::JournalFilter filter;
    filter.from = QDate(2020, 1, 2);
    filter.to = QDate(2020, 1, 2);
    model.setFilter(filter);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isBusy(); }, 10000));
    EXPECT_EQ(model.rowCount(), 12);  // the odd hours of 2 January (UTC, and the tests' zone keeps the day)
    model.setSearchText(QString());
    EXPECT_EQ(model.rowCount(), 24);
}

TEST_F(JournalPageTest, WriteAnEntryWithTheKeyboardAskTheAdvisorAndFindIt)
{
    JournalPage page(context());
    page.resize(1100, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();

    auto *title = child<QLineEdit>(page, "journalTitle");
    auto *situation = child<QPlainTextEdit>(page, "journalSituation");
    ASSERT_TRUE(title && situation);
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral("Hiring freeze"));
    QTest::keyClick(title, Qt::Key_Tab);
    ASSERT_TRUE(situation->hasFocus());
    QTest::keyClicks(situation, QStringLiteral("Finance froze the hiring budget for the quarter."));
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored() == 1; }, 3000)) << "not saved within a second or so";

    auto *mode = child<QComboBox>(page, "journalMode");
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down);  // Not said → Led
    EXPECT_EQ(mode->currentText(), QStringLiteral("Led"));

    // The advisor, from the entry.
    auto *ask = child<QPushButton>(page, "journalAskAdvisor");
    ask->setFocus();
    QTest::keyClick(ask, Qt::Key_Space);
    AdvisorDialog *dialog = nullptr;
    ASSERT_TRUE(QTest::qWaitFor([&] { return (dialog = page.findChild<AdvisorDialog *>()) && dialog->isVisible(); }, 3000));
    for (int q = 1; q <= 2; ++q) {
        auto *slider = dialog->findChild<QSlider *>(QStringLiteral("advisorAnswer%1").arg(q));
        ASSERT_NE(slider, nullptr);
        slider->setFocus();
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(slider, Qt::Key_Left);
        EXPECT_EQ(slider->value(), -3);
    }
    auto *result = dialog->findChild<QTextBrowser *>(QStringLiteral("advisorResult"));
    EXPECT_TRUE(result->toPlainText().contains(QLatin1String("Lean towards leading"))) << qPrintable(result->toPlainText());
    auto *keep = dialog->findChild<QPushButton *>(QStringLiteral("advisorAccept"));
    keep->setFocus();
    QTest::keyClick(keep, Qt::Key_Space);
    ASSERT_TRUE(QTest::qWaitFor([&] { return only().advice.has_value(); }, 3000));

    const core::JournalEntry entry = only();
    EXPECT_EQ(entry.title, QStringLiteral("Hiring freeze"));
    EXPECT_EQ(entry.situation, QStringLiteral("Finance froze the hiring budget for the quarter."));
    EXPECT_EQ(entry.mode, core::Mode::Lead);
    EXPECT_EQ(entry.advice->lean, core::Lean::Lead);
    EXPECT_EQ(entry.advice->answers, (QList<int>{-3, -3, 0, 0, 0}));
    EXPECT_TRUE(child<QLabel>(page, "journalAdvice")->text().contains(QLatin1String("Lean towards leading")));

    // Start another entry so that the first one is only in the list, then find it.
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(title->text(), QString());
    auto *search = child<QLineEdit>(page, "journalSearch");
    QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
    ASSERT_TRUE(search->hasFocus());
    auto *list = child<QListView>(page, "journalList");
    QTest::keyClicks(search, QStringLiteral("hirin"));
    // The old rows stay while the search runs: wait for its own.
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return page.listModel()->isSearching() && !page.listModel()->isBusy() && list->model()->rowCount() == 1;
        },
        3000));
    const QModelIndex hit = list->model()->index(0, 0);
    EXPECT_EQ(hit.data().toString(), QStringLiteral("Hiring freeze"));
    const QString snippet = hit.data(JournalListModel::SnippetRole).toString();
    EXPECT_TRUE(snippet.contains(QString(QChar(core::JournalSummary::MatchStart)) + QStringLiteral("Hiring")))
            << qPrintable(snippet);
    EXPECT_TRUE(list->visualRect(hit).isValid());

    QTest::keyClicks(search, QStringLiteral(" NEAR( \"*"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->model()->rowCount() == 0; }, 3000));
    EXPECT_FALSE(child<QWidget>(page, "journalNotice")->isVisible()) << "a hostile search showed an error";

    // Opening the hit shows the entry.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("freeze"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return list->model()->rowCount() == 1; }, 3000));
    list->setCurrentIndex(list->model()->index(0, 0));
    EXPECT_EQ(title->text(), QStringLiteral("Hiring freeze"));
}

TEST_F(JournalPageTest, TypingIsSavedWithinASecondEvenWithoutAPause)
{
    JournalPage page(context());
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *title = child<QLineEdit>(page, "journalTitle");
    title->setFocus();
    // Steady typing, a key every 50 ms for 2.5 s: the quiet-time timer never fires, yet what was
    // typed more than a second ago must already be on disk.
    QString typed;
    QElapsedTimer clock;
    clock.start();
    QList<QPair<qint64, int>> checks;
    for (int i = 0; i < 50; ++i) {
        const QChar c(u'a' + i % 26);
        QTest::keyClick(title, c.toLatin1());
        typed += c;
        QTest::qWait(50);
        if (i > 0 && i % 10 == 0) {
            const auto rows = core::JournalRepository(db()).list({}, 1);
            const int savedLength = rows->isEmpty() ? 0 : static_cast<int>(rows->first().title.size());
            checks.append({clock.elapsed(), static_cast<int>(typed.size()) - savedLength});
        }
    }
    for (const auto &[when, missing] : checks)
        EXPECT_LE(missing, 22) << "at " << when << " ms, " << missing << " characters were not saved yet";
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored() == 1 && only().title == typed; }, 2000));
}

TEST_F(JournalPageTest, LeavingTheEditorSavesAtOnce)
{
    JournalPage page(context());
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();
    auto *feelings = child<QPlainTextEdit>(page, "journalFeelings");
    feelings->setFocus();
    QTest::keyClicks(feelings, QStringLiteral("Relieved"));
    EXPECT_EQ(stored(), 0);  // not yet: the timer has not fired
    child<QLineEdit>(page, "journalSearch")->setFocus();
    EXPECT_EQ(stored(), 1);
    EXPECT_EQ(only().feelings, QStringLiteral("Relieved"));

    // And closing saves what the timer has not.
    feelings->setFocus();
    QTest::keyClicks(feelings, QStringLiteral(" and tired"));
    page.close();
    EXPECT_EQ(only().feelings, QStringLiteral("Relieved and tired"));
}

TEST_F(JournalPageTest, AnEmptyEntryIsNotSaved)
{
    JournalPage page(context());
    page.show();
    auto *title = child<QLineEdit>(page, "journalTitle");
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral("   "));
    QTest::qWait(JournalEditor::MaxDelayMs + 300);
    page.editor()->saveNow();
    EXPECT_EQ(stored(), 0);
    EXPECT_TRUE(child<QLabel>(page, "journalSaveStatus")->text().contains(QLatin1String("empty")));
}

TEST_F(JournalPageTest, TypingUndoBelongsToTheFieldAndSavedChangesToTheHistory)
{
    JournalPage page(context());
    page.show();
    auto *title = child<QLineEdit>(page, "journalTitle");
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral("Draft"));
    // The field's own undo, while it has focus.
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_NE(title->text(), QStringLiteral("Draft"));
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(title->text(), QStringLiteral("Draft"));

    // What was saved is one step of the history: the new entry, with every autosave of this
    // opening merged into it.
    ASSERT_TRUE(page.editor()->saveNow());
    QTest::keyClicks(title, QStringLiteral(" two"));
    ASSERT_TRUE(page.editor()->saveNow());
    EXPECT_EQ(only().title, QStringLiteral("Draft two"));
    ASSERT_EQ(history().stack()->count(), 1);
    EXPECT_EQ(history().stack()->undoText(), QStringLiteral("New Entry"));

    history().undo();
    EXPECT_EQ(stored(), 0);
    EXPECT_EQ(page.editor()->entryId(), 0) << "the editor still shows an entry that is gone";
    EXPECT_EQ(page.listModel()->rowCount(), 0);
    history().redo();
    EXPECT_EQ(stored(), 1);
    EXPECT_EQ(only().title, QStringLiteral("Draft two"));
    EXPECT_EQ(page.listModel()->rowCount(), 1);
}

TEST_F(JournalPageTest, AnEditIsUndoneAndTheEditorShowsTheEntryAsItWas)
{
    core::JournalEntry e;
    e.occurredAt = QDateTime::currentDateTimeUtc();
    e.title = QStringLiteral("Before");
    ASSERT_TRUE(core::JournalRepository(db()).add(e).ok());
    JournalPage page(context());
    page.show();
    auto *list = child<QListView>(page, "journalList");
    list->setCurrentIndex(list->model()->index(0, 0));
    auto *title = child<QLineEdit>(page, "journalTitle");
    ASSERT_EQ(title->text(), QStringLiteral("Before"));
    title->setText(QStringLiteral("After"));
    ASSERT_TRUE(page.editor()->saveNow());
    EXPECT_EQ(only().title, QStringLiteral("After"));
    EXPECT_EQ(history().stack()->undoText(), QStringLiteral("Edit Entry"));

    history().undo();
    EXPECT_EQ(only().title, QStringLiteral("Before"));
    EXPECT_EQ(title->text(), QStringLiteral("Before"));
    EXPECT_EQ(list->model()->index(0, 0).data(JournalListModel::TitleRole).toString(), QStringLiteral("Before"));
    history().redo();
    EXPECT_EQ(title->text(), QStringLiteral("After"));
}

TEST_F(JournalPageTest, MarkdownNotesHaveAPreview)
{
    JournalPage page(context());
    page.show();
    auto *body = child<QPlainTextEdit>(page, "journalBody");
    body->setPlainText(QStringLiteral("# Plan\n\n- **first** step\n- second step"));
    child<QTabWidget>(page, "journalBodyTabs")->setCurrentIndex(1);
    auto *preview = child<QTextBrowser>(page, "journalBodyPreview");
    EXPECT_EQ(preview->toPlainText().trimmed(), QStringLiteral("Plan\nfirst step\nsecond step"));
    EXPECT_EQ(preview->document()->firstBlock().blockFormat().headingLevel(), 1);
}

TEST_F(JournalPageTest, DeletingAsksAndCanBeUndone)
{
    core::JournalEntry e;
    e.occurredAt = QDateTime::currentDateTimeUtc();
    e.title = QStringLiteral("Keep me");
    e.tags = {QStringLiteral("precious")};
    ASSERT_TRUE(core::JournalRepository(db()).add(e).ok());
    const QUuid uuid = only().uuid;

    JournalPage page(context());
    page.show();
    auto *list = child<QListView>(page, "journalList");
    ASSERT_EQ(list->model()->rowCount(), 1);
    list->setCurrentIndex(list->model()->index(0, 0));
    EXPECT_EQ(child<QLineEdit>(page, "journalTitle")->text(), QStringLiteral("Keep me"));

    // Cancel keeps it.
    child<QPushButton>(page, "journalDelete")->click();
    auto *box = page.findChild<QMessageBox *>(QStringLiteral("journalDeleteConfirm"));
    ASSERT_NE(box, nullptr);
    box->button(QMessageBox::Cancel)->click();
    EXPECT_EQ(stored(), 1);

    child<QPushButton>(page, "journalDelete")->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return (box = page.findChild<QMessageBox *>(QStringLiteral("journalDeleteConfirm"))) && box->isVisible(); }, 2000));
    box->findChild<QPushButton *>(QStringLiteral("journalDeleteConfirmYes"))->click();
    EXPECT_EQ(stored(), 0);
    EXPECT_EQ(list->model()->rowCount(), 0);
    auto *undo = child<QPushButton>(page, "journalUndoDelete");
    ASSERT_TRUE(undo->isVisible());

    undo->click();
    ASSERT_EQ(stored(), 1);
    const core::JournalEntry back = only();
    EXPECT_EQ(back.title, QStringLiteral("Keep me"));
    EXPECT_EQ(back.tags, QStringList{QStringLiteral("precious")});
    EXPECT_EQ(back.uuid, uuid);
    EXPECT_EQ(list->model()->rowCount(), 1);
}

TEST_F(JournalPageTest, TheStandaloneAdvisorCanStartAnEntry)
{
    JournalPage page(context());
    page.show();
    page.openAdvisor();
    auto *dialog = page.findChild<AdvisorDialog *>();
    ASSERT_NE(dialog, nullptr);
    dialog->setAnswers({3, 3, 3, 0, 0});
    dialog->findChild<QPushButton *>(QStringLiteral("advisorAccept"))->click();
    ASSERT_TRUE(QTest::qWaitFor([&] { return stored() == 1; }, 3000));
    EXPECT_EQ(only().advice->lean, core::Lean::Manage);
}

TEST_F(JournalPageTest, OnThisDayShowsEarlierYears)
{
    core::JournalEntry e;
    e.occurredAt = QDateTime(QDate(2024, 6, 15), QTime(12, 0)).toUTC();
    e.title = QStringLiteral("Two years back");
    ASSERT_TRUE(core::JournalRepository(db()).add(e).ok());
    core::FixedClock clock(QDateTime(QDate(2026, 6, 15), QTime(10, 0)).toUTC());
    JournalPage page(context(&clock));
    page.show();
    auto *onThisDay = child<QListWidget>(page, "journalOnThisDay");
    ASSERT_TRUE(onThisDay->isVisible());
    ASSERT_EQ(onThisDay->count(), 1);
    EXPECT_TRUE(onThisDay->item(0)->text().contains(QLatin1String("Two years back")));
    EXPECT_TRUE(onThisDay->item(0)->text().contains(QLatin1String("2 years ago")));
}

// The app as a process: type into an entry, kill it without warning, start it again.
TEST_F(JournalPageTest, KilledWhileTypingLosesAtMostTheLastSecond)
{
    const QString dataDir = m_dir.root() + QStringLiteral("/killed");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("TANDEM_TEST_KEYS_ON_STDIN"), QStringLiteral("1"));
    env.remove(QStringLiteral("TANDEM_DATA_DIR"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(TANDEM_APP_PATH), {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--page"), QStringLiteral("journal")});
    ASSERT_TRUE(app.waitForStarted(10000));
    const auto send = [&](const QString &line) {
        app.write((line + QLatin1Char('\n')).toUtf8());
        app.waitForBytesWritten(1000);
    };

    // A reader beside the app, as another process would read the file.
    const QString connection = QStringLiteral("kill-test");
    const auto readSituation = [&]() -> std::optional<QString> {
        QSqlDatabase reader = QSqlDatabase::database(connection);
        QSqlQuery q(reader);
        if (!q.exec(QStringLiteral("SELECT situation FROM journal_entries WHERE title = 'Kill test'")) || !q.next())
            return std::nullopt;
        return q.value(0).toString();
    };
    {
        send(QStringLiteral("focus journalTitle"));
        send(QStringLiteral("type Kill test"));
        // Wait for the app to be up and to have saved the title.
        ASSERT_TRUE(QTest::qWaitFor([&] { return QFile::exists(dataDir + QStringLiteral("/tandem.db")); }, 20000));
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        reader.setDatabaseName(dataDir + QStringLiteral("/tandem.db"));
        reader.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        ASSERT_TRUE(reader.open()) << qPrintable(reader.lastError().text());
        ASSERT_TRUE(QTest::qWaitFor([&] { return readSituation().has_value(); }, 20000)) << "the app never saved the title";

        send(QStringLiteral("focus journalSituation"));
        // 20 characters a second for 3 seconds, never pausing long enough for the quiet timer.
        const QString text = QStringLiteral("The quick brown fox jumps over the lazy dog while the team keeps typing on. ");
        QString typed;
        QList<qint64> sentAt;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 60; ++i) {
            const QChar c = text.at(i % text.size());
            send(QStringLiteral("type ") + c);
            typed += c;
            sentAt.append(clock.elapsed());
            QTest::qWait(50);
        }
        const qint64 killedAt = clock.elapsed();
        app.kill();  // SIGKILL: no chance to save anything more
        ASSERT_TRUE(app.waitForFinished(10000));

        const auto saved = readSituation();
        ASSERT_TRUE(saved.has_value());
        // Characters with a space before them: a type line ends at the newline, so "type  " is
        // one space; compare what arrived, in order.
        EXPECT_TRUE(typed.startsWith(*saved)) << qPrintable(*saved);
        int lastSecond = 0;
        for (qint64 at : sentAt)
            lastSecond += killedAt - at <= 1000 ? 1 : 0;
        EXPECT_LE(typed.size() - saved->size(), lastSecond)
                << "saved " << saved->size() << " of " << typed.size() << " characters; the last second held " << lastSecond;
        EXPECT_GT(saved->size(), typed.size() / 2);
    }
    QSqlDatabase::removeDatabase(connection);

    // The app starts again on the same folder, and the file is sound.
    QProcess again;
    again.setProcessEnvironment(env);
    again.start(QStringLiteral(TANDEM_APP_PATH), {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--page"),
                                                   QStringLiteral("journal"), QStringLiteral("--quit-when-ready")});
    ASSERT_TRUE(again.waitForFinished(30000));
    EXPECT_EQ(again.exitCode(), 0) << again.readAllStandardError().constData();
    auto reopened = core::Database::open(dataDir);
    ASSERT_TRUE(reopened.ok()) << qPrintable(reopened.error());
    EXPECT_EQ(reopened.value()->scalar(QStringLiteral("PRAGMA integrity_check")).value().toString(), QStringLiteral("ok"));
    EXPECT_TRUE(reopened.value()->run(QStringLiteral("INSERT INTO journal_fts (journal_fts, rank) VALUES ('integrity-check', 1)")).ok());
}

// A QLineEdit keeps at most 32,767 characters unless told otherwise: a longer title or tag list,
// within the limits tandem-cli and import accept, was cut short without a word the next time the
// entry was saved in the app.
TEST_F(JournalPageTest, ALongTitleAndTagsFromTheTerminalSurviveAnEditInTheApp)
{
    core::JournalEntry e;
    e.occurredAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);
    e.title = QStringLiteral("A title from the terminal ") + QString(40000, QLatin1Char('t'));
    for (int i = 0; i < 40; ++i)
        e.tags.append(QStringLiteral("tag%1-").arg(i, 2, 10, QLatin1Char('0')) + QString(990, QLatin1Char('x')));
    const auto id = core::JournalRepository(db()).add(e);
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());

    JournalEditor editor(context());
    ASSERT_TRUE(editor.openEntry(id.value()));
    auto *body = child<QPlainTextEdit>(editor, "journalBody");
    ASSERT_NE(body, nullptr);
    body->setPlainText(QStringLiteral("Edited in the app."));
    ASSERT_TRUE(editor.saveNow());

    const auto stored = core::JournalRepository(db()).get(id.value());
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->body, QStringLiteral("Edited in the app."));
    EXPECT_EQ(stored->title.size(), e.title.size());
    EXPECT_TRUE(stored->title == e.title) << "the title was changed";
    EXPECT_EQ(stored->tags.size(), e.tags.size());
    EXPECT_TRUE(stored->tags == e.tags) << "the tags were changed";
}

// The app is one of the doors the limits are kept at: a body beyond them is not saved, and the
// editor says why and keeps every character on screen.
TEST_F(JournalPageTest, ABodyBeyondTheLimitIsNotSavedAndTheEditorSaysWhy)
{
    JournalEditor editor(context());
    editor.newEntry();
    auto *title = child<QLineEdit>(editor, "journalTitle");
    auto *body = child<QPlainTextEdit>(editor, "journalBody");
    ASSERT_TRUE(title && body);
    title->setText(QStringLiteral("Too long"));
    QString errorShown;
    QObject::connect(&editor, &JournalEditor::errorOccurred, [&](const QString &message) { errorShown = message; });
    // In lines, as people write: one ten-million-character line takes the editor long to lay out.
    const QString line = QString(99, QLatin1Char('b')) + QLatin1Char('\n');
    QString text = line.repeated(int(core::RecordLimits::MaxTextLength / line.size()) + 1);
    text.truncate(core::RecordLimits::MaxTextLength + 1);
    body->setPlainText(text);
    EXPECT_FALSE(editor.saveNow());
    EXPECT_EQ(stored(), 0);
    EXPECT_TRUE(errorShown.contains(QLatin1String("too long"))) << qPrintable(errorShown);
    EXPECT_TRUE(errorShown.contains(QLatin1String("10,485,760"))) << qPrintable(errorShown);
    EXPECT_EQ(body->document()->characterCount() - 1, core::RecordLimits::MaxTextLength + 1);
}

TEST_F(JournalPageTest, WhatIDidAndHowItWentHaveVisibleLabels)
{
    JournalPage page(context());
    page.resize(900, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    for (const char *name : {"journalMode", "journalRating", "journalWhen"}) {
        auto *field = child<QWidget>(page, name);
        QLabel *label = nullptr;
        for (QLabel *l : page.findChildren<QLabel *>()) {
            if (l->buddy() == field && l->isVisible())
                label = l;
        }
        ASSERT_NE(label, nullptr) << name << " has no visible label";
        EXPECT_FALSE(label->text().remove(QLatin1Char('&')).trimmed().isEmpty()) << name;
        EXPECT_FALSE(field->accessibleName().isEmpty()) << name;
    }
    // Tab goes down the form: the title, the situation, then what I did.
    auto *title = child<QLineEdit>(page, "journalTitle");
    title->setFocus();
    QTest::keyClick(title, Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), child<QComboBox>(page, "journalMode"));
}

TEST_F(JournalPageTest, OnThisDayShowsWholeRows)
{
    for (int years = 1; years <= 5; ++years) {
        core::JournalEntry e;
        e.occurredAt = QDateTime(QDate(2026 - years, 6, 15), QTime(12, 0)).toUTC();
        e.title = QStringLiteral("A long title about the quarterly planning meeting with the whole team, year %1").arg(years);
        e.situation = QStringLiteral("Situation %1").arg(years);
        ASSERT_TRUE(core::JournalRepository(db()).add(e).ok());
    }
    core::FixedClock clock(QDateTime(QDate(2026, 6, 15), QTime(10, 0)).toUTC());
    JournalPage page(context(&clock));
    page.resize(900, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *onThisDay = child<QListWidget>(page, "journalOnThisDay");
    ASSERT_EQ(onThisDay->count(), 5);
    const QRect viewport = onThisDay->viewport()->rect();
    for (int row = 0; row < onThisDay->count(); ++row) {
        const QRect item = onThisDay->visualItemRect(onThisDay->item(row));
        // (A row is as wide as its text and is cut with "…" when drawn: only the height counts.)
        EXPECT_TRUE(item.top() >= viewport.top() && item.bottom() <= viewport.bottom())
                << "row " << row << " is cut: " << item.top() << ".." << item.bottom() << " in 0.." << viewport.bottom();
        // The row is cut with "…" when narrow; its tooltip has the whole title.
        EXPECT_TRUE(onThisDay->item(row)->toolTip().contains(QLatin1String("whole team, year")));
    }
}

TEST_F(JournalPageTest, SearchSaysHowManyEntriesMatchAsYouType)
{
    addEntries(250);  // 125 odd ("budget meeting"), 125 even ("planning session")
    JournalPage page(context());
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *search = child<QLineEdit>(page, "journalSearch");
    auto *count = child<QLabel>(page, "journalSearchCount");
    EXPECT_FALSE(count->isVisible());
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("budg"));
    // More than one page of the list: the count is of every match, not of the rows loaded.
    ASSERT_TRUE(QTest::qWaitFor([&] { return count->isVisible() && count->text().startsWith(QLatin1String("125 ")); }, 3000))
            << qPrintable(count->text());
    EXPECT_TRUE(count->text().contains(QLatin1String("budg")));
    QTest::keyClicks(search, QStringLiteral("et meeting"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return count->text().startsWith(QLatin1String("125 ")) && count->text().contains(QLatin1String("meeting")); }, 3000));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("Entry 42"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return count->text().startsWith(QLatin1String("1 ")); }, 3000)) << qPrintable(count->text());
    search->clear();
    ASSERT_TRUE(QTest::qWaitFor([&] { return !count->isVisible(); }, 3000));
}

TEST_F(JournalPageTest, TheAdvisorWaitsForAnAnswerAndDoesNotJump)
{
    AdvisorDialog dialog(core::SkillModel::builtin(), AdvisorDialog::Purpose::Standalone);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto *result = dialog.findChild<QTextBrowser *>(QStringLiteral("advisorResult"));
    auto *accept = dialog.findChild<QPushButton *>(QStringLiteral("advisorAccept"));
    ASSERT_TRUE(result && accept);
    // Nothing answered: no lean, and it says what it needs.
    EXPECT_EQ(dialog.answeredCount(), 0);
    EXPECT_FALSE(result->toPlainText().contains(QLatin1String("Lean")));
    EXPECT_FALSE(result->toPlainText().contains(QLatin1String("Blend")));
    EXPECT_TRUE(result->toPlainText().contains(QLatin1String("Answer at least one question"))) << qPrintable(result->toPlainText());
    EXPECT_FALSE(accept->isEnabled());

    const QSize hint = dialog.sizeHint();
    const QRect resultGeometry = result->geometry();
    const QRect acceptGeometry = accept->geometry();
    const auto unchanged = [&](const char *when) {
        QApplication::processEvents();
        EXPECT_EQ(dialog.sizeHint(), hint) << when;
        EXPECT_EQ(result->geometry(), resultGeometry) << when;
        EXPECT_EQ(accept->geometry(), acceptGeometry) << when;
    };

    // "Neither way" is an answer once chosen: Space on the first slider.
    auto *first = dialog.findChild<QSlider *>(QStringLiteral("advisorAnswer1"));
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Space);
    EXPECT_EQ(dialog.answeredCount(), 1);
    EXPECT_TRUE(accept->isEnabled());
    EXPECT_TRUE(result->toPlainText().contains(QLatin1String("Blend"))) << qPrintable(result->toPlainText());
    unchanged("after answering neither way");

    // Every strength on every question, the longest texts included.
    for (int q = 1; q <= 5; ++q) {
        auto *slider = dialog.findChild<QSlider *>(QStringLiteral("advisorAnswer%1").arg(q));
        for (int value = -3; value <= 3; ++value) {
            slider->setValue(value);
            unchanged("while answering");
        }
        slider->setValue(q % 2 ? -2 : 3);
    }
    EXPECT_EQ(dialog.answeredCount(), 5);
}

namespace {

// Statements seen by Database's test hook, by the thread that ran them.
struct StatementLog
{
    static inline QMutex mutex;
    static inline QList<std::pair<bool, QString>> seen; // (on the GUI thread, text)

    static void record(const core::Database &, const QString &sql)
    {
        const QMutexLocker lock(&mutex);
        seen.append({QThread::currentThread() == qApp->thread(), sql});
    }
    static int count(std::optional<bool> onGui, const QString &part)
    {
        const QMutexLocker lock(&mutex);
        return static_cast<int>(std::count_if(seen.cbegin(), seen.cend(), [&](const auto &s) {
            return (!onGui || s.first == *onGui) && s.second.contains(part);
        }));
    }
    static void clear()
    {
        const QMutexLocker lock(&mutex);
        seen.clear();
    }
    StatementLog() { clear(); core::Database::setStatementHook(&StatementLog::record); }
    ~StatementLog() { core::Database::setStatementHook(nullptr); }
};

} // namespace

// Typing a search runs no statement on journal_fts on the GUI thread: the worker does.
TEST_F(JournalPageTest, TypingASearchRunsNoSearchStatementOnTheGuiThread)
{
    addEntries(250);
    JournalPage page(context());
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *search = child<QLineEdit>(page, "journalSearch");
    auto *count = child<QLabel>(page, "journalSearchCount");
    auto *status = child<QLabel>(page, "journalListStatus");
    StatementLog log;
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("budget"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.listModel()->isBusy(); }, 3000));
    EXPECT_EQ(status->text(), QStringLiteral("Searching…"));
    EXPECT_GT(page.listModel()->rowCount(), 0);  // the old rows stay meanwhile
    ASSERT_TRUE(QTest::qWaitFor([&] { return count->isVisible() && count->text().startsWith(QLatin1String("125 ")); }, 10000));
    EXPECT_EQ(StatementLog::count(true, QStringLiteral("journal_fts")), 0);
    EXPECT_GT(StatementLog::count(false, QStringLiteral("journal_fts")), 0);
}

// Results of stale typing never reach the model: only the newest search's rows are ever shown.
TEST_F(JournalPageTest, StaleSearchResultsAreDropped)
{
    addEntries(250);
    JournalListModel model(workspace());
    QList<QStringList> shown;  // the titles of every row set the model was reset to
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] {
        QStringList snippets;
        for (int row = 0; row < model.rowCount(); ++row)
            snippets.append(model.index(row).data(JournalListModel::SnippetRole).toString());
        shown.append(snippets);
    });
    model.setSearchText(QStringLiteral("planning"));
    model.setSearchText(QStringLiteral("budget"));  // at once, before the first has answered
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isBusy(); }, 10000));
    QTest::qWait(50);  // anything the first search might still send has arrived
    ASSERT_EQ(shown.size(), 1);
    EXPECT_EQ(shown.first().size(), SearchWorker::PageSize);
    for (const QString &snippet : shown.first())
        EXPECT_TRUE(snippet.contains(QStringLiteral("budget"))) << qPrintable(snippet);
    EXPECT_EQ(model.searchCount(), 125);
}

// Page 1 and page 2 are the first hundred of one ranked query, and page 2 ranks nothing again.
TEST_F(JournalPageTest, SearchPagesFollowOneRankedQuery)
{
    addEntries(250);
    JournalListModel model(workspace());
    model.setSearchText(QStringLiteral("budget"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isBusy(); }, 10000));
    ASSERT_EQ(model.rowCount(), SearchWorker::PageSize);
    ASSERT_TRUE(model.canFetchMore({}));
    StatementLog log;
    model.fetchMore({});
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.rowCount() == 2 * SearchWorker::PageSize; }, 10000));
    EXPECT_EQ(StatementLog::count(std::nullopt, QStringLiteral("ORDER BY rank")), 0);
    EXPECT_EQ(StatementLog::count(false, QStringLiteral("rowid IN")), 1);
    const auto ranked = core::JournalRepository(db()).search(core::FtsQuery::build(QStringLiteral("budget"), core::FtsQuery::Typing::InProgress), {},
                                                             2 * SearchWorker::PageSize);
    ASSERT_TRUE(ranked.ok());
    QList<qint64> once, paged;
    for (const auto &row : ranked.value())
        once.append(row.id);
    for (int row = 0; row < model.rowCount(); ++row)
        paged.append(model.idAt(row));
    EXPECT_EQ(paged, once);
}
