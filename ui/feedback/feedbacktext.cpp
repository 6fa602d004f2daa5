#include "feedbacktext.h"

#include "common/format.h"
#include "skillmodel.h"

#include <QCoreApplication>
#include <QLocale>

namespace tandem::ui::FeedbackText {

using namespace tandem::core;

QString verdict(GapVerdict verdict)
{
    switch (verdict) {
    case GapVerdict::TooFewRaters: return QCoreApplication::translate("FeedbackText", "Too few raters to show");
    case GapVerdict::NoSelf: return QCoreApplication::translate("FeedbackText", "No check-in to compare with");
    case GapVerdict::WithinNoise: return QCoreApplication::translate("FeedbackText", "Much the same");
    case GapVerdict::BlindSpot: return QCoreApplication::translate("FeedbackText", "Others see less (blind spot)");
    case GapVerdict::HiddenStrength:
        return QCoreApplication::translate("FeedbackText", "Others see more (hidden strength)");
    }
    return {};
}

QString scoreName(const ScoreGap &gap, const SkillModel &model)
{
    switch (gap.kind) {
    case GapKind::Skill: {
        const Skill *skill = model.skill(gap.id);
        return skill ? skill->name : gap.id;
    }
    case GapKind::Pole: {
        const Contrast *contrast = model.contrast(gap.id);
        return contrast ? contrast->pole(gap.role).name : gap.id;
    }
    case GapKind::Index:
        return gap.role == Role::Lead ? QCoreApplication::translate("FeedbackText", "Leadership (index)")
                                      : QCoreApplication::translate("FeedbackText", "Management (index)");
    }
    return gap.id;
}

std::optional<GoalTarget> goalTarget(const ScoreGap &gap)
{
    switch (gap.kind) {
    case GapKind::Skill: return GoalTarget::Skill;
    case GapKind::Pole: return gap.role == Role::Lead ? GoalTarget::LeadPole : GoalTarget::ManagePole;
    case GapKind::Index: return std::nullopt;
    }
    return std::nullopt;
}

QString roundTitle(const FeedbackRound &round)
{
    const QString day = QLocale().toString(round.createdAt.toLocalTime().date(), Format::mediumDateFormat());
    if (round.askedBy.isEmpty())
        return QCoreApplication::translate("FeedbackText", "Round of %1").arg(day);
    return QCoreApplication::translate("FeedbackText", "Round of %1 about %2").arg(day, round.askedBy);
}

QString responsesText(int responses, const std::optional<int> &invited)
{
    if (invited)
        return QCoreApplication::translate("FeedbackText", "%1 of %n responses", nullptr, *invited)
            .arg(QLocale().toString(responses));
    return QCoreApplication::translate("FeedbackText", "%n responses", nullptr, responses);
}

} // namespace tandem::ui::FeedbackText
