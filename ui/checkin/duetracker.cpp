#include "duetracker.h"

#include "assessmentrepository.h"
#include "clock.h"
#include "settingsrepository.h"
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
    const AssessmentRepository &assessments = m_workspace.assessments();
    const auto cadence = m_workspace.settings().cadence();
    const auto lastPulse = assessments.lastTakenAt(AssessmentKind::Pulse);
    const auto lastFull = assessments.lastTakenAt(AssessmentKind::Full);
    if (!cadence || !lastPulse || !lastFull) {
        m_error = !cadence ? cadence.error() : !lastPulse ? lastPulse.error() : lastFull.error();
        return;
    }
    m_error.clear();
    m_remindersEnabled = cadence->remindersEnabled;
    const DueState next = Schedule::compute(cadence.value(), lastPulse.value(), lastFull.value(), m_clock.now());
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
