#pragma once

#include "result.h"
#include "scoring.h"

#include <QStringList>

namespace tandem::core {

class SkillModel;

/// Checks answers before they are stored, so that nothing half-valid reaches the database.
class AnswerValidator final
{
public:
    explicit AnswerValidator(const SkillModel &model) : m_model(model) {}

    /// The statement ids an assessment of this kind asks, in the order they are shown.
    QStringList requiredItems(AssessmentKind kind) const;

    /// The required statements that have no valid answer (1..5), in the order they are shown.
    QStringList missingItems(AssessmentKind kind, const Answers &answers) const;

    /// Success, or one sentence naming the first statement id or field that is wrong: an id the
    /// model does not know, an id from the other kind, a value outside 1..5, or missing answers.
    Status validate(AssessmentKind kind, const Answers &answers) const;

private:
    const SkillModel &m_model;
};

} // namespace tandem::core
