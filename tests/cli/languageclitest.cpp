// tandem-cli speaks the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), German beside
// English, while its JSON keeps its keys and ids.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace tandem::test;

namespace {

class LanguageCliTest : public CliRunner
{
protected:
    /// Runs tandem-cli with only LANG set among the locale variables.
    CliOutput runWithLang(const QString &lang, QStringList args)
    {
        args.prepend(data.path());
        args.prepend(QStringLiteral("--data-dir"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TANDEM_DATA_DIR"));
        for (const char *name : { "LC_ALL", "LC_MESSAGES", "LANGUAGE" })
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("LANG"), lang);
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TANDEM_CLI_PATH), args);
        CliOutput result;
        EXPECT_TRUE(process.waitForStarted(10000)) << qPrintable(process.errorString());
        process.closeWriteChannel();
        EXPECT_TRUE(process.waitForFinished(60000)) << "tandem-cli did not finish";
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }
};

} // namespace

TEST_F(LanguageCliTest, AnErrorIsGermanWithAGermanLocaleAndEnglishWithAnEnglishOne)
{
    const CliOutput german = runWithLang(QStringLiteral("de_DE.UTF-8"), { QStringLiteral("frobnicate") });
    EXPECT_CLI_EXIT(german, 2);
    EXPECT_TRUE(german.err.contains(QStringLiteral("unbekannter Befehl „frobnicate“"))) << qPrintable(german.err);

    const CliOutput english = runWithLang(QStringLiteral("en_GB.UTF-8"), { QStringLiteral("frobnicate") });
    EXPECT_CLI_EXIT(english, 2);
    EXPECT_TRUE(english.err.contains(QStringLiteral("unknown command \"frobnicate\""))) << qPrintable(english.err);
}

TEST_F(LanguageCliTest, CountsTakeTheRightPluralFormInBothLanguages)
{
    // An empty data folder: no records at all, then one of each.
    ASSERT_EQ(runWithLang(QStringLiteral("en_US.UTF-8"), { QStringLiteral("check") }).exitCode, 0);
    const CliOutput none = runWithLang(QStringLiteral("de_DE.UTF-8"), { QStringLiteral("check") });
    EXPECT_CLI_EXIT(none, 0);
    EXPECT_EQ(none.text(), QStringLiteral("ok: 0 Einschätzungen, 0 Journaleinträge, 0 Ziele\n"));

    ASSERT_GT(runForId({ QStringLiteral("journal"), QStringLiteral("add"), QStringLiteral("--title"),
                         QStringLiteral("One") }),
              0);
    ASSERT_GT(runForId({ QStringLiteral("goals"), QStringLiteral("add"), QStringLiteral("--skill"),
                         QStringLiteral("visionary-thinking"), QStringLiteral("--title"), QStringLiteral("One") }),
              0);
    const CliOutput german = runWithLang(QStringLiteral("de_DE.UTF-8"), { QStringLiteral("check") });
    EXPECT_EQ(german.text(), QStringLiteral("ok: 0 Einschätzungen, 1 Journaleintrag, 1 Ziel\n"));
    const CliOutput english = runWithLang(QStringLiteral("en_US.UTF-8"), { QStringLiteral("check") });
    EXPECT_EQ(english.text(), QStringLiteral("ok: 0 assessments, 1 journal entry, 1 goal\n"));
}

TEST_F(LanguageCliTest, JsonKeepsItsKeysAndIdsInGerman)
{
    const CliOutput german
        = runWithLang(QStringLiteral("de_DE.UTF-8"), { QStringLiteral("framework"), QStringLiteral("--json") });
    const CliOutput english
        = runWithLang(QStringLiteral("en_US.UTF-8"), { QStringLiteral("framework"), QStringLiteral("--json") });
    ASSERT_EQ(german.exitCode, 0);
    ASSERT_EQ(english.exitCode, 0);
    const QJsonObject de = german.json().object();
    const QJsonObject en = english.json().object();
    EXPECT_EQ(de.keys(), en.keys());
    const QJsonArray deSkills = de.value(QStringLiteral("skills")).toArray();
    const QJsonArray enSkills = en.value(QStringLiteral("skills")).toArray();
    ASSERT_EQ(deSkills.size(), enSkills.size());
    ASSERT_FALSE(deSkills.isEmpty());
    for (qsizetype i = 0; i < deSkills.size(); ++i) {
        EXPECT_EQ(deSkills.at(i).toObject().keys(), enSkills.at(i).toObject().keys());
        EXPECT_EQ(deSkills.at(i)[QStringLiteral("id")], enSkills.at(i)[QStringLiteral("id")]);
    }
    // The human words follow the language: the answer scale starts with "Never" / "Nie".
    EXPECT_EQ(en.value(QStringLiteral("scale")).toArray().first().toString(), QStringLiteral("Never"));
    EXPECT_EQ(de.value(QStringLiteral("scale")).toArray().first().toString(), QStringLiteral("Nie"));
}

// Core's reasons are translated when said: a constant made at start-up, before main() installs
// the translators, stayed English inside a German sentence.
TEST_F(LanguageCliTest, ABadDateIsExplainedWhollyInGerman)
{
    const CliOutput german = runWithLang(QStringLiteral("de_DE.UTF-8"),
                                         { QStringLiteral("reviews"), QStringLiteral("due"), QStringLiteral("--by"),
                                           QStringLiteral("nonsense") });
    EXPECT_CLI_EXIT(german, 2);
    EXPECT_TRUE(german.err.contains(QStringLiteral("das ist kein Datum der Form 2026-11-30"))) << qPrintable(german.err);
    EXPECT_FALSE(german.err.contains(QStringLiteral("it is not a date"))) << qPrintable(german.err);
}
