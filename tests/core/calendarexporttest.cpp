// The exported .ics file: calendar programs are strict about line endings, folding and
// escaping, and a file they reject (or a reminder on the wrong day) is what the user sees.
#include "qtprinters.h"
#include "calendarexport.h"

#include <QByteArrayList>

#include <gtest/gtest.h>

using namespace tandem::core;

namespace {

// Noon UTC, so that the local date is the same wherever the tests run.
const QDateTime Now(QDate(2026, 6, 3), QTime(12, 0), Qt::UTC); // a Wednesday

Cadence cadence(int weekday, int weeks)
{
    Cadence c;
    c.pulseWeekday = weekday;
    c.fullIntervalWeeks = weeks;
    return c;
}

// Nothing due: the pulse next on Monday 8 June, the full assessment on 15 July.
DueState notDue()
{
    DueState due;
    due.pulse = {AssessmentKind::Pulse, false, QDate(2026, 6, 8)};
    due.full = {AssessmentKind::Full, false, QDate(2026, 7, 15)};
    return due;
}

// RFC 5545 3.1: a CRLF followed by one space or tab continues the previous line.
QByteArray unfold(QByteArray text)
{
    text.replace("\r\n ", "");
    text.replace("\r\n\t", "");
    return text;
}

// The logical lines of an .ics file.
QByteArrayList contentLines(const QByteArray &ics)
{
    QByteArrayList lines = unfold(ics).split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

// The events' lines, each VEVENT on its own.
QList<QByteArrayList> events(const QByteArray &ics)
{
    QList<QByteArrayList> result;
    bool inside = false;  // an index, not a pointer: append() may move the list
    for (const QByteArray &line : contentLines(ics)) {
        if (line == "BEGIN:VEVENT") {
            result.append(QByteArrayList());
            inside = true;
        } else if (line == "END:VEVENT") {
            inside = false;
        } else if (inside) {
            result.last().append(line);
        }
    }
    return result;
}

QByteArray property(const QByteArrayList &lines, const QByteArray &name)
{
    for (const QByteArray &line : lines) {
        if (line.startsWith(QByteArray(name + ':')) || line.startsWith(QByteArray(name + ';')))
            return line;
    }
    return {};
}

bool isValidUtf8(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

// Each physical line at most 75 octets (without CRLF) and whole UTF-8 characters only. For
// the folding of one content line, every line after the first is a continuation.
void expectWellFolded(const QByteArray &folded, bool oneContentLine = false)
{
    const QByteArrayList physical = folded.split('\n');
    for (qsizetype i = 0; i < physical.size(); ++i) {
        QByteArray line = physical.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        EXPECT_LE(line.size(), 75) << "line " << i << ": " << line.constData();
        EXPECT_TRUE(isValidUtf8(line)) << "line " << i << " splits a character: " << line.toHex().constData();
        if (oneContentLine && i > 0) {
            EXPECT_TRUE(line.startsWith(' ')) << "continuation line " << i << " does not start with a space";
        }
    }
}

} // namespace

TEST(CalendarExportTest, EveryLineEndsWithCrLf)
{
    const QByteArray ics = CalendarExport::scheduleIcs(cadence(1, 6), notDue(), Now);
    ASSERT_FALSE(ics.isEmpty());
    EXPECT_TRUE(ics.endsWith("\r\n"));
    int lines = 0;
    for (qsizetype i = 0; i < ics.size(); ++i) {
        if (ics.at(i) == '\n') {
            ++lines;
            ASSERT_TRUE(i > 0 && ics.at(i - 1) == '\r') << "bare LF at byte " << i;
        }
        if (ics.at(i) == '\r') {
            ASSERT_TRUE(i + 1 < ics.size() && ics.at(i + 1) == '\n') << "bare CR at byte " << i;
        }
    }
    EXPECT_GT(lines, 20);
    expectWellFolded(ics);
    EXPECT_TRUE(isValidUtf8(ics));
}

TEST(CalendarExportTest, OneCalendarWithTwoEventsAndFixedUids)
{
    const QByteArray ics = CalendarExport::scheduleIcs(cadence(1, 6), notDue(), Now);
    const QByteArrayList lines = contentLines(ics);
    ASSERT_GE(lines.size(), 4);
    EXPECT_EQ(lines.first(), QByteArray("BEGIN:VCALENDAR"));
    EXPECT_EQ(lines.last(), QByteArray("END:VCALENDAR"));
    EXPECT_EQ(lines.count("BEGIN:VCALENDAR"), 1);
    EXPECT_TRUE(lines.contains("VERSION:2.0"));
    EXPECT_TRUE(property(lines, "PRODID").startsWith("PRODID:-//Tandem//"));
    EXPECT_EQ(lines.count("BEGIN:VEVENT"), 2);
    EXPECT_EQ(lines.count("END:VEVENT"), 2);

    const QList<QByteArrayList> ev = events(ics);
    ASSERT_EQ(ev.size(), 2);
    // The same UIDs in every export, so that importing a newer file updates the events
    // instead of adding a second set.
    EXPECT_EQ(property(ev.at(0), "UID"), QByteArray("UID:tandem-pulse-check-in@tandem.local"));
    EXPECT_EQ(property(ev.at(1), "UID"), QByteArray("UID:tandem-full-assessment@tandem.local"));
    const QByteArray again = CalendarExport::scheduleIcs(cadence(4, 8), DueState{}, Now.addDays(30));
    const QList<QByteArrayList> ev2 = events(again);
    ASSERT_EQ(ev2.size(), 2);
    EXPECT_EQ(property(ev2.at(0), "UID"), property(ev.at(0), "UID"));
    EXPECT_EQ(property(ev2.at(1), "UID"), property(ev.at(1), "UID"));

    for (const QByteArrayList &event : ev) {
        EXPECT_EQ(property(event, "DTSTAMP"), QByteArray("DTSTAMP:20260603T120000Z"));
        EXPECT_TRUE(property(event, "SUMMARY").startsWith("SUMMARY:Tandem: ")) << property(event, "SUMMARY").constData();
        // A reminder at 9:00 on the day.
        EXPECT_EQ(event.count("BEGIN:VALARM"), 1);
        EXPECT_EQ(event.count("END:VALARM"), 1);
        EXPECT_TRUE(event.contains("ACTION:DISPLAY"));
        EXPECT_TRUE(event.contains("TRIGGER;RELATED=START:PT9H"));
    }
}

TEST(CalendarExportTest, PulseRepeatsOnTheChosenWeekday)
{
    const char *const codes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    for (int weekday = 1; weekday <= 7; ++weekday) {
        SCOPED_TRACE(weekday);
        const QList<QByteArrayList> ev = events(CalendarExport::scheduleIcs(cadence(weekday, 6), notDue(), Now));
        ASSERT_EQ(ev.size(), 2);
        EXPECT_EQ(property(ev.at(0), "RRULE"), QByteArray("RRULE:FREQ=WEEKLY;BYDAY=") + codes[weekday - 1]);
    }
}

TEST(CalendarExportTest, FullRepeatsEveryNWeeks)
{
    for (int weeks : {2, 6, 13, 26}) {
        SCOPED_TRACE(weeks);
        const QList<QByteArrayList> ev = events(CalendarExport::scheduleIcs(cadence(1, weeks), notDue(), Now));
        ASSERT_EQ(ev.size(), 2);
        EXPECT_EQ(property(ev.at(1), "RRULE"), QByteArray("RRULE:FREQ=WEEKLY;INTERVAL=") + QByteArray::number(weeks));
    }
}

TEST(CalendarExportTest, EventsStartOnTheNextDueDate)
{
    const QList<QByteArrayList> ev = events(CalendarExport::scheduleIcs(cadence(1, 6), notDue(), Now));
    ASSERT_EQ(ev.size(), 2);
    // All-day events: DTEND is the day after.
    EXPECT_EQ(property(ev.at(0), "DTSTART"), QByteArray("DTSTART;VALUE=DATE:20260608"));
    EXPECT_EQ(property(ev.at(0), "DTEND"), QByteArray("DTEND;VALUE=DATE:20260609"));
    EXPECT_EQ(property(ev.at(1), "DTSTART"), QByteArray("DTSTART;VALUE=DATE:20260715"));
    EXPECT_EQ(property(ev.at(1), "DTEND"), QByteArray("DTEND;VALUE=DATE:20260716"));
}

TEST(CalendarExportTest, SomethingDueStartsFromTodayNotInThePastAndOnARuleDay)
{
    DueState due;
    due.pulse = {AssessmentKind::Pulse, true, QDate(2026, 6, 1)};
    due.full = {AssessmentKind::Full, true, QDate(2026, 4, 20)};
    const QList<QByteArrayList> ev = events(CalendarExport::scheduleIcs(cadence(1, 6), due, Now));
    ASSERT_EQ(ev.size(), 2);
    // Today is Wednesday 3 June; a weekly BYDAY=MO series must start on a Monday (RFC 5545).
    EXPECT_EQ(property(ev.at(0), "DTSTART"), QByteArray("DTSTART;VALUE=DATE:20260608"));
    EXPECT_EQ(property(ev.at(1), "DTSTART"), QByteArray("DTSTART;VALUE=DATE:20260603"));
    EXPECT_EQ(property(ev.at(1), "DTEND"), QByteArray("DTEND;VALUE=DATE:20260604"));
}

TEST(CalendarExportTest, LongDescriptionsAreFoldedAndComeBackWhole)
{
    const QByteArray ics = CalendarExport::scheduleIcs(cadence(1, 6), notDue(), Now);
    expectWellFolded(ics);
    // The full assessment's description is longer than one line; a calendar that unfolds it
    // shows the whole sentence, with its comma escaped.
    const QByteArray description = property(events(ics).at(1), "DESCRIPTION");
    EXPECT_GT(description.size(), 75);
    EXPECT_EQ(description, QByteArray("DESCRIPTION:About ten minutes in Tandem: every skill and both sides of each "
                                      "contrast\\, then your results and what has really changed."));
    EXPECT_TRUE(ics.contains("\r\n ")) << "nothing was folded";
}

TEST(CalendarExportTest, EscapeTextEscapesWhatRfc5545Requires)
{
    EXPECT_EQ(CalendarExport::escapeText(QStringLiteral("plain text: 9:00")), QStringLiteral("plain text: 9:00"));
    EXPECT_EQ(CalendarExport::escapeText(QStringLiteral("a\\b")), QStringLiteral("a\\\\b"));
    EXPECT_EQ(CalendarExport::escapeText(QStringLiteral("one; two")), QStringLiteral("one\\; two"));
    EXPECT_EQ(CalendarExport::escapeText(QStringLiteral("red, green")), QStringLiteral("red\\, green"));
    EXPECT_EQ(CalendarExport::escapeText(QStringLiteral("line\nnext")), QStringLiteral("line\\nnext"));
    EXPECT_EQ(CalendarExport::escapeText(QStringLiteral("line\r\nnext")), QStringLiteral("line\\nnext"));
    EXPECT_EQ(CalendarExport::escapeText(QStringLiteral("\\;,\n")), QStringLiteral("\\\\\\;\\,\\n"));
    EXPECT_EQ(CalendarExport::escapeText(QStringLiteral("Café — ok")), QStringLiteral("Café — ok"));
}

TEST(CalendarExportTest, FoldLineAtSeventyFiveOctets)
{
    const QByteArray exact(75, 'x');
    EXPECT_EQ(CalendarExport::foldLine(exact), exact);
    const QByteArray over(76, 'x');
    EXPECT_EQ(CalendarExport::foldLine(over), QByteArray(75, 'x') + "\r\n x");
    // Continuation lines hold 74 octets after their leading space.
    const QByteArray longLine(75 + 74 + 10, 'y');
    EXPECT_EQ(CalendarExport::foldLine(longLine), QByteArray(75, 'y') + "\r\n " + QByteArray(74, 'y') + "\r\n " + QByteArray(10, 'y'));
    EXPECT_EQ(CalendarExport::foldLine(QByteArray()), QByteArray());
}

TEST(CalendarExportTest, FoldLineNeverSplitsACharacter)
{
    // "é" is 2 octets, "€" 3 and "😀" 4: with every prefix length the fold point lands inside a
    // character for one of them.
    for (const QString &piece : {QStringLiteral("é"), QStringLiteral("€"), QStringLiteral("😀"), QStringLiteral("aé😀€")}) {
        for (int prefix = 0; prefix < 4; ++prefix) {
            const QString text = QStringLiteral("SUMMARY:") + QString(prefix, QLatin1Char('p')) + piece.repeated(90);
            const QByteArray line = text.toUtf8();
            SCOPED_TRACE(prefix);
            SCOPED_TRACE(piece.toStdString());
            const QByteArray folded = CalendarExport::foldLine(line);
            EXPECT_GT(folded.count("\r\n "), 1);
            expectWellFolded(folded, true);
            EXPECT_EQ(unfold(folded), line);
            EXPECT_EQ(QString::fromUtf8(unfold(folded)), text);
        }
    }
}
