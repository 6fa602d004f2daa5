// The gate in front of the store: an assessment is stored only with one valid answer to every
// statement of its kind, and a refusal names the statement that is wrong, so that the user (or
// a script feeding tandem-cli) can fix it.
#include "qtprinters.h"
#include "answervalidator.h"
#include "skillmodel.h"

#include <gtest/gtest.h>

using namespace tandem::core;

namespace {

// Every statement of a kind answered 4 (reverse-keyed ones 2).
Answers completeAnswers(const SkillModel &model, AssessmentKind kind)
{
    Answers answers;
    if (kind == AssessmentKind::Pulse) {
        for (const PulseItem &item : model.pulseItems)
            answers.insert(item.id, 4);
    } else {
        for (const Item &item : model.fullAssessmentItems())
            answers.insert(item.id, item.reverse ? 2 : 4);
    }
    return answers;
}

class AnswerValidatorTest : public ::testing::Test
{
protected:
    const SkillModel &model = SkillModel::builtin();
    AnswerValidator validator{SkillModel::builtin()};
};

} // namespace

TEST_F(AnswerValidatorTest, FullAsksEverySkillAndPoleStatementInTheOrderShown)
{
    const QStringList required = validator.requiredItems(AssessmentKind::Full);
    // 8 skills × 4 statements + 5 contrasts × 2 poles × 2 statements.
    EXPECT_EQ(required.size(), 52);
    ASSERT_EQ(required.size(), model.fullAssessmentItems().size());
    for (qsizetype i = 0; i < required.size(); ++i)
        EXPECT_EQ(required.at(i), model.fullAssessmentItems().at(i).id) << i;
    // Skills first, in the model's order, then both poles of each contrast.
    EXPECT_EQ(required.first(), QStringLiteral("visionary-thinking.1"));
    EXPECT_EQ(required.at(3), QStringLiteral("visionary-thinking.4"));
    EXPECT_EQ(required.at(4), QStringLiteral("emotional-intelligence.1"));
    EXPECT_EQ(required.at(32), QStringLiteral("vision-execution.lead.1"));
    EXPECT_EQ(required.at(34), QStringLiteral("vision-execution.manage.1"));
    EXPECT_EQ(required.last(), QStringLiteral("risk.manage.2"));
    QStringList unique = required;
    EXPECT_EQ(unique.removeDuplicates(), 0);
}

TEST_F(AnswerValidatorTest, PulseAsksOneStatementPerSkill)
{
    const QStringList required = validator.requiredItems(AssessmentKind::Pulse);
    ASSERT_EQ(required.size(), 8);
    for (qsizetype i = 0; i < required.size(); ++i)
        EXPECT_EQ(required.at(i), QStringLiteral("pulse.") + model.skills.at(i).id);
}

TEST_F(AnswerValidatorTest, CompleteAnswersPass)
{
    for (AssessmentKind kind : {AssessmentKind::Full, AssessmentKind::Pulse}) {
        const Answers answers = completeAnswers(model, kind);
        const Status valid = validator.validate(kind, answers);
        EXPECT_TRUE(valid.ok()) << qPrintable(valid.error());
        EXPECT_TRUE(validator.missingItems(kind, answers).isEmpty());
    }
    // Any mix of 1..5 is fine, including the extremes.
    Answers extremes = completeAnswers(model, AssessmentKind::Full);
    int n = 0;
    for (auto it = extremes.begin(); it != extremes.end(); ++it)
        *it = 1 + (n++ % 5);
    EXPECT_TRUE(validator.validate(AssessmentKind::Full, extremes).ok());
}

TEST_F(AnswerValidatorTest, UnknownIdIsNamed)
{
    for (AssessmentKind kind : {AssessmentKind::Full, AssessmentKind::Pulse}) {
        Answers answers = completeAnswers(model, kind);
        answers.insert(QStringLiteral("visionary-thinking.9"), 3);
        const Status valid = validator.validate(kind, answers);
        ASSERT_FALSE(valid.ok());
        EXPECT_TRUE(valid.error().contains(QLatin1String("\"visionary-thinking.9\""))) << qPrintable(valid.error());
        EXPECT_TRUE(valid.error().contains(QLatin1String("not a statement"))) << qPrintable(valid.error());
    }
}

TEST_F(AnswerValidatorTest, ValuesOutsideOneToFiveAreNamed)
{
    for (int bad : {0, 6, -1, 42}) {
        SCOPED_TRACE(bad);
        Answers answers = completeAnswers(model, AssessmentKind::Full);
        answers.insert(QStringLiteral("communication-clarity.2"), bad);
        const Status valid = validator.validate(AssessmentKind::Full, answers);
        ASSERT_FALSE(valid.ok());
        EXPECT_TRUE(valid.error().contains(QLatin1String("\"communication-clarity.2\""))) << qPrintable(valid.error());
        EXPECT_TRUE(valid.error().contains(QStringLiteral("not %1").arg(bad))) << qPrintable(valid.error());
        EXPECT_TRUE(valid.error().contains(QLatin1String("1 (never) to 5 (always)"))) << qPrintable(valid.error());
    }
    Answers pulse = completeAnswers(model, AssessmentKind::Pulse);
    pulse.insert(QStringLiteral("pulse.risk-free"), 3); // unknown, but sorted after the bad value below
    pulse.insert(QStringLiteral("pulse.emotional-intelligence"), 6);
    const Status valid = validator.validate(AssessmentKind::Pulse, pulse);
    ASSERT_FALSE(valid.ok());
    // Several problems: the first id in sorted order is reported, the same every time.
    EXPECT_TRUE(valid.error().contains(QLatin1String("\"pulse.emotional-intelligence\""))) << qPrintable(valid.error());
}

TEST_F(AnswerValidatorTest, StatementOfTheOtherKindIsNamed)
{
    Answers full = completeAnswers(model, AssessmentKind::Full);
    full.insert(QStringLiteral("pulse.visionary-thinking"), 4);
    const Status pulseInFull = validator.validate(AssessmentKind::Full, full);
    ASSERT_FALSE(pulseInFull.ok());
    EXPECT_TRUE(pulseInFull.error().contains(QLatin1String("\"pulse.visionary-thinking\""))) << qPrintable(pulseInFull.error());
    EXPECT_TRUE(pulseInFull.error().contains(QLatin1String("statement of the pulse, not of the full assessment")))
            << qPrintable(pulseInFull.error());

    Answers pulse = completeAnswers(model, AssessmentKind::Pulse);
    pulse.insert(QStringLiteral("risk.lead.1"), 4);
    const Status fullInPulse = validator.validate(AssessmentKind::Pulse, pulse);
    ASSERT_FALSE(fullInPulse.ok());
    EXPECT_TRUE(fullInPulse.error().contains(QLatin1String("\"risk.lead.1\""))) << qPrintable(fullInPulse.error());
    EXPECT_TRUE(fullInPulse.error().contains(QLatin1String("statement of the full assessment, not of the pulse")))
            << qPrintable(fullInPulse.error());
}

TEST_F(AnswerValidatorTest, OneMissingStatementIsNamed)
{
    Answers answers = completeAnswers(model, AssessmentKind::Full);
    answers.remove(QStringLiteral("change-stability.manage.1"));
    EXPECT_EQ(validator.missingItems(AssessmentKind::Full, answers), QStringList{QStringLiteral("change-stability.manage.1")});
    const Status valid = validator.validate(AssessmentKind::Full, answers);
    ASSERT_FALSE(valid.ok());
    EXPECT_TRUE(valid.error().contains(QLatin1String("full assessment"))) << qPrintable(valid.error());
    EXPECT_TRUE(valid.error().endsWith(QLatin1String("missing: change-stability.manage.1"))) << qPrintable(valid.error());

    Answers pulse = completeAnswers(model, AssessmentKind::Pulse);
    pulse.remove(QStringLiteral("pulse.communication-clarity"));
    const Status pulseValid = validator.validate(AssessmentKind::Pulse, pulse);
    ASSERT_FALSE(pulseValid.ok());
    EXPECT_TRUE(pulseValid.error().contains(QLatin1String("the pulse needs"))) << qPrintable(pulseValid.error());
    EXPECT_TRUE(pulseValid.error().endsWith(QLatin1String("missing: pulse.communication-clarity"))) << qPrintable(pulseValid.error());
}

TEST_F(AnswerValidatorTest, ManyMissingStatementsListTheFirstFewAndCountTheRest)
{
    const Status none = validator.validate(AssessmentKind::Full, {});
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.error().endsWith(QLatin1String(
            "missing: visionary-thinking.1, visionary-thinking.2, visionary-thinking.3, visionary-thinking.4, "
            "emotional-intelligence.1 and 47 more")))
            << qPrintable(none.error());

    // Exactly five missing: all named, no "and 0 more".
    Answers answers = completeAnswers(model, AssessmentKind::Full);
    const QStringList gone = {QStringLiteral("visionary-thinking.2"), QStringLiteral("influence-persuasion.4"),
                              QStringLiteral("communication-clarity.1"), QStringLiteral("vision-execution.manage.2"),
                              QStringLiteral("risk.lead.1")};
    for (const QString &id : gone)
        answers.remove(id);
    const Status five = validator.validate(AssessmentKind::Full, answers);
    ASSERT_FALSE(five.ok());
    EXPECT_TRUE(five.error().endsWith(QStringLiteral("missing: ") + gone.join(QStringLiteral(", ")))) << qPrintable(five.error());
    answers.remove(QStringLiteral("risk.manage.2"));
    const Status six = validator.validate(AssessmentKind::Full, answers);
    ASSERT_FALSE(six.ok());
    EXPECT_TRUE(six.error().endsWith(QStringLiteral("missing: ") + gone.join(QStringLiteral(", ")) + QStringLiteral(" and 1 more")))
            << qPrintable(six.error());
}

TEST_F(AnswerValidatorTest, MissingItemsComeInTheOrderShownAndIncludeInvalidValues)
{
    Answers answers = completeAnswers(model, AssessmentKind::Full);
    answers.remove(QStringLiteral("risk.manage.2"));
    answers.remove(QStringLiteral("visionary-thinking.3"));
    answers.insert(QStringLiteral("communication-clarity.4"), 0);
    answers.insert(QStringLiteral("adaptability-innovation.1"), 6);
    // Model order, not alphabetical.
    EXPECT_EQ(validator.missingItems(AssessmentKind::Full, answers),
              (QStringList{QStringLiteral("visionary-thinking.3"), QStringLiteral("adaptability-innovation.1"),
                           QStringLiteral("communication-clarity.4"), QStringLiteral("risk.manage.2")}));
    EXPECT_EQ(validator.missingItems(AssessmentKind::Pulse, {}), validator.requiredItems(AssessmentKind::Pulse));
    // Extra answers of the other kind do not count towards this one.
    EXPECT_EQ(validator.missingItems(AssessmentKind::Pulse, completeAnswers(model, AssessmentKind::Full)).size(), 8);
}
