#pragma once

#include "feedback.h"
#include "feedbackscoring.h"
#include "goal.h"

#include <QString>

namespace tandem::core {
class SkillModel;
}

namespace tandem::ui {

/// What the feedback pages share: the words for a gap's verdict, a score's name, a round's title.
namespace FeedbackText {

/// "Others see less", "Others see more", "Much the same", …: a verdict in plain words.
QString verdict(core::GapVerdict verdict);

/// The skill's name, the pole's name, or "Leadership" / "Management" for an index.
QString scoreName(const core::ScoreGap &gap, const core::SkillModel &model);

/// The goal target of a skill's or a pole's gap (an index has none).
std::optional<core::GoalTarget> goalTarget(const core::ScoreGap &gap);

/// "Round of 7 Dec 2026", or "Round of 7 Dec 2026 about Ada" when it asks about a name.
QString roundTitle(const core::FeedbackRound &round);

/// "2 of 5 responses" (of those invited), or "2 responses".
QString responsesText(int responses, const std::optional<int> &invited);

} // namespace FeedbackText

} // namespace tandem::ui
