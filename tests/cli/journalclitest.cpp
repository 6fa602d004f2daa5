// `tandem-cli journal …` and `advise` run as a user runs them: as a process, judged by exit
// status, output and what comes back.
#include "clirunner.h"
#include "qtprinters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <gtest/gtest.h>

using tandem::test::TempDataDir;

namespace {

using CliResult = tandem::test::CliOutput;

class JournalCliTest : public tandem::test::CliRunner
{
protected:
    // Adds an entry and gives its id (0 on failure).
    qint64 add(const QStringList &args)
    {
        const CliResult r = run(QStringList{QStringLiteral("journal"), QStringLiteral("add")} + args);
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
        return r.text().trimmed().toLongLong();
    }

    QJsonObject show(qint64 id)
    {
        const CliResult r = run({QStringLiteral("journal"), QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
        return QJsonDocument::fromJson(r.out).object();
    }

    static bool isOneLine(const QString &text)
    {
        return text.startsWith(QLatin1String("tandem-cli: ")) && text.endsWith(QLatin1Char('\n'))
            && text.count(QLatin1Char('\n')) == 1;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = data.root() + QLatin1Char('/') + name;
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

};

#define EXPECT_EXIT_CODE(run, code) \
    EXPECT_EQ((run).exitCode, code) << "stdout: " << (run).out.left(400).constData() << "\nstderr: " << qPrintable((run).err)

// About 1 MB of text from every corner: scripts, emoji with joiners, right-to-left, combining
// marks and control characters (everything but NUL, which no C string can carry).
QByteArray megabyteOfUnicode()
{
    const QStringList pieces = {QStringLiteral("Plain ASCII words. "), QStringLiteral("עברית מימין לשמאל "),
                                QStringLiteral("العربية أيضا "), QStringLiteral("日本語とかな "),
                                QStringLiteral("👩‍👩‍👧‍👦 🏳️‍🌈 👍🏽 "), QStringLiteral("e\u0301 a\u0308 "),
                                QStringLiteral("\u202Eoverride\u202C "), QStringLiteral("\r\n"), QStringLiteral("\t"),
                                QString(QChar(0x01)) + QChar(0x1B) + QChar(0x7F), QStringLiteral("\"quotes\" \\ back\\slash "),
                                QStringLiteral("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 "), QStringLiteral("\n\n# Heading\n- item\n")};
    QRandomGenerator rng(42);
    QByteArray bytes;
    while (bytes.size() < 1024 * 1024)
        bytes += pieces.at(rng.bounded(static_cast<int>(pieces.size()))).toUtf8();
    return bytes;
}

} // namespace

TEST_F(JournalCliTest, UnicodeAndAMegabyteComeBackByteForByte)
{
    const QByteArray body = megabyteOfUnicode();
    ASSERT_GE(body.size(), 1024 * 1024);
    const QString title = QStringLiteral("Ünïcödé ✨ שלום مرحبا 日本 👩‍💻");
    const qint64 id = add({QStringLiteral("--title"), title, QStringLiteral("--body-file"), writeFile(QStringLiteral("body.md"), body),
                           QStringLiteral("--mode"), QStringLiteral("both"), QStringLiteral("--skill"),
                           QStringLiteral("emotional-intelligence"), QStringLiteral("--skill"), QStringLiteral("visionary-thinking"),
                           QStringLiteral("--tag"), QStringLiteral("règle"), QStringLiteral("--tag"), QStringLiteral("🙂"),
                           QStringLiteral("--rating"), QStringLiteral("4"), QStringLiteral("--at"),
                           QStringLiteral("2026-03-04T10:15:00Z")});
    ASSERT_GT(id, 0);

    const QJsonObject entry = show(id);
    EXPECT_EQ(entry.value(QLatin1String("body")).toString().toUtf8(), body);
    EXPECT_EQ(entry.value(QLatin1String("title")).toString(), title);
    EXPECT_EQ(entry.value(QLatin1String("id")).toInteger(), id);
    EXPECT_EQ(entry.value(QLatin1String("mode")).toString(), QStringLiteral("both"));
    EXPECT_EQ(entry.value(QLatin1String("rating")).toInt(), 4);
    EXPECT_EQ(entry.value(QLatin1String("occurred_at")).toString(), QStringLiteral("2026-03-04T10:15:00Z"));
    EXPECT_EQ(entry.value(QLatin1String("tags")).toArray().size(), 2);
    EXPECT_EQ(entry.value(QLatin1String("skills")).toArray().size(), 2);
    EXPECT_TRUE(entry.value(QLatin1String("advice")).isNull());
    for (const char *key : {"uuid", "created_at", "updated_at", "situation", "outcome", "feelings", "learned", "next_time",
                            "contrasts", "areas"})
        EXPECT_TRUE(entry.contains(QLatin1String(key))) << key;

    // The plain form prints the notes as they are, too.
    const CliResult plain = run({QStringLiteral("journal"), QStringLiteral("show"), QString::number(id)});
    EXPECT_EXIT_CODE(plain, 0);
    EXPECT_TRUE(plain.out.contains(body));
    EXPECT_TRUE(plain.out.contains(title.toUtf8()));
}

TEST_F(JournalCliTest, BodyThroughTheCommandLine)
{
    const QString body = QStringLiteral("Line one\nשורה שתיים\t🙂\x01");
    const qint64 id = add({QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--body"), body});
    ASSERT_GT(id, 0);
    EXPECT_EQ(show(id).value(QLatin1String("body")).toString(), body);
}

TEST_F(JournalCliTest, UnknownOrMalformedIdsExitTwoWithOneLine)
{
    for (const QString &command : {QStringLiteral("show"), QStringLiteral("delete")}) {
        const CliResult unknown = run({QStringLiteral("journal"), command, QStringLiteral("9999")});
        EXPECT_EXIT_CODE(unknown, 2);
        EXPECT_TRUE(isOneLine(unknown.err)) << qPrintable(unknown.err);
        EXPECT_TRUE(unknown.err.contains(QLatin1String("9999"))) << qPrintable(unknown.err);
        EXPECT_TRUE(unknown.out.isEmpty());
        for (const QString &bad : {QStringLiteral("abc"), QStringLiteral("0"), QStringLiteral("-3"), QStringLiteral("1.5")}) {
            const CliResult malformed = run({QStringLiteral("journal"), command, bad});
            EXPECT_EXIT_CODE(malformed, 2);
            EXPECT_TRUE(isOneLine(malformed.err)) << qPrintable(malformed.err);
        }
        const CliResult missing = run({QStringLiteral("journal"), command});
        EXPECT_EXIT_CODE(missing, 2);
    }
}

TEST_F(JournalCliTest, DeleteRemovesTheEntry)
{
    const qint64 id = add({QStringLiteral("--title"), QStringLiteral("Short-lived")});
    ASSERT_GT(id, 0);
    const CliResult deleted = run({QStringLiteral("journal"), QStringLiteral("delete"), QString::number(id)});
    EXPECT_EXIT_CODE(deleted, 0);
    EXPECT_EXIT_CODE(run({QStringLiteral("journal"), QStringLiteral("show"), QString::number(id)}), 2);
    EXPECT_EXIT_CODE(run({QStringLiteral("journal"), QStringLiteral("delete"), QString::number(id)}), 2);
}

TEST_F(JournalCliTest, BadInputIsRefusedAndNothingIsStored)
{
    const QList<QStringList> bad = {
        {},  // no title
        {QStringLiteral("--title"), QStringLiteral("   ")},  // empty entry
        {QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--rating"), QStringLiteral("6")},
        {QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--rating"), QStringLiteral("two")},
        {QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--mode"), QStringLiteral("lurk")},
        {QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--skill"), QStringLiteral("juggling")},
        {QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--at"), QStringLiteral("yesterday")},
        {QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--tag"), QStringLiteral(" ")},
        {QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--body"), QStringLiteral("b"), QStringLiteral("--body-file"),
         QStringLiteral("/nonexistent")},
        {QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--body-file"), QStringLiteral("/nonexistent/file")},
        {QStringLiteral("--title"), QStringLiteral("T"), QStringLiteral("--colour"), QStringLiteral("red")},
    };
    for (const QStringList &args : bad) {
        const CliResult r = run(QStringList{QStringLiteral("journal"), QStringLiteral("add")} + args);
        EXPECT_EXIT_CODE(r, 2);
        EXPECT_TRUE(isOneLine(r.err)) << qPrintable(args.join(QLatin1Char(' '))) << ": " << qPrintable(r.err);
    }
    const CliResult list = run({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json")});
    EXPECT_EXIT_CODE(list, 0);
    EXPECT_EQ(QJsonDocument::fromJson(list.out).array().size(), 0);
    EXPECT_EXIT_CODE(run({QStringLiteral("journal"), QStringLiteral("frobnicate")}), 2);
    EXPECT_EXIT_CODE(run({QStringLiteral("journal")}), 2);
}

TEST_F(JournalCliTest, ListFiltersNewestFirst)
{
    const qint64 a = add({QStringLiteral("--title"), QStringLiteral("March"), QStringLiteral("--at"), QStringLiteral("2026-03-10"),
                          QStringLiteral("--tag"), QStringLiteral("budget"), QStringLiteral("--skill"),
                          QStringLiteral("organisational-efficiency")});
    const qint64 b = add({QStringLiteral("--title"), QStringLiteral("April"), QStringLiteral("--at"), QStringLiteral("2026-04-10")});
    const qint64 c = add({QStringLiteral("--title"), QStringLiteral("May"), QStringLiteral("--at"), QStringLiteral("2026-05-10"),
                          QStringLiteral("--tag"), QStringLiteral("Budget")});
    const auto ids = [&](const QStringList &options) {
        const CliResult r = run(QStringList{QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json")} + options);
        EXPECT_EXIT_CODE(r, 0);
        QList<qint64> result;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
            const QJsonObject o = v.toObject();
            EXPECT_TRUE(o.contains(QLatin1String("occurred_at")) && o.contains(QLatin1String("title")));
            result.append(o.value(QLatin1String("id")).toInteger());
        }
        return result;
    };
    EXPECT_EQ(ids({}), (QList<qint64>{c, b, a}));
    EXPECT_EQ(ids({QStringLiteral("--limit"), QStringLiteral("2")}), (QList<qint64>{c, b}));
    EXPECT_EQ(ids({QStringLiteral("--tag"), QStringLiteral("BUDGET")}), (QList<qint64>{c, a}));
    EXPECT_EQ(ids({QStringLiteral("--skill"), QStringLiteral("organisational-efficiency")}), QList<qint64>{a});
    EXPECT_EQ(ids({QStringLiteral("--from"), QStringLiteral("2026-04-01"), QStringLiteral("--to"), QStringLiteral("2026-04-30")}),
              QList<qint64>{b});
    const CliResult plain = run({QStringLiteral("journal"), QStringLiteral("list")});
    EXPECT_EXIT_CODE(plain, 0);
    EXPECT_EQ(plain.text().count(QLatin1Char('\n')), 3);
    EXPECT_EXIT_CODE(run({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--from"), QStringLiteral("soon")}), 2);
    EXPECT_EXIT_CODE(run({QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")}), 2);
}

TEST_F(JournalCliTest, SearchGivesSnippetsAndTakesAnyText)
{
    const qint64 id = add({QStringLiteral("--title"), QStringLiteral("Budget review"), QStringLiteral("--body"),
                           QStringLiteral("We cut the travel budget by a third.")});
    add({QStringLiteral("--title"), QStringLiteral("Unrelated"), QStringLiteral("--body"), QStringLiteral("Nothing here.")});
    const CliResult found = run({QStringLiteral("journal"), QStringLiteral("search"), QStringLiteral("travel"), QStringLiteral("--json")});
    EXPECT_EXIT_CODE(found, 0);
    const QJsonArray hits = QJsonDocument::fromJson(found.out).array();
    ASSERT_EQ(hits.size(), 1);
    const QJsonObject hit = hits.first().toObject();
    EXPECT_EQ(hit.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("occurred_at"), QStringLiteral("snippet"),
                                       QStringLiteral("title")}));
    EXPECT_EQ(hit.value(QLatin1String("id")).toInteger(), id);
    EXPECT_EQ(hit.value(QLatin1String("snippet")).toString(), QStringLiteral("We cut the [travel] budget by a third."));

    for (const QString &hostile : {QStringLiteral("\""), QStringLiteral("NEAR("), QStringLiteral("AND"), QStringLiteral("(*)"),
                                   QStringLiteral("🙂"), QStringLiteral("budget\" OR \"x"), QStringLiteral("-")}) {
        const CliResult r = run({QStringLiteral("journal"), QStringLiteral("search"), QStringLiteral("--json"), QStringLiteral("--"), hostile});
        EXPECT_EXIT_CODE(r, 0);
        EXPECT_TRUE(QJsonDocument::fromJson(r.out).isArray()) << qPrintable(hostile);
    }
    const CliResult prefix = run({QStringLiteral("journal"), QStringLiteral("search"), QStringLiteral("bud*")});
    EXPECT_EXIT_CODE(prefix, 0);
    EXPECT_TRUE(prefix.text().contains(QLatin1String("Budget review")));
    EXPECT_EXIT_CODE(run({QStringLiteral("journal"), QStringLiteral("search")}), 2);
}

TEST_F(JournalCliTest, AdviseLeansAndExplains)
{
    const CliResult json = run({QStringLiteral("advise"), QStringLiteral("--answers"), QStringLiteral("-3,-2,0,1,-1"), QStringLiteral("--json")});
    EXPECT_EXIT_CODE(json, 0);
    const QJsonObject advice = QJsonDocument::fromJson(json.out).object();
    EXPECT_EQ(advice.value(QLatin1String("lean")).toString(), QStringLiteral("lead"));
    EXPECT_EQ(advice.value(QLatin1String("score")).toInt(), -5);
    const QJsonArray drivers = advice.value(QLatin1String("drivers")).toArray();
    ASSERT_EQ(drivers.size(), 3);
    EXPECT_EQ(drivers.first().toObject().value(QLatin1String("contrast")).toString(), QStringLiteral("vision-execution"));
    EXPECT_EQ(drivers.first().toObject().value(QLatin1String("pole")).toString(), QStringLiteral("Vision"));
    EXPECT_EQ(advice.value(QLatin1String("skills")).toArray().size(), 3);
    const QJsonArray tips = advice.value(QLatin1String("tips")).toArray();
    ASSERT_EQ(tips.size(), 3);
    EXPECT_FALSE(tips.first().toObject().value(QLatin1String("text")).toString().isEmpty());

    const CliResult plain = run({QStringLiteral("advise"), QStringLiteral("--answers"), QStringLiteral("3, 3, 2, 0, 0")});
    EXPECT_EXIT_CODE(plain, 0);
    EXPECT_TRUE(plain.text().startsWith(QLatin1String("Lean towards managing"))) << qPrintable(plain.text());

    for (const QString &bad : {QStringLiteral("1,2,3,4"), QStringLiteral("1,2,3,0,4"), QStringLiteral("a,b,c,d,e"), QStringLiteral("")}) {
        const CliResult r = run({QStringLiteral("advise"), QStringLiteral("--answers"), bad});
        EXPECT_EXIT_CODE(r, 2);
        EXPECT_TRUE(isOneLine(r.err)) << qPrintable(r.err);
    }
    EXPECT_EXIT_CODE(run({QStringLiteral("advise")}), 2);
}
