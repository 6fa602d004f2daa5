#pragma once

#include "feedback.h"
#include "feedbackscoring.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

namespace tandem::core {

class Database;
class SkillModel;

/// What a round's results show: the gap rules over its responses (FeedbackResults), against which
/// of the user's assessments, and who chose to give their name.
struct FeedbackRoundResults final
{
    FeedbackRound round;
    FeedbackResults results;
    /// The full assessment "self" is: the newest taken up to the round's close (up to now while it
    /// is open). Nothing when there is none; then every gap's verdict is NoSelf or TooFewRaters.
    std::optional<qint64> selfAssessmentId;
    QDateTime selfTakenAt;
    /// The names raters chose to give, in alphabetical order, never beside any number.
    QStringList namedRaters;
};

/// Reads a round and its responses and applies the gap rules (docs/feedback.md); reads only.
/// The app and the CLI both use it, so they always agree.
class FeedbackService final
{
public:
    FeedbackService(const Database &db, const SkillModel &model) : m_db(db), m_model(model) { }

    /// The results of a round, judged now (`now` is the end of an open round).
    Result<FeedbackRoundResults> results(qint64 roundId, const QDateTime &now) const;

private:
    const Database &m_db;
    const SkillModel &m_model;
};

} // namespace tandem::core
