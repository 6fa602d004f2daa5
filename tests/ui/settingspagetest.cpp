#include "testfiles.h"
#include "uitestsupport.h"

#include <QUndoStack>

#include "settings/settingspage.h"

#include "journalrepository.h"
#include "settingsrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
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

    SettingsPage page(context());
    page.show();
    auto *path = page.findChild<QLabel *>(QStringLiteral("settingsDataPath"));
    auto *summary = page.findChild<QLabel *>(QStringLiteral("settingsDataSummary"));
    ASSERT_TRUE(path && summary);
    EXPECT_EQ(path->text(), QDir::toNativeSeparators(db().filePath()));
    EXPECT_TRUE(summary->text().contains(QLatin1String("0 assessments, 1 journal entry and 0 goals")))
            << qPrintable(summary->text());
}

TEST_F(SettingsPageTest, RhythmChangesAreSavedAtOnceAndShownAgain)
{
    {
        SettingsPage page(context());
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
    SettingsPage again(context());
    EXPECT_EQ(again.findChild<QComboBox *>(QStringLiteral("settingsPulseDay"))->currentData().toInt(), 5);
    EXPECT_EQ(again.findChild<QSpinBox *>(QStringLiteral("settingsFullInterval"))->value(), 8);
    EXPECT_FALSE(again.findChild<QCheckBox *>(QStringLiteral("settingsReminders"))->isChecked());
}

TEST_F(SettingsPageTest, IntervalCannotLeaveTheAllowedRange)
{
    SettingsPage page(context());
    auto *interval = page.findChild<QSpinBox *>(QStringLiteral("settingsFullInterval"));
    ASSERT_NE(interval, nullptr);
    interval->setValue(1000);
    EXPECT_EQ(interval->value(), core::Cadence::MaxFullIntervalWeeks);
    EXPECT_EQ(core::SettingsRepository(db()).cadence()->fullIntervalWeeks, core::Cadence::MaxFullIntervalWeeks);
}

TEST_F(SettingsPageTest, CalendarExportWritesBothCheckInsAsRepeatingEvents)
{
    core::FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC));  // a Wednesday
    SettingsPage page(context(&clock));
    page.findChild<QComboBox *>(QStringLiteral("settingsPulseDay"))->setCurrentIndex(3);  // Thursday
    page.findChild<QSpinBox *>(QStringLiteral("settingsFullInterval"))->setValue(4);

    const QString path = m_dir.root() + QStringLiteral("/check-ins.ics");
    QString error;
    ASSERT_TRUE(page.exportCalendar(path, &error)) << qPrintable(error);
    EXPECT_EQ(test::modeBits(path), 0600) << "the schedule is the user's own, like the data";
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString ics = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(ics.startsWith(QLatin1String("BEGIN:VCALENDAR\r\n")));
    EXPECT_EQ(ics.count(QLatin1String("BEGIN:VEVENT")), 2);
    EXPECT_TRUE(ics.contains(QLatin1String("RRULE:FREQ=WEEKLY;BYDAY=TH\r\n")));
    EXPECT_TRUE(ics.contains(QLatin1String("RRULE:FREQ=WEEKLY;INTERVAL=4\r\n")));
    // Nothing taken yet: the full assessment starts today, the pulse on the next Thursday.
    EXPECT_EQ(ics.count(QLatin1String("DTSTART;VALUE=DATE:20261125")), 1) << qPrintable(ics);
    EXPECT_EQ(ics.count(QLatin1String("DTSTART;VALUE=DATE:20261126")), 1) << qPrintable(ics);

    EXPECT_FALSE(page.exportCalendar(m_dir.root() + QStringLiteral("/no/such/folder/x.ics"), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(SettingsPageTest, ChangingTheRhythmIsHeardByWhatIsDueAndCanBeUndone)
{
    SettingsPage page(context());
    QSignalSpy changed(&workspace(), &core::Workspace::settingChanged);
    QSignalSpy due(&context().due, &DueTracker::changed);
    auto *interval = page.findChild<QSpinBox *>(QStringLiteral("settingsFullInterval"));
    const int before = interval->value();
    interval->setValue(before + 1);
    interval->setValue(before + 2);
    EXPECT_EQ(changed.size(), 2);
    EXPECT_EQ(workspace().settings().cadence()->fullIntervalWeeks, before + 2);

    // Steps of one spin box merge into one undo step, which puts the field back too.
    ASSERT_EQ(history().stack()->count(), 1);
    EXPECT_EQ(history().stack()->undoText(), QStringLiteral("Change Reminders"));
    history().undo();
    EXPECT_EQ(workspace().settings().cadence()->fullIntervalWeeks, before);
    EXPECT_EQ(interval->value(), before);
    history().redo();
    EXPECT_EQ(interval->value(), before + 2);
}
