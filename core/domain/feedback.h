#pragma once

// Colleagues' feedback (issue 18, docs/feedback.md): a round asks chosen statements of the skill
// model, in their observer wording, through a self-contained HTML form; each colleague's answers
// come back as a sealed response file.
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace tandem::core {

class SkillModel;

/// One round of asking colleagues.
struct FeedbackRound final
{
    qint64 id = 0;
    QUuid uuid; ///< the round id in the form and in every response to it
    QDateTime createdAt;
    QString modelVersion; ///< the model whose statements were asked
    QString askedBy; ///< optional: the form asks "How do you see <askedBy> at work?"
    QString note; ///< optional note to the raters, shown on the form
    QByteArray sealKey; ///< 32 random bytes (base64url in the store and the form): a response's seal is an HMAC with it
    QStringList itemIds; ///< the statements asked, in the form's order
    std::optional<int> invited; ///< optional: how many people were asked
    std::optional<QDateTime> closedAt; ///< set when the user closes the round
};

/// One colleague's answers to a round, as read from their response file.
struct FeedbackResponse final
{
    qint64 id = 0;
    QUuid uuid; ///< made by the form: the same response imported twice is a duplicate
    qint64 roundId = 0;
    QString rater; ///< empty when the colleague answered anonymously
    QDateTime receivedAt; ///< when it was imported (the file carries no time)
    QByteArray
        seal; ///< the seal as the file writes it (base64url text), kept so that an export gives back a file that checks
    QMap<QString, std::optional<int>> answers; ///< every statement asked → 1..5, or std::nullopt for "can't say"
};

/// The limits of a round and of a response.
struct FeedbackLimits final
{
    static constexpr qsizetype MaxAskedBy = 100; ///< UTF-16 units, one line
    static constexpr qsizetype MaxNote = 4000;
    static constexpr qsizetype MaxRater = 100; ///< UTF-16 units, one line
    static constexpr qsizetype SealKeyBytes = 32;
    static constexpr int MaxInvited = 1000;
    /// Others' scores are shown only from this many raters on, so that no one answer shows.
    static constexpr int MinRaters = 3;
};

/// Refuses a round that asks nothing, asks a statement the model does not have (or a pulse
/// statement), asks one twice, or has a name, note or invited count beyond the limits; one plain
/// sentence naming the problem.
Status checkFeedbackRound(const FeedbackRound &round, const SkillModel &model);

/// The statements of the chosen skills (all of each) and contrasts (both poles of each), in the
/// full assessment's order; every statement when both lists are empty. An unknown id is an error
/// naming it.
Result<QStringList> feedbackItemsFor(const SkillModel &model, const QStringList &skillIds,
                                     const QStringList &contrastIds);

} // namespace tandem::core
