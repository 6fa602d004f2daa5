#include "feedback.h"

#include "recordlimits.h"
#include "skillmodel.h"

#include <QCoreApplication>
#include <QSet>

namespace tandem::core {

namespace {

bool oneLine(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return false;
    }
    return true;
}

} // namespace

Status checkFeedbackRound(const FeedbackRound &round, const SkillModel &model)
{
    if (round.itemIds.isEmpty())
        return Error { QCoreApplication::translate("Feedback",
                                                   "A feedback round must ask about at least one skill or contrast.") };
    QSet<QString> fullItems;
    for (const Item &item : model.fullAssessmentItems())
        fullItems.insert(item.id);
    QSet<QString> seen;
    for (const QString &id : round.itemIds) {
        if (!fullItems.contains(id))
            return Error { QCoreApplication::translate(
                               "Feedback", "The statement “%1” is not one of the model's assessment statements.")
                               .arg(id.left(RecordLimits::MaxIdLength)) };
        if (seen.contains(id))
            return Error { QCoreApplication::translate("Feedback", "The statement “%1” is asked twice.").arg(id) };
        seen.insert(id);
    }
    if (round.askedBy.size() > FeedbackLimits::MaxAskedBy || !oneLine(round.askedBy))
        return Error { QCoreApplication::translate("Feedback",
                                                   "The name to ask about must be one line of at most %1 characters.")
                           .arg(FeedbackLimits::MaxAskedBy) };
    if (round.note.size() > FeedbackLimits::MaxNote)
        return Error { QCoreApplication::translate(
                           "Feedback", "The note to your colleagues is too long (%1 characters; at most %2).")
                           .arg(RecordLimits::number(round.note.size()),
                                RecordLimits::number(FeedbackLimits::MaxNote)) };
    if (round.invited && (*round.invited < 1 || *round.invited > FeedbackLimits::MaxInvited))
        return Error { QCoreApplication::translate("Feedback", "The number of people asked must be from 1 to %1.")
                           .arg(FeedbackLimits::MaxInvited) };
    return {};
}

Result<QStringList> feedbackItemsFor(const SkillModel &model, const QStringList &skillIds,
                                     const QStringList &contrastIds)
{
    for (const QString &id : skillIds) {
        if (!model.skill(id))
            return Error { QCoreApplication::translate("Feedback", "There is no skill “%1”.")
                               .arg(id.left(RecordLimits::MaxIdLength)) };
    }
    for (const QString &id : contrastIds) {
        if (!model.contrast(id))
            return Error { QCoreApplication::translate("Feedback", "There is no contrast “%1”.")
                               .arg(id.left(RecordLimits::MaxIdLength)) };
    }
    const bool all = skillIds.isEmpty() && contrastIds.isEmpty();
    QStringList items;
    for (const Skill &skill : model.skills) {
        if (all || skillIds.contains(skill.id)) {
            for (const Item &item : skill.items)
                items.append(item.id);
        }
    }
    for (const Contrast &contrast : model.contrasts) {
        if (all || contrastIds.contains(contrast.id)) {
            for (const Item &item : contrast.leadPole.items)
                items.append(item.id);
            for (const Item &item : contrast.managePole.items)
                items.append(item.id);
        }
    }
    return items;
}

} // namespace tandem::core
