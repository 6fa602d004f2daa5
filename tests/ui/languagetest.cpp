// The app speaks the language chosen: German with Tandem's German translation loaded, English
// with the English one; the skill model's texts follow; Settings keeps the choice.
#include "language.h"

#include "feedback.h"
#include "feedbackform.h"
#include "feedbackresponsefile.h"
#include "importer.h"
#include "mainwindow/mainwindow.h"
#include "settings/settingspage.h"
#include "skillmodel.h"
#include "uitestsupport.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>

using namespace tandem;
using namespace tandem::ui;

namespace {

class LanguageTest : public test::UiTest
{
protected:
    void TearDown() override
    {
        // Back to the English every other test reads.
        i18n::install(QStringLiteral("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        test::UiTest::TearDown();
    }
};

QStringList menuTitles(MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

QStringList pageNames(MainWindow &window)
{
    QStringList names;
    const auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int i = 0; navigation && i < navigation->count(); ++i)
        names.append(navigation->item(i)->text());
    return names;
}

} // namespace

TEST_F(LanguageTest, TheMainWindowIsGermanWithGermanAndEnglishWithEnglish)
{
    const QLocale german = i18n::install(QStringLiteral("de"));
    EXPECT_EQ(german.language(), QLocale::German);
    EXPECT_EQ(QLocale().language(), QLocale::German) << "dates and numbers follow the language";
    {
        MainWindow window(workspace());
        const QStringList menus = menuTitles(window);
        EXPECT_TRUE(menus.contains(QStringLiteral("&Datei"))) << qPrintable(menus.join(u' '));
        EXPECT_FALSE(menus.contains(QStringLiteral("&File"))) << qPrintable(menus.join(u' '));
        const QStringList pages = pageNames(window);
        EXPECT_TRUE(pages.contains(QStringLiteral("Übersicht"))) << qPrintable(pages.join(u' '));
        EXPECT_TRUE(pages.contains(QStringLiteral("Einstellungen"))) << qPrintable(pages.join(u' '));
    }

    i18n::install(QStringLiteral("en"));
    EXPECT_EQ(QLocale().language(), QLocale::English);
    MainWindow window(workspace());
    const QStringList menus = menuTitles(window);
    EXPECT_TRUE(menus.contains(QStringLiteral("&File"))) << qPrintable(menus.join(u' '));
    const QStringList pages = pageNames(window);
    EXPECT_TRUE(pages.contains(QStringLiteral("Dashboard"))) << qPrintable(pages.join(u' '));
}

TEST_F(LanguageTest, TheSkillModelIsLoadedInTheLanguageChosen)
{
    QFile file(QStringLiteral(":/tandem/model/skillmodel.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();

    i18n::install(QStringLiteral("de"));
    const auto german = core::SkillModel::fromJson(json);
    ASSERT_TRUE(german.ok()) << qPrintable(german.error());
    i18n::install(QStringLiteral("en"));
    const auto english = core::SkillModel::fromJson(json);
    ASSERT_TRUE(english.ok()) << qPrintable(english.error());

    EXPECT_EQ(english.value().scaleLabels.first(), QStringLiteral("Never"));
    EXPECT_EQ(german.value().scaleLabels.first(), QStringLiteral("Nie"));
    ASSERT_EQ(german.value().skills.size(), english.value().skills.size());
    EXPECT_EQ(german.value().skills.first().id, english.value().skills.first().id) << "ids are never translated";
    EXPECT_NE(german.value().skills.first().name, english.value().skills.first().name);
    // What colleagues rate in a feedback round, too.
    EXPECT_TRUE(english.value().skills.first().items.first().observer.startsWith(QStringLiteral("This person")));
    EXPECT_TRUE(german.value().skills.first().items.first().observer.startsWith(QStringLiteral("Diese Person")))
        << qPrintable(german.value().skills.first().items.first().observer);
}

// Colleagues' feedback speaks German too: its messages' contexts are the ones lupdate files them
// under (a translate() call behind a helper of our own was filed under the namespace's name and
// never found at run time).
TEST_F(LanguageTest, FeedbackMessagesAndTheFormAreInTheLanguageChosen)
{
    i18n::install(QStringLiteral("de"));
    const core::Status empty = core::checkFeedbackRound(core::FeedbackRound(), core::SkillModel::builtin());
    const auto unreadable = core::FeedbackResponseFile::read(QByteArray("{}"), QStringLiteral("a.json"));
    core::FeedbackRound round;
    round.modelVersion = core::SkillModel::builtin().version;
    round.uuid = QUuid::createUuid();
    round.sealKey = QByteArray(32, 'k');
    round.itemIds = { QStringLiteral("risk.lead.1") };
    const auto form = core::FeedbackForm::html(round, core::SkillModel::builtin());
    i18n::install(QStringLiteral("en"));
    const auto unreadableInEnglish = core::FeedbackResponseFile::read(QByteArray("{}"), QStringLiteral("a.json"));

    ASSERT_FALSE(empty.ok());
    EXPECT_TRUE(empty.error().contains(QStringLiteral("Feedback-Runde"))) << qPrintable(empty.error());
    ASSERT_FALSE(unreadable.ok());
    ASSERT_FALSE(unreadableInEnglish.ok());
    EXPECT_NE(unreadable.error(), unreadableInEnglish.error()) << qPrintable(unreadable.error());
    ASSERT_TRUE(form.ok()) << qPrintable(form.error());
    EXPECT_TRUE(form.value().contains("lang=\"de\"")) << "the form is written in the language Tandem speaks";
    EXPECT_TRUE(QString::fromUtf8(form.value()).contains(QStringLiteral("Kann ich nicht sagen")));
}

TEST_F(LanguageTest, SettingsKeepsTheLanguageAndSaysItTakesEffectAtTheNextStart)
{
    i18n::storeChoice(QString());
    SettingsPage page(context());
    auto *language = page.findChild<QComboBox *>(QStringLiteral("settingsLanguage"));
    auto *restart = page.findChild<QLabel *>(QStringLiteral("settingsLanguageRestart"));
    ASSERT_NE(language, nullptr);
    ASSERT_NE(restart, nullptr);
    EXPECT_EQ(language->currentData().toString(), QString()) << "the system's language unless chosen";
    EXPECT_FALSE(language->accessibleName().isEmpty());
    EXPECT_TRUE(restart->isHidden());

    language->setCurrentIndex(language->findData(QStringLiteral("de")));
    EXPECT_EQ(i18n::storedChoice(), QStringLiteral("de"));
    EXPECT_EQ(QSettings().value(QLatin1String(i18n::SettingsKey)).toString(), QStringLiteral("de"));
    EXPECT_FALSE(restart->isHidden());

    language->setCurrentIndex(language->findData(QString()));
    EXPECT_EQ(i18n::storedChoice(), QString());
    EXPECT_TRUE(restart->isHidden());
    EXPECT_FALSE(QSettings().contains(QLatin1String(i18n::SettingsKey)));
}

// Messages that core keeps ready to append are translated when said: a constant made at
// start-up, before main() installs the translators, stayed English in German.
TEST_F(LanguageTest, AnImportRefusedInGermanSaysNothingWasImportedInGerman)
{
    core::JournalEntry entry;
    entry.uuid = QUuid::createUuid();
    entry.title = QStringLiteral("Rated out of range");
    entry.occurredAt = QDateTime::currentDateTimeUtc();
    entry.rating = 9;
    core::ExchangeData data;
    data.journalEntries.append(entry);

    i18n::install(QStringLiteral("de"));
    const auto refused = core::Importer(db()).run(data, false);
    ASSERT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().endsWith(QStringLiteral(" Es wurde nichts importiert."))) << qPrintable(refused.error());

    i18n::install(QStringLiteral("en"));
    const auto english = core::Importer(db()).run(data, false);
    ASSERT_FALSE(english.ok());
    EXPECT_TRUE(english.error().endsWith(QStringLiteral(" Nothing was imported."))) << qPrintable(english.error());
}
