#pragma once

#include "exchangedata.h"
#include "skillmodel.h"

#include <QByteArray>

class QIODevice;
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

    /// One Markdown file written entry by entry to a device: the heading, the entries in the
    /// order added, and "No journal entries." when none was. singleFile() and perMonth() are
    /// these over a buffer; ExportWriter streams to the files.
    class Document final
    {
    public:
        Document(QIODevice &device, const QString &heading);
        void add(const JournalEntry &entry, const SkillModel &model);
        /// Ends the file (one line end at the end, not a blank line).
        void finish();
        /// False once a write to the device failed.
        bool ok() const { return m_ok; }

    private:
        void put(QByteArray bytes);

        QIODevice &m_device;
        bool m_empty = true;
        bool m_ok = true;
    };

    /// The heading of the single file ("Journal").
    static QString journalHeading();
    /// The heading of a month's file, from the date of its first entry.
    static QString monthHeading(const QDate &first);
    /// The local month an entry belongs to, "YYYY-MM" (its file is that plus ".md").
    static QString monthOf(const JournalEntry &entry);

    /// `text` as one line of Markdown inline text that renders as written: line breaks become
    /// spaces and Markdown's special characters are backslash-escaped.
    static QString escapeInline(const QString &text);

    /// Plain text (possibly several paragraphs) as Markdown that renders as written: each line
    /// kept (hard line breaks), paragraphs kept, and anything that would start a heading, list,
    /// quote, code block or table escaped.
    static QString escapeBlock(const QString &text);
};

} // namespace tandem::core
