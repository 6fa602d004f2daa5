#pragma once

#include "decision.h"
#include "feedbackservice.h"
#include "goal.h"
#include "journalentry.h"
#include "profileservice.h"
#include "progressdata.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>

#include <array>
#include <optional>

namespace tandem::core {
class Clock;
class Database;
class SkillModel;
} // namespace tandem::core

namespace tandem::ui {

/// Everything the progress report shows, read from the store in one go before any painting.
struct ReportData final
{
    /// At most this many active goals, and this many of the latest done ones, are listed.
    static constexpr int MaxGoals = 12;
    static constexpr int MaxDoneGoals = 10;
    /// How many "what I learned" lines the report quotes, newest first.
    static constexpr int MaxLessons = 8;
    /// Trend charts show at most this many points; more assessments are grouped by period.
    static constexpr int MaxTrendPoints = 60;

    struct Lesson
    {
        QDateTime occurredAt;
        QString title;
        QString learned;
    };

    QDateTime generatedAt; ///< local time
    QDate firstDay; ///< the period covered; invalid when the store holds nothing
    QDate lastDay;

    int fullAssessments = 0;
    int pulses = 0;
    QDate firstFull; ///< the first and the latest full assessment's day
    QDate lastFull;
    std::optional<core::AssessmentResult> latestFull;
    std::optional<core::ContrastPoles> poles;
    core::Trend trend; ///< full assessments

    QList<core::Goal> activeGoals; ///< active, then paused; each soonest due first; at most MaxGoals
    QList<core::Goal> doneGoals; ///< latest done first, at most MaxDoneGoals
    int goalsActive = 0;
    int goalsPaused = 0;
    int goalsDone = 0;
    int goalsDropped = 0;

    /// How often what the user expected of a decision held, counting a decision that partly
    /// held as half.
    struct Verdicts
    {
        int count = 0;
        int held = 0;
        int partly = 0;
        int notHeld = 0;
        double confidenceSum = 0; ///< of those with a confidence (calibration bands only)

        void add(core::Held verdict);
        /// 0–100, or nullopt while there is nothing to count.
        std::optional<double> heldPercent() const;
    };
    /// A level of confidence, for calibration: "when you were 70–79 % sure" (levels of 10 %, as
    /// on the Progress page).
    struct ConfidenceBand
    {
        int low = 0;
        int high = 100;
        Verdicts verdicts;
    };
    /// The decisions journal entries record, and what the reviews found.
    struct Decisions
    {
        int recorded = 0;
        int open = 0; ///< not reviewed yet
        int due = 0; ///< not reviewed, and the review date reached
        Verdicts reviewed;
        QList<ConfidenceBand> bands; ///< low to high confidence; reviewed decisions with a confidence
        Verdicts followed; ///< the advisor was asked, and what was done followed its lean
        Verdicts notFollowed; ///< the advisor was asked, and something else was done
        Verdicts noAdvice;
    };
    Decisions decisions;

    int journalEntries = 0;
    QDate firstEntry;
    QDate lastEntry;
    QMap<QDate, int> entriesPerMonth; ///< first day of the month → entries; every month in range
    std::array<int, 4> entriesByMode {}; ///< indexed by core::Mode
    core::AdviceOutcomes outcomes;
    QList<Lesson> lessons; ///< newest first

    int feedbackRounds = 0;
    /// The newest feedback round that enough colleagues answered to show their view
    /// (FeedbackLimits::MinRaters), with its results.
    std::optional<core::FeedbackRoundResults> feedback;

    /// True when there is nothing at all to report.
    bool isEmpty() const
    {
        return fullAssessments == 0 && pulses == 0 && journalEntries == 0 && goalsActive == 0 && goalsPaused == 0
            && goalsDone == 0 && goalsDropped == 0 && feedbackRounds == 0;
    }

    /// Reads the report's data; the first error stops it. Goals and the journal come from one
    /// snapshot of the whole store (ExchangeRepository), the scores from ProfileService and
    /// ProgressData, so that they agree with the app's pages.
    static core::Result<ReportData> read(const core::Database &db, const core::SkillModel &model,
                                         const core::Clock &clock);
};

} // namespace tandem::ui
