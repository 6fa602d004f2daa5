#pragma once

#include <QProgressDialog>

class QProgressBar;

#include <memory>

namespace tandem::ui {

struct WorkProgress;

/// The "working on it" dialog of background work: window-modal, shown only once the work has taken
/// longer than a blink, and never waited in (no exec(): the caller carries on from a slot when the
/// work ends, and then deletes it). It offers Cancel when the work can stop; after that it stays,
/// saying so, until the work has actually stopped.
class BusyDialog final : public QProgressDialog
{
    Q_OBJECT

public:
    /// How long work runs before the dialog shows.
    static constexpr int ShowAfterMs = 400;

    BusyDialog(const QString &label, bool stoppable, QWidget *parent);

    /// The work was asked to stop and is winding down.
    void setStopping();

    /// Shows how far the work has come, read from progress ten times a second (a bar that
    /// only moves once the work knows its total).
    void follow(std::shared_ptr<const WorkProgress> progress);

Q_SIGNALS:
    /// Cancel was pressed (or Escape, or the window's close button) on work that can stop.
    void stopRequested();

protected:
    /// Escape and the close button cancel like the button does, and never hide the dialog while
    /// the work runs: the window must stay blocked until it has ended.
    void reject() override;

private:
    void requestStop();

    void showProgress();

    std::shared_ptr<const WorkProgress> m_progress;
    QProgressBar *m_bar = nullptr;
    bool m_shown = false;
    bool m_stoppable = false;
    bool m_stopping = false;
};

} // namespace tandem::ui
