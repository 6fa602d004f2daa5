#pragma once

#include "progresstab.h"
#include "scoring.h"

#include <QColor>

class QAreaSeries;
class QComboBox;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace tandem::core {
struct Trend;
struct TrendSeries;
} // namespace tandem::core

namespace tandem::ui {

/// The two indices, or one skill, over the range, with the band a real change leaves; full
/// assessments or weekly pulses.
class TrendsTab final : public ProgressTab
{
    Q_OBJECT

public:
    /// The most points a trend plots; more assessments are grouped (see ProgressData::trend).
    static constexpr int MaxPoints = 120;

    explicit TrendsTab(const ProgressContext &context, QWidget *parent = nullptr);

    QChart *chart() const override;

    /// -1 for the two indices, otherwise the model's skill index.
    void setSkill(int skillIndex);
    void setKind(core::AssessmentKind kind);

protected:
    void build() override;

private:
    /// The series on the chart: both indices, or one skill.
    struct Shown
    {
        QList<const core::TrendSeries *> series;
        QStringList names;
        QList<QColor> colors;
        bool oneSkill = false;
    };

    QString emptyMessage(core::AssessmentKind kind) const;
    Shown shown(const core::Trend &trend) const;
    /// Puts the shown series on the chart.
    void plot(const Shown &shown);
    /// The table's rows for the shown series: a row per point.
    static QList<QStringList> tableRows(const core::Trend &trend, const Shown &shown);
    void describe(const core::Trend &trend, const Shown &shown);

    QChart *m_chart = nullptr;
    QComboBox *m_skill = nullptr;
    QComboBox *m_kind = nullptr;
    // Two lines with their bands; the second pair is hidden for a single skill.
    QLineSeries *m_line[2] = {};
    QLineSeries *m_upper[2] = {};
    QLineSeries *m_lower[2] = {};
    QAreaSeries *m_band[2] = {};
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
};

} // namespace tandem::ui
