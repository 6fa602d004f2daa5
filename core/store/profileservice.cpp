#include "profileservice.h"

#include "answervalidator.h"
#include "assessmentrepository.h"
#include "scorecache.h"
#include "skillmodel.h"

#include <algorithm>

namespace tandem::core {

Result<AssessmentResult> ProfileService::resultFor(const Assessment &assessment) const
{
    const Scorer scorer(m_model);
    AssessmentResult result;
    result.assessment = assessment;
    result.profile = scorer.score(assessment.answers, assessment.kind);
    auto previous = AssessmentRepository(m_db).previous(assessment);
    if (!previous)
        return Error{previous.error()};
    if (previous.value()) {
        result.previousProfile = scorer.score(previous.value()->answers, assessment.kind);
        result.changes = scorer.compare(*result.previousProfile, result.profile);
        Assessment before = *previous.value();
        before.answers.clear();
        result.previous = before;
    }
    return result;
}

Result<AssessmentResult> ProfileService::result(qint64 id) const
{
    auto assessment = AssessmentRepository(m_db).get(id);
    if (!assessment)
        return Error{assessment.error()};
    return resultFor(assessment.value());
}

Result<std::optional<AssessmentResult>> ProfileService::latest(AssessmentKind kind) const
{
    auto assessment = AssessmentRepository(m_db).latest(kind);
    if (!assessment)
        return Error{assessment.error()};
    if (!assessment.value())
        return std::optional<AssessmentResult>();
    auto result = resultFor(*assessment.value());
    if (!result)
        return Error{result.error()};
    return std::optional<AssessmentResult>(std::move(result).value());
}

Result<QList<HistoryPoint>> ProfileService::history(std::optional<AssessmentKind> kind, const QDateTime &from,
                                                    const QDateTime &to) const
{
    // Stored scores; the few without a valid one are scored on the way (ScoreCache).
    auto scored = ScoreCache(m_db, m_model).history(kind, from, to);
    if (!scored)
        return Error { scored.error() };
    QList<HistoryPoint> points;
    points.reserve(scored.value().size());
    for (ScoredAssessment &s : scored.value())
        points.append(
            { s.assessment.id, s.assessment.uuid, s.assessment.kind, s.assessment.takenAt, std::move(s.profile) });
    return points;
}

} // namespace tandem::core
