#include "reportdata.h"

#include "clock.h"
#include "database.h"
#include "exchangerepository.h"
#include "skillmodel.h"

#include <QMap>

#include <algorithm>

namespace tandem::ui {

using namespace tandem::core;

namespace {

QDate monthStart(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

void widen(QDate &first, QDate &last, const QDate &day)
{
    if (!day.isValid())
        return;
    if (!first.isValid() || day < first)
        first = day;
    if (!last.isValid() || day > last)
        last = day;
}

} // namespace

void ReportData::Verdicts::add(Held verdict)
{
    ++count;
    switch (verdict) {
    case Held::Yes: ++held; break;
    case Held::Partly: ++partly; break;
    case Held::No: ++notHeld; break;
    }
}

std::optional<double> ReportData::Verdicts::heldPercent() const
{
    if (count == 0)
        return std::nullopt;
    return 100.0 * (held + 0.5 * partly) / count;
}

Result<ReportData> ReportData::read(const Database &db, const SkillModel &model, const Clock &clock)
{
    ReportData data;
    data.generatedAt = clock.now().toLocalTime();

    // Everything in one read, in a stable order: the goals and the journal come from here.
    auto all = ExchangeRepository(db).readAll();
    if (!all)
        return Error { all.error() };

    // The newest round with enough responses; rounds come oldest first.
    data.feedbackRounds = static_cast<int>(all->feedbackRounds.size());
    for (auto it = all->feedbackRounds.crbegin(); it != all->feedbackRounds.crend(); ++it) {
        if (it->responses.size() < FeedbackLimits::MinRaters)
            continue;
        auto results = FeedbackService(db, model).results(it->round.id, clock.now());
        if (!results)
            return Error { results.error() };
        data.feedback = std::move(results).value();
        break;
    }

    for (const ExchangeAssessment &exchanged : std::as_const(all->assessments)) {
        const Assessment &a = exchanged.assessment;
        ++(a.kind == AssessmentKind::Full ? data.fullAssessments : data.pulses);
        widen(data.firstDay, data.lastDay, a.takenAt.toLocalTime().date());
        if (a.kind == AssessmentKind::Full)
            widen(data.firstFull, data.lastFull, a.takenAt.toLocalTime().date());
    }
    if (data.fullAssessments > 0) {
        const ProfileService profiles(db, model);
        auto latest = profiles.latest(AssessmentKind::Full);
        if (!latest)
            return Error { latest.error() };
        data.latestFull = std::move(latest).value();
        const ProgressData progress(db, model);
        auto poles = progress.contrastPoles();
        if (!poles)
            return Error { poles.error() };
        data.poles = std::move(poles).value();
        auto trend = progress.trend(AssessmentKind::Full, QDate(), QDate(), MaxTrendPoints);
        if (!trend)
            return Error { trend.error() };
        data.trend = std::move(trend).value();
    }

    // Goals.
    QList<Goal> done;
    for (const ExchangeGoal &exchanged : std::as_const(all->goals)) {
        const Goal &goal = exchanged.goal;
        widen(data.firstDay, data.lastDay, goal.createdAt.toLocalTime().date());
        switch (goal.status) {
        case GoalStatus::Active:
            ++data.goalsActive;
            data.activeGoals.append(goal);
            break;
        case GoalStatus::Paused:
            ++data.goalsPaused;
            data.activeGoals.append(goal);
            break;
        case GoalStatus::Done:
            ++data.goalsDone;
            done.append(goal);
            widen(data.firstDay, data.lastDay, goal.closedAt.toLocalTime().date());
            break;
        case GoalStatus::Dropped: ++data.goalsDropped; break;
        }
    }
    // Active before paused; then as the dashboard orders them: due soonest first, goals without a
    // date last.
    std::stable_sort(data.activeGoals.begin(), data.activeGoals.end(), [](const Goal &a, const Goal &b) {
        if (a.status != b.status)
            return a.status == GoalStatus::Active;
        if (a.dueOn.isValid() != b.dueOn.isValid())
            return a.dueOn.isValid();
        return a.dueOn < b.dueOn;
    });
    if (data.activeGoals.size() > MaxGoals)
        data.activeGoals.resize(MaxGoals);
    std::stable_sort(done.begin(), done.end(), [](const Goal &a, const Goal &b) { return a.closedAt > b.closedAt; });
    data.doneGoals = done.mid(0, MaxDoneGoals);

    // The journal, oldest first.
    const QList<JournalEntry> &entries = all->journalEntries;
    data.journalEntries = static_cast<int>(entries.size());
    for (const JournalEntry &entry : entries) {
        const QDate day = entry.occurredAt.toLocalTime().date();
        widen(data.firstEntry, data.lastEntry, day);
        data.entriesPerMonth[monthStart(day)] += 1;
        data.entriesByMode.at(static_cast<std::size_t>(entry.mode)) += 1;
    }
    widen(data.firstDay, data.lastDay, data.firstEntry);
    widen(data.firstDay, data.lastDay, data.lastEntry);
    if (data.firstEntry.isValid()) {
        // Quiet months count too: a gap is part of the story.
        for (QDate month = monthStart(data.firstEntry); month <= data.lastEntry; month = month.addMonths(1))
            data.entriesPerMonth.insert(month, data.entriesPerMonth.value(month));
    }
    // Decisions: what the reviews found, by confidence and by whether the advice was followed.
    Decisions &d = data.decisions;
    // Levels of 10 %, as on the Progress page's calibration chart (core::ProgressData): 50–59 …
    // 90–99, and 100 on its own. A level shows once a decision falls in it.
    QMap<int, ConfidenceBand> levels;
    const QDate today = data.generatedAt.date();
    for (const JournalEntry &entry : entries) {
        if (!entry.decision)
            continue;
        ++d.recorded;
        const Decision &decision = *entry.decision;
        if (!decision.review) {
            ++d.open;
            if (isReviewDue(decision, today))
                ++d.due;
            continue;
        }
        const Held held = decision.review->held;
        d.reviewed.add(held);
        if (decision.confidence) {
            const int level = std::clamp(*decision.confidence, 0, 100) / 10 * 10;
            ConfidenceBand &band = levels[level];
            band.low = level;
            band.high = level == 100 ? 100 : level + 9;
            band.verdicts.add(held);
            band.verdicts.confidenceSum += *decision.confidence;
        }
        const std::optional<bool> followed = followedAdvice(entry);
        if (!entry.advice)
            d.noAdvice.add(held);
        else if (followed)
            (*followed ? d.followed : d.notFollowed).add(held);
    }
    d.bands = levels.values();

    for (auto it = entries.crbegin(); it != entries.crend() && data.lessons.size() < MaxLessons; ++it) {
        const QString learned = it->learned.trimmed();
        if (!learned.isEmpty())
            data.lessons.append({ it->occurredAt, it->title.trimmed(), learned });
    }

    auto outcomes = ProgressData(db, model).adviceOutcomes(QDate(), QDate());
    if (!outcomes)
        return Error { outcomes.error() };
    data.outcomes = outcomes.value();
    return data;
}

} // namespace tandem::ui
