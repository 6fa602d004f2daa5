#pragma once

#include "assessment.h"
#include "result.h"

#include <QList>

namespace tandem::core {

class Database;

/// Stores and reads assessments with their answers. The only place that writes their SQL.
class AssessmentRepository final
{
public:
    explicit AssessmentRepository(const Database &db) : m_db(db) {}

    /// Inserts the assessment and its answers in the caller's transaction, or in one of its own
    /// when none is open. Gives the new row id. A null uuid gets a fresh one.
    Result<qint64> add(const Assessment &assessment) const;

    Result<int> count(std::optional<AssessmentKind> kind = std::nullopt) const;

    /// All assessments of a kind (or of both), newest first, with their answers.
    Result<QList<Assessment>> list(std::optional<AssessmentKind> kind = std::nullopt) const;

private:
    const Database &m_db;
};

} // namespace tandem::core
