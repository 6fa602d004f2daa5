// Importing a RedNotebook journal: every day with text arrives with its words exactly as
// RedNotebook showed them (whichever way PyYAML folded and quoted them), its tags, and a stable
// identity, and a damaged or hostile file is refused with a message naming the file and line,
// never a crash.
#include "qtprinters.h"
#include "rednotebookimport.h"

#include "tandemjson.h"
#include "tempdatadir.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using namespace tandem::core;

namespace {

const QString SampleDir = QStringLiteral(TANDEM_TEST_DATA_DIR "/rednotebook");

QDateTime localNoon(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(12, 0), Qt::LocalTime).toUTC();
}

const JournalEntry *onDay(const ExchangeData &data, const QDate &date)
{
    for (const JournalEntry &e : data.journalEntries) {
        if (e.occurredAt == localNoon(date.year(), date.month(), date.day()))
            return &e;
    }
    return nullptr;
}

QByteArray readSample(const QString &name)
{
    QFile file(SampleDir + QLatin1Char('/') + name);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << name.toStdString();
    return file.readAll();
}

Result<ExchangeData> parse(const QByteArray &yaml, int year = 2024, int month = 3)
{
    return RedNotebookImport::parseMonth(yaml, year, month, QStringLiteral("2024-03.txt"));
}

// The message for a refused file; fails the test when the file was accepted.
QString refusal(const QByteArray &yaml)
{
    const auto result = parse(yaml);
    EXPECT_FALSE(result.ok()) << "accepted: " << yaml.left(200).toStdString();
    return result.ok() ? QString() : result.error();
}

} // namespace

TEST(RedNotebookImportTest, ReadsEveryDayWithTextFromASampleFolder)
{
    const auto data = RedNotebookImport::readFolder(SampleDir);
    ASSERT_TRUE(data.ok()) << data.error().toStdString();
    // 2023-11: 3 days with text (the 30th has only tags); 2024-02: 3; 2024-03: 4 (the 31st is empty).
    EXPECT_EQ(data->journalEntries.size(), 10);
    EXPECT_TRUE(data->assessments.isEmpty());
    for (const JournalEntry &e : data->journalEntries) {
        EXPECT_FALSE(e.uuid.isNull());
        EXPECT_EQ(e.createdAt, e.occurredAt);
        EXPECT_EQ(e.updatedAt, e.occurredAt);
        EXPECT_EQ(e.occurredAt.timeSpec(), Qt::UTC);
    }
}

TEST(RedNotebookImportTest, OldFlowStyleFilesKeepTheirParagraphsAndTags)
{
    const auto data = RedNotebookImport::parseMonth(readSample(QStringLiteral("2023-11.txt")), 2023, 11,
                                                    QStringLiteral("2023-11.txt"));
    ASSERT_TRUE(data.ok()) << data.error().toStdString();
    ASSERT_EQ(data->journalEntries.size(), 3);

    const JournalEntry *offsite = onDay(*data, QDate(2023, 11, 3));
    ASSERT_TRUE(offsite);
    // A single-quoted scalar folded at 80 columns: the blank line is the paragraph break, the
    // wrapped line joins with a space.
    EXPECT_EQ(offsite->body,
              QStringLiteral("Team offsite planning.\n\nWe agreed on the three themes for next year. "
                             "Ann will own the hiring plan, and I keep the budget."));
    EXPECT_EQ(offsite->title, QStringLiteral("Team offsite planning."));
    EXPECT_TRUE(offsite->tags.isEmpty());

    const JournalEntry *feedback = onDay(*data, QDate(2023, 11, 14));
    ASSERT_TRUE(feedback);
    EXPECT_EQ(feedback->body,
              QStringLiteral("Gave Ann feedback on the release — \"clear, kind, specific\".\n"
                             "She took it well; we'll follow up Friday."));
    // "Tags" entries are tags; other categories become "Category: entry".
    EXPECT_EQ(feedback->tags,
              (QStringList { QStringLiteral("feedback"), QStringLiteral("leadership"),
                             QStringLiteral("Work: 1:1 with Ann") }));

    const JournalEntry *retro = onDay(*data, QDate(2023, 11, 22));
    ASSERT_TRUE(retro);
    EXPECT_EQ(retro->body,
              QStringLiteral("=Retro=\nWhat went well: the **checklist**.\n- fewer surprises\n- calmer on-call\n"));
    EXPECT_EQ(retro->title, QStringLiteral("=Retro="));
    EXPECT_FALSE(onDay(*data, QDate(2023, 11, 30))); // tags but no text
}

TEST(RedNotebookImportTest, NewBlockStyleFilesWithEscapesAndFoldedPlainText)
{
    const auto data = RedNotebookImport::parseMonth(readSample(QStringLiteral("2024-03.txt")), 2024, 3,
                                                    QStringLiteral("2024-03.txt"));
    ASSERT_TRUE(data.ok()) << data.error().toStdString();
    ASSERT_EQ(data->journalEntries.size(), 4);
    EXPECT_EQ(onDay(*data, QDate(2024, 3, 1))->body,
              QStringLiteral("Monatsanfang: Zielgespräche mit dem Team. Überraschend offen!"));
    const JournalEntry *reorg = onDay(*data, QDate(2024, 3, 5));
    ASSERT_TRUE(reorg);
    // Double-quoted: trailing blanks kept by PyYAML's escapes, "\" line continuations joined.
    EXPECT_EQ(reorg->body,
              QStringLiteral("Announced the re-org.   \nPeople asked \"why now?\" — I explained the why "
                             "first, then the plan.\n\nNext time: share the draft with the leads a day earlier."));
    EXPECT_EQ(reorg->tags, (QStringList { QStringLiteral("change"), QStringLiteral("leadership") }));
    EXPECT_EQ(onDay(*data, QDate(2024, 3, 12))->body,
              QStringLiteral("会議が多すぎた。 Too many meetings; blocked Thursday mornings for deep work."));
    EXPECT_EQ(onDay(*data, QDate(2024, 3, 12))->tags, QStringList { QStringLiteral("Mood: tired") });
    // A plain scalar folded over three lines.
    const JournalEntry *delegation = onDay(*data, QDate(2024, 3, 19));
    ASSERT_TRUE(delegation);
    EXPECT_EQ(
        delegation->body,
        QStringLiteral("Handed the vendor negotiation to Priya. Checked in once, resisted the urge to take it back, "
                       "and she closed it 8% under budget. The longest line in this file, to be folded by the "
                       "dumper at eighty columns."));
    // The first line is longer than a title may be: cut at a word, marked with an ellipsis.
    EXPECT_LE(delegation->title.size(), 80);
    EXPECT_TRUE(delegation->title.startsWith(QStringLiteral("Handed the vendor negotiation to Priya.")));
    EXPECT_TRUE(delegation->title.endsWith(QStringLiteral("…")));
    EXPECT_FALSE(onDay(*data, QDate(2024, 3, 31))); // empty text
}

TEST(RedNotebookImportTest, HandEditedFilesWithBlockScalarsAndComments)
{
    const auto data = RedNotebookImport::parseMonth(readSample(QStringLiteral("2024-02.txt")), 2024, 2,
                                                    QStringLiteral("2024-02.txt"));
    ASSERT_TRUE(data.ok()) << data.error().toStdString();
    ASSERT_EQ(data->journalEntries.size(), 3);
    EXPECT_EQ(onDay(*data, QDate(2024, 2, 2))->body,
              QStringLiteral(
                  "Skip-level meeting with the support team.\n\n  An indented line stays as it is.\nLast line.\n"));
    EXPECT_EQ(onDay(*data, QDate(2024, 2, 2))->tags, QStringList { QStringLiteral("skip-level") });
    EXPECT_EQ(onDay(*data, QDate(2024, 2, 9))->body,
              QStringLiteral("Folded text joins these lines into one.\nA new paragraph."));
    const JournalEntry *flow = onDay(*data, QDate(2024, 2, 15));
    ASSERT_TRUE(flow);
    EXPECT_EQ(flow->body, QStringLiteral("Tab\tand escapes: é 😀"));
    EXPECT_EQ(flow->tags, (QStringList { QStringLiteral("Projects: Apollo"), QStringLiteral("Projects: Q2 plan") }));
}

TEST(RedNotebookImportTest, UuidsAreStableSoASecondImportMerges)
{
    const auto first = RedNotebookImport::readFolder(SampleDir);
    const auto second = RedNotebookImport::readFolder(SampleDir);
    ASSERT_TRUE(first.ok() && second.ok());
    QSet<QUuid> uuids;
    for (qsizetype i = 0; i < first->journalEntries.size(); ++i) {
        EXPECT_EQ(first->journalEntries.at(i).uuid, second->journalEntries.at(i).uuid);
        uuids.insert(first->journalEntries.at(i).uuid);
    }
    EXPECT_EQ(uuids.size(), first->journalEntries.size());
    const JournalEntry *feedback = onDay(*first, QDate(2023, 11, 14));
    ASSERT_TRUE(feedback);
    EXPECT_EQ(feedback->uuid,
              QUuid::createUuidV5(RedNotebookImport::uuidNamespace(), QStringLiteral("rednotebook:2023-11-14")));
    EXPECT_EQ(feedback->uuid.version(), QUuid::Sha1);
}

TEST(RedNotebookImportTest, WhatIsImportedCanBeExportedAndReadBack)
{
    // Import, then back up as Tandem JSON: the backup must be readable, or the user finds out
    // only when restoring it.
    const auto data = RedNotebookImport::readFolder(SampleDir);
    ASSERT_TRUE(data.ok());
    const auto back = TandemJson::read(TandemJson::write(*data));
    ASSERT_TRUE(back.ok()) << back.error().toStdString();
    EXPECT_EQ(back->journalEntries.size(), data->journalEntries.size());
}

TEST(RedNotebookImportTest, TagsDifferingOnlyInCaseAreOneTag)
{
    const auto data
        = parse("1:\n  Tags: {Work: null, work: null, ' ': null}\n  tags: {WORK: null, home: null}\n  text: x\n");
    ASSERT_TRUE(data.ok()) << data.error().toStdString();
    EXPECT_EQ(data->journalEntries.constFirst().tags, (QStringList { QStringLiteral("Work"), QStringLiteral("home") }));
    const QByteArray longTag = "1:\n  Tags: {" + QByteArray(1001, 'x') + ": null}\n  text: x\n";
    EXPECT_TRUE(refusal(longTag).contains(QStringLiteral("is too long (1,001 characters; at most 1,000)")));
}

TEST(RedNotebookImportTest, OnlyMonthFilesAreReadAndAFolderWithoutAnyIsRefused)
{
    tandem::test::TempDataDir temp;
    const QDir dir(temp.root());
    ASSERT_TRUE(QFile::copy(SampleDir + QStringLiteral("/2024-03.txt"), dir.filePath(QStringLiteral("2024-03.txt"))));
    for (const char *name : { "2024-03.old.txt", "2024-13.txt", "notes.txt", "2024-03.txt~", "rednotebook.cfg" }) {
        QFile junk(dir.filePath(QString::fromLatin1(name)));
        ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
        junk.write("{{{ not yaml at all: [");
    }
    const auto data = RedNotebookImport::readFolder(dir.path());
    ASSERT_TRUE(data.ok()) << data.error().toStdString();
    EXPECT_EQ(data->journalEntries.size(), 4);

    ASSERT_TRUE(QFile::remove(dir.filePath(QStringLiteral("2024-03.txt"))));
    const auto none = RedNotebookImport::readFolder(dir.path());
    ASSERT_FALSE(none.ok());
    EXPECT_TRUE(none.error().contains(QStringLiteral("no RedNotebook month files"))) << none.error().toStdString();

    const auto missing = RedNotebookImport::readFolder(dir.filePath(QStringLiteral("nowhere")));
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().contains(QStringLiteral("does not exist")));
}

TEST(RedNotebookImportTest, ReadsTheCornersOfTheFormatAsPyYamlDoes)
{
    // Each expected text is what PyYAML (and so RedNotebook) reads from the same YAML.
    const struct
    {
        const char *yaml;
        const char *body;
    } cases[] = {
        { "1:\n  text: |\n    last", "last" }, // no line break at the end of the file: none kept
        { "1:\n  text: |+\n    a\n\n2: {text: b}\n", "a\n\n" },
        { "1:\n  text: |-\n    a\n\n", "a" },
        { "1:\n  text: >\n    one\n    two\n\n    three\n      indented\n    four\n",
          "one two\nthree\n  indented\nfour\n" },
        { "1:\n  text: |2\n     two extra\n    x\n", " two extra\nx\n" },
        { "1: {text: 'it''s\n\n\n    folded\n    twice'}\n", "it's\n\nfolded twice" },
        { "1: {text: \"tab\\tnl\\nq\\\" \\x41\\u00e9\\U0001F600 \\\n    \\ joined\"}\n",
          "tab\tnl\nq\" A\u00e9\U0001F600  joined" },
        { "1: {text: 'a\u2028   b'}\n", "a\u2028b" }, // U+2028 is a line break that folding keeps
        { "1:\n  text: plain\n    continued\n\n    para # comment\n", "plain continued\npara" },
        { "1: {text: \"x\\uFEFF kept\"}\n", "x\uFEFF kept" },
    };
    for (const auto &c : cases) {
        const auto data = parse(QByteArray(c.yaml));
        ASSERT_TRUE(data.ok()) << c.yaml << ": " << data.error().toStdString();
        ASSERT_FALSE(data->journalEntries.isEmpty()) << c.yaml;
        EXPECT_EQ(data->journalEntries.constFirst().body, QString::fromUtf8(c.body)) << c.yaml;
    }
    // Quoted, "null" and "~" are names; unquoted they are nothing, and cannot name a tag.
    const auto quoted = parse("1: {Tags: {'null': null, '~': null}, text: x}\n");
    ASSERT_TRUE(quoted.ok()) << quoted.error().toStdString();
    EXPECT_EQ(quoted->journalEntries.constFirst().tags, (QStringList { QStringLiteral("null"), QStringLiteral("~") }));
    EXPECT_TRUE(refusal("1: {Tags: {null: null}, text: x}\n").contains(QStringLiteral("\"null\" cannot be a key")));
    // Outside quotes PyYAML breaks the line at U+2028; RedNotebook never writes that.
    EXPECT_TRUE(refusal("1: {text: a\u2028b}\n").contains(QStringLiteral("line separator U+2028")));
    EXPECT_TRUE(refusal("1:\n  text: >-\n\n      \n    x\n").contains(QStringLiteral("line 4: an empty line")));
}

TEST(RedNotebookImportTest, AnEmptyMonthIsEmpty)
{
    for (const char *yaml : { "", "{}\n", "---\n", "--- {}\n", "# nothing yet\n\n" }) {
        const auto data = parse(QByteArray(yaml));
        ASSERT_TRUE(data.ok()) << yaml << ": " << data.error().toStdString();
        EXPECT_TRUE(data->journalEntries.isEmpty());
    }
}

TEST(RedNotebookImportTest, WindowsLineEndsAndAByteOrderMarkAreAccepted)
{
    const auto data = parse("\xEF\xBB\xBF"
                            "4:\r\n  text: 'one\r\n\r\n    two'\r\n");
    ASSERT_TRUE(data.ok()) << data.error().toStdString();
    ASSERT_EQ(data->journalEntries.size(), 1);
    EXPECT_EQ(data->journalEntries.constFirst().body, QStringLiteral("one\ntwo"));
}

TEST(RedNotebookImportTest, WrongShapesAreRefusedWithFileAndLine)
{
    const struct
    {
        const char *yaml;
        const char *expected;
    } cases[] = {
        { "1: {text: a}\n2: hello\n", "line 2: day 2 should hold its text and categories" },
        { "1:\n  text:\n    nested: map\n", "line 3: the text of day 1 should be text" },
        { "1: {text: a, Tags: leadership}\n", "line 1: the category \"Tags\" of day 1 should list its entries" },
        { "1: {text: a, Tags: {x: 1}}\n", "line 1: the category entry \"x\" should have no value" },
        { "32: {text: a}\n", "line 1: \"32\" is not a day of 2024-03" },
        { "1: {text: a}\n\nmonday: {text: b}\n", "line 3: \"monday\" is not a day of 2024-03" },
        { "- {text: a}\n", "line 1: lists" },
        { "1: [a, b]\n", "line 1: lists" },
        { "1: &day {text: a}\n", "line 1: YAML anchors and aliases" },
        { "1: !!python/str {text: a}\n", "line 1: YAML tags" },
        { "1: {text: 'never closed}\n2: {text: b}\n", "line 1: the quoted text that starts here is never closed" },
        { "1: {text: \"bad \\q escape\"}\n", "line 1: \"\\q\" is not a YAML escape" },
        { "1: {text: \"\\uD800\"}\n", "line 1: the escape" },
        { "1:\n  text: 'a'\n   Tags: {x: null}\n", "line 3: this line is indented more" },
        { "1:\n  text: a\n   Tags: {x: null}\n", "line 3: a \": \" inside unquoted text" }, // "a Tags" goes on
        { "1:\n  text: it is: colon\n", "line 2: a \": \" inside unquoted text" },
        { "1: {text: a}\n--- \n2: {text: b}\n", "line 2: there is more after the end" },
        { "1: {text: a\n", "line 1: the \"{\" here is never closed" },
        { "1: {text: a} trailing\n", "line 1: unexpected \"t\" after the value" },
        { "? 1\n: {text: a}\n", "line 1: explicit keys" },
    };
    for (const auto &c : cases) {
        const QString message = refusal(QByteArray(c.yaml));
        EXPECT_TRUE(message.startsWith(QStringLiteral("2024-03.txt, "))
                    && message.contains(QString::fromUtf8(c.expected)))
            << c.yaml << "\n  gave: " << message.toStdString();
    }
}

TEST(RedNotebookImportTest, FebruaryHasNo30th)
{
    const auto result = parse("30: {text: a}\n", 2024, 2);
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QStringLiteral("\"30\" is not a day of 2024-02")));
    EXPECT_TRUE(parse("29: {text: a}\n", 2024, 2).ok()); // a leap year
}

TEST(RedNotebookImportTest, DuplicateKeysAreRefusedNotSilentlyMerged)
{
    EXPECT_TRUE(refusal("1: {text: a}\n2: {text: b}\n1: {text: c}\n")
                    .contains(QStringLiteral("line 3: the key \"1\" appears twice (first on line 1)")));
    EXPECT_TRUE(refusal("1: {text: a, text: b}\n").contains(QStringLiteral("the key \"text\" appears twice")));
    // Found by fuzzing: "08" is not another way to write day 8.
    EXPECT_TRUE(refusal("8: {text: a}\n'8': {text: b}\n")
                    .contains(QStringLiteral("line 2: the key \"8\" appears twice (first on line 1)")));
    EXPECT_TRUE(
        refusal("8: {text: a}\n08: {text: b}\n").contains(QStringLiteral("line 2: \"08\" is not a day of 2024-03")));
    EXPECT_TRUE(refusal("1:\n  Tags:\n    a: null\n    a: null\n  text: x\n")
                    .contains(QStringLiteral("line 4: the key \"a\" appears twice (first on line 3)")));
}

TEST(RedNotebookImportTest, TabsUsedForIndentationAreRefused)
{
    EXPECT_TRUE(refusal("1:\n\ttext: a\n").contains(QStringLiteral("line 2: a tab is used to indent")));
    EXPECT_TRUE(refusal("1:\n  text: |\n\tblock\n").contains(QStringLiteral("line 3: a tab is used to indent")));
    // A tab inside the text is just a character.
    const auto inside = parse("1: {text: \"a\tb\"}\n2:\n  text: c\td\n");
    ASSERT_TRUE(inside.ok()) << inside.error().toStdString();
    EXPECT_EQ(inside->journalEntries.at(1).body, QStringLiteral("c\td"));
}

TEST(RedNotebookImportTest, TruncatedFilesAreRefusedOrReadUpToTheCut)
{
    const QByteArray whole = readSample(QStringLiteral("2024-03.txt"));
    for (qsizetype cut = 1; cut < whole.size(); ++cut) {
        const auto result = parse(whole.left(cut));
        if (!result.ok()) {
            EXPECT_TRUE(result.error().startsWith(QStringLiteral("2024-03.txt"))) << result.error().toStdString();
        }
    }
    // A cut inside a quoted text is always refused: there is no closing quote.
    const qsizetype inQuote = whole.indexOf("\"Announced") + 10;
    EXPECT_TRUE(refusal(whole.left(inQuote)).contains(QStringLiteral("never closed")));
}

TEST(RedNotebookImportTest, NonUtf8AndControlCharactersAreRefused)
{
    EXPECT_TRUE(refusal("1: {text: caf\xE9}\n").contains(QStringLiteral("not UTF-8")));
    EXPECT_TRUE(refusal("1: {text: \xC0\xAF}\n").contains(QStringLiteral("not UTF-8"))); // overlong '/'
    EXPECT_TRUE(refusal(QByteArray("1: {text: a}\n2: {text: b\0c}\n", 26))
                    .contains(QStringLiteral("line 2: the control character U+0000")));
    EXPECT_TRUE(refusal("1: {text: \x1B[31m}\n").contains(QStringLiteral("U+001b")));
}

TEST(RedNotebookImportTest, DeeplyNestedMappingsAreRefusedWithoutExhaustingTheStack)
{
    QByteArray flow = "1: ";
    for (int i = 0; i < 200000; ++i)
        flow += "{a: ";
    EXPECT_TRUE(refusal(flow).contains(QStringLiteral("line 1: the data is nested more deeply")));
    EXPECT_TRUE(refusal("1: " + QByteArray(200000, '{')).contains(QStringLiteral("a mapping or list cannot be a key")));

    QByteArray block;
    for (int i = 0; i < 2000; ++i)
        block += QByteArray(i * 2, ' ') + "k" + QByteArray::number(i) + ":\n";
    EXPECT_TRUE(refusal(block).contains(QStringLiteral("nested more deeply")));
}

TEST(RedNotebookImportTest, FilesOverTheLimitAreRefusedUnread)
{
    const QByteArray huge(RedNotebookImport::MaxFileBytes + 1, ' ');
    const auto result = RedNotebookImport::parseMonth(huge, 2024, 3, QStringLiteral("2024-03.txt"));
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.error().contains(QStringLiteral("larger than 64 MiB")));
}

TEST(RedNotebookImportTest, ALargeRealisticMonthIsRead)
{
    // 31 days of 40 kB each: a prolific writer's month.
    QByteArray yaml;
    for (int day = 1; day <= 31; ++day) {
        yaml += QByteArray::number(day) + ":\n  Tags: {daily: null}\n  text: 'Day " + QByteArray::number(day);
        for (int line = 0; line < 500; ++line)
            yaml += "\n\n    A paragraph with words, commas, ''quotes'' and unicode: äöü 会議 😀.";
        yaml += "'\n";
    }
    const auto data = parse(yaml);
    ASSERT_TRUE(data.ok()) << data.error().toStdString();
    ASSERT_EQ(data->journalEntries.size(), 31);
    EXPECT_EQ(data->journalEntries.constLast().body.count(QLatin1Char('\n')), 500);
    EXPECT_EQ(data->journalEntries.constLast().title, QStringLiteral("Day 31"));
}

TEST(RedNotebookImportTest, RandomlyDamagedFilesNeverCrash)
{
    // Deterministic, so a failure can be reproduced; the libFuzzer target goes much further.
    QRandomGenerator random(20240304);
    const QByteArray seeds[] = { readSample(QStringLiteral("2023-11.txt")), readSample(QStringLiteral("2024-02.txt")),
                                 readSample(QStringLiteral("2024-03.txt")) };
    const char alphabet[] = "{}[]:,'\"\\|>-#&*!? \t\n\r0123456789abc\xC3\xA9";
    int accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes = seeds[round % 3];
        const int edits = 1 + static_cast<int>(random.bounded(4));
        for (int i = 0; i < edits && !bytes.isEmpty(); ++i) {
            const auto at = static_cast<qsizetype>(random.bounded(static_cast<quint32>(bytes.size())));
            const char c = alphabet[random.bounded(static_cast<quint32>(sizeof alphabet - 1))];
            switch (random.bounded(3)) {
            case 0: bytes[at] = c; break;
            case 1: bytes.insert(at, c); break;
            default: bytes.remove(at, 1 + random.bounded(8));
            }
        }
        const auto result = RedNotebookImport::parseMonth(bytes, 2023, 11, QStringLiteral("2023-11.txt"));
        if (result.ok()) {
            ++accepted;
        } else {
            EXPECT_TRUE(result.error().startsWith(QStringLiteral("2023-11.txt"))) << result.error().toStdString();
        }
    }
    EXPECT_GT(accepted, 0); // small damage inside a text is still a valid file
}
