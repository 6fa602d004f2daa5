#pragma once

#include "result.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <utility>

namespace tandem::core {

class Database;
class SkillModel;

/// Fills an empty database with a realistic, deterministic history for demonstrations,
/// screenshots and benchmarks: weekly pulses, a full assessment about every six weeks, about
/// five journal entries a week (each about one person, project and team, with titles varied from
/// parts; the advisor asked on about a fifth of them, most of those recording a decision that is
/// later reviewed) and a run of goals with steps, tips and evidence (done, dropped, one paused,
/// the current one active), with skills that drift and grow over time, and two rounds of
/// colleagues' feedback (one closed about eleven months before the end, one still open).
/// The same model, seed, length and end date give the same data, byte for byte, in the same
/// time zone: entries happen in local working hours and are stored in UTC.
class DemoGenerator final
{
public:
    static constexpr int MaxYears = 50;

    struct Options
    {
        int years = 1;
        quint64 seed = 1;
        QDate until;  ///< last day of the history
    };

    struct Summary
    {
        int fullAssessments = 0;
        int pulses = 0;
        int journalEntries = 0;
        int goals = 0;
        int feedbackRounds = 0;
    };

    explicit DemoGenerator(const SkillModel &model) : m_model(model) {}

    /// Writes the whole history in one transaction: all of it, or nothing.
    Result<Summary> generate(const Database &db, const Options &options) const;

private:
    /// Two feedback rounds of colleagues' answers, sealed as the form seals them, read from where
    /// the person was on each round's day.
    Status addFeedbackRounds(const Database &db, const Options &options,
                             const QList<std::pair<QDate, QHash<QString, double>>> &levels, Summary &summary) const;

    const SkillModel &m_model;
};

} // namespace tandem::core
