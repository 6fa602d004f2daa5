#pragma once

#include "progresstab.h"

#include <QList>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace tandem::ui {

/// Leadership against management for each full assessment in the range, on a plane split into
/// four quadrants at 50. The way through time shows: older points are smaller and paler, the
/// most recent ones are joined by a stronger line, and the first and the latest are labelled.
/// The axes are zoomed to the points with some room around them, not always 0–100.
class QuadrantTab final : public ProgressTab
{
    Q_OBJECT

public:
    explicit QuadrantTab(const ProgressContext &context, QWidget *parent = nullptr);

    QChart *chart() const override;

    /// How many of the latest assessments are joined by the stronger line.
    static constexpr int RecentPoints = 6;
    /// The points fall into this many age groups, from palest (oldest) to strongest.
    static constexpr int AgeGroups = 4;

    /// The axis range [min, max] that shows values from `low` to `high` with room around
    /// them: at least `minimumSpan` wide, on multiples of 5, within 0–100, and reaching to the
    /// midline at 50 when it is close.
    static std::pair<double, double> axisRange(double low, double high, double minimumSpan);

protected:
    void build() override;

private:
    void colourSeries();

    QChart *m_chart = nullptr;
    QValueAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QLineSeries *m_path = nullptr;
    QLineSeries *m_recent = nullptr;
    QList<QLineSeries *> m_ages; ///< points only: a light marker each, no line
    QScatterSeries *m_first = nullptr;
    QScatterSeries *m_latest = nullptr;
    QLineSeries *m_midlines[2] = {};
};

} // namespace tandem::ui
