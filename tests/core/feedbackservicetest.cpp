// A round's results from the store: its responses through the gap rules, against the newest full
// assessment up to the round's close, with the raters' names apart and in order.
#include "feedbackservice.h"

#include "assessmentrepository.h"
#include "clock.h"
#include "database.h"
#include "feedbackrepository.h"
#include "qtprinters.h"
#include "skillmodel.h"
#include "tempdatadir.h"
#include "workspace.h"

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

namespace {

QDateTime utc(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(12, 0), Qt::UTC);
}

const QString Skill = QStringLiteral("communication-clarity");

// Every statement of the skill answered `answer`, the reverse-keyed fourth turned round: a skill
// score of (answer − 1) · 25.
QMap<QString, std::optional<int>> keyed(int answer)
{
    QMap<QString, std::optional<int>> answers;
    for (int i = 1; i <= 4; ++i)
        answers.insert(Skill + QLatin1Char('.') + QString::number(i), i == 4 ? 6 - answer : answer);
    return answers;
}

class FeedbackServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Database::open(dir.path());
        ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
        workspace = std::make_unique<Workspace>(std::move(opened).value(), model, clock);
        FeedbackRound round;
        round.itemIds = feedbackItemsFor(model, { Skill }, {}).value();
        const auto id = workspace->addFeedbackRound(round);
        ASSERT_TRUE(id.ok()) << qPrintable(id.error());
        roundId = id.value();
    }

    void respond(int answer, const QString &rater = {})
    {
        FeedbackResponse response;
        response.uuid = QUuid::createUuid();
        response.roundId = roundId;
        response.rater = rater;
        response.receivedAt = utc(2026, 12, 8);
        response.seal = QByteArray(32, 'x');
        response.answers = keyed(answer);
        ASSERT_TRUE(workspace->feedback().addResponse(response).ok());
    }

    void takeFull(const QDateTime &at, int answer)
    {
        Assessment a;
        a.kind = AssessmentKind::Full;
        a.modelVersion = model.version;
        a.takenAt = at;
        for (const Item &item : model.fullAssessmentItems())
            a.answers.insert(item.id, 3);
        const auto answers = keyed(answer);
        for (auto it = answers.cbegin(); it != answers.cend(); ++it)
            a.answers.insert(it.key(), **it);
        const auto recorded = workspace->recordAssessment(a);
        ASSERT_TRUE(recorded.ok()) << qPrintable(recorded.error());
    }

    const ScoreGap &skillGap(const FeedbackRoundResults &r) const { return r.results.skills.first(); }

    const SkillModel &model = SkillModel::builtin();
    TempDataDir dir;
    FixedClock clock { utc(2026, 12, 7) };
    std::unique_ptr<Workspace> workspace;
    qint64 roundId = 0;
};

} // namespace

TEST_F(FeedbackServiceTest, OthersShowFromThreeRatersAndSelfIsTheLatestFullAssessmentUpToTheClose)
{
    const FeedbackService service(workspace->database(), model);
    takeFull(utc(2026, 11, 2), 5); // self 100
    respond(2, QStringLiteral("Grace"));
    respond(2);
    auto two = service.results(roundId, utc(2026, 12, 9));
    ASSERT_TRUE(two.ok()) << qPrintable(two.error());
    EXPECT_EQ(skillGap(two.value()).verdict, GapVerdict::TooFewRaters);
    EXPECT_FALSE(skillGap(two.value()).othersMean);

    respond(2, QStringLiteral("ada"));
    takeFull(utc(2026, 12, 20), 2); // after the round closes: not self
    ASSERT_TRUE(workspace->setFeedbackRoundClosed(roundId, true).ok()); // closed at 7 December
    const auto three = service.results(roundId, utc(2027, 1, 5));
    ASSERT_TRUE(three.ok()) << qPrintable(three.error());
    const ScoreGap &gap = skillGap(three.value());
    EXPECT_EQ(gap.raters, 3);
    ASSERT_TRUE(gap.othersMean && gap.self);
    EXPECT_DOUBLE_EQ(*gap.othersMean, 25.0);
    EXPECT_DOUBLE_EQ(*gap.self, 100.0) << "the assessment of 2 November, not the one after the close";
    EXPECT_EQ(gap.verdict, GapVerdict::BlindSpot);
    EXPECT_EQ(three->selfTakenAt, utc(2026, 11, 2));
    EXPECT_EQ(three->results.responses, 3);
    EXPECT_EQ(three->namedRaters, (QStringList { QStringLiteral("ada"), QStringLiteral("Grace") }))
        << "alphabetical, whatever the case, never in the order they came";

    // Opened again: self is the newest up to now.
    ASSERT_TRUE(workspace->setFeedbackRoundClosed(roundId, false).ok());
    const auto open = service.results(roundId, utc(2027, 1, 5));
    ASSERT_TRUE(open.ok());
    EXPECT_DOUBLE_EQ(*skillGap(open.value()).self, 25.0);
    EXPECT_EQ(skillGap(open.value()).verdict, GapVerdict::WithinNoise);
}

TEST_F(FeedbackServiceTest, WithoutAFullAssessmentOthersAreShownWithoutAGap)
{
    const FeedbackService service(workspace->database(), model);
    for (int i = 0; i < 3; ++i)
        respond(4);
    const auto results = service.results(roundId, utc(2026, 12, 9));
    ASSERT_TRUE(results.ok()) << qPrintable(results.error());
    EXPECT_FALSE(results->selfAssessmentId);
    EXPECT_EQ(skillGap(results.value()).verdict, GapVerdict::NoSelf);
    EXPECT_DOUBLE_EQ(*skillGap(results.value()).othersMean, 75.0);
    EXPECT_FALSE(service.results(roundId + 1, utc(2026, 12, 9)).ok());
}
