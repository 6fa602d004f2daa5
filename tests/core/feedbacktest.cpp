// A feedback round asks statements of the model: which ones a choice of skills and contrasts
// gives, and which rounds are refused.
#include "feedback.h"

#include "qtprinters.h"
#include "skillmodel.h"

#include <gtest/gtest.h>

using namespace tandem::core;

namespace {

FeedbackRound roundAsking(const QStringList &items)
{
    FeedbackRound round;
    round.itemIds = items;
    return round;
}

} // namespace

TEST(FeedbackTest, NoChoiceAsksEveryStatementInTheAssessmentsOrder)
{
    const SkillModel &model = SkillModel::builtin();
    const auto all = feedbackItemsFor(model, {}, {});
    ASSERT_TRUE(all.ok()) << qPrintable(all.error());
    QStringList expected;
    for (const Item &item : model.fullAssessmentItems())
        expected.append(item.id);
    EXPECT_EQ(all.value(), expected);
    EXPECT_TRUE(checkFeedbackRound(roundAsking(all.value()), model).ok());
}

TEST(FeedbackTest, ASkillGivesItsStatementsAndAContrastBothPoles)
{
    const SkillModel &model = SkillModel::builtin();
    const auto chosen
        = feedbackItemsFor(model, { QStringLiteral("emotional-intelligence") }, { QStringLiteral("risk") });
    ASSERT_TRUE(chosen.ok()) << qPrintable(chosen.error());
    EXPECT_EQ(chosen.value(),
              (QStringList { QStringLiteral("emotional-intelligence.1"), QStringLiteral("emotional-intelligence.2"),
                             QStringLiteral("emotional-intelligence.3"), QStringLiteral("emotional-intelligence.4"),
                             QStringLiteral("risk.lead.1"), QStringLiteral("risk.lead.2"),
                             QStringLiteral("risk.manage.1"), QStringLiteral("risk.manage.2") }));
    const auto unknown = feedbackItemsFor(model, { QStringLiteral("juggling") }, {});
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.error().contains(QLatin1String("juggling"))) << qPrintable(unknown.error());
}

TEST(FeedbackTest, RoundsThatCannotBeAskedAreRefusedInPlainWords)
{
    const SkillModel &model = SkillModel::builtin();
    EXPECT_FALSE(checkFeedbackRound(roundAsking({}), model).ok());
    const Status pulse = checkFeedbackRound(roundAsking({ model.pulseItems.first().id }), model);
    ASSERT_FALSE(pulse.ok());
    EXPECT_TRUE(pulse.error().contains(model.pulseItems.first().id)) << qPrintable(pulse.error());
    const Status twice
        = checkFeedbackRound(roundAsking({ QStringLiteral("risk.lead.1"), QStringLiteral("risk.lead.1") }), model);
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.error().contains(QLatin1String("twice"))) << qPrintable(twice.error());

    FeedbackRound round = roundAsking({ QStringLiteral("risk.lead.1") });
    round.askedBy = QString(FeedbackLimits::MaxAskedBy, QLatin1Char('a'));
    EXPECT_TRUE(checkFeedbackRound(round, model).ok());
    round.askedBy.append(QLatin1Char('a'));
    EXPECT_FALSE(checkFeedbackRound(round, model).ok());
    round.askedBy = QStringLiteral("Ada\nLovelace");
    EXPECT_FALSE(checkFeedbackRound(round, model).ok());
    round.askedBy.clear();
    round.note = QString(FeedbackLimits::MaxNote + 1, QLatin1Char('n'));
    EXPECT_FALSE(checkFeedbackRound(round, model).ok());
    round.note = QStringLiteral("Thank you!\nTwo lines are fine in a note.");
    EXPECT_TRUE(checkFeedbackRound(round, model).ok());
    round.invited = 0;
    EXPECT_FALSE(checkFeedbackRound(round, model).ok());
    round.invited = 6;
    EXPECT_TRUE(checkFeedbackRound(round, model).ok());
}
