#pragma once

#include "reportstyle.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tandem::ui {

class ReportDocument;

/// The report's recurring pieces of text and layout: headings, paragraphs, notes, key figures,
/// and the small HTML helpers they share.
namespace ReportBlocks {

/// text with HTML's special characters escaped.
QString esc(const QString &text);
/// "30 November 2026" in the user's locale: the long format without the day of the week.
QString mediumDate(const QDate &date);
/// At most length characters of text on one line, cut at a word with an ellipsis.
QString elided(const QString &text, int length);
/// A score as a whole number; a change with its sign ("+12", "−3").
QString number(double value);
QString signedNumber(double value);

/// A paragraph with its spacing in points; extra is more CSS for its style attribute.
QString para(const ReportStyle &style, const QString &html, double before = 0, double after = 0,
             const QString &extra = {});
/// html in the style's muted colour.
QString muted(const ReportStyle &style, const QString &html);

/// A section heading with a rule, kept on the page of what follows it.
void heading(ReportDocument &doc, const QString &text);
/// A heading within a section, kept on the page of what follows it.
void subheading(ReportDocument &doc, const QString &text);
/// A block of HTML text.
void paragraph(ReportDocument &doc, const QString &html, double pointSize = 9.5);
/// A small muted explanation, plain text.
void note(ReportDocument &doc, const QString &text);

/// A key figure: a small label, a large value, and under it optionally a 0–100 bar or a note.
struct Tile final
{
    QString label;
    QString value;
    QColor colour; ///< of the value and the bar; ink when invalid
    std::optional<double> bar;
    QString note;
};
/// Key figures side by side, sharing the width.
void tiles(ReportDocument &doc, const QList<Tile> &list);

} // namespace ReportBlocks

} // namespace tandem::ui
