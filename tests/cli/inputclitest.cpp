// Hostile and borderline input to tandem-cli, run as a process: text beyond the limits the
// store keeps, malformed times, endless files and bytes that are not UTF-8 are refused with
// status 2, one line naming the option or file, and nothing stored; text at the limits and a
// byte-order mark come back exactly as given, through export and import too.
#include "database.h"
#include "journalrepository.h"
#include "qtprinters.h"
#include "recordlimits.h"
#include "tempdatadir.h"
#include "testfiles.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

using tandem::core::RecordLimits;
using tandem::test::TempDataDir;

namespace {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    qint64 milliseconds = 0;
};

#define EXPECT_EXIT_CODE(run, code)                                                                                    \
    EXPECT_EQ((run).exitCode, code) << "stdout: " << (run).out.left(400).constData()                                   \
                                    << "\nstderr: " << qPrintable((run).err)

class InputCliTest : public ::testing::Test
{
protected:
    // Runs `program args`, with standard input from the file `input` when one is given.
    CliResult runProgram(const QString &program, const QStringList &args, const QString &input = QString())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TANDEM_DATA_DIR"));
        QProcess process;
        process.setProcessEnvironment(env);
        if (!input.isEmpty())
            process.setStandardInputFile(input);
        QElapsedTimer timer;
        timer.start();
        process.start(program, args);
        CliResult result;
        EXPECT_TRUE(process.waitForStarted(10000)) << qPrintable(process.errorString());
        if (input.isEmpty())
            process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(60000)) << "tandem-cli did not finish";
        EXPECT_EQ(process.exitStatus(), QProcess::NormalExit) << "tandem-cli crashed";
        result.milliseconds = timer.elapsed();
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    CliResult run(const QStringList &args, const QString &input = QString(), const QString &dataDir = QString())
    {
        return runProgram(
            QStringLiteral(TANDEM_CLI_PATH),
            QStringList { QStringLiteral("--data-dir"), dataDir.isEmpty() ? data.path() : dataDir } + args, input);
    }

    // Runs a shell script with "$CLI" and "$DATA" set, for what QProcess cannot pass: arguments
    // whose bytes are not UTF-8.
    CliResult runShell(const QString &script)
    {
        return runProgram(QStringLiteral("/bin/sh"),
                          { QStringLiteral("-c"), QStringLiteral("CLI=\"$1\"; DATA=\"$2\"; ") + script,
                            QStringLiteral("sh"), QStringLiteral(TANDEM_CLI_PATH), data.path() });
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = data.root() + QLatin1Char('/') + name;
        tandem::test::writeFile(path, bytes);
        return path;
    }

    QJsonArray entries()
    {
        const CliResult list = run({ QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json") });
        EXPECT_EXIT_CODE(list, 0);
        return QJsonDocument::fromJson(list.out).array();
    }

    QJsonObject show(qint64 id)
    {
        const CliResult r
            = run({ QStringLiteral("journal"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json") });
        EXPECT_EXIT_CODE(r, 0);
        return QJsonDocument::fromJson(r.out).object();
    }

    bool databaseExists() const { return QFile::exists(data.path() + QStringLiteral("/tandem.db")); }

    // Refused as bad input, in one line on stderr naming every one of `named`, with nothing written.
    void expectRefused(const CliResult &r, const QStringList &named)
    {
        EXPECT_EXIT_CODE(r, 2);
        EXPECT_TRUE(r.err.startsWith(QLatin1String("tandem-cli: ")) && r.err.count(QLatin1Char('\n')) == 1)
            << qPrintable(r.err);
        for (const QString &name : named)
            EXPECT_TRUE(r.err.contains(name)) << "expected " << qPrintable(name) << " in: " << qPrintable(r.err);
        EXPECT_TRUE(r.out.isEmpty()) << r.out.left(200).constData();
    }

    TempDataDir data;
};

const QStringList Add
    = { QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("T") };

// n distinct tags of the given length, each as "--tag T".
QStringList tagArguments(qsizetype n, qsizetype length)
{
    QStringList args;
    for (qsizetype i = 0; i < n; ++i) {
        const QString number = QString::number(i);
        args << QStringLiteral("--tag") << number + QString(length - number.size(), QLatin1Char('t'));
    }
    return args;
}

} // namespace

// Issue 13, defect 4: journal add accepted what import then refused, so an export could not be
// imported back.
TEST_F(InputCliTest, JournalAddRefusesTextBeyondTheLimitsAndStoresNothing)
{
    const QString bigBody = writeFile(QStringLiteral("big.txt"), QByteArray(RecordLimits::MaxTextLength + 1, 'x'));
    const struct
    {
        const char *what;
        QStringList args;
        QString message;
    } cases[] = {
        { "body",
          { QStringLiteral("--body-file"), bigBody },
          QStringLiteral("the body is too long (10,485,761 characters; at most 10,485,760)") },
        { "tag", tagArguments(1, RecordLimits::MaxShortTextLength + 1),
          QStringLiteral("a tag is too long (1,001 characters; at most 1,000)") },
        { "tags", tagArguments(RecordLimits::MaxTags + 1, 4),
          QStringLiteral("there are too many tags (1,001; at most 1,000)") },
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.what);
        expectRefused(run(Add + c.args), { c.message });
        EXPECT_FALSE(databaseExists()) << "refused input opened the data folder";
    }
}

TEST_F(InputCliTest, AnEntryAtEveryLimitIsAcceptedExportedAndImportedIntoAFreshFolder)
{
    // The body: exactly the limit, ending in a character outside ASCII (two UTF-16 units).
    QByteArray body(RecordLimits::MaxTextLength - 2, 'b');
    body += "\xF0\x9F\x99\x82";
    const QString title = QStringLiteral("At every limit ") + QString(20000, QLatin1Char('t'));
    const CliResult added
        = run(QStringList { QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"), title,
                            QStringLiteral("--body-file"), writeFile(QStringLiteral("body.txt"), body) }
              + tagArguments(RecordLimits::MaxTags, RecordLimits::MaxShortTextLength));
    ASSERT_EQ(added.exitCode, 0) << qPrintable(added.err);

    const QString file = data.root() + QStringLiteral("/export.json");
    const CliResult exported = run({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                                     QStringLiteral("--output"), file });
    ASSERT_EQ(exported.exitCode, 0) << qPrintable(exported.err);
    const QString fresh = data.root() + QStringLiteral("/fresh");
    const CliResult imported = run({ QStringLiteral("import"), file }, QString(), fresh);
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.err);
    EXPECT_TRUE(imported.out.startsWith("Added 1 journal entry.")) << imported.out.constData();

    auto db = tandem::core::Database::open(fresh);
    ASSERT_TRUE(db.ok()) << qPrintable(db.error());
    const auto entry = tandem::core::JournalRepository(*db.value()).get(1);
    ASSERT_TRUE(entry.ok()) << qPrintable(entry.error());
    EXPECT_EQ(entry->title, title);
    EXPECT_EQ(entry->body.size(), RecordLimits::MaxTextLength);
    EXPECT_TRUE(entry->body.toUtf8() == body) << "the body changed on the way";
    ASSERT_EQ(entry->tags.size(), RecordLimits::MaxTags);
    for (const QString &tag : entry->tags)
        EXPECT_EQ(tag.size(), RecordLimits::MaxShortTextLength);
}

// Issue 13, defect 5: Qt's ISO parser reads a date at the start of "2026-11-30T25:00", so bad
// times were stored as noon.
TEST_F(InputCliTest, MalformedDatesAndTimesAreRefusedNamingTheOption)
{
    for (const char *at : { "2026-11-30T25:00", "2026-11-30Tgarbage", "2026-11-30T10:00+25:00", "2026-11-30garbage",
                            "2026-11-30T10:60", "2026-11-30T10:00:00Zulu", "2026-02-30", "30.11.2026" }) {
        SCOPED_TRACE(at);
        const QString value = QString::fromLatin1(at);
        expectRefused(run(Add + QStringList { QStringLiteral("--at"), value }),
                      { QStringLiteral("--at"), QLatin1Char('"') + value + QLatin1Char('"') });
        expectRefused(run({ QStringLiteral("assess"), QStringLiteral("--answers"), QStringLiteral("answers.json"),
                            QStringLiteral("--at"), value }),
                      { QStringLiteral("--at"), QLatin1Char('"') + value + QLatin1Char('"') });
    }
    const QString why = QStringLiteral("\"2026-11-30T25:00\": the hour 25 is not 00 to 23");
    expectRefused(run(Add + QStringList { QStringLiteral("--at"), QStringLiteral("2026-11-30T25:00") }), { why });
    for (const char *option : { "--from", "--to" }) {
        for (const char *day : { "2026-11-30garbage", "2026-11-31", "2026-11-30T10:00", "2026-1-30" }) {
            SCOPED_TRACE(std::string(option) + " " + day);
            expectRefused(run({ QStringLiteral("journal"), QStringLiteral("list"), QString::fromLatin1(option),
                                QString::fromLatin1(day) }),
                          { QString::fromLatin1(option), QString::fromLatin1(day) });
        }
    }
    expectRefused(run({ QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("1"),
                        QStringLiteral("--until"), QStringLiteral("2026-11-30garbage") }),
                  { QStringLiteral("--until"), QStringLiteral("2026-11-30garbage") });
    EXPECT_FALSE(databaseExists()) << "refused input opened the data folder";
}

TEST_F(InputCliTest, EveryDocumentedFormOfATimeIsStoredAsMeant)
{
    const QDate day(2026, 11, 30);
    const struct
    {
        const char *at;
        QDateTime meant;
    } cases[] = {
        { "2026-11-30", QDateTime(day, QTime(12, 0), Qt::LocalTime) },
        { "2026-11-30T09:30", QDateTime(day, QTime(9, 30), Qt::LocalTime) },
        { "2026-11-30T09:30:15", QDateTime(day, QTime(9, 30, 15), Qt::LocalTime) },
        { "2026-11-30T09:30:15Z", QDateTime(day, QTime(9, 30, 15), Qt::UTC) },
        { "2026-11-30T09:30:15.250Z", QDateTime(day, QTime(9, 30, 15), Qt::UTC) }, // kept to the second
        { "2026-11-30T10:30+01:00", QDateTime(day, QTime(9, 30), Qt::UTC) },
        { "2026-11-30T04:00-05:30", QDateTime(day, QTime(9, 30), Qt::UTC) },
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.at);
        const CliResult added = run(Add + QStringList { QStringLiteral("--at"), QString::fromLatin1(c.at) });
        ASSERT_EQ(added.exitCode, 0) << qPrintable(added.err);
        const QJsonObject entry = show(added.out.trimmed().toLongLong());
        EXPECT_EQ(entry.value(QLatin1String("occurred_at")).toString(), c.meant.toUTC().toString(Qt::ISODate));
    }
    const CliResult list
        = run({ QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--from"),
                QStringLiteral("2026-11-30"), QStringLiteral("--to"), QStringLiteral("2026-11-30") });
    EXPECT_EXIT_CODE(list, 0);
}

// Issue 13, defect 6: /dev/zero was read until memory ran out (std::bad_alloc, an abort).
TEST_F(InputCliTest, EndlessInputIsRefusedAtItsLimitQuickly)
{
    ASSERT_TRUE(QFile::exists(QStringLiteral("/dev/zero")));
    const QString devZero = QStringLiteral("/dev/zero");
    // Read up to the cap, these take a fraction of a second (more with sanitizers); without one
    // they never end. The bound only tells the two apart.
    constexpr qint64 Quick = 5000;
    const CliResult file = run(Add + QStringList { QStringLiteral("--body-file"), devZero });
    expectRefused(file, { QStringLiteral("--body-file: /dev/zero is too large: more than 30 MiB") });
    EXPECT_LT(file.milliseconds, Quick);
    const CliResult stdinput = run(Add + QStringList { QStringLiteral("--body-file"), QStringLiteral("-") }, devZero);
    expectRefused(stdinput, { QStringLiteral("--body-file: standard input is too large: more than 30 MiB") });
    EXPECT_LT(stdinput.milliseconds, Quick);

    expectRefused(run({ QStringLiteral("assess"), QStringLiteral("--answers"), devZero }),
                  { QStringLiteral("--answers: /dev/zero is not a text file") });
    expectRefused(run({ QStringLiteral("assess"), QStringLiteral("--answers"), QStringLiteral("-") }, devZero),
                  { QStringLiteral("--answers: standard input is not a text file") });
    for (const char *format : { "tandem", "jrnl" })
        expectRefused(run({ QStringLiteral("import"), devZero, QStringLiteral("--from"), QString::fromLatin1(format) }),
                      { QStringLiteral("/dev/zero is not a text file"), QStringLiteral("Nothing was imported") });
    expectRefused(run({ QStringLiteral("import"), devZero }), { QStringLiteral("cannot tell what /dev/zero is") });
    EXPECT_FALSE(databaseExists()) << "refused input opened the data folder";
}

TEST_F(InputCliTest, AnEndlessPipeIsReadOnlyUpToTheImportLimit)
{
    // Endless white space, which JSON allows, through a named pipe: only the size limit ends it.
    const QString fifo = data.root() + QStringLiteral("/endless.json");
    const CliResult r = runShell(QStringLiteral("mkfifo '%1' && { yes ' ' > '%1' 2>/dev/null & } && "
                                                "exec \"$CLI\" --data-dir \"$DATA\" import '%1' --from jrnl")
                                     .arg(fifo));
    expectRefused(r,
                  { fifo + QStringLiteral(" is too large: more than 64 MiB"), QStringLiteral("Nothing was imported") });
    EXPECT_LT(r.milliseconds, 5000) << "the pipe was not ended at the limit";
}

// Issue 13, defect 7: bytes that are not UTF-8 became U+FFFD, and a leading U+FEFF was dropped.
TEST_F(InputCliTest, ArgumentsAndBodiesThatAreNotUtf8AreRefusedNamingWhereTheyCameFrom)
{
    const auto add = [this](const QString &options) {
        return runShell(QStringLiteral("exec \"$CLI\" --data-dir \"$DATA\" journal add ") + options);
    };
    expectRefused(add(QStringLiteral("--title \"$(printf 'caf\\351')\"")),
                  { QStringLiteral("the value of --title is not valid UTF-8 text (at byte 4)") });
    expectRefused(add(QStringLiteral("--title=\"$(printf 'a\\377b')\"")),
                  { QStringLiteral("the value of --title is not valid UTF-8 text (at byte 2)") });
    expectRefused(add(QStringLiteral("--title T --body \"$(printf 'ok \\300\\257')\"")),
                  { QStringLiteral("the value of --body is not valid UTF-8 text") });
    expectRefused(add(QStringLiteral("--title T --tag \"$(printf '\\355\\240\\200')\"")),
                  { QStringLiteral("the value of --tag is not valid UTF-8 text") });
    const QString latin1 = writeFile(QStringLiteral("latin1.txt"),
                                     "Gr\xFC\xDF"
                                     "e");
    expectRefused(
        run(Add + QStringList { QStringLiteral("--body-file"), latin1 }),
        { QStringLiteral("--body-file: ") + latin1 + QStringLiteral(" is not valid UTF-8 text (at byte 3)") });
    expectRefused(run(Add + QStringList { QStringLiteral("--body-file"), QStringLiteral("-") }, latin1),
                  { QStringLiteral("--body-file: standard input is not valid UTF-8 text (at byte 3)") });
    expectRefused(runShell(QStringLiteral("exec \"$CLI\" --data-dir \"$DATA$(printf '\\377')\" journal list")),
                  { QStringLiteral("the value of --data-dir is not valid UTF-8 text") });
    EXPECT_FALSE(databaseExists()) << "refused input opened the data folder";
}

TEST_F(InputCliTest, AByteOrderMarkAndEveryOtherCharacterAreKeptAsGiven)
{
    // journal show prints the texts as stored (its JSON is not used here: Qt's JSON parser, in
    // this test, would drop a U+FEFF that starts a string).
    const QByteArray title = "\xEF\xBB\xBFTitle with a mark";
    const QByteArray body = "\xEF\xBB\xBF# Notes\r\nline \xE2\x80\x8B two\n";
    const QString bodyFile = writeFile(QStringLiteral("bom.md"), body);
    const auto shown = [this](const CliResult &added) {
        EXPECT_EQ(added.exitCode, 0) << qPrintable(added.err);
        const CliResult r
            = run({ QStringLiteral("journal"), QStringLiteral("show"), QString::fromLatin1(added.out.trimmed()) });
        EXPECT_EXIT_CODE(r, 0);
        return r.out;
    };
    // QString::fromUtf8 would drop the mark too.
    const QString titleText = QChar(0xFEFF) + QString::fromUtf8(title.mid(3));
    const QString bodyText = QChar(0xFEFF) + QString::fromUtf8(body.mid(3));

    const QByteArray titleLine = "Title: " + title + "\n";
    const QByteArray notes = "Notes:\n" + body;
    const QByteArray fromFile = shown(run({ QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"),
                                            titleText, QStringLiteral("--body-file"), bodyFile }));
    EXPECT_TRUE(fromFile.contains(titleLine)) << fromFile.constData();
    EXPECT_TRUE(fromFile.contains(notes)) << fromFile.constData();
    const QByteArray fromStdin
        = shown(run(Add + QStringList { QStringLiteral("--body-file"), QStringLiteral("-") }, bodyFile));
    EXPECT_TRUE(fromStdin.contains(notes)) << fromStdin.constData();
    const QByteArray fromArgument = shown(run(Add + QStringList { QStringLiteral("--body"), bodyText }));
    EXPECT_TRUE(fromArgument.contains(notes)) << fromArgument.constData();
}

TEST_F(InputCliTest, ImportsThatAreNotUtf8AreRefusedNamingTheFile)
{
    const QString jrnl = writeFile(
        QStringLiteral("jrnl.json"),
        "{\"entries\": [{\"title\": \"caf\xE9\", \"body\": \"\", \"date\": \"2024-03-04\", \"time\": \"09:15\"}]}");
    expectRefused(run({ QStringLiteral("import"), jrnl, QStringLiteral("--from"), QStringLiteral("jrnl") }),
                  { QStringLiteral("jrnl file is not UTF-8 text"), QStringLiteral("Nothing was imported") });
    const QString folder = data.root() + QStringLiteral("/rednotebook");
    ASSERT_TRUE(QDir().mkpath(folder));
    tandem::test::writeFile(folder + QStringLiteral("/2024-03.txt"), "1: {text: caf\xE9}\n");
    expectRefused(run({ QStringLiteral("import"), folder }),
                  { QStringLiteral("2024-03.txt is not UTF-8 text"), QStringLiteral("Nothing was imported") });
    EXPECT_FALSE(databaseExists());
}
