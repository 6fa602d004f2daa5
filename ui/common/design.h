#pragma once

#include <QColor>
#include <QFont>

class QLabel;
class QPalette;
class QWidget;

namespace tandem::ui {

/// The app's small design scale (docs/design.md): spacing in steps of 4 px, four text styles made
/// from the system font, and the surface colours of cards, all derived from the palette so that
/// they follow light and dark. Pixel values are logical pixels: Qt scales them with the screen.
namespace Design {

/// Spacing: inside a group (4), between related controls (8), between rows (12), inside a card and
/// between cards (16), around a page's content (24), the page's side margin on wide windows (32).
inline constexpr int SpaceXS = 4;
inline constexpr int SpaceS = 8;
inline constexpr int SpaceM = 12;
inline constexpr int SpaceL = 16;
inline constexpr int SpaceXL = 24;
inline constexpr int SpaceXXL = 32;

/// The corner radius of cards, banners and the sidebar's selection.
inline constexpr int Radius = 8;
inline constexpr int SmallRadius = 6;

/// The widest a page's reading content grows; beyond it the page keeps its margins.
inline constexpr int ContentMaxWidth = 980;

/// The text styles, from the system font (never a hard-coded family): a page's title, a card's or
/// section's heading, running text, and small print (dates, hints).
enum class TextStyle { Title, Heading, Body, Caption };

/// The font of a style, made from base (the widget's or the application's font).
QFont font(TextStyle style, const QFont &base);
/// Sets a label's (or any widget's) font to a style.
void setTextStyle(QWidget *widget, TextStyle style);

/// Text that says less than the body: captions, hints, dates.
QColor mutedText(const QPalette &palette);
/// A card's face: a step lighter than the window in light mode, a step lighter in dark mode too.
QColor cardBackground(const QPalette &palette);
/// A card's and the banner's border.
QColor cardBorder(const QPalette &palette);
/// A row the pointer is over in the sidebar.
QColor hoverBackground(const QPalette &palette);

} // namespace Design

} // namespace tandem::ui
