// `tandem-cli assess`, `profile`, `history` and `due` run as a user (or a script) runs them: as
// a process, judged by exit status, output and what is left in the data folder. Expected
// numbers are worked out by hand from docs/scoring.md.
#include "qtprinters.h"
#include "tempdatadir.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <cstdlib>

using tandem::test::TempDataDir;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QString Visionary = QStringLiteral("visionary-thinking");
const QString Emotional = QStringLiteral("emotional-intelligence");
const QString Efficiency = QStringLiteral("organisational-efficiency");
const QString Influence = QStringLiteral("influence-persuasion");

class AssessCliTest : public ::testing::Test
{
protected:
    // Runs tandem-cli on the data folder dataDir, with TANDEM_DATA_DIR unset and XDG_DATA_HOME in
    // a temporary folder, so that no test can ever touch the real user's data.
    CliRun runIn(const QString &dataDir, const QStringList &args, const QByteArray &input = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TANDEM_DATA_DIR"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.root());
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TANDEM_CLI_PATH), QStringList{QStringLiteral("--data-dir"), dataDir} + args);
        CliRun result;
        EXPECT_TRUE(process.waitForStarted(10000)) << qPrintable(process.errorString());
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(60000)) << "tandem-cli did not finish";
        EXPECT_EQ(process.exitStatus(), QProcess::NormalExit) << "tandem-cli crashed";
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    CliRun run(const QStringList &args, const QByteArray &input = {}) { return runIn(data.path(), args, input); }

    static bool isOneLine(const QString &text)
    {
        return text.endsWith(QLatin1Char('\n')) && text.count(QLatin1Char('\n')) == 1;
    }

    // The skill model as `framework --json` gives it: the ids a script would use.
    QJsonObject framework()
    {
        if (m_framework.isEmpty()) {
            const CliRun r = run({QStringLiteral("framework"), QStringLiteral("--json")});
            EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
            m_framework = QJsonDocument::fromJson(r.out.toUtf8()).object();
            EXPECT_FALSE(m_framework.isEmpty());
        }
        return m_framework;
    }

    // Every full-assessment statement answered x (reverse-keyed ones 6 − x).
    QJsonObject fullAnswers(int x)
    {
        QJsonObject answers;
        const auto add = [&](const QJsonArray &items) {
            for (const QJsonValue &v : items) {
                const QJsonObject item = v.toObject();
                answers.insert(item.value(QLatin1String("id")).toString(),
                               item.value(QLatin1String("reverse")).toBool() ? 6 - x : x);
            }
        };
        for (const QJsonValue &skill : framework().value(QLatin1String("skills")).toArray())
            add(skill.toObject().value(QLatin1String("items")).toArray());
        for (const QJsonValue &contrast : framework().value(QLatin1String("contrasts")).toArray()) {
            add(contrast.toObject().value(QLatin1String("lead_pole")).toObject().value(QLatin1String("items")).toArray());
            add(contrast.toObject().value(QLatin1String("manage_pole")).toObject().value(QLatin1String("items")).toArray());
        }
        EXPECT_EQ(answers.size(), 52);
        return answers;
    }

    QJsonObject pulseAnswers(int x)
    {
        QJsonObject answers;
        for (const QJsonValue &item : framework().value(QLatin1String("pulse")).toArray())
            answers.insert(item.toObject().value(QLatin1String("id")).toString(), x);
        EXPECT_EQ(answers.size(), 8);
        return answers;
    }

    static QByteArray answersJson(const QJsonObject &answers)
    {
        return QJsonDocument(QJsonObject{{QStringLiteral("answers"), answers}}).toJson();
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = files.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly)) << qPrintable(path);
        file.write(bytes);
        return path;
    }

    // Records an assessment and expects success.
    void assess(const QJsonObject &answers, const QString &at, const QString &kind = QStringLiteral("full"))
    {
        static int counter = 0;
        const QString file = writeFile(QStringLiteral("answers-%1.json").arg(++counter), answersJson(answers));
        const CliRun r = run({QStringLiteral("assess"), QStringLiteral("--answers"), file, QStringLiteral("--kind"), kind,
                              QStringLiteral("--at"), at});
        EXPECT_EQ(r.exitCode, 0) << "stdout: " << qPrintable(r.out) << "\nstderr: " << qPrintable(r.err);
        EXPECT_TRUE(r.err.isEmpty()) << qPrintable(r.err);
    }

    QJsonObject profile()
    {
        const CliRun r = run({QStringLiteral("profile"), QStringLiteral("--json")});
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString()) << qPrintable(r.out);
        return doc.object();
    }

    QJsonArray history(const QStringList &extra = {})
    {
        const CliRun r = run(QStringList{QStringLiteral("history"), QStringLiteral("--json")} + extra);
        EXPECT_EQ(r.exitCode, 0) << qPrintable(r.err);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString()) << qPrintable(r.out);
        EXPECT_TRUE(doc.isArray()) << qPrintable(r.out);
        return doc.array();
    }

    TempDataDir home;
    TempDataDir data;
    QTemporaryDir filesDir;
    QDir files{filesDir.path()};

private:
    QJsonObject m_framework;
};

#define EXPECT_EXIT_CODE(run, code) \
    EXPECT_EQ((run).exitCode, code) << "stdout: " << qPrintable((run).out) << "\nstderr: " << qPrintable((run).err)

double number(const QJsonObject &object, const QString &key)
{
    const QJsonValue v = object.value(key);
    EXPECT_TRUE(v.isDouble()) << qPrintable(key) << " is not a number";
    return v.toDouble(-1000);
}

} // namespace

TEST_F(AssessCliTest, OftenEverywhereGivesSeventyFiveEverywhere)
{
    const QString file = writeFile(QStringLiteral("all-often.json"), answersJson(fullAnswers(4)));
    const CliRun r = run({QStringLiteral("assess"), QStringLiteral("--answers"), file, QStringLiteral("--at"),
                          QStringLiteral("2025-05-05T08:30:00Z")});
    EXPECT_EXIT_CODE(r, 0);
    EXPECT_TRUE(isOneLine(r.out)) << qPrintable(r.out);
    EXPECT_TRUE(r.out.startsWith(QLatin1String("Stored the full assessment "))) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(QLatin1String("leadership 75, management 75. Balanced, strong."))) << qPrintable(r.out);
    EXPECT_TRUE(r.err.isEmpty()) << qPrintable(r.err);

    const QJsonObject p = profile();
    EXPECT_EQ(p.value(QLatin1String("kind")).toString(), QStringLiteral("full"));
    EXPECT_EQ(p.value(QLatin1String("taken_at")).toString(), QStringLiteral("2025-05-05T08:30:00Z"));
    const QJsonObject skills = p.value(QLatin1String("skills")).toObject();
    ASSERT_EQ(skills.size(), 8);
    for (const QJsonValue &skill : framework().value(QLatin1String("skills")).toArray()) {
        const QString id = skill.toObject().value(QLatin1String("id")).toString();
        EXPECT_EQ(number(skills, id), 75.0) << qPrintable(id);
    }
    EXPECT_EQ(number(p, QStringLiteral("leadership")), 75.0);
    EXPECT_EQ(number(p, QStringLiteral("management")), 75.0);
    EXPECT_EQ(number(p, QStringLiteral("balance")), 0.0);
    EXPECT_EQ(p.value(QLatin1String("label")).toString(), QStringLiteral("balanced-strong"));
    const QJsonObject poles = p.value(QLatin1String("poles")).toObject();
    ASSERT_EQ(poles.size(), 5);
    for (auto it = poles.constBegin(); it != poles.constEnd(); ++it) {
        EXPECT_EQ(number(it.value().toObject(), QStringLiteral("lead")), 75.0) << qPrintable(it.key());
        EXPECT_EQ(number(it.value().toObject(), QStringLiteral("manage")), 75.0) << qPrintable(it.key());
    }
    // A flat profile names no strengths or growth areas, and the first has no changes.
    EXPECT_TRUE(p.value(QLatin1String("strengths")).toArray().isEmpty());
    EXPECT_TRUE(p.value(QLatin1String("growth_areas")).toArray().isEmpty());
    EXPECT_TRUE(p.value(QLatin1String("changes")).toObject().isEmpty());
    EXPECT_TRUE(p.value(QLatin1String("previous_taken_at")).isNull());

    // The text form says the same in words.
    const CliRun text = run({QStringLiteral("profile")});
    EXPECT_EXIT_CODE(text, 0);
    EXPECT_TRUE(text.out.contains(QLatin1String("Profile: Balanced, strong"))) << qPrintable(text.out);
    EXPECT_TRUE(text.out.contains(QLatin1String("Leadership 75, management 75, balance +0"))) << qPrintable(text.out);
    EXPECT_TRUE(text.out.contains(QLatin1String("first full assessment"))) << qPrintable(text.out);
}

TEST_F(AssessCliTest, SecondFullAssessmentShowsChangesJudgedByTheNoiseRule)
{
    assess(fullAnswers(4), QStringLiteral("2025-05-05T08:30:00Z"));
    // A pulse in between, all "never": the full assessment is not compared with it.
    assess(pulseAnswers(1), QStringLiteral("2025-05-12T08:00:00Z"), QStringLiteral("pulse"));

    QJsonObject second = fullAnswers(4);
    for (int i = 1; i <= 3; ++i) {
        second.insert(Visionary + QStringLiteral(".%1").arg(i), 5);   // 100
        second.insert(Efficiency + QStringLiteral(".%1").arg(i), 2);  // 25
    }
    second.insert(Visionary + QStringLiteral(".4"), 1);
    second.insert(Efficiency + QStringLiteral(".4"), 4);
    second.insert(Emotional + QStringLiteral(".1"), 5); // (100 + 75 + 75 + 75) / 4 = 81.25
    second.insert(Influence + QStringLiteral(".1"), 2); // (25 + 75 + 75 + 75) / 4 = 62.5
    assess(second, QStringLiteral("2025-06-16T08:30:00Z"));

    const QJsonObject p = profile();
    EXPECT_EQ(p.value(QLatin1String("taken_at")).toString(), QStringLiteral("2025-06-16T08:30:00Z"));
    EXPECT_EQ(p.value(QLatin1String("previous_taken_at")).toString(), QStringLiteral("2025-05-05T08:30:00Z"));
    const QJsonObject skills = p.value(QLatin1String("skills")).toObject();
    EXPECT_EQ(number(skills, Visionary), 100.0);
    EXPECT_EQ(number(skills, Emotional), 81.3); // 81.25, shown with one decimal
    EXPECT_EQ(number(skills, Efficiency), 25.0);
    EXPECT_EQ(number(skills, Influence), 62.5);
    // Leadership (100 + 81.25 + 62.5 + 75) / 4 = 79.6875; management (25 + 75 + 75 + 75) / 4 = 62.5.
    EXPECT_EQ(number(p, QStringLiteral("leadership")), 79.7);
    EXPECT_EQ(number(p, QStringLiteral("management")), 62.5);
    EXPECT_EQ(number(p, QStringLiteral("balance")), 17.2);
    // Balance 17.2 > 10 leans leading; (79.7 + 62.5) / 2 = 71.1 ≥ 70 is strong.
    EXPECT_EQ(p.value(QLatin1String("label")).toString(), QStringLiteral("leans-leading-strong"));
    EXPECT_EQ(p.value(QLatin1String("strengths")).toArray(), (QJsonArray{Visionary, Emotional}));
    EXPECT_EQ(p.value(QLatin1String("growth_areas")).toArray(), (QJsonArray{Efficiency, Influence}));

    const QJsonObject changes = p.value(QLatin1String("changes")).toObject();
    EXPECT_EQ(changes.size(), 8);
    const auto change = [&](const QJsonObject &all, const QString &id) { return all.value(id).toObject(); };
    // +25 and −50 exceed a skill's MDC95 of 18.59; −12.5 and +6.25 do not.
    EXPECT_EQ(number(change(changes, Visionary), QStringLiteral("delta")), 25.0);
    EXPECT_TRUE(change(changes, Visionary).value(QLatin1String("meaningful")).toBool());
    EXPECT_EQ(number(change(changes, Efficiency), QStringLiteral("delta")), -50.0);
    EXPECT_TRUE(change(changes, Efficiency).value(QLatin1String("meaningful")).toBool());
    EXPECT_EQ(number(change(changes, Emotional), QStringLiteral("delta")), 6.3);
    EXPECT_EQ(change(changes, Emotional).value(QLatin1String("meaningful")), QJsonValue(false));
    EXPECT_EQ(number(change(changes, Influence), QStringLiteral("delta")), -12.5);
    EXPECT_EQ(change(changes, Influence).value(QLatin1String("meaningful")), QJsonValue(false));
    EXPECT_EQ(number(change(changes, QStringLiteral("communication-clarity")), QStringLiteral("delta")), 0.0);
    EXPECT_EQ(change(changes, QStringLiteral("communication-clarity")).value(QLatin1String("meaningful")), QJsonValue(false));

    // Leadership +4.6875 is within an index's 10.52, management −12.5 is not; balance +17.1875
    // is just within the balance's 17.35.
    const QJsonObject indices = p.value(QLatin1String("index_changes")).toObject();
    EXPECT_EQ(number(change(indices, QStringLiteral("leadership")), QStringLiteral("delta")), 4.7);
    EXPECT_EQ(change(indices, QStringLiteral("leadership")).value(QLatin1String("meaningful")), QJsonValue(false));
    EXPECT_EQ(number(change(indices, QStringLiteral("management")), QStringLiteral("delta")), -12.5);
    EXPECT_EQ(change(indices, QStringLiteral("management")).value(QLatin1String("meaningful")), QJsonValue(true));
    EXPECT_EQ(number(change(indices, QStringLiteral("balance")), QStringLiteral("delta")), 17.2);
    EXPECT_EQ(change(indices, QStringLiteral("balance")).value(QLatin1String("meaningful")), QJsonValue(false));

    // The text form marks them the same way.
    const CliRun text = run({QStringLiteral("profile")});
    EXPECT_EXIT_CODE(text, 0);
    EXPECT_TRUE(text.out.contains(QLatin1String("+25 (real change)"))) << qPrintable(text.out);
    EXPECT_TRUE(text.out.contains(QLatin1String("-50 (real change)"))) << qPrintable(text.out);
    EXPECT_TRUE(text.out.contains(QLatin1String("+6 (within noise)"))) << qPrintable(text.out);
    EXPECT_TRUE(text.out.contains(QLatin1String("-13 (within noise)"))) << qPrintable(text.out);
}

TEST_F(AssessCliTest, BadInputIsRefusedWithOneLineAndNothingIsStored)
{
    // A folder that already holds one assessment, to see that none is added ...
    assess(fullAnswers(3), QStringLiteral("2025-05-05T08:30:00Z"));
    const CliRun before = run({QStringLiteral("history"), QStringLiteral("--json")});
    ASSERT_EQ(before.exitCode, 0);
    ASSERT_EQ(history().size(), 1);

    QJsonObject unknown = fullAnswers(4);
    unknown.insert(QStringLiteral("visionary-thinking.9"), 4);
    QJsonObject seven = fullAnswers(4);
    seven.insert(QStringLiteral("risk.lead.1"), 7);
    QJsonObject zero = fullAnswers(4);
    zero.insert(QStringLiteral("risk.lead.2"), 0);
    QJsonObject half = fullAnswers(4);
    half.insert(QStringLiteral("communication-clarity.2"), 3.5);
    QJsonObject text = fullAnswers(4);
    text.insert(QStringLiteral("influence-persuasion.3"), QStringLiteral("3"));
    QJsonObject missing = fullAnswers(4);
    missing.remove(QStringLiteral("change-stability.manage.2"));
    QJsonObject fullInPulse = pulseAnswers(4);
    fullInPulse.insert(QStringLiteral("adaptability-innovation.2"), 4);
    QJsonObject pulseInFull = fullAnswers(4);
    pulseInFull.insert(QStringLiteral("pulse.risk"), 4);

    const QString good = writeFile(QStringLiteral("good.json"), answersJson(fullAnswers(4)));
    const auto withFile = [&](const QString &name, const QByteArray &bytes) {
        return QStringList{QStringLiteral("assess"), QStringLiteral("--answers"), writeFile(name, bytes)};
    };
    const struct
    {
        const char *what;
        QStringList args;
        QStringList named;  // every one must appear in the message
    } cases[] = {
            {"unknown id", withFile(QStringLiteral("unknown.json"), answersJson(unknown)), {QStringLiteral("\"visionary-thinking.9\"")}},
            {"value 7", withFile(QStringLiteral("seven.json"), answersJson(seven)), {QStringLiteral("\"risk.lead.1\"")}},
            {"value 0", withFile(QStringLiteral("zero.json"), answersJson(zero)), {QStringLiteral("\"risk.lead.2\"")}},
            {"value 3.5", withFile(QStringLiteral("half.json"), answersJson(half)), {QStringLiteral("\"communication-clarity.2\"")}},
            {"value \"3\"", withFile(QStringLiteral("text.json"), answersJson(text)), {QStringLiteral("\"influence-persuasion.3\"")}},
            {"one missing", withFile(QStringLiteral("missing.json"), answersJson(missing)), {QStringLiteral("change-stability.manage.2")}},
            {"full item in a pulse",
             withFile(QStringLiteral("fullinpulse.json"), answersJson(fullInPulse)) + QStringList{QStringLiteral("--kind"), QStringLiteral("pulse")},
             {QStringLiteral("\"adaptability-innovation.2\""), QStringLiteral("full assessment")}},
            {"pulse item in a full", withFile(QStringLiteral("pulseinfull.json"), answersJson(pulseInFull)), {QStringLiteral("\"pulse.risk\"")}},
            {"pulse answers as a full", withFile(QStringLiteral("pulseasfull.json"), answersJson(pulseAnswers(4))), {QStringLiteral("pulse.")}},
            {"malformed JSON", withFile(QStringLiteral("broken.json"), QByteArrayLiteral("{\"answers\": {\"risk.lead.1\": 4,")),
             {QStringLiteral("broken.json"), QStringLiteral("JSON")}},
            {"not an object", withFile(QStringLiteral("array.json"), QByteArrayLiteral("[4, 4, 4]")),
             {QStringLiteral("array.json"), QStringLiteral("\"answers\"")}},
            {"answers not an object", withFile(QStringLiteral("list.json"), QByteArrayLiteral("{\"answers\": [4, 4]}")),
             {QStringLiteral("list.json"), QStringLiteral("\"answers\"")}},
            {"empty file", withFile(QStringLiteral("empty.json"), QByteArray()), {QStringLiteral("empty.json")}},
            {"no --answers", {QStringLiteral("assess"), QStringLiteral("--kind"), QStringLiteral("full")}, {QStringLiteral("--answers")}},
            {"--kind weird",
             {QStringLiteral("assess"), QStringLiteral("--answers"), good, QStringLiteral("--kind"), QStringLiteral("weird")},
             {QStringLiteral("--kind"), QStringLiteral("\"weird\"")}},
            {"--at far future",
             {QStringLiteral("assess"), QStringLiteral("--answers"), good, QStringLiteral("--at"), QStringLiteral("2999-01-01T00:00:00Z")},
             {QStringLiteral("--at"), QStringLiteral("future")}},
            {"--at malformed",
             {QStringLiteral("assess"), QStringLiteral("--answers"), good, QStringLiteral("--at"), QStringLiteral("last tuesday")},
             {QStringLiteral("--at"), QStringLiteral("\"last tuesday\"")}},
            {"--at impossible date",
             {QStringLiteral("assess"), QStringLiteral("--answers"), good, QStringLiteral("--at"), QStringLiteral("2025-02-30T10:00:00Z")},
             {QStringLiteral("--at"), QStringLiteral("2025-02-30")}},
            {"unreadable file",
             {QStringLiteral("assess"), QStringLiteral("--answers"), files.filePath(QStringLiteral("no-such-file.json"))},
             {QStringLiteral("no-such-file.json")}},
            {"a folder as the file", {QStringLiteral("assess"), QStringLiteral("--answers"), files.path()}, {files.path()}},
    };

    for (const auto &c : cases) {
        SCOPED_TRACE(c.what);
        const CliRun r = run(c.args);
        EXPECT_EXIT_CODE(r, 2);
        EXPECT_TRUE(isOneLine(r.err)) << qPrintable(r.err);
        EXPECT_TRUE(r.err.startsWith(QLatin1String("tandem-cli: "))) << qPrintable(r.err);
        for (const QString &named : c.named)
            EXPECT_TRUE(r.err.contains(named)) << "expected " << qPrintable(named) << " in: " << qPrintable(r.err);
        EXPECT_TRUE(r.out.isEmpty()) << qPrintable(r.out);
        // Nothing stored.
        const CliRun after = run({QStringLiteral("history"), QStringLiteral("--json")});
        EXPECT_EQ(after.out, before.out);

        // ... and a fresh folder, to see that bad input does not even create the database.
        TempDataDir fresh;
        const CliRun again = runIn(fresh.path(), c.args);
        EXPECT_EXIT_CODE(again, 2);
        EXPECT_FALSE(QFileInfo::exists(fresh.path())) << "bad input created the data folder";
    }
}

TEST_F(AssessCliTest, AnswersFromStandardInput)
{
    const CliRun r = run({QStringLiteral("assess"), QStringLiteral("--answers"), QStringLiteral("-")}, answersJson(fullAnswers(4)));
    EXPECT_EXIT_CODE(r, 0);
    EXPECT_TRUE(r.out.startsWith(QLatin1String("Stored the full assessment "))) << qPrintable(r.out);
    const QJsonObject p = profile();
    EXPECT_EQ(number(p, QStringLiteral("leadership")), 75.0);
    EXPECT_EQ(p.value(QLatin1String("label")).toString(), QStringLiteral("balanced-strong"));
    // Without --at it was taken now.
    const QDateTime taken = QDateTime::fromString(p.value(QLatin1String("taken_at")).toString(), Qt::ISODate);
    ASSERT_TRUE(taken.isValid());
    EXPECT_LE(std::abs(taken.secsTo(QDateTime::currentDateTimeUtc())), 120);

    // Bad JSON on standard input is refused like a bad file.
    const CliRun bad = run({QStringLiteral("assess"), QStringLiteral("--answers"), QStringLiteral("-")}, QByteArrayLiteral("{oops"));
    EXPECT_EXIT_CODE(bad, 2);
    EXPECT_TRUE(isOneLine(bad.err)) << qPrintable(bad.err);
    EXPECT_TRUE(bad.err.contains(QLatin1String("JSON"))) << qPrintable(bad.err);
    EXPECT_EQ(history().size(), 1);
}

TEST_F(AssessCliTest, PulseIsRecordedWithKindPulse)
{
    QJsonObject answers = pulseAnswers(3);
    answers.insert(QStringLiteral("pulse.visionary-thinking"), 5);
    const QString file = writeFile(QStringLiteral("pulse.json"), answersJson(answers));
    const CliRun r = run({QStringLiteral("assess"), QStringLiteral("--answers"), file, QStringLiteral("--kind"), QStringLiteral("pulse"),
                          QStringLiteral("--at"), QStringLiteral("2025-05-12T07:45:00Z")});
    EXPECT_EXIT_CODE(r, 0);
    EXPECT_TRUE(r.out.startsWith(QLatin1String("Stored the pulse "))) << qPrintable(r.out);
    // Leadership (100 + 50 + 50 + 50) / 4 = 62.5, management 50.
    EXPECT_TRUE(r.out.contains(QLatin1String("leadership 63, management 50"))) << qPrintable(r.out);

    const QJsonArray all = history();
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all.at(0).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("pulse"));
    EXPECT_EQ(all.at(0).toObject().value(QLatin1String("taken_at")).toString(), QStringLiteral("2025-05-12T07:45:00Z"));
    EXPECT_EQ(number(all.at(0).toObject(), QStringLiteral("leadership")), 62.5);

    // A pulse is no full assessment: the profile still has none.
    const CliRun p = run({QStringLiteral("profile"), QStringLiteral("--json")});
    EXPECT_EXIT_CODE(p, 1);
}

TEST_F(AssessCliTest, HistoryIsNewestFirstAndFiltersByKind)
{
    // Recorded out of order.
    assess(fullAnswers(4), QStringLiteral("2025-06-16T08:30:00Z"));
    assess(fullAnswers(2), QStringLiteral("2025-03-03T08:30:00Z"));
    assess(pulseAnswers(3), QStringLiteral("2025-05-12T07:45:00Z"), QStringLiteral("pulse"));

    const QJsonArray all = history();
    ASSERT_EQ(all.size(), 3);
    QStringList times;
    QStringList kinds;
    QStringList ids;
    for (const QJsonValue &v : all) {
        times << v.toObject().value(QLatin1String("taken_at")).toString();
        kinds << v.toObject().value(QLatin1String("kind")).toString();
        ids << v.toObject().value(QLatin1String("id")).toString();
    }
    EXPECT_EQ(times, (QStringList{QStringLiteral("2025-06-16T08:30:00Z"), QStringLiteral("2025-05-12T07:45:00Z"),
                                  QStringLiteral("2025-03-03T08:30:00Z")}));
    EXPECT_EQ(kinds, (QStringList{QStringLiteral("full"), QStringLiteral("pulse"), QStringLiteral("full")}));
    EXPECT_EQ(ids.removeDuplicates(), 0);
    EXPECT_FALSE(QUuid::fromString(ids.first()).isNull()) << qPrintable(ids.first());
    EXPECT_EQ(number(all.at(0).toObject(), QStringLiteral("leadership")), 75.0);
    EXPECT_EQ(number(all.at(2).toObject(), QStringLiteral("leadership")), 25.0);
    EXPECT_EQ(all.at(2).toObject().value(QLatin1String("label")).toString(), QStringLiteral("balanced-emerging"));

    const QJsonArray fulls = history({QStringLiteral("--kind"), QStringLiteral("full")});
    ASSERT_EQ(fulls.size(), 2);
    EXPECT_EQ(fulls.at(0).toObject().value(QLatin1String("taken_at")).toString(), QStringLiteral("2025-06-16T08:30:00Z"));
    EXPECT_EQ(fulls.at(1).toObject().value(QLatin1String("taken_at")).toString(), QStringLiteral("2025-03-03T08:30:00Z"));
    const QJsonArray pulses = history({QStringLiteral("--kind"), QStringLiteral("pulse")});
    ASSERT_EQ(pulses.size(), 1);
    EXPECT_EQ(pulses.at(0).toObject().value(QLatin1String("kind")).toString(), QStringLiteral("pulse"));

    const CliRun text = run({QStringLiteral("history")});
    EXPECT_EXIT_CODE(text, 0);
    EXPECT_EQ(text.out.count(QLatin1Char('\n')), 3) << qPrintable(text.out);

    const CliRun weird = run({QStringLiteral("history"), QStringLiteral("--kind"), QStringLiteral("weird")});
    EXPECT_EXIT_CODE(weird, 2);
    EXPECT_TRUE(isOneLine(weird.err)) << qPrintable(weird.err);
    EXPECT_TRUE(weird.err.contains(QLatin1String("\"weird\""))) << qPrintable(weird.err);
}

TEST_F(AssessCliTest, EmptyFolderHasNoProfileAndNoHistory)
{
    const CliRun p = run({QStringLiteral("profile"), QStringLiteral("--json")});
    EXPECT_EXIT_CODE(p, 1);
    EXPECT_TRUE(isOneLine(p.err)) << qPrintable(p.err);
    EXPECT_TRUE(p.err.startsWith(QLatin1String("tandem-cli: "))) << qPrintable(p.err);
    EXPECT_TRUE(p.err.contains(QLatin1String("no full assessment"))) << qPrintable(p.err);
    EXPECT_TRUE(p.out.isEmpty()) << qPrintable(p.out);
    const CliRun text = run({QStringLiteral("profile")});
    EXPECT_EXIT_CODE(text, 1);
    EXPECT_TRUE(isOneLine(text.err)) << qPrintable(text.err);

    EXPECT_TRUE(history().isEmpty());
    const CliRun h = run({QStringLiteral("history")});
    EXPECT_EXIT_CODE(h, 0);
    EXPECT_EQ(h.out, QStringLiteral("No assessments yet.\n"));
}

TEST_F(AssessCliTest, DueOnAnEmptyFolderAndAfterCheckingIn)
{
    const auto due = [&] {
        const CliRun r = run({QStringLiteral("due"), QStringLiteral("--json")});
        EXPECT_EXIT_CODE(r, 0);
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    };
    const QDate today = QDate::currentDate();

    const QJsonObject first = due();
    // The defaults: pulse on Mondays, a full assessment every 6 weeks.
    EXPECT_EQ(first.value(QLatin1String("pulse_weekday")).toInt(), 1);
    EXPECT_EQ(first.value(QLatin1String("full_interval_weeks")).toInt(), 6);
    for (const char *kind : {"pulse", "full"}) {
        SCOPED_TRACE(kind);
        const QJsonObject item = first.value(QLatin1String(kind)).toObject();
        EXPECT_EQ(item.value(QLatin1String("due")), QJsonValue(true));
        EXPECT_EQ(item.value(QLatin1String("due_since")).toString(), today.toString(Qt::ISODate));
        EXPECT_FALSE(item.contains(QLatin1String("next")));
        EXPECT_TRUE(item.value(QLatin1String("last")).isNull());
    }

    // Check in now, both kinds.
    const QString fullFile = writeFile(QStringLiteral("full.json"), answersJson(fullAnswers(4)));
    EXPECT_EXIT_CODE(run({QStringLiteral("assess"), QStringLiteral("--answers"), fullFile}), 0);
    const QString pulseFile = writeFile(QStringLiteral("pulse.json"), answersJson(pulseAnswers(4)));
    EXPECT_EXIT_CODE(run({QStringLiteral("assess"), QStringLiteral("--answers"), pulseFile, QStringLiteral("--kind"), QStringLiteral("pulse")}), 0);

    const QJsonObject after = due();
    const QJsonObject pulse = after.value(QLatin1String("pulse")).toObject();
    const QJsonObject full = after.value(QLatin1String("full")).toObject();
    EXPECT_EQ(pulse.value(QLatin1String("due")), QJsonValue(false));
    EXPECT_EQ(full.value(QLatin1String("due")), QJsonValue(false));
    EXPECT_FALSE(pulse.contains(QLatin1String("due_since")));
    EXPECT_FALSE(full.contains(QLatin1String("due_since")));
    // Next Monday after this week's; six weeks from today.
    const QDate thisMonday = today.addDays(-(today.dayOfWeek() - 1));
    EXPECT_EQ(pulse.value(QLatin1String("next")).toString(), thisMonday.addDays(7).toString(Qt::ISODate));
    EXPECT_EQ(full.value(QLatin1String("next")).toString(), today.addDays(42).toString(Qt::ISODate));
    // When they were taken, in UTC.
    for (const QJsonObject &item : {pulse, full}) {
        const QDateTime last = QDateTime::fromString(item.value(QLatin1String("last")).toString(), Qt::ISODate);
        ASSERT_TRUE(last.isValid()) << qPrintable(item.value(QLatin1String("last")).toString());
        EXPECT_LE(std::abs(last.secsTo(QDateTime::currentDateTimeUtc())), 120);
    }

    const CliRun text = run({QStringLiteral("due")});
    EXPECT_EXIT_CODE(text, 0);
    EXPECT_TRUE(text.out.contains(QLatin1String("Weekly pulse: next on"))) << qPrintable(text.out);
    EXPECT_TRUE(text.out.contains(QLatin1String("Full assessment: next on"))) << qPrintable(text.out);
}
