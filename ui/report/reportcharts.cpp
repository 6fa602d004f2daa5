#include "reportcharts.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tandem::ui::ReportCharts {

namespace {

QColor withAlpha(QColor colour, double alpha)
{
    colour.setAlphaF(static_cast<float>(alpha));
    return colour;
}

QString monthLabel(const QDate &day)
{
    const QLocale locale;
    return locale.standaloneMonthName(day.month(), QLocale::ShortFormat) + QLatin1Char(' ')
        + QString::number(day.year());
}

// Draws text centred on x, kept inside [left, right].
void drawCentred(QPainter &painter, const QFontMetricsF &metrics, double x, double top, double left, double right,
                 const QString &text)
{
    const double w = metrics.horizontalAdvance(text);
    const double start = std::clamp(x - w / 2, left, std::max(left, right - w));
    painter.drawText(QRectF(start, top, w + 1, metrics.height()), Qt::AlignLeft | Qt::AlignTop, text);
}

// A step of 1, 2 or 5 times a power of ten that gives at most `lines` grid steps up to max.
int niceStep(int maximum, int lines)
{
    const double raw = std::max(1.0, static_cast<double>(maximum) / lines);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : { 1.0, 2.0, 5.0, 10.0 }) {
        if (m * power >= raw)
            return std::max(1, static_cast<int>(m * power));
    }
    return std::max(1, static_cast<int>(10 * power));
}

// Fills rect with colour, or, with a valid second colour, diagonal stripes of both (for "both").
void fillStriped(QPainter &painter, const ReportStyle &style, const QRectF &rect, const QColor &colour,
                 const QColor &second)
{
    painter.fillRect(rect, colour);
    if (!second.isValid())
        return;
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    const double stripe = std::max(style.pt(3), rect.height() / 3);
    painter.setPen(QPen(second, stripe, Qt::SolidLine, Qt::FlatCap));
    for (double x = rect.left() - rect.height(); x < rect.right() + stripe; x += 2 * stripe)
        painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
    painter.restore();
}

} // namespace

void scoreChart(QPainter &painter, const ReportStyle &style, const QRectF &rect, const QList<Line> &lines,
                const QList<Band> &bands, bool compact)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont labelFont = style.font(compact ? 6.5 : 7.5);
    const QFontMetricsF metrics(labelFont, painter.device());
    painter.setFont(labelFont);

    const double yLabels = metrics.horizontalAdvance(QStringLiteral("100")) + style.pt(4);
    const double xLabels = metrics.height() + style.pt(3);
    const QRectF plot(rect.left() + yLabels, rect.top() + metrics.height() / 2,
                      rect.width() - yLabels - metrics.horizontalAdvance(QStringLiteral("2026")) / 2,
                      rect.height() - xLabels - metrics.height() / 2);

    QDateTime first;
    QDateTime last;
    for (const Line &line : lines) {
        for (const auto &point : line.points) {
            if (!first.isValid() || point.first < first)
                first = point.first;
            if (!last.isValid() || point.first > last)
                last = point.first;
        }
    }
    if (!first.isValid())
        first = last = QDateTime::currentDateTimeUtc();
    // A little room at both ends, so the first and last dots are not on the frame.
    const qint64 spanMs = std::max<qint64>(first.msecsTo(last), 60LL * 24 * 3600 * 1000);
    const qint64 t0 = first.toMSecsSinceEpoch() - spanMs / 40 - (first == last ? spanMs / 2 : 0);
    const qint64 t1 = last.toMSecsSinceEpoch() + spanMs / 40 + (first == last ? spanMs / 2 : 0);
    const auto xOf = [&](qint64 ms) { return plot.left() + plot.width() * double(ms - t0) / double(t1 - t0); };
    const auto yOf = [&](double v) { return plot.bottom() - plot.height() * std::clamp(v, 0.0, 100.0) / 100.0; };

    // Bands first, then the grid over them, then the lines on top.
    for (const Band &band : bands) {
        const QRectF area(plot.left(), yOf(band.high), plot.width(), yOf(band.low) - yOf(band.high));
        painter.fillRect(area, withAlpha(band.colour, 0.13));
        QPen edge(withAlpha(band.colour, 0.55), style.pt(0.5), Qt::DashLine);
        painter.setPen(edge);
        painter.drawLine(QPointF(area.left(), area.top()), QPointF(area.right(), area.top()));
        painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()));
    }

    const QList<int> gridValues = compact ? QList<int> { 0, 50, 100 } : QList<int> { 0, 25, 50, 75, 100 };
    for (const int value : gridValues) {
        const double y = yOf(value);
        painter.setPen(QPen(value == 0 ? style.rule : style.grid, style.pt(0.5)));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(style.muted);
        painter.drawText(QRectF(rect.left(), y - metrics.height() / 2, yLabels - style.pt(4), metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
    }

    // Time along the bottom: years for long spans, months for short ones.
    const QDate firstDay = QDateTime::fromMSecsSinceEpoch(t0).toLocalTime().date();
    const QDate lastDay = QDateTime::fromMSecsSinceEpoch(t1).toLocalTime().date();
    QList<QPair<QDate, QString>> ticks;
    if (firstDay.daysTo(lastDay) > 540) {
        const int years = lastDay.year() - firstDay.year();
        const int most = compact ? 4 : 10; // labels that fit side by side
        const int step = std::max(1, (years + most - 1) / most);
        for (int year = firstDay.year() + 1; year <= lastDay.year(); year += step)
            ticks.append({ QDate(year, 1, 1), QString::number(year) });
    } else {
        const double labelWidth = metrics.horizontalAdvance(monthLabel(QDate(2026, 9, 1))) + style.pt(8);
        const int months = std::max(1, (lastDay.year() - firstDay.year()) * 12 + lastDay.month() - firstDay.month());
        int step = 1;
        for (const int s : { 1, 2, 3, 6, 12 }) {
            step = s;
            if (plot.width() / (double(months) / s) >= labelWidth)
                break;
        }
        QDate tick(firstDay.year(), firstDay.month(), 1);
        tick = tick.addMonths(1);
        for (; tick <= lastDay; tick = tick.addMonths(step))
            ticks.append({ tick, monthLabel(tick) });
    }
    for (const auto &tick : ticks) {
        const double x = xOf(QDateTime(tick.first, QTime(0, 0)).toMSecsSinceEpoch());
        if (x < plot.left() || x > plot.right())
            continue;
        painter.setPen(QPen(style.grid, style.pt(0.5)));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(style.muted);
        drawCentred(painter, metrics, x, plot.bottom() + style.pt(2), rect.left(), rect.right(), tick.second);
    }

    for (const Line &line : lines) {
        if (line.points.isEmpty())
            continue;
        QPainterPath path;
        for (qsizetype i = 0; i < line.points.size(); ++i) {
            const QPointF p(xOf(line.points.at(i).first.toMSecsSinceEpoch()), yOf(line.points.at(i).second));
            if (i == 0)
                path.moveTo(p);
            else
                path.lineTo(p);
        }
        QPen pen(line.colour, style.pt(compact ? 1.1 : 1.6), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        // Dots only where they can be told apart.
        if (line.points.size() <= (compact ? 30 : 60)) {
            const double r = style.pt(compact ? 1.3 : 1.8);
            painter.setPen(Qt::NoPen);
            painter.setBrush(line.colour);
            for (const auto &point : line.points)
                painter.drawEllipse(QPointF(xOf(point.first.toMSecsSinceEpoch()), yOf(point.second)), r, r);
        }
    }
    painter.restore();
}

void countChart(QPainter &painter, const ReportStyle &style, const QRectF &rect, const QList<Count> &counts,
                const QColor &colour)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont labelFont = style.font(7.5);
    const QFontMetricsF metrics(labelFont, painter.device());
    painter.setFont(labelFont);

    int maximum = 1;
    for (const Count &count : counts)
        maximum = std::max(maximum, count.value);
    const int step = niceStep(maximum, 4);
    const int top = ((maximum + step - 1) / step) * step;

    const double yLabels = metrics.horizontalAdvance(QString::number(top)) + style.pt(4);
    const double xLabels = metrics.height() + style.pt(3);
    const QRectF plot(rect.left() + yLabels, rect.top() + metrics.height() / 2, rect.width() - yLabels,
                      rect.height() - xLabels - metrics.height() / 2);
    const auto yOf = [&](double v) { return plot.bottom() - plot.height() * v / top; };

    for (int value = 0; value <= top; value += step) {
        const double y = yOf(value);
        painter.setPen(QPen(value == 0 ? style.rule : style.grid, style.pt(0.5)));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(style.muted);
        painter.drawText(QRectF(rect.left(), y - metrics.height() / 2, yLabels - style.pt(4), metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(value));
    }
    if (counts.isEmpty()) {
        painter.restore();
        return;
    }

    // A few periods get bars of a sensible width, centred, rather than wide slabs.
    const double slot = std::min(plot.width() / double(counts.size()), style.pt(30));
    const double left = plot.left() + (plot.width() - slot * double(counts.size())) / 2;
    const double barWidth = std::max(slot * 0.72, style.pt(0.6));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const int value = counts.at(i).value;
        if (value <= 0)
            continue;
        const double x = left + double(i) * slot + (slot - barWidth) / 2;
        painter.drawRect(QRectF(x, yOf(value), barWidth, plot.bottom() - yOf(value)));
    }

    // Label each bar when there is room for it, else the start of each year.
    const double monthWidth = metrics.horizontalAdvance(monthLabel(QDate(2026, 9, 1))) + style.pt(6);
    const bool everyBar = slot >= monthWidth;
    const double yearWidth = metrics.horizontalAdvance(QStringLiteral("2026")) + style.pt(8);
    double lastRight = -1e9;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const QDate start = counts.at(i).start;
        const bool yearStart = start.month() <= 3 && (i == 0 || counts.at(i - 1).start.year() != start.year());
        if (!everyBar && !yearStart)
            continue;
        const QString label = everyBar ? monthLabel(start) : QString::number(start.year());
        const double x = everyBar ? left + (double(i) + 0.5) * slot : left + double(i) * slot;
        const double w = everyBar ? monthWidth : yearWidth;
        if (x - (everyBar ? w / 2 : 0) < lastRight)
            continue;
        painter.setPen(style.muted);
        if (everyBar) {
            drawCentred(painter, metrics, x, plot.bottom() + style.pt(2), rect.left(), rect.right(), label);
            lastRight = x + w / 2;
        } else {
            painter.setPen(QPen(style.rule, style.pt(0.5)));
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + style.pt(3)));
            painter.setPen(style.muted);
            painter.drawText(QRectF(x + style.pt(2), plot.bottom() + style.pt(2), w, metrics.height()),
                             Qt::AlignLeft | Qt::AlignTop, label);
            lastRight = x + w;
        }
    }
    painter.restore();
}

void bar(QPainter &painter, const ReportStyle &style, const QRectF &rect, double value, double maximum,
         const QColor &colour, const QColor &second)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const double radius = rect.height() / 2;
    painter.setBrush(style.track);
    painter.drawRoundedRect(rect, radius, radius);
    const double fraction = maximum > 0 ? std::clamp(value / maximum, 0.0, 1.0) : 0.0;
    if (fraction > 0) {
        QRectF filled = rect;
        filled.setWidth(std::max(rect.width() * fraction, rect.height()));
        QPainterPath shape;
        shape.addRoundedRect(filled, radius, radius);
        painter.setClipPath(shape);
        fillStriped(painter, style, filled, colour, second);
    }
    painter.restore();
}

void shareBar(QPainter &painter, const ReportStyle &style, const QRectF &rect, double barHeight,
              const QList<Share> &shares)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    int total = 0;
    for (const Share &share : shares)
        total += share.count;

    const QRectF barRect(rect.left(), rect.top(), rect.width(), barHeight);
    QPainterPath rounded;
    rounded.addRoundedRect(barRect, barHeight / 4, barHeight / 4);
    painter.setClipPath(rounded);
    painter.fillRect(barRect, style.track);
    double x = barRect.left();
    for (const Share &share : shares) {
        if (total <= 0 || share.count <= 0)
            continue;
        const double w = barRect.width() * share.count / total;
        fillStriped(painter, style, QRectF(x, barRect.top(), w, barHeight), share.colour, share.second);
        x += w;
    }
    painter.setClipping(false);

    const QFont font = style.font(8.5);
    const QFontMetricsF metrics(font, painter.device());
    painter.setFont(font);
    const double swatch = metrics.ascent() * 0.8;
    double lx = rect.left();
    double ly = barRect.bottom() + style.pt(6);
    const QLocale locale;
    for (const Share &share : shares) {
        const int percent = total > 0 ? static_cast<int>(std::lround(100.0 * share.count / total)) : 0;
        const QString text = QStringLiteral("%1  %2 (%3%)").arg(share.label, locale.toString(share.count)).arg(percent);
        const double w = swatch + style.pt(4) + metrics.horizontalAdvance(text) + style.pt(16);
        if (lx > rect.left() && lx + w > rect.right()) {
            lx = rect.left();
            ly += metrics.height() + style.pt(3);
        }
        fillStriped(painter, style, QRectF(lx, ly + (metrics.height() - swatch) / 2, swatch, swatch), share.colour,
                    share.second);
        painter.setPen(style.ink);
        painter.drawText(QRectF(lx + swatch + style.pt(4), ly, w, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         text);
        lx += w;
    }
    painter.restore();
}

namespace {
// Row heights of barRows and poles, in points.
constexpr double HeadingRow = 18;
constexpr double BarRowHeight = 17;
constexpr double PoleRowHeight = 18;
constexpr double PoleCaption = 14;
} // namespace

double barRowsHeight(const ReportStyle &style, const QList<BarRow> &rows)
{
    double height = 0;
    for (const BarRow &row : rows)
        height += style.pt(row.kind == BarRow::Kind::Heading ? HeadingRow : BarRowHeight);
    return height;
}

void barRows(QPainter &painter, const ReportStyle &style, const QRectF &rect, const QList<BarRow> &rows, double maximum,
             const QString &missing)
{
    painter.save();
    const QFont font = style.font(9.5);
    const QFont boldFont = style.font(9.5, true);
    const QFont headingFont = style.font(8, true);
    const QFontMetricsF metrics(font, painter.device());
    const double w = rect.width();
    double widest = 0;
    for (const BarRow &row : rows) {
        if (row.kind == BarRow::Kind::Bar)
            widest = std::max(widest, metrics.horizontalAdvance(row.label));
    }
    // Labels are never cut: the bars give way to the longest one.
    const double labelWidth = std::clamp(widest + style.pt(10), w * 0.25, w * 0.5);
    const double barLeft = rect.left() + labelWidth;
    const double barWidth = w * 0.70 - labelWidth;
    const QRectF valueColumn(rect.left() + w * 0.71, 0, w * 0.08, 0);
    const QRectF detailColumn(rect.left() + w * 0.81, 0, w * 0.19, 0);
    const double rowHeight = style.pt(BarRowHeight);
    const double headingHeight = style.pt(HeadingRow);

    double y = rect.top();
    for (const BarRow &row : rows) {
        if (row.kind == BarRow::Kind::Heading) {
            painter.setFont(headingFont);
            painter.setPen(style.muted);
            const QRectF line(rect.left(), y + style.pt(4), w, headingHeight - style.pt(4));
            painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, row.label.toUpper());
            painter.drawText(
                QRectF(valueColumn.left() - w * 0.05, line.top(), valueColumn.width() + w * 0.05, line.height()),
                Qt::AlignRight | Qt::AlignVCenter, row.valueText);
            painter.drawText(QRectF(detailColumn.left(), line.top(), detailColumn.width(), line.height()),
                             Qt::AlignLeft | Qt::AlignVCenter, row.detail);
            painter.setPen(QPen(style.rule, style.pt(0.5)));
            const double rule = y + headingHeight - style.pt(0.5);
            painter.drawLine(QPointF(rect.left(), rule), QPointF(rect.right(), rule));
            y += headingHeight;
            continue;
        }
        painter.setFont(font);
        if (row.kind == BarRow::Kind::Message) {
            painter.setPen(style.muted);
            painter.drawText(QRectF(rect.left(), y, w, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, row.label);
            y += rowHeight;
            continue;
        }
        painter.setPen(style.ink);
        painter.drawText(QRectF(rect.left(), y, labelWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, row.label);
        if (row.value) {
            bar(painter, style, QRectF(barLeft, y + rowHeight / 2 - style.pt(3.5), barWidth, style.pt(7)), *row.value,
                maximum, row.colour, row.second);
            painter.setFont(boldFont);
            painter.setPen(style.ink);
            painter.drawText(QRectF(valueColumn.left(), y, valueColumn.width(), rowHeight),
                             Qt::AlignRight | Qt::AlignVCenter, row.valueText);
        } else {
            painter.setPen(style.muted);
            painter.drawText(QRectF(barLeft, y, barWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, missing);
        }
        painter.setFont(row.detailBold ? boldFont : font);
        painter.setPen(row.detailColour.isValid() ? row.detailColour : style.muted);
        painter.drawText(QRectF(detailColumn.left(), y, detailColumn.width(), rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, row.detail);
        y += rowHeight;
    }
    painter.restore();
}

double polesHeight(const ReportStyle &style, qsizetype rows)
{
    return style.pt(PoleCaption) + style.pt(PoleRowHeight) * double(rows);
}

void poles(QPainter &painter, const ReportStyle &style, const QRectF &rect, const QList<PoleRow> &rows,
           const QString &leadCaption, const QString &manageCaption)
{
    painter.save();
    const QFont font = style.font(9.5);
    const QFont captionFont = style.font(8, true);
    const QFontMetricsF metrics(font, painter.device());
    const auto named = [](const QString &name, const std::optional<double> &score, bool scoreFirst) -> QString {
        if (!score)
            return name;
        const QString value = QString::number(std::lround(*score));
        return scoreFirst ? value + QStringLiteral("  ") + name : name + QStringLiteral("  ") + value;
    };
    double widest = 0;
    for (const PoleRow &row : rows) {
        widest = std::max({ widest, metrics.horizontalAdvance(named(row.leadName, row.lead, false)),
                            metrics.horizontalAdvance(named(row.manageName, row.manage, true)) });
    }
    const double w = rect.width();
    const double mid = rect.left() + w / 2;
    // Names are never cut: the bars give way to the longest one.
    const double nameWidth = std::clamp(widest + style.pt(4), w * 0.2, w * 0.38);
    const double barWidth = w / 2 - nameWidth - style.pt(8);
    const double captionHeight = style.pt(PoleCaption);
    const double rowHeight = style.pt(PoleRowHeight);
    const double barHeight = style.pt(8);

    painter.setFont(captionFont);
    painter.setPen(style.lead);
    painter.drawText(QRectF(rect.left(), rect.top(), w / 2 - style.pt(6), captionHeight),
                     Qt::AlignRight | Qt::AlignVCenter, leadCaption.toUpper());
    painter.setPen(style.manage);
    painter.drawText(QRectF(mid + style.pt(6), rect.top(), w / 2 - style.pt(6), captionHeight),
                     Qt::AlignLeft | Qt::AlignVCenter, manageCaption.toUpper());

    double y = rect.top() + captionHeight;
    for (const PoleRow &row : rows) {
        const double barTop = y + rowHeight / 2 - barHeight / 2;
        painter.setFont(font);
        painter.setPen(style.ink);
        painter.drawText(QRectF(rect.left(), y, nameWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                         named(row.leadName, row.lead, false));
        painter.drawText(QRectF(rect.right() - nameWidth, y, nameWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         named(row.manageName, row.manage, true));
        painter.fillRect(QRectF(mid - barWidth, barTop, 2 * barWidth, barHeight), style.track);
        if (row.lead) {
            const double length = barWidth * std::clamp(*row.lead, 0.0, 100.0) / 100;
            painter.fillRect(QRectF(mid - length, barTop, length, barHeight), style.lead);
        }
        if (row.manage) {
            const double length = barWidth * std::clamp(*row.manage, 0.0, 100.0) / 100;
            painter.fillRect(QRectF(mid, barTop, length, barHeight), style.manage);
        }
        y += rowHeight;
    }
    painter.setPen(QPen(style.ink, style.pt(0.8)));
    painter.drawLine(QPointF(mid, rect.top() + captionHeight), QPointF(mid, y));
    painter.restore();
}

double legendHeight(const ReportStyle &style)
{
    return style.pt(14); // one 8.5 pt line with room around it
}

void legend(QPainter &painter, const ReportStyle &style, const QRectF &rect, const QList<LegendEntry> &entries)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont font = style.font(8.5);
    const QFontMetricsF metrics(font, painter.device());
    painter.setFont(font);
    const double mid = rect.top() + rect.height() / 2;
    const double swatch = style.pt(16);
    double x = rect.left();
    for (const LegendEntry &entry : entries) {
        if (entry.band) {
            painter.fillRect(QRectF(x, mid - style.pt(4), swatch, style.pt(8)), withAlpha(entry.colour, 0.18));
        } else {
            painter.setPen(QPen(entry.colour, style.pt(1.6), Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(x, mid), QPointF(x + swatch, mid));
        }
        const double w = metrics.horizontalAdvance(entry.text);
        painter.setPen(style.ink);
        painter.drawText(QRectF(x + swatch + style.pt(4), rect.top(), w + style.pt(2), rect.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, entry.text);
        x += swatch + style.pt(4) + w + style.pt(16);
    }
    painter.restore();
}

} // namespace tandem::ui::ReportCharts
