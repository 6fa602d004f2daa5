#include "deferredrefresh.h"

#include <QEvent>
#include <QWidget>

namespace tandem::ui {

DeferredRefresh::DeferredRefresh(QWidget *view, std::function<void()> refresh)
    : QObject(view), m_view(view), m_refresh(std::move(refresh))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &DeferredRefresh::refreshNow);
    view->installEventFilter(this);
}

void DeferredRefresh::markStale()
{
    m_stale = true;
    if (m_view->isVisible())
        m_timer.start();
}

bool DeferredRefresh::eventFilter(QObject *watched, QEvent *event)
{
    // Before the first paint, so that a page never shows what it knew before.
    if (watched == m_view && event->type() == QEvent::Show && m_stale)
        refreshNow();
    return QObject::eventFilter(watched, event);
}

void DeferredRefresh::refreshNow()
{
    if (!m_stale || !m_view->isVisible())
        return;
    m_stale = false;
    m_refresh();
}

} // namespace tandem::ui
