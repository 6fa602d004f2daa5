#pragma once

#include "feedback.h"
#include "result.h"

#include <QByteArray>

namespace tandem::core {

class SkillModel;

/// The self-contained HTML form a feedback round gives to colleagues: the template
/// resources/feedback/form.html (compiled in) with the round's data and texts filled in, in the
/// language Tandem speaks when it writes the form. resources/feedback/README.md is its contract.
class FeedbackForm final
{
public:
    /// The form of a round, or an error: the round is from another model version, or is not a valid
    /// round (checkFeedbackRound). The same round and language give the same bytes.
    static Result<QByteArray> html(const FeedbackRound &round, const SkillModel &model);

    /// The same with another template; one that lacks a placeholder, or holds one twice, is refused.
    static Result<QByteArray> html(const FeedbackRound &round, const SkillModel &model, const QByteArray &templateHtml);
};

} // namespace tandem::core
