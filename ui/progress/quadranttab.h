#pragma once

#include "progresstab.h"

class QLineSeries;
class QScatterSeries;

namespace tandem::ui {

/// Leadership against management for each full assessment in the range, joined in time order, on
/// a plane split into four quadrants at 50.
class QuadrantTab final : public ProgressTab
{
    Q_OBJECT

public:
    explicit QuadrantTab(const ProgressContext &context, QWidget *parent = nullptr);

    QChart *chart() const override;

protected:
    void build() override;

private:
    void colourSeries();

    QChart *m_chart = nullptr;
    QLineSeries *m_path = nullptr;
    QScatterSeries *m_points = nullptr;
    QScatterSeries *m_latest = nullptr;
    QLineSeries *m_midlines[2] = {};
};

} // namespace tandem::ui
