#include "uitestsupport.h"

#include "settings/settingspage.h"

#include "journalrepository.h"
#include "settingsrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSpinBox>

using namespace tandem;
using namespace tandem::ui;

namespace {
class SettingsPageTest : public test::UiTest
{
};
} // namespace

TEST_F(SettingsPageTest, ShowsWhereTheDataLivesAndWhatItHolds)
{
    core::JournalEntry entry;
    entry.title = QStringLiteral("First week");
    entry.occurredAt = QDateTime::currentDateTimeUtc();
    ASSERT_TRUE(core::JournalRepository(db()).add(entry).ok());

    SettingsPage page(db());
    page.show();
    auto *path = page.findChild<QLabel *>(QStringLiteral("settingsDataPath"));
    auto *summary = page.findChild<QLabel *>(QStringLiteral("settingsDataSummary"));
    ASSERT_TRUE(path && summary);
    EXPECT_EQ(path->text(), QDir::toNativeSeparators(db().filePath()));
    EXPECT_TRUE(summary->text().contains(QLatin1String("0 assessments, 1 journal entries, 0 goals")))
            << qPrintable(summary->text());
}

TEST_F(SettingsPageTest, RhythmChangesAreSavedAtOnceAndShownAgain)
{
    {
        SettingsPage page(db());
        auto *day = page.findChild<QComboBox *>(QStringLiteral("settingsPulseDay"));
        auto *interval = page.findChild<QSpinBox *>(QStringLiteral("settingsFullInterval"));
        auto *reminders = page.findChild<QCheckBox *>(QStringLiteral("settingsReminders"));
        ASSERT_TRUE(day && interval && reminders);
        EXPECT_EQ(day->currentData().toInt(), 1);  // Monday by default
        EXPECT_EQ(interval->value(), 6);

        day->setCurrentIndex(day->findData(5));  // Friday
        interval->setValue(8);
        reminders->setChecked(false);
        EXPECT_TRUE(page.findChild<QLabel *>(QStringLiteral("settingsStatus"))->text().startsWith(QLatin1String("Saved")));

        const auto stored = core::SettingsRepository(db()).cadence();
        ASSERT_TRUE(stored.ok());
        EXPECT_EQ(stored->pulseWeekday, 5);
        EXPECT_EQ(stored->fullIntervalWeeks, 8);
        EXPECT_FALSE(stored->remindersEnabled);
    }
    SettingsPage again(db());
    EXPECT_EQ(again.findChild<QComboBox *>(QStringLiteral("settingsPulseDay"))->currentData().toInt(), 5);
    EXPECT_EQ(again.findChild<QSpinBox *>(QStringLiteral("settingsFullInterval"))->value(), 8);
    EXPECT_FALSE(again.findChild<QCheckBox *>(QStringLiteral("settingsReminders"))->isChecked());
}

TEST_F(SettingsPageTest, IntervalCannotLeaveTheAllowedRange)
{
    SettingsPage page(db());
    auto *interval = page.findChild<QSpinBox *>(QStringLiteral("settingsFullInterval"));
    ASSERT_NE(interval, nullptr);
    interval->setValue(1000);
    EXPECT_EQ(interval->value(), core::Cadence::MaxFullIntervalWeeks);
    EXPECT_EQ(core::SettingsRepository(db()).cadence()->fullIntervalWeeks, core::Cadence::MaxFullIntervalWeeks);
}
