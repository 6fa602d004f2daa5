// `tandem-cli export` and `import` as a user runs them: as processes, judged by exit status,
// output and the files they leave.
#include "qtprinters.h"
#include "tempdatadir.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

using tandem::test::readAll;
using tandem::test::TempDataDir;
using tandem::test::writeFile;

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliResult run(const QString &dataDir, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TANDEM_DATA_DIR"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TANDEM_CLI_PATH), QStringList { QStringLiteral("--data-dir"), dataDir } + args);
    CliResult result;
    EXPECT_TRUE(process.waitForStarted(10000)) << qPrintable(process.errorString());
    process.closeWriteChannel();
    EXPECT_TRUE(process.waitForFinished(60000)) << "tandem-cli did not finish";
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit) << "tandem-cli crashed";
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

TEST(ExchangeCliTest, ExportImportExportGivesTheSameFileAndASecondImportAddsNothing)
{
    TempDataDir dir;
    const QString source = dir.root() + QStringLiteral("/source");
    const QString target = dir.root() + QStringLiteral("/target");
    ASSERT_EQ(run(source,
                  { QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("1"), QStringLiteral("--until"),
                    QStringLiteral("2026-11-22") })
                  .exitCode,
              0);
    const QString first = dir.root() + QStringLiteral("/first.json");
    const QString second = dir.root() + QStringLiteral("/second.json");
    const CliResult exported = run(source,
                                   { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                                     QStringLiteral("--output"), first });
    ASSERT_EQ(exported.exitCode, 0) << qPrintable(exported.err);
    EXPECT_EQ(exported.out.trimmed(), first);
    EXPECT_EQ(QFile::permissions(first) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions())
        << "an export of a private journal must not be readable by others";

    const CliResult dry
        = run(target, { QStringLiteral("import"), first, QStringLiteral("--dry-run"), QStringLiteral("--json") });
    ASSERT_EQ(dry.exitCode, 0) << qPrintable(dry.err);
    const QJsonObject counts = QJsonDocument::fromJson(dry.out.toUtf8()).object();
    const int entries
        = counts.value(QStringLiteral("journal_entries")).toObject().value(QStringLiteral("added")).toInt();
    EXPECT_GT(entries, 50);
    EXPECT_TRUE(counts.value(QStringLiteral("dry_run")).toBool());
    const CliResult nothingYet
        = run(target, { QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json") });
    EXPECT_EQ(QJsonDocument::fromJson(nothingYet.out.toUtf8()).array().size(), 0) << "the dry run wrote something";

    const CliResult imported = run(target, { QStringLiteral("import"), first });
    ASSERT_EQ(imported.exitCode, 0) << qPrintable(imported.err);
    EXPECT_TRUE(imported.out.startsWith(QLatin1String("Added "))) << qPrintable(imported.out);
    ASSERT_EQ(run(target,
                  { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                    QStringLiteral("--output"), second })
                  .exitCode,
              0);
    EXPECT_EQ(readAll(first), readAll(second)) << "export → import → export changed the file";
    // What went through includes the demo's decisions and their reviews, and its goals' steps.
    for (const char *key : { "\"review_on\"", "\"reviewed_at\"", "\"held\": \"", "\"tip_id\": \"" })
        EXPECT_TRUE(readAll(first).contains(key)) << key;

    const CliResult again = run(target, { QStringLiteral("import"), first });
    ASSERT_EQ(again.exitCode, 0) << qPrintable(again.err);
    EXPECT_TRUE(again.out.contains(QLatin1String("already there"))) << qPrintable(again.out);
    EXPECT_FALSE(again.out.contains(QLatin1String("Added"))) << qPrintable(again.out);
}

TEST(ExchangeCliTest, TwoRunsOfTheDemoWithTheSameSeedExportTheSameFile)
{
    // Two processes, so nothing they share in memory (a hash's order) can make them agree.
    TempDataDir dir;
    QList<QByteArray> files;
    for (const QString &name : { QStringLiteral("a"), QStringLiteral("b") }) {
        const QString data = dir.root() + QLatin1Char('/') + name;
        ASSERT_EQ(run(data,
                      { QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("1"), QStringLiteral("--seed"),
                        QStringLiteral("5"), QStringLiteral("--until"), QStringLiteral("2026-11-22") })
                      .exitCode,
                  0);
        const QString file = data + QStringLiteral(".json");
        ASSERT_EQ(run(data,
                      { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"),
                        QStringLiteral("--output"), file })
                      .exitCode,
                  0);
        files.append(readAll(file));
    }
    EXPECT_GT(files.at(0).size(), 100000);
    EXPECT_TRUE(files.at(0) == files.at(1)) << "the same seed gave two different histories";
}

TEST(ExchangeCliTest, BadImportsSayWhatIsWrongAndChangeNothing)
{
    TempDataDir dir;
    const QString store = dir.path();
    ASSERT_EQ(
        run(store,
            { QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"), QStringLiteral("Mine") })
            .exitCode,
        0);
    const QString empty = dir.root() + QStringLiteral("/empty.json");
    writeFile(empty, QByteArray());
    const QString cut = dir.root() + QStringLiteral("/cut.json");
    writeFile(cut,
              QByteArrayLiteral("{\"format\": \"tandem-export\", \"format_version\": 1, \"journal_entries\": [{\"ti"));

    const struct
    {
        QStringList args;
        const char *words;
    } cases[] = {
        { { QStringLiteral("import"), dir.root() + QStringLiteral("/missing.json") }, "does not exist" },
        { { QStringLiteral("import"), empty }, "is empty" },
        { { QStringLiteral("import"), cut }, "not valid JSON" },
        { { QStringLiteral("import"), cut, QStringLiteral("--from"), QStringLiteral("diary") }, "unknown source" },
    };
    for (const auto &c : cases) {
        const CliResult result = run(store, c.args);
        EXPECT_EQ(result.exitCode, 2) << qPrintable(c.args.join(QLatin1Char(' ')));
        EXPECT_TRUE(result.err.contains(QLatin1String(c.words))) << qPrintable(result.err);
    }
    const CliResult list = run(store, { QStringLiteral("journal"), QStringLiteral("list"), QStringLiteral("--json") });
    EXPECT_EQ(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1);
}
