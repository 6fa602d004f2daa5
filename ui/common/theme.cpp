#include "theme.h"

#include "chartcolors.h"

namespace tandem::ui::Theme {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor roleColor(core::Role role, const QPalette &palette)
{
    return ChartColors::role(role, palette);
}

QColor warningColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QColor goodColor(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x7d, 0xd8, 0x8f) : QColor(0x1b, 0x7a, 0x35);
}

QColor badColor(const QPalette &palette)
{
    return warningColor(palette);
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    const auto blend = [t](int x, int y) { return static_cast<int>(x + (y - x) * t); };
    return QColor(blend(a.red(), b.red()), blend(a.green(), b.green()), blend(a.blue(), b.blue()));
}

} // namespace tandem::ui::Theme
