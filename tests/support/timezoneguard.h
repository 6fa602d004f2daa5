#pragma once

// Sets TZ for one test and puts it back afterwards; QDateTime's local time, QTimeZone's system
// zone and SQLite's 'localtime' all follow it.
#include <QByteArray>
#include <QtGlobal>

#include <ctime>

namespace tandem::test {

class TimeZoneGuard
{
public:
    explicit TimeZoneGuard(const char *zone) : m_old(qgetenv("TZ")), m_had(qEnvironmentVariableIsSet("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~TimeZoneGuard()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    TimeZoneGuard(const TimeZoneGuard &) = delete;
    TimeZoneGuard &operator=(const TimeZoneGuard &) = delete;

private:
    QByteArray m_old;
    bool m_had;
};

} // namespace tandem::test
