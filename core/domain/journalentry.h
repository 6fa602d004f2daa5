#pragma once

#include "advice.h"
#include "decision.h"
#include "mode.h"

#include <QDateTime>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace tandem::core {

/// A reflection on a real situation. Every text part is optional.
struct JournalEntry final
{
    qint64 id = 0;
    QUuid uuid;
    QDateTime occurredAt;  ///< when it happened
    QDateTime createdAt;
    QDateTime updatedAt;
    QString title;
    QString situation;
    Mode mode = Mode::Unset;
    QString outcome;
    std::optional<int> rating;  ///< 1..5, how it went
    QString feelings;
    QString learned;
    QString nextTime;
    QString body;               ///< free Markdown
    QStringList tags;
    QStringList skills;         ///< skill ids from the model
    QStringList contrasts;      ///< contrast ids
    QStringList areas;          ///< shared area ids
    std::optional<Advice> advice;  ///< the advisor's answer, if it was asked
    std::optional<Decision> decision;  ///< a decision to look back on, if it records one

    /// True when nothing was written or chosen: such an entry is not saved.
    bool isEmpty() const
    {
        for (const QString *text : {&title, &situation, &outcome, &feelings, &learned, &nextTime, &body}) {
            if (!text->trimmed().isEmpty())
                return false;
        }
        return mode == Mode::Unset && !rating && tags.isEmpty() && skills.isEmpty() && contrasts.isEmpty()
            && areas.isEmpty() && !advice && !decision;
    }
};

} // namespace tandem::core
