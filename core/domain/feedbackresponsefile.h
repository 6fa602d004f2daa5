#pragma once

#include "feedback.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace tandem::core {

/// A colleague's response file (resources/feedback/README.md, "The response it makes"): reading
/// it without trusting it, and its seal. The seal is an HMAC-SHA256 with the round's key over fixed
/// lines, not over the JSON, so the form's JavaScript and Tandem never have to agree on how numbers
/// or strings are written. It is not a signature: the key is in the form, so it shows only that a
/// file is exactly what a copy of the round's form made (not edited, not damaged on the way, not
/// for another round), never who made it.
class FeedbackResponseFile final
{
public:
    /// What a response file holds.
    struct Contents final
    {
        QUuid round; ///< the round the form was made for
        QString modelVersion; ///< the model whose statements the form asked
        FeedbackResponse response; ///< uuid, rater, answers (null = can't say) and the seal as written
    };

    static constexpr qsizetype MaxBytes = 64 * 1024;
    static constexpr qsizetype MaxAnswers = 1000;
    static constexpr int FormatVersion = 1;

    /// The seal of these contents with the round's key: base64url of the HMAC-SHA256 over the lines
    /// "tandem-feedback-response 1", "round …", "response …", "model …", "rater …" and one
    /// "<item> <1..5 or ->" per answer in the ids' order, each ending in a line feed.
    static QByteArray seal(const QByteArray &key, const Contents &contents);

    /// The contents of a response file, or one sentence naming fileName and the problem. Allows a
    /// byte-order mark, text around the response (pasted from a mail) and "> " quoting on every
    /// line; refuses more than MaxBytes, anything but the exact keys, values that are not null or a
    /// whole number 1 to 5 (4.0, "4" and true included), damaged ids or seal, more than MaxAnswers
    /// answers and a rater name that is too long or holds control characters or direction marks.
    static Result<Contents> read(const QByteArray &bytes, const QString &fileName);

    /// Whether a response that read() accepted belongs to this round and is exactly what its form
    /// made; the most specific problem first: another round, another model version, a statement the
    /// round did not ask, one it asked but the file lacks, no statement rated, the seal.
    static Status check(const Contents &contents, const FeedbackRound &round, const QString &fileName);
};

} // namespace tandem::core
