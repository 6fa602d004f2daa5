// tandem-cli run as a user runs it: as a process, judged by its exit status, its output and
// what it leaves on disk.
#include "qtprinters.h"
#include "skillmodel.h"
#include "tempdatadir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <gtest/gtest.h>

#include <optional>

using tandem::test::TempDataDir;

namespace {

constexpr QFileDevice::Permissions OwnerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerAll = OwnerReadWrite | QFileDevice::ExeOwner;

QFileDevice::Permissions mode(const QString &path)
{
    return QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QString dbFile(const QString &dir)
{
    return dir + QStringLiteral("/tandem.db");
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class CliTest : public ::testing::Test
{
protected:
    // Runs tandem-cli with TANDEM_DATA_DIR unset unless envDataDir is given. XDG_DATA_HOME points
    // into a temporary folder, so that no test can ever touch the real user's data.
    CliRun run(const QStringList &args, const std::optional<QString> &envDataDir = std::nullopt,
            const QString &workingDirectory = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TANDEM_DATA_DIR"));
        if (envDataDir)
            env.insert(QStringLiteral("TANDEM_DATA_DIR"), *envDataDir);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.root());
        QProcess process;
        process.setProcessEnvironment(env);
        if (!workingDirectory.isEmpty())
            process.setWorkingDirectory(workingDirectory);
        process.start(QStringLiteral(TANDEM_CLI_PATH), args);
        CliRun result;
        EXPECT_TRUE(process.waitForStarted(10000)) << qPrintable(process.errorString());
        EXPECT_TRUE(process.waitForFinished(60000)) << "tandem-cli did not finish";
        EXPECT_EQ(process.exitStatus(), QProcess::NormalExit) << "tandem-cli crashed";
        result.exitCode = process.exitCode();
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    static bool isOneLine(const QString &text)
    {
        return text.endsWith(QLatin1Char('\n')) && text.count(QLatin1Char('\n')) == 1;
    }

    TempDataDir home;
};

#define EXPECT_EXIT_CODE(run, code) \
    EXPECT_EQ((run).exitCode, code) << "stdout: " << qPrintable((run).out) << "\nstderr: " << qPrintable((run).err)

// Checks a finished demo database with Qt's own driver, apart from Tandem's code.
void expectSoundDatabase(const QString &path, int *journalEntries = nullptr)
{
    const QString name = QStringLiteral("cli-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        ASSERT_TRUE(db.open()) << qPrintable(db.lastError().text());
        QSqlQuery check(db);
        ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA integrity_check"))) << qPrintable(check.lastError().text());
        ASSERT_TRUE(check.next());
        EXPECT_EQ(check.value(0).toString(), QStringLiteral("ok"));
        QSqlQuery entries(db);
        ASSERT_TRUE(entries.exec(QStringLiteral("SELECT count(*) FROM journal_entries")));
        ASSERT_TRUE(entries.next());
        if (journalEntries)
            *journalEntries = entries.value(0).toInt();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

const QStringList DemoArgs = {QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("1"),
                              QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--until"),
                              QStringLiteral("2026-11-30")};

} // namespace

TEST_F(CliTest, HelpListsTheCommands)
{
    for (const QStringList &args : {QStringList{QStringLiteral("--help")}, QStringList{QStringLiteral("-h")},
                                    QStringList{QStringLiteral("help")}}) {
        const CliRun r = run(args);
        EXPECT_EXIT_CODE(r, 0);
        EXPECT_TRUE(r.out.contains(QLatin1String("Usage: tandem-cli"))) << qPrintable(r.out);
        EXPECT_TRUE(r.out.contains(QLatin1String("framework"))) << qPrintable(r.out);
        EXPECT_TRUE(r.out.contains(QLatin1String("demo"))) << qPrintable(r.out);
        EXPECT_TRUE(r.out.contains(QLatin1String("--data-dir"))) << qPrintable(r.out);
        EXPECT_TRUE(r.err.isEmpty()) << qPrintable(r.err);
    }
}

TEST_F(CliTest, VersionNamesProgramModelAndDataFormat)
{
    const CliRun r = run({QStringLiteral("--version")});
    EXPECT_EXIT_CODE(r, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("tandem-cli ") + QStringLiteral(TANDEM_VERSION))) << qPrintable(r.out);
    EXPECT_TRUE(r.out.contains(tandem::core::SkillModel::builtin().version)) << qPrintable(r.out);
    EXPECT_TRUE(isOneLine(r.out)) << qPrintable(r.out);
    EXPECT_TRUE(r.err.isEmpty());
}

TEST_F(CliTest, NoArgumentsPrintUsageToStderr)
{
    const CliRun r = run({});
    EXPECT_EXIT_CODE(r, 2);
    EXPECT_TRUE(r.err.contains(QLatin1String("Usage: tandem-cli"))) << qPrintable(r.err);
    EXPECT_TRUE(r.out.isEmpty()) << qPrintable(r.out);
}

TEST_F(CliTest, UnknownCommandIsOneLineOnStderr)
{
    const CliRun r = run({QStringLiteral("frobnicate")});
    EXPECT_EXIT_CODE(r, 2);
    EXPECT_TRUE(isOneLine(r.err)) << qPrintable(r.err);
    EXPECT_TRUE(r.err.startsWith(QLatin1String("tandem-cli: "))) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(QLatin1String("unknown command \"frobnicate\""))) << qPrintable(r.err);
    EXPECT_TRUE(r.out.isEmpty());
}

TEST_F(CliTest, UnknownOptionIsRefused)
{
    const CliRun r = run({QStringLiteral("framework"), QStringLiteral("--bogus")});
    EXPECT_EXIT_CODE(r, 2);
    EXPECT_TRUE(isOneLine(r.err)) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(QLatin1String("unknown option --bogus"))) << qPrintable(r.err);
    EXPECT_TRUE(r.out.isEmpty()) << "framework ran despite the unknown option";

    const CliRun before = run({QStringLiteral("--bogus"), QStringLiteral("framework")});
    EXPECT_EXIT_CODE(before, 2);
    EXPECT_TRUE(before.err.contains(QLatin1String("--bogus"))) << qPrintable(before.err);

    const CliRun alone = run({QStringLiteral("--bogus")});
    EXPECT_EXIT_CODE(alone, 2);
    EXPECT_TRUE(isOneLine(alone.err)) << qPrintable(alone.err);
    EXPECT_TRUE(alone.err.contains(QLatin1String("unknown option --bogus"))) << qPrintable(alone.err);

    const CliRun extra = run({QStringLiteral("framework"), QStringLiteral("extra")});
    EXPECT_EXIT_CODE(extra, 2);
    EXPECT_TRUE(extra.err.contains(QLatin1String("\"extra\""))) << qPrintable(extra.err);
}

TEST_F(CliTest, FrameworkJson)
{
    const CliRun r = run({QStringLiteral("framework"), QStringLiteral("--json")});
    EXPECT_EXIT_CODE(r, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString());
    const QJsonObject root = doc.object();
    EXPECT_FALSE(root.value(QLatin1String("version")).toString().isEmpty());

    const QJsonArray skills = root.value(QLatin1String("skills")).toArray();
    ASSERT_EQ(skills.size(), 8);
    int lead = 0;
    int manage = 0;
    for (const QJsonValue &v : skills) {
        const QJsonObject s = v.toObject();
        const QString role = s.value(QLatin1String("role")).toString();
        lead += role == QLatin1String("lead");
        manage += role == QLatin1String("manage");
        EXPECT_FALSE(s.value(QLatin1String("id")).toString().isEmpty());
        EXPECT_FALSE(s.value(QLatin1String("name")).toString().isEmpty());
        const QJsonArray items = s.value(QLatin1String("items")).toArray();
        EXPECT_GE(items.size(), 3);
        for (const QJsonValue &item : items) {
            EXPECT_FALSE(item.toObject().value(QLatin1String("id")).toString().isEmpty());
            EXPECT_FALSE(item.toObject().value(QLatin1String("text")).toString().isEmpty());
        }
    }
    EXPECT_EQ(lead, 4);
    EXPECT_EQ(manage, 4);

    const QJsonArray contrasts = root.value(QLatin1String("contrasts")).toArray();
    ASSERT_EQ(contrasts.size(), 5);
    for (const QJsonValue &v : contrasts) {
        const QJsonObject c = v.toObject();
        for (const char *pole : {"lead_pole", "manage_pole"}) {
            const QJsonObject p = c.value(QLatin1String(pole)).toObject();
            EXPECT_FALSE(p.value(QLatin1String("name")).toString().isEmpty()) << pole;
            EXPECT_EQ(p.value(QLatin1String("items")).toArray().size(), 2) << pole;
        }
    }
    const QJsonArray areas = root.value(QLatin1String("shared_areas")).toArray();
    ASSERT_EQ(areas.size(), 5);
    for (const QJsonValue &v : areas) {
        EXPECT_FALSE(v.toObject().value(QLatin1String("id")).toString().isEmpty());
        EXPECT_FALSE(v.toObject().value(QLatin1String("name")).toString().isEmpty());
    }
}

TEST_F(CliTest, FrameworkText)
{
    const CliRun r = run({QStringLiteral("framework")});
    EXPECT_EXIT_CODE(r, 0);
    const tandem::core::SkillModel &model = tandem::core::SkillModel::builtin();
    for (const auto &skill : model.skills)
        EXPECT_TRUE(r.out.contains(skill.name)) << qPrintable(skill.name);
    for (const auto &contrast : model.contrasts)
        EXPECT_TRUE(r.out.contains(contrast.name)) << qPrintable(contrast.name);
    for (const auto &area : model.sharedAreas)
        EXPECT_TRUE(r.out.contains(area.name)) << qPrintable(area.name);
    EXPECT_TRUE(r.out.contains(QLatin1String("(reverse-keyed)")));
    EXPECT_TRUE(r.err.isEmpty()) << qPrintable(r.err);
}

TEST_F(CliTest, DemoFillsAFreshFolderAndRefusesASecondTime)
{
    TempDataDir dir;
    const QString file = dbFile(dir.path());
    const CliRun r = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("demo"), QStringLiteral("--years"),
                       QStringLiteral("10"), QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--until"),
                       QStringLiteral("2026-11-30")});
    EXPECT_EXIT_CODE(r, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Created 10 years of demo data in ") + dir.path())) << qPrintable(r.out);
    EXPECT_TRUE(r.err.isEmpty()) << qPrintable(r.err);
    ASSERT_TRUE(QFileInfo(file).isFile());
    EXPECT_EQ(mode(dir.path()), OwnerAll);
    EXPECT_EQ(mode(file), OwnerReadWrite);
    // Nothing else in the folder is readable by others either.
    for (const QFileInfo &info : QDir(dir.path()).entryInfoList(QDir::Files | QDir::Hidden))
        EXPECT_EQ(mode(info.filePath()), OwnerReadWrite) << qPrintable(info.fileName());

    const QByteArray before = fileHash(file);
    ASSERT_FALSE(before.isEmpty());
    const CliRun again = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("demo"), QStringLiteral("--years"),
                           QStringLiteral("1"), QStringLiteral("--until"), QStringLiteral("2026-11-30")});
    EXPECT_EXIT_CODE(again, 2);
    EXPECT_TRUE(isOneLine(again.err)) << qPrintable(again.err);
    EXPECT_TRUE(again.err.contains(QLatin1String("already holds data"))) << qPrintable(again.err);
    EXPECT_EQ(fileHash(file), before) << "the second demo changed the database";

    int entries = 0;
    expectSoundDatabase(file, &entries);
    // About five entries a week for ten years.
    EXPECT_GT(entries, 2000);
    EXPECT_LT(entries, 3500);
}

TEST_F(CliTest, DemoOfOneYearSaysSoInGoodEnglish)
{
    TempDataDir dir;
    const CliRun r = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("demo"), QStringLiteral("--years"),
                       QStringLiteral("1"), QStringLiteral("--until"), QStringLiteral("2026-11-30")});
    EXPECT_EXIT_CODE(r, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Created 1 year of demo data in "))) << qPrintable(r.out);
}

TEST_F(CliTest, DemoWithBadYearsChangesNothing)
{
    TempDataDir dir;
    const QList<QStringList> bad = {
            {QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("abc")},
            {QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("0")},
            {QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("51")},
            {QStringLiteral("demo"), QStringLiteral("--years=-3")},
            {QStringLiteral("demo")},
            {QStringLiteral("demo"), QStringLiteral("--years")},
            {QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("2"), QStringLiteral("--until"), QStringLiteral("2026-13-01")},
            {QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("many")},
    };
    for (const QStringList &args : bad) {
        const CliRun r = run(QStringList{QStringLiteral("--data-dir"), dir.path()} + args);
        EXPECT_EXIT_CODE(r, 2) << qPrintable(args.join(QLatin1Char(' ')));
        EXPECT_TRUE(isOneLine(r.err)) << qPrintable(r.err);
        EXPECT_TRUE(r.err.startsWith(QLatin1String("tandem-cli: "))) << qPrintable(r.err);
        EXPECT_FALSE(QFileInfo::exists(dir.path())) << "bad usage created the data folder: " << qPrintable(args.join(QLatin1Char(' ')));
    }
    const CliRun zero = run({QStringLiteral("--data-dir"), dir.path(), QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("0")});
    EXPECT_TRUE(zero.err.contains(QLatin1String("1 to 50"))) << qPrintable(zero.err);
}

TEST_F(CliTest, DataDirThatIsAFileFails)
{
    TempDataDir dir;
    {
        QFile file(dir.path());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("precious");
    }
    const CliRun r = run(QStringList{QStringLiteral("--data-dir"), dir.path()} + DemoArgs);
    EXPECT_EXIT_CODE(r, 1);
    EXPECT_TRUE(isOneLine(r.err)) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(QLatin1String("is a file"))) << qPrintable(r.err);
    QFile file(dir.path());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("precious"));
}

TEST_F(CliTest, EmptyDataDirIsUsageError)
{
    const CliRun r = run(QStringList{QStringLiteral("--data-dir=")} + DemoArgs);
    EXPECT_EXIT_CODE(r, 2);
    const CliRun missing = run({QStringLiteral("framework"), QStringLiteral("--data-dir")});
    EXPECT_EXIT_CODE(missing, 2);
    EXPECT_TRUE(missing.err.contains(QLatin1String("--data-dir needs a value"))) << qPrintable(missing.err);
}

TEST_F(CliTest, EnvironmentVariableIsHonoured)
{
    TempDataDir dir;
    const CliRun r = run(DemoArgs, dir.path());
    EXPECT_EXIT_CODE(r, 0);
    EXPECT_TRUE(QFileInfo(dbFile(dir.path())).isFile());
    EXPECT_TRUE(r.out.contains(dir.path())) << qPrintable(r.out);
    // And the default folder was left alone.
    EXPECT_FALSE(QFileInfo::exists(home.root() + QStringLiteral("/Tandem")));
}

TEST_F(CliTest, DataDirArgumentWinsOverEnvironment)
{
    TempDataDir fromArgument;
    TempDataDir fromEnvironment;
    const CliRun r = run(QStringList{QStringLiteral("--data-dir"), fromArgument.path()} + DemoArgs, fromEnvironment.path());
    EXPECT_EXIT_CODE(r, 0);
    EXPECT_TRUE(QFileInfo(dbFile(fromArgument.path())).isFile());
    EXPECT_FALSE(QFileInfo::exists(fromEnvironment.path()));
}

TEST_F(CliTest, DefaultDataFolderIsUsedWithoutArgumentOrEnvironment)
{
    const CliRun r = run(DemoArgs);
    EXPECT_EXIT_CODE(r, 0);
    EXPECT_TRUE(QFileInfo(dbFile(home.root() + QStringLiteral("/Tandem"))).isFile()) << qPrintable(r.out);
}

TEST_F(CliTest, DataDirAfterTheCommand)
{
    TempDataDir dir;
    const CliRun r = run(DemoArgs + QStringList{QStringLiteral("--data-dir"), dir.path()});
    EXPECT_EXIT_CODE(r, 0);
    EXPECT_TRUE(QFileInfo(dbFile(dir.path())).isFile());

    TempDataDir other;
    const CliRun equals = run(DemoArgs + QStringList{QStringLiteral("--data-dir=") + other.path()});
    EXPECT_EXIT_CODE(equals, 0);
    EXPECT_TRUE(QFileInfo(dbFile(other.path())).isFile());
}

TEST_F(CliTest, RelativeDataDirIsRelativeToTheWorkingDirectory)
{
    TempDataDir dir;
    const CliRun r = run(QStringList{QStringLiteral("--data-dir"), QStringLiteral("relative/data")} + DemoArgs, std::nullopt, dir.root());
    EXPECT_EXIT_CODE(r, 0);
    EXPECT_TRUE(QFileInfo(dbFile(dir.root() + QStringLiteral("/relative/data"))).isFile());
}

TEST_F(CliTest, LinksNoGuiLibrary)
{
    const QString ldd = QStandardPaths::findExecutable(QStringLiteral("ldd"));
    if (ldd.isEmpty())
        GTEST_SKIP() << "ldd is not installed";
    QProcess process;
    process.start(ldd, {QStringLiteral(TANDEM_CLI_PATH)});
    ASSERT_TRUE(process.waitForFinished(30000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().constData();
    const QString libraries = QString::fromLocal8Bit(process.readAllStandardOutput());
    // It does link Qt (so the check below is looking at the right list) ...
    ASSERT_TRUE(libraries.contains(QLatin1String("libQt6Core"))) << qPrintable(libraries);
    // ... but nothing that needs a display.
    for (const char *gui : {"libQt6Gui", "libQt6Widgets", "libQt6Charts", "libQt6OpenGL"})
        EXPECT_FALSE(libraries.contains(QLatin1String(gui))) << gui << " in\n" << qPrintable(libraries);
}
