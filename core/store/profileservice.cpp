#include "profileservice.h"

#include "answervalidator.h"
#include "assessmentrepository.h"
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

Result<QList<HistoryPoint>> ProfileService::history(std::optional<AssessmentKind> kind) const
{
    auto all = AssessmentRepository(m_db).list(kind);
    if (!all)
        return Error{all.error()};
    const Scorer scorer(m_model);
    QList<HistoryPoint> points;
    points.reserve(all.value().size());
    // list() is newest first; history reads oldest first.
    for (auto it = all.value().crbegin(); it != all.value().crend(); ++it)
        points.append({it->id, it->uuid, it->kind, it->takenAt, scorer.score(it->answers, it->kind)});
    return points;
}

} // namespace tandem::core
