#include "navigationsidebar.h"

#include "common/design.h"
#include "navigationdelegate.h"

#include <QEvent>
#include <QHelpEvent>
#include <QToolTip>

namespace tandem::ui {

NavigationSidebar::NavigationSidebar(QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigation"));
    setAccessibleName(tr("Pages"));
    setFrameShape(QFrame::NoFrame);
    setUniformItemSizes(true);
    setMouseTracking(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setItemDelegate(new NavigationDelegate(this));
    setIconSize(QSize(NavigationDelegate::IconSize, NavigationDelegate::IconSize));
    // The sidebar is part of the window's frame, the page beside it is the content.
    setBackgroundRole(QPalette::Window);
    viewport()->setBackgroundRole(QPalette::Window);
    setContentsMargins(0, Design::SpaceS, 0, Design::SpaceS);
    setViewportMargins(0, Design::SpaceS, 0, Design::SpaceS);
    fitWidth();
}

int NavigationSidebar::expandedWidth() const
{
    int text = 0;
    for (int row = 0; row < count(); ++row)
        text = std::max(text, fontMetrics().horizontalAdvance(item(row)->text()));
    // Row margin, padding, icon, gap, title, room for a badge, padding, row margin.
    const int width = 2 * Design::SpaceS + Design::SpaceM + NavigationDelegate::IconSize + Design::SpaceM + text
        + Design::SpaceXL + Design::SpaceM;
    return std::max(width, 168);
}

int NavigationSidebar::compactWidth() const
{
    return 2 * Design::SpaceS + 2 * Design::SpaceM + NavigationDelegate::IconSize + 4;
}

QSize NavigationSidebar::sizeHint() const
{
    return QSize(m_compact ? compactWidth() : expandedWidth(), QListWidget::sizeHint().height());
}

void NavigationSidebar::setCompact(bool compact)
{
    if (compact == m_compact)
        return;
    m_compact = compact;
    fitWidth();
    viewport()->update();
}

void NavigationSidebar::fitWidth()
{
    setFixedWidth(m_compact ? compactWidth() : expandedWidth());
}

void NavigationSidebar::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        fitWidth();
}

bool NavigationSidebar::viewportEvent(QEvent *event)
{
    // Compact, the title is a tooltip (with what is due, when the row has a tooltip of its own).
    if (event->type() == QEvent::ToolTip && m_compact) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (QListWidgetItem *hit = itemAt(help->pos())) {
            const QString extra = hit->toolTip();
            QToolTip::showText(help->globalPos(), extra.isEmpty() ? hit->text() : tr("%1: %2").arg(hit->text(), extra),
                               viewport(), visualItemRect(hit));
            return true;
        }
    }
    return QListWidget::viewportEvent(event);
}

} // namespace tandem::ui
