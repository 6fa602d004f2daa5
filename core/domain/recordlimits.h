#pragma once

#include "assessment.h"
#include "goal.h"
#include "journalentry.h"
#include "result.h"

#include <QString>

namespace tandem::core {

/// The one set of limits on what one record may hold, enforced at every door: the repositories
/// that the app and tandem-cli write through, tandem-cli's own input checks, and every importer
/// (Tandem's JSON, RedNotebook, jrnl, and the repositories beneath them). Because the export
/// reader refuses exactly what these refuse, everything Tandem stores can be exported and
/// imported again. Lengths count UTF-16 code units, as QString::size() does: a character beyond
/// U+FFFF (most emoji) counts twice. docs/limits.md lists them.
class RecordLimits final
{
public:
    /// Any free text: a title, a body, a note, a goal's step, a setting's value.
    static constexpr qsizetype MaxTextLength = 10 * 1024 * 1024;
    /// One tag, a model version, a setting's name.
    static constexpr qsizetype MaxShortTextLength = 1000;
    /// An id from the skill model (a skill, contrast, area, statement, question or tip).
    static constexpr qsizetype MaxIdLength = 200;
    /// Tags on one journal entry.
    static constexpr qsizetype MaxTags = 1000;
    /// Links of one kind (skills, contrasts or shared areas) on one journal entry.
    static constexpr qsizetype MaxLinks = 1000;
    /// Questions, answers, drivers, skills and tips of one piece of advice, each.
    static constexpr qsizetype MaxAdviceItems = 1000;
    /// Answers in one assessment.
    static constexpr qsizetype MaxAnswers = 10'000;
    /// Steps of one goal.
    static constexpr qsizetype MaxSteps = 10'000;
    /// Records of one kind in one export file, and journal entries given as evidence for a goal.
    static constexpr qsizetype MaxRecords = 500'000;

    /// Refuses a journal entry with a text, tag, list or id beyond the limits, with one sentence
    /// naming the field and the limit: "the body is too long (10,485,761 characters; at most
    /// 10,485,760)".
    static Status check(const JournalEntry &entry);
    /// The same for a goal: title, why, target, steps and each step's text.
    static Status check(const Goal &goal);
    /// The same for an assessment: model version, note, number of answers and their ids.
    static Status check(const Assessment &assessment);
    /// The same for one setting; a setting also needs a name.
    static Status checkSetting(const QString &key, const QString &value);

    /// "the body is too long (N characters; at most M)" when text is longer than maxLength.
    static Status checkLength(const QString &text, const QString &field, qsizetype maxLength = MaxTextLength);
    /// "there are too many tags (N; at most M)" when there are more than maxCount.
    static Status checkCount(qsizetype count, const QString &what, qsizetype maxCount);

    /// A count as messages write it: "10,485,760", the same in every locale.
    static QString number(qint64 n);
};

} // namespace tandem::core
