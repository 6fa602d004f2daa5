#pragma once

#include "assessment.h"
#include "result.h"
#include "scoring.h"

#include <QList>

#include <optional>

namespace tandem::core {

class Database;
class SkillModel;

/// One assessment with everything computed from it.
struct AssessmentResult final
{
    Assessment assessment;
    Profile profile;
    /// The assessment of the same kind just before, when there is one (without its answers).
    std::optional<Assessment> previous;
    std::optional<Profile> previousProfile;
    /// Changes since the previous assessment of the same kind, judged by the meaningful-change rule.
    ProfileChanges changes;
};

/// A point of the history: an assessment's time and scores (answers are not kept).
struct HistoryPoint final
{
    qint64 id = 0;
    QUuid uuid;
    AssessmentKind kind = AssessmentKind::Full;
    QDateTime takenAt;
    Profile profile;
};

/// Turns stored answers into results and history (recording goes through the Workspace). Between the store
/// and the screens: the app and the CLI both use it, so they always agree.
class ProfileService final
{
public:
    ProfileService(const Database &db, const SkillModel &model) : m_db(db), m_model(model) {}


    /// The result of one stored assessment, with the change since the one before it.
    Result<AssessmentResult> result(qint64 id) const;

    /// The result of the newest assessment of a kind; nothing when there is none.
    Result<std::optional<AssessmentResult>> latest(AssessmentKind kind) const;

    /// Every assessment of a kind (or both), oldest first, with its profile; only those taken from
    /// `from` up to, not including, `to` when those are valid. Profiles come from the stored scores.
    Result<QList<HistoryPoint>> history(std::optional<AssessmentKind> kind = std::nullopt, const QDateTime &from = {},
                                        const QDateTime &to = {}) const;

private:
    Result<AssessmentResult> resultFor(const Assessment &assessment) const;

    const Database &m_db;
    const SkillModel &m_model;
};

} // namespace tandem::core
