#include "duetracker.h"

#include "checkinschedule.h"
#include "clock.h"
#include "workspace.h"

namespace tandem::ui {

using namespace tandem::core;

DueTracker::DueTracker(const Workspace &workspace, const Clock &clock, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock)
{
    connect(&workspace, &Workspace::assessmentRecorded, this, &DueTracker::refresh);
    connect(&workspace, &Workspace::assessmentRemoved, this, &DueTracker::refresh);
    connect(&workspace, &Workspace::settingChanged, this, &DueTracker::refresh);
    connect(&workspace, &Workspace::imported, this, &DueTracker::refresh);
    connect(&workspace, &Workspace::storeReplaced, this, &DueTracker::refresh);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DueTracker::refresh);
    m_timer.start();
    refresh();
}

void DueTracker::refresh()
{
    const auto schedule = CheckInSchedule::read(m_workspace.database(), m_clock.now());
    if (!schedule) {
        m_error = schedule.error();
        return;
    }
    m_error.clear();
    m_remindersEnabled = schedule->cadence.remindersEnabled;
    const DueState next = schedule->due;
    const DueState previous = m_state;
    const bool first = !m_known;
    m_known = true;
    if (!first && next == previous)
        return;
    m_state = next;
    Q_EMIT changed(m_state);
    if (first)
        return;
    if (next.pulse.due && !previous.pulse.due)
        Q_EMIT becameDue(AssessmentKind::Pulse);
    if (next.full.due && !previous.full.due)
        Q_EMIT becameDue(AssessmentKind::Full);
}

} // namespace tandem::ui
