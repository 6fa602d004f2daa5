// Importing a jrnl journal from `jrnl --export json`: titles, bodies, times and tags as jrnl
// showed them, stable identities so that a second import merges, and a clear message (never a
// crash) for anything that is not such an export.
#include "qtprinters.h"
#include "jrnlimport.h"

#include "tandemjson.h"

#include <QFile>

#include <ctime>

#include <gtest/gtest.h>

using namespace tandem::core;

namespace {

QByteArray sample()
{
    QFile file(QStringLiteral(TANDEM_TEST_DATA_DIR "/jrnl/export.json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QDateTime localUtc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::LocalTime).toUTC();
}

QByteArray oneEntry(const QByteArray &fields)
{
    return "{\"tags\": {}, \"entries\": [{" + fields + "}]}";
}

QString refusal(const QByteArray &json)
{
    const auto result = JrnlImport::parse(json);
    EXPECT_FALSE(result.ok()) << "accepted: " << json.left(200).toStdString();
    return result.ok() ? QString() : result.error();
}

const QByteArray Valid = "\"title\": \"T\", \"body\": \"B\", \"date\": \"2024-03-04\", \"time\": \"09:15\"";

} // namespace

TEST(JrnlImportTest, ReadsARealExport)
{
    const auto data = JrnlImport::parse(sample());
    ASSERT_TRUE(data.ok()) << data.error().toStdString();
    ASSERT_EQ(data->journalEntries.size(), 3);

    const JournalEntry &first = data->journalEntries.at(0);
    EXPECT_EQ(first.title, QStringLiteral("Told the team why we are moving to quarterly planning."));
    EXPECT_EQ(first.body,
              QStringLiteral(" Most nodded; @Sam asked good questions about the timeline.\n\n"
                             "Next time: send the memo first. #planning"));
    EXPECT_EQ(first.occurredAt, localUtc(2024, 3, 4, 9, 15));
    EXPECT_EQ(first.occurredAt.timeSpec(), Qt::UTC);
    EXPECT_EQ(first.createdAt, first.occurredAt);
    EXPECT_EQ(first.updatedAt, first.occurredAt);
    // Tags without jrnl's '@' or '#'.
    EXPECT_EQ(first.tags, (QStringList { QStringLiteral("Sam"), QStringLiteral("planning") }));

    const JournalEntry &second = data->journalEntries.at(1);
    EXPECT_EQ(second.title, QStringLiteral("1:1 with Priya — she wants more ownership.")); // from \u2014
    EXPECT_EQ(second.body, QStringLiteral("Agreed she leads the vendor talks. Über-happy."));
    EXPECT_EQ(second.tags, (QStringList { QStringLiteral("delegation"), QStringLiteral("starred") }));

    const JournalEntry &third = data->journalEntries.at(2);
    EXPECT_EQ(third.occurredAt, localUtc(2024, 3, 31, 23, 59));
    EXPECT_TRUE(third.body.isEmpty());
    EXPECT_TRUE(third.tags.isEmpty());
}

TEST(JrnlImportTest, WhatIsImportedCanBeExportedAndReadBack)
{
    const auto data = JrnlImport::parse(sample());
    ASSERT_TRUE(data.ok());
    const auto back = TandemJson::read(TandemJson::write(*data));
    ASSERT_TRUE(back.ok()) << back.error().toStdString();
    EXPECT_EQ(back->journalEntries.size(), 3);
}

TEST(JrnlImportTest, TagsDifferingOnlyInCaseAreOneTag)
{
    const auto data = JrnlImport::parse(
        oneEntry(Valid + ", \"tags\": [\"@Work\", \"#work\", \"@\", \"@Starred\"], \"starred\": true"));
    ASSERT_TRUE(data.ok()) << data.error().toStdString();
    EXPECT_EQ(data->journalEntries.constFirst().tags,
              (QStringList { QStringLiteral("Work"), QStringLiteral("Starred") }));
    EXPECT_TRUE(refusal(oneEntry(Valid + ", \"tags\": [\"@" + QByteArray(1001, 'x') + "\"]"))
                    .contains(QStringLiteral("a tag is too long (1,001 characters; at most 1,000)")));
}

TEST(JrnlImportTest, ALeadingByteOrderMarkInATextIsKept)
{
    // Before the document it is only a byte-order mark; at the start of a text it is text.
    const auto data = JrnlImport::parse("\xEF\xBB\xBF{\"entries\": [{\"title\": \"\xEF\xBB\xBFT\", \"body\": "
                                        "\"\xEF\xBB\xBFnotes\", \"date\": \"2024-03-04\", \"time\": \"09:15\", "
                                        "\"tags\": [\"@\xEF\xBB\xBFx\"]}]}");
    ASSERT_TRUE(data.ok()) << data.error().toStdString();
    const JournalEntry &entry = data->journalEntries.constFirst();
    EXPECT_EQ(entry.title, QStringLiteral("\uFEFFT"));
    EXPECT_EQ(entry.body, QStringLiteral("\uFEFFnotes"));
    EXPECT_EQ(entry.tags, QStringList { QStringLiteral("\uFEFFx") });
}

TEST(JrnlImportTest, UuidsAreStableAndNamedAfterDateTimeAndTitle)
{
    const auto a = JrnlImport::parse(sample());
    const auto b = JrnlImport::parse(sample());
    ASSERT_TRUE(a.ok() && b.ok());
    for (qsizetype i = 0; i < a->journalEntries.size(); ++i)
        EXPECT_EQ(a->journalEntries.at(i).uuid, b->journalEntries.at(i).uuid);
    EXPECT_EQ(a->journalEntries.at(2).uuid,
              QUuid::createUuidV5(JrnlImport::uuidNamespace(), QStringLiteral("jrnl:2024-03-31 23:59 Budget review")));
    EXPECT_NE(a->journalEntries.at(0).uuid, a->journalEntries.at(1).uuid);
}

TEST(JrnlImportTest, TwoEntriesWithTheSameDateTimeAndTitleStayTwo)
{
    const QByteArray json = "{\"entries\": [{" + Valid + "}, {" + Valid + ", \"body\": \"other\"}]}";
    const auto data = JrnlImport::parse(json);
    ASSERT_TRUE(data.ok()) << data.error().toStdString();
    ASSERT_EQ(data->journalEntries.size(), 2);
    EXPECT_NE(data->journalEntries.at(0).uuid, data->journalEntries.at(1).uuid);
    EXPECT_EQ(data->journalEntries.at(1).uuid, JrnlImport::parse(json)->journalEntries.at(1).uuid);
}

TEST(JrnlImportTest, OptionalFieldsMayBeMissingAndEmptyEntriesAreSkipped)
{
    const auto data = JrnlImport::parse(
        "{\"entries\": [{\"title\": \"Only a title\", \"date\": \"2024-01-02\", \"time\": \"07:00\"},"
        " {\"title\": \"\", \"body\": \"  \", \"date\": \"2024-01-03\", \"time\": \"07:00\", \"starred\": false},"
        " {\"title\": \"Extra fields\", \"body\": \"x\", \"date\": \"2024-01-04\", \"time\": \"07:00:30\","
        "  \"uuid\": \"ABC\", \"creator\": {\"device_agent\": \"iPhone\"}}]}");
    ASSERT_TRUE(data.ok()) << data.error().toStdString();
    ASSERT_EQ(data->journalEntries.size(), 2);
    EXPECT_EQ(data->journalEntries.at(0).title, QStringLiteral("Only a title"));
    EXPECT_EQ(data->journalEntries.at(1).occurredAt,
              QDateTime(QDate(2024, 1, 4), QTime(7, 0, 30), Qt::LocalTime).toUTC());
    EXPECT_TRUE(JrnlImport::parse("{\"tags\": {}, \"entries\": []}")->journalEntries.isEmpty());
}

TEST(JrnlImportTest, ATimeSkippedByDaylightSavingIsReadAnHourLater)
{
    // Berlin's clocks went from 02:00 to 03:00 on 31 March 2024: 02:30 did not exist there.
    if (!QFile::exists(QStringLiteral("/usr/share/zoneinfo/Europe/Berlin")))
        GTEST_SKIP() << "no time zone data on this machine";
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    tzset();
    const auto data
        = JrnlImport::parse("{\"entries\": [{\"title\": \"t\", \"date\": \"2024-03-31\", \"time\": \"02:30\"},"
                            " {\"title\": \"u\", \"date\": \"2024-03-31\", \"time\": \"09:00\"}]}");
    if (hadTz)
        qputenv("TZ", oldTz);
    else
        qunsetenv("TZ");
    tzset();
    ASSERT_TRUE(data.ok()) << data.error().toStdString();
    EXPECT_EQ(data->journalEntries.at(0).occurredAt,
              QDateTime(QDate(2024, 3, 31), QTime(1, 30), Qt::UTC)); // 03:30 CEST
    EXPECT_EQ(data->journalEntries.at(1).occurredAt, QDateTime(QDate(2024, 3, 31), QTime(7, 0), Qt::UTC));
}

TEST(JrnlImportTest, WrongTypesAreRefusedNamingTheEntryAndField)
{
    const struct
    {
        QByteArray json;
        const char *expected;
    } cases[] = {
        { "[]", "should be an object with \"entries\"" },
        { "\"entries\"", "not valid JSON" },
        { "{\"tags\": {}}", "no list of \"entries\"" },
        { "{\"entries\": {}}", "no list of \"entries\"" },
        { "{\"tags\": [], \"entries\": []}", "\"tags\" should be an object" },
        { "{\"entries\": [42]}", "Entry 1 of the jrnl file: it is not an object" },
        { oneEntry("\"title\": 5, \"body\": \"\", \"date\": \"2024-03-04\", \"time\": \"09:15\""),
          "Entry 1 of the jrnl file: \"title\" should be text" },
        { oneEntry("\"body\": \"b\", \"date\": \"2024-03-04\", \"time\": \"09:15\""), "\"title\" should be text" },
        { oneEntry("\"title\": \"t\", \"body\": null, \"date\": \"2024-03-04\", \"time\": \"09:15\""),
          "\"body\" should be text" },
        { oneEntry("\"title\": \"t\", \"time\": \"09:15\""), "\"date\" should be text" },
        { oneEntry("\"title\": \"t\", \"date\": \"03/04/2024\", \"time\": \"09:15\""),
          "\"date\" should be a date like 2024-03-01, not \"03/04/2024\"" },
        { oneEntry("\"title\": \"t\", \"date\": \"2023-02-29\", \"time\": \"09:15\""), "not \"2023-02-29\"" },
        { oneEntry("\"title\": \"t\", \"date\": \"2024-03-04\", \"time\": \"9:15\""),
          "\"time\" should be a time like 09:30" },
        { oneEntry("\"title\": \"t\", \"date\": \"2024-03-04\", \"time\": \"25:00\""), "\"time\" should be a time" },
        { oneEntry("\"title\": \"t\", \"date\": \"2024-03-04\", \"time\": 915"), "\"time\" should be text" },
        { oneEntry(Valid + ", \"starred\": \"yes\""), "\"starred\" should be true or false" },
        { oneEntry(Valid + ", \"tags\": \"@a\""), "\"tags\" should be a list" },
        { oneEntry(Valid + ", \"tags\": [\"@a\", 3]"), "every tag should be text" },
    };
    for (const auto &c : cases) {
        const QString message = refusal(c.json);
        EXPECT_TRUE(message.contains(QString::fromUtf8(c.expected)))
            << c.json.toStdString() << "\n  gave: " << message.toStdString();
    }
    // The entry is named by its place in the file.
    const QString third = refusal("{\"entries\": [{" + Valid + "}, {" + Valid + "}, {\"title\": 1}]}");
    EXPECT_TRUE(third.startsWith(QStringLiteral("Entry 3 of the jrnl file"))) << third.toStdString();
}

TEST(JrnlImportTest, BrokenHugeAndForeignFilesAreRefused)
{
    const QByteArray whole = sample();
    for (qsizetype cut = 0; cut < whole.size() - 1; ++cut)
        EXPECT_TRUE(refusal(whole.left(cut)).contains(QStringLiteral("not valid JSON"))) << cut;
    EXPECT_TRUE(refusal("{\"entries\": [{\"title\": \"caf\xE9\"}]}").contains(QStringLiteral("not UTF-8")));
    EXPECT_TRUE(refusal(QByteArray(100000, '[') + QByteArray(100000, ']')).contains(QStringLiteral("not valid JSON")));
    EXPECT_TRUE(refusal(QByteArray(JrnlImport::MaxFileBytes + 1, ' ')).contains(QStringLiteral("larger than 64 MiB")));
    EXPECT_TRUE(refusal("1: {text: a}\n").contains(QStringLiteral("not valid JSON"))); // a RedNotebook file
}
