#pragma once

#include "journalentry.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tandem::core {

/// Which journal entries to list or search. Every part is optional; the parts combine with AND.
struct JournalFilter final
{
    QDate from;                  ///< first day, inclusive, in local time
    QDate to;                    ///< last day, inclusive, in local time
    QString skill;               ///< a skill id the entry involves
    std::optional<Mode> mode;    ///< what I did (Mode::Unset: entries that do not say)
    QString tag;                 ///< a tag, whatever its letter case
    std::optional<int> minRating;
    std::optional<int> maxRating;

    bool isEmpty() const
    {
        return !from.isValid() && !to.isValid() && skill.isEmpty() && !mode && tag.isEmpty() && !minRating && !maxRating;
    }
};

} // namespace tandem::core
