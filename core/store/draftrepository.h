#pragma once

#include "assessmentdraft.h"
#include "result.h"

#include <optional>

namespace tandem::core {

class Database;

/// Keeps unfinished assessments, so that a half-done one survives closing the app.
class DraftRepository final
{
public:
    explicit DraftRepository(const Database &db) : m_db(db) {}

    /// Stores the draft of its kind, replacing any earlier one.
    Status save(const AssessmentDraft &draft) const;
    /// The draft of a kind, or nothing when there is none.
    Result<std::optional<AssessmentDraft>> load(AssessmentKind kind) const;
    Status discard(AssessmentKind kind) const;

private:
    const Database &m_db;
};

} // namespace tandem::core
