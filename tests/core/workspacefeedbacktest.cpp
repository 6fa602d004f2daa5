// Feedback rounds through the workspace, the one door the app and tandem-cli change data through:
// what is checked, what is made for the round, what is announced, and what undo puts back.
#include "clock.h"
#include "database.h"
#include "feedbackrepository.h"
#include "qtprinters.h"
#include "skillmodel.h"
#include "tempdatadir.h"
#include "workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

namespace {

QDateTime utc(int y, int m, int d, int h = 12)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), Qt::UTC);
}

class WorkspaceFeedbackTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(dir.path());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
        workspace = std::make_unique<Workspace>(std::move(opened).value(), model, clock);
        QObject::connect(workspace.get(), &Workspace::feedbackRoundAdded,
                         [this](qint64 id) { signals << QStringLiteral("added %1").arg(id); });
        QObject::connect(workspace.get(), &Workspace::feedbackRoundChanged,
                         [this](qint64 id) { signals << QStringLiteral("changed %1").arg(id); });
        QObject::connect(workspace.get(), &Workspace::feedbackRoundRemoved,
                         [this](qint64 id) { signals << QStringLiteral("removed %1").arg(id); });
    }

    FeedbackRound askingAbout(const QStringList &skills) const
    {
        FeedbackRound round;
        round.itemIds = feedbackItemsFor(model, skills, {}).value();
        round.askedBy = QStringLiteral("Ada");
        round.note = QStringLiteral("Thanks!");
        return round;
    }

    static QByteArray fixture(const char *name)
    {
        QFile file(QString::fromUtf8(TANDEM_TEST_DATA_DIR "/feedback/") + QString::fromUtf8(name));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name;
        return file.readAll();
    }

    // The round the prototype form of response-en.json was made for, stored as it was made.
    qint64 storeFormRound()
    {
        const QJsonObject object = QJsonDocument::fromJson(fixture("round-en.json")).object();
        FeedbackRound round;
        round.uuid = QUuid::fromString(object.value(QStringLiteral("round")).toString());
        round.createdAt = utc(2026, 12, 1);
        round.modelVersion = object.value(QStringLiteral("model_version")).toString();
        round.sealKey = QByteArray::fromBase64(object.value(QStringLiteral("seal_key")).toString().toLatin1(),
                                               QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        for (const QJsonValue &id : object.value(QStringLiteral("items")).toArray())
            round.itemIds.append(id.toString());
        const auto id = workspace->feedback().add(round);
        EXPECT_TRUE(id.ok()) << qPrintable(id.error());
        return id.ok() ? id.value() : 0;
    }

    int rows(const QString &table) const
    {
        const auto n = workspace->database().scalar(QStringLiteral("SELECT count(*) FROM ") + table);
        EXPECT_TRUE(n.ok());
        return n.ok() ? n.value().toInt() : -1;
    }

    const SkillModel &model = SkillModel::builtin();
    TempDataDir dir;
    FixedClock clock { utc(2026, 12, 7, 10) };
    std::unique_ptr<Workspace> workspace;
    QStringList signals;
};

} // namespace

TEST_F(WorkspaceFeedbackTest, ARoundGetsItsIdTimeModelAndARandomSealKey)
{
    FeedbackRound wanted = askingAbout({ QStringLiteral("emotional-intelligence") });
    wanted.uuid = QUuid::createUuid(); // made anew: a round's id is never the caller's
    wanted.closedAt = utc(2020, 1, 1);
    const auto id = workspace->addFeedbackRound(wanted);
    ASSERT_TRUE(id.ok()) << qPrintable(id.error());
    const auto other = workspace->addFeedbackRound(askingAbout({}));
    ASSERT_TRUE(other.ok()) << qPrintable(other.error());
    EXPECT_EQ(
        signals,
        (QStringList { QStringLiteral("added %1").arg(id.value()), QStringLiteral("added %1").arg(other.value()) }));

    const FeedbackRound stored = workspace->feedback().round(id.value()).value();
    EXPECT_NE(stored.uuid, wanted.uuid);
    EXPECT_FALSE(stored.uuid.isNull());
    EXPECT_EQ(stored.createdAt, utc(2026, 12, 7, 10));
    EXPECT_EQ(stored.modelVersion, model.version);
    EXPECT_FALSE(stored.closedAt) << "a new round is open";
    EXPECT_EQ(stored.itemIds.size(), 4);
    EXPECT_EQ(stored.sealKey.size(), FeedbackLimits::SealKeyBytes);
    const FeedbackRound second = workspace->feedback().round(other.value()).value();
    EXPECT_NE(stored.sealKey, second.sealKey) << "every round has a key of its own";
    EXPECT_EQ(second.itemIds.size(), 52);
}

TEST_F(WorkspaceFeedbackTest, ARoundThatCannotBeAskedStoresNothingAndSaysNothing)
{
    FeedbackRound nothing;
    EXPECT_FALSE(workspace->addFeedbackRound(nothing).ok());
    FeedbackRound pulse = askingAbout({});
    pulse.itemIds.append(model.pulseItems.first().id);
    EXPECT_FALSE(workspace->addFeedbackRound(pulse).ok());
    EXPECT_EQ(rows(QStringLiteral("feedback_rounds")), 0);
    EXPECT_TRUE(signals.isEmpty());
}

TEST_F(WorkspaceFeedbackTest, ClosingRemovingAndPuttingBackARoundWithItsResponses)
{
    const auto id = workspace->addFeedbackRound(askingAbout({ QStringLiteral("communication-clarity") }));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(workspace->setFeedbackRoundClosed(id.value(), true).ok());
    EXPECT_EQ(workspace->feedback().round(id.value())->closedAt, utc(2026, 12, 7, 10));
    ASSERT_TRUE(workspace->setFeedbackRoundClosed(id.value(), false).ok());
    EXPECT_FALSE(workspace->feedback().round(id.value())->closedAt);
    EXPECT_FALSE(workspace->setFeedbackRoundClosed(id.value() + 1, true).ok());

    // A response, stored as an import will store it.
    FeedbackResponse response;
    response.uuid = QUuid::createUuid();
    response.roundId = id.value();
    response.receivedAt = utc(2026, 12, 8);
    response.seal = QByteArray(32, 'x');
    const auto round = workspace->feedback().round(id.value());
    ASSERT_TRUE(round.ok());
    for (const QString &item : round.value().itemIds)
        response.answers.insert(item, 3);
    ASSERT_TRUE(workspace->feedback().addResponse(response).ok());

    signals.clear();
    const auto removed = workspace->removeFeedbackRound(id.value());
    ASSERT_TRUE(removed.ok()) << qPrintable(removed.error());
    EXPECT_EQ(removed->responses.size(), 1);
    EXPECT_EQ(rows(QStringLiteral("feedback_answers")), 0);
    const auto back = workspace->putBackFeedbackRound(removed.value());
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    EXPECT_EQ(back.value(), id.value());
    EXPECT_EQ(
        signals,
        (QStringList { QStringLiteral("removed %1").arg(id.value()), QStringLiteral("added %1").arg(id.value()) }));
    const auto responses = workspace->feedback().responses(id.value());
    ASSERT_TRUE(responses.ok());
    ASSERT_EQ(responses->size(), 1);
    EXPECT_EQ(responses->first().uuid, response.uuid);
    EXPECT_EQ(responses->first().answers, response.answers);

    // Putting back what is already there changes nothing: all or nothing.
    EXPECT_FALSE(workspace->putBackFeedbackRound(removed.value()).ok());
    EXPECT_EQ(rows(QStringLiteral("feedback_rounds")), 1);
    EXPECT_EQ(rows(QStringLiteral("feedback_responses")), 1);
}

TEST_F(WorkspaceFeedbackTest, AResponseFileIsStoredOnceWithAllItsAnswers)
{
    const qint64 round = storeFormRound();
    const QByteArray file = fixture("response-en.json");
    signals.clear();
    const auto first = workspace->importFeedbackResponse(file, QStringLiteral("zoe.json"));
    ASSERT_TRUE(first.ok()) << qPrintable(first.error());
    EXPECT_EQ(first->outcome, Workspace::FeedbackReceipt::Outcome::Imported);
    EXPECT_EQ(first->roundId, round);
    EXPECT_EQ(first->rater, QStringLiteral("Zoë Ångström-Müller"));
    EXPECT_EQ(signals, QStringList { QStringLiteral("changed %1").arg(round) });
    const auto stored = workspace->feedback().responses(round);
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 1);
    EXPECT_EQ(stored->first().receivedAt, utc(2026, 12, 7, 10));
    EXPECT_EQ(stored->first().answers.size(), workspace->feedback().round(round)->itemIds.size())
        << "every statement asked, a \"can't say\" as no value";
    EXPECT_EQ(stored->first().answers.value(QStringLiteral("visionary-thinking.1")), 4);
    EXPECT_FALSE(stored->first().answers.value(QStringLiteral("visionary-thinking.4")).has_value());
    EXPECT_EQ(first->rated,
              std::count_if(stored->first().answers.cbegin(), stored->first().answers.cend(),
                            [](const std::optional<int> &a) { return a.has_value(); }));

    // The same file again, even pasted from a mail: recognised and skipped.
    signals.clear();
    const auto again = workspace->importFeedbackResponse("Here are my answers:\n" + file + "\nBest, Zoë",
                                                         QStringLiteral("mail.txt"));
    ASSERT_TRUE(again.ok()) << qPrintable(again.error());
    EXPECT_EQ(again->outcome, Workspace::FeedbackReceipt::Outcome::Duplicate);
    EXPECT_EQ(again->receivedAt, utc(2026, 12, 7, 10));
    EXPECT_TRUE(signals.isEmpty());
    EXPECT_EQ(rows(QStringLiteral("feedback_responses")), 1);
}

TEST_F(WorkspaceFeedbackTest, ABadResponseFileStoresNothingAndLeavesTheOthersAlone)
{
    const qint64 round = storeFormRound();
    const QByteArray file = fixture("response-en.json");
    ASSERT_TRUE(workspace->importFeedbackResponse(fixture("response-en.json"), QStringLiteral("zoe.json")).ok());
    const int answers = rows(QStringLiteral("feedback_answers"));
    signals.clear();

    QByteArray otherResponse = file;
    otherResponse.replace("d57dc3ee-b3e1-459f-9f50-3a62ea7b60aa", "d57dc3ee-b3e1-459f-9f50-3a62ea7b60ab");
    QByteArray otherValue = otherResponse;
    otherValue.replace("\"visionary-thinking.1\": 4", "\"visionary-thinking.1\": 5");
    QByteArray otherRound = otherResponse;
    otherRound.replace("71d45332-160b-4501-90c2-d60a2d79ed5f", "71d45332-160b-4501-90c2-d60a2d79ed5e");
    const std::pair<QByteArray, const char *> cases[] = {
        { otherResponse, "changed after it was made" }, // a new id: the seal covers it
        { otherValue, "changed after it was made" }, // an edited value
        { otherRound, "not in your data" }, // a round this store does not have
        { file.left(file.size() / 2), "edited.json" }, // truncated
        { QByteArray(70 * 1024, 'x'), "edited.json" }, // too big
        { QByteArray("{\"format\": \"tandem-feedback-response\"\0}", 34), "edited.json" }, // a NUL
        { QByteArray("\xff\xfe{}"), "edited.json" }, // not UTF-8
    };
    for (const auto &[bytes, words] : cases) {
        const auto refused = workspace->importFeedbackResponse(bytes, QStringLiteral("edited.json"));
        ASSERT_FALSE(refused.ok()) << words;
        EXPECT_TRUE(refused.error().contains(QString::fromUtf8(words))) << qPrintable(refused.error());
        EXPECT_TRUE(refused.error().contains(QLatin1String("edited.json"))) << qPrintable(refused.error());
    }
    EXPECT_EQ(rows(QStringLiteral("feedback_responses")), 1);
    EXPECT_EQ(rows(QStringLiteral("feedback_answers")), answers);
    EXPECT_TRUE(signals.isEmpty());

    // A different response under the id of one already stored is refused, not merged.
    const auto removed = workspace->removeFeedbackRound(round);
    ASSERT_TRUE(removed.ok());
    Workspace::RemovedFeedbackRound changed = removed.value();
    changed.responses.first().answers[QStringLiteral("visionary-thinking.1")] = 1;
    ASSERT_TRUE(workspace->putBackFeedbackRound(changed).ok());
    const auto different = workspace->importFeedbackResponse(file, QStringLiteral("zoe.json"));
    ASSERT_FALSE(different.ok());
    EXPECT_TRUE(different.error().contains(QLatin1String("different response"))) << qPrintable(different.error());
}
