#include "progresspage.h"

#include "activityheatmap.h"
#include "chartpanel.h"
#include "common/format.h"
#include "common/theme.h"

#include "assessmentrepository.h"
#include "clock.h"
#include "skillmodel.h"

#include <QComboBox>
#include <QAbstractItemView>
#include <QDateEdit>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QCategoryAxis>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QPolarChart>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

#include <cmath>

namespace tandem::ui {

namespace {

QString number(double value)
{
    return QLocale().toString(value, 'f', 1);
}

QString number(const std::optional<double> &value)
{
    return value ? number(*value) : QStringLiteral("—");
}

QString signedNumber(double value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + number(value);
}

QString quadrantName(core::Quadrant quadrant)
{
    switch (quadrant) {
    case core::Quadrant::LeadingAndManaging: return ProgressPage::tr("Leading and managing");
    case core::Quadrant::MainlyLeading: return ProgressPage::tr("Mainly leading");
    case core::Quadrant::MainlyManaging: return ProgressPage::tr("Mainly managing");
    case core::Quadrant::DevelopingBoth: break;
    }
    return ProgressPage::tr("Developing both");
}

QString day(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime().date(), QLocale::ShortFormat);
}

void fillTable(QTableWidget *table, const QStringList &headers, const QList<QStringList> &rows)
{
    table->clear();
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size(); ++c) {
            auto *item = new QTableWidgetItem(rows[r][c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(r, c, item);
        }
    }
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    for (QLegendMarker *marker : chart->legend()->markers(series))
        marker->setVisible(false);
}

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

ProgressPage::ProgressPage(const core::Database &db, const core::SkillModel &model, const core::Clock &clock,
                           QWidget *parent)
    : QWidget(parent), m_db(db), m_model(model), m_clock(clock), m_data(db, model)
{
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("progressRange"));
    m_range->setAccessibleName(tr("Date range"));
    m_range->addItem(tr("Last 3 months"), static_cast<int>(Range::ThreeMonths));
    m_range->addItem(tr("Last year"), static_cast<int>(Range::OneYear));
    m_range->addItem(tr("All time"), static_cast<int>(Range::All));
    m_range->addItem(tr("Custom…"), static_cast<int>(Range::Custom));
    m_range->setCurrentIndex(1);

    const QDate today = m_clock.now().toLocalTime().date();
    m_fromEdit = new QDateEdit(today.addYears(-1).addDays(1), this);
    m_fromEdit->setObjectName(QStringLiteral("progressFrom"));
    m_fromEdit->setAccessibleName(tr("From"));
    m_fromEdit->setCalendarPopup(true);
    m_toEdit = new QDateEdit(today, this);
    m_toEdit->setObjectName(QStringLiteral("progressTo"));
    m_toEdit->setAccessibleName(tr("To"));
    m_toEdit->setCalendarPopup(true);
    auto *rangeLabel = new QLabel(tr("&Show:"), this);
    rangeLabel->setBuddy(m_range);
    auto *toLabel = new QLabel(tr("to"), this);

    auto *top = new QHBoxLayout;
    top->addWidget(rangeLabel);
    top->addWidget(m_range);
    top->addWidget(m_fromEdit);
    top->addWidget(toLabel);
    top->addWidget(m_toEdit);
    top->addStretch(1);
    const auto showCustom = [this, toLabel] {
        const bool custom = static_cast<Range>(m_range->currentData().toInt()) == Range::Custom;
        m_fromEdit->setVisible(custom);
        m_toEdit->setVisible(custom);
        toLabel->setVisible(custom);
    };
    showCustom();
    connect(m_range, &QComboBox::currentIndexChanged, this, [this, showCustom] {
        showCustom();
        rangeChanged();
    });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &ProgressPage::rangeChanged);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &ProgressPage::rangeChanged);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("progressTabs"));
    m_tabs->setAccessibleName(tr("Progress charts"));
    m_tabs->setDocumentMode(true);

    // Radar
    m_radarChart = new QPolarChart;
    m_radarNow = new QLineSeries;
    m_radarThen = new QLineSeries;
    m_radarChart->addSeries(m_radarThen);
    m_radarChart->addSeries(m_radarNow);
    m_radarAngle = new QCategoryAxis;
    m_radarAngle->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_radarRadius = new QValueAxis;
    m_radarRadius->setRange(0, 100);
    m_radarRadius->setTickCount(5);
    m_radarRadius->setLabelFormat(QStringLiteral("%d"));
    static_cast<QPolarChart *>(m_radarChart)->addAxis(m_radarAngle, QPolarChart::PolarOrientationAngular);
    static_cast<QPolarChart *>(m_radarChart)->addAxis(m_radarRadius, QPolarChart::PolarOrientationRadial);
    for (QLineSeries *s : {m_radarNow, m_radarThen}) {
        s->attachAxis(m_radarAngle);
        s->attachAxis(m_radarRadius);
    }
    m_radarEarlier = new QComboBox(this);
    m_radarEarlier->setObjectName(QStringLiteral("progressRadarEarlier"));
    m_radarEarlier->setAccessibleName(tr("Compare with"));
    m_radarEarlier->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    // Trends
    m_trendChart = new QChart;
    m_trendX = new QDateTimeAxis;
    m_trendX->setFormat(QStringLiteral("MMM yyyy"));
    m_trendX->setTickCount(6);
    m_trendY = new QValueAxis;
    m_trendY->setRange(0, 100);
    m_trendY->setTickCount(6);
    m_trendY->setLabelFormat(QStringLiteral("%d"));
    m_trendY->setTitleText(tr("Score (0–100)"));
    m_trendChart->addAxis(m_trendX, Qt::AlignBottom);
    m_trendChart->addAxis(m_trendY, Qt::AlignLeft);
    for (int i = 0; i < 2; ++i) {
        m_trendUpper[i] = new QLineSeries(m_trendChart);
        m_trendLower[i] = new QLineSeries(m_trendChart);
        m_trendBand[i] = new QAreaSeries(m_trendUpper[i], m_trendLower[i]);
        m_trendLine[i] = new QLineSeries;
        m_trendChart->addSeries(m_trendBand[i]);
    }
    for (int i = 0; i < 2; ++i)
        m_trendChart->addSeries(m_trendLine[i]);
    for (int i = 0; i < 2; ++i) {
        for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(m_trendBand[i]), static_cast<QAbstractSeries *>(m_trendLine[i])}) {
            s->attachAxis(m_trendX);
            s->attachAxis(m_trendY);
        }
    }
    m_trendSkill = new QComboBox(this);
    m_trendSkill->setObjectName(QStringLiteral("progressTrendSkill"));
    m_trendSkill->setAccessibleName(tr("Score to show"));
    m_trendSkill->addItem(tr("Leadership and management indices"), -1);
    for (int i = 0; i < m_model.skills.size(); ++i)
        m_trendSkill->addItem(m_model.skills[i].name, i);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("progressTrendKind"));
    m_kind->setAccessibleName(tr("Assessment kind"));
    m_kind->addItem(tr("Full assessments"), static_cast<int>(core::AssessmentKind::Full));
    m_kind->addItem(tr("Weekly pulses"), static_cast<int>(core::AssessmentKind::Pulse));

    // Quadrant
    m_quadrantChart = new QChart;
    auto *qx = new QValueAxis;
    auto *qy = new QValueAxis;
    for (QValueAxis *axis : {qx, qy}) {
        axis->setRange(0, 100);
        axis->setTickCount(6);
        axis->setLabelFormat(QStringLiteral("%d"));
    }
    qx->setTitleText(tr("Leadership index"));
    qy->setTitleText(tr("Management index"));
    m_quadrantChart->addAxis(qx, Qt::AlignBottom);
    m_quadrantChart->addAxis(qy, Qt::AlignLeft);
    for (int i = 0; i < 2; ++i)
        m_midlines[i] = new QLineSeries;
    m_quadrantPath = new QLineSeries;
    m_quadrantPoints = new QScatterSeries;
    m_quadrantLatest = new QScatterSeries;
    for (QXYSeries *s : {static_cast<QXYSeries *>(m_midlines[0]), static_cast<QXYSeries *>(m_midlines[1]),
                         static_cast<QXYSeries *>(m_quadrantPath), static_cast<QXYSeries *>(m_quadrantPoints),
                         static_cast<QXYSeries *>(m_quadrantLatest)}) {
        m_quadrantChart->addSeries(s);
        s->attachAxis(qx);
        s->attachAxis(qy);
    }
    m_midlines[0]->replace({QPointF(50, 0), QPointF(50, 100)});
    m_midlines[1]->replace({QPointF(0, 50), QPointF(100, 50)});

    // Contrast poles: horizontal, so that the contrasts' names have room at any width.
    m_polesChart = new QChart;
    auto *poles = new QHorizontalBarSeries;
    m_leadPoles = new QBarSet(QString());
    m_managePoles = new QBarSet(QString());
    poles->append(m_leadPoles);
    poles->append(m_managePoles);
    m_polesChart->addSeries(poles);
    m_polesAxis = new QBarCategoryAxis;
    auto *polesValue = new QValueAxis;
    polesValue->setRange(0, 100);
    polesValue->setTickCount(6);
    polesValue->setLabelFormat(QStringLiteral("%d"));
    polesValue->setTitleText(tr("Score (0–100)"));
    m_polesChart->addAxis(m_polesAxis, Qt::AlignLeft);
    m_polesChart->addAxis(polesValue, Qt::AlignBottom);
    poles->attachAxis(m_polesAxis);
    poles->attachAxis(polesValue);

    // Journal activity
    m_heatMap = new ActivityHeatMap;

    // Advice and outcome: one bar per group; the two sets only colour the two kinds of group.
    m_outcomesChart = new QChart;
    auto *outcomes = new QStackedBarSeries;
    m_byMode = new QBarSet(QString());
    m_byAdvice = new QBarSet(QString());
    outcomes->append(m_byMode);
    outcomes->append(m_byAdvice);
    m_outcomesChart->addSeries(outcomes);
    auto *outcomesAxis = new QBarCategoryAxis;
    // Short names that fit under a bar at 900 px; the table says them in full.
    outcomesAxis->setCategories({tr("Led"), tr("Managed"), tr("Both"), tr("Followed"), tr("Not followed"),
                                 tr("No advice")});
    auto *ratingAxis = new QValueAxis;
    ratingAxis->setRange(0, 5);
    ratingAxis->setTickCount(6);
    ratingAxis->setLabelFormat(QStringLiteral("%d"));
    ratingAxis->setTitleText(tr("Mean rating (1–5)"));
    m_outcomesChart->addAxis(outcomesAxis, Qt::AlignBottom);
    m_outcomesChart->addAxis(ratingAxis, Qt::AlignLeft);
    outcomes->attachAxis(outcomesAxis);
    outcomes->attachAxis(ratingAxis);

    const auto addPanel = [this](const QString &name, const QString &title, QWidget *view, ChartPanel::Renderer renderer) {
        auto *panel = new ChartPanel(name, title, view, std::move(renderer), this);
        m_tabs->addTab(panel, title);
        m_panels.append(panel);
        m_built.append(false);
        return panel;
    };
    auto *radarView = newChartView(m_radarChart);
    addPanel(QStringLiteral("progressRadar"), tr("Skill Profile"), radarView, chartRenderer(radarView))
            ->addControl(m_radarEarlier);
    auto *trendView = newChartView(m_trendChart);
    ChartPanel *trends = addPanel(QStringLiteral("progressTrends"), tr("Trends"), trendView, chartRenderer(trendView));
    trends->addControl(m_trendSkill);
    trends->addControl(m_kind);
    auto *quadrantView = newChartView(m_quadrantChart);
    addPanel(QStringLiteral("progressQuadrant"), tr("Lead × Manage"), quadrantView, chartRenderer(quadrantView));
    auto *polesView = newChartView(m_polesChart);
    addPanel(QStringLiteral("progressPoles"), tr("Contrasts"), polesView, chartRenderer(polesView));
    addPanel(QStringLiteral("progressActivity"), tr("Journal Activity"), m_heatMap, [this](QPainter &painter, const QSize &size) {
        painter.fillRect(QRect(QPoint(0, 0), size), palette().color(QPalette::Window));
        QFont font = painter.font();
        font.setPixelSize(16);
        painter.setFont(font);
        m_heatMap->paintMap(painter, QRect(QPoint(0, 0), size).adjusted(24, 24, -24, -24));
    });
    auto *outcomesView = newChartView(m_outcomesChart);
    addPanel(QStringLiteral("progressOutcomes"), tr("Advice and Outcome"), outcomesView, chartRenderer(outcomesView));

    connect(m_tabs, &QTabWidget::currentChanged, this, &ProgressPage::ensureBuilt);
    connect(m_radarEarlier, &QComboBox::currentIndexChanged, this, [this] {
        m_built[static_cast<int>(Chart::Radar)] = false;
        ensureBuilt(m_tabs->currentIndex());
    });
    for (QComboBox *combo : {m_trendSkill, m_kind}) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_built[static_cast<int>(Chart::Trends)] = false;
            ensureBuilt(m_tabs->currentIndex());
        });
    }

    // A combo's popup list is a widget of its own that screen readers and tests reach too.
    for (QComboBox *combo : {m_range, m_radarEarlier, m_trendSkill, m_kind}) {
        combo->view()->setObjectName(combo->objectName() + QStringLiteral("List"));
        combo->view()->setAccessibleName(combo->accessibleName());
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
}

QChartView *ProgressPage::newChartView(QChart *chart)
{
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    return view;
}

void ProgressPage::showChart(Chart chart)
{
    m_tabs->setCurrentIndex(static_cast<int>(chart));
    ensureBuilt(m_tabs->currentIndex());
}

ProgressPage::Chart ProgressPage::currentChart() const
{
    return static_cast<Chart>(m_tabs->currentIndex());
}

ChartPanel *ProgressPage::panel(Chart chart) const
{
    return m_panels.value(static_cast<int>(chart));
}

QChart *ProgressPage::chart(Chart chart) const
{
    switch (chart) {
    case Chart::Radar: return m_radarChart;
    case Chart::Trends: return m_trendChart;
    case Chart::Quadrant: return m_quadrantChart;
    case Chart::Poles: return m_polesChart;
    case Chart::Activity: return nullptr;
    case Chart::Outcomes: break;
    }
    return m_outcomesChart;
}

void ProgressPage::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(static_cast<int>(range)));
}

void ProgressPage::setCustomRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker a(m_fromEdit);
    const QSignalBlocker b(m_toEdit);
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
    if (static_cast<Range>(m_range->currentData().toInt()) == Range::Custom)
        rangeChanged();
    else
        setRange(Range::Custom);
}

QDate ProgressPage::from() const
{
    const QDate today = m_clock.now().toLocalTime().date();
    switch (static_cast<Range>(m_range->currentData().toInt())) {
    case Range::ThreeMonths: return today.addMonths(-3).addDays(1);
    case Range::OneYear: return today.addYears(-1).addDays(1);
    case Range::All: return {};
    case Range::Custom: break;
    }
    return m_fromEdit->date();
}

QDate ProgressPage::to() const
{
    switch (static_cast<Range>(m_range->currentData().toInt())) {
    case Range::All: return {};
    case Range::Custom: return m_toEdit->date();
    case Range::ThreeMonths:
    case Range::OneYear: break;
    }
    return m_clock.now().toLocalTime().date();
}

void ProgressPage::setTrendSkill(int skillIndex)
{
    m_trendSkill->setCurrentIndex(m_trendSkill->findData(skillIndex));
}

void ProgressPage::setTrendKind(core::AssessmentKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

void ProgressPage::rangeChanged()
{
    invalidateAll();
}

void ProgressPage::reload()
{
    invalidateAll();
}

void ProgressPage::invalidateAll()
{
    for (int i = 0; i < m_built.size(); ++i)
        m_built[i] = false;
    ensureBuilt(m_tabs->currentIndex());
}

void ProgressPage::showEvent(QShowEvent *event)
{
    // Whatever was recorded since the page was last shown: rebuild the visible chart only.
    invalidateAll();
    QWidget::showEvent(event);
}

void ProgressPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_tabs)
        invalidateAll();
    QWidget::changeEvent(event);
}

void ProgressPage::ensureBuilt(int index)
{
    if (index < 0 || index >= m_built.size() || m_built[index])
        return;
    m_built[index] = true;
    switch (static_cast<Chart>(index)) {
    case Chart::Radar: buildRadar(); break;
    case Chart::Trends: buildTrends(); break;
    case Chart::Quadrant: buildQuadrant(); break;
    case Chart::Poles: buildPoles(); break;
    case Chart::Activity: buildActivity(); break;
    case Chart::Outcomes: buildOutcomes(); break;
    }
}

void ProgressPage::applyTheme(QChart *chart)
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
    const QColor grid = Theme::mix(base, text, 0.18);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(Theme::mix(base, text, 0.4));
    }
}

void ProgressPage::showError(ChartPanel *panel, const QString &error)
{
    panel->setEmpty(true, tr("The chart could not be built: %1").arg(error));
}

void ProgressPage::buildRadar()
{
    ChartPanel *panel = m_panels[static_cast<int>(Chart::Radar)];
    applyTheme(m_radarChart);

    // The earlier assessments to compare with, newest first; the choice survives a reload.
    const QVariant chosen = m_radarEarlier->currentData();
    {
        const QSignalBlocker blocker(m_radarEarlier);
        m_radarEarlier->clear();
        m_radarEarlier->addItem(tr("Compare with the one before"), QVariant());
        auto list = core::AssessmentRepository(m_db).summaries(core::AssessmentKind::Full, 500);
        if (list) {
            for (int i = 1; i < list.value().size(); ++i) {
                const core::Assessment &a = list.value()[i];
                m_radarEarlier->addItem(tr("Compare with %1").arg(Format::shortDateTime(a.takenAt)), a.id);
            }
        }
        m_radarEarlier->setCurrentIndex(std::max(0, m_radarEarlier->findData(chosen)));
    }
    const QVariant earlier = m_radarEarlier->currentData();
    auto radar = m_data.radar(earlier.isValid() ? std::optional<qint64>(earlier.toLongLong()) : std::nullopt);
    if (!radar)
        return showError(panel, radar.error());
    if (!radar.value()) {
        m_radarEarlier->setVisible(false);
        return panel->setEmpty(true, tr("Take your first full assessment to see your skill profile here."));
    }
    const core::Radar &r = *radar.value();
    m_radarEarlier->setVisible(m_radarEarlier->count() > 1);
    panel->setEmpty(false);

    // One axis per skill, around the circle; the polygon closes on the first skill.
    const auto axisCount = r.axes.size();
    for (const QString &label : m_radarAngle->categoriesLabels())
        m_radarAngle->remove(label);
    m_radarAngle->setRange(0, static_cast<qreal>(axisCount));
    QList<QPointF> now;
    QList<QPointF> then;
    QList<QStringList> rows;
    for (qsizetype i = 0; i < axisCount; ++i) {
        const core::RadarAxis &axis = r.axes[i];
        const core::Skill *skill = m_model.skill(axis.skillId);
        const QString name = skill ? skill->name : axis.skillId;
        // Long names on two lines, so that the circle keeps its room on narrow windows.
        QString label = name.toHtmlEscaped();
        if (name.size() > 18) {
            const auto middle = name.size() / 2;
            auto cut = name.lastIndexOf(QLatin1Char(' '), middle);
            const auto after = name.indexOf(QLatin1Char(' '), middle);
            if (cut < 0 || (after >= 0 && after - middle < middle - cut))
                cut = after;
            if (cut > 0)
                label = name.left(cut).toHtmlEscaped() + QStringLiteral("<br>") + name.mid(cut + 1).toHtmlEscaped();
        }
        m_radarAngle->append(label, static_cast<qreal>(i));
        if (axis.now)
            now.append(QPointF(static_cast<qreal>(i), *axis.now));
        if (axis.then)
            then.append(QPointF(static_cast<qreal>(i), *axis.then));
        rows.append({name, number(axis.now), number(axis.then),
                     axis.change ? signedNumber(axis.change->delta) : QStringLiteral("—"),
                     axis.change ? (axis.change->meaningful ? tr("Real change") : tr("Within noise")) : QString()});
    }
    if (!now.isEmpty() && now.first().x() == 0)
        now.append(QPointF(static_cast<qreal>(axisCount), now.first().y()));
    if (!then.isEmpty() && then.first().x() == 0)
        then.append(QPointF(static_cast<qreal>(axisCount), then.first().y()));
    m_radarNow->replace(now);
    m_radarThen->replace(then);
    m_radarNow->setName(tr("Latest (%1)").arg(day(r.nowAt)));
    m_radarThen->setName(r.thenId ? tr("Earlier (%1)").arg(day(r.thenAt)) : tr("Earlier"));
    m_radarThen->setVisible(r.thenId.has_value());
    m_radarNow->setPen(QPen(Theme::roleColor(core::Role::Lead, palette()), 3));
    QPen thenPen(Theme::roleColor(core::Role::Manage, palette()), 2);
    thenPen.setStyle(Qt::DashLine);
    m_radarThen->setPen(thenPen);

    fillTable(panel->table(), {tr("Skill"), tr("Latest"), tr("Earlier"), tr("Change"), tr("Verdict")}, rows);
    panel->setCaption(r.thenId ? tr("Your latest full assessment (solid) against the one from %1 (dashed). 0 is the "
                                    "centre, 100 the outer ring.")
                                         .arg(day(r.thenAt))
                               : tr("Your first full assessment. Take another one to compare with it."));
    int real = 0;
    for (const core::RadarAxis &axis : r.axes)
        real += axis.change && axis.change->meaningful ? 1 : 0;
    panel->setDescription(tr("Radar chart of %n skills from your latest full assessment. ", nullptr,
                             static_cast<int>(axisCount))
                          + (r.thenId ? tr("%n of them changed by more than noise since the earlier one.", nullptr, real)
                                      : QString())
                          + tr(" The table view lists every score."));
}

void ProgressPage::buildTrends()
{
    ChartPanel *panel = m_panels[static_cast<int>(Chart::Trends)];
    applyTheme(m_trendChart);
    const auto kind = static_cast<core::AssessmentKind>(m_kind->currentData().toInt());
    auto result = m_data.trend(kind, from(), to(), MaxTrendPoints);
    if (!result)
        return showError(panel, result.error());
    const core::Trend &trend = result.value();
    const bool full = kind == core::AssessmentKind::Full;
    if (trend.assessments == 0) {
        const bool all = !from().isValid() && !to().isValid();
        return panel->setEmpty(true, all ? (full ? tr("Take your first full assessment to see how your skills move over time.")
                                                 : tr("Take your first weekly pulse to see how your skills move week by week."))
                                         : (full ? tr("No full assessments in this date range. Choose a longer range, or take a full assessment.")
                                                 : tr("No weekly pulses in this date range. Choose a longer range, or take a pulse.")));
    }
    panel->setEmpty(false);

    const int skillIndex = m_trendSkill->currentData().toInt();
    QList<const core::TrendSeries *> shown;
    QList<QString> names;
    QList<QColor> colors;
    if (skillIndex < 0) {
        shown = {&trend.leadership, &trend.management};
        names = {tr("Leadership index"), tr("Management index")};
        colors = {Theme::roleColor(core::Role::Lead, palette()), Theme::roleColor(core::Role::Manage, palette())};
    } else {
        const core::Skill &skill = m_model.skills[skillIndex];
        shown = {&trend.skills[skillIndex]};
        names = {skill.name};
        colors = {Theme::roleColor(skill.role, palette())};
    }

    QDateTime first;
    QDateTime last;
    QList<QStringList> rows;
    for (int i = 0; i < 2; ++i) {
        const bool visible = i < shown.size() && !shown[i]->points.isEmpty();
        m_trendLine[i]->setVisible(visible);
        m_trendBand[i]->setVisible(visible);
        if (!visible) {
            m_trendLine[i]->clear();
            continue;
        }
        const core::TrendSeries &s = *shown[i];
        QList<QPointF> points;
        points.reserve(s.points.size());
        for (const core::TrendPoint &p : s.points) {
            points.append(QPointF(static_cast<qreal>(p.time.toMSecsSinceEpoch()), p.score));
            QString when = day(p.time);
            switch (trend.bucket) {
            case core::TrendBucket::None: break;
            case core::TrendBucket::Week: when = tr("Week of %1").arg(when); break;
            case core::TrendBucket::Month: when = QLocale().toString(p.time.toLocalTime().date(), QStringLiteral("MMM yyyy")); break;
            case core::TrendBucket::Quarter:
                when = tr("Q%1 %2").arg((p.time.toLocalTime().date().month() + 2) / 3).arg(p.time.toLocalTime().date().year());
                break;
            case core::TrendBucket::Year: when = QString::number(p.time.toLocalTime().date().year()); break;
            }
            rows.append({names[i], when, number(p.score), QString::number(p.count), number(s.bandLow), number(s.bandHigh)});
        }
        if (!first.isValid() || s.points.first().time < first)
            first = s.points.first().time;
        if (!last.isValid() || s.points.last().time > last)
            last = s.points.last().time;
        m_trendLine[i]->replace(points);
        m_trendLine[i]->setName(names[i]);
        m_trendLine[i]->setPen(QPen(colors[i], 2.5));
        m_trendLine[i]->setPointsVisible(points.size() <= 40);
        m_trendBand[i]->setName(skillIndex >= 0 ? tr("Noise band ±%1").arg(number(s.mdc95))
                                                : i == 0 ? tr("Leadership band ±%1").arg(number(s.mdc95))
                                                         : tr("Management band ±%1").arg(number(s.mdc95)));
        QColor fill = colors[i];
        fill.setAlpha(55);
        m_trendBand[i]->setBrush(fill);
        m_trendBand[i]->setPen(Qt::NoPen);
        // The legend names only the lines; the caption explains the band, which keeps the legend
        // on one row at narrow widths.
        hideFromLegend(m_trendChart, m_trendBand[i]);
    }
    // The band spans the whole range; a single point gets a few days either side to be seen.
    QDateTime start = first;
    QDateTime end = last;
    if (start == end) {
        start = start.addDays(-7);
        end = end.addDays(7);
    }
    for (int i = 0; i < 2; ++i) {
        if (i < shown.size() && !shown[i]->points.isEmpty()) {
            const core::TrendSeries &s = *shown[i];
            m_trendUpper[i]->replace({QPointF(static_cast<qreal>(start.toMSecsSinceEpoch()), s.bandHigh),
                                      QPointF(static_cast<qreal>(end.toMSecsSinceEpoch()), s.bandHigh)});
            m_trendLower[i]->replace({QPointF(static_cast<qreal>(start.toMSecsSinceEpoch()), s.bandLow),
                                      QPointF(static_cast<qreal>(end.toMSecsSinceEpoch()), s.bandLow)});
        }
    }
    m_trendX->setRange(start, end);
    m_trendX->setFormat(start.daysTo(end) > 120 ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM"));

    fillTable(panel->table(), {tr("Score"), tr("When"), tr("Value"), tr("Assessments"), tr("Band from"), tr("Band to")},
              rows);
    QString caption = tr("A point outside the shaded band (±%1 points around the first point of the range) differs "
                         "from it by more than noise: that is a real change.")
                              .arg(shown.isEmpty() ? QString() : number(shown.first()->mdc95));
    QStringList verdicts;
    for (int i = 0; i < shown.size(); ++i) {
        if (shown[i]->change)
            verdicts.append(tr("%1: %2 since the first point, %3.")
                                    .arg(names[i], signedNumber(shown[i]->change->delta),
                                         shown[i]->change->meaningful ? tr("a real change") : tr("within noise")));
    }
    switch (trend.bucket) {
    case core::TrendBucket::None: break;
    case core::TrendBucket::Week: caption += QLatin1Char(' ') + tr("Each point is the mean of one week."); break;
    case core::TrendBucket::Month: caption += QLatin1Char(' ') + tr("Each point is the mean of one month."); break;
    case core::TrendBucket::Quarter: caption += QLatin1Char(' ') + tr("Each point is the mean of one quarter."); break;
    case core::TrendBucket::Year: caption += QLatin1Char(' ') + tr("Each point is the mean of one year."); break;
    }
    panel->setCaption(caption + QLatin1Char(' ') + verdicts.join(QLatin1Char(' ')));
    panel->setDescription(tr("Line chart of %1 over %n assessments, with the meaningful-change band. ", nullptr,
                             trend.assessments)
                                  .arg(names.join(tr(" and ")))
                          + verdicts.join(QLatin1Char(' ')));
}

void ProgressPage::buildQuadrant()
{
    ChartPanel *panel = m_panels[static_cast<int>(Chart::Quadrant)];
    applyTheme(m_quadrantChart);
    auto result = m_data.quadrantPath(from(), to());
    if (!result)
        return showError(panel, result.error());
    const QList<core::QuadrantPoint> &path = result.value();
    if (path.isEmpty()) {
        const bool all = !from().isValid() && !to().isValid();
        return panel->setEmpty(true, all ? tr("Take your first full assessment to see where you stand between leading and managing.")
                                         : tr("No full assessments in this date range. Choose a longer range to see your path."));
    }
    panel->setEmpty(false);
    QList<QPointF> points;
    points.reserve(path.size());
    QList<QStringList> rows;
    for (const core::QuadrantPoint &p : path) {
        points.append(QPointF(p.leadership, p.management));
        rows.append({day(p.takenAt), number(p.leadership), number(p.management),
                     quadrantName(p.quadrant)});
    }
    m_quadrantPath->replace(points);
    m_quadrantPoints->replace(points);
    m_quadrantLatest->replace({points.last()});
    m_quadrantPath->setName(tr("Path over time"));
    m_quadrantPoints->setName(tr("Full assessments"));
    m_quadrantLatest->setName(tr("Latest"));
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    m_quadrantPath->setPen(QPen(Theme::mix(base, text, 0.45), 1.5));
    m_quadrantPoints->setColor(Theme::roleColor(core::Role::Lead, palette()));
    m_quadrantPoints->setBorderColor(base);
    m_quadrantPoints->setMarkerSize(9);
    m_quadrantLatest->setColor(Theme::roleColor(core::Role::Manage, palette()));
    m_quadrantLatest->setBorderColor(text);
    m_quadrantLatest->setMarkerSize(15);
    for (QLineSeries *line : m_midlines) {
        QPen pen(Theme::mix(base, text, 0.55), 1.2);
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        hideFromLegend(m_quadrantChart, line);
    }
    fillTable(panel->table(), {tr("Date"), tr("Leadership"), tr("Management"), tr("Quadrant")}, rows);
    const core::QuadrantPoint &latest = path.last();
    const QString where = quadrantName(latest.quadrant);
    panel->setCaption(tr("Dashed lines split both indices at 50. Top right: leading and managing; bottom right: mainly "
                         "leading; top left: mainly managing; bottom left: developing both. Latest: %1.")
                              .arg(where));
    panel->setDescription(tr("Scatter chart of leadership against management for %n full assessments, joined in time "
                             "order. ",
                             nullptr, static_cast<int>(path.size()))
                          + tr("The latest is in the quadrant “%1”.").arg(where));
}

void ProgressPage::buildPoles()
{
    ChartPanel *panel = m_panels[static_cast<int>(Chart::Poles)];
    applyTheme(m_polesChart);
    auto result = m_data.contrastPoles();
    if (!result)
        return showError(panel, result.error());
    if (!result.value())
        return panel->setEmpty(true, tr("Take your first full assessment to see the two sides of each contrast."));
    panel->setEmpty(false);
    const core::ContrastPoles &poles = *result.value();
    QStringList categories;
    QList<qreal> lead;
    QList<qreal> manage;
    QList<QStringList> rows;
    // A horizontal chart lists categories bottom up; reversed, the model's first contrast is on top.
    for (auto it = poles.contrasts.crbegin(); it != poles.contrasts.crend(); ++it) {
        const core::Contrast *c = m_model.contrast(it->contrastId);
        categories.append(c ? c->name : it->contrastId);
        lead.append(it->lead.value_or(0));
        manage.append(it->manage.value_or(0));
    }
    for (const core::PolePair &pair : poles.contrasts) {
        const core::Contrast *c = m_model.contrast(pair.contrastId);
        rows.append({c ? c->name : pair.contrastId, c ? c->leadPole.name : QString(), number(pair.lead),
                     c ? c->managePole.name : QString(), number(pair.manage)});
    }
    m_polesAxis->setCategories(categories);
    m_leadPoles->remove(0, m_leadPoles->count());
    m_leadPoles->append(lead);
    m_managePoles->remove(0, m_managePoles->count());
    m_managePoles->append(manage);
    m_leadPoles->setLabel(tr("Leading pole"));
    m_managePoles->setLabel(tr("Managing pole"));
    for (QBarSet *set : {m_leadPoles, m_managePoles}) {
        const QColor color = Theme::roleColor(set == m_leadPoles ? core::Role::Lead : core::Role::Manage, palette());
        set->setColor(color);
        set->setBorderColor(color);
    }
    fillTable(panel->table(), {tr("Contrast"), tr("Leading pole"), tr("Score"), tr("Managing pole"), tr("Score")}, rows);
    panel->setCaption(tr("Each side of a contrast is scored on its own, from your full assessment of %1.")
                              .arg(day(poles.takenAt)));
    panel->setDescription(tr("Bar chart of the leading and the managing pole of %n contrasts, side by side.", nullptr,
                             static_cast<int>(poles.contrasts.size())));
}

void ProgressPage::buildActivity()
{
    ChartPanel *panel = m_panels[static_cast<int>(Chart::Activity)];
    auto result = m_data.journalActivity(from(), to());
    if (!result)
        return showError(panel, result.error());
    const core::JournalActivity &activity = result.value();
    if (activity.total == 0) {
        const bool all = !from().isValid() && !to().isValid();
        return panel->setEmpty(true, all ? tr("Write your first journal entry to see your journal activity here.")
                                         : tr("No journal entries in this date range."));
    }
    panel->setEmpty(false);
    const QDate first = from().isValid() ? from() : activity.perDay.firstKey();
    const QDate last = to().isValid() ? to() : std::max(activity.perDay.lastKey(), m_clock.now().toLocalTime().date());
    m_heatMap->setData(first, last, activity.perDay, activity.busiestDay);
    QList<QStringList> rows;
    for (auto it = activity.perDay.cbegin(); it != activity.perDay.cend(); ++it)
        rows.append({QLocale().toString(it.key(), QLocale::ShortFormat), QString::number(it.value())});
    fillTable(panel->table(), {tr("Day"), tr("Entries")}, rows);
    panel->setCaption(tr("%n journal entries on %1 days; the darker a day, the more entries.", nullptr, activity.total)
                              .arg(activity.perDay.size()));
    panel->setDescription(tr("Calendar heat map of journal entries per day: %n entries, ", nullptr, activity.total)
                          + tr("at most %n on one day.", nullptr, activity.busiestDay));
}

void ProgressPage::buildOutcomes()
{
    ChartPanel *panel = m_panels[static_cast<int>(Chart::Outcomes)];
    applyTheme(m_outcomesChart);
    auto result = m_data.adviceOutcomes(from(), to());
    if (!result)
        return showError(panel, result.error());
    const core::AdviceOutcomes &o = result.value();
    if (o.lead.count + o.manage.count + o.both.count == 0)
        return panel->setEmpty(true, tr("Rate how a situation went in your journal, and say whether you led or managed, to "
                                        "see how your choices work out."));
    panel->setEmpty(false);
    const QList<std::pair<QString, const core::OutcomeGroup *>> groups = {
            {tr("Led"), &o.lead},
            {tr("Managed"), &o.manage},
            {tr("Both"), &o.both},
            {tr("Followed advice"), &o.followed},
            {tr("Did not follow"), &o.notFollowed},
            {tr("No advice"), &o.noAdvice},
    };
    QList<qreal> byMode;
    QList<qreal> byAdvice;
    QList<QStringList> rows;
    for (int i = 0; i < groups.size(); ++i) {
        const qreal mean = groups[i].second->meanRating.value_or(0);
        byMode.append(i < 3 ? mean : 0);
        byAdvice.append(i < 3 ? 0 : mean);
        rows.append({groups[i].first, QString::number(groups[i].second->count), number(groups[i].second->meanRating)});
    }
    m_byMode->remove(0, m_byMode->count());
    m_byMode->append(byMode);
    m_byAdvice->remove(0, m_byAdvice->count());
    m_byAdvice->append(byAdvice);
    m_byMode->setLabel(tr("By what you did"));
    m_byAdvice->setLabel(tr("By whether you followed the advisor"));
    const QColor lead = Theme::roleColor(core::Role::Lead, palette());
    const QColor manage = Theme::roleColor(core::Role::Manage, palette());
    m_byMode->setColor(lead);
    m_byMode->setBorderColor(lead);
    m_byAdvice->setColor(manage);
    m_byAdvice->setBorderColor(manage);
    fillTable(panel->table(), {tr("Group"), tr("Rated entries"), tr("Mean rating")}, rows);
    panel->setCaption(tr("The mean rating (1 to 5) of rated journal entries; a group without entries shows no bar."));
    QStringList spoken;
    for (const QStringList &row : rows)
        spoken.append(tr("%1: %2").arg(row[0], row[2]));
    panel->setDescription(tr("Bar chart of mean outcome ratings. ") + spoken.join(QStringLiteral(", ")));
}

} // namespace tandem::ui
