#pragma once

#include "skillmodel.h"

#include <QColor>
#include <QPalette>

namespace tandem::ui {

/// Colours derived from the current palette, so that every page and chart follows the system's
/// light or dark scheme and changes with it.
namespace Theme {

/// True when the palette's window is dark.
bool isDark(const QPalette &palette);

/// The accent for leading (blue) or managing (amber), readable on the palette's base colour.
QColor roleColor(core::Role role, const QPalette &palette);

/// A colour for "needs attention" (answers missing, errors), readable on the base colour.
QColor warningColor(const QPalette &palette);

/// A colour for a real improvement, and for a real decline.
QColor goodColor(const QPalette &palette);
QColor badColor(const QPalette &palette);

/// A colour between a and b; t = 0 gives a, 1 gives b.
QColor mix(const QColor &a, const QColor &b, qreal t);

} // namespace Theme

} // namespace tandem::ui
