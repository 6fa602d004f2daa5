#pragma once

#include "trendstab.h"

#include "progressdata.h"

#include <QDate>
#include <QList>
#include <QWidget>

class QChart;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QTabWidget;

namespace tandem::core {
class Clock;
class Database;
class SkillModel;
} // namespace tandem::core

namespace tandem::ui {

class ChartPanel;
class DeferredRefresh;
struct PageContext;
class ProgressTab;

/// How skills and the two indices move over a date range, and how decisions worked out and how colleagues see you, on eight charts, each with a table of
/// the same numbers. The page holds the range and the tabs (one ProgressTab per chart); only the
/// visible chart is built, the first time its tab is shown.
class ProgressPage final : public QWidget
{
    Q_OBJECT

public:
    enum class Chart { Radar, Trends, Quadrant, Poles, Activity, Outcomes, Decisions, Colleagues };
    enum class Range { ThreeMonths, OneYear, All, Custom };

    explicit ProgressPage(const PageContext &context, QWidget *parent = nullptr);

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
    static constexpr int MaxTrendPoints = TrendsTab::MaxPoints;

public Q_SLOTS:
    /// Reads the data again: every chart is out of date, the visible one is rebuilt now and the
    /// others when their tab is next shown. For when assessments or journal entries change.
    void reload();

protected:

private:
    QHBoxLayout *newRangeBar();
    void buildCurrent();

    const core::Clock &m_clock;
    DeferredRefresh *m_refresh = nullptr;

    QComboBox *m_range = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<ProgressTab *> m_chartTabs;  ///< in the order of Chart
    TrendsTab *m_trends = nullptr;
};

} // namespace tandem::ui
