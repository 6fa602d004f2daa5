#pragma once

#include <QObject>

namespace tandem::ui {

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
