#pragma once

#include "scoring.h"

#include <QDateTime>
#include <QUuid>

namespace tandem::core {

/// One completed self-assessment: a full one or a weekly pulse.
struct Assessment final
{
    qint64 id = 0;            ///< row id; 0 until stored
    QUuid uuid;               ///< stable across exports and imports
    AssessmentKind kind = AssessmentKind::Full;
    QString modelVersion;     ///< the skill model version the statements were shown from
    QDateTime startedAt;      ///< when the questionnaire was begun (UTC); invalid when not known
    QDateTime takenAt;        ///< when it was finished (UTC)
    QString note;
    Answers answers;
};

} // namespace tandem::core
