#pragma once

#include "schedule.h"

#include <QObject>
#include <QTimer>

namespace tandem::core {
class Clock;
class Workspace;
} // namespace tandem::core

namespace tandem::ui {

/// Keeps track of what is due while the app runs (the check-ins, and the decisions whose review
/// date has come): it recomputes on refresh() and once a minute, and says when something newly
/// becomes due.
class DueTracker final : public QObject
{
    Q_OBJECT

public:
    static constexpr int IntervalMs = 60 * 1000;

    /// Follows the workspace: a check-in recorded or removed, a journal entry added, changed or
    /// removed (its decision, its review), the cadence changed, an import or a restore recompute
    /// at once.
    DueTracker(const core::Workspace &workspace, const core::Clock &clock, QObject *parent = nullptr);

    core::DueState state() const { return m_state; }
    /// How many recorded decisions wait for their review (date reached, not reviewed yet).
    int reviewsDue() const { return m_reviewsDue; }
    /// True when a check-in or a review is due.
    bool anythingDue() const { return m_state.anyDue() || m_reviewsDue > 0; }
    /// "2 decisions to review", or empty when none is due.
    QString reviewsDueText() const;
    const core::Clock &clock() const { return m_clock; }
    /// False when the user turned reminders off in Settings.
    bool remindersEnabled() const { return m_remindersEnabled; }
    /// The error of the last computation, empty when it went well.
    QString lastError() const { return m_error; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    /// What is due changed: the check-ins (state) or the number of reviews due.
    void changed(const tandem::core::DueState &state);
    /// A check-in that was not due has become due (not emitted for the first computation).
    void becameDue(tandem::core::AssessmentKind kind);
    /// More reviews are due than before (not emitted for the first computation).
    void reviewsBecameDue(int count);

private:
    const core::Workspace &m_workspace;
    const core::Clock &m_clock;
    QTimer m_timer;
    core::DueState m_state;
    int m_reviewsDue = 0;
    bool m_known = false;
    bool m_remindersEnabled = true;
    QString m_error;
};

} // namespace tandem::ui
