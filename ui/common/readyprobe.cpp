#include "readyprobe.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace tandem::ui {

namespace StartupTrace {

namespace {

QElapsedTimer &clock()
{
    static QElapsedTimer timer;
    if (!timer.isValid())
        timer.start();
    return timer;
}

} // namespace

bool enabled()
{
    static const bool on = qEnvironmentVariableIntValue("TANDEM_STARTUP_TRACE") == 1;
    return on;
}

void mark(const char *phase)
{
    if (!enabled())
        return;
    const double ms = static_cast<double>(clock().nsecsElapsed()) / 1e6;
    std::fprintf(stderr, "tandem: start-up %8.1f ms  %s\n", ms, phase);
}

} // namespace StartupTrace

ReadyProbe::ReadyProbe(QWidget *window) : QObject(window)
{
    window->installEventFilter(this);
}

bool ReadyProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_fired && event->type() == QEvent::Paint) {
        m_fired = true;
        StartupTrace::mark("first paint");
        watched->removeEventFilter(this);
        // The paint is done and flushed when control returns to the event loop.
        QTimer::singleShot(0, this, &ReadyProbe::ready);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tandem::ui
