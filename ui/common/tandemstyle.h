#pragma once

#include <QProxyStyle>

namespace tandem::ui {

/// The app's style: the platform's (or Fusion, for Tandem's own light and dark palettes) with one
/// change: a titled group box is drawn as a card (docs/design.md), its title in the heading style
/// inside the rounded face, so that every page's sections look like the dashboard's cards without
/// each page being rewritten. Checkable and flat group boxes are left to the base style.
class TandemStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    /// Takes ownership of base (the platform's style when null).
    explicit TandemStyle(QStyle *base = nullptr);

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
    QRect subControlRect(ComplexControl control, const QStyleOptionComplex *option, SubControl sub,
                         const QWidget *widget = nullptr) const override;
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget = nullptr) const override;
};

} // namespace tandem::ui
