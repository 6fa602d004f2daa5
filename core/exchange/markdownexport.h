#pragma once

#include "exchangedata.h"
#include "skillmodel.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace tandem::core {

/// The journal as readable Markdown (UTF-8, LF line ends), oldest entry first: a heading per
/// entry with its local date and title, the template parts that are filled, the body as written,
/// tags, the skills, contrasts and areas by their names in `model`, and the advisor's lean.
/// Text that would break the structure (a title starting with '#', a line of the situation
/// starting with '-' …) is escaped; the body is Markdown already and is kept as it is.
/// See docs/export-format.md, "Markdown".
class MarkdownExport final
{
public:
    /// The whole journal in one file.
    static QByteArray singleFile(const ExchangeData &data, const SkillModel &model);

    /// One file per local month that has entries, named "YYYY-MM.md".
    static QMap<QString, QByteArray> perMonth(const ExchangeData &data, const SkillModel &model);

    /// `text` as one line of Markdown inline text that renders as written: line breaks become
    /// spaces and Markdown's special characters are backslash-escaped.
    static QString escapeInline(const QString &text);

    /// Plain text (possibly several paragraphs) as Markdown that renders as written: each line
    /// kept (hard line breaks), paragraphs kept, and anything that would start a heading, list,
    /// quote, code block or table escaped.
    static QString escapeBlock(const QString &text);
};

} // namespace tandem::core
