#include "tandemstyle.h"

#include "design.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionGroupBox>

namespace tandem::ui {

namespace {

// A group box drawn as a card: titled, neither checkable nor flat.
const QStyleOptionGroupBox *asCard(const QStyleOption *option)
{
    const auto *box = qstyleoption_cast<const QStyleOptionGroupBox *>(option);
    if (!box || box->text.isEmpty() || (box->subControls & QStyle::SC_GroupBoxCheckBox)
        || (box->features & QStyleOptionFrame::Flat))
        return nullptr;
    return box;
}

QFont titleFont(const QWidget *widget)
{
    return Design::font(Design::TextStyle::Heading, widget ? widget->font() : QApplication::font());
}

} // namespace

TandemStyle::TandemStyle(QStyle *base) : QProxyStyle(base)
{
}

void TandemStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                                     const QWidget *widget) const
{
    const QStyleOptionGroupBox *box = control == CC_GroupBox ? asCard(option) : nullptr;
    if (!box) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(Design::cardBorder(option->palette), 1));
    painter->setBrush(Design::cardBackground(option->palette));
    painter->drawRoundedRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), Design::Radius, Design::Radius);
    painter->setFont(titleFont(widget));
    painter->setPen(option->palette.color(QPalette::WindowText));
    const QRect label = subControlRect(CC_GroupBox, option, SC_GroupBoxLabel, widget);
    painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextShowMnemonic, box->text);
    painter->restore();
}

QRect TandemStyle::subControlRect(ComplexControl control, const QStyleOptionComplex *option, SubControl sub,
                                  const QWidget *widget) const
{
    const QStyleOptionGroupBox *box = control == CC_GroupBox ? asCard(option) : nullptr;
    if (!box)
        return QProxyStyle::subControlRect(control, option, sub, widget);
    const QFontMetrics metrics(titleFont(widget));
    const QRect rect = option->rect;
    switch (sub) {
    case SC_GroupBoxFrame: return rect;
    case SC_GroupBoxLabel:
        return QRect(rect.left() + Design::SpaceL, rect.top() + Design::SpaceL,
                     std::min(metrics.horizontalAdvance(box->text) + 2, rect.width() - 2 * Design::SpaceL),
                     metrics.height());
    case SC_GroupBoxContents:
        // The layout inside adds its own margins (about 9 px) to these.
        return rect.adjusted(Design::SpaceS, Design::SpaceL + metrics.height(), -Design::SpaceS, -Design::SpaceS);
    default: break;
    }
    return QProxyStyle::subControlRect(control, option, sub, widget);
}

QSize TandemStyle::sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                                    const QWidget *widget) const
{
    const QStyleOptionGroupBox *box = type == CT_GroupBox ? asCard(option) : nullptr;
    if (!box)
        return QProxyStyle::sizeFromContents(type, option, size, widget);
    const QFontMetrics metrics(titleFont(widget));
    return size.expandedTo(QSize(metrics.horizontalAdvance(box->text) + 2 * Design::SpaceL, 0));
}

} // namespace tandem::ui
