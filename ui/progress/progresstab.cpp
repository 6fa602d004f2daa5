#include "progresstab.h"

#include "common/chartcolors.h"
#include "common/format.h"
#include "common/theme.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLabel>
#include <QPainter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtCharts/QChartView>
#include <QtCharts/QLegendMarker>

namespace tandem::ui {

namespace {

// Paints a chart view's chart at a fixed logical size: the chart is laid out at that size for the
// moment of painting, so the image does not depend on the window's size or the display scaling.
ChartPanel::Renderer chartRenderer(QChartView *view)
{
    return [view](QPainter &painter, const QSize &size) {
        QChart *chart = view->chart();
        const QSizeF old = chart->size();
        chart->resize(size);
        if (chart->layout())
            chart->layout()->activate();
        view->scene()->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(chart->pos(), QSizeF(size)));
        chart->resize(old);
        if (chart->layout())
            chart->layout()->activate();
    };
}

} // namespace

ProgressTab::ProgressTab(const ProgressContext &context, const QString &title, QWidget *parent)
    : QWidget(parent), m_context(context), m_title(title)
{
}

void ProgressTab::ensureBuilt(const DateRange &range)
{
    if (m_built)
        return;
    m_built = true;
    m_range = range;
    build();
}

void ProgressTab::changeEvent(QEvent *event)
{
    // The tab's own palette is the one to theme with: the page hears of a change before its
    // children have taken the new palette.
    if (event->type() == QEvent::PaletteChange && m_built) {
        invalidate();
        Q_EMIT outOfDate();
    }
    QWidget::changeEvent(event);
}

ChartPanel *ProgressTab::setChart(const QString &name, QChart *chart)
{
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    Format::localize(chart);
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    return setChartWidget(name, view, chartRenderer(view));
}

ChartPanel *ProgressTab::setChartWidget(const QString &name, QWidget *widget, ChartPanel::Renderer renderer)
{
    setObjectName(name + QStringLiteral("Tab"));
    m_panel = new ChartPanel(name, m_title, widget, std::move(renderer), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panel);
    return m_panel;
}

void ProgressTab::addControl(QComboBox *combo, const QString &label)
{
    auto *caption = new QLabel(label, this);
    caption->setObjectName(combo->objectName() + QStringLiteral("Label"));
    caption->setBuddy(combo);
    m_panel->addControl(caption);
    m_panel->addControl(combo);
    // A combo's popup list is a widget of its own that screen readers and tests reach too.
    combo->view()->setObjectName(combo->objectName() + QStringLiteral("List"));
    combo->view()->setAccessibleName(combo->accessibleName());
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        invalidate();
        Q_EMIT outOfDate();
    });
}

void ProgressTab::applyTheme(QChart *chart) const
{
    // The theme first, then our colours on top of it: setTheme() resets every colour.
    const QPalette p = palette();
    chart->setTheme(Theme::isDark(p) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QColor text = p.color(QPalette::Text);
    const QColor base = p.color(QPalette::Base);
    chart->setBackgroundBrush(base);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(ChartColors::grid(p));
        axis->setLinePenColor(ChartColors::axisLine(p));
    }
}

void ProgressTab::showError(const QString &error) const
{
    m_panel->setEmpty(true, tr("The chart could not be built: %1").arg(error));
}

void ProgressTab::fillTable(const QStringList &headers, const QList<QStringList> &rows) const
{
    fillTableLater(headers, [rows] { return rows; });
}

void ProgressTab::fillTableLater(const QStringList &headers, RowSource source) const
{
    m_panel->setTableFiller([headers, source = std::move(source)](QTableWidget &table) {
        const QList<QStringList> rows = source();
        table.clear();
        table.setColumnCount(static_cast<int>(headers.size()));
        table.setHorizontalHeaderLabels(headers);
        table.setRowCount(static_cast<int>(rows.size()));
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < rows[r].size(); ++c) {
                auto *item = new QTableWidgetItem(rows[r][c]);
                if (c > 0)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                table.setItem(r, c, item);
            }
        }
    });
}

void ProgressTab::hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

} // namespace tandem::ui
