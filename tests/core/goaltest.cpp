// What a goal aims at, and the names it goes by: in the database and the export files (the keys
// are part of the schema's CHECK and of the documented export format, so a renamed key would
// make old files unreadable), and on screen.
#include "qtprinters.h"
#include "goal.h"

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
