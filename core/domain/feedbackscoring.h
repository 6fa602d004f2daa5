#pragma once

// Self against others (issue 18, docs/feedback.md "Self against others: the gap rules"): the
// colleagues' mean of a skill, a pole or an index, set against the user's own score and judged
// against the noise of both, so that only a gap larger than measurement noise is called real.
#include "scoring.h"
#include "skillmodel.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace tandem::core {

/// What a gap between self and others says.
enum class GapVerdict {
    TooFewRaters, ///< fewer than FeedbackLimits::MinRaters raters: nothing about others is shown
    NoSelf, ///< others are shown, but there is no self score to set against them
    WithinNoise, ///< |others − self| is within the noise of both
    BlindSpot, ///< others see clearly less than self does
    HiddenStrength ///< others see clearly more than self does
};

/// "too-few-raters", "no-self", "within-noise", "blind-spot" or "hidden-strength", for JSON.
QString gapVerdictKey(GapVerdict verdict);

/// Which kind of score a gap is about; it decides the noise rule (ChangeRules::Skill, Pole, Index).
enum class GapKind { Skill, Pole, Index };

/// The ChangeRule whose SEM the gap rules use for a kind of score.
const ChangeRule &gapRuleFor(GapKind kind);

/// Self against others for one skill, one contrast pole or one role index.
struct ScoreGap final
{
    QString id; ///< the skill id, the contrast id (see `role` for the pole), "leadership" or "management"
    GapKind kind = GapKind::Skill;
    Role role = Role::Lead; ///< the skill's role, the pole's end, or the index's role
    std::optional<double> self; ///< the user's own score, when there is a self assessment that scores it
    int raters = 0; ///< how many raters have a score here (a rater may say "can't say")
    std::optional<double> othersMean; ///< M, only from FeedbackLimits::MinRaters raters on
    std::optional<double> othersSpread; ///< s (sample SD, n − 1), only from MinRaters raters on
    double threshold = 0; ///< T: a gap is real when |M − S| > T; 0 with too few raters
    GapVerdict verdict = GapVerdict::TooFewRaters;
    bool disagree = false; ///< the raters differ more than noise would make them (s > 2 · SEM)

    /// G = M − S: positive when others see more; nothing without both.
    std::optional<double> gap() const;
};

/// The mean of one statement's answers, given only when MinRaters raters or more rated it.
struct StatementMean final
{
    QString itemId;
    int raters = 0;
    double meanAnswer = 0; ///< on the 1..5 scale, as the statement is worded
    double meanScore = 0; ///< on 0–100, reverse-keyed statements turned round (Scorer::itemScore)
};

/// Everything the gap rules say about one round. Nothing in it comes from fewer than
/// FeedbackLimits::MinRaters raters, and no minimum or maximum is given, so no single answer shows.
struct FeedbackResults final
{
    QList<ScoreGap> skills; ///< each skill the round asked, in the model's order
    QList<ScoreGap> poles; ///< each pole asked: per contrast the leading, then the managing end
    std::optional<ScoreGap> leadership; ///< when the round asked at least three of the four leading skills
    std::optional<ScoreGap> management; ///< likewise for the managing skills
    int responses = 0; ///< how many responses were scored
    QList<StatementMean> statements; ///< in the round's order; only statements rated by MinRaters or more
};

/// A response's answers as stored: statement → 1..5, nothing for "can't say".
using FeedbackAnswers = QMap<QString, std::optional<int>>;

/// Scores a round: each rater's score per skill, pole and index from the statements the round
/// asked (`itemIds`), the others' mean and spread, and the gap to `self` (the answers of the
/// user's full assessment, when there is one), following docs/feedback.md.
FeedbackResults scoreFeedback(const SkillModel &model, const QStringList &itemIds,
                              const QList<FeedbackAnswers> &responses, const std::optional<Answers> &self);

/// The standard error of the others' mean of `raters` raters with spread `spread`:
/// √(max(s², SEM²) / n), never better than n measurements with the rule's SEM.
double othersStandardError(const ChangeRule &rule, int raters, double spread);

/// T = 1.96 · √(SEM² + SE_others²): the smallest real gap between self and `raters` others.
double gapThreshold(const ChangeRule &rule, int raters, double spread);

/// Whether the others' mean of the same score moved between two rounds:
/// |M_after − M_before| > 1.96 · √(SE_before² + SE_after²). Nothing when either round has too few
/// raters, or when the two gaps are not about the same score.
std::optional<Change> othersChanged(const ScoreGap &before, const ScoreGap &after);

} // namespace tandem::core
