#include "navigationdelegate.h"

#include "common/design.h"
#include "common/theme.h"
#include "navigationsidebar.h"

#include <QPainter>
#include <QPainterPath>

namespace tandem::ui {

NavigationDelegate::NavigationDelegate(NavigationSidebar *sidebar) : QStyledItemDelegate(sidebar), m_sidebar(sidebar)
{
}

QSize NavigationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int height = std::max(option.fontMetrics.height(), IconSize) + 2 * Design::SpaceM;
    return QSize(0, height);
}

void NavigationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool focused = (option.state & QStyle::State_HasFocus) && m_sidebar->hasFocus();
    const bool compact = m_sidebar->isCompact();
    const QRectF pill = QRectF(option.rect).adjusted(Design::SpaceS, 3, -Design::SpaceS, -3);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (selected || hovered) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? palette.color(QPalette::Active, QPalette::Highlight)
                                   : Design::hoverBackground(palette));
        painter->drawRoundedRect(pill, Design::SmallRadius, Design::SmallRadius);
    }
    if (focused) {
        QColor ring = palette.color(QPalette::Active, QPalette::Highlight);
        ring.setAlphaF(selected ? 0.5 : 0.8);
        painter->setPen(QPen(ring, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(pill.adjusted(-1.5, -1.5, 1.5, 1.5), Design::SmallRadius + 1.5,
                                 Design::SmallRadius + 1.5);
    }

    // The icon: centred when compact, else at the row's start.
    const int iconLeft
        = compact ? static_cast<int>(pill.center().x()) - IconSize / 2 : static_cast<int>(pill.left()) + Design::SpaceM;
    const QRect iconRect(iconLeft, option.rect.center().y() - IconSize / 2 + 1, IconSize, IconSize);
    const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
    icon.paint(painter, iconRect, Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);

    // The badge: a red dot or a count, at the row's end, or on the icon's corner when compact.
    const QVariant badge = index.data(NavigationSidebar::BadgeRole);
    int textRight = static_cast<int>(pill.right()) - Design::SpaceM;
    if (badge.isValid()) {
        const QString text = badge.toString();
        QFont small = Design::font(Design::TextStyle::Caption, option.font);
        small.setBold(true);
        const QFontMetrics fm(small);
        const qreal height = text.isEmpty() ? 8.0 : fm.height();
        const qreal width = text.isEmpty() ? 8.0 : std::max<qreal>(height, fm.horizontalAdvance(text) + Design::SpaceS);
        QRectF badgeRect;
        if (compact)
            badgeRect = QRectF(iconRect.right() - width / 2 + 2, iconRect.top() - height / 2 + 1, width, height);
        else
            badgeRect = QRectF(pill.right() - Design::SpaceM - width, pill.center().y() - height / 2, width, height);
        const QColor red = Theme::isDark(palette) ? QColor(0xe0, 0x1b, 0x24) : QColor(0xc0, 0x1c, 0x28);
        painter->setPen(compact
                            ? QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Window), 1.5)
                            : QPen(Qt::NoPen));
        painter->setBrush(red);
        painter->drawRoundedRect(badgeRect, height / 2, height / 2);
        if (!text.isEmpty()) {
            painter->setPen(Qt::white);
            painter->setFont(small);
            painter->drawText(badgeRect, Qt::AlignCenter, text);
        }
        if (!compact)
            textRight = static_cast<int>(badgeRect.left()) - Design::SpaceS;
    }

    if (!compact) {
        const int textLeft = iconRect.right() + 1 + Design::SpaceM;
        const QRect textRect(textLeft, option.rect.top(), std::max(0, textRight - textLeft), option.rect.height());
        painter->setFont(option.font);
        painter->setPen(palette.color(QPalette::Active, selected ? QPalette::HighlightedText : QPalette::WindowText));
        const QString text
            = option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, textRect.width());
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft, text);
    }
    painter->restore();
}

} // namespace tandem::ui
