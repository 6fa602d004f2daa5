#pragma once

#include "scoring.h"

#include <QDateTime>

namespace tandem::core {

/// An assessment the user has begun but not finished. There is at most one per kind.
struct AssessmentDraft final
{
    AssessmentKind kind = AssessmentKind::Full;
    QString modelVersion;
    QDateTime startedAt;
    QDateTime updatedAt;
    int position = 0;   ///< the screen the user was on
    QString note;
    Answers answers;
};

} // namespace tandem::core
