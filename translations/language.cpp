#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace tandem::i18n {

namespace {

// The translators installed by install(), removed again when another language is chosen.
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QLocale::Language languageOf(const QString &code)
{
    return QLocale(code).language();
}

} // namespace

QStringList languages()
{
    return { QStringLiteral("en"), QStringLiteral("de") };
}

QString nativeName(const QString &code)
{
    // Fixed rather than QLocale::nativeLanguageName(), which names a territory's variant
    // ("American English") where a menu of languages wants the language.
    return code == QLatin1String("de") ? QStringLiteral("Deutsch") : QStringLiteral("English");
}

QString systemLanguage()
{
    return QLocale::languageToCode(localeFor(QString()).language(), QLocale::ISO639Part1);
}

QLocale localeFor(const QString &choice)
{
    const QLocale system = QLocale::system();
    if (languages().contains(choice)) {
        const QLocale::Language language = languageOf(choice);
        if (system.language() == language)
            return system;
        // The system's territory where the language is spoken there (en_DE keeps German dates'
        // order in CLDR's English for Germany); otherwise Qt falls back to the language's own.
        return QLocale(language, system.territory());
    }
    // The system's choice: the first of its UI languages (LANGUAGE may list several) that
    // Tandem speaks. English is the source language, so it needs no file to be chosen.
    for (const QString &name : system.uiLanguages()) {
        const QLocale candidate(name);
        for (const QString &code : languages())
            if (candidate.language() == languageOf(code))
                return candidate.language() == system.language() ? system
                                                                 : QLocale(candidate.language(), system.territory());
    }
    return QLocale(QLocale::English, system.territory());
}

QLocale install(const QString &choice)
{
    const QLocale locale = localeFor(choice);
    for (const auto &translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();

    const QString code = QLocale::languageToCode(locale.language(), QLocale::ISO639Part1);
    auto load = [&](const QString &file, const QString &folder) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(file + QLatin1Char('_') + code, folder)
            && QCoreApplication::installTranslator(translator.get()))
            installed().push_back(std::move(translator));
    };
    // Qt's own first, so that Tandem's (installed last, asked first) wins where both have a text.
    if (locale.language() != QLocale::English)
        load(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    load(QStringLiteral("tandem"), QStringLiteral(":/i18n"));
    QLocale::setDefault(locale);
    return locale;
}

QString storedChoice()
{
    const QString choice = QSettings().value(QLatin1String(SettingsKey)).toString();
    return languages().contains(choice) ? choice : QString();
}

void storeChoice(const QString &choice)
{
    QSettings settings;
    if (languages().contains(choice))
        settings.setValue(QLatin1String(SettingsKey), choice);
    else
        settings.remove(QLatin1String(SettingsKey));
}

} // namespace tandem::i18n
