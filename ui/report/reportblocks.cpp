#include "reportblocks.h"

#include "reportcharts.h"
#include "reportdocument.h"

#include <QLocale>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace tandem::ui::ReportBlocks {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString mediumDate(const QDate &date)
{
    static const QRegularExpression weekday(QStringLiteral("dddd[,.]?\\s*|[,\\s]*dddd"));
    QString format = QLocale().dateFormat(QLocale::LongFormat);
    format.remove(weekday);
    return QLocale().toString(date, format.trimmed());
}

QString elided(const QString &text, int length)
{
    const QString simple = text.simplified();
    if (simple.size() <= length)
        return simple;
    QString cut = simple.left(length);
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > length / 2)
        cut.truncate(space);
    return cut + QStringLiteral("\u2026");
}

QString number(double value)
{
    return QString::number(std::lround(value));
}

QString signedNumber(double value)
{
    const long v = std::lround(value);
    // U+2212 MINUS SIGN reads better than a hyphen.
    return v > 0 ? QStringLiteral("+%1").arg(v) : v < 0 ? QStringLiteral("\u2212%1").arg(-v) : QStringLiteral("0");
}

QString para(const ReportStyle &style, const QString &html, double before, double after, const QString &extra)
{
    return QStringLiteral("<p style=\"margin-top:%1px; margin-bottom:%2px;%3\">%4</p>")
        .arg(style.px(before))
        .arg(style.px(after))
        .arg(extra, html);
}

QString muted(const ReportStyle &style, const QString &html)
{
    return QStringLiteral("<span style=\"color:%1;\">%2</span>").arg(style.muted.name(), html);
}

void heading(ReportDocument &doc, const QString &text)
{
    const ReportStyle s = doc.style();
    const QFont font = s.font(16, true);
    const double textHeight = doc.metrics(font).height();
    doc.addSpace(18);
    doc.addBlock(textHeight + s.pt(10), [text, font, textHeight, s](QPainter &painter, const QRectF &rect) {
        painter.setFont(font);
        painter.setPen(s.ink);
        painter.drawText(QRectF(0, 0, rect.width(), textHeight), Qt::AlignLeft | Qt::AlignVCenter, text);
        // A short rule in the two roles' colours, leading and managing side by side.
        const double y = textHeight + s.pt(3);
        painter.fillRect(QRectF(0, y, s.pt(28), s.pt(2.2)), s.lead);
        painter.fillRect(QRectF(s.pt(28), y, s.pt(28), s.pt(2.2)), s.manage);
        painter.fillRect(QRectF(s.pt(56), y + s.pt(1.6), rect.width() - s.pt(56), s.pt(0.6)), s.rule);
    });
    doc.keepWithNext();
    doc.addSpace(6);
}

void subheading(ReportDocument &doc, const QString &text)
{
    const ReportStyle s = doc.style();
    const QFont font = s.font(11, true);
    const double textHeight = doc.metrics(font).height();
    doc.addSpace(12);
    doc.addBlock(textHeight + s.pt(4), [text, font, s](QPainter &painter, const QRectF &rect) {
        painter.setFont(font);
        painter.setPen(s.ink);
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop, text);
    });
    doc.keepWithNext();
}

void paragraph(ReportDocument &doc, const QString &html, double pointSize)
{
    doc.addHtml(para(doc.style(), html), pointSize);
}

void note(ReportDocument &doc, const QString &text)
{
    doc.addSpace(4);
    doc.addHtml(para(doc.style(), muted(doc.style(), esc(text))), 8);
}

void tiles(ReportDocument &doc, const QList<Tile> &list)
{
    if (list.isEmpty())
        return;
    const ReportStyle s = doc.style();
    const QFont labelFont = s.font(8);
    const QFont valueFont = s.font(18, true);
    const double labelHeight = doc.metrics(labelFont).height();
    const double valueHeight = doc.metrics(valueFont).height();
    const bool extraLine
        = std::any_of(list.cbegin(), list.cend(), [](const Tile &tile) { return tile.bar || !tile.note.isEmpty(); });
    const double pad = s.pt(8);
    // A bar or a note goes under the value; they share one line.
    const double extra = extraLine ? std::max(s.pt(9), labelHeight) : 0;
    doc.addBlock(pad + labelHeight + valueHeight + extra + pad, [=](QPainter &painter, const QRectF &rect) {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing);
        const double gap = s.pt(8);
        const double w = (rect.width() - gap * double(list.size() - 1)) / double(list.size());
        for (qsizetype i = 0; i < list.size(); ++i) {
            const Tile &tile = list.at(i);
            const QColor colour = tile.colour.isValid() ? tile.colour : s.ink;
            const QRectF box(double(i) * (w + gap), 0, w, rect.height());
            painter.setPen(Qt::NoPen);
            painter.setBrush(s.panel);
            painter.drawRoundedRect(box, s.pt(4), s.pt(4));
            const QRectF inner = box.adjusted(pad, pad, -pad, -pad);
            double y = inner.top();
            painter.setFont(labelFont);
            painter.setPen(s.muted);
            painter.drawText(QRectF(inner.left(), y, inner.width(), labelHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             tile.label);
            y += labelHeight;
            // A long value (a date, a big number) gets a smaller size rather than being cut.
            QFont fitted = valueFont;
            const double wide = QFontMetricsF(valueFont, painter.device()).horizontalAdvance(tile.value);
            if (wide > inner.width())
                fitted.setPointSizeF(valueFont.pointSizeF() * inner.width() / wide);
            painter.setFont(fitted);
            painter.setPen(colour);
            painter.drawText(QRectF(inner.left(), y, inner.width(), valueHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             tile.value);
            y += valueHeight;
            if (tile.bar) {
                ReportCharts::bar(painter, s, QRectF(inner.left(), y + s.pt(2), inner.width(), s.pt(5)), *tile.bar, 100,
                                  colour);
            } else if (!tile.note.isEmpty()) {
                painter.setFont(labelFont);
                painter.setPen(s.muted);
                painter.drawText(QRectF(inner.left(), y, inner.width(), labelHeight), Qt::AlignLeft | Qt::AlignVCenter,
                                 tile.note);
            }
        }
        painter.restore();
    });
}

} // namespace tandem::ui::ReportBlocks
