#pragma once

#include "mode.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace tandem::core {

struct JournalEntry;

/// Whether what the user expected of a decision came to pass.
enum class Held { Yes, Partly, No };

/// "yes", "partly" or "no", as stored and as the CLI takes it; nullopt for anything else.
QString heldKey(Held held);
std::optional<Held> heldFromKey(const QString &key);

/// What the user found when they looked back at a decision.
struct DecisionReview final
{
    QDateTime reviewedAt;
    QString outcome;              ///< what happened, in their words
    Mode actualMode = Mode::Unset;  ///< the mode they actually used
    Held held = Held::Partly;     ///< whether the expectation held

    friend bool operator==(const DecisionReview &, const DecisionReview &) = default;
};

/// A decision a journal entry records, to be looked back on: what the user expects to happen,
/// how sure they are, and when to review it (see docs/scoring.md, "Decisions and calibration").
struct Decision final
{
    QString expectation;
    std::optional<int> confidence;  ///< percent, 0..100: how sure they are the expectation holds
    QDate reviewOn;                 ///< when to look back (the app offers four weeks on)
    std::optional<DecisionReview> review;  ///< set once reviewed

    /// The review date a new decision made on `day` gets unless the user picks another.
    static QDate defaultReviewDate(const QDate &day) { return day.addDays(28); }

    friend bool operator==(const Decision &, const Decision &) = default;
};

/// True when the review of a decision is due on `today`: not reviewed yet, and its date reached.
inline bool isReviewDue(const Decision &decision, const QDate &today)
{
    return !decision.review && decision.reviewOn.isValid() && decision.reviewOn <= today;
}

/// Whether what the user did followed the advisor's lean: leading for "lead", managing for
/// "manage", both for "blend". nullopt when there was no advice or no mode to compare.
std::optional<bool> followedAdvice(const JournalEntry &entry);

} // namespace tandem::core
