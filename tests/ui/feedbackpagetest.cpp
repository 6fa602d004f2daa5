// The Feedback page driven as a user would: a round made through the dialog, its form saved,
// colleagues' sealed response files imported, the results with and without enough raters, a
// tampered file, delete and undo, and a round that arrives through the workspace.
#include "feedback/feedbackpage.h"

#include "assessmentrepository.h"
#include "clock.h"
#include "feedback/feedbackrounddialog.h"
#include "feedback/feedbackroundlistmodel.h"
#include "feedback/feedbackview.h"
#include "feedbackform.h"
#include "feedbackrepository.h"
#include "feedbackresponsefile.h"
#include "mainwindow/mainwindow.h"
#include "progress/chartpanel.h"
#include "skillmodel.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QDropEvent>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace tandem;
using namespace tandem::ui;

namespace {

class FeedbackPageTest : public test::UiTest
{
protected:
    const core::SkillModel &model() const { return core::SkillModel::builtin(); }
    // Monday 7 December 2026.
    core::FixedClock clock { QDateTime(QDate(2026, 12, 7), QTime(10, 0), Qt::UTC) };
    QTemporaryDir files;

    // Skill i of the model answered at `level(i)` (1..5, reverse-keyed statements turned round),
    // each pole's statements at 3.
    QMap<QString, std::optional<int>> answers(const QStringList &items, const std::function<int(int)> &level) const
    {
        QMap<QString, std::optional<int>> out;
        for (const QString &id : items)
            out.insert(id, 3);
        for (int i = 0; i < model().skills.size(); ++i) {
            for (const core::Item &item : model().skills.at(i).items) {
                if (out.contains(item.id))
                    out.insert(item.id, item.reverse ? 6 - level(i) : level(i));
            }
        }
        return out;
    }

    // The user's own full assessment: the first skill at the top, the second in the middle.
    void recordSelf()
    {
        core::Assessment a;
        a.kind = core::AssessmentKind::Full;
        a.modelVersion = model().version;
        a.takenAt = QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC);
        QStringList all;
        for (const core::Item &item : model().fullAssessmentItems())
            all << item.id;
        const auto mine = answers(all, [](int i) { return i == 0 ? 5 : 3; });
        for (auto it = mine.cbegin(); it != mine.cend(); ++it)
            a.answers.insert(it.key(), **it);
        ASSERT_TRUE(core::AssessmentRepository(db()).add(a).ok());
    }

    // A colleague's response file as the round's form makes it, sealed with the round's key:
    // the first skill seen low, the second high, the rest in the middle.
    QString responseFile(const core::FeedbackRound &round, const QString &name, const QString &rater = {})
    {
        core::FeedbackResponseFile::Contents contents;
        contents.round = round.uuid;
        contents.modelVersion = round.modelVersion;
        contents.response.uuid = QUuid::createUuid();
        contents.response.rater = rater;
        contents.response.answers = answers(round.itemIds, [](int i) { return i == 0 ? 2 : i == 1 ? 5 : 3; });
        const QByteArray seal = core::FeedbackResponseFile::seal(round.sealKey, contents);
        QJsonObject answersJson;
        for (auto it = contents.response.answers.cbegin(); it != contents.response.answers.cend(); ++it)
            answersJson.insert(it.key(), it->has_value() ? QJsonValue(**it) : QJsonValue());
        QJsonObject json;
        json.insert(QStringLiteral("format"), QStringLiteral("tandem-feedback-response"));
        json.insert(QStringLiteral("format_version"), core::FeedbackResponseFile::FormatVersion);
        json.insert(QStringLiteral("round"), round.uuid.toString(QUuid::WithoutBraces));
        json.insert(QStringLiteral("response"), contents.response.uuid.toString(QUuid::WithoutBraces));
        json.insert(QStringLiteral("model_version"), round.modelVersion);
        json.insert(QStringLiteral("rater"), rater);
        json.insert(QStringLiteral("answers"), answersJson);
        json.insert(QStringLiteral("seal"), QString::fromLatin1(seal));
        const QString path = files.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(json).toJson());
        return path;
    }

    core::FeedbackRound round(qint64 id) { return workspace().feedback().round(id).value(); }

    int responses(qint64 id)
    {
        const auto list = workspace().feedback().responses(id);
        return list ? static_cast<int>(list->size()) : -1;
    }

    // A round of every statement, made through the workspace as the CLI makes one.
    qint64 addRound(const QString &askedBy = {})
    {
        core::FeedbackRound r;
        r.itemIds = core::feedbackItemsFor(model(), {}, {}).value();
        r.askedBy = askedBy;
        const auto id = workspace().addFeedbackRound(r);
        EXPECT_TRUE(id.ok()) << qPrintable(id.error());
        return id.ok() ? id.value() : 0;
    }

    // The table twin's row for a score, by its name in the first column.
    static QStringList row(QTableWidget *table, const QString &name)
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0) && table->item(r, 0)->text() == name) {
                QStringList cells;
                for (int c = 0; c < table->columnCount(); ++c)
                    cells << (table->item(r, c) ? table->item(r, c)->text() : QString());
                return cells;
            }
        }
        return {};
    }
};

TEST_F(FeedbackPageTest, ARoundIsMadeThroughTheDialogAndOffersItsForm)
{
    FeedbackPage page(context(&clock));
    page.resize(860, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *emptyNew = page.findChild<QPushButton *>(QStringLiteral("feedbackEmptyNew"));
    ASSERT_NE(emptyNew, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return emptyNew->isVisible(); }, 2000)) << "the empty state explains rounds";

    // Nothing ticked: the dialog says why and stores nothing.
    emptyNew->click();
    auto *dialog = page.findChild<FeedbackRoundDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(dialog));
    for (QCheckBox *box : dialog->findChildren<QCheckBox *>())
        box->setChecked(false);
    dialog->findChild<QPushButton *>(QStringLiteral("feedbackRoundCreate"))->click();
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("feedbackRoundError"));
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QLatin1String("at least one skill or contrast"))) << qPrintable(error->text());
    EXPECT_TRUE(workspace().feedback().list()->isEmpty());

    // Two skills and one contrast, about Ada, with a note and five people asked.
    dialog->findChild<QCheckBox *>(QStringLiteral("feedbackSkill-") + model().skills.at(0).id)->setChecked(true);
    dialog->findChild<QCheckBox *>(QStringLiteral("feedbackSkill-") + model().skills.at(5).id)->setChecked(true);
    dialog->findChild<QCheckBox *>(QStringLiteral("feedbackContrast-") + model().contrasts.at(2).id)->setChecked(true);
    dialog->findChild<QLineEdit *>(QStringLiteral("feedbackAskedBy"))->setText(QStringLiteral("Ada"));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("feedbackNote"))->setPlainText(QStringLiteral("Thank you!"));
    dialog->findChild<QSpinBox *>(QStringLiteral("feedbackInvited"))->setValue(5);
    dialog->findChild<QPushButton *>(QStringLiteral("feedbackRoundCreate"))->click();

    const auto list = workspace().feedback().list();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1);
    const core::FeedbackRound made = list->first().round;
    EXPECT_EQ(made.itemIds,
              core::feedbackItemsFor(model(), { model().skills.at(0).id, model().skills.at(5).id },
                                     { model().contrasts.at(2).id })
                  .value());
    EXPECT_EQ(made.askedBy, QStringLiteral("Ada"));
    EXPECT_EQ(made.note, QStringLiteral("Thank you!"));
    EXPECT_EQ(made.invited, 5);

    // The round shows at once, with the offer to save its form.
    EXPECT_EQ(page.currentView(), FeedbackPage::View::Round);
    ASSERT_NE(page.roundView(), nullptr);
    EXPECT_EQ(page.roundView()->roundId(), made.id);
    auto *offer = page.findChild<QWidget *>(QStringLiteral("feedbackSaveOffer"));
    ASSERT_NE(offer, nullptr);
    EXPECT_TRUE(offer->isVisible());
    EXPECT_EQ(FeedbackView::defaultFormName(made), QStringLiteral("tandem-feedback-2026-12-07.html"));

    // Undo takes the new round away.
    history().undo();
    EXPECT_TRUE(workspace().feedback().list()->isEmpty());
    EXPECT_EQ(page.currentView(), FeedbackPage::View::List);
}

TEST_F(FeedbackPageTest, TheSavedFormIsTheRoundsForm)
{
    const qint64 id = addRound(QStringLiteral("Ada"));
    FeedbackPage page(context(&clock));
    page.show();
    ASSERT_TRUE(page.showRound(id));
    const QString path = files.filePath(QStringLiteral("form.html"));
    EXPECT_EQ(page.roundView()->saveFormTo(path), QString());
    QFile saved(path);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    const auto expected = core::FeedbackForm::html(round(id), model());
    ASSERT_TRUE(expected.ok());
    EXPECT_EQ(saved.readAll(), expected.value());
    EXPECT_FALSE(page.roundView()->saveFormTo(files.filePath(QStringLiteral("no/such/dir/form.html"))).isEmpty());
}

TEST_F(FeedbackPageTest, ThreeResponsesShowTheOthersMeansAndTheVerdicts)
{
    recordSelf();
    const qint64 id = addRound();
    const core::FeedbackRound r = round(id);
    FeedbackPage page(context(&clock));
    page.resize(860, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));

    const auto summary = page.importFiles({ responseFile(r, QStringLiteral("ben.json"), QStringLiteral("Ben")),
                                            responseFile(r, QStringLiteral("cleo.json")),
                                            responseFile(r, QStringLiteral("dev.txt"), QStringLiteral("Dev")) });
    EXPECT_EQ(summary.imported, 3);
    EXPECT_TRUE(summary.refused.isEmpty()) << qPrintable(summary.refused.join(QLatin1Char('\n')));
    EXPECT_EQ(responses(id), 3);
    EXPECT_TRUE(page.importSummaryText().contains(QLatin1String("3 responses imported")))
        << qPrintable(page.importSummaryText());
    ASSERT_EQ(page.currentView(), FeedbackPage::View::Round) << "the round the files belong to is shown";

    QTableWidget *table = page.roundView()->radarPanel()->table();
    ASSERT_NE(table, nullptr);
    const QStringList first = row(table, model().skills.at(0).name);
    ASSERT_FALSE(first.isEmpty());
    EXPECT_TRUE(first.at(1).startsWith(QStringLiteral("100"))) << "self: " << qPrintable(first.at(1));
    EXPECT_TRUE(first.at(2).startsWith(QStringLiteral("25"))) << qPrintable(first.at(2));
    EXPECT_TRUE(first.at(4).contains(QLatin1String("blind spot"))) << qPrintable(first.at(4));
    const QStringList second = row(table, model().skills.at(1).name);
    ASSERT_FALSE(second.isEmpty());
    EXPECT_TRUE(second.at(2).startsWith(QStringLiteral("100"))) << qPrintable(second.at(2));
    EXPECT_TRUE(second.at(4).contains(QLatin1String("hidden strength"))) << qPrintable(second.at(4));
    const QStringList third = row(table, model().skills.at(2).name);
    ASSERT_FALSE(third.isEmpty());
    EXPECT_TRUE(third.at(2).startsWith(QStringLiteral("50"))) << qPrintable(third.at(2));
    EXPECT_EQ(third.at(4), QStringLiteral("Much the same"));

    // The blind spot and the hidden strength in words, each with a goal a click away.
    EXPECT_NE(page.findChild<QWidget *>(QStringLiteral("feedbackGap-") + model().skills.at(0).id), nullptr);
    EXPECT_NE(page.findChild<QWidget *>(QStringLiteral("feedbackGap-") + model().skills.at(1).id), nullptr);
    auto *goal = page.findChild<QPushButton *>(QStringLiteral("feedbackGoal-") + model().skills.at(0).id);
    ASSERT_NE(goal, nullptr);
    std::optional<QString> asked;
    QObject::connect(&page, &FeedbackPage::newGoalRequested, &page,
                     [&](core::GoalTarget, const QString &target, const QString &) { asked = target; });
    goal->click();
    EXPECT_EQ(asked, model().skills.at(0).id);

    // Self is named; named raters by name only.
    auto *self = page.findChild<QLabel *>(QStringLiteral("feedbackSelf"));
    EXPECT_TRUE(self->text().contains(QLatin1String("25 Nov 2026"))) << qPrintable(self->text());
    auto *raters = page.findChild<QLabel *>(QStringLiteral("feedbackRaters"));
    EXPECT_TRUE(raters->text().contains(QLatin1String("Ben"))) << qPrintable(raters->text());
    EXPECT_TRUE(raters->text().contains(QLatin1String("Dev"))) << qPrintable(raters->text());
    EXPECT_FALSE(page.findChild<QLabel *>(QStringLiteral("feedbackNeeded"))->isVisible());
    EXPECT_FALSE(page.roundView()->radarPanel()->chart()->accessibleDescription().isEmpty());

    // The same file again is recognised and skipped.
    const auto again = page.importFiles({ files.filePath(QStringLiteral("ben.json")) });
    EXPECT_EQ(again.imported, 0);
    EXPECT_EQ(again.duplicates, 1);
    EXPECT_EQ(responses(id), 3);

    // What was stored passes SQLite's own check, which the app runs at every start.
    const auto check = workspace().database().scalar(QStringLiteral("PRAGMA quick_check"));
    ASSERT_TRUE(check.ok()) << qPrintable(check.error());
    EXPECT_EQ(check.value().toString(), QStringLiteral("ok"));
}

TEST_F(FeedbackPageTest, TwoResponsesShowNoNumbersOfOthers)
{
    recordSelf();
    const qint64 id = addRound();
    const core::FeedbackRound r = round(id);
    FeedbackPage page(context(&clock));
    page.show();
    page.importFiles({ responseFile(r, QStringLiteral("a.json")), responseFile(r, QStringLiteral("b.json")) });
    ASSERT_EQ(responses(id), 2);
    ASSERT_EQ(page.currentView(), FeedbackPage::View::Round);
    auto *needed = page.findChild<QLabel *>(QStringLiteral("feedbackNeeded"));
    EXPECT_TRUE(needed->isVisible());
    EXPECT_TRUE(needed->text().startsWith(QLatin1String("2 of 3 responses needed"))) << qPrintable(needed->text());
    QTableWidget *table = page.roundView()->radarPanel()->table();
    ASSERT_GT(table->rowCount(), 0);
    for (int r = 0; r < table->rowCount(); ++r) {
        EXPECT_EQ(table->item(r, 2)->text(), QStringLiteral("—")) << "row " << r;
        EXPECT_EQ(table->item(r, 3)->text(), QStringLiteral("—")) << "row " << r;
    }
    EXPECT_EQ(page.findChild<QWidget *>(QStringLiteral("feedbackGap-") + model().skills.at(0).id), nullptr);
}

TEST_F(FeedbackPageTest, ATamperedFileShowsWhyAndStoresNothing)
{
    const qint64 id = addRound();
    const core::FeedbackRound r = round(id);
    FeedbackPage page(context(&clock));
    page.show();
    const QString path = responseFile(r, QStringLiteral("edited.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonObject answersJson = json.value(QStringLiteral("answers")).toObject();
    const QString item = r.itemIds.first();
    answersJson.insert(item, answersJson.value(item).toInt() == 5 ? 4 : 5);
    json.insert(QStringLiteral("answers"), answersJson);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(json).toJson());
    file.close();

    const auto summary = page.importFiles({ path });
    EXPECT_EQ(summary.imported, 0);
    ASSERT_EQ(summary.refused.size(), 1);
    EXPECT_TRUE(summary.refused.first().contains(QLatin1String("edited.json"))) << qPrintable(summary.refused.first());
    EXPECT_TRUE(summary.refused.first().contains(QLatin1String("changed after it was made")))
        << qPrintable(summary.refused.first());
    EXPECT_TRUE(page.importSummaryText().contains(QLatin1String("changed after it was made")));
    EXPECT_EQ(responses(id), 0);
}

TEST_F(FeedbackPageTest, DeletingARoundIsUndone)
{
    const qint64 id = addRound(QStringLiteral("Ada"));
    const core::FeedbackRound r = round(id);
    FeedbackPage page(context(&clock));
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.importFiles({ responseFile(r, QStringLiteral("a.json")) });
    ASSERT_TRUE(page.showRound(id));
    page.findChild<QPushButton *>(QStringLiteral("feedbackDelete"))->click();
    EXPECT_TRUE(workspace().feedback().list()->isEmpty());
    EXPECT_EQ(page.currentView(), FeedbackPage::View::List);
    auto *undo = page.findChild<QPushButton *>(QStringLiteral("feedbackDeletedUndo"));
    ASSERT_NE(undo, nullptr);
    ASSERT_TRUE(undo->isVisible());
    undo->click();
    const auto list = workspace().feedback().list();
    ASSERT_EQ(list->size(), 1);
    EXPECT_EQ(list->first().round.uuid, r.uuid);
    EXPECT_EQ(list->first().responses, 1) << "its responses came back with it";
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.listModel()->rowCount() == 1; }, 2000));

    // Closing and reopening are steps of the history too.
    ASSERT_TRUE(page.showRound(list->first().round.id));
    page.findChild<QPushButton *>(QStringLiteral("feedbackClose"))->click();
    EXPECT_TRUE(round(list->first().round.id).closedAt.has_value());
    EXPECT_EQ(page.findChild<QPushButton *>(QStringLiteral("feedbackClose"))->text(), QStringLiteral("Reopen Round"));
    history().undo();
    EXPECT_FALSE(round(list->first().round.id).closedAt.has_value());
}

TEST_F(FeedbackPageTest, ARoundAddedElsewhereAppearsInTheList)
{
    FeedbackPage page(context(&clock));
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return page.findChild<QWidget *>(QStringLiteral("feedbackEmpty"))->isVisible(); }, 2000));
    addRound(QStringLiteral("Grace"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.listModel()->rowCount() == 1; }, 2000));
    EXPECT_TRUE(page.listView()->isVisible());
    const QModelIndex asked = page.listModel()->index(0, FeedbackRoundListModel::AskedColumn);
    EXPECT_EQ(asked.data().toString(), QStringLiteral("Grace"));
    EXPECT_EQ(page.listModel()->index(0, FeedbackRoundListModel::StatusColumn).data().toString(),
              QStringLiteral("Open"));
    EXPECT_EQ(page.listModel()->index(0, FeedbackRoundListModel::ResponsesColumn).data().toString(),
              QStringLiteral("0 responses"));
}

TEST_F(FeedbackPageTest, ResponseFilesDroppedOnTheWindowAreImported)
{
    const qint64 id = addRound();
    const core::FeedbackRound r = round(id);
    MainWindow window(workspace(&clock));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    const auto drop = [&](QWidget *target, const QStringList &paths) {
        QMimeData data;
        QList<QUrl> urls;
        for (const QString &path : paths)
            urls << QUrl::fromLocalFile(path);
        data.setUrls(urls);
        // As a drag does it: the enter makes the target the drag's, then the drop lands there.
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent event(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &event);
        return event.isAccepted();
    };
    // Elsewhere in the window a drop is not taken; on the Feedback page it imports.
    window.showPage(PageId::Journal);
    EXPECT_FALSE(drop(&window, { responseFile(r, QStringLiteral("early.json")) }));
    EXPECT_EQ(responses(id), 0);
    window.showPage(PageId::Feedback);
    EXPECT_FALSE(drop(&window, { files.filePath(QStringLiteral("picture.png")) })) << "only .json and .txt";
    EXPECT_TRUE(drop(&window, { responseFile(r, QStringLiteral("a.json")), responseFile(r, QStringLiteral("b.txt")) }));
    EXPECT_EQ(responses(id), 2);
    auto *page = qobject_cast<FeedbackPage *>(window.page(PageId::Feedback));
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->currentView(), FeedbackPage::View::Round);
    EXPECT_TRUE(drop(page, { responseFile(r, QStringLiteral("c.json")) })) << "on the page itself too";
    EXPECT_EQ(responses(id), 3);
}

TEST_F(FeedbackPageTest, TheDashboardsOpenRoundLeadsToItOnThisPage)
{
    recordSelf(); // the dashboard's overview, not its welcome
    const qint64 id = addRound(QStringLiteral("Ada"));
    MainWindow window(workspace(&clock));
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *open = window.findChild<QPushButton *>(QStringLiteral("dashboardFeedbackOpen"));
    ASSERT_NE(open, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return open->isVisible(); }, 3000));
    open->click();
    EXPECT_EQ(window.currentPage(), PageId::Feedback);
    auto *page = qobject_cast<FeedbackPage *>(window.page(PageId::Feedback));
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->currentView(), FeedbackPage::View::Round);
    ASSERT_NE(page->roundView(), nullptr);
    EXPECT_EQ(page->roundView()->roundId(), id);
}

} // namespace

TEST_F(FeedbackPageTest, ARoundOpensFromTheKeyboard)
{
    addRound(QStringLiteral("Ada"));
    FeedbackPage page(context(&clock));
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    ASSERT_TRUE(QTest::qWaitFor([&] { return page.listModel()->rowCount() == 1; }, 2000));
    QTableView *list = page.listView();
    EXPECT_NE(list->focusPolicy() & Qt::TabFocus, 0) << "Tab reaches the list";
    list->setFocus();
    list->setCurrentIndex(page.listModel()->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);
    EXPECT_EQ(page.currentView(), FeedbackPage::View::Round);
}
