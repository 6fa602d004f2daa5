// LocalDays gives the same local day as QDateTime::toLocalTime(), in every zone and across every
// change of the clocks, whatever order the times come in.
#include "localdays.h"

#include "qtprinters.h"
#include "timezoneguard.h"

#include <QFile>
#include <QList>

#include <gtest/gtest.h>

using namespace tandem::core;
using tandem::test::TimeZoneGuard;

namespace {

// Times from 1965 to 2035 every 7 h 13 min 17 s, and every clock change of the zone with a second
// and an hour either side of it.
QList<QDateTime> timesAcross(const QTimeZone &zone)
{
    QList<QDateTime> times;
    const QDateTime start(QDate(1965, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime end(QDate(2035, 12, 31), QTime(0, 0), Qt::UTC);
    for (QDateTime t = start; t < end; t = t.addSecs(7 * 3600 + 13 * 60 + 17))
        times.append(t);
    if (zone.isValid()) {
        for (const QTimeZone::OffsetData &change : zone.transitions(start, end)) {
            for (qint64 delta : { -3600, -1, 0, 1, 3600 })
                times.append(change.atUtc.toUTC().addSecs(delta));
        }
    }
    std::sort(times.begin(), times.end());
    return times;
}

void expectSameDays(const char *zoneName)
{
    const TimeZoneGuard guard(zoneName);
    const QList<QDateTime> times = timesAcross(QTimeZone::systemTimeZone());
    LocalDays ascending;
    for (const QDateTime &t : times)
        ASSERT_EQ(ascending.dayOf(t), t.toLocalTime().date()) << zoneName << ' ' << qPrintable(t.toString(Qt::ISODate));
    LocalDays descending;
    for (auto it = times.crbegin(); it != times.crend(); ++it)
        ASSERT_EQ(descending.dayOf(*it), it->toLocalTime().date())
            << zoneName << ' ' << qPrintable(it->toString(Qt::ISODate));
    // A time given in local time or with an offset is the same instant.
    LocalDays mixed;
    for (const QDateTime &t : times) {
        const QDateTime other = t.toOffsetFromUtc(-5 * 3600 - 30 * 60);
        ASSERT_EQ(mixed.dayOf(other), t.toLocalTime().date()) << zoneName;
    }
}

} // namespace

TEST(LocalDaysTest, SameDayAsLocalTimeInEveryKindOfZone)
{
    for (const char *zone : { "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata",
                              "Pacific/Apia", "America/Sao_Paulo" }) {
        if (!QFile::exists(QStringLiteral("/usr/share/zoneinfo/") + QLatin1String(zone))) {
            ADD_FAILURE() << "no time zone data for " << zone;
            continue;
        }
        expectSameDays(zone);
    }
}

TEST(LocalDaysTest, UtcAndZonesGivenAsRules)
{
    expectSameDays("UTC");
    // A POSIX rule in TZ, not a file: the C library and QTimeZone both read it.
    expectSameDays("XST-3:30");
    expectSameDays("EST5EDT,M3.2.0,M11.1.0");
    // A name no zone has: both fall back to UTC, or this falls back to asking QDateTime.
    expectSameDays("Nowhere/Atlantis");
}

TEST(LocalDaysTest, AnInvalidTimeHasNoDay)
{
    LocalDays days;
    EXPECT_FALSE(days.dayOf(QDateTime()).isValid());
    EXPECT_EQ(days.dayOf(QDateTime(QDate(1901, 6, 1), QTime(23, 0), Qt::UTC)),
              QDateTime(QDate(1901, 6, 1), QTime(23, 0), Qt::UTC).toLocalTime().date());
}
