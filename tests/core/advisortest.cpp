// The "lead or manage?" advisor against answers worked out by hand from the rule in
// docs/scoring.md ("Advisor"), so that a change to the rule shows up as advice a user would see
// change.
#include "qtprinters.h"
#include "advisor.h"
#include "skillmodel.h"

#include <gtest/gtest.h>

using namespace tandem::core;

namespace {

QStringList ids(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *id : list)
        result.append(QString::fromLatin1(id));
    return result;
}

AdviceDriver driver(const char *contrast, Role side, int answer)
{
    return AdviceDriver{QString::fromLatin1(contrast), side, answer};
}

class AdvisorTest : public ::testing::Test
{
protected:
    Advice advise(const QList<int> &answers) const
    {
        auto advice = Advisor(SkillModel::builtin()).advise(answers);
        EXPECT_TRUE(advice.ok()) << (advice.ok() ? "" : qPrintable(advice.error()));
        return advice.ok() ? advice.value() : Advice{};
    }
};

} // namespace

TEST_F(AdvisorTest, MostlyTheLeadingSideLeansLead)
{
    // −3 − 2 + 0 + 1 − 1 = −5 ≤ −4: lead. The drivers are the three answers on the leading side,
    // strongest first; the one on the managing side does not drive a lead.
    const Advice a = advise({-3, -2, 0, 1, -1});
    EXPECT_EQ(a.score, -5);
    EXPECT_EQ(a.lean, Lean::Lead);
    EXPECT_EQ(a.drivers, (QList<AdviceDriver>{driver("vision-execution", Role::Lead, -3),
                                              driver("inspiration-supervision", Role::Lead, -2),
                                              driver("risk", Role::Lead, -1)}));
    // Each driving pole's first skill, in the drivers' order.
    EXPECT_EQ(a.skillIds, ids({"visionary-thinking", "influence-persuasion", "adaptability-innovation"}));
    EXPECT_EQ(a.tipIds, ids({"vision-execution.lead.tip1", "inspiration-supervision.lead.tip1", "risk.lead.tip1"}));
    EXPECT_EQ(a.questionIds.size(), 5);
    EXPECT_EQ(a.modelVersion, SkillModel::builtin().version);
}

TEST_F(AdvisorTest, MostlyTheManagingSideLeansManageAndSkipsRepeatedSkills)
{
    // 3 + 3 + 2 = 8 ≥ 4: manage. Stability's first skill (organisational efficiency) is already
    // there from Execution, so the third skill is Execution's second: communication and clarity.
    const Advice a = advise({3, 3, 2, 0, 0});
    EXPECT_EQ(a.score, 8);
    EXPECT_EQ(a.lean, Lean::Manage);
    EXPECT_EQ(a.drivers, (QList<AdviceDriver>{driver("vision-execution", Role::Manage, 3),
                                              driver("inspiration-supervision", Role::Manage, 3),
                                              driver("change-stability", Role::Manage, 2)}));
    EXPECT_EQ(a.skillIds, ids({"organisational-efficiency", "performance-accountability", "communication-clarity"}));
    EXPECT_EQ(a.tipIds, ids({"vision-execution.manage.tip1", "inspiration-supervision.manage.tip1",
                             "change-stability.manage.tip1"}));
}

TEST_F(AdvisorTest, OpposingAnswersBlendAndDrawOnBothRoles)
{
    // −3 + 3 = 0: blend, driven by Vision and by Risk management; both roles get a skill and a tip.
    const Advice a = advise({-3, 0, 0, 0, 3});
    EXPECT_EQ(a.score, 0);
    EXPECT_EQ(a.lean, Lean::Blend);
    EXPECT_EQ(a.drivers, (QList<AdviceDriver>{driver("vision-execution", Role::Lead, -3), driver("risk", Role::Manage, 3)}));
    EXPECT_EQ(a.skillIds, ids({"visionary-thinking", "problem-solving-decisions", "influence-persuasion"}));
    EXPECT_EQ(a.tipIds, ids({"vision-execution.lead.tip1", "risk.manage.tip1", "vision-execution.lead.tip2"}));
}

TEST_F(AdvisorTest, TheStrongerSideOfABlendComesFirst)
{
    // 1 − 2 + 0 + 0 + 0 = −1: blend; the leading answer is the stronger, so Inspiration leads.
    const Advice a = advise({1, -2, 0, 0, 0});
    EXPECT_EQ(a.lean, Lean::Blend);
    EXPECT_EQ(a.drivers, (QList<AdviceDriver>{driver("inspiration-supervision", Role::Lead, -2),
                                              driver("vision-execution", Role::Manage, 1)}));
    EXPECT_EQ(a.skillIds.first(), QStringLiteral("influence-persuasion"));
    EXPECT_EQ(a.tipIds.first(), QStringLiteral("inspiration-supervision.lead.tip1"));
}

TEST_F(AdvisorTest, TheThresholdIsFourEitherWay)
{
    EXPECT_EQ(advise({-1, -1, -1, -1, 0}).lean, Lean::Lead);     // −4
    EXPECT_EQ(advise({-1, -1, -1, 0, 0}).lean, Lean::Blend);     // −3
    EXPECT_EQ(advise({1, 1, 1, 1, 0}).lean, Lean::Manage);       // 4
    EXPECT_EQ(advise({1, 1, 1, 0, 0}).lean, Lean::Blend);        // 3
    EXPECT_EQ(advise({-3, -3, -3, -3, -3}).score, -15);
    EXPECT_EQ(advise({3, 3, 3, 3, 3}).score, 15);
}

TEST_F(AdvisorTest, OneDriverGivesItsPoleTipsAndASkillTip)
{
    // −3 alone is a blend (−3 > −4) with one driver: both of Change's tips, then the first tip of
    // its first skill.
    const Advice a = advise({0, 0, -3, 0, 0});
    EXPECT_EQ(a.lean, Lean::Blend);
    EXPECT_EQ(a.drivers, (QList<AdviceDriver>{driver("change-stability", Role::Lead, -3)}));
    EXPECT_EQ(a.skillIds, ids({"adaptability-innovation", "visionary-thinking"}));
    EXPECT_EQ(a.tipIds, ids({"change-stability.lead.tip1", "change-stability.lead.tip2", "adaptability-innovation.tip1"}));
}

TEST_F(AdvisorTest, NoPullEitherWayStillGivesSomethingToTry)
{
    const Advice a = advise({0, 0, 0, 0, 0});
    EXPECT_EQ(a.lean, Lean::Blend);
    EXPECT_TRUE(a.drivers.isEmpty());
    EXPECT_EQ(a.skillIds, ids({"visionary-thinking", "organisational-efficiency", "influence-persuasion"}));
    EXPECT_EQ(a.tipIds, ids({"vision-execution.lead.tip1", "vision-execution.manage.tip1", "vision-execution.lead.tip2"}));
}

TEST_F(AdvisorTest, AlwaysTwoOrThreeTipsThatExist)
{
    const Advisor advisor(SkillModel::builtin());
    // Every one of the 7^5 answer sets.
    for (int n = 0; n < 16807; ++n) {
        QList<int> answers;
        for (int i = 0, rest = n; i < 5; ++i, rest /= 7)
            answers.append(rest % 7 - 3);
        const auto a = advisor.advise(answers);
        ASSERT_TRUE(a.ok());
        ASSERT_GE(a->tipIds.size(), 2);
        ASSERT_LE(a->tipIds.size(), 3);
        ASSERT_GE(a->skillIds.size(), 1);
        ASSERT_LE(a->skillIds.size(), 3);
        for (const QString &tip : a->tipIds)
            ASSERT_NE(advisor.tip(tip), nullptr) << qPrintable(tip);
        for (const QString &skill : a->skillIds)
            ASSERT_NE(SkillModel::builtin().skill(skill), nullptr) << qPrintable(skill);
        for (const AdviceDriver &d : a->drivers)
            ASSERT_EQ(d.side, d.answer < 0 ? Role::Lead : Role::Manage);
    }
}

TEST_F(AdvisorTest, EveryPoleHasSkillsToDrawOn)
{
    const Advisor advisor(SkillModel::builtin());
    for (const Contrast &contrast : SkillModel::builtin().contrasts) {
        for (Role side : {Role::Lead, Role::Manage}) {
            const QStringList skills = advisor.skillsFor(contrast.id, side);
            ASSERT_EQ(skills.size(), 2) << qPrintable(contrast.id);
            // A leading pole is served by leading skills, mostly: its first skill is of its role.
            EXPECT_EQ(SkillModel::builtin().skill(skills.first())->role, side) << qPrintable(contrast.id);
        }
    }
}

TEST_F(AdvisorTest, WrongCountsAndOutOfRangeAnswersAreRefusedWithAReason)
{
    const Advisor advisor(SkillModel::builtin());
    const auto tooFew = advisor.advise({1, 2, 3, 0});
    ASSERT_FALSE(tooFew.ok());
    EXPECT_TRUE(tooFew.error().contains(QLatin1String("5 answers"))) << qPrintable(tooFew.error());
    const auto tooBig = advisor.advise({0, 0, 4, 0, 0});
    ASSERT_FALSE(tooBig.ok());
    EXPECT_TRUE(tooBig.error().contains(QLatin1String("Answer 3 is 4"))) << qPrintable(tooBig.error());
    EXPECT_FALSE(advisor.advise({-4, 0, 0, 0, 0}).ok());
}

TEST_F(AdvisorTest, AdviceSurvivesJson)
{
    const Advice a = advise({-3, 1, 2, -1, 3});
    const auto back = Advice::fromJson(a.toJson());
    ASSERT_TRUE(back.ok()) << qPrintable(back.error());
    EXPECT_EQ(back.value(), a);
    EXPECT_FALSE(Advice::fromJson("{not json").ok());
    EXPECT_FALSE(Advice::fromJson(R"({"lean":"sideways"})").ok());
}
