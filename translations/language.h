#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace tandem::i18n {

/// The languages Tandem speaks, as codes: "en" (the source language) and "de".
QStringList languages();

/// A language's name in its own words ("English", "Deutsch"), for a code from languages().
QString nativeName(const QString &code);

/// The code of the language an empty choice (the system's) comes to: "de" or "en".
QString systemLanguage();

/// The key under which the app keeps the user's choice in its QSettings: a code from
/// languages(), or empty (or absent) for the system's language.
inline constexpr char SettingsKey[] = "language";

/// The locale Tandem uses for a choice: for a code, that language (in the system's territory
/// where that exists); for an empty choice, the system locale when one of its UI languages
/// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) is one Tandem speaks, else English.
QLocale localeFor(const QString &choice);

/// Loads Tandem's translation and Qt's own (qtbase, for standard dialogs and buttons) for the
/// choice, installs them on the running QCoreApplication in place of any loaded before, and makes
/// the locale the default, so that dates and numbers follow the language. Returns the locale.
/// Call before the first text is made: texts already made (the skill model) keep their language.
QLocale install(const QString &choice = {});

/// The choice stored in the app's QSettings (empty when none or not a language Tandem speaks).
QString storedChoice();

/// Stores the choice (a code from languages(), or empty for the system's language).
void storeChoice(const QString &choice);

} // namespace tandem::i18n
