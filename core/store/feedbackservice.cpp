#include "feedbackservice.h"

#include "assessmentrepository.h"
#include "feedbackrepository.h"
#include "skillmodel.h"

#include <QCollator>

#include <algorithm>

namespace tandem::core {

Result<FeedbackRoundResults> FeedbackService::results(qint64 roundId, const QDateTime &now) const
{
    const FeedbackRepository repository(m_db);
    auto round = repository.round(roundId);
    if (!round)
        return round.failure();
    auto responses = repository.responses(roundId);
    if (!responses)
        return responses.failure();

    FeedbackRoundResults out;
    out.round = std::move(round).value();
    const QDateTime upTo = out.round.closedAt.value_or(now);
    auto self = AssessmentRepository(m_db).latestUpTo(AssessmentKind::Full, upTo);
    if (!self)
        return self.failure();
    std::optional<Answers> selfAnswers;
    if (self.value()) {
        out.selfAssessmentId = self.value()->id;
        out.selfTakenAt = self.value()->takenAt;
        selfAnswers = self.value()->answers;
    }
    QList<FeedbackAnswers> answers;
    answers.reserve(responses.value().size());
    for (const FeedbackResponse &response : std::as_const(responses.value())) {
        answers.append(response.answers);
        if (!response.rater.isEmpty())
            out.namedRaters.append(response.rater);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(out.namedRaters.begin(), out.namedRaters.end(),
              [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    out.results = scoreFeedback(m_model, out.round.itemIds, answers, selfAnswers);
    return out;
}

} // namespace tandem::core
