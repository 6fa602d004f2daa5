#pragma once

#include <QStyledItemDelegate>

namespace tandem::ui {

class NavigationSidebar;

/// Paints a navigation row: a rounded selection in the accent colour (its text and icon in the
/// highlighted-text colour), a softer face under the pointer, a focus ring when the list has the
/// keyboard focus, and the badge (NavigationSidebar::BadgeRole).
class NavigationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit NavigationDelegate(NavigationSidebar *sidebar);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    /// The side of the icons in logical pixels.
    static constexpr int IconSize = 16;

private:
    NavigationSidebar *m_sidebar;
};

} // namespace tandem::ui
