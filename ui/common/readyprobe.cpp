#include "readyprobe.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace tandem::ui {

ReadyProbe::ReadyProbe(QWidget *window) : QObject(window)
{
    window->installEventFilter(this);
}

bool ReadyProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_fired && event->type() == QEvent::Paint) {
        m_fired = true;
        watched->removeEventFilter(this);
        // The paint is done and flushed when control returns to the event loop.
        QTimer::singleShot(0, this, &ReadyProbe::ready);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tandem::ui
