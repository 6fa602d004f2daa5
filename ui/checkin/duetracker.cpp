#include "duetracker.h"

#include "checkinschedule.h"
#include "clock.h"
#include "journalrepository.h"
#include "workspace.h"

namespace tandem::ui {

using namespace tandem::core;

DueTracker::DueTracker(const Workspace &workspace, const Clock &clock, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_clock(clock)
{
    connect(&workspace, &Workspace::assessmentRecorded, this, &DueTracker::refresh);
    connect(&workspace, &Workspace::assessmentRemoved, this, &DueTracker::refresh);
    connect(&workspace, &Workspace::settingChanged, this, &DueTracker::refresh);
    // A decision recorded, reviewed, its date moved, or its entry removed or put back.
    connect(&workspace, &Workspace::entryAdded, this, &DueTracker::refresh);
    connect(&workspace, &Workspace::entryChanged, this, &DueTracker::refresh);
    connect(&workspace, &Workspace::entryRemoved, this, &DueTracker::refresh);
    connect(&workspace, &Workspace::imported, this, &DueTracker::refresh);
    connect(&workspace, &Workspace::storeReplaced, this, &DueTracker::refresh);
    m_timer.setInterval(IntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DueTracker::refresh);
    m_timer.start();
    refresh();
}

QString DueTracker::reviewsDueText() const
{
    if (m_reviewsDue == 0)
        return {};
    // Until the app ships translations (issue 16), English plurals are spelled out here.
    return tr("%n decisions to review", nullptr, m_reviewsDue);
}

void DueTracker::refresh()
{
    if (!m_workspace.isOpen())
        return;
    const QDateTime now = m_clock.now();
    const auto schedule = CheckInSchedule::read(m_workspace.database(), now);
    if (!schedule) {
        m_error = schedule.error();
        return;
    }
    // One count on the partial index of open decisions: it costs what the open ones cost.
    const auto reviews = m_workspace.journal().reviewsDueCount(now.toLocalTime().date());
    if (!reviews) {
        m_error = reviews.error();
        return;
    }
    m_error.clear();
    m_remindersEnabled = schedule->cadence.remindersEnabled;
    const DueState next = schedule->due;
    const DueState previous = m_state;
    const int previousReviews = m_reviewsDue;
    const bool first = !m_known;
    m_known = true;
    if (!first && next == previous && reviews.value() == previousReviews)
        return;
    m_state = next;
    m_reviewsDue = reviews.value();
    Q_EMIT changed(m_state);
    if (first)
        return;
    if (m_reviewsDue > previousReviews)
        Q_EMIT reviewsBecameDue(m_reviewsDue);
    if (next.pulse.due && !previous.pulse.due)
        Q_EMIT becameDue(AssessmentKind::Pulse);
    if (next.full.due && !previous.full.due)
        Q_EMIT becameDue(AssessmentKind::Full);
}

} // namespace tandem::ui
