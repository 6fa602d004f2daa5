#pragma once

#include "assessment.h"
#include "result.h"
#include "scoring.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace tandem::core {

class Database;
class SkillModel;

/// An assessment (without its answers) and its profile.
struct ScoredAssessment final
{
    Assessment assessment;
    Profile profile;
};

/// Each assessment's profile, computed once and kept in assessment_scores: the only writer of
/// that table. A stored profile counts only while it was made with this model's version and
/// Scorer::Version (docs/data-model.md). Reads never write: an assessment without a valid stored
/// profile is scored from its answers and returned, so a read-only store, a store just upgraded
/// and one scored by an older build all give the same numbers. fill() brings the rows up to date.
class ScoreCache final
{
public:
    ScoreCache(const Database &db, const SkillModel &model) : m_db(db), m_model(model) { }

    /// Scores the assessment by its answers and stores the profile under the row id, replacing
    /// what was there; in the caller's transaction, so that an assessment and its scores are
    /// stored together.
    Status store(qint64 id, const Assessment &assessment) const;

    /// The assessments of a kind (or of both) taken from `from` up to, not including, `to`
    /// (an invalid time leaves that end open), oldest first, with their profiles.
    Result<QList<ScoredAssessment>> history(std::optional<AssessmentKind> kind, const QDateTime &from = {},
                                            const QDateTime &to = {}) const;

    /// A page of assessments, newest first, with their profiles (for history lists).
    Result<QList<ScoredAssessment>> page(std::optional<AssessmentKind> kind, int limit, int offset) const;

    /// True when some assessment has no valid stored profile.
    Result<bool> needsFill() const;

    /// Scores and stores up to `limit` assessments whose profile is missing or stale, in one
    /// transaction; gives how many. Nothing is written when none is.
    Result<int> fill(int limit) const;

    /// How many assessments the last history() or page() on this thread had to score from their
    /// answers because no valid profile was stored (0 when every one was).
    static int lastScoredCount();

    /// The stored form of a profile: compact JSON whose numbers read back to the same doubles.
    static QString encode(const Profile &profile);
    /// A stored profile read back; nothing when the text is not one encode() wrote.
    static std::optional<Profile> decode(const QString &text, AssessmentKind kind);
    /// The same from the UTF-8 bytes, as the store gives them.
    static std::optional<Profile> decode(const QByteArray &text, AssessmentKind kind);

private:
    Result<QList<ScoredAssessment>> read(const QString &where, const QVariantMap &bindings, const QString &tail) const;

    const Database &m_db;
    const SkillModel &m_model;
};

} // namespace tandem::core
