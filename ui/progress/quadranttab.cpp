#include "quadranttab.h"

#include "common/theme.h"
#include "progressformat.h"

#include "progressdata.h"

#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

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

} // namespace

QuadrantTab::QuadrantTab(const ProgressContext &context, QWidget *parent)
    : ProgressTab(context, tr("Lead × Manage"), parent)
{
    m_chart = new QChart;
    auto *x = new QValueAxis;
    auto *y = new QValueAxis;
    for (QValueAxis *axis : {x, y}) {
        axis->setRange(0, 100);
        axis->setTickCount(6);
        axis->setLabelFormat(QStringLiteral("%d"));
    }
    x->setTitleText(tr("Leadership index"));
    y->setTitleText(tr("Management index"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    for (int i = 0; i < 2; ++i)
        m_midlines[i] = new QLineSeries;
    m_path = new QLineSeries;
    m_points = new QScatterSeries;
    m_latest = new QScatterSeries;
    for (QXYSeries *s : {static_cast<QXYSeries *>(m_midlines[0]), static_cast<QXYSeries *>(m_midlines[1]),
                         static_cast<QXYSeries *>(m_path), static_cast<QXYSeries *>(m_points),
                         static_cast<QXYSeries *>(m_latest)}) {
        m_chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    m_midlines[0]->replace({QPointF(50, 0), QPointF(50, 100)});
    m_midlines[1]->replace({QPointF(0, 50), QPointF(100, 50)});

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
                true, range().isAll()
                              ? tr("Take your first full assessment to see where you stand between leading and managing.")
                              : tr("No full assessments in this date range. Choose a longer range to see your path."));
    }
    panel()->setEmpty(false);
    QList<QPointF> points;
    points.reserve(path.size());
    QList<QStringList> rows;
    for (const core::QuadrantPoint &p : path) {
        points.append(QPointF(p.leadership, p.management));
        rows.append({day(p.takenAt), number(p.leadership), number(p.management), quadrantName(p.quadrant)});
    }
    m_path->replace(points);
    m_points->replace(points);
    m_latest->replace({points.last()});
    colourSeries();
    fillTable({tr("Date"), tr("Leadership"), tr("Management"), tr("Quadrant")}, rows);
    const QString where = quadrantName(path.last().quadrant);
    panel()->setCaption(tr("Dashed lines split both indices at 50. Top right: leading and managing; bottom right: "
                           "mainly leading; top left: mainly managing; bottom left: developing both. Latest: %1.")
                                .arg(where));
    panel()->setDescription(tr("Scatter chart of leadership against management for %n full assessments, joined in time "
                               "order. ",
                               nullptr, static_cast<int>(path.size()))
                            + tr("The latest is in the quadrant “%1”.").arg(where));
}

void QuadrantTab::colourSeries()
{
    m_path->setName(tr("Path over time"));
    m_points->setName(tr("Full assessments"));
    m_latest->setName(tr("Latest"));
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    m_path->setPen(QPen(Theme::mix(base, text, 0.45), 1.5));
    m_points->setColor(Theme::roleColor(core::Role::Lead, palette()));
    m_points->setBorderColor(base);
    m_points->setMarkerSize(9);
    m_latest->setColor(Theme::roleColor(core::Role::Manage, palette()));
    m_latest->setBorderColor(text);
    m_latest->setMarkerSize(15);
    for (QLineSeries *line : m_midlines) {
        QPen pen(Theme::mix(base, text, 0.55), 1.2);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        hideFromLegend(m_chart, line);
    }
}

} // namespace tandem::ui
