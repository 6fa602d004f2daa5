// What a goal aims at, and the names it goes by: in the database and the export files (the keys
// are part of the schema's CHECK and of the documented export format, so a renamed key would
// make old files unreadable), and on screen.
#include "qtprinters.h"
#include "goal.h"
#include "skillmodel.h"

#include <gtest/gtest.h>

using namespace tandem::core;

TEST(GoalTest, TargetAndStatusKeysAreTheDocumentedNamesAndReadBack)
{
    const std::pair<GoalTarget, const char *> targets[] = {
        {GoalTarget::Skill, "skill"}, {GoalTarget::LeadPole, "lead_pole"}, {GoalTarget::ManagePole, "manage_pole"}};
    for (const auto &[target, key] : targets) {
        EXPECT_EQ(goalTargetKey(target), QLatin1String(key));
        EXPECT_EQ(goalTargetFromKey(QLatin1String(key)), target) << key;
    }
    const std::pair<GoalStatus, const char *> statuses[] = {
        {GoalStatus::Active, "active"}, {GoalStatus::Done, "done"}, {GoalStatus::Dropped, "dropped"}};
    for (const auto &[status, key] : statuses) {
        EXPECT_EQ(goalStatusKey(status), QLatin1String(key));
        EXPECT_EQ(goalStatusFromKey(QLatin1String(key)), status) << key;
    }
}

TEST(GoalTest, ANameThatIsNoKeyIsNone)
{
    // Callers choose the fallback (the store reads an unknown kind as a skill); the parser
    // itself never guesses.
    for (const char *key : {"", "Skill", "lead-pole", "pole", " skill"}) {
        EXPECT_FALSE(goalTargetFromKey(QLatin1String(key)).has_value()) << '"' << key << '"';
        EXPECT_FALSE(goalStatusFromKey(QLatin1String(key)).has_value()) << '"' << key << '"';
    }
    EXPECT_FALSE(goalStatusFromKey(QStringLiteral("closed")).has_value());
}

TEST(GoalTest, TargetNameIsTheSkillsOrThePolesNameAndTheIdWhenUnknown)
{
    // The dashboard and the PDF report name a goal's target with this; the two poles of one
    // contrast must not come out as the same words.
    const SkillModel &model = SkillModel::builtin();
    ASSERT_FALSE(model.skills.isEmpty());
    ASSERT_FALSE(model.contrasts.isEmpty());
    const Skill &skill = model.skills.at(3);
    const Contrast &contrast = model.contrasts.at(1);
    ASSERT_NE(contrast.leadPole.name, contrast.managePole.name);

    Goal goal;
    goal.targetKind = GoalTarget::Skill;
    goal.targetId = skill.id;
    EXPECT_EQ(goalTargetName(goal, model), skill.name);

    goal.targetKind = GoalTarget::LeadPole;
    goal.targetId = contrast.id;
    EXPECT_EQ(goalTargetName(goal, model), contrast.leadPole.name);
    goal.targetKind = GoalTarget::ManagePole;
    EXPECT_EQ(goalTargetName(goal, model), contrast.managePole.name);

    // A skill id is no contrast, and the other way round: each kind looks in its own list.
    goal.targetId = skill.id;
    EXPECT_EQ(goalTargetName(goal, model), skill.id);
    goal.targetKind = GoalTarget::Skill;
    goal.targetId = contrast.id;
    EXPECT_EQ(goalTargetName(goal, model), contrast.id);
    goal.targetId = QStringLiteral("a-skill-from-a-newer-model");
    EXPECT_EQ(goalTargetName(goal, model), QStringLiteral("a-skill-from-a-newer-model"));
}
