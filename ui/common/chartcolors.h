#pragma once

#include "skillmodel.h"

#include <QBrush>
#include <QColor>
#include <QPalette>
#include <QPen>

namespace tandem::ui {

/// The one colour language of every chart, table swatch and the printed report (docs/design.md,
/// "Chart colours"). Each meaning has one colour, derived from the palette so that it reads on
/// the light and the dark scheme alike, and re-derived when the palette changes:
///
/// - leading and managing: blue and orange (Okabe–Ito), blue always the darker of the two, so
///   that they differ in lightness as well as hue and stay apart under every colour-vision
///   deficiency and in greyscale. Used for nothing else.
/// - latest against earlier: reddish purple against a neutral grey (drawn dashed).
/// - advice followed against not followed: bluish green against a neutral grey; no advice asked
///   is a lighter grey.
/// - an expectation held, partly held, not held: bluish green, its half tint, and vermilion.
/// - target lines: the text colour, dashed; noise bands: the series' colour, translucent with a
///   dashed edge, so that two overlapping bands stay readable.
/// - activity (the heat map): from the base colour towards the text colour, so that a busier day
///   always stands out more against the background, in light and in dark.
namespace ChartColors {

QColor lead(const QPalette &palette);
QColor manage(const QPalette &palette);
QColor role(core::Role role, const QPalette &palette);

QColor latest(const QPalette &palette);
QColor earlier(const QPalette &palette);

/// Colleagues' feedback on one radar: the colleagues' view (bluish green, solid) against the user's
/// own (the latest colour, dashed), so that the two differ in hue, lightness and line.
QColor self(const QPalette &palette);
QColor others(const QPalette &palette);

QColor followed(const QPalette &palette);
QColor notFollowed(const QPalette &palette);
QColor noAdvice(const QPalette &palette);

QColor held(const QPalette &palette);
QColor partlyHeld(const QPalette &palette);
QColor notHeld(const QPalette &palette);

/// A neutral series (a path, the ideal line of a calibration chart), gridlines and axis lines.
QColor neutral(const QPalette &palette);
QColor grid(const QPalette &palette);
QColor axisLine(const QPalette &palette);

/// A dashed pen in the text colour for a target line.
QPen targetPen(const QPalette &palette, qreal width = 1.6);
/// The fill and the dashed edge of a noise band around a series of the given colour.
QColor bandFill(const QColor &series, const QPalette &palette);
QPen bandEdge(const QColor &series, const QPalette &palette, qreal width = 1.0);

/// The heat map's colour for `step` of `steps` (0 = no activity): from near the base colour
/// to near the text colour, so more activity means more contrast against the background.
QColor activity(int step, int steps, const QPalette &palette);

/// WCAG contrast ratio between two colours (1 to 21), used to check the scale.
double contrast(const QColor &a, const QColor &b);

} // namespace ChartColors

} // namespace tandem::ui
