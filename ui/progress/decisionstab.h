#pragma once

#include "progresstab.h"

namespace tandem::core {
struct DecisionOutcomes;
}

namespace tandem::ui {

/// What the decisions the user looked back on show: per quarter (or year), how often the
/// expectation held and how it went when they followed the advisor's lean and when they did not;
/// and calibration, how often it held at each level of confidence against what that confidence
/// promised. One picker switches between the two; the numbers come from
/// ProgressData::decisionOutcomes.
class DecisionsTab final : public ProgressTab
{
    Q_OBJECT

public:
    enum class View { AdviceOverTime, Calibration };

    /// The most periods the chart shows: more quarters than this are grouped by year.
    static constexpr int MaxPeriods = 12;

    explicit DecisionsTab(const ProgressContext &context, QWidget *parent = nullptr);

    QChart *chart() const override;
    void setView(View view);
    View view() const;

protected:
    void build() override;

private:
    void clearChart();
    void buildAdviceOverTime(const core::DecisionOutcomes &o);
    void buildCalibration(const core::DecisionOutcomes &o);

    QChart *m_chart = nullptr;
    QComboBox *m_view = nullptr;
};

} // namespace tandem::ui
