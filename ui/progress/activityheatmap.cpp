#include "activityheatmap.h"

#include "common/theme.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace tandem::ui {

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

QColor ActivityHeatMap::colorFor(int count) const
{
    const QColor empty = Theme::mix(palette().color(QPalette::Base), palette().color(QPalette::Text), 0.08);
    if (count <= 0 || m_busiest <= 0)
        return empty;
    const QColor full = Theme::roleColor(core::Role::Lead, palette());
    // Four steps, as a reader tells four shades apart easily; one entry is already visible.
    const int step = std::clamp((count * 4 + m_busiest - 1) / m_busiest, 1, 4);
    return Theme::mix(empty, full, 0.25 + 0.75 * (step - 1) / 3.0);
}

void ActivityHeatMap::paintMap(QPainter &painter, const QRect &rect) const
{
    if (!m_from.isValid() || !m_to.isValid() || m_from > m_to)
        return;
    const int firstYear = m_from.year();
    const int years = m_to.year() - firstYear + 1;
    const QFontMetrics fm(painter.font());
    const int labelWidth = fm.horizontalAdvance(QStringLiteral("0000")) + 12;
    const int dayLabelWidth = fm.horizontalAdvance(QLocale().dayName(1, QLocale::ShortFormat)) + 8;
    const int legendHeight = fm.height() + 12;
    // 54 week columns hold any year (a year can touch 54 Monday-to-Sunday weeks).
    const qreal cellW = (rect.width() - labelWidth - dayLabelWidth) / 54.0;
    const qreal cellH = (rect.height() - legendHeight - fm.height()) / (years * 8.0);
    const qreal cell = std::max<qreal>(2.0, std::min({cellW, cellH, 28.0}));
    const qreal gap = cell > 6 ? 1.5 : 0.5;

    const QColor text = palette().color(QPalette::WindowText);
    painter.save();
    painter.setPen(text);
    qreal y = rect.top() + fm.height();
    const qreal x0 = rect.left() + labelWidth + dayLabelWidth;
    // Month names over the first block.
    for (int m = 1; m <= 12; ++m) {
        const QDate first(firstYear, m, 1);
        const QDate jan1(firstYear, 1, 1);
        const int week = static_cast<int>((jan1.dayOfWeek() - 1 + jan1.daysTo(first)) / 7);
        if (cell * 4.3 > fm.horizontalAdvance(QLocale().monthName(m, QLocale::ShortFormat)))
            painter.drawText(QPointF(x0 + week * cell, y - 3), QLocale().monthName(m, QLocale::ShortFormat));
    }
    for (int year = firstYear; year <= m_to.year(); ++year) {
        const QDate jan1(year, 1, 1);
        const int offset = jan1.dayOfWeek() - 1;
        painter.setPen(text);
        painter.drawText(QRectF(rect.left(), y, labelWidth - 6, cell * 7), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(year));
        if (cell * 2 >= fm.height()) {
            for (int d : {1, 3, 5})
                painter.drawText(QRectF(rect.left() + labelWidth, y + (d - 1) * cell, dayLabelWidth - 4, cell),
                                 Qt::AlignLeft | Qt::AlignVCenter, QLocale().dayName(d, QLocale::ShortFormat));
        }
        painter.setPen(Qt::NoPen);
        for (QDate day = std::max(jan1, m_from); day.year() == year && day <= m_to; day = day.addDays(1)) {
            const int index = static_cast<int>(offset + jan1.daysTo(day));
            const QRectF r(x0 + (index / 7) * cell, y + (index % 7) * cell, cell - gap, cell - gap);
            painter.setBrush(colorFor(m_perDay.value(day)));
            painter.drawRect(r);
        }
        y += cell * 8;
    }
    // The legend: from none to the busiest day.
    painter.setPen(text);
    const qreal ly = std::min<qreal>(y + 4, rect.bottom() - legendHeight + 6);
    qreal lx = x0;
    const QString less = tr("No entries");
    painter.drawText(QPointF(lx, ly + fm.ascent()), less);
    lx += fm.horizontalAdvance(less) + 8;
    const qreal swatch = fm.height() - 2;
    for (int step = 0; step <= 4; ++step) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(colorFor(step == 0 ? 0 : std::max(1, m_busiest * step / 4)));
        painter.drawRect(QRectF(lx, ly + 1, swatch, swatch));
        lx += swatch + 3;
    }
    painter.setPen(text);
    painter.drawText(QPointF(lx + 5, ly + fm.ascent()), tr("%n entries (busiest day)", nullptr, m_busiest));
    painter.restore();
}

void ActivityHeatMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paintMap(painter, rect().adjusted(8, 8, -8, -8));
}

} // namespace tandem::ui
