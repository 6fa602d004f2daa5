#include "activityheatmap.h"

#include "common/chartcolors.h"

#include <QFontMetrics>
#include <QHash>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace tandem::ui {

namespace {

// Four shades between none and the busiest: a reader tells four apart easily.
constexpr int Steps = 4;
// Below this height a day cell is too small to read, and the map shows weeks instead.
constexpr qreal MinDayCell = 7;
constexpr qreal MaxCell = 28;

// One block of the day form: a run of weeks, Monday first, labelled with its year.
struct Block
{
    QString label;
    QDate monday; ///< the Monday on or before the block's first day
    QDate first;
    QDate last;
    int weeks() const { return static_cast<int>(monday.daysTo(last) / 7) + 1; }
};

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

int weekOfYear(const QDate &day)
{
    return std::min(52, (day.dayOfYear() - 1) / 7);
}

} // namespace

ActivityHeatMap::ActivityHeatMap(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ActivityHeatMap::setData(const QDate &from, const QDate &to, const QMap<QDate, int> &perDay, int busiestDay)
{
    m_from = from;
    m_to = to;
    m_perDay = perDay;
    m_busiest = busiestDay;
    update();
}

QColor ActivityHeatMap::colorFor(int count, int busiest) const
{
    // The map is drawn on the window's colour: the scale starts from that.
    QPalette p = palette();
    p.setColor(QPalette::Base, p.color(QPalette::Window));
    p.setColor(QPalette::Text, p.color(QPalette::WindowText));
    if (count <= 0 || busiest <= 0)
        return ChartColors::activity(0, Steps, p);
    // One entry is already visible; the busiest cell is the strongest.
    const int step = std::clamp((count * Steps + busiest - 1) / busiest, 1, Steps);
    return ChartColors::activity(step, Steps, p);
}

ActivityHeatMap::Layout ActivityHeatMap::layout(const QRect &rect, const QFontMetrics &fm) const
{
    Layout out;
    if (!m_from.isValid() || !m_to.isValid() || m_from > m_to)
        return out;
    const int yearLabelWidth = fm.horizontalAdvance(QStringLiteral("0000")) + 12;
    int dayLabelWidth = 0;
    for (int d : { 1, 3, 5 })
        dayLabelWidth = std::max(dayLabelWidth, fm.horizontalAdvance(QLocale().dayName(d, QLocale::ShortFormat)));
    dayLabelWidth += 8;
    const qreal header = fm.height() + 2; // month names
    const qreal legendHeight = fm.height() + 10;
    const qreal availableHeight = rect.height() - header - legendHeight;

    // The day form: one block for up to a year, else one per calendar year.
    QList<Block> blocks;
    if (m_from.daysTo(m_to) < 371) {
        blocks.append({ m_from.year() == m_to.year() ? QString::number(m_from.year()) : QString(), mondayOf(m_from),
                        m_from, m_to });
    } else {
        for (int year = m_from.year(); year <= m_to.year(); ++year) {
            const QDate first = std::max(QDate(year, 1, 1), m_from);
            const QDate last = std::min(QDate(year, 12, 31), m_to);
            blocks.append({ QString::number(year), mondayOf(QDate(year, 1, 1)), first, last });
        }
    }
    int columns = 0;
    for (const Block &b : std::as_const(blocks))
        columns = std::max(columns, b.weeks());
    const qreal x0 = rect.left() + yearLabelWidth + dayLabelWidth;
    const qreal dayCellW = std::min(MaxCell * 2, (rect.right() - x0) / columns);
    const qreal dayCellH = std::min({ MaxCell, dayCellW, availableHeight / (blocks.size() * 8.0 - 1) });
    out.byWeek = dayCellH < MinDayCell;

    qreal y = rect.top() + header;
    if (!out.byWeek) {
        const qreal gap = dayCellH > 6 ? 1.5 : 0.5;
        for (const Block &b : std::as_const(blocks)) {
            out.labels.append({ QRectF(rect.left(), y, yearLabelWidth - 6, dayCellH * 7), b.label,
                                Qt::AlignRight | Qt::AlignVCenter });
            // Weekday names only where each has a row of its own to sit in.
            if (dayCellH * 2 >= fm.height()) {
                for (int d : { 1, 3, 5 })
                    out.labels.append({ QRectF(rect.left() + yearLabelWidth,
                                               y + (d - 1) * dayCellH + dayCellH / 2 - fm.height() / 2.0,
                                               dayLabelWidth - 4, fm.height()),
                                        QLocale().dayName(d, QLocale::ShortFormat), Qt::AlignLeft | Qt::AlignVCenter });
            }
            for (QDate day = b.first; day <= b.last; day = day.addDays(1)) {
                const auto index = b.monday.daysTo(day);
                out.cells.append(
                    QRectF(x0 + (index / 7) * dayCellW, y + (index % 7) * dayCellH, dayCellW - gap, dayCellH - gap));
                out.counts.append(m_perDay.value(day));
            }
            y += dayCellH * 8;
        }
        y -= dayCellH;
        out.busiest = m_busiest;
        // Month names over the first block, where each month's first shown day falls.
        const Block &b = blocks.first();
        qreal lastRight = -1;
        for (QDate first(b.first.year(), b.first.month(), 1); first <= b.last; first = first.addMonths(1)) {
            const qreal x = x0 + (b.monday.daysTo(std::max(first, b.first)) / 7) * dayCellW;
            const QString name = QLocale().monthName(first.month(), QLocale::ShortFormat);
            const qreal w = fm.horizontalAdvance(name);
            if (x > lastRight && x + w <= rect.right()) {
                out.labels.append(
                    { QRectF(x, rect.top(), w + 2, fm.height()), name, Qt::AlignLeft | Qt::AlignVCenter });
                lastRight = x + w + 6;
            }
        }
    } else {
        // One row per year, its 53 weeks across: the whole width at any number of years.
        const int years = m_to.year() - m_from.year() + 1;
        const qreal wx0 = rect.left() + yearLabelWidth;
        const qreal cellW = (rect.right() - wx0) / 53.0;
        // Square cells, or as tall as a year's label when there is the room for it.
        const qreal cellH
            = std::max<qreal>(1.5, std::min({ std::max<qreal>(cellW, fm.height()), MaxCell, availableHeight / years }));
        const qreal gapW = cellW > 6 ? 1.5 : 0.5;
        const qreal gapH = cellH > 6 ? 1.5 : cellH > 3 ? 0.5 : 0;
        QMap<std::pair<int, int>, int> perWeek;
        for (auto it = m_perDay.cbegin(); it != m_perDay.cend(); ++it) {
            if (it.key() >= m_from && it.key() <= m_to)
                perWeek[{ it.key().year(), weekOfYear(it.key()) }] += it.value();
        }
        for (int v : std::as_const(perWeek))
            out.busiest = std::max(out.busiest, v);
        for (int year = m_from.year(); year <= m_to.year(); ++year) {
            // Label every year when there is room, else every fifth.
            if (cellH >= fm.height() * 0.8 || (year % 5 == 0 && cellH * 5 >= fm.height()) || years == 1)
                out.labels.append(
                    { QRectF(rect.left(), y + cellH / 2 - fm.height() / 2.0, yearLabelWidth - 6, fm.height()),
                      QString::number(year), Qt::AlignRight | Qt::AlignVCenter });
            const int firstWeek = year == m_from.year() ? weekOfYear(m_from) : 0;
            const int lastWeek = year == m_to.year() ? weekOfYear(m_to) : 52;
            for (int w = firstWeek; w <= lastWeek; ++w) {
                out.cells.append(QRectF(wx0 + w * cellW, y, cellW - gapW, cellH - gapH));
                out.counts.append(perWeek.value({ year, w }));
            }
            y += cellH;
        }
    }
    if (out.byWeek) {
        const qreal cellW = (rect.right() - rect.left() - yearLabelWidth) / 53.0;
        qreal lastRight = -1;
        for (int m = 1; m <= 12; ++m) {
            const qreal x = rect.left() + yearLabelWidth + weekOfYear(QDate(2001, m, 1)) * cellW;
            const QString name = QLocale().monthName(m, QLocale::ShortFormat);
            const qreal w = fm.horizontalAdvance(name);
            if (x > lastRight) {
                out.labels.append(
                    { QRectF(x, rect.top(), w + 2, fm.height()), name, Qt::AlignLeft | Qt::AlignVCenter });
                lastRight = x + w + 6;
            }
        }
    }
    // The legend goes under the last row, never over it.
    out.legend = QRectF(rect.left() + yearLabelWidth, y + 6, rect.width() - yearLabelWidth, fm.height() + 2);
    return out;
}

void ActivityHeatMap::paintMap(QPainter &painter, const QRect &rect) const
{
    const QFontMetrics fm(painter.font());
    const Layout l = layout(rect, fm);
    if (l.cells.isEmpty())
        return;
    const QColor text = palette().color(QPalette::WindowText);
    painter.save();
    painter.setPen(text);
    for (const Layout::Label &label : l.labels)
        painter.drawText(label.rect, static_cast<int>(label.align), label.text);
    painter.setPen(Qt::NoPen);
    // One colour per count, worked out once: a colour reads the palette.
    QHash<int, QColor> colours;
    for (qsizetype i = 0; i < l.cells.size(); ++i) {
        const int count = l.counts.at(i);
        auto colour = colours.constFind(count);
        if (colour == colours.cend())
            colour = colours.insert(count, colorFor(count, l.busiest));
        painter.setBrush(*colour);
        painter.drawRect(l.cells.at(i));
    }
    // The legend: from none to the busiest cell.
    painter.setPen(text);
    qreal x = l.legend.left();
    const qreal baseline = l.legend.top() + fm.ascent();
    const QString none = tr("No entries");
    painter.drawText(QPointF(x, baseline), none);
    x += fm.horizontalAdvance(none) + 8;
    const qreal swatch = fm.height() - 2;
    painter.setPen(Qt::NoPen);
    for (int step = 0; step <= Steps; ++step) {
        painter.setBrush(colorFor(step == 0 ? 0 : std::max(1, l.busiest * step / Steps), l.busiest));
        painter.drawRect(QRectF(x, l.legend.top() + 1, swatch, swatch));
        x += swatch + 3;
    }
    painter.setPen(text);
    painter.drawText(QPointF(x + 5, baseline),
                     l.byWeek ? tr("%n entries (busiest week)", nullptr, l.busiest)
                              : tr("%n entries (busiest day)", nullptr, l.busiest));
    painter.restore();
}

void ActivityHeatMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintMap(painter, rect().adjusted(8, 8, -8, -8));
}

} // namespace tandem::ui
