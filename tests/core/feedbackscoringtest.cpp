// Self against others: the gap rules of docs/feedback.md against numbers worked out by hand, so
// that a change to the formula or the constants shows up as a wrong verdict a user would read.
#include "feedbackscoring.h"

#include "feedback.h"
#include "qtprinters.h"
#include "scoring.h"
#include "skillmodel.h"

#include <cmath>

#include <gtest/gtest.h>

using namespace tandem::core;

namespace {

// The table's numbers are given to two decimals.
constexpr double Near = 0.005;
constexpr double Exact = 1e-9;

const QString TheSkill = QStringLiteral("emotional-intelligence");
const QStringList LeadSkills = { QStringLiteral("visionary-thinking"), QStringLiteral("emotional-intelligence"),
                                 QStringLiteral("influence-persuasion"), QStringLiteral("adaptability-innovation") };
constexpr int CantSay = 0;

QString itemId(const QString &skill, int n)
{
    return skill + QLatin1Char('.') + QString::number(n);
}

QStringList itemsOf(const QString &skill)
{
    return { itemId(skill, 1), itemId(skill, 2), itemId(skill, 3), itemId(skill, 4) };
}

// One rater's answers to a skill's four statements, given as keyed values (what the answer counts
// as: statement 4 is reverse-keyed, so keyed 4 is the answer 2); CantSay gives "can't say".
void rate(FeedbackAnswers &answers, const QString &skill, const QList<int> &keyed)
{
    for (int i = 0; i < 4; ++i) {
        const int k = keyed.at(i);
        answers.insert(itemId(skill, i + 1), k == CantSay ? std::nullopt : std::optional<int>(i == 3 ? 6 - k : k));
    }
}

FeedbackAnswers rater(const QString &skill, const QList<int> &keyed)
{
    FeedbackAnswers answers;
    rate(answers, skill, keyed);
    return answers;
}

// The user's own answers, keyed like `rate`.
void rateSelf(Answers &answers, const QString &skill, const QList<int> &keyed)
{
    for (int i = 0; i < 4; ++i) {
        if (keyed.at(i) != CantSay)
            answers.insert(itemId(skill, i + 1), i == 3 ? 6 - keyed.at(i) : keyed.at(i));
    }
}

Answers selfAll(const QString &skill, int keyed)
{
    Answers answers;
    rateSelf(answers, skill, { keyed, keyed, keyed, keyed });
    return answers;
}

// Keyed answers that give a skill score: 25 points per keyed step, spread over four statements.
const QList<int> S25 = { 2, 2, 2, 2 };
const QList<int> S50 = { 3, 3, 3, 3 };
const QList<int> S56 = { 4, 3, 3, 3 }; // 56.25
const QList<int> S62 = { 4, 4, 3, 3 }; // 62.5
const QList<int> S68 = { 4, 4, 4, 3 }; // 68.75
const QList<int> S75 = { 4, 4, 4, 4 };
const QList<int> S81 = { 5, 4, 4, 4 }; // 81.25
const QList<int> S100 = { 5, 5, 5, 5 };

class FeedbackScoringTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // The hand-computed numbers rely on this layout of the built-in model.
        for (const QString &id : LeadSkills) {
            const tandem::core::Skill *skill = model.skill(id);
            ASSERT_NE(skill, nullptr) << qPrintable(id);
            ASSERT_EQ(skill->role, Role::Lead);
            ASSERT_EQ(skill->items.size(), 4) << qPrintable(id);
            for (int i = 0; i < 4; ++i) {
                ASSERT_EQ(skill->items.at(i).id, itemId(id, i + 1));
                ASSERT_EQ(skill->items.at(i).reverse, i == 3) << qPrintable(skill->items.at(i).id);
            }
        }
        ASSERT_EQ(model.skillsOf(Role::Lead).size(), 4);
    }

    // One skill asked, the given raters' keyed answers, and self when given.
    ScoreGap oneSkill(const QList<QList<int>> &raters, const std::optional<Answers> &self) const
    {
        QList<FeedbackAnswers> responses;
        for (const QList<int> &keyed : raters)
            responses.append(rater(TheSkill, keyed));
        const FeedbackResults results = scoreFeedback(model, itemsOf(TheSkill), responses, self);
        EXPECT_EQ(results.responses, raters.size());
        EXPECT_EQ(results.skills.size(), 1);
        EXPECT_TRUE(results.poles.isEmpty());
        EXPECT_FALSE(results.leadership.has_value());
        EXPECT_FALSE(results.management.has_value());
        return results.skills.value(0);
    }

    const SkillModel &model = SkillModel::builtin();
};

} // namespace

TEST(FeedbackGapThresholdTest, MatchesTheDocumentedTable)
{
    // n = 1 with no spread is exactly the change rule between two assessments.
    EXPECT_NEAR(gapThreshold(ChangeRules::Skill, 1, 0), ChangeRules::Skill.mdc95(), Exact);
    EXPECT_NEAR(gapThreshold(ChangeRules::Skill, 1, 0), 18.59, Near);
    EXPECT_NEAR(gapThreshold(ChangeRules::Skill, 3, 0), 15.18, Near);
    EXPECT_NEAR(gapThreshold(ChangeRules::Skill, 3, ChangeRules::Skill.sem()), 15.18, Near);
    EXPECT_NEAR(gapThreshold(ChangeRules::Skill, 5, 0), 14.40, Near);
    EXPECT_NEAR(gapThreshold(ChangeRules::Skill, 10, 0), 13.79, Near);
    EXPECT_NEAR(gapThreshold(ChangeRules::Skill, 3, 26), 32.23, Near);
    EXPECT_NEAR(gapThreshold(ChangeRules::Pole, 3, 0), 22.31, Near);
    EXPECT_NEAR(gapThreshold(ChangeRules::Index, 3, 0), 8.59, Near);
    // Agreeing raters never make the band narrower than self's own noise.
    EXPECT_GT(gapThreshold(ChangeRules::Skill, 1000000, 0), 1.96 * ChangeRules::Skill.sem());
    EXPECT_NEAR(gapThreshold(ChangeRules::Skill, 1000000, 0), 1.96 * ChangeRules::Skill.sem(), 0.01);
    // The spread counts only above the floor.
    EXPECT_NEAR(othersStandardError(ChangeRules::Skill, 4, 3), ChangeRules::Skill.sem() / 2, Exact);
    EXPECT_NEAR(othersStandardError(ChangeRules::Skill, 4, 20), 10.0, Exact);
    EXPECT_EQ(gapRuleFor(GapKind::Pole).sem(), ChangeRules::Pole.sem());
    EXPECT_EQ(gapRuleFor(GapKind::Index).sem(), ChangeRules::Index.sem());
}

TEST_F(FeedbackScoringTest, TwoRatersShowNothingAboutOthers)
{
    const ScoreGap gap = oneSkill({ S62, S50 }, selfAll(TheSkill, 4));
    EXPECT_EQ(gap.id, TheSkill);
    EXPECT_EQ(gap.kind, GapKind::Skill);
    EXPECT_EQ(gap.raters, 2);
    EXPECT_EQ(gap.verdict, GapVerdict::TooFewRaters);
    EXPECT_FALSE(gap.othersMean.has_value());
    EXPECT_FALSE(gap.othersSpread.has_value());
    EXPECT_FALSE(gap.gap().has_value());
    EXPECT_EQ(gap.threshold, 0.0);
    EXPECT_FALSE(gap.disagree);
    // The user's own score is theirs to see.
    ASSERT_TRUE(gap.self.has_value());
    EXPECT_NEAR(*gap.self, 75.0, Exact);
}

TEST_F(FeedbackScoringTest, ASmallGapIsWithinNoise)
{
    const ScoreGap gap = oneSkill({ S62, S62, S68 }, selfAll(TheSkill, 4));
    EXPECT_EQ(gap.raters, 3);
    ASSERT_TRUE(gap.othersMean && gap.othersSpread && gap.gap());
    EXPECT_NEAR(*gap.othersMean, 64.58, Near);
    EXPECT_NEAR(*gap.othersSpread, 3.61, Near);
    EXPECT_NEAR(*gap.gap(), -10.42, Near);
    EXPECT_NEAR(gap.threshold, 15.18, Near);
    EXPECT_EQ(gap.verdict, GapVerdict::WithinNoise);
    EXPECT_FALSE(gap.disagree);
}

TEST_F(FeedbackScoringTest, OthersSeeingClearlyLessIsABlindSpot)
{
    const ScoreGap gap = oneSkill({ S50, S50, S56 }, selfAll(TheSkill, 4));
    ASSERT_TRUE(gap.othersMean && gap.othersSpread && gap.gap());
    EXPECT_NEAR(*gap.othersMean, 52.08, Near);
    EXPECT_NEAR(*gap.othersSpread, 3.61, Near);
    EXPECT_NEAR(*gap.gap(), -22.92, Near);
    EXPECT_NEAR(gap.threshold, 15.18, Near);
    EXPECT_EQ(gap.verdict, GapVerdict::BlindSpot);
    EXPECT_FALSE(gap.disagree);
}

TEST_F(FeedbackScoringTest, RatersWhoDisagreeWidenTheBand)
{
    // The same gap as a blind spot would be one, but the raters' spread is beyond noise.
    const ScoreGap gap = oneSkill({ S25, S75, S62 }, selfAll(TheSkill, 4));
    ASSERT_TRUE(gap.othersMean && gap.othersSpread && gap.gap());
    EXPECT_NEAR(*gap.othersMean, 54.17, Near);
    EXPECT_NEAR(*gap.othersSpread, 26.02, Near);
    EXPECT_NEAR(*gap.gap(), -20.83, Near);
    EXPECT_NEAR(gap.threshold, 32.25, Near);
    EXPECT_EQ(gap.verdict, GapVerdict::WithinNoise);
    EXPECT_TRUE(gap.disagree);
}

TEST_F(FeedbackScoringTest, ASpreadAboveNoiseWidensTheBandBeforeItCountsAsDisagreement)
{
    // s = 9.55 lies between SEM (6.71) and 2 · SEM (13.42): it widens T beyond 15.18, but the
    // raters do not yet disagree.
    const ScoreGap gap = oneSkill({ S50, S62, S68 }, selfAll(TheSkill, 4));
    ASSERT_TRUE(gap.othersMean && gap.othersSpread && gap.gap());
    EXPECT_NEAR(*gap.othersMean, 60.42, Near);
    EXPECT_NEAR(*gap.othersSpread, 9.55, Near);
    EXPECT_NEAR(*gap.gap(), -14.58, Near);
    EXPECT_NEAR(gap.threshold, 17.02, Near);
    EXPECT_EQ(gap.verdict, GapVerdict::WithinNoise);
    EXPECT_FALSE(gap.disagree);
}

TEST_F(FeedbackScoringTest, OthersSeeingClearlyMoreIsAHiddenStrength)
{
    const ScoreGap gap = oneSkill({ S75, S68, S75, S81, S75 }, selfAll(TheSkill, 3));
    EXPECT_EQ(gap.raters, 5);
    ASSERT_TRUE(gap.othersMean && gap.othersSpread && gap.gap() && gap.self);
    EXPECT_NEAR(*gap.self, 50.0, Exact);
    EXPECT_NEAR(*gap.othersMean, 75.0, Near);
    EXPECT_NEAR(*gap.othersSpread, 4.42, Near);
    EXPECT_NEAR(*gap.gap(), 25.0, Near);
    EXPECT_NEAR(gap.threshold, 14.40, Near);
    EXPECT_EQ(gap.verdict, GapVerdict::HiddenStrength);
    EXPECT_FALSE(gap.disagree);
}

TEST_F(FeedbackScoringTest, ARaterCountsForASkillOnlyWithHalfItsStatements)
{
    // A fourth rater who rated one of four statements (100) does not count: the mean stays that
    // of the three others.
    const ScoreGap one = oneSkill({ S50, S50, S56, { 5, CantSay, CantSay, CantSay } }, selfAll(TheSkill, 4));
    EXPECT_EQ(one.raters, 3);
    ASSERT_TRUE(one.othersMean.has_value());
    EXPECT_NEAR(*one.othersMean, 52.08, Near);
    // With two of four answered the rater counts, and their 100 pulls the mean up.
    const ScoreGap two = oneSkill({ S50, S50, S56, { 5, 5, CantSay, CantSay } }, selfAll(TheSkill, 4));
    EXPECT_EQ(two.raters, 4);
    ASSERT_TRUE(two.othersMean.has_value());
    EXPECT_NEAR(*two.othersMean, (50 + 50 + 56.25 + 100) / 4, Exact);
    // Two raters and one who said "can't say" to almost everything are still too few.
    const ScoreGap few = oneSkill({ S50, S56, { CantSay, CantSay, CantSay, 4 } }, selfAll(TheSkill, 4));
    EXPECT_EQ(few.raters, 2);
    EXPECT_EQ(few.verdict, GapVerdict::TooFewRaters);
    EXPECT_FALSE(few.othersMean.has_value());
}

TEST_F(FeedbackScoringTest, AnswersOutsideTheScaleCountAsUnanswered)
{
    FeedbackAnswers odd = rater(TheSkill, S50);
    odd.insert(itemId(TheSkill, 1), 9);
    odd.insert(itemId(TheSkill, 2), 0);
    odd.insert(itemId(TheSkill, 3), -3);
    // One answer of four left: the rater does not count, and the 9 never reaches a mean.
    const ScoreGap gap
        = scoreFeedback(model, itemsOf(TheSkill), { rater(TheSkill, S50), rater(TheSkill, S50), odd }, {})
              .skills.value(0);
    EXPECT_EQ(gap.raters, 2);
    EXPECT_EQ(gap.verdict, GapVerdict::TooFewRaters);
}

TEST_F(FeedbackScoringTest, WithoutASelfScoreOthersAreStillShown)
{
    const ScoreGap none = oneSkill({ S50, S50, S56 }, std::nullopt);
    EXPECT_EQ(none.verdict, GapVerdict::NoSelf);
    EXPECT_FALSE(none.self.has_value());
    EXPECT_FALSE(none.gap().has_value());
    ASSERT_TRUE(none.othersMean.has_value());
    EXPECT_NEAR(*none.othersMean, 52.08, Near);
    EXPECT_NEAR(gapThreshold(ChangeRules::Skill, 3, *none.othersSpread), none.threshold, Exact);
    EXPECT_NEAR(none.threshold, 15.18, Near);

    // A self assessment that answered too little of the skill is no self score either.
    Answers sparse;
    rateSelf(sparse, TheSkill, { 4, CantSay, CantSay, CantSay });
    EXPECT_EQ(oneSkill({ S50, S50, S56 }, sparse).verdict, GapVerdict::NoSelf);
}

TEST_F(FeedbackScoringTest, SelfIsScoredOnTheStatementsTheRoundAsked)
{
    // The round asked two of the skill's four statements; self rated those 4 and the others 1.
    const QStringList asked = { itemId(TheSkill, 1), itemId(TheSkill, 2) };
    Answers self;
    rateSelf(self, TheSkill, { 4, 4, 1, 1 });
    const QList<FeedbackAnswers> responses = { rater(TheSkill, S75), rater(TheSkill, S75), rater(TheSkill, S75) };
    const FeedbackResults results = scoreFeedback(model, asked, responses, self);
    ASSERT_EQ(results.skills.size(), 1);
    const ScoreGap &gap = results.skills.first();
    ASSERT_TRUE(gap.self && gap.gap());
    EXPECT_NEAR(*gap.self, 75.0, Exact);
    EXPECT_NEAR(*gap.gap(), 0.0, Exact);
    EXPECT_EQ(gap.verdict, GapVerdict::WithinNoise);
}

TEST_F(FeedbackScoringTest, TheIndexIsEachRatersMeanOfTheSkillsAsked)
{
    // Three of the four leading skills asked: a leadership index, no management index.
    const QStringList asked = itemsOf(LeadSkills.at(0)) + itemsOf(LeadSkills.at(1)) + itemsOf(LeadSkills.at(2));
    QList<FeedbackAnswers> responses(4);
    const QList<QList<QList<int>>> keyed = {
        { S75, S75, S75 }, // index 75
        { S75, S75, S50 }, // index 66.67
        { S50, S50, S50 }, // index 50
        { S100, S100, { CantSay, CantSay, CantSay, CantSay } }, // two skills only: no index
    };
    for (int r = 0; r < 4; ++r) {
        for (int s = 0; s < 3; ++s)
            rate(responses[r], LeadSkills.at(s), keyed.at(r).at(s));
    }
    // Self 100 on the skills asked; the unasked fourth skill at 0 must not pull the index down.
    Answers self;
    for (int s = 0; s < 3; ++s)
        rateSelf(self, LeadSkills.at(s), S100);
    rateSelf(self, LeadSkills.at(3), { 1, 1, 1, 1 });

    const FeedbackResults results = scoreFeedback(model, asked, responses, self);
    EXPECT_EQ(results.skills.size(), 3);
    EXPECT_FALSE(results.management.has_value());
    ASSERT_TRUE(results.leadership.has_value());
    const ScoreGap &index = *results.leadership;
    EXPECT_EQ(index.id, QStringLiteral("leadership"));
    EXPECT_EQ(index.kind, GapKind::Index);
    EXPECT_EQ(index.raters, 3);
    ASSERT_TRUE(index.self && index.othersMean && index.othersSpread && index.gap());
    EXPECT_NEAR(*index.self, 100.0, Exact);
    EXPECT_NEAR(*index.othersMean, 63.89, Near);
    EXPECT_NEAR(*index.othersSpread, 12.73, Near);
    EXPECT_NEAR(*index.gap(), -36.11, Near);
    EXPECT_NEAR(index.threshold, 16.21, Near);
    EXPECT_EQ(index.verdict, GapVerdict::BlindSpot);
    EXPECT_TRUE(index.disagree); // 12.73 > 2 · 3.79
    // The fourth rater counts for the first two skills.
    EXPECT_EQ(results.skills.at(0).raters, 4);
    EXPECT_EQ(results.skills.at(2).raters, 3);

    // Two leading skills asked give no index.
    const FeedbackResults two
        = scoreFeedback(model, itemsOf(LeadSkills.at(0)) + itemsOf(LeadSkills.at(1)), responses, self);
    EXPECT_FALSE(two.leadership.has_value());
    EXPECT_EQ(two.skills.size(), 2);
}

TEST_F(FeedbackScoringTest, ScorerIndexOfNeedsThreeOfFourSkills)
{
    const QList<const tandem::core::Skill *> skills = model.skillsOf(Role::Lead);
    QMap<QString, double> scores { { LeadSkills.at(0), 50.0 }, { LeadSkills.at(1), 75.0 } };
    EXPECT_FALSE(Scorer::indexOf(skills, scores).has_value());
    scores.insert(LeadSkills.at(2), 100.0);
    ASSERT_TRUE(Scorer::indexOf(skills, scores).has_value());
    EXPECT_NEAR(*Scorer::indexOf(skills, scores), 75.0, Exact);
}

TEST_F(FeedbackScoringTest, PolesAreJudgedWithThePoleRule)
{
    const Contrast *contrast = model.contrast(QStringLiteral("vision-execution"));
    ASSERT_NE(contrast, nullptr);
    QStringList asked;
    for (const Item &item : contrast->leadPole.items + contrast->managePole.items)
        asked.append(item.id);
    ASSERT_EQ(asked.size(), 4);
    QList<FeedbackAnswers> responses;
    for (int r = 0; r < 3; ++r) {
        FeedbackAnswers answers;
        for (const Item &item : contrast->leadPole.items)
            answers.insert(item.id, 2); // lead pole 25
        for (const Item &item : contrast->managePole.items)
            answers.insert(item.id, r == 0 ? std::nullopt : std::optional<int>(4)); // manage pole 75, two raters
        responses.append(answers);
    }
    Answers self;
    for (const QString &id : asked)
        self.insert(id, 4); // 75 on both poles

    const FeedbackResults results = scoreFeedback(model, asked, responses, self);
    EXPECT_TRUE(results.skills.isEmpty());
    EXPECT_FALSE(results.leadership || results.management);
    ASSERT_EQ(results.poles.size(), 2);
    const ScoreGap &lead = results.poles.at(0);
    EXPECT_EQ(lead.id, contrast->id);
    EXPECT_EQ(lead.kind, GapKind::Pole);
    EXPECT_EQ(lead.role, Role::Lead);
    EXPECT_NEAR(lead.threshold, 22.31, Near);
    ASSERT_TRUE(lead.gap().has_value());
    EXPECT_NEAR(*lead.gap(), -50.0, Exact);
    EXPECT_EQ(lead.verdict, GapVerdict::BlindSpot);
    const ScoreGap &manage = results.poles.at(1);
    EXPECT_EQ(manage.role, Role::Manage);
    EXPECT_EQ(manage.raters, 2);
    EXPECT_EQ(manage.verdict, GapVerdict::TooFewRaters);
}

TEST_F(FeedbackScoringTest, StatementMeansOnlyFromThreeRaters)
{
    // Raw answers, as worded (statement 4 is reverse-keyed).
    const auto raw = [](const QList<int> &values) {
        FeedbackAnswers answers;
        for (int i = 0; i < 4; ++i)
            answers.insert(itemId(TheSkill, i + 1),
                           values.at(i) == CantSay ? std::nullopt : std::optional<int>(values.at(i)));
        return answers;
    };
    const QList<FeedbackAnswers> responses
        = { raw({ 4, 5, 3, 2 }), raw({ 3, CantSay, 3, 1 }), raw({ 5, CantSay, 2, 2 }) };
    const QStringList asked = { itemId(TheSkill, 4), itemId(TheSkill, 1), itemId(TheSkill, 2), itemId(TheSkill, 3) };
    const FeedbackResults results = scoreFeedback(model, asked, responses, std::nullopt);
    // Statement 2 was rated by one rater only: no mean of it, in any form.
    ASSERT_EQ(results.statements.size(), 3);
    EXPECT_EQ(results.statements.at(0).itemId, itemId(TheSkill, 4));
    EXPECT_EQ(results.statements.at(0).raters, 3);
    EXPECT_NEAR(results.statements.at(0).meanAnswer, 5.0 / 3, Exact);
    EXPECT_NEAR(results.statements.at(0).meanScore, 250.0 / 3, Exact); // reverse-keyed: 75, 100, 75
    EXPECT_EQ(results.statements.at(1).itemId, itemId(TheSkill, 1));
    EXPECT_NEAR(results.statements.at(1).meanAnswer, 4.0, Exact);
    EXPECT_NEAR(results.statements.at(1).meanScore, 75.0, Exact);
    EXPECT_EQ(results.statements.at(2).itemId, itemId(TheSkill, 3));
    EXPECT_NEAR(results.statements.at(2).meanAnswer, 8.0 / 3, Exact);
    EXPECT_NEAR(results.statements.at(2).meanScore, 125.0 / 3, Exact);

    // With two responses no statement has a mean.
    const FeedbackResults two = scoreFeedback(model, asked, responses.mid(0, 2), std::nullopt);
    EXPECT_EQ(two.responses, 2);
    EXPECT_TRUE(two.statements.isEmpty());
}

TEST_F(FeedbackScoringTest, OthersChangeBetweenRoundsOnlyBeyondNoise)
{
    const ScoreGap a = oneSkill({ S50, S50, S56 }, std::nullopt); // 52.08
    const ScoreGap up = oneSkill({ S62, S62, S68 }, std::nullopt); // 64.58: +12.5
    const ScoreGap slightly = oneSkill({ S56, S56, S62 }, std::nullopt); // 58.33: +6.25
    // Three raters at the floor on each side: real beyond 1.96 · √2 · SEM / √3 = 10.74.
    const double band = 1.96 * std::sqrt(2.0 / 3.0) * ChangeRules::Skill.sem();
    EXPECT_NEAR(band, 10.74, Near);
    const auto real = othersChanged(a, up);
    ASSERT_TRUE(real.has_value());
    EXPECT_NEAR(real->delta, 12.5, Exact);
    EXPECT_TRUE(real->meaningful);
    const auto noise = othersChanged(a, slightly);
    ASSERT_TRUE(noise.has_value());
    EXPECT_NEAR(noise->delta, 6.25, Exact);
    EXPECT_FALSE(noise->meaningful);
    // Raters who disagree widen the band: the same +12.5 from a split round is noise.
    const ScoreGap split = oneSkill({ S25, S75, S62 }, std::nullopt); // 54.17, s = 26.02
    const ScoreGap splitUp = oneSkill({ S25, S100, S75 }, std::nullopt); // 66.67
    const auto wide = othersChanged(split, splitUp);
    ASSERT_TRUE(wide.has_value());
    EXPECT_NEAR(wide->delta, 12.5, Exact);
    EXPECT_FALSE(wide->meaningful);
    // Too few raters in either round, or another score, give no comparison.
    EXPECT_FALSE(othersChanged(a, oneSkill({ S75, S75 }, std::nullopt)).has_value());
    ScoreGap other = up;
    other.id = QStringLiteral("visionary-thinking");
    EXPECT_FALSE(othersChanged(a, other).has_value());
}

TEST(FeedbackVerdictTest, KeysAreStable)
{
    EXPECT_EQ(gapVerdictKey(GapVerdict::TooFewRaters), QStringLiteral("too-few-raters"));
    EXPECT_EQ(gapVerdictKey(GapVerdict::NoSelf), QStringLiteral("no-self"));
    EXPECT_EQ(gapVerdictKey(GapVerdict::WithinNoise), QStringLiteral("within-noise"));
    EXPECT_EQ(gapVerdictKey(GapVerdict::BlindSpot), QStringLiteral("blind-spot"));
    EXPECT_EQ(gapVerdictKey(GapVerdict::HiddenStrength), QStringLiteral("hidden-strength"));
}
