#include "chartcolors.h"

#include "theme.h"

#include <algorithm>
#include <cmath>

namespace tandem::ui::ChartColors {

namespace {

bool dark(const QPalette &palette)
{
    return Theme::isDark(palette);
}

QColor base(const QPalette &palette)
{
    return palette.color(QPalette::Base);
}

QColor text(const QPalette &palette)
{
    return palette.color(QPalette::Text);
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

// Light values keep at least 4.5:1 against white, so that they serve as text too; dark values
// at least 4.5:1 against Adwaita's and Breeze's dark bases. Blue is the darker of the pair in both.
QColor lead(const QPalette &palette)
{
    return dark(palette) ? QColor(0x5a, 0xa2, 0xe6) : QColor(0x1a, 0x4f, 0x96);
}

QColor manage(const QPalette &palette)
{
    return dark(palette) ? QColor(0xf7, 0xc1, 0x5e) : QColor(0xa4, 0x5f, 0x00);
}

QColor role(core::Role r, const QPalette &palette)
{
    return r == core::Role::Lead ? lead(palette) : manage(palette);
}

QColor latest(const QPalette &palette)
{
    return dark(palette) ? QColor(0xd8, 0x8c, 0xc4) : QColor(0x8e, 0x3b, 0x7d);
}

QColor earlier(const QPalette &palette)
{
    return Theme::mix(base(palette), text(palette), 0.5);
}

QColor self(const QPalette &palette)
{
    return latest(palette);
}

QColor others(const QPalette &palette)
{
    return dark(palette) ? QColor(0x3c, 0xc2, 0x9a) : QColor(0x00, 0x78, 0x5a);
}

QColor followed(const QPalette &palette)
{
    return dark(palette) ? QColor(0x3c, 0xc2, 0x9a) : QColor(0x00, 0x78, 0x5a);
}

QColor notFollowed(const QPalette &palette)
{
    // Lighter than the green on white, darker than it on black: apart in lightness too.
    return Theme::mix(base(palette), text(palette), dark(palette) ? 0.3 : 0.38);
}

QColor noAdvice(const QPalette &palette)
{
    return Theme::mix(base(palette), text(palette), 0.2);
}

QColor held(const QPalette &palette)
{
    return followed(palette);
}

QColor partlyHeld(const QPalette &palette)
{
    return Theme::mix(held(palette), base(palette), 0.5);
}

QColor notHeld(const QPalette &palette)
{
    return dark(palette) ? QColor(0xf0, 0x8a, 0x5a) : QColor(0xb0, 0x45, 0x00);
}

QColor neutral(const QPalette &palette)
{
    return Theme::mix(base(palette), text(palette), 0.45);
}

QColor grid(const QPalette &palette)
{
    return Theme::mix(base(palette), text(palette), 0.18);
}

QColor axisLine(const QPalette &palette)
{
    return Theme::mix(base(palette), text(palette), 0.4);
}

QPen targetPen(const QPalette &palette, qreal width)
{
    QPen pen(Theme::mix(base(palette), text(palette), 0.85), width);
    pen.setStyle(Qt::DashLine);
    return pen;
}

QColor bandFill(const QColor &series, const QPalette &palette)
{
    // Faint enough that a second band over the first still shows both, and the lines over them.
    QColor fill = series;
    fill.setAlphaF(dark(palette) ? 0.16F : 0.12F);
    return fill;
}

QPen bandEdge(const QColor &series, const QPalette &palette, qreal width)
{
    QColor edge = series;
    edge.setAlphaF(dark(palette) ? 0.7F : 0.6F);
    QPen pen(edge, width);
    pen.setStyle(Qt::DashLine);
    return pen;
}

QColor activity(int step, int steps, const QPalette &palette)
{
    const QColor b = base(palette);
    if (step <= 0 || steps <= 0)
        return Theme::mix(b, text(palette), 0.1);
    // Towards a deep teal on light, towards a pale mint on dark: further from the base each step.
    const QColor far = dark(palette) ? QColor(0xc4, 0xf5, 0xe4) : QColor(0x06, 0x3d, 0x31);
    const double t = 0.28 + 0.72 * (std::min(step, steps) - 1) / std::max(1, steps - 1);
    return Theme::mix(b, far, t);
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace tandem::ui::ChartColors
