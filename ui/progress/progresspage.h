#pragma once

#include "progressdata.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QAreaSeries;
class QBarCategoryAxis;
class QBarSet;
class QCategoryAxis;
class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QTabWidget;
class QValueAxis;

namespace tandem::core {
class Clock;
class Database;
class SkillModel;
} // namespace tandem::core

namespace tandem::ui {

class ActivityHeatMap;
class ChartPanel;

/// How skills and the two indices move over a date range, on six charts, each with a table of
/// the same numbers. Only the visible chart is built, the first time its tab is shown.
class ProgressPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Chart { Radar, Trends, Quadrant, Poles, Activity, Outcomes };
    enum class Range { ThreeMonths, OneYear, All, Custom };

    ProgressPage(const core::Database &db, const core::SkillModel &model, const core::Clock &clock,
                 QWidget *parent = nullptr);

    void showChart(Chart chart);
    Chart currentChart() const;
    ChartPanel *panel(Chart chart) const;
    /// The Qt Charts chart of a panel; null for the journal heat map.
    QChart *chart(Chart chart) const;

    void setRange(Range range);
    /// Sets the custom range and selects it.
    void setCustomRange(const QDate &from, const QDate &to);
    /// The selected range's first and last days; invalid for an open end.
    QDate from() const;
    QDate to() const;

    /// The trend picker: -1 for the two indices, otherwise the model's skill index.
    void setTrendSkill(int skillIndex);
    void setTrendKind(core::AssessmentKind kind);

    /// The most points a trend plots; more assessments are grouped (see ProgressData::trend).
    static constexpr int MaxTrendPoints = 120;

public Q_SLOTS:
    /// Reads the data again: every chart is out of date, the visible one is rebuilt now and the
    /// others when their tab is next shown. For when assessments or journal entries change.
    void reload();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QChartView *newChartView(QChart *chart);
    void rangeChanged();
    void invalidateAll();
    void ensureBuilt(int index);
    void applyTheme(QChart *chart);

    void buildRadar();
    void buildTrends();
    void buildQuadrant();
    void buildPoles();
    void buildActivity();
    void buildOutcomes();
    void showError(ChartPanel *panel, const QString &error);

    const core::Database &m_db;
    const core::SkillModel &m_model;
    const core::Clock &m_clock;
    core::ProgressData m_data;

    QComboBox *m_range = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QComboBox *m_kind = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<ChartPanel *> m_panels;
    QList<bool> m_built;

    // Radar
    QChart *m_radarChart = nullptr;
    QComboBox *m_radarEarlier = nullptr;
    QLineSeries *m_radarNow = nullptr;
    QLineSeries *m_radarThen = nullptr;
    QCategoryAxis *m_radarAngle = nullptr;
    QValueAxis *m_radarRadius = nullptr;
    bool m_radarChoicesLoaded = false;

    // Trends: two lines with their bands; the second pair is hidden for a single skill.
    QChart *m_trendChart = nullptr;
    QComboBox *m_trendSkill = nullptr;
    QLineSeries *m_trendLine[2] = {};
    QLineSeries *m_trendUpper[2] = {};
    QLineSeries *m_trendLower[2] = {};
    QAreaSeries *m_trendBand[2] = {};
    QDateTimeAxis *m_trendX = nullptr;
    QValueAxis *m_trendY = nullptr;

    // Quadrant
    QChart *m_quadrantChart = nullptr;
    QLineSeries *m_quadrantPath = nullptr;
    QScatterSeries *m_quadrantPoints = nullptr;
    QScatterSeries *m_quadrantLatest = nullptr;
    QLineSeries *m_midlines[2] = {};

    // Contrast poles
    QChart *m_polesChart = nullptr;
    QBarSet *m_leadPoles = nullptr;
    QBarSet *m_managePoles = nullptr;
    QBarCategoryAxis *m_polesAxis = nullptr;

    // Journal activity
    ActivityHeatMap *m_heatMap = nullptr;

    // Advice and outcome
    QChart *m_outcomesChart = nullptr;
    QBarSet *m_byMode = nullptr;
    QBarSet *m_byAdvice = nullptr;
};

} // namespace tandem::ui
