#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

#include <optional>

namespace tandem::ui {

/// The app's own symbolic icons (resources/icons/NAME-symbolic.svg, compiled in), drawn in one
/// colour taken from the palette when painted: the text colour normally, the highlighted-text colour
/// for a selected item, the disabled text colour when disabled. So they follow light and dark, and
/// a change of palette, without being made again. Like the symbolic icons of GNOME and KDE.
namespace SymbolicIcon {

/// The icon NAME ("journal" for journal-symbolic.svg). With colour, always drawn in that colour
/// (a banner's status icon); without, in the palette's colours as above.
QIcon icon(const QString &name, std::optional<QColor> colour = std::nullopt);

/// The icon's image at a size in device pixels, tinted with a colour (for painting by hand).
QPixmap pixmap(const QString &name, const QSize &size, const QColor &colour);

} // namespace SymbolicIcon

} // namespace tandem::ui
