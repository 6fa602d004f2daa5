#pragma once

#include "advice.h"
#include "journalentry.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace tandem::core {

/// One line of the journal list or of search results: enough to show, not the whole entry.
struct JournalSummary final
{
    /// Marks around a matched word in snippet (private-use characters, never typed by people).
    static constexpr char16_t MatchStart = u'\uE000';
    static constexpr char16_t MatchEnd = u'\uE001';

    qint64 id = 0;
    QDateTime occurredAt;
    QString title;
    Mode mode = Mode::Unset;
    std::optional<int> rating;
    std::optional<Lean> adviceLean;
    QString preview;  ///< the start of the situation, else of the body (list)
    QString snippet;  ///< the best-matching passage with MatchStart/MatchEnd around matches (search)

    /// The snippet with the marks replaced by open and close (e.g. "[" and "]").
    QString markedSnippet(const QString &open, const QString &close) const
    {
        QString text = snippet;
        text.replace(QChar(MatchStart), open);
        text.replace(QChar(MatchEnd), close);
        return text;
    }
};

} // namespace tandem::core
