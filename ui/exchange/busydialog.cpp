#include "busydialog.h"

#include "backgroundwork.h"

#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace tandem::ui {

BusyDialog::BusyDialog(const QString &label, bool stoppable, QWidget *parent)
    : QProgressDialog(label, QString(), 0, 0, parent), m_stoppable(stoppable)
{
    setObjectName(QStringLiteral("busyDialog"));
    setAccessibleName(label);
    setWindowTitle(tr("Tandem"));
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(360); // QProgressDialog's own size fits the label tightly
    setAutoClose(false);
    setAutoReset(false);
    if (stoppable) {
        auto *cancel = new QPushButton(tr("Cancel"), this);
        cancel->setObjectName(QStringLiteral("busyCancel"));
        cancel->setAccessibleName(tr("Stop this work"));
        setCancelButton(cancel);
    } else {
        setCancelButton(nullptr);
    }
    // QProgressDialog hides itself when cancelled; this one stays until the work has stopped.
    // (Its own connection is made with SIGNAL/SLOT, so it is undone the same way.)
    disconnect(this, SIGNAL(canceled()), this, SLOT(cancel()));
    connect(this, &QProgressDialog::canceled, this, &BusyDialog::requestStop);
    // reset() stops QProgressDialog's own timer, which would show it after its minimum duration;
    // the timer below decides instead.
    reset();
    QTimer::singleShot(ShowAfterMs, this, [this] {
        m_shown = true;
        setRange(0, 0);
        showProgress();
        show();
    });
}

void BusyDialog::follow(std::shared_ptr<const WorkProgress> progress)
{
    m_progress = std::move(progress);
    // A bar of its own, set directly: QProgressDialog::setValue would run the event loop inside
    // this call (it does for modal dialogs), and nothing here may nest one.
    m_bar = new QProgressBar(this);
    setBar(m_bar);
    auto *timer = new QTimer(this);
    timer->setInterval(100);
    connect(timer, &QTimer::timeout, this, &BusyDialog::showProgress);
    timer->start();
}

void BusyDialog::showProgress()
{
    if (!m_progress || !m_bar || !m_shown)
        return;
    const qint64 total = m_progress->total.load();
    if (total <= 0)
        return;
    // Per mille: QProgressDialog counts in int, a store may hold more records than that.
    const qint64 done = std::clamp<qint64>(m_progress->done.load(), 0, total);
    m_bar->setRange(0, 1000);
    m_bar->setValue(static_cast<int>(done * 1000 / total));
}

void BusyDialog::setStopping()
{
    m_stopping = true;
    setLabelText(tr("Stopping…"));
    if (auto *cancel = findChild<QPushButton *>(QStringLiteral("busyCancel")))
        cancel->setEnabled(false);
}

void BusyDialog::reject()
{
    requestStop();
}

void BusyDialog::requestStop()
{
    if (m_stoppable && !m_stopping)
        Q_EMIT stopRequested();
}

} // namespace tandem::ui
