#pragma once

#include <QColor>
#include <QFont>

#include <cmath>

namespace tandem::ui {

/// The printed report's measures, fonts and colours. Lengths are given in points (1/72 inch)
/// and turned into the paint device's units here. The colours are always the light, print ones,
/// whatever the app's palette: paper is white.
struct ReportStyle final
{
    double unit = 1; ///< device units per point
    QString family; ///< the font family for every text

    QColor ink { 0x1d, 0x1d, 0x1f };
    QColor muted { 0x66, 0x66, 0x6c };
    QColor rule { 0xc8, 0xc8, 0xcc };
    QColor grid { 0xe4, 0xe4, 0xe8 };
    QColor track { 0xec, 0xec, 0xef }; ///< behind bars
    QColor panel { 0xf5, 0xf5, 0xf7 }; ///< behind key figures
    // From the chart colour language (ChartColors) for a light palette.
    QColor lead;
    QColor manage;
    QColor good;
    QColor bad;
    QColor followed; ///< advice followed
    QColor notFollowed; ///< advice not followed
    QColor noAdvice;
    QColor held; ///< an expectation that held
    QColor activity; ///< journal activity (entries per month)

    /// A length in points as device units.
    double pt(double points) const { return points * unit; }
    /// A length in points for HTML. Qt's rich text takes "px" as pixels of a 96 dpi screen and
    /// scales them to the device itself.
    int px(double points) const { return static_cast<int>(std::lround(points * 96.0 / 72.0)); }

    QFont font(double pointSize, bool bold = false) const
    {
        QFont f(family);
        f.setPointSizeF(pointSize);
        f.setBold(bold);
        // Outlines as designed: hinting for a screen grid would shift glyphs on paper.
        f.setHintingPreference(QFont::PreferNoHinting);
        // No ligatures: with them, "fi" and "ffi" become single glyphs that PDF viewers' search
        // and copy do not match ("profile", "efficiency").
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }
};

} // namespace tandem::ui
