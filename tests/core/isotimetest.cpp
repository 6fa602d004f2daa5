// Dates and times as people type them: the exact ISO 8601 forms are read, and anything else
// (an hour 25, a trailing word, an offset of 25 hours) is refused, never read as something near.
#include "isotime.h"

#include "qtprinters.h"

#include <QFile>

#include <ctime>

#include <gtest/gtest.h>

using namespace tandem::core;

TEST(IsoTimeTest, DatesInTheExactForm)
{
    EXPECT_EQ(IsoTime::parseDate(QStringLiteral("2026-11-30")).value(), QDate(2026, 11, 30));
    EXPECT_EQ(IsoTime::parseDate(QStringLiteral("2024-02-29")).value(), QDate(2024, 2, 29));
    EXPECT_EQ(IsoTime::parseDate(QStringLiteral("0001-01-01")).value(), QDate(1, 1, 1));

    const struct
    {
        const char *text;
        const char *reason;
    } bad[] = {
        { "2026-11-30garbage", "2026-11-30" },
        { "2026-11-30 ", "2026-11-30" },
        { " 2026-11-30", "2026-11-30" },
        { "2026-11-30T10:00", "2026-11-30" },
        { "2026-1-30", "2026-11-30" },
        { "26-11-30", "2026-11-30" },
        { "2026/11/30", "2026-11-30" },
        { "+2026-11-30", "2026-11-30" },
        { "", "2026-11-30" },
        { "２０２６-11-30", "2026-11-30" }, // full-width digits are not digits here
        { "2026-13-01", "the month 13 is not 01 to 12" },
        { "2026-00-10", "the month 00 is not 01 to 12" },
        { "2026-02-30", "2026-02-30 is not a day of the calendar" },
        { "2025-02-29", "2025-02-29 is not a day of the calendar" },
        { "2026-11-00", "2026-11-00 is not a day of the calendar" },
        { "0000-01-01", "the year 0000 does not exist" },
    };
    for (const auto &c : bad) {
        const auto parsed = IsoTime::parseDate(QString::fromUtf8(c.text));
        ASSERT_FALSE(parsed.ok()) << c.text;
        EXPECT_TRUE(parsed.error().contains(QLatin1String(c.reason))) << c.text << ": " << qPrintable(parsed.error());
    }
}

TEST(IsoTimeTest, TimesWithAndWithoutAZone)
{
    const QDate day(2026, 11, 30);
    EXPECT_EQ(IsoTime::parseDateTime(QStringLiteral("2026-11-30T09:30")).value(),
              QDateTime(day, QTime(9, 30), Qt::LocalTime));
    EXPECT_EQ(IsoTime::parseDateTime(QStringLiteral("2026-11-30T09:30:05")).value(),
              QDateTime(day, QTime(9, 30, 5), Qt::LocalTime));
    EXPECT_EQ(IsoTime::parseDateTime(QStringLiteral("2026-11-30T09:30:05.25")).value(),
              QDateTime(day, QTime(9, 30, 5, 250), Qt::LocalTime));
    EXPECT_EQ(IsoTime::parseDateTime(QStringLiteral("2026-11-30T09:30:05.007Z")).value(),
              QDateTime(day, QTime(9, 30, 5, 7), Qt::UTC));
    EXPECT_EQ(IsoTime::parseDateTime(QStringLiteral("2026-11-30T23:59:59Z")).value(),
              QDateTime(day, QTime(23, 59, 59), Qt::UTC));
    EXPECT_EQ(IsoTime::parseDateTime(QStringLiteral("2026-11-30T10:30+01:00")).value().toUTC(),
              QDateTime(day, QTime(9, 30), Qt::UTC));
    EXPECT_EQ(IsoTime::parseDateTime(QStringLiteral("2026-11-30T04:00-05:30")).value().toUTC(),
              QDateTime(day, QTime(9, 30), Qt::UTC));
    EXPECT_EQ(IsoTime::parseDateTime(QStringLiteral("2026-11-30T23:30+14:00")).value().toUTC(),
              QDateTime(day, QTime(9, 30), Qt::UTC));
    EXPECT_EQ(IsoTime::parseDateTime(QStringLiteral("2026-11-29T19:30-14:00")).value().toUTC(),
              QDateTime(day, QTime(9, 30), Qt::UTC));
    EXPECT_EQ(IsoTime::parseDateTime(QStringLiteral("2026-11-30T09:30-00:00")).value().toUTC(),
              QDateTime(day, QTime(9, 30), Qt::UTC));
}

TEST(IsoTimeTest, EveryPartIsRangeCheckedAndNothingMayFollow)
{
    const struct
    {
        const char *text;
        const char *reason;
    } bad[] = {
        { "2026-11-30T25:00", "the hour 25 is not 00 to 23" },
        { "2026-11-30T24:00", "the hour 24 is not 00 to 23" },
        { "2026-11-30T10:60", "the minute 60 is not 00 to 59" },
        { "2026-11-30T10:00:60", "the second 60 is not 00 to 59" },
        { "2026-11-30T10:00+25:00", "the offset +25:00 is not between -14:00 and +14:00" },
        { "2026-11-30T10:00-14:01", "the offset -14:01 is not between -14:00 and +14:00" },
        { "2026-11-30T10:00+01:60", "the offset +01:60" },
        { "2026-11-30Tgarbage", "in the form 2026-11-30T09:30" },
        { "2026-11-30T10", "in the form 2026-11-30T09:30" },
        { "2026-11-30T1:00", "in the form 2026-11-30T09:30" },
        { "2026-11-30 10:00", "in the form 2026-11-30T09:30" },
        { "2026-11-30t10:00", "in the form 2026-11-30T09:30" },
        { "2026-11-30T10:00:5", "in the form 2026-11-30T09:30" },
        { "2026-11-30T10:00:05.", "in the form 2026-11-30T09:30" },
        { "2026-11-30T10:00+0100", "in the form 2026-11-30T09:30" },
        { "2026-11-30T10:00+1", "in the form 2026-11-30T09:30" },
        { "2026-11-30T10:00:05.1234", "\"4\" after the time" },
        { "2026-11-30T10:00Zulu", "\"ulu\" after the time" },
        { "2026-11-30T10:00z", "\"z\" after the time" },
        { "2026-11-30T10:00 ", "\" \" after the time" },
        { "2026-11-30T10:00Z+01:00", "\"+01:00\" after the time" },
        { "2026-02-30T10:00", "2026-02-30 is not a day of the calendar" },
        { "2026-11-30", "in the form 2026-11-30T09:30" },
    };
    for (const auto &c : bad) {
        const auto parsed = IsoTime::parseDateTime(QString::fromUtf8(c.text));
        ASSERT_FALSE(parsed.ok()) << c.text;
        EXPECT_TRUE(parsed.error().contains(QLatin1String(c.reason))) << c.text << ": " << qPrintable(parsed.error());
    }
}

TEST(IsoTimeTest, ADateAloneIsItsMiddleInLocalTime)
{
    EXPECT_EQ(IsoTime::parseDateOrDateTime(QStringLiteral("2026-11-30")).value(),
              QDateTime(QDate(2026, 11, 30), QTime(12, 0), Qt::LocalTime));
    EXPECT_EQ(IsoTime::parseDateOrDateTime(QStringLiteral("2026-11-30T09:30Z")).value(),
              QDateTime(QDate(2026, 11, 30), QTime(9, 30), Qt::UTC));
    for (const char *text : { "2026-11-30T25:00", "2026-11-30Tgarbage", "2026-11-30T10:00+25:00", "2026-11-30garbage",
                              "2026-11-3", "tomorrow", "" })
        EXPECT_FALSE(IsoTime::parseDateOrDateTime(QString::fromUtf8(text)).ok()) << text;
}

TEST(IsoTimeTest, ALocalTimeTheClocksSkipIsRefused)
{
    if (!QFile::exists(QStringLiteral("/usr/share/zoneinfo/Europe/Berlin")))
        GTEST_SKIP() << "no time zone data";
    const bool hadZone = qEnvironmentVariableIsSet("TZ");
    const QByteArray zone = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    tzset();
    // On 29 March 2026 the clocks in Berlin go from 02:00 straight to 03:00.
    const auto skipped = IsoTime::parseDateTime(QStringLiteral("2026-03-29T02:30"));
    const auto after = IsoTime::parseDateTime(QStringLiteral("2026-03-29T03:30"));
    // Converted while the zone is set: a local time is resolved when it is used.
    const QDateTime afterUtc = after ? after->toUTC() : QDateTime();
    const auto withOffset = IsoTime::parseDateTime(QStringLiteral("2026-03-29T02:30+01:00"));
    if (hadZone)
        qputenv("TZ", zone);
    else
        qunsetenv("TZ");
    tzset();

    ASSERT_FALSE(skipped.ok());
    EXPECT_TRUE(skipped.error().contains(QLatin1String("2026-03-29T02:30 does not exist in local time")))
        << qPrintable(skipped.error());
    ASSERT_TRUE(after.ok()) << qPrintable(after.error());
    EXPECT_EQ(afterUtc, QDateTime(QDate(2026, 3, 29), QTime(1, 30), Qt::UTC));
    ASSERT_TRUE(withOffset.ok()) << qPrintable(withOffset.error());
}
