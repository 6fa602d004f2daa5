// The feedback form in a real browser (Debian's chromium, headless): a colleague opens the file
// Tandem wrote, answers, gives a name or not, and saves the response; Tandem imports that file and
// stores exactly what was clicked, three such responses give results, and a file edited on the way
// is refused with nothing stored. The form loads nothing from outside and says what it needs when
// scripts cannot run.
#include "clock.h"
#include "database.h"
#include "feedback/feedbackpage.h"
#include "feedback/feedbackview.h"
#include "feedbackform.h"
#include "feedbackrepository.h"
#include "feedbackservice.h"
#include "headlesschromium.h"
#include "progress/chartpanel.h"
#include "qtprinters.h"
#include "skillmodel.h"
#include "tempdatadir.h"
#include "uitestsupport.h"
#include "workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>
#include <QUrl>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::HeadlessChromium;
using tandem::test::TempDataDir;

namespace {

using Answers = QMap<QString, std::optional<int>>;

QDateTime utc(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

const ScoreGap &gapOf(const QList<ScoreGap> &gaps, const QString &id)
{
    static const ScoreGap none;
    for (const ScoreGap &gap : gaps) {
        if (gap.id == id)
            return gap;
    }
    ADD_FAILURE() << "no score for " << qPrintable(id);
    return none;
}

class FeedbackFormBrowserTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (HeadlessChromium::executable().isEmpty() && qEnvironmentVariableIsSet("TANDEM_SKIP_BROWSER_TESTS"))
            GTEST_SKIP() << "no chromium, and TANDEM_SKIP_BROWSER_TESTS is set";
        auto opened = Database::open(dir.path());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
        workspace = std::make_unique<Workspace>(std::move(opened).value(), model, clock);
        ASSERT_TRUE(browser.start()) << qPrintable(browser.error());
    }

    // A round asking `skills` (every statement when empty), and its form written to a file.
    void makeRound(const QStringList &skills = {})
    {
        FeedbackRound round;
        round.itemIds = feedbackItemsFor(model, skills, {}).value();
        round.askedBy = QStringLiteral("Ada");
        round.note = QStringLiteral("Thank you — two minutes, honestly.");
        const auto id = workspace->addFeedbackRound(round);
        ASSERT_TRUE(id.ok()) << qPrintable(id.error());
        roundId = id.value();
        const auto stored = workspace->feedback().round(roundId);
        ASSERT_TRUE(stored.ok());
        items = stored->itemIds;
        const auto html = FeedbackForm::html(stored.value(), model);
        ASSERT_TRUE(html.ok()) << qPrintable(html.error());
        formPath = QDir(dir.path()).filePath(QStringLiteral("feedback-form.html"));
        QFile file(formPath);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(html.value());
    }

    // Opens the form afresh (a new response id each time), clicks `answers` (0 = can't say;
    // statements not in it stay unanswered), types the name, asks for the response (twice when
    // the form warns about unanswered statements) and gives the text the form shows.
    QString fillIn(const QMap<QString, int> &answers, const QString &rater = {})
    {
        EXPECT_TRUE(browser.open(QUrl::fromLocalFile(formPath).toString())) << qPrintable(browser.error());
        EXPECT_EQ(browser.evaluate(QStringLiteral("document.getElementById('app').hidden")).toBool(), false)
            << "the form did not start";
        QString script = QStringLiteral("(function(){var n=0;");
        for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
            script += QStringLiteral(
                          "document.querySelector('fieldset[data-item=\"%1\"] input[value=\"%2\"]').click();n++;")
                          .arg(it.key())
                          .arg(it.value());
        }
        script += QStringLiteral("return n;})()");
        EXPECT_EQ(browser.evaluate(script).toInt(), answers.size()) << qPrintable(browser.error());
        if (!rater.isEmpty()) {
            browser.evaluate(QStringLiteral("document.getElementById('rater-name').focus()"));
            browser.call(QStringLiteral("Input.insertText"), { { QStringLiteral("text"), rater } });
        }
        browser.evaluate(QStringLiteral("document.getElementById('make').click()"));
        if (answers.size() < items.size()) {
            EXPECT_FALSE(browser.evaluate(QStringLiteral("document.getElementById('warning').hidden")).toBool())
                << "unanswered statements were not pointed out";
            EXPECT_TRUE(browser.evaluate(QStringLiteral("document.getElementById('done').hidden")).toBool());
            browser.evaluate(QStringLiteral("document.getElementById('make').click()"));
        }
        EXPECT_FALSE(browser.evaluate(QStringLiteral("document.getElementById('done').hidden")).toBool())
            << "no response was made";
        return browser.evaluate(QStringLiteral("document.getElementById('response-text').value")).toString();
    }

    // Clicks the download link and gives the bytes of the file the browser saved.
    QByteArray download()
    {
        QFile file(downloadPath());
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(file.fileName());
        return file.readAll();
    }

    // Clicks the download link and gives the path of the file the browser saved.
    QString downloadPath()
    {
        const qsizetype before = QDir(browser.downloadDir()).entryList(QDir::Files).size();
        browser.evaluate(QStringLiteral("document.getElementById('download').click()"));
        for (int i = 0; i < 100; ++i) {
            const auto progress = browser.waitForEvent(QStringLiteral("Browser.downloadProgress"), 20000);
            EXPECT_TRUE(progress) << "the download did not progress";
            if (!progress)
                return {};
            const QString state = progress->value(QLatin1String("state")).toString();
            if (state == QLatin1String("completed"))
                break;
            EXPECT_NE(state, QStringLiteral("canceled"));
        }
        const QFileInfoList files = QDir(browser.downloadDir()).entryInfoList(QDir::Files, QDir::Time);
        EXPECT_EQ(files.size(), before + 1);
        if (files.isEmpty())
            return {};
        EXPECT_TRUE(files.first().fileName().startsWith(QStringLiteral("tandem-feedback-")))
            << qPrintable(files.first().fileName());
        return files.first().filePath();
    }

    QList<FeedbackResponse> stored() const
    {
        const auto responses = workspace->feedback().responses(roundId);
        EXPECT_TRUE(responses.ok());
        return responses.ok() ? responses.value() : QList<FeedbackResponse>();
    }

    // Answers to every statement: by a pattern, one statement "can't say".
    QMap<QString, int> pattern(int shift) const
    {
        QMap<QString, int> answers;
        for (qsizetype i = 0; i < items.size(); ++i)
            answers.insert(items.at(i), i == 2 ? 0 : int((i + shift) % 5) + 1);
        return answers;
    }

    static Answers asStored(const QMap<QString, int> &clicked, const QStringList &items)
    {
        Answers answers;
        for (const QString &item : items) {
            const int v = clicked.value(item, 0);
            answers.insert(item, v == 0 ? std::nullopt : std::optional<int>(v));
        }
        return answers;
    }

    const SkillModel &model = SkillModel::builtin();
    TempDataDir dir;
    FixedClock clock { utc(2026, 12, 7, 10) };
    std::unique_ptr<Workspace> workspace;
    HeadlessChromium browser;
    qint64 roundId = 0;
    QStringList items;
    QString formPath;
};

TEST_F(FeedbackFormBrowserTest, AColleagueAnswersInABrowserAndTheSavedFileImports)
{
    makeRound();
    ASSERT_EQ(items.size(), 52);
    const QMap<QString, int> clicked = pattern(0);
    const QString text = fillIn(clicked, QStringLiteral("Grace Hopper"));
    const QByteArray file = download();
    ASSERT_FALSE(file.isEmpty());

    const auto receipt = workspace->importFeedbackResponse(file, QStringLiteral("tandem-feedback.json"));
    ASSERT_TRUE(receipt.ok()) << qPrintable(receipt.error());
    EXPECT_EQ(receipt->outcome, Workspace::FeedbackReceipt::Outcome::Imported);
    const QList<FeedbackResponse> responses = stored();
    ASSERT_EQ(responses.size(), 1);
    EXPECT_EQ(responses.at(0).rater, QStringLiteral("Grace Hopper"));
    EXPECT_EQ(responses.at(0).answers, asStored(clicked, items));

    // The text to paste into a mail is the same response: quoted by a mail program, it is
    // recognised as the one already stored.
    QString quoted = QStringLiteral("Here you are!\n\n");
    for (const QString &line : text.split(QLatin1Char('\n')))
        quoted += QStringLiteral("> ") + line + QLatin1Char('\n');
    const auto again = workspace->importFeedbackResponse(quoted.toUtf8(), QStringLiteral("mail.txt"));
    ASSERT_TRUE(again.ok()) << qPrintable(again.error());
    EXPECT_EQ(again->outcome, Workspace::FeedbackReceipt::Outcome::Duplicate);
    EXPECT_EQ(stored().size(), 1);

    // Nothing was asked of any network: the page, and the response as a blob, never left the machine.
    const QList<QJsonObject> requests = browser.events(QStringLiteral("Network.requestWillBeSent"));
    EXPECT_FALSE(requests.isEmpty());
    for (const QJsonObject &request : requests) {
        const QString url = request.value(QLatin1String("request")).toObject().value(QLatin1String("url")).toString();
        EXPECT_TRUE(url.startsWith(QLatin1String("file:")) || url.startsWith(QLatin1String("blob:"))
                    || url.startsWith(QLatin1String("data:")))
            << qPrintable(url);
    }
}

TEST_F(FeedbackFormBrowserTest, AnsweringNothingForSomeStatementsIsAskedAboutThenCountsAsCantSay)
{
    makeRound({ QStringLiteral("visionary-thinking"), QStringLiteral("emotional-intelligence") });
    QMap<QString, int> clicked = pattern(1);
    clicked.remove(items.at(0));
    clicked.remove(items.at(5));
    fillIn(clicked); // warns, then makes the response on the second click
    const auto receipt = workspace->importFeedbackResponse(download(), QStringLiteral("response.json"));
    ASSERT_TRUE(receipt.ok()) << qPrintable(receipt.error());
    const QList<FeedbackResponse> responses = stored();
    ASSERT_EQ(responses.size(), 1);
    EXPECT_TRUE(responses.at(0).rater.isEmpty()) << "no name given: anonymous";
    EXPECT_EQ(responses.at(0).answers.value(items.at(0)), std::nullopt);
    EXPECT_EQ(responses.at(0).answers, asStored(clicked, items));
}

TEST_F(FeedbackFormBrowserTest, ThreeColleaguesGiveResultsAndTheGapShows)
{
    const QStringList skills { QStringLiteral("visionary-thinking"), QStringLiteral("emotional-intelligence"),
                               QStringLiteral("problem-solving-decisions") };
    makeRound(skills);

    // The user's own view: every statement of the first skill at its best, the others in the middle.
    Assessment self;
    self.kind = AssessmentKind::Full;
    self.modelVersion = model.version;
    self.takenAt = utc(2026, 12, 1);
    for (const Item &item : model.fullAssessmentItems()) {
        const bool first = item.id.startsWith(skills.at(0) + QLatin1Char('.'));
        self.answers.insert(item.id, first ? (item.reverse ? 1 : 5) : 3);
    }
    ASSERT_TRUE(workspace->recordAssessment(self).ok());

    // Colleagues see the first skill at its worst, and agree with the user on the rest.
    QMap<QString, bool> reverse;
    for (const Item &item : model.fullAssessmentItems())
        reverse.insert(item.id, item.reverse);
    // The files go in as a user brings them: through the Feedback page of the app.
    tandem::test::PageParts parts(dir.path(), clock);
    tandem::ui::FeedbackPage page(parts.context);
    page.resize(1000, 800);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    QList<FeedbackAnswers> clickedAll;
    for (int rater = 0; rater < 3; ++rater) {
        QMap<QString, int> clicked;
        for (const QString &id : items) {
            ASSERT_TRUE(reverse.contains(id));
            const bool first = id.startsWith(skills.at(0) + QLatin1Char('.'));
            clicked.insert(id, first ? (reverse.value(id) ? 5 : 1) : 3);
        }
        fillIn(clicked, rater == 1 ? QStringLiteral("Lin") : QString());
        const auto summary = page.importFiles({ downloadPath() });
        ASSERT_EQ(summary.imported, 1) << qPrintable(summary.refused.join(QLatin1Char('\n')));
        ASSERT_EQ(page.currentView(), tandem::ui::FeedbackPage::View::Round);
        clickedAll.append(asStored(clicked, items));
        const auto *needed = page.findChild<QLabel *>(QStringLiteral("feedbackNeeded"));
        ASSERT_NE(needed, nullptr);
        EXPECT_EQ(needed->isVisible(), rater < 2) << "the page says how many more are needed";

        const auto results = FeedbackService(workspace->database(), model).results(roundId, clock.now());
        ASSERT_TRUE(results.ok()) << qPrintable(results.error());
        const ScoreGap &gap = gapOf(results->results.skills, skills.at(0));
        if (rater < 2) {
            EXPECT_EQ(gap.verdict, GapVerdict::TooFewRaters) << "others are shown only from three raters on";
            EXPECT_FALSE(gap.othersMean.has_value());
        } else {
            ASSERT_TRUE(gap.othersMean.has_value());
            ASSERT_TRUE(gap.self.has_value());
            EXPECT_EQ(gap.verdict, GapVerdict::BlindSpot);
            EXPECT_EQ(gapOf(results->results.skills, skills.at(1)).verdict, GapVerdict::WithinNoise);
            EXPECT_EQ(results->namedRaters, QStringList { QStringLiteral("Lin") });
            // The stored answers give the same results as the answers clicked.
            const FeedbackResults expected = scoreFeedback(model, items, clickedAll, self.answers);
            const ScoreGap &want = gapOf(expected.skills, skills.at(0));
            EXPECT_DOUBLE_EQ(*gap.othersMean, *want.othersMean);
            EXPECT_DOUBLE_EQ(*gap.self, *want.self);

            // What the page shows: the skill's row in the radar's table twin.
            QTableWidget *table = page.roundView()->radarPanel()->table();
            ASSERT_NE(table, nullptr);
            const QString name = model.skill(skills.at(0))->name;
            bool found = false;
            for (int r = 0; r < table->rowCount(); ++r) {
                if (!table->item(r, 0) || table->item(r, 0)->text() != name)
                    continue;
                found = true;
                EXPECT_TRUE(table->item(r, 4)->text().contains(QLatin1String("blind spot"), Qt::CaseInsensitive))
                    << qPrintable(table->item(r, 4)->text());
                EXPECT_TRUE(table->item(r, 2)->text().startsWith(QLocale().toString(*want.othersMean, 'f', 0)))
                    << qPrintable(table->item(r, 2)->text());
            }
            EXPECT_TRUE(found) << "no row for " << qPrintable(name);
        }
    }
}

TEST_F(FeedbackFormBrowserTest, AFileEditedOnTheWayIsRefusedAndNothingIsStored)
{
    makeRound({ QStringLiteral("emotional-intelligence") });
    fillIn(pattern(2));
    const QByteArray file = download();
    ASSERT_FALSE(file.isEmpty());

    // One answer made better by hand.
    QByteArray edited = file;
    const QRegularExpression answer(QStringLiteral("(\"emotional-intelligence\\.1\"\\s*:\\s*)([1-4])"));
    const QRegularExpressionMatch match = answer.match(QString::fromUtf8(file));
    ASSERT_TRUE(match.hasMatch()) << file.constData();
    edited = QString::fromUtf8(file)
                 .replace(match.capturedStart(2), 1, QString::number(match.captured(2).toInt() + 1))
                 .toUtf8();
    // Brought to the app's Feedback page, as a user would.
    const QString editedPath = QDir(dir.path()).filePath(QStringLiteral("edited.json"));
    {
        QFile out(editedPath);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(edited);
    }
    tandem::test::PageParts parts(dir.path(), clock);
    tandem::ui::FeedbackPage page(parts.context);
    const auto summary = page.importFiles({ editedPath });
    EXPECT_EQ(summary.imported, 0);
    ASSERT_EQ(summary.refused.size(), 1);
    EXPECT_TRUE(summary.refused.at(0).contains(QStringLiteral("edited.json"))) << qPrintable(summary.refused.at(0));
    EXPECT_TRUE(summary.refused.at(0).contains(QStringLiteral("changed after it was made")))
        << qPrintable(summary.refused.at(0));
    EXPECT_TRUE(page.importSummaryText().contains(QStringLiteral("changed after it was made")))
        << qPrintable(page.importSummaryText());

    // Cut short on the way.
    const auto truncated = workspace->importFeedbackResponse(file.left(file.size() / 2), QStringLiteral("cut.json"));
    ASSERT_FALSE(truncated.ok());
    EXPECT_TRUE(truncated.error().contains(QStringLiteral("cut.json"))) << qPrintable(truncated.error());
    EXPECT_TRUE(stored().isEmpty());

    // The file as the form made it is still good.
    ASSERT_TRUE(workspace->importFeedbackResponse(file, QStringLiteral("good.json")).ok());
    EXPECT_EQ(stored().size(), 1);
}

TEST_F(FeedbackFormBrowserTest, WithoutScriptsTheFormSaysWhatItNeeds)
{
    makeRound({ QStringLiteral("emotional-intelligence") });
    browser.call(QStringLiteral("Emulation.setScriptExecutionDisabled"), { { QStringLiteral("value"), true } });
    ASSERT_TRUE(browser.open(QUrl::fromLocalFile(formPath).toString())) << qPrintable(browser.error());
    browser.call(QStringLiteral("Emulation.setScriptExecutionDisabled"), { { QStringLiteral("value"), false } });
    // Read through the DOM domain: the page's own scripts never ran.
    const QJsonObject document = browser.call(QStringLiteral("DOM.getDocument"), { { QStringLiteral("depth"), -1 } });
    const QString html
        = browser
              .call(QStringLiteral("DOM.getOuterHTML"),
                    { { QStringLiteral("nodeId"),
                        document.value(QLatin1String("root")).toObject().value(QLatin1String("nodeId")) } })
              .value(QLatin1String("outerHTML"))
              .toString();
    ASSERT_FALSE(html.isEmpty()) << qPrintable(browser.error());
    EXPECT_TRUE(html.contains(QStringLiteral("<div id=\"app\" hidden=\"\">"))) << "the questions stay hidden";
    const QRegularExpression notice(QStringLiteral("<p id=\"unsupported\"[^>]*>([^<]+)</p>"));
    const QRegularExpressionMatch match = notice.match(html);
    ASSERT_TRUE(match.hasMatch());
    EXPECT_TRUE(match.captured(1).contains(QStringLiteral("JavaScript"))) << qPrintable(match.captured(1));
}

} // namespace
