// The CSV export as a spreadsheet user meets it: files that open with the right columns, cells
// that hold exactly what was written (commas, quotes, line breaks, any script), no formula run
// by accident, and the scores Tandem showed.
#include "qtprinters.h"
#include "csvexport.h"

#include "skillmodel.h"

#include <gtest/gtest.h>

using namespace tandem::core;

namespace {

// A strict RFC 4180 reader: what a spreadsheet does with the file. Fails the test on anything
// that is not well-formed CSV.
QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QList<QStringList> records;
    QStringList record;
    QByteArray field;
    qsizetype i = 0;
    bool quoted = false;
    while (i < bytes.size()) {
        const char c = bytes.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < bytes.size() && bytes.at(i + 1) == '"') {
                field += '"';
                i += 2;
            } else if (c == '"') {
                quoted = false;
                ++i;
                const char next = i < bytes.size() ? bytes.at(i) : '\r';
                EXPECT_TRUE(next == ',' || next == '\r') << "text after a closing quote at byte " << i;
            } else {
                field += c;
                ++i;
            }
        } else if (c == '"') {
            EXPECT_TRUE(field.isEmpty()) << "a quote inside an unquoted field at byte " << i;
            quoted = true;
            ++i;
        } else if (c == ',') {
            record.append(QString::fromUtf8(field));
            field.clear();
            ++i;
        } else if (c == '\r') {
            EXPECT_TRUE(i + 1 < bytes.size() && bytes.at(i + 1) == '\n') << "a CR without LF at byte " << i;
            record.append(QString::fromUtf8(field));
            field.clear();
            records.append(record);
            record.clear();
            i += 2;
        } else {
            EXPECT_NE(c, '\n') << "a bare LF outside quotes at byte " << i;
            field += c;
            ++i;
        }
    }
    EXPECT_FALSE(quoted) << "the file ends inside a quoted field";
    EXPECT_TRUE(record.isEmpty() && field.isEmpty()) << "the last record has no CRLF";
    return records;
}

// Rows of one assessment's long form, keyed "measure/measure_id" → value.
QMap<QString, QString> measures(const QList<QStringList> &rows, const QString &uuid)
{
    QMap<QString, QString> out;
    for (const QStringList &row : rows) {
        if (row.size() == 7 && row.at(0) == uuid)
            out.insert(row.at(4) + QLatin1Char('/') + row.at(5), row.at(6));
    }
    return out;
}

const QDateTime March4(QDate(2024, 3, 4), QTime(9, 30), Qt::UTC);

// A full assessment: leading skills all at the top (reverse-keyed statements answered 1), managing
// skills in the middle, every leading pole "often" and every managing pole "rarely".
ExchangeAssessment fullAssessment(const SkillModel &model, const QDateTime &takenAt, bool leadHigh)
{
    ExchangeAssessment a;
    a.assessment.uuid = QUuid::createUuid();
    a.assessment.kind = AssessmentKind::Full;
    a.assessment.modelVersion = model.version;
    a.assessment.takenAt = takenAt;
    for (const Skill &skill : model.skills) {
        const bool top = (skill.role == Role::Lead) == leadHigh;
        for (const Item &item : skill.items)
            a.assessment.answers.insert(item.id, top ? (item.reverse ? 1 : 5) : 3);
    }
    for (const Contrast &contrast : model.contrasts) {
        for (const Item &item : contrast.leadPole.items)
            a.assessment.answers.insert(item.id, 4);
        for (const Item &item : contrast.managePole.items)
            a.assessment.answers.insert(item.id, 2);
    }
    return a;
}

JournalEntry entry(const QString &title)
{
    JournalEntry e;
    e.uuid = QUuid::createUuid();
    e.occurredAt = March4;
    e.createdAt = March4.addSecs(60);
    e.updatedAt = March4.addSecs(120);
    e.title = title;
    return e;
}

class CsvExportTest : public ::testing::Test
{
protected:
    const SkillModel &model = SkillModel::builtin();
};

} // namespace

TEST_F(CsvExportTest, GivesBothFilesWithHeaderRowsInUtf8WithoutBom)
{
    const auto files = CsvExport::files(ExchangeData {}, model);
    ASSERT_EQ(files.keys(), (QStringList { QStringLiteral("assessments.csv"), QStringLiteral("journal.csv") }));
    EXPECT_EQ(files.value(QStringLiteral("assessments.csv")),
              QByteArray("assessment_uuid,kind,taken_at,model_version,measure,measure_id,value\r\n"));
    EXPECT_EQ(files.value(QStringLiteral("journal.csv")),
              QByteArray("uuid,occurred_at,created_at,updated_at,title,situation,mode,outcome,rating,feelings,"
                         "learned,next_time,body,tags,skills,contrasts,areas,advice_lean,expectation,confidence,"
                         "review_on,reviewed_at,review_outcome,actual_mode,held\r\n"));
}

TEST_F(CsvExportTest, AFullAssessmentHasEveryAnswerAndEveryScoreInLongForm)
{
    ExchangeData data;
    data.assessments.append(fullAssessment(model, March4, true));
    const QString uuid = data.assessments.constFirst().assessment.uuid.toString(QUuid::WithoutBraces);

    const auto rows = parseCsv(CsvExport::files(data, model).value(QStringLiteral("assessments.csv")));
    ASSERT_FALSE(rows.isEmpty());
    const qsizetype answers = model.fullAssessmentItems().size();
    // Answers, 8 skills, 2 indices and the balance, both poles of 5 contrasts.
    EXPECT_EQ(rows.size() - 1, answers + 8 + 3 + 10);
    for (const QStringList &row : rows.mid(1)) {
        ASSERT_EQ(row.size(), 7);
        EXPECT_EQ(row.at(1), QStringLiteral("full"));
        EXPECT_EQ(row.at(2), QStringLiteral("2024-03-04T09:30:00Z"));
        EXPECT_EQ(row.at(3), model.version);
    }
    // The model's order: the first row is the first statement asked.
    EXPECT_EQ(rows.at(1).at(4), QStringLiteral("answer"));
    EXPECT_EQ(rows.at(1).at(5), model.fullAssessmentItems().constFirst().id);

    const auto m = measures(rows, uuid);
    EXPECT_EQ(m.value(QStringLiteral("answer/visionary-thinking.1")), QStringLiteral("5"));
    EXPECT_EQ(m.value(QStringLiteral("answer/visionary-thinking.4")),
              QStringLiteral("1")); // reverse-keyed, as answered
    EXPECT_EQ(m.value(QStringLiteral("skill/visionary-thinking")), QStringLiteral("100"));
    EXPECT_EQ(m.value(QStringLiteral("skill/communication-clarity")), QStringLiteral("50"));
    EXPECT_EQ(m.value(QStringLiteral("lead_index/")), QStringLiteral("100"));
    EXPECT_EQ(m.value(QStringLiteral("manage_index/")), QStringLiteral("50"));
    EXPECT_EQ(m.value(QStringLiteral("balance/")), QStringLiteral("50"));
    EXPECT_EQ(m.value(QStringLiteral("lead_pole/risk")), QStringLiteral("75"));
    EXPECT_EQ(m.value(QStringLiteral("manage_pole/risk")), QStringLiteral("25"));
}

TEST_F(CsvExportTest, ScoresMatchTheScorerAndNegativeNumbersStayNumbers)
{
    ExchangeData data;
    ExchangeAssessment a = fullAssessment(model, March4, false);
    a.assessment.answers.insert(QStringLiteral("visionary-thinking.1"), 4); // 75, 50, 50, 50 → 56.25
    data.assessments.append(a);
    const auto m = measures(parseCsv(CsvExport::files(data, model).value(QStringLiteral("assessments.csv"))),
                            a.assessment.uuid.toString(QUuid::WithoutBraces));
    const Profile p = Scorer(model).score(a.assessment.answers, AssessmentKind::Full);
    EXPECT_EQ(m.value(QStringLiteral("skill/visionary-thinking")), QStringLiteral("56.25"));
    EXPECT_DOUBLE_EQ(m.value(QStringLiteral("skill/visionary-thinking")).toDouble(),
                     p.skills.value(QStringLiteral("visionary-thinking")));
    EXPECT_NEAR(m.value(QStringLiteral("balance/")).toDouble(), *p.balance, 0.005);
    // A balance below zero is a number for the spreadsheet, not text with an apostrophe.
    EXPECT_TRUE(m.value(QStringLiteral("balance/")).startsWith(QLatin1Char('-')));
}

TEST_F(CsvExportTest, APulseHasItsAnswersSkillsAndIndicesButNoPoles)
{
    ExchangeData data;
    ExchangeAssessment a;
    a.assessment.uuid = QUuid::createUuid();
    a.assessment.kind = AssessmentKind::Pulse;
    a.assessment.modelVersion = model.version;
    a.assessment.takenAt = March4;
    for (const PulseItem &item : model.pulseItems)
        a.assessment.answers.insert(item.id, 4);
    data.assessments.append(a);
    const auto m = measures(parseCsv(CsvExport::files(data, model).value(QStringLiteral("assessments.csv"))),
                            a.assessment.uuid.toString(QUuid::WithoutBraces));
    EXPECT_EQ(m.value(QStringLiteral("answer/pulse.visionary-thinking")), QStringLiteral("4"));
    EXPECT_EQ(m.value(QStringLiteral("skill/visionary-thinking")), QStringLiteral("75"));
    EXPECT_EQ(m.value(QStringLiteral("lead_index/")), QStringLiteral("75"));
    EXPECT_EQ(m.value(QStringLiteral("balance/")), QStringLiteral("0"));
    EXPECT_FALSE(m.contains(QStringLiteral("lead_pole/risk")));
}

TEST_F(CsvExportTest, RowsComeInTheSameOrderWhateverTheInputOrder)
{
    ExchangeData data;
    data.assessments.append(fullAssessment(model, March4.addDays(30), true));
    data.assessments.append(fullAssessment(model, March4, false));
    data.journalEntries.append(entry(QStringLiteral("later")));
    data.journalEntries.last().occurredAt = March4.addDays(2);
    data.journalEntries.append(entry(QStringLiteral("earlier")));

    ExchangeData reversed = data;
    std::reverse(reversed.assessments.begin(), reversed.assessments.end());
    std::reverse(reversed.journalEntries.begin(), reversed.journalEntries.end());
    const auto files = CsvExport::files(data, model);
    EXPECT_EQ(files, CsvExport::files(reversed, model));

    const auto assessments = parseCsv(files.value(QStringLiteral("assessments.csv")));
    EXPECT_EQ(assessments.at(1).at(2), QStringLiteral("2024-03-04T09:30:00Z")); // oldest first
    const auto journal = parseCsv(files.value(QStringLiteral("journal.csv")));
    ASSERT_EQ(journal.size(), 3);
    EXPECT_EQ(journal.at(1).at(4), QStringLiteral("earlier"));
    EXPECT_EQ(journal.at(2).at(4), QStringLiteral("later"));
}

TEST_F(CsvExportTest, AJournalEntryHasEveryFieldAndTextComesBackExactly)
{
    JournalEntry e = entry(QStringLiteral("Budget, \"round two\""));
    e.situation = QStringLiteral("Line one\nline two, with a comma\r\nand a CRLF");
    e.mode = Mode::Both;
    e.outcome = QStringLiteral("Überraschend gut — 会議 😀");
    e.rating = 4;
    e.feelings = QStringLiteral("\"quoted\"");
    e.learned = QStringLiteral("ask early");
    e.nextTime = QStringLiteral("send the memo first");
    e.body = QStringLiteral("# Notes\n\n- one\n- two");
    e.tags = { QStringLiteral("budget"), QStringLiteral("team") };
    e.skills = { QStringLiteral("visionary-thinking"), QStringLiteral("communication-clarity") };
    e.contrasts = { QStringLiteral("risk") };
    e.areas = { QStringLiteral("goals") };
    Advice advice;
    advice.lean = Lean::Manage;
    e.advice = advice;
    ExchangeData data;
    data.journalEntries.append(e);

    const auto rows = parseCsv(CsvExport::files(data, model).value(QStringLiteral("journal.csv")));
    ASSERT_EQ(rows.size(), 2);
    const QStringList expected { e.uuid.toString(QUuid::WithoutBraces),
                                 QStringLiteral("2024-03-04T09:30:00Z"),
                                 QStringLiteral("2024-03-04T09:31:00Z"),
                                 QStringLiteral("2024-03-04T09:32:00Z"),
                                 e.title,
                                 e.situation,
                                 QStringLiteral("both"),
                                 e.outcome,
                                 QStringLiteral("4"),
                                 e.feelings,
                                 e.learned,
                                 e.nextTime,
                                 e.body,
                                 QStringLiteral("budget;team"),
                                 QStringLiteral("visionary-thinking;communication-clarity"),
                                 QStringLiteral("risk"),
                                 QStringLiteral("goals"),
                                 QStringLiteral("manage"),
                                 QString(), QString(), QString(), QString(), QString(), QString(), QString() };
    EXPECT_EQ(rows.at(1), expected);
}

TEST_F(CsvExportTest, AnEntrysDecisionAndItsReviewHaveTheirOwnColumns)
{
    JournalEntry open = entry(QStringLiteral("Picked the vendor"));
    open.decision = Decision { QStringLiteral("Delivery, on time, by May"), 70, QDate(2024, 4, 1), std::nullopt };
    JournalEntry reviewed = entry(QStringLiteral("Moved the launch"));
    reviewed.occurredAt = March4.addDays(1);
    reviewed.decision = Decision { QStringLiteral("-fewer bugs"), std::nullopt, QDate(2024, 4, 2),
                                   DecisionReview { QDateTime(QDate(2024, 4, 3), QTime(17, 5), Qt::UTC),
                                                    QStringLiteral("Half as many, \"really\""), Mode::Manage,
                                                    Held::Partly } };
    ExchangeData data;
    data.journalEntries = { reviewed, open };

    const auto rows = parseCsv(CsvExport::files(data, model).value(QStringLiteral("journal.csv")));
    ASSERT_EQ(rows.size(), 3);
    const qsizetype first = rows.at(0).indexOf(QStringLiteral("expectation"));
    ASSERT_EQ(first, 18);
    EXPECT_EQ(rows.at(1).mid(first), (QStringList { QStringLiteral("Delivery, on time, by May"), QStringLiteral("70"),
                                                   QStringLiteral("2024-04-01"), QString(), QString(), QString(),
                                                   QString() }));
    // An expectation starting with "-" is text, not a formula.
    EXPECT_EQ(rows.at(2).mid(first),
              (QStringList { QStringLiteral("'-fewer bugs"), QString(), QStringLiteral("2024-04-02"),
                             QStringLiteral("2024-04-03T17:05:00Z"), QStringLiteral("Half as many, \"really\""),
                             QStringLiteral("manage"), QStringLiteral("partly") }));
}

TEST_F(CsvExportTest, CellsThatASpreadsheetWouldRunAsFormulasGetAnApostrophe)
{
    ExchangeData data;
    for (const QString &title : { QStringLiteral("=HYPERLINK(\"http://x\",\"click\")"), QStringLiteral("+1 for Ann"),
                                  QStringLiteral("-5 points"), QStringLiteral("@SUM(A1)"), QStringLiteral("\tindented"),
                                  QStringLiteral("\rcarriage"), QStringLiteral("a = b, safe") }) {
        data.journalEntries.append(entry(title));
        data.journalEntries.last().occurredAt = March4.addSecs(data.journalEntries.size());
    }
    data.journalEntries.last().tags = { QStringLiteral("=cmd"), QStringLiteral("ok") };
    const auto rows = parseCsv(CsvExport::files(data, model).value(QStringLiteral("journal.csv")));
    ASSERT_EQ(rows.size(), 8);
    QStringList titles;
    for (const QStringList &row : rows.mid(1))
        titles.append(row.at(4));
    EXPECT_EQ(titles,
              (QStringList { QStringLiteral("'=HYPERLINK(\"http://x\",\"click\")"), QStringLiteral("'+1 for Ann"),
                             QStringLiteral("'-5 points"), QStringLiteral("'@SUM(A1)"), QStringLiteral("'\tindented"),
                             QStringLiteral("'\rcarriage"), QStringLiteral("a = b, safe") }));
    EXPECT_EQ(rows.at(7).at(13), QStringLiteral("'=cmd;ok"));
}
