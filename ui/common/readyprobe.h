#pragma once

#include <QObject>

namespace tandem::ui {

/// TANDEM_STARTUP_TRACE=1: on stderr, how many milliseconds after main() began each phase up to
/// the first paint ended, and every SQL statement run before it (docs/performance.md, Start-up).
namespace StartupTrace {
bool enabled();
/// "tandem: start-up  12.3 ms  PHASE" when enabled; nothing otherwise.
void mark(const char *phase);
} // namespace StartupTrace

/// Watches a window and emits ready() once, after its first paint has reached the screen.
/// Behind `tandem --quit-when-ready`, which the start-up benchmark times.
class ReadyProbe final : public QObject
{
    Q_OBJECT

public:
    explicit ReadyProbe(QWidget *window);

Q_SIGNALS:
    void ready();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_fired = false;
};

} // namespace tandem::ui
