#include "busydialog.h"

#include <QPushButton>
#include <QTimer>

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
        setRange(0, 0);
        show();
    });
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
