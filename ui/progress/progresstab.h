#pragma once

#include "chartpanel.h"
#include "progresscontext.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QAbstractSeries;
class QChart;
class QComboBox;

namespace tandem::ui {

/// One tab of the progress page: a chart with its table twin (a ChartPanel) and the chart's own
/// pickers. The chart is read from the store only when the page asks for it and it is out of date,
/// so that a tab nobody opens costs nothing.
class ProgressTab : public QWidget
{
    Q_OBJECT

public:
    QString title() const { return m_title; }
    ChartPanel *panel() const { return m_panel; }
    /// The Qt Charts chart; null for a tab that paints its own.
    virtual QChart *chart() const { return nullptr; }

    /// Marks the chart out of date; the next ensureBuilt() reads the store again.
    void invalidate() { m_built = false; }
    bool isBuilt() const { return m_built; }
    /// Builds the chart for the range unless it is up to date.
    void ensureBuilt(const DateRange &range);

Q_SIGNALS:
    /// The tab went out of date by itself (one of its pickers, or the palette, changed): the page
    /// rebuilds it if it is the one shown.
    void outOfDate();

protected:
    ProgressTab(const ProgressContext &context, const QString &title, QWidget *parent);

    /// Fills the chart and its table for range(), or puts a message on the panel.
    virtual void build() = 0;

    void changeEvent(QEvent *event) override;

    const ProgressContext &context() const { return m_context; }
    const DateRange &range() const { return m_range; }

    /// Shows the chart in a new ChartPanel; `name` prefixes the panel's object names.
    ChartPanel *setChart(const QString &name, QChart *chart);
    /// Shows a widget that paints itself; `renderer` paints it for Save as Image.
    ChartPanel *setChartWidget(const QString &name, QWidget *widget, ChartPanel::Renderer renderer);
    /// A picker above the chart (after setChart); choosing in it rebuilds the chart.
    /// Adds a drop-down to the chart's bar, after a visible label that is its buddy (screen
    /// readers on Linux name a drop-down by its label).
    void addControl(QComboBox *combo, const QString &label);

    /// The palette's light or dark chart theme with our colours on top; call before colouring series.
    void applyTheme(QChart *chart) const;
    void showError(const QString &error) const;
    void fillTable(const QStringList &headers, const QList<QStringList> &rows) const;
    /// Rows worked out only when the table twin is shown (ChartPanel::setTableFiller): a chart over
    /// a long history then formats no dates nor numbers for a table nobody opens.
    using RowSource = std::function<QList<QStringList>()>;
    void fillTableLater(const QStringList &headers, RowSource rows) const;
    static void hideFromLegend(QChart *chart, QAbstractSeries *series);

private:
    const ProgressContext m_context;
    QString m_title;
    ChartPanel *m_panel = nullptr;
    DateRange m_range;
    bool m_built = false;
};

} // namespace tandem::ui
