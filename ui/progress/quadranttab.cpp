#include "quadranttab.h"

#include "common/chartcolors.h"
#include "common/theme.h"
#include "progressdata.h"
#include "progressformat.h"

#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace tandem::ui {

using namespace ProgressFormat;

namespace {

QString quadrantName(core::Quadrant quadrant)
{
    switch (quadrant) {
    case core::Quadrant::LeadingAndManaging: return QuadrantTab::tr("Leading and managing");
    case core::Quadrant::MainlyLeading: return QuadrantTab::tr("Mainly leading");
    case core::Quadrant::MainlyManaging: return QuadrantTab::tr("Mainly managing");
    case core::Quadrant::DevelopingBoth: break;
    }
    return QuadrantTab::tr("Developing both");
}

/// A filled circle for a series' light marker. A line series with no pen draws its light markers
/// in its own paint pass; a scatter series keeps a graphics item per point, which made ten years
/// of points much slower to show than one. Drawn at four times the marker's size, so that it
/// stays round when scaled on a high-density screen.
QImage circleMarker(const QColor &colour, double size)
{
    const int side = static_cast<int>(std::ceil(size * 4));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(0, 0, side, side));
    return image;
}

} // namespace

std::pair<double, double> QuadrantTab::axisRange(double low, double high, double minimumSpan)
{
    const double pad = std::max(4.0, (high - low) * 0.12);
    double from = low - pad;
    double to = high + pad;
    if (to - from < minimumSpan) {
        const double middle = (from + to) / 2;
        from = middle - minimumSpan / 2;
        to = middle + minimumSpan / 2;
    }
    // The midline tells the quadrants apart: reach it when it is only a little way off.
    constexpr double Midline = 50;
    if (from > Midline && from - Midline < 10)
        from = Midline - 2;
    if (to < Midline && Midline - to < 10)
        to = Midline + 2;
    from = std::floor(from / 5) * 5;
    to = std::ceil(to / 5) * 5;
    if (from < 0) {
        to = std::min(100.0, to - from);
        from = 0;
    }
    if (to > 100) {
        from = std::max(0.0, from - (to - 100));
        to = 100;
    }
    return { from, to };
}

QuadrantTab::QuadrantTab(const ProgressContext &context, QWidget *parent)
    : ProgressTab(context, tr("Lead × Manage"), parent)
{
    m_chart = new QChart;
    m_x = new QValueAxis;
    m_y = new QValueAxis;
    for (QValueAxis *axis : { m_x, m_y }) {
        axis->setRange(0, 100);
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        axis->setTickInterval(10);
        axis->setLabelFormat(QStringLiteral("%.0f"));
    }
    m_x->setTitleText(tr("Leadership index"));
    m_y->setTitleText(tr("Management index"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    for (int i = 0; i < 2; ++i)
        m_midlines[i] = new QLineSeries;
    m_path = new QLineSeries;
    m_recent = new QLineSeries;
    for (int i = 0; i < AgeGroups; ++i)
        m_ages.append(new QLineSeries);
    m_first = new QScatterSeries;
    m_latest = new QScatterSeries;
    QList<QXYSeries *> all = { m_midlines[0], m_midlines[1], m_path, m_recent };
    for (QLineSeries *s : std::as_const(m_ages))
        all.append(s);
    all << m_first << m_latest;
    for (QXYSeries *s : all) {
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_midlines[0]->replace({ QPointF(50, 0), QPointF(50, 100) });
    m_midlines[1]->replace({ QPointF(0, 50), QPointF(100, 50) });

    setChart(QStringLiteral("progressQuadrant"), m_chart);
}

QChart *QuadrantTab::chart() const
{
    return m_chart;
}

void QuadrantTab::build()
{
    applyTheme(m_chart);
    auto result = context().data().quadrantPath(range().from, range().to);
    if (!result)
        return showError(result.error());
    const QList<core::QuadrantPoint> &path = result.value();
    if (path.isEmpty()) {
        return panel()->setEmpty(
            true,
            range().isAll() ? tr("Take your first full assessment to see where you stand between leading and managing.")
                            : tr("No full assessments in this date range. Choose a longer range to see your path."));
    }
    panel()->setEmpty(false);
    QList<QPointF> points;
    points.reserve(path.size());
    double minX = 100;
    double maxX = 0;
    double minY = 100;
    double maxY = 0;
    for (const core::QuadrantPoint &p : path) {
        points.append(QPointF(p.leadership, p.management));
        minX = std::min(minX, p.leadership);
        maxX = std::max(maxX, p.leadership);
        minY = std::min(minY, p.management);
        maxY = std::max(maxY, p.management);
    }
    // Both axes span the same number of points, so that a step right is as long as a step up.
    const double span = std::max({ maxX - minX, maxY - minY, 0.0 });
    const auto [x0, x1] = axisRange(minX, maxX, span + 2 * std::max(4.0, span * 0.12));
    const auto [y0, y1] = axisRange(minY, maxY, span + 2 * std::max(4.0, span * 0.12));
    m_x->setRange(x0, x1);
    m_y->setRange(y0, y1);
    const double ticks = std::max(x1 - x0, y1 - y0) > 50 ? 10 : 5;
    m_x->setTickInterval(ticks);
    m_y->setTickInterval(ticks);

    m_path->replace(points);
    m_recent->replace(points.mid(std::max<qsizetype>(0, points.size() - RecentPoints)));
    // The older points by age: the first group holds the oldest; the latest has its own marker.
    const qsizetype older = points.size() - 1;
    for (int g = 0; g < AgeGroups; ++g) {
        QList<QPointF> group;
        for (qsizetype i = older * g / AgeGroups; i < older * (g + 1) / AgeGroups; ++i)
            group.append(points[i]);
        m_ages[g]->replace(group);
    }
    m_first->replace(points.size() > 1 ? QList<QPointF> { points.first() } : QList<QPointF> {});
    m_latest->replace({ points.last() });
    colourSeries();
    fillTableLater({ tr("Date"), tr("Leadership"), tr("Management"), tr("Quadrant") }, [path] {
        QList<QStringList> rows;
        rows.reserve(path.size());
        for (const core::QuadrantPoint &p : path)
            rows.append({ day(p.takenAt), number(p.leadership), number(p.management), quadrantName(p.quadrant) });
        return rows;
    });
    const QString where = quadrantName(path.last().quadrant);
    panel()->setCaption(tr("Dashed lines split both indices at 50. Top right: leading and managing; bottom right: "
                           "mainly leading; top left: mainly managing; bottom left: developing both. Paler, smaller "
                           "points are older; the line joins your last %1 assessments up to the latest (%2): %3.")
                            .arg(std::min<qsizetype>(RecentPoints, points.size()))
                            .arg(day(path.last().takenAt), where));
    panel()->setDescription(
        tr("Scatter chart of leadership against management for %n full assessments, joined in time "
           "order. ",
           nullptr, static_cast<int>(path.size()))
        + tr("The first, on %1, was in the quadrant “%2”; the latest, on %3, is in the quadrant “%4”.")
              .arg(day(path.first().takenAt), quadrantName(path.first().quadrant), day(path.last().takenAt), where));
}

void QuadrantTab::colourSeries()
{
    const QPalette p = palette();
    const QColor text = p.color(QPalette::Text);
    const QColor base = p.color(QPalette::Base);
    const QColor latest = ChartColors::latest(p);
    const QColor earlier = ChartColors::earlier(p);
    m_path->setName(tr("Path over time"));
    QColor faint = ChartColors::neutral(p);
    faint.setAlphaF(0.45F);
    m_path->setPen(QPen(faint, 1));
    m_recent->setName(tr("Most recent"));
    m_recent->setPen(QPen(latest, 2.2));
    for (int g = 0; g < AgeGroups; ++g) {
        // From the earlier colour, faint and small, to nearly the latest colour.
        const double t = AgeGroups == 1 ? 1.0 : static_cast<double>(g) / (AgeGroups - 1);
        QColor colour = Theme::mix(earlier, latest, 0.15 + 0.7 * t);
        colour.setAlphaF(static_cast<float>(0.45 + 0.5 * t));
        // No line, only the markers; the pen's colour is the legend's.
        QPen none(colour);
        none.setStyle(Qt::NoPen);
        m_ages[g]->setPen(none);
        m_ages[g]->setMarkerSize(6 + 3 * t);
        m_ages[g]->setLightMarker(circleMarker(colour, m_ages[g]->markerSize()));
        m_ages[g]->setName(g == 0 ? tr("Older") : g == AgeGroups - 1 ? tr("Recent") : QString());
        if (g != 0 && g != AgeGroups - 1)
            hideFromLegend(m_chart, m_ages[g]);
    }
    m_first->setName(tr("First"));
    m_first->setColor(base);
    m_first->setBorderColor(earlier);
    m_first->setMarkerSize(11);
    m_first->setPointLabelsVisible(true);
    m_first->setPointLabelsFormat(tr("First"));
    m_first->setPointLabelsColor(text);
    m_first->setPointLabelsClipping(false);
    hideFromLegend(m_chart, m_first);
    m_latest->setName(tr("Latest"));
    m_latest->setColor(latest);
    m_latest->setBorderColor(text);
    m_latest->setMarkerSize(16);
    m_latest->setPointLabelsVisible(true);
    m_latest->setPointLabelsFormat(tr("Latest"));
    m_latest->setPointLabelsColor(text);
    m_latest->setPointLabelsClipping(false);
    QFont bold = m_latest->pointLabelsFont();
    bold.setBold(true);
    m_latest->setPointLabelsFont(bold);
    hideFromLegend(m_chart, m_path);
    for (QLineSeries *line : m_midlines) {
        QPen pen(Theme::mix(base, text, 0.55), 1.2);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        hideFromLegend(m_chart, line);
    }
}

} // namespace tandem::ui
