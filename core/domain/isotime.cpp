#include "isotime.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <optional>

namespace tandem::core {

namespace {

constexpr int MaxOffsetMinutes = 14 * 60;

// Translated when said, not at start-up, when no translator is installed yet.
QString dateForm()
{
    return QCoreApplication::translate("IsoTime", "it is not a date in the form 2026-11-30");
}

QString dateTimeForm()
{
    return QCoreApplication::translate(
        "IsoTime",
        "it is not a time in the form 2026-11-30T09:30 (seconds, a fraction, Z or an offset such as "
        "+01:00 may follow)");
}

// Reads `count` ASCII digits at `pos`; nullopt when any of them is not one.
std::optional<int> digits(const QString &text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return std::nullopt;
    int value = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool charAt(const QString &text, qsizetype pos, char16_t c)
{
    return pos < text.size() && text.at(pos).unicode() == c;
}

QString twoDigits(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

// The date at the start of text (its first ten characters); the caller checks what follows.
Result<QDate> dateAtStart(const QString &text, const QString &form)
{
    const auto year = digits(text, 0, 4);
    const auto month = digits(text, 5, 2);
    const auto day = digits(text, 8, 2);
    if (!year || !month || !day || !charAt(text, 4, u'-') || !charAt(text, 7, u'-'))
        return Error { form };
    if (*year == 0)
        return Error { QCoreApplication::translate("IsoTime", "the year 0000 does not exist") };
    if (*month < 1 || *month > 12)
        return Error { QCoreApplication::translate("IsoTime", "the month %1 is not 01 to 12").arg(twoDigits(*month)) };
    const QDate date(*year, *month, *day);
    if (!date.isValid())
        return Error { QCoreApplication::translate("IsoTime", "%1 is not a day of the calendar").arg(text.left(10)) };
    return date;
}

} // namespace

Result<QDate> IsoTime::parseDate(const QString &text)
{
    const auto date = dateAtStart(text, dateForm());
    if (date && text.size() != 10)
        return Error { dateForm() };
    return date;
}

Result<QDateTime> IsoTime::parseDateTime(const QString &text)
{
    const auto date = dateAtStart(text, dateTimeForm());
    if (!date)
        return Error { date.error() };
    const auto hour = digits(text, 11, 2);
    const auto minute = digits(text, 14, 2);
    if (!charAt(text, 10, u'T') || !hour || !charAt(text, 13, u':') || !minute)
        return Error { dateTimeForm() };
    if (*hour > 23)
        return Error { QCoreApplication::translate("IsoTime", "the hour %1 is not 00 to 23").arg(twoDigits(*hour)) };
    if (*minute > 59)
        return Error {
            QCoreApplication::translate("IsoTime", "the minute %1 is not 00 to 59").arg(twoDigits(*minute))
        };
    qsizetype pos = 16;
    int second = 0;
    int millisecond = 0;
    if (charAt(text, pos, u':')) {
        const auto s = digits(text, pos + 1, 2);
        if (!s)
            return Error { dateTimeForm() };
        if (*s > 59)
            return Error { QCoreApplication::translate("IsoTime", "the second %1 is not 00 to 59").arg(twoDigits(*s)) };
        second = *s;
        pos += 3;
        if (charAt(text, pos, u'.')) {
            ++pos;
            int count = 0;
            while (count < 3 && digits(text, pos, 1)) {
                millisecond = millisecond * 10 + *digits(text, pos, 1);
                ++pos;
                ++count;
            }
            if (count == 0)
                return Error { dateTimeForm() };
            for (; count < 3; ++count)
                millisecond *= 10;
        }
    }
    const QTime time(*hour, *minute, second, millisecond);

    std::optional<QTimeZone> zone;
    if (charAt(text, pos, u'Z')) {
        zone = QTimeZone::utc();
        ++pos;
    } else if (charAt(text, pos, u'+') || charAt(text, pos, u'-')) {
        const bool east = charAt(text, pos, u'+');
        const auto hours = digits(text, pos + 1, 2);
        const auto minutes = digits(text, pos + 4, 2);
        if (!hours || !charAt(text, pos + 3, u':') || !minutes)
            return Error { dateTimeForm() };
        const QString offset = text.mid(pos, 6);
        if (*minutes > 59 || *hours * 60 + *minutes > MaxOffsetMinutes)
            return Error {
                QCoreApplication::translate("IsoTime", "the offset %1 is not between -14:00 and +14:00").arg(offset)
            };
        zone = QTimeZone((east ? 1 : -1) * (*hours * 3600 + *minutes * 60));
        pos += 6;
    }
    if (pos != text.size())
        return Error {
            QCoreApplication::translate("IsoTime", "\"%1\" after the time is not understood").arg(text.mid(pos, 40))
        };

    if (zone)
        return QDateTime(*date, time, *zone);
    const QDateTime local(*date, time, Qt::LocalTime);
    // A time the clocks skip is either invalid or moved to another time; both are refused.
    if (!local.isValid() || local.date() != *date || local.time() != time)
        return Error { QCoreApplication::translate("IsoTime",
                                                   "%1 does not exist in local time here (the clocks skip it)")
                           .arg(text.left(pos)) };
    return local;
}

Result<QDateTime> IsoTime::parseDateOrDateTime(const QString &text)
{
    if (text.size() > 10)
        return parseDateTime(text);
    const auto date = parseDate(text);
    if (!date)
        return Error { date.error() };
    const QDateTime middle(*date, QTime(12, 0), Qt::LocalTime);
    if (!middle.isValid())
        return Error { QCoreApplication::translate("IsoTime", "%1 has no 12:00 in local time here").arg(text) };
    return middle;
}

} // namespace tandem::core
