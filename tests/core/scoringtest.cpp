// Scoring against numbers worked out by hand, so that a change to the formulas or the
// constants shows up as a wrong number a user would see on the dashboard.
#include "qtprinters.h"
#include "scoring.h"
#include "skillmodel.h"

#include <gtest/gtest.h>

using namespace tandem::core;

namespace {

constexpr double Tolerance = 1e-9;

const QStringList LeadSkills = {QStringLiteral("visionary-thinking"), QStringLiteral("emotional-intelligence"),
                                QStringLiteral("influence-persuasion"), QStringLiteral("adaptability-innovation")};
const QStringList ManageSkills = {QStringLiteral("organisational-efficiency"), QStringLiteral("problem-solving-decisions"),
                                  QStringLiteral("performance-accountability"), QStringLiteral("communication-clarity")};

QString itemId(const QString &skill, int n)
{
    return skill + QLatin1Char('.') + QString::number(n);
}

// Answers for a skill's four statements; the fourth is the reverse-keyed one in the built-in
// model (checked by the fixture).
void answerSkill(Answers &answers, const QString &skill, int a1, int a2, int a3, int reversed4)
{
    answers.insert(itemId(skill, 1), a1);
    answers.insert(itemId(skill, 2), a2);
    answers.insert(itemId(skill, 3), a3);
    answers.insert(itemId(skill, 4), reversed4);
}

// Every statement answered so that each item scores `score`: plain statements get x, the
// reverse-keyed one 6 − x.
void answerSkillEvenly(Answers &answers, const QString &skill, int x)
{
    answerSkill(answers, skill, x, x, x, 6 - x);
}

QString pulseId(const QString &skill)
{
    return QStringLiteral("pulse.") + skill;
}

class ScoringTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // The hand-computed numbers below rely on this layout of the built-in model.
        for (const QStringList *skills : {&LeadSkills, &ManageSkills}) {
            for (const QString &id : *skills) {
                const Skill *skill = model.skill(id);
                ASSERT_NE(skill, nullptr) << qPrintable(id);
                ASSERT_EQ(skill->items.size(), 4) << qPrintable(id);
                for (int i = 0; i < 4; ++i) {
                    ASSERT_EQ(skill->items.at(i).id, itemId(id, i + 1));
                    ASSERT_EQ(skill->items.at(i).reverse, i == 3) << qPrintable(skill->items.at(i).id);
                }
            }
        }
        ASSERT_EQ(model.skills.size(), 8);
        ASSERT_EQ(model.skills.at(0).id, LeadSkills.at(0));
        ASSERT_EQ(model.skills.at(4).id, ManageSkills.at(0));
        const Contrast *contrast = model.contrast(QStringLiteral("vision-execution"));
        ASSERT_NE(contrast, nullptr);
        for (const Item &item : contrast->leadPole.items + contrast->managePole.items)
            ASSERT_FALSE(item.reverse) << qPrintable(item.id);
    }

    const SkillModel &model = SkillModel::builtin();
    Scorer scorer{SkillModel::builtin()};
};

} // namespace

TEST(ItemScoreTest, MapsTheFivePointScaleOntoZeroToHundred)
{
    EXPECT_DOUBLE_EQ(Scorer::itemScore(1, false), 0.0);
    EXPECT_DOUBLE_EQ(Scorer::itemScore(2, false), 25.0);
    EXPECT_DOUBLE_EQ(Scorer::itemScore(3, false), 50.0);
    EXPECT_DOUBLE_EQ(Scorer::itemScore(5, false), 100.0);
    // Reverse-keyed: x counts as 6 − x.
    EXPECT_DOUBLE_EQ(Scorer::itemScore(2, true), 75.0);
    EXPECT_DOUBLE_EQ(Scorer::itemScore(1, true), 100.0);
    EXPECT_DOUBLE_EQ(Scorer::itemScore(5, true), 0.0);
    EXPECT_DOUBLE_EQ(Scorer::itemScore(3, true), 50.0);
}

TEST_F(ScoringTest, UniformAnswersGiveSeventyFiveEverywhere)
{
    // 4 on every plain statement and 2 on every reverse-keyed one: each item scores 75.
    Answers answers;
    for (const QString &skill : LeadSkills + ManageSkills)
        answerSkill(answers, skill, 4, 4, 4, 2);
    const Profile p = scorer.score(answers, AssessmentKind::Full);
    EXPECT_EQ(p.kind, AssessmentKind::Full);
    ASSERT_EQ(p.skills.size(), 8);
    for (auto it = p.skills.cbegin(); it != p.skills.cend(); ++it)
        EXPECT_NEAR(*it, 75.0, Tolerance) << qPrintable(it.key());
    ASSERT_TRUE(p.leadership.has_value());
    ASSERT_TRUE(p.management.has_value());
    ASSERT_TRUE(p.balance.has_value());
    EXPECT_NEAR(*p.leadership, 75.0, Tolerance);
    EXPECT_NEAR(*p.management, 75.0, Tolerance);
    EXPECT_NEAR(*p.balance, 0.0, Tolerance);
    ASSERT_TRUE(p.label.has_value());
    EXPECT_EQ(p.label->key(), QStringLiteral("balanced-strong"));
    EXPECT_EQ(p.label->text(), QStringLiteral("Balanced, strong"));
    // A flat profile has no standout strength and no lagging growth area.
    EXPECT_TRUE(p.strengths.isEmpty()) << qPrintable(p.strengths.join(QLatin1Char(',')));
    EXPECT_TRUE(p.growthAreas.isEmpty()) << qPrintable(p.growthAreas.join(QLatin1Char(',')));
    // No pole was answered, so there are no pole scores.
    EXPECT_TRUE(p.leadPoles.isEmpty());
    EXPECT_TRUE(p.managePoles.isEmpty());
}

TEST_F(ScoringTest, WorkedExample)
{
    Answers answers;
    // visionary-thinking:        5,4,3, rev 1 → 100, 75, 50, 100        → 325/4 = 81.25
    answerSkill(answers, LeadSkills[0], 5, 4, 3, 1);
    // emotional-intelligence:    4,4,4, rev 4 →  75, 75, 75,  25        → 250/4 = 62.5
    answerSkill(answers, LeadSkills[1], 4, 4, 4, 4);
    // influence-persuasion:      3,2,3, rev 3 →  50, 25, 50,  50        → 175/4 = 43.75
    answerSkill(answers, LeadSkills[2], 3, 2, 3, 3);
    // adaptability-innovation:   5,5,4, rev 2 → 100,100, 75,  75        → 350/4 = 87.5
    answerSkill(answers, LeadSkills[3], 5, 5, 4, 2);
    // organisational-efficiency: 2,2,1, rev 5 →  25, 25,  0,   0        →  50/4 = 12.5
    answerSkill(answers, ManageSkills[0], 2, 2, 1, 5);
    // problem-solving-decisions: 3,3,3, rev 3 →  50 each                 → 50
    answerSkill(answers, ManageSkills[1], 3, 3, 3, 3);
    // performance-accountability:4,3,2, rev 4 →  75, 50, 25,  25        → 175/4 = 43.75
    answerSkill(answers, ManageSkills[2], 4, 3, 2, 4);
    // communication-clarity:     5,4,4, rev 3 → 100, 75, 75,  50        → 300/4 = 75
    answerSkill(answers, ManageSkills[3], 5, 4, 4, 3);
    // vision-execution poles: lead 5,4 → 87.5; manage 2,3 → 37.5
    answers.insert(QStringLiteral("vision-execution.lead.1"), 5);
    answers.insert(QStringLiteral("vision-execution.lead.2"), 4);
    answers.insert(QStringLiteral("vision-execution.manage.1"), 2);
    answers.insert(QStringLiteral("vision-execution.manage.2"), 3);

    const Profile p = scorer.score(answers, AssessmentKind::Full);
    EXPECT_NEAR(p.skills.value(LeadSkills[0]), 81.25, Tolerance);
    EXPECT_NEAR(p.skills.value(LeadSkills[1]), 62.5, Tolerance);
    EXPECT_NEAR(p.skills.value(LeadSkills[2]), 43.75, Tolerance);
    EXPECT_NEAR(p.skills.value(LeadSkills[3]), 87.5, Tolerance);
    EXPECT_NEAR(p.skills.value(ManageSkills[0]), 12.5, Tolerance);
    EXPECT_NEAR(p.skills.value(ManageSkills[1]), 50.0, Tolerance);
    EXPECT_NEAR(p.skills.value(ManageSkills[2]), 43.75, Tolerance);
    EXPECT_NEAR(p.skills.value(ManageSkills[3]), 75.0, Tolerance);

    // Leadership (81.25 + 62.5 + 43.75 + 87.5) / 4 = 68.75
    // Management (12.5 + 50 + 43.75 + 75) / 4 = 45.3125
    // Balance 68.75 − 45.3125 = 23.4375 > 10 → leans leading; level 57.03125 → developing.
    ASSERT_TRUE(p.leadership && p.management && p.balance && p.label);
    EXPECT_NEAR(*p.leadership, 68.75, Tolerance);
    EXPECT_NEAR(*p.management, 45.3125, Tolerance);
    EXPECT_NEAR(*p.balance, 23.4375, Tolerance);
    EXPECT_EQ(p.label->key(), QStringLiteral("leans-leading-developing"));
    EXPECT_EQ(p.label->text(), QStringLiteral("Leans leading, developing"));

    // Strengths: 87.5 (adaptability-innovation), 81.25 (visionary-thinking).
    EXPECT_EQ(p.strengths, (QStringList{LeadSkills[3], LeadSkills[0]}));
    // Growth: 12.5 (organisational-efficiency), then a tie at 43.75 that model order breaks in
    // favour of influence-persuasion (before performance-accountability).
    EXPECT_EQ(p.growthAreas, (QStringList{ManageSkills[0], LeadSkills[2]}));

    ASSERT_EQ(p.leadPoles.size(), 1);
    ASSERT_EQ(p.managePoles.size(), 1);
    EXPECT_NEAR(p.leadPoles.value(QStringLiteral("vision-execution")), 87.5, Tolerance);
    EXPECT_NEAR(p.managePoles.value(QStringLiteral("vision-execution")), 37.5, Tolerance);
}

TEST_F(ScoringTest, HalfAnsweredSkillStillScores)
{
    Answers answers;
    // Two of four: 5 and a reverse-keyed 1 → 100 and 100.
    answers.insert(itemId(LeadSkills[0], 1), 5);
    answers.insert(itemId(LeadSkills[0], 4), 1);
    // Two of four: 1 and a reverse-keyed 1 → 0 and 100 → 50.
    answers.insert(itemId(LeadSkills[1], 2), 1);
    answers.insert(itemId(LeadSkills[1], 4), 1);
    // One of four: not enough to say anything.
    answers.insert(itemId(LeadSkills[2], 1), 5);
    const Profile p = scorer.score(answers, AssessmentKind::Full);
    EXPECT_NEAR(p.skills.value(LeadSkills[0], -1), 100.0, Tolerance);
    EXPECT_NEAR(p.skills.value(LeadSkills[1], -1), 50.0, Tolerance);
    EXPECT_FALSE(p.skills.contains(LeadSkills[2]));
    EXPECT_EQ(p.skills.size(), 2);
}

TEST_F(ScoringTest, OutOfRangeAnswersCountAsUnanswered)
{
    Answers answers;
    // 0 and 6 are ignored; 5 and reverse-keyed 1 remain: two of four → 100.
    answerSkill(answers, LeadSkills[0], 0, 6, 5, 1);
    // Only one valid answer remains (the 2 → 25): fewer than half → no score.
    answerSkill(answers, LeadSkills[1], -3, 2, 7, 0);
    const Profile p = scorer.score(answers, AssessmentKind::Full);
    EXPECT_NEAR(p.skills.value(LeadSkills[0], -1), 100.0, Tolerance);
    EXPECT_FALSE(p.skills.contains(LeadSkills[1]));
}

TEST(ScaleScoreTest, NeedsAtLeastHalfOfTheStatements)
{
    const QList<Item> items = {{QStringLiteral("a"), QStringLiteral("A"), false, {}},
                               {QStringLiteral("b"), QStringLiteral("B"), false, {}},
                               {QStringLiteral("c"), QStringLiteral("C"), true, {}}};
    EXPECT_FALSE(Scorer::scaleScore(items, {}).has_value());
    // One of three is fewer than half.
    EXPECT_FALSE(Scorer::scaleScore(items, {{QStringLiteral("a"), 5}}).has_value());
    // Two of three: 4 → 75 and reverse 4 → 25, mean 50.
    const auto two = Scorer::scaleScore(items, {{QStringLiteral("a"), 4}, {QStringLiteral("c"), 4}});
    ASSERT_TRUE(two.has_value());
    EXPECT_NEAR(*two, 50.0, Tolerance);
    // Answers to other statements do not count.
    EXPECT_FALSE(Scorer::scaleScore(items, {{QStringLiteral("a"), 5}, {QStringLiteral("x"), 5}}).has_value());
}

TEST_F(ScoringTest, IndexNeedsThreeOfFourSkills)
{
    Answers answers;
    // Three leading skills at 50, 75, 100 → leadership 75; two managing → no management index.
    answerSkillEvenly(answers, LeadSkills[0], 3);
    answerSkillEvenly(answers, LeadSkills[1], 4);
    answerSkillEvenly(answers, LeadSkills[2], 5);
    answerSkillEvenly(answers, ManageSkills[0], 3);
    answerSkillEvenly(answers, ManageSkills[1], 3);
    const Profile p = scorer.score(answers, AssessmentKind::Full);
    ASSERT_TRUE(p.leadership.has_value());
    EXPECT_NEAR(*p.leadership, 75.0, Tolerance);
    EXPECT_FALSE(p.management.has_value());
    // Without both indices there is neither a balance nor a label.
    EXPECT_FALSE(p.balance.has_value());
    EXPECT_FALSE(p.label.has_value());
}

TEST_F(ScoringTest, NoAnswersGiveAnEmptyProfile)
{
    const Profile p = scorer.score({}, AssessmentKind::Full);
    EXPECT_TRUE(p.skills.isEmpty());
    EXPECT_FALSE(p.leadership.has_value());
    EXPECT_FALSE(p.management.has_value());
    EXPECT_FALSE(p.label.has_value());
    EXPECT_TRUE(p.strengths.isEmpty());
    EXPECT_TRUE(p.growthAreas.isEmpty());
}

TEST_F(ScoringTest, PolesAreScoredEachOnItsOwn)
{
    Answers answers;
    // Strong at both ends of change-stability: rating one end high does not lower the other.
    answers.insert(QStringLiteral("change-stability.lead.1"), 5);
    answers.insert(QStringLiteral("change-stability.lead.2"), 5);
    answers.insert(QStringLiteral("change-stability.manage.1"), 5);
    answers.insert(QStringLiteral("change-stability.manage.2"), 4);
    // risk: lead 1,2 → 0, 25 → 12.5; manage only one of two answered (3 → 50) → still half.
    answers.insert(QStringLiteral("risk.lead.1"), 1);
    answers.insert(QStringLiteral("risk.lead.2"), 2);
    answers.insert(QStringLiteral("risk.manage.1"), 3);
    const Profile p = scorer.score(answers, AssessmentKind::Full);
    EXPECT_NEAR(p.leadPoles.value(QStringLiteral("change-stability"), -1), 100.0, Tolerance);
    EXPECT_NEAR(p.managePoles.value(QStringLiteral("change-stability"), -1), 87.5, Tolerance);
    EXPECT_NEAR(p.leadPoles.value(QStringLiteral("risk"), -1), 12.5, Tolerance);
    EXPECT_NEAR(p.managePoles.value(QStringLiteral("risk"), -1), 50.0, Tolerance);
    EXPECT_EQ(p.leadPoles.size(), 2);
    EXPECT_EQ(p.managePoles.size(), 2);
    // Pole answers are not skill answers.
    EXPECT_TRUE(p.skills.isEmpty());
}

TEST_F(ScoringTest, PulseProfileComesFromPulseItems)
{
    Answers answers;
    // Leading skills 4 → 75, managing 2 → 25; pulse statements are never reverse-keyed.
    for (const QString &skill : LeadSkills)
        answers.insert(pulseId(skill), 4);
    for (const QString &skill : ManageSkills)
        answers.insert(pulseId(skill), 2);
    // Full-assessment answers in a pulse are ignored.
    answerSkillEvenly(answers, ManageSkills[0], 5);
    const Profile p = scorer.score(answers, AssessmentKind::Pulse);
    EXPECT_EQ(p.kind, AssessmentKind::Pulse);
    ASSERT_EQ(p.skills.size(), 8);
    for (const QString &skill : LeadSkills)
        EXPECT_NEAR(p.skills.value(skill), 75.0, Tolerance) << qPrintable(skill);
    for (const QString &skill : ManageSkills)
        EXPECT_NEAR(p.skills.value(skill), 25.0, Tolerance) << qPrintable(skill);
    ASSERT_TRUE(p.leadership && p.management && p.balance && p.label);
    EXPECT_NEAR(*p.leadership, 75.0, Tolerance);
    EXPECT_NEAR(*p.management, 25.0, Tolerance);
    EXPECT_NEAR(*p.balance, 50.0, Tolerance);
    // Level (75 + 25) / 2 = 50 → developing.
    EXPECT_EQ(p.label->key(), QStringLiteral("leans-leading-developing"));
    EXPECT_TRUE(p.leadPoles.isEmpty());
    EXPECT_TRUE(p.managePoles.isEmpty());

    // And pulse answers in a full assessment are ignored.
    const Profile full = scorer.score(answers, AssessmentKind::Full);
    EXPECT_EQ(full.skills.size(), 1);
    EXPECT_NEAR(full.skills.value(ManageSkills[0]), 100.0, Tolerance);
}

TEST_F(ScoringTest, PulseProfileSkipsUnansweredAndOutOfRange)
{
    Answers answers;
    answers.insert(pulseId(LeadSkills[0]), 5);
    answers.insert(pulseId(LeadSkills[1]), 0);
    answers.insert(pulseId(LeadSkills[2]), 6);
    const Profile p = scorer.score(answers, AssessmentKind::Pulse);
    EXPECT_EQ(p.skills.size(), 1);
    EXPECT_NEAR(p.skills.value(LeadSkills[0]), 100.0, Tolerance);
    EXPECT_FALSE(p.leadership.has_value());
}

TEST(ProfileLabelTest, ThresholdsAreTheDocumentedOnes)
{
    EXPECT_DOUBLE_EQ(Scorer::BalancedBand, 10.0);
    EXPECT_DOUBLE_EQ(Scorer::EmergingBelow, 40.0);
    EXPECT_DOUBLE_EQ(Scorer::StrongFrom, 70.0);
}

TEST(ProfileLabelTest, BalanceBoundary)
{
    // Exactly BalancedBand apart is still balanced; a little more leans.
    EXPECT_EQ(Scorer::labelFor(50.0 + Scorer::BalancedBand, 50.0).orientation, Orientation::Balanced);
    EXPECT_EQ(Scorer::labelFor(50.0, 50.0 + Scorer::BalancedBand).orientation, Orientation::Balanced);
    EXPECT_EQ(Scorer::labelFor(50.5 + Scorer::BalancedBand, 50.0).orientation, Orientation::LeansLeading);
    EXPECT_EQ(Scorer::labelFor(50.0, 50.5 + Scorer::BalancedBand).orientation, Orientation::LeansManaging);
}

TEST(ProfileLabelTest, DevelopmentBoundaries)
{
    // The level is the mean of both indices.
    EXPECT_EQ(Scorer::labelFor(Scorer::EmergingBelow, Scorer::EmergingBelow).development, Development::Developing);
    EXPECT_EQ(Scorer::labelFor(Scorer::EmergingBelow - 1.0, Scorer::EmergingBelow).development, Development::Emerging);
    EXPECT_EQ(Scorer::labelFor(Scorer::StrongFrom, Scorer::StrongFrom).development, Development::Strong);
    EXPECT_EQ(Scorer::labelFor(Scorer::StrongFrom - 1.0, Scorer::StrongFrom).development, Development::Developing);
    // 100 and 40: level exactly 70 → strong, balance 60 → leans leading.
    EXPECT_EQ(Scorer::labelFor(100.0, 40.0).key(), QStringLiteral("leans-leading-strong"));
    EXPECT_EQ(Scorer::labelFor(0.0, 20.0).key(), QStringLiteral("leans-managing-emerging"));
    EXPECT_EQ(Scorer::labelFor(0.0, 20.0).text(), QStringLiteral("Leans managing, emerging"));
    EXPECT_EQ(Scorer::labelFor(45.0, 45.0).key(), QStringLiteral("balanced-developing"));
}

TEST_F(ScoringTest, StrengthTiesGoInModelOrder)
{
    Answers answers;
    for (const QString &skill : LeadSkills + ManageSkills)
        answerSkillEvenly(answers, skill, 3); // 50
    // Three skills tie at 100: the first two in model order are the strengths.
    answerSkillEvenly(answers, LeadSkills[0], 5);
    answerSkillEvenly(answers, LeadSkills[2], 5);
    answerSkillEvenly(answers, ManageSkills[3], 5);
    const Profile p = scorer.score(answers, AssessmentKind::Full);
    EXPECT_EQ(p.strengths, (QStringList{LeadSkills[0], LeadSkills[2]}));
    // Five tie at 50: the first two in model order are the growth areas.
    EXPECT_EQ(p.growthAreas, (QStringList{LeadSkills[1], LeadSkills[3]}));
}

TEST_F(ScoringTest, OneLowSkillIsTheOnlyGrowthArea)
{
    Answers answers;
    for (const QString &skill : LeadSkills + ManageSkills)
        answerSkillEvenly(answers, skill, 4); // 75
    answerSkillEvenly(answers, ManageSkills[1], 2); // 25
    const Profile p = scorer.score(answers, AssessmentKind::Full);
    // Seven skills share the top; only one trails it.
    EXPECT_EQ(p.growthAreas, (QStringList{ManageSkills[1]}));
    EXPECT_EQ(p.strengths, (QStringList{LeadSkills[0], LeadSkills[1]}));
}

TEST_F(ScoringTest, OneHighSkillIsTheOnlyStrength)
{
    Answers answers;
    for (const QString &skill : LeadSkills + ManageSkills)
        answerSkillEvenly(answers, skill, 2); // 25
    answerSkillEvenly(answers, ManageSkills[2], 5); // 100
    const Profile p = scorer.score(answers, AssessmentKind::Full);
    EXPECT_EQ(p.strengths, (QStringList{ManageSkills[2]}));
    EXPECT_EQ(p.growthAreas, (QStringList{LeadSkills[0], LeadSkills[1]}));
}

TEST_F(ScoringTest, SingleSkillNamesNeitherStrengthNorGrowth)
{
    Answers answers;
    answerSkillEvenly(answers, LeadSkills[0], 5);
    const Profile p = scorer.score(answers, AssessmentKind::Full);
    EXPECT_TRUE(p.strengths.isEmpty());
    EXPECT_TRUE(p.growthAreas.isEmpty());
}

TEST(ChangeRuleTest, SemAndMdcMatchHandComputedValues)
{
    // SEM = SD · √(1 − r); MDC95 = 1.96 · √2 · SEM.
    // Skill: 15 · √0.2 = 6.708204; · 2.771859 = 18.594193
    EXPECT_NEAR(ChangeRules::Skill.sem(), 6.708204, 1e-6);
    EXPECT_NEAR(ChangeRules::Skill.mdc95(), 18.594193, 1e-6);
    // Pulse: 20 · √0.4 = 12.649111 → 35.061546
    EXPECT_NEAR(ChangeRules::Pulse.sem(), 12.649111, 1e-6);
    EXPECT_NEAR(ChangeRules::Pulse.mdc95(), 35.061546, 1e-6);
    // Index: 12 · √0.1 = 3.794733 → 10.518464
    EXPECT_NEAR(ChangeRules::Index.sem(), 3.794733, 1e-6);
    EXPECT_NEAR(ChangeRules::Index.mdc95(), 10.518464, 1e-6);
    // PulseIndex: 14 · √0.25 = 7 → 19.403010
    EXPECT_NEAR(ChangeRules::PulseIndex.sem(), 7.0, 1e-9);
    EXPECT_NEAR(ChangeRules::PulseIndex.mdc95(), 19.403010, 1e-6);
    // Balance: 14 · √0.2 = 6.260990 → 17.354580
    EXPECT_NEAR(ChangeRules::Balance.sem(), 6.260990, 1e-6);
    EXPECT_NEAR(ChangeRules::Balance.mdc95(), 17.354580, 1e-6);
    // Pole: 18 · √0.3 = 9.859006 → 27.327770
    EXPECT_NEAR(ChangeRules::Pole.sem(), 9.859006, 1e-6);
    EXPECT_NEAR(ChangeRules::Pole.mdc95(), 27.327770, 1e-6);
}

TEST(ChangeRuleTest, CompareScoresAroundTheThreshold)
{
    // Skill MDC95 = 18.594193.
    const Change below = compareScores(40.0, 58.59, ChangeRules::Skill);
    EXPECT_NEAR(below.delta, 18.59, 1e-9);
    EXPECT_FALSE(below.meaningful);
    const Change above = compareScores(40.0, 58.60, ChangeRules::Skill);
    EXPECT_TRUE(above.meaningful);
    const Change down = compareScores(58.60, 40.0, ChangeRules::Skill);
    EXPECT_NEAR(down.delta, -18.60, 1e-9);
    EXPECT_TRUE(down.meaningful);
    EXPECT_FALSE(compareScores(58.59, 40.0, ChangeRules::Skill).meaningful);
    EXPECT_FALSE(compareScores(50.0, 50.0, ChangeRules::Skill).meaningful);
    // Index MDC95 = 10.518464.
    EXPECT_FALSE(compareScores(60.0, 70.51, ChangeRules::Index).meaningful);
    EXPECT_TRUE(compareScores(60.0, 70.52, ChangeRules::Index).meaningful);
}

TEST_F(ScoringTest, CompareFullProfilesUsesFullRules)
{
    Answers before;
    for (const QString &skill : LeadSkills + ManageSkills)
        answerSkillEvenly(before, skill, 3); // all 50
    Answers after = before;
    answerSkillEvenly(after, LeadSkills[0], 4); // 50 → 75
    answerSkillEvenly(after, LeadSkills[1], 4); // 50 → 75
    const ProfileChanges c = scorer.compare(scorer.score(before, AssessmentKind::Full),
                                            scorer.score(after, AssessmentKind::Full));
    // +25 on a skill beats 18.59; leadership +12.5 beats 10.52; balance +12.5 stays under 17.35.
    ASSERT_EQ(c.skills.size(), 8);
    EXPECT_NEAR(c.skills.value(LeadSkills[0]).delta, 25.0, Tolerance);
    EXPECT_TRUE(c.skills.value(LeadSkills[0]).meaningful);
    EXPECT_FALSE(c.skills.value(LeadSkills[2]).meaningful);
    ASSERT_TRUE(c.leadership && c.management && c.balance);
    EXPECT_NEAR(c.leadership->delta, 12.5, Tolerance);
    EXPECT_TRUE(c.leadership->meaningful);
    EXPECT_FALSE(c.management->meaningful);
    EXPECT_NEAR(c.balance->delta, 12.5, Tolerance);
    EXPECT_FALSE(c.balance->meaningful);
}

TEST_F(ScoringTest, ComparePulseProfilesUsesPulseRules)
{
    Answers before;
    for (const QString &skill : LeadSkills + ManageSkills)
        before.insert(pulseId(skill), 3); // all 50
    Answers after = before;
    after.insert(pulseId(LeadSkills[0]), 4); // 50 → 75
    after.insert(pulseId(LeadSkills[1]), 4); // 50 → 75
    after.insert(pulseId(ManageSkills[0]), 5); // 50 → 100
    const ProfileChanges c = scorer.compare(scorer.score(before, AssessmentKind::Pulse),
                                            scorer.score(after, AssessmentKind::Pulse));
    // The same +25 that is real in a full assessment is noise from a single pulse statement
    // (MDC95 35.06); +50 is not.
    EXPECT_NEAR(c.skills.value(LeadSkills[0]).delta, 25.0, Tolerance);
    EXPECT_FALSE(c.skills.value(LeadSkills[0]).meaningful);
    EXPECT_TRUE(c.skills.value(ManageSkills[0]).meaningful);
    // Leadership +12.5 is under the pulse index's 19.40 (it would be real for a full index).
    ASSERT_TRUE(c.leadership.has_value());
    EXPECT_NEAR(c.leadership->delta, 12.5, Tolerance);
    EXPECT_FALSE(c.leadership->meaningful);
    // No poles in a pulse, so no pole changes.
    EXPECT_TRUE(c.leadPoles.isEmpty());
    EXPECT_TRUE(c.managePoles.isEmpty());
}

TEST_F(ScoringTest, CompareSkipsScoresMissingOnEitherSide)
{
    Answers before;
    answerSkillEvenly(before, LeadSkills[0], 1);
    Answers after;
    answerSkillEvenly(after, LeadSkills[0], 5);
    answerSkillEvenly(after, LeadSkills[1], 5);
    after.insert(QStringLiteral("risk.lead.1"), 5);
    after.insert(QStringLiteral("risk.lead.2"), 5);
    const ProfileChanges c = scorer.compare(scorer.score(before, AssessmentKind::Full),
                                            scorer.score(after, AssessmentKind::Full));
    EXPECT_EQ(c.skills.size(), 1);
    EXPECT_NEAR(c.skills.value(LeadSkills[0]).delta, 100.0, Tolerance);
    EXPECT_TRUE(c.skills.value(LeadSkills[0]).meaningful);
    EXPECT_FALSE(c.leadership.has_value());
    EXPECT_TRUE(c.leadPoles.isEmpty());
}
