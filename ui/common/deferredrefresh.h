#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace tandem::ui {

/// Reads a view's data again after the data changed, once however many changes came, and only
/// when someone can see it: on the next turn of the event loop when the view is visible, else
/// as it is shown (before it paints). A new one is stale, so the first showing reads. Pages use it for what is summed up from many records (a
/// dashboard, a chart); models that follow single records update those rows instead.
class DeferredRefresh final : public QObject
{
    Q_OBJECT

public:
    DeferredRefresh(QWidget *view, std::function<void()> refresh);

    /// Something the view shows has changed.
    void markStale();
    bool isStale() const { return m_stale; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refreshNow();

    QWidget *m_view;
    std::function<void()> m_refresh;
    QTimer m_timer;
    bool m_stale = true;
};

} // namespace tandem::ui
