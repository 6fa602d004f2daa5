#include "calendarexport.h"

#include <QCoreApplication>

namespace tandem::core {

namespace {

const char *const WeekdayCodes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

QByteArray line(const QString &text)
{
    return CalendarExport::foldLine(text.toUtf8()) + "\r\n";
}

QString icsDate(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QByteArray event(const QString &uid, const QDateTime &now, const QDate &start, const QString &rule,
                 const QString &summary, const QString &description)
{
    QByteArray out;
    out += line(QStringLiteral("BEGIN:VEVENT"));
    out += line(QStringLiteral("UID:") + uid);
    out += line(QStringLiteral("DTSTAMP:") + now.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
    out += line(QStringLiteral("DTSTART;VALUE=DATE:") + icsDate(start));
    out += line(QStringLiteral("DTEND;VALUE=DATE:") + icsDate(start.addDays(1)));
    out += line(QStringLiteral("RRULE:") + rule);
    out += line(QStringLiteral("SUMMARY:") + CalendarExport::escapeText(summary));
    out += line(QStringLiteral("DESCRIPTION:") + CalendarExport::escapeText(description));
    out += line(QStringLiteral("TRANSP:TRANSPARENT"));
    out += line(QStringLiteral("BEGIN:VALARM"));
    out += line(QStringLiteral("ACTION:DISPLAY"));
    out += line(QStringLiteral("TRIGGER;RELATED=START:PT9H"));
    out += line(QStringLiteral("DESCRIPTION:") + CalendarExport::escapeText(summary));
    out += line(QStringLiteral("END:VALARM"));
    out += line(QStringLiteral("END:VEVENT"));
    return out;
}

} // namespace

QString CalendarExport::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\': out += QStringLiteral("\\\\"); break;
        case ';': out += QStringLiteral("\\;"); break;
        case ',': out += QStringLiteral("\\,"); break;
        case '\n': out += QStringLiteral("\\n"); break;
        case '\r': break;
        default: out += c;
        }
    }
    return out;
}

QByteArray CalendarExport::foldLine(const QByteArray &line)
{
    constexpr int Limit = 75;
    QByteArray out;
    int used = 0;  // octets on the current physical line
    int i = 0;
    while (i < line.size()) {
        // Length of the UTF-8 sequence starting here.
        const auto lead = static_cast<unsigned char>(line.at(i));
        int length = 1;
        if (lead >= 0xF0)
            length = 4;
        else if (lead >= 0xE0)
            length = 3;
        else if (lead >= 0xC0)
            length = 2;
        length = std::min<int>(length, static_cast<int>(line.size()) - i);
        if (used + length > Limit) {
            out += "\r\n ";
            used = 1;
        }
        out += line.mid(i, length);
        used += length;
        i += length;
    }
    return out;
}

QByteArray CalendarExport::scheduleIcs(const Cadence &cadence, const DueState &due, const QDateTime &now)
{
    const QString weekday = QString::fromLatin1(WeekdayCodes[std::clamp(cadence.pulseWeekday, 1, 7) - 1]);
    // A due check-in starts the series today rather than in the past.
    const QDate today = now.toLocalTime().date();
    // RFC 5545: the first occurrence must match the rule, so the pulse series starts on a pulse
    // day: the next one from today when one is due (the overdue one is the app's to show).
    QDate pulseStart = due.pulse.due || !due.pulse.date.isValid() ? today : due.pulse.date;
    for (int i = 0; i < 7 && pulseStart.dayOfWeek() != std::clamp(cadence.pulseWeekday, 1, 7); ++i)
        pulseStart = pulseStart.addDays(1);
    const QDate fullStart = due.full.due ? std::max(today, due.full.date) : due.full.date;

    QByteArray out;
    out += line(QStringLiteral("BEGIN:VCALENDAR"));
    out += line(QStringLiteral("VERSION:2.0"));
    out += line(QStringLiteral("PRODID:-//Tandem//Tandem %1//EN").arg(QStringLiteral(TANDEM_VERSION)));
    out += line(QStringLiteral("CALSCALE:GREGORIAN"));
    out += line(QStringLiteral("X-WR-CALNAME:Tandem check-ins"));
    out += event(QStringLiteral("tandem-pulse-check-in@tandem.local"), now, pulseStart,
                 QStringLiteral("FREQ=WEEKLY;BYDAY=") + weekday,
                 QCoreApplication::translate("CalendarExport", "Tandem: weekly pulse check-in"),
                 QCoreApplication::translate("CalendarExport",
                                             "One minute in Tandem: one quick statement per skill, about this past week."));
    out += event(QStringLiteral("tandem-full-assessment@tandem.local"), now, fullStart,
                 QStringLiteral("FREQ=WEEKLY;INTERVAL=%1").arg(cadence.fullIntervalWeeks),
                 QCoreApplication::translate("CalendarExport", "Tandem: full self-assessment"),
                 QCoreApplication::translate("CalendarExport",
                                             "About ten minutes in Tandem: every skill and both sides of each contrast, "
                                             "then your results and what has really changed."));
    out += line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace tandem::core
