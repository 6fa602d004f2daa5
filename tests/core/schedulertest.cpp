// What is due, worked out on calendar dates in the user's own time zone: the dashboard must say
// "pulse due" from the first minute of the chosen day, never an hour early or late around a
// daylight-saving change, and a full assessment exactly N weeks after the last one's local date.
#include "qtprinters.h"
#include "assessmentrepository.h"
#include "checkinschedule.h"
#include "database.h"
#include "schedule.h"
#include "settingsrepository.h"
#include "tempdatadir.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TempDataDir;

inline void PrintTo(const QDate &date, std::ostream *os)
{
    *os << date.toString(Qt::ISODate).toStdString();
}

namespace tandem::core {
inline void PrintTo(const DueItem &item, std::ostream *os)
{
    *os << (item.kind == AssessmentKind::Pulse ? "pulse " : "full ") << (item.due ? "due since " : "next on ")
        << item.date.toString(Qt::ISODate).toStdString();
}
} // namespace tandem::core

namespace {

QTimeZone zone(const char *ianaId)
{
    const QTimeZone z{QByteArray(ianaId)};
    EXPECT_TRUE(z.isValid()) << ianaId << " is missing (install tzdata)";
    return z;
}

QDateTime at(const QTimeZone &z, int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), z);
}

QDateTime utc(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::UTC);
}

Cadence cadence(int pulseWeekday, int fullIntervalWeeks = 6)
{
    Cadence c;
    c.pulseWeekday = pulseWeekday;
    c.fullIntervalWeeks = fullIntervalWeeks;
    return c;
}

DueItem due(AssessmentKind kind, const QDate &since)
{
    return {kind, true, since};
}

DueItem next(AssessmentKind kind, const QDate &on)
{
    return {kind, false, on};
}

DueItem pulse(const Cadence &c, const QDateTime &lastPulse, const QDateTime &now, const QTimeZone &z)
{
    return Schedule::compute(c, lastPulse, std::nullopt, now, z).pulse;
}

DueItem full(const Cadence &c, const QDateTime &lastFull, const QDateTime &now, const QTimeZone &z)
{
    return Schedule::compute(c, std::nullopt, lastFull, now, z).full;
}

constexpr auto Pulse = AssessmentKind::Pulse;
constexpr auto Full = AssessmentKind::Full;

} // namespace

TEST(ScheduleTest, FirstUseMakesBothDueTodayInTheLocalCalendar)
{
    // 23:30 UTC on 1 June is already 2 June in Tokyo and still 1 June in Los Angeles.
    const QDateTime now = utc(2026, 6, 1, 23, 30);
    const DueState tokyo = Schedule::compute(cadence(3), std::nullopt, std::nullopt, now, zone("Asia/Tokyo"));
    EXPECT_EQ(tokyo.pulse, due(Pulse, QDate(2026, 6, 2)));
    EXPECT_EQ(tokyo.full, due(Full, QDate(2026, 6, 2)));
    EXPECT_TRUE(tokyo.anyDue());
    const DueState la = Schedule::compute(cadence(3), std::nullopt, std::nullopt, now, zone("America/Los_Angeles"));
    EXPECT_EQ(la.pulse, due(Pulse, QDate(2026, 6, 1)));
    EXPECT_EQ(la.full, due(Full, QDate(2026, 6, 1)));
}

TEST(ScheduleTest, NothingIsDueRightAfterBothCheckIns)
{
    const QTimeZone berlin = zone("Europe/Berlin");
    const QDateTime now = at(berlin, 2026, 6, 3, 10, 0); // a Wednesday
    const DueState state = Schedule::compute(cadence(1, 6), now.addSecs(-60), now.addSecs(-60), now, berlin);
    EXPECT_FALSE(state.anyDue());
    EXPECT_EQ(state.pulse, next(Pulse, QDate(2026, 6, 8)));
    EXPECT_EQ(state.full, next(Full, QDate(2026, 7, 15)));
}

TEST(ScheduleTest, PulseBecomesDueAtLocalMidnightOfThePulseDayNotBefore)
{
    const QTimeZone berlin = zone("Europe/Berlin");
    const Cadence monday = cadence(1);
    const QDateTime lastPulse = at(berlin, 2026, 6, 1, 10, 0); // Monday
    // Sunday 23:59: last Monday's pulse still covers the week.
    EXPECT_EQ(pulse(monday, lastPulse, at(berlin, 2026, 6, 7, 23, 59), berlin), next(Pulse, QDate(2026, 6, 8)));
    EXPECT_EQ(pulse(monday, lastPulse, at(berlin, 2026, 6, 7, 23, 59, 59), berlin), next(Pulse, QDate(2026, 6, 8)));
    // Monday 00:00: due.
    EXPECT_EQ(pulse(monday, lastPulse, at(berlin, 2026, 6, 8, 0, 0), berlin), due(Pulse, QDate(2026, 6, 8)));
    // And it stays due, since Monday, until one is taken.
    EXPECT_EQ(pulse(monday, lastPulse, at(berlin, 2026, 6, 10, 15, 0), berlin), due(Pulse, QDate(2026, 6, 8)));
    EXPECT_EQ(pulse(monday, lastPulse, at(berlin, 2026, 6, 14, 23, 59), berlin), due(Pulse, QDate(2026, 6, 8)));
    // Skipped a whole week: due since the latest pulse day, not the first one missed.
    EXPECT_EQ(pulse(monday, lastPulse, at(berlin, 2026, 6, 16, 9, 0), berlin), due(Pulse, QDate(2026, 6, 15)));
}

TEST(ScheduleTest, PulseTakenOnOrAfterTheMidnightCoversTheWeek)
{
    const QTimeZone berlin = zone("Europe/Berlin");
    const Cadence monday = cadence(1);
    const QDateTime now = at(berlin, 2026, 6, 8, 12, 0); // Monday noon
    // Taken at the very first second of Monday.
    EXPECT_EQ(pulse(monday, at(berlin, 2026, 6, 8, 0, 0), now, berlin), next(Pulse, QDate(2026, 6, 15)));
    // One second earlier belongs to the week before.
    EXPECT_EQ(pulse(monday, at(berlin, 2026, 6, 7, 23, 59, 59), now, berlin), due(Pulse, QDate(2026, 6, 8)));
    // Taken late (Sunday) still covers the week that began on Monday.
    EXPECT_EQ(pulse(monday, at(berlin, 2026, 6, 14, 22, 0), at(berlin, 2026, 6, 14, 23, 0), berlin),
              next(Pulse, QDate(2026, 6, 15)));
    // Midnight is the user's midnight: 22:30 UTC on Sunday is 00:30 on Monday in Berlin.
    EXPECT_EQ(pulse(monday, utc(2026, 6, 7, 22, 30), now, berlin), next(Pulse, QDate(2026, 6, 15)));
}

TEST(ScheduleTest, EveryWeekdayCanBeThePulseDay)
{
    const QTimeZone berlin = zone("Europe/Berlin");
    for (int weekday = 1; weekday <= 7; ++weekday) {
        SCOPED_TRACE(weekday);
        // 2026-06-01 is a Monday, so this week's pulse day is 1 June + (weekday − 1).
        const QDate day = QDate(2026, 6, 1).addDays(weekday - 1);
        ASSERT_EQ(day.dayOfWeek(), weekday);
        const Cadence c = cadence(weekday);
        const QDateTime lastWeek = QDateTime(day.addDays(-7), QTime(12, 0), berlin);
        const QDateTime midnight = QDateTime(day, QTime(0, 0), berlin);
        EXPECT_EQ(pulse(c, lastWeek, midnight.addSecs(-60), berlin), next(Pulse, day));
        EXPECT_EQ(pulse(c, lastWeek, midnight, berlin), due(Pulse, day));
        EXPECT_EQ(pulse(c, lastWeek, midnight.addDays(6).addSecs(23 * 3600), berlin), due(Pulse, day));
        // Taken on the day: next week's same weekday is next.
        EXPECT_EQ(pulse(c, midnight.addSecs(9 * 3600), midnight.addSecs(10 * 3600), berlin), next(Pulse, day.addDays(7)));
        // The first check-in ever is due today, whatever the chosen day.
        const DueState first = Schedule::compute(c, std::nullopt, std::nullopt, midnight.addDays(2), berlin);
        EXPECT_EQ(first.pulse, due(Pulse, day.addDays(2)));
    }
}

TEST(ScheduleTest, FullIsDueExactlyNWeeksAfterTheLastOnesLocalDate)
{
    const QTimeZone berlin = zone("Europe/Berlin");
    const Cadence sixWeeks = cadence(1, 6);
    const QDateTime last = at(berlin, 2026, 6, 3, 22, 30);
    EXPECT_EQ(full(sixWeeks, last, at(berlin, 2026, 7, 1, 12, 0), berlin), next(Full, QDate(2026, 7, 15)));
    // The day before: not yet, and the date it will be due is given.
    EXPECT_EQ(full(sixWeeks, last, at(berlin, 2026, 7, 14, 23, 59), berlin), next(Full, QDate(2026, 7, 15)));
    // From the first minute of the day it is due, whatever the hour it was taken at.
    EXPECT_EQ(full(sixWeeks, last, at(berlin, 2026, 7, 15, 0, 0), berlin), due(Full, QDate(2026, 7, 15)));
    EXPECT_EQ(full(sixWeeks, last, at(berlin, 2026, 9, 1, 8, 0), berlin), due(Full, QDate(2026, 7, 15)));
    // A different interval moves the date.
    EXPECT_EQ(full(cadence(1, 2), last, at(berlin, 2026, 6, 10, 8, 0), berlin), next(Full, QDate(2026, 6, 17)));
    EXPECT_EQ(full(cadence(1, 26), last, at(berlin, 2026, 6, 10, 8, 0), berlin), next(Full, QDate(2026, 12, 2)));
    // 00:05 in Berlin is still the previous day in UTC; the local date counts.
    EXPECT_EQ(full(sixWeeks, utc(2026, 6, 2, 22, 5), at(berlin, 2026, 7, 14, 23, 0), berlin), next(Full, QDate(2026, 7, 15)));
    EXPECT_EQ(full(sixWeeks, utc(2026, 6, 2, 22, 5), at(berlin, 2026, 7, 15, 0, 0), berlin), due(Full, QDate(2026, 7, 15)));
}

TEST(ScheduleTest, FullAcrossMonthEnds)
{
    const QTimeZone berlin = zone("Europe/Berlin");
    struct Case
    {
        QDate last;
        int weeks;
        QDate expected;
    };
    const Case cases[] = {
            {QDate(2026, 1, 31), 4, QDate(2026, 2, 28)},  // not "31 February", not 3 March
            {QDate(2028, 1, 31), 4, QDate(2028, 2, 28)},  // 28 days later, leap year or not
            {QDate(2028, 2, 1), 4, QDate(2028, 2, 29)},   // lands on the leap day
            {QDate(2026, 2, 1), 4, QDate(2026, 3, 1)},    // no leap day in 2026
            {QDate(2026, 4, 30), 2, QDate(2026, 5, 14)},
            {QDate(2026, 8, 31), 6, QDate(2026, 10, 12)},
    };
    for (const Case &c : cases) {
        SCOPED_TRACE(c.last.toString(Qt::ISODate).toStdString());
        const QDateTime last(c.last, QTime(19, 0), berlin);
        const QDateTime dayBefore(c.expected.addDays(-1), QTime(23, 59), berlin);
        const QDateTime dayOf(c.expected, QTime(0, 1), berlin);
        EXPECT_EQ(full(cadence(1, c.weeks), last, dayBefore, berlin), next(Full, c.expected));
        EXPECT_EQ(full(cadence(1, c.weeks), last, dayOf, berlin), due(Full, c.expected));
    }
}

TEST(ScheduleTest, LeapDays)
{
    const QTimeZone berlin = zone("Europe/Berlin");
    // Taken on 29 February 2024: 26 weeks later is 29 August, and another 26 weeks (52 in all)
    // is 27 February 2025 — 364 days, not "the same date next year".
    const QDateTime leapDay(QDate(2024, 2, 29), QTime(18, 0), berlin);
    EXPECT_EQ(full(cadence(1, 26), leapDay, at(berlin, 2024, 8, 28, 23, 59), berlin), next(Full, QDate(2024, 8, 29)));
    const QDateTime august(QDate(2024, 8, 29), QTime(18, 0), berlin);
    EXPECT_EQ(full(cadence(1, 26), august, at(berlin, 2025, 2, 27, 0, 0), berlin), due(Full, QDate(2025, 2, 27)));
    EXPECT_EQ(full(cadence(1, 52), leapDay, at(berlin, 2025, 2, 26, 23, 59), berlin), next(Full, QDate(2025, 2, 27)));
    EXPECT_EQ(full(cadence(1, 52), leapDay, at(berlin, 2025, 2, 27, 0, 0), berlin), due(Full, QDate(2025, 2, 27)));

    // Three weeks from 8 February 2028 is the leap day itself; from 15 February it is 7 March
    // (8 March in a year without 29 February).
    const Cadence threeWeeks = cadence(1, 3);
    EXPECT_EQ(full(threeWeeks, at(berlin, 2028, 2, 8, 9, 0), at(berlin, 2028, 2, 28, 23, 59), berlin),
              next(Full, QDate(2028, 2, 29)));
    EXPECT_EQ(full(threeWeeks, at(berlin, 2028, 2, 8, 9, 0), at(berlin, 2028, 2, 29, 0, 0), berlin),
              due(Full, QDate(2028, 2, 29)));
    EXPECT_EQ(full(threeWeeks, at(berlin, 2028, 2, 15, 9, 0), at(berlin, 2028, 3, 6, 12, 0), berlin),
              next(Full, QDate(2028, 3, 7)));
    EXPECT_EQ(full(threeWeeks, at(berlin, 2027, 2, 15, 9, 0), at(berlin, 2027, 3, 7, 12, 0), berlin),
              next(Full, QDate(2027, 3, 8)));

    // A weekly pulse on Tuesdays: 29 February 2028 is a Tuesday and is a pulse day like any other.
    const Cadence tuesday = cadence(2);
    const QDateTime lastPulse = at(berlin, 2028, 2, 22, 8, 0);
    EXPECT_EQ(pulse(tuesday, lastPulse, at(berlin, 2028, 2, 28, 23, 59), berlin), next(Pulse, QDate(2028, 2, 29)));
    EXPECT_EQ(pulse(tuesday, lastPulse, at(berlin, 2028, 2, 29, 0, 0), berlin), due(Pulse, QDate(2028, 2, 29)));
    EXPECT_EQ(pulse(tuesday, at(berlin, 2028, 2, 29, 8, 0), at(berlin, 2028, 3, 1, 8, 0), berlin),
              next(Pulse, QDate(2028, 3, 7)));
}

TEST(ScheduleTest, YearEnd)
{
    const QTimeZone berlin = zone("Europe/Berlin");
    EXPECT_EQ(full(cadence(1, 3), at(berlin, 2026, 12, 15, 20, 0), at(berlin, 2027, 1, 4, 23, 59), berlin),
              next(Full, QDate(2027, 1, 5)));
    EXPECT_EQ(full(cadence(1, 3), at(berlin, 2026, 12, 15, 20, 0), at(berlin, 2027, 1, 5, 0, 0), berlin),
              due(Full, QDate(2027, 1, 5)));
    // Friday pulses: 25 December 2026 and 1 January 2027 are both Fridays.
    const Cadence friday = cadence(5);
    const QDateTime christmas = at(berlin, 2026, 12, 25, 10, 0);
    EXPECT_EQ(pulse(friday, christmas, at(berlin, 2026, 12, 31, 23, 59), berlin), next(Pulse, QDate(2027, 1, 1)));
    EXPECT_EQ(pulse(friday, christmas, at(berlin, 2027, 1, 1, 0, 0), berlin), due(Pulse, QDate(2027, 1, 1)));
    // On Monday 4 January the missed pulse is still the one from New Year's Day.
    EXPECT_EQ(pulse(friday, christmas, at(berlin, 2027, 1, 4, 9, 0), berlin), due(Pulse, QDate(2027, 1, 1)));
}

// Around each change the naive rule "last + 7 × 24 hours" (or N × 7 × 24) is an hour off: after
// the spring change it says "not yet" at 00:30 on the pulse day, after the autumn change it says
// "due" at 23:30 the evening before. Taking the date in UTC is off by a day for late or early
// check-ins. Both moments are checked against the local-date rule.
TEST(ScheduleTest, DaylightSavingStartsInBerlin)
{
    // Sunday 29 March 2026, 02:00 CET → 03:00 CEST; Monday 30 March is the pulse day.
    const QTimeZone berlin = zone("Europe/Berlin");
    const Cadence c = cadence(1, 4);
    const QDateTime lastPulse = at(berlin, 2026, 3, 23, 0, 30);
    EXPECT_EQ(pulse(c, lastPulse, at(berlin, 2026, 3, 29, 23, 30), berlin), next(Pulse, QDate(2026, 3, 30)));
    EXPECT_EQ(pulse(c, lastPulse, at(berlin, 2026, 3, 30, 0, 30), berlin), due(Pulse, QDate(2026, 3, 30)));
    // A full taken at 00:30 on Monday 2 March (23:30 UTC on 1 March), every 4 weeks.
    const QDateTime lastFull = at(berlin, 2026, 3, 2, 0, 30);
    ASSERT_EQ(lastFull.toUTC().date(), QDate(2026, 3, 1));
    EXPECT_EQ(full(c, lastFull, at(berlin, 2026, 3, 29, 23, 30), berlin), next(Full, QDate(2026, 3, 30)));
    EXPECT_EQ(full(c, lastFull, at(berlin, 2026, 3, 30, 0, 30), berlin), due(Full, QDate(2026, 3, 30)));
}

TEST(ScheduleTest, DaylightSavingEndsInBerlin)
{
    // Sunday 25 October 2026, 03:00 CEST → 02:00 CET; Monday 26 October is the pulse day.
    const QTimeZone berlin = zone("Europe/Berlin");
    const Cadence c = cadence(1, 4);
    const QDateTime lastPulse = at(berlin, 2026, 10, 19, 0, 30);
    EXPECT_EQ(pulse(c, lastPulse, at(berlin, 2026, 10, 25, 23, 30), berlin), next(Pulse, QDate(2026, 10, 26)));
    EXPECT_EQ(pulse(c, lastPulse, at(berlin, 2026, 10, 26, 0, 30), berlin), due(Pulse, QDate(2026, 10, 26)));
    // A full taken at 00:30 on Monday 28 September (22:30 UTC on the 27th).
    const QDateTime lastFull = at(berlin, 2026, 9, 28, 0, 30);
    ASSERT_EQ(lastFull.toUTC().date(), QDate(2026, 9, 27));
    EXPECT_EQ(full(c, lastFull, at(berlin, 2026, 10, 25, 23, 30), berlin), next(Full, QDate(2026, 10, 26)));
    EXPECT_EQ(full(c, lastFull, at(berlin, 2026, 10, 26, 0, 30), berlin), due(Full, QDate(2026, 10, 26)));
}

TEST(ScheduleTest, DaylightSavingStartsInNewYork)
{
    // Sunday 8 March 2026, 02:00 EST → 03:00 EDT; Monday 9 March is the pulse day.
    const QTimeZone newYork = zone("America/New_York");
    const Cadence c = cadence(1, 4);
    const QDateTime lastPulse = at(newYork, 2026, 3, 2, 0, 30);
    EXPECT_EQ(pulse(c, lastPulse, at(newYork, 2026, 3, 8, 23, 30), newYork), next(Pulse, QDate(2026, 3, 9)));
    EXPECT_EQ(pulse(c, lastPulse, at(newYork, 2026, 3, 9, 0, 30), newYork), due(Pulse, QDate(2026, 3, 9)));
    // A full taken at 23:30 on Monday 9 February (04:30 UTC on the 10th).
    const QDateTime lastFull = at(newYork, 2026, 2, 9, 23, 30);
    ASSERT_EQ(lastFull.toUTC().date(), QDate(2026, 2, 10));
    EXPECT_EQ(full(c, lastFull, at(newYork, 2026, 3, 8, 23, 30), newYork), next(Full, QDate(2026, 3, 9)));
    EXPECT_EQ(full(c, lastFull, at(newYork, 2026, 3, 9, 0, 30), newYork), due(Full, QDate(2026, 3, 9)));
}

TEST(ScheduleTest, DaylightSavingEndsInNewYork)
{
    // Sunday 1 November 2026, 02:00 EDT → 01:00 EST; Monday 2 November is the pulse day.
    const QTimeZone newYork = zone("America/New_York");
    const Cadence c = cadence(1, 4);
    const QDateTime lastPulse = at(newYork, 2026, 10, 26, 0, 30);
    EXPECT_EQ(pulse(c, lastPulse, at(newYork, 2026, 11, 1, 23, 30), newYork), next(Pulse, QDate(2026, 11, 2)));
    EXPECT_EQ(pulse(c, lastPulse, at(newYork, 2026, 11, 2, 0, 30), newYork), due(Pulse, QDate(2026, 11, 2)));
    // A full taken at 23:30 on Monday 5 October (03:30 UTC on the 6th).
    const QDateTime lastFull = at(newYork, 2026, 10, 5, 23, 30);
    ASSERT_EQ(lastFull.toUTC().date(), QDate(2026, 10, 6));
    EXPECT_EQ(full(c, lastFull, at(newYork, 2026, 11, 1, 23, 30), newYork), next(Full, QDate(2026, 11, 2)));
    EXPECT_EQ(full(c, lastFull, at(newYork, 2026, 11, 2, 0, 30), newYork), due(Full, QDate(2026, 11, 2)));
}

TEST(ScheduleTest, StoredUtcTimeFallsOnTheUsersOwnDate)
{
    // 20:00 UTC on Monday 1 June is Tuesday 05:00 in Tokyo and Monday 13:00 in Los Angeles.
    const QDateTime stored = utc(2026, 6, 1, 20, 0);
    const QTimeZone tokyo = zone("Asia/Tokyo");
    const QTimeZone la = zone("America/Los_Angeles");

    // Full every 2 weeks: due on Tuesday 16 June in Tokyo, Monday 15 June in Los Angeles.
    const QDateTime now = utc(2026, 6, 15, 12, 0); // 21:00 on the 15th in Tokyo, 05:00 in Los Angeles
    EXPECT_EQ(full(cadence(2, 2), stored, now, tokyo), next(Full, QDate(2026, 6, 16)));
    EXPECT_EQ(full(cadence(2, 2), stored, now, la), due(Full, QDate(2026, 6, 15)));

    // Tuesday pulses: in Tokyo the check-in was on Tuesday and covers that week; in Los Angeles
    // it was on Monday, the day before the pulse day.
    const QDateTime tuesday = utc(2026, 6, 2, 12, 0); // Tuesday in both zones
    EXPECT_EQ(pulse(cadence(2), stored, tuesday, tokyo), next(Pulse, QDate(2026, 6, 9)));
    EXPECT_EQ(pulse(cadence(2), stored, tuesday, la), due(Pulse, QDate(2026, 6, 2)));
}

TEST(ScheduleTest, PulseDayOnWhichMidnightDoesNotExist)
{
    // In Chile (and Cuba, Paraguay …) daylight saving starts at midnight: on Sunday 6 September
    // 2026 Santiago's clocks jump from 23:59:59 on the 5th to 01:00 on the 6th, so the pulse day
    // has no 00:00. It is a pulse day all the same.
    const QTimeZone santiago = zone("America/Santiago");
    ASSERT_FALSE(QDateTime(QDate(2026, 9, 6), QTime(0, 0), santiago).isValid()) << "the tz data has no midnight gap here";
    const Cadence sunday = cadence(7);
    const QDateTime lastPulse = at(santiago, 2026, 8, 30, 12, 0);
    EXPECT_EQ(pulse(sunday, lastPulse, at(santiago, 2026, 9, 5, 23, 59), santiago), next(Pulse, QDate(2026, 9, 6)));
    EXPECT_EQ(pulse(sunday, lastPulse, at(santiago, 2026, 9, 6, 1, 0), santiago), due(Pulse, QDate(2026, 9, 6)));
    EXPECT_EQ(pulse(sunday, lastPulse, at(santiago, 2026, 9, 8, 12, 0), santiago), due(Pulse, QDate(2026, 9, 6)));
    // Taken in the first minute the day has, it covers the week.
    EXPECT_EQ(pulse(sunday, at(santiago, 2026, 9, 6, 1, 0), at(santiago, 2026, 9, 8, 12, 0), santiago),
              next(Pulse, QDate(2026, 9, 13)));

    // Havana: Sunday 8 March 2026 starts at 01:00.
    const QTimeZone havana = zone("America/Havana");
    EXPECT_EQ(pulse(sunday, at(havana, 2026, 3, 1, 9, 0), at(havana, 2026, 3, 8, 9, 0), havana), due(Pulse, QDate(2026, 3, 8)));
}

// The same rule read from the store: the dashboard, the reminders, tandem-cli due and the
// calendar export all take what is due from CheckInSchedule::read, so it must find the cadence
// and the newest check-in of each kind, not just any.
TEST(CheckInScheduleTest, ReadsTheCadenceAndTheNewestCheckInOfEachKind)
{
    TempDataDir dir;
    auto opened = Database::open(dir.path());
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
    const Database &db = *opened.value();
    const Cadence wednesdays = cadence(3, 3);
    ASSERT_TRUE(SettingsRepository(db).setCadence(wednesdays).ok());
    const QTimeZone berlin = zone("Europe/Berlin");
    const QDateTime friday = at(berlin, 2026, 6, 12, 10, 0);

    const auto fresh = CheckInSchedule::read(db, friday, berlin);
    ASSERT_TRUE(fresh.ok()) << qPrintable(fresh.error());
    EXPECT_EQ(fresh->cadence.pulseWeekday, 3);
    EXPECT_EQ(fresh->cadence.fullIntervalWeeks, 3);
    EXPECT_FALSE(fresh->lastPulse.has_value());
    EXPECT_FALSE(fresh->lastFull.has_value());
    EXPECT_EQ(fresh->due.pulse, due(Pulse, QDate(2026, 6, 12)));
    EXPECT_EQ(fresh->due.full, due(Full, QDate(2026, 6, 12)));

    const AssessmentRepository assessments(db);
    const auto add = [&](AssessmentKind kind, const QDateTime &takenAt, const QString &statement) {
        Assessment a;
        a.kind = kind;
        a.modelVersion = QStringLiteral("2026.1");
        a.takenAt = takenAt;
        a.answers = {{statement, 3}};
        const auto added = assessments.add(a);
        ASSERT_TRUE(added.ok()) << qPrintable(added.error());
    };
    // Stored out of order: the newest pulse is the Wednesday one, the only full one is older.
    add(AssessmentKind::Pulse, utc(2026, 6, 10, 7, 0), QStringLiteral("pulse.visionary-thinking"));
    add(AssessmentKind::Pulse, utc(2026, 6, 3, 7, 0), QStringLiteral("pulse.visionary-thinking"));
    add(AssessmentKind::Full, utc(2026, 5, 27, 8, 0), QStringLiteral("visionary-thinking.1"));

    const auto later = CheckInSchedule::read(db, friday, berlin);
    ASSERT_TRUE(later.ok()) << qPrintable(later.error());
    EXPECT_EQ(later->lastPulse, utc(2026, 6, 10, 7, 0));
    EXPECT_EQ(later->lastFull, utc(2026, 5, 27, 8, 0));
    EXPECT_EQ(later->due.pulse, next(Pulse, QDate(2026, 6, 17)));
    EXPECT_EQ(later->due.full, next(Full, QDate(2026, 6, 17))); // three weeks after 27 May
    EXPECT_EQ(later->due, Schedule::compute(wednesdays, later->lastPulse, later->lastFull, friday, berlin));
}

TEST(CheckInScheduleTest, AFailedReadIsAnErrorNotNothingDue)
{
    TempDataDir dir;
    auto opened = Database::open(dir.path());
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.error());
    const Database &db = *opened.value();
    ASSERT_TRUE(db.run(QStringLiteral("ALTER TABLE assessments RENAME TO assessments_gone")).ok());

    const auto read = CheckInSchedule::read(db, utc(2026, 6, 12, 10, 0));
    ASSERT_FALSE(read.ok());
    EXPECT_FALSE(read.error().isEmpty());
}
