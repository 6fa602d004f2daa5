#include "design.h"

#include "theme.h"

#include <QPalette>
#include <QWidget>

namespace tandem::ui::Design {

QFont font(TextStyle style, const QFont &base)
{
    QFont f = base;
    const qreal size = base.pointSizeF() > 0 ? base.pointSizeF() : 10.0;
    switch (style) {
    case TextStyle::Title:
        f.setPointSizeF(size * 1.6);
        f.setWeight(QFont::Bold);
        break;
    case TextStyle::Heading:
        f.setPointSizeF(size * 1.15);
        f.setWeight(QFont::DemiBold);
        break;
    case TextStyle::Body: break;
    case TextStyle::Caption: f.setPointSizeF(size * 0.9); break;
    }
    return f;
}

void setTextStyle(QWidget *widget, TextStyle style)
{
    // From the parent's font, so that a style applied twice does not grow twice.
    const QFont base = widget->parentWidget() ? widget->parentWidget()->font() : widget->font();
    widget->setFont(font(style, base));
}

QColor mutedText(const QPalette &palette)
{
    return Theme::mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.66);
}

QColor cardBackground(const QPalette &palette)
{
    // Light: the base (white) a little towards the window; dark: a step above the window.
    const QColor window = palette.color(QPalette::Window);
    if (Theme::isDark(palette))
        return Theme::mix(window, palette.color(QPalette::WindowText), 0.06);
    return Theme::mix(palette.color(QPalette::Base), window, 0.25);
}

QColor cardBorder(const QPalette &palette)
{
    return Theme::mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText),
                      Theme::isDark(palette) ? 0.16 : 0.14);
}

QColor hoverBackground(const QPalette &palette)
{
    return Theme::mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.08);
}

} // namespace tandem::ui::Design
