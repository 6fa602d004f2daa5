#pragma once

#include <QPalette>
#include <QString>

namespace tandem::ui {

/// Light, dark, or whatever the desktop uses: the user's choice in Settings ▸ Appearance, kept in
/// the app's QSettings (not in the data file: it belongs to this computer, not to the records) and
/// applied to the whole application at start and as soon as it changes. Light and dark are the
/// Fusion style with Tandem's palettes (after GNOME's Adwaita and KDE's Breeze); "system" is the
/// platform's own palette. Every widget hears of a change as QEvent::PaletteChange.
namespace Appearance {

enum class Mode { System, Light, Dark };

/// The key in QSettings, and its values "system", "light", "dark".
inline constexpr auto SettingsKey = "appearance/theme";

/// The stored choice; System when none (or an unknown value) is stored.
Mode storedMode();
/// Stores the choice and applies it.
void setMode(Mode mode);
/// Applies a choice to the application without storing it.
void apply(Mode mode);
/// What is applied now.
Mode currentMode();

/// Tandem's own palettes.
QPalette lightPalette();
QPalette darkPalette();

QString modeKey(Mode mode);

} // namespace Appearance

} // namespace tandem::ui
